"""`bis rate`: review code, SQL schemas, OpenAPI specs, .proto files and written designs.

    from bis.review import review
    result = review(text, filename="schema.sql")      # kind and dialect detected
    result.score, result.findings, result.to_dict()

One module per responsibility: `detect` (what was given), `findings` (the
finding model and the score formula), `sql`/`sqlschema`/`sqlsplit`,
`openapi`/`oasvalid`/`oasdesign`/`specload`, `proto`, `code`/`pycheck`/
`ruffrun`/`generic`/`bankmatch`, and `prose`. Heavy libraries (sqlglot,
openapi-spec-validator, proto-schema-parser) are imported only by the
reviewer that needs them.
"""

from __future__ import annotations

import time
from typing import Any

from bis.review.detect import DIALECT_LABELS, KIND_LABELS, Detection, detect_dialect, detect_kind
from bis.review.findings import (
    Analysis,
    Finding,
    Review,
    biggest_wins,
    improve_lines,
    round_half,
    score_findings,
    sort_findings,
    verdict_for,
)

__all__ = ["Finding", "Review", "review"]

NEEDS_BANK = ("python", "prose")


def _bank_items(notes: list[str]) -> list[dict[str, Any]]:
    from bis.bank.store import load_bank
    from bis.errors import BisError

    try:
        return list(load_bank().items)
    except BisError as exc:
        first = exc.message.splitlines()[0]
    try:  # a bank with broken cross-references still has usable problems
        from bis.bank.store import all_bank_dirs
        from bis.bank.validate import validate_dirs

        items = validate_dirs(all_bank_dirs(), check_references=False).items
    except (BisError, OSError):
        items = []
    notes.append(f"The question bank has problems ({first}); " + (
        "matched against its valid items." if items else "bank matching was skipped."))
    return items


def review(
    text: str,
    *,
    kind: str | None = None,
    dialect: str | None = None,
    filename: str | None = None,
    source: str = "stdin",
    bank_items: list[dict[str, Any]] | None = None,
    level: str = "mid",
    judge: bool = True,
) -> Review:
    """Review `text`. `kind`/`dialect` override detection; `bank_items` default to the bank."""
    started = time.perf_counter()
    detected = detect_kind(text, filename)
    if kind is None:
        det = detected
    else:
        language = detected.language if detected.kind in ("python", "code") else None
        if kind == "python":
            language = "python"
        det = Detection(kind, "--kind", language=language)
    notes: list[str] = []
    sql_dialect = None
    if det.kind in NEEDS_BANK and bank_items is None and (det.kind == "prose" or judge):
        bank_items = _bank_items(notes)
    analysis = _run(det, text, dialect, bank_items or [], level, judge, notes, started)
    if det.kind == "sql":
        sql_dialect = analysis.stats.get("dialect")
    return _assemble(det, analysis, text, source, sql_dialect, notes, given=kind is not None, dialect_given=dialect is not None)


def _run(det: Detection, text: str, dialect: str | None, bank_items: list[dict[str, Any]], level: str, judge: bool,
         notes: list[str], started: float) -> Analysis:
    if det.kind == "sql":
        from bis.review.sql import review_sql

        chosen, reason = (dialect, "--dialect") if dialect else detect_dialect(text)
        analysis = review_sql(text, chosen)
        analysis.extra["dialect_reason"] = reason
        return analysis
    if det.kind == "openapi":
        from bis.review.openapi import review_openapi

        return review_openapi(text, started)
    if det.kind == "proto":
        from bis.review.proto import review_proto

        return review_proto(text)
    if det.kind in ("python", "code"):
        from bis.review.code import review_code

        language = "python" if det.kind == "python" else det.language
        return review_code(text, language, bank_items, judge=judge, level=level)
    from bis.review.prose import review_prose

    return review_prose(text, bank_items, level=level)


def _label(det: Detection, analysis: Analysis, sql_dialect: str | None) -> str:
    if det.kind == "sql" and sql_dialect:
        return f"SQL schema ({DIALECT_LABELS.get(sql_dialect, sql_dialect)})"
    if det.kind == "openapi" and analysis.extra.get("spec_version"):
        return f"OpenAPI spec ({analysis.extra['spec_version']})"
    if det.kind == "code":
        return f"{(det.language or 'unknown').capitalize()} code"
    if det.kind == "proto" and analysis.stats.get("syntax"):
        return f"Protocol Buffers ({analysis.stats['syntax']})"
    return KIND_LABELS[det.kind]


def _assemble(det: Detection, analysis: Analysis, text: str, source: str, sql_dialect: str | None, notes: list[str],
              *, given: bool, dialect_given: bool) -> Review:
    findings = sort_findings(analysis.findings)
    score = round_half(analysis.score) if analysis.score is not None else score_findings(findings)
    if analysis.cap is not None and analysis.cap < score:
        score = round_half(analysis.cap)
        analysis.score_basis = "findings, capped by the judge" if det.kind in ("python", "code") else "findings, capped by the design bands"
    reason = "chosen with --kind" if given else f"detected from {det.reason}"
    extra = {k: v for k, v in analysis.extra.items() if k != "grader_improve"}
    if det.kind == "sql":
        reason += f"; dialect {'from --dialect' if dialect_given else 'from ' + str(analysis.extra.get('dialect_reason'))}"
        extra.pop("dialect_reason", None)
    improve = improve_lines(findings)
    improve.extend(str(x) for x in analysis.extra.get("grader_improve", [])[:3])
    if not findings and not improve:
        improve = ["Nothing to fix that these checks can see; ask a colleague for the judgement calls a linter cannot make."]
    good = list(dict.fromkeys(analysis.good))[:6]
    return Review(
        kind=det.kind,
        kind_label=_label(det, analysis, sql_dialect),
        detected=not given,
        reason=reason,
        dialect=sql_dialect,
        source=source,
        findings=findings,
        score=score,
        score_basis=analysis.score_basis,
        verdict=verdict_for(score),
        good=good,
        improve=improve,
        biggest_wins=biggest_wins(findings) if analysis.score is None else _grader_wins(analysis),
        notes=notes + analysis.notes,
        stats=analysis.stats,
        extra=extra,
    )


def _grader_wins(analysis: Analysis) -> list[dict[str, Any]]:
    grade = analysis.extra.get("design_grade") or {}
    return [{"rule": "design-rubric", "title": "What to add next time", "fix": str(line), "count": 1, "where": [],
             "score_after": None, "gain": None} for line in (grade.get("add_next_time") or [])[:2]]
