"""Sending and urging verbs: "sent drones to the GNA", "provided Haftar with
weapons", "Russia urged Haftar to sign the ceasefire"."""
from __future__ import annotations

from spacy.tokens import Token

from extract.mentions import DESTINATION_KIND, ActorSpan
from extract.relations.constructions.nouns import body_of_members, target_of_hostile_act
from extract.relations.context import PLACE_KINDS, SentenceContext, _set_off_participle, distinct_actors
from extract.relations.grammar import RELATIVE_PRONOUNS, clause_above, datives, asked_subjects, is_passive, is_to_infinitive, is_verb, lemma, objects
from extract.relations.modality import is_negated, modal_verb
from extract.relations.registry import Frame, construction


@construction("transfer")
def transfer(ctx: SentenceContext, frame: Frame) -> None:
    """Whoever sends aid (weapons, troops, money: the lexicon's aid nouns) supports its recipient."""
    token = frame.trigger
    if lemma(token) not in ctx.lexicon.transfer_verbs:
        return  # "received weapons from": read by received-aid
    if _aid_participle(ctx, frame) or _passive_aid(ctx, frame):
        return
    direct = [c for c in token.children if c.dep_ == "dobj"]
    shifted: list[ActorSpan] = []
    named = [c for c in direct if c.lower_ not in RELATIVE_PRONOUNS]
    if token.dep_ == "relcl" and named and ctx.is_aid(token.head) and _gave_named_first_object(ctx, token, named):
        # "the support it has given Haftar", "the weapons that the UAE gave Haftar": the aid is what the clause
        # describes, and the named object is the one it went to
        shifted = [m for c in named for m in ctx.group(c)]
        direct = [token.head]
    elif token.dep_ == "relcl" and not named and (direct or ctx.is_aid(token.head)):
        # "the Pantsir systems (that) the UAE supplied to Haftar", "the GNA, which Turkey supplied with drones": the
        # object is what the clause describes
        direct = [token.head]
    with_aid = [
        pobj
        for holder in (token, *direct)  # the parser may hang "with drones" on the object
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for pobj in objects(c)
        if ctx.is_aid(pobj)
    ]
    # "supplied Haftar's forces with drones": forces that name an actor receive, not are sent;
    # "sent Turkish troops to the GNA": without a with-phrase the named troops are what is sent.
    # "supplied Haftar's forces", "provisioned the GNA's troops": forces that name an actor, after a verb whose object
    # receives (recipient_object_verbs), receive when no to- or for-phrase says where they go
    receiving_forces = lemma(token) in ctx.lexicon.recipient_object_verbs and not _goal_phrase(token, direct)
    aid_objects = [c for c in direct if ctx.is_aid(c) and not ((with_aid or receiving_forces) and ctx.group(c))]
    cargo = _cargo_participles(ctx, token, direct)
    aid_objects += [c for c in direct if cargo and c not in aid_objects and not ctx.group(c)]
    # "sent a plane carrying Haftar to Abu Dhabi": a carrier of someone named carries a guest, not aid
    aid_objects = [c for c in aid_objects if not _carries_someone(ctx, c)]
    # "Chad supplies Haftar", "supplied the GNA with fuel": these verbs' named object receives
    receives = lemma(token) in ctx.lexicon.recipient_object_verbs and any(ctx.group(c) for c in direct if c not in aid_objects)
    if not aid_objects and not with_aid and not receives:
        return
    recipients = []
    if aid_objects:
        for holder in (token, *aid_objects, *cargo):
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "for"):
                    # (not the place on a hostile act: "cash for the LNA's Gharyan push" goes to the LNA)
                    # (nor a place's part: "sent snipers to the southern outskirts of Tripoli" is no aid to its holder)
                    recipients.extend(
                        m for pobj in objects(c) if not _part_of_place(ctx, pobj)
                        for m in ctx.group(pobj) if not target_of_hostile_act(ctx, pobj, m)
                    )
                elif c.dep_ == "prep" and c.lower_ == "into" and holder.i == token.i:
                    # "poured weapons into Haftar's campaign", "pumped money into the GNA's coffers": whose undertaking
                    # it goes into (a common noun's owner; not a place: "poured troops into Libya")
                    recipients.extend(
                        m for pobj in objects(c) if pobj.pos_ == "NOUN" and pobj.i not in ctx.mention_at
                        for m in ctx.group(pobj) if m.kind not in PLACE_KINDS and not target_of_hostile_act(ctx, pobj, m)
                    )
                    # (but the war's country as the side the aid goes to: "poured troops into Libya" from a known backer)
                    recipients.extend(m for pobj in objects(c) if (m := ctx.mention_at.get(pobj.i)) is not None and m.kind == DESTINATION_KIND)
                elif c.dep_ == "dative":
                    recipients.extend(m for d in datives(c) if not _part_of_place(ctx, d) for m in ctx.group(d))
                if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                    # "sent armoured vehicles to Benghazi for Haftar's troops": the parser hangs "for" on the place
                    recipients.extend(m for place in objects(c) for f in place.children if f.dep_ == "prep" and f.lower_ == "for" for p in objects(f) for m in ctx.group(p))
    else:
        recipients.extend(m for c in direct for m in ctx.group(c))
    recipients.extend(m for m in shifted if m not in recipients)
    if not recipients:
        recipients.extend(ctx.on_behalf(*aid_objects))  # "deployed snipers on Haftar's side"
    if not recipients and aid_objects:
        recipients.extend(_unloaded_at_held_place(ctx, token, aid_objects))
    # Without a recipient the reading can still come from "in support of X" on the verb (emit reads it).
    subjects, frame.inherited, subject_is_patient = ctx.subjects(token, is_passive(token))
    if not subject_is_patient:
        frame.agents.extend(subjects)
    # "sent Wagner mercenaries to Haftar": whoever the aid names supports the recipient too.
    frame.agents.extend(m for c in aid_objects for m in ctx.group(c) if m not in frame.agents)
    frame.patients.extend((m, "support") for m in recipients)
    frame.fire("transfer")


def _goal_phrase(verb: Token, objects_: list[Token]) -> bool:
    """Whether a to- or for-phrase on the verb or its object says whom what is sent goes to ("supplied troops to the
    GNA")."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for holder in (verb, *objects_) for c in holder.children)


@construction("received-aid")
def received_aid(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA receives arms and drones from Turkey", "Haftar got weapons from the UAE": the one who
    receives aid (a reverse light verb with an aid noun) is backed by whom it comes from."""
    token = frame.trigger
    if lemma(token) not in ctx.lexicon.reverse_light_verbs:
        return
    aid = [c for c in token.children if c.dep_ == "dobj" and ctx.is_aid(c)]
    if not aid:
        return
    # (not a body named on its members: "support from Arab League members")
    senders = [m for holder in (token, *aid) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from" for p in objects(c) for m in ctx.group(p) if not body_of_members(ctx, p, m)]
    # "received Pantsir systems paid for by the UAE", "vaccine doses donated by China": who paid for or sent the aid gave it
    senders += [
        m
        for thing in aid
        for clause in thing.children
        if clause.dep_ in ("acl", "relcl") and (lemma(clause) in ctx.lexicon.sponsor_participles or lemma(clause) in ctx.lexicon.transfer_verbs)
        for c in clause.children
        if c.dep_ == "agent"
        for p in objects(c)
        for m in ctx.group(p)
    ]
    receivers, frame.inherited, receiver_is_patient = ctx.subjects(token, is_passive(token))
    if not senders and lemma(token) in ctx.lexicon.aid_receiving_verbs:
        # "The GNA received Turkish drones", "took in Turkey's armoured vehicles": aid that names another's has it from
        # them (not people received, who may be visitors: "Haftar received Egyptian officers")
        own = {m.actor_id for m in receivers}
        senders = [
            m for thing in aid if lemma(thing) not in ctx.lexicon.person_role_nouns and lemma(thing) not in ctx.lexicon.aid_visitor_nouns
            for m in named_owners(ctx, thing) if m.actor_id not in own
        ]
    if not senders or not receivers or receiver_is_patient:
        return
    frame.agents.extend(senders)
    frame.patients.extend((m, "support") for m in receivers)
    frame.fire("received-aid")


def named_owners(ctx: SentenceContext, thing: Token) -> list[ActorSpan]:
    """The actors a thing is said to be of: a demonym, possessor or name on it ("Emirati drones", "Turkey's drones",
    "Turkish-supplied drones"), or the by-phrase of a participle of owning or sending on it ("drones operated by the
    UAE", "jets supplied by Russia"); not its maker ("Russian-made jets", "drones made by China") nor whom it was taken
    from ("drones seized from the LNA")."""
    owners = []
    for mention in ctx.group(thing, follow_conj=False):
        path, word = [], mention.root
        while word.i != thing.i and word.head.i != word.i and len(path) < 4:
            word = word.head
            path.append(word)
        if word.i != thing.i or mention.root.i == thing.i or mention.kind == "pronoun":
            continue  # ("with its own drones": a possessive pronoun is mostly the user's own, and may be read as another)
        between = path[:-1]
        if any(w.lower_ in ctx.lexicon.origin_participles or lemma(w) in ctx.lexicon.origin_participles for w in between):
            continue
        participles = [w for w in between if w.pos_ == "VERB" or w.tag_ == "VBN"]
        if any(
            lemma(w) not in ctx.lexicon.ownership_participles and w.lower_ not in ctx.lexicon.ownership_participles
            and lemma(w) not in ctx.lexicon.transfer_verbs and lemma(w) not in ctx.lexicon.sponsor_participles
            for w in participles
        ):
            continue
        owners.append(mention)
    return owners


def _users_supplied(ctx: SentenceContext, frame: Frame) -> None:
    """The owners of the weapons or vehicles (origin_goods_nouns) in `frame.nodes["thing"]` and its list back the
    subject of the verb that uses them (clause patterns used-instrument and used-aid)."""
    verb, thing = frame.trigger, frame.nodes["thing"]
    if any(c.dep_ == "compound" and c.lower_.endswith("ing") for c in thing.children):
        return  # "with the Gulf federation operating drones": a clause of its own read as one noun phrase
    users, frame.inherited, user_is_patient = ctx.subjects(verb, is_passive(verb))
    users = [m for m in users if m.root.dep_ != "poss"]  # ("the UAE's involvement exceeds ...": the owner uses nothing)
    if user_is_patient or not users:
        return
    own = {m.actor_id for m in users}
    owned = [(t, m) for t in (thing, *thing.conjuncts) if lemma(t) in ctx.lexicon.origin_goods_nouns for m in named_owners(ctx, t) if m.actor_id not in own]
    owners = [m for _, m in owned]
    if owners:
        frame.relation, frame.word = "support", owned[0][0]
        frame.agents.extend(owners)
        frame.patients.extend((m, "support") for m in users)
        frame.fire(frame.pattern)


@construction("used-instrument")
def used_instrument(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar's forces bombed Tripoli with Emirati drones", "the GNA struck al-Watiya with Turkish-supplied drones":
    whoever owns or supplied the weapons a verb's with-phrase names backs the verb's subject, who uses them; not
    their maker ("with Russian-made jets")."""
    if frame.pattern == "used-instrument":
        _users_supplied(ctx, frame)


@construction("used-aid")
def used_aid(ctx: SentenceContext, frame: Frame) -> None:
    """"The LNA used drones operated by the UAE", "Haftar's forces employ Emirati jets": whoever owns or supplied the
    weapons the subject uses backs the subject."""
    if frame.pattern == "used-aid":
        _users_supplied(ctx, frame)


@construction("countered-pact")
def countered_pact(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt and Greece signed a maritime deal, a riposte to the memorandum Ankara concluded with the GNA", "..., a move
    seen as a direct answer to the accord Ankara reached with Tripoli": a noun of countering set off after a clause,
    whose to-phrase names a pact (pact_nouns), says the clause's subject acts against the pact's author (the subject of
    a relative clause on it, else the names in its modifiers or possessor, else the first of a between-phrase)."""
    if frame.pattern != "countered-pact" or lemma(frame.nodes["answer"]) not in ctx.lexicon.countering_nouns:
        return
    answer, pact = frame.nodes["answer"], frame.nodes["pact"]
    if lemma(pact) not in ctx.lexicon.pact_nouns:
        return
    clause = clause_above(answer)
    if clause is None or clause.i > answer.i or not any(t.text == "," for t in answer.doc[clause.i : answer.i]):
        return  # only after the clause it sums up, set off by a comma
    # Its author: the subject of a relative clause on it ("the memorandum Ankara concluded with the GNA": not whom it
    # was made with, who only signed what the author drove), else the names in its modifiers ("the Turkish-Libyan
    # memorandum"), else the first of a between-phrase
    makers = [m for made in pact.children if made.dep_ in ("relcl", "acl") for c in made.children if c.dep_ == "nsubj" for m in ctx.group(c)]
    makers = makers or [ctx.mention_at[t.i] for c in pact.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree if t.i in ctx.mention_at]
    makers = makers or [m for c in pact.children if c.dep_ == "prep" and c.lower_ == "between" for p in objects(c) for m in ctx.group(p, follow_conj=False)]
    doers = ctx.subjects(clause, is_passive(clause))[0]
    presenting = answer.head.head if answer.dep_ == "pobj" and answer.head.lower_ == "as" else None
    if presenting is not None and is_verb(presenting):
        # "..., which Athens presented as an answer to ...": the answer is the presenter's, when it is one of the doers
        presenters = {m.actor_id for c in presenting.children if c.dep_ == "nsubj" for m in ctx.group(c)}
        doers = [m for m in doers if m.actor_id in presenters] or doers
    own = {m.actor_id for m in doers}
    makers = [m for m in distinct_actors(makers) if m.actor_id not in own]
    if doers and makers and not is_negated(clause, ctx.lexicon):
        frame.relation, frame.word = "opposition", answer
        frame.agents.extend(doers)
        frame.patients.extend((m, "opposition") for m in makers)
        frame.fire("countered-pact")


def _gave_named_first_object(ctx: SentenceContext, verb: Token, direct: list[Token]) -> bool:
    """A relative clause on an aid noun whose verb has a named object and no other recipient ("the support it has given
    [Haftar]", not "the drones Turkey sent to Misrata" nor "the weapons the UAE used against the GNA"): the object
    is the first object of a verb of giving (dative shift), for verbs that take one (dative_shift_verbs)."""
    if lemma(verb) not in ctx.lexicon.dative_shift_verbs:
        return False
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "with")) for c in verb.children):
        return False
    return all(ctx.group(c) and not ctx.is_aid(c) for c in direct)


def _aid_participle(ctx: SentenceContext, frame: Frame) -> bool:
    """"drones supplied by Ankara to the GNA", "Turkish drones delivered to the GNA": a
    participle on an aid noun; the sender is the by-phrase, or else the actor the aid
    noun names (its demonym or possessor). With a by-phrase and no recipient, the one the aid
    noun names received it ("LNA air defences supplied by the UAE")."""
    token = frame.trigger
    aid = token.head
    participle = token.dep_ in ("acl", "amod")
    if not participle and token.tag_ == "VBD" and not any(c.dep_ in ("dobj", "dative") for c in token.children):
        # "The Turkish drones supplied to the GNA changed the war": the parser reads the participle as the
        # main verb and the aid as its subject; aid sends nothing, so it is what was sent.
        sent = next((c for c in token.children if c.dep_ == "nsubj" and ctx.is_aid(c)), None)
        if sent is not None:
            aid, participle = sent, True
    if not participle or token.tag_ not in ("VBN", "VBD") or not ctx.is_aid(aid):
        return False
    recipients = _to_recipients(ctx, token)
    senders = _by_agents(ctx, token)
    if senders and not recipients:
        # "bombed the airport with drones supplied by the UAE": who uses the aid received it; else "LNA air defences
        # supplied by the UAE", "its drones, supplied by Turkey": the aid's owner did
        sent_by = {m.actor_id for m in senders}
        recipients = [m for m in _instrument_users(ctx, aid) if m.actor_id not in sent_by]
        recipients = recipients or [m for m in ctx.group(aid, follow_conj=False) if m.actor_id not in sent_by]
    senders = senders or ctx.group(aid, follow_conj=False)
    own = {m.actor_id for m in recipients}
    senders = [m for m in senders if m.actor_id not in own]
    if not recipients or not senders:
        return False
    frame.agents.extend(senders)
    frame.patients.extend((m, "support") for m in recipients)
    frame.fire("transfer")
    return True


# Verbs whose object is a means the subject uses ("using drones supplied by the UAE").
USING_VERBS = frozenset({"use", "employ", "operate", "fly", "wield"})


def _instrument_users(ctx: SentenceContext, aid: Token) -> list[ActorSpan]:
    """Who uses aid as a means: the subject of the verb a with-phrase holding it is on ("Haftar's forces bombed Mitiga
    with drones supplied by the UAE", "the GNA attacked with weapons provided by Turkey"), the noun a participle with it
    describes ("Haftar's forces, armed with drones supplied by the UAE"), or the subject of a verb of using it. Not the
    sender's own verb ("supplied Haftar with drones made by ...")."""
    if aid.dep_ == "pobj" and aid.head.lower_ == "with":
        holder = aid.head.head
    elif aid.dep_ == "dobj" and lemma(aid.head) in USING_VERBS:
        holder = aid.head
    else:
        return []
    if holder.dep_ == "acl" and holder.tag_ == "VBG" and holder.head.dep_ == "dobj" and holder.head.i not in ctx.mention_at and is_verb(holder.head.head):
        holder = holder.head.head  # "bombed the airport using drones ...": the parser hangs the participle on the object
    if not is_verb(holder) or lemma(holder) in ctx.lexicon.transfer_verbs or lemma(holder) in ctx.lexicon.meeting_verbs:
        return []
    if holder.dep_ in ("acl", "amod") and holder.tag_ == "VBN":
        return ctx.group(holder.head, follow_conj=False)  # "forces armed with drones supplied by ..."
    users, _, used_on = ctx.subjects(holder, is_passive(holder))
    return [] if used_on else users


def _to_recipients(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """Whom a participle or passive of sending names as receiving: its to- or for-phrase (which the parser may
    label a dative: "radar systems provided to the GNA by Ankara")."""
    return [m for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for p in objects(c) for m in ctx.group(p)]


def _by_agents(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """Who a passive or a participle of sending names as the sender: its by-phrase ("drones supplied by Ankara"),
    which the parser may label a plain preposition when it reads the participle as a past tense ("the batteries
    provided to the LNA by the UAE were destroyed")."""
    return [
        m
        for c in verb.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and verb.tag_ in ("VBN", "VBD"))
        for p in objects(c)
        for m in ctx.group(p)
    ]


def _passive_aid(ctx: SentenceContext, frame: Frame) -> bool:
    """"The drones were provided to the LNA by the UAE", "Haftar was supplied with drones by the Emirates": a
    passive sending with both a by-agent and a recipient; the agent backs the recipient, who is the to- or
    for-phrase when the aid is the subject, or the subject of a verb whose object receives (recipient_object_verbs)
    when the aid is its with-phrase."""
    token = frame.trigger
    if not is_passive(token):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not subjects and token.dep_ == "xcomp":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]  # "The LNA continues to be supplied with ..."
    with_aid = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) if ctx.is_aid(p)]
    receiving = [p for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for p in objects(c)]
    # the parser may hang the by-phrase on the aid ("supplied with weapons by Turkey") or on the recipient
    # ("delivered to Haftar's forces by Russia")
    holders = [t for p in (*with_aid, *receiving) for t in p.subtree]
    senders = [*_by_agents(ctx, token), *(m for p in holders for c in p.children if c.dep_ == "prep" and c.lower_ == "by" for o in objects(c) for m in ctx.group(o))]
    if not subjects or not senders:
        return False
    if lemma(token) in ctx.lexicon.recipient_object_verbs and (with_aid or not receiving):
        # "Haftar's forces were supplied with drones by the UAE", "the LNA is supplied by the Emirates": these verbs'
        # object receives, so their passive subject does (unless a to- or for-phrase says where it went)
        recipients = [m for s in subjects for m in ctx.group(s)]
    elif any(ctx.is_aid(s) for s in subjects):
        recipients = _to_recipients(ctx, token)
    else:
        return False
    sent_by = {m.actor_id for m in senders}
    recipients = [m for m in recipients if m.actor_id not in sent_by]
    if not recipients:
        return False
    frame.agents.extend(senders)
    frame.patients.extend((m, "support") for m in recipients)
    frame.fire("transfer")
    return True


def _ends_hostility(ctx: SentenceContext, verb: Token) -> bool:
    """"to lift the blockade", "to halt the offensive", "to stop fighting", "to lay down their arms": ending a hostile
    act, or putting down the weapons (disarming_phrases), is a step towards peace, as a ceasefire is."""
    if verb.pos_ == "VERB" and _disarms(ctx, verb):
        return True
    if lemma(verb) not in ctx.lexicon.de_escalation_verbs or verb.pos_ != "VERB":
        return False
    ended = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    hostile = [ctx.lexicon.nouns.get(lemma(t)) or ctx.lexicon.verbs.get(lemma(t)) for t in ended]
    return any(cue is not None and cue.relation == "opposition" for cue in hostile)


def _disarms(ctx: SentenceContext, verb: Token) -> bool:
    """"lay down their arms", "hand over their weapons", "hold fire": the verb, its particle and its object's word."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        if any(f"{lemma(verb)} {p} {thing.lower_}" in ctx.lexicon.disarming_phrases for p in particles):
            return True
        if f"{lemma(verb)} {thing.lower_}" in ctx.lexicon.disarming_phrases:
            return True
    return False


def _halts_own_offensive(ctx: SentenceContext, verb: Token) -> bool:
    """"asked the marshal to call off his assault", "urged the LNA to stop its advance": a one-sided act of force (a
    noun of the fight or assault category that is no war word, war_topics) asked of one side is a demand on it
    (demanded-stop), not peace-making; with talks or a ceasefire asked too ("to halt his offensive and join talks"),
    or of both sides of the war, it stays persuasion. "To stop the fighting" ends a war between sides; laying down arms
    asked of one side is its surrender."""
    if _disarms(ctx, verb):
        return True  # "urged Haftar to lay down his arms": a surrender asked of one side
    ended = [c for c in verb.children if c.dep_ == "dobj"]
    cues = [(t, ctx.lexicon.nouns.get(lemma(t))) for t in ended]
    return bool(cues) and all(
        cue is not None and cue.category in ONE_SIDED_FORCE and lemma(t) not in ctx.lexicon.war_topics and not ctx.between_parties(t)
        for t, cue in cues
    )


def _both_war_sides(ctx: SentenceContext, persuaded: list) -> bool:
    """"pressed the LNA as well as the GNA to cease their raids": the war's two sides (conflict_sides) asked together."""
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    return len({m.actor_id for m in persuaded} & sides) >= 2


# Categories of a one-sided act of force (an offensive, an advance, an attack), as against the fighting between sides.
ONE_SIDED_FORCE = frozenset({"fight", "assault"})


@construction("persuasion")
def persuasion(ctx: SentenceContext, frame: Frame) -> None:
    """Pressing a party towards a ceasefire or talks is mediation with it."""
    token = frame.trigger
    # what the party is pressed to do follows the verb, or where it is pressed to go ("pressed Haftar into talks"),
    # or what is urged ("urged a ceasefire");
    # a fronted "After the talks collapsed", or "told Haftar during talks that ...", does not count
    # (not a participle set off after it, which gives a reason or a comment: "..., citing the stalled ceasefire",
    # "..., while stressing the need for a truce")
    clause = [
        c for c in token.children
        if c.i > token.i
        and not _set_off_participle(c)
        and (
            c.dep_ in ("xcomp", "ccomp", "advcl")
            or (c.dep_ == "prep" and c.lower_ in ctx.lexicon.goal_preps)
            or (c.dep_ == "dobj" and not ctx.group(c))  # (not "urged the Government of National Accord to ...": a name)
        )
    ]
    if lemma(token) in ctx.lexicon.reporting_verbs:
        # "told his Turkish counterpart that Moscow favoured a ceasefire" reports; "told Haftar to accept" urges
        clause = [c for c in clause if c.dep_ != "ccomp" or modal_verb(c, ctx.lexicon) == "prescriptive"]
    if any(_hostile_act_on_someone(ctx, c) for c in clause):
        return  # "pressed the EU to sanction Turkey over its Libyan deal": a demand for hostility (demanded-hostility)
    persuaded = [m for c in token.children if c.dep_ == "dobj" for m in ctx.group(c)]
    # "called on Turkey to halt ...", "appealed to Haftar to ..."
    # (with an object of its own, "to" says where: "invited Sarraj and Haftar to Moscow")
    persuaded += [
        m for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and not (persuaded and c.lower_ == "to") for p in objects(c) for m in ctx.group(p)
    ]
    # "called for Sarraj and Haftar to reopen talks": the for-clause's subject is the one pressed
    persuaded += [m for s in asked_subjects(token) for m in ctx.group(s)]
    # a withdrawal is a step towards peace between two sides pressed together; asked of one, it is a demand on it
    # ("asked Washington to set a timetable for the withdrawal of US troops")
    between_sides = len(distinct_actors(persuaded)) >= 2
    towards_peace = any(
        # (a noun: not "calling" read as the noun "call")
        ((cue := ctx.lexicon.nouns.get(lemma(t))) is not None and cue.relation == "mediation" and t.pos_ in ("NOUN", "PROPN") and not _cooperation_field(ctx, t))
        or (_ends_hostility(ctx, t) and (_both_war_sides(ctx, persuaded) or not _halts_own_offensive(ctx, t)))
        or _political_course(ctx, t)
        # "to agree on a demilitarised zone" (not "to stay out of the conflict")
        or (
            lemma(t) in ctx.lexicon.peace_topics
            and lemma(t) not in ctx.lexicon.war_topics
            and t.pos_ in ("NOUN", "ADJ", "VERB")
            and (
                (between_sides and (_both_war_sides(ctx, persuaded) or not _own_pullout(ctx, t)))
                or (lemma(t) not in ctx.lexicon.withdrawal_nouns and lemma(t) not in ctx.lexicon.withdrawal_verbs)
            )
            # elections asked of one government are its own civic step ("urged the GNU to prepare for elections"),
            # unless it is asked to agree on them with others
            and (between_sides or lemma(t) not in ctx.lexicon.mediation_civic_topics or _agreeing(ctx, c))
        )
        for c in clause
        for t in _asked_words(c)
        if t.i not in ctx.mention_at  # not "Accord" in "troops of the Government of National Accord"
    )
    # "pressing Dbeibah, Saleh and Mishri to agree on a new timeline": rival bodies of the country (no outsider among
    # them: not "urged Egypt and the UAE to agree on a joint position") pressed to agree with each other
    insiders = all(not ctx.outside_power(m.actor_id) for m in persuaded)
    agreeing_sides = between_sides and insiders and any(_agreeing(ctx, c) for c in clause)
    if not towards_peace and not agreeing_sides:
        return
    subjects, frame.inherited, subject_is_patient = ctx.subjects(token, is_passive(token))
    if subject_is_patient:
        persuaded, subjects = subjects, [m for c in token.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    frame.agents.extend(subjects)
    frame.patients.extend((m, "mediation") for m in persuaded)
    frame.fire("persuasion")


def _hostile_act_on_someone(ctx: SentenceContext, clause: Token) -> bool:
    """What is asked is a hostile act on a named actor: an opposition cue verb whose object names one."""
    cue = ctx.lexicon.verbs.get(lemma(clause))
    return is_verb(clause) and cue is not None and cue.relation == "opposition" and any(ctx.group(c) for c in clause.children if c.dep_ == "dobj")


def _asked_words(clause: Token) -> list[Token]:
    """The words of what is asked, without a participle set off inside it (a reason or a comment on the appeal)."""
    left_out = {t.i for c in clause.subtree if c.i != clause.i and _set_off_participle(c) for t in c.subtree}
    return [t for t in clause.subtree if t.i not in left_out]


def _own_pullout(ctx: SentenceContext, noun: Token) -> bool:
    """"to begin their withdrawal", "to start the withdrawal of their mercenaries": a pullout the pressed are to make of
    their own (a possessive pronoun on it or its of-phrase) is a demand on each (demanded-withdrawal), not a step of
    peace between them, unless they are the war's two sides."""
    if lemma(noun) not in ctx.lexicon.withdrawal_nouns:
        return False
    owners = [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c))]
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for o in owners for c in o.children)


def _political_course(ctx: SentenceContext, modifier: Token) -> bool:
    """"to go back to a political track", "to move towards a diplomatic course": a course the asked one is to go to,
    named as political or diplomatic (persuasion_course_modifiers) rather than military, is a step to peace (not
    "to take a political stance against X", nor "to end its political support": a cue noun is an act of its own)."""
    noun = modifier.head
    return (
        modifier.dep_ == "amod"
        and lemma(modifier) in ctx.lexicon.persuasion_course_modifiers
        and noun.pos_ == "NOUN"
        and lemma(noun) not in ctx.lexicon.nouns
        and not ctx.is_aid(noun)
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("to", "towards", "toward")
    )


def _agreeing(ctx: SentenceContext, clause: Token) -> bool:
    """A clause with a verb of agreement in it ("to agree with the council on rules for the vote")."""
    return any(is_verb(t) and getattr(ctx.lexicon.verbs.get(lemma(t)), "category", None) == "agree" for t in clause.subtree)


def _cooperation_field(ctx: SentenceContext, noun: Token) -> bool:
    """"to activate security cooperation agreements": a deal in a field of cooperation is not peace-making."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    modifiers += [g for m in modifiers for g in (*m.conjuncts, *(c for c in m.children if c.dep_ in ("amod", "compound")))]
    return any(lemma(m) in ctx.lexicon.cooperation_domains for m in modifiers)


@construction("aid-arrival")
def aid_arrival(ctx: SentenceContext, frame: Frame) -> None:
    """"A shipment of Turkish weapons arrived in Misrata for the GNA", "Turkish transport aircraft carrying munitions landed
    at airfields controlled by the GNA", "a shipment of Emirati armour reached Haftar's forces": aid that arrives, lands,
    docks or reaches someone (clause pattern aid-arrival)
    for a side, or at a place a modifier ties to a side, was sent by whom the aid names (its demonym, possessor or
    from-phrase). A place named by itself ("arrived in Tripoli") says where, not for whom; and troops that
    arrive at a held place (personnel_nouns) may be taking it, and rockets that land there (projectile_nouns) were
    fired at it: only other materiel counts there."""
    if frame.pattern != "aid-arrival":
        return
    verb, aid = frame.nodes["main"], frame.nodes["subject"]
    carried = [p for c in aid.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    cargo = [g for t in (aid, *carried) for g in _carried_aid(ctx, t)]  # "flights carrying munitions landed at ..."
    going = lemma(verb) in GOING_VERBS
    shipments = going and lemma(aid) in ctx.lexicon.carrying_trade_nouns  # "Emirati shipments went to Haftar"
    if not (ctx.is_aid(aid) or cargo or shipments or (lemma(aid) in ctx.lexicon.trade_nouns and any(ctx.is_aid(p) for p in carried))):
        return
    senders = [m for holder in (aid, *carried) for m in ctx.group(holder, follow_conj=False)]
    # ("a plane carrying rifles from Belarus landed": the from-phrase may hang on the cargo participle or the cargo)
    loads = [c for t in (aid, *carried) for c in t.children if c.dep_ in ("acl", "amod") and lemma(c) in ctx.lexicon.wire_cargo_participles]
    senders += [m for holder in (verb, aid, *loads, *cargo) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from" for p in objects(c) for m in ctx.group(p)]
    # ("arrived in Benghazi for Haftar's forces": the parser may hang the for-phrase on the place)
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "to") for p in objects(c)]
    recipients = [m for holder in (verb, aid, *places) for c in holder.children if c.dep_ == "prep" and c.lower_ == "for" for p in objects(c) for m in ctx.group(p)]
    if lemma(verb) == "reach" and carried:
        # "a shipment of armoured vehicles from the UAE reached Haftar's forces": whom a consignment reaches (not a city,
        # nor "Haftar's positions", which weapons reach when fired at them)
        recipients += [
            m for c in verb.children if c.dep_ == "dobj" and lemma(c) not in ctx.lexicon.place_nouns and lemma(c) not in ctx.lexicon.held_place_nouns
            for m in ctx.group(c) if m.kind not in PLACE_KINDS
        ]
    lex = ctx.lexicon
    if going and not any(lemma(t) in lex.projectile_nouns or lemma(t) in lex.personnel_nouns for t in (aid, *carried)):
        # "Emirati shipments went to Haftar", "Turkish arms flowing to the GNA": whom aid goes to (not a place: "went to
        # Benghazi", "went to Haftar's positions" say where; nor missiles, which go where they are fired)
        goals = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        # (not two to-phrases: "going to Haftar and Turkish ones to the GNA" gaps a second clause the parser merges)
        first = next(iter(objects(goals[0])), None) if len(goals) == 1 else None
        if first is not None and lemma(first) not in lex.place_nouns and lemma(first) not in lex.held_place_nouns:
            recipients += [m for m in ctx.group(first) if m.kind not in PLACE_KINDS]
    # people may be taking the place they arrive at, and rockets that land there were fired at it
    unplaced = any(lemma(t) in lex.non_state_nouns or lemma(t) in lex.personnel_nouns or lemma(t) in lex.projectile_nouns for t in (aid, *carried))
    unplaced = unplaced or any(lemma(t) in lex.non_state_nouns or lemma(t) in lex.personnel_nouns for t in cargo)  # (munitions carried are cargo)
    if not recipients and not unplaced:
        recipients = [m for p in places if p.head.lower_ != "to" and p.i not in ctx.mention_at for m in ctx.group(p)]
    received = {m.actor_id for m in recipients}
    senders = [m for m in distinct_actors(senders) if m.actor_id not in received]
    if not senders or not recipients:
        return
    frame.relation, frame.word = "support", verb
    frame.agents.extend(senders)
    frame.patients.extend((m, "support") for m in recipients)
    frame.fire("aid-arrival")


@construction("aid-source")
def aid_source(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar's political cover comes from the House of Representatives", "most of the GNA's weapons come from Turkey",
    "the hardware the GNA fights with comes from Ankara", "the money for Haftar's mercenaries came from the UAE": aid
    that someone holds (its possessor, its for-phrase, or the subject of a relative clause on it) and that comes from
    an actor was given by that actor (clause pattern aid-source). Not a demonym on the aid, which names its maker or
    sender ("Emirati drones came from China"), nor a place it comes from ("came from Benghazi")."""
    if frame.pattern != "aid-source":
        return
    verb, aid, source = frame.nodes["main"], frame.nodes["subject"], frame.nodes["source"]
    lex = ctx.lexicon
    if is_negated(verb, lex):
        return
    shares = [p for c in aid.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    if aid.pos_ in ("ADJ", "PRON", "DET", "NUM") or lemma(aid) in lex.quantity_nouns:
        aid = shares[0] if shares else aid  # "most of Haftar's weapons", "much of the GNA's funding"
    cue = lex.nouns.get(lemma(aid))
    if not (ctx.is_aid(aid) or lemma(aid) in lex.nonmilitary_aid_nouns or (cue is not None and cue.relation == "support" and cue.category == "aid")):
        return  # ("funding", "financing": a noun of aid)
    holders = [m for c in aid.children if c.dep_ == "poss" for m in ctx.group(c)]
    holders += [m for c in aid.children if c.dep_ == "prep" and c.lower_ == "for" for p in objects(c) for m in ctx.group(p)]
    holders += [m for c in aid.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS for m in ctx.group(s)]
    held = {m.actor_id for m in holders}
    givers = [m for p in objects(source) for m in ctx.group(p) if m.kind not in PLACE_KINDS and m.actor_id not in held]
    if not holders or not givers:
        return
    frame.relation, frame.word = "support", verb
    frame.agents.extend(distinct_actors(givers))
    frame.patients.extend((m, "support") for m in distinct_actors(holders))
    frame.fire("aid-source")


# Verbs of aid going somewhere (clause pattern aid-arrival): only a to-phrase that names an actor says for whom.
GOING_VERBS = frozenset({"go", "flow", "head"})


def _cargo_participles(ctx: SentenceContext, verb: Token, direct: list[Token]) -> list[Token]:
    """"dispatched lorries stacked with mortar shells to Haftar's brigades", "flew transport aircraft laden with
    ammunition to the LNA", "dispatched two freighters packed with drones to the GNA": a carrier whose participle
    (`wire_cargo_participles`) says it carries aid is sent as aid, and the parser may hang the recipient's
    "to" on the participle or on what it carries. The participle is on the object, or set after it on the verb
    ("laden" read as an adjective); what it carries is its with-phrase or its object. Returns the participles
    and what they carry: where the recipient may hang."""
    lex = ctx.lexicon
    holders = [*direct, verb] if direct else []
    found = []
    for holder in holders:
        for c in holder.children:
            if lemma(c) not in lex.wire_cargo_participles or c.i < direct[0].i:
                continue
            if c.dep_ not in ("acl", "amod", "advcl", "acomp", "oprd", "xcomp"):
                continue
            carried = [o for o in c.children if o.dep_ == "dobj"]
            carried += [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in objects(w)]
            if any(ctx.is_aid(o) for o in carried):
                found += [c, *carried]  # (the parser may hang "to the LNA" on what is carried too)
    return found


@construction("force-under-pact")
def force_under_pact(ctx: SentenceContext, frame: Frame) -> None:
    """"Russian technicians will stay at Jufra under the deals signed with Haftar", "Egyptian officers will keep
    training recruits in Benghazi under the accords signed with Haftar", "the UAE's air presence is based on a defence
    pact with Haftar": forces kept, sent or training under a pact with a side back that side. The pact (pact_nouns) is the
    object of "under" (or of "on" after "based" / "rests"), and whoever the clause's forces or training belong to
    backs whom the pact is with. Not a pact named without forces ("firms will build roads under deals with the GNA")."""
    pact = frame.trigger
    if lemma(pact) not in ctx.lexicon.pact_nouns or pact.dep_ != "pobj":
        return
    prep, clause = pact.head, pact.head.head
    framed = prep.lower_ == "of" and lemma(clause) in ctx.lexicon.wire_framework_nouns and clause.dep_ == "pobj"
    if framed:
        # "in the framework of the accord", "on the basis of a training accord with the LNA": the frame noun's phrase
        prep, clause = clause.head, clause.head.head
    grounded = prep.lower_ == "on" and (framed or lemma(clause) in ctx.lexicon.wire_grounding_verbs)
    if not (prep.lower_ in ("under", "within") or (framed and prep.lower_ == "in") or grounded) or not is_verb(clause):
        return
    partners = [
        m for holder in (pact, *(c for c in pact.children if c.dep_ == "acl"))
        for c in holder.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) for m in ctx.group(p)
    ]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    military = any(_military_noun(ctx, s) for s in subjects) or any(_military_act(ctx, v) for v in (clause, *clause.children) if v.dep_ in ("xcomp", "ROOT", "ccomp", "conj", "advcl") or v is clause)
    if not partners or not military or any(c.dep_ == "neg" for c in clause.children):
        return  # (not "troops will not stay under the pact")
    doers, frame.inherited, doer_is_patient = ctx.subjects(clause, is_passive(clause))
    if grounded:
        doers = [m for s in subjects for m in ctx.group(s)]  # "Turkey's presence ... is based on": the presence's owner
    elif doer_is_patient:
        return
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for s in subjects for c in s.children):
        # "Abu Dhabi argued that its presence was lawful under a pact with ...": "its" is the one who says so
        # (the clause's reporter), not whichever name came last; with no reporter it is left unread
        reporter = clause.head if clause.dep_ == "ccomp" and is_verb(clause.head) else None
        doers = [m for c in reporter.children if c.dep_ == "nsubj" for m in ctx.group(c)] if reporter is not None else []
        if len({m.actor_id for m in doers}) > 1:
            doers = []  # "its" is one of them, which one is not said
    own = {m.actor_id for m in partners}
    doers = [m for m in distinct_actors(doers) if m.actor_id not in own]
    if not doers:
        return
    frame.relation, frame.agents, frame.parties, frame.pairs = "support", doers, [], []
    frame.patients = [(m, "support") for m in distinct_actors(partners)]
    frame.fire("force-under-pact")


def _military_noun(ctx: SentenceContext, noun: Token) -> bool:
    """Troops, warships, forces, a (military) presence: what a pact can keep somewhere."""
    word = lemma(noun)
    return word == "presence" or (word in ctx.lexicon.aid_nouns and word not in ctx.lexicon.nonmilitary_aid_nouns)


def _military_act(ctx: SentenceContext, verb: Token) -> bool:
    """Training, arming, deploying, guarding (`wire_military_acts`), not rebuilding a road."""
    return lemma(verb) in ctx.lexicon.wire_military_acts


@construction("pact-for-aid")
def pact_for_aid(ctx: SentenceContext, frame: Frame) -> None:
    """"Doha concluded an accord with the GNA to supply armoured trucks", "Ankara and Tripoli inked a deal to supply
    drones to the GNA": a pact (pact_nouns) whose own to-infinitive is an act of forces (`wire_military_acts`) or
    sends aid backs the partner it is made with; two signers named alone back each other. Not "an agreement to
    exchange prisoners" (peace-making) nor a pact between the war's two sides."""
    pact = frame.trigger
    if lemma(pact) not in ctx.lexicon.pact_nouns:
        return
    purposes = [c for c in pact.children if c.dep_ in ("acl", "relcl") and is_to_infinitive(c)]
    purposes += [g for p in purposes for g in p.conjuncts]
    if not any(_military_act(ctx, p) or _sends_arms(ctx, p) for p in purposes):
        return
    partners = [m for c in pact.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) for m in ctx.group(p)]
    signers = distinct_actors([*frame.agents, *frame.parties])
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    if len({m.actor_id for m in [*signers, *partners] if m.actor_id in sides}) >= 2:
        return  # the war's two sides agreeing on something is peace-making
    own = {m.actor_id for m in partners}
    signers = [m for m in signers if m.actor_id not in own]
    frame.relation, frame.parties = "support", []
    if partners and signers:
        frame.agents, frame.patients = signers, [(m, "support") for m in distinct_actors(partners)]
    elif not partners and len({m.actor_id for m in signers}) >= 2:
        frame.agents, frame.patients = [], []
        frame.pairs.extend((a, b, "support") for a in signers for b in signers if a.actor_id != b.actor_id)
    else:
        return
    frame.fire("pact-for-aid")


def _sends_arms(ctx: SentenceContext, verb: Token) -> bool:
    """"to supply drones", "to deliver weapons": a sending verb with military aid as its object."""
    return lemma(verb) in ctx.lexicon.transfer_verbs and any(
        c.dep_ == "dobj" and ctx.is_aid(c) and lemma(c) not in ctx.lexicon.nonmilitary_aid_nouns for c in verb.children
    )


def _carried_aid(ctx: SentenceContext, carrier: Token) -> list[Token]:
    """"flights carrying munitions", "a freighter loaded with armoured vehicles": the aid a noun's participle of
    `wire_cargo_participles` carries, its object or with-phrase (cargo, not fired)."""
    return [
        o
        for c in carrier.children
        if c.dep_ in ("acl", "amod") and lemma(c) in ctx.lexicon.wire_cargo_participles
        for o in [*(g for g in c.children if g.dep_ == "dobj"), *(p for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in objects(w))]
        if ctx.is_aid(o)
    ]


def _unloaded_at_held_place(ctx: SentenceContext, verb: Token, aid: list[Token]) -> list[ActorSpan]:
    """"A Jordanian transport plane offloaded rocket launchers at an airbase held by the LNA": goods put down
    (`wire_unloading_verbs`) at a place a modifier ties to a side are for that side, as aid that arrives there is
    (aid-arrival). A place named by itself ("offloaded in Benghazi") says where, not for whom; and people put down at a
    held place may be taking it."""
    lex = ctx.lexicon
    if lemma(verb) not in lex.wire_unloading_verbs or any(lemma(a) in lex.personnel_nouns or lemma(a) in lex.non_state_nouns for a in aid):
        return []
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for p in objects(c)]
    return [m for p in places if p.i not in ctx.mention_at for m in ctx.group(p)]


def _carries_someone(ctx: SentenceContext, carrier: Token) -> bool:
    """"a plane carrying Haftar", "a jet carrying the Turkish delegation": a participle of `wire_cargo_participles` on
    the carrier whose object names an actor, and is no aid."""
    return any(
        lemma(c) in ctx.lexicon.wire_cargo_participles and any(o.dep_ == "dobj" and ctx.group(o) and not ctx.is_aid(o) for o in c.children)
        for c in carrier.children
        if c.dep_ in ("acl", "amod", "relcl")
    )


def _part_of_place(ctx: SentenceContext, noun: Token) -> bool:
    """"the southern outskirts of Tripoli", "the edge of the capital": a place noun (place_nouns) of a place names
    where something goes, not who receives it."""
    named = noun.i in ctx.mention_at or not (lemma(noun) in ctx.lexicon.place_nouns or noun.lower_ in ctx.lexicon.place_nouns)
    return not named and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
