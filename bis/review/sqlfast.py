"""Reading the simplest, most frequent DDL statements without sqlglot.

A pg_dump or a long migration history is mostly one-line `CREATE INDEX` and
`ALTER TABLE ... ADD CONSTRAINT` statements. Those with plain column lists
are read here with one regular expression each (about 50x faster than a full
parse); anything else (expression indexes, unusual options) returns None and
goes to sqlglot as before, so the fast path never changes a result.
"""

from __future__ import annotations

import re
from typing import Any

_IDENT = r'(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[A-Za-z_][\w$]*)'
_QUAL = rf"{_IDENT}(?:\s*\.\s*{_IDENT}){{0,2}}"
_COL = rf"{_IDENT}(?:\s+(?:ASC|DESC))?(?:\s+NULLS\s+(?:FIRST|LAST))?"
_COLS = rf"\(\s*({_COL}(?:\s*,\s*{_COL})*)\s*\)"
_INDEX = re.compile(
    rf"^CREATE\s+(UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:({_IDENT})\s+)?"
    rf"ON\s+(?:ONLY\s+)?({_QUAL})\s*(?:USING\s+(\w+)\s*)?{_COLS}\s*"
    rf"(?:INCLUDE\s*\([^()]*\)\s*)?(?:WITH\s*\([^()]*\)\s*)?(?:TABLESPACE\s+{_IDENT}\s*)?"
    r"(?:WHERE\s+(.+?))?\s*;?\s*$",
    re.I | re.S,
)
_ALTER = re.compile(
    rf"^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?({_QUAL})\s+ADD\s+(?:CONSTRAINT\s+({_IDENT})\s+)?"
    rf"(PRIMARY\s+KEY|UNIQUE|FOREIGN\s+KEY)\s*{_COLS}"
    rf"(?:\s*REFERENCES\s+({_QUAL})\s*(?:{_COLS})?)?(.*?)\s*;?\s*$",
    re.I | re.S,
)
_CHECK = re.compile(
    rf"^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?({_QUAL})\s+ADD\s+(?:CONSTRAINT\s+({_IDENT})\s+)?"
    r"CHECK\s*\((.*)\)\s*(?:NOT\s+VALID\s*)?;?\s*$",
    re.I | re.S,
)
_FK_TAIL = re.compile(
    r"^(?:\s*(?:ON\s+(?:DELETE|UPDATE)\s+(?:CASCADE|RESTRICT|NO\s+ACTION|SET\s+NULL|SET\s+DEFAULT)|NOT\s+VALID|"
    r"(?:NOT\s+)?DEFERRABLE|INITIALLY\s+(?:DEFERRED|IMMEDIATE)|MATCH\s+(?:FULL|SIMPLE|PARTIAL)))*\s*$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z_][\w$]*")
_NOT_COLUMNS = {"is", "not", "null", "and", "or", "true", "false", "in", "like", "ilike", "between", "now", "current_timestamp",
                "current_date", "interval", "any", "all", "exists"}


_IDENT_RX = re.compile(_IDENT)


def _name(raw: str) -> str:
    """The last part of a possibly qualified, possibly quoted name, as sqlschema spells names."""
    parts = _IDENT_RX.findall(raw)
    return (parts[-1] if parts else raw).strip('"`[]').lower()


def _cols(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    out = []
    for part in raw.split(","):
        part = re.sub(r"\s+(ASC|DESC)\b|\s+NULLS\s+(FIRST|LAST)\b", "", part.strip(), flags=re.I)
        out.append(part.strip().strip('"`[]').lower())
    return tuple(out)


def read_fast(text: str) -> dict[str, Any] | None:
    """A simple CREATE INDEX / ALTER TABLE ADD CONSTRAINT (key or CHECK) as a dict, or None for sqlglot."""
    head = text.lstrip()[:12].upper()
    if head.startswith("CREATE"):
        m = _INDEX.match(text.strip())
        if not m:
            return None
        where = m.group(6)
        where_cols: frozenset[str] = frozenset()
        if where is not None:
            bare = re.sub(r"'(?:[^']|'')*'", "", where)
            where_cols = frozenset(w.lower() for w in _WORD.findall(bare) if w.lower() not in _NOT_COLUMNS)
        return {"kind": "index", "table": _name(m.group(3)), "name": _name(m.group(2)) if m.group(2) else None,
                "unique": bool(m.group(1)), "columns": _cols(m.group(5)), "where": where.strip() if where else None,
                "where_columns": where_cols}
    if head.startswith("ALTER"):
        c = _CHECK.match(text.strip())
        if c:
            bare = re.sub(r"'(?:[^']|'')*'", "", c.group(3))
            names = {w.lower() for w in re.findall(r"\b([A-Za-z_][\w$]*)\b(?!\s*\()", bare)} - _NOT_COLUMNS
            return {"kind": "check", "table": _name(c.group(1)), "name": _name(c.group(2)) if c.group(2) else None,
                    "sql": " ".join(c.group(3).split()), "columns": frozenset(names)}
        m = _ALTER.match(text.strip())
        if not m or not _FK_TAIL.match(m.group(7) or ""):
            return None
        kind = " ".join(m.group(3).lower().split())
        if kind == "foreign key" and not m.group(5):
            return None
        return {"kind": "constraint", "type": {"primary key": "primary", "unique": "unique", "foreign key": "foreign"}[kind],
                "table": _name(m.group(1)), "name": _name(m.group(2)) if m.group(2) else None, "columns": _cols(m.group(4)),
                "ref_table": _name(m.group(5)) if m.group(5) else None, "ref_columns": _cols(m.group(6))}
    return None
