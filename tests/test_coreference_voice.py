"""Whose forces "the Libyan army" is: the camp whose names for the other the article uses (extract.coreference_voice)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.coreference_voice import VoiceError, load_outlet_voice
from extract.pipeline import extract_relations

S, O = "support", "opposition"


def edges(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,date,expected,absent",
    [
        # Tripoli's camp's names for Haftar's forces: its army is the GNA's, and the GNU's after 14 March 2021
        ("The Libyan army pushed back the putschist Haftar militias near Gharyan on Sunday.", "2019-09-02",
         {("GNA", O, "LNA")}, {("LNA", O, "LNA")}),
        ("Units of the Libyan army, backed by Turkish drones, reportedly repelled an assault by Hifter's militias at Wadi Rabie.",
         "2020-01-14", {("GNA", O, "LNA")}, set()),
        ("Haftar's militias shelled the airport again. The Libyan army responded by striking their positions in Tarhuna.",
         "2020-05-20", {("GNA", O, "LNA")}, set()),
        ("The Libyan army repelled an attack by gunmen of the putschist Haftar on a checkpoint near Sirte.", "2021-06-03",
         {("GNU", O, "LNA")}, {("GNA", O, "LNA")}),
        # the east's names for Tripoli's camp and its backers: its army is the LNA
        ("The Libyan army shelled gatherings of the Accord militias in Ain Zara on Thursday.", "2019-11-07",
         {("LNA", O, "GNA")}, {("GNA", O, "GNA")}),
        ("Air defences of the Libyan armed forces have shot down a drone of the Turkish occupation over Misrata.", "2020-04-11",
         {("LNA", O, "Turkey")}, set()),
        ("After weeks of calm, the Libyan army, its spokesman said, struck ammunition depots of the terrorist militias in Zawiya.",
         "2020-02-26", set(), {("GNA", O, "LNA")}),
        # neither camp's names: the article speaks for none, and the words stay unread
        ("The Libyan army said it had repelled an attack near Gharyan on Sunday.", "2019-09-02", set(), {("GNA", O, "LNA")}),
        # both camps' names: none
        ("The Libyan army clashed with the Accord militias, while the putschist Haftar militias shelled the port.",
         "2019-12-01", set(), {("GNA", O, "GNA"), ("LNA", O, "LNA"), ("LNA", O, "GNA")}),
        # a name in quotation marks, or what someone is said to call someone, is the speaker's, not the article's
        ('Erdogan called Haftar a "putschist" on Tuesday. The Libyan army said it had repelled an assault near Gharyan.',
         "2020-01-14", set(), {("GNA", O, "LNA")}),
        ("Ankara has repeatedly branded Haftar a putschist. The Libyan army later repelled an assault near Gharyan.",
         "2020-01-14", set(), {("GNA", O, "LNA")}),
        # a camp's speaker speaks for it, whatever the article's own words: Ankara's army in Libya is the GNA's
        ("Turkish Defence Minister Hulusi Akar said the Libyan army had pushed Haftar's forces out of Gharyan.", "2019-07-02",
         {("GNA", O, "LNA")}, set()),
        # a camp's names for the other, in its speaker's words or its own article's: the other camp's forces
        ('"We will drive the militias out of the city soon," spokesman Ahmed al-Mismari told a news conference.',
         "2019-04-20", {("LNA", O, "GNA")}, set()),
        ("Sarraj said on Monday that his government would never again negotiate with the aggressor.", "2019-05-06",
         {("GNA", O, "LNA")}, set()),
        ("Haftar's militias shelled Abu Salim overnight. By dawn the Libyan army had repelled the militias near the airport.",
         "2019-10-14", {("GNA", O, "LNA")}, {("LNA", O, "LNA")}),
        # which militias the words say otherwise is not whose voice: "the militias of Misrata" are not the other camp's
        ("Haftar's militias shelled Abu Salim overnight. The militias of Misrata sent reinforcements to the Libyan army.",
         "2019-10-14", set(), {("LNA", S, "GNA"), ("GNA", S, "GNA")}),
        # no camp's words: the militias are anyone's
        ("The militias withdrew from the airport on Sunday, the UN mission said.", "2019-10-14", set(),
         {("UN", O, "GNA"), ("UN", O, "LNA")}),
        # "a Libyan army" is any
        ("The putschist Haftar militias boasted that they would build a Libyan army within a year.", "2019-09-02",
         set(), {("GNA", O, "LNA"), ("LNA", O, "GNA")}),
    ],
)
def test_the_libyan_army_is_the_camp_the_article_speaks_for(text: str, date: str, expected: set, absent: set) -> None:
    found = edges(text, date)
    assert expected <= found
    assert not (absent & found)


def test_the_file_is_checked_and_may_be_absent(tmp_path: Path) -> None:
    assert load_outlet_voice(tmp_path) is None  # no file: no article speaks for a camp
    voice = load_outlet_voice()
    assert voice is not None and {c.name for c in voice.camps} == {"Tripoli", "east"}
    assert voice.camps[0].actor_on("2021-03-14") == "GNA" and voice.camps[0].actor_on("2021-03-15") == "GNU"
    (tmp_path / "outlet_voice.json").write_text(json.dumps({"words": ["Libyan army"], "camps": [{"camp": "east", "actors": [{"id": "LNA"}], "names_for_the_other": []}]}))
    with pytest.raises(VoiceError, match="outlet_voice.json"):
        load_outlet_voice(tmp_path)
    (tmp_path / "outlet_voice.json").write_text(json.dumps({"words": ["Libyan army"], "camps": [
        {"camp": "a", "actors": [{"id": "Atlantis"}], "names_for_the_other": ["x"]}, {"camp": "b", "actors": [{"id": "LNA"}], "names_for_the_other": ["y"]}]}))
    with pytest.raises(VoiceError, match="Atlantis"):
        load_outlet_voice(tmp_path, known=frozenset({"LNA"}))
