"""Article structure: what counts as the article's own text."""
from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from extract.structure import body_paragraphs

LEXICON = load_lexicon()


def kept(text: str) -> list[str]:
    return [p.text for p in body_paragraphs(text, LEXICON)]


@pytest.mark.parametrize(
    "marker",
    ["Leave A Reply", "Leave a comment", "12 Comments", "Comments", "Your email address will not be published.",
     "About Author", "Related articles", "You may also like", "The post Libya talks appeared first on Example News."],
)
def test_reading_stops_at_end_of_article_markers(marker: str) -> None:
    text = f"Turkey backs the GNA.\n\n{marker}\n\nRussia backs Haftar."
    assert kept(text) == ["Turkey backs the GNA."]


@pytest.mark.parametrize(
    "header",
    ["  1. David Chu says", "1.2.3. Someone Else says:", "Jane Doe says", "John wrote:"],
)
def test_reading_stops_at_a_reader_comment(header: str) -> None:
    text = f"Egypt backs Haftar.\n\n{header}\n\n    Qatar funds the GNA.\n"
    assert kept(text) == ["Egypt backs Haftar."]


@pytest.mark.parametrize(
    "line",
    ["Source: Al Monitor", "Source", "#Khalifa Haftar", "Share", "Tweet", "Submitted by InfoBrics, authored by a fellow",
     "Photo: Reuters", "Follow us on Twitter", "Tags: Libya, Turkey"],
)
def test_boilerplate_lines_are_skipped_but_reading_goes_on(line: str) -> None:
    text = f"Egypt backs Haftar.\n{line}\nTurkey backs the GNA."
    assert kept(text) == ["Egypt backs Haftar.", "Turkey backs the GNA."]


def test_editors_note_is_the_outlets_own_text() -> None:
    text = "Editor's note: Russia backs Haftar.\n\nThe report follows."
    assert kept(text)[0] == "Editor's note: Russia backs Haftar."


def test_offsets_point_into_the_original_text() -> None:
    text = "Title\n\n   Indented paragraph with Turkey.  \r\nNext one."
    for paragraph in body_paragraphs(text, LEXICON):
        assert text[paragraph.start : paragraph.end] == paragraph.text


def test_a_sentence_mentioning_says_is_not_a_comment() -> None:
    text = "Kalin says Turkey will keep backing the GNA despite the pressure from Paris.\nNext."
    assert len(kept(text)) == 2


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    from extract.lexicon import load_lexicon
    from extract.structure import body_paragraphs

    text = "Turkey sent drones and advisers to\nthe GNA in Tripoli, officials said.\nThe LNA denied it.\n\nnew line after a blank one"
    paragraphs = body_paragraphs(text, load_lexicon())
    assert [p.text for p in paragraphs] == [
        "Turkey sent drones and advisers to\nthe GNA in Tripoli, officials said.",
        "The LNA denied it.",
        "new line after a blank one",
    ]
    assert all(text[p.start : p.end] == p.text for p in paragraphs)


def test_a_wrapped_sentence_gives_its_relation() -> None:
    from extract.pipeline import extract_relations

    rows = extract_relations("Qatar has long been a generous backer of\nthe GNA, diplomats say.")
    assert ("Qatar", "support", "GNA") in {(r.actor1, r.relation, r.actor2) for r in rows.itertuples()}
    assert rows.iloc[0].evidence == "Qatar has long been a generous backer of\nthe GNA, diplomats say."
