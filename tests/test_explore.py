"""The views and figures the notebooks share."""

import pandas as pd
import pytest

from analysis import Tables, build_tables, explore, parse_article, plots

TEXT = ("date 2024-06\nLe Mali et la Russie ont signé un accord. Le Mali veut des partenaires sincères tels que la Chine.\n\n"
        "« La Russie est un partenaire fiable », a affirmé Ibrahim Traoré.")


def tables_and_texts():
    article = parse_article(TEXT.encode(), "doc.txt")
    return build_tables([article]), {"doc": article.text}


def test_kwic_rows_point_at_the_mention():
    tables, texts = tables_and_texts()
    k = explore.kwic(tables, ["RUS"], texts=texts)
    assert len(k) == 2
    assert all(texts["doc"][r.start:r.end] == r.text == "Russie" for r in k.itertuples())


def test_co_mentions_count_sentences_shared():
    tables, _ = tables_and_texts()
    edges = explore.co_mentions(tables.mentions)
    assert ("MLI", "RUS", 1) in set(zip(edges.actor_a, edges.actor_b, edges.sentences))


def test_quote_shares_sum_to_one():
    tables, _ = tables_and_texts()
    shares = explore.quote_shares(tables.quotes)
    assert list(shares.speaker) == ["ibrahim-traore"] and shares.share.sum() == 1


def test_framing_collects_the_qualifying_words():
    tables, texts = tables_and_texts()
    f = explore.framing(tables, r"partenai", texts=texts)
    assert ("partenaires sincères", "sincères") in set(zip(f.text, f.frame))
    assert ("partenaire fiable", "fiable", "ibrahim-traore") in set(zip(f.text, f.frame, f.said_by))


def test_highlight_escapes_the_article_text():
    html = plots.highlight("<b>Mali</b> & « x »", pd.DataFrame(
        [{"start": 3, "end": 7, "actor_kind": "state", "actor_id": "MLI", "method": "name"}]),
        pd.DataFrame(columns=["start", "end", "speaker_id"]))._repr_html_()
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert 'title="state MLI (name)">Mali</mark>' in html


def test_kwic_left_context_starts_on_a_whole_word():
    tables, texts = tables_and_texts()
    k = explore.kwic(tables, ["CHN"], texts=texts, width=20)  # 20 characters back fall inside "sincères"
    assert list(k.left) == ["… tels que la"]


def test_kwic_right_context_ends_on_a_whole_word():
    text = "Le Mali salue la Russie partenaire fiable et constant."
    assert explore.right_context(text, 23, len(text), 14) == "partenaire …"  # 14 characters end inside "fiable"
    assert explore.right_context(text, 23, len(text), 80) == "partenaire fiable et constant."


def test_left_context_keeps_the_whole_sentence_when_it_fits():
    text = "Avant. Le Mali salue la Russie."
    assert explore.left_context(text, 7, 24, 60) == "Le Mali salue la"


def test_empty_view_says_what_was_looked_for_and_where():
    assert explore.nothing_found("quotation naming France", 3) == \
        "In the 3 articles selected, no quotation naming France was found."
    shown = explore.show(pd.DataFrame(columns=["doc_id", "text"]), "quotation naming France", among=1)
    assert repr(shown) == "In the 1 article selected, no quotation naming France was found."
    assert shown._repr_html_() == "<p>In the 1 article selected, no quotation naming France was found.</p>"


def test_shown_table_keeps_every_row_and_the_whole_text():
    long = "« " + "Le Mali ne reviendra pas sur sa décision souveraine de quitter la CEDEAO. " * 5 + "»"
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(120)], "text": [long] * 120})
    html = explore.show(df, "quotation")._repr_html_()
    assert html.count("<tr>") == 121 and html.count(long.replace("«", "«")) == 120
    assert "text-align:left;white-space:normal" in html  # long text wraps, left-aligned
    assert '<td style="text-align:right;white-space:nowrap;vertical-align:top">d119</td>' in html  # ids on one line
    assert long in repr(explore.show(df, "quotation")) and "0x" not in repr(explore.show(df, "quotation"))


def test_shown_kwic_sets_the_keyword_apart_between_aligned_contexts():
    df = pd.DataFrame({"left": ["… avec la"], "text": ["Russie"], "right": ["<b>accord</b> …"]})
    html = explore.show(df, "mention", kwic=True)._repr_html_()
    assert '<td style="text-align:right;white-space:normal' in html.split("Russie")[0]
    assert 'font-weight:bold;' in html and "&lt;b&gt;accord" in html


def test_show_puts_its_caption_above_the_table_or_alone_when_empty():
    df = pd.DataFrame({"actor": ["RUS"], "n": [1]})
    assert explore.show(df, caption="1 pair.")._repr_html_().startswith("<p>1 pair.</p><table")
    assert explore.show(df.head(0), caption="No pair.")._repr_html_() == "<p>No pair.</p>"


def test_a_paged_listing_shows_one_page_and_says_which_rows_of_how_many():
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(1203)], "n": range(1203)})
    html = explore.show(df, "error", page=3, per_page=500)._repr_html_()
    assert html.count("<tr>") == 1 + 203 and ">d1000<" in html and ">d999<" not in html
    assert html.startswith("<p>Rows 1 001 to 1 203 of 1 203 (page 3 of 3); set `page`")
    assert explore.show(df.head(40), "error", page=1, per_page=500)._repr_html_().count("<tr>") == 41  # one page
    with pytest.raises(ValueError, match="page 4 does not exist: the 1203 rows make pages 1 to 3"):
        explore.show(df, "error", page=4, per_page=500)


def test_actor_names_fall_back_to_the_longest_mention_of_an_unlisted_person():
    actors = pd.DataFrame({"actor_id": ["RUS"], "name": ["Russie"], "name_en": ["Russia"]})
    mentions = pd.DataFrame({"actor_id": ["ali-zeine", "ali-zeine"], "text": ["Zeine", "Ali Mahaman Lamine Zeine"]})
    assert explore.actor_names(actors, mentions) == {"RUS": "Russia", "ali-zeine": "Ali Mahaman Lamine Zeine"}


def test_a_week_counts_in_the_month_of_its_thursday():
    assert explore.month_of("2024-W31") == "2024-08"  # Monday 29 July, Thursday 1 August
    assert (explore.month_of("2024-06-07"), explore.month_of("2024-06"), explore.month_of("2024")) == \
        ("2024-06", "2024-06", None)


def small_corpus(**documents_extra) -> Tables:
    """Three articles by hand: January, March (to the month) and one dated to the year only."""
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "date": ["2024-01-05", "2024-03", "2024"], **documents_extra})
    mentions = pd.DataFrame({"doc_id": ["a", "a", "a", "b", "c"], "actor_id": ["RUS", "RUS", "FRA", "RUS", "RUS"]})
    dyads = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "actor_a": ["MLI", "FRA", "FRA", "MLI"],
                          "actor_b": ["RUS", "MLI", "RUS", "RUS"], "polarity": [1, -1, -1, 1]})
    quotes = pd.DataFrame({"doc_id": ["a", "b", "b"], "speaker_id": ["MLI", "MLI", None],
                           "attribution": ["name", "name", "anonymous"]})
    return Tables(documents=documents, mentions=mentions, dyads=dyads, quotes=quotes)


def test_monthly_counts_mentions_and_pairs_by_polarity_in_every_month():
    m = explore.monthly(small_corpus(), ["RUS", "FRA"])
    assert list(m.month.unique()) == ["2024-01", "2024-02", "2024-03"]  # February is there, with zeros
    rows = {(r.month, r.actor_id): (r.mentions, r.articles, r.cooperation, r.rupture) for r in m.itertuples()}
    assert rows[("2024-01", "RUS")] == (2, 1, 1, 0)
    assert rows[("2024-01", "FRA")] == (1, 1, 0, 1)
    assert rows[("2024-02", "RUS")] == (0, 0, 0, 0)
    assert rows[("2024-03", "RUS")] == (1, 1, 0, 1) and rows[("2024-03", "FRA")] == (0, 0, 0, 1)
    assert m.mentions.sum() == 4  # the article dated to the year only is left out


def test_monthly_counts_a_wire_copy_group_once():
    m = explore.monthly(small_corpus(duplicate_of=[None, "a", None]), ["RUS"])  # b reprints a
    assert list(m.month) == ["2024-01"] and int(m.mentions.sum()) == 2 and int(m.rupture.sum()) == 0


def test_monthly_sentence_asks_for_more_than_one_month():
    one = explore.monthly(small_corpus(date=["2024-03-01", "2024-03", "2024"]), ["RUS"])
    assert explore.monthly_sentence(one, {"Russia": ["RUS"]}) == (
        "The selection covers one month (2024-03): comparing coverage over time needs articles from at least two months.")
    two = explore.monthly(small_corpus(), ["RUS", "FRA"])
    assert explore.monthly_sentence(two, {"Russia": ["RUS"], "France": ["FRA"]}) == (
        "From 2024-01 to 2024-03 (3 months): Russia 3 mentions, 1 cooperative and 1 conflictual pairs; "
        "France 1 mentions, 0 cooperative and 2 conflictual pairs.")


def test_quoted_per_outlet_needs_outlets():
    assert explore.quoted_per_outlet(small_corpus()).empty
    assert "documents.source" in explore.outlets_missing(small_corpus().documents)
    assert "documents.source" in explore.outlets_missing(small_corpus(source=[None, None, None]).documents)


def test_quoted_per_outlet_counts_speakers_per_outlet_and_copies_once():
    table = explore.quoted_per_outlet(small_corpus(source=["RFI", "Le Monde", None]))
    assert explore.outlets_missing(small_corpus(source=["RFI", None, None]).documents) is None
    assert table.loc["MLI"].to_dict() == {"Le Monde": 1, "RFI": 1} and table.loc["(anonymous)", "Le Monde"] == 1
    copies = explore.quoted_per_outlet(small_corpus(source=["RFI", "Le Monde", None], duplicate_of=[None, "a", None]))
    assert list(copies.columns) == ["RFI"] and copies.loc["MLI", "RFI"] == 1


def test_copies_sentence_says_how_many_copies_of_the_selection_were_set_aside(tmp_path):
    built = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "duplicate_of": [None, "a", None, "a"]})
    built.to_parquet(tmp_path / "documents.parquet")  # the build keeps every copy; the selection drops them
    selected = small_corpus(duplicate_of=[None, None, None]).only({"a", "c"})
    assert explore.copies_sentence(selected, tmp_path, copies=False) == (
        "Each group of wire copies (one dispatch reprinted by several outlets) counts once, as its earliest article: "
        "2 copies of the 2 articles selected set aside (copies = True counts every copy).")
    assert "0 copies of the 1 article selected" in explore.copies_sentence(selected.only({"c"}), tmp_path, copies=False)


def test_copies_sentence_counts_the_copies_kept_when_copies_count():
    kept = small_corpus(duplicate_of=[None, "a", None])
    assert explore.copies_sentence(kept, "unused", copies=True) == (
        "Every wire copy counts as an article of its own (copies = True): 1 of the 3 articles selected is a copy "
        "of another.")
