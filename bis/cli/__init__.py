"""The `bis` command line: a thin Typer layer over the core library.

Each command group lives in its own module; this one builds the app, the
global options, and the single place where a BisError becomes one line on
stderr (or a JSON envelope) and its documented exit code.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from bis import __version__, paths, render
from bis.errors import BisError


class BisGroup(TyperGroup):
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BisError as exc:
            render.error(exc)
            raise typer.Exit(exc.exit_code) from None


EPILOG = (
    "Examples:  bis design url-shortener  |  bis concept kafka  |  "
    "bis code lru-cache --solution lru.py  |  bis rate < schema.sql  |  bis stats"
)

app = typer.Typer(
    cls=BisGroup,
    name="bis",
    help="bis: an offline coach for backend engineering interviews. Nothing leaves your machine.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,  # plain help: Typer's rich help costs ~60 ms of start-up
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bis {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    data_dir: Annotated[
        str | None,
        typer.Option(
            "--data-dir",
            metavar="DIR",
            help="Where your profile and history live; also BIS_HOME "
            "[default: ~/.openclaw/backend-interview-simulator].",
            show_default=False,
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="JSON output for every command.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    render.output.reset()
    paths.set_data_dir_override(data_dir)
    render.set_json(json)


def _register() -> None:
    from bis.cli import bank, code, cv, mock, paths_cmd, practice, prep, profile, rate, save, stats

    for module in (practice, code, mock, prep, rate, stats, save, profile, cv, bank, paths_cmd):
        module.register(app)


_register()


def main() -> None:
    app(prog_name="bis")
