"""Gold: every actor mention of the seed and of our own articles, annotated by hand."""

import pytest
from conftest import ARTICLES, SEEDS

from analysis.evaluate import gold_mentions, score_mentions

FLOOR = 0.95


@pytest.mark.parametrize("subset", ["seed", "own articles"])
def test_mention_precision_and_recall(subset, tables, report):
    folder = SEEDS if subset == "seed" else ARTICLES
    files = {p.stem: p for p in sorted(folder.glob("*.txt"))}
    gold = gold_mentions(files)
    assert set(gold.doc_id) == set(files), "every article needs a gold file"
    score, errors = score_mentions(tables.mentions, gold)
    report(f"mentions, {subset} ({len(files)} articles, {len(gold)} gold): {score}")
    for e in errors.itertuples():
        report(f"    {e.error}: {e.doc_id} [{e.start}:{e.end}] {e.text!r} {e.actor_id}")
    assert score.precision >= FLOOR and score.recall >= FLOOR


def test_gold_row_that_points_nowhere_fails_loudly(tmp_path):
    from analysis.evaluate import GoldError, read_gold_mentions
    article = tmp_path / "a.txt"
    article.write_text("date 2024 Le Mali.", encoding="utf-8")
    gold = tmp_path / "a.csv"
    gold.write_text("text,occurrence,actor_id\nMali,2,MLI\n", encoding="utf-8")
    with pytest.raises(GoldError, match="occurs 1 time"):
        read_gold_mentions(gold, article)
