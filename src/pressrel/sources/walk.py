"""Command-line paths to the regular files they stand for: a file itself, a folder's tree.

Folders are walked recursively in sorted order, hidden entries skipped, ``.txt``, ``.jsonl``,
``.ndjson`` and ``.json`` files read, and those compressed with gzip, bzip2 or xz (``.txt.gz``, ``.jsonl.xz``).
The other files of a folder are counted by suffix and named once at its end (a
``DocumentWarning``, or a ``DocumentError`` when the folder held no file to read). Symlinks are followed, but a folder already visited in the same walk (a
symlink loop, a second link to one folder, told by device and inode) is reported once and not
descended. Only regular files are ever opened: a FIFO, socket or device, inside a tree or named
on the command line, is reported as a ``DocumentError`` and skipped.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from ..compression import SUFFIXES
from ..records import DocumentError
from . import html
from .html import HTML_SUFFIXES
from .items import DocumentWarning, reason, shown

TEXT_SUFFIXES = (".txt",)
CORPUS_SUFFIXES = (".jsonl", ".ndjson")
ARRAY_SUFFIXES = (".json",)  # a JSON array of documents (arrays.py)
READS = ".txt, .jsonl, .ndjson, .json, and .html, .htm with pressrel[html] (each also compressed: .gz, .bz2, .xz)"


def compression(path: str) -> str | None:
    """The compression suffix of a file pressrel reads through it (``.gz`` of ``a.txt.gz``)."""
    lower = path.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix) and lower[: -len(suffix)].endswith(_READ + HTML_SUFFIXES):
            return suffix
    return None


def uncompressed(path: str) -> str:
    """path without its compression suffix (the name its content is read by)."""
    suffix = compression(path)
    return path[: -len(suffix)] if suffix else path


_READ = TEXT_SUFFIXES + CORPUS_SUFFIXES + ARRAY_SUFFIXES


def _read_here(path: str) -> bool:
    if uncompressed(path).lower().endswith(HTML_SUFFIXES):  # a.html, a.html.gz
        return html.available()  # else skipped, and named with the others
    return path.lower().endswith(_READ) or compression(path) is not None


def would_read(folder: str, path: str) -> bool:
    """Whether a walk of folder reads a file at path (which need not exist yet): path is
    under folder (real paths: links and other spellings followed), no part of it below folder
    is hidden, and its name is a kind read. An output there would be read by the next run."""
    root, target = os.path.realpath(folder), os.path.realpath(path)
    if target == root or os.path.commonpath([root, target]) != root:
        return False
    parts = Path(os.path.relpath(target, root)).parts
    return not any(part.startswith(".") for part in parts) and _read_here(target)


def expand(path: str) -> Iterator[str | DocumentError | DocumentWarning]:
    """The regular files a command-line path stands for: itself, or those of its tree."""
    try:
        info = os.stat(path)
    except OSError as error:
        yield DocumentError(shown(path), reason(error))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(Path(path), {(info.st_dev, info.st_ino)})
    elif stat.S_ISREG(info.st_mode):
        yield path
    else:
        yield _not_regular(path, info.st_mode)


def _walk(
    folder: Path, seen: set[tuple[int, int]]
) -> Iterator[str | DocumentError | DocumentWarning]:
    """Text and corpus files under folder, depth-first in sorted order; hidden entries skipped.
    seen holds the (device, inode) of the folders this walk has entered. Iterative: a tree
    however deep takes no stack (a recursive walk died near 490 levels). The files it does not
    read are named at its end."""
    listing = _listing(folder)
    if isinstance(listing, DocumentError):
        yield listing
        return
    stack = [listing]
    skipped: dict[str, int] = {}
    read = 0
    while stack:
        path = next(stack[-1], None)
        if path is None:
            stack.pop()
            continue
        found = _entry(path, seen, skipped)
        if isinstance(found, Path):
            listing = _listing(found)
            if isinstance(listing, DocumentError):
                yield listing
            else:
                stack.append(listing)
        elif found is not None:
            read += isinstance(found, str)
            yield found
    if skipped:
        yield _skipped(shown(str(folder)), skipped, read)


def _skipped(name: str, skipped: dict[str, int], read: int) -> DocumentWarning | DocumentError:
    kinds = ", ".join(
        f"{count} {suffix or 'suffix-less'} file{'s' if count > 1 else ''}"
        for suffix, count in sorted(skipped.items(), key=lambda item: (-item[1], item[0]))
    )
    if read:
        return DocumentWarning(name, f"skipped {kinds}; pressrel reads {READS}")
    return DocumentError(name, f"no file pressrel reads (skipped {kinds}); it reads {READS}")


def _listing(folder: Path) -> Iterator[str] | DocumentError:
    """The paths of folder's visible entries, sorted, or the error listing it."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as error:
        return DocumentError(shown(str(folder)), reason(error))
    return iter([str(folder / name) for name in names if not name.startswith(".")])


def _entry(
    path: str, seen: set[tuple[int, int]], skipped: dict[str, int]
) -> str | DocumentError | Path | None:
    """What one entry of a folder gives: a file to read, an error, a folder to enter (a Path),
    or nothing (a regular file not read is counted in skipped, by suffix)."""
    wanted = _read_here(path)
    try:
        info = os.stat(path)  # follows symlinks
    except OSError as error:  # a dangling link, a link loop, no permission
        return DocumentError(shown(path), reason(error)) if wanted else None
    if stat.S_ISDIR(info.st_mode):
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return DocumentError(shown(path), "symlink loop: folder already visited")
        seen.add(key)
        return Path(path)
    if wanted:
        return path if stat.S_ISREG(info.st_mode) else _not_regular(path, info.st_mode)
    if stat.S_ISREG(info.st_mode):
        suffix = os.path.splitext(path)[1].lower()
        skipped[suffix] = skipped.get(suffix, 0) + 1
    return None


def _not_regular(path: str, mode: int) -> DocumentError:
    kinds = (
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
    )
    kind = next((name for test, name in kinds if test(mode)), "special file")
    return DocumentError(shown(path), f"not a regular file ({kind})")
