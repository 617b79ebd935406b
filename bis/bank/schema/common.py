"""Pieces shared by every kind of bank item.

Every model forbids unknown keys: a typo in a user's YAML ("phrasing:" for
"phrasings:") must be an error, not a silently ignored field.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

Level = Literal["junior", "mid", "senior", "staff"]
LEVELS: tuple[str, ...] = ("junior", "mid", "senior", "staff")

# The stages a design answer moves through; rubric key points belong to one.
Stage = Literal[
    "requirements",
    "scale",
    "components",
    "api",
    "data_model",
    "scaling",
    "tradeoffs",
    "failure_modes",
    "security",
    "observability",
]
STAGES: tuple[str, ...] = (
    "requirements",
    "scale",
    "components",
    "api",
    "data_model",
    "scaling",
    "tradeoffs",
    "failure_modes",
    "security",
    "observability",
)

Focus = Literal["apis", "databases", "distributed-systems", "infra"]

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

ItemId = Annotated[
    str,
    Field(min_length=2, max_length=80, pattern=ID_PATTERN.pattern, description="kebab-case id"),
]
NonEmpty = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=True)


class KeyPoint(Strict):
    """One thing a strong answer says, with the ways people say it."""

    id: ItemId
    point: NonEmpty = Field(description="What a strong answer says, phrased as advice to add it.")
    phrasings: list[NonEmpty] = Field(
        min_length=1,
        description="Alternative phrasings; any one of them present (not negated) covers the point.",
    )
    weight: float = Field(default=1.0, gt=0, le=5)
    stage: Stage | None = Field(default=None, description="Design stage; optional for concepts.")
    level: Level = Field(default="junior", description="The lowest level expected to say this.")
    bonus: bool = Field(default=False, description="Extra credit: raises a score, never required.")


class Misconception(Strict):
    """A wrong claim that costs points and is corrected in the feedback."""

    id: ItemId
    claim: NonEmpty = Field(description="The wrong claim, stated plainly.")
    phrasings: list[NonEmpty] = Field(min_length=1, description="Ways the wrong claim is written.")
    correction: NonEmpty
    penalty: float = Field(default=1.0, gt=0, le=5)


class TimeBox(Strict):
    min_minutes: float = Field(gt=0)
    max_minutes: float = Field(gt=0)

    @field_validator("max_minutes")
    @classmethod
    def _max_not_below_min(cls, value: float, info: ValidationInfo) -> float:
        low = info.data.get("min_minutes")
        if low is not None and value < low:
            raise ValueError("max_minutes is below min_minutes")
        return value


def unique_ids(items: list, what: str) -> list:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ValueError(f"duplicate {what} id {item.id!r}")
        seen.add(item.id)
    return items
