"""A per-user cache of tables that are slow to build and fixed by what they are built from.

Building the country gazetteer takes a quarter of a second of every start (pymorphy2 generates
every case form of about a thousand names). Its rows are kept as a JSON file in the user's
cache directory, named by a hash of everything they are built from (source code, data files,
library versions): other inputs give another file name, so a cached table is never stale, at
worst unused. Any failure to read or write the file is silent; the table is then built in
memory as if there were no cache.

Where: ``$PRESSREL_CACHE_DIR``, else ``$XDG_CACHE_HOME/pressrel``, else ``~/.cache/pressrel``.
An empty ``PRESSREL_CACHE_DIR`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

VARIABLE = "PRESSREL_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache directory (not necessarily existing yet), or None when turned off."""
    if VARIABLE in os.environ:
        chosen = os.environ[VARIABLE]
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pressrel"


def load_or_build(name: str, inputs: Iterable[str | bytes], build: Callable[[], list]) -> list:
    """The rows build() returns for these inputs: read from the cache, or built and saved."""
    folder = cache_dir()
    path = folder / f"{name}-{_digest(inputs)}.json" if folder else None
    rows = _read(path) if path else None
    if rows is None:
        rows = build()
        if path:
            _write(path, rows)
    return rows


def _digest(inputs: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256()
    for item in inputs:
        data = item.encode("utf-8") if isinstance(item, str) else item
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()[:20]


def _read(path: Path) -> list | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return rows if isinstance(rows, list) else None


def _write(path: Path, rows: list) -> None:
    """Write atomically: a concurrent reader sees no file or a whole one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(rows, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
