"""Every notebook runs unchanged on another folder of articles, given through its parameters cell."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from analysis.notebooks import execute

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def other_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ARTICLES, folder / "seeds")
    return folder


@pytest.fixture(scope="module")
def run_on_other_corpus(other_corpus):
    """Execute a notebook on the test articles, once per module."""
    done = {}

    def run(path: Path):
        if path not in done:
            given = {"seeds": str(other_corpus / "seeds"), "processed": str(other_corpus / "processed"),
                     "date_from": None, "date_to": None}
            done[path] = execute(path, parameters={k: v for k, v in given.items() if k in declared_parameters(path)})
        return done[path]
    return run


def declared_parameters(path: Path) -> set[str]:
    """Names assigned in the notebook's `parameters` cell."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    return set(re.findall(r"^(\w+)\s*=", "".join(cell["source"]), re.M))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_on_another_corpus(path, run_on_other_corpus):
    nb = run_on_other_corpus(path)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert not [o for o in outputs if o.get("name") == "stderr"], "notebooks write nothing on stderr"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_thin_and_committed_with_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert any(c["outputs"] for c in code)
    assert not any(re.search(r"^\s*(def|class)\s", "".join(c["source"]), re.M) for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    if "load(" in "".join("".join(c["source"]) for c in code):  # a notebook on a corpus takes it as parameters
        assert {"seeds", "processed", "date_from", "date_to"} <= declared_parameters(path)


def test_html_copy_is_titled_after_the_notebook(tmp_path):
    import nbformat
    from analysis.notebooks import write_html
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 04 · The rupture with France\n\nText.")])
    write_html(nb, tmp_path / "04.html")
    assert "<title>04 · The rupture with France</title>" in (tmp_path / "04.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.name[:2] in ("03", "04")], ids=lambda p: p.name)
def test_partners_and_france_are_compared_month_by_month_on_the_test_articles(path, run_on_other_corpus):
    nb = run_on_other_corpus(path)
    start = next(n for n, c in enumerate(nb.cells) if c.cell_type == "markdown" and c.source.startswith("## Over time"))
    outputs = [o for c in nb.cells[start + 1:] if c.cell_type == "code" for o in c.get("outputs", [])]
    said = "".join(o.get("text", "") for o in outputs if o.get("name") == "stdout")
    assert re.match(r"From \d{4}-\d\d to \d{4}-\d\d \(\d+ months\): Russia, China and Turkey \d+ mentions", said)
    assert any("image/png" in o.get("data", {}) for o in outputs)


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.name[:2] in ("03", "04")], ids=lambda p: p.name)
def test_committed_kwic_shows_the_keyword_between_aligned_contexts(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    html = ["".join(o["data"]["text/html"]) for c in nb["cells"] if c["cell_type"] == "code"
            for o in c["outputs"] if "text/html" in o.get("data", {}) and "explore.kwic" in "".join(c["source"])]
    assert html and all('<th style="text-align:right;white-space:normal' in h for h in html)
    assert all("font-weight:bold" in h and "...</td>" not in h for h in html)


def test_make_lab_allows_root_only_to_root():
    root = Path(__file__).resolve().parent.parent
    recipe = subprocess.run(["make", "-n", "lab"], cwd=root, capture_output=True, text=True, check=True).stdout
    assert "jupyter lab --notebook-dir=notebooks" in recipe
    assert ("--allow-root" in recipe) == (os.getuid() == 0)
