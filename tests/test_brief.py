"""The Markdown brief of the filtered view, built from the same queries the pages use."""
from __future__ import annotations

import datetime
import html
import re

import pandas as pd
import pytest
from markdown_it import MarkdownIt

from conftest import frame_tables
from extract.schema import RELATION_COLUMNS
from extract.store import ARTICLE_STORE_COLUMNS
from views import queries
from views.brief import QUOTE_CANDIDATES, QUOTE_CHARS, is_headline, markdown_brief, strongest_edges
from views.filters import RelationFilter, describe
from views.markup import WORD_JOINER, md_plain
from views.store import with_reviews

HOSTILE = "*bold* [link](http://x) <script>alert(1)</script> ![i](http://y/i.png) `code` $x$"
NAMES = {"TUR": "Turkey", "GNA": "Government of National Accord", "LNA": "Libyan National Army", "RUS": "Russia",
         "EGY": "Egypt"}
DAY = datetime.date(2026, 12, 1)
ARTICLES = [("a1", "Reuters", "2020-01-10", "Turkey sends troops"), ("a2", "Reuters", "2020-02-11", "Talks in Moscow"),
            ("a3", "TASS", "2020-03-12", "Haftar advances"), ("a4", "", "", "A note without outlet")]
# (article, actor1, actor2, relation, confidence, evidence)
RELATIONS = [
    ("a1", "TUR", "GNA", "support", 0.9, "Turkey sent troops to back the GNA."),
    ("a1", "TUR", "GNA", "support", 0.6, "Ankara keeps supporting Tripoli."),
    ("a3", "TUR", "GNA", "support", 0.7, "Turkish drones help the GNA."),
    ("a3", "RUS", "LNA", "support", 0.8, "Russia backs Haftar."),
    ("a3", "RUS", "LNA", "support", 0.5, "Moscow is said to help the LNA."),
    ("a2", "LNA", "TUR", "opposition", 0.85, "Haftar threatened Turkey."),
    ("a2", "TUR", "LNA", "opposition", 0.65, "Turkey condemned the LNA."),
    ("a2", "RUS", "TUR", "mediation", 0.75, "Russia and Turkey brokered talks."),
    ("a4", "EGY", "LNA", "support", 0.4, "Egypt armed the LNA."),
]


def tables_of(articles=ARTICLES, relations=RELATIONS):
    outlets = {a: (o, d) for a, o, d, _ in articles}
    article_rows = pd.DataFrame([{"article_id": a, "outlet": o, "date": d, "title": t, "author": "", "url": "", "notes": "",
                                  "text": ""} for a, o, d, t in articles], columns=ARTICLE_STORE_COLUMNS)
    relation_rows = pd.DataFrame(
        [{"article_id": a, "source": outlets[a][0], "date": outlets[a][1], "actor1": x, "actor2": y, "relation": r,
          "evidence": e, "start": 10 * n, "end": 10 * n + 5, "confidence": c, "speaker": "", "cue": "c", "rule": "r", "event_date": ""}
         for n, (a, x, y, r, c, e) in enumerate(relations)], columns=RELATION_COLUMNS)
    return frame_tables(articles=article_rows, relations=relation_rows)


def brief_of(tables, chosen: RelationFilter = RelationFilter(), *, top: int = 10) -> str:
    """The brief made the way views.cached.brief makes it, from the queries."""
    edges = queries.edges(tables, chosen)
    excerpts = queries.edge_excerpt_rows(tables, chosen, strongest_edges(edges, top), per_edge=QUOTE_CANDIDATES)
    return markdown_brief(title="Brief", filter_text=describe(chosen, NAMES), generated=DAY,
                          corpus=queries.corpus_by_source(tables, chosen), edges=edges, excerpts=excerpts,
                          titles=queries.article_titles(tables, excerpts["article_id"]), names=NAMES, top=top)


def section(brief: str, heading: str) -> str:
    return brief.split(heading, 1)[1].split("\n## ", 1)[0]


def edge_sections(brief: str) -> list[str]:
    return section(brief, "## The ").split("\n### ")[1:]


def test_brief_gives_the_figures_of_the_filtered_view() -> None:
    brief = brief_of(tables_of())
    assert brief.startswith("# Brief\n\nGenerated 2026-12-01 · filter: " + md_plain("sources: all; relations: support, opposition"))
    assert section(brief, "## Figures").strip().splitlines() == [
        "- Articles: 4 (published 2020-01-10 to 2020-03-12)",
        "- Sources: 2",
        "- Actors on an edge: 5",
        "- Edges (actor pair and relation): 5",
        "- Relation sentences: 9",
    ]
    assert section(brief, "## Relations by type").strip().splitlines()[2:] == [
        "| support | 3 | 6 |", "| opposition | 1 | 2 |", "| mediation | 1 | 1 |"]


def test_strongest_edges_in_order_each_with_its_most_confident_sentence() -> None:
    sections = edge_sections(brief_of(tables_of()))
    assert [s.splitlines()[0] for s in sections] == [
        "1. Turkey → Government of National Accord · support",
        "2. Libyan National Army – Turkey · opposition",  # 2 sentences, mean 0.75
        "3. Russia → Libyan National Army · support",  # 2 sentences, mean 0.65
        "4. Russia – Turkey · mediation",
        "5. Egypt → Libyan National Army · support",
    ]
    for text in sections:
        assert sum(line.startswith("> ") for line in text.splitlines()) == 1
    first = sections[0]
    assert "3 evidence sentences in 2 articles from 2 sources; mean confidence 0.73." in first
    assert "> Turkey sent troops to back the GNA." in first
    assert "— Reuters, 2020-01-10, “Turkey sends troops” (confidence 0.90)" in first
    assert "> Haftar threatened Turkey." in sections[1]
    assert f"— {md_plain('(no outlet)')}, undated, “A note without outlet” (confidence 0.40)" in sections[4]


def test_top_limits_the_edges() -> None:
    brief = brief_of(tables_of(), top=2)
    assert "## The 2 strongest edges" in brief and len(edge_sections(brief)) == 2


def test_brief_follows_the_filter() -> None:
    chosen = RelationFilter(sources=("TASS",))
    brief = brief_of(tables_of(), chosen)
    assert "filter: " + md_plain("sources: TASS;") in brief
    assert "- Articles: 1 (published 2020-03-12 to 2020-03-12)" in brief and "- Relation sentences: 3" in brief
    assert "Reuters" not in brief
    assert [s.splitlines()[0] for s in edge_sections(brief)] == [
        "1. Russia → Libyan National Army · support", "2. Turkey → Government of National Accord · support"]
    assert "> Turkish drones help the GNA." in brief


def rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


@pytest.mark.parametrize("where", ["evidence", "title", "outlet"])
def test_hostile_article_text_renders_as_text(where: str) -> None:
    article = ("a1", HOSTILE if where == "outlet" else "Reuters", "2020-01-10", HOSTILE if where == "title" else "Title")
    sentence = HOSTILE if where == "evidence" else "Turkey backs the GNA."
    page = rendered(brief_of(tables_of([article], [("a1", "TUR", "GNA", "support", 0.9, sentence)])))
    for forbidden in ("<script", "<em>", "<strong>", "<a ", "<img", "<code>", "href="):
        assert forbidden not in page
    assert "*bold* [link](http" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_hostile_quote_stays_one_blockquote_line() -> None:
    sentence = "Turkey backs\nthe GNA.\n\n# Heading\n- item"
    brief = brief_of(tables_of(relations=[("a1", "TUR", "GNA", "support", 0.9, sentence)]))
    page = rendered(brief)
    assert page.count("<blockquote>") == 1 and "<h1>Heading" not in page and "<li>item" not in page
    assert "> Turkey backs the GNA. # Heading - item" in brief


def test_hostile_filter_words_and_actor_names_are_escaped() -> None:
    chosen = RelationFilter(sources=(HOSTILE,))
    brief = markdown_brief(title="Brief", filter_text=describe(chosen, NAMES), generated=DAY,
                           corpus=queries.corpus_by_source(tables_of(), chosen), edges=queries.edges(tables_of(), chosen),
                           excerpts=pd.DataFrame(columns=RELATION_COLUMNS), titles=pd.DataFrame(columns=["article_id", "title"]),
                           names=NAMES)
    page = rendered(brief)
    assert "<a " not in page and "<em>" not in page and "&lt;script&gt;" in page


def test_empty_view_gives_a_sensible_brief() -> None:
    brief = brief_of(tables_of(), RelationFilter(relations=()))
    assert "filter: " + md_plain("sources: all; relations: none; actors: all") in brief
    assert "- Relation sentences: 0" in brief and "- Edges (actor pair and relation): 0" in brief
    assert "- Articles: 4" in brief
    assert "No relation sentence passes this filter" in brief
    assert "## The" not in brief and "> " not in brief


def test_empty_corpus_has_no_dates() -> None:
    brief = brief_of(tables_of(articles=[], relations=[]))
    assert "- Articles: 0\n" in brief and "published" not in brief


def test_a_very_long_sentence_is_cut_in_the_quote() -> None:
    sentence = "Turkey backs the GNA " + "and more " * 200 + "END."
    brief = brief_of(tables_of(relations=[("a1", "TUR", "GNA", "support", 0.9, sentence)]))
    quote = next(line for line in brief.splitlines() if line.startswith("> "))
    assert quote.startswith("> Turkey backs the GNA and more") and quote.endswith("…") and "END" not in quote
    assert len(quote) <= 2 + QUOTE_CHARS


def test_a_quote_confirmed_by_hand_says_so() -> None:
    reviews = pd.DataFrame([{"article_id": "a1", "start": 0, "end": 5, "actor1": "TUR", "actor2": "GNA",
                             "relation": "support", "verdict": "confirmed", "reason": "", "reviewer": "",
                             "reviewed_at": "2026-01-01T00:00:00+00:00"}])
    sections = edge_sections(brief_of(with_reviews(tables_of(), reviews)))
    assert "(confidence 0.90; confirmed by hand)" in sections[0]
    assert "by hand" not in sections[1]


def plain_text(markdown: str) -> str:
    """What a Markdown viewer shows: CommonMark with GitHub's tables and strikethrough, tags stripped."""
    page = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", page)).strip().replace(WORD_JOINER, "")


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE,
        "# Heading", "## Not a heading either", "> quoted", "- item", "+ item", "* item", "1. Turkey", "12) Russia",
        "---", "===", "| a | b |", "~~struck~~", "_em_ and __strong__", "a\\*b and a \\ b", "&amp; &#65; AT&T",
        "<b>x</b> <https://example.org>", "[x]: http://y", "`code`", "Turkey, Russia and Egypt", "2019-06-30",
        "U.S.-backed (GNA) forces: 1.5 million!", "snake_case_name", "2- The Russians came knocking",
    ],
)
def test_md_plain_renders_as_exactly_the_text(text: str) -> None:
    assert plain_text(md_plain(text)) == text


@pytest.mark.parametrize("text", ["Turkey, Russia and Egypt", "2019-06-30", "U.S.-backed (GNA) forces: 1.5 million!",
                                  "Haftar's \"offensive\" on Tripoli", "snake_case_name", "2- The Russians"])
def test_md_plain_leaves_ordinary_text_as_written(text: str) -> None:
    assert md_plain(text) == text


def test_the_raw_brief_reads_without_needless_escapes() -> None:
    brief = brief_of(tables_of(relations=[("a1", "TUR", "GNA", "support", 0.9, "Turkey, Russia and Egypt met on 2019-06-30.")]))
    assert "> Turkey, Russia and Egypt met on 2019-06-30." in brief
    assert "\\," not in brief and "\\-" not in brief and "\\." not in brief


HEADLINE = "Turkey Pledges Drones For Libya's Tripoli Government"


@pytest.mark.parametrize(
    "headline",
    [HEADLINE, "Turkey sends troops"],  # written as a headline; the article's own title
    ids=["title case", "the title"],
)
def test_a_headline_is_not_the_quote_when_a_sentence_is_there(headline: str) -> None:
    relations = [("a1", "TUR", "GNA", "support", 0.95, headline), ("a1", "TUR", "GNA", "support", 0.7, "Ankara sent drones.")]
    first = edge_sections(brief_of(tables_of(relations=relations)))[0]
    assert [line for line in first.splitlines() if line.startswith("> ")] == ["> Ankara sent drones."]
    assert "headline" not in first


def test_an_edge_stated_only_in_a_headline_is_quoted_with_it_marked() -> None:
    first = edge_sections(brief_of(tables_of(relations=[("a1", "TUR", "GNA", "support", 0.95, HEADLINE)])))[0]
    assert f"> {md_plain(HEADLINE)}" in first
    assert "— Reuters, 2020-01-10, “Turkey sends troops”, headline (confidence 0.95)" in first


@pytest.mark.parametrize(
    "sentence,title,expected",
    [(HEADLINE, "", True), ("Turkey sends troops", "Turkey sends troops.", True), ("Turkey sent troops to Libya.", "", False),
     ("Turkey Sent Troops To Libya.", "", False)],
)
def test_is_headline(sentence: str, title: str, expected: bool) -> None:
    assert is_headline(sentence, title) is expected
