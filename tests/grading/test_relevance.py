"""Behavioural relevance: a good story told for another question scores at most 3 (issue 3).

Measured on the bank itself: every model story graded against every question
on another theme (47 stories x ~44 questions). Before the relevance margin
(fit to this question vs. fit to the bank's other questions and themes),
about 10% of those pairs scored over 3, some of them 10.
"""

from __future__ import annotations

import pytest

from bis.grading import background as bank_background
from bis.grading import grade_behavioral
from bis.grading import relevance as rel
from bis.grading.quality import assess_text
from bis.grading.text import analyse
from tests.grading.conftest import behavioral_item, behavioral_items

LEVELS = ("junior", "mid", "senior", "staff")


def top_level(item: dict) -> str:
    return max(item.get("levels") or ["mid"], key=LEVELS.index)


def cross_pairs(step: int = 1) -> list[tuple[str, str]]:
    """(story item, question item) on different themes; every ``step``-th pair."""
    items = behavioral_items()
    pairs = [(a, b) for a in items for b in items if items[a]["theme"] != items[b]["theme"]]
    return pairs[::step]


def share_over_3(pairs: list[tuple[str, str]]) -> tuple[float, list[tuple[str, str, float]]]:
    items = behavioral_items()
    high = []
    for a, b in pairs:
        score = grade_behavioral(items[a]["model_answer"], items[b], top_level(items[b])).score
        if score > 3:
            high.append((a, b, score))
    return len(high) / len(pairs), high


@pytest.mark.parametrize(
    ("story", "question"),
    [
        # Both scored 10 before: a migration outage told for "a data migration
        # without downtime", changing leadership's plan for "an incident you resolved".
        ("bq-failure-caused-outage", "bq-migration-zero-downtime-db"),
        ("bq-influence-changing-leadership-mind", "bq-incident-led-response"),
        ("bq-strategy-technical-direction", "bq-influence-without-authority"),
        ("bq-ownership-service-end-to-end", "bq-oncall-alert-fatigue"),
    ],
)
def test_a_good_story_for_another_question_scores_at_most_3(story, question):
    result = grade_behavioral(behavioral_item(story)["model_answer"], behavioral_item(question), "senior")
    assert result.score <= 3
    unmet = [c for c in result.criteria if c.name == "answers this question"]
    assert unmet and not unmet[0].met and "better" in unmet[0].detail


def test_cross_theme_pairs_score_at_most_3_short_form():
    share, high = share_over_3(cross_pairs(step=9))
    assert share <= 0.02, high


@pytest.mark.slow
def test_cross_theme_pairs_score_at_most_3_every_pair():
    share, high = share_over_3(cross_pairs())
    assert share <= 0.02, high


@pytest.mark.slow
def test_cross_theme_pairs_with_the_story_question_left_out_of_the_rivals(monkeypatch):
    """The honest figure for a story written for no bank question: its own
    question is removed from the rivals, only the other questions and the
    theme vocabularies remain (4.3% over 3 when measured)."""
    full = list(rel.background())
    items = behavioral_items()
    high = n = 0
    for a in items:
        monkeypatch.setattr(rel, "_BACKGROUND", [b for b in full if b[0] != a])
        for b in items:
            if items[a]["theme"] == items[b]["theme"]:
                continue
            n += 1
            high += grade_behavioral(items[a]["model_answer"], items[b], top_level(items[b])).score > 3
    assert high / n <= 0.06


@pytest.mark.parametrize("item_id", sorted(behavioral_items()))
def test_every_bank_model_story_scores_9_or_more_at_every_level(item_id):
    item = behavioral_item(item_id)
    for level in item.get("levels") or ["mid"]:
        result = grade_behavioral(item["model_answer"], item, level)
        assert result.score >= 9, (level, [c.name for c in result.criteria if not c.met])


def test_relevance_margin_prefers_the_question_a_story_was_told_for():
    item = behavioral_item("bq-incident-led-response")
    other = behavioral_item("bq-mentoring-grow-engineer")
    story = analyse(item["model_answer"])
    own = rel.relevance(assess_text(story, [item["question"]]), item)
    cross = rel.relevance(assess_text(story, [other["question"]]), other)
    assert own.factor == 1.0 and own.margin > 0
    assert cross.factor == 0.0 and cross.rival in ("bq-incident-led-response", "theme:incident")


def test_a_story_about_nothing_backend_does_not_answer_any_question():
    text = ("Last summer I planned a family trip to the coast. I booked the hotel, I drove the car and I cooked "
            "dinner every night, and as a result everyone had a great week. I learned to book early.")
    item = behavioral_item("bq-incident-led-response")
    r = rel.relevance(assess_text(analyse(text), [item["question"]]), item)
    assert r.factor < 0.5
    assert grade_behavioral(text, item, "mid").score <= 3


def test_the_background_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("BIS_HOME", str(tmp_path))
    for module, name in ((rel, "_BACKGROUND"), (bank_background, "_CACHE"), (bank_background, "_REF_INDEX")):
        monkeypatch.setattr(module, name, None)
    first = rel.background()
    assert (tmp_path / ".cache" / bank_background.CACHE_NAME).is_file()
    assert len(first) == len(behavioral_items())
    assert len(bank_background.references()) > 100  # concept and design references
    for module, name in ((rel, "_BACKGROUND"), (bank_background, "_CACHE")):
        monkeypatch.setattr(module, name, None)
    assert rel.background() == first
