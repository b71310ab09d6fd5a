"""Records to stdout or to a file, in the format the user asked for (or the one that fits).

A command makes its ``Destination`` first, before any work: a bad ``-o`` fails at once, and
``--resume`` learns which documents the output already holds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, TypeVar

import click

from .. import outfile
from ..compression import inner, suffix_of
from .render import render_table, table_columns
from .ui import EXIT_OK, isatty

T = TypeVar("T")
STDOUT = "-"
NOT_WRITTEN = (".zst", ".zip", ".7z")  # compressions pressrel does not write (no stdlib module)


@dataclass(frozen=True)
class Destination:
    """Where a command's records go: stdout (target None) or a checked output file."""

    fmt: str  # the format asked for ("auto" resolves when writing)
    target: outfile.Target | None
    resumed: outfile.Resumed  # with --resume: what the output file already holds
    columns: str | None = None  # --columns: the table's, comma-separated
    _resuming: bool = False  # --resume: the file is written in place (outfile.open_resumed)

    @classmethod
    def of(
        cls,
        output: str | None,
        fmt: str,
        resume: bool = False,
        columns: str | None = None,
        header: dict | None = None,
    ) -> Destination:
        """header: what writes the output (command and options), for --resume to check."""
        from .. import emit as writers

        target = outfile.check(output) if output not in (None, STDOUT) else None
        if target is not None:
            _check_compression(target, fmt, resume)
        nothing = outfile.Resumed(0, {}, {})
        if not resume:
            return cls(fmt, target, nothing, columns)
        if target is None or not target.regular:
            raise click.UsageError("--resume needs -o FILE (a regular file)")
        if writers.resolve_format(fmt, target.given, False) != "jsonl":
            raise click.UsageError("--resume needs JSON Lines output (-f jsonl, or FILE.jsonl)")
        try:
            resumed = outfile.resume(target, header or {})
        except outfile.ResumeRefused as error:
            raise click.UsageError(f"--resume: {error}") from None
        return cls(fmt, target, resumed, columns, _resuming=True)

    @property
    def done(self) -> dict:
        """The documents the output already holds (--resume), by ``document_key``, with how
        many times each is there: not to be done again."""
        return self.resumed.done

    def mark_done(self, document) -> None:
        """--resume: all of document's records are written (the side file says so)."""
        if self.resumed.journal is not None:
            self.resumed.journal.done(document_key(document))

    def resolved_format(self) -> str:
        """The concrete format the records will be written in (see ``emit.resolve_format``)."""
        from .. import emit as writers

        given = self.target.given if self.target else None
        stdout_tty = given is None and isatty(sys.stdout)
        return writers.resolve_format(self.fmt, given and inner(given), stdout_tty)

    def emit(
        self,
        items: Iterable[T],
        record_type: type,
        rows: Callable[[Iterable[T]], Iterable[dict]] | None = None,
        render: Callable[[Iterable[T], IO[str], bool], None] | None = None,
        raw: bool = False,
    ) -> None:
        """items in the resolved format. The machine formats write rows(items) (items are the
        rows themselves when rows is None); render draws the "table" format from the items
        (default: a table of the rows). Exactly one of them consumes items. raw: CSV/TSV cells
        as they are, without the formula-injection guard."""
        from .. import emit as writers

        stdout_tty = self.target is None and isatty(sys.stdout)
        concrete = self.resolved_format()
        header = writers.columns(record_type)
        try:
            shown = table_columns(record_type, header, self.columns)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--columns") from None

        if concrete in writers.BINARY_FORMATS:
            self._check_binary(concrete, stdout_tty)

        def write(stream: IO[str], color: bool) -> None:
            if concrete == "parquet":
                from ..parquet import write_parquet

                stream.flush()
                write_parquet(rows(items) if rows else items, stream.buffer, record_type)
            elif concrete == "table" and render is not None:
                render(items, stream, color)
            elif concrete == "table":
                render_table(rows(items) if rows else items, stream, color, record_type, shown)
            else:
                writers.write(rows(items) if rows else items, stream, concrete, header, raw=raw)

        try:
            if self.target is None:
                _to_stdout(lambda: write(sys.stdout, color=writers.color_wanted(stdout_tty)))
                return
            with self._open() as stream:
                write(stream, color=False)
        except BrokenPipeError:  # the reader went away (| head): stop quietly, like cat does
            silence_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None
        except outfile.OutputError as error:  # -o /dev/stdout | head: the same
            if self.target and not self.target.regular and "Broken pipe" in str(error):
                silence_stdout()
                raise click.exceptions.Exit(EXIT_OK) from None
            raise

    def _open(self):
        if self._resuming:
            return outfile.open_resumed(self.target, self.resumed)
        return outfile.open_output(self.target)

    def _check_binary(self, concrete: str, stdout_tty: bool) -> None:
        from ..extras import MissingExtra
        from ..parquet import require

        if self.target is None and stdout_tty:
            raise click.UsageError(f"{concrete} is binary: write it with -o FILE.{concrete}")
        try:
            require()
        except MissingExtra as error:
            raise click.ClickException(str(error)) from None


def _check_compression(target: outfile.Target, fmt: str, resume: bool) -> None:
    """-o FILE.gz, .bz2 or .xz is written compressed (the format by the name inside: out.csv.gz
    is CSV); other compressions, compressed Parquet and --resume of a compressed file are
    usage errors (rather than plain text under a compressed name)."""
    from .. import emit as writers

    given = target.given
    check_written("-o", given)
    if not suffix_of(given):
        return
    if writers.resolve_format(fmt, inner(given), False) in writers.BINARY_FORMATS:
        raise click.UsageError(f"-o {given}: Parquet compresses its own columns: write .parquet")
    if resume:
        raise click.UsageError(
            f"--resume writes its file in place, record by record, which a compressed file "
            f"cannot take: resume -o {inner(given)} and compress it when the run is done"
        )


def check_written(flag: str, given: str) -> None:
    """A usage error for an output named with a compression pressrel does not write (it would
    hold plain text under that name)."""
    unwritten = next((s for s in NOT_WRITTEN if given.lower().endswith(s)), None)
    if unwritten:
        raise click.UsageError(
            f"{flag} {given}: pressrel does not write {unwritten} files (they would hold plain "
            f"text): write .gz, .bz2 or .xz, or pipe the output through a compressor, as in "
            f"'pressrel ... | zstd > {given}'"
        )


def _to_stdout(action: Callable[[], None]) -> None:
    """action, writing to stdout: its write errors (``> /dev/full``) name stdout, as those of
    -o FILE name the file (a closed pipe is not an error: see ``emit``)."""
    try:
        action()
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        silence_stdout()  # the interpreter's last flush must not fail again
        raise outfile.OutputError(f"stdout: {error.strerror or error}") from None


def silence_stdout() -> None:
    """After the reader went away (| head) or with stdout closed, point it at /dev/null so that
    the interpreter's final flush does not raise again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor 1 at all
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process


def document_key(document) -> tuple:
    """What tells a document apart for --resume: where it was read (the file, made absolute,
    and the corpus line) and its id."""
    source = document.source
    if source not in (None, STDOUT):
        source = os.path.abspath(source)
    return (source, document.line, document.id)
