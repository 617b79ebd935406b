"""Hostile or runaway solutions are contained within the limits, with a clear verdict.

Every test runs in each available sandbox mode: "rlimits" always, "bwrap"
when bubblewrap is installed and usable (CI installs it).
"""

from __future__ import annotations

import ast
import time

import pytest

from bis.judge import Limits, judge
from bis.judge.sandbox import ChildHandle

from .conftest import REPO

FAST = Limits(cpu_seconds=4, wall_seconds=5, total_seconds=3, memory_mb=128)


def run(problem: dict, source: str, mode: str, limits: Limits = FAST, **kw):
    started = time.monotonic()
    result = judge(problem, source, mode=mode, limits=limits, review=False, **kw)
    return result, time.monotonic() - started


def test_infinite_loop_in_a_case_is_a_time_limit(tiny_problem, mode):
    source = "def total(nums):\n    while True:\n        pass\n"
    result, elapsed = run(tiny_problem, source, mode)
    assert result.verdict == "time_limit"
    assert result.first_failure["status"] == "timeout"
    assert result.first_failure["category"] == "example 1"
    assert elapsed < 5.5  # three 1 s time-outs, the rest skipped


def test_ignored_signals_are_killed_at_the_wall_limit(tiny_problem, mode):
    source = (
        "import signal\n"
        "for sig in (signal.SIGALRM, signal.SIGTERM, signal.SIGXCPU, signal.SIGINT):\n"
        "    signal.signal(sig, signal.SIG_IGN)\n"
        "def total(nums):\n"
        "    while True:\n"
        "        pass\n"
    )
    limits = Limits(cpu_seconds=30, wall_seconds=3, total_seconds=3, memory_mb=128)
    result, elapsed = run(tiny_problem, source, mode, limits)
    assert result.verdict == "time_limit"
    assert result.sandbox["killed"] == "wall"
    assert elapsed < 3 + 2.0


def test_cpu_limit_stops_a_loop_that_ignores_the_alarm(tiny_problem, mode):
    source = (
        "import signal\n"
        "signal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
        "def total(nums):\n"
        "    while True:\n"
        "        pass\n"
    )
    limits = Limits(cpu_seconds=2, wall_seconds=8, total_seconds=8, memory_mb=128)
    result, elapsed = run(tiny_problem, source, mode, limits)
    assert result.verdict == "time_limit"
    assert elapsed < 6


@pytest.mark.parametrize("guard", [True, False], ids=["audit-hook", "seccomp-only"])
def test_fork_bomb_is_refused(tiny_problem, mode, guard):
    source = "import os\nwhile True:\n    os.fork()\n"
    result, elapsed = run(tiny_problem, source, mode, guard=guard)
    assert result.verdict == "runtime_error"
    text = result.error["traceback"]
    assert (
        ("not allowed in the judge sandbox" in text)
        if guard
        else ("Operation not permitted" in text or "PermissionError" in text)
    )
    assert elapsed < 3


def test_subprocess_and_exec_are_refused(tiny_problem, mode):
    source = "import subprocess\ndef total(nums):\n    return int(subprocess.check_output(['echo', '6']))\n"
    result, _ = run(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"
    assert "not allowed" in result.first_failure["traceback"]


def test_thread_bomb_is_bounded(tiny_problem, mode):
    source = (
        "import threading, time\n"
        "started = 0\n"
        "try:\n"
        "    while True:\n"
        "        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"
        "        started += 1\n"
        "except RuntimeError:\n"
        "    pass\n"
        "def total(nums):\n"
        "    return started\n"
    )
    result, elapsed = run(tiny_problem, source, mode)
    assert result.verdict == "wrong_answer"
    started = result.first_failure["got"]
    assert isinstance(started, int) and 10 < started < 1000
    assert elapsed < 5


@pytest.mark.parametrize(
    "body",
    [
        "    data = bytearray(10 ** 10)\n    return 0\n",
        "    chunks = []\n    while True:\n        chunks.append(' ' * 10 ** 6)\n",
    ],
    ids=["one-huge-allocation", "growing-list"],
)
def test_memory_bomb_is_a_memory_limit(tiny_problem, mode, body):
    result, elapsed = run(tiny_problem, "def total(nums):\n" + body, mode)
    assert result.verdict == "memory_limit"
    assert result.sandbox["max_rss_mb"] < 400
    assert elapsed < 5


def test_mmap_is_refused(tiny_problem, mode):
    source = "import mmap\ndef total(nums):\n    m = mmap.mmap(-1, 1 << 34)\n    return 6\n"
    result, _ = run(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"


def test_100_mb_of_output_is_an_output_limit(tiny_problem, mode):
    source = "import sys\nfor _ in range(100):\n    sys.stdout.write('x' * 1_000_000)\ndef total(nums):\n    return sum(nums)\n"
    limits = Limits(cpu_seconds=8, wall_seconds=10, total_seconds=5, memory_mb=256)
    result, elapsed = run(tiny_problem, source, mode, limits)
    assert result.verdict == "output_limit"
    assert len(result.output) <= 8192
    assert elapsed < 5


def test_endless_printing_in_cases_is_an_output_limit(tiny_problem, mode):
    source = "def total(nums):\n    while True:\n        print('spam' * 100)\n"
    result, elapsed = run(tiny_problem, source, mode)
    assert result.verdict == "output_limit"
    assert elapsed < 4


def test_a_never_ending_thread_is_reported_and_does_not_hang(tiny_problem, mode):
    source = (
        "import threading\n"
        "def spin():\n"
        "    while True:\n"
        "        pass\n"
        "threading.Thread(target=spin, name='spinner').start()\n"
        "def total(nums):\n"
        "    return sum(nums)\n"
    )
    result, elapsed = run(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"
    assert "spinner" in result.error["message"]
    assert elapsed < 5


def test_threads_work_under_the_memory_limit(tiny_problem, mode):
    source = (
        "import threading\n"
        "def total(nums):\n"
        "    parts = [0] * 40\n"
        "    def work(i):\n"
        "        parts[i] = sum(nums[i::40])\n"
        "    threads = [threading.Thread(target=work, args=(i,)) for i in range(40)]\n"
        "    for t in threads:\n"
        "        t.start()\n"
        "    for t in threads:\n"
        "        t.join()\n"
        "    return sum(parts)\n"
    )
    result, _ = run(tiny_problem, source, mode, Limits(memory_mb=128))
    assert result.verdict == "accepted", result.summary


@pytest.mark.parametrize("guard", [True, False], ids=["audit-hook", "seccomp-only"])
def test_no_network(tiny_problem, mode, guard):
    source = (
        "import socket\n"
        "def total(nums):\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=0.5)\n"
        "    return sum(nums)\n"
    )
    result, _ = run(tiny_problem, source, mode, guard=guard)
    assert result.verdict == "runtime_error"


def test_cannot_signal_the_parent(tiny_problem, mode):
    source = "import os, signal\ndef total(nums):\n    os.kill(os.getppid(), signal.SIGTERM)\n    return sum(nums)\n"
    result, _ = run(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"


def test_writes_outside_the_scratch_dir_are_refused(tiny_problem, mode, tmp_path):
    target = tmp_path / "escaped.txt"
    source = f"def total(nums):\n    open({str(target)!r}, 'w').write('x')\n    return sum(nums)\n"
    result, _ = run(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"
    assert not target.exists()


def test_scratch_files_are_allowed_and_size_capped(tiny_problem, mode):
    source = (
        "def total(nums):\n"
        "    with open('notes.txt', 'w') as f:\n"
        "        f.write(str(sum(nums)))\n"
        "    with open('notes.txt') as f:\n"
        "        return int(f.read())\n"
    )
    result, _ = run(tiny_problem, source, mode)
    assert result.verdict == "accepted", result.summary
    big = (
        "chunk = b'x' * (1 << 20)\n"
        "with open('big.bin', 'wb') as f:\n"
        "    for _ in range(64):\n"
        "        f.write(chunk)\n"
        "def total(nums):\n"
        "    return sum(nums)\n"
    )
    result, _ = run(tiny_problem, big, mode)
    assert result.verdict == "runtime_error"
    assert (
        "File too large" in result.error["traceback"]
        or "No space left" in result.error["traceback"]
    )


def test_bwrap_mode_really_isolates(tiny_problem):
    from bis.judge.sandbox import bwrap_status

    if not bwrap_status()[0]:
        pytest.skip("bubblewrap not usable here")
    source = "import os\nprint(sorted(os.listdir('/')))\ndef total(nums):\n    return sum(nums)\n"
    result, _ = run(tiny_problem, source, "bwrap", guard=False)
    assert result.verdict == "accepted"
    entries = set(ast.literal_eval(result.output.splitlines()[0]))
    # Only the system and Python directories (read-only), /proc, /dev and the scratch tmpfs.
    assert entries <= {
        "bin",
        "dev",
        "etc",
        "lib",
        "lib32",
        "lib64",
        "proc",
        "root",
        "sandbox",
        "sbin",
        "usr",
        "opt",
        "home",
    }
    assert "work" not in entries and "tmp" not in entries


def test_the_parent_survives_a_child_that_closes_every_fd(tiny_problem, mode):
    source = "import os\nfor fd in range(0, 64):\n    try:\n        os.close(fd)\n    except OSError:\n        pass\ndef total(nums):\n    return sum(nums)\n"
    result, elapsed = run(tiny_problem, source, mode)
    assert result.verdict in ("runtime_error", "time_limit")
    assert elapsed < 7


def test_sandbox_reports_what_was_enforced(tiny_problem, mode):
    result, _ = run(tiny_problem, tiny_problem["reference_solution"], mode)
    enforced = result.sandbox["enforced"]
    assert result.sandbox["mode"] == mode
    assert enforced["seccomp"] is True
    assert enforced["guard"] is True
    assert (
        enforced["rlimits"]["data"] and enforced["rlimits"]["cpu"] and enforced["rlimits"]["fsize"]
    )


def test_handle_keeps_no_scratch_dir_behind(tiny_problem):
    from bis.judge.suite import Suite

    suite = Suite(tiny_problem)
    handle = ChildHandle(suite.child_plan(), tiny_problem["reference_solution"], FAST, "rlimits")
    scratch = handle._scratch
    handle.result()
    assert scratch is not None
    assert not __import__("os").path.exists(scratch)


def test_repo_path_is_real():
    # The anti-cheat tests below rely on the bank being at this path.
    assert (REPO / "questions" / "coding" / "lru-cache.yaml").exists()


def test_common_stdlib_modules_work_under_the_guard(tiny_problem, mode):
    source = (
        "import asyncio, concurrent.futures, dataclasses, decimal, fractions, json, logging, queue, re\n"
        "import statistics, string, textwrap, typing, uuid, datetime, collections, heapq, bisect\n"
        "from collections import namedtuple\n"
        "Point = namedtuple('Point', 'x y', defaults=[0])\n"
        "@dataclasses.dataclass\n"
        "class Box:\n"
        "    items: list = dataclasses.field(default_factory=list)\n"
        "def total(nums):\n"
        "    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:\n"
        "        parts = list(pool.map(sum, [nums[::2], nums[1::2]]))\n"
        "    return Point(sum(parts)).x + len(Box().items)\n"
    )
    result, _ = run(tiny_problem, source, mode, Limits(memory_mb=256))
    assert result.verdict == "accepted", (result.summary, result.error)
