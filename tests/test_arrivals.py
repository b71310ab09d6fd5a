"""ReadAhead: items in order, whether the next has arrived, errors raised where they are used."""

from __future__ import annotations

import threading

import pytest

from pressrel.arrivals import ReadAhead


def test_items_come_in_order_and_the_end_counts_as_arrived():
    ahead = ReadAhead(iter(range(1000)), depth=7)
    assert list(ahead) == list(range(1000))
    assert ahead.arrived(0.0)  # the end is there: no wait
    assert list(ahead) == []


def test_arrived_tells_a_stalled_source_from_a_ready_one():
    gate = threading.Event()

    def slow():
        yield "first"
        gate.wait()
        yield "second"

    ahead = ReadAhead(slow())
    assert ahead.arrived(5.0)
    assert next(ahead) == "first"
    assert not ahead.arrived(0.05)  # the source is waiting: nothing has arrived
    gate.set()
    assert ahead.arrived(5.0)
    assert next(ahead) == "second"
    assert list(ahead) == []


def test_an_error_of_the_source_is_raised_in_the_consumer_after_what_came_before():
    def broken():
        yield 1
        raise OSError("disk gone")

    ahead = ReadAhead(broken())
    assert next(ahead) == 1
    with pytest.raises(OSError, match="disk gone"):
        next(ahead)
    assert list(ahead) == []


def test_close_stops_the_reader_of_an_endless_source():
    def endless():
        n = 0
        while True:
            yield n
            n += 1

    ahead = ReadAhead(endless(), depth=2)
    assert next(ahead) == 0
    ahead.close()
    ahead._thread.join(timeout=5)
    assert not ahead._thread.is_alive()
