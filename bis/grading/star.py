"""STAR evidence in a behavioural answer: cue patterns for Situation, Task,
Action and Result, metrics, ownership ("I" vs "we"), spoken length, and the
general list of backend terms.

Every pattern is applied to one sentence at a time; ``behavioral.py`` turns
the cues into present / thin / missing parts and a band.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bis.grading.results import LengthCheck, OwnershipCheck
from bis.grading.text import Sentence

__all__ = [
    "GENERAL_TERMS",
    "METRIC",
    "REFLECTION",
    "Cue",
    "cues",
    "length_check",
    "metrics_in",
    "ownership",
]

WPM_LOW = 130
WPM_HIGH = 150
TARGET_MIN_WORDS = 120  # under a minute at a normal pace
TARGET_MAX_WORDS = 330  # well over two minutes
MIN_WORDS = 15
# A solid (7-8) story needs room for context, actions and a result: about 40 s spoken.
SOLID_MIN_WORDS = 80


class _Lazy:
    """A regular expression compiled on first use (these are large; compiling
    them at import would cost every command that imports the grader)."""

    __slots__ = ("_pattern", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _re(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self._re().search(text)

    def findall(self, text: str) -> list:
        return self._re().findall(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._re().finditer(text)


_I = _Lazy(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
_WE = _Lazy(r"\b(?:we|we're|we've|we'd|we'll|us|our|ours|ourselves)\b", re.IGNORECASE)
METRIC = _Lazy(
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
    r"|\bfrom\s+\d[\d,.]*\s*\S*\s+to\s+\d(?:[\d,.]*\d)?(?:\s?%|\s?[a-z]+\b)?)",
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
REFLECTION = _Lazy(
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
# Backend terms any story may use (the item's own backend_context comes first).
# Multi-word terms are one term: "roll back" is reported as such, not as
# "roll" and "back".
GENERAL_TERMS: tuple[str, ...] = (
    "incident", "outage", "latency", "p50", "p95", "p99", "throughput", "rollback", "roll back",
    "deploy", "deployment", "release", "postmortem", "on-call", "pager", "alert", "dashboard", "slo",
    "sla", "error rate", "database", "postgres", "mysql", "redis", "kafka", "cache", "queue",
    "migration", "schema", "index", "replica", "shard", "partition", "api", "endpoint",
    "microservice", "service", "load balancer", "timeout", "retry", "circuit breaker",
    "feature flag", "canary", "kubernetes", "container", "cpu", "memory", "connection pool", "lock",
    "deadlock", "race condition", "consistency", "idempotency", "backfill", "traffic",
    "requests per second", "qps", "rps", "tracing", "logs", "metrics", "capacity", "autoscaling",
    "failover", "region",
)


@dataclass
class Cue:
    s: float
    t: float
    a: float
    r: float


def cues(sent: Sentence, position: float, quality: float) -> Cue:
    low = sent.text.lower()
    s = 1.0 if _SITUATION.search(low) else 0.0
    t = 1.0 if _TASK.search(low) else 0.0
    a_i = len(_ACTION.findall(low))
    a_we = len(_WE_ACTION.findall(low))
    a = min(1.0, a_i * 0.7 + a_we * 0.35)
    r = 1.0 if _RESULT.search(low) else 0.0
    if not r and REFLECTION.search(low):
        r = 0.4  # a lesson without an outcome is a thin result
    if METRIC.search(sent.text) and position > 0.5:
        # A number is a result when something changed; a number in an action
        # ("a release from twenty minutes earlier") is not.
        r = max(r, 0.8 if _CHANGE.search(low) else 0.3)
    # Position priors: context first, outcome last.
    s *= 1.0 if position <= 0.4 else 0.5
    r *= 1.0 if position >= 0.5 else 0.6
    return Cue(s * quality, t * quality, a * quality, r * quality)


def length_check(words: int) -> LengthCheck:
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


def ownership(text: str) -> OwnershipCheck:
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


def metrics_in(text: str) -> list[str]:
    """Numbers with units, percentages and before/after figures in a text."""
    return [m.group(0).strip().rstrip(".,") for m in METRIC.finditer(text)]
