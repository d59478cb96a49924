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
    """(start, end) of the occurrence-th whole-word match of `text` in `source` (from 1)."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", source))
    if not 1 <= occurrence <= len(matches):
        raise GoldError(f"{text!r} occurs {len(matches)} time(s), not {occurrence}")
    m = matches[occurrence - 1]
    return m.start(), m.end()


def read_gold_mentions(gold_file: Path, article_file: Path) -> pd.DataFrame:
    """Gold mentions of one article with offsets: doc_id, start, end, text, actor_id."""
    source = read_article(article_file).text
    gold = pd.read_csv(gold_file, dtype=str, keep_default_na=False)
    rows = []
    for n, row in enumerate(gold.itertuples(index=False), start=2):
        try:
            start, end = locate(source, row.text, int(row.occurrence))
        except (GoldError, ValueError) as e:
            raise GoldError(f"{gold_file}, line {n}: {e}") from None
        rows.append({"doc_id": article_file.stem, "start": start, "end": end, "text": row.text,
                     "actor_id": row.actor_id})
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "text", "actor_id"])


def gold_mentions(articles: dict[str, Path], gold_dir: Path = GOLD / "mentions") -> pd.DataFrame:
    """Gold mentions of every article (doc_id → file) that has a gold file."""
    frames = [read_gold_mentions(gold_dir / f"{doc_id}.csv", path)
              for doc_id, path in sorted(articles.items()) if (gold_dir / f"{doc_id}.csv").exists()]
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


def score_mentions(mentions: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, pd.DataFrame]:
    """Mention precision and recall: a mention counts when span and actor id both match gold."""
    predicted = mentions[mentions["doc_id"].isin(set(gold["doc_id"]))]
    score, errors = compare(predicted, gold, MENTION_KEY)
    texts = pd.concat([predicted[MENTION_KEY + ["text"]], gold[MENTION_KEY + ["text"]]]).astype(str)
    errors = errors.merge(texts.drop_duplicates(MENTION_KEY), on=MENTION_KEY, how="left")
    return score, errors
