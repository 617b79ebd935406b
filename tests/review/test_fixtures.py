"""Real files written elsewhere (../shared/fixtures) are reviewed without error, with findings a reviewer
would agree with. Skipped when the shared fixtures are not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from bis.review import review


def _rules(result) -> dict[str, list]:  # type: ignore[no-untyped-def]
    out: dict[str, list] = {}
    for f in result.findings:
        out.setdefault(f.rule, []).append(f)
    return out


def _read(shared: Path, rel: str) -> str:
    return (shared / rel).read_text(encoding="utf-8")


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite"])
def test_sakila_is_read_whole_in_its_dialect(shared: Path, dialect: str) -> None:
    result = review(_read(shared, f"sql/{dialect}-sakila-schema.sql"), filename=f"{dialect}.sql", bank_items=[])
    assert result.kind == "sql" and result.dialect == dialect
    assert result.stats["tables"] >= 15
    assert "sql-unparsed" not in _rules(result)  # every CREATE TABLE / ALTER / INDEX was understood
    assert 3.0 <= result.score <= 8.0
    assert result.biggest_wins


def test_sakila_postgres_findings(shared: Path) -> None:
    rules = _rules(review(_read(shared, "sql/postgres-sakila-schema.sql"), bank_items=[]))
    # payment_p2007_01..06 INHERIT payment; PostgreSQL inheritance does not carry the primary key over
    no_pk = {f.path for f in rules["sql-missing-primary-key"]}
    assert no_pk == {f"payment_p2007_0{i}" for i in range(1, 7)}
    assert all(f.severity == "warning" and "inherit" in f.why.lower() for f in rules["sql-missing-primary-key"])
    # film_category's key is (film_id, category_id): category_id has no index of its own
    fk = {f.message.split(" references")[0] for f in rules["sql-fk-without-index"]}
    assert "film_category(category_id)" in fk and "rental(staff_id)" in fk
    assert "film_actor(film_id)" not in fk and "film_actor(actor_id)" not in fk  # indexed / leading PK column
    assert any("payment.payment_date" in f.message for f in rules["sql-timestamp-without-time-zone"])
    assert {f.message.split(" ")[0] for f in rules["sql-natural-key-not-unique"]} >= {"staff.username"}
    assert "sql-money-float" not in rules  # numeric(5,2) is exact
    assert "sql-append-only-without-time-index" not in rules  # payment is partitioned by inheritance


def test_sakila_mysql_findings(shared: Path) -> None:
    rules = _rules(review(_read(shared, "sql/mysql-sakila-schema.sql"), bank_items=[]))
    assert "sql-fk-without-index" not in rules  # InnoDB indexes foreign keys itself
    assert "sql-mysql-utf8mb3" in rules  # DEFAULT CHARSET=utf8 is utf8mb3
    assert any(f.path == "payment" for f in rules["sql-append-only-without-time-index"])
    assert all(f.severity == "info" for f in rules.get("sql-timestamp-without-time-zone", []))


def test_sakila_sqlite_findings(shared: Path) -> None:
    rules = _rules(review(_read(shared, "sql/sqlite-sakila-schema.sql"), bank_items=[]))
    # DECIMAL has NUMERIC affinity in SQLite: 4.99 is stored as a float
    assert any("payment.amount" in f.message for f in rules["sql-money-float"])
    assert "sql-sqlite-foreign-keys-off" in rules
    assert any("payment(rental_id)" in f.message for f in rules["sql-fk-without-index"])
    assert any("film_actor" in f.message for f in rules["sql-redundant-index"])


def test_openapi_petstore(shared: Path) -> None:
    result = review(_read(shared, "openapi/petstore.yaml"), bank_items=[])
    rules = _rules(result)
    assert result.kind == "openapi" and "3.0.0" in result.kind_label
    assert "oas-invalid" not in rules
    assert [f.method for f in rules["oas-create-no-location"]] == ["post"]
    assert "oas-no-security" in rules
    assert "oas-list-no-pagination" not in rules  # limit plus an x-next link header
    assert "oas-no-versioning" not in rules  # the server URL ends in /v1


def test_openapi_petstore_expanded(shared: Path) -> None:
    rules = _rules(review(_read(shared, "openapi/petstore-expanded.yaml"), bank_items=[]))
    assert "oas-invalid" not in rules
    create = rules["oas-create-not-201"][0]
    assert (create.method, create.path) == ("post", "/pets") and "200" in create.message
    assert "limit" in rules["oas-list-no-pagination"][0].message
    assert "oas-no-versioning" in rules  # http://petstore.swagger.io/api
    assert any("find pet by id" in f.message for f in rules["oas-operation-id"])
    assert "oas-delete-status" not in rules  # it returns 204


def test_openapi_api_with_examples(shared: Path) -> None:
    result = review(_read(shared, "openapi/api-with-examples.yaml"), bank_items=[])
    rules = _rules(result)
    assert "oas-invalid" not in rules and "oas-unresolved-ref" not in rules
    assert all(f.severity == "info" for f in result.findings)


def test_route_guide_proto(shared: Path) -> None:
    result = review(_read(shared, "proto/route_guide.proto"), bank_items=[])
    rules = _rules(result)
    assert result.kind == "proto" and result.stats["rpcs"] == 4
    assert "proto-syntax-error" not in rules
    assert "routeguide" in rules["proto-package-unversioned"][0].message
    shared_msgs = {f.path for f in rules["proto-rpc-bare-types"]}
    assert {"RouteGuide.GetFeature", "RouteGuide.RecordRoute", "RouteGuide.RouteChat"} <= shared_msgs
    assert "proto-list-no-pagination" not in rules  # ListFeatures streams its results deliberately
    assert "proto-streaming-single" not in rules
    assert "proto-field-gap" not in rules and "proto-naming" not in rules
