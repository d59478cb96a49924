"""Read and check the hand-made gold annotations of `tests/gold/` (rules: `tests/gold/GUIDELINES.md`).

There are two splits. `dev` (the seed and `tests/articles/`) may be read while writing rules;
`test` (`tests/gold/test/`) was annotated before the system ever ran on it and is never tuned on.
A gold row names a span by its text and occurrence (`Bamako,2,MLI`), so annotators never count
characters; offsets are derived here, and a row that matches nothing fails loudly. `validate`
checks a whole split the way `make test` does.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .corpus import InvalidArticle, read_article
from .reference import Reference, default_reference, slugify

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
KINDS = ("mentions", "quotes", "relations", "events")
COLUMNS = {
    "mentions": ["text", "occurrence", "actor_id"],
    "quotes": ["text", "occurrence", "speaker_id", "attribution"],
    "relations": ["source_id", "target_id", "polarity"],  # + evidence, occurrence, notes (test split)
    "events": ["text", "occurrence", "date", "date_precision", "date_mod"],
}


@dataclass(frozen=True)
class Split:
    """One gold split: the folders of its articles and the folder of its gold files."""

    name: str
    articles: tuple[Path, ...]
    gold: Path

    def files(self) -> dict[str, Path]:
        """The split's article files by doc_id."""
        return {p.stem: p for folder in self.articles for p in sorted(folder.glob("*.txt"))}


SPLITS = {
    "dev": Split("dev", (ROOT / "seeds", ROOT / "tests" / "articles"), GOLD / "dev"),
    "test": Split("test", (GOLD / "test" / "articles",), GOLD / "test"),
}


class GoldError(ValueError):
    """A gold row does not point at the article text, or breaks a guideline."""


@lru_cache(maxsize=8192)
def word_pattern(text: str) -> re.Pattern:
    """`text` as a whole-word pattern whose spaces match any one whitespace character (compiled once)."""
    pattern = re.escape(text).replace("\\ ", "\\s")
    return re.compile(rf"(?<!\w){pattern}(?!\w)")


WORD_CHARACTER = re.compile(r"\w")


def whole_words(source: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of every match of `word_pattern(text)` in `source`, as `finditer` gives them: the text's first
    word found with `str.find`, each space of the text matched by one whitespace character (`str.isspace`, the
    characters `\\s` matches), its other pieces compared in place and its two neighbours checked with the
    pattern's `\\w`. The same matches, without compiling a pattern for each of the hundreds of thousands of gold
    texts that CI reads (60 000 compilations were half of `gold-check`)."""
    if not text or text[0] == " ":
        return [m.span() for m in word_pattern(text).finditer(source)]
    pieces, offset = [], 0
    for piece in text.split(" "):
        pieces.append((offset, piece))
        offset += len(piece) + 1
    spaces = [at - 1 for at, _ in pieces[1:]]
    head, n = pieces[0][1], len(text)
    out, at = [], source.find(head)
    while at >= 0:
        end = at + n
        if (end <= len(source) and all(source[at + i].isspace() for i in spaces)
                and all(source.startswith(piece, at + i) for i, piece in pieces[1:])
                and (at == 0 or not WORD_CHARACTER.match(source, at - 1)) and not WORD_CHARACTER.match(source, end)):
            out.append((at, end))
            at = source.find(head, end)
        else:
            at = source.find(head, at + 1)
    return out


def locate(source: str, text: str, occurrence: int) -> tuple[int, int]:
    """(start, end) of the occurrence-th whole-word match of `text` in `source` (from 1);
    a space in `text` matches any one whitespace character, no-break spaces included."""
    matches = whole_words(source, text)
    if not 1 <= occurrence <= len(matches):
        raise GoldError(f"{text!r} occurs {len(matches)} time(s), not {occurrence}")
    return matches[occurrence - 1]


def read_rows(gold_file: Path, kind: str) -> tuple[list[str], list[dict[str, str]]]:
    """A gold file's header and rows, as strings (blank lines skipped, short rows padded with empty
    fields), checked for its required columns."""
    with open(gold_file, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, [])
        rows = [dict(zip(header, row + [""] * (len(header) - len(row)))) for row in reader if row]
    missing = [c for c in COLUMNS[kind] if c not in header]
    if missing:
        raise GoldError(f"{gold_file}: missing column(s) {', '.join(missing)}")
    return header, rows


def with_spans(rows: list[dict[str, str]], source: str, gold_file: Path, text: str) -> list[tuple]:
    """(start, end) of each row's `text` column at its `occurrence`; a row that points nowhere raises."""
    spans = []
    for n, row in enumerate(rows, start=2):
        try:
            spans.append(locate(source, row[text], int(row["occurrence"])))
        except (GoldError, ValueError) as e:
            raise GoldError(f"{gold_file}, line {n}: {e}") from None
    return spans


def article_text(path: Path) -> str:
    """An article's decoded text, read once for its four gold files (keyed by size and time of change)."""
    stat = Path(path).stat()
    return _article_text(Path(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=512)
def _article_text(path: Path, size: int, mtime_ns: int) -> str:
    return read_article(path).text


RELATION_COLUMNS = ["doc_id", "start", "end", "text", "source_id", "target_id", "polarity"]


def gold_records(gold_file: Path, article_file: Path, kind: str) -> tuple[list[str], list[dict]]:
    """(columns, rows) of one article's gold with offsets: doc_id, start, end, then the file's columns.
    Relations carry no span of their own; an `evidence` column, where given, becomes `start`/`end`/`text`."""
    header, rows = read_rows(gold_file, kind)
    source, doc_id = article_text(article_file), Path(article_file).stem
    if kind == "relations":
        out = []
        for n, row in enumerate(rows, start=2):
            evidence = row.get("evidence", "")
            start = end = None
            if evidence != "":
                try:
                    start, end = locate(source, evidence, int(row["occurrence"]))
                except (GoldError, ValueError) as e:
                    raise GoldError(f"{gold_file}, line {n}: {e}") from None
            out.append({"doc_id": doc_id, "start": start, "end": end, "text": evidence, "source_id": row["source_id"],
                        "target_id": row["target_id"], "polarity": row["polarity"].strip().lstrip("+")})
        return RELATION_COLUMNS, out  # `+1` as the guidelines write it
    spans = with_spans(rows, source, gold_file, "text")
    columns = ["doc_id", "start", "end"] + [c for c in header if c != "occurrence"]
    return columns, [{"doc_id": doc_id, "start": s, "end": e, **{c: row[c] for c in columns[3:]}}
                     for (s, e), row in zip(spans, rows)]


def frame(columns: list[str], rows: list[dict], kind: str) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=columns)
    if kind == "relations":
        return out.astype({"start": "Int64", "end": "Int64"})
    return out.astype({"start": "int64", "end": "int64"})


def read_gold(gold_file: Path, article_file: Path, kind: str = "mentions") -> pd.DataFrame:
    """One article's gold rows with offsets (`gold_records`) as a frame."""
    return frame(*gold_records(gold_file, article_file, kind), kind)


def gold_table(kind: str, split: Split | str) -> pd.DataFrame:
    """Gold rows of one kind for every article of a split."""
    split = SPLITS[split] if isinstance(split, str) else split
    columns, rows = [], []
    for doc_id, path in split.files().items():
        if (split.gold / kind / f"{doc_id}.csv").exists():
            found, records = gold_records(split.gold / kind / f"{doc_id}.csv", path, kind)
            columns += [c for c in found if c not in columns]
            rows += records
    return frame(columns, rows, kind) if columns else pd.DataFrame()


def canonical_ids(mentions: pd.DataFrame, reference: Reference) -> dict[tuple[str, str], str]:
    """(doc_id, gold id) → reference id, for gold ids the annotators coined by the slug rule for an
    actor the reference table already holds under another id: every annotated name of it that the
    table knows (`SOMAÏR`, `Barrick`) names the same one actor there. Annotators never see the table;
    the slug and the table's id naming one actor is not an extraction error."""
    from .actors import fuller_name_of
    from .reference import spelling_variants
    names: dict[str, set[str]] = {}
    for alias in reference.aliases:
        if alias.method in ("name", "alias", "acronym"):
            for form in spelling_variants(alias.text):
                names.setdefault(form.casefold(), set()).add(alias.actor_id)
    out = {}
    for (doc_id, actor_id), texts in mentions.groupby(["doc_id", "actor_id"])["text"]:
        if actor_id in reference.by_id or ISO3.fullmatch(actor_id):
            continue
        ids = [names.get(t.casefold()) for t in set(texts)]
        known = set().union(*[i for i in ids if i]) if any(ids) else set()
        if len(known) == 1 and all(i is None or i == known for i in ids):
            out[(doc_id, actor_id)] = next(iter(known))
        elif not known and (fuller := fuller_name_of(actor_id, reference)):
            out[(doc_id, actor_id)] = fuller  # "bassirou-diomaye-diakhar-faye": the table's Bassirou Diomaye Faye
    return out


def canonical(kind: str, gold: pd.DataFrame, ids: dict[tuple[str, str], str]) -> pd.DataFrame:
    """Gold rows of one kind with coined ids replaced by the reference ids they stand for."""
    columns = {"mentions": ["actor_id"], "quotes": ["speaker_id"], "relations": ["source_id", "target_id"]}
    if not len(gold) or not ids:
        return gold
    out = gold.copy()
    for column in columns.get(kind, []):
        out[column] = [ids.get((d, a), a) for d, a in zip(out["doc_id"], out[column])]
    return out


# -- validation ---------------------------------------------------------------------------------
ISO3 = re.compile(r"[A-Z]{3}")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATES = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "week": r"\d{4}-W\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
MODS = {"", "START", "MID", "END"}
ATTRIBUTIONS = {"name", "title", "role", "pronoun", "institution", "metonymy", "anonymous", "none"}


def id_problem(actor_id: str, texts: list[str], reference: Reference) -> str | None:
    """Why an id breaks the id rules, or None: a reference id, an ISO3 code, or the slug of the
    fullest name the article gives (one of the texts annotated with it)."""
    if actor_id in reference.by_id or ISO3.fullmatch(actor_id):
        return None
    if not SLUG.fullmatch(actor_id):
        return f"id {actor_id!r} is neither ISO3, a reference id nor a slug"
    if texts and actor_id not in {slugify(t) for t in texts}:
        return f"id {actor_id!r} is not the slug of any of its mentions ({', '.join(sorted(set(texts))[:3])})"
    return None


def members_of(organizations: set[str], reference: Reference) -> set[str]:
    """Member states of the given organisations (`data/memberships.csv`), at any date."""
    rows = reference.table("memberships.csv", ("organization", "member", "start", "end", "notes"))
    return {r["member"] for r in rows if r["organization"] in organizations}


def validate_article(split: Split, doc_id: str, path: Path, reference: Reference) -> list[str]:
    """Every problem of one article's gold files (empty when valid). The rows are checked as `gold_records`
    reads them, without building frames: validating both splits is part of every CI run."""
    problems, records = [], {}
    try:
        read_article(path)
    except InvalidArticle as e:
        return [str(e)]
    for kind in KINDS:
        file = split.gold / kind / f"{doc_id}.csv"
        if not file.exists():
            problems.append(f"{file}: missing")
            continue
        try:
            records[kind] = gold_records(file, path, kind)[1]
        except (GoldError, ValueError, KeyError) as e:
            problems.append(str(e))
    where = f"{split.gold}/*/{doc_id}.csv"
    texts_of: dict[str, list[str]] = {}
    for m in records.get("mentions", []):
        texts_of.setdefault(m["actor_id"], []).append(m["text"])
    for actor_id in sorted(texts_of):
        if (p := id_problem(actor_id, texts_of[actor_id], reference)):
            problems.append(f"{where}: {p}")
    for q in records.get("quotes", []):
        if q["speaker_id"] and (p := id_problem(q["speaker_id"], [], reference)):
            problems.append(f"{where}: quote {q['text'][:30]!r}: {p}")
        if q["attribution"] not in ATTRIBUTIONS:
            problems.append(f"{where}: quote {q['text'][:30]!r}: attribution {q['attribution']!r}")
    if "relations" in records:
        known = set(texts_of) | members_of(set(texts_of), reference)
        for r in records["relations"]:
            for side in (r["source_id"], r["target_id"]):
                if side not in known:
                    problems.append(f"{where}: relation {r['source_id']} → {r['target_id']}: {side} is not annotated")
            if r["polarity"] not in ("1", "-1"):
                problems.append(f"{where}: relation {r['source_id']} → {r['target_id']}: polarity {r['polarity']!r}")
    for e in records.get("events", []):
        pattern = DATES.get(e["date_precision"])
        if pattern is None or not re.fullmatch(pattern, e["date"]) or e["date_mod"] not in MODS:
            problems.append(f"{where}: event {e['text']!r}: {e['date']!r} {e['date_precision']!r} {e['date_mod']!r}")
    return problems


def validate(split: Split | str, reference: Reference | None = None) -> list[str]:
    """Every problem of a split's gold: files present, spans found, ids well formed, relations
    between annotated actors, quotes in the text, dates written at their precision."""
    split = SPLITS[split] if isinstance(split, str) else split
    reference = reference or default_reference()
    problems = []
    for doc_id, path in split.files().items():
        problems += validate_article(split, doc_id, path, reference)
    known = set(split.files())
    for kind in KINDS:
        for file in sorted((split.gold / kind).glob("*.csv")):
            if file.stem not in known:
                problems.append(f"{file}: no article {file.stem}.txt in {', '.join(map(str, split.articles))}")
    return problems
