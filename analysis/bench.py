"""Benchmark: the build against a plain spaCy pass over the same texts, as ratios.

`python -m analysis bench --docs N` makes N unique articles from the seeds and the test
articles (each gets its own closing line, so no cache serves it), then times in fresh
processes: a plain `nlp.pipe` pass with the full model, the full build (default options and
`--jobs 1`), a rebuild with nothing changed, and a rebuild after changing one article. It
reports documents/s, tokens/s, peak memory and every ratio to the plain pass, and the model's
start-up (import to the first annotated doc) loaded as spaCy does and loaded fast (`nlp.py`),
timed alternately in fresh processes so that both see the same load on the machine.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT / "tests" / "articles")
PLAIN = """
import sys, time
t0 = time.perf_counter()
import spacy
from analysis.corpus import list_articles, read_article
nlp = spacy.load("fr_core_news_sm")
texts = (read_article(p).text for p in list_articles(sys.argv[1]))
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
print(tokens)
"""
STARTUP = """
import sys, time
t0 = time.perf_counter()
from analysis.corpus import read_article
from analysis.nlp import load_pipeline
article = read_article(sys.argv[1])
load_pipeline()(article.text[slice(*article.paragraphs[0])])
print(time.perf_counter() - t0)
"""
TIMER = """
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def make_corpus(n: int, folder: Path) -> list[Path]:
    """N unique articles in `folder`, cycling over the seeds and test articles."""
    sources = sorted(p for s in SOURCES for p in s.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        raw = sources[i % len(sources)].read_bytes().rstrip()
        path = folder / f"bench_{i:05d}.txt"
        path.write_bytes(raw + f"\n\nDépêche de référence {i:05d}.\n".encode())
        paths.append(path)
    return paths


def timed(*argv: str) -> tuple[float, float]:
    """(seconds, peak resident memory in MiB) of a command run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", TIMER, *argv], check=True, capture_output=True, text=True)
    seconds, kib = out.stdout.split()
    return float(seconds), int(kib) / 1024


def startup(article: Path, rounds: int = 3) -> tuple[float, float]:
    """Median seconds from import to the first annotated doc: (stock model, fast), alternated."""
    times: dict[str, list[float]] = {"stock": [], "fast": []}
    for _ in range(rounds):
        for kind in times:
            env = {**os.environ, "SAHEL_TOKENIZER": kind}
            out = subprocess.run([sys.executable, "-c", STARTUP, str(article)], check=True, capture_output=True,
                                 text=True, env=env, cwd=ROOT)
            times[kind].append(float(out.stdout.split()[-1]))
    return statistics.median(times["stock"]), statistics.median(times["fast"])


def build_cmd(seeds: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "analysis", "build", "--seeds", str(seeds), "--out", str(out), "--quiet", *extra]


def run(docs: int, memory_docs: tuple[int, int] | None = None) -> dict:
    """Every measure of the benchmark, as a dict."""
    with tempfile.TemporaryDirectory(prefix="sahel-bench-") as tmp:
        tmp = Path(tmp)
        seeds = tmp / "seeds"
        paths = make_corpus(docs, seeds)
        stock_start, fast_start = startup(paths[0])
        plain_s, plain_mem = timed(sys.executable, "-c", PLAIN, str(seeds))
        full_s, full_mem = timed(*build_cmd(seeds, tmp / "out"))
        tokens = sum(json.loads(line)["n_tokens"] for line in _documents(tmp / "out"))
        jobs1_s, jobs1_mem = timed(*build_cmd(seeds, tmp / "out1", "--jobs", "1"))
        same_s, _ = timed(*build_cmd(seeds, tmp / "out"))
        paths[len(paths) // 2].write_bytes(paths[len(paths) // 2].read_bytes() + "Mise à jour.\n".encode())
        one_s, _ = timed(*build_cmd(seeds, tmp / "out"))
        result = {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "docs": docs, "tokens": tokens,
            "plain_spacy_s": round(plain_s, 2), "full_build_s": round(full_s, 2), "jobs1_build_s": round(jobs1_s, 2),
            "unchanged_rebuild_s": round(same_s, 2), "one_changed_rebuild_s": round(one_s, 2),
            "full_over_plain": round(full_s / plain_s, 3), "jobs1_over_plain": round(jobs1_s / plain_s, 3),
            "unchanged_over_plain": round(same_s / plain_s, 3), "one_changed_over_full": round(one_s / full_s, 3),
            "docs_per_s": round(docs / full_s, 1), "tokens_per_s": round(tokens / full_s),
            "peak_mib_full": round(full_mem), "peak_mib_jobs1": round(jobs1_mem), "peak_mib_plain": round(plain_mem),
            "startup_stock_s": round(stock_start, 2), "startup_fast_s": round(fast_start, 2),
            "startup_fast_over_stock": round(fast_start / stock_start, 3),
        }
        if memory_docs:
            peaks = []
            for n in memory_docs:
                corpus = tmp / f"mem{n}"
                make_corpus(n, corpus)
                peaks.append(timed(*build_cmd(corpus, tmp / f"mem{n}-out", "--jobs", "1", "--no-cache"))[1])
            result.update({f"peak_mib_{n}_docs": round(p) for n, p in zip(memory_docs, peaks)})
            result["memory_ratio"] = round(peaks[1] / peaks[0], 3)
        return result


def _documents(out: Path):
    import csv
    with (out / "documents.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield json.dumps({"n_tokens": int(row["n_tokens"])})


def markdown(result: dict) -> str:
    """The benchmark as a Markdown table, for the README."""
    lines = [f"Machine: {result['machine']}; {result['docs']} articles, {result['tokens']} tokens.", "",
             "| measure | seconds | ratio |", "| --- | --- | --- |",
             f"| plain spaCy pass (`nlp.pipe`, full model, fresh process) | {result['plain_spacy_s']} | 1.000 |",
             f"| full build, default options | {result['full_build_s']} | {result['full_over_plain']} of plain |",
             f"| full build, `--jobs 1` | {result['jobs1_build_s']} | {result['jobs1_over_plain']} of plain |",
             f"| rebuild, nothing changed | {result['unchanged_rebuild_s']} | {result['unchanged_over_plain']} of plain |",
             f"| rebuild, one article changed | {result['one_changed_rebuild_s']} | "
             f"{result['one_changed_over_full']} of the full build |",
             f"| model start-up as spaCy loads it (import to first annotated doc, median of 3) | "
             f"{result['startup_stock_s']} | 1.000 |",
             f"| model start-up, fast (`nlp.py`; same, alternated with stock) | {result['startup_fast_s']} | "
             f"{result['startup_fast_over_stock']} of stock |", "",
             f"Throughput (default options): {result['docs_per_s']} documents/s, {result['tokens_per_s']} tokens/s. "
             f"Peak memory: {result['peak_mib_full']} MiB (default), {result['peak_mib_jobs1']} MiB (`--jobs 1`), "
             f"{result['peak_mib_plain']} MiB (plain spaCy)."]
    if "memory_ratio" in result:
        keys = [k for k in result if k.startswith("peak_mib_") and k.endswith("_docs")]
        lines.append("Peak memory of `--jobs 1` builds: " + ", ".join(f"{result[k]} MiB for {k.split('_')[2]} articles"
                                                                       for k in keys)
                     + f" (ratio {result['memory_ratio']}).")
    return "\n".join(lines) + "\n"
