"""Ending a conflict between others: "Kuwait worked to end the rift between Saudi Arabia and Qatar",
"Egypt helped defuse the standoff between Greece and Turkey". Whoever ends, resolves or eases it
mediates between the two sides."""
from __future__ import annotations

from extract.relations.context import SentenceContext, distinct_actors
from extract.relations.grammar import is_passive, lemma
from extract.relations.registry import Frame, construction


@construction("ended-conflict")
def ended_conflict(ctx: SentenceContext, frame: Frame) -> None:
    """The verb (one of resolving_verbs) has an opposition noun as its object whose between-phrase names
    two or more sides; its subject, when it is none of them, mediates with each. Not "Qatar ended its rift
    with Saudi Arabia" (a side ending its own conflict), nor "the fighting ended" (no object)."""
    verb = frame.trigger
    for conflict in (c for c in verb.children if c.dep_ == "dobj"):
        cue = ctx.lexicon.nouns.get(lemma(conflict))
        if cue is None or cue.relation != "opposition":
            continue
        sides = distinct_actors(ctx.between_parties(conflict))
        if len(sides) < 2:
            continue
        own = {m.actor_id for m in sides}
        resolvers = [m for m in ctx.subjects(verb, is_passive(verb))[0] if m.actor_id not in own]
        if resolvers:
            frame.agents.extend(resolvers)
            frame.patients.extend((m, "mediation") for m in sides)
            frame.fire("ended-conflict")
            return
