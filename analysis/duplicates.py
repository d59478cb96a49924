"""Wire copies: group the articles that are one dispatch, reprinted as is or edited, at build time.

An agency dispatch reprinted by ten outlets is one piece of evidence, not ten. An article's body
(the text after its header lines: outlets rewrite headlines, so the title is not compared) becomes
the set of its word 5-shingles. Exact copies share the checksum of their words. Near copies
(a paragraph cut or added, a sentence reworded) are found with `datasketch`'s MinHash signatures
in an LSH index, so the cost stays near-linear in the number of articles; each candidate pair the
index proposes is then kept only if the true Jaccard similarity of the two shingle sets reaches
`THRESHOLD`, which keeps unrelated articles that share a boilerplate sentence apart. Linked
articles form a group; its original is the earliest article, then the smallest `doc_id`, and every
other member is a copy with `duplicate_of` (the original) and `similarity` (its Jaccard similarity
to the original). The hashes and permutations are fixed, and keys are inserted and read in sorted
order, so the same articles always give the same groups.

Hand-written around the library because the grouping rules (what is compared, which member is the
original, what a pair must share) are this project's, not the library's.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass
from typing import Iterable

from .corpus import Article, date_bounds

SHINGLE = 5  # words per shingle: long enough that two articles on one topic share few by chance
THRESHOLD = 0.5  # Jaccard similarity of shingle sets from which two articles are one dispatch
NUM_PERM = 128
SEED = 1
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Copy:
    """An article that repeats another: the group's original and the Jaccard similarity to it."""

    duplicate_of: str
    similarity: float


def words(text: str) -> list[str]:
    """The words of a text, lowercased, in NFC (accents typed two ways compare equal)."""
    return WORD.findall(unicodedata.normalize("NFC", text).lower())


def shingles(text: str, size: int = SHINGLE) -> set[int]:
    """The CRC-32 of each run of `size` words (the whole text when it is shorter)."""
    w = words(text)
    runs = (" ".join(w[i:i + size]) for i in range(max(1, len(w) - size + 1)))
    return {zlib.crc32(run.encode("utf-8")) for run in runs}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def body(article: Article) -> str:
    """The article's text after its header lines."""
    return article.text[article.body_start:]


def signature(hashes: set[int]):
    """The MinHash of a set of 32-bit shingle hashes (fixed seed and scheme)."""
    from datasketch import MinHash
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme="affine32")
    m.update_batch(sorted(hashes))
    return m


def find_copies(articles: Iterable[Article], threshold: float = THRESHOLD) -> dict[str, Copy]:
    """doc_id → Copy for every article that repeats an earlier one; originals are absent."""
    from datasketch import MinHashLSH
    articles = sorted(articles, key=lambda a: a.doc_id)
    parent = {a.doc_id: a.doc_id for a in articles}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = d = parent[parent[d]]
        return d

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    sets, checksum, first_of = {}, {}, {}
    for a in articles:
        text = " ".join(words(body(a)))
        sets[a.doc_id] = shingles(text)
        checksum[a.doc_id] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        join(first_of.setdefault(checksum[a.doc_id], a.doc_id), a.doc_id)  # exact copies: one group at once
    index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for doc_id in sorted(first_of.values()):
        m = signature(sets[doc_id])
        for other in sorted(index.query(m)):
            if root(other) != root(doc_id) and jaccard(sets[doc_id], sets[other]) >= threshold:
                join(other, doc_id)
        index.insert(doc_id, m)
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(root(a.doc_id), []).append(a)
    copies = {}
    for members in groups.values():
        original = min(members, key=lambda a: (date_bounds(a.date)[0], a.doc_id)).doc_id
        for a in members:
            if a.doc_id != original:
                same = checksum[a.doc_id] == checksum[original]
                similarity = 1.0 if same else jaccard(sets[a.doc_id], sets[original])
                copies[a.doc_id] = Copy(original, round(similarity, 3))
    return copies
