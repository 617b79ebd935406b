"""A short static review of a solution: ruff (when installed) plus bis's own checks.

ruff runs as a subprocess while the sandbox runs, so it costs no wall time.
bis's own checks are AST-based and aimed at interview code: bare or silent
excepts, mutable defaults, and in concurrency problems shared state mutated
outside any lock, Condition.wait() outside a while loop, spin loops and
blocking sleeps inside coroutines.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

RUFF_SELECT = "F,E7,E9,B,ASYNC,PLE,S110"
RUFF_IGNORE = "F403,F405,E501,E731,B905,B028"
MAJOR_RULES = {"E722", "B006", "B008", "F821", "F811", "B023", "S110", "ASYNC251", "B904"}
MUTATING_METHODS = frozenset(
    {
        "append",
        "appendleft",
        "extend",
        "extendleft",
        "insert",
        "pop",
        "popleft",
        "popitem",
        "remove",
        "clear",
        "add",
        "discard",
        "update",
        "setdefault",
        "move_to_end",
        "sort",
        "reverse",
        "__setitem__",
        "__delitem__",
    }
)


@dataclass
class Finding:
    rule: str
    line: int
    message: str
    severity: str  # "major" | "minor"
    source: str  # "ruff" | "bis"

    def to_dict(self) -> dict:
        return asdict(self)


def ruff_binary() -> str | None:
    try:
        from ruff.__main__ import find_ruff_bin

        found = find_ruff_bin()
        if found and os.path.exists(found):
            return str(found)
    except (ImportError, FileNotFoundError):
        pass
    beside = Path(sys.executable).with_name("ruff")
    if beside.exists():
        return str(beside)
    return shutil.which("ruff")


class ReviewHandle:
    def __init__(
        self, source: str, implicit_names: list[str], *, concurrency: bool, is_async: bool
    ) -> None:
        self.source = source
        self.concurrency = concurrency
        self.is_async = is_async
        self.ruff_note = ""
        self._proc: subprocess.Popen | None = None
        binary = ruff_binary()
        if binary is None:
            self.ruff_note = "ruff is not installed; only bis's own checks ran"
            return
        argv = [
            binary,
            "check",
            "--isolated",
            "--no-cache",
            "--quiet",
            "--output-format",
            "json",
            "--select",
            RUFF_SELECT,
            "--ignore",
            RUFF_IGNORE,
            "--config",
            f"builtins = {json.dumps(sorted(implicit_names))}",
            "--stdin-filename",
            "solution.py",
            "-",
        ]
        try:
            self._proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env={"PATH": os.environ.get("PATH", "")},
            )
        except OSError as exc:
            self.ruff_note = f"ruff could not run: {exc}"

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        if self._proc is not None:
            try:
                out, _err = self._proc.communicate(
                    self.source.encode("utf-8", "surrogateescape"), timeout=15
                )
                for item in json.loads(out.decode("utf-8") or "[]"):
                    code = item.get("code") or "ruff"
                    found.append(
                        Finding(
                            rule=code,
                            line=int((item.get("location") or {}).get("row") or 0),
                            message=item.get("message", ""),
                            severity="major" if code in MAJOR_RULES else "minor",
                            source="ruff",
                        )
                    )
            except (subprocess.TimeoutExpired, ValueError, OSError) as exc:
                self._proc.kill()
                self.ruff_note = f"ruff failed: {exc}"
        own = ast_findings(self.source, concurrency=self.concurrency, is_async=self.is_async)
        seen = {(f.rule, f.line) for f in found}
        lines_with_bare_except = {f.line for f in found if f.rule == "E722"}
        for finding in own:
            if finding.rule == "bare-except" and finding.line in lines_with_bare_except:
                continue
            if (finding.rule, finding.line) not in seen:
                found.append(finding)
        found.sort(key=lambda f: (f.severity != "major", f.line))
        return found


def provided_names(starter_code: str) -> list[str]:
    """Names the starter code uses without defining them (LeetCode's `HtmlParser`, say).

    The environment provides them, so the review must not call them undefined;
    names inside string annotations ("HtmlParser") count too.
    """
    try:
        tree = ast.parse(starter_code)
    except SyntaxError:
        return []
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.isidentifier()
        ):
            names.add(node.value)
    return sorted(names)


def ast_findings(source: str, *, concurrency: bool, is_async: bool = False) -> list[Finding]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    out: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            if node.type is None:
                out.append(
                    Finding(
                        "bare-except",
                        node.lineno,
                        "bare `except:` also catches KeyboardInterrupt and SystemExit; name the exception",
                        "major",
                        "bis",
                    )
                )
            elif all(isinstance(s, ast.Pass) for s in node.body):
                out.append(
                    Finding(
                        "silent-except",
                        node.lineno,
                        "an exception is swallowed with `pass`; handle or re-raise it",
                        "major",
                        "bis",
                    )
                )
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if isinstance(
                    default, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
                ):
                    out.append(
                        Finding(
                            "mutable-default",
                            default.lineno,
                            f"`{node.name}` has a mutable default argument, shared by every call; default to None",
                            "major",
                            "bis",
                        )
                    )
            if isinstance(node, ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _dotted(inner.func) == "time.sleep":
                        out.append(
                            Finding(
                                "blocking-sleep",
                                inner.lineno,
                                "time.sleep() inside a coroutine blocks the whole event loop; use await asyncio.sleep()",
                                "major",
                                "bis",
                            )
                        )
        elif isinstance(node, ast.While):
            if all(isinstance(s, (ast.Pass, ast.Continue)) for s in node.body) and not _is_true(
                node.test
            ):
                out.append(
                    Finding(
                        "spin-loop",
                        node.lineno,
                        "an empty loop spins on a condition (busy-waiting); block on a Condition, Event or Semaphore",
                        "major",
                        "bis",
                    )
                )
            elif concurrency and any(
                isinstance(s, ast.Expr)
                and isinstance(s.value, ast.Call)
                and _dotted(s.value.func) in ("time.sleep", "sleep")
                for s in node.body
            ):
                out.append(
                    Finding(
                        "polling",
                        node.lineno,
                        "polls with sleep(); waiting on a Condition or Event wakes exactly when the state changes",
                        "minor",
                        "bis",
                    )
                )
    if concurrency and not is_async:
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            out.extend(_unlocked_mutations(cls))
            out.extend(_wait_outside_while(cls))
    return out


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else node.attr
    return ""


def _is_true(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _self_attr(node: ast.AST) -> str | None:
    """'x' for self.x, self.x[...], self.x.y (the root attribute of self)."""
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        ):
            return node.attr
        node = node.value
    return None


def _sync_attrs(cls: ast.ClassDef) -> dict[str, str]:
    """self attributes assigned a synchronisation object, with its kind."""
    kinds = {}
    sync = {
        "Lock",
        "RLock",
        "Condition",
        "Semaphore",
        "BoundedSemaphore",
        "Event",
        "Barrier",
        "Queue",
        "SimpleQueue",
        "LifoQueue",
        "PriorityQueue",
    }
    for node in ast.walk(cls):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            name = _dotted(node.value.func).split(".")[-1]
            if name in sync:
                for target in node.targets:
                    if (
                        isinstance(target, ast.Attribute)
                        and isinstance(target.value, ast.Name)
                        and target.value.id == "self"
                    ):
                        kinds[target.attr] = name
    return kinds


def _unlocked_mutations(cls: ast.ClassDef) -> list[Finding]:
    sync = _sync_attrs(cls)
    found: list[Finding] = []
    reported: set[str] = set()
    for method in cls.body:
        if not isinstance(method, ast.FunctionDef) or method.name in (
            "__init__",
            "__new__",
            "__repr__",
            "__str__",
        ):
            continue
        acquires = [
            n.lineno
            for n in ast.walk(method)
            if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr == "acquire"
        ]
        first_acquire = min(acquires) if acquires else None
        for stmt, locked in _walk_with_lock_state(method.body, False):
            if locked or (first_acquire is not None and stmt.lineno > first_acquire):
                continue
            attr = _mutated_attr(stmt)
            if attr is None or attr in sync or attr in reported:
                continue
            reported.add(attr)
            found.append(
                Finding(
                    "unlocked-shared-state",
                    stmt.lineno,
                    f"`{method.name}` changes shared `self.{attr}` without holding a lock",
                    "major",
                    "bis",
                )
            )
    return found


def _walk_with_lock_state(body: list[ast.stmt], locked: bool):
    for stmt in body:
        yield stmt, locked
        if isinstance(stmt, ast.With):
            yield from _walk_with_lock_state(stmt.body, True)
        elif isinstance(stmt, (ast.If, ast.For, ast.While, ast.Try)):
            for part in ("body", "orelse", "finalbody"):
                yield from _walk_with_lock_state(getattr(stmt, part, []) or [], locked)
            for handler in getattr(stmt, "handlers", []) or []:
                yield from _walk_with_lock_state(handler.body, locked)


def _mutated_attr(stmt: ast.stmt) -> str | None:
    if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        for target in targets:
            attr = _self_attr(target)
            if attr is not None:
                return attr
    if isinstance(stmt, ast.Delete):
        for target in stmt.targets:
            attr = _self_attr(target)
            if attr is not None:
                return attr
    value = getattr(stmt, "value", None)
    if isinstance(stmt, (ast.Expr, ast.Assign, ast.Return)) and isinstance(value, ast.Call):
        func = value.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATING_METHODS:
            return _self_attr(func.value)
    return None


def _wait_outside_while(cls: ast.ClassDef) -> list[Finding]:
    conditions = {name for name, kind in _sync_attrs(cls).items() if kind == "Condition"}
    if not conditions:
        return []
    found = []

    def visit(nodes: list[ast.stmt], in_while: bool) -> None:
        for stmt in nodes:
            for call in _direct_calls(stmt):
                func = call.func
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr == "wait"
                    and _self_attr(func.value) in conditions
                    and not in_while
                ):
                    found.append(
                        Finding(
                            "wait-not-in-loop",
                            call.lineno,
                            "Condition.wait() outside a `while` loop: re-check the condition after waking (or use wait_for)",
                            "major",
                            "bis",
                        )
                    )
            if isinstance(stmt, ast.While):
                visit(stmt.body, True)
                visit(stmt.orelse, in_while)
            elif isinstance(stmt, (ast.If, ast.For, ast.With, ast.Try)):
                for part in ("body", "orelse", "finalbody"):
                    visit(getattr(stmt, part, []) or [], in_while)
                for handler in getattr(stmt, "handlers", []) or []:
                    visit(handler.body, in_while)
            elif isinstance(stmt, ast.FunctionDef):
                visit(stmt.body, False)

    visit(cls.body, False)
    return found


def _direct_calls(stmt: ast.stmt) -> list[ast.Call]:
    """Calls in a simple statement (not in nested blocks)."""
    if (
        isinstance(stmt, (ast.Expr, ast.Assign, ast.AugAssign, ast.Return))
        and stmt.value is not None
    ):
        return [n for n in ast.walk(stmt.value) if isinstance(n, ast.Call)]
    if isinstance(stmt, (ast.If, ast.While)):
        return [n for n in ast.walk(stmt.test) if isinstance(n, ast.Call)]
    return []
