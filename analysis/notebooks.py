"""Open the tables in a notebook; re-execute the notebooks in place, reproducibly, and write HTML copies.

`load` is what a notebook's first cells call: `analysis.load`, saying in the cell when it has to
build first. nbclient runs each notebook top to bottom in a fresh kernel with timing metadata off,
so executing twice gives the same bytes; `python -m analysis.notebooks DIR --html OUT`. Jupyter's
own modules are imported where used: a notebook that only loads its tables does not pay for them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import nbformat

TIMEOUT = 600
BATCH = "SAHEL_NOTEBOOK_BATCH"  # set for kernels whose outputs are committed or compared: no timings in them
STARTUP = 5  # seconds to start a build: spaCy's model and the reference data (measured: 3 s)
PER_ARTICLE = 0.15  # seconds to annotate one article on one core (measured: 0.1 s on tests/articles)


def load(seeds, processed, *, copies: bool = False):
    """`analysis.load(seeds, processed, copies=copies)` for a notebook: when the tables are missing or
    stale, the cell says which articles are built and about how long it takes, shows a progress bar
    (a widget in JupyterLab), then how long it took. A batch run (`execute`, `make nbval`: BATCH set)
    erases all of it, so the committed output is the same whether or not it built."""
    import time

    from .build import is_current
    from .build import load as load_tables
    from .corpus import list_articles
    from .reference import default_reference
    seeds, processed = Path(seeds), Path(processed)
    building = not is_current(seeds, processed, default_reference())
    if not building:
        return load_tables(seeds, processed, copies=copies)
    n = len(list_articles(seeds))
    articles = f"{n} article{'s' if n != 1 else ''}"
    print(f"Building the tables of the {articles} in {seeds} into {processed} "
          f"(about {round(STARTUP + PER_ARTICLE * n)} s; unchanged articles come from the cache)…", flush=True)
    started = time.monotonic()
    batch = bool(os.environ.get(BATCH))  # no widget either: its state would be saved in the notebook's metadata
    tables = load_tables(seeds, processed, copies=copies, progress=False if batch else progress_bar)
    erase_cell()
    if not batch:
        print(f"Built the tables of the {articles} in {seeds} in {time.monotonic() - started:.0f} s.")
    return tables


def progress_bar(total: int):
    """A bar for `build`: a widget in a notebook (tqdm.auto), text on a terminal."""
    from tqdm.auto import tqdm
    return tqdm(total=total, unit="article", desc="Building")


def erase_cell() -> None:
    """Clear the output of the running cell in a Jupyter kernel; elsewhere (a terminal) the line stays."""
    shell = sys.modules["IPython"].get_ipython() if "IPython" in sys.modules else None
    if shell is not None and hasattr(shell, "kernel"):
        from IPython.display import clear_output
        clear_output()


def execute(path: Path, *, parameters: dict | None = None, cwd: Path | None = None) -> nbformat.NotebookNode:
    """Execute one notebook and return it; `parameters` override those of its `parameters` cell."""
    import nbformat
    from nbclient import NotebookClient
    from traitlets.config import Config
    nb = nbformat.read(path, as_version=4)
    if parameters:
        inject(nb, parameters)
    before = os.environ.get(BATCH)
    os.environ[BATCH] = "1"  # the kernel inherits it: a build inside leaves no timing in the outputs
    try:
        with tempfile.TemporaryDirectory(prefix="sahel-kernel-") as sockets:
            # IPC sockets in a private folder: no open TCP port, and no warning about one on the console
            config = Config({"KernelManager": {"transport": "ipc", "ip": f"{sockets}/kernel"}})
            client = NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3", record_timing=False, config=config,
                                    resources={"metadata": {"path": str(cwd or path.parent)}})
            client.execute()
    finally:
        if before is None:
            os.environ.pop(BATCH, None)
        else:
            os.environ[BATCH] = before
    coalesce_streams(nb)
    return nb


def coalesce_streams(nb: nbformat.NotebookNode) -> None:
    """Merge each cell's consecutive outputs to one stream into one output: the kernel may flush a `print` as one
    message or as two (its text, then its newline), and the saved notebook must be the same bytes either way."""
    for cell in nb.cells:
        merged = []
        for out in cell.get("outputs", []):
            if merged and out.get("output_type") == "stream" and merged[-1].get("output_type") == "stream" \
                    and merged[-1].get("name") == out.get("name"):
                merged[-1]["text"] = "".join(merged[-1]["text"]) + "".join(out["text"])
            else:
                merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged


def inject(nb: nbformat.NotebookNode, parameters: dict) -> None:
    """Add a cell tagged `injected-parameters` after the `parameters` cell, as papermill does:
    the given values override the defaults, which stay in place."""
    import nbformat
    for n, cell in enumerate(nb.cells):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            injected = nbformat.v4.new_code_cell("\n".join(f"{k} = {v!r}" for k, v in parameters.items()))
            injected.metadata["tags"] = ["injected-parameters"]
            nb.cells.insert(n + 1, injected)
            return
    raise ValueError("notebook has no cell tagged 'parameters'")


def title_of(nb: nbformat.NotebookNode, default: str) -> str:
    """The text of the notebook's first Markdown heading (`# 03 · Partnerships…`), else `default`."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return default


def write_html(nb: nbformat.NotebookNode, out: Path) -> None:
    """An HTML copy whose page title is the notebook's own title, not "Notebook"."""
    from nbconvert import HTMLExporter
    body, _ = HTMLExporter().from_notebook_node(nb, resources={"metadata": {"name": title_of(nb, out.stem)}})
    out.write_text(body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import nbformat
    p = argparse.ArgumentParser(prog="python -m analysis.notebooks",
                                description="Execute every *.ipynb of a folder in place, in name order.")
    p.add_argument("folder", type=Path, help="folder of notebooks")
    p.add_argument("--html", type=Path, metavar="DIR", help="also write an HTML copy of each notebook here")
    args = p.parse_args(argv)
    paths = sorted(args.folder.glob("*.ipynb"))
    if not paths:
        print(f"error: {args.folder}: no notebooks", file=sys.stderr)
        return 2
    if args.html:
        args.html.mkdir(parents=True, exist_ok=True)
    for path in paths:
        print(f"executing {path}", file=sys.stderr)
        nb = execute(path)
        nbformat.write(nb, path)
        if args.html:
            write_html(nb, args.html / f"{path.stem}.html")
    if args.html:
        print(f"HTML copies in {args.html}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
