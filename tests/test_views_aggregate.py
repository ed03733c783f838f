"""Relation rows counted into edges, counts per source and claims per outlet (views.queries, then views.aggregate)."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import frame_tables
from extract.schema import RELATION_COLUMNS
from views import queries
from views.aggregate import NO_OUTLET, EDGE_COLUMNS, claim_label, compare_outlets, mention_matrix, relation_count_grid, top_pairs
from views.aggregate import pair_by_source as pair_matrix
from views.downloads import REVIEW_COLUMNS
from views.aggregate import pair_claims as claims_table
from views.filters import RelationFilter

ALL = RelationFilter()

NAMES = {"Turkey": "Turkey", "GNA": "GNA", "LNA": "LNA", "Russia": "Russia"}


def rows(*specs: tuple) -> pd.DataFrame:
    """(article_id, source, actor1, actor2, relation[, confidence]) -> relation table."""
    records = []
    for number, spec in enumerate(specs):
        article_id, source, actor1, actor2, relation, *rest = spec
        records.append({"article_id": article_id, "source": source, "date": "2020-01-01", "actor1": actor1,
                        "actor2": actor2, "relation": relation, "evidence": f"sentence {number}", "start": number * 10,
                        "end": number * 10 + 9, "confidence": rest[0] if rest else 0.5, "speaker": "", "cue": "c", "rule": "r", "event_date": ""})
    return pd.DataFrame(records, columns=RELATION_COLUMNS)


def aggregate_edges(relations: pd.DataFrame) -> pd.DataFrame:
    return queries.edges(frame_tables(relations=relations), ALL)


def edge_evidence(relations: pd.DataFrame, actor1: str, actor2: str, relation: str) -> pd.DataFrame:
    return queries.edge_evidence(frame_tables(relations=relations), ALL, (actor1, actor2, relation), limit=100)


def actor_evidence(relations: pd.DataFrame, actor: str) -> pd.DataFrame:
    return queries.actor_evidence(frame_tables(relations=relations), ALL, actor, limit=100)


def relation_counts_by_source(relations: pd.DataFrame) -> pd.DataFrame:
    return relation_count_grid(queries.relation_counts(frame_tables(relations=relations), ALL))


def pair_claims(relations: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    return claims_table(queries.claim_counts(frame_tables(relations=relations), ALL), names)


def pair_by_source(relations: pd.DataFrame, actor_a: str, actor_b: str, names: dict[str, str]) -> pd.DataFrame:
    return pair_matrix(queries.claim_counts(frame_tables(relations=relations), ALL, pair=(actor_a, actor_b)), names)


def edge_set(edges: pd.DataFrame) -> set[tuple[str, str, str, int]]:
    return set(zip(edges["actor1"], edges["actor2"], edges["relation"], edges["evidence"]))


@pytest.mark.parametrize("relations,expected", [
    (rows(("a", "S", "Turkey", "GNA", "support"), ("b", "S", "Turkey", "GNA", "support")),
     {("Turkey", "GNA", "support", 2)}),
    # two relations between one pair are two edges
    (rows(("a", "S", "Turkey", "LNA", "support"), ("a", "S", "Turkey", "LNA", "opposition")),
     {("Turkey", "LNA", "support", 1), ("LNA", "Turkey", "opposition", 1)}),
    # support is directed: both directions are kept apart
    (rows(("a", "S", "Turkey", "GNA", "support"), ("a", "S", "GNA", "Turkey", "support")),
     {("Turkey", "GNA", "support", 1), ("GNA", "Turkey", "support", 1)}),
    # opposition and mediation are not: both orders merge
    (rows(("a", "S", "LNA", "GNA", "opposition"), ("b", "T", "GNA", "LNA", "opposition")),
     {("GNA", "LNA", "opposition", 2)}),
    (rows(("a", "S", "Turkey", "Russia", "mediation"), ("b", "S", "Russia", "Turkey", "mediation")),
     {("Russia", "Turkey", "mediation", 2)}),
])
def test_aggregate_edges(relations: pd.DataFrame, expected: set) -> None:
    assert edge_set(aggregate_edges(relations)) == expected


def test_edge_counts_articles_sources_confidence() -> None:
    edges = aggregate_edges(rows(("a", "S", "Turkey", "GNA", "support", 0.9), ("a", "S", "Turkey", "GNA", "support", 0.5),
                                 ("b", "T", "Turkey", "GNA", "support", 0.4)))
    edge = edges.iloc[0]
    assert (edge["evidence"], edge["articles"], edge["sources"], edge["source_names"]) == (3, 2, 2, "S; T")
    assert edge["confidence"] == pytest.approx(0.6)


def test_edges_sorted_strongest_first_then_by_key() -> None:
    edges = aggregate_edges(rows(("a", "S", "Russia", "LNA", "support"), ("a", "S", "Turkey", "GNA", "support"),
                                 ("b", "S", "Turkey", "GNA", "support"), ("a", "S", "GNA", "LNA", "opposition")))
    assert list(zip(edges["actor1"], edges["evidence"])) == [("Turkey", 2), ("GNA", 1), ("Russia", 1)]


def test_empty_relations_give_empty_edges_with_columns() -> None:
    edges = aggregate_edges(rows())
    assert edges.empty and list(edges.columns) == EDGE_COLUMNS


def test_edge_evidence_finds_rows_in_either_order_for_undirected() -> None:
    relations = rows(("a", "S", "LNA", "GNA", "opposition", 0.3), ("b", "S", "GNA", "LNA", "opposition", 0.8),
                     ("c", "S", "GNA", "LNA", "support"))
    found = edge_evidence(relations, "GNA", "LNA", "opposition")
    assert list(found["article_id"]) == ["b", "a"]


def test_edge_evidence_keeps_support_direction() -> None:
    relations = rows(("a", "S", "Turkey", "GNA", "support"), ("b", "S", "GNA", "Turkey", "support"))
    assert list(edge_evidence(relations, "GNA", "Turkey", "support")["article_id"]) == ["b"]


def test_actor_evidence_either_end() -> None:
    relations = rows(("a", "S", "Turkey", "GNA", "support"), ("b", "S", "LNA", "Turkey", "opposition"),
                     ("c", "S", "Russia", "LNA", "support"))
    assert set(actor_evidence(relations, "Turkey")["article_id"]) == {"a", "b"}


def test_relation_counts_fill_zero_for_every_type() -> None:
    counts = relation_counts_by_source(rows(("a", "S", "Turkey", "GNA", "support"), ("b", "T", "LNA", "GNA", "opposition"),
                                            ("c", "T", "LNA", "GNA", "opposition")))
    table = counts.set_index(["source", "relation"])["count"].to_dict()
    assert table == {("S", "support"): 1, ("S", "opposition"): 0, ("S", "mediation"): 0,
                     ("T", "support"): 0, ("T", "opposition"): 2, ("T", "mediation"): 0}


def test_mentions_by_source_matrix() -> None:
    mentions = pd.DataFrame({"article_id": ["a", "a", "b", "c"], "actor_id": ["Turkey", "GNA", "Turkey", "Turkey"],
                             "text": "x", "start": 0, "end": 1, "kind": "alias"})
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["S", "T", "T"], "date": "", "title": "",
                             "author": "", "url": "", "notes": "", "text": ""})
    matrix = mention_matrix(queries.mention_counts(frame_tables(mentions=mentions, articles=articles)))
    assert matrix.loc["Turkey"].to_dict() == {"S": 1, "T": 2}
    assert matrix.loc["GNA"].to_dict() == {"S": 1, "T": 0}


@pytest.mark.parametrize("relation,actor1,actor2,expected", [
    ("support", "Turkey", "GNA", "Turkey supports GNA"),
    ("support", "GNA", "Turkey", "GNA supports Turkey"),
    ("opposition", "LNA", "GNA", "opposition"),
    ("mediation", "Russia", "Turkey", "mediation"),
])
def test_claim_label(relation: str, actor1: str, actor2: str, expected: str) -> None:
    assert claim_label(relation, actor1, actor2, NAMES) == expected


def test_pair_claims_marks_disagreement() -> None:
    relations = rows(("a", "Anadolu", "Turkey", "LNA", "support"), ("b", "TASS", "LNA", "Turkey", "opposition"),
                     ("c", "Anadolu", "Turkey", "GNA", "support"), ("d", "TASS", "Turkey", "GNA", "support"))
    claims = pair_claims(relations, NAMES)
    disputed = claims[claims["disagree"]]
    assert set(zip(disputed["claim"], disputed["asserted_by"], disputed["not_asserted_by"])) == {
        ("Turkey supports LNA", "Anadolu", "TASS"), ("opposition", "TASS", "Anadolu")}
    agreed = claims[~claims["disagree"]]
    assert list(zip(agreed["claim"], agreed["asserted_by"], agreed["evidence"])) == [("Turkey supports GNA", "Anadolu; TASS", 2)]
    assert list(claims["disagree"]) == [True, True, False]


def test_one_outlet_alone_never_disagrees() -> None:
    claims = pair_claims(rows(("a", "S", "Turkey", "LNA", "support"), ("b", "S", "Turkey", "LNA", "opposition")), NAMES)
    assert not claims["disagree"].any() and len(claims) == 2


@pytest.mark.parametrize(
    "first,second",
    [
        (("Turkey", "GNA", "support"), ("GNA", "Turkey", "support")),  # mutual support
        (("Russia", "Turkey", "mediation"), ("Russia", "Turkey", "support")),  # support beside mediation
        (("Russia", "Turkey", "mediation"), ("Russia", "Turkey", "opposition")),  # talks between foes
    ],
    ids=["both directions of support", "support and mediation", "opposition and mediation"],
)
def test_compatible_claims_are_no_disagreement(first: tuple, second: tuple) -> None:
    claims = pair_claims(rows(("a", "S", *first), ("b", "T", *second)), NAMES)
    assert not claims["disagree"].any() and len(claims) == 2


@pytest.mark.parametrize("support", [("Turkey", "GNA"), ("GNA", "Turkey")])
def test_support_against_opposition_from_two_outlets_disagrees(support: tuple) -> None:
    claims = pair_claims(rows(("a", "S", *support, "support"), ("b", "T", "GNA", "Turkey", "opposition"),
                              ("c", "T", "Turkey", "GNA", "mediation")), NAMES)
    assert claims["disagree"].all()


def test_two_outlets_side_by_side() -> None:
    relations = rows(("a", "Anadolu", "Turkey", "LNA", "opposition"), ("b", "TASS", "Turkey", "LNA", "support"),
                     ("c", "Anadolu", "Turkey", "GNA", "support"), ("d", "TASS", "Turkey", "GNA", "support"),
                     ("e", "TASS", "Turkey", "GNA", "support"), ("f", "Anadolu", "Russia", "Turkey", "mediation"),
                     ("g", "TASS", "Russia", "LNA", "support"), ("h", "Anadolu", "Russia", "GNA", "mediation"),
                     ("i", "TASS", "Russia", "GNA", "opposition"), ("j", "Other", "Russia", "LNA", "opposition"))
    claims = queries.claim_counts(frame_tables(relations=relations), ALL)
    table = compare_outlets(claims, "Anadolu", "TASS", NAMES)
    assert table.values.tolist() == [
        ["LNA – Turkey", "Turkey supports LNA", 0, 1, "contradicted by Anadolu"],
        ["LNA – Turkey", "opposition", 1, 0, "contradicted by TASS"],
        ["GNA – Russia", "opposition", 0, 1, "Anadolu reports the pair, not this"],
        ["GNA – Russia", "mediation", 1, 0, "TASS reports the pair, not this"],
        ["GNA – Turkey", "Turkey supports GNA", 1, 2, "both"],
        ["LNA – Russia", "Russia supports LNA", 0, 1, "only TASS reports the pair"],
        ["Russia – Turkey", "mediation", 1, 0, "only Anadolu reports the pair"],
    ]
    assert compare_outlets(claims, "Anadolu", "Anadolu", NAMES).empty
    assert compare_outlets(claims, "Nobody", "Neither", NAMES).empty


def test_pair_claims_empty() -> None:
    assert pair_claims(rows(), NAMES).empty


def test_edge_evidence_is_capped_most_confident_first() -> None:
    relations = rows(*[("a", "S", "Turkey", "GNA", "support", c) for c in (0.2, 0.9, 0.5)])
    found = queries.edge_evidence(frame_tables(relations=relations), ALL, ("Turkey", "GNA", "support"), limit=2)
    assert found["confidence"].tolist() == [0.9, 0.5]


def test_edge_excerpts_are_the_most_confident_rows_of_drawn_edges() -> None:
    relations = rows(("a", "S", "Turkey", "GNA", "support", 0.2), ("b", "S", "Turkey", "GNA", "support", 0.9),
                     ("c", "S", "GNA", "LNA", "opposition", 0.5), ("d", "S", "LNA", "GNA", "opposition", 0.7),
                     ("e", "S", "Russia", "LNA", "support", 0.8))
    tables = frame_tables(relations=relations)
    drawn = queries.edges(tables, ALL)
    drawn = drawn[drawn["actor1"] != "Russia"]
    excerpts = queries.edge_excerpt_rows(tables, ALL, drawn, per_edge=1)
    assert sorted(excerpts["article_id"]) == ["b", "d"]
    assert list(excerpts.columns) == [*RELATION_COLUMNS, *REVIEW_COLUMNS]


def test_pair_by_source_counts_both_orders() -> None:
    relations = rows(("a", "Anadolu", "Turkey", "Russia", "mediation"), ("b", "TASS", "Russia", "Turkey", "opposition"),
                     ("c", "TASS", "Russia", "Turkey", "opposition"), ("d", "TASS", "Turkey", "GNA", "support"))
    matrix = pair_by_source(relations, "Turkey", "Russia", NAMES)
    assert matrix.to_dict() == {"mediation": {"Anadolu": 1, "TASS": 0}, "opposition": {"Anadolu": 0, "TASS": 2}}


def test_articles_without_outlet_are_labelled() -> None:
    relations = rows(("a", "", "Turkey", "GNA", "support"), ("b", "S", "Turkey", "GNA", "support"))
    assert aggregate_edges(relations).iloc[0]["source_names"] == f"{NO_OUTLET}; S"
    assert set(relation_counts_by_source(relations)["source"]) == {NO_OUTLET, "S"}
    assert pair_claims(relations, NAMES).iloc[0]["asserted_by"] == f"{NO_OUTLET}; S"


def test_top_pairs_keeps_disputed_then_strongest_in_claims_order() -> None:
    relations = rows(("a", "Anadolu", "Turkey", "Russia", "support"), ("b", "TASS", "Russia", "Turkey", "opposition"),
                     ("c", "S", "Turkey", "GNA", "support"), ("d", "S", "Turkey", "GNA", "support"),
                     ("e", "S", "LNA", "GNA", "opposition"))
    claims = pair_claims(relations, NAMES)
    assert list(zip(top_pairs(claims, 2)["actor_a"], top_pairs(claims, 2)["actor_b"])) == [("Russia", "Turkey"), ("GNA", "Turkey")]
    assert len(top_pairs(claims, 9)) == 3 and top_pairs(claims, 9)["evidence"].tolist() == [2, 1, 2]
