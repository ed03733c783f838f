"""Every registered construction, by its rule id: sentences written in wire style
(none taken from an article), the edges each must give with that `rule`, and
sentences of the same shape where it must give nothing. The cases are data,
data/gold/constructions/cases.jsonl (read by extract.variant_cases), which the variant
generator (extract.variants) rewrites too.

A registered construction without a case here fails `test_every_construction_has_cases`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.pipeline import extract_relations
from extract.variant_cases import load_construction_cases
from extract.relations.registry import CONSTRUCTIONS_FILE, SPECS, ConstructionError, Frame, construction, registered

S = "support"
CONFIDENCE_DOC = Path(__file__).resolve().parent.parent / "docs" / "relations.md"
# The case tables are data (data/gold/constructions/cases.jsonl), read here and by the variant generator.
CASES = load_construction_cases()
# rule id -> (sentence, edges that must come with this rule)
POSITIVE: dict[str, list[tuple[str, set[tuple[str, str, str]]]]] = {}
for case in CASES:
    if not case.negative:
        POSITIVE.setdefault(case.group, []).append((case.text, set(case.expected)))
# Same shapes, no relation (or not this one).
NEGATIVE: list[tuple[str, set[tuple[str, str, str]]]] = [(case.text, set(case.absent)) for case in CASES if case.negative]


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
    assert NEGATIVE and all(absent for _, absent in NEGATIVE)


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
