"""Drawing for `bis bank`."""

from __future__ import annotations

from typing import Any

from bis.render import line
from bis.render.style import escape, table

KIND_ORDER = ("design", "concept", "behavioral", "coding", "company", "prep")


def draw_validated(data: dict[str, Any]) -> None:
    line(f"[green]ok[/]: {data['items']} items in {data['files']} files are valid")


def draw_list(data: dict[str, Any]) -> None:
    counts = data["counts"]
    parts = [f"{counts['by_kind'].get(k, 0)} {k}" for k in KIND_ORDER]
    line("Bank: " + ", ".join(parts) + f" ({counts['concept_questions']} concept questions)")
    items = data["items"]
    if not items:
        line("[yellow]No item matches those filters.[/]")
        return
    rows = []
    for row in items:
        extra = f" ({row['questions']} q)" if "questions" in row else ""
        extra += f" ({row['difficulty']})" if "difficulty" in row else ""
        title = row["title"] if len(row["title"]) <= 60 else row["title"][:57] + "..."
        rows.append([row["id"], row["kind"], ",".join(row["levels"]), escape(title) + extra])
    for text in table(rows, headers=["id", "kind", "levels", "title"]):
        line(text)
    _draw_topic_counts(counts.get("by_topic", {}), {row["kind"] for row in items})
    line(f"[dim]{len(items)} item(s). `bis bank show ID` shows one in full.[/]")


def _draw_topic_counts(by_topic: dict[str, int], kinds: set[str]) -> None:
    """One line per listed kind: how many items carry each topic, most first."""
    per_kind: dict[str, list[tuple[str, int]]] = {}
    for key, count in by_topic.items():
        kind, _, topic = key.partition(":")
        if kind in kinds:
            per_kind.setdefault(kind, []).append((topic, count))
    if not per_kind:
        return
    line("[bold]Topics[/]")
    for kind in KIND_ORDER:
        if kind in per_kind:
            ranked = sorted(per_kind[kind], key=lambda pair: (-pair[1], pair[0]))
            line(f"  {kind}: " + ", ".join(f"{escape(topic)} {count}" for topic, count in ranked))


def draw_item(data: dict[str, Any]) -> None:
    item = data["item"]
    line(f"[bold]{escape(item['id'])}[/] ({item['kind']})  [dim]{escape(str(data.get('source') or ''))}[/]")
    for key, value in item.items():
        if key in ("id", "kind"):
            continue
        _draw_value(key, value, 0)


def _draw_value(key: str, value: Any, depth: int) -> None:
    pad = "  " * depth
    label = key.replace("_", " ")
    if isinstance(value, list):
        if not value:
            return
        line(f"{pad}[bold]{label}[/]")
        for entry in value:
            if isinstance(entry, dict):
                first = True
                for k, v in entry.items():
                    if isinstance(v, (list, dict)):
                        _draw_value(k, v, depth + 2)
                    else:
                        bullet = "- " if first else "  "
                        line(f"{pad}  {bullet}[cyan]{k}[/]: {escape(str(v))}")
                    first = False
            else:
                line(f"{pad}  - {escape(str(entry))}")
    elif isinstance(value, dict):
        line(f"{pad}[bold]{label}[/]")
        for k, v in value.items():
            if isinstance(v, (list, dict)):
                _draw_value(k, v, depth + 1)
            elif v is not None:
                line(f"{pad}  [cyan]{k}[/]: {escape(str(v))}")
    elif value is not None:
        text = str(value)
        if "\n" in text.strip():
            line(f"{pad}[bold]{label}[/]")
            for text_line in text.rstrip().splitlines():
                line(f"{pad}  {escape(text_line)}")
        else:
            line(f"{pad}[bold]{label}[/]: {escape(text)}")
