"""Import: saved pages, feeds, exports and plain text become article files; bad inputs get one line each."""

import hashlib
import shutil
from pathlib import Path

import pytest

from analysis import parse_article, read_article
from analysis.importing import Columns, import_sources
from analysis.importing.readers import Found
from analysis.importing.text import html_paragraphs, plain_paragraphs, read_date
from analysis.importing.write import file_name, render

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """The fixture folder imported once with default options: (summary, folder, articles by title)."""
    to = tmp_path_factory.mktemp("seeds")
    summary = import_sources([FIXTURES], to)
    articles = {a.title: a for a in map(read_article, sorted(to.glob("*.txt")))}
    return summary, to, articles


def test_mixed_folder_gives_one_file_per_french_article_and_a_summary(imported):
    summary, to, articles = imported
    assert (summary.files, summary.found, len(summary.written), len(summary.present), len(summary.refused)) \
        == (10, 11, 8, 0, 8)
    assert summary.line() == "11 articles found in 10 files: 8 written, 0 already present, 8 refused"
    assert sorted(p.name for p in to.iterdir()) == sorted(summary.written)


def test_written_files_are_articles_whose_header_lines_lie_outside_the_paragraphs(imported):
    _, to, articles = imported
    for article in articles.values():
        text = article.text
        assert all(not text[s:e].startswith(("date ", "title:", "source:", "url:", "author:"))
                   for s, e in article.paragraphs)
        assert article.body_start == article.paragraphs[0][0] > text.index("\n")


@pytest.mark.parametrize("origin, reason", [
    ("pages/broken.html", "no article text found in the page"),
    ("feeds/empty.atom", "no entries in the feed"),
    ("exports/colonnes-renommees.csv", "no 'text' column for the text (columns: 'corps', 'publie_le'"),
    ("exports/veille.jsonl, line 3", "unreadable date 'la semaine dernière'"),
    ("exports/veille.jsonl, line 5", "not JSON"),
    ("exports/veille.jsonl, line 2", "in English (en), not French; --any-language imports it anyway"),
    ("pages/mali-lithium-undated.html", "no date in the source; give one with --date"),
    ("plain/communique.txt", "no date in the source; give one with --date"),
])
def test_each_bad_input_is_refused_with_its_reason(imported, origin, reason):
    refused = {r.origin.split("import/", 1)[1]: r.reason for r in imported[0].refused}
    assert reason in refused[origin] and "\n" not in refused[origin]


def test_saved_page_keeps_the_article_and_its_metadata_not_the_boilerplate(imported):
    a = imported[2]["Oléoduc : Niamey ferme le robinet au Bénin"]
    assert (a.date, a.source, a.author) == ("2024-05-15", "Le Sahel Quotidien", "Moussa Abdou")
    assert a.url == "https://sahel-quotidien.example/economie/oleoduc-niamey-benin"
    body = a.text[a.body_start:]
    assert len(a.paragraphs) == 4 and body.startswith("Le Niger a annoncé mardi")
    for boilerplate in ("cookies", "Accueil", "Partager", "À lire aussi", "Bravo", "droits réservés"):
        assert boilerplate not in body


def test_page_with_json_ld_metadata_gets_title_date_author_and_outlet_from_it(imported):
    a = imported[2]["AES : le traité de la confédération attendu à Niamey"]
    assert (a.date, a.source, a.author, len(a.paragraphs)) == ("2024-06-02", "Burkina Matin", "Aïcha Ouédraogo", 3)


def test_feed_entry_keeps_its_full_text_and_the_date_as_the_outlet_wrote_it(imported):
    a = imported[2]["Le Niger coupe le pétrole au Bénin"]
    # 00:40 at +0100 is still the 14th in UTC: the outlet's own day is kept
    assert (a.date, a.source, a.author, len(a.paragraphs)) == ("2024-05-15", "Info Sahel", "Rédaction Info Sahel", 6)


def test_feed_entry_without_full_text_is_its_summary_and_is_said_to_be(imported):
    summary, _, articles = imported
    assert len(articles["Burkina : des associations dissoutes"].paragraphs) == 1
    assert [(n.origin.rsplit("/", 1)[1], n.reason.split(":")[0]) for n in summary.notes] \
        == [("info-sahel.rss, entry 2", "summary only")]


def test_exports_read_every_part_and_a_day_first_date(imported):
    articles = imported[2]
    togo, alger = articles["Lomé veut réunir la Cédéao et l'AES"], articles["Alger et Bamako rappellent leurs ambassadeurs"]
    assert (togo.source, togo.author, togo.url) == ("Togo Presse", "Kossi Mensah", "https://togo-presse.example/lome-cedeao-aes")
    assert len(togo.paragraphs) == 2  # one paragraph per line when the text has no blank line
    assert (alger.date, alger.url, alger.author) == ("2024-06-03", "", "")
    assert articles["Céréales russes pour Ouagadougou"].date == "2024-06-06"  # jeudi 6 juin 2024


def test_importing_the_same_sources_again_writes_nothing(imported, tmp_path):
    _, first, _ = imported
    to = tmp_path / "seeds"
    shutil.copytree(first, to)
    before = snapshot(to)
    again = import_sources([FIXTURES], to)
    assert (len(again.written), len(again.present), len(again.refused)) == (0, 8, 8)
    assert snapshot(to) == before


def test_a_different_file_under_the_same_name_is_never_overwritten(tmp_path):
    found = Found("x", ("Le Mali et le Niger ont signé un accord de défense à Bamako, selon la télévision publique, "
                        "qui a diffusé des images de la cérémonie.",),
                  "2024-05-01")
    name = file_name(render(found, "2024-05-01"), "2024-05-01")
    source = tmp_path / "export.jsonl"
    source.write_text('{"text": "%s", "date": "2024-05-01"}\n' % found.paragraphs[0], encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / name).write_bytes(b"date 2024\nautre texte\n")
    summary = import_sources([source], tmp_path / "seeds")
    assert "exists with other content; nothing overwritten" in summary.refused[0].reason
    assert (tmp_path / "seeds" / name).read_bytes() == b"date 2024\nautre texte\n"


def test_options_name_other_columns_and_date_the_undated(tmp_path):
    summary = import_sources([FIXTURES / "exports" / "colonnes-renommees.csv", FIXTURES / "plain",
                              FIXTURES / "pages" / "mali-lithium-undated.html"], tmp_path,
                             columns=Columns(text="corps", date="publie_le", title="titre", source="media"),
                             date="2024-06-20")
    assert (len(summary.written), len(summary.refused)) == (3, 0)
    articles = {a.source or a.title: a for a in map(read_article, sorted(tmp_path.glob("*.txt")))}
    assert articles["Guinée Matin"].date == "2024-06-10"  # the export's own date wins over --date
    assert articles["Mali Économie"].date == "2024-06-20"
    assert [a.date for a in articles.values() if not a.source] == ["2024-06-20"]  # the plain .txt


def test_other_languages_are_kept_with_any_language(tmp_path):
    summary = import_sources([FIXTURES / "exports" / "veille.jsonl"], tmp_path, any_language=True)
    assert "Mali to expel remaining UN staff" in {read_article(tmp_path / n).title for n in summary.written}


def test_an_article_file_is_imported_as_it_is(tmp_path):
    raw = ("date 2024-05\r\nsource: AFP\r\nLe Burkina Faso a rappelé son ambassadeur à Abidjan après des propos "
           "jugés hostiles du ministre ivoirien de la Défense, a annoncé Ouagadougou.\r\n").encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "old.txt").write_bytes(raw)
    summary = import_sources([tmp_path / "in"], tmp_path / "seeds")
    assert [(tmp_path / "seeds" / n).read_bytes() for n in summary.written] == [raw]


@pytest.mark.parametrize("value, date", [
    ("2024-05-14T09:12:00+01:00", "2024-05-14"), ("2024-05", "2024-05"), ("2024-05-14 23:59", "2024-05-14"),
    ("Wed, 15 May 2024 00:40:00 +0100", "2024-05-15"), ("03/06/2024", "2024-06-03"), ("3.6.2024", "2024-06-03"),
    ("jeudi 6 juin 2024", "2024-06-06"), ("1er mai 2024 à 10h", "2024-05-01"), ("décembre 2023", "2023-12"),
])
def test_dates_are_read_as_the_source_wrote_them(value, date):
    assert read_date(value) == date


@pytest.mark.parametrize("value", ["hier", "la semaine dernière", "31/02/2024", "2024-13-01", "May 2024"])
def test_unreadable_dates_are_refused(value):
    with pytest.raises(ValueError):
        read_date(value)


def test_html_fragment_paragraphs_split_at_blocks_and_breaks():
    assert html_paragraphs("<p>Un <b>mot</b>.</p><div>Deux.<br><br>Trois.</div><script>x()</script>") \
        == ["Un mot.", "Deux.", "Trois."]
    assert plain_paragraphs("A\nsuite.\n\nB.") == ["A suite.", "B."]


def test_rendered_header_drops_a_link_that_is_no_address():
    raw = render(Found("x", ("Texte.",), title="Un  titre\n", url="/relatif"), "2024")
    assert raw == b"date 2024\ntitle: Un titre\n\nTexte.\n"
    assert parse_article(raw, "x.txt").title == "Un titre"


def test_cli_prints_the_refusals_and_the_summary(tmp_path, capsys):
    from analysis.__main__ import main
    code = main(["import", str(FIXTURES / "feeds"), "--to", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "2 articles found in 2 files: 2 written, 0 already present, 1 refused\n"
    assert err.splitlines()[0].endswith("empty.atom: no entries in the feed")
    assert main(["import", str(FIXTURES / "feeds" / "info-sahel.rss"), "--to", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("2 articles found in 1 files: 0 written, 2 already present")


def test_import_then_build_gives_outlets_and_groups_the_wire_copies(imported, tmp_path):
    from analysis.build import build, read_tables
    _, seeds, _ = imported
    build(seeds, tmp_path / "out", jobs=1)
    docs = read_tables(tmp_path / "out").documents.set_index("title")
    dispatch = docs.loc["Le Niger suspend ses exportations de pétrole via le Bénin"]
    assert (dispatch["source"], pd_na(dispatch["duplicate_of"])) == ("AFP", True)
    copies = docs[docs["duplicate_of"].notna()]
    assert sorted(copies["source"]) == ["Info Sahel", "Le Sahel Quotidien"]
    assert set(copies["duplicate_of"]) == {dispatch["doc_id"]} and (copies["similarity"] >= 0.5).all()
    assert docs["url"].notna().sum() == 6 and docs["source"].notna().all()
    from analysis import load
    assert len(load(seeds, tmp_path / "out").documents) == len(docs) - 2  # each group once by default
    assert len(load(seeds, tmp_path / "out", copies=True).documents) == len(docs)


def pd_na(value) -> bool:
    import pandas as pd
    return value is pd.NA


def test_a_text_too_short_to_tell_its_language_is_refused_unless_any_language(tmp_path):
    source = tmp_path / "court.jsonl"
    source.write_text('{"text": "Par Karim Ouattara", "date": "2024-05-01"}\n', encoding="utf-8")
    assert "under 120 characters" in import_sources([source], tmp_path / "a").refused[0].reason
    assert len(import_sources([source], tmp_path / "b", any_language=True).written) == 1


def test_csv_field_longer_than_the_csv_module_default_is_read(tmp_path):
    text = "Le Mali et le Niger renforcent leur coopération militaire dans la zone des trois frontières. " * 1600
    source = tmp_path / "long.csv"
    source.write_text(f'text,date\n"{text}",2024-05-01\n', encoding="utf-8")
    summary = import_sources([source], tmp_path / "seeds")
    assert len(summary.written) == 1 and len(read_article(tmp_path / "seeds" / summary.written[0]).text) > 131072
