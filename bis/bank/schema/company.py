"""Company-style prep profiles: publicly known, general patterns only."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from bis.bank.schema.common import ItemId, NonEmpty, Strict


class ThemeWithItems(Strict):
    theme: NonEmpty
    why: NonEmpty | None = None
    bank_ids: list[ItemId] = Field(min_length=1, description="Bank items that train this theme.")


class CompanyProfile(Strict):
    kind: Literal["company"]
    id: ItemId
    name: NonEmpty
    aliases: list[NonEmpty] = Field(default_factory=list)
    loop_shape: list[NonEmpty] = Field(min_length=1, description="Publicly known shape of the loop.")
    values: list[NonEmpty] = Field(default_factory=list)
    coding_areas: list[ThemeWithItems] = Field(min_length=2, max_length=3)
    design_themes: list[ThemeWithItems] = Field(min_length=1, max_length=2)
    behavioral_themes: list[ThemeWithItems] = Field(min_length=2, max_length=3)
    note: NonEmpty = Field(
        default="General, publicly known patterns; not real interview questions.",
        description="Where the profile's knowledge comes from and its limits.",
    )
