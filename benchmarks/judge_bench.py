"""Wall time of judging each coding problem end to end.

For every problem in questions/coding, judge its reference solution several
times and print the median wall time of one `judge()` call: building the
cases, one sandboxed child running every case (examples, edge cases, the
generated cases, stress scenarios) and the complexity probe, the reference
run in the parent, the static review, scoring. The bar is a median of at most
3 s per problem on a 2-core machine.

    python benchmarks/judge_bench.py                 # every problem, 3 runs each
    python benchmarks/judge_bench.py --runs 5 --mode rlimits
    python benchmarks/judge_bench.py --problem lru-cache --problem print-in-order
    python benchmarks/judge_bench.py --json > bench.json

Exit status 1 when a median is over the bar or a reference is not accepted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BAR_SECONDS = 3.0


def load_problems(selected: list[str]) -> dict[str, dict]:
    from bis.bank.validate import validate_dirs

    result = validate_dirs([REPO / "questions" / "coding"], check_references=False)
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    items = {item["id"]: item for item in result.items if item["kind"] == "coding"}
    if selected:
        missing = [pid for pid in selected if pid not in items]
        if missing:
            raise SystemExit(f"unknown problem id(s): {', '.join(missing)}")
        items = {pid: items[pid] for pid in selected}
    return dict(sorted(items.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="judgings per problem (default 3)")
    parser.add_argument("--mode", default="auto", choices=["auto", "bwrap", "rlimits"])
    parser.add_argument("--problem", action="append", default=[], help="only this id (repeatable)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()

    from bis.judge import judge, sandbox

    problems = load_problems(args.problem)
    children = {"count": 0}
    original_init = sandbox.ChildHandle.__init__

    def counting_init(self, *a, **kw):  # type: ignore[no-untyped-def]
        children["count"] += 1
        original_init(self, *a, **kw)

    sandbox.ChildHandle.__init__ = counting_init  # type: ignore[method-assign]
    mode, note = sandbox.choose_mode(args.mode)
    rows = []
    failed = False
    for pid, problem in problems.items():
        times, verdicts, child_counts = [], [], []
        for _ in range(args.runs):
            children["count"] = 0
            started = time.perf_counter()
            result = judge(problem, problem["reference_solution"], mode=args.mode)
            times.append(time.perf_counter() - started)
            verdicts.append(result.verdict)
            child_counts.append(children["count"])
            counts = result.counts
        median = statistics.median(times)
        cases = sum(group["total"] for group in counts.values())
        ok = median <= BAR_SECONDS and set(verdicts) == {"accepted"} and set(child_counts) == {1}
        failed = failed or not ok
        rows.append(
            {
                "problem": pid,
                "median_s": round(median, 3),
                "min_s": round(min(times), 3),
                "max_s": round(max(times), 3),
                "cases": cases,
                "children_per_judging": max(child_counts),
                "verdicts": sorted(set(verdicts)),
                "ok": ok,
            }
        )
        if not args.json:
            flag = "" if ok else "   <-- over the bar or not accepted"
            print(
                f"{pid:32s} median {median:6.3f} s  (min {min(times):.3f}, max {max(times):.3f})"
                f"  {cases:4d} cases  {max(child_counts)} child  {','.join(sorted(set(verdicts)))}{flag}",
                flush=True,
            )
    summary = {
        "mode": mode,
        "sandbox": note,
        "runs": args.runs,
        "bar_seconds": BAR_SECONDS,
        "problems": len(rows),
        "worst_median_s": max((r["median_s"] for r in rows), default=0.0),
        "all_ok": not failed,
        "rows": rows,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"\n{len(rows)} problems, {args.runs} run(s) each, sandbox: {note}\n"
            f"worst median {summary['worst_median_s']:.3f} s (bar {BAR_SECONDS:.1f} s): "
            f"{'OK' if not failed else 'FAILED'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
