"""Getting an answer from the person: a file, a pipe, `$EDITOR`, or typed until EOF.

Like `git commit`: in a terminal with $VISUAL or $EDITOR set, the answer is
written in the editor (lines starting with '#' are dropped); otherwise it is
typed and ended with Ctrl-D. `skip` or `next` (alone) skips the question.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import typer

from bis.errors import InputError
from bis.textinput import ANSWER_MAX_BYTES, decode_checked, read_piped, read_text, stdin_is_piped

SKIP_WORDS = {"skip", "next", "pass"}


def is_skip(text: str) -> bool:
    return text.strip().lower() in SKIP_WORDS


def _editor() -> list[str] | None:
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    return shlex.split(command) if command else None


def from_editor(header: str) -> str:
    editor = _editor()
    assert editor is not None
    fd, name = tempfile.mkstemp(prefix="bis-answer-", suffix=".md")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n" + "".join(f"# {line}\n" for line in header.splitlines()))
            handle.write("# Lines starting with '#' are ignored. Save and close to submit; 'skip' skips.\n")
        try:
            subprocess.run([*editor, str(path)], check=False)
        except OSError as exc:
            raise InputError(f"cannot start the editor {editor[0]!r}: {exc.strerror}") from None
        raw = path.read_bytes()
    finally:
        path.unlink(missing_ok=True)  # the answer lives on only in history, as a summary
    text = decode_checked(raw, name="the editor", max_bytes=ANSWER_MAX_BYTES, what="answer") if raw.strip() else ""
    return "\n".join(line for line in text.splitlines() if not line.startswith("#")).strip()


def typed_until_eof(prompt: str) -> str:
    typer.echo(prompt + " (finish with Ctrl-D on an empty line; 'skip' skips)", err=True)
    lines: list[str] = []
    size = 0
    for line in sys.stdin:
        size += len(line.encode("utf-8", "replace"))
        if size > ANSWER_MAX_BYTES:
            raise InputError("the answer is larger than 512 KB; trim it and try again")
        lines.append(line)
    return "".join(lines).strip()


def interactive_answer(header: str) -> str:
    """Ask in a terminal; returns '' when the person gave nothing."""
    if _editor():
        return from_editor(header)
    return typed_until_eof("Your answer")


def obtain_answer(answer_source: str | None, header: str, *, interactive: bool) -> str | None:
    """From --answer FILE|-, else piped stdin, else the terminal.

    '' means the person skipped; None means no answer was offered at all
    (not a terminal and nothing piped), so the caller shows the question.
    """
    if answer_source is not None:
        return read_text(answer_source).text
    if stdin_is_piped():
        piped = read_piped()
        return piped.text if piped is not None else None
    if interactive:
        return interactive_answer(header)
    return None


def expand_once(text: str, *, interactive: bool) -> str:
    """A one-word answer gets one prompt to expand; then it is graded as it stands."""
    if not interactive or len(text.split()) != 1 or is_skip(text):
        return text
    typer.echo("That is one word. Can you say more: how and why?", err=True)
    more = interactive_answer("Expand on: " + text)
    return f"{text}\n{more}".strip() if more else text
