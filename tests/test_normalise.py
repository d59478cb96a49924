"""Text as it comes: decomposed accents (NFD) are matched as composed ones, offsets index the raw file."""

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from analysis import build_tables, parse_article
from analysis.annotate import SPANS, to_raw
from analysis.normalise import to_nfc

ARTICLES = Path(__file__).resolve().parent / "articles"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b273b7090f03f003.txt"
SAMPLE = [SEED, *sorted(ARTICLES.glob("*.txt"))[:3]]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_nfc_text_maps_to_itself():
    text, offsets = to_nfc("Le président a déclaré")
    assert text == "Le président a déclaré" and offsets.identity and offsets.raw(5) == 5


def test_decomposed_accents_are_composed_and_every_word_maps_back_to_its_raw_span():
    raw = nfd("Le président malien a déclaré à Ségou")
    text, offsets = to_nfc(raw)
    assert text == "Le président malien a déclaré à Ségou"
    for word in text.split():
        start = text.index(word)
        r_start, r_end = offsets.raw(start), offsets.raw(start + len(word), end=True)
        assert raw[r_start:r_end] == nfd(word)
        assert offsets.nfc(r_start) == start and offsets.nfc(r_end) == start + len(word)


def test_a_span_inside_a_changed_character_widens_to_the_whole_raw_character():
    raw = "x\u0958y"  # U+0958 becomes two characters in NFC (U+0915 U+093C)
    text, offsets = to_nfc(raw)
    assert text == "x\u0915\u093cy"
    assert (offsets.raw(2), offsets.raw(2, end=True)) == (1, 2)  # the middle of the expansion
    assert (offsets.raw(3), offsets.raw(4, end=True)) == (2, 3)


def test_marks_out_of_order_and_a_hangul_jamo_pair_map_as_one_block_each():
    raw = "a\u0302\u0323 \u1100\u1161!"  # circumflex before dot below, and a jamo pair that composes
    text, offsets = to_nfc(raw)
    assert text == unicodedata.normalize("NFC", raw) == "\u1ead \uac00!"
    assert raw[offsets.raw(0):offsets.raw(1, end=True)] == "a\u0302\u0323"
    assert raw[offsets.raw(2):offsets.raw(3, end=True)] == "\u1100\u1161"
    assert raw[offsets.raw(text.index("!")):] == "!"


def test_to_raw_moves_every_span_and_retakes_texts_and_title_from_the_raw_text():
    raw = nfd("date 2024\nÉté à Ségou.")
    text, offsets = to_nfc(raw)
    start = text.index("Ségou")
    rows = {"sentences": [{"sentence": 1, "start": 10, "end": len(text), "text": text[10:]}],
            "quotes": [{"start": start, "end": start + 5, "text": "Ségou", "speaker_start": None,
                        "speaker_end": None, "speaker_text": None}],
            "documents": [{"start": 10, "end": len(text), "title": "Été à Ségou."}]}
    moved = to_raw(rows, offsets, raw)
    assert moved["quotes"][0]["text"] == raw[moved["quotes"][0]["start"]:moved["quotes"][0]["end"]] == nfd("Ségou")
    assert moved["quotes"][0]["speaker_start"] is None
    assert moved["sentences"][0]["text"] == raw[10:]
    assert moved["documents"][0] == {"start": 10, "end": len(raw), "title": raw[10:]}


@pytest.fixture(scope="module")
def both():
    """The tables of a few articles as written (NFC) and converted to NFD, and the NFD texts by doc_id."""
    raws = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLE}
    composed = build_tables([parse_article(t.encode(), f"{d}.txt") for d, t in raws.items()])
    decomposed = build_tables([parse_article(nfd(t).encode(), f"{d}.txt") for d, t in raws.items()])
    return composed, decomposed, {d: parse_article(nfd(t).encode(), f"{d}.txt").text for d, t in raws.items()}


def span_free(df: pd.DataFrame) -> pd.DataFrame:
    """The columns that must not change with the file's normal form (sha256 is the file's own)."""
    return df.drop(columns=[c for span in SPANS for c in span if c in df] + [c for c in ("title", "sha256") if c in df])


@pytest.mark.parametrize("table", ["documents", "paragraphs", "sentences", "tokens", "mentions", "quotes",
                                   "relations", "dyads", "events"])
def test_nfd_article_gives_the_rows_of_its_nfc_form(both, table):
    composed, decomposed, _ = both
    assert len(composed[table]) > 0
    pd.testing.assert_frame_equal(span_free(decomposed[table]), span_free(composed[table]))
    for column in [c for span in SPANS for c in span[2:]] + ["title"]:
        if column in composed[table]:
            back = decomposed[table][column].map(lambda s: s if pd.isna(s) else unicodedata.normalize("NFC", s))
            pd.testing.assert_series_equal(back, composed[table][column])


def test_nfd_article_keeps_every_speaker_and_mention(both):
    composed, decomposed, _ = both
    assert composed.quotes.speaker_id.notna().sum() >= 10
    assert decomposed.quotes.speaker_id.tolist() == composed.quotes.speaker_id.tolist()
    assert decomposed.mentions.actor_id.tolist() == composed.mentions.actor_id.tolist()


def test_offsets_index_the_nfd_file_in_every_table(both):
    _, decomposed, sources = both
    checked = 0
    for name, df in decomposed.items():
        for start, end, text in SPANS:
            if text not in df:
                continue
            for doc_id, s, e, t in df[["doc_id", start, end, text]].dropna().itertuples(index=False):
                assert sources[doc_id][s:e] == t, (name, doc_id, s, e, t)
                checked += 1
    assert checked > 1000


def test_an_article_mixing_nfc_and_nfd_lines_keeps_its_speaker_and_offsets():
    raw = ("date 2024-05-02\r\n\ufeffLe colonel Assimi Goïta a déclaré : « Nous irons jusqu'au bout ».\r\n\r\n"
           + nfd("« Le Burkina est souverain », a déclaré le capitaine Ibrahim Traoré à Bobo-Dioulasso.") + "\r\n")
    article = parse_article(raw.encode(), "mixed.txt")
    tables = build_tables([article])
    assert tables.quotes.speaker_id.tolist() == ["assimi-goita", "ibrahim-traore"]
    assert tables.quotes.verb.tolist() == ["déclarer", "déclarer"]
    assert tables.mentions.actor_id.tolist() == ["assimi-goita", "BFA", "ibrahim-traore", "bobo-dioulasso"]
    for name, df in tables.items():
        for start, end, text in SPANS:
            if text in df:
                for s, e, t in df[[start, end, text]].dropna().itertuples(index=False):
                    assert article.text[s:e] == t, (name, s, e, t)


def test_the_model_reads_typographic_apostrophes_as_straight_ones_and_rows_keep_the_raw_characters():
    from analysis import build_tables, parse_article
    raw = "date 2025-03-04\nLe porte-parole de l’armée, le colonel Awa Sow, situe l’épave « à 9 km de la frontière »."
    article = parse_article(raw.encode(), "apostrophes.txt")
    tables = build_tables([article])
    assert tables.quotes.speaker_id.tolist() == ["awa-sow"]
    for name in ("tokens", "mentions", "quotes", "sentences"):
        for row in getattr(tables, name).itertuples():
            assert article.text[row.start:row.end] == row.text
    assert "l’" in tables.tokens.text.tolist()
