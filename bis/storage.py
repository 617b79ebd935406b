"""The user's four data files, in the format the existing skill already writes.

- profile.json       object
- history.json       array of sessions
- weak_areas.json    array of {topic, category, count}
- saved_answers.json array of {question, answer_summary, score, saved_at}

Unknown fields are kept as they are; missing fields get defaults when read.
A missing file is created; a corrupted or wrong-shaped one is copied to
`<name>.corrupt-<timestamp>` before a fresh one replaces it. Either way the
user is told through `on_notice`, never silently.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from bis.atomic import locked, write_json_atomic
from bis.errors import DataError

PROFILE = "profile.json"
HISTORY = "history.json"
WEAK_AREAS = "weak_areas.json"
SAVED_ANSWERS = "saved_answers.json"

LAST_ANSWER = "last_answer.json"  # bis's own: the answer `bis save` saves by default

MOCK_SESSION = "mock_session.json"  # bis's own: an unfinished mock interview
HINTS = "hints.json"  # bis's own: how many hints of each coding problem were shown

FILES: dict[str, type] = {
    PROFILE: dict,
    HISTORY: list,
    WEAK_AREAS: list,
    SAVED_ANSWERS: list,
    LAST_ANSWER: dict,
    MOCK_SESSION: dict,
    HINTS: dict,
}

CATEGORIES = ("system_design", "backend_coding", "behavioral")

MAX_DATA_FILE_BYTES = 200 * 1024 * 1024


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def default_profile() -> dict[str, Any]:
    return {
        "name": "",
        "target_role": "",
        "target_company": "",
        "experience_years": None,
        "primary_languages": [],
        "interviews_practiced": 0,
        "questions_answered": 0,
        "average_score": 0.0,
        "created_at": now_iso(),
        "cv_skills": [],
        "cv_projects": [],
    }


def with_profile_defaults(profile: dict[str, Any]) -> dict[str, Any]:
    """Fill missing fields without touching (or dropping) the ones present."""
    merged = default_profile()
    merged.update(profile)
    return merged


Notice = Callable[[str], None]


class Store:
    def __init__(self, directory: Path, on_notice: Notice | None = None) -> None:
        self.directory = directory
        self._notice = on_notice or (lambda message: None)

    def path(self, name: str) -> Path:
        return self.directory / name

    # -- reading -----------------------------------------------------------
    def read(self, name: str) -> Any:
        """The file's content; creates or repairs it (and says so) when needed."""
        value = self._parse(name)
        if value is _MISSING or value is _CORRUPT:
            with locked(self.path(name)):
                value = self._parse(name)  # another process may have fixed it meanwhile
                if value is _MISSING:
                    value = self._fresh(name)
                    write_json_atomic(self.path(name), value)
                    self._notice(f"created {self.path(name)}")
                elif value is _CORRUPT:
                    value = self._replace_corrupt(name)
        return value

    def read_if_present(self, name: str) -> Any:
        """Like read(), but a missing file is not created: returns the fresh value."""
        value = self._parse(name)
        if value is _MISSING:
            return self._fresh(name)
        if value is _CORRUPT:
            with locked(self.path(name)):
                value = self._parse(name)
                if value is _CORRUPT:
                    value = self._replace_corrupt(name)
                elif value is _MISSING:
                    value = self._fresh(name)
        return value

    def profile(self) -> dict[str, Any]:
        return with_profile_defaults(self.read_if_present(PROFILE))

    def profile_exists(self) -> bool:
        return self.path(PROFILE).exists()

    # -- writing -----------------------------------------------------------
    def update(self, name: str, change: Callable[[Any], Any]) -> Any:
        """Read-modify-write under the file's lock; `change` returns the new value."""
        path = self.path(name)
        with locked(path):
            current = self._parse(name)
            if current is _MISSING:
                current = self._fresh(name)
                self._notice(f"created {path}")
            elif current is _CORRUPT:
                current = self._replace_corrupt(name)
            new_value = change(current)
            if not isinstance(new_value, FILES[name]):
                raise TypeError(f"{name} must hold a {FILES[name].__name__}")
            self._write(path, new_value)
        return new_value

    def append(self, name: str, record: dict[str, Any]) -> None:
        self.update(name, lambda records: [*records, record])

    # -- internals ---------------------------------------------------------
    def _fresh(self, name: str) -> Any:
        if name == PROFILE:
            return default_profile()
        return {} if FILES[name] is dict else []

    def _parse(self, name: str) -> Any:
        path = self.path(name)
        try:
            if path.is_dir():
                raise DataError(f"{path} is a directory; bis needs a file there")
            size = path.stat().st_size
            if size > MAX_DATA_FILE_BYTES:
                raise DataError(f"{path} is {size} bytes, larger than bis will load")
            raw = path.read_bytes()
        except FileNotFoundError:
            return _MISSING
        except PermissionError:
            raise DataError(f"{path} cannot be read: permission denied") from None
        except OSError as exc:
            raise DataError(f"{path} cannot be read: {exc.strerror or exc}") from None
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return _CORRUPT
        if not isinstance(value, FILES[name]):
            return _CORRUPT
        return value

    def _replace_corrupt(self, name: str) -> Any:
        path = self.path(name)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.name}.corrupt-{stamp}")
        suffix = 1
        while backup.exists():
            suffix += 1
            backup = path.with_name(f"{path.name}.corrupt-{stamp}-{suffix}")
        try:
            shutil.copy2(path, backup)
        except OSError as exc:
            raise DataError(f"{path} is corrupted and could not be backed up: {exc}") from None
        fresh = self._fresh(name)
        self._write(path, fresh)
        self._notice(f"{path.name} was corrupted: kept a copy at {backup}, started a fresh one")
        return fresh

    def _write(self, path: Path, value: Any) -> None:
        try:
            write_json_atomic(path, value)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise DataError(f"cannot write {path}: {exc.strerror}") from None
            if exc.errno == errno.ENOSPC:
                raise DataError(f"cannot write {path}: no space left on device") from None
            raise DataError(f"cannot write {path}: {exc.strerror or exc}") from None


class _Sentinel:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_MISSING = _Sentinel("MISSING")
_CORRUPT = _Sentinel("CORRUPT")
