"""Temporal expressions in French news, resolved against the article's date with their precision.

Written by hand: dateparser finds absolute dates but returns no span offsets in running text,
no precision for "mi-mai" / "fin janvier" / "début mars" (it returns nothing for them), and no
anchoring of "mardi", "le lendemain" or "un an après" on the article's own date and precision.
Numeric dates are read day first (`23/11/2024`, `13.12.2024`), the French order, and month
abbreviations without their dot only after a day (`30 janv 2025`; `sept` alone is seven). The rules
here: a month without a year is the nearest such month to the article date, in the past when the
verb is in a past tense and ahead when it is future (or the clause calls it the next one: "la
prochaine session, en juin"); a weekday needs a day-precise article date (otherwise the expression
keeps the article's month or year precision); "la veille" and "le lendemain" move from the last
resolved date, but "la veille de la réunion" from the day given with that word (else from the first
day the article gives: the event it reports), and "du jour au lendemain" is no date; "un an après X,
le 29 janvier 2025" counts from the date its own sentence gives. Precision is year, month, week or day;
`date_mod` is TimeML's START, MID or END ("début", "mi-", "fin").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
          "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
          "janv.": 1, "févr.": 2, "fév.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
           "cinquante": 50, "soixante": 60, "cent": 100}
NUMBER = r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
MODS = {"début": "START", "debut": "START", "mi": "MID", "fin": "END"}

# month abbreviations without their dot, as datelines and stamps write them (`30 janv 2025`, `4 sept 2024`): only
# after a day number, since `sept` alone is the number seven and `mai` a full month
ABBREVIATIONS = {"jan": 1, "janv": 1, "févr": 2, "fév": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
                 "nov": 11, "déc": 12, "dec": 12}
M = "(?P<month>" + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True)) + ")"
MD = "(?P<month>" + "|".join(re.escape(m) for m in sorted({**MONTHS, **ABBREVIATIONS}, key=len, reverse=True)) + ")"
Y = r"(?P<year>(?:19|20)\d\d)"
MOD = r"(?P<mod>début|debut|mi|fin)"
W = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
PATTERNS = [  # tried in order; earlier ones win where they overlap
    ("numeric", r"(?P<day>[0-3]?\d)([/.])(?P<mon>[01]?\d)\2(?P<year>(?:19|20)\d\d)"),  # "Publié le 23/11/2024"
    # a literal space of these patterns is `\s`: any whitespace, the no-break spaces of `26\u202fjuillet` too
    ("day", rf"{W}(?:\s\w+)?\s(?P<day>1er|[0-3]?\d)\s{MD}(?:\s{Y})?(?:\s(?P<dir>dernier|prochain))?"),  # date decides
    ("day", rf"(?P<day>1er|[0-3]?\d)\s{MD}(?:\s{Y})?(?:\s(?P<dir>dernier|prochain))?"),  # "le 3 janvier dernier"
    ("year_mod", rf"{MOD}\s(?:de\sl['’]|d['’])année"),  # "fin de l'année", "début d'année": this year
    ("ago", rf"il\sy\sa\s{NUMBER}\s(?P<unit>ans?|années?|mois|jours|semaines)"),
    ("dayshift", rf"{NUMBER}\s(?P<unit>jours?|semaines?)\s(?P<way>après|plus\stard|auparavant|plus\stôt|avant)"),
    ("same_year", rf"{M}\sde\sla\smême\sannée"),  # "en juin de la même année": the year just given
    ("month", rf"{MOD}[-\s]{M}(?:\s{Y})?"),
    ("year_mod", rf"{MOD}[-\s]{Y}"),
    ("month", rf"{M}(?:\s{Y})?(?:\s(?P<dir>dernier|prochain))?"),
    ("year", Y),
    ("weekday", r"(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:\s(?P<dir>dernier|prochain))?"),
    ("relday", r"(?P<rel>aujourd['’]hui|avant-hier|après-demain|hier|demain)"),
    ("anchor", r"(?P<anchor>lendemain|veille)"),  # the article left out, as annotated
    ("same", r"(?<=\b(?:le|la)\s)même\s(?P<same>jour|mois|année)"),  # "le même jour": the day last given
    ("next", r"(?<=\b(?:le|la)\s)(?P<next>jour|mois|semaine|année)\ssuivante?"
             r"|(?<=\bl['’])(?P<next2>année)\ssuivante"),
    ("week", r"(?P<week>cette\ssemaine|la\ssemaine\s(?:dernière|prochaine|passée))"),
    ("relyear", r"(?P<relyear>cette\sannée|l['’]an\sdernier|l['’]année\sdernière|l['’]an\spassé"
                r"|l['’]an\sprochain|l['’]année\sprochaine)"),
    ("relmonth", r"(?P<relmonth>ce\smois-ci|le\smois\sdernier|le\smois\sprochain)"),
    ("shift", rf"{NUMBER}\s(?P<unit>ans?|années?|mois)(?P<exact>\sjour\spour\sjour)?"
              r"\s(?P<way>après|plus\stard|auparavant|plus\stôt)"),
]
DEADLINE = r"(?:d['’]ici(?: le| au| à la)?|avant le|jusqu['’]au|au plus tard le|fixée? au|prévue? (?:le|pour le)|" \
           r"échéance du|date butoir du)\s*$"
# what is expected on a date lies ahead: "une délégation est attendue en septembre", "livraison prévue fin juin"
EXPECTED = r"(?<!\w)(?:attendue?s?|prévue?s?|programmée?s?)\s+(?:[^\W\d]+\s+){0,3}(?:en|le|pour|à|au|dès|d['’]ici)?\s*$"
# what the clause calls the next one happens ahead: "la prochaine session de négociations, en juin"
NEXT = r"(?<!\w)prochaine?s?\s[^.;:«»!?]*$"
REGEX = [(kind, re.compile(rf"(?<![\w-]){p}(?![\w-])", re.IGNORECASE)) for kind, p in PATTERNS]


@dataclass
class Anchor:
    """The article date, and the last date resolved in it."""

    date: str
    precision: str
    last: tuple[str, str] | None = None
    last_day: tuple[str, str] | None = None  # the last one of day precision
    first_day: tuple[str, str] | None = None  # the first one of day precision: the event the article reports
    events: dict = field(default_factory=dict)  # word of a sentence → the first day-precise date given with it


def parse_iso(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


PRECISIONS = ("year", "month", "week", "day")  # coarsest first


def first_day(date: str, precision: str) -> dt.date:
    """The first day a resolved date covers (an ISO week's Monday)."""
    return dt.date.fromisocalendar(int(date[:4]), int(date[6:]), 1) if precision == "week" else parse_iso(date)


def fmt(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def tense(doc: Doc, start: int, end: int) -> str | None:
    """'past', 'future' or None from the verb governing the characters [start, end) of `doc`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tok = span.root if span is not None else None
    for _ in range(6):
        if tok is None:
            return None
        if tok.pos_ in ("VERB", "AUX"):
            if "Inf" in tok.morph.get("VerbForm") and tok.head is not tok or (
                    tok.lemma_ in ("avoir", "être") and tok.dep_ != "ROOT" and not tok.morph.get("Tense") == ["Past"]):
                tok = tok.head  # "s'est vu retirer … en juillet", an auxiliary the tagger took for a verb: the clause's
                continue
            forms = [tok, *[c for c in tok.children if c.dep_.startswith("aux")]]
            tenses = {t for f in forms for t in f.morph.get("Tense")}
            moods = {m for f in forms for m in f.morph.get("Mood")}
            perfect = "Part" in tok.morph.get("VerbForm") and len(forms) > 1  # "aurait été arrêté": a past
            if "Fut" in tenses or "Cnd" in moods and not perfect:
                return "future"
            if tenses & {"Past", "Imp"}:
                return "past"
            return None
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def nearest_month(month: int, anchor: dt.date, when: str | None) -> int:
    """The year of the `month` nearest the anchor, in the past or future when the tense says."""
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    index = anchor.year * 12 + anchor.month
    if when == "past":
        return max(y for y in candidates if y * 12 + month <= index)
    if when == "future":
        return min(y for y in candidates if y * 12 + month >= index)
    return min(candidates, key=lambda y: (abs(y * 12 + month - index), y * 12 + month > index))


def nearest_day_year(month: int, day: int, anchor: dt.date, when: str) -> int | None:
    """The year that puts `day` `month` on or before the anchor (past) or on or after it (future), nearest
    first: `le 3 janvier dernier` in an article of 2024-01-01 is 2023-01-03, never after its own article."""
    dates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    fits = [d for d in dates if (d <= anchor if when == "past" else d >= anchor)]
    return min(fits, key=lambda d: abs((d - anchor).days)).year if fits else None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve(kind: str, m: re.Match, anchor: Anchor, when: str | None) -> tuple[str, str, str] | None:
    """(date, precision, date_mod) of one match, or None when it cannot be placed."""
    base = parse_iso(anchor.date)
    g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    mod = MODS.get(g.get("mod") or "", "")
    if g.get("dir") == "dernier":
        when = "past"
    elif g.get("dir") == "prochain":
        when = "future"
    if kind == "numeric":  # day/month/year, the French order
        try:
            return dt.date(int(g["year"]), int(g["mon"]), int(g["day"])).isoformat(), "day", ""
        except ValueError:
            return None
    if kind in ("day", "month"):
        month = MONTHS.get(g["month"]) or ABBREVIATIONS[g["month"]]
        year = int(g["year"]) if g.get("year") else nearest_month(month, base, when)
        if kind == "day":
            day = 1 if g["day"] == "1er" else int(g["day"])
            if not g.get("year") and when in ("past", "future"):
                year = nearest_day_year(month, day, base, when) or year
            try:
                return dt.date(year, month, day).isoformat(), "day", ""
            except ValueError:
                return None
        return f"{year}-{month:02d}", "month", mod
    if kind in ("year", "year_mod"):
        return (g.get("year") or str(base.year)), "year", mod
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"]]
        if g["unit"].startswith(("an", "ann")):
            return str(base.year - n), "year", ""
        if g["unit"] == "mois":
            return fmt(add_months(base, -n), "month"), "month", ""
        days = n * (7 if g["unit"].startswith("semaine") else 1)
        return (base - dt.timedelta(days=days)).isoformat(), "day", ""
    if kind == "dayshift":
        if anchor.last is None or anchor.last[1] != "day":
            return None
        n = int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"]]
        days = n * (7 if g["unit"].startswith("semaine") else 1)
        days = -days if g["way"] in ("auparavant", "plus tôt", "avant") else days
        moved = parse_iso(anchor.last[0]) + dt.timedelta(days=days)
        unit = "week" if g["unit"].startswith("semaine") else "day"  # a shift is as precise as its unit
        return fmt(moved, unit), unit, ""
    if kind == "shift":
        if anchor.last is None:
            return None
        n = int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"]]
        months = n * (1 if g["unit"].startswith("mois") else 12)
        months = -months if g["way"] in ("auparavant", "plus tôt") else months
        last, precision = anchor.last
        day = first_day(last, precision)
        moved = add_months(day, months)
        if precision in ("day", "week"):
            last_day = (add_months(moved, 1) - dt.timedelta(days=1)).day
            moved = moved.replace(day=min(day.day, last_day))
        # as precise as its unit ("quatre mois après": a month; "un an plus tôt": a year; "deux ans jour pour jour
        # après": the day), never more than its anchor
        unit = precision if g.get("exact") else "month" if g["unit"].startswith("mois") else "year"
        unit = min(unit, precision, key=PRECISIONS.index)
        return fmt(moved, unit), unit, ""
    if kind in ("same", "same_year"):
        if anchor.last is None:
            return None
        last, precision = anchor.last
        if kind == "same_year":
            month = MONTHS[g["month"]]
            return f"{last[:4]}-{month:02d}", "month", ""
        wanted = {"jour": "day", "mois": "month", "année": "year"}[g["same"]]
        if wanted == "year":
            return last[:4], "year", ""
        if wanted == "month" and precision in ("day", "week"):
            return fmt(first_day(last, precision), "month"), "month", ""
        return (last, precision, "") if precision == wanted else None
    if kind == "next":  # "le mois suivant", "l'année suivante": one unit after the last date given
        if anchor.last is None:
            return None
        last, precision = anchor.last
        unit = {"jour": "day", "semaine": "week", "mois": "month", "année": "year"}[g["next"] or g["next2"]]
        if PRECISIONS.index(precision) < PRECISIONS.index(unit):
            return None  # "le jour suivant" after a month: no day to move from
        day = first_day(last, precision)
        moved = (day + dt.timedelta(days=1 if unit == "day" else 7) if unit in ("day", "week")
                 else add_months(day, 1 if unit == "month" else 12))
        return fmt(moved, unit), unit, ""
    if kind == "relyear":
        shift = -1 if re.search("dernière|dernier|passé", g["relyear"]) else 1 if "prochain" in g["relyear"] else 0
        return str(base.year + shift), "year", ""
    if kind == "relmonth":
        if anchor.precision == "year":
            return str(base.year), "year", ""
        shift = -1 if "dernier" in g["relmonth"] else 1 if "prochain" in g["relmonth"] else 0
        return fmt(add_months(base, shift), "month"), "month", ""
    # the rest are days relative to a day
    if kind == "anchor":  # from the last day the text gave, past coarser dates named since ("en juillet 2023")
        if anchor.last is None:
            return None
        last, precision = anchor.last_day or anchor.last
        if precision != "day":
            return last, precision, ""
        step = 1 if g["anchor"] == "lendemain" else -1
        return (parse_iso(last) + dt.timedelta(days=step)).isoformat(), "day", ""
    if anchor.precision != "day":  # "mardi" in an article dated by month keeps the month
        return anchor.date, anchor.precision, ""
    if kind == "week":
        shift = -7 if re.search("dernière|passée", g["week"]) else 7 if "prochaine" in g["week"] else 0
        return fmt(base + dt.timedelta(days=shift), "week"), "week", ""
    if kind == "relday":
        offsets = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2}
        return (base + dt.timedelta(days=offsets[g["rel"]])).isoformat(), "day", ""
    weekday = WEEKDAYS[g["weekday"]]
    if when == "future":
        delta = (weekday - base.weekday()) % 7 or 7
    else:
        delta = -((base.weekday() - weekday) % 7)
    return (base + dt.timedelta(days=delta)).isoformat(), "day", ""


def find_dates(text: str, start: int, end: int) -> list[tuple[str, re.Match]]:
    """Non-overlapping (kind, match) of temporal expressions in text[start:end], in text order."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, regex in REGEX:
        for m in regex.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "year" and re.match(r"\s*(?:soldats|personnes|hommes|morts|km|kilomètres|habitants|"
                                           r"tonnes|euros|dollars|francs)\b", text[m.end():end], re.IGNORECASE):
                continue  # "2000 soldats" is a number, not a year
            if kind == "year" and re.search(r"(?<!\w)Ouaga\s$", text[max(start, m.start() - 6):m.start()]):
                continue  # "Ouaga 2000", Ouagadougou's district of ministries and embassies
            taken.append((m.start(), m.end()))
            found.append((kind, m))
    return sorted(found, key=lambda f: f[1].start())


AHEAD = 600  # characters after an unanchored shift where the date it counts from may still be given
IDIOM = re.compile(r"(?<!\w)du\s+jour\s+au\s+$", re.IGNORECASE)  # "du jour au lendemain": suddenly, no date
# "la veille de la réunion", "au lendemain du drame": the day before or after an event the text names
EVENT = re.compile(r"\s+(?:de\s+la|de\s+l['’]|du|des|de\s+cette|de\s+cet|de\s+ce)\s+([^\W\d]+)", re.IGNORECASE)


def first_full_date(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(date, precision) of the first date in text[start:end] that gives its own year (`24 août 2024`,
    `juillet 2023`), which needs no anchor to resolve."""
    for kind, m in find_dates(text, start, end):
        if kind in ("numeric", "day", "month") and m.groupdict().get("year"):
            resolved = resolve(kind, m, Anchor("2000-01-01", "day"), None)
            if resolved is not None:
                return resolved[0], resolved[1]
    return None


def event_day(anchor: Anchor, word: str) -> tuple[str, str] | None:
    """The day an event named by `word` happened: the first day-precise date given in a sentence with that
    word (`la réunion de mardi`), else the first day-precise date of the article (the event it reports)."""
    return anchor.events.get(word) or anchor.events.get(word.rstrip("s")) or anchor.first_day


def temporal_expressions(text: str, located, anchor: Anchor) -> list[dict]:
    """Rows (start, end, text, date, date_precision, date_mod) for every expression of a document."""
    rows = []
    for offset, doc, _ in located:
        for kind, m in find_dates(text, offset, offset + len(doc.text)):
            if kind == "day" and re.search(r"(?<!\w)du\s+$", text[max(offset, m.start() - 4):m.start()]) and \
                    re.match(r"\s+au\s+(?:\w+\s+)?(?:1er|\d)", text[m.end():m.end() + 20]):
                continue  # "du 31 mars au 1er avril": a range gives its end
            when = tense(doc, m.start() - offset, m.end() - offset)
            if re.search(DEADLINE, text[max(offset, m.start() - 25):m.start()], re.IGNORECASE) or re.search(
                    EXPECTED, text[max(offset, m.start() - 40):m.start()], re.IGNORECASE) or kind == "month" \
                    and re.search(NEXT, text[max(offset, m.start() - 60):m.start()], re.IGNORECASE):
                when = "future"  # "d'ici le 15 septembre", "l'échéance fixée au 15 septembre"
            if kind == "anchor" and IDIOM.search(text, max(offset, m.start() - 14), m.start()):
                continue
            event = EVENT.match(text, m.end()) if kind == "anchor" else None
            if event is not None and (at := event_day(anchor, event.group(1).lower())) is not None:
                # the day the event was given with, else the day of the event the article reports
                resolved = resolve(kind, m, Anchor(anchor.date, anchor.precision, at, at), when)
            else:
                resolved = resolve(kind, m, anchor, when)
            span = doc.char_span(m.start() - offset, m.end() - offset, alignment_mode="expand")
            if kind in ("shift", "dayshift") and m.group("way") in ("après", "plus tard"):
                close = offset + span.sent.end_char if span is not None else m.end()
                if (ahead := first_full_date(text, m.end(), close)) is not None:
                    # "Un an jour pour jour après la sortie de la Cedeao, le 29 janvier 2025": counted from the date
                    # its own sentence gives the event, not from the last one the text gave
                    resolved = resolve(kind, m, Anchor(anchor.date, anchor.precision, ahead), when)
            forward = resolved is None and kind in ("shift", "dayshift") and anchor.last is None
            if forward and (ahead := first_full_date(text, m.end(), min(len(text), m.end() + AHEAD))):
                # "Un an après l'attaque de Barsalogho du 24 août 2024" (a headline, a lead): counted from the date
                # that follows, which stays the anchor of what comes next
                resolved = resolve(kind, m, Anchor(anchor.date, anchor.precision, ahead), when)
            if resolved is None:
                continue
            date, precision, mod = resolved
            if not forward:
                anchor.last = (date, precision)
                if precision == "day":
                    anchor.last_day = (date, precision)
                    anchor.first_day = anchor.first_day or (date, precision)
                    if span is not None and kind in ("numeric", "day", "weekday", "relday"):  # given, not counted
                        for t in span.sent:
                            if t.is_alpha:
                                for word in (t.lower_, t.lemma_.lower()):
                                    anchor.events.setdefault(word, (date, precision))
            rows.append({"start": m.start(), "end": m.end(), "text": m.group(), "date": date,
                         "date_precision": precision, "date_mod": mod})
    return rows
