"""Strict validation of bank directories (imports pydantic models and YAML).

Every problem is collected, not just the first, and each names the file, the
path inside it and, where it can, the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bis.bank.yamlfile import YamlFileError, line_of, read_yaml

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class ValidationResult:
    items: list[dict[str, Any]] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # item id -> file
    problems: list[str] = field(default_factory=list)
    files: int = 0


def yaml_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file())


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in {"design", "concept", "behavioral", "coding", "company", "prep"}:
            continue  # the discriminator tag pydantic adds to the location
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def validate_dirs(directories: list[Path], *, check_references: bool = True) -> ValidationResult:
    from pydantic import ValidationError

    from bis.bank.schema import item_adapter

    adapter = item_adapter()
    result = ValidationResult()
    for directory in directories:
        if not directory.exists():
            result.problems.append(f"{directory}: bank directory does not exist")
            continue
        if not directory.is_dir():
            result.problems.append(f"{directory}: is not a directory")
            continue
        for path in yaml_files(directory):
            result.files += 1
            try:
                data, root = read_yaml(path)
            except YamlFileError as exc:
                result.problems.append(str(exc))
                continue
            if data is None:
                result.problems.append(f"{path}: file is empty")
                continue
            documents = data if isinstance(data, list) else [data]
            for index, document in enumerate(documents):
                prefix: tuple[Any, ...] = (index,) if isinstance(data, list) else ()
                try:
                    item = adapter.validate_python(document)
                except ValidationError as exc:
                    for err in exc.errors():
                        loc = prefix + tuple(err["loc"])
                        line = line_of(root, loc)
                        where = f"{path}:{line}" if line else str(path)
                        result.problems.append(f"{where}: {_format_loc(loc)}: {err['msg']}")
                    continue
                dumped = item.model_dump(mode="json")
                item_id = dumped["id"]
                if item_id in result.sources:
                    result.problems.append(
                        f"{path}: id {item_id!r} is already defined in {result.sources[item_id]}"
                    )
                    continue
                result.sources[item_id] = str(path)
                result.items.append(dumped)
    if check_references:
        result.problems.extend(_reference_problems(result))
    return result


def _reference_problems(result: ValidationResult) -> list[str]:
    """Companies and prep lists point at bank ids; those must exist."""
    known = set(result.sources)
    problems = []
    for item in result.items:
        refs: list[str] = []
        if item["kind"] == "company":
            for group in ("coding_areas", "design_themes", "behavioral_themes"):
                for theme in item[group]:
                    refs.extend(theme["bank_ids"])
        elif item["kind"] == "prep":
            refs.extend(item["warmups"])
        for ref in refs:
            if ref not in known:
                problems.append(
                    f"{result.sources[item['id']]}: {item['id']}: refers to unknown bank id {ref!r}"
                )
    return problems
