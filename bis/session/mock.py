"""The mock interview as a state machine kept on disk between invocations.

`start` plans five questions and writes mock_session.json; `answer` and `skip`
grade or skip the current question and move on; `status` shows where you are;
`end` (or the last answer) writes one history session and removes the state.
Every change goes through the Store, so it is atomic and locked: closing the
terminal between two questions loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from bis.errors import UsageError
from bis.progress import GradedRound, record_session
from bis.storage import MOCK_SESSION, Store

STATE = MOCK_SESSION
STATE_VERSION = 1
SKIP_WORDS = {"skip", "next", "pass"}
ROUND_NAMES = {"design": "System design", "coding": "Backend coding", "behavioral": "Behavioural"}
CATEGORY = {"design": "system_design", "coding": "backend_coding", "behavioral": "behavioral"}
SKIPPED_SCORE = 1.0  # a skipped question counts as the lowest score in the round averages

# (item, answer text, level) -> {"score": float, "good": [...], "improve": [...], ...}
GradeFn = Callable[[dict[str, Any], str, str], dict[str, Any]]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _title(item: dict[str, Any]) -> str:
    return item.get("title") or item.get("question") or item["id"]


def load(store: Store) -> dict[str, Any] | None:
    state = store.read_if_present(STATE)
    return state if state.get("version") == STATE_VERSION and state.get("questions") else None


def ensure_none_running(store: Store) -> None:
    """Only one mock runs at a time; a second start says how to resume or abandon."""
    existing = load(store)
    if existing is not None:
        raise UsageError(
            f"a mock interview is already running (started {existing['started_at'][:16]})",
            hint="`bis mock` or `bis mock status` resumes it; `bis mock end --abandon` discards it",
        )


PERSONAL_FIELDS = ("question", "cv_project", "cv_fact", "based_on")


def item_for(bank: Any, question: dict[str, Any]) -> dict[str, Any]:
    """The bank item behind a planned question, as it was asked."""
    item = bank.get(question["item_id"])
    asked = question.get("asked")
    return {**item, **asked} if isinstance(asked, dict) else item


def start(
    store: Store,
    chosen: list[dict[str, Any]],
    *,
    level: str,
    focus: str | None,
    company: str | None,
    now: datetime | None = None,
) -> dict[str, Any]:
    now = now or _now()
    ensure_none_running(store)
    if len(chosen) < 5:
        raise UsageError("the bank does not have enough design, coding and behavioural items for a mock")
    questions = []
    for index, item in enumerate(chosen):
        box = item.get("time_box") or {}
        questions.append(
            {
                "index": index,
                "kind": item["kind"],
                "item_id": item["id"],
                "title": _title(item),
                "round": ROUND_NAMES[item["kind"]],
                "time_box": [box.get("min_minutes"), box.get("max_minutes")],
                "status": "pending",
                "shown_at": _iso(now) if index == 0 else None,
            }
        )
        if item.get("cv_project"):
            # A bank item re-asked about the candidate's own project: keep the wording.
            questions[-1]["asked"] = {k: item[k] for k in PERSONAL_FIELDS if k in item}
    state = {
        "version": STATE_VERSION,
        "started_at": _iso(now),
        "level": level,
        "focus": focus,
        "company": company,
        "questions": questions,
    }
    store.update(STATE, lambda _old: state)
    return state


def current(state: dict[str, Any]) -> dict[str, Any] | None:
    return next((q for q in state["questions"] if q["status"] == "pending"), None)


def _elapsed(question: dict[str, Any], now: datetime) -> float:
    shown = question.get("shown_at")
    if not shown:
        return 0.0
    return max(0.0, (now - datetime.fromisoformat(shown)).total_seconds())


def _over_note(question: dict[str, Any], seconds: float) -> str | None:
    limit = question["time_box"][1]
    if limit and seconds > limit * 60:
        return f"took {seconds / 60:.0f} min against a {limit:g}-minute box"
    return None


def _advance(state: dict[str, Any], now: datetime) -> None:
    nxt = current(state)
    if nxt is not None and not nxt.get("shown_at"):
        nxt["shown_at"] = _iso(now)


def answer(
    store: Store,
    state: dict[str, Any],
    item: dict[str, Any],
    text: str,
    grade: GradeFn,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Grade the current question, record it in the state, move to the next."""
    now = now or _now()
    question = current(state)
    if question is None:
        raise UsageError("every question is answered; `bis mock end` shows the summary")
    if text.strip().lower() in SKIP_WORDS:
        return skip(store, state, now=now)
    seconds = _elapsed(question, now)
    result = grade(item, text, state["level"])
    over = _over_note(question, seconds)
    question.update(
        status="answered",
        score=result["score"],
        elapsed_seconds=round(seconds, 1),
        over_time=over,
        good=result.get("good", [])[:3],
        improve=result.get("improve", [])[:3],
        answer=text,
    )
    _advance(state, now)
    store.update(STATE, lambda _old: state)
    return question


def skip(store: Store, state: dict[str, Any], partial: str = "", now: datetime | None = None) -> dict[str, Any]:
    now = now or _now()
    question = current(state)
    if question is None:
        raise UsageError("every question is answered; `bis mock end` shows the summary")
    question.update(status="skipped", score=None, elapsed_seconds=round(_elapsed(question, now), 1))
    if partial.strip():
        question["answer"] = partial
    _advance(state, now)
    store.update(STATE, lambda _old: state)
    return question


def status(state: dict[str, Any], now: datetime | None = None) -> dict[str, Any]:
    now = now or _now()
    question = current(state)
    done = [q for q in state["questions"] if q["status"] != "pending"]
    info: dict[str, Any] = {
        "started_at": state["started_at"],
        "level": state["level"],
        "answered": len(done),
        "total": len(state["questions"]),
        "questions": [
            {k: q.get(k) for k in ("index", "round", "item_id", "title", "status", "score", "over_time")}
            for q in state["questions"]
        ],
        "current": None,
    }
    if question is not None:
        info["current"] = {
            "index": question["index"],
            "round": question["round"],
            "item_id": question["item_id"],
            "kind": question["kind"],
            "title": question["title"],
            "time_box": question["time_box"],
            "elapsed_seconds": round(_elapsed(question, now), 1),
        }
    return info


def summary(state: dict[str, Any], weak_practice: list[dict[str, Any]]) -> dict[str, Any]:
    rounds: dict[str, list[float]] = {}
    for q in state["questions"]:
        score = q["score"] if q["status"] == "answered" else SKIPPED_SCORE
        rounds.setdefault(q["kind"], []).append(score)
    breakdown: list[dict[str, Any]] = [
        {
            "round": ROUND_NAMES[kind],
            "category": CATEGORY[kind],
            "score": round(sum(scores) / len(scores), 1),
            "questions": [
                {k: q.get(k) for k in ("item_id", "title", "status", "score", "over_time", "elapsed_seconds")}
                for q in state["questions"]
                if q["kind"] == kind
            ],
        }
        for kind, scores in rounds.items()
    ]
    round_scores = [float(r["score"]) for r in breakdown]
    overall = round(sum(round_scores) / len(round_scores), 1) if round_scores else None
    steps = _next_steps(state, weak_practice)
    return {"overall_score": overall, "rounds": breakdown, "next_steps": steps, "level": state["level"]}


def _next_steps(state: dict[str, Any], weak_practice: list[dict[str, Any]]) -> list[str]:
    commands = {"design": "bis design {}", "coding": "bis code {}", "behavioral": "bis behavioral {}"}
    ranked = sorted(
        state["questions"], key=lambda q: (q["score"] if q["status"] == "answered" else -1, q["index"])
    )
    steps: list[str] = []
    for q in ranked[:2]:
        if q["status"] == "answered" and q["score"] >= 8:
            continue
        reason = "skipped" if q["status"] == "skipped" else f"scored {q['score']:g}"
        advice = f": {q['improve'][0]}" if q.get("improve") else ""
        title = q["title"] if len(q["title"]) <= 60 else q["title"][:57] + "..."
        steps.append(f"Redo {title} ({reason}){advice} — `{commands[q['kind']].format(q['item_id'])}`")
    over = [q for q in state["questions"] if q.get("over_time")]
    if over:
        steps.append(f"Practise inside the time box: {over[0]['title']} {over[0]['over_time']}")
    for practice in weak_practice:
        if len(steps) >= 3:
            break
        if practice.get("command"):
            steps.append(f"Weak area {practice['topic']}: `{practice['command']}`")
    return steps[:3]


def finish(store: Store, state: dict[str, Any], weak_practice: list[dict[str, Any]]) -> dict[str, Any]:
    """Write the history session (skipped questions count as skipped) and clear the state."""
    result = summary(state, weak_practice)
    graded_rounds = [
        GradedRound(
            kind=q["kind"],
            item_id=q["item_id"],
            question=q["title"],
            topic=q["item_id"],
            score=q.get("score"),
            answer=q.get("answer", ""),
            skipped=q["status"] != "answered",
            level=state["level"],
            duration_seconds=q.get("elapsed_seconds"),
            extra={"over_time": q["over_time"]} if q.get("over_time") else {},
        )
        for q in state["questions"]
    ]
    notes = "mock interview; " + "; ".join(f"{r['round']} {r['score']:g}" for r in result["rounds"])
    session = record_session(
        store,
        graded_rounds,
        mode="mock",
        notes=notes,
        is_interview=True,
        scores={CATEGORY_KEY[r["round"]]: r["score"] for r in result["rounds"]},
        overall_score=result["overall_score"],
    )
    store.update(STATE, lambda _old: {})
    result["session_id"] = session["session_id"]
    return result


CATEGORY_KEY = {name: CATEGORY[kind] for kind, name in ROUND_NAMES.items()}
