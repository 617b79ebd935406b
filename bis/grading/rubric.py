"""Matching an answer against a rubric: key points and misconceptions.

The contract (docs/grading.md, and the guide the bank's authors follow):

* a key point is covered when ANY one of its phrasings is found, not negated;
* a phrasing is found when all its content words occur close together in one
  sentence of the answer, in any order (after stemming, abbreviation and
  synonym expansion, and with small typos tolerated);
* ``level`` is the lowest level expected to make the point; ``bonus`` points
  raise a score and are never required; ``weight`` 1/2/3 = normal/important/
  essential;
* a misconception phrasing found in a non-negated sentence costs its
  penalty and is corrected in the feedback.

On top of that contract, a match earns *credit* in 0..1, not just yes/no:
the quality of the sentence it is in (explanation vs list of terms vs
garbled), how many points that sentence crams in, whether its words were
copied from the question, and whether the answer as a whole is about this
item at all (see ``quality.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bis.grading.matching import AnswerIndex, Lexicon, PhraseMatch, compile_phrasings
from bis.grading.quality import TextQuality, assess_text, support, topicality
from bis.grading.results import Diagnostics, MisconceptionHit, PointResult
from bis.grading.text import analyse, vocabulary

__all__ = [
    "LEVELS",
    "RubricAssessment",
    "assess_rubric",
    "item_stems",
    "level_rank",
    "normalise_level",
]

LEVELS: tuple[str, ...] = ("junior", "mid", "senior", "staff")
COVERED = 0.6
PARTIAL = 0.3
# A phrasing whose words all occur in the question shows nothing new.
IN_QUESTION_FACTOR = 0.5
# Off-topic scaling: the share of the answer's specific vocabulary found in
# the item's own texts. On-topic answers (even thin ones) sit above
# TOPIC_HIGH; a good answer to another question sits near or below TOPIC_LOW.
TOPIC_LOW = 0.3
TOPIC_HIGH = 0.5
TOPIC_PRIOR_WEIGHT = 3.0
# Keyword dump: a sentence making at least DUMP_MIN_POINTS points whose
# content words are at least DUMP_DENSITY rubric phrasing words.
DUMP_MIN_POINTS = 3
DUMP_DENSITY = 0.8
DUMP_FACTOR = 0.2
# A misconception counts only in a sentence that reads as a real claim.
MISCONCEPTION_MIN_QUALITY = 0.3
# ... and only with its words tight together: a false alarm corrects a
# candidate for something they did not say.
MISCONCEPTION_SLACK = 1


def normalise_level(level: str | None, default: str = "mid") -> str:
    if not level:
        return default
    level = level.strip().lower()
    return level if level in LEVELS else default


def level_rank(level: str | None) -> int:
    return LEVELS.index(normalise_level(level))


def item_stems(texts: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for text in texts:
        if text:
            out.update(vocabulary(text))
    return out


@dataclass
class _Candidate:
    match: PhraseMatch
    phrasing: str
    base: float  # sentence quality x copy discount x in-question discount


@dataclass
class RubricAssessment:
    points: list[PointResult]
    misconceptions: list[MisconceptionHit]
    quality: TextQuality
    topicality: float
    topic_factor: float
    level: str

    @property
    def expected(self) -> list[PointResult]:
        return [p for p in self.points if p.expected]

    @property
    def extras(self) -> list[PointResult]:
        return [p for p in self.points if not p.expected]

    def coverage(self, points: Sequence[PointResult] | None = None) -> float:
        pts = self.expected if points is None else points
        total = sum(p.weight for p in pts)
        return sum(p.weight * p.credit for p in pts) / total if total else 0.0

    def penalty(self) -> float:
        return sum(m.penalty for m in self.misconceptions)

    def diagnostics(self, notes: list[str]) -> Diagnostics:
        tq = self.quality
        return Diagnostics(
            word_count=tq.doc.word_count,
            sentences=len(tq.doc.sentences),
            well_formedness=tq.well_formedness,
            prose_share=tq.prose_share(),
            topicality=self.topicality,
            topic_factor=self.topic_factor,
            copied_share=tq.copied_share,
            duplicate_sentences=len(tq.duplicate_sentences),
            notes=notes,
        )

    def notes(self) -> list[str]:
        """Plain-language explanations of any defence that cut the score."""
        tq = self.quality
        notes: list[str] = []
        if tq.content_tokens == 0:
            return ["The answer is empty."]
        if tq.kinds_share.get("fragment", 0.0) > 0.5:
            notes.append(
                "Most of the answer is a list of terms. Naming a technique earns little; say what it "
                "does here and why, in full sentences."
            )
        if tq.kinds_share.get("garbled", 0.0) > 0.3:
            notes.append("Much of the answer does not read as sentences, so it earns little credit.")
        if tq.copied_share > 0.3:
            notes.append("Much of the answer repeats the question; words taken from the question earn nothing.")
        if tq.duplicate_sentences:
            n = len(tq.duplicate_sentences)
            notes.append(f"{n} repeated sentence{'s' if n > 1 else ''} counted once: repetition adds nothing.")
        if self.topic_factor < 1.0:
            notes.append(
                "Much of this answer is about something other than this question "
                f"(only {self.topicality:.0%} of its specific vocabulary relates to it)."
            )
        return notes


def _topic_factor(topic: float) -> float:
    return max(0.0, min(1.0, (topic - TOPIC_LOW) / (TOPIC_HIGH - TOPIC_LOW)))


def assess_rubric(
    answer: str,
    key_points: Sequence[dict],
    misconceptions: Sequence[dict] = (),
    *,
    level: str = "mid",
    question_texts: Sequence[str] = (),
    item_texts: Sequence[str] = (),
) -> RubricAssessment:
    """Match an answer against rubric dicts (``KeyPoint``/``Misconception`` dumps)."""
    level = normalise_level(level)
    rank = level_rank(level)
    doc = analyse(answer)
    tq = assess_text(doc, question_texts)
    lexicon = Lexicon()
    compiled_points: list[list[tuple[str, tuple[str, ...]]]] = []
    for kp in key_points:
        entries: list[tuple[str, tuple[str, ...]]] = []
        for phrasing in kp.get("phrasings") or ():
            lexicon.add_phrase(phrasing)
            entries.extend((phrasing, stems) for stems in compile_phrasings([phrasing]))
        compiled_points.append(entries)
    compiled_mis: list[list[tuple[str, tuple[str, ...]]]] = []
    for mc in misconceptions:
        entries = []
        for phrasing in mc.get("phrasings") or ():
            lexicon.add_phrase(phrasing)
            entries.extend((phrasing, stems) for stems in compile_phrasings([phrasing]))
        compiled_mis.append(entries)

    index = AnswerIndex(doc, lexicon, skip=tq.duplicate_sentences)
    q_stems = item_stems(question_texts)

    def candidates(
        entries: list[tuple[str, tuple[str, ...]]], slack: int | None = None, enumerable: bool = False
    ) -> tuple[list[_Candidate], list[_Candidate]]:
        positive: list[_Candidate] = []
        negated: list[_Candidate] = []
        for phrasing, stems in entries:
            in_question = all(s in q_stems for s in stems)
            for m in index.find(stems, slack):
                copied = tq.copied.get(m.sentence, set())
                n_copied = sum(1 for p in m.positions if p in copied)
                copy_factor = 1.0 - n_copied / len(m.positions)
                quality = tq.enumeration_quality(m.sentence) if enumerable else tq.quality(m.sentence)
                base = quality * copy_factor
                if in_question:
                    base *= IN_QUESTION_FACTOR
                (negated if m.negated else positive).append(_Candidate(m, phrasing, base))
        return positive, negated

    # Requirements are named, not explained: a list of features counts there.
    per_point = [
        candidates(entries, enumerable=kp.get("stage") == "requirements")
        for kp, entries in zip(key_points, compiled_points, strict=True)
    ]

    # How many distinct points each sentence makes (for the support factor),
    # and how much of it is rubric words: a sentence that makes several
    # points and is almost nothing but their phrasings is a keyword dump,
    # whatever its punctuation ("lazy loading, miss it reads the database,
    # deletes the cache key, ...").
    points_in_sentence: dict[int, int] = {}
    matched_positions: dict[int, set[int]] = {}
    for positive, _neg in per_point:
        for s in {c.match.sentence for c in positive if c.base > 0}:
            points_in_sentence[s] = points_in_sentence.get(s, 0) + 1
        for c in positive:
            matched_positions.setdefault(c.match.sentence, set()).update(c.match.positions)
    dump: set[int] = set()
    for s, count in points_in_sentence.items():
        n = len(doc.sentences[s].stems)
        if count >= DUMP_MIN_POINTS and n and len(matched_positions.get(s, ())) / n >= DUMP_DENSITY:
            dump.add(s)

    topic = (
        topicality(
            doc,
            item_stems(item_texts),
            tq.duplicate_sentences,
            tq.copied,
            prior=TOPIC_HIGH,
            prior_weight=TOPIC_PRIOR_WEIGHT,
        )
        if item_texts
        else 1.0
    )
    factor = _topic_factor(topic) if item_texts else 1.0
    sentences = doc.sentences

    results: list[PointResult] = []
    for kp, (positive, negated) in zip(key_points, per_point, strict=True):
        best: _Candidate | None = None
        best_credit = 0.0
        for cand in positive:
            s = cand.match.sentence
            credit = cand.base * support(sentences[s], points_in_sentence.get(s, 1))
            if s in dump:
                credit *= DUMP_FACTOR
            if credit > best_credit or best is None:
                best, best_credit = cand, credit
        best_credit *= factor
        kp_level = normalise_level(kp.get("level"), "junior")
        bonus = bool(kp.get("bonus", False))
        expected = not bonus and LEVELS.index(kp_level) <= rank
        if best is not None and best_credit >= COVERED:
            status = "covered"
        elif best is not None and best_credit >= PARTIAL:
            status = "partial"
        elif best is None and negated:
            status = "negated"
        else:
            status = "missing"
        evidence_cand = best if best is not None else (negated[0] if negated else None)
        results.append(
            PointResult(
                id=str(kp.get("id", "")),
                point=str(kp.get("point", "")),
                stage=kp.get("stage"),
                weight=float(kp.get("weight", 1.0) or 1.0),
                level=kp_level,
                bonus=bonus,
                expected=expected,
                status=status,
                credit=best_credit if status in ("covered", "partial") else 0.0,
                phrasing=evidence_cand.phrasing if evidence_cand and status != "missing" else None,
                evidence=sentences[evidence_cand.match.sentence].text
                if evidence_cand and status != "missing"
                else None,
            )
        )

    hits: list[MisconceptionHit] = []
    for mc, entries in zip(misconceptions, compiled_mis, strict=True):
        positive, _neg = candidates(entries, MISCONCEPTION_SLACK)
        # A claim the candidate refutes ("... is a myth", "... leaks it into
        # logs", "to avoid ...") is not one they make.
        good = [c for c in positive if c.base >= MISCONCEPTION_MIN_QUALITY and not index.refuted(c.match)]
        if not good:
            continue
        cand = max(good, key=lambda c: c.base)
        hits.append(
            MisconceptionHit(
                id=str(mc.get("id", "")),
                claim=str(mc.get("claim", "")),
                correction=str(mc.get("correction", "")),
                penalty=float(mc.get("penalty", 1.0) or 1.0),
                evidence=sentences[cand.match.sentence].text,
                phrasing=cand.phrasing,
            )
        )
    return RubricAssessment(results, hits, tq, topic, factor, level)
