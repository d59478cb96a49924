"""The reviewed reference data loads, and malformed rows are refused with file and line."""

from pathlib import Path

import pytest

from conftest import copy_reference

from analysis.reference import Reference, ReferenceError, inflect, spelling_variants


def test_shipped_reference_data_loads():
    ref = Reference()
    for actor in ("MLI", "BFA", "NER", "aes", "ecowas", "FRA", "RUS", "CHN", "TUR", "USA", "NGA", "DZA", "SEN",
                  "CIV", "MRT", "TCD", "BEN", "TGO", "GHA", "eu", "un", "minusma", "assimi-goita",
                  "ibrahim-traore", "abdourahamane-tiani", "jnim", "al-qaida", "islamic-state-sahel",
                  "wagner-group", "africa-corps", "omar-alieu-touray", "bamako", "ouagadougou", "niamey"):
        assert actor in ref.by_id, actor


def test_news_outlets_are_the_organisations_whose_notes_call_them_so():
    ref = Reference()
    assert {"afp", "rfi", "jeune-afrique", "sidwaya", "l-essor", "lefaso-net", "ortm", "xinhua", "tass"} <= ref.outlets
    assert not {"eu", "ecowas", "un", "orano", "rosoboronexport", "wagner-group", "MLI"} & ref.outlets
    assert len(ref.outlets) > 100  # sized for the region's press, not for one review


def test_every_aes_state_has_its_capital():
    assert {Reference().capitals[c] for c in ("bamako", "ouagadougou", "niamey")} == {"MLI", "BFA", "NER"}


def test_demonyms_inflect_for_gender_and_number():
    assert inflect("malien", "malienne") == {"malien", "maliens", "malienne", "maliennes"}
    assert inflect("français", "française") == {"français", "française", "françaises"}


def test_spelling_variants_cover_apostrophe_and_accented_etat():
    assert {"Côte d'Ivoire", "Côte d’Ivoire"} <= spelling_variants("Côte d'Ivoire")
    assert "État islamique" in spelling_variants("Etat islamique")


def test_military_transitions_hold_on_their_dates():
    ref = Reference()
    assert {"MLI", "BFA", "NER"} <= ref.under_transition("2025-03-01")
    assert "TCD" in ref.under_transition("2023-06") and "TCD" not in ref.under_transition("2024-06-01")
    assert "NER" not in ref.under_transition("2023-07-01") and "FRA" not in ref.under_transition("2025")


def copy_data(tmp_path: Path) -> Path:
    return copy_reference(tmp_path)


@pytest.mark.parametrize("file, line, problem", [
    ("actors.csv", "xx,Nowhere,Nowhere,galaxy,,,", "actor_kind 'galaxy'"),
    ("actors.csv", "Mali2,Mali,Mali,state,MLI,,", "ISO 3166-1 alpha-3"),
    ("actors.csv", "MLI,Mali,Mali,state,MLI,,", "duplicate actor_id 'MLI'"),
    ("actors.csv", "Bad Slug,X,X,person,,,", "not a lowercase ASCII slug"),
    ("aliases.csv", "Bamakois,nowhere,alias,", "unknown actor_id 'nowhere'"),
    ("aliases.csv", "Mali,MLI,nickname,", "method 'nickname'"),
    ("demonyms.csv", "XYZ,x,x,,", "unknown actor_id 'XYZ'"),
    ("demonyms.csv", "MLI,x,x,sino,", "compound 'sino' is repeated"),
    ("demonyms.csv", "MLI,x,x,malien,", "compound 'malien' is repeated or is not a word ending in -o"),
    ("capitals.csv", "MLI,MLI,", "is not a place"),
    ("first_names.csv", "Awa,x,mande,", "gender 'x'"),
    ("first_names.csv", "awa,f,mande,", "must be capitalised"),
    ("first_names.csv", "Seydou,m,mande,", "listed twice"),
    ("transitions.csv", "bamako,2020-08-18,,a city", "is no state"),
    ("transitions.csv", "MLI,2020-13-01,,a bad month", "start"),
    ("transitions.csv", "MLI,2020-08-18,,", "notes"),
])
def test_malformed_reference_row_is_refused_with_file_and_line(tmp_path, file, line, problem):
    folder = copy_data(tmp_path)
    with (folder / file).open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    with pytest.raises(ReferenceError) as e:
        Reference(folder)
    assert file in str(e.value) and "line" in str(e.value) and problem in str(e.value)


def test_slug_folds_accents_and_ligatures_and_splits_on_apostrophes():
    from analysis.reference import slugify
    assert slugify("Société des mines de l’Aïr") == "societe-des-mines-de-l-air"
    assert slugify("Œuvre d'Özgür Çinar") == "oeuvre-d-ozgur-cinar"
    assert slugify("  Ouédraogo-Zoundi ") == "ouedraogo-zoundi"
    assert slugify("İbrahim Kalın") == "ibrahim-kalin" and slugify("Søren Łukasz") == "soren-lukasz"
