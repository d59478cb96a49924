"""Who cooperates with whom, who breaks with whom, and the typed timeline.

Relation cues are reviewed regular expressions (`data/relation_cues.csv`), each with a relation
type, a polarity and a CAMEO code whose PLOVER type and mode come from the published
CAMEO→PLOVER table (`data/cameo_plover.csv`). For each cue in a sentence the source is the
subject of the clause that governs it (enumerations give one row per actor, "ils" the group
last named, "les trois pays" the AES members) and the targets are the actors after it, up to
the next cue or relative clause. `roles` says how they pair: `forward` (source → targets),
`reverse` (targets → source: "les violences de groupes jihadistes"), `mutual` (every ordered
pair), `visit` (visitor → host state, and the host's 043 row), `host` (the subject receives the
actors that follow: 043 and their 042 rows) or `event` (timeline only).
No maintained library does dyadic coding of French text with these ontologies, hence rules.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .corpus import date_bounds
from .discourse import mention_kinds, state_tally
from .dyads import rolled
from .predicates import (FRONTED, REGIMES, TIES, PredicateFinder, asserted, ended, ending_verb, governing_verb,
                         no_longer, second_object, unique)
from .reference import Reference, ReferenceError
from .spans import SpanIndex

# "la junte du général", "le régime de" right before a person: the state he governs is the party
REGIME_OF = re.compile(r"(?<!\w)(?:" + "|".join(sorted(REGIMES)) + r")s?\s+(?:du|de|d['’])\s*(?:\w+\s+){0,2}$", re.IGNORECASE)

ROLES = ("event", "forward", "reverse", "mutual", "visit", "host")
# whom something serves (`au service de Paris`, `à la solde de Moscou`): the one served is no party of the act
SERVED = re.compile(r"\b(?:au service|à la solde)\s+(?:de|du|des|d['’])", re.IGNORECASE)
STOPS = re.compile(r"(?<!\w)(?:qui|(?<!tels )(?<!telles )(?<!ainsi )(?<!plus )que|qu['’]|dont|lequel|laquelle"
                   r"|lesquels)(?!\w)|;"
                   r"|,\s+(?:a|ont|avait|avaient|selon|a-t-il|a-t-elle)(?!\w)", re.IGNORECASE)
ACTING = ("state", "organization", "person", "armed_group")
OWNED = re.compile(r"[^.;«»]{0,30}?(?:\d\s*%|pour\s*cent|du capital|des parts|des actions)")  # détenir: own, not detain
STATE_ACTS = {"confiscation", "arrest", "expulsion", "sanction", "lawsuit", "abduction"}  # on one's own side too

# Offices of a state's government or army: a person introduced with one and no demonym serves the article's state.
# `général` as a rank, not the second word of a civilian office (`directeur général`, `secrétaire général`).
STATE_OFFICES = (r"(?<!\w)(?:ministre|porte-parole du gouvernement|gouverneur|préfet|colonel|colonel-major"
                 r"|(?<!directeur )(?<!directrice )(?<!secrétaire )(?<!procureur )(?<!consul )(?<!commissaire )"
                 r"(?<!inspecteur )(?<!administrateur )(?<!délégué )(?<!rapporteur )(?<!avocat )général"
                 r"|commandant|capitaine|lieutenant|chef d'état-major|chef de l'etat|chef de l'état)(?!\w)")
# where someone serves, not whom (`l'ambassadeur de Chine au Niger, Jiang Feng`): a state after it is no affiliation
BODIES = ("organization", "armed_group")  # whose officers speak for them (`Relator.person_bodies`)
# the words between a person's name and the body an apposed title gives him an office in: `, directeur général de`
APPOSED_OFFICE = re.compile(r"\s*,\s*((?:(?:le|la|l['’]|un|une)\s*)?(?:[\w'’-]+\s+){0,3}?)(?:de|du|des|d['’])\s*"
                            r"(?:la\s+|l['’]|le\s+|les\s+)?", re.IGNORECASE)
# the office right before a body's name: `Secrétaire général de l'`, `le PDG d'` (to the end of the text searched)
OFFICE_BEFORE = re.compile(r"(?:^|[\s,;:(])((?:[\w'’-]+\s+){1,3}?)(?:de|du|des|d['’])\s*(?:la\s+|l['’]|le\s+|les\s+)?$",
                           re.IGNORECASE)
# between that body and the person's name: its acronym in brackets, a comma, a determiner and up to two words (a
# demonym, a title: `, le Burkinabè`, `, M.`)
NAME_AFTER_BODY = re.compile(r"(?:\s*\([^()]{1,15}\))?\s*,?\s*(?:(?:le|la|l['’])\s*)?(?:[\w'’.-]+\s+){0,2}?",
                             re.IGNORECASE)


def titled_office(words: str, reference: Reference) -> bool:
    """Whether words hold a title the reference knows (`secrétaire général`, `PDG`), whole words, any case."""
    low = " " + " ".join(re.findall(r"[\w'’-]+", words.lower())) + " "
    return any(f" {title} " in low for title in reference.titles)


LOCATIVE = re.compile(r"(?<!\w)(?:au|aux|en|à|dans|auprès de|auprès du|auprès des)\s*$", re.IGNORECASE)
# the speaker's own side in a quotation (`« La Russie forme nos officiers »`, said by a minister: his state);
# not `nos deux pays`, `nos trois Etats`: the speaker's side and others together
FIRST_PERSON = re.compile(r"(?<!\w)(?:nous|nos|notre)(?!\w)(?!\s+(?:deux|trois|quatre|cinq)\b)", re.IGNORECASE)

def qualifies(between: str) -> bool:
    """Whether the text between a demonym and a name keeps them in one phrase: spaces only, or the
    rest of a role ending in one comma (`turc des Affaires étrangères, Hakan Fidan`)."""
    if not between.strip():
        return True
    head, comma, tail = between.rpartition(",")
    return bool(comma) and not tail.strip() and len(head) <= 50 and not re.search(r"[,.;:«»()\d]", head)
# What may stand between two actors of one enumerated group.
CONNECTOR = re.compile(r"(?:[\s,()\-–]|(?<!\w)(?:et|ou|ainsi que|avec|de|du|des|le|la|les)(?!\w)|(?<!\w)[dl]['’])*",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    regex: re.Pattern
    relation_type: str
    polarity: int
    cameo: str
    plover: str
    plover_mode: str
    roles: str
    targets: str


@dataclass(frozen=True)
class RelationData:
    cues: tuple[Cue, ...]
    groups: tuple[tuple[re.Pattern, str], ...]
    memberships: tuple[dict, ...]

    def members(self, organization: str, date: str) -> list[str]:
        """Members of an organisation on a date (ISO, any precision)."""
        day = date_bounds(date)[0]
        return sorted(m["member"] for m in self.memberships if m["organization"] == organization
                      and date_bounds(m["start"])[0] <= day and (not m["end"] or day < date_bounds(m["end"])[0]))


@lru_cache(maxsize=4)
def relation_data(reference: Reference) -> RelationData:
    """The cue, group and membership tables of a reference folder, checked."""
    codes = {r["cameo"]: r for r in reference.table("cameo_plover.csv", ("cameo", "plover", "plover_mode", "source"))}
    cues = []
    rows = reference.table("relation_cues.csv", ("pattern", "relation_type", "polarity", "cameo", "roles", "targets"))
    for n, row in enumerate(rows, start=2):
        where = reference.where("relation_cues.csv", n)
        if row["roles"] not in ROLES:
            raise ReferenceError(f"{where}: roles {row['roles']!r} is not one of {', '.join(ROLES)}")
        if row["cameo"] and row["cameo"] not in codes:
            raise ReferenceError(f"{where}: CAMEO code {row['cameo']!r} is not in cameo_plover.csv")
        if row["polarity"] not in ("1", "-1"):
            raise ReferenceError(f"{where}: polarity must be 1 or -1")
        try:
            regex = re.compile(rf"(?<!\w)(?:{row['pattern']})(?!\w)", re.IGNORECASE)
        except re.error as e:
            raise ReferenceError(f"{where}: bad pattern ({e})") from None
        code = codes.get(row["cameo"], {})
        cues.append(Cue(regex, row["relation_type"], int(row["polarity"]), row["cameo"], code.get("plover", ""),
                        code.get("plover_mode", ""), row["roles"], row["targets"]))
    groups = []
    for n, row in enumerate(reference.table("group_phrases.csv", ("pattern", "actor_id", "notes")), start=2):
        reference.known(row["actor_id"], "group_phrases.csv", n)
        groups.append((re.compile(rf"(?<!\w)(?:{row['pattern']})(?!\w)", re.IGNORECASE), row["actor_id"]))
    members = reference.table("memberships.csv", ("organization", "member", "start", "end", "notes"))
    for n, row in enumerate(members, start=2):
        reference.known(row["organization"], "memberships.csv", n)
        reference.known(row["member"], "memberships.csv", n)
    return RelationData(tuple(cues), tuple(groups), tuple(members))


def passive(tok, after: str) -> bool:
    """Whether a verb cue is passive (`a été attaqué`, `attaqués mardi par`): its subject is what was done to,
    the agent after `par` the doer."""
    return tok.pos_ in ("VERB", "AUX", "ADJ") and (any(c.dep_ == "aux:pass" for c in tok.children)
                                                    or re.match(r"\s+(?:[\w'’-]+\s+){0,2}?par\s", after) is not None)


def find_cues(text: str, start: int, end: int, cues: tuple[Cue, ...]) -> list[tuple[int, int, Cue]]:
    """Non-overlapping cue matches in text[start:end]: longest first, then in text order."""
    found = [(m.start(), m.end(), cue) for cue in cues for m in cue.regex.finditer(text, start, end)]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, Cue]] = []
    for f in found:
        if not any(f[0] < k[1] and k[0] < f[1] for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f[0])


class Relator:
    """Extracts the relations of one document, sentence by sentence."""

    def __init__(self, text: str, reference: Reference, date: str, precision: str, mentions: list[dict],
                 quotes: list[dict], expressions: list[dict], dateline: str | None = None,
                 voices: list[dict] = ()):
        self.text, self.reference, self.date, self.precision = text, reference, date, precision
        self.dateline = dateline  # the state of the article's wire dateline (`Reference.dateline_state`)
        self.data = relation_data(reference)
        self.mentions = sorted((m for m in mentions if m["actor_kind"] in ACTING), key=lambda m: m["start"])
        self.starts = [m["start"] for m in self.mentions]  # for position lookups in mentions_between
        self.between_cache: dict[tuple[int, int], list] = {}  # mentions_between by (start, end), computed once
        self.kinds = mention_kinds(mentions)  # for `kind`
        self.places = [m for m in mentions if m["actor_kind"] == "place" and m["method"] != "dateline"]  # not a party
        self.quotes, self.expressions = quotes, expressions
        # position lookups in log time, so that a long article costs its length, not its square
        self.quote_at, self.expressions_in = SpanIndex(quotes).first_containing, SpanIndex(expressions).starting_in
        self.quote_ends = sorted(q["end"] for q in quotes)
        self.ends = expression_ends(expressions)
        self.states = state_tally(self.mentions + self.places, reference)  # for `home_state`
        self.quoted = [(q["start"], q["end"]) for q in quotes]
        self.last_group: list[str] = []
        self._person_states: dict[str, str] | None = None
        self.last_single: str | None = None
        self._person_bodies: dict[str, str] | None = None
        if spoken := self.first_person(quotes, voices):  # (before the predicate finder indexes the mentions)
            self.mentions = sorted(self.mentions + spoken, key=lambda m: m["start"])
            self.starts = [m["start"] for m in self.mentions]
        self.predicates = PredicateFinder(self)

    def first_person(self, quotes: list[dict], voices: list[dict] = ()) -> list[dict]:
        """`nous`, `nos`, `notre` in a quotation, as mentions of the side its speaker speaks for (the guidelines:
        a minister's `nous` is his state, a company's or its chief's the company, an organisation's the
        organisation): `« La Russie forme nos officiers »`, said by a Burkinabè minister, pairs Russia and
        Burkina. Only for a speaker whose side is known: a state, an organisation or armed group, or a person
        the reference or the article's introduction gives a state or a body; never an anonymous voice or an
        analyst. `voices`: an interview's answers printed without quote marks (`quotes.interview_voices`), read
        the same way outside the quotations they hold."""
        spoken = []
        quoted = SpanIndex(quotes).first_containing
        for q in list(quotes) + list(voices):
            speaker = q.get("speaker_id")
            side = self.speaking_for(speaker) if speaker else None
            if side is None:
                continue
            for m in FIRST_PERSON.finditer(self.text, q["start"], q["end"]):
                if "attribution" not in q and quoted(m.start()) is not None:
                    continue  # (a quotation inside an answer speaks for its own speaker)
                spoken.append({"start": m.start(), "end": m.end(), "text": m.group(), "actor_id": side,
                               "actor_kind": self.kind(side), "method": "first_person"})
        return spoken

    def speaking_for(self, speaker: str) -> str | None:
        """The state, organisation or armed group whose `nous` a speaker says (see `first_person`)."""
        kind = self.kind(speaker)
        if kind in ("state", "organization", "armed_group"):
            return speaker
        if kind != "person":
            return None
        side = rolled(self.reference, speaker, self.date)
        if side == speaker:
            side = self.person_bodies.get(speaker) or self.person_states.get(speaker)
        return side if side and self.kind(side) in ("state", "organization", "armed_group") else None

    # -- actors ----------------------------------------------------------------------------
    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, list[str], dict | None]]:
        """(start, end, actor ids, mention) in [start, end): outermost mentions, group phrases expanded.

        Cached per (start, end): the rules, the predicates and the pair candidates ask for the same
        sentences and clauses again (about half the calls); each caller gets its own list."""
        found = self.between_cache.get((start, end))
        if found is None:
            found = self.between_cache[start, end] = self.find_mentions_between(start, end)
        return list(found)

    def find_mentions_between(self, start: int, end: int) -> list[tuple[int, int, list[str], dict | None]]:
        """`mentions_between`, worked out."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        inside = [m for m in self.mentions[first:last] if m["end"] <= end
                  and not (self.text[m["start"] - 1:m["start"]] == "(" and self.text[m["end"]:m["end"] + 1] == ")")]
        # a lone name in parentheses is a credit `(AFP)` or a repeated acronym `(AES)`, never a party
        outer = [m for m in inside if not any(o is not m and o["start"] <= m["start"] and m["end"] <= o["end"]
                                              for o in inside)]
        found = [(m["start"], m["end"], [m["actor_id"]], m) for m in outer]
        for regex, org in self.data.groups:
            for g in regex.finditer(self.text, start, end):
                if not any(f[0] < g.end() and g.start() < f[1] for f in found):
                    found.append((g.start(), g.end(), self.data.members(org, self.date), None))
        found.sort(key=lambda f: f[0])
        # a demonym in the phrase that introduces a person qualifies that person: "le président nigérian
        # Bola Tinubu", "le ministre turc des Affaires étrangères, Hakan Fidan"
        return [f for n, f in enumerate(found)
                if not (f[3] is not None and f[3]["method"] == "demonym" and n + 1 < len(found)
                        and found[n + 1][3] is not None and found[n + 1][3]["actor_kind"] in ("person", "organization")
                        and qualifies(self.text[f[1]:found[n + 1][0]]))]

    def actors_between(self, start: int, end: int) -> list[str]:
        return unique(a for f in self.mentions_between(start, end) for a in f[2])

    def first_group(self, start: int, end: int) -> list[str]:
        """The first coordinated group of actors in [start, end): "Le Mali, le Burkina Faso et le Niger"; none
        after a phrase that says whom something serves ("une institution au service de Paris")."""
        found = self.mentions_between(start, end)
        if not found or SERVED.search(self.text, start, found[0][0]):
            return []
        group = list(found[0][2])
        for prev, nxt in zip(found, found[1:]):
            if not CONNECTOR.fullmatch(self.text[prev[1]:nxt[0]]):
                break
            group += nxt[2]
        return unique(group)

    def sources(self, clause_start: int, cue_start: int) -> list[str]:
        """The acting group before a cue in its clause, past a fronted phrase ("Après l'accord avec la
        Russie, le Mali …"); "ils" takes the group last named."""
        while fronted := FRONTED.match(self.text, clause_start, cue_start):
            clause_start = fronted.end()
        group = self.first_group(clause_start, cue_start)
        if group:
            return self.governed(group, clause_start, self.mentions_between(clause_start, cue_start)[0][0])
        words = self.text[clause_start:cue_start].lower().split()
        if any(w in ("ils", "elles") for w in words[:3]) and self.last_group:
            return list(self.last_group)
        if any(w in ("il", "elle") for w in words[:3]) and self.last_single:
            return [self.last_single]
        return []

    def governed(self, persons: list[str], start: int, first: int) -> list[str]:
        """The states of `persons` when the words from `start` to the first of them name their government (`la
        junte du général X`, `le régime de Y`: the state X governs acts), else `persons` as they are."""
        if not persons or any(self.kind(a) != "person" for a in persons) or not REGIME_OF.search(self.text, start, first):
            return persons
        return unique(s for a in persons if (s := self.country(a) or self.person_states.get(a))) or persons

    def home_state(self, pos: int) -> str | None:
        """The state a bare `le gouvernement`, `la junte` means at `pos` (see `Discourse.home_state`)."""
        return self.dateline or self.states.most(pos, self.quoted)

    def remember(self, actors: list[str]) -> None:
        if len(actors) >= 2:
            self.last_group = actors
        elif actors:
            self.last_single = actors[0]

    # -- dates and speakers ----------------------------------------------------------------
    def date_of(self, cue_start: int, cues: list, start: int, end: int) -> tuple[str, str]:
        """The date of the sentence's temporal expression assigned to this cue, else the article's."""
        mine = [e for e in self.expressions_in(start, end)
                if (c := assign(e, self.ends, cues, self.text)) is not None and c[0] == cue_start]
        if not mine:
            return self.date, self.precision
        best = min(mine, key=lambda e: abs(e["start"] - cue_start))
        return best["date"], best["date_precision"]

    def nearest_date(self, pos: int, start: int, end: int) -> tuple[str, str]:
        """The date of the sentence's temporal expression nearest `pos`, else the article's."""
        mine = self.expressions_in(start, end)
        if not mine:
            return self.date, self.precision
        best = min(mine, key=lambda e: abs(e["start"] - pos))
        return best["date"], best["date_precision"]

    def clause_start(self, sentence_start: int, pos: int) -> int:
        """Where the clause of `pos` starts: after a quotation that ends before it ("…", a dit X)."""
        i = bisect.bisect_left(self.quote_ends, pos)  # the last quote end before pos
        return max(sentence_start, self.quote_ends[i - 1] + 1) if i else sentence_start

    def said_by(self, pos: int) -> str | None:
        quote = self.quote_at(pos)
        return quote["speaker_id"] if quote is not None else None

    def kind(self, actor_id: str) -> str:
        """The actor's kind as the article's mentions give it, else as the reference table does."""
        return self.kinds.get(actor_id) or self.reference.kind(actor_id)

    # -- pairing -----------------------------------------------------------------------------
    def drop_organisations_with_members(self, actors: list[str]) -> list[str]:
        """An organisation listed with its own members stands for them: keep the members."""
        return [a for a in actors if not (set(self.data.members(a, self.date)) & set(actors))]

    def same_side(self, a: str, b: str, date: str) -> bool:
        """Whether two actors stand for the same side: a person or company and the state or
        organisation it acts for (office on the date, country, the demonym it was introduced
        with, or the body its introduction gives it an office in), or two of them that act for the same one."""
        sides = [rolled(self.reference, x, date) for x in (a, b)]
        sides = [self.person_states.get(x, side) if side == x else side for x, side in zip((a, b), sides)]
        return sides[0] == sides[1] or sides[0] == b or sides[1] == a \
            or self.person_bodies.get(a) == b or self.person_bodies.get(b) == a  # (an officer and his body)

    @property
    def person_bodies(self) -> dict[str, str]:
        """Persons the reference lacks → the organisation or armed group their introduction gives them an office
        in, whose `nous` they say (the guidelines: a company's chief speaks for the company, an NGO's or a religious
        body's officer for it): the body in brackets right after the name (`Oumarou Sanfo (AES TV) :`), or a
        title (`titles.csv`) that governs the body's name with `de` right before the name (`Secrétaire général de
        l'Association islamique du Niger (AIN), Amadou Boubacar Hassane`) or in the apposition right after it
        (`Moussa Diallo, président de la Fédération …`)."""
        if self._person_bodies is None:
            self._person_bodies = {}
            named = sorted(self.mentions + self.places, key=lambda m: m["start"])
            for n, m in enumerate(named):
                if m["actor_kind"] != "person" or m["actor_id"] in self.reference.by_id or \
                        m["actor_id"] in self._person_bodies:
                    continue
                body = None
                if n + 1 < len(named) and named[n + 1]["actor_kind"] in BODIES:
                    after = named[n + 1]
                    between = self.text[m["end"]:after["start"]]
                    if re.fullmatch(r"\s*\(\s*", between) and re.match(r"\s*\)", self.text[after["end"]:]) or \
                            (apposed := APPOSED_OFFICE.fullmatch(between)) and titled_office(apposed.group(1), self.reference):
                        body = after["actor_id"]
                if body is None and n and named[n - 1]["actor_kind"] in BODIES:
                    before = named[n - 1]
                    if n > 1 and named[n - 2]["actor_id"] == before["actor_id"] and \
                            self.text[before["start"] - 1:before["start"]] == "(":
                        before = named[n - 2]  # "… du Burkina (APCB), Issouf Kaboré": the name before its acronym
                    office = OFFICE_BEFORE.search(self.text, max(0, before["start"] - 60), before["start"])
                    if NAME_AFTER_BODY.fullmatch(self.text, before["end"], m["start"]) and office \
                            and titled_office(office.group(1), self.reference):
                        body = before["actor_id"]
                if body is not None:
                    self._person_bodies[m["actor_id"]] = body
        return self._person_bodies

    @property
    def person_states(self) -> dict[str, str]:
        """Persons the reference lacks → the state of the demonym or state named right before them
        in their introduction (`le ministre nigérien de l'Intérieur, Mohamed Toumba`)."""
        if self._person_states is None:
            self._person_states = {}
            named = sorted(self.mentions + self.places, key=lambda m: m["start"])
            starts = [m["start"] for m in named]
            states = [m["actor_id"] for m in self.mentions if m["actor_kind"] == "state"]
            counts = Counter(states)
            home = self.dateline or (
                max(states, key=counts.__getitem__) if states else None)  # the state the article is about
            for n, m in enumerate(named):
                if m["actor_kind"] != "person" or m["actor_id"] in self.reference.by_id or \
                        m["actor_id"] in self._person_states:
                    continue
                for prev in reversed(named[max(0, n - 3):n]):
                    between = self.text[prev["end"]:m["start"]]
                    if len(between) > 45 or re.search(r"[.;:?!«»()]", between) or prev["actor_kind"] != "state" \
                            or self.served_in(prev):
                        continue
                    head, comma, tail = between.rpartition(",")
                    titled = comma and len(tail.split()) <= 2 and all(
                        w.lower().strip(".") in self.reference.titles or w.lower() in ("sem", "m.", "mme")
                        for w in tail.split())  # "de la Fédération de Russie, SEM Sergueï Tsiviliov"
                    if prev["method"] == "demonym" or titled and not re.search(r",", head):
                        self._person_states[m["actor_id"]] = prev["actor_id"]
                        break
                else:
                    side = self.introduced_for(named, starts, n, home)
                    if side:
                        self._person_states[m["actor_id"]] = side
        return self._person_states

    def served_in(self, mention: dict) -> bool:
        """Whether a state is named as where someone serves (`au Niger` in `l'ambassadeur de Chine au Niger`)."""
        return LOCATIVE.search(self.text, max(0, mention["start"] - 12), mention["start"]) is not None

    def introduced_for(self, named: list[dict], starts: list[int], n: int, home: str | None) -> str | None:
        """The state a person the reference lacks acts for, read in the phrase that introduces him (up to
        90 characters, to the last full stop, colon or quotation mark, after any person named before): the
        nearest state it names where he does not merely serve (`l'ambassadeur de Chine au Niger, Jiang Feng`),
        else the country of the organisation it names (`le commandant d'Africom, le général Michael
        Langley`), else, with an office of a state's government or army and no organisation, the article's
        own state (`la ministre de la Solidarité, Mme Nandy SOME`). `named`: the article's mentions and places in
        order, `starts` their positions, `n` the person's index among them."""
        start = named[n]["start"]
        lo = max(0, start - 90)
        cut = max((x.end() for x in re.finditer(r"[.;:?!«»()]", self.text[lo:start])), default=0)
        lo += cut
        named = named[bisect.bisect_left(starts, lo, 0, n):n]  # the window only: a long article costs its length
        persons = [i for i, p in enumerate(named) if p["actor_kind"] == "person"]
        if persons:
            named = named[persons[-1] + 1:]
        for p in reversed(named):
            if p["actor_kind"] == "state" and not self.served_in(p):
                return p["actor_id"]
        organisations = [p for p in named if p["actor_kind"] in ("organization", "armed_group")]
        if organisations:
            return self.country(organisations[-1]["actor_id"])
        if home is not None and re.search(STATE_OFFICES, self.text[lo:start].lower()):
            return home
        return None

    def country(self, actor_id: str) -> str | None:
        row = self.reference.by_id.get(actor_id)
        return (row["country"] or None) if row else None

    def host(self, start: int, end: int, visitors: list[str]) -> list[str]:
        """The state where a visit happens: a state or a place named in the sentence."""
        home = {self.country(v) or v for v in visitors}
        states = [a for a in self.actors_between(start, end) if self.kind(a) == "state"]
        states += [self.country(p["actor_id"]) for p in self.places if start <= p["start"] < end]
        return unique(s for s in states if s and s not in home)[:1]

    def dyads(self, cue: Cue, sources: list[str], targets: list[str]) -> list[tuple[str, str, str, str]]:
        """(source, target, cameo, plover_mode) pairs of one cue."""
        if cue.targets == "first":
            targets = targets[:1]
        elif cue.targets == "organization":
            orgs = [t for t in targets if self.kind(t) == "organization"]
            if not sources:
                sources = [t for t in targets if t not in orgs]
            targets = orgs
        if cue.roles == "mutual":
            sources, targets = (self.drop_organisations_with_members(g) for g in (sources, targets))
            if sources and targets:
                pairs = [p for s in sources for t in targets for p in ((s, t), (t, s))]
            else:
                group = sources or targets
                pairs = [(a, b) for a in group for b in group if a != b]
        elif cue.roles == "reverse":
            pairs = [(t, s) for t in targets for s in sources]
        else:
            pairs = [(s, t) for s in self.drop_organisations_with_members(sources) for t in targets]
        return [(s, t, cue.cameo, cue.plover_mode) for s, t in pairs if s != t]

    def relations(self, located, bounds_of) -> tuple[list[dict], list[tuple[int, int, Cue]]]:
        """Relation rows of the document, and every cue match (for typing the timeline)."""
        rows, all_cues = [], []
        for (offset, doc, sentence_of), bounds in zip(located, bounds_of):
            for lo, hi in bounds:
                words = [t for t in doc[lo:hi] if not t.is_space]
                if not words:
                    continue
                first_row = len(rows)  # rows of this sentence start here (every row starts in its sentence)
                s_start, s_end = offset + words[0].idx, offset + words[-1].idx + len(words[-1])
                cues = find_cues(self.text, s_start, s_end, self.data.cues)
                all_cues += cues
                for n, (c_start, c_end, cue) in enumerate(cues):
                    if cue.roles == "event":
                        continue
                    tok = doc.char_span(c_start - offset, c_end - offset, alignment_mode="expand")[0]
                    if not asserted(tok) or cue.relation_type in TIES and no_longer(tok):
                        continue  # "n'a pas signé l'accord", "pourrait rompre"; "n'est plus un partenaire de X": an
                        # ended tie, which `PredicateFinder` states as such
                    if cue.relation_type in TIES and re.match(r"\s+au sein d", self.text[c_end:c_end + 12]):
                        continue  # "ses partenaires au sein de l'AES": membership, read by `PredicateFinder.within`
                    polarity = cue.polarity
                    ruling = governing_verb(tok)[0] if tok.pos_ not in ("VERB", "AUX") else None
                    if polarity > 0 and (ruling is not None and ending_verb(ruling) and not second_object(tok, ruling)
                                         or ended(tok)):
                        polarity = -1  # "ont dénoncé l'accord de coopération militaire", "la fin de sa coopération"
                    sources = self.sources(self.clause_start(s_start, c_start), c_start)
                    region_end = cues[n + 1][0] if n + 1 < len(cues) else s_end
                    stop = STOPS.search(self.text, c_end, region_end)
                    region_end = stop.start() if stop else region_end
                    # "a rompu sa coopération avec la France et formé avec le Mali l'AES": a coordinated verb opens
                    # another clause, whose complements are not this cue's
                    clause = coordinated_verb(doc, tok.i, c_end - offset, region_end - offset)
                    region_end = offset + doc[clause.i - 1].idx if clause is not None else region_end
                    quote = self.quote_at(c_start)
                    if quote is not None:
                        region_end = min(region_end, quote["end"])
                    targets = self.first_group(c_end, region_end)
                    date, precision = self.date_of(c_start, cues, s_start, s_end)
                    base = {"sentence": sentence_of[tok.i], "start": c_start, "end": c_end,
                            "text": self.text[c_start:c_end], "relation_type": cue.relation_type,
                            "polarity": polarity, "plover": cue.plover, "said_by": self.said_by(c_start),
                            "date": date, "date_precision": precision}
                    if cue.roles == "host":
                        pairs = [(s, t, "043", "host") for s in sources for t in targets if s != t]
                        pairs += [(t, s, "042", "visit") for s in sources for t in targets if s != t]
                    elif cue.roles == "visit":
                        hosts = self.host(s_start, s_end, sources)
                        pairs = [(s, h, "042", "visit") for s in sources for h in hosts]
                        pairs += [(h, s, "043", "host") for s in sources for h in hosts]
                    else:
                        pairs = self.dyads(cue, sources, targets)
                        if cue.roles == "forward" and passive(tok, self.text[c_end:c_end + 30]):
                            pairs = [(t, s, cameo, mode) for s, t, cameo, mode in pairs]  # "a été attaqué par le JNIM"
                    for source, target, cameo, mode in pairs:
                        rows.append({**base, "source_id": source, "target_id": target, "cameo": cameo,
                                     "plover_mode": mode})
                taken = {t.i for c_start, c_end, _ in cues
                         for t in doc.char_span(c_start - offset, c_end - offset, alignment_mode="expand") or []}
                done = {(min(r["source_id"], r["target_id"]), max(r["source_id"], r["target_id"]), r["polarity"])
                        for r in rows[first_row:]}
                for found in self.predicates.find(doc, offset, lo, hi, taken):
                    key = (min(found["source_id"], found["target_id"]), max(found["source_id"], found["target_id"]),
                           found["polarity"])
                    if key in done:
                        continue
                    done.add(key)
                    date, precision = self.nearest_date(found["start"], s_start, s_end)
                    rows.append({**{k: v for k, v in found.items() if k != "token"},
                                 "sentence": sentence_of[found["token"]], "said_by": self.said_by(found["start"]),
                                 "date": date, "date_precision": precision})
                self.remember(self.sources(s_start, s_end))
        seen, out = set(), []
        for row in rows:
            if self.same_side(row["source_id"], row["target_id"], row["date"]) and not (
                    row["relation_type"] in STATE_ACTS and "state" in {self.kind(row["source_id"]),
                                                                       self.kind(row["target_id"])}):
                continue  # "le ministre turc Hakan Fidan", "Rosatom et la Russie": one side, no relation
                # (but a state that nationalises its own company or arrests its own citizen acts on them)
            if row["relation_type"] == "arrest" and OWNED.match(self.text, row["end"]):
                continue  # "Orano, détenu à 90 % par l'Etat français": a share owned, nobody arrested
            key = (row["start"], row["source_id"], row["target_id"], row["cameo"])
            if key not in seen:
                seen.add(key)
                out.append(row)
        for n, row in enumerate(out, start=1):
            row["relation"] = n
        return out, all_cues

    def timeline(self, cues: list[tuple[int, int, Cue]], sentences: list[dict]) -> list[dict]:
        """Event rows: each temporal expression, typed by the nearest cue of its sentence."""
        rows = []
        starts, cue_starts = [s["start"] for s in sentences], [c[0] for c in cues]  # both in text order
        for n, e in enumerate(self.expressions, start=1):
            sentence = sentences[bisect.bisect_right(starts, e["start"]) - 1]
            near = cues[bisect.bisect_left(cue_starts, sentence["start"]):
                        bisect.bisect_left(cue_starts, sentence["end"])]
            assigned = assign(e, self.ends, near, self.text)
            cue = assigned[2] if assigned else None
            actors = self.actors_between(sentence["start"], sentence["end"])
            rows.append({**e, "event": n, "sentence": sentence["sentence"],
                         "event_type": cue.relation_type if cue else None,
                         "plover": (cue.plover or None) if cue else None,
                         "plover_mode": (cue.plover_mode or None) if cue else None,
                         "actors": ";".join(actors) or None})
        return rows


def coordinated_verb(doc, first: int, start: int, end: int):
    """The first verb coordinated by `et`, `,` or `puis` (`… et formé avec le Mali l'AES`) among the
    tokens starting in [start, end) (paragraph offsets), or None. `first`: a token starting at or
    before `start` (the cue's). Reads from there and stops at `end`, rather than every token of the
    paragraph for each cue: tokens come in text order."""
    for i in range(first, len(doc)):
        t = doc[i]
        if t.idx >= end:
            return None
        if start <= t.idx and t.pos_ in ("VERB", "AUX") and t.dep_ == "conj" and i > 0 \
                and doc[i - 1].lower_ in ("et", ",", "puis"):
            return t
    return None


ENUMERATION = re.compile(r"\s*(?:,|et|ou)\s*")


def expression_ends(expressions: list[dict]) -> dict[int, list[tuple[int, dict]]]:
    """Temporal expressions by end position, each with its rank in the order `assign` tries
    them (latest start first, then as listed)."""
    ends: dict[int, list[tuple[int, dict]]] = {}
    for rank, e in enumerate(sorted(expressions, key=lambda e: e["start"], reverse=True)):
        ends.setdefault(e["end"], []).append((rank, e))
    return ends


def enumerated_before(text: str, pos: int) -> range:
    """Where an expression must end to be listed right before `pos`: the positions from which
    the text up to `pos` is one separator with spaces (ENUMERATION)."""
    gap = pos
    while gap > 0 and text[gap - 1].isspace():
        gap -= 1
    if text[gap - 1:gap] == ",":
        gap -= 1
    elif gap >= 2 and text[gap - 2:gap] in ("et", "ou"):
        gap -= 2
    else:
        return range(0)
    first = gap
    while first > 0 and text[first - 1].isspace():
        first -= 1
    return range(first, gap + 1)


def assign(expression: dict, ends: dict[int, list[tuple[int, dict]]], cues: list, text: str) -> tuple | None:
    """The cue a temporal expression dates: the cue nearest the first expression of its
    enumeration ("en 2020, 2022 et 2023" all date the coups named before 2020). `ends`:
    the document's expressions by end (`expression_ends`)."""
    if not cues:
        return None
    first = expression
    while True:  # step back to the expression listed right before, the latest starting one first
        listed = [(rank, e) for p in enumerated_before(text, first["start"]) for rank, e in ends.get(p, ())
                  if e["start"] < first["start"] and ENUMERATION.fullmatch(text[e["end"]:first["start"]])]
        if not listed:
            break
        first = min(listed, key=lambda r: r[0])[1]
    pos = first["start"]
    return min(cues, key=lambda c: min(abs(c[0] - pos), abs(c[1] - pos)))
