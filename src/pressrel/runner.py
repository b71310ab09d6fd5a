"""Execution: the pipeline in this process or in a pool of worker processes.

Both ways give the same analyses in input order. The pool is fed batches of documents through a
bounded window (at most ``2 * jobs`` batches in flight), so memory does not grow with the corpus.
Models are loaded before the workers fork, so they share the parent's pages; BLAS threads are
pinned to one per process (see ``models``), because two processes with default threads on two
cores run several times slower than one. Workers leave Ctrl-C to the parent and die with it,
however it dies; a run that is interrupted, terminated or abandoned by its reader stops its
workers at once.
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
from dataclasses import replace
from itertools import chain, islice

from . import models
from .pipeline import BATCH_DOCUMENTS, Options, analyze_documents, model_safe, warm_up
from .records import Analysis, Document, DocumentError

SMALL_INPUT = 2 * BATCH_DOCUMENTS  # documents; fewer than this run in-process
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 1.0
Progress = Callable[[int], None]  # called with the number of documents just finished


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
    others = set(multiprocessing.active_children())  # not ours to stop
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker)
    try:
        yield from _stream(pool, batches, options, jobs, progress)
    except BaseException:  # interrupted, terminated, or the reader went away: stop now
        pool.shutdown(wait=False, cancel_futures=True)
        _stop_workers(others)
        raise
    pool.shutdown()


def _stream(pool: ProcessPoolExecutor, batches, options: Options, jobs: int, progress):
    """Batches through the pool, at most 2 * jobs in flight, results in input order."""
    window: deque[tuple[Future, list[Document]]] = deque()
    for batch in islice(batches, 2 * jobs):
        window.append((pool.submit(_analyze_in_worker, batch, options), batch))
    while window:
        future, batch = window.popleft()
        analyses = [_with_text(a, d) for d, a in zip(batch, future.result())]
        for following in islice(batches, 1):
            window.append((pool.submit(_analyze_in_worker, following, options), following))
        if progress:
            progress(len(analyses))
        yield from analyses


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
