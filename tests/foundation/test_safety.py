"""Data safety under concurrent writers and writers killed mid-write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

REPO = Path(__file__).resolve().parents[2]


def test_twenty_concurrent_saves_keep_every_record(tmp_path: Path, cli_env: dict[str, str], data_dir: Path) -> None:
    answer = tmp_path / "a.md"
    answer.write_text("an answer\n")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bis", "save", "--question", f"q{i}", "--answer", str(answer), "--score", "6"],
            env=cli_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for i in range(20)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    saved = orjson.loads((data_dir / "saved_answers.json").read_bytes())
    assert sorted(r["question"] for r in saved) == sorted(f"q{i}" for i in range(20))


WRITER = """
import sys
from pathlib import Path
from bis.storage import Store, HISTORY
store = Store(Path(sys.argv[1]))
i = 0
while True:
    i += 1
    store.append(HISTORY, {"session_id": f"s{i}", "notes": "x" * 2000, "overall_score": 5})
"""


def _kill_writer_at_random_moments(tmp_path: Path, env: dict[str, str], kills: int, seed: int) -> None:
    rng = random.Random(seed)
    target = tmp_path / "data"
    for n in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], env=env)
        time.sleep(rng.uniform(0.15, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        path = target / "history.json"
        if path.exists():
            value = orjson.loads(path.read_bytes())  # must always parse
            assert isinstance(value, list), f"kill {n}: wrong shape"
    assert not list(target.glob("*.corrupt-*")), "a killed writer must never corrupt the file"


def test_sigkilled_writer_never_leaves_an_unparsable_file_short(tmp_path: Path, cli_env: dict[str, str]) -> None:
    _kill_writer_at_random_moments(tmp_path, cli_env, kills=8, seed=1)


@pytest.mark.slow
def test_sigkilled_writer_never_leaves_an_unparsable_file(tmp_path: Path, cli_env: dict[str, str]) -> None:
    _kill_writer_at_random_moments(tmp_path, cli_env, kills=50, seed=2)
