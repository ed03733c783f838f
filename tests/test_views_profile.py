"""The actor profile's tables: names, counterparts by relation and direction, months, strongest sentences, reviews."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import frame_tables
from extract.schema import RELATION_COLUMNS
from views.filters import RelationFilter
from views.profile import (COUNTERPART_DTYPES, MONTH_DTYPES, actor_facts, counterparts, month_counts,
                           relation_totals, reviewed_rows, strongest_sentences)
from views.queries import actor_outlet_counts
from views.store import with_reviews


def relations(rows: list[tuple[str, str, str, str, str, float, int]]) -> pd.DataFrame:
    """Relation rows (source, actor1, relation, actor2, date, confidence, sentence number); the sentence number
    places the row in article art-<number>, so two rows with one number share their sentence."""
    frame = pd.DataFrame(rows, columns=["source", "actor1", "relation", "actor2", "date", "confidence", "sentence"])
    return frame.assign(article_id=[f"art-{n}" for n in frame["sentence"]], start=0, end=10,
                        evidence=[f"Sentence {n}." for n in frame["sentence"]], speaker="", cue="", rule="", event_date="")[RELATION_COLUMNS]


ROWS = relations([
    ("Outlet A", "Egypt", "support", "LNA", "2020-01-10", 0.9, 1),
    ("Outlet B", "Egypt", "support", "LNA", "2020-03-02", 0.5, 2),
    ("Outlet A", "UAE", "support", "Egypt", "2020-03-05", 0.7, 3),
    ("Outlet B", "Egypt", "opposition", "GNA", "2020-03-20", 0.8, 4),
    ("Outlet B", "GNA", "opposition", "Egypt", "", 0.6, 5),
    ("Outlet A", "Egypt", "mediation", "Russia", "2020-03-21", 0.4, 6),
    ("Outlet A", "Egypt", "opposition", "Russia", "2020-03-21", 0.3, 6),  # the same sentence as the mediation
    ("Outlet A", "Turkey", "support", "GNA", "2020-02-01", 0.95, 7),  # Egypt is not on it
])
NAMES = {"Egypt": "Egypt", "LNA": "Libyan National Army", "GNA": "Government of National Accord", "UAE": "UAE",
         "Russia": "Russia"}
ACTORS = pd.DataFrame([
    {"actor_id": "Egypt", "name": "Egypt", "type": "state", "country_code": "EG", "mentions": 12, "articles": 4,
     "aliases": "Egypt; Cairo; Egyptian;  ; Cairo"},
    {"actor_id": "Nameless", "name": "", "type": "", "country_code": "", "mentions": 0, "articles": 0, "aliases": ""},
])


def test_actor_facts_split_the_aliases_once_each_and_fall_back_to_the_id() -> None:
    facts = actor_facts(ACTORS, "Egypt")
    assert (facts.name, facts.type, facts.country_code, facts.mentions, facts.articles) == ("Egypt", "state", "EG", 12, 4)
    assert facts.aliases == ("Egypt", "Cairo", "Egyptian")
    assert actor_facts(ACTORS, "Nameless").name == "Nameless" and actor_facts(ACTORS, "Nameless").aliases == ()
    assert actor_facts(ACTORS, "nobody") is None


def test_counterparts_split_support_by_direction_and_count_outlets() -> None:
    tables = frame_tables(relations=ROWS)
    table = counterparts(actor_outlet_counts(tables, RelationFilter(), "Egypt"), NAMES)
    assert list(table.columns) == list(COUNTERPART_DTYPES)
    rows = {r["counterpart"]: r for r in table.to_dict("records")}
    assert set(rows) == {"LNA", "UAE", "GNA", "Russia"}
    lna, uae, gna, russia = rows["LNA"], rows["UAE"], rows["GNA"], rows["Russia"]
    assert (lna["supports"], lna["supported by"], lna["total"], lna["outlets"]) == (2, 0, 2, 2)
    # UAE backs Egypt: "supported by", not "supports"
    assert (uae["supports"], uae["supported by"], uae["total"]) == (0, 1, 1)
    # opposition has no direction: both orders count
    assert (gna["opposition"], gna["outlets"]) == (2, 1)
    assert (russia["mediation"], russia["opposition"]) == (1, 1)
    assert table["counterpart"].tolist()[:2] in (["GNA", "LNA"], ["LNA", "GNA"])  # most evidence first
    assert table["name"].tolist()[table["counterpart"].tolist().index("GNA")] == "Government of National Accord"
    assert relation_totals(table) == {"supports": 2, "supported by": 1, "opposition": 3, "mediation": 1}


def test_counterparts_follow_the_filter_and_are_empty_without_evidence() -> None:
    tables = frame_tables(relations=ROWS)
    only_a = counterparts(actor_outlet_counts(tables, RelationFilter(sources=("Outlet A",)), "Egypt"), NAMES)
    assert set(only_a["counterpart"]) == {"LNA", "UAE", "Russia"}
    nothing = counterparts(actor_outlet_counts(tables, RelationFilter(), "Nobody"), NAMES)
    assert nothing.empty and list(nothing.columns) == list(COUNTERPART_DTYPES)


def test_month_counts_list_every_month_from_first_to_last_and_leave_undated_rows_out() -> None:
    months = month_counts(frame_tables(relations=ROWS), RelationFilter(), "Egypt")
    assert list(months.columns) == list(MONTH_DTYPES)
    assert months["month"].tolist() == ["2020-01", "2020-02", "2020-03"]
    assert months.set_index("month").loc["2020-02"].sum() == 0  # nothing said about Egypt in February
    march = months.set_index("month").loc["2020-03"]
    assert (march["supports"], march["supported by"], march["opposition"], march["mediation"]) == (1, 1, 2, 1)
    # the undated GNA -> Egypt opposition is in no month
    assert int(months["opposition"].sum()) == 2
    assert month_counts(frame_tables(relations=ROWS), RelationFilter(), "Nobody").empty


def test_strongest_sentences_list_each_sentence_once_most_confident_first() -> None:
    strongest = strongest_sentences(frame_tables(relations=ROWS), RelationFilter(), "Egypt", limit=10)
    assert strongest["evidence"].tolist() == ["Sentence 1.", "Sentence 4.", "Sentence 3.", "Sentence 5.", "Sentence 2.",
                                              "Sentence 6."]
    # sentence 6 states a mediation (0.4) and an opposition (0.3): the mediation is kept
    assert strongest.iloc[-1]["relation"] == "mediation"
    assert len(strongest_sentences(frame_tables(relations=ROWS), RelationFilter(), "Egypt", limit=2)) == 2
    assert strongest_sentences(frame_tables(relations=ROWS), RelationFilter(min_confidence=0.85), "Egypt",
                               limit=10)["evidence"].tolist() == ["Sentence 1."]


@pytest.mark.parametrize("actor,expected", [("Egypt", ["art-2"]), ("LNA", ["art-2"]), ("Turkey", [])])
def test_reviewed_rows_are_those_with_a_review_on_the_actor(actor: str, expected: list[str]) -> None:
    reviews = pd.DataFrame([{"article_id": "art-2", "start": 0, "end": 10, "actor1": "Egypt", "actor2": "LNA",
                             "relation": "support", "verdict": "rejected", "reason": "a denial",
                             "reviewer": "", "reviewed_at": "2026-01-01T00:00:00+00:00"}])
    tables = with_reviews(frame_tables(relations=ROWS), reviews)
    found = reviewed_rows(tables, actor)
    assert found["article_id"].tolist() == expected
    assert found["review_reason"].tolist() == ["a denial"] * len(expected)
