"""Whether a capital named in the text stands for its government (`Bamako accuse Alger`, `Ankara, lui, …`)
or is the city (`à Niamey`, `NIAMEY, 3 mars`): a linear model over the words around the name, learned from
the dev gold (`train.py`), stored as reviewable weights in `data/capital_model.csv`.

The rules of `actors.capital_role` (metonymy cues, subject position, the verb it depends on) were right for
0.89 of the capitals the dev gold annotates; the tagger often misreads the verb next to a capital (`Abuja
dément`, `accuse Cotonou`), and the rules follow its mistakes. The model keeps the rules' answer as one
feature and adds the words and parts of speech on either side, the headline and quotation context, so it
learns which of the rules' answers the surroundings overturn. Without the file, the rules decide alone.
No library classifies metonymy for French news; the scoring is `linear.py`'s sum of weights.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from . import linear
from .reference import Reference

MODEL = "capital_model.csv"
FEATURES_VERSION = "capitals-2"
TARGETS = ("1",)  # the capital is its government
THRESHOLD = 0.5  # the more likely reading


def fingerprint() -> str:
    """What a stored model must have been trained for."""
    return linear.fingerprint(FEATURES_VERSION)


@lru_cache(maxsize=4)
def load_model(reference: Reference) -> linear.LinearModel | None:
    """The capital model of a reference folder, checked; None when the folder has none (the rules alone)."""
    return linear.load(reference, MODEL, TARGETS, TARGETS, fingerprint(), "python -m analysis train")


def features(ent: Span, rule: str, sentence_of: list[int]) -> frozenset[str]:
    """The features of one capital's name `ent`: the rules' reading (`rule`), the two words and parts of speech
    on each side within its sentence (`sentence_of`: the build's sentence number per token), the lemma after
    it, whether it opens its sentence or the headline, stands inside a quotation or before a colon."""
    doc = ent.doc
    sentence = sentence_of[ent.start]
    lo, hi = ent.start, ent.end
    while lo > 0 and sentence_of[lo - 1] == sentence:
        lo -= 1
    while hi < len(doc) and sentence_of[hi] == sentence:
        hi += 1
    words = [t for t in doc[lo:hi] if not t.is_space]  # its sentence only: a long paragraph costs no more
    i = next(n for n, t in enumerate(words) if t.i >= ent.start)
    j = next((n for n, t in enumerate(words) if t.i >= ent.end), len(words))

    def word(k: int) -> str:
        return words[k].lower_ if 0 <= k < len(words) else "<s>"

    def pos(k: int) -> str:
        return words[k].pos_ if 0 <= k < len(words) else "<s>"

    opened = sum(t.text == "«" for t in words[:i]) - sum(t.text == "»" for t in words[:i])
    return frozenset({
        f"rule={rule}", f"p1={word(i - 1)}", f"p2={word(i - 2)}_{word(i - 1)}", f"n1={word(j)}",
        f"n2={word(j)}_{word(j + 1)}", f"pp1={pos(i - 1)}", f"pp2={pos(i - 2)}_{pos(i - 1)}", f"np1={pos(j)}",
        f"np2={pos(j)}_{pos(j + 1)}", f"nl1={words[j].lemma_.lower() if j < len(words) else '<s>'}",
        f"headline={sentence == 1}", f"first={i == 0}", f"quoted={opened > 0}", f"colon_after={word(j) == ':'}",
        f"dep={ent.root.dep_}", f"head={ent.root.head.lemma_.lower() if ent.root.head.i != ent.root.i else '<root>'}",
        f"dep_head={ent.root.dep_}_{ent.root.head.pos_}",
    })


def government(model: linear.LinearModel, feats: frozenset[str]) -> bool:
    """Whether the model reads the capital as its government."""
    return model.probability("1", feats) >= model.thresholds["1"]  # `linear.load` requires it
