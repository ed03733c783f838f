"""Pair references: "the former" / "the latter" stand for the first / second actor of the pair named
last (`resolve_former_latter`), and in a gapped clause ("the former backs Haftar, the latter the GNA")
the latter does what the verb before says (`gapped_clause_edges`). The small model reads
"former"/"latter" as adjectives, so the extractor parses the text with a stand-in name in their place
(`stand_in_pair_references`) unless a stand-in then modifies the next word (`stand_ins_read_as_modifiers`).
A gapped clause whose subject is a name ("Russia backs Haftar and Turkey the GNA") is read the same way
(`note_named_gaps`).
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


def _detach_gapped_clause(
    doc: Doc, stand_in: Token, remnant: tuple[int, int], first: int | None = None, verb: Token | None = None, named_subject: bool = False
) -> Token | None:
    """Hang the stand-in and its remnant off the clause before as an unread dependent ("dep"), so
    that no construction reads them as more objects of its verb ("backs Haftar, the latter the
    GNA" is not "backs Haftar, Turkey and the GNA"); a word of the clause before that the parser
    hung on the remnant ("backs Haftar and the latter the GNA": Haftar a modifier of the GNA) takes
    the remnant's place there. `first`: where the stand-in's phrase starts, when it is a name of several words ("the
    United Arab Emirates"), whose words stay on it; `verb`: the verb left unsaid, when the caller knows it;
    `named_subject`: the stand-in is a name whose phrase may have more words ("Turkish forces"). Returns the verb left
    unsaid, or None."""
    first = stand_in.i if first is None else first
    verb = _clause_verb_before(doc[first]) if verb is None else verb
    anchor = verb if verb is not None else stand_in.sent.root
    gap = range(first, remnant[1])
    outside = [t for t in doc[remnant[0] : remnant[1]] if t.head.i not in gap]
    place = (outside[0].head, outside[0].dep_) if outside else (anchor, "dobj")
    # a named subject's phrase that the parser made the object ("to Haftar and [Turkish forces] to the GNA": "forces"
    # the object of "to", "Haftar" its modifier): the word before it takes that place
    held = [t for t in doc[first : remnant[0]] if named_subject and t.head.i not in gap and t.dep_ not in ("conj", "cc", "punct", "appos")]
    if held:
        place = (held[0].head, held[0].dep_)
        for token in held:
            token.head, token.dep_ = stand_in, "dep"
    before = [t for t in doc[stand_in.sent.start : first] if t.head.i in gap]
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
            doc.user_data.setdefault(GAPPED_CLAUSES_KEY, []).extend(gaps)
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


def note_named_gaps(docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]]) -> None:
    """"Russia backs Haftar and Turkey the GNA", "the UAE was sending weapons to Haftar, while Turkey to the GNA": a name
    (or a demonym and its noun) right after one of GAP_OPENERS, followed up to its clause's end by nothing but names of
    other actors (_named_remnant), opens a gapped clause when the verb before acts on a name the way the remnant does
    (_parallel): that verb is unsaid, the name its subject, the remnant what it acts on (read by gapped_clause_edges, as
    "the latter the GNA" is). The parser reads such names as more objects of the verb ("backs Haftar and Turkey"): they
    are detached."""
    for doc, found in zip(docs, mentions):
        named = {i for m in found for i in m.token_ids}
        gaps = []
        for mention in found:
            first = mention.span.start - (mention.span.start > 0 and doc[mention.span.start - 1].tag_ == "DT" and doc[mention.span.start - 1].i not in named)
            opener = first - 1
            if opener <= mention.span.sent.start or doc[opener].lower_ not in GAP_OPENERS:
                continue
            if doc[opener].lower_ != "," and doc[opener - 1].text == ",":
                opener -= 1  # ", while Qatar the GNA"
            remnant = _named_remnant(doc, mention, named, found)
            if remnant is None:
                continue
            verb = _verb_of(doc[opener - 1])
            if verb is None or any(t.i in mention.token_ids for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree):
                continue
            if not _parallel(doc, verb, opener, remnant, named):
                continue
            _detach_gapped_clause(doc, mention.root, remnant, first, verb, named_subject=True)
            gaps.append((verb.i, mention.root.i, *remnant))
        if gaps:
            doc.user_data.setdefault(GAPPED_CLAUSES_KEY, []).extend(gaps)


def _verb_of(last: Token) -> Token | None:
    """The verb that the last word of the clause before a gap acts through ("continues to back [Haftar]": "back")."""
    node = last
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.i < last.i:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _parallel(doc: Doc, verb: Token, opener: int, remnant: tuple[int, int], named: set[int]) -> bool:
    """The clause before acts on a name the way the remnant does: through the same preposition ("sending weapons to
    Haftar and Turkey to the GNA"; not "invited Haftar and Sarraj to Moscow"), or as its object ("backs Haftar for years
    and Ankara the GNA")."""
    carried = _carried_object_end(doc, remnant[0], remnant[1], named)
    first = next((t for t in doc[carried : remnant[1]] if t.tag_ != "RB"), doc[remnant[0]])
    if carried > remnant[0] and not any(c.dep_ == "dobj" and c.i < opener for c in verb.children):
        return False  # ("Turkey drones to the GNA": the verb before has an object of its own to carry over)
    if first.tag_ == "IN":
        phrases = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == first.lower_ and c.i < opener]
        return any(t.i in named for p in phrases for t in p.subtree if t.i < opener)
    # (the parser may hang the first object on the remnant: "backs [Haftar] and Turkey the Tripoli government")
    return any(i in named for i in range(verb.i + 1, opener))


# Tags of the words of a plain noun phrase a gapped clause carries over as its unsaid verb's object ("drones").
CARRIED_OBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "CD", "HYPH"})


def _carried_object_end(doc: Doc, start: int, end: int, named: set[int]) -> int:
    """Where the object a gapped clause carries ends: "Russia sent fighters to Haftar and Turkey [drones] to the GNA" has
    the unsaid verb's object, a plain noun phrase that names no one, before the preposition that says whom it went to;
    `start` when the remnant has no such object."""
    i = start
    while i < end and i not in named and doc[i].tag_ in CARRIED_OBJECT_TAGS:
        i += 1
    return i if start < i < end and doc[i].tag_ == "IN" and any(doc[j].tag_ in ("NN", "NNS") for j in range(start, i)) else start


def _named_remnant(doc: Doc, subject: ActorSpan, named: set[int], found: Sequence[ActorSpan]) -> tuple[int, int] | None:
    """The tokens [start, end) after a gapped clause's named subject up to its clause's end when they are names of
    other actors (a list of them too), with their determiners and at most an adverb and a preposition before them
    ("the GNA", "reportedly to the GNA and Qatar"), and at most an adverbial after them ("the GNA since 2019"); None
    otherwise ("Turkey's allies", "Turkey the next day", "Turkey, which ...")."""
    start = subject.span.end
    while subject.kind == "demonym" and start < subject.span.sent.end and doc[start].pos_ == "NOUN":
        start += 1  # "and Turkish forces to the GNA": the demonym's noun is the subject's
    end = start
    sent_end = subject.span.sent.end

    def listing(comma: int) -> bool:
        """"to the GNA, Qatar and Italy": a comma inside a list of names, which goes on to "and" or "or" (not ", el-Sisi
        said")."""
        if doc[comma].text != ",":
            return False
        i = comma + 1
        while i < sent_end and (i in named or doc[i].tag_ == "DT" or doc[i].text == "," or in_hyphen_word(doc[i])):
            i += 1
        return i < sent_end and doc[i].tag_ == "CC"

    while end < sent_end and (not _ends_clause(doc[end]) or (end > start and listing(end))):
        end += 1
    if any((t.tag_.startswith("VB") or t.tag_ == "MD") and not in_hyphen_word(t) for t in doc[start:end]):
        # ("Italy the GNA, and Greece and Malta pursued their own interests": the list after the comma is the subject
        # of a clause of its own, so the remnant ends at the comma)
        end = next((i for i in range(start, end) if _ends_clause(doc[i])), end)
    while end > start and doc[end - 1].is_space:
        end -= 1  # (an aside blanked out before the clause's end)
    words = doc[start:end]
    if not words or words[0].tag_ == "POS" or any((t.tag_.startswith("VB") or t.tag_ == "MD") and not in_hyphen_word(t) for t in words):
        return None
    carried = _carried_object_end(doc, start, end, named)
    skip = next((t.i - start for t in words if t.i >= carried and t.tag_ not in ("RB", "IN")), len(words))  # ("reportedly to the GNA")
    if sum(t.tag_ == "IN" for t in words[carried - start : skip]) > 1 or (skip < len(words) and words[skip].tag_ == "CC"):
        return None  # ("Sarraj, Lesotho and Thailand": a list goes on)
    # names, their determiners, and "and" / "or" between them ("to the GNA and Qatar")
    name_end = next((t.i for t in words[skip:] if not (t.i in named or t.tag_ in ("DT", "CC") or t.text == "," or in_hyphen_word(t))), end)
    if name_end == start + skip or (name_end < end and (doc[name_end].tag_ not in AFTER_NAME_TAGS or doc[name_end].lower_ == "of")):
        return None  # a name, then at most an adverbial ("the GNA since 2019"), not more of a noun phrase ("of ...")
    actors = {m.actor_id for m in found if start <= m.span.start < end}
    if not actors or subject.actor_id in actors:
        return None
    return start, end


def gapped_clause_edges(sent: Span, mentions: Sequence[ActorSpan], edges: Sequence[object]) -> list[object]:
    """The edges of the gapped clauses in `sent` (noted by resolve_former_latter and note_named_gaps), read as if they
    said the verb of the clause before: each edge (extract.relations.reader.Edge) that verb gave
    between its subject and what it acts on, with the gapped clause's reference and remnant in
    their places ("the former backs Haftar, the latter the GNA": the latter backs the GNA), once for each actor the
    remnant names. A verb that gave nothing gives nothing."""
    by_token = {i: m for m in mentions for i in m.token_ids}
    doc = sent.doc
    found = []
    for verb_i, reference_i, start, end in doc.user_data.get(GAPPED_CLAUSES_KEY, ()):
        reference = by_token.get(reference_i)
        remnant = {by_token[i].actor_id for i in range(start, end) if i in by_token}
        if not sent.start <= verb_i < sent.end or reference is None or not remnant:
            continue
        verb = doc[verb_i]
        holder = verb
        while holder.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children) and holder.head.i != holder.i:
            holder = holder.head  # "continues to back Haftar and Turkey the GNA": the subject of "continues"
        subjects = {by_token[t.i].actor_id for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i in by_token}
        acted_on = {by_token[t.i].actor_id for c in verb.children if c.dep_ in ("dobj", "dative", "prep", "agent") for t in c.subtree if t.i in by_token}
        for edge in edges:
            if edge.cue != verb.text:
                continue
            for target in sorted(remnant):
                if edge.actor1 in subjects and edge.actor2 in acted_on:
                    copy = replace(edge, actor1=reference.actor_id, actor2=target)
                elif edge.actor2 in subjects and edge.actor1 in acted_on:
                    copy = replace(edge, actor1=target, actor2=reference.actor_id)
                else:
                    continue
                if copy.actor1 != copy.actor2 and copy not in found:
                    found.append(copy)
    return found
