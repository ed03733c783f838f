"""Whose words a sentence is (extract/attribution.py) and what a reported clause does not assert
(extract/relations/modality.py): one behaviour per case, positive and negative."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations

S, O = "support", "opposition"


def speakers(text: str) -> dict[tuple[str, str, str], str]:
    return {(r.actor1, r.relation, r.actor2): r.speaker for r in extract_relations(text).itertuples()}


@pytest.mark.parametrize(
    "text,edge,speaker",
    [
        # a reported clause before its verb and a comma, quoted or not: "we" and "our" are the speaker's
        ("We will continue to back the Tripoli government, Erdogan said.", ("Turkey", S, "GNA"), "Turkey"),
        ("“We will continue to back the Tripoli government,” Erdogan said.", ("Turkey", S, "GNA"), "Turkey"),
        ("Our forces fought alongside the GNA in Tripoli, said a senior Turkish commander.", ("Turkey", S, "GNA"), "Turkey"),
        ("We condemn the Egyptian threats, a GNA spokesman said on Sunday.", ("GNA", O, "Egypt"), "GNA"),
        ("Our support for Haftar is no secret, an Emirati diplomat told reporters on Tuesday.", ("UAE", S, "LNA"), "UAE"),
        # a colon after the reporting verb opens the speaker's words, quoted or not
        ("The Turkish president said in a speech: we will back the GNA until the end.", ("Turkey", S, "GNA"), "Turkey"),
        ("Erdogan told reporters on Friday: our support for the GNA will continue.", ("Turkey", S, "GNA"), "Turkey"),
        # a headline's name and colon: what follows is that name's words, its "we" and "our" included
        ("Cavusoglu: we will keep supporting the GNA until the end.", ("Turkey", S, "GNA"), "Turkey"),
        ("Sarraj: our forces will drive Haftar's militias out of Tarhuna.", ("GNA", O, "LNA"), "GNA"),
        # a longer header, a body or a role with its state, or a name with a phrase after it: the same
        ("The French foreign ministry: we support the GNA.", ("France", S, "GNA"), "France"),
        ("The British embassy: We are seriously worried about the arrival of Wagner fighters.", ("United Kingdom", O, "Wagner"), "United Kingdom"),
        ("Turkish Defence Ministry: Our heroic forces continue to give training support to the GNA.", ("Turkey", S, "GNA"), "Turkey"),
        ("Sarraj in a call with Tebboune: our forces will drive Haftar's fighters out of Gharyan.", ("GNA", O, "LNA"), "GNA"),
        # the header's words go on past the first sentence of its paragraph
        ("Erdogan: Who armed Haftar? They are backing a putschist, we are backing the GNA.", ("Turkey", S, "GNA"), "Turkey"),
        # "was quoted as saying": the one quoted speaks, not the outlet
        ("We will back the GNA until the end, Erdogan was quoted as saying by Anadolu.", ("Turkey", S, "GNA"), "Turkey"),
        # the parser can make the reported clause the root and the reporting verb its adverbial clause
        ("We will reportedly back the GNA until the end, Erdogan was quoted as saying by Anadolu.", ("Turkey", S, "GNA"), "Turkey"),
        # a sentence that says "we" with no speaker of its own, before one that names its speaker: a quotation
        # whose marks are missing
        ("We will not abandon the GNA. Haftar is a putschist, Erdogan said.", ("Turkey", S, "GNA"), "Turkey"),
        # an official's "I" and "my" stand for his state, as his name does
        ("“I will never sit down with Haftar,” Sarraj said.", ("GNA", O, "LNA"), "GNA"),
        ("“My government backs the GNA,” the Qatari emir said.", ("Qatar", S, "GNA"), "Qatar"),
        ("I will never sit down with Haftar. There is no military solution, Sarraj said.", ("GNA", O, "LNA"), "GNA"),
        # the clause's own names keep their roles; the speaker is only whose words they are
        ("Russia is arming Haftar, the GNA's interior minister told reporters.", ("Russia", S, "LNA"), "GNA"),
    ],
)
def test_speaker_of_a_fronted_clause(text: str, edge: tuple[str, str, str], speaker: str) -> None:
    found = speakers(text)
    assert edge in found, f"{edge} not found in {found}"
    assert found[edge] == speaker


@pytest.mark.parametrize(
    "text,absent",
    [
        # the reporting verb's subject before the clause: "we" is not read as the reporter
        ("Erdogan said we would back the GNA.", ("Turkey", S, "GNA")),
        ("We back the GNA because Erdogan said so.", ("Turkey", S, "GNA")),
        ("“I do not support Haftar,” Macron said.", ("France", S, "LNA")),
        ("I back the GNA. Egypt backs Haftar.", ("Egypt", S, "GNA")),
        # no name before the colon: no one's words
        ("Report: we will keep supporting the GNA.", ("Turkey", S, "GNA")),
        # a topic or an outlet before the colon speaks for no one
        ("Turkish-Libyan military cooperation: we will keep supporting the GNA.", ("Turkey", S, "GNA")),
        ("Anadolu news agency: we will keep supporting the GNA.", ("Turkey", S, "GNA")),
        # a header's words stop at the first sentence that names its own speaker
        ("Erdogan: Haftar is a putschist. We will keep supporting the GNA, a Qatari official said.", ("Turkey", S, "GNA")),
        # the next sentence names no speaker: "we" stays no one's
        ("We back the GNA. Egypt backs Haftar.", ("Egypt", S, "GNA")),
        ("We back the GNA. Egypt backs Haftar.", ("Turkey", S, "GNA")),
        # a speaker before the first-person sentence is not carried forward
        ("Haftar is a putschist, Erdogan said. We will back the GNA, a Qatari official said.", ("Turkey", S, "GNA")),
        # a denial in the speaker's own words
        ("We have never armed Haftar, Sisi insisted in a televised interview.", ("Egypt", S, "LNA")),
        # a clause about no one: a subject, or the noun a clause describes, determined by "no"
        ("There are no Russian mercenaries fighting alongside Haftar, the Kremlin said.", ("Wagner", S, "LNA")),
        ("We have no soldiers fighting for the GNA, a Turkish official insisted.", ("Turkey", S, "GNA")),
        ("No Turkish soldiers have fought for the GNA, Ankara insisted.", ("Turkey", S, "GNA")),
        ("Egypt has no troops deployed to back the LNA.", ("Egypt", S, "LNA")),
        # negation on the copula reaches its adjective, and "no longer" negates as "not" does
        # rejecting a claim no one is said to make rejects no one named inside it
        ("Moscow rejected accusations that it had armed Haftar.", ("Russia", O, "LNA")),
        ("Lavrov dismissed as false reports that Moscow had shipped arms to Haftar.", ("Russia", S, "LNA")),
        ("Russia is not worried about the Turkish deployment, Lavrov said.", ("Russia", O, "Turkey")),
        ("Egypt is no longer a backer of Haftar.", ("Egypt", S, "LNA")),
        ("Turkey is no longer hostile to Haftar.", ("Turkey", O, "LNA")),
        # refusing to let someone suffer protects them: no opposition to them
        ("We will not allow Tripoli to fall into the hands of putschists, Erdogan said.", ("Turkey", O, "GNA")),
        ("Egypt will not let the eastern government be defeated, Sisi said.", ("Egypt", O, "LNA")),
    ],
)
def test_not_asserted(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in speakers(text)


@pytest.mark.parametrize(
    "text,edge",
    [
        ("There are Turkish soldiers fighting for the GNA, the LNA said.", ("Turkey", S, "GNA")),
        ("Algeria will not allow Turkish jets to use its airspace.", ("Algeria", O, "Turkey")),
        ("Tunisia refused to let Turkish troops cross its border.", ("Tunisia", O, "Turkey")),
        ("Moscow is worried about Turkey's deployment in Libya.", ("Russia", O, "Turkey")),
        ("Egypt is still a backer of Haftar.", ("Egypt", S, "LNA")),
        # a claim with its author: rejecting it opposes the author
        ("Moscow rejected the GNA's accusations that it had armed Haftar.", ("Russia", O, "GNA")),
        # a negated verb of ceasing: what it would stop goes on
        ("Russia did not abandon its support for Haftar.", ("Russia", S, "LNA")),
        ("Moscow has not abandoned Haftar, a Russian diplomat said.", ("Russia", S, "LNA")),
        # a hostile designation of an actor's act in someone's words
        ("The Tunisian decision is a betrayal of our people, an LNA commander said.", ("LNA", O, "Tunisia")),
        ("An LNA commander called the Tunisian decision a stab in the back.", ("LNA", O, "Tunisia")),
    ],
)
def test_still_asserted(text: str, edge: tuple[str, str, str]) -> None:
    assert edge in speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        # the antecedent of "whose" leads back through the clause's subject to "whose": read once, not forever
        "Algeria's restraint, praised by the Italian premier, reflects a fear of being drawn into a war whose violence "
        "has already reached its southern towns.",
        "Tunisia's caution, welcomed by the French minister, reflects a fear of being dragged into a conflict whose "
        "spillover has already reached its border.",
    ],
)
def test_whose_clause_that_leads_back_to_itself(text: str) -> None:
    found = speakers(text)  # raised RecursionError before
    assert not any(relation == O for _, relation, _ in found)


@pytest.mark.parametrize(
    "text,edge,speaker",
    [
        # denying an actor trust or partnership in one's own words opposes it (reported-distrust)
        ("Haftar is not a reliable partner, Erdogan said.", ("Turkey", O, "LNA"), "Turkey"),
        ("“Haftar is no partner for peace,” Sarraj told reporters.", ("GNA", O, "LNA"), "GNA"),
        ("Haftar is not a reliable partner for us, the Turkish president said.", ("Turkey", O, "LNA"), "Turkey"),
        ("“We cannot trust Haftar,” Sarraj said.", ("GNA", O, "LNA"), "GNA"),
        ("Haftar and his backers in Abu Dhabi cannot be trusted, the GNA said.", ("GNA", O, "UAE"), "GNA"),
        # saying there will or can be no talks with an actor refuses them (modality: existential refusal)
        ("“There will be no talks with Haftar,” Sarraj said.", ("GNA", O, "LNA"), "GNA"),
        ("Erdogan said there will not be any talks with Haftar.", ("Turkey", O, "LNA"), "Turkey"),
    ],
)
def test_speaker_denies_trust_or_talks(text: str, edge: tuple[str, str, str], speaker: str) -> None:
    found = speakers(text)
    assert edge in found, f"{edge} not found in {found}"
    assert found[edge] == speaker


@pytest.mark.parametrize(
    "text,absent",
    [
        # other names denied, someone else's partnership or a rank denied, a question, someone else's distrust
        ("The GNA said Turkey was not a party to the conflict.", ("GNA", O, "Turkey")),
        ("“Haftar is not the enemy,” Macron said.", ("France", O, "LNA")),
        ("Turkey is not Russia's partner in Libya, Lavrov said.", ("Russia", O, "Turkey")),
        ("Egypt said the UAE is not the only partner of the LNA.", ("Egypt", O, "UAE")),
        ("Erdogan asked whether Haftar can be trusted.", ("Turkey", O, "LNA")),
        ("Erdogan said Egypt does not trust the GNA.", ("Turkey", O, "GNA")),
        ("Turkey denied that Haftar cannot be trusted.", ("Turkey", O, "LNA")),
        ("Haftar is not a reliable partner yet, but he could become one, Moscow said.", ("Russia", O, "LNA")),
        ("“We trust Haftar,” Putin said.", ("Russia", O, "LNA")),
        ("Sarraj said there were no talks with Haftar.", ("GNA", O, "LNA")),
        ("Sarraj said there could be no talks with Haftar.", ("GNA", O, "LNA")),
        ("The UN said there will be no talks with Haftar this week.", ("UN", O, "LNA")),
    ],
)
def test_trust_or_talks_not_denied(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in speakers(text)


@pytest.mark.parametrize(
    "text,edge,speaker",
    [
        # a quoted question ends its own sentence; the attribution after it names its speaker, "asked" as "said"
        ("“Why are the Emiratis bombing our hospitals?” Bashagha asked.", ("UAE", O, "GNA"), "GNA"),
        ("“Why are the Emiratis bombing our hospitals?” Bashagha asked the UN envoy.", ("UAE", O, "GNA"), "GNA"),
        ("'Why is Haftar shelling our neighbourhoods?' a GNA minister said.", ("LNA", O, "GNA"), "GNA"),
        # a speaker after a fronted participle clause, read by the parser as an apposition of the clause's last noun
        ("Asked about the maritime accords, a spokeswoman for the Greek foreign ministry said: “We back the House of Representatives.”", ("Greece", S, "HoR"), "Greece"),
        ("Questioned on the warships, a spokesman for the Egyptian presidency said: “We stand by the parliament in Tobruk.”", ("Egypt", S, "HoR"), "Egypt"),
    ],
)
def test_a_quoted_question_has_the_speaker_after_it(text: str, edge: tuple[str, str, str], speaker: str) -> None:
    assert speakers(text).get(edge) == speaker


@pytest.mark.parametrize(
    "text,absent",
    [
        # "how can / why would": asks whether the thing could be at all, and asserts it no more than a yes/no question
        ("“How could we ever back the GNA?” Haftar's spokesman asked.", ("LNA", S, "GNA")),
        ("“Why would Egypt arm the LNA?” Shoukry said.", ("Egypt", S, "LNA")),
        # asking someone to act, or asking whether, is no quotation's attribution
        ("“Is Turkey backing the GNA?” the LNA spokesman asked.", ("Turkey", S, "GNA")),
        ("Erdogan asked whether Qatar would fund the GNA.", ("Qatar", S, "GNA")),
        # a claim called false asserts nothing
        ("“Reports that we supply Haftar with drones are lies,” an Emirati official said.", ("UAE", S, "LNA")),
    ],
)
def test_rhetorical_question_or_false_claim_asserts_nothing(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in speakers(text)
