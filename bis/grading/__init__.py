"""Free-text grading without a language model.

Public API (each returns a result dataclass with ``to_dict()``):

* :func:`grade_design` - a system/API design answer against a design item;
* :func:`grade_concept` - an answer to one concept question;
* :func:`grade_behavioral` - a STAR story against a behavioural question;
* :func:`grade_reference` - an answer against a model answer alone;
* :func:`grade` - dispatch on a bank item dict (``kind``), falling back to
  reference mode for an item that carries only a model answer.

Items are plain dicts shaped like the bank schema's ``model_dump(mode="json")``;
nothing here imports pydantic. The stemmer and rapidfuzz are imported on first
use, so importing this package is cheap. The method is described in
docs/grading.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    from bis.grading.results import GradeResult

# Submodules load on first use (PEP 562), so importing the package costs
# almost nothing and a command pays only for the grader it runs.
_LAZY: dict[str, str] = {
    "grade_behavioral": "bis.grading.behavioral",
    "grade_concept": "bis.grading.concept",
    "grade_design": "bis.grading.design",
    "grade_reference": "bis.grading.reference",
    "lint_item": "bis.grading.lint",
    "BandCriterion": "bis.grading.results",
    "BehavioralResult": "bis.grading.results",
    "ConceptResult": "bis.grading.results",
    "DesignResult": "bis.grading.results",
    "Diagnostics": "bis.grading.results",
    "GradeResult": "bis.grading.results",
    "IdeaResult": "bis.grading.results",
    "LengthCheck": "bis.grading.results",
    "MisconceptionHit": "bis.grading.results",
    "OwnershipCheck": "bis.grading.results",
    "PointResult": "bis.grading.results",
    "ReferenceResult": "bis.grading.results",
    "StageResult": "bis.grading.results",
    "StarComponent": "bis.grading.results",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bis.grading' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    "grade",
    "grade_behavioral",
    "grade_concept",
    "grade_design",
    "grade_reference",
    "lint_item",
]

_REFERENCE_KEYS = ("model_answer", "ideal_answer", "reference_answer", "reference")


def grade(answer: str, item: dict, level: str | None = None, *, question_id: str | None = None) -> GradeResult:
    """Grade ``answer`` against any gradable bank item.

    * ``kind: design`` with a rubric -> :func:`grade_design`;
    * ``kind: concept`` (a topic) -> :func:`grade_concept` on the question
      ``question_id`` (or the only question); a bare concept question dict
      (with ``key_points``) works too;
    * ``kind: behavioral`` -> :func:`grade_behavioral`;
    * anything else that carries a model answer and no rubric -> reference mode.
    """
    from bis.grading.behavioral import grade_behavioral
    from bis.grading.concept import grade_concept
    from bis.grading.design import grade_design
    from bis.grading.reference import grade_reference

    kind = item.get("kind")
    if kind == "design" and item.get("rubric"):
        return grade_design(answer, item, level)
    if kind == "behavioral":
        return grade_behavioral(answer, item, level)
    if kind == "concept":
        questions = item.get("questions") or []
        chosen = [q for q in questions if q.get("id") == question_id] if question_id else questions[:1]
        if not chosen:
            raise KeyError(f"concept topic {item.get('id')!r} has no question {question_id!r}")
        return grade_concept(answer, chosen[0], item, level)
    if item.get("key_points"):
        return grade_concept(answer, item, None, level)
    for key in _REFERENCE_KEYS:
        reference = item.get(key)
        if isinstance(reference, str) and reference.strip():
            question = str(item.get("question") or item.get("prompt") or "")
            probes = list(item.get("follow_ups") or item.get("probes") or [])
            return grade_reference(
                answer,
                reference,
                question,
                item_id=str(item.get("id", "custom")),
                level=level or "mid",
                probes=probes,
            )
    raise ValueError("item has neither a rubric nor a model answer to grade against")
