"""Zero false passes: every plausible wrong solution in wrong_solutions/ is caught.

Each file's first line names the verdict(s) the judge must give, e.g.
`# expect: too_slow` or `# expect: runtime_error|wrong_answer`.

The default run judges one wrong solution per problem (a plain wrong answer when
there is one); `pytest -m slow` (or BIS_SLOW=1) judges every file, which takes
several minutes. CI should run both.
"""

from __future__ import annotations

import pytest

from bis.judge import judge

from .conftest import load_bank, wrong_solutions

BANK = load_bank()
ALL = [(pid, path, expected) for pid, path, expected in wrong_solutions() if pid in BANK]


def _representatives() -> set[str]:
    chosen: dict[str, tuple] = {}
    for pid, path, expected in ALL:
        rank = (0 if expected == {"wrong_answer"} else 1, path.name)
        if pid not in chosen or rank < chosen[pid][0]:
            chosen[pid] = (rank, str(path))
    return {entry[1] for entry in chosen.values()}


DEFAULT = _representatives()
PARAMS = [
    pytest.param(
        pid,
        path,
        expected,
        id=f"{pid}/{path.stem}",
        marks=() if str(path) in DEFAULT else pytest.mark.slow,
    )
    for pid, path, expected in ALL
]


@pytest.mark.parametrize(("pid", "path", "expected"), PARAMS)
def test_wrong_solution_is_caught(pid, path, expected):
    source = path.read_text(encoding="utf-8")
    # quick: one run of each stress scenario (test_interleaving.py repeats them).
    result = judge(BANK[pid], source, review=False, quick=True)
    assert result.verdict != "accepted", f"{path.name} passed: {result.summary}"
    assert result.verdict in expected, (result.verdict, result.summary, result.first_failure)
    assert result.score is not None and result.score <= 6
    assert result.feedback["improve"] or result.feedback["next_steps"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pid", "path", "expected"), ALL, ids=[f"{pid}/{path.stem}" for pid, path, _ in ALL]
)
def test_wrong_solution_is_caught_with_full_settings_and_review(pid, path, expected):
    result = judge(BANK[pid], path.read_text(encoding="utf-8"))
    assert result.verdict in expected, (result.verdict, result.summary)


def test_every_wrong_solution_belongs_to_a_problem():
    orphans = [str(path) for pid, path, _ in wrong_solutions() if pid not in BANK]
    assert not orphans, orphans


def test_every_problem_has_a_representative_in_the_default_run():
    covered = {pid for pid, path, _ in ALL if str(path) in DEFAULT}
    assert covered == set(BANK) - {pid for pid in BANK if not any(p == pid for p, _, _ in ALL)}
