"""Adjective cues: "militias loyal to the GNA", "proved unacceptable for Turkey"."""
from __future__ import annotations

from spacy.tokens import Token

from extract.relations.context import SentenceContext
from extract.relations.grammar import is_passive, is_verb, lemma, objects, prep_text
from extract.relations.registry import Frame, construction


# Verbs whose attribute describes their subject ("the Kaniyat is / became a militia loyal to Haftar"); not "called
# the militias loyal to Sarraj terrorists", whose subject names them.
COPULAS = frozenset({"be", "become", "remain"})


@construction("adjective")
def adjective(ctx: SentenceContext, frame: Frame) -> None:
    """The phrase an adjective describes acts on its prepositions' objects."""
    token, cue = frame.trigger, frame.cue
    if cue.identity == "parties":
        return
    if token.dep_ in ("amod", "acl"):  # "militias loyal to X", "Wagner, affiliated with Russia,"
        own = {m for t in token.subtree for m in [ctx.mention_at.get(t.i)] if m is not None}
        described = [m for m in ctx.group(token.head) if m not in own]
        if not described and token.head.i not in ctx.mention_at:
            # "the Kaniyat, a militia loyal to Haftar", "the Kaniyat is a militia allied to Haftar": a noun of no one
            # that describes a name is that name
            if token.head.dep_ == "appos":
                described = [m for m in ctx.described_by(token.head) if m not in own]
            elif token.head.dep_ == "attr" and lemma(token.head.head) in COPULAS:
                described = [m for m in ctx.subjects(token.head.head, False)[0] if m not in own]
    elif token.dep_ == "oprd" and (objects_ := [c for c in token.head.children if c.dep_ == "dobj"]):
        # "blaming forces loyal to Haftar", "considers the Kaniyat loyal to Haftar": an object's predicate is the object's
        described = [m for o in objects_ for m in ctx.group(o)]
    elif token.dep_ in ("acomp", "attr", "oprd"):
        described = ctx.subjects(token.head, False)[0]
    elif any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "Egypt is opposed to Turkey": the adjective heads the clause; "the GNA was alarmed by": or the parser's passive
        described = ctx.subjects(token, False)[0]
    else:
        described = []
    # "proved unacceptable for Turkey": the preposition may hang on the verb.
    holders = [token, token.head] if token.dep_ in ("acomp", "oprd") else [token]
    by_role = {
        role: [
            m
            for holder in holders
            for c in holder.children
            if c.dep_ in ("prep", "agent") and cue.preps.get(prep_text(c)) == role  # "was concerned by": an agent to the parser
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
    if not members:
        members = [m for s in split_apposition(token.head) for m in ctx.group(s)]
    if _backers_listed(ctx, token.head, members):
        return
    if _placed_in_war(token.head, ctx):
        # "Libya's rival factions, the United States, the EU and Algeria called for a truce": the factions of a
        # place are no outside power, so those listed with them are more of the subject, not its members
        members = [m for m in members if not ctx.outside_power(m.actor_id)]
    if len({m.actor_id for m in members}) >= 2:
        frame.parties.extend(members)
        frame.fire("rival-parties")


def _placed_in_war(sides: Token, ctx: SentenceContext) -> bool:
    """"Libya's rival factions", "the Libyan warring parties", "the rival camps in Libya": the rivals of the war's
    place (lexicon conflict_places)."""
    places = ctx.lexicon.conflict_places
    return any(c.dep_ in ("poss", "amod", "compound") and c.lower_ in places for c in sides.children if c.i < sides.i) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ in places for p in c.children) for c in sides.children if c.i > sides.i
    )


def _backers_listed(ctx: SentenceContext, sides: Token, members: list) -> bool:
    """"the sponsors of the rival factions — Egypt, Qatar and Turkey among them —": a list of outside powers
    (outsider_types) set off after the rival sides that a role noun (identity agent: sponsors, backers) is of names
    the role's holders, which the parser hangs on the nearest noun; they are not the rivals."""
    if sides.dep_ != "pobj" or sides.head.lower_ != "of" or not members:
        return False
    role = ctx.lexicon.nouns.get(lemma(sides.head.head))
    return (
        role is not None
        and role.identity == "agent"
        and all(m.root.i > sides.i for m in members)
        and all(ctx.outside_power(m.actor_id) for m in members)
    )


def split_apposition(noun: Token) -> list[Token]:
    """"The competing camps, the GNA and the LNA, met": the parser can read the apposition after
    a subject's comma as a second subject of the same verb; that subject is what the noun names."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    return [c for c in noun.head.children if c.dep_ == noun.dep_ and c.left_edge.i == comma + 1]


@construction("upset-that")
def upset_that(ctx: SentenceContext, frame: Frame) -> None:
    """"Sarraj was angered that Italy had received Haftar", "the GNA is furious that France sent weapons to Haftar":
    an adjective of opposition, or the passive of a verb that upsets its object (category rivalry: anger, infuriate,
    alarm), with a that-clause says the one upset opposes the clause's subject. Not a clause that is negated ("furious
    that Italy had not received Haftar" may be anyone's fault)."""
    token = frame.trigger
    if frame.relation != "opposition":
        return
    # ("..., angered that": a participle adjunct with no subject of its own, whatever the tagger calls it)
    participle = is_passive(token) or (
        token.tag_ in ("VBN", "VBD")
        and (token.dep_ in ("advcl", "acl", "amod") or (token.dep_ == "conj" and token.doc[token.i - 1].text == ","))
        and not any(c.dep_ in ("nsubj", "dobj") for c in token.children)
    )
    if frame.family == "verb" and not (participle and getattr(frame.cue, "category", None) == "rivalry"):
        return
    clause = next((c for c in token.children if c.dep_ == "ccomp" and is_verb(c) and c.i > token.i), None)
    if clause is None or any(c.dep_ == "neg" for c in clause.children) or not any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children):
        return
    holder = token.head if token.dep_ in ("acomp", "oprd") else token
    upset = ctx.subjects(holder, is_passive(holder))[0]
    if not upset and holder.dep_ in ("advcl", "acl", "amod", "conj"):
        # "cancelled a visit, angered that ...": the clause's subject; "Egypt, alarmed that ...": the noun's
        upset = ctx.subjects(holder.head, is_passive(holder.head))[0] if is_verb(holder.head) else ctx.group(holder.head)
    own = {m.actor_id for m in upset}
    # the clause's subject itself, or whose it is ("Turkish troops"): not the sides of talks that collapsed
    subjects = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in (c, *c.conjuncts)}
    causers = [
        m for m in ctx.subjects(clause, is_passive(clause))[0]
        if m.actor_id not in own and (m.root.i in subjects or (m.root.head.i in subjects and m.root.dep_ in ("amod", "compound", "poss")))
    ]
    if upset and causers:
        frame.agents = upset
        frame.patients = [(m, "opposition") for m in causers]
        frame.fire("upset-that")
