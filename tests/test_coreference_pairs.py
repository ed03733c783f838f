"""References to a pair named before: "Both" standing alone as a subject or an object, when the small model misreads the verb
after it (parse repair standalone_both_read_as_determiner); "the two" as a subject (a number the reader takes as a
subject only when it stands for actors); two officials paired by a verb of joining (coref_companion_verbs)."""
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


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Qatar and Turkey met in Doha. The two then armed the GNA.", {("Qatar", S, "GNA"), ("Turkey", S, "GNA")}),
        ("France and the UAE held talks in Paris on Friday. The two have long criticised Turkey's deployment in Tripoli.",
         {("France", O, "Turkey"), ("UAE", O, "Turkey")}),
        # two officials a verb of joining pairs, then "the two", "the two men", "they"
        ("Egypt's foreign minister joined his Emirati counterpart in Benghazi on Thursday. The two pledged to help the LNA rebuild its air force.",
         {("Egypt", S, "LNA"), ("UAE", S, "LNA")}),
        ("Egypt's foreign minister joined his Emirati counterpart in Benghazi on Thursday. The two men pledged to help the LNA rebuild its air force.",
         {("Egypt", S, "LNA"), ("UAE", S, "LNA")}),
        ("The UAE's foreign minister accompanied his Egyptian counterpart to Benghazi on Thursday. They later promised to equip the LNA.",
         {("Egypt", S, "LNA"), ("UAE", S, "LNA")}),
        ("Jordan's king joined Sisi in Cairo. The two leaders vowed to keep backing Haftar.", {("Egypt", S, "LNA"), ("Jordan", S, "LNA")}),
    ],
)
def test_the_two_as_subject(text: str, expected: set) -> None:
    assert expected <= edges(text, "2020-06-01")


@pytest.mark.parametrize(
    "text,absent",
    [
        # "the two" after a list of three stands for no one, and its verb reads no subject
        ("Egypt, Russia and the UAE back Haftar. The two also fund Wagner.",
         {("Egypt", S, "Wagner"), ("Russia", S, "Wagner"), ("UAE", S, "Wagner")}),
        # a number that names no actors is still no subject
        ("Haftar's forces shelled Tripoli twice on Monday. The two strikes killed four civilians.", {("LNA", O, "LNA")}),
        # one official joining talks is no pair
        ("Egypt's foreign minister joined the talks in Benghazi. The two pledged to help the LNA.", {("Egypt", S, "LNA")}),
        # two officials of one actor are no pair of actors
        ("Egypt's foreign minister joined Sisi in Benghazi. The two countries pledged to help the LNA.",
         {("Egypt", S, "LNA"), ("LNA", S, "Egypt")}),
    ],
)
def test_the_two_left_alone(text: str, absent: set) -> None:
    assert not absent & edges(text, "2020-06-01")


def test_split_list_is_no_pair() -> None:
    # "Egypt, Russia and Emirati forces": the parser reads "Russia and Emirati" apart from "Egypt"; the end of a longer
    # list is no pair "the two" or "they" stand for
    for text in ("Egypt, Russia and Emirati forces back Haftar. The two also fund Wagner.",
                 "Egypt, Russia and Emirati forces back Haftar. They also fund Wagner."):
        assert not {("Russia", "support", "Wagner"), ("UAE", "support", "Wagner")} & edges(text, "2020-06-01")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kubis met Cavusoglu and Lavrov and criticised both for offering no timetable.", {("UN", O, "Turkey"), ("UN", O, "Russia")}),
        ("Erdogan accused the UAE and Egypt of arming Haftar, and Qatar condemned both.", {("Qatar", O, "UAE"), ("Qatar", O, "Egypt")}),
    ],
)
def test_standalone_both_as_an_object_is_the_pair_named_last(text: str, expected: set) -> None:
    assert expected <= edges(text, "2021-06-01")


def test_standalone_both_as_an_object_needs_a_named_pair() -> None:
    # two actors in clauses of their own, no coordination: "both" finds no pair
    found = edges("Turkey shipped drones to Misrata and Qatar paid for them. Haftar condemned both.", "2020-06-01")
    assert not {("LNA", O, "Turkey"), ("LNA", O, "Qatar")} & found


# A gapped clause whose subject is a name ("Russia backs Haftar and Turkey the GNA"): the verb before, unsaid
# (extract.coreference_pairs.note_named_gaps).
@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Russia backs Haftar and Turkey the GNA.", {("Russia", S, "LNA"), ("Turkey", S, "GNA")}, {("Russia", S, "GNA"), ("Russia", S, "Turkey")}),
        ("Moscow has backed Haftar for years and Ankara the GNA since 2019.", {("Russia", S, "LNA"), ("Turkey", S, "GNA")}, {("Russia", S, "GNA")}),
        ("The UAE supplied drones to Haftar, and Turkey to Sarraj.", {("UAE", S, "LNA"), ("Turkey", S, "GNA")}, {("UAE", S, "GNA")}),
        # the unsaid verb's object carried over, then whom it went to
        ("Russia sent fighters to Haftar and Turkey drones to the GNA.", {("Russia", S, "LNA"), ("Turkey", S, "GNA")}, {("Russia", S, "GNA"), ("Russia", S, "Turkey")}),
        ("The UAE supplied drones to Haftar and Turkey armoured vehicles to the GNA.", {("UAE", S, "LNA"), ("Turkey", S, "GNA")}, {("UAE", S, "GNA")}),
        # a list after the gapped clause that is the subject of a clause of its own ends the remnant at the comma
        (
            "Egypt supported the LNA, Qatar the GNA, and Algeria and Tunisia stayed neutral.",
            {("Egypt", S, "LNA"), ("Qatar", S, "GNA")},
            {("Egypt", S, "GNA"), ("Egypt", S, "Qatar")},
        ),
        # no remnant that is one name: no gap
        ("Russia invited Haftar and Sarraj to Moscow.", set(), {("GNA", S, "Russia"), ("GNA", "mediation", "Russia")}),
        ("The GNA fought the LNA and Wagner.", {("GNA", O, "LNA"), ("GNA", O, "Wagner")}, set()),
    ],
)
def test_a_gapped_clause_with_a_named_subject(text: str, expected: set, absent: set) -> None:
    found = edges(text, "2020-06-01")
    assert expected <= found
    assert not absent & found
