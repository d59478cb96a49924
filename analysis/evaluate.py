"""Score the extractors against hand-made gold annotations (`tests/gold/`).

A gold file lists, per article, each expected mention as `text,occurrence,actor_id`: the
occurrence-th whole-word match of `text` in the article. Offsets are derived here, so the
annotator never counts characters, and a row that matches nothing fails loudly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .corpus import read_article

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


class GoldError(ValueError):
    """A gold row does not point at the article text."""


def locate(source: str, text: str, occurrence: int) -> tuple[int, int]:
    """(start, end) of the occurrence-th whole-word match of `text` in `source` (from 1);
    a space in `text` matches any one whitespace character, no-break spaces included."""
    pattern = re.escape(text).replace("\\ ", "\\s")
    matches = list(re.finditer(rf"(?<!\w){pattern}(?!\w)", source))
    if not 1 <= occurrence <= len(matches):
        raise GoldError(f"{text!r} occurs {len(matches)} time(s), not {occurrence}")
    m = matches[occurrence - 1]
    return m.start(), m.end()


def read_gold(gold_file: Path, article_file: Path) -> pd.DataFrame:
    """One article's gold rows with offsets added: doc_id, start, end, then the file's columns."""
    source = read_article(article_file).text
    gold = pd.read_csv(gold_file, dtype=str, keep_default_na=False)
    spans = []
    for n, row in enumerate(gold.itertuples(index=False), start=2):
        try:
            spans.append(locate(source, row.text, int(row.occurrence)))
        except (GoldError, ValueError) as e:
            raise GoldError(f"{gold_file}, line {n}: {e}") from None
    out = gold.drop(columns="occurrence")
    out.insert(0, "doc_id", article_file.stem)
    out.insert(1, "start", [s for s, _ in spans])
    out.insert(2, "end", [e for _, e in spans])
    return out


def read_gold_mentions(gold_file: Path, article_file: Path) -> pd.DataFrame:
    """Gold mentions of one article: doc_id, start, end, text, actor_id."""
    return read_gold(gold_file, article_file)[["doc_id", "start", "end", "text", "actor_id"]]


def gold_table(kind: str, articles: dict[str, Path], gold_dir: Path = GOLD) -> pd.DataFrame:
    """Gold rows of one kind (`mentions`, `quotes`) for every article (doc_id → file) that has them."""
    frames = [read_gold(gold_dir / kind / f"{doc_id}.csv", path)
              for doc_id, path in sorted(articles.items()) if (gold_dir / kind / f"{doc_id}.csv").exists()]
    return pd.concat(frames, ignore_index=True)



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

    def __str__(self) -> str:
        return (f"precision {self.precision:.3f}  recall {self.recall:.3f}  f1 {self.f1:.3f}  "
                f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})")


def compare(predicted: pd.DataFrame, gold: pd.DataFrame, key: list[str]) -> tuple[Score, pd.DataFrame]:
    """Score predictions against gold on the `key` columns; also return the disagreements
    (column `error`: `missed` for gold rows not predicted, `spurious` for the reverse)."""
    p = predicted[key].drop_duplicates().astype(str)
    g = gold[key].drop_duplicates().astype(str)
    both = p.merge(g, on=key, how="outer", indicator=True)
    tp = int((both["_merge"] == "both").sum())
    fp = int((both["_merge"] == "left_only").sum())
    fn = int((both["_merge"] == "right_only").sum())
    errors = both[both["_merge"] != "both"].copy()
    errors["error"] = errors["_merge"].map({"left_only": "spurious", "right_only": "missed"}).astype(str)
    errors = errors.drop(columns="_merge").sort_values(key).reset_index(drop=True)
    return Score(tp, fp, fn), errors


MENTION_KEY = ["doc_id", "start", "end", "actor_id"]
SPEAKER_METHODS = ("pronoun", "role")


def score_mentions(mentions: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, pd.DataFrame]:
    """Mention precision and recall: a mention counts when span and actor id both match gold.
    The gold covers named mentions; a quote speaker's pronoun and role mentions are scored
    with the quotes."""
    predicted = mentions[mentions["doc_id"].isin(set(gold["doc_id"])) & ~mentions["method"].isin(SPEAKER_METHODS)]
    score, errors = compare(predicted, gold, MENTION_KEY)
    texts = pd.concat([predicted[MENTION_KEY + ["text"]], gold[MENTION_KEY + ["text"]]]).astype(str)
    errors = errors.merge(texts.drop_duplicates(MENTION_KEY), on=MENTION_KEY, how="left")
    return score, errors


QUOTE_KEY = ["doc_id", "start", "end"]


def score_quotes(quotes: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, float, pd.DataFrame]:
    """Quote span precision and recall, speaker accuracy on the quotes found, and the errors
    (`missed`, `spurious`, or `speaker` with the predicted and gold speaker side by side)."""
    predicted = quotes[quotes["doc_id"].isin(set(gold["doc_id"]))]
    score, errors = compare(predicted, gold, QUOTE_KEY)
    both = predicted.astype({"start": int, "end": int}).merge(
        gold.astype({"start": int, "end": int}), on=QUOTE_KEY, suffixes=("", "_gold"))
    said = both["speaker_id"].fillna("").astype(str)
    right = said == both["speaker_id_gold"].fillna("").astype(str)
    accuracy = float(right.mean()) if len(both) else 1.0
    wrong = both.loc[~right, QUOTE_KEY + ["text", "speaker_id", "speaker_id_gold"]].assign(error="speaker")
    texts = pd.concat([predicted[QUOTE_KEY + ["text"]], gold[QUOTE_KEY + ["text"]]]).astype(str)
    errors = errors.merge(texts.drop_duplicates(QUOTE_KEY), on=QUOTE_KEY, how="left")
    return score, accuracy, pd.concat([errors, wrong.astype(str)], ignore_index=True)


RELATION_KEY = ["doc_id", "source_id", "target_id", "polarity"]


def read_gold_relations(gold_file: Path, doc_id: str) -> pd.DataFrame:
    """Gold relations of one article: directed dyads with their polarity (no spans)."""
    gold = pd.read_csv(gold_file, dtype=str, keep_default_na=False)
    gold.insert(0, "doc_id", doc_id)
    return gold


def gold_relations(articles: dict[str, Path], gold_dir: Path = GOLD) -> pd.DataFrame:
    frames = [read_gold_relations(gold_dir / "relations" / f"{doc_id}.csv", doc_id)
              for doc_id in sorted(articles) if (gold_dir / "relations" / f"{doc_id}.csv").exists()]
    return pd.concat(frames, ignore_index=True)


def score_relations(relations: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, pd.DataFrame]:
    """Relation precision and recall at (source, target, polarity) per document."""
    predicted = relations[relations["doc_id"].isin(set(gold["doc_id"]))].astype({"polarity": int})
    return compare(predicted.astype({"polarity": str}), gold, RELATION_KEY)


def score_events(events: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, pd.DataFrame]:
    """Timeline precision and recall: a predicted expression counts when it overlaps a gold
    expression of its document and has the same date and precision."""
    predicted = events[events["doc_id"].isin(set(gold["doc_id"]))]
    used, errors, tp = set(), [], 0
    for g in gold.itertuples(index=False):
        match = next((p for p in predicted.itertuples() if p.doc_id == g.doc_id and p.start < g.end
                      and g.start < p.end and p.Index not in used), None)
        if match is not None:
            used.add(match.Index)
        if match is not None and (match.date, match.date_precision) == (g.date, g.date_precision):
            tp += 1
            continue
        got = f"{match.date} ({match.date_precision})" if match is not None else "nothing"
        errors.append({"doc_id": g.doc_id, "start": g.start, "end": g.end, "text": g.text,
                       "error": f"expected {g.date} ({g.date_precision}), got {got}"})
    for p in predicted.itertuples():
        if p.Index not in used:
            errors.append({"doc_id": p.doc_id, "start": p.start, "end": p.end, "text": p.text,
                           "error": f"spurious {p.date} ({p.date_precision})"})
    fn = len(gold) - tp
    fp = len(predicted) - tp
    return Score(tp, fp, fn), pd.DataFrame(errors, columns=["doc_id", "start", "end", "text", "error"])


ROOT = GOLD.parent.parent
SUBSETS = {"seed": ROOT / "seeds", "own articles": ROOT / "tests" / "articles"}
PROCESSED_TESTS = ROOT / "data" / "processed-tests"


def gold_subset_tables() -> dict:
    """The built tables of each gold subset: the seeds, and the test articles (built once into
    `data/processed-tests/`, rebuilt only when they change)."""
    from .build import load
    return {"seed": load(), "own articles": load(SUBSETS["own articles"], PROCESSED_TESTS)}


def accuracy(tables_by_subset: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores of every extractor on every gold subset, and the disagreements behind them."""
    scores, errors = [], []
    for subset, tables in tables_by_subset.items():
        files = {p.stem: p for p in sorted(SUBSETS[subset].glob("*.txt")) if p.stem in set(tables.documents.doc_id)}
        checks = {
            "mentions": lambda: (*score_mentions(tables.mentions, gold_table("mentions", files)), None),
            "quotes": lambda: _quotes(tables, files),
            "relations": lambda: (*score_relations(tables.relations, gold_relations(files)), None),
            "timeline": lambda: (*score_events(tables.events, gold_table("events", files)), None),
        }
        for extractor, check in checks.items():
            score, found, speaker = check()
            scores.append({"extractor": extractor, "gold set": subset,
                           "gold items": score.true_positives + score.false_negatives,
                           "precision": round(score.precision, 3), "recall": round(score.recall, 3),
                           "f1": round(score.f1, 3), "speaker accuracy": speaker})
            for e in found.to_dict("records"):
                errors.append({"extractor": extractor, "gold set": subset, "doc_id": e.get("doc_id"),
                               "start": e.get("start"), "end": e.get("end"), "text": e.get("text"),
                               "error": describe(e)})
    return pd.DataFrame(scores), pd.DataFrame(errors, columns=["extractor", "gold set", "doc_id", "start", "end",
                                                               "text", "error"])


def _quotes(tables, files):
    score, speaker, found = score_quotes(tables.quotes, gold_table("quotes", files))
    return score, found, round(speaker, 3)


def describe(error: dict) -> str:
    """One line on a disagreement, whatever the extractor."""
    kind = error["error"]
    if kind == "speaker":
        return f"speaker {error['speaker_id']}, gold {error['speaker_id_gold']}"
    if "source_id" in error and error.get("source_id") is not None and kind in ("missed", "spurious"):
        return f"{kind} {error['source_id']} → {error['target_id']} ({error['polarity']})"
    if "actor_id" in error and kind in ("missed", "spurious"):
        return f"{kind} {error['actor_id']}"
    return kind
