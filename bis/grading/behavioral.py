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
from dataclasses import dataclass

from bis.grading.feedback import choose_probes, excerpt
from bis.grading.matching import AnswerIndex, Lexicon, compile_phrasings
from bis.grading.quality import assess_text, generic_stems, story_generic_stems, topicality
from bis.grading.results import (
    BandCriterion,
    BehavioralResult,
    Diagnostics,
    LengthCheck,
    OwnershipCheck,
    PointResult,
    StarComponent,
    round_score,
)
from bis.grading.rubric import item_stems, level_rank, normalise_level
from bis.grading.text import Sentence, analyse

__all__ = ["grade_behavioral"]

WPM_LOW = 130
WPM_HIGH = 150
TARGET_MIN_WORDS = 120  # under a minute at a normal pace
TARGET_MAX_WORDS = 330  # well over two minutes
MIN_WORDS = 15
# Share of the strong-answer description a 9-10 story covers.
STRONG_CONTENT = 0.6
# "I" share of first-person words in a 9-10 story.
STRONG_OWNERSHIP = 0.4
# Relevance: share of the answer's specific words found in what the question
# asks (question, strong-answer description, hints). Measured on the bank:
# 95% of its model stories score above 0.166, 90% of stories graded against
# another theme's question below 0.158; below the midpoint (0.16) a story is
# capped at 3.
TOPIC_LOW = 0.12
TOPIC_HIGH = 0.2

class _Lazy:
    """A regular expression compiled on first use (these are large; compiling
    them at import would cost every command that imports the grader)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, *args: object) -> None:
        self._args = args
        self._compiled: re.Pattern[str] | None = None

    def _re(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)  # type: ignore[call-overload]
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self._re().search(text)

    def findall(self, text: str) -> list:
        return self._re().findall(text)

    def finditer(self, text: str):  # type: ignore[no-untyped-def]
        return self._re().finditer(text)


_I = _Lazy(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
_WE = _Lazy(r"\b(?:we|we're|we've|we'd|we'll|us|our|ours|ourselves)\b", re.IGNORECASE)
_METRIC = _Lazy(
    r"(?:\$\s?\d[\d,.]*\s?[kmb]?\b"
    r"|\b\d[\d,.]*\s?(?:%|percent\b|x\b|ms\b|milliseconds?\b|seconds?\b|secs?\b|minutes?\b|mins?\b|hours?\b"
    r"|hrs?\b|days?\b|weeks?\b|months?\b|[kmg]b\b|tb\b|rps\b|qps\b|tps\b|requests?\b|users?\b|customers?\b"
    r"|errors?\b|incidents?\b|pages?\b|alerts?\b|engineers?\b|teams?\b|services?\b|nodes?\b|servers?\b"
    r"|hosts?\b|instances?\b|machines?\b|topics?\b|consumers?\b|producers?\b|tickets?\b|bugs?\b|calls?\b"
    r"|queries\b|messages?\b|events?\b|jobs?\b|deploys?\b|releases?\b|pull requests?\b|tables?\b|rows?\b"
    r"|times\b|k\b|m\b|million\b|billion\b|thousand\b|per\b)"
    r"|\bp9\d(?:\.\d)?\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
    r"\s+(?:percent|minutes|hours|days|weeks|months|years|times|engineers|teams|services|hosts|incidents)\b"
    r"|\bfrom\s+\d[\d,.]*\s*\S*\s+to\s+\d)",
    re.IGNORECASE,
)

# Cue patterns (on the lowercased sentence).
_SITUATION = _Lazy(
    r"\b(?:at my (?:last|previous|current|old) (?:job|company|team|employer)|last (?:year|quarter|month|spring|summer|autumn|fall|winter)"
    r"|(?:a few|two|three|several) (?:months|years|weeks) ago|when i (?:was|joined)|i was (?:working|on the|part of)"
    r"|we (?:had|ran|were running|were|owned|used to)"
    r"|(?:our|the|a|an) (?:[\w-]+ ){0,3}(?:service|team|system|platform|api|database|company|product|cluster|pipeline|monolith|framework)s?"
    r" (?:was|were|had|handled|served|ran|processed|needed|called|depended)"
    r"|there was|the (?:service|system|team|company|platform) (?:was|had|handled|served)|at the time|back then|legacy"
    r"|one (?:day|evening|morning|night|afternoon|friday|monday)|(?:handled|served|processed|handles|serves) (?:about |around |roughly )?\d"
    r"|(?:a|an) (?:junior|senior|new|new hire|mid-level|staff|principal) (?:engineer|developer|hire)"
    r"|context|background)\b"
)
_REFLECTION = _Lazy(
    r"\b(?:i (?:learned|learnt|realised|realized)|lessons?\b|what i took (?:away|from)|i took from|take-?away"
    r"|the (?:real|main|key|big) (?:win|lesson|insight)|in hindsight|looking back"
    r"|next time|if i did it again|i would now|i now|since then i|taught me|what i learned|i'd do differently)"
)
_TASK = _Lazy(
    r"\b(?:my (?:task|job|role|goal|responsibility|mandate|part|assignment)\b|i was (?:responsible|asked|tasked|assigned|on call|on-call|in charge|the (?:owner|on-call|lead|primary|secondary|tech lead))"
    r"|i was (?:the )?(?:primary|secondary) on.?call|took (?:on|over|ownership)\b|i picked up"
    r"|i was (?:a|an|the|one of the) (?:[\w-]+ ){0,3}(?:engineer|developer|lead|owner|manager|architect|member|sre|on-call|intern)"
    r"|(?:was|were|got) asked to|asked me to|it (?:was|fell) (?:on |to )?me|i stepped (?:up|in)|i took (?:it|this) on|i wanted to"
    r"|i (?:needed|had) to|the (?:goal|task|ask|challenge|problem) was|our goal was|we needed to|i owned|i took (?:ownership|on|the lead)"
    r"|i volunteered|i offered|i (?:was|got) assigned|i decided to (?:own|take)|(?:needed|had) to (?:find|fix|stop|reduce|get|make|decide|choose|ship|migrate|convince)"
    r"|objective|deadline was)\b"
)
# Irregular past tenses (regular ones are caught by "-ed").
_IRREGULAR_PAST = (
    "wrote|ran|led|set|found|dug|cut|split|chose|took|gave|made|kept|sent|spent|spoke|brought|held|put|got|"
    "sat|met|built|drove|drew|fought|left|paid|sought|sold|shut|stood|stuck|struck|taught|told|threw|won|"
    "withdrew|rewrote|broke|began|went|did|saw|caught|bought|hid|let|read|rebuilt|undid|oversaw|forgot"
)
_ADVERB = r"(?:\w+ly|also|then|first|next|finally|immediately|personally|later|still|just|even|again|quickly|manually|eventually)"
_PAST = r"(?:" + _IRREGULAR_PAST + r"|\w{2,}ed)"
_ACTION = _Lazy(r"\b(?:i|i then|then i|so i|first i|next i|finally i)\s+(?:" + _ADVERB + r"\s+)?" + _PAST + r"\b")
_WE_ACTION = _Lazy(r"\bwe\s+(?:" + _ADVERB + r"\s+)?" + _PAST + r"\b")
_CHANGE = _Lazy(
    r"\b(?:from\s+\S+\s+(?:\S+\s+){0,3}to\b|down|up|dropped|fell|reduced|improved|increased|decreased|back"
    r"|saved|cut|went|became|now)\b"
)
_RESULT = _Lazy(
    r"\b(?:as a result|the result|in the end|ended up|afterwards|since then|reduced|dropped|fell|improved|increased|decreased"
    r"|went (?:down|up|from)|down to|no (?:further|more|new|repeat) (?:incidents?|outages?|pages?|issues?|regressions?)|zero"
    r"|back to normal|recovered|now (?:we|the)|adopted|shipped|launched|within \d|saved"
    r"|cut (?:the|our|p9|latency|costs?|time)|outcome|result(?:ed)?|finished|completed|delivered|succeeded|never (?:again|happened)"
    r"|has(?: since)? (?:caught|prevented|held)|paid off)\b"
)
_GENERAL_BACKEND = (
    "incident outage latency p50 p95 p99 throughput rollback roll back deploy deployment release postmortem "
    "on-call pager alert dashboard slo sla error rate database postgres mysql redis kafka cache queue "
    "migration schema index replica shard partition api endpoint microservice service load balancer "
    "timeout retry circuit breaker feature flag canary kubernetes container cpu memory connection pool "
    "lock deadlock race condition consistency idempotency backfill traffic requests per second qps rps "
    "tracing logs metrics capacity autoscaling failover region"
)
_GENERAL_TERMS: list[str] = []
for _chunk in re.split(r"\s{2,}|\n", _GENERAL_BACKEND):
    _GENERAL_TERMS.extend(_chunk.split())


# Words of a question's framing that say nothing about its subject.
_QUESTION_FILLER = frozenset(
    {
        "tell", "time", "describe", "walk", "example", "give", "talk", "share", "situation",
        "happened", "did", "do", "what", "how", "why", "when", "which", "would", "could", "your",
        "you", "about", "afterwards", "made", "make",
    }
)


BAND_LABELS = {
    "1-2": "not yet an answer",
    "3-4": "a story without its structure",
    "5-6": "a story with gaps",
    "7-8": "solid STAR answer",
    "9-10": "strong, measurable, owned",
}


@dataclass
class _Cue:
    s: float
    t: float
    a: float
    r: float


def _cues(sent: Sentence, position: float, quality: float) -> _Cue:
    low = sent.text.lower()
    s = 1.0 if _SITUATION.search(low) else 0.0
    t = 1.0 if _TASK.search(low) else 0.0
    a_i = len(_ACTION.findall(low))
    a_we = len(_WE_ACTION.findall(low))
    a = min(1.0, a_i * 0.7 + a_we * 0.35)
    r = 1.0 if _RESULT.search(low) else 0.0
    if not r and _REFLECTION.search(low):
        r = 0.4  # a lesson without an outcome is a thin result
    if _METRIC.search(sent.text) and position > 0.5:
        # A number is a result when something changed; a number in an action
        # ("a release from twenty minutes earlier") is not.
        r = max(r, 0.8 if _CHANGE.search(low) else 0.3)
    # Position priors: context first, outcome last.
    s *= 1.0 if position <= 0.4 else 0.5
    r *= 1.0 if position >= 0.5 else 0.6
    return _Cue(s * quality, t * quality, a * quality, r * quality)


def _length(words: int) -> LengthCheck:
    lo = words / WPM_HIGH
    hi = words / WPM_LOW
    verdict = "short" if words < TARGET_MIN_WORDS else "long" if words > TARGET_MAX_WORDS else "ok"
    return LengthCheck(
        words=words,
        minutes_low=round(lo, 2),
        minutes_high=round(hi, 2),
        target="1-2 minutes spoken (about 130-300 words)",
        verdict=verdict,
    )


def _ownership(text: str) -> OwnershipCheck:
    i_count = len(_I.findall(text))
    we_count = len(_WE.findall(text))
    total = i_count + we_count
    ratio = i_count / total if total else 0.0
    if total == 0:
        verdict = "no first person: say what you did"
    elif ratio >= 0.5:
        verdict = "clear ownership"
    elif ratio >= 0.3:
        verdict = "shared: make your own part clearer"
    else:
        verdict = "mostly 'we': say what you did"
    return OwnershipCheck(i_count=i_count, we_count=we_count, i_ratio=ratio, verdict=verdict)


def behavioral_question_texts(item: dict) -> list[str]:
    """What the question asks for, in its own words (no model story)."""
    texts = [item.get("question", "")]
    for key in ("strong_answer", "staff_signals", "follow_ups"):
        texts.extend(item.get(key) or ())
    hints = item.get("level_hints") or {}
    texts.extend(v for v in hints.values() if v)
    return [t for t in texts if t]


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
        cue = _cues(sent, position, q)
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
        value, sent = best[part]
        if part == "A":
            value = min(1.0, action_strength / 2.0)  # one clear action is thin; two or more present
        long_enough = sent is not None and sent.n_tokens >= 8
        if value >= 0.6 and long_enough:
            status = "present"
        elif value >= 0.25 and sent is not None:
            status = "thin"
        else:
            status = "missing"
        status_of[part] = status
        star.append(
            StarComponent(
                part=names[part],
                status=status,
                sentence=sent.text if sent is not None and status != "missing" else None,
                confidence=round(value, 2),
            )
        )

    # --- metrics, backend context, ownership, length
    metric_sentences = [s for s in sentences if tq.quality(s.index) >= 0.5]
    metrics = []
    for s in metric_sentences:
        metrics.extend(m.group(0).strip() for m in _METRIC.finditer(s.text))
    metrics = list(dict.fromkeys(metrics))[:8]
    terms = list(item.get("backend_context") or ())
    lexicon = Lexicon(terms + _GENERAL_TERMS)
    index = AnswerIndex(doc, lexicon, skip=dup)
    found_terms: list[str] = []
    for term in terms + _GENERAL_TERMS:
        if term in found_terms:
            continue
        for stems in compile_phrasings([term]):
            if any(not m.negated and tq.quality(m.sentence) >= 0.5 for m in index.find(stems)):
                found_terms.append(term)
                break
    item_terms_found = [t for t in found_terms if t in terms]
    ownership = _ownership(" ".join(s.text for s in sentences))
    length = _length(doc.word_count)

    # --- relevance and content
    # A story's specifics (the system, the numbers) are its own, so relevance
    # is measured against what the question says it wants (question, what a
    # strong answer contains, hints, follow-ups), not against the model story.
    filler = {st for w in _QUESTION_FILLER for st in analyse(w).all_stems()}
    topic = topicality(
        doc,
        item_stems(behavioral_question_texts(item)),
        dup,
        tq.copied,
        extra_generic=story_generic_stems(),
        keep=set(analyse(question).all_stems()) - filler,
    )
    relevance = max(0.0, min(1.0, (topic - TOPIC_LOW) / (TOPIC_HIGH - TOPIC_LOW)))
    topic_factor = relevance
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
        (x for x in reversed(sentences) if tq.quality(x.index) >= 0.5 and _REFLECTION.search(x.text.lower())),
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
                relevance >= 0.5,
                f"{topic:.0%} of its specific words relate to what the question asks",
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
    if relevance < 0.5:
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


def _advice(part: str) -> str:
    return {
        "Situation": "one or two sentences of context: the system, its scale, what was at stake.",
        "Task": "what YOU were responsible for, in one sentence (\u201cMy job was to ...\u201d).",
        "Action": "the steps you took yourself, in the first person, with the reasoning behind them.",
        "Result": "what changed, with numbers, and what you learned or do differently now.",
    }[part]


def _notes(tq, topic_factor: float) -> list[str]:  # type: ignore[no-untyped-def]
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
