"""Incremental builds, parallel and Dask engines: same tables byte for byte, less work."""

import shutil
from pathlib import Path

import pytest

from analysis import build, read_tables
from analysis.bench import make_corpus
from analysis.build import cache_folder

N = 20  # more than one batch of 16, so the process pool and Dask really split the work
CHANGED = "bench_00003.txt"  # the article a rebuild finds changed


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """N articles built serially (with the cache an incremental build reads), and the same articles with one
    changed (`change`) built from scratch: what a rebuild after that change must write."""
    tmp = tmp_path_factory.mktemp("scale")
    make_corpus(N, tmp / "seeds")
    build(tmp / "seeds", tmp / "serial", jobs=1)
    shutil.copytree(tmp / "seeds", tmp / "changed")
    change(tmp / "changed")
    build(tmp / "changed", tmp / "changed-fresh", jobs=1, use_cache=False)
    return tmp


def change(seeds):
    changed = seeds / CHANGED
    changed.write_bytes(changed.read_bytes() + "Mise à jour.\n".encode())


def built_before_the_change(corpus, tmp_path):
    """A copy of the corpus, its serial build and that build's cache, with one article then changed."""
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(corpus / "seeds", seeds)
    shutil.copytree(corpus / "serial", out)
    shutil.copytree(cache_folder(corpus / "serial"), cache_folder(out))
    change(seeds)
    return seeds, out


def test_parallel_build_gives_the_same_bytes(corpus):
    build(corpus / "seeds", corpus / "parallel", jobs=2, use_cache=False)
    assert snapshot(corpus / "parallel") == snapshot(corpus / "serial")


def test_dask_engine_on_a_local_cluster_of_two_workers_gives_the_same_bytes(corpus):
    build(corpus / "seeds", corpus / "dask", jobs=2, engine="dask", use_cache=False)
    assert snapshot(corpus / "dask") == snapshot(corpus / "serial")


def test_rebuild_after_one_change_annotates_only_that_article(corpus, tmp_path, monkeypatch):
    import analysis.annotate as annotate
    seeds, out = built_before_the_change(corpus, tmp_path)
    seen = []
    real = annotate.annotate

    def spy(articles, reference=None):
        articles = list(articles)
        seen.extend(a.doc_id for a in articles)
        return real(articles, reference)
    monkeypatch.setattr(annotate, "annotate", spy)
    build(seeds, out, jobs=1)
    assert seen == [Path(CHANGED).stem]
    assert snapshot(out) == snapshot(corpus / "changed-fresh")


def test_rebuild_after_one_change_annotates_it_in_a_worker_process_with_the_same_bytes(corpus, tmp_path,
                                                                                         monkeypatch):
    from analysis import engines
    seeds, out = built_before_the_change(corpus, tmp_path)
    started = []
    real = engines.run_processes

    def spy(articles, reference, *, jobs, parses):
        started.append(([a.doc_id for a in articles], jobs))
        return real(articles, reference, jobs=jobs, parses=parses)
    monkeypatch.setattr(engines, "run_processes", spy)
    monkeypatch.setattr(engines, "cores", lambda: 2)
    build(seeds, out)  # the model starts in a worker while this process reads the cache
    assert started == [([Path(CHANGED).stem], 1)]
    assert snapshot(out) == snapshot(corpus / "changed-fresh")


def test_build_with_nothing_changed_touches_nothing(corpus):
    before = {p.name: p.stat().st_mtime_ns for p in (corpus / "serial").iterdir()}
    counts = build(corpus / "seeds", corpus / "serial", jobs=1)  # (--no-cache would rebuild: never "up to date")
    assert all(n < 0 for n in counts.values())
    assert {p.name: p.stat().st_mtime_ns for p in (corpus / "serial").iterdir()} == before


def test_parquet_and_csv_hold_the_same_tables(corpus):
    import pandas as pd

    from analysis import schema
    from_parquet = read_tables(corpus / "serial")
    for name in schema.TABLES:
        csv = pd.read_csv(corpus / "serial" / f"{name}.csv", dtype=schema.dtypes(name), keep_default_na=False,
                          na_values=[""])
        pd.testing.assert_frame_equal(schema.enforce(csv, name), from_parquet[name])


def test_chunk_boundaries_stay_put_when_articles_are_added_or_changed():
    from analysis.build import chunks
    from types import SimpleNamespace
    names = sorted(f"2024-05-{i % 28 + 1:02d}_{i:06x}" for i in range(0, 3000, 3))
    article = lambda name, sha="0": SimpleNamespace(doc_id=name, sha256=sha)  # noqa: E731
    before = chunks([article(n) for n in names], 50)
    sizes = [len(c) for c in before]
    assert 25 <= sum(sizes) / len(sizes) <= 100 and max(sizes) <= 200 and min(sizes[:-1]) >= 25
    added = sorted(names + ["2024-05-03_zzz"])
    changed = {names[400]: "1"}
    after = chunks([article(n, changed.get(n, "0")) for n in added], 50)
    keys = lambda cs: {tuple((a.doc_id, a.sha256) for a in c) for c in cs}  # noqa: E731
    # the new article and the changed one touch at most the chunks they fall in and the next
    assert len(keys(before) - keys(after)) <= 4
