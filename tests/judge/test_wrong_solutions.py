"""Zero false passes: every plausible wrong solution in wrong_solutions/ is caught.

Each file's first line names the verdict(s) the judge must give, e.g.
`# expect: too_slow` or `# expect: runtime_error|wrong_answer`.
"""

from __future__ import annotations

import pytest

from bis.judge import judge

from .conftest import load_bank, wrong_solutions

BANK = load_bank()
CASES = [(pid, path, expected) for pid, path, expected in wrong_solutions() if pid in BANK]


@pytest.mark.parametrize(
    ("pid", "path", "expected"),
    CASES,
    ids=[f"{pid}/{path.stem}" for pid, path, _ in CASES],
)
def test_wrong_solution_is_caught(pid, path, expected):
    source = path.read_text(encoding="utf-8")
    result = judge(BANK[pid], source, review=False)
    assert result.verdict != "accepted", f"{path.name} passed: {result.summary}"
    assert result.verdict in expected, (result.verdict, result.summary, result.first_failure)
    assert result.score is not None and result.score <= 6
    assert result.feedback["improve"] or result.feedback["next_steps"]


def test_every_wrong_solution_belongs_to_a_problem():
    orphans = [str(path) for pid, path, _ in wrong_solutions() if pid not in BANK]
    assert not orphans, orphans
