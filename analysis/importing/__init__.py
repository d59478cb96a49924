"""Bring a corpus in: saved pages, feeds, exports and plain text → article files in `seeds/`.

    from analysis.importing import import_sources
    summary = import_sources([Path("inbox")], Path("seeds"))   # python -m analysis import inbox --to seeds

`readers` finds articles in each file, `text` turns markup and dates into what an article file
holds, `language` keeps French only, `write` names and writes the files (never over another one).
"""

from .readers import Columns, Found, Refused
from .write import Summary, import_sources

__all__ = ["Columns", "Found", "Refused", "Summary", "import_sources"]
