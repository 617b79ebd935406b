"""Behavioural (STAR) answers: structure, evidence, ownership and length.

What is measured, per PRODUCT.md ("STAR completeness, backend context,
ownership, measurable results") and the issue:

* STAR: every sentence is scored for Situation / Task / Action / Result cues
  (context and scale; "my task was"; first-person action verbs; outcomes and
  numbers) with a position prior (situations come first, results last). Each
  part is "present" (a clear sentence), "thin" (only a weak or vague one) or
  "missing", reported with the sentence found.
* Metrics: numbers with units, percentages, before/after figures.
* Backend context: the item's own backend terms (matched like rubric
  phrasings) plus a general list (p99, rollback, postmortem ...).
* Ownership: first person singular vs plural ("I" vs "we").
* Length: words against the 1-2 minute spoken target at 130-150 words per
  minute (130-300 words).
* Relevance: the share of the answer's specific vocabulary that belongs to
  this question's texts; a polished story about something else is capped.

The same defences as the rubric graders apply: repeated sentences count
once, lists of terms and garbled text do not count as sentences, words
copied from the question earn nothing.
"""

from __future__ import annotations

import re
from typing import Any

from bis.grading.feedback import choose_probes, excerpt
from bis.grading.matching import AnswerIndex, Lexicon, compile_phrasings
from bis.grading.quality import TextQuality, assess_text, generic_stems
from bis.grading.relevance import Relevance, relevance, rival_question
from bis.grading.results import (
    BandCriterion,
    BehavioralResult,
    Diagnostics,
    PointResult,
    StarComponent,
    round_score,
)
from bis.grading.rubric import level_rank, normalise_level
from bis.grading.star import (
    GENERAL_TERMS,
    MIN_WORDS,
    REFLECTION,
    SOLID_MIN_WORDS,
    cues,
    length_check,
    metrics_in,
)
from bis.grading.star import ownership as ownership_check
from bis.grading.text import Sentence, analyse

__all__ = ["grade_behavioral"]

# Share of the strong-answer description a 9-10 story covers.
STRONG_CONTENT = 0.6
# "I" share of first-person words in a 9-10 story.
STRONG_OWNERSHIP = 0.4
BAND_LABELS = {
    "1-2": "not yet an answer",
    "3-4": "a story without its structure",
    "5-6": "a story with gaps",
    "7-8": "solid STAR answer",
    "9-10": "strong, measurable, owned",
}



def _content_points(item: dict, level: str) -> list[dict]:
    """strong_answer (and, from senior, staff_signals) as soft key points."""
    points = []
    for i, text in enumerate(item.get("strong_answer") or ()):
        points.append({"id": f"strong-{i + 1}", "point": text, "weight": 1.0, "level": "junior"})
    for i, text in enumerate(item.get("staff_signals") or ()):
        points.append(
            {"id": f"staff-{i + 1}", "point": text, "weight": 1.0, "level": "senior", "bonus": level_rank(level) < 2}
        )
    return points


def _soft_coverage(point_text: str, answer_stems: set[str], generic: frozenset[str]) -> float:
    """Share of a descriptive point's specific words the answer uses."""
    stems = [s for s in dict.fromkeys(analyse(point_text).all_stems()) if s not in generic and not s.isdigit()]
    if not stems:
        return 0.0
    return sum(1 for s in stems if s in answer_stems) / len(stems)


def grade_behavioral(answer: str, item: dict, level: str | None = None) -> BehavioralResult:
    """Grade a behavioural answer against a ``BehavioralQuestion`` dict."""
    level = normalise_level(level, "mid")
    doc = analyse(answer)
    question = str(item.get("question", ""))
    tq = assess_text(doc, [question])
    dup = tq.duplicate_sentences
    sentences = [s for s in doc.sentences if s.index not in dup]
    n = len(sentences)

    # --- STAR
    best: dict[str, tuple[float, Sentence | None]] = {p: (0.0, None) for p in "STAR"}
    action_strength = 0.0
    for k, sent in enumerate(sentences):
        position = (k + 0.5) / n if n else 0.0
        copied = len(tq.copied.get(sent.index, ())) / max(1, len(sent.stems))
        q = tq.quality(sent.index) * (1.0 - copied)
        cue = cues(sent, position, q)
        for part, value in (("S", cue.s), ("T", cue.t), ("A", cue.a), ("R", cue.r)):
            if value > best[part][0]:
                best[part] = (value, sent)
        action_strength += cue.a
    if n and best["S"][0] < 0.6 and tq.quality(sentences[0].index) >= 0.6:
        # The opening sentence of a story sets the scene.
        opening = sentences[0]
        value = 0.65 if opening.n_tokens >= 12 else 0.5 if opening.n_tokens >= 8 else 0.0
        if value > best["S"][0]:
            best["S"] = (value, opening)
    star: list[StarComponent] = []
    names = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}
    status_of: dict[str, str] = {}
    for part in "STAR":
        value, chosen = best[part]
        if part == "A":
            value = min(1.0, action_strength / 2.0)  # one clear action is thin; two or more present
        long_enough = chosen is not None and chosen.n_tokens >= 8
        if value >= 0.6 and long_enough:
            status = "present"
        elif value >= 0.25 and chosen is not None:
            status = "thin"
        else:
            status = "missing"
        status_of[part] = status
        star.append(
            StarComponent(
                part=names[part],
                status=status,
                sentence=chosen.text if chosen is not None and status != "missing" else None,
                confidence=round(value, 2),
            )
        )

    # --- metrics, backend context, ownership, length
    metric_sentences = [s for s in sentences if tq.quality(s.index) >= 0.5]
    metrics = []
    for s in metric_sentences:
        metrics.extend(metrics_in(s.text))
    metrics = list(dict.fromkeys(metrics))[:8]
    terms = list(item.get("backend_context") or ())
    lexicon = Lexicon(terms + list(GENERAL_TERMS))
    index = AnswerIndex(doc, lexicon, skip=dup)
    found_terms: list[str] = []
    for term in terms + list(GENERAL_TERMS):
        if term in found_terms:
            continue
        for stems in compile_phrasings([term]):
            if any(not m.negated and tq.quality(m.sentence) >= 0.5 for m in index.find(stems)):
                found_terms.append(term)
                break
    item_terms_found = [t for t in found_terms if t in terms]
    ownership = ownership_check(" ".join(s.text for s in sentences))
    length = length_check(doc.word_count)

    # --- relevance and content
    # A story's specifics are its own, so relevance compares how well its
    # words fit this question with how well they fit the bank's other
    # questions and themes (relevance.py).
    rel = relevance(tq, item)
    on_project = _tells_of_the_project(doc.text, item)
    if on_project:
        # A question about the candidate's own project (from their CV) is answered by a
        # story about that project, whatever bank question lends it its rubric.
        rel = Relevance(rel.fit, rel.rival_fit, rel.rival, rel.margin, 1.0)
    topic = rel.fit
    topic_factor = rel.factor
    answer_stems = {st for s in sentences if tq.quality(s.index) >= 0.5 for st in s.stems}
    generic = generic_stems()
    points: list[PointResult] = []
    for cp in _content_points(item, level):
        cov = _soft_coverage(cp["point"], answer_stems, generic) * topic_factor
        credit = min(1.0, cov / 0.35)  # a third of a descriptive point's words is a clear hit
        status = "covered" if credit >= 0.6 else "partial" if credit >= 0.3 else "missing"
        points.append(
            PointResult(
                id=cp["id"],
                point=cp["point"],
                stage=None,
                weight=1.0,
                level=cp["level"],
                bonus=bool(cp.get("bonus")),
                expected=not cp.get("bonus"),
                status=status,
                credit=credit if status != "missing" else 0.0,
            )
        )
    strong_pts = [p for p in points if p.id.startswith("strong-")]
    staff_pts = [p for p in points if p.id.startswith("staff-")]
    content = sum(p.credit for p in strong_pts) / len(strong_pts) if strong_pts else 0.0
    staff = sum(p.credit for p in staff_pts) / len(staff_pts) if staff_pts else 0.0

    reflection = next(
        (x for x in reversed(sentences) if tq.quality(x.index) >= 0.5 and REFLECTION.search(x.text.lower())),
        None,
    )

    # --- composite and bands
    star_value = {"present": 1.0, "thin": 0.5, "missing": 0.0}
    star_score = (
        star_value[status_of["S"]] * 1.0
        + star_value[status_of["T"]] * 1.0
        + star_value[status_of["A"]] * 2.0
        + star_value[status_of["R"]] * 2.0
    ) / 6.0
    has_metrics = bool(metrics) and status_of["R"] != "missing"
    context_score = min(1.0, (len(found_terms) + len(item_terms_found)) / 5.0)
    own_score = min(1.0, ownership.i_ratio / 0.5)
    length_score = 1.0 if length.verdict == "ok" else 0.6
    composite = (
        0.35 * star_score
        + 0.15 * (1.0 if has_metrics else 0.0)
        + 0.15 * context_score
        + 0.15 * own_score
        + 0.1 * length_score
        + 0.1 * content
    )
    own_words = tq.content_tokens * (1.0 - tq.copied_share)
    present = sum(1 for p in "STAR" if status_of[p] == "present")
    at_least_thin = sum(1 for p in "STAR" if status_of[p] != "missing")
    rank = level_rank(level)
    prose = tq.prose_share()
    crit = {
        "3-4": [
            BandCriterion(
                "3-4",
                "enough of your own words to grade",
                own_words >= MIN_WORDS // 2 and doc.word_count >= MIN_WORDS,
                f"{doc.word_count} words, {tq.copied_share:.0%} of them taken from the question",
            ),
            BandCriterion("3-4", "told as a story in sentences", prose >= 0.5, f"{prose:.0%} in sentences"),
        ],
        "5-6": [
            BandCriterion(
                "5-6",
                "answers this question",
                topic_factor >= 0.5,
                f"a story about {item['cv_project']}" if on_project else _relevance_detail(rel),
            ),
            BandCriterion("5-6", "at least three STAR parts", at_least_thin >= 3, f"{at_least_thin} of 4 found"),
            BandCriterion("5-6", "an action of your own", status_of["A"] != "missing" and ownership.i_count > 0,
                          f"action {status_of['A']}, 'I' used {ownership.i_count} times"),
        ],
        "7-8": [
            BandCriterion("7-8", "all four STAR parts, at most one thin", at_least_thin == 4 and present >= 3,
                          ", ".join(f"{names[p]} {status_of[p]}" for p in "STAR")),
            BandCriterion("7-8", "a concrete result", status_of["R"] == "present", f"result {status_of['R']}"),
            BandCriterion("7-8", "your ownership is clear", ownership.i_ratio >= 0.3, ownership.verdict),
            BandCriterion("7-8", "backend context", len(found_terms) >= 2, ", ".join(found_terms[:6]) or "none"),
            BandCriterion(
                "7-8",
                f"long enough to tell the story (about {SOLID_MIN_WORDS}+ words, 40 s spoken)",
                doc.word_count >= SOLID_MIN_WORDS,
                f"{doc.word_count} words",
            ),
        ],
        "9-10": [
            BandCriterion("9-10", "every STAR part clear", present == 4, f"{present} of 4 clear"),
            BandCriterion("9-10", "measurable result", has_metrics, ", ".join(metrics[:4]) or "no numbers"),
            BandCriterion("9-10", "strong ownership", ownership.i_ratio >= STRONG_OWNERSHIP, f"I ratio {ownership.i_ratio:.0%}"),
            BandCriterion("9-10", "rich backend context", len(found_terms) >= 4, f"{len(found_terms)} terms"),
            BandCriterion("9-10", "about 1-2 minutes spoken", length.verdict == "ok", length.verdict),
            BandCriterion("9-10", "covers what a strong answer contains", content >= STRONG_CONTENT, f"{content:.0%}"),
            BandCriterion(
                "9-10",
                "a reflection: what you learned or do differently",
                reflection is not None,
                excerpt(reflection.text, 80) if reflection is not None else "none",
            ),
        ],
    }
    if rank >= 3 and staff_pts:
        crit["9-10"].append(
            BandCriterion("9-10", f"{level}-level signals (scope beyond the team)", staff >= 0.4, f"{staff:.0%}")
        )
    band = "1-2"
    for name in ("3-4", "5-6", "7-8", "9-10"):
        if all(c.met for c in crit[name]):
            band = name
        else:
            break
    lo, hi = {"1-2": (1.0, 2.0), "3-4": (3.0, 4.0), "5-6": (5.0, 6.0), "7-8": (7.0, 8.0), "9-10": (9.0, 10.0)}[band]
    c_lo, c_hi = {"1-2": (0.0, 0.3), "3-4": (0.2, 0.5), "5-6": (0.4, 0.7), "7-8": (0.6, 0.9), "9-10": (0.85, 1.0)}[band]
    pos = min(1.0, max(0.0, (composite - c_lo) / (c_hi - c_lo)))
    score = round_score(lo + (hi - lo) * pos)
    if topic_factor < 0.5:
        # However well told, a story that does not answer the question is not
        # an answer to it.
        score = min(score, 3.0)

    # --- feedback
    good: list[str] = []
    improve: list[str] = []
    add: list[str] = []
    for comp in star:
        if comp.status == "present":
            good.append(f"{comp.part}: \u201c{excerpt(comp.sentence, 90)}\u201d")
        elif comp.status == "thin":
            improve.append(f"{comp.part} is thin (\u201c{excerpt(comp.sentence, 80)}\u201d): {_advice(comp.part)}")
        else:
            add.append(f"{comp.part}: {_advice(comp.part)}")
    if has_metrics:
        good.append("Measurable: " + ", ".join(metrics[:4]) + ".")
    else:
        add.append("A number for the result: latency before/after, error rate, time to mitigate, cost, requests affected.")
    if len(found_terms) >= 2:
        good.append("Backend context: " + ", ".join(found_terms[:6]) + ".")
    else:
        add.append("Backend detail: the service, its traffic, the datastore, the alert or dashboard that showed the problem.")
    if ownership.i_ratio < 0.3:
        improve.append(f"Ownership: 'I' {ownership.i_count} times vs 'we' {ownership.we_count}: {ownership.verdict}.")
    if length.verdict == "short":
        improve.append(f"Length: {length.words} words is under a minute spoken; aim for 130-300 words.")
    elif length.verdict == "long":
        improve.append(f"Length: {length.words} words is over two minutes spoken; cut the setup, keep actions and result.")
    improve.extend(_notes(tq, topic_factor))
    for p in strong_pts:
        if p.status == "missing" and len(add) < 6:
            add.append(p.point)
    if rank >= 2:
        for p in staff_pts:
            if p.status == "missing" and len(add) < 7:
                add.append(f"({level}) {p.point}")
    probes = choose_probes(
        item.get("follow_ups") or [],
        [p for p in strong_pts if p.status != "covered"],
        [p for p in strong_pts if p.status == "covered"],
        count=2,
    )
    final_band = "9-10" if score >= 9 else "7-8" if score >= 7 else "5-6" if score >= 5 else "3-4" if score >= 3 else "1-2"
    diag = Diagnostics(
        word_count=doc.word_count,
        sentences=len(doc.sentences),
        well_formedness=tq.well_formedness,
        prose_share=prose,
        topicality=topic,
        topic_factor=topic_factor,
        copied_share=tq.copied_share,
        duplicate_sentences=len(dup),
        notes=_notes(tq, topic_factor),
    )
    return BehavioralResult(
        kind="behavioral",
        item_id=str(item.get("id", "")),
        question=question,
        level=level,
        score=score,
        band=final_band,
        band_label=BAND_LABELS[final_band],
        good=good[:6],
        improve=improve[:6],
        add_next_time=add[:6],
        probes=probes,
        matched=[p for p in points if p.status != "missing"],
        missing=[p for p in points if p.status == "missing"],
        criteria=[c for name in ("3-4", "5-6", "7-8", "9-10") for c in crit[name]],
        diagnostics=diag,
        star=star,
        has_metrics=has_metrics,
        metrics=metrics,
        backend_context=found_terms,
        ownership=ownership,
        length=length,
    )


def _tells_of_the_project(text: str, item: dict[str, Any]) -> bool:
    """Does a story name the project a CV-based question asked about?"""
    project = item.get("cv_project")
    if not isinstance(project, str) or not project.strip():
        return False
    words = [w for w in re.findall(r"\w+", project.lower()) if len(w) > 2]
    said = set(re.findall(r"\w+", text.lower()))
    return bool(words) and all(w in said for w in words)


def _relevance_detail(rel: Relevance) -> str:
    detail = f"{rel.fit:.0%} of its specific words fit this question"
    if rel.margin < 0 and rel.rival:
        detail += f"; it fits {rival_question(rel.rival)} better ({rel.rival_fit:.0%})"
    return detail


def _advice(part: str) -> str:
    return {
        "Situation": "one or two sentences of context: the system, its scale, what was at stake.",
        "Task": "what YOU were responsible for, in one sentence (\u201cMy job was to ...\u201d).",
        "Action": "the steps you took yourself, in the first person, with the reasoning behind them.",
        "Result": "what changed, with numbers, and what you learned or do differently now.",
    }[part]


def _notes(tq: TextQuality, topic_factor: float) -> list[str]:
    notes: list[str] = []
    if tq.content_tokens and tq.kinds_share.get("fragment", 0.0) > 0.5:
        notes.append("Most of the answer is a list of terms; tell it as a story in sentences.")
    if tq.kinds_share.get("garbled", 0.0) > 0.3:
        notes.append("Much of the answer does not read as sentences, so it earns little credit.")
    if tq.copied_share > 0.3:
        notes.append("Much of the answer repeats the question.")
    if tq.duplicate_sentences:
        notes.append("Repeated sentences were counted once.")
    if tq.content_tokens and topic_factor < 1.0:
        notes.append("Much of this story does not answer the question asked.")
    return notes
