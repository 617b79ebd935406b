"""What every graded command shares: the level to grade at, recording, thresholds."""

from __future__ import annotations

import time
from typing import Any

from bis.cli.common import is_interactive, store

pending_notes: list[str] = []


def flush_notes() -> None:
    from bis.render import notice

    while pending_notes:
        notice(pending_notes.pop(0))


def grading_level(explicit: str | None) -> str:
    from bis import profile as profile_mod
    from bis.errors import UsageError

    pending_notes.clear()
    if explicit:
        if explicit not in profile_mod.LEVELS:
            raise UsageError(f"--level {explicit!r}: choose one of {', '.join(profile_mod.LEVELS)}")
        return explicit
    current = store().profile()
    if profile_mod.missing_fields(current, ("target_role", "experience_years")):
        if is_interactive():
            from bis.cli.common import ensure_profile

            return profile_mod.level_of(ensure_profile(("target_role", "experience_years")))
        # Said once the answer is known to be usable, so an input error stays one line.
        pending_notes.append(
            "no profile yet: grading at mid level (use --level, or `bis profile set --role ... --years ...`)"
        )
        return "mid"
    return profile_mod.level_of(current)


def recent_items() -> list[str]:
    from bis.selection import recently_practised
    from bis.storage import HISTORY

    return recently_practised(store().read_if_present(HISTORY))


def cv_tailoring() -> dict[str, Any] | None:
    """The profile's CV tailoring (topics, design focus, project prompts), if a CV was read."""
    from bis.tailoring import for_profile

    return for_profile(store().profile())


def behavioral_rounds_so_far() -> int:
    from bis.storage import HISTORY

    count = 0
    for session in store().read_if_present(HISTORY):
        rounds = session.get("rounds") if isinstance(session, dict) else None
        for rnd in rounds if isinstance(rounds, list) else []:
            if isinstance(rnd, dict) and rnd.get("kind") == "behavioral":
                count += 1
    return count


def note_tailored(item: dict[str, Any], tailoring: dict[str, Any] | None) -> None:
    """Say why a self-chosen item was chosen when the CV's stack decided it."""
    from bis.render import notice

    stack = [t for t in (tailoring or {}).get("topics") or []]
    matched = [t for t in stack if t in {x.lower() for x in item.get("topics", [])}]
    if matched:
        notice(f"chosen for the stack on your CV ({', '.join(matched[:3])})")


def take_answer(answer: str | None, header: str) -> tuple[str | None, float | None]:
    """(answer text or None when only the question was wanted, seconds taken in a terminal)."""
    from bis.cli.answering import expand_once, obtain_answer
    from bis.textinput import stdin_is_piped

    interactive = is_interactive() and answer is None and not stdin_is_piped()
    started = time.monotonic()
    text = obtain_answer(answer, header, interactive=interactive)
    if text is None:
        return None, None
    text = expand_once(text, interactive=interactive)
    flush_notes()
    return text, (time.monotonic() - started if interactive else None)


def record_graded(kind: str, item_id: str, question: str, topic: str, result: dict[str, Any] | None,
            text: str, level: str, seconds: float | None) -> None:
    from bis.progress import GradedRound, record_session

    rnd = GradedRound(
        kind=kind,
        item_id=item_id,
        question=question,
        topic=topic,
        score=None if result is None else float(result["score"]),
        answer=text,
        skipped=result is None,
        level=level,
        duration_seconds=seconds,
    )
    record_session(store(), [rnd], mode=kind)


def threshold_status(score: float | None, fail_under: float | None) -> dict[str, Any] | None:
    """What `--fail-under` decided, for the JSON envelope's data (None without the option)."""
    if fail_under is None:
        return None
    return {"threshold": fail_under, "passed": score is None or score >= fail_under}


def check_threshold(score: float | None, fail_under: float | None) -> None:
    """Exit 1 below `--fail-under`. Called after the result was printed; with --json
    the envelope already carries `fail_under.passed`, so no second document is printed."""
    import typer

    from bis import render
    from bis.errors import BelowThreshold

    if fail_under is not None and score is not None and score < fail_under:
        message = f"score {score:g} is below --fail-under {fail_under:g}"
        if render.output.json:
            render.notice(message)
            raise typer.Exit(BelowThreshold.exit_code)
        raise BelowThreshold(message)
