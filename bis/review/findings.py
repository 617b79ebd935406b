"""Findings, the review result, and how findings become a score out of 10.

A finding says what is wrong and where (a line, or a path + method), why it
matters in production, and how to fix it. Each reviewer declares its rules
once (`Rule`), so the technical text lives in one place per rule and every
finding of that rule carries it.

Score formula (also in docs/usage.md):

* each rule that fired costs the weight of its most severe finding:
  error 2.5, warning 0.75, info 0.1;
* every further finding of the same rule adds a quarter of that weight, up to
  half a weight more (ten unindexed foreign keys are one habit, not ten bugs);
* score = 10 minus the sum, clamped to 1..10 and rounded to the nearest half.

So one error gives 7.5, one warning 9.5 (9.25 rounded up), and a clean input 10.
The "biggest wins" are the one or two rules whose removal would raise the score
most, computed by scoring again without them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")
WEIGHTS = {"error": 2.5, "warning": 0.75, "info": 0.1}
REPEAT_SHARE = 0.25  # each further finding of a rule, as a share of its weight
REPEAT_CAP = 0.5  # at most this share of the weight for all repeats together


@dataclass(frozen=True)
class Rule:
    """A check: its id, default severity, and the production reason and fix."""

    id: str
    title: str
    severity: str
    why: str
    fix: str

    def at(
        self,
        message: str,
        *,
        line: int | None = None,
        path: str | None = None,
        method: str | None = None,
        severity: str | None = None,
        why: str | None = None,
        fix: str | None = None,
        source: str = "bis",
    ) -> Finding:
        return Finding(
            severity=severity or self.severity,
            rule=self.id,
            title=self.title,
            message=message,
            why=why or self.why,
            fix=fix or self.fix,
            line=line,
            path=path,
            method=method,
            source=source,
        )


@dataclass
class Finding:
    severity: str
    rule: str
    title: str
    message: str
    why: str
    fix: str
    line: int | None = None
    path: str | None = None
    method: str | None = None
    source: str = "bis"

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def location(self) -> str:
        parts = []
        if self.method:
            parts.append(self.method.upper())
        if self.path:
            parts.append(self.path)
        where = " ".join(parts)
        if self.line is not None:
            return f"line {self.line}" + (f" ({where})" if where else "")
        return where

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "rule": self.rule,
            "title": self.title,
            "message": self.message,
            "location": self.location,
            "line": self.line,
            "path": self.path,
            "method": self.method,
            "why": self.why,
            "fix": self.fix,
            "source": self.source,
        }


@dataclass
class Analysis:
    """What one reviewer found: findings, strengths it verified, and notes."""

    findings: list[Finding] = field(default_factory=list)
    good: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    score: float | None = None  # set only when a grader scores instead of the formula
    score_basis: str = "findings"
    cap: float | None = None  # e.g. the judge's score: failing hidden tests caps the review

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def credit(self, rule_ids: Iterable[str], text: str, applicable: bool = True) -> None:
        """Record a strength when none of `rule_ids` fired on an input where they apply."""
        fired = {f.rule for f in self.findings}
        if applicable and not fired.intersection(rule_ids):
            self.good.append(text)


@dataclass
class Review:
    kind: str
    kind_label: str
    detected: bool  # False when --kind chose it
    reason: str
    dialect: str | None
    source: str
    findings: list[Finding]
    score: float
    score_basis: str
    verdict: str
    good: list[str]
    improve: list[str]
    biggest_wins: list[dict[str, Any]]
    notes: list[str]
    stats: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            out[f.severity] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kind_label": self.kind_label,
            "detected": self.detected,
            "reason": self.reason,
            "dialect": self.dialect,
            "source": self.source,
            "score": self.score,
            "score_basis": self.score_basis,
            "verdict": self.verdict,
            "counts": self.counts(),
            "good": list(self.good),
            "improve": list(self.improve),
            "biggest_wins": list(self.biggest_wins),
            "findings": [f.to_dict() for f in self.findings],
            "notes": list(self.notes),
            "stats": dict(self.stats),
            **self.extra,
        }


def _rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-_rank(f.severity), f.line if f.line is not None else 10**9, f.rule))


def rule_penalties(findings: Iterable[Finding]) -> dict[str, float]:
    by_rule: dict[str, list[float]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(WEIGHTS[f.severity])
    out: dict[str, float] = {}
    for rule, weights in by_rule.items():
        top = max(weights)
        repeats = min(REPEAT_CAP * top, REPEAT_SHARE * top * (len(weights) - 1))
        out[rule] = top + repeats
    return out


def round_half(value: float) -> float:
    value = 1.0 if value < 1.0 else 10.0 if value > 10.0 else value
    return int(value * 2 + 0.5) / 2  # halves round up: 9.25 -> 9.5


def score_findings(findings: Iterable[Finding]) -> float:
    return round_half(10.0 - sum(rule_penalties(findings).values()))


def verdict_for(score: float) -> str:
    if score >= 9:
        return "strong"
    if score >= 7:
        return "solid"
    if score >= 5:
        return "needs work"
    return "major problems"


def biggest_wins(findings: list[Finding], limit: int = 2) -> list[dict[str, Any]]:
    """The one or two rules whose fixing would raise the score most.

    `gain` is what the rule costs in the formula; `score_after` is the score
    with that rule's findings gone (the same when the score is pinned at 1).
    """
    penalties = rule_penalties(findings)
    ranked = sorted(penalties.items(), key=lambda kv: (-kv[1], kv[0]))
    wins: list[dict[str, Any]] = []
    for rule, penalty in ranked[:limit]:
        ofrule = sort_findings(f for f in findings if f.rule == rule)
        first = ofrule[0]
        rest = [f for f in findings if f.rule != rule]
        wins.append(
            {
                "rule": rule,
                "title": first.title,
                "fix": first.fix,
                "count": len(ofrule),
                "where": [f.location for f in ofrule[:4] if f.location],
                "score_after": score_findings(rest),
                "gain": round(penalty, 2),
            }
        )
    return wins


def improve_lines(findings: list[Finding], limit: int = 6) -> list[str]:
    """One line per rule, the most costly first."""
    penalties = rule_penalties(findings)
    lines = []
    for rule, _ in sorted(penalties.items(), key=lambda kv: (-kv[1], kv[0])):
        ofrule = sort_findings(f for f in findings if f.rule == rule)
        first = ofrule[0]
        if len(ofrule) == 1:
            lines.append(f"{first.title}: {first.message}")
        else:
            lines.append(f"{first.title} ({len(ofrule)} places; first: {first.message})")
        if len(lines) == limit:
            break
    return lines
