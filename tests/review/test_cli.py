"""`bis rate` on the command line: inputs, detection shown, flags, exit codes, the JSON envelope."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from tests.foundation.helpers import run, run_json
from tests.review.seeded import clean, mutate

SQL = clean("clean_postgres.sql")
BAD_SQL = mutate(SQL, "total_amount     numeric(19, 4) NOT NULL", "total_amount     double precision NOT NULL")


def test_file_argument_and_detection_line(tmp_path: Path) -> None:
    path = tmp_path / "schema.sql"
    path.write_text(BAD_SQL)
    result = run("rate", str(path))
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert "SQL schema (PostgreSQL)" in first and "detected from" in first
    assert "Money in a floating-point column" in result.stdout and "why:" in result.stdout and "fix:" in result.stdout
    assert "Biggest wins" in result.stdout and "Score 7.5/10" in result.stdout


def test_piped_stdin_and_dash() -> None:
    for args in (("rate",), ("rate", "-")):
        result = run(*args, input=clean("clean.proto"))
        assert result.exit_code == 0, result.output
        assert "Protocol Buffers (proto3)" in result.stdout and "Score 10/10" in result.stdout


def test_kind_and_dialect_overrides() -> None:
    data = run_json("rate", "--kind", "sql", "--dialect", "sqlite", input=BAD_SQL)["data"]
    assert data["kind"] == "sql" and data["dialect"] == "sqlite" and data["detected"] is False
    assert "--kind" in data["reason"] and "--dialect" in data["reason"]
    assert run("rate", "--kind", "cobol", input=SQL).exit_code == 2
    bad = run("rate", "--dialect", "oracle", input=SQL)
    assert bad.exit_code == 2 and "postgres, mysql, sqlite" in bad.stderr


def test_fail_under_exits_1() -> None:
    result = run("rate", "--fail-under", "8", input=BAD_SQL)
    assert result.exit_code == 1
    assert "below --fail-under 8" in result.stderr and result.stderr.count("\n") <= 2
    assert run("rate", "--fail-under", "7", input=BAD_SQL).exit_code == 0


def test_json_envelope_is_one_document_with_pinned_keys() -> None:
    result = run("rate", "--json", "--fail-under", "9", input=BAD_SQL)
    assert result.exit_code == 1
    envelope = orjson.loads(result.stdout)  # exactly one JSON document even below the threshold
    assert envelope["ok"] is True and envelope["command"] == "rate"
    data = envelope["data"]
    assert {"kind", "kind_label", "detected", "reason", "dialect", "source", "score", "score_basis", "verdict", "counts",
            "good", "improve", "biggest_wins", "findings", "notes", "stats", "fail_under"} <= set(data)
    assert data["fail_under"] == {"threshold": 9.0, "passed": False}
    finding = data["findings"][0]
    assert set(finding) == {"severity", "rule", "title", "message", "location", "line", "path", "method", "why", "fix", "source"}
    assert data["counts"]["error"] == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"CREATE TABLE caf\xe9 (id int);", "not valid UTF-8"),
        (b"-- x\n" * (2 * 1024 * 1024), "larger than"),
    ],
    ids=["empty", "blank", "binary", "latin1", "10MB"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "input.sql"
    path.write_bytes(content)
    for result in (run("rate", str(path)), run("rate", "-", input=content)):
        assert result.exit_code == 2, result.output
        assert expected in result.stderr
        assert result.stderr.count("\n") <= 2 and "Traceback" not in result.output


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in run("rate", str(tmp_path / "nope.sql")).stderr
    assert run("rate", str(tmp_path)).exit_code == 2


def test_rate_never_opens_a_connection(tmp_path: Path, cli_env: dict[str, str]) -> None:
    log = tmp_path / "attempts.log"
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import socket\n"
        "def _refuse(*a, **k):\n"
        f"    open({str(log)!r}, 'a').write(repr(a) + '\\n')\n"
        "    raise OSError('network access attempted')\n"
        "socket.socket.connect = _refuse\nsocket.create_connection = _refuse\nsocket.getaddrinfo = _refuse\n"
    )
    spec = tmp_path / "api.yaml"
    spec.write_text(mutate(clean("clean_openapi.yaml"), "                $ref: '#/components/schemas/OrderPage'\n",
                           "                $ref: 'https://schemas.example.com/order-page.yaml'\n"))
    env = dict(cli_env)
    env["PYTHONPATH"] = str(site) + ":" + env["PYTHONPATH"]
    proc = subprocess.run([sys.executable, "-m", "bis", "rate", str(spec), "--json"], env=env, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    rules = {f["rule"] for f in orjson.loads(proc.stdout)["data"]["findings"]}
    assert "oas-external-ref" in rules
    assert not log.exists(), log.read_text()
