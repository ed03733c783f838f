"""Adjective cues: "militias loyal to the GNA", "proved unacceptable for Turkey"."""
from __future__ import annotations

from extract.relations.context import SentenceContext
from extract.relations.grammar import objects, prep_text
from extract.relations.registry import Frame, construction


@construction("adjective")
def adjective(ctx: SentenceContext, frame: Frame) -> None:
    """The phrase an adjective describes acts on its prepositions' objects."""
    token, cue = frame.trigger, frame.cue
    if cue.identity == "parties":
        return
    if token.dep_ == "amod":
        own = {m for t in token.subtree for m in [ctx.mention_at.get(t.i)] if m is not None}
        described = [m for m in ctx.group(token.head) if m not in own]
    elif token.dep_ in ("acomp", "attr", "oprd"):
        described = ctx.subjects(token.head, False)[0]
    elif any(c.dep_ == "nsubj" for c in token.children):
        described = ctx.subjects(token, False)[0]  # "Egypt is opposed to Turkey": the adjective heads the clause
    else:
        described = []
    # "proved unacceptable for Turkey": the preposition may hang on the verb.
    holders = [token, token.head] if token.dep_ in ("acomp", "oprd") else [token]
    by_role = {
        role: [
            m
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and cue.preps.get(prep_text(c)) == role
            for p in objects(c)
            for m in ctx.group(p)
        ]
        for role in ("agent", "patient")
    }
    if cue.identity == "patient":
        # "Russia's suggestions proved unacceptable for Turkey": Turkey opposes Russia.
        frame.agents.extend(by_role["agent"])
        frame.patients.extend((m, cue.relation) for m in described)
    else:
        frame.agents.extend(described)
        frame.patients.extend((m, cue.relation) for m in by_role["patient"])
    frame.fire("adjective")


@construction("rival-parties")
def rival_parties(ctx: SentenceContext, frame: Frame) -> None:
    """"the two rival leaders, Sarraj and Haftar", "the warring parties, the GNA and
    the LNA": the members of the phrase a rivalry adjective modifies oppose each other."""
    token = frame.trigger
    if frame.cue.identity != "parties" or token.dep_ != "amod":
        return
    # "the GNA and the LNA, the two rival camps": an apposition after the list describes all of it.
    members = ctx.described_by(token.head) if token.head.dep_ == "appos" else ctx.group(token.head)
    if len({m.actor_id for m in members}) >= 2:
        frame.parties.extend(members)
        frame.fire("rival-parties")
