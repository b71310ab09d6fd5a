"""Documents read ahead by a thread, so that a consumer can tell whether the next has arrived.

A slow stream (a JSON Lines feed on stdin, a document a second) must not be held back until a
batch of 32 is full: the runner closes a batch early when nothing more has arrived (see
``runner``), and the CLI flushes what it has written before it waits for more. Only the reading
happens in the thread; whatever consumes the items (error reports, counters) stays in the
caller's thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
DEPTH = 256  # items read ahead at most: memory stays bounded however fast the source is
_END = object()


class _Raised:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class ReadAhead(Generic[T]):
    """The items of ``items``, in order, read ahead by a daemon thread."""

    def __init__(self, items: Iterable[T], depth: int = DEPTH) -> None:
        self._queue: queue.Queue = queue.Queue(depth)
        self._stopped = threading.Event()
        self._next: object = None  # an item taken off the queue by arrived(), not yet given
        self._held = False
        self._thread = threading.Thread(target=self._read, args=(items,), daemon=True)
        self._thread.start()

    def _read(self, items: Iterable[T]) -> None:
        try:
            for item in items:
                if not self._put(item):
                    return
        except BaseException as error:  # noqa: BLE001 - handed to the consumer, raised there
            self._put(_Raised(error))
            return
        self._put(_END)

    def _put(self, item: object) -> bool:
        """Queue item unless the consumer has gone (close); False then."""
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def arrived(self, timeout: float = 0.0) -> bool:
        """Whether the next item (or the end of the items) is here, waiting up to timeout s."""
        if not self._held:
            try:
                self._next = (
                    self._queue.get(timeout=timeout) if timeout else self._queue.get_nowait()
                )
            except queue.Empty:
                return False
            self._held = True
        return True

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._held:
            item, self._next, self._held = self._next, None, False
        else:
            item = self._queue.get()
        if item is _END:
            self._held, self._next = True, _END  # stays at the end
            raise StopIteration
        if isinstance(item, _Raised):
            self._held, self._next = True, _END  # the reading ended with it
            raise item.error
        return item  # type: ignore[return-value]

    def close(self) -> None:
        """Stop reading (the thread ends at its next item)."""
        self._stopped.set()
