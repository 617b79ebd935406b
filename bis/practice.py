"""Turning a weak topic into one concrete practice: a bank item and its command."""

from __future__ import annotations

import difflib
from typing import Any

COMMAND_FOR_KIND = {
    "design": "bis design {id}",
    "concept": "bis concept {id}",
    "coding": "bis code {id}",
    "behavioral": "bis behavioral {id}",
}


def command_for(item: dict[str, Any]) -> str | None:
    template = COMMAND_FOR_KIND.get(item["kind"])
    return template.format(id=item["id"]) if template else None


def _names(item: dict[str, Any]) -> list[str]:
    names = [item["id"], item.get("title") or "", *(item.get("aliases") or [])]
    if item["kind"] == "behavioral":
        names.append(item.get("theme") or "")
    return [n.lower() for n in names if n]


def practice_for(topic: str, category: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The bank item that best trains `topic`: exact id, then theme/alias, then fuzzy."""
    practicable = [i for i in items if i["kind"] in COMMAND_FOR_KIND]
    wanted = topic.lower().strip()
    preferred_kind = {"system_design": "design", "backend_coding": "coding", "behavioral": "behavioral"}.get(
        category
    )
    exact = [i for i in practicable if wanted in _names(i)]
    if not exact:
        # A topic named in design problems' or coding problems' topic lists ("caching").
        exact = [i for i in practicable if wanted in [t.lower() for t in i.get("topics") or []]]
    if not exact:
        index = {name: i for i in practicable for name in _names(i)}
        close = difflib.get_close_matches(wanted, list(index), n=3, cutoff=0.6)
        exact = [index[name] for name in close]
    if not exact:
        return None
    exact.sort(key=lambda i: (i["kind"] != preferred_kind, i["kind"] != "concept", i["id"]))
    best = exact[0]
    return {"item_id": best["id"], "kind": best["kind"], "command": command_for(best)}
