"""`bis cv` from the command line: summary, proposed changes, confirmation, JSON, playbook."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.cv.corpus import CHINESE_MD, SENIOR_GO_MD
from tests.foundation.helpers import run, run_json


@pytest.fixture
def cv_md(tmp_path: Path) -> Path:
    path = tmp_path / "jane.md"
    path.write_text(SENIOR_GO_MD, encoding="utf-8")
    return path


def _profile(data_dir: Path) -> dict:
    return orjson.loads((data_dir / "profile.json").read_bytes())


def test_summary_and_proposals_without_changing_anything(cv_md: Path, data_dir: Path) -> None:
    result = run("cv", str(cv_md))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Jane Doe: Senior Backend Engineer" in out
    assert "Proposed profile changes" in out and "CV skills" in out and "CV projects" in out
    assert "Profile not changed" in out and "--yes" in out
    bullets = [line for line in out.splitlines() if line.startswith("  - ")]
    assert 3 <= len([b for b in bullets if "?" not in b]) <= 5
    assert not (data_dir / "profile.json").exists()


def test_yes_applies_and_a_second_run_has_nothing_to_do(cv_md: Path, data_dir: Path) -> None:
    result = run("cv", str(cv_md), "--yes")
    assert result.exit_code == 0, result.output
    assert "Profile updated" in result.stdout
    profile = _profile(data_dir)
    assert profile["name"] == "Jane Doe"
    assert profile["target_role"] == "Senior Backend Engineer"
    assert profile["experience_years"] >= 10.0  # Jan 2019 to today plus 34 months
    assert profile["primary_languages"][0] == "Go"
    assert {"Go", "Kafka", "PostgreSQL", "Redis"} <= set(profile["cv_skills"])
    names = [p["name"] for p in profile["cv_projects"]]
    assert "Ledger Reconciler" in names
    assert all(set(p) <= {"name", "stack", "claims", "source", "role"} for p in profile["cv_projects"])
    again = run("cv", str(cv_md), "--yes")
    assert "already matches" in again.stdout


def test_fields_the_user_set_are_respected(cv_md: Path, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "profile.json").write_bytes(
        orjson.dumps(
            {"target_role": "Staff Engineer", "primary_languages": ["Rust"], "custom_field": 42, "cv_skills": ["COBOL"]}
        )
    )
    run("cv", str(cv_md), "--yes")
    profile = _profile(data_dir)
    assert profile["target_role"] == "Staff Engineer"  # a target is what they want next: kept
    assert profile["primary_languages"] == ["Rust"]
    assert profile["custom_field"] == 42  # other tools' fields survive
    assert "COBOL" not in profile["cv_skills"] and "Go" in profile["cv_skills"]


def test_json_envelope(cv_md: Path) -> None:
    payload = run_json("cv", str(cv_md))
    assert payload["ok"] and payload["command"] == "cv"
    data = payload["data"]
    assert set(data) == {"source", "format", "pages", "note", "summary", "facts", "changes", "applied", "tailoring"}
    assert data["format"] == "markdown" and data["applied"] is False
    assert 3 <= len(data["summary"]) <= 5
    assert {c["field"] for c in data["changes"]} >= {"cv_skills", "cv_projects", "experience_years"}
    facts = data["facts"]
    assert set(facts) >= {"name", "current_role", "experience_years", "jobs", "skills", "projects"}
    assert {"kafka", "message-queues", "redis", "caching", "indexing", "transactions"} <= set(data["tailoring"]["topics"])
    assert "text" not in facts  # the CV's text is not part of the output


def test_stdin_and_a_chinese_cv(data_dir: Path) -> None:
    result = run("cv", "-", "--yes", input=CHINESE_MD.encode("utf-8"))
    assert result.exit_code == 0, result.output
    profile = _profile(data_dir)
    assert profile["name"] == "李明"
    assert profile["target_role"] == "高级后端工程师"
    assert "订单中心重构" in [p["name"] for p in profile["cv_projects"]]


def test_confirmation_in_a_terminal(cv_md: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bis.cli.cv.is_interactive", lambda: True)
    declined = run("cv", str(cv_md), input="n\n")
    assert declined.exit_code == 0
    assert "Apply these changes" in declined.stdout and "Profile not changed" in declined.stdout
    assert not (data_dir / "profile.json").exists()
    accepted = run("cv", str(cv_md), input="y\n")
    assert "Profile updated" in accepted.stdout
    assert _profile(data_dir)["name"] == "Jane Doe"


def test_playbook_to_stdout_leaves_the_profile_alone(cv_md: Path, data_dir: Path) -> None:
    result = run("cv", str(cv_md), "--playbook")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Interview playbook: Jane Doe")
    assert "## Evaluation grid" in result.stdout
    assert not (data_dir / "profile.json").exists()


def test_playbook_out_file(cv_md: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.md"
    result = run("cv", str(cv_md), "--playbook", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Wrote a" in result.stdout and str(out) in result.stdout
    assert out.read_text(encoding="utf-8").startswith("# Interview playbook")
    payload = run_json("cv", str(cv_md), "--playbook", "--out", str(out))
    assert payload["data"]["out"] == str(out) and 30 <= payload["data"]["minutes"] <= 45
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".book")] == []  # no temp file left


def test_out_needs_playbook_and_a_file(cv_md: Path, tmp_path: Path) -> None:
    assert run("cv", str(cv_md), "--out", str(tmp_path / "x.md")).exit_code == 2
    assert run("cv", str(cv_md), "--playbook", "--out", str(tmp_path)).exit_code == 2
    assert run("cv", str(cv_md), "--playbook", "--out", str(tmp_path / "no" / "x.md")).exit_code == 2


def test_documented() -> None:
    usage = (Path(__file__).resolve().parents[2] / "docs" / "usage.md").read_text(encoding="utf-8")
    assert "### `bis cv`" in usage and "--playbook" in usage
    result = run("cv", "--help")
    assert "Example" in result.stdout
