"""The per-document discourse state that speaker attribution reads, and the resolution of the
words naming a speaker.

One record per article: the persons named so far, their gender (from `data/actors.csv`, else
from the determiner, title or noun form that introduces them: `la ministre`, `Mme`,
`l'ambassadrice`), the role each was introduced with (`le chef de la diplomatie chinoise Wang Yi`
makes `le chef de la diplomatie` Wang Yi for the rest of the article), the institutions named
with a speech noun (`le communiqué du régime burkinabè`), and the running speaker: the last
actor a reporting clause gave words to, with its paragraph. Pronouns, roles and quotations
without a verb read this state; nothing else guesses.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from .reference import Reference, slugify
from .spans import Ranges, Tally

PRONOUNS = {"il": "m", "elle": "f", "ils": "m", "elles": "f", "lui": "m", "eux": "m"}  # "selon lui", "à ses yeux"
FEMININE = {"mme", "madame", "mlle", "mademoiselle"}
MASCULINE = {"m.", "monsieur"}
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
OFFICES = {"ministre", "président", "présidente", "premier", "première", "chef", "cheffe", "porte-parole", "ambassadeur",
           "ambassadrice", "secrétaire", "gouverneur", "préfet", "maire", "député", "sénateur", "commissaire", "consul",
           "émissaire", "envoyé", "représentant", "roi", "émir", "général", "colonel", "capitaine"}  # offices of states
ORGANISATION_WORDS = {"groupe", "société", "compagnie", "entreprise", "firme", "organisation", "ong", "agence",
                      "mouvement", "coalition", "alliance", "organisme", "institution", "milice", "mercenaire",
                      "paramilitaire", "opérateur", "constructeur", "fabricant", "géant", "média", "chaîne", "radio",
                      "journal", "quotidien", "régulateur", "banque", "fonds", "juridiction", "tribunal", "cour",
                      "syndicat", "centrale", "association", "fédération", "collectif", "parti", "fondation",
                      "institut", "consortium", "filiale", "ligue", "mission", "formation",
                      "plateforme", "observatoire", "hebdomadaire", "magazine", "mensuel", "bihebdomadaire", "site"}
# the nouns a newspaper is introduced and taken up by, which stand for one another: "le quotidien public L'Essor
# … Le journal cite …" (not a broadcaster's: "la chaîne" of an article about two channels is either)
PRINT_MEDIA = ("journal", "quotidien", "hebdomadaire", "magazine", "mensuel", "bihebdomadaire")
OUTLET_NOUNS = {*PRINT_MEDIA, "bimensuel", "site", "radio", "télévision", "chaîne", "agence"}  # nouns that introduce an outlet's name
# an outlet introduced by any of those nouns, standing right before its name past a few adjectives ("le quotidien
# privé burkinabè X"; not "Le quotidien ajoute que l'agence chinoise X" nor "Le journal cite la Banque mondiale")
OUTLET_INTRODUCED = re.compile(r"(?<!\w)(?:" + "|".join(PRINT_MEDIA) + r")s?(?!\w)"
                               r"(?:\s+(?!(?:que|qui|a|est|et|dont|la|le|les|l['’]|un|une|des|du|au|aux)(?:\s|(?<=['’])))"
                               r"[\w'’-]+){0,3}\s*$", re.IGNORECASE)
# what follows a writing that names who issued it or the channel that read it: "publié par", "du ministère", "lu à l'ORTM"
ISSUED = re.compile(r"\s*(?:,\s*)?(?:(?:du|des|de\s+la|de\s+l['’]|d['’])\s|(?:publiée?s?|signée?s?|lue?s?|diffusée?s?|"
                    r"transmise?s?|rendue?s?\s+publique?s?)\b)", re.IGNORECASE)
# adjectives between a description's noun and the name it introduces ("le quotidien public X", "l'hebdomadaire privé Y")
DESCRIBING = {"public", "publique", "privé", "privée", "officiel", "officielle", "gouvernemental", "gouvernementale",
              "national", "nationale", "indépendant", "indépendante", "satirique", "économique", "local", "locale",
              "régional", "régionale", "panafricain", "panafricaine", "d'etat", "d'état", "minier", "minière",
              "pétrolier", "pétrolière", "paramilitaire", "jihadiste", "humanitaire", "international", "internationale"}
# a description that may introduce a body's name right after it, its words between checked one by one
# (`Discourse.introduced_here`): "le quotidien algérien ", "la société publique chinoise "
INTRODUCING = re.compile(r"\s*(?:le|la|les|l['’])\s*(?P<noun>[\w-]+)(?:\s+[\w'’-]+){0,3}\s*", re.IGNORECASE)
WRITING = re.compile(r"\s*(?:le|la|l['’]|ce|cet|cette)\s*\w+", re.IGNORECASE)  # "le communiqué", "l'acte"
READ_IN_OUTLET = re.compile(r"(?<!\w)(?:dans|colonnes\s+d[eu'’]|selon|(?:[aà]\s+la|en)\s+une\s+d[eu'’]|confrères?\s+d[eu'’])\s*$",
                            re.IGNORECASE)  # "dans Jeune Afrique", "A la une de L'Essor", "nos confrères du Sahel"
# nouns of an organisation's organs, offices and branches, which speak for the body their complement names
ORGAN_NOUNS = {"haut-commissariat", "bureau", "secrétariat", "agence", "office", "programme", "mission", "représentation",
               "délégation", "direction", "département", "service", "division", "cellule", "antenne"}
LATTER = {"celui-ci": "m", "celle-ci": "f", "cedernier": "m", "cettedernière": "f"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
# words in the names of the bodies a description names (`le régulateur`: the Haute autorité de la communication)
NAMED_AS = {"régulateur": ("régulation", "autorité", "conseil supérieur"), "juridiction": ("cour", "tribunal"),
            "centrale": ("syndicat", "syndicale", "travail", "travailleurs", "centrale")}  # "la centrale syndicale"
# Speech nouns that name a document: without an issuer, the body the text has just set up wrote it
# ("Wagner a annoncé … « … », annonce le message"); a government noun is the article's state instead.
DOCUMENTS = {"message", "texte", "document", "communiqué", "déclaration", "lettre", "note", "publication",
             "post", "tweet", "courrier", "missive", "résolution", "ordonnance", "décision"}
# Between a role and the name apposed to it: a comma, then possibly more titles (`le ministre de la Sécurité,
# le commissaire divisionnaire de police Mahamadou Sana`), never another clause.
APPOSED_TITLES = re.compile(r"(?:\s*\([^()]{1,15}\))?\s*,\s*(?:(?:l[ea]s?|l['’])\s*[^\W\d_][^,;:.«»()\d]{0,55}?\s)?")
# (past an acronym in parentheses: "le directeur commercial du Port autonome de Lomé (PAL), X")
LISTED_STATE = re.compile(r"\s*(?:,|,?\s*et)\s*(?:du|des|de\s+la|de\s+l['’]|de|d['’]|le|la|l['’])?\s*", re.IGNORECASE)
# (between a phrase's state and the next state of its list: ", du", " et du", ", de la", " et de l'"; ", le", " et le")
# before the name of whom someone succeeds or replaces (`qui succède au président Y`, `remplaçant le général Y`)
SUCCEEDED = re.compile(r"(?<!\w)(?:succ[èée]d\w*|rempla[cç]\w*)\s+(?:à\s+|au\s+|aux\s+)?[^.;:«»,]{0,50}$", re.IGNORECASE)
# a former holder: `l'ancien président`, `l'ex-ministre`, `le président déchu`, `renversé`
FORMER = re.compile(r"(?<!\w)(?:ancien|ancienne|anciens|ex|déchu|déchue|renversé|renversée|défunt|feu)(?!\w)", re.IGNORECASE)
FORMER_BEFORE = re.compile(r"(?<!\w)(?:ancien|ancienne|ex-|déchu|déchue|renversé|renversée)\s*(?:[\w'’-]+\s+){0,4}$",
                           re.IGNORECASE)
NEW = re.compile(r"(?<!\w)nouv(?:eau|el|elle|eaux|elles)(?!\w)")  # "le nouveau président en exercice": not the predecessor
APPOSED_REACH = 120  # characters after a role within which the name apposed to it stands
# the rest of an office the speaker phrase stopped short of before its holder's name: "sa secrétaire générale" |
# "adjointe, X", "son directeur des opérations" | "pour l'Afrique de l'Ouest, X" (a few words, no punctuation)
OFFICE_REST = re.compile(r"(?!\s+(?:devant|avec|après|avant|lors|pendant|depuis|face|chez|contre|sans|malgré|parmi|entre|"
                         r"vers|aux\s+côtés)\b)(?:\s+[^\s,;:.!?«»()\d]+){1,6}(?:\s*,\s*(?:de|du|des|d['’]|et)\s?[^,;:.!?«»()\d]{1,40}){0,3}"
                         + APPOSED_TITLES.pattern)
# (not words that set the speaker somewhere: "a lancé le président de la transition devant ses homologues, le capitaine
# X et …": X is one of them)
# (an office's portfolio listed over commas: "le commissaire chargé des affaires politiques, de la paix et de la
# sécurité, X")
PORTFOLIO_REST = re.compile(r"(?:\s*,\s*(?:de\s+la|de\s+l['’]|du|des|d['’])\s?[^,;:.!?«»()\d]{1,40}){1,3}"
                            + APPOSED_TITLES.pattern)
# (the rest of a portfolio the speaker phrase stopped short of at its first comma: "le ministre de l'Energie" |
# ", des Mines et des Carrières, X"; never a conjunct after the comma: ", et le chef d'état-major, X" is someone else)
# "À Paris, ", "Côté malien, ", "Du côté de Niamey, " before a speaker: whose institution speaks there
FRONTED_PLACE = re.compile(r"\s*(?:(?:Mais|Et|Or|Pourtant)\s+)?(?:(?:[AÀaà]|[Aa]u|En|en|[Aa]ux|Côté|[Dd]u côté (?:de|du|des))\s+"
                           r"|[Dd]u côté d['’])[^,;:«»]{2,40},\s*(?:où\s[^;:«»]{1,150}?,\s*)?")
# ("A Niamey, où la Charte a elle aussi dissous les partis, le gouvernement …": past a relative clause of the place)
# what stands before a sentence's subject: its start, past up to two short phrases set off by commas (`A Abidjan, `,
# `A Niamey, justement, `, `Enfin, `, `Plus mordant, `)
OPENING = re.compile(r"(?:^|[.!?»]\s+)(?:[^.!?«»,;:()]{1,40},\s*){0,2}(?:(?:[Ss]eule?s?|le|la|les|l['’])\s*|"
                     r"(?:[Ss]on|[Ll]eur|[Nn]otre)\s+(?:confrère|concurrent|voisin|cadet|aîné)\s+)?$")
# ("Son confrère Info-Matin va plus loin.": the outlet a colleague's noun introduces opens its sentence too)
CLOSES_SENTENCE = re.compile(r"\s*[.!?](?:\s|$)")  # what follows a name that ends its sentence
# a lowercase word right after a name, maybe past its acronym and a clitic (`X (CPJ) dénonce`, `X s'inquiète`), not
# a preposition, conjunction, relative or determiner: the verb it is the subject of, as word order tells it
VERB_NEXT = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s*,[^,.;:!?«»()]{1,80},)?\s+(?:n['’]|ne\s+|y\s+|s['’]|se\s+|l['’]|lui\s+)?[a-zéèêàâîôûç]+\b")
NOT_A_VERB = re.compile(r"\s+(?:de|du|des|et|ou|à|au|aux|en|qui|que|dont|le|la|les|un|une|pour|par|sur|avec)\b")
# Words after which an actor is a complement, not whom a clause is about ("au Niger", "avec la France").
AFTER_PREPOSITION = {"à", "au", "aux", "en", "de", "du", "des", "d'", "d’", "avec", "contre", "dans", "vers", "par", "chez",
                     "pour", "sur", "entre", "envers", "auprès", "sans", "malgré", "après", "avant"}
# what a medium a speaker spoke to or through stands after: "jointe par Lefaso.net", "interrogé par RFI", "sur
# l'ORTM": a channel, never the speaker. CONSULTED: the participles after which `par` names who consulted or relayed a
# document, where `Discourse.learn` cuts the search for its issuer (it cuts at any `sur`, `à`, `au` too, wider than
# CHANNEL, which reads a speaker's phrase: filtering `learn` with CHANNEL lost 25 dev quotations, `le communiqué lu à
# la télévision nationale, la RTN`)
CONSULTED = ("consulté", "obtenu", "transmis", "lu", "vu", "cité", "relayé", "publié")  # "… par l'AFP": a channel
# the participles of a document's airing: `un communiqué … lu au journal de la RTB` names its issuer before them
AIRING = ("lu", "diffusé", "retransmis", "publié", "relayé", "posté")
AIRED = {form + ending for form in AIRING for ending in ("", "e")}
OWN_MEDIUM = re.compile(r"\b(?:compte|page|site|canal|chaîne\s+\w+)\s+(?:officiel\w*\s+)?(?:de|du|d['’])",
                        re.IGNORECASE)  # the issuer's own channel: `diffusé sur la chaîne Telegram de l'agence`
REACHED = ("joint", "contacté", "interrogé", "sollicité", "interviewé", "cité", "approché")  # "jointe par l'AFP"
# where words were said or sent, not who said them: "le communiqué lu à la RTN", "une note … transmise à RFI",
# "un document consulté par l'Agence Ecofin", "diffusé sur la chaîne Telegram de …", "lu au journal de la RTB"
CHANNEL = re.compile(r"(?:\b(?:" + "|".join(REACHED) + r")e?s?\s+(?:par|à)|(?:^|,)\s*(?:sur|à|au)"
                     r"|\b(?:" + "|".join(AIRING + ("transmis", "adressé", "envoyé", "accordé", "consulté", "obtenu")) + ")"
                     r"e?s?\s+(?:à|sur|au|dans|par))\s+"
                     r"(?:l['’]\s*|la\s+|le\s+)?(?:(?:chaîne|antenne|site|compte|page|journal|journaux|bulletin|édition"
                     r"|émission|ondes|plateau)s?\s+(?:\w+\s+)?(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)?)?$",
                     re.IGNORECASE)
# within a speaker's phrase, where he speaks or serves: "un porte-parole du groupe à Reuters" (an organisation),
# "l'ambassadeur du Mali au Niger" (after the one he speaks for), but "la junte au pouvoir au Burkina Faso"
AT = re.compile(r"\s(?:à|au|sur)\s+(?:l['’]\s*|la\s+|le\s+)?(?:(?:télévision|radio|chaîne|antenne|site|compte|page|journal"
                r"|télé)\s+(?:\w+\s+)?)?$", re.IGNORECASE)  # ("à la télévision publique RTG": the medium named after it)
# a speaker phrase's own words that make it anonymous: "…, qui a requis l'anonymat, …", "…, sous couvert d'anonymat"
# (any tense and verb of a relative or participle that ends on the anonymity: "qui requiert l'anonymat", "ayant requis
# l'anonymat", "qui tient à garder l'anonymat"; "qui n'a pas souhaité être nommé", "qui préfère taire son nom")
ANONYMITY = re.compile(r"\W*(?:(?:qui|ayant)\s+[^,.;:«»()]{0,40}?\bl['’]\s*anonymat|"
                       r"sous\s+(?:le\s+)?couvert\s+(?:de\s+l['’]|d['’])\s*anonymat|"
                       r"qui\s+(?:ne\s+\w+\s+pas|n['’]\w+\s+pas)\s+(?:\w+\s+)?être\s+(?:nommée?s?|citée?s?|identifiée?s?)\b|"
                       r"qui\s+(?:\w+\s+){0,2}taire\s+(?:son|leur)\s+nom)",
                       re.IGNORECASE)
# words of a rank that follow its title ("général d'armée", "général de brigade")
RANK_WORDS = {"armée", "armées", "brigade", "division", "corps"}
CORPS_WORDS = {"médecin", "pharmacien", "vétérinaire", "ingénieur", "intendant", "dentiste"}  # before a rank: part of it
# bodies only a state has: named alone, they speak for a state, never for an organisation or armed group
LEGAL_TEXTS = {"décret", "arrêté", "ordonnance", "loi", "charte", "constitution"}  # what only a state issues
STATE_BODIES = {"gouvernement", "régime", "junte", "autorités", "ministère", "présidence", "primature", "exécutif",
                "diplomatie", "chancellerie", "gendarmerie", "police"}
# before a writing a speaker speaks through: `dans un communiqué`, `par une lettre`, `selon leur déclaration`
SPOKEN_THROUGH = {"dans", "par", "via", "selon"}
# where a sentence ends inside a paragraph: a full stop, maybe closing a quotation, before a capital or an opener
SENTENCE_END = re.compile(r"[.!?…]\s*[»”\"]?\s+(?=[«“\"A-ZÀ-Ý])")
# "le premier"/"la première" take up the first of the two persons just named, "le second" the second
ORDINAL_REFERENCE = re.compile(r"(?:l[ea] (premi[eè]re?))|(?:l[ea] (?:second|seconde|deuxième))")  # ("ce dernier": LATTER)
ANAPHORIC_DETERMINERS = {"le", "la", "l'", "l’", "ce", "cet", "cette"}  # "le texte", "ce document": one named before
# bodies a person leads or belongs to, which `son parti`, `sa formation` take up
PERSONS_BODIES = {"organisation", "formation", "parti", "syndicat", "mouvement", "association", "collectif",
                  "coalition", "ong", "fédération", "centrale", "ligue", "plateforme", "fondation"}
EDITORIAL = re.compile(r"(?<!\w)(?:éditorial|tribune|chronique)(?!\w)", re.IGNORECASE)  # a writing before its writer
PRESS_ROLES = {"éditorialiste", "chroniqueur", "chroniqueuse"}  # writers of an outlet's opinion pages
# an organ's owner described in common nouns (`le Conseil de l'organisation régionale`)
GENERIC_OWNER = re.compile(r"(?:de l['’]|de la )\s*(organisation|institution|union|communauté|confédération|alliance)"
                           r"(?:\s+(?:régionale|sous-régionale|ouest-africaine|panafricaine|continentale|confédérale|"
                           r"sahélienne|internationale|onusienne))?$")
# an adjective after an organisation's noun that says which one (`l'organisation ouest-africaine` is ECOWAS, not the
# AES named more often just before): the pattern its name must match
QUALIFIED = [(re.compile(r"\bouest-africaine?s?\b"), re.compile(r"afrique de l['’]ouest|ouest-africain", re.I)),
             (re.compile(r"\bsahélienne?s?\b|\bconfédérale?s?\b"), re.compile(r"sahel", re.I)),
             (re.compile(r"\bpanafricaine?s?\b|\bcontinentale?s?\b"), re.compile(r"^union africaine$|panafricain", re.I)),
             (re.compile(r"\bonusienne?s?\b"), re.compile(r"nations unies", re.I)),
             (re.compile(r"\beuropéenne?s?\b"), re.compile(r"europ", re.I)),
             (re.compile(r"\batlantique\b"), re.compile(r"atlantique", re.I)),
             (re.compile(r"\bislamique\b"), re.compile(r"islam", re.I))]
FORCE_OF = re.compile(r"\bforces?\b(?:\s+[\w-]+){0,3}?\s+(?:de\s+la|de\s+l['’]|du|des)\s*$", re.IGNORECASE)
FORCE_REACH = 3000  # characters back to the force an organ takes up: a few paragraphs
REPORTED = re.compile(r"\bqu(?:e\b|['’])", re.IGNORECASE)  # a `que` clause the subject before it reports
ORGANS = {"commission", "collège", "conférence", "secrétariat", "sommet"}  # an organisation's organs, named alone
# Nouns for a person's government or circle: "le régime du général X" speaks for X's state,
# "l'entourage du président Y" is someone unnamed.
# A state's presence abroad: `la délégation turque`, `l'ambassade des Etats-Unis` speak for their state, but in a
# dispatch datelined in the host's country a later bare `le ministère`, `le gouvernement` is the host's, not theirs
ABROAD = {"délégation", "ambassade", "consulat", "représentation", "mission", "émissaire", "envoyé"}
REGIME_WORDS = {"régime": "state", "administration": "state", "gouvernement": "state", "junte": "state",
                "entourage": "anonymous", "proches": "anonymous"}
# the writings a speaker speaks through, not the decisions they speak about (`dénonce une décision`)
WRITINGS = DOCUMENTS - {"décision", "résolution", "ordonnance"}
# writings an impersonal `peut-on y lire` reads (`read_in`), with the determiner that opens their phrase
WRITTEN = re.compile(r"(?<!\w)(?P<det>l[ea]s?|l['’]|une?|son|sa|ses|leurs?|ce|cet|cette|du|des|d['’])\s*(?:[\w-]+\s+){0,2}?"
                     r"(?P<noun>rapport|communiqué|texte|document|déclaration|lettre|note|message|courrier|missive|"
                     r"publication|tweet|post|arrêté|décret|charte|acte|compte rendu|procès-verbal|site|page|résolution|"
                     r"ordonnance|décision|protocole|mémorandum|traité|bulletin|circulaire|statuts?|avis|plainte|"
                     r"requête|motion|appel|mise en garde|étude)s?(?!\w)", re.IGNORECASE)
# a report whose authors speak for the body that published it ("écrivent les enquêteurs"), with its determiner
REPORT = re.compile(r"(?<!\w)(?P<det>l['’]|le|la|les|ce|cette|ces|son|sa|ses|leur|leurs|un|une|des|du)\s*"
                    r"(?:(?:dernier|dernière|nouveau|nouvelle|long|longue)\s+)?(?P<noun>rapport|étude|enquête)s?(?!\w)",
                    re.IGNORECASE)
# writings that speak for the body their complement names as issuer (`un rapport des Nations unies`, `une note de
# l'état-major`), with the determiners that introduce or take them up
ISSUED_WRITINGS = {"rapport", "étude", "enquête", "message", "note", "résolution", "avis"}
ISSUED_DETERMINERS = {"un", "une", "le", "la", "l'", "l’", "ce", "cet", "cette", "son", "sa"}
CITED_THROUGH = re.compile(r"(?<!\w)(?:selon|d['’]après|dans)\s*$", re.IGNORECASE)  # before a writing the article cites
REPORT_NOUNS = {"rapport", "étude", "enquête"}  # a report's nouns (`REPORT`), its speaker the body that wrote it
# between a report and the body that wrote it: `du`, `publié par`, `du groupe d'experts de` (not `accusant des
# réseaux liés à`: a participle's object)
REPORT_OF = re.compile(r"\s*(?:(?:publiée?s?|réalisée?s?|rédigée?s?|commandée?s?|diffusée?s?|signée?s?)\s+"
                       r"(?:[\w'’]+\s+){0,3}?par|(?:(?:publiée?s?|réalisée?s?|rédigée?s?|commandée?s?)\s+)?(?:de|du|des|d['’]|par))(?!\w)"
                       r"\s*(?:(?:la|l['’]|les|le)(?!\w)\s*)?(?:(?![\w-]+ant\s)[\w'’-]+\s+){0,3}?", re.IGNORECASE)
# between a writing and the body its complement names: `de`, or a participle and `par` (`l'acte signé par`)
COMPLEMENT = re.compile(r"\s*(?:(?!(?:" + "|".join(CONSULTED) + r")e?s?\s)[\w-]+\s+)?(?:(?:signée?s?|adoptée?s?)\s+)?(?:de|du|des|d['’]|par)(?!\w)(?:\s*(?:la|l['’]|les|le)"
                        r"(?!\w))?\s*(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
PRINTING = {"publier", "reproduire", "reprendre", "citer", "relayer", "diffuser", "republier"}  # an outlet's verbs
DOCUMENT_REACH = 1500  # characters over which `le texte` still takes up the document last introduced
# phrases that name an office by another word: whoever they introduce is also called by it
ROLE_SYNONYMS = (("chef de la diplomatie", "ministre"), ("chef de l'etat", "président"), ("chef de l'état", "président"),
                 ("chef du gouvernement", "premier-ministre"), ("premier ministre", "premier-ministre"),
                 ("première ministre", "premier-ministre"))
QUOTE_CLOSERS = {"»", '"', "”", "“", "’"}
INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "deux", "trois", "quelques"}
GENERIC = {"homme", "premier", "m.", "mme", "monsieur", "madame"}  # heads of role phrases that name no office alone
# endings of French agent nouns, singular and plural ("la vendeuse", "le commerçant", "l'universitaire")
# nouns that name a person by what they are, not by an office or a trade: a definite one takes up the person just
# named (`tranche la jeune femme de 29 ans`). Not speaker cues: inside a name they name no speaker (`les droits de
# l'homme`, `le ministère de la Femme`)
PERSON_NOUNS = {"femme", "homme", "jeune", "fille", "garçon", "mère", "père", "veuve", "veuf", "dame", "vieillard",
                "paysan", "paysanne", "médecin", "prêtre", "curé", "religieuse", "religieux", "gendarme", "marabout",
                "otage", "rescapé", "rescapée", "déplacé", "déplacée", "réfugié", "réfugiée", "retraité", "retraitée",
                "élève", "agent"}
AGENT_ENDINGS = tuple(e + p for e in ("eur", "euse", "rice", "iste", "ien", "ienne", "ant", "ante", "aire", "ier", "ière",
                                      "ais", "aise", "ois", "oise", "ain", "aine", "logue") for p in ("", "s"))
LEADERS = {"dirigeants", "dirigeantes", "leaders", "chefs", "présidents", "ministres"}  # those who speak for states together
ENVOYS = {"ambassadeur", "ambassadrice", "ambassade"}
NAME_LINKS = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et"}  # inside a body's name
# a description that takes up a person by the kind of their office (`le diplomate` after `l'ambassadeur X`)
# military ranks a person may be introduced with: `l'officier`, `le militaire` take up one of them, not the civilian
# named since (`le général X, … qui a renversé le président Y. « … », a déclaré l'officier`: X)
RANKS = frozenset({"général", "générale", "colonel", "colonelle", "colonel-major", "lieutenant-colonel", "capitaine",
                   "commandant", "commandante", "lieutenant", "sous-lieutenant", "sergent", "sergent-chef", "maréchal",
                   "amiral", "contre-amiral", "vice-amiral", "officier", "militaire"})
DESCRIBED_ROLES = {"diplomate": frozenset({"ambassadeur", "ambassadrice", "envoyé", "envoyée", "émissaire", "consul",
                                           "consule", "diplomate", "chargé", "chargée"}),
                   "officier": RANKS, "militaire": RANKS}
# those who wrote a report, who speak for the body that published it: "écrivent les enquêteurs", "selon ses auteurs"
AUTHORS = {"enquêteurs", "enquêtrices", "chercheurs", "chercheuses", "auteurs", "autrices", "experts", "expertes",
           "rapporteurs"}
WRITERS = {"auteurs", "autrices", "rapporteurs"}  # whose `ses` is the report's, not the body's
ENVOY_OF = re.compile(r"ambassad(?:e|eur|rice)s?\s+(?:(?:de\s+la|de\s+l['’]|de|du|d['’]|des)\s*)?$", re.IGNORECASE)
FOREIGN_AFFAIRS = {"affaire", "affaires", "diplomatie", "coopération", "extérieur", "extérieures"}  # a foreign minister's portfolio
MINISTERS = ("foreign_minister", "defence_minister")  # the offices of `offices.csv` a bare `le ministre` may be
RUNNING_PARAGRAPHS = 1  # a quotation without a verb keeps the speaker of this or the previous paragraph


CLITICS = {"ne", "n'", "n’", "se", "s'", "s’", "y", "en", "lui", "leur", "l'", "l’", "le", "la", "les"}
NOT_BEFORE_SUBJECT = {"à", "au", "aux", "de", "du", "des", "d'", "d’", "par", "avec", "pour", "selon", "contre", "entre",
                      "sur", "chez", "envers", "auprès", "que", "qu'", "qu’"}


# an interview's byline, also with a day or a place before its author (`Propos recueillis mercredi à Bamako par …`)
INTERVIEW_CREDIT = r"(?:Propos\s+recueillis|Entretien\s+réalisé|Interview\s+réalisée)(?:\s+[^\s.;]+){0,4}?\s+par\s"
CREDIT = re.compile(rf"(?:{INTERVIEW_CREDIT}|(?:Reportage|Texte|Photos?)\s+(?:par|de)\s)\s*\S", re.IGNORECASE)


def is_byline(doc: Doc) -> bool:
    """A paragraph that only credits the writer: `Par Hervé Ndiaye`, `Avec notre correspondant à
    Niamey, Issoufou Garba`, `Wendkouni Aristide KABORE` (no verb, short), `Propos recueillis par X`."""
    if len(doc) > 24:
        return False
    if CREDIT.match(doc.text.strip()):  # "Propos recueillis par X"
        return True
    words = [t for t in doc if not t.is_space and not t.is_punct]
    return 0 < len(words) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in words) and (
        words[0].lower_ in ("par", "avec", "de") or all(t.text[:1].isupper() for t in words))


# endings of feminine role nouns (`ambassadrice`, `gouverneure`, `présidente`), which the tagger may call masculine
# nouns of a role phrase that say how its holder holds it, not what of: "le président en exercice", "par intérim"
TENURE = {"exercice", "intérim", "fonction", "fonctions"}
FEMININE_ENDINGS = ("trice", "drice", "euse", "eure", "ière", "ienne", "ante", "ente", "ointe", "esse", "effe")


def epicene(noun: Token) -> bool:
    """Whether a noun of a person has one form for both genders (`analyste`, `journaliste`, `ministre`, `secrétaire`,
    `politologue`, `homologue`), whose gender only a determiner tells (not `entreprise`, `présidente`)."""
    word = noun.lower_
    return word.endswith(EPICENE_ENDINGS) or word in EPICENE_WORDS


EPICENE_ENDINGS = ("iste", "yste", "logue", "aire", "graphe", "ète")
EPICENE_WORDS = {"ministre", "juge", "membre", "responsable", "porte-parole", "diplomate", "collègue", "camarade",
                 "élève", "cadre", "maire", "guide", "partenaire", "universitaire", "économiste", "stratège", "leader"}


def left_participle(doc: Doc, start: int, i: int) -> bool:
    """Whether doc[i] is a participle that opens its sentence (at `start`, or after an adverb or a comma)."""
    return i >= start and "Part" in doc[i].morph.get("VerbForm") and all(
        t.pos_ == "ADV" or t.is_punct for t in doc[start:i])


def described_by(doc: Doc, name: Span) -> set[str]:
    """The nouns a name is introduced with: the one right before it (`le prêtre Jean X`, `l'éleveuse Awa Y`) and
    the head of an apposition after it (`X, un prêtre de …`, `X, éleveur à Djibo,`), not their complements (`porte-
    parole du gouvernement` introduces no `gouvernement`)."""
    out = set()
    k = name.start - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1  # "le jeune prêtre X"
    if k > 0 and doc[k].pos_ == "NOUN" and doc[k - 1].pos_ == "DET":
        out.add(doc[k].lemma_.lower())
    elif k > 0 and doc[k - 1].pos_ == "DET" and doc[k].pos_ in ("ADV", "X") and doc[k].is_alpha and doc[k].is_lower:
        out.add(doc[k].lower_)  # "l'imam X": the noun the tagger called an adverb
    elif 0 <= k and k + 1 < name.start and doc[k].pos_ == "DET" and doc[k + 1].is_alpha and doc[k + 1].is_lower:
        out.add(doc[k + 1].lower_)  # … or an adjective
    k = name.end
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1 + (doc[k + 1].pos_ == "DET")
        if k < len(doc) and doc[k].pos_ == "NOUN" and name.start <= doc[k].head.i < name.end:
            out.add(doc[k].lemma_.lower())  # (hung on the name: not the subject after a fronted phrase that ends
            # with it, "Signé par son homologue, X, l'accord a été ratifié")
    return out


def main_verb(doc: Doc, a: int, b: int) -> Token | None:
    """The verb that heads the sentence doc[a:b]: its first verb or auxiliary the parse roots there, else the word
    that holds a tense auxiliary (`L'ambassade a réagi` with `réagi` tagged a proper noun), else a root with a
    subject."""
    root = next((t for t in doc[a:b] if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not a <= t.head.i < b)), None)
    if root is None:  # (the participle holds the tense auxiliary, wherever the parse hung it)
        root = next((t for t in doc[a:b] if any(c.dep_ == "aux:tense" and a <= c.i < b for c in t.children)), None)
    if root is None:
        root = next((t for t in doc[a:b] if t.head.i == t.i and any(c.dep_.startswith("nsubj") for c in t.children)),
                    None)
    return root


# adjectives that stand before a noun, which the tagger may call nouns ("la haute fonctionnaire")
PRENOMINAL = {"haut", "haute", "hauts", "hautes", "ancien", "ancienne", "jeune", "vieux", "vieil", "vieille", "nouveau",
              "nouvel", "nouvelle", "simple", "autre", "même"}


def phrase_gender(span: Span) -> str:
    """`f` or `m` from the determiner or noun of a description (`la directrice`, `ce père`), else ''."""
    for t in span:  # the determiner first: "le secrétaire" is a man though "secrétaire" is either
        if t.lower_ in ("le", "ce", "cet", "du", "au"):
            return "m"
        if t.lower_ in ("la", "cette"):
            return "f"
        if t.pos_ == "NOUN":
            if t.lower_.endswith(FEMININE_ENDINGS):  # "l'ambassadrice", which the tagger may call masculine
                return "f"
            if epicene(t):
                return ""  # "son homologue", "l'analyste": the tagger's gender for a noun of both genders is a guess
            g = t.morph.get("Gender")
            return "f" if g == ["Fem"] else "m" if g == ["Masc"] else ""
    return ""


SPEAKING_PREPOSITIONS = {"selon", "d'après", "d’après"}


def issuing_kind(doc: Doc, i: int) -> str | None:
    """The kind of body a writing's complement names as its issuer (`le communiqué du groupe`, `une note de
    la compagnie` → `groupe`, `compagnie`), when nothing but `de` and a determiner stands between."""
    j = i + 1
    if j < len(doc) and doc[j].lower_ in ("de", "du", "des", "d'", "d’"):
        j += 1
        if j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        if j < len(doc) and doc[j].lower_ in ORGANISATION_WORDS:
            return doc[j].lower_
    return None


def issued_by_a_state_body(doc: Doc, i: int) -> bool:
    """Whether the writing at doc[i] names a body of `STATE_BODIES` as its issuer right after it, past `de` and a
    determiner (`un communiqué de la présidence`, `une note du ministère des Affaires étrangères`)."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in ("de", "du", "d'", "d’"):
        return False
    j = i + 2 if doc[i + 1].lower_ == "du" else i + 3
    return (doc[i + 1].lower_ == "du" or doc[i + 2].pos_ == "DET") and doc[j].lower_ in STATE_BODIES


def acts(doc: Doc, word: Token) -> bool:
    """Whether an institution's word names a body that can act in its clause, not one a preposition
    governs (`le départ des dirigeants chinois`, `à l'ambassade`): only a body that acts can be the one
    a later `le communiqué` takes up."""
    while word.dep_ in ("conj", "appos", "flat:name") and word.head.i != word.i:
        word = word.head
    if word.head.lower_ in DOCUMENTS and word.head.i < word.i:
        return True  # "le communiqué de la présidence": the body that issued it
    first = word.left_edge
    before = doc[first.i - 1] if first.i > 0 else None
    if first.lower_ in SPEAKING_PREPOSITIONS or before is not None and before.lower_ in SPEAKING_PREPOSITIONS:
        return True  # "selon l'état-major": the body speaks
    # "ont saisi le Conseil de sécurité" is acted upon; an inverted subject the parse calls an object
    # ("…, a annoncé l'état-major") leaves its verb without a subject of its own
    if word.dep_ == "obj" and any(c.dep_.startswith("nsubj") for c in word.head.children):
        return False
    return not any(c.dep_ == "case" for c in word.children) and first.pos_ != "ADP" and \
        not (before is not None and before.pos_ == "ADP")


def clause_subject(doc: Doc, name: Span, bounds: tuple[int, int] | None = None) -> bool:
    """Whether a name stands where French puts a clause's subject, for parses that miss it: not
    after a preposition or a verb, and followed (past an apposition between commas and clitics) by
    a verb (`Assis à l'ombre, Emmanuel Okafor, un Nigérian, a travaillé`). `bounds`: the sentence's
    tokens where they are known better than the parser's (which can end one at `Mossa | Ag Attaher a …`)."""
    sent = doc[bounds[0]:bounds[1]] if bounds else name.sent
    if name.start > sent.start:
        prev = doc[name.start - 1]
        if prev.lower_ in NOT_BEFORE_SUBJECT or prev.pos_ in ("VERB", "AUX", "ADP"):
            return False
    j = name.end
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("lui", "elle", "eux", "elles") \
            and doc[j + 2].text == ",":
        return True  # "Mariam Diarra, elle, reviendra demain": a contrastive topic is a subject
    if j < sent.end and doc[j].text == ",":
        close = next((k for k in range(j + 1, min(sent.end, j + 14)) if doc[k].text == ","), None)
        if close is None:
            return False
        j = close + 1
    while j < sent.end and (doc[j].lower_ in CLITICS or doc[j].pos_ == "ADV"):
        j += 1
    return j < sent.end and (doc[j].pos_ in ("VERB", "AUX") or bare_verb(doc, j, sent.end))


def bare_verb(doc: Doc, j: int, end: int) -> bool:
    """Whether doc[j], which the parse tagged a noun or an adjective, is the verb it stands where a verb stands: a
    lowercase word with no determiner, right after a subject's name or comma, before an object's determiner, a colon or a
    quotation (`X, du réseau Y, partage le constat`, `X, joint par téléphone, raconte : « … »`); an apposed noun
    takes a complement with `de` instead (`X, chef de canton, …`)."""
    word = doc[j]
    return word.pos_ in ("NOUN", "ADJ") and word.text.islower() and (doc[j - 1].text == "," or doc[j - 1].pos_ == "PROPN") \
        and j + 1 < end \
        and (doc[j + 1].pos_ == "DET" and doc[j + 1].lower_ not in ("de", "du", "des", "d'", "d’")
             or doc[j + 1].text in (":", "«"))


def main_agent(word: Token, name: Span) -> bool:
    """Whether `word`, the head `name` hangs on, is the agent of its sentence's main verb in the passive (`Le texte a
    été défendu par le ministre, X, qui l'avait signé avec Y`): the one who acts, as a subject would be; not the agent
    of a participle set before the subject (`Reçu par le général X, l'émissaire a …`), nor a name past a verb that the
    parse hung on the agent (`Y` of `qui l'avait signé avec Y`), nor the agent of a verb whose subject is a person."""
    verb = word.head
    return word.dep_ == "obl:agent" and verb.dep_ == "ROOT" and any(c.dep_ == "aux:pass" for c in verb.children) \
        and not any(t.pos_ in ("VERB", "AUX") for t in word.doc[word.i:name.start]) \
        and not any(c.dep_ == "nsubj:pass" and (c.lower_ in ("il", "elle", "ils", "elles") or c.ent_type_ == "PER")
                    for c in verb.children)  # "Il a été reçu par le général X, et il répète …": whom the sentence is
    # about is the one received, not who received him (but "Le Niger était représenté par son ministre X": X)


# words that may open a sentence before its subject without a comma ("Mais Niamey maintient …")
CONNECTIVE = r"(?:mais|or|et|pourtant|cependant|toutefois|ainsi|enfin|aussi|donc|puis|surtout|désormais|alors|car)"
RELATIVE_NEXT = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*qui\s")  # a name a relative clause's `qui` takes up
# what opens a clause subordinate to the sentence's subject right before a pronoun (`Subject … la radio, qu'elle accuse`,
# `l'ONG, à qui elle reproche`, `le rapport, dans lequel il`, `selon elle`), or coordinated with it (`Le Fonds salue des
# progrès, mais il demande`): the pronoun takes up that subject (`Discourse.subordinate_subject`)
SUBORDINATE = re.compile(r"(?:^|\W)(?:qu'|que\s|dont\s|où\s|(?:\w+\s+)?(?:le|la|les)quel(?:le)?s?\s|auxquel(?:le)?s\s|"
                         r"auquel\s|duquel\s|desquel(?:le)?s\s|(?:à|avec|pour|contre|envers|chez|sur|de)\s+qui\s|"
                         r"auprès\s+de\s+qui\s|selon\s)\S*\s*$")
COORDINATE = re.compile(r"(?:,\s*(?:mais|et|puis|car|or|donc)|\s(?:mais|et))\s*$")


@dataclass
class Person:
    """What the article has said of one person so far."""

    actor_id: str
    gender: str = ""
    roles: tuple[str, ...] = ()
    state: str | None = None
    last: int = 0
    portfolio: set = field(default_factory=set)  # content words of the roles it was introduced with
    described: set = field(default_factory=set)  # the nouns it was introduced with, roles or not (`le prêtre X`)


def most_named_state(mentions: list[dict], pos: int, reference: Reference,
                     quoted: list[tuple[int, int]] = ()) -> str | None:
    """The state an article has named most before `pos` (the latest on a tie), a place counting for
    its state (`à Niamey`, `Agadez`: where the events happen), a word of a quotation not at all."""
    return state_tally(mentions, reference).most(pos, quoted)


def state_tally(mentions: list[dict], reference: Reference) -> Tally:
    """The states named by mentions, counted for `most_named_state` question after question
    (`Tally`: a long article costs its length, not its square)."""
    states = [(m["start"], reference.by_id.get(m["actor_id"], {}).get("country") if m["actor_kind"] == "place"
               else m["actor_id"]) for m in mentions if m["actor_kind"] in ("state", "place")]
    return Tally([(start, state) for start, state in states if state])


# words that name a military regime's bodies: only a state under a transition (`transitions.csv`) has them (not
# `le ministère de la Transition énergétique`)
TRANSITIONAL = re.compile(r"(?<!\w)(?:transition(?!\s+(?:énergétique|écologique|numérique|démographique|agroécologique))|juntes?|putschistes|militaires au pouvoir|régimes? militaires?|CNSP|CNT|"
                          r"MPSR|CNRD|CMT|CTRI)(?!\w)", re.IGNORECASE)
# those who speak for an organisation of states together, right before its name (`les chefs d'Etat de la Confédération`)
LEADERS_OF = re.compile(r"(?<!\w)(?:chefs d['’]Etat|chefs d['’]État|dirigeants|présidents|ministres|pays membres|Etats membres)"
                        r"(?:\s+[\w'’-]+){0,4}?\s+(?:de la|de l['’]|du|des|de)\s*$", re.IGNORECASE)
QUANTITIES = {"dizaine", "douzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine",
              "millier", "million", "nombre", "plupart", "partie", "majorité", "série", "poignée", "foule", "tas"}
# what opens an indefinite phrase before its noun: `plusieurs témoins`, `certains agents`, `un de ses cadres`
INDEFINITE_OPENERS = {"un", "une", "des", "de", "d'", "d’", "du", "plusieurs", "certains", "certaines", "quelques", "divers",
                      "diverses", "nombreux", "nombreuses", "autres", "ses", "leurs", "son", "sa", "leur", "ces", "deux",
                      "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"}
# those who speak for someone else than the person a possessive names (`son avocat`, `sa fille`, `ses proches`)
ASSOCIATES = {"avocat", "avocate", "avocats", "avocates", "conseil", "conseils", "épouse", "époux", "mari", "femme",
              "frère", "frères", "sœur", "sœurs", "fils", "fille", "filles", "père", "mère", "oncle", "tante", "cousin",
              "cousine", "neveu", "nièce", "proche", "proches", "entourage", "ami", "amie", "amis", "famille",
              "collaborateur", "collaboratrice", "collaborateurs", "médecin", "biographe"}
# the people around someone (`l'entourage du président`, `son entourage`, `ses proches`, `les proches de X`)
CIRCLE = re.compile(r"(?:l'|le|les|son|ses|leur|leurs)\s*(?:entourage|proches)(?!\w)")
# one of someone's people: `l'un de ses conseillers`, `une de leurs avocates`
ONE_OF_THEIRS = re.compile(r"(?:l['’]\s*)?une?\s+(?:de|d['’])\s*(?:ses|leurs)\s", re.IGNORECASE)
# nouns of people the tagger or the agent endings miss (`un invité`, `des familles`, `un internaute`)
# people of a trade or a condition, who speak for themselves: with a demonym (`les commerçants maliens`) still nobody's
# voice but their own, never their state's (singular forms; a plural is read without its `s` or `x`)
PEOPLE_AT_LARGE = {"transporteur", "routier", "chauffeur", "camionneur", "commerçant", "commerçante", "grossiste",
                   "détaillant", "détaillante", "vendeur", "vendeuse", "marchand", "marchande", "éleveur", "éleveuse",
                   "agriculteur", "agricultrice", "cultivateur", "cultivatrice", "producteur", "productrice",
                   "cotonculteur", "paysan", "paysanne", "pêcheur", "orpailleur", "artisan", "artisane", "ouvrier",
                   "ouvrière", "travailleur", "travailleuse", "salarié", "salariée", "habitant", "habitante", "riverain",
                   "riveraine", "citoyen", "citoyenne", "consommateur", "consommatrice", "usager", "voyageur",
                   "voyageuse", "passager", "passagère", "étudiant", "étudiante", "élève", "enseignant", "enseignante",
                   "parent", "jeune", "femme", "réfugié", "réfugiée", "déplacé", "déplacée", "migrant", "migrante",
                   "exilé", "exilée", "fidèle", "supporter", "supporteur", "spectateur", "spectatrice", "internaute",
                   "automobiliste", "exportateur", "exportatrice", "importateur", "importatrice", "entrepreneur",
                   "entrepreneuse", "investisseur", "industriel", "opérateur", "cotonculteur", "maraîcher",
                   "maraîchère", "boutiquier", "boutiquière", "villageois", "villageoise", "retraité", "retraitée"}
PEOPLE_WORDS = {"invité", "invitée", "famille", "supporter", "collègue", "internaute", "client", "cliente", "ami", "amie",
                "parent", "voisin", "voisine", "fidèle", "patron", "patronne", "salarié", "salariée", "victime", "blessé",
                "blessée", "détenu", "détenue", "voix", "camp", "titre", "autre", "cousin", "cousine", "frère", "sœur",
                "oncle", "tante", "fils", "neveu", "nièce", "époux", "épouse", "mari", "enfant", "grand-père", "grand-mère"}


def counted_noun(span: Span) -> Token | None:
    """The word an indefinite phrase is about, past its determiners, numbers and a noun of quantity with its `de`
    (`une soixantaine de comptes`: `comptes`; `plusieurs témoins`: `témoins`), whatever the tagger calls it."""
    for t in span:
        word = t.lower_
        if word in INDEFINITE_OPENERS or t.like_num or word in QUANTITIES or word.rstrip("sx") in QUANTITIES:
            continue
        return t if t.is_alpha else None
    return None


def mention_kinds(mentions: list[dict]) -> dict[str, str]:
    """Actor id → kind as an article's own mentions give it (its first mention's): an organisation the
    reference table lacks is still one. Pronouns and roles added for speakers do not count."""
    return {m["actor_id"]: m["actor_kind"] for m in reversed(mentions) if m.get("method") not in ("pronoun", "role")}


@lru_cache(maxsize=4)
def role_phrases(reference: Reference) -> re.Pattern | None:
    """One pattern for the titles of several words (`secrétaire exécutif`), longest first: each is a role."""
    several = sorted((t for t in reference.titles if " " in t), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, several)) + r")(?!\w)") if several else None


# the nouns a company is introduced and taken up by, which stand for one another: "Le groupe minier canadien Barrick
# a saisi le Cirdi. La société dénonce …" (a company, not the body it went to; not an armed group's `groupe`)
COMPANY_NOUNS = ("société", "compagnie", "entreprise", "firme", "groupe")


# a body the words before its name introduce as no outlet: `offertes par le groupe russe X`, `l'ONG Y`
OTHER_BODY_INTRODUCED = re.compile(r"(?<!\w)(?:" + "|".join(COMPANY_NOUNS) + r"|ong|association|fondation|banque|"
                                   r"coopérative|union|fédération|syndicat|collectif|organisation)s?(?!\w)"
                                   r"(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def described_as(noun: str) -> re.Pattern:
    """The text before a body's name when `noun` introduces it, a few words before (`le groupe paramilitaire russe`);
    for a company's noun, any of `COMPANY_NOUNS`."""
    nouns = "|".join(COMPANY_NOUNS) if noun in COMPANY_NOUNS and noun != "groupe" else re.escape(noun)
    return re.compile(rf"(?<!\w)(?:{nouns})s?(?!\w)[^.;:«»]{{0,40}}$", re.IGNORECASE)


def tail_sources(tail: str) -> set[str]:
    """The words a clause says after its speaker's phrase that may name its speaker a source (`…, sous couvert
    d'anonymat`, `…, a indiqué une source diplomatique`, `selon un proche du dossier`): `anonymat`, and nouns
    right after a determiner; never an adjective (`le détachement militaire`, `l'accord de coopération
    militaire`) nor `dans le cadre de`; nor what a relative clause on the speaker says it does (`résume le journal, qui
    cite un diplomate`), save its `anonymat`."""
    relative = re.search(r",\s*(?:qui|dont)(?!\w)", tail, re.IGNORECASE)
    words = re.findall(r"\w+", tail[:relative.start()].lower() if relative else tail.lower())
    return {w for n, w in enumerate(words) if w == "anonymat" or n and words[n - 1] in TAIL_DETERMINERS and not (
        words[n - 1] == "le" and n + 1 < len(words) and words[n + 1] in TAIL_LINKS) and not (
        words[n - 1] in ("le", "la", "l", "les") and w not in ("source", "sources", "même"))} | (
        {"anonymat"} & set(re.findall(r"\w+", tail.lower())))


TAIL_DETERMINERS = {"un", "une", "le", "la", "l", "les", "des", "plusieurs", "de", "d"}  # words as `\w+` splits them
TAIL_LINKS = {"de", "du", "des", "d"}


class Discourse:
    """The discourse state of one document (see the module docstring)."""

    def __init__(self, reference: Reference, date: str, mentions: list[dict]):
        self.reference, self.date = reference, date
        self.mentions = sorted(mentions, key=lambda m: m["start"])
        self.starts = [m["start"] for m in self.mentions]
        self.kinds = mention_kinds(self.mentions)
        self.longest = max((m["end"] - m["start"] for m in self.mentions), default=0)
        self.people: dict[str, Person] = {}
        self.predecessors: set[str] = set()  # persons named as whom someone succeeds or replaces
        self.former: set[str] = set()  # persons introduced as former holders (`l'ancien président X`, `le président déchu`)
        self.institutions: list[tuple[int, str, str]] = []  # (offset, cue word, actor)
        self.acting: set[int] = set()  # offsets of the institutions above that act: subjects and documents
        self.role_people: dict[int, str] = {}  # offsets of the institutions above that are roles whose holder the
        # article introduced (`le ministre malien` after `le ministre malien des Affaires étrangères, X`): that person
        self.reissued: set[int] = set()  # offsets of documents whose issuer `issued` set from their clause's speaker
        self.running: tuple[str, int] | None = None   # (actor_id, paragraph)
        self.running_at = -1                            # where the running speaker last spoke
        self.running_gender = ""  # the gender its phrase said ("la compagnie": f), when a phrase named it
        self.setup: tuple[str, int, int] | None = None  # subject of the last sentence without a quotation
        self.setup_end = 0  # where that sentence ends
        self.setup_role = ""  # the gender of that subject when it is a role nobody in the article holds by name
        self.setup_gender = ""  # the gender the phrase of that subject said ("la cheffe de la diplomatie": f)
        # (paragraph, offset, end of its sentence) of an anonymous source set up
        self.anonymous_at: tuple[int, int, int] | None = None
        self.dateline: str | None = None                # state of the wire dateline, when the article has one
        self.subjects: list[tuple[int, str]] = []       # persons named as a clause's subject, in order
        self.definite_subjects: list[int] = []          # offsets of definite or named subjects (`le diplomate`)
        self.paragraph = 0
        self.bounds: list[tuple[int, int]] = []         # token ranges of the sentences of the paragraph being read
        self.paragraphs: list[tuple[int, str]] = []    # (offset, text) of the paragraphs read so far
        self.quoted: list[tuple[int, int]] = []         # character ranges of the quotations read so far
        self.quotations = Ranges()                      # the same, for `in_quotation`
        self.states = state_tally(self.mentions, reference)  # for `home_state`
        self.extra_mentions: list[dict] = []
        self.extra_starts: set[int] = set()  # where they start (`role_mentions` adds none twice)
        # single words that name an office: heads of the role phrases, and the titles
        self.sentence_start = 0
        self.groups = [(re.compile(rf"(?<!\w)(?:{r['pattern']})(?!\w)", re.IGNORECASE), r["actor_id"])
                       for r in reference.table("group_phrases.csv", ("pattern", "actor_id", "notes"))]
        self.memberships = reference.table("memberships.csv", ("organization", "member", "start", "end", "notes"))
        self.role_words = ({phrase.split()[0] for phrase, _ in reference.roles} | reference.titles) - GENERIC
        self.role_phrases = role_phrases(reference)

    # -- reading the text ---------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[dict]:
        """Mentions that overlap [start, end)."""
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)  # no mention starts earlier and reaches start
        return [m for m in self.mentions[lo:hi] if m["end"] > start]

    def learn(self, doc: Doc, offset: int, paragraph: int, quoted: tuple[tuple[int, int], ...] = (),
              bounds: list[tuple[int, int]] | None = None) -> None:
        """Read one paragraph before its quotations are attributed: who is introduced with which
        role and gender, and which institution a speech noun names. Persons named inside the
        quotations (`quoted`: character ranges) or in a byline (`Par X`) are no antecedents. `bounds`: the
        build's sentences (`nlp.sentence_bounds`), where they are known better than the parser's."""
        self.paragraph = paragraph
        self.bounds = bounds or [(s.start, s.end) for s in doc.sents]
        self.paragraphs.append((offset, doc.text))
        self.quoted += list(quoted)
        if is_byline(doc):
            return
        for m in self.mentions_in(offset, offset + len(doc.text)):
            if m["actor_kind"] != "person" or any(a <= m["start"] < b for a, b in quoted):
                continue
            span = doc.char_span(m["start"] - offset, m["end"] - offset, alignment_mode="expand")
            if span is None:
                continue
            person = self.people.setdefault(m["actor_id"], Person(m["actor_id"], self.known_gender(m["actor_id"])))
            person.last = m["start"]
            if SUCCEEDED.search(self.text_before(m["start"])):
                self.predecessors.add(m["actor_id"])  # "X, qui succède au président Y": `le nouveau président` is X
            if FORMER_BEFORE.search(self.text_before(m["start"])[-60:]):
                self.former.add(m["actor_id"])  # "l'ancien président Mohamed Bazoum": `le président` is someone else
            head = span.root
            while head.dep_ in ("flat:name", "flat", "appos", "conj") and head.head.i != head.i:
                head = head.head
            if head.dep_.startswith("nsubj") or clause_subject(doc, span) or main_agent(head, span):
                self.subjects.append((m["start"], m["actor_id"]))
            roles, gender, state, portfolio = self.introduction(doc, span, offset)
            if roles:
                person.portfolio |= portfolio
            person.described |= described_by(doc, span)
            person.roles = tuple(dict.fromkeys(person.roles + roles))
            person.gender = person.gender or gender or self.reference.name_gender(m["text"])  # "Hadiza", "Seydou"
            person.state = person.state or (self.reference.by_id.get(m["actor_id"], {}).get("country") or None) or state
        for t in doc:
            if t.dep_ in ("nsubj", "nsubj:pass") and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in t.children)) \
                    and not any(a <= offset + t.idx < b for a, b in quoted):
                self.definite_subjects.append(offset + t.idx)  # "Le commissaire … a annoncé": no anonymous source
                if t.pos_ == "NOUN" and (person := self.described(doc, t, offset)):
                    self.subjects.append((offset + t.idx, person))
            word, last = t.lower_, t.i
            if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and not doc[t.i + 1].whitespace_:
                word, last = f"{word}-{doc[t.i + 2].lower_}", t.i + 2  # "l'état-major": three tokens
            if word == "ministre" and t.i and doc[t.i - 1].lower_ in ("premier", "première"):
                word = "premier-ministre"  # the head of government, whom `le ministre des Finances` does not take up
            if self.reference.speaker_cues.get(word) == "institution" and not any(
                    a <= offset + t.idx < b for a, b in quoted):  # "« … le régime algérien … »" introduces nobody
                stop = next((u.i for u in doc[last + 1:t.i + 9] if u.is_punct), min(t.i + 9, len(doc)))
                edge = max(u.right_edge.i for u in doc[t.i:last + 1])
                if edge >= last:  # "le ministère du Pétrole reproche … aux entreprises chinoises": its own phrase
                    stop = min(stop, edge + 1)
                # "a annoncé dans un communiqué la nationalisation de X": a determiner not after a preposition
                # opens the verb's object, not the issuer's name
                stop = next((u.i for u in doc[t.i + 1:stop] if u.pos_ == "DET" and doc[u.i - 1].pos_ not in ("ADP", "DET")
                             and doc[u.i - 1].lower_ not in ("de", "d'", "d’", "par")), stop)
                channel = {u.i for u in doc[t.i + 1:stop] if u.lower_ in ("sur", "à", "au") or u.lower_ == "par"
                           and any(w.lower_.startswith(CONSULTED) for w in doc[max(t.i, u.i - 3):u.i])}
                cut = min(channel) if channel else stop  # "un communiqué lu sur l'ORTM", "une lettre consultée par
                # l'AFP": a channel, not the issuer
                near = self.mentions_in(offset + t.idx, offset + doc[min(cut, len(doc) - 1)].idx + 1)
                actors = [m for m in near if m["actor_kind"] in ("state", "organization", "armed_group")]
                organ = {u.lower_ for u in doc[t.i:cut]} & ORGANS
                if not actors and organ:  # "le communiqué de la Commission": the organisation whose organ it is
                    owners = [a for _, w, a in self.institutions if w in organ and self.kind(a) != "person"]
                    issuer = owners[-1] if owners else self.salient_body(offset + t.idx)
                else:
                    issuer = None
                if not actors and not organ and t.lower_ in DOCUMENTS \
                        and (club := self.group(doc[t.i:next((u.i for u in doc[t.i + 1:t.i + 6] if u.is_punct),
                                                             min(t.i + 6, len(doc)))].text, [])) is not None:
                    issuer = club  # "un communiqué commun des trois pays": the organisation the group phrase stands for
                elif not actors and not organ and t.lower_ in DOCUMENTS and (kind := issuing_kind(doc, t.i)):
                    issuer = self.salient_body(offset + t.idx, kind)  # "le communiqué du groupe": the one just named
                elif not actors and not organ and t.lower_ in DOCUMENTS and t.i > 0 \
                        and doc[t.i - 1].lower_ in ANAPHORIC_DETERMINERS and not issued_by_a_state_body(doc, t.i):
                    opening = self.sentence_of(t.i)[0]
                    readers = [m["actor_id"] for m in self.mentions_in(offset + doc[opening].idx, offset + doc[t.i - 2].idx)
                               if m["actor_kind"] == "person" and not any(a <= m["start"] < b for a, b in quoted)] \
                        if t.i > opening + 2 and doc[t.i - 2].lower_ in ("lu", "lue", "lit", "lisait", "relu", "relue") \
                        and not any(a.lower_ in DOCUMENTS for a in doc[opening:t.i - 2]) else []
                    reader = readers[-1] if readers else None  # (by word order: the parse often misreads `a lu le`)
                    if reader is None:
                        continue  # "…, poursuit le texte": a document taken up, not a new one with its own issuer
                    # "Le colonel X a lu le communiqué à la télévision. Le texte accuse …": the body the reader speaks
                    # for, by his office on the article's date, else his state
                    issuer = self.reference.office_of(reader, self.date) or (
                        self.people[reader].state if reader in self.people else None)
                    if issuer is None:
                        continue
                if word in LEGAL_TEXTS:  # "l'ordonnance portant nationalisation de la Somaïr": the state's, not the
                    # company's it is about; signed by a person, his state's
                    actors = [m for m in actors if m["actor_kind"] == "state"]
                    signed = None if actors else self.issuer(doc, offset, t, last)
                    if signed is not None and self.kind(signed) == "person":
                        person = self.people.get(signed)
                        signed = (person.state if person is not None else None) or \
                            self.reference.by_id.get(signed, {}).get("country") or None
                    issuer = actors[0]["actor_id"] if actors else signed or self.home_state(offset + t.idx)
                if not actors and issuer is None and (abroad := self.diaspora_state(doc, offset, last)):
                    issuer = abroad  # "le ministère des Affaires étrangères, de la Coopération africaine et des
                    # Marocains résidant à l'étranger": the state whose nationals abroad the portfolio names
                if issuer is None and not actors and not organ and t.lower_ in DOCUMENTS \
                        and issued_by_a_state_body(doc, t.i):
                    # "L'Essor publie le communiqué du gouvernement de transition": the state's writing, not that of
                    # the clause's subject (a newspaper printing it); the state the sentence or the leader set up
                    # says, else the article's own
                    opening = t.i - 1 if t.i > 0 and doc[t.i - 1].pos_ == "DET" else t.i
                    issuer = self.body_state(offset + doc[self.sentence_of(t.i)[0]].idx, offset + doc[opening].idx) \
                        or (self.home_state(offset + t.idx) if self.published(doc, t.i) else None)
                issuer = issuer or (actors[0]["actor_id"] if actors else self.issuer(doc, offset, t, last))
                if issuer and not actors and word in STATE_BODIES and self.kind(issuer) == "organization":
                    issuer = None  # "L'Essor publie le communiqué du gouvernement": a state's body is no newspaper's
                elif issuer and not actors and not organ and t.lower_ in DOCUMENTS and self.kind(issuer) == "organization" \
                        and issued_by_a_state_body(doc, t.i):
                    paper = self.reference.by_id.get(issuer, {}).get("country") or None
                    issuer = paper if paper and self.kind(paper) == "state" else self.home_state(offset + t.idx)
                    # "Sidwaya ouvre sur le communiqué du gouvernement": the government's writing is its state's (the
                    # paper's own state when the table knows it), never the paper's that reports it
                if issuer:
                    self.institutions.append((offset + t.idx, word, issuer))
                    if word in DOCUMENTS or acts(doc, t):
                        self.acting.add(offset + t.idx)
                    if self.is_role(t) and self.kind(issuer) != "person":
                        # "Le ministre malien s'en est pris au Conseil, dont il a fustigé « … »": the minister the
                        # article introduced with that role and state, when it did, is whom a pronoun takes up
                        opening = t.i - 1 if t.i > 0 and doc[t.i - 1].pos_ == "DET" else t.i
                        holder = self.role_holder(doc[opening:max(cut, t.i + 1)], offset, actors, doc_only=True)
                        if holder is not None:
                            self.role_people[offset + t.idx] = holder
        self.institutions.sort()

    @staticmethod
    def published(doc: Doc, i: int) -> bool:
        """Whether the writing at doc[i] is the object of a verb of printing or relaying (`publie`, `reproduit`,
        `reprend`, `cite`): its issuer is not that verb's subject (a newspaper), and a state body's writing so printed
        is the article's own state's when nothing else says whose."""
        return doc[i].dep_ == "obj" and doc[i].head.lemma_.lower() in PRINTING

    def diaspora_state(self, doc: Doc, offset: int, last: int) -> str | None:
        """The state of a ministry whose portfolio, listed after its name, ends on its nationals abroad (`…, de la
        Coopération régionale et des Burkinabè de l'extérieur`): the demonym names the ministry's own state."""
        end = offset + doc[last].idx + len(doc[last])
        for m in self.mentions_in(end, end + 120):
            if m["method"] != "demonym" or m["actor_kind"] != "state":
                continue
            between, after = self.text_between(end, m["start"]), self.text_between(m["end"], m["end"] + 30)
            if re.fullmatch(r"[^.;:«»()]*\bet\s+des\s+", between) and re.match(
                    r"\s+(?:résidant|vivant|établis)\s+à\s+l['’]étranger|\s+de\s+l['’](?:extérieur|étranger)", after):
                return m["actor_id"]
        return None

    def body_state(self, sentence: int, pos: int) -> str | None:
        """Whose state body issued a writing its clause names no issuer for (`Côté malien, le communiqué de la
        présidence évoque …`, `Selon un communiqué de la présidence, …`): the state the sentence opens with as its
        place or side, else the state of the leader set up in this paragraph or the one before (`Le président X a
        reçu … Selon un communiqué de la présidence`: a head of state or government the table knows on the article's
        date); nobody otherwise."""
        saved, self.sentence_start = self.sentence_start, sentence
        fronted = self.fronted_state(pos)
        self.sentence_start = saved
        if fronted:
            return fronted
        here = [a for p, a in self.subjects if self.paragraphs[-1][0] <= p < pos]  # "Le président X a reçu … Selon
        # un communiqué de la présidence" in one paragraph: `learn` has read the subject, no sentence has set it up
        leader = self.people.get(here[-1]) if here else \
            self.people.get(self.setup[0]) if self.setup and self.paragraph - self.setup[1] <= 1 else None
        if leader is None or not leader.state:
            return None
        heads = {self.reference.holder(office, leader.state, self.date) for office in ("head_of_state", "head_of_government")}
        return leader.state if leader.actor_id in heads else None

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The token range of the sentence of the paragraph being read that holds token `i`."""
        return next(((lo, hi) for lo, hi in self.bounds if lo <= i < hi), (i, i + 1))

    def issuer(self, doc: Doc, offset: int, cue, last: int) -> str | None:
        """Who issued a communiqué named without its author: the subject of the clause it sits in
        (`Dans un communiqué …, le gouvernement de transition a annoncé`)."""
        verb = cue.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(2):  # "a réagi, par un communiqué signé du ministre": the participle's clause has no subject
            if not self.is_role(cue) and any(c.dep_.startswith("nsubj") and cue.i <= c.i <= last for c in verb.children):
                break  # "…, a indiqué le ministère": the cue is the subject; a second one is the parser's error
                # (not for a role: "Le ministre, X, a …" parses the apposed name as a subject too)
            subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and not cue.i <= c.i <= last
                        and not self.in_quotation(offset + c.idx)]  # (not a subject the parse found in the words)
            if subjects:  # two subjects are the parser's error; in "X a rejeté la requête …, a indiqué le ministère"
                # the one after the verb (the incise's inverted subject) is the verb's own
                c = min(subjects, key=lambda c: c.i < verb.i)  # the first of those after it, else the first
                span = doc[c.left_edge.i:c.right_edge.i + 1]
                actor = self.resolve_in_sentence(span, offset, doc[self.sentence_of(cue.i)[0]].idx)
                if len(span) == 1 and span[0].lower_ in ("il", "elle") and (actor is None or self.kind(actor) == "person"):
                    actor = self.previous_body(doc, offset, cue.i, PRONOUNS[span[0].lower_]) or actor
                elif c.lemma_.lower() in STATE_BODIES and not self.mentions_in(offset + span.start_char, offset + span.end_char) \
                        and (before := self.previous_body(doc, offset, cue.i, "")) and self.kind(before) == "state" \
                        and not any(m["actor_id"] == before for m in self.mentions_in(
                            offset + span.end_char, offset + doc[self.sentence_of(cue.i)[1] - 1].idx)):
                    # (not a state its own clause names after it: "La Guinée refuse. Le gouvernement a réagi, par un
                    # communiqué, au refus de la Guinée": the one that reacts is another)
                    actor = before  # "Bamako a dénoncé un acte hostile. Dans un communiqué, le gouvernement de
                    # transition accuse l'armée algérienne …": the state the sentence before has as its subject (the
                    # paragraph is read before its sentences' speakers: the state named most is no guide here)
                return actor
            if verb.dep_ not in ("advcl", "acl") or verb.head.i == verb.i:
                break
            verb = verb.head
        # the parse found no subject ("Orano, qui détenait …, a condamné … dans un communiqué"): the body the
        # sentence names first before the document, else the state of the person it names first
        if cue.lower_ not in DOCUMENTS:
            return None
        if (fronted := self.fronted_issuer(doc, offset, cue)) is not None:
            return fronted
        lo = cue.sent.start
        while lo > 0 and doc[lo].text in (",", ";"):
            lo = doc[lo - 1].sent.start  # the splitter cut the sentence at "63,4 % de la Somaïr, a condamné"
        found = self.clause_actors(doc, offset, lo, cue.i, fronted=True)
        bodies = [m for m in found if m["actor_kind"] != "person"]
        if bodies:
            return bodies[0]["actor_id"]
        person = self.people.get(found[0]["actor_id"]) if found else None
        return person.state if person is not None else None

    def resolve_in_sentence(self, span: Span, offset: int, start: int) -> str | None:
        """The actor `span` names, read as part of the sentence starting at `start` in the paragraph at `offset`
        (`learn` reads a paragraph's writings before its sentences are read one by one)."""
        saved, self.sentence_start = self.sentence_start, offset + start
        actor, _ = self.resolve(span, offset, "")
        self.sentence_start = saved
        return actor

    def fronted_issuer(self, doc: Doc, offset: int, cue) -> str | None:
        """The body a sentence opened by its writing names next, read from word order when the parse lost the
        clause (`Dans un communiqué lu sur l'ORTM, la télévision publique, le régulateur reproche …`): of the noun
        phrases set off by commas after the writing, before the clause's verb, the last that resolves to a state or
        an organisation (a medium it was read on is one too, so the last: the subject stands right before its verb)."""
        lo = self.sentence_of(cue.i)[0]
        if cue.i - lo > 3 or doc[lo].lower_ not in ("dans", "par") or not doc[cue.i - 1].pos_ == "DET":
            return None
        found, k = None, cue.i + 1
        stop = min(len(doc), cue.i + 30)
        while k < stop and not (doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")):
            if doc[k].text == "," and k + 2 < stop and doc[k + 1].pos_ == "DET":
                end = k + 2
                while end < stop and (doc[end].pos_ in ("NOUN", "PROPN", "ADJ") or doc[end].lower_ in NAME_LINKS):
                    end += 1
                while end > k + 2 and doc[end - 1].lower_ in NAME_LINKS:
                    end -= 1
                actor = self.resolve_in_sentence(doc[k + 1:end], offset, doc[lo].idx)
                if actor is not None and self.kind(actor) in ("state", "organization"):
                    found = actor
                k = end
                continue
            k += 1
        return found

    def described(self, doc: Doc, noun: Token, offset: int) -> str | None:
        """The person a definite subject that is no role takes up (`Le prêtre, lui, a été soigné à Niamey`): the one
        named last before it who was introduced with that noun (`le prêtre X`, `X, un prêtre de …`), whose gender
        does not disagree with the phrase's, when the phrase names nobody itself. A subject so found is one a
        pronoun after it may take up (`« … », a-t-il confié`), before a person merely named since."""
        if self.is_role(noun) and noun.lower_ not in self.reference.honorifics \
                or self.reference.speaker_cues.get(noun.lower_) == "institution" \
                or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children):
            return None  # (a role's holder is found by `role_holder`, with the offices it knows; `le journal` is a body;
            # an honorific names no office: `l'imam` is whom the article introduced so)
        span = doc[noun.left_edge.i:noun.right_edge.i + 1]
        if self.mentions_in(offset + span.start_char, offset + span.end_char):
            return None
        pos, lemma, gender = offset + noun.idx, noun.lemma_.lower(), phrase_gender(doc[noun.left_edge.i:noun.i + 1])
        fits = [p for p in self.people.values() if p.last < pos and lemma in p.described
                and (not gender or p.gender in ("", gender))]
        return max(fits, key=lambda p: p.last).actor_id if fits else None

    def previous_body(self, doc: Doc, offset: int, i: int, gender: str) -> str | None:
        """The state or organisation the sentence before token `i`'s (in its paragraph) has as its subject, when
        its determiner agrees with a pronoun of `gender` and no person is named between: whom `il` stands for in
        `Le gouvernement béninois a répondu vendredi. Dans un communiqué, il dénonce …` (not the person the article
        named last, who is what `pronoun` gives)."""
        lo = self.sentence_of(i)[0]
        previous = next(((a, b) for a, b in reversed(self.bounds) if b <= lo), None)
        if previous is None:
            return None
        a, b = previous
        root = main_verb(doc, a, b)
        subject = next((c for c in root.children if c.dep_.startswith("nsubj") and a <= c.i < b), None) if root else None
        if subject is None or subject.pos_ == "PRON":
            return None
        span = doc[max(a, subject.left_edge.i):min(b, subject.right_edge.i + 1)]
        if any(m["actor_kind"] == "person" for m in self.mentions_in(offset + span.end_char, offset + doc[i].idx)):
            return None
        named = span[0].ent_type_ != "" or span[0].pos_ == "PROPN"
        if gender and not named and phrase_gender(span) not in ("", gender):
            return None  # (no pronoun, no agreement to check: the writing's issuer)
        actor, how = self.resolve(span, offset, "")
        if actor is None or how not in ("institution", "metonymy", "name") or self.kind(actor) == "person":
            return None
        return actor

    def previous_opening(self, doc: Doc, offset: int, i: int) -> str | None:
        """The state, organisation or armed group that opens the sentence before token `i`'s (in its paragraph) with
        nothing but a determiner before it, by word order where the parse found no subject (`La Société nationale
        d'électricité du Niger (Nigelec), qui importe …, peine à suivre la demande.`), when no person is named after it."""
        lo = self.sentence_of(i)[0]
        previous = next(((a, b) for a, b in reversed(self.bounds) if b <= lo), None)
        if previous is None:
            return None
        start, end = offset + doc[previous[0]].idx, offset + doc[i].idx
        named = [m for m in self.mentions_in(start, end) if not self.in_quotation(m["start"])]
        if not named or named[0]["method"] == "demonym" or named[0]["actor_kind"] not in (
                "state", "organization", "armed_group") or any(m["actor_kind"] == "person" for m in named):
            return None
        lead = self.text_between(start, named[0]["start"]).strip().lower().replace("’", "'")
        return named[0]["actor_id"] if lead in ("", "le", "la", "les", "l'") else None

    def clause_actors(self, doc: Doc, offset: int, lo: int, hi: int, fronted: bool = False) -> list[dict]:
        """The persons, states, organisations and armed groups named in doc[lo:hi], in order, outside
        quotations and never one after a preposition (`Au Niger, la France ferme …`, `les ministres de l'AES`):
        those a clause is about. `fronted`: only those that open the clause or follow a comma."""
        found = []
        if hi <= lo:
            return found
        for m in self.mentions_in(offset + doc[lo].idx, offset + doc[hi - 1].idx + len(doc[hi - 1])):
            if m["actor_kind"] not in ("state", "organization", "armed_group", "person") or \
                    m["end"] > offset + doc[hi - 1].idx + len(doc[hi - 1]) or self.in_quotation(m["start"]):
                continue
            span = doc.char_span(m["start"] - offset, m["end"] - offset, alignment_mode="expand")
            if span is None:
                continue
            k = span.start
            while k > lo and (doc[k - 1].pos_ == "DET" or m["actor_kind"] == "person" and (
                    self.is_role(doc[k - 1]) or doc[k - 1].lower_ in self.reference.titles)):
                k -= 1  # "de l'AES", "au Mali"; "l'ancien parti du président X": a person after a preposition too
            if k > lo and doc[k - 1].lower_ in AFTER_PREPOSITION or fronted and k > lo and doc[k - 1].text != ",":
                continue
            found.append(m)
        return found

    def visiting(self, words: set[str], word: str, actor_id: str) -> bool:
        """Whether an institution named earlier (`word`, `actor_id`) is a state's presence abroad that a bare state
        body (`words`: `le ministère`, `le communiqué du gouvernement`) cannot take up: in a dispatch from
        Ouagadougou that names Burkina besides, `le ministère` after `une délégation turque` is Burkina's; a
        dispatch from New York about Algeria's delegation at the UN means no American ministry. With no dateline, a
        state body never takes up a presence abroad: `Le président X a reçu une délégation nigérienne … Selon un
        communiqué de la présidence` is X's presidency."""
        if not (words & STATE_BODIES and word in ABROAD):
            return False
        return self.dateline is None or actor_id != self.dateline \
            and sum(state == self.dateline for _, state in self.states.entries) > 1

    def home_state(self, pos: int) -> str | None:
        """Whose `gouvernement` the article means: the state of its wire dateline (`NIAMEY, 17 mars
        (ANP) -`), else `most_named_state` before `pos`."""
        return self.dateline or self.states.most(pos, self.quoted)

    def speaking_state(self, pos: int, reach: int = RUNNING_PARAGRAPHS) -> str | None:
        """The state that spoke last before `pos`, in this paragraph or up to `reach` before (`Ouagadougou a
        dénoncé des propos « … ». Le porte-parole du gouvernement, lui, …`), unless a wire dateline says whose
        government the article means."""
        if self.dateline or not self.running or self.kind(self.running[0]) != "state" \
                or self.paragraph - self.running[1] > reach or self.running_at >= pos:
            return None
        return self.running[0]

    def own_state(self, span: Span, offset: int) -> str | None:
        """`home_state` for a state's body that speaks (`le Gouvernement`, `le ministre`), never a state
        its own clause names after it: `Le Gouvernement a réagi au refus de la République algérienne`
        is not Algeria's, even where Algeria was named most so far; then the state the whole article
        names most besides."""
        start = offset + span.start_char
        if speaking := self.speaking_state(start):
            return speaking  # "La Mauritanie a appelé … « … ». Le ministère … dit": the state speaking on
        home = self.home_state(start)
        if self.dateline or home is None:
            return home
        after = {m["actor_id"] for m in self.mentions_in(offset + span.end_char, offset + span.sent.end_char)
                 if m["actor_kind"] == "state"}
        if home not in after:
            return home
        counts = Counter(state for _, state in self.states.entries if state not in after)
        return max(counts, key=lambda s: (counts[s], s)) if counts else home

    def in_quotation(self, pos: int) -> bool:
        """Whether `pos` lies in a quotation read so far."""
        return self.quotations.sync(self.quoted).holds(pos)

    def known_gender(self, actor_id: str) -> str:
        row = self.reference.by_id.get(actor_id)
        return (row or {}).get("gender", "") or ""

    def introduction(self, doc: Doc, name: Span, offset: int) -> tuple[tuple[str, ...], str, str | None, set[str]]:
        """(role words, gender, state, other content words) from the words right before a name (`la ministre burkinabè de
        l'Energie Aminata X`) or apposed after it (`X, porte-parole du gouvernement`)."""
        sent = name.sent
        end = name.start - 1 if name.start > sent.start and doc[name.start - 1].text == "," else name.start
        left = [t for t in doc[max(sent.start, end - 8):end]]  # "Le ministre de l'Intérieur, Moussa Hamani"
        cut = max((k for k, t in enumerate(left) if t.text in (",", ";", ":", "(", "«", "»") or t.pos_ == "VERB"),
                  default=-1)
        titles = self.reference.titles

        def rank(t) -> bool:  # "général", "colonel-major" (three tokens: `major` is a title's end)
            return t.lower_ in RANK_WORDS or t.lower_ in titles or t.i >= 2 and doc[t.i - 1].text == "-" \
                and f"{doc[t.i - 2].lower_}-{t.lower_}" in titles \
                or t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and (doc[t.i + 2].lower_ in RANK_WORDS
                                                                       or doc[t.i + 2].lower_ in titles) \
                or t.lower_ in CORPS_WORDS and t.i + 1 < len(doc) and rank(doc[t.i + 1])
            # ("le médecin-colonel", "le contre-amiral": a word hyphened to a rank is part of it; so is a corps written
            # apart from its rank: "le médecin colonel-major", "le pharmacien commandant")
        if cut >= 0 and left[cut].text == "," and all(t.pos_ in ("DET", "ADP") or t.text == "-" or self.is_role(t)
                                                       or rank(t) for t in left[cut + 1:]):
            # "son vice-ministre de la Défense, le colonel-général X", "Le président de la Transition, le général
            # d'armée X", "le porte-parole du gouvernement, le colonel-major X", "la gouverneure de la région, Mme X":
            # the role before the ranks or the title is his too
            comma = left[cut].i
            before = list(doc[max(sent.start, comma - 8):comma])
            stop = max((k for k, t in enumerate(before) if t.text in (",", ";", ":", "(", "«", "»")
                        or t.pos_ in ("VERB", "AUX")), default=-1)
            before = before[stop + 1:]
            first = next((k for k, t in enumerate(before) if t.pos_ == "DET" or self.is_role(t)), len(before))
            if not any(self.is_role(t) for t in before[first:]):
                first = len(before)  # "Joint par Le Quotidien, Me X": no role before the comma, nothing of his
            left = before[first:] + left[cut + 1:]  # (from the role's own determiner: "a déclaré à Reuters le
            # ministre …" is not a minister of Reuters)
        else:
            left = left[cut + 1:]
            if cut >= 0 and end < name.start and left_participle(doc, sent.start, left[0].i - 1 if left else end) \
                    and any(t.lower_ == "par" for t in left):
                left = []  # "Interrogé mercredi par une sénatrice, X n'a pas …": the fronted participle's agent is
                # someone else, no description of X
        right = []
        opening = doc[sent.start:name.start]
        fronted = name.start - 1 > sent.start and doc[name.start - 1].lower_ == "par" and any(
            "Part" in t.morph.get("VerbForm") for t in opening) and not any("Fin" in t.morph.get("VerbForm") for t in opening)
        # ("Interrogé lundi par Horizons Maghreb, le ministre nigérien a …": the comma closes a fronted participle's
        # phrase; what follows is the sentence's subject, no apposition to its agent)
        if name.end < sent.end and doc[name.end].text == "," and not fronted and not (
                name.end + 1 < sent.end and (doc[name.end + 1].lower_ in ("et", "ou", "mais", "ni")
                                             or doc[name.end + 1].pos_ == "ADP")):
            # (not "X, et le directeur général de Rosatom, Y": the next conjunct's description, not X's; nor "la
            # gratitude du chef de l'Etat, X, au peuple chinois": the verb's complement resumes, no apposition)
            for t in doc[name.end + 1:min(sent.end, name.end + 9)]:
                if t.text in (",", ";", ".", ":") or t.pos_ in ("VERB", "AUX"):
                    if t.pos_ in ("VERB", "AUX") and right and right[0].pos_ == "DET" and t.i > name.end + 2:
                        right = []  # "Entouré du ministre X, le chef du gouvernement a invoqué …": a phrase that runs
                        # into its verb is that verb's subject, no apposition closed by a comma
                    break
                right.append(t)
        words = left + right
        head = name.root.head
        if name.root.dep_ in ("appos", "nmod", "conj") and head.pos_ == "NOUN" and head.i < name.start and not any(
                m["actor_kind"] == "person" for m in self.mentions_in(offset + head.idx, offset + name.start_char)):
            # (not "par le ministre des Mines, X, et par Y, directeur général": the role is X's, who stands between)
            words = words + [t for t in doc[max(sent.start, head.left_edge.i):head.i + 1] if t not in words]
            words += [t for t in head.subtree if head.i < t.i < name.start and t.pos_ in ("NOUN", "PROPN")
                      and t not in words]  # "la directrice générale de la SOPAMIB, Mme …"
        roles = tuple(t.lemma_.lower() for t in words if t.pos_ == "NOUN" and self.is_role(t))
        text = " ".join(t.lower_ for t in words).replace("’", "'").replace("' ", "'")
        roles += tuple(role for phrase, role in ROLE_SYNONYMS if phrase in text)  # "le chef de la diplomatie": a minister
        if 0 < len(re.findall(r"premi[eè]re? ministre", text)) == text.count("ministre"):
            roles = tuple(role for role in roles if role != "ministre")  # the Premier ministre is no `le ministre`
        # a civility first (`Mme`, `M.`), then the first name (`Aïssata`: "le ministre" is said of women too),
        # then the role noun or its own determiner (`la ministre`), never a determiner deeper in the phrase (`du droit`)
        civility = next(("f" if t.lower_ in FEMININE else "m" for t in words if t.lower_ in FEMININE | MASCULINE), "")
        gender = civility or self.reference.name_gender(name.text)
        for t in words if not gender else ():
            role = t if t.pos_ == "NOUN" else t.head if t.pos_ == "DET" else None
            if role is None or not self.is_role(role):
                continue
            if role.lower_.endswith(FEMININE_ENDINGS):  # "l'ambassadrice"
                gender = gender or "f"
            elif t.pos_ == "NOUN" and epicene(t):
                continue  # "X, analyste au cabinet …": the tagger's gender for a bare noun of both genders is a guess
            elif "Fem" in t.morph.get("Gender"):
                gender = gender or "f"
            elif "Masc" in t.morph.get("Gender"):
                gender = gender or "m"
        states = [m["actor_id"] for t in words for m in self.mentions_in(offset + t.idx, offset + t.idx + len(t))
                  if m["actor_kind"] in ("state", "organization", "armed_group")]
        portfolio = {t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN") and not self.is_role(t)}
        if not roles and "homologue" in {t.lemma_.lower() for t in words}:
            # "le ministre burkinabè des Finances, X, a reçu son homologue malien, Y": Y holds X's office in his
            # own state, so that "le ministre malien" takes him up
            pos = offset + name.start_char
            counterpart = max((p for p in self.people.values() if p.roles and p.last < pos), key=lambda p: p.last,
                              default=None)
            if counterpart is not None:
                roles, portfolio = counterpart.roles, (portfolio - {"homologue"}) | counterpart.portfolio
            roles += ("homologue",)  # and "Son homologue a évoqué …" later takes him up (`resolve_phrase`)
        return roles, gender, (states[0] if states else None), portfolio

    def is_role(self, tok) -> bool:
        return tok.lower_ in self.role_words or tok.lemma_.lower() in self.role_words

    def names_a_person(self, tok) -> bool:
        """Whether a noun can name a person: an office or title, a speaker cue for people (`habitant`,
        `officier`), or an agent noun by its ending (`vendeuse`, `commerçant`, `universitaire`)."""
        word = tok.lower_
        return self.is_role(tok) or self.reference.speaker_cues.get(word) == "anonymous" or word.endswith(AGENT_ENDINGS) \
            or word in self.demonyms or word in PERSON_NOUNS  # "cette Guinéenne de 27 ans", "la jeune femme"

    @cached_property
    def demonyms(self) -> set[str]:
        return {a.text.lower() for a in self.reference.aliases if a.method == "demonym"}

    def antecedent(self, doc: Doc, offset: int, lo: int, hi: int) -> Span | None:
        """The last actor named in doc[lo:hi] outside quotations, a person first (`X, chercheur à …, pour qui « … »`;
        not `La Mauritanie` in `« La Mauritanie … », écrit le journal, pour qui …`)."""
        inside = [m for m in self.mentions_in(offset + doc[lo].idx, offset + doc[hi - 1].idx + len(doc[hi - 1]))
                  if not self.in_quotation(m["start"])] if hi > lo else []
        people = [m for m in inside if m["actor_kind"] == "person"] or inside
        if not people:
            return None
        m = people[-1]
        return doc.char_span(m["start"] - offset, m["end"] - offset, alignment_mode="expand")

    # -- the running speaker ------------------------------------------------------------------------
    def said(self, actor_id: str, pos: int, gender: str = "") -> None:
        """A reporting clause gave words to `actor_id` at `pos`; `gender`: the one its phrase said (none said:
        the same speaker keeps the gender the phrase that named it gave; a subject set up before, its phrase's)."""
        if gender or self.running is None or self.running[0] != actor_id:
            self.running_gender = gender or (self.setup_gender if self.setup and self.setup[0] == actor_id else "")
        self.running = (actor_id, self.paragraph)
        self.running_at = pos
        if actor_id in self.people:
            self.people[actor_id].last = max(self.people[actor_id].last, pos)

    def issued(self, doc: Doc, offset: int, lo: int, hi: int, quoted: set[int], speaker: str) -> None:
        """The writings a sentence speaks through without an issuer the words around them name (`indique
        OCHA dans un communiqué`, `Dans leur communiqué final, les trois chefs d'Etat « condamnent » …`)
        were issued by the speaker its reporting clause gave the words to: `le texte` takes that up."""
        known = {pos for pos, _, _ in self.institutions}
        for t in doc[lo + 2:hi]:
            pos = offset + t.idx
            if t.lower_ in WRITINGS and t.i not in quoted and doc[t.i - 2].lower_ in SPOKEN_THROUGH \
                    and doc[t.i - 1].lower_ not in ANAPHORIC_DETERMINERS and doc[t.i - 1].pos_ == "DET":
                if pos not in known:
                    self.add_writing(pos, t.lower_, speaker)
                elif pos not in self.reissued and t.i + 1 < len(doc) and doc[t.i + 1].lower_ not in (
                        "de", "du", "des", "d'", "d’"):
                    # "Dans un communiqué lu à la télévision, le gouvernement dénonce « … »": `learn` guessed its
                    # issuer before this paragraph's sentences were read; no complement names another, so the
                    # speaker its clause gave the words to issued it
                    n = next(n for n, (at, _, _) in enumerate(self.institutions) if at == pos)
                    self.institutions[n] = (pos, t.lower_, speaker)  # (the clause's first quotation's)
                    self.reissued.add(pos)

    def add_writing(self, pos: int, word: str, actor_id: str) -> None:
        """A writing (`word` at `pos`) issued by `actor_id` that speaks: `le texte` after it takes it up."""
        bisect.insort(self.institutions, (pos, word, actor_id))
        self.acting.add(pos)

    def wrote(self, phrase: str, start: int, actor_id: str) -> None:
        """A speaker phrase that introduces a writing (`indique un communiqué diffusé à Abuja`), resolved to
        `actor_id`: the writing is that actor's, and `le texte` after it takes it up."""
        words = re.findall(r"[\w'’]+", phrase.lower())
        if len(words) > 1 and words[0] in ("un", "une") and words[1] in WRITINGS \
                and not any(pos == start for pos, _, _ in self.institutions):
            self.add_writing(start, words[1], actor_id)

    def running_speaker(self, pos: int, opens_paragraph: bool = False) -> tuple[str, str] | None:
        """(actor_id, 'discourse') of the speaker a quotation without a verb continues, if recent; a
        quotation opening a paragraph after a sentence about someone new (`X, lui, voit les choses
        autrement.`) is that someone's; nobody's when an anonymous source spoke or was set up since (`Un de ses
        cadres évoque des pertes « considérables ». ¶ « Chaque jour d'arrêt coûte … »`)."""
        if self.anonymous_at is not None and self.anonymous_at[1] > self.running_at \
                and self.paragraph - self.anonymous_at[0] <= RUNNING_PARAGRAPHS \
                and not (self.setup and self.setup[2] > self.anonymous_at[1]):
            return None
        if self.setup and self.setup[2] > self.running_at and (
                self.setup[1] == self.paragraph or opens_paragraph and self.setup[1] == self.paragraph - 1):
            return self.setup[0], "discourse"  # "Hamidou Sani ne cache pas sa satisfaction. « … »"
        if self.running and self.paragraph - self.running[1] <= RUNNING_PARAGRAPHS:
            return self.running[0], "discourse"
        return None

    def person_subject(self, doc: Doc, offset: int, lo: int, hi: int) -> str | None:
        """The first person of doc[lo:hi] that stands where a subject stands (`clause_subject`), else
        the only person the sentence names (`Même lecture chez l'universitaire X, qui rappelle …`)."""
        people = [m for m in self.mentions_in(offset + doc[lo].idx, offset + doc[hi - 1].idx + len(doc[hi - 1]))
                  if m["actor_kind"] == "person"]
        for m in people:
            span = doc.char_span(m["start"] - offset, m["end"] - offset, alignment_mode="expand")
            if span is not None and clause_subject(doc, span, (lo, hi)):
                return m["actor_id"]
        return people[0]["actor_id"] if len({m["actor_id"] for m in people}) == 1 else None

    def meet(self, actor_id: str, name: str, pos: int) -> None:
        """A person the mentions missed, named as a speaker: known from here on (gender from the first name)."""
        person = self.people.setdefault(actor_id, Person(actor_id, self.reference.name_gender(name)))
        person.last = max(person.last, pos)

    def set_up_person(self, pos: int, gender: str = "") -> str | None:
        """The person set up as subject of a sentence of this paragraph since the last speaker spoke."""
        if self.setup and self.setup[1] == self.paragraph and self.running_at < self.setup[2] < pos:
            person = self.people.get(self.setup[0])
            if person is not None and (not gender or person.gender in ("", gender)):
                return person.actor_id
        return None

    def set_up(self, actor_id: str, pos: int, end: int | None = None, role: str = "", gender: str = "") -> None:
        """A sentence without a quotation has `actor_id` as its subject (at `pos`; the sentence ends at `end`);
        `role` is the gender of a subject that is a role standing for its state or organisation (`le gouverneur
        de la région`: `m`); `gender`, the one the subject's phrase said, whatever it stands for."""
        self.setup = (actor_id, self.paragraph, pos)
        self.setup_end = pos if end is None else end
        self.setup_role = role
        self.setup_gender = gender

    def add_mention(self, speaker) -> None:
        """Record a pronoun or role that names a speaker as a mention of its actor."""
        self.extra_starts.add(speaker.start)
        self.extra_mentions.append({"start": speaker.start, "end": speaker.end, "text": speaker.text,
                                    "actor_id": speaker.actor_id, "actor_kind": self.kind(speaker.actor_id),
                                    "method": speaker.attribution})

    def role_mentions(self, doc: Doc, offset: int, quoted: set[int], lo: int, hi: int) -> None:
        """Record each definite role phrase of the sentence doc[lo:hi] outside quotations that takes up a person this
        article introduced with that role (`Reçu par le secrétaire général, …, le chef de la diplomatie
        nigérienne a …`) as a mention of that person, for the relations: a person who acts is a party,
        not the state a demonym in the phrase names. A phrase with a name of its own (`le ministre, X`)
        or that a speaker already took up is left alone."""
        taken = self.extra_starts
        for t in doc[lo:hi]:
            if t.pos_ != "NOUN" or t.i in quoted or t.i == 0 or not self.is_role(t) \
                    or doc[t.i - 1].lower_ not in ("le", "la", "l'", "l’"):
                continue
            last = next((u.i for u in doc[t.i + 1:t.right_edge.i + 1] if u.is_punct or u.lower_ in (
                "qui", "que", "qu'", "qu’", "dont", "où")), t.right_edge.i + 1)  # the phrase, not its clause
            span = doc[t.i - 1:last]
            start, end = offset + span.start_char, offset + span.end_char
            after = self.mentions_in(end, end + 4)  # "le ministre, X" / "le ministre X": the name is the mention
            inside = self.mentions_in(start, end)
            if start in taken or any(m["actor_kind"] == "person" for m in inside + after):
                continue
            bodies = [m for m in inside if m["actor_kind"] in ("state", "organization", "armed_group")]
            holder = self.role_holder(span, offset, bodies, doc_only=True)
            if holder:
                taken.add(start)
                self.extra_mentions.append({"start": start, "end": end, "text": span.text, "actor_id": holder,
                                            "actor_kind": "person", "method": "role"})

    # -- resolution ---------------------------------------------------------------------------------
    def pronoun(self, word: str, pos: int) -> str | None:
        """The most salient person a pronoun can stand for: the running speaker when its gender
        agrees, else the person last named before `pos` whose gender does not disagree; '' when
        the sentence before set up an anonymous source (`un responsable …, sous couvert d'anonymat,
        balaie l'argument. « … », tranche-t-il`)."""
        gender = PRONOUNS[word]
        if self.anonymous_at is not None and self.paragraph - self.anonymous_at[0] <= RUNNING_PARAGRAPHS and \
                self.anonymous_at[1] > self.running_at and not any(self.anonymous_at[2] <= p < pos for p, _ in self.subjects) \
                and not any(self.anonymous_at[2] <= p < pos for p in self.definite_subjects) \
                and not any(self.anonymous_at[2] <= p.last < pos and p.gender in ("", gender) for p in self.people.values()) \
                and not (self.setup and self.anonymous_at[2] <= self.setup[2] < pos):
            return ""  # (not once someone else is named or set up since: "Pour la chercheuse X, … », estime-t-elle";
            # a person the source's own sentence names is what it speaks of: "Un proche rappelle que X avait …")
        if word in ("il", "elle") and (body := self.subject_body(pos, gender)):
            return body  # "Le FPL a revendiqué l'attaque contre ce qu'il appelle « … »": the clause's own subject
        if word in ("il", "elle") and (actor := self.subordinate_subject(pos, gender)):
            return actor  # "Niamey garde fermée sa frontière avec le Bénin, qu'il accuse de « … »"
        if word in ("ils", "elles", "eux") and (club := self.listed_club(pos)):
            return club  # "Le Mali, le Burkina Faso et le Niger ont annoncé leur retrait de la CPI, qu'ils accusent …"
        if word in ("ils", "elles", "eux"):
            running = self.running[0] if self.running else None
            return running if running and self.reference.kind(running) != "person" else None
        newer = [(p, a) for p, a in self.subjects if self.running_at < p < pos
                 and self.people.get(a) is not None and self.people[a].gender == gender]  # known to agree
        set_up = self.setup and self.running_at <= self.setup[2] <= pos and self.setup[0] in self.people \
            and self.people[self.setup[0]].gender in ("", gender)
        if newer and not (set_up and (self.setup[2] > newer[-1][0] or newer[-1][0] < self.setup_end)):
            # (not a subject of the set-up sentence's own subordinate clause: "Il a rappelé que le président X
            # avait promis …. « … », a-t-il poursuivi" is the one who recalled)
            return newer[-1][1]  # "Hadiza Moussa a enregistré … « … », confie-t-elle": the subject named since
        if set_up:  # "Le chef de la diplomatie togolaise s'est voulu prudent. « … », a-t-il confié": the subject set
            return self.setup[0]  # up since, a role the article named before, later than any named subject
        if word in ("il", "elle") and self.setup and self.setup_role == gender and self.running_at <= self.setup[2] <= pos \
                and not any((self.running_at < p.last or self.paragraphs[-1][0] <= p.last) and p.last < pos
                            and p.gender in ("", gender) for p in self.people.values()):
            # "Le préfet de Dosso se veut rassurant. « … », a-t-il déclaré": the role set up since the last speaker spoke,
            # whose holder nobody names, is the pronoun's, before any person named earlier (the role's state speaks);
            # not when a person who may be the pronoun's was named since that speaker or in this paragraph, whom the
            # role may take up ("X ne boude pas son plaisir. Lundi, le directeur général du groupe a annoncé …")
            return self.setup[0]
        if word in ("il", "elle") and self.running and self.kind(self.running[0]) != "person" \
                and self.paragraph - self.running[1] <= RUNNING_PARAGRAPHS:
            opened = max((o for o, _ in self.paragraphs if o <= self.running_at), default=0)
            reporter = [a for p, a in self.subjects if opened <= p < self.running_at and self.people.get(a) is not None
                        and self.people[a].gender in ("", gender) and REPORTED.search(self.text_between(p, self.running_at))
                        and not re.search(r"[.!?»]\s+[«A-ZÀ-Ý]", self.text_between(p, self.running_at))]
            if reporter and not any(self.running_at < q.last < pos and q.gender in ("", gender)
                                    for q in self.people.values()):
                return reporter[-1]  # "L'avocate rappelle que la Cour avait ordonné sa « libération ». « … »,
                # dénonce-t-elle": the person whose `que` clause quoted the body, not the body
        if self.running and self.paragraph - self.running[1] <= RUNNING_PARAGRAPHS:
            person = self.people.get(self.running[0])
            since = [p for p in self.people.values() if self.running_at < p.last < pos and p.gender == gender == "f"]
            if person is not None and person.gender != gender and since:
                # "Pour la politologue Mariam X, … « … », poursuit-elle": the woman named since, not a running
                # speaker whose gender nothing tells (for `il` a speaker of unknown gender is as likely as any man)
                return max(since, key=lambda p: p.last).actor_id
            if person is not None and person.gender in ("", gender):
                return person.actor_id
            if person is None and word in ("il", "lui") and self.kind(self.running[0]) == "state" and not any(
                    self.running_at < p.last < pos for p in self.people.values()):
                # "Le ministre du Pétrole a parlé d'« … ». Selon lui, …": the office that just spoke (its state,
                # nobody naming its holder), not a person named before it
                return self.running[0]
            state = self.kind(self.running[0]) == "state"
            bound = min(self.running_at, self.paragraphs[-2 if state and len(self.paragraphs) > 1 else -1][0])
            if person is None and self.running_gender == gender \
                    and not (self.setup and self.setup[2] > self.running_at) \
                    and not (self.anonymous_at and self.anonymous_at[1] > self.running_at) and not any(
                    bound <= p.last < pos and p.gender in ("", gender) for p in self.people.values()):
                # "« … », précise la compagnie dans un communiqué. Elle assure que …": the body that just spoke, in
                # the gender its phrase gave it, when nobody the pronoun may stand for was named in this paragraph
                # or since (not "X n'a pas mâché ses mots. « … », a lancé le patron du groupe. Selon lui, …"), nor
                # set up or kept anonymous since; for a state's office, nobody in the paragraph before either, whom
                # the office may be ("l'ancien ministre" of a person the article named)
                return self.running[0]
        seen = self.last_seen(pos)
        before = [p for p in self.people.values() if seen[p.actor_id] >= 0 and p.gender in ("", gender)]
        known = [p for p in before if p.gender == gender]
        best = max(known or before, key=lambda p: seen[p.actor_id], default=None)
        return best.actor_id if best else None

    def subject_body(self, pos: int, gender: str) -> str | None:
        """The organisation or armed group that opens the sentence of `pos` as its subject, when no person is a subject
        in the sentence before `pos` and its determiner agrees with the pronoun's `gender`: whom `il` stands for in
        `Le Front patriotique … a revendiqué l'attaque contre ce qu'il appelle « … »` (a state's `il` is more often
        a person speaking for it: not a state)."""
        if any(self.sentence_start <= p < pos for p, _ in self.subjects):
            return None  # (a person the sentence has as a subject is whom the pronoun takes up, as `pronoun` says)
        opening = self.opening_mention(pos)
        if opening is None or opening[1] == "les" or opening[0]["actor_kind"] not in ("organization", "armed_group"):
            return None  # (not "Au Niger, …": a place the sentence starts from, nor a phrase that opens later)
        said = "f" if opening[1] == "la" else "m" if opening[1] == "le" else ""
        return opening[0]["actor_id"] if said in ("", gender) else None

    def opening_mention(self, pos: int) -> tuple[dict, str] | None:
        """The first actor the sentence of `pos` names before `pos`, outside quotations and not a demonym, when
        nothing but a definite article (returned: `le`, `la`, `les`, `l'` or '') stands before it: the sentence's
        subject as word order gives it (`Le Front patriotique … a revendiqué`, `La Chine a fait livrer …`)."""
        named = [m for m in self.mentions_in(self.sentence_start, pos) if m["end"] <= pos
                 and not self.in_quotation(m["start"])]
        if not named or named[0]["method"] == "demonym":
            return None
        lead = re.fullmatch(r"\s*(le|la|les|l')?\s*",
                            self.text_between(self.sentence_start, named[0]["start"]).lower().replace("’", "'"))
        return (named[0], lead.group(1) or "") if lead else None

    def subordinate_subject(self, pos: int, gender: str) -> str | None:
        """The state, organisation or state body that is the subject of the sentence of `pos`, when the pronoun stands
        in a clause subordinate to it (`qu'il accuse`, `dans lequel elle exprime`, `à qui elle reproche`, `selon elle`) or
        joined to it (`Le Fonds salue des progrès, mais il demande`: not past a person named on the way) and no person is a
        subject in the sentence before it: `Accra a fait savoir qu'il avait …`, `Le gouvernement a livré un bilan qu'il
        dit « … »`. Its determiner (or a capital's masculine) must agree with the pronoun's `gender`."""
        if any(self.sentence_start <= p < pos for p, _ in self.subjects):
            return None
        found = [(m["start"], m["end"], m["actor_id"]) for m in self.mentions_in(self.sentence_start, pos)
                 if m["end"] <= pos and m["actor_kind"] in ("state", "organization", "armed_group")
                 and m["method"] != "demonym" and not self.in_quotation(m["start"])]
        found += [(p, p + len(w), a) for p, w, a in self.institutions if self.sentence_start <= p < pos
                  and p in self.acting and w not in DOCUMENTS and self.kind(a) != "person"]
        if not found:
            return None
        start, end, actor = min(found)
        lead = self.text_between(self.sentence_start, start).lower().replace("’", "'")
        opening = re.fullmatch(rf"(?:[^«»]*(?:,|\)\s*[-–—]|\s[-–—])\s*|{CONNECTIVE}\s+)?((?:le|la|l')?)\s*", lead)
        # ("Mais Niamey maintient …"; past circumstances and a dateline: "A Bamako, le 2 mai, la HAC …", "BAMAKO, 9
        # octobre (Reuters) - La HAC …")
        between = re.sub(r"«[^«».;:]*»", "", self.text_between(end, pos).lower().replace("’", "'"))
        # (past words quoted whole on the way: "le gouvernement accuse « des puissances étrangères » … et vise la
        # France, qu'il accuse …")
        if opening is None or re.search(r"[.;:«»]", between) or not (SUBORDINATE.search(between) or COORDINATE.search(
                between) and not any(m["actor_kind"] == "person" for m in self.mentions_in(end, pos))):
            return None  # (a clause joined by `et`, `mais` takes up a person named on the way: `X reçoit le ministre, et il`)
        det = opening.group(1)
        said = "f" if det == "la" else "m" if det == "le" or actor in self.reference.capitals.values() and not det else ""
        if said not in ("", gender):
            return None
        holder = self.role_people.get(start)
        if holder is not None and self.people.get(holder) is not None and self.people[holder].gender in ("", gender):
            return holder  # the office's holder the article introduced, not the state the office speaks for
        return actor

    def listed_club(self, pos: int) -> str | None:
        """The organisation whose members, every one of them, the sentence before `pos` names outside quotations
        (else the sentence before it in the paragraph, when this one names no state): whom `ils` stands for after
        `Le Mali, le Burkina Faso et le Niger ont …`."""
        begin = self.paragraphs[-1][0] if self.paragraphs else 0
        ends = [begin + m.end() for m in SENTENCE_END.finditer(self.text_between(begin, self.sentence_start).rstrip())]
        for start, end in ((self.sentence_start, pos), (ends[-2] if len(ends) > 1 else begin, self.sentence_start)):
            states = [m["actor_id"] for m in self.mentions_in(start, end)
                      if m["actor_kind"] == "state" and not self.in_quotation(m["start"])]
            if states:
                return self.group("", states)
            text = self.text_between(start, end)
            for regex, org in self.groups:  # "Les trois pays de l'AES ont quitté la Cedeao. Ils …"
                if (g := regex.search(text)) is not None and not self.in_quotation(start + g.start()):
                    return org
            leaders = [m["actor_id"] for m in self.mentions_in(start, end) if m["actor_id"] in self.clubs
                       and not self.in_quotation(m["start"]) and LEADERS_OF.search(self.text_between(start, m["start"]))]
            if leaders:  # "Les chefs d'Etat de la Confédération se sont réunis. … ils « condamnent » …"
                return leaders[0]
        return None

    def force_owner(self, pos: int) -> str | None:
        """The organisation whose force the article named last before `pos` (`la force unifiée de la Confédération des
        Etats du Sahel`, `la force en attente de la Cedeao`): whose `commandement` or `état-major de la force` speaks
        when no name follows (an organ named by common nouns has no mention of its own, guidelines section 3)."""
        for m in reversed(self.mentions_in(max(0, pos - FORCE_REACH), pos)):
            if m["actor_kind"] == "organization" and FORCE_OF.search(self.text_before(m["start"])):
                return m["actor_id"]
        return None

    def salient_body(self, pos: int, noun: str = "", qualifier: str = "") -> str | None:
        """The organisation or armed group a description such as `le groupe` takes up: the last one
        introduced with that noun (`le groupe paramilitaire russe Wagner`; a newspaper's noun: `newspaper`),
        else the one whose name says what the noun says (`le régulateur`: the Haute autorité de la communication,
        not the channel it suspended; `NAMED_AS`), else the one named most often in the ~800 characters before
        `pos` (the latest of them on a tie). A `qualifier` (the words after the noun: `ouest-africaine`) that says
        which body keeps to those whose name says it (`QUALIFIED`)."""
        bodies = [m for m in self.mentions if m["start"] < pos and m["actor_kind"] in ("organization", "armed_group")]
        for said, named in QUALIFIED:
            if said.search(qualifier):
                fitting = [m["actor_id"] for m in bodies if pos - m["start"] < 2000 and m["actor_id"] in self.reference.by_id
                           and named.search(self.reference.by_id[m["actor_id"]]["name"])]
                if fitting:
                    return max(reversed(fitting), key=fitting.count)
        spoke = [(at, a) for at, a, p in ((self.running_at, *self.running) if self.running else (-1, None, -1),
                                          (self.setup[2], self.setup[0], self.setup[1]) if self.setup else (-1, None, -1))
                 if a is not None and p == self.paragraph and at < pos and self.kind(a) == "organization"]
        if ahead := self.introduced_here(pos):  # "le quotidien algérien El Moudjahid": the one it names, not one
            found = ahead  # named before
        elif noun in COMPANY_NOUNS and spoke:
            found = max(spoke)[1]  # "X précise que … « … », souligne la compagnie": the company this paragraph set up
            # or that just spoke
        elif noun in PRINT_MEDIA:
            found = self.newspaper(pos, bodies, noun)
        elif noun:
            introduced = described_as(noun)
            named = [m for m in bodies if pos - m["start"] < 2000 and (found := introduced.search(before := self.text_before(
                m["start"]))) and not any(o["actor_kind"] in ("organization", "armed_group", "person")
                                          and m["start"] - len(before) + found.start() < o["start"] < m["start"]
                                          for o in self.mentions_in(m["start"] - len(before) + found.start(), m["start"]))
                     and not (noun in COMPANY_NOUNS and noun != "groupe" and m["actor_kind"] == "armed_group")]
            # (the first body after the noun: "Le groupe X a saisi le Cirdi" introduces X, not the Cirdi)
            found = named[-1]["actor_id"] if named else self.named_as(pos, bodies, noun)
        else:
            found = None
        if found:
            return found
        before = [m["actor_id"] for m in bodies if pos - m["start"] < 800
                  and not (noun in PRINT_MEDIA and m["actor_kind"] == "armed_group")]  # (a group writes no paper)
        if not before:
            return None
        return max(reversed(before), key=before.count)

    def newspaper(self, pos: int, bodies: list[dict], noun: str) -> str | None:
        """The outlet `le journal`, `le quotidien`, `l'hebdomadaire` takes up, among `bodies` named before `pos`:
        the one read just before (`Le ton est autre dans Jeune Afrique. L'hebdomadaire dénonce …`) after the last
        one the article introduced with any print-media noun (`le quotidien public L'Essor … Le journal cite …`),
        else that one, else one whose name holds the noun (`Journal du Mali`), else the body named last within
        400 characters (not the one named most around it). Among outlets only, when any is named (`Reference.outlets`,
        one introduced with a press noun, or one the table lacks): `Le quotidien X rapporte que la Cedeao a ouvert un centre financé par
        l'Union européenne. Le journal …` is X, not the Union."""
        introduced = {m["actor_id"] for m in bodies if pos - m["start"] < 2000
                      and OUTLET_INTRODUCED.search(self.text_before(m["start"]))}  # (`le quotidien Le Sahel`)
        if press := [m for m in bodies if m["actor_id"] in self.reference.outlets or m["actor_id"] in introduced
                     or m["actor_id"] not in self.reference.by_id
                     and not OTHER_BODY_INTRODUCED.search(self.text_before(m["start"]))]:
            # (an outlet the table lacks: `Le Sahel`; not a company or group so introduced: `le groupe russe X`)
            bodies = press
        outlets = self.reference.outlets | {m["actor_id"] for m in press if m["actor_id"] not in self.reference.by_id
                                            and m["text"].startswith(("Le ", "La ", "Les ", "L'", "L’"))}
        # (an unlisted title with its capitalised article, `Le Sahel`, `La Nation`: a paper; not `le Fespaco`)
        named = [m for m in bodies if pos - m["start"] < 2000 and OUTLET_INTRODUCED.search(self.text_before(m["start"]))]
        read = [m for m in bodies if pos - m["start"] < 400 and (not named or m["start"] > named[-1]["start"])
                and READ_IN_OUTLET.search(self.text_before(m["start"]))]
        if read:
            return read[-1]["actor_id"]
        since = [m for m in bodies if pos - m["start"] < 400 and (not named or m["start"] > named[-1]["start"])
                 and m["actor_kind"] == "organization" and not self.in_quotation(m["start"])]
        acting = [m for m in since if self.opens_sentence(m) or RELATIVE_NEXT.match(self.text_between(m["end"], m["end"] + 8))]
        if acting:  # "A Abidjan, Fraternité Matin rappelle … « … », résume le quotidien": the outlet that is the
            return acting[-1]["actor_id"]  # subject of the sentence before, not one introduced earlier or so named
            # (or of a relative clause: "Retour au Niger avec L'Evénement, qui invite …")
        far = [m for m in bodies if 400 <= pos - m["start"] < 1000 and (not named or m["start"] > named[-1]["start"])
               and m["actor_id"] in outlets and not self.in_quotation(m["start"]) and self.opens_sentence(m)]
        if far and not any(m["start"] > far[-1]["start"] for m in since if m["actor_id"] in outlets):
            return far[-1]["actor_id"]  # "Fraternité Matin défend le décret … (a long sentence) « … », affirme le
            # quotidien": an outlet that opened a sentence further back, no outlet named since
        ending = [m for m in since if CLOSES_SENTENCE.match(self.text_between(m["end"], m["end"] + 3))]
        if ending:  # "Le ton est autre chez son confrère Le Républicain. Le quotidien reproche …": the one that ends
            return ending[-1]["actor_id"]  # the sentence before (not a lender a subject's sentence ends with)
        if named:
            return named[-1]["actor_id"]
        if found := self.named_as(pos, bodies, noun):
            return found
        recent = [m for m in bodies if pos - m["start"] < 400 and m["actor_kind"] == "organization"]
        return recent[-1]["actor_id"] if recent else None

    def opens_sentence(self, mention: dict) -> bool:
        """Whether a mention is what its sentence starts with, maybe past a place or a connective set off by commas
        (`A Abidjan, Fraternité Matin rappelle …`, `Enfin, X rapporte`, `A Accra, en revanche, le Daily Graphic
        applaudit`, `Seul L'Observateur Paalga, doyen de la presse privée, tempère …`), followed by a verb (past an
        apposition set off by commas): the sentence's subject, as word order tells it."""
        if not OPENING.search(self.text_before(mention["start"])):
            return False
        after = self.text_between(mention["end"], mention["end"] + 120)
        return VERB_NEXT.match(after) is not None and not NOT_A_VERB.match(after)

    def named_as(self, pos: int, bodies: list[dict], noun: str) -> str | None:
        """Among `bodies` named within 2000 characters before `pos`, the one whose name says what `noun` says
        (`la banque`: the Banque mondiale; `le régulateur`: an authority, `NAMED_AS`; never for `la Cour`, `le
        tribunal`: an article names several), the one named most on a tie (the latest)."""
        words = NAMED_AS.get(noun, () if noun in ("cour", "tribunal") else (noun,))
        named = [m["actor_id"] for m in bodies if pos - m["start"] < 2000 and any(
            re.search(rf"(?<!\w){re.escape(w)}", m["text"], re.IGNORECASE) for w in words)]
        return max(reversed(named), key=named.count) if named else None

    def names_its_issuer(self, pos: int) -> bool:
        """Whether the writing whose phrase opens at `pos` names who issued it or the channel that read it right after
        its noun (`le communiqué publié par le ministère`, `le communiqué du gouvernement`, `lu sur Télé Sahel`)."""
        text = self.text_between(pos, pos + 80)
        head = WRITING.match(text)
        return head is not None and ISSUED.match(text, head.end()) is not None

    def introduced_here(self, pos: int) -> str | None:
        """The organisation a description opening at `pos` introduces by its name right after it, past demonyms and a
        few adjectives (`le quotidien algérien El Moudjahid dénonce …`, `la société publique chinoise X a …`): that
        one, not a body named before that the description would take up (never past a verb: `Le quotidien reproche
        à EDM-SA …`)."""
        near = self.mentions_in(pos, pos + 80)
        demonyms = [(d["start"], d["end"]) for d in near if d["method"] == "demonym"]
        for m in near:
            if not (0 < m["start"] - pos and m["actor_kind"] in ("organization", "armed_group")):
                continue
            g = INTRODUCING.fullmatch(self.text_between(pos, m["start"]))
            if g is None or g.group("noun").lower() not in ORGANISATION_WORDS:
                continue
            between = [(pos + g.end("noun") + w.start(), w.group())
                       for w in re.finditer(r"[\w'’-]+", self.text_between(pos + g.end("noun"), m["start"]))]
            if all(w.lower() in DESCRIBING or any(a <= p < b for a, b in demonyms) for p, w in between):
                return m["actor_id"]
        return None

    def national_body(self, pos: int, state: str) -> str | None:
        """The organisation a description with a demonym takes up (`le groupe français`, `l'ONG américaine`,
        `la société chinoise`): the last one named within 2000 characters before `pos` that the reference gives
        that country, else the last one the reference does not know (whose country it cannot tell: `l'International
        Rescue Committee`; not the UN nor a company of another country); None when there is none (the caller keeps
        the state)."""
        bodies = [m["actor_id"] for m in self.mentions if m["start"] < pos and pos - m["start"] < 2000
                  and m["actor_kind"] in ("organization", "armed_group")]
        own = [a for a in bodies if self.reference.by_id.get(a, {}).get("country") == state]
        unknown = [a for a in bodies if a not in self.reference.by_id]
        return (own or unknown or [None])[-1]

    def last_pair(self, pos: int) -> tuple[str, str] | None:
        """The last two persons named outside quotations in the ~600 characters before `pos`, in the order the
        article named them (what `le premier` and `le second` take up)."""
        people = [m["actor_id"] for m in self.mentions_in(max(0, pos - 600), pos)
                  if m["actor_kind"] == "person" and not self.in_quotation(m["start"])]
        last = list(dict.fromkeys(reversed(people)))[:2]
        return (last[1], last[0]) if len(last) == 2 else None

    @cached_property
    def clubs(self) -> set[str]:
        """The organisations of states: those with members in `memberships.csv`."""
        return {row["organization"] for row in self.memberships}

    def summit_body(self, pos: int) -> str | None:
        """The organisation of states (`clubs`) the article has named most before `pos` (the latest on a
        tie): whose summit or session a final communiqué closes."""
        named = [m["actor_id"] for m in self.mentions if m["start"] < pos and m["actor_id"] in self.clubs]
        return max(reversed(named), key=named.count) if named else None

    def text_between(self, start: int, end: int) -> str:
        """The document's characters [start, end) within the paragraph that holds `start`."""
        for offset, text in reversed(self.paragraphs):
            if offset <= start:
                return text[start - offset:end - offset]
        return ""

    def text_before(self, pos: int) -> str:
        """Up to 60 characters of the document before `pos`, within its paragraph."""
        for offset, text in reversed(self.paragraphs):
            if offset <= pos:
                return text[max(0, pos - offset - 60):pos - offset]
        return ""

    def taken_up(self, pos: int, gender: str, states: list[str]) -> str | None:
        """The person a definite description whose noun usually sets up a source takes up (`le diplomate russe`,
        `l'officier`): the one last named before `pos`, whatever the distance, whose gender and state (`states`:
        those the description names) do not disagree; none when an anonymous source was set up since."""
        seen = self.last_seen(pos)
        people = [p for p in self.people.values() if seen[p.actor_id] >= 0 and p.gender in ("", gender or p.gender)
                  and (not states or (p.state or self.reference.by_id.get(p.actor_id, {}).get("country")) in (None, "", *states))]
        # (the reference table's country of a person the article gave none: "le diplomate nigérien" is not Tebboune)
        known = [p for p in people if states and (p.state or self.reference.by_id.get(p.actor_id, {}).get("country"))
                 in states]
        best = max(known or people, key=lambda p: seen[p.actor_id], default=None)  # "le diplomate russe": the Russian
        # named before any person of unknown state named since
        if best is None or self.anonymous_at is not None and seen[best.actor_id] < self.anonymous_at[1] < pos:
            return None
        return best.actor_id

    def described_holder(self, pos: int, gender: str, kinds: frozenset, bodies: list[dict]) -> str | None:
        """Whom a description taking up an office by its kind (`le diplomate` for an ambassador or an envoy) names
        at `pos`: the person last seen before it whose roles are of that kind, when the running speaker's are not;
        when the article named no such person, the state whose ambassador it named last (`en présence de
        l'ambassadrice de France. … », a assuré la diplomate`); the running speaker when he holds such an office and
        no other holder was named since. None when the description names its own state, or another holder was named
        after the running speaker: the caller's reading stands."""
        if bodies:
            return None
        seen = self.last_seen(pos)
        holders = [p for p in self.people.values() if seen[p.actor_id] >= 0 and set(p.roles) & kinds
                   and p.gender in ("", gender or p.gender)]
        if self.running is not None and self.running[0] in self.people \
                and set(self.people[self.running[0]].roles) & kinds:
            # the running speaker holds such an office: him, unless another holder was named since (then the
            # caller's reading stands); not a civilian named since (`le général X … a renversé le président Y. « … »,
            # a déclaré l'officier`: X)
            later = [p for p in holders if p.actor_id != self.running[0] and seen[p.actor_id] > self.running_at]
            return None if later else self.running[0]
        if self.anonymous_at is not None:
            holders = [p for p in holders if not seen[p.actor_id] < self.anonymous_at[1] < pos]
        if holders:
            return max(holders, key=lambda p: seen[p.actor_id]).actor_id
        if self.anonymous_at is not None and pos - DOCUMENT_REACH < self.anonymous_at[1] < pos:
            return None  # "Un diplomate, sous couvert d'anonymat, … », a ajouté le diplomate": that source
        envoy = self.envoy_mention(pos) if "ambassadeur" in kinds else None
        if envoy is None:
            return None
        named = [p for p in self.people.values() if seen[p.actor_id] >= envoy["start"] and p.state == envoy["actor_id"]
                 and not p.roles and p.gender in ("", gender or p.gender)]
        # ("l'ambassadeur de la Fédération de Russie au Burkina Faso, Igor Mourachov": named after the office, which
        # is too long to be read as his role; his state is read all the same)
        return max(named, key=lambda p: seen[p.actor_id]).actor_id if named else envoy["actor_id"]

    def last_seen(self, pos: int) -> dict[str, int]:
        """`seen_before` of every person the article introduced, by id."""
        return {p.actor_id: self.seen_before(p, pos) for p in self.people.values()}

    def counterpart(self, pos: int) -> Person | None:
        """Whom `son homologue` takes up when nobody was introduced as one: the person named last before `pos`
        with a role of the one that just spoke (whose counterpart he is), not him nor of his state when both are known
        (`le général Mbaye Cissé, en présence du général Pascal Ianni … « … », a déclaré le général Cissé. Son
        homologue a évoqué …`: Ianni)."""
        speaker = self.people.get(self.running[0]) if self.running else None
        if speaker is None:
            return None
        others = [p for p in self.people.values() if p.actor_id != speaker.actor_id and 0 <= self.seen_before(p, pos)
                  and set(p.roles) & set(speaker.roles) and not (p.state and speaker.state and p.state == speaker.state)]
        return max(others, key=lambda p: self.seen_before(p, pos), default=None)

    def peer_of(self, pos: int, states: list[str]) -> tuple[str, str] | None:
        """(actor, attribution) for `son homologue <demonym>`: the holder, on the article's date, of the office the
        person who spoke last holds, in the demonym's state (`offices.csv`), when the article names them; else
        that state (an office nobody names speaks for its state); None when the last speaker holds no office the
        table knows or the phrase names no one state."""
        if len(states) != 1 or not self.running or self.kind(self.running[0]) != "person" or self.running_at >= pos:
            return None
        office = next((row["office"] for row in self.reference.offices_on(self.date)
                       if row["actor_id"] == self.running[0]), None)
        if office is None:
            return None
        holder = self.reference.holder(office, states[0], self.date)
        return (holder, "role") if holder and holder in self.named else (states[0], "role")

    def seen_before(self, person: Person, pos: int) -> int:
        """Where the article last named or gave words to `person` before `pos`; -1 if nowhere. (`Person.last` may
        be later in the paragraph being read: `learn` reads a paragraph's names before its quotations.)"""
        if person.last < pos:
            return person.last
        starts = self.person_starts.get(person.actor_id, [])
        k = bisect.bisect_left(starts, pos)
        return starts[k - 1] if k else -1

    @cached_property
    def person_starts(self) -> dict[str, list[int]]:
        """The starts of each person's mentions, in order."""
        out: dict[str, list[int]] = {}
        for m in self.mentions:
            if m["actor_kind"] == "person":
                out.setdefault(m["actor_id"], []).append(m["start"])
        return out

    def envoy_state(self, pos: int) -> str | None:
        """The state whose embassy or ambassador the article named last before `pos` (`l'ambassade de Chine`,
        `l'ambassadeur russe`), within DOCUMENT_REACH characters."""
        envoy = self.envoy_mention(pos)
        return envoy["actor_id"] if envoy else None

    def envoy_mention(self, pos: int) -> dict | None:
        """The state mention of `envoy_state`."""
        before = self.mentions[bisect.bisect_left(self.starts, pos - DOCUMENT_REACH):bisect.bisect_left(self.starts, pos)]
        return next((m for m in reversed(before)
                     if m["actor_kind"] == "state" and ENVOY_OF.search(self.text_before(m["start"]))), None)

    def demonym_person(self, span: Span, start: int) -> str | None:
        """The person a definite demonym noun takes up (`le Burkinabè`, `la Nigérienne`, `l'Ivoirien`): one of
        that nationality, the one most recently named in the paragraph or two before whose gender and state do not
        disagree; not the state, which the noun names only by the nationality of its person."""
        if len(span) != 2 or span[0].lower_ not in ("le", "la", "l'", "l’") or not span[1].text[:1].isupper() \
                or span[1].lower_ not in self.demonyms:
            return None
        states = {m["actor_id"] for m in self.mentions_in(start, start + len(span.text)) if m["method"] == "demonym"}
        return self.salient(start, {"le": "m", "la": "f"}.get(span[0].lower_, ""), states)

    def salient(self, pos: int, gender: str = "", states: set[str] | None = None) -> str | None:
        """The person most recently named before `pos` whose gender (and, given `states`, state) does not disagree,
        within the last paragraph or two (the person a description such as `cette vendeuse` takes up)."""
        seen = self.last_seen(pos)
        recent = [p for p in self.people.values() if 0 <= seen[p.actor_id] and pos - seen[p.actor_id] < 600
                  and (not gender or p.gender in ("", gender))
                  and (states is None or p.state is None or p.state in states or self.kind(p.state) != "state")]
        # (a person known only by the organisation they serve has no known nationality: `le Tchadien` may be them)
        return max(recent, key=lambda p: seen[p.actor_id]).actor_id if recent else None

    def role_holder(self, span: Span, offset: int, bodies: list[dict], *, doc_only: bool = False) -> str | None:
        """The person a role phrase names: one this article introduced with the same role (and
        state, where both are known), else the holder of the office at the document date."""
        heads = [t.lemma_.lower() for t in span if t.pos_ == "NOUN" and self.is_role(t)]
        if re.search(r"premi[eè]re? ministre", span.text.lower()):
            heads = ["premier-ministre"]  # "le Premier ministre" is not any minister
        if not heads:
            heads = [t.lower_ for t in span if self.is_role(t)] or [t.lemma_.lower() for t in span if t.pos_ == "NOUN"]
        lowered = span.text.lower().replace("’", "'")
        synonym = next(((phrase, role) for phrase, role in ROLE_SYNONYMS if phrase in lowered), None)
        if synonym is not None:  # "le chef de l'Etat" is who was introduced as president
            heads = [synonym[1]]
        fixed = set(re.findall(r"\w+", synonym[0])) if synonym else set()
        states = {m["actor_id"] for m in bodies}
        pos = offset + span.start_char
        if synonym is not None and synonym[1] == "président" and not states:
            # "Selon un communiqué de la Présidence du Faso, le chef de l'Etat a salué …": the state its sentence
            # named before it, not the foreign president the article named last
            states = {m["actor_id"] for m in self.mentions_in(self.sentence_start, pos) if m["actor_kind"] == "state"
                      and not self.in_quotation(m["start"])}
        gender = phrase_gender(span)
        portfolio = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN") and not self.is_role(t)
                     and t.lower_ not in fixed and t.lower_ not in TENURE  # "le président en exercice": no portfolio
                     and not any(m["start"] <= offset + t.idx < m["end"] for m in bodies)}  # "russe": its state
        if heads:  # "le ministre des Mines" is not the man introduced as "l'ancien ministre de la Santé"
            seen = self.last_seen(pos)
            fits = [p for p in self.people.values() if seen[p.actor_id] >= 0 and heads[0] in p.roles
                    and (not states or p.state in states or p.state is None and (
                        synonym is None or self.running == (p.actor_id, self.paragraph))
                         and self.reference.by_id.get(p.actor_id, {}).get("country") in (None, "", *states))
                    # (the speaker of this paragraph whose state nobody said: "…, a écrit le ministre des Affaires
                    # étrangères, X. Le chef de la diplomatie italienne a salué « … »")
                    # ("le président sénégalais" is not the Gambian president of the ECOWAS Commission)
                    # ("le chef de la diplomatie nigérienne" is a minister of Niger, not any minister; "le chef de
                    # l'Etat" is no president of a commission)
                    and not (synonym and p.portfolio & (ORGANS | ORGANISATION_WORDS))
                    and not (synonym and synonym[0] == "chef de la diplomatie" and p.portfolio
                             and not p.portfolio & FOREIGN_AFFAIRS)  # not the minister introduced with Defence
                    and (not portfolio or p.portfolio and portfolio <= p.portfolio)
                    and p.gender in ("", gender or p.gender)  # "la ministre" is no man the article named
                    and not (p.actor_id in self.predecessors and NEW.search(lowered))  # "le nouveau président"
                    and not (p.actor_id in self.former and not FORMER.search(lowered))]  # "le président" is no former one
            # "le président de la Commission" is not the man introduced as "le président Faye"
            if fits:
                return max(fits, key=lambda p: seen[p.actor_id]).actor_id
        if doc_only:
            return None
        words = span.text.lower().replace("’", "'")
        if set(re.findall(r"\w+", words)) & (ORGANS | ORGANISATION_WORDS):
            return None  # "le président de la Commission", "le patron du groupe": an office of that body, not the state's
        for m in sorted((m for m in bodies if m["method"] == "demonym"), key=lambda m: -m["start"]):
            a, b = m["start"] - pos, m["end"] - pos  # "le ministre malien de la Défense": the office is "ministre de la
            if 0 < a < b <= len(words):  # défense", its state the demonym's
                words = (words[:a].rstrip() + " " + words[b:].lstrip()).strip()
        home = self.home_state(pos)
        of = [m["actor_id"] for m in bodies] or ([home] if home else [])  # "le Chef de l'Etat": the article's state
        for phrase, office in self.reference.roles:
            if phrase in words:
                for actor in of:
                    holder = self.reference.holder(office, actor, self.date)
                    if holder and holder in self.named:  # only someone the article names (guidelines, 2026-11-30)
                        if person := self.people.get(holder):  # named before: the article has now called them
                            person.roles = tuple(dict.fromkeys(person.roles + tuple(heads)))  # so, and "le ministre"
                            person.portfolio |= portfolio  # later takes them up (`doc_only`)
                            person.state = person.state or actor
                        return holder
        if not bodies:
            # "Le capitaine Ibrahim Traoré a reçu l'envoyé ghanéen X. « … », a dit le chef de l'Etat": no state named
            # with the office, and the article's own (named most) has no holder it names: the one person named
            # before who holds that office on the article's date, in whatever state
            seen = self.last_seen(pos)
            offices = [office for phrase, office in self.reference.roles if phrase in words]
            holding = {p.actor_id for p in self.people.values() if seen[p.actor_id] >= 0 and any(
                self.reference.holder(office, state, self.date) == p.actor_id for office in offices
                for state in {p.state, self.reference.by_id.get(p.actor_id, {}).get("country")} if state)}
            if len(holding) == 1:
                return holding.pop()
        if heads == ["ministre"] and not portfolio and synonym is None:
            # "Le ministre nigérien a salué": the one minister of that state the article names, whatever his portfolio
            # (a president is no "ministre" where he keeps Defence: Tebboune)
            holders = {holder for actor in of for office in MINISTERS
                       if (holder := self.reference.holder(office, actor, self.date)) and holder in self.named
                       and holder != self.reference.holder("head_of_state", actor, self.date)}
            if len(holders) == 1:
                return holders.pop()
        return None

    def named_next(self, span: Span, offset: int, gender: str = "") -> str | None:
        """The person the next sentence opens with, when the article names them there for the first
        time (`« … », a indiqué le procureur. Aboubacar Condé, qui dirige le parquet, …`; `… a
        ajouté son porte-parole. L'air commodore X a précisé …`): a role is often named just after."""
        doc, k = span.doc, span.end
        while k < len(doc) and not (doc[k].text in (".", "!", "?", "…") and not self.in_quotation(offset + doc[k].idx)
                                    or doc[k].text in QUOTE_CLOSERS and doc[k - 1].text in (".", "!", "?", "…")):
            k += 1  # "… : « La France s'en va. » Le colonel-major X a ajouté": a quotation may end the sentence
        k += 1
        while k < len(doc) and (doc[k].is_space or doc[k].text in QUOTE_CLOSERS):
            k += 1
        if k >= len(doc):
            return None
        first = next(iter(self.mentions_in(offset + doc[k].idx, offset + len(doc.text))), None)
        if first is None or first["actor_kind"] != "person":
            return None
        lead = [t for t in doc[k:] if offset + t.idx < first["start"]]
        title = doc.text[lead[0].idx:first["start"] - offset].strip().lower() if lead else ""
        title = re.sub(r"^(?:l['’]|le |la |les )", "", title)
        if title not in self.reference.titles and not all(
                t.pos_ == "DET" or self.is_role(t) or t.lower_ in self.reference.titles or t.text == "-"
                or t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() for t in lead):
            return None  # "Le colonel-major X", "L'air commodore X", "X": nothing but titles before the name
        if any(m["actor_id"] == first["actor_id"] and m["start"] < offset + span.start_char for m in self.mentions):
            return None  # someone named before is not the role's holder introduced here
        person = self.people.get(first["actor_id"])
        if gender and person is not None and person.gender not in ("", gender):
            return None
        return first["actor_id"]

    def named_before(self, span: Span, offset: int, gender: str = "", states: tuple = ()) -> str | None:
        """The person the sentence before names last, for a bare role (`Nasser Bourita s'est refusé à
        entrer dans les détails. Le ministre a seulement rappelé …`; `… a lancé le chef de la diplomatie,
        X. Le ministre assurait …`): nothing but a determiner and role words, so no other office. With `states` (the
        states an office names, `le porte-parole du gouvernement malien`): the one person that sentence names, when
        the article gave them no role and no other state (`… lue à la télévision par le colonel X. « … », a averti le
        porte-parole du gouvernement malien`): the office's holder is who was just introduced without one."""
        words = [t for t in span if not t.is_punct]
        if len(words) < 2 or words[0].pos_ != "DET" or words[0].lower_ not in ("le", "la", "l'", "l’") or not states \
                and not all(self.is_role(t) or t.lower_ in ("de", "la", "du", "d'", "d’", "-") or t.lower_ in ("diplomatie",)
                            for t in words[1:]):
            return None
        doc = span.doc
        sentence = span.sent
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
        while states and previous is not None and previous.start > 0 and all(
                t.is_punct or self.in_quotation(offset + t.idx) for t in previous):
            previous = doc[previous.start - 1].sent  # past the quotation the parse made a sentence of its own
        if previous is not None and previous.start == 0 and all(
                t.is_punct or self.in_quotation(offset + t.idx) for t in previous):
            previous, sentence = None, previous  # "« … », a déclaré le ministre": the quotation opens the paragraph
        lo = offset + (previous.start_char if previous is not None else sentence.start_char)
        if previous is None and len(self.paragraphs) >= 2 and self.paragraphs[-1][0] == offset:
            before, text = self.paragraphs[-2]  # the role opens its paragraph: the last sentence of the one before
            ends = list(SENTENCE_END.finditer(text.rstrip()[:-1]))  # not "« espionnage » et « trahison »"
            lo = before + (ends[-1].end() if ends else 0)
        people = [m for m in self.mentions_in(lo, offset + span.start_char) if m["actor_kind"] == "person"
                  and not self.in_quotation(m["start"])]
        if states:
            found = {m["actor_id"] for m in people}
            person = self.people.get(next(iter(found))) if len(found) == 1 else None
            if person is None or person.roles or person.state is not None and person.state not in states \
                    or person.actor_id in self.reference.by_id or gender and person.gender not in ("", gender) \
                    or not (any(p == m["start"] for m in people for p, _ in self.subjects)
                            or self.setup and self.setup[0] == person.actor_id):
                return None  # (not a person the reference table knows in another office, nor one the sentence
                # before names as a complement: "Le ministre X a rendu hommage à Y")
            after = doc[sentence.end].sent if sentence.end < len(doc) else None
            if after is not None and any(m["actor_id"] == person.actor_id for m in self.mentions_in(
                    offset + after.start_char, offset + after.end_char)):
                return None  # "X suit le dossier. « … », a déploré le ministre. X, lui, réclame …": someone else
            return person.actor_id
        for m in reversed(people):
            person = self.people.get(m["actor_id"])
            if not gender or person is None or person.gender in ("", gender):
                return m["actor_id"]
        return None

    def fronted_state(self, pos: int) -> str | None:
        """The state a sentence opens with as its place (`À Paris, `, `A Ouagadougou, `, `Au Mali, `) when
        nothing but that place stands before `pos`: whose institution speaks there."""
        if not FRONTED_PLACE.fullmatch(self.text_between(self.sentence_start, pos)):
            return None
        for m in self.mentions_in(self.sentence_start, pos):
            if m["actor_kind"] == "state":
                return m["actor_id"]
            if m["actor_kind"] == "place" and m["actor_id"] in self.reference.capitals:
                return self.reference.capitals[m["actor_id"]]
        return None

    def side_body(self, pos: int) -> str | None:
        """The organisation a sentence opens with as its side (`Côté Cedeao, …`), before `pos`."""
        named = [m for m in self.mentions_in(self.sentence_start, pos) if m["actor_kind"] == "organization"]
        if named and re.fullmatch(r"\s*(?:Côté|Du côté de(?:\s+la|\s+l['’])?|Du côté d['’])\s*",
                                  self.text_between(self.sentence_start, named[0]["start"]), re.IGNORECASE):
            return named[0]["actor_id"]
        return None

    def kind(self, actor_id: str) -> str:
        """The kind of an actor as the article's mentions have it (an organisation the reference table
        lacks is still one), else as the reference table has it."""
        return self.kinds.get(actor_id) or self.reference.kind(actor_id)

    def sentence_subject(self, pos: int) -> str | None:
        """The state or organisation that opens the sentence of `pos` as its subject (`opening_mention`)."""
        opening = self.opening_mention(pos)
        return opening[0]["actor_id"] if opening is not None and opening[0]["actor_kind"] in (
            "state", "organization", "armed_group") else None

    def possessor(self, pos: int) -> str | None:
        """Whose office `son`/`sa`/`leur` + a role names, when nobody holding it is named: the actor the
        discourse is about (the running speaker or the subject just set up, the later of the two, in this
        or the previous paragraph); an organisation or a state itself, a person through the body of the office the
        reference table says they held on the article's date, else their state."""
        latest = []
        if self.running and self.paragraph - self.running[1] <= RUNNING_PARAGRAPHS:
            latest.append((self.running_at, self.running[0]))
        if self.setup and self.paragraph - self.setup[1] <= RUNNING_PARAGRAPHS:
            latest.append((self.setup[2], self.setup[0]))
        if not latest:
            return None
        at, actor = max(latest)
        if at >= pos:
            return None
        if self.kind(actor) != "person":
            return actor
        if office := self.reference.office_of(actor, self.date):
            return office  # "Antonio Guterres s'est dit préoccupé. Son porte-parole …": the UN's, not Portugal's
        person = self.people.get(actor)
        return person.state if person is not None else None

    def read_in(self, pos: int, place: Span | None = None, offset: int = 0) -> str | None:
        """Whose writing an impersonal `peut-on y lire`, `peut-on lire` or `lit-on` reads, for the quotation at
        `pos`: the writing last named outside quotations in this paragraph or the one before (`Le dernier rapport
        du groupe …`, `Dans un communiqué, le groupe rappelle …`, `sur son site`); its issuer is the one the article
        recorded for it (`learn`), else the body its complement names (`le rapport de l'ONU`, `l'acte signé par le
        président de la Conférence`: a state or organisation before a person), else, after a possessive, whose the
        discourse is about (`possessor`). `place`: the words the verb says it reads in (`sur son site`, `dans ce
        message`, in the document at `offset`), read first. None when no writing is named: the caller keeps the
        running speaker."""
        if not self.paragraphs:
            return None
        begin, text = self.paragraphs[-2] if len(self.paragraphs) > 1 else self.paragraphs[-1]
        if len(self.paragraphs) > 1:  # the two paragraphs, the gap between them as spaces
            o, t = self.paragraphs[-1]
            text = text + " " * (o - begin - len(text)) + t
        found = [(begin, m) for m in WRITTEN.finditer(text[:pos - begin]) if not self.in_quotation(begin + m.start("noun"))]
        if place is not None and (m := WRITTEN.search(place.text)) is not None:
            found.append((offset + place.start_char, m))
            text = text[:offset + place.start_char - begin] + place.text
        for n in range(len(found) - 1, -1, -1):  # `le document`, `le texte` take up the writing named before them
            base, m = found[n]
            at, end = base + m.start("noun"), base + m.end("noun")
            before = found[n - 1][0] + found[n - 1][1].start("noun") if n else -1
            recorded = [a for p, _, a in self.institutions if p == at]
            if recorded:
                return recorded[-1]
            after = text[end - begin:end - begin + 90]
            stop = re.search(r"[.;:«»]|,\s(?!signée?s?\b)", after)
            reach = end + (stop.start() if stop else len(after))
            named = [x for x in self.mentions_in(end, min(reach, end + 60)) if x["start"] >= end
                     and x["actor_kind"] != "place" and COMPLEMENT.match(self.text_between(end, x["start"]))]
            bodies = [x for x in named if x["actor_kind"] != "person"]
            if bodies or named:
                return (bodies or named)[0]["actor_id"]
            kind = re.match(r"\s*(?:de\s+la|de\s+l['’]|du|des|d['’])\s*([\w-]+)", after)
            if kind and kind.group(1).lower() in ORGANISATION_WORDS and (body := self.salient_body(at, kind.group(1).lower())):
                return body  # "le rapport du groupe": the organisation introduced as one
            det = m.group("det").lower().replace("’", "'")
            subject = re.match(r"[^.;:«»]{0,60}?,\s*(?:le|la|l['’])\s*([\w-]+)", after)
            if det not in ANAPHORIC_DETERMINERS and subject and subject.group(1).lower() in ORGANISATION_WORDS and (
                    body := self.salient_body(at, subject.group(1).lower())):
                return body  # "Dans un communiqué, le groupe rappelle …": the organisation that issued it
            if det in POSSESSIVES:
                return self.possessor(pos)
            if det not in ANAPHORIC_DETERMINERS:
                return None
            taken = [(p, a) for p, w, a in self.institutions if p < at and w in DOCUMENTS]
            latest = max(before, taken[-1][0] if taken else -1)
            if self.running and self.kind(self.running[0]) != "person" and latest < self.running_at < at:
                return self.running[0]  # "Le ministère a salué « … ». « … », ajoute le texte": the body that just spoke
            if taken and at - taken[-1][0] < DOCUMENT_REACH and taken[-1][0] > before:
                return taken[-1][1]  # "Le document rappelle …": the writing `le texte` takes up (as `resolve`)
        return None

    def report_issuer(self, pos: int) -> str | None:
        """The state or organisation whose report (`rapport`, `étude`, `enquête`) the article last named before `pos`,
        within `DOCUMENT_REACH` characters: the body its complement names (`un rapport du Haut-Commissariat`), else,
        for a report introduced rather than taken up (`Dans un rapport publié mardi, le HCDH affirme`), the first body
        its sentence names. A report taken up (`Selon le rapport, les militaires …`) points to the one before it."""
        found = self.latest_report(pos)
        return found[1] if found else None

    def latest_report(self, pos: int, cited: bool = False) -> tuple[int, str] | None:
        """Where the report `report_issuer` finds was named, and its issuer. `cited`: only when the report named last is
        one the article speaks through (`selon un rapport`, `d'après l'étude`, `dans un rapport`), not one an actor
        acts on (`a dénoncé un rapport`, `l'ouverture d'une enquête`)."""
        for offset, text in reversed(self.paragraphs):
            if pos - offset > DOCUMENT_REACH + len(text):
                break
            for m in reversed(list(REPORT.finditer(text))):
                at, end = offset + m.start("noun"), offset + m.end("noun")
                if at >= pos or pos - at > DOCUMENT_REACH or self.in_quotation(at):
                    continue
                if cited and not CITED_THROUGH.search(text[max(0, m.start() - 12):m.start()]):
                    return None  # (the report named last is not the one cited before it)
                named = [x for x in self.mentions_in(end, end + 60) if x["actor_kind"] in ("state", "organization")
                         and x["method"] != "demonym" and REPORT_OF.fullmatch(self.text_between(end, x["start"]))]
                if named:
                    return at, named[0]["actor_id"]
                if m.group("det").lower().replace("’", "'") in ANAPHORIC_DETERMINERS | POSSESSIVES:
                    continue
                lo = max((e.end() for e in SENTENCE_END.finditer(text[:m.start()])), default=0)
                stop = SENTENCE_END.search(text, m.end())
                bodies = [x for x in self.mentions_in(offset + lo, offset + (stop.end() if stop else len(text)))
                          if x["actor_kind"] in ("state", "organization") and x["method"] != "demonym"
                          and not self.in_quotation(x["start"]) and not set(re.findall(r"[\w'’]+", self.text_between(
                              max(offset + lo, x["start"] - 8), x["start"]).lower())[-1:]) & AFTER_PREPOSITION]
                # (not "Un an après la sortie du Mali, un rapport de la Commission chiffre …": a body after a preposition)
                if bodies:
                    return at, bodies[0]["actor_id"]
        return None

    @cached_property
    def named(self) -> set[str]:
        """Every actor the article names anywhere, before or after the current position."""
        return {m["actor_id"] for m in self.mentions}

    def listed_after(self, end: int, stop: int) -> list[str]:
        """The states a phrase ending at `end` goes on listing after it (`…du Mali` | `, du Burkina Faso et du
        Niger`): each after a comma or `et` and a `de` (`du`, `de la`, `des`, `d'`), up to `stop`."""
        found = []
        for m in self.mentions_in(end, stop):
            if m["actor_kind"] != "state" or not LISTED_STATE.fullmatch(self.text_between(end, m["start"])):
                break
            found.append(m["actor_id"])
            end = m["end"]
        return found

    def listed_before(self, start: int, lo: int) -> list[str]:
        """The states a list goes on with before a phrase starting at `start` (`le Mali, | le Burkina Faso et le
        Niger`, where the parse took the last two for the subject), back to `lo`, in order."""
        found = []
        for m in reversed(self.mentions_in(lo, start)):
            if m["actor_kind"] != "state" or not LISTED_STATE.fullmatch(self.text_between(m["end"], start)):
                break
            found.insert(0, m["actor_id"])
            start = m["start"]
        return found

    def group(self, text: str, members: list[str]) -> str | None:
        """The organisation a collective phrase stands for: a group phrase (`les trois pays`,
        `les trois chefs d'Etat`), or every member of an organisation at the date, listed."""
        for regex, org in self.groups:
            if regex.search(text):
                return org
        if len(set(members)) >= 2:
            from .corpus import date_bounds
            day = date_bounds(self.date)[0]
            for org in sorted({m["organization"] for m in self.memberships}):
                now = {m["member"] for m in self.memberships if m["organization"] == org
                       and date_bounds(m["start"])[0] <= day and (not m["end"] or day < date_bounds(m["end"])[0])}
                if now and now == set(members):
                    return org
        return None

    def resolve(self, span: Span, offset: int, tail: str) -> tuple[str | None, str]:
        """(actor_id, attribution) for the words naming a speaker; `tail` is the rest of the clause.

        A writing taken up that speaks (`poursuit le texte`, `le courrier signé par le secrétaire général`) is
        its issuer's, never a person's: a person found for it (the spokesman who read it, the signatory) gives
        the body they act for, by their office on the article's date, else their state. A place before `, où`
        is where the words were said, not who said them."""
        if len(span) > 1 and span[0].lower_ in ("à", "a") and not any(t.pos_ in ("VERB", "AUX") for t in span) and any(
                m["actor_kind"] == "place" and m["start"] == offset + span[1].idx
                for m in self.mentions_in(offset + span[1].idx, offset + span.end_char)):
            return None, "none"  # "A Bamako, où beaucoup parlent d'un « … »": where the words were said (not "à
            # Reuters l'une de ses avocates, X": to whom)
        where = next((t.i for t in span[1:] if t.lower_ == "où" and t.nbor(-1).text == ","), None)
        if where is not None:  # "Bamako, où les autorités": the place is where they speak, not who
            span = span.doc[where + 1:span.end]
            if not len(span):
                return None, "none"
        actor, how = self.resolve_phrase(span, offset, tail)
        if actor and how in ("institution", "role") and self.kind(actor) == "state" and self.date \
                and TRANSITIONAL.search(span.text) and actor not in (ruled := self.reference.under_transition(self.date)):
            # "le gouvernement de transition", "la junte": a state under a military transition on the article's date,
            # the one the article has named most so far, never a state ruled otherwise that was named more
            named = [(at, state) for at, state in self.states.entries if state in ruled and at < offset + span.start_char
                     and not self.in_quotation(at)]
            if named:  # (the latest on a tie)
                counts, last = Counter(state for _, state in named), {state: at for at, state in sorted(named)}
                actor = max(counts, key=lambda state: (counts[state], last[state]))
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
        if actor and head is not None and head.lower_ in DOCUMENTS and span[0].lower_ in ANAPHORIC_DETERMINERS \
                and self.kind(actor) == "person":  # (not "un message du président X": his own)
            person = self.people.get(actor)
            body = self.reference.office_of(actor, self.date) or (person.state if person else None) or \
                self.reference.by_id.get(actor, {}).get("country")
            if body:
                return body, "institution"
        return actor, how

    def unlisted_outlet(self, span: Span, offset: int) -> str | None:
        """The id of an outlet a phrase introduces by its noun and a name that no mention found (`le quotidien Niamey
        Soir`, `le magazine Horizons africains`), the slug of that name; None when a mention names it (a known
        outlet, or a body the name is not: `le journal de l'armée`), or the words after the noun are no name."""
        if len(span) < 3 or span[0].lower_ not in ("le", "la", "l'", "l’") or span[1].lower_ not in OUTLET_NOUNS:
            return None
        name = span[2:]
        if not name[0].text[:1].isupper() or name[0].lower_ in ("le", "la", "les", "l'", "l’") and len(name) == 1 \
                or any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or t.like_num for t in name):
            return None
        a, b = offset + name.start_char, offset + name.end_char
        if any(m["actor_kind"] != "place" or (m["start"], m["end"]) == (a, b) for m in self.mentions_in(a, b)):
            return None  # (a place may open an outlet's name: `Niamey Soir`)
        return slugify(name.text)

    def apposed_gap(self, gap: str) -> bool:
        """Whether `gap`, the text between a role and a person's name, apposes the name to the role: a comma, maybe
        more titles (`APPOSED_TITLES`), and maybe an honorific the name's mention leaves out (`le bâtonnier, Me X`,
        `l'émissaire, M. Y`)."""
        honorific = re.fullmatch(r"(.*,\s*)([A-Z][\w.]*)\s+", gap, re.DOTALL)
        return bool(APPOSED_TITLES.fullmatch(gap) or honorific and honorific.group(2).casefold() in self.reference.titles
                    and APPOSED_TITLES.fullmatch(honorific.group(1)))

    def resolve_phrase(self, span: Span, offset: int, tail: str) -> tuple[str | None, str]:
        """`resolve`, before a writing's person is replaced by their body."""
        ref = self.reference
        aired = next((k for k in range(1, len(span) - 1) if span[k].lower_ in AIRED
                      and span[k + 1].lower_ in ("à", "au", "sur", "dans")), None)
        if aired is not None and not OWN_MEDIUM.search(span[aired:].text):
            span = span[:aired]  # "un communiqué du ministère … lu au journal de l'ORTM": the words before the medium
            # (not "diffusé sur la chaîne Telegram de l'agence": the issuer's own channel names it)
        head = 1 if len(span) > 1 and span[0].pos_ == "DET" else 0
        if span[head].lower_ in DOCUMENTS | LEGAL_TEXTS and (signed := next(
                (k for k in range(head + 1, len(span) - 1) if ("Part" in span[k].morph.get("VerbForm") and "Past" in
                 span[k].morph.get("Tense") or span[k].pos_ == "ADJ" and span[k].lower_.endswith(("é", "ée", "és", "ées")))
                 and any(t.lower_ == "par" for t in span[k + 1:k + 6])), None)):  # (the tagger makes some an ADJ)
            agents = self.mentions_in(offset + span[signed].idx, offset + span.end_char)
            signers = agents[:1] if agents and agents[0]["actor_kind"] == "person" else []
        else:
            signers = []
        if signers:  # (not "le communiqué publié par la Commission": the body that issued it names the speaker)
            span = span[:signed]  # "la Charte de la refondation promulguée par le général X", "le texte signé par le
            # ministre": the writing speaks (a state's writing for its state), not whoever signed it
            signer = self.people.get(signers[0]["actor_id"])
            body = ref.office_of(signers[0]["actor_id"], self.date) or (signer.state if signer else None) \
                or ref.by_id.get(signers[0]["actor_id"], {}).get("country")
            if body and self.kind(body) in ("state", "organization"):
                return body, "institution"  # the body his office on the article's date is in, else his state
        if len(span) > 4 and span[-3].text == "(" and span[-1].text == ")" and span[-2].text[:1].isupper() \
                and span[0].lower_ in ("le", "la", "les", "l'", "l’"):
            span = span[:-3]  # "Le site Sahara Médias (SM)": the name, not its acronym after it
        start, end = offset + span.start_char, offset + span.end_char
        words = span.text.lower().replace("’", "'")
        if (person := self.demonym_person(span, start)) is not None:
            return person, "role"  # "Sana Kaboré … Ancien rédacteur en chef, le Burkinabè vit à Abidjan": the person
        if span[0].lower_ in ("des", "du", "de", "d'", "d’") and span.root.lemma_.lower() in ref.speech_nouns:
            return None, "none"  # "« prend acte » des propos du ministre mais juge …": a complement, never a speaker
        if CIRCLE.match(words):
            return None, "anonymous"  # "assure l'entourage du Premier ministre", "selon ses proches": people around
            # someone, unnamed, never that someone
        inside = []
        for m in self.mentions_in(start, end):
            before = self.text_between(start, max(start, m["start"]))
            if m["actor_kind"] == "person" or not CHANNEL.search(before) and not (
                    AT.search(before) and (m["actor_kind"] == "organization" or inside)):
                inside.append(m)
        if (outlet := self.unlisted_outlet(span, offset)) is not None:
            return outlet, "name"  # "le magazine Horizons africains": an outlet no mention found, by its name
        following = self.mentions_in(end, offset + span.sent.end_char)[:2]
        if following and following[0]["method"] == "demonym" and following[0]["actor_kind"] == "state" \
                and not self.text_between(end, following[0]["start"]).strip() and not (
                    len(following) > 1 and following[1]["actor_kind"] == "person"
                    and not self.text_between(following[0]["end"], following[1]["start"]).strip()):
            # (not "la sociologue" | "malienne Fatoumata Dembélé": the demonym of the person named next)
            inside.append(following[0])  # "L'armée" | "malienne rejette": the parse left the body's own demonym out
        people = [m for m in inside if m["actor_kind"] == "person"]
        someone = re.search(r"^\W*une? ([\w'’-]+)(?: [\w'’-]+)? (?:de|du|des|d['’])",
                            self.text_between(start, people[0]["start"] + 1), re.IGNORECASE) if people else None
        between = self.text_between(start, people[0]["start"]) if people else ""
        words_between = re.findall(r"[\w'’-]+", between)[2:] if between.rstrip().endswith(",") else None
        # "un chef de canton, X": X himself, when no office stands between the head and the name
        apposed = words_between is not None and not {w.lower() for w in words_between} & self.role_words
        if someone and span[0].lower_ in ("un", "une") and someone.group(1).lower() not in DOCUMENTS \
                and ref.speaker_cues.get(someone.group(1).lower()) != "institution" and not apposed:
            people = []  # "un conseiller du général X, qui a requis l'anonymat": someone of X's, not X
            # (nor "un conseiller du ministre des Finances, X": the name is the minister's)
        regime = re.match(r"(?:l['’]|le|la|les)\s*([\w-]+)(?: (?!du\b|de\b)[\w-]+)? (?:du|de|d['’])\b", words)
        # ("le gouvernement nigérien du général X": past the state's demonym)
        if people and regime and regime.group(1) in REGIME_WORDS and not self.text_between(
                start, people[0]["start"]).count(","):
            # "le régime du général X", "l'administration du président Y": the state X governs, not X;
            # "l'entourage du président Z": someone close to Z, unnamed
            if REGIME_WORDS[regime.group(1)] == "anonymous":
                return None, "anonymous"
            person = self.people.get(people[0]["actor_id"])
            state = person.state if person is not None and person.state else \
                ref.by_id.get(people[0]["actor_id"], {}).get("country")
            if state:
                return state, "institution"
        if people:
            m = people[-1]
            has_title = m["method"] == "title" or any(t in words.split()[:-1] for t in ref.titles) or len(span) > len(
                m["text"].split()) + 1
            return m["actor_id"], "title" if has_title else "name"
        apposed = [m for m in self.mentions_in(end, end + APPOSED_REACH) if m["actor_kind"] == "person" and m["start"] > end
                   and not self.in_quotation(m["start"])  # (not "pour un diplomate, « … de Bazoum … »": the words)
                   and (m["start"] - end <= 60 and self.apposed_gap(tail[:m["start"] - end])
                        or OFFICE_REST.fullmatch(gap := self.text_between(end, m["start"]))
                        or PORTFOLIO_REST.fullmatch(gap))][:1]
        if apposed and any(self.is_role(t) or t.pos_ == "NOUN" and self.names_a_person(t) for t in span):
            # "la porte-parole d'Orano, Claire Mounier, …", "Un commerçant du Grand marché, Alhousseyni Touré, …"
            return apposed[0]["actor_id"], "title"
        press = next((t.lower_ for t in span[:3] if t.lower_ in PRESS_ROLES), None)
        if press is not None and span[0].lower_ not in ("un", "une"):
            # "tranche son éditorialiste", "pour l'éditorialiste du Pays": a writer the article never names speaks for
            # the outlet (the guidelines' unnamed office holder): the one his complement names, else the one he was
            # named with before (`l'éditorialiste X`, taken up), else the newspaper the article reads
            outlets = [m["actor_id"] for m in inside if m["actor_kind"] == "organization"]
            named = [a for p, w, a in self.institutions if p < start and w == press and self.kind(a) == "person"]
            if not outlets and named and span[0].lower_ not in POSSESSIVES:
                return named[-1], "role"
            recent = ([(self.running[0], self.running_at)] if self.running else []) + (
                [(self.setup[0], self.setup[2])] if self.setup else [])
            writer = [a for a, at in recent if self.kind(a) == "person" and start - at < DOCUMENT_REACH] + [
                m["actor_id"] for m in self.mentions_in(max(0, start - DOCUMENT_REACH // 2), start)
                if m["actor_kind"] == "person" and EDITORIAL.search(self.text_before(m["start"]))]
            # ("Dans son éditorial, X ironise … « … », tranche l'éditorialiste", "publie un éditorial de son directeur,
            # X : « … »": the writer just named)
            if outlet := outlets[0] if outlets else None if writer and span[0].lower_ not in POSSESSIVES \
                    else self.salient_body(start, "journal"):
                return outlet, "role"
        if (gender := LATTER.get(words.replace(" ", ""))) is not None:  # "Celui-ci", "ce dernier": the person named last
            seen = self.last_seen(start)
            before = [p for p in self.people.values() if seen[p.actor_id] >= 0 and p.gender in ("", gender)]
            latest = max(before, key=lambda p: seen[p.actor_id], default=None)
            return (latest.actor_id if latest else None), "pronoun"
        if len(span) == 1 and span[0].lower_ in POSSESSIVES:  # "à ses yeux": whoever speaks in the running discourse
            running = self.running[0] if self.running and self.paragraph - self.running[1] <= RUNNING_PARAGRAPHS else None
            return running or self.salient(start), "pronoun"
        if len(span) == 1 and span[0].lower_.lstrip("-") == "on" and (where := self.fronted_state(start)) and any(
                m["actor_id"] == where for m in self.mentions_in(self.sentence_start, start)):
            # "Au Quai d'Orsay, on juge « … »", "Côté ivoirien, on dément": the government of the state or seat
            # named (not "À Ouagadougou, on préfère …": a city's people)
            return where, "institution"
        if len(span) == 1 and span[0].lower_.lstrip("-") == "on" and FRONTED_PLACE.fullmatch(
                fronted := self.text_between(self.sentence_start, start)) and not self.mentions_in(self.sentence_start, start) \
                and set(re.findall(r"[\w-]+", fronted.lower())) & STATE_BODIES:
            return self.own_state(span, offset), "institution"  # "Au ministère des Mines, on salue « … »": the state's
        if len(span) == 1 and span[0].lower_.lstrip("-") in PRONOUNS:
            actor = self.pronoun(span[0].lower_.lstrip("-"), start)
            return (None, "anonymous") if actor == "" else (actor, "pronoun")
        if len(span) == 1 and span[0].lower_ in ("celui", "celle") and re.match(r"\s*(?:qui|que|qu['’]|dont)(?!\w)", tail):
            # "résume celle qui, il y a vingt ans, …": a pronoun for the person the discourse is about
            actor = self.pronoun("il" if span[0].lower_ == "celui" else "elle", start)
            return (None, "anonymous") if actor == "" else (actor, "pronoun")
        if (order := ORDINAL_REFERENCE.fullmatch(words)) and (pair := self.last_pair(start)):
            # "a déclaré le premier. … Le second a salué « … »": the first or the second of the two persons just named
            return (pair[0] if order.group(1) else pair[1]), "pronoun"
        if re.match(r"l['’]une? d['’](?:eux|elles|entre)", words):
            return None, "anonymous"  # "témoigne l'un d'eux"
        first = next((t for t in span if t.pos_ != "DET" and t.lower_ not in ("l'", "l’")), None)
        whole = [m for m in inside if first is not None and m["start"] in (offset + first.idx, start) and m["actor_kind"] in (
            "organization", "armed_group") and m["method"] != "demonym" and not re.sub(
            r"\(\s*[\w-]+\s*\)", "", self.text_between(m["end"], end)).strip()]
        if whole:  # "le Cadre stratégique permanent (CSP)", "L'Observateur Paalga": the body the phrase names whole,
            return whole[0]["actor_id"], "name"  # whatever its name's words say (`cadre`, `observateur` are anonymous
            # officials, `cour` an institution)
        if not inside and (span.root.pos_ == "NOUN" or len(span) == 2 and span[0].pos_ == "DET" and span[1].is_lower
                           and span[1].is_alpha) and span.root.i - span.start <= 1 \
                and (person := self.described(span.doc, span.root, offset)):
            return person, "role"  # "Le prêtre X … Le prêtre, lui, a été soigné": whom the article introduced so
        tokens = [t.lower_ for t in span] + re.findall(r"\w+(?:-\w+)+", words)  # "état-major" is three tokens
        gender = phrase_gender(span)
        bodies = [m for m in inside if m["actor_kind"] in ("state", "organization", "armed_group") and not (
            m["method"] == "demonym" and any(0 <= o["start"] - m["end"] <= 1 and o["actor_kind"] in (
                "organization", "armed_group") for o in inside))]
        # ("les analystes de la banque canadienne X": the demonym qualifies the bank, whose analysts they are)
        if not bodies:  # "le gouverneur de la région de Dosso", "le maire de Gao": an office of the place's state
            bodies = [{**m, "actor_id": country, "actor_kind": "state"} for m in inside if m["actor_kind"] == "place"
                      and (country := ref.by_id.get(m["actor_id"], {}).get("country"))
                      and re.search(r"(?<!\w)(?:de|du|d['’])\s*$", self.text_between(start, m["start"]))][:1]
        if first is not None and first.lower_ in ORGANISATION_WORDS and tokens[0] in ANAPHORIC_DETERMINERS | DEMONSTRATIVES \
                and inside and all(m["method"] == "demonym" and m["actor_kind"] == "state" for m in inside) \
                and (body := self.introduced_here(start) or self.national_body(start, inside[0]["actor_id"])):
            return body, "institution"  # "a réagi le groupe français": the French company just named, not France
        if tokens and tokens[0] in ("les", "des", "ces") and first is not None and first.pos_ == "NOUN" \
                and {first.lower_, first.lower_.rstrip("sx")} & PEOPLE_AT_LARGE and inside \
                and all(m["method"] == "demonym" for m in inside):
            return None, "anonymous"  # "un trajet que les transporteurs nigériens jugent « dangereux »": people of a
            # country the article does not name, not its state's voice (the guidelines' `un habitant`, in the plural)
        capitals = [self.reference.capitals[m["actor_id"]] for m in inside
                    if m["actor_kind"] == "place" and m["actor_id"] in self.reference.capitals]
        states = [m["actor_id"] for m in bodies if m["actor_kind"] == "state"]
        group = self.group(span.text, states + capitals) or (
            self.group("", self.listed_before(start, offset + span.sent.start_char) + states
                       + self.listed_after(end, span.sent.end_char + offset)) if states else None)
        # "Bamako, Ouagadougou et Niamey ont annoncé …": the three capitals together are their organisation; "les
        # ministres de la Défense du Mali" | ", du Burkina Faso et du Niger": the list the phrase stopped short of, or
        # started after ("le Mali, | le Burkina Faso et le Niger annoncent")
        if group:
            return group, "institution"
        cues = {ref.speaker_cues.get(t) for t in tokens}
        indefinite = bool(tokens) and tokens[0] in INDEFINITE
        lead = re.match(r"(?:(?:l['’]|le|la|les|un|une|des|son|sa|ses|leur|leurs|cet|cette|ce)\s*)?([\w-]+)", words)
        if lead and ref.speaker_cues.get(lead.group(1)) == "institution" and lead.group(1) not in self.role_words:
            # "l'état-major général des armées": an institution, whatever rank word qualifies it
            span_roles = False
        else:
            span_roles = any(self.is_role(t) for t in span) or bool(set(tokens) & self.role_words) or bool(
                self.role_phrases and self.role_phrases.search(words))
        if re.fullmatch(r"(?:cette|ces|la même|les mêmes|même) sources?", words):
            return None, "anonymous"  # "a confirmé cette source": a source is the one news does not name
        taken_up = re.fullmatch(r"(?:cet|cette|ce|ces|le même|la même|les mêmes)\s+([\w-]+)", words)
        introduced = re.compile(rf"\b{re.escape(taken_up.group(1).rstrip('s'))}\w*(?:[\s,]+[\w'’-]+){{0,4}}[\s,]*$",
                                re.IGNORECASE) if taken_up else None  # (compiled once, read before each person named)
        if taken_up and ref.speaker_cues.get(taken_up.group(1)) == "anonymous" and not any(
                m["actor_kind"] == "person" and introduced.search(self.text_before(m["start"]))
                for m in self.mentions_in(0, start)):
            return None, "anonymous"  # "« … », résume cet officier", "confie le même cadre": the unnamed source taken
            # up, when nobody the article names was introduced with that noun
        if "anonymat" in words or ANONYMITY.match(tail) or ANONYMITY.search(span.text):
            return None, "anonymous"  # "Le responsable de l'une d'elles, qui a requis l'anonymat, affirme …"
        if tokens[0] in ("les", "leurs", "ces") and not bodies and span.root.lower_ in LEADERS \
                and (club := self.summit_body(start)):
            return club, "institution"  # "Dans leur communiqué final, les dirigeants « … »": the organisation of states
        if tokens[0] in ("les", "ses", "leurs") and not inside and span.root.lower_ in AUTHORS and (
                issuer := self.report_issuer(start) if tokens[0] == "les" or span.root.lower_ in WRITERS
                else self.previous_body(span.doc, offset, span.start, "") or self.report_issuer(start)) \
                and self.kind(issuer) != "person":
            # "« … », écrivent les enquêteurs", "selon ses auteurs": the body whose report they wrote; "Le Lab X a
            # recensé 300 comptes. Selon ses chercheurs, …": the body the sentence before has as its subject
            return issuer, "institution"
        verb_before = span.doc[span.start - 1] if span.start else None
        acted_on = any(verb is not None and verb.pos_ == "VERB" and any(
            c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
            for verb in (verb_before, span.root.head if span.root.dep_ == "obj" else None))
        # (a writing its sentence's subject acts on speaks for no one there: "Bamako a rejeté ce rapport, jugé « … »",
        # "Le gouvernement a « fermement » rejeté samedi le rapport de HRW")
        if span.root.lemma_.lower() in ISSUED_WRITINGS and tokens[0] in ISSUED_DETERMINERS and not acted_on:
            after = offset + span.root.idx + len(span.root)
            owners = [m for m in bodies if m["method"] != "demonym" and m["start"] >= after
                      and COMPLEMENT.match(self.text_between(after, m["start"]))]
            kind_word = next((w for w in tokens[2:] if w in ORGANISATION_WORDS), None)
            if owners or kind_word and (owner := self.salient_body(start, kind_word)):
                # "Un rapport des Nations unies accuse …", "Un message du groupe évoque …": the body it names as its
                # issuer, or the one its noun of organisation takes up
                return (owners[0]["actor_id"] if owners else owner), "institution"
        if len(tokens) == 2 and tokens[0] in ANAPHORIC_DETERMINERS and span.root.lower_ in REPORT_NOUNS and not acted_on \
                and (issuer := self.report_issuer(start) or self.previous_body(span.doc, offset, span.start, "")) \
                and self.kind(issuer) != "person":
            # "HRW a publié mardi un rapport sur … Le rapport décrit « … »": the body whose report it takes up, else
            # the body the sentence before has as its subject ("Amnesty a enquêté à Djibo. Le rapport affirme …")
            return issuer, "institution"
        if len(tokens) == 3 and tokens[1] == "homologue" and tokens[0] in POSSESSIVES \
                and (peer := self.peer_of(start, [m["actor_id"] for m in bodies if m["actor_kind"] == "state"])):
            return peer  # "Son homologue burkinabè a été plus direct": who holds the last speaker's office there
        if len(tokens) == 2 and tokens[1] == "homologue" and tokens[0] in POSSESSIVES and (counterpart := max(
                (p for p in self.people.values() if "homologue" in p.roles and 0 <= self.seen_before(p, start)),
                key=lambda p: self.seen_before(p, start), default=None) or self.counterpart(start)) is not None:
            return counterpart.actor_id, "role"  # "Son homologue a salué …": whom the article introduced so, else
            # the other side's person named last
        if not indefinite and span_roles and (holder := self.role_holder(span, offset, bodies, doc_only=True)):
            return holder, "role"  # "l'économiste", "le ministre": the person this article introduced so
        if not indefinite and not bodies and span.root.lower_ in ENVOYS and (sent := self.envoy_state(start)):
            return sent, "role"  # "L'ambassade de Russie a réagi … « … », a dit l'ambassadeur": Russia's, not the host's
        if tokens and tokens[0] in DEMONSTRATIVES or (tokens and tokens[0] in ("le", "la", "l'", "l’")
                                                      and "institution" not in cues
                                                      and not any(self.is_role(t) for t in span) and not inside):
            head = next((t for t in span if t.lower_ in ORGANISATION_WORDS), None) or next(
                (t for t in span if t.pos_ == "NOUN"), None)  # "l'ONG", which the tagger calls a name
            if head is not None and (word := head.lower_ if head.lower_ in ORGANISATION_WORDS else head.lemma_.lower()) \
                    in ORGANISATION_WORDS and (side := self.side_body(start)) is not None:
                return side, "institution"  # "Côté Cedeao, que le Mali a quittée …, l'organisation dit …": the side
                # the sentence opened with
            if head is not None and (word := head.lower_ if head.lower_ in ORGANISATION_WORDS else head.lemma_.lower()) \
                    in ORGANISATION_WORDS:
                body = self.salient_body(start, word, " ".join(t.lower_ for t in span[head.i - span.start + 1:]))
                if body:  # "a écrit le groupe", "la compagnie a réagi": the organisation just named
                    return body, "institution"
            human = self.names_a_person(head or span.root)
            person = self.salient(start, gender) if human else None
            if human and head is not None and (kinds := DESCRIBED_ROLES.get(head.lemma_.lower())) is not None \
                    and (described := self.described_holder(start, gender, kinds, bodies)) is not None:
                return described, "role"  # "l'ambassadeur de Chine, X … », a déclaré le ministre. « … », a assuré
                # le diplomate": the one whose office the noun names, not whoever spoke last
            anonymous_last = self.anonymous_at is not None and self.anonymous_at[1] > self.running_at
            if person and self.anonymous_at is not None and self.people[person].last < self.anonymous_at[1] < start:
                person = None  # "Un diplomate, sous couvert d'anonymat, … », a ajouté le diplomate": that source
            running = self.running[0] if human and self.running and not anonymous_last and \
                self.paragraph - self.running[1] <= RUNNING_PARAGRAPHS and self.running_at < start else None
            if running and (person is None or self.running_at > self.people[person].last) and (
                    self.kind(running) != "person" or running in self.people
                    and self.people[running].gender in ("", gender or self.people[running].gender)):
                # "L'ambassadeur de Russie a salué « … ». « … », a assuré le diplomate": whoever just spoke
                return running, "role"
            if person:  # "soupire cette vendeuse", "poursuit l'officier": the person just named (not "le drone")
                return person, "role"
        first_noun = next((t for t in span if t.pos_ == "NOUN"), None)
        cue_noun = next((t for t in span[1:3] if ref.speaker_cues.get(t.lower_) == "anonymous"), None)
        if tokens and tokens[0] in ("le", "la", "l'", "l’") and cue_noun is not None \
                and all(t.pos_ == "ADJ" or t.lower_ in PRENOMINAL for t in span[1:cue_noun.i - span.start]) \
                and cue_noun.lower_ not in ("source", "sources"):
            # (an adjective may come first, whatever the tagger calls it: "la haute fonctionnaire")
            # "le diplomate russe", "l'officier": not a source but the person the article introduced, else the state
            # of its demonym ("le diplomate chinois" nobody was introduced as: one the article treats as known)
            states = [m["actor_id"] for m in bodies if m["actor_kind"] == "state"]
            if known := self.taken_up(start, gender, states):
                return known, "role"
            if states:
                return states[0], "role"
            if cue_noun.lower_ == "diplomate" and (sent := self.envoy_state(start)):
                return sent, "role"  # "en présence de l'ambassadeur d'Italie. Le diplomate a rappelé …": his state
        if indefinite and first_noun is not None and ref.speaker_cues.get(first_noun.lower_) == "anonymous":
            return None, "anonymous"  # "un responsable du ministère": the ministry does not make it an institution
        modifiers = {t.lower_ for t in span if t.pos_ == "ADJ" and t.head.i != span.root.i} if not indefinite else set()
        # ("le porte-parole du renseignement militaire": an adjective of its complement is no `un militaire`, which the
        # tagger may call an adjective too; `l'émissaire militaire` stays the unnamed envoy)
        if indefinite and "institution" not in cues and first_noun is not None and first_noun.i == span.start + 1 \
                and first_noun.lower_ in WRITINGS | ISSUED_WRITINGS | {"copie"}:
            after = offset + first_noun.idx + len(first_noun)
            issuers = [m for m in self.mentions_in(after, offset + span.end_char + min(len(tail), 120))
                       if m["actor_kind"] in ("state", "organization", "armed_group") and m["method"] != "demonym"
                       and REPORT_OF.fullmatch(self.text_between(after, m["start"]))]
            if issuers and first_noun.lower_ != "copie":
                return issuers[0]["actor_id"], "institution"  # "affirme un rapport de Human Rights Watch", "un rapport
                # publié en mars par l'ONG X": the body its complement names wrote it
            return None, "none"  # "…, selon une copie consultée par Libération": a writing no issuer names is no
            # anonymous source; the clause's subject may still speak ("l'ambassade … « … », selon une note …")
        if indefinite and "institution" not in cues and "anonymous" not in {ref.speaker_cues.get(t) for t in tokens} \
                and (head := counted_noun(span)) is not None and not self.names_a_person(head) \
                and head.pos_ in ("NOUN", "PROPN") and not {head.lower_, head.lemma_.lower(), head.lower_.rstrip("sx")} & (
                    PEOPLE_WORDS | PERSON_NOUNS | {w for w, a in ref.speaker_cues.items() if a == "anonymous"}):
            return None, "none"  # "a promis une enveloppe", "reprennent ses articles des dizaines de chaînes": an
            # indefinite thing is no unnamed source; the clause's subject may still speak
        if "anonymous" in {ref.speaker_cues.get(t) for t in tokens if t not in modifiers} \
                or (indefinite and "institution" not in cues) or (
                "anonymous" in {ref.speaker_cues.get(t) for t in tail_sources(tail)} and not inside):
            return None, "anonymous"
        if not inside and ONE_OF_THEIRS.match(span.text) and ((owner := self.possessor(start)) is None
                                                               or self.kind(owner) != "organization"):
            return None, "anonymous"  # "confie l'un de ses conseillers": one of a person's people the article does not
            # name (a name apposed makes a mention inside: "l'un de ses avocats, Me X"; "l'un de ses responsables"
            # of an organisation speaks for it)
        if tokens[0] in POSSESSIVES and not inside and not span_roles and first_noun is not None \
                and first_noun.lower_ in ASSOCIATES:
            return None, "anonymous"  # "« … », dit son épouse, jointe par téléphone": someone of the person's whom the
            # article does not name, not the person (nor the running speaker)
        if tokens[0] in POSSESSIVES and not inside and len(tokens) <= 3 and first_noun is not None \
                and first_noun.lower_ in PERSONS_BODIES and (body := self.salient_body(start, first_noun.lower_)):
            return body, "institution"  # "X, secrétaire général du syndicat Y, a été interpellé. Son organisation exige
            # « … »": the body the article named, not its leader nor his state
        if tokens[0] in POSSESSIVES and not bodies and not span_roles and first_noun is not None \
                and ref.speaker_cues.get(first_noun.lower_) == "institution" and first_noun.lower_ not in DOCUMENTS \
                and (owner := self.sentence_subject(start) or self.possessor(start)):
            return owner, "institution"  # "Moscou a protesté. Son ambassade à Ouagadougou juge …": the actor the
            # discourse is about (a person's government is their state), not the state of a place after `à`; "La
            # Chine a fait livrer du riz, a indiqué son ambassade": its own sentence's subject first
        if span_roles:  # "porte-parole": three tokens
            holder = self.role_holder(span, offset, bodies)
            if holder:
                return holder, "role"
            if not indefinite and (ahead := self.named_next(span, offset, gender)):
                return ahead, "role"
            if not indefinite and (before := self.named_before(span, offset, gender)):
                return before, "role"
            if not indefinite and bodies and all(m["actor_kind"] == "state" for m in bodies) \
                    and (before := self.named_before(span, offset, gender, tuple(m["actor_id"] for m in bodies))):
                return before, "role"  # "… par le colonel X. « … », a averti le porte-parole du gouvernement malien"
            noun = next((t for t in span if t.pos_ == "NOUN" and self.is_role(t)), None)  # the role word
            if noun is not None and noun.i > span.start and noun.doc[noun.i - 1].lower_ in POSSESSIVES \
                    and noun.lower_ in ASSOCIATES:
                return None, "anonymous"  # "X a été condamné. « … », dénonce son avocat": someone of X's the article
                # does not name (a named one was found above), never X himself nor X's state
            if tokens[0] in POSSESSIVES and not bodies and (
                    owner := self.sentence_subject(start) or self.previous_body(span.doc, offset, span.start, "")
                    or self.previous_opening(span.doc, offset, span.start)):
                return owner, "role"  # "La Nigelec peine à suivre la demande. « … », a indiqué son directeur de la
                # production": the body its own sentence or the one before has as its subject, before the discourse's
            if tokens[0] in POSSESSIVES and not bodies and (owner := self.possessor(start)):
                return owner, "role"  # "La CBLT dit « … ». Son secrétaire exécutif appelle …": the CBLT's office
            if bodies and "institution" not in cues and not indefinite and noun is not None \
                    and all(m["method"] == "demonym" and 0 < m["start"] - (offset + noun.idx + len(noun)) <= 1
                            for m in bodies) \
                    and not {noun.lemma_.lower(), *noun.lower_.split("-")} & (OFFICES | LEADERS) and (taken := self.taken_up(
                        start, gender, [m["actor_id"] for m in bodies if m["actor_kind"] == "state"])):
                return taken, "role"  # "Me X … a-t-il souligné. Le juriste sénégalais rappelle …": a profession
                # with a demonym is no office of that state (not `le directeur général de la Sonabel`, `le vice-ministre
                # chinois`), the description takes up the person named before whose state agrees
            if bodies and "institution" not in cues and not indefinite \
                    and all(m["actor_kind"] == "organization" for m in bodies) \
                    and (setup := self.set_up_person(start, gender)) and not self.people[setup].roles:
                return setup, "role"  # "X n'a pas mâché ses mots. « … », a lancé le patron d'Orano": the person the
                # sentence before set up, whom the article gave no other role, heads the organisation
            if FORMER.search(span.text):  # "a déclaré l'ancien Premier ministre malien": a former holder speaks for no
                # state; the person just named whom the words describe, else someone the article does not name
                states = [m["actor_id"] for m in bodies if m["actor_kind"] == "state"]
                person = None if indefinite else self.set_up_person(start, gender) or (
                    self.taken_up(start, gender, states) if states else self.salient(start, gender))
                # (whose state does not disagree: "l'ancien coordonnateur … du Ghana" is not Niger's president, named last)
                if person and gender and self.known_gender(person) not in ("", gender):
                    person = None  # ("l'ancienne ministre" is not Bazoum, named last)
                return (person, "role") if person else (None, "anonymous")
            if bodies and "institution" not in cues:
                return bodies[0]["actor_id"], "role"  # an office whose holder nobody names: its state
            head = noun or next((t for t in span if t.pos_ == "NOUN"), None)  # "le secrétaire général": the role
            # word is an ADJ
            if head is not None and head.lemma_.lower() not in OFFICES and not indefinite:
                person = self.salient(start, gender)  # "le patron du groupe", "a assuré la directrice générale"
                if person:
                    return person, "role"
            qualified = any(t.lower_ in ("de", "du", "des", "d'", "d’", "près", "auprès", "chargé") for t in span)
            setup = self.set_up_person(start, gender) if head is not None and not indefinite and not qualified else None
            if setup and head.lemma_.lower() == "ministre" and "premier-ministre" in (roles := self.people[setup].roles) \
                    and "ministre" not in roles:
                setup = None  # "Le Premier ministre X a ouvert la séance. … « … », a assuré le ministre": the head of
                # government is no `le ministre`
            if setup:  # "X ne cache pas sa satisfaction. « … », affirme le secrétaire général"
                return setup, "role"
            if head is not None and head.lemma_.lower() in OFFICES and not indefinite and "institution" not in cues \
                    and (home := self.own_state(span, offset)):
                return home, "role"  # "Le ministre des Mines l'a jugée « … »": an office nobody names is its state
        legal = next((t for t in span if t.pos_ == "NOUN"), span.root).lemma_.lower() in LEGAL_TEXTS
        if "institution" in cues and legal:
            # "précise le décret", "selon l'ordonnance portant nationalisation de la Somaïr": a legal text speaks
            # for the state that issues it, the state it names if any, never the body it is about
            states = [m["actor_id"] for m in bodies if m["actor_kind"] == "state"]
            if states or (home := self.fronted_state(start) or self.own_state(span, offset)):
                return (states[0] if states else home), "institution"  # ("Au Mali, une loi …": the state it opens with)
        if "institution" in cues:
            if bodies:
                return bodies[0]["actor_id"], "institution"
            if "force" in tokens[1:] and (owner := self.force_owner(start)) is not None:
                return owner, "institution"  # "a indiqué le commandement de la force": the organisation whose force
                # the article named (`la force unifiée de l'AES`), not the state that hosts it
            if (where := self.fronted_state(start)) is not None:
                return where, "institution"  # "À Paris, l'état-major des armées évoque …": France's
            if set(tokens) & DOCUMENTS and set(tokens) & {"final", "finale"} and (club := self.summit_body(start)):
                # "indique le communiqué final": the organisation of states that met, and `le texte` takes it up
                self.institutions.append((start, next(t for t in tokens if t in DOCUMENTS), club))
                self.institutions.sort()
                return club, "institution"
            kind_word = next((w for w in tokens[1:] if w in ORGANISATION_WORDS), None)
            if kind_word and set(tokens) & DOCUMENTS:  # "ajoute le communiqué de l'entreprise"
                about = self.possessor(start)  # the company the discourse is about, else the one just named so
                body = about if about and self.kind(about) == "organization" else self.salient_body(start, kind_word)
                if body:
                    return body, "institution"
            if tokens and tokens[0] in POSSESSIVES:  # "peut-on lire dans son communiqué": the sentence's actor
                actors = [(m["start"], m["actor_id"]) for m in self.mentions_in(self.sentence_start, start)
                          if m["actor_kind"] in ("state", "organization", "armed_group", "person")]
                prefix = self.text_between(self.sentence_start, start)
                for regex, org in self.groups:  # "la Confédération a annoncé …"
                    if (g := regex.search(prefix)) is not None:
                        actors.append((self.sentence_start + g.start(), org))
                if actors:
                    return min(actors)[1], "institution"
                if set(tokens) & DOCUMENTS and (owner := self.possessor(start)):
                    return owner, "institution"  # "L'AICB a maintenu le prix. « … », peut-on lire dans son communiqué"
            words = set(tokens)
            if any(self.is_role(t) for t in span) and not words & DOCUMENTS:
                # "le ministre des Mines": the person introduced with that word, else an office of the state
                same = [a for pos, w, a in self.institutions if pos < start and w in words and self.reference.kind(a)
                        == "person" and a in self.people]
                if same:
                    return same[-1], "institution"
                if words & ORGANS:  # "le président de la Commission": the organisation whose organ it is
                    owners = [a for pos, w, a in self.institutions if pos < start and w in words & ORGANS
                              and self.reference.kind(a) != "person"]
                    if owner := owners[-1] if owners else self.salient_body(start):
                        return owner, "institution"
                states = [m["actor_id"] for m in self.mentions_in(self.sentence_start, start) if m["actor_kind"] ==
                          "state" and not self.in_quotation(m["start"])]
                return (states[0] if states else self.speaking_state(start, 0) or self.home_state(start)), "institution"
            if tokens and tokens[0] in ("un", "une") and words & DOCUMENTS and words & STATE_BODIES:
                # "selon un communiqué du ministère de la Défense": a new document of a state's body, not one taken
                # up nor the body of that name an earlier sentence gave another state: the state that acts in its
                # own sentence ("Après l'annonce d'Alger, Bamako a rappelé son ambassadeur, selon un communiqué du
                # gouvernement": a state named by its name, not after a preposition), else the article's own
                acting = [m["actor_id"] for m in self.mentions_in(self.sentence_start, start)
                          if m["actor_kind"] == "state" and m["method"] != "demonym" and not self.in_quotation(m["start"])
                          and not set(re.findall(r"[\w'’]+", self.text_between(max(self.sentence_start, m["start"] - 8),
                                                                               m["start"]).lower())[-1:]) & AFTER_PREPOSITION]
                return (acting[0] if acting else self.own_state(span, offset)), "institution"
            documents = [(pos, a) for pos, w, a in self.institutions if pos < end and w in DOCUMENTS]  # its own too
            if words & DOCUMENTS and tokens[0] in ANAPHORIC_DETERMINERS and (report := self.latest_report(start, True)) \
                    and self.kind(report[1]) != "person" and (not documents or documents[-1][0] < report[0]):
                return report[1], "institution"  # "D'après un rapport publié par l'ONG X, … « … », accuse le
                # document": the report named since the last communiqué is the writing it takes up
            if words & DOCUMENTS and documents and start - documents[-1][0] < DOCUMENT_REACH:
                if self.running and documents[-1][0] < self.paragraphs[-1][0] <= self.running_at < start \
                        and self.kind(self.running[0]) != "person":
                    # "Le ministère algérien dit avoir pris acte … Le texte « regrette … »": the body that spoke in
                    # this paragraph, when the last document was named in an earlier one
                    return self.running[0], "institution"
                return documents[-1][1], "institution"  # "un communiqué du Cabinet royal … », poursuit le texte"
            same = [a for pos, w, a in self.institutions if pos < start and w in words]
            if words & STATE_BODIES:  # "le gouvernement" after "le porte-parole du gouvernement, X": X's state, not X
                same = [self.people[a].state if self.kind(a) == "person" and a in self.people else a for a in same]
                same = [a for a in same if a and self.kind(a) != "person"]
            if same:  # "le Collège" after "le Collège des chefs d'Etat de la Confédération"
                return same[-1], "institution"
            described = GENERIC_OWNER.search(" ".join(tokens))
            if described and (body := self.salient_body(start, described.group(1), described.group(0))):
                return body, "institution"  # "le Conseil de l'organisation panafricaine": an organ of the body named before
            organ = words & ORGANS or words & DOCUMENTS and ORGANS & set(re.findall(r"\w+", tail.lower()))
            if organ and (body := self.salient_body(start)):
                return body, "institution"  # "le communiqué publié par la Commission": the organisation's organ
            spoke = [(pos, a) for pos, w, a in self.institutions if pos < start and start - pos < DOCUMENT_REACH
                     and pos in self.acting and self.reference.kind(a) != "person" and not self.visiting(words, w, a)]
            if words & DOCUMENTS and spoke and tokens and tokens[0] in ("le", "la", "l'", "l’", "ce", "cette"):
                # "…, a annoncé le ministère marocain. ¶ Le président burkinabè « … », indique le communiqué":
                # the institution that last spoke issued it, not a state the quoted sentence is about
                return spoke[-1][1], "institution"
            if words & DOCUMENTS and tokens and tokens[0] in ANAPHORIC_DETERMINERS and self.running \
                    and self.kind(self.running[0]) != "person" and 0 < start - self.running_at < DOCUMENT_REACH \
                    and self.paragraph - self.running[1] <= 1 and not self.names_its_issuer(start):
                # "Rosatom a conclu trois mémorandums …, a fait savoir l'entreprise. … « … », indique le communiqué":
                # the body that announced something in this paragraph or the one before issued the writing, not a
                # state its sentence is about (not when the writing names its issuer or channel: `le communiqué
                # publié par le ministère`, `lu sur Télé Sahel`)
                return self.running[0], "institution"
            states = [m["actor_id"] for m in self.mentions_in(self.sentence_start, start) if m["actor_kind"] == "state"
                      and not self.in_quotation(m["start"])]
            if states:  # "les autorités" of the state(s) the sentence is about: its first, or their group
                return self.group("", states) or states[0], "institution"
            earlier = [(pos, a) for pos, w, a in self.institutions if pos < start and not self.visiting(words, w, a)]
            if words & DOCUMENTS and self.setup and self.paragraph - self.setup[1] <= 1 \
                    and self.reference.kind(self.setup[0]) != "person" and (not earlier or earlier[-1][0] < self.setup_end):
                # "Wagner a annoncé … « … », annonce le message"; "Barrick retire sa demande, tandis que l'Etat malien
                # abandonne … « … », indique le communiqué": a body its sentence names after the subject issued nothing
                return self.setup[0], "institution"
            if words & STATE_BODIES:  # "le gouvernement" speaks for a state, never for the group that just spoke
                earlier = [(pos, a) for pos, a in earlier if self.kind(a) == "state"]
                if (speaking := self.speaking_state(start, 0)) and (earlier[-1][0] if earlier else -1) < self.running_at:
                    # "Ouagadougou a dénoncé des propos « … ». Le gouvernement a fustigé …": the state that spoke
                    # since in this paragraph, not the body last named with a state (`le commandement américain`)
                    return speaking, "institution"
                before = [pos for pos, _ in earlier if pos < self.sentence_start]  # not what `learn` read ahead here
                if not self.dateline and self.setup and self.setup[1] == self.paragraph \
                        and self.kind(self.setup[0]) == "state" and (before[-1] if before else -1) < self.setup[2] < start:
                    # "Bamako a répliqué dès mercredi. Dans un communiqué, le gouvernement de transition dénonce …":
                    # the state this paragraph's sentence set up, not a body an earlier paragraph named
                    return self.setup[0], "institution"
                leader = self.people.get(self.setup[0]) if self.setup and self.paragraph - self.setup[1] <= 1 else None
                if leader is not None and leader.state and (before[-1] if before else -1) < self.setup[2] < start:
                    # "le président Goïta a été reçu au Kremlin … Dans un communiqué, la Présidence salue …": the body
                    # of the state whose leader was just set up, not the host's seat named beside him
                    return leader.state, "institution"
            bodies_before = [a for _, a in earlier if self.kind(a) != "person"]
            if bodies_before:  # the institution last named with its state ("la junte malienne"), never a person an office
                return bodies_before[-1], "institution"  # word introduced ("le président X": an institution is no one)
            return self.own_state(span, offset), "institution"  # else the state the article names most
        head = (start + span.root.idx - span.start_char, start + span.root.idx - span.start_char + len(span.root))
        actors = [m for m in inside if m["actor_kind"] in ("state", "organization", "armed_group")
                  and m["start"] <= head[0] and head[1] <= m["end"] or m["method"] == "metonymy" and len(inside) == 1]
        if actors:  # the phrase's head names the actor ("Orano", "Bamako"), not a word beside it
            return actors[0]["actor_id"], "metonymy" if actors[0]["method"] == "metonymy" else "name"
        named = [m for m in inside if m["actor_kind"] in ("organization", "armed_group") and m["end"] == end
                 and m["method"] != "demonym" and not re.search(r"(?:selon|après)\s*$", self.text_before(start).lower())
                 and not re.search(r"(?<!\w)(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?$", self.text_between(start, m["start"]))]
        if named:  # "le groupe australien Resolute", "le minier canadien Barrick": a description its name closes
            # (not "l'agence onusienne", nor "selon l'agence Xinhua, le ministère …": a channel the clause's subject used)
            return named[0]["actor_id"], "name"
        capitals = [m for m in inside if m["actor_kind"] == "place" and m["actor_id"] in ref.capitals
                    and m["start"] <= head[0] and head[1] <= m["end"]]
        if capitals:  # a capital that speaks is its government ("Niamey y reproche à Orano …")
            return ref.capitals[capitals[0]["actor_id"]], "metonymy"
        root = span.root
        if root.pos_ == "NOUN" and root.morph.get("Number") == ["Plur"] and not self.is_role(root):
            # "les rebelles du CSP-DPA", "les militaires maliens": members speaking together are their body
            members = [m for m in inside if m["actor_kind"] in ("state", "organization", "armed_group")
                       and m["start"] >= head[1]]
            if members:
                return members[0]["actor_id"], "institution"
        if root.lower_ in ORGAN_NOUNS or root.lemma_.lower() in ORGAN_NOUNS:
            # "le Haut-Commissariat des Nations unies aux droits de l'homme", "le bureau de l'ONU à Dakar": an organ
            # of the organisation its complement names speaks for it
            owners = [m for m in inside if m["actor_kind"] in ("organization", "state") and m["start"] >= head[1]
                      and re.fullmatch(r"\s*(?:(?:de|d['’])\s*[a-zéèêàâîôûç-]+(?:\s+[a-zéèêàâîôûç-]+)?\s+)?(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?",
                                       self.text_between(head[1], m["start"]))]  # ("la mission d'observation de l'UA",
            # "le service de presse de Rosatom": a complement of the organ's own may stand between)
            if owners:
                return owners[0]["actor_id"], "institution"
        return None, "none"
