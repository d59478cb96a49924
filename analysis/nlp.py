"""Build the spaCy pipeline once: `fr_core_news_sm` with the reference aliases as entity rulers.

Two rulers run before the statistical NER, so canonical ids win over its labels: one matches
names and acronyms case-sensitively ("Niger" ≠ "niger", "AES"), the other matches demonyms
case-insensitively ("malien", "Maliens"). A ruler entity's `ent_id_` lists its candidates as
`method:actor_id` joined by `;` (a surname may name several people); `actors.py` decides.

The model starts fast, with the same output: its tokenizer comes from `tokenizer.py` (without the
seconds spaCy spends compiling its French `token_match`), its lemma tables are read without a
Python call per entry, and the rulers' patterns, matched on ORTH and LOWER only, are tokenized
without running the statistical components over them. Hand-written because `spacy.load` offers
none of the three. It also lemmatizes faster, with the same lemmas: the French lemmatizer asks
whether a word is in its `lemma_index` (lists of up to 66,000 words) once or more for every word it
has not seen yet, and `IndexList` answers from a set instead of scanning the list. `stock=True`, or
SAHEL_TOKENIZER=stock in the environment, loads it as spaCy does, to compare the two
(tests/test_tokenizer.py, `python -m analysis bench`).
"""

from __future__ import annotations

import os
from collections import OrderedDict
from contextlib import nullcontext
from functools import lru_cache
from pathlib import Path

import spacy
import srsly
from preshed.bloom import BloomFilter
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .reference import Reference, default_reference, spelling_variants
from .tokenizer import import_french, model_tokenizer

MODEL = "fr_core_news_sm"
STOCK = "SAHEL_TOKENIZER"  # =stock: load the model as spaCy does (for comparisons only)
LABELS = {"state": "LOC", "place": "LOC", "organization": "ORG", "armed_group": "ORG", "person": "PER"}


def ruler_patterns(reference: Reference, *, demonyms: bool) -> list[dict]:
    """EntityRuler patterns for the names (demonyms=False) or the demonyms (demonyms=True)."""
    candidates: dict[str, dict[str, str]] = {}
    for alias in reference.aliases:
        if (alias.method == "demonym") != demonyms:
            continue
        forms = {alias.text.lower()} if demonyms else spelling_variants(alias.text)
        for form in forms:
            candidates.setdefault(form, {})[alias.actor_id] = alias.method
    patterns = []
    for form in sorted(candidates):
        ids = candidates[form]
        first = next(iter(ids))
        label = "MISC" if demonyms else LABELS[reference.kind(first)]
        ent_id = ";".join(f"{method}:{actor_id}" for actor_id, method in sorted(ids.items()))
        patterns.append({"label": label, "pattern": form, "id": ent_id})
    return patterns


def load_pipeline(reference: Reference | None = None, *, stock: bool | None = None) -> Language:
    """The French model with the reference rulers inserted before its NER (cached per process).

    Fast start by default; `stock=True` (or SAHEL_TOKENIZER=stock) loads the model as spaCy does.
    """
    if stock is None:
        stock = os.environ.get(STOCK, "").lower() == "stock"
    return cached_pipeline(reference, stock)


@lru_cache(maxsize=4)
def cached_pipeline(reference: Reference | None, stock: bool) -> Language:
    reference = reference or default_reference()
    nlp = load_model(stock)
    # ORTH and LOWER patterns need the tokenizer only; stock spaCy runs the model's pipes over them
    with nullcontext() if stock else nlp.select_pipes(enable=[]):
        names = nlp.add_pipe("entity_ruler", name="actor_names", before="ner",
                             config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
        names.add_patterns(ruler_patterns(reference, demonyms=False))
        words = nlp.add_pipe("entity_ruler", name="actor_demonyms", before="ner",
                             config={"overwrite_ents": False, "phrase_matcher_attr": "LOWER"})
        words.add_patterns(ruler_patterns(reference, demonyms=True))
    LEXICONS[id(nlp.vocab)] = nlp.get_pipe("lemmatizer").lookups
    return nlp


LEXICONS: dict[int, Lookups] = {}  # id of a cached pipeline's vocabulary -> its lemmatizer's tables


def french_word(word: str, vocab) -> bool:
    """Whether `word`, lower-cased, is a word of the French lexicon the model's lemmatizer carries (a noun,
    verb, adjective or adverb of its index, or an inflected form of its lookup table): `Commerce`, `Attaque`,
    `Réuni` are; names (`Bayraktar`, `Kokorou`, `Tiani`) are not. False for a Doc no pipeline of this module
    made (no lexicon to ask). The model's own word list, not one of ours: 66,000 nouns and 217,000 forms."""
    lookups = LEXICONS.get(id(vocab))
    if lookups is None:
        return False
    lower = word.lower()
    index = lookups.get_table("lemma_index")
    return lower in lookups.get_table("lemma_lookup") or any(
        lower in index.get(pos, ()) for pos in ("noun", "verb", "adj", "adv"))


def load_model(stock: bool = False) -> Language:
    """The bare `fr_core_news_sm`, as `spacy.load` gives it (stock) or the same model loaded fast."""
    try:
        if stock:
            return spacy.load(MODEL)
        package = spacy.util.get_package_path(MODEL)
    except (OSError, ImportError):
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed: run `make setup`") from None
    import_french()  # before spaCy imports spacy.lang.fr the slow way
    # spacy.load's steps (load_model_from_init_py, load_model_from_path), but for two parts read here
    meta = spacy.util.get_model_meta(package)
    path = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    nlp = spacy.util.load_model_from_config(spacy.util.load_config(path / "config.cfg"), meta=meta)
    nlp.from_disk(path, exclude=["tokenizer", "lemmatizer"])
    nlp.tokenizer = model_tokenizer(nlp.vocab, path / "tokenizer")
    nlp.get_pipe("lemmatizer").lookups = read_lookups(path / "lemmatizer" / "lookups" / "lookups.bin")
    return nlp


class IndexList(list):
    """A list of words that answers `in` from a set built once (equal to the list, same order).

    `FrenchLemmatizer.rule_lemmatize` tests `word in index` on `lemma_index` lists of up to 66,000
    words, once or more for each (word, part of speech) it has not cached yet: a linear scan that
    was a quarter of the model's time on news text. Membership is all it asks of them."""

    def __init__(self, words):
        super().__init__(words)
        self.members = frozenset(self)  # precomputed once per model load

    def __contains__(self, word) -> bool:
        return word in self.members


def read_lookups(path: Path) -> Lookups:
    """The tables of a `lookups.bin`, equal to `Lookups.from_disk`'s (same keys in the same order, same
    Bloom filters) without its Python-level `Table.__setitem__` for each of the 217,000 lemmas; the
    word lists of `lemma_index` as `IndexList`s, equal to the lists read."""
    lookups = Lookups()
    for name, data in srsly.msgpack_loads(path.read_bytes()).items():
        table = Table(name)
        table.bloom = BloomFilter.from_error_rate(max(len(data), 1))  # as Table(name, data) sizes it
        insert, add = OrderedDict.__setitem__, table.bloom.add
        for key, value in data.items():
            key = key if isinstance(key, int) else get_string_id(key)
            insert(table, key, IndexList(value) if name == "lemma_index" and isinstance(value, list) else value)
            add(key)
        lookups.set_table(name, table)
    return lookups


OPENERS, CLOSERS = "([{", ")]}"
TERMINALS = set(".!?…")
TRAILERS = set(")]}»\"”’'")


def ends_sentence(tokens) -> bool:
    """Whether the last words end like a sentence: . ! ? or …, maybe followed by closing marks."""
    words = [t.text for t in tokens if not t.is_space]
    while words and words[-1] in TRAILERS:
        words.pop()
    return bool(words) and words[-1][-1:] in TERMINALS


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences, repairing two parser habits on news text.

    A boundary inside open brackets, before a word that starts in lowercase, or after words
    that do not end like a sentence is not a sentence start in French prose; such pieces are
    joined to the sentence before.
    """
    bounds: list[list[int]] = []
    depth = 0
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None:
            if bounds:
                bounds[-1][1] = sent.end
            continue
        joins = bounds and (depth > 0 or first.text[:1].islower()
                            or not ends_sentence(doc[bounds[-1][0]:bounds[-1][1]]))
        if joins:
            bounds[-1][1] = sent.end
        else:
            bounds.append([sent.start, sent.end])
        for tok in sent:
            depth += tok.text in OPENERS
            depth -= tok.text in CLOSERS and depth > 0
    return [(s, e) for s, e in bounds]
