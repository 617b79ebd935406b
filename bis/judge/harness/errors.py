"""Errors, with the user's own frames only.

A user's exception becomes a plain dict (type, MRO names, message and the
frames from solution.py), without calling any method the user could override.
"""

from __future__ import annotations

MAX_MESSAGE_CHARS = 4_000


class CaseTimeout(BaseException):
    """Raised in the main thread when one case runs past its time limit."""


class InterfaceError(Exception):
    pass


def _safe_str(exc: BaseException) -> str:
    try:
        text = BaseException.__str__(exc)
    except BaseException:  # noqa: BLE001 - a hostile __str__ must not break reporting
        text = ""
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[:MAX_MESSAGE_CHARS] + "..."
    return text


def describe_error(exc: BaseException, filename: str | None, lines: list[str] | None) -> dict:
    """Type, message and a traceback made only of frames from the user's file."""
    kind = type(exc)
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if filename is not None and code.co_filename == filename:
            lineno = tb.tb_lineno
            text = lines[lineno - 1].strip() if lines and 0 < lineno <= len(lines) else ""
            frames.append({"line": lineno, "function": code.co_name, "text": text})
        tb = tb.tb_next
    message = _safe_str(exc)
    if isinstance(exc, KeyError) and exc.args:
        message = repr(exc.args[0])[:MAX_MESSAGE_CHARS] if _is_plain(exc.args[0]) else message
    trace = "".join(
        f'  File "solution.py", line {f["line"]}, in {f["function"]}\n    {f["text"]}\n'
        for f in frames[-12:]
    )
    head = f"{kind.__name__}: {message}" if message else kind.__name__
    return {
        "type": kind.__name__,
        "mro": [c.__name__ for c in kind.__mro__],
        "message": message,
        "frames": frames[-12:],
        "traceback": ("Traceback (your code):\n" + trace + head) if frames else head,
    }


def _is_plain(value) -> bool:
    return type(value) in (str, int, float, bool, type(None))


def error_marker(exc: BaseException, filename=None, lines=None) -> dict:
    return {"$error": describe_error(exc, filename, lines)}


def is_error(value) -> bool:
    return type(value) is dict and "$error" in value
