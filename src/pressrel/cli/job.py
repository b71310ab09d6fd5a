"""One command's run, the same for every command: read the inputs, run the core, write the
records, report on stderr, and exit with the code that follows.

A command builds its records from ``job.documents()`` or ``job.analyses(options)`` and hands
them to ``job.finish``; everything around that (the output checked before any work,
``--resume``, errors and ``--errors FILE``, progress, the summary, the exit code) is here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import click

from .options import Common
from .output import Destination
from .ui import EXIT_OK, Run


class Job:
    def __init__(self, common: Common) -> None:
        if common.output in (None, "-") and sys.stdout is None:  # run with stdout closed (>&-)
            raise click.exceptions.Exit(EXIT_OK)  # nowhere to write: nothing to do
        self.common = common
        self.destination = Destination.of(common.output, common.fmt, common.resume, common.columns)
        self.run = Run(common.quiet, common.traceback)

    def documents(self, advance: bool = False) -> Iterator:
        """The input documents, errors reported, those --resume keeps skipped (advance: each
        counts as done for the progress bar as it is read); no PATH means stdin, which must not
        be a terminal."""
        from ..sources import read_documents

        paths = self.common.paths
        if not paths:
            if sys.stdin is None or sys.stdin.isatty():
                raise click.UsageError(
                    "no PATH given and stdin is a terminal (use '-' to read it anyway)"
                )
            paths = ("-",)
        items = read_documents(paths, self.common.input_format, self.common.encoding)
        if self.common.max_chars:
            items = _at_most(items, self.common.max_chars)
        documents = self.run.unique(self.run.documents(items))
        done = self.destination.done
        documents = (d for d in documents if d.id not in done) if done else documents
        return self.run.advancing(documents) if advance else documents

    def analyses(self, options: Any) -> Iterator:
        """The analyses of the documents, by the runner with -j processes, errors reported."""
        from ..runner import run, usable_cores

        jobs = self.common.jobs or usable_cores()
        return self.run.documents(run(self.documents(), options, jobs, self.run.advance))

    def finish(
        self,
        items: Iterable,
        record_type: type,
        noun: str,
        rows: Callable[[Iterable], Iterable[dict]] | None = None,
        render: Callable[[Iterable, IO[str], bool], None] | None = None,
    ) -> None:
        """Write items (see ``Destination.emit``), then the summary; exits the command."""
        counted = self.run.count(items) if rows is None else items
        count = None if rows is None else (lambda found: self.run.count(rows(found)))
        with self.run.errors_to(self.common.errors_file), self.run.progress(self._total):
            self.destination.emit(counted, record_type, count, render, raw=self.common.raw_csv)
        self.run.summarize(noun)
        raise click.exceptions.Exit(self.run.exit_code)

    def _total(self) -> int | None:
        from ..sources import count_documents

        return count_documents(self.common.paths or ("-",), self.common.input_format)


def _at_most(items: Iterable, limit: int) -> Iterator:
    """items, with the documents longer than limit characters replaced by their error."""
    from ..records import Document, DocumentError

    for item in items:
        if isinstance(item, Document) and len(item.text) > limit:
            reason = f"{len(item.text):,} characters, more than --max-chars {limit:,}"
            yield DocumentError(item.id, reason)
        else:
            yield item
