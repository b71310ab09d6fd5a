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
    "trafilatura": "sources",
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


# --- imports inside the package: the root, private names, the README's rooms ---------------------

README = PACKAGE.parent.parent / "README.md"
PACKAGE_FACE = ("__init__.py", "__main__.py")  # the package itself, which may import its rooms


def internal_imports(relative: str, source: str) -> list[tuple[str, str, str | None, int]]:
    """What a module (relative: its path under src/pressrel) imports from the package, at any
    depth: (bound, module, name, line). module is dotted under the package ("" for the root,
    "lang.fold"); name is what is imported from it, None for the module itself (a submodule
    imported by name, "from .. import models", is that module, not a name of its parent);
    bound is the name the importer sees it by."""
    package = relative.split("/")[:-1]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [
                (alias.asname or alias.name, alias.name.partition(".")[2], None, node.lineno)
                for alias in node.names
                if alias.name.split(".")[0] == "pressrel"
            ]
        elif isinstance(node, ast.ImportFrom) and (node.level or _is_ours(node.module)):
            if node.level:
                base = package[: len(package) - node.level + 1] + (node.module or "").split(".")
            else:
                base = (node.module or "").split(".")[1:]
            module = ".".join(part for part in base if part)
            for alias in node.names:
                bound, dotted = alias.asname or alias.name, f"{module}.{alias.name}".strip(".")
                if _exists(dotted):
                    found.append((bound, dotted, None, node.lineno))
                else:
                    found.append((bound, module, alias.name, node.lineno))
    return found


def _is_ours(module: str | None) -> bool:
    return bool(module) and module.split(".")[0] == "pressrel"


def _exists(dotted: str) -> bool:
    path = PACKAGE.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def root_imports(relative: str, source: str) -> list[str]:
    """Names a module takes from the package root (``from .. import __version__``): the root
    imports the rooms, so a room that imports the root goes round in a circle, and the root's
    lazy names (its version, read from the metadata) would be read at import."""
    return [
        f"{relative}:{line} imports {name or 'pressrel'} from the package root"
        for _, module, name, line in internal_imports(relative, source)
        if module == ""
    ]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_imports(relative: str, source: str) -> list[str]:
    """Private names (``_x``) a module takes from another: ``from .ui import _isatty``, or
    ``render._console`` on a module of the package it imported."""
    tree = ast.parse(source)
    found = [
        f"{relative}:{node.lineno} imports {alias.name} from {node.module or '.'}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module != "__future__"
        for alias in node.names
        if _private(alias.name)
    ]
    modules = {bound for bound, _, name, _ in internal_imports(relative, source) if name is None}
    found += [
        f"{relative}:{node.lineno} reads {node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
        if node.value.id in modules and _private(node.attr)
    ]
    return found


# Rooms whose __init__ is their public face: other rooms import only the names of its __all__
# (not ``from .roles.heads import person_head``). models, sources and dask are still reached into
# by module (``models.ner``, ``sources.parts``, ``dask.runner``: the README names them).
FACADES = ("countries", "dates", "orgs", "roles")


def past_the_facade(relative: str, source: str, public: dict[str, set[str]]) -> list[str]:
    """What a module imports from another room's inside: a submodule of a FACADES room, or a
    name outside its __all__ (public: room -> its __all__)."""
    return [
        f"{relative}:{line} imports {module}{'.' + name if name else ''}, past {room}'s __all__"
        for _, module, name, line in internal_imports(relative, source)
        if (room := module.split(".")[0]) in public and room != room_of(relative)
        if module != room or name not in public[room] | {None}  # None: the room itself
    ]


def _public_names(room: str) -> set[str]:
    tree = ast.parse((PACKAGE / room / "__init__.py").read_text())
    return next(
        set(ast.literal_eval(node.value))
        for node in tree.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__"
    )


def test_facade_rooms_are_entered_by_their_public_names():
    public = {room: _public_names(room) for room in FACADES}
    found = [
        v for path in modules() for v in past_the_facade(_relative(path), path.read_text(), public)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("relative", "source", "expected"),
    [
        ("quotes.py", "from .roles.heads import person_head", 1),
        ("quotes.py", "from .roles import heads", 1),
        ("quotes.py", "from .roles import _name_cases, role_head", 1),
        ("quotes.py", "from .roles import person_head, role_head", 0),
        ("roles/group.py", "from .heads import person_head", 0),
        ("resolve.py", "from .lang.fold import name_key", 0),
    ],
)
def test_the_facade_check_sees_a_reach_past(relative, source, expected):
    public = {"roles": {"person_head", "role_head"}}
    assert len(past_the_facade(relative, source, public)) == expected


def test_no_room_imports_the_package_root():
    found = [
        v
        for path in modules()
        if _relative(path) not in PACKAGE_FACE
        for v in root_imports(_relative(path), path.read_text())
    ]
    assert found == []


def test_no_private_name_crosses_modules():
    found = [v for path in modules() for v in private_imports(_relative(path), path.read_text())]
    assert found == []


@pytest.mark.parametrize(
    ("relative", "source", "root", "private"),
    [
        ("countries/gazetteer.py", "from .. import __version__, tablecache", 1, 0),
        ("countries/gazetteer.py", "from .. import tablecache\nfrom ..lang import fold", 0, 0),
        ("lang/morph.py", "def f():\n    from pressrel import analyze", 1, 0),
        ("resolve.py", "import pressrel", 1, 0),
        ("resolve.py", "import pressrel.lang.fold", 0, 0),
        ("cli/output.py", "from .ui import EXIT_OK, _isatty", 0, 1),
        ("cli/scorecard.py", "from . import render\nrender._console(1, 2)", 0, 1),
        ("cli/scorecard.py", "from .render import rich_console\nrich_console.__name__", 0, 0),
        ("quotes.py", "from .roles import heads\nheads.person_head('x')", 0, 0),
        ("quotes.py", "import os\nos._exit(1)", 0, 0),
    ],
)
def test_the_import_checks_see_a_root_or_private_import(relative, source, root, private):
    assert len(root_imports(relative, source)) == root
    assert len(private_imports(relative, source)) == private


def room_table(readme: str) -> dict[str, set[str]]:
    """The table "| room | job | may import |" of the README's Architecture section: each room
    ("cli" for `cli/`, "records" for `records.py`) -> what it may import (rooms, distributions,
    "stdlib", "everything"). Several rooms may share a row: `__init__.py`, `__main__.py`."""
    section = readme.split("\n## Architecture", 1)[1].split("\n## ", 1)[0]
    lines = section.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| room | job | may import"))
    table = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = line.strip().strip("|").split(" | ")
        rooms, allowed = cells[0], cells[-1]
        for room in re.findall(r"`([^`]+)`", rooms):
            table[room.removesuffix("/").removesuffix(".py")] = {
                word.strip() for word in allowed.split(",") if word.strip()
            }
    return table


def room_of(relative: str) -> str:
    return relative.split("/")[0].removesuffix(".py")


def room_violations(relative: str, source: str, table: dict[str, set[str]]) -> list[str]:
    """What one module imports that its room's row does not list: another room of the
    package, or a third-party distribution (the standard library is always allowed)."""
    room = room_of(relative)
    if room not in table:
        return [f"{relative}: its room {room!r} has no row in the README's room table"]
    allowed = {_distribution(word) for word in table[room]}
    if "everything" in allowed:
        return []
    imported = {
        room_of(module.replace(".", "/")) for _, module, _, _ in internal_imports(relative, source)
    }
    imported |= {
        _distribution(name)
        for name in imported_modules(source)
        if name not in sys.stdlib_module_names and name not in ("pressrel", "__future__")
    }
    return [
        f"{relative} imports {name}, which the README's row for {room!r} does not list"
        for name in sorted(imported - allowed - {room, ""})
    ]


def _distribution(name: str) -> str:
    """The distribution of an import name, as the README writes it (charset-normalizer)."""
    return DISTRIBUTIONS.get(name, name).lower().replace("_", "-")


def test_every_room_imports_only_what_the_readme_lists():
    table = room_table(README.read_text(encoding="utf-8"))
    found = [
        v for path in modules() for v in room_violations(_relative(path), path.read_text(), table)
    ]
    assert found == []


def test_the_room_table_names_what_exists():
    """Every row a room of the package, every "may import" a room, a declared distribution,
    "stdlib" or "everything"."""
    table = room_table(README.read_text(encoding="utf-8"))
    rooms = {room_of(_relative(path)) for path in modules()}
    declared = {
        _distribution(re.split(r"[ ;<>=!~\[]", requirement, maxsplit=1)[0])
        for requirement in metadata.requires("pressrel") or []
    }
    known = rooms | declared | {"stdlib", "everything"}
    assert sorted(set(table) - rooms) == []
    assert sorted({word for allowed in table.values() for word in allowed} - known) == []


@pytest.mark.parametrize(
    ("relative", "source", "expected"),
    [
        ("structure.py", "from .records import Document\nimport razdel", 0),
        ("structure.py", "from .models import ner", 1),
        ("lang/names.py", "def f():\n    from ..countries import scan", 1),
        ("lang/names.py", "from . import morph\nfrom .fold import fold\nimport re", 0),
        ("sources/decode.py", "import charset_normalizer", 0),
        ("sources/decode.py", "import numpy", 1),
        ("cli/job.py", "from ..dask import runner\nimport rich", 0),
        ("newroom.py", "import re", 1),
        ("newroom/inner.py", "import re", 1),
    ],
)
def test_the_room_check_sees_an_unlisted_import(relative, source, expected):
    table = {
        "structure": {"records", "razdel"},
        "lang": {"records", "models"},
        "sources": {"records", "charset-normalizer"},
        "cli": {"everything"},
    }
    assert len(room_violations(relative, source, table)) == expected


def test_the_version_is_the_package_metadata():
    import pressrel

    from clitools import invoke

    assert pressrel.__version__ == metadata.version("pressrel")
    assert invoke("--version").stdout.strip() == f"pressrel, version {pressrel.__version__}"
