"""Plotly figures for the Sources page.

Plotly reads a few HTML tags (<a href>, <b>, <br>) inside category labels and
hover text, and decodes entities; every outlet and actor name is passed
through html.escape first so that it is shown, never interpreted.
"""
from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from views.network import RELATION_COLOURS

FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"


def plot_text(value: object) -> str:
    return html.escape(str(value))


def wrapped_label(value: object, width: int = 16) -> str:
    """An escaped label broken into lines (plotly's <br>) so that long outlet names do not overlap."""
    lines = textwrap.wrap(str(value), width=width, break_long_words=False) or [""]
    return "<br>".join(html.escape(line) for line in lines)


def _layout(figure: go.Figure, height: int) -> go.Figure:
    figure.update_layout(height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10}, font={"family": FONT},
                         legend={"orientation": "h", "y": 1.08, "x": 0, "title": None})
    return figure


def relation_bars(counts: pd.DataFrame) -> go.Figure:
    """Stacked horizontal bars: relation rows per source, one colour per relation type.

    `counts` is relation_counts_by_source() output.
    """
    shown = counts.assign(source=counts["source"].map(plot_text))
    order = shown.groupby("source")["count"].sum().sort_values().index.tolist()
    figure = px.bar(
        shown,
        x="count",
        y="source",
        color="relation",
        orientation="h",
        color_discrete_map=RELATION_COLOURS,
        category_orders={"source": order, "relation": list(RELATION_COLOURS)},
        labels={"count": "evidence sentences", "source": ""},
    )
    return _layout(figure, height=max(260, 46 * len(order) + 90))


def actor_heatmap(matrix: pd.DataFrame, names: dict[str, str], top: int) -> go.Figure:
    """Mentions of the `top` most mentioned actors (rows) in each source (columns)."""
    totals = matrix.sum(axis=1).sort_values(ascending=False, kind="stable")
    chosen = matrix.loc[totals.index[:top]]
    figure = px.imshow(
        chosen.to_numpy(),
        x=[wrapped_label(c) for c in chosen.columns],
        y=[plot_text(names.get(a, a)) for a in chosen.index],
        color_continuous_scale="Blues",
        aspect="auto",
        text_auto=True,
        labels={"color": "mentions", "x": "source", "y": "actor"},
    )
    figure.update_xaxes(side="top", tickangle=0)
    return _layout(figure, height=max(300, 26 * len(chosen) + 120))


def pair_heatmap(matrix: pd.DataFrame) -> go.Figure:
    """Evidence sentences per outlet (rows) and claim (columns) for one actor pair."""
    figure = px.imshow(
        matrix.to_numpy(),
        x=[wrapped_label(c, width=24) for c in matrix.columns],
        y=[plot_text(s) for s in matrix.index],
        color_continuous_scale="Purples",
        aspect="auto",
        text_auto=True,
        labels={"color": "sentences", "x": "claim", "y": "source"},
    )
    figure.update_xaxes(side="top", tickangle=0)
    figure.update_coloraxes(showscale=False)
    return _layout(figure, height=max(200, 44 * len(matrix) + 110))


def monthly_bars(per_month: pd.DataFrame) -> go.Figure:
    """Stacked bars: evidence sentences per month (views.timeline.relations_per_month), one colour per relation."""
    figure = px.bar(per_month, x="month", y="evidence", color="relation", color_discrete_map=RELATION_COLOURS,
                    category_orders={"relation": list(RELATION_COLOURS)},
                    labels={"evidence": "evidence sentences", "month": ""})
    figure.update_xaxes(type="category")
    return _layout(figure, height=360)


def pair_scatter(points: pd.DataFrame) -> go.Figure:
    """One marker per month and relation of a pair (views.timeline.pair_points), sized by evidence,
    with the outlets asserting it on hover."""
    shown = points.assign(sources=points["sources"].map(plot_text))
    figure = px.scatter(shown, x="month", y="relation", size="evidence", color="relation", hover_data=["sources"],
                        color_discrete_map=RELATION_COLOURS, category_orders={"relation": list(RELATION_COLOURS)},
                        labels={"month": "", "relation": ""})
    figure.update_xaxes(type="category")
    return _layout(figure, height=300)
