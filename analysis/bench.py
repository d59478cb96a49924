"""Benchmark: the build against a plain spaCy pass over the same texts, as ratios.

`python -m analysis bench --docs N` makes N unique articles from the seeds and the test
articles (each gets its own closing line, so no cache serves it), then times in fresh
processes: a plain `nlp.pipe` pass with the full model, the full build (default options and
`--jobs 1`), a rebuild with nothing changed, and a rebuild after changing one article. It
reports documents/s, tokens/s, peak memory and every ratio to the plain pass, and the model's
start-up (import to the first annotated doc) loaded as spaCy does and loaded fast (`nlp.py`),
timed alternately in fresh processes so that both see the same load on the machine.
It also times the grouping of wire copies alone on 5 000 generated articles (1 000 stories of
sentences from the same articles, each in 5 copies edited as outlets do), reports the copies found
and any group that mixes stories, and compares its time with the full build's time per article.
With `--long MB` (2 by default), it builds one article of MB megabytes (the paragraphs of the
seeds and test articles one after another) against the same paragraphs as the separate articles
they come from: annotation time must stay linear in an article's size.
"""

from __future__ import annotations

import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .corpus import read_article

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
LONG_DATE = "date 2024-06-01"
TIMER = """
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - t, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
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


SENTENCE = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀÂÉÈÊÎÔÙÇ])")
REWORDS = ("a indiqué", "selon l'agence", "mardi", "lundi", "officiellement", "le gouvernement")
DATELINES = ("(AFP) - ", "Bamako (Reuters) - ", "APS - ")


def sentences() -> list[str]:
    """The distinct sentences of six words or more of the seeds and test articles, sorted."""
    from .corpus import read_articles
    found = {s.strip() for folder in SOURCES for a in read_articles(folder) for start, end in a.paragraphs
             for s in SENTENCE.split(a.text[start:end].replace("\n", " ")) if len(s.split()) >= 6}
    return sorted(found)


def edit(rng: random.Random, paragraphs: list[list[str]], pool: list[str]) -> list[list[str]]:
    """A copy as an outlet prints it: one or two of a paragraph cut or added, three words changed, a
    dateline added, two paragraphs swapped."""
    paragraphs = [list(p) for p in paragraphs]
    for kind in rng.sample(["cut", "add", "reword", "dateline", "swap"], rng.randint(1, 2)):
        if kind == "cut" and len(paragraphs) > 3:
            del paragraphs[rng.randrange(1, len(paragraphs))]
        elif kind == "add":
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), [rng.choice(pool)])
        elif kind == "reword":
            p = rng.choice(paragraphs)
            i = rng.randrange(len(p))
            words = p[i].split()
            for _ in range(3):
                words[rng.randrange(len(words))] = rng.choice(REWORDS)
            p[i] = " ".join(words)
        elif kind == "dateline":
            paragraphs[0][0] = rng.choice(DATELINES) + paragraphs[0][0]
        elif kind == "swap" and len(paragraphs) > 2:
            i = rng.randrange(1, len(paragraphs) - 1)
            paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    return paragraphs


def edited_copies(stories: int, copies: int = 5, seed: int = 12):
    """(articles, story of each doc_id): `stories` stories of 6 to 12 sentences drawn from the seeds
    and test articles, each printed `copies` times (the first as is, the others edited), under
    random names and a headline of their own."""
    from .corpus import parse_article
    rng, pool = random.Random(seed), sentences()
    articles, story_of = [], {}
    for story in range(stories):
        chosen, paragraphs = rng.sample(pool, rng.randint(6, 12)), []
        while len(chosen) > sum(map(len, paragraphs)):
            done = sum(map(len, paragraphs))
            paragraphs.append(chosen[done:done + rng.randint(1, 3)])
        for copy in range(copies):
            version = paragraphs if copy == 0 else edit(rng, paragraphs, pool)
            doc_id = f"copy_{rng.getrandbits(48):012x}"
            raw = f"date 2024-{1 + story % 12:02d}-{1 + story % 27 + copy % 2:02d}\ntitle: Titre {copy}\n\n"
            raw += "\n\n".join(" ".join(p) for p in version) + "\n"
            articles.append(parse_article(raw.encode(), f"{doc_id}.txt"))
            story_of[doc_id] = story
    return articles, story_of


def grouping(stories: int = 1000, copies: int = 5) -> dict:
    """Seconds to group the wire copies of generated articles, the share of copies found (each story's
    largest group) and the number of groups that mix stories."""
    import time

    from .duplicates import find_copies
    articles, story_of = edited_copies(stories, copies)
    t = time.perf_counter()
    found = find_copies(articles)
    seconds = time.perf_counter() - t
    groups: dict[str, set[str]] = {}
    for a in articles:
        groups.setdefault(found[a.doc_id].duplicate_of if a.doc_id in found else a.doc_id, set()).add(a.doc_id)
    best: dict[int, int] = {}
    for members in groups.values():
        for story in {story_of[d] for d in members}:
            best[story] = max(best.get(story, 0), sum(story_of[d] == story for d in members))
    return {"articles": len(articles), "seconds": seconds, "recall": sum(n - 1 for n in best.values())
            / (len(articles) - stories), "false_groups": sum(len({story_of[d] for d in g}) > 1 for g in groups.values())}


def long_article(megabytes: float, folder: Path) -> tuple[Path, Path, int]:
    """(folder of one article of `megabytes` MB, folder of the same paragraphs as the articles they
    come from, number of those articles): the seeds and test articles, cycled, under one date."""
    sources = sorted(p for s in SOURCES for p in s.glob("*.txt"))
    whole, parts = folder / "long", folder / "parts"
    whole.mkdir(parents=True, exist_ok=True)
    parts.mkdir(parents=True, exist_ok=True)
    texts, size = [], 0
    while size < megabytes * 1e6:
        article = read_article(sources[len(texts) % len(sources)])
        paragraphs = [article.text[s:e] for s, e in article.paragraphs]
        texts.append(paragraphs)
        size += len("\n\n".join(paragraphs).encode()) + 2
    for n, paragraphs in enumerate(texts):
        text = f"{LONG_DATE}\n\n" + "\n\n".join(paragraphs) + "\n"
        (parts / f"part_{n:05d}.txt").write_text(text, encoding="utf-8")
    body = "\n\n".join(p for paragraphs in texts for p in paragraphs)
    (whole / "long.txt").write_text(f"{LONG_DATE}\n\n{body}\n", encoding="utf-8")
    return whole, parts, len(texts)


def timed(*argv: str) -> tuple[float, float]:
    """(seconds, peak resident memory in MiB) of a command run in a fresh process."""
    seconds, mib, _ = timed_cpu(*argv)
    return seconds, mib


def timed_cpu(*argv: str) -> tuple[float, float, float]:
    """(seconds, peak resident memory in MiB, CPU seconds) of a command run in a fresh process:
    CPU time stays true on a machine shared with other work, where seconds do not."""
    out = subprocess.run([sys.executable, "-c", TIMER, *argv], check=True, capture_output=True, text=True)
    seconds, kib, cpu = out.stdout.split()
    return float(seconds), int(kib) / 1024, float(cpu)


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


def run(docs: int, memory_docs: tuple[int, int] | None = None, long_mb: float = 0) -> dict:
    """Every measure of the benchmark, as a dict."""
    with tempfile.TemporaryDirectory(prefix="sahel-bench-") as tmp:
        tmp = Path(tmp)
        seeds = tmp / "seeds"
        paths = make_corpus(docs, seeds)
        stock_start, fast_start = startup(paths[0])
        plain_s, plain_mem = timed(sys.executable, "-c", PLAIN, str(seeds))
        full_s, full_mem, full_cpu = timed_cpu(*build_cmd(seeds, tmp / "out"))
        tokens = sum(json.loads(line)["n_tokens"] for line in _documents(tmp / "out"))
        jobs1_s, jobs1_mem = timed(*build_cmd(seeds, tmp / "out1", "--jobs", "1"))
        same_s, _ = timed(*build_cmd(seeds, tmp / "out"))
        paths[len(paths) // 2].write_bytes(paths[len(paths) // 2].read_bytes() + "Mise à jour.\n".encode())
        one_s, _, one_cpu = timed_cpu(*build_cmd(seeds, tmp / "out"))
        copies = grouping()
        result = {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "docs": docs, "tokens": tokens,
            "plain_spacy_s": round(plain_s, 2), "full_build_s": round(full_s, 2), "jobs1_build_s": round(jobs1_s, 2),
            "unchanged_rebuild_s": round(same_s, 2), "one_changed_rebuild_s": round(one_s, 2),
            "full_over_plain": round(full_s / plain_s, 3), "jobs1_over_plain": round(jobs1_s / plain_s, 3),
            "unchanged_over_plain": round(same_s / plain_s, 3), "one_changed_over_full": round(one_s / full_s, 3),
            "full_build_cpu_s": round(full_cpu, 2), "one_changed_rebuild_cpu_s": round(one_cpu, 2),
            "one_changed_over_full_cpu": round(one_cpu / full_cpu, 3),
            "docs_per_s": round(docs / full_s, 1), "tokens_per_s": round(tokens / full_s),
            "peak_mib_full": round(full_mem), "peak_mib_jobs1": round(jobs1_mem), "peak_mib_plain": round(plain_mem),
            "startup_stock_s": round(stock_start, 2), "startup_fast_s": round(fast_start, 2),
            "startup_fast_over_stock": round(fast_start / stock_start, 3),
            "copies_docs": copies["articles"], "copies_s": round(copies["seconds"], 2),
            "copies_recall": round(copies["recall"], 4), "copies_false_groups": copies["false_groups"],
            "copies_over_build": round(copies["seconds"] / (full_s / docs * copies["articles"]), 3),
        }
        if memory_docs:
            peaks = []
            for n in memory_docs:
                corpus = tmp / f"mem{n}"
                make_corpus(n, corpus)
                peaks.append(timed(*build_cmd(corpus, tmp / f"mem{n}-out", "--jobs", "1", "--no-cache"))[1])
            result.update({f"peak_mib_{n}_docs": round(p) for n, p in zip(memory_docs, peaks)})
            result["memory_ratio"] = round(peaks[1] / peaks[0], 3)
        if long_mb:
            whole, parts, n = long_article(long_mb, tmp / "long-article")
            parts_s, parts_mem, parts_cpu = timed_cpu(*build_cmd(parts, tmp / "parts-out", "--jobs", "1", "--no-cache"))
            long_s, long_mem, long_cpu = timed_cpu(*build_cmd(whole, tmp / "long-out", "--jobs", "1", "--no-cache"))
            result.update({"long_mb": long_mb, "long_parts": n, "separate_articles_s": round(parts_s, 2),
                           "long_article_s": round(long_s, 2), "long_over_separate": round(long_s / parts_s, 3),
                           "separate_articles_cpu_s": round(parts_cpu, 2), "long_article_cpu_s": round(long_cpu, 2),
                           "long_over_separate_cpu": round(long_cpu / parts_cpu, 3),
                           "peak_mib_separate": round(parts_mem), "peak_mib_long": round(long_mem)})
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
             f"{result['one_changed_over_full']} of the full build "
             f"(CPU time: {result['one_changed_over_full_cpu']}) |",
             f"| model start-up as spaCy loads it (import to first annotated doc, median of 3) | "
             f"{result['startup_stock_s']} | 1.000 |",
             f"| model start-up, fast (`nlp.py`; same, alternated with stock) | {result['startup_fast_s']} | "
             f"{result['startup_fast_over_stock']} of stock |",
             f"| wire copies grouped alone, {result['copies_docs']} generated articles (1 000 stories × 5 edited "
             f"copies; {result['copies_recall']:.1%} of copies found, {result['copies_false_groups']} false groups) | "
             f"{result['copies_s']} | {result['copies_over_build']} of the full build of as many articles (time per "
             f"article above) |", "",
             f"Throughput (default options): {result['docs_per_s']} documents/s, {result['tokens_per_s']} tokens/s. "
             f"Peak memory: {result['peak_mib_full']} MiB (default), {result['peak_mib_jobs1']} MiB (`--jobs 1`), "
             f"{result['peak_mib_plain']} MiB (plain spaCy)."]
    if "long_over_separate" in result:
        mb = result["long_mb"]
        lines[-2:-2] = [f"| {mb} MB as {result['long_parts']} separate articles (`--jobs 1`) | "
                        f"{result['separate_articles_s']} | 1.000 |",
                        f"| the same {mb} MB as one article (`--jobs 1`) | {result['long_article_s']} | "
                        f"{result['long_over_separate']} of separate (CPU time: {result['long_over_separate_cpu']}) |"]
        lines[-1] += (f" Peak memory, {mb} MB: {result['peak_mib_long']} MiB as one article, "
                      f"{result['peak_mib_separate']} MiB as separate articles.")
    if "memory_ratio" in result:
        keys = [k for k in result if k.startswith("peak_mib_") and k.endswith("_docs")]
        lines.append("Peak memory of `--jobs 1` builds: " + ", ".join(f"{result[k]} MiB for {k.split('_')[2]} articles"
                                                                       for k in keys)
                     + f" (ratio {result['memory_ratio']}).")
    return "\n".join(lines) + "\n"
