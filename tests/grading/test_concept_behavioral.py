"""Concept grading (gaps corrected, model summary) and behavioural STAR analysis."""

from __future__ import annotations

import pytest

from bis.grading import grade_behavioral, grade_concept
from tests.grading.conftest import DATA, behavioral_item, behavioral_items, load_yaml

QUESTION = {
    "id": "what-is-idempotent",
    "question": "What does it mean for an API operation to be idempotent?",
    "level": "junior",
    "ideal_answer": "Doing it once or many times leaves the same state; PUT and DELETE are idempotent.",
    "key_points": [
        {"id": "definition", "point": "Repeating it has the same effect as doing it once.",
         "phrasings": ["once or many times", "same effect"], "weight": 3},
        {"id": "methods", "point": "PUT and DELETE are idempotent, POST is not.",
         "phrasings": ["put and delete", "post is not idempotent"], "weight": 2},
        {"id": "retries", "point": "It makes retries after timeouts safe.",
         "phrasings": ["safe to retry", "retry after a timeout"], "weight": 2},
    ],
    "misconceptions": [
        {"id": "same-response", "claim": "It returns the same response every time.",
         "phrasings": ["same response every time"],
         "correction": "Idempotency is about the effect on state; the response may differ.", "penalty": 1},
    ],
    "follow_ups": ["How would you make a POST safe to retry?", "Is DELETE idempotent if it sends an email?"],
}


def test_concept_gaps_are_the_missing_points_stated_correctly():
    result = grade_concept("It means running it once or many times has the same effect on the server.", QUESTION)
    assert result.model_summary == QUESTION["ideal_answer"]
    assert "PUT and DELETE are idempotent, POST is not." in result.gaps
    assert "It makes retries after timeouts safe." in result.gaps
    assert not any("same effect" in g for g in result.gaps)


def test_concept_missing_essential_point_caps_the_band():
    answer = ("PUT and DELETE are idempotent while POST is not, which makes it safe to retry a PUT "
              "after a timeout.")
    result = grade_concept(answer, QUESTION)
    assert result.score < 7
    assert any(c.name == "every essential point made" and not c.met for c in result.criteria)


def test_concept_complete_answer_is_excellent_and_misconception_is_corrected():
    good = ("Idempotent means that doing it once or many times has the same effect on state. PUT and "
            "DELETE are idempotent, while POST is not idempotent, and that is what makes it safe to retry "
            "after a timeout.")
    assert grade_concept(good, QUESTION).score >= 9
    wrong = grade_concept(good + " In other words the server sends the same response every time.", QUESTION)
    assert wrong.score <= grade_concept(good, QUESTION).score - 1
    assert any("Not quite" in g for g in wrong.gaps)


STORY = (
    "Last year I was on the team that owned our checkout API, which handled about 800 requests per second. "
    "One evening the p99 latency alert fired and the error rate reached 12%. "
    "My task was to find the cause while the on-call lead talked to support. "
    "I checked the deploy log, found a release from twenty minutes earlier and did a rollback of it. "
    "I traced the problem to a missing index on the orders table and added it the next morning. "
    "As a result errors dropped below 0.1% within five minutes, and p99 went from 4 seconds back to 200 ms. "
    "I learned to check what changed before digging into logs."
)
INCIDENT_ITEM = {
    "kind": "behavioral", "id": "bq-test-incident", "theme": "incident", "levels": ["mid"],
    "question": "Tell me about a production incident you helped resolve. What did you do?",
    "strong_answer": [
        "Situation with concrete system context: which service, its traffic and dependencies, and the "
        "user-visible impact, and how it was detected (alert, customer report).",
        "The candidate's own role in the response, not just what the team did.",
        "How the cause was narrowed down with evidence: recent deploys or config changes, dashboards, logs.",
        "Mitigation before root cause: a rollback, feature flag or failover chosen as the fastest safe fix.",
        "A measurable result: time to mitigate, error rate or latency back to normal, requests affected.",
        "Follow-through and reflection: postmortem action items and what they now do differently.",
    ],
    "backend_context": ["rollback", "p99 latency", "error rate", "deploy"],
    "follow_ups": ["Why a rollback rather than a fix forward?"],
    "model_answer": STORY,
}


def test_star_parts_are_found_with_their_sentences():
    result = grade_behavioral(STORY, INCIDENT_ITEM, "mid")
    parts = {c.part: c for c in result.star}
    assert all(c.status == "present" for c in parts.values())
    assert "My task was" in parts["Task"].sentence
    assert "As a result" in parts["Result"].sentence
    assert result.has_metrics and any("%" in m for m in result.metrics)
    assert {"rollback", "error rate", "deploy"} <= set(result.backend_context)


def test_ownership_counts_i_versus_we():
    result = grade_behavioral(STORY, INCIDENT_ITEM, "mid")
    assert result.ownership.i_count > result.ownership.we_count
    we_story = STORY.replace(" I ", " we ").replace("I ", "We ").replace(" my ", " our ").replace("My ", "Our ")
    we_result = grade_behavioral(we_story, INCIDENT_ITEM, "mid")
    assert we_result.ownership.i_ratio < 0.3
    assert we_result.score < grade_behavioral(STORY, INCIDENT_ITEM, "mid").score


def test_length_is_checked_against_the_spoken_target():
    result = grade_behavioral(STORY, INCIDENT_ITEM, "mid")
    assert abs(result.length.words - len(STORY.split())) <= 3
    assert result.length.minutes_low == pytest.approx(result.length.words / 150, abs=0.01)
    assert result.length.verdict == "short"  # about 50 seconds spoken
    assert grade_behavioral(STORY + " " + STORY.replace("Last year", "Two years ago"), INCIDENT_ITEM,
                            "mid").length.verdict == "ok"
    long_story = STORY + " " + " ".join(f"Then I also checked dashboard number {i} carefully." for i in range(40))
    assert grade_behavioral(long_story, INCIDENT_ITEM, "mid").length.verdict == "long"


def test_missing_result_is_reported_as_missing():
    no_result = STORY.split(" As a result")[0] + " " + STORY.split(". ")[-1]
    result = grade_behavioral(no_result, INCIDENT_ITEM, "mid")
    assert {c.part: c.status for c in result.star}["Result"] != "present"
    assert result.score < 9


def test_behavioral_result_to_dict_has_the_star_breakdown():
    data = grade_behavioral(STORY, INCIDENT_ITEM, "mid").to_dict()
    assert [s["part"] for s in data["star"]] == ["Situation", "Task", "Action", "Result"]
    assert {"ownership", "length", "metrics", "backend_context", "has_metrics"} <= set(data)


def _thin_behavioral() -> dict[str, str]:
    path = DATA / "thin_answers" / "behavioral.yaml"
    return load_yaml(path) if path.exists() else {}


@pytest.mark.parametrize("item_id", sorted(_thin_behavioral()))
def test_bank_thin_behavioural_answers_score_5_or_less(item_id):
    item = behavioral_item(item_id)
    assert grade_behavioral(_thin_behavioral()[item_id], item, "mid").score <= 5


def test_bank_behavioural_model_answers_are_solid_or_better():
    items = behavioral_items()
    if not items:
        pytest.skip("no behavioural questions in the bank yet")
    scores = {k: grade_behavioral(it["model_answer"], it, "senior").score for k, it in items.items()}
    # Relevance compares a story with the bank's other questions and themes
    # (relevance.py), so a story told entirely in its own specifics is not
    # capped: every model story grades 9-10 (test_relevance.py checks each level).
    assert min(scores.values()) >= 9, {k: v for k, v in scores.items() if v < 9}


def test_metrics_keep_decimals_and_before_after_figures_whole():
    story = STORY.replace("errors dropped below 0.1% within five minutes",
                          "the error rate went from 2.5% to 0.1% within five minutes")
    metrics = grade_behavioral(story, INCIDENT_ITEM, "mid").metrics
    assert "from 2.5% to 0.1%" in metrics
    assert "0" not in metrics and "1%" not in metrics


def test_multi_word_backend_terms_are_reported_whole():
    story = STORY.replace("did a rollback of it", "decided to roll back the release")
    terms = grade_behavioral(story, INCIDENT_ITEM, "mid").backend_context
    assert "roll back" in terms
    assert "roll" not in terms and "back" not in terms
    assert "error rate" in terms and "rate" not in terms
