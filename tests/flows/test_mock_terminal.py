"""The interactive mock in a real pseudo-terminal: answer, skip, quit, resume."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest

pexpect = pytest.importorskip("pexpect")

ANSWER = (
    "I would start with requirements and the read to write ratio, then sketch the API, "
    "the data model and a cache in front of the database, and discuss failure modes."
)


def _spawn(cli_env: dict[str, str]):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in cli_env.items() if k not in ("EDITOR", "VISUAL")}
    env["TERM"] = "dumb"
    return pexpect.spawn(
        sys.executable, ["-m", "bis", "mock", "--level", "mid"], env=env, encoding="utf-8", timeout=60,
        dimensions=(50, 200),
    )


def _answer(child, text: str) -> None:  # type: ignore[no-untyped-def]
    child.expect("finish with Ctrl-D")
    for line in text.splitlines():
        child.sendline(line)
    child.sendeof()


def test_answer_skip_quit_and_resume(cli_env: dict[str, str], data_dir: Path) -> None:
    child = _spawn(cli_env)
    child.expect(r"Question 1/5")
    _answer(child, ANSWER)
    child.expect(r"Score \d+(\.\d)?/10")
    child.expect(r"Question 2/5")
    _answer(child, "skip")
    child.expect("Skipped")
    child.expect(r"Question 3/5")
    _answer(child, "quit")
    child.expect("Paused")
    child.expect(pexpect.EOF)

    state = orjson.loads((data_dir / "mock_session.json").read_bytes())
    assert [q["status"] for q in state["questions"]] == ["answered", "skipped", "pending", "pending", "pending"]

    resumed = _spawn(cli_env)
    resumed.expect("Resuming")
    resumed.expect(r"Question 3/5")
    for number in (3, 4, 5):
        if number > 3:
            resumed.expect(rf"Question {number}/5")
        _answer(resumed, "skip" if number == 3 else ANSWER)
    resumed.expect(r"Mock interview: \d+(\.\d)?/10 overall")
    resumed.expect("Saved to history")
    resumed.expect(pexpect.EOF)
    history = orjson.loads((data_dir / "history.json").read_bytes())
    assert len(history) == 1 and history[0]["mode"] == "mock"
    assert [r["skipped"] for r in history[0]["rounds"]] == [False, True, True, False, False]
