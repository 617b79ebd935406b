"""`bis cv`: read a CV, propose profile changes, or write an interviewer's playbook."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bis.cli.common import JsonOption, begin, finish, is_interactive, store


def cv_command(
    file: Annotated[str, typer.Argument(metavar="FILE|-", help="The CV: PDF, DOCX, Markdown or text; '-' for stdin.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Apply the proposed profile changes without asking.")] = False,
    playbook: Annotated[
        bool, typer.Option("--playbook", help="Write an interviewer's playbook for this candidate instead.")
    ] = False,
    out: Annotated[
        str | None, typer.Option("--out", metavar="FILE", help="With --playbook: write the Markdown to FILE.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Read a CV: a 3-5 bullet summary, and the profile changes it proposes (skills, projects, years).

    In a terminal it asks before changing the profile; from scripts pass --yes. The CV's
    text is never stored. --playbook writes a 30-45 minute interview script for an
    interviewer instead and leaves the profile alone.

    Example: bis cv resume.pdf --yes   |   bis cv cv.docx --playbook --out playbook.md
    """
    begin("cv", json)
    from bis.cv import read_and_analyse
    from bis.errors import InputError, UsageError

    if out is not None and not playbook:
        raise UsageError("--out goes with --playbook: bis cv FILE --playbook --out playbook.md")
    facts, info = read_and_analyse(file)
    if info["note"]:
        from bis.render import notice

        notice(info["note"])
    if not (facts["skills"] or facts["jobs"] or facts["projects"]):
        raise InputError(
            f"{info['source']}: found no dated roles, skills or projects; is this a CV?",
            hint="bis reads experience with dates, a skills list and projects, in English or Chinese",
        )
    if playbook:
        _playbook(facts, info, out)
        return
    _profile(facts, info, yes)


def _playbook(facts: dict[str, Any], info: dict[str, Any], out: str | None) -> None:
    from bis.cv.playbook import build_playbook
    from bis.render.cv import draw_playbook

    book = build_playbook(facts)
    data: dict[str, Any] = {"source": info["source"], "format": info["format"], **book, "out": None}
    if out is not None:
        data["out"] = str(_write_out(out, book["markdown"]))
    finish(data, draw_playbook)


def _write_out(out: str, markdown: str) -> Any:
    from pathlib import Path

    from bis.atomic import write_bytes_atomic
    from bis.errors import InputError

    path = Path(out).expanduser()
    if path.is_dir():
        raise InputError(f"--out {path} is a directory; give a file name such as {path / 'playbook.md'}")
    if not path.parent.is_dir():
        raise InputError(f"--out {path}: the directory {path.parent} does not exist")
    try:
        write_bytes_atomic(path, markdown.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"--out {path}: cannot write ({exc.strerror or exc})") from None
    return path


def _profile(facts: dict[str, Any], info: dict[str, Any], yes: bool) -> None:
    from bis import render
    from bis.cv.summary import apply_changes, propose_changes, summarise
    from bis.cv.tailor import tailoring
    from bis.render.cv import draw_cv, draw_outcome, draw_report
    from bis.storage import PROFILE, with_profile_defaults

    st = store()
    changes = propose_changes(facts, st.profile())
    data: dict[str, Any] = {
        **info,
        "summary": summarise(facts),
        "facts": facts,
        "changes": changes,
        "applied": False,
        "tailoring": tailoring(facts["skills"], facts["projects"]),
    }
    ask = bool(changes) and not yes and is_interactive() and not render.output.json
    if ask:
        draw_cv(data)
        yes = typer.confirm("Apply these changes to your profile?", default=True)
    if changes and yes:
        st.update(PROFILE, lambda current: apply_changes(with_profile_defaults(current), changes))
        data["applied"] = True
    if ask:
        draw_outcome(data)
    else:
        finish(data, draw_report)


def register(app: typer.Typer) -> None:
    app.command("cv")(cv_command)
