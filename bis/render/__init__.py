"""The only place that prints.

People get rich text on stdout; scripts get one JSON envelope (`--json`):

    {"schema_version": 1, "command": "...", "ok": true, "data": {...},
     "error": null, "notices": [...]}

Notices (a file created, a corrupted file backed up) and errors go to stderr
as single lines in human mode; in JSON mode they are also in the envelope.
One-shot commands print with `line()` (bis.render.style); rich is imported
only by the views that need more (interactive sessions, long documents).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from rich.console import Console

    from bis.errors import BisError

SCHEMA_VERSION = 1


class _Output:
    def __init__(self) -> None:
        self.json = False
        self.command = ""
        self.notices: list[str] = []
        self.color: bool | None = None
        self._console: Console | None = None
        self._err_console: Console | None = None

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]


output = _Output()


def set_json(enabled: bool) -> None:
    output.json = output.json or enabled


def set_command(name: str) -> None:
    output.command = name


def console() -> Console:
    if output._console is None:
        from rich.console import Console

        output._console = Console(highlight=False, soft_wrap=False)
    return output._console


def err_console() -> Console:
    if output._err_console is None:
        from rich.console import Console

        output._err_console = Console(stderr=True, highlight=False)
    return output._err_console


def line(markup: str = "") -> None:
    """One line on stdout in the small markup of bis.render.style."""
    from bis.render.style import to_ansi, use_color

    if output.color is None:
        output.color = use_color(sys.stdout)
    try:
        sys.stdout.write(to_ansi(markup, output.color) + "\n")
    except UnicodeEncodeError:  # a terminal that cannot show the bars and arrows
        sys.stdout.write(to_ansi(markup, output.color).encode("ascii", "replace").decode() + "\n")


def notice(message: str) -> None:
    """One status line on stderr, e.g. that a data file was created."""
    output.notices.append(message)
    _stderr_line(f"bis: {message}")


def _stderr_line(text: str) -> None:
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _write_stdout_bytes(payload: bytes) -> None:
    stream = getattr(sys.stdout, "buffer", None)
    if stream is not None:
        stream.write(payload)
        stream.flush()
    else:  # e.g. a test runner's text capture
        sys.stdout.write(payload.decode())
        sys.stdout.flush()


def envelope(data: Any, *, ok: bool = True, error: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": output.command,
        "ok": ok,
        "data": data,
        "error": error,
        "notices": list(output.notices),
    }


def emit_json(data: Any) -> None:
    _write_stdout_bytes(orjson.dumps(envelope(data), option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n")


def error(exc: BisError) -> None:
    if output.json:
        err = {"code": exc.code, "message": exc.message, "hint": exc.hint, "exit_code": exc.exit_code}
        problems = getattr(exc, "problems", None)
        if problems:
            err["problems"] = problems
        _write_stdout_bytes(orjson.dumps(envelope(None, ok=False, error=err), option=orjson.OPT_INDENT_2) + b"\n")
    _stderr_line(f"bis: error: {exc.message}")
    if exc.hint:
        _stderr_line(f"bis: hint: {exc.hint}")


def color_enabled() -> bool:
    return "NO_COLOR" not in os.environ
