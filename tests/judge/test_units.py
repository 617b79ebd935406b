"""Unit tests of the judge's parts: plain values, comparison, growth, review, seccomp, scoring."""

from __future__ import annotations

import json
import math
import struct

import pytest

from bis.judge import complexity, review
from bis.judge.compare import first_difference, same
from bis.judge.harness import confine, drivers, values


class LyingInt(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


class LyingList(list):
    def __iter__(self):
        return iter([1, 2, 3])

    def __len__(self):
        return 3


class AlwaysEqual:
    def __eq__(self, other):
        return True


def test_to_plain_reads_builtin_values_through_their_base_types():
    assert values.to_plain(LyingInt(5)) == 5 and type(values.to_plain(LyingInt(5))) is int
    assert values.to_plain(LyingList()) == []
    assert values.to_plain((1, [2, (3,)])) == [1, [2, [3]]]
    assert values.to_plain({1: "a", None: "b"}) == {"1": "a", "null": "b"}
    marker = values.to_plain(AlwaysEqual())
    assert "$unsupported" in marker
    assert "$unsupported" in values.to_plain({1, 2})
    assert "$unsupported" in values.to_plain({(1, 2): 3})


def test_to_plain_bounds_the_size():
    with pytest.raises(values.Unsupported):
        values.to_plain([[0] * 1000] * 3000)


def test_encode_matches_json_and_ignores_a_patched_json_module(monkeypatch):
    value = {"b": [1, 2.5, None, True, "é\n"], "a": float("nan")}
    assert json.loads(values.encode(value))["b"] == value["b"]
    assert math.isnan(json.loads(values.encode(value))["a"])
    assert values.encode(value, sort_keys=True).startswith('{"a":')
    monkeypatch.setattr(json.JSONEncoder, "encode", lambda self, o: "6")
    monkeypatch.setattr(json, "dumps", lambda *a, **k: "6")
    assert values.encode([1, 2]) == "[1,2]"


def test_same_is_strict_about_types_and_tolerant_about_floats():
    assert not same(1, True) and not same(True, 1)
    assert same(1, 1.0) and same(0.1 + 0.2, 0.3)
    assert not same(None, 0) and not same("1", 1)
    assert not same([1, 2], [1, 2, 3])
    assert same({"a": [1]}, {"a": [1]}) and not same({"a": 1}, {"b": 1})
    assert not same(1, {"$unsupported": "x"})
    err = {"$error": {"type": "ValueError", "mro": ["ValueError", "Exception"]}}
    sub = {"$error": {"type": "CycleError", "mro": ["CycleError", "ValueError", "Exception"]}}
    assert same({"$error": {"type": "ValueError"}}, sub)
    assert not same(err, 3)


def test_first_difference_names_the_call():
    case = {"ops": ["C", "put", "get"], "args": [[1], [1, 1], [1]]}
    diff = first_difference("class", case, [None, None, 1], [None, None, -1])
    assert diff["index"] == 2 and diff["call"] == "get(1)"


@pytest.mark.parametrize(
    ("user", "ref", "status"),
    [
        ([0.002, 0.008, 0.032], [0.002, 0.008, 0.031], "ok"),
        ([0.004, 0.016, 0.066], [0.001, 0.004, 0.016], "ok"),  # 4x constant factor
        ([0.002, 0.030, 0.500], [0.002, 0.008, 0.032], "too_slow"),  # quadratic
        ([0.0001, 0.0001, 0.0002], [0.0001, 0.0001, 0.0001], "ok"),  # below the noise floor
    ],
)
def test_complexity_decision(user, ref, status):
    assert complexity.analyse([1000, 4000, 16000], user, ref)["status"] == status


def test_giving_up_is_too_slow_only_when_the_reference_is_fast():
    fast_ref = complexity.analyse(
        [1000, 4000], [0.01, None], [0.001, 0.004], gave_up_at=4000, budget=1.0
    )
    assert fast_ref["status"] == "too_slow"
    slow_ref = complexity.analyse(
        [1000, 4000], [0.5, None], [0.4, 0.9], gave_up_at=4000, budget=1.0
    )
    assert slow_ref["status"] != "too_slow"


def test_seccomp_program_is_well_formed():
    program = confine.seccomp_program("x86_64", 1234)
    assert program is not None and len(program) % 8 == 0
    instructions = [struct.unpack("<HBBI", program[i : i + 8]) for i in range(0, len(program), 8)]
    assert instructions[0] == (0x20, 0, 0, 4)  # load the architecture first
    assert any(code == 0x15 and k == 57 for code, _, _, k in instructions)  # fork is matched
    assert any(code == 0x15 and k == 1234 for code, _, _, k in instructions)  # kill only itself
    assert confine.seccomp_program("sparc", 1) is None
    assert confine.seccomp_program("aarch64", 1) is not None


def findings(source: str, **kw) -> set[str]:
    return {
        f.rule for f in review.ast_findings(source, concurrency=kw.pop("concurrency", False), **kw)
    }


def test_review_flags_bare_and_silent_excepts_and_mutable_defaults():
    src = "def f(x=[]):\n    try:\n        return x\n    except:\n        pass\n    try:\n        return 1\n    except ValueError:\n        pass\n"
    assert {"bare-except", "silent-except", "mutable-default"} <= findings(src)


def test_review_flags_unlocked_shared_state_only_in_concurrency_problems():
    src = (
        "import threading\n"
        "class C:\n"
        "    def __init__(self):\n"
        "        self.n = 0\n"
        "        self.lock = threading.Lock()\n"
        "    def bad(self):\n"
        "        self.n += 1\n"
        "    def good(self):\n"
        "        with self.lock:\n"
        "            self.n += 1\n"
    )
    assert "unlocked-shared-state" in findings(src, concurrency=True)
    assert "unlocked-shared-state" not in findings(src, concurrency=False)
    locked_only = src.replace("    def bad(self):\n        self.n += 1\n", "")
    assert "unlocked-shared-state" not in findings(locked_only, concurrency=True)


def test_review_flags_wait_outside_while_spin_loops_and_blocking_sleep_in_async():
    src = (
        "import threading, time\n"
        "class Q:\n"
        "    def __init__(self):\n"
        "        self.cond = threading.Condition()\n"
        "        self.items = []\n"
        "    def get(self):\n"
        "        with self.cond:\n"
        "            if not self.items:\n"
        "                self.cond.wait()\n"
        "            return self.items.pop()\n"
        "    def spin(self):\n"
        "        while not self.items:\n"
        "            pass\n"
        "async def fetch():\n"
        "    time.sleep(1)\n"
    )
    rules = findings(src, concurrency=True)
    assert {"wait-not-in-loop", "spin-loop", "blocking-sleep"} <= rules
    fixed = src.replace("            if not self.items:\n", "            while not self.items:\n")
    assert "wait-not-in-loop" not in findings(fixed, concurrency=True)


def test_ruff_review_runs_with_implicit_names():
    if review.ruff_binary() is None:
        pytest.skip("ruff not installed")
    handle = review.ReviewHandle(
        "def f(a: List[int]):\n    import os\n    return deque(a)\n",
        ["List", "deque"],
        concurrency=False,
        is_async=False,
    )
    rules = {f.rule for f in handle.findings()}
    assert "F401" in rules  # unused import
    assert "F821" not in rules  # List and deque are implicit imports


def test_implicit_namespace_matches_leetcode_and_does_not_shadow_builtins():
    ns = drivers.implicit_namespace()
    for name in (
        "List",
        "Optional",
        "Dict",
        "deque",
        "defaultdict",
        "Counter",
        "OrderedDict",
        "heappush",
        "bisect_left",
        "lru_cache",
        "accumulate",
        "inf",
        "gcd",
        "Lock",
        "Condition",
        "Thread",
    ):
        assert name in ns, name
    import collections

    assert ns["Counter"] is collections.Counter
    for builtin in ("enumerate", "pow", "sum", "max", "min", "open"):
        assert builtin not in ns, builtin
