"""Drawing graded answers: score and band, why, good / improve / add next time."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.questions import STAGE_LABELS, draw_behavioral_question, draw_design_problem
from bis.render.style import escape

STATUS_MARK = {"strong": "[green]✓[/]", "partial": "[yellow]~[/]", "missing": "[red]✗[/]"}


def _list(title: str, rows: list[str], colour: str = "") -> None:
    if not rows:
        return
    line(f"[bold]{title}[/]")
    for row in rows:
        line(f"  {f'[{colour}]-[/]' if colour else '-'} {escape(row)}")


def _score_line(result: dict[str, Any]) -> None:
    line(f"[bold]Score {result['score']:g}/10[/] · {escape(result['band_label'])} [dim]({result['level']} level)[/]")


def _criteria(result: dict[str, Any]) -> None:
    criteria = result.get("criteria") or []
    if not criteria:
        return
    line("[bold]Why this band[/]")
    for c in criteria:
        mark = "[green]✓[/]" if c["met"] else "[red]✗[/]"
        detail = f" [dim]— {escape(c['detail'])}[/]" if c.get("detail") else ""
        line(f"  {mark} {escape(c['name'])} [dim]({c['band']})[/]{detail}")


def _misconceptions(result: dict[str, Any]) -> None:
    for hit in result.get("misconceptions") or []:
        line(f"[red]Correction[/]: {escape(hit['claim'])} → {escape(hit['correction'])}")


def _time(data: dict[str, Any]) -> None:
    seconds = data.get("seconds")
    box = data.get("time_box")
    if seconds is None or not box:
        return
    minutes = seconds / 60
    over = minutes > box["max_minutes"]
    note = f" [yellow](over the {box['max_minutes']:g}-minute box)[/]" if over else ""
    line(f"[dim]Time: {minutes:.1f} min[/]{note}")


def draw_problem_only(data: dict[str, Any]) -> None:
    item = data["item"]
    draw_design_problem(item)
    if data.get("show_model"):
        _draw_model(item["model_outline"], item["model_answer"])
    else:
        line(f"[dim]Answer with `bis design {item['id']} --answer FILE` (or pipe it in).[/]")


def _draw_model(outline: list[dict[str, Any]], answer: str) -> None:
    line("[bold]Model outline[/]")
    for section in outline:
        line(f"  [cyan]{STAGE_LABELS.get(section['stage'], section['stage'])}[/]")
        for point in section["points"]:
            line(f"    - {escape(point)}")
    line("[bold]Model answer[/]")
    for paragraph in answer.strip().split("\n"):
        line(f"  {escape(paragraph)}")


def draw_design_result(data: dict[str, Any]) -> None:
    result = data["result"]
    line(f"[bold]{escape(result['question'])}[/] [dim]({data['item_id']})[/]")
    _score_line(result)
    _time(data)
    stages = result.get("stages") or []
    if stages:
        line("[bold]Stages[/]")
        for stage in stages:
            if stage["status"] in ("not_expected", "not_in_rubric"):
                continue
            mark = STATUS_MARK.get(stage["status"], "")
            line(f"  {mark} {stage['label']:<16} {stage['coverage'] * 100:.0f}%")
    _criteria(result)
    _misconceptions(result)
    _list("Good", result.get("good") or [], "green")
    _list("Improve", result.get("improve") or [], "yellow")
    _list("What to add next time", result.get("add_next_time") or [])
    _list("The interviewer would ask next", (result.get("probes") or [])[:3])
    if data.get("model_outline"):
        _draw_model(data["model_outline"], data["model_answer"])
    else:
        line(f"[dim]`bis design {data['item_id']} --show-model` shows the model outline.[/]")


def draw_concept_questions(data: dict[str, Any]) -> None:
    for q in data["questions"]:
        line(f"[bold]{escape(q['question'])}[/] [dim]({data['topic']}/{q['id']}, {q['level']})[/]")
    if len(data["questions"]) > 1 or not data.get("interactive"):
        line(f"[dim]Answer one with `bis concept {data['topic']} --question ID --answer FILE`.[/]")


def draw_concept_result(entry: dict[str, Any]) -> None:
    result = entry["result"]
    line(f"[bold]{escape(result['question'])}[/] [dim]({entry['question_id']})[/]")
    _score_line(result)
    _misconceptions(result)
    _list("Good", result.get("good") or [], "green")
    _list("Gaps, corrected", result.get("gaps") or result.get("improve") or [], "yellow")
    if result.get("model_summary"):
        line("[bold]Model summary[/]")
        line(f"  {escape(result['model_summary'])}")


def draw_question_only(data: dict[str, Any]) -> None:
    draw_behavioral_question(data["item"])
    if data["item"].get("cv_project"):
        # The personal question is asked again until it is answered; an ID would ask the bank's.
        line("[dim]Answer with `bis behavioral --answer FILE` (or pipe it in).[/]")
    else:
        line(f"[dim]Answer with `bis behavioral {data['item']['id']} --answer FILE` (or pipe it in).[/]")


def draw_behavioral_result(data: dict[str, Any]) -> None:
    result = data["result"]
    line(f"[bold]{escape(result['question'])}[/] [dim]({data['item_id']})[/]")
    _score_line(result)
    line("[bold]STAR[/]")
    for part in result.get("star") or []:
        mark = STATUS_MARK.get({"present": "strong", "thin": "partial"}.get(part["status"], part["status"]), "")
        found = f" [dim]“{escape(part['sentence'][:110])}”[/]" if part.get("sentence") else ""
        line(f"  {mark} {part['part']:<9} {part['status']}{found}")
    metrics = result.get("metrics") or []
    line(f"[bold]Metrics[/] {', '.join(escape(m) for m in metrics) if metrics else '[yellow]none: add a number to the result[/]'}")
    context = result.get("backend_context") or []
    line(f"[bold]Backend context[/] {', '.join(escape(c) for c in context) if context else '[yellow]none found[/]'}")
    ownership = result.get("ownership")
    if ownership:
        line(f"[bold]Ownership[/] “I” ×{ownership['i_count']}, “we” ×{ownership['we_count']}: {escape(ownership['verdict'])}")
    length = result.get("length")
    if length:
        line(
            f"[bold]Length[/] {length['words']} words ≈ {length['minutes_low']:.1f}–{length['minutes_high']:.1f} min spoken "
            f"({escape(length['target'])}): {length['verdict']}"
        )
    _list("Good", result.get("good") or [], "green")
    _list("Improve", result.get("improve") or [], "yellow")
    _list("What to add next time", result.get("add_next_time") or [])
