""""Both" standing alone as a subject, when the small model misreads the verb after it (parse repair
standalone_both_read_as_determiner): the two actors of the list that was the subject last."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations

S, O = "support", "opposition"


def edges(text: str, date: str = "") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the verb read as a noun with "Both" as its determiner
        ("Egypt and Jordan see the Libyan war alike. Both arm Haftar.", {("Egypt", S, "LNA"), ("Jordan", S, "LNA")}),
        # the verb read as an adverb hung on the next clause's verb
        ("Egypt and Jordan see the Libyan war alike. Both back Haftar, and the kingdom trains his pilots.",
         {("Egypt", S, "LNA"), ("Jordan", S, "LNA")}),
        # a past form, and a noun phrase with a possessive after it
        ("Egypt and Jordan see the Libyan war alike. Both armed Haftar's forces in 2019.", {("Egypt", S, "LNA"), ("Jordan", S, "LNA")}),
        ("Qatar and Turkey have a lot in common. Both fund the Tripoli government.", {("Qatar", S, "GNA"), ("Turkey", S, "GNA")}),
    ],
)
def test_standalone_both_before_a_misread_verb(text: str, expected: set) -> None:
    assert expected <= edges(text, "2020-06-01")


@pytest.mark.parametrize(
    "text,absent",
    [
        # two clauses with a subject each: "Both" resolves nothing
        ("Turkey shipped drones to Misrata and Qatar paid for them. Both back the GNA.", {("Turkey", S, "GNA"), ("Qatar", S, "GNA")}),
        # a meeting pair is no list of subjects
        ("Haftar met Saleh in Benghazi. Both criticized the GNA.", {("LNA", O, "GNA"), ("HoR", O, "GNA")}),
        # "Both" before a noun is a determiner, as parsed
        ("Qatar and Turkey have a lot in common. Both sides back the GNA.", {("Qatar", S, "GNA"), ("Turkey", S, "GNA")}),
    ],
)
def test_standalone_both_left_alone(text: str, absent: set) -> None:
    assert not absent & edges(text, "2020-06-01")
