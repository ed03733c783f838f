"""Figures to take away: the drawn network as a PNG and as a standalone HTML page, and the charts' image button.

The PNG is drawn with matplotlib's Agg canvas on a Figure of its own, not
through pyplot: pyplot keeps global state, and Streamlit runs each session in
a thread. Every text from the data (actor names and types, the title) is drawn
with mathtext off, so a "$" in a name is shown, not typeset. The layout is
networkx's spring layout with a fixed seed (the same view gives the same file),
stretched to fill the frame in both directions, so that nodes are not squeezed
into a strip. Each name is then put where it overlaps no other name and no node:
below its node if there is room, else above, beside, or further out
(`place_labels`).
"""
from __future__ import annotations

import html
import io
import textwrap
from typing import TYPE_CHECKING

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

# matplotlib and networkx are imported where a PNG is drawn: together they take about half a second of CPU to
# import, which every page importing this module (for chart_config) would otherwise pay on a server's first render.
if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.text import Annotation
    from matplotlib.transforms import Bbox

PNG_SIZE = (1600, 1200)
PNG_DPI = 100
# vis-network shape -> matplotlib marker, so that the picture matches the page.
MARKERS: dict[str, str] = {"dot": "o", "diamond": "D", "square": "s", "triangle": "^", "triangleDown": "v"}
# Node diameter in points, smallest to largest by mentions (vis-network's scaling on the page is 10 to 42).
NODE_POINTS = (12.0, 42.0)
# Names are tried at this many distances from their node (points beyond its edge), in eight directions each.
LABEL_RINGS = (3, 12, 24, 40, 60, 85, 115)
LABEL_GAP_PIXELS = 2
LABEL_GID = "actor-label"
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
    """Spring-layout positions stretched to fill [-1, 1] in x and in y, so that the picture uses its whole frame."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(view.nodes["actor_id"])
    for edge in view.edges.itertuples(index=False):
        weight = graph.get_edge_data(edge.actor1, edge.actor2, {"weight": 0})["weight"]
        graph.add_edge(edge.actor1, edge.actor2, weight=weight + int(edge.evidence))
    # A larger ideal distance than the default 1/sqrt(n) keeps clusters from collapsing into a strip.
    spread = 2.0 / max(len(graph), 1) ** 0.5
    positions = nx.spring_layout(graph, seed=SEED, iterations=200, k=spread)
    return fill_frame(positions)


def fill_frame(positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Positions scaled separately in x and y onto [-1, 1] (a single node, or a line of nodes, sits at 0)."""
    if not positions:
        return {}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]

    def scale(value: float, low: float, high: float) -> float:
        return 0.0 if high - low < 1e-9 else 2 * (value - low) / (high - low) - 1

    return {node: (scale(x, min(xs), max(xs)), scale(y, min(ys), max(ys))) for node, (x, y) in positions.items()}


def _label_candidates(radius: float) -> list[tuple[float, float, str, str]]:
    """(dx, dy in points, ha, va) places for a name around a node of `radius` points: below first, as on the
    page, then above, beside, the diagonals, and the same further out."""
    places = []
    for ring in LABEL_RINGS:
        gap = radius + ring
        places += [(0, -gap, "center", "top"), (0, gap, "center", "bottom"), (gap, 0, "left", "center"),
                   (-gap, 0, "right", "center"), (gap * 0.7, -gap * 0.7, "left", "top"), (-gap * 0.7, -gap * 0.7, "right", "top"),
                   (gap * 0.7, gap * 0.7, "left", "bottom"), (-gap * 0.7, gap * 0.7, "right", "bottom")]
    return places


def _overlaps(box: Bbox, others: list[Bbox]) -> bool:
    padded = box.padded(LABEL_GAP_PIXELS)
    return any(padded.overlaps(other) for other in others)


def place_labels(axes, positions: dict[str, tuple[float, float]], nodes: pd.DataFrame, diameters: list[float]) -> list[Annotation]:
    """One name per node, each where its box overlaps no other name, no node and stays inside the axes.

    Larger nodes choose first. A name that finds no free place (a crowd no ring clears) goes below its node."""
    from matplotlib.patheffects import withStroke
    from matplotlib.transforms import Bbox

    figure = axes.figure
    renderer = figure.canvas.get_renderer()
    pixels_per_point = figure.dpi / 72
    frame = axes.get_window_extent(renderer)
    centres = {a: axes.transData.transform(positions[a]) for a in nodes["actor_id"]}
    node_boxes = [Bbox.from_bounds(cx - d * pixels_per_point / 2, cy - d * pixels_per_point / 2, d * pixels_per_point,
                                   d * pixels_per_point) for (cx, cy), d in zip(centres.values(), diameters)]
    placed: list[Bbox] = []
    labels: list[Annotation] = []

    def fits(box: Bbox) -> bool:
        inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        return inside and not _overlaps(box, placed) and not _overlaps(box, node_boxes)

    def label_at(name: str, at: tuple[float, float], place: tuple[float, float, str, str]) -> tuple[Annotation, Bbox]:
        dx, dy, ha, va = place
        label = axes.annotate(name, at, xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, fontsize=10,
                              color="#262730", parse_math=False, gid=LABEL_GID, annotation_clip=False,
                              path_effects=[withStroke(linewidth=3, foreground="white")])
        return label, label.get_window_extent(renderer)

    def box_at(centre: tuple[float, float], size: tuple[float, float], place: tuple[float, float, str, str]) -> Bbox:
        """Where a name of `size` pixels would lie at `place`: measured once per name, moved by arithmetic."""
        dx, dy, ha, va = place
        x = centre[0] + dx * pixels_per_point - {"left": 0, "center": size[0] / 2, "right": size[0]}[ha]
        y = centre[1] + dy * pixels_per_point - {"bottom": 0, "center": size[1] / 2, "top": size[1]}[va]
        return Bbox.from_bounds(x, y, *size)

    for i in sorted(range(len(nodes)), key=lambda i: (-diameters[i], i)):
        actor_id, name = nodes["actor_id"].iloc[i], str(nodes["name"].iloc[i])
        candidates = _label_candidates(diameters[i] / 2)
        label, box = label_at(name, positions[actor_id], candidates[0])
        size = (box.width, box.height)
        free = next((place for place in candidates if fits(box_at(centres[actor_id], size, place))), None)
        if free is not None and free != candidates[0]:
            label.remove()
            label, box = label_at(name, positions[actor_id], free)
        placed.append(box)
        labels.append(label)
    return labels


def _draw_network(axes, view: NetworkView) -> list[Line2D]:
    """Edges, nodes and labels on `axes`; returns the legend handles of the actor types drawn."""
    import networkx as nx
    from matplotlib.lines import Line2D

    positions = _layout(view)
    # Room around the unit square for the nodes and their names at the edge of the frame.
    axes.set_xlim(-1.15, 1.15)
    axes.set_ylim(-1.15, 1.15)
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
    # The drawing functions rescale the axes; the labels are measured against the final limits.
    axes.set_xlim(-1.15, 1.15)
    axes.set_ylim(-1.15, 1.15)
    place_labels(axes, positions, view.nodes.reset_index(drop=True), diameters)
    return handles


def network_png(view: NetworkView, *, title: str) -> bytes:
    """The drawn network as a PNG of PNG_SIZE pixels: colours, shapes and arrows as on the page, names as labels,
    a legend of relations and actor types, and `title` (wrapped) above it."""
    buffer = io.BytesIO()
    network_figure(view, title=title).savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return buffer.getvalue()


def network_figure(view: NetworkView, *, title: str) -> Figure:
    """The figure network_png saves (its names are the texts with gid LABEL_GID)."""
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
    return figure


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
