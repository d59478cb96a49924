"""Text and dates as the sources give them, made into what an article file holds.

Paragraphs: an HTML fragment (a feed entry, an export cell holding markup) is split at its block
elements; plain text at blank lines when it has any, else at each line (exports and saved text
often put one paragraph per line). Whitespace inside a paragraph and inside a header value is
collapsed to single spaces. Dates: the forms exports and feeds use are read as the outlet wrote
them (no conversion to UTC, which could move an article to the day before): ISO 8601 dates and
timestamps, RFC 822 (`Fri, 03 May 2024 09:00:00 +0200`), day-first numeric dates (`03/05/2024`,
the French order) and French ones (`vendredi 3 mai 2024`, `1er mai 2024`, `mai 2024`).
"""

from __future__ import annotations

import re
from email.utils import parsedate_tz

from ..corpus import check_date

BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr", "pre",
          "figcaption", "dd", "dt")
BLANK = re.compile(r"\n[ \t\r\f\v]*\n")
MARKUP = re.compile(r"</?(?:p|br|div|li|h[1-6]|blockquote|span|a|em|strong)\b[^>]*>", re.I)
ISO = re.compile(r"(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
NUMERIC = re.compile(r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})(?:[ T,].*)?")
FRENCH = re.compile(r"(?:[a-zé]+\.? )?(?:(?P<day>1er|\d{1,2}) )?(?P<month>[a-zéû]+\.?) (?P<year>\d{4})(?:[ ,à].*)?")


def one_line(value: object) -> str:
    """A header value on one line, whitespace collapsed; '' for None."""
    return " ".join(str(value).split()) if value is not None else ""


def plain_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: at blank lines when there are any, else one per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = BLANK.split(text) if BLANK.search(text) else text.split("\n")
    return [p for p in (one_line(b) for b in blocks) if p]


def html_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment, split at block elements and double line breaks."""
    import lxml.html
    from lxml import etree
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter():
        if el.tag in BLOCKS:
            el.text, el.tail = "\n\n" + (el.text or ""), "\n\n" + (el.tail or "")
        elif el.tag == "br":
            el.tail = "\n" + (el.tail or "")
    return plain_paragraphs(root.text_content())


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a text that may hold markup."""
    return html_paragraphs(text) if MARKUP.search(text) else plain_paragraphs(text)


def read_date(value: object) -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` from a date as exports and feeds write it; ValueError otherwise."""
    text = one_line(value)
    if m := ISO.fullmatch(text):
        return check_date(m["date"])[0]
    if parts := parsedate_tz(text) if "," in text or ":" in text else None:
        return check_date(f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}")[0]
    if m := NUMERIC.fullmatch(text):
        return check_date(f"{m['year']}-{int(m['month']):02d}-{int(m['day']):02d}")[0]
    if m := FRENCH.fullmatch(text.lower()):
        from ..dates import MONTHS  # the model's month words; imported here, as it loads spaCy
        month = MONTHS.get(m["month"])
        if month:
            day = m["day"] and (1 if m["day"] == "1er" else int(m["day"]))
            return check_date(f"{m['year']}-{month:02d}" + (f"-{day:02d}" if day else ""))[0]
    raise ValueError(f"unreadable date {text[:40]!r} (write it YYYY-MM-DD)")
