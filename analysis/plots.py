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


def network(edges: pd.DataFrame, mentions: pd.DataFrame, *, seed: int = 7, top: int = 25):
    """Co-mention network: actors as nodes sized by mentions, edges weighted by shared sentences.
    The layout is seeded, so the figure is the same on every run."""
    import networkx as nx
    counts = mentions.groupby("actor_id").size()
    kinds = mentions.drop_duplicates("actor_id").set_index("actor_id")["actor_kind"]
    keep = set(counts.sort_values(ascending=False, kind="mergesort").head(top).index)
    graph = nx.Graph()
    for r in edges.itertuples():
        if r.actor_a in keep and r.actor_b in keep:
            graph.add_edge(r.actor_a, r.actor_b, weight=r.sentences)
    fig, ax = plt.subplots(figsize=(8, 6))
    if graph.number_of_nodes():
        nodes = sorted(graph.nodes)
        layout = nx.spring_layout(graph.subgraph(nodes), seed=seed, k=1.2)
        widths = [0.6 + graph.edges[e]["weight"] for e in graph.edges]
        nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, alpha=0.35, edge_color="#555555")
        nx.draw_networkx_nodes(graph, layout, ax=ax, nodelist=nodes, node_size=[120 + 60 * counts[n] for n in nodes],
                               node_color=[KIND_COLOURS.get(kinds.get(n), "#999999") for n in nodes])
        nx.draw_networkx_labels(graph, layout, ax=ax, font_size=8)
    ax.set_title("Actors named in the same sentence")
    ax.axis("off")
    ax.legend(handles=[Patch(color=c, label=k) for k, c in KIND_COLOURS.items() if k != "place"],
              loc="lower left", fontsize="small", frameon=False)
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
    ax.set_title(title)
    handles = [Patch(color=c, label=f"{p} precision") for p, c in colours.items()]
    handles.append(plt.Line2D([], [], marker="D", color="#e6550d", linestyle="", label="START / MID / END"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=4, fontsize="small",
              frameon=False)
    fig.tight_layout()
    return fig


class Highlighted:
    """An article's text as HTML: quotes marked, actor mentions marked inside and outside them.
    Every piece of article text is HTML-escaped."""

    COLOURS = {"quote": "#fde0a6", **{k: c + "40" for k, c in KIND_COLOURS.items()}}

    def __init__(self, text: str, quotes: list[tuple[int, int, str]], marks: list[tuple[int, int, str, str]]):
        self.text, self.quotes, self.marks = text, sorted(quotes), sorted(marks)

    def _mark(self, start: int, end: int, label: str, title: str, inner: str) -> str:
        import html
        colour = self.COLOURS.get(label, "#dddddd")
        return f'<mark style="background:{colour}" title="{html.escape(title, quote=True)}">{inner}</mark>'

    def _render(self, start: int, end: int) -> str:
        import html
        out, pos = [], start
        for m_start, m_end, label, title in self.marks:
            if m_start < pos or m_end > end or m_start < start:
                continue
            out += [html.escape(self.text[pos:m_start]),
                    self._mark(m_start, m_end, label, title, html.escape(self.text[m_start:m_end]))]
            pos = m_end
        out.append(html.escape(self.text[pos:end]))
        return "".join(out)

    def _repr_html_(self) -> str:
        out, pos = [], 0
        for q_start, q_end, title in self.quotes:
            if q_start < pos:
                continue
            out += [self._render(pos, q_start), self._mark(q_start, q_end, "quote", title, self._render(q_start, q_end))]
            pos = q_end
        out.append(self._render(pos, len(self.text)))
        body = "".join(out).replace("\r\n", "\n")
        body = "</p><p>".join(p for p in body.split("\n\n") if p.strip()).replace("\n", " ")
        return f'<div style="line-height:1.6"><p>{body}</p></div>'

    def __repr__(self) -> str:
        return f"Highlighted({len(self.quotes)} quotes, {len(self.marks)} mentions)"


def highlight(text: str, mentions: pd.DataFrame, quotes: pd.DataFrame) -> Highlighted:
    """The article with its quotes and actor mentions marked; hover shows speaker or actor id."""
    spans = [(int(q.start), int(q.end), f"quote by {q.speaker_id if isinstance(q.speaker_id, str) else '?'}")
             for q in quotes.itertuples()]
    marks = [(int(m.start), int(m.end), m.actor_kind, f"{m.actor_id} ({m.method})") for m in mentions.itertuples()]
    return Highlighted(text, spans, marks)


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


def pair_balance(balance: pd.DataFrame, *, title: str, top: int = 20):
    """Diverging bars from `explore.pair_balance`: documents where each pair cooperates (right, blue)
    and breaks (left, red), the `top` pairs with most documents."""
    rows = balance.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 1.6 + 0.32 * max(len(rows), 1)))
    labels = rows["actor"] + " – " + rows["counterpart"]
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
