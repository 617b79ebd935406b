"""System/API design grading with the product's bands.

PRODUCT.md defines the bands by what an answer covers:

* 3-4: missing requirements or scale, no clear components or API;
* 5-6: basic components/endpoints, little on consistency, caching or failure;
* 7-8: clear requirements, components, data model, API, some scaling and
  trade-offs;
* 9-10: scalable design with bottlenecks, consistency/availability and
  failure modes discussed.

Each band is a list of criteria over the rubric's stages. The band is the
highest one whose criteria are all met (and whose minimum overall coverage
is reached); the position inside the band comes from the weighted coverage
of the key points expected at the candidate's level, with a little extra for
bonus or higher-level points. Misconceptions are then subtracted. The
feedback lists the criteria met and missing, so a 6 says what would make it
an 8.

Level: key points above the candidate's level are not expected (they only
add extra credit), and senior/staff candidates must also cover failure modes
to reach 7-8 (staff: strongly, to reach 9-10).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bis.grading.feedback import choose_probes, excerpt, point_label
from bis.grading.results import BandCriterion, DesignResult, PointResult, StageResult, round_score
from bis.grading.rubric import RubricAssessment, assess_rubric, level_rank, normalise_level

__all__ = ["STAGE_LABELS", "design_question_texts", "grade_design"]

STAGE_ORDER: tuple[str, ...] = (
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
STAGE_LABELS: dict[str, str] = {
    "requirements": "Requirements",
    "scale": "Scale estimates",
    "components": "Components",
    "api": "API",
    "data_model": "Data model",
    "scaling": "Scaling",
    "tradeoffs": "Trade-offs",
    "failure_modes": "Failure modes",
    "security": "Security",
    "observability": "Observability",
}
STRONG = 0.6
PARTIAL = 0.25
CLEAR = 0.5
MAX_PENALTY = 3.0
EXTRA_WEIGHT = 0.1  # how much covered bonus/higher-level points add to coverage

# Coverage range mapped onto each band's two scores.
BAND_RANGES: dict[str, tuple[float, float, float, float]] = {
    # band: (score low, score high, coverage low, coverage high)
    "1-2": (1.0, 2.0, 0.0, 0.1),
    "3-4": (3.0, 4.0, 0.1, 0.4),
    "5-6": (5.0, 6.0, 0.3, 0.6),
    "7-8": (7.0, 8.0, 0.5, 0.85),
    "9-10": (9.0, 10.0, 0.85, 1.0),
}
BAND_MIN_COVERAGE = {"5-6": 0.2, "7-8": 0.45, "9-10": 0.85}
# The floor of 3-4: an attempt with this many content words of its own,
# mostly in sentences, and about this problem.
MIN_CONTENT_WORDS = 12
MIN_PROSE_SHARE = 0.5
MIN_TOPIC_FACTOR = 0.5
BAND_LABELS = {
    "1-2": "not yet an answer",
    "3-4": "missing the basics",
    "5-6": "basic",
    "7-8": "solid",
    "9-10": "strong",
}


@dataclass
class _Stage:
    stage: str
    coverage: float
    status: str
    expected: list[PointResult]
    others: list[PointResult]


def design_question_texts(item: dict) -> list[str]:
    """What the candidate is shown: title, prompt and the guided steps."""
    texts = [item.get("title", ""), item.get("prompt", "")]
    texts.extend(step.get("prompt", "") for step in item.get("guided_steps") or ())
    return [t for t in texts if t]


def design_item_texts(item: dict) -> list[str]:
    """Everything the item says about its subject (for the off-topic check)."""
    texts = list(design_question_texts(item))
    for key in ("functional_requirements", "non_functional_requirements", "scale", "probes", "estimates"):
        texts.extend(item.get(key) or ())
    for kp in item.get("rubric") or ():
        texts.append(kp.get("point", ""))
        texts.extend(kp.get("phrasings") or ())
    for section in item.get("model_outline") or ():
        texts.extend(section.get("points") or ())
    texts.append(item.get("model_answer", ""))
    return [t for t in texts if t]


def _stages(assessment: RubricAssessment) -> dict[str, _Stage]:
    out: dict[str, _Stage] = {}
    for stage in STAGE_ORDER:
        pts = [p for p in assessment.points if p.stage == stage]
        exp = [p for p in pts if p.expected]
        others = [p for p in pts if not p.expected]
        if exp:
            cov = assessment.coverage(exp)
            status = "strong" if cov >= STRONG else "partial" if cov >= PARTIAL else "missing"
        elif pts:
            cov = assessment.coverage([p for p in pts if not p.bonus] or pts)
            status = "not_expected"
        else:
            cov, status = 0.0, "not_in_rubric"
        out[stage] = _Stage(stage, cov, status, exp, others)
    return out


def attempt_criteria(
    assessment: RubricAssessment, band: str = "3-4", min_words: int = MIN_CONTENT_WORDS
) -> list[BandCriterion]:
    """Is this a real, on-topic attempt written in sentences? (The floor of 3-4.)"""
    tq = assessment.quality
    prose = tq.prose_share()
    return [
        BandCriterion(
            band=band,
            name="enough of your own words to grade",
            met=tq.content_tokens * (1.0 - tq.copied_share) >= min_words,
            detail=f"{tq.content_tokens} content words, {tq.copied_share:.0%} taken from the question",
        ),
        BandCriterion(
            band=band,
            name="written as explanation, not a list of terms",
            met=prose >= MIN_PROSE_SHARE,
            detail=f"{prose:.0%} of the content is in sentences or specifications",
        ),
        BandCriterion(
            band=band,
            name="about this problem",
            met=assessment.topic_factor >= MIN_TOPIC_FACTOR,
            detail=f"{assessment.topicality:.0%} of the specific vocabulary relates to it",
        ),
    ]


def _criteria(
    stages: dict[str, _Stage], coverage: float, level: str, attempt: list[BandCriterion]
) -> dict[str, list[BandCriterion]]:
    rank = level_rank(level)

    def need(
        band: str, stage_names: Sequence[str], threshold: float, what: str, touch_higher: bool = False
    ) -> BandCriterion:
        """Met when ANY of the stages reaches the threshold.

        A stage with no key point expected at this level counts as met, except
        with ``touch_higher`` (the 9-10 criteria): then its higher-level points
        must at least be touched, because a 9 discusses failure modes and
        consistency at any level.
        """
        details = []
        met = False
        for name in stage_names:
            st = stages[name]
            if st.status == "not_in_rubric":
                met = True
                details.append(f"{STAGE_LABELS[name]}: not in this rubric")
                continue
            if st.status == "not_expected":
                if not touch_higher or st.coverage >= PARTIAL:
                    met = True
                details.append(f"{STAGE_LABELS[name]} {st.coverage:.0%} (beyond {level} level)")
                continue
            details.append(f"{STAGE_LABELS[name]} {st.coverage:.0%}")
            if st.coverage >= threshold:
                met = True
        return BandCriterion(band=band, name=what, met=met, detail=", ".join(details))

    def cov_need(band: str, minimum: float) -> BandCriterion:
        return BandCriterion(
            band=band,
            name=f"at least {minimum:.0%} of the expected key points",
            met=coverage >= minimum,
            detail=f"{coverage:.0%} covered",
        )

    crit: dict[str, list[BandCriterion]] = {
        "3-4": attempt,
        "5-6": [
            need("5-6", ["components", "api"], PARTIAL, "basic components or endpoints"),
            need("5-6", ["data_model", "scaling", "api"], PARTIAL, "a data model, an API or some scaling"),
            cov_need("5-6", BAND_MIN_COVERAGE["5-6"]),
        ],
        "7-8": [
            need("7-8", ["requirements"], CLEAR, "clear requirements"),
            need("7-8", ["scale"], PARTIAL, "scale estimated"),
            need("7-8", ["components"], CLEAR, "clear components"),
            need("7-8", ["api"], CLEAR, "a clear API"),
            need("7-8", ["data_model"], PARTIAL, "a data model"),
            need("7-8", ["scaling"], PARTIAL, "some scaling"),
            need("7-8", ["tradeoffs"], PARTIAL, "some trade-offs"),
            cov_need("7-8", BAND_MIN_COVERAGE["7-8"]),
        ],
        "9-10": [
            need("9-10", ["scaling"], STRONG, "a scalable design with its bottlenecks", True),
            need("9-10", ["tradeoffs"], CLEAR, "consistency/availability trade-offs discussed", True),
            need("9-10", ["failure_modes"], STRONG if rank >= 3 else CLEAR, "failure modes discussed", True),
            cov_need("9-10", BAND_MIN_COVERAGE["9-10"]),
        ],
    }
    if rank >= 2:  # senior and staff: failure modes are part of a solid answer
        crit["7-8"].insert(-1, need("7-8", ["failure_modes"], PARTIAL, f"failure modes (expected at {level} level)"))
    return crit


def _band_for(criteria: dict[str, list[BandCriterion]]) -> str:
    band = "1-2"
    for name in ("3-4", "5-6", "7-8", "9-10"):
        if all(c.met for c in criteria[name]):
            band = name
        else:
            break
    return band


def _unit(x: float) -> float:
    return 0.0 if x < 0 else 1.0 if x > 1 else x


def _score_in_band(band: str, coverage: float) -> float:
    lo, hi, c_lo, c_hi = BAND_RANGES[band]
    pos = (coverage - c_lo) / (c_hi - c_lo)
    pos = 0.0 if pos < 0 else 1.0 if pos > 1 else pos
    return lo + (hi - lo) * pos


def grade_design(answer: str, item: dict, level: str | None = None) -> DesignResult:
    """Grade a system/API design answer against a design item (a plain dict)."""
    level = normalise_level(level, "mid")
    assessment = assess_rubric(
        answer,
        item.get("rubric") or [],
        item.get("misconceptions") or [],
        level=level,
        question_texts=design_question_texts(item),
        item_texts=design_item_texts(item),
    )
    coverage = assessment.coverage()
    extras = assessment.extras
    extra_cov = assessment.coverage(extras) if extras else 0.0
    effective = min(1.0, coverage + EXTRA_WEIGHT * extra_cov)
    stages = _stages(assessment)
    criteria = _criteria(stages, coverage, level, attempt_criteria(assessment))
    band = _band_for(criteria)
    raw = _score_in_band(band, effective)
    if band == "9-10":
        # Inside the top band, half the position comes from depth beyond the
        # level (all non-bonus points), so a 10 needs more than the level asks.
        depth = assessment.coverage([p for p in assessment.points if not p.bonus])
        raw = 9.0 + 0.5 * _unit((effective - 0.85) / 0.15) + 0.5 * _unit((depth - 0.8) / 0.2)
    penalty = min(MAX_PENALTY, assessment.penalty())
    score = round_score(raw - penalty)
    final_band = _band_of_score(score)

    matched = [p for p in assessment.points if p.status in ("covered", "partial")]
    missing = [p for p in assessment.points if p.status not in ("covered", "partial")]
    notes = assessment.notes()
    good, improve, add = _feedback(assessment, stages, criteria, band, level, notes)
    gaps = sorted(
        (p for p in assessment.expected if p.status != "covered"),
        key=lambda p: (-p.weight, STAGE_ORDER.index(p.stage) if p.stage in STAGE_ORDER else 99),
    )
    strengths = sorted((p for p in matched if p.status == "covered"), key=lambda p: -p.weight)
    probes = choose_probes(item.get("probes") or [], gaps, strengths)
    flat_criteria = [c for name in ("3-4", "5-6", "7-8", "9-10") for c in criteria[name]]
    return DesignResult(
        kind="design",
        item_id=str(item.get("id", "")),
        question=str(item.get("prompt", "")),
        level=level,
        score=score,
        band=final_band,
        band_label=BAND_LABELS[final_band],
        good=good,
        improve=improve,
        add_next_time=add,
        probes=probes,
        matched=matched,
        missing=missing,
        misconceptions=assessment.misconceptions,
        criteria=flat_criteria,
        diagnostics=assessment.diagnostics(notes),
        stages=[
            StageResult(
                stage=s.stage,
                label=STAGE_LABELS[s.stage],
                coverage=s.coverage,
                status=s.status,
                covered=[p.id for p in s.expected + s.others if p.status == "covered"],
                missing=[p.id for p in s.expected if p.status != "covered"],
            )
            for s in stages.values()
            if s.status != "not_in_rubric"
        ],
    )


def _band_of_score(score: float) -> str:
    if score >= 9:
        return "9-10"
    if score >= 7:
        return "7-8"
    if score >= 5:
        return "5-6"
    if score >= 3:
        return "3-4"
    return "1-2"


def _feedback(
    assessment: RubricAssessment,
    stages: dict[str, _Stage],
    criteria: dict[str, list[BandCriterion]],
    band: str,
    level: str,
    notes: list[str],
) -> tuple[list[str], list[str], list[str]]:
    good: list[str] = []
    for st in stages.values():
        covered = [p for p in st.expected + st.others if p.status == "covered"]
        if not covered:
            continue
        names = ", ".join(f"'{p.phrasing}'" for p in covered[:3] if p.phrasing)
        verdict = "well covered" if st.status == "strong" else "covered in part"
        good.append(f"{STAGE_LABELS[st.stage]} {verdict}: {names}.")
    extra = [p for p in assessment.extras if p.status == "covered"]
    if extra:
        good.append("Beyond what is expected at " + level + " level: " + "; ".join(point_label(p) for p in extra[:2]) + ".")

    improve: list[str] = []
    for m in assessment.misconceptions:
        improve.append(f"Correction: {m.correction.strip()} (you wrote: \u201c{excerpt(m.evidence)}\u201d)")
    for p in assessment.points:
        if p.status == "partial" and p.expected:
            improve.append(f"You named {p.phrasing!r} but did not explain it: {point_label(p)}.")
        elif p.status == "negated" and p.expected:
            improve.append(
                f"You ruled out {p.phrasing!r} (\u201c{excerpt(p.evidence, 80)}\u201d); a strong answer would: "
                f"{point_label(p)}."
            )
    improve.extend(notes)

    add: list[str] = []
    order = ("3-4", "5-6", "7-8", "9-10")
    idx = order.index(band) if band in order else -1
    if idx + 1 < len(order):
        nxt = order[idx + 1]
        unmet = [c for c in criteria[nxt] if not c.met]
        if unmet:
            add.append(f"To reach {nxt}: " + "; ".join(f"{c.name} ({c.detail})" for c in unmet) + ".")
    gaps = sorted(
        (p for p in assessment.expected if p.status != "covered"),
        key=lambda p: (-p.weight, STAGE_ORDER.index(p.stage) if p.stage in STAGE_ORDER else 99),
    )
    for p in gaps[:5]:
        label = STAGE_LABELS.get(p.stage or "", "")
        add.append(f"{label}: {p.point}" if label else p.point)
    if not good and assessment.quality.content_tokens:
        improve.append("No key point of this problem was made clearly enough to earn credit.")
    return good[:6], improve[:8], add[:6]
