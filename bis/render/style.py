"""A small markup for one-shot output: `[bold]`, `[dim]`, colours, `[/]`.

rich costs ~20 ms to import, a sixth of a one-shot command's budget, so the
simple commands print through this instead. Only the known tags below are
markup; any other bracketed text is printed as it is. Colour is used only on a
terminal and never when NO_COLOR is set (https://no-color.org).
"""

from __future__ import annotations

import os
import re
import sys

_CODES = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "underline": "4",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}
_NAMES = "|".join(_CODES)
_TAG = re.compile(rf"\[(/?)((?:{_NAMES})(?: (?:{_NAMES}))*)?\]")


def use_color(stream: object = None) -> bool:
    stream = stream or sys.stdout
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def to_ansi(markup: str, color: bool) -> str:
    stack: list[str] = []

    def replace(match: re.Match[str]) -> str:
        closing, names = match.group(1), match.group(2)
        if closing:
            if stack:
                stack.pop()
            if not color:
                return ""
            return "\x1b[0m" + "".join(f"\x1b[{code}m" for code in stack)
        if names is None:
            return match.group(0)  # "[]" is not markup
        codes = ";".join(_CODES[name] for name in names.split())
        stack.append(codes)
        return f"\x1b[{codes}m" if color else ""

    text = _TAG.sub(replace, markup)
    if color and stack:
        text += "\x1b[0m"
    return text


def escape(text: str) -> str:
    """Protect user text that happens to look like one of our tags."""
    return _TAG.sub(lambda m: "[\u200b" + m.group(0)[1:], text)


def table(rows: list[list[str]], headers: list[str] | None = None, gap: int = 2) -> list[str]:
    """Left-aligned columns; the last column is not padded."""
    all_rows = ([headers] if headers else []) + rows
    if not all_rows:
        return []
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(all_rows[0]) - 1)]
    lines = []
    for index, row in enumerate(all_rows):
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        line = (" " * gap).join(cells).rstrip()
        lines.append(f"[bold]{line}[/]" if headers and index == 0 else line)
    return lines
