"""Relative clauses without a relative pronoun (extract/parse_repair/relatives.py): "the offensive Haftar
launched", "a government Moscow has long opposed". The noun is the clause's missing object and the names its
subject; a clause with its own object, a time noun and the sentence's only verb are left alone."""
from __future__ import annotations

import pytest

from extract.pipeline import default_extractor


@pytest.fixture(scope="module")
def parse():
    return default_extractor().parse_sentence


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text,verb,noun,subject",
    [
        ("Turkey condemned the offensive Haftar launched.", "launched", "offensive", "Haftar"),
        ("Egypt arms the LNA, a force Turkey has fought since January.", "fought", "force", "Turkey"),
        ("The GNA, a government Moscow has long opposed, signed the accord.", "opposed", "government", "Moscow"),
        ("Haftar, a commander Cairo and Abu Dhabi quietly arm, rejected the truce.", "arm", "commander", "Cairo"),
        ("Ankara rejected the plan Sisi unveiled in Cairo.", "unveiled", "plan", "Sisi"),
    ],
)
def test_a_contact_relative_describes_the_noun_before_its_subject(parse, text: str, verb: str, noun: str, subject: str) -> None:
    doc = parse(text)
    clause = _token(doc, verb)
    assert (clause.dep_, clause.head.text) == ("relcl", noun)
    assert any(c.dep_ == "nsubj" and c.text == subject for c in clause.children), [(c.text, c.dep_) for c in clause.children]
    assert sum(t.dep_ == "ROOT" for t in doc) == 1


@pytest.mark.parametrize(
    "text,verb",
    [
        ("Last year Russia backed Haftar.", "backed"),  # a time noun; the verb has its own object
        ("In the end Egypt backed down.", "backed"),  # the sentence's only verb
        ("This week Turkey condemned the LNA.", "condemned"),
    ],
)
def test_a_clause_of_its_own_is_left_alone(parse, text: str, verb: str) -> None:
    assert _token(parse(text), verb).dep_ == "ROOT"


def test_the_apposition_hangs_on_the_name_it_describes(parse) -> None:
    doc = parse("The GNA, a government Moscow has long opposed, signed the accord.")
    assert (_token(doc, "government").dep_, _token(doc, "government").head.text) == ("appos", "GNA")
    assert (_token(doc, "GNA").dep_, _token(doc, "GNA").head.text) == ("nsubj", "signed")


# A participle of accompaniment set off after a place (extract/parse_repair/asides.py, accompaniment_read_on_last_noun).
@pytest.mark.parametrize(
    "text,participle,verb",
    [
        ("Sisi unveiled a peace plan for Libya in Cairo, flanked by Haftar and Aguila Saleh.", "flanked", "unveiled"),
        ("Egypt proposed a truce in Cairo, accompanied by Haftar.", "accompanied", "proposed"),
    ],
)
def test_an_accompaniment_participle_after_a_place_is_the_verbs(parse, text: str, participle: str, verb: str) -> None:
    token = _token(parse(text), participle)
    assert (token.dep_, token.head.text) == ("advcl", verb)


def test_a_participle_that_describes_the_place_stays_on_it(parse) -> None:
    token = _token(parse("Haftar's forces advanced on Sirte, held by the GNA."), "held")
    assert token.head.text == "Sirte"
