"""How a question is shown before it is answered (design, coding, behavioural, concept)."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.style import escape

STAGE_LABELS = {
    "requirements": "Requirements",
    "scale": "Scale",
    "components": "Components",
    "api": "API",
    "data_model": "Data model",
    "scaling": "Scaling",
    "tradeoffs": "Trade-offs",
    "failure_modes": "Failure modes",
    "security": "Security",
    "observability": "Observability",
}


def time_box_text(item: dict[str, Any]) -> str:
    box = item.get("time_box") or {}
    low, high = box.get("min_minutes"), box.get("max_minutes")
    return f"{low:g}–{high:g} min" if low and high else ""


def question_text(item: dict[str, Any]) -> str:
    """A plain-text header of the question (for the editor's comment lines)."""
    kind = item["kind"]
    if kind == "design":
        return f"{item['title']}\n{item['prompt']}"
    if kind == "coding":
        return f"{item['title']}\n{item['statement']}"
    return item.get("question") or item.get("title") or item["id"]


def draw_design_problem(item: dict[str, Any]) -> None:
    line(f"[bold]{escape(item['title'])}[/] [dim]({item['id']}, {time_box_text(item)})[/]")
    line(escape(item["prompt"]))
    line("[bold]Functional requirements[/]")
    for req in item["functional_requirements"]:
        line(f"  - {escape(req)}")
    line("[bold]Scale[/]")
    for row in item["scale"]:
        line(f"  - {escape(row)}")
    line("[bold]Work through[/]")
    for step in item["guided_steps"]:
        line(f"  {STAGE_LABELS.get(step['stage'], step['stage']):<14} {escape(step['prompt'])}")


def draw_coding_problem(item: dict[str, Any]) -> None:
    line(f"[bold]{escape(item['title'])}[/] [dim]({item['id']}, {item['difficulty']}, {time_box_text(item)})[/]")
    for text_line in item["statement"].rstrip().splitlines():
        line(escape(text_line))
    line("[bold]Constraints[/]")
    for row in item["constraints"]:
        line(f"  - {escape(row)}")
    line("[bold]Examples[/]")
    for example in item["examples"]:
        line(f"  input:  {escape(example['input'])}")
        line(f"  output: {escape(example['output'])}")
        if example.get("explanation"):
            line(f"  [dim]{escape(example['explanation'])}[/]")
    interface = item["interface"]
    methods = f" with {', '.join(interface['methods'])}" if interface.get("methods") else ""
    line(f"[bold]Interface[/] {interface['style']} {interface['name']}{methods}")


def draw_behavioral_question(item: dict[str, Any]) -> None:
    line(f"[bold]{escape(item['question'])}[/] [dim]({item['id']}, {time_box_text(item)} spoken)[/]")
    line("[dim]Answer in STAR form: Situation, Task, Action (what you did), Result (with a number).[/]")


def draw_question(item: dict[str, Any]) -> None:
    {"design": draw_design_problem, "coding": draw_coding_problem, "behavioral": draw_behavioral_question}[
        item["kind"]
    ](item)
