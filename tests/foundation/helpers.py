from __future__ import annotations

import orjson
from typer.testing import CliRunner

from bis.cli import app


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input)


def run_json(*args: str, input: str | bytes | None = None) -> dict:
    result = run(*args, "--json", input=input)
    return orjson.loads(result.stdout)
