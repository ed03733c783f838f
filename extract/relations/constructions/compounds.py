"""Hyphen compounds: "Turkey-backed GNA", "a Russian-brokered truce between X and Y"."""
from __future__ import annotations

from extract.relations.constructions.mediation import _praised, framed_verb, peace_after_talks
from extract.relations.context import SentenceContext
from extract.relations.grammar import HYPHENS, is_passive, is_verb, lemma, objects, suspended_hyphen_end
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
    if not patients and frame.relation == "support" and head is not None:
        patients = _event_carriers(ctx, head)
    if _proposal_off_peace(ctx, token, head):
        return
    if token.lower_ in ctx.lexicon.wire_hiring_participles:
        # "Wagner-recruited Syrians", "Emirati-paid Chadians": people hired from a state, not the state
        patients = [m for m in patients if ctx.actor_types.get(m.actor_id, "").lower() != "state"]
    if frame.relation == "support" and head is not None and lemma(head) in ctx.lexicon.document_nouns and not ctx.names_peace(head):
        return  # "a British-sponsored UN resolution": who backs a text backs no forum that adopts it
    own_agents = len(frame.agents)  # where this construction's agents start, should it take them back
    frame.agents.append(backer)
    frame.agents.extend(m for m in _suspended_backers(ctx, token) if m.actor_id != backer.actor_id)
    if frame.relation == "support" and head is not None and ctx.names_peace(head) and token.lemma_.lower() in ctx.lexicon.mediation_participles:
        frame.relation = "mediation"  # "UN-sponsored talks", "UN-led peace process": sponsoring talks is mediating them
    if frame.relation == "mediation" and head is not None:
        patients = ctx.between_parties(head)  # "a Russian-brokered ceasefire between the GNA and the LNA"
        if not patients and head.dep_ == "dobj" and is_verb(head.head):
            # "Switzerland hosted the UN-facilitated talks in Geneva between X and Y": the parser hangs the
            # talks' between-phrase on the verb
            patients = ctx.between_parties(head.head)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj" and lemma(head.head.head) in ctx.lexicon.time_nouns:
            head = head.head.head  # "ended five days of Moroccan-hosted talks": the days are the talks held
        # "the GNA and the LNA signed a Russian-brokered ceasefire", "agreed to a truce under a UN-brokered
        # deal": who takes what was brokered, or acts under it, is a party to it
        # ("a UN-proposed truce was accepted by both sides": a passive's subject is what its doers take)
        taken = head.dep_ == "dobj" or (head.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in head.head.children))
        taking = head.head if taken else _taken_through_preposition(ctx, head) or framed_verb(head) or peace_after_talks(ctx, head)
        if taking is not None and (lemma(taking) in ctx.lexicon.convening_verbs or lemma(taking) in ctx.lexicon.mediation_participles):
            taking = None  # "Tunisia hosted the UN-sponsored forum": the host mediates beside the sponsor
        if taking is not None and lemma(taking) in ctx.lexicon.endorsement_words:
            taking = None  # "Paris supports the UN-led process", "is committed to it": a stance toward the talks, no seat at them
        if taking is not None and is_verb(taking) and _praised(ctx, taking):
            taking = None  # "France welcomed the Russian-brokered truce": praise from a third party, no seat at it
        if taking is not None and is_verb(taking) and _only_asked(ctx, taking):
            # "urged Haftar to return to UN-led talks", "called on both sides to engage in the UN-led process": who is
            # urged to take part has no seat yet, nor has the one who urges
            del frame.agents[own_agents:]
            return
        if not patients and taking is not None and is_verb(taking) and head.dep_ == "nsubjpass":
            if lemma(taking) in ctx.lexicon.answering_verbs and lemma(taking) not in ctx.lexicon.refusal_verbs:
                patients = [m for c in taking.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
        elif not patients and taking is not None and is_verb(taking):
            patients = ctx.subjects(taking, is_passive(taking))[0]
        if (
            not patients and taking is None and head.dep_ == "pobj" and head.head.lower_ in ("for", "to")
            and is_verb(head.head.head) and lemma(head.head.head) in ctx.lexicon.mediation_attending_verbs
        ):
            # "the two delegations met in Bouznika for Moroccan-hosted negotiations", "flew to Geneva for UN-led talks":
            # who comes for the talks takes part in them (mediation_attending_verbs; not "committed to the Egyptian-brokered track",
            # "called for UN-brokered talks")
            going = head.head.head
            patients = ctx.subjects(going, is_passive(going))[0]
        if not ctx.between_parties(head):
            # "France and Italy urged the parties to return to the UN-led process", "Saied opened the UN-led forum": an
            # outside power that takes up what a go-between leads, and is not named as one of its parties, is no side
            # it mediates between (as states attending a hosted conference stay its guests)
            patients = [m for m in patients if not ctx.outside_power(m.actor_id)]
    if frame.relation == "support" and token.lower_ in ctx.lexicon.client_participles:
        # "the Haftar-allied Kaniyat", "GNA-aligned militias": the phrase is allied with the name, as "allied with
        # Haftar" says, so it is the one that backs
        frame.agents, patients = frame.others(patients), list(frame.agents)
    frame.patients.extend((m, frame.relation) for m in frame.others(patients))
    frame.fire("hyphen-compound")


def _only_asked(ctx: SentenceContext, verb) -> bool:
    """Whether a verb's clause is only asked or wished for: an infinitive under a verb of persuasion, demand or wish
    ("urged Haftar to return to ...", "wants both sides to join ..."), through coordinated infinitives, or one that
    must or should be done ("his forces must stop and return to the UN-led process")."""
    asking = ctx.lexicon.persuasion_verbs | ctx.lexicon.demand_verbs | ctx.lexicon.wish_verbs
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and not _obliged(ctx, node):
        node = node.head
    if _obliged(ctx, node):
        return True
    if node.dep_ not in ("xcomp", "ccomp", "advcl") or node.tag_ != "VB":
        return False
    return is_verb(node.head) and lemma(node.head) in asking


def _obliged(ctx: SentenceContext, verb) -> bool:
    """A verb with a prescriptive modal ("must return", "should join")."""
    return any(c.dep_ == "aux" and c.lower_ in ctx.lexicon.prescriptive_modals for c in verb.children)


def _suspended_backers(ctx: SentenceContext, participle) -> list:
    """"Russian- and Emirati-backed forces": the names before suspended hyphens that `participle` finishes
    (grammar.suspended_hyphen_end), which back the forces as "Emirati" does."""
    doc = participle.doc
    found = []
    for i in range(max(0, participle.i - 14), participle.i - 2):
        mention = ctx.mention_at.get(i)
        if mention is not None and i == mention.span.end - 1 and doc[i + 1].text in HYPHENS and suspended_hyphen_end(doc[i]) == participle.i:
            found.append(mention)
    return found


def _proposal_off_peace(ctx: SentenceContext, participle, head) -> bool:
    """"a U.N.-proposed truce" is a mediator's; "a Turkish-proposed maritime deal", "the Emirati-proposed candidate"
    are only authored: a proposer's participle (category "request") mediates only on a peace noun."""
    if ctx.lexicon.category_of.get(("hyphen_participles", participle.lower_)) != "request":
        return False
    return head is None or not ctx.names_peace(head)


def _taken_through_preposition(ctx: SentenceContext, head):
    """"Sarraj signed up to a U.N.-proposed truce", "committed to a Russian-brokered ceasefire": the verb that takes
    what was brokered through its own preposition (prepositional_light_verbs)."""
    if head.dep_ != "pobj" or not is_verb(head.head.head):
        return None
    verb = head.head.head
    return verb if f"{lemma(verb)} {head.head.lower_}" in ctx.lexicon.prepositional_light_verbs else None


# Phrases that make an event the means of a clause: "retook the base with Turkish-backed drone strikes".
MEANS_PREPS = frozenset({"with", "through", "via", "by"})


def _event_carriers(ctx: SentenceContext, event) -> list:
    """"Turkish-backed drone strikes by the GNA", "the GNA retook the base with Turkish-backed drone strikes": a
    backed event (an opposition cue noun) is backed for whoever carries it out: its own agent (possessor or a
    phrase its cue reads as agent), or the subject of the clause it is the means of. Not the one it is aimed at,
    and not a clause it only precedes ("the LNA withdrew after Turkish-backed strikes": the strikes hit it)."""
    cue = ctx.lexicon.nouns.get(lemma(event))
    if cue is None or cue.relation != "opposition":
        return []
    carriers = [m for c in event.children if c.dep_ == "poss" for m in ctx.group(c)]
    carriers += [m for c in event.children if c.dep_ == "prep" and cue.preps.get(c.lower_) == "agent" for p in c.children if p.dep_ == "pobj" for m in ctx.group(p)]
    if carriers:
        return carriers
    place = event
    if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.dep_ == "pobj" and lemma(place.head.head) in ctx.lexicon.time_nouns | ctx.lexicon.quantity_nouns:
        place = place.head.head  # "with weeks of Turkish-backed strikes", "with a wave of ..."
    prep = place.head
    clause = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # the parser may hang the phrase on the object
    if place.dep_ != "pobj" or prep.lower_ not in MEANS_PREPS or not is_verb(clause) or is_passive(clause):
        return []
    aimed = {m.actor_id for c in event.children if c.dep_ == "prep" and cue.preps.get(c.lower_) == "patient" for p in c.children if p.dep_ == "pobj" for m in ctx.group(p)}
    return [m for m in ctx.subjects(clause, False)[0] if m.actor_id not in aimed]

