"""Execution: the pipeline in this process or in a pool of worker processes.

Both ways give the same analyses in input order. Documents go in batches of up to
``BATCH_DOCUMENTS``; a batch is closed early when the input has nothing more for it within
``PATIENCE`` seconds (a slow stream on stdin: a document is analysed soon after it arrives, and
``on_wait`` runs before the runner waits for more, so the CLI can flush what it wrote).

The pool is fed batches through a bounded window (at most ``2 * jobs`` batches in flight or
waiting to be given out in order), so memory does not grow with the corpus. Models are loaded
before the workers fork, so they share the parent's pages; BLAS threads are pinned to one per
process (see ``models``), because two processes with default threads on two cores run several
times slower than one. Each worker has its own pipe and takes one batch at a time, so the parent
always knows which batch a worker holds. Workers leave Ctrl-C to the parent and die with it,
however it dies; a run that is interrupted, terminated or abandoned by its reader stops its
workers at once.

The pool starts no more workers than there are batches to fill them (``-j 1000`` over 21
batches starts 21). A worker that dies (killed, as the OOM killer does) is replaced and its batch
given to another worker; a batch whose worker dies twice is not tried again, its documents are
reported as errors (``WORKER_DIED``). Once the input has ended, the batches still waiting go out
in quarters, so that the workers finish together.

With ``shape``, each analysis is shaped by the process that made it and the run yields the
shape instead (the CLI's JSON Lines: the workers write the output lines, and send back those
rather than the analyses, so the parent only copies text from the pipes to the output).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain, islice
from multiprocessing.connection import Connection, wait
from typing import Any

from . import models
from .pipeline import (
    BATCH_DOCUMENTS,
    Options,
    analyze_documents,
    collect_less,
    model_safe,
    warm_up,
)
from .records import Analysis, Document, DocumentError

SMALL_INPUT = 2 * BATCH_DOCUMENTS  # documents; fewer than this run in-process
PATIENCE = 0.2  # seconds a batch waits for its next document before it is analysed as it is
TAIL_PIECES = 4  # the batches left when the input ends go out in pieces of a quarter
TRIES = 2  # times a batch is given to a worker before its documents are reported
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 1.0
STOP_SECONDS = 5.0  # a worker asked to stop is killed after this
Progress = Callable[[int], None]  # called with the number of documents just finished
Arrived = Callable[[float], bool]  # whether the next input item is there, waiting up to s seconds
WORKER_DIED = "worker process died on this document's batch (killed, or out of memory?)"
Result = Analysis | DocumentError
Shape = Callable[[Analysis], Any]  # what the run yields of an analysis (made where it is made)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def run(
    documents: Iterable[Document],
    options: Options,
    jobs: int = 1,
    progress: Progress | None = None,
    arrived: Arrived | None = None,
    on_wait: Callable[[], None] | None = None,
    shape: Shape | None = None,
) -> Iterator[Any]:
    """Analyses of documents, in input order, with jobs processes (1: this process); with
    shape, shape(analysis) in place of each analysis (errors are yielded as they are).
    arrived (see ``arrivals.ReadAhead.arrived``) tells whether the input has its next item
    ready; without it, batches are always full. An input too small, or too slow, to keep two
    processes busy runs in this process whatever jobs says: starting workers would only delay
    the first record."""
    batches = _batches(documents, arrived, on_wait)
    head: list[list[Document]] = []
    while len(head) < 2 and (batch := next(batches, None)):  # a short batch: no more at once
        head.append(batch)
        if len(batch) < BATCH_DOCUMENTS:
            break
    batches = chain(head, batches)
    collect_less()
    if jobs <= 1 or sum(map(len, head)) < SMALL_INPUT:
        yield from _serial(batches, options, progress, shape)
    else:
        yield from _parallel(batches, options, jobs, progress, shape)


def _batches(
    documents: Iterable[Document], arrived: Arrived | None, on_wait: Callable[[], None] | None
) -> Iterator[list[Document]]:
    """documents in batches of BATCH_DOCUMENTS, or fewer when the input stalls."""
    iterator = iter(documents)
    while True:
        if arrived and on_wait and not arrived(0.0):
            on_wait()  # what was written so far goes out before the wait for more input
        batch = list(islice(iterator, 1))
        if not batch:
            return
        while len(batch) < BATCH_DOCUMENTS and (arrived is None or arrived(PATIENCE)):
            more = list(islice(iterator, 1 if arrived else BATCH_DOCUMENTS - len(batch)))
            if not more:
                break
            batch.extend(more)
        yield batch


def _serial(
    batches: Iterable[list[Document]],
    options: Options,
    progress: Progress | None,
    shape: Shape | None,
):
    for batch in batches:
        for analysis in analyze_documents(batch, options):
            if progress:
                progress(1)
            yield _shaped(analysis, shape)


def _shaped(result: Result, shape: Shape | None) -> Any:
    return shape(result) if shape is not None and isinstance(result, Analysis) else result


def _parallel(
    batches: Iterator[list[Document]], options: Options, jobs: int, progress, shape: Shape | None
):
    warm_up()  # before forking: workers inherit the loaded models and tables
    collect_less()  # ... and no collection of theirs walks them (nor copies their pages)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    first = list(islice(batches, jobs))  # no more workers than batches to give them
    pool = _Pool(max(1, len(first)), context, options, shape)
    try:
        yield from _stream(pool, chain(first, batches), progress)
    except BaseException:  # interrupted, terminated, or the reader went away: stop now
        pool.kill()
        raise
    pool.stop()


class _Flight:
    """A batch in the window: given to a worker, or waiting for one, or done (results)."""

    def __init__(self, batch: list[Document]) -> None:
        self.batch = batch
        self.results: list[Result] | None = None
        self.tries = 0


class _Worker:
    """A worker process and the parent's end of its pipe; flight is the batch it holds."""

    def __init__(self, context, options: Options, shape: Shape | None) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, options, shape), daemon=True)
        self.process.start()
        child.close()
        self.flight: _Flight | None = None

    def give(self, flight: _Flight) -> bool:
        """Send flight's batch; False when the worker is already gone."""
        flight.tries += 1
        self.flight = flight
        try:
            self.connection.send(flight.batch)
        except (BrokenPipeError, ConnectionResetError, EOFError):
            return False
        return True


class _Pool:
    """Worker processes, each taking one batch at a time; a dead one is replaced."""

    def __init__(self, workers: int, context, options: Options, shape: Shape | None) -> None:
        self.context, self.options, self.shape = context, options, shape
        self.workers = [_Worker(context, options, shape) for _ in range(workers)]

    def idle(self) -> Iterator[_Worker]:
        return (worker for worker in self.workers if worker.flight is None)

    def busy(self) -> list[_Worker]:
        return [worker for worker in self.workers if worker.flight is not None]

    def replace(self, worker: _Worker) -> None:
        """worker died: its batch goes back to waiting (or is reported), a new worker starts."""
        flight, worker.flight = worker.flight, None
        worker.connection.close()
        worker.process.join()
        if flight is not None and flight.tries >= TRIES:
            flight.results = [DocumentError(d.id, WORKER_DIED) for d in flight.batch]
        replacement = _Worker(self.context, self.options, self.shape)
        self.workers[self.workers.index(worker)] = replacement

    def stop(self) -> None:
        """Ask every worker to end (no more batches), then make sure they have."""
        for worker in self.workers:
            with contextlib.suppress(OSError):  # already gone
                worker.connection.send(None)
        for worker in self.workers:
            worker.process.join(STOP_SECONDS)
        self.kill()

    def kill(self) -> None:
        """End every worker now (the batches they hold are dropped)."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.kill()
        for worker in self.workers:
            worker.process.join()
            worker.connection.close()


def _stream(pool: _Pool, batches: Iterator[list[Document]], progress):
    """Batches through the pool, at most 2 * workers in the window, results in input order."""
    window: deque[_Flight] = deque()
    size = 2 * len(pool.workers)
    ended = False
    while True:
        if not ended:
            window.extend(_Flight(b) for b in islice(batches, size - len(window)))
            ended = len(window) < size  # the input gave fewer batches than asked: its end
            if ended:
                window = _cut_tail(window, pool)
        if not window:
            return
        _give_out(pool, window)
        while window[0].results is None:
            _collect(pool)
            _give_out(pool, window)
        head = window.popleft()
        analyses = [_with_text(a, d) for d, a in zip(head.batch, head.results)]
        if progress:
            progress(len(analyses))
        yield from analyses


def _cut_tail(window: deque[_Flight], pool: _Pool) -> deque[_Flight]:
    """The window once the input has ended: each batch still waiting for its first worker
    cut in TAIL_PIECES, in order, so that the workers end together (rather than one idle while
    another analyses a whole last batch). A document's analysis does not depend on its batch."""
    held = _held(pool)
    cut: deque[_Flight] = deque()
    for flight in window:
        if flight.results is None and flight.tries == 0 and flight not in held:
            step = -(-len(flight.batch) // TAIL_PIECES)
            cut.extend(
                _Flight(flight.batch[i : i + step]) for i in range(0, len(flight.batch), step)
            )
        else:
            cut.append(flight)
    return cut


def _give_out(pool: _Pool, window: deque[_Flight]) -> None:
    """Waiting batches to idle workers, in input order."""
    waiting = (f for f in window if f.results is None and f not in _held(pool))
    for worker, flight in zip(pool.idle(), waiting):
        if not worker.give(flight):
            pool.replace(worker)


def _held(pool: _Pool) -> list[_Flight]:
    return [worker.flight for worker in pool.busy()]


def _collect(pool: _Pool) -> None:
    """Wait until some worker has finished its batch or died, and take what it gives."""
    busy = pool.busy()
    ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy]))
    for worker in busy:
        if worker.connection in ready or worker.process.sentinel in ready:
            _take(pool, worker)


def _take(pool: _Pool, worker: _Worker) -> None:
    try:
        if not worker.connection.poll():  # no answer: the sentinel says it died
            raise EOFError
        answer = worker.connection.recv()
    except (EOFError, OSError):
        pool.replace(worker)
        return
    if isinstance(answer, BaseException):  # a bug outside the per-document guard
        raise answer
    worker.flight.results, worker.flight = answer, None


def _work(connection: Connection, options: Options, shape: Shape | None) -> None:
    """A worker: batches in, their analyses out (without the texts: the parent has them) or
    their shapes, until told to stop (None) or the parent is gone."""
    _start_worker()
    while True:
        try:
            batch = connection.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        try:
            results = analyze_documents(batch, options)  # one per document, in order
            answer = [_answer(r, d, shape) for d, r in zip(batch, results)]
        except Exception as error:  # noqa: BLE001 - raised again in the parent
            answer = error
        connection.send(answer)


def _start_worker() -> None:
    """A worker's start: one BLAS thread; Ctrl-C is the parent's to handle (it stops the
    workers), the parent's SIGTERM/SIGHUP handlers are not inherited; and the worker dies with
    its parent, however the parent dies (even by SIGKILL)."""
    models.pin_threads()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _die_with_parent(os.getppid())


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel sends SIGKILL when the parent exits (prctl PR_SET_PDEATHSIG). Elsewhere,
    or if that fails: a daemon thread that exits the process once the parent is gone."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() == parent:  # the parent may have died before the call
                return
            os._exit(1)
    except (OSError, AttributeError):
        pass
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _answer(result: Result, document: Document, shape: Shape | None) -> Any:
    """What a worker sends back of a document: its shape, or its analysis without the text."""
    if shape is not None:
        return _shaped(result, shape)
    return _with_text(result, Document(document.id, ""))


def _with_text(result: Any, document: Document) -> Any:
    """The analysis with document (as the pipeline read it) in place of the one it holds;
    anything else (an error, a shape) as it is."""
    if not isinstance(result, Analysis):
        return result
    return replace(result, document=model_safe(document))
