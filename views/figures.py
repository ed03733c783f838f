"""Figures to take away: the drawn network as a PNG and as a standalone HTML page, and the charts' image button.

The PNG is drawn with matplotlib's Agg canvas on a Figure of its own, not
through pyplot: pyplot keeps global state, and Streamlit runs each session in
a thread. Every text from the data (actor names and types, the title) is drawn
with mathtext off, so a "$" in a name is shown, not typeset. The layout is
networkx's spring layout with a fixed seed, so the same view gives the same file.
"""
from __future__ import annotations

import html
import io
import textwrap
from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd

from extract.schema import DIRECTED_RELATIONS
from views.network import (
    RELATION_COLOURS,
    RELATION_ROUNDNESS,
    SEED,
    NetworkView,
    actor_style,
    edge_width,
    network_html,
)

if TYPE_CHECKING:
    from matplotlib.lines import Line2D

PNG_SIZE = (1600, 1200)
PNG_DPI = 100
# vis-network shape -> matplotlib marker, so that the picture matches the page.
MARKERS: dict[str, str] = {"dot": "o", "diamond": "D", "square": "s", "triangle": "^", "triangleDown": "v"}
# Node diameter in points, smallest to largest by mentions (vis-network's scaling on the page is 10 to 42).
NODE_POINTS = (12.0, 42.0)
TITLE_CHARS = 120
TITLE_LINES = 3
STANDALONE_HEIGHT = 760
IMAGE_FORMATS = ("png", "svg")
# Plotly draws PNGs at this multiple of the chart's size on screen; sharp enough for print.
PNG_SCALE = 2


def _title_lines(title: str) -> str:
    lines = textwrap.wrap(" ".join(title.split()), width=TITLE_CHARS) or [""]
    if len(lines) > TITLE_LINES:
        lines = lines[:TITLE_LINES]
        lines[-1] = lines[-1][: TITLE_CHARS - 1].rstrip() + "…"
    return "\n".join(lines)


def node_points(mentions: pd.Series) -> list[float]:
    """Marker diameter (points) per node: linear in mentions between NODE_POINTS, like the page's scaling."""
    low, high = NODE_POINTS
    least, most = int(mentions.min()), int(mentions.max())
    if most == least:
        return [(low + high) / 2] * len(mentions)
    return [low + (high - low) * (int(m) - least) / (most - least) for m in mentions]


def _layout(view: NetworkView) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(view.nodes["actor_id"])
    for edge in view.edges.itertuples(index=False):
        weight = graph.get_edge_data(edge.actor1, edge.actor2, {"weight": 0})["weight"]
        graph.add_edge(edge.actor1, edge.actor2, weight=weight + int(edge.evidence))
    return nx.spring_layout(graph, seed=SEED, iterations=200)


def _draw_network(axes, view: NetworkView) -> list[Line2D]:
    """Edges, nodes and labels on `axes`; returns the legend handles of the actor types drawn."""
    from matplotlib.lines import Line2D
    from matplotlib.patheffects import withStroke

    positions = _layout(view)
    ids = list(view.nodes["actor_id"])
    diameters = node_points(view.nodes["mentions"])
    sizes = [d * d for d in diameters]
    strongest = int(view.edges["evidence"].max())
    for relation, group in view.edges.groupby("relation", sort=True):
        graph = nx.DiGraph()
        graph.add_nodes_from(ids)
        graph.add_edges_from(zip(group["actor1"], group["actor2"]))
        nx.draw_networkx_edges(
            graph, positions, ax=axes, edgelist=list(zip(group["actor1"], group["actor2"])), nodelist=ids,
            node_size=sizes, width=[0.8 * edge_width(int(e), strongest) for e in group["evidence"]],
            edge_color=RELATION_COLOURS.get(relation, "#777777"), alpha=0.85, arrows=True,
            arrowstyle="-|>" if relation in DIRECTED_RELATIONS else "-", arrowsize=14,
            connectionstyle=f"arc3,rad={RELATION_ROUNDNESS.get(relation, 0.7)}",
        )
    handles: list[Line2D] = []
    nodes = view.nodes.assign(size=sizes)
    for actor_type, group in nodes.groupby("type", sort=True):
        colour, shape = actor_style(actor_type)
        marker = MARKERS.get(shape, "o")
        nx.draw_networkx_nodes(nx.Graph(), positions, ax=axes, nodelist=list(group["actor_id"]), node_size=list(group["size"]),
                               node_color=colour, node_shape=marker, edgecolors="#3a3a3a", linewidths=0.6)
        handles.append(Line2D([], [], linestyle="", marker=marker, markersize=9, color=colour, label=actor_type or "other"))
    for node, diameter in zip(view.nodes.itertuples(index=False), diameters):
        x, y = positions[node.actor_id]
        # Below the node, as on the page.
        axes.annotate(node.name, (x, y), xytext=(0, -diameter / 2 - 3), textcoords="offset points", ha="center",
                      va="top", fontsize=10, color="#262730", parse_math=False,
                      path_effects=[withStroke(linewidth=3, foreground="white")])
    axes.margins(0.08)
    return handles


def network_png(view: NetworkView, *, title: str) -> bytes:
    """The drawn network as a PNG of PNG_SIZE pixels: colours, shapes and arrows as on the page, names as labels,
    a legend of relations and actor types, and `title` (wrapped) above it."""
    # Imported when a PNG is asked for: matplotlib takes a second or more to import, which every
    # page importing this module (for chart_config) would otherwise pay on a server's first render.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    figure = Figure(figsize=(PNG_SIZE[0] / PNG_DPI, PNG_SIZE[1] / PNG_DPI), dpi=PNG_DPI, facecolor="white")
    FigureCanvasAgg(figure)
    figure.subplots_adjust(left=0.02, right=0.98, top=0.9, bottom=0.1)
    axes = figure.add_subplot()
    axes.set_axis_off()
    figure.suptitle(_title_lines(title), fontsize=14, parse_math=False)
    handles: list[Line2D] = []
    if view.edges.empty:
        axes.text(0.5, 0.5, "No edge passes the filter.", ha="center", va="center", fontsize=14, transform=axes.transAxes)
    else:
        handles = _draw_network(axes, view)
    relations = [Line2D([], [], color=colour, linewidth=3, label=relation + (" →" if relation in DIRECTED_RELATIONS else ""))
                 for relation, colour in RELATION_COLOURS.items()]
    legend = figure.legend(handles=relations + handles, loc="lower center", bbox_to_anchor=(0.5, 0.03), ncol=min(len(relations) + len(handles), 8),
                           frameon=False, fontsize=10)
    for text in legend.get_texts():
        text.set_parse_math(False)
    drawn = (f"{len(view.nodes)} of {view.total_nodes} actors and {len(view.edges)} of {view.total_edges} edges drawn · "
             "size = mentions · width = evidence sentences")
    figure.text(0.5, 0.01, drawn, ha="center", fontsize=9, color="#6b6f76")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return buffer.getvalue()


HEADER = """<header style="font-family: 'Source Sans Pro', Helvetica, Arial, sans-serif; padding: 6px 2px 4px;">
<h1 style="font-size: 22px; margin: 0 0 4px;">{title}</h1>
<p style="margin: 0 0 4px; color: #4a4d55; font-size: 14px;">Filter: {filter_text}</p>
<p style="margin: 0; color: #6b6f76; font-size: 13px;">{drawn} Hover an actor or an edge for its evidence; drag to
rearrange, scroll to zoom. This file loads nothing from the internet.</p>
</header>
"""


def network_page_html(view: NetworkView, excerpts: pd.DataFrame, *, title: str, filter_text: str) -> str:
    """The network page (views.network.network_html) with a heading naming the filter, as one offline HTML file.

    `excerpts` are the relation rows shown in edge tooltips (views.queries.edge_excerpt_rows).
    """
    page = network_html(view, excerpts, height=STANDALONE_HEIGHT)
    drawn = view.message or f"All {view.total_nodes} actors and {view.total_edges} edges under the filter are drawn."
    header = HEADER.format(title=html.escape(title), filter_text=html.escape(filter_text), drawn=html.escape(drawn))
    # The template's own <body> comes before any data or script, so the first one is the place.
    return page.replace("<body>\n", "<body>\n" + header, 1)


def chart_config(image_format: str, filename: str = "chart") -> dict:
    """st.plotly_chart's config: the toolbar's camera button saves `filename` as PNG or SVG, drawn in the browser."""
    if image_format not in IMAGE_FORMATS:
        raise ValueError(f"Chart image format {image_format!r} is not one of {', '.join(IMAGE_FORMATS)}.")
    return {"displaylogo": False,
            "toImageButtonOptions": {"format": image_format, "filename": filename, "scale": PNG_SCALE}}
