"""The bank at runtime: which directories it comes from, and its compiled cache.

Validating YAML through pydantic costs far more than a command may spend at
start-up, so the validated bank is compiled to one orjson file. A run only
stats the YAML files; if any was added, removed or changed (or bis itself
changed), the cache is rebuilt from a full validation.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from bis import __version__, paths
from bis.errors import BankError, DataError, NotFoundError

CACHE_FORMAT = 3  # 3: each item stored as its own JSON text, grouped by kind
YAML_SUFFIXES = (".yaml", ".yml")


def user_bank_dirs() -> list[Path]:
    """Directories from BIS_BANK_PATH (os.pathsep-separated), then the config file."""
    dirs: list[Path] = []
    env = os.environ.get(paths.ENV_BANK_PATH, "")
    dirs.extend(Path(part).expanduser() for part in env.split(os.pathsep) if part.strip())
    dirs.extend(_config_bank_dirs())
    return dirs


def _config_bank_dirs() -> list[Path]:
    config = paths.config_file()
    if not config.is_file():
        return []
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{config}: cannot be read as TOML ({exc})") from None
    entries = data.get("bank_paths", [])
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        raise DataError(f"{config}: bank_paths must be a list of directory paths")
    base = config.parent
    return [(base / Path(e).expanduser()) for e in entries]


def all_bank_dirs() -> list[Path]:
    return [paths.builtin_bank_dir(), *user_bank_dirs()]


def _yaml_stats(directory: Path) -> Iterable[list[Any]]:
    for root, dirnames, filenames in os.walk(directory):
        dirnames.sort()
        for filename in sorted(filenames):
            if filename.endswith(YAML_SUFFIXES):
                full = os.path.join(root, filename)
                try:
                    st = os.stat(full)
                except OSError:
                    continue
                yield [full, st.st_mtime_ns, st.st_size]


def _schema_stamp() -> list[Any]:
    # Editing the schema must invalidate caches built by the old one.
    schema_dir = Path(__file__).resolve().parent / "schema"
    return sorted([p.name, p.stat().st_mtime_ns] for p in schema_dir.glob("*.py"))


def signature(dirs: list[Path]) -> list[Any]:
    files: list[Any] = []
    for directory in dirs:
        files.append([str(directory), list(_yaml_stats(directory))])
    return [CACHE_FORMAT, __version__, _schema_stamp(), files]


def cache_path(dirs: list[Path]) -> Path:
    key = hashlib.sha1("\0".join(str(d.resolve()) for d in dirs).encode()).hexdigest()[:16]
    return paths.cache_dir() / f"bank-{key}.json"


class Bank:
    """The validated bank items, each parsed on first use.

    The cache keeps every item as its own JSON text, grouped by kind, so a command
    that grades one design problem parses that problem only, and one that picks a
    design problem parses the design kind only.
    """

    def __init__(
        self,
        items_by_kind: dict[str, dict[str, Any]],
        sources: dict[str, str],
        dirs: list[Path],
        from_cache: bool = False,
    ) -> None:
        # kind -> {id: the item, or its JSON text until first use}
        self._kinds = {kind: dict(entries) for kind, entries in items_by_kind.items()}
        self.sources = sources
        self.dirs = dirs
        self.from_cache = from_cache

    def _parsed(self, kind: str, item_id: str) -> dict[str, Any]:
        entries = self._kinds[kind]
        item = entries[item_id]
        if isinstance(item, str):
            item = entries[item_id] = orjson.loads(item)
        return item

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [self._parsed(kind, item_id) for item_id in self._kinds.get(kind, {})]

    @property
    def items(self) -> list[dict[str, Any]]:
        return [item for kind in self._kinds for item in self.of_kind(kind)]

    @property
    def by_id(self) -> dict[str, dict[str, Any]]:
        return {item["id"]: item for item in self.items}

    def get(self, item_id: str, kind: str | None = None) -> dict[str, Any]:
        kinds = [kind] if kind is not None else list(self._kinds)
        for name in kinds:
            if item_id in self._kinds.get(name, {}):
                return self._parsed(name, item_id)
        candidates = [i for name in kinds for i in self._kinds.get(name, {})]
        raise NotFoundError(
            f"no {kind or 'bank'} item {item_id!r}" + _suggestion(item_id, candidates),
            hint=f"`bis bank list{' --kind ' + kind if kind else ''}` shows them all",
        )


def group_by_kind(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for item in items:
        grouped.setdefault(item["kind"], {})[item["id"]] = item
    return grouped


def _suggestion(wanted: str, candidates: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(wanted, candidates, n=1, cutoff=0.5)
    return f"; did you mean {close[0]!r}?" if close else ""


def load_bank(dirs: list[Path] | None = None) -> Bank:
    dirs = all_bank_dirs() if dirs is None else dirs
    for directory in dirs:
        if not directory.is_dir():
            raise DataError(f"bank directory {directory} does not exist or is not a directory")
    sig = signature(dirs)
    cache = cache_path(dirs)
    try:
        cached = orjson.loads(cache.read_bytes())
        if cached.get("signature") == sig:
            if cached.get("problems"):
                # An unchanged invalid bank fails fast instead of re-validating every run.
                raise _bank_error(cached["problems"])
            return Bank(cached["kinds"], cached["sources"], dirs, from_cache=True)
    except (OSError, orjson.JSONDecodeError, AttributeError, KeyError, TypeError):
        pass
    return _rebuild(dirs, sig, cache)


def _rebuild(dirs: list[Path], sig: list[Any], cache: Path) -> Bank:
    from bis.bank.validate import validate_dirs

    result = validate_dirs(dirs)
    payload: dict[str, Any] = {"signature": sig, "problems": result.problems}
    grouped = group_by_kind(result.items)
    if not result.problems:
        kinds = {
            kind: {item_id: orjson.dumps(item).decode() for item_id, item in entries.items()}
            for kind, entries in grouped.items()
        }
        payload.update(kinds=kinds, sources=result.sources)
    try:
        from bis.atomic import write_bytes_atomic

        write_bytes_atomic(cache, orjson.dumps(payload))
    except OSError:
        pass  # a read-only data dir only costs speed
    if result.problems:
        raise _bank_error(result.problems)
    return Bank(grouped, result.sources, dirs)


def _bank_error(problems: list[str]) -> BankError:
    shown = problems[:20]
    more = len(problems) - len(shown)
    return BankError(
        f"the question bank has {len(problems)} problem(s); `bis bank validate` lists them all"
        + "".join(f"\n  {p}" for p in shown)
        + (f"\n  ... and {more} more" if more > 0 else ""),
        problems=problems,
    )
