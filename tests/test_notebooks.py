"""Every notebook runs unchanged on another folder of articles, given through its parameters cell."""

import json
import re
import shutil
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


def declared_parameters(path: Path) -> set[str]:
    """Names assigned in the notebook's `parameters` cell."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    return set(re.findall(r"^(\w+)\s*=", "".join(cell["source"]), re.M))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_on_another_corpus(path, other_corpus):
    given = {"seeds": str(other_corpus / "seeds"), "processed": str(other_corpus / "processed"),
             "date_from": None, "date_to": None}
    nb = execute(path, parameters={k: v for k, v in given.items() if k in declared_parameters(path)})
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
