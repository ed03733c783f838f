"""Sending and urging verbs: "sent drones to the GNA", "provided Haftar with
weapons", "Russia urged Haftar to sign the ceasefire"."""
from __future__ import annotations

from extract.relations.context import SentenceContext
from extract.relations.grammar import datives, is_passive, lemma, objects
from extract.relations.registry import Frame, construction


@construction("transfer")
def transfer(ctx: SentenceContext, frame: Frame) -> None:
    """Whoever sends aid (weapons, troops, money: the lexicon's aid nouns) supports its recipient."""
    token = frame.trigger
    # "supplied Haftar's forces with drones": forces that name an actor receive, not are sent.
    aid_objects = [c for c in token.children if c.dep_ == "dobj" and ctx.is_aid(c) and not ctx.group(c)]
    direct = [c for c in token.children if c.dep_ == "dobj"]
    with_aid = [
        pobj
        for holder in (token, *direct)  # the parser may hang "with drones" on the object
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for pobj in objects(c)
        if ctx.is_aid(pobj)
    ]
    if not aid_objects and not with_aid:
        return
    recipients = []
    if aid_objects:
        for holder in (token, *aid_objects):
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "for"):
                    recipients.extend(m for pobj in objects(c) for m in ctx.group(pobj))
                elif c.dep_ == "dative":
                    recipients.extend(m for d in datives(c) for m in ctx.group(d))
    else:
        recipients.extend(m for c in direct for m in ctx.group(c))
    # Without a recipient the reading can still come from "in support of X".
    subjects, frame.inherited, subject_is_patient = ctx.subjects(token, is_passive(token))
    if not subject_is_patient:
        frame.agents.extend(subjects)
    frame.patients.extend((m, "support") for m in recipients)
    frame.fire("transfer")


@construction("persuasion")
def persuasion(ctx: SentenceContext, frame: Frame) -> None:
    """Pressing a party towards a ceasefire or talks is mediation with it."""
    token = frame.trigger
    clause = [c for c in token.children if c.dep_ in ("xcomp", "ccomp", "prep", "advcl")]
    towards_peace = any(
        (cue := ctx.lexicon.nouns.get(lemma(t))) is not None and cue.relation == "mediation" for c in clause for t in c.subtree
    )
    if not towards_peace:
        return
    subjects, frame.inherited, subject_is_patient = ctx.subjects(token, is_passive(token))
    persuaded = [m for c in token.children if c.dep_ == "dobj" for m in ctx.group(c)]
    if subject_is_patient:
        persuaded, subjects = subjects, [m for c in token.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    frame.agents.extend(subjects)
    frame.patients.extend((m, "mediation") for m in persuaded)
    frame.fire("persuasion")
