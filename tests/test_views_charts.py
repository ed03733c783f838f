"""Plotly figures: the right data in, every name escaped."""
from __future__ import annotations

import pandas as pd
import pytest

from views.charts import actor_heatmap, pair_heatmap, plot_text, relation_bars, wrapped_label
from views.network import RELATION_COLOURS

XSS = "<a href='javascript:alert(1)'>Evil</a> <b>News</b>"


@pytest.mark.parametrize("value,expected", [
    ("Hürriyet Daily News", "Hürriyet Daily News"),
    ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
    ("A & B", "A &amp; B"),
])
def test_plot_text(value: str, expected: str) -> None:
    assert plot_text(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("Anti-Empire (republishing Al-Monitor)", "Anti-Empire<br>(republishing<br>Al-Monitor)"),
    ("TASS", "TASS"),
    ("<script> tag", "&lt;script&gt; tag"),
    ("", ""),
])
def test_wrapped_label(value: str, expected: str) -> None:
    assert wrapped_label(value) == expected


def test_relation_bars_one_trace_per_relation_with_escaped_sources() -> None:
    counts = pd.DataFrame({"source": [XSS, XSS, XSS, "TASS", "TASS", "TASS"],
                           "relation": ["support", "opposition", "mediation"] * 2, "count": [3, 1, 0, 0, 2, 5]})
    figure = relation_bars(counts)
    assert [trace.name for trace in figure.data] == list(RELATION_COLOURS)
    assert [trace.marker.color for trace in figure.data] == list(RELATION_COLOURS.values())
    labels = {label for trace in figure.data for label in trace.y}
    assert labels == {plot_text(XSS), "TASS"}
    assert all("<a" not in label for label in labels)


def test_actor_heatmap_keeps_the_top_actors() -> None:
    matrix = pd.DataFrame({XSS: [5, 1, 9], "TASS": [0, 1, 9]}, index=["A", "B", "C"])
    figure = actor_heatmap(matrix, {"A": "<i>Alpha</i>", "C": "Gamma"}, top=2)
    heat = figure.data[0]
    assert list(heat.y) == ["Gamma", "&lt;i&gt;Alpha&lt;/i&gt;"]
    assert heat.z.tolist() == [[9, 9], [5, 0]]
    assert all("<a" not in x for x in heat.x)


def test_pair_heatmap_cells() -> None:
    matrix = pd.DataFrame({"mediation": [1, 0], "opposition": [0, 2]}, index=["Anadolu", XSS])
    heat = pair_heatmap(matrix).data[0]
    assert heat.z.tolist() == [[1, 0], [0, 2]] and list(heat.y) == ["Anadolu", plot_text(XSS)]
