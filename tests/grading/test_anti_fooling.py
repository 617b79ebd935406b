"""The grader must not be fooled (issue 3), on real bank items and real answers.

Each attack breaks a different property of a real explanation, and each has
its own defence (see bis/grading/quality.py):

* a bare list of the right buzzwords has no sentences -> list/fragment quality;
* a strong answer with its words shuffled keeps the words, loses the syntax
  -> well-formedness (function words in impossible contexts) and the phrase
  windows break;
* the question pasted back -> words inside three-word runs shared with the
  question earn nothing;
* a good answer to a different question -> off-topic check (share of the
  answer's specific vocabulary that belongs to this item);
* the same answer three times with filler -> repeated sentences count once,
  and coverage takes the best evidence per point, never a sum.
"""

from __future__ import annotations

import random

import pytest

from bis.grading import grade_behavioral, grade_concept, grade_design, grade_reference
from tests.grading.conftest import behavioral_item, calibration, concept_item, design_item

FILLER = (
    "Let me repeat that, because it is the important part. To say it once more in other words: "
)

# strong answer of item -> a clearly different item it is graded against
DESIGN_OTHER = {
    "url-shortener": "chat-messaging",
    "rate-limiter": "key-value-store",
    "chat-messaging": "rate-limiter",
    "key-value-store": "notification-system",
    "notification-system": "url-shortener",
}
CONCEPT_OTHER = {
    "idempotency/idempotency-keys": "transactions/isolation-levels",
    "caching/cache-patterns": "replication/replica-lag",
    "replication/replica-lag": "idempotency/idempotency-keys",
    "transactions/isolation-levels": "caching/cache-patterns",
}
BEHAVIORAL_OTHER = {
    "bq-incident-led-response": "bq-mentoring-grow-engineer",
    "bq-scaling-database-bottleneck": "bq-disagreement-technical-design",
    "bq-disagreement-technical-design": "bq-incident-led-response",
    "bq-mentoring-grow-engineer": "bq-scaling-database-bottleneck",
}


def shuffled(text: str, seed: int) -> str:
    words = text.split()
    random.Random(seed).shuffle(words)
    return " ".join(words)


def repeated(text: str) -> str:
    return "\n\n".join([text, FILLER + text, FILLER + text])


# ------------------------------------------------------------------ design


def _design(item_id: str) -> tuple[dict, str, str]:
    item = design_item(item_id)
    spec = calibration("design")[item_id]
    return item, spec["answers"]["9-10"], spec["level"]


@pytest.mark.parametrize("item_id", sorted(DESIGN_OTHER))
def test_design_bare_buzzword_list_scores_at_most_3(item_id):
    item, _, level = _design(item_id)
    words = [kp["phrasings"][0] for kp in item["rubric"]]
    assert grade_design(", ".join(words), item, level).score <= 3
    assert grade_design("\n".join(f"- {w}" for w in words), item, level).score <= 3
    assert grade_design("Key ideas: " + ", ".join(w for kp in item["rubric"] for w in kp["phrasings"]) + ".",
                        item, level).score <= 3


@pytest.mark.parametrize("item_id", sorted(DESIGN_OTHER))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_design_shuffled_strong_answer_scores_at_most_4_and_3_below(item_id, seed):
    item, answer, level = _design(item_id)
    original = grade_design(answer, item, level).score
    mixed = grade_design(shuffled(answer, seed), item, level).score
    assert mixed <= 4
    assert mixed <= original - 3


@pytest.mark.parametrize("item_id", sorted(DESIGN_OTHER))
def test_design_question_pasted_back_scores_at_most_2(item_id):
    item, _, level = _design(item_id)
    pasted = "\n".join([item["title"], item["prompt"], *(s["prompt"] for s in item["guided_steps"])])
    assert grade_design(pasted, item, level).score <= 2
    assert grade_design(item["prompt"], item, level).score <= 2


@pytest.mark.parametrize("item_id", sorted(DESIGN_OTHER))
def test_design_good_answer_to_a_different_question_scores_at_most_3(item_id):
    other = DESIGN_OTHER[item_id]
    item = design_item(other)
    _, answer, level = _design(item_id)
    assert grade_design(answer, item, level).score <= 3


@pytest.mark.parametrize("item_id", sorted(DESIGN_OTHER))
def test_design_repetition_with_filler_gains_at_most_half_a_point(item_id):
    item, answer, level = _design(item_id)
    for band in ("5-6", "7-8", "9-10"):
        answer = calibration("design")[item_id]["answers"][band]
        once = grade_design(answer, item, level).score
        assert grade_design(repeated(answer), item, level).score <= once + 0.5


@pytest.mark.parametrize("item_id", sorted(DESIGN_OTHER))
def test_design_buzzwords_appended_to_a_real_answer_gain_little(item_id):
    item, _, level = _design(item_id)
    answer = calibration("design")[item_id]["answers"]["7-8"]
    once = grade_design(answer, item, level).score
    stuffed = answer + "\n\nAlso: " + ", ".join(kp["phrasings"][0] for kp in item["rubric"]) + "."
    assert grade_design(stuffed, item, level).score <= once + 0.5


# ------------------------------------------------------------------ concept


def _concept(key: str) -> tuple[dict, dict, str]:
    topic_id, question_id = key.split("/")
    topic, question = concept_item(topic_id, question_id)
    return topic, question, calibration("concepts")[key]["9-10"]


@pytest.mark.parametrize("key", sorted(CONCEPT_OTHER))
def test_concept_attacks(key):
    topic, question, answer = _concept(key)
    original = grade_concept(answer, question, topic).score
    assert original >= 9
    buzz = ", ".join(p for kp in question["key_points"] for p in kp["phrasings"][:2])
    assert grade_concept(buzz, question, topic).score <= 3
    for seed in (1, 2, 3):
        mixed = grade_concept(shuffled(answer, seed), question, topic).score
        assert mixed <= 4 and mixed <= original - 3
    assert grade_concept(question["question"], question, topic).score <= 2
    other_topic, other_question, _ = _concept(CONCEPT_OTHER[key])
    assert grade_concept(answer, other_question, other_topic).score <= 3
    assert grade_concept(repeated(answer), question, topic).score <= original + 0.5


# ------------------------------------------------------------------ behavioural


def _story(item_id: str) -> tuple[dict, str, str]:
    spec = calibration("behavioral")[item_id]
    return behavioral_item(item_id), spec["answers"]["9-10"], spec["level"]


@pytest.mark.parametrize("item_id", sorted(BEHAVIORAL_OTHER))
def test_behavioral_attacks(item_id):
    item, answer, level = _story(item_id)
    original = grade_behavioral(answer, item, level).score
    assert original >= 9
    buzz = ", ".join(item["backend_context"] + ["situation", "task", "action", "result", "I led", "metrics"])
    assert grade_behavioral(buzz, item, level).score <= 3
    for seed in (1, 2, 3):
        mixed = grade_behavioral(shuffled(answer, seed), item, level).score
        assert mixed <= 4 and mixed <= original - 3
    assert grade_behavioral(item["question"], item, level).score <= 2
    other = behavioral_item(BEHAVIORAL_OTHER[item_id])
    assert grade_behavioral(answer, other, level).score <= 3
    assert grade_behavioral(repeated(answer), item, level).score <= original + 0.5


# ------------------------------------------------------------------ reference mode
# A user's own question carries only a model answer: here the bank's concept
# ideal answers play that role (short references, as users write them).


REFERENCE_BUZZWORDS = {
    "idempotency/idempotency-keys": ["Idempotency-Key header", "UUID", "retry", "TTL", "24 hours", "fingerprint",
                                     "replay", "stored response", "database transaction"],
    "caching/cache-patterns": ["cache-aside", "read-through", "write-through", "write-behind", "write-around",
                               "TTL", "invalidation", "write latency", "lazy loading"],
    "replication/replica-lag": ["replication lag", "asynchronous replica", "read-your-writes", "primary", "LSN",
                                "GTID", "monotonic reads", "sticky replica"],
    "transactions/isolation-levels": ["read uncommitted", "read committed", "repeatable read", "serializable",
                                      "dirty reads", "phantoms", "snapshot isolation", "PostgreSQL", "InnoDB"],
}


@pytest.mark.parametrize("key", sorted(CONCEPT_OTHER))
def test_reference_mode_attacks(key):
    topic, question, answer = _concept(key)
    reference, prompt = question["ideal_answer"], question["question"]
    original = grade_reference(answer, reference, prompt).score
    assert original >= 7
    assert grade_reference(", ".join(REFERENCE_BUZZWORDS[key]), reference, prompt).score <= 3
    assert grade_reference("\n".join(REFERENCE_BUZZWORDS[key]), reference, prompt).score <= 3
    for seed in (1, 2, 3):
        mixed = grade_reference(shuffled(answer, seed), reference, prompt).score
        assert mixed <= 4 and mixed <= original - 3
    assert grade_reference(prompt, reference, prompt).score <= 2
    # A good backend answer to a different question: a polished incident
    # story, or the strong answer to another concept question (4-8.5 before
    # the off-topic check counted the question's words and shrank only short
    # answers that share a specific word with the reference).
    for other in (
        calibration("behavioral")["bq-incident-led-response"]["answers"]["9-10"],
        calibration("behavioral")["bq-scaling-database-bottleneck"]["answers"]["9-10"],
        _concept(CONCEPT_OTHER[key])[2],
        calibration("design")["url-shortener"]["answers"]["9-10"],
    ):
        assert grade_reference(other, reference, prompt).score <= 3
    assert grade_reference(repeated(answer), reference, prompt).score <= original + 0.5
