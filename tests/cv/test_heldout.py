"""`bis cv` on eight held-out CVs (tests/cv/heldout.py), against the same bars as the corpus.

Bars (issue 8): pooled skill precision and recall at least 0.9, years of experience within
one year on every CV, no false friend extracted. Run with `-s` to see the figures.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bis.cv import read_and_analyse
from bis.cv.reader import read_cv
from tests.cv.corpus import EXTENSIONS
from tests.cv.heldout import HELDOUT, TODAY

Results = dict[str, dict[str, Any]]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Results:
    folder = tmp_path_factory.mktemp("heldout")
    out: Results = {}
    for case in HELDOUT:
        path = folder / (case.id + EXTENSIONS[case.fmt])
        path.write_bytes(case.build())
        facts, info = read_and_analyse(path, today=TODAY)
        found = {s["name"] for s in facts["skills"]}
        years = facts["experience_years"]
        out[case.id] = {
            "case": case,
            "facts": facts,
            "info": info,
            "text": read_cv(path).text,
            "found": found,
            "extra": found - case.skills,
            "missed": case.skills - found,
            "years_error": None if years is None else abs(years - case.years),
            "false_friends": found & case.absent,
        }
    _print_report(out)
    return out


def _pooled(results: Results) -> tuple[float, float, int, int, int]:
    tp = sum(len(r["found"] & r["case"].skills) for r in results.values())
    fp = sum(len(r["extra"]) for r in results.values())
    fn = sum(len(r["missed"]) for r in results.values())
    return tp / (tp + fp), tp / (tp + fn), tp, fp, fn


def _print_report(results: Results) -> None:
    precision, recall, tp, fp, fn = _pooled(results)
    lines = [f"\nheld-out CVs: {len(results)}; pooled skills precision {precision:.3f}, recall {recall:.3f} "
             f"(tp {tp}, fp {fp}, fn {fn})"]  # fmt: skip
    for case_id, r in results.items():
        case, facts = r["case"], r["facts"]
        years = facts["experience_years"]
        shown = "None" if years is None else f"{years:.2f}"
        error = "n/a" if r["years_error"] is None else f"{r['years_error']:.2f}"
        lines.append(f"- {case_id}: years {shown} vs {case.years:.2f} (error {error}); "
                     f"extra {sorted(r['extra'])}, missed {sorted(r['missed'])}, "
                     f"false friends {sorted(r['false_friends'])}")  # fmt: skip
        lines.append(f"    name {facts['name']!r} (expected {case.name!r}), role {facts['current_role']!r} "
                     f"(expected {case.role!r}), projects {[p['name'] for p in facts['projects']]}")  # fmt: skip
        for job in facts["jobs"]:
            lines.append(f"    job {job.get('period')!r} {job.get('months')} months, counted {job.get('counted')}: "
                         f"{job.get('title')!r} / {job.get('company')!r}")  # fmt: skip
    print("\n".join(lines))


def test_the_heldout_set_is_varied() -> None:
    assert len(HELDOUT) == 8
    assert len({c.id for c in HELDOUT}) == 8
    assert {"pdf", "docx", "text", "markdown"} <= {c.fmt for c in HELDOUT}
    assert len({c.level for c in HELDOUT}) >= 5
    assert any(re.search(r"[\u4e00-\u9fff]", c.build().decode("utf-8", "ignore")) for c in HELDOUT if c.fmt == "text")


def test_heldout_pooled_skill_precision(results: Results) -> None:
    precision, _, tp, fp, fn = _pooled(results)
    extra = {k: sorted(r["extra"]) for k, r in results.items() if r["extra"]}
    assert precision >= 0.9, f"precision {precision:.3f} (tp {tp}, fp {fp}, fn {fn}); extra: {extra}"


def test_heldout_pooled_skill_recall(results: Results) -> None:
    _, recall, tp, fp, fn = _pooled(results)
    missed = {k: sorted(r["missed"]) for k, r in results.items() if r["missed"]}
    assert recall >= 0.9, f"recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn}); missed: {missed}"


@pytest.mark.parametrize("case_id", [c.id for c in HELDOUT])
def test_heldout_years_within_one_year(results: Results, case_id: str) -> None:
    r = results[case_id]
    facts = r["facts"]
    assert r["years_error"] is not None, ("no years found", facts["jobs"])
    assert r["years_error"] <= 1.0, (facts["experience_years"], r["case"].years, facts["jobs"])


@pytest.mark.parametrize("case_id", [c.id for c in HELDOUT if c.absent])
def test_heldout_no_false_friends(results: Results, case_id: str) -> None:
    r = results[case_id]
    for name in r["case"].absent:  # the trap is really in the document
        assert re.search(rf"\b{re.escape(name.split()[0])}", r["text"], re.IGNORECASE), name
    assert not r["false_friends"], sorted(r["false_friends"])
