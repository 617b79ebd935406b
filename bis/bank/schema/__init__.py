"""One strict schema for every kind of bank item.

Importing this package costs pydantic model construction, so runtime
commands read the compiled cache instead; only validation imports it.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, TypeAdapter

from bis.bank.schema.behavioral import BehavioralQuestion
from bis.bank.schema.coding import CodingProblem
from bis.bank.schema.common import LEVELS, STAGES, KeyPoint, Misconception
from bis.bank.schema.company import CompanyProfile
from bis.bank.schema.concept import ConceptQuestion, ConceptTopic
from bis.bank.schema.design import DesignProblem
from bis.bank.schema.prep import PrepChecklist

BankItem = Annotated[
    DesignProblem | ConceptTopic | BehavioralQuestion | CodingProblem | CompanyProfile | PrepChecklist,
    Field(discriminator="kind"),
]

KINDS: tuple[str, ...] = ("design", "concept", "behavioral", "coding", "company", "prep")

_adapter: TypeAdapter | None = None


def item_adapter() -> TypeAdapter:
    global _adapter
    if _adapter is None:
        _adapter = TypeAdapter(BankItem)
    return _adapter


def json_schema() -> dict:
    schema = item_adapter().json_schema()
    schema["title"] = "bis bank item"
    schema["$comment"] = "Each YAML file holds one item (a mapping) or a list of items."
    return schema


__all__ = [
    "KINDS",
    "LEVELS",
    "STAGES",
    "BankItem",
    "BehavioralQuestion",
    "CodingProblem",
    "CompanyProfile",
    "ConceptQuestion",
    "ConceptTopic",
    "DesignProblem",
    "KeyPoint",
    "Misconception",
    "PrepChecklist",
    "item_adapter",
    "json_schema",
]
