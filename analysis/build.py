"""Turn a folder of articles into the tidy tables, write them atomically, and load them back.

`build` reads and checks every article first (a bad file stops everything before any write),
takes unchanged articles from the content-hash cache (`cache.py`), annotates the rest on this
machine's cores or on Dask (`engines.py`), and streams the rows, in `doc_id` order and a few
dozen articles at a time, into CSV and Parquet files of a temporary folder that replaces the
output in one step. Memory stays flat in corpus size. Where a chunk of articles ends depends on
the name of its last article alone (`chunks`), so adding or changing an article changes one chunk,
and the others' finished output comes back from the cache as it was written. `manifest.json` records what the build
read (articles, reference data, code, versions) and the SHA-256 of every table file it wrote.
`load` reads the tables back, rebuilding first when an input changed or a table file does not
match its checksum (saying so in one line on stderr). `build_tables` is the in-memory variant.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from . import schema
from .cache import Cache, code_fingerprint
from .corpus import Article, date_bounds, list_articles, read_articles
from .duplicates import Copy, find_copies
from .outdir import MANIFEST, check_out, damage, manifest_of, remove_leftovers, sha256_of
from .reference import Reference, default_reference

if TYPE_CHECKING:  # imported where frames are made, so a build starts its workers sooner
    import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PROCESSED = ROOT / "data" / "processed"
MODEL = "fr_core_news_sm"
CHUNK = 50  # articles per write on average: bounds memory, fixes the Parquet row groups


class DamagedOutput(ValueError):
    """A table file that cannot be trusted or read; `str()` is one line naming it."""


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
        return self.only({d for d, date in dates.items() if overlaps(date, start, end)})

    def unique(self) -> "Tables":
        """The tables with each group of wire copies counted once: the rows of copies (`duplicate_of` set) dropped."""
        documents = self["documents"]
        return self.only(set(documents.loc[documents["duplicate_of"].isna(), "doc_id"]))

    def only(self, keep: set[str]) -> "Tables":
        """The tables restricted to the documents `keep`."""
        return Tables({name: df if "doc_id" not in df.columns else df[df["doc_id"].isin(keep)].reset_index(drop=True)
                       for name, df in self.items()})


def overlaps(date: str, start: str | None, end: str | None) -> bool:
    """Whether a date of year, month or day precision overlaps the window [start, end]."""
    first, last = date_bounds(date)
    return (start is None or last >= date_bounds(start)[0]) and (end is None or first <= date_bounds(end)[1])


def frames(rows_by_table: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Schema-checked frames of collected rows (every table but `actors`)."""
    import pandas as pd
    return {t: schema.enforce(pd.DataFrame(rows_by_table.get(t, []), columns=schema.TABLES[t]["columns"]), t)
            for t in schema.TABLES if t != "actors"}


def describe(rows: dict[str, list[dict]], article: Article, copies: dict[str, Copy]) -> dict[str, list[dict]]:
    """An article's rows with its `documents` row completed: header lines, and the original it copies
    (found across the corpus, so never cached with the article's own rows)."""
    copy = copies.get(article.doc_id)
    return {**rows, "documents": [
        {**row, "title": article.title or row["title"], "source": article.source, "url": article.url,
         "author": article.author, "duplicate_of": copy and copy.duplicate_of, "similarity": copy and copy.similarity}
        for row in rows["documents"]]}


def build_tables(articles: list[Article], *, reference: Reference | None = None) -> Tables:
    """Every table for these articles, in memory (for tests and small inputs)."""
    from .annotate import annotate
    reference = reference or default_reference()
    copies = find_copies(articles)
    collected: dict[str, list[dict]] = {}
    for article, rows in annotate(sorted(articles, key=lambda a: a.doc_id), reference):
        for table, table_rows in describe(rows, article, copies).items():
            collected.setdefault(table, []).extend(table_rows)
    tables = frames(collected)
    tables["actors"] = actors_table(reference)
    return Tables({t: tables[t] for t in schema.TABLES})


def actors_table(reference: Reference) -> pd.DataFrame:
    """The reviewed actor table as a schema-checked frame (empty cells become missing)."""
    import pandas as pd
    return schema.enforce(pd.DataFrame(reference.actors), "actors")


def versions() -> dict:
    """The versions a build depends on, besides the articles and reference data."""
    return {"analysis": version("sahel-analysis"), "code": code_fingerprint(),
            "model": f"{MODEL}=={version(MODEL.replace('_', '-'))}", "spacy": version("spacy")}


def fingerprint(seeds: Path, reference: Reference) -> dict:
    """What a build depends on: each article's bytes, the reference data, the code and versions."""
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in list_articles(seeds)}
    return {**versions(), "reference": reference.fingerprint, "articles": files}


# -- writing ------------------------------------------------------------------------------------
ARROW_TYPES = {"string": "string", "Int64": "int64", "Float64": "float64", "boolean": "bool"}


def arrow_schema(table: str):
    import pyarrow as pa
    return pa.schema([(c, getattr(pa, ARROW_TYPES[schema.FIELDS[c][0]].replace("bool", "bool_"))())
                      for c in schema.TABLES[table]["columns"]])


class TableWriter:
    """Appends schema-checked frames to one CSV and one Parquet file per table."""

    def __init__(self, folder: Path):
        import pyarrow.parquet as pq
        self.folder = folder
        self.csv = {t: (folder / f"{t}.csv").open("w", encoding="utf-8", newline="") for t in schema.TABLES}
        self.parquet = {t: pq.ParquetWriter(folder / f"{t}.parquet", arrow_schema(t)) for t in schema.TABLES}
        self.started: set[str] = set()
        self.counts = {t: 0 for t in schema.TABLES}

    @staticmethod
    def render(table: str, df: pd.DataFrame) -> tuple[str, object]:
        """What a frame adds to its table: CSV lines without the header, and an Arrow table (None
        when empty). RFC 4180 line ends: with "\r\n" as the terminator, a field holding a bare "\r"
        (old Mac line ends) or "\n" is quoted, so every CSV reader sees the rows the Parquet file holds."""
        import pyarrow as pa
        text = df.to_csv(index=False, header=False, lineterminator="\r\n")
        return text, (pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False) if len(df) else None)

    def write(self, table: str, df: pd.DataFrame) -> None:
        self.write_parts({table: self.render(table, df)})

    def write_parts(self, parts: dict) -> None:
        """Append rendered parts (`render`, or a cached chunk): table → (CSV lines, Arrow table)."""
        for table, (text, arrow) in parts.items():
            if table not in self.started:
                self.csv[table].write(csv_header(table))
                self.started.add(table)
            self.csv[table].write(text)
            if arrow is not None:
                self.parquet[table].write_table(arrow)
                self.counts[table] += arrow.num_rows

    def close(self) -> None:
        for t in schema.TABLES:
            if t not in self.started:
                self.write(t, schema.empty(t))
            self.csv[t].close()
            self.parquet[t].close()


def csv_header(table: str) -> str:
    return schema.empty(table).to_csv(index=False, lineterminator="\r\n")


def chunks(articles: list[Article], size: int = CHUNK) -> list[list[Article]]:
    """Consecutive runs of about `size` articles, each ending, once it holds half of `size`, at an
    article whose name hashes to 0 modulo half of `size` (or at 4 × `size` articles, or the last
    one): boundaries stay where they are when other articles are added, removed or changed."""
    out, run, half = [], [], max(1, size // 2)
    for article in articles:
        run.append(article)
        digest = int.from_bytes(hashlib.sha256(article.doc_id.encode("utf-8")).digest()[:8], "big")
        if (len(run) >= half and digest % half == 0) or len(run) >= 4 * size:
            out.append(run)
            run = []
    return out + [run] if run else out


def swap_in(tmp: Path, out: Path) -> None:
    """Replace `out` by `tmp` in one step; the old output goes only once the new one is in place."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        out.rename(old)
    tmp.rename(out)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged(out: Path, manifest: dict, seeds: Path | None = None):
    """A temporary folder beside `out` that replaces it, manifest added, when the block succeeds;
    on any failure it is removed and `out` stays as it was. Raises `UnsafeOutput` first when
    `out` is not the build's own to replace (`outdir.check_out`)."""
    check_out(out, seeds)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir()
    except OSError as e:  # name the folder the user chose, not the hidden temporary one
        raise OSError(e.errno, f"cannot write beside it in {out.parent}/ ({e.strerror})", str(out)) from None
    try:
        yield tmp
        manifest = {**manifest, "tables": {p.name: sha256_of(p) for p in sorted(tmp.iterdir())}}
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        swap_in(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_tables(tables: Tables, out: Path, manifest: dict) -> None:
    """Write in-memory tables (and the manifest) into `out`, replacing it in one step."""
    with staged(Path(out), manifest) as tmp:
        writer = TableWriter(tmp)
        for name, df in tables.items():
            writer.write(name, df)
        writer.close()


def read_tables(folder: Path, *, verify: bool = True, checked: bool = False) -> Tables:
    """Read a build back with its declared dtypes (from Parquet when present, else CSV). With
    `verify`, a folder whose manifest holds checksums must match them; a file that does not,
    or cannot be read, raises `DamagedOutput`. Every table is checked against its schema
    (`schema.enforce`) unless its file matched the checksum the build recorded for it (`checked`,
    or `verify` on a folder whose manifest holds them): then it holds the checked rows the build
    wrote, and only its columns and dtypes are checked."""
    import pandas as pd
    folder = Path(folder)
    if verify and isinstance((manifest_of(folder) or {}).get("tables"), dict):
        problem = damage(folder)
        if problem:
            raise DamagedOutput(problem)
        checked = True
    out = Tables()
    for name in schema.TABLES:
        path = folder / f"{name}.parquet"
        try:
            if path.exists():
                df = pd.read_parquet(path).astype(schema.dtypes(name))
            else:
                path = folder / f"{name}.csv"
                df = pd.read_csv(path, dtype=schema.dtypes(name), keep_default_na=False, na_values=[""],
                                 encoding="utf-8")
            if checked and list(df.columns) == schema.TABLES[name]["columns"]:
                out[name] = df.reset_index(drop=True)
            else:
                out[name] = schema.enforce(df, name)
        except (OSError, ValueError, TypeError) as e:  # pyarrow's ArrowInvalid is a ValueError
            raise DamagedOutput(f"{path}: cannot be read as the {name} table ({one_line(e)})") from None
    return out


def one_line(error: BaseException) -> str:
    """The first line of an error's message, shortened."""
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return text if len(text) <= 160 else text[:157] + "..."


# -- building -----------------------------------------------------------------------------------
def build(seeds: Path | str = SEEDS, out: Path | str = PROCESSED, *, skip_invalid: bool = False, warn=None,
          progress=False, reference: Reference | None = None, jobs: int | None = None,
          engine: str = "local", scheduler: str | None = None, use_cache: bool = True,
          notice=None, parses: bool = False) -> dict[str, int]:
    """Read, annotate and write one folder of articles; return the row count of each table
    (-1 each when `out` was up to date). `notice` receives one line when a damaged output is rebuilt;
    `progress` is true for a bar on a terminal, or a function of the article count that gives a
    tqdm-like bar (a notebook's). `parses`: the cache keeps the parse of each article annotated
    (`Cache.put_parse`), which training reads rather than parsing the dev split again (`train.parsed`)."""
    from .engines import run
    if scheduler and engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    reference = reference or default_reference()
    seeds, out = Path(seeds), Path(out)
    check_out(out, seeds)  # before reading thousands of articles
    articles = sorted(read_articles(seeds, skip_invalid=skip_invalid, warn=warn), key=lambda a: a.doc_id)
    manifest = {**versions(), "reference": reference.fingerprint,
                "articles": {f"{a.doc_id}.txt": a.sha256 for a in articles}}
    if use_cache and same_inputs(manifest_of(out), manifest):
        problem = damage(out)
        if problem is None:
            return {t: -1 for t in schema.TABLES}  # up to date: nothing to do, nothing touched (--no-cache rebuilds)
        if notice is not None:
            notice(f"{problem}; rebuilding {out}/")
    cache = Cache(cache_folder(out), manifest) if use_cache else None
    parses = parses and cache is not None
    groups = chunks(articles, CHUNK)
    done = [cache is not None and cache.has_chunk(g) for g in groups]  # finished chunks, to be checked
    cached = {a.doc_id for g, hit in zip(groups, done) if not hit for a in g if cache is not None and cache.has(a)}
    missing = [a for g, hit in zip(groups, done) if not hit for a in g if a.doc_id not in cached]
    expected = {a.doc_id for a in missing}
    schemas = {t: arrow_schema(t) for t in schema.TABLES if t != "actors"}
    bar = progress(len(articles)) if callable(progress) else progress_bar(len(articles), progress)
    fresh = iter(())
    try:
        # workers start now: the model loads while this process groups the copies and reads the cache
        fresh = run(missing, reference, jobs=jobs, engine=engine, scheduler=scheduler,
                    background=len(missing) < len(articles), parses=parses)
        copies = find_copies(articles)
        with staged(out, manifest, seeds) as tmp:
            writer = TableWriter(tmp)
            for group, hit in zip(groups, done):
                links = {a.doc_id: [copies[a.doc_id].duplicate_of, copies[a.doc_id].similarity]
                         for a in group if a.doc_id in copies}
                parts = cache.get_chunk(group, links, schemas) if hit else None
                if parts is None:
                    chunk: dict[str, list[dict]] = {}
                    for article in group:
                        rows = cache.get(article) if cache is not None and article.doc_id not in expected else None
                        if rows is None:
                            if article.doc_id in expected:
                                doc_id, rows, parse = next(fresh)
                                assert doc_id == article.doc_id, (doc_id, article.doc_id)
                            else:  # an unreadable cache entry, or a finished chunk that cannot be used
                                doc_id, rows, parse = next(run([article], reference, jobs=1, parses=parses))
                            if cache is not None:
                                cache.put(article, rows)
                                if parse is not None:
                                    cache.put_parse(article, parse)
                        for table, table_rows in describe(rows, article, copies).items():
                            chunk.setdefault(table, []).extend(table_rows)
                        bar.update(1)
                    parts = {table: writer.render(table, df) for table, df in frames(chunk).items()}
                    if cache is not None:
                        cache.put_chunk(group, links, parts)
                else:
                    bar.update(len(group))
                writer.write_parts(parts)
            writer.write("actors", actors_table(reference))
            writer.close()
    finally:
        bar.close()
        close = getattr(fresh, "close", None)
        if close is not None:  # stop the workers, if an error or Ctrl-C came first
            close()
    if cache is not None:
        cache.prune(articles, groups)
    return writer.counts


def progress_bar(total: int, enabled: bool):
    """A tqdm bar on stderr, silent when stderr is not a terminal or progress is off."""
    import sys

    from tqdm import tqdm
    return tqdm(total=total, unit="article", disable=not enabled or not sys.stderr.isatty(), file=sys.stderr)


def cache_folder(out: Path) -> Path:
    """Where the build of `out` keeps its cache (`cache.py`): beside it, hidden."""
    return out.parent / f".{out.name}-cache"


def same_inputs(manifest: dict | None, expected: dict) -> bool:
    """Whether a build's manifest records these inputs (its table checksums aside)."""
    return manifest is not None and {k: v for k, v in manifest.items() if k != "tables"} == expected


def is_current(seeds: Path, out: Path, reference: Reference) -> bool:
    """Whether `out` holds a build of exactly these articles, reference data, code and versions."""
    return same_inputs(manifest_of(out), fingerprint(Path(seeds), reference))


def load(seeds: Path | str = SEEDS, processed: Path | str = PROCESSED, *, rebuild: bool = False,
         copies: bool = False, progress=False, parses: bool = False) -> Tables:
    """The tables of `seeds`, read from `processed`; built first if missing, out of date or damaged
    (a damaged table file is named in one line on stderr), on every core as `build` does by default.
    Each group of wire copies counts once (`Tables.unique()`) unless `copies` is true; `progress` and `parses` as
    in `build`."""
    reference = default_reference()
    seeds, processed = Path(seeds), Path(processed)
    if not rebuild and is_current(seeds, processed, reference):
        problem = damage(processed)
        if problem is None:
            tables = read_tables(processed, verify=False, checked=True)  # `damage` found every checksum right
            return tables if copies else tables.unique()
        print(f"warning: {problem}; rebuilding {processed}/", file=sys.stderr)
    build(seeds, processed, reference=reference, progress=progress, parses=parses)
    tables = read_tables(processed, verify=False, checked=True)  # the build just wrote them, checked
    return tables if copies else tables.unique()
