"""bis never opens a network connection: run the CLI with sockets blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BLOCKER = """
import socket, sys
def _refuse(*args, **kwargs):
    with open(sys.argv[0] if False else {log!r}, "a") as fh:
        fh.write(repr(args) + "\\n")
    raise OSError("network access attempted")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def test_cli_runs_with_sockets_blocked(tmp_path: Path, cli_env: dict[str, str]) -> None:
    log = tmp_path / "attempts.log"
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER.format(log=str(log)))
    env = dict(cli_env)
    env["PYTHONPATH"] = str(site) + ":" + env["PYTHONPATH"]
    answer = tmp_path / "a.md"
    answer.write_text("answer\n")
    commands = [
        ["paths"],
        ["profile", "set", "--role", "Backend Engineer", "--years", "3"],
        ["profile"],
        ["bank", "list"],
        ["bank", "validate"],
        ["stats"],
        ["weak"],
        ["save", "--question", "q", "--answer", str(answer), "--score", "5"],
    ]
    for args in commands:
        result = subprocess.run([sys.executable, "-m", "bis", *args], env=env, capture_output=True, timeout=120)
        assert result.returncode == 0, (args, result.stderr.decode())
    assert not log.exists(), log.read_text()
