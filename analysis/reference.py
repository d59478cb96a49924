"""Load and check the reviewed reference data in `data/`: actors, aliases, demonyms, titles,
capitals, the cue words that tell a capital-as-place from a capital-as-government, and for
quotations the reporting verbs, role phrases, dated offices and speaker cue words.

Each CSV has one row per fact and a `notes` column; this module validates them (unknown ids,
bad kinds, duplicates) and derives the spelling variants the press uses (’ for ', É for E).
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
KINDS = ("state", "organization", "person", "armed_group", "place")
DESCRIPTIVE = ("honorific", "religious office", "description before a name")  # kinds of titles.csv notes
# what the `notes` of an organisation of actors.csv call a news outlet ("Burkinabè private daily", "Malian news site",
# "Niger's state broadcaster", "Turkish state news agency"): `le journal`, `le quotidien` take up one of those
OUTLET_NOTES = re.compile(r"\b(?:dail(?:y|ies)|newspapers?|news ?(?:site|agency|magazine|channel|portal|website|"
                          r"weekly|studio|network|outlet)|magazine|weekly|fortnightly|monthly|broadcaster|radio|"
                          r"television|TV|press agency|online (?:newspaper|outlet|media|daily))\b", re.IGNORECASE)
FILES = ("actors.csv", "aliases.csv", "demonyms.csv", "titles.csv", "capitals.csv", "metonymy_cues.csv",
         "reporting_verbs.csv", "roles.csv", "offices.csv", "speaker_cues.csv", "relation_cues.csv",
         "cameo_plover.csv", "group_phrases.csv", "memberships.csv", "relation_lexicon.csv", "rollups.csv",
         "first_names.csv", "state_bodies.csv", "transitions.csv")
OPTIONAL = ("pair_model.csv", "capital_model.csv")  # the learned layer: without it the rules alone (`pairs.py`,
# `capitals.py`, `train.py`)
CUE_EFFECTS = ("place", "government", "head", "recipient", "towards", "place_noun")  # metonymy_cues.csv
DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{2,30}?)\s*(?:,|\(|–|—| - )", re.MULTILINE)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ISO3 = re.compile(r"[A-Z]{3}")
QID = re.compile(r"Q[1-9][0-9]*")


class ReferenceError(ValueError):
    """A reference CSV is malformed; the message names the file and row."""


def read_csv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a reference CSV as dicts of stripped strings; check the header."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise ReferenceError(f"{path}: missing column(s) {missing}")
            return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
    except FileNotFoundError:
        raise ReferenceError(f"{path}: reference file is missing") from None


def spelling_variants(alias: str) -> set[str]:
    """The alias as written plus the typographic variants news text uses for it."""
    forms = {alias, alias.replace("'", "\u2019"), alias.replace("\u2019", "'")}
    for form in list(forms):
        forms.add(re.sub(r"\bEtat", "État", form))
        forms.add(re.sub(r"\bÉtat", "Etat", form))
    return forms


def inflect(masculine: str, feminine: str) -> set[str]:
    """Both genders and numbers of a demonym: malien → malien, maliens, malienne, maliennes."""
    def plural(word: str) -> str:
        return word if word.endswith(("s", "x")) else word + "s"
    return {masculine, plural(masculine), feminine, plural(feminine)}


# Letters that Unicode does not decompose into a base letter and an accent (Turkish ı, Nordic ø,
# Polish ł, Serbo-Croatian đ, Icelandic þ/ð), folded as their usual ASCII transliteration.
LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss", "ı": "i", "ø": "o", "Ø": "O",
                           "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def slugify(name: str) -> str:
    """Lowercase ASCII slug joined by hyphens, as the gold guidelines define it: accents and
    ligatures folded, every other run of characters one hyphen ('Société des mines de l’Aïr' →
    'societe-des-mines-de-l-air')."""
    import unicodedata
    decomposed = unicodedata.normalize("NFKD", name.translate(LIGATURES))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", folded.lower()))


@dataclass(frozen=True)
class Alias:
    """One surface form that names an actor, and how it names it."""

    text: str
    actor_id: str
    method: str  # name | alias | acronym | surname | demonym


class Reference:
    """All reference tables of a data folder, checked once on load."""

    def __init__(self, folder: Path | str = DATA):
        self.folder = Path(folder)
        self.actors = read_csv(self.folder / "actors.csv",
                               ("actor_id", "name", "name_en", "actor_kind", "country", "gender", "wikidata",
                                "notes"))
        self.by_id = {}
        for n, row in enumerate(self.actors, start=2):
            self._check_actor(row, n)
            self.by_id[row["actor_id"]] = row
        self.aliases = self._read_aliases()
        self._offices_on: dict[str, list[dict[str, str]]] = {}
        title_rows = read_csv(self.folder / "titles.csv", ("title", "notes"))
        self.titles = {r["title"].lower() for r in title_rows if r["title"]}
        # titles that name no office of a state (`l'imam`, `le pasteur`, `le professeur`, `l'éditorialiste`): a
        # description a person is introduced with, which `le pasteur` later takes up
        self.honorifics = {r["title"].lower() for r in title_rows if r["title"] and r["notes"].startswith(DESCRIPTIVE)}
        self.capitals = self._read_capitals()
        self.cues = self._read_cues()
        self.verbs = self._read_verbs()
        self.roles = self._read_roles()
        self.offices = self._read_offices()
        self.speaker_cues = self._read_speaker_cues()
        self.first_names = self._read_first_names()
        self.transitions = self._read_transitions()
        self.outlets = frozenset(r["actor_id"] for r in self.actors
                                 if r["actor_kind"] == "organization" and OUTLET_NOTES.search(r["notes"]))

    def _where(self, name: str, line: int) -> str:
        return f"{self.folder / name}, line {line}"

    def _check_actor(self, row: dict, n: int) -> None:
        actor_id, kind = row["actor_id"], row["actor_kind"]
        where = self._where("actors.csv", n)
        if kind not in KINDS:
            raise ReferenceError(f"{where}: actor_kind {kind!r} is not one of {', '.join(KINDS)}")
        if kind == "state" and not ISO3.fullmatch(actor_id):
            raise ReferenceError(f"{where}: a state's actor_id must be ISO 3166-1 alpha-3, not {actor_id!r}")
        if kind != "state" and not SLUG.fullmatch(actor_id):
            raise ReferenceError(f"{where}: actor_id {actor_id!r} is not a lowercase ASCII slug")
        if actor_id in self.by_id:
            raise ReferenceError(f"{where}: duplicate actor_id {actor_id!r}")
        if row["country"] and not ISO3.fullmatch(row["country"]):
            raise ReferenceError(f"{where}: country {row['country']!r} is not ISO 3166-1 alpha-3")
        if row["gender"] not in ("", "f", "m") or (row["gender"] and kind != "person"):
            raise ReferenceError(f"{where}: gender {row['gender']!r} must be f or m, and only for a person")
        if row["wikidata"] and not QID.fullmatch(row["wikidata"]):
            raise ReferenceError(f"{where}: wikidata {row['wikidata']!r} is not a QID")
        if not row["name"]:
            raise ReferenceError(f"{where}: empty name")

    def _known(self, actor_id: str, name: str, line: int) -> str:
        if actor_id not in self.by_id:
            raise ReferenceError(f"{self._where(name, line)}: unknown actor_id {actor_id!r}")
        return actor_id

    def _read_aliases(self) -> list[Alias]:
        out = [Alias(row["name"], row["actor_id"], "name") for row in self.actors]
        rows = read_csv(self.folder / "aliases.csv", ("alias", "actor_id", "method", "notes"))
        for n, row in enumerate(rows, start=2):
            if row["method"] not in ("name", "alias", "acronym", "surname"):
                raise ReferenceError(f"{self._where('aliases.csv', n)}: method {row['method']!r} is not "
                                     "name, alias, acronym or surname")
            if not row["alias"]:
                raise ReferenceError(f"{self._where('aliases.csv', n)}: empty alias")
            out.append(Alias(row["alias"], self._known(row["actor_id"], "aliases.csv", n), row["method"]))
        rows = read_csv(self.folder / "demonyms.csv", ("actor_id", "masculine", "feminine", "compound", "notes"))
        self.compound_stems: dict[str, str] = {}  # "sino" → CHN: the first parts of `sino-malien`, `franco-nigérien`
        for n, row in enumerate(rows, start=2):
            actor_id = self._known(row["actor_id"], "demonyms.csv", n)
            out += [Alias(form, actor_id, "demonym") for form in sorted(inflect(row["masculine"], row["feminine"]))]
            stem = row["compound"].lower()
            if stem and (stem in self.compound_stems or not re.fullmatch(r"[^\W\d_]+o", stem)):
                raise ReferenceError(f"{self._where('demonyms.csv', n)}: compound {stem!r} is repeated or is not a "
                                     "word ending in -o")
            if stem:
                self.compound_stems[stem] = actor_id
        return out

    def _read_capitals(self) -> dict[str, str]:
        """Place → the state it stands for; `self.seats` are the palaces and ministries among them (`kind`
        `seat`: `le Kremlin`, `Koulouba`), which stand for the government wherever nothing makes them a place."""
        rows = read_csv(self.folder / "capitals.csv", ("place_id", "actor_id", "kind", "notes"))
        out, self.seats = {}, set()
        for n, row in enumerate(rows, start=2):
            place = self._known(row["place_id"], "capitals.csv", n)
            if self.by_id[place]["actor_kind"] != "place":
                raise ReferenceError(f"{self._where('capitals.csv', n)}: {place!r} is not a place")
            if row["kind"] not in ("city", "seat"):
                raise ReferenceError(f"{self._where('capitals.csv', n)}: kind {row['kind']!r} is not city or seat")
            out[place] = self._known(row["actor_id"], "capitals.csv", n)
            if row["kind"] == "seat":
                self.seats.add(place)
        return out

    def _read_cues(self) -> dict[str, str]:
        """The word before a capital → place, government or head (`de`: decided by what it depends on);
        the other effects name words the capital depends on, in `self.cue_words`: `recipient` verbs
        (`verser à Bamako`), `towards` verbs (`se tourner vers Moscou`), `place_noun` (`Bamako est une ville`)."""
        rows = read_csv(self.folder / "metonymy_cues.csv", ("cue", "effect", "notes"))
        for n, row in enumerate(rows, start=2):
            if row["effect"] not in CUE_EFFECTS:
                raise ReferenceError(f"{self._where('metonymy_cues.csv', n)}: effect {row['effect']!r} is not "
                                     f"one of {', '.join(CUE_EFFECTS)}")
        self.cue_words = {effect: {r["cue"].lower() for r in rows if r["effect"] == effect} for effect in CUE_EFFECTS[3:]}
        return {row["cue"].lower(): row["effect"] for row in rows if row["effect"] in CUE_EFFECTS[:3]}

    def _read_verbs(self) -> dict[str, list[tuple[str, ...]]]:
        """First word of a reporting verb's lemma → the word sequences that follow it; the speech
        nouns (`communiqué`, `propos`) go to `self.speech_nouns`."""
        out: dict[str, list[tuple[str, ...]]] = {}
        self.speech_nouns: set[str] = set()
        for n, row in enumerate(read_csv(self.folder / "reporting_verbs.csv", ("lemma", "pos", "notes")), start=2):
            if row["pos"] == "noun":
                self.speech_nouns.add(row["lemma"].lower())
                continue
            if row["pos"] != "verb":
                raise ReferenceError(f"{self._where('reporting_verbs.csv', n)}: pos {row['pos']!r} is not verb or noun")
            first, *rest = row["lemma"].split()
            out.setdefault(first, []).append(tuple(rest))
        for rests in out.values():
            rests.sort(key=len, reverse=True)
        return out

    def _read_roles(self) -> list[tuple[str, str]]:
        """(phrase in lowercase, office), longest phrase first."""
        rows = read_csv(self.folder / "roles.csv", ("phrase", "office", "notes"))
        roles = {(norm, r["office"]) for r in rows for v in spelling_variants(r["phrase"]) for norm in [v.lower()]}
        return sorted(roles, key=lambda r: (-len(r[0]), r))

    def _read_offices(self) -> list[dict[str, str]]:
        rows = read_csv(self.folder / "offices.csv", ("actor_id", "office", "of", "start", "end", "notes"))
        for n, row in enumerate(rows, start=2):
            self._known(row["actor_id"], "offices.csv", n)
            self._known(row["of"], "offices.csv", n)
            self._check_term(row, "offices.csv", n)
        return rows

    def _check_term(self, row: dict, name: str, line: int) -> None:
        """A dated row's `start` (required) and `end` (empty: ongoing) are ISO dates of any precision."""
        from .corpus import check_date
        for col in ("start", "end"):
            try:
                if row[col] or col == "start":
                    check_date(row[col])
            except ValueError as e:
                raise ReferenceError(f"{self._where(name, line)}: {col}: {e}") from None

    def _read_transitions(self) -> list[dict[str, str]]:
        rows = read_csv(self.folder / "transitions.csv", ("state", "start", "end", "notes"))
        for n, row in enumerate(rows, start=2):
            where = self._where("transitions.csv", n)
            if self.kind(self._known(row["state"], "transitions.csv", n)) != "state":
                raise ReferenceError(f"{where}: {row['state']!r} is no state")
            self._check_term(row, "transitions.csv", n)
            if not row["notes"]:
                raise ReferenceError(f"{where}: notes: say which regime and what ended it (the source of the row)")
        return rows

    @lru_cache(maxsize=64)
    def under_transition(self, date: str) -> frozenset[str]:
        """The states under a military transition on `date` (ISO, any precision; `transitions.csv`): those whose
        `gouvernement de transition`, `junte` or `CNT` an article can mean."""
        from .corpus import date_bounds
        day = date_bounds(date)[0]
        return frozenset(row["state"] for row in self.transitions if date_bounds(row["start"])[0] <= day
                         and (not row["end"] or day < date_bounds(row["end"])[0]))

    def _read_first_names(self) -> dict[str, str]:
        """Casefolded first name → `f` or `m`: the gender the name usually carries in the region."""
        out = {}
        for n, row in enumerate(read_csv(self.folder / "first_names.csv", ("first_name", "gender", "origin", "notes")),
                                start=2):
            where = self._where("first_names.csv", n)
            if row["gender"] not in ("f", "m"):
                raise ReferenceError(f"{where}: gender {row['gender']!r} must be f or m")
            if not row["first_name"][:1].isupper():
                raise ReferenceError(f"{where}: first name {row['first_name']!r} must be capitalised")
            key = row["first_name"].casefold()
            if key in out:
                raise ReferenceError(f"{where}: first name {row['first_name']!r} is listed twice")
            out[key] = row["gender"]
        return out

    def name_gender(self, name: str) -> str:
        """`f` or `m` from the first word of a person's name that is a known first name, else ''."""
        for word in name.replace("-", " - ").split()[:3]:
            if (gender := self.first_names.get(word.strip(".,").casefold())):
                return gender
            if word.casefold().strip(".") not in self.titles:
                break
        return ""

    def _read_speaker_cues(self) -> dict[str, str]:
        rows = read_csv(self.folder / "speaker_cues.csv", ("cue", "attribution", "notes"))
        for n, row in enumerate(rows, start=2):
            if row["attribution"] not in ("institution", "anonymous"):
                raise ReferenceError(f"{self._where('speaker_cues.csv', n)}: attribution "
                                     f"{row['attribution']!r} is not institution or anonymous")
        return {row["cue"].lower(): row["attribution"] for row in rows}

    def offices_on(self, date: str) -> list[dict[str, str]]:
        """The rows of `offices.csv` whose term covers `date` (ISO, any precision), computed once per date."""
        if date not in self._offices_on:
            from .corpus import date_bounds
            day = date_bounds(date)[0]
            self._offices_on[date] = [row for row in self.offices if date_bounds(row["start"])[0] <= day
                                      and (not row["end"] or day < date_bounds(row["end"])[0])]
        return self._offices_on[date]

    def holder(self, office: str, of: str, date: str) -> str | None:
        """Who held `office` of `of` (a state or organisation id) on `date` (ISO, any precision)."""
        return next((row["actor_id"] for row in self.offices_on(date) if row["office"] == office and row["of"] == of),
                    None)

    def office_of(self, actor_id: str, date: str) -> str | None:
        """The state or organisation whose office `actor_id` held on `date` (the first listed)."""
        return next((row["of"] for row in self.offices_on(date) if row["actor_id"] == actor_id), None)

    def dateline_state(self, text: str) -> str | None:
        """The state of a wire dateline (`NIAMEY, 7 août 2024 (AFP) -`, `Bamako, 29 juillet (ANP) -`): a
        capital or a city that opens one of the article's first paragraphs, followed by a comma, a
        parenthesis or a dash, looked up by its slug among the places and states."""
        for match in DATELINE.finditer(text, 0, 800):
            slug = slugify(match.group(1))
            slug = self.place_names.get(match.group(1).strip().casefold().replace("’", "'"), slug)  # N'DJAMENA
            state = self.capitals.get(slug) or (self.by_id.get(slug) or {}).get("country")
            if state:
                return state
        return None

    @cached_property
    def place_names(self) -> dict[str, str]:
        """Casefolded name or alias → id, for places and states (what a dateline may name)."""
        return {a.text.casefold().replace("’", "'"): a.actor_id for a in self.aliases
                if a.method in ("name", "alias") and self.kind(a.actor_id) in ("place", "state")}

    def table(self, name: str, required: tuple[str, ...]) -> list[dict[str, str]]:
        """Rows of another reference CSV of this folder (read once)."""
        cache = self.__dict__.setdefault("_tables", {})
        if name not in cache:
            cache[name] = read_csv(self.folder / name, required)
        return cache[name]

    def where(self, name: str, line: int) -> str:
        """'folder/name, line N', for error messages about a reference row."""
        return self._where(name, line)

    def known(self, actor_id: str, name: str, line: int) -> str:
        """`actor_id` if the actor table has it; ReferenceError naming file and line otherwise."""
        return self._known(actor_id, name, line)

    def kind(self, actor_id: str) -> str:
        """The actor's kind; an id the table lacks is a person found by the NER (a slug of the name)."""
        row = self.by_id.get(actor_id)
        return row["actor_kind"] if row else "person"

    @cached_property
    def state_bodies(self) -> tuple[tuple[str, ...], frozenset[str]]:
        """(names, acronyms) of `state_bodies.csv`: the lowercase opening words of the names of a state's own
        bodies (parliament, junta, armed forces, intelligence), whose acronym an article defines (`Assemblée
        législative de transition (ALT)`), and such acronyms standing alone (`FDS`, `CNT`). Both are the state
        the article is about (guidelines, section 3); the spelled-out name is no mention."""
        names, acronyms = [], set()
        for n, row in enumerate(read_csv(self.folder / "state_bodies.csv", ("phrase", "kind", "notes")), start=2):
            phrase = row["phrase"]
            if row["kind"] == "name" and phrase and phrase == phrase.lower():
                names.append(phrase.replace("’", "'"))
            elif row["kind"] == "acronym" and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", phrase):
                acronyms.add(phrase)
            else:
                raise ReferenceError(f"{self._where('state_bodies.csv', n)}: {phrase!r} is neither a lowercase name "
                                     f"(kind name) nor an acronym of capitals (kind acronym), kind {row['kind']!r}")
        return tuple(sorted(names, key=len, reverse=True)), frozenset(acronyms)

    @cached_property
    def surnames(self) -> dict[str, list[str]]:
        """Surname → the people in the table who bear it."""
        out: dict[str, list[str]] = {}
        for a in self.aliases:
            if a.method == "surname":
                for form in spelling_variants(a.text):
                    out.setdefault(form, []).append(a.actor_id)
        return out

    @cached_property
    def compounds(self) -> tuple[re.Pattern, dict[str, str]]:
        """A pattern for compound demonyms (`sino-malien`, `franco-nigériennes`, `sino-africain`) and
        each lowercase part that names a state → the state: stems first, any word last."""
        demonyms = {a.text.lower(): a.actor_id for a in self.aliases if a.method == "demonym" and "-" not in a.text}
        stems = "|".join(sorted(map(re.escape, self.compound_stems), key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:(?:{stems})[-‐‑])+[^\W\d_]+(?![\w-])", re.IGNORECASE)
        return pattern, {**demonyms, **self.compound_stems}

    @cached_property
    def fingerprint(self) -> str:
        """SHA-256 over the reference files' bytes: changes whenever the reference data does."""
        h = hashlib.sha256()
        for name in FILES:
            h.update(name.encode() + b"\0" + (self.folder / name).read_bytes() + b"\0")
        for name in OPTIONAL:
            path = self.folder / name
            h.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"(absent)") + b"\0")
        return h.hexdigest()


@lru_cache(maxsize=1)
def default_reference() -> Reference:
    """The reference data shipped in the project's `data/` folder (read once per process)."""
    return Reference()
