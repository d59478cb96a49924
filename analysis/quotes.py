"""Quotations: the words between quote marks, one row each, with the speaker `attribution.py` finds.

Quote marks are found by a scan of each paragraph (written by hand: no maintained library
pairs French « », “ ” and straight quotes with the rule that an unclosed quote stops at the
end of its paragraph). Marks of the same kind nest by depth (`« Les « partenaires » d'hier »`
is one quotation); other marks inside a quotation are part of its text. Sentences are read in
order so that the discourse state (`discourse.py`) follows the article.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from .attribution import Attributor
from .discourse import INTERVIEW_CREDIT, is_byline
from .reference import Reference, slugify

CLOSERS = {"«": "»", "“": "”", '"': '"', "„": "“"}
ALSO_CLOSES = {"“": '"', '"': "”"}
SPACES = " \t\r\n\u00a0\u202f\u2009"


def find_quote_marks(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open, close_end, inner_start, inner_end) of each quote in text[start:end].

    An unclosed quote stops at `end` (the end of its paragraph); stray closers are ignored;
    an opener of the same kind inside a quote opens a nested one, closed before the outer.
    """
    out = []
    i = start
    while i < end:
        ch = text[i]
        if ch not in CLOSERS:
            i += 1
            continue
        closer, alt = CLOSERS[ch], ALSO_CLOSES.get(ch)
        nests = closer != ch  # straight quotes cannot nest
        depth, j = 0, i + 1
        while j < end:
            if nests and text[j] == ch:
                depth += 1
            elif text[j] == closer or text[j] == alt:
                if depth == 0:
                    break
                depth -= 1
            j += 1
        close_end = min(j + 1, end)
        inner_start, inner_end = i + 1, j
        while inner_start < inner_end and text[inner_start] in SPACES:
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1] in SPACES:
            inner_end -= 1
        if inner_end > inner_start:
            out.append((i, close_end, inner_start, inner_end))
        i = close_end
    return out


def find_quotes(text: str, located: list[tuple[int, Doc, list[int]]], bounds_of: list[list[tuple[int, int]]],
                mentions: list[dict], reference: Reference, date: str,
                dateline: str | None = None) -> tuple[list[dict], list[dict]]:
    """Quote rows of one document, and the pronoun and role mentions their speakers add."""
    attributor = Attributor(reference, date, mentions, dateline)
    rows = []
    texts = [(offset, doc.text) for offset, doc, _ in located]  # (spaCy joins a doc's tokens each time it is asked)
    for paragraph, ((offset, doc, sentence_of), bounds) in enumerate(zip(located, bounds_of), start=1):
        marks = find_quote_marks(text, offset, offset + len(texts[paragraph - 1][1]))
        attributor.discourse.learn(doc, offset, paragraph, tuple((m[0], m[1]) for m in marks), bounds)
        token_marks = []
        for q_open, q_close_end, _, _ in marks:
            a = doc.char_span(q_open - offset, q_open - offset + 1, alignment_mode="expand")
            b = doc.char_span(q_close_end - offset - 1, q_close_end - offset, alignment_mode="expand")
            token_marks.append((a.start, b.end - 1))
        first_word = next((t.i for t in doc if not t.is_space), 0)
        quoted = {i for a, b in token_marks for i in range(a, b + 1)}
        attributor.previous = None
        byline = is_byline(doc)
        for lo, hi in bounds:
            here = [(m, t) for m, t in zip(marks, token_marks) if lo <= t[0] < hi]
            if not here:
                if not byline:  # "Par Olivier Kpadé" sets up nobody who speaks
                    attributor.reporting_clauses(doc, offset, lo, hi, quoted)
                    attributor.discourse.role_mentions(doc, offset, quoted, lo, hi)
                attributor.previous = (lo, hi)
                continue
            # a quotation running over several sentences: its clause ends with the sentence it closes in
            hi = max(next(e for s, e in bounds if s <= min(t[1], len(doc) - 1) < e) for _, t in here)
            for (q_open, _, inner_start, inner_end), (t_open, t_close) in here:
                prefix = text[offset + doc[lo].idx:q_open].strip()
                partial = bool(prefix) and not prefix.endswith(":")
                speaker = attributor.attribute(doc, offset, t_open, t_close, lo, hi, quoted, partial,
                                               t_open == first_word)
                rows.append({
                    "sentence": sentence_of[t_open], "start": inner_start, "end": inner_end,
                    "text": text[inner_start:inner_end], "speaker_id": speaker.actor_id,
                    "speaker_text": speaker.text, "speaker_start": speaker.start, "speaker_end": speaker.end,
                    "verb": speaker.verb, "attribution": speaker.attribution, "is_partial": partial,
                    "office_holder": office_holder(speaker.actor_id, speaker.text, reference, date),
                })
            attributor.discourse.role_mentions(doc, offset, quoted, lo, hi)
            attributor.previous = (lo, hi)
    interview_answers(rows, texts, mentions)
    labelled_answers(rows, texts, mentions, attributor.discourse.extra_mentions)
    borrowed_speakers(rows, headline_end(texts), attributor.discourse.extra_mentions, reference)
    people = {m["actor_id"] for m in mentions + attributor.discourse.extra_mentions if m["actor_kind"] == "person"}
    said_again_by_a_person(rows, people)
    echoed_intertitles(rows, texts[1:])
    continued_quotations(rows, texts)
    for n, row in enumerate(rows, start=1):
        row["quote"] = n
    return rows, attributor.discourse.extra_mentions


def office_holder(speaker_id: str | None, speaker_text: str | None, reference: Reference, date: str) -> str | None:
    """The person who held the office a speaker phrase names, when the article leaves the words to the
    office's state or organisation (`le chef de l'Etat nigérien` in 2024 → Tiani, from `offices.csv`).
    The speaker stays the state, as the annotation guidelines want; this says who held the office."""
    if not speaker_id or not speaker_text or reference.kind(speaker_id) not in ("state", "organization"):
        return None
    words = speaker_text.lower().replace("’", "'")
    for phrase, office in reference.roles:
        if phrase in words and (holder := reference.holder(office, speaker_id, date)):
            return holder
    return None


KICKER_WORDS = 4  # a first paragraph of at most this many words, unpunctuated, is a rubric or masthead
RUBRIC_WORDS = 8  # and one of at most this many above a short paragraph (`Studio Tamani - Le grand entretien`)
HEADLINE_WORDS = 30  # a paragraph of at most this many words is a headline, not a lead
KICKERS = 2  # a masthead and a rubric (`Le Pays` above `Décryptage`) may both stand above the headline


def headline_end(paragraphs: list[tuple[int, str]]) -> int:
    """Where the headline ends: the end of the first paragraph, or of the one after the rubrics or mastheads printed
    above it (`Analyse`, `Sidwaya`, `L'Observateur Paalga`, `Le Pays` then `Décryptage`: a few words, no quotation,
    no sentence punctuation; up to `RUBRIC_WORDS` above a short paragraph: `Revue de presse - Lundi 9 février 2026`)."""
    for n, (offset, text) in enumerate(paragraphs[:KICKERS + 1]):
        words = text.split()
        short_next = n + 1 < len(paragraphs) and len(paragraphs[n + 1][1].split()) <= HEADLINE_WORDS
        kicker = not re.search(r"[«»\"“”.!?:;]", text) and (
            len(words) <= KICKER_WORDS or len(words) <= RUBRIC_WORDS and short_next)
        if not kicker or n == KICKERS or n + 1 == len(paragraphs):
            return offset + len(text)
    return 0


EXPLICIT = ("name", "title", "metonymy", "interview")  # attributions whose cue names the speaker itself
UNCUED = ("none", "discourse", "sentence")  # attributions that read no reporting cue of the quotation's own
BYLINE = re.compile(rf"(?:Par\s|{INTERVIEW_CREDIT})", re.IGNORECASE)
INTERVIEWED = re.compile(INTERVIEW_CREDIT, re.IGNORECASE)
# the header of an interview set in a longer article: "Trois questions à X", "Entretien avec X", "Questions à X"
INTERVIEW_HEADER = re.compile(r"(?:(?:\w+\s+)?questions?\s+(?:à|a)|entretien\s+avec|interview\s+(?:de|avec))"
                              r"(?:\s|…|\.\.\.|\s*:)", re.IGNORECASE)  # ("Trois questions à… X", "Entretien avec : X")
# a line that says who answers the questions after it ("X a répondu à nos questions", "X nous a accordé un entretien")
ANSWERS = re.compile(r"(?<!\w)(?:répond\w*\s+(?:à\s+|aux\s+)(?:nos|mes|des|quelques)?\s*questions|accept\w*\s+de\s+répondre|"
                     r"(?:nous|m['’])\s*a\s+accordé|accord\w*\s+(?:un\s+|une\s+)?(?:entretien|interview))", re.IGNORECASE)
HEADER_REACH = 3  # paragraphs before the first question within which an interview's header stands


def interview_answers(rows: list[dict], paragraphs: list[tuple[int, str]], mentions: list[dict]) -> None:
    """The answers of a question-and-answer interview are the interviewee's (`interview`): a paragraph that
    opens with a quote mark and whose quotations no cue attributes, right after a paragraph of the interviewer
    that ends with a question mark, or after such an answer (an answer running over several paragraphs); in an
    interview (a credit `Propos recueillis par`, or two such answers) every such paragraph after the first
    question, whatever the prompt before it. The interviewee is the person the article names most before its
    first question, outside bylines (`Propos recueillis par …`) and quotations, the earliest of them on a tie;
    but the person a header names (`Trois questions à… X`, up to `HEADER_REACH` paragraphs before the first
    question), or the one person named by the line before it that says who answers (`ANSWERS`)."""
    texts = [(offset, text.strip()) for offset, text in paragraphs]
    questions = [i for i, (_, t) in enumerate(texts) if t.endswith("?") and not t.startswith(tuple(CLOSERS))]
    opens = [i for i, (_, t) in enumerate(texts) if t.startswith(tuple(CLOSERS))]
    portrait = not questions and any(INTERVIEWED.match(t) for _, t in texts)
    if not (questions or portrait) or not opens:
        return
    interviewee = the_interviewee(texts, paragraphs, questions[0] if questions else opens[0], rows, mentions)
    if interviewee is None:
        return
    by_paragraph: dict[int, list[dict]] = {}
    offsets = [offset for offset, _ in paragraphs]
    for row in rows:
        by_paragraph.setdefault(bisect.bisect_right(offsets, row["start"]) - 1, []).append(row)

    def answer(i: int, uncued: tuple[str, ...]) -> bool:
        mine = by_paragraph.get(i, [])
        return texts[i][1].startswith(tuple(CLOSERS)) and bool(mine) and all(r["attribution"] in uncued for r in mine)

    answers, answering = [], False
    for i, (_, text) in enumerate(texts):
        if not text:
            continue
        if (answering or portrait) and answer(i, ("none",) if portrait else UNCUED):  # a portrait keeps the
            answers.append(i)  # speakers its narration sets up
            continue
        answering = i in questions
    if questions and (len(answers) >= 2 or any(INTERVIEWED.match(t) for _, t in texts)):
        # a question-and-answer interview: its prompts are not all questions (`Sur les réseaux sociaux, beaucoup y
        # voient une fuite.`) and set up no speaker; every answer paragraph from the first question on is one
        answers += [i for i in range(questions[0] + 1, len(texts)) if i not in answers and answer(i, UNCUED)]
    for i in answers:
        for r in by_paragraph[i]:
            r.update(speaker_id=interviewee, attribution="interview", speaker_text=None, speaker_start=None,
                     speaker_end=None)


def the_interviewee(texts: list[tuple[int, str]], paragraphs: list[tuple[int, str]], first: int, rows: list[dict],
                    mentions: list[dict]) -> str | None:
    """The person an interview questions (see `interview_answers`): `first` is the index of its first question
    (or of its first answer, in a portrait without questions); `texts` the paragraphs stripped."""
    asked = texts[first][1].endswith("?") and not texts[first][1].startswith(tuple(CLOSERS))  # a question
    first_question = paragraphs[first][0]
    bylines = [(offset, offset + len(text)) for offset, text in paragraphs if BYLINE.match(text.strip())]
    quoted = [(r["start"], r["end"]) for r in rows]
    named = [m["actor_id"] for m in mentions if m["actor_kind"] == "person" and m["start"] < first_question
             and not any(a <= m["start"] < b for a, b in bylines + quoted)]
    if not named:
        return None
    interviewee = max(dict.fromkeys(named), key=named.count)
    before = [i for i in range(first - 1 if asked else -1, -1, -1) if texts[i][1]
              and not BYLINE.match(texts[i][1])][:HEADER_REACH]
    header = next((i for i in before if INTERVIEW_HEADER.match(texts[i][1])), None)

    def named_in(i: int) -> list[str]:
        lo, hi = paragraphs[i][0], paragraphs[i][0] + len(paragraphs[i][1])
        return [m["actor_id"] for m in mentions if m["actor_kind"] == "person" and lo <= m["start"] < hi
                and not any(a <= m["start"] < b for a, b in quoted)]
    if header is not None and (introduced := named_in(header)):
        # "Trois questions à X, directeur …", "Entretien avec X", also with a line introducing X after it
        # ("Economiste à …, elle a longtemps plaidé …"): whom its header names
        interviewee = max(dict.fromkeys(introduced), key=named.count)
    elif header is None and before and ANSWERS.search(texts[before[0]][1]) \
            and len(set(introduced := named_in(before[0]))) == 1:
        interviewee = introduced[0]  # "Son directeur général, X, a répondu à nos questions." before the first one
    return interviewee


# the label that opens a turn of a question-and-answer interview: `Sidwaya :`, `Oumarou Sanfo :`, `A. B. Hassane :`
TURN_LABEL = re.compile(r"([A-ZÀ-Ý][\w.'’\u00a0 -]{0,40}?)\s*:\s+(?=\S)")
LABEL_WORDS = 5  # a label is a name or an outlet, never a clause


def turn_label(text: str) -> str | None:
    """The label a paragraph of an interview opens with (`Oumarou Sanfo : Un bilan …` → `Oumarou Sanfo`), if any."""
    label = TURN_LABEL.match(text)
    return label.group(1).strip() if label and len(label.group(1).split()) <= LABEL_WORDS else None


def interview_voices(paragraphs: list[tuple[int, str]], rows: list[dict], mentions: list[dict]) -> list[dict]:
    """The answers of a question-and-answer interview printed without quote marks (`Oumarou Sanfo : Nous émettons
    …`, or a bare paragraph after a question): no quotations (the guidelines), but the interviewee's words, whose
    `nous` is the side he speaks for (`Relator.first_person`). One `{start, end, speaker_id}` per answer, after its
    label. An interview has two questions or more: paragraphs that end with `?` or open with the label the
    interviewer's questions carry (`Sidwaya :`); and that label, or a credit (`Propos recueillis par`), a header
    (`Entretien avec X`) or a line saying who answers before its first question. An answer is a paragraph after the first question that is no
    question, opens with no quote mark (`interview_answers` reads those), and is no byline, no intertitle (a short
    line with no final stop) and no label of the interviewer's. Its speaker is the one person its label names, by a
    mention inside it or by initials (`A. B. Hassane`, one per word of the id, as `labelled_answers` reads them),
    else the interviewee (`the_interviewee`)."""
    texts = [(offset + len(text) - len(text.lstrip()), text.strip()) for offset, text in paragraphs]
    asked = [i for i, (_, t) in enumerate(texts) if t.endswith("?") and not t.startswith(tuple(CLOSERS))]
    askers = {label for i in asked if (label := turn_label(texts[i][1]))}
    questions = sorted(set(asked) | {i for i, (_, t) in enumerate(texts) if askers and turn_label(t) in askers})
    if len(questions) < 2 or not askers and not any(
            INTERVIEWED.match(t) or INTERVIEW_HEADER.match(t) or ANSWERS.search(t) for _, t in texts[:questions[0]]):
        return []  # (an op-ed's rhetorical questions make no interview)
    interviewee = the_interviewee(texts, paragraphs, questions[0], rows, mentions)
    people: dict[str, list[str]] = {}
    for actor_id in dict.fromkeys(m["actor_id"] for m in mentions if m["actor_kind"] == "person"):
        people.setdefault(initials(actor_id), []).append(actor_id)
    persons = sorted((m["start"], m["actor_id"]) for m in mentions if m["actor_kind"] == "person")
    voices, asked = [], set(questions)
    for i in range(questions[0] + 1, len(texts)):
        offset, text = texts[i]
        if not text or i in asked or text.startswith(tuple(CLOSERS)) or BYLINE.match(text) or (
                len(text.split()) <= INTERTITLE_WORDS and not text.endswith((".", "!", "…", "?"))):
            continue
        speaker, start = interviewee, offset
        if label := turn_label(text):
            start = offset + text.index(":", len(label)) + 1
            named = {a for _, a in persons[bisect.bisect_left(persons, (offset, "")):
                                           bisect.bisect_left(persons, (start, ""))]}  # (by bisection: a long
            # article of many interviews costs its length)
            fits = named or set(people.get(initials(label), []))
            speaker = next(iter(fits)) if len(fits) == 1 else speaker
        if speaker is not None:
            voices.append({"start": start, "end": offset + len(text), "speaker_id": speaker})
    return voices


# an interview's answer set after its speaker's initials: "R. A. G. : « … »", "A. S.-K. : « … »" (the letters
# of a name in the article, one per word of its id)
ANSWER_LABEL = re.compile(r"((?:[A-ZÀ-Ý]\.[\s\u00a0\u202f-]*){1,5})\s*:\s*(?=[«“\"])")
BARE_LABEL = re.compile(r"((?:[A-ZÀ-Ý]\.[\s\u00a0\u202f-]*){2,5})\s*:\s")  # the same label before words: two letters
# at least (a lone `M. :` is no one's initials)


def initials(text: str) -> str:
    """The initials of an id or a label, one per word of its slug (`aminata-sanou-kabore` and `A. S.-K.` → ask)."""
    return "".join(word[0] for word in slugify(text).split("-") if word)


def labelled_answers(rows: list[dict], paragraphs: list[tuple[int, str]], mentions: list[dict],
                     extra_mentions: list[dict]) -> None:
    """An answer a question-and-answer interview prints after its speaker's initials (`R. A. G. : « … »`) is the
    words of the one person the article names whose id has those initials, one per word (`rakia-abdou-garba`), when no
    cue of its own attributes it; `speaker_text` is the label, and the label is a mention of that person (method
    `initials`, added to `extra_mentions`). Initials that fit no one, or two people, say nothing.
    (`interview_answers` reads answers that open with the quote mark; these open with their label.)"""
    people: dict[str, list[str]] = {}
    for actor_id in dict.fromkeys(m["actor_id"] for m in mentions if m["actor_kind"] == "person"):
        people.setdefault(initials(actor_id), []).append(actor_id)
    for offset, text in paragraphs:
        lead = len(text) - len(text.lstrip())
        label = ANSWER_LABEL.match(text, lead)
        if label is None and (bare := BARE_LABEL.match(text, lead)) is not None \
                and len(who := people.get(initials(bare.group(1)), [])) == 1:
            # "Z. H. : Très mal, je ne vais pas vous mentir.": an answer printed without quotation marks is no
            # quotation, but its label is still a mention of whom it names
            start = offset + bare.start(1)
            end = start + len(bare.group(1).rstrip())
            extra_mentions[:] = [m for m in extra_mentions if not start <= m["start"] < end]
            extra_mentions.append({"start": start, "end": end, "text": text[start - offset:end - offset],
                                   "actor_id": who[0], "actor_kind": "person", "method": "initials"})
            continue
        who = people.get(initials(label.group(1)), []) if label else []
        if len(who) != 1:
            continue
        start, end = offset + label.start(1), offset + label.start(1) + len(label.group(1).rstrip())
        extra_mentions[:] = [m for m in extra_mentions if not start <= m["start"] < end]  # ("M. T.-D.": no `M.`
        # and a person `T.-D.`, which the title rule reads in it)
        extra_mentions.append({"start": start, "end": end, "text": text[start - offset:end - offset],
                               "actor_id": who[0], "actor_kind": "person", "method": "initials"})
        for row in rows:
            in_answer = offset + label.end() <= row["start"] < offset + len(text)
            read_in_label = row["speaker_start"] is not None and start <= row["speaker_start"] < end
            if in_answer and (row["attribution"] in UNCUED or read_in_label):
                row.update(speaker_id=who[0], attribution="interview", speaker_text=text[label.start(1):end - offset],
                           speaker_start=start, speaker_end=end)


INTERTITLE_WORDS = 12  # a quotation standing alone as a paragraph of at most this many words is an intertitle


def spoken_words(text: str) -> str:
    """A quotation's words casefolded, its punctuation and spacing made single spaces: what two quotations of the
    same words share however each is punctuated."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def content_words(text: str) -> set[str]:
    """The words of a quotation that carry its content: casefolded, three letters or more (`ni`, `de`, `l'`
    say nothing of who said it)."""
    return {w for w in "".join(c if c.isalnum() else " " for c in text.casefold()).split() if len(w) >= 3}


def continued_quotations(rows: list[dict], paragraphs: list[tuple[int, str]]) -> None:
    """One quotation over several paragraphs (French leaves it open at a paragraph's end and reopens it with a
    new `«`) has one speaker: a part no cue attributes takes the speaker of the part before it, else of the part
    after it (`« Je n'ai jamais … ¶ « Les autorités doivent … », poursuit l'imam`: the imam's twice, whichever
    part the cues found him for). Forwards first, then backwards, so a part passes its speaker on over three
    paragraphs."""
    ends = {offset + len(text.rstrip(SPACES)): n for n, (offset, text) in enumerate(paragraphs)}
    starts = {offset + len(text) - len(text.lstrip(SPACES)): n for n, (offset, text) in enumerate(paragraphs)}

    def carried(row: dict, after: dict) -> bool:  # `row` runs to its paragraph's end, `after` opens the next
        paragraph = ends.get(row["end"])  # (no closing mark after the words)
        opener = next((p for p in range(after["start"] - 1, after["start"] - 3, -1) if p in starts), None)
        return paragraph is not None and opener is not None and starts[opener] == paragraph + 1

    def take(row: dict, source: dict) -> None:
        if not row["speaker_id"] and row["attribution"] in UNCUED and source["speaker_id"]:
            row.update(speaker_id=source["speaker_id"], attribution="discourse", speaker_text=None,
                       speaker_start=None, speaker_end=None)
    pairs = [(row, after) for row, after in zip(rows, rows[1:]) if carried(row, after)]
    for row, after in pairs:
        take(after, row)
    for row, after in reversed(pairs):
        take(row, after)


def echoed_intertitles(rows: list[dict], paragraphs: list[tuple[int, str]]) -> None:
    """A quoted intertitle (a paragraph after the first that is one short quotation and nothing else, which no
    cue attributes) that repeats or nearly repeats words the article quotes later is the speaker's of those
    words: `« Ni conditions ni leçons »` above `… ne pose « ni conditions ni leçons » …`. Nearly: the later
    quotation holding most of its content words (two thirds or more), the earliest of the best; one without an
    echo keeps the running speaker."""
    alone = {offset + len(text) - len(text.lstrip()): text.strip() for offset, text in paragraphs}
    for n, row in enumerate(rows):
        paragraph = alone.get(row["start"] - 1) or alone.get(row["start"] - 2)  # "«" or "« " before the words
        if row["attribution"] not in UNCUED or paragraph is None \
                or paragraph.strip("«»“”\"„ \u202f\u00a0.!?…") != row["text"].strip(" \u202f\u00a0.!?…") \
                or len(row["text"].split()) > INTERTITLE_WORDS:
            continue
        words = content_words(row["text"])
        if not words:
            continue
        best, echo = 2 / 3, None
        for later in rows[n + 1:]:
            share = len(words & content_words(later["text"])) / len(words)
            if share > best or share == best and echo is None:
                best, echo = share, later
        if echo is not None and (echo["speaker_id"] or echo["attribution"] == "anonymous"):
            row.update(speaker_id=echo["speaker_id"], attribution="discourse" if echo["speaker_id"] else "anonymous",
                       speaker_text=None, speaker_start=None, speaker_end=None)


def said_again_by_a_person(rows: list[dict], people: set[str]) -> None:
    """A quotation given to a state or an organisation, or to nobody, whose words a later quotation gives to a
    person is that person's: a headline or lead that quotes ahead what a minister says in the body
    (`Ouagadougou dénonce un « tissu de mensonges »` … `« C'est un tissu de mensonges », a déclaré le ministre`),
    as the guidelines decide (the person the body gives the words to, whatever the headline names). The later
    quotation repeats all its words, and holds two content words of them or more when it says more (one word
    such as `souveraineté` comes back in many mouths). The attribution still says how the quotation designates
    its speaker (`metonymy` for `Ouagadougou`, as the guidelines mark it); an anonymous source keeps its own.
    `people` are the ids the article's mentions name as persons."""
    said = [spoken_words(row["text"]) for row in rows]
    theirs = [(m, f" {said[m]} ") for m, row in enumerate(rows) if row["speaker_id"] in people]  # (a long article: once)
    for n, row in enumerate(rows):
        if row["attribution"] == "anonymous" or row["speaker_id"] in people or not said[n]:
            continue
        short, own = len(content_words(row["text"])) < 2, f" {said[n]} "
        echo = next((m for m, later in theirs if m > n and (later == own or not short and own in later)), None)
        if echo is None:
            continue
        row["speaker_id"] = rows[echo]["speaker_id"]  # the headline's words keep how it designates him (`metonymy`)
        if row["attribution"] in UNCUED:
            row.update(attribution="discourse", speaker_text=None, speaker_start=None, speaker_end=None)


def borrowed_speakers(rows: list[dict], paragraph_one_end: int, extra_mentions: list[dict],
                      reference: Reference) -> None:
    """A quotation the article repeats later (a headline or lead that quotes ahead the words the body gives
    with their speaker) is that later quotation's speaker's, unless its own cue names the speaker (`EXPLICIT`):
    `« … », lance la gouverneure` in the headline is the woman the body introduces.
    A quotation of the headline that nothing attributes, or only a guess (`sentence`), takes the speaker of the
    body's first quotation that nearly repeats it (`content_words`: two thirds of its two or more), else, when
    nothing attributes it, the speaker of the body's quotation that contains its words, else the person the article
    quotes most when that is half its quotes or more (a portrait, an interview). A role or pronoun taken up so is a
    mention of the new speaker (`extra_mentions`)."""
    said = [spoken_words(row["text"]) for row in rows]
    last = {w: n for n, (w, row) in enumerate(zip(said, rows)) if w and row["speaker_id"]}  # (a long article: once)
    for n, row in enumerate(rows):
        if row["attribution"] in EXPLICIT or last.get(said[n], n) <= n:
            continue
        later = rows[last[said[n]]]
        if later["speaker_id"] == row["speaker_id"]:
            continue
        if row["attribution"] in ("role", "pronoun"):  # the words name the speaker: they stay, as a mention of them
            for m in extra_mentions:
                if (m["start"], m["end"]) == (row["speaker_start"], row["speaker_end"]):
                    m["actor_id"], m["actor_kind"] = later["speaker_id"], reference.kind(later["speaker_id"])
        else:
            row.update(speaker_text=None, speaker_start=None, speaker_end=None, attribution="discourse")
        row["speaker_id"] = later["speaker_id"]
    body = [r for r in rows if r["start"] >= paragraph_one_end and r["speaker_id"]]
    counts: dict[str, int] = {}
    for r in body:
        counts[r["speaker_id"]] = counts.get(r["speaker_id"], 0) + 1
    top = max(counts, key=counts.get) if counts else None
    for row in rows:  # "Délestages : « On vit au rythme des coupures »" above "« On vit au rythme des coupures
        # de la Sonabel. … », soupire X": words of the headline that no cue, or only a guess, attributes and that the
        # body quotes nearly (two thirds of their content words, two or more) are the body's speaker's
        own = content_words(row["text"])
        if row["start"] >= paragraph_one_end or row["attribution"] not in ("none", "sentence") or len(own) < 2:
            continue
        echo = next((r for r in body if 3 * len(own & content_words(r["text"])) >= 2 * len(own)), None)
        if echo is not None and echo["speaker_id"] != row["speaker_id"]:
            row.update(speaker_id=echo["speaker_id"], attribution="discourse", speaker_text=None, speaker_start=None,
                       speaker_end=None)
    for row in rows:
        if row["start"] >= paragraph_one_end or row["speaker_id"]:
            continue
        same = next((r for r in body if spoken_words(row["text"]) and spoken_words(row["text"]) in spoken_words(r["text"])),
                    None)
        if same is not None:
            row["speaker_id"], row["attribution"] = same["speaker_id"], "discourse"
        elif top is not None and counts[top] * 2 >= len(body) and len(body) >= 2 and not row["is_partial"]:
            row["speaker_id"], row["attribution"] = top, "discourse"
