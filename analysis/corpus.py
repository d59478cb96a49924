"""Read article files: check the bytes, parse the date header, find paragraphs with offsets.

An article is UTF-8 text (a BOM is tolerated) under a UTF-8 file name, that starts, after optional
whitespace, with `date YYYY`, `date YYYY-MM` or `date YYYY-MM-DD` (year 0001 or later); the text
follows on the same line or the next. Between the date line and the text, optional header lines
`title: …`, `source: …`, `url: …`, `author: …` (lowercase key and colon at the start of the line;
any order, each at most once, never empty; `url` an http(s) address) describe the article; they lie
outside every paragraph, so offsets stay exact, and files without them read as before.
Paragraphs are separated by blank lines (LF or CRLF) and hold at most `MAX_PARAGRAPH` characters,
the most the spaCy model accepts in one text. Offsets index the decoded text with the BOM removed
and line endings kept, so `text[start:end]` is always the exact span.
"""

from __future__ import annotations

import calendar
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

HEADER = re.compile(r"\s*date(?=[ \t\r\n])[ \t]*(?P<value>\S+)(?P<sep>[ \t]*(?:\r\n|\n|\r)?)")
DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
# An optional header line after the date line; anything else (`Source : AFP`, `titre: …`) is text.
META = re.compile(r"(?P<key>title|source|url|author):[ \t]*(?P<value>[^\r\n]*?)[ \t]*(?:\r\n|\n|\r|$)")
META_KEYS = ("title", "source", "url", "author")
URL = re.compile(r"https?://[^\s/]+\S*")
# A paragraph is a run of lines that hold something other than whitespace.
PARAGRAPH = re.compile(r"\S(?:[^\r\n]|(?:\r\n|\n|\r)(?![ \t]*(?:\r\n|\n|\r|$)))*")
BINARY_CONTROL = bytes(sorted(set(range(0, 9)) | {11, 14, 15} | set(range(16, 27)) | set(range(28, 32))))
# spaCy's `nlp.max_length`: the model refuses a longer text (error E088), and one paragraph is one text
MAX_PARAGRAPH = 1_000_000


def shown(path: Path | str) -> str:
    """A path as it can be printed: bytes of a name that is not UTF-8 as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


class InvalidArticle(ValueError):
    """An article file that cannot be read; `str()` is one line naming the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path, self.problem = Path(path), problem
        super().__init__(f"{shown(path)}: {problem}")


@dataclass(frozen=True)
class Article:
    """One decoded article: its text, header date and paragraph spans."""

    doc_id: str
    text: str
    date: str
    date_precision: str
    sha256: str
    body_start: int
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    title: str = ""
    source: str = ""
    url: str = ""
    author: str = ""


def check_date(value: str) -> tuple[str, str]:
    """Return (date, precision) for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError otherwise."""
    m = DATE.fullmatch(value)
    if not m:
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m["year"], m["month"], m["day"]
    if int(year) == 0:  # ISO 8601 allows it by agreement only; Python's dates start at year 1
        raise ValueError(f"impossible date {value!r}: there is no year 0000 (dates start at 0001)")
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"impossible date {value!r}: there is no month {month}")
    if day is not None:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            raise ValueError(f"impossible date {value!r}: {year}-{month} has days 01 to {last:02d}")
    precision = "day" if day else "month" if month else "year"
    return value, precision


def date_bounds(date: str) -> tuple[str, str]:
    """First and last day (ISO) covered by a date of year, month or day precision."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date, date


def decode(raw: bytes, path: Path) -> str:
    """Decode UTF-8 bytes (BOM dropped); refuse empty, binary and non-UTF-8 files."""
    if not raw.strip():
        raise InvalidArticle(path, "empty file")
    if b"\x00" in raw or len(raw[:4096]) - len(raw[:4096].translate(None, BINARY_CONTROL)) > 8:
        raise InvalidArticle(path, "binary file (control bytes), not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidArticle(path, f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})") from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_article(raw: bytes, path: Path | str) -> Article:
    """Parse one article's bytes; raise InvalidArticle with a one-line reason."""
    path = Path(path)
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:  # the name becomes the doc_id, written to UTF-8 tables
        raise InvalidArticle(path, "file name is not UTF-8; rename the file") from None
    text = decode(raw, path)
    m = HEADER.match(text)
    if not m:
        first = text.strip().splitlines()[0][:40]
        raise InvalidArticle(path, f"no 'date YYYY[-MM[-DD]]' header at the start (found {first!r})")
    try:
        date, precision = check_date(m["value"])
    except ValueError as e:
        raise InvalidArticle(path, str(e)) from None
    meta, body_start = read_meta(text, m.end(), path) if "\n" in m["sep"] or "\r" in m["sep"] else ({}, m.end())
    paragraphs = [(p.start(), p.start() + len(p.group().rstrip())) for p in PARAGRAPH.finditer(text, body_start)]
    if not paragraphs:
        raise InvalidArticle(path, "date header but no article text")
    for n, (start, end) in enumerate(paragraphs, start=1):
        if end - start > MAX_PARAGRAPH:
            line = text.count("\n", 0, start) + 1
            raise InvalidArticle(path, f"paragraph {n} (line {line}) has {end - start:,} characters, more than the "
                                       f"model's {MAX_PARAGRAPH:,}; separate it into paragraphs with blank lines")
    return Article(
        doc_id=path.stem,
        text=text,
        date=date,
        date_precision=precision,
        sha256=hashlib.sha256(raw).hexdigest(),
        body_start=paragraphs[0][0],
        paragraphs=paragraphs,
        **meta,
    )


def read_meta(text: str, pos: int, path: Path) -> tuple[dict[str, str], int]:
    """The header lines starting at `pos` (just after the date line) and where the text starts."""
    meta: dict[str, str] = {}
    while m := META.match(text, pos):
        key, value, line = m["key"], m["value"], text.count("\n", 0, pos) + 1
        if key in meta:
            raise InvalidArticle(path, f"header line '{key}:' given twice (line {line}); keep one")
        if not value:
            raise InvalidArticle(path, f"empty header line '{key}:' (line {line}); give a value or remove it")
        if key == "url" and not URL.fullmatch(value):
            raise InvalidArticle(path, f"header line 'url:' (line {line}) is not an http(s) address: {value[:60]!r}")
        meta[key] = value
        pos = m.end()
    return meta, pos


def read_article(path: Path | str) -> Article:
    """Read and parse one article file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InvalidArticle(path, f"cannot read ({e.strerror})") from None
    return parse_article(raw, path)


def list_articles(folder: Path | str) -> list[Path]:
    """The `*.txt` files of a folder, sorted by name; raise FileNotFoundError if it is missing."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder of articles")
    paths = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if not paths:
        raise FileNotFoundError(f"{folder}: no *.txt articles in this folder")
    return paths


def read_articles(folder: Path | str, *, skip_invalid: bool = False, warn=None) -> list[Article]:
    """Read every article of a folder. Invalid files raise, or are passed to `warn` and skipped."""
    articles = []
    for path in list_articles(folder):
        try:
            articles.append(read_article(path))
        except InvalidArticle as e:
            if not skip_invalid:
                raise
            if warn is not None:
                warn(e)
    return articles
