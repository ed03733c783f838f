"""Fixed clause shapes, matched on the parse with spaCy's DependencyMatcher
(patterns in data/lexicon/clause_patterns.json), whose cue sits in one clause
and whose arguments in another."""
from __future__ import annotations

import json
import threading
from functools import lru_cache

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from extract.lexicon import DEFAULT_LEXICON_DIR
from extract.relations.context import SentenceContext
from extract.relations.grammar import is_passive, lemma, objects
from extract.relations.registry import SPECS, ConstructionError, Frame, construction

PATTERNS_FILE = DEFAULT_LEXICON_DIR / "clause_patterns.json"


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab, validate=True)
    for entry in _patterns():
        if entry["id"] not in SPECS:
            raise ConstructionError(f"{PATTERNS_FILE}: pattern {entry['id']!r} is not a construction in constructions.json.")
        matcher.add(entry["id"], [entry["pattern"]])
    return matcher


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    return tuple(json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))["patterns"])


def _node_names(rule: str) -> list[str]:
    return next([node["RIGHT_ID"] for node in entry["pattern"]] for entry in _patterns() if entry["id"] == rule)


class _DocMatches(threading.local):
    """The matches of the paragraph being read (per thread), found once: matching a sentence
    span would convert the whole paragraph each time (quadratic in a long paragraph)."""

    doc: Doc | None = None
    matches: list[tuple[int, list[int]]] = []

    def of(self, doc: Doc) -> list[tuple[int, list[int]]]:
        if self.doc is not doc:
            self.doc, self.matches = doc, _matcher(doc.vocab)(doc)
        return self.matches


_doc_matches = _DocMatches()


def clause_frames(ctx: SentenceContext) -> list[Frame]:
    """One frame per match of a clause pattern inside the sentence, its nodes by name."""
    doc = ctx.sent.doc
    frames = []
    for match_id, token_ids in _doc_matches.of(doc):
        if not all(ctx.sent.start <= i < ctx.sent.end for i in token_ids):
            continue
        rule = doc.vocab.strings[match_id]
        names = _node_names(rule)
        nodes = {name: doc[i] for name, i in zip(names, token_ids)}
        frames.append(Frame(nodes[names[0]], None, None, "clause", nodes=nodes, pattern=rule))
    return frames


@construction("fronted-participle")
def fronted_participle(ctx: SentenceContext, frame: Frame) -> None:
    """"Backed by Egypt and the UAE, Haftar launched an offensive": the by-phrase backs the main subject."""
    if frame.pattern != "fronted-participle":
        return
    participle: Token = frame.nodes["participle"]
    cue = ctx.lexicon.verbs.get(lemma(participle))
    if cue is None or cue.relation is None or participle.i > frame.trigger.i:
        return
    main = frame.nodes["main"]
    agents = [m for p in objects(frame.nodes["by"]) for m in ctx.group(p)]
    described = ctx.subjects(main, is_passive(main))[0]
    if agents and described:
        frame.cue, frame.relation, frame.word = cue, cue.relation, participle
        frame.agents.extend(agents)
        frame.patients.extend((m, cue.relation) for m in described)
        frame.fire("fronted-participle")


@construction("under-control")
def under_control(ctx: SentenceContext, frame: Frame) -> None:
    """"Sarraj is under Erdogan's full control": whoever holds the control backs the one under it."""
    if frame.pattern != "under-control" or lemma(frame.nodes["control"]) not in ctx.lexicon.control_nouns_under:
        return
    verb = frame.trigger
    owners = ctx.group(frame.nodes["owner"])
    held = ctx.subjects(verb, is_passive(verb))[0]
    if owners and held:
        frame.relation, frame.word = "support", frame.nodes["control"]
        frame.agents.extend(owners)
        frame.patients.extend((m, "support") for m in held)
        frame.fire("under-control")
