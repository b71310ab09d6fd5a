"""A per-user cache of tables that are slow to build and fixed by what they are built from.

Building the country gazetteer takes a quarter of a second of every start (pymorphy2 generates
every case form of about a thousand names). Its rows are kept as a JSON file in the user's
cache directory, named by a hash of everything they are built from (source code, data files,
library versions): other inputs give another file name, so a cached table is never stale, at
worst unused. Any failure to read or write the file is silent; the table is then built in
memory as if there were no cache.

A file is only used when it is whole and is the table: it holds the rows with their count and
the SHA-256 of their JSON (``{"count": N, "sha256": ..., "rows": [...]}``), and the caller's
``valid`` accepts every row. Anything else (``[1]``, ``[[]]``, a short list, a file cut short or
edited by hand) is rebuilt and written again.

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


def load_or_build(
    name: str,
    inputs: Iterable[str | bytes],
    build: Callable[[], list],
    valid: Callable[[object], bool] = lambda row: True,
) -> list:
    """The rows build() returns for these inputs: read from the cache, or built and saved.
    A cached file that is not whole, or holds a row valid() refuses, is rebuilt."""
    folder = cache_dir()
    path = folder / f"{name}-{_digest(inputs)}.json" if folder else None
    rows = _read(path, valid) if path else None
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


def _read(path: Path, valid: Callable[[object], bool]) -> list | None:
    """The rows of a whole cache file, else None (to be rebuilt)."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(table, dict) or not isinstance(table.get("rows"), list):
        return None
    rows = table["rows"]
    if table.get("count") != len(rows) or table.get("sha256") != _rows_digest(rows):
        return None
    try:
        return rows if all(valid(row) for row in rows) else None
    except Exception:  # noqa: BLE001 - a checker tripping on a strange row: not the table
        return None


def _rows_digest(rows: list) -> str:
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _write(path: Path, rows: list) -> None:
    """Write atomically: a concurrent reader sees no file or a whole one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            table = {"count": len(rows), "sha256": _rows_digest(rows), "rows": rows}
            json.dump(table, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
