"""Clause patterns are matched in linear time and find what spaCy's DependencyMatcher finds (issue 18, item 3)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc

from extract.nlp import load_nlp
from extract.relations.constructions import clauses

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "text",
    [
        "Backed by Egypt and the UAE, Haftar launched an offensive.",
        "Sarraj is under Erdogan's full control, the LNA said.",
        "Armed by Russia, the LNA advanced on Sirte while the militias remain under the UAE's command.",
        "Backed by Turkey, the GNA held. Armed by Russia, the LNA advanced. Sarraj is under Erdogan's control.",
        "Egypt backs Haftar.",  # no clause shape: nothing found
        "Turkey said that " * 40 + "Egypt backs Haftar.",
    ],
)
def test_matches_are_those_of_the_dependency_matcher(text: str) -> None:
    doc = load_nlp()(text)
    expected = [(doc.vocab.strings[key], ids) for key, ids in clauses._matcher(doc.vocab)(doc)]
    assert clauses._match(doc) == expected


def test_no_match_where_the_shape_is_absent() -> None:
    assert clauses._match(load_nlp()("Egypt backs Haftar.")) == []


# A hand-built parse (no parser): "said" x N, each the ccomp of the one before, ending in
# "Sarraj is under Erdogan's control". spaCy's DependencyMatcher walks every verb's ancestors
# (N^2 / 2 steps: did not finish in 10 minutes); the guard below is only against a hang.
CHAIN_SCRIPT = """
import sys
from spacy.tokens import Doc
from extract.nlp import load_nlp
from types import SimpleNamespace
from extract.relations.constructions.clauses import clause_frames
n = int(sys.argv[1])
words, heads, deps, pos, tags, lemmas = [], [], [], [], [], []
for k in range(n):
    words += ["Turkey", "said", "that"]
    lemmas += ["Turkey", "say", "that"]
    verb = 3 * k + 1
    heads += [verb, verb - 3 if k else verb, verb + 3]
    deps += ["nsubj", "ccomp" if k else "ROOT", "mark"]
    pos += ["PROPN", "VERB", "SCONJ"]
    tags += ["NNP", "VBD", "IN"]
base = 3 * n
words += ["Sarraj", "is", "under", "Erdogan", "'s", "control", "."]
lemmas += ["Sarraj", "be", "under", "Erdogan", "'s", "control", "."]
heads += [base + 1, base - 2, base + 1, base + 5, base + 3, base + 2, base + 1]
deps += ["nsubj", "ccomp", "prep", "poss", "case", "pobj", "punct"]
pos += ["PROPN", "AUX", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]
tags += ["NNP", "VBZ", "IN", "NNP", "POS", "NN", "."]
doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
print([(frame.pattern, [t.text for t in frame.nodes.values()]) for frame in clause_frames(SimpleNamespace(sent=doc[:]))])
"""


def test_a_chain_of_60000_reports_is_matched_without_walking_ancestors() -> None:
    result = subprocess.run([sys.executable, "-c", CHAIN_SCRIPT, "60000"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('under-control', ['is', 'under', 'control', 'Erdogan'])]"


def test_a_pattern_with_another_operator_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "VERB"}},
               {"LEFT_ID": "a", "REL_OP": ">>", "RIGHT_ID": "b", "RIGHT_ATTRS": {"DEP": "agent"}}]
    monkeypatch.setattr(clauses, "_patterns", lambda: ({"id": "under-control", "pattern": pattern},))
    vocab = Doc(load_nlp().vocab, words=["x"]).vocab
    with pytest.raises(clauses.ConstructionError, match="may only use '>'"):
        clauses._matcher.__wrapped__(vocab)
