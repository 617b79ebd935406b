"""A problem's test suite on the parent side: cases, expected outputs, checks.

Everything here is trusted bank code (generator, checker, probe builder,
stress check, reference solution) and runs in the parent. The child gets the
inputs only (``child_plan``).
"""

from __future__ import annotations

import gc
import random
import time
from dataclasses import dataclass, field
from typing import Any

from bis.judge.compare import first_difference, is_error, show
from bis.judge.harness.drivers import implicit_namespace, load_driver, resolve_target, run_case
from bis.judge.harness.stress import StressApi
from bis.judge.harness.values import digest, to_plain

GROUPS = ("example", "edge", "generated", "stress", "probe")
# Share of a CPU burnt while every worker should be blocked (blocked threads burn ~0;
# a spinning one gets well over this even when other load on the machine competes).
BUSY_THRESHOLD = 0.25


class SuiteError(Exception):
    """The problem's own test material is broken (a bank bug, not the user's)."""


@dataclass
class CaseSpec:
    id: int
    group: str
    label: str
    case: Any
    size: int | None = None
    expected: Any = None
    has_expected: bool = False
    seconds: float | None = None
    why: str | None = None

    @property
    def visible(self) -> bool:
        return self.group == "example"


@dataclass
class Outcome:
    spec: CaseSpec
    status: str  # pass | wrong | error | timeout | memory | skipped | missing | deadlock | busy | slow | leak
    message: str = ""
    got: Any = None
    error: dict | None = None
    detail: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "pass"


def _compile(source: str, filename: str, base: dict, wanted: str):
    ns = dict(base)
    ns["__name__"] = f"bank_{wanted}"
    try:
        exec(compile(source, filename, "exec"), ns)
    except Exception as exc:  # noqa: BLE001 - report any bank bug clearly
        raise SuiteError(f"{filename}: {type(exc).__name__}: {exc}") from exc
    if wanted not in ns or not callable(ns[wanted]):
        raise SuiteError(f"{filename}: must define {wanted}()")
    return ns[wanted]


class Suite:
    def __init__(self, problem: dict, *, quick: bool = False) -> None:
        self.problem = problem
        self.pid = problem["id"]
        self.tests = problem["tests"]
        self.interface = problem["interface"]
        self.driver = self.tests["driver"]
        self.quick = quick
        base = implicit_namespace(with_asyncio=bool(self.interface.get("is_async")))
        self.base = base
        tag = f"<bank:{self.pid}"
        self.generate = _compile(self.tests["generator"], f"{tag}:generator>", base, "generate")
        self.checker = (
            _compile(self.tests["checker"], f"{tag}:checker>", base, "check")
            if self.tests.get("checker")
            else None
        )
        probe = self.tests.get("probe")
        self.probe_build = (
            _compile(probe["build"], f"{tag}:probe>", base, "probe") if probe else None
        )
        stress = self.tests.get("stress")
        self.stress_check = (
            _compile(stress["check"], f"{tag}:stress>", base, "check") if stress else None
        )
        # The reference, loaded like a user's solution (same implicit imports).
        self.reference_ns = dict(base)
        self.reference_ns["__name__"] = "reference"
        self.reference_file = f"{tag}:reference>"
        try:
            exec(
                compile(problem["reference_solution"], self.reference_file, "exec"),
                self.reference_ns,
            )
            self.reference = (
                resolve_target(self.reference_ns, self.interface, base)
                if self.driver != "custom"
                else None
            )
        except Exception as exc:  # noqa: BLE001
            raise SuiteError(f"{self.pid}: reference solution does not load: {exc}") from exc
        self.answer_errors = set(self.tests.get("answer_errors") or [])
        self.custom_run = (
            load_driver(self.tests["custom_driver"], f"{tag}:driver>", base)
            if self.driver == "custom" and self.tests.get("run_reference", True)
            else None
        )
        try:
            self.cases = self._build_cases()
        except SuiteError:
            raise
        except Exception as exc:  # noqa: BLE001 - a generator bug is a bank bug
            raise SuiteError(
                f"{self.pid}: building test cases failed: {type(exc).__name__}: {exc}"
            ) from exc

    # ------------------------------------------------------------------ cases
    def _build_cases(self) -> list[CaseSpec]:
        specs: list[CaseSpec] = []

        def add(group: str, label: str, case: Any, **extra: Any) -> None:
            specs.append(CaseSpec(id=len(specs), group=group, label=label, case=case, **extra))

        for index, case in enumerate(self.tests["examples"]):
            add("example", f"example {index + 1}", _strip(case))
        for case in self.tests["edge_cases"]:
            add("edge", case["name"], _strip(case), why=case.get("why"))
        rng = random.Random(self.tests.get("seed", 1))
        count = int(self.tests.get("generated", 200))
        max_size = int(self.tests.get("max_size", 40))
        for index in range(count):
            size = max(1, 1 + (index * max_size) // count)
            case = self.generate(rng, size)
            add("generated", _size_label(size, max_size), case, size=size)
        stress = self.tests.get("stress")
        if stress:
            repeat = 1 if self.quick else int(stress.get("repeat", 1))
            for scenario in stress["cases"]:
                for run in range(repeat):
                    case = dict(scenario)
                    case.setdefault("seed", run)
                    add(
                        "stress",
                        scenario["name"],
                        case,
                        seconds=float(scenario.get("seconds", 5.0)),
                    )
        probe = self.tests.get("probe")
        if probe and self.probe_build is not None:
            sizes = probe["sizes"]
            for size in sizes:
                case = self.probe_build(random.Random(f"{self.pid}:{size}"), size)
                add("probe", f"large input (n={size})", case, size=size)
        return specs

    def child_plan(self) -> dict:
        stress = self.tests.get("stress") or {}
        probe = self.tests.get("probe") or {}
        items = []
        for spec in self.cases:
            item: dict[str, Any] = {"id": spec.id, "case": spec.case}
            if spec.group == "stress":
                item["kind"] = "stress"
                item["seconds"] = spec.seconds
            elif spec.group == "probe":
                item["kind"] = "probe"
                item["size"] = spec.size
                item["budget"] = probe.get("budget_seconds", 1.0)
            else:
                item["seconds"] = float(self.tests.get("case_seconds", 2.0))
            items.append(item)
        return {
            "interface": self.interface,
            "driver": self.driver,
            "custom_driver": self.tests.get("custom_driver"),
            "stress_driver": stress.get("driver"),
            "interleave": bool(stress.get("interleave", bool(stress))),
            "asyncio": bool(self.interface.get("is_async")),
            "probe_values": self.checker is not None,
            "cases": items,
        }

    # --------------------------------------------------------------- expected
    def compute_expected(self) -> None:
        """Run the reference on every non-stress case (stress is invariant-checked)."""
        for spec in self.cases:
            if spec.group in ("stress", "probe"):
                continue
            if self.driver == "custom":
                if self.custom_run is None:
                    continue
                api = StressApi(self.reference_ns, self.interface, self.reference_file, self.base)
                api.patch_clock = False
                api.begin()
                spec.expected = to_plain(self.custom_run(spec.case, api))
            else:
                spec.expected = run_case(self.driver, self.reference, spec.case)
            spec.has_expected = True

    def reference_probe(self) -> dict[int, dict]:
        """Best-of-three reference timings and output digests per probe size."""
        out: dict[int, dict] = {}
        for spec in self.cases:
            if spec.group != "probe":
                continue
            best = None
            value = None
            spent = 0.0
            for _ in range(5):
                gc.collect()
                gc.disable()
                t0 = time.perf_counter()
                if self.driver == "custom":
                    api = StressApi(
                        self.reference_ns, self.interface, self.reference_file, self.base
                    )
                    api.patch_clock = False
                    api.begin()
                    value = to_plain(self.custom_run(spec.case, api)) if self.custom_run else None
                else:
                    value = run_case(self.driver, self.reference, spec.case)
                elapsed = time.perf_counter() - t0
                gc.enable()
                best = elapsed if best is None else min(best, elapsed)
                spent += elapsed
                if spent > 0.2:
                    break
            out[spec.id] = {
                "size": spec.size,
                "seconds": best,
                "digest": digest(value),
                "value": value,
            }
        return out

    # ------------------------------------------------------------------ check
    def check(self, spec: CaseSpec, message: dict | None) -> Outcome:
        outcome = self._check(spec, message)
        if (
            outcome.status == "error"
            and outcome.error
            and self.answer_errors & set(outcome.error.get("mro", []))
        ):
            # Raising the problem's own answer exception where a result was due is a wrong answer.
            err = outcome.error
            outcome.status = "wrong"
            outcome.message = (
                f"raised {err['type']}"
                + (f": {err['message']}" if err.get("message") else "")
                + f"; expected {show(spec.expected)}"
            )
        return outcome

    def _check(self, spec: CaseSpec, message: dict | None) -> Outcome:
        if message is None:
            return Outcome(spec, "missing", "no result (the process stopped before this case)")
        if message.get("t") == "skip":
            if "deadlock" in message.get("reason", ""):
                return Outcome(spec, "deadlock", "not run: earlier scenarios deadlocked")
            if "memory" in message.get("reason", ""):
                return Outcome(spec, "memory", "not run: earlier cases ran out of memory")
            return Outcome(spec, "skipped", "not run: the time budget for all cases ran out")
        if message.get("timeout"):
            diag = message.get("diag") or {}
            if diag.get("errors"):
                err = diag["errors"][0]
                return Outcome(
                    spec,
                    "error",
                    f"{_error_text(err)} in thread {err.get('thread', '?')}",
                    error=err,
                    detail={"diag": diag},
                )
            if diag.get("stuck"):
                return Outcome(
                    spec, "deadlock", _stuck_text(diag["stuck"]), detail={"stuck": diag["stuck"]}
                )
            return Outcome(spec, "timeout", f"ran longer than {message['timeout']:g} s")
        if message.get("memory"):
            return Outcome(spec, "memory", "ran out of memory (MemoryError)")
        got = message.get("v")
        if spec.group in ("stress",) or self.driver == "custom":
            return self._check_custom(spec, message, got)
        if got is None and self.driver == "class":
            return Outcome(spec, "missing", "no result")
        if self.checker is not None:
            verdict = self._user_check(spec, got)
            if verdict is not None:
                return verdict
            return Outcome(spec, "pass", got=got)
        diff = first_difference(self.driver, spec.case, spec.expected, got)
        if diff is None:
            return Outcome(spec, "pass", got=got)
        if diff["error"] is not None:
            err = diff["error"]
            if err.get("type") == "Deadlock":
                return Outcome(
                    spec, "deadlock", err.get("message", "deadlock"), got=got, detail=diff
                )
            where = f" in {diff['call']}" if diff["call"] else ""
            return Outcome(
                spec, "error", f"{_error_text(err)}{where}", got=got, error=err, detail=diff
            )
        return Outcome(spec, "wrong", _wrong_text(diff), got=got, detail=diff)

    def _user_check(self, spec: CaseSpec, got: Any) -> Outcome | None:
        if is_error(got) and not is_error(spec.expected):
            err = got["$error"]
            return Outcome(
                spec,
                "error",
                _error_text(err),
                got=got,
                error=err,
                detail={"expected": spec.expected, "got": got},
            )
        checker = self.checker
        assert checker is not None
        try:
            problem = checker(spec.case, spec.expected, got)
        except Exception as exc:  # noqa: BLE001 - a malformed answer may break a checker
            problem = (
                f"the answer could not be checked ({type(exc).__name__}: {exc}); got {show(got)}"
            )
        if problem:
            return Outcome(
                spec, "wrong", str(problem), got=got, detail={"expected": spec.expected, "got": got}
            )
        return None

    def _check_custom(self, spec: CaseSpec, message: dict, got: Any) -> Outcome:
        diag = message.get("diag") or {}
        if diag.get("errors"):
            err = diag["errors"][0]
            return Outcome(
                spec,
                "error",
                f"{_error_text(err)} in thread {err.get('thread', '?')}",
                error=err,
                detail={"diag": diag},
            )
        if is_error(got):
            err = got["$error"]
            if err.get("type") == "Deadlock":
                return Outcome(spec, "deadlock", err.get("message", "deadlock"), got=got)
            return Outcome(spec, "error", _error_text(err), got=got, error=err)
        if diag.get("stuck"):
            return Outcome(
                spec, "deadlock", _stuck_text(diag["stuck"]), detail={"stuck": diag["stuck"]}
            )
        check = self.stress_check if spec.group == "stress" else self.checker
        if check is not None:
            try:
                problem = check(spec.case, spec.expected if spec.has_expected else None, got)
            except Exception as exc:  # noqa: BLE001
                problem = f"the observation could not be checked ({type(exc).__name__}: {exc})"
            if isinstance(problem, (tuple, list)) and problem and problem[0] == "too_slow":
                return Outcome(spec, "slow", str(problem[1]), got=got, detail={"diag": diag})
            if problem:
                return Outcome(spec, "wrong", str(problem), got=got, detail={"diag": diag})
        busy = max(diag.get("busy") or [0.0])
        if busy > BUSY_THRESHOLD:
            return Outcome(
                spec,
                "busy",
                f"burnt {busy:.0%} of a CPU while every thread should have been blocked (busy-waiting)",
                got=got,
                detail={"busy": busy},
            )
        if diag.get("leaked"):
            names = ", ".join(diag["leaked"][:3])
            return Outcome(
                spec, "leak", f"threads still running after the scenario ended: {names}", got=got
            )
        return Outcome(spec, "pass", got=got)


def _error_text(err: dict) -> str:
    text = f"{err['type']}: {err['message']}" if err.get("message") else err["type"]
    return text[:200]


def _strip(case: dict) -> dict:
    """A case without its bookkeeping keys (name/why/expected stay in the bank)."""
    return {k: v for k, v in case.items() if k not in ("name", "why", "expected")}


def _size_label(size: int, max_size: int) -> str:
    if size <= 5:
        return "random, small (size 1-5)"
    if size <= max(10, max_size // 2):
        return f"random, medium (size 6-{max(10, max_size // 2)})"
    return f"random, large (size up to {max_size})"


def _wrong_text(diff: dict) -> str:
    if diff["call"]:
        return f"call #{diff['index']} {diff['call']} returned {show(diff['got'])}, expected {show(diff['expected'])}"
    return f"returned {show(diff['got'])}, expected {show(diff['expected'])}"


def _stuck_text(stuck: list) -> str:
    parts = []
    for item in stuck[:3]:
        where = item.get("stack") or []
        if where:
            top = where[-1]
            parts.append(f"{item['thread']} waiting at line {top['line']} ({top['text']})")
        else:
            parts.append(f"{item['thread']} never finished")
    more = f" and {len(stuck) - 3} more" if len(stuck) > 3 else ""
    return "deadlock: " + "; ".join(parts) + more
