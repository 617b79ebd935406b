"""`bis paths`: where the data and the bank live."""

from __future__ import annotations

import typer

from bis.cli.common import JsonOption, begin, finish


def paths_command(json: JsonOption = False) -> None:
    """Show where your data, the question bank and the cache live.

    Example: bis paths --json
    """
    begin("paths", json)
    from bis import paths
    from bis.bank.store import all_bank_dirs, cache_path
    from bis.storage import FILES

    data = paths.data_dir()
    dirs = all_bank_dirs()
    result = {
        "data_dir": str(data),
        "data_dir_source": paths.data_dir_source(),
        "files": {name: str(data / name) for name in FILES},
        "config_file": str(paths.config_file()),
        "bank_dirs": [str(d) for d in dirs],
        "builtin_bank_dir": str(paths.builtin_bank_dir()),
        "bank_cache": str(cache_path(dirs)),
    }
    from bis.render.basic import draw_paths

    finish(result, draw_paths)


def register(app: typer.Typer) -> None:
    app.command("paths")(paths_command)
