"""Typed errors, each with the exit code documented in docs/exit-codes.md.

The CLI turns any BisError into one line on stderr (or a JSON envelope) and
its exit code; only a bug in bis itself may ever show a traceback.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_BELOW_THRESHOLD = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_INTERRUPTED = 130


class BisError(Exception):
    """A problem the user can act on."""

    exit_code = EXIT_USAGE
    code = "error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(BisError):
    """Bad arguments or input the user gave: wrong flag values, unknown ids."""

    exit_code = EXIT_USAGE
    code = "usage"


class InputError(UsageError):
    """An answer, file or stdin that cannot be used: missing, empty, binary, too big."""

    code = "input"


class NotFoundError(UsageError):
    """An id, topic or name that is not in the bank."""

    code = "not_found"


class ProfileIncomplete(UsageError):
    """A command needs profile fields that are missing and it cannot ask for them."""

    code = "profile_incomplete"


class DataError(BisError):
    """The data directory or a bank cannot be read or written."""

    exit_code = EXIT_DATA
    code = "data"


class BankError(DataError):
    """A bank file is invalid; carries every problem found, each with file, path and line."""

    code = "bank_invalid"

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class BelowThreshold(BisError):
    """A graded result is below the --fail-under threshold the user asked for."""

    exit_code = EXIT_BELOW_THRESHOLD
    code = "below_threshold"
