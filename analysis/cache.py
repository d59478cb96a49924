"""A content-hash cache of annotated articles, so an unchanged article is never reprocessed.

One file per article holds its rows for every table; it is used only when its key matches:
the SHA-256 of the article's bytes, the package's code and version, the spaCy and model
versions and the reference data. Changing any of them changes the key, which is also the
file's name (so the name's length never depends on the article's). An entry is two JSON lines,
a header (key, SHA-256 of the body) and the body (rows by table): it is read back only when
both match and the rows have the shape of rows. JSON, not pickle, so a cache folder that was
copied or shared cannot run code when read; a damaged entry is annotated again.

A second kind of entry holds the finished output of a chunk of articles (`*.chunk`): for each
table, the CSV text and the Arrow table its rows make, exactly as the build writes them. Keyed by
the chunk's articles (names and contents) and the same context, it also records the wire-copy
links of its documents, since those come from the whole corpus: a chunk is reused only when they
are the same. A rebuild after changing one article of many thus re-renders one chunk, not every
table of every article. Arrow's IPC stream format holds data only, like JSON; the entry's
checksum, table names and column types are checked before it is used.

A third kind, kept only when the build is asked to (`build(parses=True)`, the gold splits' builds), holds an
article's parse (`*.parse`: the model's Docs of its paragraphs as spaCy's DocBin, msgpack data, no code), keyed
and checked as the rows are. Training reads it rather than running the model over the dev split again; `annotate`
checks that its Docs hold the article's paragraphs before any is used.
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
CHUNK_SUFFIX = ".chunk"
PARSE_SUFFIX = ".parse"
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
        """Store the rows of an article (atomically, `write`)."""
        body = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = json.dumps({"key": self.key(article), "sha256": hashlib.sha256(body).hexdigest()}).encode()
        self.write(self.path(article), header + b"\n" + body + b"\n")

    def write(self, path: Path, data: bytes) -> None:
        """Write an entry atomically: a reader sees the old entry or the new one, never half of one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{path.stem[:16]}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        tmp.replace(path)

    # -- parses ----------------------------------------------------------------------------------------
    def parse_path(self, article) -> Path:
        return self.folder / f"{self.key(article)}{PARSE_SUFFIX}"

    def get_parse(self, article) -> bytes | None:
        """The article's cached parse (`annotate.parse`), or None when absent, stale or damaged."""
        try:
            head, _, body = self.parse_path(article).read_bytes().partition(b"\n")
            header = json.loads(head)
        except (OSError, ValueError, RecursionError):
            return None
        if (not isinstance(header, dict) or header.get("key") != self.key(article)
                or header.get("sha256") != hashlib.sha256(body).hexdigest()):
            return None
        return body

    def put_parse(self, article, parse: bytes) -> None:
        """Store the parse of an article (atomically, as `put`)."""
        header = json.dumps({"key": self.key(article), "sha256": hashlib.sha256(parse).hexdigest()}).encode()
        self.write(self.parse_path(article), header + b"\n" + parse)

    # -- finished chunks ---------------------------------------------------------------------------
    def chunk_key(self, articles) -> str:
        names = "\0".join(f"{a.doc_id}\0{a.sha256}" for a in articles)
        return hashlib.sha256(f"{self.context}\0chunk\0{names}".encode()).hexdigest()

    def chunk_path(self, articles) -> Path:
        return self.folder / f"{self.chunk_key(articles)}{CHUNK_SUFFIX}"

    def has_chunk(self, articles) -> bool:
        return self.chunk_path(articles).exists()

    def get_chunk(self, articles, links: dict, schemas: dict) -> dict | None:
        """table → (CSV text, Arrow table or None) of a finished chunk, or None when absent, stale,
        damaged, made with other wire-copy `links`, or not of the tables and column types `schemas`."""
        import pyarrow as pa
        try:
            head, _, body = self.chunk_path(articles).read_bytes().partition(b"\n")
            header = json.loads(head)
            if (not isinstance(header, dict) or header.get("key") != self.chunk_key(articles)
                    or header.get("sha256") != hashlib.sha256(body).hexdigest() or header.get("links") != links
                    or not isinstance(header.get("parts"), list)):
                return None
            parts, at = {}, 0
            for table, csv_size, arrow_size in header["parts"]:
                if table not in schemas or table in parts:
                    return None
                text = body[at:at + csv_size].decode("utf-8")
                at += csv_size
                arrow = None
                if arrow_size:
                    arrow = pa.ipc.open_stream(body[at:at + arrow_size]).read_all()
                    if not arrow.schema.equals(schemas[table], check_metadata=False):
                        return None
                at += arrow_size
                parts[table] = (text, arrow)
            if at != len(body) or set(parts) != set(schemas):
                return None
        except (OSError, ValueError, TypeError, RecursionError, UnicodeDecodeError):  # ArrowInvalid: a ValueError
            return None
        return parts

    def put_chunk(self, articles, links: dict, parts: dict) -> None:
        """Store the finished output of a chunk (atomically, as `put`)."""
        import pyarrow as pa
        pieces, sizes = [], []
        for table, (text, arrow) in parts.items():
            data = text.encode("utf-8")
            stream = b""
            if arrow is not None:
                sink = pa.BufferOutputStream()
                with pa.ipc.new_stream(sink, arrow.schema) as writer:
                    writer.write_table(arrow)
                stream = sink.getvalue().to_pybytes()
            pieces += [data, stream]
            sizes.append([table, len(data), len(stream)])
        body = b"".join(pieces)
        header = json.dumps({"key": self.chunk_key(articles), "sha256": hashlib.sha256(body).hexdigest(),
                             "links": links, "parts": sizes}, sort_keys=True).encode()
        self.write(self.chunk_path(articles), header + b"\n" + body)

    def prune(self, articles, chunks=()) -> None:
        """Drop every entry but the current ones of each article and of each chunk in `chunks`,
        entries of older formats and the half-written files of builds that died."""
        from .outdir import alive
        keep = ({self.path(a).name for a in articles} | {self.parse_path(a).name for a in articles}
                | {self.chunk_path(c).name for c in chunks})
        if self.folder.exists():
            for path in self.folder.iterdir():
                stale = path.suffix in (SUFFIX, CHUNK_SUFFIX, PARSE_SUFFIX, ".pkl") and path.name not in keep
                dead = TMP.fullmatch(path.name) and not alive(int(TMP.fullmatch(path.name)["pid"]))
                if (stale or dead) and path.is_file():
                    path.unlink(missing_ok=True)
