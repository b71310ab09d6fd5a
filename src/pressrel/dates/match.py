"""A date expression found in a text: where it is and its value (what every step of the scan
returns, ``scan``, ``lists``, ``anaphora``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import DateValue


@dataclass(frozen=True)
class DateMatch:
    start: int  # half-open code-point offsets: text[start:stop] == self.text
    stop: int
    text: str
    date: DateValue
