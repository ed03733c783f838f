"""Allies of an outsider in the war: "its Libyan ally", "its ally" with no relation read yet (extract.coreference,
resolve_related).

"Its ally" is the actor the article has already related to the owner by support. Two things more are read here:

- A demonym of the war's place on the noun ("its Libyan ally", "Moscow's Libyan client"; lexicon conflict_places)
  says which of the related actors: one of the war's sides. The word narrows; it does not block the reading as
  other words on the noun do ("its Russian allies", "its allies in the region").
- With no such actor read, an outsider's ally or client (not its backer: "its patron" of a state is no side of the
  war) is the one side of the war the article has named so far, when it has named exactly one and has set the
  owner against it nowhere: "Armoured vehicles bought for Haftar by Egypt were seized. The loss was a blow to
  Cairo's support for its Libyan ally": the LNA. With both sides named ("Sarraj and Haftar held talks in Abu Dhabi
  ... its ally"), with the owner one of the sides itself, or with the owner set against the one side ("Turkey
  condemned Haftar ... its ally"), the reference stays unresolved: which one is not said.
"""
from __future__ import annotations

from typing import Collection, Sequence

from spacy.tokens import Token

# The relations a relational noun can state for the fallback: the owner backs the actor ("its ally": either way,
# "its client": the owner backs it); "its backer" of an outsider is no side of the war.
OWNER_BACKS = frozenset({None, False})


def war_place_word(child: Token, noun: Token, war_places: Collection[str]) -> bool:
    """A demonym or name of the war's place right on the noun, before it ("its Libyan ally"), with nothing of its own."""
    return child.dep_ in ("amod", "compound") and child.lower_ in war_places and child.i < noun.i and not list(child.children)


def actors_named_in(mentions: Sequence[object], before: int | None = None) -> set[str]:
    """The actors named among `mentions` (ActorSpans), those starting before token `before` when given."""
    return {m.actor_id for m in mentions if before is None or m.span.start < before}


def sole_named_side(
    owner: str,
    first: bool | None,
    plural: bool,
    earlier: Sequence[Collection[str]],
    here: Collection[str],
    sides: Collection[str],
    read: Sequence[tuple[str, str, str]],
) -> list[str]:
    """The one side of the war an outsider's "ally" / "client" stands for when the article has related no one to it
    that way: the only side of the war named so far (`earlier`: the actors each sentence before named; `here`: those
    named before the reference in its own sentence), when a sentence before has named the owner with it ("Armoured
    vehicles bought for Haftar by Egypt were seized": no edge read, but the two together), and the article has set the owner
    against it nowhere. [] when the owner is itself a side, the noun is plural or says the other backs the owner
    ("its backer"), or the article has named no side or both. The reference's own sentence pairs nothing: "Haftar's
    forces shelled Misrata, and Turkey vowed to arm its ally" says nothing of whose ally."""
    if plural or first not in OWNER_BACKS or owner in sides:
        return []
    found = {a for actors in (*earlier, here) for a in actors if a in sides}
    if len(found) != 1:
        return []
    side = next(iter(found))
    if not any(owner in actors and side in actors for actors in earlier):
        return []  # "Haftar's forces shelled the airport. Turkey vowed to back its ally": Turkey's ally is not said
    if any(relation == "opposition" and {owner, side} == {a, b} for a, relation, b in read):
        return []
    return [side]


def backs_own_rival(pronoun: Token, candidate: str, by_token: dict[int, object], rivals: Collection[str], backing: Collection[str]) -> bool:
    """"The LNA accused Doha of funding its rivals in Tripoli", "accused Cairo of flying rifles to its enemies": "its"
    on a rival noun that a verb of backing (`backing`: support verbs and verbs of sending) takes as its object or
    to-/for-object is not the one who backs, since no one backs its own rivals: True when `candidate` is that verb's
    subject, or, for a verb with none ("of funding"), the object of the verb whose of-phrase it is (the accused)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.lemma_.lower() not in rivals:
        return False
    if noun.dep_ not in ("dobj", "pobj") or noun.dep_ == "pobj" and noun.head.lower_ not in ("to", "for"):
        return False
    verb = noun.head
    while verb.dep_ in ("dobj", "pobj", "prep") and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "sending weapons to its rivals": the parser may hang "to" on the goods
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in backing:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        subjects = [c for c in verb.head.head.children if c.dep_ == "dobj"]  # "accused Doha of funding ..."
    return any(getattr(by_token.get(s.i), "actor_id", None) == candidate for s in subjects)
