"""Find articles in the files an analyst has: saved pages, feeds, exports and plain text.

Each reader takes one file and yields `Found` articles and `Refused` items (one line of reason).
None touches the network: a saved page's main text and metadata (title, outlet, author, URL) come
from `trafilatura`, its date by `htmldate`'s rules (through trafilatura); RSS and Atom from
`feedparser`, given the bytes, never an address; exports through the standard `csv` and `json`.
Readers only find; dates, language and file names are decided where articles are written.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..corpus import HEADER, InvalidArticle, decode, parse_article, shown
from .text import one_line, paragraphs, plain_paragraphs, read_date

KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed",
         ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".txt": "txt"}
SUMMARY_ONLY = "summary only: the feed carries no full text for this entry"
CSV_FIELD = 100_000_000  # the csv module stops at 131 072 characters a field; an article can be longer


@dataclass(frozen=True)
class Columns:
    """Names of the export columns (CSV) or fields (JSON Lines) that hold each part of an article."""

    text: str = "text"
    date: str = "date"
    title: str = "title"
    source: str = "source"
    url: str = "url"
    author: str = "author"


@dataclass(frozen=True)
class Found:
    """One article found in a source: its paragraphs and what the source says about it."""

    origin: str  # the file, and the entry, line or row within it
    paragraphs: tuple[str, ...]
    date: str | None = None  # None: the source gives none
    title: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    note: str = ""  # said in the summary (a feed entry with its summary only)
    raw: bytes | None = None  # a .txt that already is an article file: written as it is


@dataclass(frozen=True)
class Refused:
    """A file, entry or row that gives no article, and why (one line)."""

    origin: str
    reason: str


def files(sources: list[Path], skip: Path | None = None) -> Iterator[Path | Refused]:
    """The files to read: named files, and the files of a known type in named folders (recursively,
    sorted, hidden ones and those under `skip` left out)."""
    for source in map(Path, sources):
        if source.is_dir():
            for path in sorted(source.rglob("*")):
                rel = path.relative_to(source).parts
                inside_skip = skip is not None and path.resolve().is_relative_to(skip.resolve())
                if path.is_file() and path.suffix.lower() in KINDS and not inside_skip \
                        and not any(p.startswith(".") for p in rel):
                    yield path
        elif source.is_file():
            if source.suffix.lower() in KINDS:
                yield source
            else:
                yield Refused(shown(source), f"unknown type {source.suffix or '(no extension)'!r}: give .html, "
                                             ".htm, .xml, .rss, .atom, .jsonl, .csv or .txt files")
        else:
            yield Refused(shown(source), "no such file or folder")


def read(path: Path, columns: Columns = Columns(), date: str | None = None) -> Iterator[Found | Refused]:
    """The articles of one file, by its type; `date` is the one given on the command line."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield Refused(shown(path), f"cannot read ({e.strerror})")
        return
    if not raw.strip():
        yield Refused(shown(path), "empty file")
        return
    kind = KINDS[path.suffix.lower()]
    if kind == "html":
        yield from read_page(raw, shown(path))
    elif kind == "feed":
        yield from read_feed(raw, shown(path))
    elif kind == "txt":
        yield from read_text(raw, path)
    else:
        yield from read_export(raw, shown(path), kind, columns, date)


def quiet(*names: str) -> None:
    """Silence libraries that log what they discard: the summary says what counts."""
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def read_page(raw: bytes, origin: str) -> Iterator[Found | Refused]:
    """A saved web page: its main text (boilerplate left out) and metadata."""
    from trafilatura import bare_extraction
    quiet("trafilatura", "htmldate", "courlan")
    doc = bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False,
                          date_extraction_params={"extensive_search": True, "original_date": True})
    paras = plain_paragraphs(doc.text or "") if doc is not None else []
    if not paras:
        yield Refused(origin, "no article text found in the page (broken, empty or not an article)")
        return
    title = one_line(doc.title)
    if paras[0] == title and len(paras) > 1:  # the headline, repeated as the page's first block
        paras = paras[1:]
    yield Found(origin, tuple(paras), doc.date or None, title, one_line(doc.sitename or doc.hostname),
                one_line(doc.url), one_line(doc.author))


def read_feed(raw: bytes, origin: str) -> Iterator[Found | Refused]:
    """An RSS or Atom file: one article per entry, its full text when the feed has it, else its summary."""
    import feedparser
    parsed = feedparser.parse(io.BytesIO(raw), resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield Refused(origin, f"not a readable RSS or Atom feed ({one_line(problem)[:80]})" if problem and
                      not parsed.feed else "no entries in the feed")
        return
    outlet = one_line(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}, entry {n}"
        full = max((c.get("value", "") for c in entry.get("content", [])), key=len, default="")
        text, note = (full, "") if full.strip() else (entry.get("summary", ""), SUMMARY_ONLY)
        paras = paragraphs(text)
        if not paras:
            yield Refused(where, "entry without text")
            continue
        stamp = entry.get("published") or entry.get("updated")
        try:
            date = read_date(stamp) if stamp else None
        except ValueError as e:
            yield Refused(where, str(e))
            continue
        yield Found(where, tuple(paras), date, one_line(entry.get("title")), outlet, one_line(entry.get("link")),
                    one_line(entry.get("author")), note)


def read_export(raw: bytes, origin: str, kind: str, columns: Columns, date: str | None) -> Iterator[Found | Refused]:
    """A CSV or JSON Lines export: one article per row, its parts in the named columns."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        yield Refused(origin, f"not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})")
        return
    records: list[tuple[str, dict | Refused]] = []
    if kind == "csv":
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD))
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        try:
            names = list(reader.fieldnames or [])
            records = [(f"{origin}, row {n}", row) for n, row in enumerate(reader, start=1)]
        except csv.Error as e:
            yield Refused(origin, f"not a readable CSV file (line {reader.line_num}: {e})")
            return
        unit = "column"
    else:
        names = []
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    value = json.loads(line)
                except ValueError as e:
                    value = Refused(f"{origin}, line {n}", f"not JSON ({e.msg})")
                if isinstance(value, dict):
                    names += [k for k in value if k not in names]
                elif not isinstance(value, Refused):
                    value = Refused(f"{origin}, line {n}", "not a JSON object")
                records.append((f"{origin}, line {n}", value))
        unit = "field"
    if columns.text not in names:
        listed = ", ".join(map(repr, names[:8])) or "none"
        yield Refused(origin, f"no {columns.text!r} {unit} for the text ({unit}s: {listed}); name it with --text-col")
        return
    if columns.date not in names and date is None:
        yield Refused(origin, f"no {columns.date!r} {unit} for the date; name it with --date-col, or give --date")
        return
    for where, record in records:
        if isinstance(record, Refused):
            yield record
            continue
        paras = paragraphs(str(record.get(columns.text) or ""))
        if not paras:
            yield Refused(where, f"empty {columns.text!r} {unit}")
            continue
        stamp = one_line(record.get(columns.date))
        try:
            found_date = read_date(stamp) if stamp else None
        except ValueError as e:
            yield Refused(where, str(e))
            continue
        yield Found(where, tuple(paras), found_date, *(one_line(record.get(getattr(columns, part)))
                                                        for part in ("title", "source", "url", "author")))


def read_text(raw: bytes, path: Path) -> Iterator[Found | Refused]:
    """A .txt file: an article file as it is, or plain text that takes its date from --date."""
    try:
        text = decode(raw, path)
        if HEADER.match(text):
            article = parse_article(raw, path)
            yield Found(shown(path), tuple(text[s:e] for s, e in article.paragraphs), article.date, article.title,
                        article.source, article.url, article.author, raw=raw)
            return
    except InvalidArticle as e:
        yield Refused(shown(path), e.problem)
        return
    yield Found(shown(path), tuple(plain_paragraphs(text)))
