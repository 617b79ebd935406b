"""Backend coding problems judged in a sandbox.

The judge (bis/judge) reads `tests`: visible examples, hand-written edge
cases, a seeded generator of many more cases compared against the reference
solution, a complexity probe and, for concurrency problems, stress settings.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from bis.bank.schema.common import ItemId, Level, NonEmpty, Strict, TimeBox

Category = Literal["data-structures", "parsing", "concurrency"]
Difficulty = Literal["easy", "medium", "hard"]


class Example(Strict):
    input: NonEmpty
    output: NonEmpty
    explanation: NonEmpty | None = None


class Interface(Strict):
    style: Literal["class", "function"]
    name: NonEmpty = Field(description="Class or function name the solution must define.")
    methods: list[NonEmpty] = Field(default_factory=list, description="Public methods (class style).")


class Complexity(Strict):
    time: NonEmpty = Field(description="Expected time complexity, e.g. 'O(1) per operation'.")
    space: NonEmpty
    probe: bool = Field(default=True, description="Whether the judge measures growth against it.")


class CodingTests(Strict):
    """Test material; `cases` are plain JSON values, never code the child can see."""

    examples: list[Any] = Field(min_length=1, description="Visible cases, shown on failure in full.")
    edge_cases: list[Any] = Field(min_length=1)
    generator: NonEmpty = Field(
        description="Python source defining generate(rng: random.Random, size: int) -> case."
    )
    generated: int = Field(default=200, ge=200, description="Number of generated cases (seeded).")
    seed: int = 1
    probe_sizes: list[int] = Field(default_factory=lambda: [200, 800, 3200])
    stress: dict[str, Any] | None = Field(
        default=None, description="Concurrency stress settings (threads, rounds, deadline)."
    )


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
    tests: CodingTests
    time_box: TimeBox = Field(default_factory=lambda: TimeBox(min_minutes=15, max_minutes=20))

    @model_validator(mode="after")
    def _interface_matches(self) -> CodingProblem:
        if self.interface.style == "class" and not self.interface.methods:
            raise ValueError("a class-style interface lists its public methods")
        return self
