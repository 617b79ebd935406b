"""Defences that keep a score earned by content, not by vocabulary.

Naive rubric matching counts words. Each way of gaming it breaks a different
property of real explanations, and each defence here measures that property:

* A bare list of buzzwords has no function words ("Redis, sharding, CDN"):
  real explanations are sentences. ``sentence_quality`` scores how
  sentence-like each sentence is (share of function words, or a recognisable
  specification such as ``POST /v1/urls`` or ``urls(code PK, long_url)``).
* A good answer with its words shuffled keeps its vocabulary and its share
  of function words but loses syntax: articles end up before verbs,
  prepositions before conjunctions. ``Doc.well_formedness`` counts how often
  function words sit in a context English allows; a shuffled text fails
  far more often than any real answer.
* Many points crammed into one short sentence are named, not explained:
  ``support`` divides a sentence's length between the points it hits.
* The question pasted back repeats the question's own word sequences:
  ``copied_positions`` marks content words inside a three-word run that also
  occurs in the question; matches made of such words earn nothing.
* A good answer to another question mostly talks about other things:
  ``topicality`` is the share of the answer's specific (non-generic)
  vocabulary that belongs to this item's own texts.
* Repeating the answer adds no new sentence: ``duplicates`` finds
  near-identical sentences so they are counted once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bis.grading import vocab
from bis.grading.text import Doc, Sentence, analyse, stem

__all__ = [
    "TextQuality",
    "assess_text",
    "copied_positions",
    "duplicates",
    "sentence_quality",
    "support",
    "topicality",
]

# A specification written tersely (API signature, schema, estimate) is
# content even without function words.
_SPEC = re.compile(
    r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+/"
    r"|(?:^|\s)/[a-z{][\w{}/:-]*"
    r"|\b[a-z]+_[a-z_]+\b"
    r"|\b\w+\s*\([^)]*,[^)]*\)"
    r"|->|=>|\u2192"
    r"|\d[\d.,]*\s*(?:k|m|b|gb|tb|mb|kb|pb|ms|%|/s|/sec|/day|qps|rps|tps|x)\b"
    r"|[~\u2248*=]\s*\d",
    re.IGNORECASE,
)

# Well-formedness as evidence. In real answers about 1% of function-word
# contexts are ones English does not produce (variable names, typos); in the
# same answers with their words shuffled about 20% are (measured on the SAF
# student answers and the bank's model answers). Each context is a
# likelihood-ratio test between the two; a strong prior for "real" means a
# text is treated as garbled only on clear evidence.
P_BAD_REAL = 0.012
P_BAD_SHUFFLED = 0.2
LLR_BAD = math.log(P_BAD_SHUFFLED / P_BAD_REAL)
LLR_GOOD = math.log((1 - P_BAD_SHUFFLED) / (1 - P_BAD_REAL))
DOC_PRIOR = -6.0
SENTENCE_PRIOR = -6.0
# Function-word share below which a line reads as a list of terms.
FRAGMENT_RATIO = 0.12
FRAGMENT_FLOOR = 0.15
SPEC_QUALITY = 0.75
# Quality of a list of requirements in an answer that is otherwise all prose
# (see TextQuality.enumeration_quality).
LIST_IN_PROSE = 0.7
# Tokens a sentence needs per point it makes to count as explaining it.
TOKENS_PER_POINT = 5.0
# Jaccard similarity of content stems above which a sentence repeats another.
DUPLICATE_JACCARD = 0.8


def _clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return lo if x < lo else hi if x > hi else x


def _llr(checks: int, bad: int) -> float:
    return bad * LLR_BAD + (checks - bad) * LLR_GOOD


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


def doc_well_formedness(doc: Doc, skip: Iterable[int] = ()) -> float:
    """1 - probability that the text is word salad rather than real sentences."""
    skipped = set(skip)
    checks = sum(s.wf_checks for s in doc.sentences if s.index not in skipped)
    bad = sum(s.wf_bad for s in doc.sentences if s.index not in skipped)
    return 1.0 - _sigmoid(_llr(checks, bad) + DOC_PRIOR)


def sentence_quality(sent: Sentence, doc_wf: float) -> tuple[float, str]:
    """How much a sentence counts as explanation (0..1) and its kind.

    Kinds: "prose", "spec" (a terse specification), "fragment" (a list of
    terms), "garbled" (words present, syntax broken). ``doc_wf`` is the
    document's :func:`doc_well_formedness`.
    """
    if sent.n_tokens == 0:
        return 0.0, "fragment"
    ratio = sent.function_ratio
    syntax = doc_wf * (1.0 - _sigmoid(_llr(sent.wf_checks, sent.wf_bad) + SENTENCE_PRIOR))
    if sent.is_list:
        return FRAGMENT_FLOOR * syntax, "fragment" if syntax >= 0.5 else "garbled"
    if ratio >= FRAGMENT_RATIO or (sent.n_tokens <= 2 and ratio > 0):
        return syntax, "prose" if syntax >= 0.5 else "garbled"
    if _SPEC.search(sent.text):
        return SPEC_QUALITY * syntax, "spec" if syntax >= 0.5 else "garbled"
    frag = ratio / FRAGMENT_RATIO
    kind = "fragment" if syntax >= 0.5 else "garbled"
    return (FRAGMENT_FLOOR + (1 - FRAGMENT_FLOOR) * frag) * syntax, kind


def support(sent: Sentence, points_in_sentence: int) -> float:
    """Share of its points a sentence is long enough to explain."""
    if points_in_sentence <= 1:
        return 1.0 if sent.n_tokens >= 3 else 0.6
    return _clamp(sent.n_tokens / (TOKENS_PER_POINT * points_in_sentence))


def duplicates(doc: Doc) -> set[int]:
    """Indexes of sentences that repeat an earlier one (near-identical content)."""
    seen: list[frozenset[str]] = []
    exact: set[frozenset[str]] = set()
    dup: set[int] = set()
    for sent in doc.sentences:
        key = frozenset(sent.stems)
        if len(key) < 3:
            if key and key in exact:
                dup.add(sent.index)
            exact.add(key)
            continue
        if key in exact:
            dup.add(sent.index)
            continue
        for other in seen:
            inter = len(key & other)
            if inter and inter / len(key | other) >= DUPLICATE_JACCARD:
                dup.add(sent.index)
                break
        else:
            seen.append(key)
            exact.add(key)
    return dup


def _trigrams(stems: list[str]) -> Iterable[tuple[str, str, str]]:
    return zip(stems, stems[1:], stems[2:], strict=False)


def question_trigrams(texts: Iterable[str]) -> set[tuple[str, str, str]]:
    grams: set[tuple[str, str, str]] = set()
    for text in texts:
        if not text:
            continue
        for sent in analyse(text).sentences:
            grams.update(_trigrams(sent.stems))
    return grams


def copied_positions(doc: Doc, grams: set[tuple[str, str, str]]) -> dict[int, set[int]]:
    """Content positions (per sentence) inside a 3-word run shared with the question."""
    out: dict[int, set[int]] = {}
    if not grams:
        return out
    for sent in doc.sentences:
        st = sent.stems
        marked: set[int] = set()
        for i, gram in enumerate(_trigrams(st)):
            if gram in grams:
                marked.update((i, i + 1, i + 2))
        if marked:
            out[sent.index] = marked
    return out


_GENERIC_STEMS: frozenset[str] | None = None


def generic_stems() -> frozenset[str]:
    """Stems of generic backend words and everyday English (low topical weight)."""
    global _GENERIC_STEMS
    if _GENERIC_STEMS is None:
        _GENERIC_STEMS = frozenset(stem(w) for w in vocab.GENERIC_BACKEND | vocab.COMMON_ENGLISH)
    return _GENERIC_STEMS


_STORY_STEMS: frozenset[str] | None = None


def story_generic_stems() -> frozenset[str]:
    global _STORY_STEMS
    if _STORY_STEMS is None:
        _STORY_STEMS = frozenset(stem(w) for w in vocab.STORY_GENERIC)
    return _STORY_STEMS


def topicality(
    doc: Doc,
    item_stems: set[str],
    skip: Iterable[int] = (),
    copied: dict[int, set[int]] | None = None,
    generic_weight: float = 0.25,
    extra_generic: frozenset[str] = frozenset(),
    prior: float = 0.0,
    prior_weight: float = 0.0,
    keep: frozenset[str] | set[str] = frozenset(),
) -> float:
    """Weighted share of the answer's content words that belong to the item.

    Generic backend words (server, database, cache ...) and everyday English
    weigh a quarter, so an answer to a different question cannot look on topic
    through them. Words copied from the question do not count either way.
    ``prior``/``prior_weight`` shrink short answers towards a neutral value;
    stems in ``keep`` (the question's own words) always weigh in full.
    """
    skipped = set(skip)
    generic = generic_stems()
    total = inside = 0.0
    for sent in doc.sentences:
        if sent.index in skipped:
            continue
        marked = copied.get(sent.index, set()) if copied else set()
        for j, st in enumerate(sent.stems):
            if j in marked or st.isdigit():
                continue
            w = generic_weight if (st in generic or st in extra_generic) and st not in keep else 1.0
            total += w
            if st in item_stems:
                inside += w
    # A short answer carries little evidence either way: shrink towards the prior.
    total += prior_weight
    inside += prior * prior_weight
    return inside / total if total else 0.0


@dataclass
class TextQuality:
    """Per-sentence and whole-answer measurements of how an answer is written."""

    doc: Doc
    well_formedness: float
    sentence_scores: dict[int, float]
    sentence_kinds: dict[int, str]
    duplicate_sentences: set[int]
    copied: dict[int, set[int]]
    copied_share: float
    content_tokens: int
    kinds_share: dict[str, float] = field(default_factory=dict)

    def quality(self, index: int) -> float:
        return self.sentence_scores.get(index, 0.0)

    def enumeration_quality(self, index: int) -> float:
        """Quality of a sentence read as an enumeration of features.

        Naming is the point when listing requirements ("Scope: expiry,
        private pastes and highlighting"), so a list there earns in proportion
        to how much of the rest of the answer is explanation; an answer made
        only of lists still earns little.
        """
        q = self.quality(index)
        if self.sentence_kinds.get(index) == "fragment":
            q = max(q, LIST_IN_PROSE * self.prose_share())
        return q

    def prose_share(self) -> float:
        return self.kinds_share.get("prose", 0.0) + self.kinds_share.get("spec", 0.0)


def assess_text(doc: Doc, question_texts: Iterable[str] = ()) -> TextQuality:
    dup = duplicates(doc)
    wf = doc_well_formedness(doc, dup)
    grams = question_trigrams(question_texts)
    copied = copied_positions(doc, grams)
    scores: dict[int, float] = {}
    kinds: dict[int, str] = {}
    kind_tokens: dict[str, int] = {}
    content = copied_n = 0
    for sent in doc.sentences:
        q, kind = sentence_quality(sent, wf)
        scores[sent.index] = q
        kinds[sent.index] = kind
        if sent.index in dup:
            continue
        n = len(sent.stems)
        content += n
        copied_n += len(copied.get(sent.index, ()))
        kind_tokens[kind] = kind_tokens.get(kind, 0) + n
    shares = {k: v / content for k, v in kind_tokens.items()} if content else {}

    return TextQuality(
        doc=doc,
        well_formedness=wf,
        sentence_scores=scores,
        sentence_kinds=kinds,
        duplicate_sentences=dup,
        copied=copied,
        copied_share=copied_n / content if content else 0.0,
        content_tokens=content,
        kinds_share=shares,
    )
