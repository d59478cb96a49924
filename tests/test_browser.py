"""The HTML reports as a reader sees them: rendered by headless Chromium, not read as source.

Chromium is the distribution's package (`apt-get install chromium`; `.ci/run` installs it). On a
machine without it these tests are skipped with one line saying how to install it.
"""

import base64
import html
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

from analysis import build_tables, read_articles
from analysis.notebooks import write_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium: install the distribution's package "
                                "(Debian: apt-get install chromium) to check the reports in a browser")
# headless, and nothing that reaches for the network (the machine has none)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def rendered(notebook: str, tmp_path: Path) -> str:
    """The DOM of a notebook's HTML report once Chromium has loaded and run it."""
    report = tmp_path / f"{Path(notebook).stem}.html"
    write_html(nbformat.read(ROOT / "notebooks" / notebook, as_version=4), report)
    out = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          report.as_uri()], capture_output=True, text=True, timeout=120, check=True)
    return out.stdout


def visible_text(dom: str) -> str:
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_the_quotes_report_shows_every_quotation_whole(tmp_path):
    quotes = build_tables(read_articles(ROOT / "seeds")).quotes
    assert len(quotes) > 0
    text = visible_text(rendered("05-quotes.ipynb", tmp_path))
    for quote in quotes.text:
        assert " ".join(quote.split()) in text, quote
    dom = rendered("05-quotes.ipynb", tmp_path)
    assert not re.search(r"(\.\.\.|…)\s*</td>", dom)  # no cell cut by pandas


def test_the_actors_report_shows_its_figure_as_an_image(tmp_path):
    dom = rendered("02-actors.ipynb", tmp_path)
    images = re.findall(r'<img\b[^>]*\bsrc="data:image/png;base64,([A-Za-z0-9+/=]+)"', dom)
    assert images, "no figure in the rendered report"
    for data in images:
        png = base64.b64decode(data)
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000  # a real plot, not a blank pixel
    assert "<title>" in dom and "<title>Notebook</title>" not in dom
