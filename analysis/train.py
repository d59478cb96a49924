"""Train the pair model of `pairs.py` on the dev split's gold and write `data/pair_model.csv`.

Only the dev split is read: the test split stays what nobody tuned on. Each document of dev with
its four gold files is annotated with the rules alone; every candidate pair gets two labels from
the gold relations (is there a cooperation between them, a rupture). Two L2-regularised logistic
regressions (scikit-learn, the field's standard; L-BFGS, deterministic) learn the weights. The
threshold is the one that maximises, in a 5-fold cross-validation grouped by document, the F1 of
the rules' pairs together with the model's; the same cross-validation is printed, since figures on
dev itself are figures on the training data. The file is written whole or not at all (a temporary
file renamed), and an existing file is replaced only when it is a model this command wrote.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import linear, pairs
from .gold import KINDS, SPLITS, canonical, canonical_ids, gold_table
from .reference import Reference, default_reference

C = 1.0  # inverse regularisation strength: the best of 0.2–3 in the dev cross-validation (all within 0.01 F1)
FOLDS = 5
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
TIE = 0.005  # thresholds whose cross-validated F1 is this close to the best are as good: the highest (most precise) wins
MIN_DOCUMENTS = 2  # a feature seen in one training article is that article's memory, not a pattern


class TrainingError(ValueError):
    """The model cannot be trained or written as asked."""


def examples(reference: Reference, progress=None):
    """Doc ids, candidates as (doc_id, a, b, features), gold pairs and rule pairs as (doc_id, a, b, polarity), and
    the (doc_id, a, b, polarity) the model may add (`pairs.adds`)."""
    from .annotate import annotate
    from .corpus import read_article
    split = SPLITS["dev"]
    docs = sorted(d for d in split.files() if all((split.gold / k / f"{d}.csv").exists() for k in KINDS))
    if not docs:
        raise TrainingError(f"{split.gold}: no dev article has its four gold files")
    articles = [read_article(split.files()[d]) for d in docs]
    collected: list = []
    rules, ruled = set(), {}
    for article, rows in annotate(articles, reference, pair_candidates=collected):
        for r in rows["relations"]:
            a, b = sorted((r["source_id"], r["target_id"]))
            rules.add((article.doc_id, a, b, r["polarity"]))
            ruled.setdefault((article.doc_id, a, b), set()).update({r["polarity"], ("sentence", r["sentence"])})
        if progress:
            progress(article.doc_id)
    gold = {kind: gold_table(kind, split) for kind in ("mentions", "relations")}
    gold = {kind: df[df["doc_id"].isin(docs)] for kind, df in gold.items()}
    relations = canonical("relations", gold["relations"], canonical_ids(gold["mentions"], reference))
    expected = set()
    for doc_id, s, t, polarity in zip(relations["doc_id"], relations["source_id"], relations["target_id"],
                                      relations["polarity"]):
        a, b = sorted((str(s), str(t)))
        expected.add((doc_id, a, b, int(polarity)))
    candidates = [(doc_id, c.a, c.b, c.features) for doc_id, _, found in collected for c in found
                  if not c.same_side]  # never a relation, never asked
    allowed = {(doc_id, c.a, c.b, polarity) for doc_id, _, found in collected for c in found for polarity in (1, -1)
               if pairs.adds(ruled.get((doc_id, c.a, c.b), set()), polarity, c.sentences)}
    return docs, candidates, expected, rules, allowed


def f1(predicted: set, expected: set) -> tuple[float, float, float]:
    tp = len(predicted & expected)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(expected) if expected else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def probability(intercept: float, weights: dict, features: frozenset) -> float:
    return linear.LinearModel({"": {"(bias)": intercept, **weights}}, {}).probability("", features)


def cross_validate(docs: list[str], candidates: list, expected: set) -> dict:
    """Out-of-fold probabilities per (doc_id, a, b, polarity), folds by document."""
    fold = {d: n % FOLDS for n, d in enumerate(docs)}
    out = {}
    for polarity in (1, -1):
        for k in range(FOLDS):
            train = [c for c in candidates if fold[c[0]] != k]
            intercept, weights = linear.fit([(c[0], c[3]) for c in train],
                                            [(c[0], c[1], c[2], polarity) in expected for c in train], C, MIN_DOCUMENTS)
            for c in candidates:
                if fold[c[0]] == k:
                    out[(c[0], c[1], c[2], polarity)] = probability(intercept, weights, c[3])
    return out


def train(reference: Reference | None = None, progress=None, report=print) -> list[list[str]]:
    """The rows of a model file trained on dev; prints the cross-validated figures."""
    reference = reference or default_reference()
    docs, candidates, expected, rules, allowed = examples(reference, progress)
    held = cross_validate(docs, candidates, expected)
    scores = {}
    base = f1(rules, expected)
    report(f"dev, {len(docs)} articles, {len(candidates)} candidate pairs, {len(expected)} gold pairs")
    report(f"  rules alone:            P {base[0]:.3f}  R {base[1]:.3f}  F1 {base[2]:.3f}")
    for threshold in THRESHOLDS:
        found = rules | {key for key, p in held.items() if p >= threshold and key in allowed}
        score = f1(found, expected)
        report(f"  rules + model >= {threshold:.2f}:  P {score[0]:.3f}  R {score[1]:.3f}  F1 {score[2]:.3f}"
               "  (5-fold, by document)")
        scores[threshold] = score[2]
    chosen = max(t for t, score in scores.items() if score >= max(scores.values()) - TIE)
    out = []
    for polarity in (1, -1):
        intercept, weights = linear.fit([(c[0], c[3]) for c in candidates],
                                        [(c[0], c[1], c[2], polarity) in expected for c in candidates], C, MIN_DOCUMENTS)
        out += linear.rows_of(str(polarity), intercept, weights, chosen)
    report(f"threshold {chosen:.2f} (the highest within {TIE} of the best cross-validated F1)")
    return out


def main(out: Path, quiet: bool = False) -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("error: training needs scikit-learn: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    count = [0]

    def progress(doc_id: str) -> None:
        count[0] += 1
        if not quiet and count[0] % 20 == 0:
            print(f"  {count[0]} articles annotated", file=sys.stderr)
    try:
        linear.check_target(out)
        rows = train(progress=progress, report=(lambda line: None) if quiet else print)
        linear.write(pairs.fingerprint(), rows, out)
    except (TrainingError, linear.ModelFileError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {out} ({len(rows)} weights and thresholds)")
    return 0
