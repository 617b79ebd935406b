"""Uniform one-line views of bank items, for listing and filtering."""

from __future__ import annotations

from collections import Counter
from typing import Any

LEVELS = ("junior", "mid", "senior", "staff")


def item_title(item: dict[str, Any]) -> str:
    return item.get("title") or item.get("name") or item.get("question") or item["id"]


def item_topics(item: dict[str, Any]) -> list[str]:
    kind = item["kind"]
    if kind == "concept":
        return [item["id"], *[a.lower() for a in item.get("aliases", [])]]
    if kind == "behavioral":
        return [item["theme"]]
    if kind == "coding":
        return [item["category"], *item.get("topics", [])]
    return list(item.get("topics", []))


def item_levels(item: dict[str, Any]) -> list[str]:
    if "levels" in item:
        return list(item["levels"])
    if item["kind"] == "concept":
        return sorted({q["level"] for q in item["questions"]}, key=LEVELS.index)
    if "level" in item:
        return [item["level"]]
    return list(LEVELS)


def summary(item: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": item["id"],
        "kind": item["kind"],
        "title": item_title(item),
        "levels": item_levels(item),
        "topics": item_topics(item),
    }
    if item["kind"] == "concept":
        row["questions"] = len(item["questions"])
    if item["kind"] == "coding":
        row["difficulty"] = item["difficulty"]
    return row


def filter_items(
    items: list[dict[str, Any]], kind: str | None = None, topic: str | None = None, level: str | None = None
) -> list[dict[str, Any]]:
    out = []
    wanted_topic = topic.lower() if topic else None
    for item in items:
        if kind and item["kind"] != kind:
            continue
        if level and level not in item_levels(item):
            continue
        if wanted_topic and wanted_topic not in [t.lower() for t in item_topics(item)]:
            continue
        out.append(item)
    return out


def counts(items: list[dict[str, Any]]) -> dict[str, Any]:
    by_kind = Counter(item["kind"] for item in items)
    by_topic: Counter[str] = Counter()
    concept_questions = 0
    for item in items:
        if item["kind"] == "concept":
            concept_questions += len(item["questions"])
        for topic in item_topics(item)[:1] if item["kind"] in ("concept", "behavioral") else item_topics(item):
            by_topic[f"{item['kind']}:{topic}"] += 1
    return {
        "by_kind": dict(sorted(by_kind.items())),
        "concept_questions": concept_questions,
        "by_topic": dict(sorted(by_topic.items())),
    }
