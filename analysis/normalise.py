"""Text as it comes: an article's text in NFC, with the map of its offsets back to the raw file.

Some exports write accents as combining marks (NFD: `e` + U+0301 for `é`); the model, the
aliases, titles, reporting verbs and cue words are all NFC, so the annotation runs on the NFC
text and every offset it returns is mapped back here, so that `raw[start:end]` is the span.
Hand-written because `unicodedata` normalises but keeps no index map.

The text is cut into runs that NFC changes independently (a starter and its combining marks, cut
only where normalising the runs one by one gives NFC of the whole); a run NFC leaves alone maps
character by character, a run it changes maps as one block. Text already in NFC (nearly every
article) maps to itself at no cost.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

NFC = "NFC"
WORD = re.compile(r"\s+|\S+")  # NFC never composes across a change between space and non-space


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of an NFC text back to its raw text. `blocks` are the runs NFC changed:
    (nfc_start, nfc_end, raw_start, raw_end), in order; between them the two texts agree."""

    blocks: list[tuple[int, int, int, int]] = field(default_factory=list)

    def __post_init__(self):
        object.__setattr__(self, "_starts", [b[0] for b in self.blocks])
        object.__setattr__(self, "_raw_starts", [b[2] for b in self.blocks])

    @property
    def identity(self) -> bool:
        return not self.blocks

    def raw(self, pos: int, *, end: bool = False) -> int:
        """The raw offset of NFC offset `pos`; inside a changed run, the run's start (or, with
        `end`, the run's end), so a span never cuts a character in two."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        n_start, n_end, r_start, r_end = self.blocks[i]
        if pos == n_start:
            return r_start
        if pos < n_end:
            return r_end if end else r_start
        return pos - n_end + r_end

    def nfc(self, pos: int) -> int:
        """The NFC offset of raw offset `pos` (the inverse of `raw` on run boundaries)."""
        i = bisect_right(self._raw_starts, pos) - 1  # blocks are in raw order too
        if i < 0:
            return pos
        n_start, n_end, _, r_end = self.blocks[i]
        return n_start if pos < r_end else pos - r_end + n_end


def runs(chunk: str) -> list[str]:
    """`chunk` cut before each starter (combining class 0), except where NFC composes across the cut
    (Hangul jamo, a few Indic vowels); whole if the runs still do not give NFC of the whole."""
    cuts = [i for i, c in enumerate(chunk) if i and not unicodedata.combining(c)]
    pieces = [chunk[a:b] for a, b in zip([0, *cuts], [*cuts, len(chunk)])]
    merged = pieces[:1]
    for piece in pieces[1:]:
        last = merged[-1]
        if unicodedata.normalize(NFC, last + piece) == unicodedata.normalize(NFC, last) + unicodedata.normalize(NFC, piece):
            merged.append(piece)
        else:
            merged[-1] = last + piece
    whole = unicodedata.normalize(NFC, chunk)
    return merged if "".join(unicodedata.normalize(NFC, p) for p in merged) == whole else [chunk]


def to_nfc(text: str) -> tuple[str, OffsetMap]:
    """(NFC text, map of its offsets to `text`)."""
    if unicodedata.is_normalized(NFC, text):
        return text, OffsetMap()
    out: list[str] = []
    blocks = []
    n_pos = 0
    for m in WORD.finditer(text):
        chunk = m.group()
        pieces = [chunk] if unicodedata.is_normalized(NFC, chunk) else runs(chunk)
        r_pos = m.start()
        for piece in pieces:
            done = unicodedata.normalize(NFC, piece)
            if done != piece:
                blocks.append((n_pos, n_pos + len(done), r_pos, r_pos + len(piece)))
            out.append(done)
            n_pos += len(done)
            r_pos += len(piece)
    return "".join(out), OffsetMap(blocks)
