"""judge(problem, source) -> JudgeResult: one sandboxed child, every case, a verdict."""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass, field
from typing import Any

from bis.judge import complexity as complexity_mod
from bis.judge import sandbox, scoring
from bis.judge.compare import show
from bis.judge.review import ReviewHandle, provided_names
from bis.judge.suite import GROUPS, Outcome, Suite, SuiteError

VERDICTS = (
    "accepted",
    "wrong_answer",
    "runtime_error",
    "compile_error",
    "time_limit",
    "memory_limit",
    "output_limit",
    "too_slow",
    "deadlock",
    "busy_wait",
    "judge_error",
)
FAILURE_STATUS = {
    "wrong": "wrong_answer",
    "error": "runtime_error",
    "timeout": "time_limit",
    "skipped": "time_limit",
    "memory": "memory_limit",
    "deadlock": "deadlock",
    "leak": "runtime_error",
    "missing": "runtime_error",
}
QUALITY_STATUS = {"busy": "busy_wait", "slow": "too_slow"}
SUMMARIES = {
    "accepted": "Accepted",
    "wrong_answer": "Wrong answer",
    "runtime_error": "Runtime error",
    "compile_error": "Does not compile",
    "time_limit": "Time limit exceeded",
    "memory_limit": "Memory limit exceeded",
    "output_limit": "Output limit exceeded",
    "too_slow": "Correct but too slow",
    "deadlock": "Deadlock",
    "busy_wait": "Correct but busy-waits",
    "judge_error": "The judge could not run this problem",
}


@dataclass
class JudgeResult:
    problem_id: str
    verdict: str
    score: int | None
    band: str
    summary: str
    counts: dict = field(default_factory=dict)
    first_failure: dict | None = None
    failed_categories: dict = field(default_factory=dict)
    error: dict | None = None
    complexity: dict | None = None
    review: list = field(default_factory=list)
    review_note: str = ""
    feedback: dict = field(default_factory=dict)
    sandbox: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)
    output: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict == "accepted"

    def to_dict(self) -> dict[str, Any]:
        return {
            "problem_id": self.problem_id,
            "verdict": self.verdict,
            "passed": self.passed,
            "score": self.score,
            "band": self.band,
            "summary": self.summary,
            "counts": self.counts,
            "first_failure": self.first_failure,
            "failed_categories": self.failed_categories,
            "error": self.error,
            "complexity": self.complexity,
            "review": [f.to_dict() for f in self.review],
            "review_note": self.review_note,
            "feedback": self.feedback,
            "sandbox": self.sandbox,
            "timings": self.timings,
            "output": self.output,
        }


def judge(
    problem: dict,
    source: str,
    *,
    level: str = "mid",
    limits: sandbox.Limits | None = None,
    mode: str = "auto",
    quick: bool = False,
    review: bool = True,
    guard: bool = True,
    seccomp: bool = True,
) -> JudgeResult:
    """Judge `source` against a coding problem given as a plain dict (a bank item).

    mode: "auto" (bubblewrap when usable), "bwrap" or "rlimits".
    quick: one run of each stress scenario instead of `repeat`.
    guard/seccomp: switch off a confinement layer (tests of the other layers only).
    """
    t_start = time.perf_counter()
    limits = limits or sandbox.Limits()
    pid = problem.get("id", "?")
    try:
        suite = Suite(problem, quick=quick)
    except SuiteError as exc:
        return _judge_error(pid, str(exc))
    t_suite = time.perf_counter()
    concurrency = problem.get("category") == "concurrency"
    is_async = bool(problem["interface"].get("is_async"))
    names = sorted(set(suite.base) | set(provided_names(problem.get("starter_code", ""))))
    reviewer = (
        ReviewHandle(source, names, concurrency=concurrency, is_async=is_async) if review else None
    )
    try:
        handle = sandbox.start(
            suite.child_plan(), source, limits, mode=mode, guard=guard, seccomp=seccomp
        )
    except RuntimeError as exc:
        return _judge_error(pid, str(exc))
    # While the child runs the correctness cases, the parent computes the expected
    # outputs. The timing phases do not overlap: the child waits at its probe until the
    # parent has timed the reference, then the solution is timed on a quiet machine.
    try:
        suite.compute_expected()
        handle.wait_probe_ready(limits.wall_seconds)
        reference_probe = suite.reference_probe()
    except Exception as exc:  # noqa: BLE001 - a broken reference is a bank bug
        handle.result()
        return _judge_error(pid, f"reference solution failed: {type(exc).__name__}: {exc}")
    handle.release_probe()
    t_reference = time.perf_counter()
    run = handle.result()
    t_child = time.perf_counter()
    findings = reviewer.findings() if reviewer else []
    result = _assemble(problem, suite, run, reference_probe, findings, source, level, limits)
    result.review_note = reviewer.ruff_note if reviewer else "review skipped"
    result.timings = {
        "total": round(time.perf_counter() - t_start, 4),
        "suite": round(t_suite - t_start, 4),
        "reference": round(t_reference - t_suite, 4),
        "child_wall": round(run.wall, 4),
        "child_cpu": round(run.cpu_seconds, 4),
        "waited_for_child": round(t_child - t_reference, 4),
    }
    return result


def _judge_error(pid: str, message: str) -> JudgeResult:
    return JudgeResult(
        problem_id=pid,
        verdict="judge_error",
        score=None,
        band="",
        summary=f"{SUMMARIES['judge_error']}: {message}",
        error={"type": "JudgeError", "message": message, "traceback": ""},
        feedback={"good": [], "improve": [message], "next_steps": []},
    )


def _assemble(
    problem, suite: Suite, run: sandbox.ChildRun, reference_probe, findings, source, level, limits
) -> JudgeResult:
    pid = problem["id"]
    ready = run.first("ready")
    load = run.first("load")
    done = run.first("done")
    sandbox_info = {
        "mode": run.mode,
        "note": run.note,
        "limits": limits.to_dict(),
        "enforced": (ready or {}).get("sandbox", {}),
        "exit_code": run.exit_code,
        "signal": run.signal,
        "killed": run.killed,
        "max_rss_mb": round(run.max_rss_kb / 1024, 1),
    }
    if run.mode == "bwrap":
        sandbox_info["enforced"] = {
            **sandbox_info["enforced"],
            "namespaces": "mount, pid, net, ipc, uts, user",
        }
    output = run.output.decode("utf-8", "replace")
    base = {"problem_id": pid, "sandbox": sandbox_info, "output": output}

    def finish(
        verdict: str, *, error=None, first=None, outcomes=(), complexity=None
    ) -> JudgeResult:
        counts = _counts(outcomes)
        stats = _stats(outcomes, source)
        value = scoring.score(verdict, stats, findings, complexity, level)
        summary = SUMMARIES[verdict]
        if (
            first
            and first.get("message")
            and (
                first.get("visible")
                or first.get("group") in ("stress", "probe")
                or first.get("status") in ("busy", "slow", "deadlock", "error", "leak", "timeout")
            )
        ):
            summary += f": {first['message']}"
        elif error and error.get("message") and verdict != "accepted":
            summary += f": {error['message']}"
        elif complexity and verdict == "too_slow":
            summary += f": {complexity['message']}"
        failed_categories = scoring.category_counts(outcomes)
        if first is not None and not first.get("visible"):
            first["failed_in_category"] = failed_categories.get(first["category"], 0)
        result = JudgeResult(
            verdict=verdict,
            score=value,
            band=scoring.BANDS.get(value, "") if value else "",
            summary=summary,
            counts=counts,
            first_failure=first,
            failed_categories=failed_categories,
            error=error,
            complexity=complexity,
            review=findings,
            **base,
        )
        result.feedback = scoring.feedback(result.to_dict(), problem, findings)
        return result

    if ready is None or run.first("fatal"):
        if run.killed == "wall":
            return finish(
                "time_limit",
                error={
                    "type": "Timeout",
                    "message": "the sandbox did not start in time",
                    "traceback": "",
                },
            )
        fatal = run.first("fatal")
        why = (
            fatal["message"]
            if fatal
            else (output.strip().splitlines() or [f"exit {run.exit_code}, signal {run.signal}"])[-1]
        )
        return _judge_error(pid, f"sandbox failed to start: {why}")
    if load is None:
        return finish(
            _kill_verdict(run, output, limits.memory_mb) or "runtime_error",
            error={"type": "Crash", "message": _crash_text(run, output), "traceback": ""},
        )
    if not load.get("ok"):
        err = load["error"]
        if (
            err.get("type") == "SyntaxError"
            or err.get("type") in ("IndentationError", "TabError")
            or load.get("interface")
        ):
            return finish("compile_error", error=err)
        if load.get("timeout"):
            return finish("time_limit", error=err)
        if err.get("type") == "MemoryError":
            return finish("memory_limit", error=err)
        return finish("runtime_error", error=err)

    by_id: dict[int, dict] = {}
    for message in run.messages:
        if message.get("t") in ("r", "skip", "probe") and isinstance(message.get("id"), int):
            by_id.setdefault(message["id"], message)
    outcomes: list[Outcome] = []
    probe_specs = []
    for spec in suite.cases:
        if spec.group == "probe":
            probe_specs.append(spec)
            continue
        outcomes.append(suite.check(spec, by_id.get(spec.id)))
    killed_verdict = _kill_verdict(run, output, limits.memory_mb)

    # The first failure decides, in the order examples, edge cases, generated, stress.
    failures = [o for o in outcomes if o.status in FAILURE_STATUS]
    busy = [o for o in outcomes if o.status == "busy"]
    if failures and busy and all(o.status == "skipped" for o in failures) and not killed_verdict:
        # Everything that ran was right, but busy-waiting made it too slow to finish:
        # the busy-waiting is the finding to report.
        first_busy = _describe(busy[0])
        first_busy["message"] += f"; it was slow enough that {len(failures)} case(s) did not run"
        return finish("busy_wait", first=first_busy, outcomes=outcomes)
    if failures:
        first = failures[0]
        verdict = FAILURE_STATUS[first.status]
        if first.status in ("missing", "skipped") and killed_verdict:
            verdict = killed_verdict
        elif first.status == "missing" and done is None:
            first.message = _crash_text(run, output)
        return finish(verdict, error=first.error, first=_describe(first), outcomes=outcomes)
    if killed_verdict and done is None:
        return finish(
            killed_verdict,
            error={"type": "Killed", "message": _crash_text(run, output), "traceback": ""},
            outcomes=outcomes,
        )
    if done is None:
        return finish(
            "runtime_error",
            error={"type": "EarlyExit", "message": _crash_text(run, output), "traceback": ""},
            outcomes=outcomes,
        )
    if done.get("threads_alive"):
        names = ", ".join(done["threads_alive"][:3])
        leak = f"left thread(s) running after the tests finished ({names}); a real program would never exit"
        return finish(
            "runtime_error",
            error={"type": "ThreadLeak", "message": leak, "traceback": ""},
            outcomes=outcomes,
        )

    # Correct so far: the probe decides between accepted and too slow.
    complexity = None
    if probe_specs:
        complexity, probe_failure = _probe(problem, suite, probe_specs, by_id, reference_probe, run)
        if probe_failure is not None:
            outcomes.append(probe_failure)
            verdict = FAILURE_STATUS.get(probe_failure.status, "wrong_answer")
            return finish(
                verdict,
                error=probe_failure.error,
                first=_describe(probe_failure),
                outcomes=outcomes,
                complexity=complexity,
            )
    quality = [o for o in outcomes if o.status in QUALITY_STATUS]
    if quality:
        return finish(
            QUALITY_STATUS[quality[0].status],
            first=_describe(quality[0]),
            outcomes=outcomes,
            complexity=complexity,
        )
    if complexity and complexity["status"] == "too_slow":
        return finish("too_slow", outcomes=outcomes, complexity=complexity)
    return finish("accepted", outcomes=outcomes, complexity=complexity)


def _probe(problem, suite: Suite, specs, by_id, reference_probe, run):
    sizes: list[int] = []
    user: list[float | None] = []
    ref: list[float] = []
    gave_up = None
    failure = None
    budget = (suite.tests.get("probe") or {}).get("budget_seconds", 1.0)
    for spec in specs:
        message = by_id.get(spec.id)
        ref_info = reference_probe.get(spec.id) or {}
        sizes.append(spec.size)
        ref.append(ref_info.get("seconds") or 0.0)
        if message is None or message.get("t") == "skip" or message.get("skipped"):
            user.append(None)
            if gave_up is None:
                gave_up = spec.size
            continue
        if message.get("memory"):
            failure = Outcome(spec, "memory", f"ran out of memory at n={spec.size}")
            user.append(None)
            break
        if message.get("gave_up"):
            user.append(None)
            gave_up = spec.size
            break
        if message.get("error"):
            err = message["error"]
            failure = Outcome(
                spec, "error", f"{err['type']} on a large input (n={spec.size})", error=err
            )
            user.append(message.get("s"))
            break
        if suite.checker is not None:
            spec.expected, spec.has_expected = ref_info.get("value"), True
            checked = suite.check(spec, {"t": "r", "id": spec.id, "v": message.get("v")})
            if not checked.ok:
                failure = checked
                failure.message = f"{checked.message} (large input, n={spec.size})"
                user.append(message.get("s"))
                break
        elif message.get("digest") != ref_info.get("digest"):
            failure = Outcome(spec, "wrong", f"wrong result on a large input (n={spec.size})")
            user.append(message.get("s"))
            break
        user.append(message.get("s"))
    # A child cannot make itself look fast by lying: its reported times must fit in its wall time.
    reported = sum(t for t in user if t)
    if reported > run.wall + 0.05:
        failure = failure or Outcome(
            specs[0],
            "error",
            "timing reports do not match the observed run time",
            error={"type": "ProtocolError", "message": "inconsistent timing", "traceback": ""},
        )
    analysis = complexity_mod.analyse(
        sizes[: len(user)],
        user,
        ref[: len(user)],
        gave_up_at=gave_up,
        budget=budget,
        expected=problem["complexity"]["time"],
    )
    for spec in specs:
        spec.expected = None  # large reference outputs are not kept in the result
    return analysis, failure


def _kill_verdict(run: sandbox.ChildRun, output: str, memory_mb: int) -> str | None:
    if run.killed == "output":
        return "output_limit"
    if "MemoryError" in output or (
        run.signal in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS)
        and run.max_rss_kb > 0.8 * 1024 * memory_mb
    ):
        return "memory_limit"
    if (
        run.killed == "wall"
        or run.signal in (signal.SIGXCPU,)
        or (run.signal == signal.SIGKILL and run.killed is None)
    ):
        return "time_limit"
    if run.killed == "protocol":
        return "runtime_error"
    return None


def _crash_text(run: sandbox.ChildRun, output: str) -> str:
    if run.killed == "output":
        return "wrote more than the output limit to stdout/stderr"
    if run.killed == "wall":
        return "killed at the wall-clock limit"
    if run.signal is not None:
        try:
            name = signal.Signals(run.signal).name
        except ValueError:
            name = str(run.signal)
        if run.signal == signal.SIGXCPU:
            return "used up its CPU-time limit"
        return f"the process was killed by {name}"
    if run.exit_code is not None:
        return f"the process exited early (exit code {run.exit_code}) before reporting every result"
    return "the process stopped unexpectedly"


def _describe(outcome: Outcome) -> dict:
    spec = outcome.spec
    out: dict[str, Any] = {
        "group": spec.group,
        "category": spec.label,
        "status": outcome.status,
        "visible": spec.visible,
        "message": outcome.message
        if (spec.visible or spec.group in ("stress", "probe"))
        else _hidden_text(outcome),
    }
    if spec.group == "edge" and spec.why:
        out["why"] = spec.why
    if spec.visible:
        out["input"] = spec.case
        out["expected"] = spec.expected
        out["got"] = outcome.got
        if outcome.detail.get("call"):
            out["call"] = outcome.detail["call"]
            out["call_index"] = outcome.detail["index"]
    if outcome.error:
        out["traceback"] = outcome.error.get("traceback", "")
    if outcome.detail.get("stuck"):
        out["stuck"] = outcome.detail["stuck"]
    return out


def _hidden_text(outcome: Outcome) -> str:
    status = outcome.status
    if status == "error" and outcome.error:
        return f"raised {outcome.error['type']}"
    if status == "wrong":
        return "wrong result"
    return outcome.message


def _counts(outcomes) -> dict:
    counts = {group: {"passed": 0, "total": 0} for group in GROUPS if group != "probe"}
    for outcome in outcomes:
        group = outcome.spec.group
        if group == "probe":
            continue
        counts[group]["total"] += 1
        counts[group]["passed"] += 1 if outcome.ok else 0
    return {k: v for k, v in counts.items() if v["total"]}


def _stats(outcomes, source: str) -> dict:
    examples = [o for o in outcomes if o.spec.group == "example"]
    hidden = [o for o in outcomes if o.spec.group != "example"]
    failed_groups = {o.spec.group for o in outcomes if not o.ok}
    return {
        "examples_ok": all(o.ok for o in examples) if examples else True,
        "hidden_total": len(hidden),
        "hidden_passed": sum(1 for o in hidden if o.ok),
        "failed_groups": failed_groups,
        "only_stress_failed": bool(failed_groups) and failed_groups <= {"stress"},
        "empty": not source.strip(),
    }


__all__ = ["JudgeResult", "VERDICTS", "judge", "show"]
