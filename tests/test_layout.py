"""The house's rules, enforced: which room may import what, every import declared, modules
small unless they say why."""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "pressrel"
# top-level module -> the room (a folder or a module under src/pressrel) that alone imports it
SEALED = {
    "click": "cli",
    "rich": "cli",
    "natasha": "models",
    "slovnet": "models",
    "navec": "models",
    "dask": "dask",
    "distributed": "dask",
    "pyarrow": "parquet.py",
}
# import name -> distribution name, where they differ
DISTRIBUTIONS = {
    "pymorphy2_dicts_ru": "pymorphy2-dicts-ru",
    "charset_normalizer": "charset-normalizer",
}
MAX_LINES = 400


def imported_modules(source: str) -> set[str]:
    """Top-level names of the absolute imports in source, at any depth (lazy imports too)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def violations(relative: str, source: str) -> list[str]:
    """The sealed imports of one module (relative: its path under src/pressrel)."""
    room = relative.split("/")[0] if "/" in relative else relative
    return [
        f"{relative} imports {name}, which only {SEALED[name]} may import"
        for name in sorted(imported_modules(source))
        if name in SEALED and SEALED[name] != room
    ]


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_sealed_imports_stay_in_their_rooms():
    found = [v for path in modules() for v in violations(_relative(path), path.read_text())]
    assert found == []


@pytest.mark.parametrize(
    ("relative", "source", "expected"),
    [
        ("structure.py", "import click", 1),
        ("lang/names.py", "def f():\n    from natasha import Doc", 1),
        ("pipeline.py", "from rich.table import Table", 1),
        ("countries/scan.py", "import slovnet.bio", 1),
        ("cli/render.py", "from rich.table import Table", 0),
        ("models/ner.py", "from slovnet.bio import bio_spans\nimport navec", 0),
        ("structure.py", "from .models import ner", 0),
        ("pipeline.py", "import dask.bag", 1),
        ("parquet.py", "import pyarrow.parquet", 0),
        ("emit.py", "import pyarrow", 1),
    ],
)
def test_the_boundary_check_sees_a_sealed_import(relative, source, expected):
    assert len(violations(relative, source)) == expected


def test_every_imported_package_is_declared():
    """In the dependencies, or for the optional rooms (parquet, dask) in an extra."""
    declared = {
        re.split(r"[ ;<>=!~\[]", requirement, maxsplit=1)[0].lower()
        for requirement in metadata.requires("pressrel") or []
    }
    stdlib = set(sys.stdlib_module_names) | {"pressrel"}
    imported = {name for path in modules() for name in imported_modules(path.read_text())}
    missing = {
        name for name in imported - stdlib if DISTRIBUTIONS.get(name, name).lower() not in declared
    }
    assert missing == set()


def test_dependencies_have_bounds():
    requirements = [r for r in metadata.requires("pressrel") or [] if "extra ==" not in r]
    assert all(">=" in r for r in requirements), requirements
    natasha = next(r for r in requirements if r.startswith("natasha"))
    assert "<2" in natasha


def test_a_long_module_says_why():
    """A module over MAX_LINES lines explains its size in its docstring ("Size: ...")."""
    long = [
        _relative(path)
        for path in modules()
        if len(path.read_text().splitlines()) > MAX_LINES
        and "Size:" not in (ast.get_docstring(ast.parse(path.read_text())) or "")
    ]
    assert long == []


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_the_version_is_the_package_metadata():
    import pressrel

    from clitools import invoke

    assert pressrel.__version__ == metadata.version("pressrel")
    assert invoke("--version").stdout.strip() == f"pressrel, version {pressrel.__version__}"
