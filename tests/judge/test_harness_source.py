"""The child's program is the harness package joined into one source: check the joining.

The child runs ``python -I -S`` and cannot import ``bis``, so ``sandbox.harness_source()``
concatenates bis/judge/harness/*.py in ``sandbox.HARNESS_MODULES`` order. These tests
keep the package fit for that: one namespace without clashes, relative imports only
from earlier modules, nothing from ``bis``.
"""

from __future__ import annotations

import ast
import importlib

import pytest

from bis.judge import sandbox

MODULES = sandbox.HARNESS_MODULES


def module_tree(name: str) -> ast.Module:
    path = sandbox.HARNESS_DIR / f"{name}.py"
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def top_level(body: list[ast.stmt]):
    """Statements run at import, looking inside top-level try/if blocks."""
    for node in body:
        yield node
        if isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from top_level(block)
            for handler in node.handlers:
                yield from top_level(handler.body)
        elif isinstance(node, ast.If):
            yield from top_level(node.body)
            yield from top_level(node.orelse)


def bindings(name: str) -> dict[str, set[str]]:
    """Names a module binds at top level -> how ("import ..." or "defined in <module>").

    Relative imports are left out: they name objects another module defines.
    """
    out: dict[str, set[str]] = {}
    for node in top_level(module_tree(name).body):
        if isinstance(node, ast.ImportFrom) and node.level:
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                source = node.module if isinstance(node, ast.ImportFrom) else None
                out.setdefault(bound, set()).add(f"import {source}:{alias.name}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.setdefault(node.name, set()).add(f"defined in {name}")
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for leaf in ast.walk(target):
                    if isinstance(leaf, ast.Name):
                        out.setdefault(leaf.id, set()).add(f"defined in {name}")
    return out


def test_every_harness_module_is_in_the_order_and_trusted_comes_first():
    on_disk = {p.stem for p in sandbox.HARNESS_DIR.glob("*.py")} - {"__init__"}
    assert set(MODULES) == on_disk
    assert len(set(MODULES)) == len(MODULES)
    assert MODULES[0] == "trusted"  # its references are taken before any other harness code
    assert MODULES[-1] == "main"


@pytest.mark.parametrize("name", MODULES)
def test_relative_imports_name_earlier_modules_only(name):
    earlier = MODULES[: MODULES.index(name)]
    tree = module_tree(name)
    top = set(map(id, tree.body))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            assert id(node) in top, f"{name}.py:{node.lineno}: relative import not at top level"
            assert node.level == 1 and node.module in earlier, (
                f"{name}.py:{node.lineno}: imports .{node.module}, not an earlier module"
            )
        if isinstance(node, ast.Import):
            assert not any(a.name.split(".")[0] == "bis" for a in node.names), name
        if isinstance(node, ast.ImportFrom) and not node.level:
            assert (node.module or "").split(".")[0] != "bis", name


def test_no_two_modules_bind_the_same_name():
    seen: dict[str, tuple[str, set[str]]] = {}
    for name in MODULES:
        for bound, how in bindings(name).items():
            if bound in seen:
                first, first_how = seen[bound]
                same_import = how == first_how and all(h.startswith("import ") for h in how)
                assert same_import, f"{bound!r} is bound by both {first}.py and {name}.py"
            else:
                seen[bound] = (name, how)


def test_assembled_source_compiles_and_defines_what_the_modules_export():
    source = sandbox.assemble_harness()
    assert source == sandbox.harness_source()
    assert source.startswith("from __future__ import annotations\n")
    assert source.count("from __future__ import") == 1
    assert not [line for line in source.splitlines() if line.lstrip().startswith("from .")]
    tree = ast.parse(source)
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level]
    last = tree.body[-1]
    assert (
        isinstance(last, ast.If) and ast.unparse(last) == "if __name__ == '__main__':\n    main()"
    )

    namespace: dict = {"__name__": "harness_under_test"}  # not __main__: main() does not run
    exec(compile(source, "<bis-judge-harness>", "exec"), namespace)
    for name in MODULES:
        module = importlib.import_module(f"bis.judge.harness.{name}")
        for attr, value in vars(module).items():
            if attr.startswith("__") and attr.endswith("__"):
                continue
            assert attr in namespace, f"{name}.{attr} is missing from the assembled source"
            code = getattr(value, "__code__", None)
            if code is not None and getattr(value, "__module__", None) == module.__name__:
                # The child's copy really comes from the harness, not from a clashing import.
                assert namespace[attr].__code__.co_filename == "<bis-judge-harness>", attr
