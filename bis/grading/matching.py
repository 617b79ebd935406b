"""Finding rubric phrasings in an analysed answer.

A phrasing (1-5 words) is reduced to its content stems. It matches a
sentence when every stem occurs in that sentence within a small window of
content words, in any order. Matches are reported with the sentence, the
token positions and whether any matched token sits inside a negation's scope
(callers treat negated matches as "not said").

Typos: an answer word that is not in the rubric's vocabulary but is one edit
(two for long words) from a rubric word, with the same first letter, is
indexed as that rubric word, unless the answer word is itself an English word
(``data/english_words.txt.gz``, from SCOWL): "content" is never a typo of
"consent", nor "sharing" of "sharding".
Candidates come from a deletion index (cheap); the edit distance is confirmed
with rapidfuzz's optimal-string-alignment distance (imported on first use).

Closed compounds: "failover" in a rubric and "fail over" in an answer meet,
because adjacent answer tokens are also indexed joined ("failover") when the
joined form is a rubric word, and multi-word phrasings also try their
joined form.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bis.grading import vocab
from bis.grading.text import NEGATION_MARK, Doc, lower, normalise_word, phrase_stems, stem

__all__ = ["AnswerIndex", "Lexicon", "PhraseMatch", "compile_phrasings"]

_osa = None


def _osa_distance(a: str, b: str, cutoff: int) -> int:
    global _osa
    if _osa is None:
        from rapidfuzz.distance import OSA  # imported lazily

        _osa = OSA.distance
    return _osa(a, b, score_cutoff=cutoff)


_ENGLISH: str | None = None
_ENGLISH_FILE = Path(__file__).resolve().parent / "data" / "english_words.txt.gz"


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """Is ``word`` (lower-case, 7+ letters) a correctly spelt English word?

    The list (SCOWL, see the data file's header) is loaded on first use and
    searched as one string: a handful of look-ups per answer cost less than
    building a set of 50,000 words.
    """
    global _ENGLISH
    if _ENGLISH is None:
        try:
            _ENGLISH = "\n" + zlib.decompress(_ENGLISH_FILE.read_bytes(), 31).decode("ascii")
        except OSError:  # pragma: no cover - a broken install: fall back to no list
            _ENGLISH = ""
    return f"\n{word}\n" in _ENGLISH


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _max_edits(length: int) -> int:
    if length >= 10:
        return 2
    if length >= 7:
        return 1
    return 0


class Lexicon:
    """The words a rubric (or a reference answer) is written in.

    ``stems`` is what matching looks for; ``targets`` maps a rubric surface
    word or stem (long enough to tolerate a typo) to its stem.
    """

    def __init__(self, phrases: Iterable[str] = ()) -> None:
        self.stems: set[str] = set()
        self.targets: dict[str, str] = {}
        self._deletes: dict[str, set[str]] = {}
        for phrase in phrases:
            self.add_phrase(phrase)

    def add_phrase(self, phrase: str) -> None:
        """Add a rubric phrasing: its words, stems and joined compound form."""
        self.add_text(phrase)
        for variant in compile_phrasings([phrase]):
            self.stems.update(variant)

    def add_text(self, text: str) -> None:
        """Add the words of a free text (a reference answer)."""
        for tok in lower(text).replace("-", " ").split():
            tok = "".join(ch for ch in tok if ch.isalnum())
            if not tok:
                continue
            for word in normalise_word(tok):
                if word in vocab.STOPWORDS:
                    continue
                st = stem(word)
                self.stems.add(st)
                self._add_target(word, st)
                self._add_target(st, st)

    def add_stems(self, stems: Iterable[str]) -> None:
        for st in stems:
            self.stems.add(st)
            self._add_target(st, st)

    def _add_target(self, form: str, st: str) -> None:
        if _max_edits(len(form)) == 0 or form.isdigit() or form in self.targets:
            return
        self.targets[form] = st
        for d in _deletes(form):
            self._deletes.setdefault(d, set()).add(form)
        self._deletes.setdefault(form, set()).add(form)

    def fuzzy(self, word: str, word_stem: str) -> str | None:
        """The rubric stem a misspelt answer word stands for, if any."""
        if word in vocab.TYPO_GUARD or word_stem in self.stems:
            return None
        for form in (word, word_stem):
            limit = _max_edits(len(form))
            if limit == 0:
                continue
            candidates: set[str] = set(self._deletes.get(form, ()))
            for d in _deletes(form):
                candidates.update(self._deletes.get(d, ()))
            best: tuple[int, str] | None = None
            for cand in candidates:
                if cand[0] != form[0]:
                    continue
                allowed = min(limit, _max_edits(len(cand)))
                if allowed == 0:
                    continue
                dist = _osa_distance(form, cand, allowed)
                if dist <= allowed and (best is None or dist < best[0]):
                    best = (dist, self.targets[cand])
            if best is not None:
                # A real word is what the candidate meant ("content" is not "consent").
                return None if is_english_word(word) else best[1]
        return None


def compile_phrasings(phrasings: Iterable[str]) -> list[tuple[str, ...]]:
    """Stem tuples for a key point's phrasings, plus the joined form of
    two-word phrasings ("fail over" -> "failover")."""
    out: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    for phrasing in phrasings:
        stems = phrase_stems(phrasing)
        if stems and stems not in seen:
            seen.add(stems)
            out.append(stems)
        words = [w for w in lower(phrasing).replace("-", " ").split() if w not in vocab.STOPWORDS]
        if len(words) == 2 and words[0].isalpha() and words[1].isalpha():
            joined = (stem(words[0] + words[1]),)
            if joined not in seen:
                seen.add(joined)
                out.append(joined)
    return out


@dataclass(frozen=True)
class PhraseMatch:
    """Where one phrasing was found."""

    sentence: int
    positions: tuple[int, ...]
    negated: bool
    span: int


class AnswerIndex:
    """Postings of an answer's content stems: stem -> (sentence, position, negated)."""

    def __init__(self, doc: Doc, lexicon: Lexicon | None = None, skip: Iterable[int] = ()) -> None:
        self.doc = doc
        skipped = set(skip)
        postings: dict[str, list[tuple[int, int, bool]]] = {}
        self.fuzzy_hits: dict[str, str] = {}
        lex_stems = lexicon.stems if lexicon is not None else set()
        fuzzy_cache: dict[str, str | None] = {}
        for sent in doc.sentences:
            if sent.index in skipped:
                continue
            si = sent.index
            words = sent.words
            stems = sent.stems
            negs = sent.negated
            n = len(stems)
            for j in range(n):
                st = stems[j]
                entry = (si, j, negs[j])
                postings.setdefault(st, []).append(entry)
                if lexicon is None:
                    continue
                w = words[j]
                if st not in lex_stems and len(w) >= 7 and w.isalpha():
                    alias = fuzzy_cache.get(w, "")
                    if alias == "":
                        alias = lexicon.fuzzy(w, st)
                        fuzzy_cache[w] = alias
                    if alias is not None:
                        postings.setdefault(alias, []).append(entry)
                        self.fuzzy_hits[w] = alias
                if j + 1 < n:
                    w2 = words[j + 1]
                    if w.isalpha() and w2.isalpha():
                        joined = stem(w + w2)
                        if joined in lex_stems:
                            postings.setdefault(joined, []).append((si, j, negs[j] or negs[j + 1]))
        self.postings = postings

    def sentences_with(self, st: str) -> set[int]:
        return {e[0] for e in self.postings.get(st, ())}

    def find(self, stems: tuple[str, ...], slack: int | None = None) -> list[PhraseMatch]:
        """Best match of a phrasing in each sentence where it occurs.

        Within a sentence a non-negated occurrence wins over a negated one,
        then the tighter window. ``slack`` is how many other content words
        the window may hold (default 2, or 3 for phrasings of 4+ words).
        """
        if stems and stems[-1] == NEGATION_MARK:
            return self._find_negative(stems[:-1], slack)
        k = len(stems)
        if k == 0:
            return []
        lists = []
        for st in stems:
            posting = self.postings.get(st)
            if not posting:
                return []
            lists.append(posting)
        if k == 1:
            best: dict[int, PhraseMatch] = {}
            for si, pos, neg in lists[0]:
                cur = best.get(si)
                if cur is None or (cur.negated and not neg):
                    best[si] = PhraseMatch(si, (pos,), neg, 1)
            return list(best.values())

        common = {e[0] for e in lists[0]}
        for posting in lists[1:]:
            common &= {e[0] for e in posting}
            if not common:
                return []
        limit = k - 1 + (slack if slack is not None else 2 if k <= 3 else 3)
        out: list[PhraseMatch] = []
        for si in sorted(common):
            events = sorted(
                (pos, idx, neg) for idx, posting in enumerate(lists) for (s, pos, neg) in posting if s == si
            )
            sent = self.doc.sentences[si]
            segs = sent.segments
            if segs and segs[-1] != segs[0]:
                # Not across "but", "whereas", ";" ...: each side is its own statement.
                groups: dict[int, list[tuple[int, int, bool]]] = {}
                for ev in events:
                    groups.setdefault(segs[ev[0]], []).append(ev)
                found = [m for g in groups.values() if (m := _best_window(g, k, limit)) is not None]
                match = min(found, key=lambda m: (m[1], m[2])) if found else None
            else:
                match = _best_window(events, k, limit)
            if match is not None:
                positions, neg, span = match
                if neg:
                    # A cue word inside the match is part of what the phrasing
                    # says ("avoids the sort", "leak into logs"), not a denial of it.
                    neg = any(sent.negated[p] and sent.neg_src[p] not in positions for p in positions)
                out.append(PhraseMatch(si, positions, neg, span))
        return out

    def refuted(self, match: PhraseMatch) -> bool:
        """Is a (claim) match said to be wrong or harmful, here or by the next
        sentence ("Putting the key in the URL leaks it", "... That is a myth.")?"""
        sentences = self.doc.sentences
        sent = sentences[match.sentence]
        if any(sent.harm[p] >= 0 and sent.harm[p] not in match.positions for p in match.positions):
            return True
        nxt = match.sentence + 1
        return nxt < len(sentences) and sentences[nxt].refutes_previous


    def _find_negative(self, stems: tuple[str, ...], slack: int | None) -> list[PhraseMatch]:
        """A phrasing that contains a negation: its words plus a negation cue
        beside them. The negation belongs to the claim, so the match is not
        reported as negated."""
        out: list[PhraseMatch] = []
        sentences = self.doc.sentences
        for m in self.find(stems, slack):
            cues = sentences[m.sentence].neg_cues
            lo, hi = m.positions[0] - 1, m.positions[-1] + 1
            if any(lo <= c <= hi for c in cues):
                out.append(PhraseMatch(m.sentence, m.positions, False, m.span))
        return out


def _best_window(events: list[tuple[int, int, bool]], k: int, limit: int) -> tuple[tuple[int, ...], bool, int] | None:
    """Smallest window over (position, stem index, negated) events that holds
    every stem index, preferring windows with no negated token."""
    best: tuple[bool, int, tuple[int, ...]] | None = None
    counts = [0] * k
    have = 0
    left = 0
    for right, (_pos, idx, _neg) in enumerate(events):
        if counts[idx] == 0:
            have += 1
        counts[idx] += 1
        while have == k:
            lpos, lidx, _ = events[left]
            span = events[right][0] - lpos
            if span <= limit:
                window = events[left : right + 1]
                chosen: dict[int, tuple[int, bool]] = {}
                for pos, i, neg in window:
                    if i not in chosen or (chosen[i][1] and not neg):
                        chosen[i] = (pos, neg)
                negated = any(v[1] for v in chosen.values())
                cand = (negated, span, tuple(sorted(v[0] for v in chosen.values())))
                if best is None or cand < best:
                    best = cand
            counts[lidx] -= 1
            if counts[lidx] == 0:
                have -= 1
            left += 1
    if best is None:
        return None
    return best[2], best[0], best[1]
