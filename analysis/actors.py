"""Resolve entity mentions to canonical actors.

The rulers of `nlp.py` propose candidates; this module settles what only context can:
a surname names the person last mentioned who bears it (or the only one in the table), a
title before a name marks it `title`, a capital is its government when it acts ("Paris a
annoncé", "se rapprocher de Moscou") and a place when it is a location ("à Paris"), and a
person the table lacks, found by the statistical NER, gets a slug id built from the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .reference import Reference, slugify

# Lowercase words allowed inside a person's name ("Iyad Ag Ghaly", "Kyélem de Tambèla").
TITLED = "TITLED_PER"  # label of a name found after a title by `titled_names`
NAME_PARTICLES = {"de", "du", "des", "da", "di", "ag", "ben", "bin", "ibn", "ould", "al", "el", "le", "la", "van", "von"}


@dataclass
class Context:
    """What the resolver has seen so far in one document."""

    people: dict[str, int] = field(default_factory=dict)      # actor_id → order of last mention
    surnames: dict[str, str] = field(default_factory=dict)    # surname of an unlisted person → slug id
    seen: int = 0

    def remember(self, actor_id: str) -> None:
        self.seen += 1
        self.people[actor_id] = self.seen


def candidates(ent: Span) -> list[tuple[str, str]]:
    """(method, actor_id) pairs a ruler put on the entity."""
    return [tuple(c.split(":", 1)) for c in ent.ent_id_.split(";") if c]


def has_title(doc: Doc, start: int, titles: set[str]) -> bool:
    """Whether one of the reference titles ends right before token `start`."""
    for width in (1, 2, 3, 4):
        if start - width < 0:
            break
        words = " ".join(t.text for t in doc[start - width:start]).lower()
        if words in titles or words.replace(" '", "'").replace("' ", "'") in titles:
            return True
    return False


def demonym_start(ent: Span) -> int:
    """Where the words before a name end, past a demonym ("le président nigérian Bola Tinubu")."""
    before = next((e for e in ent.doc.ents if e.end == ent.start and e.ent_id_.startswith("demonym:")), None)
    return before.start if before is not None else ent.start


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
    cue = None
    if ent.start > 0:
        prev = doc[ent.start - 1]
        cue = reference.cues.get(prev.lower_) or reference.cues.get(prev.lemma_.lower())
        if cue == "head" and ent.start > 1:
            before = doc[ent.start - 2]
            cue = reference.cues.get(before.lower_) or reference.cues.get(before.lemma_.lower()) or "head"
        if cue == "head":  # "de Moscou": decided by the word it depends on
            head = root.head
            acts = head.i != root.i and (head.pos_ in ("VERB", "ADJ", "AUX")
                                         or reference.cues.get(head.lemma_.lower()) == "government"
                                         or reference.cues.get(head.lower_) == "government")
            cue = "government" if acts else "place"
    if cue:
        return cue
    acts = root.dep_.startswith("nsubj") or (root.dep_ in ("obj", "iobj") and root.head.pos_ == "VERB")
    return "government" if acts else "place"


def person_span(ent: Span, titles: set[str]) -> tuple[Span, bool] | None:
    """The name part of a statistical PER entity and whether a title led it; None if not a name."""
    start = ent.start
    while start < ent.end and (ent.doc[start].text.lower() in titles or ent.doc[start].is_punct):
        start += 1
    span = ent.doc[start:ent.end]
    words = [t for t in span if not t.is_punct]
    if not words or len(span.text) < 3 or any(ch.isdigit() for ch in span.text):
        return None
    if not all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words):
        return None
    if words[0].lower_ in NAME_PARTICLES or not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return None
    return span, start > ent.start or has_title(ent.doc, start, titles)


def resolve(ent: Span, reference: Reference, ctx: Context) -> tuple[Span, str, str] | None:
    """(span, actor_id, method) for one entity, or None when it names no actor."""
    titles = reference.titles
    if ent.ent_id_:
        cands = candidates(ent)
        methods = {m for m, _ in cands}
        if methods == {"surname"}:
            ids = [a for _, a in cands]
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
        if actor_id in reference.capitals and capital_role(ent, reference) == "government":
            return ent, reference.capitals[actor_id], "metonymy"
        if kind == "person" and has_title(ent.doc, demonym_start(ent), titles):
            method = "title"
        return ent, actor_id, method
    if ent.label_ not in ("PER", TITLED):
        return None  # unlisted places and organisations are not resolved to invented ids
    found = person_span(ent, titles)
    if found is None:
        return None
    span, titled = found
    titled = titled or ent.label_ == TITLED
    method = "title" if titled else "ner"
    last = span[-1].text
    if len(span) == 1 and span.text in reference.surnames:
        ids = reference.surnames[span.text]
        known = sorted((ctx.people[a], a) for a in ids if a in ctx.people)
        if known:
            return span, known[-1][1], method if titled else "surname"
    if len(span) == 1 and span.text in ctx.surnames:
        return span, ctx.surnames[span.text], method if titled else "surname"
    actor_id = slugify(span.text)
    if not actor_id:
        return None
    if len(span) > 1:
        ctx.surnames[last] = actor_id
    return span, actor_id, method


def titled_names(doc: Doc, titles: set[str]) -> list[Span]:
    """Capitalised proper nouns right after a title, possibly past a demonym, that no entity
    covers: "le Premier ministre sénégalais Ousmane Sonko" → "Ousmane Sonko"."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    demonym_end = {e.end: e.start for e in doc.ents if e.ent_id_.startswith("demonym:")}
    spans = []
    for i in range(1, len(doc)):
        if i in covered or not (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()):
            continue
        if i - 1 >= 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and i - 1 not in covered:
            continue  # not the first word of the name
        if not has_title(doc, demonym_end.get(i, i), titles):
            continue
        end = i
        while end < len(doc) and end not in covered and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
        spans.append(Span(doc, i, end, label=TITLED))
    return spans


def find_mentions(docs: list[tuple[int, Doc, list[int]]], reference: Reference) -> list[dict]:
    """Mention rows for one document given its paragraphs as (offset, Doc, sentence number per token)."""
    rows, ctx = [], Context()
    for offset, doc, sentence_of in docs:
        ents = sorted([*doc.ents, *titled_names(doc, reference.titles)], key=lambda e: e.start)
        for ent in ents:
            resolved = resolve(ent, reference, ctx)
            if resolved is None:
                continue
            span, actor_id, method = resolved
            kind = reference.kind(actor_id)
            if kind == "person":
                ctx.remember(actor_id)
            rows.append({
                "sentence": sentence_of[span.start],
                "start": offset + span.start_char,
                "end": offset + span.end_char,
                "text": span.text,
                "actor_id": actor_id,
                "actor_kind": kind,
                "method": method,
            })
    return rows
