"""The pair model (`analysis/pairs.py`) and its training command (`analysis/train.py`)."""

import csv
import shutil
from pathlib import Path

import pytest

from conftest import copy_reference

from analysis import build_tables, parse_article
from analysis import capitals, linear, pairs, train
from analysis.reference import Reference, ReferenceError, default_reference

DATA = Path(__file__).resolve().parent.parent / "data"


def article(text: str, date: str = "2024-06"):
    return parse_article(f"date {date}\n{text}".encode(), "inline.txt")


def folder_with_model(tmp_path: Path, rows: list[list[str]] | None) -> Path:
    """A copy of data/ whose pair model holds `rows` (None: no model file)."""
    folder = copy_reference(tmp_path, without=(pairs.MODEL,))
    if rows is not None:
        with (folder / pairs.MODEL).open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows([linear.HEADER, *rows])
    return folder


def model_rows(bias: float, threshold: str = "0.5", fingerprint: str | None = None) -> list[list[str]]:
    return [["", "(fingerprint)", fingerprint or pairs.fingerprint()],
            ["1", "(threshold)", threshold], ["1", "(bias)", str(bias)],
            ["-1", "(threshold)", threshold], ["-1", "(bias)", "-20"]]


def test_the_shipped_model_matches_the_features_this_code_computes():
    model = pairs.load_model(default_reference())
    assert model is not None and set(model.thresholds) == {"1", "-1"}
    assert all(0 < t < 1 for t in model.thresholds.values())
    assert len(model.weights["1"]) > 100 and len(model.weights["-1"]) > 100


@pytest.mark.parametrize("rows, problem", [
    (model_rows(1.0, fingerprint="0123456789abcdef"), "retrain it with `python -m analysis train`"),
    (model_rows(1.0)[:-2], "no (threshold) row for target -1"),
    (model_rows(1.0) + [["1", "btw=signer", "lots"]], "line 7: weight 'lots' is not a number"),
    (model_rows(1.0) + [["1", "btw=signer", "inf"]], "line 7: weight 'inf' is not finite"),
    (model_rows(1.0) + [["2", "btw=signer", "1"]], "line 7: target '2' is not one of 1, -1"),
    (model_rows(1.0, threshold="1.5"), "line 3: a threshold is a probability between 0 and 1"),
    (model_rows(1.0) + [["1", "(bias)", "2"]], "line 7: feature '(bias)' is listed twice"),
    (model_rows(1.0) + [["1", "(veto)", "1"]], "line 7: a veto is a probability from 0 up to (not including) 1"),
])
def test_a_broken_model_file_is_named_with_its_line(tmp_path, rows, problem):
    with pytest.raises(ReferenceError, match=r"pair_model\.csv") as error:
        pairs.load_model(Reference(folder_with_model(tmp_path, rows)))
    assert problem in str(error.value)


def test_candidates_describe_what_lies_between_two_actors():
    text = "Le Mali a signé mardi un accord de défense avec la Russie. Le Niger, le Tchad et le Togo sont cités."
    found = {}
    learn: dict = {}
    from analysis.annotate import annotate
    for _, rows in annotate([article(text)], learn=learn):
        pass
    for _, cands in learn["pairs"]:
        found.update({(c.a, c.b): c for c in cands})
    signed = found[("MLI", "RUS")]
    assert {"btw=signer", "lex_btw=+", "rule=+1", "kinds=state|state", "id=MLI", "id=RUS"} <= signed.features
    assert any(f.startswith("lca=") for f in signed.features)  # the dependency path was read
    listed = found[("NER", "TCD")]
    assert "enumeration" in listed.features and "rule=none" in listed.features


def candidate_pairs(text: str) -> dict:
    from analysis.annotate import annotate
    learn: dict = {}
    for _ in annotate([article(text)], learn=learn):
        pass
    return {(c.a, c.b): c for _, cands in learn["pairs"] for c in cands}


def test_consecutive_sentences_pair_their_actors_across_a_paragraph_break_marked_so_and_a_place_stands_for_its_state():
    found = candidate_pairs("Le Niger a reçu mardi des drones. Ankara en livrera d'autres.\n\nLe Togo se tait. "
                            "Le Bénin aussi.")
    assert "cross_only" in found[("NER", "TUR")].features and found[("NER", "TUR")].sentences == (2,)
    assert "cross" in found[("NER", "TUR")].features and "cross_paragraph" not in found[("NER", "TUR")].features
    assert "cross_paragraph" in found[("TGO", "TUR")].features  # a lead and its headline, a quote and its set-up
    assert not {pair for pair in found if "BEN" in pair and "TGO" not in pair}  # two sentences away
    placed = candidate_pairs("Les soldats américains ont quitté Agadez en août.")[("NER", "USA")]
    assert "via_place=1" in placed.features


def test_a_speaker_a_bare_state_body_and_a_taken_up_organisation_are_parties_of_their_sentence_marked_so():
    spoken = candidate_pairs("Le ministre malien des Affaires étrangères, Abdoulaye Diop, a parlé mardi : « Nous "
                             "avons quitté cette organisation. La Turquie est notre amie. »")
    assert "taken=speaker_before" in spoken[("TUR", "abdoulaye-diop")].features  # the quotation goes on: his words
    bare = candidate_pairs("NIAMEY, 3 mars (ANP) - Le pays se prépare. Les autorités ont expulsé mardi trois "
                           "cadres d'Orano.")
    assert "taken=body" in bare[("NER", "orano")].features
    named = candidate_pairs("Les autorités maliennes ont expulsé mardi trois cadres d'Orano.")
    assert not any("taken=body" in c.features for c in named.values())  # their state is named: a mention
    club = candidate_pairs("Le Mali a quitté la Cedeao en janvier. Le Togo appelle l'organisation au dialogue.")
    assert "taken=organisation" in club[("TGO", "ecowas")].features


def test_a_subject_pronoun_a_demonstrative_and_le_pays_take_up_the_actor_they_stand_for_marked_so():
    chained = candidate_pairs("Le Tchad a signé lundi un accord avec la Hongrie. Il a ensuite rompu avec le Soudan. "
                              "Il a aussi convoqué l'ambassadeur d'Egypte.")
    assert "taken=pronoun" in chained[("SDN", "TCD")].features  # `il`: the subject of the sentence before
    assert "taken=pronoun" in chained[("EGY", "TCD")].features  # and through it, the one before that
    assert "cross_only" not in chained[("SDN", "TCD")].features  # now one sentence names both
    verbless = candidate_pairs("Dernière en date : la Commission du bassin du lac Tchad (CBLT). Fondée en 1964, elle "
                               "a été quittée par le Niger en mars.")
    assert any("taken=pronoun" in c.features for pair, c in verbless.items() if "NER" in pair)
    agreeing = candidate_pairs("La Guinée a reçu le président sénégalais. Elle a signé un accord avec le Ghana.")
    assert "taken=pronoun" in agreeing[("GHA", "GIN")].features
    disagreeing = candidate_pairs("Le Ghana a reçu la délégation. Elle a signé un accord avec le Togo.")
    assert not any("taken=pronoun" in c.features for c in disagreeing.values())  # `elle` is not `le Ghana`
    last = candidate_pairs("Le Ghana a reçu le ministre togolais, Robert Dussey. Ce dernier a salué la Chine.")
    assert "taken=demonstrative" in last[("CHN", "robert-dussey")].features
    country = candidate_pairs("Le Tchad a quitté la force conjointe. Le Tchad se tourne vers Ankara. Les soldats "
                              "français ont quitté le pays en janvier.")
    assert "taken=country" in country[("FRA", "TCD")].features


def test_the_words_of_a_pair_are_also_read_with_its_sides_and_kinds():
    found = candidate_pairs("Le Mali a signé mardi un accord de défense avec la Russie.")
    signed = found[("MLI", "RUS")].features
    assert {"sides=MLI|RUS&btw=signer", "sides=MLI|RUS&rule=+1", "kinds=state|state&btw=signer"} <= signed
    assert not any(f.startswith(("kinds=state|state&pre=", "sides=MLI|RUS&id=")) for f in signed)  # only those read so


def test_a_pair_is_read_by_the_roles_and_prepositions_of_its_mentions_under_the_words_that_govern_them():
    signed = candidate_pairs("Le Burkina a conclu jeudi un contrat d'armement avec la Turquie.")[("BFA", "TUR")].features
    assert {"roles=+:nsubj|obj", "lcacase=conclure:-|avec", "gov1=conclure"} <= signed  # a lexicon verb, `avec`
    delivered = candidate_pairs("La livraison d'hélicoptères russes à l'armée malienne a eu lieu.")[("MLI", "RUS")]
    assert any(f.startswith("rolecase=") and f.endswith(".à") for f in delivered.features)  # the demonym's noun's `à`


def test_a_state_and_its_own_citizen_are_a_candidate_marked_so_that_the_model_may_find_an_arrest():
    found = candidate_pairs("Le gouvernement burkinabè a fait arrêter mardi le journaliste Issouf Kinda.")
    arrest = found[("BFA", "issouf-kinda")]
    assert arrest.same_side and {"same_side", "same_side&btw=arrêter"} <= arrest.features


def test_model_rows_fill_in_what_no_cue_found_and_point_at_their_words(tmp_path):
    text = "Le Niger et le Tchad sont voisins.\n\nIl pleut.\n\nLa Chine est citée avec le Togo."  # no pair across
    reference = Reference(folder_with_model(tmp_path, model_rows(bias=20.0)))  # every pair cooperates
    tables = build_tables([article(text)], reference=reference)
    relations = tables.relations
    source = article(text).text
    assert set(relations["found_by"]) == {"model"} and set(tables.dyads["found_by"]) == {"model"}
    assert {tuple(sorted(p)) for p in zip(relations.source_id, relations.target_id)} == {("NER", "TCD"),
                                                                                      ("CHN", "TGO")}
    for r in relations.itertuples():
        assert source[r.start:r.end] == r.text and r.polarity == 1
    assert list(relations["relation"]) == [1, 2]


def test_without_a_model_or_below_its_threshold_the_rules_stand_alone(tmp_path):
    text = "Le Niger et le Tchad sont voisins. Le Mali a signé un accord avec la Russie."
    for rows in (None, model_rows(bias=-20.0)):
        folder = folder_with_model(tmp_path / str(rows is None), rows)
        tables = build_tables([article(text)], reference=Reference(folder))
        relations = tables.relations
        assert set(relations["found_by"]) == {"cue"} and set(tables.dyads["found_by"]) == {"cue"}
        assert {tuple(sorted(p)) for p in zip(relations.source_id, relations.target_id)} == {("MLI", "RUS")}


def test_a_veto_drops_what_the_rules_found_where_the_model_disbelieves_it(tmp_path):
    text = "Le Mali a signé un accord avec la Russie."
    for veto, expected in ((None, {("MLI", "RUS")}), ("0.3", set())):
        rows = model_rows(bias=-20.0) + ([["1", "(veto)", veto]] if veto else [])  # a model that believes nothing
        tables = build_tables([article(text)], reference=Reference(folder_with_model(tmp_path / str(veto), rows)))
        relations = tables.relations
        assert {tuple(sorted(p)) for p in zip(relations.source_id, relations.target_id)} == expected
        assert len(tables.dyads) == len(expected)
    believing = model_rows(bias=-20.0) + [["1", "(veto)", "0.3"], ["1", "pair=MLI|RUS", "40"]]
    reference = Reference(folder_with_model(tmp_path / "b", believing))  # but the pair: the rules' rows stand
    relations = build_tables([article(text)], reference=reference).relations
    assert set(relations["found_by"]) == {"cue"} and list(relations["relation"]) == list(range(1, len(relations) + 1))


def test_a_pair_is_described_by_its_ids_and_by_the_sides_its_actors_act_for():
    found = candidate_pairs("Le ministre nigérien de l'Energie, Mahaman Moussa Issoufou, a reçu mardi l'ambassadeur "
                            "de Turquie. La Chine et le Mali ont aussi signé un accord.")
    person = next(c for (a, b), c in found.items() if "TUR" in (a, b) and "kinds=person|state" in c.features)
    assert "sides=NER|TUR" in person.features and not any(f.startswith("pair=") for f in person.features)
    assert {"pair=CHN|MLI", "sides=CHN|MLI"} <= found[("CHN", "MLI")].features


def test_a_person_acts_for_whom_his_introduction_names_not_where_he_serves_nor_a_civilian_general():
    found = candidate_pairs("Le président Tiani a reçu mardi l'ambassadeur de Chine au Niger, Li Wenbo, puis le "
                            "directeur général de Resolute Mining, Terence Holbrook.")
    envoy = next(c for (a, b), c in found.items() if "li-wenbo" in (a, b) and "abdourahamane-tiani" in (a, b))
    assert "sides=CHN|NER" in envoy.features and not envoy.same_side
    boss = next(c for (a, b), c in found.items() if "terence-holbrook" in (a, b) and "abdourahamane-tiani" in (a, b))
    assert "sides=AUS|NER" in boss.features and not boss.same_side  # the company's country


def test_a_model_row_takes_type_and_cameo_code_from_the_nearest_lexicon_word(tmp_path):
    text = "Pour le Niger, l'Algérie reste un modèle de coopération."
    reference = Reference(folder_with_model(tmp_path, model_rows(bias=20.0)))
    relations = build_tables([article(text)], reference=reference).relations
    row = relations[relations["found_by"] == "model"].iloc[0]
    assert (row["text"], row["relation_type"], row["cameo"], row["plover"]) == (
        "coopération", "cooperation", "060", "COOPERATE")


@pytest.mark.parametrize("name", [pairs.MODEL, capitals.MODEL])
def test_training_never_replaces_a_model_file_it_did_not_write(tmp_path, capsys, name):
    mine = tmp_path / name
    mine.write_text("target,feature,weight\n1,my own,3\n", encoding="utf-8")
    assert train.main(tmp_path) == 2  # refused before any article is annotated
    assert mine.read_text(encoding="utf-8") == "target,feature,weight\n1,my own,3\n"
    assert f"{name}: exists and is not a model file written by training; not replaced" in capsys.readouterr().err
    assert train.main(tmp_path / "missing") == 2
    assert "missing: no such folder" in capsys.readouterr().err


def test_written_model_files_are_whole_and_replaceable_by_training(tmp_path):
    out = tmp_path / "model.csv"
    linear.write(pairs.fingerprint(), model_rows(0.5)[1:], out)
    assert linear.written_by_us(out)
    folder = folder_with_model(tmp_path, None)
    shutil.copy(out, folder / pairs.MODEL)
    assert pairs.load_model(Reference(folder)).thresholds == {"1": 0.5, "-1": 0.5}
    linear.write(pairs.fingerprint(), model_rows(0.7)[1:], out)  # its own file: replaced
    assert "0.7" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def assert_shipped_as_retrained(name: str, fingerprint: str, retrained_rows: list[list[str]]) -> None:
    """The model file `name` of data/ holds the rows training gives today, for the features this code computes."""
    shipped = {(r["target"], r["feature"]): r["weight"]
               for r in csv.DictReader((DATA / name).open(encoding="utf-8", newline=""))}
    retrained = {(t, f): w for t, f, w in retrained_rows}
    assert shipped.pop(("", "(fingerprint)")) == fingerprint
    assert set(shipped) == set(retrained), "features differ: retrain with `python -m analysis train`"
    drift = max(abs(float(shipped[k]) - float(retrained[k])) for k in shipped)
    assert drift < 1e-4, f"weights differ by up to {drift}: retrain with `python -m analysis train`"


def test_annotating_from_a_parse_gives_the_rows_of_parsing_again():
    from analysis.annotate import annotate, parse
    from analysis.corpus import read_article
    articles = [read_article(p) for p in sorted((Path(__file__).parent / "articles").glob("*.txt"))[5:400:60]]
    # a decomposed accent: the model reads the article in NFC, the rows point at the raw text
    articles.append(article("Le Mini\u0301stre malien a dit : « Nous partons. » Bamako et Moscou ont signé un accord."))
    parsed = parse(articles)
    for learn in (None, {}):
        again = [rows for _, rows in annotate(articles, learn=learn and dict(learn))]
        assert [rows for _, rows in annotate(articles, learn=learn and dict(learn), parsed=parsed)] == again
    assert any(r["relations"] for r in again) and any(r["quotes"] for r in again)


def test_a_parse_of_other_articles_or_no_parse_at_all_is_refused():
    from analysis.annotate import annotate, parse
    mali, niger = article("Le Mali a quitté la Cedeao."), article("Le Niger a quitté la Cedeao.")
    for parsed in (parse([niger]), parse([mali, mali])):
        with pytest.raises(ValueError, match="not those of the articles"):
            list(annotate([mali], parsed=parsed))
    with pytest.raises(ValueError, match="cannot be read"):
        list(annotate([mali], parsed=[parse([mali])[0][:-9]]))


def test_the_dev_build_keeps_the_parses_training_reads_and_a_damaged_one_is_parsed_again(tmp_path, monkeypatch):
    from analysis import read_articles
    from analysis.annotate import annotate_batch, parse
    from analysis.build import build, cache_folder
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted((Path(__file__).parent / "articles").glob("*.txt"))[7:40:11]:
        shutil.copy(path, seeds / path.name)
    articles = sorted(read_articles(seeds), key=lambda a: a.doc_id)
    fresh = dict(zip((a.doc_id for a in articles), parse(articles)))
    build(seeds, tmp_path / "plain", jobs=1)
    assert not list(cache_folder(tmp_path / "plain").glob("*.parse"))  # only asked for, as `split_tables` does
    build(seeds, tmp_path / "out", jobs=1, parses=True)
    assert len(list(cache_folder(tmp_path / "out").glob("*.parse"))) == len(articles) == 3
    monkeypatch.setattr("analysis.evaluate.split_builds", lambda split: [(seeds, tmp_path / "out")])
    assert train.stored_parses(default_reference(), articles) == fresh
    # what a worker process sends back is the same parse
    assert [p for _, _, p in annotate_batch(articles, str(default_reference().folder), True)] == list(fresh.values())
    damaged = sorted(cache_folder(tmp_path / "out").glob("*.parse"))[0]
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"x")
    assert len(train.stored_parses(default_reference(), articles)) == 2


def test_a_capital_s_features_are_the_same_whatever_the_capital_model_reads(tmp_path):
    """Training gives the capital model the examples of a pass made with the current one (`train.annotated`)."""
    from analysis.annotate import annotate
    text = ("Bamako a rappelé son ambassadeur à Alger. « Nous partons », a dit le ministre à Niamey. "
            "Ouagadougou accueille le sommet. Le corridor Lomé-Ouagadougou est rouvert.")
    features = {}
    for bias in ("-9", "9"):  # a model that reads every capital as the city, one that reads it as its government
        folder = folder_with_model(tmp_path / bias, None)
        shutil.copy(DATA / pairs.MODEL, folder / pairs.MODEL)
        with (folder / capitals.MODEL).open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows([linear.HEADER, ["", "(fingerprint)", capitals.fingerprint()],
                                                          ["1", "(threshold)", "0.5"], ["1", "(bias)", bias]])
        learn: dict = {}
        mentions = [rows for _, rows in annotate([article(text)], Reference(folder), learn=learn)][0]["mentions"]
        features[bias] = [(m["start"], m["end"], m["capital_features"]) for m in mentions if "capital_features" in m]
        assert len({m["actor_id"] for m in mentions if "capital_features" in m}) >= 3
    assert features["-9"] == features["9"] and len(features["9"]) >= 4


@pytest.fixture(scope="module")
def dev_parses(splits):
    """The dev articles' parses for both models' annotations, as `python -m analysis train` reads them: those the
    dev split's build kept (`splits` builds it first unless it is current), the others parsed."""
    return train.parsed(default_reference())


@pytest.fixture(scope="module")
def dev_annotated(dev_parses):
    """Dev annotated by the rules with the shipped capital model, as training's last pass annotates it (one pass
    for both checks: when the shipped capital model is current, that pass is training's last)."""
    return train.annotated(default_reference(), parses=dev_parses)


def test_the_shipped_model_is_what_training_on_todays_dev_gold_and_rules_gives(dev_annotated):
    """A change to the rules, the features or the dev gold must come with `python -m analysis train`."""
    rows = train.pair_model(dev_annotated, report=lambda _: None)
    assert_shipped_as_retrained(pairs.MODEL, pairs.fingerprint(), rows)


def test_a_capital_model_trained_for_other_features_is_refused_with_the_command_to_retrain(tmp_path):
    folder = folder_with_model(tmp_path, None)
    shutil.copy(DATA / pairs.MODEL, folder / pairs.MODEL)
    with (folder / capitals.MODEL).open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([linear.HEADER, ["", "(fingerprint)", "0000"],
                                                      ["1", "(threshold)", "0.5"], ["1", "(bias)", "1"]])
    with pytest.raises(ReferenceError, match="retrain it with `python -m analysis train`"):
        build_tables([article("Bamako a rappelé son ambassadeur.")], reference=Reference(folder))


def test_the_shipped_capital_model_is_what_training_on_todays_dev_gold_and_rules_gives(dev_annotated):
    """A change to the capital features, the rules or the dev gold must come with `python -m analysis train`."""
    rows = train.capital_model(dev_annotated, default_reference(), report=lambda _: None)
    assert_shipped_as_retrained(capitals.MODEL, capitals.fingerprint(), rows)


def random_examples(n: int = 400, seed: int = 7) -> tuple[list[tuple[str, frozenset]], list[bool]]:
    """Examples of 40 documents over 60 features, some rare, labelled by two of them with noise."""
    import random
    rng = random.Random(seed)
    examples, labels = [], []
    for i in range(n):
        features = frozenset(f"f{rng.randrange(60) if rng.random() < 0.9 else 60 + i}" for _ in range(rng.randrange(8)))
        examples.append((f"doc{rng.randrange(40)}", features))
        labels.append(("f1" in features or "f2" in features) != (rng.random() < 0.1))
    return examples, labels


def dict_vectorizer_fit(rows, labels, c, min_documents):
    """The fit `linear.Design` replaced: each subset vectorised anew by scikit-learn's DictVectorizer."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    seen: dict = {}
    for doc_id, features in rows:
        for f in features:
            seen.setdefault(f, set()).add(doc_id)
    kept = {f for f, docs in seen.items() if len(docs) >= min_documents}
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([{f: 1 for f in sorted(r) if f in kept} for _, r in rows])
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(x, labels)
    return float(model.intercept_[0]), dict(zip(vectorizer.get_feature_names_out(), map(float, model.coef_[0])))


@pytest.mark.parametrize("min_documents", [1, 3, 6])
def test_a_design_vectorised_once_fits_any_subset_as_vectorising_that_subset_would(min_documents):
    examples, labels = random_examples()
    design = linear.Design(examples)
    subset = [i for i, (doc, _) in enumerate(examples) if doc not in ("doc3", "doc17")]
    assert design.fit(labels, 0.5, min_documents) == dict_vectorizer_fit(examples, labels, 0.5, min_documents)
    intercept, weights = design.fit([labels[i] for i in subset], 0.5, min_documents, subset)
    assert (intercept, weights) == dict_vectorizer_fit([examples[i] for i in subset], [labels[i] for i in subset],
                                                       0.5, min_documents)
    rare = {f for f in design.names if len({d for d, fs in examples if f in fs}) < min_documents}
    assert bool(rare) == (min_documents > 1) and not rare & set(weights)  # a rarer feature gets no weight


def test_a_design_refuses_one_label_for_every_example():
    examples, _ = random_examples(50)
    with pytest.raises(linear.ModelFileError, match="nothing to learn"):
        linear.Design(examples).fit([True] * 50, 1.0, 1)


def test_of_the_cut_offs_near_the_best_f1_the_most_precise_is_chosen_then_the_most_cautious():
    scores = {(0.2, 0.45): (0.733, 0.79), (0.3, 0.45): (0.730, 0.81), (0.3, 0.5): (0.720, 0.86),
              (0.1, 0.6): (0.731, 0.79)}
    assert train.choose(scores) == (0.3, 0.45)  # within 0.005 of 0.733, precision 0.81 (0.86 is too far off in F1)
    tied = {(0.2, 0.45): (0.733, 0.79), (0.1, 0.6): (0.731, 0.79)}
    assert train.choose(tied) == (0.1, 0.6)  # the same precision: the highest threshold
