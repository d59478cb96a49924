"""The document-level `dyads` table: grouping, rolling up to states, and its reference data."""

import pytest

from conftest import copy_reference

from analysis import build_tables, explore, parse_article
from analysis.dyads import dyads, rolled, rollup_table
from analysis.reference import Reference, ReferenceError, default_reference

SENTENCES = [{"sentence": 1, "start": 0, "end": 40, "text": "x" * 40},
             {"sentence": 2, "start": 41, "end": 90, "text": "y" * 49}]


def relation(n, source, target, polarity=1, start=0, sentence=1, relation_type="cooperation", cameo="060",
             date="2024-06-01"):
    return {"relation": n, "sentence": sentence, "start": start, "end": start + 5, "source_id": source,
            "target_id": target, "relation_type": relation_type, "polarity": polarity, "cameo": cameo,
            "date": date, "date_precision": "day"}


def test_a_person_counts_for_the_state_whose_office_they_hold_on_the_date():
    ref = default_reference()
    assert rolled(ref, "assimi-goita", "2024-06-01") == "MLI"
    assert rolled(ref, "omar-alieu-touray", "2024-06-01") == "ecowas"  # a Gambian who speaks for ECOWAS
    assert rolled(ref, "mohamed-bazoum", "2022-01-01") == "NER"


def test_companies_roll_up_to_their_country_and_armed_groups_stay_themselves():
    ref = default_reference()
    assert rolled(ref, "baykar", "2024") == "TUR"
    assert rolled(ref, "jnim", "2024") == "jnim"
    assert rolled(ref, "fla", "2024") == "fla"  # based in Mali, not Mali's act
    assert rolled(ref, "wagner-group", "2024") == "RUS"  # listed in rollups.csv with its source
    assert rolled(ref, "minusma", "2022") == "un"
    assert rolled(ref, "reuters", "2024") == "reuters"  # private outlet: listed as never rolled up
    assert rolled(ref, "wang-dong", "2024") == "wang-dong"  # a person the reference does not know


def test_one_row_per_pair_and_polarity_with_its_evidence_and_first_sentence():
    rows = dyads([relation(1, "MLI", "RUS", start=3), relation(2, "RUS", "MLI", start=50, sentence=2,
                                                                  relation_type="agreement", cameo="057"),
                  relation(3, "MLI", "RUS", polarity=-1, start=60, sentence=2, relation_type="rupture",
                           cameo="160")],
                 SENTENCES, default_reference())
    assert [(r["actor_a"], r["actor_b"], r["polarity"], r["evidence"], r["sentence"]) for r in rows] == [
        ("MLI", "RUS", 1, 2, 1), ("MLI", "RUS", -1, 1, 2)]
    assert rows[0]["relation_types"] == "agreement;cooperation" and rows[0]["cameo_codes"] == "057;060"
    assert (rows[0]["start"], rows[0]["end"], rows[0]["text"]) == (0, 40, "x" * 40)
    assert [r["dyad"] for r in rows] == [1, 2]


def test_rolled_up_ids_are_said_and_a_pair_that_rolls_onto_itself_is_dropped():
    rows = dyads([relation(1, "assimi-goita", "baykar"), relation(2, "assimi-goita", "MLI", start=50, sentence=2)],
                 SENTENCES, default_reference())
    assert len(rows) == 1
    assert (rows[0]["actor_a"], rows[0]["actor_b"]) == ("MLI", "TUR")
    assert rows[0]["rolled_up"] == "assimi-goita>MLI;baykar>TUR"


def test_dyads_table_built_from_text_points_at_its_sentence():
    text = ("Le président Assimi Goïta a signé vendredi un accord de défense avec la Russie. "
            "Le Mali a aussi rompu avec la France.")
    article = parse_article(f"date 2024-06-07\n{text}".encode(), "inline.txt")
    tables = build_tables([article])
    d = tables.dyads
    assert {(r.actor_a, r.actor_b, r.polarity) for r in d.itertuples()} >= {("MLI", "RUS", 1), ("FRA", "MLI", -1)}
    source = f"date 2024-06-07\n{text}"
    assert all(source[r.start:r.end] == r.text for r in d.itertuples())
    balance = explore.pair_balance(d, ["RUS"])
    assert balance[["actor", "counterpart", "cooperation_docs", "rupture_docs"]].values.tolist() == [["RUS", "MLI", 1, 0]]
    assert "No article" in explore.balance_sentence(explore.pair_balance(d, ["CHN"]), "China")


@pytest.mark.parametrize("line, problem", [
    ("nowhere,RUS,source", "unknown actor_id 'nowhere'"),
    ("jnim,XXX,source", "unknown actor_id 'XXX'"),
    ("jnim,MLI,", "needs its source"),
    ("wagner-group,RUS,again", "listed twice"),
])
def test_malformed_rollup_rows_are_refused_with_file_and_line(tmp_path, line, problem):
    folder = copy_reference(tmp_path)
    with (folder / "rollups.csv").open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    with pytest.raises(ReferenceError) as e:
        rollup_table(Reference(folder))
    assert "rollups.csv" in str(e.value) and "line" in str(e.value) and problem in str(e.value)
