"""What a Dask worker does with one part of the input: read it itself, run the same core as a
local run (``work``), and send back records (or a partial tally), or write them to a part file.

The models are module-level caches of ``pressrel.models``: loaded by a worker process's first
task and kept for the next ones. A task is pure (the same part gives the same result), so when a
worker is lost Dask runs its tasks again elsewhere, and the client keeps one result per part.
"""

from __future__ import annotations

from .. import work
from ..records import Document, DocumentError
from ..sources import DocumentWarning
from ..sources.parts import Part, count_lines, read_part


def lines(part: Part) -> int:
    return count_lines(part)


def part_results(
    part: Part, task: work.Task, input_format: str, encoding: str | None
) -> tuple[list, int]:
    """The part's records, errors and warnings, in order, and how many documents it held."""
    documents = _Counted(read_part(part, input_format, encoding))
    return list(work.results(task, documents)), documents.count


class _Counted:
    """The items of a part, counting its documents as they go by."""

    def __init__(self, items) -> None:
        self.items, self.count = items, 0

    def __iter__(self):
        for item in self.items:
            self.count += isinstance(item, Document)
            yield item


def part_tally(part: Part, task: work.Task, input_format: str, encoding: str | None):
    """The part's partial tally, and its errors and warnings."""
    return work.tally(task, read_part(part, input_format, encoding))


def part_file(
    job: tuple[Part, str],
    task: work.Task,
    input_format: str,
    encoding: str | None,
    fmt: str,
    record_type: type,
    raw: bool,
) -> tuple[list, int, int]:
    """Write the records of the part of job = (part, path) to path (whole or not at all, like
    every output: ``outfile``), so a task run again replaces its file and never duplicates it;
    send back its errors and warnings, how many documents it read and records it wrote."""
    from .. import emit, outfile
    from ..parquet import write_parquet

    part, path = job
    found, documents = part_results(part, task, input_format, encoding)
    problems = [item for item in found if _is_problem(item)]
    rows = [item.to_dict() for item in found if not _is_problem(item)]
    with outfile.open_output(outfile.check(path)) as stream:
        if fmt == "parquet":
            stream.flush()
            write_parquet(rows, stream.buffer, record_type)
        else:
            emit.write(rows, stream, fmt, emit.columns(record_type), raw=raw)
    return problems, documents, len(rows)


def _is_problem(item) -> bool:
    return isinstance(item, (DocumentError, DocumentWarning))
