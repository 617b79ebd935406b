from __future__ import annotations

import time
from pathlib import Path

import orjson
import pytest

from tests.foundation.helpers import run, run_json

CONCEPT = """\
kind: concept
id: {id}
title: Write-ahead logging
focus: [databases]
summary: How databases stay durable.
questions:
  - id: why-wal
    question: Why do databases write a log before changing pages?
    level: mid
    ideal_answer: Appending to a sequential log and fsyncing it is what makes a commit durable.
    key_points:
      - id: sequential
        point: Sequential appends are cheap to fsync.
        phrasings: [sequential append, append only log]
"""


def write_bank(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text)
    return path


def test_builtin_bank_validates() -> None:
    result = run("bank", "validate")
    assert result.exit_code == 0, result.output
    assert "valid" in result.stdout


def test_user_bank_from_env_is_listed_and_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine"
    write_bank(mine, "wal.yaml", CONCEPT.format(id="my-wal"))
    monkeypatch.setenv("BIS_BANK_PATH", str(mine))
    listed = run_json("bank", "list", "--kind", "concept")["data"]["items"]
    assert "my-wal" in [row["id"] for row in listed]
    shown = run_json("bank", "show", "my-wal")["data"]
    assert shown["item"]["questions"][0]["id"] == "why-wal"
    assert shown["source"].endswith("wal.yaml")


def test_user_bank_from_config_file(tmp_path: Path, data_dir: Path) -> None:
    mine = tmp_path / "from-config"
    write_bank(mine, "wal.yaml", CONCEPT.format(id="cfg-wal"))
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "config.toml").write_text(f'bank_paths = ["{mine}"]\n')
    assert "cfg-wal" in [row["id"] for row in run_json("bank", "list")["data"]["items"]]


def test_unknown_key_reported_with_file_path_and_line(tmp_path: Path) -> None:
    bad = write_bank(tmp_path / "b", "wal.yaml", CONCEPT.format(id="wal") + "        phrasing: [oops]\n")
    result = run("bank", "validate", str(tmp_path / "b"))
    assert result.exit_code == 3
    assert f"{bad}:15: questions[0].key_points[0].phrasing: Extra inputs are not permitted" in result.stderr


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    d = tmp_path / "many"
    write_bank(d, "a.yaml", "kind: concept\nid: a\n")
    write_bank(d, "b.yaml", "kind: nonsense\nid: b\n")
    write_bank(d, "c.yaml", "key: [unclosed\n")
    payload = orjson.loads(run("bank", "validate", str(d), "--json").stdout)
    problems = payload["error"]["problems"]
    assert any("a.yaml" in p and "title" in p for p in problems)
    assert any("b.yaml" in p for p in problems)
    assert any("c.yaml:2" in p and "invalid YAML" in p for p in problems)


def test_colliding_ids_are_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "dup"
    write_bank(d, "one.yaml", CONCEPT.format(id="dup-id"))
    write_bank(d, "two.yaml", CONCEPT.format(id="dup-id"))
    result = run("bank", "validate", str(d))
    assert result.exit_code == 3
    assert "already defined in" in result.stderr and "one.yaml" in result.stderr


def test_yaml_bomb_is_refused(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    write_bank(tmp_path / "bomb", "bomb.yaml", "\n".join(lines) + "\n")
    started = time.perf_counter()
    result = run("bank", "validate", str(tmp_path / "bomb"))
    assert time.perf_counter() - started < 10
    assert result.exit_code == 3
    assert "aliases" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bin.yaml", b"\x00\x01\x02kind", "binary"),
        ("latin.yaml", b"title: caf\xe9\n", "not valid UTF-8"),
        ("empty.yaml", b"", "empty"),
    ],
)
def test_unusable_bank_files(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    d = tmp_path / "u"
    d.mkdir()
    (d / name).write_bytes(content)
    result = run("bank", "validate", str(d))
    assert result.exit_code == 3
    assert expected in result.stderr


def test_missing_bank_dir(tmp_path: Path) -> None:
    result = run("bank", "validate", str(tmp_path / "absent"))
    assert result.exit_code == 3
    assert "does not exist" in result.stderr


def test_cache_is_rebuilt_when_yaml_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine"
    path = write_bank(mine, "wal.yaml", CONCEPT.format(id="v-one"))
    monkeypatch.setenv("BIS_BANK_PATH", str(mine))
    from bis.bank.store import load_bank

    assert "v-one" in load_bank().by_id
    assert load_bank().from_cache
    path.write_text(CONCEPT.format(id="v-two"))
    bank = load_bank()
    assert not bank.from_cache
    assert "v-two" in bank.by_id and "v-one" not in bank.by_id


def test_invalid_user_bank_fails_commands_with_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "bad"
    write_bank(mine, "x.yaml", "kind: concept\nid: x\n")
    monkeypatch.setenv("BIS_BANK_PATH", str(mine))
    for _ in range(2):  # the second run answers from the cached verdict
        result = run("bank", "list")
        assert result.exit_code == 3
        assert "x.yaml" in result.stderr


def test_list_filters_and_unknown_values() -> None:
    everything = run_json("bank", "list")["data"]
    assert everything["counts"]["by_kind"]
    for level in ("junior", "staff"):
        rows = run_json("bank", "list", "--level", level)["data"]["items"]
        assert all(level in row["levels"] for row in rows)
    assert run("bank", "list", "--kind", "essay").exit_code == 2
    assert run("bank", "list", "--level", "intern").exit_code == 2


def test_list_prints_topic_counts_for_the_listed_kinds() -> None:
    result = run("bank", "list", "--kind", "design")
    assert result.exit_code == 0
    topic_lines = [ln for ln in result.stdout.splitlines() if ln.startswith("  design: ")]
    assert len(topic_lines) == 1
    counts = run_json("bank", "list")["data"]["counts"]["by_topic"]
    assert f"caching {counts['design:caching']}" in topic_lines[0]
    assert "  concept: " not in result.stdout  # only the kinds listed


def test_show_unknown_id_suggests_the_closest() -> None:
    first = run_json("bank", "list")["data"]["items"][0]["id"]
    result = run("bank", "show", first[:-1] + "x")
    assert result.exit_code == 2
    assert "did you mean" in result.stderr


def test_schema_is_json_schema_for_editors() -> None:
    result = run("bank", "schema")
    schema = orjson.loads(result.stdout)
    assert "oneOf" in schema or "anyOf" in schema or "discriminator" in str(schema)
    assert "KeyPoint" in schema.get("$defs", {})


def test_the_complete_example_in_the_docs_validates(tmp_path: Path) -> None:
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "bank-format.md").read_text()
    example = re.search(r"```yaml\n(kind: concept.*?)```", doc, re.S)
    assert example, "docs/bank-format.md lost its complete example"
    write_bank(tmp_path / "doc", "example.yaml", example.group(1))
    result = run("bank", "validate", str(tmp_path / "doc"))
    assert result.exit_code == 0, result.stderr
