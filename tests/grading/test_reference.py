"""Reference-answer mode: unit behaviour, and the SAF measurement (skipped without fixtures)."""

from __future__ import annotations

import math
import sys

import pytest

from bis.grading import grade, grade_reference
from tests.grading.conftest import REPO, SAF

REFERENCE = (
    "A write-ahead log records every change before it is applied to the data files. After a crash the "
    "database replays the log from the last checkpoint, so committed transactions survive and partial "
    "ones are rolled back. Because the log is appended sequentially, commits need only one fsync."
)
QUESTION = "What is a write-ahead log and why do databases use one?"


def test_covering_more_of_the_reference_scores_higher():
    partial = "It is a log of changes written before the data files are changed, used for recovery after a crash."
    full = (
        "The database writes every change to a write-ahead log before applying it to the data files. After a "
        "crash it replays the log from the last checkpoint, so committed transactions survive and partial ones "
        "are rolled back. Appending sequentially means a commit costs one fsync."
    )
    unrelated = "I would use Kafka consumer groups with one partition per customer to keep ordering."
    scores = [grade_reference(a, REFERENCE, QUESTION).score for a in (unrelated, partial, full)]
    assert scores[0] < scores[1] < scores[2]
    assert scores[2] >= 8 and scores[0] <= 3


def test_ideas_report_what_was_covered_and_missing():
    result = grade_reference("It replays the log after a crash so committed transactions survive.",
                             REFERENCE, QUESTION)
    statuses = {i.text[:20]: i.status for i in result.ideas}
    assert {"covered", "partial"} & set(statuses.values()) and "missing" in statuses.values()
    assert result.add_next_time  # the missing ideas, to add next time
    assert 0.0 <= result.fraction <= 1.0
    assert result.to_dict()["kind"] == "reference"


def test_grade_dispatches_an_item_with_only_a_model_answer_to_reference_mode():
    item = {"id": "my-wal-question", "question": QUESTION, "model_answer": REFERENCE}
    assert grade("The log is replayed after a crash.", item).kind == "reference"


@pytest.mark.skipif(not (SAF / "unseen_answers").is_dir(), reason="SAF fixtures not available")
def test_saf_unseen_answers_pearson_at_least_0_70():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import saf_eval

    rows = saf_eval.load(SAF, "unseen_answers")
    gold = [r["score"] for r in rows]
    pred = [grade_reference(r["answer"], r["reference"], r["question"]).fraction for r in rows]
    r = saf_eval.pearson(pred, gold)
    rmse = saf_eval.rmse(pred, gold)
    assert r >= 0.70, r
    assert rmse < 0.3, rmse
    assert not math.isnan(r)
