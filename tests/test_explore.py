"""The views and figures the notebooks share."""

import pandas as pd

from analysis import build_tables, explore, parse_article, plots

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
    assert 'title="MLI (name)">Mali</mark>' in html
