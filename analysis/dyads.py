"""The document-level view of the relations: one row per unordered pair and polarity.

A relation row is one cue between two actors; an analyst counting who cooperates with whom
wants each document to count a pair once, with how often and how it is stated. `dyads` groups a
document's relation rows by unordered pair and polarity, after rolling persons and organisations
up to the state (or organisation) they act for:

- a person → the state or organisation whose office they hold on the relation's date
  (`offices.csv`), else their `country`;
- an organisation (company, agency, ministry, media) → its `country`;
- armed groups stay themselves: their relation to states is what is studied;
- `rollups.csv` overrides both ways (Wagner and Africa Corps → Russia, MINUSMA → the UN, a
  private outlet → itself), each row with its source.

A pair that rolls up onto itself (a Malian minister and Mali) is not a dyad. The row points at
the first sentence that states the pair (`start`/`end`/`text`), `rolled_up` says which ids
were replaced (`assimi-goita>MLI`) and `found_by` whether cue rules, the pair model or both stated
it. Plain grouping, hence no library.
"""

from __future__ import annotations

from functools import lru_cache

from .reference import Reference, ReferenceError

ROLLUPS = "rollups.csv"


@lru_cache(maxsize=4)
def rollup_table(reference: Reference) -> dict[str, str]:
    """actor id → what it rolls up to ('' = itself), checked against the actor table."""
    out = {}
    for n, row in enumerate(reference.table(ROLLUPS, ("actor_id", "rolls_up_to", "notes")), start=2):
        reference.known(row["actor_id"], ROLLUPS, n)
        if row["rolls_up_to"]:
            reference.known(row["rolls_up_to"], ROLLUPS, n)
        if row["actor_id"] in out:
            raise ReferenceError(f"{reference.where(ROLLUPS, n)}: {row['actor_id']!r} is listed twice")
        if not row["notes"]:
            raise ReferenceError(f"{reference.where(ROLLUPS, n)}: a rollup needs its source in notes")
        out[row["actor_id"]] = row["rolls_up_to"]
    return out


def rolled(reference: Reference, actor_id: str, date: str) -> str:
    """The actor a relation of `actor_id` on `date` counts for in the document-level view."""
    overrides = rollup_table(reference)
    if actor_id in overrides:
        return overrides[actor_id] or actor_id
    kind = reference.kind(actor_id)
    row = reference.by_id.get(actor_id)
    if kind == "person":
        return reference.office_of(actor_id, date) or (row["country"] if row and row["country"] else actor_id)
    if kind == "organization" and row and row["country"]:
        return row["country"]
    return actor_id


def dyads(relations: list[dict], sentences: list[dict], reference: Reference) -> list[dict]:
    """One row per (unordered pair, polarity) of one document's relation rows, in order of first statement."""
    text_of = {s["sentence"]: s for s in sentences}
    groups: dict[tuple[str, str, int], dict] = {}
    for rel in sorted(relations, key=lambda r: (r["start"], r["relation"])):
        a, b = (rolled(reference, rel[side], rel["date"]) for side in ("source_id", "target_id"))
        if a == b:
            continue
        key = (*sorted((a, b)), rel["polarity"])
        group = groups.setdefault(key, {"first": rel, "types": set(), "codes": set(), "rows": 0, "via": set(),
                                        "found": set()})
        group["found"].add(rel.get("found_by") or "cue")
        group["types"].add(rel["relation_type"])
        if rel["cameo"]:
            group["codes"].add(rel["cameo"])
        group["rows"] += 1
        group["via"] |= {f"{orig}>{new}" for orig, new in ((rel["source_id"], a), (rel["target_id"], b))
                         if orig != new}
    rows = []
    for n, ((a, b, polarity), group) in enumerate(groups.items(), start=1):
        first = group["first"]
        sentence = text_of[first["sentence"]]
        rows.append({"dyad": n, "sentence": first["sentence"], "start": sentence["start"], "end": sentence["end"],
                     "text": sentence["text"], "actor_a": a, "actor_b": b, "polarity": polarity,
                     "relation_types": ";".join(sorted(group["types"])),
                     "cameo_codes": ";".join(sorted(group["codes"])), "evidence": group["rows"],
                     "rolled_up": ";".join(sorted(group["via"])), "found_by": ";".join(sorted(group["found"])),
                     "date": first["date"],
                     "date_precision": first["date_precision"]})
    return rows
