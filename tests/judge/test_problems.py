"""Every coding problem is well formed, and its reference solution passes its own tests."""

from __future__ import annotations

import pytest

from bis.judge import judge
from bis.judge.compare import same
from bis.judge.suite import Suite

from .conftest import CODING_DIR, WRONG_DIR, load_bank

BANK = load_bank()
IDS = sorted(BANK)


def test_coding_bank_validates():
    from bis.bank.validate import validate_dirs

    result = validate_dirs([CODING_DIR], check_references=False)
    assert not result.problems, "\n".join(result.problems)
    assert len(result.items) >= 11


@pytest.mark.parametrize("pid", IDS)
def test_reference_is_accepted(pid):
    result = judge(BANK[pid], BANK[pid]["reference_solution"])
    assert result.verdict == "accepted", (result.summary, result.first_failure)
    assert result.score is not None and result.score >= 9
    counts = result.counts
    assert counts["generated"]["total"] >= 200
    if BANK[pid]["tests"].get("probe"):
        assert result.complexity is not None and result.complexity["status"] == "ok", (
            result.complexity
        )


@pytest.mark.parametrize("pid", IDS)
def test_visible_examples_match_the_reference(pid):
    """The expected values shown to users are what the reference actually returns."""
    problem = BANK[pid]
    if problem["tests"]["driver"] == "custom":
        pytest.skip("custom drivers are checked by invariants; see test_reference_is_accepted")
    suite = Suite(problem, quick=True)
    suite.compute_expected()
    for spec, case in zip(
        [s for s in suite.cases if s.group == "example"], problem["tests"]["examples"], strict=True
    ):
        shown = case["expected"]
        actual = spec.expected
        if isinstance(shown, dict) and set(shown) == {"raises"}:
            assert isinstance(actual, dict) and "$error" in actual, (pid, spec.label, actual)
            assert shown["raises"] in actual["$error"]["mro"], (pid, spec.label, actual)
        elif suite.checker is not None:
            assert suite.checker(spec.case, actual, shown) is None, (pid, spec.label, shown, actual)
        else:
            assert same(shown, actual), (pid, spec.label, shown, actual)


@pytest.mark.parametrize("pid", IDS)
def test_generated_cases_are_reproducible(pid):
    first = [s.case for s in Suite(BANK[pid], quick=True).cases]
    second = [s.case for s in Suite(BANK[pid], quick=True).cases]
    assert first == second


@pytest.mark.parametrize("pid", IDS)
def test_problem_has_at_least_three_wrong_solutions(pid):
    files = sorted((WRONG_DIR / pid).glob("*.py"))
    assert len(files) >= 3, f"{pid}: {len(files)} wrong solutions"


@pytest.mark.parametrize("pid", IDS)
def test_starter_code_loads_with_the_interface(pid):
    """The starter a user is given runs as written and declares what the judge calls."""
    from bis.judge.harness.drivers import implicit_namespace, resolve_target

    problem = BANK[pid]
    base = implicit_namespace(with_asyncio=bool(problem["interface"].get("is_async")))
    ns = dict(base)
    exec(compile(problem["starter_code"], f"<starter:{pid}>", "exec"), ns)
    assert resolve_target(ns, problem["interface"], base) is not None


@pytest.mark.slow
@pytest.mark.parametrize("pid", IDS)
def test_starter_code_is_judged_and_not_accepted(pid):
    result = judge(BANK[pid], BANK[pid]["starter_code"], quick=True, review=False)
    assert result.verdict != "accepted"
    assert result.verdict != "judge_error", result.summary


def test_every_problem_gets_a_distinct_id_and_category():
    for pid, problem in BANK.items():
        assert problem["id"] == pid
        assert problem["category"] in ("data-structures", "parsing", "concurrency")
        if problem["category"] == "concurrency":
            tests = problem["tests"]
            assert tests.get("stress") or tests["driver"] == "custom", pid
