"""Drawing for `bis cv`: the summary, the proposed profile changes, the playbook."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.style import escape

LABELS = {
    "name": "Name",
    "target_role": "Target role",
    "experience_years": "Experience (years)",
    "primary_languages": "Languages",
    "cv_skills": "CV skills",
    "cv_projects": "CV projects",
}


def _short(field: str, value: Any) -> str:
    if value in (None, "", []):
        return "not set"
    if field == "cv_projects" and isinstance(value, list):
        names = [str(p.get("name", "?")) for p in value if isinstance(p, dict)]
        more = f" (+{len(names) - 4})" if len(names) > 4 else ""
        return f"{len(value)} project(s): " + ", ".join(names[:4]) + more
    if isinstance(value, list):
        shown = ", ".join(str(v) for v in value[:8])
        return shown + (f" (+{len(value) - 8})" if len(value) > 8 else "")
    return str(value)


def draw_cv(data: dict[str, Any]) -> None:
    pages = f", {data['pages']} page(s)" if data.get("pages") else ""
    line(f"[bold]CV[/] [dim]({escape(str(data['source']))}: {data['format']}{pages})[/]")
    for bullet in data["summary"]:
        line(f"  - {escape(bullet)}")
    prompts = data["tailoring"]["behavioral_prompts"][:2]
    if prompts:
        line("[bold]Behavioural questions will ask about your own projects, e.g.[/]")
        for prompt in prompts:
            line(f"  - {escape(prompt['prompt'])}")
    changes = data["changes"]
    if not changes:
        line("[green]Your profile already matches this CV.[/]")
        return
    line("[bold]Proposed profile changes[/]")
    for change in changes:
        label = LABELS.get(change["field"], change["field"])
        line(f"  [cyan]{label}[/]: {escape(_short(change['field'], change['current']))} [dim]->[/] "
             f"{escape(_short(change['field'], change['proposed']))}  [dim]({escape(change['why'])})[/]")  # fmt: skip


def draw_outcome(data: dict[str, Any]) -> None:
    if not data["changes"]:
        return
    if data["applied"]:
        line("[green]Profile updated.[/] The CV's text was not stored; `bis profile` shows what was kept.")
    else:
        line("[yellow]Profile not changed.[/] Run again with --yes to apply these changes.")


def draw_report(data: dict[str, Any]) -> None:
    """The whole report when nothing is asked in between: summary, changes, outcome."""
    draw_cv(data)
    draw_outcome(data)


def draw_playbook(data: dict[str, Any]) -> None:
    if data.get("out"):
        line(f"Wrote a {data['minutes']}-minute interview playbook ({len(data['modules'])} modules, "
             f"{data['level']} level) to {escape(data['out'])}")  # fmt: skip
        return
    for row in data["markdown"].split("\n"):
        line(escape(row))
