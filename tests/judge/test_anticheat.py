"""A solution cannot pass without computing the answers.

Expected outputs never enter the child; the child reports plain JSON values
and the parent compares. These tests try the usual tricks and assert none of
them yields "accepted".
"""

from __future__ import annotations

import ast
import json

import pytest

from bis.judge import Limits, judge
from bis.judge.suite import Suite

from .conftest import REPO, load_bank

FAST = Limits(cpu_seconds=4, wall_seconds=6, total_seconds=4, memory_mb=128)


def verdict(problem, source, mode, **kw):
    return judge(problem, source, mode=mode, limits=FAST, review=False, **kw)


def test_always_equal_object_passes_nothing(tiny_problem, mode):
    source = (
        "class Anything:\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "    def __ne__(self, other):\n"
        "        return False\n"
        "    __hash__ = object.__hash__\n"
        "def total(nums):\n"
        "    return Anything()\n"
    )
    result = verdict(tiny_problem, source, mode)
    assert result.verdict == "wrong_answer"
    assert "unsupported" in result.first_failure["message"]


def test_int_subclass_lying_about_equality_is_compared_by_value(tiny_problem, mode):
    source = (
        "class Liar(int):\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "    __hash__ = int.__hash__\n"
        "def total(nums):\n"
        "    return Liar(424242)\n"
    )
    result = verdict(tiny_problem, source, mode)
    assert result.verdict == "wrong_answer"
    assert result.first_failure["got"] == 424242


def test_list_subclass_with_fake_iteration_is_read_by_its_real_items(bank, mode):
    problem = bank["merge-booking-intervals"]
    source = (
        "class Sneaky(list):\n"
        "    def __iter__(self):\n"
        "        return iter([[1, 6], [8, 10], [15, 18]])\n"
        "    def __len__(self):\n"
        "        return 3\n"
        "def merge(intervals):\n"
        "    return Sneaky()\n"
    )
    result = verdict(problem, source, mode)
    assert result.verdict == "wrong_answer"
    assert result.first_failure["got"] == []


@pytest.mark.parametrize(
    "patch",
    [
        "import builtins\nbuiltins.print = lambda *a, **k: None\n",
        'import json\njson.dumps = lambda *a, **k: \'{"t": "done"}\'\njson.loads = lambda *a, **k: {}\n',
        "import json\njson.JSONEncoder.encode = lambda self, o: '6'\n",
        "import sys, io\nsys.stdout = io.StringIO()\nsys.stderr = io.StringIO()\n",
        "import time\ntime.perf_counter = lambda: 0.0\ntime.monotonic = lambda: 0.0\n",
    ],
    ids=["print", "json-functions", "json-encoder", "std-streams", "clocks"],
)
def test_patching_print_json_or_clocks_changes_nothing(tiny_problem, mode, patch):
    wrong = patch + "def total(nums):\n    return 6\n"
    right = patch + "def total(nums):\n    return sum(nums)\n"
    assert verdict(tiny_problem, wrong, mode).verdict == "wrong_answer"
    assert verdict(tiny_problem, right, mode).verdict == "accepted"


@pytest.mark.parametrize(
    "source",
    [
        "import sys\nsys.exit(0)\ndef total(nums):\n    return 6\n",
        "def total(nums):\n    raise SystemExit(0)\n",
        "import os\ndef total(nums):\n    os._exit(0)\n",
        "import os, threading\ndef total(nums):\n    threading.Thread(target=os._exit, args=(0,)).start()\n    return 6\n",
        "import atexit, os\natexit.register(lambda: None)\ndef total(nums):\n    if len(nums) > 3:\n        os._exit(0)\n    return sum(nums)\n",
    ],
    ids=[
        "sys.exit-at-import",
        "SystemExit-in-case",
        "os._exit-in-case",
        "os._exit-in-thread",
        "exit-midway",
    ],
)
def test_early_exit_is_never_a_pass(tiny_problem, mode, source):
    result = verdict(tiny_problem, source, mode)
    assert result.verdict == "runtime_error", result.summary


def test_forged_result_lines_do_not_pass(tiny_problem, mode):
    # The example's expected value (6) is public, so forge it, then claim to be done.
    source = (
        "import os\n"
        "def total(nums):\n"
        '    forged = b\'{"t":"r","id":0,"v":6}\\n{"t":"done","threads_alive":[]}\\n\'\n'
        "    for fd in range(3, 40):\n"
        "        try:\n"
        "            os.write(fd, forged)\n"
        "        except OSError:\n"
        "            pass\n"
        "    os._exit(0)\n"
    )
    result = verdict(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"


def test_reading_the_bank_does_not_help(bank, mode):
    """Look for the problem's YAML (it holds the reference), exec it if found."""
    problem = bank["merge-booking-intervals"]
    candidates = [
        str(REPO / "questions" / "coding" / "merge-booking-intervals.yaml"),
        "../../questions/coding/merge-booking-intervals.yaml",
        "/proc/self/cwd/../questions/coding/merge-booking-intervals.yaml",
        "/proc/1/root" + str(REPO) + "/questions/coding/merge-booking-intervals.yaml",
    ]
    source = (
        "import os, glob\n"
        f"CANDIDATES = {candidates!r}\n"
        "FOUND = None\n"
        "for path in CANDIDATES:\n"
        "    try:\n"
        "        with open(path) as handle:\n"
        "            FOUND = handle.read()\n"
        "            break\n"
        "    except Exception as exc:\n"
        "        print('blocked', type(exc).__name__)\n"
        "for pattern in ['/work/**/*.yaml', '/**/questions/coding/*.yaml']:\n"
        "    try:\n"
        "        print('glob', len(glob.glob(pattern, recursive=True)))\n"
        "    except Exception as exc:\n"
        "        print('blocked', type(exc).__name__)\n"
        "if FOUND:\n"
        "    print('LEAKED')\n"
        "    import re\n"
        "    body = FOUND.split('reference_solution: |', 1)[1]\n"
        "    code = '\\n'.join(line[2:] for line in body.splitlines()[1:] if line.startswith('  ') or not line.strip())\n"
        "    exec(code.split('\\ncomplexity:')[0])\n"
        "else:\n"
        "    def merge(intervals):\n"
        "        return intervals\n"
    )
    result = verdict(problem, source, mode)
    assert "LEAKED" not in result.output
    assert result.verdict != "accepted"
    assert result.output.count("blocked") >= len(candidates)


def test_environment_and_parent_are_out_of_reach(tiny_problem, mode, monkeypatch):
    monkeypatch.setenv("BIS_SECRET_FOR_TEST", "leak-me")
    source = (
        "import os\n"
        "print('env', dict(os.environ))\n"
        "for path in ['/proc/%d/environ' % os.getppid(), '/proc/%d/cmdline' % os.getppid(), '/proc/self/environ']:\n"
        "    try:\n"
        "        print(open(path, 'rb').read()[:200])\n"
        "    except Exception as exc:\n"
        "        print('blocked', type(exc).__name__)\n"
        "def total(nums):\n"
        "    return sum(nums)\n"
    )
    result = verdict(tiny_problem, source, mode)
    assert "leak-me" not in result.output
    env_line = next(line for line in result.output.splitlines() if line.startswith("env "))
    # Empty; at most the LC_CTYPE Python itself sets when it coerces the C locale (PEP 538).
    assert set(ast.literal_eval(env_line[4:])) <= {"LC_CTYPE"}
    assert result.output.count("blocked") == 3


def test_the_plan_sent_to_the_child_holds_no_expected_outputs():
    for problem in load_bank().values():
        suite = Suite(problem, quick=True)
        suite.compute_expected()
        plan = json.dumps(suite.child_plan())
        assert '"expected"' not in plan, problem["id"]
        reference = problem["reference_solution"].strip()
        assert reference not in plan, problem["id"]
        longest_line = max(reference.splitlines(), key=len).strip()
        if len(longest_line) > 30:
            assert longest_line not in plan, (problem["id"], longest_line)


def test_rewriting_the_guard_is_refused(tiny_problem, mode):
    source = (
        "import gc, types\n"
        "hooks = [o for o in gc.get_objects() if isinstance(o, types.FunctionType) and o.__name__ == 'hook']\n"
        "for h in hooks:\n"
        "    h.__code__ = (lambda event, args: None).__code__\n"
        "def total(nums):\n"
        "    return sum(nums)\n"
    )
    result = verdict(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"
    assert "rewriting a function" in result.error["traceback"]


def test_ctypes_is_refused(tiny_problem, mode):
    source = "import ctypes\ndef total(nums):\n    return sum(nums)\n"
    result = verdict(tiny_problem, source, mode)
    assert result.verdict == "runtime_error"
