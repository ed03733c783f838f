"""Refused permissions (extract/relations/modality.py: allowed_to_suffer, harmed_by_permission): refusing to let
harm befall X protects X; refusing X's own act opposes X. Directional pairs in the CheckList manner: the same
sentence with and without the refusal, or with an act of the object's own instead of what befalls it."""
from __future__ import annotations

import pytest

from extract.lexicon import load_lexicon
from extract.nlp import load_nlp
from extract.parse_repair import repair_parse
from extract.pipeline import extract_relations
from extract.relations.modality import allowed_to_suffer, harmed_by_permission


def edges(text: str) -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Moscow would never let Haftar's army collapse.", ("Russia", "support", "LNA")),
        ("Ankara said it will not allow the Government of National Accord to be defeated.", ("Turkey", "support", "GNA")),
        ("Cairo will not permit the collapse of the Libyan National Army.", ("Egypt", "support", "LNA")),
        ("Erdogan vowed not to let the GNA be crushed.", ("Turkey", "support", "GNA")),
    ],
)
def test_refusing_harm_protects(text: str, edge: tuple[str, str, str]) -> None:
    found = edges(text)
    assert edge in found
    assert (edge[0], "opposition", edge[2]) not in found and (edge[2], "opposition", edge[0]) not in found


@pytest.mark.parametrize(
    "text,absent",
    [
        # no refusal: letting it happen is no protection
        ("Moscow let Haftar's army collapse.", ("Russia", "support", "LNA")),
        # the object's own act, refused, is opposition, not protection
        ("Egypt will not allow the GNA to advance on Sirte.", ("Egypt", "support", "GNA")),
        # a denial answers a claim
        ("Tunisia denied that it had refused to let the GNA collapse.", ("Tunisia", "support", "GNA")),
    ],
)
def test_no_protection_without_a_refused_harm(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in edges(text)


@pytest.mark.parametrize(
    "text,suffers",
    [
        ("Russia would not let the LNA collapse.", True),  # the bare verb read as a noun after the name
        ("Turkey will not allow the GNA to be defeated.", True),
        ("Turkey will not permit the fall of Tripoli.", True),
        ("Algeria refused to allow Turkish warplanes to use its airspace.", False),
    ],
)
def test_allowed_to_suffer(text: str, suffers: bool) -> None:
    lexicon = load_lexicon()
    doc = repair_parse(load_nlp()(text), lexicon)
    permission = next(t for t in doc if t.lemma_ in ("let", "allow", "permit"))
    assert allowed_to_suffer(permission, lexicon) is suffers
    assert bool(harmed_by_permission(permission, lexicon)[0]) is suffers



def test_a_condition_whose_if_the_parser_hung_on_its_subject() -> None:
    """"If Egypt, Kiribati, and Ethiopia become Haftar's main backer, ...": the parser hung "If" on "Egypt" and left
    the verb without its mark; the clause is still a condition (a Doc built with that parse)."""
    from spacy.tokens import Doc

    from extract.relations.modality import in_condition

    words = ["If", "Egypt", ",", "Oman", ",", "and", "Sudan", "become", "Haftar", "'s", "main", "backer", ",", "talks", "will", "fail", "."]
    heads = [1, 7, 1, 1, 1, 1, 7, 15, 11, 8, 11, 7, 15, 15, 15, 15, 15]
    deps = ["mark", "nsubj", "punct", "npadvmod", "punct", "cc", "nsubj", "ccomp", "poss", "case", "amod", "attr", "punct", "nsubj", "aux", "ROOT", "punct"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)
    assert in_condition(doc[11])  # "backer"
    assert not in_condition(doc[13])  # "talks", in the main clause


def test_an_if_on_a_verb_below_leaves_the_main_clause_asserted() -> None:
    """"'If we are invited by the Tripoli government, we will deploy our navy,' Erdogan said": the quotation's first
    word is the "if" of the clause below "deploy", not a mark the parser moved (force-on-request reads the offer)."""
    assert ("Turkey", "support", "GNA") in edges('"If we are invited by the Tripoli government, we will deploy our navy," Erdogan said.')
