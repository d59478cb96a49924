"""The resolver on short inline French sentences, one behaviour each."""

import pytest


def ids(mentions):
    return [(text, actor_id) for text, actor_id, _ in mentions]


def kinds_of(text, date="2025-01-10"):
    from analysis import build_tables, parse_article
    m = build_tables([parse_article(f"date {date}\n{text}".encode(), "inline.txt")]).mentions
    return list(zip(m["text"], m["actor_id"], m["actor_kind"]))


def test_full_name_resolves_to_the_canonical_person(mentions_of):
    assert ("Abdourahamane Tiani", "abdourahamane-tiani", "name") in mentions_of(
        "Abdourahamane Tiani a reçu les ambassadeurs.")


def test_acronym_resolves(mentions_of):
    assert ids(mentions_of("La Cedeao et l'AES ont discuté.")) == [("Cedeao", "ecowas"), ("AES", "aes")]


def test_alias_of_the_confederation_resolves_to_aes(mentions_of):
    assert ("Confédération des Etats du Sahel", "aes", "alias") in mentions_of(
        "La Confédération des Etats du Sahel a tenu son sommet.")


def test_demonyms_in_every_gender_and_number(mentions_of):
    found = ids(mentions_of("Les soldats maliens, la presse malienne, les autorités nigériennes, "
                            "un drone turc et une entreprise turque ont été cités."))
    assert found == [("maliens", "MLI"), ("malienne", "MLI"), ("nigériennes", "NER"),
                     ("turc", "TUR"), ("turque", "TUR")]


def test_capitalised_demonym_names_the_people(mentions_of):
    assert ("Burkinabè", "BFA") in ids(mentions_of("Les Burkinabè ont voté."))


def test_surname_alone_takes_the_person_already_named(mentions_of):
    found = mentions_of("Karamoko Jean-Marie Traoré est arrivé. Traoré a parlé longtemps.")
    assert found[-1] == ("Traoré", "karamoko-jean-marie-traore", "surname")


def test_ambiguous_surname_of_someone_not_named_is_left_alone(mentions_of):
    assert ids(mentions_of("Traoré a parlé longtemps devant la presse.")) == []


def test_title_before_a_surname_marks_the_method(mentions_of):
    assert ("Touray", "omar-alieu-touray", "title") in mentions_of("M. Touray a regretté cette décision.")


def test_title_past_a_demonym(mentions_of):
    assert ("Bola Tinubu", "bola-tinubu", "title") in mentions_of(
        "Le président nigérian Bola Tinubu a appelé au dialogue.")


def test_a_title_with_its_field_still_introduces_a_name_the_tagger_misses(mentions_of):
    found = ids(mentions_of("Le consultant en cybersécurité Issaka Compaoré doute de ces garanties."))
    assert found == [("Issaka Compaoré", "issaka-compaore")]


@pytest.mark.parametrize("text, name", [
    ("Selon le Tchadien Mahamat Abakar Zene, le rapport sera remis jeudi.", "Mahamat Abakar Zene"),
    ("La Nigérienne Haoua Boubacar Gado dirige désormais le bureau régional.", "Haoua Boubacar Gado"),
])
def test_a_demonym_used_as_a_noun_introduces_the_name_after_it_as_a_title_does(mentions_of, text, name):
    found = ids(mentions_of(text))
    assert (name, name.lower().replace(" ", "-")) in found and len(found) == 2


def test_plural_honorifics_are_titles_not_part_of_the_first_name(mentions_of):
    found = ids(mentions_of("Le tribunal a relaxé MM. Boukary Tiendrébéogo et Ali Sanou, puis Mmes Adjara Konaté et "
                            "Safi Kaboré."))
    assert ("Boukary Tiendrébéogo", "boukary-tiendrebeogo") in found and ("Adjara Konaté", "adjara-konate") in found
    assert not any(actor_id.startswith(("mm-", "mmes-")) for _, actor_id in found)


def test_an_office_s_own_capitalised_word_after_a_title_is_no_name(mentions_of):
    found = ids(mentions_of("Le président de sa Commission, le Gambien Omar Alieu Touray, a parlé au conseiller du "
                            "ministère des Mines."))
    assert found == [("Gambien", "GMB"), ("Omar Alieu Touray", "omar-alieu-touray")]


def test_capital_as_subject_is_its_government(mentions_of):
    assert ("Paris", "FRA", "metonymy") in mentions_of("Paris a annoncé le retrait de ses troupes.")


def test_capital_after_a_relational_preposition_is_its_government(mentions_of):
    assert ("Ankara", "TUR", "metonymy") in mentions_of("Le ministre a plaidé auprès d'Ankara pour des drones.")


def test_capital_after_a_verb_and_de_is_its_government(mentions_of):
    assert ("Moscou", "RUS", "metonymy") in mentions_of("Le régime cherche à se rapprocher de Moscou.")


@pytest.mark.parametrize("text, ends", [
    ("La une de la presse : le futur chemin de fer Bamako-Ouagadougou-Niamey a fait la une.",
     ["bamako", "ouagadougou", "niamey"]),
    ("Les camions du corridor routier Lomé-Ouagadougou attendent depuis lundi.", ["lome", "ouagadougou"]),
    ("La liaison aérienne Niamey-Cotonou reprendra lundi.", ["niamey", "cotonou"]),
])
def test_the_ends_of_a_route_named_after_them_are_places(mentions_of, text, ends):
    found = [(t, a) for t, a, _ in mentions_of(text)]
    for end in ends:
        assert any(a == end for _, a in found), (end, found)
    assert not any(a in ("MLI", "BFA", "NER", "TGO", "BEN", "CIV", "NGA") for _, a in found), found


def test_capitals_joined_by_a_hyphen_without_a_route_are_read_as_before(mentions_of):
    assert ("Paris", "FRA", "metonymy") in mentions_of("Paris a dénoncé l'axe Moscou-Bamako.")


def test_capital_as_location_stays_a_place(mentions_of):
    assert ("Paris", "paris", "name") in mentions_of("Le ministre malien a été reçu à Paris mardi.")


def test_coordinated_capitals_share_the_role(mentions_of):
    found = ids(mentions_of("Ouagadougou et Niamey ont dénoncé la décision."))
    assert found == [("Ouagadougou", "BFA"), ("Niamey", "NER")]


def test_coup_d_etat_and_chefs_d_etat_name_no_state(mentions_of):
    assert mentions_of("Après le coup d'Etat, les chefs d'Etat se sont réunis.") == []


def test_etat_islamique_is_an_armed_group(mentions_of):
    assert ids(mentions_of("L'Etat islamique a revendiqué l'attaque.")) == [("Etat islamique", "islamic-state")]


def test_accented_etat_islamique_is_the_same_group(mentions_of):
    assert ids(mentions_of("L'État islamique a revendiqué l'attaque.")) == [("État islamique", "islamic-state")]


def test_niger_is_not_nigeria(mentions_of):
    found = ids(mentions_of("Le Niger et le Nigeria partagent une frontière; un officier nigérian l'a dit."))
    assert found == [("Niger", "NER"), ("Nigeria", "NGA"), ("nigérian", "NGA")]


def test_typographic_apostrophe_matches(mentions_of):
    assert ids(mentions_of("La Côte d’Ivoire a réagi.")) == [("Côte d’Ivoire", "CIV")]


def test_unlisted_person_gets_a_slug_of_the_name_as_written(mentions_of):
    found = mentions_of("Le Premier ministre sénégalais Ousmane Sonko a jugé la rupture regrettable.")
    assert ("Ousmane Sonko", "ousmane-sonko", "title") in found


def test_unlisted_person_surname_follows_the_full_name(mentions_of):
    found = mentions_of("Le président sénégalais Bassirou Diomaye Faye est arrivé. Faye a salué la décision.")
    assert found[-1][:2] == ("Faye", "bassirou-diomaye-faye")


def test_capital_after_a_noun_of_influence_is_its_government(mentions_of):
    assert ("Moscou", "RUS", "metonymy") in mentions_of("La junte agit sous la pression de Moscou, selon l'opposition.")


def test_capital_after_a_noun_of_place_stays_a_place(mentions_of):
    assert ("Bamako", "bamako", "name") in mentions_of("L'aéroport de Bamako a rouvert lundi.")


def test_a_first_name_the_model_left_out_joins_the_name(mentions_of):
    found = mentions_of("Le ministre de l'Energie, Yacouba Zabré GOUBA, a signé. GOUBA a salué l'accord.")
    assert ("GOUBA", "yacouba-zabre-gouba") in [(t, a) for t, a, _ in found]


@pytest.mark.parametrize("text", ["Rassemblés mardi à Niamey, les délégués ont salué l'accord.",
                                  "Joints par téléphone, des éleveurs de Tillabéri racontent la fuite."])
def test_a_sentence_opening_participle_is_not_a_name(mentions_of, text):
    found = mentions_of(text)
    assert not [m for m in found if m[0] == text.split()[0]]


def test_a_known_first_name_starts_a_person_the_model_missed(mentions_of):
    found = mentions_of("Au centre de transit de l'OIM, Zeinabou Garba a enregistré 900 arrivées.")
    assert ("Zeinabou Garba", "zeinabou-garba", "ner") in found or any(m[1] == "zeinabou-garba" for m in found)


@pytest.mark.parametrize("text, person", [
    ("Le site est fermé, a expliqué Tran Van Minh, directeur de l'usine.", "tran-van-minh"),
    ("« Rien ne bouge », a confié à Sahelinfo Ousmane Barry Diallo, secrétaire général du syndicat.",
     "ousmane-barry-diallo"),
    ("« Rien ne bouge », a assuré à KibaruInfo Li Wenhao, porte-parole de la société.", "li-wenhao"),
])
def test_a_name_closed_by_a_title_is_a_person_without_the_medium_before_it(mentions_of, text, person):
    found = ids(mentions_of(text))
    assert [a for _, a in found if a.endswith(person)] == [person]


def test_a_first_name_inside_an_institution_name_is_no_person(mentions_of):
    found = mentions_of("Le chercheur enseigne à l'Université Cheikh Anta Diop de Dakar.")
    assert not [m for m in found if m[1] == "cheikh-anta-diop"]


def test_a_capitalised_noun_after_an_article_is_no_first_name(mentions_of):
    found = mentions_of("Trois jours plus tard, la Suédoise Anna Lindqvist, qui préside l'assemblée, a dit regretter "
                        "la décision.")
    assert any(m[1] == "anna-lindqvist" for m in found)
    assert not [m for m in found if m[1].startswith("suedoise")]


def test_compound_demonyms_give_one_row_per_state_whether_or_not_the_tokenizer_splits_them(mentions_of):
    found = ids(mentions_of("La coopération franco-nigérienne, les relations algéro-maliennes et la relation "
                            "sino-africaine."))
    assert found == [("franco", "FRA"), ("nigérienne", "NER"), ("algéro", "DZA"), ("maliennes", "MLI"),
                     ("sino", "CHN")]


def test_an_organisation_span_cut_before_a_known_name_is_no_mention(mentions_of):
    assert ids(mentions_of("La Commission de la Cedeao a pris acte du départ.")) == [("Cedeao", "ecowas")]


def test_demonyms_of_states_beyond_the_sahel(mentions_of):
    found = ids(mentions_of("Le président égyptien et les autorités sud-africaines ont reçu une délégation kényane."))
    assert found == [("égyptien", "EGY"), ("sud-africaines", "ZAF"), ("kényane", "KEN")]


def test_compound_stems_of_added_states_but_not_a_climate_zone(mentions_of):
    found = ids(mentions_of("Le partenariat nippo-sénégalais et la coopération italo-tunisienne visent la zone "
                            "soudano-sahélienne."))
    assert found == [("nippo", "JPN"), ("sénégalais", "SEN"), ("italo", "ITA"), ("tunisienne", "TUN")]


def test_short_forms_keep_the_two_congos_and_the_guineas_apart(mentions_of):
    found = ids(mentions_of("La RDC, le Congo-Brazzaville, la Guinée-Bissau et la Guinée équatoriale ont répondu "
                            "à la Guinée."))
    assert found == [("RDC", "COD"), ("Congo-Brazzaville", "COG"), ("Guinée-Bissau", "GNB"),
                     ("Guinée équatoriale", "GNQ"), ("Guinée", "GIN")]


def test_a_name_found_in_two_pieces_is_one_person(mentions_of):
    found = ids(mentions_of("« Le Sahel a besoin d'armes », estime depuis Bamako l'analyste malien Fousseyni Diarra."))
    assert ("Fousseyni Diarra", "fousseyni-diarra") in found


@pytest.mark.parametrize("text, name, expected", [
    ("Quelques heures plus tard, Bamako a rappelé son ambassadeur.", "Bamako", "MLI"),
    ("En juin déjà, Niamey lui avait retiré le permis.", "Niamey", "NER"),
    ("Niamey, qui mise sur le transit, attend les fonds.", "Niamey", "NER"),
    ("Drone abattu : Alger riposte et ferme son ciel.", "Alger", "DZA"),
    ("La société a dû verser 160 millions de dollars à Bamako.", "Bamako", "MLI"),
    ("Le refus d'Alger de comparaître surprend.", "Alger", "DZA"),
    ("Il est arrivé à Bamako mardi.", "Bamako", "bamako"),
    ("Le Niger s'est tourné vers Moscou.", "Moscou", "RUS"),
    ("Rabat a su parler à Ouagadougou sans froisser personne.", "Ouagadougou", "BFA"),
    ("Paris accuse, mais Niamey répond par le silence.", "Niamey", "NER"),
    ("Le ministre a rencontré la Confédération à Niamey.", "Confédération", "aes"),
    ("le ministre de l'Energie de la Fédération de Russie", "Fédération de Russie", "RUS"),
])
def test_a_capital_that_acts_is_its_government_whatever_the_parse(mentions_of, text, name, expected):
    assert (name, expected) in ids(mentions_of(text))


@pytest.mark.parametrize("text, name, slug, acronym", [
    ("Le barrage relève de l'Autorité du bassin du fleuve Niger (ABFN), qui se réunit demain. L'ABFN a confirmé.",
     "Autorité du bassin du fleuve Niger", "autorite-du-bassin-du-fleuve-niger", "ABFN"),
    ("Un accord lie l'Office du lac Tchad pour la pêche (OLTP) aux pêcheurs. L'OLTP a salué l'accord.",
     "Office du lac Tchad pour la pêche", "office-du-lac-tchad-pour-la-peche", "OLTP"),
    # an accented initial gives the acronym's plain letter: `é` of `éleveurs` is the `E` of UEEN
    ("A Niamey, l'Union des éleveurs et exportateurs du Niger (UEEN) a dénoncé la taxe. L'UEEN réclame un report.",
     "Union des éleveurs et exportateurs du Niger", "union-des-eleveurs-et-exportateurs-du-niger", "UEEN"),
    # a hyphen between two names is inside the name the acronym spells
    ("Le Syndicat des chauffeurs de l'axe Dakar-Bamako (SCADB) menace de bloquer la route. Le SCADB attend.",
     "Syndicat des chauffeurs de l'axe Dakar-Bamako", "syndicat-des-chauffeurs-de-l-axe-dakar-bamako", "SCADB"),
    # a capitalised role opening the sentence is not part of the name whose initials it shares
    ("Conseiller au Centre de recherches économiques (CRE), Ali Sanou doute du calendrier. Le CRE publie demain.",
     "Centre de recherches économiques", "centre-de-recherches-economiques", "CRE"),
])
def test_a_name_an_article_defines_by_its_acronym_holds_its_lowercase_words_and_the_state_it_names(
        mentions_of, text, name, slug, acronym):
    found = ids(mentions_of(text))
    assert (name, slug) in found and (acronym, slug) in found
    assert not any(actor in ("NER", "TCD") for _, actor in found)


def test_a_fuller_name_of_a_known_person_is_that_person_but_another_first_name_is_not(mentions_of):
    assert ("Faure Essozimna Gnassingbé", "faure-gnassingbe") in ids(mentions_of(
        "Le président togolais Faure Essozimna Gnassingbé a reçu la délégation."))
    assert ("Mamadou Abdoulaye Diop", "mamadou-abdoulaye-diop") in ids(mentions_of(
        "Le commerçant Mamadou Abdoulaye Diop a fermé sa boutique."))


def test_the_ngos_that_speak_on_sahel_press_and_aid_are_known_by_name_and_acronym(mentions_of):
    found = ids(mentions_of("Reporters sans frontières (RSF) et Human Rights Watch ont protesté. HRW et le CICR "
                            "demandent une enquête."))
    assert ("Reporters sans frontières", "reporters-sans-frontieres") in found
    assert ("HRW", "human-rights-watch") in found and ("CICR", "comite-international-de-la-croix-rouge") in found


def test_a_person_keeps_the_id_of_the_fullest_name_the_article_gives():
    from analysis.actors import fullest_names
    from analysis.reference import default_reference
    rows = [{"actor_id": a, "actor_kind": "person"} for a in
            ("thomas-boni-yayi", "boni-yayi", "raky-talla", "raky-talla-diarra", "awa-sow", "awa-sow-diallo",
             "awa-sow-keita", "abdourahamane-tiani")]
    assert fullest_names(rows, default_reference()) == {"boni-yayi": "thomas-boni-yayi",
                                                        "raky-talla": "raky-talla-diarra"}  # two Awa Sows: no guess



def test_initials_and_a_surname_are_the_person_with_those_first_names():
    # GUIDELINES: an interview's labels (`A. Z. :`) are mentions of the interviewee
    from analysis.actors import fullest_names
    from analysis.reference import default_reference
    rows = [{"actor_id": a, "actor_kind": "person"} for a in
            ("salif-ouedraogo-kabre", "s-o-kabre", "h-kabre", "mariam-toure", "m-toure", "moussa-toure",
             "b-k-diarra", "bintou-diarra")]
    assert fullest_names(rows, default_reference()) == {"s-o-kabre": "salif-ouedraogo-kabre"}
    # (`H. Kabré` fits no one; `M. Touré` two people; `B. K. Diarra` more initials than `Bintou Diarra` has names)

@pytest.mark.parametrize("text, expected", [
    # a person's name after a university's noun is the university's name, not a person
    ("Selon un historien de l'université Norbert-Zongo de Koudougou, la rupture était écrite.",
     ("université Norbert-Zongo", "universite-norbert-zongo", "organization")),
    # a state's name after a lake's noun is the lake, a place
    ("Les pêcheurs du lac Tchad ont fui les îles.", ("lac Tchad", "lac-tchad", "place")),
    # qualifiers between the noun and the name belong to it
    ("Un atelier s'est tenu au Centre culturel franco-malien Amadou Hampâté Bâ.",
     ("Centre culturel franco-malien Amadou Hampâté Bâ", "centre-culturel-franco-malien-amadou-hampate-ba",
      "organization")),
    # a university and an autonomous port take the place after `de` as their name
    ("Le Port autonome de Cotonou et l'université de Parakou ont signé.",
     ("Port autonome de Cotonou", "port-autonome-de-cotonou", "organization")),
])
def test_a_named_institution_or_facility_is_one_mention_with_the_name_inside_it(mentions_of, text, expected):
    found = [(m, a) for m, a, _ in mentions_of(text)]
    assert expected[:2] in found
    inner = expected[0].split()[-1]
    assert not any(m == inner for m, _ in found)


def test_an_acronym_alone_after_a_foundation_is_its_name(mentions_of):
    found = ids(mentions_of("Selon la fondation SETA, proche du pouvoir turc, Ankara avance au Sahel."))
    assert ("fondation SETA", "fondation-seta") not in found


def test_a_named_facility_is_a_place_and_a_named_university_an_organisation():
    from analysis import build_tables, parse_article
    article = parse_article("date 2025-01-10\nLes chercheurs de l'université Abdou-Moumouni ont survolé le lac Tchad "
                            "depuis l'aéroport Diori-Hamani.".encode(), "inline.txt")
    m = build_tables([article]).mentions
    assert dict(zip(m["text"], m["actor_kind"])) == {
        "université Abdou-Moumouni": "organization", "lac Tchad": "place", "aéroport Diori-Hamani": "place"}


def test_a_title_tagged_adjective_and_a_first_name_tagged_determiner_still_give_the_titled_name():
    # the small model tags some titles as adjectives and some first names as determiners
    # (`la chercheuse malienne Awa …`): the name after the title and demonym is still found
    from spacy.tokens import Doc, Span
    from analysis.actors import is_name_word, titled_names
    from analysis.nlp import load_pipeline
    vocab = load_pipeline().vocab
    words = ["estime", "la", "chercheuse", "malienne", "Awa", "Keïta", "."]
    doc = Doc(vocab, words=words, pos=["VERB", "DET", "ADJ", "ADJ", "DET", "PROPN", "PUNCT"])
    doc.ents = [Span(doc, 3, 4, label="MISC", span_id="demonym:MLI")]
    assert is_name_word(doc[4]) and not is_name_word(doc[1])
    assert [s.text for s in titled_names(doc, {"chercheuse"})] == ["Awa Keïta"]


def test_a_name_apposed_after_a_title_is_found_over_a_models_label_and_a_place_ending_it():
    # after `sa secrétaire générale,` the model labels `Awa Diallo` a place, and `Kaya` (a town) is a known place
    from spacy.tokens import Doc, Span
    from analysis.actors import apposed_names
    from analysis.nlp import load_pipeline
    vocab = load_pipeline().vocab
    words = ["affirme", "sa", "secrétaire", "générale", ",", "Mariam", "Kaya", ".",
             "le", "porte-parole", ",", "Awa", "Diallo", "."]
    doc = Doc(vocab, words=words, pos=["VERB", "DET", "NOUN", "ADJ", "PUNCT", "PROPN", "PROPN", "PUNCT",
                                       "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 7 + [True] + [False] * 5)
    doc.ents = [Span(doc, 6, 7, label="LOC", span_id="name:kaya"), Span(doc, 11, 13, label="LOC")]
    assert [s.text for s in apposed_names(doc, {"secrétaire générale", "porte-parole"})] == ["Mariam Kaya", "Awa Diallo"]


def test_a_double_surname_split_at_its_hyphen_is_one_name(mentions_of):
    found = ids(mentions_of("Selon Fanta Diarra-Konaté, présidente du collectif, la frontière doit rouvrir."))
    assert ("Fanta Diarra-Konaté", "fanta-diarra-konate") in found


@pytest.mark.parametrize("text, expected, not_expected", [
    ("La République du Tchad a rappelé son ambassadeur.", ("République du Tchad", "TCD"), ("Tchad", "TCD")),
    ("Le Royaume du Maroc propose un accès à l'Atlantique.", ("Royaume du Maroc", "MAR"), ("Maroc", "MAR")),
    ("Les vols de Tunisair Niger restent suspendus.", ("Tunisair Niger", "tunisair-niger"), ("Niger", "NER")),
])
def test_a_state_named_formally_is_one_mention_and_a_company_named_after_a_state_is_not_the_state(
        mentions_of, text, expected, not_expected):
    found = ids(mentions_of(text))
    assert expected in found and not_expected not in found


@pytest.mark.parametrize("text, name", [
    # the parser ends a sentence inside the name; the first name is known though the model left it out
    ("« Nos bateaux rouillent ici », lance Issoufou Dan Kané, pêcheur à Gaya.", "issoufou-dan-kane"),
    ("Pour Hicham Alaoui Bennani, chercheur au Policy Center for the New South, Rabat gagne.",
     "hicham-alaoui-bennani"),
])
def test_a_known_first_name_before_a_cut_name_belongs_to_it(mentions_of, text, name):
    assert name in [actor_id for _, actor_id, _ in mentions_of(text)]


def test_a_known_first_name_opening_a_sentence_before_a_known_surname_is_someone_else(mentions_of):
    # the rulers know the surname (people of the table bear it); the first name makes another person
    found = [actor_id for _, actor_id, _ in mentions_of(
        "Mariétou Coulibaly, vendeuse au marché de Médina Coura, a vu les prix doubler.")]
    assert "marietou-coulibaly" in found and not any(a.endswith("coulibaly") and a != "marietou-coulibaly"
                                                     for a in found)


def test_a_name_built_around_a_ruler_surname_is_not_that_surname(nlp):
    # spaCy gives a span its root token's entity id: where the parser makes the surname the root (the tagger
    # took the first name for a preposition), the whole name must still not pass for the ruler's surname
    from spacy.tokens import Doc, Span
    from analysis.actors import Context, resolve, ruler_id, with_first_names
    from analysis.reference import default_reference
    reference = default_reference()
    doc = Doc(nlp.vocab, words=["Pour", "Salimata", "Ouédraogo", ",", "Rabat", "gagne"], heads=[2, 2, 5, 2, 5, 5],
              deps=["case", "flat:name", "obl", "punct", "nsubj", "ROOT"],
              pos=["ADP", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"])
    doc.ents = [Span(doc, 2, 3, label="PER", span_id="surname:albert-ouedraogo;surname:rimtalba-jean-emmanuel-ouedraogo")]
    name, = with_first_names(list(doc.ents), reference.titles, reference.first_names)
    assert name.text == "Salimata Ouédraogo" and ruler_id(name) == "" and ruler_id(doc.ents[0])
    assert resolve(name, reference, Context())[1] == "salimata-ouedraogo"


def test_a_capitalised_word_that_is_no_first_name_stays_out_of_the_name(mentions_of):
    found = [actor_id for _, actor_id, _ in mentions_of("La secrétaire d'Etat adjointe Molly Phee est arrivée.")]
    assert "molly-phee" in found and "etat-molly-phee" not in found


def test_a_first_name_alone_later_is_the_fullest_name_of_the_article(mentions_of):
    found = ids(mentions_of("Falmata Bukar attend depuis février. Falmata, elle, n'attend plus rien."))
    assert [a for t, a in found if t.startswith("Falmata")] == ["falmata-bukar", "falmata-bukar"]


def test_a_name_and_its_acronym_in_brackets_are_two_mentions(mentions_of):
    # the guidelines annotate `Alliance des Etats du Sahel` and `AES` apart, as written
    found = ids(mentions_of("Les trois pays ont fondé l'Alliance des Etats du Sahel (AES) en septembre 2023."))
    assert ("Alliance des Etats du Sahel", "aes") in found and ("AES", "aes") in found


@pytest.mark.parametrize("text, name, actor", [
    ("Le Mali accuse Alger de soutenir les groupes armés.", "Alger", "DZA"),  # a verb's object
    ("Les camions attendent à la frontière que Cotonou a fermée en 2023.", "Cotonou", "BEN"),  # after `que`
    ("Bamako, de son côté, parle d'un tir prémédité.", "Bamako", "MLI"),  # an incise before the verb
    ("La Chine est devenue un partenaire central de Niamey.", "Niamey", "NER"),  # a relation noun's complement
    ("Selon le Kremlin, les échanges restent modestes.", "Kremlin", "RUS"),  # a seat of power
    ("« Niamey ne cédera pas », a dit le ministre.", "Niamey", "NER"),  # opening a quotation
    ("Le ministre a atterri à Niamey mardi.", "Niamey", "niamey"),  # a place
    ("Les experts ont quitté Bamako lundi.", "Bamako", "bamako"),  # a verb of movement: a place
    ("La délégation a été reçue au Kremlin jeudi.", "Kremlin", "kremlin"),  # a seat where things happen
])
def test_a_capital_or_seat_is_its_government_or_a_place_by_its_context(mentions_of, text, name, actor):
    assert (name, actor) in ids(mentions_of(text))


def test_a_dateline_in_capitals_is_a_place_mention(mentions_of):
    found = mentions_of("NIAMEY, 7 août 2024 (AFP) - Le Niger a rompu avec l'Ukraine.\n\nN'DJAMENA (Reuters) - Le "
                        "Tchad observe.")
    assert [m for m in found if m[2] == "dateline"] == [("NIAMEY", "niamey", "dateline"),
                                                        ("N'DJAMENA", "ndjamena", "dateline")]


def test_short_names_of_states_and_organisations_in_this_domain(mentions_of):
    found = mentions_of("Un drone des Forces armées maliennes a été abattu. Le président du Faso a réagi. La Cedeao a "
                        "pris acte : « La porte de la Communauté reste ouverte. » La Communauté des Etats "
                        "sahélo-sahariens s'est tue, comme la communauté internationale.")
    assert ids(found) == [("maliennes", "MLI"), ("Faso", "BFA"), ("Cedeao", "ecowas"), ("Communauté", "ecowas"),
                          ("Communauté des Etats sahélo-sahariens", "communaute-des-etats-sahelo-sahariens")]


def test_the_terrorists_as_a_collective_are_the_jihadist_groups_counted_fighters_are_not(mentions_of):
    found = mentions_of("Les terroristes ont frappé Djibo. L'armée dit avoir neutralisé 80 terroristes et des "
                        "dizaines de jihadistes. Niamey accuse Kiev de soutenir les « terroristes ».")
    assert [(t, a) for t, a, _ in found if a == "jihadist-groups"] == [("terroristes", "jihadist-groups")] * 2


def test_la_cour_alone_is_the_court_named_last(mentions_of):
    found = mentions_of("Le Mali a quitté la Cour pénale internationale. « La Cour s'acharne », dit Bamako. La Cour "
                        "suprême du Mali se tait.")
    assert [(t, a) for t, a, _ in found if t.startswith("Cour")] == [
        ("Cour pénale internationale", "cour-penale-internationale"), ("Cour", "cour-penale-internationale"),
        ("Cour suprême du Mali", "cour-supreme-du-mali")]  # a court named in full is its own name


def test_commands_services_and_seats_named_by_a_proper_name_are_their_state(mentions_of):
    found = mentions_of("Le Pentagone et l'Africom ont confirmé. Le Quai d'Orsay dénonce, la DGSE se tait.")
    assert ids(found) == [("Pentagone", "USA"), ("Africom", "USA"), ("Quai d'Orsay", "FRA"), ("DGSE", "FRA")]


def test_amnesty_alone_is_amnesty_international(mentions_of):
    assert ("Amnesty", "amnesty-international") in ids(mentions_of("Amnesty affirme avoir identifié des fragments."))


@pytest.mark.parametrize("text, expected", [
    ("Le tribunal de commerce de Kayes a placé la mine sous administration provisoire.",
     ("tribunal de commerce de Kayes", "tribunal-de-commerce-de-kayes")),
    ("Saisie par l'opposant, la Cour de justice de la Cedeao a ordonné sa libération.",
     ("Cour de justice de la Cedeao", "cour-de-justice-de-la-cedeao")),
    ("La Haute Cour fédérale du Nigeria a rejeté la demande d'extradition.",
     ("Haute Cour fédérale du Nigeria", "haute-cour-federale-du-nigeria")),
])
def test_a_court_named_in_full_is_one_organisation_and_its_seat_no_mention_of_its_own(mentions_of, text, expected):
    found = ids(mentions_of(text))
    assert expected in found and not [m for m in found if m[1] in ("kayes", "ecowas", "NGA")]


def test_a_court_s_acronym_after_its_name_takes_its_id_and_a_bare_court_is_no_name(mentions_of):
    found = ids(mentions_of("Le dossier est devant la Cour de répression des infractions économiques et du terrorisme "
                            "(Criet). Le tribunal a déjà condamné deux agents, et la Criet doit trancher lundi."))
    slug = "cour-de-repression-des-infractions-economiques-et-du-terrorisme"
    assert [a for _, a in found] == [slug, slug, slug]


def test_a_regional_adjective_names_no_actor(mentions_of):
    # the guidelines: `européen`, like `sahélien` or `occidental`, is a region, not the European Union
    assert ids(mentions_of("Un diplomate européen a rencontré les ministres de l'Union européenne.")) == [
        ("Union européenne", "eu")]


def test_a_country_inside_a_company_or_bank_name_is_no_mention(mentions_of):
    found = ids(mentions_of("Le site est exploité par Mali Lithium SA, selon la SOREM-Mali. Pour le cabinet Sahel Risk "
                            "Advisory, la BCID-AES doit financer l'axe Moscou-Bamako et la route Agadez-Sebha."))
    assert [t for t, a in found if a not in ("societe-de-recherche-et-d-exploitation-des-ressources-minerales-du-mali",
                                             "banque-confederale-pour-l-investissement-et-le-developpement")] == [
        "Mali Lithium SA", "Moscou", "Bamako", "Agadez"]  # (the names the reference knows are their company and bank,
    # an unlisted company's name is its own; whether Moscou is Russia: the capital model's)


def test_a_language_is_no_demonym(mentions_of):
    found = ids(mentions_of("Le centre donne des cours de russe et publie en français, dit le diplomate russe."))
    assert found == [("russe", "RUS")]


@pytest.fixture(scope="module")
def rules_for_capitals(tmp_path_factory):
    """A reference without the capital model: the rules read every capital (`actors.capital_role`)."""
    from conftest import copy_reference

    from analysis import capitals
    from analysis.reference import Reference
    return Reference(copy_reference(tmp_path_factory.mktemp("rules"), without=(capitals.MODEL,)))


@pytest.mark.parametrize("text, expected", [
    ("Bamako est une ville de deux millions d'habitants.", "bamako"),  # described as a place
    ("Le juge de Bamako a tranché.", "bamako"),  # "de" after a noun that does not act
    ("Il part vers Bamako demain.", "bamako"),  # a destination, not a partner
    ("Abuja a rappelé son ambassadeur.", "NGA"),
])
def test_without_the_capital_model_the_rules_read_the_capital(rules_for_capitals, text, expected):
    from analysis import build_tables, parse_article
    article = parse_article(f"date 2024-06\nUn titre\n\n{text}".encode(), "inline.txt")
    m = build_tables([article], reference=rules_for_capitals).mentions
    assert list(m[m["text"].isin(["Bamako", "Abuja"])]["actor_id"]) == [expected]


@pytest.mark.parametrize("text, name, expected", [
    ("Le Nigeria et ses voisins\n\nAbuja dément.", "Abuja", "NGA"),  # the tagger reads "dément" as an adjective
    ("Le Bénin et le Niger\n\nNiamey accuse Cotonou d'abriter des bases.", "Cotonou", "BEN"),
    ("Le Niger et la Chine\n\nLe ministre est arrivé à Niamey lundi.", "Niamey", "niamey"),
])
def test_the_capital_model_reads_what_the_rules_miss(mentions_of, text, name, expected):
    assert (name, expected) in ids(mentions_of(text))


def test_an_acronym_an_article_defines_for_a_known_actor_takes_that_actor(mentions_of):
    found = ids(mentions_of("Les rebelles du Cadre stratégique permanent (CSP) ont attaqué Kidal. Le CSP a revendiqué."))
    assert [a for t, a in found if t == "CSP"] == ["csp-dpa", "csp-dpa"]


@pytest.mark.parametrize("text, name, actor_id", [
    ("Le maire de Kaya, Abdoulaye Diop Kéré, a reçu la délégation.", "Abdoulaye Diop Kéré", "abdoulaye-diop-kere"),
    ("La directrice Salimata Ouédraogo Nikiéma a signé la convention.", "Salimata Ouédraogo Nikiéma",
     "salimata-ouedraogo-nikiema"),
])
def test_a_known_name_followed_by_another_surname_is_a_longer_name(mentions_of, text, name, actor_id):
    # not the reference's Abdoulaye Diop, nor a Salimata Ouédraogo; a surname after a known name is part of it
    assert (name, actor_id) in ids(mentions_of(text))


@pytest.mark.parametrize("text, name, actor_id", [
    ("« Le taux est trop élevé », estime l'analyste Issa Koudougou.", "Issa Koudougou", "issa-koudougou"),
    ("Le préfet, le commandant Seydou Djibo Yaméogo, a fermé le marché.", "Seydou Djibo Yaméogo", "seydou-djibo-yameogo"),
    ("Le consul Emre Kaya a reçu les commerçants.", "Emre Kaya", "emre-kaya"),
])
def test_a_first_name_followed_by_a_town_name_is_a_person_s_name(mentions_of, text, name, actor_id):
    # Sahelian surnames are often town names: after a known first name, the town is the surname
    found = ids(mentions_of(text))
    assert (name, actor_id) in found and not any(t in name.split() for t, _ in found)


@pytest.mark.parametrize("text, name, actor_id", [
    ("Le Barreau du Niger a suspendu sa participation aux audiences.", "Barreau du Niger", "barreau-du-niger"),
    ("Le Fonds saoudien pour le développement a financé le pont.", "Fonds saoudien pour le développement",
     "fonds-saoudien-pour-le-developpement"),
    ("La Maison turque accueille des étudiants.", "Maison turque", "maison-turque"),
    ("Le Conseil norvégien pour les réfugiés suspend ses activités.", "Conseil norvégien pour les réfugiés",
     "conseil-norvegien-pour-les-refugies"),
    ("Le prêt vient du Fonds de développement de Doha.", "Fonds de développement de Doha",
     "fonds-de-developpement-de-doha"),
])
def test_an_organisation_named_after_a_place_or_a_nationality_is_one_mention(mentions_of, text, name, actor_id):
    # the place or nationality inside the name is no state of its own
    found = ids(mentions_of(text))
    assert (name, actor_id) in found and len(found) == 1


@pytest.mark.parametrize("text, name, actor_id", [
    ("La Conférence épiscopale du Bénin appelle au dialogue.", "Conférence épiscopale du Bénin",
     "conference-episcopale-du-benin"),
    ("Il sort de l'Ecole nationale d'administration de Niamey.", "Ecole nationale d'administration de Niamey",
     "ecole-nationale-d-administration-de-niamey"),
    ("La Maison turque de Niamey a ouvert ses portes.", "Maison turque de Niamey", "maison-turque-de-niamey"),
])
def test_a_conference_a_capital_without_its_accent_and_a_nationality_then_a_city_stay_in_the_name(
        mentions_of, text, name, actor_id):
    found = ids(mentions_of(text))
    assert (name, actor_id) in found and len(found) == 1


def test_a_conference_of_heads_of_state_is_the_organisation_s_organ_not_a_named_organisation(mentions_of):
    assert ids(mentions_of("La Conférence des chefs d'Etat de la Cedeao se réunit à Abuja.")) == [
        ("Cedeao", "ecowas"), ("Abuja", "abuja")]


@pytest.mark.parametrize("text, kept", [
    ("La Gendarmerie nationale du Niger enquête.", ("Niger", "NER")),  # a state's own body: the state
    ("La Commission à Abuja a réagi.", ("Abuja", "abuja")),  # where a body sits is no part of its name
])
def test_a_state_body_or_a_seat_is_no_place_named_organisation(mentions_of, text, kept):
    assert kept in ids(mentions_of(text))


def test_a_name_joined_by_a_hyphen_after_an_organisation_s_noun_is_whole(mentions_of):
    # the tokenizer splits `Al-Hikma` into three tokens; the name is all of them, not `Al`
    assert ("Al-Hikma Relief", "al-hikma-relief") in ids(mentions_of("Niamey a suspendu l'ONG qatarie Al-Hikma Relief."))


def test_a_weekday_after_a_name_is_no_surname(mentions_of):
    assert ("Abdoulaye Diop", "abdoulaye-diop") in ids(mentions_of("Selon Abdoulaye Diop Mardi, le texte est prêt."))


def test_an_office_the_press_capitalises_is_no_person(mentions_of):
    found = ids(mentions_of("Le Premier ministre, Chef du Gouvernement, le Général de division Souleymane Diarra, a "
                            "présidé la réunion. Le Chef du Gouvernement a ensuite reçu les syndicats."))
    assert not [a for _, a in found if a.startswith("chef")]
    assert ("Souleymane Diarra", "souleymane-diarra") in found


def test_cheikh_before_a_full_name_is_a_first_name_not_a_title(mentions_of):
    found = [actor_id for _, actor_id, _ in mentions_of("« Les chiffres sont faux », tranche le chercheur sénégalais "
                                                        "Cheikh Tidiane Sow, basé à Dakar.")]
    assert "cheikh-tidiane-sow" in found and "tidiane-sow" not in found


def test_an_acronym_written_as_a_word_names_the_body_it_follows(mentions_of):
    found = mentions_of("La Société nationale des transports du Niger (Sonatran) a suspendu ses lignes. La Sonatran "
                        "promet une reprise.")
    assert [actor_id for _, actor_id, _ in found].count("societe-nationale-des-transports-du-niger") == 3
    found = mentions_of("Le ministre a reçu lundi les maires de la région (Tahoua) pour une réunion.")
    assert not any(text == "Tahoua" and actor_id != "tahoua" for text, actor_id, _ in found)


def test_an_acronym_a_headline_uses_before_the_body_defines_it_is_that_body(mentions_of):
    found = mentions_of("Sport : la Fenabas suspend son championnat pour « raisons de sécurité »\n\n"
                        "La Fédération nationale de basket-ball du Sahel (Fenabas) a annoncé la mesure jeudi.")
    assert [actor_id for text, actor_id, _ in found if text == "Fenabas"] == [
        "federation-nationale-de-basket-ball-du-sahel"] * 2  # the headline's too: read ahead


def test_a_name_a_company_noun_introduces_is_an_organisation_wherever_it_recurs():
    found = kinds_of("Le Niger a retiré son permis à la compagnie minière canadienne Karibu Gold. "
                  "Karibu Gold a aussitôt saisi un tribunal arbitral.")
    assert [k for t, a, k in found if a == "karibu-gold"] == ["organization", "organization"]


@pytest.mark.parametrize("text, name, person", [
    ("À Djibo, Fatimata Sawadogo, qui coordonne une association, se montre plus nuancée.", "Fatimata Sawadogo", True),
    ("Selon Boukary OUEDRAOGO, les recettes ont chuté.", "Boukary OUEDRAOGO", True),
    ("La Fondation Moussa Traoré a distribué des vivres.", "Fondation Moussa Traoré", False),
    ("Les images ont été diffusées par Awa TV dimanche.", "Awa TV", False),
])
def test_a_persons_name_the_model_calls_an_organisation_is_a_person(nlp, text, name, person):
    # the small model labels some names of private people ORG; a known first name then name words is a
    # person (an organisation's noun, or an acronym, keeps it an organisation the rules may not know)
    from spacy.tokens import Span
    from analysis.actors import find_mentions
    from analysis.reference import default_reference
    doc = nlp(text)
    start = next(t.i for t in doc if text.find(name) == t.idx)
    end = next(t.i for t in doc if t.idx + len(t) == text.find(name) + len(name)) + 1
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label="ORG")]
    rows = find_mentions([(0, doc, [0] * len(doc))], default_reference())
    people = [r["text"] for r in rows if r["actor_kind"] == "person"]
    assert (name in people) == person


@pytest.mark.parametrize("text, entity, expected", [
    ("Le ministre nigérien du Commerce a signé l'arrêté.", "Commerce", None),
    ("Pipeline : Cotonou et Niamey se parlent de nouveau.", "Pipeline", None),
    ("Embuscade de Boni : le bilan s'alourdit.", "Embuscade de Boni", None),
    ("Enquête Mariam Ouédraogo, à Dori.", "Enquête Mariam Ouédraogo", ("Mariam Ouédraogo", "mariam-ouedraogo")),
    ("Le camion venait de Dan Kano, selon la douane.", "Dan Kano", ("Dan Kano", "dan-kano")),
    ("Selon Hélène Marchand, chercheuse, Marchand ne renonce pas.", "Marchand", ("Marchand", "helene-marchand")),
])
def test_common_words_the_model_calls_persons_name_nobody(nlp, text, entity, expected):
    # a capitalised word of the French lexicon (an office's portfolio, a headline's first word) that the
    # model calls a person names nobody; before a first name and a surname (a byline) it is left out
    from spacy.tokens import Span
    from analysis.actors import find_mentions
    from analysis.reference import default_reference
    doc = nlp(text)
    at = text.rindex(entity)
    start = next(t.i for t in doc if t.idx == at)
    end = next(t.i for t in doc if t.idx + len(t) == at + len(entity)) + 1
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label="PER")]
    rows = find_mentions([(0, doc, [0] * len(doc))], default_reference())
    found = [(r["text"], r["actor_id"]) for r in rows if r["actor_kind"] == "person" and r["start"] >= at]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    ("CONAKRY, 3 mars 2025 (AFP) - Le Conseil national de la transition (CNT) a adopté la nouvelle loi. Le CNT "
     "siège à Conakry.", [("CONAKRY", "conakry", "place"), ("AFP", "afp", "organization"), ("CNT", "GIN", "state"),
                        ("CNT", "GIN", "state"), ("Conakry", "conakry", "place")]),
    ("A Dosso, les Forces de défense et de sécurité (FDS) du Niger ont repoussé l'assaut.",
     [("Dosso", "dosso", "place"), ("FDS", "NER", "state"), ("Niger", "NER", "state")]),
    ("Le texte a été voté par l'ALT. Au Burkina, l'Assemblée nationale n'existe plus.",
     [("ALT", "BFA", "state"), ("Burkina", "BFA", "state")]),
])
def test_a_state_bodys_acronym_is_its_state_and_its_spelled_out_name_no_mention(text, expected):
    # guidelines, section 3: a state's own bodies (parliament, junta, army, intelligence) are the state; their
    # acronym is a mention of it, their name in common nouns none; an acronym several states use (CNT, FDS)
    # is the state of the article's dateline, else the one it names most
    assert kinds_of(text) == expected


def test_an_armed_group_the_rulers_label_an_organisation_keeps_its_kind():
    # the entity rulers label every organisation ORG; the actor table's kind is what the mentions carry
    assert kinds_of("Le JNIM et l'Etat islamique au Sahel ont revendiqué les attaques, selon le CNSP.") == [
        ("JNIM", "jnim", "armed_group"), ("Etat islamique au Sahel", "islamic-state-sahel", "armed_group"),
        ("CNSP", "NER", "state")]


def test_a_hyphenated_acronym_defines_its_name_even_over_a_word_the_rulers_know():
    # `(UNTM-M)` is three tokens; `Union` alone would be an alias of another organisation
    assert kinds_of("A Bamako, l'Union nationale des travailleurs du Mali (UNTM-M) a déposé un préavis. L'UNTM-M "
                    "réclame des hausses.") == [
        ("Bamako", "bamako", "place"),
        ("Union nationale des travailleurs du Mali", "union-nationale-des-travailleurs-du-mali", "organization"),
        ("UNTM-M", "union-nationale-des-travailleurs-du-mali", "organization"),
        ("UNTM-M", "union-nationale-des-travailleurs-du-mali", "organization")]


def test_un_agencies_and_offices_are_the_un(mentions_of):
    # GUIDELINES h28: an agency's acronym or its name without `Nations unies` is `un`; in a spelled-out name that
    # holds `Nations unies`, only those words are a mention
    found = ids(mentions_of("Le PAM, l'Unicef et l'Organisation internationale pour les migrations (OIM) ont lancé un "
                            "appel avec le Haut-Commissariat des Nations unies pour les réfugiés."))
    assert found == [("PAM", "un"), ("Unicef", "un"), ("Organisation internationale pour les migrations", "un"),
                     ("OIM", "un"), ("Nations unies", "un")]


def test_eu_missions_and_organs_are_the_eu_and_un_organs_the_un(mentions_of):
    # GUIDELINES h26/h58: an EU mission with a proper name or acronym, and the EU's organs, are `eu`; the Human Rights
    # Council, a UN organ with a proper name, is `un`
    found = ids(mentions_of("Le Parlement européen a salué la mission EUCAP Sahel Mali, avant que le Conseil des droits "
                            "de l'homme ne se réunisse."))
    assert found == [("Parlement européen", "eu"), ("EUCAP Sahel Mali", "eu"), ("Conseil des droits de l'homme", "un")]


def test_a_state_body_spelled_out_in_common_nouns_names_nobody_its_acronym_the_state(mentions_of):
    # GUIDELINES h7/h14/h20: `Volontaires pour la défense de la patrie`, spelled out, is no mention; `VDP` is Burkina Faso
    found = ids(mentions_of("Des Volontaires pour la défense de la patrie (VDP) ont repoussé l'attaque."))
    assert found == [("VDP", "BFA")]


@pytest.mark.parametrize("text", [
    "BAMAKO, 3 mars (AFP) - La Dirpa a annoncé la neutralisation de douze terroristes.",
    "BAMAKO, 3 mars (AFP) - Selon l'EMGA, douze terroristes ont été neutralisés.",
])
def test_an_army_press_office_or_general_staff_by_its_acronym_is_the_article_state(text, mentions_of):
    assert ("MLI",) == tuple({a for t, a, _ in mentions_of(text) if t in ("Dirpa", "EMGA")})


def test_a_state_body_written_without_its_capital_accent_is_still_the_state():
    # `Etat-major` for `état-major` (press capitals drop accents): a state body, its acronym the dateline's state
    found = kinds_of("NIAMEY, 2 mai (AFP) - L'Etat-major des armées (EMA) a annoncé des frappes. L'EMA parle de succès.")
    assert ("EMA", "NER", "state") in found
    assert not [text for text, actor, kind in found if kind == "organization" and actor != "afp"]


def test_the_second_portfolio_of_a_ministry_is_no_organisation(mentions_of):
    # "… des Affaires étrangères et de la Communauté nationale à l'étranger": words of an office, not a body's name
    found = ids(mentions_of("Le ministère des Affaires étrangères et de la Communauté nationale à l'étranger a "
                            "convoqué l'ambassadeur. Le ministre de l'Intégration et de l'Union africaine l'a reçu."))
    assert not [text for text, actor in found if actor.startswith("communaute")]


@pytest.mark.parametrize("text, expected", [
    ("L'économiste Kouadio Yao N'Goran, de l'université de Bouaké, doute du calendrier.",
     ("Kouadio Yao N'Goran", "kouadio-yao-n-goran")),
    ("Sa directrice générale, Salamata Kaboré/Ilboudo, a signé le contrat.",
     ("Salamata Kaboré/Ilboudo", "salamata-kabore-ilboudo")),
])
def test_a_surname_glued_by_an_elision_or_a_slash_is_part_of_the_name(mentions_of, text, expected):
    assert expected in ids(mentions_of(text))


def test_a_double_surname_whose_second_part_a_listed_person_bears_is_someone_else_and_recurs_whole(mentions_of):
    # the table knows Lassina Zerbo and Alousséni Sanou; `Ouédraogo-Zerbo` and `Ouédraogo-Sanou` are other people
    found = ids(mentions_of("La juriste Salif Ouédraogo-Sanou, de Bobo-Dioulasso, a salué l'accord. Selon "
                            "M. Ouédraogo-Sanou, rien ne presse. Lassina Zerbo était là. « Attendons », a dit "
                            "Mme Ouédraogo-Zerbo, une économiste."))
    assert found == [("Salif Ouédraogo-Sanou", "salif-ouedraogo-sanou"), ("Bobo-Dioulasso", "bobo-dioulasso"),
                     ("Ouédraogo-Sanou", "salif-ouedraogo-sanou"), ("Lassina Zerbo", "lassina-zerbo"),
                     ("Ouédraogo-Zerbo", "ouedraogo-zerbo")]


@pytest.mark.parametrize("text, expected", [
    # no noun of organisation before them: the last word makes the capitalised words a company, whole
    ("Sahel Fret Logistique a ouvert un entrepôt à Niamey.", ("Sahel Fret Logistique", "sahel-fret-logistique")),
    ("Le permis revient à Mali Manganèse SA, selon le ministère.", ("Mali Manganèse SA", "mali-manganese-sa")),
    ("Le pont a été confié à Jiangxi Road and Bridge Engineering en 2024.",
     ("Jiangxi Road and Bridge Engineering", "jiangxi-road-and-bridge-engineering")),
    ("Les vols de Tombouctou Airlines reprendront lundi.", ("Tombouctou Airlines", "tombouctou-airlines")),
])
def test_capitalised_words_ending_with_a_company_word_are_an_unlisted_company(mentions_of, text, expected):
    assert (*expected, "name") in mentions_of(text)


def test_a_company_word_after_a_listed_body_or_person_leaves_their_name_alone(mentions_of):
    found = ids(mentions_of("Le groupe Wagner Group a quitté le pays. Le ministre des Transports a parlé."))
    assert ("Wagner Group", "wagner-group") in found and not any(a.endswith("transports") for _, a in found)


def test_a_table_surname_followed_by_another_given_name_is_another_person(mentions_of):
    # the table knows a Chen Zhihong; `Chen Weiming` is someone else, and `M. Chen` after it is him
    found = ids(mentions_of("L'ambassadeur de Chine, Chen Weiming, a reçu la délégation. M. Chen a salué l'accord."))
    assert ("Chen Weiming", "chen-weiming") in found and ("Chen", "chen-weiming") in found


def test_a_surname_followed_by_the_person_s_own_first_name_stays_that_person(mentions_of):
    assert ("Bazoum", "mohamed-bazoum") in ids(mentions_of("Le président déchu, Bazoum Mohamed, reste détenu."))


def test_l_union_alone_is_the_union_the_article_named_last(mentions_of):
    found = ids(mentions_of("L'Union africaine a suspendu le Niger. Le Conseil de paix estime que l'Union doit agir.\n\n"
                            "Plus tard, l'Union économique et monétaire ouest-africaine a levé ses sanctions. "
                            "Les banques de l'Union ont rouvert."))
    assert [a for t, a in found if t == "Union"] == ["african-union", "uemoa"]


def test_le_groupe_wagner_is_a_mention_of_wagner_alone(mentions_of):
    assert ("Wagner", "wagner-group") in ids(mentions_of("Les instructeurs du groupe Wagner ont quitté Bamako."))


def test_a_place_after_a_capitalised_article_inside_a_sentence_is_a_paper_s_title(mentions_of):
    found = ids(mentions_of("A Zinder, Le Sahel consacre sa une aux crues. Interrogé par Le Sahel, le gouverneur "
                            "s'est tu. « Le Sahel paie le prix du climat », a-t-il dit."))
    assert [a for t, a in found if "Sahel" in t] == ["le-sahel", "le-sahel", "sahel"]


def test_a_paper_named_after_a_place_opens_an_interviewer_s_question_and_a_masthead(mentions_of):
    found = ids(mentions_of("Le Sahel\n\nTrois questions au ministre.\n\nLe Sahel : Pourquoi ce voyage ?\n\n"
                            "Le Sahel central reste instable."))
    assert [a for t, a in found if "Sahel" in t] == ["le-sahel", "le-sahel", "sahel"]


@pytest.mark.parametrize("text, expected", [
    ("A Bamako, le quotidien La Lanterne, proche de l'opposition, juge la mesure « prématurée ».",
     ("La Lanterne", "la-lanterne")),
    ("Le quotidien privé L'Eveil du Sahel consacre sa une à la visite.", ("L'Eveil du Sahel", "l-eveil-du-sahel")),
    ("Le site d'information Kibaru a publié les chiffres.", ("Kibaru", "kibaru")),
])
def test_a_paper_introduced_by_a_press_noun_is_named_with_its_article(mentions_of, text, expected):
    # a title the table lacks, after a press noun (past its adjectives or `d'information`), keeps its article
    assert expected in ids(mentions_of(text))


def test_a_company_introduced_by_its_noun_does_not_take_the_article_after_it(mentions_of):
    assert not any(text.startswith(("La ", "Le ")) for text, _ in ids(mentions_of(
        "La société La Mancha Resources a vendu ses parts.")))


def test_a_one_word_person_where_a_place_stands_is_a_place():
    # after the "A" a sentence opens with (the model may run it into the name) and before its comma, or after "à"
    found = kinds_of("A Pensa, Rasmata Sawadogo, présidente d'une coopérative, résume la saison.")
    assert ("Pensa", "pensa", "place") in found and ("Rasmata Sawadogo", "rasmata-sawadogo", "person") in found


def test_a_surname_before_a_generation_suffix_takes_the_person_up(mentions_of):
    found = ids(mentions_of("La délégation était conduite par Robert Hall Jr. Selon M. Hall, le dialogue continue."))
    assert ("Hall", "robert-hall-jr") in found


def test_a_one_word_person_after_a_noun_of_place_and_de_is_a_place():
    found = kinds_of("Les soldats du poste de Gaskindé ont repoussé l'attaque.")
    assert ("Gaskindé", "gaskinde", "place") in found


@pytest.mark.parametrize("text, name", [
    ("A Agadez, Ghali Ag Assalek a repris la route de la Libye.", "ghali-ag-assalek"),  # the model: `Ghali` a place
    ("Le pick-up de Moussa Ag Intazoumé ronronne devant la gare routière.", "moussa-ag-intazoume"),
    ("Le wali Sidi Mohamed Ould Cheikh a reçu les réfugiés maliens.", "sidi-mohamed-ould-cheikh"),
])
def test_names_joined_by_a_lineage_particle_are_one_person(mentions_of, text, name):
    assert name in [actor_id for _, actor_id, _ in mentions_of(text)]


@pytest.mark.parametrize("text, expected", [
    ("A Tillabéri, Le Veilleur du Fleuve consacre sa une aux déplacés.", ("Le Veilleur du Fleuve", "le-veilleur-du-fleuve")),
    ("Au Burkina, Le Faso Soir préfère retenir la solidarité.", ("Le Faso Soir", "le-faso-soir")),
    ("Dans La Gazette de Kayes, un éditorialiste fustige la décision.", ("La Gazette de Kayes", "la-gazette-de-kayes")),
    ("Le Tambour\n\nEntretien avec le maire de Dori.", ("Le Tambour", "le-tambour")),  # a masthead alone on its line
    ("Interrogé par L'Aube du Mandé, le ministre a confirmé.", ("L'Aube du Mandé", "l-aube-du-mande")),  # not L'Aube
])
def test_a_title_with_its_capitalised_article_inside_a_sentence_is_a_paper(mentions_of, text, expected):
    # French capitalises `Le` inside a sentence only in a title; a title the table knows runs on by `du …`
    assert expected in ids(mentions_of(text))


@pytest.mark.parametrize("text, word", [
    ("Les pèlerins sont partis pour La Mecque lundi.", "Mecque"),  # a place whose name holds its article
    ("Par La Rédaction\n\nLe gouvernement a annoncé la mesure.", "Rédaction"),  # a byline
    ("La junte retire l'agrément du lycée La Fontaine.", "Fontaine"),  # a school named after someone
    ("UN CONTRAT POUR L'ELECTRICITE\n\nLe ministre a signé.", "ELECTRICITE"),  # a line in capitals
])
def test_a_capitalised_article_before_a_place_a_byline_or_capitals_is_no_paper(text, word):
    assert not [row for row in kinds_of(text) if word in row[0] and row[2] == "organization"]


@pytest.mark.parametrize("text, name", [
    ("« La crue sera tardive », résume Kadiatou Dicko Traoré, hydrologue à Mopti.", "Kadiatou Dicko Traoré"),
    ("Selon Mariam Maïga Coulibaly, juriste, le texte est fragile.", "Mariam Maïga Coulibaly"),
])
def test_first_names_and_a_surname_run_on_over_a_second_surname_the_rulers_know(mentions_of, text, name):
    # (a married name: two surnames the reference knows, one person, not the first two words and a lone surname)
    people = [(t, a) for t, a, _ in mentions_of(text)]
    assert (name, name.lower().replace(" ", "-").replace("é", "e").replace("ï", "i")) in people


@pytest.mark.parametrize("text, name", [
    ("Les camions partaient vers Bouressa.", "Bouressa"),
    ("Le convoi roulait vers Labbezanga, poste frontalier.", "Labbezanga"),
])
def test_a_one_word_name_after_vers_is_a_place(text, name):
    assert [(t, kind) for t, _, kind in kinds_of(text)] == [(name, "place")]


def test_a_name_the_article_reads_as_a_place_is_a_place_where_the_model_took_it_for_a_person():
    # (`X, qui a fui Boulkessi`, then `à Boulkessi`: one place, never someone a pronoun takes up)
    found = kinds_of("Aïssata, qui a fui Djibasso en 2022, vit à Dori. Le marché de Djibasso est fermé depuis, "
                     "et les derniers commerçants ont quitté Djibasso. A Djibasso, l'école est vide.")
    assert {kind for text, _, kind in found if text == "Djibasso"} == {"place"}


def test_a_known_name_runs_on_over_a_name_word_the_model_labelled_apart(mentions_of):
    # (`Abdoulaye Maïga Harouna` is not the reference's Abdoulaye Maïga, whatever label the model gave `Harouna`)
    people = [(t, a) for t, a, _ in mentions_of("Selon Abdoulaye Maïga Harouna, ancien directeur, la société est "
                                                 "en faillite.")]
    assert people == [("Abdoulaye Maïga Harouna", "abdoulaye-maiga-harouna")]


@pytest.mark.parametrize("text, person", [
    ("« Nous avons tout perdu », témoigne dans le quotidien Boubacar Keïta, délégué des riziculteurs.", "Boubacar Keïta"),
    ("« Les prix ont doublé », confie au journal Mariam Sangaré, commerçante à Ségou.", "Mariam Sangaré"),
])
def test_a_person_named_after_the_medium_the_words_were_said_to_is_a_person(text, person):
    # (`confie au journal X`: X speaks to the paper, X is no paper)
    assert (person, "person") in [(t, kind) for t, _, kind in kinds_of(text)]


@pytest.mark.parametrize("text, branch", [
    ("Ecobank Mali a souscrit à l'emprunt du Trésor.", ("Ecobank Mali", "ecobank-mali")),
    ("Huawei Burkina a livré les équipements du réseau.", ("Huawei Burkina", "huawei-burkina")),
])
def test_a_known_company_before_a_state_s_name_is_its_branch_there(mentions_of, text, branch):
    # (`Huawei Niger`: the company's branch, one organisation, no mention of the state)
    assert ids(mentions_of(text)) == [branch]


def test_a_city_a_treaty_is_named_after_is_no_mention_and_rome_is_italy_s_capital(mentions_of):
    # (`le Statut de Rome`, `l'Accord d'Alger`: the guidelines annotate no place inside a name)
    assert ids(mentions_of("Le Mali a quitté le Statut de Rome et dénoncé l'Accord d'Alger. Rome, en première ligne, "
                           "craint un afflux. Le ministre s'est rendu à Rome lundi.")) == [
        ("Mali", "MLI"), ("Rome", "ITA"), ("Rome", "rome")]


@pytest.mark.parametrize("text, name, slug, acronym", [
    ("Le dossier est suivi par l'Office de contrôle des marchés publics, des concessions et des partenariats (OCMPCP). "
     "L'OCMPCP a ouvert une enquête.", "Office de contrôle des marchés publics, des concessions et des partenariats",
     "office-de-controle-des-marches-publics-des-concessions-et-des-partenariats", "OCMPCP"),
    ("L'Agence burkinabè de régulation de l'électricité/énergies renouvelables (ABREER) a publié ses tarifs. L'ABREER "
     "les juge stables.", "Agence burkinabè de régulation de l'électricité/énergies renouvelables",
     "agence-burkinabe-de-regulation-de-l-electricite-energies-renouvelables", "ABREER"),
    ("Le chantier revient à la société Sahel Road & Bridge Engineering (SRBE). La SRBE promet la fin des travaux.",
     "Sahel Road & Bridge Engineering", "sahel-road-bridge-engineering", "SRBE"),
    # an acronym in mixed case spells the name with its capitals
    ("Le rapport vient de la Commission nationale de lutte contre la prolifération des armes, la fraude et le "
     "blanchiment (CoNLPAFB). La CoNLPAFB demande des poursuites.",
     "Commission nationale de lutte contre la prolifération des armes, la fraude et le blanchiment",
     "commission-nationale-de-lutte-contre-la-proliferation-des-armes-la-fraude-et-le-blanchiment", "CoNLPAFB"),
])
def test_a_name_defined_by_its_acronym_reads_across_the_commas_slash_or_ampersand_of_its_listed_words(
        mentions_of, text, name, slug, acronym):
    found = ids(mentions_of(text))
    assert (name, slug) in found and (acronym, slug) in found


@pytest.mark.parametrize("text, name, slug", [
    ("Le service Orange Money a été suspendu à Gao pendant trois jours.", "Orange Money", "orange-money"),
    ("La chaîne confédérale AES TV émet depuis Bamako depuis le mois dernier.", "AES TV", "aes-tv"),
    # the UN's own agencies are the UN's (GUIDELINES h28)
    ("Selon l'ONU Femmes, la situation des déplacées empire à Djibo.", "ONU", "un"),
    # a medium the words went to, then the speaker's name; a company's legal form
    ("« Le calendrier tiendra », a assuré à Reuters Adama Ouédraogo, porte-parole du consortium.", "Reuters", "reuters"),
    ("Le marché revient à la société Orange Corporation, selon le ministère.", "Orange", "orange"),
])
def test_capitalised_words_right_after_a_known_organisation_name_another_body_whole(mentions_of, text, name, slug):
    assert (name, slug) in ids(mentions_of(text))


@pytest.mark.parametrize("text, name, actor_id", [
    # `ONG` is capitalised: the name after it is still the organisation's, not a run of name words `ONG` starts
    ("L'ONG Vigie Numérique a publié un rapport sur les coupures.", "Vigie Numérique", "vigie-numerique"),
    ("L'ONG Access Now a dénoncé la coupure.", "Access Now", "access-now"),
])
def test_an_organisation_named_after_ong_is_a_mention(mentions_of, text, name, actor_id):
    assert (name, actor_id) in [(t, a) for t, a, _ in mentions_of(text)]


@pytest.mark.parametrize("text, short, fuller", [
    # a shorter form of an organisation named whole elsewhere in the article keeps the fuller name's id
    ("Le quotidien L'Observateur Paalga salue l'accord. A Abidjan, L'Observateur juge le texte trop vague.",
     "L'Observateur", "l-observateur-paalga"),
    ("La Fédération des éleveurs du Sahel a manifesté à Dori. Lundi, la Fédération des éleveurs a rencontré le "
     "gouverneur.", "Fédération des éleveurs", "federation-des-eleveurs-du-sahel"),
])
def test_a_shorter_form_of_an_organisation_takes_its_fullest_name(mentions_of, text, short, fuller):
    assert (short, fuller) in ids(mentions_of(text))


def test_a_name_that_ran_on_into_the_sentence_is_no_fuller_form():
    from analysis.actors import named_on
    assert named_on(["du", "Mali"]) and named_on(["Paalga"]) and named_on(["de", "l", "Entente"])
    assert not named_on(["sa", "décision", "de", "se"]) and not named_on(["à", "la", "culture", "du", "riz"])
    assert not named_on([])


def test_haut_before_an_organisation_s_noun_is_part_of_its_name(mentions_of):
    found = ids(mentions_of("A Niamey, le Haut Conseil islamique du Niger a appelé les fidèles au calme."))
    assert ("Haut Conseil islamique du Niger", "haut-conseil-islamique-du-niger") in found


@pytest.mark.parametrize("text", [
    "Les crues du fleuve Niger ont inondé plusieurs quartiers de la capitale malienne.",
    "Le Fleuve Niger a atteint un niveau record à Koulikoro, selon les hydrologues.",
])
def test_the_niger_river_is_a_place_not_the_state(mentions_of, text):
    found = ids(mentions_of(text))
    assert any(actor_id == "fleuve-niger" for _, actor_id in found)
    assert not any(actor_id == "NER" for _, actor_id in found)


def test_an_interview_label_of_initials_before_an_unquoted_answer_is_a_mention(mentions_of):
    text = ("Entretien avec Salimata Ouédraogo, directrice de la compagnie Sahel Express.\n\n"
            "Le Pays : Comment se porte la compagnie ?\n\nS. O. : Mieux, depuis la réouverture des frontières.\n\n"
            "Le Pays : Et demain ?\n\nS. O. : Nous voulons trois avions de plus.")
    labels = [(t, a) for t, a, m in mentions_of(text) if m == "initials"]
    assert labels == [("S. O.", "salimata-ouedraogo")] * 2
