"""The result a CLI renders: stable keys, scores in the rubric's bands, concrete feedback."""

from __future__ import annotations

import json

import pytest

from bis.judge import VERDICTS, judge
from bis.judge.review import provided_names

from .conftest import WRONG_DIR, load_bank

BANK = load_bank()
KEYS = {
    "problem_id",
    "verdict",
    "passed",
    "score",
    "band",
    "summary",
    "counts",
    "first_failure",
    "failed_categories",
    "error",
    "complexity",
    "review",
    "review_note",
    "feedback",
    "sandbox",
    "timings",
    "output",
}


@pytest.fixture(scope="module")
def accepted():
    problem = BANK["lru-cache"]
    return judge(problem, problem["reference_solution"])


def test_to_dict_keys_are_stable_and_json_serialisable(accepted):
    data = accepted.to_dict()
    assert set(data) == KEYS
    json.dumps(data)
    assert data["verdict"] in VERDICTS and data["passed"] is True
    assert set(data["feedback"]) == {"good", "improve", "next_steps"}
    assert 1 <= len(data["feedback"]["next_steps"]) <= 2
    assert data["sandbox"]["mode"] in ("bwrap", "rlimits")


def test_accepted_reference_scores_in_the_top_band(accepted):
    assert accepted.score in (9, 10)
    assert accepted.complexity["status"] == "ok"
    assert any("random cases" in line for line in accepted.feedback["good"])


def test_visible_failure_is_shown_in_full():
    source = (WRONG_DIR / "lru-cache" / "get_no_refresh.py").read_text()
    result = judge(BANK["lru-cache"], source, review=False)
    failure = result.first_failure
    assert result.verdict == "wrong_answer" and result.score == 3
    assert failure["visible"] is True
    assert failure["input"]["ops"][0] == "LRUCache"
    assert failure["call"] == "get(20)" and failure["call_index"] == 5
    assert failure["expected"][5] == -1 and failure["got"][5] == 200


def test_hidden_failure_is_reported_by_category_without_values():
    source = (WRONG_DIR / "lru-cache" / "evicts_on_update.py").read_text()
    result = judge(BANK["lru-cache"], source, review=False)
    failure = result.first_failure
    assert failure["visible"] is False
    assert "input" not in failure and "expected" not in failure
    assert failure["category"] == "updating a key in a full cache"
    assert "must not evict" in " ".join(result.feedback["next_steps"])
    assert result.failed_categories


def test_runtime_error_shows_only_the_users_frames():
    source = "def merge(intervals):\n    return helper(intervals)\n\ndef helper(x):\n    return x[0][5]\n"
    result = judge(BANK["merge-booking-intervals"], source, review=False)
    assert result.verdict == "runtime_error"
    trace = result.first_failure["traceback"]
    assert 'File "solution.py", line 2, in merge' in trace and "line 5, in helper" in trace
    assert "harness" not in trace and "bis/judge" not in trace
    assert trace.strip().endswith("IndexError: list index out of range")


def test_compile_error_and_missing_interface():
    syntax = judge(BANK["lru-cache"], "class LRUCache:\n    def get(self\n", review=False)
    assert syntax.verdict == "compile_error" and syntax.score == 2
    assert syntax.error["line"] == 2
    missing = judge(BANK["lru-cache"], "class Cache:\n    pass\n", review=False)
    assert missing.verdict == "compile_error" and "LRUCache" in missing.error["message"]
    empty = judge(BANK["lru-cache"], "", review=False)
    assert empty.score == 1


def test_review_findings_lower_an_accepted_score():
    problem = BANK["merge-booking-intervals"]
    messy = (
        "def merge(intervals, cache=[]):\n"
        "    try:\n"
        "        ordered = sorted(intervals)\n"
        "    except:\n"
        "        ordered = []\n"
        "    out = []\n"
        "    for s, e in ordered:\n"
        "        if out and s <= out[-1][1]:\n"
        "            out[-1][1] = max(out[-1][1], e)\n"
        "        else:\n"
        "            out.append([s, e])\n"
        "    return out\n"
    )
    result = judge(problem, messy)
    assert result.verdict == "accepted"
    assert result.score == 7
    rules = {f.rule for f in result.review}
    assert {"B006", "E722"} <= rules or {"mutable-default", "bare-except"} <= rules
    assert any("Line" in line for line in result.feedback["improve"])


def test_too_slow_is_band_five_or_six_with_numbers():
    source = (WRONG_DIR / "min-stack" / "scan_for_min.py").read_text()
    result = judge(BANK["min-stack"], source, review=False)
    assert result.verdict == "too_slow" and result.score in (5, 6)
    assert result.complexity["status"] == "too_slow"
    assert "O(1)" in " ".join(result.feedback["improve"])
    assert result.feedback["next_steps"]


def test_starter_names_count_as_provided():
    assert "HtmlParser" in provided_names(
        "def crawl(startUrl: str, htmlParser: 'HtmlParser'):\n    pass\n"
    )
