"""Search in article passages: splitting a text into passages, and the query over the articles table."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import frame_tables
from views.filters import RelationFilter
from views.queries import search_passages
from views.search import MAX_PASSAGE_CHARS, PASSAGE_DTYPES, passage_spans


@pytest.mark.parametrize("text,expected", [
    ("One.\n\nTwo two.\n", ["One.", "Two two."]),
    ("  Indented line  \r\nNext\n\n\n  \nLast", ["Indented line", "Next", "Last"]),
    ("", []),
    ("\n \n\t\n", []),
    ("single line, no break", ["single line, no break"]),
])
def test_passage_spans_are_the_lines_without_surrounding_space(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in passage_spans(text)] == expected


def test_a_long_line_is_cut_at_sentence_ends() -> None:
    sentence = "The drones flew over Sirte again today. "
    text = "Title\n" + sentence * 100
    spans = passage_spans(text)
    pieces = [text[start:end] for start, end in spans]
    assert pieces[0] == "Title" and len(pieces) > 2
    assert all(p.startswith("The drones") and p.endswith("today.") for p in pieces[1:])
    assert all(len(p) <= MAX_PASSAGE_CHARS + len(sentence) for p in pieces)
    # nothing is lost between the pieces but the spaces that separate them
    assert " ".join(pieces[1:]) == text[6:].strip()


TEXTS = {
    "a": "UAE drones over Sirte\n\nThe UAE sent drones.\nNothing here.\n\nSirte was quiet; drones, DRONES.",
    "b": "Drones struck Tripoli.\n\nNo word of the city.",
    "c": "Sirte alone.\n\nAnd more Sirte.",
    "d": "100% of 50_drones were counted.\n\nOther paragraph with 10 percent.",
    "e": "drones and Sirte, undated.",
}
ARTICLES = pd.DataFrame({
    "article_id": list(TEXTS),
    "outlet": ["X", "Y", "X", "Y", "X"],
    "date": ["2020-01-02", "2019-05-01", "2020-03-01", "2020-02-01", ""],
    "title": ["Drones", "Tripoli", "Sirte", "Numbers", "Undated"],
    "author": "", "url": "", "notes": "",
    "text": list(TEXTS.values()),
})


def found(words: list[str], chosen: RelationFilter = RelationFilter(), limit: int = 10) -> pd.DataFrame:
    return search_passages(frame_tables(articles=ARTICLES), chosen, words, limit=limit)


@pytest.mark.parametrize("words,chosen,expected", [
    # most hits first, then newest, undated last
    (["drones"], RelationFilter(), ["a", "d", "b", "e"]),
    (["drones", "sirte"], RelationFilter(), ["a", "e"]),
    (["DRONES"], RelationFilter(sources=("Y",)), ["d", "b"]),
    (["drones"], RelationFilter(date_to="2019-12-31", include_undated=False), ["b"]),
    (["drones"], RelationFilter(date_from="2020-01-01", include_undated=False), ["a", "d"]),
    (["drones"], RelationFilter(date_from="2020-01-01"), ["a", "d", "e"]),
    (["%"], RelationFilter(), ["d"]),
    (["0_d"], RelationFilter(), ["d"]),
    (["tanks"], RelationFilter(), []),
    ([], RelationFilter(), []),
])
def test_articles_holding_every_word_under_the_sources_and_dates(words: list[str], chosen: RelationFilter,
                                                                  expected: list[str]) -> None:
    assert found(words, chosen)["article_id"].unique().tolist() == expected


def test_passages_hold_a_word_and_their_offsets_point_into_the_text() -> None:
    hits = found(["drones", "sirte"])
    assert list(hits.columns) == list(PASSAGE_DTYPES)
    for hit in hits.itertuples(index=False):
        assert TEXTS[hit.article_id][hit.start:hit.end] == hit.passage
    # "Nothing here." holds neither word; passages with both words come first, then text order
    assert hits[hits["article_id"] == "a"]["passage"].tolist() == [
        "UAE drones over Sirte", "Sirte was quiet; drones, DRONES.", "The UAE sent drones."]


def test_articles_ranked_by_hits_and_the_total_reported_past_the_limit() -> None:
    everything = found(["drones"])
    assert everything.drop_duplicates("article_id")[["article_id", "hits"]].values.tolist() == [
        ["a", 4], ["d", 1], ["b", 1], ["e", 1]]
    limited = found(["drones"], limit=2)
    assert limited["article_id"].unique().tolist() == ["a", "d"]
    assert set(limited["matched"]) == {4}


def test_wildcards_are_literal_in_the_passages_too() -> None:
    hits = found(["%"])
    assert hits["passage"].tolist() == ["100% of 50_drones were counted."]


def test_a_query_of_999_words_is_capped_with_a_message_and_runs() -> None:
    """Issue 18, item 7: 999 words made DuckDB refuse the query ("max expression depth"), shown as a traceback."""
    from views.search import MAX_SEARCH_WORDS, search_words, too_many_words

    query = "Turkey " + " ".join(f"w{i}" for i in range(998))
    words = search_words(query)
    assert len(words) == MAX_SEARCH_WORDS and words[0] == "Turkey"
    assert too_many_words(query) == (f"The search takes at most {MAX_SEARCH_WORDS} words; only the first "
                                     f"{MAX_SEARCH_WORDS} of the 999 typed are searched.")
    assert too_many_words("Turkey drones") == ""
    assert found(words).empty  # no article holds every word; the query itself runs
    assert found(["drones", *(f"d{i}" for i in range(MAX_SEARCH_WORDS - 1))]).empty
