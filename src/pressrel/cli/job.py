"""One command's run, the same for every command: read the inputs, run the core, write the
records, report on stderr, and exit with the code that follows.

A command runs ``with Job(common) as job:`` and hands a ``work.Task`` to ``job.finish_records``
(its records streamed out, locally or from a Dask cluster, or written by the workers to
``-o DIR/``), or builds records from ``job.records(task)``, ``job.tally(task)`` or
``job.documents()`` and hands them to ``job.finish``. Everything around that is here: the output
checked before any work, ``--resume``, errors and ``--errors FILE``, progress, the summary and
the exit code.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import click

from .options import Common
from .output import Destination, check_written
from .ui import EXIT_OK, Run, plural

if TYPE_CHECKING:  # the core loads on first use, not with --help
    from ..work import Task


class Job:
    def __init__(self, common: Common) -> None:
        if common.output in (None, "-") and sys.stdout is None:  # run with stdout closed (>&-)
            raise click.exceptions.Exit(EXIT_OK)  # nowhere to write: nothing to do
        _check_aliases(common)
        if common.errors_file not in (None, "-"):
            check_written("--errors", common.errors_file)
        self.common = common
        self.parts_folder = _parts_folder(common)  # --dask -o DIR/: the workers write the parts
        output = None if self.parts_folder else common.output
        self.destination = Destination.of(
            output, common.fmt, common.resume, common.columns, _header(common)
        )
        self.run = Run(common.quiet, common.traceback)
        self.found = False  # the input held a document (--resume may skip it)
        self._stack = contextlib.ExitStack()  # --errors FILE, the progress bar, the Dask client
        if common.dask:
            _check_dask(common)

    def __enter__(self) -> Job:
        """The run's --errors file and progress bar, open from before any work to its end."""
        self._stack.enter_context(self.run.errors_to(self.common.errors_file))
        if not self.common.dask:
            self._stack.enter_context(self.run.progress(self._total))
        return self

    def __exit__(self, *failure: object) -> None:
        self._stack.__exit__(*failure)

    def documents(self, advance: bool = False) -> Iterator:
        """The input documents, errors reported, those --resume keeps skipped (advance: each
        counts as done for the progress bar as it is read)."""
        documents = self._kept(self._items())
        return self._lockstep(documents) if advance else documents

    def _items(self) -> Iterator:
        """What the sources read from the paths (documents, errors, warnings); no PATH means
        stdin, which must not be a terminal."""
        from ..sources import read_documents

        paths = self.common.paths
        if not paths:
            if sys.stdin is None or sys.stdin.isatty():
                raise click.UsageError(
                    "no PATH given and stdin is a terminal (use '-' to read it anyway)"
                )
            paths = ("-",)
        return read_documents(paths, self.common.input_format, self.common.encoding)

    def _kept(self, items: Iterable) -> Iterator:
        """The documents of items, errors reported, those --resume keeps skipped."""
        if self.common.max_chars:
            items = _at_most(items, self.common.max_chars)
        documents = self.run.unique(self._found(self.run.documents(items)))
        if self.destination.done:
            documents = _not_done(documents, dict(self.destination.done))
        return documents

    def _found(self, documents: Iterable) -> Iterator:
        """documents, noting that the input held one (a run that finds none fails)."""
        for document in documents:
            self.found = True
            yield document

    def _lockstep(self, documents: Iterable) -> Iterator:
        """documents for a consumer that asks for the next one only once the records of the
        last are written: each then counts as done (progress, and --resume's side file)."""
        for document in documents:
            yield document
            self.run.advance(1)
            self.destination.mark_done(document)

    def analyses(self, options: Any, shape: Callable | None = None) -> Iterator:
        """The analyses of the documents (with shape: their shapes, see ``runner.run``), by the
        runner with -j processes, errors reported."""
        from ..runner import run, usable_cores

        cores = usable_cores()
        jobs = self.common.jobs or cores
        if jobs > cores:  # the runner starts no more workers than batches, but still
            self.run.error(
                f"Warning: -j {jobs}: more than the {plural(cores, 'usable core')} "
                "(workers share them: no faster, and each takes memory)"
            )
        from ..arrivals import ReadAhead

        ahead = ReadAhead(self._items())  # read in a thread: a slow stream is not held back
        analyses = run(
            self._kept(ahead), options, jobs, self.run.advance, ahead.arrived, _flush, shape
        )
        return self.run.documents(_closing(analyses, ahead.close))

    def records(self, task: Task) -> Iterator:
        """The records of task over the input (in this process and -j workers, or on the Dask
        cluster), in input order, errors and warnings reported."""
        from .. import work

        if self.common.dask:
            from ..dask import runner

            client = self._client()
            found = runner.results(
                client, self.common.paths, task, *self._decoding(), self.run.advance
            )
            return self.run.unique_records(self.run.documents(found))
        if task.kind in work.LAYOUTS:
            return self.run.documents(self._layout_records(task))
        return self._analysed_records(task)

    def _analysed_records(self, task: Task) -> Iterator:
        from .. import work

        for analysis in self.analyses(task.options):
            yield from work.records(task, analysis)
            self.destination.mark_done(analysis.document)  # its records are written by now

    def _written_lines(self, task: Task) -> Iterator[str]:
        """The records of task as JSON Lines, each written by the process that analysed its
        document (a -j worker: the parent only passes the text on)."""
        from functools import partial

        from .. import work

        for written in self.analyses(task.options, partial(work.lines, task)):
            yield from written.lines
            self.destination.mark_done(written.document)  # its records are written by now

    def _layout_records(self, task: Task) -> Iterator:
        """segment's records document by document; a document that failed is not done."""
        from .. import work
        from ..records import DocumentError

        for document in self.documents():
            found = list(work.results(task, [document]))
            yield from found
            self.run.advance(1)
            if not any(isinstance(item, DocumentError) for item in found):
                self.destination.mark_done(document)

    def tally(self, task: Task) -> Any:
        """The stats tally of the input, errors and warnings reported."""
        from .. import stats

        if not self.common.dask:
            return stats.tally(self.analyses(task.options), task.by, task.pairs)
        from ..dask import runner

        counts, problems = runner.tally(self._client(), self.common.paths, task, *self._decoding())
        list(self.run.documents(problems))
        self.run.advance(counts.documents)
        return counts

    def _client(self) -> Any:
        from ..dask.cluster import client_for

        return self._stack.enter_context(client_for(self.common.dask, self.common.jobs))

    def _decoding(self) -> tuple[str, str | None]:
        return self.common.input_format, self.common.encoding

    def finish(
        self,
        items: Iterable,
        record_type: type,
        noun: str,
        rows: Callable[[Iterable], Iterable[dict]] | None = None,
        render: Callable[[Iterable, IO[str], bool], None] | None = None,
    ) -> None:
        """Write items (see ``Destination.emit``), then the summary; exits the command."""
        # items are counted as records: rows, when given, makes one row of each (segment)
        self.destination.emit(
            self.run.count(items), record_type, rows, render, raw=self.common.raw_csv
        )
        self._done(noun)

    def _done(self, noun: str) -> None:
        """The end of the run: files closed, progress bar gone, then the summary and the exit.
        A run that found no document at all (an empty folder, an empty corpus) fails."""
        self._stack.close()
        if not (self.found or self.run.documents_done or self.run.failed):
            from ..sources.walk import READS

            self.run.failed += 1
            self.run.error(f"Error: no document in the input (pressrel reads {READS})")
        self.run.summarize(noun)
        raise click.exceptions.Exit(self.run.exit_code)

    def finish_records(self, task: Task, record_type: type, noun: str) -> None:
        """finish() for a task's records: streamed here, or with --dask -o DIR/ written by the
        workers, part by part."""
        if self.parts_folder is None:
            return self.finish(self._rows(task), record_type, noun)
        from ..dask import runner

        fmt = "jsonl" if self.common.fmt == "auto" else self.common.fmt
        if fmt == "table":
            raise click.UsageError("-o DIR/ writes part files: choose a file format with -f")
        os.makedirs(self.parts_folder, exist_ok=True)
        found = runner.write_parts(
            self._client(), self.common.paths, task, *self._decoding(),
            self.parts_folder, fmt, record_type, self.common.raw_csv,
        )  # fmt: skip
        for documents, records in self.run.documents(found):
            self.run.advance(documents)
            self.run.records += records
        self._done(noun)

    def _rows(self, task: Task) -> Iterator:
        """task's records as rows: dicts, or for JSON Lines of analyses in this process and its
        -j workers, the lines themselves (written where the documents were analysed)."""
        from .. import work

        local = not self.common.dask and task.kind not in work.LAYOUTS
        if local and self.destination.resolved_format() == "jsonl":
            return self._written_lines(task)
        return (r.to_dict() for r in self.records(task))

    def _total(self) -> int | None:
        from ..sources import count_documents

        common = self.common
        return count_documents(common.paths or ("-",), common.input_format, common.encoding)


def _check_aliases(common: Common) -> None:
    """Inputs and outputs never alias: -o or --errors naming an input, or each other, or a file
    an input folder's walk would read, is a usage error before any work (the input would be
    replaced by the output, or the output read as input by the next run)."""
    outputs = [(flag, name) for flag, name in (("-o", common.output), ("--errors", common.errors_file))
               if name not in (None, "-")]  # fmt: skip
    known = {}
    for flag, name in outputs:
        key = _file_identity(name)
        if key is None:
            continue
        if key in known:
            raise click.UsageError(f"-o and --errors name the same file: {name}")
        known[key] = (flag, name)
    for path in common.paths:
        key = _file_identity(path) if path != "-" else None
        if key in known:
            flag, name = known[key]
            where = "" if path == name else f" ({path})"
            raise click.UsageError(f"{flag} {name} is also an input{where}: write elsewhere")
        if path != "-" and os.path.isdir(path):
            from ..sources.walk import would_read

            for flag, name in outputs:
                if would_read(path, name):
                    raise click.UsageError(
                        f"{flag} {name} is inside the input folder {path}, which reads it: the"
                        " next run would take these records for documents; write elsewhere"
                    )


def _file_identity(path: str) -> tuple | None:
    """What a path names, links followed: a file or folder by device and inode, a path yet to
    be created by its real path; None for a device, FIFO or socket (written directly, never
    replaced: /dev/null may be named twice)."""
    try:
        info = os.stat(path)
    except OSError:
        return ("new", os.path.realpath(path))
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        return None
    return ("file", info.st_dev, info.st_ino)


# options that do not change what records a run writes: --resume may change them
_NOT_IN_RECORDS = frozenset(
    ("paths", "output", "resume", "fmt", "columns", "jobs", "quiet", "traceback", "dask",
     "max_chars", "errors_file", "raw_csv")
)  # fmt: skip


def _header(common: Common) -> dict | None:
    """What writes a --resume output: the command and the options that shape its records."""
    if not common.resume:
        return None
    context = click.get_current_context(silent=True)
    if context is None:
        return {"command": None, "options": {}}
    options = {k: v for k, v in context.params.items() if k not in _NOT_IN_RECORDS}
    return {"command": context.command.name, "options": options}


def _not_done(documents: Iterable, done: dict) -> Iterator:
    """documents, without those --resume finds done (a position named twice: as often as it
    is done)."""
    from .output import document_key

    for document in documents:
        key = document_key(document)
        if done.get(key):
            done[key] -= 1
            continue
        yield document


def _parts_folder(common: Common) -> str | None:
    """With --dask, an -o that is a folder (existing, or written with a trailing /)."""
    output = common.output
    if not common.dask or not output or not (output.endswith("/") or os.path.isdir(output)):
        return None
    return output


def _check_dask(common: Common) -> None:
    from ..dask.cluster import check, require
    from ..extras import MissingExtra

    for flag, value in (("--resume", common.resume), ("--max-chars", common.max_chars)):
        if value:
            raise click.UsageError(f"{flag} does not go with --dask")
    if not common.paths or "-" in common.paths:
        raise click.UsageError("--dask reads files: give PATHs (not stdin)")
    try:
        check(common.dask)
        require()
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--dask") from None
    except MissingExtra as error:
        raise click.ClickException(str(error)) from None


def _at_most(items: Iterable, limit: int) -> Iterator:
    """items, with the documents longer than limit characters replaced by their error."""
    from ..records import Document, DocumentError

    for item in items:
        if isinstance(item, Document) and len(item.text) > limit:
            reason = f"{len(item.text):,} characters, more than --max-chars {limit:,}"
            yield DocumentError(item.id, reason)
        else:
            yield item


def _flush() -> None:
    """What was written to stdout so far goes out (the input is slow: a reader downstream
    should not wait for a full buffer)."""
    sys.stdout.flush()


def _closing(items: Iterable, close: Callable[[], None]) -> Iterator:
    """items, then close(), however the iteration ends."""
    try:
        yield from items
    finally:
        close()
