"""Start-up cost of one-shot commands against the floor of a no-op Typer app.

The floor is what the framework itself costs: a minimal Typer app with one
no-op command, run by the same Python in the same run. Each bis command's
median wall time is printed as a ratio of that floor.

    python benchmarks/startup.py            # 21 runs each
    python benchmarks/startup.py --runs 41

Bars: --help, bank list and stats <= 1.3x the floor; stats over a
10,000-session history.json <= 1.6x (foundation issue); a graded one-shot
`bis design ID --answer FILE` <= 1.5x (grading issue).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

NOOP_APP = """
import typer
app = typer.Typer()
@app.command()
def noop():
    pass
@app.command()
def other():
    pass
app()
"""


GRADED_ANSWER = """Requirements: create short links with optional custom aliases and expiry; redirects
must be fast. The workload is read heavy, about 100 redirects per create, so I would
cache hot codes in Redis in front of a key value store, generate ids from a counter
handed out in ranges and encode them in base62, and answer GET with a 302 so every
click is counted. I would shard by the code with consistent hashing, replicate across
zones, rate limit creation per API key, and alert on p99 redirect latency.
"""


def one_wall(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def big_history(n: int) -> list[dict]:
    rng = random.Random(7)
    sessions = []
    for i in range(n):
        score = round(rng.uniform(3, 9.5), 1)
        sessions.append(
            {
                "session_id": f"s{i}",
                "date": f"20{24 + i // 4000}-{1 + (i // 330) % 12:02d}-{1 + i % 28:02d}T10:00:00+00:00",
                "rounds": [
                    {"type": "system_design", "kind": "design", "item_id": "url-shortener",
                     "topic": rng.choice(["caching", "kafka", "sql", "url-shortener"]), "score": score,
                     "skipped": False}
                ],
                "scores": {"system_design": score},
                "overall_score": score,
                "notes": "benchmark session",
            }
        )
    return sessions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()

    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        noop = tmp_path / "noop_app.py"
        noop.write_text(NOOP_APP)
        env = {**os.environ, "BIS_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
        bis = [python, "-m", "bis"]
        # pip compiles an installed package to bytecode; an editable checkout (or a
        # shell with PYTHONDONTWRITEBYTECODE set) would otherwise recompile bis from
        # source on every run while Typer loads its .pyc files, which is not the
        # comparison a user sees.
        import bis as bis_package

        subprocess.run(
            [python, "-m", "compileall", "-q", str(Path(bis_package.__file__).parent)],
            env={k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"},
            check=True,
        )
        answer = tmp_path / "answer.md"
        answer.write_text(GRADED_ANSWER)
        graded = ["design", "url-shortener", "--answer", str(answer), "--level", "mid"]
        big_home = tmp_path / "big"
        big_home.mkdir()
        (big_home / "history.json").write_bytes(orjson.dumps(big_history(10_000)))
        big_env = {**env, "BIS_HOME": str(big_home)}
        commands = [
            ("no-op Typer app (floor)", [python, str(noop), "noop"], env, None),
            ("bis --help", bis + ["--help"], env, 1.3),
            ("bis bank list", bis + ["bank", "list"], env, 1.3),
            ("bis stats", bis + ["stats"], env, 1.3),
            ("bis design ID --answer FILE", bis + graded, env, 1.5),
            ("bis stats (10,000 sessions)", bis + ["stats"], big_env, 1.6),
        ]
        for _label, argv, cmd_env, _bar in commands:  # first runs build caches; not timed
            subprocess.run(argv, env=cmd_env, capture_output=True, check=True)
        # Round-robin in a shuffled order each round, so a machine that speeds up or
        # slows down during the run moves the floor and every command alike.
        times: dict[str, list[float]] = {label: [] for label, *_ in commands}
        order = list(commands)
        shuffle = random.Random(11).shuffle
        for _ in range(args.runs):
            shuffle(order)
            for label, argv, cmd_env, _bar in order:
                times[label].append(one_wall(argv, cmd_env))
        floor = statistics.median(times[commands[0][0]])
        rows = [(label, statistics.median(times[label]), bar) for label, _argv, _env, bar in commands]

    failed = False
    print(f"{'command':<32} {'median ms':>10} {'x floor':>8} {'bar':>6}")
    for label, seconds, bar in rows:
        ratio = seconds / floor
        mark = ""
        if bar is not None:
            ok = ratio <= bar
            failed |= not ok
            mark = "ok" if ok else "OVER"
        print(f"{label:<32} {seconds * 1000:>10.1f} {ratio:>8.2f} {bar or '':>6} {mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
