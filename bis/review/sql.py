"""Review of a SQL schema (PostgreSQL, MySQL, SQLite), parsed with sqlglot.

The rules are the ones a senior reviewer applies to DDL, with the advice
adapted to the dialect: PostgreSQL does not index foreign-key columns (MySQL's
InnoDB does, automatically); SQLite has no exact decimal type and enforces
foreign keys only with `PRAGMA foreign_keys = ON`; MySQL has no partial index.
"""

from __future__ import annotations

import re
from typing import Any

from bis.errors import InputError
from bis.review.findings import Analysis, Rule
from bis.review.sqlschema import Column, Schema, Table, build_schema

R = {
    r.id: r
    for r in (
        Rule("sql-missing-primary-key", "Table without a primary key", "error",
             "Without a primary key rows cannot be addressed reliably: duplicates slip in, updates and deletes "
             "may hit several rows, logical replication (PostgreSQL) cannot replicate UPDATE/DELETE, and InnoDB "
             "falls back to a hidden 6-byte row id as its clustered index.",
             "Add a PRIMARY KEY: a surrogate `id bigint GENERATED ALWAYS AS IDENTITY` (MySQL: BIGINT AUTO_INCREMENT), "
             "or the natural composite key for a join table."),
        Rule("sql-fk-without-index", "Foreign key without an index", "warning",
             "PostgreSQL does not index the referencing columns of a foreign key. Every DELETE or key UPDATE on the "
             "parent scans the child table to check references, and joins from parent to children scan too; on "
             "large tables this turns a single-row delete into a long, lock-holding scan.",
             "Create an index whose leading columns are the foreign-key columns, e.g. "
             "`CREATE INDEX CONCURRENTLY ON child (parent_id);`."),
        Rule("sql-money-float", "Money in a floating-point column", "error",
             "FLOAT/REAL/DOUBLE are binary floating point: 0.1 + 0.2 != 0.3, sums drift by fractions of a cent, "
             "and comparisons and rounding disagree with the ledger.",
             "Use an exact type: NUMERIC(19,4) / DECIMAL(19,4), or a BIGINT of minor units (cents) next to a "
             "currency code column."),
        Rule("sql-timestamp-without-time-zone", "Event time without a time zone", "warning",
             "`timestamp without time zone` stores a wall-clock reading with no offset. Servers or sessions in "
             "different zones write different instants for the same event, DST makes an hour ambiguous, and "
             "ordering or retention queries across zones go wrong.",
             "Use `timestamptz` (timestamp with time zone): PostgreSQL stores the instant in UTC and converts on "
             "output."),
        Rule("sql-nullable-required", "Required column allows NULL", "warning",
             "A column every row needs (a status, an amount, a creation time) that allows NULL lets bad rows in: "
             "an explicit NULL bypasses the DEFAULT, and every reader must handle a case that should not exist.",
             "Add NOT NULL (backfill first on an existing table; in PostgreSQL add a `CHECK (col IS NOT NULL) "
             "NOT VALID`, validate it, then SET NOT NULL to avoid a long lock)."),
        Rule("sql-natural-key-not-unique", "Natural key without a UNIQUE constraint", "warning",
             "Application-side checks ('SELECT, then INSERT if absent') race under concurrency: two requests both "
             "see no row and both insert. Only a unique constraint makes the database reject the duplicate.",
             "Add a UNIQUE constraint or unique index (scoped if needed, e.g. UNIQUE (tenant_id, email); "
             "case-insensitive emails: a unique index on lower(email) or citext)."),
        Rule("sql-status-free-text", "Free-text status without a CHECK or enum", "warning",
             "A status stored as free text accepts typos ('shiped', 'Active ') that no query or state machine "
             "expects; rows silently fall out of every `WHERE status = ...`.",
             "Constrain it: `CHECK (status IN ('pending', 'paid', 'failed'))`, an enum type, or a foreign key to a "
             "small lookup table."),
        Rule("sql-soft-delete-without-partial-index", "Soft-delete flag without a partial index", "warning",
             "Almost every query filters on live rows (`deleted_at IS NULL`). Without a partial index they read "
             "through deleted rows, and a plain UNIQUE constraint blocks re-creating a row whose old copy was "
             "soft-deleted.",
             "Add partial indexes on the live rows, e.g. `CREATE UNIQUE INDEX ON users (email) WHERE deleted_at "
             "IS NULL;` and index the lookup columns the same way."),
        Rule("sql-append-only-without-time-index", "Append-only table without a time index or partitioning", "warning",
             "Event/log/payment-style tables grow without bound. Range queries ('last 24 hours'), retention deletes "
             "and archiving then scan the whole table, and dropping old data means slow, bloating DELETEs.",
             "Index the time column (BRIN suits append-only PostgreSQL tables) and plan partitioning by time "
             "(`PARTITION BY RANGE (created_at)`) so old partitions can be detached or dropped."),
        Rule("sql-inconsistent-naming", "Inconsistent naming", "warning",
             "Mixed conventions (snake_case and camelCase, `id` vs `user_id` keys) make every query a lookup, and "
             "quoted mixed-case names in PostgreSQL must then always be quoted exactly.",
             "Pick one convention (snake_case, lower case, unquoted is the SQL norm) and rename the outliers in "
             "a migration."),
        Rule("sql-fk-type-mismatch", "Foreign key type differs from the key it references", "warning",
             "The referencing column cannot hold every value of the referenced key (e.g. int vs bigint): inserts "
             "fail once ids pass the smaller range, and joins need casts that defeat indexes. MySQL refuses a "
             "foreign key whose integer size or sign differs.",
             "Give the foreign-key column exactly the referenced column's type."),
        Rule("sql-password-column", "Password stored in a column", "warning",
             "A `password` column suggests the secret itself, or a fast unsalted hash, is stored; a database leak "
             "then exposes every account (40 characters is the size of a bare SHA-1 hex digest, which is not a "
             "password hash).",
             "Store only a slow salted hash (argon2id, scrypt or bcrypt) in a column named like `password_hash`."),
        Rule("sql-int-pk-overflow", "32-bit key on a growing table", "info",
             "A 4-byte integer key tops out at 2,147,483,647 (4,294,967,295 unsigned); high-volume append-only "
             "tables reach it, and widening the key later rewrites the table and every referencing column.",
             "Use BIGINT (PostgreSQL: `bigint GENERATED ALWAYS AS IDENTITY`) for keys of tables that only grow."),
        Rule("sql-redundant-index", "Redundant index", "info",
             "An index whose columns are a leading prefix of another index (or the primary key) is never needed "
             "for reads, but every write pays to maintain it.",
             "Drop the shorter index, after checking it is not needed by a foreign key in MySQL."),
        Rule("sql-mysql-utf8mb3", "utf8 (utf8mb3) character set", "warning",
             "MySQL's `utf8` is utf8mb3: at most 3 bytes per character, so emoji and some CJK characters are "
             "rejected or truncated (depending on sql_mode).",
             "Use `utf8mb4` (with a utf8mb4 collation such as utf8mb4_0900_ai_ci) for tables and columns."),
        Rule("sql-mysql-myisam", "MyISAM table", "warning",
             "MyISAM has no transactions and no crash recovery, locks whole tables on write, and silently ignores "
             "FOREIGN KEY clauses.",
             "Use ENGINE=InnoDB."),
        Rule("sql-sqlite-foreign-keys-off", "SQLite foreign keys are off by default", "info",
             "SQLite parses FOREIGN KEY clauses but enforces them only on connections that ran "
             "`PRAGMA foreign_keys = ON`; otherwise orphans are accepted silently.",
             "Run `PRAGMA foreign_keys = ON;` on every connection (most drivers have a setting for it)."),
        Rule("sql-unknown-reference", "Foreign key to a table not in this file", "info",
             "The referenced table is defined elsewhere, so its key type and existence were not checked.",
             "Review the two files together, or ignore this if the table lives in another migration."),
        Rule("sql-unparsed", "Statement not reviewed", "warning",
             "sqlglot could not read this statement in the chosen dialect: it is likely a syntax error, and "
             "nothing in it was reviewed.",
             "Check its syntax, or give the right dialect with --dialect."),
    )
}

MONEY_WORDS = {
    "amount", "price", "cost", "total", "subtotal", "balance", "fee", "fees", "salary", "wage", "wages", "payment",
    "charge", "refund", "tax", "revenue", "money", "budget", "discount", "credit", "debit", "payout", "spend",
    "income", "earnings", "tip", "deposit", "withdrawal",
}
NOT_MONEY_WORDS = {"count", "qty", "quantity", "percent", "pct", "ratio", "rate", "weight", "score", "id"}
FLOAT_TYPES = {"FLOAT", "DOUBLE", "REAL"}
TEXT_TYPES = {"VARCHAR", "TEXT", "CHAR", "NVARCHAR", "NCHAR", "STRING", "NAME", "CITEXT", "BPCHAR", "MEDIUMTEXT", "LONGTEXT", "TINYTEXT"}
TIME_TYPES = {"TIMESTAMP", "TIMESTAMPTZ", "DATETIME", "TIMESTAMPLTZ", "DATETIME2", "TIMESTAMPNTZ", "DATE"}
REQUIRED_NAMES = {"created_at", "status", "state", "amount", "currency", "currency_code", "quantity", "occurred_at"}
NATURAL_KEYS = {
    "email", "email_address", "username", "user_name", "login", "handle", "slug", "sku", "isbn", "api_key",
    "public_id", "external_id", "external_ref", "idempotency_key",
}
SOFT_DELETE = {"deleted_at", "is_deleted", "deleted", "archived_at", "is_archived", "removed_at", "deleted_on"}
STATUS_NAMES = {"status", "state", "role", "priority"}
APPEND_ONLY = {
    "event", "events", "log", "logs", "audit", "audits", "history", "ledger", "journal", "transactions",
    "payment", "payments", "messages", "clicks", "pageviews", "metrics", "activity", "activities", "outbox",
    "notifications", "deliveries", "entries", "impressions", "visits", "telemetry", "measurements",
}
TIME_NAMES = re.compile(r"(_at|_on|_time|_date|_ts|^ts|^timestamp|^time)$")


def review_sql(text: str, dialect: str) -> Analysis:
    schema = build_schema(text, dialect)
    out = Analysis()
    out.stats = {
        "dialect": dialect,
        "statements": schema.statements,
        "tables": len([t for t in schema.tables.values() if t.columns]),
        "columns": sum(len(t.columns) for t in schema.tables.values()),
        "foreign_keys": sum(len(t.foreign_keys) for t in schema.tables.values()),
        "indexes": sum(1 for t in schema.tables.values() for i in t.indexes if i.kind != "primary"),
        "lines": schema.lines,
    }
    for line, head, reason in schema.unparsed:
        out.add(R["sql-unparsed"].at(f"`{head[:60]}...`: {reason}", line=line))
    tables = [t for t in schema.tables.values() if t.columns]
    if not tables:
        if not schema.unparsed:
            raise InputError("no CREATE TABLE statement found: `bis rate` reviews SQL schemas (DDL), not queries",
                             hint="give the schema file, or --kind for another kind of input")
        line, head, reason = schema.unparsed[0]
        raise InputError(f"no statement could be read as {dialect} SQL (line {line}: {reason})",
                         hint="check the syntax, or give the dialect with --dialect postgres|mysql|sqlite")
    for table in tables:
        _primary_key(out, table, schema)
        _foreign_keys(out, table, schema)
        _columns(out, table, schema)
        _append_only(out, table, schema)
        _redundant_indexes(out, table)
        _mysql_table(out, table, schema)
    _naming(out, tables)
    if dialect == "sqlite" and any(t.foreign_keys for t in tables) and not any("foreign_keys" in p for p in schema.pragmas):
        first = next(t for t in tables if t.foreign_keys)
        out.add(R["sql-sqlite-foreign-keys-off"].at("foreign keys are declared but no `PRAGMA foreign_keys = ON`", line=first.foreign_keys[0].line))
    _credits(out, tables, schema)
    return out


def _tokens(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [t for t in spaced.lower().split("_") if t]


def _where(table: Table, col: Column | None = None) -> str:
    return f"{table.name}.{col.name}" if col else table.name


def _primary_key(out: Analysis, table: Table, schema: Schema) -> None:
    if table.primary_key or table.temporary:
        return
    if table.inherits:
        out.add(R["sql-missing-primary-key"].at(
            f"{table.name} inherits from {', '.join(table.inherits)} but has no primary key of its own",
            line=table.line, path=table.name, severity="warning",
            why="PostgreSQL table inheritance does not inherit PRIMARY KEY or UNIQUE constraints: each child "
                "(partition) needs its own, or duplicate ids across children go unnoticed.",
            fix="Add the primary key on every child, or move to declarative partitioning "
                "(PARTITION BY RANGE), where a key on the parent applies to all partitions."))
        return
    if any(ix.unique and all(c in table.columns and not table.columns[c].nullable for c in ix.columns) for ix in table.indexes):
        out.add(R["sql-missing-primary-key"].at(
            f"{table.name} has a NOT NULL unique key but no declared PRIMARY KEY", line=table.line,
            path=table.name, severity="warning"))
        return
    out.add(R["sql-missing-primary-key"].at(f"{table.name} has no primary key", line=table.line, path=table.name))


def _covered(table: Table, cols: tuple[str, ...]) -> bool:
    want = set(cols)
    for ix in table.indexes:
        if ix.where is None and len(ix.columns) >= len(cols) and set(ix.columns[: len(cols)]) == want:
            return True
    return False


def _foreign_keys(out: Analysis, table: Table, schema: Schema) -> None:
    for fk in table.foreign_keys:
        ref = schema.tables.get(fk.ref_table)
        if ref is None or not ref.columns:
            out.add(R["sql-unknown-reference"].at(
                f"{table.name}({', '.join(fk.columns)}) references {fk.ref_table}, which is not defined here",
                line=fk.line, path=table.name))
        else:
            ref_cols = fk.ref_columns or ref.primary_key or ()
            for mine, theirs in zip(fk.columns, ref_cols, strict=False):
                a, b = table.columns.get(mine), ref.columns.get(theirs)
                if a and b and _int_family(a) and _int_family(b) and _int_rank(a) != _int_rank(b):
                    sev = "error" if schema.dialect == "mysql" else "warning"
                    out.add(R["sql-fk-type-mismatch"].at(
                        f"{table.name}.{mine} is {a.type_sql} but {ref.name}.{theirs} is {b.type_sql}",
                        line=a.line, path=table.name, severity=sev))
        if schema.dialect in ("postgres", "sqlite") and fk.columns and not _covered(table, fk.columns):
            why = None
            if schema.dialect == "sqlite":
                why = ("SQLite does not index child-key columns: with foreign keys enforced, every DELETE or key "
                       "UPDATE on the parent runs a full scan of the child table, and parent-to-child joins scan too.")
            fix = f"CREATE INDEX {table.name}_{'_'.join(fk.columns)}_idx ON {table.name} ({', '.join(fk.columns)});"
            out.add(R["sql-fk-without-index"].at(
                f"{table.name}({', '.join(fk.columns)}) references {fk.ref_table} but no index starts with "
                f"{'these columns' if len(fk.columns) > 1 else 'it'}",
                line=fk.line, path=table.name, why=why,
                fix=fix if schema.dialect == "sqlite" else fix.replace("CREATE INDEX", "CREATE INDEX CONCURRENTLY")))


def _int_family(col: Column) -> bool:
    return col.type_name in {"INT", "BIGINT", "SMALLINT", "TINYINT", "MEDIUMINT", "UINT", "UBIGINT", "USMALLINT",
                             "UTINYINT", "UMEDIUMINT", "SERIAL", "BIGSERIAL", "SMALLSERIAL"}


def _int_rank(col: Column) -> tuple[int, bool]:
    t = col.type_name
    size = {"TINYINT": 1, "UTINYINT": 1, "SMALLINT": 2, "USMALLINT": 2, "SMALLSERIAL": 2, "MEDIUMINT": 3,
            "UMEDIUMINT": 3, "INT": 4, "UINT": 4, "SERIAL": 4, "BIGINT": 8, "UBIGINT": 8, "BIGSERIAL": 8}.get(t, 4)
    if col.type_sql.upper().startswith("INTEGER") and col.type_name == "INT" and "UNSIGNED" not in col.type_sql.upper():
        size = 4
    return size, t.startswith("U")


def _index_columns(columns: tuple[str, ...]) -> set[str]:
    """Column names of an index, including those inside expressions such as lower(email)."""
    out: set[str] = set()
    for c in columns:
        out.update(re.findall(r"[a-z_][a-z0-9_]*", c[5:]) if c.startswith("expr:") else [c])
    return out


def _is_money(col: Column) -> bool:
    toks = set(_tokens(col.name))
    return bool(toks & MONEY_WORDS) and not toks & NOT_MONEY_WORDS


def _has_check(table: Table, col: Column, schema: Schema) -> bool:
    if col.check or col.enum_values or col.type_name in ("ENUM", "SET"):
        return True
    if col.user_type and (col.user_type in schema.enum_types or schema.domains.get(col.user_type)):
        return True
    return any(col.name in cols for _, cols in table.checks)


def _columns(out: Analysis, table: Table, schema: Schema) -> None:
    d = schema.dialect
    fk_cols = {c for fk in table.foreign_keys for c in fk.columns}
    unique_cols = {c for ix in table.indexes if ix.unique for c in _index_columns(ix.columns)}
    for col in table.columns.values():
        if col.inherited:
            continue
        loc: dict[str, Any] = {"line": col.line, "path": table.name}
        name = col.name
        upper = col.type_sql.upper()
        if _is_money(col):
            if col.type_name in FLOAT_TYPES or re.match(r"(FLOAT|REAL|DOUBLE)", upper):
                out.add(R["sql-money-float"].at(f"{_where(table, col)} is {col.type_sql}", **loc))
            elif col.type_name == "MONEY":
                out.add(R["sql-money-float"].at(
                    f"{_where(table, col)} uses PostgreSQL's money type", severity="warning",
                    why="`money` has a fixed fraction (2 digits for most locales), its text form depends on the "
                        "lc_monetary setting (a restore under another locale changes values), and it has no currency.",
                    fix="Use numeric(19,4) or bigint minor units with a currency code column.", **loc))
            elif d == "sqlite" and col.type_name in ("DECIMAL", "NUMERIC") and "INT" not in upper:
                out.add(R["sql-money-float"].at(
                    f"{_where(table, col)} is {col.type_sql}, which SQLite stores as a float", severity="warning",
                    why="SQLite has no exact decimal type: a NUMERIC/DECIMAL column stores 4.99 as an 8-byte IEEE "
                        "float (REAL), so sums and comparisons drift like any float.",
                    fix="Store integer minor units (cents) in an INTEGER column, with the currency beside it.", **loc))
        if col.type_name == "TIMESTAMP" and d == "postgres":
            out.add(R["sql-timestamp-without-time-zone"].at(f"{_where(table, col)} is {col.type_sql}", **loc))
        elif col.type_name == "DATETIME" and d == "mysql" and TIME_NAMES.search(name):
            out.add(R["sql-timestamp-without-time-zone"].at(
                f"{_where(table, col)} is DATETIME", severity="info",
                why="MySQL DATETIME stores a wall-clock value with no zone; its meaning depends on the writer's "
                    "session time_zone. (TIMESTAMP converts to UTC but ends at 2038-01-19.)",
                fix="Write UTC by convention: set the connection's time_zone to '+00:00' everywhere and document "
                    "that the column holds UTC.", **loc))
        elif d == "sqlite" and col.type_name in ("TIMESTAMP", "DATETIME") and TIME_NAMES.search(name):
            out.add(R["sql-timestamp-without-time-zone"].at(
                f"{_where(table, col)} is {col.type_sql}, which SQLite stores as text or a number", severity="info",
                why="SQLite has no date/time type; values are whatever text or number was written, with no zone.",
                fix="Store UTC only: ISO-8601 text with a 'Z' suffix, or Unix epoch integers.", **loc))
        if col.nullable and not col.primary_key:
            if name in REQUIRED_NAMES or (_is_money(col) and name in ("amount", "price", "total")):
                out.add(R["sql-nullable-required"].at(f"{_where(table, col)} allows NULL", **loc))
            elif col.has_default and col.default_sql and col.default_sql.upper() != "NULL":
                out.add(R["sql-nullable-required"].at(
                    f"{_where(table, col)} has DEFAULT {col.default_sql[:40]} but allows NULL", severity="info", **loc))
        toks = _tokens(name)
        natural = name in NATURAL_KEYS or name.endswith(("_external_id", "_idempotency_key"))
        if natural and name not in unique_cols and not table.inherits:
            sev = "error" if "idempotency" in name else "warning"
            why = None
            if sev == "error":
                why = ("An idempotency key exists to reject a retried request; without UNIQUE two concurrent retries "
                       "both pass the lookup and both execute (double charge, duplicate order).")
            out.add(R["sql-natural-key-not-unique"].at(
                f"{_where(table, col)} looks like a natural key but nothing makes it unique", severity=sev, why=why, **loc))
        is_status = name in STATUS_NAMES or (toks and toks[-1] in ("status", "state"))
        if is_status and col.type_name in TEXT_TYPES and name not in fk_cols and not _has_check(table, col, schema):
            out.add(R["sql-status-free-text"].at(f"{_where(table, col)} is {col.type_sql} with no CHECK or enum", **loc))
        if name in SOFT_DELETE and not any(name in ix.where_columns for ix in table.indexes):
            if d == "mysql":
                out.add(R["sql-soft-delete-without-partial-index"].at(
                    f"{_where(table, col)} marks deleted rows", severity="info",
                    why="MySQL has no partial indexes, so live-row lookups read deleted rows and UNIQUE keys keep "
                        "blocking re-creation of soft-deleted rows.",
                    fix="Add a generated column `alive TINYINT AS (IF(deleted_at IS NULL, 1, NULL))` and UNIQUE "
                        "(email, alive): NULLs never conflict, so only live rows must be unique.", **loc))
            else:
                out.add(R["sql-soft-delete-without-partial-index"].at(
                    f"{_where(table, col)} marks deleted rows but no index has `WHERE {name} ...`", **loc))
        if toks and toks[0] in ("password", "passwd", "pwd") and not set(toks) & {"hash", "hashed", "digest", "salt", "reset", "changed", "updated", "expires", "set"}:
            out.add(R["sql-password-column"].at(f"{_where(table, col)} ({col.type_sql})", **loc))
        if col.type_name in ("VARCHAR", "TEXT", "CHAR") and d == "mysql" and re.search(r"charset\s*=?\s*utf8(mb3)?\b(?!mb4)", col.type_sql, re.I):
            out.add(R["sql-mysql-utf8mb3"].at(f"{_where(table, col)} uses utf8", **loc))


def _is_time_col(col: Column) -> bool:
    return col.type_name in TIME_TYPES or bool(TIME_NAMES.search(col.name))


def _append_only(out: Analysis, table: Table, schema: Schema) -> None:
    toks = _tokens(table.name)
    if not toks or toks[-1] not in APPEND_ONLY or table.inherits or table.temporary:
        return
    children = [t for t in schema.tables.values() if table.name in t.inherits]
    if table.partition_by or children:
        return
    time_cols = [c for c in table.columns.values() if _is_time_col(c) and c.name not in ("updated_at", "last_update", "modified_at")]
    if not time_cols:
        out.add(R["sql-append-only-without-time-index"].at(
            f"{table.name} looks append-only but has no time column to range-scan, partition or expire by",
            line=table.line, path=table.name))
        return
    names = {c.name for c in time_cols}
    if any(ix.columns and ix.columns[0] in names for ix in table.indexes):
        return
    shown = ", ".join(sorted(names)[:2])
    out.add(R["sql-append-only-without-time-index"].at(
        f"{table.name} looks append-only; no index starts with {shown} and it is not partitioned",
        line=table.line, path=table.name))
    pk = table.primary_key
    if pk and len(pk) == 1 and schema.dialect != "sqlite":
        col = table.columns.get(pk[0])
        if col and col.type_name in ("INT", "UINT", "SERIAL", "MEDIUMINT", "UMEDIUMINT"):
            out.add(R["sql-int-pk-overflow"].at(f"{table.name}.{col.name} is {col.type_sql}", line=col.line, path=table.name))


def _redundant_indexes(out: Analysis, table: Table) -> None:
    for ix in table.indexes:
        if ix.unique or ix.where or not ix.columns:
            continue
        for other in table.indexes:
            if other is ix or other.where or len(other.columns) < len(ix.columns):
                continue
            if other.columns[: len(ix.columns)] == ix.columns and (len(other.columns) > len(ix.columns) or other.unique):
                what = "the primary key" if other.kind == "primary" else f"index ({', '.join(other.columns)})"
                out.add(R["sql-redundant-index"].at(
                    f"index ({', '.join(ix.columns)}) on {table.name} is a prefix of {what}", line=ix.line, path=table.name))
                break


def _mysql_table(out: Analysis, table: Table, schema: Schema) -> None:
    if schema.dialect != "mysql":
        return
    if table.charset and re.fullmatch(r"utf8(mb3)?", table.charset, re.I):
        out.add(R["sql-mysql-utf8mb3"].at(f"{table.name} uses CHARSET={table.charset}", line=table.line, path=table.name))
    if table.engine and table.engine.lower() == "myisam":
        out.add(R["sql-mysql-myisam"].at(f"{table.name} uses ENGINE=MyISAM", line=table.line, path=table.name))


def _style(name: str) -> str | None:
    if "_" in name.strip("_"):
        if name.islower():
            return "snake_case"
        return "UPPER_SNAKE" if name.isupper() else "Mixed_Snake"
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+", name):
        return "camelCase"
    if re.fullmatch(r"(?:[A-Z][a-z0-9]+){2,}", name):
        return "PascalCase"
    return None  # one word: fits any convention


def _naming(out: Analysis, tables: list[Table]) -> None:
    styles: dict[str, list[tuple[str, int, str]]] = {}
    for table in tables:
        raw = _raw_names(table)
        for name, line in raw:
            style = _style(name)
            if style:
                styles.setdefault(style, []).append((name, line, table.name))
    if len(styles) > 1:
        major = max(styles, key=lambda s: len(styles[s]))
        for style, names in styles.items():
            if style == major:
                continue
            for name, line, tname in names[:5]:
                out.add(R["sql-inconsistent-naming"].at(
                    f"{tname}: `{name}` is {style} while most names are {major}", line=line, path=tname))
    pk_styles: dict[str, list[Table]] = {}
    for table in tables:
        pk = table.primary_key
        if pk and len(pk) == 1:
            pk_styles.setdefault("id" if pk[0] == "id" else "table_id" if pk[0].endswith("_id") else "other", []).append(table)
    if "id" in pk_styles and "table_id" in pk_styles:
        minority = min(("id", "table_id"), key=lambda k: len(pk_styles[k]))
        other = "table_id" if minority == "id" else "id"
        for table in pk_styles[minority][:3]:
            out.add(R["sql-inconsistent-naming"].at(
                f"{table.name}'s key is `{(table.primary_key or ('?',))[0]}` while other tables use "
                f"{'`id`' if other == 'id' else '`<table>_id`'}", line=table.line, path=table.name, severity="info"))


def _raw_names(table: Table) -> list[tuple[str, int]]:
    """Names as written: PostgreSQL folds unquoted names to lower case, but the habit still shows."""
    out = [(table.raw_name or table.name, table.line)]
    for col in table.columns.values():
        if not col.inherited:
            out.append((col.raw_name or col.name, col.line))
    return out


def _credits(out: Analysis, tables: list[Table], schema: Schema) -> None:
    cols = [(t, c) for t in tables for c in t.columns.values() if not c.inherited]
    out.credit(["sql-missing-primary-key"], "Every table has a primary key.")
    if schema.dialect in ("postgres", "sqlite"):
        out.credit(["sql-fk-without-index"], "Every foreign key has an index that starts with its columns.",
                   any(t.foreign_keys for t in tables))
    elif any(t.foreign_keys for t in tables):
        out.credit(["sql-fk-type-mismatch"], "Foreign keys are declared with matching types (InnoDB indexes them).")
    out.credit(["sql-money-float"], "Money is stored in exact types.", any(_is_money(c) for _, c in cols))
    out.credit(["sql-timestamp-without-time-zone"], "Event times carry a time zone (timestamptz).",
               schema.dialect == "postgres" and any(c.type_name == "TIMESTAMPTZ" for _, c in cols))
    out.credit(["sql-status-free-text"], "Status columns are constrained (CHECK, enum or lookup table).",
               any(c.name in STATUS_NAMES or c.name.endswith(("_status", "_state")) for _, c in cols))
    out.credit(["sql-natural-key-not-unique"], "Natural keys (emails, external ids, idempotency keys) are UNIQUE.",
               any(c.name in NATURAL_KEYS or c.name.endswith("_external_id") for _, c in cols))
    out.credit(["sql-soft-delete-without-partial-index"], "Soft-deleted rows are excluded by partial indexes.",
               any(c.name in SOFT_DELETE for _, c in cols))
    out.credit(["sql-append-only-without-time-index"], "Append-only tables are indexed or partitioned by time.",
               any(_tokens(t.name)[-1:] and _tokens(t.name)[-1] in APPEND_ONLY for t in tables))
    out.credit(["sql-nullable-required"], "Required columns are NOT NULL.", bool(cols))
    out.credit(["sql-inconsistent-naming"], "Naming is consistent.", len(tables) > 1)
