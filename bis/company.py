"""Company-style prep: the bank's company profiles, or a general backend loop.

Profiles hold only general, publicly known patterns; nothing here invents a
"real question". An unknown name gets the general loop, the known profiles and
the closest match.
"""

from __future__ import annotations

import difflib
from typing import Any

from bis.practice import command_for

GENERAL_NOTE = (
    "General backend loop: the shape most backend interviews share. "
    "No company-specific claims are made."
)


def _names(profile: dict[str, Any]) -> list[str]:
    return [n.lower() for n in (profile["id"], profile["name"], *profile.get("aliases", []))]


def find_company(name: str, items: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, str | None]:
    """(profile, None) on a match; (None, closest known name or None) otherwise."""
    wanted = " ".join(name.lower().split())
    profiles = [i for i in items if i["kind"] == "company"]
    for profile in profiles:
        if wanted in _names(profile):
            return profile, None
    index = {n: p for p in profiles for n in _names(p)}
    close = difflib.get_close_matches(wanted, list(index), n=1, cutoff=0.6)
    return None, (index[close[0]]["name"] if close else None)


def _practice(bank_ids: list[str], by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item_id in bank_ids:
        item = by_id.get(item_id)
        if item is None:
            continue
        out.append(
            {
                "id": item_id,
                "kind": item["kind"],
                "title": item.get("title") or item.get("question") or item_id,
                "command": command_for(item),
            }
        )
    return out


def _themes(groups: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"theme": g["theme"], "why": g.get("why"), "practice": _practice(g["bank_ids"], by_id)} for g in groups
    ]


def company_plan(profile: dict[str, Any], items: list[dict[str, Any]]) -> dict[str, Any]:
    by_id = {i["id"]: i for i in items}
    return {
        "company": profile["name"],
        "known": True,
        "loop_shape": profile["loop_shape"],
        "values": profile.get("values", []),
        "coding_areas": _themes(profile["coding_areas"], by_id),
        "design_themes": _themes(profile["design_themes"], by_id),
        "behavioral_themes": _themes(profile["behavioral_themes"], by_id),
        "note": profile["note"],
    }


def general_plan(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The loop most backend interviews share, built from what the bank holds."""
    by_id = {i["id"]: i for i in items}

    def pick(kind: str, key: str, value: str, n: int) -> list[str]:
        return [i["id"] for i in items if i["kind"] == kind and i.get(key) == value][:n]

    coding = [
        ("Data structures behind backend services (caches, rate limiters)", pick("coding", "category", "data-structures", 2)),
        ("Concurrency: locks, queues, thread safety", pick("coding", "category", "concurrency", 2)),
        ("Parsing and aggregating logs and requests", pick("coding", "category", "parsing", 1)),
    ]
    designs = [i["id"] for i in items if i["kind"] == "design"]
    preferred = [d for d in ("url-shortener", "rate-limiter", "notification-system") if d in by_id] or designs
    behaviour = [
        (theme, [i["id"] for i in items if i["kind"] == "behavioral" and i["theme"] == theme][:2])
        for theme in ("incident", "ownership", "disagreement")
    ]
    return {
        "company": None,
        "known": False,
        "loop_shape": [
            "A recruiter or hiring-manager screen",
            "One or two coding rounds (data structures, often with a concurrency or API twist)",
            "A system design round (mid level and up)",
            "A behavioural round on ownership, incidents and collaboration",
        ],
        "values": [],
        "coding_areas": [
            {"theme": t, "why": None, "practice": _practice(ids, by_id)} for t, ids in coding if ids
        ],
        "design_themes": [
            {"theme": "A classic read-heavy or rate-limited service", "why": None, "practice": _practice(preferred[:2], by_id)}
        ]
        if preferred
        else [],
        "behavioral_themes": [
            {"theme": t, "why": None, "practice": _practice(ids, by_id)} for t, ids in behaviour if ids
        ],
        "note": GENERAL_NOTE,
    }
