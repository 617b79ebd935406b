"""Code review: Python's ast rules (each fires on the bad form and not on the fixed one), ruff,
the judge seam, and the language-neutral review of other languages."""

from __future__ import annotations

import textwrap

import pytest

from bis.review import review
from bis.review.bankmatch import find_coding_problem
from bis.review.code import review_code
from bis.review.pycheck import check_python
from bis.review.ruffrun import ruff_command

PAIRS = {
    "py-bare-except": ("try:\n    f()\nexcept:\n    log()\n", "try:\n    f()\nexcept ValueError:\n    log()\n"),
    "py-swallowed-exception": ("try:\n    f()\nexcept Exception:\n    pass\n", "try:\n    f()\nexcept KeyError:\n    pass\n"),
    "py-mutable-default": ("def f(items=[]):\n    return items\n", "def f(items=None):\n    return items or []\n"),
    "py-resource-not-closed": ("def f(p):\n    h = open(p)\n    return h.read()\n", "def f(p):\n    with open(p) as h:\n        return h.read()\n"),
    "py-acquire-without-release": (
        "import threading\nlock = threading.Lock()\ndef f():\n    lock.acquire()\n    work()\n    lock.release()\n",
        "import threading\nlock = threading.Lock()\ndef f():\n    lock.acquire()\n    try:\n        work()\n    finally:\n        lock.release()\n",
    ),
    "py-unlocked-shared-state": (
        "import threading\nclass C:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.n = 0\n    def inc(self):\n        self.n += 1\n",
        "import threading\nclass C:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self.n = 0\n    def inc(self):\n        with self._lock:\n            self.n += 1\n",
    ),
    "py-check-then-act": (
        "import threading\nclass C:\n    def get(self, k):\n        if k not in self.cache:\n            self.cache[k] = load(k)\n        return self.cache[k]\n",
        "import threading\nclass C:\n    def get(self, k):\n        with self.lock:\n            if k not in self.cache:\n                self.cache[k] = load(k)\n            return self.cache[k]\n",
    ),
    "py-blocking-in-async": ("import time\nasync def f():\n    time.sleep(1)\n", "import asyncio\nasync def f():\n    await asyncio.sleep(1)\n"),
    "py-unawaited-coroutine": ("import asyncio\nasync def f():\n    asyncio.sleep(1)\n", "import asyncio\nasync def f():\n    await asyncio.sleep(1)\n"),
    "py-nested-scan": (
        "def join(a, b):\n    out = []\n    for x in a:\n        for y in b:\n            if x['id'] == y['a_id']:\n                out.append((x, y))\n    return out\n",
        "def join(a, b):\n    by_id = {x['id']: x for x in a}\n    return [(by_id[y['a_id']], y) for y in b if y['a_id'] in by_id]\n",
    ),
    "py-list-membership-in-loop": (
        "def dedupe(xs):\n    seen = []\n    for x in xs:\n        if x not in seen:\n            seen.append(x)\n    return seen\n",
        "def dedupe(xs):\n    seen = set()\n    for x in xs:\n        if x not in seen:\n            seen.add(x)\n    return seen\n",
    ),
    "py-list-pop-front": (
        "def bfs(start):\n    queue = [start]\n    while queue:\n        node = queue.pop(0)\n        visit(node)\n",
        "from collections import deque\ndef bfs(start):\n    queue = deque([start])\n    while queue:\n        node = queue.popleft()\n        visit(node)\n",
    ),
    "py-division-by-len": ("def mean(xs):\n    return sum(xs) / len(xs)\n", "def mean(xs):\n    if not xs:\n        return 0.0\n    return sum(xs) / len(xs)\n"),
    "py-empty-input": ("def first(xs):\n    return xs[0]\n", "def first(xs):\n    return xs[0] if xs else None\n"),
    "py-deep-recursion": ("def depth(node):\n    return 0 if node is None else 1 + depth(node.next)\n",
                          "def depth(node):\n    n = 0\n    while node is not None:\n        n, node = n + 1, node.next\n    return n\n"),
}


@pytest.mark.parametrize("rule", list(PAIRS))
def test_python_rule_fires_on_bad_and_not_on_fixed(rule: str) -> None:
    bad, good = PAIRS[rule]
    assert rule in {f.rule for f in check_python(bad)[0]}, bad
    assert rule not in {f.rule for f in check_python(good)[0]}, good


def test_syntax_error_is_one_error_with_a_line() -> None:
    out = review_code("def f(:\n    pass\n", "python")
    assert [(f.rule, f.line) for f in out.findings] == [("py-syntax-error", 1)]


@pytest.mark.skipif(ruff_command() is None, reason="ruff is not installed")
def test_ruff_findings_are_included_without_duplicating_ours() -> None:
    out = review_code("import os\n\ndef f(x=[]):\n    try:\n        return eval(x)\n    except:\n        pass\n", "python")
    rules = {f.rule for f in out.findings}
    assert {"ruff-F401", "ruff-S307", "py-mutable-default", "py-bare-except"} <= rules
    assert "ruff-E722" not in rules and "ruff-B006" not in rules
    assert all(f.source == "ruff" for f in out.findings if f.rule.startswith("ruff-"))


def test_missing_ruff_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bis.review.ruffrun.ruff_command", lambda: None)
    out = review_code("import os\n", "python")
    assert any("ruff is not installed" in n for n in out.notes)
    assert not any(f.rule.startswith("ruff-") for f in out.findings)


def test_bank_problem_is_found_by_its_interface() -> None:
    import ast

    items = [
        {"kind": "coding", "id": "lru-cache", "interface": {"style": "class", "name": "LRUCache", "methods": ["get", "put"]}},
        {"kind": "coding", "id": "merge", "interface": {"style": "function", "name": "merge_intervals", "methods": []}},
        {"kind": "design", "id": "x"},
    ]
    lru = ast.parse("class LRUCache:\n    def __init__(self, c): ...\n    def get(self, k): ...\n    def put(self, k, v): ...\n")
    assert find_coding_problem(lru, items)["id"] == "lru-cache"
    assert find_coding_problem(ast.parse("class LRUCache:\n    def get(self, k): ...\n"), items) is None
    assert find_coding_problem(ast.parse("def merge_intervals(xs):\n    return xs\n"), items)["id"] == "merge"


def test_judge_result_becomes_a_finding_and_caps_the_score(monkeypatch: pytest.MonkeyPatch) -> None:
    class Result:
        def to_dict(self) -> dict:
            return {"verdict": "wrong_answer", "score": 3, "summary": "Wrong answer: get(2) returned 1, expected -1",
                    "first_failure": {"message": "get(2) returned 1, expected -1"}}

    calls = []

    def fake_judge(problem: dict, source: str, *, level: str = "mid", quick: bool = False) -> Result:
        calls.append((problem["id"], level, quick))
        return Result()

    monkeypatch.setattr("bis.review.bankmatch.judge_api", lambda: fake_judge)
    items = [{"kind": "coding", "id": "lru-cache", "interface": {"style": "class", "name": "LRUCache", "methods": ["get", "put"]}}]
    source = "class LRUCache:\n    def get(self, k):\n        return 1\n\n    def put(self, k, v):\n        return None\n"
    result = review(source, bank_items=items, level="senior")
    assert calls == [("lru-cache", "senior", True)]
    assert result.score == 3.0 and "judge" in result.score_basis
    assert [f.rule for f in result.findings if f.source == "judge"] == ["judge-failed"]
    assert result.to_dict()["bank_problem"]["id"] == "lru-cache"


def test_real_judge_runs_on_a_bank_problem(coding_items: list[dict]) -> None:
    pytest.importorskip("bis.judge")
    if not any(i["id"] == "lru-cache" for i in coding_items):
        pytest.skip("no lru-cache problem in the bank")
    wrong = textwrap.dedent("""
        class LRUCache:
            def __init__(self, capacity):
                self.capacity = capacity
                self.data = {}

            def get(self, key):
                return self.data.get(key, -1)

            def put(self, key, value):
                if len(self.data) >= self.capacity and key not in self.data:
                    self.data.pop(next(iter(self.data)))
                self.data[key] = value
    """)
    result = review(wrong, bank_items=coding_items)
    assert result.to_dict()["judge"]["verdict"] != "accepted"
    assert "judge-failed" in {f.rule for f in result.findings}


def test_other_languages_are_read_not_run() -> None:
    go = textwrap.dedent("""
        package main

        import "os"

        var counts = map[string]int{}

        func main() {
            f, err := os.Open("x")
            if err != nil {
            }
            for i := 0; i < 10; i++ {
                go func() { counts["k"] = i }()
            }
            query := "SELECT * FROM users WHERE name = '" + os.Args[1] + "'"
            _ = query
            _ = f
        }
    """)
    result = review(go, filename="main.go", bank_items=[])
    rules = {f.rule for f in result.findings}
    assert result.kind == "code" and "Go" in result.kind_label
    assert {"code-swallowed-error", "code-unsynchronised-threads", "code-sql-concatenation", "code-resource-leak"} <= rules
    assert any("not compiled or executed" in n for n in result.notes)
    java = "public class A {\n  public void f() {\n    try { g(); } catch (Exception e) {}\n  }\n}\n"
    assert "code-swallowed-error" in {f.rule for f in review(java, bank_items=[]).findings}


def test_threaded_code_without_any_lock() -> None:
    cls = "import threading\nclass Counter:\n    def __init__(self):\n        self.n = 0\n    def inc(self):\n        self.n += 1\n"
    glob = "import threading\ncount = 0\ndef worker():\n    global count\n    count += 1\n"
    for source in (cls, glob):
        assert "py-unlocked-shared-state" in {f.rule for f in check_python(source)[0]}, source
    single = cls.replace("import threading\n", "")
    assert "py-unlocked-shared-state" not in {f.rule for f in check_python(single)[0]}  # no threads, no race


def test_toctou_on_files() -> None:
    bad = "import os\ndef save(p, data):\n    if not os.path.exists(p):\n        with open(p, 'w') as f:\n            f.write(data)\n"
    good = "def save(p, data):\n    with open(p, 'x') as f:\n        f.write(data)\n"
    assert "py-check-then-act" in {f.rule for f in check_python(bad)[0]}
    assert "py-check-then-act" not in {f.rule for f in check_python(good)[0]}
