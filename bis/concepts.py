"""Finding a concept topic from what the user typed, and picking its questions."""

from __future__ import annotations

import difflib
from typing import Any

from bis.bank.catalog import LEVELS
from bis.errors import NotFoundError


def find_topic(name: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    topics = [i for i in items if i["kind"] == "concept"]
    wanted = " ".join(name.lower().replace("_", "-").split())
    for topic in topics:
        names = [topic["id"], topic["title"].lower(), *[a.lower() for a in topic.get("aliases", [])]]
        if wanted in names or wanted.replace(" ", "-") in names:
            return topic
    index = {n: t for t in topics for n in [t["id"], *[a.lower() for a in t.get("aliases", [])]]}
    close = difflib.get_close_matches(wanted, list(index), n=1, cutoff=0.5)
    suggestion = f"; did you mean {index[close[0]]['id']!r}?" if close else ""
    known = ", ".join(sorted(t["id"] for t in topics))
    raise NotFoundError(f"no concept topic {name!r}{suggestion}", hint=f"known topics: {known}")


def pick_questions(
    topic: dict[str, Any], level: str, count: int, question_id: str | None, recent: list[str]
) -> list[dict[str, Any]]:
    questions = topic["questions"]
    if question_id:
        for q in questions:
            if q["id"] == question_id:
                return [q]
        ids = ", ".join(q["id"] for q in questions)
        raise NotFoundError(f"topic {topic['id']!r} has no question {question_id!r}", hint=f"its questions: {ids}")
    rank = LEVELS.index(level) if level in LEVELS else 1

    def key(q: dict[str, Any]) -> tuple[Any, ...]:
        qid = f"{topic['id']}/{q['id']}"
        distance = abs(LEVELS.index(q["level"]) - rank)
        above = LEVELS.index(q["level"]) > rank
        return (qid in recent, distance, above, questions.index(q))

    return sorted(questions, key=key)[:count]
