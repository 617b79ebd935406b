"""Split a SQL script into statements, each with the line it starts on.

sqlglot parses one statement at a time here, so a statement it cannot read
(a trigger body, a procedure) costs only that statement, and every finding
can point at a line. The splitter knows comments, quoted strings and names,
PostgreSQL dollar quotes, MySQL `DELIMITER` blocks, and SQLite trigger bodies
(`BEGIN ... END;` with semicolons inside).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Statement:
    text: str
    line: int  # 1-based line of the statement's first token
    end_line: int

    def head(self, words: int = 6) -> str:
        return " ".join(_WORDS.findall(_strip_comments(self.text))[:words]).lower()


_WORDS = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/|#[^\n]*", re.S)
_STARTS_TRIGGER = re.compile(r"^\s*create\s+(temp\w*\s+)?trigger\b", re.I)


def _strip_comments(text: str) -> str:
    return _COMMENTS.sub(" ", text)


def _token_pattern(delimiter: str, dialect: str) -> re.Pattern[str]:
    parts = [
        r"(?P<line_comment>--[^\n]*)",
        r"(?P<block_comment>/\*)",
        r"(?P<squote>')",
        r'(?P<dquote>")',
        r"(?P<btick>`)",
        r"(?P<delimiter_cmd>(?im:^[ \t]*delimiter[ \t]+(?P<newdelim>\S+)[ \t]*$))",
        r"(?P<word>(?i:\b(?:begin|end|case)\b))",
        r"(?P<term>" + re.escape(delimiter) + ")",
    ]
    if dialect == "mysql":
        parts.insert(1, r"(?P<hash_comment>#[^\n]*)")
    else:
        parts.append(r"(?P<dollar>\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$)")
    return re.compile("|".join(parts))


def split_statements(text: str, dialect: str = "postgres") -> list[Statement]:
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line_of(pos: int) -> int:
        return bisect.bisect_right(newlines, pos - 1) + 1

    statements: list[Statement] = []
    delimiter = ";"
    pattern = _token_pattern(delimiter, dialect)
    backslash = dialect == "mysql"
    start = 0
    pos = 0
    depth = 0  # BEGIN/CASE ... END nesting inside a trigger body
    in_trigger: bool | None = None  # decided at the first BEGIN of a statement
    n = len(text)

    def emit(end: int) -> None:
        chunk = text[start:end]
        body = _strip_comments(chunk).strip()
        if body:
            first = start
            m = re.match(r"(\s*(--[^\n]*|/\*.*?\*/|#[^\n]*))*\s*", chunk, re.S)
            if m:
                first = start + m.end()
            statements.append(Statement(text[first:end].strip(), line_of(first), line_of(max(first, end - 1))))

    while pos < n:
        m = pattern.search(text, pos)
        if m is None:
            break
        kind = m.lastgroup
        if kind in ("line_comment", "hash_comment"):
            pos = m.end()
        elif kind == "block_comment":
            close = text.find("*/", m.end())
            pos = n if close < 0 else close + 2
        elif kind in ("squote", "dquote", "btick"):
            pos = _skip_quoted(text, m.end(), m.group(0), backslash and kind == "squote")
        elif kind == "dollar":
            tag = m.group(0)
            close = text.find(tag, m.end())
            pos = n if close < 0 else close + len(tag)
        elif kind == "delimiter_cmd":
            emit(m.start())
            delimiter = m.group("newdelim")
            pattern = _token_pattern(delimiter, dialect)
            start = pos = m.end()
            depth, in_trigger = 0, None
        elif kind == "word":
            word = m.group(0).lower()
            if delimiter == ";":
                if word in ("begin", "case"):
                    if in_trigger is None:
                        in_trigger = bool(_STARTS_TRIGGER.match(_strip_comments(text[start : m.start()])))
                    if in_trigger:
                        depth += 1
                elif word == "end" and depth:
                    depth -= 1
            pos = m.end()
        else:  # statement terminator
            if depth:
                pos = m.end()
                continue
            emit(m.start())
            start = pos = m.end()
            in_trigger = None
    emit(n)
    return statements


def _skip_quoted(text: str, pos: int, quote: str, backslash: bool) -> int:
    n = len(text)
    while pos < n:
        ch = text[pos]
        if backslash and ch == "\\":
            pos += 2
            continue
        if ch == quote:
            if pos + 1 < n and text[pos + 1] == quote:
                pos += 2
                continue
            return pos + 1
        pos += 1
    return n
