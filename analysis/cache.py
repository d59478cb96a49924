"""A content-hash cache of annotated articles, so an unchanged article is never reprocessed.

One file per article holds its rows for every table; it is used only when its key matches:
the SHA-256 of the article's bytes, the package's code and version, the spaCy and model
versions and the reference data. Changing any of them changes the key.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over the package's source files: a code change invalidates cached rows."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


class Cache:
    """Rows of annotated articles under `folder`, keyed by content and versions."""

    def __init__(self, folder: Path, manifest: dict):
        self.folder = Path(folder)
        context = {k: v for k, v in manifest.items() if k != "articles"}
        self.context = json.dumps(context, sort_keys=True)

    def key(self, article) -> str:
        return hashlib.sha256(f"{self.context}\0{article.doc_id}\0{article.sha256}".encode()).hexdigest()

    def path(self, article) -> Path:
        return self.folder / f"{article.doc_id}.{self.key(article)[:32]}.pkl"

    def has(self, article) -> bool:
        """Whether current rows of the article are cached (without reading them)."""
        return self.path(article).exists()

    def get(self, article) -> dict | None:
        """The cached rows of an article, or None when absent, stale or unreadable."""
        try:
            with self.path(article).open("rb") as f:
                key, rows = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            return None
        return rows if key == self.key(article) else None

    def put(self, article, rows: dict) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{article.doc_id}.{os.getpid()}.tmp"
        with tmp.open("wb") as f:
            pickle.dump((self.key(article), rows), f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(self.path(article))

    def prune(self, articles) -> None:
        """Drop every entry but the current one of each article."""
        keep = {self.path(a).name for a in articles}
        if self.folder.exists():
            for path in self.folder.glob("*.pkl"):
                if path.name not in keep:
                    path.unlink(missing_ok=True)
