"""`bis bank`: validate, list, show, schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bis.cli.common import JsonOption, begin, finish

bank_app = typer.Typer(
    help="The question bank: validate your own YAML, list, show, print the JSON Schema.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

KIND_HELP = "design | concept | behavioral | coding | company | prep"


@bank_app.command("validate")
def bank_validate(
    dirs: Annotated[
        list[Path] | None,
        typer.Argument(help="Bank directories to check [default: the built-in bank and yours]."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Validate bank YAML strictly: every problem with file, path and line; exit 3 if any.

    Example: bis bank validate ~/my-questions
    """
    begin("bank validate", json)
    from bis.bank.store import all_bank_dirs
    from bis.bank.validate import validate_dirs
    from bis.errors import BankError

    targets = list(dirs) if dirs else all_bank_dirs()
    # Someone checking only their own directory may point at ids in the built-in bank.
    check_refs = not dirs
    result = validate_dirs([d.expanduser() for d in targets], check_references=check_refs)
    if result.problems:
        raise BankError(
            f"{len(result.problems)} problem(s) in {len(targets)} bank dir(s):"
            + "".join(f"\n  {p}" for p in result.problems),
            problems=result.problems,
        )
    data = {"dirs": [str(d) for d in targets], "files": result.files, "items": len(result.items)}
    from bis.render.bank import draw_validated

    finish(data, draw_validated)


@bank_app.command("list")
def bank_list(
    kind: Annotated[str | None, typer.Option("--kind", help=KIND_HELP)] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="e.g. caching, concurrency, incident")] = None,
    level: Annotated[str | None, typer.Option("--level", help="junior | mid | senior | staff")] = None,
    json: JsonOption = False,
) -> None:
    """List bank items with counts per kind and topic.

    Example: bis bank list --kind design --level senior
    """
    begin("bank list", json)
    from bis.bank import catalog
    from bis.bank.store import load_bank
    from bis.errors import UsageError

    kinds = ("design", "concept", "behavioral", "coding", "company", "prep")
    if kind and kind not in kinds:
        raise UsageError(f"--kind {kind!r}: choose one of {', '.join(kinds)}")
    if level and level not in catalog.LEVELS:
        raise UsageError(f"--level {level!r}: choose one of {', '.join(catalog.LEVELS)}")
    bank = load_bank()
    chosen = catalog.filter_items(bank.items, kind, topic, level)
    data = {
        "counts": catalog.counts(bank.items),
        "filters": {"kind": kind, "topic": topic, "level": level},
        "items": [catalog.summary(i) for i in chosen],
    }
    from bis.render.bank import draw_list

    finish(data, draw_list)


@bank_app.command("show")
def bank_show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="An item id, e.g. url-shortener.")],
    json: JsonOption = False,
) -> None:
    """Show one bank item in full (rubric, model answer and all).

    Example: bis bank show url-shortener
    """
    begin("bank show", json)
    from bis.bank.store import load_bank

    bank = load_bank()
    item = bank.get(item_id)
    from bis.render.bank import draw_item

    finish({"item": item, "source": bank.sources.get(item_id)}, draw_item)


@bank_app.command("schema")
def bank_schema() -> None:
    """Print the JSON Schema of bank items (point your editor's YAML plugin at it).

    Example: bis bank schema > bis-bank.schema.json
    """
    begin("bank schema")
    import orjson

    from bis.bank.schema import json_schema
    from bis.render import _write_stdout_bytes

    _write_stdout_bytes(orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2) + b"\n")


def register(app: typer.Typer) -> None:
    app.add_typer(bank_app, name="bank")
