"""Validity first: openapi-spec-validator, with its errors made readable.

The validator reports JSON Schema errors such as "{...200 characters...} is
not valid under any of the given schemas". Here each becomes one sentence
with a location: the innermost useful cause of a oneOf/anyOf, unknown fields
with a did-you-mean, enum errors with the allowed values, wrong types named.

Offline: the validator's URL handlers claim every scheme and fetch nothing
(an empty handler map would make jsonschema-path fall back to requests or
urllib), so an external `$ref` is reported and never fetched. Its semantic pass (path parameters, duplicate
operationIds, default values against schemas) runs path by path within a time
budget, so a very large spec is still reviewed in seconds; the note says how
much of it that pass covered.
"""

from __future__ import annotations

import difflib
import re
import time
from collections.abc import Iterator
from typing import Any

from bis.review.findings import Finding, Rule
from bis.review.specload import Lines, line_for

INVALID = Rule(
    "oas-invalid", "Invalid OpenAPI document", "error",
    "Code generators, gateways and documentation tools reject or silently misread an invalid spec, so clients "
    "and servers drift from what the document says.",
    "Fix the field named in the message; `openapi-spec-validator FILE` shows the same check.",
)
UNRESOLVED = Rule(
    "oas-unresolved-ref", "$ref that points nowhere", "error",
    "A dangling $ref makes the document invalid for every tool that resolves it: generated clients fail to "
    "build and the schema it was meant to describe is unchecked.",
    "Point the $ref at an existing component (check the spelling and the #/components/... path).",
)
EXTERNAL = Rule(
    "oas-external-ref", "External $ref not followed", "info",
    "bis works offline and does not open other files or URLs, so the referenced part was not validated.",
    "Bundle the spec into one file (e.g. `redocly bundle`) to have it reviewed whole.",
)
KEYWORDS = ["openapi", "swagger", "info", "servers", "paths", "components", "security", "tags", "externalDocs", "title", "description", "termsOfService", "contact", "license", "version", "url", "name", "email", "variables", "summary", "get", "put", "post", "delete", "options", "head", "patch", "trace", "parameters", "operationId", "requestBody", "responses", "callbacks", "deprecated", "in", "required", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content", "headers", "links", "schemas", "securitySchemes", "requestBodies", "type", "format", "items", "properties", "additionalProperties", "enum", "default", "nullable", "allOf", "oneOf", "anyOf", "not", "$ref", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "readOnly", "writeOnly", "discriminator", "xml", "encoding", "flows", "scheme", "bearerFormat", "openIdConnectUrl", "definitions", "basePath", "host", "schemes", "consumes", "produces", "securityDefinitions", "operationRef", "webhooks", "jsonSchemaDialect", "const"]
SEMANTIC_BUDGET_S = 1.2  # when the caller gives no deadline
MIN_SEMANTIC_S = 0.2
MAX_ERRORS = 25


def collect_refs(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, tuple[str, ...]]]:
    stack: list[tuple[Any, tuple[str, ...]]] = [(node, path)]
    seen: set[int] = set()
    while stack:
        cur, where = stack.pop()
        if isinstance(cur, dict):
            if id(cur) in seen:
                continue
            seen.add(id(cur))
            ref = cur.get("$ref")
            if isinstance(ref, str):
                yield ref, where
            for k, v in cur.items():
                if isinstance(v, (dict, list)):
                    stack.append((v, (*where, str(k))))
        elif isinstance(cur, list):
            if id(cur) in seen:
                continue
            seen.add(id(cur))
            for i, v in enumerate(cur):
                if isinstance(v, (dict, list)):
                    stack.append((v, (*where, str(i))))


def resolve_pointer(spec: Any, ref: str) -> Any:
    """The target of a local '#/a/b' reference, or a sentinel when it does not exist."""
    if not ref.startswith("#"):
        return _MISSING
    cur = spec
    for raw in ref[1:].lstrip("/").split("/") if ref not in ("#", "#/") else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        from urllib.parse import unquote

        part = unquote(part)
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return _MISSING
    return cur


class _Missing:
    pass


_MISSING: Any = _Missing()


def split_location(path: tuple[str, ...]) -> tuple[str | None, str | None, str]:
    """(api path, method, rest) for a location inside `paths`; else (None, None, dotted)."""
    if len(path) >= 2 and path[0] == "paths":
        method = path[2] if len(path) > 2 and path[2] in _METHODS else None
        rest = path[3:] if method else path[2:]
        return path[1], method, ".".join(rest)
    return None, None, ".".join(path)


_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}


def ref_findings(spec: Any, lines: Lines) -> tuple[list[Finding], bool]:
    findings: list[Finding] = []
    external = False
    for ref, where in collect_refs(spec):
        api_path, method, rest = split_location(where)
        loc: dict[str, Any] = {"line": line_for(lines, where), "path": api_path or rest or None, "method": method}
        if ref.startswith("#"):
            if resolve_pointer(spec, ref) is _MISSING:
                findings.append(UNRESOLVED.at(f"`$ref: {ref}` does not exist" + (f" (in {rest})" if api_path and rest else ""), **loc))
        else:
            external = True
            findings.append(EXTERNAL.at(f"`$ref: {ref}` points outside this document", **loc))
    return findings, external


def _refuse(uri: str) -> Any:
    raise LookupError(f"{uri}: not fetched, bis works offline")


class _Offline(dict[str, Any]):
    """URL handlers for jsonschema-path that claim every scheme and fetch nothing.

    An empty mapping is not enough: for a scheme it has no handler for, the
    retriever falls back to requests/urllib and would go to the network.
    """

    def __contains__(self, scheme: object) -> bool:
        return True

    def __missing__(self, scheme: str) -> Any:
        return _refuse

    def __bool__(self) -> bool:
        return True


def validate(spec: dict[str, Any], lines: Lines, deadline: float | None = None) -> tuple[list[Finding], list[str]]:
    """Findings from openapi-spec-validator, and notes on what it covered.

    The meta-schema pass always runs whole; the semantic pass runs path by path
    until `deadline` (a time.perf_counter() value), but for at least MIN_SEMANTIC_S.
    """
    notes: list[str] = []
    try:
        from openapi_spec_validator.shortcuts import get_validator_cls
        from openapi_spec_validator.validation.exceptions import ValidatorDetectError
    except ImportError:  # pragma: no cover - a declared dependency
        return [], ["openapi-spec-validator is not installed: validity was not checked."]
    try:
        base = get_validator_cls(spec)
    except (ValidatorDetectError, KeyError, ValueError):
        version = spec.get("openapi") or spec.get("swagger")
        return [INVALID.at(f"unsupported or missing version ({version!r}); use openapi: 3.0.x / 3.1.x or swagger: '2.0'", line=line_for(lines, ("openapi",)) or 1)], notes
    offline = type("OfflineValidator", (base,), {"resolver_handlers": _Offline()})
    validator = offline(spec)
    findings: list[Finding] = []
    seen: set[tuple[Any, ...]] = set()

    def add(err: Any) -> None:
        f = readable(err, lines)
        key = (f.message, f.path, f.method)
        if key not in seen and len(findings) < MAX_ERRORS:
            seen.add(key)
            findings.append(f)

    for err in _schema_errors(validator, spec):
        add(err)
        if len(findings) >= MAX_ERRORS:
            break
    paths: dict[str, Any] = spec["paths"] if isinstance(spec.get("paths"), dict) else {}
    now = time.perf_counter()
    budget = SEMANTIC_BUDGET_S if deadline is None else max(MIN_SEMANTIC_S, deadline - now)
    done, skipped = _semantic_pass(validator, paths, add, budget)
    if skipped:
        notes.append(
            f"The validator's semantic checks covered {done} of {done + skipped} paths within the time budget; "
            "run `openapi-spec-validator` on the file for the rest."
        )
    return findings, notes


_RS_CACHE: dict[int, Any] = {}
_RS_KEYWORDS = {
    "Required": "required", "AdditionalProperties": "additionalProperties", "Enum": "enum", "Type": "type",
    "OneOfNotValid": "oneOf", "OneOfMultipleValid": "oneOf", "AnyOf": "anyOf", "Pattern": "pattern",
    "Format": "format", "Constant": "const", "UnevaluatedProperties": "unevaluatedProperties",
}


class _RsError:
    """A jsonschema-rs error with the attributes `readable` reads from jsonschema's errors."""

    def __init__(self, err: Any) -> None:
        kind = err.kind
        name = type(kind).__name__
        self.validator = _RS_KEYWORDS.get(name, name[:1].lower() + name[1:])
        self.message = str(getattr(err, "message", err))
        self.absolute_path = [str(p) for p in err.instance_path]
        self.instance = getattr(err, "instance", None)
        self.validator_value = getattr(kind, "options", None) or getattr(kind, "types", None)
        if isinstance(self.validator_value, (list, tuple)) and len(self.validator_value) == 1 and self.validator == "type":
            self.validator_value = self.validator_value[0]
        branches = getattr(kind, "context", None) or []
        self.context = [_RsError(e) for branch in branches for e in branch]


def _schema_errors(validator: Any, spec: Any) -> Iterator[Any]:
    """Errors of the meta-schema pass: jsonschema-rs when installed (fast), else jsonschema."""
    schema = getattr(validator.schema_validator, "schema", None)
    rs_module: Any
    try:
        import jsonschema_rs as rs_module
    except ImportError:
        rs_module = None
    if rs_module is not None and isinstance(schema, dict):
        rs = _RS_CACHE.get(id(schema))
        if rs is None:
            rs = _RS_CACHE[id(schema)] = rs_module.validator_cls_for(schema)(schema)
        for err in rs.iter_errors(spec):
            yield _RsError(err)
        return
    yield from validator.schema_validator.iter_errors(spec)


def _semantic_pass(validator: Any, paths: dict[str, Any], add: Any, budget: float) -> tuple[int, int]:
    from referencing.exceptions import Unresolvable

    try:
        registry = validator.keyword_validators_registry
        path_check = registry["path"]
        root = validator.schema_path
    except (AttributeError, KeyError):  # another validator version: run it whole
        try:
            for err in validator.iter_errors():
                add(err)
        except (Unresolvable, LookupError, OSError, TypeError, ValueError, AttributeError):
            pass
        return len(paths), 0
    deadline = time.perf_counter() + budget
    done = 0
    urls = list(paths)
    for url in urls:
        if time.perf_counter() > deadline:
            break
        try:
            for err in path_check(url, root / "paths" / url):
                add(err)
        except (Unresolvable, LookupError, OSError, TypeError, ValueError, AttributeError):
            pass  # a broken or external $ref, or a bad shape: reported by our own checks
        done += 1
    if time.perf_counter() <= deadline and "components" in validator.schema:
        try:
            for err in registry["components"](root / "components"):
                add(err)
        except (Unresolvable, LookupError, OSError, TypeError, ValueError, AttributeError, KeyError):
            pass
    return done, len(urls) - done


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    if isinstance(value, dict):
        keys = ", ".join(list(map(str, value))[:4])
        text = "{" + keys + (", ..." if len(value) > 4 else "") + "}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


_TYPE_NAMES = {"dict": "an object", "list": "an array", "str": "a string", "int": "an integer", "float": "a number",
               "bool": "a boolean", "NoneType": "null"}


def _walk(err: Any) -> Iterator[Any]:
    yield err
    for sub in getattr(err, "context", None) or []:
        yield from _walk(sub)


def _depth(err: Any) -> int:
    return len(getattr(err, "absolute_path", ()) or ())


def _best(err: Any) -> Any:
    """The innermost useful error of a oneOf/anyOf (ignoring the `$ref` alternative)."""
    for _ in range(20):
        context = list(getattr(err, "context", None) or [])
        useful = [e for e in context if not (e.validator == "required" and "$ref" in e.message)]
        if not useful:
            break
        # deepest first; among equals prefer a concrete keyword over another oneOf/anyOf
        err = max(useful, key=lambda e: (_depth(e), e.validator not in ("oneOf", "anyOf")))
    return err


def readable(err: Any, lines: Lines) -> Finding:
    inner = _best(err)
    path = tuple(str(p) for p in getattr(inner, "absolute_path", ()) or getattr(err, "absolute_path", ()))
    api_path, method, rest = split_location(path)
    where = rest or "the document root"
    kind = getattr(inner, "validator", None)
    msg = inner.message
    if kind == "required":
        m = re.match(r"""['"](.+)['"] is a required property""", msg)
        msg = f"missing required field '{m.group(1) if m else msg}' in {where}"
    elif kind in ("additionalProperties", "patternProperties", "unevaluatedProperties"):
        names = re.findall(r"""['"]([^'"]+)['"]""", msg.split(" was unexpected")[0].split(" does not match")[0])
        names = names or re.findall(r"""['"]([^'"]+)['"]""", msg)
        unknown = names[0] if names else "?"
        guess = difflib.get_close_matches(unknown, KEYWORDS, n=1, cutoff=0.75)
        msg = f"unknown field '{unknown}' in {where}" + (f" (did you mean '{guess[0]}'?)" if guess else "")
    elif kind == "enum":
        allowed: list[Any] = []
        for e in _walk(err):
            if e.validator == "enum" and list(getattr(e, "absolute_path", ())) == list(getattr(inner, "absolute_path", ())):
                allowed += [v for v in (e.validator_value or []) if v not in allowed]
        msg = f"{_short(inner.instance)} is not allowed in {where}; use one of: " + ", ".join(map(str, allowed[:10]))
    elif kind == "type":
        msg = f"{where} must be {inner.validator_value if isinstance(inner.validator_value, str) else 'another type'}, " \
              f"not {_TYPE_NAMES.get(type(inner.instance).__name__, type(inner.instance).__name__)}"
    elif kind in ("oneOf", "anyOf"):
        msg = f"{where} matches none of the allowed shapes"
    elif not isinstance(kind, str):  # the validator's semantic errors are already sentences
        m = re.search(r"for '(\w+)' operation in '([^']+)'", msg)
        if m and api_path is None:
            method, api_path = m.group(1).lower(), m.group(2)
            path = ("paths", api_path, method)
    else:
        msg = re.sub(r"\{[^{}]{60,}\}", "{...}", msg)
        msg = f"{where}: {msg}"
    return INVALID.at(msg, line=line_for(lines, path) if path else None, path=api_path or (rest or None), method=method,
                      source="openapi-spec-validator")
