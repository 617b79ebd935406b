"""Result objects the graders return.

Plain dataclasses: a CLI renders them for people and serialises them with
``to_dict()`` (JSON-safe: str, float, int, bool, None, lists and dicts only).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

__all__ = [
    "BandCriterion",
    "BehavioralResult",
    "ConceptResult",
    "DesignResult",
    "Diagnostics",
    "GradeResult",
    "IdeaResult",
    "LengthCheck",
    "MisconceptionHit",
    "OwnershipCheck",
    "PointResult",
    "ReferenceResult",
    "StageResult",
    "StarComponent",
    "round_score",
]


def round_score(value: float) -> float:
    """Clamp to 1..10 and round to the nearest half point."""
    value = 1.0 if value < 1.0 else 10.0 if value > 10.0 else value
    return round(value * 2.0) / 2.0


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return [_plain(v) for v in items]
    return value


class _ToDict:
    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass
class PointResult(_ToDict):
    """One rubric key point and what the answer did with it.

    status: "covered" (credit >= 0.6), "partial" (named in a list or a thin
    sentence), "negated" (only said in a negated sentence), "missing".
    """

    id: str
    point: str
    stage: str | None
    weight: float
    level: str
    bonus: bool
    expected: bool
    status: str
    credit: float
    phrasing: str | None = None
    evidence: str | None = None


@dataclass
class MisconceptionHit(_ToDict):
    id: str
    claim: str
    correction: str
    penalty: float
    evidence: str
    phrasing: str


@dataclass
class BandCriterion(_ToDict):
    """One condition of a band (e.g. "data model discussed") and whether it is met."""

    band: str
    name: str
    met: bool
    detail: str = ""


@dataclass
class StageResult(_ToDict):
    stage: str
    label: str
    coverage: float
    status: str  # strong | partial | missing | not_expected | not_in_rubric
    covered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass
class Diagnostics(_ToDict):
    """How the answer was read; the numbers behind the anti-gaming defences."""

    word_count: int
    sentences: int
    well_formedness: float
    prose_share: float
    topicality: float
    topic_factor: float
    copied_share: float
    duplicate_sentences: int
    notes: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class GradeResult(_ToDict):
    kind: str
    item_id: str
    question: str
    level: str
    score: float
    band: str
    band_label: str
    good: list[str] = field(default_factory=list)
    improve: list[str] = field(default_factory=list)
    add_next_time: list[str] = field(default_factory=list)
    probes: list[str] = field(default_factory=list)
    matched: list[PointResult] = field(default_factory=list)
    missing: list[PointResult] = field(default_factory=list)
    misconceptions: list[MisconceptionHit] = field(default_factory=list)
    criteria: list[BandCriterion] = field(default_factory=list)
    diagnostics: Diagnostics | None = None


@dataclass(kw_only=True)
class DesignResult(GradeResult):
    stages: list[StageResult] = field(default_factory=list)


@dataclass(kw_only=True)
class ConceptResult(GradeResult):
    topic_id: str | None = None
    gaps: list[str] = field(default_factory=list)
    model_summary: str = ""


@dataclass
class StarComponent(_ToDict):
    """One of Situation / Task / Action / Result."""

    part: str
    status: str  # present | thin | missing
    sentence: str | None
    confidence: float


@dataclass
class OwnershipCheck(_ToDict):
    i_count: int
    we_count: int
    i_ratio: float
    verdict: str


@dataclass
class LengthCheck(_ToDict):
    words: int
    minutes_low: float
    minutes_high: float
    target: str
    verdict: str  # short | ok | long


@dataclass(kw_only=True)
class BehavioralResult(GradeResult):
    star: list[StarComponent] = field(default_factory=list)
    has_metrics: bool = False
    metrics: list[str] = field(default_factory=list)
    backend_context: list[str] = field(default_factory=list)
    ownership: OwnershipCheck | None = None
    length: LengthCheck | None = None


@dataclass
class IdeaResult(_ToDict):
    """One idea (sentence) of a reference answer and how much of it was said."""

    text: str
    coverage: float
    status: str  # covered | partial | missing


@dataclass(kw_only=True)
class ReferenceResult(GradeResult):
    fraction: float = 0.0
    ideas: list[IdeaResult] = field(default_factory=list)
