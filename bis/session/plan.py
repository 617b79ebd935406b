"""Choosing the five items of a mock interview.

Round 1 system design (1), round 2 backend coding (2: one easier, one medium),
round 3 behavioural (2). Choices fit the level, the focus, the target company's
profile and the CV's stack, and avoid items practised recently.
"""

from __future__ import annotations

from typing import Any

from bis.bank.catalog import item_levels
from bis.company import find_company
from bis.selection import choose

FOCUS_TOPICS = {
    "apis": ["rest", "grpc", "api-versioning", "idempotency", "rate-limiting"],
    "databases": ["sql", "indexing", "transactions", "replication", "sharding", "nosql-modeling"],
    "distributed-systems": ["kafka", "message-queues", "consensus", "cap-consistency", "distributed-transactions"],
    "infra": ["load-balancing", "observability", "caching", "redis"],
}

ROUNDS = (("design", 1), ("coding", 2), ("behavioral", 2))


def _company_ids(company: str | None, items: list[dict[str, Any]]) -> list[str]:
    if not company:
        return []
    profile, _ = find_company(company, items)
    if profile is None:
        return []
    ids: list[str] = []
    for group in ("design_themes", "coding_areas", "behavioral_themes"):
        for theme in profile[group]:
            ids.extend(theme["bank_ids"])
    return ids


def plan_mock(
    items: list[dict[str, Any]],
    *,
    level: str,
    focus: str | None,
    company: str | None,
    recent: list[str],
    stack_topics: list[str] | None = None,
) -> list[dict[str, Any]]:
    preferred = set(_company_ids(company, items))
    topics = list(FOCUS_TOPICS.get(focus or "", [])) + list(stack_topics or [])
    chosen: list[dict[str, Any]] = []
    taken: set[str] = set()

    def pick(kind: str, pool: list[dict[str, Any]]) -> dict[str, Any] | None:
        pool = [i for i in pool if i["id"] not in taken]
        company_pool = [i for i in pool if i["id"] in preferred]
        for candidates in (company_pool, pool):
            item = choose(candidates, kind=kind, level=level, focus=None, recent=recent, prefer_topics=topics)
            if item is not None:
                taken.add(item["id"])
                return item
        return None

    design_pool = [i for i in items if i["kind"] == "design"]
    if focus:
        focused = [i for i in design_pool if focus in i.get("focus", [])]
        design_pool = focused or design_pool
    design = pick("design", design_pool)
    if design:
        chosen.append(design)

    coding = [i for i in items if i["kind"] == "coding"]
    easier = [i for i in coding if i.get("difficulty") == "easy"] or coding
    medium = [i for i in coding if i.get("difficulty") == "medium"] or coding
    for pool in (easier, medium):
        item = pick("coding", pool)
        if item:
            chosen.append(item)

    behavioural = [i for i in items if i["kind"] == "behavioral" and level in item_levels(i)]
    behavioural = behavioural or [i for i in items if i["kind"] == "behavioral"]
    first = pick("behavioral", behavioural)
    if first:
        chosen.append(first)
        # a second story on a different theme
        other = [i for i in behavioural if i.get("theme") != first.get("theme")] or behavioural
        second = pick("behavioral", other)
        if second:
            chosen.append(second)
    return chosen
