"""Static review of Python source with `ast`: what a senior reviewer looks for.

Correctness and error handling (bare or swallowing excepts, mutable defaults,
coroutines never awaited), edge cases (division by len() and indexing of
possibly empty inputs, deep recursion), concurrency (shared state mutated
without the lock, check-then-act, blocking calls inside `async def`, acquire
without release), complexity (nested scans, list membership and pop(0) in
loops) and resources (files and connections not closed on every path).
"""

from __future__ import annotations

import ast
import contextlib
from typing import Any

from bis.review.findings import Finding, Rule

R = {
    r.id: r
    for r in (
        Rule("py-syntax-error", "Syntax error", "error", "The file cannot be imported, so nothing in it runs.",
             "Fix the syntax at the line shown."),
        Rule("py-bare-except", "Bare `except:`", "warning",
             "A bare except also catches KeyboardInterrupt and SystemExit, so Ctrl-C and shutdown are swallowed "
             "and real bugs look like handled errors.",
             "Catch the exceptions you expect (`except (KeyError, ValueError):`), or `except Exception:` at a "
             "boundary that logs."),
        Rule("py-swallowed-exception", "Exception swallowed", "warning",
             "A broad except whose body is `pass` hides every failure: the caller continues with missing data "
             "and the incident has no log line to start from.",
             "Handle it (retry, default, re-raise) or at least log it with the traceback (`logger.exception`)."),
        Rule("py-broad-except", "Broad except that drops the error", "info",
             "`except Exception` that neither logs, re-raises nor uses the error loses the cause.",
             "Log with `logger.exception(...)` or re-raise with context (`raise AppError(...) from exc`)."),
        Rule("py-mutable-default", "Mutable default argument", "warning",
             "The default list/dict is created once, when the function is defined, and shared by every call: "
             "state leaks between calls (and between requests in a server).",
             "Default to None and create the value inside: `def f(items=None): items = [] if items is None else items`."),
        Rule("py-resource-not-closed", "Resource not closed on every path", "warning",
             "A file, socket or connection closed only on the happy path (or never) leaks when an exception is "
             "raised: file descriptors and pool connections run out under load.",
             "Use a `with` block (or try/finally) so it is closed on every path."),
        Rule("py-acquire-without-release", "Lock acquired without try/finally", "warning",
             "If anything between acquire() and release() raises, the lock is never released and every other "
             "thread deadlocks on it.",
             "Use `with lock:` (or acquire, then try/finally: release)."),
        Rule("py-unlocked-shared-state", "Shared state changed without the lock", "warning",
             "Threads interleave between the read and the write of `x += 1` or `d[k] = v`: updates are lost and "
             "invariants break, rarely and under load, which is the hardest kind of bug to reproduce.",
             "Do every read-modify-write of shared state while holding the same lock (`with self._lock:`), or use a "
             "thread-safe structure (queue.Queue, itertools.count)."),
        Rule("py-check-then-act", "Check-then-act race", "warning",
             "Between the check and the action another thread (or process) can change the state: two threads both "
             "see the key missing and both insert; a file checked with exists() is gone (or created) before open().",
             "Make it atomic: hold a lock across check and act, use `dict.setdefault`, or just try the action and "
             "handle the exception (open with mode 'x', catch FileNotFoundError)."),
        Rule("py-blocking-in-async", "Blocking call inside async code", "warning",
             "A blocking call in a coroutine stops the whole event loop: every other request on that loop waits "
             "for it, so latency spikes for everyone.",
             "Use the async equivalent (`await asyncio.sleep`, an async HTTP client such as httpx.AsyncClient or "
             "aiohttp, asyncio subprocesses) or run it in a thread with `await asyncio.to_thread(...)`."),
        Rule("py-unawaited-coroutine", "Coroutine never awaited", "error",
             "Calling a coroutine function without `await` only creates the coroutine; the work never happens "
             "(Python warns 'coroutine was never awaited').",
             "Add `await` (or schedule it with asyncio.create_task and keep a reference)."),
        Rule("py-nested-scan", "Nested scan (O(n*m))", "warning",
             "Matching items by scanning one collection inside a loop over another is quadratic: fine for 100 "
             "items, a timeout for 100,000.",
             "Index one side first: build a dict or set keyed by the match field, then one pass over the other (O(n+m))."),
        Rule("py-list-membership-in-loop", "List membership test inside a loop", "warning",
             "`x in some_list` scans the list, so doing it inside a loop is O(n*m).",
             "Build a set once before the loop (`seen = set(items)`) and test membership against it (O(1))."),
        Rule("py-list-pop-front", "pop(0)/insert(0, x) on a list inside a loop", "warning",
             "Removing or inserting at the front of a list shifts every element: O(n) per call, O(n^2) for a queue.",
             "Use collections.deque (popleft/appendleft are O(1))."),
        Rule("py-division-by-len", "Division by len() with no empty check", "warning",
             "An empty input makes this raise ZeroDivisionError instead of returning a defined result.",
             "Handle the empty case first (`if not items: return 0.0`, or raise a clear ValueError)."),
        Rule("py-empty-input", "Empty input not handled", "info",
             "Indexing [0]/[-1] or calling max()/min() on an empty sequence raises; interviewers and production "
             "inputs both try the empty case.",
             "Check for emptiness first, or use max(..., default=...)."),
        Rule("py-deep-recursion", "Recursion depth", "info",
             "CPython's default recursion limit is 1000 frames; a deep input (a long linked list, a degenerate "
             "tree) raises RecursionError.",
             "Use an explicit stack or an iterative loop for inputs whose depth is not bounded."),
    )
}

_LOCK_TYPES = {"Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore"}
_MUTATORS = {"append", "extend", "pop", "popleft", "appendleft", "update", "setdefault", "add", "remove", "clear",
             "insert", "discard", "__setitem__", "popitem"}
_BLOCKING = {
    "time.sleep": "await asyncio.sleep(...)",
    "requests.get": "an async HTTP client", "requests.post": "an async HTTP client", "requests.put": "an async HTTP client",
    "requests.delete": "an async HTTP client", "requests.patch": "an async HTTP client", "requests.request": "an async HTTP client",
    "requests.head": "an async HTTP client", "httpx.get": "httpx.AsyncClient", "httpx.post": "httpx.AsyncClient",
    "urllib.request.urlopen": "an async HTTP client", "subprocess.run": "asyncio.create_subprocess_exec",
    "subprocess.call": "asyncio.create_subprocess_exec", "subprocess.check_output": "asyncio.create_subprocess_exec",
    "subprocess.check_call": "asyncio.create_subprocess_exec", "os.system": "asyncio.create_subprocess_shell",
    "socket.create_connection": "asyncio.open_connection", "sqlite3.connect": "aiosqlite or asyncio.to_thread",
    "psycopg2.connect": "asyncpg or psycopg's async connection", "input": "asyncio.to_thread(input)",
}
_RESOURCES = {"open", "io.open", "socket.socket", "socket.create_connection", "sqlite3.connect", "psycopg2.connect",
              "pymysql.connect", "urllib.request.urlopen", "requests.Session", "tempfile.NamedTemporaryFile"}
_EXISTS = {"os.path.exists", "os.path.isfile", "os.path.isdir", "os.access", "os.path.lexists"}
_ACTS = {"open", "os.remove", "os.unlink", "os.makedirs", "os.mkdir", "os.rename", "shutil.rmtree", "shutil.move",
         "shutil.copy", "os.rmdir"}
_COROUTINES = {"asyncio.sleep", "asyncio.wait_for", "asyncio.gather", "asyncio.open_connection"}


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return ""


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _self_attr(node: ast.AST) -> str | None:
    """'x' for self.x, self.x[k], self.x.y ..."""
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            return node.attr
        node = node.value
    return None


class Checker(ast.NodeVisitor):
    def __init__(self, tree: ast.Module) -> None:
        self.findings: list[Finding] = []
        self.imports: dict[str, str] = {}
        self.async_defs: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    self.imports[(a.asname or a.name).split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    self.imports[a.asname or a.name] = f"{node.module}.{a.name}"
            elif isinstance(node, ast.AsyncFunctionDef):
                self.async_defs.add(node.name)
        mods = set(self.imports.values())
        self.threaded = any(m.split(".")[0] in ("threading", "concurrent", "_thread", "multiprocessing") for m in mods)
        self.funcs: list[ast.AST] = []
        self.classes: list[dict[str, Any]] = []
        self.loops = 0
        self.locked = 0
        self.managed: set[int] = set()
        self.reported: set[tuple[Any, ...]] = set()
        self.list_names: list[set[str]] = [set()]
        self.guarded: list[set[str]] = [set()]

    def add(self, rule: str, message: str, node: ast.AST, key: tuple[Any, ...] | None = None, **kw: Any) -> None:
        if key is not None:
            if key in self.reported:
                return
            self.reported.add(key)
        self.findings.append(R[rule].at(message, line=getattr(node, "lineno", None), **kw))

    def resolve(self, node: ast.AST) -> str:
        name = _dotted(node)
        if not name:
            return ""
        head, _, rest = name.partition(".")
        full = self.imports.get(head, head)
        return f"{full}.{rest}" if rest else full

    # ---- scopes -------------------------------------------------------------
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        locks = set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Call):
                ctor = self.resolve(sub.value.func).split(".")[-1]
                if ctor in _LOCK_TYPES:
                    for t in sub.targets:
                        attr = _self_attr(t)
                        if attr:
                            locks.add(attr)
        self.classes.append({"name": node.name, "locks": locks})
        self.generic_visit(node)
        self.classes.pop()

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is None:
                continue
            mutable = isinstance(default, (ast.List, ast.Dict, ast.Set)) or (
                isinstance(default, ast.Call) and self.resolve(default.func) in ("list", "dict", "set", "collections.defaultdict", "defaultdict"))
            if mutable:
                self.add("py-mutable-default", f"`{node.name}` has a mutable default ({ast.unparse(default)[:30]})", default)
        lists = set()
        for arg in [*node.args.args, *node.args.kwonlyargs]:
            ann = ast.unparse(arg.annotation) if arg.annotation is not None else ""
            if ann.lower().startswith(("list", "typing.list")):
                lists.add(arg.arg)
        guarded = set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assign) and isinstance(sub.value, (ast.List, ast.ListComp)) or (
                isinstance(sub, ast.Assign) and isinstance(sub.value, ast.Call) and self.resolve(sub.value.func) in ("list", "sorted")
            ):
                lists.update(t.id for t in sub.targets if isinstance(t, ast.Name))
            if isinstance(sub, (ast.If, ast.While, ast.IfExp, ast.Assert)):
                guarded |= _names(sub.test)
            elif isinstance(sub, ast.BoolOp) or isinstance(sub, ast.Call) and self.resolve(sub.func) in ("max", "min") and any(k.arg == "default" for k in sub.keywords):
                guarded |= _names(sub)
        self.funcs.append(node)
        self.list_names.append(lists)
        self.guarded.append(guarded)
        self._edge_cases(node)
        outer_loops, self.loops = self.loops, 0
        outer_locked, self.locked = self.locked, 0
        self.generic_visit(node)
        self.loops, self.locked = outer_loops, outer_locked
        self.funcs.pop()
        self.list_names.pop()
        self.guarded.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def in_async(self) -> bool:
        return bool(self.funcs) and isinstance(self.funcs[-1], ast.AsyncFunctionDef)

    def _edge_cases(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        params = {a.arg for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]} - {"self", "cls"}
        guarded = self.guarded[-1]
        for sub in ast.walk(node):
            if isinstance(sub, ast.BinOp) and isinstance(sub.op, (ast.Div, ast.FloorDiv, ast.Mod)):
                right = sub.right
                if isinstance(right, ast.Call) and self.resolve(right.func) == "len" and right.args:
                    target = _names(right.args[0])
                    if not target & guarded:
                        self.add("py-division-by-len", f"`{ast.unparse(sub)[:50]}` fails on an empty {ast.unparse(right.args[0])[:20]}",
                                 sub, key=("div", node.name))
            elif isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and sub.value.id in params:
                idx = sub.slice
                if isinstance(idx, ast.UnaryOp) and isinstance(idx.operand, ast.Constant):
                    idx = idx.operand
                if isinstance(idx, ast.Constant) and idx.value in (0, 1) and sub.value.id not in guarded and isinstance(sub.ctx, ast.Load):
                    self.add("py-empty-input", f"`{ast.unparse(sub)}` in `{node.name}` raises IndexError on an empty input",
                             sub, key=("idx", node.name, sub.value.id))
            elif isinstance(sub, ast.Call) and self.resolve(sub.func) in ("max", "min") and len(sub.args) == 1:
                arg = sub.args[0]
                if isinstance(arg, ast.Name) and arg.id in params and arg.id not in guarded and not sub.keywords:
                    self.add("py-empty-input", f"`{ast.unparse(sub)}` in `{node.name}` raises ValueError on an empty input",
                             sub, key=("max", node.name, arg.id))
        calls_self = any(isinstance(s, ast.Call) and isinstance(s.func, ast.Name) and s.func.id == node.name for s in ast.walk(node))
        self_method = any(isinstance(s, ast.Call) and isinstance(s.func, ast.Attribute) and s.func.attr == node.name
                          and isinstance(s.func.value, ast.Name) and s.func.value.id == "self" for s in ast.walk(node))
        memo = any(isinstance(d, (ast.Name, ast.Attribute, ast.Call)) and "cache" in ast.unparse(d) for d in node.decorator_list)
        if (calls_self or self_method) and not memo:
            self.add("py-deep-recursion", f"`{node.name}` is recursive", node, key=("rec", node.name))

    # ---- loops --------------------------------------------------------------
    def _loop(self, node: ast.AST) -> None:
        self.loops += 1
        self.generic_visit(node)
        self.loops -= 1

    def visit_For(self, node: ast.For) -> None:
        self._nested_scan(node)
        self._loop(node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        self._nested_scan(node)
        self._loop(node)

    def visit_While(self, node: ast.While) -> None:
        self._loop(node)

    def visit_ListComp(self, node: ast.AST) -> None:
        self._loop(node)

    visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_ListComp

    def _nested_scan(self, outer: ast.For | ast.AsyncFor) -> None:
        outer_vars = _names(outer.target)
        for inner in ast.walk(outer):
            if inner is outer or not isinstance(inner, ast.For):
                continue
            inner_vars = _names(inner.target)
            for cmp in ast.walk(inner):
                if isinstance(cmp, ast.Compare) and any(isinstance(op, (ast.Eq, ast.Is)) for op in cmp.ops):
                    sides = [_names(cmp.left), *(_names(c) for c in cmp.comparators)]
                    if any(s & outer_vars for s in sides) and any(s & inner_vars for s in sides):
                        self.add("py-nested-scan", f"`{ast.unparse(cmp)[:60]}` compares items of two nested loops",
                                 cmp, key=("scan", cmp.lineno))
                        return

    # ---- with / locks ---------------------------------------------------------
    def _is_lock(self, expr: ast.AST) -> bool:
        attr = _self_attr(expr)
        if attr and self.classes and attr in self.classes[-1]["locks"]:
            return True
        name = _dotted(expr).lower()
        return any(w in name for w in ("lock", "mutex", "cond", "sem"))

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        locks = sum(1 for item in node.items if self._is_lock(item.context_expr))
        for item in node.items:
            self.managed.add(id(item.context_expr))
        self.locked += locks
        self.generic_visit(node)
        self.locked -= locks

    visit_AsyncWith = visit_With

    def visit_Try(self, node: ast.Try) -> None:
        for handler in node.handlers:
            self._handler(handler)
        self.generic_visit(node)

    visit_TryStar = visit_Try

    def _handler(self, handler: ast.ExceptHandler) -> None:
        body = handler.body
        trivial = all(isinstance(s, (ast.Pass, ast.Continue)) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)) for s in body)
        broad = handler.type is None or (isinstance(handler.type, ast.Name) and handler.type.id in ("Exception", "BaseException"))
        if handler.type is None:
            self.add("py-bare-except", "`except:` catches everything, including KeyboardInterrupt and SystemExit", handler)
        if broad and trivial:
            self.add("py-swallowed-exception", f"`{'except:' if handler.type is None else 'except ' + ast.unparse(handler.type)}` "
                     f"followed by `{ast.unparse(body[0]).strip()}`", handler)
        elif broad and handler.type is not None:
            uses = handler.name and any(isinstance(n, ast.Name) and n.id == handler.name for s in body for n in ast.walk(s))
            raises = any(isinstance(n, ast.Raise) for s in body for n in ast.walk(s))
            logs = any(isinstance(n, ast.Call) and _dotted(n.func).split(".")[-1] in ("exception", "error", "warning", "critical", "log", "print", "print_exc")
                       for s in body for n in ast.walk(s))
            if not (uses or raises or logs):
                self.add("py-broad-except", f"`except {ast.unparse(handler.type)}` drops the error", handler)

    # ---- statements that change shared state ----------------------------------
    def _method(self) -> str | None:
        if self.classes and self.funcs and isinstance(self.funcs[-1], (ast.FunctionDef, ast.AsyncFunctionDef)):
            return self.funcs[-1].name
        return None

    def _shared_write(self, target: ast.AST, node: ast.AST, read_modify_write: bool) -> None:
        method = self._method()
        attr = _self_attr(target)
        if method is None or attr is None or method in ("__init__", "__new__", "__post_init__") or self.locked:
            return
        cls = self.classes[-1]
        if attr in cls["locks"]:
            return
        if cls["locks"]:
            self.add("py-unlocked-shared-state", f"{cls['name']}.{method} changes self.{attr} without holding "
                     f"self.{sorted(cls['locks'])[0]}", node, key=("shared", cls["name"], method, attr))
        elif self.threaded and read_modify_write:
            self.add("py-unlocked-shared-state", f"{cls['name']}.{method} does a read-modify-write of self.{attr} "
                     "in threaded code with no lock", node, key=("shared", cls["name"], method, attr))

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._shared_write(node.target, node, True)
        if self.threaded and not self.locked and isinstance(node.target, ast.Name) and self.funcs:
            func = self.funcs[-1]
            if any(isinstance(s, ast.Global) and node.target.id in s.names for s in ast.walk(func)):
                self.add("py-unlocked-shared-state", f"global `{node.target.id}` is updated with `{ast.unparse(node)}` "
                         "in threaded code with no lock", node, key=("global", node.target.id))
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for t in node.targets:
            if isinstance(t, ast.Subscript):
                self._shared_write(t, node, True)
        self._resource(node)
        self.generic_visit(node)

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.NotIn, ast.In)):
            container = test.comparators[0]
            cname = ast.unparse(container)
            writes = [s for s in ast.walk(node) if isinstance(s, (ast.Assign, ast.AugAssign))
                      and any(isinstance(t, ast.Subscript) and ast.unparse(t.value) == cname
                              for t in (s.targets if isinstance(s, ast.Assign) else [s.target]))]
            shared = _self_attr(container) is not None or (isinstance(container, ast.Name) and self.funcs and any(
                isinstance(s, ast.Global) and container.id in s.names for s in ast.walk(self.funcs[-1])))
            if writes and shared and self.threaded and not self.locked:
                self.add("py-check-then-act", f"`if {ast.unparse(test)}:` then `{ast.unparse(writes[0])[:40]}` without a lock", node)
        checks = [c for c in ast.walk(test) if isinstance(c, ast.Call) and self.resolve(c.func) in _EXISTS
                  or (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr in ("exists", "is_file"))]
        if checks:
            acts = [c for s in node.body for c in ast.walk(s) if isinstance(c, ast.Call) and (
                self.resolve(c.func) in _ACTS or (isinstance(c.func, ast.Attribute) and c.func.attr in ("unlink", "mkdir", "open", "write_text")))]
            if acts:
                self.add("py-check-then-act", f"`{ast.unparse(checks[0])[:40]}` then `{ast.unparse(acts[0])[:40]}`: the file can "
                         "change in between (TOCTOU)", node)
        self.generic_visit(node)

    def visit_Expr(self, node: ast.Expr) -> None:
        call = node.value
        if isinstance(call, ast.Call) and self.in_async():
            name = self.resolve(call.func)
            if name in _COROUTINES or (isinstance(call.func, ast.Name) and call.func.id in self.async_defs) or (
                isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) and call.func.value.id == "self"
                and call.func.attr in self.async_defs):
                self.add("py-unawaited-coroutine", f"`{ast.unparse(call)[:50]}` is called without await", node)
        self.generic_visit(node)

    def visit_Await(self, node: ast.Await) -> None:
        if isinstance(node.value, ast.Call):
            self.managed.add(id(node.value))
        self.generic_visit(node)

    # ---- calls ----------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        name = self.resolve(node.func)
        if self.in_async() and name in _BLOCKING and id(node) not in self.managed:
            self.add("py-blocking-in-async", f"`{name}()` blocks the event loop inside async `{self.funcs[-1].name}`",  # type: ignore[attr-defined]
                     node, fix=f"Use {_BLOCKING[name]} instead (or `await asyncio.to_thread(...)`).")
        if name in ("open", "io.open") and id(node) not in self.managed and not self._returned(node):
            self.add("py-resource-not-closed", f"`{ast.unparse(node)[:50]}` is not in a `with` block", node, key=("open", node.lineno))
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr == "acquire" and not self.locked:
                self._acquire(node)
            if func.attr in _MUTATORS:
                self._shared_write(func.value, node, func.attr not in ("append", "appendleft"))
            if self.loops and isinstance(func.value, ast.Name) and func.value.id in self.list_names[-1]:
                first = node.args[0] if node.args else None
                if func.attr in ("pop", "insert") and isinstance(first, ast.Constant) and first.value == 0:
                    self.add("py-list-pop-front", f"`{ast.unparse(node)[:40]}` inside a loop", node, key=("pop0", node.lineno))
        self.generic_visit(node)

    def _returned(self, call: ast.Call) -> bool:
        func = self.funcs[-1] if self.funcs else None
        return func is not None and any(isinstance(s, ast.Return) and s.value is call for s in ast.walk(func))

    def _acquire(self, node: ast.Call) -> None:
        func = self.funcs[-1] if self.funcs else None
        lock = ast.unparse(node.func.value)  # type: ignore[attr-defined]
        if func is None:
            return
        ok = any(isinstance(t, ast.Try) and any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "release"
                                                and ast.unparse(c.func.value) == lock for s in t.finalbody for c in ast.walk(s))
                 for t in ast.walk(func))
        if not ok:
            self.add("py-acquire-without-release", f"`{lock}.acquire()` is not paired with a release in `finally`", node,
                     key=("acq", lock, func.name))  # type: ignore[attr-defined]

    def _resource(self, node: ast.Assign) -> None:
        if not isinstance(node.value, ast.Call) or len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            return
        name = self.resolve(node.value.func)
        if name not in _RESOURCES or name in ("open", "io.open"):
            return
        var = node.targets[0].id
        func = self.funcs[-1] if self.funcs else None
        scope = func if func is not None else None
        if scope is None:
            return
        closes = [c for c in ast.walk(scope) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                  and c.func.attr == "close" and isinstance(c.func.value, ast.Name) and c.func.value.id == var]
        in_finally = any(isinstance(t, ast.Try) and any(c in list(ast.walk(s)) for s in t.finalbody for c in closes) for t in ast.walk(scope))
        returned = any(isinstance(r, ast.Return) and isinstance(r.value, ast.Name) and r.value.id == var for r in ast.walk(scope))
        if not in_finally and not returned:
            how = "closed only on the success path" if closes else "never closed"
            self.add("py-resource-not-closed", f"`{var} = {name}(...)` is {how}", node)

    def visit_Compare(self, node: ast.Compare) -> None:
        if self.loops and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            for comp in node.comparators:
                if isinstance(comp, ast.Name) and comp.id in self.list_names[-1]:
                    self.add("py-list-membership-in-loop", f"`{ast.unparse(node)[:50]}`: {comp.id} is a list", node,
                             key=("member", comp.id, node.lineno))
                elif isinstance(comp, (ast.List, ast.ListComp)) and len(getattr(comp, "elts", [])) > 8:
                    self.add("py-list-membership-in-loop", f"`{ast.unparse(node)[:50]}` tests a list literal", node,
                             key=("member", node.lineno))
        self.generic_visit(node)


def check_python(source: str) -> tuple[list[Finding], ast.Module | None]:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return [R["py-syntax-error"].at(f"{exc.msg}", line=exc.lineno)], None
    except (ValueError, RecursionError, MemoryError) as exc:
        return [R["py-syntax-error"].at(f"cannot be parsed ({type(exc).__name__})")], None
    checker = Checker(tree)
    with contextlib.suppress(RecursionError):  # absurdly deep nesting: keep what was found
        checker.visit(tree)
    return checker.findings, tree
