"""Review of a Protocol Buffers / gRPC schema (.proto), parsed with proto-schema-parser.

Rules follow protoc's own errors (reused or duplicate numbers, proto3 enums
starting at a non-zero value), the Protobuf style guide and Buf's default
lint rules (versioned packages, `*_UNSPECIFIED = 0`, dedicated request and
response messages), and Google's API guidance (AIP-158 pagination with page
tokens, well-known types for time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bis.review.findings import Analysis, Rule

R = {
    r.id: r
    for r in (
        Rule("proto-syntax-error", "Syntax error", "error",
             "protoc will not compile this file, so no code can be generated from it.",
             "Fix the syntax at the line shown (a missing ';' or '}' is the usual cause)."),
        Rule("proto-no-syntax", "No syntax declaration", "warning",
             "Without `syntax = \"proto3\";` protoc assumes proto2 (and warns), so field presence and enum rules "
             "differ from what the author probably meant.",
             "Start the file with `syntax = \"proto3\";` (or an `edition`)."),
        Rule("proto-package-unversioned", "Package without a version", "warning",
             "gRPC service and message names include the package. Without a version suffix (`.v1`) a breaking "
             "change has nowhere to go but the same package, breaking every deployed client.",
             "Use a versioned package, e.g. `package acme.orders.v1;`, and put breaking changes in `.v2`."),
        Rule("proto-enum-zero", "Enum zero value", "warning",
             "In proto3 the zero value is what an unset field reads as. If zero means something real (ACTIVE), a "
             "client that never set the field, or an old client, is silently read as ACTIVE.",
             "Make the first value `<ENUM_NAME>_UNSPECIFIED = 0;` and never assign it a business meaning."),
        Rule("proto-enum-value-prefix", "Enum values without the enum's prefix", "info",
             "Enum values are scoped like C++ enums: they are siblings of the enum, so two enums in one package "
             "cannot both have `UNKNOWN`; prefixes avoid the clash.",
             "Prefix each value with the enum name in UPPER_SNAKE_CASE: `ORDER_STATUS_PAID`."),
        Rule("proto-enum-value-collision", "Enum value name used twice in one scope", "error",
             "protoc rejects two enums in the same scope that define the same value name (values are siblings of "
             "the enum, not children).",
             "Prefix the values with their enum's name."),
        Rule("proto-field-gap", "Gap in field numbers without `reserved`", "warning",
             "A missing number usually means a removed field. If it is reused later, old binaries and stored "
             "messages decode the old field's bytes as the new field: silent data corruption.",
             "Reserve the removed number and name: `reserved 4; reserved \"old_name\";`."),
        Rule("proto-reserved-reuse", "Reserved number or name reused", "error",
             "A reserved number or name marks a removed field that must never come back; protoc rejects the reuse "
             "because old data would be misread.",
             "Give the field a new number (and name) that is not reserved."),
        Rule("proto-reserved-no-name", "Reserved numbers without reserved names", "info",
             "The JSON and text formats use field names; a removed field's name can be reused with a new meaning "
             "unless it is reserved too.",
             "Add `reserved \"old_field_name\";` next to the reserved numbers."),
        Rule("proto-duplicate-number", "Field number used twice", "error",
             "protoc rejects a message where two fields share a number (the wire format identifies fields by number).",
             "Give every field a unique number."),
        Rule("proto-field-number-range", "Invalid field number", "error",
             "Field numbers must be 1..536,870,911 and may not use 19000-19999 (reserved for the protobuf "
             "implementation); protoc rejects them.",
             "Use another number; 1-15 take one byte on the wire, keep them for frequent fields."),
        Rule("proto-rpc-bare-types", "RPC takes or returns a bare or shared type", "warning",
             "With google.protobuf.Empty, a wrapper or another RPC's message as the request or response, adding a "
             "field later means changing the RPC's signature, a breaking change.",
             "Give each RPC its own `<Rpc>Request` and `<Rpc>Response` messages (a standard Get/Create/Update may "
             "return the resource)."),
        Rule("proto-rpc-request-name", "Request message not named for its RPC", "info",
             "A request message shared between RPCs, or named after the domain object, couples RPCs: a field added "
             "for one appears in the other.",
             "Use a dedicated `<Rpc>Request` message."),
        Rule("proto-list-no-pagination", "List RPC without page tokens", "warning",
             "An unpaginated List returns everything in one message: it grows past gRPC's 4 MB default message size "
             "limit and the client's memory as data grows.",
             "Add `int32 page_size` and `string page_token` to the request and `string next_page_token` to the "
             "response (AIP-158)."),
        Rule("proto-streaming-single", "Streaming RPC for a single resource", "warning",
             "Streams need flow control, deadlines and reconnection handling; for a call that returns one resource "
             "they add that cost and make retries and load balancing (a long-lived stream stays on one backend) harder.",
             "Make it unary; keep streaming for long or unbounded sequences (feeds, uploads, watches)."),
        Rule("proto-naming", "Naming convention", "warning",
             "The style guide's conventions drive generated code and the JSON mapping: a camelCase field becomes "
             "awkward in every language and its JSON name no longer matches.",
             "Messages, enums, services and RPCs in PascalCase; fields in lower_snake_case; enum values in "
             "UPPER_SNAKE_CASE."),
        Rule("proto-required", "proto2 `required` field", "warning",
             "`required` is forever: a field can never be removed or made optional without breaking old readers, "
             "which reject messages without it. proto3 removed it for this reason.",
             "Make it optional and validate in application code."),
        Rule("proto-money-float", "Money in a float/double field", "error",
             "float and double are binary floating point: amounts drift by fractions of a cent and totals disagree.",
             "Use google.type.Money, or int64 units of the smallest currency unit (cents) plus a currency code."),
        Rule("proto-time-as-scalar", "Time or duration as a bare number or string", "info",
             "An integer or string time carries its unit and zone only in a comment; readers guess seconds vs "
             "milliseconds and local vs UTC.",
             "Use google.protobuf.Timestamp for instants and google.protobuf.Duration for spans."),
    )
}

SCALARS = {"double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64",
           "sfixed32", "sfixed64", "bool", "string", "bytes"}
BARE = {"google.protobuf.Empty", "Empty", "google.protobuf.Any"} | {
    f"google.protobuf.{w}Value" for w in ("String", "Int32", "Int64", "UInt32", "UInt64", "Bool", "Bytes", "Double", "Float")}
MONEY = {"amount", "price", "cost", "total", "balance", "fee", "salary", "payment", "charge", "refund", "tax", "subtotal"}
_VERSION = re.compile(r"v\d+((alpha|beta)\d*)?(p\d+(alpha|beta)\d*)?$")
_SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*$")
_UPPER = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
MAX_FIELD = 536_870_911


@dataclass
class _Msg:
    name: str
    full: str
    node: Any
    line: int
    fields: list[Any] = field(default_factory=list)


def _parse(text: str) -> tuple[Any, list[tuple[int, int, str]]]:
    from antlr4.error.ErrorListener import ErrorListener
    from proto_schema_parser.parser import Parser

    errors: list[tuple[int, int, str]] = []

    class Collect(ErrorListener):
        def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802, N803
            errors.append((line, column, msg))

    def setup(obj: Any) -> None:
        obj.removeErrorListeners()
        obj.addErrorListener(Collect())

    try:
        tree = Parser(setup_lexer=setup, setup_parser=setup).parse(text)
    except Exception as exc:  # the AST builder can fail on input ANTLR only partly recovered
        errors.append((1, 0, f"could not be parsed ({type(exc).__name__})"))
        tree = None
    return tree, errors


class _Lines:
    """Finds the line of a declaration; the parser's AST has no positions."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def find(self, pattern: str, start: int = 1) -> int:
        rx = re.compile(pattern)
        for i in range(max(0, start - 1), len(self.lines)):
            if rx.search(self.lines[i]):
                return i + 1
        return start


def _ranges(items: list[str]) -> list[tuple[int, int]]:
    out = []
    for raw in items:
        m = re.fullmatch(r"\s*(\d+)\s*(?:to\s*(\d+|max))?\s*", str(raw))
        if m:
            lo = int(m.group(1))
            hi = MAX_FIELD if m.group(2) == "max" else int(m.group(2) or lo)
            out.append((lo, hi))
    return out


def review_proto(text: str) -> Analysis:
    out = Analysis()
    tree, errors = _parse(text)
    for line, col, text_msg in errors[:10]:
        out.add(R["proto-syntax-error"].at(f"{text_msg} (column {col + 1})", line=line))
    if tree is None:
        return out
    lines = _Lines(text)
    from proto_schema_parser import ast

    elements = list(tree.file_elements)
    package = next((e.name for e in elements if isinstance(e, ast.Package)), None)
    syntax = tree.syntax or (f"edition {tree.edition}" if tree.edition else None)
    proto3 = tree.syntax == "proto3" or bool(tree.edition)
    if not syntax:
        out.add(R["proto-no-syntax"].at("no `syntax` or `edition` line: protoc assumes proto2", line=1))
    if package is None:
        out.add(R["proto-package-unversioned"].at("no `package` declaration", line=1,
                                                 why="Without a package every message and service lives in the global "
                                                     "namespace and collides with other files; there is also no version."))
    elif not _VERSION.match(package.split(".")[-1]):
        out.add(R["proto-package-unversioned"].at(f"package `{package}` has no version suffix", line=lines.find(r"^\s*package\b")))
    messages: dict[str, _Msg] = {}
    enums: list[tuple[str, Any, int]] = []
    _collect(elements, "", lines, messages, enums, 1)
    for msg in messages.values():
        _check_message(out, msg, lines, proto3)
    scopes: dict[str, list[tuple[str, str, int]]] = {}
    for scope, enum, line in enums:
        _check_enum(out, scope, enum, line, lines, proto3, scopes)
    for scope_values in scopes.values():
        seen: dict[str, str] = {}
        for value, enum_name, line in scope_values:
            if value in seen and seen[value] != enum_name:
                out.add(R["proto-enum-value-collision"].at(f"`{value}` is in both {seen[value]} and {enum_name}", line=line, path=enum_name))
            seen.setdefault(value, enum_name)
    services = [e for e in elements if isinstance(e, ast.Service)]
    _check_services(out, services, messages, lines)
    out.stats = {"syntax": syntax or "proto2 (default)", "package": package, "messages": len(messages),
                 "enums": len(enums), "services": len(services),
                 "rpcs": sum(1 for s in services for m in s.elements if isinstance(m, ast.Method))}
    _credits(out, messages, enums, services)
    return out


def _collect(elements: list[Any], scope: str, lines: _Lines, messages: dict[str, _Msg], enums: list[Any], start: int) -> None:
    from proto_schema_parser import ast

    for el in elements:
        if isinstance(el, ast.Message):
            line = lines.find(rf"\bmessage\s+{re.escape(el.name)}\b", start)
            full = f"{scope}.{el.name}" if scope else el.name
            msg = _Msg(el.name, full, el, line)
            messages[full] = msg
            _collect(list(el.elements), full, lines, messages, enums, line)
        elif isinstance(el, ast.Enum):
            enums.append((scope, el, lines.find(rf"\benum\s+{re.escape(el.name)}\b", start)))


def _fields(msg: _Msg) -> list[Any]:
    from proto_schema_parser import ast

    out = []
    for el in msg.node.elements:
        if isinstance(el, (ast.Field, ast.MapField, ast.Group)):
            out.append(el)
        elif isinstance(el, ast.OneOf):
            out.extend(e for e in el.elements if isinstance(e, (ast.Field, ast.Group)))
    return out


def _check_message(out: Analysis, msg: _Msg, lines: _Lines, proto3: bool) -> None:
    from proto_schema_parser import ast

    fields = _fields(msg)
    msg.fields = fields
    reserved = [el for el in msg.node.elements if isinstance(el, ast.Reserved)]
    ranges = _ranges([r for el in reserved for r in el.ranges])
    names = {n.strip("\"'") for el in reserved for n in el.names}
    if not _PASCAL.match(msg.name):
        out.add(R["proto-naming"].at(f"message `{msg.name}` is not PascalCase", line=msg.line, path=msg.full))
    numbers: dict[int, str] = {}
    for f in fields:
        line = lines.find(rf"\b{re.escape(f.name)}\s*=\s*{f.number}\b", msg.line)
        loc: dict[str, Any] = {"line": line, "path": f"{msg.full}.{f.name}"}
        if f.number in numbers:
            out.add(R["proto-duplicate-number"].at(f"{msg.full}: {f.name} and {numbers[f.number]} both use {f.number}", **loc))
        numbers.setdefault(f.number, f.name)
        if f.number < 1 or f.number > MAX_FIELD or 19000 <= f.number <= 19999:
            out.add(R["proto-field-number-range"].at(f"{msg.full}.{f.name} = {f.number}", **loc))
        if any(lo <= f.number <= hi for lo, hi in ranges) or f.name in names:
            what = f"number {f.number}" if any(lo <= f.number <= hi for lo, hi in ranges) else f"name `{f.name}`"
            out.add(R["proto-reserved-reuse"].at(f"{msg.full}.{f.name} uses reserved {what}", **loc))
        if not _SNAKE.match(f.name):
            out.add(R["proto-naming"].at(f"field `{msg.full}.{f.name}` is not lower_snake_case", **loc))
        ftype = getattr(f, "type", "") or ""
        label = getattr(f, "cardinality", None)
        if label is not None and str(getattr(label, "value", label)).upper() == "REQUIRED":
            out.add(R["proto-required"].at(f"{msg.full}.{f.name} is required", **loc))
        toks = set(f.name.lower().split("_"))
        if ftype in ("float", "double") and toks & MONEY and not toks & {"rate", "ratio", "percent", "count"}:
            out.add(R["proto-money-float"].at(f"{msg.full}.{f.name} is {ftype}", **loc))
        if ftype in ("int32", "int64", "uint32", "uint64", "string", "fixed64", "sint64") and _is_time_name(f.name):
            out.add(R["proto-time-as-scalar"].at(f"{msg.full}.{f.name} is {ftype}", **loc))
    used = sorted(numbers)
    if used:
        missing = [n for n in range(1, used[-1]) if n not in numbers and not any(lo <= n <= hi for lo, hi in ranges)
                   and not 19000 <= n <= 19999]
        for lo, hi in _runs(missing):
            span = f"{lo}" if lo == hi else f"{lo}-{hi}"
            size = hi - lo + 1
            out.add(R["proto-field-gap"].at(
                f"{msg.full}: field number{'s' if size > 1 else ''} {span} {'are' if size > 1 else 'is'} unused and not reserved",
                line=msg.line, path=msg.full, severity="warning" if size <= 3 else "info"))
    if ranges and not names:
        out.add(R["proto-reserved-no-name"].at(f"{msg.full} reserves numbers but no names", line=msg.line, path=msg.full))


def _is_time_name(name: str) -> bool:
    n = name.lower()
    if any(w in n for w in ("timeout", "ttl", "zone", "timezone", "format")):
        return False
    return bool(re.search(r"(_at|_time|_timestamp|_date|^timestamp|^time|elapsed.*|_duration|_seconds|_ms|_millis)$", n))


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _check_enum(out: Analysis, scope: str, enum: Any, line: int, lines: _Lines, proto3: bool,
                scopes: dict[str, list[tuple[str, str, int]]]) -> None:
    from proto_schema_parser import ast

    full = f"{scope}.{enum.name}" if scope else enum.name
    values = [v for v in enum.elements if isinstance(v, ast.EnumValue)]
    if not _PASCAL.match(enum.name):
        out.add(R["proto-naming"].at(f"enum `{enum.name}` is not PascalCase", line=line, path=full))
    if not values:
        return
    prefix = re.sub(r"(?<!^)(?=[A-Z])", "_", enum.name).upper() + "_"
    first = values[0]
    first_line = lines.find(rf"\b{re.escape(first.name)}\s*=", line)
    if proto3 and first.number != 0:
        out.add(R["proto-enum-zero"].at(f"{full}: the first value {first.name} = {first.number}; proto3 requires 0",
                                        line=first_line, path=full, severity="error",
                                        why="protoc rejects a proto3 enum whose first value is not zero: zero is the "
                                            "default every unset field reads as."))
    elif proto3 and not re.search(r"_?(UNSPECIFIED|UNKNOWN)$", first.name):
        out.add(R["proto-enum-zero"].at(f"{full}: {first.name} = 0 is the default for unset fields", line=first_line, path=full))
    unprefixed = [v.name for v in values if not v.name.startswith(prefix)]
    if unprefixed:
        out.add(R["proto-enum-value-prefix"].at(f"{full}: {', '.join(unprefixed[:3])} lack the prefix {prefix}", line=line, path=full))
    for v in values:
        if not _UPPER.match(v.name):
            out.add(R["proto-naming"].at(f"enum value `{v.name}` is not UPPER_SNAKE_CASE",
                                         line=lines.find(rf"\b{re.escape(v.name)}\s*=", line), path=full))
        scopes.setdefault(scope, []).append((v.name, full, line))
    reserved = [r for el in enum.elements if isinstance(el, ast.EnumReserved) for r in el.ranges]
    names = {n.strip("\"'") for el in enum.elements if isinstance(el, ast.EnumReserved) for n in el.names}
    rng = _ranges(reserved)
    for v in values:
        if any(lo <= v.number <= hi for lo, hi in rng) or v.name in names:
            out.add(R["proto-reserved-reuse"].at(f"{full}.{v.name} = {v.number} is reserved",
                                                 line=lines.find(rf"\b{re.escape(v.name)}\s*=", line), path=full))


def _lookup(name: str, messages: dict[str, _Msg]) -> _Msg | None:
    name = name.lstrip(".")
    if name in messages:
        return messages[name]
    short = name.split(".")[-1]
    return next((m for m in messages.values() if m.name == short), None)


def _check_services(out: Analysis, services: list[Any], messages: dict[str, _Msg], lines: _Lines) -> None:
    from proto_schema_parser import ast

    methods = [(s, m) for s in services for m in s.elements if isinstance(m, ast.Method)]
    requests: dict[str, list[str]] = {}
    for _, m in methods:
        requests.setdefault(m.input_type.type.lstrip("."), []).append(m.name)
    for service in services:
        line = lines.find(rf"\bservice\s+{re.escape(service.name)}\b")
        if not _PASCAL.match(service.name):
            out.add(R["proto-naming"].at(f"service `{service.name}` is not PascalCase", line=line, path=service.name))
    for service, m in methods:
        line = lines.find(rf"\brpc\s+{re.escape(m.name)}\b")
        loc: dict[str, Any] = {"line": line, "path": f"{service.name}.{m.name}"}
        req, resp = m.input_type.type.lstrip("."), m.output_type.type.lstrip(".")
        if not _PASCAL.match(m.name):
            out.add(R["proto-naming"].at(f"rpc `{m.name}` is not PascalCase", **loc))
        for role, typ in (("takes", req), ("returns", resp)):
            if typ in BARE or typ.split(".")[-1] in SCALARS:
                out.add(R["proto-rpc-bare-types"].at(f"{m.name} {role} {typ}", **loc))
        short_req, short_resp = req.split(".")[-1], resp.split(".")[-1]
        if req not in BARE and short_req != f"{m.name}Request":
            shared = len(requests.get(req, [])) > 1 or short_req == short_resp
            if shared:
                out.add(R["proto-rpc-bare-types"].at(f"{m.name} takes {short_req}, which is also used by "
                                                      f"{', '.join(n for n in requests[req] if n != m.name) or 'its response'}", **loc))
            else:
                out.add(R["proto-rpc-request-name"].at(f"{m.name} takes {short_req}, not {m.name}Request", **loc))
        verb = re.match(r"[A-Z][a-z]*", m.name)
        verb_s = verb.group(0) if verb else ""
        if verb_s in ("List", "Search") and not m.output_type.stream:
            rq, rs = _lookup(req, messages), _lookup(resp, messages)
            if rq is not None and rs is not None:
                req_fields = {f.name for f in _fields(rq)}
                resp_fields = {f.name for f in _fields(rs)}
                missing = [n for n in ("page_size", "page_token") if n not in req_fields]
                if "next_page_token" not in resp_fields:
                    missing.append(f"{short_resp}.next_page_token")
                if missing:
                    out.add(R["proto-list-no-pagination"].at(f"{m.name} lacks {', '.join(missing)}", **loc))
        if verb_s in ("Get", "Create", "Update", "Delete") and (m.output_type.stream or m.input_type.stream):
            out.add(R["proto-streaming-single"].at(f"{m.name} streams, but {verb_s} handles one resource", **loc))


def _credits(out: Analysis, messages: dict[str, _Msg], enums: list[Any], services: list[Any]) -> None:
    out.credit(["proto-package-unversioned"], "The package is versioned.")
    out.credit(["proto-enum-zero"], "Enums start with an UNSPECIFIED zero value.", bool(enums))
    out.credit(["proto-field-gap", "proto-reserved-reuse"], "Field numbers are contiguous or reserved.", bool(messages))
    out.credit(["proto-rpc-bare-types", "proto-rpc-request-name"], "Each RPC has its own request message.", bool(services))
    out.credit(["proto-list-no-pagination"], "List RPCs paginate with page tokens.",
               any(m.name.startswith(("List", "Search")) and not m.output_type.stream
                   for s in services for m in getattr(s, "elements", []) if hasattr(m, "output_type")))
    out.credit(["proto-naming"], "Names follow the style guide.", bool(messages))
