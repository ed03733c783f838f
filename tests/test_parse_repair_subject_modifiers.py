"""Parse repair of a subject described by a postnominal phrase ("forces loyal to the GNA", "fighters allied to
Tripoli"): the small model loses the phrase's object or reads its adjective or participle as the clause's verb, and
the side the forces belong to drops out of the clause. Sentences are our own."""
from __future__ import annotations

import pytest

from extract.pipeline import default_extractor, extract_relations
from tests.test_parse_repair import LEXICON, assert_leaves_alone, parsed


def edges(text: str, date: str = "2020-05-10") -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date=date).itertuples()}


@pytest.mark.parametrize(
    "text,edge",
    [
        ("On Monday, militias loyal to the GNA clashed with Haftar's forces.", ("GNA", "opposition", "LNA")),
        ("Late last night, brigades loyal to Sarraj clashed with the LNA near Gharyan.", ("GNA", "opposition", "LNA")),
        ("In the west, units loyal to the Tripoli government clashed with Wagner fighters.", ("GNA", "opposition", "Wagner")),
        ("Across the south, gunmen loyal to Haftar reportedly clashed with Chadian rebels and the GNA.", ("LNA", "opposition", "GNA")),
    ],
)
def test_a_preposition_whose_object_was_read_as_a_compound_of_the_verb_gets_it_back(text: str, edge: tuple[str, str, str]) -> None:
    assert edge in edges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Cairo summit ended without a deal.",  # a compound of a noun the tagger reads right
        "Forces loyal to the GNA clashed with the LNA.",  # already right: the preposition has its object
    ],
)
def test_a_compound_on_a_noun_or_a_preposition_with_its_object_is_left_alone(text: str) -> None:
    from extract.parse_repair import object_read_as_compound_of_verb

    assert_leaves_alone(object_read_as_compound_of_verb, parsed(text))


def test_the_repair_makes_the_name_the_prepositions_object() -> None:
    from extract.parse_repair import object_read_as_compound_of_verb

    doc = parsed("On Monday, militias loyal to the GNA clashed with Haftar's forces.")
    object_read_as_compound_of_verb(doc, LEXICON)
    name = next(t for t in doc if t.text == "GNA")
    assert (name.dep_, name.head.lower_) == ("pobj", "to")
    assert next(t for t in doc if t.text == "the").head.text == "GNA"


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Militiamen allied to the Accord government on Sunday shelled positions held by the LNA.", ("GNA", "opposition", "LNA")),
        ("Militiamen allied to the Accord government shelled LNA positions.", ("GNA", "opposition", "LNA")),
        ("Militias aligned with the GNA attacked Wagner mercenaries near Sirte.", ("GNA", "opposition", "Wagner")),
        ("Gunmen allied to the LNA reportedly shelled the GNA's base at Mitiga.", ("LNA", "opposition", "GNA")),
    ],
)
def test_a_participle_after_the_subject_before_a_subjectless_verb_is_the_subjects(text: str, edge: tuple[str, str, str]) -> None:
    assert edge in edges(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # the said-clause has its own subject: the allied officials report, they do not shell
        ("Officials allied to the GNA said Haftar's forces shelled the airport.", ("GNA", "opposition", "LNA")),
        ("Fighters allied to the GNA said they never shelled LNA positions.", ("GNA", "opposition", "LNA")),
    ],
)
def test_a_participle_before_a_said_clause_stays_the_verb(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in edges(text)


def test_the_extractor_parse_keeps_the_repair() -> None:
    doc = default_extractor().parse_sentence("Militiamen allied to the Accord government on Sunday shelled LNA positions.")
    verb = next(t for t in doc if t.lower_ == "shelled")
    assert verb.dep_ == "ROOT"
    assert next(t for t in doc if t.lower_ == "allied").head.lower_ == "militiamen"
