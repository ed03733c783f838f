"""Hyphen compounds: "Turkey-backed GNA", "a Russian-brokered truce between X and Y"."""
from __future__ import annotations

from extract.relations.constructions.verbs import framed_verb
from extract.relations.context import SentenceContext
from extract.relations.grammar import is_passive, is_verb, lemma
from extract.relations.registry import Frame, construction


@construction("hyphen-compound")
def hyphen_compound(ctx: SentenceContext, frame: Frame) -> None:
    """The name before the hyphen acts on the phrase the participle modifies (only its own conjunct)."""
    token = frame.trigger
    backer = ctx.mention_at.get(token.i - 2)
    if backer is None:
        return
    head = token.head if token.dep_ in ("amod", "acl", "compound") else None
    patients = ctx.group(head, follow_conj=False) if head is not None else []
    if not patients:
        # the parser may hang the participle oddly ("the Turkey-backed Government of National Accord"): the
        # name right after it; not a name past the noun it modifies or past a conjunction ("Turkish-backed
        # forces and Haftar loyalists")
        patients = [
            m
            for m in ctx.mentions
            if token.i < m.span.start <= token.i + 4
            and not (head is not None and head.pos_ == "NOUN" and head.i + 1 < m.span.start)  # "the Russian-backed mercenaries Wagner"
            and not any(t.pos_ == "CCONJ" or t.lower_ == "," for t in token.doc[token.i + 1 : m.span.start])
        ][:1]
    frame.agents.append(backer)
    if frame.relation == "support" and head is not None and ctx.names_peace(head) and token.lemma_.lower() in ctx.lexicon.mediation_participles:
        frame.relation = "mediation"  # "UN-sponsored talks", "UN-led peace process": sponsoring talks is mediating them
    if frame.relation == "mediation" and head is not None:
        patients = ctx.between_parties(head)  # "a Russian-brokered ceasefire between the GNA and the LNA"
        if not patients and head.dep_ == "dobj" and is_verb(head.head):
            # "Switzerland hosted the UN-facilitated talks in Geneva between X and Y": the parser hangs the
            # talks' between-phrase on the verb
            patients = ctx.between_parties(head.head)
        # "the GNA and the LNA signed a Russian-brokered ceasefire", "agreed to a truce under a UN-brokered
        # deal": who takes what was brokered, or acts under it, is a party to it
        taking = head.head if head.dep_ == "dobj" else framed_verb(head)
        if taking is not None and (lemma(taking) in ctx.lexicon.convening_verbs or lemma(taking) in ctx.lexicon.mediation_participles):
            taking = None  # "Tunisia hosted the UN-sponsored forum": the host mediates beside the sponsor
        if not patients and taking is not None and is_verb(taking):
            patients = ctx.subjects(taking, is_passive(taking))[0]
    frame.patients.extend((m, frame.relation) for m in patients if m.actor_id != backer.actor_id)
    frame.fire("hyphen-compound")
