"""How tables and text look on screen: the colour of each actor kind, the text colour that passes
WCAG AA on a fill, frames shown whole as HTML (`show`), and an article with its quotes and actors
marked (`highlight`). Plain HTML with inline styles, so committed outputs stay byte-stable and
JupyterLab keeps the styles in untrusted notebooks.
"""

from __future__ import annotations

from typing import ClassVar

import pandas as pd

KIND_COLOURS = {"state": "#1f77b4", "organization": "#ff7f0e", "person": "#2ca02c",
                "armed_group": "#d62728", "place": "#9467bd"}
AA = 4.5  # WCAG 2 level AA: the least contrast ratio for normal-size text


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(int(colour.lstrip("#")[i:i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_colour_on(fill: str) -> str:
    """Black or white, whichever contrasts more with `fill`; one of them always passes AA (≥ 4.58)."""
    return "#000000" if contrast("#000000", fill) >= contrast("#ffffff", fill) else "#ffffff"


def nothing_found(looked_for: str, among: int | None = None) -> str:
    """The one sentence an empty view shows: what was looked for, and where."""
    if among is None:
        return f"No {looked_for} was found."
    return f"In the {among} article{'s' if among != 1 else ''} selected, no {looked_for} was found."


class Shown:
    """A frame shown whole as HTML: every row, no truncation, long text wrapped and left-aligned,
    short values kept on one line. Written by hand rather than with a pandas Styler, whose plain-text
    form carries a memory address (committed outputs would change at every run) and whose `<style>`
    block JupyterLab drops from untrusted notebooks; inline styles survive both."""

    WRAP = "text-align:left;white-space:normal;min-width:16em;max-width:42em;vertical-align:top"
    CELL = "text-align:right;white-space:nowrap;vertical-align:top"
    KWIC: ClassVar[dict[str, str]] = {"left": "text-align:right;white-space:normal;min-width:14em;max-width:30em;vertical-align:top",
            "text": "text-align:center;white-space:nowrap;font-weight:bold;background:#fff3c4;"
                    "color:#000000;padding:0 0.5em;vertical-align:top",
            "right": "text-align:left;white-space:normal;min-width:14em;max-width:30em;vertical-align:top"}

    def __init__(self, df: pd.DataFrame, empty: str, *, kwic: bool = False, caption: str = ""):
        self.df, self.empty, self.kwic, self.caption = df, empty, kwic, caption

    def style_of(self, column: str) -> str:
        if self.kwic and column in self.KWIC:
            return self.KWIC[column]
        values = self.df[column].dropna()
        long = len(values) and values.map(lambda v: isinstance(v, str) and len(v) > 30).any()
        return self.WRAP if long else self.CELL

    def _repr_html_(self) -> str:
        import html
        if self.df.empty:
            return f"<p>{html.escape(self.empty)}</p>"
        styles = [self.style_of(c) for c in self.df.columns]
        head = "".join(f'<th style="{s}">{html.escape(str(c))}</th>' for c, s in zip(self.df.columns, styles))
        rows = []
        for index, values in zip(self.df.index, self.df.itertuples(index=False)):
            cells = "".join(f'<td style="{s}">{"" if pd.isna(v) else html.escape(str(v))}</td>'
                            for v, s in zip(values, styles))
            rows.append(f'<tr><th style="{self.CELL}">{html.escape(str(index))}</th>{cells}</tr>')
        caption = f"<p>{html.escape(self.caption)}</p>" if self.caption else ""
        return (f'{caption}<table class="dataframe"><thead><tr><th></th>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    def __repr__(self) -> str:
        if self.df.empty:
            return self.empty
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.max_colwidth", None, "display.width", None):
            return (f"{self.caption}\n" if self.caption else "") + self.df.to_string()


def show(df: pd.DataFrame, looked_for: str = "", *, among: int | None = None, kwic: bool = False,
         empty: str | None = None, caption: str = "", page: int | None = None, per_page: int = 500) -> Shown:
    """`df` ready to display whole, under `caption` if given; when empty, one sentence: `empty`, else the
    caption, else that no `looked_for` was found. `kwic=True` sets the keyword apart between its contexts.
    With `page` (from 1), only that page of `per_page` rows, under a line that says which rows of how many
    and how to see the others: a listing that grows with the data stays a notebook one can open."""
    if page is not None and len(df) > per_page:
        pages = -(-len(df) // per_page)
        if not 1 <= page <= pages:
            raise ValueError(f"page {page} does not exist: the {len(df)} rows make pages 1 to {pages}")
        first = (page - 1) * per_page
        shown = df.iloc[first:first + per_page]
        line = (f"Rows {first + 1:,} to {first + len(shown):,} of {len(df):,} (page {page} of {pages}); "
                "set `page` in the parameters cell to see another.").replace(",", " ")
        caption = f"{caption} {line}".strip()
        df = shown
    return Shown(df, empty or caption or nothing_found(looked_for, among), kwic=kwic, caption=caption)


class Highlighted:
    """An article's text as HTML under a key: quotes in italics on a pale yellow, underlined; actor
    mentions, inside quotes or not, on their kind's full colour with the text colour that passes
    WCAG AA on it. Every piece of article text is HTML-escaped."""

    QUOTE = "background:#fff3c4;color:#000000;font-style:italic;border-bottom:2px solid #8a6d00"

    def __init__(self, text: str, quotes: list[tuple[int, int, str]], marks: list[tuple[int, int, str, str]]):
        self.text, self.quotes, self.marks = text, sorted(quotes), sorted(marks)

    @classmethod
    def style(cls, label: str) -> str:
        if label == "quote":
            return cls.QUOTE
        fill = KIND_COLOURS.get(label, "#dddddd")
        return f"background:{fill};color:{text_colour_on(fill)};padding:0 0.15em;border-radius:0.2em"

    def _mark(self, start: int, end: int, label: str, title: str, inner: str) -> str:
        import html
        return f'<mark style="{self.style(label)}" title="{html.escape(title, quote=True)}">{inner}</mark>'

    def key(self) -> str:
        """The colour key: one sample per kind of mark."""
        samples = [f'<mark style="{self.QUOTE}">« quotation »</mark>']
        samples += [f'<mark style="{self.style(k)}">{k.replace("_", " ")}</mark>' for k in KIND_COLOURS]
        return '<p style="line-height:2">Key: ' + " ".join(samples) + " (hover a mark for its actor or speaker)</p>"

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
        return f'<div style="line-height:1.6">{self.key()}<p>{body}</p></div>'

    def __repr__(self) -> str:
        return f"Highlighted({len(self.quotes)} quotes, {len(self.marks)} mentions)"


def highlight(text: str, mentions: pd.DataFrame, quotes: pd.DataFrame) -> Highlighted:
    """The article with its quotes and actor mentions marked; hover shows speaker or actor id."""
    spans = [(int(q.start), int(q.end), f"quote by {q.speaker_id if isinstance(q.speaker_id, str) else '?'}")
             for q in quotes.itertuples()]
    marks = [(int(m.start), int(m.end), m.actor_kind, f"{m.actor_kind} {m.actor_id} ({m.method})")
             for m in mentions.itertuples()]
    return Highlighted(text, spans, marks)
