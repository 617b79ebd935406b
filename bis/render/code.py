"""Drawing for `bis code`."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.questions import draw_coding_problem
from bis.render.style import escape

GROUP_LABELS = {"example": "visible examples", "edge": "edge cases", "generated": "generated cases"}


def draw_problem(data: dict[str, Any]) -> None:
    item = data["item"]
    draw_coding_problem(item)
    line(f"[dim]Start from `bis code {item['id']} --starter FILE`; submit with `bis code {item['id']} --solution FILE`.[/]")


def draw_starter(data: dict[str, Any]) -> None:
    line(f"Wrote the starter code to {data['starter']}. Submit with `bis code {data['item_id']} --solution {data['starter']}`.")


def draw_hint(data: dict[str, Any]) -> None:
    line(f"[bold]Hint {data['hint_number']}/{data['hints_total']}[/] {escape(data['hint'])}")


def draw_solution(data: dict[str, Any]) -> None:
    line(f"[bold]Reference solution for {data['item_id']}[/]")
    for text_line in data["reference_solution"].rstrip().splitlines():
        line(escape(text_line))


def _show_input(case_input: Any) -> str:
    """A class case as the calls it makes (LRUCache(2); put(1, 1); get(1)), else the arguments."""
    if isinstance(case_input, dict) and "ops" in case_input and "args" in case_input:
        calls = []
        for op, args in zip(case_input["ops"], case_input["args"], strict=False):
            calls.append(f"{op}({', '.join(repr(a) for a in args)})")
        return "; ".join(calls)
    if isinstance(case_input, dict) and "args" in case_input:
        return ", ".join(repr(a) for a in case_input["args"])
    return repr(case_input)


def draw_judged(data: dict[str, Any]) -> None:
    result = data["result"]
    colour = "green" if result["passed"] else "red"
    line(f"[bold]{escape(data['title'])}[/] [dim]({data['item_id']})[/]")
    line(f"[bold {colour}]{escape(result['summary'])}[/]")
    line(f"[bold]Score {result['score']}/10[/] · {escape(result['band'])}")
    for group, counts in result.get("counts", {}).items():
        label = GROUP_LABELS.get(group, group)
        line(f"  {label:<17} {counts['passed']}/{counts['total']} passed")
    failure = result.get("first_failure")
    if failure and failure.get("visible"):
        line(f"[bold]First failing visible case[/] ({escape(failure['category'])})")
        line(f"  {escape(failure['message'])}")
        if failure.get("input") is not None:
            line(f"  input:    {escape(_show_input(failure['input'])[:600])}")
        if "expected" in failure:
            line(f"  expected: {escape(str(failure['expected'])[:400])}")
            line(f"  got:      {escape(str(failure['got'])[:400])}")
    hidden = {k: v for k, v in (result.get("failed_categories") or {}).items() if not k.startswith("example")}
    if hidden:
        line("[bold]Failing hidden cases by category[/]")
        for category, count in hidden.items():
            line(f"  - {escape(category)}: {count}")
    error = result.get("error")
    if error and error.get("traceback"):
        line("[bold]Your traceback[/]")
        for text_line in str(error["traceback"]).rstrip().splitlines()[-12:]:
            line(f"  {escape(text_line)}")
    complexity = result.get("complexity")
    if complexity and complexity.get("verdict"):
        line(f"[bold]Complexity[/] {escape(str(complexity.get('summary') or complexity['verdict']))}")
    findings = result.get("review") or []
    if findings:
        line("[bold]Review[/]")
        for finding in findings[:6]:
            where = f"line {finding['line']}: " if finding.get("line") else ""
            line(f"  - {where}{escape(finding['message'])}")
    feedback = result.get("feedback") or {}
    for title, key, colour in (("Good", "good", "green"), ("Improve", "improve", "yellow"), ("Next", "next_steps", "")):
        rows = feedback.get(key) or []
        if rows:
            line(f"[bold]{title}[/]")
            for row in rows:
                line(f"  {f'[{colour}]-[/]' if colour else '-'} {escape(row)}")
    line(f"[dim]Sandbox: {escape(result.get('sandbox', {}).get('note', ''))}; {result.get('timings', {}).get('total', 0):.1f} s[/]")
    if data.get("reference_solution"):
        draw_solution({"item_id": data["item_id"], "reference_solution": data["reference_solution"]})
    elif result.get("verdict") != "judge_error":
        line(f"[dim]`bis code {data['item_id']} --show-solution` prints the reference.[/]")
