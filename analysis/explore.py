"""Views the notebooks share: keyword in context, co-mentions, quote shares, framing words.

Each function takes the tables and returns a DataFrame whose rows keep `doc_id`, `start` and
`end`, so every line of a notebook can be traced back to its characters.
"""

from __future__ import annotations

import re
from itertools import combinations

import pandas as pd

from .build import Tables

CONTEXT = 60
SUCH = {"tel", "tels", "telle", "telles"}  # "partenaires sincères tels que …": the list is not a frame


def source_texts(tables: Tables, seeds) -> dict[str, str]:
    """doc_id → decoded article text, for the documents of the tables."""
    from pathlib import Path

    from .corpus import read_article
    return {d: read_article(Path(seeds) / f"{d}.txt").text for d in tables.documents["doc_id"]}


def kwic(tables: Tables, actor_ids, *, texts: dict[str, str], width: int = CONTEXT) -> pd.DataFrame:
    """Every mention of the actors in context: doc_id, date, sentence, start, end, actor_id, method,
    left, text, right (the context stops at the sentence)."""
    m = tables.mentions[tables.mentions["actor_id"].isin(list(actor_ids))]
    s = tables.sentences.set_index(["doc_id", "sentence"])
    dates = tables.documents.set_index("doc_id")["date"]
    rows = []
    for r in m.itertuples():
        sent = s.loc[(r.doc_id, r.sentence)]
        text = texts[r.doc_id]
        left = text[max(sent.start, r.start - width):r.start]
        right = text[r.end:min(sent.end, r.end + width)]
        rows.append({"doc_id": r.doc_id, "date": dates[r.doc_id], "sentence": r.sentence, "start": r.start,
                     "end": r.end, "actor_id": r.actor_id, "method": r.method,
                     "left": " ".join(left.split()), "text": r.text, "right": " ".join(right.split())})
    columns = ["doc_id", "date", "sentence", "start", "end", "actor_id", "method", "left", "text", "right"]
    return pd.DataFrame(rows, columns=columns)


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
