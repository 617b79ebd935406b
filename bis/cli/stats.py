"""`bis stats` and `bis weak`."""

from __future__ import annotations

from typing import Annotated

import typer

from bis.cli.common import JsonOption, begin, finish, store


def stats_command(
    since: Annotated[
        str | None, typer.Option("--since", help="Only sessions since a date (2026-01-31) or span (30d, 4w).")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Sessions, questions answered, average score and its trend, strengths and weak areas.

    Example: bis stats --since 30d
    """
    begin("stats", json)
    from bis.stats import compute_stats, parse_since
    from bis.storage import HISTORY, WEAK_AREAS

    cutoff = parse_since(since) if since else None
    st = store()
    history = st.read(HISTORY)
    data = compute_stats(history, st.profile(), st.read(WEAK_AREAS), cutoff)
    from bis.render.stats import draw_stats

    finish(data, draw_stats)


def weak_command(json: JsonOption = False) -> None:
    """Your weak areas, most frequent first, each with one concrete practice.

    Example: bis weak
    """
    begin("weak", json)
    from bis.bank.store import load_bank
    from bis.practice import practice_for
    from bis.stats import weak_list
    from bis.storage import WEAK_AREAS

    rows = weak_list(store().read(WEAK_AREAS))
    if rows:
        items = load_bank().items
        for row in rows:
            row["practice"] = practice_for(row["topic"], row["category"], items)
    from bis.render.stats import draw_weak

    finish({"weak_areas": rows}, draw_weak)


def register(app: typer.Typer) -> None:
    app.command("stats")(stats_command)
    app.command("weak")(weak_command)
