from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.foundation.helpers import run, run_json

COMPANY = """\
kind: company
id: acme-pay
name: Acme Pay
aliases: [acme]
loop_shape: [A practical coding round, An API design round]
values: [Users first]
coding_areas:
  - {theme: Idempotent handlers, why: money moves twice otherwise, bank_ids: [wal-topic]}
  - {theme: Concurrency, bank_ids: [wal-topic]}
design_themes:
  - {theme: Ledgers, bank_ids: [wal-topic]}
behavioral_themes:
  - {theme: Ownership, bank_ids: [wal-topic]}
  - {theme: Incidents, bank_ids: [wal-topic]}
"""

TOPIC = """\
kind: concept
id: wal-topic
title: Write-ahead logging
focus: [databases]
summary: Durability through a log.
questions:
  - id: why-log
    question: Why a log?
    level: mid
    ideal_answer: Sequential appends are cheap to fsync.
    key_points:
      - {id: seq, point: Sequential appends, phrasings: [sequential append]}
"""


@pytest.fixture
def user_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "company.yaml").write_text(COMPANY)
    (bank / "topic.yaml").write_text(TOPIC)
    monkeypatch.setenv("BIS_BANK_PATH", str(bank))
    return bank


def test_company_known_by_alias_maps_themes_to_commands(user_bank: Path) -> None:
    data = run_json("company", "ACME")["data"]
    assert data["known"] and data["company"] == "Acme Pay"
    practice = data["coding_areas"][0]["practice"][0]
    assert practice == {"id": "wal-topic", "kind": "concept", "title": "Write-ahead logging", "command": "bis concept wal-topic"}
    human = run("company", "acme pay")
    assert "bis concept wal-topic" in human.stdout and "Idempotent handlers" in human.stdout


def test_unknown_company_gets_general_loop_and_closest_match(user_bank: Path) -> None:
    data = run_json("company", "acme-pai")["data"]
    assert data["known"] is False
    assert data["closest_match"] == "Acme Pay"
    assert "Acme Pay" in data["known_profiles"]
    assert data["loop_shape"]
    human = run("company", "Initech")
    assert human.exit_code == 0 and "general backend loop" in human.stdout


def test_prep_without_profile_is_generic_and_says_what_a_profile_adds() -> None:
    result = run_json("prep")
    data = result["data"]
    assert data["personalised"] is False
    assert any("bis profile set" in hint for hint in data["profile_would_add"])
    assert data["confidence"]
    human = run("prep").stdout
    assert human.strip().splitlines()[-1] == data["confidence"]


def test_prep_uses_profile_facts_and_fewer_hours_mean_fewer_bullets(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    profile = {
        "target_role": "Senior Backend Engineer",
        "experience_years": 7,
        "primary_languages": ["Go"],
        "cv_projects": [{"name": "Ledger rewrite", "claims": ["cut p99 from 800 ms to 120 ms"]}],
    }
    (data_dir / "profile.json").write_bytes(orjson.dumps(profile))
    long = run_json("prep", "--hours", "4")["data"]
    short = run_json("prep", "--hours", "1")["data"]
    assert long["level"] == "senior" and long["personalised"]
    assert any("Ledger rewrite" in s and "p99" in s for s in long["sections"]["star_prompts"])
    assert len(long["sections"]["star_prompts"]) == 2 and len(short["sections"]["star_prompts"]) == 1
    intro = " ".join(long["sections"]["intro"])
    assert intro.startswith("Senior Backend Engineer, 7 years")  # the senior outline's <Title>, <years>
    assert "cut p99 from 800 ms to 120 ms" in intro  # the CV claim as the measurable outcome
    assert "<Title>" not in intro and "<years>" not in intro
    def size(d: dict) -> int:
        s = d["sections"]
        return sum(len(v) for v in (s["intro"], s["star_prompts"], s["questions_to_ask"], s["reminders"]))
    assert size(short) < size(long) or not long["sections"]["intro"]
