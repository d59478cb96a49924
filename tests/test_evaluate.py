"""Scoring and gold checking: unordered relation pairs, bootstrap intervals, the gold validator."""

import pandas as pd

from analysis.evaluate import interval, pairs, score_relations
from analysis.gold import Split, canonical_ids, validate
from analysis.reference import default_reference


def relations(*rows):
    return pd.DataFrame([{"doc_id": d, "source_id": s, "target_id": t, "polarity": p, "start": 0, "end": 4}
                         for d, s, t, p in rows])


SENTENCES = pd.DataFrame([{"doc_id": "a", "sentence": 1, "start": 0, "end": 30, "text": "Bamako et Moscou signent."},
                          {"doc_id": "a", "sentence": 2, "start": 31, "end": 60, "text": "Paris proteste vivement."}])


def test_relation_pairs_ignore_direction_and_repeated_rows():
    predicted = relations(("a", "RUS", "MLI", 1), ("a", "MLI", "RUS", 1), ("a", "MLI", "RUS", 1))
    gold = relations(("a", "MLI", "RUS", "1"))
    per_doc, errors = score_relations(predicted, gold, SENTENCES, pd.DataFrame(columns=["doc_id", "actor_id", "start"]))
    assert per_doc.loc["a"].tolist() == [1, 0, 0] and errors.empty
    assert set(pairs(predicted)["actor_a"]) == {"MLI"}


def test_opposite_polarities_of_one_pair_are_two_items():
    predicted = relations(("a", "MLI", "FRA", 1))
    gold = relations(("a", "MLI", "FRA", "1"), ("a", "FRA", "MLI", "-1"))
    per_doc, _ = score_relations(predicted, gold, SENTENCES, pd.DataFrame(columns=["doc_id", "actor_id", "start"]))
    assert per_doc.loc["a"].tolist() == [1, 0, 1]


def test_missed_relation_is_shown_with_the_sentence_of_its_evidence():
    gold = relations(("a", "FRA", "MLI", "-1")).assign(start=31, end=45)
    _, errors = score_relations(relations(("a", "MLI", "RUS", 1)).iloc[:0], gold, SENTENCES,
                                pd.DataFrame(columns=["doc_id", "actor_id", "start"]))
    assert errors.loc[0, ["start", "end", "text"]].tolist() == [31, 60, "Paris proteste vivement."]
    assert errors.loc[0, "error"] == "missed FRA – MLI (-1)"


def test_bootstrap_interval_is_a_point_when_every_document_scores_the_same():
    per_doc = pd.DataFrame({"tp": [2, 2, 2], "fp": [0, 0, 0], "fn": [2, 2, 2]}, index=["a", "b", "c"])
    assert interval(per_doc, "recall") == (0.5, 0.5)


def test_bootstrap_interval_holds_the_value_and_is_reproducible():
    per_doc = pd.DataFrame({"tp": [5, 1, 3, 0, 4], "fp": [0, 2, 1, 1, 0], "fn": [1, 3, 0, 2, 0]})
    low, high = interval(per_doc, "precision")
    value = per_doc.tp.sum() / (per_doc.tp.sum() + per_doc.fp.sum())
    assert low < value < high and interval(per_doc, "precision") == (low, high)


def gold_split(tmp_path, article: str, files: dict) -> Split:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(article, encoding="utf-8")
    for kind in ("mentions", "quotes", "relations", "events"):
        (tmp_path / kind).mkdir()
        (tmp_path / kind / "a.csv").write_text(files[kind], encoding="utf-8")
    return Split("tmp", (tmp_path / "articles",), tmp_path)


EMPTY = {"quotes": "text,occurrence,speaker_id,attribution\n",
         "relations": "source_id,target_id,polarity,evidence,occurrence,notes\n",
         "events": "text,occurrence,date,date_precision,date_mod\n"}


def test_validator_accepts_reference_ids_iso3_and_slugs_of_the_fullest_name(tmp_path):
    split = gold_split(tmp_path, "date 2025-01-02\nLe ministre Wang Yi a reçu M. Wang au Mali.", {
        **EMPTY, "mentions": "text,occurrence,actor_id\nWang Yi,1,wang-yi\nWang,2,wang-yi\nMali,1,MLI\n"})
    assert validate(split) == []


def test_validator_flags_a_misspelt_id_and_a_relation_with_an_unannotated_party(tmp_path):
    split = gold_split(tmp_path, "date 2025-01-02\nWang Yi a signé un accord avec le Mali.", {
        **EMPTY, "mentions": "text,occurrence,actor_id\nWang Yi,1,wang-yl\nMali,1,MLI\n",
        "relations": "source_id,target_id,polarity,evidence,occurrence,notes\n"
                     "wang-yl,CHN,+1,a signé un accord,1,\n"})
    problems = validate(split)
    assert any("not the slug" in p for p in problems)
    assert any("CHN is not annotated" in p for p in problems)


def test_validator_flags_a_missing_gold_file_and_a_span_that_points_nowhere(tmp_path):
    split = gold_split(tmp_path, "date 2025-01-02\nLe Mali.", {
        **EMPTY, "mentions": "text,occurrence,actor_id\nMali,2,MLI\n"})
    (tmp_path / "events" / "a.csv").unlink()
    problems = validate(split)
    assert any("occurs 1 time(s), not 2" in p for p in problems)
    assert any(p.endswith("events/a.csv: missing") for p in problems)


def test_a_coined_id_of_a_known_person_s_fuller_name_is_the_table_s_id():
    gold = pd.DataFrame({"doc_id": ["d", "d"], "actor_id": ["faure-essozimna-gnassingbe", "mamadou-abdoulaye-diop"],
                         "text": ["Faure Essozimna Gnassingbé", "Mamadou Abdoulaye Diop"]})
    assert canonical_ids(gold, default_reference()) == {("d", "faure-essozimna-gnassingbe"): "faure-gnassingbe"}


def test_error_counts_group_errors_by_extractor_and_kind():
    import pandas as pd

    from analysis.evaluate import error_counts
    errors = pd.DataFrame({"extractor": ["quotes", "quotes", "mentions", "timeline"],
                           "doc_id": ["a", "b", "a", "a"],
                           "error": ["speaker MLI, gold NER", "speaker none, gold aes", "missed BFA",
                                     "expected 2025 (year), got nothing"]})
    counts = error_counts(errors).set_index(["extractor", "kind"])
    assert counts.loc[("quotes", "wrong speaker")].tolist() == [2, 2]
    assert counts.loc[("mentions", "missed")].tolist() == [1, 1]
    assert counts.loc[("timeline", "missed or wrong date")].tolist() == [1, 1]
