"""What was given: Python or other code, SQL DDL (and its dialect), OpenAPI, .proto, or prose.

Detection reads the content; a file name only breaks ties. Each kind has
strong signals (a `openapi: 3.0.0` key, `syntax = "proto3";`, `CREATE TABLE`),
and the reason is reported so the user can see why and override with --kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("python", "code", "sql", "openapi", "proto", "prose")
KIND_LABELS = {
    "python": "Python code",
    "code": "source code",
    "sql": "SQL schema",
    "openapi": "OpenAPI spec",
    "proto": "Protocol Buffers (.proto)",
    "prose": "written design",
}
DIALECTS = ("postgres", "mysql", "sqlite")
DIALECT_LABELS = {"postgres": "PostgreSQL", "mysql": "MySQL", "sqlite": "SQLite"}
DIALECT_ALIASES = {
    "postgres": "postgres",
    "postgresql": "postgres",
    "pg": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "sqlite3": "sqlite",
}
KIND_ALIASES = {
    "py": "python",
    "python": "python",
    "code": "code",
    "sql": "sql",
    "ddl": "sql",
    "schema": "sql",
    "openapi": "openapi",
    "swagger": "openapi",
    "oas": "openapi",
    "proto": "proto",
    "protobuf": "proto",
    "grpc": "proto",
    "prose": "prose",
    "design": "prose",
    "text": "prose",
    "md": "prose",
}


@dataclass(frozen=True)
class Detection:
    kind: str
    reason: str
    language: str | None = None  # for kind "code"
    version: str | None = None  # OpenAPI version or proto syntax


_OPENAPI_YAML = re.compile(r"""^["']?(openapi|swagger)["']?\s*:\s*["']?(\d+(?:\.\d+)*)""", re.M)
_OPENAPI_JSON = re.compile(r'"(openapi|swagger)"\s*:\s*"(\d+(?:\.\d+)*)')
_PROTO_SYNTAX = re.compile(r'^\s*(syntax|edition)\s*=\s*["\'](proto[23]|\d{4})["\']\s*;', re.M)
_PROTO_SHAPES = re.compile(
    r"^\s*(message\s+\w+\s*\{|service\s+\w+\s*\{|rpc\s+\w+\s*\(|enum\s+\w+\s*\{|package\s+[\w.]+\s*;)", re.M
)
_PROTO_FIELD = re.compile(r"^\s*(repeated\s+|optional\s+)?[\w.]+\s+\w+\s*=\s*\d+\s*[;\[]", re.M)
_SQL_DDL = re.compile(
    r"^\s*(create\s+(or\s+replace\s+)?(temporary\s+|temp\s+|unlogged\s+)?table|alter\s+table|"
    r"create\s+(unique\s+)?index|create\s+type|create\s+view|create\s+sequence|create\s+schema)\b",
    re.I | re.M,
)
_SQL_DML = re.compile(r"^\s*(select|insert\s+into|update\s+\w+\s+set|delete\s+from|with\s+\w+\s+as)\b", re.I | re.M)
_PY_SIGNS = re.compile(
    r"^(\s*(def|async\s+def|class)\s+\w+.*:\s*$|\s*(from\s+[\w.]+\s+)?import\s+[\w.]+|\s*if\s+__name__\s*==|"
    r"\s*@\w+|\s*(return|raise|yield|elif|except|with)\b.*)",
    re.M,
)
_LANGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("go", re.compile(r"^\s*(package\s+\w+\s*$|func\s+(\(\w+\s+\*?\w+\)\s*)?\w+\(|import\s+\(|\w+\s*:=)", re.M)),
    ("java", re.compile(r"^\s*(public|private|protected)\s+(static\s+)?(final\s+)?(class|interface|void|[\w<>\[\]]+\s+\w+\s*\()|^\s*import\s+java\.", re.M)),
    ("csharp", re.compile(r"^\s*using\s+System|^\s*namespace\s+[\w.]+|\bpublic\s+async\s+Task\b", re.M)),
    ("kotlin", re.compile(r"^\s*(fun\s+\w+\(|val\s+\w+\s*[:=]|data\s+class\s+)", re.M)),
    ("rust", re.compile(r"^\s*(pub\s+)?(fn\s+\w+|impl\b|struct\s+\w+|use\s+std::|let\s+mut\s+)", re.M)),
    ("typescript", re.compile(r"^\s*(export\s+)?(interface\s+\w+|type\s+\w+\s*=)|:\s*(string|number|boolean)\b[;,)=]", re.M)),
    ("javascript", re.compile(r"^\s*(const|let|var)\s+\w+\s*=|=>|^\s*(export\s+)?(async\s+)?function\s+\w+|require\(|module\.exports", re.M)),
    ("cpp", re.compile(r"^\s*#include\s*[<\"]|std::|^\s*template\s*<", re.M)),
    ("c", re.compile(r"^\s*#include\s*<(stdio|stdlib|string|pthread)\.h>|\bmalloc\(|\bprintf\(", re.M)),
    ("ruby", re.compile(r"^\s*(def\s+\w+[?!]?\s*(\(|$)|end\s*$|require\s+['\"]|puts\s)", re.M)),
    ("php", re.compile(r"<\?php|\$\w+\s*=|^\s*function\s+\w+\s*\(", re.M)),
    ("scala", re.compile(r"^\s*(object\s+\w+|case\s+class|def\s+\w+\s*\(.*\)\s*:\s*\w+\s*=)", re.M)),
    ("swift", re.compile(r"^\s*(import\s+(Foundation|UIKit)|func\s+\w+\(.*\)\s*(->|\{)|guard\s+let)", re.M)),
    ("shell", re.compile(r"^#!.*\b(ba|z)?sh\b|^\s*(fi|done|esac)\s*$", re.M)),
)
_EXTENSIONS = {
    ".py": "python",
    ".sql": "sql",
    ".proto": "proto",
    ".md": "prose",
    ".txt": "prose",
    ".rst": "prose",
}
_CODE_EXT = {
    ".go": "go", ".java": "java", ".cs": "csharp", ".kt": "kotlin", ".rs": "rust", ".ts": "typescript",
    ".js": "javascript", ".cpp": "cpp", ".cc": "cpp", ".hpp": "cpp", ".c": "c", ".h": "c", ".rb": "ruby",
    ".php": "php", ".scala": "scala", ".swift": "swift", ".sh": "shell",
}


def normalise_kind(value: str) -> str | None:
    return KIND_ALIASES.get(value.strip().lower())


def normalise_dialect(value: str) -> str | None:
    return DIALECT_ALIASES.get(value.strip().lower())


def _suffix(name: str | None) -> str:
    if not name or "." not in name.rsplit("/", 1)[-1]:
        return ""
    return "." + name.rsplit(".", 1)[-1].lower()


def _prose_share(text: str) -> float:
    """Share of non-blank lines that read like sentences (several words, little punctuation soup)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return 0.0
    prose = 0
    for ln in lines:
        words = re.findall(r"[A-Za-z][A-Za-z'-]+", ln)
        symbols = sum(ln.count(c) for c in "{}();=<>[]$`")
        if len(words) >= 5 and symbols <= 2:
            prose += 1
    return prose / len(lines)


def detect_kind(text: str, filename: str | None = None) -> Detection:
    head = text[:200_000]
    stripped = head.lstrip()
    m = _OPENAPI_JSON.search(head[:4000]) if stripped.startswith("{") else _OPENAPI_YAML.search(head)
    if m:
        word = m.group(1)
        return Detection("openapi", f"a top-level '{word}: {m.group(2)}' key", version=m.group(2))
    syntax = _PROTO_SYNTAX.search(head)
    if syntax:
        return Detection("proto", f"a '{syntax.group(1)} = \"{syntax.group(2)}\"' declaration", version=syntax.group(2))
    proto_shapes = len(_PROTO_SHAPES.findall(head))
    proto_fields = len(_PROTO_FIELD.findall(head))
    ddl = len(_SQL_DDL.findall(head))
    dml = len(_SQL_DML.findall(head))
    py = len(_PY_SIGNS.findall(head))
    prose = _prose_share(head)
    if proto_shapes >= 1 and proto_fields >= 1 and proto_shapes + proto_fields > ddl + py:
        return Detection("proto", f"{proto_shapes} message/service/enum declarations with numbered fields")
    suffix = _suffix(filename)
    if prose >= 0.6 and suffix not in (".py", ".sql", ".proto") and suffix not in _CODE_EXT:
        return Detection("prose", f"{prose:.0%} of the lines are sentences")
    python_reason = f"{py} lines of Python structure (def, class, import, ...)"
    if (py >= 2 or (py and suffix == ".py")) and _parses_as_python(text):
        return Detection("python", python_reason, language="python")  # DDL never parses as Python
    if ddl and ddl * 3 >= py:
        return Detection("sql", f"{ddl} DDL statement(s) (CREATE TABLE, CREATE INDEX, ...)")
    if py >= 4 or (py and suffix == ".py"):
        return Detection("python", python_reason + "; it does not parse", language="python")
    scores = sorted(((len(rx.findall(head)), lang) for lang, rx in _LANGS), reverse=True)
    best, lang = scores[0]
    if suffix in _CODE_EXT:
        lang = _CODE_EXT[suffix]
        return Detection("code", f"the {suffix} file name and its syntax", language=lang)
    if best >= 3 and prose < 0.5:
        return Detection("code", f"{best} lines that look like {lang}", language=lang)
    if dml >= 2:
        return Detection("sql", f"{dml} SQL statements (no DDL)")
    if suffix in _EXTENSIONS:
        kind = _EXTENSIONS[suffix]
        return Detection(kind, f"the {suffix} file name", language="python" if kind == "python" else None)
    if prose >= 0.25 or len(re.findall(r"[A-Za-z]{3,}", head)) >= 30:
        return Detection("prose", "mostly words and sentences")
    if best >= 1:
        return Detection("code", f"{best} line(s) that look like {lang}", language=lang)
    return Detection("prose", "no code, schema or spec structure found")


def _parses_as_python(text: str) -> bool:
    import ast

    try:
        ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


_DIALECT_SIGNS: dict[str, tuple[tuple[str, str], ...]] = {
    "postgres": (
        ("SERIAL", r"\b(big)?serial\b"), ("timestamptz", r"\btimestamptz\b"), ("'::' casts", r"::\w"),
        ("nextval()", r"\bnextval\("), ("identity columns", r"\bgenerated\s+(always|by\s+default)\s+as\s+identity"),
        ("dollar quoting", r"\$\$"), ("jsonb", r"\bjsonb\b"), ("CREATE TYPE ... AS ENUM", r"\bas\s+enum\b"),
        ("ALTER TABLE ONLY", r"\balter\s+table\s+only\b"), ("USING btree/gin/gist", r"\busing\s+(btree|gin|gist|brin|hash)\b"),
        ("OWNER TO", r"\bowner\s+to\b"), ("character varying", r"\bcharacter\s+varying\b"),
        ("with/without time zone", r"\bwith(out)?\s+time\s+zone\b"), ("CREATE EXTENSION", r"\bcreate\s+extension\b"),
        ("bytea", r"\bbytea\b"), ("INHERITS", r"\binherits\s*\("), ("plpgsql", r"\bplpgsql\b"),
        ("array types", r"\b(text|integer|int|bigint)\[\]"), ("CREATE DOMAIN", r"\bcreate\s+domain\b"),
    ),
    "mysql": (
        ("AUTO_INCREMENT", r"\bauto_increment\b"), ("ENGINE=", r"\bengine\s*="), ("backquoted names", r"`\w+`"),
        ("UNSIGNED", r"\bunsigned\b"), ("DEFAULT CHARSET", r"\bdefault\s+charset\b"), ("TINYINT", r"\btinyint\b"),
        ("DELIMITER", r"^\s*delimiter\b"), ("ON UPDATE CURRENT_TIMESTAMP", r"\bon\s+update\s+current_timestamp\b"),
        ("MEDIUMBLOB/MEDIUMTEXT/LONGTEXT", r"\b(mediumblob|mediumtext|longtext)\b"), ("COLLATE utf8", r"\bcollate\s*=?\s*utf8"),
        ("inline KEY definitions", r"^\s*(unique\s+)?key\s+\w*\s*\("), ("ENUM(...) columns", r"\benum\s*\("),
    ),
    "sqlite": (
        ("AUTOINCREMENT", r"\bautoincrement\b"), ("WITHOUT ROWID", r"\bwithout\s+rowid\b"), ("PRAGMA", r"\bpragma\b"),
        ("INTEGER PRIMARY KEY", r"\binteger\s+primary\s+key\b"), ("rowid", r"\browid\b"),
        ("DATETIME('now')", r"\bdatetime\(\s*'now'"), ("sqlite_ names", r"\bsqlite_\w+"), ("STRICT tables", r"\)\s*strict\s*;"),
    ),
}
_DIALECT_RX = {d: [(label, re.compile(p, re.I | re.M)) for label, p in pats] for d, pats in _DIALECT_SIGNS.items()}


def detect_dialect(text: str) -> tuple[str, str]:
    """(dialect, reason). PostgreSQL when nothing points elsewhere."""
    head = text[:400_000]
    scores = {}
    for dialect, patterns in _DIALECT_RX.items():
        hits = [label for label, p in patterns if p.search(head)]
        scores[dialect] = hits
    best = max(DIALECTS, key=lambda d: (len(scores[d]), d == "postgres"))
    if not scores[best]:
        return "postgres", "no dialect-specific syntax; reviewed as PostgreSQL (use --dialect to change)"
    signs = ", ".join(scores[best][:3])
    return best, f"{DIALECT_LABELS[best]} syntax ({signs})"
