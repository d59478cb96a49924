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


# a fixed ninth of the dev articles, from several years (the notebooks' code paths, not the whole split: `make
# analysis` runs them on it; a third of it took two minutes of CI)
OTHER = sorted(ARTICLES.glob("*.txt"))[::9]


@pytest.fixture(scope="module")
def other_corpus(tmp_path_factory):
    """A ninth of the dev articles and one wire copy: the first article reprinted as is under another name."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "seeds").mkdir()
    for path in OTHER:
        shutil.copyfile(path, folder / "seeds" / path.name)
    first = min((folder / "seeds").glob("*.txt"))
    shutil.copyfile(first, first.with_name(f"{first.stem}_reprint.txt"))
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


# the notebooks that read a corpus of articles; the others (06-accuracy: the gold splits) take no folder, and nbval
# runs them as they are committed, with neither an error nor a line on stderr (`test_notebook_is_thin_…`)
ON_A_CORPUS = [p for p in NOTEBOOKS if "notebooks.load(" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", ON_A_CORPUS, ids=lambda p: p.name)
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
    outputs = [o for c in code for o in c["outputs"]]  # what nbval compares a re-execution with, output by output
    assert not [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"]
    assert not any(re.search(r"^\s*(def|class)\s", "".join(c["source"]), re.M) for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    if "load(" in "".join("".join(c["source"]) for c in code):  # a notebook on a corpus takes it as parameters
        assert {"seeds", "processed", "date_from", "date_to", "copies"} <= declared_parameters(path)


def loading_cell(nb) -> int:
    """The index of the cell that calls `notebooks.load`."""
    return next(n for n, c in enumerate(nb.cells) if "notebooks.load(" in c.source)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_only_the_loading_cell_escapes_nbval_and_it_is_committed_empty(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    ignored = [c for c in nb["cells"] if "nbval-ignore-output" in c.get("metadata", {}).get("tags", [])]
    assert all("".join(c["source"]).startswith("tables = notebooks.load(") and "\n" not in "".join(c["source"])
               and c["outputs"] == [] for c in ignored)
    assert len(ignored) == (path in ON_A_CORPUS)


@pytest.mark.parametrize("path", ON_A_CORPUS, ids=lambda p: p.name)
def test_wire_copies_count_once_and_the_notebook_says_how_many_were_set_aside(path, run_on_other_corpus):
    nb = run_on_other_corpus(path)
    at = loading_cell(nb)
    assert "copies=copies" in nb.cells[at].source
    assert nb.cells[at].outputs == []  # the line saying the tables are being built is erased once they are
    assert "widgets" not in nb.metadata  # no progress widget either: its state would be saved, new ids each run
    said = "".join(o.get("text", "") for o in nb.cells[at + 1].outputs if o.get("name") == "stdout")
    n = len(OTHER)
    assert f"counts once, as its earliest article: 1 copy of the {n} articles selected set aside" in said


def test_copies_parameter_counts_every_copy(other_corpus):
    path = next(p for p in ON_A_CORPUS if p.name.startswith("01"))
    nb = execute(path, parameters={"seeds": str(other_corpus / "seeds"), "processed": str(other_corpus / "processed"),
                                   "copies": True})
    said = "".join(o.get("text", "") for o in nb.cells[loading_cell(nb) + 1].outputs if o.get("name") == "stdout")
    n = len(OTHER) + 1
    assert f"Every wire copy counts as an article of its own (copies = True): 1 of the {n} articles selected" in said


def test_closest_pair_is_named_not_given_by_ids(run_on_other_corpus):
    nb = run_on_other_corpus(next(p for p in NOTEBOOKS if p.name.startswith("02")))
    said = "".join(o.get("text", "") for c in nb.cells if "closest pair" in c.source for o in c.outputs)
    pair = re.search(r"the closest pair is (.+) and (.+) \(\d+ sentences\)", said)
    assert pair and not [name for name in pair.groups() if re.fullmatch(r"[A-Z]{3}|[a-z0-9-]+", name)], said


def test_load_says_it_builds_before_building_and_nothing_when_current(tmp_path, monkeypatch, capsys):
    import importlib

    from analysis import notebooks
    build = importlib.import_module("analysis.build")  # `analysis.build` is also the name of a function
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("date 2024-06\nLe Mali.\n", encoding="utf-8")
    said_before = []
    monkeypatch.setattr(build, "load", lambda seeds, processed, *, copies, progress=False: said_before.append(
        (capsys.readouterr().out, copies)) or "tables")
    monkeypatch.setattr(build, "is_current", lambda *args: False)
    monkeypatch.setenv(notebooks.BATCH, "1")
    assert notebooks.load(tmp_path, tmp_path / "out", copies=True) == "tables"
    assert said_before[0][0].startswith(f"Building the tables of the 2 articles in {tmp_path} into {tmp_path / 'out'} "
                                        "(about 5 s;") and said_before[0][1] is True
    assert "Built" not in capsys.readouterr().out  # a batch run leaves no timing in the committed outputs
    monkeypatch.setattr(build, "is_current", lambda *args: True)
    notebooks.load(tmp_path, tmp_path / "out")
    assert said_before[1] == ("", False)


def test_load_in_an_open_notebook_shows_a_bar_then_how_long_it_took(tmp_path, monkeypatch, capsys):
    from analysis import notebooks
    (tmp_path / "seeds").mkdir()
    shutil.copy(min(ARTICLES.glob("*.txt")), tmp_path / "seeds")
    bars, make_bar = [], notebooks.progress_bar

    def bar(total):
        bars.append(make_bar(total))
        return bars[-1]
    monkeypatch.setattr(notebooks, "progress_bar", bar)
    monkeypatch.delenv(notebooks.BATCH, raising=False)
    tables = notebooks.load(tmp_path / "seeds", tmp_path / "out")
    assert len(tables.documents) == 1
    assert len(bars) == 1 and bars[0].total == 1 and bars[0].n == 1  # one article built, the bar full
    assert re.search(rf"Built the tables of the 1 article in {re.escape(str(tmp_path / 'seeds'))} in \d+ s\.",
                     capsys.readouterr().out)


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


def test_a_print_flushed_in_two_messages_is_saved_as_one_output():
    import nbformat
    from analysis.notebooks import coalesce_streams
    cell = nbformat.v4.new_code_cell("print('3 dyads')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="3 dyads"),
                    nbformat.v4.new_output("stream", name="stdout", text="\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warning\n"),
                    nbformat.v4.new_output("stream", name="stdout", text="done\n")]
    nb = nbformat.v4.new_notebook(cells=[cell, nbformat.v4.new_markdown_cell("text")])
    coalesce_streams(nb)
    assert [(o.name, o.text) for o in nb.cells[0].outputs] == [("stdout", "3 dyads\n"), ("stderr", "warning\n"),
                                                               ("stdout", "done\n")]
