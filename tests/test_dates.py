"""Temporal expressions resolved against the article date, one behaviour each."""

from analysis import build_tables, parse_article


def timeline(text: str, date: str):
    article = parse_article(f"date {date}\n{text}".encode(), "inline.txt")
    e = build_tables([article]).events
    return list(zip(e.text, e.date, e.date_precision, e.date_mod.fillna("")))


def test_absolute_years_have_year_precision():
    assert timeline("Les coups d'Etat de 2020, 2022 et 2023 ont tout changé.", "2024-06") == [
        ("2020", "2020", "year", ""), ("2022", "2022", "year", ""), ("2023", "2023", "year", "")]


def test_month_without_year_takes_the_article_year_in_the_past():
    assert timeline("Ils ont annoncé en janvier leur retrait.", "2024-06")[0][1:3] == ("2024-01", "month")


def test_future_month_is_ahead_of_the_article_date():
    assert timeline("Les chefs d'Etat doivent se retrouver en décembre.", "2024-11")[0][1] == "2024-12"


def test_past_month_after_the_article_month_is_last_year():
    assert timeline("Il s'est rendu à Bamako en mai.", "2025-01-29")[0][1] == "2024-05"


def test_mid_month_is_marked_mid():
    assert timeline("Mi-mai, les ministres ont finalisé le texte.", "2024-06")[0][1:] == ("2024-05", "month", "MID")


def test_end_and_start_modifiers():
    found = timeline("Fin septembre, rien n'avait bougé. Début décembre 2023, tout a changé.", "2024-06")
    assert [f[1:] for f in found] == [("2023-09", "month", "END"), ("2023-12", "month", "START")]


def test_day_and_month():
    assert timeline("Le sommet s'est tenu le 26 juillet.", "2024-08-02")[0][1:3] == ("2024-07-26", "day")


def test_weekday_in_a_day_dated_article_is_the_last_such_day():
    assert timeline("Niamey a annoncé samedi un accord.", "2024-07-07")[0][1:3] == ("2024-07-06", "day")


def test_weekday_in_a_month_dated_article_keeps_month_precision():
    assert timeline("Il a parlé mardi à Ouagadougou.", "2024-06")[0][1:3] == ("2024-06", "month")


def test_le_lendemain_moves_one_day_from_the_last_date():
    found = timeline("Le Mali a annoncé mardi un accord. Le lendemain, Alger a réagi.", "2025-07-06")
    assert [f[1] for f in found] == ["2025-07-01", "2025-07-02"]


def test_la_veille_moves_one_day_back():
    found = timeline("L'accord a été signé le 6 juillet 2024. La veille, les ministres s'étaient réunis.", "2024-07-10")
    assert [f[1] for f in found] == ["2024-07-06", "2024-07-05"]


def test_un_an_apres_adds_a_year_to_the_last_date_at_year_precision():
    # a shift counted in years is a year (GUIDELINES, settled 2026-12-01); `jour pour jour` keeps the day
    found = timeline("La Confédération est née le 6 juillet 2024. Un an après, elle tient bon.", "2025-07-07")
    assert found[-1][1:3] == ("2025", "year")
    found = timeline("La Confédération est née le 6 juillet 2024. Un an jour pour jour après, elle fête son "
                     "anniversaire.", "2025-07-07")
    assert found[-1][1:3] == ("2025-07-06", "day")


def test_this_week_has_week_precision():
    assert timeline("Le Mali a reçu cette semaine des drones.", "2024-07-10")[0][1:3] == ("2024-W28", "week")


def test_a_number_of_soldiers_is_not_a_year():
    assert timeline("Quelque 2000 soldats ont été déployés.", "2024-06") == []


def test_weekday_with_a_date_is_that_date():
    assert timeline("Les écoles rouvrent mardi 4 novembre à Niamey.", "2025-11-02") == [
        ("mardi 4 novembre", "2025-11-04", "day", "")]


def test_days_later_move_from_the_last_date():
    found = timeline("L'accord a été signé le 3 mars. Quatre jours plus tard, Alger a protesté.", "2025-03-20")
    assert found[-1][:3] == ("Quatre jours plus tard", "2025-03-07", "day")


def test_years_ago_count_back_from_the_article_year():
    assert timeline("Il y a vingt ans, la mine ouvrait.", "2025-06-01")[0][1:3] == ("2005", "year")


def test_end_of_the_year_is_this_year_with_end():
    assert timeline("Les travaux seront achevés d'ici la fin de l'année.", "2025-02-10")[0][1:] == ("2025", "year", "END")


def test_deadline_without_a_year_is_ahead_of_the_article_date():
    assert timeline("Les soldats doivent partir d'ici le 15 septembre, a indiqué le ministre.", "2025-10-01")[0][1] == \
        "2026-09-15"


def test_a_range_gives_its_end_only():
    assert [t for t, *_ in timeline("Les combats ont duré du 31 mars au 1er avril.", "2025-04-10")] == ["1er avril"]


def test_abbreviated_month_in_a_dateline():
    assert timeline("OUAGADOUGOU, 26 janv. 2024 (AIB) - La cérémonie a eu lieu.", "2024-01-27")[0][1:3] == (
        "2024-01-26", "day")


def test_a_day_and_month_with_dernier_or_prochain_is_never_on_the_wrong_side_of_the_article():
    assert timeline("Le 3 janvier dernier, le Tchad a signé un accord.", "2024-01-01")[0][:3] == (
        "3 janvier dernier", "2023-01-03", "day")
    assert timeline("Le 3 juin prochain, le Tchad signera un accord.", "2024-06-10")[0][:3] == (
        "3 juin prochain", "2025-06-03", "day")
    assert timeline("Le 12 juin, le Tchad a signé l'accord.", "2024-06-10")[0][1] == "2023-06-12"  # past tense


def test_numeric_dates_are_day_first_and_abbreviations_without_a_dot_need_a_day():
    found = timeline("BAMAKO, 12 févr 2025 (AFP) - Publié le : 07/02/2025. Le décret du 03.01.2025 est "
                     "entré en vigueur, et sept soldats ont été décorés.", "2025-02-12")
    assert [(t, d, p) for t, d, p, _ in found] == [
        ("12 févr 2025", "2025-02-12", "day"), ("07/02/2025", "2025-02-07", "day"), ("03.01.2025", "2025-01-03", "day")]


def test_le_meme_jour_and_la_meme_annee_take_up_the_date_last_given():
    found = timeline("Le 4 juin 2024, Niamey a suspendu la BBC. Le même jour, Bamako a fait de même. Ouagadougou "
                     "avait agi en mars de la même année.", "2024-07-01")
    assert [f[1:3] for f in found] == [("2024-06-04", "day"), ("2024-06-04", "day"), ("2024-03", "month")]
    assert found[1][0] == "même jour" and found[2][0] == "mars de la même année"


def test_le_mois_suivant_is_one_unit_after_the_last_date():
    found = timeline("Les ambassadeurs ont été rappelés en janvier 2025. Le mois suivant, les vols ont cessé. "
                     "L'année suivante, le dialogue a repris.", "2026-05-02")
    assert [f[:3] for f in found[1:]] == [("mois suivant", "2025-02", "month"), ("année suivante", "2026", "year")]


def test_a_shift_is_as_precise_as_its_unit_never_more_than_its_anchor():
    found = timeline("Le retrait a été annoncé le 16 janvier 2024. Deux semaines plus tard, la base fermait. "
                     "Quatre mois après, le dernier soldat partait.", "2024-12-01")
    assert [f[1:3] for f in found[1:]] == [("2024-W05", "week"), ("2024-05", "month")]
    assert timeline("La junte a pris le pouvoir en 2021. Deux ans plus tard, elle quittait la Cedeao.",
                    "2024-06-01")[1][1:3] == ("2023", "year")


def test_a_shift_before_any_date_counts_from_the_date_that_follows_it():
    found = timeline("Deux ans après, les proches attendent\n\nDeux ans jour pour jour après le coup d'Etat du "
                     "26 juillet 2023, le président déchu reste détenu.", "2025-07-26")
    assert [f[1:3] for f in found] == [("2025", "year"), ("2025-07-26", "day"), ("2023-07-26", "day")]


def test_la_veille_moves_from_the_last_day_past_a_coarser_date_named_since():
    found = timeline("Le sommet s'est ouvert le 12 décembre 2024, un an après le retrait de juillet 2023. La veille, "
                     "les ministres s'étaient réunis.", "2024-12-20")
    assert found[-1][:3] == ("veille", "2024-12-11", "day")


def test_dates_written_with_no_break_spaces_or_short_months_keep_their_day():
    assert timeline("Depuis le coup d'Etat du 26\u202fjuillet 2023, la frontière est close.", "2024-05-02")[0][1:3] == (
        "2023-07-26", "day")
    assert timeline("Bamako, 30 jan 2026 (AFP) - Le blocus se poursuit.", "2026-01-30")[0][1:3] == ("2026-01-30", "day")


def test_debut_d_annee_is_the_current_year_and_ouaga_2000_is_a_district():
    found = timeline("A Ouaga 2000, les ministères ont rouvert. La production reprendra en début d'année.", "2025-11-02")
    assert [f for f in found] == [("début d'année", "2025", "year", "START")]


def test_months_without_a_year_read_the_tense_of_their_clause():
    # an auxiliary the tagger takes for a verb, an infinitive under a past verb, a past conditional: the past
    assert timeline("Le Burkina a obtenu en février le départ des forces spéciales, a expulsé trois diplomates "
                    "français en août et suspendu RFI.", "2025-06-10")[1][1] == "2024-08"
    assert timeline("La société minière s'est vu retirer son permis d'exploitation en août.", "2025-06-10")[0][1] \
        == "2024-08"
    assert timeline("Le journaliste aurait été arrêté en septembre.", "2025-06-10")[0][1] == "2024-09"
    # what is expected on a date lies ahead
    assert timeline("Une mission du FMI, attendue à Niamey en mars, évaluera le programme.", "2025-06-10")[0][1] \
        == "2026-03"


def test_du_jour_au_lendemain_is_suddenly_not_a_date():
    assert timeline("Le 3 mars, les transporteurs ont vu la frontière fermée du jour au lendemain.", "2025-03-10") == [
        ("3 mars", "2025-03-03", "day", "")]


def test_the_eve_of_an_event_counts_from_the_day_of_that_event_not_from_the_last_date_given():
    text = ("Les ministres ont signé mardi un protocole. Le passeport commun circule depuis le 29 janvier. "
            "L'émissaire togolais était à Niamey la veille de la réunion.")
    assert timeline(text, "2025-05-14")[-1][:3] == ("veille", "2025-05-12", "day")
    text = ("Le sommet s'est ouvert le 6 juillet à Niamey. Le 12 juillet, les ministres ont défendu le sommet devant "
            "la presse. Au lendemain du sommet, le Togo avait salué l'accord.")  # the day the event was first given
    assert timeline(text, "2024-07-25")[-1][:3] == ("lendemain", "2024-07-07", "day")


def test_a_shift_counts_from_the_date_its_own_sentence_gives_the_event():
    text = ("Jeudi, les trois ministres ont tenu une conférence de presse. Un an jour pour jour après la sortie "
            "effective de la Cedeao, le 29 janvier 2025, ils ont défendu leur choix.")
    assert timeline(text, "2026-01-30")[1][:3] == ("Un an jour pour jour après", "2026-01-29", "day")


def test_a_month_the_clause_calls_the_next_one_lies_ahead():
    text = "Il a proposé d'accueillir la prochaine session de négociations, en juin."
    assert timeline(text, "2025-05-14")[0][1] == "2025-06"
