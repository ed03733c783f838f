"""extract/relations/meetings.py: a meeting, visit, call or hosting of one side with another is mediation only where
the article says it is about peace, when the two are a backer and its side or two outsiders; and never when the text
says the meeting was about something else. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.pipeline import default_extractor, extract_relations
from extract.relations.meetings import sentence_topic


def mediation_pairs(text: str) -> set[frozenset[str]]:
    table = extract_relations(text)
    return {frozenset((r.actor1, r.actor2)) for r in table.itertuples() if r.relation == "mediation"}


@pytest.mark.parametrize(
    "text,pair,kept",
    [
        # a backer and its side: the support edge of the next sentence decides
        ("Haftar flew to Abu Dhabi for talks with the Emirati crown prince. The UAE has long armed the LNA.", ("UAE", "LNA"), False),
        ("Haftar flew to Abu Dhabi for talks with the Emirati crown prince on a ceasefire. The UAE has long armed the LNA.", ("UAE", "LNA"), True),
        ("Erdogan hosted Sarraj in Ankara. Turkey has sent drones and advisers to the GNA.", ("Turkey", "GNA"), False),
        # backing said in the meeting's own sentence is what the meeting was: no mediation, whatever else it names
        ("Sisi received Haftar in Cairo on Thursday, stressing the need for a ceasefire and reaffirming Egypt's support for the LNA.", ("Egypt", "LNA"), False),
        ("Erdogan received Sarraj in Ankara and pledged Turkey's support to the GNA until the ceasefire holds.", ("Turkey", "GNA"), False),
        # two outsiders: a settlement word, or the war as the topic, near the meeting
        ("Putin met Erdogan in Sochi on Monday. The talks were dominated by trade and gas.", ("Russia", "Turkey"), False),
        ("Turkish-Russian talks on Libya resumed in Ankara on Monday.", ("Russia", "Turkey"), True),
        ("The Egyptian foreign minister met the UN envoy in Cairo to discuss the ceasefire.", ("Egypt", "UN"), True),
        # about something else, whoever met
        ("Haftar travelled to Rome for talks with Conte. The meeting focused on migration across the Mediterranean.", ("Italy", "LNA"), False),
        ("Italy hosted Haftar in Rome as part of its efforts to mediate between the rivals.", ("Italy", "LNA"), True),
        # an outsider and one side of the war: a settlement near, as for a backer and its side
        ("Tunisia received Aguila Saleh in Tunis on Tuesday.", ("Tunisia", "HoR"), False),
        ("Algeria's president hosted Sarraj in Algiers on Sunday.", ("Algeria", "GNA"), False),
        ("Algeria's president hosted Sarraj in Algiers on Sunday to discuss a ceasefire.", ("Algeria", "GNA"), True),
        ("The Tunisian president received Haftar in Tunis, and the two men discussed ways to end the fighting.", ("Tunisia", "LNA"), True),
        ("Sisi, who met Haftar in Cairo on Monday, announced a ceasefire.", ("Egypt", "LNA"), True),
        # a settlement the host says it backs is its stance, not the meeting's topic
        ("Sisi met Haftar in Cairo and voiced his backing for a political solution.", ("Egypt", "LNA"), False),
        ("Sisi met Haftar in Cairo to push for a political solution.", ("Egypt", "LNA"), True),
        # a go-between's round with both sides, whose purpose is other talks
        ("Salame met Haftar in Rajma on Saturday to discuss preparations for the Berlin conference, a day after holding talks with Sarraj in Tripoli.", ("UN", "LNA"), True),
        # an international body's envoy meeting one side is its mediator at work
        ("The UN envoy held talks with Sarraj in Tripoli about the departure of foreign mercenaries.", ("UN", "GNA"), True),
        ("The Italian foreign minister proposed a demilitarised zone during talks with Sarraj in Tripoli.", ("Italy", "GNA"), True),
        # a go-between who meets both sides of the war
        ("The Russian foreign minister held talks in Moscow with Haftar's envoys on one side and Sarraj's aides on the other.", ("Russia", "LNA"), True),
        ("Tunisia's president hosted Sarraj in Carthage on Monday. The next day he hosted a delegation of Haftar's officers.", ("Tunisia", "GNA"), True),
        ("Tunisia's president hosted Sarraj in Carthage on Monday. The next day he hosted a delegation of the GNA's officers.", ("Tunisia", "GNA"), False),
        # talks a third party frames are mediated talks
        ("Jordan held talks with the GNA in Amman under the auspices of the UN.", ("Jordan", "GNA"), True),
        # a harm kept from happening (mediation_averted_harms, mediation_averting_verbs) is peace-making; one side's
        # harm kept off is not
        ("The UN chief met Haftar in Benghazi in a bid to prevent a military confrontation.", ("UN", "LNA"), True),
        ("Guterres flew to Rajma to see Haftar and met him there in an attempt to avert an escalation.", ("UN", "LNA"), True),
        ("Putin received Haftar in Sochi on Thursday as Moscow promised to prevent a confrontation by the Turkish navy.", ("Russia", "LNA"), False),
        ("Erdogan met Sarraj in Istanbul. The two leaders discussed military cooperation and the escalation of the attacks.", ("Turkey", "GNA"), False),
        # a mediator who meets one side "a day after meeting" the other: the measure of time does not take the subject
        ("The UN envoy met Haftar in Rajma to discuss a truce, two days after meeting Sarraj in Tripoli.", ("UN", "GNA"), True),
        # a state's minister who meets one side to keep a battle from happening mediates (c2_averted_harms)
        ("Lavrov received Haftar in Moscow in an effort to avert the battle of Sirte, diplomats said.", ("Russia", "LNA"), True),
        ("Guterres flew to Benghazi to forestall a battle for the capital, and met Haftar there.", ("UN", "LNA"), True),
        ("The Emirati minister met Haftar in Abu Dhabi after the battle for Tripoli.", ("UAE", "LNA"), False),
        ("Turkey's defence minister met Sarraj in Tripoli to avoid losing the battle for Sirte.", ("Turkey", "GNA"), False),
        # a settlement a state is said to want (c2_wish_verbs) is its wish, not what its meeting with one side was about
        ("Mitsotakis received Dbeibah in Athens. Athens wants a swift withdrawal of mercenaries, the premier added.", ("Greece", "GNU"), False),
        ("The Maltese premier met Dbeibah in Tripoli and said Malta wanted a political solution.", ("Malta", "GNU"), False),
        ("Di Maio met Dbeibah in Tripoli on Monday; Rome wishes for a lasting settlement, the minister said.", ("Italy", "GNU"), False),
        ("Dbeibah met Sisi in Cairo, and the Egyptian president said he desired a political settlement in Libya.", ("Egypt", "GNU"), False),
        # a settlement discussed, or pressed on the one met, is still the meeting's topic
        ("Di Maio met Haftar in Rajma for talks about a truce. Rome wants the guns silenced, he added.", ("Italy", "LNA"), True),
        ("Lavrov received Haftar in Moscow, urging him to accept the truce.", ("Russia", "LNA"), True),
        ("Le Drian met Haftar in Rajma, where the two discussed a withdrawal of mercenaries.", ("France", "LNA"), True),
        # the war's own sides meeting each other are not touched
        ("Sarraj and Haftar met in Abu Dhabi. The talks focused on the oil blockade.", ("GNA", "LNA"), True),
    ],
)
def test_two_party_meetings(text: str, pair: tuple[str, str], kept: bool) -> None:
    assert (frozenset(pair) in mediation_pairs(text)) == kept


@pytest.mark.parametrize(
    "sentence,settlement,elsewhere",
    [
        ("The meeting centred on migration across the Mediterranean.", False, True),
        ("The talks were devoted to trade and were not related to the ceasefire negotiations.", False, True),
        # a fronted clause: the parser hangs the subject on the auxiliary "were"
        ("As the fighting spread to the coast, Erdogan's talks with Sarraj were devoted to trade and were not related to the peace negotiations.", False, True),
        ("The talks focused on a lasting ceasefire.", True, False),
        ("The ministers discussed the Berlin process.", False, False),
        ("Greece said little about Libya.", False, False),
        ("The two leaders discussed Libya.", True, False),
        ("The minister expressed his country's support for the efforts toward a settlement.", False, False),
        ("The president reiterated his backing for a political solution.", False, False),
        ("The envoy travelled to Benghazi in a bid to avert a new war.", True, False),
        ("The envoy travelled to Benghazi in a bid to forestall a showdown over the oil ports.", True, False),
        ("The army moved tanks to Sirte to prevent an escalation by the militias.", False, False),
        # a battle kept from happening (c2_averted_harms) is peace-making; one planned, or one side's own, is not
        ("Algeria's foreign minister flew to Rajma and met Haftar, seeking to avert any battle over Sirte.", True, False),
        ("The Italian envoy met Sarraj, hoping to prevent a new battle around the oil ports.", True, False),
        ("Salame met Sarraj on Sunday to try to avoid a battle over Tripoli.", True, False),
        ("Erdogan met Sarraj in Ankara to prepare for the battle of Sirte.", False, False),
        ("Egypt's army chief met Haftar in Cairo to plan the battle for Tripoli.", False, False),
        ("The Qatari minister met Sarraj in Doha, vowing to avert any battle by Haftar for the capital.", False, False),
        # the war as what an ending noun ends is a settlement, also as a meeting's purpose
        ("Senior U.S. officials met Haftar on Sunday to discuss steps toward a suspension of hostilities.", True, False),
        ("Italian envoys met Sarraj to talk about an end to the fighting around the capital.", True, False),
        ("Turkey met Haftar to discuss the suspension of arms deliveries.", False, True),
        ("Italian envoys met Sarraj to discuss Haftar's offensive.", False, True),
        # talks about other talks say nothing either way: the sentences around decide
        ("Salame met Haftar in Rajma to discuss preparations for the Berlin conference.", False, False),
        ("The envoy saw Sarraj to go over the agenda of the coming summit.", False, False),
    ],
)
def test_sentence_topic(sentence: str, settlement: bool, elsewhere: bool) -> None:
    extractor = default_extractor()
    topic = sentence_topic(next(iter(extractor.parse_sentence(sentence).sents)), extractor.lexicon)
    assert (topic.settlement, topic.elsewhere) == (settlement, elsewhere)


def pairs(text: str) -> set[tuple[frozenset[str], str]]:
    table = extract_relations(text)
    return {(frozenset((r.actor1, r.actor2)), r.relation) for r in table.itertuples()}


@pytest.mark.parametrize(
    "text,absent,present",
    [
        # co-signers of one appeal are no opponents, parties or mediators of each other, whatever the appeal asks for
        ("Jordan, Egypt, Cyprus and Greece on Wednesday urged a prompt de-escalation of fighting around the oil ports.", [("Egypt", "Jordan"), ("Greece", "Cyprus")], []),
        ("Qatar and Algeria, in a rare joint statement, appealed for a halt to the fighting around Tripoli.", [("Qatar", "Algeria")], []),
        ("Tunisia and Algeria called for the two sides to stop the clashes and return to negotiations.", [("Tunisia", "Algeria")], []),
        ("Washington and Paris have called for a swift de-escalation of the confrontation between the rival camps.", [("United States", "France")], []),
        ("Italy, France, Germany and Britain said they jointly urged an end to the bloodshed.", [("Italy", "France"), ("Germany", "UK")], []),
        # an appeal addressed to named sides presses them
        ("Spain, Italy and Germany pleaded for Sarraj's cabinet and Haftar's army to lay down their arms and go back to dialogue.", [("Germany", "Italy"), ("Spain", "Italy")], [("Germany", "GNA"), ("Italy", "LNA")]),
        # those who are parties stay so
        ("Lavrov and Cavusoglu jointly urged a truce from Sunday, their ministries said.", [], [("Turkey", "Russia")]),
        ("The GNA and the LNA called for talks with each other under UN auspices.", [], [("GNA", "LNA"), ("UN", "GNA")]),
        ("Turkey and Russia agreed on a truce in Libya.", [], [("Turkey", "Russia")]),
        ("France and Italy clashed over the war in Libya.", [], [("France", "Italy")]),
    ],
)
def test_joint_appeal(text: str, absent: list[tuple[str, str]], present: list[tuple[str, str]]) -> None:
    found = {pair for pair, _ in pairs(text)}
    assert not any(frozenset(p) in found for p in absent)
    assert all(frozenset(p) in found for p in present)


@pytest.mark.parametrize(
    "text,host,guest",
    [
        # a time phrase set off after "urged X to ..." is the urger's: the one who hosted is the subject
        ("The Maltese premier saw Haftar in Valletta and implored him to respect the truce, two days after hosting Sarraj there.", "Malta", "GNA"),
        ("The Algerian president met Haftar and pressed him to accept a truce, a week after receiving Sarraj in Algiers.", "Algeria", "GNA"),
        ("The Tunisian president called on Sarraj to join the talks, hours before welcoming Haftar's envoys in Tunis for truce negotiations.", "Tunisia", "LNA"),
    ],
)
def test_time_phrase_after_urging(text: str, host: str, guest: str) -> None:
    found = mediation_pairs(text)
    assert frozenset((host, guest)) in found
    assert frozenset(("GNA", "LNA")) not in found


@pytest.mark.parametrize(
    "text,pair,kept",
    [
        # a meeting held on someone's request says who asked for it
        ("The African Union convened an urgent session of its peace council in Addis Ababa on Friday at Algeria's request.", ("African Union", "Algeria"), False),
        ("The Arab League, at the request of the GNA, gathered its members for an urgent session.", ("Arab League", "GNA"), False),
        # force sent on a side's request backs it
        ("Turkish troops were deployed to Tripoli at the request of the GNA.", ("Turkey", "GNA"), True),
        ("Egyptian forces intervened at the invitation of the House of Representatives.", ("Egypt", "HoR"), True),
    ],
)
def test_meeting_on_request(text: str, pair: tuple[str, str], kept: bool) -> None:
    assert ((frozenset(pair), "support") in pairs(text)) == kept


@pytest.mark.parametrize(
    "text,host,guests",
    [
        # the host of a meeting named by a participle coordinated with the attendance participle, a hyphen compound
        # before talks that those who travel or meet come for, or a meeting noun restating the talks
        ("Diplomats gathered in Palermo at a summit hosted by Italy and attended by Haftar and Sarraj.", "Italy", ("GNA", "LNA")),
        ("Haftar's negotiators and Sarraj's team sat down in Skhirat for Moroccan-hosted negotiations.", "Morocco", ("GNA", "LNA")),
        ("Haftar's negotiators and Sarraj's team gathered for Egyptian-brokered negotiations.", "Egypt", ("GNA", "LNA")),
        ("Haftar's colonels and Sarraj's officers met in Ghadames for talks, a round hosted by the UN.", "UN", ("GNA", "LNA")),
        ("Negotiators of Haftar and Sarraj assembled in Tunis for the dialogue, a session sponsored by the UN.", "UN", ("GNA", "LNA")),
    ],
)
def test_host_of_restated_or_compound_talks(text: str, host: str, guests: tuple[str, str]) -> None:
    found = mediation_pairs(text)
    assert all(frozenset((host, guest)) in found for guest in guests)


@pytest.mark.parametrize(
    "text",
    [
        "A summit hosted by Egypt was attended by Emirati and Saudi officials.",
        "A trade fair hosted by Turkey was attended by GNA ministers.",
        "Turkish-hosted drills were attended by GNA officers.",
        "Egyptian and Emirati officials met in Abu Dhabi for talks, a meeting hosted by the UAE, on arms purchases.",
    ],
)
def test_no_host_without_peace_talks(text: str) -> None:
    assert not mediation_pairs(text)


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # a proposal noun set off after the clause that made the proposal restates it: rejecting it opposes its author
        ("Russia announced a peace roadmap in Moscow, standing next to Haftar, an initiative the GNA rejected within hours.", ("GNA", "Russia"), ("GNA", "LNA")),
        ("Algeria put forward a ceasefire plan after talks with Aguila Saleh, a proposal Ankara quickly turned down.", ("Turkey", "Algeria"), ("Turkey", "HoR")),
        ("Putin unveiled a truce plan on Monday, accompanied by Haftar, a proposal that Sarraj and Erdogan swiftly rejected.", ("Turkey", "Russia"), ("Turkey", "LNA")),
        # its own possessor made it; a verb that answered it made nothing
        ("The GNA rejected Egypt's plan, a proposal that Turkey also dismissed.", ("Turkey", "Egypt"), ("Turkey", "GNA")),
        ("Sarraj turned down the truce, an offer Ankara rejected as well.", None, ("Turkey", "GNA")),
    ],
)
def test_restated_proposal(text: str, present: tuple[str, str] | None, absent: tuple[str, str]) -> None:
    found = pairs(text)
    if present is not None:
        assert (frozenset(present), "opposition") in found
    assert (frozenset(absent), "opposition") not in found


@pytest.mark.parametrize(
    "text,pair,kept",
    [
        # elections pressed on one government are its own civic step; on both sides of the war, or with a truce, peace
        ("The EU pressed Dbeibah's government to organise elections before the end of the year.", ("EU", "GNU"), False),
        ("The EU pressed the parliament in Tobruk to agree with the Tripoli council on rules for elections.", ("EU", "HoR"), True),
        ("Washington pressed Sarraj's cabinet and Haftar's command to settle on a calendar for elections.", ("United States", "LNA"), True),
        ("The UN pressed Haftar to accept the ceasefire and elections.", ("UN", "LNA"), True),
    ],
)
def test_elections_pressed_on_one_side(text: str, pair: tuple[str, str], kept: bool) -> None:
    assert (frozenset(pair) in mediation_pairs(text)) == kept


@pytest.mark.parametrize(
    "text,kept",
    [
        # a body that groups officers of both sides makes peace for them
        ("The security panel, which groups colonels from Haftar's army and from Sarraj's forces, agreed in Ghadames on measures to shore up the truce.", True),
        ("The security committee, grouping colonels of Sarraj's army and of Haftar's, agreed on a prisoner release.", True),
        ("The military committee, which groups officers of Haftar's army and of the GNA, met in Sirte to discuss a new offensive.", False),
    ],
)
def test_body_grouping_both_sides(text: str, kept: bool) -> None:
    assert (frozenset(("GNA", "LNA")) in mediation_pairs(text)) == kept


@pytest.mark.parametrize(
    "text,pair",
    [
        # what an act is called may name who did it ("a provocation by X"): the evaluator opposes X
        ("Sarraj received the Egyptian envoy in Tripoli, a meeting the LNA denounced as an act of aggression by Cairo.", ("LNA", "Egypt")),
        ("Ankara denounced the maritime deal as an act of aggression by Egypt.", ("Turkey", "Egypt")),
        ("Cairo branded the deployment a provocation by Ankara.", ("Egypt", "Turkey")),
        ("Turkey described the visit as a provocation.", None),
        ("Turkey did not describe the visit as a provocation by Athens.", None),
    ],
)
def test_act_named_with_its_doer(text: str, pair: tuple[str, str] | None) -> None:
    found = {p for p, relation in pairs(text) if relation == "opposition"}
    assert found == ({frozenset(pair)} if pair else set())


@pytest.mark.parametrize(
    "text,met",
    [
        # a with-phrase repeated after "and" is the talks' own, wherever the parser hangs it
        ("The Italian envoy had meetings with Haftar in Benghazi and with Sarraj in Tripoli about a truce for Sirte, his office said.", {"GNA", "LNA"}),
        ("The German foreign minister held separate talks with Haftar on Monday and with Sarraj on Tuesday about the truce.", {"GNA", "LNA"}),
        # not a clause of its own after a comma
        ("Algeria held consultations with Sarraj in Algiers, and with Italian help it then pressed for a ceasefire.", {"GNA"}),
    ],
)
def test_repeated_with_phrase(text: str, met: set[str]) -> None:
    table = extract_relations(text)
    first = table[table.relation == "mediation"].actor1.iloc[0]
    found = {other for pair in mediation_pairs(text) if first in pair for other in pair if other != first}
    assert found == met


@pytest.mark.parametrize(
    "text,pair,kept",
    [
        # the war's own sides calling together stay each other's parties; those who commit to or call for talks a
        # name hosts are not at them
        ("The GNA and the HoR each declared a truce, with Sarraj and Saleh both demanding that the hostilities cease.", ("GNA", "HoR"), True),
        ("Doha insists it is committed to the Egyptian-brokered political track.", ("Qatar", "Egypt"), False),
        ("Haftar flew to Geneva for UN-hosted talks.", ("UN", "LNA"), True),
    ],
)
def test_own_sides_and_attendance(text: str, pair: tuple[str, str], kept: bool) -> None:
    assert (frozenset(pair) in mediation_pairs(text)) == kept


@pytest.mark.parametrize(
    "text,kept",
    [
        # those who make peace after others urged it are its parties
        ("Haftar and Sarraj signed a truce once Russia had urged them to stop fighting.", True),
        ("Sarraj and Haftar signed the ceasefire that the UN had urged.", True),
        # a report is no appeal ("told" with a that-clause)
        ("Haftar and Sarraj have nearly reached a truce deal, Egyptian diplomats told reporters that week.", True),
    ],
)
def test_peace_urged_then_made(text: str, kept: bool) -> None:
    assert (frozenset(("GNA", "LNA")) in mediation_pairs(text)) == kept


def test_verb_form_is_no_peace_noun() -> None:
    # "calling" in a set-off clause is a verb, not the noun "call" that would make the urging about peace
    text = "The Arab League hailed Sarraj's administration and pressed it to adopt a budget soon, calling meanwhile for foreign fighters to go home."
    assert frozenset(("Arab League", "GNA")) not in mediation_pairs(text)
