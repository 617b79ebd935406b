"""Progress over time, computed from history.json, profile.json and weak_areas.json.

History written by hand or by older tools can hold anything, so every field is
read defensively: a session without a usable score still counts as a session,
one without a parsable date is left out of the trend only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from typing import Any

from bis.errors import UsageError

STRENGTH_FROM = 7.5
TREND_WINDOW = 5
SERIES_LENGTH = 40


def parse_date(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """`--since`: an ISO date (2026-01-31) or a span back from now (7d, 4w, 3m, 1y)."""
    now = now or datetime.now(timezone.utc)
    match = re.fullmatch(r"\s*(\d+)\s*([dwmy])\s*", value.lower())
    if match:
        count, unit = int(match.group(1)), match.group(2)
        days = {"d": 1, "w": 7, "m": 30, "y": 365}[unit] * count
        return now - timedelta(days=days)
    parsed = parse_date(value)
    if parsed is None:
        raise UsageError(f"--since {value!r}: use a date like 2026-01-31 or a span like 30d, 4w, 3m")
    return parsed


def _score(value: Any) -> float | None:
    # type() rather than isinstance(): bool is an int subclass and is not a score
    if type(value) is float or type(value) is int:
        return float(value) if 0 <= value <= 10 else None
    return None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def compute_stats(
    history: list[Any],
    profile: dict[str, Any],
    weak_areas: list[Any],
    since: datetime | None = None,
) -> dict[str, Any]:
    sessions = [s for s in history if isinstance(s, dict)]
    if since is not None:
        sessions = [s for s in sessions if (d := parse_date(s.get("date"))) is not None and d >= since]

    dated: list[tuple[datetime, float]] = []
    overall: list[float] = []
    per_category: dict[str, list[float]] = defaultdict(list)
    per_topic: dict[str, list[float]] = defaultdict(list)
    answered = skipped = 0
    for session in sessions:
        score = _score(session.get("overall_score"))
        if score is not None:
            overall.append(score)
            date = parse_date(session.get("date"))
            if date is not None:
                dated.append((date, score))
        scores = session.get("scores")
        if isinstance(scores, dict):
            for category, value in scores.items():
                if (v := _score(value)) is not None:
                    per_category[str(category)].append(v)
        rounds = session.get("rounds")
        for rnd in rounds if isinstance(rounds, list) else []:
            if not isinstance(rnd, dict):
                continue
            if rnd.get("skipped"):
                skipped += 1
                continue
            value = _score(rnd.get("score"))
            if value is None:
                continue
            answered += 1
            topic = rnd.get("topic") or rnd.get("item_id")
            if isinstance(topic, str) and topic:
                per_topic[topic].append(value)

    dated.sort(key=lambda pair: pair[0])
    series = [score for _, score in dated]
    if since is None:
        # Sessions recorded without rounds (by older tools) are still counted by the profile.
        counted = profile.get("questions_answered")
        if isinstance(counted, int) and counted > answered:
            answered = counted

    ranked = sorted(
        (
            (round(sum(v) / len(v), 2), len(v), t)
            for t, v in per_topic.items()
            if len(v) >= 2 and sum(v) / len(v) >= STRENGTH_FROM
        ),
        key=lambda row: (-row[0], -row[1], row[2]),
    )
    strengths = [{"topic": t, "average": avg, "count": n} for avg, n, t in ranked]
    return {
        "since": since.isoformat() if since else None,
        "sessions": len(sessions),
        "questions_answered": answered,
        "skipped": skipped,
        "average_score": _mean(overall),
        "trend": _trend(series),
        "series": series[-SERIES_LENGTH:],
        "weekly": _weekly(dated),
        "per_category": {
            cat: {"average": _mean(v), "count": len(v)} for cat, v in sorted(per_category.items())
        },
        "strengths": strengths[:5],
        "weak_areas": weak_list(weak_areas)[:5],
    }


def _trend(series: list[float]) -> dict[str, Any]:
    """Average of the last few sessions against the few before them."""
    if len(series) < 2:
        return {"direction": "not enough data", "recent": _mean(series), "previous": None, "delta": None}
    window = min(TREND_WINDOW, len(series) // 2)
    recent = series[-window:]
    previous = series[-2 * window : -window]
    delta = round(sum(recent) / len(recent) - sum(previous) / len(previous), 2)
    direction = "up" if delta >= 0.3 else "down" if delta <= -0.3 else "flat"
    return {"direction": direction, "recent": _mean(recent), "previous": _mean(previous), "delta": delta}


def _weekly(dated: list[tuple[datetime, float]], weeks: int = 8) -> list[dict[str, Any]]:
    """Averages of the last `weeks` ISO weeks that have sessions; `dated` is sorted."""
    buckets: dict[str, list[float]] = {}
    for date, score in reversed(dated):  # newest first: stop once enough weeks are seen
        year, week, _ = date.isocalendar()
        key = f"{year}-W{week:02d}"
        if key not in buckets:
            if len(buckets) == weeks:
                break
            buckets[key] = []
        buckets[key].append(score)
    return [
        {"week": week, "sessions": len(v), "average": _mean(v)} for week, v in sorted(buckets.items())
    ]


def weak_list(weak_areas: list[Any]) -> list[dict[str, Any]]:
    rows = []
    for entry in weak_areas:
        if not isinstance(entry, dict) or not isinstance(entry.get("topic"), str):
            continue
        count = entry.get("count")
        rows.append(
            {
                "topic": entry["topic"],
                "category": entry.get("category") if isinstance(entry.get("category"), str) else "",
                "count": count if isinstance(count, int) and not isinstance(count, bool) else 0,
            }
        )
    return sorted(rows, key=lambda row: (-row["count"], row["topic"]))
