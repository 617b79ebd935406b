"""Drivers: how a solution is loaded and one case is run (shared by the child and the parent).

The parent runs the reference through the same functions, in the same
implicit-import namespace, so expected outputs are produced exactly like the
user's.
"""

from __future__ import annotations

import builtins

from .errors import CaseTimeout, InterfaceError, error_marker
from .values import Unsupported, to_plain

# Implicit imports (LeetCode's environment)

IMPLICIT_MODULES = (
    "collections",
    "heapq",
    "bisect",
    "itertools",
    "functools",
    "math",
    "random",
    "re",
    "string",
    "operator",
    "threading",
    "queue",
    "time",
    "typing",
    "array",
    "copy",
    "dataclasses",
    "enum",
    "abc",
    "statistics",
    "hashlib",
)
# Star-imported, in this order (later wins), minus names that would shadow a builtin.
STAR_MODULES = ("typing", "collections", "heapq", "bisect", "itertools", "functools", "math")
THREADING_NAMES = (
    "Lock",
    "RLock",
    "Condition",
    "Semaphore",
    "BoundedSemaphore",
    "Event",
    "Barrier",
    "Thread",
)
# A few names LeetCode users take for granted.
EXTRA_NAMES = {"queue": ("Queue", "SimpleQueue", "LifoQueue", "PriorityQueue", "Empty", "Full")}


def implicit_namespace(with_asyncio: bool = False) -> dict:
    """A fresh dict holding what LeetCode's Python 3 puts in scope."""
    import importlib

    ns: dict = {}
    builtin_names = set(dir(builtins))
    for name in IMPLICIT_MODULES:
        ns[name] = importlib.import_module(name)
    if with_asyncio:
        ns["asyncio"] = importlib.import_module("asyncio")
    for name in STAR_MODULES:
        module = ns[name]
        public = getattr(module, "__all__", None) or [
            n for n in dir(module) if not n.startswith("_")
        ]
        for attr in public:
            if attr in builtin_names or not hasattr(module, attr):
                continue
            ns[attr] = getattr(module, attr)
    for attr in THREADING_NAMES:
        ns[attr] = getattr(ns["threading"], attr)
    for module_name, names in EXTRA_NAMES.items():
        for attr in names:
            ns[attr] = getattr(ns[module_name], attr)
    return ns


def resolve_target(ns: dict, interface: dict, implicit: dict | None = None):
    """The class or function the problem asks for (LeetCode's `Solution` too).

    A name the user did not define (heapq.merge, say, from the implicit
    imports) never counts as their answer.
    """
    name = interface["name"]
    style = interface["style"]
    found = ns.get(name)
    if implicit is not None and name in implicit and found is implicit[name]:
        found = None
    if style == "class":
        if isinstance(found, type):
            return found
        raise InterfaceError(f"define a class named {name}")
    if callable(found) and not isinstance(found, type):
        return found
    solution_cls = ns.get("Solution")
    if isinstance(solution_cls, type) and callable(getattr(solution_cls, name, None)):

        def call(*args):
            return getattr(solution_cls(), name)(*args)

        call.__name__ = name
        return call
    raise InterfaceError(f"define a function {name}(...) or a class Solution with a method {name}")


def run_case(driver: str, target, case: dict, *, filename=None, lines=None):
    """Run one function/class case; returns a plain value or error markers."""
    if driver == "function":
        try:
            return to_plain(target(*_fresh(case["args"])))
        except Unsupported as exc:
            return {"$unsupported": str(exc)}
        except CaseTimeout:
            raise
        except MemoryError:
            raise
        except BaseException as exc:  # noqa: BLE001 - user code may raise anything
            return error_marker(exc, filename, lines)
    if driver == "class":
        ops = case["ops"]
        args = _fresh(case["args"])
        out: list = []
        obj = None
        for index, op in enumerate(ops):
            try:
                if index == 0:
                    obj = target(*args[0])
                    out.append(None)
                    continue
                if obj is None:
                    out.append(
                        {
                            "$error": {
                                "type": "NotConstructed",
                                "mro": [],
                                "message": "the constructor failed",
                                "traceback": "the constructor failed",
                                "frames": [],
                            }
                        }
                    )
                    continue
                method = getattr(obj, op, None)
                if method is None or not callable(method):
                    out.append(
                        {
                            "$error": {
                                "type": "AttributeError",
                                "mro": ["AttributeError"],
                                "message": f"{type(obj).__name__} has no method {op}()",
                                "traceback": f"AttributeError: {type(obj).__name__} has no method {op}()",
                                "frames": [],
                            }
                        }
                    )
                    continue
                out.append(to_plain(method(*args[index])))
            except Unsupported as exc:
                out.append({"$unsupported": str(exc)})
            except (CaseTimeout, MemoryError):
                raise
            except BaseException as exc:  # noqa: BLE001
                out.append(error_marker(exc, filename, lines))
                if index == 0:
                    obj = None
        return out
    raise ValueError(f"unknown driver {driver!r}")


def _fresh(value):
    """A private copy of JSON arguments, so a solution mutating them changes nothing else."""
    if type(value) is list:
        return [_fresh(v) for v in value]
    if type(value) is dict:
        return {k: _fresh(v) for k, v in value.items()}
    return value


def load_driver(source: str, filename: str, base_ns: dict):
    ns = dict(base_ns)
    ns["__name__"] = "judge_driver"
    exec(compile(source, filename, "exec"), ns)
    return ns["run"]
