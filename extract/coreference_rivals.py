""""The two rivals", "the warring parties" with no pair set before them: the war's two sides when the sentence
before named them together (one verb's arguments) and they are all it and the reference's own sentence before it
named, but for the subject of the reference's clause: "Tunisia phoned Sarraj in March and an aide of Haftar in April.
It later offered to arbitrate between the two rivals" (Tunisia is the one offering). Any other actor named there may be
one of the rivals ("Egypt backs Haftar and Turkey the GNA. The two rivals ..." may be Egypt and Turkey), and the
reference resolves to nobody, as it does after two sides each named in a clause of its own ("Sarraj flew to Rome,
whereas Haftar went to Paris"). The extractor asks only when the pair the sentences read so far set resolved nothing
(extract.coreference.resolve_sides).

The sides a go-between moves between ("Lavrov and Cavusoglu spent hours shuttling between the two delegations") are the
war's two sides when the sentence before named both, in whatever clauses (`war_sides_gone_between`): a mediator's
between-phrase names the two parties it keeps apart, whatever words count them.
"""
from __future__ import annotations

from typing import Collection, Sequence

from spacy.tokens import Span, Token

from extract.coreference import SIDES_KIND, is_verb_argument
from extract.coreference_kinds import clause_subjects
from extract.lexicon import Lexicon
from extract.mentions import ActorSpan


def war_sides_named_before(
    references: Sequence[tuple[Span, bool]],
    mentions: Sequence[ActorSpan],
    before: Sequence[ActorSpan],
    war_sides: tuple[str, str] | None,
) -> list[ActorSpan]:
    """Two mentions, one per side of the war (`war_sides`), on each reference that says the sides are enemies, is a
    verb's argument and has no phrase of its own that says which ("the two rival factions in Yemen"), when the sentence
    before (its mentions: `before`) named the two together, as arguments of one verb, and the actors it and the
    reference's sentence before the reference named, less the reference clause's subject, are exactly those two."""
    if war_sides is None or not set(war_sides) <= {m.actor_id for m in (*before, *mentions)} or not _named_together(before, war_sides):
        return []
    by_token = {i: m for m in mentions for i in m.token_ids}
    found = []
    for span, enemies in references:
        if not enemies or not is_verb_argument(span) or any(c.dep_ == "prep" for c in span.root.children):
            continue
        named = {*(m.actor_id for m in before), *(m.actor_id for m in mentions if m.span.end <= span.start)}
        if named - clause_subjects(span.root, by_token) == set(war_sides):
            found.extend(ActorSpan(actor, SIDES_KIND, span) for actor in war_sides)
    return found


def _named_together(mentions: Sequence[ActorSpan], sides: Collection[str]) -> bool:
    """Whether every mention of the two sides among `mentions` is an argument of one and the same verb ("phoned Sarraj in
    March and an aide of Haftar in April", "has stayed in contact with Sarraj as well as Haftar"), not each in a clause of
    its own ("Sarraj flew to Rome, whereas Haftar went to Paris")."""
    verbs = {_verb_of(m.root).i for m in mentions if m.actor_id in sides}
    return len(verbs) == 1


def _verb_of(token: Token) -> Token:
    """The nearest verb above a word (the word's sentence root when none)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def war_sides_gone_between(
    references: Sequence[tuple[Span, bool]],
    before: Sequence[ActorSpan],
    war_sides: tuple[str, str] | None,
    lexicon: Lexicon,
    mentions: Sequence[ActorSpan] = (),
) -> list[ActorSpan]:
    """Two mentions, one per side of the war, on a side phrase that is the between-object of a mediation cue verb
    ("shuttled between the two delegations", "mediated between the two camps"), when the sentence before named both
    sides of the war, or its own sentence names both after the phrase ("Williams, who had shuttled between the two
    delegations, said the accord between the GNA and the LNA would hold"). Any other between-phrase ("talks between the
    two sides") waits for a pair set before it."""
    if war_sides is None:
        return []
    named_before = set(war_sides) <= {m.actor_id for m in before}
    found = []
    for span, _ in references:
        if not named_before and not set(war_sides) <= {m.actor_id for m in mentions if m.span.start >= span.end}:
            continue
        noun = span.root
        if noun.dep_ != "pobj" or noun.head.lower_ != "between":
            continue
        verb = noun.head.head
        cue = lexicon.verbs.get(verb.lemma_.lower())
        if verb.pos_ == "VERB" and cue is not None and "mediation" in (cue.relation, cue.preps.get("between")):
            found.extend(ActorSpan(actor, SIDES_KIND, span) for actor in war_sides)
    return found
