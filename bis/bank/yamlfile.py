"""Reading one bank YAML file safely, keeping line numbers for error messages.

Safe loading alone does not stop an alias flood ("billion laughs"): PyYAML
shares aliased nodes, but validating or serialising the result expands them
exponentially. So aliases are counted on the event stream before anything is
constructed, and files are size-capped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ALIASES = 50
# The C parser is much faster when PyYAML was built with libyaml.
# pydantic puts the discriminator's value ("design") in error locations.
_UNION_TAGS = frozenset({"design", "concept", "behavioral", "coding", "company", "prep"})
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlFileError(Exception):
    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Return (data, root node) or raise YamlFileError with one readable line."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise YamlFileError(path, "is a directory, not a YAML file") from None
    except OSError as exc:
        raise YamlFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise YamlFileError(path, f"is {len(raw)} bytes; bank files are limited to {MAX_FILE_BYTES}")
    if b"\x00" in raw:
        raise YamlFileError(path, "looks binary (contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlFileError(path, f"is not valid UTF-8 (byte {exc.start})") from None
    try:
        events = yaml.parse(text, Loader=_FAST_LOADER)
        aliases = sum(1 for event in events if isinstance(event, yaml.AliasEvent))
    except yaml.YAMLError as exc:
        raise _syntax_error(path, exc) from None
    if aliases > MAX_ALIASES:
        raise YamlFileError(path, f"uses {aliases} YAML aliases; at most {MAX_ALIASES} are allowed")
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise _syntax_error(path, exc) from None
    return data, node


def _syntax_error(path: Path, exc: yaml.YAMLError) -> YamlFileError:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return YamlFileError(path, f"invalid YAML: {problem}", mark.line + 1 if mark else None)


def line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Best line number for a pydantic error location inside the YAML node tree."""
    if node is None:
        return None
    best = node.start_mark.line + 1
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                if getattr(key_node, "value", None) == part:
                    current = value_node
                    best = key_node.start_mark.line + 1
                    break
            else:
                if part in _UNION_TAGS:
                    continue
                return best
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if 0 <= part < len(current.value):
                current = current.value[part]
                best = current.start_mark.line + 1
            else:
                return best
        elif part not in _UNION_TAGS:
            return best
    return best
