"""Noun cues: "Ankara's support for the GNA", "a backer of Haftar", "held talks
with", "received support from", "criticized Turkey for its support to"."""
from __future__ import annotations

from spacy.tokens import Token

from extract.lexicon import Cue
from extract.mentions import ActorSpan
from extract.relations.context import PLACE_KINDS, SentenceContext, camp_members, distinct_actors, pact_backs, side_backs_outsider
from extract.relations.grammar import ALONGSIDE_PREPS, HYPHENS, RELATIVE_PRONOUNS, THIRD_PARTY_CATEGORIES, datives, hyphen_modifier, is_behalf_prep, is_passive, is_to_infinitive, is_verb, lemma, objects, prep_text, refusing, with_particle, clause_above, first_conjunct, summed_clause
from extract.relations.constructions.camps import _membership_verb
from extract.relations.constructions.mediation import attendees, both_war_sides, war_sides_named
from extract.relations.constructions.verbs import co_agent_preps, joint_peace_act
from extract.relations.modality import is_negated
from extract.relations.registry import Frame, construction

# Categories of the lexicon whose nouns name a third party to a conflict (a mediator, a host), not one of its sides.


def clause_place(noun: Token) -> Token:
    """Where a noun sits in its clause: "received weapons and support from": support sits where weapons does."""
    place = noun
    while place.dep_ == "conj" and place.head.i != place.i:
        place = place.head
    return place


def _repeated_with(noun: Token) -> list[Token]:
    """"held talks with Haftar in Rajma and with Sarraj in Tripoli", "talks with Haftar on Monday and with Sarraj on
    Tuesday": a with-phrase repeated after "and" belongs to the noun's own with-phrase, though the parser hangs it as a
    conjunct of the verb that holds the noun or of a preposition on that verb."""
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not own:
        return []
    holders = {a.i for a in noun.ancestors}
    return [
        t
        for t in noun.doc[own[0].i + 1 : noun.sent.end]
        if t.lower_ == "with" and t.dep_ == "conj" and t.pos_ == "ADP" and t.i > 1 and t.doc[t.i - 1].lower_ == "and"
        and t.doc[t.i - 2].text != ","  # (not ", and with France's help it pushed for ...": a clause of its own)
        and (t.head.i in holders or (t.head.dep_ == "prep" and t.head.head.i in holders))
    ]


def complement_preps(ctx: SentenceContext, noun: Token) -> list[Token]:
    """"a memorandum of understanding on migration with the GNA": the parser hangs the
    noun's "with" on the last noun of its complement chain; those prepositions count
    as the noun's own, unless a name or another cue sits in between."""
    found = []
    layer = [noun]
    for _ in range(2):
        layer = [
            p
            for node in layer
            for c in node.children
            if c.dep_ == "prep" and c.lower_ in ("of", "on", "over", "about")
            for p in objects(c)
            if p.i not in ctx.mention_at and lemma(p) not in ctx.lexicon.nouns
        ]
        found.extend(c for node in layer for c in node.children if c.dep_ == "prep" and c.lower_ in ("with", "between"))
    found.extend(_repeated_with(noun))
    # "a ceasefire signed between X and Y": the participle of its making carries its parties
    found.extend(
        c
        for clause in noun.children
        if clause.dep_ == "acl" and lemma(clause) in ctx.lexicon.authorship_verbs
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ == "between"
    )
    # "consignments bound for the LNA", "arms destined for Haftar": a participle of destination carries the
    # noun's recipient (destination_participles, word forms)
    found.extend(
        c
        for clause in noun.children
        if clause.dep_ == "acl" and clause.lower_ in ctx.lexicon.destination_participles
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ in ("for", "to")
    )
    # "the source of fierce clashes in recent days between X and Y", "a wave of attacks by X": the
    # parser hangs the cue's phrase on the noun it completes.
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if holder is not None and holder.pos_ == "NOUN" and holder.i not in ctx.mention_at and lemma(holder) not in ctx.lexicon.nouns:
        found.extend(c for c in holder.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("between", "by", "against"))
        if holder.dep_ in ("attr", "dobj") and is_verb(holder.head):
            # "the town was the scene of clashes last month between X and Y": or on the clause's verb
            found.extend(c for c in holder.head.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ == "between")
    return found


# Links a cue noun nests by under another noun: "the continuation of [the support]", "a surge in [deliveries]".
NESTING_PREPS = frozenset({"of", "in"})
# How a noun hangs on the verb above it: its object, subject, predicate, or a preposition's object.
CLAUSE_PLACES = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj"})


def _conduct_above(ctx: SentenceContext, noun: Token) -> Token | None:
    """The owned noun whose owner does what a cue noun with no agent of its own names: a pledge or a continuation of it
    (commitment_nouns: "Erdogan's pledge of support for the GNA"), a course of conduct (nouns_conduct_nouns:
    "Washington's policy of pressure on Moscow"), a role in it (role_nouns: "the Emirati role in the bombing of
    Tripoli"), or a noun a participle of marking (nouns_marking_participles) says it shows ("Washington's
    re-engagement, marked by pressure on Moscow"). None when there is none."""
    if noun.dep_ != "pobj":
        return None
    prep, outer = noun.head, noun.head.head
    lex = ctx.lexicon
    if prep.lower_ == "of" and (lemma(outer) in lex.commitment_nouns or lemma(outer) in lex.conduct_nouns):
        return outer
    if prep.lower_ == "in" and lemma(outer) in lex.role_nouns:
        return outer
    if prep.dep_ == "agent" and outer.lower_ in lex.marking_participles and outer.dep_ in ("acl", "amod") and outer.head.pos_ == "NOUN":
        return outer.head
    return None


def stranded_phrases(ctx: SentenceContext, noun: Token, cue: Cue) -> list[Token]:
    """"pledged the continuation of Turkish backing to the GNA", "the resumption of Egyptian arms shipments to
    Haftar", "paid for a share of Ankara's campaign on behalf of the GNA": the parser hangs the phrases right after a
    cue noun nested in another noun's of- or in-phrase on a word above it (the outer noun, or the verb the outer noun
    hangs on). Phrases the cue takes (its own prepositions, a behalf phrase, "alongside" on a noun of placing), one
    after the other from right after the cue's own words, are the cue's; not when a word on the way up is a name or
    takes such a phrase itself (a cue noun or verb that takes it), nor under a
    verb of asking ("asked for an increase of Turkish aid to its forces": asked for, not given)."""
    doc = noun.doc
    chain = [noun]
    while len(chain) < 5:
        node = chain[-1]
        if node.dep_ == "pobj" and node.head.lower_ in NESTING_PREPS and node.head.head.pos_ == "NOUN" and node.head.head.i not in ctx.mention_at:
            chain.append(node.head.head)  # an outer noun: "the continuation of", "part of", "a surge in"
        elif node.i != noun.i and node.dep_ in CLAUSE_PLACES and is_verb(top := node.head if node.dep_ != "pobj" else node.head.head):
            chain.append(top)  # the verb the outer noun hangs on
            break
        else:
            break
    if len(chain) < 2:
        return []
    verb = chain[-1] if is_verb(chain[-1]) else None
    if verb is not None and (lemma(verb) in ctx.lexicon.request_verbs or lemma(verb) in ctx.lexicon.demand_verbs):
        return []
    found: list[Token] = []
    after = noun.right_edge.i + 1
    while after < ctx.sent.end and doc[after].dep_ == "prep" and doc[after].head.i in {t.i for t in chain[1:]}:
        prep, holder = doc[after], doc[after].head
        if not (acts_for(ctx, noun, prep) or cue.preps.get(prep_text(prep)) is not None):
            break
        if found and found[-1].head.i != holder.i:
            break
        # every word on the way up to the phrase's holder, the holder too, leaves the phrase alone
        # (a verb of sending or a light verb carries the noun above, not its own cue: "pledged a continuation of
        # Turkish backing to X" is the backing's)
        for t in chain[1 : chain.index(holder) + 1]:
            if _takes(ctx.lexicon.verbs.get(lemma(t)) if is_verb(t) else ctx.lexicon.nouns.get(lemma(t)), prep):
                return found
        found.append(prep)
        after = prep.right_edge.i + 1
    return found


def phrases_on_goods(ctx: SentenceContext, noun: Token, cue: Cue) -> list[Token]:
    """"Turkey's dispatch of drones to the GNA", "Moscow's transfer of jets for Haftar": the parser may hang the
    recipient of a noun of giving on the goods in its of-phrase (aid no name stands for); a phrase the noun takes
    for whom it acts on, and the goods do not take themselves, is the noun's."""
    return [
        prep
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for goods in objects(of)
        if goods.i not in ctx.mention_at and ctx.is_aid(goods)
        for prep in goods.children
        if prep.dep_ == "prep" and prep.i > goods.i and cue.preps.get(prep_text(prep)) == "patient"
        and not _takes(ctx.lexicon.nouns.get(lemma(goods)), prep)
    ]


def named_by(phrase: Token, mention: ActorSpan) -> bool:
    """Whether the phrase's object itself names the actor (the name, its possessor or modifier, a conjunct or an
    apposition), not a phrase inside it: a phrase moved to a noun above ("on the night before its start") says when or where
    as often as whom."""
    node = mention.root
    while node.i != phrase.i and node.head.i != node.i and node.dep_ != "prep":
        node = node.head
    return node.i == phrase.i


def acts_for(ctx: SentenceContext, noun: Token, prep: Token) -> bool:
    """A phrase saying for whom the noun's owner acts: a behalf phrase, or "alongside" on a noun of placing forces
    (alongside_verbs: "the deployment of Russian snipers alongside Haftar's units")."""
    return is_behalf_prep(prep) or (prep.lower_ in ALONGSIDE_PREPS and lemma(noun) in ctx.lexicon.alongside_verbs)


def _takes(cue: Cue | None, prep: Token) -> bool:
    """Whether a cue reads the phrase itself (its preposition)."""
    return cue is not None and cue.preps.get(prep_text(prep)) is not None


def _amount_of(holder: Token) -> Token | None:
    """The sum an "in aid" phrase measures: "$500 million [in aid]" on the amount, or on the
    verb whose object the amount is ("pledged [$500 million] [in aid]")."""
    candidates = [holder] if holder.dep_ == "dobj" else [c for c in holder.children if c.dep_ == "dobj"] if is_verb(holder) else []
    for noun in candidates:
        if noun.like_num or noun.pos_ == "NUM" or any(c.like_num or c.dep_ in ("nummod", "quantmod") for c in noun.children):
            return noun
    return None


def _talks_about_peace(ctx: SentenceContext, talks: Token) -> bool:
    """Whether what follows the talks, apart from an apposition on the other side ("the United
    States, a key player in the conflict,"), is about peace."""
    asides = {t.i for t in talks.subtree if t.dep_ == "appos" for t in t.subtree}
    words = [t for t in ctx.sent.doc[talks.i + 1 : ctx.sent.end] if t.i not in asides]
    return any(lemma(t) in ctx.lexicon.peace_topics for t in words)


def _help_with_mediation(ctx: SentenceContext, noun: Token, cue: Cue) -> bool:
    """"talks hosted by Egypt with UN support", "talks it facilitated with Egypt's help": a support noun in a
    with-phrase on a verb of mediating (a mediation cue verb or participle) is help with the mediating."""
    if cue.relation != "support" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    while not is_verb(verb) and verb.dep_ in ("pobj", "prep", "agent", "conj", "appos") and verb.head.i != verb.i:
        verb = verb.head  # "hosted by Egypt, Jamaica and Cameroon with UN support": the parser hangs it on a name
    verb_cue = ctx.lexicon.verbs.get(lemma(verb))
    return is_verb(verb) and ((verb_cue is not None and verb_cue.relation == "mediation") or lemma(verb) in ctx.lexicon.mediation_participles)


@construction("noun")
def noun(ctx: SentenceContext, frame: Frame) -> None:
    """The noun's own arguments: possessor, modifiers, and its prepositions' roles."""
    token, cue, relation = frame.trigger, frame.cue, frame.relation
    if _attendance(ctx, token):
        return  # "announced by Sisi with the presence of Haftar": attendance (in_presence), not a military presence
    if _help_with_mediation(ctx, token, cue):
        return  # "talks hosted by Egypt with UN support": a co-mediator's part in the talks, not backing the host
    modifiers: list[ActorSpan] = []
    demonym = _demonym_read_as_head(ctx, token)
    if demonym is not None:
        modifiers.append(demonym)
    borrowed = [c for c in demonym.root.children if c.dep_ == "prep" and c.i > token.i] if demonym is not None else []
    complements = complement_preps(ctx, token)
    stranded = stranded_phrases(ctx, token, cue)
    own_phrases = [p for p in stranded if not acts_for(ctx, token, p) and all(c.i != p.i for c in complements)]
    own_phrases += phrases_on_goods(ctx, token, cue) if cue.relation == "support" else []
    moved = {p.i for p in own_phrases}
    # "Saleh's backing from Cairo", "the GNA's military support from Ankara": a giver named after "from" leaves the
    # possessor the one who gets it
    given_from = cue.preps.get("from") == "agent" and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(ctx.group(p) for p in objects(c)) for c in token.children
    )
    for child in [*token.children, *complements, *own_phrases, *borrowed]:
        if child.dep_ == "poss":
            if cue.identity == "agent" or cue.reverse or given_from:
                frame.patients.extend((m, relation) for m in ctx.group(child))  # "Haftar's backers", "the GNA's reliance on"
            else:
                frame.agents.extend(ctx.group(child))  # "Ankara's support", "Ankara's proxy"
        elif child.dep_ == "prep" and cue.identity and (prep_text(child) in ctx.lexicon.identity_preps or child.lower_ == "in" or _range_set_off(token, child)):
            if _range_set_off(token, child):
                # "Haftar's sponsors, from Abu Dhabi to Moscow": the two ends of a range set off after the role name
                # its holders, as "including" does
                ends = [child, *(c for h in (token, child, *objects(child)) for c in h.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > child.i)]
                listed = [m for e in ends for p in objects(e) for m in ctx.group(p)]
            elif child.lower_ == "in" and ctx.described_by(token):
                # "Greece is one of Haftar's champions in Brussels": the role's holder is named; "in" says where
                listed = []
            elif child.lower_ == "in":
                # "his backers in Abu Dhabi and Cairo": a capital after "in" says who the role's holders are
                listed = [m for p in objects(child) for t in (p, *p.conjuncts) if (m := ctx.mention_at.get(t.i)) is not None and m.kind in ("metonym", "alias")]
            else:
                listed = [m for p in objects(child) for m in ctx.group(p)]  # "Haftar's backers, including Russia"
            if cue.identity == "agent":
                frame.agents.extend(listed)
            else:
                frame.patients.extend((m, relation) for m in listed)
        elif child.dep_ in ("compound", "amod", "nmod") and (
            child.i in ctx.mention_at or (child.dep_ == "compound" and any(t.i in ctx.mention_at for t in child.subtree))
        ):
            # "Turkish drone strikes": the name may sit on the compound's own modifier.
            for t in child.subtree:  # "a Shoigu-Haftar meeting": every name in the modifier chain
                mention = ctx.mention_at.get(t.i)
                if mention is not None and mention not in modifiers and not hyphen_modifier(t, ctx.mention_at) and not _city_of_event(ctx, token, mention):
                    modifiers.append(mention)
        elif child.dep_ == "amod" and child.lower_ in ctx.lexicon.agent_participles and not cue.identity:
            # "the Egyptian-led training of LNA units", "Russian-led mediation": the name before "-led" acts
            modifiers.extend(m for t in child.children if (m := ctx.mention_at.get(t.i)) is not None and hyphen_modifier(t, ctx.mention_at) and m not in modifiers)
        elif child.dep_ == "prep" or (child.dep_ == "conj" and child.pos_ == "ADP"):  # (a repeated with-phrase)
            role = cue.preps.get(prep_text(child)) or _head_role(ctx, frame, child) or _place_fought_for(ctx, cue, child)
            if role == "agent" and child.lower_ == "of" and not cue.identity and (any(c.dep_ == "poss" for c in token.children) or _named_modifier(ctx, token)):
                # "the support of Turkey" names the backer; "Paris's support of Haftar", "Emirati backing of the LNA"
                # the backed
                role = "patient"
            found = [
                m
                for pobj in objects(child)
                for m in ctx.group(pobj)
                if not target_of_hostile_act(ctx, pobj, m) and not body_of_members(ctx, pobj, m)
                and (child.i not in moved or named_by(pobj, m))
            ]
            if role == "agent":
                frame.agents.extend(found)
            elif role == "patient" and not joint_peace_act(ctx, frame, found, objects(child)):
                # (not "their commitment to a truce the two sides agreed": a peace step, no one backed)
                frame.patients.extend((m, relation) for m in found)
            elif role == "parties":
                frame.parties.extend(found)
        elif child.dep_ == "relcl" and lemma(child) in ctx.lexicon.authorship_verbs and not is_passive(child) and not frame.agents:
            # "the offensive that Haftar launched in April": whoever launched it
            frame.agents.extend(m for c in child.children if c.dep_ == "nsubj" for m in ctx.group(c))
        if child.dep_ == "prep" and not frame.agents:
            # "the offensive on Tripoli, which Haftar launched": the parser hangs the clause on the name
            frame.agents.extend(
                m
                for p in objects(child)
                for clause in p.children
                if clause.dep_ == "relcl" and lemma(clause) in ctx.lexicon.authorship_verbs
                and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in clause.children)
                for c in clause.children
                if c.dep_ == "nsubj"
                for m in ctx.group(c)
            )
        elif child.dep_ == "acl" and lemma(child) in ctx.lexicon.signing_participles and relation == "mediation":
            # "the ceasefire signed by the GNA and the LNA": those who signed it are its parties (a maritime
            # agreement's signatories are partners, read by cooperation-deal); so are the two sides of the war who
            # signed any agreement ("the agreement signed by the military delegations of the GNA and the LNA")
            signatories = [m for c in child.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
            settles = ctx.names_peace(token) or (cue.category == "agree" and both_war_sides(ctx, {m.actor_id for m in signatories}))
            if len({m.actor_id for m in signatories}) >= 2 and settles:
                frame.parties.extend(signatories)
        elif child.dep_ == "acl" and lemma(child) in ctx.lexicon.attendance_verbs and relation == "mediation":
            # "a conference attended by Turkey and Russia"
            attending = [m for c in child.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
            frame.patients.extend((m, relation) for m in attending)
            if ctx.names_peace(token) and both_war_sides(ctx, {m.actor_id for m in attending}):
                # "a ceasefire meeting attended by both Sarraj and the field marshal": the two sides talk to each other
                frame.parties.extend(attending)
    if cue.identity:
        pass  # "an important NATO ally" says membership, not who backs whom
    elif demonym is not None:
        frame.agents.extend(modifiers)  # "Emirati and Egyptian hostility": two co-agents, never each other's parties
    elif (
        len({m.actor_id for m in modifiers}) >= 2
        and not frame.patients
        and not any(m.root.dep_ == "conj" for m in modifiers)
        and not _authored(ctx, token, cue)
        and not _appeal_for(ctx, token)
        and not (frame.relation == "mediation" and attendees(ctx, modifiers))  # "the Egyptian-Greek-Cypriot summit"
    ):
        # "Turkish-Russian talks"; "Egyptian-Emirati support for Haftar" has two agents, and so has
        # "after Turkish and Russian mediation": joined by "and" they act together; a thing made by someone
        # ("a Russian-Turkish truce proposal", "a joint Saudi-Emirati aid package") has co-authors
        frame.parties.extend(modifiers)
    else:
        frame.agents.extend(modifiers)
    if not frame.agents and (conduct := _conduct_above(ctx, token)) is not None:
        # "Erdogan's pledge of support for the GNA", "the Emirati role in the bombing": its possessor, of-phrase or name
        frame.agents.extend(ctx.owner_of_noun(conduct) or [m for c in conduct.children if c.dep_ in ("amod", "compound") and c.i < conduct.i for m in ctx.group(c)])
    _owners_with_each_other(ctx, frame)
    if frame.agents:
        # "a share of Ankara's campaign on behalf of the GNA": acting for someone backs them, as on the noun itself
        acting_for = frame.others(m for s in stranded if acts_for(ctx, token, s) for p in objects(s) for m in ctx.group(p) if named_by(p, m))
        frame.patients.extend((m, "support") for m in acting_for)
    _two_sides(ctx, frame)
    _backed_subject(ctx, frame)
    _under_auspices(ctx, frame)
    _proposal_addressee(ctx, frame)
    _proposed_peace_parties(ctx, frame)
    _reliance_on_proxy(ctx, frame)
    _behalf_on_agent(ctx, frame)
    _channelled_through(ctx, frame)
    _compared_owner(ctx, frame)
    _target_of(ctx, frame)
    _co_hosts(ctx, frame)
    if _asked_to_end(ctx, token):
        # "the State Department urged Haftar to end his offensive on Tripoli": the sentence states the demand (read by
        # persuasion), and names the offensive's target only as a place; no fight between the two is asserted
        frame.patients = [(m, r) for m, r in frame.patients if m.kind not in PLACE_KINDS]
    frame.fire("noun")


def _co_hosts(ctx: SentenceContext, frame: Frame) -> None:
    """"France, Germany and Italy co-chaired the Paris conference", "Germany and the UN hosted the summit": those who
    host, chair or convene a meeting (the subject of one of mediation_participles whose object it is) run it together;
    they are its hosts, never one another's counterparts in it."""
    noun = frame.trigger
    verb = noun.head
    if frame.relation != "mediation" or noun.dep_ != "dobj" or lemma(verb) not in ctx.lexicon.mediation_participles or is_passive(verb):
        return
    hosts = ctx.subjects(verb, False)[0]
    hosting = {m.actor_id for m in hosts}
    if len(hosting) < 2:
        return
    frame.agents = distinct_actors([*frame.agents, *hosts])
    frame.patients = [(m, r) for m, r in frame.patients if m.actor_id not in hosting]
    frame.parties = [m for m in frame.parties if m.actor_id not in hosting]


def _asked_to_end(ctx: SentenceContext, noun: Token) -> bool:
    """A hostile act noun that someone is asked or urged to end: the object of a verb of ceasing (ceasing_verbs) in
    the clause a demand or persuasion verb asks for ("urged Haftar to end his offensive", "called on the LNA to halt
    its advance")."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma(verb) not in ctx.lexicon.ceasing_verbs or verb.dep_ not in ("xcomp", "ccomp"):
        return False
    asking = verb.head
    return lemma(asking) in ctx.lexicon.persuasion_verbs or lemma(asking) in ctx.lexicon.demand_verbs


def _place_fought_for(ctx: SentenceContext, cue, prep: Token) -> str | None:
    """"vowed to launch a last battle for Tripoli", "waged a fight for Tripoli": a fight for a place that stands for
    its holder (a seat or metonym: extract.mentions) is aimed at the holder. Only a place: "the fight for the GNA"
    is fighting on its side (acts_for), not against it. Only a fight someone wages (the object of a verb, or its
    possessor's): in "Erdogan's role in the battle for Tripoli" or "turned the tide in the battle for the capital"
    the battle is a contest whose attacker is not named."""
    if cue.category != "fight" or cue.relation != "opposition" or prep.lower_ != "for":
        return None
    fight = prep.head
    if fight.dep_ != "dobj" and not any(c.dep_ == "poss" for c in fight.children):
        return None
    places = [ctx.mention_at.get(p.i) for p in objects(prep)]
    return "patient" if places and all(m is not None and m.kind in PLACE_KINDS for m in places) else None


def _head_role(ctx: SentenceContext, frame: Frame, prep: Token) -> str | None:
    """"The Emirati bombing campaign against the GNA": a cue read on the noun it modifies (the more specific one,
    "bombing") takes that noun's phrases as the noun would, when the two say the same relation ("a cooperation
    agreement with X" keeps the modifier's own reading)."""
    if frame.word is None or frame.word.i == frame.trigger.i:
        return None
    head_cue = ctx.lexicon.nouns.get(lemma(frame.trigger))
    if head_cue is None or head_cue.relation != frame.relation:
        return None
    return head_cue.preps.get(prep_text(prep))


def target_of_hostile_act(ctx: SentenceContext, pobj: Token, mention: ActorSpan) -> bool:
    """"the LNA's supply hub for its Tripoli assault", "money for the Sirte push": a place named on a hostile act
    noun (an opposition cue that names no one itself) is where the act is aimed, not whose act it is; only the
    act's owner ("his", "the LNA's") gains by what is given for it."""
    if pobj.i in ctx.mention_at or mention.root.head.i != pobj.i or mention.root.dep_ not in ("compound", "nmod", "amod"):
        return False
    # a name that is no place is the act's own ("the LNA offensive") unless the act has its owner ("his GNA offensive")
    if mention.kind not in PLACE_KINDS and not any(c.dep_ == "poss" for c in pobj.children):
        return False
    act = ctx.lexicon.nouns.get(lemma(pobj))
    return act is not None and act.relation == "opposition"


def body_of_members(ctx: SentenceContext, pobj: Token, mention: ActorSpan) -> bool:
    """"support from several Arab League members", "backing from EU member states", "two NATO members, France
    and Greece", "two of its members": a body named on its members (membership_nouns, as the head or as "member" before it) is not the one
    acting; the members act, by name when they are named."""
    if pobj.i in ctx.mention_at or ctx.actor_types.get(mention.actor_id) != "IGO":
        return False
    members = [pobj] if lemma(pobj) in ctx.lexicon.membership_nouns else []
    members += [c for c in pobj.children if c.dep_ == "compound" and lemma(c) in ctx.lexicon.membership_nouns]
    # "a feud between two of its members, France and Turkey": a part of the members
    members += [o for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for o in objects(c) if lemma(o) in ctx.lexicon.membership_nouns]
    return any(mention.root.head.i in (m.i, pobj.i) for m in members)


def _named_modifier(ctx: SentenceContext, noun: Token) -> bool:
    """"Emirati backing", "Turkish patronage", "Russia's": a name or demonym right on the noun, before it, that says
    who acts (not "the UN-recognised government": a hyphen modifier)."""
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and (m := ctx.mention_at.get(c.i)) is not None and not hyphen_modifier(c, ctx.mention_at)
        for c in noun.children
    )


def _channelled_through(ctx: SentenceContext, frame: Frame) -> None:
    """"Moscow's aid to Haftar has been routed through the Wagner group", "Qatar's aid to the GNA, routed via
    Turkey": a named go-between of support backs its recipient too (as "backed Haftar through Wagner" reads on a verb),
    and an armed group (force_types) a backer works through is one it backs. The phrase is on the noun, or on the verb
    the noun is the subject of; a place or a thing named by a demonym ("through Tunisian airspace") is no go-between."""
    token = frame.trigger
    if frame.relation != "support" or not frame.agents or not frame.patients:
        return
    holders = [token]
    if token.dep_ in ("nsubj", "nsubjpass") and is_verb(token.head) and not is_negated(token.head, ctx.lexicon):
        holders.append(token.head)  # (not "has not been routed through Wagner")
    # (a capital after "through" is as often the route as the state: "flowed through Cairo")
    named = [
        m
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in ("through", "via")
        for p in objects(c)
        if (m := ctx.mention_at.get(p.i)) is not None and m.kind not in ("demonym", "metonym")
    ]
    own = {m.actor_id for m in frame.agents} | {m.actor_id for m, _ in frame.patients}
    for between in distinct_actors([m for m in named if m.actor_id not in own]):
        frame.pairs.extend((between, m, "support") for m, _ in frame.patients)
        if ctx.actor_types.get(between.actor_id) in ctx.lexicon.force_types:
            frame.pairs.extend((a, between, "support") for a in distinct_actors(frame.agents))


def _target_of(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey has been the target of criticism from France", "the GNA, the victim of repeated Emirati strikes",
    "made Doha a target of hostility from Abu Dhabi": a hostile noun in the of-phrase of a target noun (target_nouns)
    is aimed at whoever the target noun describes, unless the noun names its own patient."""
    token = frame.trigger
    if frame.relation != "opposition" or frame.patients or frame.parties or not frame.agents:
        return
    if token.dep_ != "pobj" or token.head.lower_ != "of" or lemma(token.head.head) not in ctx.lexicon.target_nouns:
        return
    frame.patients.extend((m, "opposition") for m in frame.others(ctx.described_by(token.head.head)))


# Prepositions of a comparison whose object, an owner with the noun left out, has the noun too.
COMPARING_PREPS = frozenset({"than", "unlike", "like"})


def _compared_owner(ctx: SentenceContext, frame: Frame) -> None:
    """"France's backing of Haftar has been more cautious than Cairo's", "Turkey's support for the GNA, unlike
    Qatar's, is military", "Russian support for Haftar was weaker than Emirati support": what is compared is the
    other owner's act of the same kind, toward the same one. Only an owner with the noun left out ("Cairo's") or
    the same noun again ("Emirati support"): "Turkey backs the GNA, unlike Egypt" says Egypt does not."""
    token = frame.trigger
    if frame.relation not in ("support", "opposition") or not frame.agents or not frame.patients or frame.cue.identity:
        return
    holders = [token]
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("AUX", "VERB"):
        holders += [c for c in token.head.children if c.dep_ in ("acomp", "attr") and c.tag_ in ("JJR", "JJ", "RBR")]
    others = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in COMPARING_PREPS or (prep.lower_ != "than" and holder is not token):
                continue
            for other in objects(prep):
                ellipsis = other.i in ctx.mention_at and any(c.dep_ == "case" for c in other.children)
                # (not "stronger than its support for Qatar": a comparison of two objects)
                same_noun = lemma(other) == lemma(token) and other.i not in ctx.mention_at and not any(c.dep_ == "prep" for c in other.children)
                if ellipsis:
                    others.extend(ctx.group(other, follow_conj=False))
                elif same_noun:
                    others.extend(m for c in other.children if c.dep_ in ("poss", "amod", "compound") for m in ctx.group(c))
    own = {m.actor_id for m in frame.agents} | {m.actor_id for m, _ in frame.patients}
    for other in distinct_actors([m for m in others if m.actor_id not in own]):
        frame.pairs.extend((other, m, r) for m, r in frame.patients)


def _attendance(ctx: SentenceContext, token: Token) -> bool:
    """"with the presence of Haftar and Saleh", "in the presence of Sarraj": a presence noun after "in", "with" or "at"
    whose of-phrase names who attends, not forces ("with the presence of Turkish troops in Tripoli" stays backing)."""
    if lemma(token) not in ctx.lexicon.presence_nouns or token.dep_ != "pobj" or token.head.lower_ not in ("in", "with", "at"):
        return False
    present = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    return bool(present) and not any(ctx.is_aid(p) for p in present)


def _demonym_read_as_head(ctx: SentenceContext, token: Token) -> ActorSpan | None:
    """"Emirati and Egyptian hostility to the GNA", "UAE and Egyptian support for Haftar": a name right before "and"
    and a demonym on the cue modifies the cue as the demonym does, but the tagger may read it as a noun of its own (a
    second subject, the head of a coordination, a conjunct of the noun before) and hang the cue's phrase on it. Not
    after a verb, whose object a name there is ("condemned Turkey and Qatari support for the GNA"), unless a demonym."""
    doc = token.doc
    named = sorted((c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i and c.i in ctx.mention_at), key=lambda c: c.i)
    if not named:
        return None
    second = ctx.mention_at[named[0].i]
    joint = second.span.start - 1
    if second.kind != "demonym" or joint <= ctx.sent.start or doc[joint].lower_ != "and":
        return None
    first = ctx.mention_at.get(joint - 1)
    if first is None or first.actor_id == second.actor_id or first.root.head.i in (token.i, named[0].i):
        return None  # (a modifier of the cue already: the noun rule reads it)
    before = doc[first.span.start - 1] if first.span.start > ctx.sent.start else None
    if first.kind != "demonym" and before is not None and before.pos_ in ("VERB", "AUX") and lemma(before) not in ctx.lexicon.reporting_verbs:
        return None  # ("Analysts said Qatar and Turkish backing ...": a reported clause begins there)
    return first


def _reliance_on_proxy(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt's reliance on Haftar": a dependence noun makes the one depended on the backer ("the GNA's reliance on
    Turkey"), but an outside power (outsider_types) relying on a side of the war (conflict_sides) relies on its own
    proxy, which does not back it; the noun says nothing of who backs whom then."""
    if frame.cue is None or not frame.cue.reverse:
        return
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    outside = {m.actor_id for m, _ in frame.patients if ctx.outside_power(m.actor_id)}
    if outside and any(m.actor_id in sides for m in frame.agents):
        frame.agents = [m for m in frame.agents if m.actor_id not in sides]
        frame.patients = [(m, r) for m, r in frame.patients if m.actor_id not in outside]


def _authored(ctx: SentenceContext, token: Token, cue: Cue) -> bool:
    """A thing someone makes, whose prepositions name its maker ("a proposal by", "support from"): the
    cue's own, or the noun's it was read on ("a truce proposal")."""
    head_cue = ctx.lexicon.nouns.get(lemma(token))
    return any(role == "agent" for c in (cue, head_cue) if c is not None for role in c.preps.values())


# What an action is aimed at or taken from: "from Haftar's forces", "against the LNA", "on Tripoli".
OPPONENT_PREPS = frozenset({"from", "against", "on", "into", "toward", "towards"})


def _two_sides(ctx: SentenceContext, frame: Frame) -> None:
    """"a proxy war between Turkey and Qatar on one side and the UAE, Egypt and Russia on the other": the
    parties before "on one side" face those after it, not each other."""
    if len(frame.parties) < 3:
        return
    marks = [t.i for t in ctx.sent if t.lower_ == "side" and any(c.lower_ == "one" for c in t.children)]
    if not marks:
        return
    first = [m for m in frame.parties if m.span.end <= marks[0]]
    second = [m for m in frame.parties if m.span.start > marks[0]]
    if first and second:
        frame.pairs.extend((a, b, frame.relation) for a in distinct_actors(first) for b in distinct_actors(second) if a.actor_id != b.actor_id)
        frame.parties = []


def _backed_subject(ctx: SentenceContext, frame: Frame) -> None:
    """"the GNA, with Turkish support, repelled ...", "would not have survived without
    Turkish assistance", "thanks to Turkish support", "reimposed the blockade on instructions from the UAE", "under
    Russian protection" (patron_adjunct_nouns): the clause's subject is the one backed."""
    token = frame.trigger
    head = clause_place(token).head
    patron = head.lower_ in ("on", "at", "under") and lemma(token) in ctx.lexicon.patron_adjunct_nouns
    if not (frame.agents and not frame.patients and token.dep_ == "pobj" and (head.lower_ in ("with", "without", "through", "to") or patron) and frame.relation == "support"):
        return
    if lemma(token) in ctx.lexicon.civil_fields:
        return  # "opened the country to Egyptian investment": business let in, not a side backed
    clause = head.head
    if patron and clause.dep_ == "dobj" and is_verb(clause.head):
        clause = clause.head  # "closed the ports on instructions from the UAE": the parser hangs it on the object
    if patron and is_negated(clause, ctx.lexicon):
        return  # "had not closed the ports on instructions from the UAE"
    if head.lower_ == "to" and lemma(clause) in ctx.lexicon.means_words and is_verb(clause.head):
        clause = clause.head  # "Thanks to Turkish support, the GNA repelled Haftar"
    aimed_at = clause
    while aimed_at.dep_ in ("conj", "appos") and aimed_at.head.i != aimed_at.i:
        aimed_at = aimed_at.head  # "from Haftar's forces, Sudan and Chad with Turkish support"
    if aimed_at.dep_ == "pobj" and aimed_at.head.lower_ in OPPONENT_PREPS:
        # "retook the base from Haftar's forces with Turkish air support": the parser hangs the with-phrase
        # on the side the action is aimed at (its from-phrase may hang on the verb's object); the support
        # is for whoever acts
        holder = aimed_at.head.head
        holder = holder.head if holder.dep_ == "dobj" else holder
        clause = holder if is_verb(holder) else aimed_at
    if is_verb(clause) and ctx.makes_peace(clause, head):
        return  # "Algeria is preparing reconciliation talks with AU backing": the backing is for the peace-making, no side's
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if is_verb(clause) else None
    if subject is not None and (role := _backers_owner(ctx, subject)) is not None:
        frame.patients = [(m, frame.relation) for m in role]  # "his patrons, ..., with help from X, will keep ..."
    elif is_verb(clause):
        frame.patients = [(m, frame.relation) for m in ctx.subjects(clause, is_passive(clause))[0]]
    elif (role := _backers_owner(ctx, _role_above(clause))) is not None:
        frame.patients = [(m, frame.relation) for m in role]
    else:
        frame.patients = [(m, frame.relation) for m in ctx.group(clause, follow_conj=False)]


def _role_above(noun: Token) -> Token:
    """The noun a list or an apposition hangs on ("his patrons, Ankara and Doha, with help from ...": the parser may
    hang the with-phrase on a member of the list)."""
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _backers_owner(ctx: SentenceContext, noun: Token) -> list[ActorSpan] | None:
    """"Sarraj's patrons, Turkey and Qatar, with covert help from Malta, ...": help given beside a backer role noun
    (a support noun whose identity is its agent) joins the backing, it does not back the backers: the one helped is
    whom they back, the role's possessor or patient phrase (nobody, when the role names none). None for any other noun."""
    cue = ctx.lexicon.nouns.get(lemma(noun))
    if noun.i in ctx.mention_at or cue is None or cue.identity != "agent" or cue.relation != "support":
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.dep_ == "prep" and cue.preps.get(prep_text(c)) == "patient" for p in objects(c)]
    return [m for o in owners for m in ctx.group(o)]


def _under_auspices(ctx: SentenceContext, frame: Frame) -> None:
    """"signed a ceasefire under the auspices of the UN", "talks under the aegis of Germany": the
    one whose auspices they are mediates with whoever acts in the clause (subjects, and the
    parties a "with" names)."""
    token = frame.trigger
    if frame.relation != "mediation" or not frame.agents or frame.patients or token.dep_ != "pobj" or token.head.lower_ != "under":
        return
    clause = token.head.head
    while not is_verb(clause) and clause.dep_ in ("dobj", "pobj", "prep", "nsubjpass") and clause.head.i != clause.i:
        clause = clause.head  # "held talks ... under the auspices of": the parser may hang it on the talks
    if not is_verb(clause) or _advocated(ctx, clause):
        return
    own = {a.actor_id for a in frame.agents}
    acting = ctx.subjects(clause, is_passive(clause))[0]
    partners = [m for c in clause.children if c.dep_ == "dobj" for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in objects(w) for m in ctx.group(p)]
    partners += [m for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) for m in ctx.group(p)]
    acting = (acting if partners else _parties_under_frame(ctx, acting)) + partners
    frame.patients.extend((m, "mediation") for m in distinct_actors(acting) if m.actor_id not in own)


def _advocated(ctx: SentenceContext, clause: Token) -> bool:
    """"The UAE supports a political solution under UN auspices", "Egypt welcomed talks under the aegis of the UN":
    backing or praising what is held under someone's auspices takes no part in it (a support cue or one of
    gratitude_verbs), unlike "the GNA and the LNA met under UN auspices"."""
    cue = ctx.lexicon.verbs.get(lemma(clause))
    return lemma(clause) in ctx.lexicon.gratitude_verbs or (cue is not None and cue.relation == "support")


def _owners_with_each_other(ctx: SentenceContext, frame: Frame) -> None:
    """"their maritime dispute" (their: Turkey and Greece), "Cairo and Ankara's rivalry": a noun of rivalry owned
    by two or more, with no one else named on it, sets its owners against each other (not against whoever manages,
    keeps or settles it); so do talks ("Haftar and Sarraj's talks"), as "Turkish-Russian talks" do."""
    held_between = frame.cue.category == "rivalry" or (frame.relation == "mediation" and lemma(frame.trigger) in ctx.lexicon.dialogue_nouns)
    if not held_between or frame.patients or frame.parties:
        return
    after = frame.trigger.doc[frame.trigger.i + 1] if frame.trigger.i + 1 < len(frame.trigger.doc) else None
    aimed = [c for c in frame.trigger.children if c.dep_ == "prep"] + ([after] if after is not None and after.pos_ == "ADP" else [])
    if any(frame.cue.preps.get(p.lower_) in ("patient", "parties") for p in aimed):
        return  # "Egypt and the UAE's hostility to successive western governments": aimed at someone else, unnamed
    # (the parser may read "Haftar and Sarraj's" as a modifier of the noun)
    owners = [m for c in frame.trigger.children if c.dep_ in ("poss", "nmod") and c.i < frame.trigger.i for m in ctx.group(c)]
    if len({m.actor_id for m in owners}) >= 2 and {m.actor_id for m in frame.agents} == {m.actor_id for m in owners}:
        frame.parties, frame.agents = frame.agents, []


def _proposal_addressee(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey rejected Egypt's proposal", "the plan by Sisi was rejected by the GNA":
    whoever answers a proposal is the party it was put to."""
    place = clause_place(frame.trigger)
    head = place.head
    if not (frame.relation == "mediation" and frame.agents and not frame.patients and not frame.parties):
        return
    if place.dep_ not in ("dobj", "nsubjpass") or not is_verb(head) or lemma(head) in ctx.lexicon.light_verbs:
        return
    if lemma(head) in ctx.lexicon.blocking_verbs:
        return  # "Greece would veto any EU peace deal": a member blocking its body's deal is not whom it was put to
    if lemma(head) in ctx.lexicon.gratitude_verbs or ((verb_cue := ctx.lexicon.verbs.get(lemma(head))) is not None and verb_cue.relation == "support"):
        # "The UAE welcomed Egypt's initiative", "Moscow supports the initiative of Cairo": praise or backing
        # from a third party (read by the verb), not an answer to it
        return
    if verb_cue is not None and verb_cue.relation == "opposition" and lemma(head) not in ctx.lexicon.answering_verbs:
        # "The US regretted Haftar's proposal", "Paris condemned the plan": a judgement of it (read by the verb),
        # not an answer from the one it was put to
        return
    if lemma(head) in ctx.lexicon.blocking_verbs and all(ctx.actor_types.get(m.actor_id, "").lower() == "igo" for m in frame.agents):
        return  # "Greece would veto any EU peace deal": a member blocks its body's own deal; it was put to no one
    if place.dep_ == "dobj":
        answering = ctx.subjects(head, False)[0]
    else:
        answering = [m for c in head.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    own = {a.actor_id for a in frame.agents}
    answering = [m for m in answering if m.actor_id not in own]
    if lemma(head) in ctx.lexicon.dismissal_verbs or with_particle(head) in ctx.lexicon.dismissal_verbs or (
        _rejecting(ctx, head) and _refused_outright(ctx, frame.trigger)
    ):
        # scorn for a plan opposes its author ("Rabat mocked the Algerian plan"), and so does turning down a public
        # one ("Tripoli refused Tunisia's initiative").
        frame.pairs.extend((m, a, "opposition") for m in answering for a in frame.agents)
        frame.agents = []
        return
    frame.patients.extend((m, frame.relation) for m in answering)


def _proposed_peace_parties(ctx: SentenceContext, frame: Frame) -> None:
    """"an Algerian proposal for a ceasefire and direct talks between Haftar and the GNA", "Egypt's plan for talks
    between the two parliaments": whoever puts forward a proposal of peace between sides mediates with each of them
    (the sides' own edge is the peace noun's)."""
    if not (frame.relation == "mediation" and frame.cue.category == "request" and frame.agents and not frame.patients and not frame.parties):
        return
    own = {m.actor_id for m in frame.agents}
    for prep in (c for c in frame.trigger.children if c.dep_ == "prep" and c.lower_ == "for"):
        for peace in (t for p in objects(prep) for t in (p, *p.conjuncts) if ctx.names_peace(t)):
            frame.patients.extend((m, "mediation") for m in ctx.between_parties(peace) if m.actor_id not in own)


def _refused_outright(ctx: SentenceContext, plan: Token) -> bool:
    """A plan whose refusal is no answer in talks: one launched in public (mediation_public_plans: "the Egyptian
    initiative", "the UN's call for a truce"), or any plan where the text is not about peace ("the GNA's plan to
    move the oil corporation's headquarters to Misrata was rejected by the HoR in Tobruk"). A peace proposal turned
    down was still put to the one who refuses it ("Haftar rejected the Russian proposal", after a ceasefire is named)."""
    return lemma(plan) in ctx.lexicon.mediation_public_plans or not ctx.about_peace_at(plan)


def _rejecting(ctx: SentenceContext, verb: Token) -> bool:
    """"rejected", "refused", "opposed" (a verb cue of the reject category that opposes): an answer that turns a
    proposal down, unlike "accepted", "signed" or "studied"."""
    cue = ctx.lexicon.verbs.get(lemma(verb))
    return cue is not None and cue.category == "reject" and cue.relation == "opposition"


@construction("named-role")
def named_role(ctx: SentenceContext, frame: Frame) -> None:
    """"Moscow's client in the east", "the GNA's foes in Benghazi": a side named by a role noun (a name of
    data/dictionary/side_names.json) says what its possessor is to it: a client or proxy (identity patient) is backed
    by the possessor, a rival or foe opposes it, and an ally or partner of an outside state or body is backed by it
    ("Ankara and its partner in Tripoli", as foreign-backer reads a tie); between two sides, whether the possessor backs
    the side or the side the possessor the words do not say."""
    root, cue = frame.trigger, frame.cue
    named = ctx.mention_at.get(root.i)
    if named is None or cue is None or cue.identity is None or lemma(root) in ctx.lexicon.descriptive_role_nouns:
        return  # ("his rivals in Tripoli": the other side of a contest, no stance of his)
    owners = [m for c in root.children if c.dep_ == "poss" for m in ctx.group(c) if m.actor_id != named.actor_id]
    if cue.relation == "support" and cue.identity != "patient":
        owners = [m for m in owners if side_backs_outsider(ctx, named, m)]  # (an ally: read as the backed one)
    if not owners:
        return
    if cue.relation == "support":
        frame.agents.extend(owners)
        frame.patients.append((named, "support"))
    else:
        frame.agents.append(named)
        frame.patients.extend((m, cue.relation) for m in owners)
    frame.fire("named-role")


def _comparison_standard(noun: Token) -> bool:
    """Whether a role noun is what something is compared with: the object of "than" ("a lower profile than its
    Emirati ally", "smaller than that of its Turkish ally")."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in ("that", "those"):
        node = node.head.head  # "than that of its ally"
    return node.dep_ == "pobj" and node.head.lower_ == "than"


def _distributed_roles(ctx: SentenceContext, noun: Token) -> list[tuple[ActorSpan, ActorSpan]]:
    """Each name of a role noun's apposition with the actor its own for-phrase names, or the next name's (parse repair
    distributed_for_list_on_role_noun: "Turkey and Qatar for Tripoli and the UAE for Haftar"); none unless the
    for-phrases name two actors or more."""
    first = next((c for c in noun.children if c.dep_ == "appos" and c.i in ctx.mention_at), None)
    if first is None or noun.nbor(1).text != ",":
        return []  # (a list after a colon may say whose ally each is: "a local ally: the GNA for Turkey")
    members = sorted([first, *(c for c in first.children if c.dep_ == "conj" and c.i in ctx.mention_at)], key=lambda t: t.i)
    owners = [next((ctx.group(p) for c in m.children if c.dep_ == "prep" and c.lower_ == "for" for p in objects(c)), None) for m in members]
    if len({w.actor_id for group in owners if group for w in group}) < 2:
        return []
    shares = []
    for k, member in enumerate(members):
        whose = next((group for group in owners[k:] if group), [])
        shares.extend((m, w) for m in ctx.group(member, follow_conj=False) for w in whose)
    return shares


@construction("identity-noun")
def identity_noun(ctx: SentenceContext, frame: Frame) -> None:
    """"the UAE, a backer of Haftar", "Turkey is Haftar's enemy"; "France and Italy have long been rivals"."""
    cue = frame.cue
    if not cue.identity:
        return
    token = frame.trigger
    if _comparison_standard(token):
        return  # "Riyadh kept a lower profile than its Emirati ally": the standard of a comparison is only named
    if any(
        ctx.actor_types.get(m.actor_id) == "IGO" for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i for m in ctx.group(c)
    ):
        return  # "an important NATO ally", "Ankara and Athens are NATO allies": members of one bloc, not backers
    # "Egypt, a key Haftar ally": with no owner, the name on the noun says whose ally, not who is one
    # ("Haftar's Emirati backers": with one, it says who they are)
    if cue.preps.get("for") in ("agent", "patient") and (shares := _distributed_roles(ctx, token)):
        # "their patrons, Turkey for the GNA and Russia for the LNA", "their proxies, the GNA for Turkey and Haftar for
        # Egypt": each name with the one its for-phrase names, in the role the noun's for-phrase takes
        backs = cue.preps["for"] == "patient"
        frame.pairs.extend(
            ((member, whose, frame.relation) if backs else (whose, member, frame.relation)) for member, whose in shares if member.actor_id != whose.actor_id
        )
        frame.fire("identity-noun")
        return
    owned = bool(ctx.owner_of_noun(token))
    named_on = set() if owned else {i for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i for i in range(c.left_edge.i, c.i + 1)}
    described = [m for m in ctx.described_by(token) or _role_holders(ctx, token) or _designated_as(ctx, token) if m.root.i not in named_on]
    if cue.identity == "agent" and token.tag_ == "NN" and named_on and not frame.patients:
        own = {m.actor_id for m in described}
        frame.patients.extend((m, frame.relation) for i in sorted(named_on) if (m := ctx.mention_at.get(i)) and m.actor_id not in own)
    if cue.identity == "patient" and token.tag_ == "NN" and named_on and not frame.agents and described:
        # "the GNA, a Turkish proxy", "Haftar is seen as an Emirati client": the name on a tool's noun is its owner
        own = {m.actor_id for m in described}
        frame.agents.extend(m for i in sorted(named_on) if (m := ctx.mention_at.get(i)) and m.actor_id not in own and not hyphen_modifier(m.root, ctx.mention_at))
    if not owned and not any(i in ctx.mention_at for i in named_on) and described and not frame.agents and not frame.patients:
        # "For Abu Dhabi, Haftar is less a client than a vehicle": a fronted for-phrase names whose client it is
        own = {m.actor_id for m in described}
        holders = [m for m in _fronted_for_holders(ctx, token) if m.actor_id not in own]
        if cue.identity == "agent":
            frame.patients.extend((m, frame.relation) for m in holders)
        else:
            frame.agents.extend(holders)
    if cue.identity == "agent":
        frame.agents.extend(described)
    else:
        frame.patients.extend((m, frame.relation) for m in described)
    third_party = cue.category in THIRD_PARTY_CATEGORIES  # "Algeria and Tunisia, neutral brokers": mediators side by side
    # "the sponsors of the war, including Turkey and Russia": the role has its object, which names no one
    filled = any(c.dep_ == "prep" and cue.preps.get(prep_text(c)) == "patient" and objects(c) for c in token.children)
    # "Putin and Erdogan, whose proxies fight each other": owners of a plural role noun each own theirs
    owners_only = {m.actor_id for m in frame.agents} <= {m.actor_id for m in ctx.owner_of_noun(token)}
    # (a one-way role says nothing of its holders among themselves: "their foreign backers in Ankara, Moscow and Cairo",
    # "their patrons: Turkey, Russia and the UAE" back someone, not each other)
    one_way = frame.relation == "support" and not cue.mutual
    if not frame.patients and not frame.parties and len({m.actor_id for m in frame.agents}) >= 2 and not third_party and not filled and not owners_only and not one_way:
        frame.parties, frame.agents = frame.agents, []  # rivals of each other
        described = described or frame.parties
    if cue.relation == "mediation" and cue.identity == "agent" and frame.agents and not frame.patients and not frame.parties:
        # "Turkey and Russia, brokers of a fragile ceasefire, said ..., though both Haftar's forces and the Tripoli
        # government accused each other of violations": brokers of a settlement between the sides the sentence names
        frame.patients.extend((m, "mediation") for m in war_sides_named(ctx, token, frame.agents))
    if described:
        frame.fire("identity-noun")


def _fronted_for_holders(ctx: SentenceContext, noun: Token) -> list[ActorSpan]:
    """"For Abu Dhabi, Haftar is a client", "To Moscow, Haftar has become a useful proxy": the actors of a for- or
    to-phrase that opens the clause whose predicate the identity noun is (before its subject): whose the role is."""
    verb = noun.head
    if noun.dep_ not in ("attr", "oprd") or verb.pos_ not in ("VERB", "AUX"):
        return []
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    return [
        m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i < subject.left_edge.i
        for p in objects(c) for m in ctx.group(p)
    ]


def _designated_as(ctx: SentenceContext, noun: Token) -> list[ActorSpan]:
    """"Analysts describe the GNA as Ankara's proxy", "Moscow regards Haftar as its client": an identity noun in the
    as-phrase of an active designation verb (designation_verbs) describes the verb's object."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or lemma(noun.head.head) not in ctx.lexicon.designation_verbs:
        return []
    verb = noun.head.head
    if is_passive(verb):
        return []
    return [m for c in verb.children if c.dep_ == "dobj" and c.i < noun.i for m in ctx.group(c)]


def _role_holders(ctx: SentenceContext, noun: Token) -> list[ActorSpan]:
    """"Russia inherited the role of Haftar's protector", "Egypt's role as Haftar's patron": a role noun (role_nouns)
    whose of- or as-phrase is the identity noun says it of whoever holds the role: the role's possessor, or the
    subject of one of role_taking_verbs that has the role as its object ("Turkey criticised the role of Haftar's
    backers" holds none)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "as") or lemma(noun.head.head) not in ctx.lexicon.role_nouns:
        return []
    role = noun.head.head
    owners = [m for c in role.children if c.dep_ == "poss" for m in ctx.group(c)]
    if owners:
        return owners
    if role.dep_ == "dobj" and lemma(role.head) in ctx.lexicon.role_taking_verbs:
        return ctx.subjects(role.head, is_passive(role.head))[0]
    return []


@construction("relative-light-verb")
def relative_light_verb(ctx: SentenceContext, frame: Frame) -> None:
    """"underscoring the backing Doha and Ankara have extended to the GNA", "the support that Turkey gave the GNA",
    "the aid Egypt provided to Haftar": backing described by a relative clause of a light or sending verb whose missing
    object it is, is given by the clause's subject to the clause's recipient (its to- or for-phrase, or a name as its
    object: "gave the GNA")."""
    if frame.relation != "support" or frame.agents or frame.patients or frame.parties:
        return
    noun, lex = frame.trigger, ctx.lexicon
    verb = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("relcl", "acl") and c.i > noun.i and is_verb(c) and not is_passive(c)
            and (lemma(c) in lex.light_verbs or lemma(c) in lex.transfer_verbs)
            and not any(o.dep_ == "dobj" and o.lower_ not in RELATIVE_PRONOUNS and o.i not in ctx.mention_at for o in c.children)
        ),
        None,
    )
    if verb is None:
        return
    givers = [m for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for m in ctx.group(c)]
    recipients = [m for c in verb.children if c.dep_ in ("dobj", "dative") for m in ctx.group(c)]
    recipients += [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for p in objects(c) for m in ctx.group(p)]
    own = {m.actor_id for m in givers}
    recipients = [m for m in recipients if m.actor_id not in own]
    if givers and recipients:
        frame.agents.extend(givers)
        frame.patients.extend((m, "support") for m in recipients)
        frame.fire("relative-light-verb")


def _caused_against(ctx: SentenceContext, frame: Frame, verb: Token) -> bool:
    """"Haftar's forces sparked a confrontation with the GNA": a verb that may bring on another's reaction ("sparked
    condemnation from Egypt", a reverse light verb) and is also a light verb brings on its subject's own clash when the
    noun names whom it is with, and no one else does it (no owner, no from-phrase)."""
    noun = frame.trigger
    if lemma(verb) not in ctx.lexicon.light_verbs or frame.agents or frame.cue.preps.get("with") != "patient":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _received_in_relative(ctx: SentenceContext, frame: Frame) -> bool:
    """"the backing the eastern commander enjoys from Egypt", "the support that Haftar receives from the UAE", "the
    Turkish drones the GNA obtained": a relative clause on the noun whose verb receives or holds it (reverse or
    possession light verbs) says who gets the noun's aid (its subject) and who gives it (its from-phrase, or the noun's
    own owner), as "Haftar enjoys the backing of Egypt" does."""
    clause = next((c for c in frame.trigger.children if c.dep_ == "relcl" and not is_passive(c)), None)
    if clause is None or (lemma(clause) not in ctx.lexicon.reverse_light_verbs and lemma(clause) not in ctx.lexicon.possession_light_verbs):
        return False
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children):
        return False  # ("the support that brought Haftar arms": the noun is no object of the clause)
    receivers = [m for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for m in ctx.group(c)]
    givers = [m for c in clause.children if c.dep_ == "prep" and c.lower_ == "from" for p in objects(c) for m in ctx.group(p)]
    givers = givers or list(frame.agents)
    receivers = [m for m in receivers if m.actor_id not in {g.actor_id for g in givers}]
    if not receivers or not givers:
        return False
    frame.agents = givers
    frame.patients.extend((m, frame.relation) for m in receivers)
    frame.fire("light-verb-noun")
    return True


@construction("light-verb-noun")
def light_verb_noun(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey provided support to the GNA", "held talks with", "the GNA received support
    from Turkey", "Sarraj flew to Istanbul for talks with Erdogan"."""
    token, cue, relation = frame.trigger, frame.cue, frame.relation
    if relation == "support" and _received_in_relative(ctx, frame):
        return
    place = clause_place(token)
    head = place.head
    carried = False
    if place.dep_ == "pobj" and is_verb(head.head) and f"{lemma(head.head)} {head.lower_}" in ctx.lexicon.prepositional_light_verbs:
        place, head, carried = head, head.head, True  # "agreed to a ceasefire", "engaged in talks": the verb's own preposition
    elif place.dep_ == "pobj" and head.lower_ == "in" and (amount := _amount_of(head.head)) is not None:
        place, head = amount, amount.head  # "pledged $500 million in aid to Ukraine": the amount is the aid
    elif (
        place.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) in ctx.lexicon.responsibility_nouns
        and head.head.dep_ == "dobj" and is_verb(head.head.head) and lemma(head.head.head) in ctx.lexicon.responsibility_taking_verbs
    ):
        if any(c.dep_ == "neg" for c in head.head.head.children):
            return  # "did not claim responsibility for the attack"
        place, head, carried = head.head, head.head.head, True  # "claimed responsibility for an attack on X": did it
    if place.dep_ == "dobj" and any(c.dep_ == "oprd" for c in head.children):
        return  # "called the maritime deal between Ankara and the GNA absurd": a designation, not "called talks"
    if (
        place.dep_ == "pobj" and head.lower_ == "with" and is_verb(head.head) and lemma(head.head) in ctx.lexicon.light_verbs
        and lemma(head.head) not in ctx.lexicon.transfer_verbs  # ("provided Haftar with cover": the transfer reads it)
    ):
        # "Italy presented Haftar with a ceasefire proposal": the light verb's object receives what the noun names
        verb = head.head
        recipients = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c)]
        givers = frame.others(ctx.subjects(verb, False)[0]) if not is_passive(verb) else []
        if recipients and givers and not frame.patients:
            frame.agents = frame.agents or givers
            frame.patients.extend((m, relation) for m in recipients if m.actor_id not in {g.actor_id for g in frame.agents})
            frame.fire("light-verb-noun")
            return
    taking_part = carried and f"{lemma(head)} {place.lower_}" in ctx.lexicon.membership_verbs  # "participated in"
    if (place.dep_ == "dobj" or taking_part) and is_verb(head) and relation == "opposition" and frame.agents and (taking_part or _membership_verb(head, ctx.lexicon)):
        # "the RSF joined the LNA's assault on Tripoli", "the Kaniyat joined Haftar's campaign", "Egypt participated in
        # Haftar's offensive": who joins or takes part in another's hostile act backs its author (and the act still
        # opposes its target)
        joiners = frame.others(ctx.subjects(head, is_passive(head))[0]) if not is_passive(head) else []
        frame.pairs.extend((joiner, author, "support") for joiner in distinct_actors(joiners) for author in distinct_actors(frame.agents))
    if place.dep_ in ("dobj", "attr", "nsubjpass", "prep") and is_verb(head):
        head_lemma = lemma(head)
        if head_lemma in ctx.lexicon.possession_light_verbs and frame.agents and not frame.patients and not frame.parties:
            # "the LNA has the backing of Moscow": the noun names its backer; the subject holds the backing.
            subjects, frame.inherited, subject_is_patient = ctx.subjects(head, is_passive(head))
            frame.patients.extend((m, relation) for m in frame.others(subjects) if not subject_is_patient)
            frame.fire("light-verb-noun")
        elif head_lemma in ctx.lexicon.reverse_light_verbs and (_pledged_to_peace(ctx, frame) or _role_of_someone(ctx, token)):
            # "Merkel secured their commitment to a truce": the truce is what is backed, not Merkel; "got the sponsors
            # of the warring sides to commit": backers of someone named are people got to act, not backing received
            return
        elif (head_lemma in ctx.lexicon.reverse_light_verbs and not _caused_against(ctx, frame, head)) or (
            carried and frame.agents and relation == "mediation" and f"{head_lemma} {place.lower_}" in ctx.lexicon.answering_prepositional_verbs
        ):
            # "the GNA received support from Turkey", "won Russia's backing", "enjoys the support of Turkey";
            # "responded to the UN's call for a truce": who answers someone's own call or proposal of peace receives it;
            # a first object gains what the noun names: "the campaign won Haftar the support of Cairo"
            gaining = [m for c in head.children if c.i < place.i and c.dep_ in ("dobj", "dative") for m in ctx.group(c)]
            if place.dep_ == "nsubjpass" and is_passive(head):
                # "The UN's truce proposal was accepted by both the GNA and the LNA": the by-phrase takes it
                gaining = gaining or [m for c in head.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
                if not gaining:
                    return
            givers = [m for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for p in objects(c) for m in ctx.group(p)]
            if frame.patients and not gaining and not frame.agents and not givers and head_lemma in ctx.lexicon.mobilising_verbs:
                # "Turkey rallied support for the GNA": who gathers backing for someone named backs them
                frame.agents.extend(frame.others(ctx.subjects(head, is_passive(head))[0]))
                frame.fire("light-verb-noun")
                return
            if not frame.agents and not givers and cue.preps.get("of") == "patient":
                # "enjoys the endorsement of Egypt", "won the approval of Rome", "faced the condemnation of the EU": what
                # the subject receives comes from whom its of-phrase names (elsewhere "the endorsement of the plan" is
                # what is endorsed)
                givers = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c) for m in ctx.group(p)]
                given = {m.actor_id for m in givers}
                frame.patients = [(m, r) for m, r in frame.patients if m.actor_id not in given]
            frame.patients.extend((m, relation) for m in (gaining or ctx.subjects(head, is_passive(head))[0] or _reporter_of_consequence(ctx, head)))
            if not frame.agents:
                frame.agents.extend(givers)
            frame.fire("light-verb-noun")
        elif carried or head_lemma in ctx.lexicon.light_verbs or cue.only_negated or (cue.when_refused and refusing(head, ctx.lexicon.refusal_verbs)):
            if cue.identity is not None and not carried and any(c.dep_ == "poss" for c in token.children):
                return  # "struck the GNA's allies", "struck the GNA and its allies": people someone has, not an act done
            if lemma(token) in ctx.lexicon.advantage_nouns and not _gain_from_act(ctx, head):
                return  # "Haftar's blunders gave the GNA an edge": a gain the giver did not mean to give
            if not frame.agents and place.dep_ == "nsubjpass" and is_passive(head):
                # "The ceasefire was signed by the GNA and the LNA", "the offensive was launched by Haftar": the
                # by-phrase does what the noun names
                frame.agents.extend(m for c in head.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p))
            if not frame.agents:
                subjects, frame.inherited, subject_is_patient = ctx.subjects(head, is_passive(head))
                if not subject_is_patient:
                    frame.agents.extend(subjects)
            # "launched his offensive on Tripoli": the verb can carry the noun's prepositions
            for c in head.children:
                if c.dep_ == "prep":
                    role = cue.preps.get(prep_text(c))
                    found = [m for pobj in objects(c) for m in ctx.group(pobj)]
                    if role == "patient":
                        frame.patients.extend((m, relation) for m in found)
                    elif role == "parties":
                        frame.parties.extend(found)
                elif c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < place.i and (lemma(token) in ctx.lexicon.advantage_nouns or place.dep_ == "dobj")):
                    # ("gave Haftar's army a clear advantage", "teaching Haftar a lesson": the parser may read the first of
                    # two objects as an object too)
                    frame.patients.extend((m, relation) for d in datives(c) for m in ctx.group(d))
            if (
                relation == "mediation" and not frame.agents and not frame.parties
                and not any(c.dep_ == "nsubj" for c in head.children)  # (not "they had held separate talks with ...")
                and ctx.names_peace(token)
            ):
                # "Talks on a ceasefire were held in Moscow with the participation of Sarraj and Haftar": no one holds
                # them but those who take part; with both sides of the war among them, they talk to each other
                taking_part = [m for m, _ in frame.patients]
                mediators = [m for m in taking_part if _mediator_named_by(ctx, m)]  # "..., with mediation by Russia and Turkey"
                sides = [m for m in taking_part if m not in mediators]
                civil = any(c.dep_ in ("amod", "compound") and lemma(c) in ctx.lexicon.civil_fields for c in token.children)
                if both_war_sides(ctx, {m.actor_id for m in sides}) and not civil:
                    frame.parties.extend(sides)
                    frame.agents.extend(mediators)
                    frame.patients = []
            frame.fire("light-verb-noun")
    elif relation == "mediation" and not frame.agents and token.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" and ctx.about_peace_at(token):
        frame.agents.extend(ctx.subjects(head.head, is_passive(head.head))[0])  # whoever travelled holds the talks
        frame.fire("light-verb-noun")


def _mediator_named_by(ctx: SentenceContext, mention: ActorSpan) -> bool:
    """"with mediation by Russia and Turkey", "under the sponsorship of Algeria": the name is the agent of a noun of
    mediation (its by-phrase, or its of-phrase when the noun names no one else)."""
    root = first_conjunct(mention.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("by", "of"):
        return False
    cue = ctx.lexicon.nouns.get(lemma(prep.head))
    return cue is not None and cue.relation == "mediation" and cue.preps.get(prep.lower_) == "agent" and lemma(prep.head) not in ctx.lexicon.dialogue_nouns


def _gain_from_act(ctx: SentenceContext, verb: Token) -> bool:
    """"The Emirati air campaign gave the LNA a decisive edge", "Turkish drones handed the GNA the advantage": a gain
    (advantage_nouns) is backing only when what gives it is an act of aid or force (an aid or fight cue noun, or aid
    itself), whose owner acts for the one who gains; anything else ("Haftar's blunders", "Egypt's hesitation") gives
    it unmeant."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # shared with the verb before
    if subject is None or subject.i in ctx.mention_at:
        return False
    cue = ctx.lexicon.nouns.get(lemma(subject))
    # (or what arrives: "the arrival of Turkish advisers gave the GNA an edge")
    goods = [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    return ctx.is_aid(subject) or (cue is not None and cue.category in ("aid", "fight", "assault")) or any(ctx.is_aid(p) for p in goods)


def _role_of_someone(ctx: SentenceContext, noun: Token) -> bool:
    """"the sponsors of Libya's factions", "Haftar's backers": a role noun (identity agent) with its own patient phrase,
    named or not, says whose backers they are; a verb that gets or wins them ("sought to get the sponsors of X to
    commit") does not make its subject the one backed ("the GNA gained new backers" still does)."""
    cue = ctx.lexicon.nouns.get(lemma(noun))
    if cue is None or cue.identity != "agent":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and cue.preps.get(prep_text(c)) == "patient") for c in noun.children)


def _pledged_to_peace(ctx: SentenceContext, frame: Frame) -> bool:
    """"their commitment to a truce", "Haftar's support for the ceasefire": a support noun whose patient phrase
    names a peace step (no actor) backs the peace; whoever obtains or secures it is not the one backed."""
    if frame.relation != "support" or frame.patients:
        return False
    return any(
        frame.cue.preps.get(prep_text(c)) == "patient" and ctx.names_peace(p) and p.i not in ctx.mention_at
        for c in frame.trigger.children
        if c.dep_ == "prep"
        for p in objects(c)
    )


@construction("proposed-alongside")
def proposed_alongside(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt announced a ceasefire alongside Haftar and Aguila Saleh", "Sisi unveiled the plan alongside Haftar,
    proposing a truce": those beside whom a peace proposal is made are its proposer's counterparts, as with
    "together with" (the noun's own with-phrase); a participle clause's proposal counts the main verb's phrase."""
    token = frame.trigger
    # co-proposers were made each other's parties ("Egypt and Jordan announced a ceasefire"): they stay so, and
    # each is the counterpart of those beside whom they announce it
    proposers = frame.parties if frame.rule == "coordinated-parties" and not frame.agents else frame.agents
    if frame.relation != "mediation" or frame.patients or not proposers or (frame.parties and proposers is not frame.parties):
        return
    place = clause_place(token)
    verb = place.head
    if place.dep_ != "dobj" or not is_verb(verb) or lemma(verb) not in ctx.lexicon.light_verbs or not ctx.names_peace(token):
        return
    verbs = [verb]
    # the participle on the main verb, or on its object ("announced [the declaration ..., proposing a truce]")
    main = verb.head if verb.dep_ == "advcl" else verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else None
    if main is not None and verb.tag_ == "VBG" and is_verb(main) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        c.dep_ == "dobj" and (lemma(c) in ctx.lexicon.document_nouns or ctx.names_peace(c)) for c in main.children
    ):
        # "announced the declaration alongside Haftar, proposing a ceasefire" (not "announced arms sales alongside
        # the UAE, proposing ...": a partner in another act)
        verbs.append(main)
    own = {m.actor_id for m in proposers}
    partners = [m for v in verbs for prep in co_agent_preps(ctx, v, own) for p in objects(prep) for m in ctx.group(p) if m.actor_id not in own]
    # "unveiled a peace initiative, flanked by Haftar and Aguila Saleh": beside them, as "alongside" says
    partners += [
        m
        for v in verbs
        for c in v.children
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and lemma(c) in ctx.lexicon.accompaniment_participles
        for by in c.children
        if by.dep_ == "agent"
        for p in objects(by)
        for m in ctx.group(p)
        if m.actor_id not in own
    ]
    if partners:
        frame.agents = list(proposers)
        frame.patients = [(m, "mediation") for m in partners]
        # "Sisi unveiled the Cairo initiative, flanked by Haftar and Aguila Saleh": an outside power proposing peace
        # beside one camp of the war only stands with that camp
        if all(ctx.outside_power(m.actor_id) for m in proposers) and _one_camp(ctx, {m.actor_id for m in partners}):
            frame.patients += [(m, "support") for m in partners]
        frame.fire("proposed-alongside")


def _one_camp(ctx: SentenceContext, actors: set[str]) -> bool:
    """Actors that are all sides or bodies of one camp of the war (conflict_sides members: the LNA and the HoR)."""
    sides = ctx.lexicon.conflict_sides
    return bool(actors) and actors <= camp_members(ctx.lexicon) and len({side.camp for side in sides for a in actors if a in side.members}) == 1


@construction("declared-by")
def declared_by(ctx: SentenceContext, frame: Frame) -> None:
    """"the truce declared separately by the GNA and the HoR", "a ceasefire signed by Sarraj and Haftar": the
    peace a participle says two or more declared, signed or reached has them as its parties (one who declares
    it alone is no party to anyone; a broker's participle is brokered-by's)."""
    token = frame.trigger
    if frame.relation != "mediation" or frame.agents or frame.parties or frame.patients or not ctx.names_peace(token):
        return
    participles = [c for c in token.children if c.dep_ == "acl"]
    if token.dep_ == "nsubj" and any(c.dep_ == "agent" for c in token.head.children):
        participles.append(token.head)  # "welcomed the truce declared by X and Y": the parser made the truce its subject
    participles = [
        c for c in participles if c.tag_ == "VBN" and lemma(c) in ctx.lexicon.light_verbs and lemma(c) not in ctx.lexicon.mediation_participles
    ]
    sides = [m for c in participles for by in c.children if by.dep_ == "agent" for p in objects(by) for m in ctx.group(p)]
    if len({m.actor_id for m in sides}) >= 2:
        frame.parties = sides
        frame.fire("declared-by")


@construction("adjunct-event")
def adjunct_event(ctx: SentenceContext, frame: Frame) -> None:
    """"The LNA captured the town after clashes with the GNA", "Turkey sent warships amid a standoff
    with Greece", "withdrew following a week of fighting with GNA troops": an event with only its
    with-partner, in a phrase of time or circumstance (adjunct_preps) on the clause, is the clause
    subject's; so is a stance in an in-phrase ("recalled its ambassador in protest at France's support":
    stance_nouns). Not "after attacks on Tripoli", whose attacker the phrase does not say, nor "to mediate
    in their dispute with Ethiopia", whose owner does (resolved or not)."""
    token = frame.trigger
    if frame.agents or frame.parties or frame.cue is None or any(c.dep_ == "poss" for c in token.children):
        return
    partner = frame.cue.preps.get("with") == "patient" and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    # "reopened an embassy in Benghazi in a sign of support for the eastern government": the cue inside a
    # display noun's of-phrase (display_nouns) is the clause subject's stance
    display = token.head.lower_ == "of" and token.head.head.dep_ == "pobj" and lemma(token.head.head) in ctx.lexicon.display_nouns
    stance = (lemma(token) in ctx.lexicon.stance_nouns and token.head.lower_ == "in") or display or _comment_on_clause(ctx, token)
    patients = list(frame.patients)
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if stance and not patients and after is not None and after.dep_ == "prep" and frame.cue.preps.get(after.lower_) == "patient":
        # the parser may hang the stance's own preposition on the verb
        patients = [(m, frame.relation) for p in objects(after) for m in ctx.group(p)]
    if not patients or (not partner and not stance):
        return
    place = token.head.head if display else clause_place(token)
    if place.dep_ == "pobj" and place.head.lower_ == "of" and lemma(place.head.head) in ctx.lexicon.time_nouns:
        place = place.head.head  # "after a week of battles with"
    prep = place.head
    verb = prep.head.head if prep.head.dep_ == "dobj" and stance else prep.head  # "recalled its ambassador in protest"
    if partner and place.dep_ == "nsubj" and prep.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ctx.lexicon.adjunct_marks for c in prep.children
    ) and not any(c.dep_ == "neg" or lemma(c) in ctx.lexicon.hedge_words for c in prep.children):
        # "Greece bolstered its navy as tensions with Turkey rose": the event is the subject of a clause of time or
        # circumstance on the main clause, whose subject is its other side
        verb = prep.head
    elif place.dep_ != "pobj" or (
        prep.lower_ not in ctx.lexicon.adjunct_preps and not (display and prep.lower_ == "as") and not _clause_read_as_phrase(place, prep, ctx)
    ) or not is_verb(verb):
        return
    if lemma(verb) == "be" or lemma(verb) in ctx.lexicon.copular_verbs:
        return  # "Italy is in a dispute with France" is a predicate (prepositional-predicate)
    partners = {m.actor_id for m, _ in patients}
    subjects, inherited, _ = ctx.subjects(verb, is_passive(verb))
    agents = [m for m in subjects if m.actor_id not in partners]
    if agents:
        frame.agents, frame.patients, frame.inherited = agents, patients, inherited
        frame.fire("adjunct-event")


def _comment_on_clause(ctx: SentenceContext, token: Token) -> bool:
    """"Sarraj addressed parliament, in a pointed attack on Haftar's ambitions": a hostile noun of comment_nouns in an
    in-phrase set off by a comma after an active clause is said of the clause's act, as a stance noun is; "a Turkish
    soldier was killed in an attack on a GNA base" (a passive, or a verb of suffering) is the attack he suffered."""
    prep = token.head
    verb = prep.head
    if lemma(token) not in ctx.lexicon.comment_nouns or prep.lower_ != "in" or prep.i == 0 or token.doc[prep.i - 1].text != ",":
        return False
    # (the verb and the one it governs: "continues to be killed")
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return is_verb(verb) and not any(is_passive(v) or lemma(v) in ctx.lexicon.suffering_verbs for v in clause)


def _clause_read_as_phrase(noun: Token, prep: Token, ctx: SentenceContext) -> bool:
    """"bolstered its navy as [tensions with Turkey] rose": the parser may read a clause's opening word as a
    preposition and its subject as the object, and hang the clause's verb on the main verb right after."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    return (
        prep.lower_ in ctx.lexicon.adjunct_marks
        and after < len(doc)
        and doc[after].pos_ == "VERB"
        and doc[after].dep_ == "advcl"
        and doc[after].head.i == prep.head.i
        and not any(c.dep_ == "neg" for c in doc[after].children)
    )


@construction("came-to-aid")
def came_to_aid(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey came to the aid of the GNA", "rushed to the GNA's defence": the one who comes
    gives the aid; the noun's possessor or of-object receives it (elsewhere "the support of
    Turkey" names the giver)."""
    token = frame.trigger
    if frame.relation != "support" or token.dep_ != "pobj" or token.head.lower_ != "to" or lemma(token.head.head) not in ctx.lexicon.rescue_verbs:
        return
    verb = token.head.head
    helped = [m for c in token.children if c.dep_ == "poss" for m in ctx.group(c)]
    helped += [m for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c) for m in ctx.group(p)]
    coming = ctx.subjects(verb, is_passive(verb))[0]
    if helped and coming:
        frame.agents = list(coming)
        frame.patients = [(m, "support") for m in helped]
        frame.fire("came-to-aid")


@construction("controlled-clause")
def controlled_clause(ctx: SentenceContext, frame: Frame) -> None:
    """"criticized Turkey for its support to the GNA": the object of the controlling verb acts;
    "Sarraj thanked Turkey for its support": the thanker was supported."""
    token = frame.trigger
    prep = clause_place(token).head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    controller = prep.head
    if token.dep_ != "pobj" or controller.pos_ != "VERB" or lemma(controller) not in ctx.lexicon.control_verbs_object:
        return
    fired = False
    if not frame.agents or all(m.kind == "pronoun" for m in frame.agents):
        # "criticized Turkey for its support": the clause says whose, better than "its" alone
        # (a thing the verb acts on is no doer: "praised the agreement between X and Y on a ceasefire")
        frame.agents = [m for c in controller.children if c.dep_ == "dobj" and lemma(c) not in ctx.lexicon.nouns for m in ctx.group(c)] or frame.agents
        fired = True
    if not frame.patients and lemma(controller) in ctx.lexicon.gratitude_verbs:
        frame.patients.extend((m, frame.relation) for m in ctx.subjects(controller, is_passive(controller))[0])
        fired = True
    if fired:
        frame.fire("controlled-clause")


@construction("attack-as-cause")
def attack_as_cause(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar had to retreat due to military intervention by Turkey": an attack named as
    the cause of what befalls a clause's subject was aimed at that subject."""
    token = frame.trigger
    if frame.relation != "opposition" or not frame.agents or frame.patients or frame.parties or token.dep_ != "pobj":
        return
    prep = token.head
    words = [prep.lower_, *(t.lower_ for t in prep.children if t.dep_ in ("pcomp", "prep") and t.i < token.i)]
    head = prep.head
    if prep.lower_ == "to" and head.lower_ == "due":
        words, head = ["due", "to"], head.head  # "due to" hangs on "due"
    if " ".join(words) not in ctx.lexicon.cause_preps or not is_verb(head):
        return
    frame.face(ctx.subjects(head, is_passive(head))[0], "opposition", "attack-as-cause")


def _range_set_off(noun: Token, prep: Token) -> bool:
    """"his foreign patrons, from Abu Dhabi to Moscow": a from-phrase set off by a comma right after the noun, with a
    to-phrase after it (on the noun, the from-phrase, or its object)."""
    doc = noun.doc
    if prep.lower_ != "from" or prep.i != noun.i + 2 or doc[noun.i + 1].text != ",":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > prep.i for h in (noun, prep, *objects(prep)) for c in h.children)


def _city_of_event(ctx: SentenceContext, noun: Token, mention: ActorSpan) -> bool:
    """"Blinken told the Berlin conference", "to respect the Berlin truce": a city on a meeting or a peace (venue_nouns,
    meeting_nouns, a peace topic) names where it was held or made, not who took part or mediated, unless the sentence
    names that city's state as an actor too ("Maas said Haftar would attend the Berlin conference")."""
    lex = ctx.lexicon
    if mention.kind != "metonym" or not (lemma(noun) in lex.venue_nouns or lemma(noun) in lex.meeting_nouns or ctx.names_peace(noun)):
        return False
    doc = noun.doc
    if any(0 <= j < len(doc) and doc[j].text in HYPHENS for j in (mention.span.start - 1, mention.span.end)):
        return False  # "the Cairo-Greek-Cypriot summit": a member of a hyphened list of its participants
    return not any(
        m.actor_id == mention.actor_id and m.kind not in PLACE_KINDS and ctx.sent.start <= m.span.start < ctx.sent.end for m in ctx.mentions
    )


@construction("harmed-in-attack")
def harmed_in_attack(ctx: SentenceContext, frame: Frame) -> None:
    """"Two Turkish soldiers were killed in an LNA drone strike", "GNA fighters died in a raid by Haftar's forces",
    "a Turkish freighter was damaged during a raid by the LNA": those a hostile act harms (the subject of a passive verb
    of harm_verbs, or of one of suffering_verbs) in, during or by an attack whose author is named were its targets."""
    token = frame.trigger
    if frame.relation != "opposition" or not frame.agents or frame.patients or frame.parties or token.dep_ != "pobj":
        return
    prep, verb = token.head, token.head.head
    if prep.lower_ not in ctx.lexicon.harm_preps or not is_verb(verb) or is_negated(verb, ctx.lexicon):
        return
    passive = is_passive(verb)
    if not ((passive and lemma(verb) in ctx.lexicon.harm_verbs) or (not passive and lemma(verb) in ctx.lexicon.suffering_verbs)):
        return
    frame.face(ctx.subjects(verb, passive)[0], "opposition", "harmed-in-attack")


@construction("cooperation-deal")
def cooperation_deal(ctx: SentenceContext, frame: Frame) -> None:
    """"Ankara signed security and maritime deals with the GNA": a deal in a field of
    cooperation is support between its parties, not peace-making."""
    token = frame.trigger
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    modifiers += [conj for m in modifiers for conj in m.conjuncts]
    # "an agreement on security cooperation", "an agreement for training the coast guard": a military field in its
    # phrase (not "an agreement on the supply of fuel", which two sides of a war may reach)
    phrase = [t for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "of") for t in c.subtree if t.i not in ctx.mention_at]
    # "signed a deal with the GNA to set up military training centres": what the deal is for, on the noun or on the
    # verb that makes it (where the parser may hang the infinitive)
    purposes = [c for c in token.children if c.dep_ in ("acl", "relcl") and is_to_infinitive(c)]
    if token.dep_ == "dobj" and is_verb(token.head):
        purposes += [c for c in token.head.children if c.dep_ in ("advcl", "xcomp") and is_to_infinitive(c) and c.i > token.i]
    phrase += [t for c in purposes for t in c.subtree if t.i not in ctx.mention_at]
    # ("security and maritime deals": the parser may coordinate the field with the deal)
    domain = any(lemma(m) in ctx.lexicon.cooperation_domains for m in (*modifiers, *token.conjuncts))
    if not domain and any(lemma(t) in ctx.lexicon.peace_topics for t in phrase):
        return  # "an agreement on a ceasefire and on training": peace-making
    domain = domain or any(lemma(t) in ctx.lexicon.military_fields or (lemma(t) == "train" and t.pos_ == "VERB") for t in phrase)
    if frame.relation != "mediation" or not frame.cue.weak or not domain:
        return
    if _turned_down(ctx, token, frame):
        return  # "Greece rejected the EU's security plan", "Turkey vetoed NATO's defence plan": no one cooperates
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    if len({m.actor_id for m in [*frame.agents, *frame.parties, *(m for m, _ in frame.patients)] if m.actor_id in sides}) >= 2:
        return  # "the GNA and the LNA reached a security agreement for Sirte": the two sides of the war make peace
    frame.relation = "support"
    frame.patients = [(m, "support") for m, _ in frame.patients]
    agents = distinct_actors(frame.agents + frame.parties)
    if not frame.patients and len(agents) >= 2:
        frame.pairs.extend((a, b, "support") for a in agents for b in agents if pact_backs(ctx, agents, a, b))
        frame.agents = []
    frame.parties = []
    frame.fire("cooperation-deal")


def _turned_down(ctx: SentenceContext, deal: Token, frame: Frame) -> bool:
    """A plan put to whoever rejects, blocks or opposes it (the verb an opposition cue, one of refusal_verbs or
    blocking_verbs; its subject read as the one the plan was put to): the one who turns it down is no partner in it
    ("Egypt condemned the military deal between Turkey and the GNA" leaves that deal's own parties)."""
    place = clause_place(deal)
    verb = place.head
    if place.dep_ not in ("dobj", "nsubjpass") or not is_verb(verb):
        return False
    cue = ctx.lexicon.verbs.get(lemma(verb))
    answering = cue is not None and cue.relation == "opposition" or lemma(verb) in ctx.lexicon.refusal_verbs or lemma(verb) in ctx.lexicon.blocking_verbs
    answerers = {m.actor_id for m in ctx.subjects(verb, is_passive(verb))[0]}
    return answering and any(m.actor_id in answerers for m, _ in frame.patients)


@construction("mutual-parties")
def mutual_parties(ctx: SentenceContext, frame: Frame) -> None:
    """"France and Germany signed a defence cooperation pact": each backs the other (not a pact a third party opposes:
    opposed_pact, read in extract/relations/reader.py)."""
    if not frame.cue.mutual or frame.relation != "support" or frame.patients:
        return
    agents = distinct_actors(frame.agents + frame.parties)
    if len(agents) < 2:
        return
    frame.pairs.extend((a, b, "support") for a in agents for b in agents if pact_backs(ctx, agents, a, b))
    frame.agents, frame.parties = [], []
    frame.fire("mutual-parties")


def opposed_pact(ctx: SentenceContext, pact: Token) -> bool:
    """"The House voted to annul the memorandums signed between the GNA and Turkey", "Athens's alarm at the Turkey-GNA
    memorandum": a pact (pact_nouns) named by no field of cooperation that a clause opposes is named as what is
    opposed, not asserted as its signatories' backing: the object of an opposition cue or of a verb of refusing,
    blocking or annulling, the subject of a hostile predicate ("is legally non-existent", "was void"), or the object
    of an opposition or reaction noun ("the rejection of", "alarm at"). A field says what it is: "the security
    accords Turkey signed with the GNA were void" still backs."""
    lex = ctx.lexicon
    if lemma(pact) not in lex.pact_nouns or any(lemma(c) in lex.cooperation_domains for c in pact.children if c.dep_ in ("amod", "compound", "nmod")):
        return False
    place = clause_place(pact)
    head = place.head

    def hostile(predicate: Token) -> bool:
        return lemma(predicate) in lex.hostile_evaluations or lex.designation_predicates.get(lemma(predicate)) == "opposition"

    if place.dep_ in ("dobj", "nsubjpass") and is_verb(head):
        cue = lex.verbs.get(lemma(head))
        if (cue is not None and cue.relation == "opposition") or lemma(head) in lex.refusal_verbs or lemma(head) in lex.blocking_verbs or lemma(head) in lex.annulment_verbs:
            return True
        # "the memorandum is viewed in Athens as a provocation", "called the memorandum void"
        said = [c for c in head.children if c.dep_ in ("oprd", "acomp")] + [p for c in head.children if c.dep_ == "prep" and c.lower_ == "as" for p in objects(c)]
        if lemma(head) in lex.designation_verbs and any(hostile(p) for p in said):
            return True
    if place.dep_ == "nsubj" and is_verb(head) and any(hostile(c) for c in head.children if c.dep_ in ("acomp", "attr")):
        return True  # "the memorandum is legally non-existent", "was null and void"
    if place.dep_ == "pobj" and head.dep_ == "prep":
        noun = head.head
        cue = lex.nouns.get(lemma(noun))
        # "the rejection of", "alarm at", "the cancellation of", "an answer to"
        return (cue is not None and cue.relation == "opposition") or lemma(noun) in lex.reaction_nouns or lemma(noun) in lex.countering_nouns
    return False


@construction("foreign-backer")
def foreign_backer(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA's alliance with Ankara", "the LNA's partnership with Moscow", "Haftar, a close ally of Cairo":
    a mutual tie read from a side of the war to an outside state or body is the outsider backing the side
    (the reverse of the phrase's order); a tie between two outsiders, or two sides, stays as read."""
    if frame.relation != "support" or frame.cue is None or not frame.cue.mutual or frame.pairs or frame.parties:
        return
    if not frame.agents or not frame.patients or any(r != "support" for _, r in frame.patients):
        return
    if all(side_backs_outsider(ctx, a, p) for a in frame.agents for p, _ in frame.patients):
        frame.agents, frame.patients = [p for p, _ in frame.patients], [(a, "support") for a in frame.agents]
        frame.fire("foreign-backer")


@construction("offer-of-aid")
def offer_of_aid(ctx: SentenceContext, frame: Frame) -> None:
    """"Tunisia welcomed Algeria's offer of assistance": an offer of aid is support, not a proposal for talks."""
    token = frame.trigger
    offered = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    if frame.relation != "mediation" or not any(ctx.is_aid(p) for p in offered):
        return
    frame.relation = "support"
    frame.patients = [(m, "support") for m, _ in frame.patients]
    place = clause_place(token)
    if not frame.patients and place.dep_ == "dobj" and is_verb(place.head):
        own = {a.actor_id for a in frame.agents}
        frame.patients = [(m, "support") for m in ctx.subjects(place.head, False)[0] if m.actor_id not in own]
    frame.fire("offer-of-aid")


@construction("prepositional-predicate")
def prepositional_predicate(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt is at odds with Turkey", "Turkey remained at war with Haftar", "the GNA is in talks
    with Russia": a relation noun in a copula's prepositional predicate is the subject's; with
    coordinated subjects and no with-phrase ("Egypt and Turkey are at odds") they are the parties."""
    token = frame.trigger
    if _approached_hostility(ctx, frame):
        return
    place = clause_place(token)
    prep = place.head
    verb = prep.head
    if frame.cue.identity or frame.agents or place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ctx.lexicon.predicate_preps:
        return
    if not is_verb(verb):
        return
    if lemma(verb) not in ctx.lexicon.copular_verbs:
        _resultative_predicate(ctx, frame, verb, prep)
        return
    if frame.relation == "mediation" and not _talks_about_peace(ctx, token):
        return  # "Turkey is in talks with the US over missiles": what follows says it is bargaining, not peace-making
    subjects, frame.inherited, subject_is_patient = ctx.subjects(verb, is_passive(verb))
    if subject_is_patient or not subjects:
        return
    for c in verb.children:
        # "Egypt is at odds over Libya with Turkey": the parser may hang the noun's phrase on the verb.
        if c.dep_ == "prep" and c.i > prep.i and frame.cue.preps.get(prep_text(c)) == "patient":
            frame.patients.extend((m, frame.relation) for p in objects(c) for m in ctx.group(p))
    if not frame.patients and not frame.parties and len({m.actor_id for m in subjects}) >= 2 and frame.relation != "support":
        frame.parties.extend(subjects)
    else:
        frame.agents.extend(subjects)
    frame.fire("prepositional-predicate")


# "came close to war", "edged toward a confrontation", "slid into conflict", "locked in a standoff", "the brink of war"
APPROACH_PREPS = frozenset({"to", "toward", "towards", "into", "in", "of"})


def _approached_hostility(ctx: SentenceContext, frame: Frame) -> bool:
    """"Turkey and Egypt came close to a military confrontation", "the two edged toward war", "Cairo and Ankara were
    on the brink of war", "Athens and Ankara are locked in a standoff": two or more who near a hostile state (a verb
    of approach_verbs, or a copula with one of approach_adverbs or verge_nouns) with no one else named in it are at odds with
    each other; with a direct object ("pushed Cairo and Ankara to the brink of war") the object's names are."""
    if frame.relation != "opposition" or frame.cue.identity or frame.agents or frame.parties:
        return False
    place = clause_place(frame.trigger)
    if place.dep_ != "pobj" or place.head.lower_ not in APPROACH_PREPS or any(c.dep_ == "poss" for c in frame.trigger.children):
        return False  # ("similar to their struggles in Yemen": a hostility of their own, not one between them)
    holder, neared = place.head.head, False
    if holder.pos_ == "NOUN" and lemma(holder) in ctx.lexicon.verge_nouns and holder.dep_ == "pobj":
        holder, neared = holder.head.head, True  # "on the brink of war"
    while lemma(holder) in ctx.lexicon.approach_adverbs and holder.dep_ in ("advmod", "acomp", "amod") and holder.head.i != holder.i:
        holder, neared = holder.head, True  # "came close to", "were near to"
    if not is_verb(holder) or not (lemma(holder) in ctx.lexicon.approach_verbs or (neared and lemma(holder) in ctx.lexicon.copular_verbs)):
        return False
    if any(c.dep_ == "neg" for c in holder.children) or _feared(ctx, holder):
        return True  # "never came close to a confrontation", "risked dragging Turkey into a war": neared no one
    sides = [m for c in holder.children if c.dep_ == "dobj" for m in ctx.group(c)]
    if not sides:
        sides, frame.inherited, _ = ctx.subjects(holder, is_passive(holder))
    if len(sides) == 1 and holder.dep_ == "relcl" and holder.head.dep_ == "conj":
        # "Turkey and Egypt, which came close to a confrontation": no one nears a confrontation alone, so the relative
        # describes the whole list, not its last name
        sides = ctx.group(first_conjunct(holder.head))
    # "came close to a confrontation with Egypt": the parser may hang the partner on the verb
    partners = [m for c in holder.children if c.dep_ == "prep" and c.lower_ in ("with", "against") for p in objects(c) for m in ctx.group(p)]
    if frame.patients or partners:
        frame.agents.extend(sides)
        frame.patients.extend((m, "opposition") for m in partners)
    elif len({m.actor_id for m in sides}) >= 2:
        frame.parties.extend(sides)
    else:
        return False
    frame.fire("prepositional-predicate")
    return True


def _feared(ctx: SentenceContext, verb: Token) -> bool:
    """"risked dragging Turkey into a proxy war", "to avoid sliding into war", "kept the two from sliding into war":
    a state nearing hostility that someone fears or keeps off has not come about."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from":
        return True  # "kept Turkey and Egypt from sliding into war"
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl") or clause.head.i == clause.i:
            break
        clause = clause.head if clause.dep_ != "pcomp" else clause.head.head
        if lemma(clause) in ctx.lexicon.hazard_verbs or lemma(clause) in ctx.lexicon.mediation_averting_verbs:
            return True
    return False


def _resultative_predicate(ctx: SentenceContext, frame: Frame, verb: Token, prep: Token) -> None:
    """"The gas dispute put Ankara at odds with Athens", "the vote left the chamber at war with the cabinet":
    a verb that brings about a hostile state gives it to its direct object, not to its subject (the dispute,
    the vote), as a copula gives it to its subject. Only hostility: "left Haftar in control of Sirte" backs no one."""
    if frame.relation != "opposition" or lemma(verb) not in ctx.lexicon.resultative_verbs or is_passive(verb):
        return
    held = [m for c in verb.children if c.dep_ == "dobj" and c.i < prep.i for m in ctx.group(c)]
    if not held:
        return
    frame.agents.extend(held)
    frame.fire("prepositional-predicate")


@construction("existential-speaker")
def existential_speaker(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey said there should be no place for Haftar", "There is no role for Haftar, Erdogan
    said": an existential clause names no one who acts; the one who says it takes the stance."""
    token = frame.trigger
    verb = token.head
    if frame.agents or frame.parties or token.dep_ != "attr" or not is_verb(verb):
        return
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        return
    speakers = _reporting_subjects(ctx, verb)
    if not speakers and ctx.speaker:
        # quoted words whose speaker an earlier sentence named
        speakers = [ActorSpan(ctx.speaker, "pronoun", token.doc[token.i : token.i + 1])]
    own = {m.actor_id for m, _ in frame.patients}
    speakers = [m for m in speakers if m.actor_id not in own]
    if speakers and frame.patients:
        frame.agents.extend(speakers)
        frame.inherited = False  # the speaker is named, not borrowed from another clause
        frame.fire("existential-speaker")


def _reporting_subjects(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    """The subject of the reporting verb a clause is the content of ("Turkey said there ...")."""
    for ancestor in clause.ancestors:
        if is_verb(ancestor) and lemma(ancestor) in ctx.lexicon.reporting_verbs:
            return [m for c in ancestor.children if c.dep_ == "nsubj" for m in ctx.group(c)]
    if lemma(clause) not in ctx.lexicon.reporting_verbs:
        # "There is no place for Haftar, Erdogan said": the parser may make the reporting verb the clause's child
        for child in clause.children:
            if child.dep_ in ("ccomp", "parataxis") and is_verb(child) and lemma(child) in ctx.lexicon.reporting_verbs:
                return [m for c in child.children if c.dep_ == "nsubj" for m in ctx.group(c)]
    return []


# The actor type of international bodies, whose report of the parties' peace is their mediator's (reported-agreement).
BODY_TYPE = "igo"

# Prepositions of a phrase on a clause that say its peace-making came with, after or through mediation.
MEDIATED_CLAUSE_PREPS = frozenset({"after", "following", "amid", "under", "through", "via", "with"})


@construction("framed-mediation")
def framed_mediation(ctx: SentenceContext, frame: Frame) -> None:
    """"Sarraj and Saleh called for a ceasefire after discreet mediation by the United States", "the GNA and the
    LNA agreed to a truce following Egyptian mediation": a mediation noun whose mediator is named, on a clause
    that makes peace (a peace topic outside the phrase) and whose subjects are two or more others, mediates
    between them. Not "Turkey and Russia clashed after mediation failed"."""
    if frame.relation != "mediation" or not frame.agents or frame.parties:
        return
    noun = frame.trigger
    phrase = noun.head
    if noun.dep_ not in ("pobj", "dobj") or phrase.lower_ not in MEDIATED_CLAUSE_PREPS:
        return
    clause = next((a for a in phrase.ancestors if is_verb(a)), None)  # "a ceasefire following mediation by": the clause's verb
    if clause is None or _advocated(ctx, clause):
        return  # (not "Jordan backed a negotiated settlement under UN auspices")
    subjects = ctx.subjects(clause, is_passive(clause))[0]
    if {m.actor_id for m, _ in frame.patients} - {m.actor_id for m in subjects}:
        return  # the noun has a party of its own ("mediation with Haftar")
    if not ctx.makes_peace(clause, phrase):
        return
    # "Germany hosted talks between Sarraj and Haftar under the auspices of the UN": the parties of the talks the
    # clause holds, beside whoever hosts them; else the clause's subjects ("the GNA and the LNA met under ...")
    framed = frame.others(m for c in clause.children if c.dep_ == "dobj" for m in ctx.between_parties(c))
    if len({m.actor_id for m in framed}) < 2:
        framed = frame.others(subjects)
    if getattr(frame.cue, "category", None) == "host" and len(kept := _parties_under_frame(ctx, framed)) < len(framed):
        framed = kept
        if not framed:
            frame.agents, frame.patients = [], []  # co-sponsors under the frame: no one it mediates with
            return
    if len({m.actor_id for m in framed}) < 2:
        return
    frame.patients = []  # (not the clause's subject, which the noun alone took for the one it is about)
    frame.parties = framed
    frame.fire("framed-mediation")


@construction("to-the-dismay-of")
def to_the_dismay_of(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey entrenched itself in Libya, much to the irritation of Cairo", "to Athens's dismay, Ankara signed the
    deal": whose reaction the phrase names (reaction_nouns) opposes the subject of the clause the phrase hangs on.
    Not a reaction the noun gives its own target ("to the dismay of Cairo over Haftar": the noun's phrase reads it)."""
    token = frame.trigger
    if lemma(token) not in ctx.lexicon.reaction_nouns or frame.patients or token.dep_ != "pobj" or token.head.lower_ != "to":
        return
    to = token.head
    if not (to.i == ctx.sent.start or token.doc[to.i - 1].lower_ in (",", "much", "very", "greatly", "(", "—", "-")):
        return  # set off as an aside; not "the GNA responded to the irritation of Paris", an object of the verb
    reacting = [m for c in token.children if c.dep_ == "poss" for m in ctx.group(c)]
    reacting += [m for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c) for m in ctx.group(p)]
    # the parser may hang the phrase on "much", on the subject ("The GNA, to the chagrin of Paris, bought") or on
    # the last noun before it ("entrenched itself in Libya, much to the annoyance of"): the clause is the verb above
    clause = clause_above(token.head)
    if not reacting or clause is None:
        return
    own = {m.actor_id for m in reacting}
    acting = [m for m in ctx.subjects(clause, is_passive(clause))[0] if m.actor_id not in own]
    if acting:
        frame.agents = reacting
        frame.patients = [(m, "opposition") for m in acting]
        frame.fire("to-the-dismay-of")


@construction("used-force")
def used_force(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey's use of Syrian National Army factions", "the use of Wagner mercenaries by Russia": a state that uses an
    armed group backs it; a group that a side of the war uses fights for that side ("Haftar's use of Wagner"). Using
    anything else relates no one ("the GNA's use of Turkish drones", "Turkey's use of Greek airspace")."""
    if lemma(frame.trigger) not in ctx.lexicon.force_user_nouns or frame.relation != "support":
        return
    forces = [(m, r) for m, r in frame.patients if ctx.actor_types.get(m.actor_id) in ctx.lexicon.force_types]
    users = [m for m in frame.agents if m.actor_id not in {f.actor_id for f, _ in forces}]
    if not forces or not users:
        frame.agents, frame.patients = [], []
        return
    sides = {s.actor for s in ctx.lexicon.conflict_sides}
    if all(m.actor_id in sides for m in users):
        frame.agents, frame.patients = [f for f, _ in forces], [(m, "support") for m in users]
    else:
        frame.agents, frame.patients = users, forces
    frame.fire("used-force")


@construction("authored-event")
def authored_event(ctx: SentenceContext, frame: Frame) -> None:
    """"The offensive launched by Haftar on Tripoli", "the strikes that the UAE conducted against Misrata": the
    parser hangs the noun's own phrases on the participle or relative clause of authorship_verbs that made it:
    that clause's by-phrase or subject is the noun's agent, and its phrase of the cue's patient preposition the
    noun's patient."""
    token, cue = frame.trigger, frame.cue
    if cue is None or frame.relation not in ("support", "opposition"):
        return
    clauses = [c for c in token.children if c.dep_ in ("acl", "relcl") and lemma(c) in ctx.lexicon.authorship_verbs]
    clauses += [  # "the offensive that Haftar continues to launch": the subject is the relative clause's
        x for c in token.children if c.dep_ == "relcl" for x in c.children if x.dep_ == "xcomp" and lemma(x) in ctx.lexicon.authorship_verbs
    ]
    agents = [
        m for c in clauses if c.dep_ in ("relcl", "xcomp") and not is_passive(c) for s in (c if c.dep_ == "relcl" else c.head).children if s.dep_ == "nsubj" for m in ctx.group(s)
    ]
    agents += [m for c in clauses for a in c.children if a.dep_ == "agent" for p in objects(a) for m in ctx.group(p)]
    patients = [
        m
        for clause in clauses
        for c in clause.children
        if c.dep_ == "prep" and cue.preps.get(prep_text(c)) == "patient"
        for p in objects(c)
        for m in ctx.group(p)
    ]
    if clauses:
        # "the offensive launched by Haftar on Tripoli": the parser may hang the phrase on the name of the by-phrase
        holders = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"]
        holders += [a for c in clauses for a in c.children if a.dep_ == "agent"]
        patients += [
            m
            for by in holders
            for name in objects(by)
            if name.i in ctx.mention_at
            for c in name.children
            if c.dep_ == "prep" and cue.preps.get(prep_text(c)) == "patient"
            for p in objects(c)
            for m in ctx.group(p)
        ]
    known = {m for m, _ in frame.patients}
    patients = [m for m in patients if m not in known]
    agents = agents if not frame.agents else []
    if not (agents or patients) or not (frame.agents or agents) or not (frame.patients or patients):
        return
    frame.agents.extend(agents)
    frame.patients.extend((m, frame.relation) for m in patients)
    frame.fire("authored-event")


@construction("side-security-pact")
def side_security_pact(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA signed with Turkey a memorandum on military cooperation", "Haftar signed a security agreement with
    Russia": a pact of security or military cooperation (military_fields) between one side of the war
    (conflict_sides) and an outside power (outsider_types) is also the outside power backing that side (and whoever
    signs beside the side), whichever of them is the verb's subject; the cooperation read so far stays."""
    if frame.relation != "support" or frame.cue is None or not frame.rule:
        return
    if frame.cue.category != "cooperate" and "cooperation-deal" not in frame.fired:
        return  # ("a security agreement": a deal read as cooperation by cooperation-deal)
    fields = ctx.lexicon.military_fields
    pact = frame.trigger if frame.trigger.dep_ != "pobj" else frame.trigger.head.head  # "a memorandum on [cooperation]"
    if lemma(frame.trigger) not in ctx.lexicon.pact_nouns and lemma(pact) not in ctx.lexicon.pact_nouns:
        return
    if not any(lemma(t) in fields and t.i not in ctx.mention_at for t in _pact_words(frame.trigger)):
        return
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    if frame.agents and frame.patients:
        signers = [distinct_actors(frame.agents), distinct_actors([m for m, _ in frame.patients])]
    else:
        signers = [distinct_actors([*frame.parties, *(m for a, b, _ in frame.pairs for m in (a, b))])]
    war_sides = [m for group in signers for m in group if m.actor_id in sides]
    if len({m.actor_id for m in war_sides}) != 1:
        return
    side_group = next(group for group in signers if any(m.actor_id in sides for m in group))
    other = [m for group in signers if group is not side_group for m in group] or side_group
    backers = [m for m in other if m.actor_id not in sides and ctx.outside_power(m.actor_id)]
    backed = [m for m in side_group if m.actor_id in sides] if other is side_group else side_group
    read = {(a.actor_id, b.actor_id) for a, b, _ in frame.pairs} | {(a.actor_id, p.actor_id) for a in frame.agents for p, _ in frame.patients}
    added = [(b, s, "support") for b in backers for s in backed if b.actor_id != s.actor_id and (b.actor_id, s.actor_id) not in read]
    if added:
        frame.pairs.extend(added)
        frame.fire("side-security-pact")


def _pact_words(noun: Token) -> list[Token]:
    """The pact's own words: its modifiers and the words of its of- / on-phrase ("a memorandum on security
    cooperation"), or the pact a cooperation noun completes ("signed a pact of military cooperation")."""
    words = [t for c in noun.children if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]  # "a military cooperation accord"
    words += [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for", "in") for t in c.subtree]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "on"):
        words += [c for c in noun.head.head.children if c.dep_ in ("amod", "compound")]
    return words


@construction("aid-owner")
def aid_owner(ctx: SentenceContext, frame: Frame) -> None:
    """"The deliveries of weapons of Turkey to the GNA", "the shipment of Ankara's drones to Tripoli": a noun of aid
    given with no giver of its own names the giver in the aid's own of-phrase or possessor; the aid a name only
    modifies ("deliveries of Chinese drones") says where it was made, not who gave it."""
    token = frame.trigger
    if frame.relation != "support" or frame.agents or frame.cue is None or frame.cue.category != "aid":
        return
    given = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c) if ctx.is_aid(p) and p.i not in ctx.mention_at]
    givers = [m for p in given for m in ctx.owner_of_noun(p)]
    if not givers:
        return
    frame.agents.extend(givers)
    if frame.patients:
        frame.fire("aid-owner")


@construction("predicate-noun-author")
def predicate_noun_author(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt's statement was a clear warning to Turkey", "the declarations of the Egyptian president were an
    aggression against the GNA": a cue noun predicated of an act or saying with no agent of its own is the act's
    author's (the subject's possessor or of-phrase)."""
    token, cue = frame.trigger, frame.cue
    if frame.agents or cue is None or cue.identity or frame.relation not in ("support", "opposition") or not frame.patients:
        return
    copula = token.head
    if token.dep_ != "attr" or lemma(copula) != "be":
        return
    subjects = [c for c in copula.children if c.dep_ == "nsubj" and c.i not in ctx.mention_at and c.pos_ == "NOUN"]
    authors = [m for s in subjects for m in ctx.owner_of_noun(s)]
    own = {m.actor_id for m, _ in frame.patients}
    authors = [m for m in authors if m.actor_id not in own]
    if authors:
        frame.agents.extend(authors)
        frame.fire("predicate-noun-author")


@construction("summed-outcome")
def summed_outcome(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar's forces swept into Sirte, a setback for the Tripoli government", "Government forces captured al-Watiya,
    a major blow to Haftar": a noun of harm (outcome_nouns) with its patient and no agent of its own, set off by a comma
    after a clause whose subject is named, sums up what that subject did to the patient."""
    token, cue = frame.trigger, frame.cue
    if frame.agents or cue is None or lemma(token) not in ctx.lexicon.outcome_nouns or frame.relation != "opposition" or not frame.patients:
        return
    clause = summed_clause(token)
    if token.dep_ not in ("appos", "npadvmod", "dobj", "conj") or clause is None:
        return
    if ctx.owner_of_noun(token) or any(c.dep_ in ("poss", "acl", "relcl") for c in token.children):
        return  # its own author, or a clause of its own ("a move condemned by Rome": act-apposition)
    reached = [
        c for c in clause.children
        if c.i < token.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in GOAL_PREPS and any(o.lower_ not in ctx.lexicon.time_nouns for o in objects(c))))
    ]
    verb_cue = ctx.lexicon.verbs.get(lemma(clause))
    hostile = verb_cue is not None and (verb_cue.relation == "opposition" or "opposition" in verb_cue.preps.values())
    if not (hostile and reached) and not any(c.dep_ == "prep" for c in reached):
        return  # a hostile act, or a move into or onto something ("captured al-Watiya", "swept into Sirte"; not "retreated", "left Moscow")
    if is_negated(clause, ctx.lexicon):
        return
    own = {m.actor_id for m, _ in frame.patients}
    doers = [m for m in ctx.subjects(clause, is_passive(clause))[0] if m.actor_id not in own]
    if doers:
        frame.agents.extend(doers)
        frame.fire("summed-outcome")


# Prepositions of where a clause's act goes (summed-outcome).
GOAL_PREPS = frozenset({"into", "on", "onto", "to", "toward", "towards", "through", "against", "past"})


@construction("shared-stance")
def shared_stance(ctx: SentenceContext, frame: Frame) -> None:
    """"France shares Egypt's concerns about Turkey's role", "Macron said he echoed Sisi's criticism of Ankara":
    whoever shares or echoes (sharing_verbs) another's stance takes it too, towards the same actors."""
    token = frame.trigger
    if frame.relation not in ("support", "opposition") or not frame.patients or token.dep_ != "dobj":
        return
    verb = token.head
    if lemma(verb) not in ctx.lexicon.sharing_verbs or not any(c.dep_ == "poss" for c in token.children):
        return
    known = {m.actor_id for m in frame.agents}
    targets = {m.actor_id for m, _ in frame.patients}
    sharers = [m for m in ctx.subjects(verb, is_passive(verb))[0] if m.actor_id not in known and m.actor_id not in targets]
    if sharers:
        frame.agents.extend(sharers)
        frame.fire("shared-stance")


@construction("accusation-content")
def accusation_content(ctx: SentenceContext, frame: Frame) -> None:
    """"France's accusation that Turkey violated the embargo", "Cairo's charge that Ankara sends jihadists": the
    subject of what an accusation noun (a cue of the accuse category) says is the one accused."""
    token, cue = frame.trigger, frame.cue
    if cue is None or cue.category != "accuse" or frame.relation != "opposition" or frame.patients or not frame.agents:
        return
    clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    frame.face((m for c in clauses if not is_passive(c) for m in ctx.subjects(c, is_passive(c))[0]), "opposition", "accusation-content")


def _behalf_on_agent(ctx: SentenceContext, frame: Frame) -> None:
    """"The involvement of Russia, Egypt and the UAE on Haftar's side", "the presence of the Russian Federation in
    support of Haftar", "the deployment of Russian snipers alongside Haftar's units": the parser hangs a noun's behalf phrase on the name in its of-phrase; it is still the noun's,
    so the of-agents act for whom it names."""
    token, cue = frame.trigger, frame.cue
    if cue is None or frame.relation != "support" or frame.patients or cue.preps.get("of") != "agent":
        return
    # anywhere in the of-phrase: on a name, on its last conjunct, on "forces" in "Russian forces"
    phrase = [t for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    acted_for = [m for t in phrase if t.dep_ == "prep" and acts_for(ctx, token, t) for p in objects(t) for m in ctx.group(p)]
    acted_for = frame.others(acted_for)
    if frame.agents and acted_for:
        frame.patients.extend((m, "support") for m in acted_for)


@construction("carrier-noun")
def carrier_noun(ctx: SentenceContext, frame: Frame) -> None:
    """"The HoR approved a motion of no confidence in the GNU", "Ankara sent a message of support to Sarraj", "Egypt's
    show of solidarity with Haftar": a cue noun in the of-phrase of a noun that carries it (carrier_nouns) is read as
    if it stood in the carrier's place: the carrier's possessor, or the subject of the light verb that takes the
    carrier, acts; the carrier's own prepositions may name the one acted on."""
    token, cue = frame.trigger, frame.cue
    if cue is None or frame.agents or frame.parties or token.dep_ != "pobj" or token.head.lower_ != "of":
        return
    carrier = token.head.head
    if lemma(carrier) not in ctx.lexicon.carrier_nouns:
        return
    agents = [m for c in carrier.children if c.dep_ == "poss" for m in ctx.group(c)]
    place = clause_place(carrier)
    verb = place.head
    carried_by_verb = place.dep_ == "dobj" and is_verb(verb) and lemma(verb) in ctx.lexicon.light_verbs
    if not agents and carried_by_verb:
        subjects, frame.inherited, subject_is_patient = ctx.subjects(verb, is_passive(verb))
        if not subject_is_patient:
            agents = subjects
    if not agents or is_negated(carrier, ctx.lexicon) or (carried_by_verb and is_negated(verb, ctx.lexicon)):
        return  # "did not send a message of support": the cue's own negation ("no confidence") is the cue's
    # "a message of support to Sarraj", "sent a message of support to Sarraj": the parser may hang the cue's
    # preposition on the carrier or on the verb (as a dative too)
    holders = [carrier, verb] if carried_by_verb else [carrier]
    # whom a message is sent to is whom it backs ("a message of solidarity to Sarraj"), not whom it opposes ("a
    # letter of protest to the UN")
    addressed = frame.relation == "support" and cue.preps.get("to") == "patient"
    patients = [(m, r) for m, r in frame.patients if addressed or _governing_prep(m.root) != "to"] + [
        (m, frame.relation)
        for holder in holders
        for c in holder.children
        if (c.dep_ == "prep" and cue.preps.get(prep_text(c)) == "patient" and (c.lower_ != "to" or addressed))
        or (c.dep_ == "dative" and holder is verb and addressed)
        for p in datives(c)
        for m in ctx.group(p)
    ]
    own = {m.actor_id for m in agents}
    patients = [(m, r) for m, r in patients if m.actor_id not in own]
    if patients:
        frame.agents.extend(agents)
        frame.patients = patients
        frame.fire("carrier-noun")


@construction("granted-request")
def granted_request(ctx: SentenceContext, frame: Frame) -> None:
    """"Ankara answered the GNA's request for military help", "Turkey granted Sarraj's appeal for support", "the
    GNA's request for support was approved by Turkey": whoever grants a request for aid (request_nouns, granting_verbs)
    backs whoever made it. A request alone asserts nothing ("the GNA requested support from Turkey": not given), nor
    does a refusal or a negated grant."""
    token = frame.trigger
    if frame.relation != "support" or frame.agents or token.dep_ != "pobj" or token.head.lower_ != "for":
        return
    request = token.head.head
    if lemma(request) not in ctx.lexicon.request_nouns:
        return
    verb = request.head
    if request.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head  # "responded positively to the GNA's request"
    elif request.dep_ not in ("dobj", "nsubjpass"):
        return
    if not is_verb(verb) or lemma(verb) not in ctx.lexicon.granting_verbs or is_negated(verb, ctx.lexicon):
        return
    requesters = ctx.owner_of_noun(request) or [m for c in request.children if c.dep_ == "prep" and c.lower_ == "from" for p in objects(c) for m in ctx.group(p)]
    if request.dep_ == "nsubjpass":
        granters = [m for c in verb.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    else:
        granters, frame.inherited, granter_is_patient = ctx.subjects(verb, is_passive(verb))
        granters = [] if granter_is_patient else granters
    frame.backs(granters, requesters, "granted-request")


def _governing_prep(name: Token) -> str:
    """The preposition a name (or the list it ends) is the object of: "to" in "a letter of protest to the UN, Namibia"."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    return name.head.lower_ if name.dep_ == "pobj" else ""


@construction("answered-hostility")
def answered_hostility(ctx: SentenceContext, frame: Frame) -> None:
    """"Di Maio said so, responding to criticism from Tripoli", "Ankara reacted to threats from Cairo", "exposing
    Paris to accusations from Rome": whoever answers (or is exposed to) a hostile noun that names only its author is
    the one it is aimed at (response_verbs; the object of "expose X to", else the subject)."""
    token = frame.trigger
    if frame.relation != "opposition" or not frame.agents or frame.patients or frame.parties:
        return
    if token.dep_ != "pobj" or token.head.lower_ != "to" or not is_verb(token.head.head):
        return
    verb = token.head.head
    if lemma(verb) not in ctx.lexicon.response_verbs or is_negated(verb, ctx.lexicon):
        return
    if frame.cue is not None and any(t.dep_ == "prep" and frame.cue.preps.get(t.lower_) == "patient" for t in token.subtree):
        return  # "criticism from the GNA of France": aimed at someone the phrase names, wherever the parser hung it
    exposed = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c)]
    if exposed:
        targets = exposed
    else:
        targets, frame.inherited, target_is_patient = ctx.subjects(verb, is_passive(verb))
        if target_is_patient:
            return
    frame.face(targets, "opposition", "answered-hostility")


@construction("conditional-warning")
def conditional_warning(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt's warning that it would intervene if the GNA advanced", "Cairo issued a warning that it would send its
    army if the GNA crossed the line": a threat noun (the lexicon's threaten category) whose content holds a condition
    about X opposes X, as the verb does (conditional-threat); its author is its possessor or the light verb's subject."""
    token, cue = frame.trigger, frame.cue
    if cue is None or cue.category != "threaten" or frame.relation != "opposition" or frame.patients or frame.parties:
        return
    contents = [c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    conditions = [
        clause
        for content in contents
        for clause in content.subtree
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)
    ]
    named = [m for clause in conditions for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for m in ctx.group(c)]
    authors = list(frame.agents)
    place = clause_place(token)
    if not authors and place.dep_ == "dobj" and is_verb(place.head) and lemma(place.head) in ctx.lexicon.light_verbs:
        subjects, frame.inherited, subject_is_patient = ctx.subjects(place.head, is_passive(place.head))
        authors = [] if subject_is_patient else subjects
    own = {m.actor_id for m in authors}
    named = [m for m in named if m.actor_id not in own]
    # the author's own act on the condition ("that it would intervene"), not a forecast ("that the war would spread")
    acting = [
        c for content in contents for c in content.children
        if c.dep_ == "nsubj" and (c.lower_ in ("it", "they", "we") or {m.actor_id for m in ctx.group(c)} & own)
    ]
    if authors and named and acting:
        frame.agents = authors
        frame.patients = [(m, "opposition") for m in named]
        frame.fire("conditional-warning")


@construction("proposer-answered")
def proposer_answered(ctx: SentenceContext, frame: Frame) -> None:
    """"Sarraj accepted the truce called for by Rome and Paris", "A truce pushed by Egypt and
    Algeria took hold, with both the LNA and the Tripoli government saying they would stop the shelling", "A ceasefire
    mediated by Tunisia mostly held, though the LNA and the GNA traded blame for breaches": a peace noun whose
    participle names its proposer or broker (mediation_participles, proposing_participles) mediates between that
    proposer and whoever answers or keeps it (answering_verbs, compliance_verbs: the one who accepts, signs or
    observes it), or the war's two sides when a clause on it has both as subjects. Not "Egypt welcomed the truce
    brokered by Russia" (praise from a third party), nor "the truce brokered by Russia held while Egypt armed Haftar"."""
    token = frame.trigger
    if frame.relation != "mediation" or not ctx.names_peace(token):
        return
    lex = ctx.lexicon
    participles = [
        c for c in token.children
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and (lemma(c) in lex.mediation_participles or lemma(c) in lex.proposing_participles)
    ]
    proposers = [m for p in participles for c in p.children if c.dep_ == "agent" for o in objects(c) for m in ctx.group(o)]
    if not proposers:
        return
    own = {m.actor_id for m in proposers}
    answering = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    answerers = []
    # (a broker's participle on an answered peace is brokered-by's: "Haftar rejected the truce brokered by Russia")
    proposing = any(lemma(p) in lex.proposing_participles for p in participles)
    if proposing and token.dep_ in ("dobj", "pobj") and is_verb(answering) and (lemma(answering) in lex.answering_verbs or lemma(answering) in lex.compliance_verbs or lemma(answering) == "agree"):
        answerers = [m for m in ctx.subjects(answering, is_passive(answering))[0] if m.actor_id not in own]
    holder = token.head if token.dep_ in ("nsubj", "nsubjpass") else token if token.dep_ == "ROOT" else None
    if not answerers and holder is not None:
        proposed = {t.i for p in participles for t in p.subtree}
        for verb in holder.subtree:
            if verb.i in proposed or verb.i == holder.i or not is_verb(verb):
                continue
            subjects = [m for m in ctx.subjects(verb, is_passive(verb))[0] if m.actor_id not in own]
            if both_war_sides(ctx, {m.actor_id for m in subjects}):
                answerers = subjects
                break
    # (light-verb-noun took the one who accepts it for its agent or, after "accepted", its receiver)
    read = {m.actor_id for m in frame.agents} | {m.actor_id for m, _ in frame.patients}
    if not answerers or not read <= {m.actor_id for m in answerers}:
        return
    frame.agents = proposers
    frame.patients = [(m, "mediation") for m in distinct_actors(answerers)]
    frame.fire("proposer-answered")


def _parties_under_frame(ctx: SentenceContext, acting: list[ActorSpan]) -> list[ActorSpan]:
    """"Egypt works to consolidate the truce under UN auspices", "in Montreux, Switzerland, delegates of the GNA and
    the HoR agreed under UN auspices": a state or international body (outsider_types; not a side of the war,
    conflict_sides) acting alone under another's auspices, or beside Libyan parties, works with the frame's holder (a
    co-sponsor or a venue) and is no party it mediates with. Two or more outsiders with no one else are the parties
    of their own accord ("Sudan and Chad signed a peace accord under the auspices of the AU"), and one who talks with
    someone is a side of those talks ("Qatar held talks with the GNA under the aegis of the UN"; the caller's)."""
    sides = {side.actor for side in ctx.lexicon.conflict_sides}

    def outsider(mention: ActorSpan) -> bool:
        return mention.actor_id not in sides and ctx.outside_power(mention.actor_id)

    outsiders = {m.actor_id for m in acting if outsider(m)}
    if len(outsiders) >= 2 and all(outsider(m) for m in acting):
        return acting
    return [m for m in acting if not outsider(m)]


@construction("reported-agreement")
def reported_agreement(ctx: SentenceContext, frame: Frame) -> None:
    """"The UN mission declared that the LNA and the GNA had signed a lasting truce", "the UN envoy said both
    camps had consented to reconvene the joint military committee": an international body (type igo) that reports the war's parties
    making peace with each other is the mediator of their talks, and mediates with each. Not a state's report ("Qatar
    reported that Haftar's forces and the GNA agreed on a ceasefire" says nothing of Qatar's part), nor outsiders' peace, nor fighting."""
    if frame.relation != "mediation" or frame.agents or frame.patients:
        return
    parties = distinct_actors(frame.parties)
    if len(parties) < 2 or any(ctx.outside_power(m.actor_id) for m in parties):
        return
    clause = next((t for t in (frame.cue_word, *frame.cue_word.ancestors) if is_verb(t)), None)
    while clause is not None and clause.dep_ == "conj":
        clause = clause.head
    if clause is None or clause.dep_ != "ccomp" or lemma(clause.head) not in ctx.lexicon.reporting_verbs or lemma(clause.head) in ctx.lexicon.denial_verbs:
        return  # what the body says happened (not "denied hosting the forum, where the two agreed")
    own = {m.actor_id for m in parties}
    reporters = [m for m in ctx.reporters(frame.cue_word) if m.actor_id not in own and ctx.actor_types.get(m.actor_id, "").lower() == BODY_TYPE]
    if reporters:
        frame.agents = distinct_actors(reporters)
        frame.fire("reported-agreement")


@construction("requested-against")
def requested_against(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA asked for Ankara's air support against Haftar", "Haftar sought Russian help against the GNA", "the
    Tripoli government appealed for Turkish assistance against Haftar's forces": whoever asks for aid against someone
    opposes them; the aid is asked for, not given, so no one is read as backing the asker (nor under "did not ask")."""
    token = frame.trigger
    if frame.relation != "support" or frame.cue is None or frame.cue.relation != "support" or frame.patients:
        return  # (any backing asked for: "asked for security cooperation to repel Haftar's assault")
    against = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for p in objects(c) for m in ctx.group(p)]
    verb = ctx.asker_of(clause_place(token))
    if not against and verb is not None:
        # "asked Turkey for support to repel the offensive by Haftar's forces": the aid's purpose names whom it is against
        against = _purpose_targets(ctx, (token, verb))
    if not against or verb is None or is_negated(verb, ctx.lexicon):
        return
    own = {m.actor_id for m in against}
    askers = [m for m in ctx.subjects(verb, is_passive(verb))[0] if m.actor_id not in own]
    if askers:
        frame.pairs.extend((a, t, "opposition") for a in distinct_actors(askers) for t in distinct_actors(against))
        frame.agents = []
        frame.fire("requested-against")


@construction("assured-of")
def assured_of(ctx: SentenceContext, frame: Frame) -> None:
    """"Macron assured Sarraj of France's support", "Erdogan reassured the GNA of continued Turkish backing": what the
    object of a verb of assuring (assurance_verbs) is assured of is given to it, by the noun's named owner (a possessor,
    a demonym) or else by the subject ("assured Sarraj of his support": the subject's, whom a pronoun would not name)."""
    token = frame.trigger
    if frame.relation != "support" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for") and not any(ctx.group(p) for p in objects(c)) for c in token.children):
        return  # "assured Sarraj of his commitment to the embargo", "of Turkey's support for the truce": backing of a thing
    verb = token.head.head
    if not is_verb(verb) or lemma(verb) not in ctx.lexicon.assurance_verbs or is_negated(verb, ctx.lexicon):
        return
    assured = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c)]
    owners = [m for c in token.children if c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON" for m in ctx.group(c)]
    givers = owners or ctx.subjects(verb, is_passive(verb))[0]
    own = {m.actor_id for m in givers}
    assured = [m for m in assured if m.actor_id not in own]
    if givers and assured:
        frame.agents = list(givers)
        frame.patients = [(m, frame.relation) for m in assured]
        frame.fire("assured-of")


def _purpose_targets(ctx: SentenceContext, holders: tuple[Token, ...]) -> list[ActorSpan]:
    """Whom the purpose of asked-for aid is against: a to-infinitive on the aid or the asking verb whose verb is hostile
    (an opposition verb cue: "to repel Haftar's offensive", "to fight the LNA") acts on its object, named or the
    author of the act it names (its possessor, its by-phrase); any purpose's against-phrase too ("troops to defend
    Tripoli against Haftar")."""
    found: list[ActorSpan] = []
    for holder in holders:
        for purpose in (c for c in holder.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and is_to_infinitive(c)):
            cue = ctx.lexicon.verbs.get(lemma(purpose))
            hostile = cue is not None and cue.relation == "opposition"
            for c in purpose.children:
                if c.dep_ == "prep" and c.lower_ == "against":
                    found += [m for p in objects(c) for m in ctx.group(p)]
                elif c.dep_ == "dobj" and hostile:
                    named = ctx.group(c)
                    authors = [
                        m for a in c.children
                        if a.dep_ == "poss" or (a.dep_ in ("prep", "agent") and a.lower_ == "by")
                        for p in ((a,) if a.dep_ == "poss" else objects(a))
                        for m in ctx.group(p)
                    ]
                    found += named or authors
    return found


def _appeal_for(ctx: SentenceContext, token: Token) -> bool:
    """"The Italian-German appeal for a ceasefire", "a Franco-Spanish call for calm": an appeal (demand_nouns) with its
    for-phrase is made by the names on it, co-authors, not two sides talking ("a Turkish-Russian phone call" is)."""
    return lemma(token) in ctx.lexicon.demand_nouns and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


@construction("withdrawn-from")
def withdrawn_from(ctx: SentenceContext, frame: Frame) -> None:
    """"The House of Representatives withdrew confidence from Dbeibah's government", "Egypt withdrew its support
    from Haftar": the from-phrase of a verb that ends what the noun names (ceasing_verbs) says whom it is taken from,
    not who gave it; it is the noun's patient, and the modality reads the ending as the noun's negation (confidence
    withdrawn is opposition, its when_negated; support withdrawn says nothing)."""
    noun = frame.trigger
    if frame.cue is None or frame.cue.relation != "support" or noun.dep_ != "dobj" or lemma(noun.head) not in ctx.lexicon.ceasing_verbs:
        return
    verb = noun.head
    taken_from = [m for holder in (verb, noun) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from" for p in objects(c) for m in ctx.group(p)]
    if not taken_from:
        return
    lost = {m.actor_id for m in taken_from}
    frame.agents = [m for m in frame.agents if m.actor_id not in lost] or list(ctx.subjects(verb, is_passive(verb))[0])
    frame.patients = [(m, "support") for m in distinct_actors(taken_from)]
    frame.fire("withdrawn-from")


@construction("found-in")
def found_in(ctx: SentenceContext, frame: Frame) -> None:
    """"By 2020 Sarraj had found a more willing protector in Turkey", "Haftar has a loyal ally in Moscow", "Ankara
    found a new enemy in Paris": a role noun (an identity noun) that the subject finds or has (finding_verbs) in
    someone makes that one the role's holder toward the subject."""
    noun = frame.trigger
    if frame.cue is None or frame.cue.identity != "agent" or noun.dep_ != "dobj" or lemma(noun.head) not in ctx.lexicon.finding_verbs:
        return
    verb = noun.head
    if is_passive(verb):
        return
    holders = [m for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for p in objects(c) for m in ctx.group(p)]
    finders = ctx.subjects(verb, False)[0]
    own = {m.actor_id for m in holders}
    finders = [m for m in finders if m.actor_id not in own]
    if not holders or not finders:
        return
    frame.agents = distinct_actors(holders)
    frame.patients = [(m, frame.relation) for m in distinct_actors(finders)]
    frame.parties = []
    frame.fire("found-in")


def _reporter_of_consequence(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """"The LNA said the blockade would stay in place, drawing a rebuke from the US embassy": an -ing clause set after
    reported words, whose own subject names no one, says what the saying drew on the one who said it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    clause = verb.head
    if clause.dep_ != "ccomp" or lemma(clause.head) not in ctx.lexicon.reporting_verbs:
        return []
    return ctx.subjects(clause.head, is_passive(clause.head))[0]
