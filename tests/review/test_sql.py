"""SQL schema review: the splitter, the model built with sqlglot, and dialect-specific rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from bis.errors import InputError
from bis.review.sql import review_sql
from bis.review.sqlschema import build_schema
from bis.review.sqlsplit import split_statements


def _rules(text: str, dialect: str = "postgres") -> dict[str, list]:
    out: dict[str, list] = {}
    for f in review_sql(text, dialect).findings:
        out.setdefault(f.rule, []).append(f)
    return out


def test_splitter_knows_quotes_dollar_bodies_delimiters_and_trigger_bodies() -> None:
    pg = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; SELECT 2; $$ LANGUAGE sql;\n-- a; comment\nSELECT 'a;b';\n"
    assert [s.line for s in split_statements(pg)] == [1, 3]
    my = "DELIMITER ;;\nCREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW BEGIN\n  UPDATE y SET a = 1;\nEND;;\nDELIMITER ;\nSELECT 1;\n"
    stmts = split_statements(my, "mysql")
    assert [s.head(2) for s in stmts] == ["create trigger", "select"]
    lite = "CREATE TRIGGER t AFTER INSERT ON x BEGIN\n  UPDATE y SET a = CASE WHEN 1 THEN 2 END;\n  DELETE FROM z;\nEND;\nCREATE TABLE q (id INTEGER PRIMARY KEY);\n"
    stmts = split_statements(lite, "sqlite")
    assert len(stmts) == 2 and stmts[1].line == 5


def test_pg_dump_constraints_at_the_end_are_folded_in() -> None:
    text = (
        "CREATE TABLE a (id integer NOT NULL, b_id integer NOT NULL);\n"
        "CREATE TABLE b (id integer NOT NULL);\n"
        "ALTER TABLE ONLY a ADD CONSTRAINT a_pkey PRIMARY KEY (id);\n"
        "ALTER TABLE ONLY b ADD CONSTRAINT b_pkey PRIMARY KEY (id);\n"
        "ALTER TABLE ONLY a ADD CONSTRAINT a_b_fkey FOREIGN KEY (b_id) REFERENCES b(id);\n"
        "ALTER TABLE public.a OWNER TO postgres;\n"
    )
    schema = build_schema(text, "postgres")
    assert schema.tables["a"].primary_key == ("id",) and schema.tables["a"].foreign_keys[0].ref_table == "b"
    assert schema.unparsed == []
    rules = _rules(text)
    assert rules["sql-fk-without-index"][0].line == 5 and "sql-missing-primary-key" not in rules


def test_fk_index_advice_depends_on_dialect() -> None:
    ddl = "CREATE TABLE p (id bigint PRIMARY KEY);\nCREATE TABLE c (id bigint PRIMARY KEY, p_id bigint NOT NULL REFERENCES p (id));\n"
    assert "sql-fk-without-index" in _rules(ddl, "postgres")
    assert "CONCURRENTLY" in _rules(ddl, "postgres")["sql-fk-without-index"][0].fix
    assert "sql-fk-without-index" in _rules(ddl, "sqlite")
    assert "sql-fk-without-index" not in _rules(ddl, "mysql")  # InnoDB creates the index


def test_composite_index_must_lead_with_the_fk() -> None:
    base = "CREATE TABLE p (id bigint PRIMARY KEY);\nCREATE TABLE c (id bigint PRIMARY KEY, p_id bigint NOT NULL REFERENCES p (id), at timestamptz NOT NULL);\n"
    assert "sql-fk-without-index" in _rules(base + "CREATE INDEX c_at ON c (at, p_id);\n")
    assert "sql-fk-without-index" not in _rules(base + "CREATE INDEX c_p ON c (p_id, at);\n")
    assert "sql-fk-without-index" in _rules(base + "CREATE INDEX c_p ON c (p_id) WHERE at > now();\n")  # partial


def test_money_and_time_rules_name_the_type() -> None:
    rules = _rules("CREATE TABLE o (id bigint PRIMARY KEY, price double precision NOT NULL, paid_at timestamp NOT NULL, tax_rate real);")
    assert [f.message for f in rules["sql-money-float"]] == ["o.price is double precision"]  # a rate is not money
    assert rules["sql-timestamp-without-time-zone"][0].message == "o.paid_at is timestamp"
    assert "numeric" in rules["sql-money-float"][0].fix.lower()
    money = _rules("CREATE TABLE o (id bigint PRIMARY KEY, amount money NOT NULL);")["sql-money-float"][0]
    assert money.severity == "warning" and "lc_monetary" in money.why


def test_unique_via_expression_index_and_scoped_unique() -> None:
    text = (
        "CREATE TABLE u (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, email text NOT NULL, username text NOT NULL,"
        " UNIQUE (tenant_id, username));\nCREATE UNIQUE INDEX u_email ON u (lower(email));\n"
    )
    assert "sql-natural-key-not-unique" not in _rules(text)


def test_idempotency_key_without_unique_is_an_error() -> None:
    f = _rules("CREATE TABLE r (id bigint PRIMARY KEY, idempotency_key text NOT NULL);")["sql-natural-key-not-unique"][0]
    assert f.severity == "error" and "retr" in f.why


def test_mysql_specific_rules() -> None:
    text = "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, deleted_at DATETIME, PRIMARY KEY (id)) ENGINE=MyISAM DEFAULT CHARSET=utf8;"
    rules = _rules(text, "mysql")
    assert {"sql-mysql-myisam", "sql-mysql-utf8mb3"} <= set(rules)
    soft = rules["sql-soft-delete-without-partial-index"][0]
    assert soft.severity == "info" and "generated column" in soft.fix  # MySQL has no partial indexes


def test_sqlite_multiword_types_and_table_options_parse() -> None:
    text = "CREATE TABLE f (id INTEGER PRIMARY KEY, description BLOB SUB_TYPE TEXT DEFAULT NULL) WITHOUT ROWID;"
    schema = build_schema(text, "sqlite")
    assert schema.unparsed == [] and schema.tables["f"].columns["description"].type_sql == "BLOB SUB_TYPE TEXT"


def test_unparsable_statement_is_reported_not_fatal() -> None:
    out = review_sql("CREATE TABLE ok (id int PRIMARY KEY);\nCREATE TABLE broken (id int PRIMARY KEY x y z (;\n", "postgres")
    unparsed = [f for f in out.findings if f.rule == "sql-unparsed"]
    assert unparsed and unparsed[0].line == 2 and unparsed[0].severity == "warning"


def test_queries_only_are_refused_as_input() -> None:
    with pytest.raises(InputError, match="CREATE TABLE"):
        review_sql("SELECT * FROM users WHERE id = 1;\nUPDATE users SET a = 1;\n", "postgres")
    with pytest.raises(InputError, match="line 1"):
        review_sql("CREATE TABLE broken (id int PRIMARY KEY x y z (;\n", "postgres")


def test_status_with_enum_or_check_is_fine() -> None:
    ok = "CREATE TYPE st AS ENUM ('a', 'b');\nCREATE TABLE t (id bigint PRIMARY KEY, status st NOT NULL, state text NOT NULL, CHECK (state IN ('x', 'y')));"
    assert "sql-status-free-text" not in _rules(ok)
    assert "sql-status-free-text" in _rules("CREATE TABLE t (id bigint PRIMARY KEY, status varchar(20) NOT NULL);")


def test_fast_path_gives_the_same_review_as_sqlglot(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.review.seeded import big_sql, cases, clean

    texts = [(clean(n), d) for n, d in (("clean_postgres.sql", "postgres"), ("clean_mysql.sql", "mysql"), ("clean_sqlite.sql", "sqlite"))]
    texts += [(c.text, c.dialect or "postgres") for c in cases() if c.kind == "sql"]
    texts.append((big_sql(400), "postgres"))
    shared = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "sql"
    texts += [(p.read_text(encoding="utf-8"), p.name.split("-")[0]) for p in sorted(shared.glob("*-sakila-schema.sql"))]

    def findings(text: str, dialect: str) -> list[tuple]:
        return sorted((f.rule, f.line, f.message) for f in review_sql(text, dialect).findings)

    fast = [findings(t, d) for t, d in texts]
    monkeypatch.setattr("bis.review.sqlschema.read_fast", lambda text: None)
    slow = [findings(t, d) for t, d in texts]
    assert fast == slow


def test_fast_path_reads_simple_statements_and_declines_the_rest() -> None:
    from bis.review.sqlfast import read_fast

    idx = read_fast('CREATE UNIQUE INDEX CONCURRENTLY u ON public."Users" USING btree (email DESC) WHERE deleted_at IS NULL')
    assert idx == {"kind": "index", "table": "users", "name": "u", "unique": True, "columns": ("email",),
                   "where": "deleted_at IS NULL", "where_columns": frozenset({"deleted_at"})}
    fk = read_fast("ALTER TABLE ONLY a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b(id) ON DELETE CASCADE NOT VALID")
    assert fk is not None and (fk["type"], fk["columns"], fk["ref_table"]) == ("foreign", ("b_id",), "b")
    check = read_fast("ALTER TABLE t ADD CONSTRAINT c CHECK (status IN ('a', 'b') AND lower(email) <> '')")
    assert check is not None and check["columns"] == frozenset({"status", "email"})
    assert read_fast("CREATE INDEX e ON users (lower(email))") is None  # expression: sqlglot reads it
    assert read_fast("ALTER TABLE t ADD COLUMN x int") is None
    assert read_fast("ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id) WITH SOMETHING ODD") is None
