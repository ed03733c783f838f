"""The actor network: which edges to draw, the pyvis graph as self-contained HTML, and networkx for export.

The HTML is ours, not pyvis's template: pyvis 0.3.2 links bootstrap from a
CDN in every mode and switches to innerHTML tooltips when a title contains
"href". Here pyvis holds the nodes, edges and options; the page is a small
template with vis-network inlined from the pyvis package, a Content Security
Policy that forbids any network request, and data embedded as JSON that cannot
close its <script> element. vis-network shows string titles with innerText,
so tooltips are plain text.
"""
from __future__ import annotations

import html
import importlib.util
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from extract.schema import DIRECTED_RELATIONS
from views.aggregate import EDGE_KEY, edge_keys

# pyvis (with IPython and jinja2) and networkx are imported where a graph is built: every page imports this
# module for select_network, and the first page draws no graph.
if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

VIS_JS_IN_PYVIS = ("lib", "vis-9.1.2", "vis-network.min.js")

RELATION_COLOURS: dict[str, str] = {"support": "#2e7d32", "opposition": "#c62828", "mediation": "#1f6fb2"}
# Different curvature per relation keeps two relations between one pair apart.
RELATION_ROUNDNESS: dict[str, float] = {"support": 0.12, "opposition": 0.32, "mediation": 0.52}
# (colour, vis-network shape) per actor type of data/dictionary (README); anything else is drawn grey.
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "state": ("#4e79a7", "dot"),
    "government": ("#8e6bd8", "dot"),
    "legislature": ("#b07aa1", "dot"),
    "armed group": ("#f28e2b", "diamond"),
    "mercenary group": ("#9c755f", "diamond"),
    "militant group": ("#6b4c3b", "triangle"),
    "political movement": ("#d4a017", "triangleDown"),
    "igo": ("#2aa198", "square"),
}
OTHER_STYLE: tuple[str, str] = ("#9e9e9e", "dot")
LEGEND_SYMBOLS: dict[str, str] = {"dot": "●", "diamond": "◆", "square": "■", "triangle": "▲", "triangleDown": "▼"}
MAX_EDGE_WIDTH = 9.0
EXCERPTS_PER_EDGE = 3
# Pixels of the drawn network (its iframe adds room for the legend).
NETWORK_HEIGHT = 600
EXCERPT_CHARS = 180
SEED = 7


@dataclass(frozen=True)
class NetworkView:
    """The part of the filtered network that is drawn, and how much was left out."""

    nodes: pd.DataFrame
    edges: pd.DataFrame
    total_nodes: int
    total_edges: int

    @property
    def message(self) -> str | None:
        """Says what was trimmed, or None when everything is drawn."""
        if len(self.nodes) == self.total_nodes and len(self.edges) == self.total_edges:
            return None
        return (
            f"Showing {len(self.nodes)} of {self.total_nodes} actors and {len(self.edges)} of {self.total_edges} "
            "edges (the most connected actors and the edges with most evidence). Raise the limits or narrow the "
            "filter to see the rest; the graph downloads below hold every filtered edge."
        )


def actor_style(actor_type: str) -> tuple[str, str]:
    return TYPE_STYLES.get(actor_type.strip().lower(), OTHER_STYLE)


def _actor_info(actors: pd.DataFrame, ids: pd.Index) -> pd.DataFrame:
    info = actors.set_index("actor_id").reindex(ids)
    info["name"] = info["name"].fillna(pd.Series(ids, index=ids)).astype(str)
    info["name"] = info["name"].where(info["name"] != "", pd.Series(ids, index=ids))
    for column in ("type", "country_code", "aliases"):
        info[column] = info[column].fillna("").astype(str)
    for column in ("mentions", "articles"):
        info[column] = info[column].fillna(0).astype("int64")
    return info


def select_network(edges: pd.DataFrame, actors: pd.DataFrame, *, max_nodes: int, max_edges: int) -> NetworkView:
    """Keep the `max_nodes` actors with most evidence on their edges, then the `max_edges` strongest edges among them.

    `edges` is aggregate_edges() output (sorted strongest first). Actors left
    without an edge are dropped so that no node floats alone.
    """
    ends = pd.concat([edges[["actor1", "evidence"]].rename(columns={"actor1": "actor_id"}),
                      edges[["actor2", "evidence"]].rename(columns={"actor2": "actor_id"})])
    weight = ends.groupby("actor_id")["evidence"].sum()
    info = _actor_info(actors, weight.index)
    ranking = pd.DataFrame({"weight": weight, "mentions": info["mentions"]}).rename_axis("actor_id").reset_index()
    ranking = ranking.sort_values(["weight", "mentions", "actor_id"], ascending=[False, False, True], kind="stable")
    kept_ids = set(ranking["actor_id"].head(max_nodes))
    kept_edges = edges[edges["actor1"].isin(kept_ids) & edges["actor2"].isin(kept_ids)].head(max_edges)
    drawn = set(kept_edges["actor1"]) | set(kept_edges["actor2"])
    order = [a for a in ranking["actor_id"] if a in drawn]
    nodes = _actor_info(actors, pd.Index(order, name="actor_id")).assign(weight=weight.reindex(order).to_numpy()).reset_index()
    return NetworkView(nodes=nodes, edges=kept_edges.reset_index(drop=True), total_nodes=len(weight), total_edges=len(edges))


def edge_width(evidence: int, strongest: int) -> float:
    """1 to MAX_EDGE_WIDTH pixels, on a log scale relative to the strongest edge drawn."""
    if strongest <= 1:
        return 1.5
    return round(1.0 + (MAX_EDGE_WIDTH - 1.0) * math.log1p(evidence) / math.log1p(strongest), 2)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def edge_excerpts(relations: pd.DataFrame, edges: pd.DataFrame) -> dict[tuple[str, str, str], list[str]]:
    """Up to three short evidence excerpts with their outlet per drawn edge, most confident first."""
    keyed = edge_keys(relations).merge(edges[EDGE_KEY], on=EDGE_KEY)
    keyed = keyed.sort_values(["confidence", "article_id", "start"], ascending=[False, True, True], kind="stable")
    top = keyed.groupby(EDGE_KEY, sort=False).head(EXCERPTS_PER_EDGE)
    excerpts: dict[tuple[str, str, str], list[str]] = {}
    for row in top.itertuples(index=False):
        key = (row.actor1, row.actor2, row.relation)
        excerpts.setdefault(key, []).append(f"“{_excerpt(row.evidence)}” ({row.source or row.article_id})")
    return excerpts


def _edge_title(edge, names: dict[str, str], excerpts: list[str]) -> str:
    arrow = "→" if edge.relation in DIRECTED_RELATIONS else "–"
    sentences = "sentence" if edge.evidence == 1 else "sentences"
    lines = [
        f"{names[edge.actor1]} {arrow} {names[edge.actor2]}: {edge.relation}",
        f"{edge.evidence} evidence {sentences} in {edge.articles} article(s); mean confidence {edge.confidence:.2f}",
        _excerpt(f"Sources ({edge.sources}): {edge.source_names}"),
        *(f"• {line}" for line in excerpts),
    ]
    return "\n".join(lines)


def _node_title(node) -> str:
    facts = [f for f in (node.type, node.country_code) if f]
    lines = [node.name, " · ".join(facts), f"{node.mentions} mentions in {node.articles} article(s)"]
    if node.aliases:
        lines.append("Also: " + _excerpt(node.aliases))
    return "\n".join(line for line in lines if line)


def build_pyvis(view: NetworkView, relations: pd.DataFrame) -> Network:
    """The pyvis network for a NetworkView: node size by mentions, colour and shape by type,
    edge colour by relation, arrows for support, width by evidence count."""
    from pyvis.network import Network

    net = Network(directed=True, height="640px", width="100%", cdn_resources="in_line")
    names = dict(zip(view.nodes["actor_id"], view.nodes["name"]))
    for node in view.nodes.itertuples(index=False):
        colour, shape = actor_style(node.type)
        net.add_node(node.actor_id, label=node.name, title=_node_title(node), color=colour, shape=shape,
                     value=max(int(node.mentions), 1))
    excerpts = edge_excerpts(relations, view.edges)
    strongest = int(view.edges["evidence"].max()) if len(view.edges) else 1
    for edge in view.edges.itertuples(index=False):
        directed = edge.relation in DIRECTED_RELATIONS
        net.add_edge(
            edge.actor1,
            edge.actor2,
            id=f"{edge.actor1}|{edge.actor2}|{edge.relation}",
            title=_edge_title(edge, names, excerpts.get((edge.actor1, edge.actor2, edge.relation), [])),
            color=RELATION_COLOURS.get(edge.relation, "#777777"),
            arrows={"to": {"enabled": directed, "scaleFactor": 0.7}},
            smooth={"enabled": True, "type": "curvedCW", "roundness": RELATION_ROUNDNESS.get(edge.relation, 0.7)},
            width=edge_width(int(edge.evidence), strongest),
        )
    net.options = VIS_OPTIONS
    return net


VIS_OPTIONS: dict = {
    "layout": {"randomSeed": SEED, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -90, "centralGravity": 0.012, "springLength": 150, "avoidOverlap": 0.5},
        "stabilization": {"enabled": True, "iterations": 400, "fit": True},
    },
    "nodes": {
        "font": {"size": 15, "face": "Source Sans Pro, Helvetica, Arial, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        "scaling": {"min": 10, "max": 42},
        "borderWidth": 1,
    },
    "edges": {"selectionWidth": 2, "hoverWidth": 1.5},
    "interaction": {"hover": True, "tooltipDelay": 100, "navigationButtons": False, "multiselect": False},
}


def script_json(value: object) -> str:
    """JSON that is safe inside an inline <script>: no "</script>", no "<!--", no HTML entities."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def vis_js_path() -> Path:
    """vis-network's script as pyvis ships it (found without importing pyvis)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pyvis is not installed: `pip install -r requirements.txt`.")
    return Path(spec.origin).resolve().parent.joinpath(*VIS_JS_IN_PYVIS)


@lru_cache(maxsize=1)
def _vis_js() -> str:
    return vis_js_path().read_text(encoding="utf-8")


def legend_html(types: list[str]) -> str:
    """Relation colours (arrow for the directed one) and actor types, as escaped HTML."""
    relations = "".join(
        f'<span class="item"><span class="line" style="background:{colour}"></span>'
        f"{html.escape(relation)}{' →' if relation in DIRECTED_RELATIONS else ''}</span>"
        for relation, colour in RELATION_COLOURS.items()
    )
    kinds = ""
    for actor_type in types:
        colour, shape = actor_style(actor_type)
        kinds += (f'<span class="item"><span style="color:{colour}">{LEGEND_SYMBOLS.get(shape, "●")}</span> '
                  f"{html.escape(actor_type or 'other')}</span>")
    hint = '<span class="hint">size = mentions · width = evidence sentences</span>'
    return f'<div id="legend">{relations}<span class="sep"></span>{kinds}{hint}</div>'


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<style>
html, body {{ margin: 0; padding: 0; font-family: "Source Sans Pro", Helvetica, Arial, sans-serif; color: #262730; }}
#legend {{ display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; font-size: 13px; padding: 4px 2px 6px; }}
#legend .line {{ display: inline-block; width: 22px; height: 4px; border-radius: 2px; vertical-align: middle;
  margin-right: 5px; }}
#legend .sep {{ width: 1px; height: 16px; background: #d0d0d0; }}
#legend .hint {{ color: #6b6f76; margin-left: auto; }}
#network {{ width: 100%; height: {height}px; border: 1px solid #e3e5e8; border-radius: 6px; background: #ffffff; }}
div.vis-tooltip {{ position: absolute; visibility: hidden; max-width: 460px; white-space: normal; padding: 6px 8px;
  font-size: 13px; line-height: 1.35; background: #fffef6; border: 1px solid #b9b7a7; border-radius: 4px;
  box-shadow: 2px 2px 8px rgba(0,0,0,.18); pointer-events: none; z-index: 5; }}
</style></head>
<body>
{legend}
<div id="network"></div>
<script>{vis_js}</script>
<script>
(function () {{
  var nodes = new vis.DataSet({nodes});
  var edges = new vis.DataSet({edges});
  var network = new vis.Network(document.getElementById("network"), {{nodes: nodes, edges: edges}}, {options});
  // The browser tests read node positions from here to click on them.
  window.network = network;
  // Inside the dashboard (views/network_component) a click on an actor or an edge is passed up to the page;
  // opened on its own (the standalone download) there is no page to tell.
  network.on("click", function (event) {{
    if (window.parent === window) return;
    var what = event.nodes.length ? "node" : (event.edges.length ? "edge" : null);
    if (what === null) return;
    window.parent.postMessage({{kind: "lw-network-click", what: what,
                               id: what === "node" ? event.nodes[0] : event.edges[0]}}, "*");
  }});
  network.once("stabilizationIterationsDone", function () {{
    // Freeze the layout once settled: nodes stay where the seed put them.
    network.setOptions({{physics: false}});
    document.body.setAttribute("data-network-ready", "true");
  }});
}})();
</script>
</body></html>
"""


def network_html(view: NetworkView, relations: pd.DataFrame, *, height: int = 620) -> str:
    """A self-contained HTML page drawing the network; loads nothing from any server."""
    net = build_pyvis(view, relations)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    types = sorted(set(view.nodes["type"]))
    return PAGE.format(
        height=int(height),
        legend=legend_html(types),
        vis_js=_vis_js(),
        nodes=script_json(nodes),
        edges=script_json(edges),
        options=script_json(json.loads(options)),
    )


def build_graph(edges: pd.DataFrame, actors: pd.DataFrame) -> nx.MultiDiGraph:
    """The filtered network for export: one edge per (pair, relation), keyed by relation.

    `directed` on an edge says whether its direction means anything (support)
    or the pair was only put in a fixed order (opposition, mediation).
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    ids = pd.Index(sorted(set(edges["actor1"]) | set(edges["actor2"])), name="actor_id")
    for node in _actor_info(actors, ids).reset_index().itertuples(index=False):
        graph.add_node(node.actor_id, label=node.name, type=node.type, country_code=node.country_code,
                       mentions=int(node.mentions), articles=int(node.articles))
    for edge in edges.itertuples(index=False):
        graph.add_edge(
            edge.actor1,
            edge.actor2,
            key=edge.relation,
            relation=edge.relation,
            directed=edge.relation in DIRECTED_RELATIONS,
            evidence=int(edge.evidence),
            articles=int(edge.articles),
            sources=edge.source_names,
            confidence=round(float(edge.confidence), 4),
        )
    return graph
