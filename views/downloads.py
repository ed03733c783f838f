"""Files offered for download: spreadsheet-safe CSV and the network as GraphML and GEXF."""
from __future__ import annotations

import io

import networkx as nx
import pandas as pd

from extract.export import spreadsheet_csv
from extract.schema import ACTOR_COLUMNS, RELATION_COLUMNS


def relations_csv(relations: pd.DataFrame) -> bytes:
    """The filtered relation rows with the extractor's columns; cells cannot start a formula."""
    return spreadsheet_csv(relations[RELATION_COLUMNS])


def actors_csv(actors: pd.DataFrame) -> bytes:
    return spreadsheet_csv(actors[ACTOR_COLUMNS])


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue()


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer, encoding="utf-8")
    return buffer.getvalue()
