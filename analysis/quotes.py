"""Quotations and who said them.

Quote marks are found by a scan of each paragraph (written by hand: no maintained library
pairs French « », “ ” and straight quotes with the rule that an unclosed quote stops at the
end of its paragraph). The speaker is then found around the reporting verb (reviewed lemmas
in `data/reporting_verbs.csv`): after the quote (`…", a affirmé le colonel Goïta`), before it
(`X a déclaré : « … »`) or from `selon X`. The words naming the speaker are resolved in this
order: a named person, a role held at the document's date (`data/roles.csv`,
`data/offices.csv`), an institution (`le communiqué du régime burkinabè` → BFA), an anonymous
source, a state or organisation (a capital as government), a pronoun (the last named speaker).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .reference import Reference

CLOSERS = {"«": "»", "“": "”", '"': '"', "„": "“"}
ALSO_CLOSES = {"“": '"', '"': "”"}
SPACES = " \t\r\n\u00a0\u202f\u2009"
PRONOUNS = {"il", "elle", "ils", "elles"}
# Words that may continue a speaker's noun phrase after its head ("le chef du pouvoir malien").
LINKS = {"de", "du", "des", "d'", "d’"}
NP_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}


def find_quote_marks(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open, close_end, inner_start, inner_end) of each quote in text[start:end].

    An unclosed quote stops at `end` (the end of its paragraph); stray closers are ignored;
    quote marks inside a quote are part of its text.
    """
    out = []
    i = start
    while i < end:
        ch = text[i]
        if ch not in CLOSERS:
            i += 1
            continue
        closer, alt = CLOSERS[ch], ALSO_CLOSES.get(ch)
        j = i + 1
        while j < end and text[j] != closer and text[j] != alt:
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


@dataclass
class Speaker:
    """Who a quote is attributed to, and how."""

    actor_id: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    verb: str | None = None
    attribution: str = "none"


@dataclass
class Context:
    """What the attribution has seen so far in one document."""

    last_speaker: str | None = None
    extra_mentions: list[dict] = field(default_factory=list)


def verb_at(tok, reference: Reference) -> tuple[str, int] | None:
    """(lemma, last token index) when a reporting verb starts at `tok`."""
    if tok.pos_ not in ("VERB", "AUX") and tok.lemma_ not in reference.verbs:
        return None
    lemma = tok.lemma_.lower()
    for rest in reference.verbs.get(lemma, []):
        words = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 1 + len(rest)]]
        if tuple(words) == rest:
            return " ".join((lemma, *rest)), tok.i + len(rest)
    return None


def noun_phrase(doc: Doc, i: int, stop: int) -> Span | None:
    """The speaker's noun phrase starting at or after token i (skipping adverbs), before `stop`."""
    while i < stop and doc[i].pos_ == "ADV":
        i += 1
    if i >= stop or doc[i].pos_ not in NP_POS or doc[i].is_punct:
        return None
    j = i
    while j < stop:
        t = doc[j]
        if t.pos_ in NP_POS and not t.is_punct and not (t.pos_ == "PRON" and j > i):
            j += 1
        elif t.lower_ in LINKS and j + 1 < stop and doc[j + 1].pos_ in NP_POS and j > i:
            j += 1
        else:
            break
    while j > i and doc[j - 1].lower_ in LINKS | {"le", "la", "les", "l'", "l’", "un", "une"}:
        j -= 1
    return doc[i:j] if j > i else None


def subject_before(verb_i: int, doc: Doc, lo: int) -> Span | None:
    """The subject of a verb that precedes it ("Le ministre Abdoulaye Diop a déclaré"): its
    nsubj, or else the noun phrase right before its auxiliaries (the parser misses some)."""
    verb = doc[verb_i]
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and lo <= c.i < verb_i]
    for child in sorted(subjects, key=lambda c: (c.pos_ not in ("NOUN", "PROPN", "PRON"), -c.i)):
            left, right = max(child.left_edge.i, lo), min(child.right_edge.i + 1, verb_i)
            commas = [t.i for t in doc[left:right] if t.text == ","]
            left = max([c + 1 for c in commas if c < child.i], default=left)  # "Interrogée par X, la ministre"
            right = min([c for c in commas if c > child.i], default=right)    # "Omar Touray, président de…"
            return doc[left:right]
    j = verb_i
    while j > lo and (doc[j - 1].pos_ in ("AUX", "ADV") or doc[j - 1].lower_ in ("ne", "n'", "n’")):
        j -= 1  # past "a", "a également", "n'a pas"
    i = j
    while i > lo and (doc[i - 1].pos_ in NP_POS or doc[i - 1].lower_ in LINKS) and not doc[i - 1].is_punct:
        i -= 1
    while i < j and doc[i].lower_ in LINKS:
        i += 1
    return doc[i:j] if j > i else None


def speaker_phrase(doc: Doc, verb: tuple[str, int], verb_i: int, lo: int, hi: int, before_quote: bool):
    """The words naming the speaker of a reporting verb, searched inside doc[lo:hi]."""
    for t in doc[max(lo, verb_i - 3):verb_i]:
        if t.pos_ == "PRON" and t.text.startswith("-") and t.lower_.lstrip("-") in PRONOUNS:
            return doc[t.i:t.i + 1]  # "a-t-il poursuivi"
    if before_quote:
        return subject_before(verb_i, doc, lo) or noun_phrase(doc, verb[1] + 1, hi)
    return noun_phrase(doc, verb[1] + 1, hi) or subject_before(verb_i, doc, lo)


class Attributor:
    """Attributes the quotes of one document, in order."""

    def __init__(self, reference: Reference, date: str, mentions: list[dict]):
        self.reference, self.date = reference, date
        self.mentions = sorted(mentions, key=lambda m: m["start"])
        self.starts = [m["start"] for m in self.mentions]
        self.ctx = Context()
        self.institutions: list[tuple[int, str]] = []

    def mentions_in(self, start: int, end: int) -> list[dict]:
        """Mentions that overlap [start, end)."""
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[:hi] if m["end"] > start]

    def last_person_before(self, pos: int) -> str | None:
        lo = bisect.bisect_left(self.starts, pos)
        for m in reversed(self.mentions[:lo]):
            if m["actor_kind"] == "person":
                return m["actor_id"]
        return None

    def note_institutions(self, doc: Doc, offset: int) -> None:
        """Remember "communiqué du régime burkinabè"-like phrases: a cue noun, then an actor nearby."""
        for t in doc:
            if self.reference.speaker_cues.get(t.lower_) == "institution":
                near = self.mentions_in(offset + t.idx, offset + doc[min(t.i + 5, len(doc) - 1)].idx + 1)
                actors = [m for m in near if m["actor_kind"] in ("state", "organization")]
                if actors:
                    self.institutions.append((offset + t.idx, actors[0]["actor_id"]))
        self.institutions.sort()

    def resolve(self, span: Span, offset: int, tail: str) -> tuple[str | None, str]:
        """(actor_id, attribution) for the words naming a speaker; `tail` is the rest of the clause."""
        ref = self.reference
        start, end = offset + span.start_char, offset + span.end_char
        words = span.text.lower().replace("’", "'")
        inside = self.mentions_in(start, end)
        people = [m for m in inside if m["actor_kind"] == "person"]
        if people:
            m = people[-1]
            has_title = m["method"] == "title" or any(t in words.split()[:-1] for t in ref.titles)
            return m["actor_id"], "title" if has_title else "name"
        bodies = [m for m in inside if m["actor_kind"] in ("state", "organization")]
        for phrase, office in ref.roles:
            if phrase in words:
                for m in bodies:
                    holder = ref.holder(office, m["actor_id"], self.date)
                    if holder:
                        return holder, "role"
        if bodies and any(t.lower_ in ref.titles for t in span):
            return bodies[0]["actor_id"], "role"  # an office whose holder the table lacks: its state
        tokens = [t.lower_ for t in span]
        cue_kinds = {ref.speaker_cues.get(t) for t in tokens + tail.lower().split()}
        if "anonymous" in {ref.speaker_cues.get(t) for t in tokens} or (
                "anonymous" in cue_kinds and not inside):
            return None, "anonymous"
        if any(ref.speaker_cues.get(t) == "institution" for t in tokens):
            actors = [m for m in inside if m["actor_kind"] in ("state", "organization")]
            if actors:
                return actors[0]["actor_id"], "institution"
            earlier = [a for pos, a in self.institutions if pos < start]
            return (earlier[-1] if earlier else None), "institution"
        actors = [m for m in inside if m["actor_kind"] in ("state", "organization", "armed_group")]
        if actors:
            return actors[0]["actor_id"], "metonymy" if actors[0]["method"] == "metonymy" else "name"
        if len(span) == 1 and span[0].lower_.lstrip("-") in PRONOUNS:
            return self.ctx.last_speaker or self.last_person_before(start), "pronoun"
        return None, "none"

    def attribute(self, doc: Doc, offset: int, bounds: list[tuple[int, int]], q_open: int, q_close: int,
                  quotes_in_sentence: list[tuple[int, int]]) -> Speaker:
        """Speaker of the quote whose marks are doc tokens q_open..q_close (inclusive)."""
        def sentence_of(i: int) -> tuple[int, int]:
            return next((s, e) for s, e in bounds if s <= i < e)

        inside = {i for a, b in quotes_in_sentence for i in range(a, b + 1)}
        s_lo, _ = sentence_of(q_open)
        _, s_hi = sentence_of(min(q_close, len(doc) - 1))
        found = None
        for i in range(q_close + 1, s_hi):  # after the quote: "…", a affirmé X
            if i not in inside and (v := verb_at(doc[i], self.reference)):
                found = (v, i, False)
                break
        if found is None:  # before the quote: X a déclaré : « … »
            for i in range(q_open - 1, s_lo - 1, -1):
                if i not in inside and (v := verb_at(doc[i], self.reference)):
                    found = (v, i, True)
                    break
        speaker = Speaker()
        span = None
        if found is not None:
            (lemma, last), verb_i, before = found
            speaker.verb = lemma
            lo, hi = (s_lo, q_open) if before else (q_close + 1, s_hi)
            lo = s_lo if before else lo
            span = speaker_phrase(doc, (lemma, last), verb_i, lo, hi, before)
        if span is None:
            selon = next((t for t in doc[s_lo:s_hi] if t.lower_ == "selon" and t.i not in inside), None)
            if selon is not None:
                span = noun_phrase(doc, selon.i + 1, s_hi)
        if span is None:
            return speaker
        tail = doc[span.end:s_hi].text
        speaker.actor_id, speaker.attribution = self.resolve(span, offset, tail)
        first = span.start_char + (1 if span.text.startswith("-") else 0)  # "-il" of "a-t-il" → "il"
        speaker.text = doc.text[first:span.end_char]
        speaker.start, speaker.end = offset + first, offset + span.end_char
        if speaker.actor_id and self.reference.kind(speaker.actor_id) == "person":
            self.ctx.last_speaker = speaker.actor_id
        if speaker.actor_id and speaker.attribution in ("pronoun", "role"):
            kind = self.reference.kind(speaker.actor_id)
            self.ctx.extra_mentions.append({"start": speaker.start, "end": speaker.end, "text": speaker.text,
                                            "actor_id": speaker.actor_id, "actor_kind": kind,
                                            "method": speaker.attribution})
        return speaker


def find_quotes(text: str, located: list[tuple[int, Doc, list[int]]], bounds_of: list[list[tuple[int, int]]],
                mentions: list[dict], reference: Reference, date: str) -> tuple[list[dict], list[dict]]:
    """Quote rows of one document, and the pronoun and role mentions their speakers add."""
    attributor = Attributor(reference, date, mentions)
    rows = []
    for (offset, doc, sentence_of), bounds in zip(located, bounds_of):
        attributor.note_institutions(doc, offset)
        marks = find_quote_marks(text, offset, offset + len(doc.text))
        token_marks = []
        for q_open, q_close_end, _, _ in marks:
            a = doc.char_span(q_open - offset, q_open - offset + 1, alignment_mode="expand")
            b = doc.char_span(q_close_end - offset - 1, q_close_end - offset, alignment_mode="expand")
            token_marks.append((a.start, b.end - 1))
        for (q_open, _, inner_start, inner_end), (t_open, t_close) in zip(marks, token_marks):
            same_sentence = [(a, b) for a, b in token_marks if sentence_of[a] == sentence_of[t_open]]
            speaker = attributor.attribute(doc, offset, bounds, t_open, t_close, same_sentence)
            s_start = next(s for s, e in bounds if s <= t_open < e)
            prefix = text[offset + doc[s_start].idx:q_open].strip()
            rows.append({
                "sentence": sentence_of[t_open], "start": inner_start, "end": inner_end,
                "text": text[inner_start:inner_end], "speaker_id": speaker.actor_id,
                "speaker_text": speaker.text, "speaker_start": speaker.start, "speaker_end": speaker.end,
                "verb": speaker.verb, "attribution": speaker.attribution,
                "is_partial": bool(prefix) and not prefix.endswith(":"),
            })
    for n, row in enumerate(rows, start=1):
        row["quote"] = n
    return rows, attributor.ctx.extra_mentions
