"""Every test gets its own data dir and home: no test touches the real home directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    data = home / "bis-data"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("BIS_HOME", str(data))
    monkeypatch.delenv("BIS_BANK_PATH", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    from bis import paths, render

    paths.set_data_dir_override(None)
    render.output.reset()
    return data


@pytest.fixture
def data_dir(isolated_home: Path) -> Path:
    return isolated_home


@pytest.fixture
def cli_env(isolated_home: Path) -> dict[str, str]:
    """Environment for running `python -m bis` in a subprocess, isolated like the tests."""
    env = dict(os.environ)
    env["BIS_HOME"] = str(isolated_home)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env
