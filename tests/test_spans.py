"""Position lookups by bisection give the answers of a scan over every row (spans.py)."""

import random

from analysis.relations import ENUMERATION, assign, expression_ends
from analysis.spans import Ranges, SpanIndex, Tally


def rows(rng, n, *, ordered=True):
    out = [{"start": (s := rng.randrange(200)), "end": s + rng.randrange(1, 30), "n": k} for k in range(n)]
    return sorted(out, key=lambda r: r["start"]) if ordered else out


def test_span_index_answers_as_the_scan_for_nested_and_unordered_rows():
    rng = random.Random(7)
    for trial in range(200):
        spans = rows(rng, rng.randrange(12), ordered=trial % 4 != 0)
        index = SpanIndex(spans)
        for pos in range(-1, 235):
            assert index.first_containing(pos) is next((r for r in spans if r["start"] <= pos < r["end"]), None)
            end = pos + rng.randrange(40)
            assert index.starting_in(pos, end) == [r for r in spans if pos <= r["start"] < end]


def test_ranges_that_grow_hold_what_a_scan_finds():
    rng = random.Random(3)
    for trial in range(100):
        quoted, ranges = [], Ranges()
        for step in range(10):  # quotations come paragraph after paragraph (in order), or anyhow
            low = 30 * step if trial % 3 else 0
            quoted += sorted(((a := rng.randrange(low, 300)), a + rng.randrange(1, 40)) for _ in range(rng.randrange(3)))
            ranges.sync(quoted)
            for pos in range(0, 340, 3):
                assert ranges.holds(pos) == any(a <= pos < b for a, b in quoted)


def most_named(entries, pos, quoted):
    """The scan `Tally` replaces: the most frequent key before pos outside quotations, latest on a tie."""
    keys = [k for s, k in entries if s < pos and not any(a <= s < b for a, b in quoted)]
    return max(reversed(keys), key=keys.count) if keys else None


def test_tally_answers_as_counting_again_whatever_the_order_of_questions():
    rng = random.Random(11)
    for trial in range(150):
        entries = [(rng.randrange(500), rng.choice("MLI BFA NER FRA".split())) for _ in range(rng.randrange(40))]
        if trial % 2:
            entries.sort()
        tally, quoted = Tally(entries), []
        positions = sorted(rng.randrange(520) for _ in range(30))
        if trial % 5 == 0:
            rng.shuffle(positions)  # questions out of order start the count again
        for pos in positions:
            if rng.random() < 0.3:
                quoted.append(((a := rng.randrange(500)), a + rng.randrange(1, 60)))
            assert tally.most(pos, quoted) == most_named(entries, pos, quoted), (entries, pos, quoted)


def first_of_enumeration(expression, expressions, text):
    """The scan `assign` replaced: step back over every expression, latest start first."""
    first = expression
    for e in sorted(expressions, key=lambda e: e["start"], reverse=True):
        if e["end"] <= first["start"] and ENUMERATION.fullmatch(text[e["end"]:first["start"]]):
            first = e
    return first


def test_an_enumeration_of_dates_is_traced_back_as_the_scan_does():
    text = "Coups en 2020, 2021 et  2022 ou\n2023 puis 2024,2025 et 2026."
    expressions = [{"start": text.index(y), "end": text.index(y) + 4} for y in
                   ("2020", "2021", "2022", "2023", "2024", "2025", "2026")]
    expressions += [{"start": text.index("2021"), "end": text.index("2021") + 2}]  # a shorter one at the same start
    ends = expression_ends(expressions)
    cues = [(0, 5, "coup")]
    for e in expressions:
        first = first_of_enumeration(e, expressions, text)
        assert assign(e, ends, [(first["start"], first["start"], "cue"), (100, 101, "far")], text)[2] == "cue"
    assert first_of_enumeration(expressions[3], expressions, text) is expressions[0]
    assert first_of_enumeration(expressions[6], expressions, text) is expressions[4]
    assert assign(expressions[0], ends, cues, text) == cues[0]
