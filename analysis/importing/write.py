"""Write the articles found into a folder of article files, never changing a file already there.

An article becomes `date …`, its header lines (`title`, `source`, `url`, `author`, those the source
gives), a blank line and its paragraphs separated by blank lines; it is parsed back with the
build's own reader before it is written, so every file written can be built. Its name is its date
and the first 16 hex digits of the SHA-256 of its bytes: the same article always gets the same
name, so importing again writes nothing, and a file is written under a new name only (a hard link
from a temporary file, which fails rather than replace). An article whose bytes are already in
the folder, under any name, is "already present".
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import META_KEYS, URL, InvalidArticle, parse_article, shown
from .language import MIN_LENGTH, language_of
from .readers import Columns, Found, Refused, files, read
from .text import one_line


@dataclass
class Summary:
    """What an import did: files read, articles found, written, already present, refused (with reasons)."""

    files: int = 0
    found: int = 0
    written: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    notes: list[Refused] = field(default_factory=list)  # written, with something to say (summary only)

    def line(self) -> str:
        return (f"{self.found} articles found in {self.files} files: {len(self.written)} written, "
                f"{len(self.present)} already present, {len(self.refused)} refused")


def render(found: Found, date: str) -> bytes:
    """The article file of a found article."""
    values = {key: one_line(getattr(found, key)) for key in META_KEYS}
    if values["url"] and not URL.fullmatch(values["url"]):
        values["url"] = ""  # a relative or odd link says nothing reliable about where the article is
    head = [f"date {date}"] + [f"{key}: {value}" for key, value in values.items() if value]
    return ("\n".join(head) + "\n\n" + "\n\n".join(found.paragraphs) + "\n").encode("utf-8")


def file_name(raw: bytes, date: str) -> str:
    return f"{date}_{hashlib.sha256(raw).hexdigest()[:16]}.txt"


def check_language(found: Found) -> str | None:
    """Why the article is not French, or None when it is."""
    language = language_of("\n".join((found.title, *found.paragraphs)))
    if language is None:
        return (f"language not recognised (or text under {MIN_LENGTH} characters); "
                "--any-language imports it anyway")
    code, name = language
    return None if code == "fr" else f"in {name} ({code}), not French; --any-language imports it anyway"


def write_new(folder: Path, name: str, raw: bytes) -> bool:
    """Write `raw` as `folder/name` unless that name is taken; True when written."""
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    tmp.write_bytes(raw)
    try:
        os.link(tmp, folder / name)  # fails on an existing name: nothing is ever replaced
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink()


def import_sources(sources: list[Path], to: Path, *, columns: Columns = Columns(), date: str | None = None,
                   any_language: bool = False) -> Summary:
    """Read every source and write its articles into `to`; return what was done."""
    to = Path(to)
    to.mkdir(parents=True, exist_ok=True)
    present = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in sorted(to.glob("*.txt")) if p.is_file()}
    summary = Summary()
    for path in files(sources, skip=to):
        if isinstance(path, Refused):
            summary.refused.append(path)
            continue
        summary.files += 1
        for item in read(path, columns, date):
            if isinstance(item, Found):
                summary.found += 1
                item = place(item, to, present, date, any_language, summary)
            if isinstance(item, Refused):
                summary.refused.append(item)
    return summary


def place(found: Found, to: Path, present: dict[str, str], date: str | None, any_language: bool,
          summary: Summary) -> Found | Refused:
    """Write one found article, or say why not."""
    when = found.date or date
    if when is None:
        return Refused(found.origin, "no date in the source; give one with --date YYYY-MM-DD")
    if not any_language and (problem := check_language(found)):
        return Refused(found.origin, problem)
    raw = found.raw or render(found, when)
    name = file_name(raw, when)
    try:
        parse_article(raw, name)
    except InvalidArticle as e:
        return Refused(found.origin, e.problem)
    sha = hashlib.sha256(raw).hexdigest()
    if sha in present:
        summary.present.append(present[sha])
        return found
    if not write_new(to, name, raw):
        return Refused(found.origin, f"{shown(to / name)} exists with other content; nothing overwritten")
    present[sha] = name
    summary.written.append(name)
    if found.note:
        summary.notes.append(Refused(found.origin, found.note))
    return found
