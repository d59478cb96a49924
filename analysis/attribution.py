"""Who said a quotation: find the reporting cue, find its speaker phrase, resolve it.

Written by hand: no maintained French attribution library exists (PARC-style systems are
English and research code). The stages:

1. **Cue.** The reporting verb that governs the quotation in the dependency parse (a verb of
   `data/reporting_verbs.csv`, several hundred lemmas); else the nearest such verb of its sentence
   outside the quotation (an incise `», a prévenu X` first); else any verb governing the quotation
   whose subject names an actor; else `selon X`, `d'après X`, `pour X,`, `X, pour qui`; else a
   speech noun (`dans un communiqué, l'état-major…`).
2. **Speaker phrase.** The verb's subject, before it or inverted after it, extended over an
   apposed name (`le secrétaire exécutif de l'organisation, Ahmed Kane`).
3. **Resolution** (`Discourse.resolve`): a person named in the phrase; a pronoun to the most
   salient person of agreeing gender; a role to the person this article introduced with it, else
   to its holder at the article date (`data/offices.csv`), else to its state; an institution to
   its state or organisation; an anonymous source to nobody.
4. **No cue in the sentence.** A quotation standing as its own sentence, or a paragraph that
   opens with a quotation, takes the running speaker of the discourse: the last reporting clause
   of this paragraph or the previous one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .dates import MONTHS
from .discourse import (APPOSED_REACH, CLITICS, DEMONSTRATIVES, DOCUMENTS, OUTLET_NOUNS, POSSESSIVES, PRONOUNS, REACHED,
                        RUNNING_PARAGRAPHS, STATE_BODIES, Discourse, main_verb, phrase_gender)
from .reference import Reference

# Words that may continue a speaker's noun phrase after its head ("le chef du pouvoir malien").
LINKS = {"de", "du", "des", "d'", "d’"}
NP_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}
# Prepositions that open a complement, never a subject ("juriste à l'université de Kara").
COMPLEMENT_HEADS = {"à", "au", "aux", "de", "du", "des", "d'", "d’", "chez"}
# Verbs of asking: their participle sets up an interview ("Interrogé par l'AFP, X a …"), the asker never speaks.
ASKING = {"interroger", "questionner", "solliciter", "contacter", "joindre", "interpeller", "consulter", "interviewer",
          "approcher", "relancer"}
# Verbs that report only as an incise (`« … », poursuit-il`): before a quotation they govern an act, not words
# ("la Russie continuerait d'« accompagner … »", "poursuivre « ses efforts »").
CONTINUING = {"continuer", "poursuivre", "reprendre", "enchaîner"}
# Object clitics between a subject and its verb ("Ils y « condamnent »", "Le texte les « accuse »").
PREDICATE_CLITICS = {"y", "en", "ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "l'", "l’", "le", "la", "les", "nous",
                     "vous"}
ARTICLES = {"le", "la", "les", "l'", "l’", "un", "une"}
DEFINITE_ARTICLES = {"le", "la", "les", "l'", "l’"}
PREPOSITIONS = {"à", "au", "aux", "en", "par", "chargé", "chargée"}
TEMPORAL = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
            "matin", "soir", "midi", "encore", "aussi", "également", "ensuite", "enfin", "alors", "lors", "dans",
            "devant", "après", "avant", "lundi soir"}  # "le commissaire aux affaires politiques"
PREPOSITION_CUES = {("selon",), ("d'après",), ("d’après",), ("aux", "yeux", "de"), ("aux", "yeux", "du"),
                    ("selon", "les", "termes", "de"), ("selon", "les", "mots", "de"), ("de", "l'avis", "de"),
                    ("pour",), ("à", "ses", "yeux"), ("à", "leurs", "yeux"), ("à", "son", "avis"), ("à", "leur", "avis"),
                    ("à", "son", "sens")}  # "À ses yeux, les deux capitales « … »": the possessor speaks

# A preposition (and article) right before a name that makes it a channel, a place or a complement, not who speaks
# after words that open a paragraph, what says whose they are: `« … » : c'est en ces termes que le ministre X …`,
# `« … » : ainsi s'est exprimé X`
CLEFT_AFTER = re.compile(r"\s*:\s*(?:c['’]est\s+(?:(?:en|par|avec|sur)\s+(?:ces|cette|ce)\s+[\w-]+|ainsi)[^.«»]{0,80}?\s+que?['’\s]"
                         r"|ainsi\s+(?:s['’]est\s+exprimée?s?|a\s+(?:parlé|conclu|tranché|résumé)|parlait))", re.IGNORECASE)
# a state's body named with its demonym (`le gouvernement malien`, `les autorités nigériennes`), right before it
BODY_OF_DEMONYM = re.compile(r"(?<!\w)(?:" + "|".join(sorted(STATE_BODIES)) + r")\s*$", re.IGNORECASE)
COMPLEMENT_BEFORE = re.compile(r"(?:^|\s)(?:sur|à|au|aux|dans|de|du|des|d['’]|en|chez|avec|contre|vers)\s*"
                               r"(?:l['’]|la|le|les)?\s*$", re.IGNORECASE)
# Means of communication after `par`, never an agent (`joints par téléphone`, `par courriel`)
MEANS = {"téléphone", "courriel", "mail", "e-mail", "écrit", "visioconférence", "messagerie", "voie", "lettre", "sms"}

CUES_LONGEST_FIRST = sorted(PREPOSITION_CUES, key=len, reverse=True)
CUE_STARTS = {cue[0] for cue in PREPOSITION_CUES}


def unaccented(tok) -> str:
    """A token's lower case, with the capital `A` that French print often leaves unaccented read as `à`
    (`A ses yeux, …`, `A Paris, …`)."""
    return "à" if tok.text == "A" else tok.lower_


@dataclass
class Speaker:
    """Who a quote is attributed to, and how."""

    actor_id: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    verb: str | None = None
    attribution: str = "none"


ENDINGS = (("aient", "er"), ("ées", "er"), ("ait", "er"), ("ent", "er"), ("és", "er"), ("ée", "er"), ("é", "er"),
           ("es", "er"), ("e", "er"))  # first-group forms the tagger leaves unlemmatised ("glisse", "qualifiée")


# First-group verbs whose stem changes in the present (the tagger lemmatises them badly): a doubled
# consonant (`rappelle` → rappeler, `projette` → projeter), a grave accent (`répète` → répéter,
# `soulève` → soulever), i for y (`appuie` → appuyer, `envoie` → envoyer).
STEM_CHANGE = (re.compile(r"^(\w*?)([lt])\2(?:e|es|ent)$"), re.compile(r"^(\w*)è([^aeiouyéèê]+)(?:e|es|ent)$"),
               re.compile(r"^(\w*)(o|u|a)i(?:e|es|ent)$"))  # "appuie" → appuyer, "balaie" → balayer


# Second-group (`réagi`, `avertit` → -ir) and -dre (`répondu`, `défend` → -dre) forms the tagger often calls
# adjectives or nouns: only read against the reporting lexicon, so a form of another verb costs nothing.
OTHER_ENDINGS = (("issent", "ir"), ("issait", "ir"), ("ies", "ir"), ("ie", "ir"), ("is", "ir"), ("it", "ir"),
                 ("i", "ir"), ("dent", "dre"), ("dait", "dre"), ("dus", "dre"), ("du", "dre"), ("d", "dre"))
# -ire verbs (`lit-on dans le communiqué` → lire, `écrit` → écrire, `décrit` → décrire), which the tagger may call
# nouns (`lit`) or read as second-group forms
IRE_ENDINGS = (("isent", "ire"), ("isait", "ire"), ("it", "ire"))


def infinitives(form: str) -> list[str]:
    """The infinitives a verb form can come from: first group (`qualifiée` → qualifier, `rappelle` →
    rappeler, `répète` → répéter, `appuie` → appuyer, `balaie` → balayer), then second group and -dre
    (`réagi` → réagir, `répondu` → répondre), then -ire (`lit` → lire)."""
    out = [form[:-len(end)] + inf for end, inf in ENDINGS if form.endswith(end)][:1]
    out += [form[:-len(end)] + inf for end, inf in OTHER_ENDINGS if form.endswith(end)][:1]
    out += [form[:-len(end)] + inf for end, inf in IRE_ENDINGS if form.endswith(end)][:1]
    if STEM_CHANGE[0].match(form):
        out.append(STEM_CHANGE[0].sub(r"\1\2er", form))
    if STEM_CHANGE[1].match(form):
        out += [STEM_CHANGE[1].sub(r"\1é\2er", form), STEM_CHANGE[1].sub(r"\1e\2er", form)]
    if STEM_CHANGE[2].match(form):
        out.append(STEM_CHANGE[2].sub(r"\1\2yer", form))
    return out


def lemmas(tok) -> list[str]:
    """The token's lemma, its form, and the infinitive of a first-group verb form, in that order."""
    out = [tok.lemma_.lower(), tok.lower_]
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    governs = any(c.dep_.startswith("nsubj") for c in tok.children) and (prev is None or prev.pos_ != "DET")
    if tok.pos_ in ("VERB", "ADJ", "AUX", "PROPN") or governs or prev is not None and (
            prev.text == "," or tok.pos_ == "NOUN" and prev.pos_ not in ("DET", "ADP", "NUM")):  # "Awa Sow juge", "Elle juge",
        out += infinitives(tok.lower_)  # "s'était félicité", "le ministère ukrainien juge": after anything but a determiner
    return list(dict.fromkeys(out))


def bare_participle(tok) -> bool:
    """A past participle with no auxiliary of its own (`annoncé par X`, `les chiffres publiés`)."""
    return "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") and not any(
        c.dep_.startswith("aux") for c in tok.children)


def apposed_participle(tok) -> bool:
    """A participle with no auxiliary nor subject of its own, past or present (`exilé à Lomé`, `enseignant à
    Bamako`): what an apposition may open with."""
    return "Part" in tok.morph.get("VerbForm") and not any(
        c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in tok.children)


def verb_at(tok, reference: Reference) -> tuple[str, int] | None:
    """(lemma, last token index) when a reporting verb starts at `tok`."""
    governs = any(c.dep_.startswith("nsubj") for c in tok.children)  # a verb by its syntax whatever its tag
    closed = tok.pos_ == "NUM" or tok.pos_ in ("DET", "ADP", "PRON", "CCONJ", "SCONJ") and tok.lower_ in STOP_WORDS
    # (a word of a closed class is one of its few words: `résume` the tagger calls a pronoun is still a verb)
    if tok.is_punct or closed and not governs or (
            tok.pos_ == "PROPN" and not tok.text[:1].islower()):  # the tagger calls many incise verbs PROPN
        return None
    after = tok.i + 1
    while after < len(tok.doc) and tok.doc[after].pos_ == "PRON" and tok.doc[after].text[:1] == "-":
        after += 1  # "fait-il valoir", "fait-t-elle remarquer": the inverted subject stands inside the phrase
    for lemma in lemmas(tok):
        for rest in reference.verbs.get(lemma, []):
            start = after if rest else tok.i + 1
            words = [t.lower_ for t in tok.doc[start:start + len(rest)]]
            if tuple(words) == rest:
                return " ".join((lemma, *rest)), start + len(rest) - 1 if rest else tok.i
    return None


THIRD_PERSON_AUX = {"a", "est", "ont", "sont", "avait", "était", "sera", "aura"}  # `Le Gouvernement a pris acte`


def third_person_verb(tok, reference: Reference) -> bool:
    """Whether `tok` can be the finite verb after a body's name: a reporting verb, a third-person auxiliary, or a verb
    the tagger reads as indicative (it often calls a communiqué's verb an adjective: `la République togolaise
    informe`, so the lexicon and the auxiliaries are asked first)."""
    return bool(verb_at(tok, reference)) or tok.pos_ == "AUX" and tok.lower_ in THIRD_PERSON_AUX \
        or tok.pos_ == "VERB" and "Ind" in tok.morph.get("Mood") and tok.morph.get("Person") in (["3"], [])


# Nouns of an occasion: `a déclaré le ministre à l'issue de la cérémonie`, `… en marge du sommet`, `… à la sortie de
# l'audience` name when the speaker spoke, not a part of his office (`le ministre délégué à la Sécurité`)
OCCASIONS = {"issue", "sortie", "sortir", "terme", "fin", "marge", "occasion", "ouverture", "clôture", "cours",
             "lendemain", "veille", "suite", "faveur", "lors"}


def occasion_follows(doc: Doc, i: int, stop: int) -> bool:
    """Whether doc[i:] opens an occasion (past an article): `l'issue de`, `la sortie du conseil`."""
    while i < stop and doc[i].lower_ in ARTICLES:
        i += 1
    return i < stop and doc[i].lower_ in OCCASIONS


def noun_phrase(doc: Doc, i: int, stop: int) -> Span | None:
    """The noun phrase starting at or after token i (skipping adverbs), before `stop`, extended over
    an apposed proper name after a comma."""
    i = past_circumstance(doc, i, stop)
    if i < stop and is_capitalised_name(doc, i, stop) and doc[i].pos_ not in NP_POS:
        # "souffle Salimata Sanou, grossiste …": a name whose first word the tagger took for a preposition
        return doc[i:apposed_name_end(doc, capitalised_end(doc, i, stop), stop)]
    if i < stop and doc[i].pos_ not in NP_POS and doc[i].ent_type_ and doc[i].text[:1].isupper() and doc[i].is_alpha \
            and (i + 1 >= stop or doc[i + 1].is_punct):
        return doc[i:i + 1]  # "conclut Sidwaya.": a one-word name the tagger took for a preposition, an entity still
    if i >= stop or doc[i].is_punct or doc[i].pos_ not in NP_POS and not (
            doc[i].lower_ == "des" and i + 1 < stop and doc[i + 1].pos_ == "NOUN"):  # "des habitants", tagged ADP
        return None
    if doc[i].lower_ in PRONOUNS:  # "Selon elle, Ouaga « … »": the pronoun alone
        return doc[i:i + 1]
    j = i if doc[i].pos_ in NP_POS else i + 1  # (past the article tagged ADP)
    while j < stop:
        t = doc[j]
        if t.pos_ in NP_POS and not t.is_punct and not (t.pos_ == "PRON" and j > i):
            j += 1
        elif j > i and t.text[:1].isupper() and t.is_alpha and (t.ent_type_ == "PER" or j + 1 < stop and doc[
                j + 1].ent_type_ == "PER" and doc[j + 1].text[:1].isupper()):
            j += 1  # "l'économiste burkinabè Issa Konfé": a name the tagger called X or a verb (`Issa`) still names
            # the speaker
        elif t.lower_ in LINKS | PREPOSITIONS and j + 1 < stop and doc[j + 1].pos_ in NP_POS and j > i \
                and not occasion_follows(doc, j + 1, stop):
            j += 1
        elif t.text == "-" and j > i and not doc[j - 1].whitespace_ and j + 1 < stop:
            j += 1  # "état-major" split in three
        elif t.text == "(" and j > i and doc[j - 1].pos_ == "NOUN" and (close := next(
                (k for k in range(j + 1, min(stop, j + 6)) if doc[k].text == ")"), None)) is not None \
                and close + 1 < stop and all(u.is_alpha and u.pos_ not in ("VERB", "AUX") for u in doc[j + 1:close]) \
                and (doc[close + 1].lower_ in LINKS | PREPOSITIONS or doc[close + 1].text == ","):
            j = close + 1  # "le wali (gouverneur) du Hodh Ech Chargui, X": a gloss of the noun inside its phrase
        elif j == i + 1 and doc[i].pos_ == "DET" and t.is_alpha and t.text.islower() and t.pos_ in ("ADV", "VERB") \
                and (j + 1 >= stop or doc[j + 1].is_punct or doc[j + 1].pos_ in ("ADJ", "ADP")):
            j += 1  # "affirme l'imam.": the noun right after its determiner, whatever the tagger calls it
        elif t.lower_ == "et" and j > i + 1 and j + 2 < stop and doc[j + 1].lower_ in LINKS \
                and any(u.lower_ in LINKS for u in doc[i:j]):
            j += 1  # "le ministre de l'Economie et des Finances, X": one office of two portfolios
        else:
            break
    while j > i and doc[j - 1].lower_ in LINKS | ARTICLES | PREPOSITIONS:
        j -= 1
    if j <= i:
        return None
    return doc[i:apposed_name_end(doc, j, stop)]


OBJECT_CLITICS = {"lui", "leur", "se", "s'", "s’", "y", "en", "me", "m'", "m’", "nous", "vous"}
AFFILIATION = {"lié", "liée", "liés", "affilié", "affiliée", "affiliés", "rattaché", "rattachée", "proche"}
RELATIVES = {"dont", "qui", "que", "qu'", "qu’", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
SUBJECT_RELATIVES = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}  # a relative clause's subject
QUOTE_MARKS = {"«", "»", '"', "“", "”"}
CIVILITIES = {"m.", "mme", "mmes", "mm.", "me", "mgr", "dr", "sem", "s.e.m."}
FILLERS = (("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "côté"), ("de", "leur", "côté"),
           ("à", "son", "tour"), ("à", "leur", "tour"), ("quant", "à", "lui"), ("quant", "à", "elle"),
           ("lui", "aussi"), ("elle", "aussi"), ("eux", "aussi"), ("pour", "autant"), ("en", "revanche"),
           ("de", "même"), ("sans", "détour"), ("sans", "ambages"), ("d'", "entrée"), ("d’", "entrée"), ("d'", "emblée"),
           ("d’", "emblée"), ("en", "substance"), ("en", "conclusion"), ("en", "personne"), ("de", "nouveau"),
           ("à", "nouveau"))  # "estime pour sa part un autre avocat, X", "a déclaré d'entrée le ministre X"


def names_someone(tok) -> bool:
    """Whether a subject starts at `tok` after a circumstance: a determiner (`à la télévision le
    ministre`), a civility (`à la presse M. X`) or a capitalised name (`devant les députés Awa Sow`)."""
    return tok.pos_ == "DET" or tok.lower_ in CIVILITIES or tok.pos_ == "PROPN" and tok.text[:1].isupper()


# third-person subject pronouns (`nous`, `m'` before an incise verb are its object: `», nous a confié X`)
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}


def present_participle(token: Token) -> bool:
    """`citant`, `ajoutant`: a present participle, by its ending and its morphology where the tagger
    gives one (it tags `conclut` a present participle too)."""
    form = token.morph.get("VerbForm")
    return token.lower_.endswith("ant") and token.pos_ in ("VERB", "AUX") and (not form or "Part" in form)


def incise_distance(doc: Doc, q_close: int, verb_i: int) -> int:
    """Tokens from a closing quote mark to an incise verb, a filler between the auxiliary and the verb
    counting as none (`», a pour sa part déclaré X`, `», a de son côté estimé X`)."""
    n, i = 0, q_close + 1
    while i < verb_i:
        filler = next((f for f in FILLERS if tuple(u.lower_ for u in doc[i:i + len(f)]) == f), None)
        if filler is not None and i > q_close + 1 and doc[i - 1].pos_ in ("AUX", "VERB"):
            i += len(filler)
            continue
        n, i = n + 1, i + 1
    return n + 1


# prepositions of a short circumstance between an incise verb and its subject (`a déclaré en marge du sommet le
# ministre`, `a indiqué lors d'un point de presse le porte-parole`)
CIRCUMSTANCE = {"dans", "devant", "après", "avant", "sur", "lors", "à", "au", "aux", "auprès", "depuis", "en", "pendant",
                "durant", "pour"}  # ("résume pour RFI X": the medium one speaks for, then the speaker)


def past_circumstance(doc: Doc, i: int, stop: int) -> int:
    """Skip what may stand between an incise verb and its subject: adverbs, a weekday, a filler
    (`pour sa part`, `de son côté`) and a short circumstance phrase (`a indiqué dans un communiqué
    le ministère`, `a salué lundi X`)."""
    while i < stop:
        t = doc[i]
        aside = 1 if t.text == "," else 0  # "a déclaré, pour sa part, M. X": the filler between commas
        filler = next((f for f in FILLERS if tuple(u.lower_ for u in doc[i + aside:i + aside + len(f)]) == f), None)
        if filler is not None and i + aside + len(filler) <= stop:
            i += aside + len(filler)
            if i < stop and doc[i].text == ",":
                i += 1
        elif (t.pos_ == "ADV" or t.lower_ in TEMPORAL and t.lower_ not in ("dans", "devant", "après", "avant", "depuis")) \
                and not (t.lower_ in ("lors", "en") and i + 1 < stop and doc[i + 1].pos_ in ("DET", "NOUN", "ADP")):
            i += 1  # (not "lors d'un point de presse", "en marge du sommet": a phrase; "en outre" is an adverb)
        elif t.lower_ == "en" and i + 1 < stop and (doc[i + 1].lower_ in MONTHS or doc[i + 1].like_num
                                                    or doc[i + 1].lower_ == "une"):
            i += 2  # "confiait en février le ministre", "déclarait en 2023 le président", "titre en une le quotidien"
        elif (span := time_phrase(doc, i, stop)) is not None:
            i = span  # "a lancé ce jour-là le ministre", "a déclaré le lendemain X", "a dit le 30 janvier X"
        elif t.text == "," and i + 2 < stop and (doc[i + 1].lower_ in CIRCUMSTANCE - {"pour"} or tuple(
                u.lower_ for u in doc[i + 1:i + 3]) in (("à", "l'issue"), ("à", "l’issue"), ("en", "marge"))):
            close = next((k for k in range(i + 2, min(stop, i + 12)) if doc[k].is_punct), None)
            # "a déclaré mardi, en marge du sommet, la ministre X": a circumstance set off by commas, then the subject
            if close is None or doc[close].text != "," or close + 1 >= stop or not names_someone(doc[close + 1]) \
                    or any(u.pos_ in ("VERB", "AUX") for u in doc[i + 1:close]):
                return i
            i = close + 1
        elif t.lower_ in CIRCUMSTANCE and i + 1 < stop:
            j = i + 1  # "dans un communiqué", "devant la presse", "sur les ondes de la RTB", "à la télévision"
            if t.lower_ == "en" and present_participle(doc[j]) and j + 1 < stop and doc[j + 1].pos_ == "DET":
                j += 1  # a gerund and its object: "a lancé en ouvrant les travaux le président X"
            while j < stop and (doc[j].pos_ in ("DET", "NOUN", "ADJ", "PROPN", "NUM") or doc[j].lower_ in LINKS
                                or doc[j].is_alpha and doc[j].text[:1].isupper() or elided_initial(doc, j)) \
                    and not (j > i + 1 and doc[j].ent_iob_ != "I" and (doc[j - 1].pos_ == "NOUN" and names_someone(doc[j])
                                            or (doc[j - 1].pos_ in ("PROPN", "NUM", "ADJ") or doc[j - 1].text[:1].isupper())
                                            and doc[j].pos_ == "DET"
                                            or doc[j - 1].ent_iob_ != "O" and doc[j].ent_iob_ != "I"
                                            and names_someone(doc[j]))):
                j += 1  # (a medium's capitalised name whatever the tagger calls it: "à HumAngle la directrice";
                # a name ends where its entity does: "à l'AFP Rhissa Afeltou", "à France 24 un responsable";
                # not inside one: "à Radio Kledu le patron …"; "à la télévision nationale le porte-parole")
            if j + 1 < stop and doc[j].text == "," and doc[i].lower_ in ("sur", "à", "au", "aux"):
                j = past_medium_apposition(doc, j, stop)  # "a déclaré sur l'ORTM, la télévision publique, le ministre"
            if j >= stop or not names_someone(doc[j]):
                return i
            i = j
        else:
            return i
    return i


# verbs whose `de` complement is the charge (`accuser X de « … »`): the quoted charge is the accuser's word
ACCUSING = {"accuser", "soupçonner", "suspecter", "taxer", "reprocher", "inculper", "qualifier", "traiter"}


# heads of the phrase that describes a medium named after an incise verb (`sur l'ORTM, la télévision publique,`)
MEDIA_NOUNS = {"télévision", "radio", "chaîne", "station", "antenne", "site", "journal", "quotidien", "hebdomadaire",
               "agence", "média", "plateforme", "télé"}


def past_medium_apposition(doc: Doc, comma: int, stop: int) -> int:
    """The token after the comma that closes a medium's apposition (`l'ORTM, la télévision publique, | le ministre`),
    else `comma` itself (not "lu à la télévision nationale, l'ORTM, par le ministre": the medium again)."""
    k = comma + 1
    if k + 1 < stop and doc[k].pos_ == "DET" and doc[k + 1].lower_ in MEDIA_NOUNS:
        end = next((j for j in range(k + 2, min(stop, k + 10)) if doc[j].is_punct), None)
        if end is not None and doc[end].text == "," and end + 1 < stop:
            return end + 1
    return comma


def elided_initial(doc: Doc, j: int) -> bool:
    """Whether doc[j] is the elided first letter the tokenizer cut from a capitalised name (`N'` of `N'Djamena`,
    `N'Guigmi`): one word with the capitalised token it touches."""
    return re.fullmatch(r"[A-Z]['’]", doc[j].text) is not None and not doc[j].whitespace_ and j + 1 < len(doc) \
        and doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper()


# nouns of a time phrase after an incise verb, before its subject (`a lancé le lendemain le ministre`)
TIME_NOUNS = {"lendemain", "surlendemain", "veille", "jour", "matin", "matinée", "soir", "soirée", "nuit", "semaine",
              "mois", "année", "an", "week-end", "après-midi"}
TIME_QUALIFIERS = {"-là", "là", "dernier", "dernière", "passé", "passée", "prochain", "prochaine", "même"}


def time_phrase(doc: Doc, i: int, stop: int) -> int | None:
    """The end of a definite or demonstrative time phrase at doc[i] (`le lendemain`, `ce jour-là`, `la semaine
    dernière`, `le 30 janvier 2025`) followed by what can open a subject, else None."""
    if i + 1 >= stop or doc[i].lower_ not in ("le", "la", "l'", "l’", "ce", "cet", "cette"):
        return None
    j = i + 1
    if doc[j].lower_ in TIME_NOUNS:
        j += 1
        while j < stop and doc[j].lower_ in TIME_QUALIFIERS:
            j += 1
    elif doc[j].like_num and j + 1 < stop and doc[j + 1].lower_ in MONTHS:
        j += 2
        if j < stop and doc[j].like_num and len(doc[j].text) == 4:
            j += 1
    else:
        return None
    return j if j < stop and names_someone(doc[j]) else None


def through_channel(doc: Doc, i: int, stop: int) -> Span | None:
    """The words from a channel preposition after an incise verb to the punctuation that ends them, where no
    subject phrase could be told from the medium (`a déclaré à Guinéenews Mamadou Saliou Barry, secrétaire …`, the
    model taking medium and name for one entity): `Discourse.resolve` finds the person named there and leaves the
    medium out (`CHANNEL`)."""
    if i >= stop or doc[i].lower_ not in ("à", "au", "aux", "sur", "auprès"):
        return None
    end, depth = min(stop, i + 12), 0
    for k in range(i + 1, end):
        depth += (doc[k].text == "(") - (doc[k].text == ")")  # "à l'Agence d'information du Burkina (AIB) Dmitri …"
        if depth == 0 and doc[k].text != ")" and (doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX")
                                                  and not doc[k].text[:1].isupper()):
            end = k
            break
    return doc[i:apposed_name_end(doc, end, stop)] if end > i + 2 else None  # "…, Me Boubacar Seydou Tanko"


def apposed_name_end(doc: Doc, j: int, stop: int) -> int:
    """End of `…, Ahmed Kane` or `…, le colonel Abdoulaye Maïga` when a capitalised name follows the
    phrase ending at j after a comma (past a determiner and up to three lowercase title words), an acronym in
    parentheses before that comma too (`le directeur du Port autonome de Lomé (PAL), Kossi Agbodjan`)."""
    if j < stop - 3 and doc[j].text == "(":
        close = next((c for c in range(j + 1, min(stop, j + 5)) if doc[c].text == ")"), None)
        if close is not None and close + 1 < stop and doc[close + 1].text == "," \
                and (end := apposed_name_end(doc, close + 1, stop)) > close + 1:
            return end
    k = j + 1
    if j < stop - 1 and doc[j].text == "," and doc[k].text[:1].islower() and (doc[k].pos_ in ("NOUN", "ADJ")
                                                                           or doc[k].lower_ in LINKS):
        # "le ministre d'Etat, ministre de l'Energie, des Mines et des Energies renouvelables, Mohamed Arkab";
        # "le ministre de l'Agriculture, des Ressources animales et halieutiques, X": a portfolio goes on
        for c in range(k + 1, min(stop, j + 20)):
            if doc[c].pos_ in ("VERB", "AUX") or doc[c].text in ("«", "»", ".", ";", ":"):
                break
            if doc[c].text == "," and c + 2 < stop and is_capitalised_name(doc, c + 1, stop):
                return apposed_name_end(doc, c, stop)
        return j
    if j < stop - 1 and doc[j].text == "," and doc[k].pos_ == "DET" and doc[k].lower_ in ARTICLES:
        k += 1
        while k < min(stop, j + 5) and doc[k].text[:1].islower() and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        if k == j + 2 or k >= stop or not doc[k].text[:1].isupper():
            return j
    if j < stop - 1 and doc[j].text == "," and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
        while k < stop and (doc[k].text[:1].isupper() and (doc[k].is_alpha or doc[k].text in ("M.", "Mme", "Dr"))
                            or doc[k].text in ("-",) or doc[k].lower_ in ("sem",)):
            k += 1
        if k >= stop or doc[k].is_punct:  # "…, Ahmed Kane." but not "Selon le texte, Assimi Goïta est"
            return k
    return j


PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "int", "inte", "u", "ue", "us", "ues")


def past_fronted_participle(doc: Doc, lo: int, verb_i: int) -> int:
    """Where the clause resumes after a fronted participle phrase (`Joint par téléphone,`,
    `Interrogée vendredi,`, `Reçu à Alger par M. X,`): after its comma, if it comes before the verb."""
    first = doc[lo]  # "Moscou," and "Bamako," end like participles: a name is none
    if lo + 1 < verb_i and first.lower_.endswith(PARTICIPLE_ENDINGS) and first.text[:1].isupper() and \
            first.lower_ not in ("celui", "celui-ci", "celui-là", "lui", "lui-même", "ceux-ci") and \
            not first.ent_type_ and \
            first.pos_ in ("VERB", "ADJ", "PROPN", "NOUN") and doc[lo + 1].pos_ in ("ADP", "ADV", "PUNCT", "NOUN"):
        comma = next((k for k in range(lo + 1, verb_i) if doc[k].text == ","), None)
        if comma is not None and comma + 1 < verb_i:
            return comma + 1
    return lo


def fronted_phrase(doc: Doc, lo: int, i: int) -> bool:
    """Whether doc[lo:i] is a phrase set off before its clause's subject, with no finite verb of its own
    (`Dans un communiqué lu à la télévision, il …`, `Lundi soir, elle …`)."""
    return lo < i - 1 and doc[i - 1].text == "," and not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[lo:i])


def relative_object_end(span: Span) -> int | None:
    """Where the subject starts in a phrase the parse ran from a noun through its relative `que` to that clause's
    subject (`Une annonce que Fraternité Matin`, of `Une annonce que Fraternité Matin salue comme « … »`)."""
    k = next((t.i for t in span[2:-1] if t.lower_ in ("que", "qu'", "qu’")), None)
    if k is None or span[0].pos_ != "DET" or span.doc[k - 1].pos_ not in ("NOUN", "ADJ") \
            or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return k + 1


def agreeing_complement(subject: Span, gender: str) -> Span | None:
    """The body a subject's `de` complement names when that agrees with a pronoun its head does not (`La réponse du
    gouvernement` for `il`, `Le communiqué de la junte` for `elle`): the complement with its determiner."""
    nmod = next((c for c in subject.root.children if c.dep_ == "nmod" and c.i > subject.root.i
                 and c.i - subject.root.i <= 3 and c.pos_ == "NOUN"), None)
    if nmod is None or nmod.i >= subject.end:
        return None
    first = subject.doc[subject.root.i + 1]
    words = {"m": ("du",), "f": ("de",)}[gender]
    if first.lower_ not in words or gender == "f" and subject.doc[first.i + 1].lower_ != "la":
        return None
    return subject.doc[first.i + (gender == "f"):nmod.i + 1]


def verbless_relative(doc: Doc, lo: int, i: int) -> bool:
    """Whether the sentence opening doc[lo:i] is a noun phrase whose relative clause the word at `i` opens, with no
    verb of its own before it (`Un document qu'il qualifie de « … »`, `Une décision qu'elle juge …`)."""
    return lo + 1 < i and doc[i - 1].lower_ in ("que", "qu'", "qu’") and doc[lo].pos_ == "DET" \
        and doc[i - 2].pos_ in ("NOUN", "PROPN", "ADJ") and not any(t.pos_ in ("VERB", "AUX") for t in doc[lo:i - 1])


def directly_under(doc: Doc, q_open: int, q_close: int, verb_i: int) -> bool:
    """Whether the quotation doc[q_open:q_close + 1] hangs on the verb with no other verb or clause between
    (`a salué « … »`, not `a remercié Y, dont la médiation « a permis … »`)."""
    inner = doc[q_open:q_close + 1]
    top = next((t for t in inner if not q_open <= t.head.i <= q_close or t.head.i == t.i), None)
    while top is not None and top.i != verb_i:
        if top.head.i == top.i or top.dep_.startswith(("acl", "advcl", "ccomp", "csubj")) or (
                top.pos_ in ("VERB", "AUX") and not q_open <= top.i <= q_close):
            return False
        top = top.head
    return top is not None


def closed_relative(doc: Doc, i: int, q_open: int) -> bool:
    """Whether the verb at `i` heads a relative clause (`…, qui promettait en 2024 de rompre …,`) that a comma closes
    before the quotation opening at `q_open`, the sentence's own verb right after (`…, a « … »`; not the comma of
    an enumeration the parse left out of the clause: `qui appelle Bamako, Ouagadougou et Niamey à « … »`)."""
    verb = doc[i]
    if verb.dep_ != "acl:relcl" and not any(c.dep_.startswith("nsubj") and c.lower_ == "qui" for c in verb.children):
        return False
    end = verb.right_edge.i
    if not (end + 1 < q_open and doc[end + 1].text == "," and verb.left_edge.i < i):
        return False
    k = end + 2  # the sentence's verb right after the comma, past an adverb or a negation (`…, n'a « … »`)
    while k < q_open and (doc[k].pos_ == "ADV" or doc[k].lower_ in ("ne", "n'", "n’")):
        k += 1
    return k < q_open and doc[k].pos_ in ("VERB", "AUX")


def non_finite(verb) -> bool:
    """A present participle or an infinitive heading a clause with no subject of its own
    (`affirmant avoir …`, `avant de saluer …`)."""
    form = verb.morph.get("VerbForm")
    return ("Inf" in form or "Part" in form and "Pres" in verb.morph.get("Tense")) and not any(
        c.dep_.startswith("nsubj") for c in verb.children)


def clause_tail(doc: Doc, start: int, stop: int) -> str:
    """The words after a speaker phrase up to the next quotation mark: what else the clause says of
    the speaker (`…, sous couvert d'anonymat`), never the quoted words."""
    end = next((k for k in range(start, stop) if doc[k].text in ("«", "»", '"', "“", "”")), stop)
    return doc[start:end].text


INNER_PARTICLES = {"van", "von", "ag", "ould", "ben", "bin", "ibn", "al", "el", "da", "di", "dos", "das"}
# (lowercase words inside a person's name between capitalised ones: `Pieter van Dam`, `Mohamed ould Ghazouani`;
# not the French `de`, `du`, `le`, which also join a name to a place: `Moussa Traoré de Bamako`)


def capitalised_end(doc: Doc, k: int, stop: int) -> int:
    """End of the run of capitalised words starting at token k, before `stop`, past a particle between two
    of them (`Pieter van Dam`)."""
    end = k
    while end < stop and (doc[end].text[:1].isupper() and doc[end].is_alpha or end > k
                          and doc[end].lower_ in INNER_PARTICLES and end + 1 < stop
                          and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha):
        end += 1
    return end


def incise_subject_before(doc: Doc, lo: int, comma: int, reference: Reference) -> Span | None:
    """The inverted subject of an incise that ends at `comma` (`…, a annoncé mercredi le gouvernement,`), whom a
    participle after that comma has for its subject too; None when no incise ends there: the verb must report and
    have no subject before it (not `X, qui …, a suspendu France 24 le même jour,`)."""
    verb = next((j for j in range(comma - 1, lo - 1, -1) if doc[j].pos_ in ("VERB", "AUX")), None)
    if verb is None or verb_at(doc[verb], reference) is None \
            or any(c.dep_.startswith("nsubj") and c.i < verb for c in doc[verb].children):
        return None
    first = verb
    while first > lo and doc[first - 1].pos_ == "AUX":
        first -= 1
    if first <= lo or doc[first - 1].text not in {","} | QUOTE_MARKS:
        return None
    phrase = noun_phrase(doc, verb + 1, comma)
    return phrase if phrase is not None and phrase.end == comma else None


PLACE_OPENERS = ("à", "a", "au", "en", "dans", "chez", "depuis")  # a place or a time set off before the subject


def set_off_subject(doc: Doc, lo: int, verb_i: int) -> Span | None:
    """The noun phrase that opens the clause when what stands between it and the verb is set off by commas (`L'ordonnance,
    signée samedi par le général X et rendue publique lundi, juge que …`): the verb's subject by word order, where the
    parse lost it (such an apposition often makes the tagger call the verb a noun)."""
    if verb_i - 1 <= lo or doc[verb_i - 1].text != ",":
        return None
    comma = next((j for j in range(lo, verb_i - 1) if doc[j].text == ","), None)
    if comma is None or any(t.text in QUOTE_MARKS for t in doc[comma:verb_i]):
        return None
    if doc[lo].lower_ in PLACE_OPENERS and comma - lo <= 4 and comma + 1 < verb_i - 1:
        return set_off_subject(doc, comma + 1, verb_i)  # "A Ouagadougou, L'Observateur Paalga, d'ordinaire …, salue":
        # past the place that opens the sentence
    phrase = noun_phrase(doc, lo, comma)
    opening = doc[comma + 1]
    if phrase is not None and phrase.start == lo and comma - phrase.end in (3, 4) and doc[phrase.end].text == "(" \
            and doc[comma - 1].text == ")":
        phrase = doc[lo:comma]  # "L'Agence internationale de l'énergie atomique (AIEA), qui …": with its acronym
    if phrase is None or phrase.start != lo or phrase.end != comma:
        return None
    clause = opening.lower_ in ("qui", "dont") or opening.pos_ == "VERB" and "Part" in opening.morph.get("VerbForm")
    head = phrase[1] if len(phrase) > 1 and phrase[0].lower_ in ("l'", "l’") else phrase[0]  # "L'Observateur Paalga"
    named = head.pos_ == "PROPN" and head.text[:1].isupper() and not any(t.like_num for t in phrase) \
        or phrase[0].lower_ in ("celui-ci", "celle-ci")  # "Sidwaya, le quotidien d'Etat, reprend …"
    aside = opening.lower_ in ("d'", "d’") and doc[comma + 2].lower_ in ("ordinaire", "habitude")
    if named and (clause or aside or opening.pos_ == "DET") or phrase[0].lower_ in DEFINITE_ARTICLES and clause:
        # ("L'Observateur Paalga, d'ordinaire peu tendre avec les juntes, salue …": an aside on the name)
        return phrase  # (a definite phrase, then a participle or a relative clause: not "Son collègue, assis …", nor
        # "Le 16 mars 2024, le porte-parole …")
    return None


def fronted_gerund_subject(doc: Doc, verb_i: int, q_close: int, hi: int) -> Span | None:
    """The subject of the clause a gerund that opens the sentence hangs on (`En qualifiant de « trahison » le
    départ des soldats, le président X a …`): the noun phrase after the first comma past the gerund and its
    quotation, when a verb follows it (the parse of such sentences is often broken; word order is not)."""
    comma = next((j for j in range(max(verb_i, q_close) + 1, hi) if doc[j].text == ","), None)
    if comma is None or (phrase := noun_phrase(doc, comma + 1, hi)) is None or phrase.end >= hi:
        return None
    after = doc[phrase.end]
    return phrase if after.pos_ in ("VERB", "AUX") or after.text == "," or after.lower_ in CLITICS else None


def is_capitalised_name(doc: Doc, k: int, stop: int) -> bool:
    """Whether two or more capitalised words start at token k and end at punctuation or `stop`."""
    end = capitalised_end(doc, k, stop)
    return end - k >= 2 and (end >= stop or doc[end].is_punct)


CHANNEL_WORDS = {"sur", "à", "au", "par"}


def subject_of(verb_i: int, doc: Doc, lo: int, hi: int) -> Span | None:
    """The subject of a verb inside doc[lo:hi] (`parsed_subject`), never the medium the words went
    through, which the parse can take for it: `Jeudi, sur l'ORTM, le ministre X a affirmé` is the
    minister's (the phrase after the medium's comma), `Une source jointe par l'AFP évoque` the source's
    (the phrase from the clause's start to the verb, whose medium `Discourse.resolve` leaves out)."""
    span = parsed_subject(verb_i, doc, lo, hi)
    if (own := completive_subject(doc, verb_i, lo)) is not None and (span is None or span.end <= own.end):
        # (the parse may also make a subject run from the clause before up to it)
        return own
    if span is not None and (described := relative_antecedent(doc, span, verb_i, lo)) is not None:
        return described
    if span is not None and len(span) == 1 and span[0].lower_ in ("il", "elle", "lui", "eux", "ils", "elles") \
            and lo < span.start - 1 and span.end < hi and doc[span.start - 1].text == "," and doc[span.end].text == ",":
        # "La porte-parole de la diplomatie russe a, elle, salué « … »": a topic pronoun doubling the subject before it
        first = next((k for k in range(span.start - 2, lo - 1, -1) if doc[k].text in (",", ";", ":", "»", "«")), lo - 1) + 1
        aux = next((k for k in range(first, span.start) if doc[k].pos_ in ("AUX", "VERB")), span.start - 1)
        while aux > first and (doc[aux - 1].lower_ in CLITICS or doc[aux - 1].lower_ in ("en", "ne", "n'", "n’")):
            aux -= 1  # "L'agence X s'en prend, elle, à …": not its clitics
        if first < aux and any(t.pos_ in ("NOUN", "PROPN") for t in doc[first:aux]):
            return doc[first:aux]
    if span is None or span.start == lo and span[0].lower_ not in CHANNEL_WORDS:
        return span
    if span[0].lower_ in CHANNEL_WORDS and span[0].pos_ == "ADP":
        comma = next((k for k in range(span.end, verb_i) if doc[k].text == ","), None)
        if comma is not None and comma + 1 < verb_i:
            return parsed_subject(verb_i, doc, comma + 1, hi) or span
        return span
    k = span.start - 1
    if k > lo and doc[k].pos_ == "DET":
        k -= 1
    if lo < k and doc[k].lower_ in CHANNEL_WORDS and doc[k - 1].lower_.startswith(REACHED):
        start = max([c + 1 for c in range(lo, k) if doc[c].text == ","], default=lo)  # "Une source jointe par l'AFP"
        return doc[start:span.end] if start < k - 1 else span
    return span


def completive_subject(doc: Doc, verb_i: int, lo: int) -> Span | None:
    """The subject of a verb in a `que` clause set off from it by an aside (`Le journal rappelle … et que le FMI,
    lors de sa mission à Bamako, avait exhorté les autorités à « … »`), which the parse often hangs on the clause
    before: the noun phrase right after `que` up to the aside's comma, when no other verb stands between."""
    k = verb_i - 1
    while k > lo and doc[k].pos_ == "AUX":
        k -= 1
    if doc[k].text != ",":
        return None
    que = next((j for j in range(k - 1, max(lo, verb_i - 25) - 1, -1)
                if doc[j].lower_ in ("que", "qu'", "qu’") or doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ":")),
               None)
    if que is None or doc[que].lower_ not in ("que", "qu'", "qu’") or que + 1 >= k \
            or doc[que + 1].pos_ not in ("DET", "PROPN"):
        return None
    comma = next(j for j in range(que + 1, k + 1) if doc[j].text == ",")
    if comma == k or comma - que > 8:
        return None  # ("que le ministre, a-t-il dit, …" has no aside of its own; a long phrase is no subject)
    return doc[que + 1:comma]


def controller_subject(doc: Doc, verb_i: int, lo: int, hi: int) -> Span | None:
    """The subject of the finite verb an infinitive complements (`demande à Niamey de relâcher « … »`, `a appelé les
    Etats à « … »`): whoever asks or promises says the words the infinitive holds, not whom they ask (whom the
    parse may give the infinitive for its subject); None when the verb is no infinitive after `de` or `à`, or a
    relative or `que` clause stands between the two verbs."""
    if "Inf" not in doc[verb_i].morph.get("VerbForm"):
        return None
    k = verb_i - 1
    while k > lo and (doc[k].lower_ in CLITICS or doc[k].lower_ in ("ne", "n'", "n’", "pas", "plus")):
        k -= 1
    if doc[k].lower_ not in ("de", "d'", "d’", "à") or k > lo and doc[k - 1].lower_ in ("avant", "après", "afin", "sans",
                                                                                   "pour", "plutôt", "lieu"):
        return None  # ("…, a-t-elle rappelé, avant d'ajouter : « … »": a clause of the speaker's own)
    main = next((j for j in range(k - 1, lo - 1, -1) if doc[j].pos_ == "VERB" and (
        "Fin" in doc[j].morph.get("VerbForm") or "Part" in doc[j].morph.get("VerbForm") and doc[j - 1].pos_ == "AUX")
        or doc[j].lower_ in ("que", "qu'", "qu’", "qui", "dont") or doc[j].text in QUOTE_MARKS), None)
    if main is None or doc[main].pos_ != "VERB":
        return None
    subject = subject_of(main, doc, lo, hi)
    if subject is None and doc[main].dep_ == "conj" and lo <= doc[main].head.i < main:
        main = doc[main].head.i  # "X dénonce « … » et demande à Niamey de relâcher « … »": the first verb's subject
        subject = subject_of(main, doc, lo, hi)
    return subject if subject is not None and subject.end <= main else None


def relative_antecedent(doc: Doc, span: Span, verb_i: int, lo: int) -> Span | None:
    """The noun phrase before a relative clause whose subject the parse gave a verb that comes after the clause,
    which a comma closes: `La Cedeao, que le Niger a quittée en janvier, avait appelé Niamey à « … »` is the call of
    the Cedeao, not of Niger (the parse hangs the sentence on the clause's verb); None for any other subject."""
    k = span.start - 1
    if k < lo + 2 or doc[k].lower_ not in ("que", "qu'", "qu’", "dont") or doc[k - 1].text != ",":
        # "la Commission de la Cedeao, dont le Burkina a annoncé son retrait, avec le Mali et le Niger, ses partenaires
        # au sein de l'AES, a dit …": a phrase of the relative clause past its first comma is no subject either
        k = next((i for i in range(span.start - 1, lo + 1, -1) if doc[i].lower_ in ("que", "qu'", "qu’", "dont")
                  and doc[i - 1].text == "," and any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:span.start])), None)
        if k is None or any(t.text in (";", ":") or t.text in QUOTE_MARKS for t in doc[k:span.start]):
            return None
    j = verb_i - 1  # past the verb's auxiliaries, adverbs, negation and clitics, the comma that closes the clause
    while j >= span.end and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in ("ne", "n'", "n’") or doc[j].lower_ in CLITICS):
        j -= 1
    if j < span.end or doc[j].text != ",":
        # "La Commission, que les trois pays ont quittée, a dit « … » et se dit « … »": a verb coordinated with the
        # one after the clause has the same subject, never one inside the clause that a comma closed before both
        j = next((c for c in range(span.end, verb_i) if doc[c].text == ","), None)
        if j is None or j + 1 >= verb_i or doc[j + 1].pos_ not in ("AUX", "VERB") or not any(
                t.lower_ in ("et", "puis") for t in doc[j + 1:verb_i]) or any(
                t.lower_ in RELATIVES or t.lower_ in ("que", "qu'", "qu’") or t.text in (";", ":") for t in doc[j + 1:verb_i]):
            return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:j]):
        return None
    start = max([c + 1 for c in range(lo, k - 1) if doc[c].text in (",", ";", ":")], default=lo)
    if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:k - 1]):
        return None
    return doc[start:k - 1]


def relative_subject(child) -> bool:
    """Whether a subject opens with a relative pronoun of its own (`dont la médiation`): a relative clause's."""
    return child.left_edge.lower_ in RELATIVES and child.lower_ not in RELATIVES


def aside_before(doc: Doc, j: int, lo: int) -> bool:
    """Whether the three tokens before `j` are an aside between auxiliary and verb without commas (`a pour sa part
    dénoncé`, `a de son côté salué`): no subject, whatever its noun."""
    return j - 3 >= lo and doc[j - 3].lower_ in ("pour", "de") and doc[j - 2].lower_ in (
        "sa", "son", "leur", "ma", "mon", "notre") and doc[j - 1].lower_ in ("part", "côté")


def verb_subjects(verb, lo: int, hi: int, passive: bool = True) -> list:
    """The subjects of `verb` or of its auxiliaries inside doc[lo:hi] (`passive` False: active subjects only)."""
    return [c for h in [verb] + [c for c in verb.children if c.dep_.startswith("aux")] for c in h.children
            if (c.dep_.startswith("nsubj") if passive else c.dep_ == "nsubj") and lo <= c.i < hi]


def host_subject(pronoun, doc: Doc, lo: int) -> Span | None:
    """The subject of the clause whose object a relative clause describes, when `pronoun` (il, elle, ils, elles) is
    that relative clause's subject and agrees with it in number and gender: `les trois pays ont annoncé leur retrait
    de la CPI, qu'ils accusent de « … »`, `le gouvernement a livré un bilan qu'il dit « … »`. The one who acts on the
    object is the one who judges it; the last person named is not."""
    word = pronoun.lower_
    if word not in ("il", "elle", "ils", "elles") or pronoun.i < 2 or doc[pronoun.i - 1].lower_ not in ("que", "qu'", "qu’"):
        return None
    before = doc[pronoun.i - 2] if doc[pronoun.i - 2].text != "," else doc[pronoun.i - 3]
    if pronoun.head.dep_ == "acl:relcl":
        noun = pronoun.head.head
    elif pronoun.head.dep_ == "ccomp" and before.pos_ in ("NOUN", "PROPN", "NUM") and before.head.head == pronoun.head.head:
        noun = before.head if before.pos_ == "NUM" else before  # "a suspendu RFI et France 24, qu'il accusait …": the
        # parse made the relative clause a completive of the verb; the noun before `qu'` is its antecedent
    else:
        return None
    while noun.dep_ in ("conj", "nmod") and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "la suspension de la procédure qu'il avait engagée", "RFI et France 24, qu'il accusait"
    verb = noun.head
    if not (noun.dep_ in ("obj", "conj") or noun.dep_.startswith("obl")) or verb.pos_ not in ("VERB", "AUX") \
            or verb.i > noun.i:  # ("RFI et France 24": the parse may hang the second object on the verb as a conjunct)
        return None
    while True:
        subjects = verb_subjects(verb, lo, verb.i, passive=False)
        if subjects or verb.dep_ != "conj" or verb.head.i >= verb.i:
            break
        verb = verb.head  # "… a annoncé X et vise nommément la France, qu'il accuse": the first verb's subject
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    subject = subjects[0]
    plural = "Plur" in subject.morph.get("Number") or any(c.dep_ == "conj" for c in subject.children)
    gender = subject.morph.get("Gender")
    if plural != word.endswith("s") or gender and ("Fem" in gender) != word.startswith("elle"):
        return None
    end = next((t.i for t in doc[subject.i + 1:subject.right_edge.i + 1] if t.text in (",", "(", "«")),
               subject.right_edge.i + 1)
    return doc[max(subject.left_edge.i, lo):end]


def parsed_subject(verb_i: int, doc: Doc, lo: int, hi: int) -> Span | None:
    """The subject of a verb inside doc[lo:hi]: its nsubj (with the apposition of a name), or the
    noun phrase right before its auxiliaries where the parser misses it. A place the sentence opens with (`A New
    York, le porte-parole …, X, a condamné`, its `A` taken for a verb) is none: the phrase after its comma is."""
    found = clause_subject_span(verb_i, doc, lo, hi)
    if found is None or found[0].text not in ("A", "À") or found.end >= verb_i or doc[found.end].text != ",":
        return found
    comma = next((t.i for t in found if t.text == ","), None)
    if comma is not None and comma + 1 < found.end:
        return doc[comma + 1:found.end]  # "A Paga, Adama Sawadogo, vice-président de …, salue": the name after the place
    j = verb_i
    while j > found.end + 1 and (doc[j - 1].pos_ in ("AUX", "ADV") or doc[j - 1].text == ","):
        j -= 1
    return doc[found.end + 1:j] if j > found.end + 1 else None


# participles of justice whose `pour « … »` / `de « … »` quotes the charge: the prosecuting state's words, not the accused's
# verbs of saying only a person does (a body neither sighs nor remembers): their pronoun takes up no body
BODILY = {"sourire", "soupirer", "rire", "murmurer", "chuchoter", "sangloter", "pleurer", "grimacer", "esclaffer",
          "souvenir", "raconter", "confier", "plaisanter", "bougonner", "grommeler", "s'esclaffer"}
ASIDE_WORDS = {"notamment", "aussi", "également", "officiellement", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
               "samedi", "dimanche", "hier", "soir", "matin", "finalement", "formellement"}
SENTENCES = {"prison", "réclusion", "détention", "amende", "travaux", "ferme", "sursis", "perpétuité"}  # a penalty
CHARGING = {"poursuivi", "inculpé", "condamné", "jugé", "arrêté", "interpellé", "écroué", "détenu", "incarcéré",
            "soupçonné", "déféré", "emprisonné"}


# verbs whose object is asked to do what their infinitive says (`appeler X à`, `demander à X de`): the words quoted in
# that infinitive's clause are the asker's, not those of whom it asks (whom word order puts before the infinitive)
APPEALS = {"appeler", "inviter", "exhorter", "encourager", "inciter", "pousser", "demander", "enjoindre", "sommer",
           "prier", "presser", "engager", "convier", "recommander", "conseiller", "ordonner", "intimer", "supplier",
           "réclamer", "adjurer"}


def appealing_verb(verb, lo: int):
    """The verb of appeal an infinitive introduced by `à` or `de` completes, before it in the clause (however the
    parse hung the infinitive: on the verb, its object or an adjective of it), else None."""
    if "Inf" not in verb.morph.get("VerbForm") or not any(
            c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d’") for c in verb.children):
        return None
    head = verb.head
    for _ in range(3):
        if head.i == verb.i or head.i < lo:
            return None
        if head.pos_ in ("VERB", "AUX") and head.i < verb.i:
            return head if head.lemma_.lower() in APPEALS else None
        verb, head = head, head.head
    return None


def saying_conjunct(verb, doc: Doc, lo: int):
    """The verb a `que` clause depends on, when `verb`, which the parse coordinated with that clause's verb, is
    coordinated with it instead (`X rappelle que Y a rompu avec Paris, et juge …`): `verb` is finite in the same tense,
    person and number as it, and a comma stands before its `et` or its form differs from the clause verb's (`a rompu`
    and `juge`)."""
    head = verb.head
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "et" and c.i < verb.i), None)
    if verb.dep_ != "conj" or cc is None or head.dep_ != "ccomp" or head.i >= verb.i \
            or not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in head.children):
        return None
    saying = head.head
    if saying.pos_ not in ("VERB", "AUX") or not lo <= saying.i < head.i or "Fin" not in verb.morph.get("VerbForm"):
        return None
    if any(verb.morph.get(f) != saying.morph.get(f) for f in ("VerbForm", "Tense", "Person", "Number")):
        return None
    comma = doc[cc.i - 1].text == ","
    differs = any(verb.morph.get(f) != head.morph.get(f) for f in ("VerbForm", "Tense")) \
        or any(c.dep_.startswith("aux") for c in head.children)
    return saying if comma or differs else None


def clause_subject_span(verb_i: int, doc: Doc, lo: int, hi: int) -> Span | None:
    """`parsed_subject` as the parse and word order give it."""
    verb = doc[verb_i]
    if (appeal := appealing_verb(verb, lo)) is not None:
        return parsed_subject(appeal.i, doc, lo, appeal.i)  # "X appelle les autorités à ouvrir « … »": X's words
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("après", "avant", "pour", "sans", "afin")
                 and c.i < verb_i), None)
    infinitive = "Inf" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and c.lower_ in ("avoir", "être") for c in verb.children)
    if mark is not None and infinitive and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "X a revendiqué …, après avoir accusé Orano d'un comportement « … »": the infinitive's subject is the main
        # clause's (however the parse cut the sentence there)
        main = next((k for k in range(mark.i - 1, lo - 1, -1) if doc[k].pos_ in ("VERB", "AUX")
                     and any(c.dep_.startswith("nsubj") for c in doc[k].children)), None)
        if main is not None:
            return parsed_subject(main, doc, lo, main)
    opening, lo = lo, past_fronted_participle(doc, lo, verb_i)  # "Joint par RFI, la porte-parole d'Orano, X, parle …"
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]  # "aux:tense" too
    subjects = [c for h in heads for c in h.children if c.dep_.startswith("nsubj") and lo <= c.i < hi
                and c.text not in QUOTE_MARKS  # the parser sometimes makes "«" the subject
                and not (c.pos_ == "PRON" and c.lower_ in ("l'", "l’", "le", "la", "les"))  # "X l'a redit": an object
                and not any(g.dep_ == "case" for g in c.children)]  # "Au Burkina Faso, l'AICB a …": a fronted place
    if not subjects and lo > opening and any(c.dep_.startswith("nsubj") and opening <= c.i < lo for h in heads
                                             for c in h.children) and (phrase := noun_phrase(doc, lo, verb_i)):
        return phrase  # "Jointe par téléphone, X, présidente de …, ne décolère pas : « … »": the parse made the
        # participle the subject; the phrase after its comma is
    owner = verb
    shared_aux = "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)
    if verb.dep_ == "conj" and not subjects and verb.head.pos_ in ("NOUN", "PROPN") and lo <= verb.head.i < verb_i \
            and (verb.head.dep_ == "obj" or shared_aux and verb.head.dep_.startswith("obl")) \
            and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i < verb.head.i \
            and any(c.dep_ == "cc" for c in verb.children):
        # "Niamey a convoqué l'ambassadeur d'Algérie et dénonce « … »": the verb coordinated with the one whose object
        # the parse hung it on shares that verb's subject; so does a bare participle sharing its auxiliary, whatever
        # the parse made of the noun before it ("X a rencontré son homologue, le général Y, et annoncé …": X's)
        return parsed_subject(verb.head.head.i, doc, lo, verb.head.head.i)
    if verb.dep_ == "conj" and not subjects and verb.head.pos_ in ("NOUN", "PROPN") and lo <= verb.head.i < verb_i:
        head = verb.head  # "Barrick Gold, qui détient 80 % du site, conteste": the parser hung the verb on its subject
        end = max([c.i for c in head.children if c.dep_ in ("flat:name", "flat", "amod") and c.i < verb_i] + [head.i])
        return doc[max(head.left_edge.i, lo):end + 1]
    j = verb_i
    while j > lo and (doc[j - 1].pos_ in ("AUX", "ADV") or doc[j - 1].lower_ in CLITICS and doc[j - 1].pos_ == "PRON"):
        j -= 1
    if not subjects and j > lo and doc[j - 1].lower_ in ("et", "puis", "mais") and verb.dep_ == "conj" \
            and verb.head.pos_ not in ("VERB", "AUX"):
        # "Le MBDHP a recensé six cas depuis 2023 et parle de « … »": a verb the parse took for a noun coordinated with
        # the last word before `et` shares the subject of the clause's verb before it
        k = j - 2
        while k >= lo and doc[k].text not in QUOTE_MARKS and doc[k].text not in (".", ";", ":", "!", "?"):
            if doc[k].pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in doc[k].children) \
                    and doc[k].dep_ not in ("ccomp", "advcl", "acl", "acl:relcl", "csubj") \
                    and not any(c.dep_ == "mark" for c in doc[k].children):  # (not "… soutient que l'appareil
                return parsed_subject(k, doc, lo, k)  # est tombé et parle de « … »": the main clause's subject)
            k -= 1
    if not subjects and "Fin" in verb.morph.get("VerbForm") and j > lo and (
            doc[j - 1].pos_ in ("NOUN", "PROPN") or a_name(doc[j - 1])):
        owner = None  # "une mission que le Premier ministre X présente comme « … »": a finite verb right after a noun
        # phrase has it as its subject, however the parse hung the verb (not the subject of the verb it hangs on)
    while owner is not None and owner.dep_ in ("xcomp", "conj", "advcl") and owner.head.i != owner.i and (
            not subjects or owner is not verb and all(relative_subject(c) for c in subjects)):
        owner = saying_conjunct(owner, doc, lo) or owner.head  # "a souri et ajouté", "…, affirmant", "n'a pas
        # souhaité s'exprimer, évoquant"; past a relative clause the parse made the head ("Il remercie X, dont la
        # médiation a …, mais estime que « … »"); "Le journal rappelle que le Niger a rompu avec Paris, et juge la
        # décision « … »": the verb of saying's subject, not that of the `que` clause the parse hung the verb on
        subjects = verb_subjects(owner, lo, hi)
    if owner is verb and not subjects and verb.dep_ == "acl" and bare_participle(verb) \
            and not any(c.dep_ == "obl:agent" or any(g.lower_ == "par" for g in c.children) for c in verb.children):
        # "Il a fustigé RFI et l'AFP, accusés d'avoir relayé « … »": a participle on the object of a clause judges with
        # that clause's subject (not on its subject: "La Cedeao, jugée « … », …" names no judge)
        noun = verb.head
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head
        governor = noun.head
        if governor.pos_ not in ("VERB", "AUX") and governor.dep_ == "xcomp" and governor.head.i < governor.i:
            governor = governor.head  # "a déclaré persona non grata le conseiller X, accusé de « … »"
        if noun.pos_ in ("NOUN", "PROPN") and (noun.dep_ in ("obj", "conj") or noun.dep_.startswith("obl")) \
                and governor.pos_ in ("VERB", "AUX") and governor.i < noun.i:  # ("RFI et l'AFP": the second
            # object the parse may hang on the verb as a conjunct)
            owner = governor
            subjects = verb_subjects(owner, lo, hi)
            while not subjects and (owner.dep_ in ("advcl", "xcomp") or present_participle(owner)) \
                    and owner.head.i < owner.i:
                owner = owner.head  # "Niamey a tranché, en expulsant deux diplomates accusés de « … »": the gerund's
                subjects = verb_subjects(owner, lo, hi)
    named = [c for c in subjects if c.ent_type_ == "PER" and c.i < verb_i]
    ends = [max([c.i] + [g.i for g in c.children if g.dep_.startswith("flat")]) + 1 for c in named]
    if named and ends[0] < verb_i and doc[ends[0]].text == "," and any(
            c.pos_ == "NOUN" and ends[0] <= c.left_edge.i <= ends[0] + 1 for c in subjects):
        subjects = named  # "X, une vendeuse jointe par téléphone, dit …": the parse made the apposition a second subject
    described = next((c for c in subjects if c.pos_ == "NOUN" and lo < c.i < verb_i), None) if not named else None
    if described is not None and not any(g.dep_ == "conj" for g in described.children) and all(
            g.lower_ in ("un", "une") for g in described.children if g.dep_ == "det"):  # (not "Jeudi, le porte-parole")
        comma = described.left_edge.i if doc[described.left_edge.i].text == "," else described.left_edge.i - 1
        start = comma
        while start > lo and (a_name(doc[start - 1]) or doc[start - 1].text == "-"):
            start -= 1
        if lo < comma and doc[comma].text == "," and start < comma and (start == lo or doc[start - 1].text == ",") \
                and doc[start].text[:1].isupper() and any(t.ent_type_ == "PER" for t in doc[start:comma]):
            return doc[start:comma]  # (or the parse left the name out of the clause: the name, not its description)
    def before_verb(c) -> bool:
        """A subject before its verb with no quotation between: French puts it there ("le ministre, X, a salué
        l'accord conclu par Y": not the noun after the verb the parse also called a subject)."""
        return c.i < verb_i and not any(t.text in QUOTE_MARKS for t in doc[c.i:verb_i])

    for child in sorted(subjects, key=lambda c: (c.pos_ not in ("NOUN", "PROPN", "PRON"), not before_verb(c),
                                                 abs(c.i - verb_i))):
        if (host := host_subject(child, doc, lo)) is not None:
            return host  # "Niamey garde fermée sa frontière avec le Bénin, qu'il accuse de « … »": Niamey
        floor = min(lo, child.sent.start)  # the clause may start at "qui": its antecedent stands before it
        if child.lower_ in SUBJECT_RELATIVES and child.i > floor:  # "le ministère malien des Mines, qui évoque …",
            # "X, lequel a réaffirmé …": the antecedent
            if doc[child.i - 1].text == ",":  # "Issa Garba, ancien ambassadeur auprès de la Cedeao, qui plaide": the
                k = child.i - 2  # name the apposition describes, not the last noun of the apposition
                while k > floor and doc[k].text not in (",", ";", ":", "«", "»") and (
                        doc[k].pos_ not in ("VERB", "AUX") or doc[k].lower_ in AFFILIATION or apposed_participle(doc[k])):
                    k -= 1  # (past a participle of the apposition: "ancien député aujourd'hui exilé à Lomé", "enseignant
                    # à Bamako")
                if k - 3 > floor and doc[k].text == "," and doc[k - 1].text == ")" and doc[k - 3].text == "(" \
                        and doc[k - 2].text.isupper() and k + 1 < child.i - 1 and doc[k + 1].lower_ in AFFILIATION:
                    return doc[k - 2:k - 1]  # "le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda,
                    # qui affirme": the group by its acronym, not the network it is tied to
                if k > floor and doc[k].text == "," and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].text.isupper()) \
                        and k + 1 < child.i - 1 \
                        and doc[k + 1].text[:1].islower() and (doc[k + 1].pos_ in ("ADJ", "NOUN")
                                                               or doc[k + 1].lower_ in AFFILIATION
                                                               or apposed_participle(doc[k + 1])):
                    # (and "le JNIM, lié à Al-Qaïda, qui affirme …": the group, not the network it is tied to)
                    s = k - 1
                    while s > floor and doc[s - 1].pos_ == "PROPN" and doc[s - 1].text[:1].isupper():
                        s -= 1  # (not "a réagi" | "Ousmane Sy": a verb the tagger took for a name)
                    return doc[s:k]
            right = child.i - 1 if doc[child.i - 1].text == "," else child.i
            if right - 3 > floor and doc[right - 1].text == ")" and doc[right - 3].text == "(":
                right -= 3  # "le Comité pour la protection des journalistes (CPJ), qui dénonce": the name before
            left = right
            while left > floor and ((doc[left - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
                                  or doc[left - 1].lower_ in LINKS) and not doc[left - 1].is_punct
                                 or doc[left - 1].text == "-" and not doc[left - 1].whitespace_
                                 or doc[left - 1].lower_ in ("à", "au", "aux") and left - 2 > floor
                                 and doc[left - 2].pos_ in ("NOUN", "PROPN") and doc[left].pos_ == "PROPN") \
                    and not (doc[left].pos_ == "DET" and doc[left - 1].pos_ in ("NOUN", "PROPN")):
                left -= 1  # (past the hyphen of "corridor Lomé-Ouagadougou"; not past the determiner that opens the
                # phrase: "a déclaré à RFI | sa porte-parole, qui assure"; past the place where the body sits:
                # "l'ambassade de Russie à Bamako, qui qualifie …" is the embassy's, not Bamako's)
            while left < right and doc[left].lower_ in LINKS:
                left += 1
            if right > left:
                return doc[left:right]
        if child.left_edge.lower_ in RELATIVES and child.lower_ not in RELATIVES \
                and not (child.left_edge.lower_ in ("que", "qu'", "qu’") and child.left_edge.head.i == child.i):
            continue  # "dont le directeur X": the subject of a relative clause, not of this verb (but "une démarche
            # qu'Alger a qualifiée de « … »": the parse hung the relative object on the subject, which is this verb's)
        left, right = max(child.left_edge.i, lo), min(child.right_edge.i + 1, hi)
        if child.i < verb_i:
            right = min(right, verb_i)
            stop = verb_i
            while stop > right and (doc[stop - 1].pos_ in ("AUX", "ADV") or doc[stop - 1].lower_ in CLITICS
                                    or doc[stop - 1].lower_ in ("ne", "n'", "n’")):
                stop -= 1
            if stop > right and all(t.pos_ in ("ADJ", "ADP", "NOUN", "PROPN", "DET", "NUM") and not t.is_punct
                                    for t in doc[right:stop]):
                right = stop  # "Le ministère algérien des Affaires étrangères dit": the parse cut the phrase short
        commas = [t.i for t in doc[left:right] if t.text == ","]
        left = max([c + 1 for c in commas if c < child.i], default=left)  # "Interrogée par X, la ministre"
        if lo < left and doc[left - 1].lower_ in COMPLEMENT_HEADS:
            continue  # "X, juriste à l'université de Kara, …, juge": the parse took a complement for the subject
        last_conj = max((c.i for c in child.children if c.dep_ == "conj" and c.i < verb_i), default=child.i)
        right = min([c for c in commas if c > last_conj], default=right)  # "Omar Touray, président de…"
        # (but "Bamako, Ouagadougou et Niamey ont annoncé": the coordinated subject whole)
        while left > lo and (doc[left].text == "-" or doc[left - 1].text == "-") and not doc[left - 1].whitespace_:
            left -= 1  # "L'état-major": the tokenizer split it in three
        if left > lo and doc[left - 1].pos_ == "DET":
            left -= 1
        while right > left + 1 and doc[right - 1].lower_ in OBJECT_CLITICS:
            right -= 1  # "Le ministre lui promettait": the clitic before the verb is no part of its subject
        if right > left:
            return doc[left:apposed_name_end(doc, right, hi)]
    j = verb_i
    if owner is not None and owner is not verb and verb.dep_ == "xcomp" and owner.i < verb_i \
            and all(doc[k].pos_ in ("ADP", "PART", "ADV") or doc[k].lower_ in CLITICS for k in range(owner.i + 1, verb_i)):
        j = owner.i  # "X a d'abord tenu à rappeler que …": the subject of the verb the infinitive completes
    while j > lo:  # past "a", "a également", "n'a pas", "y", "se", "a pour sa part", "a d'abord"
        if aside_before(doc, j, lo):
            j -= 3
        elif doc[j - 1].pos_ in ("AUX", "ADV") or doc[j - 1].dep_.startswith("aux") or doc[j - 1].lower_ in (
                "ne", "n'", "n’") or doc[j - 1].lower_ in CLITICS and doc[j - 1].pos_ == "PRON" \
                or doc[j - 1].dep_ == "fixed" and doc[j - 1].pos_ in ("ADP", "ADV"):
            j -= 1
        else:
            break
    if j > lo and doc[j - 1].text == ",":  # "L'état-major a, de son côté, appelé": past the aside
        opening = next((k for k in range(j - 2, max(lo, j - 7) - 1, -1) if doc[k].text == ","), None)
        if opening is None:  # "X, dont le directeur … avait plaidé pour un dialogue, juge": past the relative clause
            opening = next((k for k in range(j - 2, max(lo, j - 40) - 1, -1) if doc[k].text == "," and k + 1 < j
                            and doc[k + 1].lower_ in RELATIVES), None)
        if opening is None:  # "Human Rights Watch, l'ONG de défense des droits humains, accuse": past an apposition that
            # opens with its determiner and holds no verb
            opening = next((k for k in range(j - 2, max(lo, j - 20) - 1, -1) if doc[k].text == ","), None)
            name = opening - 1 if opening is not None else lo
            while name > lo and (a_name(doc[name - 1]) or doc[name - 1].text[:1].isupper() and doc[name - 1].is_alpha):
                name -= 1
            if opening is None or doc[opening + 1].pos_ != "DET" or opening == lo or not a_name(doc[opening - 1]) or any(
                    t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.is_punct for t in doc[opening + 1:j - 1]) \
                    or name > lo and doc[name - 1].text != ",":  # (not "un arrêté consulté par X, le ministère …")
                opening = None
        if opening is not None:
            j = opening
            while j > lo and (doc[j - 1].pos_ in ("AUX", "ADV") or doc[j - 1].dep_.startswith("aux")
                              or doc[j - 1].lower_ in ("ne", "n'", "n’")):
                j -= 1  # ("La diplomate a, pour sa part, promis": the auxiliary the tagger called a verb)
    i = j
    if i - 4 > lo and (doc[i].pos_ in ("AUX", "VERB") or i == verb_i) and doc[i - 1].text == ")" and doc[i - 3].text == "(" \
            and doc[i - 2].text[:1].isupper():
        i -= 3  # "l'Association … du Burkina (AICB) a maintenu": the acronym a name closes with
    while i > lo and ((doc[i - 1].pos_ in NP_POS or doc[i - 1].lower_ in LINKS or doc[i - 1].lower_ in (
            "au", "aux", "à", "en") and i - 2 > lo and doc[i - 2].pos_ in ("NOUN", "PROPN", "ADJ"))  # "de Russie au Mali"
                      and not doc[i - 1].is_punct
                      or doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and i - 1 > lo):
        i -= 1  # "L'état-major": the tokenizer split it in three
    while i < j and doc[i].lower_ in LINKS:
        i += 1
    if j > i and (head := complemented_phrase(doc, i, lo)) is not None:
        return doc[head:j]  # "un diplomate en poste à N'Djamena s'inquiète": the one in post, not the city
    if j > i and i - 1 > lo and doc[i - 1].lower_ in COMPLEMENT_HEADS:
        # "Awa Sow, juriste à l'université de Kara, dont …, juge": the place of a description apposed to a name
        k = i - 1
        while k > max(lo, i - 8) and doc[k - 1].text != "," and not doc[k - 1].is_punct:
            k -= 1
        if k - 2 >= lo and doc[k - 1].text == "," and a_name(doc[k - 2]):
            i = k
    if j > i and i - 2 > lo and doc[i - 1].text == "," and a_name(doc[i - 2]) and doc[i].pos_ not in (
            "PROPN", "DET"):  # a description without article ("chercheuse à …"), not "X, le communiqué"
        k = i - 2  # "Mariam Dicko, chercheuse à l'université de Ségou, …": the name the description is apposed to
        while k > lo and a_name(doc[k - 1]):
            k -= 1
        return doc[k:j]
    return doc[i:j] if j > i else None


# Words that may stand inside a noun phrase between its head and a place complement: "en poste à", "réfugié au",
# "installé à", "basé à"
PLACED = {"à", "au", "aux", "en", "de", "du", "des", "d'", "d’", "dans", "chez"}


def complemented_phrase(doc: Doc, i: int, lo: int) -> int | None:
    """Where the noun phrase starts whose complement word order took for a verb's subject, when the phrase found
    starts right after a preposition (`un diplomate africain en poste à | N'Djamena s'inquiète`, `Un habitant
    réfugié au | Mali … raconte`): a subject never follows its own preposition. The phrase goes back over nouns,
    adjectives, participles and prepositions to a determiner, within the clause; None when there is none (a
    fronted place: `A | Bamako, le ministre …` is left to the rest)."""
    k = i - 1
    if k > lo and doc[k].text in ("N'", "N’", "D'", "D’") and not doc[k].whitespace_:
        k -= 1  # "N'Djamena", "D'Souza": one name the tokenizer cut at its apostrophe
    if k <= lo or doc[k].lower_ not in PLACED:
        return None
    while k > lo:
        t = doc[k - 1]
        if t.is_punct or t.text in QUOTE_MARKS:
            break
        participle = t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm") and not any(
            c.dep_.startswith("aux") for c in t.children)
        if not (t.pos_ in NP_POS and t.pos_ != "PRON" or t.lower_ in PLACED or participle):
            break
        k -= 1
        if t.pos_ == "DET" and not (k > lo and doc[k - 1].lower_ in PLACED):
            # ("le | chef de l'Etat": not past a determiner that follows a preposition)
            return k if any(w.pos_ == "NOUN" for w in doc[k:i - 1]) else None
    return None


def unlisted_organisation(span: Span, reference: Reference) -> Span | None:
    """The name of an organisation a speaker phrase spells out with a capital and an organisation's noun
    (`La Maison de la presse du Mali`, `la Ligue des consommateurs`) though no mention found it; never a
    state's body in common nouns (`le Conseil des ministres`)."""
    from .actors import is_organisation_name, state_body
    name = span[1:] if len(span) > 1 and span[0].lower_ in ARTICLES else span
    if not is_organisation_name(name) or any(t.text in ",;:«»()" for t in name) or state_body(name, reference):
        return None  # (the model's own test for such a name, `actors.is_organisation_name`, with no punctuation inside)
    return name


def a_name(tok) -> bool:
    """A word of a proper name, even where the tagger took it for something else (`Awa Sow`: `Sow` a verb)."""
    return tok.pos_ == "PROPN" or tok.dep_ in ("flat:name", "flat") and tok.text[:1].isupper()


def inverted_pronoun(doc: Doc, verb_i: int) -> Span | None:
    """The `-il` of `a-t-il poursuivi`, `ajoute-t-elle`."""
    for t in doc[max(0, verb_i - 3):min(len(doc), verb_i + 3)]:
        if t.text.startswith("-") and t.lower_.lstrip("-") in PRONOUNS:
            return doc[t.i:t.i + 1]
    return None


def closing_incise(doc: Doc, lo: int, hi: int, reference: Reference) -> Span | None:
    """The subject of a reporting incise that closes a sentence with no quotation, inverted after its verb (`Le Mali
    négocie avec Rabat, a indiqué à l'AFP un diplomate marocain sous couvert d'anonymat.`): the voice of the whole
    clause before it, whatever the parse made its root; None when the sentence does not end so."""
    end = hi
    while end > lo and doc[end - 1].is_punct:
        end -= 1
    for i in range(end - 1, lo + 1, -1):
        found = verb_at(doc[i], reference)
        if found is None or doc[i].pos_ not in ("VERB", "AUX"):
            continue
        k = i
        while k > lo and doc[k - 1].pos_ == "AUX":
            k -= 1  # "a indiqué", "ont affirmé"
        if doc[k - 1].text != "," or any(c.dep_.startswith("nsubj") and c.i < i for c in doc[i].children) \
                or not any("Fin" in t.morph.get("VerbForm") for t in doc[lo:k - 1]):
            return None  # (not "Le JNIM, affilié à Al-Qaïda, a revendiqué l'attaque": a subject before the verb, the
            # comma an aside's; the words before the comma must be a clause the incise reports)
        j = found[1] + 1
        if j < end and doc[j].lower_ in ("à", "au", "aux"):  # "à l'AFP", "au Monde": whom it was said to
            j = next((t.i for t in doc[j + 1:end] if t.pos_ == "DET" and t.lower_ in ("un", "une", "des", "le",
                                                                                         "la", "les", "l'", "l’")
                      and t.i >= j + 2), end)
        while j < end and doc[j].pos_ == "ADV":
            j += 1  # "a affirmé mardi le ministre", "a ajouté ensuite"
        if j >= end or not (doc[j].pos_ == "DET" or doc[j].text[:1].isupper()):
            return None
        stop = next((c for c in range(j + 1, end) if doc[c].text == "," and not (
            doc[c + 1].text[:1].isupper() or doc[c + 1].pos_ == "DET")), end)
        if stop < end or any("Fin" in t.morph.get("VerbForm") for t in doc[j:stop]):
            return None  # ("…, a indiqué le ministre, avant de partir": no closing phrase of its own; the tagger
            # may call a noun of the phrase a verb, `un haut fonctionnaire`, but never a finite one)
        return doc[j:stop]
    return None


def clitic_incise(doc: Doc, q_close: int, hi: int):
    """The verb of `« … », sourit-il`, `« … », s'agace-t-elle`: a verb right after a quotation (past a comma
    and any clitic) whose subject is an inverted pronoun makes an incise whatever the verb, so that no
    lexicon of manner verbs (sourire, s'agacer, trancher, rigoler…) has to be closed."""
    j = q_close + 1
    if j < hi and doc[j].text == ",":
        j += 1
    while j < hi and doc[j].lower_ in CLITICS | {"me", "m'", "m’", "nous", "vous"}:
        j += 1
    if j + 1 >= hi or not doc[j].is_alpha or doc[j].text[:1].isupper():
        return None
    k = j + 1 + (doc[j + 1].lower_ == "-t" and j + 2 < hi)
    if doc[k].text.startswith("-") and doc[k].lower_.lstrip("-") in SUBJECT_PRONOUNS - {"on"}:
        return doc[j], doc[k:k + 1]
    if doc[j].pos_ not in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "NUM", "NOUN", "PROPN") \
            and "Part" not in doc[j].morph.get("VerbForm") and is_capitalised_name(doc, j + 1, hi):
        # "« … », calcule Souleymane Gado, chauffeur", "« … », sourit Awa Koné" (a verb the tagger may call an
        # adjective): a name right after it is its inverted subject, up to the punctuation that closes the
        # sentence or opens its description
        end = j + 1
        while end < hi and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].text == "-"):
            end += 1
        if end == hi or doc[end].text in (",", ".", ";", "!", "?", "(") and end - j <= 5:
            return doc[j], doc[j + 1:end]
    return None


# verbs whose object (or, for `donner la parole`, whose `à` complement) is the voice a colon then quotes
RELAYING = {"citer", "interroger", "interviewer", "donner", "recueillir"}


def relayed_voice(doc: Doc, lo: int, colon: int) -> Span | None:
    """Whom the clause doc[lo:colon] before a colon gives the words to, when its verb relays another's voice: `Le
    journal cite le ministre de l'Intérieur, X : « … »`, `Walf Quotidien donne la parole à Y, exilé à Dakar : « … »`;
    the phrase runs from that complement to the colon (its apposition included)."""
    verb = next((t for t in doc[lo:colon] if t.pos_ == "VERB" and set(lemmas(t)) & RELAYING
                 and not t.lower_.endswith(("é", "ée", "és", "ées"))), None)
    # (not "Interrogé sur X, il a balayé la question : « … »": who was asked speaks; the form, not the tagger's
    # morphology, which calls "cite" a participle)
    if verb is None:  # (`lemmas`: the tagger's lemma of "donne" is "donne")
        return None
    holder = next((c for c in verb.children if c.lower_ in ("parole", "propos", "témoignage")), None)
    if set(lemmas(verb)) & {"donner", "recueillir"} and holder is None:
        return None  # ("donne raison à X", "recueille des fonds")
    children = list(verb.children) + (list(holder.children) if holder is not None else [])
    target = next((c for c in children if verb.i < c.i < colon and c.pos_ in ("NOUN", "PROPN")
                   and (holder is None or c.i != holder.i)
                   and c.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod")), None)
    if target is None:
        # the parse hung the words after the verb elsewhere ("Le journal cite Ibrahim Garba : « … »", the name taken for
        # a complement of `journal`): the noun phrase that follows the verb (past an adverb) up to the colon
        k = verb.i + 1
        while k < colon and doc[k].pos_ == "ADV":
            k += 1
        if holder is not None or k >= colon or doc[k].pos_ not in ("DET", "PROPN", "NOUN") and not doc[k].text[:1].isupper() \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[k:colon]):
            return None
        return doc[k:colon]
    start = next(t.i for t in doc[target.left_edge.i:target.i + 1] if t.pos_ != "ADP")
    begin = (holder.i if holder is not None else verb.i) + 1
    while begin < start and doc[begin].lower_ in ("à", "au", "aux"):
        begin += 1
    if begin < start - 1 and doc[start - 1].text == "," and all(
            t.text[:1].isupper() and t.is_alpha or t.text == "-" for t in doc[begin:start - 1]):
        start = begin  # "donne la parole à Yaw Owusu, un négociant ghanéen : « … »": the name, which the parse left
        # out of its apposition (`Discourse.resolve` reads a name before the description)
    return doc[start:colon]


# verbs whose compound past takes `être` (`est sorti`, `est revenu`): with it they are active, not passive
ETRE_VERBS = {"aller", "venir", "devenir", "revenir", "intervenir", "parvenir", "survenir", "convenir", "arriver",
              "partir", "repartir", "sortir", "entrer", "rentrer", "monter", "descendre", "tomber", "retourner",
              "rester", "naître", "mourir", "décéder", "passer"}


def passive_participle(phrase: Span):
    """The past participle `phrase` is what is done to (`les passeports resteront reconnus`, `la décision a été
    saluée`), else None: the participle that `être`, `rester` or `demeurer` carries as its auxiliary, or that
    `rester` or `demeurer` takes as its complement (`les passeports resteraient reconnus`, where the parse makes
    `resteraient` the verb); not a reflexive one (`il s'est dit`) nor one of the verbs whose past takes `être` (`la
    Commission, dont le Niger est sorti`). The parse's own nsubj:pass is no proof: it gives it to `Il a assuré` too."""
    verb = phrase.root.head
    if not phrase.root.dep_.startswith("nsubj"):
        return None
    if verb.lemma_.lower() in ("rester", "demeurer") and "Part" not in verb.morph.get("VerbForm"):
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if verb is None or "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") \
                or verb.lemma_.lower() in ETRE_VERBS:
            return None
        return verb
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") \
            or verb.lemma_.lower() in ETRE_VERBS:
        return None
    children = list(verb.children)
    if any(c.dep_.startswith("aux") and c.lemma_.lower() in ("être", "rester", "demeurer") for c in children) \
            and not any(c.lower_ in ("se", "s'", "s’") for c in children):
        return verb
    return None


def agent_of(verb, lo: int, hi: int) -> Span | None:
    """The agent of a passive verb or participle: `par X`; none for a verb whose active subject the parse found (`Il a
    rappelé la plainte déposée par le Mali`: the agent is the participle's, attached to the wrong verb)."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for c in verb.children:
        if lo <= c.i < hi and c.i > verb.i and c.lemma_.lower() not in MEANS and (
                c.dep_ == "obl:agent" or c.dep_.startswith("obl") and any(
                g.lower_ == "par" and g.dep_ == "case" for g in c.children)):  # (not "joints par téléphone")
            left = next((g.i + 1 for g in c.children if g.lower_ == "par"), c.left_edge.i)
            return c.doc[left:min(c.right_edge.i + 1, hi)]
    return None


JUDGED_LINKS = {"de", "d'", "d’", "comme", "pour"}  # between a judging participle and its quotation: `qualifiée de « … »`


def passive_judge(doc: Doc, q_open: int, q_close: int, lo: int, hi: int, reference: Reference):
    """(lemma, agent phrase) of a quotation a past participle of a reporting verb introduces and `par X` closes
    (`jugée « éhontée » par Alger`, `qualifié de « mascarade » par l'opposant X`), read from word order: the
    tagger often takes the participle before a quotation mark for a noun and hangs the agent anywhere."""
    if q_close + 2 >= hi or doc[q_close + 1].lower_ != "par":
        return None
    k = q_open - 1
    while k > lo and doc[k].lower_ in JUDGED_LINKS:
        k -= 1
    form = doc[k].lower_
    if k < lo or not form.endswith(("é", "ée", "és", "ées", "it", "ite", "its", "ites")) \
            or any(t.lower_ in ("se", "s'", "s’") for t in doc[max(lo, k - 3):k]):
        return None  # (not "s'est dite « préoccupée » par une mesure": what moved the speaker, who is the subject)
    lemma = next((v for v in [doc[k].lemma_.lower(), *infinitives(form)] if () in reference.verbs.get(v, [])), None)
    if lemma is None:
        return None
    span = noun_phrase(doc, q_close + 2, hi)
    return (lemma, span) if span is not None else None


def inner_incise(doc: Doc, q_open: int, q_close: int, reference: Reference):
    """(lemma, speaker phrase) of an incise inside a quotation: `« Ce qui compte, a déclaré le chef
    d'état-major, le colonel X, c'est … »`; the phrase runs to the comma before the words resume."""
    for i in range(q_open + 2, q_close - 1):
        j = i
        while j > q_open and (doc[j - 1].pos_ == "AUX" or doc[j - 1].lower_ in ("se", "s'", "s’")):
            j -= 1
        if doc[j - 1].text != "," or (cue := verb_at(doc[i], reference)) is None:
            continue
        lemma, last = cue
        if (span := inverted_pronoun(doc, i)) is not None:
            return lemma, span
        start = past_circumstance(doc, last + 1, q_close)
        end = start
        while end < q_close:
            t = doc[end]
            nxt = doc[end + 1] if end + 1 < q_close else None
            if t.text == "," and nxt is not None and nxt.text[:1].islower() and (
                    nxt.pos_ not in ("DET", "NOUN", "ADJ") or nxt.lower_ in ("c'", "c’", "ce", "cela")) and \
                    nxt.lower_ not in ("l'", "l’"):
                break
            if t.text in (".", ";", ":", "!", "?"):
                break
            end += 1
        if end > start and doc[start].pos_ in NP_POS:
            return lemma, doc[start:end]
    return None


def nominal_subject(doc: Doc, lo: int, hi: int) -> Span | None:
    """The first nominal subject of doc[lo:hi] as a noun phrase: its determiner and adjectives, and the nouns,
    adjectives and prepositions after it up to the first other word (`Le gouvernement de transition` in
    `Le gouvernement de transition y rompt « … »`, where the parse left no verb to hang it on)."""
    head = next((t for t in doc[lo:hi] if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    first = max(lo, head.left_edge.i)
    end = head.i + 1
    while end < hi and doc[end].pos_ in ("ADP", "DET", "NOUN", "ADJ", "PROPN") and doc[end].head.i < end \
            and doc[end].text not in QUOTE_MARKS:
        end += 1
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET"):
        end -= 1
    return doc[first:end]


def governing_verb(doc: Doc, q_open: int, q_close: int, lo: int, hi: int, reference: Reference):
    """(cue, verb index, how) of the verb the quotation depends on in the parse: the first reporting
    verb up the heads from the quotation, else its first verb if that verb has a subject."""
    inside = range(q_open, q_close + 1)
    tops = {t.i for t in doc[q_open:q_close + 1] if not t.is_punct and t.head.i not in inside}
    marked = not tops  # the parse may hang the quoted words on the opening mark: "continuerait d'« appuyer … »" (an
    # active reporting verb up from it only: "ont été interpellés pour « trahison », a annoncé X" keeps its incise)
    tops = tops or {t.i for t in doc[q_open:q_close + 1] if t.head.i not in inside and any(c.i in inside for c in t.children)}
    first_verb = None
    for i in sorted(tops):
        head, steps = doc[i].head, 0
        while lo <= head.i < hi and steps < 6:
            if head.i not in inside:
                if (cue := verb_at(head, reference)) and not (marked and any(c.dep_ == "aux:pass" for c in head.children)):
                    outer = head  # "Le ministre a rappelé que le Maroc parle « … »": the words are the minister's
                    # (not "Elle rappelle que X avait promis de « … »": a speech act of X's own, told in the past)
                    spoken = cue[0] not in CONTINUING and any(c.dep_ == "aux:tense" for c in head.children)
                    while not spoken and outer.dep_ in ("ccomp", "xcomp") and any(
                            c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in outer.children) \
                            and lo <= outer.head.i < hi and (up := verb_at(outer.head, reference)):
                        cue, outer = up, outer.head
                    return cue, outer.i
                if head.pos_ == "VERB" and first_verb is None and not marked:
                    first_verb = head.i
            if head.head.i == head.i:
                break
            head, steps = head.head, steps + 1
    if first_verb is not None:
        return (doc[first_verb].lemma_.lower(), first_verb), first_verb
    return None


CLAUSE_JOINS = {("tandis", "que"), ("tandis", "qu'"), ("tandis", "qu’"), ("alors", "que"), ("alors", "qu'"),
                ("alors", "qu’")}  # a new clause with its own subject: "X a appelé à « … », tandis que Y a apporté « … »"


def clause_bounds(doc: Doc, q_open: int, q_close: int, lo: int, hi: int, inside: set[int]) -> tuple[int, int]:
    """The clause of a quotation inside its sentence doc[lo:hi]: after the last semicolon (or `tandis que`, `alors
    que` opening a clause) before the quotation, up to the first semicolon after it, outside quotations."""
    for k in range(q_open - 1, lo, -1):
        if k in inside:
            continue
        if doc[k].text == ";" or k + 1 < q_open and (doc[k].lower_, doc[k + 1].lower_) in CLAUSE_JOINS \
                and k > lo and doc[k - 1].text == ",":
            lo = k + 1 if doc[k].text == ";" else k
            break
    for k in range(q_close + 1, hi):
        if doc[k].text == ";" and k not in inside:
            hi = k
            break
    return lo, hi


class Attributor:
    """Attributes the quotes of one document, sentence by sentence, in order."""

    def __init__(self, reference: Reference, date: str, mentions: list[dict], dateline: str | None = None):
        self.reference = reference
        self.discourse = Discourse(reference, date, mentions)
        self.discourse.dateline = dateline
        # (sentence start, speaker, the gender its phrase says or '') of the sentence's last quotation
        self.sentence_speaker: tuple[int, str, str, int] | None = None  # (clause start, speaker, gender, clause end)
        self.sentence_anonymous: tuple[int, int] | None = None  # (clause start, clause end) of an anonymous source's words
        # a speaker phrase resolved once stands for the same actor for every quotation it introduces ("son
        # porte-parole a salué une décision « irréversible » et « souveraine »"): its first reading, not one
        # the first quotation's own attribution moved (the running speaker is then the phrase itself)
        self.phrases: dict[tuple[int, int], tuple[str | None, str]] = {}
        self.previous: tuple[int, int] | None = None  # token bounds of the sentence before, in the same paragraph

    def reporting_clauses(self, doc: Doc, offset: int, lo: int, hi: int, skip: set[int]) -> None:
        """Note the speaker of each reporting verb of a sentence that quotes nothing
        (`La porte-parole du gouvernement a détaillé le calendrier.`)."""
        roots = [t for t in doc[lo:hi] if t.head.i == t.i or not lo <= t.head.i < hi]
        root = next((t for t in roots if t.pos_ in ("VERB", "AUX")), roots[0] if roots else None)
        if root is not None and root.i == lo and "Part" in root.morph.get("VerbForm") \
                and not any(c.dep_.startswith("aux") for c in root.children):
            # "Interrogé par un journaliste …, le ministre a élargi le propos :": the parse made the fronted
            # participle the root; the clause's own verb is the first one with a subject
            root = next((t for t in doc[lo + 1:hi] if t.pos_ in ("VERB", "AUX")
                         and any(c.dep_.startswith("nsubj") for c in t.children)), root)
        if not any(i in skip for i in range(lo, hi)) and any(
                doc[k].lower_ in ("selon", "d'après", "d’après") and doc[k + 1].lower_ in ("un", "une")
                and self.reference.speaker_cues.get(doc[k + 2].lower_) == "anonymous" for k in range(lo, hi - 2)):
            # "Selon un diplomate européen, la Turquie profite … « … », résume-t-il": the source the sentence cites
            self.discourse.anonymous_at = (self.discourse.paragraph, offset + doc[lo].idx,
                                           offset + doc[hi - 1].idx + len(doc[hi - 1]))
        if not any(i in skip for i in range(lo, hi)) and doc[lo].lower_ in ("pour", "selon", "d'après", "d’après"):
            self.offset = offset
            source = self.preposition_source(doc, lo, hi, set())
            actor, how = self.discourse.resolve(source, offset, "") if source is not None else (None, "none")
            if actor is not None and how != "anonymous" and self.discourse.kind(actor) == "person":
                # "Pour l'économiste X, le choc restera limité. A ses yeux, la Cedeao « … »": the view is X's
                # words reported, and X the voice a pronoun after it takes up (from the sentence's end: a person its
                # view speaks of is no newer subject)
                self.discourse.said(actor, offset + doc[hi - 1].idx)
                return
        colon = next((k for k in range(hi - 1, lo, -1) if not doc[k].is_space), lo)
        if not any(i in skip for i in range(lo, hi)) and doc[colon].text == ":" \
                and (relayed := relayed_voice(doc, lo, colon)) is not None:
            self.offset = offset
            actor, how = self.discourse.resolve(relayed, offset, "")
            if actor is not None and how != "anonymous":
                # "Le journal cite longuement le ministre :" closing a paragraph: the next one's quotation is his
                self.discourse.set_up(actor, offset + relayed.start_char, offset + doc[colon].idx + 1, "",
                                      phrase_gender(relayed))
                return
        if not any(i in skip for i in range(lo, hi)) and (voice := closing_incise(doc, lo, hi, self.reference)):
            self.offset = offset
            actor, how = self.discourse.resolve(voice, offset, "")
            if actor is None and any(self.reference.speaker_cues.get(t.lower_) == "anonymous" or "anonymat" in t.lower_
                                     for t in voice):
                self.discourse.anonymous_at = (self.discourse.paragraph, offset + doc[lo].idx,
                                               offset + doc[hi - 1].idx + len(doc[hi - 1]))
                return  # "…, a indiqué un diplomate sous couvert d'anonymat. « … », a-t-il ajouté": that source (a
                # named voice is read as before, by the reporting verbs below; an unnamed spokesperson speaks for
                # the body `Discourse.resolve` finds)
        if root is not None and not any(i in skip for i in range(lo, hi)):
            subject = subject_of(root.i, doc, lo, hi) if root.pos_ in ("VERB", "AUX", "ADJ") else None
            if root.pos_ not in ("VERB", "AUX", "ADJ") and any(c.dep_.startswith("aux") for c in root.children):
                # "Le ministre turc a répondu.": a participle the tagger took for a noun or a name (not a writing's: `Le
                # communiqué a été lu …` names no issuer of its own)
                subject = subject_of(root.i, doc, lo, hi)
                if subject is not None and subject.root.lower_ in DOCUMENTS:
                    subject = None
            actor, how = self.discourse.resolve(subject, offset, clause_tail(doc, subject.end, hi)) \
                if subject is not None else (None, "none")  # the tail holds an apposed name ("Le chef de …, X, a")
            topic = how == "pronoun" and len(subject) == 1 and lo < subject.start and subject.end < hi \
                and doc[subject.start - 1].text == "," and doc[subject.end].text == ","
            opening = subject if subject is not None else doc[lo:lo + 3]
            sourced = how in ("anonymous", "none") and opening[0].lower_ in ("un", "une", "des") and any(
                self.reference.speaker_cues.get(t.lower_) == "anonymous" for t in opening[1:3])
            # ("Un proche du dossier rappelle que …", even when the parse takes `rappelle` for an adjective)
            stressed = next((k for k in range(lo + 1, min(hi - 2, lo + 10)) if doc[k].text == "," and doc[k + 1].lower_
                             in ("lui", "elle", "eux", "elles") and doc[k + 2].text == ","), None)
            if stressed is not None and (actor is None or topic) and not sourced:
                # "La Cedeao, elle, reste prudente.": the actor a contrastive topic names, whatever the parse made of
                # the sentence (it often takes the name for the root)
                named, named_how = self.discourse.resolve(doc[lo:stressed], offset, "")
                if named is not None and named_how in ("name", "title", "role", "institution", "metonymy"):
                    actor, how, topic, subject = named, named_how, False, doc[lo:stressed]
            if (actor is None or topic) and not sourced:
                # the parse found no subject, or took the pronoun of a contrastive topic for it ("L'économiste X,
                # elle, reste prudente."): a person standing where a subject stands (not when the subject is an
                # anonymous source: "Un proche du dossier rappelle que le président X avait …" sets up that source)
                actor = self.discourse.person_subject(doc, offset, lo, hi)
                how = "name" if actor else how
            if actor and (how in ("name", "title", "role", "institution", "metonymy")
                          or how == "pronoun" and self.discourse.kind(actor) == "person"):
                # ("Il a rappelé que le président X avait promis …": the pronoun's person stays the one set up)
                role = phrase_gender(subject) if how == "role" and subject is not None \
                    and self.discourse.kind(actor) != "person" and subject.root.morph.get("Number") != ["Plur"] \
                    and subject[0].lower_ not in ("les", "des", "ces") else ""  # (`il` takes up one person)
                self.discourse.set_up(actor, offset + (subject.start_char if subject is not None else doc[lo].idx),
                                      offset + doc[hi - 1].idx + len(doc[hi - 1]), role,
                                      phrase_gender(subject) if subject is not None else "")
            else:  # the clause's verb: its root, else its first verb (the parse made "Joint" of "Joint par X, …" root)
                verb = root.i if root.pos_ in ("VERB", "AUX") else next(
                    (t.i for t in doc[lo:hi] if t.pos_ in ("VERB", "AUX")), hi)
                if how == "anonymous" and not (subject is not None and subject.root.dep_ == "nsubj:pass") and not (
                        subject is not None and subject.root.pos_ == "NOUN" and not self.discourse.names_a_person(subject.root)
                        and not any(self.reference.speaker_cues.get(t.lower_) == "anonymous" or "anonymat" in t.lower_
                                    for t in doc[lo:hi])) or not actor \
                        and any(self.reference.speaker_cues.get(t.lower_) == "anonymous" for t in doc[lo:verb]):
                    # (not "une colonne a été attaquée": the subject of a passive is no source; nor "Un deuxième
                    # exercice doit se tenir …": a thing is no source)
                    # "Joint par téléphone, un responsable …, sous couvert d'anonymat, balaie l'argument."
                    self.discourse.anonymous_at = (self.discourse.paragraph, offset + doc[lo].idx,
                                                   offset + doc[hi - 1].idx + len(doc[hi - 1]))
                    return  # its verbs speak for that source ("Un diplomate en poste à Abuja y voit …": not Nigeria)
        for i in range(lo, hi):
            if i in skip or doc[i].pos_ not in ("VERB", "AUX") or verb_at(doc[i], self.reference) is None:
                continue
            span = inverted_pronoun(doc, i) or agent_of(doc[i], lo, hi) or subject_of(i, doc, lo, hi)
            if span is not None:
                actor_id, _ = self.discourse.resolve(span, offset, clause_tail(doc, span.end, hi))
                if actor_id:
                    self.discourse.said(actor_id, offset + span.start_char)
                    return

    def cues(self, doc: Doc, q_open: int, q_close: int, lo: int, hi: int, inside: set[int]):
        """Candidate (verb lemma or None, speaker phrase) pairs for a quotation, strongest first:
        an incise inside the quotation (`« A, a déclaré X, B »`), the reporting verb governing it,
        an incise right after it, `selon X`, the nearest reporting verb before it, any reporting
        verb after it, a verb governing it whose subject or agent is an actor."""
        ref = self.reference
        incise = inner_incise(doc, q_open, q_close, ref)
        if incise is not None:
            yield incise
        if (agent := passive_judge(doc, q_open, q_close, lo, hi, ref)) is not None:
            yield agent  # "La démarche, jugée « éhontée » par Alger, …": whoever judged, whatever the parse made of it
        if q_open > lo + 2 and doc[q_open - 1].text == ":" and (relayed := relayed_voice(doc, lo, q_open - 1)) is not None:
            yield None, relayed  # "Le journal cite le ministre X : « … »": the one cited speaks, not the paper
        if q_close + 3 < hi and doc[q_close + 1].text == "," and unaccented(doc[q_close + 2]) in ("selon", "d'après", "d’après") \
                and doc[q_close + 3].lower_ in ("lui", "elle", "eux", "elles"):
            yield None, doc[q_close + 3:q_close + 4]  # "Bamako et Niamey veulent « … », selon lui": the one who said
            # the clause says what he reported of them
        framing = self.preposition_source(doc, lo, min(hi, lo + 8), inside)
        found = governing_verb(doc, q_open, q_close, lo, hi, ref)
        governing, other = (found, None) if found and verb_at(doc[found[1]], ref) else (None, found)
        if framing is not None and framing.start <= lo + 4 and unaccented(doc[lo]) in ("selon", "d'après", "d’après", "à"):
            said = governing[1] if governing and directly_under(doc, q_open, q_close, governing[1]) else next(
                (i for i in range(q_open - 1, max(lo, q_open - 3) - 1, -1) if verb_at(doc[i], ref)), None)
            # (the verb right before the quotation when the parse cut the sentence there: "a salué « … »")
            if said is not None and not any(c.lower_ in ("se", "s'", "s’") for c in doc[said].children) \
                    and (named := self.phrase_of(doc, said, q_open, q_close, lo, hi))[1] is not None \
                    and named[1].start > framing.end and (self.names_person(named[1]) or any(
                        self.discourse.is_role(t) and "Plur" not in t.morph.get("Number") for t in named[1][:3])):
                yield named  # "Selon la présidence turque, M. Erdoğan a salué « … »": the source reports his words
                # (or the words of the office it names: "Selon la présidence, le chef de l'Etat a salué « … »"; not
                # "les deux dirigeants", whose words the source sums up)
            yield None, framing  # "Selon lui, le président X a remercié Y, dont la médiation « … »"
        cleft = any(doc[k].lower_ in ("c'", "c’", "ce") and doc[k + 1].lower_ in ("est", "était", "fut")
                    for k in range(q_close + 1, hi - 1))  # "« … » C'est par ces mots que X a annoncé …"
        ended = doc[q_close - 1].text in (".", "!", "?", "…") and q_close + 1 < hi and not cleft \
            and doc[q_close + 1].text[:1].isupper() and (doc[q_close + 1].lower_ in PRONOUNS or not any(
                verb_at(doc[k], ref) and k - q_close <= 4 or k - q_close <= 3 and doc[k].lemma_.lower() in ref.speech_nouns
                for k in range(q_close + 1, hi)))  # ("« … . » Le constat vient d'un journaliste": its speaker named)
        # ("… : « … . » Le Comité X prévoit une baisse": a new sentence whose verb is no incise of the words before)
        # "… : « Nous avons des stocks. » Il a reconnu …": the sentence ended inside the quotation, and the next
        # one takes its speaker up (unlike "« Mission accomplie. » C'est par ces mots que Wagner a annoncé")
        after = [i for i in range(q_close + 1, hi) if i not in inside and verb_at(doc[i], ref) and not ended
                 and not (i - q_close <= 4 and any(doc[j].pos_ == "CCONJ" for j in range(q_close + 1, i)))]
        near = {i for i in after if incise_distance(doc, q_close, i) <= 4
                and not (doc[i].dep_.startswith("acl") and q_close < doc[i].head.i < i)
                and not any(doc[k].lower_ in ("après", "avant", "pour", "sans", "afin") for k in range(q_close + 1, i))}
        # ("« … », après avoir accusé X de …": an infinitive clause of the sentence's own subject, no incise)
        # ("« des écarts » entre les tonnages déclarés par la société": a participle of the noun after the
        # quotation, no incise of it)
        # "», mais assure que …": a coordinated verb right after the quotation is not an incise
        before = [i for i in range(q_open - 1, lo - 1, -1) if i not in inside and (cue := verb_at(doc[i], ref))
                  and not (doc[i].lemma_.lower() in ASKING and "Part" in doc[i].morph.get("VerbForm"))
                  and cue[0] not in CONTINUING and not closed_relative(doc, i, q_open) and not (
                      bare_participle(doc[i]) and lo < i < q_open - 3 and doc[i - 1].pos_ in ("NOUN", "PROPN")
                      and doc[i].dep_.startswith("acl") and not any(doc[k].pos_ == "AUX" for k in range(max(lo, i - 3), i))
                      and any(verb_at(doc[j], ref) for j in range(lo, i - 1)))]
        # ("Le Soleil relève que le président X, qui promettait de rompre avec le franc CFA, a « … »": the verb of a
        # relative clause closed before the words says what its antecedent did, not who speaks them)
        # ("Le ministre X a salué l'accord conclu par Bamako, « … »": a participle on a noun, away from the words and
        # with no auxiliary of its own, introduces nobody's words when a reporting verb stands before it)
        # "Interrogé par l'AFP, le porte-parole … a défendu « … »": who asks does not speak
        relative = next((k for k in range(before[0] - 1, governing[1] + 1, -1) if doc[k].lower_ in ("que", "qu'", "qu’")
                         and doc[k - 1].pos_ == "NOUN"), None) if governing and before and governing[1] < before[0] else None
        if relative is not None and not any(t.is_punct or t.pos_ in ("VERB", "CCONJ") for t in doc[before[0] + 1:q_open]) \
                and not any(t.is_punct or t.pos_ == "CCONJ" for t in doc[relative + 1:before[0]]) \
                and (subject := noun_phrase(doc, relative + 1, before[0])) is not None:
            # "Paris garantit la convertibilité, une garantie que le capitaine X a dénoncée comme une « … »": the
            # reporting verb of the relative clause on a noun, right before the words, speaks them (whatever the parse
            # hung; not "… sur le sort des soldats que le JNIM affirme détenir, et à informer les familles « … »", where
            # the clause ended before the verb)
            yield doc[before[0]].lemma_.lower(), subject
        verbs = ([governing[1]] if governing else []) + [i for i in after if i in near]
        if not near and (charge := self.accused_of(doc, q_open, q_close, lo, hi)) is not None:
            yield charge  # "Il a accusé HRW, qui avait mis en cause l'armée, de « partialité »": the accuser's word
        for i in verbs:
            yield self.phrase_of(doc, i, q_open, q_close, lo, hi)
        if not near and (signed := self.signature(doc, q_close, hi)) is not None:
            yield None, signed  # "Web TV : « … », Gilbert Ouédraogo", "« … », dixit le ministre X"
        if not near and (clitic := clitic_incise(doc, q_close, hi)) is not None:
            yield clitic[0].lemma_.lower(), clitic[1]  # "« … », sourit-il": whoever `il` is
        if (span := self.preposition_source(doc, lo, hi, inside)) is not None and not (
                span.start > q_close and doc[q_close - 1].text in (".", "!", "?", "…") and q_close + 1 < hi
                and doc[q_close + 1].text[:1].isupper()):  # ("… : « … . » Selon lui, …": the next sentence's source)
            yield None, span
        far = [i for i in after if i not in near and not bare_participle(doc[i]) and (cleft or not any(
            doc[k].lower_ in ("que", "qu'", "qu’", "qui", "dont") and doc[k - 1].pos_ in ("NOUN", "PROPN")
            for k in range(q_close + 2, i)))]
        # ("… a « pris note » des accusations, une offre que Niamey a rejetée": a verb of a relative clause on a noun
        # after the quotation tells what was done with that noun, not who spoke)
        # ("« prend acte » du départ des trois Etats, annoncé par les juntes": a participle without its auxiliary
        # far after the quotation qualifies a noun of the sentence, it introduces no words)
        for i in before[:1] + far:
            yield self.phrase_of(doc, i, q_open, q_close, lo, hi)
        if (source := self.relative_source(doc, q_open, lo)) is not None:
            # "a annoncé la Commission de la Cedeao, qui « prend acte … »": when no reporting verb named anyone (not
            # "Le texte affirme que … des combattants, qui « se dissimulaient … »": the text's words about them)
            yield source
        colon = q_open - 1 if q_open > lo and doc[q_open - 1].text == ":" else None
        if colon is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[lo:colon]):
            # "Son coordinateur, Ibrahim Alhassane, est plus direct : « … »"
            root = next((t for t in doc[lo:colon] if t.head.i == t.i or not lo <= t.head.i < colon), None)
            if root is not None and root.pos_ in ("NOUN", "PROPN"):
                # "Un bilan que le Premier ministre a écarté : « … »": the subject of the relative clause
                clause = next((c for c in root.children if c.dep_.startswith("acl") and c.pos_ in ("VERB", "AUX")
                               and any(t.lower_ in ("que", "qu'", "qu’") for t in doc[root.i + 1:c.i])), None)
                root = clause or root
            if root is not None:
                span = None
                if root.dep_.startswith("acl") and not any(c.dep_.startswith("nsubj") for c in root.children):
                    # "Un avis que ne partage pas le chroniqueur X, … : « … »": after `que`, the noun that follows the
                    # verb is its inverted subject (the parse takes it for the object the relative pronoun is)
                    inverted = next((c for c in root.children if c.dep_ == "obj" and root.i < c.i < colon
                                     and c.pos_ in ("NOUN", "PROPN")), None)
                    if inverted is not None:
                        end = next((t.i for t in doc[inverted.i + 1:colon] if t.text in (",", "(")), colon)
                        span = doc[inverted.left_edge.i:end]
                if span is None and root.pos_ in ("NOUN", "PROPN") and (verb := next(
                        (c for c in root.children if c.dep_ in ("acl", "parataxis") and c.pos_ == "VERB"
                         and root.i < c.i < colon
                         and not c.lower_.endswith(("é", "ée", "és", "ées", "ant"))), None)) is not None:
                    # "Son directeur général, X, assume ce choix : « … »", "Son éditorialiste, X, va plus loin :":
                    # the parse hung the finite verb on the noun that is its subject (the tagger may call it a
                    # participle: the form decides)
                    end = verb.i
                    while end > root.i + 1 and (doc[end - 1].text == "," or doc[end - 1].pos_ in ("ADV", "AUX")
                                                or doc[end - 1].lower_ in CLITICS):
                        end -= 1
                    span = doc[max(root.left_edge.i, lo):end]
                span = span or inverted_pronoun(doc, root.i) or subject_of(root.i, doc, lo, colon)
                if span is not None:
                    yield None, span
        elif colon is not None and colon > lo:  # a headline "Aïcha Zerbo, économiste : « … »"
            span = doc[lo:colon]
            people = [m for m in self.discourse.mentions_in(self.offset + span.start_char, self.offset + span.end_char)
                      if m["actor_kind"] == "person"]
            if people or "anonymat" in span.text.lower():  # ("Un banquier, sous couvert d'anonymat, doute … : « … »",
                yield None, span  # where the parse found no verb: an anonymous source, not the last one who spoke)
        embedded = any(t.lower_ in ("que", "qu'", "qu’") for t in doc[lo:q_open])  # "estime que X « … »": X is no speaker
        for t in doc[q_open + 1:q_close] if q_close - q_open > 2 and not embedded else ():  # "Pékin « a pris note »"
            subjects = [g for c in t.children if c.dep_.startswith("nsubj") for g in (
                [c] if c.i != q_open else [g for g in c.children if g.dep_.startswith("nsubj")])]  # hung on "«"
            subject = next((c for c in subjects if lo <= c.i < q_open), None)
            if t.pos_ in ("VERB", "AUX") and subject is not None:  # the quotation holds the verb, not a scare word
                yield t.lemma_.lower(), doc[max(subject.left_edge.i, lo):min(subject.right_edge.i + 1, q_open)]
                break
        if (subject := self.predicate_subject(doc, q_open, q_close, lo)) is not None:
            yield doc[q_open + 1].lemma_.lower(), subject
        if other is None:  # the parse hung the quotation nowhere: the nearest verb before it in its clause
            near = next((i for i in range(q_open - 1, lo - 1, -1) if i not in inside and doc[i].pos_ == "VERB"), None)
            if near is not None:
                other = ((doc[near].lemma_.lower(), near), near)
        if other is not None:
            verb = doc[other[1]]
            asked = verb.lemma_.lower() in ASKING and "Part" in verb.morph.get("VerbForm")
            for span in (None if asked else agent_of(verb, lo, hi), subject_of(other[1], doc, lo, hi)):
                # ("Interrogé par RFI, le porte-parole dément toute « … »": who asks does not speak)
                impersonal = span is not None and len(span) == 1 and span[0].lower_ in ("il", "on", "ce", "c'", "cela")
                if span is not None and not impersonal and self.discourse.resolve(span, self.offset, "")[0]:
                    yield other[0][0], span
                    break

    def predicate_subject(self, doc: Doc, q_open: int, q_close: int, lo: int) -> Span | None:
        """The subject of a quotation that opens with its clause's verb (`Le texte « regrette … »`, `Ils y
        « condamnent » …`, `Dans un communiqué, l'ONG « rejette » …`), read from word order: the parser
        often takes the opening mark for the verb, so the words between the clause's start (or its last
        comma) and the mark must be a noun phrase, bar object clitics."""
        if q_close - q_open < 2 or q_open - lo < 1:
            return None
        first = doc[q_open + 1]
        if not (first.pos_ in ("VERB", "AUX") or verb_at(first, self.reference)) or first.text[:1].isupper():
            return None
        start = max([k + 1 for k in range(lo, q_open) if doc[k].text == ","], default=lo)
        end = q_open
        while end > start and doc[end - 1].lower_ in PREDICATE_CLITICS:
            end -= 1
        while end > start + 1 and q_close - q_open > 2 and (
                doc[end - 1].pos_ == "AUX" or doc[end - 1].pos_ == "ADV" and doc[end - 2].pos_ == "AUX") \
                and doc[end - 1].is_alpha and "Fin" in doc[end - 1 - (doc[end - 1].pos_ == "ADV")].morph.get("VerbForm"):
            end -= 1  # "La Commission de la Cedeao a « pris note »": the auxiliary outside, the participle inside
            # (not one scare-quoted word: "Les ministres ont « finalisé » un texte")
        words = doc[start:end]
        if start > lo and doc[lo].lower_ in CUE_STARTS or len(words) and words[0].lower_ in DEMONSTRATIVES:
            return None  # "Pour la chercheuse X, ce départ « clôt … »": the framing speaks; a demonstrative names a thing
        if not len(words) or not all(t.pos_ in NP_POS or t.lower_ in LINKS or t.text in ("-", "'", "’")
                                     for t in words) or words[-1].pos_ in ("DET", "ADP"):
            return None
        if any(t.lower_ in ("que", "qu'", "qu’", "qui", "dont") for t in doc[lo:q_open]):
            return None  # "estime que X « … »", "X, qui « … »": X is no speaker
        return words

    def signature(self, doc: Doc, q_close: int, hi: int) -> Span | None:
        """A person named after a quotation and a comma with no verb (`« … », Gilbert Ouédraogo`, `« … », dixit le
        ministre X`), the name ending the sentence: the signature of the words, as headlines and captions give it."""
        k = q_close + 1
        if k + 1 >= hi or doc[k].text != ",":
            return None
        k += 1 + (doc[k + 1].lower_ == "dixit")
        span = noun_phrase(doc, k, hi)
        if span is None or span.start != k or not (span.end == hi or doc[span.end].text in (".", "!", "?", "…")
                                                    and span.end + 1 >= hi):
            return None
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
        return span if self.names_person(span) or head is not None and self.discourse.names_a_person(head) else None

    def names_person(self, span: Span) -> bool:
        """Whether a speaker phrase names a person (`M. Erdoğan`, `le ministre X`)."""
        return any(m["actor_kind"] == "person" for m in
                   self.discourse.mentions_in(self.offset + span.start_char, self.offset + span.end_char))

    def phrase_of(self, doc: Doc, verb_i: int, q_open: int, q_close: int, lo: int, hi: int):
        """(lemma, speaker phrase) of a reporting verb: an inverted pronoun, the agent of a passive
        (`jugé « illégal » par les autorités`), the phrase after an incise verb, or the subject."""
        lemma, last = verb_at(doc[verb_i], self.reference)
        inverted = verb_i + 1 < hi and doc[verb_i + 1].lower_ in ("-on", "-t-on") or verb_i + 2 < hi \
            and doc[verb_i + 1].lower_ in ("-t", "-") and doc[verb_i + 2].lower_.lstrip("-") == "on"
        after = next((k for k in range(verb_i + 1, min(hi, verb_i + 4)) if doc[k].lower_ in ("dans", "sur")), None) \
            if inverted else None
        if after is not None and lemma != "lire" and doc[after].lower_ == "dans" \
                and (phrase := noun_phrase(doc, after + 1, hi)) is not None \
                and next((t for t in phrase if t.pos_ == "NOUN"), phrase.root).lower_ in DOCUMENTS:
            return lemma, phrase  # "« … », indique-t-on dans un communiqué de la présidence": the writing speaks, as
            # after `lit-on` (not "assure-t-on dans l'entourage du président": someone unnamed)
        if lemma == "lire":  # "peut-on lire dans le texte": the document speaks
            impersonal = inverted or any(t.lower_.lstrip("-") == "on" for t in doc[max(lo, verb_i - 3):verb_i])
            place = next((c for c in doc[verb_i].children if lo <= c.i < hi and any(
                g.lower_ == "dans" or g.lower_ == "sur" and impersonal for g in c.children)), None)
            # ("lit-on sur son site", not "un communiqué lu sur les antennes de la RTN": a channel)
            if place is not None:
                return lemma, doc[place.left_edge.i + 1:place.right_edge.i + 1]
            if after is not None and (phrase := noun_phrase(doc, after + 1, hi)) is not None:
                return lemma, phrase  # "« … », lit-on dans le communiqué de la Cedeao": the parse hung the writing on
                # the quotation's words; it follows the inverted `on` all the same
            if impersonal:
                return lemma, None  # "peut-on y lire": the writing named before speaks (`Discourse.read_in`)
        span = inverted_pronoun(doc, verb_i) or agent_of(doc[verb_i], lo, hi)
        k = verb_i - 1
        while k > lo and doc[k].lower_ in CLITICS and doc[k].pos_ == "PRON":
            k -= 1
        if span is None and verb_i < q_open and doc[verb_i].lower_.endswith("ant") and doc[k].text == ",":
            # "Washington a salué la médiation, y voyant « … »": a present participle set off by a comma
            # speaks with the subject of the clause it hangs on, whatever the parse made of it
            verb, head = doc[verb_i], doc[verb_i].head
            names = [head] + [c for c in head.children if c.dep_ in ("flat:name", "flat")]
            first = min(t.i for t in names)
            while first > lo and not doc[first - 1].whitespace_:
                first -= 1  # "Az-Zallaqa": one name the tokenizer cut at its hyphen
            if verb.dep_ == "acl" and head.pos_ == "PROPN" and lo <= head.i < k and not (
                    first > lo and doc[first - 1].pos_ in ("ADP", "NOUN")):
                # "…, et Bamako le lendemain, fustigeant « … »": the parse hung it on its subject (not on a name after a
                # preposition or a noun: "a déclaré à Reuters, demandant", "sur sa plateforme Az-Zallaqa, affirmant")
                return lemma, doc[first:max(t.i for t in names) + 1]
            if (inverted := incise_subject_before(doc, lo, k, self.reference)) is not None:
                return lemma, inverted  # "…, a annoncé mercredi le gouvernement, évoquant un bilan « … »"
            main = head if head.pos_ in ("VERB", "AUX") and lo <= head.i < k else next(
                (t for t in doc[lo:k] if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"), None)
            if main is not None and (subject := subject_of(main.i, doc, lo, k)) is not None:
                return lemma, subject
        if span is None and doc[verb_i].lower_.endswith("ant") and (doc[k].lower_ == "en" and (
                k == lo or doc[k - 1].is_punct) or all(doc[j].lower_ in CLITICS for j in range(lo, verb_i))) \
                and (fronted := fronted_gerund_subject(doc, verb_i, q_close, hi)):
            return lemma, fronted  # "En jugeant « pas impossible » une adhésion …, le chef de la diplomatie a …";
            # "Affirmant agir pour « … », le gouvernement a suspendu …": a participle that opens the sentence too
        if span is None and q_close < verb_i and present_participle(doc[verb_i]):
            return lemma, None  # "« … », citant la Russie et la Chine": no incise; the clause's speaker is found otherwise
        subjected = any(doc[j].lower_ in SUBJECT_PRONOUNS or doc[j].dep_.startswith("nsubj") and doc[j].head.i == verb_i
                        and doc[j].pos_ != "PRON" for j in range(q_close + 1, verb_i))
        # ("« … », il a cité la Russie": a verb with its subject before it takes no inverted one)
        incise = q_close < verb_i and not subjected and incise_distance(doc, q_close, verb_i) <= 4 and any(
            doc[j].text == "," for j in range(q_close + 1, verb_i)) or (
            verb_i > q_close and doc[verb_i - 1].text == "," and not any(
                c.dep_.startswith("nsubj") and c.i < verb_i for c in doc[verb_i].children))
        # "« … » à la demande du souverain, indique le communiqué": an incise after the words that follow the quotation
        first = past_circumstance(doc, last + 1, hi) if span is None and incise else last + 1
        if span is None and incise and first + 1 < hi and doc[first].lower_ in ("l'", "l’") and \
                doc[first + 1].lower_ in ("un", "une"):  # "témoigne l'un d'eux": anonymous
            end = next((k for k in range(first, hi) if doc[k].is_punct and doc[k].text not in ("'", "’")), hi)
            if end + 1 < hi and doc[end].text == "," and (doc[end + 1].lower_ in CIVILITIES or is_capitalised_name(
                    doc, end + 1, hi)):  # "a dénoncé mardi l'un de ses avocats, Me X": the one the name names
                end = apposed_name_end(doc, end, hi)
            span = doc[first:end]
        if span is None and incise:  # "», a prévenu le secrétaire exécutif, Ahmed Kane."
            span = noun_phrase(doc, last + 1, hi) or through_channel(doc, last + 1, hi) or subject_of(verb_i, doc, lo, hi)
        elif span is None:
            after = noun_phrase(doc, last + 1, q_open) if last + 1 < q_open else None
            first = verb_i  # the verb with its auxiliaries: "Le but, a précisé le ministre, est de « … »" (then the
            # phrase after it names a speaker, not "X, dont …, a salué la décision de Bamako, « … »": an object)
            while first > lo + 1 and doc[first - 1].pos_ == "AUX":
                first -= 1
            if after is not None and doc[first - 1].text == "," and after.end < len(doc) and (
                    first == verb_i and not (after.end + 1 == q_open and doc[after.end].text == ",") or (
                    self.names_person(after) or any(self.discourse.is_role(t) for t in after[:3])
                    or self.reference.speaker_cues.get(after.root.lower_) == "institution")) and (not any(
                    c.dep_.startswith("nsubj") and lo <= c.i < verb_i for c in doc[verb_i].children)
                    or after.end + 1 < len(doc) and doc[after.end + 1].pos_ in ("AUX", "VERB") and doc[after.end + 1].is_alpha) \
                    and (doc[after.end].text == "," or verb_i > lo + 1 and doc[verb_i - 2].text in QUOTE_MARKS
                         and doc[q_open - 1].text == ":" and not any(
                             t.is_punct or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in doc[after.end:q_open - 1])):
                # "Ce qui compte, souligne le commandant X, c'est …",
                # "Un texte « tiède », juge une diplomate : « … »": the incise of the words before speaks the words after
                span = after  # "le drone, insiste le ministère, avait violé …": an inverted subject set off by commas
                # (not after a verb with its subject before it, unless the clause goes on after the second comma:
                # "X, vice-président de …, salue la décision de Niamey, « … »" has an object set off; nor "X, d'ordinaire
                # peu tendre, salue le rôle du Togo, « … »", where the words are set beside a phrase that names nobody)
            else:  # otherwise the phrase after is the object
                span = controller_subject(doc, verb_i, lo, hi) or subject_of(verb_i, doc, lo, hi) \
                    or set_off_subject(doc, lo, verb_i)
        return lemma, span

    def reporting_subject(self, doc: Doc, phrase: Span, lo: int, hi: int) -> Span | None:
        """The subject of the reporting verb whose `que` clause has `phrase` for its subject (`la Commission indique
        que ses Etats membres continueront de …`): who reports the clause, when its own subject names no one. Where
        the parse lost the clause (`L'Agence …, qui a dépêché …, rappelle pour sa part que tout programme doit …`,
        with `rappelle` made an adjective), word order finds it: the reporting verb right before `que` (past an
        aside such as `pour sa part`) and its subject, or the phrase that opens the clause set off by commas."""
        if phrase.root.dep_.startswith("nsubj") and phrase.root.head.dep_ == "ccomp":
            main = phrase.root.head.head
            if lo <= main.i < phrase.start and verb_at(main, self.reference) is not None:
                subject = subject_of(main.i, doc, lo, hi)
                if subject is not None and subject.end <= main.i:
                    return subject
        k = phrase.start - 1
        if k <= lo + 1 or doc[k].lower_ not in ("que", "qu'", "qu’"):
            return None
        j = k - 1
        if aside_before(doc, k, lo) or j - 2 > lo and doc[j - 2].lower_ == "de" and doc[j].lower_ == "côté":
            j -= 3  # "rappelle pour sa part que", "ajoute de son côté que"
        while j > lo and doc[j].pos_ == "ADV" and doc[j].lower_ not in ("ne", "n'", "n’", "pas"):
            j -= 1  # "affirme aussi que"
        if j <= lo or verb_at(doc[j], self.reference) is None or "Part" in doc[j].morph.get("VerbForm") \
                and not any(doc[i].pos_ == "AUX" for i in range(max(lo, j - 3), j)):
            return None  # (a participle without its auxiliary hangs on a noun: "la décision annoncée que …")
        subject = subject_of(j, doc, lo, hi)
        if subject is not None and subject.end <= j:
            return subject
        return set_off_subject(doc, lo, j)

    def attribute(self, doc: Doc, offset: int, q_open: int, q_close: int, lo: int, hi: int,
                  inside: set[int], partial: bool, opens_paragraph: bool) -> Speaker:
        """Speaker of the quote whose marks are doc tokens q_open..q_close, in the clause doc[lo:hi]:
        the first cue whose phrase resolves to an actor (or to an anonymous source) wins. When no cue
        names anyone, the first actor the clause names before the quotation (`sentence`: a fallback
        the reader can filter out; right about half the time on the dev split, against a fifth for
        leaving it empty), else the running speaker of the paragraph. A writing the sentence speaks
        through is then known as the speaker's (`Discourse.issued`). A semicolon, or `tandis que` / `alors que`,
        outside the quotations closes the clause (`Abuja parle d'un « … » ; la Confédération garde ses défenses en
        « … »`: each clause its own speaker)."""
        lo, hi = clause_bounds(doc, q_open, q_close, lo, hi, inside)
        speaker = self.cued(doc, offset, q_open, q_close, lo, hi, inside, partial, opens_paragraph)
        if (relative := self.selon_qui(doc, offset, q_open, lo)) is not None:
            speaker = relative  # "Le journal cite le ministre, X, selon qui « … »": X's words, not the paper's
        if speaker.actor_id is None and speaker.attribution == "none":
            guess = self.sentence_actor(doc, offset, q_open, lo)
            if guess is not None:
                speaker.actor_id, speaker.attribution = guess, "sentence"
            elif partial and self.discourse.running is not None and self.discourse.running[1] == self.discourse.paragraph:
                # a quotation without a cue in a paragraph where someone has spoken: theirs
                speaker.actor_id, speaker.attribution = self.discourse.running[0], "discourse"
        if speaker.actor_id is not None and self.discourse.kind(speaker.actor_id) != "person" \
                and (voice := self.voice(doc, offset, q_open, lo, hi)) is not None:
            speaker.actor_id, speaker.attribution = voice  # "Alger a dénoncé, par la voix de son ministre, X, …"
        if speaker.actor_id is not None:
            self.discourse.issued(doc, offset, lo, hi, inside, speaker.actor_id)
            if speaker.text and speaker.attribution == "institution":
                self.discourse.wrote(speaker.text, speaker.start, speaker.actor_id)
        return speaker

    def selon_qui(self, doc: Doc, offset: int, q_open: int, lo: int) -> Speaker | None:
        """The actor a relative `selon qui` or `pour qui` right before the quotation takes up: `Le journal cite
        le ministre des Affaires étrangères, X, selon qui « … »` gives the words to X, whoever the clause's
        subject is (the guidelines give a press review's cited official his words, attribution `pronoun`)."""
        k = q_open
        while k - 3 >= lo and not ((doc[k - 3].text == "," or doc[k - 3].pos_ in ("NOUN", "ADJ", "PROPN")
                                        or doc[k - 3].dep_ == "amod")
                                   and doc[k - 2].lower_ in ("selon", "pour") and doc[k - 1].lower_
                                   in ("qui", "lequel", "laquelle", "lesquels", "lesquelles")):
            if doc[k - 1].text in (";", ":", ".", "«", "»", "“", "”", '"') or q_open - k >= 12:
                return None  # (the relative's own words, `selon qui les assaillants « … »`, up to a few: not past
                # another clause or quotation)
            k -= 1
        if k - 3 < lo:
            return None
        c = k - 3 if doc[k - 3].text == "," else k - 2  # where the antecedent ends (`un diplomate togolais pour qui`)
        for j in range(c - 1, lo - 1, -1):
            if doc[j].text == ",":
                break
            if doc[j].lower_ in ("un", "une") and (self.reference.speaker_cues.get(doc[j + 1].lower_) == "anonymous" or (
                    self.discourse.names_a_person(doc[j + 1]) and not any(t.text[:1].isupper() for t in doc[j + 2:c]))):
                return Speaker(attribution="anonymous")  # "Le Monde cite un diplomate en poste à Bamako, selon qui
                # les assaillants « … »": the unnamed source, not the paper or the place its phrase names
        j = c - 1  # the noun phrase right before the comma, when it names a role but no actor (`le ministre de la
        while j > lo and not (doc[j - 1].is_punct or doc[j - 1].pos_ in ("VERB", "AUX")) and c - j < 8:
            j -= 1  # Justice, pour qui « … »`, `écrit le journal, pour qui « … »`): the office or the paper speaks, not
            # an actor named earlier in the clause
        while j < c and doc[j].pos_ != "DET":
            j += 1  # ("cite enfin le ministre": from its determiner)
        phrase = doc[j:c]
        if len(phrase) > 1 and phrase[0].pos_ == "DET" and any(
                self.discourse.is_role(t) or t.lower_ in OUTLET_NOUNS for t in phrase) and not any(
                m["actor_kind"] == "person" for m in self.discourse.mentions_in(offset + phrase.start_char,
                                                                                 offset + phrase.end_char)):
            actor, how = self.discourse.resolve(phrase, offset, "")
            if actor is not None and how != "anonymous":
                return Speaker(actor_id=actor, text=doc[k - 1].text, start=offset + doc[k - 1].idx,
                               end=offset + doc[k - 1].idx + len(doc[k - 1]), attribution="pronoun")
        span = self.discourse.antecedent(doc, offset, lo, c)
        if span is None:
            return None
        actor, how = self.discourse.resolve(span, offset, "")
        if actor is None or how == "anonymous":
            return None
        return Speaker(actor_id=actor, text=doc[k - 1].text, start=offset + doc[k - 1].idx,
                       end=offset + doc[k - 1].idx + len(doc[k - 1]), attribution="pronoun")

    def voice(self, doc: Doc, offset: int, q_open: int, lo: int, hi: int) -> tuple[str, str] | None:
        """The person a state or body speaks through in its clause (`Par la voix de son ministre des Affaires
        étrangères, X, Alger a dénoncé « … »`, `a plaidé, par la voix de son secrétaire général Y, pour « … »`):
        the words are theirs, as the guidelines have it. None when the phrase names no person (`par la voix de
        son ambassade`: the state speaks)."""
        for i in range(lo, min(hi, q_open) - 3):
            if doc[i].lower_ == "par" and doc[i + 1].lower_ == "la" and doc[i + 2].lower_ == "voix" \
                    and doc[i + 3].lower_ in ("de", "du", "d'", "d’"):
                end = next((k for k in range(i + 4, hi) if doc[k].text in (",", "«", "»", ":", ";", ".")), hi)
                end = apposed_name_end(doc, end, hi)
                if end <= i + 4:
                    return None
                actor, _ = self.discourse.resolve(doc[i + 4:end], offset, "")
                if actor is not None and self.discourse.kind(actor) == "person":
                    return actor, "title"
                return None
        return None

    def sentence_actor(self, doc: Doc, offset: int, q_open: int, lo: int) -> str | None:
        """The actor a clause without any reporting cue is about, before its quotation: the subject of the verb
        the quotation hangs on when it names someone (`La lettre accuse l'Algérie de « … »`), else its first
        person, else its first state, organisation or armed group, never one after a preposition (`Au Niger, la
        France ferme …`, `les ministres de l'AES ont « finalisé »`), nor before a headline's colon
        (`Cedeao-AES : Dakar salue …`); nobody when the clause sets up an anonymous source."""
        colons = [t.i for t in doc[lo:q_open - 1] if t.text == ":"]
        start = colons[-1] + 1 if colons else lo
        dash = next((t.i for t in doc[lo + 1:min(q_open - 1, lo + 16)] if t.text in ("-", "–", "—")
                     and doc[t.i - 1].text == ")"), None)
        if dash is not None:
            start = max(start, dash + 1)  # "BAMAKO, 3 mars (AFP) - La force … a affirmé …": past the dateline, whose
            # agency reports the words and says none
        people = [m for m in self.discourse.mentions_in(offset + doc[start].idx, offset + doc[q_open].idx)
                  if m["actor_kind"] == "person"]

        def apposed(t) -> bool:  # "Hamadoun Cissé, commerçant de 52 ans, …": the named person's description
            return any(re.fullmatch(r"\s*,\s*(?:(?:un|une|le|la|l['’])\s*)?", self.discourse.text_between(
                m["end"], offset + t.idx)) for m in people)
        if any((self.reference.speaker_cues.get(t.lower_) == "anonymous" or self.reference.speaker_cues.get(
                t.lemma_.lower()) == "anonymous") and not apposed(t) for t in doc[start:q_open]):
            return None
        verb = doc[min(q_open + 1, len(doc) - 1)]
        while not (verb.pos_ in ("VERB", "AUX") and start <= verb.i < q_open) and verb.head.i != verb.i:
            verb = verb.head
        subject = subject_of(verb.i, doc, start, q_open) if start <= verb.i < q_open else None
        if subject is None:  # "Le gouvernement y rompt « … »": the tagger took the verb for a noun; the subject stays
            subject = nominal_subject(doc, start, q_open)
        if subject is not None and subject[-1].i < q_open:
            # "La lettre accuse en outre l'Algérie de « … »": words the clause's subject says, not its object's
            actor, how = self.discourse.resolve(subject, offset, "")
            if actor is not None and how != "anonymous":
                return actor
        found = self.discourse.clause_actors(doc, offset, start, q_open)
        people = [m for m in found if m["actor_kind"] == "person"]
        return (people or found)[0]["actor_id"] if found else None

    def cued(self, doc: Doc, offset: int, q_open: int, q_close: int, lo: int, hi: int,
             inside: set[int], partial: bool, opens_paragraph: bool) -> Speaker:
        """The speaker a reporting cue or the discourse names (`attribute` without its fallback)."""
        self.offset = offset
        self.discourse.sentence_start = offset + doc[lo].idx
        speaker, first = Speaker(), None
        found = governing_verb(doc, q_open, q_close, lo, hi, self.reference)
        if found and self.in_anonymous_clause(offset + doc[lo].idx) and non_finite(doc[found[1]]):
            speaker.attribution, speaker.verb = "anonymous", found[0][0]  # "…, juge un diplomate, tout en regrettant
            return speaker  # « … »": the same unnamed source
        if found and self.in_spoken_clause(offset + doc[lo].idx) and non_finite(doc[found[1]]):
            # "…, a écrit le groupe, affirmant avoir « … »": the same speaker
            speaker.actor_id, speaker.attribution, speaker.verb = self.sentence_speaker[1], "discourse", found[0][0]
            return speaker
        running, setup = self.discourse.running, self.discourse.setup
        if setup and setup[2] > self.discourse.running_at:  # the sentence before, quoting nothing, had a subject
            running = setup[:2] if self.discourse.kind(setup[0]) == "person" else None
        if lo + 3 <= q_open and doc[lo].lower_ in ("avant", "et", "puis") and doc[lo + 1].lower_ in ("de", "d'", "d’") \
                and (cue := verb_at(doc[lo + 2], self.reference)) is not None and doc[q_open - 1].text == ":" \
                and not any("Fin" in t.morph.get("VerbForm") for t in doc[cue[1] + 1:q_open]) \
                and running and self.discourse.paragraph - running[1] <= RUNNING_PARAGRAPHS:
            # "« … », tranche X. Avant d'ajouter : « … »", "Et de conclure, en se tournant vers Y : « … »": the
            # infinitive has the subject of the sentence before, the speaker who just spoke or the person it set up
            speaker.actor_id, speaker.attribution, speaker.verb = running[0], "discourse", cue[0]
            self.discourse.said(running[0], offset + doc[q_open].idx)
            return speaker
        if (state := self.charged(doc, offset, q_open, lo, hi)) is not None:
            speaker.actor_id, speaker.attribution = state, "none"  # a charge: the prosecuting state's, said by nobody
            return speaker
        for lemma, span in self.cues(doc, q_open, q_close, lo, hi, inside):
            if span is not None and (k := relative_object_end(span)):
                span = doc[k:span.end]  # "Une annonce que Fraternité Matin salue": the relative clause's subject
            if span is not None and lemma is not None and (done := passive_participle(span)) is not None \
                    and span.end <= done.i < q_open and done.lemma_.lower() == lemma:
                # "la Commission indique que les passeports resteront reconnus « … »": what a passive reporting verb
                # is done to says nothing; the clause that reports it has the speaker, else the other cues decide
                span = self.reporting_subject(doc, span, lo, hi)
                if span is None:
                    first = first or (lemma, None, (None, "none"))
                    continue
            if span is not None and span.start < q_open < span.end:
                span = doc[span.start:q_open]  # "Le Collège y voit «": the words before the quotation
            elif span is not None and q_open <= span.start <= q_close and not any(
                    doc[j].text == "," for j in range(max(q_open, span.start - 4), span.start)) \
                    and not self.incise_verb_before(doc, q_open, span.start):
                continue  # the parse took words of the quotation for the speaker (an incise inside it is fine, its
                # verb after a comma: "« … , a déclaré sur la télévision publique X la ministre Y. … »")
            elif span is not None and not q_open <= span.start <= q_close and span.start in inside \
                    and span.end - 1 in inside:
                continue  # words of another quotation of the sentence
            if span is None:
                if lemma == "lire":  # "« … », peut-on y lire": the writing named before speaks, else the running speaker
                    if issuer := self.discourse.read_in(offset + doc[q_open].idx):
                        first = (lemma, None, (issuer, "institution"))
                        break
                    continue
                first = first or (lemma, None, (None, "none"))
                continue
            if all(t.lower_ in ("le", "la", "les", "l'", "l’") or t.is_punct for t in span):
                continue  # "justifié … par le « blocus »": a definite article left of the quotation names nobody
            key = (offset + span.start_char, offset + span.end_char)
            if key not in self.phrases:
                self.phrases[key] = self.discourse.resolve(span, offset, clause_tail(doc, span.end, hi))
            resolved = self.phrases[key]
            if lemma == "lire" and resolved[0] is None and resolved[1] != "anonymous" and (
                    issuer := self.discourse.read_in(offset + doc[q_open].idx, span, offset)):
                resolved = (issuer, "institution")  # "« … », peut-on y lire": the writing named before speaks
            first = first or (lemma, span, resolved)
            if resolved[0] is not None or resolved[1] == "anonymous":
                first = (lemma, span, resolved)
                break
        if first is not None and first[1] is not None and first[2] == (None, "none") \
                and (reporting := self.reporting_subject(doc, first[1], lo, hi)) is not None:
            key = (offset + reporting.start_char, offset + reporting.end_char)
            if key not in self.phrases:
                self.phrases[key] = self.discourse.resolve(reporting, offset, clause_tail(doc, reporting.end, hi))
            if self.phrases[key][0] is not None:  # "X indique que ses Etats membres continueront de reconnaître « … »"
                first = (first[0], reporting, self.phrases[key])
        if first is not None and first[1] is not None and first[2] == (None, "none"):
            names = [t for t in first[1] if t.lower_ not in self.reference.titles]
            joins = [t for t in names if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
            words = [t for t in names if t not in joins]  # "Kane-Sidibé", cut in three: one surname
            if words and all(t.text[:1].isupper() and t.is_alpha for t in words) and (
                    2 <= len(words) <= 4 or len(words) == len(first[1]) == 1
                    and self.reference.name_gender(words[0].text)):
                # "estime Jonas Meier", "a déclaré à ActuNiger Zhou Lei, porte-parole …": a name the model missed
                # speaks, before any running speaker; a known first name alone too ("souffle Seydou, un Malien")
                from .reference import slugify
                name = doc[names[0].i:names[-1].i + 1].text
                first = (first[0], first[1], (slugify(name), "name"))
                self.discourse.meet(first[2][0], name, offset + first[1].start_char)
            elif (name := unlisted_organisation(first[1], self.reference)) is not None:
                # "La Maison de la presse juge la décision « … »": an organisation the model did not call one
                from .reference import slugify
                first = (first[0], name, (slugify(name.text), "name"))
        if first is not None and first[1] is not None and first[2][0] is not None \
                and first[2][0] not in self.reference.by_id and first[2][0] == self.discourse.unlisted_outlet(first[1], offset):
            first = (first[0], first[1][2:], first[2])  # "le magazine Horizons africains": the name is the mention
        unresolved = first is None or first[2][0] is None and first[2][1] != "anonymous"
        if unresolved and self.in_anonymous_clause(offset + doc[lo].idx):
            # "un diplomate rappelle que « … », tout en regrettant « … »": the unnamed source whose words the clause
            # quoted first, not the speaker running before it
            speaker.attribution, speaker.verb = "anonymous", first[0] if first else None
            return speaker
        if unresolved and self.in_spoken_clause(offset + doc[lo].idx):
            # "« … », a déclaré X, avant de saluer « … »" / "…, affirmant avoir « … »" (also after a quotation of
            # several sentences: "« A. B », a lancé X, avant de remercier Y pour « … »")
            speaker.actor_id, speaker.attribution = self.sentence_speaker[1], "discourse"
            speaker.verb = first[0] if first else None
            return speaker
        subjectless = first is not None and first[1] is None  # a verb whose subject the parse lost: not the
        # running speaker's by default ("la Cedeao, jugée « … »", "après avoir accusé X d'un comportement « … »")
        if unresolved and opens_paragraph and not partial and (first is None or subjectless) \
                and self.discourse.running_speaker(offset + doc[q_open].idx, True) is None \
                and (own := self.self_named(doc, offset, q_open, q_close)):
            # « Le Gouvernement de la Transition informe … »: a communiqué printed in full, in its own name (the
            # verb the cues found inside it has no subject outside)
            (speaker.actor_id, span), speaker.attribution = own, "institution"
            speaker.text, speaker.start, speaker.end = span.text, offset + span.start_char, offset + span.end_char
            self.discourse.said(speaker.actor_id, speaker.start)
            return speaker
        if unresolved and (not partial or opens_paragraph) and not subjectless:
            running = self.discourse.running_speaker(offset + doc[q_open].idx, opens_paragraph)
            if running is not None:
                speaker.actor_id, speaker.attribution = running
                speaker.verb = first[0] if first else None
                self.discourse.said(speaker.actor_id, offset + doc[q_open].idx)
                return speaker
        if unresolved and opens_paragraph and not partial and (doc[q_close - 1].text in (".", "!", "?", "…") or CLEFT_AFTER.match(
                doc.text, doc[q_close].idx + len(doc[q_close]))) and (ahead := self.named_after(doc, offset, q_close)) is not None:
            # "« Il n'y a pas de souveraineté sans … » Le 28 juillet, dans un discours, le général X donnait le ton":
            # words that open a paragraph with no cue of their own are those of whom the next sentence introduces
            speaker.actor_id, speaker.attribution = ahead, "discourse"
            self.discourse.said(speaker.actor_id, offset + doc[q_open].idx)
            return speaker
        if first is None:
            return speaker
        speaker.verb, span, (speaker.actor_id, speaker.attribution) = first
        if span is None:
            return speaker
        if speaker.attribution == "pronoun" and speaker.verb not in BODILY \
                and (body := self.body_antecedent(doc, offset, span, lo)):  # ("soupire-t-elle": a person, never a body)
            speaker.actor_id = body
        start = span.start_char + (1 if span.text.startswith("-") else 0)  # "-il" of "a-t-il" → "il"
        speaker.text = doc.text[start:span.end_char]
        speaker.start, speaker.end = offset + start, offset + span.end_char
        if speaker.attribution == "anonymous" and not speaker.actor_id:  # "…, ajoute-t-il" keeps it anonymous
            self.discourse.anonymous_at = (self.discourse.paragraph, speaker.start or offset + doc[q_open].idx,
                                           offset + doc[hi - 1].idx + len(doc[hi - 1]))
            self.sentence_anonymous = (offset + doc[lo].idx, offset + doc[hi - 1].idx + len(doc[hi - 1]))
            self.sentence_speaker = None  # (the latest source of the clause wins)
        if speaker.actor_id:
            self.sentence_anonymous = None
            self.sentence_speaker = (offset + doc[lo].idx, speaker.actor_id, phrase_gender(span),
                                     offset + doc[hi - 1].idx + len(doc[hi - 1]))
            self.discourse.said(speaker.actor_id, speaker.start,
                                phrase_gender(span) or PRONOUNS.get(span.text.lower().lstrip("-"), ""))
            if speaker.attribution in ("pronoun", "role") or speaker.actor_id not in self.reference.by_id and \
                    speaker.attribution != "institution" and not self.discourse.mentions_in(speaker.start, speaker.end) \
                    and not any(m["actor_id"] == speaker.actor_id
                                for m in self.discourse.mentions_in(speaker.end, speaker.end + APPOSED_REACH)):
                # (a name the mentions missed; never `le texte` of a body the reference lacks: no named mention;
                # nor a role whose name is apposed after it, a mention of its own: "Le bâtonnier, Me X, …")
                self.discourse.add_mention(speaker)
        return speaker

    def accused_of(self, doc: Doc, q_open: int, q_close: int, lo: int, hi: int):
        """(lemma, accuser) for a quotation that is what someone is accused of (`accuse la France, qui contrôle le
        groupe, d'une « hostilité »`, `reproche à l'ONG d'avoir « … »`): the words are the accuser's, whatever the
        parse hung them on (a relative clause between is no speaker). A passive without its agent (`accusés
        d'« espionnage »`) names no accuser: None, and the other cues decide."""
        k = q_open - 1
        while k > lo and doc[k].lower_ in ARTICLES | {"une", "un", "des", "avoir", "été", "être"}:
            k -= 1  # "d'une « … »", "d'avoir « … »"
        deep = k <= lo or unaccented(doc[k]) not in ("de", "d'", "d’", "du", "des")
        # (deep: the words stand further inside what the accused is charged with, `accusant son voisin d'abriter des
        # bases destinées à le « déstabiliser »`: an infinitive after `de` must stand between the verb and them)
        charge = None  # the `de` of such an infinitive, nearest the verb
        for i in range(k - 1, max(lo, k - 24) - 1, -1):
            if doc[i].text in (";", ":", "«", "»") or doc[i].lower_ in ("que", "qu'", "qu’"):
                return None
            if deep and unaccented(doc[i]) in ("de", "d'", "d’") and i + 1 < q_open and (
                    "Inf" in doc[i + 1].morph.get("VerbForm") or doc[i + 1].lower_ in ("ne", "n'", "n’")):
                charge = i
            if deep and charge is None:
                if "Fin" in doc[i].morph.get("VerbForm"):
                    return None  # "X accuse Y d'avoir …, Bamako crie à la « … »": a clause of its own
                continue
            if doc[i].pos_ in ("VERB", "AUX") and doc[i].lemma_.lower() in ACCUSING or doc[i].pos_ in ("ADJ", "NOUN") \
                    and doc[i - 1].pos_ != "DET" and any(c.dep_.startswith("nsubj") for c in doc[i].children) \
                    and set(infinitives(doc[i].lower_)) & ACCUSING:
                # ("que le gouvernement accuse de …": a verb the tagger took for an adjective, with its subject)
                verb = doc[i]
                if "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and not any(
                        c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children):
                    agent = agent_of(verb, lo, hi)
                    return (verb.lemma_.lower(), agent) if agent is not None else None
                if verb_at(verb, self.reference) is not None:
                    lemma, span = self.phrase_of(doc, i, q_open, q_close, lo, hi)
                    if span is not None and span.start > i and (subject := subject_of(i, doc, lo, hi)) is not None \
                            and subject.end <= i:
                        return lemma, subject  # "X, l'ONG de …, accuse le groupe Y, présent au Mali, de « … »": who
                        # follows the verb is the accused, not an inverted subject
                    if span is None and i > lo and doc[i - 1].text == "," and "Pres" in verb.morph.get("Tense") \
                            and (found := self.discourse.clause_actors(doc, self.offset, lo, i - 1)):
                        # "Niamey garde sa frontière fermée, accusant son voisin de « … »": the participle's subject
                        # is the main clause's, named first in it
                        span = doc.char_span(found[0]["start"] - self.offset, found[0]["end"] - self.offset,
                                             alignment_mode="expand")
                    elif (span is None or span.start > i) and "Fin" in (verb.morph.get("VerbForm") or [""]) + [
                            a.morph.get("VerbForm", [""])[0] for a in verb.children if a.dep_.startswith("aux")] \
                            and (found := self.discourse.clause_actors(doc, self.offset, lo, i)):
                        # "Le général X, chef de …, avait accusé Y d'utiliser … « … »": the parse found no subject before
                        # the verb (the phrase after it is the accused): the clause's first person, else its first actor
                        first = next((m for m in found if m["actor_kind"] == "person"), found[0])
                        span = doc.char_span(first["start"] - self.offset, first["end"] - self.offset,
                                             alignment_mode="expand")
                    return lemma, span
                subject = subject_of(i, doc, lo, hi)  # a form the reporting verbs do not list: its subject
                return (verb.lemma_.lower(), subject) if subject is not None else None
        return None

    def charged(self, doc: Doc, offset: int, q_open: int, lo: int, hi: int) -> str | None:
        """The state whose justice charges, for a quotation that is the charge of a passive of justice with no agent
        and no voice around it (`X était poursuivi pour « atteinte au crédit de l'Etat »`, `huit employés arrêtés pour
        « espionnage »`): the article's state, not the accused; None when someone reports it (`Le syndicat affirme que
        X est poursuivi pour « … »`) or an agent names who charges."""
        k = q_open - 1
        if k - 1 > lo and doc[k].lower_ in ("et", "ou", ",") and doc[k - 1].text in ("»", "”", "\""):
            opening = next((j for j in range(k - 2, lo - 1, -1) if doc[j].text in ("«", "“", '"')), None)
            return self.charged(doc, offset, opening, lo, hi) if opening is not None else None  # "pour « A » et « B »"
        while k > lo and (doc[k].lower_ in ARTICLES | {"une", "un", "des", "faits", "présumés", "chefs", "chef"}):
            k -= 1  # "pour des faits présumés de « … »", "du chef de « … »"
        if k <= lo or unaccented(doc[k]) not in ("pour", "de", "d'", "d’", "du", "des"):
            return None
        k -= 1
        while k > lo and doc[k].lower_ in ASIDE_WORDS:
            k -= 1  # "inculpé vendredi de « … »", "poursuivi notamment pour"
        if doc[k].lower_.rstrip("s").rstrip("e") not in CHARGING:
            # "condamné par la justice tchadienne à vingt ans de prison pour « … »": past its agent and penalty
            at = next((j for j in range(k - 1, max(lo, k - 12) - 1, -1) if doc[j].lower_.rstrip("s").rstrip("e")
                       in CHARGING or doc[j].is_punct or doc[j].pos_ in ("AUX", "VERB") and doc[j].dep_ != "amod"), None)
            if at is not None and doc[at].lower_.rstrip("s").rstrip("e") in CHARGING and all(
                    t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP") or t.dep_ == "amod"
                    or t.lower_ in ASIDE_WORDS | SENTENCES for t in doc[at + 1:k + 1]):
                k = at
        form = doc[k].lower_
        if form.rstrip("s").rstrip("e") not in CHARGING or k <= lo:
            return None
        if any(t.lower_ in ("que", "qu'", "qu’", "selon", "d'après", "d’après") for t in doc[lo:k]) \
                or any(verb_at(t, self.reference) for t in doc[lo:k]):
            return None
        if (agent := agent_of(doc[k], lo, hi)) is not None:
            # "condamné par la justice tchadienne pour « … »": the justice that charges, a state's (or a named court)
            actor, _ = self.discourse.resolve(agent, offset, "")
            if actor is None:  # "la justice tchadienne": the state its demonym names
                actor = next((m["actor_id"] for m in self.discourse.mentions_in(offset + agent.start_char,
                                                                                offset + agent.end_char)
                              if m["actor_kind"] == "state"), None)
            return actor if actor is not None and self.reference.kind(actor) in ("state", "organization") else None
        if state := self.discourse.home_state(offset + doc[q_open].idx):
            return state
        for m in self.discourse.mentions_in(offset + doc[lo].idx, offset + doc[k].idx):  # nothing named a state before:
            person = self.discourse.people.get(m["actor_id"])  # the accused's own (the article names no other justice)
            if m["actor_kind"] == "person" and (found := person is not None and person.state
                                                or self.reference.by_id.get(m["actor_id"], {}).get("country")):
                return found
        return None

    def in_anonymous_clause(self, start: int) -> bool:
        """Whether a sentence starting at `start` is, or lies inside, the clause whose quotation an anonymous source
        spoke last (`in_spoken_clause` for a source with no name)."""
        said = self.sentence_anonymous
        return said is not None and (said[0] == start or said[0] < start < said[1])

    def in_spoken_clause(self, start: int) -> bool:
        """Whether a sentence starting at `start` is, or lies inside, the clause whose quotation last named its
        speaker (a quotation of several sentences extends its clause to the sentence it closes in)."""
        said = self.sentence_speaker
        return said is not None and (said[0] == start or said[0] < start < said[3])

    def incise_verb_before(self, doc: Doc, q_open: int, start: int) -> bool:
        """Whether a reporting verb right after a comma stands within the few words before `start` inside a
        quotation (an incise whose medium or circumstance separates verb and subject)."""
        return any(doc[k].text == "," and any(verb_at(doc[m], self.reference) for m in range(k + 1, min(k + 4, start)))
                   for k in range(max(q_open + 1, start - 14), start))

    def named_after(self, doc: Doc, offset: int, q_close: int) -> str | None:
        """The actor the sentence after a quotation introduces, when that sentence quotes nothing: its first person,
        else its first organisation, armed group or state named by its name; never one after a preposition that makes
        it a channel, a place or a complement (`sur le plateau de VoxAfrica`, `lue sur l'ORTM`, `des partisans de X`)."""
        end = offset + doc[q_close].idx + len(doc[q_close])
        begin, text = self.discourse.paragraphs[-1]
        rest = text[end - begin:]
        stop = re.search(r"[.!?…](?=\s|$)", rest)
        sentence = rest[:stop.end()] if stop else rest
        if not sentence.strip() or any(mark in sentence for mark in ("«", "“", '"')):
            return None
        found = [m for m in self.discourse.mentions_in(end, end + len(sentence))
                 if m["actor_kind"] in ("person", "organization", "armed_group", "state") and (
                     m["method"] != "demonym" or BODY_OF_DEMONYM.search(self.discourse.text_between(end, m["start"])))
                 and not COMPLEMENT_BEFORE.search(self.discourse.text_between(max(end, m["start"] - 16), m["start"]))]
        # ("le gouvernement malien": a state's body its demonym names is that state, not "le riz malien")
        people = [m for m in found if m["actor_kind"] == "person"]
        if found:
            return (people or found)[0]["actor_id"]
        stop = next((t.i for t in doc[q_close + 1:] if offset + t.idx >= end + len(sentence)), len(doc))
        cleft = next((t.i for t in doc[q_close + 1:stop] if t.lower_ in ("que", "qu'", "qu’") and any(
            u.lower_ in ("c'", "c’") for u in doc[q_close + 1:t.i])), None)
        phrase = noun_phrase(doc, cleft + 1, stop) if cleft is not None else None
        # "« … » C'est par cette phrase, lue sur l'ORTM, que le gouvernement de transition a …": the body the cleft's
        # subject names, unnamed (a state's body, a transition's government)
        actor = self.discourse.resolve(phrase, offset, "")[0] if phrase is not None else None
        return actor if actor is not None and self.discourse.kind(actor) != "person" else None

    def self_named(self, doc: Doc, offset: int, q_open: int, q_close: int) -> tuple[str, Span] | None:
        """The body a quotation without any cue names as the subject of its own first clause, in the third person
        and by a common noun (`« Le Gouvernement de la Transition informe l'opinion …`, `« La Commission de la
        Cedeao réaffirme …`): a communiqué printed in full speaks in its own name, as official texts do. Only a
        body (never a person), only a noun that names bodies (capitalised as official texts write it, or a state's
        body: `le gouvernement de la République togolaise`), then a verb (`third_person_verb`); the caller asks only
        when no cue and no running speaker names anyone, for a quotation that opens its paragraph. A state or a
        person its first words name (`« La France ne partira pas`) is what the words are about, not their voice."""
        stop = next((t.i for t in doc[q_open + 1:q_close] if t.text in (".", ";", "!", "?")), q_close)
        if q_open + 2 >= stop or doc[q_open + 1].lower_ not in ("le", "la", "l'", "l’"):
            return None
        head = doc[q_open + 2]  # the quotation opens with its subject (the parse often hangs it elsewhere)
        if head.pos_ not in ("NOUN", "PROPN") or not (head.text[:1].isupper() or head.lower_ in STATE_BODIES) \
                or any(m["actor_kind"] in ("person", "state", "place") for m in self.discourse.mentions_in(
                    offset + head.idx, offset + head.idx + len(head))):  # (« La France … »: no communiqué's voice)
            return None
        subject = doc[q_open + 1:q_open + 3]
        end = subject.end  # past the subject's complements: `de la République togolaise`, `de la Cedeao (CEDEAO)`
        while end < min(stop, subject.end + 15) and not third_person_verb(doc[end], self.reference) and (
                doc[end].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ") or doc[end].text in ("(", ")", "'", "’")):
            end += 1
        if end >= stop or not third_person_verb(doc[end], self.reference):
            return None
        subject = doc[subject.start:end]
        actor, _ = self.discourse.resolve(subject, offset, "")
        if actor is None or self.discourse.kind(actor) == "person":
            return None
        return actor, subject

    def closing_incise(self, doc: Doc, offset: int, a: int, b: int, word: str) -> str | None:
        """The state or organisation that an inverted reporting clause closing the sentence doc[a:b] names, without
        a quotation (`…, a indiqué l'ambassade de Russie à Niamey.`), when its phrase agrees with the pronoun
        `word`: an institution's noun, never a person."""
        end = b - 1 if b - 1 > a and doc[b - 1].is_punct else b
        for k in range(end - 2, a, -1):
            if doc[k].text in QUOTE_MARKS:
                return None
            if doc[k].text != ",":
                continue
            j = k + 1
            if doc[j].pos_ == "AUX" and j + 1 < end:
                j += 1
            cue = verb_at(doc[j], self.reference)
            if cue is None or any(c.dep_.startswith("nsubj") and c.i < k for c in doc[j].children) \
                    or (root := main_verb(doc, a, k)) is None \
                    or any(t.lower_ in ("qui", "que", "qu'", "qu’", "dont", "où") for t in doc[a:root.i]):
                return None  # (not the main clause's own verb after its subject's apposition: "X, qui siège …, a
                # défendu la fermeté du gouvernement", whose object is no speaker: the clause before the comma must
                # be a main clause of its own)
            subject = noun_phrase(doc, cue[1] + 1, end)
            if subject is None or subject[0].pos_ != "DET" or phrase_gender(subject) != PRONOUNS[word]:
                return None
            actor, how = self.discourse.resolve(subject, offset, "")
            if actor is None or how != "institution" or self.discourse.kind(actor) == "person":
                return None
            return actor
        return None

    def body_antecedent(self, doc: Doc, offset: int, pronoun: Span, lo: int) -> str | None:
        """The state or institution a subject pronoun takes up when the clause it refers to has one as
        its subject and no person stands between: the main clause of its own sentence for a pronoun
        after `que` (`La junte a nationalisé la mine, qu'elle accuse d'un comportement « … »`), the
        sentence before for a pronoun opening its sentence (`Le gouvernement a convoqué l'ambassadeur.
        Il promet « … »`) or inverted after a quotation that opens it (`« … », ajoute-t-il`). The
        subject's determiner must agree (`la junte` is `elle`)."""
        word = pronoun.text.lower().lstrip("-")
        if len(pronoun) != 1 or word not in ("il", "elle"):
            return None
        incise = pronoun.text.startswith("-") and doc[lo].text in QUOTE_MARKS
        verbless = self.previous is not None and verbless_relative(doc, lo, pronoun.start)
        opener = next((t.i for t in doc[lo + 1:pronoun.start] if t.text in QUOTE_MARKS), None)
        if pronoun.text.startswith("-") and doc[lo].text not in QUOTE_MARKS and opener is not None \
                and not any(t.lower_ in ("que", "qu'", "qu’") and t.dep_ != "fixed" for t in doc[lo:opener]):
            a, b = lo, opener  # "Le journal d'Etat salue le don, un geste qui « … », écrit-il": the pronoun set after the
            # quotation takes up the subject of its own sentence's clause before it
        elif not verbless and any(t.lower_ in ("que", "qu'", "qu’") and t.dep_ != "fixed" for t in doc[lo:pronoun.start]):
            a, b = lo, pronoun.start  # (not the `que` of `alors que`, `bien que`: a subordinate clause set before the
            # pronoun's own, whose subject the pronoun does not take up)
        elif verbless:  # "Le ministère a réagi au rapport. Un document qu'il qualifie de « … »": a sentence that is
            a, b = self.previous  # a phrase and its relative clause has no subject; the pronoun takes up the one before
        elif self.previous is not None and (incise or all(t.is_punct or t.is_space for t in doc[lo:pronoun.start])
                                            or fronted_phrase(doc, lo, pronoun.start)):
            a, b = self.previous
            if (closing := self.closing_incise(doc, offset, a, b, word)) is not None:
                return closing  # "La Russie a livré un laboratoire, a indiqué l'ambassade de Russie. « … », a-t-elle
                # écrit": the body whose incise closed the sentence before, when the pronoun agrees with it
            if any(t.lower_ == word and t.dep_.startswith("nsubj") for t in doc[a:b]):
                return None  # "Elle rappelle que Bamako avait qualifié d'« … » … « … », juge-t-elle": the same pronoun
                # was the sentence's subject, whoever its quotation's words were
            if self.sentence_speaker is not None and self.sentence_speaker[0] == offset + doc[a].idx:
                # "Pour X, la junte « … ». Elle estime …": the person who spoke there; "Selon le chef de la
                # diplomatie nigérienne, Ankara est « … ». « … », a-t-il ajouté": the state that spoke there
                speaker = self.sentence_speaker[1]
                if self.discourse.kind(speaker) == "person":
                    return None
                que = next((t.i for t in doc[a:b] if t.lower_ in ("que", "qu'", "qu’") and t.dep_ != "fixed"), None)
                if que is not None and any(t.pos_ == "NOUN" and t.dep_.startswith("nsubj") and self.discourse.names_a_person(t)
                                           for t in doc[a:que]):
                    return None  # "L'avocate rappelle que la Cour avait ordonné « … ». « … », dénonce-t-elle": the body
                    # spoke in what the person reported; the person is the pronoun's
                if incise:  # (not `elle` after "selon un communiqué de la banque": a masculine writing)
                    return speaker if self.sentence_speaker[2] in ("", PRONOUNS[word]) else None
        else:
            return None
        root = main_verb(doc, a, b)
        subject = subject_of(root.i, doc, a, b) if root is not None else None
        if root is None and opener is not None and a == lo:  # the parse hung the verb on its subject (`Le journal
            verb = next((t for t in doc[a:b] if t.pos_ == "VERB"), None)  # d'Etat salue …` as a noun's clause): the
            if verb is not None and verb.i > a and doc[a].pos_ == "DET" and all(  # phrase before it, by word order
                    t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP") for t in doc[a:verb.i]):
                root, subject = verb, doc[a:verb.i]
        if opener is not None and a == lo and subject is not None and any(
                t.lower_ == "et" and t.i + 1 < subject.end and doc[t.i + 1].lower_ not in LINKS for t in subject):
            return None  # "Mali et Burkina travaillent sur des « … », a-t-il expliqué": two are no `il`
        # a name without a determiner agrees with either pronoun ("Amnesty International … elle", "Orano … il")
        named = subject is not None and (subject[0].ent_type_ != "" or subject[0].pos_ == "PROPN")
        if subject is not None and not named and phrase_gender(subject) not in ("", PRONOUNS[word]) \
                and (owner := agreeing_complement(subject, PRONOUNS[word])) is not None:
            subject, named = owner, True  # "La réponse du gouvernement est tombée. … il affirme …": the government
        elif subject is not None and not incise and root is not None and any(
                t.lower_ in DOCUMENTS and doc[t.i - 1].pos_ == "DET" and phrase_gender(doc[t.i - 1:t.i + 1]) == PRONOUNS[word]
                for t in doc[root.i + 1:min(b, root.i + 5)]):
            named = True  # "La Cedeao a publié un communiqué mardi. Il dénonce « … »": the writing the pronoun takes up
            # (its verb's object, by word order: the parse often misreads it) speaks for the subject that issued it,
            # whatever that subject's gender
        if subject is None or not named and phrase_gender(subject) not in ("", PRONOUNS[word]) \
                or self.discourse.in_quotation(offset + subject.start_char) \
                or subject[0].lower_ in ("les", "des", "ces"):  # (the determiner: the tagger calls `l'ONG` plural)
            return None  # (`les chefs d'Etat … « … », répétait-il`: a plural subject is no `il`)
        since = offset + subject.start_char
        if subject.root.lower_ in DOCUMENTS and root.i > subject.end and doc[subject.end].text == ",":
            since = offset + doc[root.i].idx  # (not the signatory set off after a writing: "Le texte, signé du ministre,
            # le général X, annonce …. Il « exige » …" is the text, its issuer's)
        if any(m["actor_kind"] == "person" for m in self.discourse.mentions_in(since, offset + doc[pronoun.start].idx)):
            return None  # a person named since is the likelier antecedent
        if subject.start > a and (any(t.lower_ == word and t.dep_.startswith("nsubj") for t in doc[a:subject.start])
                                  or any(m["actor_kind"] == "person" for m in self.discourse.mentions_in(
                                      offset + doc[a].idx, offset + subject.start_char))):
            return None  # "Elle rappelle que Bamako avait qualifié … « … », juge-t-elle": the subject found is a
            # subordinate clause's; the sentence's own subject, a pronoun or a person before it, is the antecedent
        actor, how = self.phrases.get((offset + subject.start_char, offset + subject.end_char)) \
            or self.discourse.resolve(subject, offset, "")  # (as its own sentence read it: "A Rabat, le ministère …")
        # an office nobody holds by name (`l'ambassadeur du Mali`) is its state, and so is its pronoun; after a
        # quotation only an institution's (`Le texte dénonce …. « … », ajoute-t-il`)
        allowed = ("institution",) if incise else ("institution", "metonymy", "name", "role")
        if actor is None or how not in allowed or self.discourse.kind(actor) == "person":
            return None
        if how == "role" and any(m["actor_kind"] == "person" for m in self.discourse.mentions_in(
                offset, offset + subject.start_char)):
            return None  # "…, Louise Mushikiwabo, a dit … La diplomate rwandaise rappelle … Elle a ajouté": the role
            # takes up the person its paragraph named, whom the pronoun resolves to, not the role's state
        return actor

    def through_names(self, doc: Doc, span: Span | None) -> Span | None:
        """A phrase the tagger cut inside a name (`Aminata Kané-Diarra` with `Diarra` taken for an adverb)
        runs on to the end of the mention its last word starts or continues."""
        if span is None:
            return None
        last = span[-1]
        ends = [m["end"] for m in self.discourse.mentions_in(self.offset + last.idx, self.offset + last.idx + len(last))]
        if not ends or max(ends) <= self.offset + span.end_char:
            return span
        longer = doc.char_span(span.start_char, max(ends) - self.offset, alignment_mode="expand")
        return longer if longer is not None else span

    def relative_source(self, doc: Doc, q_open: int, lo: int) -> tuple[str | None, Span] | None:
        """The actor named right before `, qui « … »`: the quotation is the predicate of a relative clause whose
        subject is that actor (`la Commission de la Cedeao, qui « prend acte … »`, `Paris, qui « regrette » …`), or
        the words its reporting verb gives (`son homologue mauritanien, qui a réaffirmé « … »`)."""
        k, lemma = q_open - 1, None
        while k > lo and (doc[k].pos_ in ("ADV", "AUX") or doc[k].lower_ in PREDICATE_CLITICS
                          or doc[k].pos_ == "VERB" and (cue := verb_at(doc[k], self.reference))):
            lemma = cue[0] if doc[k].pos_ == "VERB" else lemma  # "son homologue, qui a réaffirmé « … »": a
            k -= 1  # reporting verb of the relative clause between
        if k - 1 <= lo or doc[k].lower_ != "qui" or doc[k - 1].text != ",":
            return None
        comma = self.offset + doc[k - 1].idx
        named = [m for m in self.discourse.mentions_in(self.offset + doc[lo].idx, comma)
                 if re.fullmatch(r"\s*(?:\([^()]{1,15}\))?\s*", self.discourse.text_between(m["end"], comma))]
        if not named:
            return None
        span = doc.char_span(named[-1]["start"] - self.offset, named[-1]["end"] - self.offset, alignment_mode="expand")
        return (lemma, span) if span is not None else None

    @staticmethod
    def colon_subject(doc: Doc, lo: int, i: int, inside: set[int], rooted: bool = True) -> Span | None:
        """The subject of the clause doc[lo:i] that a pronoun's framing after it takes up (`Le CSC a fustigé …,
        selon lui, …`, `Le site X se montre offensif : pour lui, …`); None for a pronoun or words of a quotation
        (`« Depuis, chaque incident devient … », selon lui`). The clause's verb is the sentence's root, or (not
        `rooted`: a clause ended by a colon, which the parse may hang on what follows) the verb heading doc[lo:i]."""
        verb = next((t for t in doc[lo:i] if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"), None) if rooted \
            else main_verb(doc, lo, i)
        subject = subject_of(verb.i, doc, lo, i) if verb is not None else None
        if subject is None or any(t.lower_ in PRONOUNS or t.i in inside for t in subject):
            return None
        return subject

    def preposition_source(self, doc: Doc, lo: int, hi: int, inside: set[int]) -> Span | None:
        """The source named by `selon X`, `d'après X`, `pour X, « … »` or `X, pour qui « … »`."""
        for i in range(lo, hi):
            if i in inside or unaccented(doc[i]) not in CUE_STARTS:
                continue
            for cue in CUES_LONGEST_FIRST:
                if cue[0] != unaccented(doc[i]) or tuple(t.lower_ for t in doc[i + 1:i + len(cue)]) != cue[1:]:
                    continue
                if cue == ("pour",):
                    if tuple(t.lower_ for t in doc[i:i + 3]) in FILLERS:
                        continue  # "La diplomate a, pour sa part, promis": an aside, no source
                    if i > lo and doc[i - 1].text not in (",", ":", "«", "—", "-") and not (
                            doc[i - 1].pos_ in ("CCONJ", "ADV") and (i - 1 == lo or doc[i - 2].is_punct)) and not (
                            doc[i - 1].text == "»" and doc[i].text[:1].isupper()
                            and doc[i - 2].text in (".", "!", "?", "…")):  # ("« … . » Pour X, …": a new sentence)
                        continue  # "avait plaidé pour un dialogue, juge …": inside a clause, not a framing "Pour X,"
                        # (which a connective may open: "Mais pour X, …")
                    nxt = doc[i + 1] if i + 1 < hi else None
                    if nxt is not None and nxt.lower_ in ("qui", "lequel", "laquelle") and i > lo \
                            and doc[i - 1].text == ",":
                        return self.discourse.antecedent(doc, self.offset, lo, i - 1)
                    if nxt is not None and nxt.lower_ in ("lui", "elle", "eux", "elles") and i + 2 < hi \
                            and doc[i + 2].text == ",":
                        if i > lo and doc[i - 1].text == ":" and (subject := self.colon_subject(doc, lo, i - 1, inside, False)):
                            return subject  # "Le site X se montre plus offensif : pour lui, …": the clause's subject
                        return doc[i + 1:i + 2]  # "Pour elle, l'essentiel reste « … »"
                    if nxt is None or not (nxt.pos_ == "PROPN" or nxt.lower_ in ARTICLES or nxt.text[:1].isupper()
                                           or nxt.lower_ in self.reference.titles or nxt.lower_ in POSSESSIVES):
                        continue  # "Pour son homologue, il s'agit d'« … »"
                    comma = next((k for k in range(i + 2, min(hi, i + 14)) if doc[k].text in (",", ":", ";", "«")), None)
                    if comma is not None and doc[comma].text == "," and any(
                            m["actor_kind"] == "person" and m["end"] == self.offset + doc[comma - 1].idx + len(doc[comma - 1])
                            for m in self.discourse.mentions_in(self.offset + doc[i + 1].idx, self.offset + doc[comma].idx)):
                        return doc[i + 1:comma]  # "Pour l'opposant en exil X, …": the phrase up to the name that ends it,
                        # past a complement of its noun the noun phrase stops at
                    far = next((k for k in range(i + 2, min(hi, i + 30)) if doc[k].text in (",", ":", ";", "«")
                                or doc[k].pos_ in ("VERB", "AUX")), None)
                    if far is not None and doc[far].text == "," and i + 2 < hi and self.discourse.is_role(doc[i + 2]):
                        comma = far
                        after = next((k for k in range(comma + 1, min(hi, comma + 8)) if doc[k].text in (",", ":", ";", "«")
                                      or doc[k].pos_ in ("VERB", "AUX")), None)
                        if after is not None and doc[after].text == "," and any(
                                m["actor_kind"] == "person" and m["start"] == self.offset + doc[comma + 1].idx
                                and m["end"] == self.offset + doc[after - 1].idx + len(doc[after - 1])
                                for m in self.discourse.mentions_in(self.offset + doc[comma].idx, self.offset + doc[after].idx)):
                            return doc[i + 1:after]  # "Pour le président de l'Association … (APBEF-B), X, …": the role
                            # and the name apposed to it, past the long complement
                    span = self.through_names(doc, noun_phrase(doc, i + 1, hi))
                    if span is not None and span.end < hi and doc[span.end].text == "(":  # "Pour le Cadre … (CSP),"
                        close = next((k for k in range(span.end + 1, min(hi, span.end + 5)) if doc[k].text == ")"), None)
                        if close is not None and close + 2 < hi and doc[close + 1].text == "," and not (
                                doc[close + 2].text[:1].isupper() or doc[close + 2].lower_ in self.reference.titles):
                            span = doc[span.start:close + 1]  # (not "Pour le directeur de la Sopamin (SOPAMIN), M. X,")
                    if span is not None and (span.end >= hi or doc[span.end].text != ","):
                        # "Pour le chercheur X, Niamey « … »": the name after the comma is the clause's subject,
                        # not an apposition to the framing phrase
                        comma = next((k for k in range(span.start + 1, span.end) if doc[k].text == ","), None)
                        span = doc[span.start:comma] if comma is not None else span
                    if span is not None and span.end < hi and doc[span.end].text != ",":
                        # "Mais pour un diplomate occidental en poste dans la région, « … »": the phrase runs on
                        # through its complements, no verb among them, to the comma that closes the framing
                        stop = next((k for k in range(span.end, min(hi, span.end + 12)) if doc[k].text in (
                            ",", ":", ";", "«", "»", ".", "(") or doc[k].pos_ in ("VERB", "AUX")), None)
                        if stop is not None and doc[stop].text == ",":
                            span = doc[span.start:stop]
                    if span is None or span.end >= hi or doc[span.end].text != ",":
                        continue
                    return span
                if len(cue) == 3 and cue[0] == "à":  # "à ses yeux": the possessive names the speaker
                    return doc[i + 1:i + 2]
                span = noun_phrase(doc, i + len(cue), hi)
                if span is not None and len(span) == 1 and span[0].lower_ in PRONOUNS and i > lo \
                        and (subject := self.colon_subject(doc, lo, i, inside)):
                    return subject  # "Le CSC a fustigé des « … » susceptibles, selon lui, de « … »": the clause's subject
                return span
        return None
