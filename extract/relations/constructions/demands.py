"""Demands that an actor leave: "the US urged Russia to withdraw its mercenaries",
"Turkey must withdraw its troops, Macron said". Demanding that X withdraw, or stop a hostile act, opposes X."""
from __future__ import annotations

from spacy.tokens import Token

from extract.lexicon import Lexicon
from extract.mentions import ActorSpan
from extract.relations.context import SentenceContext, distinct_actors
from extract.relations.grammar import RELATIVE_PRONOUNS, asked_subjects, asked_clauses, is_passive, is_to_infinitive, lemma, objects
from extract.relations.modality import is_negated, modal_verb
from extract.relations.constructions.mediation import both_war_sides
from extract.relations.registry import Frame, construction


@construction("demanded-withdrawal")
def demanded_withdrawal(ctx: SentenceContext, frame: Frame) -> None:
    token = frame.trigger
    if token.pos_ == "NOUN":
        _demanded_pullout(ctx, frame)
        return
    if any(
        c.dep_ == "dobj" and not ctx.is_aid(c) and (lemma(c) in ctx.lexicon.nouns or lemma(c) in ctx.lexicon.envoy_nouns) for c in token.children
    ):
        return  # "to withdraw recognition from the GNA", "withdrew its ambassador": not forces pulled out
    demander: list[ActorSpan] = []
    leaving: list[ActorSpan] = []
    governor = token.head
    if token.dep_ == "xcomp" and (_asked_onset(ctx, governor) or (lemma(governor) in ctx.lexicon.onset_verbs and _asked_clause(ctx, governor))):
        token, governor = governor, governor.head  # "urged the UAE to begin withdrawing": the onset verb is what is asked
    if token.dep_ == "conj" and (first := _asked_clause(ctx, token)) is not None:
        # "called on Russia to respect Libyan sovereignty and to begin withdrawing": the second thing asked
        token, governor = first, first.head
    if token.dep_ in ("xcomp", "ccomp") and (lemma(governor) in ctx.lexicon.persuasion_verbs or lemma(governor) in ctx.lexicon.demand_verbs):
        # "urged Russia to withdraw", "called on Turkey to pull out"
        demander = ctx.subjects(governor, is_passive(governor))[0]
        leaving = [m for c in governor.children if c.dep_ == "dobj" for m in ctx.group(c)]
        # "called on Turkey to pull out", "called for Wagner mercenaries to leave"
        leaving += [m for c in governor.children if c.dep_ == "prep" and c.lower_ in ("on", "for") for p in objects(c) for m in ctx.group(p)]
    elif token.dep_ in ("advcl", "acl") and (demander := _demand_owner(ctx, governor)):
        # "stressed the need for Turkish troops to quit Libya", "called for Turkish troops to leave", "Egypt's demand
        # that Turkey withdraw": the clause says who must leave (its subject, taken below)
        pass
    elif modal_verb(token, ctx.lexicon) == "prescriptive":
        # "Turkey and Russia must withdraw their troops, Macron said"
        leaving = ctx.subjects(token, is_passive(token))[0]
        demander = _reporter(ctx, token)
    if not leaving:
        leaving = ctx.subjects(token, is_passive(token))[0] if demander else []
    # a pullback asked of both sides of the war together is a step to peace between them, asked by a go-between
    # ("demanded that Haftar and the Tripoli government pull heavy weapons back"), as persuasion reads "urged both to"
    relation = "mediation" if both_war_sides(ctx, {m.actor_id for m in leaving}) else "opposition"
    if demander and leaving:
        frame.agents.extend(demander)
        frame.patients.extend((m, relation) for m in leaving)
        frame.fire("demanded-withdrawal")


def _demand_owner(ctx: SentenceContext, governor: Token) -> list[ActorSpan]:
    """Who demands, when a clause hangs on a demand: the subject of a demand verb ("called for X to leave"), or the
    owner of a demand noun (demand_nouns): its possessor ("Egypt's demand that"), or the subject of the verb that
    voices it (light or reporting verbs: "Washington stressed the need for", "reiterated its call for"), not of
    one that only meets it ("Russia ignored calls for its troops to leave")."""
    if governor.pos_ in ("VERB", "AUX"):
        return ctx.subjects(governor, is_passive(governor))[0] if lemma(governor) in ctx.lexicon.demand_verbs else []
    if lemma(governor) not in ctx.lexicon.demand_nouns:
        return []
    owners = [m for c in governor.children if c.dep_ == "poss" for m in ctx.group(c)]
    voicing = governor.head
    voices = lemma(voicing) in ctx.lexicon.light_verbs or lemma(voicing) in ctx.lexicon.reporting_verbs
    if lemma(voicing) in ctx.lexicon.denial_verbs or is_negated(voicing, ctx.lexicon):
        return []  # "Athens denied the need for Turkish troops to quit Libya"
    if not owners and governor.dep_ == "dobj" and voices:
        owners = ctx.subjects(voicing, is_passive(voicing))[0]
    return owners


def _demanded_pullout(ctx: SentenceContext, frame: Frame) -> None:
    """"Iraq demanded the withdrawal of Turkish troops", "called for the departure of Haftar's
    mercenaries": the noun's of-object is who must leave; whoever demands it opposes them."""
    noun = frame.trigger
    demand = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on"):
        demand = noun.head.head  # "called for the withdrawal of", "insisted on the departure of"
    elif noun.dep_ != "dobj":
        return
    elif _asked_onset(ctx, demand):
        _asked_to_begin_pullout(ctx, frame, demand)
        return
    if demand.pos_ in ("NOUN", "PROPN"):
        demander = _demand_owner(ctx, demand)  # "reiterated its call for the departure of Turkish troops"
    elif lemma(demand) in ctx.lexicon.demand_verbs:
        demander = ctx.subjects(demand, is_passive(demand))[0]
    else:
        return
    leaving = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c) for m in ctx.group(p)]
    leaving += [m for c in noun.children if c.dep_ == "poss" for m in ctx.group(c)]  # "Turkey's withdrawal"
    own = {m.actor_id for m in demander}
    leaving = [m for m in leaving if m.actor_id not in own]
    if demander and leaving:
        frame.agents.extend(demander)
        frame.patients.extend((m, "opposition") for m in leaving)
        frame.fire("demanded-withdrawal")


def _asked_clause(ctx: SentenceContext, verb: Token) -> Token | None:
    """The first of coordinated clauses a persuasion or demand verb asks, when `verb` is a later one ("urged Turkey to
    respect the truce and to pull out"): the parser hangs the later ones on the first as conjuncts."""
    if is_passive(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "aux") and c.lower_ != "to" for c in verb.children):
        return None  # "told Dbeibah that the memorandum cannot stand and must be withdrawn": a clause of its own
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    asking = node.head
    if node is verb or node.dep_ != "xcomp":
        return None
    return node if lemma(asking) in ctx.lexicon.persuasion_verbs or lemma(asking) in ctx.lexicon.demand_verbs else None


def _asked_onset(ctx: SentenceContext, verb: Token) -> bool:
    """"urged Turkey to begin its withdrawal", "pressed Moscow to speed up the pullout of its fighters": an onset verb
    (onset_verbs) in the clause of what a persuasion or demand verb asks (the parser can hang that to-clause as advcl)."""
    asking = verb.head
    return (
        lemma(verb) in ctx.lexicon.onset_verbs
        and (verb.dep_ in ("xcomp", "ccomp") or (verb.dep_ == "advcl" and verb.i > asking.i and is_to_infinitive(verb)))
        and (lemma(asking) in ctx.lexicon.persuasion_verbs or lemma(asking) in ctx.lexicon.demand_verbs)
    )


def _asked_to_begin_pullout(ctx: SentenceContext, frame: Frame, onset: Token) -> None:
    """"called on Russia and Turkey to begin their withdrawal", "urged Ankara to complete the withdrawal of its
    troops": whoever is asked to set its own pullout going (its own: a possessive pronoun, or none named) must leave,
    as "urged Turkey to withdraw" says; the asker opposes it. A pullout of others named ("asked the GNA to start the
    withdrawal of Russian fighters") is theirs, and who asks it opposes them."""
    noun = frame.trigger
    asking = onset.head
    demander = ctx.subjects(asking, is_passive(asking))[0]
    # "the withdrawal of their mercenaries": theirs, the ones asked
    others = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c) if not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in p.children)]
    leaving = [m for p in others for m in ctx.group(p)]
    leaving += [m for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for m in ctx.group(c)]
    # the ones asked; the parser can hang a second one on the verb ("pressed the Tripoli government and Haftar's forces
    # to ...") or make the first a modifier of the second ("pressed Sarraj and Haftar's forces")
    asked = [c for c in asking.children if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]
    asked += [p for c in asking.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in objects(c)]
    if not leaving:
        leaving = [m for c in asked for m in ctx.group(c)]
    own = {m.actor_id for m in demander}
    leaving = [m for m in leaving if m.actor_id not in own]
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    named = {m.actor_id for m in leaving} | {ctx.mention_at[t.i].actor_id for c in asked for t in c.subtree if t.i in ctx.mention_at}
    if len(named & sides) >= 2:
        return  # "asked both Tripoli and Haftar to start their pullback": a disengagement, read as persuasion
    if demander and leaving:
        frame.agents.extend(demander)
        frame.patients.extend((m, "opposition") for m in leaving)
        frame.fire("demanded-withdrawal")


def _reporter(ctx: SentenceContext, token: Token) -> list[ActorSpan]:
    speaker = ctx.reported_by(token) or ctx.speaker
    return [next(m for m in ctx.mentions if m.actor_id == speaker)] if any(m.actor_id == speaker for m in ctx.mentions) else []


@construction("demanded-end")
def demanded_end(ctx: SentenceContext, frame: Frame) -> None:
    """"The UAE called for an end to Turkish interference", "Egypt demanded a halt to Haftar's offensive": a
    hostile act whose end (lexicon.ending_nouns) someone demands is opposed by the one who demands it; the act's
    agent (its possessor, demonym or by-phrase) is the one opposed. Not an end to fighting between two sides
    ("called for an end to the fighting between the GNA and the LNA"), which is peace-making."""
    noun = frame.trigger
    if frame.relation != "opposition" or not frame.agents or frame.patients or frame.parties:
        return
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "of"):
        return
    ending = noun.head.head
    if lemma(ending) not in ctx.lexicon.ending_nouns:
        # "demanded a halt to Haftar's offensive": the parser may hang "to" on the verb
        ending = next((c for c in ending.children if c.dep_ == "dobj" and lemma(c) in ctx.lexicon.ending_nouns), None)
        if ending is None:
            return
    demand = ending.head.head if ending.dep_ == "pobj" and ending.head.lower_ == "for" else ending.head
    if ending.dep_ not in ("dobj", "pobj") or lemma(demand) not in ctx.lexicon.demand_verbs or is_negated(demand, ctx.lexicon):
        return  # (the act's own modality is read by emit; the demand's negation is not on its way)
    demander = ctx.subjects(demand, is_passive(demand))[0]
    acting = {m.actor_id for m in frame.agents}
    demander = [m for m in demander if m.actor_id not in acting]
    if demander:
        frame.pairs.extend((m, agent, "opposition") for m in demander for agent in frame.agents)
        frame.agents = []
        frame.fire("demanded-end")


@construction("demanded-stop")
def demanded_stop(ctx: SentenceContext, frame: Frame) -> None:
    """"France urged Turkey to stop sending mercenaries to Libya", "Pompeo called on Russia to end its
    destabilising activities": asking an actor to stop (lexicon.ceasing_verbs) a hostile act, or its aid to a
    side, opposes that actor; the demand presupposes the act goes on. Asked to stop another's act ("called on the
    Security Council to stop Haftar's attack"), the demand opposes its author. Stopping the fighting between two sides
    is peace-making, read by persuasion before this."""
    verb = frame.trigger
    if frame.rule:
        return
    asked = _asked_ones(ctx, verb)
    # (not a withdrawal: "called on the Arab League to withdraw recognition from the GNA" is read as one, or not at all)
    # ("to stop violating the embargo and stop sending fighters", "to respect Libya's sovereignty and halt its
    # intervention": each stop of a coordination)
    stops = [
        s for c in (*(c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")), *asked_clauses(verb))
        if lemma(c) not in ctx.lexicon.withdrawal_verbs
        for s in (c, *c.conjuncts) if lemma(s) in ctx.lexicon.ceasing_verbs and (s is not c or lemma(s) not in ctx.lexicon.withdrawal_verbs)
    ]
    stopping = next((s for s in stops if _hostile_act(ctx, s)), None)
    if stopping is None:
        return
    first = stopping
    while first.dep_ == "conj" and first.head.i not in (first.i, verb.i):
        first = first.head
    # '"Russia must respect Libya's sovereignty and cease its intervention," the envoy told the Council': a stop with a
    # subject of its own is asked of that subject, not of whom the words are told to
    stoppers = [m for c in first.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for m in ctx.group(c)]
    asked = stoppers or asked
    if not asked:
        return
    asking = {m.actor_id for m in asked}
    demander = [m for m in ctx.subjects(verb, is_passive(verb))[0] if m.actor_id not in asking]
    found = _others_act(ctx, stopping, asking)
    if found is not None:
        # "called on the Security Council to stop Haftar's attack": the demand is against the act's author, and the
        # one asked is asked to step in; but the of-phrase of a noun of aid or deployment names what is sent, whose
        # sender may be the one asked ("urged Russia to stop the deployment of Wagner mercenaries": both)
        authors, sure = found
        own = {d.actor_id for d in demander}
        asked = [m for m in [*authors, *([] if sure else asked)] if m.actor_id not in own]
    if demander and asked:
        frame.pairs.extend((m, a, "opposition") for m in demander for a in distinct_actors(asked))
        frame.fire("demanded-stop")


def _others_act(ctx: SentenceContext, stopping: Token, asked: set[str]) -> tuple[list[ActorSpan], bool] | None:
    """The actors an act to stop is said to be by ("Haftar's attack", "the offensive by the LNA", "the attack of the
    general Haftar", "the deployment of Wagner mercenaries"), when none of them is one of the `asked`, and whether they
    surely did it (a possessor or a by-phrase, or the of-phrase of a hostile act; not the of-phrase of aid or a
    deployment, which may name what was sent); None when the act names no author or is theirs."""
    authors, sure = [], True
    for act in (c for c in stopping.children if c.dep_ == "dobj"):
        hostile = getattr(ctx.lexicon.nouns.get(lemma(act)), "relation", None) == "opposition"
        for w in act.children:
            if w.dep_ == "poss":
                authors += ctx.group(w)
            elif w.dep_ in ("prep", "agent") and w.lower_ in ("by", "of"):
                named = [m for p in objects(w) for m in ctx.group(p)]
                authors += named
                sure = sure and (w.lower_ == "by" or hostile or not named)
    if not authors or any(m.actor_id in asked for m in authors):
        return None
    return authors, sure


@construction("demanded-hostility")
def demanded_hostility(ctx: SentenceContext, frame: Frame) -> None:
    """"Greece urged the EU to impose sanctions on Turkey", "the eastern parliament called on Egypt to send troops to
    counter the Turkish occupation", "Athens asked its partners to act against Ankara": asking another to act against
    someone (an opposition cue verb in the infinitive asked, or a light verb with an opposition noun) opposes that one;
    the one asked acts against them only if it complies (its own edge is read by the cue, prescriptively). Not a
    request to stop or not to act ("urged Russia to stop attacking the GNA": demanded-stop), nor a negated request."""
    verb = frame.trigger
    if frame.rule or is_negated(verb, ctx.lexicon):
        return
    lex = ctx.lexicon
    asked_acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and is_to_infinitive(c)]
    asked_acts += [p for a in list(asked_acts) for p in a.children if p.dep_ in ("advcl", "xcomp") and p.pos_ == "VERB" and is_to_infinitive(p)]
    targets: list[ActorSpan] = []
    for act in asked_acts:
        if lemma(act) in lex.ceasing_verbs or is_negated(act, lex):
            continue
        targets += _hostile_targets(ctx, act)
    if not targets:
        return
    asked = {m.actor_id for m in _asked_ones(ctx, verb)}
    hit = {m.actor_id for m in targets}
    askers = [m for m in ctx.subjects(verb, is_passive(verb))[0] if m.actor_id not in hit and m.actor_id not in asked]
    if askers:
        frame.pairs.extend((a, t, "opposition") for a in distinct_actors(askers) for t in distinct_actors(targets) if t.actor_id not in asked)
        if frame.pairs:
            frame.fire("demanded-hostility")


def _asked_ones(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """Whom a verb of asking asks: its object ("urged Turkey"), its on-phrase ("called on Russia") or the subject of
    its for-clause ("called for the LNA to halt its assault")."""
    asked = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c)]
    asked += [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in objects(c) for m in ctx.group(p)]
    asked += [m for s in asked_subjects(verb) for m in ctx.group(s)]
    return asked


def _hostile_targets(ctx: SentenceContext, act: Token) -> list[ActorSpan]:
    """Whom an act asked for is aimed at: the object (or the opposing preposition's object) of an opposition cue verb
    ("to attack Haftar", "to act against Ankara"), or the patient of an opposition noun it takes ("to impose sanctions
    on Turkey", "to counter the Turkish occupation": the noun's author)."""
    lex = ctx.lexicon
    cue = lex.verbs.get(lemma(act))
    found: list[ActorSpan] = []
    if cue is not None and cue.relation == "opposition":
        found += [m for c in act.children if c.dep_ == "dobj" for m in ctx.group(c)]
    found += [m for c in act.children if c.dep_ == "prep" and c.lower_ in lex.opposing_preps for p in objects(c) for m in ctx.group(p)]
    for noun in (c for c in act.children if c.dep_ == "dobj" and c.i not in ctx.mention_at):
        noun_cue = lex.nouns.get(lemma(noun))
        if noun_cue is None or noun_cue.relation != "opposition":
            continue
        # (the parser may hang the noun's preposition on a light verb: "to impose sanctions on Turkey")
        holders = [noun, act] if lemma(act) in lex.light_verbs else [noun]
        found += [m for h in holders for c in h.children if c.dep_ == "prep" and noun_cue.preps.get(c.lower_) == "patient" for p in objects(c) for m in ctx.group(p)]
        if cue is not None and cue.relation == "opposition":
            # "to counter the Turkish occupation": a hostile act countered opposes its author
            found += [m for c in noun.children if c.dep_ in ("amod", "compound", "poss") and (m := ctx.mention_at.get(c.i)) is not None]
    return found


def _hostile_act(ctx: SentenceContext, stopping: Token) -> bool:
    """What is to stop is an act of war or of aid: a cue of support or opposition as a noun ("its interference",
    "its support for Haftar") or a modifier of one ("destabilising activities"), or a cue or sending verb
    ("sending mercenaries", "arming Haftar"), or a verb of condemned_acts ("violating the embargo")."""
    lex = ctx.lexicon
    for c in stopping.children:
        if _war_itself(lex, c):
            continue  # "should halt fighting", "must stop the hostilities": the war between sides, no one's act
        if c.dep_ == "dobj":
            cue = lex.nouns.get(lemma(c))
            if cue is not None and cue.relation in ("support", "opposition") and lemma(c) not in lex.peace_topics:
                return True
            if any(m.dep_ in ("amod", "compound") and _opposition_verb(lex, lemma(m)) for m in c.children):
                return True
        elif c.dep_ in ("xcomp", "pcomp") and c.pos_ == "VERB":
            cue = lex.verbs.get(lemma(c))
            if (cue is not None and cue.relation in ("support", "opposition")) or lemma(c) in lex.transfer_verbs or lemma(c) in lex.condemned_acts:
                return True
    return False


def _war_itself(lex: Lexicon, word: Token) -> bool:
    """A word of the war itself (war_topics: "fighting", "the hostilities", "the war") with no owner or object of its
    own, as what is to stop: peace-making between sides, not a demand on one actor."""
    if word.dep_ not in ("dobj", "xcomp") or (word.lower_ not in lex.war_topics and lemma(word) not in lex.war_topics):
        return False
    return not any(c.dep_ in ("poss", "dobj") or (c.dep_ == "prep" and c.lower_ in ("of", "by", "against")) for c in word.children)


def _opposition_verb(lex: Lexicon, word: str) -> bool:
    """An opposition cue verb, or its -ing form read as an adjective ("destabilising")."""
    forms = (word, word[:-3], f"{word[:-3]}e") if word.endswith("ing") else (word,)
    return any((cue := lex.verbs.get(form)) is not None and cue.relation == "opposition" for form in forms)
