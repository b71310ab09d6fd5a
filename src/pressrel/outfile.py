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

A name ending with ``.gz``, ``.bz2`` or ``.xz`` is written compressed (``compression``), still
whole or not at all.

``--resume`` is the exception, by design: ``open_resumed`` writes the JSON Lines file in place,
record by record, so that a run stopped in the middle (interrupt, crash, full disk) leaves what
it had done, to be resumed in turn. What is done is kept in a side file beside the output,
``FILE.pressrel-resume`` (the output itself stays plain records, for jq): its first line says
what wrote the output (the command and the options that shape its records), and each further
line is one document whose records are all in the output, told by its position in the input
(file and line) as well as its id, with the output's size after its records. ``resume`` reads it
back: the output is cut after the last document the side file vouches for, and a run of another
command or with other options is refused (``ResumeRefused``), as is an output without a side
file (nothing says what wrote it).

Size: the two ways of writing share the target, its checks, the naming of its errors and the
closing on failure, so they stay together.
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

from . import compression

try:
    import fcntl
except ImportError:  # Windows: no flock; files left by a killed run stay
    fcntl = None

T = TypeVar("T")


class OutputError(Exception):
    """The output cannot be written: the message names the path the user gave."""


class ResumeRefused(OutputError):
    """--resume of an output this run must not continue: another command's or options', or
    one that no side file vouches for."""


SIDE_SUFFIX = ".pressrel-resume"
TEMPORARY_SUFFIX = ".tmp"


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
    """A UTF-8 text stream to target, whole or not at all (see the module's docstring),
    compressed when its name ends with ``.gz``, ``.bz2`` or ``.xz``."""
    if not target.regular:
        raw = _named(target, lambda: open(target.path, "wb"))  # noqa: SIM115 - closed by _closing
        with _closing(raw, target), _encoded(raw, target) as stream:
            yield _Named(stream, target)
        return
    folder = os.path.dirname(target.path)
    prefix = f".pressrel-{os.path.basename(target.path)[:100]}."  # names stay under 255
    _remove_stale(folder, prefix)
    handle, temporary = _named(
        target, lambda: tempfile.mkstemp(prefix=prefix, suffix=TEMPORARY_SUFFIX, dir=folder)
    )
    _hold(handle)
    try:
        raw = os.fdopen(handle, "wb")
        with _closing(raw, target):
            with _encoded(raw, target) as stream:
                yield _Named(stream, target)
            _named(target, raw.flush)
            _named(target, lambda: os.fsync(raw.fileno()))
        _named(target, lambda: os.chmod(temporary, target.mode))
        _named(target, lambda: os.replace(temporary, target.path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _encoded(raw: IO[bytes], target: Target) -> Iterator[IO[str]]:
    """UTF-8 text over raw, through the compressor target's name asks for; when the block
    completes, the text is flushed and the compressed data ended (raw stays open)."""
    suffix = compression.suffix_of(target.given)
    packed = compression.writer(suffix, raw) if suffix else raw
    stream = io.TextIOWrapper(packed, encoding="utf-8", newline="")
    try:
        yield stream
    except BaseException:  # closed now: the text left in the wrapper must not be flushed later
        for closing in (packed, raw):
            with contextlib.suppress(Exception):
                closing.close()
        raise
    _named(target, stream.flush)
    stream.detach()
    if packed is not raw:
        _named(target, packed.close)


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


def _hold(handle: int) -> None:
    """Lock a temporary file for as long as its writer lives (the kernel lets go when the
    process dies, even by SIGKILL): a lock that can be taken marks a file left behind."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_stale(folder: str, prefix: str) -> None:
    """Remove the temporary files that runs to the same target left when they were killed
    (SIGKILL, a power cut): those whose lock nobody holds. A live run's file stays."""
    if fcntl is None:
        return
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix)]
    except OSError:
        return
    for name in names:
        if not name.endswith(TEMPORARY_SUFFIX):
            continue
        path = os.path.join(folder, name)
        try:
            handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(path)  # still locked by us: no run can be writing it
        except OSError:  # held by a live run (or gone): not ours to remove
            pass
        finally:
            os.close(handle)


@contextlib.contextmanager
def open_resumed(target: Target, resumed: Resumed) -> Iterator[IO[str]]:
    """--resume: target written in place, record by record after the part resumed keeps (the
    file is cut just after it), so that a run stopped in the middle can be resumed in turn;
    the side file is written anew with what it vouches for, then grows by ``Journal.done``."""
    side = side_path(target)
    mode = "r+b" if os.path.exists(target.path) else "wb"
    raw = _named(target, lambda: open(target.path, mode))  # noqa: SIM115 - closed by _closing
    with _closing(raw, target):
        _named(target, lambda: raw.truncate(resumed.keep))
        raw.seek(resumed.keep)
        file = os.fstat(raw.fileno())
        identity = {"file": [file.st_dev, file.st_ino]}
        _named(target, lambda: _replace_side(side, resumed, identity))
        journal = _named(target, lambda: open(side, "ab"))  # noqa: SIM115 - closed below
        stream = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        try:
            with journal:
                resumed.journal = Journal(target, stream, raw, journal)
                yield _Named(stream, target)
                _named(target, stream.flush)
        finally:
            resumed.journal = None
            stream.detach()


def side_path(target: Target) -> str:
    """The side file of a --resume output: beside the file written (links resolved)."""
    return target.path + SIDE_SUFFIX


def _replace_side(side: str, resumed: Resumed, identity: dict) -> None:
    """The side file as resumed keeps it: its header and the documents kept (atomically)."""
    handle, temporary = tempfile.mkstemp(
        prefix=".pressrel-", suffix=".tmp", dir=os.path.dirname(side)
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(_line({"pressrel": "resume", **identity, **resumed.header}))
            stream.write(resumed.entries)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, side)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _line(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
        "utf-8", "surrogatepass"
    )


class Journal:
    """The side file of a --resume run, open while the output is: ``done(key)`` once all of a
    document's records are written (the output flushed first, so the side file never vouches
    for records that are not in the output)."""

    def __init__(self, target: Target, stream: IO[str], raw: IO[bytes], side: IO[bytes]):
        self._target, self._stream, self._raw, self._side = target, stream, raw, side

    def done(self, key: DocumentKey) -> None:
        source, line, doc = key
        _named(self._target, self._stream.flush)
        _named(self._target, self._raw.flush)
        entry = {"offset": self._raw.tell(), "source": source, "line": line, "doc": doc}
        _named(self._target, lambda: self._side.write(_line(entry)))
        _named(self._target, self._side.flush)


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


DocumentKey = tuple  # (source: absolute path or "-", line or None, doc id)


@dataclass
class Resumed:
    """What --resume keeps of a JSON Lines output: its complete documents, as they were."""

    keep: int  # the output's bytes kept: the records of the documents done
    done: dict  # DocumentKey -> how many times it is done (a file named twice: twice)
    header: dict  # what writes the output: command and options
    entries: bytes = b""  # the side file's lines of the documents kept
    journal: Journal | None = None  # while the output is open


def resume(target: Target, header: dict) -> Resumed:
    """What a previous --resume run of the same command and options left in target: the
    documents its side file vouches for, up to what the output holds. A missing or empty
    output keeps nothing; an output of another command or options, or one without a side
    file, is refused (ResumeRefused)."""
    side = side_path(target)
    try:
        size = os.path.getsize(target.path)
    except FileNotFoundError:
        size = 0
    except OSError as error:
        raise OutputError(f"{target.given}: {error.strerror}") from None
    try:
        with open(side, "rb") as stream:
            lines = stream.read().split(b"\n")[:-1]  # a torn last line is dropped
    except FileNotFoundError:
        if size:
            raise ResumeRefused(
                f"{target.given}: no {os.path.basename(side)} beside it says what wrote it "
                "(only an output written with --resume can be resumed)"
            ) from None
        return Resumed(0, {}, header)
    except OSError as error:
        raise OutputError(f"{side}: {error.strerror}") from None
    if size == 0 and not lines:
        return Resumed(0, {}, header)
    written = _side_record(lines[0], side) if lines else None
    if written is None or written.get("pressrel") != "resume":
        raise ResumeRefused(f"{side}: not a side file of pressrel --resume")
    file = written.pop("file", None)
    written.pop("pressrel")
    if size and file != _identity(target.path):
        raise ResumeRefused(
            f"{target.given}: replaced since {os.path.basename(side)} was written "
            "(by a run without --resume?): cannot tell what it holds"
        )
    if _canonical(written) != _canonical(header):
        raise ResumeRefused(
            f"{target.given}: written by {_described(written)}, not {_described(header)}: "
            "resume it with the same command and options, or write another file"
        )
    keep, done, entries = 0, {}, []
    for line in lines[1:]:
        entry = _side_record(line, side)
        offset = entry.get("offset") if entry else None
        if not isinstance(offset, int) or offset < keep or offset > size:
            break  # the output was cut before this document's records ended
        key = (entry.get("source"), entry.get("line"), entry.get("doc"))
        keep = offset
        done[key] = done.get(key, 0) + 1
        entries.append(line + b"\n")
    return Resumed(keep, done, header, b"".join(entries))


def _identity(path: str) -> list | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_dev, info.st_ino]


def _side_record(line: bytes, side: str) -> dict | None:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


def _canonical(header: dict) -> str:
    return json.dumps(header, sort_keys=True, ensure_ascii=False, default=str)


def _described(header: dict) -> str:
    options = header.get("options") or {}
    shown = " ".join(f"{name}={value}" for name, value in sorted(options.items()))
    return f"'{header.get('command')}'" + (f" ({shown})" if shown else "")
