"""Fixed clause shapes, matched on the parse with spaCy's DependencyMatcher
(patterns in data/lexicon/clause_patterns.json), whose cue sits in one clause
and whose arguments in another."""
from __future__ import annotations

import json
import threading
from bisect import bisect_right
from functools import lru_cache

from spacy.matcher import DependencyMatcher, Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from extract.lexicon import DEFAULT_LEXICON_DIR
from extract.mentions import ActorSpan
from extract.relations.context import SentenceContext
from extract.relations.grammar import is_passive, lemma, objects
from extract.relations.registry import SPECS, ConstructionError, Frame, construction

PATTERNS_FILE = DEFAULT_LEXICON_DIR / "clause_patterns.json"


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> DependencyMatcher:
    """The patterns as spaCy's DependencyMatcher reads them: built to validate them (not called, see _match)."""
    matcher = DependencyMatcher(vocab, validate=True)
    for entry in _patterns():
        if entry["id"] not in SPECS:
            raise ConstructionError(f"{PATTERNS_FILE}: pattern {entry['id']!r} is not a construction in constructions.json.")
        operators = {node["REL_OP"] for node in entry["pattern"][1:]}
        if operators - {">"}:
            raise ConstructionError(f"{PATTERNS_FILE}: pattern {entry['id']!r} uses {sorted(operators - {'>'})}; "
                                    "clause patterns may only use '>' (head to child).")
        matcher.add(entry["id"], [entry["pattern"]])
    return matcher


@lru_cache(maxsize=4)
def _node_matcher(vocab: Vocab) -> Matcher:
    """One single-token pattern per pattern node, keyed "rule/node": the tokens each node could be."""
    _matcher(vocab)
    matcher = Matcher(vocab, validate=True)
    for entry in _patterns():
        for node in entry["pattern"]:
            matcher.add(f"{entry['id']}/{node['RIGHT_ID']}", [[node.get("RIGHT_ATTRS", {})]])
    return matcher


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    return tuple(json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))["patterns"])


def _node_names(rule: str) -> list[str]:
    return next([node["RIGHT_ID"] for node in entry["pattern"]] for entry in _patterns() if entry["id"] == rule)


# Token attributes whose values a pattern's node can require, as the parse's arrays hold them (string hashes).
FILTER_ATTRS = ("LOWER", "LEMMA", "DEP", "TAG")


@lru_cache(maxsize=1)
def _required() -> tuple[tuple[tuple[tuple[str, frozenset[str]], ...], ...], ...]:
    """Per pattern, per node, the values each filterable attribute may take."""
    patterns = []
    for entry in _patterns():
        nodes = []
        for node in entry["pattern"]:
            wanted = []
            for attr, value in node.get("RIGHT_ATTRS", {}).items():
                if attr in FILTER_ATTRS and (isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"})):
                    wanted.append((attr, frozenset([value] if isinstance(value, str) else value["IN"])))
            nodes.append(tuple(wanted))
        patterns.append(tuple(nodes))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _required_ids() -> tuple[tuple[tuple[tuple[int, frozenset[int]], ...], ...], ...]:
    """_required with each attribute as its column in FILTER_ATTRS and each value as the arrays hold it."""
    return tuple(
        tuple(tuple((FILTER_ATTRS.index(attr), frozenset(map(get_string_id, allowed))) for attr, allowed in node) for node in nodes)
        for nodes in _required()
    )


def _may_match(doc: Doc) -> bool:
    """Whether some pattern could match: every value a node requires of an attribute occurs in the paragraph
    (a paragraph with no "by", "under" or "vs" cannot match any; the Matcher over it was a tenth of the reading).
    Compared as hashes, so no word's string is looked up."""
    columns = doc.to_array(list(FILTER_ATTRS)).T.tolist() if len(doc) else [[] for _ in FILTER_ATTRS]
    present = [set(column) for column in columns]
    return any(
        all(not allowed.isdisjoint(present[column]) for node in nodes for column, allowed in node)
        for nodes in _required_ids()
    )


# Node attributes the parse's arrays hold; a node asking anything else is left to the Matcher (_node_matcher).
ARRAY_ATTRS = ("LOWER", "LEMMA", "DEP", "TAG", "POS")


@lru_cache(maxsize=1)
def _array_tests() -> tuple[tuple[str, tuple[tuple[int, frozenset[int]], ...]], ...] | None:
    """Per pattern node ("rule/node"), (column in ARRAY_ATTRS, the values it may hold as the arrays write them:
    string hashes, POS ids) per attribute it requires; None when some node requires what these do not say."""
    tests = []
    for entry in _patterns():
        for node in entry["pattern"]:
            required = []
            for attr, value in node.get("RIGHT_ATTRS", {}).items():
                if attr not in ARRAY_ATTRS or not (isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"})):
                    return None
                allowed = [value] if isinstance(value, str) else value["IN"]
                if not all(isinstance(v, str) for v in allowed):
                    return None
                ids = frozenset(POS_IDS[v] if attr == "POS" else get_string_id(v) for v in allowed)
                required.append((ARRAY_ATTRS.index(attr), ids))
            tests.append((f"{entry['id']}/{node['RIGHT_ID']}", tuple(required)))
    return tuple(tests)


def _array_candidates(doc: Doc) -> dict[str, list[int]] | None:
    """The tokens each pattern node could be, as _node_matcher finds them, read from the parse's arrays (the
    Matcher makes a Token of every word of the paragraph); None when the patterns ask what the arrays do not say."""
    tests = _array_tests()
    if tests is None:
        return None
    candidates: dict[str, list[int]] = {}
    if len(_NODES_OF_ROW) > MAX_ROWS_KNOWN:
        _NODES_OF_ROW.clear()
    for i, row in enumerate(map(tuple, doc.to_array(list(ARRAY_ATTRS)).tolist() if len(doc) else [])):
        keys = _NODES_OF_ROW.get(row)
        if keys is None:
            keys = _NODES_OF_ROW[row] = tuple(key for key, required in tests if all(row[column] in allowed for column, allowed in required))
        for key in keys:
            candidates.setdefault(key, []).append(i)
    return candidates


# The pattern nodes a word's row of ARRAY_ATTRS values satisfies, per row seen (_array_candidates): most words
# of a paragraph repeat, and testing each against every node cost more than the rest of the matching.
_NODES_OF_ROW: dict[tuple[int, ...], tuple[str, ...]] = {}
# Rows kept at most (then forgotten): a few tens of MB, however long the run.
MAX_ROWS_KNOWN = 200_000


def _match(doc: Doc) -> list[tuple[str, list[int]]]:
    """The matches DependencyMatcher would return (rule, token ids in node order), in its order, in linear time.

    DependencyMatcher walks every candidate token's ancestors to find its root,
    quadratic in the depth of the tree: a chain of 20,000 "X said that" did not
    finish in 420 s. With '>' only, a node's candidates are the children of its
    parent's token, found here by grouping candidates by head.
    """
    node_matcher = _node_matcher(doc.vocab)  # built once per vocabulary, which checks the patterns file
    candidates = _array_candidates(doc)
    if candidates is None:
        candidates = {}
        for key, start, _end in node_matcher(doc):
            candidates.setdefault(doc.vocab.strings[key], []).append(start)
    matches: list[tuple[str, list[int]]] = []
    # Each word's head as an offset from the word (0: the root), from the arrays rather than a Token per candidate.
    head_offsets = doc.to_array("HEAD").astype("int64").tolist() if len(doc) else []
    for entry in _patterns():
        rule, nodes = entry["id"], entry["pattern"]
        names = [node["RIGHT_ID"] for node in nodes]
        parents = [names.index(node["LEFT_ID"]) if "LEFT_ID" in node else -1 for node in nodes]
        by_head: list[dict[int, list[int]]] = []
        for name in names:
            grouped: dict[int, list[int]] = {}
            for i in sorted(candidates.get(f"{rule}/{name}", ())):
                if head_offsets[i]:
                    grouped.setdefault(i + head_offsets[i], []).append(i)
            by_head.append(grouped)
        roots = sorted(candidates.get(f"{rule}/{names[0]}", ()))
        chosen: list[int] = []

        def extend(k: int) -> None:
            if k == len(names):
                matches.append((rule, list(chosen)))
                return
            for i in by_head[k].get(chosen[parents[k]], ()):
                chosen.append(i)
                extend(k + 1)
                chosen.pop()

        for root in roots:
            chosen.append(root)
            extend(1)
            chosen.pop()
    return matches


class _DocMatches(threading.local):
    """The matches of the paragraph being read (per thread), found once and grouped by the
    sentence of their first token: matching a sentence span would convert the whole paragraph
    each time, and scanning every match for every sentence is quadratic in a long paragraph."""

    doc: Doc | None = None
    by_sentence: dict[int, list[tuple[str, list[int]]]] = {}

    def of(self, sent: Span) -> list[tuple[str, list[int]]]:
        doc = sent.doc
        if self.doc is not doc:
            starts = [s.start for s in doc.sents]
            grouped: dict[int, list[tuple[str, list[int]]]] = {}
            for rule, token_ids in (_match(doc) if _may_match(doc) else ()):
                grouped.setdefault(starts[bisect_right(starts, token_ids[0]) - 1], []).append((rule, token_ids))
            self.doc, self.by_sentence = doc, grouped
        return self.by_sentence.get(sent.start, [])


_doc_matches = _DocMatches()


def clause_frames(ctx: SentenceContext) -> list[Frame]:
    """One frame per match of a clause pattern inside the sentence, its nodes by name."""
    doc = ctx.sent.doc
    frames = []
    for rule, token_ids in _doc_matches.of(ctx.sent):
        if not all(ctx.sent.start <= i < ctx.sent.end for i in token_ids):
            continue
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
    if cue is None or cue.relation is None:
        return
    main = frame.nodes["main"]
    if participle.dep_ != "advcl" and not _set_off(participle):
        return  # as a subject only when a comma sets it off: "Funded by Qatar, the GNA held ..."
    agents = [m for p in objects(frame.nodes["by"]) for m in ctx.group(p)]
    described = ctx.subjects(main, is_passive(main))[0]
    while not described and main.dep_ == "advcl" and main.head.i != main.i:
        # "As the fighting spread, backed by Egypt, Haftar launched ...": the parser may hang the
        # participle on the fronted clause; it describes the main clause's subject
        main = main.head
        described = ctx.subjects(main, is_passive(main))[0]
    if agents and described and participle.i < main.i:
        frame.cue, frame.relation, frame.word = cue, cue.relation, participle
        frame.agents.extend(agents)
        frame.patients.extend((m, cue.relation) for m in described)
        frame.fire("fronted-participle")


def _set_off(participle: Token) -> bool:
    """A participle phrase that opens its sentence and ends at a comma (which the parser may hang inside it)."""
    last = participle.right_edge.i
    doc = participle.doc
    comma = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return participle.left_edge.i <= participle.sent.start + 1 and comma


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


@construction("versus")
def versus(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey vs. Egypt, UAE and Russia in Libya", "Egypt versus Turkey: the battle for Libya": a
    headline's shorthand; the name before "versus" opposes each one after it."""
    if frame.pattern != "versus":
        return
    word = frame.nodes["versus"]
    opposed = [m for p in objects(word) for m in ctx.group(p)]
    left = ctx.group(frame.nodes["left"], follow_conj=False)
    if left and opposed:
        frame.relation, frame.word = "opposition", word
        frame.agents.extend(left)
        frame.patients.extend((m, "opposition") for m in opposed)
        frame.fire("versus")



def _goal_place(mention: ActorSpan) -> bool:
    """A seat named as where a clause goes or acts ("advanced on Tripoli", "fighting around Tripoli"), which a
    participle after it does not describe as it may an actor ("attacked Haftar's forces, backed by Egypt")."""
    head = mention.root.head
    return mention.kind in ("seat", "metonym") and mention.root.dep_ == "pobj" and head.lower_ in _PLACE_PREPOSITIONS


# Prepositions of where a clause goes or acts (not "to" or "with", whose object may be whom an act serves).
_PLACE_PREPOSITIONS = frozenset({"on", "toward", "towards", "into", "around", "near", "outside", "in", "at"})


@construction("trailing-participle")
def trailing_participle(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA retook Gharyan on Wednesday, backed by Turkish drones": a sponsoring participle set off by a
    comma after its clause describes that clause's subject, as a fronted one does. Only backing (not
    "condemned by", which describes the act), and not when the phrase before the comma names an actor,
    whom the participle could describe instead ("attacked Haftar's forces, backed by Egypt")."""
    if frame.pattern != "trailing-participle":
        return
    participle: Token = frame.nodes["participle"]
    main = frame.nodes["main"]
    cue = ctx.lexicon.verbs.get(lemma(participle))
    if cue is None or cue.relation != "support" or lemma(participle) not in ctx.lexicon.sponsor_participles:
        return
    doc = participle.doc
    before = participle.left_edge.i - 1  # the comma, past any adverb ("heavily backed by")
    if participle.i < main.i or before < main.i + 1 or doc[before].text != ",":
        return
    if any(not _goal_place(m) for m in ctx.group(doc[before - 1])):
        return
    described, frame.inherited, described_is_patient = ctx.subjects(main, is_passive(main))
    agents = [m for p in objects(frame.nodes["by"]) for m in ctx.group(p)]
    if described_is_patient or not described or not agents:
        return
    frame.cue, frame.relation, frame.word = cue, "support", participle
    frame.agents.extend(agents)
    frame.patients.extend((m, "support") for m in described)
    frame.fire("trailing-participle")
