"""The seeded-defect bar: every injected defect is found by its rule; clean inputs have no warnings."""

from __future__ import annotations

from collections import Counter

import pytest

from bis.review import review
from tests.review.seeded import CLEAN, Case, cases, clean

CASES = cases()


def _review(case_kind: str, text: str, dialect: str | None = None):  # type: ignore[no-untyped-def]
    return review(text, kind=case_kind, dialect=dialect, bank_items=[])


@pytest.mark.parametrize(("kind", "dialect"), list(CLEAN), ids=[f"{k}-{d}" if d else k for k, d in CLEAN])
def test_clean_inputs_have_no_warning_or_error(kind: str, dialect: str | None) -> None:
    result = _review(kind, clean(CLEAN[(kind, dialect)]), dialect)
    serious = [f"{f.rule} {f.location}: {f.message}" for f in result.findings if f.severity != "info"]
    assert serious == []
    assert result.score >= 9.5


def test_clean_inputs_are_detected_without_hints() -> None:
    for (kind, dialect), name in CLEAN.items():
        result = review(clean(name), bank_items=[])
        assert result.kind == kind, name
        if dialect:
            assert result.dialect == dialect, name


def test_at_least_twenty_variants_per_kind() -> None:
    counts = Counter(c.kind for c in CASES)
    assert all(counts[k] >= 20 for k in ("sql", "openapi", "proto")), counts
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.kind}-{c.name}" for c in CASES])
def test_each_injected_defect_is_found(case: Case) -> None:
    result = _review(case.kind, case.text, case.dialect)
    rules = {f.rule for f in result.findings}
    assert case.rule in rules, sorted(rules)
    base = _review(case.kind, clean(CLEAN[(case.kind, case.dialect)]), case.dialect)
    assert case.rule not in {f.rule for f in base.findings}
    assert result.score < 10 or next(f for f in result.findings if f.rule == case.rule).severity == "info"


def test_detection_rate_per_kind_is_at_least_90_percent() -> None:
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in CASES:
        total[case.kind] += 1
        found[case.kind] += case.rule in {f.rule for f in _review(case.kind, case.text, case.dialect).findings}
    for kind in total:
        assert found[kind] / total[kind] >= 0.9, (kind, found[kind], total[kind])
