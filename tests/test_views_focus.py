"""Focus on one actor: its neighbourhood in the edge table, and how each outlet describes its relations."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import edges_of, frame_tables
from extract.schema import RELATION_COLUMNS
from views.filters import RelationFilter
from views.focus import BREAKDOWN_DTYPES, edge_actors, neighbourhood, outlet_breakdown
from views.queries import actor_outlet_counts, actor_outlet_evidence


def relations(rows: list[tuple[str, str, str, str, str, float]]) -> pd.DataFrame:
    """Relation rows (source, actor1, relation, actor2, date, confidence), one article per row."""
    frame = pd.DataFrame(rows, columns=["source", "actor1", "relation", "actor2", "date", "confidence"])
    return frame.assign(article_id=[f"art-{k}" for k in range(len(frame))], start=0, end=10, evidence="A sentence.",
                        speaker="", cue="", rule="", event_date="")[RELATION_COLUMNS]


# A chain with a triangle and a far pair:  D - A -> B - C - E,  A - C,  C - E is two steps from A, E - F three.
CHAIN = relations([
    ("X", "A", "support", "B", "2020-01-01", 0.9),
    ("X", "B", "opposition", "C", "2020-01-01", 0.9),
    ("X", "A", "mediation", "C", "2020-01-01", 0.9),
    ("X", "D", "support", "A", "2020-01-01", 0.9),
    ("X", "C", "opposition", "E", "2020-01-01", 0.9),
    ("X", "E", "support", "F", "2020-01-01", 0.9),
])


def pairs(edges: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(edges["actor1"], edges["actor2"]))


@pytest.mark.parametrize("actor,hops,expected", [
    # one hop: the actor's own edges; B - C joins two neighbours of A but is not A's
    ("A", 1, {("A", "B"), ("A", "C"), ("D", "A")}),
    # two hops: every edge of A's neighbours too (C - E); E - F starts two steps away and is left out
    ("A", 2, {("A", "B"), ("A", "C"), ("D", "A"), ("B", "C"), ("C", "E")}),
    ("F", 1, {("E", "F")}),
    ("F", 2, {("E", "F"), ("C", "E")}),
    ("A", 3, {("A", "B"), ("A", "C"), ("D", "A"), ("B", "C"), ("C", "E"), ("E", "F")}),
    ("nobody", 2, set()),
])
def test_neighbourhood_keeps_edges_reached_within_the_hops(actor: str, hops: int, expected: set) -> None:
    assert pairs(neighbourhood(edges_of(CHAIN), actor, hops)) == expected


def test_neighbourhood_ignores_direction_and_keeps_the_order_and_columns() -> None:
    edges = edges_of(CHAIN)
    near = neighbourhood(edges, "B", 1)
    assert list(near.columns) == list(edges.columns)
    # B is the target of A's support: direction does not make A any farther
    assert pairs(near) == {("A", "B"), ("B", "C")}
    assert near.index.tolist() == [0, 1]
    assert near.to_dict("records") == edges[edges["actor1"].eq("B") | edges["actor2"].eq("B")].to_dict("records")


def test_neighbourhood_refuses_zero_hops() -> None:
    with pytest.raises(ValueError, match="hops must be 1 or more"):
        neighbourhood(edges_of(CHAIN), "A", 0)


def test_edge_actors_sorted_by_name() -> None:
    names = {"A": "zeta", "B": "Alpha", "C": "beta"}
    assert edge_actors(edges_of(CHAIN), names) == ["B", "C", "D", "E", "F", "A"]


OUTLETS = relations([
    ("X", "Turkey", "support", "GNA", "2020-01-01", 0.9),
    ("X", "Turkey", "support", "GNA", "2020-01-02", 0.8),
    ("X", "Qatar", "support", "GNA", "2020-01-02", 0.7),
    ("X", "GNA", "support", "Sarraj", "2020-01-02", 0.6),
    ("X", "GNA", "opposition", "LNA", "2020-01-03", 0.5),
    ("Y", "LNA", "opposition", "GNA", "2020-02-01", 0.4),
    ("Y", "UN", "mediation", "GNA", "2020-02-01", 0.3),
    ("", "Turkey", "support", "GNA", "", 0.2),
    ("Y", "Turkey", "support", "LNA", "2020-02-01", 0.9),  # not about the GNA
    ("Y", "Egypt", "support", "GNA", "2020-02-01", 0.1),
])


def test_actor_outlet_counts_counts_per_outlet_relation_role_and_counterpart() -> None:
    counts = actor_outlet_counts(frame_tables(relations=OUTLETS), RelationFilter(min_confidence=0.15), "GNA")
    assert counts.to_dict("records") == [
        {"source": "(no outlet)", "relation": "support", "role": "actor2", "counterpart": "Turkey", "evidence": 1},
        {"source": "X", "relation": "opposition", "role": "actor1", "counterpart": "LNA", "evidence": 1},
        {"source": "X", "relation": "support", "role": "actor1", "counterpart": "Sarraj", "evidence": 1},
        {"source": "X", "relation": "support", "role": "actor2", "counterpart": "Qatar", "evidence": 1},
        {"source": "X", "relation": "support", "role": "actor2", "counterpart": "Turkey", "evidence": 2},
        {"source": "Y", "relation": "mediation", "role": "actor2", "counterpart": "UN", "evidence": 1},
        {"source": "Y", "relation": "opposition", "role": "actor2", "counterpart": "LNA", "evidence": 1},
    ]


def test_actor_outlet_counts_follow_the_filter() -> None:
    tables = frame_tables(relations=OUTLETS)
    counts = actor_outlet_counts(tables, RelationFilter(sources=("Y",), relations=("opposition", "mediation")), "GNA")
    assert counts[["source", "counterpart"]].values.tolist() == [["Y", "UN"], ["Y", "LNA"]]
    assert actor_outlet_counts(tables, RelationFilter(), "nobody").empty


def test_outlet_breakdown_names_counterparts_by_relation_and_direction() -> None:
    names = {"Turkey": "Turkey", "Qatar": "Qatar", "LNA": "Libyan National Army", "UN": "United Nations"}
    table = outlet_breakdown(actor_outlet_counts(frame_tables(relations=OUTLETS), RelationFilter(), "GNA"), names)
    assert table.to_dict("records") == [
        {"source": "X", "evidence": 5, "supports": "Sarraj (1)", "supported by": "Turkey (2), Qatar (1)",
         "opposition": "Libyan National Army (1)", "mediation": ""},
        {"source": "Y", "evidence": 3, "supports": "", "supported by": "Egypt (1)",
         "opposition": "Libyan National Army (1)", "mediation": "United Nations (1)"},
        {"source": "(no outlet)", "evidence": 1, "supports": "", "supported by": "Turkey (1)", "opposition": "",
         "mediation": ""},
    ]


def test_outlet_breakdown_of_nothing_is_an_empty_table_with_its_columns() -> None:
    table = outlet_breakdown(actor_outlet_counts(frame_tables(relations=OUTLETS), RelationFilter(), "nobody"), {})
    assert table.empty and list(table.columns) == list(BREAKDOWN_DTYPES)


def test_actor_outlet_evidence_keeps_the_most_confident_per_outlet() -> None:
    rows = actor_outlet_evidence(frame_tables(relations=OUTLETS), RelationFilter(), "GNA", per_outlet=2)
    assert rows[["outlet", "confidence"]].values.tolist() == [
        ["(no outlet)", 0.2], ["X", 0.9], ["X", 0.8], ["Y", 0.4], ["Y", 0.3],
    ]
    assert set(RELATION_COLUMNS) <= set(rows.columns)
