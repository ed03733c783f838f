"""Word search: the words of a query, highlighting in escaped text, and the SQL over evidence sentences."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import frame_tables
from extract.schema import RELATION_COLUMNS
from views.filters import RelationFilter
from views.queries import search_sentences
from views.search import highlight_html, search_words


@pytest.mark.parametrize("query,expected", [
    ("", []),
    ("  drones  Sirte ", ["drones", "Sirte"]),
    ("drones drones", ["drones"]),
])
def test_search_words(query: str, expected: list[str]) -> None:
    assert search_words(query) == expected


@pytest.mark.parametrize("text,words,expected", [
    ("Turkish drones hit Sirte.", ["drones", "sirte"], "Turkish <mark>drones</mark> hit <mark>Sirte</mark>."),
    ("Drones, drones", ["drones"], "<mark>Drones</mark>, <mark>drones</mark>"),
    ("no match here", ["drones"], "no match here"),
    ("<img src=x onerror=alert(1)> drones", ["drones"], "&lt;img src=x onerror=alert(1)&gt; <mark>drones</mark>"),
    ("a <b> tag", ["<b>"], "a <mark>&lt;b&gt;</mark> tag"),
    ("UAE drones", [], "UAE drones"),
])
def test_highlight_html_escapes_text_and_marks_words(text: str, words: list[str], expected: str) -> None:
    assert highlight_html(text, words) == expected


def relations(rows: list[tuple[str, int, str, str, str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["article_id", "start", "source", "date", "relation", "evidence"])
    return frame.assign(end=frame["start"] + 10, actor1="UAE", actor2="LNA", confidence=0.5, speaker="", cue="",
                        rule="", event_date="")[RELATION_COLUMNS]


ROWS = relations([
    ("a", 0, "X", "2020-01-02", "support", "The UAE sent drones to Haftar near Sirte."),
    ("a", 0, "X", "2020-01-02", "opposition", "The UAE sent drones to Haftar near Sirte."),
    ("b", 5, "Y", "2019-05-01", "support", "Drones struck Tripoli."),
    ("c", 9, "Y", "", "support", "100% of the 50_drones claim"),
])


@pytest.mark.parametrize("words,chosen,expected", [
    (["drones"], RelationFilter(), ["a", "b", "c"]),
    (["drones", "sirte"], RelationFilter(), ["a"]),
    (["DRONES"], RelationFilter(sources=("Y",)), ["b", "c"]),
    (["drones"], RelationFilter(date_to="2019-12-31", include_undated=False), ["b"]),
    (["%"], RelationFilter(), ["c"]),
    (["0_d"], RelationFilter(), ["c"]),
    (["tanks"], RelationFilter(), []),
])
def test_search_sentences_finds_every_word_under_the_filter(words: list[str], chosen: RelationFilter, expected: list[str]) -> None:
    assert search_sentences(frame_tables(relations=ROWS), chosen, words, limit=10)["article_id"].tolist() == expected


def test_search_sentences_is_one_row_per_sentence_and_fetches_one_over_the_limit() -> None:
    hits = search_sentences(frame_tables(relations=ROWS), RelationFilter(), ["drones"], limit=1)
    assert hits["article_id"].tolist() == ["a", "b"]
    assert sorted(hits["relations"].iloc[0].split("; ")) == ["UAE opposition LNA", "UAE support LNA"]


def test_search_sentences_runs_with_the_most_words_searched() -> None:
    from views.search import MAX_SEARCH_WORDS

    words = search_words(" ".join(f"w{i}" for i in range(999)))
    assert len(words) == MAX_SEARCH_WORDS
    assert search_sentences(frame_tables(relations=ROWS), RelationFilter(), words, limit=5).empty
