"""Pair references: "the former" / "the latter" stand for the first / second actor of the pair named
last (`resolve_former_latter`), and in a gapped clause ("the former backs Haftar, the latter the GNA")
the latter does what the verb before says (`gapped_clause_edges`). The small model reads
"former"/"latter" as adjectives, so the extractor parses the text with a stand-in name in their place
(`stand_in_pair_references`) unless a stand-in then modifies the next word (`stand_ins_read_as_modifiers`).
Moved out of extract.coreference unchanged.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Collection, Sequence

from spacy.tokens import Doc, Span, Token

from extract.coreference import _groups, in_hyphen_word
from extract.mentions import PAIR_REFERENCE_KIND, ActorSpan

# "The former ... the latter": the small model reads "former"/"latter" as an adjective of the next
# word ("the latter arms Haftar": "arms" a noun). The parser reads a capital of the same length in
# their place (offsets hold), which it parses as the noun phrase the pair reference is.
PAIR_REFERENCE_STAND_INS = {"former": "Washington", "latter": "Kazakhstan"}
PAIR_POSITION = {"former": 0, "latter": 1}
PAIR_REFERENCE = re.compile(r"\b([Tt]he) (former|latter)\b")
# How many sentences back the pair "the former"/"the latter" choose from may have been named.
PAIR_REACH = 2
# Dependencies of a stand-in that modifies the next word: "the former president" was an adjective.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def stand_in_pair_references(text: str) -> tuple[str, dict[int, int]]:
    """The text with each "the former"/"the latter" replaced by a stand-in name of the same
    length, and {character offset: position in the pair (0 former, 1 latter)}."""
    positions: dict[int, int] = {}

    def replace(match: re.Match[str]) -> str:
        positions[match.start()] = PAIR_POSITION[match.group(2)]
        return PAIR_REFERENCE_STAND_INS[match.group(2)]

    return PAIR_REFERENCE.sub(replace, text), positions


def stand_ins_read_as_modifiers(doc: Doc, positions: dict[int, int], cue_verbs: Collection[str]) -> bool:
    """Whether a stand-in parsed as a modifier of the word after it ("the former president"):
    there "former" was an adjective, and the paragraph is parsed as written. Not when that word
    is a cue verb the small model reads as a noun ("the latter arms Haftar"), nor when the
    stand-in opens a gapped clause ("the former backs Haftar, the latter the GNA")."""
    for token in doc:
        if token.idx in positions and token.dep_ in MODIFIER_DEPS and token.head.i > token.i:
            following = doc[token.i + 1]
            if gapped_remnant(token, lambda t: t.pos_ == "PROPN" or t.tag_ == "DT" or in_hyphen_word(t)) is not None:
                continue
            if following.lemma_.lower() not in cue_verbs and following.lower_.removesuffix("s") not in cue_verbs:
                return True
    return False


# Words after which "the latter the GNA" opens a gapped clause, one that leaves unsaid the verb
# of the clause before ("the former backs Haftar, and the latter the GNA").
GAP_OPENERS = frozenset({",", ";", "and", "while", "whereas", "but"})
# doc.user_data key: the gapped clauses resolve_former_latter found, as
# (verb of the clause before, stand-in, remnant start, remnant end) token indices.
GAPPED_CLAUSES_KEY = "gapped_pair_clauses"


def gapped_remnant(stand_in: Token, is_name: Callable[[Token], bool] | None = None) -> tuple[int, int] | None:
    """The tokens [start, end) of the remnant when the stand-in opens a gapped clause: after
    one of GAP_OPENERS, followed up to the clause's end by words without a verb, which say what
    the unsaid verb acts on ("..., the latter the GNA", "and the latter the GNA's enemies").
    With `is_name`, only a remnant that starts with a name (names and determiners, `is_name`)
    that ends its noun phrase counts ("the latter the GNA last spring", not "the latter the
    GNA's enemies"). None otherwise ("and the latter's rivals" is a possessive, "the latter has"
    a clause)."""
    doc, i = stand_in.doc, stand_in.i
    if i == 0 or doc[i - 1].lower_ not in GAP_OPENERS:
        return None
    end = i + 1
    while end < stand_in.sent.end and not _ends_clause(doc[end]):
        end += 1
    remnant = doc[i + 1 : end]
    if not remnant or remnant[0].tag_ == "POS" or any((t.tag_.startswith("VB") or t.tag_ == "MD") and not in_hyphen_word(t) for t in remnant):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in remnant):
        return None
    if is_name is not None:
        name_end = next((t.i for t in remnant if not (is_name(t) or t.is_space)), end)
        if not any(t.pos_ == "PROPN" for t in doc[i + 1 : name_end]) or (name_end < end and doc[name_end].tag_ not in AFTER_NAME_TAGS):
            return None
    return i + 1, end


# Tags that may follow the name a gapped clause acts on: an adverbial ("last spring", "in March",
# "instead"), not more of its noun phrase ("the GNA's enemies", "the GNA forces").
AFTER_NAME_TAGS = frozenset({"IN", "RB", "JJ", "CD", "-LRB-"})


def _ends_clause(token: Token) -> bool:
    """Punctuation that ends a clause, not a hyphen inside a word ("Tripoli-based", "el-Sisi")."""
    return token.is_punct and not in_hyphen_word(token)


def _clause_verb_before(token: Token) -> Token | None:
    """The nearest verb before `token` in its sentence that has a subject: the verb a gapped clause leaves unsaid."""
    for candidate in reversed(token.doc[token.sent.start : token.i]):
        if candidate.tag_.startswith("VB") and any(c.dep_ in ("nsubj", "nsubjpass") for c in candidate.children):
            return candidate
    return None


def _detach_gapped_clause(doc: Doc, stand_in: Token, remnant: tuple[int, int]) -> Token | None:
    """Hang the stand-in and its remnant off the clause before as an unread dependent ("dep"), so
    that no construction reads them as more objects of its verb ("backs Haftar, the latter the
    GNA" is not "backs Haftar, Turkey and the GNA"); a word of the clause before that the parser
    hung on the remnant ("backs Haftar and the latter the GNA": Haftar a modifier of the GNA) takes
    the remnant's place there. Returns the verb left unsaid, or None."""
    verb = _clause_verb_before(stand_in)
    anchor = verb if verb is not None else stand_in.sent.root
    gap = range(stand_in.i, remnant[1])
    outside = [t for t in doc[remnant[0] : remnant[1]] if t.head.i not in gap]
    place = (outside[0].head, outside[0].dep_) if outside else (anchor, "dobj")
    before = [t for t in doc[stand_in.sent.start : stand_in.i] if t.head.i in gap]
    for token in before:
        if place[0].i != token.i and token.i not in {a.i for a in place[0].ancestors}:
            token.head, token.dep_ = place
    if anchor.i != stand_in.i and stand_in.i not in {t.i for t in anchor.ancestors}:
        stand_in.head, stand_in.dep_ = anchor, "dep"
    for token in doc[remnant[0] : remnant[1]]:
        if not remnant[0] <= token.head.i < remnant[1] or token.head.i == token.i:
            if stand_in.i not in {t.i for t in token.subtree}:
                token.head, token.dep_ = stand_in, "dep"
    return verb


def _sentence_pairs(sent: Span, mentions: Sequence[ActorSpan]) -> list[tuple[int, tuple[str, str] | None]]:
    """Where a sentence names a pair, as (token after which it is named, (first, second)); a
    coordination of three or more actors, or of members that name no actor, gives None there
    ("former" cannot pick from it). Pairs: a coordination of two actors ("Turkey and the UAE"), or a verb's single subject
    and single object ("Turkey accused Egypt")."""
    by_root = {m.root.i: m for m in mentions if sent.start <= m.root.i < sent.end}
    by_token = {i: m for m in mentions for i in m.token_ids}
    # a coordination ("Turkey and the UAE", "Egyptian officials and Turkey"); one with a member that
    # names no actor, or with three actors, gives None
    pairs: list[tuple[int, tuple[str, str] | None]] = [
        (group.end, (group.actors[0], group.actors[1]) if len(group.actors) == 2 else None)
        for group in _groups(sent, by_token, ())
        if group.coordinated
    ]
    for token in sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [by_root[c.i] for c in token.children if c.dep_ == "nsubj" and c.i in by_root and not c.conjuncts]
        objects = [by_root[c.i] for c in token.children if c.dep_ == "dobj" and c.i in by_root and not c.conjuncts]
        if len(subjects) == 1 and len(objects) == 1 and subjects[0].actor_id != objects[0].actor_id:
            first, second = sorted((subjects[0], objects[0]), key=lambda m: m.span.start)
            pairs.append((second.span.end, (first.actor_id, second.actor_id)))
    return sorted(pairs, key=lambda p: p[0])


def _own_subjects(stand_in: Token, mentions: Sequence[ActorSpan]) -> set[str]:
    """The actors named by the subject of the clause a stand-in is in ("Qatar and Italy criticised the latter": Qatar and
    Italy): a clause does not act on its own subject by "the latter", so that pair is not the one it picks from."""
    verb = stand_in.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    by_token = {i: m.actor_id for m in mentions for i in m.token_ids}
    return {by_token[t.i] for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts) if t.i in by_token}


def resolve_former_latter(docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], positions: Sequence[dict[int, int]]) -> list[list[ActorSpan]]:
    """Each paragraph's mentions with "the former"/"the latter" (the stand-in tokens at
    `positions`, from stand_in_pair_references) resolved to the first/second actor of the
    pair named most recently (_sentence_pairs): earlier in their own sentence, or in one of
    the PAIR_REACH sentences before; not the subject of its own clause (_own_subjects: "Greece and Egypt
    denounced the latter"). No pair, or a list of three or more last: unresolved.
    Whatever the finder read into a stand-in is dropped. A stand-in that opens a gapped clause
    ("the former backs Haftar, the latter the GNA") is detached from the clause before, and
    where it is noted in the doc's user_data (GAPPED_CLAUSES_KEY; read by gapped_clause_edges)."""
    if not any(positions):
        return [list(found) for found in mentions]  # no stand-in in the article: nothing to resolve or detach
    resolved = []
    pair: tuple[str, str] | None = None
    pair_sentence = -PAIR_REACH - 1
    number = 0
    for doc, found, where in zip(docs, mentions, positions):
        stand_ins = {t.i: where[t.idx] for t in doc if t.idx in where} if where else {}
        kept = [m for m in found if not stand_ins.keys() & set(m.token_ids)]
        named = {i for m in kept for i in m.token_ids}
        gaps = []
        for i in sorted(stand_ins):
            remnant = gapped_remnant(doc[i])
            if remnant is None:
                continue
            verb = _detach_gapped_clause(doc, doc[i], remnant)
            # only a remnant that is a name is read ("the latter the GNA"); "the latter the GNA's enemies" is not
            if verb is not None and gapped_remnant(doc[i], lambda t: t.i in named or t.tag_ == "DT" or in_hyphen_word(t)) is not None:
                gaps.append((verb.i, i, *remnant))
        if gaps:
            doc.user_data[GAPPED_CLAUSES_KEY] = gaps
        added = []
        for sent in doc.sents:
            references = sorted(i for i in stand_ins if sent.start <= i < sent.end)
            pairs = _sentence_pairs(sent, kept)
            if references:
                own = _own_subjects(doc[references[0]], kept)
                before = [p for end, p in pairs if end <= references[0] and (p is None or set(p) != own)]
                chosen, recent = (before[-1], True) if before else (pair, number - pair_sentence <= PAIR_REACH)
                if chosen is not None and recent:
                    added.extend(ActorSpan(chosen[stand_ins[i]], PAIR_REFERENCE_KIND, doc[i : i + 1]) for i in references)
            if pairs:
                pair, pair_sentence = pairs[-1][1], number
            number += 1
        resolved.append(sorted([*kept, *added], key=lambda m: m.span.start))
    return resolved


def gapped_clause_edges(sent: Span, mentions: Sequence[ActorSpan], edges: Sequence[object]) -> list[object]:
    """The edges of the gapped clauses in `sent` (noted by resolve_former_latter), read as if they
    said the verb of the clause before: each edge (extract.relations.reader.Edge) that verb gave
    between its subject and what it acts on, with the gapped clause's reference and remnant in
    their places ("the former backs Haftar, the latter the GNA": the latter backs the GNA). A
    remnant that names more than one actor, or a verb that gave nothing, gives nothing."""
    by_token = {i: m for m in mentions for i in m.token_ids}
    doc = sent.doc
    found = []
    for verb_i, reference_i, start, end in doc.user_data.get(GAPPED_CLAUSES_KEY, ()):
        reference = by_token.get(reference_i)
        remnant = {by_token[i].actor_id for i in range(start, end) if i in by_token}
        if not sent.start <= verb_i < sent.end or reference is None or len(remnant) != 1:
            continue
        verb, target = doc[verb_i], next(iter(remnant))
        subjects = {by_token[t.i].actor_id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i in by_token}
        acted_on = {by_token[t.i].actor_id for c in verb.children if c.dep_ in ("dobj", "dative", "prep", "agent") for t in c.subtree if t.i in by_token}
        for edge in edges:
            if edge.cue != verb.text:
                continue
            if edge.actor1 in subjects and edge.actor2 in acted_on:
                copy = replace(edge, actor1=reference.actor_id, actor2=target)
            elif edge.actor2 in subjects and edge.actor1 in acted_on:
                copy = replace(edge, actor1=target, actor2=reference.actor_id)
            else:
                continue
            if copy.actor1 != copy.actor2:
                found.append(copy)
    return found
