"""Loading an OpenAPI document (YAML or JSON) fast, with line numbers, safely.

PyYAML's loaders resolve and construct every node in Python, which costs
about a second per megabyte even with libyaml. Here the C parser's event
stream is turned into plain JSON-compatible values directly: quoted scalars
are strings, plain scalars are resolved with YAML 1.1 rules only when their
first character could start a number, boolean or null, and mapping keys stay
the strings that were written (so `200:` is the status code "200"). Dates are
left as strings, as JSON would have them.

Lines of mapping keys are kept for the first levels of the document, so a
finding can say "line 42 (POST /orders)". Aliases are allowed, but a document
whose aliases would expand to more than MAX_NODES values (a "billion laughs"
bomb) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bis.errors import InputError


class SpecSyntaxError(ValueError):
    """The text is not valid YAML/JSON: reported as a finding, not refused."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line

MAX_NODES = 3_000_000
LINE_DEPTH = 7

Lines = dict[tuple[str, ...], int]

_MAYBE_SPECIAL = frozenset("0123456789+-.~nNyYtTfFoO")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "y", "Y"})
_FALSE = frozenset({"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "n", "N"})
_INT = re.compile(r"[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+)$")
_FLOAT = re.compile(r"[-+]?(([0-9][0-9_]*)\.[0-9_]*([eE][-+][0-9]+)?|\.[0-9_]+([eE][-+][0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+)$")
_SPECIAL_FLOAT = {".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"), ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan")}


def _plain(value: str) -> Any:
    if not value:
        return None
    if value[0] not in _MAYBE_SPECIAL:
        return value
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.match(value):
        v = value.replace("_", "")
        sign = -1 if v[0] == "-" else 1
        if v[0] in "+-":
            v = v[1:]
        if v.startswith("0b"):
            return sign * int(v[2:], 2)
        if v.startswith("0x"):
            return sign * int(v[2:], 16)
        if len(v) > 1 and v[0] == "0":
            return sign * int(v, 8)
        return sign * int(v)
    if _FLOAT.match(value):
        return float(value.replace("_", ""))
    bare = value.lstrip("+-")
    if bare in _SPECIAL_FLOAT:
        return -_SPECIAL_FLOAT[bare] if value.startswith("-") else _SPECIAL_FLOAT[bare]
    return value


_TAGGED: dict[str, Callable[[str], Any]] = {
    "tag:yaml.org,2002:str": str,
    "tag:yaml.org,2002:int": lambda v: int(v.replace("_", "")),
    "tag:yaml.org,2002:float": lambda v: float(v.replace("_", "")),
    "tag:yaml.org,2002:bool": lambda v: v in _TRUE,
    "tag:yaml.org,2002:null": lambda v: None,
}


def load_yaml(text: str) -> tuple[Any, Lines]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    map_start, seq_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
    map_end, seq_end, doc_start = yaml.MappingEndEvent, yaml.SequenceEndEvent, yaml.DocumentStartEvent
    lines: Lines = {}
    anchors: dict[str, tuple[Any, int]] = {}
    # a frame: [container, path, pending key or _NO_KEY, is_mapping, expanded size, anchor]
    stack: list[list[Any]] = []
    root: list[Any] = [None, 0]
    documents = 0
    no_key = _NO_KEY

    def attach(value: Any, size: int) -> None:
        if not stack:
            root[0], root[1] = value, size
            return
        frame = stack[-1]
        frame[4] += size
        if frame[3]:
            key = frame[2]
            if key == "<<" and isinstance(value, (dict, list)):
                for src in value if isinstance(value, list) else [value]:
                    if isinstance(src, dict):
                        for k, v in src.items():
                            frame[0].setdefault(k, v)
            else:
                frame[0][key] = value
            frame[2] = no_key
        else:
            frame[0].append(value)
        if frame[4] > MAX_NODES:
            raise InputError(f"the document expands to more than {MAX_NODES:,} values (YAML alias bomb?)")

    try:
        events: Any = yaml.parse(text, Loader=loader)
        for event in events:
            cls = event.__class__
            if cls is scalar_event:
                if stack:
                    frame = stack[-1]
                    if frame[3] and frame[2] is no_key:  # a mapping key: keep the text as written
                        key = event.value
                        frame[2] = key
                        if len(frame[1]) < LINE_DEPTH:
                            lines[frame[1] + (key,)] = event.start_mark.line + 1
                        continue
                value = _scalar(event)
                attach(value, 1)
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
            elif cls is map_start or cls is seq_start:
                stack.append([{} if cls is map_start else [], _child_path(stack), no_key, cls is map_start, 1, event.anchor])
            elif cls is map_end or cls is seq_end:
                frame = stack.pop()
                if frame[5]:
                    anchors[frame[5]] = (frame[0], frame[4])
                if stack and stack[-1][3] and stack[-1][2] is no_key:  # a complex (mapping) key
                    stack[-1][2] = _key_text(frame[0])
                    continue
                attach(frame[0], frame[4])
            elif cls is alias_event:
                if event.anchor not in anchors:
                    raise SpecSyntaxError(f"YAML alias *{event.anchor} has no anchor", event.start_mark.line + 1)
                value, size = anchors[event.anchor]
                if stack and stack[-1][3] and stack[-1][2] is no_key:
                    stack[-1][2] = _key_text(value)
                    continue
                attach(value, size)
            elif cls is doc_start:
                documents += 1
                if documents > 1:
                    break
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SpecSyntaxError(f"invalid YAML: {problem}", mark.line + 1 if mark else None) from None
    if root[1] > MAX_NODES:
        raise InputError(f"the document expands to more than {MAX_NODES:,} values (YAML alias bomb?)")
    return root[0], lines


class _NoKey:
    __slots__ = ()


_NO_KEY: Any = _NoKey()


def _key_text(value: Any) -> str:
    return "null" if value is None else str(value)


def _child_path(stack: list[list[Any]]) -> tuple[str, ...]:
    if not stack:
        return ()
    parent = stack[-1]
    if parent[3]:
        return (*parent[1], parent[2]) if len(parent[1]) < LINE_DEPTH else parent[1]
    return (*parent[1], str(len(parent[0]))) if len(parent[1]) < LINE_DEPTH else parent[1]


def _scalar(event: Any) -> Any:
    tag = event.tag
    if tag and tag != "!":
        conv = _TAGGED.get(tag)
        if conv is not None:
            try:
                return conv(event.value)
            except ValueError:
                return event.value
        return event.value
    if event.style or not event.implicit[0]:
        return event.value
    return _plain(event.value)


_JSON_PATH_KEY = re.compile(r'"(/[^"]*)"\s*:')
_JSON_METHOD_KEY = re.compile(r'"(get|put|post|delete|patch|options|head|trace)"\s*:', re.I)


def load_json(text: str) -> tuple[Any, Lines]:
    import orjson

    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise SpecSyntaxError(f"invalid JSON: {exc}", getattr(exc, "lineno", None)) from None
    lines: Lines = {}
    if text.count("\n") > 2:
        current: str | None = None
        for number, raw in enumerate(text.splitlines(), 1):
            stripped = raw.lstrip()
            if not stripped.startswith('"'):
                continue
            if stripped.startswith('"/'):
                m = _JSON_PATH_KEY.match(stripped)
                if m:
                    current = m.group(1)
                    lines.setdefault(("paths", current), number)
            elif current is not None:
                m = _JSON_METHOD_KEY.match(stripped)
                if m:
                    lines.setdefault(("paths", current, m.group(1).lower()), number)
    return data, lines


def load_spec(text: str) -> tuple[Any, Lines, str]:
    """(data, lines, "json" | "yaml")."""
    if text.lstrip().startswith("{"):
        try:
            data, lines = load_json(text)
            return data, lines, "json"
        except SpecSyntaxError as exc:
            try:
                data, lines = load_yaml(text)  # JSON-looking YAML (flow style)?
            except SpecSyntaxError:
                raise exc from None
            return data, lines, "yaml"
    data, lines = load_yaml(text)
    return data, lines, "yaml"


def line_for(lines: Lines, path: tuple[str, ...]) -> int | None:
    """The line of the deepest recorded key on `path`."""
    for n in range(min(len(path), LINE_DEPTH), 0, -1):
        line = lines.get(tuple(path[:n]))
        if line is not None:
            return line
    return None
