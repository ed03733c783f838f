"""Readings of long analytic sentences whose negatives only hold for the words written (a place standing for a side,
a plan refused with no peace named anywhere), so they are tested here rather than rewritten by the variant generator."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations


def edges(text: str, date: str = "") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


def read(found: set[tuple[str, str, str]], edge: tuple[str, str, str]) -> bool:
    """Whether `edge` is among `found`, in either order for opposition and mediation, which have none."""
    first, relation, second = edge
    return edge in found or (relation != "support" and (second, relation, first) in found)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a side of the war does not back a city standing for the other side
        ("Haftar's bet on Tripoli has cost him dearly, observers argue.", ("LNA", "support", "GNA")),
        # a refused plan that names no peace, in a text that names none, was put to no one
        ("The Sarraj government rejected Tunisia's initiative on Thursday, calling it unworkable.", ("Tunisia", "mediation", "GNA")),
        ("A plan by the HoR to move the central bank to Benghazi was rejected by the GNA.", ("GNA", "mediation", "HoR")),
        # a mercenary group's allies in a side of the war are backed by it, not its backers
        ("Some 200 Russian mercenaries pulled out of Tarhuna once their allies in Haftar's army abandoned the town.", ("LNA", "support", "Wagner")),
    ],
)
def test_no_edge(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in edges(text)


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Some 200 Russian mercenaries pulled out of Tarhuna once their allies in Haftar's army abandoned the town.", ("Wagner", "support", "LNA")),
        ("Haftar turned down Algeria's suggestion of a ceasefire.", ("Algeria", "mediation", "LNA")),
    ],
)
def test_edge(text: str, edge: tuple[str, str, str]) -> None:
    assert edge in edges(text)


@pytest.mark.parametrize(
    "text,edge,present",
    [
        # asked to end its offensive: the demand is the news, and the offensive's target is named only as a place
        ("The State Department urged Haftar to end his offensive on Tripoli.", ("LNA", "opposition", "GNA"), False),
        ("The European Union called on Haftar to halt his offensive on Tripoli.", ("LNA", "opposition", "GNA"), False),
        # the same act as the news, or as what one side asks help against
        ("Haftar launched an offensive on Tripoli.", ("LNA", "opposition", "GNA"), True),
        ("Serraj asked Turkey to help repel Haftar's assault on Tripoli.", ("LNA", "opposition", "GNA"), True),
    ],
)
def test_an_offensive_someone_is_asked_to_end_names_its_target_as_a_place(text: str, edge: tuple[str, str, str], present: bool) -> None:
    found = edges(text, date="2019-11-15")
    assert read(found, edge) == present, found


@pytest.mark.parametrize(
    "text,edge,present",
    [
        # blocking a text that asks one side to stop or leave shields that side
        ("France blocked a European Union statement urging Haftar to stop his offensive.", ("France", "support", "LNA"), True),
        ("Russia vetoed a resolution that called on Turkey to withdraw its troops.", ("Russia", "support", "Turkey"), True),
        # asking both sides of the war to stop fighting each other is peace-making: blocking it backs neither
        ("Russia blocked a statement urging the GNA and the LNA to stop fighting.", ("Russia", "support", "GNA"), False),
        ("Russia blocked a statement urging the GNA and the LNA to stop fighting.", ("Russia", "support", "LNA"), False),
    ],
)
def test_blocking_a_demand_to_stop_shields_the_one_asked(text: str, edge: tuple[str, str, str], present: bool) -> None:
    found = edges(text)
    assert read(found, edge) == present, found


@pytest.mark.parametrize(
    "text,edge,present",
    [
        # a city on a conference or a truce names where, not who mediates, unless its state is named as an actor too
        ("Blinken told the Berlin conference that foreign forces must leave Libya.", ("Germany", "mediation", "United States"), False),
        ("Erdogan accused Haftar of violating the Berlin truce.", ("Germany", "mediation", "LNA"), False),
        ("German Foreign Minister Heiko Maas flew to Benghazi, where Haftar pledged to attend the Berlin conference.", ("Germany", "mediation", "LNA"), True),
        # co-hosts run a meeting together: none is the others' counterpart
        ("France, Germany and Italy co-chaired the Paris conference on Libya.", ("France", "mediation", "Germany"), False),
        ("Germany hosted a conference attended by Sarraj and Haftar.", ("Germany", "mediation", "LNA"), True),
    ],
)
def test_a_meeting_s_city_and_its_co_hosts_are_not_its_parties(text: str, edge: tuple[str, str, str], present: bool) -> None:
    found = edges(text)
    assert read(found, edge) == present, found
