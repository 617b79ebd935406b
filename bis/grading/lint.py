"""Checks that a rubric will grade well (advice for bank authors).

These are warnings, not schema errors: a rubric can be valid and still grade
badly. Each finding names the item, the key point or misconception and the
phrasing concerned.
"""

from __future__ import annotations

from bis.grading.quality import generic_stems
from bis.grading.text import NEGATION_MARK, analyse, phrase_stems

__all__ = ["lint_item"]


def _phrasing_findings(where: str, phrasings: list[str], question_stems: set[str]) -> list[str]:
    out: list[str] = []
    generic = generic_stems()
    for phrasing in phrasings:
        stems = tuple(s for s in phrase_stems(phrasing) if s != NEGATION_MARK)
        words = phrasing.split()
        if len(stems) == 1 and stems[0] in generic:
            out.append(f"{where}: phrasing {phrasing!r} is one generic word; almost any answer contains it")
        if len(words) >= 3 and len(stems) <= 1:
            out.append(f"{where}: phrasing {phrasing!r} reduces to {' '.join(stems) or 'nothing'!r} once stopwords go")
        if stems and all(s in question_stems for s in stems):
            out.append(f"{where}: phrasing {phrasing!r} is in the question itself, so it earns half credit")
    return out


def _check_rubric(
    item_id: str,
    key_points: list[dict],
    misconceptions: list[dict],
    question: str,
) -> list[str]:
    q_stems = set(analyse(question).all_stems()) if question else set()
    out: list[str] = []
    seen: dict[tuple[str, ...], str] = {}
    for kp in key_points:
        where = f"{item_id} key point {kp.get('id')}"
        out.extend(_phrasing_findings(where, list(kp.get("phrasings") or []), q_stems))
        for phrasing in kp.get("phrasings") or []:
            stems = phrase_stems(phrasing)
            other = seen.get(stems)
            if other and other != kp.get("id"):
                out.append(f"{where}: phrasing {phrasing!r} also covers key point {other}")
            seen[stems] = str(kp.get("id"))
    for mc in misconceptions:
        where = f"{item_id} misconception {mc.get('id')}"
        out.extend(_phrasing_findings(where, list(mc.get("phrasings") or []), set()))
    return out


def lint_item(item: dict) -> list[str]:
    """Warnings for one bank item (design, concept topic or behavioural)."""
    from bis.grading.behavioral import grade_behavioral
    from bis.grading.concept import grade_concept
    from bis.grading.design import grade_design

    kind = item.get("kind")
    item_id = str(item.get("id", "?"))
    out: list[str] = []
    if kind == "design":
        out.extend(_check_rubric(item_id, item.get("rubric") or [], item.get("misconceptions") or [], item.get("prompt", "")))
        answer = item.get("model_answer", "")
        for level in item.get("levels") or ["mid"]:
            result = grade_design(answer, item, level)
            if result.score < 9:
                out.append(f"{item_id}: model answer scores {result.score} at {level} level")
            for p in result.missing:
                if p.expected and level == (item.get("levels") or ["mid"])[-1]:
                    out.append(f"{item_id}: model answer does not make key point {p.id} with any phrasing")
            for m in result.misconceptions:
                out.append(f"{item_id}: misconception {m.id} fires on the model answer ({m.phrasing!r})")
    elif kind == "concept":
        for q in item.get("questions") or []:
            qid = f"{item_id}/{q.get('id')}"
            out.extend(_check_rubric(qid, q.get("key_points") or [], q.get("misconceptions") or [], q.get("question", "")))
            concept = grade_concept(q.get("ideal_answer", ""), q, item, "staff")
            if concept.score < 9:
                out.append(f"{qid}: ideal answer scores {concept.score}")
            for p in concept.missing:
                if not p.bonus:
                    out.append(f"{qid}: ideal answer does not make key point {p.id} with any phrasing")
            for m in concept.misconceptions:
                out.append(f"{qid}: misconception {m.id} fires on the ideal answer ({m.phrasing!r})")
    elif kind == "behavioral":
        story = grade_behavioral(item.get("model_answer", ""), item, (item.get("levels") or ["mid"])[-1])
        if story.score < 9:
            unmet = [c.name for c in story.criteria if not c.met]
            out.append(f"{item_id}: model answer scores {story.score} (unmet: {', '.join(unmet) or 'none'})")
    return out
