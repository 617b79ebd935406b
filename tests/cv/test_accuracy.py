"""`bis cv` against twelve realistic CVs with hand-made answers (tests/cv/corpus.py).

Bars (issue 8): pooled skill precision and recall at least 0.9, years of experience
within one year on every CV, no false friend extracted.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from bis.cv import read_and_analyse
from bis.cv.reader import read_cv
from tests.cv.corpus import CASES, EXTENSIONS, TODAY, Case


def _flat(text: str) -> str:
    """The CV's words with layout and full-width punctuation folded, as bis reads them."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Case, dict[str, Any], dict[str, Any], str]]:
    folder = tmp_path_factory.mktemp("corpus")
    out = {}
    for case in CASES:
        path = folder / (case.id + EXTENSIONS[case.fmt])
        path.write_bytes(case.build())
        facts, info = read_and_analyse(path, today=TODAY)
        out[case.id] = (case, facts, info, read_cv(path).text)
    return out


def test_the_corpus_is_varied_enough() -> None:
    assert len(CASES) >= 10
    assert {c.fmt for c in CASES} == {"pdf", "docx", "markdown", "text"}
    assert all(sum(c.fmt == f for c in CASES) >= 2 for f in ("pdf", "docx"))
    assert {c.level for c in CASES} == {"junior", "mid", "senior", "staff"}
    assert any(re.search(r"[\u4e00-\u9fff]", c.build().decode("utf-8", "ignore")) for c in CASES)


def test_pooled_skill_precision_and_recall(results: dict[str, Any]) -> None:
    tp = fp = fn = 0
    misses = []
    for case, facts, _, _ in results.values():
        found = {s["name"] for s in facts["skills"]}
        tp += len(found & case.skills)
        fp += len(found - case.skills)
        fn += len(case.skills - found)
        if found ^ case.skills:
            misses.append(f"{case.id}: extra {sorted(found - case.skills)}, missed {sorted(case.skills - found)}")
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\npooled skills over {len(results)} CVs: precision {precision:.3f}, recall {recall:.3f} "
          f"(tp {tp}, fp {fp}, fn {fn})")  # fmt: skip
    assert precision >= 0.9, misses
    assert recall >= 0.9, misses


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_years_of_experience_within_one_year(results: dict[str, Any], case_id: str) -> None:
    case, facts, _, _ = results[case_id]
    assert facts["experience_years"] is not None
    assert abs(facts["experience_years"] - case.years) <= 1.0, (facts["experience_years"], case.years, facts["jobs"])


@pytest.mark.parametrize("case_id", [c.id for c in CASES if c.absent])
def test_no_false_friends(results: dict[str, Any], case_id: str) -> None:
    case, facts, _, text = results[case_id]
    found = {s["name"] for s in facts["skills"]}
    assert not found & case.absent
    for name in case.absent:  # the trap is really in the document
        assert re.search(rf"\b{re.escape(name.split()[0])}", text, re.IGNORECASE), name


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_format_name_and_current_role(results: dict[str, Any], case_id: str) -> None:
    case, facts, info, _ = results[case_id]
    assert info["format"] == case.fmt
    assert facts["name"] == case.name
    assert facts["current_role"] == case.role


@pytest.mark.parametrize("case_id", [c.id for c in CASES if c.projects])
def test_projects_are_named_as_in_the_cv(results: dict[str, Any], case_id: str) -> None:
    case, facts, _, text = results[case_id]
    names = [p["name"] for p in facts["projects"]]
    for expected in case.projects:
        assert expected in names
    flat = _flat(text)
    for project in facts["projects"]:  # nothing invented: names, stacks and claims come from the text
        assert _flat(project["name"]) in flat
        for claim in project["claims"]:
            assert _flat(claim.rstrip("…")) in flat
        assert re.search(r"\d", " ".join(project["claims"]) or "0")


def test_overlapping_roles_are_not_double_counted(results: dict[str, Any]) -> None:
    _, facts, _, _ = results["staff-java-pdf"]
    raw_months = sum(j["months"] for j in facts["jobs"])
    assert raw_months / 12 > facts["experience_years"] + 0.3  # the promotion overlaps were merged
    assert abs(facts["experience_years"] - 213 / 12) <= 0.1


def test_internships_and_education_are_not_counted(results: dict[str, Any]) -> None:
    _, facts, _, _ = results["junior-python-txt"]
    assert [j["counted"] for j in facts["jobs"]] == [True, False]
    assert all("University" not in j["company"] for j in facts["jobs"])


def test_chinese_cv(results: dict[str, Any]) -> None:
    _, facts, _, _ = results["senior-chinese-md"]
    assert facts["language"] == "zh"
    assert facts["jobs"][0]["period"] == "2018年3月 - 至今" and facts["jobs"][0]["end"] == "present"
    assert facts["jobs"][0]["company"] == "杭州某电商科技有限公司"
    claims = [c for p in facts["projects"] for c in p["claims"]]
    assert any("QPS" in c for c in claims)


def test_frontend_skills_are_recognised_but_marked(results: dict[str, Any]) -> None:
    _, facts, _, _ = results["mid-node-docx"]
    react = next(s for s in facts["skills"] if s["name"] == "React")
    assert react["category"] == "frontend" and react["backend"] is False
    assert [s["backend"] for s in facts["skills"]] == sorted((s["backend"] for s in facts["skills"]), reverse=True)


def test_dates_only_in_a_file_name_like_path_do_not_count(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text("# Ann Lee\n\n## Skills\nGo, Kafka\n\n## Experience\nEngineer, Foo (phone 555-2019-2021)\n")
    facts, _ = read_and_analyse(path, today=TODAY)
    assert facts["experience_years"] is None


def test_the_chinese_cv_as_docx_reads_the_same(results: dict[str, Any], tmp_path: Path) -> None:
    from tests.cv.builders import make_docx
    from tests.cv.corpus import CHINESE_MD

    styles = (("### ", "subheading"), ("## ", "heading"), ("# ", "title"), ("- ", "bullet"))
    blocks = []
    for line in CHINESE_MD.splitlines():
        if line.strip():
            kind = next((k for prefix, k in styles if line.startswith(prefix)), "para")
            blocks.append((kind, line.split(" ", 1)[1] if kind != "para" else line))
    path = tmp_path / "cv.docx"
    path.write_bytes(make_docx(blocks))
    facts, info = read_and_analyse(path, today=TODAY)
    _, expected, _, _ = results["senior-chinese-md"]
    assert info["format"] == "docx"
    assert {s["name"] for s in facts["skills"]} == {s["name"] for s in expected["skills"]}
    assert facts["experience_years"] == expected["experience_years"]
    assert (facts["name"], facts["current_role"]) == ("李明", "高级后端工程师")
    assert [p["name"] for p in facts["projects"]][:2] == ["订单中心重构", "秒杀系统"]
