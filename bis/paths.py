"""Where bis keeps things: the one place that resolves the data directory.

Order: --data-dir > BIS_HOME > ~/.openclaw/backend-interview-simulator
(the directory the existing skill already uses, so its files are read as they are).
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA_DIR = Path("~/.openclaw/backend-interview-simulator")
ENV_HOME = "BIS_HOME"
ENV_BANK_PATH = "BIS_BANK_PATH"

_override: Path | None = None


def set_data_dir_override(path: str | os.PathLike[str] | None) -> None:
    """Called once by the CLI for --data-dir."""
    global _override
    _override = Path(path).expanduser() if path else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return DEFAULT_DATA_DIR.expanduser()


def data_dir_source() -> str:
    if _override is not None:
        return "--data-dir"
    if os.environ.get(ENV_HOME):
        return ENV_HOME
    return "default"


def config_file() -> Path:
    return data_dir() / "config.toml"


def cache_dir() -> Path:
    """Derived files only (the compiled bank); safe to delete at any time."""
    return data_dir() / ".cache"


def builtin_bank_dir() -> Path:
    """The YAML bank shipped with bis: inside the wheel, or the checkout's questions/."""
    package = Path(__file__).resolve().parent
    shipped = package / "_questions"
    if shipped.is_dir():
        return shipped
    return package.parent / "questions"
