"""Shared helpers for the grader tests: the real bank items and the calibration answers."""

from __future__ import annotations

import copy
import functools
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = REPO / "questions"
DATA = REPO / "tests" / "data"
SAF = REPO.parent / "shared" / "fixtures" / "asag_saf_en"


def load_yaml(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def design_item(item_id: str) -> dict:
    path = QUESTIONS / "design" / f"{item_id}.yaml"
    if not path.exists():
        pytest.skip(f"design item {item_id} is not in the bank yet")
    return load_yaml(path)


def concept_item(topic_id: str, question_id: str) -> tuple[dict, dict]:
    path = QUESTIONS / "concepts" / f"{topic_id}.yaml"
    if not path.exists():
        pytest.skip(f"concept topic {topic_id} is not in the bank yet")
    topic = load_yaml(path)
    for question in topic["questions"]:
        if question["id"] == question_id:
            return topic, question
    pytest.skip(f"concept question {topic_id}/{question_id} is not in the bank yet")
    raise AssertionError  # unreachable


@functools.lru_cache(maxsize=1)
def _behavioral_items() -> dict[str, dict]:
    items: dict[str, dict] = {}
    for path in sorted((QUESTIONS / "behavioral").glob("*.yaml")):
        data = load_yaml(path)
        for item in data if isinstance(data, list) else [data]:
            items[item["id"]] = item
    return items


def behavioral_items() -> dict[str, dict]:
    """The bank's behavioural questions by id (parsed once; copies, so a test may change them)."""
    return {k: copy.deepcopy(v) for k, v in _behavioral_items().items()}


def behavioral_item(item_id: str) -> dict:
    items = behavioral_items()
    if item_id not in items:
        pytest.skip(f"behavioural question {item_id} is not in the bank yet")
    return items[item_id]


def calibration(name: str) -> dict:
    return load_yaml(DATA / "calibration" / f"{name}.yaml")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Grader tests marked slow (every pair of a quadratic sweep) run only when
    asked for (`-m slow`, or BIS_SLOW=1); their short forms always run."""
    import os

    markexpr = config.getoption("markexpr", default="") or ""
    if "slow" in markexpr or os.environ.get("BIS_SLOW") == "1":
        return
    here = Path(__file__).resolve().parent
    skip = pytest.mark.skip(reason="slow form: run with `pytest -m slow` or BIS_SLOW=1")
    for item in items:
        if "slow" in item.keywords and here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
