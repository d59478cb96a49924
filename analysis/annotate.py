"""Annotate articles: spaCy once per paragraph (batched with `nlp.pipe`), then the extractors.

One article in, its rows for every table out (plain lists of dicts, cheap to cache and to send
between processes). The annotation reads the article in NFC (`normalise.py`: decomposed accents
composed, so the model, aliases and cue words match them) and `to_raw` moves every span back, so
offsets and texts are those of the file as it came. `annotate` runs in this process;
`annotate_batch` is what a worker process or a Dask worker runs, loading the model once per process.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import pairs
from .actors import find_mentions
from .corpus import Article
from .dates import Anchor, temporal_expressions
from .dyads import dyads
from .nlp import default_reference, load_pipeline, sentence_bounds
from .normalise import OffsetMap, to_nfc
from .quotes import find_quotes, interview_voices
from .reference import Reference
from .relations import Relator

TITLE_LENGTH = 120
BATCH_SIZE = 64
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})  # same length: offsets do not move
SPANS = (("start", "end", "text"), ("speaker_start", "speaker_end", "speaker_text"))


def article_rows(article: Article, docs: list, reference: Reference, *, learn: dict | None = None
                 ) -> dict[str, list[dict]]:
    """The rows one article contributes to each table, given one spaCy Doc per paragraph.

    `learn`: a dict whose list `pairs` receives the article's (doc_id, candidate pairs) (`pairs.py`)
    instead of the pair model being applied, and whose capitals' mention rows carry their features
    (`capital_features`, `capitals.py`): what training reads (`train.py`)."""
    doc_id, text = article.doc_id, article.text
    rows: dict[str, list[dict]] = {"paragraphs": [], "sentences": [], "tokens": [], "mentions": []}
    n_sentence = n_token = 0
    located, bounds_of = [], []
    for n_par, ((p_start, p_end), doc) in enumerate(zip(article.paragraphs, docs), start=1):
        rows["paragraphs"].append({"doc_id": doc_id, "paragraph": n_par, "start": p_start,
                                   "end": p_end, "text": text[p_start:p_end]})
        sentence_of = [0] * len(doc)
        bounds = sentence_bounds(doc)
        bounds_of.append(bounds)
        for s, e in bounds:
            words = [t for t in doc[s:e] if not t.is_space]
            n_sentence += 1
            start, end = p_start + words[0].idx, p_start + words[-1].idx + len(words[-1])
            rows["sentences"].append({"doc_id": doc_id, "sentence": n_sentence, "paragraph": n_par,
                                      "start": start, "end": end, "text": text[start:end]})
            for i in range(s, e):
                sentence_of[i] = n_sentence
            for tok in words:
                n_token += 1
                t_start = p_start + tok.idx
                rows["tokens"].append({"doc_id": doc_id, "sentence": n_sentence, "token": n_token,
                                       "start": t_start, "end": t_start + len(tok), "text": tok.text,
                                       "lemma": tok.lemma_, "pos": tok.pos_})
        located.append((p_start, doc, sentence_of))
    capital_examples = None if learn is None else []
    dateline = reference.dateline_state(text)  # whose `gouvernement` or `FDS` the article means, read once
    mentions = find_mentions(located, reference, capital_examples, dateline)
    if capital_examples:  # training reads each capital's features on its mention row
        read = {(start, end): feats for start, end, feats in capital_examples}
        for m in mentions:
            if (m["start"], m["end"]) in read:
                m["capital_features"] = read[m["start"], m["end"]]
    quotes, speaker_mentions = find_quotes(text, located, bounds_of, mentions, reference, article.date, dateline)
    labels = [(m["start"], m["end"]) for m in speaker_mentions if m["method"] == "initials"]
    if labels:  # an interview's answer label is its speaker's initials, not a name the title rule read in `M. T.-D.`
        mentions = [m for m in mentions if not any(a <= m["start"] < b for a, b in labels)]
    taken = {m["start"] for m in mentions}
    starts = [s["start"] for s in rows["sentences"]]
    for extra in speaker_mentions:
        if extra["start"] not in taken:
            taken.add(extra["start"])
            mentions.append({"sentence": sentence_at(rows["sentences"], extra["start"], starts), **extra})
    mentions.sort(key=lambda m: m["start"])
    expressions = temporal_expressions(text, located, Anchor(article.date, article.date_precision))
    voices = interview_voices([(offset, doc.text) for offset, doc, _ in located], quotes, mentions)
    relator = Relator(text, reference, article.date, article.date_precision, mentions, quotes, expressions, dateline,
                      voices)
    relations, cues = relator.relations(located, bounds_of)
    for row in relations:
        row["found_by"] = "cue"
    found = {**rows, "mentions": mentions, "quotes": quotes, "relations": relations}
    if learn is not None:
        learn.setdefault("pairs", []).append((doc_id, pairs.candidates(found, relator, located)))
    elif (model := pairs.load_model(reference)) is not None:
        relations = pairs.with_model(found, pairs.candidates(found, relator, located), model, relator)
        for n, row in enumerate(relations, start=1):
            row["relation"] = n
    rows["mentions"] = [{"doc_id": doc_id, **row} for row in mentions]
    rows["quotes"] = [{"doc_id": doc_id, **row} for row in quotes]
    rows["relations"] = [{"doc_id": doc_id, **row} for row in relations]
    rows["dyads"] = [{"doc_id": doc_id, **row} for row in dyads(relations, rows["sentences"], reference)]
    rows["events"] = [{"doc_id": doc_id, **row} for row in relator.timeline(cues, rows["sentences"])]
    first = rows["sentences"][0]
    rows["documents"] = [{
        "doc_id": doc_id, "date": article.date, "date_precision": article.date_precision,
        "start": article.body_start, "end": article.paragraphs[-1][1],
        "title": title_of(first["text"]),
        "n_paragraphs": len(article.paragraphs), "n_sentences": n_sentence, "n_tokens": n_token,
        "sha256": article.sha256,
    }]
    return rows


def title_of(sentence: str) -> str:
    """A document's title: the start of its first sentence."""
    return sentence[:TITLE_LENGTH].rstrip()


def normalised(article: Article) -> tuple[Article, OffsetMap]:
    """The article as the model reads it, and the map back: its text in NFC (paragraph spans moved
    to match), with the typographic apostrophe as the straight one the French model was trained on
    (`l’épave` parses as `l'` + `épave`, not as an adjective: one character for one, offsets kept)."""
    text, offsets = to_nfc(article.text)
    text = text.translate(APOSTROPHES)
    if text == article.text:
        return article, offsets
    return replace(article, text=text, body_start=offsets.nfc(article.body_start),
                   paragraphs=[(offsets.nfc(s), offsets.nfc(e)) for s, e in article.paragraphs]), offsets


def to_raw(rows: dict[str, list[dict]], offsets: OffsetMap, raw: str, *, same: bool | None = None
           ) -> dict[str, list[dict]]:
    """Rows annotated on the NFC text, with every span moved back to the raw text: each
    start/end (and speaker_start/speaker_end) indexes `raw`, each text is `raw[start:end]`.
    `same`: whether the model read the raw text unchanged (default: when NFC changed nothing)."""
    if offsets.identity if same is None else same:
        return rows
    out = {}
    for table, table_rows in rows.items():
        moved = []
        for row in table_rows:
            row = dict(row)
            for start, end, text in SPANS:
                if row.get(start) is not None:
                    row[start], row[end] = offsets.raw(row[start]), offsets.raw(row[end], end=True)
                    if text in row:
                        row[text] = raw[row[start]:row[end]]
            moved.append(row)
        out[table] = moved
    first = rows["sentences"][0] if rows.get("sentences") else None
    for row in out.get("documents", []):  # a title cut from the first sentence: the same characters, raw
        if first is not None and row.get("title") and first["text"].startswith(row["title"]):
            row["title"] = raw[offsets.raw(first["start"]):offsets.raw(first["start"] + len(row["title"]), end=True)]
    return out


def sentence_at(sentences: list[dict], pos: int, starts: list[int]) -> int:
    """Number of the sentence holding character `pos` (sentences in order, `starts` their starts)."""
    i = bisect_right(starts, pos) - 1
    return sentences[i]["sentence"] if i >= 0 else 1


def paragraph_texts(nfc: list[Article]) -> Iterator[str]:
    """The text of every paragraph of the articles in NFC (`normalised`), in order: what the model reads."""
    return (a.text[s:e] for a in nfc for s, e in a.paragraphs)


def parse(articles: list[Article], reference: Reference | None = None) -> list[bytes]:
    """The model's Docs of each article's paragraphs (`paragraph_texts`), as DocBin bytes, one per article:
    what `annotate` reads instead of parsing again when the same articles are annotated twice (training's two
    models, and the dev split's build before them: `build(parses=True)`)."""
    kept: list[bytes] = []
    docs = load_pipeline(reference or default_reference()).pipe(
        paragraph_texts([normalised(a)[0] for a in articles]), batch_size=BATCH_SIZE)
    for article in articles:
        kept.append(serialised([next(docs) for _ in article.paragraphs]))
    return kept


def serialised(docs: list) -> bytes:
    from spacy.tokens import DocBin
    return DocBin(store_user_data=True, docs=docs).to_bytes()


def deserialised(data: bytes, vocab, texts: list[str]) -> list:
    """The Docs of `serialised` bytes, checked to be those of the paragraphs `texts`."""
    from spacy.tokens import DocBin
    try:
        docs = list(DocBin(store_user_data=True).from_bytes(data).get_docs(vocab))
    except Exception as e:  # msgpack, zlib or spaCy: the bytes are no DocBin
        raise ValueError(f"the parsed paragraphs cannot be read ({type(e).__name__})") from None
    if [d.text for d in docs] != texts:
        raise ValueError("the parsed paragraphs are not those of the articles")
    return docs


def annotate(articles: Iterable[Article], reference: Reference | None = None, *, learn: dict | None = None,
             parsed: list[bytes] | None = None, kept: list | None = None) -> Iterator[tuple[Article, dict]]:
    """(article, rows by table) for each article, in order (`learn`: see `article_rows`). `parsed`: what `parse`
    gave for the same articles and reference, one entry per article, read instead of running the model;
    `kept`: a list that receives each article's parse as `parse` gives it, before its rows are yielded."""
    reference = reference or default_reference()
    articles = list(articles)
    if not articles:
        return
    if parsed is not None and len(parsed) != len(articles):
        raise ValueError("the parsed paragraphs are not those of the articles")
    nlp = load_pipeline(reference)
    # the model, aliases and cue words all see NFC text; rows come back with raw offsets
    nfc = [normalised(a) for a in articles]
    docs = nlp.pipe(paragraph_texts([a for a, _ in nfc]), batch_size=BATCH_SIZE) if parsed is None else None
    for current, (article, offsets) in enumerate(nfc):
        if parsed is None:
            pending = [next(docs) for _ in article.paragraphs]
        else:
            pending = deserialised(parsed[current], nlp.vocab, list(paragraph_texts([article])))
        if kept is not None:
            kept.append(serialised(pending))
        rows = to_raw(article_rows(article, pending, reference, learn=learn), offsets, articles[current].text,
                      same=article is articles[current])
        yield articles[current], rows


@lru_cache(maxsize=2)
def reference_at(folder: str) -> Reference:
    """The reference data of a folder, read once per process."""
    return Reference(Path(folder))


def annotate_batch(articles: list[Article], reference_folder: str, parses: bool = False
                   ) -> list[tuple[str, dict, bytes | None]]:
    """Rows of a batch of articles, for a worker process: (doc_id, rows by table, the article's parse as `parse`
    gives it when `parses`, else None)."""
    reference = reference_at(reference_folder)
    kept: list | None = [] if parses else None
    out = [(article.doc_id, rows) for article, rows in annotate(articles, reference, kept=kept)]
    return [(doc_id, rows, kept[n] if kept is not None else None) for n, (doc_id, rows) in enumerate(out)]
