"""The sidebar filter applied to relations, articles and mentions (as SQL, views.queries)."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import frame_tables
from extract.schema import RELATION_COLUMNS
from views import queries
from views.aggregate import filter_mention_counts
from views.downloads import REVIEW_COLUMNS
from views.filters import RelationFilter, describe


def relations_frame(rows: list[tuple[str, str, str, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["source", "actor1", "actor2", "relation", "confidence"])
    rest = {"article_id": [f"r{i}" for i in range(len(frame))], "date": "", "evidence": "e", "start": 0, "end": 1,
            "speaker": "", "cue": "", "rule": "", "event_date": ""}
    return frame.assign(**rest)[RELATION_COLUMNS]


def filter_relations(relations: pd.DataFrame, chosen: RelationFilter) -> pd.DataFrame:
    return queries.relation_rows(frame_tables(relations=relations), chosen)


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
    assert queries.count_relations(frame_tables(relations=RELATIONS), chosen) == expected


def test_actor_matches_either_end() -> None:
    kept = filter_relations(RELATIONS, RelationFilter(actors=("GNA",)))
    assert set(kept["actor1"]) == {"Turkey", "LNA"} and set(kept["actor2"]) == {"GNA"}


def test_empty_result_keeps_columns() -> None:
    kept = filter_relations(RELATIONS, RelationFilter(sources=("Nobody",)))
    assert kept.empty and list(kept.columns) == [*RELATIONS.columns, *REVIEW_COLUMNS]


ARTICLES = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "outlet": ["Anadolu", "TASS", ""], "date": "",
                         "title": ["One", "Two", "Three"], "author": "", "url": "", "notes": "", "text": ""})
MENTIONS = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a3"], "actor_id": ["Turkey", "GNA", "Russia", "Turkey"],
                         "text": "x", "start": 0, "end": 1, "kind": "alias"})


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(), ["a1", "a2", "a3"]),
    (RelationFilter(sources=("TASS",)), ["a2"]),
    (RelationFilter(sources=("Nobody",)), []),
])
def test_filter_articles(chosen: RelationFilter, expected: list[str]) -> None:
    choices = queries.article_choices(frame_tables(articles=ARTICLES), chosen, search="", limit=10)
    assert sorted(choices["article_id"]) == expected


@pytest.mark.parametrize("search,expected", [("TWO", ["a2"]), ("anad", ["a1"]), ("a3", ["a3"]), ("%", []), ("_", [])])
def test_article_search_matches_id_title_or_outlet_literally(search: str, expected: list[str]) -> None:
    choices = queries.article_choices(frame_tables(articles=ARTICLES), RelationFilter(), search=search, limit=10)
    assert sorted(choices["article_id"]) == expected


def test_linked_article_is_offered_beyond_filter_and_limit() -> None:
    tables = frame_tables(articles=ARTICLES)
    choices = queries.article_choices(tables, RelationFilter(sources=("TASS",)), search="", limit=1, include="a3")
    assert list(choices["article_id"]) == ["a3"]


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(), {("GNA", "Anadolu", 1), ("Russia", "TASS", 1), ("Turkey", "Anadolu", 1), ("Turkey", "(no outlet)", 1)}),
    (RelationFilter(sources=("Anadolu",)), {("GNA", "Anadolu", 1), ("Turkey", "Anadolu", 1)}),
    (RelationFilter(sources=("",)), {("Turkey", "(no outlet)", 1)}),
    (RelationFilter(actors=("Turkey",)), {("Turkey", "Anadolu", 1), ("Turkey", "(no outlet)", 1)}),
    (RelationFilter(sources=("TASS",), actors=("Turkey",)), set()),
])
def test_filter_mentions(chosen: RelationFilter, expected: set[tuple[str, str, int]]) -> None:
    kept = filter_mention_counts(queries.mention_counts(frame_tables(mentions=MENTIONS, articles=ARTICLES)), chosen)
    assert set(zip(kept["actor_id"], kept["source"], kept["mentions"])) == expected


DATED_ARTICLES = ARTICLES.assign(date=["2020-01-15", "2020-06-01", ""])


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(date_from="2020-02-01"), {("Russia", 1), ("Turkey", 1)}),
    (RelationFilter(date_from="2020-02-01", include_undated=False), {("Russia", 1)}),
    (RelationFilter(date_to="2020-01-31"), {("GNA", 1), ("Turkey", 2)}),
    (RelationFilter(date_from="2021-01-01", include_undated=False), set()),
])
def test_mention_counts_follow_the_date_range(chosen: RelationFilter, expected: set[tuple[str, int]]) -> None:
    counts = queries.mention_counts(frame_tables(mentions=MENTIONS, articles=DATED_ARTICLES), chosen.dates)
    totals = filter_mention_counts(counts, chosen).groupby("actor_id")["mentions"].sum()
    assert set(totals.items()) == expected


def test_mention_counts_without_dates_count_every_article() -> None:
    kept = filter_mention_counts(queries.mention_counts(frame_tables(mentions=MENTIONS, articles=DATED_ARTICLES)),
                                 RelationFilter(date_from="2021-01-01", include_undated=False))
    # The date range is applied when counting (views.cached), not by filter_mention_counts.
    assert set(kept.groupby("actor_id")["mentions"].sum().items()) == {("GNA", 1), ("Russia", 1), ("Turkey", 2)}


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


DATED = RELATIONS.assign(date=["2019-04-04", "2019-12-31", "2020-06-01", "", "2021-01-15"])


@pytest.mark.parametrize("chosen,expected", [
    (RelationFilter(), ["r0", "r1", "r2", "r3", "r4"]),
    (RelationFilter(date_from="2020-01-01"), ["r2", "r3", "r4"]),
    (RelationFilter(date_to="2019-12-31"), ["r0", "r1", "r3"]),
    (RelationFilter(date_from="2019-05-01", date_to="2020-06-01"), ["r1", "r2", "r3"]),
    (RelationFilter(date_from="2019-05-01", date_to="2020-06-01", include_undated=False), ["r1", "r2"]),
    (RelationFilter(include_undated=False), ["r0", "r1", "r2", "r4"]),
])
def test_date_range_keeps_dated_rows_inside_it_and_undated_ones_when_asked(chosen: RelationFilter, expected: list[str]) -> None:
    assert filter_relations(DATED, chosen)["article_id"].tolist() == expected


def test_date_range_applies_to_articles_and_undated_ones_are_counted() -> None:
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "date": ["2019-05-01", "", "2020-02-02"],
                             "title": "", "author": "", "url": "", "notes": "", "text": ""})
    tables = frame_tables(articles=articles, relations=DATED)
    corpus = queries.corpus_by_source(tables, RelationFilter(date_from="2020-01-01", include_undated=False))
    assert corpus[["source", "articles"]].values.tolist() == [["Y", 1]]
    assert queries.undated_counts(tables) == (1, 1)


def test_describe_says_the_date_range() -> None:
    assert describe(RelationFilter(date_from="2020-01-01"), {}).endswith("dates: 2020-01-01 to end (undated kept)")
    assert describe(RelationFilter(date_to="2019-12-31", include_undated=False), {}).endswith(
        "dates: start to 2019-12-31 (undated left out)")
    assert describe(RelationFilter(include_undated=False), {}).endswith("undated left out")


def test_describe_says_which_date_the_range_is_over() -> None:
    assert "publication dates: 2020-01-01 to end" in describe(RelationFilter(date_from="2020-01-01"), {})
    event = describe(RelationFilter(date_from="2020-01-01", date_basis="event"), {})
    assert "event dates: 2020-01-01 to end" in event
    assert event.endswith("dated by event date (publication where the sentence gives none)")
    assert "dated by" not in describe(RelationFilter(), {})
