"""Plain JSON values: copying what a solution returns without calling its methods.

``to_plain`` turns a returned value into None/bool/int/float/str/list/dict;
``encode`` writes one as JSON with the C encoder captured at start-up, so
neither the user's objects nor a patched ``json`` module shape a report.
"""

from __future__ import annotations

import json

from .trusted import _c_encode_ascii, _c_make_encoder, _float_repr, _int_repr

MAX_VALUE_NODES = 2_000_000


class Unsupported(Exception):
    pass


def to_plain(value, _budget=None):
    """Copy a returned value into plain JSON types without calling user methods.

    Subclasses of int/str/list/... are read through the base type's own
    slots, so an object that overrides __eq__ or __iter__ cannot change what
    is reported; anything else becomes an "$unsupported" marker that equals
    nothing on the parent side.
    """
    budget = _budget if _budget is not None else [MAX_VALUE_NODES]
    budget[0] -= 1
    if budget[0] < 0:
        raise Unsupported("the returned value is too large to report")
    if value is None or value is True or value is False:
        return value
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, (list, tuple)):
        base = list if isinstance(value, list) else tuple
        out = []
        for index in range(base.__len__(value)):
            out.append(to_plain(base.__getitem__(value, index), budget))
        return out
    if isinstance(value, dict):
        out_d = {}
        for key, item in dict.items(value):
            if isinstance(key, str):
                plain_key = str.__str__(key)
            elif key is True or key is False or key is None:
                plain_key = "true" if key is True else "false" if key is False else "null"
            elif isinstance(key, int):
                plain_key = str(int.__int__(key))
            else:
                return {"$unsupported": f"a dict with {type(key).__name__} keys"}
            out_d[plain_key] = to_plain(item, budget)
        return out_d
    kind = type(value)
    return {"$unsupported": f"{kind.__module__}.{kind.__qualname__}"}


def _not_json(value):
    raise TypeError(f"not a plain JSON value: {type(value).__name__}")


def encode(value, sort_keys: bool = False) -> str:
    """JSON text for a plain value (NaN allowed), independent of the json module's state."""
    if _c_make_encoder is not None:
        encoder = _c_make_encoder(
            None, _not_json, _c_encode_ascii, None, ":", ",", sort_keys, False, True
        )
        return "".join(encoder(value, 0))
    return _py_encode(value, sort_keys)


def _py_encode(value, sort_keys: bool) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return _int_repr(value)
    if type(value) is float:
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return _float_repr(value)
    if type(value) is str:
        return json.encoder.py_encode_basestring_ascii(value)
    if type(value) is list:
        return "[" + ",".join(_py_encode(v, sort_keys) for v in value) + "]"
    if type(value) is dict:
        keys = sorted(value) if sort_keys else list(value)
        return (
            "{"
            + ",".join(
                _py_encode(str(k), sort_keys) + ":" + _py_encode(value[k], sort_keys) for k in keys
            )
            + "}"
        )
    _not_json(value)
    return ""


def digest(value) -> str:
    import hashlib

    return hashlib.sha256(encode(value, sort_keys=True).encode("ascii")).hexdigest()
