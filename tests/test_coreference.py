"""Coreference inside an article: epithets, role nouns, dated names, pronouns and quotations."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.coreference import EpithetError, load_epithets
from extract.pipeline import extract_relations

S, O, M = "support", "opposition", "mediation"


def edges(text: str, date: str = "") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Haftar launched an offensive in April. Egypt has backed the renegade general ever since.", {("Egypt", S, "LNA")}, set()),
        ("Egypt has backed the renegade general ever since.", set(), {("Egypt", S, "LNA")}),  # not named before: unresolved
        ("Qatar and the GNA signed a deal. Egypt accused the Gulf state of meddling.", {("Egypt", O, "Qatar")}, set()),
        ("The UAE denied the report. Turkey accused the Gulf state of arming Haftar.", {("Turkey", O, "UAE"), ("UAE", S, "LNA")}, set()),
        # A title before a name is not an epithet: "strongman Muammar Gaddafi" is Gaddafi.
        ("Haftar spoke on Monday. Egypt once backed the late strongman Muammar Gaddafi.", set(), {("Egypt", S, "LNA")}),
        ("Erdogan spoke on Sunday. The president said Turkey would support the GNA.", {("Turkey", S, "GNA")}, set()),
        ("The GNA rejected the offer. Erdogan said Ankara backs the legitimate government.", {("Turkey", S, "GNA")}, set()),
    ],
)
def test_epithets_and_role_nouns(text: str, expected: set, absent: set) -> None:
    found = edges(text)
    assert expected <= found
    assert not (absent & found)


def test_a_quote_tag_pronoun_is_the_speaker_not_a_name_inside_the_quote() -> None:
    text = 'Sergey Lavrov spoke in Moscow.\n\n"For hours we held talks with delegations of Haftar," he continued.'
    table = extract_relations(text)
    assert set(zip(table.actor1, table.relation, table.actor2)) == {("Russia", M, "LNA")}
    assert set(table.speaker) == {"Russia"}


@pytest.mark.parametrize("date,actor", [("2020-02-01", "GNA"), ("2021-04-11", "GNU"), ("", "GNA")])
def test_the_article_date_picks_what_a_dated_name_means(date: str, actor: str) -> None:
    assert edges("Turkey backs the Government of National Unity.", date) == {("Turkey", S, actor)}


def test_epithet_file_mistakes_name_the_line(tmp_path: Path) -> None:
    (tmp_path / "epithets.jsonl").write_text(json.dumps({"epithet": "the warlord", "actors": ["Nobody"]}) + "\n", encoding="utf-8")
    with pytest.raises(EpithetError, match="epithets.jsonl:1"):
        load_epithets(tmp_path, known=frozenset({"LNA"}))


def test_no_epithet_file_means_no_epithets(tmp_path: Path) -> None:
    assert load_epithets(tmp_path) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Haftar launched an offensive on the capital in April 2019.", {("LNA", O, "GNA")}),
        ("Haftar's forces failed to seize the Libyan capital.", {("LNA", O, "GNA")}),
        ("Haftar's forces advanced on the capital.", {("LNA", O, "GNA")}),
        ("Turkish drones arrived in the capital on Sunday, Haftar said.", set()),
        ("Haftar's forces attacked the Turkish capital.", {("LNA", O, "Turkey")}),
        ("Egypt gained political capital from the crisis, Haftar said.", set()),
    ],
)
def test_the_capital_is_the_gna_only_where_it_is_attacked(text: str, expected: set) -> None:
    assert edges(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Turkey signed a deal with the GNA. It later sent drones to Tripoli.", {("Turkey", S, "GNA")}),
        ("The UAE denied the report. Its drones have struck Tripoli repeatedly.", {("UAE", O, "GNA")}),
        ("Egypt and the UAE support Haftar. It is likely that Turkey will respond.", {("Egypt", S, "LNA"), ("UAE", S, "LNA")}),
        ("Erdogan met Sarraj. It was a long day for the GNA.", set()),
    ],
)
def test_it_is_the_last_single_actor_subject(text: str, expected: set) -> None:
    assert edges(text) == expected
