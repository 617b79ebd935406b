"""Recording graded answers: history, profile counters, weak areas, last answer.

Weak-area rule (docs/usage.md): a graded answer scoring below 6 adds one to
its topic's count; one scoring 8 or more takes one off (the entry goes at 0),
so the list shows what is weak now, not what was weak once. Skipped answers
change nothing but the history.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bis.storage import (
    HISTORY,
    LAST_ANSWER,
    PROFILE,
    WEAK_AREAS,
    Store,
    now_iso,
    with_profile_defaults,
)

WEAK_BELOW = 6.0
STRONG_FROM = 8.0

# Where each kind of practice counts in the product's three categories.
KIND_CATEGORY = {
    "design": "system_design",
    "coding": "backend_coding",
    "behavioral": "behavioral",
    "concept": "system_design",
}


@dataclass
class GradedRound:
    kind: str  # design | coding | behavioral | concept
    item_id: str
    question: str
    topic: str
    score: float | None  # None when skipped
    answer: str = ""
    skipped: bool = False
    level: str | None = None
    duration_seconds: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def category(self) -> str:
        if self.kind == "concept" and self.topic == "concurrency":
            return "backend_coding"
        return KIND_CATEGORY.get(self.kind, "system_design")

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "type": self.category,
            "kind": self.kind,
            "item_id": self.item_id,
            "question": self.question,
            "topic": self.topic,
            "score": self.score,
            "skipped": self.skipped,
        }
        if self.level:
            record["level"] = self.level
        if self.duration_seconds is not None:
            record["duration_seconds"] = round(self.duration_seconds, 1)
        if self.answer and not self.skipped:
            record["answer_summary"] = summarize(self.answer)
        record.update(self.extra)
        return record


def new_session_id(now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


def summarize(text: str, limit: int = 280) -> str:
    """The first sentences of an answer, whitespace collapsed, cut at a word."""
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def session_record(
    rounds: list[GradedRound],
    *,
    mode: str,
    notes: str = "",
    session_id: str | None = None,
    scores: dict[str, float] | None = None,
    overall_score: float | None = None,
) -> dict[str, Any]:
    """One history session; `scores`/`overall_score` override the plain averages
    (a mock interview counts skipped questions, which plain averages leave out)."""
    by_category: dict[str, list[float]] = {}
    for r in rounds:
        if r.score is not None and not r.skipped:
            by_category.setdefault(r.category, []).append(r.score)
    per_category = {cat: round(sum(v) / len(v), 1) for cat, v in by_category.items()}
    graded = [r.score for r in rounds if r.score is not None and not r.skipped]
    overall = round(sum(graded) / len(graded), 1) if graded else None
    return {
        "session_id": session_id or new_session_id(),
        "date": now_iso(),
        "mode": mode,
        "rounds": [r.to_record() for r in rounds],
        "scores": scores if scores is not None else per_category,
        "overall_score": overall_score if overall_score is not None else overall,
        "notes": notes,
    }


def record_session(
    store: Store,
    rounds: list[GradedRound],
    *,
    mode: str,
    notes: str = "",
    is_interview: bool = False,
    scores: dict[str, float] | None = None,
    overall_score: float | None = None,
) -> dict[str, Any]:
    """Append one session to history and update the profile and weak areas."""
    session = session_record(rounds, mode=mode, notes=notes, scores=scores, overall_score=overall_score)
    store.append(HISTORY, session)
    graded = [r for r in rounds if r.score is not None and not r.skipped]

    def update_profile(profile: dict[str, Any]) -> dict[str, Any]:
        merged = with_profile_defaults(profile)
        answered = _as_int(merged.get("questions_answered"))
        average = _as_float(merged.get("average_score"))
        total = average * answered + sum(r.score for r in graded if r.score is not None)
        answered += len(graded)
        profile.update(merged)
        profile["questions_answered"] = answered
        profile["average_score"] = round(total / answered, 2) if answered else 0.0
        if is_interview:
            profile["interviews_practiced"] = _as_int(merged.get("interviews_practiced")) + 1
        return profile

    if graded or is_interview:
        store.update(PROFILE, update_profile)
    if graded:
        store.update(WEAK_AREAS, lambda areas: apply_weak_rule(areas, graded))
        last = graded[-1]
        store.update(
            LAST_ANSWER,
            lambda _old: {
                "question": last.question,
                "answer_summary": summarize(last.answer),
                "score": last.score,
                "item_id": last.item_id,
                "kind": last.kind,
                "graded_at": session["date"],
            },
        )
    return session


def apply_weak_rule(areas: list[Any], graded: list[GradedRound]) -> list[Any]:
    for r in graded:
        if r.score is None:
            continue
        entry = next(
            (a for a in areas if isinstance(a, dict) and a.get("topic") == r.topic and a.get("category") == r.category),
            None,
        )
        if r.score < WEAK_BELOW:
            if entry is None:
                areas.append({"topic": r.topic, "category": r.category, "count": 1})
            else:
                entry["count"] = _as_int(entry.get("count")) + 1
        elif r.score >= STRONG_FROM and entry is not None:
            entry["count"] = _as_int(entry.get("count")) - 1
            if entry["count"] <= 0:
                areas.remove(entry)
    return areas


def _as_int(value: Any) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def _as_float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0
