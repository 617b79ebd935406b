"""Drawing for `bis prep` and `bis company`: bullets only."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.style import escape


def _bullets(title: str, rows: list[str]) -> None:
    if not rows:
        return
    line(f"[bold]{title}[/]")
    for row in rows:
        line(f"  - {escape(row)}")


def draw_prep(data: dict[str, Any]) -> None:
    s = data["sections"]
    scope = f"{data['level']} level" + ("" if data["personalised"] else ", generic")
    line(f"[bold]Interview in {data['hours']:g} h[/] [dim]({scope})[/]")
    _bullets("60-second intro", s["intro"])
    design = s["design"]
    if design:
        line(f"[bold]Design outline: {escape(design['title'])}[/] [dim]({design['command']})[/]")
        for label in ("requirements", "components", "api", "scale"):
            for row in design[label]:
                line(f"  - [cyan]{label}[/]: {escape(row)}")
    if s["warmup"]:
        line(f"[bold]Coding warm-up[/]\n  - {escape(s['warmup']['title'])} [dim]({s['warmup']['command']})[/]")
    _bullets("STAR stories to have ready", s["star_prompts"])
    _bullets("Questions to ask them", s["questions_to_ask"])
    _bullets("Reminders", s["reminders"])
    for hint in data["profile_would_add"]:
        line(f"[dim]- {escape(hint)}[/]")
    line(f"[green]{escape(data['confidence'])}[/]")


def _themes(title: str, themes: list[dict[str, Any]]) -> None:
    if not themes:
        return
    line(f"[bold]{title}[/]")
    for theme in themes:
        why = f" [dim]— {escape(theme['why'])}[/]" if theme.get("why") else ""
        line(f"  - {escape(theme['theme'])}{why}")
        for item in theme["practice"]:
            command = f"  [cyan]{item['command']}[/]" if item.get("command") else ""
            line(f"      {item['id']}{command}")


def draw_company(data: dict[str, Any]) -> None:
    if data["known"]:
        line(f"[bold]{escape(data['company'])}[/]: backend interview prep")
    else:
        suggestion = f" Did you mean {data['closest_match']}?" if data.get("closest_match") else ""
        line(f"[yellow]No profile for {escape(data['asked_for'])!r}.{suggestion}[/] Here is the general backend loop.")
    _bullets("Loop shape", data["loop_shape"])
    _bullets("Values they publish", data["values"])
    _themes("Coding areas", data["coding_areas"])
    _themes("Design problems", data["design_themes"])
    _themes("Behavioural themes", data["behavioral_themes"])
    line(f"[dim]{escape(data['note'])}[/]")
    if not data["known"] and data.get("known_profiles"):
        line("[dim]Known profiles: " + ", ".join(data["known_profiles"]) + "[/]")
