"""Shared fixtures for the judge tests: the coding bank, sandbox modes, a tiny problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CODING_DIR = REPO / "questions" / "coding"
WRONG_DIR = Path(__file__).resolve().parent / "wrong_solutions"

_bank_cache: dict | None = None


def load_bank() -> dict[str, dict]:
    """Every coding problem, validated by the strict schema and dumped to plain dicts."""
    global _bank_cache
    if _bank_cache is None:
        from bis.bank.validate import validate_dirs

        result = validate_dirs([CODING_DIR], check_references=False)
        # Invalid files are reported by test_problems.py::test_coding_bank_validates.
        _bank_cache = {item["id"]: item for item in result.items if item["kind"] == "coding"}
    return _bank_cache


def wrong_solutions() -> list[tuple[str, Path, set[str]]]:
    """(problem id, file, expected verdicts) for every file under wrong_solutions/<id>/."""
    out = []
    for path in sorted(WRONG_DIR.glob("*/*.py")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# expect: "), (
            f"{path}: first line must be '# expect: <verdict>[|<verdict>]'"
        )
        expected = {v.strip() for v in first[len("# expect: ") :].split("|")}
        out.append((path.parent.name, path, expected))
    return out


def available_modes() -> list[str]:
    from bis.judge.sandbox import bwrap_status

    modes = ["rlimits"]
    if bwrap_status()[0]:
        modes.append("bwrap")
    return modes


TINY_PROBLEM_YAML = """
kind: coding
id: tiny-sum
title: Sum of a list
category: data-structures
difficulty: easy
levels: [junior]
statement: Return the sum of the numbers in the list.
constraints: ["0 <= len(nums) <= 1000"]
examples:
  - {input: "nums = [1, 2, 3]", output: "6"}
interface: {style: function, name: total}
starter_code: "def total(nums):\\n    pass\\n"
reference_solution: "def total(nums):\\n    return sum(nums)\\n"
complexity: {time: O(n), space: O(1)}
hints: [add them up]
tests:
  driver: function
  examples:
    - {args: [[1, 2, 3]], expected: 6}
  edge_cases:
    - {name: empty list, args: [[]]}
  generator: |
    def generate(rng, size):
        return {"args": [[rng.randint(-9, 9) for _ in range(size)]]}
  generated: 200
  max_size: 20
  case_seconds: 1.0
"""


@pytest.fixture(scope="session")
def bank() -> dict[str, dict]:
    return load_bank()


@pytest.fixture(scope="session")
def tiny_problem() -> dict:
    from bis.bank.schema import item_adapter

    return item_adapter().validate_python(yaml.safe_load(TINY_PROBLEM_YAML)).model_dump(mode="json")


@pytest.fixture(params=available_modes())
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Judge tests marked slow run only when asked for (`-m slow`, or BIS_SLOW=1)."""
    import os

    markexpr = config.getoption("markexpr", default="") or ""
    if "slow" in markexpr or os.environ.get("BIS_SLOW") == "1":
        return
    here = Path(__file__).resolve().parent
    skip = pytest.mark.skip(reason="slow form: run with `pytest -m slow` or BIS_SLOW=1")
    for item in items:
        if "slow" in item.keywords and here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
