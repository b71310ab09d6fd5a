"""What a document's other mentions tell the role finder (``RoleContext``): the organisation,
place and country spans a role may take in, and where people's names are. Built once per
document from its mentions, kept as arrays of offsets, looked up by bisection."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable
from itertools import accumulate

from ..records import Mention

__all__ = ["GOVERNED_TYPES", "RoleContext"]

GOVERNED_TYPES = ("ORG", "LOC", "COUNTRY")  # names a role may take in: "глава Минкомсвязи"
LIST_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,|и)\s*$")  # "X (...), Y", "X и Y"


class RoleContext:
    """What a document's other mentions tell the role finder: the organisation, place and
    country spans a role may contain, and where people's names are (a list of names lets a
    plural role stand before the first). Built once per document; lookups bisect."""

    def __init__(self, mentions: list[Mention]) -> None:
        # spans as two arrays of offsets each, sorted by (start, stop): a huge document's
        # mentions cost 16 bytes each here, not a tuple and two numbers
        self.name_starts, self.name_stops = _offsets(
            (m.start, m.stop) for m in mentions if m.type in GOVERNED_TYPES
        )
        self.people_starts, self.people_stops = _offsets(
            (m.start, m.stop) for m in mentions if m.type == "PER"
        )
        # the latest stop of each person's name and all those before it: the name before a
        # name is found from that name back, not among all the document's names before it
        self.people_reach = array("q", accumulate(self.people_stops, max))

    def names_in(self, left: int, right: int) -> list[tuple[int, int]]:
        """The entity spans that overlap text[left:right]."""
        first = max(0, bisect.bisect_left(self.name_starts, left) - 1)
        last = bisect.bisect_left(self.name_starts, right)
        spans = zip(self.name_starts[first:last], self.name_stops[first:last])
        return [(a, b) for a, b in spans if b > left]

    def person_listed_after(self, text: str, stop: int) -> bool:
        """Is the name ending at stop followed by another person's (", " or " и ")?"""
        at = bisect.bisect_left(self.people_starts, stop)
        starts = self.people_starts
        return at < len(starts) and bool(LIST_AFTER.match(text[stop : starts[at]]))

    def person_right_after(self, text: str, stop: int) -> tuple[int, int] | None:
        """(start, stop) of the person's name that starts right after text[:stop] (only spaces
        between, on one line), else None."""
        at = bisect.bisect_left(self.people_starts, stop)
        if at >= len(self.people_starts) or text[stop : self.people_starts[at]].strip(" \u00a0"):
            return None  # not across a line break: a headline, then a caption
        return self.people_starts[at], self.people_stops[at]

    def person_right_before(self, text: str, start: int) -> tuple[int, int, int] | None:
        """(start, stop) of the person's name that ends right before text[start:] (only
        spaces between), and where the person's name before that one ends (0: none)."""
        at = bisect.bisect_left(self.people_starts, start) - 1
        if at < 0:
            return None
        first, last = self.people_starts[at], self.people_stops[at]
        if last > start or text[last:start].strip():
            return None
        return first, last, self._latest_stop_by(at, first)

    def person_before_comma(self, text: str, start: int) -> bool:
        """Whether a person's name ends right before text[start:], a comma between: what
        starts there is in apposition to that person ("Андрея Шаронова, бывшего помощника")."""
        at = bisect.bisect_left(self.people_starts, start) - 1
        if at < 0 or self.people_stops[at] > start:
            return False
        return text[self.people_stops[at] : start].strip() == ","

    def _latest_stop_by(self, at: int, first: int) -> int:
        """The latest stop, up to first, of the people's names listed before the at-th (0:
        none): the names right before it, back to the first whose names all end by first."""
        best = 0
        for j in range(at - 1, -1, -1):
            reach = self.people_reach[j]
            if reach <= first:  # this name and all before it end by first: the latest of them
                return max(best, reach)
            if reach <= best:  # no name from here back ends later than best
                return best
            if self.people_stops[j] <= first:
                best = max(best, self.people_stops[j])
        return best


def _offsets(spans: Iterable[tuple[int, int]]) -> tuple[array, array]:
    """Starts and stops of spans, sorted by (start, stop)."""
    ordered = sorted(spans)
    return array("q", (a for a, _ in ordered)), array("q", (b for _, b in ordered))
