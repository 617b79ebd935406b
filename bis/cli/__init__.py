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

def _version(value: bool) -> None:
    if value:
        typer.echo(f"bis {__version__}")
        raise typer.Exit()


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


# Which module registers each top-level command.
COMMAND_MODULES = {
    "design": "practice",
    "concept": "practice",
    "behavioral": "practice",
    "code": "code",
    "mock": "mock",
    "prep": "prep",
    "company": "prep",
    "rate": "rate",
    "stats": "stats",
    "weak": "stats",
    "save": "save",
    "profile": "profile",
    "cv": "cv",
    "bank": "bank",
    "paths": "paths_cmd",
}
MODULE_ORDER = ("practice", "code", "mock", "prep", "rate", "stats", "save", "profile", "cv", "bank", "paths_cmd")


def build_app(modules: tuple[str, ...] = MODULE_ORDER) -> typer.Typer:
    """The Typer app with the commands of `modules` registered."""
    import importlib

    built = typer.Typer(
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
    built.callback()(_root)
    for name in modules:
        importlib.import_module(f"bis.cli.{name}").register(built)
    return built


def _invoked_module(argv: list[str]) -> str | None:
    """The module of the command on the command line, or None when every command is
    needed (top-level help, an unknown or missing command, shell completion)."""
    import os

    if any(key.startswith("_BIS_COMPLETE") for key in os.environ):
        return None
    args = iter(argv)
    for arg in args:
        if arg == "--data-dir":
            next(args, None)
        elif not arg.startswith("-"):
            return COMMAND_MODULES.get(arg)
    return None


_full_app: typer.Typer | None = None


def __getattr__(name: str) -> Any:
    # `bis.cli.app`, the whole app (tests, documentation checks), built on first use.
    global _full_app
    if name == "app":
        if _full_app is None:
            _full_app = build_app()
        return _full_app
    raise AttributeError(name)


def main() -> None:
    import sys

    # Typer turns every registered command into a click command at start-up; a
    # one-shot command only registers the module it needs.
    module = _invoked_module(sys.argv[1:])
    target = build_app((module,)) if module else build_app()
    target(prog_name="bis")
