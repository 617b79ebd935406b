"""Behavioural (STAR) questions with backend context."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from bis.bank.schema.common import ItemId, Level, NonEmpty, Strict, TimeBox

Theme = Literal[
    "incident",
    "ownership",
    "scaling",
    "tradeoffs",
    "cross-team",
    "debugging",
    "migration",
    "on-call",
    "disagreement",
    "deadlines",
    "mentoring",
    "strategy",
    "influence",
    "failure",
    "quality",
]


class LevelHints(Strict):
    junior: NonEmpty | None = None
    mid: NonEmpty | None = None
    senior: NonEmpty | None = None
    staff: NonEmpty | None = None


class BehavioralQuestion(Strict):
    kind: Literal["behavioral"]
    id: ItemId
    question: NonEmpty
    theme: Theme
    levels: list[Level] = Field(min_length=1)
    strong_answer: list[NonEmpty] = Field(
        min_length=2, description="What a strong STAR answer to this question contains."
    )
    staff_signals: list[NonEmpty] = Field(
        default_factory=list, description="What distinguishes a staff-level answer."
    )
    backend_context: list[NonEmpty] = Field(
        default_factory=list,
        description="Backend terms that show real context (incident, p99, rollback, ...).",
    )
    level_hints: LevelHints = Field(default_factory=LevelHints)
    follow_ups: list[NonEmpty] = Field(default_factory=list)
    model_answer: NonEmpty = Field(
        description="An example strong STAR answer in the first person (150-300 words)."
    )
    time_box: TimeBox = Field(default_factory=lambda: TimeBox(min_minutes=1, max_minutes=2))
