"""Whose act a subjectless verb or a pronoun is: the antecedent, not the nearest name."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations

S, O, M = "support", "opposition", "mediation"


def edges(text: str) -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}


# A finite verb the parser coordinated with an infinitive an object controls ("urged X to halt ... and condemned Y") is
# the verb above's conjunct, and its subject is that verb's (extract.relations.context._finite_after_infinitive).
@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Washington urged the LNA on Thursday to halt its offensive and condemned the Russian mercenaries in Sirte.", {("United States", O, "Wagner")}, {("LNA", O, "Wagner")}),
        ("Egypt asked the GNA to withdraw from Sirte and accused Turkey of sending mercenaries.", {("Egypt", O, "Turkey")}, {("GNA", O, "Turkey")}),
        ("Rome called on Haftar to lift the oil blockade and condemned the UAE's drone strikes.", {("Italy", O, "UAE")}, {("LNA", O, "UAE")}),
        ("Paris urged the GNA to restrain its allies and has denounced Turkish meddling.", {("France", O, "Turkey")}, {("GNA", O, "Turkey")}),
        # bare forms after the infinitive are still the object's to do
        ("Cairo urged Haftar to halt the offensive and withdraw to Sirte.", {("Egypt", O, "LNA")}, set()),
        ("Moscow persuaded Haftar to attend the talks in Berlin and sign the truce with Sarraj.", {("LNA", M, "GNA")}, set()),
    ],
)
def test_a_finite_verb_after_a_controlled_infinitive_is_the_controller_subjects(text: str, expected: set, absent: set) -> None:
    found = edges(text)
    assert expected <= found
    assert not absent & found
