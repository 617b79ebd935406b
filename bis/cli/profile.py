"""`bis profile` and `bis profile set`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bis.cli.common import JsonOption, begin, finish, store

profile_app = typer.Typer(
    help="Show or set your profile (target role, company, years, languages).",
    no_args_is_help=False,
    invoke_without_command=True,
    rich_markup_mode=None,
)


def _show(json: bool) -> None:
    from bis import profile as profile_mod
    from bis.render.basic import draw_profile

    current = store().profile()
    missing = profile_mod.missing_fields(current)
    data: dict[str, Any] = {
        "profile": current,
        "level": profile_mod.level_of(current),
        "missing": missing,
        "missing_hint": profile_mod.missing_message(missing) if missing else None,
    }
    finish(data, draw_profile)


@profile_app.callback()
def profile_show(ctx: typer.Context, json: JsonOption = False) -> None:
    """Show your profile.

    Example: bis profile
    """
    if ctx.invoked_subcommand is None:
        begin("profile", json)
        _show(json)


@profile_app.command("set")
def profile_set(
    name: Annotated[str | None, typer.Option("--name", help="Your name.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="Target role, e.g. 'Senior Backend Engineer'.")] = None,
    company: Annotated[
        str | None, typer.Option("--company", help="Target company or type, e.g. Stripe or 'startup'.")
    ] = None,
    years: Annotated[str | None, typer.Option("--years", help="Years of experience.")] = None,
    languages: Annotated[
        str | None, typer.Option("--languages", help="Primary languages, comma-separated.")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Set profile fields; fields you don't name are left as they are.

    Example: bis profile set --role "Senior Backend Engineer" --years 6 --languages "Go, Python"
    """
    begin("profile set", json)
    from bis import profile as profile_mod
    from bis.errors import UsageError
    from bis.storage import PROFILE, with_profile_defaults

    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = name.strip()
    if role is not None:
        changes["target_role"] = role.strip()
    if company is not None:
        changes["target_company"] = company.strip()
    if years is not None:
        changes["experience_years"] = profile_mod.parse_years(years)
    if languages is not None:
        changes["primary_languages"] = profile_mod.parse_languages(languages)
    if not changes:
        raise UsageError("nothing to set; give one of --name --role --company --years --languages")

    def apply(current: dict[str, Any]) -> dict[str, Any]:
        # Keep every field already there, including ones bis does not know.
        merged = with_profile_defaults(current)
        current.update({k: v for k, v in merged.items() if k not in current})
        current.update(changes)
        return current

    st = store()
    st.update(PROFILE, apply)
    _show(json)


def register(app: typer.Typer) -> None:
    app.add_typer(profile_app, name="profile")
