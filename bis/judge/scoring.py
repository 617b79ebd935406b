"""Score (1-10) and feedback from a judged run, by the product's coding rubric.

Bands (PRODUCT.md): 3-4 wrong approach or major bugs, no concurrency or
edge-case awareness; 5-6 correct idea with weak edge cases or suboptimal
complexity; 7-8 correct and clear with minor improvements; 9-10 optimal,
clean, concurrency and edge cases considered. 10 is rare.
"""

from __future__ import annotations

from collections import Counter

BANDS = {
    1: "nothing runs",
    2: "does not run",
    3: "wrong approach or major bugs",
    4: "major bugs",
    5: "correct idea, weak edge cases or suboptimal",
    6: "correct but suboptimal",
    7: "correct, needs cleanup",
    8: "correct and clear, minor improvements",
    9: "optimal and clean",
    10: "optimal, clean, nothing to add",
}
SENIOR = ("senior", "staff")


def score(
    verdict: str, stats: dict, findings: list, complexity: dict | None, level: str
) -> int | None:
    """The rubric score; None when the judge itself failed."""
    majors = sum(1 for f in findings if f.severity == "major")
    minors = len(findings) - majors
    pass_rate = stats["hidden_passed"] / stats["hidden_total"] if stats["hidden_total"] else 0.0
    if verdict == "judge_error":
        return None
    if verdict == "compile_error":
        return 1 if stats.get("empty") else 2
    if verdict == "accepted":
        if majors:
            return 7
        if minors:
            return 8
        ratio = (complexity or {}).get("ratio")
        fast = (
            complexity is None or complexity.get("status") != "ok" or ratio is None or ratio <= 1.25
        )
        return 10 if fast and complexity is not None and complexity.get("status") == "ok" else 9
    if verdict == "too_slow":
        base = 6 if not majors else 5
        return base - 1 if level in SENIOR and base == 6 and majors else base
    if verdict == "busy_wait":
        return 6 if level == "junior" else 5
    if verdict in ("wrong_answer", "runtime_error"):
        if not stats["examples_ok"]:
            return 3
        if stats["only_stress_failed"]:
            return 4  # sequentially right, broken under concurrency: a major bug in this problem
        if pass_rate >= 0.9 and stats["failed_groups"] <= {"edge"}:
            return 5
        if pass_rate >= 0.8:
            return 5 if level == "junior" else 4
        return 4 if pass_rate >= 0.5 else 3
    if verdict == "deadlock":
        return 4 if stats["examples_ok"] else 3
    if verdict in ("time_limit", "memory_limit", "output_limit"):
        return 4 if pass_rate >= 0.8 and stats["examples_ok"] else 3
    return 3


def feedback(result: dict, problem: dict, findings: list) -> dict:
    """Good / Improve / one or two concrete next steps."""
    good: list[str] = []
    improve: list[str] = []
    steps: list[str] = []
    advice = problem.get("advice") or {}
    counts = result["counts"]
    verdict = result["verdict"]
    complexity = result.get("complexity")

    ex = counts.get("example", {})
    if ex.get("total") and ex.get("passed") == ex.get("total"):
        good.append(f"Passes all {ex['total']} visible example(s).")
    edge = counts.get("edge", {})
    if edge.get("total") and edge.get("passed") == edge.get("total"):
        good.append(f"Handles every hand-written edge case ({edge['total']}).")
    gen = counts.get("generated", {})
    if gen.get("total") and gen.get("passed") == gen.get("total"):
        good.append(f"Agrees with the reference on {gen['total']} random cases.")
    stress = counts.get("stress", {})
    if stress.get("total") and stress.get("passed") == stress.get("total"):
        good.append(
            f"Holds its invariants in {stress['total']} concurrency stress run(s) with forced thread switches."
        )
    if complexity and complexity.get("status") == "ok":
        good.append(
            f"Scales like the expected {problem['complexity']['time']} ({complexity['message']})."
        )
    if verdict == "accepted" and not findings:
        good.append("Static review found nothing to fix.")

    failure = result.get("first_failure")
    if failure:
        improve.append(_failure_line(failure))
    if verdict == "too_slow":
        if complexity and complexity.get("status") == "too_slow":
            improve.append(
                f"Too slow for large inputs: {complexity['message']}. Expected {problem['complexity']['time']}."
            )
        steps.append(
            advice.get("too_slow")
            or f"Rework the hot operation to reach {problem['complexity']['time']}."
        )
    if verdict == "busy_wait":
        steps.append(
            advice.get("busy_wait")
            or "Block on a Condition, Event or Semaphore instead of looping until the state changes."
        )
    if verdict == "deadlock":
        steps.append(
            advice.get("deadlock")
            or "Acquire locks in one global order and never hold a lock while waiting for another thread."
        )
    if (
        failure
        and failure.get("group") == "stress"
        and verdict in ("wrong_answer", "runtime_error")
    ):
        steps.append(
            advice.get("concurrency")
            or "Guard every read-modify-write of shared state with one lock, and re-check conditions in a while loop."
        )
    if failure and failure.get("group") == "edge":
        why = failure.get("why")
        steps.append(f"Handle the edge case '{failure['category']}'" + (f": {why}" if why else "."))
        if advice.get("edge_cases"):
            steps.append(advice["edge_cases"])
    for finding in findings:
        if len(improve) >= 4:
            break
        if finding.severity == "major":
            improve.append(f"Line {finding.line}: {finding.message} [{finding.rule}].")
    if verdict == "accepted":
        minor = [f for f in findings if f.severity == "minor"]
        if minor:
            improve.append(f"Line {minor[0].line}: {minor[0].message} [{minor[0].rule}].")
        majors = [f for f in findings if f.severity == "major"]
        if majors:
            steps.append(f"Fix line {majors[0].line}: {majors[0].message}.")
    if not steps:
        if verdict == "accepted":
            follow = problem.get("follow_ups") or []
            steps.append(
                f"Try the follow-up: {follow[0]}"
                if follow
                else (advice.get("general") or "Time yourself: aim to finish in under 20 minutes.")
            )
        elif advice.get("general"):
            steps.append(advice["general"])
        elif failure and failure.get("group") == "generated":
            steps.append(
                "Compare your code with a slow, obviously correct version on small random inputs: "
                f"the failures include '{failure['category']}', so a short case reproduces it."
            )
        else:
            steps.append(
                "Walk through the failing case by hand, one call at a time, before changing code."
            )
    if not good:
        good.append("It runs; the feedback below says exactly where it breaks.")
    if not improve and verdict == "accepted":
        improve.append("Nothing required; see the next step for a stretch goal.")
    return {"good": good[:4], "improve": improve[:4], "next_steps": _dedupe(steps)[:2]}


def _failure_line(failure: dict) -> str:
    status = failure["status"]
    if failure.get("visible"):
        text = f"Fails visible {failure['category']}: {failure['message']}."
    else:
        what = {
            "wrong": "Wrong results",
            "error": "Exceptions",
            "timeout": "Time-outs",
            "memory": "Out of memory",
            "deadlock": "A deadlock",
            "busy": "Busy-waiting",
            "leak": "Threads left running",
            "slow": "Too slow",
        }.get(status, status)
        text = f"{what} on hidden cases: {failure['category']}"
        if failure.get("failed_in_category"):
            text += f" ({failure['failed_in_category']} failed)"
        if failure.get("message") and (
            failure.get("group") in ("stress", "probe") or status != "wrong"
        ):
            text += f": {failure['message']}"
        text += "."
    if failure.get("traceback"):
        text += " See the traceback from your code."
    return text


def _dedupe(items: list[str]) -> list[str]:
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def category_counts(outcomes: list) -> dict:
    failed: Counter[str] = Counter()
    for outcome in outcomes:
        if not outcome.ok:
            failed[outcome.spec.label] += 1
    return dict(failed)
