"""The sidebar filter applied to relations, articles and mentions."""
from __future__ import annotations

import pandas as pd
import pytest

from views.filters import RelationFilter, describe, filter_articles, filter_mentions, filter_relations


def relations_frame(rows: list[tuple[str, str, str, str, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["source", "actor1", "actor2", "relation", "confidence"])


RELATIONS = relations_frame([
    ("Anadolu", "Turkey", "GNA", "support", 0.9),
    ("Anadolu", "LNA", "GNA", "opposition", 0.5),
    ("TASS", "Russia", "LNA", "support", 0.4),
    ("TASS", "Russia", "Turkey", "mediation", 0.7),
    ("Ahram", "Egypt", "LNA", "support", 0.2),
])


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(), 5),
    (RelationFilter(sources=("TASS",)), 2),
    (RelationFilter(sources=("TASS", "Ahram")), 3),
    (RelationFilter(relations=("support",)), 3),
    (RelationFilter(relations=("opposition", "mediation")), 2),
    (RelationFilter(actors=("LNA",)), 3),
    (RelationFilter(actors=("Turkey", "Egypt")), 3),
    (RelationFilter(min_confidence=0.5), 3),
    (RelationFilter(sources=("Anadolu",), relations=("support",), actors=("GNA",), min_confidence=0.8), 1),
    (RelationFilter(relations=()), 0),
    (RelationFilter(sources=("Nobody",)), 0),
    (RelationFilter(min_confidence=0.95), 0),
])
def test_filter_relations_counts(chosen: RelationFilter, expected: int) -> None:
    assert len(filter_relations(RELATIONS, chosen)) == expected


def test_actor_matches_either_end() -> None:
    kept = filter_relations(RELATIONS, RelationFilter(actors=("GNA",)))
    assert set(kept["actor1"]) == {"Turkey", "LNA"} and set(kept["actor2"]) == {"GNA"}


def test_empty_result_keeps_columns() -> None:
    kept = filter_relations(RELATIONS, RelationFilter(sources=("Nobody",)))
    assert kept.empty and list(kept.columns) == list(RELATIONS.columns)


ARTICLES = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "outlet": ["Anadolu", "TASS", ""]})
MENTIONS = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a3"], "actor_id": ["Turkey", "GNA", "Russia", "Turkey"]})


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(), ["a1", "a2", "a3"]),
    (RelationFilter(sources=("TASS",)), ["a2"]),
    (RelationFilter(sources=("Nobody",)), []),
])
def test_filter_articles(chosen: RelationFilter, expected: list[str]) -> None:
    assert list(filter_articles(ARTICLES, chosen)["article_id"]) == expected


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(), [("a1", "Turkey"), ("a1", "GNA"), ("a2", "Russia"), ("a3", "Turkey")]),
    (RelationFilter(sources=("Anadolu",)), [("a1", "Turkey"), ("a1", "GNA")]),
    (RelationFilter(actors=("Turkey",)), [("a1", "Turkey"), ("a3", "Turkey")]),
    (RelationFilter(sources=("TASS",), actors=("Turkey",)), []),
])
def test_filter_mentions(chosen: RelationFilter, expected: list[tuple[str, str]]) -> None:
    kept = filter_mentions(MENTIONS, ARTICLES, chosen)
    assert list(zip(kept["article_id"], kept["actor_id"])) == expected


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(), "sources: all; relations: support, opposition, mediation; actors: all"),
    (RelationFilter(sources=("TASS",), actors=("GNA",)), "sources: TASS; relations: support, opposition, mediation; actors: Tripoli government"),
    (RelationFilter(relations=(), min_confidence=0.5), "sources: all; relations: none; actors: all; confidence ≥ 0.50"),
])
def test_describe(chosen: RelationFilter, expected: str) -> None:
    assert describe(chosen, {"GNA": "Tripoli government"}) == expected


@pytest.mark.parametrize("chosen,default", [
    (RelationFilter(), True),
    (RelationFilter(min_confidence=0.1), False),
    (RelationFilter(relations=("support",)), False),
])
def test_is_default(chosen: RelationFilter, default: bool) -> None:
    assert chosen.is_default is default
