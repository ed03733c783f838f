"""Aid to both sides, then who gave which (extract.relations.distribution)."""
from __future__ import annotations

import pytest

from extract.pipeline import default_extractor
from extract.relations.distribution import distributed
from extract.relations.reader import Edge
from extract.schema import Article


def edges(text: str, date: str = "2019-12-10") -> set[tuple[str, str, str]]:
    result = default_extractor().extract(Article(article_id="t", text=text, date=date))
    return {(r.actor1, r.relation, r.actor2) for r in result.relations}


@pytest.mark.parametrize(
    "text,given,not_given",
    [
        (
            "A U.N. report said Jordan, Turkey and the UAE had supplied weapons to Libya's warring parties, with Amman "
            "and Abu Dhabi arming Haftar and Ankara arming the Tripoli government.",
            {("Jordan", "support", "LNA"), ("Turkey", "support", "GNA"), ("UAE", "support", "LNA")},
            {("Jordan", "support", "GNA"), ("Turkey", "support", "LNA"), ("UAE", "support", "GNA")},
        ),
        # no distribution said: each backs both
        (
            "The GNA and the LNA have fought since April. A U.N. report said Jordan and Turkey had supplied weapons to "
            "Libya's warring parties.",
            {("Jordan", "support", "GNA"), ("Jordan", "support", "LNA"), ("Turkey", "support", "GNA"), ("Turkey", "support", "LNA")},
            set(),
        ),
    ],
)
def test_aid_to_both_sides_yields_to_who_gave_which(text, given, not_given) -> None:
    found = edges(text)
    assert given <= found
    assert not (not_given & found)


def test_two_named_recipients_are_not_distributed() -> None:
    # "supplied Egypt and Jordan, arming Egypt with drones": the two are named, no phrase names them together
    read = [Edge("Turkey", "Egypt", "support", 0.9, "supplied", "transfer"), Edge("Turkey", "Jordan", "support", 0.9, "supplied", "transfer"),
            Edge("Turkey", "Egypt", "support", 0.9, "arming", "verb")]
    assert distributed(read, set()) == read
    assert distributed(read, {"Egypt", "Jordan"}) == read[0:1] + read[2:]
