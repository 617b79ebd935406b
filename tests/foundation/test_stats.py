from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

from bis.stats import compute_stats, parse_since
from tests.foundation.helpers import run, run_json


def session(day: int, score: float | None, topic: str = "caching", category: str = "system_design") -> dict:
    date = datetime(2026, 9, 1, tzinfo=timezone.utc) + timedelta(days=day)
    rounds = [{"type": category, "topic": topic, "score": score, "skipped": score is None}]
    return {
        "session_id": f"s{day}",
        "date": date.isoformat(),
        "rounds": rounds,
        "scores": {category: score} if score is not None else {},
        "overall_score": score,
        "notes": "",
    }


def test_trend_up_and_averages() -> None:
    history = [session(i, s) for i, s in enumerate([4, 5, 4, 5, 4, 7, 8, 7, 8, 8])]
    stats = compute_stats(history, {}, [])
    assert stats["sessions"] == 10
    assert stats["average_score"] == 6.0
    assert stats["trend"]["direction"] == "up"
    assert stats["trend"]["recent"] == 7.6 and stats["trend"]["previous"] == 4.4
    assert stats["per_category"]["system_design"] == {"average": 6.0, "count": 10}


def test_since_filters_sessions() -> None:
    history = [session(i, 5) for i in range(10)]
    cutoff = datetime(2026, 9, 6, tzinfo=timezone.utc)
    assert compute_stats(history, {}, [], since=cutoff)["sessions"] == 5
    now = datetime(2026, 9, 11, tzinfo=timezone.utc)
    assert parse_since("3d", now) == now - timedelta(days=3)


def test_strengths_and_weak_areas() -> None:
    history = [session(0, 9, "kafka"), session(1, 8, "kafka"), session(2, 4, "sql")]
    weak = [{"topic": "sql", "category": "system_design", "count": 3}, {"topic": "redis", "category": "system_design", "count": 1}]
    stats = compute_stats(history, {}, weak)
    assert [s["topic"] for s in stats["strengths"]] == ["kafka"]
    assert [w["topic"] for w in stats["weak_areas"]] == ["sql", "redis"]


def test_hand_written_history_does_not_break_stats() -> None:
    history = [
        "not a session",
        {"date": "yesterday", "overall_score": "high"},
        {"date": "2026-01-05", "overall_score": 7},
        {"date": "2026-01-06T10:00:00Z", "overall_score": 11},  # out of range: ignored
    ]
    stats = compute_stats(history, {"questions_answered": 12}, [{"topic": 3}])
    assert stats["sessions"] == 3
    assert stats["average_score"] == 7.0
    assert stats["questions_answered"] == 12
    assert stats["weak_areas"] == []


def test_stats_command_human_and_json(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    history = [session(i, s) for i, s in enumerate([3, 4, 6, 7, 8, 9])]
    (data_dir / "history.json").write_bytes(orjson.dumps(history))
    human = run("stats")
    assert human.exit_code == 0
    assert "Sessions 6" in human.stdout
    assert "improving" in human.stdout
    assert "Scores ▃▄▅▆▇▇" in human.stdout  # the terminal chart, one bar per session
    data = run_json("stats")["data"]
    assert data["sessions"] == 6
    assert data["series"] == [3, 4, 6, 7, 8, 9]


def test_weak_lists_most_frequent_first_with_a_practice(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    from bis.bank.store import load_bank

    items = load_bank().items
    practicable = [i for i in items if i["kind"] in ("design", "concept", "coding", "behavioral")]
    assert practicable, "the shipped bank has items to practise"
    target = practicable[0]
    weak = [
        {"topic": "zzz-unknown-topic", "category": "system_design", "count": 1},
        {"topic": target["id"], "category": "system_design", "count": 4},
    ]
    (data_dir / "weak_areas.json").write_bytes(orjson.dumps(weak))
    rows = run_json("weak")["data"]["weak_areas"]
    assert [r["topic"] for r in rows] == [target["id"], "zzz-unknown-topic"]
    assert rows[0]["practice"]["item_id"] == target["id"]
    assert rows[0]["practice"]["command"].startswith("bis ")
    assert rows[1]["practice"] is None
    human = run("weak")
    assert rows[0]["practice"]["command"] in human.stdout


def test_weak_rule_counts_low_scores_and_forgives_high_ones(data_dir: Path) -> None:
    from bis.progress import GradedRound, record_session
    from bis.storage import Store

    store = Store(data_dir)

    def grade(score: float) -> None:
        record_session(store, [GradedRound("concept", "sql", "q", "sql", score, answer="a")], mode="concept")

    grade(4)
    grade(5)
    assert store.read("weak_areas.json") == [{"topic": "sql", "category": "system_design", "count": 2}]
    grade(9)
    assert store.read("weak_areas.json")[0]["count"] == 1
    grade(8.5)
    assert store.read("weak_areas.json") == []
    profile = store.profile()
    assert profile["questions_answered"] == 4
    assert profile["average_score"] == 6.62
    assert len(store.read("history.json")) == 4
