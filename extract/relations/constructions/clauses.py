"""Fixed clause shapes, matched on the parse with spaCy's DependencyMatcher
(patterns in data/lexicon/clause_patterns.json), whose cue sits in one clause
and whose arguments in another."""
from __future__ import annotations

import json
from functools import lru_cache

from spacy.matcher import DependencyMatcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from extract.lexicon import DEFAULT_LEXICON_DIR
from extract.relations.context import SentenceContext
from extract.relations.grammar import is_passive, lemma, objects
from extract.relations.registry import SPECS, ConstructionError, Frame, construction

PATTERNS_FILE = DEFAULT_LEXICON_DIR / "clause_patterns.json"


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> DependencyMatcher:
    data = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    matcher = DependencyMatcher(vocab, validate=True)
    for entry in data["patterns"]:
        if entry["id"] not in SPECS:
            raise ConstructionError(f"{PATTERNS_FILE}: pattern {entry['id']!r} is not a construction in constructions.json.")
        matcher.add(entry["id"], [entry["pattern"]])
    return matcher


def _node_names() -> dict[str, list[str]]:
    data = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    return {entry["id"]: [node["RIGHT_ID"] for node in entry["pattern"]] for entry in data["patterns"]}


def clause_frames(ctx: SentenceContext) -> list[Frame]:
    """One frame per match of a clause pattern in the sentence, its nodes by name."""
    doc = ctx.sent.doc
    names = _node_names()
    frames = []
    for match_id, token_ids in _matcher(doc.vocab)(ctx.sent):
        rule = doc.vocab.strings[match_id]
        nodes = {name: ctx.sent[i] for name, i in zip(names[rule], token_ids)}
        frame = Frame(nodes[names[rule][0]], None, None, "clause", nodes=nodes, pattern=rule)
        frames.append(frame)
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
