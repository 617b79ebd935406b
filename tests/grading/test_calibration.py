"""Calibration ladders (issue 3): answers written at the four bands of PRODUCT.md.

For 5 design problems, 4 concept questions and 4 behavioural questions, the
scores must rise strictly along each ladder and land in the intended band for
at least 90% of the answers.
"""

from __future__ import annotations

import pytest

from bis.grading import grade_behavioral, grade_concept, grade_design
from tests.grading.conftest import behavioral_item, calibration, concept_item, design_item

BANDS = {"3-4": (3.0, 4.5), "5-6": (5.0, 6.5), "7-8": (7.0, 8.5), "9-10": (9.0, 10.0)}


def _ladders() -> list[tuple[str, str, dict[str, float]]]:
    out = []
    for item_id, spec in calibration("design").items():
        item = design_item(item_id)
        out.append(("design", item_id, {b: grade_design(a, item, spec["level"]).score
                                        for b, a in spec["answers"].items()}))
    for key, answers in calibration("concepts").items():
        topic, question = concept_item(*key.split("/"))
        out.append(("concept", key, {b: grade_concept(a, question, topic).score for b, a in answers.items()}))
    for item_id, spec in calibration("behavioral").items():
        item = behavioral_item(item_id)
        out.append(("behavioral", item_id, {b: grade_behavioral(a, item, spec["level"]).score
                                            for b, a in spec["answers"].items()}))
    return out


@pytest.fixture(scope="module")
def ladders():
    return _ladders()


def test_there_are_enough_ladders(ladders):
    kinds = [k for k, _i, _s in ladders]
    assert kinds.count("design") >= 5 and kinds.count("concept") >= 4 and kinds.count("behavioral") >= 4


def test_scores_rise_strictly_along_every_ladder(ladders):
    for kind, item_id, scores in ladders:
        ordered = [scores[b] for b in ("3-4", "5-6", "7-8", "9-10")]
        assert all(a < b for a, b in zip(ordered, ordered[1:], strict=False)), (kind, item_id, ordered)


def test_at_least_90_percent_land_in_their_band(ladders):
    results = [(kind, item_id, band, score) for kind, item_id, scores in ladders for band, score in scores.items()]
    misses = [r for r in results if not BANDS[r[2]][0] <= r[3] <= BANDS[r[2]][1]]
    assert len(misses) <= 0.1 * len(results), misses
