"""The fast start (`analysis/tokenizer.py`, `load_pipeline()`) gives the stock pipeline's output, token for token.

Stock is the model's tokenizer as spaCy reads it from disk (the 1.45-million-character
`token_match` compiled); fast is `load_pipeline()`'s default. They are compared on every test
text and on a stress text generated from the branches of the stock pattern itself, and the
stress text is checked to tell apart tokenizers that differ only slightly from the stock one.
"""

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import srsly
from re import _constants as C, _parser as sre_parse
from spacy.tokenizer import Tokenizer

from analysis import read_articles
from analysis.nlp import load_pipeline, sentence_bounds
from analysis.tokenizer import compact_pattern, split_alternatives

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "seeds", ROOT / "tests" / "articles", ROOT / "tests" / "gold" / "test" / "articles")
WHOLE_PIPELINE_PARAGRAPHS = 600  # compared through the whole pipeline (of some 30 000)
TOKENIZED_TEXTS = 1200  # whole texts whose tokens are compared (of some 2 200), spread over every folder
HYPHENS = "-–—‐‑"
APOSTROPHES = "'’"
# stand-ins for the long classes when sampling words, with letters from several scripts and cases
SAMPLE_CLASSES = {"hyphen": "-a-zéèêàçôœ'’‐", "upper": "a-zA-ZéÉèàçÇœŒßñøłğışčźΩωжЖ", "lower": "a-zéèêëàâçîïôûüœæßñøłığşčžəωж"}
EXTRA_WORDS = [
    "aujourd'hui", "Aujourd’hui", "AUJOURD'HUI", "J.-C.", "est-ce", "qu'est-ce", "Qu’est-ce", "a-t-il", "A-t-elle",
    "s'est-il", "S'EST-IL", "peut-être", "Peut-Être", "rendez-vous", "après-midi", "c'est-à-dire", "vis-à-vis",
    "Etats-Unis", "États-Unis", "ÉTATS-UNIS", "Etats-Uniens", "états‐unis", "New-York", "Hip-Hop", "hip–hop",
    "burn-out", "burn-outs", "Black-Out", "sud-ouest", "nord-est", "Nord-Kivu", "Sud-Soudan", "ex-président",
    "Ex-Président", "EX-PRÉSIDENT", "anti-terroriste", "anti-Français", "anti-jihadiste", "néo-colonial",
    "franco-malien", "Franco-Maliens", "sino-africain", "arabo-musulman", "post-électoral", "pré-électorale",
    "Porto-Novo", "Bobo-Dioulasso", "Ouagadougou", "N'Djamena", "N’Djamena", "d'Ivoire", "Côte-d'Ivoire",
    "Guinée-Bissau", "Jean-Pierre", "Jean-Yves", "Marie-Claire", "Saint-Louis", "Sainte-Marie", "saint-cyrien",
    "droits-de-l'homme", "droit-de-l’hommiste", "pet-en-l'air", "saut-de-ski", "arc-en-ciel", "tête-à-tête",
    "entr'abat", "entr’ouvert", "grand'mère", "grand’rue", "r'garde", "prud'homme", "prud’hommes", "ch'tiis",
    "anti-", "-anti", "anti--faux", "faux-", "ex-", "l'ex-président", "d’anti-terroristes", "qu'anti-faux",
    "anti-2000", "faux-vampire2", "G5-Sahel", "G-5", "COVID-19", "covid-19", "4x4", "2-0", "1er-mai", "F-16",
    "MINUSMA-Barkhane", "Wagner-Africa", "Africa-Corps", "Barkhane-Takuba", "aéro-club", "aero-Club",
    "ſuper-heros", "K-pop", "Kelvin-faux", "İstanbul-ville", "ı-faux", "ẞ-faux", "faux-ẞ", "faux-ǅemal",
    "ａｎｔｉ-ｆａｕｘ", "anti-e\u0301lan", "anti-Москва", "faux-東京", "faux-ωmega", "Ω-faux", "anti-_faux",
    "https://www.example.com/anti-terroriste?q=faux-vampire", "www.saut-de-ski.fr", "http://ex-press.ml/l'avis",
    "contact@anti-faux.fr", "jean-pierre.dupont@gouv.bf", "@Macron-officiel", "#anti-France", "(anti-faux)",
    "«faux-semblant»", "“ex-président”", "faux-semblant.", "anti-faux,", "[néo-colonial]", "anti-faux...",
]


def stock_pattern() -> str:
    """The stock `token_match` pattern, as the model stores it (read, never compiled here)."""
    nlp = load_pipeline()
    return srsly.msgpack_loads((Path(nlp.path) / "tokenizer").read_bytes())["token_match"]


def sample(items, rng: random.Random) -> str:
    """A random string matched by a parsed regex (classes: one member; repeats: at most 6 more)."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.IN:
            members = []
            for kind, value in av:
                if kind is C.LITERAL:
                    members.append(chr(value))
                elif kind is C.RANGE:
                    members.extend(chr(c) for c in range(value[0], value[1] + 1))
            out.append(rng.choice(members))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, sub = av
            out.extend(sample(sub, rng) for _ in range(rng.randint(low, min(high, low + 6))))
        elif op is C.SUBPATTERN:
            out.append(sample(av[-1], rng))
        elif op is C.BRANCH:
            out.append(sample(rng.choice(av[1]), rng))
    return "".join(out)


def stock_words(pattern: str, per_branch: int = 6) -> list[str]:
    """Words drawn from every branch of the stock pattern (long classes sampled from SAMPLE_CLASSES)."""
    rng = random.Random(14)
    body = pattern[pattern.index(")") + 1:]
    for cls in set(re.findall(r"\[[^\]]{64,}\]", body)):
        kind = "hyphen" if "-" in cls[:5] else "upper" if "A-Z" in cls else "lower"
        body = body.replace(cls, f"[{SAMPLE_CLASSES[kind]}]")
    words = []
    for branch in split_alternatives(body):
        parsed = sre_parse.parse(branch, re.I)
        words += [sample(parsed, rng) for _ in range(per_branch)]
    return words


def variants(word: str, rng: random.Random) -> list[str]:
    """Case variants, other hyphens and apostrophes, chains, digits, affixes and near misses of a word."""
    other_hyphen = word.translate(str.maketrans({h: rng.choice(HYPHENS) for h in HYPHENS}))
    other_apostrophe = word.translate(str.maketrans({"'": "’", "’": "'"}))
    cut = rng.randrange(len(word)) if word else 0
    return [word, word.upper(), word.title(), word.capitalize(), word.swapcase(), other_hyphen, other_apostrophe,
            f"{word}-{rng.choice(['vampire', 'État', 'Sahel', 'ŒUVRE', '2024'])}", f"l'{word}", f"d’{word}",
            f"({word})", f"«{word}»", f"{word}.", f"{word},", f"{word}-", f"-{word}", word[:cut] + word[cut + 1:],
            word[:cut] + str(rng.randrange(10)) + word[cut:], word.replace("-", "--", 1), word.replace("-", " - ", 1)]


@pytest.fixture(scope="module")
def stock():
    return load_pipeline(stock=True)


@pytest.fixture(scope="module")
def fast():
    return load_pipeline()


@pytest.fixture(scope="module")
def stress_words():
    rng = random.Random(14)
    words = stock_words(stock_pattern()) + EXTRA_WORDS
    return [v for w in words for v in variants(w, rng)]


@pytest.fixture(scope="module")
def stress_text(stress_words):
    rng = random.Random(14)
    text, line = [], []
    for word in stress_words:
        line.append(word)
        if rng.random() < 0.08:
            text.append(" ".join(line) + rng.choice([".", " !", "…", ""]))
            line = []
    return "\n".join(text + [" ".join(line)])


@pytest.fixture(scope="module")
def paragraphs():
    """Every paragraph of every test text: seeds, test articles, the frozen test split."""
    return [a.text[s:e] for folder in FOLDERS for a in read_articles(folder) for s, e in a.paragraphs]


def tokens(doc):
    return [(t.text, t.idx, t.whitespace_) for t in doc]


def annotations(doc):
    return ([(t.text, t.idx, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i,
              t.ent_iob_, t.ent_type_, t.ent_id_, t.is_sent_start) for t in doc],
            [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents], sentence_bounds(doc))


def tokenizer_with(stock_tokenizer: Tokenizer, token_match) -> Tokenizer:
    """The stock tokenizer with another `token_match`."""
    return Tokenizer(stock_tokenizer.vocab, rules=stock_tokenizer.rules, prefix_search=stock_tokenizer.prefix_search,
                     suffix_search=stock_tokenizer.suffix_search, infix_finditer=stock_tokenizer.infix_finditer,
                     token_match=token_match, url_match=stock_tokenizer.url_match,
                     faster_heuristics=stock_tokenizer.faster_heuristics)


def differences(a: Tokenizer, b: Tokenizer, text: str) -> int:
    """How many tokens of `text` differ between two tokenizers (by position, plus the length gap)."""
    x, y = tokens(a(text)), tokens(b(text))
    return sum(p != q for p, q in zip(x, y)) + abs(len(x) - len(y))


def test_stock_is_the_big_pattern_and_fast_is_the_factored_one(stock, fast):
    assert stock.tokenizer.token_match.__self__.pattern == stock_pattern()
    assert len(stock_pattern()) > 1_000_000
    assert fast.tokenizer.token_match.__self__.pattern == compact_pattern(stock_pattern())
    assert len(fast.tokenizer.token_match.__self__.pattern) < 40_000


def test_fast_tokenizer_has_the_model_rules_and_affixes(stock, fast):
    s, f = stock.tokenizer, fast.tokenizer
    assert f.rules == s.rules and f.faster_heuristics == s.faster_heuristics
    for name in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(f, name).__self__.pattern == getattr(s, name).__self__.pattern, name


def test_fast_pipeline_has_the_stock_components_and_ruler_patterns(stock, fast):
    assert fast.pipe_names == stock.pipe_names and fast.disabled == stock.disabled
    for name in ("actor_names", "actor_demonyms"):
        f, s = fast.get_pipe(name), stock.get_pipe(name)
        assert f.patterns == s.patterns and len(f) == len(s) > 100
        assert {k: [[t.text for t in d] for d in v] for k, v in f.phrase_patterns.items()} == \
               {k: [[t.text for t in d] for d in v] for k, v in s.phrase_patterns.items()}


def test_fast_model_has_the_stock_config_meta_and_lemma_tables(stock, fast):
    assert fast.config == stock.config and fast.meta == stock.meta
    s, f = stock.get_pipe("lemmatizer").lookups, fast.get_pipe("lemmatizer").lookups
    assert f.tables == s.tables and len(s.get_table("lemma_lookup")) > 100_000
    for name in s.tables:
        assert list(f.get_table(name).items()) == list(s.get_table(name).items()), name
        assert f.get_table(name).bloom.to_bytes() == s.get_table(name).bloom.to_bytes(), name


def test_factored_token_match_agrees_with_stock_on_every_stress_word(stock, fast, stress_words):
    s, f = stock.tokenizer.token_match, fast.tokenizer.token_match
    disagree = [w for w in stress_words if bool(s(w)) != bool(f(w))]
    assert not disagree
    assert sum(bool(s(w)) for w in stress_words) > len(stress_words) // 5  # the stress words do hit the pattern


def test_every_branch_of_the_stock_pattern_matches_some_stress_word(stress_words):
    pattern = stock_pattern()
    flags = re.match(r"\(\?\w+\)", pattern).group()
    branches = split_alternatives(pattern[len(flags):])
    assert len(branches) > 200
    missed = [b[:40] for b in branches if not any(map(re.compile(flags + b).match, stress_words))]
    assert not missed


def test_stress_text_tokens_are_identical(stock, fast, stress_text):
    assert tokens(fast.tokenizer(stress_text)) == tokens(stock.tokenizer(stress_text))


def test_test_texts_tokens_are_identical(stock, fast):
    # a fixed number, so that CI time does not grow with the gold (all 2 163 texts took 27 s of CI); the stress
    # text holds every form the pattern tells apart, and is compared whole
    paths = sorted(p for folder in FOLDERS for p in folder.glob("*.txt"))
    assert len(paths) > TOKENIZED_TEXTS
    for path in paths[::len(paths) // TOKENIZED_TEXTS + 1] + [paths[-1]]:
        text = path.read_text(encoding="utf-8")
        assert tokens(fast.tokenizer(text)) == tokens(stock.tokenizer(text)), path.name


def test_test_texts_annotations_are_identical_through_the_whole_pipeline(stock, fast, paragraphs):
    assert len(paragraphs) > 300
    # a fixed number spread over every folder, so that CI time does not grow with the gold: the tokens of whole
    # texts are compared above, and the tagger, parser and entities only see those tokens (a quarter of the 28 914
    # paragraphs took 136 s of CI, 2 000 of them 50 s)
    paragraphs = paragraphs[::max(1, len(paragraphs) // WHOLE_PIPELINE_PARAGRAPHS)]
    for text, doc_stock, doc_fast in zip(paragraphs, stock.pipe(paragraphs), fast.pipe(paragraphs)):
        assert annotations(doc_fast) == annotations(doc_stock), text[:80]


def test_stress_text_annotations_are_identical_through_the_whole_pipeline(stock, fast, stress_text):
    lines = stress_text.splitlines()[::5]  # a fifth: the tokens of every line are compared above
    for line, doc_stock, doc_fast in zip(lines, stock.pipe(lines), fast.pipe(lines)):
        assert annotations(doc_fast) == annotations(doc_stock), line[:80]


def test_stress_text_tells_apart_a_tokenizer_without_token_match(stock, stress_text):
    assert differences(tokenizer_with(stock.tokenizer, None), stock.tokenizer, stress_text) > 100


def test_stress_text_tells_apart_a_factored_pattern_missing_any_one_group(stock, stress_text):
    factored = compact_pattern(stock_pattern())
    flags = re.match(r"\(\?\w+\)", factored).group()
    groups = split_alternatives(factored[len(flags):])
    assert len(groups) >= 3
    for n in range(len(groups)):
        pattern = flags + "|".join(groups[:n] + groups[n + 1:])
        changed = tokenizer_with(stock.tokenizer, re.compile(pattern).match)
        assert differences(changed, stock.tokenizer, stress_text) > 0, f"group {n} is never exercised"


def test_stress_text_tells_apart_a_case_sensitive_pattern(stock, stress_text):
    case_sensitive = re.compile(compact_pattern(stock_pattern()).replace("(?iu)", "(?u)", 1)).match
    assert differences(tokenizer_with(stock.tokenizer, case_sensitive), stock.tokenizer, stress_text) > 0


@pytest.mark.parametrize("pattern", [
    r"(?i)(?:^a\[" + "a-z" * 30 + "]$)",       # an escaped bracket: not a class
    r"(?i)(?:^a(b)\1[" + "a-z" * 30 + "]$)",  # a back-reference
    r"(?i)(?:^a|b[" + "a-z" * 30 + "]$)",     # a branch with its own top-level alternation
])
def test_compact_pattern_refuses_what_it_cannot_prove(pattern):
    with pytest.raises(ValueError):
        compact_pattern(pattern)


def test_compact_pattern_factors_shared_heads_and_tails():
    cls = "[" + "a-z" * 30 + "]"
    pattern = f"(?iu)(?:^ab-{cls}+$)|(?:^cd-{cls}+$)|(?:^{cls}x$)"
    assert compact_pattern(pattern) == f"(?iu)^(?:ab-|cd-){cls}+$|^{cls}(?:x)$"


def test_a_fresh_process_never_compiles_the_big_pattern():
    code = ("import re, sys\n"
            "from analysis.nlp import load_pipeline\n"
            "load_pipeline()('Le porte-parole a dit.')\n"
            "exc = sys.modules['spacy.lang.fr.tokenizer_exceptions']\n"
            "print(max(len(k[1]) for k in re._cache if isinstance(k[1], str)), len(exc.TOKEN_MATCH.__self__.pattern),\n"
            "      len(exc.TOKENIZER_EXCEPTIONS), len(exc._regular_exp))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    longest, exported, exceptions, branches = map(int, out.stdout.split())
    assert longest < 40_000 and exported < 40_000
    assert exceptions > 200 and branches > 200  # the rest of spaCy's module ran from its own source
