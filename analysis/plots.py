"""Figures shared by the notebooks: each function takes tables, returns a matplotlib Figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator
import pandas as pd

KIND_COLOURS = {"state": "#1f77b4", "organization": "#ff7f0e", "person": "#2ca02c",
                "armed_group": "#d62728", "place": "#9467bd"}


def mentions_by_kind(mentions: pd.DataFrame, *, top: int = 15):
    """Two bar charts: mentions per actor kind, and the most mentioned actors coloured by kind."""
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [1, 2]})
    kinds = mentions["actor_kind"].value_counts().reindex(list(KIND_COLOURS), fill_value=0)
    left.bar(kinds.index, kinds.values, color=[KIND_COLOURS[k] for k in kinds.index])
    left.set_title("Mentions by actor kind")
    left.set_ylabel("mentions")
    left.tick_params(axis="x", rotation=45)
    left.yaxis.set_major_locator(MaxNLocator(integer=True))
    counts = (mentions.groupby(["actor_id", "actor_kind"]).size().rename("n").reset_index()
              .sort_values(["n", "actor_id"], ascending=[False, True]).head(top).iloc[::-1])
    right.barh(counts["actor_id"], counts["n"], color=[KIND_COLOURS[k] for k in counts["actor_kind"]])
    right.set_title(f"The {len(counts)} most mentioned actors")
    right.set_xlabel("mentions")
    right.xaxis.set_major_locator(MaxNLocator(integer=True))
    right.legend(handles=[Patch(color=c, label=k) for k, c in KIND_COLOURS.items()], loc="lower right",
                 fontsize="small", frameon=False)
    fig.tight_layout()
    return fig


def sentence_lengths(tokens: pd.DataFrame):
    """Histogram of sentence length in tokens."""
    lengths = tokens.groupby(["doc_id", "sentence"]).size()
    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.hist(lengths, bins=range(0, int(lengths.max()) + 6, 5), color="#4c72b0", edgecolor="white")
    ax.set_xlabel("tokens per sentence")
    ax.set_ylabel("sentences")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("Sentence length")
    fig.tight_layout()
    return fig
