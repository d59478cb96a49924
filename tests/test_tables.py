"""Every table: offsets point at the exact characters, schema holds, builds are deterministic."""

import pandas as pd
import pytest

from analysis import schema
from analysis.reference import slugify
from analysis.build import write_tables


@pytest.mark.parametrize("table", ["paragraphs", "sentences", "tokens", "mentions", "quotes", "relations", "events",
                                   "dyads"])
def test_every_row_points_at_its_exact_text(tables, corpus, table):
    df = tables[table]
    assert len(df) > 0
    bad = [r for r in df.itertuples() if corpus[r.doc_id].text[r.start:r.end] != r.text]
    assert bad == []


def test_every_speaker_points_at_its_exact_text(tables, corpus):
    q = tables.quotes.dropna(subset=["speaker_text"])
    assert len(q) > 0
    bad = [r for r in q.itertuples() if corpus[r.doc_id].text[r.speaker_start:r.speaker_end] != r.speaker_text]
    assert bad == []


def test_documents_span_the_text_after_the_header(tables, corpus):
    for r in tables.documents.itertuples():
        source = corpus[r.doc_id].text
        assert not source[:r.start].strip().replace("date", "", 1).strip().split()[1:]
        assert source[r.start:r.start + len(r.title)] == r.title
        assert len(r.title) <= 120


def test_sentences_stay_inside_their_paragraph(tables):
    s = tables.sentences.merge(tables.paragraphs, on=["doc_id", "paragraph"], suffixes=("", "_p"))
    assert ((s.start >= s.start_p) & (s.end <= s.end_p)).all()


def test_counts_in_documents_match_the_tables(tables):
    d = tables.documents.set_index("doc_id")
    assert (d.n_tokens == tables.tokens.groupby("doc_id").size()).all()
    assert (d.n_sentences == tables.sentences.groupby("doc_id").size()).all()
    assert (d.n_paragraphs == tables.paragraphs.groupby("doc_id").size()).all()


def test_tables_follow_the_schema(tables):
    for name, df in tables.items():
        assert list(df.columns) == schema.TABLES[name]["columns"]
        assert df.equals(schema.enforce(df, name))


def test_mentions_use_known_kinds_and_resolvable_ids(tables):
    m = tables.mentions
    assert set(m.actor_kind) <= {"state", "organization", "person", "armed_group", "place"}
    listed = m[m.method != "ner"]
    defined = m[(m.actor_kind == "organization") & m.method.isin(["name", "acronym"])]  # `Name (ACR)` in the text
    facilities = m[(m.actor_kind == "place") & (m.method == "name") & (m.actor_id == m.text.map(slugify))]  # lac Tchad
    assert set(listed.actor_id) <= set(tables.actors.actor_id) | set(m[m.actor_kind == "person"].actor_id) | set(
        defined.actor_id) | set(facilities.actor_id)
    assert m.actor_id.str.fullmatch(r"[A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*").all()


def test_enforce_refuses_a_duplicate_key():
    df = pd.DataFrame({"doc_id": ["a", "a"], "paragraph": [1, 1], "start": [0, 0], "end": [1, 1],
                       "text": ["x", "x"]})
    with pytest.raises(schema.SchemaError, match="duplicate"):
        schema.enforce(df, "paragraphs")


def test_written_tables_read_back_identical(tables, tmp_path):
    from analysis import read_tables
    write_tables(tables, tmp_path / "out", {"k": "v"})
    back = read_tables(tmp_path / "out")
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(back[name], tables[name], check_dtype=True)


def test_writing_twice_gives_the_same_bytes(tables, tmp_path):
    write_tables(tables, tmp_path / "a", {"k": "v"})
    write_tables(tables, tmp_path / "b", {"k": "v"})
    for f in sorted((tmp_path / "a").iterdir()):
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes(), f.name
