"""design / concept / behavioral / code from the command line, on the real bank."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
import yaml

from tests.foundation.helpers import run, run_json

REPO = Path(__file__).resolve().parents[2]


def bank_item(kind_dir: str, item_id: str) -> dict:
    data = yaml.safe_load((REPO / "questions" / kind_dir / f"{item_id}.yaml").read_text())
    return data


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_design_model_answer_scores_high_and_is_recorded(tmp_path: Path, data_dir: Path) -> None:
    item = bank_item("design", "url-shortener")
    answer = write(tmp_path, "a.md", item["model_answer"])
    payload = run_json("design", "url-shortener", "--answer", str(answer), "--level", "senior")
    result = payload["data"]["result"]
    assert result["score"] >= 9
    assert {"good", "improve", "add_next_time", "probes", "stages", "criteria"} <= set(result)
    history = orjson.loads((data_dir / "history.json").read_bytes())
    assert history[-1]["rounds"][0]["item_id"] == "url-shortener"
    assert history[-1]["overall_score"] == result["score"]
    saved = run_json("save")["data"]["saved"]
    assert saved["question"] == item["title"] and saved["score"] == result["score"]


def test_design_thin_answer_scores_low_and_fail_under_exits_1(tmp_path: Path) -> None:
    thin = yaml.safe_load((REPO / "tests/data/thin_answers/design_a.yaml").read_text())["url-shortener"]
    answer = write(tmp_path, "thin.md", thin)
    result = run("design", "url-shortener", "--answer", str(answer), "--level", "mid", "--fail-under", "7")
    assert result.exit_code == 1
    assert "below --fail-under 7" in result.stderr
    assert "Score" in result.stdout and "What to add next time" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["design", "url-shortener"],
        ["concept", "kafka", "--question", "durability"],
        ["behavioral", "bq-incident-led-response"],
    ],
)
def test_json_below_fail_under_is_one_document_and_exit_1(argv: list[str]) -> None:
    thin = "We would use a cache and it would be fine, I think, with a database behind it."
    result = run(*argv, "--answer", "-", "--level", "mid", "--json", "--fail-under", "9", input=thin)
    assert result.exit_code == 1
    envelope = orjson.loads(result.stdout)  # exactly one document: a second would not parse
    assert envelope["ok"] is True
    assert envelope["data"]["fail_under"] == {"threshold": 9.0, "passed": False}
    assert "below --fail-under 9" in result.stderr
    passing = run(*argv, "--answer", "-", "--level", "mid", "--json", "--fail-under", "1", input=thin)
    assert passing.exit_code == 0
    assert orjson.loads(passing.stdout)["data"]["fail_under"]["passed"] is True


def test_design_without_answer_prints_problem_and_model_on_request() -> None:
    result = run("design", "rate-limiter", "--show-model")
    assert result.exit_code == 0
    assert "Work through" in result.stdout and "Model answer" in result.stdout


def test_design_skip_is_recorded_as_skipped(tmp_path: Path, data_dir: Path) -> None:
    result = run("design", "url-shortener", "--answer", str(write(tmp_path, "s.md", "skip\n")))
    assert result.exit_code == 0 and "skipped" in result.stdout
    session = orjson.loads((data_dir / "history.json").read_bytes())[-1]
    assert session["rounds"][0]["skipped"] is True and session["overall_score"] is None


def test_design_unknown_id_suggests_closest() -> None:
    result = run("design", "url-shortner")
    assert result.exit_code == 2
    assert "did you mean 'url-shortener'" in result.stderr


def test_concept_unknown_topic_lists_known_ones() -> None:
    result = run("concept", "kafak")
    assert result.exit_code == 2
    assert "did you mean 'kafka'" in result.stderr
    assert "known topics:" in result.stderr and "indexing" in result.stderr


def test_concept_question_graded_with_gaps_and_summary(tmp_path: Path) -> None:
    topic = bank_item("concepts", "kafka")
    question = topic["questions"][0]
    answer = write(tmp_path, "k.md", question["ideal_answer"])
    payload = run_json("concept", "kafka", "--question", question["id"], "--answer", str(answer))
    entry = payload["data"]["answers"][0]
    assert entry["question_id"] == f"kafka/{question['id']}"
    assert entry["result"]["score"] >= 9
    assert entry["result"]["model_summary"]


def test_behavioral_star_breakdown(tmp_path: Path) -> None:
    items = yaml.safe_load((REPO / "questions/behavioral/incident.yaml").read_text())
    item = items[0]
    answer = write(tmp_path, "story.md", item["model_answer"])
    result = run_json("behavioral", item["id"], "--answer", str(answer))["data"]["result"]
    assert [part["part"] for part in result["star"]] == ["Situation", "Task", "Action", "Result"]
    assert result["has_metrics"] is True
    assert result["ownership"]["i_count"] > 0
    assert result["score"] >= 8


def test_piped_answer_is_graded(tmp_path: Path) -> None:
    item = bank_item("design", "rate-limiter")
    result = run("design", "rate-limiter", "--level", "senior", input=item["model_answer"])
    assert result.exit_code == 0
    assert "Score" in result.stdout


def test_code_starter_hint_and_solution_gate(tmp_path: Path) -> None:
    starter = tmp_path / "lru.py"
    assert run("code", "lru-cache", "--starter", str(starter)).exit_code == 0
    assert "class LRUCache" in starter.read_text()
    again = run("code", "lru-cache", "--starter", str(starter))
    assert again.exit_code == 2 and "already exists" in again.stderr
    first = run_json("code", "lru-cache", "--hint")["data"]
    second = run_json("code", "lru-cache", "--hint")["data"]
    assert (first["hint_number"], second["hint_number"]) == (1, 2)
    gated = run("code", "lru-cache", "--show-solution")
    assert gated.exit_code == 2 and "attempt lru-cache first" in gated.stderr
    assert run("code", "lru-cache", "--lang", "go", "--solution", str(starter)).exit_code == 2


def test_code_reference_accepted_wrong_rejected_and_recorded(tmp_path: Path, data_dir: Path) -> None:
    item = bank_item("coding", "lru-cache")
    good = write(tmp_path, "good.py", item["reference_solution"])
    accepted = run_json("code", "lru-cache", "--solution", str(good))["data"]["result"]
    assert accepted["verdict"] == "accepted" and accepted["score"] >= 9
    wrong = REPO / "tests/judge/wrong_solutions/lru-cache/get_no_refresh.py"
    rejected = run("code", "lru-cache", "--solution", str(wrong))
    assert rejected.exit_code == 0
    assert "Wrong answer" in rejected.stdout and "First failing visible case" in rejected.stdout
    shown = run("code", "lru-cache", "--show-solution")
    assert shown.exit_code == 0 and "class LRUCache" in shown.stdout
    kinds = [s["rounds"][0]["kind"] for s in orjson.loads((data_dir / "history.json").read_bytes())]
    assert kinds == ["coding", "coding"]


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary", b"caf\xe9"])
def test_bad_answers_are_one_line_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    result = run("design", "url-shortener", "--answer", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith("bis: error:")
    assert "Traceback" not in result.output


def test_empty_stdin_means_no_answer_and_shows_the_problem() -> None:
    result = run("design", "url-shortener", input="")
    assert result.exit_code == 0
    assert "Work through" in result.stdout
    blank = run("code", "lru-cache", input="  \n")
    assert blank.exit_code == 0 and "Interface" in blank.stdout
