"""The bars of `bis rate` (issue 7), measured and printed.

    python benchmarks/review_bench.py             # 3 timed runs per large input
    python benchmarks/review_bench.py --runs 5

1. Seeded defects: for SQL, OpenAPI and .proto, clean inputs and >= 20 variants with one
   injected defect each (tests/review/seeded.py): >= 90% found, and no finding of warning
   severity or above on the clean inputs.
2. The real files in ../shared/fixtures (Sakila in three dialects, the OpenAPI examples,
   route_guide.proto) reviewed without error: kind, score and finding counts are printed.
3. A 5,000-line SQL file and a 2 MB OpenAPI spec (YAML and JSON) reviewed in under 3 s,
   timed end to end as `python -m bis rate FILE --json` (start-up included).

Exits 1 when a bar is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bis.review import review  # noqa: E402
from tests.review.seeded import CLEAN, big_openapi, big_sql, cases, clean  # noqa: E402

SHARED = REPO.parent / "shared" / "fixtures"
FIXTURES = [
    "sql/postgres-sakila-schema.sql",
    "sql/mysql-sakila-schema.sql",
    "sql/sqlite-sakila-schema.sql",
    "openapi/petstore.yaml",
    "openapi/petstore-expanded.yaml",
    "openapi/api-with-examples.yaml",
    "proto/route_guide.proto",
]
LIMIT_S = 3.0


def seeded() -> bool:
    ok = True
    print("1. Seeded defects (one injected defect per variant; found = its rule fires)")
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    for case in cases():
        total[case.kind] += 1
        rules = {f.rule for f in review(case.text, kind=case.kind, dialect=case.dialect, bank_items=[]).findings}
        if case.rule in rules:
            found[case.kind] += 1
        else:
            misses.append(f"{case.kind}/{case.name} ({case.rule})")
    for kind in ("sql", "openapi", "proto"):
        rate = found[kind] / total[kind]
        bar = total[kind] >= 20 and rate >= 0.9
        ok &= bar
        print(f"   {kind:<8} {found[kind]:>3}/{total[kind]:<3} found  {rate:6.1%}   {'PASS' if bar else 'FAIL'} (>= 20 variants, >= 90%)")
    for miss in misses:
        print(f"   missed: {miss}")
    for (kind, dialect), name in CLEAN.items():
        result = review(clean(name), kind=kind, dialect=dialect, bank_items=[])
        serious = [f for f in result.findings if f.severity != "info"]
        ok &= not serious
        infos = len(result.findings) - len(serious)
        print(f"   clean {name:<20} score {result.score:>4g}  warnings+errors {len(serious)}  info {infos}   "
              f"{'PASS' if not serious else 'FAIL'}")
    return ok


def fixtures() -> bool:
    print("2. Real files in ../shared/fixtures")
    if not SHARED.is_dir():
        print(f"   skipped: {SHARED} not found")
        return True
    ok = True
    for rel in FIXTURES:
        text = (SHARED / rel).read_text(encoding="utf-8")
        started = time.perf_counter()
        try:
            result = review(text, filename=rel, bank_items=[])
        except Exception as exc:  # the bar is "without error": report it, do not hide it
            ok = False
            print(f"   {rel:<36} ERROR {type(exc).__name__}: {exc}")
            continue
        took = time.perf_counter() - started
        counts = result.counts()
        top = ", ".join(sorted({f.rule for f in result.findings if f.severity != "info"})[:4])
        print(f"   {rel:<36} {result.kind_label:<28} score {result.score:>4g}  "
              f"e/w/i {counts['error']}/{counts['warning']}/{counts['info']}  {took * 1000:5.0f} ms  {top}")
    return ok


def timed(path: Path, runs: int) -> list[float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("BIS_HOME", tempfile.mkdtemp(prefix="bis-bench-home-"))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "bis", "rate", str(path), "--json"], env=env,
                              capture_output=True, check=False)
        times.append(time.perf_counter() - started)
        if proc.returncode != 0:
            raise SystemExit(f"bis rate {path} failed: {proc.stderr.decode()[:300]}")
    return times


def timings(runs: int) -> bool:
    print(f"3. Large inputs, end to end (`python -m bis rate FILE --json`, {runs} runs)")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        inputs = {
            "schema-5000-lines.sql": big_sql(5000),
            "spec-2mb.yaml": big_openapi(2 * 1024 * 1024, "yaml"),
            "spec-2mb.json": big_openapi(2 * 1024 * 1024, "json"),
        }
        for name, text in inputs.items():
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            times = timed(path, runs)
            median = statistics.median(times)
            bar = median < LIMIT_S
            ok &= bar
            size = len(text.encode())
            print(f"   {name:<22} {size / 1024 / 1024:5.2f} MB {text.count(chr(10)) + 1:>7} lines   "
                  f"median {median:5.2f} s  min {min(times):5.2f} s  max {max(times):5.2f} s   {'PASS' if bar else 'FAIL'} (< {LIMIT_S:g} s)")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = [seeded(), fixtures(), timings(args.runs)]
    print("all bars met" if all(results) else "some bars missed")
    raise SystemExit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
