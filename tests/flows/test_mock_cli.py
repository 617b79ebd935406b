"""A whole mock interview driven from a script: start, five answers, end."""

from __future__ import annotations

from pathlib import Path

import orjson
import yaml

from tests.foundation.helpers import run, run_json

REPO = Path(__file__).resolve().parents[2]


def _answer_for(item_id: str, kind: str) -> str:
    if kind == "coding":
        return yaml.safe_load((REPO / "questions/coding" / f"{item_id}.yaml").read_text())["reference_solution"]
    if kind == "design":
        return yaml.safe_load((REPO / "questions/design" / f"{item_id}.yaml").read_text())["model_answer"]
    for path in (REPO / "questions/behavioral").glob("*.yaml"):
        for item in yaml.safe_load(path.read_text()):
            if item["id"] == item_id:
                return item["model_answer"]
    raise AssertionError(item_id)


def test_scripted_mock_leaves_one_history_record(tmp_path: Path, data_dir: Path) -> None:
    started = run_json("mock", "start", "--level", "senior")["data"]
    kinds = [q["round"] for q in started["questions"]]
    assert kinds == ["System design", "Backend coding", "Backend coding", "Behavioural", "Behavioural"]
    second = run("mock", "start", "--level", "senior")
    assert second.exit_code == 2 and "already running" in second.stderr and "--abandon" in second.stderr
    for _ in range(5):
        current = run_json("mock", "status")["data"]["current"]
        path = tmp_path / f"answer-{current['index']}.txt"
        path.write_text(_answer_for(current["item_id"], current["kind"]))
        answered = run_json("mock", "answer", str(path))["data"]["answered"]
        assert answered["status"] == "answered" and answered["score"] >= 7
    summary = run_json("mock", "end")["data"]
    assert summary["overall_score"] >= 7
    assert [r["round"] for r in summary["rounds"]] == ["System design", "Backend coding", "Behavioural"]
    history = orjson.loads((data_dir / "history.json").read_bytes())
    assert len(history) == 1
    assert history[0]["mode"] == "mock" and len(history[0]["rounds"]) == 5
    assert run("mock", "status").exit_code == 2  # nothing running any more


def test_skip_and_abandon(data_dir: Path) -> None:
    run_json("mock", "start", "--level", "mid")
    skipped = run_json("mock", "skip")["data"]["answered"]
    assert skipped["status"] == "skipped"
    assert run("mock", "end", "--abandon").exit_code == 0
    assert not (data_dir / "history.json").exists() or orjson.loads((data_dir / "history.json").read_bytes()) == []


def test_bare_mock_outside_a_terminal_explains_the_step_commands() -> None:
    result = run("mock")
    assert result.exit_code == 2
    assert "bis mock start" in result.stderr
