"""Where articles are annotated: in this process, in worker processes, or on a Dask cluster.

Every engine yields (doc_id, rows) in the order of the articles given, so the tables they
produce are the same byte for byte. Workers load the model once per process; there are never
more of them than cores or batches of articles (`workers`), whatever `--jobs` asks. Worker
processes ignore Ctrl-C (the build stops them), are terminated when the build stops early, and
die with it when it is killed (`die_with_parent`): on Linux the kernel sends them SIGKILL when
the build goes (prctl's parent-death signal, through ctypes: immediate, even while a worker holds
the GIL in spaCy's compiled code); elsewhere a watchdog thread checks the parent every second.
A process group would not do: nobody is left to signal it when the build is SIGKILLed.
"""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from functools import partial
from typing import Iterator

from .corpus import Article
from .reference import Reference

BATCH = 16  # articles per task: large enough to amortise the task, small enough to balance
CONNECT_TIMEOUT = 5  # seconds to reach a Dask scheduler before giving up


class EngineError(RuntimeError):
    """The engine cannot run: a Dask scheduler that does not answer, or (`usage`) an address
    that is not one; `str()` is one line."""

    def __init__(self, message: str, *, usage: bool = False):
        super().__init__(message)
        self.usage = usage


def batches(articles: list[Article], size: int = BATCH) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def cores() -> int:
    """Cores this process may run on (its CPU affinity, where the system tells)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def workers(jobs: int | None, n_articles: int) -> int:
    """Worker processes for `n_articles`: `jobs` (default: every core), capped at the cores and
    at the batches of articles, as more would only wait and take memory."""
    return max(1, min(jobs or cores(), cores(), len(range(0, n_articles, BATCH))))


def run(articles: list[Article], reference: Reference, *, jobs: int | None = None, engine: str = "local",
        scheduler: str | None = None) -> Iterator[tuple[str, dict]]:
    """(doc_id, rows) of each article, in order, computed by the chosen engine."""
    if not articles:
        return iter(())
    if engine == "dask":
        return run_dask(articles, reference, jobs=workers(jobs, len(articles)), scheduler=scheduler)
    jobs = workers(jobs, len(articles))
    if jobs == 1:
        from .annotate import annotate
        return ((a.doc_id, rows) for a, rows in annotate(articles, reference))
    return run_processes(articles, reference, jobs=jobs)


@contextmanager
def ignoring_interrupts():
    """Ignore SIGINT while child processes start: they inherit the disposition, so a Ctrl-C
    reaches only the build, which stops them; outside the main thread, do nothing."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_EVERY = 1.0  # seconds between two looks at the parent, where prctl is missing


def die_with_parent(parent: int) -> None:
    """Make this worker process end when process `parent` (the build) does, however it ends."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError, TypeError):  # not Linux: no prctl in the C library, or no C library
        armed = False
    if os.getppid() != parent:  # the build died before the signal was armed
        os._exit(1)
    if not armed:
        import threading
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(WATCH_EVERY)
            os._exit(1)
        threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def start_worker(parent: int) -> None:
    """Initializer of a local worker process: Ctrl-C is the build's to handle; die with the build."""
    ignore_interrupts()
    die_with_parent(parent)


def run_processes(articles: list[Article], reference: Reference, *, jobs: int) -> Iterator[tuple[str, dict]]:
    from multiprocessing import get_context

    from .annotate import annotate_batch
    with ignoring_interrupts():
        pool = get_context("spawn").Pool(jobs, initializer=start_worker, initargs=(os.getpid(),))
    try:
        for result in pool.imap(partial(annotate_batch, reference_folder=str(reference.folder)), batches(articles)):
            yield from result
        pool.close()
    finally:
        pool.terminate()  # on Ctrl-C or an error, stop the workers now rather than after their batch
        pool.join()


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
            try:
                client = Client(scheduler or cluster, timeout=CONNECT_TIMEOUT)
            except OSError:  # refused, silent or unknown host: distributed retries until the timeout
                if scheduler is None:
                    raise
                raise EngineError(f"--scheduler {scheduler}: no Dask scheduler answered within {CONNECT_TIMEOUT} s")\
                    from None
            except (ValueError, TypeError) as e:
                if scheduler is None:
                    raise
                first = (str(e).strip().splitlines() or [type(e).__name__])[0]
                raise EngineError(f"--scheduler {scheduler}: not a Dask scheduler address ({first})", usage=True)\
                    from None
            with client:
                futures = [client.submit(annotate_batch, batch, folder, pure=False) for batch in batches(articles)]
                for future in futures:
                    yield from future.result()
                    future.release()
        finally:
            if cluster is not None:
                cluster.close()
