"""`bis mock`: a full mock interview, interactive or step by step from scripts."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bis.cli.common import JsonOption, begin, finish, is_interactive, store

mock_app = typer.Typer(
    help="A full mock interview: 1 design, 2 coding, 2 behavioural questions.",
    invoke_without_command=True,
    rich_markup_mode=None,
)

FocusOption = Annotated[
    str | None, typer.Option("--focus", help="apis | databases | distributed-systems | infra")
]
CompanyOption = Annotated[str | None, typer.Option("--company", help="Company style, e.g. stripe.")]
LevelOption = Annotated[str | None, typer.Option("--level", help="junior | mid | senior | staff [default: from profile]")]
FOCI = ("apis", "databases", "distributed-systems", "infra")


def _context() -> tuple[Any, Any]:
    from bis.bank.store import load_bank

    return store(), load_bank()


def _weak_practice(st: Any, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from bis.practice import practice_for
    from bis.stats import weak_list
    from bis.storage import WEAK_AREAS

    rows = []
    for row in weak_list(st.read_if_present(WEAK_AREAS))[:3]:
        practice = practice_for(row["topic"], row["category"], items)
        if practice:
            rows.append({"topic": row["topic"], **practice})
    return rows


def _start(level: str | None, focus: str | None, company: str | None, interactive: bool) -> dict[str, Any]:
    from bis import profile as profile_mod
    from bis.cli.common import ensure_profile
    from bis.errors import UsageError
    from bis.selection import recently_practised
    from bis.session import mock
    from bis.session.plan import plan_mock
    from bis.storage import HISTORY
    from bis.tailoring import for_profile

    if focus and focus not in FOCI:
        raise UsageError(f"--focus {focus!r}: choose one of {', '.join(FOCI)}")
    if level and level not in profile_mod.LEVELS:
        raise UsageError(f"--level {level!r}: choose one of {', '.join(profile_mod.LEVELS)}")
    st, bank = _context()
    mock.ensure_none_running(st)
    if level is None:
        prof = ensure_profile(("target_role", "experience_years")) if interactive else st.profile()
        level = profile_mod.level_of(prof)
        company = company or (prof.get("target_company") or None)
    tailoring = for_profile(st.profile())
    recent = recently_practised(st.read_if_present(HISTORY))
    chosen = plan_mock(
        bank.items,
        level=level,
        focus=focus,
        company=company,
        recent=recent,
        stack_topics=(tailoring or {}).get("topics"),
    )
    _ask_about_own_project(chosen, bank, tailoring, level, recent)
    return mock.start(st, chosen, level=level, focus=focus, company=company)


def _ask_about_own_project(
    chosen: list[dict[str, Any]], bank: Any, tailoring: dict[str, Any] | None, level: str, recent: list[str]
) -> None:
    """With a CV read, the first behavioural question asks about one of the candidate's projects."""
    from bis.tailoring import personal_behavioral

    slots = [n for n, item in enumerate(chosen) if item["kind"] == "behavioral"]
    if not slots:
        return
    taken = {item["id"] for item in chosen}
    pool = [i for i in bank.of_kind("behavioral") if i["id"] not in taken]
    personal = personal_behavioral(tailoring, pool, level=level, recent=recent, asked_before=0)
    if personal is not None:
        chosen[slots[0]] = personal


def _current_payload(st: Any, bank: Any, state: dict[str, Any]) -> dict[str, Any]:
    from bis.session import mock

    info = mock.status(state)
    if info["current"]:
        current = next(q for q in state["questions"] if q["index"] == info["current"]["index"])
        info["current"]["item"] = mock.item_for(bank, current)
    return info


@mock_app.callback()
def mock_interactive(
    ctx: typer.Context,
    focus: FocusOption = None,
    company: CompanyOption = None,
    level: LevelOption = None,
) -> None:
    """Run (or resume) a mock interview in this terminal.

    Answers go through $EDITOR or are typed until Ctrl-D; 'skip' skips, 'quit' pauses.
    From scripts use the step commands. Example: bis mock --focus databases
    """
    if ctx.invoked_subcommand is not None:
        return
    begin("mock")
    from bis.cli.answering import expand_once, interactive_answer, is_skip
    from bis.errors import UsageError
    from bis.grade_dispatch import grade_for_mock
    from bis.render import line
    from bis.render.mock import draw_feedback, draw_question_header, draw_summary
    from bis.render.questions import draw_question, question_text
    from bis.session import mock

    if not is_interactive():
        raise UsageError(
            "`bis mock` on its own needs a terminal",
            hint="from scripts: bis mock start, bis mock answer FILE, bis mock skip, bis mock status, bis mock end",
        )
    st, bank = _context()
    state = mock.load(st)
    if state is None:
        state = _start(level, focus, company, interactive=True)
    else:
        line("[yellow]Resuming your unfinished mock interview.[/]")
    while (question := mock.current(state)) is not None:
        item = mock.item_for(bank, question)
        draw_question_header(question, len(state["questions"]))
        draw_question(item)
        if item["kind"] == "coding":
            line("[dim]Give a path to your solution file, or write it in the editor.[/]")
        text = interactive_answer(question_text(item))
        if text.strip().lower() == "quit":
            line("Paused. `bis mock` resumes where you left off.")
            return
        if item["kind"] == "coding" and text.strip() and "\n" not in text.strip():
            from pathlib import Path

            candidate = Path(text.strip()).expanduser()
            if candidate.is_file():
                from bis.textinput import read_text

                text = read_text(candidate).text
        if not text.strip() or is_skip(text):
            mock.skip(st, state)
            line("[dim]Skipped.[/]")
            continue
        text = expand_once(text, interactive=True)
        done = mock.answer(st, state, item, text, grade_for_mock)
        draw_feedback(done)
    draw_summary(mock.finish(st, state, _weak_practice(st, bank.items)))


@mock_app.command("start")
def mock_start(
    focus: FocusOption = None,
    company: CompanyOption = None,
    level: LevelOption = None,
    json: JsonOption = False,
) -> None:
    """Start a mock interview step by step; prints the first question.

    Example: bis mock start --focus apis --company stripe
    """
    begin("mock start", json)
    from bis.render.mock import draw_current

    state = _start(level, focus, company, interactive=False)
    st, bank = _context()
    finish(_current_payload(st, bank, state), draw_current)


def _require_state() -> tuple[Any, Any, dict[str, Any]]:
    from bis.errors import UsageError
    from bis.session import mock

    st, bank = _context()
    state = mock.load(st)
    if state is None:
        raise UsageError("no mock interview is running", hint="start one with `bis mock start`")
    return st, bank, state


@mock_app.command("answer")
def mock_answer(
    source: Annotated[str, typer.Argument(metavar="[FILE|-]", help="Your answer (code for coding questions).")] = "-",
    json: JsonOption = False,
) -> None:
    """Answer the current question from a file or stdin; prints feedback and the next question.

    Example: bis mock answer design.md
    """
    begin("mock answer", json)
    from bis.grade_dispatch import grade_for_mock
    from bis.render.mock import draw_answered
    from bis.session import mock
    from bis.textinput import read_text

    st, bank, state = _require_state()
    question = mock.current(state)
    if question is None:
        from bis.errors import UsageError

        raise UsageError("every question is answered", hint="`bis mock end` shows the summary")
    text = read_text(source).text
    done = mock.answer(st, state, mock.item_for(bank, question), text, grade_for_mock)
    finish({"answered": done, "next": _current_payload(st, bank, state)}, draw_answered)


@mock_app.command("skip")
def mock_skip(json: JsonOption = False) -> None:
    """Skip the current question (recorded as skipped).

    Example: bis mock skip
    """
    begin("mock skip", json)
    from bis.render.mock import draw_answered
    from bis.session import mock

    st, bank, state = _require_state()
    done = mock.skip(st, state)
    finish({"answered": done, "next": _current_payload(st, bank, state)}, draw_answered)


@mock_app.command("status")
def mock_status(json: JsonOption = False) -> None:
    """Where you are: answered questions, the current one and its elapsed time.

    Example: bis mock status --json
    """
    begin("mock status", json)
    from bis.render.mock import draw_current

    st, bank, state = _require_state()
    finish(_current_payload(st, bank, state), draw_current)


@mock_app.command("end")
def mock_end(
    abandon: Annotated[bool, typer.Option("--abandon", help="Discard it without saving to history.")] = False,
    json: JsonOption = False,
) -> None:
    """Finish: unanswered questions count as skipped; prints the summary and saves it to history.

    Example: bis mock end
    """
    begin("mock end", json)
    from bis.render.mock import draw_summary
    from bis.session import mock

    st, bank, state = _require_state()
    if abandon:
        st.update(mock.STATE, lambda _old: {})
        from bis.render.mock import draw_abandoned

        finish({"abandoned": True}, draw_abandoned)
        return
    while mock.current(state) is not None:
        mock.skip(st, state)
    finish(mock.finish(st, state, _weak_practice(st, bank.items)), draw_summary)


def register(app: typer.Typer) -> None:
    app.add_typer(mock_app, name="mock")
