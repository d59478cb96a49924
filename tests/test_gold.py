"""Gold: hand-annotated mentions and quotes of the seed and of our own articles."""

import pytest
from conftest import ARTICLES, SEEDS

from analysis.evaluate import gold_table, score_mentions, score_quotes

SUBSETS = {"seed": SEEDS, "own articles": ARTICLES}


def gold_for(kind: str, subset: str):
    files = {p.stem: p for p in sorted(SUBSETS[subset].glob("*.txt"))}
    gold = gold_table(kind, files)
    assert set(gold.doc_id) <= set(files)
    return files, gold


@pytest.mark.parametrize("subset", SUBSETS)
def test_mention_precision_and_recall(subset, tables, report):
    files, gold = gold_for("mentions", subset)
    assert set(gold.doc_id) == set(files), "every article needs a gold mentions file"
    score, errors = score_mentions(tables.mentions, gold)
    report(f"mentions, {subset} ({len(files)} articles, {len(gold)} gold): {score}")
    for e in errors.itertuples():
        report(f"    {e.error}: {e.doc_id} [{e.start}:{e.end}] {e.text!r} {e.actor_id}")
    assert score.precision >= 0.95 and score.recall >= 0.95


def report_quote_errors(report, errors):
    for e in errors.itertuples():
        detail = f" said by {e.speaker_id}, gold {e.speaker_id_gold}" if e.error == "speaker" else ""
        report(f"    {e.error}: {e.doc_id} [{e.start}:{e.end}] {e.text[:60]!r}{detail}")


def test_seed_quotes_all_found_and_speakers_right(tables, report):
    _, gold = gold_for("quotes", "seed")
    score, accuracy, errors = score_quotes(tables.quotes, gold)
    report(f"quotes, seed ({len(gold)} gold): {score}  speaker accuracy {accuracy:.3f}")
    report_quote_errors(report, errors)
    assert len(gold) == 10 and score.recall == 1.0
    assert round(accuracy * len(gold)) >= 9


def test_own_article_quotes_f1_and_speaker_accuracy(tables, report):
    _, gold = gold_for("quotes", "own articles")
    score, accuracy, errors = score_quotes(tables.quotes, gold)
    report(f"quotes, own articles ({len(gold)} gold): {score}  speaker accuracy {accuracy:.3f}")
    report_quote_errors(report, errors)
    assert set(gold.attribution) >= {"anonymous", "pronoun", "role", "title", "institution"}
    assert score.f1 >= 0.95 and accuracy >= 0.9


def test_gold_row_that_points_nowhere_fails_loudly(tmp_path):
    from analysis.evaluate import GoldError, read_gold_mentions
    article = tmp_path / "a.txt"
    article.write_text("date 2024 Le Mali.", encoding="utf-8")
    gold = tmp_path / "a.csv"
    gold.write_text("text,occurrence,actor_id\nMali,2,MLI\n", encoding="utf-8")
    with pytest.raises(GoldError, match="occurs 1 time"):
        read_gold_mentions(gold, article)


@pytest.mark.parametrize("subset", SUBSETS)
def test_relation_precision_and_recall(subset, tables, report):
    from analysis.evaluate import gold_relations, score_relations
    files = {p.stem: p for p in sorted(SUBSETS[subset].glob("*.txt"))}
    gold = gold_relations(files)
    assert set(gold.doc_id) == set(files), "every article needs a gold relations file"
    score, errors = score_relations(tables.relations, gold)
    report(f"relations (source, target, polarity), {subset} ({len(gold)} gold): {score}")
    for e in errors.itertuples():
        report(f"    {e.error}: {e.doc_id} {e.source_id} → {e.target_id} ({e.polarity})")
    assert score.precision >= 0.9 and score.recall >= 0.9


@pytest.mark.parametrize("subset", SUBSETS)
def test_timeline_date_precision_and_recall(subset, tables, report):
    from analysis.evaluate import score_events
    files, gold = gold_for("events", subset)
    assert set(gold.doc_id) == set(files), "every article needs a gold events file"
    score, errors = score_events(tables.events, gold)
    report(f"timeline (date, precision), {subset} ({len(gold)} gold): {score}")
    for e in errors.itertuples():
        report(f"    {e.doc_id} [{e.start}:{e.end}] {e.text!r}: {e.error}")
    assert score.precision >= 0.9 and score.recall >= 0.9


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
