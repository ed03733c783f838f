"""Allies of an outsider in the war (extract/coreference_allies.py): "its Libyan ally" narrows the actors related to
the owner to a side of the war; an ally or client no relation was read for is the one side named so far, when a
sentence before named it with the owner and nothing set them against each other."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations

S, O = "support", "opposition"


def edges(text: str, date: str = "2020-06-01") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,expected",
    [
        # no edge read in the first sentence, but the owner and the one side named together
        ("Armoured vehicles bought for Haftar by Egypt were seized near Gharyan. The loss was a blow to Cairo's support "
         "for its ally.", {("Egypt", S, "LNA")}),
        ("Armoured vehicles bought for Haftar by Egypt were seized near Gharyan. The loss was a blow to Cairo's support "
         "for its Libyan ally.", {("Egypt", S, "LNA")}),
        # two actors related to the owner: "Libyan" says which
        ("Turkey sent drones to the GNA and trucks to Qatar. Its Libyan ally then attacked Haftar's forces near Sirte.", {("GNA", O, "LNA")}),
    ],
)
def test_ally_resolved(text: str, expected: set) -> None:
    assert expected <= edges(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # the owner never named with the side: whose ally is not said
        ("Haftar's troops rocketed Zuwara's harbour. Abu Dhabi said it would keep arming its ally.", {("UAE", S, "LNA")}),
        # named together only in the reference's own sentence
        ("Haftar's forces shelled Misrata, and the UAE vowed to keep backing its ally.", {("UAE", S, "LNA")}),
        # both sides named: which one is not said
        ("Sarraj and Haftar held talks in Abu Dhabi last year. The Kremlin said it would keep arming its Libyan ally.",
         {("Russia", S, "GNA"), ("Russia", S, "LNA")}),
        # the owner set against the one side named
        ("Turkey condemned Haftar's offensive on Monday. Ankara said it would keep arming its ally.", {("Turkey", S, "LNA")}),
        # a plural: several allies, not the one named
        ("Haftar's forces lost Gharyan, where Egyptian armoured vehicles were seized. Cairo vowed to keep arming its allies.",
         {("Egypt", S, "LNA")}),
        # two actors related to the owner and no word to say which
        ("Turkey sent drones to the GNA and trucks to Qatar. Its ally then attacked Haftar's forces near Sirte.",
         {("GNA", O, "LNA"), ("LNA", O, "Qatar")}),
        # a side's own ally is no outsider's
        ("Egyptian officers met Haftar's aides in Benghazi. The LNA said it would keep shielding its ally.", {("LNA", S, "Egypt")}),
    ],
)
def test_ally_left_alone(text: str, absent: set) -> None:
    assert not absent & edges(text)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # "its rivals" that the accused is said to back are not the accused's rivals
        ("The LNA closed the oil ports of the east in January. The group has long accused Doha of funding its rivals "
         "in Tripoli.", {("Qatar", S, "GNA")}, {("GNA", O, "Qatar")}),
        ("The LNA closed the oil ports of the east in January. The group, headed by Haftar, has often accused Doha "
         "of sending cash to its enemies in Tripoli.", {("Qatar", S, "GNA")}, {("GNA", O, "Qatar")}),
        # a hostile verb: "its rivals" may be its own, and the rule leaves the reading as it was
        ("Turkey accused Egypt of attacking its rivals.", {("Turkey", O, "Egypt")}, set()),
        # an ally, not a rival: backed by its owner
        ("Qatar funds its allies in Tripoli.", {("Qatar", S, "GNA")}, set()),
    ],
)
def test_no_one_backs_its_own_rivals(text: str, expected: set, absent: set) -> None:
    found = edges(text)
    assert expected <= found and not absent & found
