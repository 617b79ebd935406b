from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest

from bis import __version__
from tests.foundation.helpers import run, run_json

ENVELOPE_KEYS = {"schema_version", "command", "ok", "data", "error", "notices"}


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"bis {__version__}"


@pytest.mark.parametrize(
    "args",
    [["paths"], ["stats"], ["weak"], ["profile"], ["bank", "list"], ["bank", "validate"]],
)
def test_json_envelope_keys_are_stable(args: list[str]) -> None:
    payload = run_json(*args)
    assert set(payload) == ENVELOPE_KEYS
    assert payload["schema_version"] == 1
    assert payload["ok"] is True
    assert payload["command"] == " ".join(args)


def test_error_envelope_in_json_mode() -> None:
    result = run("save", "--json")
    assert result.exit_code == 2
    payload = orjson.loads(result.stdout)
    assert set(payload) == ENVELOPE_KEYS
    assert payload["ok"] is False
    assert set(payload["error"]) >= {"code", "message", "exit_code"}
    assert payload["error"]["exit_code"] == 2


def test_paths_reports_data_dir_and_bank(data_dir: Path) -> None:
    payload = run_json("paths")["data"]
    assert payload["data_dir"] == str(data_dir)
    assert payload["data_dir_source"] == "BIS_HOME"
    assert payload["files"]["history.json"] == str(data_dir / "history.json")
    assert Path(payload["builtin_bank_dir"]).is_dir()


def test_data_dir_flag_beats_env(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    payload = run_json("--data-dir", str(target), "paths")["data"]
    assert payload["data_dir"] == str(target)
    assert payload["data_dir_source"] == "--data-dir"


def _commands(app_group, prefix=()):  # type: ignore[no-untyped-def]
    import typer.main

    group = typer.main.get_command(app_group) if not hasattr(app_group, "commands") else app_group
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def test_every_command_has_help_with_an_example() -> None:
    from bis.cli import app

    found = list(_commands(app))
    assert len(found) >= 8
    for path, command in found:
        assert command.help, f"{' '.join(path)} has no help"
        assert "Example" in command.help, f"`bis {' '.join(path)} --help` shows no example"
        result = run(*path, "--help")
        assert result.exit_code == 0, path


def test_every_command_is_documented_in_usage() -> None:
    from bis.cli import app

    usage = (Path(__file__).resolve().parents[2] / "docs" / "usage.md").read_text()
    for path, _ in _commands(app):
        assert re.search(rf"`bis {re.escape(' '.join(path))}\b", usage), f"docs/usage.md lacks bis {' '.join(path)}"


def test_no_color_means_no_escape_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    result = run("paths")
    assert "\x1b[" not in result.stdout
