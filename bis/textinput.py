"""Reading what the user gives us: a file path, `-` for stdin, or piped stdin.

Every way input can be unusable (missing, a directory, binary, not UTF-8,
empty, far too large) becomes one InputError line, never a traceback.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from bis.errors import InputError

ANSWER_MAX_BYTES = 512 * 1024
FILE_MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class TextInput:
    text: str
    source: str  # a path, or "stdin"


def stdin_is_piped() -> bool:
    try:
        return not sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_piped(*, max_bytes: int = ANSWER_MAX_BYTES, what: str = "answer") -> TextInput | None:
    """Piped stdin when it holds something; None for an empty pipe or /dev/null.

    An empty stdin (a script, CI, `< /dev/null`) means "no answer given", so
    the command shows the question instead of failing on an empty answer.
    """
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return None
    raw = stream.read(max_bytes + 1)
    if not raw.strip():
        return None
    return TextInput(decode_checked(raw, name="stdin", max_bytes=max_bytes, what=what), "stdin")


def read_text(source: str | Path, *, max_bytes: int = ANSWER_MAX_BYTES, what: str = "answer") -> TextInput:
    """Read a file path or '-' (stdin) as UTF-8 text with the checks above."""
    if str(source) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError(f"no {what} on standard input")
        raw = stream.read(max_bytes + 1)
        name = "stdin"
    else:
        path = Path(source).expanduser()
        name = str(path)
        if path.is_dir():
            raise InputError(f"{path} is a directory; give the {what} as a file or '-' for stdin")
        try:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return TextInput(decode_checked(raw, name=name, max_bytes=max_bytes, what=what), name)


def decode_checked(raw: bytes, *, name: str, max_bytes: int, what: str) -> str:
    if len(raw) > max_bytes:
        raise InputError(f"{name}: the {what} is larger than {_human(max_bytes)}; trim it and try again")
    if b"\x00" in raw[:65536]:
        raise InputError(f"{name}: looks like a binary file, not a text {what}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: is not valid UTF-8 (bad byte at offset {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{name}: the {what} is empty")
    return text


def _human(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"
