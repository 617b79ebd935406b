"""Reference-answer mode: a question that carries only a model answer.

With no rubric, the grade comes from how much of the reference's meaning
the answer covers, measured on content words:

* each distinct content stem of the reference is an atom of meaning; it is
  covered when the answer uses it (typos and abbreviations tolerated) in a
  sentence that is real explanation (not a list of terms, not garbled,
  not copied from the question, not a repeated sentence);
* stems that also occur in the question weigh less (``QUESTION_WEIGHT``):
  repeating the question's words shows nothing;
* coverage saturates: a long reference (one that lists alternatives or
  detail beyond what the question needs) does not have to be covered in
  full. The fraction is ``A + B*ln(1 + covered) - C*ln(reference size)``,
  clipped to 0..1, i.e. covered words are compared with
  ``size ** (C/B)`` rather than with the full size;
* an answer whose vocabulary is mostly foreign to the reference and
  question is scaled down (off-topic factor): a good answer to another
  question shares generic words with any reference, but most of its specific
  words are its own. Short answers are shrunk towards an even share, so a
  terse answer in its own words is not mistaken for an off-topic one.

The constants were fitted by least squares on the training split of the
SAF short-answer dataset (communication networks, tutors' scores 0..1) and
are reported on its unseen answers by ``benchmarks/saf_eval.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bis.grading import background
from bis.grading.matching import AnswerIndex, Lexicon
from bis.grading.quality import TextQuality, assess_text, generic_stems, topicality
from bis.grading.relevance import fit, ramp, weights
from bis.grading.results import Diagnostics, IdeaResult, ReferenceResult, round_score
from bis.grading.text import analyse, vocabulary

__all__ = ["ReferenceFeatures", "fraction_from_features", "grade_reference", "reference_features"]

QUESTION_WEIGHT = 0.3
# Fitted on SAF training (see benchmarks/saf_eval.py --fit).
COEF_A = 0.989
COEF_B = 0.290
COEF_C = 0.236
# Off-topic: the share of the answer's specific words that come from the
# reference or the question (words repeated from the question count here:
# on-topic answers reuse its terms, and a pasted question earns no coverage
# anyway). A short answer is shrunk towards an even prior, so that a terse
# correct answer in its own words is not called off-topic, while a long
# answer about something else is. Chosen on SAF training (Pearson r) and on
# good backend answers graded against the bank's other concept references
# (share scoring over 3); the unseen split was not used.
TOPIC_LOW = 0.25
TOPIC_HIGH = 0.4
TOPIC_PRIOR = 0.7
TOPIC_PRIOR_WEIGHT = 20.0
# A good answer to another question of the bank fits that question's
# reference better than this one: the margin (fit here - best fit there, as in
# behavioural relevance) below RIVAL_HIGH scales the fraction down, to 0 at
# RIVAL_LOW. Chosen on SAF training (it costs r 0.002 there) and the bank's
# own cross pairs; the same question in the bank is never its own rival.
RIVAL_LOW = -0.3
RIVAL_HIGH = -0.2
RIVAL_PRIOR_WEIGHT = 12.0
MIN_PROSE_SHARE = 0.5
IDEA_COVERED = 0.6
IDEA_PARTIAL = 0.3


@dataclass
class ReferenceFeatures:
    covered: float  # question-demoted count of reference stems covered
    size: float  # question-demoted count of reference stems
    topicality: float
    stem_credit: dict[str, float]
    quality: TextQuality
    rival_margin: float = 0.0  # fit to this reference - best fit to another bank reference
    rival: str = ""  # that bank question

    @property
    def log_covered(self) -> float:
        return math.log(1.0 + self.covered)

    @property
    def log_size(self) -> float:
        return math.log(max(self.size, 1.0))


def reference_features(answer: str, reference: str, question: str = "") -> ReferenceFeatures:
    ref_doc = analyse(reference)
    q_stems = set(analyse(question).all_stems()) if question else set()
    ref_stems: list[str] = list(dict.fromkeys(ref_doc.all_stems()))
    lexicon = Lexicon()
    lexicon.add_text(reference)
    doc = analyse(answer)
    tq = assess_text(doc, [question] if question else [])
    index = AnswerIndex(doc, lexicon, skip=tq.duplicate_sentences)
    credit: dict[str, float] = {}
    covered = size = 0.0
    for st in ref_stems:
        w = QUESTION_WEIGHT if st in q_stems else 1.0
        size += w
        best = 0.0
        for si, pos, _neg in index.postings.get(st, ()):
            if pos in tq.copied.get(si, ()):
                continue
            q = tq.quality(si)
            if q > best:
                best = q
        credit[st] = best
        covered += w * best
    on_topic = set(ref_stems) | q_stems
    # The benefit of the doubt (shrinking a short answer towards an even
    # share) needs at least one specific word in common with the reference or
    # the question: an answer that shares only generic words is about
    # something else, however short.
    generic = generic_stems()
    shares = any(
        st in on_topic and st not in generic and not st.isdigit()
        for sent in doc.sentences
        if sent.index not in tq.duplicate_sentences
        for st in sent.stems
    )
    topic = topicality(
        doc,
        on_topic,
        tq.duplicate_sentences,
        None,
        prior=TOPIC_PRIOR,
        prior_weight=TOPIC_PRIOR_WEIGHT if shares else 0.0,
    )
    margin, rival = _rival_margin(tq, vocabulary(f"{question}\n{reference}"))
    return ReferenceFeatures(covered, size, topic, credit, tq, margin, rival)


def _rival_margin(tq: TextQuality, own_vocab: frozenset[str]) -> tuple[float, str]:
    """How much better the answer fits this reference than any of the bank's."""
    w = weights(tq)
    total = sum(w.values()) + RIVAL_PRIOR_WEIGHT
    own = fit(w, own_vocab, total)
    entries, index = background.references_index()
    if not entries or not w:
        return 0.0, ""
    acc = [0.0] * len(entries)
    for st, weight in w.items():
        for i in index.get(st, ()):
            acc[i] += weight
    best, name = 0.0, ""
    for i, e in enumerate(entries):
        if acc[i] > best and e.stems != own_vocab:
            best, name = acc[i], e.question
    return own - best / total, name


def topic_factor(topic: float, rival_margin: float = 0.0) -> float:
    return ramp(topic, TOPIC_LOW, TOPIC_HIGH) * ramp(rival_margin, RIVAL_LOW, RIVAL_HIGH)


def fraction_from_features(f: ReferenceFeatures) -> float:
    """Predicted share of the reference's credit (0..1)."""
    if f.covered <= 0.0:
        return 0.0
    raw = COEF_A + COEF_B * f.log_covered - COEF_C * f.log_size
    raw = max(0.0, min(1.0, raw))
    return raw * topic_factor(f.topicality, f.rival_margin)


def grade_reference(
    answer: str,
    reference: str,
    question: str = "",
    *,
    item_id: str = "custom",
    level: str = "mid",
    probes: list[str] | None = None,
) -> ReferenceResult:
    """Grade an answer against a model answer alone."""
    feats = reference_features(answer, reference, question)
    frac = fraction_from_features(feats)
    score = round_score(1.0 + 9.0 * frac)
    if feats.quality.content_tokens and feats.quality.prose_share() < MIN_PROSE_SHARE:
        # Mostly lists of terms: naming the reference's words is not saying
        # what it says (the same floor as the rubric graders' 3-4 band).
        score = min(score, 3.0)

    ideas: list[IdeaResult] = []
    for sent in analyse(reference).sentences:
        stems = list(dict.fromkeys(sent.stems))
        if not stems:
            continue
        cov = sum(feats.stem_credit.get(s, 0.0) for s in stems) / len(stems)
        status = "covered" if cov >= IDEA_COVERED else "partial" if cov >= IDEA_PARTIAL else "missing"
        ideas.append(IdeaResult(text=sent.text, coverage=cov, status=status))

    band, label = _band(score)
    good = [f"You made this point: {i.text}" for i in ideas if i.status == "covered"][:4]
    improve = [f"Only partly said: {i.text}" for i in ideas if i.status == "partial"][:4]
    add = [i.text for i in ideas if i.status == "missing"][:5]
    tq = feats.quality
    notes = _notes(tq, feats.topicality)
    improve.extend(notes)
    diag = Diagnostics(
        word_count=tq.doc.word_count,
        sentences=len(tq.doc.sentences),
        well_formedness=tq.well_formedness,
        prose_share=tq.prose_share(),
        topicality=feats.topicality,
        topic_factor=topic_factor(feats.topicality, feats.rival_margin),
        copied_share=tq.copied_share,
        duplicate_sentences=len(tq.duplicate_sentences),
        notes=notes,
    )
    return ReferenceResult(
        kind="reference",
        item_id=item_id,
        question=question,
        level=level,
        score=score,
        band=band,
        band_label=label,
        fraction=frac,
        ideas=ideas,
        good=good,
        improve=improve,
        add_next_time=add,
        probes=list(probes or [])[:3],
        diagnostics=diag,
    )


def _band(score: float) -> tuple[str, str]:
    if score >= 9:
        return "9-10", "covers the reference"
    if score >= 7:
        return "7-8", "covers most of the reference"
    if score >= 5:
        return "5-6", "covers part of the reference"
    if score >= 3:
        return "3-4", "covers little of the reference"
    return "1-2", "does not answer the question"


def _notes(tq: TextQuality, topic: float) -> list[str]:
    notes: list[str] = []
    if tq.content_tokens and tq.kinds_share.get("fragment", 0.0) > 0.5:
        notes.append("Most of the answer is a list of terms: explain each point in a sentence.")
    if tq.kinds_share.get("garbled", 0.0) > 0.3:
        notes.append("Much of the answer does not read as sentences; it earns little credit.")
    if tq.copied_share > 0.3:
        notes.append("Much of the answer repeats the question; repeated words earn nothing.")
    if tq.duplicate_sentences:
        notes.append("Repeated sentences were counted once.")
    if tq.content_tokens and topic < TOPIC_HIGH:
        notes.append("Most of the answer is about something other than this question.")
    return notes
