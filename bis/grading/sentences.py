"""Splitting an answer into sentences.

Blank lines and bullet items always start a new sentence. A line break inside
a paragraph joins the next line when the line looks hard-wrapped (long, no
closing punctuation), so a column of short lines stays a list. Inside a
block, a sentence ends at ``.``, ``!`` or ``?`` followed by white space,
except after an abbreviation:

* never after ``e.g.``, ``i.e.``, ``vs.``, ``approx.``, ``cf.``, ``incl.`` and
  the like, nor after a single letter ("node A. then" is rare, initials are
  not);
* after ``a.m.``, ``p.m.``, ``etc.`` and other dotted abbreviations, only when
  the next word starts a sentence (a capital letter other than "I"): "at
  2 a.m. the alert fired" is one sentence, "it ended at 3 p.m. The next day"
  two.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "split_sentences_flagged"]

_BULLET = re.compile(r"^\s*(?:[-*\u2022+>]|\d{1,2}[.)]|#+)\s+")
_SENT_END = re.compile(r"[.!?]+[\"')\]]*\s+")
# Abbreviations after which a full stop never ends a sentence.
_NEVER_END = frozenset(
    {"e.g", "i.e", "vs", "approx", "cf", "incl", "esp", "resp", "mr", "mrs", "ms", "dr", "no", "fig", "viz", "w.r.t", "al"}
)
# Abbreviations that may end a sentence: they do when a capitalised word follows.
_MAY_END = frozenset({"a.m", "p.m", "etc", "u.s", "u.k", "e.u"})
_DOTTED = re.compile(r"^(?:[a-z]\.)+[a-z]$")


def split_sentences(text: str) -> list[str]:
    return [t for t, _ in split_sentences_flagged(text)]


def split_sentences_flagged(text: str) -> list[tuple[str, bool]]:
    """Split an answer into sentences, each flagged when it follows a full
    stop inside its block (rather than starting a line)."""
    blocks: list[str] = []
    current = ""
    last_line = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if current:
                blocks.append(current)
            current = ""
            last_line = ""
            continue
        bullet = _BULLET.match(line)
        if bullet:
            line = line[bullet.end() :].strip()
            if not line:
                continue
        if current and not bullet and len(last_line) >= 50 and last_line[-1] not in ".!?:;":
            current += " " + line
        else:
            if current:
                blocks.append(current)
            current = line
        last_line = line
    if current:
        blocks.append(current)
    return _split_blocks(blocks)


def _continues(last_word: str, following: str) -> bool:
    """Does the text go on after a full stop that follows ``last_word``?"""
    if last_word in _NEVER_END or (len(last_word) == 1 and last_word.isalpha()):
        return True
    if last_word in _MAY_END or _DOTTED.match(last_word):
        first = following.lstrip("\"'(")[:1]
        return not (first.isupper() and not following.startswith(("I ", "I'"))) and not first.isdigit()
    return False


def _split_blocks(blocks: list[str]) -> list[tuple[str, bool]]:
    sentences: list[tuple[str, bool]] = []
    for block in blocks:
        start = 0
        for m in _SENT_END.finditer(block):
            before = block[start : m.start()].rsplit(None, 1)
            last_word = before[-1].lower().strip("(\"'") if before else ""
            if _continues(last_word, block[m.end() : m.end() + 3]):
                continue
            piece = block[start : m.end()].strip()
            if piece:
                sentences.append((piece, start > 0))
            start = m.end()
        piece = block[start:].strip()
        if piece:
            sentences.append((piece, start > 0))
    return sentences
