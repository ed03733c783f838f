"""Plotly figures for the Sources and Timeline pages.

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
from views.timeline import month_range, month_start

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


def count_axis(figure: go.Figure, highest: float) -> go.Figure:
    """A y axis of whole sentences: ticks one apart while counts are small, never at 0.5."""
    figure.update_yaxes(tickformat=",d", rangemode="tozero", **({"dtick": 1} if highest <= 10 else {}))
    return figure


def _month_axis(figure: go.Figure, months: pd.Series) -> go.Figure:
    """A time axis labelled by month, each label in the middle of its month, where the bars and points sit;
    a label on every month while there are few enough to read."""
    span = len(month_range(months))
    figure.update_xaxes(type="date", tickformat="%b %Y", ticklabelmode="period", **({"dtick": "M1"} if span <= 12 else {}))
    return figure


def monthly_bars(per_month: pd.DataFrame) -> go.Figure:
    """Stacked bars: evidence sentences per month (views.timeline.relations_per_month), one colour per relation,
    on a time axis (months in order, spaced by time), each bar centred on its month."""
    shown = per_month.assign(month=month_start(per_month["month"]))
    figure = px.bar(shown, x="month", y="evidence", color="relation", color_discrete_map=RELATION_COLOURS,
                    category_orders={"relation": list(RELATION_COLOURS)},
                    labels={"evidence": "evidence sentences", "month": ""})
    figure.update_traces(xperiod="M1", xperiodalignment="middle", hovertemplate="%{x|%B %Y}: %{y} sentence(s)")
    highest = shown.groupby("month")["evidence"].sum().max() if len(shown) else 0
    return _layout(count_axis(_month_axis(figure, per_month["month"]), highest), height=360)


def pair_scatter(points: pd.DataFrame) -> go.Figure:
    """One marker per month and claim of a pair (views.timeline.pair_points), the claim with its direction
    ("support: Egypt → LNA"), sized by evidence, with the count and the outlets on hover, on a time axis."""
    shown = points.assign(sources=points["sources"].map(plot_text), claim=points["claim"].map(plot_text),
                          month=month_start(points["month"]))
    claims = list(dict.fromkeys(shown.sort_values(["relation", "claim"])["claim"]))
    figure = px.scatter(shown, x="month", y="claim", size="evidence", color="relation",
                        hover_data={"sources": True, "evidence": True, "month": False, "claim": False},
                        color_discrete_map=RELATION_COLOURS, category_orders={"relation": list(RELATION_COLOURS), "claim": claims},
                        labels={"month": "", "claim": "", "evidence": "sentences"}, size_max=28)
    figure.update_traces(xperiod="M1", xperiodalignment="middle", marker={"sizemin": 6})
    figure.update_yaxes(type="category")
    return _layout(_month_axis(figure, points["month"]), height=max(220, 60 * len(claims) + 120))
