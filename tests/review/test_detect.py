"""Kind and dialect detection from content (file names only break ties)."""

from __future__ import annotations

import json

import pytest

from bis.review.detect import detect_dialect, detect_kind, normalise_dialect, normalise_kind

PY_WITH_SQL = '''import sqlite3

SCHEMA = """
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE orders (id INTEGER PRIMARY KEY);
"""

def migrate(conn):
    conn.executescript(SCHEMA)
'''


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n", "openapi"),
        (json.dumps({"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}}), "openapi"),
        ('syntax = "proto3";\nmessage A { int32 x = 1; }\n', "proto"),
        ("package a.v1;\nmessage A {\n  int32 x = 1;\n}\nservice S {\n  rpc F(A) returns (A);\n}\n", "proto"),
        ("CREATE TABLE t (id int PRIMARY KEY);\nCREATE INDEX t_x ON t (id);\n", "sql"),
        (PY_WITH_SQL, "python"),
        ("def f(x):\n    return x + 1\n\nclass A:\n    pass\n", "python"),
        ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n}\n", "code"),
        ("public class A {\n  public static void main(String[] args) {\n    int x = 1;\n  }\n}\n", "code"),
        ("# Design\n\nWe store every short link in a key-value store keyed by the code, and we cache hot links.\n"
         "Writes go through an API service behind a load balancer, and reads are served from the cache first.\n", "prose"),
    ],
    ids=["openapi-yaml", "swagger-json", "proto3", "proto-no-syntax", "sql", "python-with-sql", "python", "go", "java", "prose"],
)
def test_kinds(text: str, kind: str) -> None:
    assert detect_kind(text).kind == kind


def test_language_of_other_code() -> None:
    go = "package main\n\nfunc main() {\n\tx := 1\n\ty := 2\n\tz := x + y\n}\n"
    assert detect_kind(go).language == "go"
    assert detect_kind("let x = 1;", filename="a.rs").language == "rust"


@pytest.mark.parametrize(
    ("sql", "dialect"),
    [
        ("CREATE TABLE t (id bigserial PRIMARY KEY, at timestamptz);", "postgres"),
        ("CREATE TABLE t (id INT UNSIGNED AUTO_INCREMENT, PRIMARY KEY (id)) ENGINE=InnoDB;", "mysql"),
        ("PRAGMA foreign_keys = ON;\nCREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);", "sqlite"),
        ("CREATE TABLE t (id int PRIMARY KEY);", "postgres"),
    ],
)
def test_dialects(sql: str, dialect: str) -> None:
    found, reason = detect_dialect(sql)
    assert found == dialect and reason


def test_aliases() -> None:
    assert normalise_kind("swagger") == "openapi" and normalise_kind("ddl") == "sql" and normalise_kind("nope") is None
    assert normalise_dialect("PostgreSQL") == "postgres" and normalise_dialect("oracle") is None
