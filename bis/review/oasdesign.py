"""Reading an OpenAPI document for the design rules: operations, parameters,
request and response schemas (through local $refs and allOf), headers,
security schemes, error shapes and naming styles, for OpenAPI 3.x and
Swagger 2.0 alike."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
_MAX_DEPTH = 20


def resolve(spec: Any, node: Any) -> Any:
    """Follow local $refs; an unresolvable one gives {} (reported by the ref check)."""
    from bis.review.oasvalid import _MISSING, resolve_pointer

    for _ in range(_MAX_DEPTH):
        if not isinstance(node, dict) or "$ref" not in node or not isinstance(node["$ref"], str):
            return node
        target = resolve_pointer(spec, node["$ref"])
        if target is _MISSING:
            return {}
        node = target
    return {}


def segments(url: str) -> list[str]:
    return [s for s in url.split("/") if s]


def is_collection(url: str) -> bool:
    segs = segments(url)
    return bool(segs) and not segs[-1].startswith("{")


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return
    for url, item in paths.items():
        item = resolve(spec, item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield str(url), method, op, item


def merged_params(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (item.get("parameters"), op.get("parameters")):
        for raw in source if isinstance(source, list) else []:
            p = resolve(spec, raw)
            if isinstance(p, dict):
                out[(str(p.get("name", "")), str(p.get("in", "")))] = p
    return list(out.values())


def _json_media(content: Any) -> Any:
    if not isinstance(content, dict) or not content:
        return None
    for media, body in content.items():
        if "json" in str(media).lower():
            return body
    return next(iter(content.values()))


def request_schema(spec: dict[str, Any], op: dict[str, Any], oas2: bool, params: list[dict[str, Any]]) -> Any:
    if oas2:
        body = next((p for p in params if p.get("in") == "body"), None)
        return resolve(spec, body.get("schema")) if body and body.get("schema") is not None else None
    rb = resolve(spec, op.get("requestBody"))
    if not isinstance(rb, dict):
        return None
    media = _json_media(rb.get("content"))
    if not isinstance(media, dict) or media.get("schema") is None:
        return None
    return resolve(spec, media["schema"])


def response_schema(spec: dict[str, Any], resp: Any, oas2: bool) -> Any:
    if not isinstance(resp, dict):
        return None
    if oas2:
        return resolve(spec, resp["schema"]) if resp.get("schema") is not None else None
    media = _json_media(resp.get("content"))
    if not isinstance(media, dict) or media.get("schema") is None:
        return None
    return resolve(spec, media["schema"])


def response_headers(spec: dict[str, Any], resp: Any) -> set[str]:
    if not isinstance(resp, dict) or not isinstance(resp.get("headers"), dict):
        return set()
    return {str(h).lower() for h in resp["headers"]}


def _flatten(spec: dict[str, Any], schema: Any, depth: int = 0) -> tuple[dict[str, Any], set[str], bool]:
    """(properties, required, is_array) with allOf merged."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return {}, set(), False
    if schema.get("type") == "array" or "items" in schema:
        return {}, set(), True
    props = dict(schema.get("properties") or {}) if isinstance(schema.get("properties"), dict) else {}
    required = {str(r) for r in schema.get("required") or [] if isinstance(r, str)}
    for part in schema.get("allOf") or []:
        p, r, arr = _flatten(spec, part, depth + 1)
        if arr:
            return {}, set(), True
        props.update(p)
        required |= r
    return props, required, False


def schema_list_field(spec: dict[str, Any], schema: Any) -> tuple[bool, list[str]]:
    """Whether a response is a list (an array, or an object with an array field), and its fields."""
    if schema is None:
        return False, []
    props, _, is_array = _flatten(spec, schema)
    if is_array:
        return True, []
    for value in props.values():
        _, _, arr = _flatten(spec, value)
        if arr:
            return True, list(props)
    return False, list(props)


def schema_required(spec: dict[str, Any], schema: Any) -> set[str]:
    if schema is None:
        return set()
    _, required, _ = _flatten(spec, schema)
    return required


def security_schemes(spec: dict[str, Any], oas2: bool) -> dict[str, Any]:
    if oas2:
        found = spec.get("securityDefinitions")
    else:
        comps: dict[str, Any] = spec["components"] if isinstance(spec.get("components"), dict) else {}
        found = comps.get("securitySchemes")
    return found if isinstance(found, dict) else {}


def _schema_identity(spec: dict[str, Any], resp: Any, oas2: bool) -> str | None:
    resp = resolve(spec, resp)
    if not isinstance(resp, dict):
        return None
    if oas2:
        raw = resp.get("schema")
    else:
        media = _json_media(resp.get("content"))
        raw = media.get("schema") if isinstance(media, dict) else None
    if raw is None:
        return None
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
        return raw["$ref"].rsplit("/", 1)[-1]
    props, _, is_array = _flatten(spec, raw)
    if is_array:
        return "an inline array"
    return "inline {" + ", ".join(sorted(props)[:4]) + "}" if props else "an inline schema"


def error_schema_ids(spec: dict[str, Any], ops: list[Any], oas2: bool) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = {}
    for url, method, op, _ in ops:
        responses = op.get("responses") if isinstance(op.get("responses"), dict) else {}
        for code, resp in responses.items():
            code = str(code)
            if not (code.startswith(("4", "5")) or code == "default"):
                continue
            ident = _schema_identity(spec, resp, oas2)
            if ident:
                ids.setdefault(ident, []).append(f"{method.upper()} {url} {code}")
    return ids


def name_style(name: str) -> str | None:
    if "-" in name.strip("-"):
        return "kebab-case"
    if "_" in name.strip("_"):
        return "snake_case" if name.islower() else ("UPPER_SNAKE" if name.isupper() else "Mixed_Snake")
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+", name):
        return "camelCase"
    if re.fullmatch(r"(?:[A-Z][a-z0-9]+){2,}", name):
        return "PascalCase"
    return None


def _walk_props(spec: dict[str, Any], schema: Any, where: str, out: dict[str, list[tuple[str, str]]],
                seen: set[int], depth: int = 0) -> None:
    if not isinstance(schema, dict) or depth > 6 or id(schema) in seen or "$ref" in schema:
        return
    seen.add(id(schema))
    props = schema.get("properties")
    if isinstance(props, dict):
        for name, sub in props.items():
            style = name_style(str(name))
            if style:
                out.setdefault(style, []).append((str(name), where))
            _walk_props(spec, sub, where, out, seen, depth + 1)
    for key in ("items", "additionalProperties"):
        _walk_props(spec, schema.get(key), where, out, seen, depth + 1)
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key) or []:
            _walk_props(spec, part, where, out, seen, depth + 1)


def naming_styles(spec: dict[str, Any], ops: list[Any], oas2: bool) -> dict[str, dict[str, list[tuple[str, str]]]]:
    props: dict[str, list[tuple[str, str]]] = {}
    seen: set[int] = set()
    components: Any = spec.get("components") or {}
    comps = spec.get("definitions") if oas2 else (components.get("schemas") if isinstance(components, dict) else None)
    for name, schema in (comps or {}).items() if isinstance(comps, dict) else []:
        _walk_props(spec, schema, str(name), props, seen)
    params: dict[str, list[tuple[str, str]]] = {}
    segs: dict[str, list[tuple[str, str]]] = {}
    done: set[str] = set()
    for url, method, op, item in ops:
        for p in merged_params(spec, item, op):
            if p.get("in") == "query":
                name = str(p.get("name", ""))
                style = name_style(name)
                if style and name not in done:
                    done.add(name)
                    params.setdefault(style, []).append((name, f"{method.upper()} {url}"))
        rb = op.get("requestBody")
        _walk_props(spec, request_schema(spec, op, oas2, []) if rb and "$ref" not in str(rb)[:200] else None,
                    f"{method.upper()} {url}", props, seen)
        for seg in segments(url):
            if seg.startswith("{") or seg in done:
                continue
            done.add(seg)
            style = name_style(seg)
            if style:
                segs.setdefault(style, []).append((seg, url))
    return {"properties": props, "query parameters": params, "path segments": segs}
