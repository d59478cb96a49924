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


class Ranges:
    """Character ranges read so far (quotations), only ever added to; `holds` says whether a
    position lies in one. Ranges added in order of start are bisected, others scanned."""

    def __init__(self):
        self.items: list[tuple[int, int]] = []
        self.reach: list[int] = []  # the furthest end of items[:i + 1]
        self.sorted = True

    def sync(self, ranges: list[tuple[int, int]]) -> "Ranges":
        """Take the ranges of `ranges` not seen yet (it only grows), and return self."""
        for a, b in ranges[len(self.items):]:
            self.sorted = self.sorted and (not self.items or self.items[-1][0] <= a)
            self.items.append((a, b))
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)
        return self

    def holds(self, pos: int) -> bool:
        """Whether a <= pos < b for one of the ranges."""
        if not self.sorted:
            return any(a <= pos < b for a, b in self.items)
        i = bisect_right(self.reach, pos)  # the first range reaching past pos: pos is in it if it starts by pos
        return i < len(self.items) and self.items[i][0] <= pos


class Tally:
    """The most frequent key among `entries` (start, key) that start before a position and lie in
    none of a list of ranges that only grows; on a tie, the key whose last such entry comes
    latest in the list. The same answer as counting every time, in amortised time per question
    when positions come in order (a position before the last one starts the count again)."""

    def __init__(self, entries: list[tuple[int, str]]):
        self.entries = entries
        self.order = sorted(range(len(entries)), key=lambda i: entries[i][0])
        self.starts = [entries[i][0] for i in self.order]
        self.ranges: list | None = None
        self.seen = 0  # ranges of self.ranges taken into `excluded`
        self.excluded: set[int] = set()  # entries (by list index) inside a range
        self.restart()

    def restart(self) -> None:
        self.done, self.pos = 0, None  # entries self.order[:done] are counted (unless excluded)
        self.counted: dict[str, list[int]] = {}  # key → list indices of its counted entries
        self.last: dict[str, int] = {}  # key → the latest of them

    def exclude(self, ranges: list[tuple[int, int]]) -> None:
        if ranges is not self.ranges or len(ranges) < self.seen:
            self.ranges, self.seen, self.excluded = ranges, 0, set()
            self.restart()
        for a, b in ranges[self.seen:]:
            for k in range(bisect_left(self.starts, a), bisect_left(self.starts, b)):
                i = self.order[k]
                if i in self.excluded:
                    continue
                self.excluded.add(i)
                if k < self.done:  # counted already: count it out
                    key = self.entries[i][1]
                    self.counted[key].remove(i)
                    self.last[key] = max(self.counted[key], default=-1)
        self.seen = len(ranges)

    def most(self, pos: int, ranges: list[tuple[int, int]] = ()) -> str | None:
        """The key named most before `pos` outside `ranges` (the latest on a tie), or None."""
        self.exclude(ranges)
        if self.pos is not None and pos < self.pos:
            self.restart()
        self.pos = pos
        while self.done < len(self.order) and self.starts[self.done] < pos:
            i = self.order[self.done]
            if i not in self.excluded:
                key = self.entries[i][1]
                self.counted.setdefault(key, []).append(i)
                self.last[key] = max(i, self.last.get(key, -1))
            self.done += 1
        best = max(((len(ids), self.last[key], key) for key, ids in self.counted.items() if ids), default=None)
        return best[2] if best else None
