"""Ending a conflict between others: "Kuwait worked to end the rift between Saudi Arabia and Qatar",
"Egypt helped defuse the standoff between Greece and Turkey". Whoever ends, resolves or eases it
mediates between the two sides."""
from __future__ import annotations

from extract.relations.context import SentenceContext, distinct_actors
from extract.relations.grammar import is_passive, is_to_infinitive, lemma
from extract.relations.modality import is_negated
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


@construction("halted-act")
def halted_act(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkish drones halted Haftar's advance", "the GNA retook the airport, ending a 14-month siege by Haftar's
    forces", "the EU stopped Turkish shipments to the GNA": whoever halts, ends or breaks (lexicon.halting_verbs)
    another's hostile act or aid opposes its author, beside what the act itself says. Not its author ending it
    ("Haftar ended his offensive"), nor a thing that ends it ("the truce ended the offensive"), nor a halt only wanted
    ("must stop", "moved to stop") or not made ("failed to stop" is read by the verb's modality)."""
    noun = frame.trigger
    if frame.relation not in ("opposition", "support") or not frame.agents or noun.dep_ != "dobj":
        return
    verb = noun.head
    if any(c.dep_ == "prt" for c in verb.children) or lemma(verb) not in ctx.lexicon.halting_verbs or is_negated(verb, ctx.lexicon):
        return
    if is_to_infinitive(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return  # "the mission must stop Turkish shipments", "intervened to stop the offensive": a halt wanted, not made
    authors = {m.actor_id for m in frame.agents}
    halting = [m for m in ctx.subjects(verb, is_passive(verb))[0] if m.actor_id not in authors]
    if halting:
        frame.pairs.extend((m, author, "opposition") for m in distinct_actors(halting) for author in distinct_actors(frame.agents))
        frame.fire("halted-act")
