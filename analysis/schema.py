"""Every table's columns, declared once.

`FIELDS` maps a column name to its dtype and meaning; a name means the same thing in every
table. `TABLES` gives each table's ordered columns and primary key. Producers end with
`enforce(df, table)`; the README's data dictionary is generated from here (`markdown()`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a frame is made: the CLI starts without it
    import pandas as pd

# dtype names are pandas extension dtypes so that missing values stay missing (never "nan").
FIELDS: dict[str, tuple[str, str]] = {
    "doc_id": ("string", "File name of the article without `.txt`."),
    "date": ("string", "ISO date written to its precision: `2020`, `2024-05`, `2024-W27`, `2024-07-06` "
             "(in `documents`, as in the article header)."),
    "date_precision": ("string", "How precise `date` is: `year`, `month`, `week` or `day`."),
    "date_mod": ("string", "TimeML modifier: `START` (début), `MID` (mi-), `END` (fin) or empty."),
    "title": ("string", "The article's `title:` header line; without one, its first sentence cut at 120 characters."),
    "source": ("string", "The outlet or agency, from the article's `source:` header line; empty when absent."),
    "url": ("string", "Address of the article, from its `url:` header line; empty when absent."),
    "author": ("string", "Author or byline, from the article's `author:` header line; empty when absent."),
    "duplicate_of": ("string", "For a wire copy (the same text, or the same dispatch edited: Jaccard similarity of "
                     "word 5-shingles of at least 0.5), the `doc_id` of its group's original, the earliest then "
                     "smallest `doc_id`; empty for an original. `tables.unique()` keeps originals only."),
    "similarity": ("Float64", "Jaccard similarity of the copy's word 5-shingles to its original's (1 for the same "
                   "words); empty for an original."),
    "n_paragraphs": ("Int64", "Number of paragraphs in the article."),
    "n_sentences": ("Int64", "Number of sentences in the article."),
    "n_tokens": ("Int64", "Number of tokens (whitespace excluded) in the article."),
    "sha256": ("string", "SHA-256 of the file's bytes."),
    "paragraph": ("Int64", "Paragraph number within the document, from 1."),
    "sentence": ("Int64", "Sentence number within the document, from 1."),
    "token": ("Int64", "Token number within the document, from 1."),
    "start": ("Int64", "Offset of the first character in the decoded file text (BOM removed, header included)."),
    "end": ("Int64", "Offset one past the last character: `source_text[start:end] == text`."),
    "text": ("string", "The exact characters `source_text[start:end]`."),
    "lemma": ("string", "Lemma given by spaCy's French model."),
    "pos": ("string", "Universal part-of-speech tag given by spaCy's French model."),
    "actor_id": ("string", "Canonical actor id: ISO 3166-1 alpha-3 for states, a lowercase ASCII slug otherwise."),
    "actor_kind": ("string", "`state`, `organization`, `person`, `armed_group` or `place`."),
    "method": ("string", "How the mention was resolved: `name`, `alias`, `acronym`, `demonym`, `surname`, "
               "`title`, `metonymy` (a capital standing for its government, as the capital model of "
               "`data/capital_model.csv` reads it), `ner` (a person the actor table lacks, found by the "
               "statistical model), `dateline` (the place of a wire dateline in capitals, `NIAMEY, 7 août (AFP) "
               "-`), `initials` (an interview's answer label, `R. A. G. :`, of the one person with those "
               "initials), or, for a quote's speaker, `pronoun` and `role` (`le chef du pouvoir malien`, "
               "resolved at the document's date); `role` also for a role phrase that takes up a person the "
               "article introduced with it (`le chef de la diplomatie nigérienne`). Pronouns and roles are no "
               "named mentions: the mention scores leave them out."),
    "quote": ("Int64", "Quotation number within the document, from 1."),
    "speaker_id": ("string", "Actor id of the speaker; empty when the source is anonymous or unknown."),
    "speaker_text": ("string", "The words that name the speaker (`le colonel Assimi Goïta`, `il`, `un diplomate`)."),
    "speaker_start": ("Int64", "Offset of `speaker_text` in the decoded file text."),
    "office_holder": ("string", "When the speaker is a state or organisation through an unnamed office (`le chef de "
                      "l'Etat nigérien`): the person who held that office on the article's date (`data/offices.csv`); "
                      "empty otherwise."),
    "speaker_end": ("Int64", "Offset one past `speaker_text`: `source_text[speaker_start:speaker_end] == speaker_text`."),
    "verb": ("string", "Lemma of the reporting verb (`affirmer`, `déclarer`, `mettre en garde`)."),
    "attribution": ("string", "How the speaker is named: `name`, `title`, `pronoun`, `role`, `institution`, "
                    "`metonymy`, `anonymous`, `discourse` (no cue here: the speaker of the running discourse), "
                    "`sentence` (no cue at all: the first actor the sentence names before the quote, a guess), "
                    "`interview` (an answer to the interviewer's question: the interviewee) or `none`."),
    "is_partial": ("boolean", "Whether the quote is a fragment woven into the sentence (`a \"pris un chemin\"`)."),
    "event": ("Int64", "Temporal expression number within the document, from 1."),
    "event_type": ("string", "Type of the nearest relation or event cue in the sentence (`coup`, `withdrawal`, "
                   "`visit`…); empty when the sentence has none."),
    "plover": ("string", "PLOVER event type (`CONSULT`, `COOPERATE`, `SANCTION`…), from the published "
               "CAMEO→PLOVER table (`data/cameo_plover.csv`)."),
    "plover_mode": ("string", "PLOVER mode (`visit`, `host`, `withdraw`…) where the table gives one."),
    "actors": ("string", "Actor ids of the sentence, `;`-separated."),
    "relation": ("Int64", "Relation number within the document, from 1."),
    "source_id": ("string", "Actor id of the side that acts (the AES stays `aes`)."),
    "target_id": ("string", "Actor id of the side acted upon."),
    "relation_type": ("string", "`partnership`, `cooperation`, `military_cooperation`, `intelligence_sharing`, "
                      "`agreement`, `visit`, `meeting`, `rupture`, `withdrawal`, `accusation`, `armed_conflict`…"),
    "polarity": ("Int64", "`1` cooperation, `-1` conflict or rupture."),
    "cameo": ("string", "CAMEO event code (`042`, `161`…), kept as text for its leading zero."),
    "dyad": ("Int64", "Dyad number within the document, from 1, in order of first statement."),
    "actor_a": ("string", "One side of an unordered pair: the smaller actor id after rolling up."),
    "actor_b": ("string", "The other side of the pair: the larger actor id after rolling up."),
    "relation_types": ("string", "The `relation_type`s of the pair's relation rows, sorted, `;`-separated."),
    "cameo_codes": ("string", "The CAMEO codes of the pair's relation rows, sorted, `;`-separated."),
    "evidence": ("Int64", "How many relation rows of the document state the pair with this polarity."),
    "rolled_up": ("string", "Ids replaced by the state or organisation they act for (`assimi-goita>MLI`: "
                  "office held on the date, else country; overrides in `data/rollups.csv`), `;`-separated; "
                  "empty when the pair is as stated."),
    "found_by": ("string", "What found the relation: `cue` (a reviewed cue or lexicon word and the clause around it) or "
                 "`model` (the pair classifier of `analysis/pairs.py`, trained on the dev gold, for a pair no cue "
                 "found; its cue words are the lexicon word nearest the two actors, else the words naming them); in "
                 "`dyads`, those of the pair's rows, `;`-separated (`cue;model`)."),
    "said_by": ("string", "Speaker id when the relation is asserted inside a quotation."),
    "name": ("string", "Canonical French name."),
    "name_en": ("string", "English name."),
    "country": ("string", "ISO 3166-1 alpha-3 code of the actor's country, where one applies."),
    "gender": ("string", "`f` or `m` for a person where known (pronouns agree with it); empty otherwise."),
    "wikidata": ("string", "Wikidata QID, only where verified; empty otherwise."),
    "notes": ("string", "Source and remarks of the reviewed reference row."),
}

TABLES: dict[str, dict] = {
    "documents": {
        "description": "One row per article: header date and lines, size, a checksum of the file, and the "
                       "original it copies when it is a wire copy.",
        "columns": ["doc_id", "date", "date_precision", "start", "end", "title", "source", "url", "author",
                    "n_paragraphs", "n_sentences", "n_tokens", "sha256", "duplicate_of", "similarity"],
        "key": ["doc_id"],
        "span_of": "the article text after the date and header lines",
    },
    "paragraphs": {
        "description": "One row per paragraph (blocks separated by blank lines).",
        "columns": ["doc_id", "paragraph", "start", "end", "text"],
        "key": ["doc_id", "paragraph"],
    },
    "sentences": {
        "description": "One row per sentence; a sentence never crosses a paragraph.",
        "columns": ["doc_id", "sentence", "paragraph", "start", "end", "text"],
        "key": ["doc_id", "sentence"],
    },
    "tokens": {
        "description": "One row per token, with spaCy's lemma and part of speech.",
        "columns": ["doc_id", "sentence", "token", "start", "end", "text", "lemma", "pos"],
        "key": ["doc_id", "token"],
    },
    "actors": {
        "description": "The reviewed reference table of canonical actors (`data/actors.csv`).",
        "columns": ["actor_id", "name", "name_en", "actor_kind", "country", "gender", "wikidata", "notes"],
        "key": ["actor_id"],
    },
    "mentions": {
        "description": "One row per actor mention, resolved to a canonical actor.",
        "columns": ["doc_id", "sentence", "start", "end", "text", "actor_id", "actor_kind", "method"],
        "key": ["doc_id", "start"],
    },
    "relations": {
        "description": "One row per directed dyad: who cooperates with or breaks with whom, coded in PLOVER "
                       "and CAMEO. `start`/`end`/`text` are the cue words.",
        "columns": ["doc_id", "relation", "sentence", "start", "end", "text", "source_id", "target_id",
                    "relation_type", "polarity", "plover", "plover_mode", "cameo", "said_by", "date",
                    "date_precision", "found_by"],
        "key": ["doc_id", "relation"],
    },
    "dyads": {
        "description": "The document-level view of `relations`: one row per document, unordered pair and "
                       "polarity, persons and organisations rolled up to the state they act for. "
                       "`start`/`end`/`text` are the first sentence that states the pair.",
        "columns": ["doc_id", "dyad", "sentence", "start", "end", "text", "actor_a", "actor_b", "polarity",
                    "relation_types", "cameo_codes", "evidence", "rolled_up", "found_by", "date", "date_precision"],
        "key": ["doc_id", "dyad"],
    },
    "events": {
        "description": "The timeline: one row per temporal expression, resolved against the article date.",
        "columns": ["doc_id", "event", "sentence", "start", "end", "text", "date", "date_precision", "date_mod",
                    "event_type", "plover", "plover_mode", "actors"],
        "key": ["doc_id", "event"],
    },
    "quotes": {
        "description": "One row per quotation (the words inside the marks) with its speaker.",
        "columns": ["doc_id", "quote", "sentence", "start", "end", "text", "speaker_id", "speaker_text",
                    "speaker_start", "speaker_end", "verb", "attribution", "is_partial", "office_holder"],
        "key": ["doc_id", "quote"],
    },
}


class SchemaError(ValueError):
    """A table does not match its declared schema."""


def enforce(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return `df` with the table's columns in order, declared dtypes, rows sorted by key.

    Raises SchemaError on a missing column or a null or duplicate key.
    """
    spec = TABLES[table]
    columns, key = spec["columns"], spec["key"]
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise SchemaError(f"table {table!r} lacks column(s) {missing}")
    out = df.loc[:, columns].astype({c: FIELDS[c][0] for c in columns})
    for c in columns:  # an empty string and a missing value are one thing in CSV: keep them one here
        if FIELDS[c][0] == "string":
            out[c] = out[c].mask(out[c] == "")
    if out[key].isna().any().any():
        raise SchemaError(f"table {table!r} has a null in its key {key}")
    if out.duplicated(key).any():
        dup = out.loc[out.duplicated(key, keep=False), key].head(2).to_dict("records")
        raise SchemaError(f"table {table!r} has duplicate keys, e.g. {dup}")
    return out.sort_values(key, kind="mergesort").reset_index(drop=True)


def empty(table: str) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    import pandas as pd
    return enforce(pd.DataFrame({c: [] for c in TABLES[table]["columns"]}), table)


def dtypes(table: str) -> dict[str, str]:
    """The declared dtype of each column, for reading a table back from CSV."""
    return {c: FIELDS[c][0] for c in TABLES[table]["columns"]}


def markdown() -> str:
    """The data dictionary as Markdown: one section per table, one row per column."""
    lines = []
    for name, spec in TABLES.items():
        key = ", ".join(f"`{k}`" for k in spec["key"])
        lines += [f"### `{name}`", "", f"{spec['description']} Key: {key}.", "",
                  "| column | dtype | meaning |", "| --- | --- | --- |"]
        for col in spec["columns"]:
            dtype, meaning = FIELDS[col]
            if col in ("start", "end") and "span_of" in spec:
                meaning = f"{meaning} Here: {spec['span_of']}."
            lines.append(f"| `{col}` | {dtype} | {meaning} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


BEGIN, END = "<!-- data dictionary: generated by `make readme` -->", "<!-- end of data dictionary -->"


def with_dictionary(readme: str) -> str:
    """`readme` with the text between the data-dictionary markers replaced by `markdown()`."""
    if BEGIN not in readme or END not in readme:
        raise ValueError(f"README lacks the markers {BEGIN!r} and {END!r}")
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{markdown()}\n{END}{tail}"
