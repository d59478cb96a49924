"""Gold: hand-annotated mentions, quotes, relations and dates of the seed and of our own articles.

The scores come from `analysis.evaluate.accuracy`, the same code as notebook 06-accuracy."""

import pytest

from analysis.evaluate import accuracy

FLOORS = {  # (precision, recall, speaker accuracy) each score must reach
    "mentions": (0.95, 0.95, None),
    "quotes": (0.95, 0.95, 0.9),
    "relations": (0.9, 0.9, None),
    "timeline": (0.9, 0.9, None),
}
SUBSETS = ("seed", "own articles")


@pytest.fixture(scope="module")
def scored(tables):
    return accuracy({subset: tables for subset in SUBSETS})


@pytest.mark.parametrize("subset", SUBSETS)
@pytest.mark.parametrize("extractor", FLOORS)
def test_precision_and_recall_on_gold(extractor, subset, scored, report):
    scores, errors = scored
    row = scores[(scores.extractor == extractor) & (scores["gold set"] == subset)].iloc[0]
    speaker = "" if row["speaker accuracy"] != row["speaker accuracy"] else f", speaker accuracy {row['speaker accuracy']:.3f}"
    report(f"{extractor}, {subset} ({row['gold items']} gold): precision {row.precision:.3f}, recall {row.recall:.3f}, "
           f"F1 {row.f1:.3f}{speaker}")
    for e in errors[(errors.extractor == extractor) & (errors["gold set"] == subset)].itertuples():
        report(f"    {e.doc_id} [{e.start}:{e.end}] {e.text!r}: {e.error}")
    p_floor, r_floor, s_floor = FLOORS[extractor]
    assert row["gold items"] > 0
    assert row.precision >= p_floor and row.recall >= r_floor
    if s_floor is not None:
        assert row["speaker accuracy"] >= s_floor


def test_seed_quotes_all_found_and_nine_speakers_right(scored):
    scores, _ = scored
    row = scores[(scores.extractor == "quotes") & (scores["gold set"] == "seed")].iloc[0]
    assert row["gold items"] == 10 and row.recall == 1.0 and round(row["speaker accuracy"] * 10) >= 9


def test_gold_covers_every_article_and_the_attribution_kinds():
    import pandas as pd

    from analysis.evaluate import GOLD, SUBSETS as FOLDERS
    for folder in FOLDERS.values():
        for article in folder.glob("*.txt"):
            for kind in ("mentions", "quotes", "relations", "events"):
                assert (GOLD / kind / f"{article.stem}.csv").exists(), (kind, article.name)
    own = pd.concat(pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted((GOLD / "quotes").glob("1*.csv")))
    assert set(own.attribution) >= {"anonymous", "pronoun", "role", "title", "institution"}


def test_gold_row_that_points_nowhere_fails_loudly(tmp_path):
    from analysis.evaluate import GoldError, read_gold_mentions
    article = tmp_path / "a.txt"
    article.write_text("date 2024 Le Mali.", encoding="utf-8")
    gold = tmp_path / "a.csv"
    gold.write_text("text,occurrence,actor_id\nMali,2,MLI\n", encoding="utf-8")
    with pytest.raises(GoldError, match="occurs 1 time"):
        read_gold_mentions(gold, article)


def test_seed_relations_named_in_the_issue(tables):
    r = tables.relations[tables.relations.doc_id == "000_b273b7090f03f003"]
    withdrawal = r[(r.target_id == "ecowas") & (r.relation_type == "withdrawal")]
    assert set(withdrawal.source_id) == {"MLI", "BFA", "NER"}
    assert set(withdrawal.plover + "/" + withdrawal.plover_mode) == {"SANCTION/withdraw"}
    assert set(withdrawal.date) == {"2024-01"}
    partners = r[(r.source_id == "aes") & (r.polarity == 1)]
    assert set(partners.target_id) >= {"RUS", "CHN", "TUR"} and set(partners.said_by) == {"assimi-goita"}
    visit = r[r.relation_type == "visit"]
    assert set(zip(visit.source_id, visit.target_id, visit.cameo)) == {
        ("assimi-goita", "BFA", "042"), ("BFA", "assimi-goita", "043")}
    assert set(visit.date) == {"2024-06"}
    e = tables.events[tables.events.doc_id == "000_b273b7090f03f003"]
    coups = e[e.event_type == "coup"]
    assert set(zip(coups.date, coups.date_precision)) == {("2020", "year"), ("2022", "year"), ("2023", "year")}
    assert ("2024-05", "month", "MID") in set(zip(e.date, e.date_precision, e.date_mod))
