"""Choosing what to practise: fit the level and focus, avoid what was done recently."""

from __future__ import annotations

from typing import Any

from bis.bank.catalog import LEVELS, item_levels

RECENT_SESSIONS = 15


def recently_practised(history: list[Any], sessions: int = RECENT_SESSIONS) -> list[str]:
    """Item ids from the last `sessions` sessions, most recent first."""
    seen: list[str] = []
    for session in reversed([s for s in history if isinstance(s, dict)][-sessions:]):
        rounds = session.get("rounds")
        for rnd in rounds if isinstance(rounds, list) else []:
            if isinstance(rnd, dict) and isinstance(rnd.get("item_id"), str) and rnd["item_id"] not in seen:
                seen.append(rnd["item_id"])
    return seen


def choose(
    items: list[dict[str, Any]],
    *,
    kind: str,
    level: str,
    focus: str | None = None,
    recent: list[str] | None = None,
    prefer_topics: list[str] | None = None,
) -> dict[str, Any] | None:
    """The best candidate of `kind`: right level, focus and preferred topics first,
    least recently practised next, then id order so the choice is reproducible."""
    candidates = [i for i in items if i["kind"] == kind]
    if not candidates:
        return None
    recent = recent or []
    # Earlier preferred topics weigh more (a CV's stack comes strongest first).
    topic_weight = {t.lower(): 1.0 / (1 + rank) for rank, t in enumerate(prefer_topics or [])}
    level_rank = LEVELS.index(level) if level in LEVELS else 1

    def key(item: dict[str, Any]) -> tuple[Any, ...]:
        levels = item_levels(item)
        fits_level = level in levels
        distance = min((abs(LEVELS.index(lv) - level_rank) for lv in levels if lv in LEVELS), default=3)
        fits_focus = focus is None or focus in item.get("focus", [])
        topics = {t.lower() for t in item.get("topics", [])} | {item["id"]}
        topical = sum(topic_weight.get(t, 0.0) for t in topics)
        recency = recent.index(item["id"]) if item["id"] in recent else None
        # never practised sorts first; otherwise the longest ago first
        recency_rank = (0, 0) if recency is None else (1, -recency)
        return (not fits_focus, not fits_level, distance, recency_rank, -topical, item["id"])

    return sorted(candidates, key=key)[0]
