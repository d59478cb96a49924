"""A content-hash cache of annotated articles, so an unchanged article is never reprocessed.

One file per article holds its rows for every table; it is used only when its key matches:
the SHA-256 of the article's bytes, the package's code and version, the spaCy and model
versions and the reference data. Changing any of them changes the key, which is also the
file's name (so the name's length never depends on the article's). An entry is two JSON lines,
a header (key, SHA-256 of the body) and the body (rows by table): it is read back only when
both match and the rows have the shape of rows. JSON, not pickle, so a cache folder that was
copied or shared cannot run code when read; a damaged entry is annotated again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import lru_cache
from itertools import chain
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SUFFIX = ".jsonl"
SCALAR_TYPES = {str, int, float, bool, type(None)}  # what JSON decodes to, but lists and dicts
TMP = re.compile(r"\.[0-9a-f]{16}\.(?P<pid>\d+)\.tmp")  # an entry being written by process PID


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over the package's source files: a code change invalidates cached rows."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def is_rows(rows) -> bool:
    """Whether `rows` has the shape `annotate` gives: table name → list of flat dicts of scalars."""
    if not isinstance(rows, dict):
        return False
    try:
        for table, table_rows in rows.items():
            # the types of all the values of all the rows at once (TypeError: a row that is no dict)
            if not isinstance(table, str) or type(table_rows) is not list \
                    or not set(map(type, chain.from_iterable(map(dict.values, table_rows)))) <= SCALAR_TYPES:
                return False
    except TypeError:
        return False
    return True


class Cache:
    """Rows of annotated articles under `folder`, keyed by content and versions."""

    def __init__(self, folder: Path, manifest: dict):
        self.folder = Path(folder)
        context = {k: v for k, v in manifest.items() if k not in ("articles", "tables")}
        self.context = json.dumps(context, sort_keys=True)

    def key(self, article) -> str:
        return hashlib.sha256(f"{self.context}\0{article.doc_id}\0{article.sha256}".encode()).hexdigest()

    def path(self, article) -> Path:
        return self.folder / f"{self.key(article)}{SUFFIX}"

    def has(self, article) -> bool:
        """Whether current rows of the article are cached (without reading them)."""
        return self.path(article).exists()

    def get(self, article) -> dict | None:
        """The cached rows of an article, or None when absent, stale, damaged or not rows."""
        try:
            head, _, body = self.path(article).read_bytes().partition(b"\n")
            body = body[:-1] if body.endswith(b"\n") else body
            header = json.loads(head)
            if (not isinstance(header, dict) or header.get("key") != self.key(article)
                    or header.get("sha256") != hashlib.sha256(body).hexdigest()):
                return None
            rows = json.loads(body)
        except (OSError, ValueError, RecursionError):
            return None
        return rows if is_rows(rows) else None

    def put(self, article, rows: dict) -> None:
        """Store the rows of an article (atomically: a reader sees the old entry or the new one)."""
        body = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = json.dumps({"key": self.key(article), "sha256": hashlib.sha256(body).hexdigest()}).encode()
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path(article)
        tmp = self.folder / f".{path.stem[:16]}.{os.getpid()}.tmp"
        tmp.write_bytes(header + b"\n" + body + b"\n")
        tmp.replace(path)

    def prune(self, articles) -> None:
        """Drop every entry but the current one of each article, entries of older formats and the
        half-written files of builds that died."""
        from .outdir import alive
        keep = {self.path(a).name for a in articles}
        if self.folder.exists():
            for path in self.folder.iterdir():
                stale = path.suffix in (SUFFIX, ".pkl") and path.name not in keep
                dead = TMP.fullmatch(path.name) and not alive(int(TMP.fullmatch(path.name)["pid"]))
                if (stale or dead) and path.is_file():
                    path.unlink(missing_ok=True)
