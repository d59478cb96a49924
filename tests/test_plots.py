"""Figures readable alone: keys, names, and text that passes WCAG AA on its fill."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import display, plots  # noqa: E402

NAMES = {"MLI": "Mali", "RUS": "Russia", "FRA": "France", "ecowas": "Economic Community of West African States"}


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_contrast_ratio_follows_wcag():
    assert display.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert display.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic grey that just fails AA
    assert display.contrast("#1f77b4", "#1f77b4") == 1


@pytest.mark.parametrize("fill", [*display.KIND_COLOURS.values(), "#777777", "#ffff00", "#000080"])
def test_text_on_a_fill_passes_wcag_aa(fill):
    assert display.contrast(display.text_colour_on(fill), fill) >= display.AA


def mentions_and_edges():
    mentions = pd.DataFrame({"actor_id": ["MLI", "MLI", "RUS", "FRA", "ecowas"],
                             "actor_kind": ["state", "state", "state", "state", "organization"]})
    edges = pd.DataFrame({"actor_a": ["MLI", "MLI", "FRA"], "actor_b": ["RUS", "FRA", "ecowas"], "sentences": [3, 1, 1]})
    return mentions, edges


def test_network_labels_actors_by_name_on_readable_fills_above_the_edges():
    mentions, edges = mentions_and_edges()
    ax = plots.network(edges, mentions, names=NAMES).axes[0]
    labels = [t for t in ax.texts if t.get_bbox_patch() is not None]
    assert {t.get_text() for t in labels} == {"Mali", "Russia", "France", "Economic Community\nof West African\nStates"}
    for t in labels:
        fill = matplotlib.colors.to_hex(t.get_bbox_patch().get_facecolor())
        assert display.contrast(matplotlib.colors.to_hex(t.get_color()), fill) >= display.AA
        assert t.get_zorder() > max(c.get_zorder() for c in ax.collections)  # edges run beneath the labels
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["state", "organization"]


def test_figures_name_actors_and_carry_a_key():
    mentions, _ = mentions_and_edges()
    fig = plots.mentions_by_kind(mentions, names=NAMES)
    assert "Mali" in [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert fig.axes[1].get_legend() is not None
    balance = pd.DataFrame({"actor": ["RUS"], "counterpart": ["MLI"], "cooperation_docs": [2], "rupture_docs": [1]})
    ax = plots.pair_balance(balance, title="Pairs", names=NAMES).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Russia – Mali"] and ax.get_legend() is not None


def monthly(months):
    rows = [{"month": m, "actor_id": a, "mentions": 2, "articles": 1, "cooperation": 1, "rupture": 1}
            for m in months for a in ("RUS", "FRA")]
    return pd.DataFrame(rows)


def test_over_time_needs_two_months():
    assert plots.over_time(monthly(["2024-06"]), names=NAMES) is None


def test_over_time_shows_mentions_and_pairs_by_polarity_with_keys():
    top, bottom = plots.over_time(monthly(["2024-06", "2024-07"]), names=NAMES).axes
    assert [t.get_text() for t in top.get_legend().get_texts()] == ["Russia", "France"]
    assert "rupture" in bottom.get_ylabel() and bottom.get_xlabel() == "month of publication"
    heights = sorted(p.get_height() for p in bottom.patches)
    assert heights[0] == -1 and heights[-1] == 1  # rupture below zero, cooperation above
    assert any(p.get_hatch() for p in bottom.patches)  # told apart by more than colour
    assert [t.get_text() for t in bottom.get_xticklabels()] == ["2024-06", "2024-07"]


def test_highlighted_article_has_a_key_and_tells_quotes_from_mentions_apart():
    text = "« Le Mali restera debout », a dit la Russie."
    mentions = pd.DataFrame({"start": [5, 37], "end": [9, 43], "actor_kind": ["state", "state"],
                             "actor_id": ["MLI", "RUS"], "method": ["name", "name"]})
    quotes = pd.DataFrame({"start": [2], "end": [23], "speaker_id": ["RUS"]})
    html = plots.highlight(text, mentions, quotes)._repr_html_()
    key = html.split("</p>")[0]
    assert "Key:" in key and all(k.replace("_", " ") in key for k in display.KIND_COLOURS) and "quotation" in key
    quote_style = display.Highlighted.style("quote")
    assert "font-style:italic" in quote_style and "border-bottom" in quote_style
    state = display.Highlighted.style("state")
    fill = state.split("background:")[1].split(";")[0]
    colour = state.split(";color:")[1].split(";")[0]
    assert fill == display.KIND_COLOURS["state"] and display.contrast(colour, fill) >= display.AA
    assert f'<mark style="{quote_style}" title="quote by RUS">Le <mark style="{state}"' in html
