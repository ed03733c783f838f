"""A definite reference to an attack stated before may carry words of its kind or manner (lexicon
coref_act_manner_words: "the air raid", "the deadly bombardment"): it still goes back to the attack, whether a noun
or a clause stated it; any other word says which and leaves it alone."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations

S, O = "support", "opposition"


def edges(text: str, date: str = "2020-06-01") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A Turkish drone hit a supply column outside Waddan on Tuesday. The UAE deplored the drone strike, which wounded six fighters.",
         {("UAE", O, "Turkey")}),
        ("Haftar's artillery pounded Gharyan overnight. Algeria denounced the deadly bombardment.", {("Algeria", O, "LNA")}),
        ("Haftar's forces bombarded the port of Zuwara at dawn. Italy deplored the rocket attack.", {("Italy", O, "LNA")}),
        # after a noun of the same kind too
        ("Haftar launched an offensive on Tripoli in April. Turkey condemned the brutal assault.", {("Turkey", O, "LNA")}),
        # a verb of aspect states the act of the verb after it
        ("Haftar's forces resumed shelling Mitiga airport on Sunday, and the Tripoli government condemned the bombardment.", {("GNA", O, "LNA")}),
        ("Haftar's forces continued to shell Mitiga airport. Italy deplored the bombardment.", {("Italy", O, "LNA")}),
    ],
)
def test_attack_reference_with_its_manner(text: str, expected: set) -> None:
    assert expected <= edges(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a word that says which: another attack
        ("Haftar's forces bombarded the port of Zuwara at dawn. Italy deplored the new offensive.", {("Italy", O, "LNA")}),
        ("Haftar's forces bombarded the port of Zuwara at dawn. Italy deplored the air raid on Sabha.", {("Italy", O, "LNA")}),
        # no attack stated before
        ("Sarraj and Haftar agreed on a truce in Geneva. Qatar condemned the deadly attack.", {("Qatar", O, "GNA"), ("Qatar", O, "LNA")}),
    ],
)
def test_attack_reference_left_alone(text: str, absent: set) -> None:
    assert not absent & edges(text)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # "it" backed, or the object of a noun of backing, is the author of the plan named just before
        ("The GNU presented a plan to secure the elections. Egypt backed it.", {("Egypt", "support", "GNU")}, set()),
        ("The GNU presented a plan. Egypt voiced support for it.", {("Egypt", "support", "GNU")}, set()),
        # an actor named between may be "it"
        ("The GNU presented a plan. Egypt met Qatar and backed it.", set(), {("Egypt", "support", "GNU")}),
    ],
)
def test_it_backed_is_the_author_of_the_plan_before(text: str, expected: set, absent: set) -> None:
    found = edges(text, "2021-06-01")
    assert expected <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize(
    "text,expected",
    [
        # a closure or a seizure named by its noun after the clause that states it, in the same sentence or the next
        ("Forces loyal to Haftar closed the oil terminals on Saturday, and the National Oil Corporation condemned the shutdown as a crime.",
         {("National Oil Corporation", O, "LNA")}),
        ("Haftar's forces took the Sharara oilfield without a fight on Wednesday. The GNA swiftly denounced the takeover.", {("GNA", O, "LNA")}),
        ("The LNA blockaded the port of Misrata for a week, and Qatar condemned the blockade.", {("Qatar", O, "LNA")}),
        # the clause's subject is a body described as loyal to an actor
        ("Militias affiliated with the GNA stormed the airport, and the LNA condemned the capture.", {("LNA", O, "GNA")}),
        ("Troops loyal to Haftar shelled Zuwara overnight. Italy deplored the attack.", {("Italy", O, "LNA")}),
        # a call for a truce is its authors' proposal: rejecting it opposes them, each of two
        ("Erdogan and Putin urged a ceasefire in Libya on Wednesday. Haftar rejected the call.", {("LNA", O, "Turkey"), ("LNA", O, "Russia")}),
        ("Algeria called for an immediate truce. Two days later the LNA rejected the call outright.", {("LNA", O, "Algeria")}),
    ],
)
def test_act_noun_after_the_clause_that_states_it(text: str, expected: set) -> None:
    found = edges(text)
    assert expected <= found, found


@pytest.mark.parametrize(
    "text,absent",
    [
        # the act comes after the noun: the noun is another one
        ("Qatar condemned the shutdown, and Haftar's forces closed more terminals.", {("Qatar", O, "LNA")}),
        # a clause that does not shut or take anything
        ("Haftar's forces met tribal elders on Saturday, and the NOC condemned the shutdown.", {("National Oil Corporation", O, "LNA")}),
        # a body of two actors says nothing sure
        ("Turkish and Qatari officers stormed the base, and the LNA condemned the capture.", {("LNA", O, "Turkey"), ("LNA", O, "Qatar")}),
        # a member of the subject that is no actor's body
        ("Forces loyal to Haftar and local tribesmen closed the road, and Italy condemned the closure.", {("Italy", O, "LNA")}),
    ],
)
def test_act_noun_left_alone(text: str, absent: set) -> None:
    # what the coreference of act nouns reads: the pair model may still guess from the sentence's words ("Qatar
    # condemned the shutdown, and Haftar's forces closed more terminals" is the LNA's shutdown to it)
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date="2020-06-01").itertuples() if r.rule != "pair-model"}
    assert not absent & found, found


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # an account, claim or charge goes back to whoever the sentence before says said it
        ("France said a Turkish frigate had locked its radar on a French warship. Ankara rejected the account.", {("Turkey", O, "France")}, set()),
        ("The UN said Emirati jets had bombed the academy. Abu Dhabi dismissed the claim as baseless.", {("UAE", O, "UN")}, set()),
        # denying a claim answers it, and a claim of two authors is nobody's
        ("The UN said Emirati jets had bombed the academy. Abu Dhabi denied the claim.", set(), {("UAE", O, "UN")}),
        ("The GNA and the LNA said they had agreed on a truce. Egypt rejected the account.", set(), {("Egypt", O, "GNA"), ("Egypt", O, "LNA")}),
    ],
)
def test_claim_reference_is_its_speakers(text: str, expected: set, absent: set) -> None:
    found = edges(text)
    assert expected <= found, found
    assert not absent & found, found


def test_vote_goes_back_to_the_act_before() -> None:
    # "the vote": the author of the act the sentence before states, as "the move" is
    found = edges("The House of Representatives withdrew confidence from Dbeibah's unity government on Tuesday. The High Council of State called the vote void.", "2021-09-21")
    assert ("High Council of State", O, "HoR") in found, found


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # an attack named before with no author, then a clause that states one: whoever that clause says did it
        ("An airstrike on the town of Murzuq killed at least 42 people on Sunday, the mayor said. The Libyan National Army said it had "
         "targeted Chadian opposition fighters in the area. The GNA condemned the attack as a massacre.", {("GNA", O, "LNA")}, set()),
        # no clause says who: nobody
        ("An airstrike on Murzuq killed 42 people. The GNA said the attack was a massacre. Qatar condemned the attack.", set(), {("Qatar", O, "GNA")}),
    ],
)
def test_authorless_attack_named_before_takes_the_clause_after_it(text: str, expected: set, absent: set) -> None:
    found = edges(text, "2019-08-05")
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # a clause set off before a semicolon is the act that "the move" after it goes back to
        ("Haftar tore up the Skhirat agreement; the United States expressed regret at the move.", {("United States", O, "LNA")}, set()),
        (
            "Haftar declared that he had accepted a popular mandate; Russia said it disapproved, while Italy expressed "
            "regret at the move.",
            {("Italy", O, "LNA")},
            set(),
        ),
        # a move whose own phrase says whose stays that one's
        ("Haftar's forces closed the oil terminals; the UN welcomed the move by the GNA.", {("UN", S, "GNA")}, {("UN", S, "LNA")}),
    ],
)
def test_the_move_after_a_semicolon_is_the_clause_befores(text: str, expected: set, absent: set) -> None:
    found = edges(text)
    assert expected <= found, found
    assert not (absent & found), found
