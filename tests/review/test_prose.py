"""Written designs: matched to a bank design problem and graded with its rubric, or reviewed by stage."""

from __future__ import annotations

import pytest

from bis.review import review
from bis.review.prose import closest_design, review_prose, stage_review
from tests.review.seeded import clean

DESIGN = clean("url_shortener_design.md")
VAGUE = "We use a cache and a database. It scales.\nThe service is fast and we add more servers when needed."


def test_closest_design_needs_a_clear_match(design_items: list[dict]) -> None:
    item, score = closest_design(DESIGN, design_items)
    assert item is not None and item["id"] == "url-shortener" and score > 0.5
    assert closest_design(VAGUE, design_items)[0] is None


def test_rubric_grading_when_the_grader_is_available(design_items: list[dict]) -> None:
    grading = pytest.importorskip("bis.grading")
    if not callable(getattr(grading, "grade_design", None)):
        pytest.skip("bis.grading has no grade_design yet")
    result = review(DESIGN, filename="design.md", bank_items=design_items, level="mid")
    assert result.kind == "prose" and result.score_basis == "design rubric"
    assert result.to_dict()["design_problem"]["id"] == "url-shortener"
    assert 1 <= result.score <= 10 and result.good
    assert all(f.source == "grader" for f in result.findings if f.rule.startswith("design-stage"))


def test_stage_review_finds_missing_stages_and_caps_by_band() -> None:
    full = stage_review(DESIGN)
    assert [f for f in full.findings if f.severity != "info"] == [] and full.cap == 9.0
    no_failures = stage_review(DESIGN.split("Failure modes:")[0])
    assert "design-stage-missing-failure-modes" in {f.rule for f in no_failures.findings} and no_failures.cap == 8.0
    vague = review_prose(VAGUE, [])
    rules = {f.rule for f in vague.findings}
    assert {"design-stage-missing-api", "design-stage-missing-requirements", "design-too-short"} <= rules
    assert vague.cap == 4.0


def test_vague_text_scores_low_end_to_end() -> None:
    result = review(VAGUE, kind="prose", bank_items=[])
    assert result.score <= 4.0 and any("capped" in n for n in result.notes)
