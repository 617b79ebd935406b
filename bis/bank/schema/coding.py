"""Backend coding problems judged in a sandbox (see docs/judge.md).

A problem carries everything the judge needs: the interface the solution
must define, a reference solution, and test material. Test code in the YAML
is trusted (it is part of the bank) and runs in two places:

* in the parent process: `generator`, `checker`, `probe.build` and
  `stress.check` (they see the reference's outputs and judge);
* in the sandboxed child: `custom_driver` and `stress.driver` (they only
  exercise the user's code and return plain observations).

Expected outputs never reach the child.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from bis.bank.schema.common import ItemId, Level, NonEmpty, Strict, TimeBox

Category = Literal["data-structures", "parsing", "concurrency"]
Difficulty = Literal["easy", "medium", "hard"]
Driver = Literal["function", "class", "custom"]


class Example(Strict):
    """A worked example shown with the statement (display text)."""

    input: NonEmpty
    output: NonEmpty
    explanation: NonEmpty | None = None


class Interface(Strict):
    style: Literal["class", "function"]
    name: NonEmpty = Field(description="Class or function name the solution must define.")
    methods: list[NonEmpty] = Field(
        default_factory=list, description="Public methods (class style)."
    )
    leetcode: NonEmpty | None = Field(
        default=None,
        description="The classic problem whose interface this matches (e.g. 'LeetCode 146'), if any.",
    )
    is_async: bool = Field(default=False, description="The function is a coroutine (asyncio).")


class Complexity(Strict):
    time: NonEmpty = Field(description="Expected time complexity, e.g. 'O(1) per operation'.")
    space: NonEmpty


class Probe(Strict):
    """Growth check: the solution and the reference at growing sizes, same run."""

    sizes: list[int] = Field(min_length=2, max_length=5)
    build: NonEmpty = Field(
        description="Python source defining probe(rng, n) -> case (parent side)."
    )
    budget_seconds: float = Field(
        default=1.0,
        gt=0,
        le=5,
        description="Per-size time after which the solution is given up on.",
    )

    @field_validator("sizes")
    @classmethod
    def _increasing(cls, sizes: list[int]) -> list[int]:
        if any(b <= a for a, b in zip(sizes, sizes[1:], strict=False)) or sizes[0] < 1:
            raise ValueError("probe sizes must be positive and strictly increasing")
        return sizes


class Stress(Strict):
    """Concurrency stress: scenarios run in the child, invariants checked in the parent."""

    driver: NonEmpty = Field(
        description="Child-side Python source defining run(case, api) -> observation (plain JSON)."
    )
    check: NonEmpty = Field(
        description="Parent-side Python source defining check(case, observation) -> str | None."
    )
    cases: list[dict[str, Any]] = Field(min_length=1, description="Scenarios; each has a 'name'.")
    repeat: int = Field(default=1, ge=1, le=20, description="Runs of each scenario (seeds 0..n-1).")
    interleave: bool = Field(default=True, description="Uses the forced-interleaving tracer.")

    @field_validator("cases")
    @classmethod
    def _named(cls, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for case in cases:
            if not isinstance(case.get("name"), str) or not case["name"].strip():
                raise ValueError("every stress scenario needs a 'name'")
        return cases


class CodingTests(Strict):
    """Test material.

    Case shapes: `function` driver {"args": [...]}, `class` driver LeetCode's
    {"ops": ["LRUCache", "put", ...], "args": [[2], [1, 1], ...]}, `custom`
    driver anything the problem's driver understands. Examples carry
    "expected" (shown in full on failure); edge cases carry a "name" (the
    category reported when a hidden case fails) and may carry "why".
    """

    driver: Driver
    custom_driver: NonEmpty | None = Field(
        default=None, description="Child-side source defining run(case, api) for the custom driver."
    )
    checker: NonEmpty | None = Field(
        default=None,
        description=(
            "Parent-side source defining check(case, expected, got) -> str | None; expected is the "
            "reference's output (None for custom drivers unless run_reference is set)."
        ),
    )
    answer_errors: list[NonEmpty] = Field(
        default_factory=list,
        description=(
            "Exception types that are answers in this problem (ValueError for a cycle, say): raising "
            "one where a result was expected is a wrong answer rather than a crash."
        ),
    )
    run_reference: bool = Field(
        default=True,
        description="Compute expected outputs with the reference (custom drivers: run it in the parent).",
    )
    examples: list[dict[str, Any]] = Field(
        min_length=1, description="Visible cases with 'expected'."
    )
    edge_cases: list[dict[str, Any]] = Field(min_length=1)
    generator: NonEmpty = Field(
        description="Parent-side source defining generate(rng: random.Random, size: int) -> case."
    )
    generated: int = Field(default=200, ge=200, le=2000, description="Generated cases (seeded).")
    max_size: int = Field(default=40, ge=1, description="Largest size passed to generate().")
    seed: int = 1
    probe: Probe | None = None
    stress: Stress | None = None
    case_seconds: float = Field(default=2.0, gt=0, le=10)

    @model_validator(mode="after")
    def _shapes(self) -> CodingTests:
        if self.driver == "custom" and not self.custom_driver:
            raise ValueError("a custom driver needs custom_driver source")
        if self.driver != "custom" and self.custom_driver:
            raise ValueError("custom_driver is only used with driver: custom")
        for where, cases in (("examples", self.examples), ("edge_cases", self.edge_cases)):
            for index, case in enumerate(cases):
                _check_case_shape(self.driver, case, f"{where}[{index}]")
        for index, case in enumerate(self.examples):
            if "expected" not in case:
                raise ValueError(f"examples[{index}] needs 'expected' (it is shown to the user)")
        for index, case in enumerate(self.edge_cases):
            if not isinstance(case.get("name"), str):
                raise ValueError(f"edge_cases[{index}] needs a 'name' (its category)")
        return self


def _check_case_shape(driver: str, case: dict[str, Any], where: str) -> None:
    if driver == "function" and not isinstance(case.get("args"), list):
        raise ValueError(f"{where}: a function case needs 'args' (a list)")
    if driver == "class":
        ops, args = case.get("ops"), case.get("args")
        if (
            not isinstance(ops, list)
            or not isinstance(args, list)
            or len(ops) != len(args)
            or not ops
        ):
            raise ValueError(f"{where}: a class case needs 'ops' and 'args' lists of equal length")


class Advice(Strict):
    """Concrete, problem-specific improvements the feedback uses when they apply."""

    too_slow: NonEmpty | None = None
    concurrency: NonEmpty | None = None
    edge_cases: NonEmpty | None = None
    busy_wait: NonEmpty | None = None
    deadlock: NonEmpty | None = None
    general: NonEmpty | None = None


class CodingProblem(Strict):
    kind: Literal["coding"]
    id: ItemId
    title: NonEmpty
    category: Category
    difficulty: Difficulty
    levels: list[Level] = Field(min_length=1)
    topics: list[NonEmpty] = Field(default_factory=list)
    statement: NonEmpty
    constraints: list[NonEmpty] = Field(min_length=1)
    examples: list[Example] = Field(min_length=1)
    follow_ups: list[NonEmpty] = Field(default_factory=list)
    interface: Interface
    starter_code: NonEmpty
    reference_solution: NonEmpty
    complexity: Complexity
    hints: list[NonEmpty] = Field(min_length=1)
    advice: Advice = Field(default_factory=Advice)
    tests: CodingTests
    time_box: TimeBox = Field(default_factory=lambda: TimeBox(min_minutes=15, max_minutes=20))

    @model_validator(mode="after")
    def _interface_matches(self) -> CodingProblem:
        if self.interface.style == "class" and not self.interface.methods:
            raise ValueError("a class-style interface lists its public methods")
        if self.tests.driver == "class" and self.interface.style != "class":
            raise ValueError("the class driver needs a class-style interface")
        if self.tests.driver == "function" and self.interface.style != "function":
            raise ValueError("the function driver needs a function-style interface")
        if self.tests.driver == "class":
            for where, cases in (
                ("examples", self.tests.examples),
                ("edge_cases", self.tests.edge_cases),
            ):
                for index, case in enumerate(cases):
                    if case["ops"][0] != self.interface.name:
                        raise ValueError(
                            f"tests.{where}[{index}]: the first op must construct {self.interface.name}"
                        )
        if (
            self.category == "concurrency"
            and self.tests.stress is None
            and self.tests.driver != "custom"
        ):
            raise ValueError("a concurrency problem needs tests.stress or a custom driver")
        return self
