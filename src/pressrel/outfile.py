"""Output files: written through, whole or not at all, never replaced wrongly.

``check(path)`` runs before any work, so a run that cannot write its output fails at once,
naming the path the user gave. ``open_output(target)`` then gives the stream:

- a regular file (or one that does not exist yet) is written to a temporary file beside it and
  renamed into place only when the run completes (flushed to disk first): a failed, full or
  interrupted run leaves the previous file untouched and no temporary file behind. The new file
  has the mode the old one had, or for a new file the mode the umask gives (0666 & ~umask);
- a symbolic link is written through: its target is the file replaced, the link stays;
- anything else (``/dev/stdout``, a FIFO, a terminal, a device) is written directly, never
  replaced.

``resume(path)`` reads back a JSON Lines file a previous run left, for ``--resume``.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO


class OutputError(Exception):
    """The output cannot be written: the message names the path the user gave."""


@dataclass(frozen=True)
class Target:
    given: str  # the path as the user wrote it: what messages name
    path: str  # where the bytes go: symbolic links resolved
    regular: bool  # a regular file or a new one (replaced atomically), else written directly
    mode: int  # permissions of the file that will be written


def check(given: str) -> Target:
    """The target of -o given, or OutputError when it cannot be written."""
    try:
        info = os.stat(given)  # through symbolic links
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError(f"{given}: {error.strerror}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{given}: is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):  # /dev/stdout leads to a pipe
        if not os.access(given, os.W_OK):
            raise OutputError(f"{given}: permission denied")
        return Target(given, given, regular=False, mode=0)
    path = os.path.realpath(given)  # the file a symbolic link points at is the one replaced
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise OutputError(f"{given}: no such directory: {os.path.dirname(given) or '.'}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{given}: permission denied (cannot write in its directory)")
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    return Target(given, path, regular=True, mode=mode)


@contextlib.contextmanager
def open_output(target: Target, keep: bytes = b"") -> Iterator[IO[str]]:
    """A UTF-8 text stream to target; keep is written first (the part --resume keeps)."""
    if not target.regular:
        with _named(target), open(target.path, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    with _named(target):
        handle, temporary = tempfile.mkstemp(
            prefix=".pressrel-", suffix=".tmp", dir=os.path.dirname(target.path)
        )
    try:
        with _named(target), os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.buffer.write(keep)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        with _named(target):
            os.chmod(temporary, target.mode)
            os.replace(temporary, target.path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _named(target: Target) -> Iterator[None]:
    """OSErrors (a full disk, a vanished folder) as OutputError naming the user's path."""
    try:
        yield
    except OSError as error:
        raise OutputError(f"{target.given}: {error.strerror or error}") from None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@dataclass(frozen=True)
class Resumed:
    """What --resume keeps of a JSON Lines output: its complete documents, as they were."""

    keep: bytes  # the lines of the complete documents, byte for byte
    done: frozenset[str]  # their ids (the records' "doc")


def resume(target: Target) -> Resumed:
    """The complete documents of a previous run's JSON Lines output. A torn last line is
    dropped, and so are all the records of the last document in the file: its run may have
    stopped in the middle of its records. A missing file keeps nothing."""
    try:
        with open(target.path, "rb") as stream:
            data = stream.read()
    except FileNotFoundError:
        return Resumed(b"", frozenset())
    except OSError as error:
        raise OutputError(f"{target.given}: {error.strerror}") from None
    lines = data.splitlines(keepends=True)
    if lines and not lines[-1].endswith(b"\n"):
        lines.pop()  # torn: the run stopped mid-line
    ids = [_doc_of(line, target) for line in lines]
    last = ids[-1] if ids else None
    kept = [line for line, doc in zip(lines, ids) if doc != last]
    return Resumed(b"".join(kept), frozenset(doc for doc in ids if doc != last))


def _doc_of(line: bytes, target: Target) -> str:
    try:
        record = json.loads(line)
        return str(record["doc"])
    except (ValueError, KeyError, TypeError):
        raise OutputError(
            f"{target.given}: not the JSON Lines output of pressrel, cannot --resume it"
        ) from None
