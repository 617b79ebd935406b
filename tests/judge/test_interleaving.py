"""Forced interleaving catches a missing lock on every run, not just sometimes.

Under the GIL, 8 threads x 25 unlocked increments usually finish inside one
scheduling slice, so plain stress rarely loses an update. The judge's tracer
switches threads between the lines (and before the stores) of the user's
code, so the race shows up on every run. These tests prove the catch rate by
judging the same wrong solutions repeatedly; the slow forms repeat more.
"""

from __future__ import annotations

import threading

import pytest

from bis.judge import judge
from bis.judge.harness.stress import Interleaver

from .conftest import WRONG_DIR, load_bank, wrong_solutions

BANK = load_bank()
RACES = [
    (pid, path, expected)
    for pid, path, expected in wrong_solutions()
    if pid in BANK
    and BANK[pid]["category"] == "concurrency"
    and expected & {"wrong_answer", "runtime_error"}
]


def catch_rate(pid: str, source: str, runs: int, **kw) -> tuple[int, list[str]]:
    verdicts = [judge(BANK[pid], source, review=False, **kw).verdict for _ in range(runs)]
    return sum(v != "accepted" for v in verdicts), verdicts


@pytest.mark.parametrize(
    "name", ["no_lock", "read_after_release", "lock_per_call", "cas_check_then_act"]
)
def test_counter_races_are_caught_on_every_run(name):
    source = (WRONG_DIR / "thread-safe-counter" / f"{name}.py").read_text()
    caught, verdicts = catch_rate("thread-safe-counter", source, 4, quick=True)
    assert caught == 4, verdicts


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pid", "path", "expected"), RACES, ids=[f"{p}/{f.stem}" for p, f, _ in RACES]
)
def test_every_race_is_caught_on_every_run(pid, path, expected):
    # The settings a user gets (each stress scenario run `repeat` times).
    caught, verdicts = catch_rate(pid, path.read_text(), 10)
    assert caught == 10, verdicts


@pytest.mark.slow
@pytest.mark.parametrize("pid", sorted(p for p in BANK if BANK[p]["category"] == "concurrency"))
def test_references_never_fail_under_interleaving(pid):
    verdicts = [
        judge(BANK[pid], BANK[pid]["reference_solution"], review=False).verdict for _ in range(8)
    ]
    assert verdicts == ["accepted"] * 8


def test_tracer_interleaves_an_unlocked_increment_in_process(tmp_path):
    """The Interleaver itself, without a sandbox: lost updates on each of 10 runs."""
    source = "class C:\n    def __init__(self):\n        self.n = 0\n    def inc(self):\n        self.n += 1\n"
    filename = str(tmp_path / "solution.py")
    namespace: dict = {}
    exec(compile(source, filename, "exec"), namespace)
    for seed in range(10):
        counter = namespace["C"]()

        def work(c=counter):
            for _ in range(25):
                c.inc()

        with Interleaver(filename, seed):
            threads = [threading.Thread(target=work) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert counter.n < 200, f"seed {seed}: no update lost"


def test_locked_increment_is_exact_under_the_tracer(tmp_path):
    source = (
        "import threading\n"
        "class C:\n"
        "    def __init__(self):\n"
        "        self.n = 0\n"
        "        self.lock = threading.Lock()\n"
        "    def inc(self):\n"
        "        with self.lock:\n"
        "            self.n += 1\n"
    )
    filename = str(tmp_path / "solution.py")
    namespace: dict = {}
    exec(compile(source, filename, "exec"), namespace)
    counter = namespace["C"]()

    def work():
        for _ in range(25):
            counter.inc()

    with Interleaver(filename, 0) as tracer:
        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert counter.n == 200
    assert tracer.switches > 200  # it really switched inside the user's code


@pytest.mark.slow
def test_detection_holds_when_other_processes_load_every_cpu():
    """Busy-waiting and races are still caught, and references still pass, under CPU contention."""
    import os
    import subprocess
    import sys

    hogs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range((os.cpu_count() or 2) + 1)
    ]
    try:
        checks = [
            (
                "print-in-order",
                (WRONG_DIR / "print-in-order" / "spin_flags.py").read_text(),
                {"busy_wait"},
            ),
            (
                "bounded-blocking-queue",
                (WRONG_DIR / "bounded-blocking-queue" / "busy_wait_with_lock.py").read_text(),
                {"busy_wait"},
            ),
            (
                "thread-safe-counter",
                (WRONG_DIR / "thread-safe-counter" / "read_after_release.py").read_text(),
                {"wrong_answer"},
            ),
            (
                "bounded-blocking-queue",
                BANK["bounded-blocking-queue"]["reference_solution"],
                {"accepted"},
            ),
            ("print-in-order", BANK["print-in-order"]["reference_solution"], {"accepted"}),
        ]
        for pid, source, expected in checks:
            for _ in range(3):
                verdict = judge(BANK[pid], source, review=False).verdict
                assert verdict in expected, (pid, verdict)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
