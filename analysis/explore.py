"""Views the notebooks share: keyword in context, co-mentions, quote shares, framing words,
counts per month and per outlet, and the sentences that say what a view counted.

Each function takes the tables and returns a DataFrame whose rows keep `doc_id`, `start` and
`end`, so every line of a notebook can be traced back to its characters. How a frame is shown
(whole, as HTML) is `display.py`'s concern; `show` is re-exported here for the notebooks.
"""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pandas as pd

from .build import Tables
from .display import Shown, nothing_found, show  # noqa: F401 (the notebooks call explore.show)

CONTEXT = 60
SUCH = {"tel", "tels", "telle", "telles"}  # "partenaires sincères tels que …": the list is not a frame


def source_texts(tables: Tables, seeds) -> dict[str, str]:
    """doc_id → decoded article text, for the documents of the tables."""
    from .corpus import read_article
    return {d: read_article(Path(seeds) / f"{d}.txt").text for d in tables.documents["doc_id"]}


def kwic(tables: Tables, actor_ids, *, texts: dict[str, str], width: int = CONTEXT) -> pd.DataFrame:
    """Every mention of the actors in context: doc_id, date, sentence, start, end, actor_id, method,
    left, text, right. The context stops at the sentence and at most `width` characters away, on a
    word boundary: a word the window cuts is left out and `…` says that something precedes or follows."""
    m = tables.mentions[tables.mentions["actor_id"].isin(list(actor_ids))]
    s = tables.sentences.set_index(["doc_id", "sentence"])
    dates = tables.documents.set_index("doc_id")["date"]
    rows = []
    for r in m.itertuples():
        sent = s.loc[(r.doc_id, r.sentence)]
        text = texts[r.doc_id]
        rows.append({"doc_id": r.doc_id, "date": dates[r.doc_id], "sentence": r.sentence, "start": r.start,
                     "end": r.end, "actor_id": r.actor_id, "method": r.method,
                     "left": left_context(text, int(sent.start), int(r.start), width), "text": r.text,
                     "right": right_context(text, int(r.end), int(sent.end), width)})
    columns = ["doc_id", "date", "sentence", "start", "end", "actor_id", "method", "left", "text", "right"]
    return pd.DataFrame(rows, columns=columns)


def left_context(text: str, floor: int, at: int, width: int) -> str:
    """The whole words of text[floor:at] within `width` characters of `at`, spaces collapsed."""
    begin = max(floor, at - width)
    words = text[begin:at].split()
    cut = begin > floor and not text[begin - 1].isspace()
    if cut and words and not text[begin].isspace():
        words = words[1:]  # the window starts inside a word
    return ("… " if begin > floor and words else "") + " ".join(words)


def right_context(text: str, at: int, ceiling: int, width: int) -> str:
    """The whole words of text[at:ceiling] within `width` characters of `at`, spaces collapsed."""
    stop = min(ceiling, at + width)
    words = text[at:stop].split()
    if stop < ceiling and words and not text[stop].isspace() and not text[stop - 1].isspace():
        words = words[:-1]  # the window ends inside a word
    return " ".join(words) + (" …" if stop < ceiling and words else "")


def co_mentions(mentions: pd.DataFrame, *, kinds=("state", "organization", "person", "armed_group")) -> pd.DataFrame:
    """Pairs of actors named in the same sentence: actor_a, actor_b, sentences (a < b)."""
    m = mentions[mentions["actor_kind"].isin(kinds)]
    counts: dict[tuple[str, str], int] = {}
    for _, group in m.groupby(["doc_id", "sentence"]):
        for a, b in combinations(sorted(set(group["actor_id"])), 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    rows = [{"actor_a": a, "actor_b": b, "sentences": n} for (a, b), n in counts.items()]
    df = pd.DataFrame(rows, columns=["actor_a", "actor_b", "sentences"])
    return df.sort_values(["sentences", "actor_a", "actor_b"], ascending=[False, True, True]).reset_index(drop=True)


def quote_shares(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per speaker and their share; anonymous and unattributed quotes are named as such."""
    speaker = quotes["speaker_id"].astype(object).where(quotes["speaker_id"].notna(),
                                                        "(" + quotes["attribution"].astype(str) + ")")
    counts = speaker.value_counts().rename_axis("speaker").reset_index(name="quotes")
    counts["share"] = (counts["quotes"] / counts["quotes"].sum()).round(3)
    return counts.sort_values(["quotes", "speaker"], ascending=[False, True]).reset_index(drop=True)


def framing(tables: Tables, pattern: str, *, texts: dict[str, str]) -> pd.DataFrame:
    """The words that qualify nouns matching `pattern` (a regex on the word): adjectives before it
    and adjectives or "de …" complements after it ("nouveaux partenariats", "partenaires sincères",
    "partenariats de façade et non efficaces"): doc_id, date, sentence, start, end, text, frame, said_by."""
    t = tables.tokens
    dates = tables.documents.set_index("doc_id")["date"]
    regex = re.compile(pattern, re.IGNORECASE)
    rows = []
    for doc_id, toks in t.groupby("doc_id", sort=True):
        toks = toks.reset_index(drop=True)
        quotes = tables.quotes[tables.quotes["doc_id"] == doc_id]
        for i, tok in toks.iterrows():
            if tok["pos"] not in ("NOUN", "PROPN") or not regex.match(tok["text"]):
                continue
            k = i  # adjectives before the noun: "nouveaux partenariats"
            while k > 0 and toks.at[k - 1, "sentence"] == tok["sentence"] and toks.at[k - 1, "pos"] == "ADJ":
                k -= 1
            j = i + 1
            while j < len(toks) and toks.at[j, "sentence"] == tok["sentence"] and toks.at[j, "text"].lower() not in SUCH and (
                    toks.at[j, "pos"] in ("ADJ", "ADV", "CCONJ")
                    or (toks.at[j, "text"] in ("de", "d'", "d’") and j + 1 < len(toks)
                        and toks.at[j + 1, "pos"] == "NOUN")
                    or (j > i + 1 and toks.at[j - 1, "text"] in ("de", "d'", "d’") and toks.at[j, "pos"] == "NOUN")):
                j += 1
            while j > i + 1 and toks.at[j - 1, "pos"] in ("CCONJ", "ADV"):
                j -= 1
            if j == i + 1 and k == i:
                continue
            start, end = int(toks.at[k, "start"]), int(toks.at[j - 1, "end"])
            before = texts[doc_id][start:int(tok["start"])]
            after = texts[doc_id][int(tok["end"]):end]
            inside = quotes[(quotes["start"] <= start) & (start < quotes["end"])]
            rows.append({"doc_id": doc_id, "date": dates[doc_id], "sentence": tok["sentence"], "start": start,
                         "end": end, "text": texts[doc_id][start:end],
                         "frame": " … ".join(w for w in (before.strip(), after.strip()) if w),
                         "said_by": inside["speaker_id"].iloc[0] if len(inside) else pd.NA})
    columns = ["doc_id", "date", "sentence", "start", "end", "text", "frame", "said_by"]
    return pd.DataFrame(rows, columns=columns)


def quotes_about(tables: Tables, actor_ids) -> pd.DataFrame:
    """Quotes that name one of the actors, or whose sentence does."""
    m = tables.mentions[tables.mentions["actor_id"].isin(list(actor_ids))]
    q = tables.quotes
    keep = []
    for r in q.itertuples():
        mine = m[m["doc_id"] == r.doc_id]
        if ((mine["start"] >= r.start) & (mine["end"] <= r.end)).any() or (mine["sentence"] == r.sentence).any():
            keep.append(r.Index)
    return q.loc[keep, ["doc_id", "quote", "start", "end", "text", "speaker_id", "verb", "attribution"]] \
        .reset_index(drop=True)


def involving(df: pd.DataFrame, actor_ids) -> pd.DataFrame:
    """Relation rows whose source or target is one of the actors."""
    ids = list(actor_ids)
    return df[df["source_id"].isin(ids) | df["target_id"].isin(ids)].reset_index(drop=True)


def pairs_involving(dyads: pd.DataFrame, actor_ids) -> pd.DataFrame:
    """Document-level dyads (`tables.dyads`) with one of the actors on either side."""
    ids = list(actor_ids)
    return dyads[dyads["actor_a"].isin(ids) | dyads["actor_b"].isin(ids)].reset_index(drop=True)


def pair_balance(dyads: pd.DataFrame, actor_ids) -> pd.DataFrame:
    """Per pair involving one of the actors: in how many documents it cooperates and breaks, with
    the relation rows behind each; the actor of interest first, most documents first."""
    rows = pairs_involving(dyads, actor_ids)
    ids = list(actor_ids)
    first = rows["actor_a"].isin(ids)
    rows = rows.assign(actor=rows["actor_a"].where(first, rows["actor_b"]),
                       counterpart=rows["actor_b"].where(first, rows["actor_a"]))
    columns = ["actor", "counterpart", "cooperation_docs", "rupture_docs", "cooperation_rows", "rupture_rows"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    sides = {"cooperation": rows[rows["polarity"] > 0], "rupture": rows[rows["polarity"] < 0]}
    parts = []
    for name, part in sides.items():
        grouped = part.groupby(["actor", "counterpart"])
        parts += [grouped["doc_id"].nunique().rename(f"{name}_docs"), grouped["evidence"].sum().rename(f"{name}_rows")]
    table = pd.concat(parts, axis=1).fillna(0).astype("int64").reset_index()
    total = table["cooperation_docs"] + table["rupture_docs"]
    return (table.assign(total=total).sort_values(["total", "actor", "counterpart"], ascending=[False, True, True])
            .drop(columns="total").reset_index(drop=True)[columns])


def balance_sentence(balance: pd.DataFrame, who: str) -> str:
    """One sentence on a `pair_balance` table, saying so when it is empty."""
    if balance.empty:
        return f"No article states a cooperation or a rupture involving {who}."
    return (f"{len(balance)} pairs involving {who}: {int((balance['cooperation_docs'] > 0).sum())} stated as "
            f"cooperation and {int((balance['rupture_docs'] > 0).sum())} as rupture or conflict in at least one article.")


def actor_names(actors: pd.DataFrame, mentions: pd.DataFrame | None = None) -> dict[str, str]:
    """actor_id → English name (else French name) from the `actors` table; a person the table lacks
    (found by the model) takes its longest mention text; other ids stay ids."""
    names = {}
    if mentions is not None and len(mentions):
        longest = mentions.assign(n=mentions["text"].str.len()).sort_values(["n", "text"], ascending=[False, True],
                                                                              kind="mergesort")
        names = dict(zip(longest.drop_duplicates("actor_id")["actor_id"], longest.drop_duplicates("actor_id")["text"]))
    table = actors["name_en"].fillna(actors["name"]).fillna(actors["actor_id"])
    return {**names, **dict(zip(actors["actor_id"], table))}


def month_of(date: str) -> str | None:
    """The month (`2024-06`) a date of month, week or day precision falls in; None for a bare year.
    A week counts in the month of its Thursday, as ISO 8601 counts it in the year of its Thursday."""
    import datetime as dt
    if len(date) == 4:
        return None
    if "-W" in date:
        return dt.date.fromisocalendar(int(date[:4]), int(date[6:8]), 4).isoformat()[:7]
    return date[:7]


def counted_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents to count: all of them, or, when `documents` has `duplicate_of` (wire copies
    grouped at build), the first of each group present (earliest date, then smallest doc_id)."""
    if "duplicate_of" not in documents.columns:
        return documents
    group = documents["duplicate_of"].astype(object).where(documents["duplicate_of"].notna(), documents["doc_id"])
    order = documents.assign(group=group).sort_values(["date", "doc_id"], kind="mergesort")
    return order.drop_duplicates("group").drop(columns="group").sort_index()


def copies_sentence(tables: Tables, processed, *, copies: bool) -> str:
    """The sentence saying how `tables` (from `load(processed, copies=copies)`) count wire copies: each
    group once, with how many copies of the selected articles were set aside, or every copy."""
    docs, n = tables.documents, len(tables.documents)
    articles = f"{n} article{'s' if n != 1 else ''} selected"
    if copies:
        k = int(docs["duplicate_of"].notna().sum())
        return (f"Every wire copy counts as an article of its own (copies = True): {k} of the {articles} "
                f"{'is a copy' if k == 1 else 'are copies'} of another.")
    folder = Path(processed)
    built = (pd.read_parquet(folder / "documents.parquet", columns=["duplicate_of"])
             if (folder / "documents.parquet").exists() else pd.read_csv(folder / "documents.csv", dtype=str))
    k = int(built["duplicate_of"].isin(set(docs["doc_id"])).sum())
    return (f"Each group of wire copies (one dispatch reprinted by several outlets) counts once, as its earliest "
            f"article: {k} cop{'y' if k == 1 else 'ies'} of the {articles} set aside (copies = True counts every copy).")


def monthly(tables: Tables, actor_ids) -> pd.DataFrame:
    """Per month of publication and actor: mentions, articles naming the actor, and its relation
    pairs (`dyads` rows, one per article, pair and polarity) stated as cooperation and as rupture.
    Every month from the first to the last is present; each wire-copy group counts once;
    articles dated to the year only are left out."""
    ids = list(actor_ids)
    docs = counted_documents(tables.documents)
    month = {d: month_of(date) for d, date in zip(docs["doc_id"], docs["date"]) if month_of(date)}
    columns = ["month", "actor_id", "mentions", "articles", "cooperation", "rupture"]
    if not month:
        return pd.DataFrame(columns=columns)
    m = tables.mentions[tables.mentions["actor_id"].isin(ids) & tables.mentions["doc_id"].isin(month)]
    m = m.assign(month=m["doc_id"].map(month))
    d = tables.dyads[tables.dyads["doc_id"].isin(month)]
    sides = pd.concat([d.assign(actor_id=d["actor_a"]), d.assign(actor_id=d["actor_b"])])
    sides = sides[sides["actor_id"].isin(ids)]
    sides = sides.assign(month=sides["doc_id"].map(month))
    months = [str(p) for p in pd.period_range(min(month.values()), max(month.values()), freq="M")]
    grid = pd.MultiIndex.from_product([months, ids], names=["month", "actor_id"])
    counts = pd.DataFrame({
        "mentions": m.groupby(["month", "actor_id"]).size(),
        "articles": m.groupby(["month", "actor_id"])["doc_id"].nunique(),
        "cooperation": sides[sides["polarity"] > 0].groupby(["month", "actor_id"]).size(),
        "rupture": sides[sides["polarity"] < 0].groupby(["month", "actor_id"]).size()})
    out = counts.reindex(grid).fillna(0).astype("int64").reset_index()
    return out[columns]


def monthly_sentence(table: pd.DataFrame, groups: dict[str, list[str]]) -> str:
    """One sentence on a `monthly` table: what each group of actors totals, or that it needs more months."""
    months = list(dict.fromkeys(table["month"]))
    if len(months) < 2:
        held = f"one month ({months[0]})" if months else "no article dated to the month"
        return (f"The selection covers {held}: comparing coverage over time needs articles "
                "from at least two months.")
    parts = []
    for label, ids in groups.items():
        rows = table[table["actor_id"].isin(ids)]
        parts.append(f"{label} {int(rows['mentions'].sum())} mentions, {int(rows['cooperation'].sum())} "
                     f"cooperative and {int(rows['rupture'].sum())} conflictual pairs")
    return f"From {months[0]} to {months[-1]} ({len(months)} months): " + "; ".join(parts) + "."


def outlets_missing(documents: pd.DataFrame) -> str | None:
    """The sentence to show when the articles carry no outlet (`documents.source`), else None."""
    if "source" in documents.columns and documents["source"].notna().any():
        return None
    return ("Who is quoted per outlet needs the outlet of each article (`documents.source`, which "
            "`python -m analysis import` fills); the articles selected carry none.")


def quoted_per_outlet(tables: Tables, *, top: int = 15) -> pd.DataFrame:
    """Quotations per speaker (rows, the `top` most quoted) and outlet (columns), each wire-copy group
    once; empty when the articles carry no outlet."""
    docs = counted_documents(tables.documents)
    if outlets_missing(docs) is not None:
        return pd.DataFrame()
    outlet = docs.dropna(subset=["source"]).set_index("doc_id")["source"]
    q = tables.quotes[tables.quotes["doc_id"].isin(outlet.index)]
    speaker = q["speaker_id"].astype(object).where(q["speaker_id"].notna(), "(" + q["attribution"].astype(str) + ")")
    table = pd.crosstab(speaker.rename("speaker"), q["doc_id"].map(outlet).rename("outlet"))
    if table.empty:
        return pd.DataFrame()
    order = table.sum(axis=1).sort_values(ascending=False, kind="mergesort").index
    return table.loc[order].head(top)
