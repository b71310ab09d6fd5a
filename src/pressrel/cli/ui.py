"""The stderr side of a run: errors as they happen, a progress bar (only when stderr is a
terminal), a one-line summary, and the exit code that follows from them."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import click

from ..emit import json_text

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


NOUNS = {"entity": "entities"}  # plurals that are not the noun + "s"


# what a terminal would act on rather than show: C0 and C1 controls and DEL (Cc), the line and
# paragraph separators, and the bidirectional overrides and isolates that reorder what follows
_HIDDEN = frozenset(
    [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F),
     *range(0x2066, 0x206A)]
)  # fmt: skip
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, lines: bool = False) -> str:
    """text as a terminal should show it: control characters escaped (``\x1b``, ``\n``,
    ``\u202e``), as ripgrep and ls do, so that an id, a file name or a document's text can
    neither drive the terminal nor forge a line; lines: keep ``\n`` (text shown as lines)."""
    if text.isprintable() and (text.isascii() or not any(ord(c) in _HIDDEN for c in text)):
        return text
    return "".join(
        _escaped(c) if ord(c) in _HIDDEN and not (lines and c == "\n") else c for c in text
    )


def _escaped(character: str) -> str:
    code = ord(character)
    if character in _NAMED:
        return _NAMED[character]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun if count == 1 else NOUNS.get(noun, noun + 's')}"


class Run:
    """One command run as the user sees it on stderr: errors as they happen, a progress bar
    (only when stderr is a terminal), and a one-line summary at the end."""

    def __init__(self, quiet: bool = False, traceback: bool = False) -> None:
        self.quiet = quiet
        self.traceback = traceback  # show the stack of an internal error after its message
        self.failed = 0
        self.documents_done = 0
        self.records = 0
        self.started = time.monotonic()
        self._progress = None
        self._task = None
        self._errors: IO[str] | None = None  # --errors FILE

    def documents(self, items: Iterable) -> Iterator:
        """Documents from sources, with each error reported on stderr and counted."""
        from ..records import DocumentError
        from ..sources import DocumentWarning

        for item in items:
            if isinstance(item, DocumentError):
                self.failed += 1
                self.error(f"Error: {item.id}: {item.reason}")
                if self.traceback and item.detail:
                    self.error(item.detail.rstrip(), lines=True)
                if self._errors is not None:
                    self._log(item)
            elif isinstance(item, DocumentWarning):
                self.error(f"Warning: {item.id}: {item.message}")
            else:
                yield item

    def _log(self, error: Any) -> None:
        record = {"doc": error.id, "line": error.line, "error": error.reason}
        self._errors.write(json_text(record, compact=False) + "\n")
        self._errors.flush()

    @contextlib.contextmanager
    def errors_to(self, path: str | None) -> Iterator[None]:
        """While the block runs, also write every failure to path as a JSON line (written
        through like -o: the file is whole, or the previous one is untouched)."""
        if path is None:
            yield
            return
        from ..outfile import check, open_output

        with open_output(check(path)) as self._errors:
            try:
                yield
            finally:
                self._errors = None

    def unique(self, documents: Iterable) -> Iterator:
        """documents, with one warning at the first id that repeats (ids are then ambiguous in
        the output)."""
        return self._warn_repeats(documents, lambda document: document.id, runs=False)

    def unique_records(self, records: Iterable) -> Iterator:
        """records, with one warning at the first document id that comes back after another
        document's records (what ``unique`` says of documents, told from their records)."""
        return self._warn_repeats(records, lambda record: getattr(record, "doc", None), runs=True)

    def _warn_repeats(self, items: Iterable, id_of: Callable, runs: bool) -> Iterator:
        """items, warning once at the first id seen again; with runs, consecutive items of one
        id count as one (a document's records). Remembers ids only until that warning."""
        seen: set[int] | None = set()
        current = None
        for item in items:
            key = id_of(item)
            if seen is not None and key is not None and not (runs and key == current):
                if hash(key) in seen:
                    self.error(f"Warning: {key}: duplicate document id (not the last)")
                    seen = None
                else:
                    seen.add(hash(key))
                current = key
            yield item

    def error(self, message: str, lines: bool = False) -> None:
        """message on stderr, on one line (lines: on its own lines), control characters
        escaped: a hostile id or file name cannot drive the terminal or forge a line."""
        message = printable(message, lines)
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    def advance(self, documents: int) -> None:
        self.documents_done += documents
        if self._progress is not None:
            rate = self.documents_done / max(time.monotonic() - self.started, 1e-9)
            self._progress.update(self._task, advance=documents, rate=f"{rate:.1f} docs/s")

    def count(self, records: Iterable[dict]) -> Iterator[dict]:
        for record in records:
            self.records += 1
            yield record

    @contextlib.contextmanager
    def progress(self, total: Callable[[], int | None]):
        """A progress bar on stderr while the block runs, when stderr is a terminal."""
        if self.quiet or not isatty(sys.stderr):
            yield
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        columns = (
            TextColumn("documents"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
        )
        console = Console(stderr=True, no_color="NO_COLOR" in os.environ)
        with Progress(
            *columns, console=console, redirect_stdout=False, redirect_stderr=False, transient=True
        ) as bar:
            self._progress, self._task = bar, bar.add_task("documents", total=total(), rate="")
            try:
                yield
            finally:
                self._progress = None

    def summarize(self, noun: str = "record") -> None:
        if self.quiet:
            return
        elapsed = time.monotonic() - self.started
        rate = self.documents_done / elapsed if elapsed > 0 else 0.0
        counts = ", ".join(
            (
                plural(self.documents_done, "document"),
                plural(self.records, noun),
                plural(self.failed, "error"),
            )
        )
        click.echo(f"pressrel: {counts} in {elapsed:.1f} s ({rate:.1f} documents/s)", err=True)

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_OK


def isatty(stream: IO | None) -> bool:
    """Whether stream is a terminal (no stream, as sys.stderr can be under pythonw, is not)."""
    return bool(stream) and stream.isatty()
