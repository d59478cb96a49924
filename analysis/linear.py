"""Linear models over named binary features, stored as reviewable text in `data/` and checked on load.

A model file has the columns `target,feature,weight`: for each target (`1` and `-1` for the pair model's
cooperation and rupture) a `(bias)` row, one row per feature with a
non-zero weight, where the model decides by a cut-off a `(threshold)` row, and where it may also overrule
the rules an optional `(veto)` row (see `pairs.py`); one `(fingerprint)` row
names the feature definitions the weights were trained for. On load every row is checked (numbers,
duplicates, known targets, thresholds between 0 and 1) and the fingerprint must equal the one the code
computes now: weights trained for other features would score nonsense without a word. Scoring is a sum
of weights passed through the logistic function, so the build needs no machine-learning library;
`train.py` fits the weights with scikit-learn. Writing is whole-or-nothing and never replaces a file
that is not such a model.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .reference import Reference, ReferenceError

HEADER = ["target", "feature", "weight"]
SPECIAL = ("(bias)", "(threshold)", "(veto)", "(fingerprint)")


class ModelFileError(ValueError):
    """A model file cannot be written where asked."""


@dataclass(frozen=True)
class LinearModel:
    """Weights per target and, where the model decides by a cut-off, the probability above which it says yes."""

    weights: dict  # target → {feature: weight}
    thresholds: dict  # target → probability
    vetoes: dict = field(default_factory=dict)  # target → probability below which the rules' finding is dropped

    def probability(self, target: str, features) -> float:
        w = self.weights[target]
        z = w.get("(bias)", 0.0) + sum(w.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def fingerprint(*parts) -> str:
    """A short digest of what defines a model's features (their version and word lists)."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def load(reference: Reference, name: str, targets: tuple[str, ...], thresholded: tuple[str, ...],
         expected: str, retrain: str) -> LinearModel | None:
    """The model `name` of a reference folder, checked; None when the folder has none."""
    path = reference.folder / name
    if not path.exists():
        return None
    rows = reference.table(name, tuple(HEADER))
    weights: dict[str, dict[str, float]] = {t: {} for t in targets}
    thresholds: dict[str, float] = {}
    vetoes: dict[str, float] = {}
    trained_for = None

    def where() -> str:  # the current row's place, formatted only for an error: 28,000 rows per build
        return reference.where(name, n)

    for n, row in enumerate(rows, start=2):
        if row["feature"] == "(fingerprint)":
            trained_for = row["weight"]
            continue
        if row["target"] not in weights:
            raise ReferenceError(f"{where()}: target {row['target']!r} is not one of {', '.join(targets)}")
        try:
            value = float(row["weight"])
        except ValueError:
            raise ReferenceError(f"{where()}: weight {row['weight']!r} is not a number") from None
        if not math.isfinite(value):
            raise ReferenceError(f"{where()}: weight {row['weight']!r} is not finite")
        if row["feature"] == "(threshold)":
            if not 0 < value < 1:
                raise ReferenceError(f"{where()}: a threshold is a probability between 0 and 1")
            thresholds[row["target"]] = value
        elif row["feature"] == "(veto)":
            if not 0 <= value < 1:
                raise ReferenceError(f"{where()}: a veto is a probability from 0 up to (not including) 1")
            vetoes[row["target"]] = value
        elif row["feature"] in weights[row["target"]]:
            raise ReferenceError(f"{where()}: feature {row['feature']!r} is listed twice")
        else:
            weights[row["target"]][row["feature"]] = value
    if trained_for != expected:
        raise ReferenceError(f"{path}: trained for features {trained_for!r}, this code computes {expected!r}; "
                             f"retrain it with `{retrain}`")
    for target in thresholded:
        if target not in thresholds:
            raise ReferenceError(f"{path}: no (threshold) row for target {target}")
    return LinearModel(weights, thresholds, vetoes)


class Design:
    """(doc_id, features) rows as one sparse 0/1 matrix, its columns the features in name order: vectorised once,
    then fitted on any subset of its rows (the folds of a cross-validation and the final fit share it; vectorising
    the rows again for each fit took a third of training). The matrix a fit reads is the one scikit-learn's
    `DictVectorizer(sort=True)` makes of the subset's rows less the rare features, so the weights are the same."""

    def __init__(self, rows: list[tuple[str, frozenset]]):
        import numpy as np
        from scipy.sparse import csr_matrix
        self.names = sorted({f for _, features in rows for f in features})
        column = {f: n for n, f in enumerate(self.names)}
        indices: list[int] = []
        indptr = [0]
        for _, features in rows:
            indices += sorted(column[f] for f in features)
            indptr.append(len(indices))
        self.x = csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int64), np.array(indptr)),
                            shape=(len(rows), len(self.names)))
        doc_number: dict[str, int] = {}
        self.doc = np.array([doc_number.setdefault(doc_id, len(doc_number)) for doc_id, _ in rows], dtype=np.int64)

    def fit(self, labels: list[bool], c: float, min_documents: int, subset=None) -> tuple[float, dict]:
        """A logistic regression (scikit-learn, L-BFGS: deterministic) over the rows `subset` (default: all) with
        their `labels`: (intercept, {feature: weight}), over the features seen in at least `min_documents`
        documents of those rows (a feature of one training article is that article's memory, not a pattern)."""
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
        if len(set(labels)) < 2:
            raise ModelFileError("the gold gives one label to every candidate: nothing to learn")
        rows = np.arange(self.x.shape[0]) if subset is None else np.asarray(subset, dtype=np.int64)
        x = self.x[rows]
        in_document = csr_matrix((np.ones(len(rows)), (self.doc[rows], np.arange(len(rows)))),
                                 shape=(int(self.doc.max()) + 1, len(rows))) @ x  # documents × features: counts
        documents = np.diff(in_document.tocsc().indptr)  # the documents with each feature (counts are never zero)
        kept = np.flatnonzero(documents >= max(1, min_documents))
        x = x[:, kept]
        x.sort_indices()
        model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(x, labels)
        return float(model.intercept_[0]), {self.names[k]: float(w) for k, w in zip(kept, model.coef_[0])}


def rows_of(target: str, intercept: float, weights: dict, threshold: float | None = None,
            veto: float | None = None) -> list[list[str]]:
    """The file rows of one target."""
    out = [[target, "(threshold)", f"{threshold:.2f}"]] if threshold is not None else []
    out += [[target, "(veto)", f"{veto:.2f}"]] if veto is not None else []
    out.append([target, "(bias)", f"{intercept:.6f}"])
    return out + [[target, f, f"{w:.6f}"] for f, w in sorted(weights.items()) if abs(w) >= 5e-7]


def written_by_us(path: Path) -> bool:
    """Whether a file is a model file (its header, then its fingerprint row): safe to replace."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            lines = [next(f, ""), next(f, "")]
    except (OSError, UnicodeDecodeError):
        return False
    return lines[0].strip() == ",".join(HEADER) and lines[1].startswith(",(fingerprint),")


def check_target(out: Path) -> None:
    """Refuse, before any work, a file that is not ours to replace or a folder that does not exist."""
    if out.exists() and (not out.is_file() or not written_by_us(out)):
        raise ModelFileError(f"{out}: exists and is not a model file written by training; not replaced")
    if not out.parent.is_dir():
        raise ModelFileError(f"{out.parent}: no such folder")


def write(fingerprint_value: str, rows: list[list[str]], out: Path) -> None:
    """Write a model file whole or not at all (a temporary file renamed over it)."""
    check_target(out)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerow(["", "(fingerprint)", fingerprint_value])
    writer.writerows(rows)
    for stale in out.parent.glob(f".{out.name}.*"):  # left by a training killed mid-write: ours to remove
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an ordinary data file, not mkstemp's private one
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(buffer.getvalue())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
