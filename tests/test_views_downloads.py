"""Downloads: spreadsheet-safe CSV with exactly the filtered rows; GraphML and GEXF that read back."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pandas as pd
import pytest

from extract.schema import ACTOR_COLUMNS, RELATION_COLUMNS
from conftest import edges_of, frame_tables, store_tables
from test_views_network import actors_of, relations_of
from views.downloads import actors_csv, dated_graph, gexf_bytes, graphml_bytes, merge_spells, relations_csv, reviews_csv
from views.filters import RelationFilter
from views.network import build_graph


def read_back(data: bytes) -> pd.DataFrame:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM so spreadsheets read UTF-8
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_relations_csv_has_exactly_the_filtered_rows(corpus_dir) -> None:
    relations = store_tables(corpus_dir)["relations"]
    kept = relations[relations["source"] == "Hürriyet Daily News"]
    table = read_back(relations_csv(kept))
    assert list(table.columns) == RELATION_COLUMNS
    assert len(table) == len(kept) == 4
    assert table["evidence"].tolist() == kept["evidence"].tolist()
    assert set(table["source"]) == {"Hürriyet Daily News"}


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx"])
def test_formula_cells_are_neutralized(cell: str) -> None:
    row = {c: "" for c in RELATION_COLUMNS} | {"evidence": cell, "actor1": cell, "start": 1, "end": 2, "confidence": 0.5}
    table = read_back(relations_csv(pd.DataFrame([row], columns=RELATION_COLUMNS)))
    assert table.loc[0, "evidence"].startswith("'")
    assert table.loc[0, "evidence"][1:].strip() == cell.strip()
    assert table.loc[0, "actor1"].startswith("'")
    assert table.loc[0, "confidence"] == "0.5"


def test_actors_csv_columns(corpus_dir) -> None:
    table = read_back(actors_csv(store_tables(corpus_dir)["actors"]))
    assert list(table.columns) == ACTOR_COLUMNS and len(table) == 6


@pytest.mark.parametrize("write,read", [(graphml_bytes, nx.read_graphml), (gexf_bytes, nx.read_gexf)])
def test_graph_files_round_trip(corpus_dir, write, read) -> None:
    data = store_tables(corpus_dir)
    edges = edges_of(data["relations"])
    graph = build_graph(edges, data["actors"])
    back = read(io.BytesIO(write(graph)))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == len(edges)
    triples = {(u, v, d["relation"], int(d["evidence"])) for u, v, d in back.edges(data=True)}
    assert triples == set(zip(edges["actor1"], edges["actor2"], edges["relation"], edges["evidence"]))
    assert back.nodes["Turkey"]["label"] == "Turkey"



CONTROL = "\x0b\x00\x1b\x7f"  # \x7f is allowed in XML 1.0; the others are not
REPLACED = "\ufffd\ufffd\ufffd\x7f"


@pytest.mark.parametrize("write,read", [(graphml_bytes, nx.read_graphml), (gexf_bytes, nx.read_gexf)])
def test_graph_files_with_control_characters_read_back(write, read) -> None:
    relations = pd.DataFrame([
        {c: "" for c in RELATION_COLUMNS} | {"article_id": "a", "source": f"Outlet{CONTROL}News", "actor1": f"Tur{CONTROL}key",
                                           "actor2": "GNA", "relation": "support", "evidence": "x", "start": 0, "end": 1,
                                           "confidence": 0.9},
        {c: "" for c in RELATION_COLUMNS} | {"article_id": "b", "source": "Plain", "actor1": f"Tur{CONTROL}key",
                                           "actor2": "GNA", "relation": "support", "evidence": "y", "start": 0, "end": 1,
                                           "confidence": 0.5},
    ], columns=RELATION_COLUMNS)
    actors = pd.DataFrame([
        {"actor_id": f"Tur{CONTROL}key", "name": f"Türkiye{CONTROL} “Ankara”", "type": "state\x1b", "country_code": "TR",
         "mentions": 3, "articles": 2, "aliases": ""},
        {"actor_id": "GNA", "name": "Government of National Accord", "type": "government", "country_code": "LY",
         "mentions": 1, "articles": 1, "aliases": ""},
    ], columns=ACTOR_COLUMNS)
    back = read(io.BytesIO(write(build_graph(edges_of(relations), actors))))
    turkey = f"Tur{REPLACED}key"
    assert set(back.nodes) == {turkey, "GNA"}
    assert back.nodes[turkey]["label"] == f"Türkiye{REPLACED} “Ankara”"
    assert back.nodes[turkey]["type"] == "state\ufffd"
    assert back.nodes["GNA"]["label"] == "Government of National Accord"
    [(first, second, edge)] = back.edges(data=True)
    assert (first, second, edge["relation"], int(edge["evidence"])) == (turkey, "GNA", "support", 2)
    assert edge["sources"] == f"Outlet{REPLACED}News; Plain"


@pytest.mark.parametrize("write,read", [(graphml_bytes, nx.read_graphml), (gexf_bytes, nx.read_gexf)])
def test_lone_surrogates_and_non_characters_are_replaced(write, read) -> None:
    # pandas' string columns cannot hold a lone surrogate, so this graph is built by hand.
    graph = nx.MultiDiGraph()
    graph.add_node("a\ud800", label="A\udfff name", mentions=2)
    graph.add_node("b", label="B\ufffe\uffff")
    graph.add_edge("a\ud800", "b", key="support", relation="support", sources="x\ud83d y")
    back = read(io.BytesIO(write(graph)))
    assert back.nodes["a\ufffd"]["label"] == "A\ufffd name" and int(back.nodes["a\ufffd"]["mentions"]) == 2
    assert back.nodes["b"]["label"] == "B\ufffd\ufffd"
    assert [d["sources"] for _, _, d in back.edges(data=True)] == ["x\ufffd y"]


def test_reviews_csv_neutralizes_formulas_and_keeps_every_cell(tmp_path) -> None:
    """Issue 18, item 5: the Reviews page served the raw file, a reason "=HYPERLINK(...)" a live formula."""
    from extract.reviews import save_review

    path = tmp_path / "reviews.csv"
    save_review(path, article_id="a1", start=0, end=20, actor1="Turkey", actor2="GNA", relation="support",
                verdict="rejected", reason='=HYPERLINK("http://evil.example","x")', reviewer="-me")
    table = pd.read_csv(io.BytesIO(reviews_csv(path)), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert table.columns.tolist() == raw.columns.tolist() and len(table) == 1
    assert table.loc[0, "reason"] == "'=HYPERLINK(\"http://evil.example\",\"x\")" and table.loc[0, "reviewer"] == "'-me"
    assert table.loc[0, "start"] == "0" and table.loc[0, "article_id"] == "a1"


def test_merge_spells_joins_overlapping_and_touching_periods() -> None:
    assert merge_spells([("2020-06-01", "2020-06-30"), ("2020-01-14", "2020-01-14"), ("2020-06-15", "2020-06-15"),
                         ("2020-07-01", "2020-07-01"), ("2020-01-16", "2020-01-16")]) == [
        ("2020-01-14", "2020-01-14"), ("2020-01-16", "2020-01-16"), ("2020-06-01", "2020-07-01")]
    assert merge_spells([]) == []


DATED = relations_of(("Turkey", "GNA", "support"), ("Turkey", "GNA", "support"), ("GNA", "LNA", "opposition"),
                     ("LNA", "GNA", "opposition"), ("Russia", "LNA", "support"))
DATED = DATED.assign(date=["2020-01-14", "2020-06-16", "2020-02-20", "2020-02-21", ""],
                     event_date=["", "", "2019", "", ""])


def dated_files(chosen: RelationFilter):
    tables = frame_tables(relations=DATED)
    actors = actors_of(("Turkey", "Turkey", "state", 3), ("GNA", "GNA", "government", 3), ("LNA", "LNA", "armed group", 3),
                       ("Russia", "Russia", "state", 1))
    return dated_graph(tables, chosen, edges_of(DATED), actors)


def test_gexf_carries_the_spells_of_edges_and_actors() -> None:
    data = gexf_bytes(dated_files(RelationFilter()))
    root = ET.fromstring(data)
    ns = {"g": root.tag.split("}")[0].strip("{")}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    spells = {(e.get("source"), e.get("target"), e.get("label") or e.get("id")): [(s.get("start"), s.get("end")) for s in
              e.findall("g:spells/g:spell", ns)] for e in graph.findall("g:edges/g:edge", ns)}
    by_pair = {(a, b): found for (a, b, _), found in spells.items()}
    assert by_pair[("Turkey", "GNA")] == [("2020-01-14", "2020-01-14"), ("2020-06-16", "2020-06-16")]
    assert by_pair[("GNA", "LNA")] == [("2020-02-20", "2020-02-21")]
    assert by_pair[("Russia", "LNA")] == []  # undated: no spell, shown at every time
    nodes = {n.get("id"): [(s.get("start"), s.get("end")) for s in n.findall("g:spells/g:spell", ns)]
             for n in graph.findall("g:nodes/g:node", ns)}
    assert nodes["GNA"] == [("2020-01-14", "2020-01-14"), ("2020-02-20", "2020-02-21"), ("2020-06-16", "2020-06-16")]
    assert nodes["Russia"] == []
    # Gephi's reader, networkx's, reads the file back.
    assert nx.read_gexf(io.BytesIO(data)).number_of_edges() == 3


def test_gexf_spells_follow_the_event_dates_when_chosen() -> None:
    graph = dated_files(RelationFilter(date_basis="event"))
    assert graph.edges["GNA", "LNA", "opposition"]["spells"] == [("2019-01-01", "2019-12-31"), ("2020-02-21", "2020-02-21")]


def test_graphml_carries_first_and_last_day_and_spells_as_text() -> None:
    back = nx.read_graphml(io.BytesIO(graphml_bytes(dated_files(RelationFilter()))))
    edge = next(d for a, b, d in back.edges(data=True) if (a, b) == ("Turkey", "GNA"))
    assert (edge["start"], edge["end"]) == ("2020-01-14", "2020-06-16")
    assert edge["spells"] == "2020-01-14/2020-01-14; 2020-06-16/2020-06-16"
    assert back.nodes["LNA"]["start"] == "2020-02-20" and "start" not in back.nodes["Russia"]
