"""Drawing for the small commands: paths, profile, save."""

from __future__ import annotations

from typing import Any

from bis.render import line


def draw_paths(data: dict[str, Any]) -> None:
    line(f"[bold]data dir[/]     {data['data_dir']}  [dim]({data['data_dir_source']})[/]")
    for name, path in data["files"].items():
        line(f"  {name:<20} {path}")
    line(f"[bold]config[/]       {data['config_file']}")
    line("[bold]bank dirs[/]")
    for directory in data["bank_dirs"]:
        line(f"  {directory}")
    line(f"[bold]bank cache[/]   {data['bank_cache']}")


PROFILE_LABELS = (
    ("name", "Name"),
    ("target_role", "Target role"),
    ("target_company", "Target company"),
    ("experience_years", "Experience (years)"),
    ("primary_languages", "Languages"),
    ("level", "Level used"),
    ("interviews_practiced", "Mock interviews"),
    ("questions_answered", "Questions answered"),
    ("average_score", "Average score"),
    ("cv_skills", "CV skills"),
    ("created_at", "Created"),
)


def draw_profile(data: dict[str, Any]) -> None:
    profile = data["profile"]
    for key, label in PROFILE_LABELS:
        value = data.get(key) if key == "level" else profile.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value) if value else ""
        shown = "[dim]not set[/]" if value in (None, "") else str(value)
        line(f"[bold]{label:<20}[/] {shown}")
    projects = profile.get("cv_projects") or []
    if projects:
        line(f"[bold]{'CV projects':<20}[/] {len(projects)}")
    if data["missing"]:
        line(f"[yellow]{data['missing_hint']}[/]")


def draw_saved(data: dict[str, Any]) -> None:
    record = data["saved"]
    line(
        f"Saved: {record['question'][:70]!r} (score {record['score']}) "
        f"— {data['count']} saved answer(s) in {data['path']}"
    )
