"""The mock interview state machine, with a deterministic grade function."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from bis.errors import UsageError
from bis.session import mock
from bis.storage import Store

T0 = datetime(2026, 11, 1, 10, 0, tzinfo=timezone.utc)


def item(kind: str, item_id: str, box: tuple[int, int]) -> dict[str, Any]:
    base = {"kind": kind, "id": item_id, "time_box": {"min_minutes": box[0], "max_minutes": box[1]}}
    if kind == "behavioral":
        base.update(question=f"Tell me about {item_id}", theme="incident")
    else:
        base.update(title=f"Problem {item_id}")
    return base


PLAN = [
    item("design", "d1", (25, 35)),
    item("coding", "c1", (15, 20)),
    item("coding", "c2", (15, 20)),
    item("behavioral", "b1", (1, 2)),
    item("behavioral", "b2", (1, 2)),
]


def grade_by_length(it: dict[str, Any], text: str, level: str) -> dict[str, Any]:
    score = min(10.0, float(len(text.split())))
    return {"score": score, "good": [f"{it['id']} ok"], "improve": [f"say more about {it['id']}"]}


def test_full_run_records_one_history_session(tmp_path: Path) -> None:
    store = Store(tmp_path)
    mock.start(store, PLAN, level="senior", focus=None, company=None, now=T0)
    answers = ["one two three four five six seven", "a b c d e f g h", "skip", "x y z", "p q r s t u"]
    moment = T0
    for index, text in enumerate(answers):
        moment += timedelta(minutes=40 if index == 0 else 3)
        reloaded = mock.load(store)  # a new invocation sees everything the last one wrote
        assert reloaded is not None and mock.current(reloaded)["index"] == index
        mock.answer(store, reloaded, PLAN[index], text, grade_by_length, now=moment)
    final = mock.load(store)
    assert final is not None and mock.current(final) is None
    assert final["questions"][0]["over_time"] == "took 40 min against a 35-minute box"
    assert final["questions"][3]["over_time"] == "took 3 min against a 2-minute box"
    assert final["questions"][2]["status"] == "skipped"

    result = mock.finish(store, final, [])
    rounds = {r["round"]: r["score"] for r in result["rounds"]}
    assert rounds == {"System design": 7.0, "Backend coding": 4.5, "Behavioural": 4.5}  # skipped counts as 1
    assert result["overall_score"] == 5.3
    assert any("Redo Problem c2 (skipped)" in step for step in result["next_steps"])
    history = store.read("history.json")
    assert len(history) == 1
    session = history[0]
    assert set(session) >= {"session_id", "date", "rounds", "scores", "overall_score", "notes"}
    assert session["overall_score"] == 5.3
    assert session["scores"] == {"system_design": 7.0, "backend_coding": 4.5, "behavioral": 4.5}
    assert [r["skipped"] for r in session["rounds"]] == [False, False, True, False, False]
    assert store.profile()["interviews_practiced"] == 1
    assert mock.load(store) is None  # the state is cleared


def test_only_one_mock_at_a_time(tmp_path: Path) -> None:
    store = Store(tmp_path)
    mock.start(store, PLAN, level="mid", focus=None, company=None, now=T0)
    with pytest.raises(UsageError) as info:
        mock.start(store, PLAN, level="mid", focus=None, company=None, now=T0)
    assert "already running" in info.value.message
    assert "--abandon" in (info.value.hint or "")


def test_status_shows_elapsed_time_on_the_current_question(tmp_path: Path) -> None:
    store = Store(tmp_path)
    state = mock.start(store, PLAN, level="mid", focus=None, company=None, now=T0)
    info = mock.status(state, now=T0 + timedelta(minutes=12))
    assert info["current"]["item_id"] == "d1"
    assert info["current"]["elapsed_seconds"] == 720
    assert info["answered"] == 0 and info["total"] == 5


def test_skip_words_are_recorded_as_skipped(tmp_path: Path) -> None:
    store = Store(tmp_path)
    state = mock.start(store, PLAN, level="mid", focus=None, company=None, now=T0)
    done = mock.answer(store, state, PLAN[0], "  Next ", grade_by_length, now=T0)
    assert done["status"] == "skipped" and done.get("score") is None


def test_too_few_items_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not have enough"):
        mock.start(Store(tmp_path), PLAN[:3], level="mid", focus=None, company=None)
