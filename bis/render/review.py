"""Drawing for `bis rate`: what was reviewed, the score, findings grouped by rule, good / improve / biggest wins."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.style import escape

MARK = {"error": "[red]✗ error[/]", "warning": "[yellow]! warning[/]", "info": "[dim]· info[/]"}
SHOWN_PER_RULE = 6
RULES_SHOWN = 14


def _counts(counts: dict[str, int]) -> str:
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 and s != 'info' else ''}" for s in ("error", "warning", "info")]
    return ", ".join(parts)


def draw_review(data: dict[str, Any]) -> None:
    line(f"[bold]Reviewed[/] {escape(data['source'])} as [bold]{escape(data['kind_label'])}[/] [dim]({escape(data['reason'])})[/]")
    if data.get("bank_problem"):
        bp = data["bank_problem"]
        line(f"[bold]Bank problem[/] {escape(str(bp.get('id')))} [dim](implements {escape(str(bp.get('interface')))})[/]")
    if data.get("design_problem"):
        dp = data["design_problem"]
        line(f"[bold]Design problem[/] {escape(str(dp.get('id')))} [dim](closest match in the bank)[/]")
    colour = "green" if data["score"] >= 7 else "yellow" if data["score"] >= 5 else "red"
    line(f"[bold]Score[/] [{colour}]{data['score']:g}/10[/] {data['verdict']}   [dim]{_counts(data['counts'])}; "
         f"basis: {data['score_basis']}[/]")
    findings = data["findings"]
    if findings:
        line()
        line("[bold]Findings[/]")
        groups: dict[str, list[dict[str, Any]]] = {}
        for f in findings:
            groups.setdefault(f["rule"], []).append(f)
        for index, (rule, items) in enumerate(groups.items()):
            if index == RULES_SHOWN:
                line(f"  [dim]... and {len(groups) - RULES_SHOWN} more rule(s); --json lists every finding[/]")
                break
            worst = items[0]
            count = f" ×{len(items)}" if len(items) > 1 else ""
            line(f"  {MARK[worst['severity']]} [bold]{escape(worst['title'])}[/]{count} [dim]{rule}[/]")
            for f in items[:SHOWN_PER_RULE]:
                where = f"{escape(f['location'])}: " if f["location"] else ""
                line(f"      {where}{escape(f['message'])}")
            if len(items) > SHOWN_PER_RULE:
                line(f"      [dim]... {len(items) - SHOWN_PER_RULE} more[/]")
            line(f"      [dim]why:[/] {escape(worst['why'])}")
            line(f"      [dim]fix:[/] {escape(worst['fix'])}")
    if data.get("good"):
        line()
        line("[bold green]Good[/]")
        for g in data["good"]:
            line(f"  + {escape(g)}")
    if data.get("improve"):
        line()
        line("[bold yellow]Improve[/]")
        for i in data["improve"]:
            line(f"  - {escape(i)}")
    wins = data.get("biggest_wins") or []
    if wins:
        line()
        line("[bold]Biggest wins[/]")
        for n, w in enumerate(wins, 1):
            after = f" [dim](→ {w['score_after']:g}/10)[/]" if w.get("score_after") is not None else ""
            places = f" ({w['count']} places)" if w.get("count", 1) > 1 else ""
            line(f"  {n}. {escape(w['fix'])}{places}{after}")
    if data.get("notes"):
        line()
        for note in data["notes"]:
            line(f"[dim]note: {escape(note)}[/]")
