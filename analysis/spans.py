"""Position lookups over a document's rows (quotes, places, temporal expressions) in log time.

The extractors ask, for each sentence or cue, which quote holds a position or which expressions
start in a range; scanning every row of the document each time makes a long article cost the
square of its length. `SpanIndex` answers the same questions by bisection, with the same answer
as the scan (the first row in list order), so no output changes. Hand-written because `bisect`
has no interval queries and an interval tree would be a dependency for two questions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate


class SpanIndex:
    """Rows with `start` and `end`, kept in their order. Rows sorted by `start` are bisected;
    rows in any other order are scanned, which gives the same answers more slowly."""

    def __init__(self, rows: list[dict]):
        self.rows = rows
        self.starts = [r["start"] for r in rows]
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.reach = list(accumulate((r["end"] for r in rows), max))  # the furthest end of rows[:i + 1]

    def first_containing(self, pos: int) -> dict | None:
        """The first row with start <= pos < end, or None."""
        if not self.sorted:
            return next((r for r in self.rows if r["start"] <= pos < r["end"]), None)
        i = bisect_right(self.reach, pos)  # the first row that reaches past pos: it is the one if it starts by pos
        return self.rows[i] if i < len(self.rows) and self.rows[i]["start"] <= pos else None

    def starting_in(self, start: int, end: int) -> list[dict]:
        """The rows with start <= row start < end, in order."""
        if not self.sorted:
            return [r for r in self.rows if start <= r["start"] < end]
        return self.rows[bisect_left(self.starts, start):bisect_left(self.starts, end)]
