"""Which offsets of a document its mentions cover: the spans merged into disjoint runs, looked
up by bisection (a rule that adds mentions where none is asks this of every candidate)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Covered:
    """The runs of text that the spans (start, stop) cover."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        runs: list[tuple[int, int]] = []
        for start, stop in sorted(spans):
            if runs and start <= runs[-1][1]:
                runs[-1] = (runs[-1][0], max(runs[-1][1], stop))
            else:
                runs.append((start, stop))
        self.runs = runs
        self.starts = [start for start, _ in runs]

    def overlaps(self, start: int, stop: int) -> bool:
        """Whether a span shares an offset with text[start:stop]."""
        before = bisect_right(self.starts, stop - 1) - 1  # the last run starting before stop
        return before >= 0 and self.runs[before][1] > start
