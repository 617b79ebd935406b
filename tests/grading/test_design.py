"""Design grading: bands from stage coverage, feedback on band criteria, level, serialisation."""

from __future__ import annotations

import json

import pytest

from bis.grading import grade_design
from tests.grading.conftest import DATA, QUESTIONS, design_item, load_yaml


def kp(id_, stage, phrasings, weight=2, level="junior", bonus=False):
    return {"id": id_, "point": f"Make the {id_} point.", "phrasings": phrasings, "weight": weight,
            "stage": stage, "level": level, "bonus": bonus}


ITEM = {
    "kind": "design",
    "id": "paste-bin",
    "title": "Paste bin",
    "prompt": "Design a service where people upload text snippets and share them by link.",
    "guided_steps": [{"stage": "requirements", "prompt": "What is in scope?"}],
    "probes": [
        "How would you expire old pastes without slowing reads?",
        "What happens when the object store is down?",
        "How do you stop abuse of anonymous uploads?",
    ],
    "rubric": [
        kp("scope", "requirements", ["paste expiry", "syntax highlighting", "private pastes"]),
        kp("estimate", "scale", ["pastes per day", "reads per second", "storage per year"], level="mid"),
        kp("blob", "components", ["object storage", "s3 bucket", "blob store"]),
        kp("endpoints", "api", ["post /pastes", "201 created", "get /pastes/{id}"]),
        kp("metadata", "data_model", ["metadata table", "keyed by paste id"]),
        kp("cdn", "scaling", ["cdn", "edge cache"]),
        kp("consistency", "tradeoffs", ["eventual consistency", "read-after-write"], level="mid"),
        kp("failover", "failure_modes", ["multi-az", "cross-region replication", "retry with backoff"],
           level="senior"),
        kp("abuse", "security", ["rate limit uploads", "spam filter"], weight=1, level="mid", bonus=True),
    ],
    "misconceptions": [
        {"id": "db-blobs", "claim": "Store large blobs in the SQL database.",
         "phrasings": ["store the text in postgres rows"], "correction": "Large blobs belong in object storage.",
         "penalty": 1},
    ],
    "model_answer": "",
}

THIN = "I would save each snippet in a database and give the user a random link to it. " \
       "When someone opens the link we read the snippet back and show it."
BASIC = (
    "Uploads go to an API with POST /pastes, which returns 201 Created and the new id. The text itself "
    "goes into object storage, and a small metadata table keyed by paste id stores the owner and the "
    "creation time. Reading is GET /pastes/{id}."
)
SOLID = (
    "Scope first: paste expiry, private pastes and syntax highlighting. We expect about a million pastes "
    "per day, so roughly a hundred reads per second on average. "
    + BASIC
    + " Popular pastes are served from a CDN so reads scale. Pastes never change after upload, so eventual "
    "consistency between regions is fine, but the uploader needs read-after-write, so the first read "
    "goes to the origin."
)
STRONG = SOLID + (
    " When an availability zone fails we keep serving because the store runs multi-az, and uploads "
    "retry with backoff. We rate limit uploads per IP to stop abuse."
)


def test_bands_rise_with_what_is_covered():
    scores = [grade_design(a, ITEM, "mid").score for a in (THIN, BASIC, SOLID, STRONG)]
    assert scores == sorted(scores) and len(set(scores)) == 4
    assert 3 <= scores[0] < 5
    assert 5 <= scores[1] < 7
    assert 7 <= scores[2] < 9
    assert scores[3] >= 9


def test_feedback_names_the_band_criteria_that_are_missing():
    result = grade_design(BASIC, ITEM, "mid")
    assert result.band == "5-6"
    unmet = {c.name for c in result.criteria if not c.met and c.band == "7-8"}
    assert {"clear requirements", "scale estimated", "some scaling", "some trade-offs"} <= unmet
    assert any(line.startswith("To reach 7-8:") for line in result.add_next_time)
    assert any("Requirements" in s.label and s.status == "missing" for s in result.stages)


def test_level_raises_expectations():
    mid = grade_design(SOLID, ITEM, "mid")
    senior = grade_design(SOLID, ITEM, "senior")
    assert mid.band == "7-8"
    # A senior answer without failure modes is not a solid senior answer.
    assert senior.score < mid.score
    assert any(c.name.startswith("failure modes") and not c.met for c in senior.criteria if c.band == "7-8")


def test_a_staff_answer_without_failure_modes_is_not_a_9():
    assert grade_design(SOLID, ITEM, "staff").score < 9


def test_misconception_costs_points_and_is_corrected():
    wrong = STRONG + " To keep it simple we store the text in Postgres rows."
    clean = grade_design(STRONG, ITEM, "mid")
    result = grade_design(wrong, ITEM, "mid")
    assert result.score == clean.score - 1
    assert any("object storage" in line for line in result.improve)


def test_probes_follow_the_gaps():
    result = grade_design(BASIC, ITEM, "mid")
    assert 2 <= len(result.probes) <= 3
    assert all(p in ITEM["probes"] for p in result.probes)


def test_result_serialises_to_json():
    data = grade_design(SOLID, ITEM, "mid").to_dict()
    text = json.dumps(data)
    assert json.loads(text)["score"] == data["score"]
    assert set(data) >= {"score", "band", "band_label", "good", "improve", "add_next_time", "probes",
                         "matched", "missing", "misconceptions", "criteria", "stages", "diagnostics"}
    assert isinstance(data["score"], float) and data["score"] * 2 == int(data["score"] * 2)


DESIGN_IDS = sorted(p.stem for p in (QUESTIONS / "design").glob("*.yaml"))


@pytest.mark.parametrize("item_id", DESIGN_IDS)
def test_bank_model_answers_score_9_or_more_at_every_level(item_id):
    item = design_item(item_id)
    for level in item["levels"]:
        assert grade_design(item["model_answer"], item, level).score >= 9, level


def _thin_design_answers() -> dict[str, str]:
    answers: dict[str, str] = {}
    for path in sorted((DATA / "thin_answers").glob("design*.yaml")):
        answers.update(load_yaml(path) or {})
    return answers


@pytest.mark.parametrize("item_id", sorted(_thin_design_answers()))
def test_bank_thin_answers_score_5_or_less(item_id):
    item = design_item(item_id)
    assert grade_design(_thin_design_answers()[item_id], item, "mid").score <= 5
