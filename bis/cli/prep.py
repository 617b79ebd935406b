"""`bis prep` and `bis company`."""

from __future__ import annotations

from typing import Annotated

import typer

from bis.cli.common import JsonOption, begin, finish, store


def prep_command(
    hours: Annotated[
        float, typer.Option("--hours", min=0.25, max=72, help="Hours until the interview; fewer means a shorter list.")
    ] = 2.0,
    json: JsonOption = False,
) -> None:
    """Last-minute checklist: intro, one design outline, a warm-up, STAR prompts, questions to ask.

    Example: bis prep --hours 2
    """
    begin("prep", json)
    from bis.bank.store import load_bank
    from bis.prep import build_checklist
    from bis.selection import recently_practised
    from bis.storage import HISTORY

    st = store()
    recent = recently_practised(st.read_if_present(HISTORY))
    from bis.tailoring import for_profile

    profile = st.profile()
    data = build_checklist(profile, load_bank().items, hours, recent, tailoring=for_profile(profile))
    from bis.render.prep import draw_prep

    finish(data, draw_prep)


def company_command(
    name: Annotated[str, typer.Argument(help="Company name, e.g. Stripe, Amazon, ByteDance.")],
    json: JsonOption = False,
) -> None:
    """Company-style prep: coding areas, design problems and behavioural themes to stress.

    General, publicly known patterns only, each mapped to a bank item and the command
    that practises it. Example: bis company stripe
    """
    begin("company", json)
    from bis.bank.store import load_bank
    from bis.company import company_plan, find_company, general_plan

    if not name.strip():
        from bis.errors import UsageError

        raise UsageError("give a company name, e.g. `bis company stripe`")
    items = load_bank().items
    profile, closest = find_company(name, items)
    if profile is not None:
        data = company_plan(profile, items)
    else:
        data = general_plan(items)
        data["asked_for"] = name
        data["closest_match"] = closest
        data["known_profiles"] = sorted(i["name"] for i in items if i["kind"] == "company")
    from bis.render.prep import draw_company

    finish(data, draw_company)


def register(app: typer.Typer) -> None:
    app.command("prep")(prep_command)
    app.command("company")(company_command)
