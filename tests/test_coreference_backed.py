"""Forces named only by who backs them: "Turkish-backed forces" are the GNA's (extract.coreference_backed)."""
from __future__ import annotations

import pytest

from extract.coreference_backed import sides_backed_by
from extract.lexicon import ConflictSide
from extract.pipeline import extract_relations

S, O, M = "support", "opposition", "mediation"


def edges(text: str, date: str = "2020-06-01") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # the side the backer alone backs, as what a clause says of the forces
        ("Sisi warned that any advance by Turkish-backed forces on Sirte would cross a red line.", "2020-06-20",
         {("Turkey", S, "GNA"), ("Egypt", O, "GNA")}),
        ("Tarhuna, long a hub of the eastern offensive, fell on Friday to Turkish-backed forces.", "2020-06-05", {("Turkey", S, "GNA")}),
        ("The strike was blamed on Emirati-backed fighters, who had shelled Mitiga for weeks.", "2019-11-10", {("UAE", S, "LNA")}),
        # a list of backers of one side, with the hyphen only on the last; words between participle and noun
        ("Egyptian- and Emirati-backed forces reportedly shelled the airport again.", "2020-01-10", {("Egypt", S, "LNA"), ("UAE", S, "LNA")}),
        ("Qatari-funded militia units attacked Tarhuna, the LNA said.", "2020-05-02", {("Qatar", S, "GNA")}),
        # a singular commander or an offensive
        ("The Emirati-armed commander has lost Gharyan, his main supply base.", "2019-06-27", {("UAE", S, "LNA")}),
        # the backer in a participle's by-phrase, one or a list, the forces first in the sentence or not
        ("Haftar's forces have left the battlefield to the rival forces supported by Turkey.", "2020-06-30", {("Turkey", S, "GNA")}),
        ("Militias backed by Turkey and Qatar shelled Tarhuna overnight.", "2020-05-20", {("Turkey", S, "GNA"), ("Qatar", S, "GNA")}),
        # after the unity government took office, the same words name its forces
        ("Turkish-backed troops remain in the west, an EU diplomat said.", "2021-05-01", {("Turkey", S, "GNU")}),
    ],
)
def test_forces_named_by_their_backer_are_the_side_it_backs(text: str, date: str, expected: set) -> None:
    assert expected <= edges(text, date)


@pytest.mark.parametrize(
    "text,absent",
    [
        # another actor or a nationality on the noun says whose forces they are
        ("Turkish-backed Syrian fighters were flown to Tripoli.", {("Turkey", S, "GNA"), ("Syria", S, "GNA")}),
        ("Emirati-backed Sudanese fighters guarded the oil fields.", {("UAE", S, "LNA")}),
        ("Syrian fighters supported by Turkey arrived in Tripoli.", {("Turkey", S, "GNA")}),
        # a backer of no single side names no side (Russian-backed forces are as often Wagner's men as the LNA)
        ("French-backed forces withdrew from the south.", {("France", S, "LNA"), ("France", S, "GNA")}),
        ("Russian-backed fighters dug a trench south of Sirte.", {("Russia", S, "LNA")}),
        # another war's forces: the place named on them is another actor
        ("Turkish-backed forces in northern Syria clashed with Kurdish fighters.", {("Turkey", S, "GNA")}),
        # a participle the list does not hold
        ("Turkish-made drones struck the column.", {("Turkey", S, "GNA")}),
    ],
)
def test_forces_with_another_owner_or_backer_are_not_a_side(text: str, absent: set) -> None:
    assert not absent & edges(text)


def test_a_backer_of_both_sides_or_outside_the_dates_backs_no_side() -> None:
    sides = (
        ConflictSide("GNA", until="2021-03-14", backers=frozenset({"Turkey", "Italy"})),
        ConflictSide("GNU", since="2021-03-15", backers=frozenset({"Turkey"})),
        ConflictSide("LNA", backers=frozenset({"UAE", "Italy"})),
    )
    assert sides_backed_by(sides, "2020-01-01") == {"Turkey": "GNA", "UAE": "LNA"}
    assert sides_backed_by(sides, "2021-06-01") == {"Turkey": "GNU", "UAE": "LNA", "Italy": "LNA"}
