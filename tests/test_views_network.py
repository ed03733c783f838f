"""The drawn network: trimming, the self-contained pyvis HTML, escaping, parallel edges."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from extract.schema import RELATION_COLUMNS
from conftest import edges_of as aggregate_edges
from views.network import (
    OTHER_STYLE,
    RELATION_COLOURS,
    RELATION_ROUNDNESS,
    actor_style,
    build_graph,
    edge_width,
    legend_html,
    network_html,
    script_json,
    select_network,
)

XSS_NAME = "</script><script>alert('x')</script><img src=x onerror=alert(1)>"


def relations_of(*specs: tuple) -> pd.DataFrame:
    """(actor1, actor2, relation[, evidence text[, source]]) -> relation rows."""
    records = []
    for number, (actor1, actor2, relation, *rest) in enumerate(specs):
        records.append({"article_id": f"a{number}", "source": rest[1] if len(rest) > 1 else "Outlet", "date": "2020-01-01",
                        "actor1": actor1, "actor2": actor2, "relation": relation,
                        "evidence": rest[0] if rest else f"{actor1} and {actor2}.", "start": 0, "end": 5,
                        "confidence": 0.8, "speaker": "", "cue": "c", "rule": "r", "event_date": ""})
    return pd.DataFrame(records, columns=RELATION_COLUMNS)


def actors_of(*specs: tuple[str, str, str, int]) -> pd.DataFrame:
    return pd.DataFrame([{"actor_id": a, "name": n, "type": t, "country_code": "", "mentions": m, "articles": 1, "aliases": ""}
                         for a, n, t, m in specs])


ACTORS = actors_of(("TUR", "Turkey", "state", 50), ("GNA", "GNA", "government", 30), ("LNA", "LNA", "armed group", 40),
                   ("RUS", "Russia", "state", 45), ("EGY", "Egypt", "state", 10), ("UAE", "UAE", "state", 5))
RELATIONS = relations_of(("TUR", "GNA", "support"), ("TUR", "GNA", "support"), ("TUR", "GNA", "support"),
                         ("RUS", "LNA", "support"), ("RUS", "LNA", "support"), ("TUR", "LNA", "opposition"),
                         ("TUR", "LNA", "support"), ("EGY", "LNA", "support"), ("RUS", "TUR", "mediation"),
                         ("UAE", "EGY", "support"))


def graph_data(page: str) -> tuple[list[dict], list[dict]]:
    found = re.findall(r"new vis\.DataSet\((.*?)\);\n", page)
    return json.loads(found[0]), json.loads(found[1])


def test_everything_drawn_when_under_the_limits() -> None:
    view = select_network(aggregate_edges(RELATIONS), ACTORS, max_nodes=50, max_edges=50)
    assert view.message is None
    assert len(view.nodes) == 6 and len(view.edges) == 7


@pytest.mark.parametrize("max_nodes,max_edges,nodes,edges", [(3, 50, 3, 4), (50, 2, 4, 2), (2, 1, 2, 1), (4, 4, 4, 4)])
def test_trimming_keeps_the_strongest(max_nodes: int, max_edges: int, nodes: int, edges: int) -> None:
    view = select_network(aggregate_edges(RELATIONS), ACTORS, max_nodes=max_nodes, max_edges=max_edges)
    assert (len(view.nodes), len(view.edges)) == (nodes, edges)
    assert view.message.startswith(f"Showing {nodes} of 6 actors and {edges} of 7 edges")


def test_trimming_keeps_most_connected_actors_and_no_loose_nodes() -> None:
    view = select_network(aggregate_edges(RELATIONS), ACTORS, max_nodes=3, max_edges=50)
    assert list(view.nodes["actor_id"]) == ["TUR", "LNA", "RUS"]
    ends = set(view.edges["actor1"]) | set(view.edges["actor2"])
    assert ends == set(view.nodes["actor_id"])


def test_actor_missing_from_actor_table_is_drawn_by_id() -> None:
    view = select_network(aggregate_edges(relations_of(("TUR", "XYZ", "support"))), ACTORS, max_nodes=9, max_edges=9)
    row = view.nodes.set_index("actor_id").loc["XYZ"]
    assert (row["name"], row["type"], row["mentions"]) == ("XYZ", "", 0)


def html_for(relations: pd.DataFrame, actors: pd.DataFrame = ACTORS) -> str:
    return network_html(select_network(aggregate_edges(relations), actors, max_nodes=99, max_edges=99), relations)


def test_html_loads_nothing_from_outside() -> None:
    page = html_for(RELATIONS)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert not re.search(r"<script[^>]*\bsrc=", page, re.IGNORECASE)
    assert "url(http" not in page and "@import" not in page
    assert "bootstrap" not in page.lower() and "cdnjs" not in page and "jsdelivr" not in page
    assert "default-src 'none'" in page


def test_html_is_the_same_on_every_run() -> None:
    assert html_for(RELATIONS) == html_for(RELATIONS)


def test_layout_is_seeded() -> None:
    options = re.search(r"\{nodes: nodes, edges: edges\}, (.*?)\);\n", html_for(RELATIONS)).group(1)
    assert json.loads(options)["layout"]["randomSeed"] == 7


def test_parallel_relations_between_one_pair_are_both_drawn_apart() -> None:
    _, edges = graph_data(html_for(relations_of(("TUR", "LNA", "support"), ("TUR", "LNA", "opposition"),
                                                ("LNA", "TUR", "mediation"))))
    pair = {e["id"].split("|")[2]: e for e in edges}
    assert set(pair) == {"support", "opposition", "mediation"}
    assert {e["smooth"]["roundness"] for e in pair.values()} == set(RELATION_ROUNDNESS.values())
    assert {e["color"] for e in pair.values()} == set(RELATION_COLOURS.values())


@pytest.mark.parametrize("relation,arrow", [("support", True), ("opposition", False), ("mediation", False)])
def test_only_support_has_an_arrow(relation: str, arrow: bool) -> None:
    _, edges = graph_data(html_for(relations_of(("TUR", "LNA", relation))))
    assert edges[0]["arrows"]["to"]["enabled"] is arrow


def test_width_grows_with_evidence() -> None:
    _, edges = graph_data(html_for(RELATIONS))
    width = {e["id"]: e["width"] for e in edges}
    assert width["TUR|GNA|support"] > width["RUS|LNA|support"] > width["UAE|EGY|support"]


def test_node_size_colour_and_shape() -> None:
    nodes, _ = graph_data(html_for(RELATIONS))
    by_id = {n["id"]: n for n in nodes}
    assert by_id["TUR"]["value"] == 50 and by_id["UAE"]["value"] == 5
    assert (by_id["LNA"]["color"], by_id["LNA"]["shape"]) == actor_style("armed group")
    assert by_id["TUR"]["shape"] != by_id["LNA"]["shape"]


@pytest.mark.parametrize("kind,expected", [("state", actor_style("State")), ("unheard-of", OTHER_STYLE), ("", OTHER_STYLE)])
def test_actor_style(kind: str, expected: tuple[str, str]) -> None:
    assert actor_style(kind) == expected


def test_edge_tooltip_is_plain_text_with_sources_and_excerpts() -> None:
    long = "Turkey has sent drones and military advisers to the Tripoli-based government, " * 5
    _, edges = graph_data(html_for(relations_of(("TUR", "GNA", "support", long, "Anadolu"),
                                                ("TUR", "GNA", "support", "Ankara backs Tripoli.", "Reuters"))))
    title = edges[0]["title"]
    assert title.startswith("Turkey → GNA: support\n2 evidence sentences in 2 article(s)")
    assert "Sources (2): Anadolu; Reuters" in title
    assert "“Ankara backs Tripoli.” (Reuters)" in title
    assert max(len(line) for line in title.split("\n")) < 220 and "…" in title
    assert "<" not in title


def test_hostile_names_and_evidence_cannot_leave_the_script() -> None:
    actors = actors_of(("TUR", XSS_NAME, "state", 5), ("GNA", "GNA", "government", 3))
    relations = relations_of(("TUR", "GNA", "support", XSS_NAME, XSS_NAME))
    page = html_for(relations, actors)
    assert "</script><script>alert" not in page
    assert "<img src=x" not in page
    nodes, edges = graph_data(page)
    assert {n["label"] for n in nodes} == {XSS_NAME, "GNA"}
    assert XSS_NAME in edges[0]["title"]


def test_no_pyvis_link_template() -> None:
    page = html_for(relations_of(("TUR", "GNA", "support", 'see <a href="https://example.org">here</a>')))
    assert "div.popup" not in page and "tooltip_link" not in page


@pytest.mark.parametrize("value,forbidden", [
    ("</script>", "</"), ("<!--", "<!"), ("a & b", "&"), ("line\u2028break", "\u2028"), ("x\u2029y", "\u2029")])
def test_script_json_escapes(value: str, forbidden: str) -> None:
    text = script_json({"v": value})
    assert forbidden not in text
    assert json.loads(text) == {"v": value}


def test_legend_escapes_types_and_names_relations() -> None:
    legend = legend_html(["state", "<b>bold</b>"])
    assert "&lt;b&gt;bold&lt;/b&gt;" in legend and "<b>" not in legend
    assert all(relation in legend for relation in RELATION_COLOURS)


def test_build_graph_keeps_parallel_edges_and_attributes() -> None:
    edges = aggregate_edges(RELATIONS)
    graph = build_graph(edges, ACTORS)
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == len(edges)
    assert set(graph["TUR"]["LNA"]) == {"support"} and set(graph["LNA"]["TUR"]) == {"opposition"}
    data = graph["TUR"]["GNA"]["support"]
    assert (data["evidence"], data["directed"], data["sources"]) == (3, True, "Outlet")
    assert graph.nodes["TUR"]["label"] == "Turkey" and graph.nodes["TUR"]["mentions"] == 50


@pytest.mark.parametrize("evidence,strongest,expected", [(1, 1, 1.5), (840, 840, 9.0), (1, 840, 1.82), (30, 840, 5.08)])
def test_edge_width_is_relative_and_capped(evidence: int, strongest: int, expected: float) -> None:
    assert edge_width(evidence, strongest) == pytest.approx(expected, abs=0.01)
