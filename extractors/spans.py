"""Spans of a text asked whether any of them covers an offset, without a walk over all of them."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class Spans:
    """(start, end) spans, possibly overlapping, sorted once."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of the spans so far

    def cover(self, offset: int) -> bool:
        """Some span holds the offset (start <= offset < end)."""
        k = bisect_right(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset
