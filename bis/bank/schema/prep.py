"""Material for the last-minute checklist (`bis prep`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from bis.bank.schema.common import ItemId, Level, NonEmpty, Strict


class PrepChecklist(Strict):
    kind: Literal["prep"]
    id: ItemId
    level: Level
    intro_outline: list[NonEmpty] = Field(min_length=3, description="60-second intro skeleton.")
    design_skeleton: list[NonEmpty] = Field(min_length=3)
    warmups: list[ItemId] = Field(min_length=1, description="Coding problem ids for a warm-up.")
    star_prompts: list[NonEmpty] = Field(min_length=2)
    questions_to_ask: list[NonEmpty] = Field(min_length=2)
    reminders: list[NonEmpty] = Field(default_factory=list)
