"""Files offered for download: spreadsheet-safe CSV and the network as GraphML and GEXF."""
from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
import pandas as pd

from extract.export import spreadsheet_csv
from extract.schema import ACTOR_COLUMNS, RELATION_COLUMNS

# Characters XML 1.0 cannot hold (its Char production): most C0 controls, lone surrogates, U+FFFE/U+FFFF.
NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# U+FFFD, not deletion: the reader sees that a character was there.
XML_REPLACEMENT = "\ufffd"


# What the dashboard's relation rows carry beyond the extractor's columns (views.store: the analyst's reviews).
REVIEW_COLUMNS: list[str] = ["review", "review_reason"]


def relations_csv(relations: pd.DataFrame) -> bytes:
    """The filtered relation rows with the extractor's columns and, when the rows carry them, the review
    columns (confirmed / rejected / added, and the reason); cells cannot start a formula."""
    return spreadsheet_csv(relations[[*RELATION_COLUMNS, *(c for c in REVIEW_COLUMNS if c in relations.columns)]])


def actors_csv(actors: pd.DataFrame) -> bytes:
    return spreadsheet_csv(actors[ACTOR_COLUMNS])


def reviews_csv(path: Path) -> bytes:
    """The reviews file as the analyst wrote it, every cell as text (a row the dashboard cannot apply too),
    through the same writer as every other CSV download: a reason "=HYPERLINK(...)" is not a live formula."""
    return spreadsheet_csv(pd.read_csv(path, dtype=str, keep_default_na=False))


def xml_text(value: object) -> object:
    """A string with every character XML cannot hold replaced by U+FFFD; other values as they are."""
    return NOT_XML_CHAR.sub(XML_REPLACEMENT, value) if isinstance(value, str) else value


def xml_safe_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `graph` whose node ids, keys and text attributes are all valid XML text.

    An outlet or name with a control character (\\x0b, \\x00, \\x1b) or a lone
    surrogate would otherwise make the whole GraphML or GEXF file unreadable.
    """
    safe = nx.MultiDiGraph()
    for node, attributes in graph.nodes(data=True):
        safe.add_node(xml_text(node), **{name: xml_text(value) for name, value in attributes.items()})
    for first, second, key, attributes in graph.edges(keys=True, data=True):
        safe.add_edge(xml_text(first), xml_text(second), key=xml_text(key),
                      **{name: xml_text(value) for name, value in attributes.items()})
    return safe


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(xml_safe_graph(graph), buffer, encoding="utf-8")
    return buffer.getvalue()


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(xml_safe_graph(graph), buffer, encoding="utf-8")
    return buffer.getvalue()
