"""Review of code: Python gets the ast review, ruff and (for bank problems) the judge;
other languages get the language-neutral review and are never executed."""

from __future__ import annotations

import ast
from typing import Any

from bis.review.findings import Analysis, Rule

JUDGE_FAILED = Rule(
    "judge-failed", "Hidden tests failed", "error",
    "The sandboxed judge ran this solution against the problem's hidden tests (examples, edge cases and "
    "generated cases compared with the reference) and it gave wrong answers, crashed or hung.",
    "Fix the first failing case shown, then rerun `bis code <id> --solution FILE` for the full judgement.",
)
JUDGE_SLOW = Rule(
    "judge-too-slow", "Correct but too slow or busy-waiting", "warning",
    "The answers are right but the solution grows worse than the expected complexity (or spins a CPU while "
    "waiting), which times out on production-sized inputs.",
    "Meet the problem's complexity target (see `bis code <id>`); wait on a Condition/Event instead of polling.",
)
FAILING = {"wrong_answer", "runtime_error", "compile_error", "time_limit", "memory_limit", "output_limit", "deadlock"}
SLOW = {"too_slow", "busy_wait"}


def review_code(text: str, language: str | None, bank_items: list[dict[str, Any]] | None = None,
                judge: bool = True, level: str = "mid") -> Analysis:
    if (language or "python") != "python":
        from bis.review.generic import review_generic

        return review_generic(text, language)
    from bis.review.pycheck import check_python
    from bis.review.ruffrun import run_ruff

    out = Analysis()
    findings, tree = check_python(text)
    out.extend(findings)
    out.stats = {"language": "python", "lines": text.count("\n") + 1}
    if tree is None:
        out.notes.append("The code does not parse, so only the syntax error is reported.")
        return out
    ruff, note = run_ruff(text)
    out.extend(ruff)
    if note:
        out.notes.append(note)
    out.stats["functions"] = sum(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) for n in ast.walk(tree))
    out.stats["classes"] = sum(isinstance(n, ast.ClassDef) for n in ast.walk(tree))
    if bank_items:
        _judge(out, tree, text, bank_items, judge, level)
    fired = {f.rule for f in out.findings}
    out.credit(["py-bare-except", "py-swallowed-exception", "py-broad-except"], "Errors are handled, not swallowed.",
               any(isinstance(n, ast.Try) for n in ast.walk(tree)))
    threaded = any(r in fired for r in ("py-unlocked-shared-state", "py-check-then-act", "py-acquire-without-release")) or \
        "threading" in text or "asyncio" in text
    out.credit(["py-unlocked-shared-state", "py-check-then-act", "py-acquire-without-release", "py-blocking-in-async",
                "py-unawaited-coroutine"], "Concurrency is handled (locks held around shared state, nothing blocks the event loop).", threaded)
    out.credit(["py-nested-scan", "py-list-membership-in-loop", "py-list-pop-front"], "No quadratic scans in loops.",
               any(isinstance(n, (ast.For, ast.While)) for n in ast.walk(tree)))
    out.credit(["py-resource-not-closed"], "Files and connections are closed by `with` blocks.", "open(" in text or "connect(" in text)
    out.credit(["py-mutable-default"], "No mutable default arguments.", out.stats["functions"] > 0)
    return out


def _judge(out: Analysis, tree: ast.Module, text: str, items: list[dict[str, Any]], run: bool, level: str) -> None:
    from bis.review.bankmatch import find_coding_problem, run_judge

    problem = find_coding_problem(tree, items)
    if problem is None:
        return
    iface = problem.get("interface") or {}
    out.extra["bank_problem"] = {"id": problem.get("id"), "title": problem.get("title"),
                                 "interface": iface.get("name"), "style": iface.get("style")}
    if not run:
        out.notes.append(f"Matches the bank problem '{problem.get('id')}'; the judge was not run (--no-judge).")
        return
    try:
        result, note = run_judge(problem, text, level)
    except Exception as exc:  # the judge is another component: its failure must not lose the static review
        out.notes.append(f"The judge could not run ({type(exc).__name__}: {exc}); the static review stands alone.")
        return
    if note:
        out.notes.append(note)
    if result is None:
        return
    out.extra["judge"] = {k: result.get(k) for k in ("verdict", "score", "band", "summary", "counts", "first_failure")}
    verdict = str(result.get("verdict") or "")
    pid = problem.get("id")
    first = _first_failure(result.get("first_failure"))
    if verdict == "accepted":
        out.good.append(f"Passes the hidden tests of bank problem '{pid}' (judge: {result.get('summary') or 'accepted'}).")
    elif verdict in FAILING or verdict in SLOW:
        summary = str(result.get("summary") or verdict)
        rule = JUDGE_FAILED if verdict in FAILING else JUDGE_SLOW
        detail = f" (first failure: {first})" if first and first not in summary else ""
        out.add(rule.at(f"'{pid}': {summary}{detail}", source="judge",
                        fix=rule.fix.replace("<id>", str(pid))))
        if isinstance(result.get("score"), (int, float)):
            out.cap = float(result["score"])
    else:
        out.notes.append(f"The judge could not judge '{pid}': {result.get('summary') or verdict}.")
        return
    out.notes.append(f"Ran the sandboxed judge (quick mode) for bank problem '{pid}': {result.get('summary') or verdict}.")


def _first_failure(failure: Any) -> str:
    if not isinstance(failure, dict):
        return ""
    text = failure.get("message") or failure.get("summary") or ""
    return str(text)[:160]
