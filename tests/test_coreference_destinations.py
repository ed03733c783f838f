"""The war's country as where aid is sent: "Turkey sent troops to Libya" is aid to the side Turkey backs
(extract.coreference_destinations)."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations

S = "support"


def edges(text: str, date: str = "2020-06-01") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # a verb of sending with its subject, through an infinitive, a gerund after an accusation, a passive's by-phrase
        ("Turkey sent troops to Libya.", "2020-01-05", {("Turkey", S, "GNA")}),
        ("Turkey's parliament voted on Thursday to send troops to Libya.", "2020-01-02", {("Turkey", S, "GNA")}),
        ("Macron accused Ankara of sending Syrian mercenaries and warships to Libya.", "2020-01-30", {("Turkey", S, "GNA")}),
        ("Hundreds of Syrian fighters have been flown to Libya by Turkey, the Observatory said.", "2020-01-15", {("Turkey", S, "GNA")}),
        ("The Emirates have quietly shipped air defence systems to Libya.", "2020-02-01", {("UAE", S, "LNA")}),
        # a noun of sending with its owner named on it, or carried out by the subject
        ("Ankara's deployment of Syrian fighters to Libya angered Egypt.", "2020-01-10", {("Turkey", S, "GNA")}),
        ("Turkey has stepped up deliveries of armoured vehicles and drones to Libya.", "2020-02-10", {("Turkey", S, "GNA")}),
        # the part of the country names the camp, whoever sends
        ("Sudan's RSF militia sent 1,000 fighters to eastern Libya.", "2019-07-25", {("RSF", S, "LNA")}),
        # the side at the date
        ("Turkey sent more troops to Libya, its defence ministry said.", "2021-06-02", {("Turkey", S, "GNU")}),
        # a state's own legislature permitting the sending decides it
        ("Turkey's parliament voted on Thursday to authorise the deployment of troops to Libya.", "2020-01-02", {("Turkey", S, "GNA")}),
        ("The Turkish parliament approved sending soldiers to Libya.", "2020-01-02", {("Turkey", S, "GNA")}),
    ],
)
def test_aid_sent_to_the_country_goes_to_the_side_its_sender_backs(text: str, date: str, expected: set) -> None:
    assert expected <= edges(text, date)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a sender of no single side (Russia hosted both) or none named
        ("Russia deployed fighter jets to Libya.", {("Russia", S, "LNA"), ("Russia", S, "GNA")}),
        ("France condemned the deployment of troops to Libya.", {("France", S, "GNA"), ("France", S, "LNA")}),
        # a denied sending, and a visit that sends nothing
        ("Turkey denied sending mercenaries to Libya.", {("Turkey", S, "GNA")}),
        ("Erdogan sent his foreign minister to Libya for talks.", {("Turkey", S, "GNA")}),
        # another country
        ("Turkey sent troops to Syria.", {("Turkey", S, "GNA")}),
        # permitting a sending is not sending, unless the sender's own legislature decides it with no purpose of
        # defending its own, and not as only possible (Egypt's never came)
        ("Egypt's parliament authorised the deployment of troops to Libya to defend Egypt's western border.", {("Egypt", S, "LNA")}),
        ("Egypt's parliament approved the possible deployment of troops to Libya.", {("Egypt", S, "LNA")}),
        ("Egypt's foreign ministry approved sending troops to Libya.", {("Egypt", S, "LNA")}),
    ],
)
def test_no_side_without_a_sender_that_backs_one(text: str, absent: set) -> None:
    assert not absent & edges(text, "2020-02-01")
