"""Concept question grading: score, the gaps corrected, and a model summary.

A concept question has key points (weight 3 = essential: the answer is wrong
without it) and misconceptions. Bands:

* 1-2: not an attempt (empty, a list of terms, the question pasted back,
  about something else);
* 3-4: an attempt that makes few of the key points;
* 5-6: part of the picture: the essentials at least touched, or a third of
  the expected points, and more than a one-liner (two points made, or one
  explained in 15+ content words);
* 7-8: solid: every essential point made and most of the rest;
* 9-10: complete and precise: nearly every expected point.

Every missing expected point is returned as a gap with the point stated
correctly, and every misconception found is corrected.
"""

from __future__ import annotations

from bis.grading.design import attempt_criteria
from bis.grading.feedback import choose_probes, excerpt, point_label
from bis.grading.results import BandCriterion, ConceptResult, round_score
from bis.grading.rubric import RubricAssessment, assess_rubric, normalise_level

__all__ = ["concept_item_texts", "grade_concept"]

ESSENTIAL_WEIGHT = 3.0
MIN_CONTENT_WORDS = 5
MAX_PENALTY = 3.0
EXTRA_WEIGHT = 0.1
# A 5-6 answer makes two expected points, or explains one in more than a
# sentence (content words of its own).
MIN_POINTS_5_6 = 2
MIN_EXPLAINED_WORDS = 15
BAND_RANGES: dict[str, tuple[float, float, float, float]] = {
    "1-2": (1.0, 2.0, 0.0, 0.1),
    "3-4": (3.0, 4.0, 0.0, 0.35),
    "5-6": (5.0, 6.0, 0.3, 0.6),
    "7-8": (7.0, 8.0, 0.55, 0.85),
    "9-10": (9.0, 10.0, 0.8, 1.0),
}
BAND_LABELS = {
    "1-2": "not yet an answer",
    "3-4": "weak",
    "5-6": "partial",
    "7-8": "solid",
    "9-10": "excellent",
}


def concept_item_texts(question: dict, topic: dict | None) -> list[str]:
    texts = [question.get("question", ""), question.get("ideal_answer", "")]
    for kp in question.get("key_points") or ():
        texts.append(kp.get("point", ""))
        texts.extend(kp.get("phrasings") or ())
    texts.extend(question.get("follow_ups") or ())
    if topic:
        texts.extend([topic.get("title", ""), topic.get("summary", "")])
        texts.extend(topic.get("aliases") or ())
    return [t for t in texts if t]


def _criteria(assessment: RubricAssessment, coverage: float) -> dict[str, list[BandCriterion]]:
    essentials = [p for p in assessment.expected if p.weight >= ESSENTIAL_WEIGHT]
    ess_covered = [p for p in essentials if p.status == "covered"]
    ess_touched = [p for p in essentials if p.status in ("covered", "partial")]
    names = ", ".join(point_label(p) for p in essentials if p.status != "covered") or "none"
    touched = [p for p in assessment.expected if p.status in ("covered", "partial")]
    need = min(MIN_POINTS_5_6, len(assessment.expected))
    tq = assessment.quality
    own_words = tq.content_tokens * (1.0 - tq.copied_share)

    def cov(band: str, minimum: float) -> BandCriterion:
        return BandCriterion(band, f"at least {minimum:.0%} of the expected points", coverage >= minimum, f"{coverage:.0%}")

    return {
        "3-4": attempt_criteria(assessment, "3-4", MIN_CONTENT_WORDS),
        "5-6": [
            BandCriterion(
                "5-6",
                "the essential points at least touched, or a third of the points made",
                len(ess_touched) == len(essentials) and bool(ess_touched) or coverage >= 0.33,
                f"essentials touched {len(ess_touched)}/{len(essentials)}, coverage {coverage:.0%}",
            ),
            # Part of the picture is more than a one-liner: a single sentence
            # that names the essential point is a start (3-4), not a partial answer.
            BandCriterion(
                "5-6",
                f"more than a one-line answer: {need} points made, or one explained",
                len(touched) >= need or own_words >= MIN_EXPLAINED_WORDS,
                f"{len(touched)} of {len(assessment.expected)} points made, {own_words:.0f} words of your own",
            ),
        ],
        "7-8": [
            BandCriterion(
                "7-8",
                "every essential point made",
                len(ess_covered) == len(essentials),
                f"missing: {names}" if len(ess_covered) < len(essentials) else "all made",
            ),
            cov("7-8", 0.55),
        ],
        "9-10": [
            cov("9-10", 0.9),
            BandCriterion(
                "9-10",
                "every expected point made",
                all(p.status == "covered" for p in assessment.expected),
                ", ".join(point_label(p) for p in assessment.expected if p.status != "covered") or "all made",
            ),
        ],
    }


def grade_concept(
    answer: str,
    question: dict,
    topic: dict | None = None,
    level: str | None = None,
) -> ConceptResult:
    """Grade an answer to one concept question (a ``ConceptQuestion`` dict).

    ``level`` defaults to the question's own level.
    """
    level = normalise_level(level or question.get("level"), "mid")
    q_texts = [question.get("question", "")]
    assessment = assess_rubric(
        answer,
        question.get("key_points") or [],
        question.get("misconceptions") or [],
        level=level,
        question_texts=q_texts,
        item_texts=concept_item_texts(question, topic),
    )
    coverage = assessment.coverage()
    extras = assessment.extras
    effective = min(1.0, coverage + (EXTRA_WEIGHT * assessment.coverage(extras) if extras else 0.0))
    criteria = _criteria(assessment, coverage)
    band = "1-2"
    for name in ("3-4", "5-6", "7-8", "9-10"):
        if all(c.met for c in criteria[name]):
            band = name
        else:
            break
    lo, hi, c_lo, c_hi = BAND_RANGES[band]
    pos = min(1.0, max(0.0, (effective - c_lo) / (c_hi - c_lo)))
    raw = lo + (hi - lo) * pos
    if band == "9-10":
        # A 10 needs what is beyond the level too (higher-level and bonus points).
        depth = assessment.coverage(assessment.points)
        raw = 9.0 + min(1.0, max(0.0, (depth - 0.8) / 0.2))
    score = round_score(raw - min(MAX_PENALTY, assessment.penalty()))
    final_band = "9-10" if score >= 9 else "7-8" if score >= 7 else "5-6" if score >= 5 else "3-4" if score >= 3 else "1-2"

    matched = [p for p in assessment.points if p.status in ("covered", "partial")]
    missing = [p for p in assessment.points if p.status not in ("covered", "partial")]
    gaps: list[str] = []
    for m in assessment.misconceptions:
        gaps.append(f"Not quite: {m.correction.strip()}")
    for p in sorted(assessment.expected, key=lambda p: -p.weight):
        if p.status != "covered":
            gaps.append(p.point)

    good = [f"You explained {point_label(p).lower()} ('{p.phrasing}')." for p in matched if p.status == "covered"][:4]
    improve: list[str] = []
    for m in assessment.misconceptions:
        improve.append(f"Correction: {m.correction.strip()} (you wrote: \u201c{excerpt(m.evidence)}\u201d)")
    for p in assessment.points:
        if p.status == "partial" and p.expected:
            improve.append(f"You named {p.phrasing!r} without explaining it: {point_label(p)}.")
        elif p.status == "negated" and p.expected:
            improve.append(f"You ruled out {p.phrasing!r}, but: {p.point}")
    notes = assessment.notes()
    improve.extend(notes)
    order = ("3-4", "5-6", "7-8", "9-10")
    add: list[str] = []
    idx = order.index(band) if band in order else -1
    if idx + 1 < len(order):
        unmet = [c for c in criteria[order[idx + 1]] if not c.met]
        if unmet:
            add.append(f"To reach {order[idx + 1]}: " + "; ".join(f"{c.name} ({c.detail})" for c in unmet) + ".")
    add.extend(p.point for p in sorted(assessment.expected, key=lambda p: -p.weight) if p.status != "covered")
    probes = choose_probes(
        question.get("follow_ups") or [],
        [p for p in assessment.expected if p.status != "covered"],
        [p for p in matched if p.status == "covered"],
        count=2,
    )
    flat = [c for name in order for c in criteria[name]]
    return ConceptResult(
        kind="concept",
        item_id=str(question.get("id", "")),
        topic_id=str(topic.get("id")) if topic else None,
        question=str(question.get("question", "")),
        level=level,
        score=score,
        band=final_band,
        band_label=BAND_LABELS[final_band],
        good=good,
        improve=improve[:8],
        add_next_time=add[:6],
        probes=probes,
        matched=matched,
        missing=missing,
        misconceptions=assessment.misconceptions,
        criteria=flat,
        diagnostics=assessment.diagnostics(notes),
        gaps=gaps,
        model_summary=str(question.get("ideal_answer", "")).strip(),
    )
