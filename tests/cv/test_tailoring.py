"""Tailoring from CV skills and projects, the mock's use of it, and the interviewer's playbook."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from bis.cv import stack_topics
from bis.cv.parse import analyse_text
from bis.cv.playbook import build_playbook
from bis.cv.tailor import behavioural_prompts, design_focus, tailoring
from bis.session.plan import plan_mock
from tests.cv.corpus import CHINESE_MD, SENIOR_GO_MD
from tests.foundation.helpers import run

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("skill", "topics"),
    [
        ("Kafka", {"kafka", "message-queues"}),
        ("Redis", {"redis", "caching"}),
        ("PostgreSQL", {"indexing", "transactions"}),
        ("postgres", {"indexing", "transactions"}),
        ("Kubernetes", {"load-balancing", "observability"}),
        ("RabbitMQ", {"message-queues"}),
        ("gRPC", {"grpc"}),
    ],
)
def test_skills_map_to_bank_topics(skill: str, topics: set[str]) -> None:
    assert topics <= set(stack_topics([skill]))


def test_frontend_never_leads_anywhere() -> None:
    assert stack_topics(["React", "Vue", "HTML/CSS", "Swift", "Angular"]) == []
    assert design_focus(["React", "Vue"]) == []
    mixed = tailoring(["React", "Kafka"], [])
    assert "React" in mixed["not_tailored"] and "kafka" in mixed["topics"]
    assert not {"react", "frontend", "css"} & set(mixed["topics"])


def test_design_focus_follows_the_stack() -> None:
    assert design_focus(["Kafka", "RabbitMQ", "Redis"])[0] == "distributed-systems"
    assert design_focus(["Kubernetes", "Terraform", "Prometheus"])[0] == "infra"
    assert design_focus(["PostgreSQL", "MySQL"])[0] == "databases"


def test_unknown_skills_typed_by_hand_still_count() -> None:
    topics = stack_topics(["kafka", "Sharding", "My Own Thing"])
    assert {"kafka", "message-queues", "sharding", "my-own-thing"} <= set(topics)
    assert stack_topics(["", None, 3]) == []


def _facts(text: str) -> dict[str, Any]:
    return analyse_text(text, today=TODAY)


def test_behavioural_prompts_cite_only_cv_facts() -> None:
    facts = _facts(SENIOR_GO_MD)
    prompts = behavioural_prompts(facts["projects"], limit=4)
    assert len(prompts) == 4
    project_names = {p["name"] for p in facts["projects"]}
    flat = " ".join(SENIOR_GO_MD.split())
    for prompt in prompts:
        assert prompt["project"] in project_names and prompt["project"] in prompt["prompt"]
        for quoted in re.findall(r"“([^”]+)”", prompt["prompt"]):
            assert quoted in flat  # a claim quoted word for word
    assert behavioural_prompts([]) == []
    assert behavioural_prompts([{"name": ""}, {"nope": 1}, "x"]) == []


def _item(kind: str, item_id: str, topics: list[str], **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "id": item_id, "topics": topics, "levels": ["mid", "senior"], **extra}


BANK = [
    _item("design", "a-url-shortener", ["caching", "rest"]),
    _item("design", "b-metrics-pipeline", ["kafka", "message-queues"]),
    _item("design", "c-ledger", ["transactions", "indexing"]),
    _item("coding", "lru", [], difficulty="easy"),
    _item("coding", "rate-limiter", [], difficulty="medium"),
    _item("behavioral", "bq-1", [], theme="incident"),
    _item("behavioral", "bq-2", [], theme="scaling"),
]


@pytest.mark.parametrize(
    ("skills", "design"),
    [([], "a-url-shortener"), (["Kafka"], "b-metrics-pipeline"), (["PostgreSQL"], "c-ledger"), (["React"], "a-url-shortener")],
)
def test_the_planner_leans_toward_the_stack(skills: list[str], design: str) -> None:
    chosen = plan_mock(BANK, level="senior", focus=None, company=None, recent=[], stack_topics=stack_topics(skills))
    assert chosen[0]["id"] == design


def test_mock_start_passes_the_mapped_topics(monkeypatch: pytest.MonkeyPatch, data_dir: Any) -> None:
    import orjson

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "profile.json").write_bytes(orjson.dumps({"cv_skills": ["Kafka", "React", "PostgreSQL"]}))
    seen: dict[str, Any] = {}

    def spy(items: list[dict[str, Any]], **kwargs: Any) -> list[dict[str, Any]]:
        seen.update(kwargs)
        raise RuntimeError("stop after planning")

    monkeypatch.setattr("bis.session.plan.plan_mock", spy)
    monkeypatch.setattr("bis.cli.mock._context", lambda: (__import__("bis.cli.common").cli.common.store(), _FakeBank()))
    run("mock", "start", "--level", "senior")
    assert seen["stack_topics"] == stack_topics(["Kafka", "React", "PostgreSQL"])
    assert {"kafka", "indexing"} <= set(seen["stack_topics"]) and "react" not in seen["stack_topics"]


class _FakeBank:
    items = BANK


def test_playbook_structure_and_facts() -> None:
    facts = _facts(SENIOR_GO_MD)
    book = build_playbook(facts)
    md = book["markdown"]
    assert 30 <= book["minutes"] <= 45
    assert sum(m["minutes"] for m in book["modules"]) == book["minutes"]
    headings = re.findall(r"^## (\d)\. (.+) \((\d+) min\)$", md, flags=re.M)
    assert [h[1] for h in headings] == [
        "Opening",
        "Architecture and system thinking",
        "Performance and observability",
        "Cloud and reliability",
        "Forward look: their experience in an async AI-task system",
        "Wrap-up",
    ]
    sections = re.split(r"^## \d\. ", md, flags=re.M)[1:]
    for section in sections:
        for part in ("**Purpose.**", "**Opening prompt.**", "| Expected answer points | Bonus points |",
                     "**Follow-ups.**", "**What to observe.**"):  # fmt: skip
            assert part in section
    projects = {p["name"] for p in facts["projects"]}
    prompts = re.findall(r"\*\*Opening prompt\.\*\* (.+)", md)
    assert sum(any(name in prompt for name in projects) for prompt in prompts) >= 4
    flat = " ".join(SENIOR_GO_MD.split())
    for quoted in re.findall(r"“([^”]+)”", md):
        if "CV says" in md.split(quoted)[0][-20:]:
            assert quoted in flat
    grid = md.split("## Evaluation grid", 1)[1]
    for dimension in ("Architecture", "Performance", "Cloud / DevOps", "Learning transfer", "Communication"):
        assert f"| {dimension} |" in grid
    architecture_prompt = re.search(r"\*\*Opening prompt\.\*\* (.+)", sections[1]).group(1)
    # the anchor project's own stores are named; another job's database is not
    assert "Acme Payments" in architecture_prompt
    assert "Kafka" in architecture_prompt and "Redis" in architecture_prompt
    assert "PostgreSQL" not in architecture_prompt


def test_playbook_levels_and_a_sparse_cv() -> None:
    junior = build_playbook({"name": "", "current_role": "Junior Developer", "experience_years": 1,
                             "skills": [], "projects": [], "primary_languages": []})  # fmt: skip
    assert 30 <= junior["minutes"] <= 45 and junior["level"] == "junior"
    assert "the system you know best" in junior["markdown"]
    chinese = build_playbook(_facts(CHINESE_MD))
    assert "订单中心重构" in chinese["markdown"] and chinese["level"] == "senior"
    staff = build_playbook(_facts(SENIOR_GO_MD.replace("Senior Backend Engineer", "Principal Engineer")))
    assert staff["level"] == "staff" and staff["minutes"] <= 45


def test_playbook_never_asks_frontend_questions() -> None:
    facts = _facts(SENIOR_GO_MD.replace("- Languages: Go, Java, Python, SQL", "- Languages: Go, Java, Python, SQL, React, Vue, CSS"))
    assert {"React", "Vue"} <= {s["name"] for s in facts["skills"]}
    md = build_playbook(facts)["markdown"]
    assert not re.search(r"\b(React|Vue|CSS)\b", md)


def test_prompts_name_employers_not_job_titles_and_lead_with_backend_claims(tmp_path: Any) -> None:
    from bis.cv import read_and_analyse
    from bis.cv.parse import INTERN, ROLE_WORDS
    from bis.cv.tailor import _backend_weight
    from tests.cv.corpus import CASES, EXTENSIONS
    from tests.cv.heldout import HELDOUT

    for case in CASES + HELDOUT:
        path = tmp_path / f"{case.id}{EXTENSIONS[case.fmt]}"
        path.write_bytes(case.build())
        facts, _ = read_and_analyse(path, today=TODAY)
        for project in facts["projects"]:
            if project["source"] == "experience":  # "At Staff Engineer, ..." would make no sense
                assert not ROLE_WORDS.search(project["name"]) and not INTERN.search(project["name"]), case.id
        by_name = {p["name"]: p for p in facts["projects"]}
        for prompt in behavioural_prompts(facts["projects"], limit=4):
            project = by_name[prompt["project"]]
            if prompt["shape"] == "claim":
                best = max(_backend_weight(c, project) for c in project["claims"])
                assert _backend_weight(prompt["fact"], project) == best, (case.id, prompt["fact"])
