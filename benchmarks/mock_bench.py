"""Wall time of a whole mock interview driven from a script, as a user's script would.

Each step is its own `python -m bis` process: `mock start`, then for each of the five
questions `mock status --json` and `mock answer FILE` (the bank's model answer, or the
reference solution for coding, so the judge runs every case and its complexity probe),
then `mock end`. The bar (mock issue) is under 10 s for the whole run, judging
included, leaving one well-formed history record.

    python benchmarks/mock_bench.py            # 3 runs
    python benchmarks/mock_bench.py --runs 5

Exit status 1 when the median is over the bar or the history record is malformed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
BAR_SECONDS = 10.0


def model_answer(item_id: str, kind: str) -> str:
    if kind == "coding":
        return yaml.safe_load((REPO / "questions/coding" / f"{item_id}.yaml").read_text())["reference_solution"]
    if kind == "design":
        return yaml.safe_load((REPO / "questions/design" / f"{item_id}.yaml").read_text())["model_answer"]
    for path in (REPO / "questions/behavioral").glob("*.yaml"):
        for item in yaml.safe_load(path.read_text()):
            if item["id"] == item_id:
                return item["model_answer"]
    raise KeyError(item_id)


def one_run(home: Path) -> tuple[float, dict]:
    env = {**os.environ, "BIS_HOME": str(home), "NO_COLOR": "1"}
    bis = [sys.executable, "-m", "bis"]

    def call(*args: str) -> str:
        done = subprocess.run(bis + list(args), env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise RuntimeError(f"bis {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
        return done.stdout

    # Answers are prepared before the clock starts: a user's script has them ready too.
    started = time.perf_counter()
    call("mock", "start", "--level", "senior")
    for n in range(5):
        current = json.loads(call("mock", "status", "--json"))["data"]["current"]
        paused = time.perf_counter()
        answer = home / f"answer-{n}.txt"
        answer.write_text(model_answer(current["item_id"], current["kind"]))
        started += time.perf_counter() - paused  # reading the bank's YAML is the benchmark's cost, not bis's
        call("mock", "answer", str(answer))
    call("mock", "end")
    elapsed = time.perf_counter() - started
    history = json.loads((home / "history.json").read_text())
    return elapsed, history[-1] if history else {}


def well_formed(record: dict) -> bool:
    rounds = record.get("rounds") or []
    return (
        record.get("mode") == "mock"
        and len(rounds) == 5
        and all(isinstance(r.get("score"), (int, float)) for r in rounds)
        and isinstance(record.get("overall_score"), (int, float))
        and isinstance(record.get("scores"), dict)
        and isinstance(record.get("notes"), str)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = []
    ok = True
    for n in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            elapsed, record = one_run(Path(tmp))
        times.append(elapsed)
        formed = well_formed(record)
        ok &= formed
        print(f"run {n + 1}: {elapsed:.2f} s, overall {record.get('overall_score')}, "
              f"history record {'well-formed' if formed else 'MALFORMED'}")
    median = statistics.median(times)
    verdict = "OK" if median <= BAR_SECONDS and ok else "OVER"
    print(f"scripted mock (start, 5 answers, end): median {median:.2f} s (bar {BAR_SECONDS:.0f} s): {verdict}")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
