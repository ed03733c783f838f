"""Every registered construction, by its rule id: sentences written in wire style
(none taken from an article), the edges each must give with that `rule`, and
sentences of the same shape where it must give nothing.

A registered construction without a case here fails `test_every_construction_has_cases`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.pipeline import extract_relations
from extract.relations.registry import CONSTRUCTIONS_FILE, SPECS, ConstructionError, Frame, construction, registered

S, O, M = "support", "opposition", "mediation"
CONFIDENCE_DOC = Path(__file__).resolve().parent.parent / "docs" / "relations.md"

# rule id -> (sentence, edges that must come with this rule)
POSITIVE: dict[str, list[tuple[str, set[tuple[str, str, str]]]]] = {
    "verb": [("Greece and Cyprus condemned the maritime deal between Turkey and the GNA.", {("Greece", O, "Turkey"), ("Cyprus", O, "GNA")}), ("Russia and Egypt back the LNA.", {("Russia", S, "LNA"), ("Egypt", S, "LNA")}), ("Although Russia is working with Turkey to end the war, it cannot be forgotten that Turkey armed the GNA.", {("Russia", M, "Turkey")}), ("Egypt backs Haftar.", {("Egypt", S, "LNA")}), ("Emirati drones struck GNA positions near Misrata.", {("UAE", O, "GNA")})],
    "passive": [("Haftar is backed by Egypt and Russia.", {("Egypt", S, "LNA"), ("Russia", S, "LNA")})],
    "relative-clause": [("Haftar, who is fighting against the GNA, rejected the plan.", {("LNA", O, "GNA")})],
    "transfer": [("The UAE sent drones to Haftar's forces.", {("UAE", S, "LNA")})],
    "persuasion": [("Russia urged Haftar to sign the ceasefire.", {("Russia", M, "LNA")})],
    "noun": [("Haftar's offensive against the GNA stalled.", {("LNA", O, "GNA")}), ("Clashes between the GNA and the LNA killed ten people.", {("GNA", O, "LNA")})],
    "identity-noun": [("Haftar has proven a tough negotiator for Moscow.", {("LNA", M, "Russia")}), ("The UAE, a backer of Haftar, denied the report.", {("UAE", S, "LNA")}), ("The GNA and its rival, the LNA, both claimed victory.", {("LNA", O, "GNA")})],
    "light-verb-noun": [("Turkey held talks with the GNA on the ceasefire.", {("Turkey", M, "GNA")}), ("The GNA enjoys the support of Qatar.", {("Qatar", S, "GNA")}), ("The LNA won Russia's backing.", {("Russia", S, "LNA")})],
    "controlled-clause": [("Greece criticized Turkey for its support to the GNA.", {("Turkey", S, "GNA")})],
    "adjective": [("Egypt is hostile to Turkey, officials said.", {("Egypt", O, "Turkey")})],
    "hyphen-compound": [("The Turkey-backed GNA retook the airbase.", {("Turkey", S, "GNA")})],
    "offer-of-aid": [("Tunisia welcomed Algeria's offer of assistance.", {("Algeria", S, "Tunisia")})],
    "attack-as-cause": [("Haftar had to retreat due to military intervention by Turkey.", {("Turkey", O, "LNA")}), ("The LNA withdrew from Tarhuna under Turkish drone strikes.", {("Turkey", O, "LNA")})],
    "cooperation-deal": [("Turkey signed security and maritime deals with the GNA.", {("Turkey", S, "GNA")}), ("Italy and Malta signed a migration agreement.", {("Italy", S, "Malta"), ("Malta", S, "Italy")})],
    "severed-ties": [("Saudi Arabia cut diplomatic ties with Qatar.", {("Saudi Arabia", O, "Qatar")}), ("Venezuela broke off relations with Colombia.", {("Venezuela", O, "Colombia")})],
    "mutual-parties": [("France and Germany signed a defence cooperation pact.", {("France", S, "Germany"), ("Germany", S, "France")})],
    "between": [("Fighting broke out between the GNA and the LNA.", {("GNA", O, "LNA")})],
    "coordinated-parties": [("The GNA and the LNA signed a ceasefire in Geneva.", {("GNA", M, "LNA")}), ("Azerbaijan and Armenia exchanged fire along the border.", {("Azerbaijan", O, "Armenia")})],
    "support-against": [("Turkey backed the GNA against the LNA.", {("GNA", O, "LNA")}), ("Russia gave military support to Haftar against the GNA.", {("LNA", O, "GNA")})],
    "act-apposition": [("The EU launched Operation Irini, a move criticised by the GNA.", {("GNA", O, "EU")}), ("Turkey sent troops to Libya, a step welcomed by the GNA.", {("GNA", S, "Turkey")})],
    "brokered-by": [("A truce brokered by Russia between the GNA and the LNA collapsed.", {("Russia", M, "GNA"), ("Russia", M, "LNA")}), ("Haftar rejected the ceasefire proposed by Russia and Turkey.", {("Russia", M, "LNA"), ("Turkey", M, "LNA")})],
    "conditional-threat": [("Egypt threatened to intervene if the GNA advanced on Sirte.", {("Egypt", O, "GNA")}), ("Turkey warned that it would respond if Haftar attacked again.", {("Turkey", O, "LNA")})],
    "rival-parties": [("The two rival leaders, Sarraj and Haftar, met in Paris.", {("GNA", O, "LNA")})],
    "demanded-withdrawal": [("The United States urged Russia to withdraw its mercenaries from Libya.", {("United States", O, "Russia")}), ("Macron said Turkey must withdraw its troops from Libya.", {("France", O, "Turkey")}), ("The UAE urged Turkey to pull out of Libya.", {("UAE", O, "Turkey")})],
    "under-control": [("Sarraj is under Erdogan's full control, the LNA said.", {("Turkey", S, "GNA")})],
    "fronted-participle": [("Backed by Egypt and the UAE, Haftar launched an offensive.", {("Egypt", S, "LNA"), ("UAE", S, "LNA")}), ("Armed by Russia, the LNA advanced on Sirte.", {("Russia", S, "LNA")})],
}

# Same shapes, no relation (or not this one).
NEGATIVE: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Egypt did not back Haftar.", {("Egypt", S, "LNA")}),
    ("A truce brokered by Russia and Turkey collapsed.", {("Russia", M, "Turkey"), ("Russia", S, "Turkey")}),
    ("Negotiations sponsored by Germany and the UN ended without a deal.", {("Germany", S, "UN"), ("UN", S, "Germany")}),
    ("The Turkey-backed GNA and the LNA exchanged fire.", {("Turkey", S, "LNA")}),
    ("Haftar's offensive on the town stalled.", {("LNA", O, "GNA")}),
    ("Turkey backed the GNA in the talks.", {("GNA", O, "LNA")}),
    ("Russia said the Wagner group will not withdraw from Libya.", {("Russia", O, "Wagner")}),
    ("The UAE urged Turkey to pull the plan.", {("UAE", O, "Turkey")}),
    ("Egypt and Turkey, the two rival powers, said nothing.", {("Egypt", S, "Turkey")}),
    ("The Wagner group pulled its fighters back to Jufra, Russia said.", {("Russia", O, "Wagner")}),
    ("Haftar, a rival of Sarraj, backed by Egypt, met Macron.", {("Egypt", S, "GNA")}),
    ("Tunisia welcomed Algeria's offer of talks.", {("Algeria", S, "Tunisia")}),
    ("Tripoli is under Haftar's siege.", {("LNA", S, "GNA")}),
    ("The EU launched a move criticised by the GNA.", {("GNA", O, "EU")}),
    ("Turkey signed a ceasefire deal with the GNA.", {("Turkey", S, "GNA")}),
    ("Haftar launched an offensive after the intervention by Turkey.", {("Turkey", O, "LNA")}),
    ("Moscow denies sending mercenaries to fight for Haftar.", {("Russia", S, "LNA")}),
    ("Haftar rejected the ceasefire proposed by Russia and Turkey.", {("Russia", M, "Turkey")}),
    ("Egypt threatened to intervene in Libya.", {("Egypt", O, "GNA")}),
    ("Turkey warned Haftar if the attacks continue.", {("Turkey", O, "GNA")}),
    ("Saudi Arabia strengthened its ties with Qatar.", {("Saudi Arabia", O, "Qatar")}),
    ("France and Germany attacked the plan.", {("France", O, "Germany")}),
    ("Azerbaijan and Armenia opened fire on the protesters.", {("Azerbaijan", O, "Armenia")}),
]


def edges_by_rule(text: str) -> dict[tuple[str, str, str], str]:
    return {(r.actor1, r.relation, r.actor2): r.rule for r in extract_relations(text).itertuples()}


@pytest.mark.parametrize(
    "rule,text,expected",
    [(rule, text, expected) for rule, cases in POSITIVE.items() for text, expected in cases],
    ids=[f"{rule}:{text[:40]}" for rule, cases in POSITIVE.items() for text, _ in cases],
)
def test_construction_reads_its_case(rule: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = edges_by_rule(text)
    for edge in expected:
        key = edge if edge[1] == S else next((k for k in found if k[1] == edge[1] and {k[0], k[2]} == {edge[0], edge[2]}), edge)
        assert key in found, f"{edge} not found in {found}"
        assert found[key] == rule, f"{edge} came from {found[key]!r}, not {rule!r}"


@pytest.mark.parametrize("text,absent", NEGATIVE, ids=[t[:50] for t, _ in NEGATIVE])
def test_shape_without_the_relation_gives_nothing(text: str, absent: set[tuple[str, str, str]]) -> None:
    found = set(edges_by_rule(text))
    unordered = {(a, r, b) for a, r, b in found} | {(b, r, a) for a, r, b in found if r != S}
    assert not (absent & unordered), f"unexpected {absent & unordered} in {found}"


def test_every_construction_has_cases() -> None:
    assert set(registered()) == set(SPECS)
    assert set(POSITIVE) == set(SPECS), f"constructions without a case: {sorted(set(SPECS) - set(POSITIVE))}"
    assert all(POSITIVE[rule] and all(expected for _, expected in POSITIVE[rule]) for rule in POSITIVE)


def test_an_unlisted_rule_fails_when_registered() -> None:
    with pytest.raises(ConstructionError, match="not listed"):
        construction("no-such-rule")(lambda ctx, frame: None)


def test_firing_an_unlisted_rule_fails() -> None:
    frame = Frame.__new__(Frame)
    frame.fired = []
    with pytest.raises(ConstructionError, match="not listed"):
        Frame.fire(frame, "verbb")


def test_documented_confidence_table_matches_the_registry() -> None:
    rows = re.findall(r"^\| ((?:`[a-z-]+`(?:, )?)+) \| ([0-9.]+) \|", CONFIDENCE_DOC.read_text(encoding="utf-8"), re.M)
    documented = {rule: float(base) for names, base in rows for rule in re.findall(r"`([a-z-]+)`", names)}
    assert documented == {rule: spec.base for rule, spec in SPECS.items()}


def test_construction_file_lists_each_id_once() -> None:
    ids = [entry["id"] for entry in json.loads(CONSTRUCTIONS_FILE.read_text(encoding="utf-8"))["constructions"]]
    assert len(ids) == len(set(ids))
