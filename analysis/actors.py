"""Resolve entity mentions to canonical actors.

The rulers of `nlp.py` propose candidates; this module settles what only context can:
a surname names the person last mentioned who bears it (or the only one in the table), a
title before a name marks it `title`, a capital is its government when it acts ("Paris a
annoncé", "se rapprocher de Moscou") and a place when it is a location ("à Paris"), and a
person the table lacks, found by the statistical NER, gets a slug id built from the name.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from . import capitals
from .dates import MONTHS, WEEKDAYS
from .nlp import ends_sentence, french_word
from .reference import Reference, slugify
from .tokenizer import import_french

# spacy.lang.fr imported the fast way (`tokenizer.py`) before its stop words: importing them first
# ran spaCy's French `__init__`, compiling its 1.45-million-character `token_match` (~3 s per process)
import_french()
from spacy.lang.fr.stop_words import STOP_WORDS  # noqa: E402

# Lowercase words allowed inside a person's name ("Iyad Ag Ghaly", "Kyélem de Tambèla").
TITLED = "TITLED_PER"  # label of a name found after a title by `titled_names`
NOT_NAMES = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
             "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "selon",
             "pourtant", "depuis", "ainsi", "enfin", "aujourd'hui", "hier", "demain"}
# words of an office, which Sahelian state media capitalise (`Chef du Gouvernement`, `Président de la Transition`):
# a statistical PER entity made of them alone names nobody
OFFICE_WORDS = {"chef", "gouvernement", "etat", "état", "transition", "république", "ministre", "premier", "première",
                "président", "présidente", "ministère", "conseil", "secrétaire", "général", "générale", "directeur",
                "directrice", "porte-parole", "excellence", "majesté", "faso", "nation"}
NAME_PARTICLES = {"de", "du", "des", "da", "di", "ag", "ben", "bin", "ibn", "ould", "al", "el", "le", "la", "van", "von"}


PARTICIPLE_ENDINGS = ("és", "ées", "ée", "é", "is", "ies", "ise", "us", "ues", "int", "inte", "ints", "intes")  # "Joints par"


def participle_opening(tok) -> bool:
    """A sentence-opening participle the tagger took for a name (`Réunis dimanche à Abuja, …`,
    `Interrogée par l'AFP, …`): a past-participle ending followed by a circumstance, not a verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_.endswith(PARTICIPLE_ENDINGS) and nxt is not None and (
        nxt.pos_ in ("ADP", "ADV", "PUNCT") or nxt.lower_ in NOT_NAMES)


@dataclass
class Context:
    """What the resolver has seen so far in one document."""

    people: dict[str, int] = field(default_factory=dict)      # actor_id → order of last mention
    surnames: dict[str, str] = field(default_factory=dict)    # surname of an unlisted person → slug id
    acronyms: dict[str, str] = field(default_factory=dict)    # acronym an article defines → slug of its name
    seen: int = 0
    named: set[str] = field(default_factory=set)  # actors with a row in the paragraphs before (`later_surnames`)
    folded: int = 0                               # rows taken into `named`
    last_court: str | None = None                 # the court the paragraphs before named last (`short_names`)
    last_union: str | None = None                 # the Union (`Union européenne`, `… africaine`) named last
    offset: int = 0                               # the paragraph being read: where it starts in the document,
    sentence_of: list[int] = field(default_factory=list)  # and the build's sentence number per token
    capitals: list | None = None  # (start, end, features) of each capital read, when training collects them

    def government(self, ent: Span, reference: Reference) -> bool:
        """Whether a capital's name stands for its government: the capital model's reading of the words
        around it (`capitals.py`), else the rules' (`capital_role`)."""
        if in_route_name(ent.doc.text, ent.start_char, ent.end_char):
            return False  # "le corridor Lomé-Ouagadougou": an end of a route, a place whatever the words around
        rule = capital_role(ent, reference)
        model = capitals.load_model(reference)
        if model is None and self.capitals is None:
            return rule == "government"
        feats = capitals.features(ent, rule, self.sentence_of)
        if self.capitals is not None:
            self.capitals.append((self.offset + ent.start_char, self.offset + ent.end_char, feats))
        return capitals.government(model, feats) if model is not None else rule == "government"

    def remember(self, actor_id: str) -> None:
        self.seen += 1
        self.people[actor_id] = self.seen


def held(spans, labels: tuple[str, ...]) -> set[int]:
    """The tokens of the spans a ruler knows or that carry one of `labels`: what later name finders leave alone."""
    return {i for e in spans if ruler_id(e) or e.label_ in labels for i in range(e.start, e.end)}


def ruler_id(ent: Span) -> str:
    """The entity rulers' id of `ent` when it is one of their entities, else "". spaCy's `Span.ent_id_` is its
    root token's, so a span this module builds around a ruler's surname (`Salimata` + `Ouédraogo`, whose
    root the parser may make the surname) would pass for that surname and resolve to someone else."""
    doc, first = ent.doc, ent.doc[ent.start]
    if not first.ent_id_ or first.ent_iob_ != "B" or any(t.ent_iob_ != "I" for t in doc[ent.start + 1:ent.end]) \
            or ent.end < len(doc) and doc[ent.end].ent_iob_ == "I":
        return ""
    return first.ent_id_


def candidates(ent: Span) -> list[tuple[str, str]]:
    """(method, actor_id) pairs a ruler put on the entity."""
    return [tuple(c.split(":", 1)) for c in ent.ent_id_.split(";") if c]


def has_title(doc: Doc, start: int, titles: set[str]) -> bool:
    """Whether one of the reference titles ends right before token `start`."""
    for width in (1, 2, 3, 4):
        if start - width < 0:
            break
        words = " ".join(t.text for t in doc[start - width:start]).lower()
        if words in titles or words.replace(" '", "'").replace("' ", "'") in titles \
                or words.replace(" - ", "-") in titles:  # "Colonel-Major" split in three
            return True
    return False


def demonym_start(ent: Span) -> int:
    """Where the words before a name end, past a demonym ("le président nigérian Bola Tinubu")."""
    before = next((e for e in ent.doc.ents if e.end == ent.start and e.ent_id_.startswith("demonym:")), None)
    return before.start if before is not None else ent.start


# the nouns of a way between places, named after its ends (`le corridor Lomé-Ouagadougou`, `la ligne Dakar-Bamako`,
# `le futur chemin de fer Bamako-Ouagadougou-Niamey`, `les vols Istanbul-Niamey`); not `l'axe Moscou-Bamako`, an alliance
ROUTE_NOUN = re.compile(
    r"(?i)(?<!\w)(?:corridors?|lignes?|routes?|autoroutes?|chemins? de fer|voies? ferrées?|rails?|tronçons?|liaisons?|"
    r"vols?|trajets?|itinéraires?|tracés?|dessertes?|trains?|bus|pipelines?|oléoducs?|gazoducs?|axes? routiers?)"
    r"(?:\s+[\w'’]+){0,2}?\s+$")
CHAIN_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’]*-$")


def in_route_name(text: str, start: int, end: int) -> bool:
    """Whether the place named at text[start:end] is one end of a route named after its ends, the names glued by
    hyphens after a noun of a way: a place there, never the government of a capital nor a party of a relation (the
    guidelines: `corridor Dakar-Bamako`, `la ligne à haute tension Ferkessédougou-Sikasso`)."""
    first = start
    while (glued := CHAIN_BEFORE.search(text, max(0, first - 40), first)) is not None:
        first = glued.start()
    if first == start and not re.match(r"-[A-ZÀ-Ý]", text[end:end + 2]):
        return False
    return ROUTE_NOUN.search(text, max(0, first - 60), first) is not None


def capital_role(ent: Span, reference: Reference, depth: int = 0) -> str:
    """'government' when a capital stands for its state's government, 'place' otherwise."""
    doc, root = ent.doc, ent.root
    if root.dep_ == "conj" and depth < 3 and root.head.i < ent.start:
        head_ent = next((e for e in doc.ents if e.start <= root.head.i < e.end), None)
        if head_ent is not None:
            ids = [a for _, a in candidates(head_ent)]
            if any(a in reference.capitals for a in ids):
                return capital_role(head_ent, reference, depth + 1)
            if any(reference.kind(a) in ("state", "organization") for a in ids):
                return "government"
    if any(a in reference.seats for _, a in candidates(ent)):  # "le Kremlin", "la propagande du Kremlin"
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        before = doc[ent.start - 2].lower_ if before in ("le", "la", "l'", "l’") and ent.start > 1 else before
        return "place" if before in ("à", "au", "dans", "devant", "depuis", "vers") else "government"
    cue = None
    if ent.start > 0:
        prev = doc[ent.start - 1]
        cue = reference.cues.get(prev.lower_) or reference.cues.get(prev.lemma_.lower())
        if cue == "head" and ent.start > 1:
            before = doc[ent.start - 2]
            cue = reference.cues.get(before.lower_) or reference.cues.get(before.lemma_.lower()) or "head"
        if cue == "head" and ent.start > 1 and doc[ent.start - 2].text in ("»", "”"):
            cue = "government"  # "l'« arrogance » de Paris": quoted words are someone's, the capital's here
        if cue == "head":  # "de Moscou": decided by the word it depends on
            head = root.head
            acts = head.i != root.i and (head.pos_ in ("VERB", "ADJ", "AUX")
                                         or reference.cues.get(head.lemma_.lower()) == "government"
                                         or reference.cues.get(head.lower_) == "government")
            cue = "government" if acts else "place"
    if cue == "place" and ent.start > 0 and doc[ent.start - 1].lower_ == "vers" and any(
            h.pos_ == "VERB" and h.lemma_.lower() in reference.cue_words["towards"] for h in (root.head, root.head.head)):
        return "government"  # "s'est tourné vers Moscou": towards a partner, not a destination
    if cue == "place" and ent.start > 0 and doc[ent.start - 1].lower_ in ("à", "au") and any(
            h.pos_ == "VERB" and h.lemma_.lower() in reference.cue_words["recipient"] for h in (root.head, root.head.head)):
        return "government"  # "verser 160 millions de dollars à Bamako": a recipient, not a place
    if cue:
        return cue
    if ent.start > 0 and doc[ent.start - 1].pos_ == "VERB" and not doc[ent.start - 1].is_sent_start:
        return "government"  # "accuse Alger de …", "remercie Niamey": a verb's object (`quitter Bamako`: a place cue)
    if root.dep_.startswith("nsubj") and root.head.lemma_.lower() in reference.cue_words["place_noun"] \
            and any(c.dep_ == "cop" for c in root.head.children):
        return "place"  # "Bamako est une ville de deux millions d'habitants": described as a place, not acting
    acts = root.dep_.startswith("nsubj") or (root.dep_ in ("obj", "iobj") and root.head.pos_ == "VERB")
    return "government" if acts or opens_clause(ent, reference) else "place"


CLITICS_BEFORE_VERB = {"n'", "n’", "ne", "lui", "leur", "le", "la", "les", "l'", "l’", "y", "se", "s'", "s’", "en"}


def opens_clause(ent: Span, reference: Reference) -> bool:
    """Whether a name stands where a clause's subject stands, whatever the parse says: right before
    its finite verb (`Alger juge`, `Niamey lui avait retiré`, `Bamako a rappelé`) or a `qui` (`Niamey,
    qui mise …`), at the start of a sentence or after a comma, `et` or `:`; a reporting verb the tagger
    read as a noun counts (`Alger juge`)."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ not in (",", ":", ";", "et", "-", "–", "»", "que", "qu'", "qu’",
                                                          "mais", "car", "puis", "dont", "où", "lorsque", "quand") \
            and not doc[ent.start - 1].is_sent_start and ent.start != ent.sent.start:
        if not (ent.start > 1 and doc[ent.start - 1].pos_ == "ADV"):  # "Bamako le lendemain", "déjà, Niamey"
            return False
    k = ent.end
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "qui":
        return True
    if k < len(doc) and doc[k].text == ",":  # "Bamako, de son côté, parle …", "Moscou, en revanche, a salué …"
        close = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ","), None)
        if close is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:close]):
            k = close + 1
    if k + 1 < len(doc) and doc[k].lower_ == "et" and (doc[k + 1].ent_iob_ == "B" or doc[k + 1].pos_ == "PROPN"):
        k += 1  # "Ouagadougou et Rosatom scellent …": past a coordinated name to the verb
        while k < len(doc) and (doc[k].ent_iob_ == "I" or doc[k].pos_ == "PROPN"):
            k += 1
    while k < len(doc) and doc[k].lower_ in CLITICS_BEFORE_VERB:
        k += 1
    if k < len(doc) and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].lower_.endswith("e") \
            and doc[k].lower_ + "r" in reference.verbs:
        return True  # "Alger juge « graves » …", "Alger riposte": a reporting verb the tagger took for a noun
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX") or "Fin" not in doc[k].morph.get("VerbForm"):
        return False
    # "Bamako est une ville …" describes the place; "Bamako a rappelé", "Bamako est revenu sur …" act
    return doc[k].lemma_ != "être" or (k + 1 < len(doc) and "Part" in doc[k + 1].morph.get("VerbForm"))


def person_span(ent: Span, titles: set[str]) -> tuple[Span, bool] | None:
    """The name part of a statistical PER entity and whether a title led it; None if not a name."""
    start = ent.start
    while start < ent.end and (ent.doc[start].text.lower() in titles or ent.doc[start].is_punct
                               or ent.doc[start].lower_ in ("son", "sa", "s.e.", "sem")):
        start += 1  # "Son Excellence M. …": honorifics are not names
    if ent.end - start >= 3 and start > 0 and ent.doc[start - 1].lower_ in ("le", "la", "l'", "l’", "un", "une") \
            and ent.doc[start].text[:1].isupper():
        start += 1  # "la Finlandaise Päivi Kaukoranta": a noun after an article is no first name
    end = ent.end
    while end > start and not (is_name_word(ent.doc[end - 1]) or ent.doc[end - 1].lower_ in NAME_PARTICLES):
        end -= 1  # "GOUBA s’": the elided pronoun is not part of the name
    span = ent.doc[start:end]
    words = [t for t in span if not t.is_punct]
    if not words or len(span.text) < 3 or any(ch.isdigit() for ch in span.text):
        return None
    if len(words) == 1 and (words[0].lower_ in NOT_NAMES or words[0].i == words[0].sent.start and (
            words[0].pos_ in ("VERB", "ADJ", "ADV") or participle_opening(words[0]))):
        return None  # "Lundi, une colonne a été attaquée", "Réunis à Abuja, les chefs d'Etat …"
    if not all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words):
        return None
    if words[0].lower_ in NAME_PARTICLES or not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return None
    return span, start > ent.start or has_title(ent.doc, start, titles)


ARTICLE_STATE = "@article-state"  # the id of a state body's acronym until the state the article is about is known


def is_state(actor_id: str, reference: Reference) -> bool:
    return actor_id == ARTICLE_STATE or actor_id in reference.by_id and reference.kind(actor_id) == "state"


def state_body(name: Span, reference: Reference) -> str:
    """The state a defined name is a body of (`Forces armées nigériennes (FAN)`: the state its demonym or name
    says, else the state the article is about, `ARTICLE_STATE`) when its opening words are a state body's in
    `state_bodies.csv`; "" for any other name (an agency, a company, a regulator: organisations of their own)."""
    text = unaccented(name.text.lower().replace("’", "'"))  # "Etat-major …": capitals often lose their accent
    if not any(text.startswith(unaccented(phrase)) for phrase in reference.state_bodies[0]):
        return ""
    states = [a for e in name.doc.ents if name.start <= e.start and e.end <= name.end and ruler_id(e)
              for _, a in candidates(e) if reference.kind(a) == "state"]
    return states[0] if states else ARTICLE_STATE


def article_state_bodies(rows: list[dict], reference: Reference, dateline: str | None) -> list[dict]:
    """The acronyms of state bodies that several states have (`les FDS`, `le CNT`) given the state the article is
    about: its dateline's (`CONAKRY, 3 mars (AFP) -`), else the one it names most, capitals counted (the first
    named on a tie); dropped when it names none."""
    named = [r["actor_id"] if r["actor_kind"] == "state" else reference.capitals[r["actor_id"]]
             for r in sorted(rows, key=lambda r: r["start"]) if r["actor_id"] != ARTICLE_STATE
             and (r["actor_kind"] == "state" or r["actor_id"] in reference.capitals)]
    state = dateline or (max(dict.fromkeys(named), key=named.count) if named else None)
    for r in rows:
        if r["actor_id"] == ARTICLE_STATE:
            r["actor_id"] = state
    return [r for r in rows if r["actor_id"] is not None]


def past_common_words(span: Span, reference: Reference) -> Span | None:
    """The name in a statistical PER entity once capitalised common words that open it are left out, None
    when nothing but them is left: `le ministre du Commerce`, a headline's `Drone` or `Attaque de Kokorou`
    (a word of the French lexicon, `nlp.french_word`, then a particle) name nobody; `Reportage Aïssata Sow`
    (a byline) names her, when a first name and a surname are left. A known first name or surname is never
    such a word (`Rose`; `Marchand` after `Héloïse Marchand` is taken up before)."""
    doc, k = span.doc, span.start
    def common(t) -> bool:
        return t.text.casefold() not in reference.first_names and t.lower_ not in reference.titles \
            and not surname_ids(t.text, reference) and french_word(t.text, doc.vocab)
    while k < span.end and common(doc[k]) and (k + 1 == span.end or doc[k + 1].lower_ in NAME_PARTICLES
                                               or doc[k + 1].text.casefold() in reference.first_names):
        if k + 1 < span.end and doc[k + 1].lower_ in NAME_PARTICLES:
            return None  # "Attaque de Kokorou": a noun and its complement, not a particle of a name
        k += 1
    if k == span.end:
        return None
    return doc[k:span.end] if span.end - k >= 2 else span  # "Dan Issa", a town: a first name alone is no one


def surname_ids(text: str, reference: Reference) -> list[str]:
    """People of the table with this surname, whatever its case (`Goïta`, `GOÏTA`)."""
    if text in reference.surnames:
        return reference.surnames[text]
    folded = text.casefold()
    return next((ids for name, ids in reference.surnames.items() if name.casefold() == folded), [])


ORGANISATION_NOUNS = {
    "organisation", "comité", "cour", "conseil", "agence", "banque", "fonds", "union", "communauté", "société",
    "compagnie", "groupe", "institut", "centre", "office", "autorité", "commission", "association", "fédération",
    "mouvement", "front", "parti", "coalition", "alliance", "forum", "programme", "université", "syndicat",
    "collectif", "observatoire", "fondation", "tribunal", "assemblée", "parlement", "haut-commissariat", "bureau",
    "corporation", "consortium", "cabinet", "radio", "radiodiffusion", "télévision", "chambre", "confédération",
    "maison", "ligue", "réseau", "plateforme", "ordre", "barreau", "coordination", "rassemblement",
    "groupement", "caisse", "mutuelle", "académie", "école"}


RANKED_BODY = {"Haut", "Haute", "Hauts", "Hautes"}  # capitalised before an organisation's noun, part of its name
# nouns that describe an organisation named before (`l'organisation régionale`, `l'institution sous-régionale`)
GENERIC_BODIES = {"organisation", "institution", "union", "communauté", "confédération", "alliance", "instance",
                  "organisme", "agence", "autorité"}


def is_organisation_name(ent: Span) -> bool:
    """A name the statistical model calls an organisation, that starts with an organisation's noun
    and a capital: `Organisation internationale de la Francophonie`, `Comité d'état-major …`."""
    first = ent[0]
    generic = next((k for k in range(2, len(ent)) if ent[k].lower_ in GENERIC_BODIES and ent[k - 1].lower_ in
                    ("l'", "l’", "la", "cette")), None)
    if generic is not None and all(t.text.islower() or t.is_punct for t in ent[generic:]):
        return False  # "la Commission de l'organisation régionale": an organ of a body the article named before,
        # described (`discourse` finds whose), not a name
    return (len(ent) >= 2 and first.text[:1].isupper() and first.lower_ in ORGANISATION_NOUNS
            and not any(t.is_digit for t in ent) and ent[-1].pos_ not in ("ADP", "DET")
            and ent[-1].lower_ not in ("de", "du", "des", "la", "le", "les", "d'", "d’", "l'", "l’"))
    # a span cut before a name the rulers took (`Commission de la` + `Cedeao`) is no name of its own


PORTFOLIO_HEADS = {"ministère", "ministre", "ministres", "ministérielle", "ministériel", "secrétariat", "portefeuille"}


def in_a_portfolio(ent: Span) -> bool:
    """Whether the name continues the list of a ministry's portfolio (`le ministère des Affaires étrangères et de la
    Communauté nationale à l'étranger`, `ministre de l'Intégration africaine et de l'Union …`): words of an office,
    not an organisation, when only nouns, adjectives, articles, `de` and `et` stand between it and the ministry."""
    doc = ent.doc
    k = ent.start - 1
    while k >= 0 and ent.start - k <= 12 and not doc[k].is_punct and doc[k].pos_ in (
            "ADP", "DET", "NOUN", "PROPN", "ADJ", "CCONJ"):
        if doc[k].lower_ in PORTFOLIO_HEADS:
            return any(t.lower_ == "et" for t in doc[k:ent.start])  # a second portfolio ("… et de la …")
        k -= 1
    return False


def before_finite_verb(ent: Span) -> Span:
    """The entity up to the finite verb the model ran into (`Ligue des consommateurs` of `… juge la hausse`):
    a name has no conjugated verb (`unies` of `Nations unies` is a participle; a last word the model calls one,
    `violent` of `… contre l'extrémisme violent`, is an adjective)."""
    end = next((t.i for t in ent[1:-1] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), ent.end)
    return ent.doc[ent.start:end] if end < ent.end else ent


def without_dates(ent: Span) -> Span:
    """The entity without the date words the model ran into (`… de la Francophonie mi-mars`)."""
    end = ent.end
    while end - ent.start > 1 and any(w in NOT_NAMES for w in ent.doc[end - 1].lower_.split("-")):
        end -= 1
    return ent.doc[ent.start:end] if end < ent.end else ent


def resolve(ent: Span, reference: Reference, ctx: Context) -> tuple[Span, str, str] | None:
    """(span, actor_id, method) for one entity, or None when it names no actor."""
    titles = reference.titles
    if ruler_id(ent):
        cands = candidates(ent)
        methods = {m for m, _ in cands}
        if methods == {"surname"} and (other := other_bearer(ent, [a for _, a in cands], reference)) is not None:
            slug = slugify(other.text)  # "Chen Guowei" is not the Chen Zhihong of the table: a given name after
            # the surname that is not one of his
            actor_id = fuller_name_of(slug, reference) or slug
            ctx.surnames[ent.text.casefold()] = actor_id  # "M. Chen" after it
            return other, actor_id, "title" if has_title(ent.doc, ent.start, titles) else "ner"
        if methods == {"surname"} and (k := glued_start(ent.doc, ent.start, titles)) < ent.start:
            longer = Span(ent.doc, k, ent.end, label="PER")  # "Mme Ouédraogo-Zerbo" is not the table's Zerbo: the
            slug = slugify(longer.text)  # person the article named so, or one of that double surname
            actor_id = ctx.surnames.get(longer.text.casefold()) or fuller_name_of(slug, reference) or slug
            return longer, actor_id, "title" if has_title(ent.doc, k, titles) else "surname"
        if methods == {"surname"}:
            ids = [a for _, a in cands] + ([ctx.surnames[ent.text.casefold()]] if ent.text.casefold() in ctx.surnames
                                           else [])
            known = sorted((ctx.people[a], a) for a in ids if a in ctx.people)
            if known:
                actor_id = known[-1][1]
            elif len(ids) == 1:
                actor_id = ids[0]
            else:
                return None  # an ambiguous surname of someone not yet named: no guess
            method = "title" if has_title(ent.doc, ent.start, titles) else "surname"
            return ent, actor_id, method
        method, actor_id = cands[0]
        kind = reference.kind(actor_id)
        k = ent.start
        while kind == "person" and k > 0 and ent.doc[k - 1].text.casefold() in reference.first_names \
                and is_name_word(ent.doc[k - 1]) and ent.doc[k - 1].lower_ not in titles:
            k -= 1  # "Mamadou Abdoulaye Diop" is not the Abdoulaye Diop of the table: a first name before his name
        if k < ent.start:
            longer = Span(ent.doc, k, ent.end, label="PER")
            slug = slugify(longer.text)
            return longer, fuller_name_of(slug, reference) or slug, method if method != "surname" else "ner"
        if actor_id in reference.capitals and ctx.government(ent, reference):
            return ent, reference.capitals[actor_id], "metonymy"
        if kind == "person" and has_title(ent.doc, demonym_start(ent), titles):
            method = "title"
        if kind == "person" and len(ent) > 1:
            remember_surnames(ctx, ent, actor_id)  # "Faye" after "Bassirou Diomaye Faye"
        return ent, actor_id, method
    if ent.label_ == FORMAL:  # "la République du Sénégal"
        return ent, ent.id_, "alias"
    if ent.label_ == FACILITY:  # "le lac Tchad"
        return ent, slugify(ent.text), "name"
    if ent.label_ == ACRONYM:  # an organisation the article defines: `Name (ACR)`, then `ACR`
        actor_id = ctx.acronyms.get(ent.text) or slugify(ent.text)
        return ent, actor_id, "acronym" if ent.text in ctx.acronyms else "name"
    if ent.label_ == "ORG" and is_organisation_name(ent := before_finite_verb(without_dates(ent))):
        if state_body(ent, reference) or in_a_portfolio(ent):
            return None  # "l'Assemblée législative de transition": a state's body in common nouns is no mention;
            # "ministère des Affaires étrangères et de la Communauté nationale à l'étranger": a portfolio's words
        return ent, slugify(ent.text), "name"  # "l'Organisation internationale de la Francophonie"
    if ent.label_ not in ("PER", TITLED):
        return None  # unlisted places, and names the model calls organisations without an organisation's noun
    found = person_span(ent, titles)
    if found is None:
        return None
    span, titled = found
    if all(t.lower_ in OFFICE_WORDS or t.lower_ in titles or t.lower_ in NAME_PARTICLES or t.is_punct for t in span):
        return None  # "le Premier ministre, Chef du Gouvernement, le Général X": an office the press capitalises
    titled = titled or ent.label_ == TITLED
    method = "title" if titled else "ner"
    last = span[-1].text
    if len(span) == 1 and (ids := surname_ids(span.text, reference)):
        known = sorted((ctx.people[a], a) for a in ids if a in ctx.people)
        if known:
            return span, known[-1][1], method if titled else "surname"
    if len(span) == 1 and span.text.casefold() in ctx.surnames:
        return span, ctx.surnames[span.text.casefold()], method if titled else "surname"
    if not titled:
        span = past_common_words(span, reference)
        if span is None:
            return None
    actor_id = slugify(span.text)
    if not actor_id:
        return None
    if len(span) > 2 and (known := fuller_name_of(actor_id, reference)):
        actor_id = known  # "Bassirou Diomaye Diakhar Faye" is the Bassirou Diomaye Faye of the table
    if len(span) > 1:
        remember_surnames(ctx, span, actor_id)
    return span, actor_id, method


def remember_surnames(ctx: Context, name: Span, actor_id: str) -> None:
    """The words a later `M. X` calls a person named in full by: the last (`surname_word`) and, when it is glued
    to the name word before it, the double surname (`Ouédraogo-Zerbo` of `Awa Ouédraogo-Zerbo`)."""
    ctx.surnames[surname_word(name).casefold()] = actor_id
    last = name[-1].i
    if name.start < (k := glued_start(name.doc, last, set())) < last:
        ctx.surnames[name.doc[k:last + 1].text.casefold()] = actor_id


GENERATIONS = {"jr", "jr.", "junior", "sr", "sr.", "senior", "ii", "iii", "iv"}  # after a surname: "Michael McCabe Jr"


def surname_word(name: Span) -> str:
    """The word a later `M. X` calls a person by: the name's last, before a generation suffix (`McCabe` of
    `Michael McCabe Jr`)."""
    words = [t.text for t in name if not t.is_punct]
    while len(words) > 2 and words[-1].casefold() in GENERATIONS:
        words.pop()
    return words[-1] if words else name[-1].text


def other_bearer(ent: Span, ids: list[str], reference: Reference) -> Span | None:
    """The name `ent` opens when a surname the table knows is followed by one or two name words that belong to
    none of the people bearing it (`Chen Guowei` beside the table's Chen Zhihong; not `Bazoum Mohamed`, his own
    first name after his surname), else None: another person of that surname, named in full."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 2 and is_name_word(doc[end]) and doc[end - 1].whitespace_ \
            and doc[end].lower_ not in reference.titles and doc[end].ent_type_ not in ("LOC", "ORG"):
        end += 1
    if end == ent.end:
        return None
    own = {w.casefold() for a in ids for w in re.findall(r"[\w'’-]+", reference.by_id.get(a, {}).get("name", ""))}
    if any(t.text.casefold() in own for t in doc[ent.end:end]):
        return None
    return doc[ent.start:end]


def fuller_name_of(slug: str, reference: Reference) -> str | None:
    """The one person of the table whose name the longer name `slug` holds word for word in order,
    with the same first and last word (a middle name the table leaves out), else None."""
    words = slug.split("-")
    found = []
    for actor_id, known in people_by_last_word(reference).get(words[-1], ()):
        it = iter(words)
        if len(known) >= 2 and known[0] == words[0] and all(w in it for w in known):  # first name kept, middle added
            found.append(actor_id)
    return found[0] if len(set(found)) == 1 else None


@lru_cache(maxsize=4)
def people_by_last_word(reference: Reference) -> dict[str, list[tuple[str, list[str]]]]:
    """Last word of each person's slugged name → (actor_id, the name's slugged words)."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for actor_id, row in reference.by_id.items():
        if row["actor_kind"] == "person" and (words := slugify(row["name"]).split("-")) and words[0]:
            out.setdefault(words[-1], []).append((actor_id, words))
    return out


def is_name_word(tok) -> bool:
    """A capitalised word that can be part of a person's name (`Ouédraogo-Zoundi`, `TRAORE`, `Ag`): not a
    function word, which the tagger's part of speech and spaCy's French stop words tell together (the
    tagger calls some first names determiners: `la chercheuse malienne Awa Sanogo`)."""
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text.strip("-")) and tok.pos_ != "PUNCT" and not (
        tok.pos_ in ("DET", "ADP", "PRON", "CCONJ", "SCONJ") and tok.lower_ in STOP_WORDS)


def past_adjectives(doc: Doc, k: int, i: int) -> int:
    """Where the words before a name start once up to two lowercase adjectives are skipped."""
    while k > 1 and k > i - 2 and doc[k - 1].pos_ == "ADJ" and doc[k - 1].text.islower():
        k -= 1
    return k


FIELD_LINKS = {"en", "de", "d'", "d’"}  # "le consultant en cybersécurité", "le professeur de droit"


def past_field(doc: Doc, k: int) -> int:
    """Where the words before a name start once a short lowercase complement of field is skipped
    ("le consultant en cybersécurité Issaka Compaoré", "la professeure de droit public …"): a link word
    then one to three lowercase nouns and adjectives; `k` itself when there is none."""
    for width in (1, 2, 3):
        j = k - width - 1
        if j < 1:
            break
        words = doc[j + 1:k]
        if doc[j].lower_ in FIELD_LINKS and all(t.text.isalpha() and t.text.islower() and t.pos_ in ("NOUN", "ADJ")
                                                 for t in words):
            # not an office's own name ("le ministre de la Défense X", "le président de sa Commission, X")
            return j
    return k


def name_end(doc: Doc, i: int, covered: set[int]) -> int:
    """End of the name that starts at token i: capitalised words, the particles between them and the hyphens
    that join them."""
    end = i
    while end < len(doc) and end not in covered and (is_name_word(doc[end]) or end > i and joins_names(doc, end) or (
            doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and is_name_word(doc[end + 1]))):
        end += 1  # (over the hyphens the tokenizer splits off inside a name: `Al-Bir Charity`)
    return end


def national_noun(doc: Doc, start: int | None) -> bool:
    """Whether a demonym starting at token `start` is a capitalised noun after a singular definite article,
    which introduces a person as a title does: `le Tchadien Abderahim Bireme Hamid`, `la Nigérienne X`."""
    return start is not None and start > 0 and doc[start].text[:1].isupper() \
        and doc[start - 1].lower_ in ("le", "la", "l'", "l’")


def titled_names(doc: Doc, titles: set[str]) -> list[Span]:
    """Capitalised words right after a title, possibly past a demonym or an adjective, or after a demonym used as
    a noun (`national_noun`), that no entity covers: "le Premier ministre sénégalais Ousmane Sonko" → "Ousmane
    Sonko"."""
    # the statistical NER often calls a name with ï, è or a hyphen a place: a title overrides it
    covered = {i for e in doc.ents if e.ent_id_ or e.label_ == "PER" for i in range(e.start, e.end)}
    demonym_end = {e.end: e.start for e in doc.ents if e.ent_id_.startswith("demonym:")}
    spans = []
    for i in range(1, len(doc)):
        if i in covered or not is_name_word(doc[i]):
            continue
        if is_name_word(doc[i - 1]) and i - 1 not in covered and not has_title(doc, i, titles):
            continue  # not the first word of the name ("Colonel-Major ABDRAMANE": "Major" ends the title)
        k = past_adjectives(doc, demonym_end.get(i, i), i)  # "le chef de la diplomatie gabonaise Régis …"
        if not has_title(doc, demonym_end.get(k, k), titles) and not has_title(doc, demonym_end.get(i, i), titles) \
                and not has_title(doc, past_field(doc, k), titles) and not national_noun(doc, demonym_end.get(i)):
            continue  # (the tagger calls some titles adjectives: "la chercheuse malienne Awa Sanogo")
        spans.append(Span(doc, i, name_end(doc, i, covered), label=TITLED))
    return spans


ACRONYM = TITLED.replace("PER", "ORG")
FACILITY = TITLED.replace("PER", "FAC")  # label of a named facility that is a place (`facility_names`)
FORMAL = TITLED.replace("PER", "STATE")  # label of a state named with its formal title (`named_after_a_state`)


def is_acronym(text: str) -> bool:
    letters = text.replace("-", "")
    return 2 <= len(letters) <= 9 and letters.isalpha() and sum(c.isupper() for c in letters) >= len(letters) - 1


def initials_match(acronym: str, words: list[str]) -> bool:
    """Whether the acronym's letters are, in order, initials of the name's words (first included)."""
    letters = [c for c in unaccented_lower(acronym) if c.isalpha()]  # "AEEM" of "… des élèves et étudiants …"
    initials = [unaccented_lower(w[0]) for w in words if w[:1].isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


NAME_LINKS = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "en", "à", "au", "aux", "pour", "sur"}


def syllables_match(acronym: str, words: list[str]) -> bool:
    """Whether a word-like acronym (`Ascoma`, `Sonidep`) is made, in order, of the first letters of the name's words
    (one to four of each, the first word's included, two words or more): Association des consommateurs du Mali.
    West African press writes these in title case, as words, where initials would be capitals (`CSC`)."""
    letters = unaccented_lower(acronym)
    parts = [unaccented_lower(w) for w in words]

    @lru_cache(maxsize=None)
    def fits(i: int, j: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2
        if j == len(parts):
            return False
        taken = any(letters.startswith(parts[j][:n], i) and fits(i + n, j + 1, used + 1)
                    for n in range(min(4, len(parts[j])), 0, -1))
        return taken or (j > 0 and fits(i, j + 1, used))
    return len(letters) >= 4 and bool(parts) and fits(0, 0, 0)


def unaccented(text: str) -> str:
    """`text` without its accents, every other character kept."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def unaccented_lower(text: str) -> str:
    return "".join(c for c in unaccented(text.lower()) if c.isalpha())


COURTS = {"cour", "tribunal"}
COURT_LINKS = {"de", "du", "des", "d'", "d’"}


def court_names(doc: Doc) -> list[Span]:
    """A court named by its full name, that no ruler knows: `Cour`/`tribunal`, the words of its jurisdiction
    and its seat or organisation (`le tribunal de commerce de Bamako`, `la Cour de justice de la Cedeao`, `la
    Cour de répression des infractions économiques et du terrorisme`, `la Haute Cour fédérale du Nigeria`). A
    court in lower case is a name only with its seat or organisation (`le tribunal militaire` is none). The
    place or organisation inside the name is no mention of its own (as the guidelines want)."""
    spans, i = [], 0
    while i < len(doc):
        t = doc[i]
        if t.lower_ not in COURTS or t.ent_id_:
            i += 1
            continue
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "haute" else i
        j, proper = i + 1, False
        while j < len(doc) and j - i < 16:
            w = doc[j]
            if w.lower_ in COURT_LINKS or w.lower_ in ("la", "l'", "l’") and doc[j - 1].lower_ == "de" or (
                    w.lower_ == "et" and j + 1 < len(doc) and doc[j + 1].lower_ in COURT_LINKS and not proper):
                j += 1
                continue
            if not (w.is_alpha or "-" in w.text.strip("-")) or w.lower_ in NOT_NAMES or w.pos_ in ("VERB", "AUX"):
                break
            if w.text[:1].isupper():
                proper = True
            elif proper or w.pos_ not in ("ADJ", "NOUN"):
                break  # "… de la Cedeao saisie par …": the name ended with its organisation
            j += 1
        while j > i + 1 and (doc[j - 1].lower_ in NAME_LINKS):
            j -= 1
        if j > i + 1 and (proper or t.text[:1].isupper() and doc[j - 1].lower_ not in NAME_LINKS):
            spans.append(Span(doc, start, j, label=ACRONYM))
        i = max(j, i + 1)
    return spans


# the organisation nouns that open a name holding a place: not a court's (`court_names` reads those), nor `Ordre`,
# whose name is its body's (`l'Ordre du Barreau du Burkina Faso` is the Barreau's), nor a parliament (its state's),
# a forum (an event) or `Parti`, which opens a sentence as a participle more often than a party's name (`Parti de
# Kaya, le convoi …`)
PLACE_NAMED_HEADS = ORGANISATION_NOUNS - COURTS - {"ordre", "parlement", "forum", "parti"} | {"conférence"}
# ("la Conférence épiscopale du Togo"; not a conference alone: "la Conférence des chefs d'Etat" is an organisation's organ)
PLACE_NAMED_UNACCENTED = {unaccented_lower(w) for w in PLACE_NAMED_HEADS}


def place_named_orgs(doc: Doc, reference) -> list[Span]:
    """An organisation whose name holds a place or a nationality that the rulers took alone: a capitalised
    organisation's noun and its complement up to and past that place (`le Barreau du Burkina Faso`, `la Maison de la
    presse du Mali`, `le Fonds saoudien pour le développement`, `le Conseil danois pour les réfugiés`, `la Maison
    russe`). The place inside the name is no mention of its own (as the guidelines want); a state's own body (`la
    Gendarmerie nationale du Niger`, `state_bodies.csv`) is left to the state."""
    places = {}
    for e in doc.ents:
        if ruler_id(e) and all(reference.kind(a) in ("place", "state") or a in reference.capitals
                               for _, a in candidates(e)):
            places[e.start] = e.end
    spans, i = [], 0
    while i < len(doc):
        t = doc[i]
        if unaccented_lower(t.text) not in PLACE_NAMED_UNACCENTED or not t.text[:1].isupper() or t.ent_id_:
            # ("Ecole", "Academie": a capital often drops its accent)
            i += 1
            continue
        j, last_place, second = i + 1, None, False
        while j < len(doc) and j - i < 14:
            w = doc[j]
            if j in places:
                if doc[j - 1].lower_ in ("à", "au", "aux", "en", "sur", "pour"):
                    break  # "la Commission à Abuja": where the body sits, no part of its name
                if last_place is not None and not (doc[last_place - 1].text[:1].islower() and doc[j - 1].lower_ in (
                        "de", "d'", "d’")):  # "le Conseil danois … du Mali": a second place leaves the name to the other
                    second = True  # finders, as before; not after a nationality: "la Maison russe de Bamako" is its name
                    break
                j = places[j]
                last_place = j
                continue
            if w.lower_ in NAME_LINKS or w.text == "-" and not w.whitespace_ and not doc[j - 1].whitespace_:
                j += 1
                continue
            if j == last_place:  # "la Maison russe accueille": past its place, a name goes on only by `de`, `pour` …
                break
            if not w.is_alpha or w.lower_ in NOT_NAMES or w.pos_ in ("VERB", "AUX") or w.ent_id_ \
                    or w.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
            j += 1
        while j > i + 1 and doc[j - 1].lower_ in NAME_LINKS:
            j -= 1
        longer = any(e.label_ == "ORG" and e.start <= i < e.end and e.end > j for e in doc.ents) or (
            j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in COURT_LINKS)
        # ("l'Autorité malienne de régulation des télécommunications, des TIC et des postes": a name listed over commas)
        if last_place is not None and last_place <= j and not longer and not second:
            span = Span(doc, i, j, label=ACRONYM)  # (the model's longer name, where it has one, stands)
            if not state_body(span, reference):
                spans.append(span)
        i = max(j, i + 1)
    return spans


def defined_acronyms(doc: Doc) -> list[tuple[Span, Span]]:
    """(full name, acronym) of each organisation a text defines as `Name (ACRONYM)` that no
    ruler knows: `le Conseil supérieur de la communication (CSC)`."""
    out = []
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc):
            continue
        close = t.i + 2 if doc[t.i + 2].text == ")" else t.i + 4 if hyphenated(doc, t.i + 1) else None
        if close is None:
            continue
        word = doc[t.i + 1].text
        syllabic = close == t.i + 2 and not is_acronym(word) and word.isalpha() and word[:1].isupper() \
            and word[1:].islower()
        if not (is_acronym(word) or syllabic):
            continue
        acr = doc[t.i + 1:close]  # "(CGT-B)": the acronym of its first part and a suffix (a country's initial)
        if any(e.start < acr.end and acr.start < e.end and e.ent_id_ for e in doc.ents):
            continue
        capitals = "".join(c for c in acr.text if c.isupper())  # "CoLDEFF": the initials are its capitals
        names = []
        for listing in (False, True):
            # a name whose words list several things (`… économique, financière et fiscale (CoLDEFF)`,
            # `… des télécommunications/TIC et des postes (AMRTP)`) is read across its commas only when no name
            # stops before them
            k = t.i
            while k > max(0, t.i - (16 if listing else 12)) and (
                    not doc[k - 1].is_punct and doc[k - 1].pos_ not in ("VERB", "AUX", "PRON")
                    or doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and k > 1 and not doc[k - 2].whitespace_
                    or listing and doc[k - 1].text in (",", "/", "&")
                    and (doc[k - 1].text != "," or doc[k].text[:1].islower())):
                k -= 1  # (past the hyphen of "corridor Lomé-Ouagadougou")
            for start in range(k, t.i):  # the longest capitalised name whose initials give the acronym
                name = doc[start:t.i]
                words = [w.text for w in name if w.text[:1].isupper() or w.lower_ not in NAME_LINKS]
                if doc[start].text[:1].isupper() and (syllables_match(acr.text, words) if syllabic else (
                        initials_match(acr[0].text, words)
                        or len(acr) > 1 and initials_match(acr.text.replace("-", ""), words)
                        or len(capitals) >= 2 and capitals != acr.text and initials_match(capitals, words))):
                    names.append(name)
            if names or syllabic:
                break
        if names:  # one opening with an organisation's noun first ("Chercheur au Centre d'études …": the centre)
            out.append((next((n for n in names if n[0].lower_ in ORGANISATION_NOUNS), names[0]), acr))
    return out


def hyphenated(doc: Doc, i: int) -> bool:
    """Whether doc[i:i + 3] is one hyphenated acronym written without spaces and closed by `)` (`CGT-B`,
    `AMF-UMOA`), which the tokenizer splits in three."""
    return i + 3 < len(doc) and doc[i + 1].text == "-" and doc[i + 3].text == ")" and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper() and doc[i + 2].text.isalnum()


def acronym_spans(doc: Doc, acronyms: dict[str, str], taken: set[int]) -> list[Span]:
    """Each use of an acronym the article defined or the data knows (`ctx.acronyms`), one token or a hyphenated
    three (`CGT-B`), outside `taken`."""
    spans = []
    for t in doc:
        if t.i in taken:
            continue
        if t.text in acronyms:
            spans.append(Span(doc, t.i, t.i + 1, label=ACRONYM))
        elif t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and not doc[t.i + 1].whitespace_ \
                and f"{t.text}-{doc[t.i + 2].text}" in acronyms and not {t.i + 1, t.i + 2} & taken:
            spans.append(Span(doc, t.i, t.i + 3, label=ACRONYM))
    return spans


KIND_NOUNS = {"ong", "société", "compagnie", "entreprise", "firme", "groupe", "cabinet", "agence", "quotidien",
              "journal", "hebdomadaire", "chaîne", "radio", "télévision", "site", "média", "banque", "fonds", "opérateur",
              "constructeur", "fabricant", "géant", "minier", "pétrolier", "mouvement", "association", "collectif",
              "coalition", "parti", "holding", "filiale", "start-up", "plateforme", "consortium", "syndicat"}


# the nouns of the press among them, after which a title keeps its article (`le quotidien La Sentinelle`)
PRESS_NOUNS = {"quotidien", "journal", "hebdomadaire", "bihebdomadaire", "mensuel", "magazine", "site", "radio", "chaîne",
               "télévision", "agence", "bimensuel", "périodique", "tabloïd", "média"}


# the nouns of firms among them, after which a capitalised article is the company's, not its name's
COMPANY_NOUNS = KIND_NOUNS - PRESS_NOUNS - {"ong", "mouvement", "association", "collectif", "coalition", "parti",
                                            "syndicat", "plateforme"}


# Sector adjectives between a noun of organisation and its name (`la compagnie minière canadienne X`)
SECTORS = {"minier", "minière", "miniers", "minières", "pétrolier", "pétrolière", "aurifère", "gazier", "gazière",
           "privé", "privée", "public", "publique", "énergétique", "agroalimentaire", "pharmaceutique", "financier",
           "financière", "bancaire", "industriel", "industrielle", "chimique", "logistique", "aérienne", "maritime",
           # a paper's kind (`l'hebdomadaire satirique X`, `le quotidien indépendant Y`)
           "satirique", "indépendant", "indépendante", "gouvernemental", "gouvernementale", "officiel", "officielle",
           "national", "nationale", "régional", "régionale", "panafricain", "panafricaine", "généraliste",
           "économique", "culturel", "culturelle", "confessionnel", "confessionnelle", "communautaire"}


# Nouns that, followed by a proper name, make one named institution or facility with it
# (`l'université Abdou-Moumouni`, `le lac Tchad`): organisations, and the facilities that are places.
# Those of FACILITIES_OF_PLACES also take a place after `de` as their name (`l'université de Ségou`,
# `le Port autonome de Lomé`); the person or place a facility is named after is no mention of its own.
FACILITY_NOUNS = {"université": "organization", "institut": "organization", "école": "organization",
                  "lycée": "organization", "hôpital": "organization", "centre": "organization",
                  "fondation": "organization", "aéroport": "place", "lac": "place", "stade": "place",
                  "barrage": "place"}
FACILITIES_OF_PLACES = {"université", "port autonome"}


FORMAL_STATE = re.compile(r"(?:République|Royaume|Principauté|Emirat|Émirat|Sultanat)"
                          r"((?: (?!d[eu]s? |d['’])[a-zéèêô-]+){0,4}) (?:du |de la |de l['’]|d['’]|de |des )?$")


def named_after_a_state(doc: Doc, reference: Reference) -> list[Span]:
    """A state named with its formal title (`la République du Sénégal`, `le Royaume du Maroc`) is one
    mention of the state; a capitalised word that no entity holds right before a state's name makes
    them one organisation's name (`Air Algérie`, `Caritas Mali`, `Sky Mali`), not a mention of the state, and so
    does a company the reference knows (`Huawei Niger`, its branch there)."""
    spans = []
    for e in doc.ents:
        found = candidates(e)
        if not found or reference.kind(found[0][1]) != "state" or found[0][0] not in ("name", "alias"):
            continue
        head = doc.text[max(0, e.start_char - 80):e.start_char]
        formal = FORMAL_STATE.search(head)
        if formal and not set(formal.group(1).split()) & STOP_WORDS:  # "la République islamique d'Iran"
            first = doc.char_span(e.start_char - len(formal.group()), e.start_char, alignment_mode="expand")
            if first is not None:
                spans.append(Span(doc, first.start, e.end, label=FORMAL, span_id=found[0][1]))
            continue
        k = e.start - 1
        company = k >= e.sent.start and doc[k].ent_id_ and doc[k].ent_iob_ == "B" and e.start == k + 1 \
            and (known := candidates(Span(doc, k, k + 1))) and reference.kind(known[0][1]) == "organization"
        if company and doc[k].whitespace_ and is_name_word(doc[k]):
            spans.append(Span(doc, k, e.end, label=ACRONYM))  # "Huawei Niger", "Tunisair Niger": a known company's
            continue  # branch in that state, by the name of both
        if k > e.sent.start and is_name_word(doc[k]) and not doc[k].ent_id_ and doc[k].ent_type_ != "PER" \
                and doc[k].whitespace_ and not doc[k].text.isupper() and doc[k - 1].text not in ("«", '"', "“", ":"):
            spans.append(Span(doc, k, e.end, label=ACRONYM))
    return spans


def joins_names(doc: Doc, k: int) -> bool:
    """Whether token k is what the tokenizer split off inside a name, before a name word glued to it: a hyphen or a
    slash between two name words (`Sidibé-Kaboré`, `Joseph-Ki-Zerbo`, `Ouédraogo/Zongo`), no space on either side,
    or a capitalised elision that opens a surname (`Kouassi Yao N'Guessan`, `N'Diaye`; `N'est` is lowercase after)."""
    if not 0 < k < len(doc) - 1 or doc[k].whitespace_ or not is_name_word(doc[k + 1]):
        return False
    if doc[k].text in ("-", "/"):
        return not doc[k - 1].whitespace_
    return len(doc[k].text) == 2 and doc[k].text[0].isupper() and doc[k].text[1] in "'’"


def glued_start(doc: Doc, i: int, titles: set[str]) -> int:
    """Where a person's name that starts at token i starts once the name words glued before it are taken in: the
    first part of a double surname or first name (`M. Ouédraogo-Zerbo`, whose `Zerbo` names her; `Jean-Baptiste`)."""
    while i > 1 and joins_names(doc, i - 1) and is_name_word(doc[i - 2]) and doc[i - 2].lower_ not in titles:
        i -= 2
    return i


def glued_name_end(doc: Doc, i: int) -> int:
    """End of the proper name that starts at token i: capitalised words, with the hyphens and
    elisions the tokenizer splits off (`Joseph-Ki-Zerbo`, `Abomey-Calavi`, `N'Djamena`)."""
    end = i
    while end < len(doc):
        t = doc[end]
        if is_name_word(t) and not t.like_num or end > i and joins_names(doc, end) \
                or t.text[:1].isupper() and t.text.endswith(("'", "’")) and not t.whitespace_ \
                and end + 1 < len(doc) and is_name_word(doc[end + 1]):
            end += 1
            continue
        break
    while end > i and doc[end - 1].text == "-":
        end -= 1
    return end


def facility_names(doc: Doc) -> list[Span]:
    """Named institutions and facilities: a noun of `FACILITY_NOUNS` (past up to two lowercase
    qualifiers: `le Centre culturel franco-nigérien Jean Rouch`) and the proper name after it, as one
    span labelled with its kind; the names inside it (a person, a state) are no mentions of their own.
    An acronym alone after the noun is the name by itself (`la fondation SETA`)."""
    spans = []
    for t in doc:
        head = t.lower_
        k = t.i + 1
        if head == "port" and k < len(doc) and doc[k].lower_ == "autonome":
            head, k = "port autonome", k + 1
        if head not in FACILITY_NOUNS and head != "port autonome":
            continue
        q = k
        while q < len(doc) and q - k < 2 and doc[q].text.islower() and doc[q].is_alpha | ("-" in doc[q].text) \
                and doc[q].pos_ in ("ADJ", "NOUN", "PROPN"):
            q += 1  # "culturel franco-nigérien", "fédérale"
        end = glued_name_end(doc, q) if q < len(doc) else q
        if end == q and head in FACILITIES_OF_PLACES and q + 1 < len(doc) and doc[q].lower_ in ("de", "d'", "d’"):
            end = glued_name_end(doc, q + 1)  # "l'université de Ségou"
            end = end if end > q + 1 else q
        if end > q and not (end - q == 1 and doc[q].text.isupper()):  # "la fondation SETA": the acronym is its name
            kind = FACILITY_NOUNS.get(head, "organization")
            spans.append(Span(doc, t.i, end, label=FACILITY if kind == "place" else ACRONYM))
    return spans


def after_a_kind_noun(doc: Doc, i: int, first_names: dict[str, str] | None = None) -> bool:
    """Whether the name at token `i` follows a lowercase noun of organisation, past a demonym or adjective
    (`la compagnie chinoise …`, `l'ONG …`). Given `first_names`, not a person's name after a medium the words were
    said to (`témoigne dans le quotidien Seydou Coulibaly`, `confie à la radio Awa Traoré`): a known first name and
    another name word after a press noun that a preposition of channel introduces."""
    if first_names is not None and i + 1 < len(doc) and doc[i].text.casefold() in first_names \
            and is_name_word(doc[i + 1]) and i >= 2 and doc[i - 1].lower_ in PRESS_NOUNS and (
            doc[i - 2].lower_ in ("au", "aux") or doc[i - 2].lower_ in ("le", "la", "l'", "l’", "les")
            and i >= 3 and doc[i - 3].lower_ in ("à", "dans", "sur")):
        return False
    k = i
    while k > 1 and i - k < 3 and doc[k - 1].text.islower() and (
            doc[k - 1].pos_ == "ADJ" or doc[k - 1].ent_id_.startswith("demonym:") or doc[k - 1].lower_ in SECTORS):
        k -= 1  # the small model tags some demonyms and sector adjectives as verbs or nouns (`minière canadienne`)
    if k > 2 and doc[k - 1].text.islower() and doc[k - 2].lower_ in ("d'", "d’", "de") and doc[k - 3].lower_ in PRESS_NOUNS:
        k -= 2  # "le site d'investigation X", "l'agence de presse Y": the press noun's own complement
    return k > 0 and doc[k - 1].lower_ in KIND_NOUNS and (not doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ == "ong")


def press_titles(doc: Doc, taken: set[int]) -> list[Span]:
    """A title with its article right after a noun of the press (`le quotidien La Sentinelle`, `l'hebdomadaire Le
    Calame`, `le quotidien privé L'Horizon`) that no entity covers: the paper, its article part of its name."""
    spans = []
    for i in range(1, len(doc) - 1):
        if doc[i].text not in TITLE_ARTICLES or i in taken or i + 1 in taken or not is_name_word(doc[i + 1]) \
                or not after_a_kind_noun(doc, i):
            continue
        k = i  # the kind noun before the title is a press noun (not "la société Le Nickel": a company's own article)
        while k > 0 and doc[k - 1].lower_ not in KIND_NOUNS:
            k -= 1
        if k > 0 and doc[k - 1].lower_ in PRESS_NOUNS:
            end = name_end(doc, i + 1, taken - held([e for e in doc.ents if e.start > i], ()))
            # (over a place the title names: `L'Eveil du Sahel`, `Le Républicain du Niger`)
            while end > i + 2 and doc[end - 1].lower_ in NAME_PARTICLES:
                end -= 1
            spans.append(Span(doc, i, end, label=ACRONYM))
    return spans


# nouns before `du Monde`, `du Pays` that make them no outlet's name (`la Coupe du Monde`, `le Tour du Monde`)
LINKS_AFTER = {"de", "du", "des", "d'", "d’"}  # (the name goes on: "au Pays des hommes intègres")
NOT_BEFORE_CONTRACTED = {"coupe", "tour", "championnat", "bout", "toit", "fin", "reste", "centre", "nord", "sud", "est",
                         "ouest", "cœur", "coeur", "président", "chef", "roi", "peuple", "pays"}


@lru_cache(maxsize=4)
def contracted_outlets(reference: Reference) -> dict[tuple[str, ...], str]:
    """The organisations whose names open with `Le` (`Le Monde`, `Le Pays`, `Le Républicain`), by the words after
    it: `du Monde`, `au Pays` contract the article, and the mention is the rest of the name (guidelines: 705). Not
    a rest that names a place or state too (`Sahel`)."""
    out = {}
    for actor_id, row in reference.by_id.items():
        name = row.get("name", "")
        if row.get("actor_kind") != "organization" or not name.startswith("Le "):
            continue
        rest = tuple(name[3:].split())
        if reference.kind(slugify(" ".join(rest))) in ("place", "state"):
            continue
        out[rest] = actor_id
    return out


def contracted_titles(doc: Doc, taken: set[int], reference: Reference) -> list[tuple[Span, str]]:
    """(span, actor id) of outlets named after a contracted article (`les journalistes du Monde`, `selon un
    éditorialiste du Pays`): the name's words after `du` or `au`, capitalised as the name is, where the name ends
    (not `au Pays des hommes intègres`, `du Point G`, `du Point triple`) and no noun before makes it a common
    phrase (`la Coupe du Monde`)."""
    known = contracted_outlets(reference)
    out = []
    for i in range(len(doc) - 1):
        if doc[i].lower_ not in ("du", "au") or i + 1 in taken or (i > 0 and doc[i - 1].lower_ in NOT_BEFORE_CONTRACTED):
            continue
        for rest, actor_id in known.items():
            end = i + 1 + len(rest)
            if end <= len(doc) and tuple(t.text for t in doc[i + 1:end]) == rest and not any(k in taken for k in range(
                    i + 1, end)) and (end == len(doc) or not (doc[end].lower_ in LINKS_AFTER or is_name_word(doc[end])
                                                     or doc[end].text[:1].isupper() or doc[end].pos_ == "ADJ" or doc[end].dep_ == "amod")):
                out.append((Span(doc, i + 1, end, label=ACRONYM), actor_id))
                break
    return out


# words after a company's name that give its legal form, not another body (`China North Industries Group Corporation`)
CORPORATE_FORMS = {"corporation", "corp", "group", "groupe", "company", "limited", "ltd", "inc", "sa", "sarl", "plc",
                   "holding", "holdings", "ag", "gmbh", "llc"}


def bodies_after_bodies(doc: Doc, reference: Reference) -> list[Span]:
    """A known organisation's name that one capitalised word follows with no punctuation between, the name ending
    there (`AES TV`, `Orange Money`, `OCP Africa`): the name of another body, a channel, a subsidiary or a service,
    whole (the rulers matched its first part only). Not a company's legal form (`… Corporation`), not a name after a
    medium the words went to (`a déclaré à Reuters Sadibou Marong`), nor a first name, a title, a date or a name
    the rulers know after it; not after the UN's name (`ONU Femmes` is the UN's own agency: GUIDELINES h28)."""
    spans = []
    for e in doc.ents:
        ids = [a for _, a in candidates(e)] if ruler_id(e) else []
        if not ids or reference.kind(ids[0]) != "organization" or ids[0] == "un" or e.end >= len(doc) \
                or e.start > 0 and doc[e.start - 1].lower_ in ("à", "au", "aux"):
            continue
        word = doc[e.end]
        if not (word.is_alpha and word.text[:1].isupper()) or word.ent_id_ or word.lower_ in CORPORATE_FORMS \
                or word.text.casefold() in reference.first_names or word.lower_ in reference.titles \
                or word.lower_ in MONTHS or word.lower_ in WEEKDAYS:
            continue
        after = doc[e.end + 1] if e.end + 1 < len(doc) else None
        if after is None or not (after.is_alpha and after.text[:1].isupper()) and after.text not in ("-", "'", "’"):
            spans.append(Span(doc, e.start, e.end + 1, label=ACRONYM))
    return spans


def kind_named_orgs(doc: Doc, taken: set[int], first_names: dict[str, str] | None = None) -> list[Span]:
    """Capitalised words right after a noun of organisation (past a demonym or adjective) that no
    entity covers: `l'ONG Alarme Phone Sahara`, `la compagnie chinoise Hengyuan Mining`."""
    spans = []
    for i in range(1, len(doc)):
        if i in taken or not is_name_word(doc[i]) or (is_name_word(doc[i - 1]) and i - 1 not in taken
                                                      and doc[i - 1].lower_ != "ong"):  # ("L'ONG Access Now": its name)
            continue
        if after_a_kind_noun(doc, i, first_names):
            spans.append(Span(doc, i, name_end(doc, i, taken), label=ACRONYM))
    return spans


# the last words of a company's name (`Kanaga Airlines`, `Sahel Crest Resources`, `Mali Lithium SA`): what makes
# capitalised words with no noun of organisation before them a company the table lacks
BUSINESS_WORDS = {"Logistique", "Logistics", "Mining", "Minerals", "Holding", "Holdings", "Construction", "Constructions",
                  "Engineering", "Transport", "Transports", "Energy", "Gold", "Resources", "Ressources", "Industries",
                  "Services", "Telecom", "Télécom", "Petroleum", "Oil", "Lithium", "Uranium", "Cement", "Ciments",
                  "Shipping", "Trading", "Corporation", "Company", "Airlines", "Airways", "Airports", "Motors", "Solar",
                  "Technologies", "Consulting", "Partners", "Investments", "SA", "SARL", "Sarl", "Ltd", "Limited",
                  "Inc", "Group", "Agro", "Pharma", "Logistic"}


def business_names(doc: Doc, found: list[Span], reference: Reference) -> list[Span]:
    """Capitalised words ending with a word of a company's name (`BUSINESS_WORDS`) that no name of a person or body
    the rulers know covers in part: an unlisted company, whole (`Atlas Sahel Logistique`, `Mali Lithium SA`, whose
    `Mali` and `Sahel` are no state of theirs; `Hubei Tianyuan Road and Bridge Engineering`, which the statistical
    model may call a person). The caller drops the entities inside it."""
    owner = {}
    for e in found:
        for i in range(e.start, e.end):
            owner.setdefault(i, e)
    out, i = [], 0
    while i < len(doc):
        if not is_name_word(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and (is_name_word(doc[end]) or doc[end].text in BUSINESS_WORDS or doc[end].like_num
                                  or doc[end].text in ("and", "&")
                                  and end + 1 < len(doc) and is_name_word(doc[end + 1])):
            end += 1
        while i < end and doc[i].lower_ in STOP_WORDS:
            i += 1  # "Comment Kawar Airlines a-t-elle …": a question word opening the sentence
        last = end  # (not "Sahel Mining Intelligence", a longer name other finders read; nor a headline in capitals)
        if last > i + 1 and doc[last - 1].text in BUSINESS_WORDS \
                and not all(t.is_upper for t in doc[i:last] if t.is_alpha):
            spans = {owner[k] for k in range(i, last) if k in owner}
            if all(e.start >= i and e.end <= last and e.label_ not in (TITLED, ACRONYM) and (
                    not ruler_id(e) or e.end - e.start < last - i and all(
                        reference.kind(a) in ("state", "place") for _, a in candidates(e))) for e in spans):
                out.append(Span(doc, i, last, label=ACRONYM))
        i = end
    return out


def introduced_organisations(ents, first_names: dict[str, str] | None = None) -> list[Span]:
    """The model's persons that a noun of organisation introduces (`la société australienne Oryx Lithium`,
    `le groupe minier Sahel Gold`), or that stand in brackets right after a person's name (`l'eurodéputée
    Claire Dumas (Renew Europe)`: the party or group the person sits for, whatever the model labelled it):
    organisations the table lacks, not people nor places. A name the rulers know keeps its id and kind."""
    ents = list(ents)
    return [Span(e.doc, e.start, e.end, label=ACRONYM) if not ruler_id(e) and (
        e.label_ == "PER" and after_a_kind_noun(e.doc, e.start, first_names)
        or e.label_ in ("PER", "LOC", "MISC") and affiliation(e, ents[k - 1] if k else None)) else e
        for k, e in enumerate(ents)]


def affiliation(ent: Span, before: Span | None) -> bool:
    """Whether `ent` is bracketed right after the person entity `before` (`X (Renew Europe)`)."""
    doc = ent.doc
    return before is not None and before.label_ in ("PER", TITLED) and before.end + 1 == ent.start \
        and doc[before.end].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"


TITLE_ARTICLES = {"Le", "La", "Les", "L'", "L’"}
CLOSERS = {"»", "”"}  # after these, a sentence may begin: the period of the quotation is inside it
SENTENCE_OPENERS = {"«", "“", "\"", "„", ":", "(", "-", "–", "—"}  # after these, `Le` opens a sentence or a quotation


def titles_over_places(doc: Doc, reference: Reference) -> list[Span]:
    """A place the table knows after a capitalised article inside a sentence is the title of a paper, not the
    place: French capitalises `Le` there only in a title (`A Niamey, Le Sahel salue …`, `Contacté par Le
    Sahel`). Opening a sentence, a quotation or a line it is the place (`« Le Sahel est devenu …`), unless it
    stands alone on its line (a masthead) or opens an interviewer's question (`Le Sahel : Comment …`). A place
    whose own name holds the article (`Le Caire`, `La Haye`) is the table's."""
    out = []
    for e in doc.ents:
        if e.start == 0 or not ruler_id(e) or doc[e.start - 1].text not in TITLE_ARTICLES:
            continue
        kinds = {reference.kind(a) for _, a in candidates(e)}
        if kinds != {"place"}:
            continue
        article = doc[e.start - 1]
        before = doc[article.i - 1] if article.i > 0 else None
        inside = before is not None and not before.is_space and before.text not in SENTENCE_OPENERS \
            and not ends_sentence([before])  # (whatever the parse says: it starts a sentence at `Le` after a demonym)
        after = doc[e.end] if e.end < len(doc) else None
        line_start = before is None or before.is_space and "\n" in before.text
        alone = line_start and (after is None or after.is_space and "\n" in after.text or after.text == ":")
        if inside or alone:
            out.append(Span(doc, article.i, e.end, label=ACRONYM))
    return out


def titles_in_sentences(doc: Doc, taken: set[int], reference: Reference) -> list[Span]:
    """A paper's title: a capitalised article inside a sentence before name words (`A Ouagadougou, Le Faso Matin
    préfère …`, `Dans Le Quotidien des Hauts-Plateaux, …`; French capitalises `Le` there only in a title), or alone
    with its name on a line (a masthead under the date line); and a title the table knows run on by a place or name
    after `de` (`L'Aube du Mandé`, not the table's `L'Aube`). A name whose own article the table knows (`La Haye`),
    a known body or person, and the start of a sentence or quotation are not titles."""
    out = []
    known = {e.start: e for e in doc.ents if ruler_id(e)}
    taken = taken - {i for e in known.values() for i in range(e.start, e.end)}  # (a title may run over a name)
    for i in range(len(doc) - 1):
        if doc[i].text not in TITLE_ARTICLES or not is_name_word(doc[i + 1]) or i in taken or i + 1 in taken \
                or doc[i + 1].text.isupper():  # (a line in capitals: `LE NUCLÉAIRE À L'HORIZON 2035`)
            continue
        own = known.get(i)  # the table's name with its article (`L'Aube`, `Le Caire`)
        if own is not None and any(reference.kind(a) != "organization" for _, a in candidates(own)):
            continue
        end = name_end(doc, i + 1, taken - held([e for e in doc.ents if e.start > i], ()))
        while end > i + 2 and doc[end - 1].lower_ in NAME_PARTICLES:
            end -= 1
        if own is not None:
            if end > own.end and doc[own.end].lower_ in NAME_PARTICLES | {"d'", "d’"}:
                out.append(Span(doc, i, end, label=ACRONYM))
            continue
        if (known.get(i + 1) is not None and end <= known[i + 1].end
                and any(reference.kind(a) != "place" for _, a in candidates(known[i + 1]))):
            continue  # `Le Monde` read as the table's body after its article, a person the table knows
        before = doc[i - 1] if i > 0 else None
        inside = before is not None and not before.is_space and before.text not in SENTENCE_OPENERS | CLOSERS \
            and not ends_sentence([before]) and before.lower_ not in COMPANY_NOUNS.union(FACILITY_NOUNS) \
            and not (before.text == "Par" and (i == 1 or "\n" in doc[i - 2].text))  # (a school's or a company's
        # name, whose article is not the name's: `la société La Mancha Resources`; a byline)
        after = doc[end] if end < len(doc) else None
        alone = (before is None or before.is_space and "\n" in before.text) \
            and (after is None or after.is_space and "\n" in after.text)
        if inside or alone:
            out.append(Span(doc, i, end, label=ACRONYM))
    return out


def argument_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Two or three capitalised proper nouns that no entity covers and that act as a clause's
    subject, agent or apposition: a person's name the statistical model missed (`Au centre de
    transit, Hadiza Moussa a enregistré …`)."""
    spans = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and is_name_word(doc[end]) \
                and not doc[end].text.isupper():
            end += 1
        if 2 <= end - i <= 3 and doc[i].lower_ not in ORGANISATION_NOUNS | KIND_NOUNS and i not in taken:
            root = max(doc[i:end], key=lambda t: t.head.i < i or t.head.i >= end)
            if root.dep_ in ("nsubj", "nsubj:pass", "appos", "obl:agent"):
                spans.append(Span(doc, i, end, label="PER"))
        i = max(end, i + 1)
    return spans


def personal_name(ent: Span, first_names: dict[str, str]) -> bool:
    """An entity the model calls an organisation that is a person's name: a known first name then one to
    three name words and nothing else (`À Kaya, Rasmata Sawadogo, qui coordonne …`), not an organisation
    named after someone (`Fondation Moussa Traoré` starts with its noun) nor one with an acronym (`Salem TV`)."""
    return 2 <= len(ent) <= 4 and ent[0].text.casefold() in first_names and not ent[0].text.isupper() \
        and all(is_name_word(t) and (not t.text.isupper() or len(t) > 3) for t in ent[1:]) \
        and not is_organisation_name(ent)


def first_named(doc: Doc, taken: set[int], first_names: dict[str, str], titles: set[str]) -> list[Span]:
    """A known first name (`data/first_names.csv`) followed by capitalised name words, that no
    entity covers: a person's name the statistical model missed or took for a place
    (`Hadiza Moussa a enregistré …`, `Boubacar Sidibé, enseignant, …`)."""
    spans = []
    for t in doc:
        if t.i in taken or t.text.casefold() not in first_names or not is_name_word(t) or t.text.isupper():
            continue
        if t.i > 0 and is_name_word(doc[t.i - 1]) and doc[t.i - 1].lower_ not in titles:
            continue  # inside a longer name (`Université Abdou Moumouni`, `Wendkouni Aristide KABORE`)
        end = name_end(doc, t.i, taken)
        if end - t.i >= 2:
            spans.append(Span(doc, t.i, end, label="PER"))
    return spans


def past_a_medium(ents, first_names: dict[str, str], titles: set[str]) -> list[Span]:
    """The model's persons without the medium it ran into their name after `à`, `au`, `sur` (`a confié à
    Sahelinfo Ousmane Barry Diallo`): a first word that is no first name nor title, before a known first name."""
    out = []
    for e in ents:
        doc = e.doc
        if e.label_ == "PER" and len(e) >= 3 and e.start > 0 and doc[e.start - 1].lower_ in ("à", "au", "sur", "auprès") \
                and doc[e.start + 1].text.casefold() in first_names \
                and e[0].text.casefold() not in first_names and e[0].lower_ not in titles:
            e = Span(doc, e.start + 1, e.end, label="PER")
        out.append(e)
    return out


# nouns of a place whose name follows after `de` (`la commune d'Iferouane`, `le site de déplacés de Koulpissi`)
PLACE_NOUNS = {"commune", "village", "villages", "localité", "ville", "site", "région", "département", "province",
               "cercle", "préfecture", "camp", "quartier", "secteur", "zone", "environs", "route", "axe", "marché",
               "mine", "frontière", "oasis", "vallée", "plaine", "forêt", "massif", "poste", "garnison", "hameau"}


def places_after_a(ents, first_names: dict[str, str], titles: set[str]) -> list[Span]:
    """The model's one-word persons that stand where a place stands: after `à`, `depuis` or `vers` (`à Iferouane`), after
    `de` and a noun of place (`la commune de X`), or after the `A` a sentence opens with and before its comma
    (`A Koumbia, X résume …`), when the rulers do not know the word and it is no first name nor title: places
    (named, with their own id), not people."""
    out = []
    for e in ents:
        doc = e.doc
        if e.label_ == "PER" and len(e) == 2 and e[0].text in ("A", "À") and not ruler_id(e):
            e = Span(doc, e.start + 1, e.end, label="PER")  # "A Pensa, X …": the model ran the `A` into the name
        before = doc[e.start - 1] if e.start > 0 else None
        opening = before is not None and before.text in ("A", "À") and (before.i == 0 or before.is_sent_start
                                                                      or doc[before.i - 1].is_space) \
            and e.end < len(doc) and doc[e.end].text == ","
        of_a_place = before is not None and before.lower_ in ("de", "d'", "d’") and any(
            t.lower_ in PLACE_NOUNS for t in doc[max(0, before.i - 3):before.i])  # "la commune d'Iferouane"
        if e.label_ == "PER" and len(e) == 1 and not ruler_id(e) and e.text.casefold() not in first_names \
                and len(e.text) > 2 and e.text.casefold().rstrip(".") not in titles \
                and before is not None and (opening or of_a_place or before.text in ("à", "depuis", "vers")):
            # (not "à M. X")
            e = Span(doc, e.start, e.end, label=FACILITY)  # a place with its own id, as a facility is
        out.append(e)
    return out


def named_before_a_title(doc: Doc, taken: set[int], first_names: dict[str, str], titles: set[str]) -> list[Span]:
    """Capitalised name words closed by a comma and a title (`Zhou Lei, porte-parole de CNPC`, `à Guinéenews
    Mamadou Saliou Barry, secrétaire général de …`): a person the model missed, or merged with the medium
    before it. Two or three words; in a longer run, those from its first known first name on."""
    spans = []
    for comma in (t.i for t in doc if t.text == "," and t.i >= 2 and t.i + 1 < len(doc)):
        k = comma + 1 + (doc[comma + 1].pos_ == "DET" and comma + 2 < len(doc))
        if not {doc[k].lower_, doc[k].lemma_.lower(), " ".join(t.lower_ for t in doc[k:k + 2])} & titles:
            continue
        start = comma
        while start > 0 and start - 1 not in taken and is_name_word(doc[start - 1]) and comma - start < 6:
            start -= 1
        person = next((i for i in range(start + 1, comma - 1) if doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "PER"),
                      None)
        if person is not None:  # "KibaruInfo Li Wenhao": the model told the medium from the name
            start = person
        elif comma - start > 3:
            start = next((i for i in range(start + 1, comma - 1) if doc[i].text.casefold() in first_names), comma)
        elif start > 0 and is_name_word(doc[start - 1]):
            continue  # the end of a known or longer name
        if comma - start >= 2 and doc[start].lower_ not in titles:
            spans.append(Span(doc, start, comma, label="PER"))
    return spans


def apposed_names(doc: Doc, titles: set[str]) -> list[Span]:
    """Capitalised words set off by commas after a phrase holding a title, that no known entity starts:
    "le secrétaire exécutif de l'organisation, Ahmed Kane." → "Ahmed Kane"."""
    covered = {i for e in doc.ents if e.ent_id_ or e.label_ == "PER" for i in range(e.start, e.end)}
    several = [f" {title} " for title in titles if " " in title]  # "secrétaire générale"
    spans = []
    for comma in (t.i for t in doc if t.text == "," and 0 < t.i < len(doc) - 2):
        end = comma + 1
        while end < len(doc) and (end not in covered or end > comma + 1) and is_name_word(doc[end]):
            end += 1  # a model's place or organisation is no obstacle, nor a known place ending the name
            # ("sa secrétaire générale, Mariama Djibo"): the first word starts no known entity
        if end - comma < 3 or (end < len(doc) and not doc[end].is_punct):
            continue  # a name of two words or more, closed by punctuation
        left = doc[max(doc[comma].sent.start, comma - 8):comma]
        words = f" {' '.join(t.lower_ for t in left)} "
        if any(t.lower_ in titles or t.lemma_.lower() in titles for t in left) or any(
                title in words for title in several):  # "sa secrétaire générale, X"
            spans.append(Span(doc, comma + 1, end, label=TITLED))
    return spans


def extend_names(ents: list[Span], titles: set[str], first_names: dict[str, str]) -> list[Span]:
    """A person's name the statistical model cut short (`Seydou` of `Seydou Koné`) runs on over the
    capitalised name words that follow it and that no other entity covers."""
    covered = held(ents, ("PER", TITLED, ACRONYM, FACILITY))
    out = []
    for e in ents:
        if e.label_ in ("PER", TITLED) and not ruler_id(e):
            start = e.start  # "Yacouba Zabré GOUBA" when the model kept only "Zabré GOUBA"
            # (not the parser's sentence start: it splits "lance Issoufou | Dan Malam"; punctuation is no name word)
            while start > 0 and start - 1 not in covered and is_name_word(e.doc[start - 1]) \
                    and (e.doc[start - 1].pos_ == "PROPN" or e.doc[start - 1].text.casefold() in first_names) \
                    and e.start - start < 2 and not has_title(e.doc, start, titles) \
                    and (e.doc[start - 1].text.casefold() in first_names
                         or not (e.doc[e.start].text.casefold() in first_names
                                 or e.doc[start - 1].ent_iob_ != "O" and e.doc[start].ent_iob_ == "B")):
                # (a word that is no first name stays out of a name that starts with one, or that the model told
                # apart from it: the medium of "à Guinéenews Mamadou …", "à KibaruInfo Li Wenhao")
                start -= 1  # "Pour Hicham Alaoui Mdaghri": a known first name even where the tagger calls it a noun
            if start < e.start:
                covered.update(range(start, e.start))
                e = Span(e.doc, start, e.end, label=e.label_)
            end = e.end
            while end < len(e.doc) and end not in covered and is_name_word(e.doc[end]) and e.doc[end].pos_ != "VERB":
                end += 1
            if end > e.end:
                covered.update(range(e.end, end))
                e = Span(e.doc, e.start, end, label=e.label_)
        if out and e.label_ in ("PER", TITLED) and not ruler_id(e) and out[-1].label_ in ("PER", TITLED) \
                and not ruler_id(out[-1]) and out[-1].end == e.start:  # "Fousseyni" + "Diarra" found apart: one name
            out[-1] = Span(e.doc, out[-1].start, e.end, label=out[-1].label_)
            continue
        out.append(e)
    return out


DATE_WORDS = set(MONTHS) | set(WEEKDAYS)  # "Selon Abdoulaye Diop, Mardi …" set in capitals: no name word


def with_last_surnames(ents: list[Span]) -> list[Span]:
    """A name the rulers know in full, or first names joined to a surname they know (`with_first_names`),
    runs on over the capitalised name words right after it that no entity holds: a longer name, another
    person's (`Haoua Amadou Sidibé` is not the reference's Haoua Amadou; `Oumou Traoré Samaké`), and first
    names joined to a surname over a second surname the rulers know (`Aminata Dicko Traoré`) or over a name
    word the model labelled apart (`Abdoulaye Maïga Harouna`). A name
    that is only a surname the rulers know (`Bazoum Mohamed`) stays as it is."""
    held_tokens = held(ents, ("PER", TITLED, ACRONYM, FACILITY, "ORG", "GPE", "LOC"))
    surnames = {e.start: e for e in ents if e.label_ == "PER" and len(e) == 1 and ruler_id(e)
                and {m for m, _ in candidates(e)} == {"surname"}}
    loose = {e.start for e in ents if e.label_ in ("PER", "MISC") and len(e) == 1 and not ruler_id(e)
             and is_name_word(e[0]) and e[0].pos_ == "PROPN"}  # a name word the model took apart
    out, absorbed = [], set()
    for e in ents:
        if e.start in absorbed:
            continue
        methods = {m for m, _ in candidates(e)} if ruler_id(e) else set()
        if e.label_ in ("PER", TITLED) and methods <= {"name"}:
            doc, end = e.doc, e.end
            while end < len(doc) and end not in held_tokens and doc[end].ent_iob_ == "O" \
                    and is_name_word(doc[end]) and doc[end].pos_ == "PROPN" and doc[end].lower_ not in DATE_WORDS:
                end += 1
            if end == e.end and e.end in surnames and len(e) >= 2 and doc[e.end - 1].whitespace_ == " " \
                    and not ruler_id(e):
                absorbed.add(end)  # "Aminata Dicko Traoré": a second surname the rulers know, a married name
                end += 1
            elif end == e.end and e.end in loose and len(e) >= 2 and doc[e.end - 1].whitespace_ == " ":
                absorbed.add(end)  # "Abdoulaye Maïga Harouna" (not the reference's Abdoulaye Maïga): the model
                end += 1  # labelled the last name word apart
            if end > e.end:
                e = Span(doc, e.start, end, label=e.label_)
        out.append(e)
    return out


def lone_surname(ent: Span) -> bool:
    """Whether a rulers' entity is only some listed person's surname (`Zerbo`), no full name or other alias."""
    found = candidates(ent) if ruler_id(ent) else []
    return bool(found) and all(method == "surname" for method, _ in found)


def with_double_surnames(ents: list[Span]) -> list[Span]:
    """A person's name runs on over a second surname glued by a hyphen that the tokenizer splits off
    (`Awa Sidibé-Kaboré`, `Mariam Coulibaly-Sidibé`), when no other entity holds it."""
    starts = {e.start: e for e in ents}
    out, absorbed = [], set()
    for e in ents:
        if e.start in absorbed:
            continue
        end = e.end
        if e.label_ in ("PER", TITLED) and not ruler_id(e):
            while joins_names(e.doc, end):
                glued = starts.get(end + 1)
                if glued is None:
                    end += 2
                elif not ruler_id(glued) and glued.label_ != TITLED or lone_surname(glued):
                    # "Kouassi Yao N'Guessan", "Rasmata Ouédraogo/Zongo": the model's entity for the glued
                    # surname is the rest of this name, not a name of its own; nor is a listed person's surname
                    # glued to it ("Awa Ouédraogo-Zerbo" is not Lassina Zerbo)
                    absorbed.add(glued.start)
                    end = glued.end
                else:
                    break
        out.append(e if end == e.end else Span(e.doc, e.start, end, label=e.label_))
    return [e for e in out if e.start not in absorbed]


LINEAGE = {"ag", "ould", "ibn", "bin", "ben"}  # "son of" inside Tuareg, Moorish and Arab names: `Ghali Ag Assalek`


def with_lineage_names(ents: list[Span]) -> list[Span]:
    """Capitalised name words joined by a lineage particle (`Ghali Ag Assalek`, `Sidi Ould Cheikh`) are one person's
    name, however the model cut or labelled them (`Ghali` a place, `Ag Assalek` a person): the entities of the
    statistical model inside it give way to one; a name the rulers know, a titled name or an acronym stays."""
    if not ents:
        return ents
    doc = ents[0].doc
    out = list(ents)
    for t in doc:
        if t.lower_ not in LINEAGE or not 0 < t.i < len(doc) - 1 or not is_name_word(doc[t.i - 1]) \
                or not is_name_word(doc[t.i + 1]) or not doc[t.i + 1].is_alpha or not t.whitespace_:
            continue
        start, end = t.i - 1, t.i + 2
        while start > 0 and is_name_word(doc[start - 1]) and doc[start - 1].is_alpha \
                and doc[start - 1].whitespace_ == " " and doc[start - 1].lower_ not in STOP_WORDS:
            start -= 1
        while end < len(doc) and is_name_word(doc[end]) and doc[end].is_alpha and doc[end - 1].whitespace_ == " ":
            end += 1
        inside = [e for e in out if e.start < end and start < e.end]
        if any(ruler_id(e) or e.label_ in (TITLED, ACRONYM, FACILITY) for e in inside):
            continue
        start, end = min([start] + [e.start for e in inside]), max([end] + [e.end for e in inside])
        # (a name the model read further keeps its end: `Al-Issa`, `Al Thani`)
        out = [e for e in out if e not in inside] + [Span(doc, start, end, label="PER")]
    return sorted(out, key=lambda e: e.start)


def with_place_surnames(ents: list[Span], first_names: dict[str, str]) -> list[Span]:
    """A person's name of two words or more runs on over one capitalised word right after it that the model took
    for a place (`Mariama Issoufou Djibo`, `Aminata Kaya`: Sahelian surnames are often town names): French puts
    no place right after a name without a preposition. Only after a name word and one space (not `Jean Rouch de
    Niamey`, `Zégoua-Bamako`, nor across a line break), and not onto a place that another name word follows. A
    name that ends on a known first name (`l'économiste Salif` | `Koudougou`, `le colonel Hamadou` | `Djibo Sanda`)
    wants its surname: it runs on over the place and the name words after it, one word long or not."""
    out: list[Span] = []
    skip = None
    for n, e in enumerate(ents):
        if e is skip:
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        doc = e.doc
        if nxt is not None and e.label_ in ("PER", TITLED) and nxt.label_ in ("LOC", "GPE") \
                and nxt.start == e.end and len(nxt) == 1 and is_name_word(nxt[0]) and doc[e.end - 1].whitespace_ == " " \
                and doc[e.end - 1].is_alpha and is_name_word(doc[e.end - 1]):
            end = nxt.end
            if doc[e.end - 1].text.casefold() in first_names and not doc[e.end - 1].text.isupper():
                while end < len(doc) and is_name_word(doc[end]) and doc[end].ent_iob_ == "O" \
                        and doc[end - 1].whitespace_ == " ":
                    end += 1  # "Hamadou Djibo Sanda": the name words after the place are the surname's too
            elif len(e) < 2 or end < len(doc) and is_name_word(doc[end]):
                out.append(e)
                continue
            out.append(Span(doc, e.start, end, label=e.label_))
            skip = nxt
            continue
        out.append(e)
    return out


def with_first_names(ents: list[Span], titles: set[str], first_names: dict[str, str]) -> list[Span]:
    """A surname the rulers know, right after capitalised first names that no ruler knows, is
    another person's name ("Fanta Coulibaly" is not Kassoum Coulibaly): one PER span for both."""
    by_end = {e.end: e for e in ents}
    out, dropped = [], set()
    for ent in ents:
        cands = candidates(ent) if ruler_id(ent) else []
        if not cands or {m for m, _ in cands} != {"surname"}:
            out.append(ent)
            continue
        doc, k = ent.doc, ent.start
        before = by_end.get(k)
        if before is not None and not ruler_id(before) and (before.label_ in ("PER", TITLED) or before.label_ in (
                "MISC", "LOC") and all(is_name_word(t) for t in before) or before.label_ == "ORG" and all(
                t.text.casefold() in first_names for t in before)):  # "Kadiatou" taken for MISC, "Samira" for ORG
            k = before.start
            dropped.add((before.start, before.end))
        while k > 0 and is_name_word(doc[k - 1]) and doc[k - 1].lower_ not in titles and (k - 1) not in {
                i for e in ents if e is not ent and (e.start, e.end) not in dropped for i in range(e.start, e.end)}:
            k -= 1
        if k < ent.start and not (k == ent.sent.start and doc[k].pos_ != "PROPN" and ent.start - k == 1
                                  and doc[k].text.casefold() not in first_names):  # "Aminata Coulibaly, …" is a name
            out.append(Span(doc, k, ent.end, label="PER"))
        else:
            out.append(ent)
    return [e for e in out if (e.start, e.end) not in dropped or ruler_id(e)]


def paragraph_rows(rows: list[dict], offset: int) -> list[dict]:
    """The rows of the paragraph at `offset`: the last ones, as the rows of each paragraph are added
    after those of the paragraphs before (which end before it), so no scan of the document."""
    n = len(rows)
    while n and rows[n - 1]["start"] >= offset:
        n -= 1
    return rows[n:]


def later_surnames(doc: Doc, offset: int, sentence_of: list[int], rows: list[dict], ctx: Context,
                   reference: Reference) -> list[dict]:
    """A surname alone after the full name in the same paragraph (`Fanta Sow … Sow y voit`): the
    names of a paragraph are known only once its entities are resolved, so a second look."""
    here = paragraph_rows(rows, offset)
    ctx.named.update(r["actor_id"] for r in rows[ctx.folded:len(rows) - len(here)])  # rows before it start before pos
    ctx.folded = len(rows) - len(here)
    covered = [(r["start"], r["end"]) for r in here]
    out = []
    for t in doc:
        pos = offset + t.idx
        actor_id = ctx.surnames.get(t.text.casefold())
        if actor_id is None or not (t.text[:1].isupper() and t.is_alpha) or any(s <= pos < e for s, e in covered):
            continue
        if actor_id in ctx.named or any(r["actor_id"] == actor_id and r["start"] < pos for r in here):
            first = doc[glued_start(doc, t.i, reference.titles)]
            if any(s <= offset + first.idx < e for s, e in covered):
                continue  # "Ouédraogo-Zerbo" whose first part is a name of its own: not this person's
            start = offset + first.idx
            out.append({"sentence": sentence_of[t.i], "start": start, "end": pos + len(t),
                        "text": doc.text[first.idx:t.idx + len(t)], "actor_id": actor_id,
                        "actor_kind": reference.kind(actor_id), "method": "surname"})
    return out


def compound_parts(doc: Doc, offset: int, sentence_of: list[int], rows: list[dict],
                   reference: Reference) -> list[dict]:
    """One row per state of a compound demonym (`le partenariat sino-malien`: `sino` → CHN and
    `malien` → MLI), whether the tokenizer kept the compound whole or split it at the hyphen;
    parts another row already covers are left to it."""
    pattern, states = reference.compounds
    covered = [(r["start"], r["end"]) for r in paragraph_rows(rows, offset)]
    out = []
    for match in pattern.finditer(doc.text):
        pos = match.start()
        for part in re.split(r"([-‐‑])", match.group()):
            start, end = offset + pos, offset + pos + len(part)
            pos += len(part)
            if part.lower() not in states or any(s < end and start < e for s, e in covered):
                continue
            token = doc.char_span(start - offset, end - offset, alignment_mode="expand")
            out.append({"sentence": sentence_of[token.start], "start": start, "end": end, "text": part,
                        "actor_id": states[part.lower()], "actor_kind": "state", "method": "demonym"})
    return out


def defined_as(name: Span, acr: Span, reference: Reference) -> str:
    """The actor an article's `Name (ACRONYM)` defines: the one the name is (`le Cadre stratégique permanent
    (CSP)`), a state when the acronym is its body the rulers know (`(ALT)`), else the name's slug."""
    known = [a for _, a in candidates(name) if reference.kind(a) != "place"] if ruler_id(name) else []
    known = known or [a for _, a in candidates(acr) if reference.kind(a) == "state"] if ruler_id(acr) else known
    body = not known and state_body(name, reference)
    return known[0] if known else body or slugify(name.text)


def find_mentions(docs: list[tuple[int, Doc, list[int]]], reference: Reference,
                  capital_examples: list | None = None, dateline: str | None = None) -> list[dict]:
    """Mention rows for one document given its paragraphs as (offset, Doc, sentence number per token);
    `capital_examples` collects the features of each capital read, for training (`capitals.py`: they do not
    depend on how the capital model, if any, reads it), and `dateline` is the state of the article's dateline
    (`Reference.dateline_state`, read once by the caller)."""
    rows, ctx = [], Context(capitals=capital_examples)
    defined = [defined_acronyms(doc) for _, doc, _ in docs]
    for definitions in reversed(defined):  # a headline's `la Fifa` is the name the body spells out later
        ctx.acronyms.update((acr.text, defined_as(name, acr, reference)) for name, acr in definitions)
    for (offset, doc, sentence_of), definitions in zip(docs, defined):
        ctx.offset, ctx.sentence_of = offset, sentence_of
        first = len(rows)  # where this paragraph's rows begin
        for name, acr in definitions:  # from its definition on, an acronym is the name defined last
            ctx.acronyms[acr.text] = defined_as(name, acr, reference)
        courts = court_names(doc)
        for court in courts:  # "la Cour de répression des infractions économiques et du terrorisme (Criet)"
            k = court.end
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text[:1].isupper() \
                    and doc[k + 1].is_alpha and len(doc[k + 1].text) <= 9:
                ctx.acronyms[doc[k + 1].text] = slugify(court.text)
        found = [*places_after_a(introduced_organisations(past_a_medium(doc.ents, reference.first_names,
                                                                         reference.titles), reference.first_names),
                                  reference.first_names,
                                  reference.titles),
                 *titled_names(doc, reference.titles), *courts, *titles_over_places(doc, reference)]
        taken = held(found, ("PER", TITLED))
        for t in doc:  # "l'ALT a voté", "les FDS": a state body's acronym the article need not define
            if t.text in reference.state_bodies[1] and not t.ent_id_:
                ctx.acronyms.setdefault(t.text, ARTICLE_STATE)
        found += acronym_spans(doc, ctx.acronyms, taken)
        found += bodies_after_bodies(doc, reference)
        inner = {i for e in found if (ruler_id(e) or e.label_ in ("PER", TITLED)) for i in range(e.start, e.end)
                 if any(name.start <= e.start and e.end <= name.end and len(e) < len(name) for name, _ in definitions)}
        # (a name the rulers know only the first word of: `Confédération` in `Confédération générale du travail`)
        found += [Span(doc, name.start, name.end, label=ACRONYM) for name, acr in definitions
                  if not (taken - inner) & set(range(name.start, name.end))
                  and not is_state(ctx.acronyms[acr.text], reference)]  # a state body's name is no mention
        # "la Commission du bassin du lac Tchad (CBLT)": a state named inside a defined name is part of it
        taken = held(found, ("PER", TITLED, ACRONYM))
        named_here = {i for e in found if e.label_ in ("PER", TITLED, ACRONYM) or ruler_id(e) and any(
            reference.kind(a) not in ("place", "state") and a not in reference.capitals for _, a in candidates(e))
            for i in range(e.start, e.end)}  # (the places inside such a name are its own words)
        found += [e for e in place_named_orgs(doc, reference) if not named_here & set(range(e.start, e.end))]
        taken = held(found, ("PER", TITLED, ACRONYM))
        found += [e for e in apposed_names(doc, reference.titles) if e.start not in taken]  # "…, Mariama Djibo"
        taken = held(found, ("PER", TITLED, ACRONYM))
        found += named_before_a_title(doc, taken, reference.first_names, reference.titles)  # "Zhou Lei, porte-parole"
        taken = held(found, ("PER", TITLED, ACRONYM))
        found += press_titles(doc, taken)  # "le quotidien La Sentinelle": before its article is taken for none
        taken = held(found, ("PER", TITLED, ACRONYM))
        for span, actor_id in contracted_titles(doc, taken, reference):  # "les correspondantes du Monde"
            ctx.acronyms.setdefault(span.text, actor_id)
            found.append(span)
        taken = held(found, ("PER", TITLED, ACRONYM))
        found += titles_in_sentences(doc, taken, reference)  # "A Ouagadougou, Le Faso Matin préfère …"
        taken = held(found, ("PER", TITLED, ACRONYM))
        found += kind_named_orgs(doc, taken, reference.first_names) + facility_names(doc) + named_after_a_state(doc, reference)
        companies = business_names(doc, found, reference)  # "Atlas Sahel Logistique a ouvert un bureau à Niamey"
        found = [e for e in found if not any(c.start <= e.start and e.end <= c.end for c in companies)] + companies
        named = ("PER", TITLED, ACRONYM, FACILITY)
        taken = held(found, named)
        taken |= {i for e in doc.ents if e.ent_id_ or e.label_ == "ORG" and not personal_name(e, reference.first_names)
                  for i in range(e.start, e.end)}
        found += first_named(doc, taken, reference.first_names, reference.titles)
        taken = held(found, (*named, "ORG"))
        found += argument_names(doc, taken)
        taken = held(found, named)
        found += [Span(doc, t.i, t.i + 1, label="PER") for t in doc  # "Konaté" after "Seydou Konaté"
                  if t.i not in taken and t.text.casefold() in ctx.surnames and is_name_word(t)]
        ents = extend_names(sorted(found, key=lambda e: e.start), reference.titles, reference.first_names)
        ents = with_double_surnames(with_last_surnames(with_first_names(ents, reference.titles, reference.first_names)))
        ents = with_lineage_names(with_place_surnames(ents, reference.first_names))
        for ent in ents:
            resolved = resolve(ent, reference, ctx)
            if resolved is None:
                continue
            span, actor_id, method = resolved
            kind = "state" if is_state(actor_id, reference) else reference.kind(actor_id) if actor_id in reference.by_id \
                else "organization" if ent.label_ in (ACRONYM, "ORG") else "place" if ent.label_ == FACILITY \
                else "person"  # the table's kind for its actors (the rulers label armed groups ORG), else the label's
            if kind == "organization" and actor_id not in reference.by_id and span.start > 0 \
                    and doc[span.start - 1].text in RANKED_BODY and span[0].lower_ in ORGANISATION_NOUNS:
                span = Span(doc, span.start - 1, span.end)  # "le Haut Conseil islamique du Mali": the model leaves the
                actor_id = slugify(span.text)  # adjective out of the name
            if kind == "person":
                ctx.remember(actor_id)
                span = Span(doc, glued_start(doc, span.start, reference.titles), span.end)
            rows.append({
                "sentence": sentence_of[span.start],
                "start": offset + span.start_char,
                "end": offset + span.end_char,
                "text": span.text,
                "actor_id": actor_id,
                "actor_kind": kind,
                "method": method,
            })
        rows += later_surnames(doc, offset, sentence_of, rows, ctx, reference)
        rows += compound_parts(doc, offset, sentence_of, rows, reference)
        # the paragraph's own rows, for the checks of the short names below: a long article costs its length
        rows += dateline_place(doc, offset, sentence_of, rows[first:], reference)
        rows += short_names(doc, offset, sentence_of, rows[first:], "ecowas" in ctx.named, ctx.last_court,
                            ctx.last_union, reference)
        courts = [r for r in rows[first:] if is_court(r["actor_id"])]
        if courts:
            ctx.last_court = max(courts, key=lambda r: r["start"])["actor_id"]
        unions = [r for r in rows[first:] if is_union(r["actor_id"], reference)]
        if unions:
            ctx.last_union = max(unions, key=lambda r: r["start"])["actor_id"]
    kept, end = [], -1  # overlapping proposals (a title's name over a mislabelled place): the first, longest
    for row in sorted(rows, key=lambda r: (r["start"], -r["end"])):
        if row["start"] >= end:
            kept.append(row)
            end = row["end"]
    kept = article_state_bodies(kept, reference, dateline)
    texts = Paragraphs([(offset, doc.text) for offset, doc, _ in docs])
    covered = Covered(kept)
    kept = [row for row in kept if not part_of_a_name(row, covered, texts, reference) and not a_language(row, texts)]
    fuller = fullest_names(kept, reference)
    for row in kept:
        row["actor_id"] = fuller.get(row["actor_id"], row["actor_id"])
    # a name the article introduced as an organisation is one wherever it recurs (`Oryx Lithium a répondu`)
    bodies = {r["actor_id"] for r in kept if r["actor_kind"] == "organization" and r["actor_id"] not in reference.by_id}
    for row in kept:
        if row["actor_kind"] == "person" and row["actor_id"] in bodies:
            row["actor_kind"] = "organization"
    # and a name it read as a place is one where the model took it for a person (`partaient vers Sebha`, then
    # `le convoi est arrivé à Sebha`): no one a pronoun may take up
    places = {r["actor_id"] for r in kept if r["actor_kind"] == "place" and r["actor_id"] not in reference.by_id}
    for row in kept:
        if row["actor_kind"] == "person" and row["method"] == "ner" and row["actor_id"] in places:
            row["actor_kind"] = "place"
    return kept


# a wire dateline in capitals that opens a paragraph: `NIAMEY, 7 août 2024 (AFP) -`, `N'DJAMENA (Reuters) -`
CAPITALS_DATELINE = re.compile(r"\s*([A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}?)\s*(?:,|\(|–|—| - )")


def dateline_place(doc: Doc, offset: int, sentence_of: list[int], rows: list[dict],
                   reference: Reference) -> list[dict]:
    """The place of a dateline written in capitals, which the statistical model does not read as a name: a
    place mention (the guidelines'), when the reference table knows the place by that name."""
    m = CAPITALS_DATELINE.match(doc.text)
    if m is None:
        return []
    actor_id = reference.place_names.get(m.group(1).strip().casefold().replace("’", "'"))
    start, end = offset + m.start(1), offset + m.start(1) + len(m.group(1).rstrip())
    if actor_id is None or reference.kind(actor_id) != "place" or any(
            r["start"] < end and start < r["end"] for r in rows):
        return []
    span = doc.char_span(m.start(1), end - offset, alignment_mode="expand")
    return [{"sentence": sentence_of[span.start], "start": start, "end": end, "text": doc.text[m.start(1):end - offset],
             "actor_id": actor_id, "actor_kind": "place", "method": "dateline"}]


GLUED_AFTER = re.compile(r"-[A-ZÀ-Ý][\w]*")  # "SOREM-Mali", "CNPC-Niger Petroleum", "FU-AES"
NEXT_WORD = re.compile(r"[ -]([A-ZÀ-Ý][\w'’]*)")


class Paragraphs:
    """The paragraphs of a document as (offset, text), found by position in log time."""

    def __init__(self, texts: list[tuple[int, str]]):
        self.texts, self.offsets = texts, [o for o, _ in texts]

    def at(self, pos: int) -> tuple[int, str]:
        """The (offset, text) of the paragraph that holds document position `pos`."""
        return self.texts[max(bisect.bisect_right(self.offsets, pos) - 1, 0)]


class Covered:
    """Which mention rows (sorted, not overlapping) cover a document position, in log time."""

    def __init__(self, rows: list[dict]):
        self.rows, self.starts = rows, [r["start"] for r in rows]

    def row_at(self, pos: int) -> dict | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.rows[k] if k >= 0 and self.rows[k]["start"] <= pos < self.rows[k]["end"] else None


# a capitalised treaty noun before the place it is named after (`le Statut de Rome`, `l'Accord d'Alger`)
INSTRUMENT_OF = re.compile(r"(?<!\w)(?:Statut|Traité|Accords?|Protocole|Convention|Charte|Pacte|Processus|Club)\s+"
                           r"(?:de|d['’])\s*$")


def part_of_a_name(row: dict, covered: Covered, texts: Paragraphs, reference: Reference) -> bool:
    """Whether a state, place or the AES is named only inside an organisation's capitalised name the
    reference lacks (`Wapco-Niger`, `SOREM-Mali`, `la BCID-AES`, `Mali Lithium SA`, `le cabinet Sahel Risk
    Advisory`) or inside a treaty's (`le Statut de Rome`): the guidelines annotate no country inside a name. Glued by a hyphen to a capitalised word
    that is no mention itself (not `l'axe Moscou-Bamako`), or followed by one that is neither a mention, a
    first name nor a month or weekday (not `le Mali Abdoulaye Diop`)."""
    if row["actor_kind"] not in ("state", "place") and row["actor_id"] != "aes" or row["method"] == "demonym":
        return False
    offset, text = texts.at(row["start"])
    a, b = row["start"] - offset, row["end"] - offset
    before = text[max(0, a - 30):a]
    glued_before = re.search(r"[A-ZÀ-Ý][A-ZÀ-Ý\d]+-$", before)  # an acronym's: not "Russie-Afrique", "Agadez-Sebha"
    if glued_before and covered.row_at(offset + a - 2) is None:
        return True
    if INSTRUMENT_OF.search(before):
        return True  # "le Statut de Rome", "l'Accord d'Alger": a treaty named after the city it was signed in
    after = NEXT_WORD.match(text, b)
    if after is None or covered.row_at(offset + after.start(1)) is not None:
        return False
    word = after.group(1)
    if text[b] == "-":
        return word.isupper() and len(word) > 1
    lower = word.lower()  # (capitalised: NEXT_WORD)
    return lower not in NOT_NAMES and lower not in reference.first_names and lower not in reference.titles \
        and not word.isupper() and len(word) > 2


LANGUAGE = re.compile(r"(?:\ben|\blangues?|\bcours\s+de|\bleçons\s+de|\benseignement\s+du|\bprofesseurs?\s+de|"
                      r"\benseignants?\s+de|\bparle\s+le|\bparlent\s+le)\s+$", re.IGNORECASE)


def a_language(row: dict, texts: Paragraphs) -> bool:
    """Whether a masculine demonym names a language (`en russe`, `la langue russe`, `des cours de russe`),
    which the guidelines do not annotate."""
    if row["method"] != "demonym" or not row["text"].islower():
        return False
    offset, text = texts.at(row["start"])
    return bool(LANGUAGE.search(text[max(0, row["start"] - offset - 25):row["start"] - offset]))


def alone(doc: Doc, t) -> bool:
    """Whether a capitalised noun stands alone after its article (`la Cour`, `de la Communauté`): no
    complement, adjective or name after it (`la Cour pénale`, `la Communauté des Etats sahélo-sahariens`)."""
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return t.i > 0 and doc[t.i - 1].lower_ in ("la", "l'", "l’") and (
        after is None or after.lower_ not in ("de", "des", "du", "d'", "d’") and not after.text[:1].isupper()
        and after.pos_ != "ADJ")


def is_court(actor_id: str) -> bool:
    return actor_id.startswith(("cour-", "haute-cour-"))


def is_union(actor_id: str, reference: Reference) -> bool:
    """Whether the table names the organisation `Union …` (`l'Union` alone takes it up)."""
    row = reference.by_id.get(actor_id, {})
    return row.get("actor_kind") == "organization" and row.get("name", "").startswith("Union ")


FIGHTERS = {"terroristes", "jihadistes", "djihadistes"}
FIGHTERS_DETERMINERS = {"les", "aux", "ces", "des"}


def definite(doc: Doc, t) -> bool:
    """Whether a determiner of the definite kind stands right before `t`, past opening quotation marks
    (`les « terroristes »`); `80 terroristes`, `des dizaines de terroristes` have none."""
    k = t.i - 1
    while k >= 0 and doc[k].text in ("«", '"', "“"):
        k -= 1
    return k >= 0 and doc[k].lower_ in FIGHTERS_DETERMINERS


def short_names(doc: Doc, offset: int, sentence_of: list[int], rows: list[dict], ecowas_named: bool,
                last_court: str | None, last_union: str | None, reference: Reference) -> list[dict]:
    """Mentions by the short names this domain's news uses, in one pass over a paragraph (`rows`: its own
    rows, a word inside one of them is no new mention):
    - `la Communauté` alone, capitalised, in an article that has named ECOWAS (`ecowas_named`: in a paragraph
      before): ECOWAS, its own name for itself as `la Confédération` is the AES's (not `la Communauté des Etats
      sahélo-sahariens`);
    - `la Cour` alone: the court the article named last, in this paragraph, else `last_court`;
    - `l'Union` alone: the Union the article named last (`Union européenne`, `Union africaine`, `Union économique
      et monétaire ouest-africaine`), in this paragraph, else `last_union`;
    - `les terroristes`, `les jihadistes` (definite, quoted or not): the generic collective of the jihadist
      groups (`jihadist-groups`, the guidelines'); fighters counted are people, not the groups (`les groupes
      terroristes` is an alias of its own)."""
    ecowas = ecowas_named or any(r["actor_id"] == "ecowas" for r in rows)
    courts = sorted((r["start"], r["actor_id"]) for r in rows if is_court(r["actor_id"]))
    unions = sorted((r["start"], r["actor_id"]) for r in rows if is_union(r["actor_id"], reference))
    out = []
    for t in doc:
        start, end = offset + t.idx, offset + t.idx + len(t)
        if t.text == "Communauté" and ecowas and alone(doc, t):
            actor_id, kind = "ecowas", "organization"
        elif t.text == "Cour" and alone(doc, t) and (
                actor_id := next((a for s, a in reversed(courts) if s < start), last_court)):
            kind = "organization"
        elif t.text == "Union" and alone(doc, t) and (
                actor_id := next((a for s, a in reversed(unions) if s < start), last_union)):
            kind = "organization"
        elif t.lower_ in FIGHTERS and definite(doc, t):
            actor_id, kind = "jihadist-groups", "armed_group"
        else:
            continue
        if not any(r["start"] < end and start < r["end"] for r in rows):
            out.append({"sentence": sentence_of[t.i], "start": start, "end": end, "text": t.text,
                        "actor_id": actor_id, "actor_kind": kind, "method": "alias"})
    return out


def fullest_names(rows: list[dict], reference: Reference) -> dict[str, str]:
    """One id per person or organisation of a document, the slug of the fullest name it gives (the guidelines' rule): a
    person the table does not know, named elsewhere in the document with more words around the same ones
    (`Boni Yayi` → `thomas-boni-yayi`, `Raky Talla` → `raky-talla-diarra` where the model cut the name,
    `Falmata` → `falmata-bukar`) or with its first names where it gives their initials (`A. B. Hassane` →
    `amadou-boubacar-hassane`), takes that longer id, when exactly one such name exists."""
    people = {r["actor_id"] for r in rows if r["actor_kind"] == "person"}
    words = {p: p.split("-") for p in people}
    out = {}
    for short in people - set(reference.by_id):
        part, n = words[short], len(words[short])
        longer = [p for p in people if len(words[p]) > n and (words[p][:n] == part or words[p][-n:] == part)
                  or p != short and initialled(part, words[p])]
        if len(longer) == 1:  # also one word: "Falmata" after "Falmata Bukar", "M. Chen" after "Chen Zhihong"
            out[short] = longer[0]
    # an organisation the table does not know, named elsewhere with more words after the same ones (`L'Observateur`
    # after `L'Observateur Paalga`, `l'Association des éleveurs` after `l'Association des éleveurs du Sahel`)
    # (only where the words added name something: capitalised, or the links between them, `de l'`; not a span the
    # model ran on into the sentence, `le Conseil de l'Entente sa décision`)
    bodies = {r["actor_id"]: r["text"] for r in rows if r["actor_kind"] == "organization"}
    for short in set(bodies) - set(reference.by_id):
        part = short.split("-")
        longer = [b for b in bodies if len(b.split("-")) > len(part) and b.split("-")[:len(part)] == part
                  and named_on(re.findall(r"\w+", bodies[b])[len(part):])]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def named_on(words: list[str]) -> bool:
    """Whether words added to a name go on naming: each capitalised or a link (`du Mali`, `de l'Entente`), the last
    capitalised."""
    return bool(words) and words[-1][:1].isupper() and all(
        w[:1].isupper() or w.lower() in SLUG_LINKS for w in words)


SLUG_LINKS = {"de", "du", "des", "d", "la", "le", "les", "l", "et"}  # NAME_LINKS as words of a slug


def initialled(short: list[str], full: list[str]) -> bool:
    """Whether a name's words are the initials of another's first names, then its surname (`A. B. Hassane`, an
    interview's label, is `amadou-boubacar-hassane`; `A. Diallo` is `aminata-diallo`), as slug words."""
    k = next((i for i, w in enumerate(short) if len(w) > 1), len(short))
    tail = short[k:]
    return 0 < k < len(short) and len(full) == k + len(tail) and full[k:] == tail \
        and all(word[0] == letter for word, letter in zip(full[:k], short[:k]))
