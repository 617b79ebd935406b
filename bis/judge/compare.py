"""Comparing plain JSON values in the parent, strictly and explainably.

Only values that came through ``harness.values.to_plain`` (or the same function on
the reference's side) are compared, so every comparison is between Python's
own builtin types: no user-defined __eq__ is ever called.
"""

from __future__ import annotations

import json
import math
from typing import Any

FLOAT_TOLERANCE = 1e-6


def is_error(value: Any) -> bool:
    return type(value) is dict and "$error" in value


def is_unsupported(value: Any) -> bool:
    return type(value) is dict and "$unsupported" in value


def same(expected: Any, got: Any) -> bool:
    """Equality where True != 1, 1 == 1.0 within a tolerance, and errors match by type."""
    if is_error(expected):
        return is_error(got) and expected["$error"]["type"] in got["$error"].get("mro", [])
    if is_error(got) or is_unsupported(got) or is_unsupported(expected):
        return False
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(expected) is bool and type(got) is bool and expected == got
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        if isinstance(expected, int) and isinstance(got, int):
            return expected == got
        if math.isnan(expected) or math.isnan(got):
            return False
        return abs(expected - got) <= FLOAT_TOLERANCE * max(1.0, abs(expected))
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(expected, str) or isinstance(got, str):
        return type(expected) is str and type(got) is str and expected == got
    if isinstance(expected, list):
        return (
            isinstance(got, list)
            and len(expected) == len(got)
            and all(same(e, g) for e, g in zip(expected, got, strict=True))
        )
    if isinstance(expected, dict):
        return (
            isinstance(got, dict)
            and expected.keys() == got.keys()
            and all(same(expected[k], got[k]) for k in expected)
        )
    return False


def show(value: Any, limit: int = 300) -> str:
    """A short JSON rendering for feedback."""
    if is_error(value):
        err = value["$error"]
        text = f"raised {err['type']}" + (f": {err['message']}" if err.get("message") else "")
    elif is_unsupported(value):
        text = f"an unsupported value ({value['$unsupported']}); return plain lists, dicts, numbers, strings"
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


def show_call(op: str, args: list) -> str:
    inner = ", ".join(show(a, 80) for a in args)
    return f"{op}({inner})"


def first_difference(driver: str, case: dict, expected: Any, got: Any) -> dict | None:
    """None when equal; else where and how they differ (for the class driver, which call)."""
    if driver == "class" and isinstance(expected, list) and isinstance(got, list):
        ops, args = case["ops"], case["args"]
        for index, want in enumerate(expected):
            have = got[index] if index < len(got) else None
            if index >= len(got) or not same(want, have):
                return {
                    "index": index,
                    "call": show_call(ops[index], args[index]),
                    "expected": want,
                    "got": have,
                    "error": have["$error"]
                    if have is not None and is_error(have) and not is_error(want)
                    else None,
                }
        if len(got) != len(expected):
            return {
                "index": len(expected),
                "call": "",
                "expected": None,
                "got": None,
                "error": None,
            }
        return None
    if same(expected, got):
        return None
    return {
        "index": None,
        "call": "",
        "expected": expected,
        "got": got,
        "error": got["$error"] if is_error(got) and not is_error(expected) else None,
    }
