"""Negation and critique scope inside one sentence.

Matching must know when an answer says something is NOT so, or is a thing to
avoid, so that naming it neither earns a key point nor costs a misconception.
Four kinds of cue are handled, each with its own scope (content words only):

* clause negation (``not``, ``never``, ``nor``, ``neither``). After a form of
  *be* ("a cache is not needed") the whole clause is negated: its subject is
  what is denied. After another auxiliary or a verb ("the old leader cannot
  commit", "writes do not hit the disk") only the predicate from the cue on
  is negated: the subject is still talked about. ``not only``, ``not until``
  and the like are not negations.
* forward negation (``no``, ``without``, ``instead of``, ``rather than``,
  ``lack``, and ``avoid`` as an instruction): the next three content words
  of the clause.
* judgement ("storing money as a float is a bug", "X is wrong / misleading /
  a myth / a mistake / unsafe / an anti-pattern", "it is wrong to X", "a
  common mistake is to X", "..., but that is misleading"): the thing judged
  is negated, whether it is the subject, what follows "to"/"that", or the
  clause before a bare "that is misleading".
* harm ("putting the key in the URL leaks it", "X breaks / fails / would
  cause / corrupts / exposes ...", "... to avoid X"): the thing said to do
  harm is marked as *harmful*. That only matters for misconceptions: a
  candidate who says the wrong claim does harm is refuting it, not making it.
  Consequences are what key points often state, so harm does not negate.

A cue that is itself a content word (``wrong``, ``bug``, ``leaks``, ``avoid``)
is recorded per negated word: a phrasing that contains the cue word states
the critique itself ("leak into logs", "avoids the sort") and is not negated
by it (see ``AnswerIndex.find``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bis.grading import vocab

__all__ = ["Scope", "scope"]


@dataclass
class Scope:
    negated: list[bool]
    neg_src: list[int]  # content index of the content-word cue that negated a word, else -1
    harm: list[int]  # content index of the cue that marks a word harmful, else -1
    cues: list[int] = field(default_factory=list)  # content positions where a negation cue stands
    refutes_previous: bool = False  # "That is misleading." about the sentence before


def _clauses(clause_of: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for j, c in enumerate(clause_of):
        out.setdefault(c, []).append(j)
    return out


def scope(
    raw: list[str], content: list[bool], clause_raw: list[int], cstart: list[int], clause_of: list[int]
) -> Scope:
    """Negation and harm flags for the content words of one sentence.

    ``raw`` are the sentence's tokens, ``content`` whether each is a content
    token, ``clause_raw`` the clause id of each token, ``cstart`` the index of
    the first content word at or after each token, ``clause_of`` the clause id
    of each content word.
    """
    n = len(clause_of)
    out = Scope([False] * n, [-1] * n, [-1] * n)
    if not n:
        return out
    clauses = _clauses(clause_of)
    m = len(raw)

    def nxt(i: int) -> str:
        return raw[i + 1] if i + 1 < m else ""

    def negate(indices: list[int] | range, src: int = -1) -> None:
        for j in indices:
            if not out.negated[j]:
                out.negated[j] = True
                out.neg_src[j] = src

    def harm(indices: list[int] | range, src: int = -1) -> None:
        for j in indices:
            if out.harm[j] < 0:
                out.harm[j] = src

    def forward(start: int, clause: int, reach: int = vocab.NEG_FORWARD_REACH) -> list[int]:
        return [j for j in clauses.get(clause, ()) if j >= start][:reach]

    def subject(i: int) -> list[int]:
        """Content words of token i's clause before it; else the nearest earlier clause that has some."""
        c = clause_raw[i]
        before = [j for j in clauses.get(c, ()) if j < cstart[i]]
        if before:
            return before
        for prev in range(c - 1, -1, -1):
            if clauses.get(prev):
                return list(clauses[prev])
        return []

    clause_cues: list[tuple[int, int | None, int]] = []  # (clause, first negated index or None, token)
    for i, tok in enumerate(raw):
        after = nxt(i)
        if tok in vocab.NEG_CLAUSE:
            if after in vocab.NEG_EXCEPT_NEXT:
                continue
            prev = raw[i - 1] if i else ""
            prev2 = raw[i - 2] if i > 1 else ""
            whole = tok in ("nor", "neither") or prev in vocab.BE_FORMS or (
                prev in vocab.JUDGEMENT_SKIP and prev2 in vocab.BE_FORMS
            )
            out.cues.append(cstart[i])
            clause_cues.append((clause_raw[i], None if whole else cstart[i], i))
        elif (tok in vocab.NEG_FORWARD and after not in vocab.NEG_FORWARD_EXCEPT_NEXT) or (
            i and (raw[i - 1], tok) in vocab.NEG_FORWARD_PAIRS
        ):
            if content[i]:  # "lack", "lacks": the cue is a word of its own
                out.cues.append(cstart[i])
                negate(forward(cstart[i] + 1, clause_raw[i]), cstart[i])
            else:
                out.cues.append(cstart[i])
                negate(forward(cstart[i], clause_raw[i]))
        elif tok in vocab.AVOID_FORMS:
            targets = forward(cstart[i] + 1, clause_raw[i])
            if tok == "avoid" and (raw[i - 1] if i else "") not in vocab.PURPOSE_BEFORE_AVOID:
                out.cues.append(cstart[i])
                negate(targets, cstart[i])
            else:  # "to avoid X", "this avoids X": X is a harm the technique prevents
                harm(targets, cstart[i])
        elif content[i] and (
            tok in vocab.HARM_VERBS or (tok == "cause" and (raw[i - 1] if i else "") in vocab.MODALS)
        ):
            harm(subject(i), cstart[i])
        if content[i]:
            refute = tok in vocab.REFUTE_WORDS or (i > 0 and (raw[i - 1], tok) in vocab.REFUTE_PAIRS)
            if refute or tok in vocab.HARM_ADJECTIVES:
                mark = negate if refute else harm
                _judgement(raw, content, clause_raw, cstart, i, out, clauses, subject, mark, refute)

    # "not ... until": the negation is about timing, not the claim.
    for clause, start, i in clause_cues:
        if any(raw[k] == "until" and clause_raw[k] == clause for k in range(i + 1, m)):
            continue
        targets = clauses.get(clause, [])
        negate([j for j in targets if start is None or j >= start])
    return out


def _judgement(
    raw: list[str],
    content: list[bool],
    clause_raw: list[int],
    cstart: list[int],
    i: int,
    out: Scope,
    clauses: dict[int, list[int]],
    subject: Callable[[int], list[int]],
    mark: Callable[[list[int], int], None],
    negating: bool,
) -> None:
    """``X is wrong``, ``it is a myth that X``, ``a common mistake is to X``: ``mark`` the thing judged
    (negate it for a refutation, flag it as harmful for "X is dangerous")."""
    tok = raw[i]
    m = len(raw)
    after = raw[i + 1] if i + 1 < m else ""
    cue = cstart[i]
    # Noun first: "a common mistake is to X", "the myth that X", "the mistake of X".
    if tok in vocab.JUDGEMENT_NOUNS:
        k = i + 1
        if k < m and raw[k] in vocab.BE_FORMS:
            k += 1
        direct = k == i + 1 and k < m and raw[k] in ("that", "of") and tok != "bug"
        if k < m and (direct or (k > i + 1 and raw[k] in ("to", "that"))):
            mark([j for j in clauses.get(clause_raw[k], ()) if j >= cstart[k]], cue)
            if negating:
                out.cues.append(cstart[k])
            return
    # Predicate: a form of "be" within a few words before the judgement word.
    k = i - 1
    if k >= 0 and (raw[k], tok) in vocab.REFUTE_PAIRS:
        k -= 1
    steps = 0
    while k >= 0 and raw[k] in vocab.JUDGEMENT_SKIP and steps < 3:
        k -= 1
        steps += 1
    if k < 0 or raw[k] not in vocab.BE_FORMS:
        return
    if k > 0 and raw[k - 1] in vocab.NEG_CLAUSE:
        return  # "is not wrong" (rare; leave it alone)
    if after and content[i + 1] and after not in vocab.REFUTE_WORDS:
        return  # "a bug fix", "a bad actor": a compound noun, not a judgement
    c = clause_raw[k]
    before = [j for j in clauses.get(c, ()) if j < cstart[k]]
    if before:
        mark(before, cue)
        if negating:
            out.cues.append(cue)
        return
    if after in ("to", "that"):  # "it is wrong to X", "it is a myth that X"
        mark([j for j in clauses.get(clause_raw[i + 1], ()) if j >= cstart[i + 1]], cue)
        if negating:
            out.cues.append(cstart[i + 1])
        return
    earlier = subject(k)
    if earlier:  # "..., but that is misleading"
        mark(earlier, cue)
    else:  # "That is a myth." about the sentence before
        out.refutes_previous = True
