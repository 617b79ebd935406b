from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.foundation.helpers import run, run_json


def test_profile_set_then_show(data_dir: Path) -> None:
    result = run("profile", "set", "--role", "Senior Backend Engineer", "--years", "6", "--languages", "Go, Python, go")
    assert result.exit_code == 0, result.output
    shown = run_json("profile")["data"]
    assert shown["profile"]["target_role"] == "Senior Backend Engineer"
    assert shown["profile"]["experience_years"] == 6
    assert shown["profile"]["primary_languages"] == ["Go", "Python"]
    assert shown["level"] == "senior"
    assert shown["missing"] == ["target_company"]
    assert "--company" in shown["missing_hint"]


def test_profile_set_rejects_bad_years() -> None:
    result = run("profile", "set", "--years", "lots")
    assert result.exit_code == 2
    assert "years of experience must be a number" in result.stderr
    assert "Traceback" not in result.output


def test_missing_profile_fields_name_their_flags_when_not_a_terminal() -> None:
    from bis.cli.common import ensure_profile
    from bis.errors import ProfileIncomplete

    with pytest.raises(ProfileIncomplete) as info:
        ensure_profile(("target_role", "experience_years"))
    message = info.value.message
    assert "target role" in message and "--role" in message and "--years" in message


def test_missing_profile_fields_are_asked_once_in_a_terminal(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    import typer

    from bis.cli import common

    answers = iter(["Backend Engineer", "startup", "three", "3", "Python"])
    asked: list[str] = []

    def fake_prompt(question: str) -> str:
        asked.append(question)
        return next(answers)

    monkeypatch.setattr(common, "is_interactive", lambda: True)
    monkeypatch.setattr(typer, "prompt", fake_prompt)
    profile = common.ensure_profile()
    assert profile["experience_years"] == 3  # "three" was refused and asked again
    assert len(asked) == 5
    again = common.ensure_profile()  # now complete: nothing is asked
    assert again["target_company"] == "startup" and len(asked) == 5


def test_save_explicit_answer(tmp_path: Path, data_dir: Path) -> None:
    answer = tmp_path / "answer.md"
    answer.write_text("Use a base62 id from a counter.\nCache hot links in Redis.\n")
    result = run("save", "--question", "Design a URL shortener", "--answer", str(answer), "--score", "7")
    assert result.exit_code == 0, result.output
    assert "Saved" in result.stdout
    saved = orjson.loads((data_dir / "saved_answers.json").read_bytes())
    assert saved[0]["question"] == "Design a URL shortener"
    assert saved[0]["score"] == 7
    assert saved[0]["answer_summary"].startswith("Use a base62 id")
    assert set(saved[0]) >= {"question", "answer_summary", "score", "saved_at"}


def test_save_needs_all_three_or_none() -> None:
    result = run("save", "--question", "q")
    assert result.exit_code == 2
    assert "give all of" in result.stderr


def test_save_last_graded_answer(data_dir: Path) -> None:
    from bis.progress import GradedRound, record_session
    from bis.storage import Store

    store = Store(data_dir)
    record_session(
        store,
        [GradedRound("concept", "kafka", "How does Kafka order messages?", "kafka", 8.0, answer="Per partition.")],
        mode="concept",
    )
    result = run_json("save")
    assert result["ok"]
    assert result["data"]["saved"]["question"] == "How does Kafka order messages?"
    assert result["data"]["saved"]["score"] == 8.0


def test_save_from_stdin(data_dir: Path) -> None:
    result = run("save", "--question", "q", "--answer", "-", "--score", "5", input="an answer from a pipe\n")
    assert result.exit_code == 0, result.output
    saved = orjson.loads((data_dir / "saved_answers.json").read_bytes())
    assert saved[-1]["answer_summary"] == "an answer from a pipe"
