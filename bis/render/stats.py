"""Drawing for `bis stats` and `bis weak`."""

from __future__ import annotations

from typing import Any

from bis.render import line

BARS = "▁▂▃▄▅▆▇█"
CATEGORY_LABELS = {
    "system_design": "System design",
    "backend_coding": "Backend coding",
    "behavioral": "Behavioural",
}


def sparkline(series: list[float]) -> str:
    """Scores 0-10 as one bar each, on a fixed scale so charts compare across runs."""
    return "".join(BARS[min(len(BARS) - 1, int(score / 10 * (len(BARS) - 1) + 0.5))] for score in series)


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def draw_stats(data: dict[str, Any]) -> None:
    if not data["sessions"]:
        scope = " since " + data["since"][:10] if data["since"] else ""
        line(f"No practice sessions{scope} yet. Start with `bis concept caching` or `bis design`.")
        return
    line(
        f"[bold]Sessions[/] {data['sessions']}   [bold]Questions answered[/] {data['questions_answered']}"
        f"   [bold]Skipped[/] {data['skipped']}   [bold]Average[/] {_fmt(data['average_score'])}/10"
    )
    trend = data["trend"]
    arrow = {"up": "[green]↑ improving[/]", "down": "[red]↓ slipping[/]", "flat": "→ steady"}.get(
        trend["direction"], "[dim]not enough sessions for a trend[/]"
    )
    detail = ""
    if trend["delta"] is not None:
        detail = f" (last {_fmt(trend['recent'])} vs before {_fmt(trend['previous'])}, {trend['delta']:+.1f})"
    line(f"[bold]Trend[/] {arrow}{detail}")
    if data["series"]:
        line(f"[bold]Scores[/] {sparkline(data['series'])}  [dim](last {len(data['series'])}, 0-10)[/]")
    if data["weekly"]:
        line("[bold]By week[/]")
        for week in data["weekly"]:
            bar = "█" * round((week["average"] or 0) * 2)
            line(f"  {week['week']}  {bar:<20} {_fmt(week['average'])}  [dim]{week['sessions']} session(s)[/]")
    if data["per_category"]:
        line("[bold]By category[/]")
        for cat, row in data["per_category"].items():
            line(f"  {CATEGORY_LABELS.get(cat, cat):<16} {_fmt(row['average'])}  [dim]({row['count']})[/]")
    if data["strengths"]:
        line("[bold]Strengths[/] " + ", ".join(f"{s['topic']} ({s['average']:.1f})" for s in data["strengths"]))
    if data["weak_areas"]:
        line("[bold]Weak areas[/] " + ", ".join(f"{w['topic']} (×{w['count']})" for w in data["weak_areas"]))
        line("[dim]`bis weak` gives one practice for each.[/]")


def draw_weak(data: dict[str, Any]) -> None:
    rows = data["weak_areas"]
    if not rows:
        line("No weak areas recorded. They appear when an answer scores below 6.")
        return
    for row in rows:
        label = CATEGORY_LABELS.get(row["category"], row["category"] or "general")
        line(f"[bold]{row['topic']}[/] [dim]({label}, ×{row['count']})[/]")
        practice = row.get("practice")
        if practice:
            line(f"  practise: [cyan]{practice['command']}[/]")
        else:
            line("  practise: [dim]no bank item matches this topic; try `bis bank list --topic` [/]")
