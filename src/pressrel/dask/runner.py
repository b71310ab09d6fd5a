"""The client side of a Dask run: the input planned into parts, the parts' tasks submitted
through a bounded window (at most WINDOW_PER_WORKER per worker in flight, so neither the client
nor the cluster holds the whole corpus), and their results yielded in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .. import work
from ..records import DocumentError
from ..sources import DocumentWarning
from ..sources.parts import Part, number, plan
from . import tasks
from .cluster import workers

PROBLEMS = (DocumentError, DocumentWarning)  # what the plan holds besides parts: passed through

WINDOW_PER_WORKER = 2


def parts(
    client: Any, paths: Iterable[str], input_format: str, encoding: str | None = None
) -> list[Part | DocumentError]:
    """The parts of paths, corpus ranges numbered by their line counts (counted by workers)."""
    planned = list(plan(paths, input_format, encoding=encoding))
    ranges = [p for p in planned if isinstance(p, Part) and p.corpus is not None]
    counts = client.gather(client.map(tasks.lines, ranges, pure=True)) if ranges else []
    numbered = iter(number([p for p in planned if isinstance(p, Part)], counts))
    return [next(numbered) if isinstance(p, Part) else p for p in planned]


def in_order(client: Any, function: Callable, items: list, *args: Any) -> Iterator[Any]:
    """function(part, *args) for every part on the cluster, results in input order; a
    DocumentError among the items is passed through in its place."""
    window: deque = deque()
    pending = iter(items)
    limit = WINDOW_PER_WORKER * workers(client)
    in_flight = 0

    def submit() -> None:
        nonlocal in_flight
        while in_flight < limit and (item := next(pending, None)) is not None:
            if isinstance(item, PROBLEMS):
                window.append(item)
            else:
                window.append(client.submit(function, item, *args, pure=True))
                in_flight += 1

    submit()
    while window:
        head = window.popleft()
        if isinstance(head, PROBLEMS):
            yield head
            continue
        result = head.result()
        in_flight -= 1
        submit()
        yield result


def results(
    client: Any, paths, task: work.Task, input_format: str, encoding, advance=None
) -> Iterator[Any]:
    """The task's records (and errors, warnings) over the input, in input order; advance(n)
    is told of every part's documents."""
    planned = parts(client, paths, input_format, encoding)
    for result in in_order(client, tasks.part_results, planned, task, input_format, encoding):
        if isinstance(result, PROBLEMS):
            yield result
            continue
        found, documents = result
        if advance:
            advance(documents)
        yield from found


def tally(client: Any, paths, task: work.Task, input_format: str, encoding):
    """The merged tally of the input, and the errors and warnings met, in order."""
    from ..stats import Tally

    total, problems = Tally(task.by, task.pairs), []
    planned = parts(client, paths, input_format, encoding)
    for result in in_order(client, tasks.part_tally, planned, task, input_format, encoding):
        if isinstance(result, PROBLEMS):
            problems.append(result)
            continue
        partial, found = result
        total.update(partial)
        problems.extend(found)
    return total, problems


def write_parts(
    client: Any,
    paths,
    task: work.Task,
    input_format: str,
    encoding,
    folder: str,
    fmt: str,
    record_type: type,
    raw: bool,
) -> Iterator[Any]:
    """Each part written by a worker to folder/part-NNNNN.fmt; yields, part by part, its
    errors and warnings, then (documents read, records written)."""
    import os

    planned = parts(client, paths, input_format, encoding)
    names = iter(range(len(planned)))
    jobs = [
        p if isinstance(p, PROBLEMS) else (p, os.path.join(folder, f"part-{next(names):05d}.{fmt}"))
        for p in planned
    ]

    for result in in_order(
        client, tasks.part_file, jobs, task, input_format, encoding, fmt, record_type, raw
    ):
        if isinstance(result, PROBLEMS):
            yield result
            continue
        problems, documents, records = result
        yield from problems
        yield documents, records
    _remove_stale_parts(folder, len(planned) - sum(isinstance(p, PROBLEMS) for p in planned), fmt)


def _remove_stale_parts(folder: str, written: int, fmt: str) -> None:
    """Part files a previous run left beyond this run's (it had more parts): their records are
    not this run's output."""
    import glob
    import os

    for path in glob.glob(os.path.join(folder, f"part-*.{fmt}")):
        number = os.path.basename(path)[len("part-") : -len(fmt) - 1]
        if number.isdigit() and int(number) >= written:
            os.unlink(path)
