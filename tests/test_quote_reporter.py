"""A quotation's reporter read as the quoted clause's complement (extract/parse_repair/quotes.py): the
reporting verb is the root again, so "we" in the quotation is the speaker's side."""
from __future__ import annotations

import pytest

from extract.pipeline import default_extractor
from extract.schema import Article


@pytest.fixture(scope="module")
def extractor():
    return default_extractor()


def test_the_reporting_verb_heads_the_quotation(extractor) -> None:
    doc = extractor.parse_sentence("'We support the unity government,' Draghi said on Tuesday.")
    said, support = (next(t for t in doc if t.text == w) for w in ("said", "support"))
    assert said.dep_ == "ROOT"
    assert (support.dep_, support.head.i) == ("ccomp", said.i)


@pytest.mark.parametrize(
    "text,date,edge",
    [
        ("'We support the unity government,' Draghi said on Tuesday.", "2021-04-06", ("Italy", "support", "GNU")),
        ("'We stand with the unity government,' the Italian premier said after meeting Dbeibah in Tripoli.", "2021-04-06", ("Italy", "support", "GNU")),
        ("'We back the legitimate government in Tripoli,' Erdogan said late on Sunday.", "2020-06-14", ("Turkey", "support", "GNA")),
    ],
)
def test_we_in_a_quotation_is_the_reporter_s_side(extractor, text: str, date: str, edge: tuple) -> None:
    rows = extractor.extract(Article(article_id="q", text=text, date=date)).relations
    assert edge in {(r.actor1, r.relation, r.actor2) for r in rows}, rows


def test_a_sentence_that_does_not_open_with_a_quotation_is_left_alone(extractor) -> None:
    doc = extractor.parse_sentence("Draghi said on Tuesday that Italy supports the unity government.")
    assert next(t for t in doc if t.text == "said").dep_ == "ROOT"
