"""Shared fixtures: the pipeline and the tables of the seed and the test articles, built once."""

from pathlib import Path

import pytest

from analysis import build_tables, read_articles
from analysis.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def corpus():
    """Articles of seeds/ and tests/articles/, by doc_id."""
    return {a.doc_id: a for a in read_articles(SEEDS) + read_articles(ARTICLES)}


@pytest.fixture(scope="session")
def splits():
    """The tables of the gold splits, every wire copy kept, as notebook 06-accuracy reads them
    (`evaluate.split_tables`): built into data/ on every core unless current there, so that the
    notebook and nbval after the unit tests find them built."""
    from analysis.evaluate import split_tables
    return split_tables(copies=True)


@pytest.fixture(scope="session")
def tables(splits):
    """The tables of the seed and `tests/articles/` (the dev split)."""
    return splits["dev"]


@pytest.fixture(scope="session")
def heldout(splits):
    """The tables of the frozen test split (`tests/gold/test/articles/`): measured, never tuned on."""
    return splits["test"]


def copy_reference(to: Path, without: tuple[str, ...] = ()) -> Path:
    """A copy of the reference files of data/ (`reference.FILES` and `OPTIONAL`, less `without`) in `to/data`:
    never data/'s built tables and caches, which hold hundreds of MB once the gold splits are built (copied
    whole, dozens of tests filled a CI machine's disk)."""
    import shutil
    from analysis.reference import DATA, FILES, OPTIONAL
    folder = to / "data"
    folder.mkdir(parents=True)
    for name in FILES + OPTIONAL:
        if name not in without and (DATA / name).exists():
            shutil.copy2(DATA / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def rules_reference(tmp_path_factory):
    """The reference data without the pair model: what the cue rules find by themselves (the model adds pairs
    and vetoes some of the rules' own: tests/test_pairs.py, and on the gold tests/test_gold.py)."""
    from analysis.pairs import MODEL
    from analysis.reference import Reference
    return Reference(copy_reference(tmp_path_factory.mktemp("rules"), without=(MODEL,)))


@pytest.fixture
def rules_alone(monkeypatch, rules_reference):
    """Tables built without a reference of their own use `rules_reference` (for tests of the cue rules)."""
    import sys
    monkeypatch.setattr(sys.modules["analysis.build"], "default_reference", lambda: rules_reference)


@pytest.fixture
def mentions_of():
    """Mentions of one short inline text: list of (text, actor_id, method)."""
    from analysis import parse_article
    cache = {}

    def run(text: str, date: str = "2024-06"):
        if text not in cache:
            article = parse_article(f"date {date}\n{text}".encode(), "inline.txt")
            m = build_tables([article]).mentions
            cache[text] = list(zip(m["text"], m["actor_id"], m["method"]))
        return cache[text]
    return run


SCORES: list[str] = []


@pytest.fixture
def report():
    """Lines to print in the test summary (precision and recall show even when tests pass)."""
    return SCORES.append


def pytest_terminal_summary(terminalreporter):
    if SCORES:
        terminalreporter.section("quality on the gold annotations")
        for line in SCORES:
            terminalreporter.write_line(line)
