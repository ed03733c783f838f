"""Downloads: spreadsheet-safe CSV with exactly the filtered rows; GraphML and GEXF that read back."""
from __future__ import annotations

import io

import networkx as nx
import pandas as pd
import pytest

from extract.schema import ACTOR_COLUMNS, RELATION_COLUMNS
from conftest import edges_of, store_tables
from views.downloads import actors_csv, gexf_bytes, graphml_bytes, relations_csv
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
