"""A schema model built from DDL statements with sqlglot.

Tables with their columns (type, NULL-ability, defaults, inline constraints),
primary keys, unique constraints and indexes (with partial-index predicates),
foreign keys, CHECKs, partitioning, and MySQL table options. `ALTER TABLE ...
ADD CONSTRAINT` and `CREATE INDEX` statements are folded into their table, so
a pg_dump (constraints at the end) reads the same as inline DDL.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bis.review.sqlfast import read_fast
from bis.review.sqlsplit import Statement, split_statements

_REVIEWED = re.compile(
    r"^(create\s+(or\s+replace\s+)?(global\s+|local\s+)?(temporary\s+|temp\s+|unlogged\s+)?table|alter\s+table|"
    r"create\s+(unique\s+)?index|create\s+type)\b"
)
_DOMAIN = re.compile(r"^\s*create\s+domain\s+(?:\w+\.)?\"?(\w+)\"?\s+(?:as\s+)?(.+)$", re.I | re.S)
_SQLITE_TABLE_OPTIONS = re.compile(r"\)\s*((without\s+rowid|strict)\s*,?\s*)+$", re.I)


@dataclass
class Column:
    name: str
    type_name: str  # sqlglot's type, upper case: TIMESTAMP, DOUBLE, USERDEFINED, ...
    type_sql: str  # as written, for messages
    nullable: bool
    line: int
    has_default: bool = False
    default_sql: str | None = None
    unique: bool = False
    primary_key: bool = False
    check: bool = False
    identity: bool = False
    user_type: str | None = None  # a CREATE TYPE / DOMAIN name
    enum_values: list[str] = field(default_factory=list)
    inherited: bool = False  # copied from an INHERITS parent
    raw_name: str = ""  # as written (case kept)


@dataclass
class Index:
    columns: tuple[str, ...]
    unique: bool
    kind: str  # primary | unique | index
    line: int
    name: str | None = None
    where: str | None = None
    where_columns: frozenset[str] = frozenset()


@dataclass
class ForeignKey:
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    line: int
    name: str | None = None


@dataclass
class Table:
    name: str
    line: int
    columns: dict[str, Column] = field(default_factory=dict)
    indexes: list[Index] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    checks: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    partition_by: str | None = None
    inherits: list[str] = field(default_factory=list)
    engine: str | None = None
    charset: str | None = None
    temporary: bool = False
    raw_name: str = ""

    @property
    def primary_key(self) -> tuple[str, ...] | None:
        for ix in self.indexes:
            if ix.kind == "primary":
                return ix.columns
        return None


@dataclass
class Schema:
    dialect: str
    tables: dict[str, Table] = field(default_factory=dict)
    enum_types: dict[str, list[str]] = field(default_factory=dict)
    domains: dict[str, bool] = field(default_factory=dict)  # name -> has a CHECK
    unparsed: list[tuple[int, str, str]] = field(default_factory=list)  # line, head, reason
    statements: int = 0
    reviewed_statements: int = 0
    pragmas: set[str] = field(default_factory=set)
    lines: int = 0


def _name(node: Any) -> str:
    if node is None:
        return ""
    name = getattr(node, "name", None) or getattr(node, "this", "")
    if not isinstance(name, str):
        name = getattr(name, "name", None) or str(name)
    return name.strip('"`[]').lower()


def _raw(node: Any) -> str:
    name = getattr(node, "name", None) or getattr(node, "this", "")
    return str(name).strip('"`[]')


def _ident_list(nodes: list[Any]) -> tuple[str, ...]:
    from sqlglot import exp

    out = []
    for node in nodes:
        target = node.this if isinstance(node, exp.Ordered) else node
        if isinstance(target, (exp.Identifier, exp.Column)):
            out.append(_name(target))
        else:
            out.append("expr:" + target.sql().lower())
    return tuple(out)


def build_schema(text: str, dialect: str) -> Schema:
    import sqlglot

    logging.getLogger("sqlglot").setLevel(logging.CRITICAL)
    schema = Schema(dialect=dialect, lines=text.count("\n") + 1)
    for st in split_statements(text, dialect):
        schema.statements += 1
        head = st.head(8)
        if head.startswith("pragma"):
            schema.pragmas.add(head)
            continue
        dm = _DOMAIN.match(st.text)
        if dm:
            schema.domains[dm.group(1).lower()] = bool(re.search(r"\bcheck\b", dm.group(2), re.I))
            continue
        if not _REVIEWED.match(head):
            continue
        schema.reviewed_statements += 1
        sql = st.text
        if not head.startswith(("create table", "create temp", "create type")):
            fast = read_fast(sql)
            if fast is not None:
                _apply_fast(schema, fast, st)
                continue
        if dialect == "sqlite":
            sql = _SQLITE_TABLE_OPTIONS.sub(")", sql)
        try:
            node = sqlglot.parse_one(sql, read=dialect)
        except Exception as exc:  # sqlglot raises ParseError and, rarely, others
            node = _retry_relaxed(sql, dialect)
            if node is None:
                schema.unparsed.append((st.line, head, _first_line(str(exc))))
                continue
        if isinstance(node, sqlglot.exp.Command):
            if head.startswith("alter") and not _ALTER_MODELLED.search(sql):
                continue  # OWNER TO, SET STATISTICS, ...: nothing the review models
            node = _retry_relaxed(sql, dialect) or node
        try:
            _apply(schema, node, st)
        except (AttributeError, TypeError, ValueError, KeyError) as exc:  # an unexpected tree shape
            schema.unparsed.append((st.line, head, f"unexpected statement shape ({exc})"))
    _inherit_columns(schema)
    return schema


def _apply_fast(schema: Schema, fast: dict[str, Any], st: Statement) -> None:
    table = schema.tables.get(fast["table"])
    if table is None:
        table = schema.tables.setdefault(fast["table"], Table(fast["table"], st.line))
    if fast["kind"] == "check":
        table.checks.append((fast["sql"], fast["columns"]))
    elif fast["kind"] == "index":
        kind = "unique" if fast["unique"] else "index"
        table.indexes.append(Index(fast["columns"], fast["unique"], kind, st.line, fast["name"], fast["where"],
                                   fast["where_columns"]))
    elif fast["type"] == "foreign":
        table.foreign_keys.append(ForeignKey(fast["columns"], fast["ref_table"], fast["ref_columns"], st.line, fast["name"]))
    else:
        primary = fast["type"] == "primary"
        table.indexes.append(Index(fast["columns"], True, "primary" if primary else "unique", st.line, fast["name"]))
        if primary:
            for c in fast["columns"]:
                if c in table.columns:
                    table.columns[c].nullable = False
                    table.columns[c].primary_key = True


def _inherit_columns(schema: Schema) -> None:
    from dataclasses import replace

    for table in schema.tables.values():
        for parent_name in table.inherits:
            parent = schema.tables.get(parent_name)
            if parent is None:
                continue
            inherited = {
                name: replace(col, inherited=True, line=table.line, primary_key=False, unique=False)
                for name, col in parent.columns.items()
                if name not in table.columns
            }
            table.columns = {**inherited, **table.columns}


_ALTER_MODELLED = re.compile(r"\b(add|alter\s+column|drop\s+constraint|drop\s+column)\b", re.I)
_CONSTRAINT_WORDS = "CONSTRAINT|PRIMARY|NOT|NULL|UNIQUE|CHECK|DEFAULT|COLLATE|REFERENCES|GENERATED|AS|AUTO_INCREMENT|AUTOINCREMENT"
_MULTIWORD_TYPE = re.compile(
    rf"(?:^|(?<=[(,]))(\s*(?!(?:CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK|KEY|INDEX)\b)[\"`]?\w+[\"`]?\s+)([A-Za-z_]\w*)((?:\s+(?!(?:{_CONSTRAINT_WORDS})\b)[A-Za-z_]\w*)+)(?=\s*(?:\(|,|$|{_CONSTRAINT_WORDS}))",
    re.I | re.M,
)


def _retry_relaxed(sql: str, dialect: str) -> Any:
    """SQLite accepts any run of words as a type name ("BLOB SUB_TYPE TEXT"); keep the first."""
    import sqlglot

    cut = sql.find("(") + 1
    if cut <= 0:
        return None
    relaxed = sql[:cut] + _MULTIWORD_TYPE.sub(lambda m: m.group(1) + m.group(2), sql[cut:])
    if relaxed == sql:
        return None
    try:
        node = sqlglot.parse_one(relaxed, read=dialect)
    except Exception:
        return None
    return None if isinstance(node, sqlglot.exp.Command) else node


def _first_line(message: str) -> str:
    message = re.sub(r"\x1b\[[0-9;]*m", "", message)
    return message.strip().splitlines()[0][:200] if message.strip() else "syntax error"


def _apply(schema: Schema, node: Any, st: Statement) -> None:
    from sqlglot import exp

    if isinstance(node, exp.Create):
        kind = (node.args.get("kind") or "").upper()
        if kind == "TABLE":
            if not isinstance(node.this, exp.Schema):
                if isinstance(node.this, exp.Table):  # CREATE TABLE ... AS SELECT / LIKE
                    table = Table(_name(node.this), st.line)
                    schema.tables.setdefault(table.name, table)
                return
            _create_table(schema, node, st)
        elif kind == "INDEX":
            _create_index(schema, node, st)
        elif kind == "TYPE":
            dt = node.args.get("expression")
            if isinstance(dt, exp.DataType) and dt.this == exp.DataType.Type.ENUM:
                values = [e.name for e in dt.expressions]
                schema.enum_types[_name(node.this)] = values
        return
    if isinstance(node, exp.Alter):
        _alter_table(schema, node, st)
        return
    schema.unparsed.append((st.line, st.head(4), "not understood as DDL"))


def _column(node: Any, line: int, dialect: str, written: str | None = None) -> tuple[Column, list[Any]]:
    from sqlglot import exp

    kind = node.args.get("kind")
    if isinstance(kind, exp.DataType):
        type_name = kind.this.name if hasattr(kind.this, "name") else str(kind.this)
        type_sql = written or (kind.sql() if dialect == "sqlite" else kind.sql(dialect))
    else:
        type_name, type_sql = "UNKNOWN", ""
    col = Column(name=_name(node.this), type_name=type_name.upper(), type_sql=type_sql, nullable=True, line=line)
    if written:
        col.type_sql = written
    col.raw_name = _raw(node.this)
    if col.type_name == "USERDEFINED":
        col.user_type = type_sql.strip('"').split(".")[-1].lower()
    if col.type_name == "ENUM" and isinstance(kind, exp.DataType):
        col.enum_values = [e.name for e in kind.expressions]
    extra: list[Any] = []
    for cc in node.constraints:
        c = cc.args.get("kind")
        if isinstance(c, exp.NotNullColumnConstraint):
            col.nullable = bool(c.args.get("allow_null"))
        elif isinstance(c, exp.PrimaryKeyColumnConstraint):
            col.primary_key, col.nullable = True, False
        elif isinstance(c, exp.UniqueColumnConstraint):
            col.unique = True
        elif isinstance(c, exp.CheckColumnConstraint):
            col.check = True
        elif isinstance(c, exp.DefaultColumnConstraint):
            col.has_default = not isinstance(c.this, exp.Null)
            col.default_sql = c.this.sql(dialect) if c.this is not None else None
            if col.default_sql and "nextval(" in col.default_sql.lower():
                col.identity = True
        elif isinstance(c, (exp.AutoIncrementColumnConstraint, exp.GeneratedAsIdentityColumnConstraint)):
            col.identity = True
        elif isinstance(c, exp.Reference):
            extra.append(c)
    if col.type_name in ("SERIAL", "BIGSERIAL", "SMALLSERIAL"):
        col.identity = True
    return col, extra


def _reference(ref: Any) -> tuple[str, tuple[str, ...]]:
    from sqlglot import exp

    target = ref.this
    if isinstance(target, exp.Schema):
        return _name(target.this), _ident_list(target.expressions)
    return _name(target), ()


def _create_table(schema: Schema, node: Any, st: Statement) -> None:
    from sqlglot import exp

    body = node.this
    table = Table(_name(body.this), st.line, raw_name=_raw(body.this))
    table.temporary = bool(re.match(r"create\s+(global\s+|local\s+)?temp", st.head(4)))
    lines = _line_finder(st)
    for item in body.expressions:
        if isinstance(item, exp.ColumnDef):
            col, refs = _column(item, lines(_name(item.this)), schema.dialect, _written_type(st.text, _name(item.this)))
            table.columns[col.name] = col
            if col.primary_key:
                table.indexes.append(Index((col.name,), True, "primary", col.line))
            if col.unique:
                table.indexes.append(Index((col.name,), True, "unique", col.line))
            for ref in refs:
                rt, rc = _reference(ref)
                table.foreign_keys.append(ForeignKey((col.name,), rt, rc, col.line))
        else:
            _table_constraint(table, item, lines, schema.dialect)
    props = node.args.get("properties")
    for prop in props.expressions if props is not None else []:
        if isinstance(prop, exp.PartitionedByProperty):
            table.partition_by = prop.this.sql(schema.dialect) if prop.this is not None else "partitioned"
        elif isinstance(prop, exp.InheritsProperty):
            table.inherits = [_name(t) for t in prop.expressions]
        elif isinstance(prop, exp.EngineProperty):
            table.engine = prop.this.name if prop.this is not None else None
        elif isinstance(prop, exp.CharacterSetProperty):
            table.charset = prop.this.name if prop.this is not None else None
    if table.partition_by is None and re.search(r"\)\s*partition\s+by\b", st.text, re.I):
        table.partition_by = "partitioned"
    schema.tables[table.name] = table


_TYPE_END = re.compile(
    r"\s+(?:not\b|null\b|default\b|primary\b|unique\b|check\b|references\b|constraint\b|collate\b|generated\b|"
    r"auto_increment\b|autoincrement\b|on\s+update\b|comment\b|character\s+set\b|binary\b)|\s*,|\s*$|\s*\)\s*$",
    re.I,
)


def _written_type(text: str, name: str) -> str | None:
    """The column's type as the user wrote it ("timestamp without time zone", "DOUBLE PRECISION")."""
    m = re.search(r"(?:^|[\s(,])[`\"]?" + re.escape(name) + r"[`\"]?\s+(?!constraint\b)([A-Za-z_][^\n]*)", text, re.I | re.M)
    if not m:
        return None
    rest = m.group(1)
    depth, cut = 0, len(rest)
    for i, ch in enumerate(rest):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                cut = i
                break
            depth -= 1
        elif depth == 0:
            end = _TYPE_END.match(rest, i)
            if end and (i == 0 or rest[i].isspace() or rest[i] == ","):
                cut = i
                break
    written = rest[:cut].strip()
    return written or None


def _line_finder(st: Statement) -> Callable[[str], int]:
    """The line inside a statement where a column or constraint name first appears."""
    text_lines = st.text.splitlines()

    def find(name: str) -> int:
        if not name:
            return st.line
        rx = re.compile(r"(^|[\s(,`\"])" + re.escape(name) + r"([\s`\",)]|$)", re.I)
        for offset, ln in enumerate(text_lines):
            if offset and rx.search(ln):
                return st.line + offset
        return st.line

    return find


def _table_constraint(table: Table, item: Any, lines: Any, dialect: str) -> None:
    from sqlglot import exp

    name = None
    parts = [item]
    if isinstance(item, exp.Constraint):
        name = _name(item.this)
        parts = list(item.expressions)
    for part in parts:
        line = lines(name) if name else table.line
        if isinstance(part, exp.PrimaryKey):
            cols = _ident_list(part.expressions)
            table.indexes.append(Index(cols, True, "primary", line if name else lines(cols[0] if cols else ""), name))
            for c in cols:
                if c in table.columns:
                    table.columns[c].nullable = False
                    table.columns[c].primary_key = True
        elif isinstance(part, exp.ForeignKey):
            ref = part.args.get("reference")
            rt, rc = _reference(ref) if ref is not None else ("", ())
            cols = _ident_list(part.expressions)
            table.foreign_keys.append(ForeignKey(cols, rt, rc, line if name else _fk_line(lines, cols), name))
        elif isinstance(part, exp.UniqueColumnConstraint):
            target = part.this
            cols = _ident_list(target.expressions) if isinstance(target, exp.Schema) else ()
            if cols:
                table.indexes.append(Index(cols, True, "unique", line, name))
        elif isinstance(part, exp.IndexColumnConstraint):
            cols = _ident_list(part.expressions)
            kind = (part.args.get("kind") or "").upper()
            if cols and kind not in ("FULLTEXT", "SPATIAL"):
                table.indexes.append(Index(cols, False, "index", lines(_name(part.this)) if part.this else line, _name(part.this) or None))
        elif isinstance(part, exp.CheckColumnConstraint):
            cond = part.this
            names = frozenset(_name(c) for c in cond.find_all(exp.Column)) if cond is not None else frozenset()
            table.checks.append((cond.sql(dialect) if cond is not None else "", names))


def _fk_line(lines: Any, cols: tuple[str, ...]) -> int:
    return int(lines(cols[0])) if cols else 0


def _create_index(schema: Schema, node: Any, st: Statement) -> None:
    from sqlglot import exp

    index = node.this
    table_name = _name(index.args.get("table"))
    params = index.args.get("params")
    cols = _ident_list(params.args.get("columns") or []) if params is not None else ()
    where = params.args.get("where") if params is not None else None
    where_sql = where.this.sql(schema.dialect) if where is not None else None
    where_cols = frozenset(_name(c) for c in where.find_all(exp.Column)) if where is not None else frozenset()
    unique = bool(node.args.get("unique"))
    ix = Index(cols, unique, "unique" if unique else "index", st.line, _name(index.this) or None, where_sql, where_cols)
    table = schema.tables.get(table_name)
    if table is None:
        table = schema.tables.setdefault(table_name, Table(table_name, st.line))
    table.indexes.append(ix)


def _alter_table(schema: Schema, node: Any, st: Statement) -> None:
    from sqlglot import exp

    name = _name(node.this)
    table = schema.tables.get(name)
    if table is None:
        table = schema.tables.setdefault(name, Table(name, st.line))
    lines = _line_finder(st)
    for action in node.args.get("actions") or []:
        if isinstance(action, exp.AddConstraint):
            for item in action.expressions:
                before = len(table.indexes), len(table.foreign_keys)
                _table_constraint(table, item, lines, schema.dialect)
                for ix in table.indexes[before[0] :]:
                    ix.line = st.line
                for fk in table.foreign_keys[before[1] :]:
                    fk.line = st.line
        elif isinstance(action, exp.ColumnDef):
            col, refs = _column(action, st.line, schema.dialect, _written_type(st.text, _name(action.this)))
            table.columns[col.name] = col
            if col.primary_key:
                table.indexes.append(Index((col.name,), True, "primary", st.line))
            if col.unique:
                table.indexes.append(Index((col.name,), True, "unique", st.line))
            for ref in refs:
                rt, rc = _reference(ref)
                table.foreign_keys.append(ForeignKey((col.name,), rt, rc, st.line))
        elif isinstance(action, exp.AlterColumn):
            col_name = _name(action.this)
            allow = action.args.get("allow_null")
            if col_name in table.columns and allow is not None:
                table.columns[col_name].nullable = bool(allow)
