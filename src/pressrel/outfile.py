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

``--resume`` is the exception, by design: ``resume`` reads back the complete documents of a JSON
Lines output, and ``open_resumed`` writes the file in place after them, record by record, so
that a run stopped in the middle (interrupt, crash, full disk) leaves what it had done, to be
resumed in turn.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, TypeVar

T = TypeVar("T")


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
    if given.endswith("/"):
        raise OutputError(f"{given}: no such directory (and a file name cannot end with /)")
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
def open_output(target: Target) -> Iterator[IO[str]]:
    """A UTF-8 text stream to target, whole or not at all (see the module's docstring)."""
    if not target.regular:
        stream = _named(target, lambda: _text(target.path, "w"))
        with _closing(stream, target):
            yield _Named(stream, target)
        return
    folder = os.path.dirname(target.path)
    handle, temporary = _named(
        target, lambda: tempfile.mkstemp(prefix=".pressrel-", suffix=".tmp", dir=folder)
    )
    try:
        stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        with _closing(stream, target):
            yield _Named(stream, target)
            _named(target, stream.flush)
            _named(target, lambda: os.fsync(stream.fileno()))
        _named(target, lambda: os.chmod(temporary, target.mode))
        _named(target, lambda: os.replace(temporary, target.path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _closing(stream: IO, target: Target) -> Iterator[None]:
    """Close stream after the block; when the block failed, a failing close (the rest of a
    full buffer on a full disk) must not hide the first error."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            stream.close()
        raise
    _named(target, stream.close)


def _text(path: str, mode: str) -> IO[str]:
    return open(path, mode, encoding="utf-8", newline="")  # noqa: SIM115 - closed by _closing


@contextlib.contextmanager
def open_resumed(target: Target, resumed: Resumed) -> Iterator[IO[str]]:
    """--resume: target written in place, record by record after the part resumed keeps (the
    file is cut just after it), so that a run stopped in the middle can be resumed in turn."""
    mode = "r+b" if os.path.exists(target.path) else "wb"
    raw = _named(target, lambda: open(target.path, mode))  # noqa: SIM115 - closed by _closing
    with _closing(raw, target):
        _named(target, lambda: raw.truncate(len(resumed.keep)))
        raw.seek(len(resumed.keep))
        stream = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        try:
            yield _Named(stream, target)
            _named(target, stream.flush)
        finally:
            stream.detach()


class _Named(io.TextIOBase):
    """A text stream whose write errors (a full disk) name the user's path (OutputError)."""

    def __init__(self, stream: IO[str], target: Target) -> None:
        self._stream, self._target = stream, target

    def write(self, text: str) -> int:
        return _named(self._target, lambda: self._stream.write(text))

    def flush(self) -> None:
        _named(self._target, self._stream.flush)

    @property
    def buffer(self):  # binary formats (Parquet) write the bytes underneath
        return _NamedBinary(self._stream.buffer, self._target)

    def fileno(self) -> int:
        return self._stream.fileno()


class _NamedBinary(io.RawIOBase):
    def __init__(self, stream, target: Target) -> None:
        self._stream, self._target = stream, target

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return _named(self._target, lambda: self._stream.write(data))

    def flush(self) -> None:
        _named(self._target, self._stream.flush)

    def tell(self) -> int:
        return self._stream.tell()


def _named(target: Target, action: Callable[[], T]) -> T:
    """action(), its OSErrors (a full disk, a vanished folder) as OutputError naming the
    user's path: only the output's own operations go through here, never the work feeding it."""
    try:
        return action()
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
    lines = data.split(b"\n")[:-1]  # what follows the last newline is torn: dropped
    ids = [_doc_of(line, target) for line in lines]
    cut = len(ids)
    while cut and ids[cut - 1] == ids[-1]:  # the last document's records: maybe cut short
        cut -= 1
    keep = b"".join(line + b"\n" for line in lines[:cut])
    return Resumed(keep, frozenset(ids[:cut]))


def _doc_of(line: bytes, target: Target) -> str:
    try:
        record = json.loads(line)
        return str(record["doc"])
    except (ValueError, KeyError, TypeError):
        raise OutputError(
            f"{target.given}: not the JSON Lines output of pressrel, cannot --resume it"
        ) from None
