"""Figures shared by the notebooks: each function takes tables, returns a matplotlib Figure.

Every figure carries a title, axis labels and a key, and names actors by name (`names`, from
`explore.actor_names`) rather than by id. Text drawn on a coloured fill takes the colour that passes
WCAG AA against it (`display.text_colour_on`), computed rather than picked by eye.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from .display import KIND_COLOURS, Highlighted, highlight, text_colour_on  # noqa: F401 (notebook 05: plots.highlight)


def name_of(actor_id: str, names: dict[str, str] | None, *, width: int = 18) -> str:
    """An actor's name for a label, wrapped at `width` characters; its id when `names` lacks it."""
    import textwrap
    return "\n".join(textwrap.wrap((names or {}).get(actor_id, actor_id), width)) or actor_id


def mentions_by_kind(mentions: pd.DataFrame, *, names: dict[str, str] | None = None, top: int = 15):
    """Two bar charts: mentions per actor kind, and the most mentioned actors (by name) coloured by kind."""
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [1, 2]})
    kinds = mentions["actor_kind"].value_counts().reindex(list(KIND_COLOURS), fill_value=0)
    left.bar(kinds.index, kinds.values, color=[KIND_COLOURS[k] for k in kinds.index])
    left.set_title("Mentions by actor kind")
    left.set_ylabel("mentions")
    left.tick_params(axis="x", rotation=45)
    left.yaxis.set_major_locator(MaxNLocator(integer=True))
    counts = (mentions.groupby(["actor_id", "actor_kind"]).size().rename("n").reset_index()
              .sort_values(["n", "actor_id"], ascending=[False, True]).head(top).iloc[::-1])
    right.barh([name_of(a, names, width=60) for a in counts["actor_id"]], counts["n"], color=[KIND_COLOURS[k] for k in counts["actor_kind"]])
    right.set_title(f"The {len(counts)} most mentioned actors")
    right.set_xlabel("mentions")
    right.xaxis.set_major_locator(MaxNLocator(integer=True))
    right.legend(handles=[Patch(color=c, label=k) for k, c in KIND_COLOURS.items()], loc="lower right",
                 fontsize="small", title="actor kind", frameon=True)
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
    ax.set_title(f"Sentence length ({len(lengths)} sentences, bins of 5 tokens)")
    fig.tight_layout()
    return fig


def network(edges: pd.DataFrame, mentions: pd.DataFrame, *, names: dict[str, str] | None = None, seed: int = 7,
            top: int = 25):
    """Co-mention network: each actor a label on its kind's colour (text colour passing WCAG AA),
    larger when mentioned more; edges weighted by shared sentences run beneath the opaque labels.
    The layout is seeded, so the figure is the same on every run."""
    import networkx as nx
    counts = mentions.groupby("actor_id").size()
    kinds = mentions.drop_duplicates("actor_id").set_index("actor_id")["actor_kind"]
    keep = set(counts.sort_values(ascending=False, kind="mergesort").head(top).index)
    graph = nx.Graph()
    for r in edges.itertuples():
        if r.actor_a in keep and r.actor_b in keep:
            graph.add_edge(r.actor_a, r.actor_b, weight=r.sentences)
    fig, ax = plt.subplots(figsize=(10, 7.5))
    if graph.number_of_nodes():
        nodes = sorted(graph.nodes)
        # Kamada-Kawai spreads the labels evenly; the seeded spring layout only gives it a start
        start = nx.spring_layout(graph.subgraph(nodes), seed=seed)
        layout = nx.kamada_kawai_layout(graph.subgraph(nodes), pos=start, weight=None)
        heaviest = max(graph.edges[e]["weight"] for e in graph.edges)
        widths = [0.5 + 5 * graph.edges[e]["weight"] / heaviest for e in sorted(graph.edges)]
        nx.draw_networkx_edges(graph, layout, ax=ax, edgelist=sorted(graph.edges), width=widths, alpha=0.45,
                               edge_color="#777777").set_zorder(1)
        most = max(counts[n] for n in nodes)
        for n in nodes:
            fill = KIND_COLOURS.get(kinds.get(n), "#999999")
            ax.text(*layout[n], name_of(n, names), ha="center", va="center", zorder=3,
                    fontsize=7.5 + 4 * counts[n] / most, color=text_colour_on(fill),
                    bbox={"boxstyle": "round,pad=0.3", "facecolor": fill, "edgecolor": "#333333",
                          "linewidth": 0.5})
        xs, ys = zip(*layout.values())
        ax.set_xlim(min(xs) - 0.25, max(xs) + 0.25)
        ax.set_ylim(min(ys) - 0.15, max(ys) + 0.15)
    else:
        ax.text(0.5, 0.5, "no two actors named in the same sentence", ha="center", va="center",
                transform=ax.transAxes)
    ax.set_title(f"Actors named in the same sentence ({graph.number_of_nodes()} of the "
                 f"{min(top, len(counts))} most mentioned actors;\n"
                 "label size: mentions; line width: sentences shared)")
    ax.axis("off")
    shown = [k for k in KIND_COLOURS if k in {kinds.get(n) for n in graph.nodes}] or list(KIND_COLOURS)
    ax.legend(handles=[Patch(color=KIND_COLOURS[k], label=k) for k in shown], title="actor kind",
              loc="upper center", bbox_to_anchor=(0.5, 0), ncol=len(shown), fontsize="small", frameon=False)
    fig.tight_layout()
    return fig


def timeline(events: pd.DataFrame, *, title: str = "Timeline", max_rows: int = 40):
    """Dated figure where precision shows: a year is a year-long bar, a month a month-long bar,
    a day a dot; START, MID and END are marked at that point of the span. One row per distinct
    (event type, date, precision, modifier), in date order, at most `max_rows` (the earliest)."""
    import datetime as dt

    from matplotlib.dates import date2num

    from .corpus import date_bounds
    rows = events.dropna(subset=["date"])
    rows = rows[rows["date_precision"] != "week"].copy()
    rows["first_day"] = [date_bounds(d)[0] for d in rows["date"]]
    rows = (rows.sort_values(["first_day", "doc_id", "event"], kind="mergesort")
            .drop_duplicates(["event_type", "date", "date_precision", "date_mod"]))
    total = len(rows)
    rows = rows.head(max_rows).reset_index(drop=True)
    if total > len(rows):
        title = f"{title} (the earliest {len(rows)} of {total})"
    fig, ax = plt.subplots(figsize=(10, 0.45 * max(len(rows), 3) + 1.2))
    colours = {"year": "#9ecae1", "month": "#3182bd", "day": "#08519c"}
    for y, r in enumerate(rows.itertuples()):
        first, last = (dt.date.fromisoformat(d) for d in date_bounds(r.date))
        lo, hi = date2num(first), date2num(last) + 1
        if r.date_precision == "day":
            ax.plot([lo + 0.5], [y], "o", color=colours["day"])
        else:
            ax.barh(y, hi - lo, left=lo, height=0.5, color=colours[r.date_precision])
        mod = r.date_mod if isinstance(r.date_mod, str) else ""
        if mod:
            x = {"START": lo, "MID": (lo + hi) / 2, "END": hi}[mod]
            ax.plot([x], [y], marker="D", color="#e6550d", markersize=7)
    labels = [f"{r.event_type if isinstance(r.event_type, str) else '—'}: «{r.text}» ({r.doc_id[:12]})"
              for r in rows.itertuples()]
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.set_xlabel("date the expression refers to")
    ax.set_title(title, pad=24)
    handles = [Patch(color=c, label=f"{p} precision") for p, c in colours.items()]
    handles.append(plt.Line2D([], [], marker="D", color="#e6550d", linestyle="", label="START / MID / END"))
    ax.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, fontsize="small",
              frameon=False)  # the key between title and plot: below it would meet the axis label
    fig.tight_layout()
    return fig


SPLIT_STYLES = {"dev": ("#4c72b0", "o"), "test": ("#c44e52", "s")}


def accuracy(scores: pd.DataFrame):
    """Each extractor's measures on each gold split, as points with their 95% bootstrap interval."""
    rows = scores[["extractor", "measure"]].drop_duplicates().reset_index(drop=True)
    labels = (rows["extractor"] + " · " + rows["measure"]).tolist()
    fig, ax = plt.subplots(figsize=(8, 0.38 * len(rows) + 1.4))
    splits = [s for s in SPLIT_STYLES if s in set(scores["split"])]
    for n, split in enumerate(splits):
        colour, marker = SPLIT_STYLES[split]
        part = rows.merge(scores[scores["split"] == split], on=["extractor", "measure"], how="left")
        y = [i + (n - (len(splits) - 1) / 2) * 0.22 for i in range(len(rows))]
        ax.errorbar(part["value"], y, xerr=[part["value"] - part["low"], part["high"] - part["value"]], fmt=marker,
                    color=colour, ecolor=colour, capsize=3, label=f"{split} split")
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.02)
    ax.set_xlabel("score (point: measured; bar: 95% bootstrap interval over documents)")
    ax.set_title("Accuracy on the gold annotations: dev (tuned on) and test (never tuned on)")
    ax.grid(axis="x", color="#dddddd")
    ax.legend(loc="lower left", frameon=True)
    fig.tight_layout()
    return fig


def pair_balance(balance: pd.DataFrame, *, title: str, names: dict[str, str] | None = None, top: int = 20):
    """Diverging bars from `explore.pair_balance`: documents where each pair cooperates (right, blue)
    and breaks (left, red), the `top` pairs with most documents."""
    rows = balance.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 1.6 + 0.32 * max(len(rows), 1)))
    labels = [f"{name_of(a, names, width=60)} – {name_of(b, names, width=60)}"
              for a, b in zip(rows["actor"], rows["counterpart"])]
    ax.barh(labels, rows["cooperation_docs"], color="#1f5fa8", label="cooperation (+1)")
    ax.barh(labels, -rows["rupture_docs"], color="#b2182b", label="rupture or conflict (−1)")
    ax.axvline(0, color="#333333", linewidth=0.8)
    if rows.empty:
        ax.text(0.5, 0.5, "no pair found", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    reach = max([1, *rows["cooperation_docs"], *rows["rupture_docs"]])
    ax.set_xlim(-reach - 0.5, reach + 0.5)  # symmetric: cooperation right, rupture left, whatever is empty
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(lambda x, _: f"{abs(int(x))}")
    ax.set_xlabel("documents stating the pair  (← rupture or conflict · cooperation →)")
    ax.set_title(title)
    if not rows.empty:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.32), ncol=2, fontsize="small", frameon=False)
    fig.tight_layout()
    return fig


ACTOR_COLOURS = ["#E69F00", "#D55E00", "#CC79A7", "#0072B2", "#009E73", "#56B4E9", "#000000"]  # Okabe-Ito


def over_time(monthly: pd.DataFrame, *, names: dict[str, str] | None = None):
    """From `explore.monthly`: mentions per month (lines, top) and relation pairs per month (bottom:
    cooperation above zero, rupture hatched below), one colour per actor; None with fewer than two months."""
    import numpy as np
    months = list(dict.fromkeys(monthly["month"]))
    if len(months) < 2:
        return None
    actors = list(dict.fromkeys(monthly["actor_id"]))
    colours = dict(zip(actors, ACTOR_COLOURS * 2))
    table = monthly.set_index(["actor_id", "month"])
    x = np.arange(len(months))
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(11, 7.5), sharex=True, gridspec_kw={"height_ratios": [1, 1.2]})
    width = 0.8 / len(actors)
    for n, actor in enumerate(actors):
        rows = table.loc[actor].reindex(months)
        label = name_of(actor, names, width=60)
        top.plot(x, rows["mentions"], marker="o", markersize=3.5, color=colours[actor], label=label,
                 linestyle="-" if n < 3 else "--")
        offset = x - 0.4 + width * (n + 0.5)
        bottom.bar(offset, rows["cooperation"], width=width, color=colours[actor])
        bottom.bar(offset, -rows["rupture"], width=width, color=colours[actor], hatch="////", edgecolor="#ffffff",
                   linewidth=0)
    top.set_title("Mentions per month of publication")
    top.set_ylabel("mentions")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.grid(axis="y", color="#e5e5e5")
    top.legend(loc="upper left", fontsize="small", title="actor", frameon=True, ncol=len(actors))
    bottom.axhline(0, color="#333333", linewidth=0.8)
    reach = max(1, int(monthly["cooperation"].max()), int(monthly["rupture"].max()))
    bottom.set_ylim(-reach - 0.5, reach + 0.5)
    bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
    bottom.yaxis.set_major_formatter(lambda v, _: f"{abs(int(v))}")
    bottom.set_ylabel("pairs  (↓ rupture · cooperation ↑)")
    bottom.set_title("Relation pairs per month (one per article, pair and polarity)")
    bottom.grid(axis="y", color="#e5e5e5")
    bottom.legend(handles=[Patch(facecolor="#777777", label="cooperation (+1), above zero"),
                           Patch(facecolor="#777777", hatch="////", edgecolor="#ffffff",
                                 label="rupture or conflict (−1), below zero, hatched")],
                  loc="lower left", fontsize="small", frameon=True)
    step = max(1, len(months) // 12)
    bottom.set_xticks(x[::step], months[::step], rotation=45, ha="right")
    bottom.set_xlabel("month of publication")
    fig.tight_layout()
    return fig
