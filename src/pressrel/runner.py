"""Execution: the pipeline in this process or in a pool of worker processes.

Both ways give the same analyses in input order. The pool is fed batches of documents through a
bounded window (at most ``2 * jobs`` batches in flight), so memory does not grow with the corpus.
Models are loaded before the workers fork, so they share the parent's pages; BLAS threads are
pinned to one per process (see ``models``), because two processes with default threads on two
cores run several times slower than one. Workers leave Ctrl-C to the parent and die with it,
however it dies; a run that is interrupted, terminated or abandoned by its reader stops its
workers at once.

The pool starts no more workers than there are batches to fill them (``-j 1000`` over 21
batches starts 21). A worker that dies (killed, as the OOM killer does) breaks the pool: a new
one is started and the batches it lost are redone, one at a time; a batch that breaks the pool
alone is not tried again, its documents are reported as errors (``WORKER_DIED``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from itertools import chain, islice

from . import models
from .pipeline import BATCH_DOCUMENTS, Options, analyze_documents, model_safe, warm_up
from .records import Analysis, Document, DocumentError

SMALL_INPUT = 2 * BATCH_DOCUMENTS  # documents; fewer than this run in-process
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 1.0
Progress = Callable[[int], None]  # called with the number of documents just finished
WORKER_DIED = "worker process died on this document's batch (killed, or out of memory?)"


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
) -> Iterator[Analysis | DocumentError]:
    """Analyses of documents, in input order, with jobs processes (1: this process).
    An input too small to keep two processes busy runs in this process whatever jobs says:
    starting workers would only delay the first record."""
    iterator = iter(documents)
    head = list(islice(iterator, SMALL_INPUT))
    documents = chain(head, iterator)
    if jobs <= 1 or len(head) < SMALL_INPUT:
        yield from _serial(documents, options, progress)
    else:
        yield from _parallel(documents, options, jobs, progress)


def _serial(documents: Iterable[Document], options: Options, progress: Progress | None):
    for analysis in analyze_documents(documents, options):
        if progress:
            progress(1)
        yield analysis


def _parallel(documents: Iterable[Document], options: Options, jobs: int, progress):
    warm_up()  # before forking: workers inherit the loaded models and tables
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    batches = _batches(documents)
    first = list(islice(batches, jobs))  # no more workers than batches to give them
    workers = max(1, len(first))
    others = set(multiprocessing.active_children())  # not ours to stop
    pool = _Pool(workers, context, options)
    try:
        yield from _stream(pool, chain(first, batches), workers, progress)
    except BaseException:  # interrupted, terminated, or the reader went away: stop now
        pool.executor.shutdown(wait=False, cancel_futures=True)
        _stop_workers(others)
        raise
    pool.executor.shutdown()


class _Pool:
    """The worker pool, renewed when a worker dies (a broken pool takes no more work)."""

    def __init__(self, workers: int, context, options: Options) -> None:
        self.workers, self.context, self.options = workers, context, options
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self.context, initializer=_start_worker)

    def submit(self, batch: list[Document]) -> Future:
        return self.executor.submit(_analyze_in_worker, batch, self.options)

    def renew(self) -> None:
        self.executor.shutdown(wait=True)  # a broken pool has settled every future by then
        self.executor = self._start()


class _InFlight:
    """A batch in the window: its future once submitted; suspect when a pool broke while it was
    in flight (it is then redone alone, so that a batch that kills its worker is known)."""

    def __init__(self, batch: list[Document]) -> None:
        self.batch: list[Document] = batch
        self.future: Future | None = None
        self.suspect = False


def _stream(pool: _Pool, batches, jobs: int, progress):
    """Batches through the pool, at most 2 * jobs in flight, results in input order. After a
    worker died, the batches the pool lost are redone one at a time: one that breaks the pool
    alone is its cause, and its documents are reported (``WORKER_DIED``)."""
    window: deque[_InFlight] = deque(_InFlight(b) for b in islice(batches, 2 * jobs))
    _submit_waiting(pool, window)
    while window:
        head = window[0]
        if head.future is None:
            head.future = pool.submit(head.batch)  # a suspect: alone in the pool
        try:
            results = head.future.result()
        except BrokenProcessPool:
            pool.renew()
            if head.suspect:  # it broke a pool alone: its documents are reported
                results = [DocumentError(d.id, WORKER_DIED) for d in head.batch]
            else:
                for flight in window:
                    if _lost(flight.future):
                        flight.future, flight.suspect = None, True
                continue
        window.popleft()
        analyses = [_with_text(a, d) for d, a in zip(head.batch, results)]
        window.extend(_InFlight(b) for b in islice(batches, 1))
        _submit_waiting(pool, window)
        if progress:
            progress(len(analyses))
        yield from analyses


def _submit_waiting(pool: _Pool, window: deque[_InFlight]) -> None:
    """Submit the batches waiting in window, unless suspects are being redone one by one."""
    if not any(flight.suspect for flight in window):
        for flight in window:
            if flight.future is None:
                flight.future = pool.submit(flight.batch)


def _lost(future: Future | None) -> bool:
    """Whether a broken pool lost this future's work (it has no result to give)."""
    if future is None:
        return False
    return not future.done() or future.cancelled() or future.exception() is not None


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


def _stop_workers(others: set) -> None:
    """Terminate the pool's worker processes now (in-flight batches are dropped)."""
    workers = [c for c in multiprocessing.active_children() if c not in others]
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, BATCH_DOCUMENTS)):
        yield batch


def _analyze_in_worker(batch: list[Document], options: Options) -> list[Analysis | DocumentError]:
    """A worker's job. The texts are not sent back: the parent still has them."""
    results = analyze_documents(batch, options)  # one per document, in order
    return [_with_text(result, Document(d.id, "")) for d, result in zip(batch, results)]


def _with_text(result: Analysis | DocumentError, document: Document) -> Analysis | DocumentError:
    """The analysis with document (as the pipeline read it) in place of the one it holds."""
    if isinstance(result, DocumentError):
        return result
    return replace(result, document=model_safe(document))
