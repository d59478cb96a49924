"""Where articles are annotated: in this process, in worker processes, or on a Dask cluster.

Every engine yields (doc_id, rows, parse) in the order of the articles given (the parse: the article's
Docs as `annotate.parse` gives them when asked for, else None), so the tables they
produce are the same byte for byte. Workers load the model once per process; there are never
more of them than cores or batches of articles (`workers`), whatever `--jobs` asks.
Local workers are plain child processes (`python -c … serve(…)`) fed pickled batches on their
standard input, one thread of the build driving each: no `multiprocessing` pool, so no named
semaphores for its resource tracker to report as leaked when the build is killed. They start
in a process group of their own, so a Ctrl-C from the terminal reaches the build alone, which
stops them (as it does on any error); and they die with the build when it is killed
(`die_with_parent`): on Linux the kernel sends them SIGKILL when the build goes (prctl's
parent-death signal, through ctypes: immediate, even while a worker holds the GIL in spaCy's
compiled code); elsewhere a watchdog thread checks the parent every second.
Their process group alone would not do: nobody is left to signal it when the build is SIGKILLed.
"""

from __future__ import annotations

import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
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
        scheduler: str | None = None, background: bool = False, parses: bool = False
        ) -> Iterator[tuple[str, dict, bytes | None]]:
    """(doc_id, rows, parse or None) of each article, in order, computed by the chosen engine (`parses`: with
    the article's parse, `annotate.parse`). Local worker
    processes start at once; `background` asks for one even when a single one would otherwise
    annotate in this process, so that the caller's own work (reading the cache) overlaps the
    model's start, unless `jobs` is 1 or there is one core. Close the iterator when done: it
    stops the workers."""
    if not articles:
        return iter(())
    if engine == "dask":
        return run_dask(articles, reference, jobs=workers(jobs, len(articles)), scheduler=scheduler, parses=parses)
    n = workers(jobs, len(articles))
    if n == 1 and (not background or jobs == 1 or cores() == 1):
        from .annotate import annotate
        if not parses:
            return ((a.doc_id, rows, None) for a, rows in annotate(articles, reference))
        kept: list = []  # each article's parse, appended before its rows come
        return ((a.doc_id, rows, kept.pop()) for a, rows in annotate(articles, reference, kept=kept))
    return run_processes(articles, reference, jobs=n, parses=parses)


def ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def interrupts_held():
    """Hold a Ctrl-C that comes during the block and deliver it when the block ends, so that
    it is never lost and never lands between starting a worker and recording it; outside
    the main thread, do nothing."""
    held: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if held:
            signal.raise_signal(signal.SIGINT)  # as the build would have received it: KeyboardInterrupt


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
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(WATCH_EVERY)
            os._exit(1)
        threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def serve(parent: int, reference_folder: str, parses: bool = False) -> None:
    """A local worker process: annotate each pickled batch read from stdin, write (True, rows of the
    batch, with parses if asked) or (False, the exception) to stdout, until stdin ends. Ctrl-C is the build's to
    handle."""
    ignore_interrupts()
    die_with_parent(parent)
    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever a library prints goes to stderr, not into the results
    tasks = sys.stdin.buffer
    from .annotate import annotate_batch
    while True:
        try:
            batch = pickle.load(tasks)
        except EOFError:
            return
        try:
            data = pickle.dumps((True, annotate_batch(batch, reference_folder, parses)),
                                protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # the build raises it (as a RuntimeError if it cannot travel)
            try:
                data = pickle.dumps((False, error))
                pickle.loads(data)
            except Exception:
                data = pickle.dumps((False, RuntimeError(f"{type(error).__name__}: {error}")))
        results.write(len(data).to_bytes(SIZE, "little"))  # its size first: the build reads it in one go
        results.write(data)
        results.flush()


SIZE = 8  # bytes of the length that precedes each reply
WORKER = "import sys; sys.path.insert(0, {root!r}); from analysis.engines import serve; serve({parent}, {folder!r}, {parses})"
ROOT = Path(__file__).resolve().parent.parent


def read_exactly(stream, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("the worker stopped")
    return data


class Processes:
    """`jobs` worker processes annotating the batches of `articles`: an iterator of (doc_id, rows, parse) in
    order. Started when created; `close()` (or an error or Ctrl-C while iterating) stops them."""

    def __init__(self, articles: list[Article], reference: Reference, *, jobs: int, parses: bool = False):
        self.batches = batches(articles)
        self.todo: queue.SimpleQueue = queue.SimpleQueue()
        for index in range(len(self.batches)):
            self.todo.put(index)
        self.done: queue.SimpleQueue = queue.SimpleQueue()
        self.procs: list[subprocess.Popen] = []
        self.rows = self.ordered()
        # the interpreter's own options (-X, -W, -I…) as multiprocessing passes them on
        worker = WORKER.format(root=str(ROOT), parent=os.getpid(), folder=str(reference.folder), parses=parses)
        command = [sys.executable, *subprocess._args_from_interpreter_flags(), "-c", worker]
        # a group of their own: the terminal's Ctrl-C reaches the build only, which stops them
        detach = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt" else {"process_group": 0}
        try:
            with interrupts_held():
                for _ in range(jobs):
                    self.procs.append(subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                                       **detach))
            for proc in self.procs:
                threading.Thread(target=self.drive, args=(proc,), name="annotation-worker", daemon=True).start()
        except BaseException:
            self.close()
            raise

    def drive(self, proc: subprocess.Popen) -> None:
        """Feed one worker batch after batch, posting each reply (or its death) to `done`. A reply is
        read whole, the next batch sent, and only then unpickled: the worker does not wait for that."""
        index = self.next_task()
        try:
            if index is not None:
                self.send(proc, index)
        except (OSError, ValueError):
            pass  # its death shows when its reply is read
        while index is not None:
            try:
                size = int.from_bytes(read_exactly(proc.stdout, SIZE), "little")
                data = read_exactly(proc.stdout, size)
            except (OSError, EOFError, ValueError):  # the worker died, or was stopped
                self.done.put((index, False, None))
                return
            following = self.next_task()
            try:
                if following is None:
                    proc.stdin.close()  # no more work: the worker ends
                else:
                    self.send(proc, following)
            except (OSError, ValueError):
                pass
            self.done.put((index, *pickle.loads(data)))
            index = following

    def send(self, proc: subprocess.Popen, index: int) -> None:
        pickle.dump(self.batches[index], proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        proc.stdin.flush()

    def next_task(self) -> int | None:
        try:
            return self.todo.get_nowait()
        except queue.Empty:
            return None

    def __iter__(self) -> "Processes":
        return self

    def __next__(self) -> tuple[str, dict, bytes | None]:
        return next(self.rows)

    def ordered(self) -> Iterator[tuple[str, dict, bytes | None]]:
        try:
            ahead: dict[int, tuple[bool, object]] = {}
            for index in range(len(self.batches)):
                while index not in ahead:
                    got, ok, payload = self.done.get()
                    ahead[got] = (ok, payload)
                ok, payload = ahead.pop(index)
                if not ok:
                    raise payload if isinstance(payload, BaseException) else self.died(index)
                yield from payload
        finally:
            self.close()

    def died(self, index: int) -> EngineError:
        codes = sorted({p.poll() for p in self.procs if p.poll() not in (None, 0)}, key=str)
        first = self.batches[index][0].doc_id
        return EngineError(f"a worker process stopped (exit status {', '.join(map(str, codes)) or 'unknown'}) "
                           f"while annotating {first} and the next articles of its batch")

    def close(self) -> None:
        """Stop every worker now (on Ctrl-C or an error, rather than after its batch) and reap it."""
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
        for proc in self.procs:
            proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                try:
                    pipe.close()
                except OSError:
                    pass


def run_processes(articles: list[Article], reference: Reference, *, jobs: int, parses: bool = False
                  ) -> Iterator[tuple[str, dict, bytes | None]]:
    """Annotation in `jobs` local worker processes, started at once."""
    return Processes(articles, reference, jobs=jobs, parses=parses)


def run_dask(articles: list[Article], reference: Reference, *, jobs: int,
             scheduler: str | None, parses: bool = False) -> Iterator[tuple[str, dict, bytes | None]]:
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
                futures = [client.submit(annotate_batch, batch, folder, parses, pure=False) for batch in batches(articles)]
                for future in futures:
                    yield from future.result()
                    future.release()
        finally:
            if cluster is not None:
                cluster.close()
