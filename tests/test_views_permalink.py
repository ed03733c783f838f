"""Permalinks: the sidebar filter as URL parameters and back, and a click on the graph read as an actor or an edge."""
from __future__ import annotations

import pandas as pd
import pytest

from views.filters import RelationFilter
from views.graph_click import GraphClick, edge_id, parse_click
from views.permalink import filter_from_params, filter_params, has_filter

SOURCES = ["Hürriyet Daily News", "Outlet, with a comma", ""]
ACTORS = ["Turkey", "GNA", "LNA"]


def test_the_default_filter_writes_no_parameter() -> None:
    assert filter_params(RelationFilter()) == {}
    assert not has_filter({}) and not has_filter({"actor": ["Egypt"], "q": ["drones"]})


@pytest.mark.parametrize("chosen", [
    RelationFilter(sources=("Hürriyet Daily News", "Outlet, with a comma")),
    RelationFilter(relations=("support",), actors=("GNA", "Turkey")),
    RelationFilter(relations=()),
    RelationFilter(min_confidence=0.65, date_from="2020-01-01", date_to="2020-06-30"),
    RelationFilter(include_undated=False, show_rejected=True),
    RelationFilter(sources=("",)),  # articles without an outlet
])
def test_a_filter_survives_the_url(chosen: RelationFilter) -> None:
    params = filter_params(chosen)
    assert params and has_filter(params)
    linked = filter_from_params(params, sources=SOURCES, actors=ACTORS)
    assert linked.chosen == chosen and linked.dropped == ()


def test_lists_repeat_their_parameter_and_no_relation_is_written_as_none() -> None:
    assert filter_params(RelationFilter(sources=("A, B", "C"))) == {"source": ["A, B", "C"]}
    assert filter_params(RelationFilter(relations=())) == {"relation": ["none"]}


def test_a_stale_or_edited_link_keeps_what_it_can_and_says_what_it_dropped() -> None:
    params = {"source": ["Hürriyet Daily News", "Gone Gazette"], "actor_filter": ["Turkey", "Atlantis"],
              "relation": ["support", "friendship"], "min_confidence": ["7"], "from": ["2020-13-01"],
              "to": ["2020-06-30"], "undated": ["maybe"]}
    linked = filter_from_params(params, sources=SOURCES, actors=ACTORS)
    assert linked.chosen == RelationFilter(sources=("Hürriyet Daily News",), actors=("Turkey",), relations=("support",),
                                           date_to="2020-06-30")
    assert set(linked.dropped) == {"source=Gone Gazette", "actor_filter=Atlantis", "relation=friendship",
                                   "min_confidence=7", "from=2020-13-01", "undated=maybe"}


def test_relations_come_back_in_their_usual_order_and_once() -> None:
    linked = filter_from_params({"relation": ["mediation", "support", "support"]}, sources=[], actors=[])
    assert linked.chosen.relations == ("support", "mediation")


NODES = pd.DataFrame({"actor_id": ["Turkey", "GNA", "A|B"]})
EDGES = pd.DataFrame({"actor1": ["Turkey", "A|B"], "actor2": ["GNA", "GNA"], "relation": ["support", "opposition"]})


@pytest.mark.parametrize("value,expected", [
    ({"kind": "node", "id": "Turkey", "click": "1-1"}, GraphClick(actor="Turkey")),
    ({"kind": "edge", "id": "Turkey|GNA|support", "click": "1-2"}, GraphClick(edge=("Turkey", "GNA", "support"))),
    # an id with the separator in it is found by lookup, not by splitting
    ({"kind": "edge", "id": "A|B|GNA|opposition", "click": "1-3"}, GraphClick(edge=("A|B", "GNA", "opposition"))),
    ({"kind": "node", "id": "A|B"}, GraphClick(actor="A|B")),
    # not drawn, not a known kind, not a dict: nothing
    ({"kind": "node", "id": "Egypt"}, None),
    ({"kind": "edge", "id": "GNA|Turkey|support"}, None),
    ({"kind": "canvas", "id": "Turkey"}, None),
    ("Turkey", None),
    (None, None),
])
def test_a_click_names_a_drawn_actor_or_edge(value: object, expected: GraphClick | None) -> None:
    assert parse_click(value, NODES, EDGES) == expected


def test_edge_ids_are_those_the_network_draws() -> None:
    from views.network import NetworkView, build_pyvis

    edges = EDGES.assign(evidence=1, articles=1, sources=1, source_names="X", confidence=0.5)
    nodes = NODES.assign(name=NODES["actor_id"], type="state", country_code="", aliases="", mentions=1, articles=1,
                         weight=1)
    view = NetworkView(nodes=nodes, edges=edges, total_nodes=3, total_edges=2)
    empty = pd.DataFrame(columns=["article_id", "actor1", "actor2", "relation", "evidence", "start", "confidence",
                                  "source"])
    drawn = [edge["id"] for edge in build_pyvis(view, empty).edges]
    assert drawn == [edge_id(*key) for key in EDGES.itertuples(index=False, name=None)]


def test_the_date_basis_travels_in_the_link() -> None:
    from views.permalink import filter_from_params, filter_params
    from views.filters import RelationFilter

    chosen = RelationFilter(date_basis="event", date_from="2020-06-01")
    params = filter_params(chosen)
    assert params["dates"] == ["event"]
    assert filter_from_params(params, sources=[], actors=[]).chosen == chosen
    stale = filter_from_params({"dates": ["tomorrow"]}, sources=[], actors=[])
    assert stale.chosen.date_basis == "published" and stale.dropped == ("dates=tomorrow",)
