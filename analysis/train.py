"""Train the learned layer on the dev split's gold: the capital model (`capitals.py`), written to
`data/capital_model.csv`, then the pair model (`pairs.py`), written to `data/pair_model.csv`, on the
mentions the new capital model gives.

Both learn from one annotation of dev. A capital's features do not depend on how the capital model reads it,
so the pass made with the current capital model gives the new one its examples; when the new one differs, dev is
annotated again with it (its readings change the mentions the pair model learns from), until it no longer changes.
A current capital model thus costs one pass, and a check of both models (`tests/test_pairs.py`) one too.

Only the dev split is read: the test split stays what nobody tuned on. Each document of dev with its
four gold files is annotated with the rules alone, collecting the candidate pairs. Each pair gets two
labels from the gold relations (a cooperation between them, a rupture); L2-regularised logistic
regressions (scikit-learn, the field's standard; L-BFGS, deterministic) learn the weights. The
cut-offs (the threshold above which a pair is added, the veto below which a pair the rules found is
dropped) are those that do best in a 5-fold cross-validation grouped by document, and that
cross-validation is printed: figures on dev itself are figures on the training data. The file is
written whole or not at all, and an existing file is replaced only when training wrote it.

A ranker of candidate speakers built the same way (the rules' choice, the actors of the quotation's
sentence and the three before, nobody; features of mention position, method, kind, gender agreement,
dependency role, the previous speaker) moved dev speaker accuracy by 0.01 in cross-validation (0.815
→ 0.824) and was not kept: within noise, for the cost of a second model.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import capitals, linear, pairs
from .engines import cores
from .gold import KINDS, SPLITS, GoldError, canonical, canonical_ids, gold_table
from .corpus import InvalidArticle
from .reference import Reference, ReferenceError, default_reference

C = 1.0  # inverse regularisation strength of the capital model: the best of 0.2–3 in the dev cross-validation
PAIR_C = 0.5  # of the pair model, whose conjoined features are many: 0.3–2 within 0.015 F1, 0.5 among the best
FOLDS = 5
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
VETOES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)  # below it, a pair the rules found is dropped (0: the rules' findings all stand)
TIE = 0.005  # cut-offs whose cross-validated F1 is this close to the best are as good: the most precise wins
MIN_DOCUMENTS = 3  # a feature seen in one or two training articles is their memory, not a pattern (pair model, dev
# cross-validation on 1088 articles: 2 documents F1 0.734, 3 documents 0.733 with 36% fewer weights, 5 documents 0.730)
TRAIN_BATCH = 24  # articles per task of a worker process
LEARNED_FROM = ("mentions", "relations")  # the tables of the rules' rows that training reads
PASSES = 3  # annotations of dev at most: a changed capital model changes the mentions both models learn from


class TrainingError(ValueError):
    """The model cannot be trained or written as asked."""


def dev_batches() -> tuple[list[str], list[list]]:
    """The ids of the dev documents with their four gold files, and their articles in batches of `TRAIN_BATCH`."""
    from .corpus import read_article
    split = SPLITS["dev"]
    docs = sorted(d for d in split.files() if all((split.gold / k / f"{d}.csv").exists() for k in KINDS))
    if not docs:
        raise TrainingError(f"{split.gold}: no dev article has its four gold files")
    articles = [read_article(split.files()[d]) for d in docs]
    return docs, [articles[i:i + TRAIN_BATCH] for i in range(0, len(articles), TRAIN_BATCH)]


def in_workers(task, batches: list, reference: Reference, *args, jobs: int | None = None):
    """`task(batch, reference, *args)` of each batch, in order, run in `jobs` worker processes (default: every
    core), which are given the reference data's folder to read it from."""
    n = max(1, min(jobs or cores(), cores(), len(batches)))
    if n == 1:
        yield from (task(batch, reference, *args) for batch in batches)
        return
    args = (str(reference.folder),) + args
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"))
    try:
        yield from pool.map(task, batches, *[[a] * len(batches) for a in args])
    finally:
        pool.shutdown(cancel_futures=True)


def parsed(reference: Reference, jobs: int | None = None) -> list[list[bytes]]:
    """The model's parse of each dev article (`annotate.parse`), by batch: parsed once, read by both models'
    annotations (the parse is half the time of an annotation). Those the dev split's build kept (`stored_parses`)
    are read, not parsed again; the others are parsed in `jobs` worker processes."""
    batches = dev_batches()[1]
    stored = stored_parses(reference, [a for batch in batches for a in batch])
    missing = [a for batch in batches for a in batch if a.doc_id not in stored]
    chunks = [missing[i:i + TRAIN_BATCH] for i in range(0, len(missing), TRAIN_BATCH)]
    for chunk, parses in zip(chunks, in_workers(parse_batch, chunks, reference, jobs=jobs)):
        stored.update(zip((a.doc_id for a in chunk), parses))
    return [[stored[a.doc_id] for a in batch] for batch in batches]


def stored_parses(reference: Reference, articles: list) -> dict[str, bytes]:
    """doc_id → parse of those `articles` whose parse the build of the dev split kept in its cache
    (`build(parses=True)`, `evaluate.split_tables`) for these very bytes, code, model and reference data; a
    stale or damaged entry is not read (`Cache.get_parse`), and `annotate` checks the paragraphs of each."""
    from .build import cache_folder, versions
    from .cache import Cache
    from .evaluate import split_builds
    caches = [Cache(cache_folder(processed), {**versions(), "reference": reference.fingerprint})
              for _, processed in split_builds("dev")]
    found = {}
    for article in articles:
        parse = next((p for p in (cache.get_parse(article) for cache in caches) if p is not None), None)
        if parse is not None:
            found[article.doc_id] = parse
    return found


def parse_batch(articles: list, reference: Reference | str) -> list[bytes]:
    from .annotate import parse, reference_at  # a worker reads the reference and loads the model once
    return parse(articles, reference_at(reference) if isinstance(reference, str) else reference)


def annotated(reference: Reference, progress=None, jobs: int | None = None,
              parses: list[list[bytes]] | None = None) -> dict:
    """The dev documents annotated by the rules alone, the capitals read by the reference's capital model (the
    rules when it has none): their ids, mention rows (each capital's with its features, which do not depend on
    that model's reading) and relation rows, collected candidate pairs and gold: what both models learn from;
    `parses`: what `parsed` gave, read instead of running the model again. Batches of documents are annotated in
    `jobs` worker processes (default: every core), each reading the reference data from its folder; what they
    collect is put back in document order, as one process would have collected it."""
    split = SPLITS["dev"]
    docs, batches = dev_batches()
    if parses is not None and len(parses) != len(batches):
        raise TrainingError("the parsed batches are not those of the dev articles")
    learn: dict = {"pairs": []}
    rows_of = {}
    for rows, candidates in in_workers(learned_batch, list(zip(batches, parses or [None] * len(batches))),
                                       reference, jobs=jobs):
        learn["pairs"] += candidates
        for doc_id, doc_rows in rows:
            rows_of[doc_id] = doc_rows
            if progress:
                progress(doc_id)
    gold = {kind: gold_table(kind, split) for kind in ("mentions", "relations")}
    gold = {kind: df[df["doc_id"].isin(docs)] for kind, df in gold.items()}
    ids = canonical_ids(gold["mentions"], reference)
    return {"docs": docs, "rows": rows_of, "learn": learn, "relations": canonical("relations", gold["relations"], ids),
            "mentions": gold["mentions"]}


def learned_batch(batch: tuple[list, list[bytes] | None], reference: Reference | str) -> tuple[list, list]:
    """(doc_id, rows of the tables training reads) of a batch of articles annotated by the rules alone, and
    their candidate pairs; `batch`: the articles and their parses or None; `reference`: the reference data, or in a
    worker process the folder to read it from."""
    from .annotate import annotate, reference_at
    articles, parse = batch
    if isinstance(reference, str):  # a worker process (a new one for each `in_workers`): read once, model loaded once
        reference = reference_at(reference)
    learn: dict = {}
    rows = [(article.doc_id, {t: rows.get(t, []) for t in LEARNED_FROM})
            for article, rows in annotate(articles, reference, learn=learn, parsed=parse)]
    return rows, learn.get("pairs", [])


def folds(docs: list[str]) -> dict[str, int]:
    return {d: n % FOLDS for n, d in enumerate(docs)}


def held_out(docs: list[str], examples: list[tuple[str, frozenset]], labels: list[bool], c: float = C,
             design: linear.Design | None = None) -> list[float]:
    """Out-of-fold probabilities of (doc_id, features) examples, folds by document; `design`: the examples
    vectorised (`linear.Design`), when the caller has it already."""
    fold = folds(docs)
    design = design or linear.Design(examples)
    out = [0.0] * len(examples)
    for k in range(FOLDS):
        train = [i for i, (doc, _) in enumerate(examples) if fold[doc] != k]
        intercept, weights = design.fit([labels[i] for i in train], c, MIN_DOCUMENTS, train)
        model = linear.LinearModel({"": {"(bias)": intercept, **weights}}, {})  # the fold's model, built once
        for i, (doc, features) in enumerate(examples):
            if fold[doc] == k:
                out[i] = model.probability("", features)
    return out


def choose(scores: dict[tuple[float, float], tuple[float, float]]) -> tuple[float, float]:
    """Of the (veto, threshold) whose cross-validated F1 is within TIE of the best (scores: key → (F1, precision)),
    the most precise: the relations tables feed counts of who cooperates with whom, where a pair that is not in the
    text misleads more than one that is missing, and the issue asks precision 0.85 before recall 0.75. On a tie of
    precision too, the most cautious: the highest threshold (fewest pairs added), then the lowest veto (fewest of
    the rules' findings dropped)."""
    best = max(f for f, _ in scores.values())
    near = [key for key, (f, _) in scores.items() if f >= best - TIE]
    return max(near, key=lambda k: (round(scores[k][1], 3), k[1], -k[0]))


def f1(predicted: set, expected: set) -> tuple[float, float, float]:
    tp = len(predicted & expected)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(expected) if expected else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- capitals --------------------------------------------------------------------------------------
def capital_model(data: dict, reference: Reference, report=print) -> list[list[str]]:
    """The rows of the capital model (`capitals.py`); reports the cross-validated accuracy beside the rules'.
    Each capital the build read where the gold annotates the same characters is an example: its government
    when the gold gives a state or organisation there, the city when it gives the capital itself."""
    g = data["mentions"]
    gold = {(d, int(s), int(e)): a for d, s, e, a in zip(g["doc_id"], g["start"], g["end"], g["actor_id"])}
    examples, labels = [], []
    for doc_id, rows in data["rows"].items():
        for m in rows["mentions"]:
            actor = gold.get((doc_id, m["start"], m["end"])) if "capital_features" in m else None
            if actor in reference.capitals or actor is not None and reference.kind(actor) in ("state", "organization"):
                examples.append((doc_id, m["capital_features"]))
                labels.append(actor not in reference.capitals)
    if not examples:
        raise TrainingError("no capital of the dev articles has a gold mention: nothing to learn")
    ruled = sum(("rule=government" in f) == label for (_, f), label in zip(examples, labels)) / len(labels)
    design = linear.Design(examples)
    held = held_out(data["docs"], examples, labels, C, design)
    learned = sum((p >= capitals.THRESHOLD) == label for p, label in zip(held, labels)) / len(labels)
    report(f"capitals: dev, {len(labels)} capitals the gold annotates ({sum(labels)} as their government)")
    report(f"  rules alone: accuracy {ruled:.3f};  model: accuracy {learned:.3f}  (5-fold, by document)")
    intercept, weights = design.fit(labels, C, MIN_DOCUMENTS)
    return linear.rows_of("1", intercept, weights, capitals.THRESHOLD)


# -- pairs -----------------------------------------------------------------------------------------
def pair_model(data: dict, report=print) -> list[list[str]]:
    """The rows of the pair model; reports the cross-validated figures."""
    rules, ruled = set(), {}
    for doc_id, rows in data["rows"].items():
        for r in rows["relations"]:
            a, b = sorted((r["source_id"], r["target_id"]))
            rules.add((doc_id, a, b, r["polarity"]))
            ruled.setdefault((doc_id, a, b), set()).update({r["polarity"], ("sentence", r["sentence"])})
    expected = set()
    rel = data["relations"]
    for doc_id, s, t, polarity in zip(rel["doc_id"], rel["source_id"], rel["target_id"], rel["polarity"]):
        a, b = sorted((str(s), str(t)))
        expected.add((doc_id, a, b, int(polarity)))
    found = [(doc_id, c) for doc_id, cands in data["learn"].get("pairs", []) for c in cands]
    examples = [(doc_id, c.features) for doc_id, c in found]
    design = linear.Design(examples)  # both polarities' folds and fits read the same examples
    added, kept = {}, {}  # out-of-fold probabilities of pairs the model may add, and of the rules' own
    for polarity in (1, -1):
        labels = [(doc_id, c.a, c.b, polarity) in expected for doc_id, c in found]
        for (doc_id, c), p in zip(found, held_out(data["docs"], examples, labels, PAIR_C, design)):
            key = (doc_id, c.a, c.b, polarity)
            if key in rules:
                kept[key] = p
            elif pairs.adds(ruled.get((doc_id, c.a, c.b), set()), polarity, c.sentences):
                added[key] = p
    base = f1(rules, expected)
    report(f"pairs: dev, {len(data['docs'])} articles, {len(found)} candidate pairs, {len(expected)} gold pairs")
    report(f"  rules alone:            P {base[0]:.3f}  R {base[1]:.3f}  F1 {base[2]:.3f}")
    scores = {}
    for veto in VETOES:
        standing = rules - {key for key, p in kept.items() if p < veto}
        for threshold in THRESHOLDS:
            score = f1(standing | {key for key, p in added.items() if p >= threshold}, expected)
            report(f"  rules (veto {veto:.2f}) + model >= {threshold:.2f}:  P {score[0]:.3f}  R {score[1]:.3f}"
                   f"  F1 {score[2]:.3f}  (5-fold, by document)")
            scores[(veto, threshold)] = (score[2], score[0])
    veto, chosen = choose(scores)
    report(f"  veto {veto:.2f}, threshold {chosen:.2f} (the most precise within {TIE} of the best cross-validated F1)")
    out = []
    for polarity in (1, -1):
        labels = [(doc_id, c.a, c.b, polarity) in expected for doc_id, c in found]
        intercept, weights = design.fit(labels, PAIR_C, MIN_DOCUMENTS)
        out += linear.rows_of(str(polarity), intercept, weights, chosen, veto)
    return out


# -- command ---------------------------------------------------------------------------------------
def main(data_folder: Path, quiet: bool = False) -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("error: training needs scikit-learn: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    out = data_folder / pairs.MODEL
    count = [0]

    def progress(doc_id: str) -> None:
        count[0] += 1
        if not quiet and count[0] % 20 == 0:
            print(f"  {count[0]} articles annotated", file=sys.stderr)
    out_capitals = data_folder / capitals.MODEL
    report = (lambda line: None) if quiet else print
    try:
        linear.check_target(out)  # before any article is annotated
        linear.check_target(out_capitals)
        reference = default_reference()
        if not quiet:
            print("parsing the dev articles the split build did not keep (once for both models)", file=sys.stderr)
        parses = parsed(reference)
        for n in range(1, PASSES + 1):
            read = reference.folder / capitals.MODEL  # the capital model this pass reads, if any
            used = read.read_bytes() if read.exists() else None
            data = annotated(reference, progress, parses=parses)
            capital_rows = capital_model(data, reference, report)
            linear.write(capitals.fingerprint(), capital_rows, out_capitals)
            print(f"wrote {out_capitals} ({len(capital_rows)} weights and thresholds)")
            if out_capitals.resolve() != read.resolve() or out_capitals.read_bytes() == used:
                break  # the pair model learns from the mentions of the capital model just written
            if n == PASSES:
                raise TrainingError(f"the capital model still changed after {PASSES} passes over the dev articles")
            if not quiet:
                print("the capital model changed: annotating again with it", file=sys.stderr)
            default_reference.cache_clear()
            reference, count[0] = default_reference(), 0
        rows = pair_model(data, report)
        linear.write(pairs.fingerprint(), rows, out)
    except (TrainingError, linear.ModelFileError, GoldError, ReferenceError, InvalidArticle) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {out} ({len(rows)} weights and thresholds)")
    return 0
