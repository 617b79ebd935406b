"""Every concept question of the bank grades its own ideal answer 9-10 and a thin one 5 or less."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bis.grading.concept import grade_concept

REPO = Path(__file__).resolve().parents[2]
TOPICS = {p.stem: yaml.safe_load(p.read_text()) for p in sorted((REPO / "questions" / "concepts").glob("*.yaml"))}
THIN: dict[str, str] = {}
for path in sorted((REPO / "tests" / "data" / "thin_answers").glob("concepts*.yaml")):
    THIN.update(yaml.safe_load(path.read_text()))
CASES = [(topic_id, q["id"]) for topic_id, topic in TOPICS.items() for q in topic["questions"]]


def _question(topic_id: str, question_id: str) -> dict:
    return next(q for q in TOPICS[topic_id]["questions"] if q["id"] == question_id)


@pytest.mark.parametrize(("topic_id", "question_id"), CASES)
def test_ideal_answer_scores_9_or_more_at_its_level(topic_id: str, question_id: str) -> None:
    q = _question(topic_id, question_id)
    result = grade_concept(q["ideal_answer"], q, topic=TOPICS[topic_id], level=q["level"])
    assert result.score >= 9, [m.point for m in result.missing]


@pytest.mark.parametrize(("topic_id", "question_id"), CASES)
def test_thin_answer_scores_5_or_less(topic_id: str, question_id: str) -> None:
    key = f"{topic_id}/{question_id}"
    assert key in THIN, f"no thin answer for {key}"
    q = _question(topic_id, question_id)
    assert grade_concept(THIN[key], q, topic=TOPICS[topic_id], level=q["level"]).score <= 5


def test_function_words_in_phrasings_match_answers() -> None:
    """A phrasing like "within a partition" must meet an answer that says it."""
    q = {
        "id": "order",
        "question": "How does Kafka order records?",
        "level": "mid",
        "ideal_answer": "Kafka orders records within a partition only.",
        "key_points": [
            {"id": "per-partition", "point": "Order holds per partition only.", "phrasings": ["ordering within a partition"],
             "weight": 3, "stage": None, "level": "junior", "bonus": False},
        ],
        "misconceptions": [],
        "follow_ups": [],
    }
    result = grade_concept("Kafka only guarantees ordering within a partition, and I key by customer id.", q)
    assert [m.id for m in result.matched] == ["per-partition"]


# ------------------------------------------------------------------ review fixes, on real bank questions


def _grade(topic_id: str, question_id: str, answer: str, level: str | None = None):
    q = _question(topic_id, question_id)
    return grade_concept(answer, q, topic=TOPICS[topic_id], level=level or q["level"])


def test_refuting_a_misconception_is_not_penalised() -> None:
    stated = _grade("cap-consistency", "cap-theorem", "CAP means you pick any two of the three properties.")
    assert [m.id for m in stated.misconceptions] == ["pick-two"]
    refuted = _grade(
        "cap-consistency",
        "cap-theorem",
        "CAP is often summarised as pick any two, but that is misleading: partitions happen in every real "
        "network, so the real choice during a partition is CP or AP.",
    )
    assert refuted.misconceptions == []
    assert refuted.score >= 7
    url = _grade("api-security", "api-keys-vs-oauth", "Putting the key in the URL leaks it into logs, so it "
                 "belongs in a header, and keys are stored hashed and shown once.")
    assert url.misconceptions == []
    assert "weaknesses" in {p.id for p in url.matched}  # "leak into logs" is the point itself


def test_a_negated_verb_still_credits_its_subject() -> None:
    result = _grade("consensus", "split-brain", "The old leader on the minority side cannot commit.")
    assert "stale-leader" in {p.id for p in result.matched}


def test_no_cache_is_a_directive_not_a_negation() -> None:
    result = _grade("caching", "http-caching", "A no-cache response must revalidate before each reuse, and "
                    "no-store forbids storing; max-age sets the freshness for shared caches.")
    assert "revalidate" in {p.id for p in result.matched}


def test_a_one_line_answer_on_the_essential_point_is_a_start_not_a_partial_answer() -> None:
    one_liner = "Machine clocks aren't perfectly synchronised across hosts."
    for level in ("mid", "senior", "staff"):
        score = _grade("cap-consistency", "clocks-ordering", one_liner, level).score
        assert 3 <= score <= 4, (level, score)
