"""The code judge: runs a solution in a sandbox against a problem's tests.

Public API::

    from bis.judge import judge
    result = judge(problem_dict, solution_source)   # problem: a bank item as a plain dict
    result.verdict, result.score, result.to_dict()

See docs/judge.md for the protocol, the limits and how to add a problem.
This package never imports pydantic: bank items arrive as plain dicts.
"""

from __future__ import annotations

from bis.judge.core import VERDICTS, JudgeResult, judge
from bis.judge.sandbox import Limits, bwrap_status, choose_mode

__all__ = ["VERDICTS", "JudgeResult", "Limits", "bwrap_status", "choose_mode", "judge"]
