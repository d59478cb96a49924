"""Where articles are annotated: in this process, in worker processes, or on a Dask cluster.

Every engine yields (doc_id, rows) in the order of the articles given, so the tables they
produce are the same byte for byte. Workers load the model once per process.
"""

from __future__ import annotations

import os
from typing import Iterator

from .corpus import Article
from .reference import Reference

BATCH = 16  # articles per task: large enough to amortise the task, small enough to balance


def batches(articles: list[Article], size: int = BATCH) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def run(articles: list[Article], reference: Reference, *, jobs: int | None = None, engine: str = "local",
        scheduler: str | None = None) -> Iterator[tuple[str, dict]]:
    """(doc_id, rows) of each article, in order, computed by the chosen engine."""
    jobs = jobs or os.cpu_count() or 1
    if not articles:
        return iter(())
    if engine == "dask":
        return run_dask(articles, reference, jobs=jobs, scheduler=scheduler)
    if jobs == 1 or len(articles) <= BATCH:
        from .annotate import annotate
        return ((a.doc_id, rows) for a, rows in annotate(articles, reference))
    return run_processes(articles, reference, jobs=jobs)


def run_processes(articles: list[Article], reference: Reference, *, jobs: int) -> Iterator[tuple[str, dict]]:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from .annotate import annotate_batch
    folder = str(reference.folder)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        for result in pool.map(annotate_batch, batches(articles), [folder] * len(batches(articles))):
            yield from result


def run_dask(articles: list[Article], reference: Reference, *, jobs: int,
             scheduler: str | None) -> Iterator[tuple[str, dict]]:
    """On an existing cluster (`scheduler` address) or on a LocalCluster of `jobs` worker processes."""
    import dask
    from dask.distributed import Client, LocalCluster

    from .annotate import annotate_batch
    folder = str(reference.folder)
    with dask.config.set({"distributed.worker.daemon": False, "logging.distributed": "error"}):
        cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                      dashboard_address=None, silence_logs=40)
        try:
            with Client(scheduler or cluster) as client:
                futures = [client.submit(annotate_batch, batch, folder, pure=False) for batch in batches(articles)]
                for future in futures:
                    yield from future.result()
                    future.release()
        finally:
            if cluster is not None:
                cluster.close()
