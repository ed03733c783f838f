"""Reviews applied to the tables (views.store), and what the review pages derive from them (views.reviewing)."""
from __future__ import annotations

import io

import pandas as pd
import pytest

from conftest import frame_tables
from extract.reviews import empty_reviews, record_review
from extract.schema import RELATION_COLUMNS
from views import queries
from views.downloads import relations_csv
from views.filters import RelationFilter
from views.reviewing import review_problems, review_score, row_words, sentence_spans
from views.store import with_reviews

TEXT = "Turkey backs the GNA. Russia fights the GNA. Egypt hosted talks between the GNA and the LNA."
BACKS = (0, 21)
FIGHTS = (22, 44)
TALKS = (45, len(TEXT))


def relation(actor1: str, actor2: str, kind: str, span: tuple[int, int], confidence: float = 0.8) -> dict:
    return {"article_id": "a1", "source": "Wire", "date": "2020-06-01", "actor1": actor1, "actor2": actor2,
            "relation": kind, "evidence": TEXT[span[0]:span[1]], "start": span[0], "end": span[1],
            "confidence": confidence, "speaker": "", "cue": "", "rule": "test", "event_date": ""}


RELATIONS = pd.DataFrame([relation("Turkey", "GNA", "support", BACKS), relation("Russia", "GNA", "opposition", FIGHTS)],
                         columns=RELATION_COLUMNS)
ARTICLES = pd.DataFrame([{"article_id": "a1", "outlet": "Wire", "date": "2020-06-01", "title": "T", "author": "",
                          "url": "", "notes": "", "text": TEXT}])


def reviewed(*reviews: dict) -> object:
    frame = empty_reviews()
    for review in reviews:
        frame = record_review(frame, **{"reason": "", **review})
    return with_reviews(frame_tables(articles=ARTICLES, relations=RELATIONS), frame)


def review(actor1: str, actor2: str, kind: str, span: tuple[int, int], verdict: str, reason: str = "") -> dict:
    return {"article_id": "a1", "start": span[0], "end": span[1], "actor1": actor1, "actor2": actor2,
            "relation": kind, "verdict": verdict, "reason": reason}


def test_without_reviews_every_row_is_unreviewed() -> None:
    rows = queries.relation_rows(frame_tables(articles=ARTICLES, relations=RELATIONS), RelationFilter())
    assert rows["review"].tolist() == ["", ""]
    assert rows["review_reason"].tolist() == ["", ""]


def test_a_rejected_row_is_hidden_by_default_and_shown_on_request() -> None:
    tables = reviewed(review("Russia", "GNA", "opposition", FIGHTS, "rejected", "a quote from a denial"))
    assert queries.relation_rows(tables, RelationFilter())["actor1"].tolist() == ["Turkey"]
    shown = queries.relation_rows(tables, RelationFilter(show_rejected=True))
    assert shown.set_index("actor1").loc["Russia", ["review", "review_reason"]].tolist() == ["rejected", "a quote from a denial"]
    assert queries.rejected_count(tables) == 1
    assert queries.count_relations(tables, RelationFilter()) == 1
    assert len(queries.edges(tables, RelationFilter())) == 1


def test_an_undirected_review_matches_either_order_of_the_pair() -> None:
    tables = reviewed(review("GNA", "Russia", "opposition", FIGHTS, "rejected", "wrong"))
    assert queries.rejected_count(tables) == 1


def test_a_directed_review_in_the_other_direction_is_another_edge() -> None:
    tables = reviewed(review("GNA", "Turkey", "support", BACKS, "confirmed"))
    rows = queries.relation_rows(tables, RelationFilter())
    assert rows["review"].tolist() == ["", ""]
    assert review_problems(tables)["problem"].tolist() == ["edge no longer extracted"]


def test_a_confirmed_row_keeps_its_place_and_says_so() -> None:
    tables = reviewed(review("Turkey", "GNA", "support", BACKS, "confirmed"))
    rows = queries.relation_rows(tables, RelationFilter())
    assert rows.set_index("actor1")["review"].to_dict() == {"Turkey": "confirmed", "Russia": ""}


def test_an_added_relation_appears_with_its_sentence_as_evidence() -> None:
    tables = reviewed(review("Egypt", "GNA", "mediation", TALKS, "added", "missed host"))
    rows = queries.relation_rows(tables, RelationFilter())
    added = rows[rows["review"] == "added"].iloc[0]
    assert (added["actor1"], added["actor2"], added["relation"]) == ("Egypt", "GNA", "mediation")
    assert added["evidence"] == TEXT[TALKS[0]:TALKS[1]]
    assert (added["source"], added["date"], added["rule"], added["confidence"]) == ("Wire", "2020-06-01", "review", 1.0)
    assert (added["cue"], added["speaker"]) == ("", "")
    assert len(queries.edges(tables, RelationFilter())) == 3
    # The store itself is unchanged: saving a store never writes the review columns or added rows.
    assert list(tables.table("relations").columns) == RELATION_COLUMNS
    assert len(tables.table("relations")) == 2


def test_an_added_relation_the_extractor_already_finds_is_not_doubled() -> None:
    tables = reviewed(review("Turkey", "GNA", "support", BACKS, "added"))
    rows = queries.relation_rows(tables, RelationFilter())
    assert len(rows) == 2
    assert rows.set_index("actor1").loc["Turkey", "review"] == "added"


def test_added_relations_follow_the_filter() -> None:
    tables = reviewed(review("Egypt", "GNA", "mediation", TALKS, "added"))
    assert queries.count_relations(tables, RelationFilter(relations=("support",))) == 1
    assert queries.count_relations(tables, RelationFilter(sources=("Other",))) == 0
    assert queries.count_relations(tables, RelationFilter(date_to="2020-01-01")) == 0


def test_reviews_that_no_longer_fit_are_listed_not_applied() -> None:
    tables = reviewed(
        review("Turkey", "GNA", "support", BACKS, "confirmed"),
        review("Egypt", "LNA", "support", TALKS, "rejected", "no such edge"),
        review("Egypt", "GNA", "mediation", (10, len(TEXT) + 50), "added"),
        {**review("Egypt", "GNA", "mediation", TALKS, "added"), "article_id": "gone"},
    )
    found = review_problems(tables)[["article_id", "key1", "key2", "problem"]].values.tolist()
    assert ["a1", "Turkey", "GNA", ""] in found
    assert ["a1", "Egypt", "LNA", "edge no longer extracted"] in found
    assert ["a1", "Egypt", "GNA", "sentence no longer in the article"] in found
    assert ["gone", "Egypt", "GNA", "article no longer in the tables"] in found
    rows = queries.relation_rows(tables, RelationFilter(show_rejected=True))
    assert rows["review"].tolist() == ["confirmed", ""]


def test_the_score_against_reviews_counts_extracted_edges_only() -> None:
    tables = reviewed(
        review("Turkey", "GNA", "support", BACKS, "confirmed"),
        review("Russia", "GNA", "opposition", FIGHTS, "rejected", "wrong"),
        review("Egypt", "GNA", "mediation", TALKS, "added"),
    )
    score = review_score(tables)
    assert (score.true_positives, score.predicted, score.expected) == (1, 2, 2)


def test_downloads_carry_the_review_columns() -> None:
    tables = reviewed(review("Turkey", "GNA", "support", BACKS, "confirmed", "checked"))
    table = pd.read_csv(io.BytesIO(relations_csv(queries.relation_rows(tables, RelationFilter()))), dtype=str,
                        keep_default_na=False, encoding="utf-8-sig")
    assert list(table.columns) == [*RELATION_COLUMNS, "review", "review_reason"]
    assert table[["actor1", "review", "review_reason"]].values.tolist() == [["Turkey", "confirmed", "checked"], ["Russia", "", ""]]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Turkey backs the GNA. Russia does not.", ["Turkey backs the GNA.", "Russia does not."]),
        ("  One sentence only  ", ["One sentence only"]),
        ("Turkey, Russia talk\nANKARA\n\nTurkey backs the GNA. Egypt does not.",
         ["Turkey, Russia talk", "ANKARA", "Turkey backs the GNA.", "Egypt does not."]),
        ("", []),
    ],
)
def test_sentence_spans_point_at_the_sentences(text: str, sentences: list[str]) -> None:
    assert [text[start:end] for start, end in sentence_spans(text)] == sentences


def test_row_words_say_the_relation_and_the_review() -> None:
    row = next(queries.relation_rows(reviewed(review("Turkey", "GNA", "support", BACKS, "confirmed")),
                                     RelationFilter()).itertuples(index=False))
    assert row_words(row, {"GNA": "Government of National Accord"}) == (
        "Turkey → Government of National Accord · support [Confirmed by hand]: Turkey backs the GNA.")


def test_review_problems_quote_the_reviewed_sentence() -> None:
    tables = reviewed(review("Turkey", "GNA", "support", BACKS, "confirmed"),
                      review("Egypt", "LNA", "mediation", TALKS, "added"))
    listed = review_problems(tables).set_index("verdict")["sentence"]
    assert listed.to_dict() == {"confirmed": "Turkey backs the GNA.", "added": TEXT[TALKS[0]:TALKS[1]]}
