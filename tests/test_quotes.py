"""Quotations and their speakers on short inline French texts, one behaviour each."""

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import build_tables, parse_article
from analysis.discourse import CREDIT
from analysis.quotes import find_quote_marks

NB, NNB = "\u00a0", "\u202f"


def quotes_of(text: str, date: str = "2024-06"):
    article = parse_article(f"date {date}\n{text}".encode(), "inline.txt")
    return build_tables([article]).quotes


def inner(text: str):
    return [text[a:b] for _, _, a, b in find_quote_marks(text, 0, len(text))]


def test_straight_quotes():
    assert inner('Il a dit "oui" puis "non".') == ["oui", "non"]


def test_guillemets_with_no_break_spaces_are_trimmed():
    assert inner(f"Il a dit «{NB}oui{NB}» et «{NNB}non{NNB}».") == ["oui", "non"]


def test_curly_quotes():
    assert inner("Il a dit “oui” hier.") == ["oui"]


def test_nested_marks_stay_inside_the_quote():
    assert inner("« éviter ‹ la chaise vide › et “le reste” »") == ["éviter ‹ la chaise vide › et “le reste”"]


def test_unclosed_quote_stops_at_the_end_of_its_paragraph():
    q = quotes_of('Il a dit "oui sans fin.\n\nLe Mali a parlé. "Deux", a-t-il ajouté.')
    assert list(q.text) == ["oui sans fin.", "Deux"]


def test_stray_closing_mark_is_ignored():
    assert inner("Il a dit » puis « oui ».") == ["oui"]


def test_inverted_speaker_after_the_quote():
    q = quotes_of("« Nous resterons unis », a affirmé le colonel Assimi Goïta.")
    assert (q.speaker_id[0], q.speaker_text[0], q.verb[0], q.attribution[0]) == (
        "assimi-goita", "le colonel Assimi Goïta", "affirmer", "title")


def test_speaker_before_the_quote_with_a_colon():
    q = quotes_of("Le ministre Abdoulaye Diop a déclaré : « Nous ne reculerons pas. »")
    assert (q.speaker_id[0], q.verb[0], q.is_partial[0]) == ("abdoulaye-diop", "déclarer", False)


def test_pronoun_speaker_takes_last_named_speaker():
    q = quotes_of("« Un », a dit Abdourahamane Tiani. Le Mali a réagi. « Deux », a-t-il poursuivi.")
    assert (q.speaker_id[1], q.speaker_text[1], q.attribution[1]) == ("abdourahamane-tiani", "il", "pronoun")


def test_role_resolves_to_the_office_holder_when_named_and_the_holder_is_kept_beside_the_state():
    before = quotes_of("« Non », a déclaré le chef de l'Etat nigérien.", date="2023-05")
    after = quotes_of("« Non », a déclaré le chef de l'Etat nigérien.", date="2024-05")
    assert (before.speaker_id[0], after.speaker_id[0]) == ("NER", "NER")  # the article names nobody
    assert (before.office_holder[0], after.office_holder[0]) == ("mohamed-bazoum", "abdourahamane-tiani")
    named = quotes_of("Abdourahamane Tiani est arrivé. « Non », a déclaré le chef de l'Etat nigérien.", date="2024-05")
    assert named.speaker_id[0] == "abdourahamane-tiani" and named.attribution[0] == "role"


def test_institution_speaker_is_its_state():
    q = quotes_of("Le projet est « finalisé », selon un communiqué du gouvernement malien.")
    assert (q.speaker_id[0], q.attribution[0]) == ("MLI", "institution")


def test_capital_speaker_is_its_government():
    q = quotes_of("« C'est terminé », a annoncé Paris dans la soirée.")
    assert (q.speaker_id[0], q.attribution[0]) == ("FRA", "metonymy")


def test_anonymous_source_has_no_speaker_id():
    q = quotes_of("« Rien n'est réglé », a confié un diplomate sous couvert d'anonymat.")
    assert q.speaker_id.isna()[0] and q.attribution[0] == "anonymous"


def test_fragments_introduced_by_one_verb_share_the_speaker():
    q = quotes_of('Il faut des "formations" pour "renforcer les capacités", a expliqué Assimi Goïta.')
    assert list(q.text) == ["formations", "renforcer les capacités"]
    assert list(q.speaker_id) == ["assimi-goita", "assimi-goita"]
    assert list(q.is_partial) == [True, True]


def test_quote_spanning_two_sentences_is_one_quote():
    q = quotes_of("« Nous partons. Le peuple a tranché », a lancé Ibrahim Traoré.")
    assert list(q.text) == ["Nous partons. Le peuple a tranché"] and q.speaker_id[0] == "ibrahim-traore"


def test_quote_without_reporting_verb_has_no_speaker():
    q = quotes_of('Les ministres ont "finalisé" le texte à Niamey.')
    assert q.attribution[0] == "none" and q.speaker_id.isna()[0]


def test_pronoun_speaker_is_added_to_mentions():
    article = parse_article("date 2024\n« Un », a dit Ibrahim Traoré. « Deux », a-t-il ajouté.".encode(), "x.txt")
    m = build_tables([article]).mentions
    assert ("il", "ibrahim-traore", "pronoun") in list(zip(m.text, m.actor_id, m.method))


WORDS = ["le", "Mali", "a", "dit", "Goïta", "«", "»", '"', "“", "”", "‹", "›", ",", ".", ":", "selon", "il",
         "\n\n", "\r\n", NB, NNB, "a-t-il", "affirmé", "Paris", "Cedeao", "ajouté", "d'", "-"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_random_text_with_stray_marks_never_crashes_and_keeps_offsets(words):
    body = "X " + " ".join(words)
    article = parse_article(f"date 2024-06 {body}".encode(), "random.txt")
    tables = build_tables([article])
    for name in ("quotes", "mentions", "sentences", "tokens"):
        for r in tables[name].itertuples():
            assert article.text[r.start:r.end] == r.text
    for r in tables.quotes.itertuples():
        if not pd.isna(r.speaker_text):
            assert article.text[r.speaker_start:r.speaker_end] == r.speaker_text
        paragraph = next((s, e) for s, e in article.paragraphs if s <= r.start < e)
        assert r.end <= paragraph[1]


def test_interview_set_in_a_report_is_its_headers_interviewee():
    # a report that names others more, then "Trois questions à X": the answers are X's
    text = ("Le port de Lomé a traité 2 millions de tonnes pour le Sahel, selon Kossi Amegan, son directeur. "
            "« Le corridor tient », a assuré Kossi Amegan. Kossi Amegan a ajouté que les délais avaient baissé.\n\n"
            "Trois questions à Mariam Diallo, économiste à l'université de Bamako\n\n"
            "Le corridor togolais est-il devenu indispensable ?\n\n"
            "« Oui, pour le Burkina comme pour le Niger, il n'y a pas d'autre débouché fiable. »\n\n"
            "Et le tarif commun de l'AES ?\n\n"
            "« Il protège quelques filières, mais il renchérit la vie des ménages. »")
    found = quotes_of(text, "2025-03-04")
    answers = found[found.text.str.startswith(("Oui", "Il protège"))]
    assert set(answers.speaker_id) == {"mariam-diallo"}


def interviewees(intro: str) -> set[str]:
    """The speakers given to the two answers of a short question-and-answer interview after `intro` (a report that
    names someone else more, then whatever introduces the guest)."""
    text = (f"{intro}\n\n"
            "Le passeport de l'AES est-il reconnu partout ?\n\n"
            "« Pas encore : deux pays côtiers exigent toujours un visa. »\n\n"
            "Et les droits de douane ?\n\n"
            "« Ils pèsent surtout sur les petits commerçants. »")
    found = quotes_of(text, "2025-03-04")
    return set(found[found.text.str.startswith(("Pas encore", "Ils pèsent"))].speaker_id)


@pytest.mark.parametrize("header", ["Trois questions à… Aïcha Konaté, juriste", "Deux questions à... Aïcha Konaté, juriste",
                                    "Trois questions à Aïcha Konaté\n\nJuriste à Ouagadougou, elle suit le dossier depuis 2023."])
def test_an_interview_header_may_end_in_an_ellipsis_or_stand_above_a_line_about_its_guest(header):
    # the header's guest answers, not the person the report before it names most
    assert interviewees("Le poste de Cinkansé a vu passer 300 camions, selon Issa Zongo, chef du poste. « Tout est "
                        f"fluide », a dit Issa Zongo. Issa Zongo attend des renforts.\n\n{header}") == {"aicha-konate"}


def test_the_one_person_a_line_says_answers_our_questions_is_the_interviewee():
    assert interviewees("A la frontière, Issa Zongo, transitaire, compte les camions. « Tout est fluide », dit Issa "
                        "Zongo. Issa Zongo attend des renforts.\n\nLa directrice des douanes, Aïcha Konaté, a répondu à "
                        "nos questions.") == {"aicha-konate"}


@pytest.mark.parametrize("credit", ["Propos recueillis par Awa Traoré", "Propos recueillis mercredi à Bamako par Awa Traoré",
                                    "Entretien réalisé à Niamey par Awa Traoré"])
def test_an_interview_credit_may_say_when_and_where(credit):
    assert CREDIT.match(credit)


def test_a_sentence_about_remarks_is_no_credit():
    assert not CREDIT.match("Propos recueillis. Le ministre a ensuite été reçu par le président.")


@pytest.mark.parametrize("text, speaker", [
    # a reporting verb of a relative clause closed before the words says what its antecedent did
    ("A Abidjan, Fraternité Matin relève que le président ghanéen John Dramani Mahama, qui promettait en 2023 de "
     "réconcilier les deux camps, a « depuis renoncé à jouer les pompiers ».", "fraternite-matin"),
    ("L'Observateur Paalga rappelle que le ministre Abdoulaye Diop, qui assurait en 2024 vouloir dialoguer, a « fermé "
     "la porte » à Alger.", "l-observateur-paalga"),
    # a paper taken up before `pour qui`
    ("Sidwaya rapporte que les trois pays ont quitté la Cedeao. Au Burkina, le projet avance, écrit le journal, "
     "pour qui « le pays a choisi son camp ».", "sidwaya"),
    ("Au Mali, le quotidien L'Essor consacre sa une au sommet. Le Niger et le Burkina y enverront leurs ministres, "
     "note le journal, pour qui « l'AES avance ».", "l-essor"),
])
def test_the_paper_that_reports_the_words_speaks_them_not_whom_they_are_about(text, speaker):
    assert quotes_of(text, "2025-06").speaker_id.tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre Bakary Yaou Sangaré, qui a déclaré « nous partons », a quitté la salle.", "bakary-yaou-sangare"),
    ("La FIDH a condamné la décision. « Le recours est perdu », a déploré sa représentante, Awa Traoré, qui appelle "
     "Bamako, Ouagadougou et Niamey à « revenir sur cette décision ».", "awa-traore"),  # an enumeration's comma
])
def test_the_relative_clause_that_holds_the_words_still_speaks_them(text, speaker):
    assert quotes_of(text, "2025-06").speaker_id.tolist()[-1] == speaker
