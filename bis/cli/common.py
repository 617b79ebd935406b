"""Options and helpers shared by every command (defined once, like sqlite-utils)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bis import paths, render
from bis.errors import ProfileIncomplete

if TYPE_CHECKING:
    from bis.storage import Store

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print one JSON envelope on stdout (for scripts).")
]


def begin(command: str, json_flag: bool = False) -> None:
    """Every command starts here: names itself for the envelope, honours --json."""
    render.set_command(command)
    render.set_json(json_flag)


def store() -> Store:
    from bis.storage import Store

    return Store(paths.data_dir(), on_notice=render.notice)


def is_interactive() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def finish(data: Any, draw: Callable[[Any], None]) -> None:
    """Print `data` as the JSON envelope, or draw it for people."""
    if render.output.json:
        render.emit_json(data)
    else:
        draw(data)


def ensure_profile(fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The profile with `fields` filled: asks once in a terminal, else says which flags set them."""
    from bis import profile as profile_mod
    from bis.storage import PROFILE

    wanted = fields or tuple(profile_mod.REQUIRED)
    st = store()
    current = st.profile()
    missing = profile_mod.missing_fields(current, wanted)
    if not missing:
        return current
    if not is_interactive() or render.output.json:
        raise ProfileIncomplete(profile_mod.missing_message(missing))
    render.notice("a few questions, asked once, to fit questions to you:")
    answers: dict[str, Any] = {}
    for name in missing:
        question, _flag = profile_mod.REQUIRED[name]
        while True:
            raw = typer.prompt(question).strip()
            try:
                if name == "experience_years":
                    answers[name] = profile_mod.parse_years(raw)
                elif name == "primary_languages":
                    answers[name] = profile_mod.parse_languages(raw)
                elif raw:
                    answers[name] = raw
                else:
                    continue
                break
            except Exception as exc:  # a UsageError from the parsers: ask again
                typer.echo(f"  {exc}", err=True)

    def apply(profile: dict[str, Any]) -> dict[str, Any]:
        profile.update(answers)
        return profile

    st.update(PROFILE, apply)
    return st.profile()
