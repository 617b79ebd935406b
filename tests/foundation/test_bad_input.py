"""Every user mistake gets one clear line and a documented exit code, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.foundation.helpers import run


def _save_with(path: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return run("save", "--question", "q", "--answer", path, "--score", "5", input=input)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"   \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"x" * (10 * 1024 * 1024), "larger than"),
    ],
    ids=["empty", "blank", "binary", "latin1", "10MB"],
)
def test_bad_answer_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "answer.txt"
    path.write_bytes(content)
    for result in (_save_with(str(path)), _save_with("-", input=content)):
        assert result.exit_code == 2
        assert expected in result.stderr
        assert result.stderr.count("\n") <= 2  # one line (plus an optional hint)
        assert "Traceback" not in result.output


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = _save_with(str(tmp_path / "nope.md"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    directory = _save_with(str(tmp_path))
    assert directory.exit_code == 2 and "is a directory" in directory.stderr


def test_data_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    result = run("--data-dir", str(blocker), "stats")
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    assert result.stderr.startswith("bis: error:")


def test_unknown_option_is_usage_error() -> None:
    result = run("stats", "--frobnicate")
    assert result.exit_code == 2


def test_bad_since_value() -> None:
    result = run("stats", "--since", "last tuesday")
    assert result.exit_code == 2
    assert "--since" in result.stderr
