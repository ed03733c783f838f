"""Files offered for download: spreadsheet-safe CSV and the network as GraphML and GEXF.

The graph files carry time: `with_time` gives every edge the spells (days, or
the month or year an event is dated to) it is stated on, and every actor the
union of its edges' spells. GEXF writes them as `<spells>` with the graph in
dynamic mode, which Gephi's timeline plays; GraphML, which has no time, gets the
first and last day (`start`, `end`) and the spells as text (`spells`:
"2020-01-14/2020-01-14; 2020-06-01/2020-06-30", ISO 8601 intervals).
"""
from __future__ import annotations

import datetime
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from extract.export import spreadsheet_csv
from extract.schema import ACTOR_COLUMNS, RELATION_COLUMNS
from views.filters import RelationFilter
from views.network import build_graph
from views.queries import edge_periods
from views.store import Tables

# networkx is imported where a graph file is written: the pages import this module for the CSV downloads.
if TYPE_CHECKING:
    import networkx as nx

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
    import networkx as nx

    safe = nx.MultiDiGraph()
    for node, attributes in graph.nodes(data=True):
        safe.add_node(xml_text(node), **{name: xml_text(value) for name, value in attributes.items()})
    for first, second, key, attributes in graph.edges(keys=True, data=True):
        safe.add_edge(xml_text(first), xml_text(second), key=xml_text(key),
                      **{name: xml_text(value) for name, value in attributes.items()})
    return safe


def merge_spells(periods: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """ISO-day periods (start, end) merged where they overlap or touch, in order."""
    merged: list[tuple[str, str]] = []
    for start, end in sorted(periods):
        if merged:
            last_start, last_end = merged[-1]
            following = (datetime.date.fromisoformat(last_end) + datetime.timedelta(days=1)).isoformat()
            if start <= following:
                merged[-1] = (last_start, max(last_end, end))
                continue
        merged.append((start, end))
    return merged


def with_time(graph: nx.MultiDiGraph, periods: pd.DataFrame) -> nx.MultiDiGraph:
    """A copy of `graph` (views.network.build_graph) whose edges and actors carry `spells`, `start` and `end`
    from `periods` (views.queries.edge_periods: actor1, actor2, relation, start, end). An edge or actor
    with no dated evidence gets none: Gephi shows it at every time."""
    timed = graph.copy()
    by_edge: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for a, b, relation, start, end in periods[["actor1", "actor2", "relation", "start", "end"]].itertuples(index=False):
        by_edge.setdefault((a, b, relation), []).append((start, end))
    by_node: dict[str, list[tuple[str, str]]] = {}
    for first, second, key, attributes in timed.edges(keys=True, data=True):
        found = by_edge.get((first, second, key), [])
        if found:
            attributes.update(_time(found))
            by_node.setdefault(first, []).extend(found)
            by_node.setdefault(second, []).extend(found)
    for node, found in by_node.items():
        timed.nodes[node].update(_time(found))
    return timed


def dated_graph(tables: Tables, chosen: RelationFilter, edges: pd.DataFrame, actors: pd.DataFrame) -> nx.MultiDiGraph:
    """The filtered network (views.network.build_graph over `edges`) with the time of its evidence."""
    return with_time(build_graph(edges, actors), edge_periods(tables, chosen))


def _time(periods: list[tuple[str, str]]) -> dict[str, object]:
    merged = merge_spells(periods)
    return {"start": merged[0][0], "end": merged[-1][1], "spells": merged}


def _spells_as_text(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML holds no lists: spells become ISO 8601 intervals joined by "; "."""
    flat = graph.copy()
    for attributes in [*(d for _, d in flat.nodes(data=True)), *(d for _, _, d in flat.edges(data=True))]:
        if "spells" in attributes:
            attributes["spells"] = "; ".join(f"{start}/{end}" for start, end in attributes["spells"])
    return flat


def _spells_only(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GEXF: the spells say when; a start and end beside them would also make the whole span one interval."""
    spelled = graph.copy()
    for attributes in [*(d for _, d in spelled.nodes(data=True)), *(d for _, _, d in spelled.edges(data=True))]:
        if "spells" in attributes:
            attributes.pop("start", None)
            attributes.pop("end", None)
    return spelled


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(xml_safe_graph(_spells_as_text(graph)), buffer, encoding="utf-8")
    return buffer.getvalue()


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(xml_safe_graph(_spells_only(graph)), buffer, encoding="utf-8")
    return buffer.getvalue()
