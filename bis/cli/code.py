"""`bis code`: a backend coding problem, judged in a sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from bis.cli.common import JsonOption, begin, finish, store


def _attempted(item_id: str) -> bool:
    from bis.storage import HISTORY

    for session in store().read_if_present(HISTORY):
        rounds = session.get("rounds") if isinstance(session, dict) else None
        for rnd in rounds if isinstance(rounds, list) else []:
            if isinstance(rnd, dict) and rnd.get("item_id") == item_id:
                return True
    return False


def code_command(
    item_id: Annotated[str | None, typer.Argument(metavar="[ID]", help="A coding problem id, e.g. lru-cache.")] = None,
    solution: Annotated[
        str | None, typer.Option("--solution", help="Your solution file, or '-' for stdin: judged at once.")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the solution (python).")] = "python",
    starter: Annotated[Path | None, typer.Option("--starter", help="Write the starter code to this file.")] = None,
    hint: Annotated[bool, typer.Option("--hint", help="Show the next hint for this problem.")] = False,
    show_solution: Annotated[
        bool, typer.Option("--show-solution", help="Print the reference solution (after an attempt).")
    ] = False,
    level: Annotated[str | None, typer.Option("--level", help="junior | mid | senior | staff")] = None,
    fail_under: Annotated[
        float | None, typer.Option("--fail-under", min=0, max=10, help="Exit 1 when the score is below this.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """A backend coding problem; a solution is run against hidden tests in a sandbox.

    Examples: bis code lru-cache --starter lru.py   |   bis code lru-cache --solution lru.py
    """
    begin("code", json)
    from bis.bank.store import load_bank
    from bis.cli.graded import (
        check_threshold,
        cv_tailoring,
        flush_notes,
        grading_level,
        note_tailored,
        recent_items,
        record_graded,
        threshold_status,
    )
    from bis.errors import InputError, UsageError
    from bis.render.code import draw_hint, draw_judged, draw_problem, draw_solution, draw_starter
    from bis.selection import choose

    if lang.lower() not in ("python", "py", "python3"):
        raise UsageError(f"--lang {lang!r}: only Python solutions are judged so far")
    bank = load_bank()
    lvl = grading_level(level)
    if item_id:
        item = bank.get(item_id, "coding")
    else:
        tailoring = cv_tailoring()
        item = choose(
            bank.of_kind("coding"),
            kind="coding",
            level=lvl,
            recent=recent_items(),
            prefer_topics=(tailoring or {}).get("topics"),
        )
        if item is None:
            from bis.errors import NotFoundError

            raise NotFoundError("the bank has no coding problems")
        note_tailored(item, tailoring)

    if starter is not None:
        target = starter.expanduser()
        if target.exists():
            raise InputError(f"{target} already exists; choose another path")
        try:
            target.write_text(item["starter_code"], encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {target}: {exc.strerror}") from None
        finish({"item_id": item["id"], "starter": str(target)}, draw_starter)
        return
    if hint:
        finish(_next_hint(item), draw_hint)
        return
    if show_solution and solution is None:
        if not _attempted(item["id"]):
            raise UsageError(
                f"attempt {item['id']} first: the reference is shown after an attempt",
                hint=f"bis code {item['id']} --solution your_file.py",
            )
        finish({"item_id": item["id"], "reference_solution": item["reference_solution"]}, draw_solution)
        return

    from bis.textinput import read_piped, read_text, stdin_is_piped

    if solution is not None:
        source = read_text(solution, what="solution").text
    else:
        piped = read_piped(what="solution") if stdin_is_piped() else None
        if piped is None:
            finish({"item": item}, draw_problem)
            return
        source = piped.text
    flush_notes()
    from bis.judge.core import judge

    result = judge(item, source, level=lvl).to_dict()
    if result["score"] is None:
        from bis.errors import DataError

        raise DataError(f"the judge could not run {item['id']}: {result['summary']}")
    record_graded("coding", item["id"], item["title"], item["id"], result, source, lvl, None)
    data: dict[str, Any] = {"item_id": item["id"], "title": item["title"], "result": result}
    if show_solution:
        data["reference_solution"] = item["reference_solution"]
    if fail_under is not None:
        data["fail_under"] = threshold_status(float(result["score"]), fail_under)
    finish(data, draw_judged)
    check_threshold(float(result["score"]), fail_under)


def _next_hint(item: dict[str, Any]) -> dict[str, Any]:
    from bis.storage import HINTS

    shown: dict[str, int] = {}

    def advance(state: dict[str, Any]) -> dict[str, Any]:
        count = state.get(item["id"], 0)
        count = count if isinstance(count, int) else 0
        state[item["id"]] = min(count + 1, len(item["hints"]))
        shown["n"] = state[item["id"]]
        return state

    store().update(HINTS, advance)
    n = shown["n"]
    return {"item_id": item["id"], "hint_number": n, "hints_total": len(item["hints"]), "hint": item["hints"][n - 1]}


def register(app: typer.Typer) -> None:
    app.command("code")(code_command)
