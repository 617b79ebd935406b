"""A CV stored in the profile steers what design, concept, code, behavioral, prep and mock ask."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from bis.bank.store import load_bank
from tests.foundation.helpers import run, run_json

PROJECTS = [
    {
        "name": "Ledgerline",
        "stack": ["PostgreSQL", "Kafka"],
        "claims": ["cut settlement time from 4 hours to 15 minutes"],
        "source": "project",
    },
    {"name": "Northwind Logistics", "stack": ["Redis", "Go"], "source": "experience"},
]

STORY = (
    "At Ledgerline we settled card payments in a nightly batch, so merchants waited four hours "
    "for their money and support tickets piled up every morning. I owned the settlement service "
    "and my task was to make settlement continuous without double paying anyone. I replaced the "
    "batch with a Kafka consumer that wrote ledger entries to PostgreSQL in one transaction with "
    "an idempotency key per payment, so a redelivered event could not post twice. I ran both paths "
    "side by side for two weeks and compared every balance before switching over. Settlement time "
    "fell from 4 hours to 15 minutes and the daily reconciliation tickets went from about 30 to 2. "
    "I learned to build the comparison tooling first, because it made the cut-over a non-event."
)


def _profile(data_dir: Path, **fields: Any) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    base = {"target_role": "Backend Engineer", "experience_years": 6}
    (data_dir / "profile.json").write_bytes(orjson.dumps({**base, **fields}))


def _topics(item_id: str) -> set[str]:
    return {t.lower() for t in load_bank().get(item_id).get("topics", [])}


def test_design_without_id_leans_toward_the_stack(data_dir: Path) -> None:
    _profile(data_dir, cv_skills=["Kafka", "RabbitMQ"])
    envelope = run_json("design")
    assert "kafka" in _topics(envelope["data"]["item"]["id"])
    assert any("stack on your CV" in n for n in envelope["notices"])


def test_frontend_skills_tailor_nothing(data_dir: Path) -> None:
    _profile(data_dir)
    generic = run_json("design")["data"]["item"]["id"]
    _profile(data_dir, cv_skills=["React", "Vue", "CSS"])
    envelope = run_json("design")
    assert envelope["data"]["item"]["id"] == generic
    assert not any("CV" in n for n in envelope["notices"])


def test_code_without_id_leans_toward_the_stack(data_dir: Path) -> None:
    _profile(data_dir, cv_skills=["Redis", "Memcached"])
    item_id = run_json("code")["data"]["item"]["id"]
    assert {"caching", "redis"} & _topics(item_id)


def test_concept_without_topic_starts_from_the_stack_then_rotates(data_dir: Path) -> None:
    _profile(data_dir, cv_skills=["Kafka"])
    first = run_json("concept")
    assert first["data"]["topic"] == "kafka"
    question_id = first["data"]["questions"][0]["id"]
    answered = run(
        "concept", "kafka", "--question", question_id, "--answer", "-",
        input="Kafka keeps an ordered log per partition and consumers track their offsets.",
    )
    assert answered.exit_code == 0, answered.output
    # Practised now: the next topic without an argument is a different one from the stack.
    second = run_json("concept")["data"]["topic"]
    assert second != "kafka" and second in {"message-queues", "idempotency", "transactions"} | {second}


def test_concept_without_topic_and_without_cv_picks_the_least_recent(data_dir: Path) -> None:
    _profile(data_dir)
    envelope = run_json("concept")
    assert envelope["data"]["topic"] in {t["id"] for t in load_bank().of_kind("concept")}
    assert any("least recently" in n for n in envelope["notices"])
    assert run("concept", "--question", "x").exit_code == 2  # a question id needs its topic


def test_behavioral_asks_about_the_candidates_own_projects(data_dir: Path) -> None:
    _profile(data_dir, cv_skills=["Kafka"], cv_projects=PROJECTS)
    shown = run_json("behavioral")["data"]["item"]
    assert shown["cv_project"] == "Ledgerline"
    assert "Ledgerline" in shown["question"] and "“cut settlement time from 4 hours to 15 minutes”" in shown["question"]
    assert shown["based_on"] == shown["id"] and load_bank().get(shown["id"])["kind"] == "behavioral"

    graded = run_json("behavioral", "--answer", "-", input=STORY)
    assert graded["ok"], graded
    assert graded["data"]["result"]["score"] >= 7  # a full, measured story about that project
    history = orjson.loads((data_dir / "history.json").read_bytes())
    recorded = history[-1]["rounds"][0]
    assert "Ledgerline" in recorded["question"] and recorded["item_id"] == shown["id"]

    # The next one rotates to another prompt (the second project or another shape).
    following = run_json("behavioral")["data"]["item"]
    assert following["question"] != shown["question"]
    assert following["cv_project"] in {"Ledgerline", "Northwind Logistics"}


def test_a_short_story_is_not_solid(data_dir: Path) -> None:
    _profile(data_dir, cv_projects=PROJECTS)
    short = " ".join(STORY.split()[:40]) + "."
    graded = run_json("behavioral", "--answer", "-", input=short)
    assert graded["data"]["result"]["score"] <= 6


def test_prep_picks_a_design_problem_for_the_stack(data_dir: Path) -> None:
    _profile(data_dir, cv_skills=["Kafka", "RabbitMQ"], cv_projects=PROJECTS)
    data = run_json("prep")["data"]
    design_id = data["sections"]["design"]["id"]
    assert "kafka" in _topics(design_id)
    assert any("Ledgerline" in prompt for prompt in data["sections"]["star_prompts"])


def test_mock_asks_one_behavioural_question_about_a_project(data_dir: Path) -> None:
    _profile(data_dir, cv_skills=["Kafka"], cv_projects=PROJECTS)
    assert run("mock", "start", "--level", "senior").exit_code == 0
    state = orjson.loads((data_dir / "mock_session.json").read_bytes())
    personal = [q for q in state["questions"] if q.get("asked")]
    assert len(personal) == 1 and personal[0]["kind"] == "behavioral"
    assert "Ledgerline" in personal[0]["asked"]["question"]
    for _ in range(3):
        assert run("mock", "skip").exit_code == 0
    status = run_json("mock", "status")["data"]
    assert "Ledgerline" in status["current"]["item"]["question"]
    assert run("mock", "answer", "-", input=STORY).exit_code == 0
    run("mock", "skip")
    assert run("mock", "end").exit_code == 0
    rounds = orjson.loads((data_dir / "history.json").read_bytes())[-1]["rounds"]
    assert any("Ledgerline" in r.get("question", "") for r in rounds)


@pytest.mark.parametrize("corrupt", [b"{not json", b"[]", b'{"key": "stale", "data": 3}'])
def test_a_bad_tailoring_cache_is_rebuilt(data_dir: Path, corrupt: bytes) -> None:
    _profile(data_dir, cv_skills=["Kafka"])
    cache = data_dir / ".cache" / "tailoring.json"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(corrupt)
    assert "kafka" in _topics(run_json("design")["data"]["item"]["id"])
    assert orjson.loads(cache.read_bytes())["data"]["topics"][0] == "kafka"
