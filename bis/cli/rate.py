"""`bis rate`: review code, a SQL schema, an OpenAPI spec, a .proto file or a written design."""

from __future__ import annotations

from typing import Annotated

import typer

from bis.cli.common import JsonOption, begin, finish, is_interactive, store


def rate_command(
    file: Annotated[
        str | None, typer.Argument(metavar="[FILE|-]", help="What to review: a file, or '-' / a pipe for stdin.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="python | code | sql | openapi | proto | prose [default: detected]")
    ] = None,
    dialect: Annotated[
        str | None, typer.Option("--dialect", help="SQL dialect: postgres | mysql | sqlite [default: detected]")
    ] = None,
    fail_under: Annotated[
        float | None, typer.Option("--fail-under", min=0, max=10, help="Exit 1 when the score is below this (CI).")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Review what you give it: findings with why and how to fix, a score /10, the biggest wins.

    Examples: bis rate schema.sql   |   cat api.yaml | bis rate   |   bis rate lru.py --fail-under 7
    """
    begin("rate", json)
    from bis.errors import UsageError
    from bis.review.detect import DIALECTS, KINDS, normalise_dialect, normalise_kind
    from bis.textinput import FILE_MAX_BYTES, read_text, stdin_is_piped

    chosen_kind = None
    if kind is not None:
        chosen_kind = normalise_kind(kind)
        if chosen_kind is None:
            raise UsageError(f"--kind {kind!r}: choose one of {', '.join(KINDS)}")
    chosen_dialect = None
    if dialect is not None:
        chosen_dialect = normalise_dialect(dialect)
        if chosen_dialect is None:
            raise UsageError(f"--dialect {dialect!r}: choose one of {', '.join(DIALECTS)}")
    if file is None:
        if stdin_is_piped():
            file = "-"
        elif is_interactive() and not json:
            text = _pasted()
            return _review_and_show(text, "pasted text", None, chosen_kind, chosen_dialect, fail_under)
        else:
            raise UsageError("nothing to review: give a FILE, '-' for stdin, or pipe it in", hint="bis rate < schema.sql")
    given = read_text(file, max_bytes=FILE_MAX_BYTES, what="input")
    _review_and_show(given.text, given.source, None if file == "-" else file, chosen_kind, chosen_dialect, fail_under)


def _pasted() -> str:
    from bis.cli.answering import interactive_answer
    from bis.errors import InputError

    text = interactive_answer("Paste the code, schema, spec or design to review")
    if not text.strip():
        raise InputError("nothing was pasted")
    return text


def _level() -> str:
    from bis import profile as profile_mod

    st = store()
    return profile_mod.level_of(st.profile()) if st.profile_exists() else "mid"


def _review_and_show(text: str, source: str, filename: str | None, kind: str | None, dialect: str | None,
                     fail_under: float | None) -> None:
    from bis.cli.graded import check_threshold, threshold_status
    from bis.render.review import draw_review
    from bis.review import review

    result = review(text, kind=kind, dialect=dialect, filename=filename, source=source, level=_level())
    data = result.to_dict()
    if fail_under is not None:
        data["fail_under"] = threshold_status(result.score, fail_under)
    finish(data, draw_review)
    check_threshold(result.score, fail_under)


def register(app: typer.Typer) -> None:
    app.command("rate")(rate_command)
