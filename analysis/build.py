"""Turn a folder of articles into the tidy tables, write them atomically, and load them back.

`build_tables` runs spaCy once per paragraph (batched with `nlp.pipe`) and collects the rows
of every table; `write_tables` writes CSVs into a temporary folder and swaps it in, so a failed
build leaves the previous output untouched; `load` reads the tables, rebuilding first when the
articles, the reference data or the versions changed (recorded in `manifest.json`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from importlib.metadata import version
from pathlib import Path

import pandas as pd

from . import schema
from .actors import find_mentions
from .corpus import Article, date_bounds, list_articles, read_articles
from .nlp import MODEL, default_reference, load_pipeline, sentence_bounds
from .dates import Anchor, temporal_expressions
from .quotes import find_quotes
from .relations import Relator
from .reference import Reference

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PROCESSED = ROOT / "data" / "processed"
TITLE_LENGTH = 120
BATCH_SIZE = 64


class Tables(dict):
    """The tables of one build, by name; also reachable as attributes (`tables.mentions`)."""

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def between(self, start: str | None = None, end: str | None = None) -> "Tables":
        """The tables restricted to documents whose date overlaps [start, end] (ISO, any precision)."""
        dates = self["documents"].set_index("doc_id")["date"]
        keep = {d for d, date in dates.items() if overlaps(date, start, end)}
        return Tables({name: df if "doc_id" not in df.columns else df[df["doc_id"].isin(keep)].reset_index(drop=True)
                       for name, df in self.items()})


def overlaps(date: str, start: str | None, end: str | None) -> bool:
    """Whether a date of year, month or day precision overlaps the window [start, end]."""
    first, last = date_bounds(date)
    return (start is None or last >= date_bounds(start)[0]) and (end is None or first <= date_bounds(end)[1])


def article_rows(article: Article, docs: list, reference: Reference) -> dict[str, list[dict]]:
    """The rows one article contributes to each table, given one spaCy Doc per paragraph."""
    doc_id, text = article.doc_id, article.text
    rows: dict[str, list[dict]] = {"paragraphs": [], "sentences": [], "tokens": [], "mentions": []}
    n_sentence = n_token = 0
    located, bounds_of = [], []
    for n_par, ((p_start, p_end), doc) in enumerate(zip(article.paragraphs, docs), start=1):
        rows["paragraphs"].append({"doc_id": doc_id, "paragraph": n_par, "start": p_start,
                                   "end": p_end, "text": text[p_start:p_end]})
        sentence_of = [0] * len(doc)
        bounds = sentence_bounds(doc)
        bounds_of.append(bounds)
        for s, e in bounds:
            words = [t for t in doc[s:e] if not t.is_space]
            n_sentence += 1
            start, end = p_start + words[0].idx, p_start + words[-1].idx + len(words[-1])
            rows["sentences"].append({"doc_id": doc_id, "sentence": n_sentence, "paragraph": n_par,
                                      "start": start, "end": end, "text": text[start:end]})
            for i in range(s, e):
                sentence_of[i] = n_sentence
            for tok in words:
                n_token += 1
                t_start = p_start + tok.idx
                rows["tokens"].append({"doc_id": doc_id, "sentence": n_sentence, "token": n_token,
                                       "start": t_start, "end": t_start + len(tok), "text": tok.text,
                                       "lemma": tok.lemma_, "pos": tok.pos_})
        located.append((p_start, doc, sentence_of))
    mentions = find_mentions(located, reference)
    quotes, speaker_mentions = find_quotes(text, located, bounds_of, mentions, reference, article.date)
    taken = {m["start"] for m in mentions}
    for extra in speaker_mentions:
        if extra["start"] not in taken:
            taken.add(extra["start"])
            mentions.append({"sentence": sentence_at(rows["sentences"], extra["start"]), **extra})
    mentions.sort(key=lambda m: m["start"])
    expressions = temporal_expressions(text, located, Anchor(article.date, article.date_precision))
    relator = Relator(text, reference, article.date, article.date_precision, mentions, quotes, expressions)
    relations, cues = relator.relations(located, bounds_of)
    rows["mentions"] = [{"doc_id": doc_id, **row} for row in mentions]
    rows["quotes"] = [{"doc_id": doc_id, **row} for row in quotes]
    rows["relations"] = [{"doc_id": doc_id, **row} for row in relations]
    rows["events"] = [{"doc_id": doc_id, **row} for row in relator.timeline(cues, rows["sentences"])]
    first = rows["sentences"][0]
    rows["documents"] = [{
        "doc_id": doc_id, "date": article.date, "date_precision": article.date_precision,
        "start": article.body_start, "end": article.paragraphs[-1][1],
        "title": first["text"][:TITLE_LENGTH].rstrip(),
        "n_paragraphs": len(article.paragraphs), "n_sentences": n_sentence, "n_tokens": n_token,
        "sha256": article.sha256,
    }]
    return rows


def sentence_at(sentences: list[dict], pos: int) -> int:
    """Number of the sentence holding character `pos` (sentences in order)."""
    return next((s["sentence"] for s in reversed(sentences) if s["start"] <= pos), 1)


def build_tables(articles: list[Article], *, reference: Reference | None = None, progress=None) -> Tables:
    """Every table for these articles, each passed through `schema.enforce`."""
    reference = reference or default_reference()
    collected: dict[str, list[dict]] = {t: [] for t in schema.TABLES if t != "actors"}
    if articles:
        nlp = load_pipeline(reference)
        texts = ((a.text[s:e], i) for i, a in enumerate(articles) for s, e in a.paragraphs)
        pending: list = []
        current = 0
        for doc, i in nlp.pipe(texts, as_tuples=True, batch_size=BATCH_SIZE):
            pending.append(doc)
            while current < len(articles) and len(pending) == len(articles[current].paragraphs):
                for table, rows in article_rows(articles[current], pending, reference).items():
                    collected[table].extend(rows)
                pending, current = [], current + 1
                if progress is not None:
                    progress(current, len(articles))
    tables = Tables({t: schema.enforce(pd.DataFrame(rows, columns=schema.TABLES[t]["columns"]), t)
                     for t, rows in collected.items()})
    tables["actors"] = actors_table(reference)
    return Tables({t: tables[t] for t in schema.TABLES})


def actors_table(reference: Reference) -> pd.DataFrame:
    """The reviewed actor table as a schema-checked frame (empty cells become missing)."""
    df = pd.DataFrame(reference.actors).replace("", pd.NA)
    return schema.enforce(df, "actors")


def fingerprint(seeds: Path, reference: Reference) -> dict:
    """What a build depends on: each article's bytes, the reference data and the versions."""
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in list_articles(seeds)}
    return {
        "analysis": version("sahel-analysis"),
        "model": f"{MODEL}=={version(MODEL.replace('_', '-'))}",
        "spacy": version("spacy"),
        "reference": reference.fingerprint,
        "articles": files,
    }


def write_tables(tables: Tables, out: Path, manifest: dict) -> None:
    """Write every table as CSV (and the manifest) into `out`, replacing it in one step."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir()
        for name, df in tables.items():
            df.to_csv(tmp / f"{name}.csv", index=False, lineterminator="\n", encoding="utf-8")
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if out.exists():
            out.rename(old)
        tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old.exists() and not out.exists():
            old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def read_tables(folder: Path) -> Tables:
    """Read the CSVs of a build back with their declared dtypes."""
    folder = Path(folder)
    return Tables({
        name: pd.read_csv(folder / f"{name}.csv", dtype=schema.dtypes(name), keep_default_na=False,
                          na_values=[""], encoding="utf-8")
        for name in schema.TABLES
    })


def build(seeds: Path | str = SEEDS, out: Path | str = PROCESSED, *, skip_invalid: bool = False,
          warn=None, progress=None, reference: Reference | None = None) -> Tables:
    """Read, annotate and write one folder of articles; return the tables."""
    reference = reference or default_reference()
    seeds = Path(seeds)
    articles = read_articles(seeds, skip_invalid=skip_invalid, warn=warn)
    tables = build_tables(articles, reference=reference, progress=progress)
    manifest = fingerprint(seeds, reference)
    manifest["articles"] = {f"{a.doc_id}.txt": a.sha256 for a in articles}
    write_tables(tables, Path(out), manifest)
    return tables


def is_current(seeds: Path, out: Path, reference: Reference) -> bool:
    """Whether `out` holds a build of exactly these articles, reference data and versions."""
    try:
        manifest = json.loads((Path(out) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return manifest == fingerprint(Path(seeds), reference)


def load(seeds: Path | str = SEEDS, processed: Path | str = PROCESSED, *, rebuild: bool = False) -> Tables:
    """The tables of `seeds`, read from `processed`; built first if missing or out of date."""
    reference = default_reference()
    if rebuild or not is_current(Path(seeds), Path(processed), reference):
        build(seeds, processed, reference=reference)
    return read_tables(processed)
