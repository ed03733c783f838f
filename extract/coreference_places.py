"""Places that a sentence after them says someone held (bridging references to a place).

"The GNA retook Mizda on Sunday. The town had been Haftar's main outpost in the south": "the town" goes back to
Mizda, and what it says of it (Haftar held it) is what "retook Mizda, Haftar's main outpost" says in one
sentence, where the place stands for its holder as what is attacked or taken (extract.relations, holding_nouns and
holding_participles). `resolve_held_places` makes the place in the first sentence a mention of the holder, so the
reader reads the taking as it reads the one-sentence form.

Only a place that is the one object of an opposition verb of the sentence right before ("captured", "retook",
"bombed"), and only a description that is the whole predicate of the next sentence's subject: "the town", "the base",
"the city" (place_nouns) or "it", described by a holding noun with its holder ("had been Haftar's stronghold", "was
the main base of the LNA") or a holding participle with its agent ("had been held by fighters loyal to the GNA", "was
used by Haftar's forces as a base"). A visit or a meeting in a place says nothing of its holder: no mention.
"""
from __future__ import annotations

from typing import Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import HELD_PLACE_KIND, ActorSpan
from extract.relations.grammar import positions_in


# The verbs by which a place is described as used by its holder, with "as" and a holding noun ("used by the LNA as
# a springboard"): the use makes it theirs only with that noun.
USING_VERBS = frozenset({"use"})


def _holder(noun: Token, by_token: dict[int, ActorSpan]) -> set[str]:
    """The actors that own a holding noun: its possessor ("Haftar's stronghold", "the LNA's main base"), its of-object
    ("the main base of the Kaniyat") or a name compounded on it ("an LNA stronghold")."""
    found: set[str] = set()
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod"):
            found |= {by_token[t.i].actor_id for t in child.subtree if t.i in by_token}
        elif child.dep_ == "prep" and child.lower_ == "of":
            found |= {by_token[t.i].actor_id for o in child.children if o.dep_ == "pobj" for t in o.subtree if t.i in by_token}
    return found


def _agents(verb: Token, by_token: dict[int, ActorSpan]) -> set[str]:
    """The actors of a passive verb's by-phrase ("held by forces loyal to the GNA": the GNA)."""
    return {by_token[t.i].actor_id for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj" for t in o.subtree if t.i in by_token}


def described_holder(sent: Span, by_token: dict[int, ActorSpan], lexicon: Lexicon) -> str | None:
    """The one actor the sentence says held the place its subject goes back to: "The town had been Haftar's last
    stronghold", "It was the main base of the LNA", "The base had been held by the GNA", "The airbase was used by
    the Kaniyat as a springboard"; None for any other sentence, or two holders."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not _goes_back_to_place(subjects[0], lexicon) or subjects[0].i in by_token:
        return None
    found: set[str] = set()
    if root.lemma_.lower() in lexicon.copular_verbs:
        for attr in (c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in lexicon.holding_nouns):
            found |= _holder(attr, by_token)
    elif root.tag_ == "VBN" and subjects[0].dep_ == "nsubjpass":
        if root.lemma_.lower() in lexicon.holding_participles:
            found = _agents(root, by_token)
        elif root.lemma_.lower() in USING_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(o.lemma_.lower() in lexicon.holding_nouns for o in c.children if o.dep_ == "pobj")
            for c in root.children
        ):
            found = _agents(root, by_token)
    return next(iter(found)) if len(found) == 1 else None


def _goes_back_to_place(subject: Token, lexicon: Lexicon) -> bool:
    """"It", or "the town", "the base", "the coastal city": a definite place noun with nothing that says which."""
    if subject.lower_ == "it" and subject.tag_ == "PRP":
        return True
    if subject.lemma_.lower() not in lexicon.place_nouns or subject.tag_ != "NN":
        return False
    children = list(subject.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and all(c.dep_ in ("det", "amod") for c in children)


def taken_place(sent: Span, by_token: dict[int, ActorSpan], lexicon: Lexicon) -> Span | None:
    """The one place the sentence's opposition verb acts on ("The GNA retook Mizda on Friday", "GNA forces seized
    the Gharyan airbase"): a name of no actor as the object of a verb whose cue is opposition, and the only object
    of that kind in the sentence; None otherwise."""
    found = []
    for token in sent:
        if token.dep_ != "dobj" or token.pos_ != "PROPN" and not any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in token.children):
            continue
        verb = token.head
        cue = lexicon.verbs.get(verb.lemma_.lower())
        if token.conjuncts:
            return None  # "retook Tarhuna and Gharyan. The town ...": which one, unsaid
        if cue is None or cue.relation != "opposition" or any(t.i in by_token for t in token.subtree):
            continue
        found.append(sent.doc[token.left_edge.i : token.i + 1])
    return found[0] if len(found) == 1 else None


def resolve_held_places(docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], lexicon: Lexicon) -> list[list[ActorSpan]]:
    """Each paragraph's mentions plus, on a place taken in one sentence that the next describes as an actor's
    (described_holder), a mention of that actor: "The GNA retook Mizda. The town had been used by Haftar's units
    as a springboard" reads as "The GNA retook Mizda, a springboard of Haftar's units". Only within a paragraph."""
    resolved = []
    for doc, found in zip(docs, mentions):
        if not found or not (positions_in(doc, LEMMA, lexicon.holding_nouns, lower=True) or positions_in(doc, LEMMA, lexicon.holding_participles, lower=True)):
            resolved.append(list(found))  # most paragraphs: no holder described
            continue
        by_token = {i: m for m in found for i in m.token_ids}
        sentences = list(doc.sents)
        added: list[ActorSpan] = []
        for first, second in zip(sentences, sentences[1:]):
            holder = described_holder(second, by_token, lexicon)
            if holder is None:
                continue
            place = taken_place(first, by_token, lexicon)
            if place is not None:
                added.append(ActorSpan(holder, HELD_PLACE_KIND, place))
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start) if added else list(found))
    return resolved
