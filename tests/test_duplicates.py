"""Wire copies: exact and edited reprints grouped under the earliest article, unrelated articles apart."""

import random

import pytest

from analysis import parse_article
from analysis.duplicates import Copy, find_copies

LEAD = ("Niamey a annoncé jeudi la création d'un corridor logistique reliant le port de Lomé aux capitales de "
        "l'Alliance des Etats du Sahel, afin de contourner les frontières fermées avec le Bénin depuis l'été.")
SECOND = ("Selon le ministre nigérien du Commerce, les premiers convois de camions-citernes partiront la semaine "
          "prochaine sous escorte militaire, après un accord signé avec les autorités togolaises.")
THIRD = ("Le Burkina Faso et le Mali, également enclavés, comptent rejoindre le dispositif d'ici la fin de l'année, "
         "a précisé une source diplomatique à Ouagadougou sous couvert d'anonymat.")
OTHER = ("A Bamako, la justice militaire a condamné par contumace un ancien Premier ministre pour atteinte à la "
         "sûreté de l'Etat, une décision dénoncée par ses avocats comme purement politique.")


def article(doc_id, date, *paragraphs, header=""):
    return parse_article(f"date {date}\n{header}{chr(10).join(p + chr(10) for p in paragraphs)}".encode(),
                         f"{doc_id}.txt")


def test_same_words_under_another_headline_and_layout_is_an_exact_copy():
    original = article("b", "2024-03-01", LEAD, SECOND, header="title: Un corridor vers Lomé\nsource: AFP\n")
    reprint = article("a", "2024-03-02", LEAD + "\n" + SECOND.upper(), header="title: Le Niger contourne le Bénin\n")
    assert find_copies([original, reprint]) == {"a": Copy("b", 1.0)}


def test_reprint_with_a_paragraph_cut_and_one_added_is_a_copy_of_the_dispatch():
    dispatch = article("afp", "2024-03-01", LEAD, SECOND, THIRD)
    cut = article("journal", "2024-03-01", LEAD, SECOND)
    added = article("site", "2024-03-02", LEAD, SECOND, THIRD, OTHER)
    copies = find_copies([cut, added, dispatch])
    assert set(copies) == {"journal", "site"}
    assert {c.duplicate_of for c in copies.values()} == {"afp"}
    assert 0.5 <= copies["site"].similarity < 1 and 0.5 <= copies["journal"].similarity < 1


def test_articles_sharing_one_background_sentence_stay_apart():
    one = article("one", "2024-03-01", LEAD, SECOND)
    two = article("two", "2024-03-01", OTHER, SECOND)
    assert find_copies([one, two]) == {}


def test_the_original_is_the_earliest_then_the_smallest_doc_id():
    late, early = article("a", "2024-03-05", LEAD, SECOND), article("z", "2024-03", LEAD, SECOND)
    same_day = article("m", "2024-03-01", LEAD, SECOND)
    assert {c.duplicate_of for c in find_copies([late, early, same_day]).values()} == {"m"}


def test_groups_do_not_depend_on_the_order_articles_come_in():
    articles = [article(f"d{i}", f"2024-03-0{1 + i % 3}", LEAD, SECOND, THIRD if i % 2 else OTHER) for i in range(6)]
    shuffled = articles[:]
    random.Random(3).shuffle(shuffled)
    assert find_copies(articles) == find_copies(shuffled)


def test_unique_tables_count_each_group_once_and_copies_point_to_their_original():
    from analysis import build_tables
    tables = build_tables([article("afp", "2024-03-01", LEAD, SECOND, THIRD),
                           article("reprint", "2024-03-02", LEAD, SECOND, header="title: Corridor\n"),
                           article("other", "2024-03-02", OTHER)])
    docs = tables.documents.set_index("doc_id")
    assert docs.loc["reprint", "duplicate_of"] == "afp" and docs.loc["reprint", "title"] == "Corridor"
    assert docs.loc["reprint", "similarity"] == pytest.approx(0.62, abs=0.1)
    assert docs["duplicate_of"].isna().sum() == 2
    unique = tables.unique()
    assert sorted(unique.documents["doc_id"]) == ["afp", "other"]
    assert set(unique.sentences["doc_id"]) == {"afp", "other"} and len(unique.actors) == len(tables.actors)


def test_generated_wire_copies_are_found_without_mixing_stories():
    from analysis.bench import grouping
    result = grouping(stories=200, copies=5)  # 1 000 articles; `make bench` runs 5 000
    assert result["recall"] >= 0.95 and result["false_groups"] == 0
