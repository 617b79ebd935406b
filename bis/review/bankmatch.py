"""Which bank problem a piece of code answers, by its interface, and the judge seam.

A coding problem in the bank declares its interface (`class LRUCache` with
`get`/`put`, or `def merge_intervals`). Code that defines that class with
those methods, or that function, is a solution to it, and can be run
against the problem's hidden tests by the sandboxed judge (bis.judge).
"""

from __future__ import annotations

import ast
from typing import Any


def interface_of(tree: ast.Module) -> tuple[dict[str, set[str]], set[str]]:
    """(classes -> their method names, top-level function names)."""
    classes: dict[str, set[str]] = {}
    functions: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            classes[node.name] = {n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.add(node.name)
    return classes, functions


def find_coding_problem(tree: ast.Module, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The bank coding problem whose interface this code implements, if any.

    A class-style problem matches a class of that name defining every listed
    method; a function-style problem matches a top-level function of that
    name. With several matches the most specific (most methods) wins.
    """
    classes, functions = interface_of(tree)
    best: tuple[int, dict[str, Any]] | None = None
    for item in items:
        if item.get("kind") != "coding":
            continue
        iface = item.get("interface") or {}
        name, style = iface.get("name"), iface.get("style")
        if not name:
            continue
        if style == "class" and name in classes:
            wanted = set(iface.get("methods") or [])
            if wanted <= classes[name]:
                rank = 10 + len(wanted)
            else:
                continue
        elif style == "function" and name in functions:
            rank = 1
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, item)
    return best[1] if best else None


def judge_api() -> Any | None:
    """`bis.judge.judge(problem, source, ...)` if the judge is installed, else None."""
    try:
        from bis.judge import judge
    except ImportError:
        return None
    return judge if callable(judge) else None


def run_judge(problem: dict[str, Any], source: str, level: str = "mid") -> tuple[dict[str, Any] | None, str | None]:
    """(the judge's result as a dict, note). The note says why it did not run.

    `bis rate` asks for the judge's quick mode when it has one (one run of each
    concurrency stress scenario); `bis code` runs the full judgement.
    """
    import inspect

    fn = judge_api()
    if fn is None:
        return None, (f"This code implements the bank problem '{problem.get('id')}', but the sandboxed judge is not "
                      f"available, so it was not run: use `bis code {problem.get('id')} --solution FILE`.")
    params = inspect.signature(fn).parameters
    kwargs: dict[str, Any] = {}
    if "level" in params:
        kwargs["level"] = level
    if "quick" in params:
        kwargs["quick"] = True
    result = fn(problem, source, **kwargs)
    data = result.to_dict() if hasattr(result, "to_dict") else result
    return (data if isinstance(data, dict) else {"result": data}), None
