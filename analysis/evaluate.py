"""Score the extractors against the gold splits (`gold.py`), with 95% bootstrap intervals.

Each extractor is compared with the gold of each split on the same definitions: mentions by
span and actor id, quotations by span (speaker accuracy on the quotations found), relations as
each document's unordered pair of actors with its polarity, dated expressions by overlap with
the same date and precision. Intervals come from resampling documents with replacement
(1000 draws, fixed seed), so an interval says how much the figure depends on which articles
happened to be annotated. Every disagreement is returned with its document, offsets and text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .gold import SPLITS, Split, canonical, canonical_ids, gold_table
from .reference import default_reference

DRAWS = 1000
LEVEL = 0.95


@dataclass(frozen=True)
class Score:
    """Counts and rates of one comparison of predictions with gold."""

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def compare(predicted: pd.DataFrame, gold: pd.DataFrame, key: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Counts per document (`doc_id, tp, fp, fn`) of predictions against gold on the `key` columns,
    and the disagreements (`error`: `missed` for gold rows not predicted, `spurious` for the reverse)."""
    p = predicted[key].drop_duplicates().astype(str)
    g = gold[key].drop_duplicates().astype(str)
    both = p.merge(g, on=key, how="outer", indicator=True)
    per_doc = (both.assign(tp=both["_merge"] == "both", fp=both["_merge"] == "left_only",
                           fn=both["_merge"] == "right_only")
               .groupby("doc_id")[["tp", "fp", "fn"]].sum().astype(int))
    errors = both[both["_merge"] != "both"].copy()
    errors["error"] = errors["_merge"].map({"left_only": "spurious", "right_only": "missed"}).astype(str)
    return per_doc, errors.drop(columns="_merge").sort_values(key).reset_index(drop=True)


def with_docs(per_doc: pd.DataFrame, docs: list[str], columns: list[str]) -> pd.DataFrame:
    """Per-document counts over every document of the split, zeros where a document has none."""
    return per_doc.reindex(sorted(docs), fill_value=0)[columns] if len(per_doc) else \
        pd.DataFrame(0, index=sorted(docs), columns=columns)


# -- one function per extractor: (per-document counts, errors) -------------------------------------
SPEAKER_METHODS = ("pronoun", "role")
MENTION_KEY = ["doc_id", "start", "end", "actor_id"]


def score_mentions(mentions: pd.DataFrame, gold: pd.DataFrame):
    """Named mentions: a mention counts when span and actor id both match gold. A speaker's pronoun
    and role mentions are scored with the quotes, not here."""
    predicted = mentions[~mentions["method"].isin(SPEAKER_METHODS)]
    per_doc, errors = compare(predicted, gold, MENTION_KEY)
    texts = pd.concat([predicted[MENTION_KEY + ["text"]], gold[MENTION_KEY + ["text"]]]).astype(str)
    errors = errors.merge(texts.drop_duplicates(MENTION_KEY), on=MENTION_KEY, how="left")
    errors["error"] = errors["error"] + " " + errors["actor_id"]
    return per_doc, errors


QUOTE_KEY = ["doc_id", "start", "end"]


def score_quotes(quotes: pd.DataFrame, gold: pd.DataFrame):
    """Quotation spans, plus speaker accuracy on the quotations found (`right`/`found` per document)."""
    per_doc, errors = compare(quotes, gold, QUOTE_KEY)
    both = quotes.astype({"start": int, "end": int}).merge(gold.astype({"start": int, "end": int}), on=QUOTE_KEY,
                                                           suffixes=("", "_gold"))
    right = both["speaker_id"].fillna("").astype(str) == both["speaker_id_gold"].fillna("").astype(str)
    speakers = both.assign(right=right, found=True).groupby("doc_id")[["right", "found"]].sum().astype(int)
    per_doc = per_doc.join(speakers, how="left").fillna(0).astype(int)
    texts = pd.concat([quotes[QUOTE_KEY + ["text"]], gold[QUOTE_KEY + ["text"]]]).astype(str)
    errors = errors.merge(texts.drop_duplicates(QUOTE_KEY), on=QUOTE_KEY, how="left")
    wrong = both.loc[~right].assign(
        error=lambda d: "speaker " + d["speaker_id"].fillna("none").astype(str) + ", gold "
        + d["speaker_id_gold"].replace("", "none").fillna("none").astype(str))
    return per_doc, pd.concat([errors, wrong[QUOTE_KEY + ["text", "error"]].astype(str)], ignore_index=True)


PAIR_KEY = ["doc_id", "actor_a", "actor_b", "polarity"]


def pairs(relations: pd.DataFrame) -> pd.DataFrame:
    """Relations as unordered pairs: `actor_a` < `actor_b`, whatever the direction."""
    a, b = relations["source_id"].astype(str), relations["target_id"].astype(str)
    return relations.assign(actor_a=np.where(a <= b, a, b), actor_b=np.where(a <= b, b, a),
                            polarity=relations["polarity"].astype(int).astype(str))


def score_relations(relations: pd.DataFrame, gold: pd.DataFrame, sentences: pd.DataFrame,
                    gold_mentions: pd.DataFrame):
    """Each document's unordered pairs with their polarity. A missed pair is shown with the sentence
    of its gold evidence (or, without one, the first sentence naming both actors); a spurious one
    with the sentence of its cue."""
    predicted, expected = pairs(relations), pairs(gold)
    per_doc, errors = compare(predicted, expected, PAIR_KEY)
    first = {}  # (doc, a, b, polarity) → the first row's start, for each side
    for side, frame in (("spurious", predicted), ("missed", expected)):
        for key, start in zip(zip(*(frame[c] for c in PAIR_KEY)), frame["start"]):
            first.setdefault((side, key), start)
    within = Sentences(sentences)
    where = []
    for e in errors.itertuples():
        start = first[("spurious" if e.error == "spurious" else "missed", tuple(getattr(e, c) for c in PAIR_KEY))]
        if e.error == "spurious":
            at = int(start)
        else:
            at = int(start) if pd.notna(start) else both_named(gold_mentions, e.doc_id, e.actor_a, e.actor_b)
        where.append(within.at(e.doc_id, at))
    errors = pd.concat([errors.reset_index(drop=True),
                        pd.DataFrame(where, columns=["start", "end", "text"])], axis=1)
    errors["error"] = (errors["error"] + " " + errors["actor_a"] + " – " + errors["actor_b"] + " ("
                       + errors["polarity"] + ")")
    return per_doc, errors


class Sentences:
    """The sentence of a document that holds an offset: each document's sentences read once, found by bisection."""

    def __init__(self, sentences: pd.DataFrame):
        self.by_doc: dict[str, list[tuple[int, int, str]]] = {}
        for doc, start, end, text in zip(sentences["doc_id"], sentences["start"], sentences["end"], sentences["text"]):
            self.by_doc.setdefault(doc, []).append((int(start), int(end), str(text)))
        for rows in self.by_doc.values():
            rows.sort()

    def at(self, doc_id: str, offset: int | None) -> tuple:
        """(start, end, text) of the sentence of `doc_id` holding `offset`, or of its first sentence."""
        rows = self.by_doc[doc_id]
        if offset is not None:
            i = bisect.bisect_right(rows, (offset, float("inf"), "")) - 1
            if i >= 0 and rows[i][0] <= offset < rows[i][1]:
                return rows[i]
        return rows[0]


def both_named(mentions: pd.DataFrame, doc_id: str, a: str, b: str) -> int | None:
    """The offset by which both actors have been named (the later of their first gold mentions),
    or None: where to look for a missed relation whose gold gives no evidence."""
    m = mentions[mentions["doc_id"] == doc_id]
    firsts = [m.loc[m["actor_id"] == x, "start"].min() for x in (a, b)]
    known = [int(f) for f in firsts if pd.notna(f)]
    return max(known) if known else None


def score_events(events: pd.DataFrame, gold: pd.DataFrame):
    """Dated expressions: a prediction counts when it overlaps a gold expression of its document
    and has the same date and precision; every other prediction is spurious."""
    used, right, errors = set(), [], []
    by_doc: dict[str, list] = {}
    for p in events.itertuples():
        by_doc.setdefault(p.doc_id, []).append(p)
    for g in gold.itertuples(index=False):
        match = next((p for p in by_doc.get(g.doc_id, ()) if p.start < g.end and g.start < p.end
                      and p.Index not in used), None)
        if match is not None:
            used.add(match.Index)
            if (match.date, match.date_precision) == (g.date, g.date_precision):
                right.append(g.doc_id)
                continue
        got = f"{match.date} ({match.date_precision})" if match is not None else "nothing"
        errors.append({"doc_id": g.doc_id, "start": g.start, "end": g.end, "text": g.text,
                       "error": f"expected {g.date} ({g.date_precision}), got {got}"})
    for p in events.itertuples():
        if p.Index not in used:
            errors.append({"doc_id": p.doc_id, "start": p.start, "end": p.end, "text": p.text,
                           "error": f"spurious {p.date} ({p.date_precision})"})
    tp = pd.Series(right, dtype=str).value_counts()
    per_doc = pd.DataFrame({"tp": tp, "predicted": events["doc_id"].value_counts(),
                            "expected": gold["doc_id"].value_counts() if len(gold) else None}).fillna(0)
    per_doc = pd.DataFrame({"tp": per_doc["tp"], "fp": per_doc["predicted"] - per_doc["tp"],
                            "fn": per_doc["expected"] - per_doc["tp"]}).astype(int).rename_axis("doc_id")
    return per_doc, pd.DataFrame(errors, columns=["doc_id", "start", "end", "text", "error"])


# -- intervals ------------------------------------------------------------------------------------
MEASURES = {
    "precision": lambda c: ratio(c["tp"], c["tp"] + c["fp"]),
    "recall": lambda c: ratio(c["tp"], c["tp"] + c["fn"]),
    "f1": lambda c: ratio(2 * c["tp"], 2 * c["tp"] + c["fp"] + c["fn"]),
    "speaker accuracy": lambda c: ratio(c["right"], c["found"]),
}


def ratio(num, den):
    """num / den, 1.0 where nothing was expected or found (no error is possible)."""
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    return np.where(den > 0, num / np.where(den > 0, den, 1), 1.0)


def interval(per_doc: pd.DataFrame, measure: str, draws: int = DRAWS, seed: int = 0) -> tuple[float, float]:
    """The 95% percentile bootstrap interval of a measure, resampling documents with replacement."""
    counts = per_doc.to_numpy(dtype=float)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(counts), size=(draws, len(counts)))
    sums = counts[picks].sum(axis=1)
    values = MEASURES[measure]({c: sums[:, i] for i, c in enumerate(per_doc.columns)})
    low, high = np.percentile(values, [100 * (1 - LEVEL) / 2, 100 * (1 + LEVEL) / 2])
    return float(low), float(high)


# -- every extractor on every split -----------------------------------------------------------------
EXTRACTORS = ("mentions", "quotes", "relations", "timeline")


def score_split(split: Split, tables) -> tuple[list[dict], pd.DataFrame]:
    """Rows of the scores table and the errors of one split."""
    annotated = {d for d in split.files() if all((split.gold / k / f"{d}.csv").exists() for k in
                                                 ("mentions", "quotes", "relations", "events"))}
    docs = sorted(annotated & set(tables.documents["doc_id"]))  # an article still being annotated is not scored
    def mine(df: pd.DataFrame) -> pd.DataFrame:
        return df[df["doc_id"].isin(docs)] if len(df) else df
    gold = {kind: mine(gold_table(kind, split)) for kind in ("mentions", "quotes", "relations", "events")}
    ids = canonical_ids(gold["mentions"], default_reference())
    gold = {kind: canonical(kind, df, ids) for kind, df in gold.items()}
    results = {
        "mentions": score_mentions(mine(tables.mentions), gold["mentions"]),
        "quotes": score_quotes(mine(tables.quotes), gold["quotes"]),
        "relations": score_relations(mine(tables.relations), gold["relations"], mine(tables.sentences),
                                     gold["mentions"]),
        "timeline": score_events(mine(tables.events), gold["events"]),
    }
    rows, errors = [], []
    for extractor, (per_doc, found) in results.items():
        columns = ["tp", "fp", "fn"] + (["right", "found"] if extractor == "quotes" else [])
        counts = with_docs(per_doc, docs, columns)
        total = counts.sum()
        for measure in MEASURES:
            if measure not in ("precision", "recall", "f1") and extractor != "quotes":
                continue
            low, high = interval(counts, measure)
            rows.append({"split": split.name, "extractor": extractor, "measure": measure,
                         "value": round(float(MEASURES[measure](total)), 3), "low": round(low, 3),
                         "high": round(high, 3), "documents": len(docs),
                         "gold items": int(total["tp"] + total["fn"])})
        errors.append(found.assign(split=split.name, extractor=extractor))
    return rows, pd.concat(errors, ignore_index=True)


ERROR_COLUMNS = ["split", "extractor", "doc_id", "start", "end", "text", "error"]


def accuracy(tables_by_split: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The scores of every extractor on every split (one row per measure, with its interval), and
    every disagreement with its document, offsets and text."""
    rows, errors = [], []
    for name, tables in tables_by_split.items():
        r, e = score_split(SPLITS[name], tables)
        rows += r
        errors.append(e)
    scores = pd.DataFrame(rows)
    errors = pd.concat(errors, ignore_index=True)[ERROR_COLUMNS]
    for column in ("start", "end"):  # compared as text above
        errors[column] = pd.to_numeric(errors[column]).astype("Int64")
    errors = errors.sort_values(
        ["split", "extractor", "doc_id", "start", "error"], kind="stable").reset_index(drop=True)
    return scores, errors


ERROR_KINDS = {"missed": "missed", "spurious": "spurious", "speaker": "wrong speaker", "expected": "missed or wrong date"}


def error_counts(errors: pd.DataFrame) -> pd.DataFrame:
    """Errors counted by extractor and kind (`missed`, `spurious`, `wrong speaker`, `missed or wrong
    date`), with the number of documents they fall in: the shape of a split's errors when listing
    them all would be too long to read."""
    kind = errors["error"].str.split(" ", n=1).str[0].map(ERROR_KINDS).fillna("other")
    grouped = errors.assign(kind=kind).groupby(["extractor", "kind"], sort=True)
    return (grouped.size().rename("errors").to_frame()
            .join(grouped["doc_id"].nunique().rename("documents")).reset_index())


def summary(scores: pd.DataFrame) -> pd.DataFrame:
    """Scores as one row per extractor and split, each measure written `0.93 [0.88–0.97]`."""
    cell = scores.assign(cell=scores["value"].map("{:.2f}".format) + " [" + scores["low"].map("{:.2f}".format)
                         + "–" + scores["high"].map("{:.2f}".format) + "]")
    wide = cell.pivot_table(index=["extractor", "split"], columns="measure", values="cell", aggfunc="first",
                            sort=False).reindex(columns=list(MEASURES)).fillna("")
    items = scores.groupby(["extractor", "split"], sort=False)[["documents", "gold items"]].first()
    return items.join(wide).reset_index().rename_axis(columns=None)


def split_builds(split: str) -> list[tuple[Path, Path]]:
    """(articles folder, the folder its tables are built in) of each part of a gold split: dev is the seeds
    (`data/processed/`, as `make build` builds them) with `tests/articles/` (`data/processed-tests/`), test is
    `tests/gold/test/articles/` (`data/processed-heldout/`)."""
    from .build import PROCESSED
    built = {"dev": (PROCESSED, PROCESSED.parent / "processed-tests"), "test": (PROCESSED.parent / "processed-heldout",)}
    return list(zip(SPLITS[split].articles, built[split], strict=True))


def split_tables(copies: bool = False) -> dict:
    """The built tables of each split (`split_builds`), each rebuilt only when its articles or the code change;
    a build of dev keeps its parses for training (`train.parsed`). `copies`: wire copies kept (`build.load`)."""
    from .build import Tables, load
    out = {}
    for split in ("dev", "test"):
        parts = [load(articles, processed, copies=copies, parses=split == "dev")
                 for articles, processed in split_builds(split)]
        out[split] = parts[0] if len(parts) == 1 else Tables(
            {name: pd.concat([part[name] for part in parts], ignore_index=True).drop_duplicates(ignore_index=True)
             for name in parts[0]})
    return out
