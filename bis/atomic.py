"""Crash-safe JSON files: atomic replace under a cross-process lock.

A writer builds the new content in a temp file in the same directory, fsyncs
it, and os.replace()s it over the old one, so a reader (or a writer killed
with SIGKILL at any moment) sees either the whole old file or the whole new
one, never a half-written file. Readers take no lock for that reason; writers
serialise on `<name>.lock` so two read-modify-write cycles cannot interleave
and lose an update.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import orjson

LOCK_TIMEOUT_SECONDS = 30.0


def dump_bytes(value: object) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"


def write_bytes_atomic(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def write_json_atomic(path: Path, value: object) -> None:
    write_bytes_atomic(path, dump_bytes(value))


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not possible on every platform.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the cross-process lock that guards `path`."""
    from filelock import FileLock, Timeout  # imported here: only writers pay for it

    from bis.errors import DataError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot create the data directory {path.parent}: {exc.strerror}") from None
    lock = FileLock(str(path) + ".lock", timeout=timeout)
    try:
        with lock:
            yield
    except Timeout:
        raise DataError(
            f"{path.name} is locked by another bis process for over {timeout:.0f}s",
            hint=f"if no other bis is running, delete {path}.lock",
        ) from None
