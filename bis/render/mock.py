"""Drawing for `bis mock`."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.questions import draw_question
from bis.render.style import escape


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f} min"


def draw_question_header(question: dict[str, Any], total: int) -> None:
    box = question["time_box"]
    line(f"\n[bold cyan]Question {question['index'] + 1}/{total} · {question['round']}[/] [dim](time box {box[0]:g}–{box[1]:g} min)[/]")


def draw_current(data: dict[str, Any]) -> None:
    line(f"Mock interview ({data['level']} level): {data['answered']}/{data['total']} done")
    for q in data["questions"]:
        mark = f"{q['score']:g}/10" if q["status"] == "answered" else {"skipped": "skipped"}.get(q["status"], "…")
        over = f" [yellow]({q['over_time']})[/]" if q.get("over_time") else ""
        line(f"  {q['index'] + 1}. {q['round']:<15} {escape(q['title'][:60]):<62} {mark}{over}")
    current = data["current"]
    if current is None:
        line("All questions done: `bis mock end` for the summary.")
        return
    line(f"[dim]Elapsed on the current question: {_minutes(current['elapsed_seconds'])}[/]")
    if "item" in current:
        draw_question_header(current, data["total"])
        draw_question(current["item"])
        line("[dim]Answer with `bis mock answer FILE` (or pipe it), or `bis mock skip`.[/]")


def draw_feedback(question: dict[str, Any]) -> None:
    line(f"[bold]Score {question['score']:g}/10[/] [dim](took {_minutes(question.get('elapsed_seconds'))})[/]")
    if question.get("over_time"):
        line(f"[yellow]Over the time box: {question['over_time']}[/]")
    for good in question.get("good", []):
        line(f"  [green]+[/] {escape(good)}")
    for improve in question.get("improve", []):
        line(f"  [yellow]-[/] {escape(improve)}")


def draw_answered(data: dict[str, Any]) -> None:
    answered = data["answered"]
    if answered["status"] == "skipped":
        line(f"Skipped: {escape(answered['title'])}")
    else:
        draw_feedback(answered)
    draw_current(data["next"])


def draw_summary(data: dict[str, Any]) -> None:
    line(f"\n[bold]Mock interview: {data['overall_score']:g}/10 overall[/] [dim]({data['level']} level)[/]")
    for rnd in data["rounds"]:
        line(f"  [bold]{rnd['round']:<15}[/] {rnd['score']:g}/10")
        for q in rnd["questions"]:
            score = "skipped" if q["status"] != "answered" else f"{q['score']:g}"
            over = f" [yellow]({q['over_time']})[/]" if q.get("over_time") else ""
            line(f"      {escape(q['title'][:60])}: {score}{over}")
    if data["next_steps"]:
        line("[bold]Next steps[/]")
        for step in data["next_steps"]:
            line(f"  - {escape(step)}")
    if data.get("session_id"):
        line(f"[dim]Saved to history as {data['session_id']}.[/]")


def draw_abandoned(_data: dict[str, Any]) -> None:
    line("Mock interview discarded; nothing was saved to history.")
