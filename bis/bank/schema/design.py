"""System and API design problems."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from bis.bank.schema.common import (
    STAGES,
    Focus,
    ItemId,
    KeyPoint,
    Level,
    Misconception,
    NonEmpty,
    Stage,
    Strict,
    TimeBox,
    unique_ids,
)


class GuidedStep(Strict):
    stage: Stage
    prompt: NonEmpty = Field(description="What the interviewer asks the candidate at this stage.")


class OutlineSection(Strict):
    stage: Stage
    points: list[NonEmpty] = Field(min_length=1)


class DesignProblem(Strict):
    kind: Literal["design"]
    id: ItemId
    title: NonEmpty
    prompt: NonEmpty = Field(description="The problem as the interviewer states it.")
    levels: list[Level] = Field(min_length=1)
    focus: list[Focus] = Field(min_length=1)
    topics: list[NonEmpty] = Field(default_factory=list, description="Concept topic ids it exercises.")
    time_box: TimeBox
    functional_requirements: list[NonEmpty] = Field(min_length=1)
    non_functional_requirements: list[NonEmpty] = Field(default_factory=list)
    scale: list[NonEmpty] = Field(min_length=1, description="Concrete numbers: users, QPS, sizes.")
    guided_steps: list[GuidedStep] = Field(min_length=1)
    probes: list[NonEmpty] = Field(min_length=1)
    rubric: list[KeyPoint] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(default_factory=list)
    model_outline: list[OutlineSection] = Field(min_length=1)
    model_answer: NonEmpty = Field(
        description="A strong answer written as a candidate would say it (prose, 400-900 words)."
    )
    estimates: list[NonEmpty] = Field(default_factory=list, description="Back-of-envelope numbers.")

    @model_validator(mode="after")
    def _consistent(self) -> DesignProblem:
        unique_ids(self.rubric, "rubric key point")
        unique_ids(self.misconceptions, "misconception")
        for point in self.rubric:
            if point.stage is None:
                raise ValueError(f"rubric key point {point.id!r} needs a stage")
        return self


DESIGN_STAGE_ORDER = STAGES
