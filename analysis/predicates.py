"""Relations stated by a predicate of the relation lexicon, with its arguments found in the parse.

`data/relation_lexicon.csv` holds several hundred French lemmas, verbs and nouns (`signer`,
`livrer`, `expulser`, `accord`, `livraison`, `retrait`…), each with a relation type, a polarity and
a CAMEO code that `data/cameo_plover.csv` maps to PLOVER. For each predicate of a sentence:

- a **verb**'s source is its subject (a coordination gives one row per actor; a relative `qui`
  its antecedent; a passive its `par` agent), its targets are the actors of its objects and
  complements (`avec`, `à`, `de`, `contre`, `entre … et …`);
- a **noun**'s targets are the actors of its own phrase (demonyms included: `la livraison
  d'hélicoptères russes à l'armée malienne`); its source is the subject of the verb that governs
  it (`le Niger a annoncé la nationalisation de la Somaïr`), else the first actor of its phrase;
- a rupture verb over a cooperative noun turns it negative (`dénoncer l'accord de défense`);
  negation (`n'a pas signé`), refusal and the conditional cancel a predicate;
- actors acting together (`le Mali, le Burkina et le Niger ont quitté…`) also cooperate;
- a place stands for its state where the predicate moves or hits something (`le retrait des
  militaires américains d'Agadez`), never where it merely happens (`signé à Moscou`).

Written by hand, as `relations.py` explains: no maintained library codes French text into
CAMEO/PLOVER dyads.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from .actors import in_route_name
from .attribution import infinitives, lemmas
from .dates import MONTHS, WEEKDAYS
from .reference import Reference, ReferenceError
from .spans import SpanIndex

# A fronted adverbial phrase, up to its comma (`Après l'accord …,`, `Réunis à Bamako,`): the subject comes after it.
FRONTED = re.compile(r"\s*(?:après|avant|depuis|selon|avec|pour|malgré|face à|lors d[eu'’]|dans|en|à la suite d[eu'’]"
                     r"|réunis|réunies|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|la veille|le lendemain"
                     r"|le \d{1,2}(?:er)? \w+|(?:début|mi|fin)[ -]\w+|ce week-end"
                     r"|(?:\w+ )?(?:jours?|semaines?|mois|ans?|heures?) plus (?:tôt|tard))(?!\w)[^,.;:«»\"]*,", re.IGNORECASE)
ACCOMPANIED = re.compile(r"(?<!\w)(?:accompagnée?s? (?:de|du|des|par)|(?:à la tête d['’]une |une )délégation "
                         r"(?:comprenant|composée de|dont)|ainsi que)(?!\w)", re.IGNORECASE)
LEFT_WHAT = re.compile(r"\s*(?:de|du|des|d['’])\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?[^\W\d][^,;:«»()\d]{0,40}?,?\s*")
COMITATIVE = re.compile(r"(?<!\w)(?i:avec|aux côtés (?:de|du|des|d['’]))\s*(?=(?:l[ea]s? |l['’])?[A-ZÉ])")
ALONGSIDE = re.compile(r"(?<!\w)(?:(?i:aux côtés (?:de|du|des|d['’]))|(?i:en même temps que) (?=(?:l[ea]s? |l['’])?[A-ZÉ]))")
# ("en même temps que Niamey et Ouagadougou", not "en même temps que la visite …": a name right after it)
HEADING = re.compile(r"(?<!\w)à la tête d['’]une délégation (?:comprenant|composée de|dont)(?!\w)", re.IGNORECASE)
AT_PLACE = re.compile(r"\s*à [A-ZÉÈ][\w'’-]*(?: [A-ZÉÈ][\w'’-]*)*\s*,")  # ", à Niamey," (not "Au Mali, au Niger,")
# a phrase before the clause's subject: a circumstance ("Après l'accord avec la Russie,") or a time ("Lundi,",
# "Cinq jours plus tôt,", "Le 6 juin,")

# verbs of a delivery whose passive often leaves the recipient unsaid: the article's state received it
DELIVERED = {"livrer", "fournir", "vendre", "offrir", "céder", "doter"}
TAKEN_UP_ORGANISATIONS = {"organisation", "bloc", "communauté"}  # "a quitté l'organisation (régionale)"
NEGATIONS = {"pas", "jamais", "plus", "guère", "aucun", "aucune", "nullement", "ni"}
# Verbs whose infinitive complement is alleged, not stated (`accuse Alger de soutenir les rebelles`), by their stem:
# the tagger lemmatises `reproche` and `accuse` badly
ALLEGING = ("accus", "reproch", "soupçonn", "suspect", "incrimin")
CANCELLING = {"refuser", "exclure", "démentir", "nier", "rejeter", "éviter", "empêcher", "renoncer"}
RUPTURE_VERBS = {"rompre", "dénoncer", "suspendre", "geler", "abroger", "résilier", "annuler", "révoquer", "quitter",
                 "interdire", "bloquer", "cesser", "stopper",
                 "abandonner", "interrompre", "retirer", "mettre", "remettre", "sortir", "boycotter", "répudier",
                 "couper", "dissoudre", "enterrer", "torpiller", "fragiliser", "menacer",
                 "réduire", "diminuer", "amputer", "raboter", "sabrer", "restreindre"}  # "a réduit ses exportations vers X"
# what `mettre` and `remettre` need after them to end something: "mettre fin à", "remettre en cause" (not "mise sur
# le drone turc", lemmatised `mettre`, nor "mettons notre renseignement en commun")
ENDING_WORDS = {"fin", "terme", "cause", "veilleuse", "parenthèse", "parenthèses", "sommeil", "pause"}
DENIABLE = RUPTURE_VERBS | {"fermer"}  # verbs whose denial keeps the tie (`n'a jamais fermé sa porte à X`)
# nouns that end what they govern: "la fin de sa coopération avec Paris", "la suspension de l'accord"
RUPTURE_NOUNS = {"fin", "arrêt", "suspension", "rupture", "dénonciation", "abandon", "gel", "abrogation",
                 "résiliation", "annulation", "interruption", "remise en cause", "terme",
                 "réduction", "baisse", "diminution", "coupe"}  # "les coupes opérées par Washington dans son aide"
# words that say how relations stand (`PredicateFinder.qualified_relations`), by the polarity they give, as stems
QUALIFIERS = {-1: ("tendu", "tendre", "rompu", "rompre", "exécrable", "dégrad", "détérior", "glacial", "difficile",
                   "compliqu", "mauvais", "conflictu", "gelé", "geler", "envenim", "empoisonn", "orageu", "houleu"),
              1: ("excellent", "bon", "cordial", "étroit", "fraternel", "amical", "apais", "solide", "privilégi",
                  "chaleureu", "normalis", "réchauff")}
# the heads of group phrases (`group_phrases.csv`: "les trois pays", "les trois capitales"): their members are parties
GROUP_NOUNS = {"pays", "etat", "état", "juntes", "capitales", "gouvernements"}
# nouns of those who stand with someone: "ses partenaires de l'AES", "leurs alliés de la Confédération" name members
# of an organisation of states (`memberships.csv`), never a state's partners ("les partenaires de l'UE" are donors' ones)
PARTNERS = {"partenaire", "partenaires", "allié", "alliés", "alliée", "alliées"}
REGIMES = {"junte", "régime", "administration", "gouvernement", "pouvoir"}  # a person's government: his state acts
APPOSED_GROUP = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:l[ea]s?\s+|l['’]\s*)?")  # "de l'AES (…), le Mali …"
PARTNERS_DETERMINERS = {  # what stands before `partenaires` naming members: `ses`, `leurs deux`
    "ses", "son", "sa", "leurs", "leur", "nos", "notre", "ces", "deux", "trois"}
EXITS = {"retrait", "sortie", "départ"}  # nouns of leaving whose `avec` complement leaves too (not `la fermeture de
# la frontière avec le Bénin`, whose `avec` names the other side)
PLACE_TYPES = {"withdrawal", "expulsion", "visit", "military_cooperation", "armed_conflict", "aerial_attack",
               "military_aid", "economic_cooperation", "blockade", "aid", "meeting"}
# relations whose act, done at a place of a state and to no party named otherwise, is done to that state: `Qatar
# Charity a financé des puits dans la région de Tillabéri` (+1 → NER), `le retrait des soldats américains d'Agadez`;
# not a meeting, a stay or a fight (`réunis à Lomé`, `une mission a séjourné à Bamako`, `des frappes près de Kidal` hit
# a group, not Mali: on dev, reading visits so added 3 rows the gold does not hold)
LOCATED_TYPES = {"aid", "humanitarian_aid", "economic_cooperation", "military_aid", "military_cooperation",
                 "withdrawal"}
# verbs of founding: with an organisation among their complements, its founders join it (the lexicon's `fonder`);
# without one, `former` keeps its own reading (training troops) and the others state no relation
FOUNDING = {"fonder", "cofonder", "constituer", "créer", "former"}
JOINT = {"agreement", "cooperation", "military_cooperation", "intelligence_sharing", "economic_cooperation",
         "intent_to_cooperate", "withdrawal", "rupture", "expulsion", "sanction", "membership", "joining",
         "armed_conflict", "confiscation"}  # acts that actors named together do together
# A state's bodies named without their state (`le gouvernement`, `la junte`): the article's state when subjects.
STATE_BODIES = {"gouvernement", "junte", "régime", "autorité", "autorités", "armée", "pouvoir", "exécutif", "présidence",
                "état-major", "transition", "pays", "état", "etat"}
PUBLICATIONS = {"étude", "rapport", "article", "livre", "ouvrage", "tribune", "analyse", "thèse", "essai", "enquête"}
ENVOY_VERBS = {"rappeler"}  # verbs that state a relation only over an envoy
ENVOY_NOUNS = {"rappel"}  # and their nouns
ENVOYS = {"ambassadeur", "ambassadrice", "ambassadeurs", "diplomate", "diplomates", "représentant", "représentants",
          "envoyé", "chargé", "consul", "sien", "siens", "personnel"}
OBJECT_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "xcomp", "ccomp")
# An order to leave the country (`ont donné 48 heures aux directeurs de la CNPC pour quitter le pays`, `a signifié
# à l'ambassadeur l'ordre de quitter le territoire`): whoever gives it expels whoever is told to go.
LEAVING = {"quitter", "partir"}
ORDERING = {"ordonner", "sommer", "enjoindre", "intimer", "signifier", "notifier", "prier", "demander", "exiger",
            "donner", "accorder", "laisser", "imposer", "fixer", "octroyer", "adresser", "lancer"}
ORDERS_ALONE = {"ordonner", "sommer", "enjoindre", "intimer"}  # orders whatever follows; the others need a deadline
DEADLINE = re.compile(r"(?<!\w)(?:heures?|jours?|semaines?|mois|délai|ultimatum|ordre|injonction|immédiatement|"
                      r"sans délai|sur-le-champ)(?!\w)", re.IGNORECASE)
TERRITORY = {"pays", "territoire", "sol"}  # `quitter le pays`: the country of whoever gives the order


# common nouns of jihadist fighters: their group is the one the article named last, else the generic collective
FIGHTERS = {"terroriste", "jihadiste", "djihadiste", "islamiste", "assaillant", "insurgé", "extrémiste"}
# condemning an act of violence whose author the phrase does not name (`a condamné l'attaque`, `ces attaques`, `une
# attaque lâche`) is aimed at the armed group the article names most as acting (`attack_author`)
CONDEMNING = {"condamner", "dénoncer", "déplorer", "fustiger", "flétrir"}
VIOLENCE = {"attaque", "attentat", "assaut", "embuscade", "massacre", "tuerie", "exaction", "violence", "carnage",
            "incursion", "raid", "enlèvement", "rapt"}
AFFILIATED = re.compile(r"(?<!\w)(?:liée?s?|affiliée?s?|rattachée?s?|allégeance)\s+(?:à|au)\s*(?:l['’]\s*)?$", re.IGNORECASE)
AUXILIARIES = {"wagner-group", "africa-corps"}  # forces fighting for a state, whose attacks are rarely unqualified
GENERIC_GROUP = "jihadist-groups"
SUBORDINATORS = {"qui", "que", "qu'", "qu’", "où", "dont", "lequel", "laquelle", "si", "quand", "lorsque", "lorsqu'",
                 "lorsqu’", "puisque", "parce", "car"}  # a pronoun after them is in a subordinate clause
PLURAL_PRONOUNS = {"ils", "elles"}  # the group that was the sentence before's subject (`… ont quitté la Cedeao. Ils …`)
PRONOUN_GENDERS = {"il": "m", "elle": "f"}  # the gender each takes up (`Il a reçu …` after `Le ministre X a …`)


@dataclass(frozen=True)
class Predicate:
    lemma: str
    pos: str
    relation_type: str
    polarity: int
    cameo: str
    plover: str
    plover_mode: str


@dataclass(frozen=True)
class Lexicon:
    by_word: dict  # (first word, pos) → [(rest of the words, Predicate)], longest first


@lru_cache(maxsize=4)
def lexicon(reference: Reference) -> Lexicon:
    """The relation lexicon of a reference folder, checked against the CAMEO→PLOVER table."""
    codes = {r["cameo"]: r for r in reference.table("cameo_plover.csv", ("cameo", "plover", "plover_mode", "source"))}
    rows = reference.table("relation_lexicon.csv", ("lemma", "pos", "relation_type", "polarity", "cameo", "notes"))
    by_word: dict = {}
    for n, row in enumerate(rows, start=2):
        where = reference.where("relation_lexicon.csv", n)
        if row["pos"] not in ("verb", "noun"):
            raise ReferenceError(f"{where}: pos {row['pos']!r} is not verb or noun")
        if row["polarity"] not in ("1", "-1"):
            raise ReferenceError(f"{where}: polarity must be 1 or -1")
        if row["cameo"] not in codes:
            raise ReferenceError(f"{where}: CAMEO code {row['cameo']!r} is not in cameo_plover.csv")
        code = codes[row["cameo"]]
        first, *rest = row["lemma"].lower().split()
        predicate = Predicate(row["lemma"], row["pos"], row["relation_type"], int(row["polarity"]), row["cameo"],
                              code["plover"], code["plover_mode"])
        by_word.setdefault((first, row["pos"]), []).append((tuple(rest), predicate))
    for entries in by_word.values():
        entries.sort(key=lambda e: -len(e[0]))
    return Lexicon(by_word)


def predicate_at(tok, lex: Lexicon) -> tuple[Predicate, int] | None:
    """(predicate, last token index) when a lexicon entry starts at `tok`."""
    if tok.pos_ in ("VERB", "ADJ") or (tok.pos_ == "AUX" and tok.lemma_ not in ("être", "avoir")):
        pos = "verb"
    elif tok.pos_ == "ADV" and (tok.lemma_ != tok.lower_ or participle_after_auxiliary(tok)):
        pos = "verb"  # "tournent le dos", "a expulsé": a verb the tagger took for an adverb
    elif tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text[:1].islower():
        pos = "noun"
    else:
        return None
    words = [tok.lemma_.lower(), tok.lower_]
    if tok.pos_ in ("VERB", "AUX"):  # a form the tagger left unlemmatised (`rappelle`), never an adjective (`armés`)
        words += lemmas(tok)
    elif participle_after_auxiliary(tok) or tok.pos_ == "ADJ" and any(c.dep_ == "obj" for c in tok.children):
        words += infinitives(tok.lower_)  # "Niamey nationalise la Somaïr": a verb with an object, tagged ADJ
    # an adjective may be a noun the tagger misread ("alliés du Niger", "partenaires de Moscou")
    misread = tok.pos_ == "ADJ" and any(c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "du", "des", "d'", "d’")
                                                               for g in c.children) for c in tok.children)
    for kind in (pos, "noun") if misread or tok.pos_ == "ADJ" else (pos,):
        for word in dict.fromkeys(words):
            for rest, predicate in lex.by_word.get((word, kind), []):
                if kind == "noun" and pos == "verb" and not misread and not rest:
                    continue  # an adjective opens a noun of several words only ("la libre circulation")
                following = tuple(t.lower_ for t in tok.doc[tok.i + 1:tok.i + 1 + len(rest)])
                if following == rest:
                    return predicate, tok.i + len(rest)
    return None


def participle_after_auxiliary(tok) -> bool:
    """A past participle right after `a`, `ont`, `est`… that the tagger mistook for something else."""
    return tok.i > 0 and tok.doc[tok.i - 1].lemma_ in ("avoir", "être") and tok.lower_.endswith(("é", "ée", "és", "ées"))


def asserted(tok) -> bool:
    """Whether a cue word is asserted: neither it nor the verb governing it is negated, refused or
    conditional. A noun in a fronted phrase of time or concession (`Depuis le retrait du Mali de la Cedeao, les élus
    maliens ne siègent plus`, `Après la signature de l'accord, Niamey n'a pas …`) is taken for granted by its clause:
    the clause's negation or condition does not reach it."""
    verb, link = (tok, None) if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    return not negated(tok) and (verb is None or not negated(verb) or presupposed(tok, link))


PRESUPPOSING = {"depuis", "après", "avant", "dès", "lors", "malgré", "suite"}  # `lors de`, `suite à`


def presupposed(tok, link: str | None) -> bool:
    """Whether a noun is an adverbial of time or concession of its verb, before it (`Depuis le retrait …, X ne …`)."""
    node = tok
    while node.dep_ not in ("obl:mod", "obl") and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # ("le retrait du Mali" in "Depuis le retrait du Mali …")
    return link is not None and node.dep_ in ("obl:mod", "obl") and node.i < node.head.i and any(
        c.dep_ == "case" and c.lower_ in PRESUPPOSING for c in node.children)


def negated(tok) -> bool:
    """`n'a pas signé`, `refuse de coopérer`, `pourrait signer`: the predicate is not asserted; nor is what an
    accusation alleges (`accuse Cotonou d'abriter des bases françaises`, wherever the parse hung the infinitive)."""
    if "Inf" in tok.morph.get("VerbForm") and (any(u.lower_.startswith(ALLEGING) for u in (tok.head, tok.head.head)) or (
            tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("de", "d'", "d’") and any(
                u.lower_.startswith(ALLEGING) for u in tok.doc[max(tok.sent.start, tok.i - 8):tok.i - 1]))):
        return True  # (by word order too: "accusent régulièrement Paris de soutenir …", which the parse mangles)
    for t in (tok, tok.head if tok.dep_ in ("xcomp", "obj", "ccomp") else None):
        if t is None:
            continue
        if any(c.lower_ in NEGATIONS for c in t.children) and any(c.lower_ in ("ne", "n'", "n’") for c in t.children):
            return True
        if "Cnd" in t.morph.get("Mood"):
            return True
        if t is not tok and t.lemma_.lower() in CANCELLING:
            return True
    return False


# What a delivery carries when it is no military aid: food, fuel, fertiliser, medicine, building material.
CIVILIAN_GOODS = {"blé", "farine", "riz", "maïs", "mil", "sorgho", "céréale", "vivre", "denrée", "huile", "sucre",
                  "engrais", "semence", "intrant", "carburant", "gasoil", "gazole", "essence", "pétrole", "hydrocarbure",
                  "fioul", "gaz", "électricité", "médicament", "vaccin", "dose", "kit", "ciment", "tracteur", "aide",
                  "mégawatt", "courant"}
MEASURES = {"tonne", "lot", "cargaison", "sac", "baril", "litre", "mètre", "quantité", "tonnage", "conteneur", "camion"}


def civilian_goods(tok) -> bool:
    """Whether what `livrer` or `livraison` delivers is civilian goods (`a livré 25 000 tonnes de blé`, `la livraison
    d'engrais`): its object, or the `de` complement of a noun of delivery, through a measure (`tonnes de`)."""
    if tok.pos_ in ("VERB", "AUX"):
        things = [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass")]
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
            things.append(tok.head)  # "les 25 000 tonnes de blé livrées par la Russie"
    else:
        things = [c for c in tok.children if c.dep_ == "nmod" and any(g.lower_ in ("de", "d'", "d’", "du", "des")
                                                                     for g in c.children)]
    for thing in things:
        if thing.lemma_.lower() in MEASURES or thing.pos_ == "NUM":
            things += [c for c in thing.children if c.dep_ == "nmod"]
    after = []  # the words right after it, where the parse lost them ("a livré du carburant", "la livraison de blé")
    for t in tok.doc[tok.i + 1:tok.i + 8]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        after.append(t)
    return any(t.lemma_.lower() in CIVILIAN_GOODS or t.lower_ in CIVILIAN_GOODS for t in things + after)


def no_longer(tok) -> bool:
    """Whether a word is negated by `ne … plus` (`ne sont plus membres`), on itself or on the verb it depends on:
    a tie that held and ended, not one denied."""
    verb = governing_verb(tok)[0]
    words = [c for t in (tok, verb) if t is not None for c in t.children]
    words += [g for c in words if c.dep_ == "cop" for g in c.children]  # (the parse may hang `n'` on `est`)
    return any(c.lower_ == "plus" for c in words) and any(c.lower_ in ("ne", "n'", "n’") for c in words)


def denied(tok) -> bool:
    """Whether a predicate is negated (`n'a jamais fermé`) or refused (`refuse de rompre`), not merely hypothetical
    (`pourrait rompre`): a rupture so denied asserts that the tie continues."""
    heads = [t for t in (tok, tok.head if tok.dep_ in ("xcomp", "obj", "ccomp") else None) if t is not None]
    if any("Cnd" in t.morph.get("Mood") for t in heads):
        return False
    return any(any(c.lower_ in NEGATIONS for c in t.children) and any(c.lower_ in ("ne", "n'", "n’") for c in t.children)
               or t is not tok and t.lemma_.lower() == "refuser" for t in heads)


DATE_WORDS = set(WEEKDAYS) | set(MONTHS) | {"hier"}  # words the tagger sometimes takes for verbs


POSSESSIVE = {"son", "sa", "ses", "leur", "leurs"}
TIME_NOUNS = DATE_WORDS | {"veille", "lendemain", "jour", "semaine", "mois", "année", "an", "matin", "soir", "nuit",
                           "week-end", "surlendemain"}  # words the parse sometimes makes a clause's subject
# Ids of courts and arbitration bodies: one "saisit" them (brings a case), it does not seize them
COURTS = re.compile(r"(?:^|-)(?:cour|tribunal|cirdi|cij|cpi|arbitrage|juridiction)(?:-|$)")
TIES = {"partnership", "membership"}  # relation types of nouns that name who is tied, not what is done
MEDIATIONS = {"médiation", "arbitrage", "facilitation"}  # "une médiation entre la Cedeao et l'AES": the mediator's


def apposed_tie(tok, lex) -> bool:
    """Whether a noun of a tie (`allié`, `partenaire`, `membre`) follows a comma: an apposition to the
    phrase before it (`…, ses alliés de l'AES`) that the parser may have made an object."""
    found = predicate_at(tok, lex) if tok.pos_ in ("NOUN", "ADJ") else None
    left = tok.left_edge.i
    return found is not None and found[0].relation_type in TIES and left > 0 and tok.doc[left - 1].text == ","


def ended(tok) -> bool:
    """Whether a noun is the complement of a noun that ends it (`la fin de sa coopération avec Paris`)."""
    return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and \
        tok.head.lemma_.lower() in RUPTURE_NOUNS


def passive(verb) -> bool:
    """A verb in the passive (`ont été livrés par X`) or a past participle with its agent (`livrés par X`)."""
    return any(c.dep_ in ("aux:pass", "obl:agent") for c in verb.children)


def ending_verb(verb) -> bool:
    """Whether `verb` ends what it governs (`RUPTURE_VERBS`); `mettre` and `remettre` only with an ending word in
    the three tokens after them (`ENDING_WORDS`)."""
    lemma = verb.lemma_.lower()
    if lemma not in RUPTURE_VERBS:
        return False
    if lemma in ("mettre", "remettre"):
        return any(t.lower_ in ENDING_WORDS for t in verb.doc[verb.i + 1:verb.i + 4])
    return True


def second_object(tok, verb) -> bool:
    """Whether `tok` reaches `verb` as a second direct object after one the verb already has: a parse that ran
    two clauses together (`qui ont quitté la Cedeao, multiplient les partenariats …`, the finite verb tagged as an
    adverb), where the verb does not govern the tie at all."""
    node, steps = tok, 0
    while node.head.i != node.i and node.head.i != verb.i and steps < 6:
        node, steps = node.head, steps + 1
    return node.head.i == verb.i and node.dep_ == "obj" and any(
        c.dep_ == "obj" and c.i < node.i and c.lower_ not in TIME_NOUNS | {"fin", "début", "mi", "courant"}
        and not any(g.lower_ in TIME_NOUNS for g in c.subtree) for c in verb.children)
    # (not "a dénoncé fin novembre son accord": a date the parse made the first object)


def governing_verb(tok):
    """The verb a noun depends on (through nouns and prepositions), with the dependency that links it;
    a weekday or month the tagger took for a verb (`a dénoncé jeudi l'accord`) is passed through."""
    node, steps = tok, 0
    while node.head.i != node.i and steps < 5:
        if node.head.lower_ in DATE_WORDS:
            node, steps = node.head, steps + 1
            continue
        if node.head.pos_ in ("VERB", "AUX") or node.head.pos_ == "ADJ" and node.head.dep_ in ("ROOT", "conj"):
            return node.head, node.dep_
        node, steps = node.head, steps + 1
    return None, None


class PredicateFinder:
    """Relations of one document stated by lexicon predicates (see the module docstring)."""

    def __init__(self, relator):
        self.relator = relator
        self.reference = relator.reference
        self.lex = lexicon(relator.reference)
        self.founding = next(p for rest, p in self.lex.by_word.get(("fonder", "verb"), [((), None)]) if not rest)
        self.starts = [m["start"] for m in relator.mentions]
        self.longest = max((m["end"] - m["start"] for m in relator.mentions), default=0)
        self.place_at = SpanIndex(relator.places).first_containing  # by bisection: linear in the article
        self.previous_subject: list[str] = []  # the actors the sentence read before was about (its main subject)
        self.genders: dict[str, str] = {}  # a person's gender from the first name of his first mention
        for m in relator.mentions:
            if m["actor_kind"] == "person" and m["actor_id"] not in self.genders:
                self.genders[m["actor_id"]] = self.reference.name_gender(m["text"])

    def span_actors(self, doc: Doc, offset: int, lo: int, hi: int) -> list[str]:
        """Actor ids named in doc[lo:hi] (group phrases expanded)."""
        if hi <= lo:
            return []
        start, end = offset + doc[lo].idx, offset + doc[hi - 1].idx + len(doc[hi - 1])
        return list(self.relator.actors_between(start, end))

    def subtree_actors(self, doc, offset, noun, lo, hi, places, links) -> tuple[list[str], list[str]]:
        """Actors named in a noun's phrase after it (relative clauses and demonyms qualifying a name
        left out), split at its first linking preposition: (before it, after it)."""
        skip = {t.i for c in noun.children if c.dep_.startswith("acl") for t in c.subtree}
        skip |= {t.i for c in noun.subtree if c.dep_ == "acl:relcl" for t in c.subtree}
        # ("leur retrait de la Cedeao, une organisation qu'ils jugent instrumentalisée par la France": a relative
        # clause deeper in the phrase is no argument of the noun either)
        before, after, linked = [], [], False
        for t in doc[noun.i + 1:min(noun.right_edge.i + 1, hi)]:
            if t.i in skip or t.is_punct:
                continue
            previous = doc[t.i - 1] if t.i > 0 else None
            coordinating = previous is not None and (previous.text == "," or previous.lower_ in ("et", "ou"))
            if t.lower_ in links and (before or linked) and not coordinating:  # "du Mali, du Burkina et du Niger"
                linked = True
            if self.qualifies_a_name(t, offset):
                continue
            found = self.actors_at(offset + t.idx, offset + t.idx + len(t)) or (
                self.place_state(doc, offset, t, capitals_only=not places))
            (after if linked else before).extend(found)
        return unique(before), [a for a in unique(after) if a not in before]

    def qualifies_a_name(self, tok, offset) -> bool:
        """A demonym right before a person's or a company's name (`le Sénégalais Bassirou Diomaye Faye`)."""
        pos = offset + tok.idx
        here = [m for m in self.overlapping(pos, pos + 1) if m["method"] == "demonym"]
        if not here:
            return False
        end = here[0]["end"]
        gap = re.match(r"\s*", self.relator.text[end:end + 20]).end()  # only spaces between the two
        return any(m["start"] == end + gap and m["actor_kind"] in ("person", "organization")
                   for m in self.overlapping(end + gap, end + gap + 1))

    def journey(self, doc: Doc, offset: int, tok, hi: int) -> bool:
        """Whether a word of leaving names a place rather than a withdrawal: `au départ de Lomé`, `à la sortie
        d'Agadez`, or a person leaving one city for another (`Wang Yi a quitté Ouagadougou mercredi pour Niamey`,
        `Avant de quitter Bamako pour Niamey, le ministre …`); troops that leave a capital for another withdraw."""
        before = doc[tok.i - 1].lower_ if tok.i else ""
        if tok.lower_ in ("départ", "sortie") and (before == "au" or before == "la" and tok.i > 1
                                                   and doc[tok.i - 2].lower_ in ("à", "a")):
            return True
        if tok.lemma_.lower() not in ("quitter", "partir"):
            return False
        bound = next((k for k in range(tok.i + 1, min(hi, tok.i + 12)) if doc[k].text in (".", ";", ":", "«")),
                     min(hi, tok.i + 12))
        if not any(doc[k].lower_ in ("pour", "vers") and k + 1 < bound and doc[k + 1].pos_ == "PROPN"
                   for k in range(tok.i + 1, bound)):
            return False
        node = tok
        for _ in range(3):  # "Avant de quitter Bamako …, Hakan Fidan a invité": the subject of the verb it hangs on
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if subjects or node.head.i == node.i:
                break
            node = node.head
        return any(m["actor_kind"] == "person" for c in subjects  # (the subject's apposition too: "Le ministre, X,")
                   for m in self.overlapping(offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)))

    def overlapping(self, start: int, end: int) -> list[dict]:
        """Mentions overlapping [start, end), found by position (mentions are sorted by start)."""
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)
        return [m for m in self.relator.mentions[lo:hi] if start < m["end"]]

    def actors_at(self, start: int, end: int) -> list[str]:
        """Actor ids of the mentions overlapping [start, end) (a name's head word finds the whole name);
        a lone name in parentheses (`(ANP)`, `(Cedeao)`) is a credit or a repetition, not a party."""
        text = self.relator.text
        out = []
        for m in self.overlapping(start, end):
            if text[m["start"] - 1:m["start"]] == "(" and text[m["end"]:m["end"] + 1] == ")":
                continue
            if m["method"] == "demonym" and (named := self.named_after(m["end"])) is not None:
                out.append(named["actor_id"])  # "le russe Yadran": the company, not Russia
                continue
            out.append(m["actor_id"])
        return unique(out)

    def named_after(self, end: int) -> dict | None:
        """The person or organisation named right after position `end` (only spaces between)."""
        gap = re.match(r"\s*", self.relator.text[end:end + 20]).end()
        return next((m for m in self.overlapping(end + gap, end + gap + 1) if m["start"] == end + gap
                     and m["actor_kind"] in ("person", "organization")), None)

    def located_state(self, doc: Doc, offset: int, tok) -> list[str]:
        """The state of the place a locative phrase names at its head or in its `de` complement (`à Zinder`, `dans la
        région de Tillabéri`, `dans les camps de Mbera`), a place that is no capital included."""
        found = self.place_state(doc, offset, tok)
        for c in tok.children if not found else ():
            if c.dep_ == "nmod" and c.i > tok.i and any(g.lower_ in ("de", "d'", "d’") for g in c.children):
                found = self.place_state(doc, offset, c)
                if found:
                    break
        return found

    def place_state(self, doc: Doc, offset: int, tok, capitals_only: bool = False) -> list[str]:
        """The state of a place named at `tok` (`d'Agadez` → NER; `Bamako` → MLI)."""
        p = self.place_at(offset + tok.idx)
        if p is None or in_route_name(self.relator.text, p["start"], p["end"]):
            return []  # (not an end of a route: `le chemin de fer Bamako-Niamey`)
        if capitals_only:
            state = self.reference.capitals.get(p["actor_id"])
        else:
            state = self.reference.capitals.get(p["actor_id"]) or self.relator.country(p["actor_id"])
        return [state] if state else []

    def head_actors(self, doc: Doc, offset: int, tok, places: bool, depth: int = 0, locative: bool = False) -> list[str]:
        """The parties a phrase headed by `tok` names: the actor at its head (a name, a capital, a
        group phrase), else its apposed name, its demonym (`les militaires américains`) or its
        `de` complement (`les forces de la Cedeao`); each coordinated conjunct gives its own."""
        found = self.actors_at(offset + tok.idx, offset + tok.idx + len(tok))
        if not found:
            names, demonyms = [], []
            for c in tok.children:
                if c.dep_ in ("flat:name", "appos", "fixed", "flat"):
                    names += self.actors_at(offset + c.idx, offset + c.right_edge.idx + len(c.right_edge))  # overlap: "Ali" of a name the parse split
                elif c.dep_ == "amod" and c.pos_ == "ADJ":  # "le groupe russe Yadran": the company it names
                    demonyms += [a for t in doc[c.i:c.right_edge.i + 1]
                                 for a in self.actors_at(offset + t.idx, offset + t.idx + len(t))]
                elif c.dep_ == "det" and c.lower_ in ("nos", "notre"):  # "« … forme nos officiers »": the speaker's
                    demonyms += self.actors_at(offset + c.idx, offset + c.idx + len(c))  # side (`Relator.first_person`)
            people = [a for a in names if self.relator.kind(a) in ("person", "organization")]
            found = people or names + demonyms  # "le ministre turc …, Hakan Fidan": the person, not Turkey
        if not found:  # "la mine exploitée par Orano": the agent of a participle on the phrase
            for c in tok.children:
                if c.dep_ == "acl":
                    for a in c.children:
                        if a.dep_ == "obl:agent" or any(g.lower_ == "par" and g.dep_ == "case" for g in a.children):
                            found += self.actors_at(offset + a.idx, offset + a.idx + len(a))
        if not found and tok.pos_ in ("NOUN", "ADJ") and tok.lemma_.lower() in FIGHTERS and self.fought(tok):
            return self.fighters_group(offset + tok.idx)  # "ont neutralisé une dizaine de terroristes près de Kati"
        if not found and not locative:  # a capital is its government ("la rupture de Bamako avec Paris"); other places only
            found = self.place_state(doc, offset, tok, capitals_only=not places)  # where something moves
        if not found and depth < 3:
            for c in tok.children:  # "les forces de la Cedeao", "ses relations avec l'Ukraine", not "au service de"
                if c.dep_ == "nmod" and c.i > tok.i and not (c.pos_ == "NOUN" and c.lemma_.lower() not in GROUP_NOUNS
                                                               and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux")
                                                                       for g in c.children)):
                    # ("des hélicoptères aux trois pays": a group phrase the parse hung on the object is the recipient)
                    found += self.head_actors(doc, offset, c, places, depth + 1)
                    if found:
                        break
        if not found and depth < 3 and tok.pos_ == "NOUN":  # "le traité instituant la Confédération": what it founds
            for c in tok.children:
                if c.dep_ == "acl" and c.i > tok.i and c.lower_.endswith("ant"):
                    found += [a for o in c.children if o.dep_ == "obj"  # the object itself, not its complements
                              for a in self.head_actors(doc, offset, o, places, 3)
                              if self.relator.kind(a) == "organization"]
        if found and depth == 0 and tok.lemma_.lower() in REGIMES:  # "la junte du général X a rompu avec la France"
            inside = self.relator.mentions_between(offset + tok.idx, offset + tok.right_edge.idx + len(tok.right_edge))
            found = self.relator.governed(found, offset + tok.idx, inside[0][0]) if inside else found
        if not found and tok.lemma_.lower() in GROUP_NOUNS:
            found = self.span_actors(doc, offset, tok.left_edge.i, tok.i + 1)  # "les trois pays"

        for c in tok.children:
            if c.dep_ == "conj":
                found += self.head_actors(doc, offset, c, places, depth)
        return unique(found)

    def find(self, doc: Doc, offset: int, lo: int, hi: int, taken: set[int]) -> list[dict]:
        """Rows (cue span, type, polarity, CAMEO, PLOVER, source, target) of one sentence doc[lo:hi];
        tokens in `taken` already carry a cue of `relations.py`."""
        try:
            return self.find_in(doc, offset, lo, hi, taken)
        finally:
            self.previous_subject = self.main_subject(doc, offset, lo, hi)

    def find_in(self, doc: Doc, offset: int, lo: int, hi: int, taken: set[int]) -> list[dict]:
        """`find`, worked out (`previous_subject` still the sentence before's)."""
        rows, seen = [], set()
        orderers = set()
        for tok in doc[lo:hi]:
            if tok.lemma_.lower() in LEAVING and not negated(tok) and (ordered := self.ordered_out(doc, offset, tok, lo, hi)):
                verb, sources, leavers = ordered
                orderers.add(verb.i)
                rows += self.expulsions(doc, offset, tok, sources, leavers, seen)
        for tok in doc[lo:hi]:
            if tok.lower_ == "sein" and tok.i > lo and doc[tok.i - 1].lower_ == "au":
                rows += self.within(doc, offset, tok, lo, hi, seen)
                continue
            if tok.lower_ in ("membre", "membres") and (tok.i == lo or doc[tok.i - 1].is_punct) \
                    and (fronted := self.fronted_members(doc, offset, tok, hi, seen)):
                rows += fronted  # "Membre avec le Burkina Faso et le Niger de l'AES, le Mali …"
                continue
            if tok.lower_ in ("membre", "membres") and tok.i + 1 < hi and doc[tok.i + 1].lower_ in (
                    "de", "du", "des", "d'", "d’") and any(t.text == "," for t in doc[max(lo, tok.i - 5):tok.i]):
                # "le Mali et le Burkina Faso, deux des trois membres de l'AES, …": an apposition of membership
                rows += self.within(doc, offset, tok, lo, hi, seen)
                continue
            if tok.lower_ in PARTNERS and tok.i + 1 < hi and doc[tok.i + 1].lower_ in ("de", "du", "des", "d'", "d’") \
                    and tok.i > lo and (doc[tok.i - 1].text == "," or doc[tok.i - 1].lower_ in PARTNERS_DETERMINERS):
                rows += self.within(doc, offset, tok, lo, hi, seen)  # "le Mali et le Niger, ses partenaires de l'AES"
            if (found := predicate_at(tok, self.lex) or self.qualified_relations(tok)) is None:
                continue
            maintained = ended_tie = False
            if found[0].polarity > 0 and found[0].relation_type in TIES and no_longer(tok):
                ended_tie = True  # "ne sont plus membres de la Cedeao", "n'est plus notre partenaire": a tie ended
            elif negated(tok):
                if not (found[0].polarity < 0 and (found[0].relation_type in ("rupture", "withdrawal")
                                                   or found[0].lemma in DENIABLE) and denied(tok)):
                    continue
                maintained = True  # "n'a jamais fermé sa porte à X", "ne quitte pas le Mali", "a refusé de rompre avec
                # Y": a denied rupture asserts that the tie continues (GUIDELINES: negated ruptures are +1)
            if tok.i in orderers and found[0].polarity > 0:
                continue  # "a accordé une semaine aux cadres d'Orano pour quitter le pays": no favour
            if any(m["end"] - m["start"] > len(tok) and m["actor_kind"] in ("organization", "armed_group")
                   for m in self.overlapping(offset + tok.idx, offset + tok.idx + len(tok))):
                continue  # "l'Alliance des Etats du Sahel", "l'Union africaine": a word of a name, no predicate
            predicate, last = found
            if predicate.relation_type == "military_aid" and predicate.lemma in ("livrer", "livraison") \
                    and civilian_goods(tok):  # "a livré 25 000 tonnes de blé": supply, not military aid
                supply = next(p for rest, p in self.lex.by_word.get(("fournir", "verb"), []) if not rest)
                predicate = replace(predicate, relation_type=supply.relation_type, cameo=supply.cameo,
                                    plover=supply.plover, plover_mode=supply.plover_mode)
            if predicate.relation_type in TIES and tok.dep_.startswith("acl") and tok.head.pos_ == "NOUN" \
                    and not tok.head.dep_.startswith("nsubj") and (
                    ruling := governing_verb(tok.head)[0]) is not None and ending_verb(ruling):
                continue  # "a dénoncé le traité qui le liait à Abidjan": the tie it ends, never a cooperation
            if predicate.relation_type in TIES and last + 2 < hi and doc[last + 1].lower_ == "au" \
                    and doc[last + 2].lower_ == "sein":
                continue  # "ses partenaires au sein de l'AES": the membership rows of `within`, no tie to the subject
            if tok.i > 0 and doc[tok.i - 1].lower_ == "en" and tok.lower_ in ("présence", "marge", "faveur"):
                continue  # "en présence du ministre": a circumstance, not a presence of troops
            if predicate.relation_type == "withdrawal" and self.journey(doc, offset, tok, hi):
                continue  # "Wang Yi a quitté Ouagadougou pour Niamey", "au départ de Lomé": a trip or a place
            if tok.i > 0 and doc[tok.i - 1].lower_ == "pour" and tok.lower_ == "consultations":
                continue  # "rappelé pour consultations": part of a recall, not a meeting
            if predicate.pos == "noun" and predicate.relation_type == "armed_conflict" and qualifier(tok):
                continue  # "des hélicoptères de combat", "un drone d'attaque": a kind of equipment, no fight
            if predicate.pos == "verb" and any(c.dep_ == "obj" and c.lemma_.lower() in PUBLICATIONS for c in tok.children):
                continue  # "a cosigné avec X une étude": writing together is no political act
            if predicate.lemma in ENVOY_VERBS and not any(c.dep_ == "obj" and c.lemma_.lower() in ENVOYS
                                                          for c in tok.children):
                continue  # "a rappelé que …" reminds; "a rappelé son ambassadeur" recalls
            places = predicate.relation_type in PLACE_TYPES
            polarity = predicate.polarity
            if predicate.pos == "verb" and any(c.dep_ == "obj" and (p := predicate_at(c, self.lex)) is not None
                                               and p[0].polarity != polarity and p[0].relation_type not in TIES
                                               for c in tok.children):
                continue  # "a obtenu le départ des troupes": the object noun states the relation, not "obtenir"
                # (but "a quitté la Cedeao avec le Mali, ses alliés": a noun of a tie names parties, not an act)
            a_lo, a_hi = self.quoted_clause(doc, offset, tok, lo, hi)
            if predicate.pos == "verb":
                verb = tok.head if tok.pos_ == "ADV" and tok.head.lemma_ in ("avoir", "être") else tok  # "a expulsé"
                sources, targets, joint = self.verb_arguments(doc, offset, verb, a_lo, a_hi, places,
                                                              doc[tok.i + 1:last + 1] if verb is tok else (),
                                                              located=predicate.relation_type in LOCATED_TYPES)
                if sources and not targets and predicate.lemma in DELIVERED and passive(verb) and (
                        home := self.relator.home_state(offset + tok.idx)) is not None and all(
                        s != home and self.relator.country(s) != home for s in sources):
                    targets = [home]  # "les hélicoptères ont été livrés par la société russe X": to the article's state
                if predicate.lemma in FOUNDING:
                    things = [c for c in verb.children if c.dep_ == "obj"
                              and not self.actors_at(offset + c.idx, offset + c.idx + len(c))]
                    qualifying = {a for c in things for a in self.actors_at(
                        offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge))}
                    founded = [t for t in targets if t not in qualifying and self.relator.kind(t) == "organization"]
                    # (an organisation qualifying the thing created is not founded: `a créé une monnaie de l'AES`)
                    if founded:  # "a formé avec le Mali et le Burkina Faso l'AES": its founders join it
                        predicate, targets = self.founding or predicate, founded
                    elif predicate.relation_type == "joining":
                        continue  # "a constitué des stocks pour le Togo": no organisation founded, no relation
            else:
                joint = False
                sources, targets, verb = self.noun_arguments(doc, offset, tok, a_lo, a_hi, places,
                                                             tok.lemma_.lower() in EXITS)
                subject = (governing_verb(tok)[1] or "").startswith("nsubj")
                if verb is not None and negated(verb):
                    continue
                if predicate.relation_type == "withdrawal" and not (sources and targets):
                    sources, targets = self.leavers(doc, offset, last, a_hi) or (sources, targets)
                if sources and not targets:  # the parse lost the complement ("la rupture « avec effet
                    targets = [a for a in self.following_group(doc, offset, last, a_hi) if a not in sources and not any(
                        self.member_of(s, a) or self.member_of(a, s) for s in sources)]
                    # immédiat » de ses relations avec l'Ukraine"): the actors that follow in its clause
                if verb is not None and polarity > 0 and ending_verb(verb) and not subject \
                        and not second_object(tok, verb) \
                        and not apposed_tie(tok, self.lex):
                    polarity = -1  # "ont dénoncé l'accord de défense", not "X, allié du Niger, a suspendu …"
                if polarity > 0 and ended(tok):
                    polarity = -1  # "la fin de sa coopération avec Paris", "la suspension de l'accord"
            envoy = None
            if predicate.lemma in ENVOY_VERBS:
                envoy = next(c for c in tok.children if c.dep_ == "obj" and c.lemma_.lower() in ENVOYS)
            elif predicate.lemma in ENVOY_NOUNS:  # "le rappel de ses ambassadeurs au Mali et au Niger"
                envoy = next((t for t in doc[last + 1:min(last + 4, a_hi)] if t.lemma_.lower() in ENVOYS
                              or t.lower_ in ENVOYS), None)
                if envoy is None:
                    continue  # "Pour rappel, …": a reminder
            if envoy is not None:
                homes, posted = self.envoy_states(doc, offset, envoy, a_hi)
                if not homes and not sources and verb is not None:  # "Le lendemain, Alger a répliqué par le rappel"
                    sources = self.clause_group(doc, offset, verb, lo)
                if homes:  # "le Collège de l'AES a rappelé les ambassadeurs du Mali, du Burkina et du Niger": their
                    sources = unique([a for a in sources if self.relator.kind(a) == "organization"] + homes)  # states too
                targets = unique(a for a in posted if a not in sources)  # its own envoys' state is no party
            if predicate.lemma in ("saisir", "saisie"):
                targets = [t for t in targets if not COURTS.search(t)]  # "a saisi la CIJ": a referral, not a seizure
            acting = [(s, t, predicate.relation_type, polarity, predicate.cameo, predicate.plover,
                       predicate.plover_mode) for s in sources for t in targets if s != t]
            if maintained:
                acting = [(s, t, "cooperation", 1, "060", "COOPERATE", "") for s, t, *_ in acting]
            if ended_tie:
                exit_ = next(p for rest, p in self.lex.by_word.get(("sortie", "noun"), []) if not rest)
                acting = [(s, t, exit_.relation_type, -1, exit_.cameo, exit_.plover, exit_.plover_mode)
                          for s, t, *_ in acting]
            together = joint or coordinated(verb if predicate.pos == "noun" else tok) or predicate.pos == "noun" or (
                verb is not None and len(self.clause_group(doc, offset, verb, lo)) >= 2)
            if len(sources) >= 2 and predicate.relation_type in JOINT and together and sources != targets:
                # acting together (not the parties "entre X et Y" of one relation, given as sources = targets)
                acting += [(a, b, "cooperation", 1, "060", "COOPERATE", "")
                           for n, a in enumerate(sources) for b in sources[n + 1:]
                           if not self.member_of(a, b) and not self.member_of(b, a)]
            for s, t, kind, sign, cameo, plover, mode in acting:
                key = (min(s, t), max(s, t), sign)
                if key in seen:
                    continue
                seen.add(key)
                rows.append(relation_row(doc, offset, tok, last, s, t, kind, sign, cameo, plover, mode))
        return rows

    def qualified_relations(self, tok) -> tuple[Predicate, int] | None:
        """`relations` (`relation`, `liens`) read as a predicate when a word says how they stand: `des relations
        exécrables`, `les relations … sont rompues`, `restent tendues`, `L'affaire envenime les relations`
        (rupture); `d'excellentes relations`, `des liens étroits`, `se sont apaisées` (a partnership). The noun
        alone names no polarity, and no lexicon row can say so: the qualifying word does."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("relation", "lien"):
            return None
        words = [c for c in tok.children if c.dep_ == "amod"]
        if tok.dep_.startswith("nsubj"):  # "les relations … sont rompues", "restent tendues", "se sont tendues"
            words += [tok.head] + [c for c in tok.head.children if c.dep_ in ("xcomp", "acomp", "obj")]
        elif tok.dep_ == "obj":  # "envenime les relations"
            words.append(tok.head)
        elif tok.dep_ == "ROOT":  # the parse lost the verb ("Les relations … entre X et Y sont rompues")
            words += [t for t in tok.doc[tok.i + 1:min(tok.sent.end, tok.i + 12)] if t.pos_ in ("VERB", "ADJ")]
        signs = {sign for w in words for sign, stems in QUALIFIERS.items()
                 if w.lower_.startswith(stems) or w.lemma_.lower().startswith(stems)}
        if len(signs) != 1 or any(negated(w) for w in words if w.dep_ != "amod"):
            return None
        # typed, coded and mapped to PLOVER as the lexicon's own `partenariat` and `brouille` rows are
        model = self.lex.by_word.get(("partenariat" if signs == {1} else "brouille", "noun"), [])
        predicate = next((p for rest, p in model if not rest), None)
        return (replace(predicate, lemma=tok.lemma_.lower()), tok.i) if predicate is not None else None

    def ordered_out(self, doc, offset, leave, lo, hi):
        """(the verb that gives the order, its givers, those told to go) when the infinitive `leave` (`quitter`,
        `partir`) is an order to leave the country: under a verb of ordering (`ordonner`, `sommer`) or of giving a
        deadline (`donner 48 heures à X pour quitter le pays`, `signifier à X l'ordre de partir`), with those told
        named between the verb and the infinitive; else None. The parse hangs the infinitive on the verb, the
        deadline or the person told, so the verb is the first ordering one above it."""
        if "Inf" not in leave.morph.get("VerbForm") or not any(
                c.dep_ == "mark" and c.lower_ in ("pour", "de", "d'", "d’") for c in leave.children):
            return None
        verb, steps = leave.head, 0
        while verb.lemma_.lower() not in ORDERING and verb.head.i != verb.i and steps < 4:
            verb, steps = verb.head, steps + 1
        if verb.lemma_.lower() not in ORDERING or not lo <= verb.i < leave.i or passive(verb):
            return None  # ("sommé par Bamako de quitter le pays": the cue of `sommer` says it)
        end = leave.right_edge.i + 1
        if verb.lemma_.lower() not in ORDERS_ALONE and not DEADLINE.search(doc[verb.i + 1:end].text):
            return None  # "a demandé à ses partenaires de partir ensemble": no order
        sources, _ = self.subject_actors(doc, offset, verb, lo, hi)
        sources = sources or [a for c in verb.children if c.dep_.startswith("nsubj") for a in self.state_body(offset, c)]
        place = [c for c in leave.children if c.dep_ == "obj"]
        if not sources or place and place[0].lemma_.lower() not in TERRITORY and not set(
                self.span_actors(doc, offset, place[0].left_edge.i, place[0].right_edge.i + 1)) & set(sources):
            return None  # "les a invités à quitter l'organisation dans un délai …": leaving something else
        leavers = [a for a in self.span_actors(doc, offset, verb.i + 1, leave.i) if a not in sources]
        return (verb, sources, leavers) if leavers else None

    def expulsions(self, doc, offset, tok, sources, leavers, seen) -> list[dict]:
        """Rows of an expulsion from `sources` to each of `leavers`, stated at `tok`."""
        expel = next(p for rest, p in self.lex.by_word[("expulser", "verb")] if not rest)
        rows = []
        for s in sources:
            for t in leavers:
                key = (min(s, t), max(s, t), -1)
                if s != t and key not in seen:
                    seen.add(key)
                    rows.append(relation_row(doc, offset, tok, tok.i, s, t, expel.relation_type, -1, expel.cameo,
                                             expel.plover, expel.plover_mode))
        return rows

    def subject_actors(self, doc, offset, verb, lo, hi):
        """(agents, patients) named by a verb's subjects: a passive's subject is its patient."""
        agents, patients = [], []
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and lo <= c.i < hi]
        subjects = [g for c in subjects for g in (
            [c] if c.lemma_.lower() not in TIME_NOUNS else [g for g in c.children if g.dep_ == "conj"])]
        # "Samedi, Niamey et Ouagadougou ont …", "La veille, à Niamey, les généraux …": a time is no subject, its
        # conjuncts are
        aux = next((c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i), None)
        before = doc[aux.i - 1] if aux is not None and aux.i - 1 >= lo else None
        opening = before.i - 1 if before is not None else lo
        while opening > lo and doc[opening].dep_ in ("det", "amod") and doc[opening].head.i == before.i:
            opening -= 1  # past "la" of "et la Turquie"
        if not subjects and before is not None and before.pos_ in ("NOUN", "PROPN") and before.head.i != verb.i \
                and before.dep_ in ("conj", "obj", "nmod", "appos", "dep") and doc[opening].lower_ in ("et", ","):
            # "la Russie a formé les officiers et la Turquie a livré des drones": the parse joined the second
            # subject to the first clause's object; the noun right before the auxiliary is the verb's own
            subjects = [before]
        if not subjects and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            subjects = [c for c in verb.head.children if c.dep_.startswith("nsubj") and lo <= c.i < hi]
        if not subjects and verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and lo <= verb.head.i < hi \
                and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            # "le Mali et le Niger, réunis au sein de l'AES", "les soldats français, chassés du Niger": the
            # phrase a past participle qualifies is what it says was done to
            found = self.head_actors(doc, offset, verb.head, False)
            group = self.relator.first_group(offset + verb.head.left_edge.idx, offset + verb.idx)
            if found and group and group[0] == found[0] and len(group) > len(found):
                found = unique(found + group)
            return [], found
        # "L'ambassadeur X, déclaré persona non grata par Niamey, …": a past participle with an agent and no
        # "avoir" is passive, its subject what was done to
        passive = "Part" in verb.morph.get("VerbForm") and not verb.dep_.startswith("acl") and not any(
            c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children) and any(
            g.lower_ == "par" and g.dep_ == "case" for c in verb.children for g in c.children)
        for s in subjects:
            head = verb.head if s.lower_ == "qui" and verb.dep_.startswith("acl") else s  # relative: antecedent
            found = self.head_actors(doc, offset, head, False)
            if not found and s.lower_ == "qui":  # the parse hung the relative elsewhere: the name right before it
                found = self.antecedent(doc, offset, s, lo)
            if found and s.i < verb.i:  # "le Burkina, le Mali et le Niger refusent": the parse kept one conjunct
                group = self.relator.first_group(offset + s.left_edge.idx, offset + verb.idx)
                if group and group[0] == found[0] and len(group) > len(found):
                    found = unique(found + group)
            found = found or self.state_body(offset, head)  # "la junte a rompu avec la France"
            if not found and (s.lower_ in PRONOUN_GENDERS or s.lower_ in PLURAL_PRONOUNS) and s.pos_ == "PRON" \
                    and not self.relator.actors_between(offset + doc[lo].idx, offset + s.idx) \
                    and not any(t.lower_ in SUBORDINATORS for t in doc[lo:s.i]):
                # "X a reçu Y. Il a ensuite rencontré Z": a pronoun that opens its sentence (past a circumstance;
                # not "Quant au Bénin, il …" nor "…, où il doit être reçu")
                found = self.pronoun_antecedent(s.lower_)
                # ("Le Mali, le Burkina et le Niger ont quitté la Cedeao. Mais ils restent membres de l'UEMOA": `ils`
                # takes up the group that was the sentence before's subject)
            found = self.relator.governed(found, offset + doc[max(lo, s.left_edge.i - 4)].idx, offset + s.idx)
            # ("Le régime du capitaine X a rompu": the parse made X the subject; his state acts)
            (patients if s.dep_ == "nsubj:pass" or passive else agents).extend(found)
        return unique(agents), unique(patients)

    def pronoun_antecedent(self, pronoun: str) -> list[str]:
        """What `il` or `elle` as a relation's subject takes up: the main subject of the sentence read before, when
        it is one actor whose gender does not disagree (a person's from his first name; `elle` of a state or body
        is as likely as `il`); what `ils` or `elles` takes up: that subject when it is a group of actors."""
        if pronoun in PLURAL_PRONOUNS:
            return list(self.previous_subject) if len(self.previous_subject) >= 2 else []
        if len(self.previous_subject) != 1:
            return []
        actor = self.previous_subject[0]
        gender = self.genders.get(actor, "") if self.relator.kind(actor) == "person" else ""
        return [actor] if gender in ("", PRONOUN_GENDERS[pronoun]) else []

    def main_subject(self, doc, offset, lo, hi) -> list[str]:
        """The actors the main verb of the sentence doc[lo:hi] has as subject (its root's, or the first verb's)."""
        root = next((t for t in doc[lo:hi] if t.head.i == t.i or not lo <= t.head.i < hi), None)
        if root is None or root.pos_ not in ("VERB", "AUX"):
            root = next((t for t in doc[lo:hi] if t.pos_ == "VERB"), None)
        if root is None:
            return []
        agents, patients = self.subject_actors(doc, offset, root, lo, hi)
        found = agents or patients
        people = [a for a in found if self.relator.kind(a) == "person"]
        return people if len(people) == 1 else found  # "Le ministre togolais …, X": X, whose state qualifies him

    def state_body(self, offset, tok) -> list[str]:
        """A state's body named without its state (`la junte`, `les autorités`, `le pays`): the state
        the article is about at that point."""
        if tok.lemma_.lower() in STATE_BODIES and (home := self.relator.home_state(offset + tok.idx)):
            return [home]
        return []

    def quoted_clause(self, doc, offset, tok, lo, hi) -> tuple[int, int]:
        """The token bounds a predicate takes its arguments in: the quotation that holds it when the
        quotation is a clause of its own (`« la coopération régionale est la seule issue »`, said by
        someone the sentence names outside it), else the sentence."""
        quote = self.relator.quote_at(offset + tok.idx)
        if quote is None:
            return lo, hi
        q_lo = next((t.i for t in doc[lo:hi] if offset + t.idx >= quote["start"]), lo)
        q_hi = next((t.i for t in doc[q_lo:hi] if offset + t.idx >= quote["end"]), hi)
        if not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[q_lo:q_hi]):
            return lo, hi  # a fragment (« un soutien aux terroristes »): the sentence around it says who
        return q_lo, q_hi

    def antecedent(self, doc, offset, pronoun, lo) -> list[str]:
        """The actors named right before a relative pronoun, past a comma and a parenthesised acronym
        (`du Comité d'état-major opérationnel conjoint (Cemoc), qui associe …`)."""
        k = pronoun.i - 1
        if k >= lo and doc[k].text == ",":
            k -= 1
        if k >= lo and doc[k].text == ")":
            k = next((j for j in range(k - 1, max(lo, k - 6) - 1, -1) if doc[j].text == "("), k) - 1
        return self.actors_at(offset + doc[k].idx, offset + doc[k].idx + len(doc[k])) if k >= lo else []

    def verb_arguments(self, doc, offset, verb, lo, hi, places, rest=(), located=False):
        """(sources, targets, whether states named `avec` the subject act with it) of a verb predicate;
        `rest` are the other words of a multiword predicate, whose complements are the verb's too
        (`a déclaré persona non grata trois diplomates`); `located`: the state of a place a locative complement
        names is the target when no other complement names one (`LOCATED_TYPES`)."""
        sources, patients = self.subject_actors(doc, offset, verb, lo, hi)
        positional = self.clause_group(doc, offset, verb, lo)
        if not patients and set(sources) < set(positional) or not sources and not patients:
            sources = positional  # the parse cut "le Burkina Faso, le Mali et le Niger ont …" short
        elif patients and set(patients) < set(positional):
            patients = positional  # "Nicéphore Soglo et Thomas Boni Yayi ont été reçus par …": all of them
        if sources or patients:  # "X, accompagné du ministre A et du chef B, a été reçu par Y": they come with X
            start = self.relator.clause_start(offset + doc[lo].idx, offset + verb.idx)
            end = offset + doc[hi - 1].idx + len(doc[hi - 1])
            company = ACCOMPANIED.search(self.relator.text, start, offset + verb.idx) or HEADING.search(
                self.relator.text, offset + verb.idx, end)  # "…, à la tête d'une délégation comprenant A et B"
            if company:
                party = [a for a in self.relator.first_group(company.end(), end if company.start() > offset + verb.idx
                                                             else offset + verb.idx) if self.relator.kind(a) == "person"]
                if patients:
                    patients = unique(patients + party)
                else:
                    sources = unique(sources + party)
        targets = list(patients)  # "X et Y ont été reçus par Z"
        where: list[str] = []  # the states of places a locative complement names (`located`)
        joint = False
        partners: list[str] = []  # actors of an "avec" complement
        children = [g for c in verb.children for g in ([c] + (list(c.children) if c.lower_ in DATE_WORDS else []))]
        children += [g for t in rest for g in t.children if g.i > rest[-1].i]
        for c in children:  # "a dénoncé jeudi l'accord": the tagger hung the object on "jeudi"
            if not lo <= c.i < hi or c.dep_ not in OBJECT_DEPS and not (
                    c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not any(
                        g.dep_.startswith("nsubj") for g in c.children)):  # "a quitté la Cedeao, puis l'UA"
                continue
            if apposed_tie(c, self.lex):
                continue  # "a quitté la Cedeao avec le Mali et le Burkina, ses alliés de l'AES": no object
            cases = {g.lower_ for g in c.children if g.dep_ == "case"}
            locative = bool(cases & {"à", "au", "aux", "en", "dans"}) and not self.moves(verb)
            found = self.head_actors(doc, offset, c, places and not locative, locative=locative)
            if located and locative and not found and not (
                    "Part" in verb.morph.get("VerbForm") and not any(a.dep_.startswith("aux") for a in verb.children)):
                where += self.located_state(doc, offset, c)  # (not a participle on a noun: "son diplôme, obtenu à
                # Rabat" tells where a thing came from)
            if "par" in cases:
                found = found or self.state_body(offset, c)  # "détenu par les autorités"
                if found and "Part" in verb.morph.get("VerbForm") and not verb.dep_.startswith("acl") and not any(
                        a.dep_.startswith("aux") for a in verb.children):  # "X, déclaré persona non grata par Y,"
                    targets += [a for a in sources if a not in found]
                    sources = []
                sources = found + [a for a in sources if a not in patients]  # the agent of a passive acts
            else:
                if "avec" in cases:
                    # "a fondé, avec le Mali et le Burkina, l'AES": the parse made the object an apposition
                    objects = [a for g in c.children if g.dep_ == "appos" and g.i > c.i and not any(
                        x.dep_ == "obj" for x in verb.children) for a in self.actors_at(offset + g.idx, offset + g.idx
                                                                                        + len(g))
                               if self.relator.kind(a) == "organization"]
                    found = [a for a in found if a not in objects]
                    targets += objects
                    partners += found
                if found and c.dep_ == "obj" and not locative:  # "qui réunit le Mali, le Burkina Faso et le Niger":
                    group = self.relator.first_group(offset + c.left_edge.idx, offset + doc[hi - 1].idx + len(doc[hi - 1]))
                    if group and group[0] == found[0] and len(group) > len(found):  # the parse kept one conjunct
                        found = unique(found + group)
                if not found and c.dep_ == "obj" and verb.lemma_.lower() in CONDEMNING \
                        and c.lemma_.lower() in VIOLENCE:
                    found = self.attack_author(offset + c.idx)  # "Dakar a condamné l'attaque": its author's
                targets += found or (self.state_body(offset, c) or self.organisation_taken_up(offset, c)
                                     if c.dep_ == "obj" else [])  # "ont quitté le pays", "a quitté l'organisation"
        relative = next((c for c in verb.children if c.lower_ in ("que", "qu'", "qu’") and lo < c.i < verb.i and (
            c.dep_ == "obj" or c.dep_ == "mark" and doc[c.i - 1].text == ",")), None)  # (not "a confié à X que …")
        if relative is not None and not any(c.dep_ == "obj" for c in verb.children if c is not relative):
            # "la Cedeao, que Bamako a quittée avec Niamey": the organisation the relative takes up is the object
            # (the parse reads `que` as the verb's object or as a conjunction)
            targets += [a for a in self.antecedent(doc, offset, relative, lo) if self.relator.kind(a) == "organization"]
        beside = ALONGSIDE.search(self.relator.text, offset + verb.idx, offset + doc[hi - 1].idx + len(doc[hi - 1]))
        allies = [a for a in self.relator.first_group(beside.end(), offset + doc[hi - 1].idx + len(doc[hi - 1]))
                  if a not in sources] if beside else []
        if allies:  # "a rejoint l'AES aux côtés du Mali", "combattent aux côtés des Russes contre le JNIM": they act
            targets = [t for t in targets if t not in allies]  # together, whatever the parse hung the phrase on
            sources = sources + allies
            joint = True
        if not sources and patients:  # "des instructeurs de l'Africa Corps sont déployés au Niger"
            sources = patients
        if where and sources and not targets:  # "Qatar Charity a foré 40 puits dans la région de Tillabéri"
            homes = {self.relator.country(a) or a for a in sources}
            targets = [w for w in where if w not in homes]  # (not a body of that state at work in its own country)
        states = [a for a in partners if self.relator.kind(a) == "state"]
        joint = joint or bool(sources and states and any(self.relator.kind(t) == "organization"
                                                         for t in targets if t not in partners))
        if joint:  # "Le Niger a quitté la Cedeao avec le Mali et le Burkina Faso", "forme avec le Mali et le Niger
            # l'AES": states "avec" it do to the organisation what the subject does, together
            sources = sources + [a for a in states if a not in sources]
            targets = [t for t in targets if t not in states]
        return unique(sources), [t for t in unique(targets) if t not in sources], joint

    def attack_author(self, pos: int) -> list[str]:
        """The armed group the article names most before `pos` (outside quotations; the later one of equals), not
        a state's auxiliary force (`Wagner`, `l'Africa Corps`) nor the network a group is only said to belong to:
        whose attack an unqualified `l'attaque` that someone condemns takes up."""
        counts: dict[str, list[int]] = {}
        for m in self.relator.mentions[:bisect.bisect_left(self.starts, pos)]:
            if m["actor_kind"] == "armed_group" and m["actor_id"] not in AUXILIARIES \
                    and self.relator.quote_at(m["start"]) is None \
                    and not AFFILIATED.search(self.relator.text, max(0, m["start"] - 25), m["start"]):
                counts.setdefault(m["actor_id"], []).append(m["start"])
        if not counts:
            return []
        return [max(counts, key=lambda a: (len(counts[a]), counts[a][-1]))]

    def fought(self, tok) -> bool:
        """Whether the verb `tok` depends on is one of armed conflict (`neutraliser`, `frapper`): fighters named by a
        common noun are a party to fighting, not to an accusation of harbouring them."""
        verb, _ = governing_verb(tok)
        found = predicate_at(verb, self.lex) if verb is not None else None
        return found is not None and found[0].relation_type == "armed_conflict" and found[0].polarity < 0

    def fighters_group(self, pos: int) -> list[str]:
        """The armed group that fighters named by a common noun belong to (`une dizaine de terroristes`, which
        is no mention: guidelines, counted fighters): the one the article named last before `pos`, else the
        generic collective `jihadist-groups`."""
        named = [m["actor_id"] for m in self.relator.mentions if m["start"] < pos
                 and self.relator.reference.kind(m["actor_id"]) == "armed_group"]
        return [named[-1] if named else GENERIC_GROUP]

    def organisation_taken_up(self, offset, noun) -> list[str]:
        """The organisation of states a definite `l'organisation (régionale)`, `le bloc` takes up: the one of
        them the article named last before it (`Niamey, qui a quitté l'organisation avec le Mali …`)."""
        if noun.lemma_.lower() not in TAKEN_UP_ORGANISATIONS or not any(
                d.dep_ == "det" and d.lower_ in ("l'", "l’", "la", "le", "cette", "ce") for d in noun.children):
            return []
        clubs = {row["organization"] for row in self.relator.data.memberships}
        before = [m["actor_id"] for m in self.relator.mentions if m["start"] < offset + noun.idx and m["actor_id"] in clubs]
        return before[-1:]

    def envoy_states(self, doc, offset, envoy, hi) -> tuple[list[str], list[str]]:
        """(whose envoys, where they serve) of an envoy phrase: `les ambassadeurs du Mali, du Burkina Faso
        et du Niger en poste à Alger` → ([MLI, BFA, NER], [DZA]); `ses ambassadeurs au Mali` → ([], [MLI])."""
        stop = next((t.i for t in doc[envoy.i + 1:hi] if t.text in (";", ":") or t.text == "," and t.i + 1 < len(doc)
                     and doc[t.i + 1].lower_ not in ("du", "de", "des", "d'", "d’", "et", "au", "aux", "en", "à")), hi)
        at = next((t.i for t in doc[envoy.i + 1:stop] if t.lower_ in ("à", "au", "aux", "en")), stop)

        def states(tokens) -> list[str]:
            return unique(a for t in tokens for a in (self.place_state(doc, offset, t) or [
                x for x in self.actors_at(offset + t.idx, offset + t.idx + len(t)) if self.relator.kind(x) == "state"]))
        # where it serves ("en poste à Alger", "au Mali et au Niger", "en Côte d'Ivoire"), and whose it is
        return states(doc[envoy.i + 1:at]), states(doc[at + 1:stop])

    def following_group(self, doc, offset, last, hi) -> list[str]:
        """The first group of actors after token `last`, before the clause ends (a comma, a semicolon
        or a colon outside quotation marks, a relative pronoun)."""
        depth, stop = 0, hi
        for t in doc[last + 1:hi]:
            depth += int(t.text in ("«", "“")) - int(t.text in ("»", "”"))
            if depth <= 0 and (t.text in (",", ";", ":") or t.lower_ in ("qui", "que", "qu'", "qu’", "dont")):
                stop = t.i
                break
        if stop <= last + 1:
            return []
        return self.relator.first_group(offset + doc[last].idx + len(doc[last]), offset + doc[stop - 1].idx
                                        + len(doc[stop - 1]))

    def within(self, doc, offset, tok, lo, hi, seen: set) -> list[dict]:
        """Membership rows of `X, Y et Z, réunis au sein de l'AES` / `alliés du Niger au sein de l'AES`:
        the states named just before `au sein de` belong to the organisation named right after it."""
        near = offset + doc[min(tok.i + 5, hi - 1)].idx + 1  # the organisation's name starts within five words
        after = [m for m in self.relator.mentions_between(offset + tok.idx, offset + doc[hi - 1].idx + len(doc[hi - 1]))
                 if m[0] < near]
        orgs = [a for m in after[:1] for a in m[2] if self.relator.kind(a) == "organization"]
        start = self.relator.clause_start(offset + doc[lo].idx, offset + tok.idx)
        before = self.relator.mentions_between(start, offset + tok.idx)
        if orgs and tok.lower_ != "sein":  # "membres de l'AES avec le Mali": the one named with them belongs too
            org_end = after[0][1]  # (also "de la Confédération des Etats du Sahel (AES) aux côtés du Mali")
            acronym = re.match(r"\s*\([^()]{1,60}\)", self.relator.text[org_end:])
            along = org_end + (acronym.end() if acronym else 0)
            stop = next((offset + t.idx for t in doc[tok.i:hi] if offset + t.idx >= along and t.is_punct), None)
            if stop is not None and re.match(r"\s*(?:avec|aux côtés d[eu]s?)\b",
                                             self.relator.text[along:stop]):
                before = before + self.relator.mentions_between(along, stop)
        known = self.relator.data.members(orgs[0], self.relator.date) if orgs else []
        if orgs and tok.lower_ in PARTNERS:
            if not known:
                return []  # partners of a body that has no member states: not a membership
            if not before or len(self.relator.text[before[-1][1]:offset + tok.idx]) > 25:
                # "avec ses partenaires de l'AES, le Burkina Faso et le Niger": the states apposed after it
                org_end, end = after[0][1], offset + doc[hi - 1].idx + len(doc[hi - 1])
                following = self.relator.mentions_between(org_end, end)[:1]
                if following and APPOSED_GROUP.fullmatch(self.relator.text[org_end:following[0][0]]):
                    group = self.relator.first_group(following[0][0], end)
                    before = [m for m in self.relator.mentions_between(following[0][0], end) if m[2][0] in group]
        if not orgs or not before or (before[-1][1] <= offset + tok.idx
                                      and len(self.relator.text[before[-1][1]:offset + tok.idx]) > 25) or any(
                self.relator.quote_at(m[0]) is not None for m in before):
            return []
        states = unique(a for m in before for a in m[2] if self.relator.kind(a) == "state")
        if known:  # "Ankara … avec le Mali et le Niger, ses partenaires au sein de l'AES": Turkey is no member
            states = [a for a in states if a in known]
        membership = next(p for rest, p in self.lex.by_word.get(("membre", "noun"), []) if not rest)
        rows = []
        for state in states:
            key = (min(state, orgs[0]), max(state, orgs[0]), 1)
            if key in seen:
                continue
            seen.add(key)
            first = doc[tok.i - 1] if tok.lower_ == "sein" else tok  # "au sein", or "membres" itself
            rows.append({"start": offset + first.idx, "end": offset + tok.idx + len(tok),
                         "text": self.relator.text[offset + first.idx:offset + tok.idx + len(tok)],
                         "source_id": state, "target_id": orgs[0], "relation_type": membership.relation_type,
                         "polarity": 1, "cameo": membership.cameo, "plover": membership.plover,
                         "plover_mode": membership.plover_mode, "token": tok.i})
        return rows

    def fronted_members(self, doc, offset, tok, hi, seen: set) -> list[dict]:
        """Membership rows of a phrase of membership that opens the sentence and is set off by a comma (`Membre de la
        Cedeao, le Sénégal …`, `Membre avec le Burkina Faso et le Niger de la Confédération des Etats du Sahel (AES),
        le Mali …`): the subject after the comma, and the states named with it after `avec`, belong to the
        organisation after `de`; none when the organisation has member states and those are not among them."""
        comma = next((t.i for t in doc[tok.i + 1:min(hi, tok.i + 30)] if t.text in (",", ";", ":", ".")), None)
        if comma is None or doc[comma].text != ",":
            return []
        inside = self.relator.mentions_between(offset + tok.idx, offset + doc[comma].idx)
        orgs = [(m, a) for m in inside for a in m[2] if self.relator.kind(a) == "organization"
                and re.search(r"\b(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$", self.relator.text[max(0, m[0] - 8):m[0]])]
        if not orgs:
            return []
        org_mention, org = orgs[0]
        beside = [m for m in inside if m is not org_mention and any(self.relator.kind(a) == "state" for a in m[2])]
        if beside and not re.search(r"\b(?:avec|aux côtés d[eu]s?)\s*(?:la\s+|le\s+|l['’]|les\s+)?$",
                                    self.relator.text[max(offset + tok.idx, beside[0][0] - 30):beside[0][0]]):
            return []  # (only "avec" puts states beside the subject: not "Membre du gouvernement du Mali, X")
        along = [a for m in beside for a in m[2] if self.relator.kind(a) == "state"]
        after, end = offset + doc[comma].idx + 1, offset + doc[min(comma + 12, hi - 1)].idx
        subject = [m for m in self.relator.mentions_between(after, end)[:1]
                   if self.relator.text[after:m[0]].strip().lower() in ("", "le", "la", "l'", "l’", "les")]
        group = self.relator.first_group(after, end) if subject else []  # "…, le Ghana et le Togo"
        states = unique([a for a in group if self.relator.kind(a) == "state"] + along)
        known = self.relator.data.members(org, self.relator.date)
        if known:
            states = [a for a in states if a in known]
        if not subject or not states:
            return []
        membership = next(p for rest, p in self.lex.by_word.get(("membre", "noun"), []) if not rest)
        rows = []
        for state in states:
            key = (min(state, org), max(state, org), 1)
            if key in seen:
                continue
            seen.add(key)
            rows.append({"start": offset + tok.idx, "end": offset + tok.idx + len(tok), "text": tok.text,
                         "source_id": state, "target_id": org, "relation_type": membership.relation_type,
                         "polarity": 1, "cameo": membership.cameo, "plover": membership.plover,
                         "plover_mode": membership.plover_mode, "token": tok.i})
        return rows

    def leavers(self, doc, offset, last, hi) -> tuple[list[str], list[str]] | None:
        """(states, [organisation]) of an exit noun read by word order when the parse scattered its
        complements: `la sortie (effective) du Mali, du Burkina Faso et du Niger de la Cedeao`."""
        start = offset + doc[last].idx + len(doc[last])
        group = self.relator.first_group(start, offset + doc[hi - 1].idx + len(doc[hi - 1]))
        found = self.relator.mentions_between(start, offset + doc[hi - 1].idx + len(doc[hi - 1]))
        if len(group) < 2 or not found or not re.fullmatch(r"(?: [a-zéèêû]+)? (?:du|des|de l['’]|de la|d['’]) ?",
                                                             self.relator.text[start:found[0][0]]):
            return None
        states, rest = [a for a in group[:-1] if self.relator.kind(a) == "state"], group[-1]
        if len(states) != len(group) - 1 or self.relator.kind(rest) != "organization":
            return None
        return states, [rest]

    def member_of(self, member: str, organization: str) -> bool:
        """Whether `member` belongs to `organization` on the document's date (`memberships.csv`)."""
        return member in self.relator.data.members(organization, self.relator.date)

    def clause_group(self, doc, offset, verb, lo) -> list[str]:
        """The coordinated actors that open the verb's clause, read by word order: the subject when
        the parse misses it (`Le Burkina Faso, le Mali et le Niger ont annoncé …`). The group must
        open the clause (past a fronted phrase, within a few words), not sit deep in it."""
        start = self.relator.clause_start(offset + doc[lo].idx, offset + verb.idx)
        while fronted := FRONTED.match(self.relator.text, start, offset + verb.idx) or AT_PLACE.match(
                self.relator.text, start, offset + verb.idx):
            start = fronted.end()  # "La veille, à Niamey, les généraux …": one fronted phrase after another
        found = self.relator.mentions_between(start, offset + verb.idx)
        if not found:
            return []
        lead = self.relator.text[start:found[0][0]]
        if len(lead) > 40 or re.search(r"[,;:«»()]|(?<!\w)(?:qui|que|qu['’]|dont)(?!\w)", lead):
            return []
        group = self.relator.first_group(start, offset + verb.idx)
        if all(self.relator.kind(a) == "person" for a in group):
            return group  # "les généraux Assimi Goïta, Ibrahim Traoré et Abdourahamane Tiani ont signé"
        return [a for a in group if self.relator.kind(a) != "person" or len(group) == 1]

    @staticmethod
    def moves(verb) -> bool:
        """Whether a verb moves or hits something, so that a place it names stands for a state."""
        return verb.lemma_.lower() in ("quitter", "retirer", "partir", "sortir", "évacuer", "attaquer", "frapper",
                                       "bombarder", "déployer", "envoyer", "livrer", "visiter", "expulser", "rendre",
                                       "tourner", "arriver", "rappeler")

    def noun_arguments(self, doc, offset, noun, lo, hi, places, comitative=False):
        """(sources, targets, governing verb) of a noun predicate: its complements in order, the
        `par` agent first (`la destruction par l'armée algérienne d'un drone malien`); a participle
        with an agent names the source too (`la suspension de BBC, décidée par le CSC`); else the
        subject of the verb that governs the noun is the source and all complements are targets.
        `comitative`: an `avec` complement names those who act with the source (`son retrait de la Cedeao avec
        le Mali et le Burkina Faso`), for a noun whose target is its `de` complement."""
        partners = [a for c in noun.children if comitative and lo <= c.i < hi and c.dep_ in ("nmod", "obl", "obl:mod")
                    and any(g.lower_ == "avec" and g.dep_ == "case" for g in c.children)
                    for t in [c] + [g for g in c.children if g.dep_ == "conj"]  # the names themselves, not what
                    for a in self.actors_at(offset + t.idx, offset + t.idx + len(t))]  # they govern ("avec effet de")
        if comitative and not partners and noun.i + 1 < hi:
            # "son retrait de la Cedeao, aux côtés du Mali et du Burkina Faso", "… de la Cedeao avec le Mali": the
            # parse hung the phrase elsewhere; the states it names leave with the source
            end = offset + doc[hi - 1].idx + len(doc[hi - 1])
            beside = COMITATIVE.search(self.relator.text, offset + noun.idx + len(noun), end)
            if beside is not None and LEFT_WHAT.fullmatch(self.relator.text, offset + noun.idx + len(noun),
                                                          beside.start()):  # right after what is left, nothing else
                partners = [a for a in self.relator.first_group(beside.end(), end) if self.relator.kind(a) == "state"]
        if partners:
            sources, targets, verb = self.noun_arguments(doc, offset, noun, lo, hi, places)
            if sources:
                return unique(sources + partners), [a for a in targets if a not in partners], verb
            return sources, targets, verb
        if len(pair := self.compound_after(offset + noun.idx + len(noun))) >= 2:
            return pair[:1], pair[1:], governing_verb(noun)[0]  # "le partenariat sino-malien"
        between = next((c for c in noun.children if lo <= c.i < hi and any(
            g.lower_ == "entre" and g.dep_ == "case" for g in c.children)), None)
        if between is not None and noun.lemma_.lower() not in MEDIATIONS:
            # "la rupture entre Bamako et Paris", whatever the parse made of "et Paris"; every pair of the group
            depth, stop = 0, hi
            for t in doc[between.i:hi]:
                depth += (t.text == "(") - (t.text == ")")
                if t.pos_ in ("VERB", "AUX") or depth <= 0 and t.text in (",", ";", ":", "«") \
                        or t.lower_ in ("qui", "que", "qu'", "qu’", "dont"):
                    stop = t.i
                    break
            group = unique(a for t in doc[between.i:stop] for a in (  # "Paris": a capital is its government
                self.actors_at(offset + t.idx, offset + t.idx + len(t)) or self.place_state(doc, offset, t, True)))
            group = self.relator.drop_organisations_with_members(group)  # "l'AES (Mali, Burkina, Niger)": its members
            if len(group) >= 2:
                return group, group, governing_verb(noun)[0]
        groups, agents, starts = [], [], []
        # "a rompu sa coopération avec la France et formé avec le Mali l'AES": past a verb the parse coordinated
        # with the noun, the complements are that verb's
        cut = min((c.i for c in noun.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), default=hi)
        for c in noun.children:
            if not lo <= c.i < min(hi, cut):
                continue
            if c.dep_ in ("nmod", "amod", "appos", "obl", "obl:arg", "obl:mod"):
                found = self.head_actors(doc, offset, c, places)
                if found and any(g.lower_ == "par" and g.dep_ == "case" for g in c.children):
                    agents += found
                elif found:
                    if any(g.dep_ == "case" and g.lower_ in ("vers", "à", "au", "aux", "avec", "contre") for g in c.children):
                        end = offset + doc[min(hi, cut) - 1].idx + len(doc[min(hi, cut) - 1])
                        group = self.relator.first_group(offset + c.left_edge.idx, end)
                        listed = self.relator.mentions_between(offset + c.left_edge.idx, end)[:len(group)]
                        if group and group[0] == found[0] and len(group) > len(found) and re.search(
                                r"(?<!\w)(?:et|ou)(?!\w)", self.relator.text[listed[0][1]:listed[-1][0]]):
                            found = unique(found + group)  # "vers le Ghana, la Côte d'Ivoire et le Togo": the parse
                            # kept one of the names listed after the preposition
                    groups.append(found)
                    starts.append((c.left_edge.i, c.right_edge.i))
            elif c.dep_ in ("acl", "acl:relcl"):
                for a in c.children:
                    if not lo <= a.i < hi:
                        continue
                    if any(g.lower_ == "par" and g.dep_ == "case" for g in a.children):
                        agents += self.head_actors(doc, offset, a, False)
                    elif a.dep_ in ("obl", "obl:arg", "obj", "iobj") and (predicate_at(a, self.lex) is None or self.actors_at(
                            offset + a.idx, offset + a.idx + len(a))):
                        # "le traité qui le liait à Abidjan" (not "…, scellant leur rupture avec X": its own relation)
                        found = self.head_actors(doc, offset, a, places)
                        if found:
                            groups.append(found)
                            starts.append((a.left_edge.i, a.right_edge.i))
        groups = merge_coordinated(doc, groups, starts)
        verb, dep = governing_verb(noun)
        phrase = unique([a for g in groups for a in g])
        if agents:
            return unique(agents), [a for a in phrase if a not in agents], verb
        if verb is not None and lo <= verb.i < hi and dep.startswith("nsubj") and phrase and places:
            places_of = []  # "des conseillers turcs sont arrivés au Niger": the noun's actors and where they went
            for c in verb.children:
                if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj", "xcomp", "nmod") and lo <= c.i < hi and any(
                        g.lower_ in ("à", "au", "aux", "en", "dans", "avec", "contre") for g in c.children):
                    places_of += [a for a in self.head_actors(doc, offset, c, True) if a not in phrase]
            if places_of:
                return phrase, unique(places_of), verb
        if verb is not None and lo <= verb.i < hi and not dep.startswith("nsubj") and not (
                noun.dep_ == "conj" and any(c.dep_ == "det" and c.lower_ in POSSESSIVE for c in noun.children)):
            # "a frappé les positions de la junte et de ses alliés": whose allies is not the subject's to say
            sources = [s for s in self.subject_actors(doc, offset, verb, lo, hi)[0] if s not in phrase]
            positional = [a for a in self.clause_group(doc, offset, verb, lo) if a not in phrase]
            if sources and set(sources) < set(positional):
                sources = positional  # "Le Burkina Faso, le Mali et le Niger ont annoncé leur retrait de …"
            if sources:  # the verb's other complements name targets too ("un blocus … contre le Mali")
                inside = range(noun.left_edge.i, noun.right_edge.i + 1)
                for c in verb.children:
                    if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and c.i not in inside and lo <= c.i < hi and \
                            any(g.lower_ in ("contre", "avec", "à", "au", "aux", "entre") for g in c.children):
                        phrase += [a for a in self.head_actors(doc, offset, c, places) if a not in phrase]
                return sources, [a for a in phrase if a not in sources], verb
        holder = next((c for c in noun.children if c.dep_.startswith("nsubj") and lo <= c.i < hi), None) or (
            noun.head if lo <= noun.head.i < hi and (noun.dep_ == "appos" or noun.dep_ == "acl" and noun.head.i < noun.i)
            else None)
        if holder is not None and phrase:  # "le Sénégal est membre de la Cedeao", "le Togo, membre de la Cedeao,"
            sources = [a for a in self.head_actors(doc, offset, holder, False) if a not in phrase]
            if sources:
                return sources, [a for a in phrase if a not in sources], verb
        if len(groups) >= 2:
            return groups[0], unique([a for g in groups[1:] for a in g if a not in groups[0]]), verb
        links = {"à", "au", "aux", "avec", "contre", "entre", "vers"} | (
            {"de", "d'", "d’", "du", "des"} if places else set())  # "le retrait des militaires américains d'Agadez"
        before, after = self.subtree_actors(doc, offset, noun, lo, hi, places, links)
        if before and after:
            return before, after, verb  # "la livraison d'hélicoptères russes à l'armée malienne"
        if len(groups) == 1 and len(groups[0]) >= 2 and any(
                g.lower_ == "entre" for c in noun.children for g in c.children):
            return groups[0][:1], groups[0][1:], verb  # "la coopération entre Bamako et Niamey"
        return [], [], verb


    def compound_after(self, pos: int) -> list[str]:
        """The states of a compound demonym right after a noun, past up to two lowercase adjectives
        (`la coopération militaire franco-malienne`)."""
        pattern, states = self.reference.compounds
        found = qualified(pattern).match(self.relator.text, pos)
        return unique(states[p.lower()] for p in re.split(r"[-‐‑]", found.group(1)) if p.lower() in states) if found else []


@lru_cache(maxsize=4)
def relation_row(doc: Doc, offset: int, tok, last: int, source: str, target: str, kind: str, sign: int, cameo: str,
                 plover: str, mode: str) -> dict:
    """One row of `PredicateFinder.find`: the predicate's words doc[tok.i:last + 1] and the relation they state."""
    return {"start": offset + tok.idx, "end": offset + doc[last].idx + len(doc[last]), "text": doc[tok.i:last + 1].text,
            "source_id": source, "target_id": target, "relation_type": kind, "polarity": sign, "cameo": cameo,
            "plover": plover, "plover_mode": mode, "token": tok.i}


def qualified(compound: re.Pattern) -> re.Pattern:
    """A compound demonym after up to two adjectives (`militaire`, `économique`): group 1 is the compound."""
    return re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}?({compound.pattern})", compound.flags)


def merge_coordinated(doc: Doc, groups: list[list[str]], spans: list[tuple[int, int]]) -> list[list[str]]:
    """Complements separated only by commas, `et`, `ou` and their prepositions form one group:
    `la sortie du Burkina Faso, du Mali et du Niger de la Cedeao` → [BFA, MLI, NER], [ecowas]."""
    if len(groups) < 2:
        return groups
    order = sorted(range(len(groups)), key=lambda n: spans[n][0])
    merged = [list(groups[order[0]])]
    for prev, n in zip(order, order[1:]):
        between = doc[spans[prev][1] + 1:spans[n][0]]
        joined = all(t.text == "," or t.lower_ in ("et", "ou", "ainsi", "que") for t in between) and any(
            t.text == "," or t.lower_ in ("et", "ou") for t in between)
        if joined:
            merged[-1] += [a for a in groups[n] if a not in merged[-1]]
        else:
            merged.append(list(groups[n]))
    return merged


def qualifier(noun) -> bool:
    """A noun that qualifies another bare, after `de` (`hélicoptères de combat`, `drone d'attaque`)."""
    return noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i and not any(
        c.dep_ == "det" for c in noun.children) and any(
        c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in noun.children)


def coordinated(verb) -> bool:
    """Whether a verb's subject is a coordination (`le Mali, le Burkina et le Niger ont …`)."""
    return verb is not None and any(c.dep_.startswith("nsubj") and any(g.dep_ == "conj" for g in c.children) for c in verb.children)


def unique(items) -> list:
    """The items in their first order, each once."""
    return list(dict.fromkeys(items))
