"""The network as the way in: the drawn graph reports which actor or edge was clicked.

The graph (views.network.network_html) runs inside a small Streamlit component
(views/network_component/index.html, served by the dashboard itself: no
component library, no build step, nothing fetched). A click comes back as
{"kind": "node" | "edge", "id": ..., "click": a value new for every click};
`read_click` turns it into an actor id or an edge key of the drawn network,
once per click, and ignores anything else.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

from views.url_state import widget_changed

COMPONENT_DIR = Path(__file__).resolve().parent / "network_component"
_network_component = components.declare_component("actor_network", path=str(COMPONENT_DIR))


@dataclass(frozen=True)
class GraphClick:
    """What a click on the graph picked: an actor, or an edge (actor1, actor2, relation)."""

    actor: str | None = None
    edge: tuple[str, str, str] | None = None


def edge_id(actor1: str, actor2: str, relation: str) -> str:
    """The id views.network gives a drawn edge."""
    return f"{actor1}|{actor2}|{relation}"


def parse_click(value: object, nodes: pd.DataFrame, edges: pd.DataFrame) -> GraphClick | None:
    """The actor or edge of the drawn network a component value names; None for anything else.

    Ids are looked up among the drawn nodes and edges, not split: an actor id may hold any character.
    """
    if not isinstance(value, dict):
        return None
    kind, clicked = value.get("kind"), value.get("id")
    if kind == "node" and clicked in set(nodes["actor_id"]):
        return GraphClick(actor=str(clicked))
    if kind == "edge":
        keys = {edge_id(*key): key for key in edges[["actor1", "actor2", "relation"]].itertuples(index=False, name=None)}
        if clicked in keys:
            return GraphClick(edge=tuple(str(part) for part in keys[clicked]))  # type: ignore[arg-type]
    return None


def clickable_network(html: str, height: int, nodes: pd.DataFrame, edges: pd.DataFrame, *, key: str) -> GraphClick | None:
    """Draw the network; return what was clicked since the last run (None when nothing new was)."""
    value = _network_component(html=html, height=int(height), key=key, default=None, on_change=widget_changed)
    seen_key = f"{key}-seen"
    if not isinstance(value, dict) or value.get("click") == st.session_state.get(seen_key):
        return None
    st.session_state[seen_key] = value.get("click")
    return parse_click(value, nodes, edges)
