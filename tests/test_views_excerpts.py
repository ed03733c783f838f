"""Article HTML: mentions and evidence marked, every piece of text escaped."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from extract.schema import MENTION_COLUMNS, RELATION_COLUMNS
from views.excerpts import (article_header_html, article_html, evidence_anchor, evidence_card_html, passage_quote_html,
                            repeated_headline_end, safe_link)

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "\"><svg onload=alert(1)>",
    "' onmouseover='alert(1)",
]
NAMES = {"TUR": "Turkey", "GNA": "GNA", "LNA": "LNA"}


def mentions_in(text: str, *spans: tuple[str, str]) -> pd.DataFrame:
    rows = []
    for actor, surface in spans:
        start = text.index(surface)
        rows.append({"article_id": "a", "actor_id": actor, "text": surface, "start": start, "end": start + len(surface), "kind": "alias"})
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def relations_in(text: str, *specs: tuple[str, str, str, str]) -> pd.DataFrame:
    rows = []
    for sentence, actor1, actor2, relation in specs:
        start = text.index(sentence)
        rows.append({"article_id": "a", "source": "S", "date": "", "actor1": actor1, "actor2": actor2, "relation": relation,
                     "evidence": sentence, "start": start, "end": start + len(sentence), "confidence": 0.8,
                     "speaker": "", "cue": "backs", "rule": "r", "event_date": ""})
    return pd.DataFrame(rows, columns=RELATION_COLUMNS)


def visible_text(fragment: str) -> str:
    """What a browser would show: badges removed, tags stripped, entities decoded."""
    import html

    fragment = re.sub(r'<span class="badge[^>]*>.*?</span>', "", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


TEXT = "Turkey backs the GNA.\n\nThe LNA attacked Tripoli. Nothing else."


def test_text_is_kept_exactly() -> None:
    fragment = article_html(TEXT, mentions_in(TEXT, ("TUR", "Turkey"), ("LNA", "LNA")),
                            relations_in(TEXT, ("Turkey backs the GNA.", "TUR", "GNA", "support")), NAMES)
    assert visible_text(fragment) == TEXT


def test_evidence_marked_by_relation_with_badge_and_anchor() -> None:
    relations = relations_in(TEXT, ("Turkey backs the GNA.", "TUR", "GNA", "support"),
                             ("The LNA attacked Tripoli.", "LNA", "GNA", "opposition"))
    fragment = article_html(TEXT, mentions_in(TEXT), relations, NAMES)
    assert '<mark class="ev-support">Turkey backs the GNA.</mark>' in fragment
    assert '<mark class="ev-opposition">The LNA attacked Tripoli.</mark>' in fragment
    assert "Turkey → GNA · support</span>" in fragment and "LNA – GNA · opposition</span>" in fragment
    assert f'id="{evidence_anchor(0, 21)}"' in fragment


def test_one_sentence_with_two_relations_is_mixed_with_two_badges() -> None:
    relations = relations_in(TEXT, ("Turkey backs the GNA.", "TUR", "GNA", "support"),
                             ("Turkey backs the GNA.", "TUR", "LNA", "opposition"))
    fragment = article_html(TEXT, mentions_in(TEXT), relations, NAMES)
    assert fragment.count('<mark class="ev-mixed">') == 1
    assert fragment.count('class="badge') == 2


def test_mentions_inside_evidence() -> None:
    fragment = article_html(TEXT, mentions_in(TEXT, ("TUR", "Turkey")),
                            relations_in(TEXT, ("Turkey backs the GNA.", "TUR", "GNA", "support")), NAMES)
    assert '<mark class="ev-support"><span class="mention" title="Turkey">Turkey</span> backs the GNA.</mark>' in fragment


def test_target_sentence_is_outlined() -> None:
    relations = relations_in(TEXT, ("Turkey backs the GNA.", "TUR", "GNA", "support"),
                             ("The LNA attacked Tripoli.", "LNA", "GNA", "opposition"))
    start = TEXT.index("The LNA")
    fragment = article_html(TEXT, mentions_in(TEXT), relations, NAMES, target=(start, start + 25))
    assert fragment.count("ev-target") == 1
    assert '<mark class="ev-opposition ev-target">' in fragment


def test_offsets_outside_the_text_are_skipped() -> None:
    relations = relations_in(TEXT, ("Turkey backs the GNA.", "TUR", "GNA", "support"))
    relations.loc[0, ["start", "end"]] = [50, 999]
    fragment = article_html(TEXT, mentions_in(TEXT), relations, NAMES)
    assert "<mark" not in fragment and visible_text(fragment) == TEXT


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_article_text_is_escaped(payload: str) -> None:
    text = f"Turkey backs the GNA {payload} today.\n{payload}"
    sentence = f"Turkey backs the GNA {payload} today."
    fragment = article_html(text, mentions_in(text, ("TUR", "Turkey")), relations_in(text, (sentence, "TUR", "GNA", "support")), NAMES)
    assert payload not in fragment
    assert "<script" not in fragment and "<img" not in fragment and "<svg" not in fragment and "<a " not in fragment
    assert visible_text(fragment) == text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_actor_name_is_escaped(payload: str) -> None:
    fragment = article_html(TEXT, mentions_in(TEXT, ("TUR", "Turkey")),
                            relations_in(TEXT, ("Turkey backs the GNA.", "TUR", "GNA", "support")), {**NAMES, "TUR": payload})
    assert payload not in fragment
    assert re.findall(r"<(\w+)", fragment) == [t for t in re.findall(r"<(\w+)", fragment) if t in {"div", "span", "mark"}]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_header_escapes_title_outlet_and_author(payload: str) -> None:
    header = article_header_html(payload, payload, "2020-01-01", payload, "javascript:alert(1)")
    assert payload not in header and "href" not in header.replace("href=&quot;", "")
    assert set(re.findall(r"<(\w+)", header)) <= {"h3", "div"}


@pytest.mark.parametrize("url,expected", [
    ("https://www.aa.com.tr/en/x", "https://www.aa.com.tr/en/x"),
    ("http://example.org/a?b=1", "http://example.org/a?b=1"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("//evil.example/x", None),
    ("", None),
    ("http://[::1", None),
])
def test_safe_link(url: str, expected: str | None) -> None:
    assert safe_link(url) == expected


def test_header_links_http_urls_only() -> None:
    header = article_header_html("T", "O", "", "", "https://example.org/a?x=1&y=2")
    assert '<a href="https://example.org/a?x=1&amp;y=2" target="_blank" rel="noopener noreferrer">' in header


@pytest.mark.parametrize("payload", PAYLOADS)
def test_evidence_card_escapes(payload: str) -> None:
    row = relations_in(f"A {payload} B.", (f"A {payload} B.", "TUR", "GNA", "support")).assign(source=payload, speaker="TUR")
    card = evidence_card_html(next(row.itertuples(index=False)), {**NAMES, "TUR": payload}, payload)
    assert payload not in card
    assert set(re.findall(r"<(\w+)", card)) <= {"div", "span", "blockquote"}


def test_a_passage_link_quotes_the_passage_escaped() -> None:
    text = "First line.\nUAE <drones> struck Sirte.\nLast."
    start = text.index("UAE")
    quoted = passage_quote_html(text, (start, text.index("\nLast")))
    assert "UAE &lt;drones&gt; struck Sirte." in quoted and "First line" not in quoted


@pytest.mark.parametrize("target", [(5, 5), (-1, 4), (0, 999)])
def test_a_passage_link_that_does_not_fit_the_text_quotes_nothing(target: tuple[int, int]) -> None:
    assert passage_quote_html("Short text.", target) == ""


@pytest.mark.parametrize("text,title,expected", [
    ("Talks in Libya\n\nTalks in Libya\n\nANKARA\nBody.", "Talks in Libya", len("Talks in Libya\n\nTalks in Libya\n\n")),
    ("  talks  IN libya \nBody.", "Talks in Libya", len("  talks  IN libya \n")),
    ("Body first.\nTalks in Libya\n", "Talks in Libya", 0),
    ("Talks in Libya", "Talks in Libya", len("Talks in Libya")),
    ("Talks in Libya\nBody.", "", 0),
    ("\n\nBody.", "Talks", 0),
])
def test_the_headline_repeated_at_the_top_is_found(text: str, title: str, expected: int) -> None:
    assert repeated_headline_end(text, title) == expected


def test_the_article_can_start_after_its_headline_and_keeps_offsets() -> None:
    text = "Turkey backs talks\nTurkey backs talks\nTurkey backs the GNA."
    begin = repeated_headline_end(text, "Turkey backs talks")
    mentions = pd.DataFrame({"article_id": "a", "actor_id": ["Turkey", "Turkey"], "text": "Turkey",
                             "start": [0, begin], "end": [6, begin + 6], "kind": "alias"})
    shown = article_html(text, mentions, pd.DataFrame(columns=["start", "end", "relation", "actor1", "actor2"]), {},
                         begin=begin)
    assert "talks" not in shown and shown.count('class="mention"') == 1 and "the GNA." in shown
