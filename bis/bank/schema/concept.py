"""Concept topics (SQL, indexing, Kafka, ...) and their questions."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from bis.bank.schema.common import (
    Focus,
    ItemId,
    KeyPoint,
    Level,
    Misconception,
    NonEmpty,
    Strict,
    unique_ids,
)


class ConceptQuestion(Strict):
    id: ItemId
    question: NonEmpty
    level: Level
    ideal_answer: NonEmpty = Field(description="A concise, precise model answer.")
    key_points: list[KeyPoint] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(default_factory=list)
    follow_ups: list[NonEmpty] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> ConceptQuestion:
        unique_ids(self.key_points, "key point")
        unique_ids(self.misconceptions, "misconception")
        return self


class ConceptTopic(Strict):
    kind: Literal["concept"]
    id: ItemId
    title: NonEmpty
    aliases: list[NonEmpty] = Field(default_factory=list, description="Other names users type.")
    focus: list[Focus] = Field(min_length=1)
    summary: NonEmpty
    questions: list[ConceptQuestion] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> ConceptTopic:
        unique_ids(self.questions, "question")
        return self
