"""Verb cues: "Egypt backs Haftar", "backed by Egypt", "Haftar, whom Egypt backs", "Egypt and the UAE armed
Haftar together", "mercenaries paid by Moscow fight for the LNA". Mediation's verbs and clauses ("talks between X
and Y", "a truce brokered by Russia") are in mediation.py."""
from __future__ import annotations

from spacy.tokens import Token

from extract.lexicon import Lexicon
from extract.mentions import HELD_PLACE_KIND, ActorSpan
from extract.relations.context import PLACE_KINDS, SentenceContext, armed_men, distinct_actors, of_taken_control, pact_backs
from extract.relations.grammar import HYPHENS, RELATIVE_PRONOUNS, asked_subjects, clause_above, in_phrase_on_clause, datives, is_behalf_prep, is_passive, is_to_infinitive, is_verb, lemma, objects, posture_adjunct, prep_text, stood_somewhere
from extract.relations.meetings import sentence_topic
from extract.relations.registry import Frame, construction


def _backing_for(ctx: SentenceContext, act: Token) -> list[ActorSpan]:
    """Whom an act of support names as backed ("the parliament's confidence vote in the unity government", "the
    endorsement of Dbeibah's cabinet"): welcomed or praised, the act's beneficiary is the one the praise backs, not
    the one who gave the support."""
    if act.i in ctx.mention_at:
        return []
    # (the cue may be the act's modifier: "a confidence vote in")
    cues = [ctx.lexicon.nouns.get(lemma(w)) for w in (act, *(c for c in act.children if c.dep_ == "compound"))]
    cue = next((c for c in cues if c is not None and c.relation == "support"), None)
    if cue is None:
        return []
    return [m for c in act.children if c.dep_ == "prep" and cue.preps.get(prep_text(c)) == "patient" for p in objects(c) for m in ctx.group(p)]


@construction("verb")
def verb(ctx: SentenceContext, frame: Frame) -> None:
    """Subject, objects and the cue's prepositions of an active verb (or the
    subject as patient where the clause says so)."""
    token, cue, relation = frame.trigger, frame.cue, frame.relation
    if cue.category == "consult" and _relation_noun_subject(ctx, token):
        return  # "France's backing of Haftar sits uneasily with Italy's investment": a stance, not a party, meets
    # "trained by the CIA and backed by Egypt, Haftar ...": a participle with a by-phrase is passive
    passive = is_passive(token) or (token.tag_ == "VBN" and token.dep_ == "conj" and any(c.dep_ == "agent" for c in token.children))
    subjects, frame.inherited, subject_is_patient = ctx.subjects(token, passive)
    if (as_phrase := _as_phrase_of(ctx, token)) is not None:
        # "a body Cairo dismissed as skewed in favour of the GNA": the predicate is the object's
        subjects, frame.inherited = ctx.described_by_as(*as_phrase) or [], True
    if subject_is_patient:
        # "The deal between Egypt and Greece was welcomed by Russia" backs neither, as the active does
        holder = token
        while holder.dep_ == "xcomp" and holder.head.i != holder.i:
            holder = holder.head  # "continues to be welcomed by Russia"
        settled = any(c.dep_ in ("nsubjpass", "nsubj") and _welcomed_settlement(ctx, frame, c) for h in (token, holder) for c in h.children)
        # (a participle's noun stands for no name of the participle's own phrase: "the agreement brokered by Russia")
        own_phrase = range(token.i, token.right_edge.i + 1) if token.dep_ in ("acl", "relcl") else range(0)
        frame.patients.extend((m, relation) for m in subjects if relation and not settled and m.root.i not in own_phrase)
    else:
        frame.agents.extend(subjects)
    for child in [*token.children, *shared_objects(token), *_idiom_object_preps(token, cue)]:
        if child.dep_ == "dative" and child.pos_ == "ADP" and relation and not passive:
            frame.patients.extend((m, relation) for d in datives(child) for m in ctx.group(d))
        elif child.dep_ in ("dobj", "dative", "attr") and relation and not passive:
            if _topic_object(ctx, token, child):
                continue
            if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                settlement = _settlement_of_relative(ctx, token) if relation == "mediation" else None
                if settlement is not None:
                    # "a ceasefire between the GNA and the LNA, which Russia brokered", "signed a truce that the UN
                    # brokered": the parties of what was brokered (not its brokers, nor the last name before "which")
                    described = frame.others(_settlement_parties(ctx, settlement))
                    frame.patients.extend((m, relation) for m in described)
                    continue
                described = ctx.antecedent(token, child)  # "Haftar, whom Egypt backs"
                if not joint_peace_act(ctx, frame, described, [token.head]):  # "a truce the two sides signed, which Italy hailed"
                    frame.patients.extend((m, relation) for m in described)
            elif not _blocked_text(ctx, token, child) and not _welcomed_settlement(ctx, frame, child):
                named = ctx.group(child)
                if relation == "support" and lemma(token) in ctx.lexicon.gratitude_verbs and (backed := _backing_for(ctx, child)):
                    named = backed  # "welcomed the parliament's confidence vote in Dbeibah's government": the one it backs
                if _praised_for_peace(ctx, frame, token, named) or _sides_apart(ctx, frame, child):
                    named = []
                if relation == "mediation" and lemma(child) in ctx.lexicon.organ_nouns:
                    named = []  # "chairs the African Union's committee on Libya": a body's organ, led from inside
                if relation == "mediation" and lemma(child) in ctx.lexicon.wire_message_nouns:
                    named = []  # "received the congratulations of Haftar", "a letter from Sisi": a thing sent, no visitor
                if relation == "mediation" and (lemma(child) in ctx.lexicon.venue_nouns or ctx.names_peace(child)):
                    named = [m for m in named if not _led_by(ctx, m)]  # "hosted the UN-led dialogue": co-mediators
                elif relation == "mediation" and lemma(child) in ctx.lexicon.body_nouns and child.i not in ctx.mention_at:
                    named = []  # "who chairs the African Union's committee on Libya": a body's owner is no counterpart
                if relation == "opposition" and not named and child.dep_ == "dobj":
                    named = _aid_carried_to(ctx, child)  # "struck a convoy carrying supplies to Haftar's forces"
                frame.patients.extend((m, relation) for m in named)
                if relation == "mediation" and not named and child.dep_ == "dobj":
                    # "facilitated contacts between Washington and Tehran", "mediated an exchange of prisoners between
                    # the GNA and the LNA": the sides of what it arranged
                    holders = [child, *(p for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c))]
                    frame.parties.extend(m for h in holders for m in ctx.between_parties(h))
        elif child.dep_ == "npadvmod" and child.i > token.i and child.i in ctx.mention_at and relation and not passive:
            # The small parser often labels a named object "npadvmod": "warned Turkey on Saturday".
            frame.patients.extend((m, relation) for m in ctx.group(child))
        elif child.dep_ in ("ccomp", "xcomp") and cue.object_from_clause and relation:
            # "helped him repel the offensive": the helped one is the clause's subject.
            frame.patients.extend(
                (m, relation)
                for c in child.children
                if c.dep_ == "nsubj" or (c.dep_ == "compound" and c.i < child.i and c.i in ctx.mention_at)
                for m in ctx.group(c)
            )
        elif child.dep_ == "prep" and child.lower_ in ("through", "via") and relation == "support":
            # "supporting Haftar through the Wagner group": Wagner is a backer too.
            frame.agents.extend(m for pobj in objects(child) for m in ctx.group(pobj))
        elif child.dep_ == "prep" and (embracing := _embrace_of(ctx, child)):
            # "drove the GNA deeper into the arms of Turkey": the one pushed comes to be backed by Y
            moved = [m for c in token.children if c.dep_ == "dobj" for m in ctx.group(c)] or list(frame.agents)
            frame.pairs.extend((y, x, "support") for y in embracing for x in moved if x.actor_id != y.actor_id)
        elif child.dep_ == "prep":
            role = cue.preps.get(prep_text(child))
            if child.lower_ == "with" and relation == "opposition" and ctx.side_by_side(token, child):
                role = "support"  # "fighting side by side with Haftar's forces"
            if role and lemma(token) in ctx.lexicon.posture_verbs and (posture_adjunct(token) or stood_somewhere(token, child, ctx.lexicon, ctx.mention_at)):
                role = None  # "Standing next to the Greek prime minister, Macron said ...": where one stood
            if role:
                frame.patients.extend(
                    (m, role) for pobj in objects(child)
                    if not (cue.category == "alignment" and _body_mission(ctx, pobj)) and not _shielded_from_words(ctx, cue, child, pobj)
                    for m in ctx.group(pobj)
                )
        elif child.dep_ == "agent" and not passive and (role := cue.preps.get("by")):
            # "Qatar has stood by the GNA": after a perfect participle the parser may read "by" as a passive's agent
            frame.patients.extend((m, role) for pobj in objects(child) for m in ctx.group(pobj))
        elif child.dep_ == "prt" and (role := cue.preps.get(child.lower_)):
            frame.patients.extend((m, role) for obj in token.children if obj.dep_ == "dobj" for m in ctx.group(obj))
    if relation == "mediation" and not passive:
        frame.patients.extend((m, relation) for c in _objects_read_as_conjuncts(ctx, token) for m in ctx.group(c))
    if token.dep_ == "amod" and relation and not passive and any(c.dep_ == "nsubj" for c in token.children):
        # "Egypt trained and equipped tribal fighters loyal to Haftar": the parser made the verb a
        # modifier of its object, and kept its subject.
        frame.patients.extend((m, relation) for m in ctx.group(token.head))
    for obj in token.children:
        if obj.dep_ == "dobj" and not passive and (role := cue.preps.get("from")):
            # "captured the base from the LNA": the parser hangs the verb's from-phrase on its object; "recalled its
            # ambassador to France": an envoy's post is where it is recalled from
            posts = ("from", "to", "in") if lemma(obj) in ctx.lexicon.envoy_nouns else ("from",)
            frame.patients.extend((m, role) for c in obj.children if c.dep_ == "prep" and c.lower_ in posts for p in objects(c) for m in ctx.group(p))
    if relation == "opposition" and not passive and cue.category in PHYSICAL_CATEGORIES:
        frame.patients.extend((m, relation) for m in _struck_aid_recipients(ctx, token))
    if relation == "opposition" and not passive:
        frame.patients.extend((m, relation) for c in token.children if c.dep_ == "dobj" for m in _holders_in_relative(ctx, c))
    commanders: list[ActorSpan] = []
    if cue.place_object:
        # "the guards take orders from Haftar": who takes orders from someone serves them (as "answer to" says), and
        # takes no place from them
        commanders = [m for m, _ in frame.patients if _in_from_phrase(m) and _takes_command(ctx, token)]
        frame.patients = [
            (m, role) for m, role in frame.patients
            if (
                _taken_place(m) or _holds_taken_place(m, ctx.lexicon) or _place_of_taken_control(m, ctx.lexicon)
                or ((m.root.head.lower_ == "from" or _loyal_forces_in_from_phrase(m, ctx.lexicon)) and not _takes_a_thing(token, ctx.lexicon))
            )
            and m not in commanders
        ]
    if cue.named_object:
        frame.patients = [(m, role) for m, role in frame.patients if _is_object(ctx, m, token)]
    if cue.lemma in ctx.lexicon.annulment_verbs and not _annuls_a_document(ctx, token):
        frame.patients = []
    if relation == "support" and not frame.patients and not passive and not cue.named_object:
        # "financed the recruitment of Sudanese fighters for the LNA": aid given for X backs X (approving it is
        # read by the light verb: "approved the sale of jets to the UAE").
        frame.patients.extend((m, relation) for m in _aid_beneficiaries(ctx, token))
    patients = distinct_actors([m for m, _ in frame.patients])
    convened = lemma(token) in ctx.lexicon.convening_verbs or _met_together(ctx, token, patients)
    if (
        relation == "mediation" and convened and 2 <= len(patients) <= MAX_CONVENED_PARTIES and not frame.parties
        and not any(_named_as_example(m, token) for m in patients)  # "neighbours, among them Tunisia and Egypt": more than these
    ):
        # "Qatar hosted Afghan and American negotiators", "met with Sisi and Haftar in Rome to discuss a
        # truce": those it brings together are parties to each other (a conference of many is not
        # every attendee negotiating with every other: each is the host's counterpart).
        frame.parties.extend(patients)
        frame.patients = []
    if relation == "opposition":
        for prep in token.subtree:
            # "fighting hand to hand with the forces of Haftar"
            if prep.lower_ == "with" and prep.head.i != token.i and prep.head.lower_ in ctx.lexicon.alongside_words:
                frame.patients.extend((m, "support") for p in objects(prep) for m in ctx.group(p))
    if cue.reverse and not passive and not frame.patients:
        # "the LNA relies on drones supplied by the UAE": who supplies what is relied on
        frame.patients.extend(
            (m, role) for c in token.children if c.dep_ == "prep" and (role := cue.preps.get(prep_text(c))) for p in objects(c) for q in (p, *p.conjuncts) for m in _suppliers(ctx, q)
        )
    if commanders and not passive:
        frame.patients = [(m, "support") for m in commanders]
    if relation == "support" and not passive and (givers := _praised_own_aid(ctx, token, frame)):
        # "Bashagha hailed the help of Ankara", "the GNA welcomed Turkey's support": praise for aid the praiser got
        # says who gives it, not that the praiser backs the giver
        frame.patients = [(m, "support") for m in frame.agents]
        frame.agents = givers
    if cue.reverse and (not passive or cue.relation is not None) and frame.patients:
        # "the GNA relies on Turkey": the one relied on backs the subject; so does the one hired ("Haftar hired
        # Wagner", "Wagner was hired by Haftar")
        backers = [m for m, _ in frame.patients]
        frame.patients = [(m, relation_of) for m in frame.agents for relation_of in {r for _, r in frame.patients}]
        frame.agents = backers
    frame.fire("verb")


def _shielded_from_words(ctx: SentenceContext, cue, prep: Token, pobj: Token) -> bool:
    """"shielded the general from EU criticism", "protected Haftar from UN statements": what one is kept from by a verb
    of protection (a support verb whose from-phrase opposes) is words, not an actor or its force or attack: no one is
    opposed by it ("shield the GNA from Haftar's drones" opposes Haftar)."""
    if prep.lower_ != "from" or cue.relation != "support" or pobj.i in ctx.mention_at:
        return False
    if armed_men(ctx.lexicon, pobj) or lemma(pobj) in ctx.lexicon.aid_nouns:
        return False  # "from Haftar's militias", "from Haftar's drones"
    noun = ctx.lexicon.nouns.get(lemma(pobj))
    return noun is None or noun.relation != "opposition" or noun.category in WORDS_NOT_FORCE


# Categories of opposition nouns that are words or measures, not force ("criticism", "condemnation", "sanctions").
WORDS_NOT_FORCE = frozenset({"accuse", "reject", "protest", "sanction"})


def _relation_noun_subject(ctx: SentenceContext, verb: Token) -> bool:
    """"Turkey's support for the GNA sits badly with Egypt": the subject of a verb of meeting is a noun of a
    relation (a cue noun that names no one, unlike "backer" or "envoy"): its owner is named, but meets no one."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "continues to sit badly with Egypt"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i in ctx.mention_at:
        return False
    noun = ctx.lexicon.nouns.get(lemma(subject))
    return noun is not None and noun.names_no_holder


def _in_from_phrase(mention: ActorSpan) -> bool:
    """"from Haftar", "from Haftar and his sons": the mention, or the list it is in, is a from-phrase's object."""
    word = mention.root
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.head.lower_ == "from"


def _loyal_forces_in_from_phrase(mention: ActorSpan, lexicon: Lexicon) -> bool:
    """"took Sirte from units loyal to the Tripoli government", "seized the town from fighters allied with Haftar":
    the mention is whom forces named by their alignment (an adjective of support on a noun) are loyal to, and those
    forces are a from-phrase's object: what is taken is taken from the mention's side."""
    prep = mention.root.head
    aligned = prep.head
    cue = lexicon.adjectives.get(aligned.lower_)
    if prep.dep_ != "prep" or cue is None or cue.relation != "support" or cue.preps.get(prep.lower_) != "patient":
        return False
    return aligned.dep_ in ("amod", "acl") and aligned.head.head.lower_ == "from"


def _takes_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """"took advice from Italy", "drew lessons from the GNA": the object is a common noun that is no place, so the
    from-phrase says where the thing came from, not from whom ground was taken ("took Gharyan from", "took the town
    from", "took control of the port from" are taken from someone)."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not _ground(c, lexicon) for c in verb.children)


def _ground(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of a place or ground, or of control or command, or a noun whose of-phrase names a place ("a strip of the
    western coast", "control of the port")."""
    words = (lexicon.place_nouns, lexicon.ground_nouns, lexicon.holding_nouns, lexicon.command_nouns, lexicon.control_nouns_under)
    if any(lemma(noun) in w for w in words):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and (p.pos_ == "PROPN" or lemma(p) in lexicon.place_nouns or lemma(p) in lexicon.ground_nouns)
        for c in noun.children for p in objects(c)
    )


def _takes_command(ctx: SentenceContext, verb: Token) -> bool:
    """"take orders from", "took their instructions from": the verb's object is one of command_nouns."""
    return any(c.dep_ == "dobj" and lemma(c) in ctx.lexicon.command_nouns for c in verb.children)


def _praised_own_aid(ctx: SentenceContext, verb: Token, frame: Frame) -> list[ActorSpan]:
    """The givers of aid a verb of praise (gratitude_verbs) takes as its object when the aid goes to no one named, or to
    the praiser ("hailed the help of Ankara", "welcomed Turkey's support for its forces", "welcomed the support expressed
    by Jordan for the Cairo Declaration"); empty when the aid names
    another recipient ("praised Russia's support for Haftar") or the object is no aid."""
    if lemma(verb) not in ctx.lexicon.gratitude_verbs or not frame.agents:
        return []
    own = {m.actor_id for m in frame.agents}
    givers: list[ActorSpan] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        cue = ctx.lexicon.nouns.get(lemma(obj))
        if not ((cue is not None and cue.relation == "support") or ctx.is_aid(obj)) or obj.i in ctx.mention_at:
            return []
        # "Turkey's support", "Saudi support", "the help of Ankara", "support from Turkey", "the support expressed by
        # Jordan" (the by-phrase on the participle or, as the parser may hang it, on the noun)
        said = [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"]

        def phrase(holders: tuple[Token, ...], words: tuple[str, ...], deps: tuple[str, ...] = ("prep",)) -> list[ActorSpan]:
            return [m for h in holders for c in h.children if c.dep_ in deps and c.lower_ in words for p in objects(c) for m in ctx.group(p)]

        named = [m for c in obj.children if c.dep_ == "poss" for m in ctx.group(c)]
        named += [m for c in obj.children if c.dep_ in ("amod", "compound") and (m := ctx.mention_at.get(c.i)) is not None]
        if cue is None and any(m.actor_id in {side.actor for side in ctx.lexicon.conflict_sides} for m in named):
            return []  # "Sisi praised Haftar's forces": a side's own army, not aid it gave the praiser
        # (the parser may hang the noun's to-phrase on the verb: "praised the contribution of Germany to the process")
        given_to = [
            c for h in (obj, *said) for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("for", "to") and not any(lemma(p) in ctx.lexicon.time_nouns for p in objects(c))
        ]  # (not "for months")
        given_to += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i]
        received: list[ActorSpan] = []
        for phrase_to in given_to:
            named_to = [m for p in objects(phrase_to) for m in ctx.group(p)]
            if not named_to:
                return []  # "praised Germany's contribution to the Berlin process": given to a thing, not to the praiser
            received += named_to
        if named:
            owners = named
            received += phrase((obj,), ("of",))  # "Turkey's backing of the GNA": the of-phrase is who gets it
        elif cue is not None and cue.preps.get("of") == "patient":
            # "the endorsement of the unity government", "the recognition of the GNA": the of-phrase gets it
            received += phrase((obj,), ("of",))
            owners = phrase((obj,), ("from", "by")) or phrase(tuple(said), ("by",), ("agent",))
        else:
            owners = phrase((obj,), ("of",)) or phrase((obj,), ("from", "by")) or phrase(tuple(said), ("by",), ("agent",))
        if any(m.actor_id not in own for m in received):
            return []
        givers += [m for m in owners if m.actor_id not in own]
    return givers


def _suppliers(ctx: SentenceContext, aid: Token) -> list[ActorSpan]:
    """Who an aid noun's participle says sent or paid for it ("drones supplied by the UAE", "weapons sent by Turkey":
    transfer_verbs, sponsor_participles with a by-agent); empty for anything else."""
    if not ctx.is_aid(aid):
        return []
    lex = ctx.lexicon
    return [
        m
        for c in aid.children if c.dep_ == "acl" and c.tag_ == "VBN" and (lemma(c) in lex.transfer_verbs or lemma(c) in lex.sponsor_participles)
        for a in c.children if a.dep_ == "agent" for p in objects(a) for m in ctx.group(p)
    ]


def _idiom_object_preps(verb: Token, cue) -> list[Token]:
    """"joined forces with Moscow": the prepositions the parser hangs on the object of a verb-and-object idiom
    (a cue listed as "join forces") are the idiom's own."""
    if cue is None or " " not in cue.lemma:
        return []
    word = cue.lemma.split(" ", 1)[1]
    return [p for o in verb.children if o.dep_ == "dobj" and o.lower_ == word for p in o.children if p.dep_ == "prep"]


def _embrace_of(ctx: SentenceContext, prep: Token) -> list:
    """"into the arms of Ankara", "into Moscow's embrace" (embrace_nouns after "into"): whose arms the phrase names;
    going there is being taken in by them, not a move against them."""
    if prep.lower_ != "into":
        return []
    return [
        m
        for p in objects(prep)
        if lemma(p) in ctx.lexicon.embrace_nouns
        for c in p.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
        for m in (ctx.group(c) if c.dep_ == "poss" else [m for o in objects(c) for m in ctx.group(o)])
    ]


def _objects_read_as_conjuncts(ctx: SentenceContext, verb: Token) -> list[Token]:
    """"Putin met Haftar and then Sarraj", "hosted Haftar in Cairo and then Sarraj": the parser hangs the second
    object, after an adverb or a place, on the verb as its conjunct. A bare name there (no subject, object,
    apposition or verb of its own: not "backs the GNA and Russia the LNA") is a second object of the verb."""
    if not any(c.dep_ == "dobj" and ctx.group(c) for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and ctx.group(c)
        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "aux", "auxpass", "relcl") for g in c.children)
    ]


def _led_by(ctx: SentenceContext, mention) -> bool:
    """"the UN-led dialogue", "the AU-sponsored talks": a name before a hyphen and a mediation participle leads
    the talks a host hosts; host and leader are co-mediators, not each other's parties."""
    doc = mention.span.doc
    after = mention.span.end
    # (a word after a written hyphen has the compound as its lemma: "un-lead")
    return after + 1 < len(doc) and doc[after].text in HYPHENS and lemma(doc[after + 1]).rsplit("-", 1)[-1] in ctx.lexicon.mediation_participles


def _blocked_text(ctx: SentenceContext, verb: Token, obj: Token) -> bool:
    """"Russia and China blocked a Security Council statement", "vetoed a British draft resolution": the
    author of a blocked text (document_nouns) is named on it, not opposed by blocking it (shielding reads
    what the text would have said); nor is a body whose own measure a member blocks ("vetoed the EU's deal")."""
    if lemma(verb) not in ctx.lexicon.blocking_verbs:
        return False
    if lemma(obj) in ctx.lexicon.document_nouns:
        return True
    # "Greece would veto any EU peace deal on Libya", "would block EU sanctions": a member blocks its body's own
    # agreement, mission or measure from inside; that opposes the measure, not the body
    owners = ctx.group(obj)
    return bool(owners) and all(ctx.actor_types.get(m.actor_id, "").lower() == "igo" for m in owners)


def _welcomed_settlement(ctx: SentenceContext, frame: Frame, obj: Token) -> bool:
    """"France welcomed the ceasefire announced by the GNA and the eastern parliament": backing a settlement
    two or more parties reached is not backing either of them (one proposer's plan still is: "welcomed
    Egypt's initiative")."""
    cue = ctx.lexicon.nouns.get(lemma(obj))
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    # (not "welcomed an appeal by Algeria and Tunisia for a truce": outsiders who propose together, not parties)
    proposed = lemma(obj) in ctx.lexicon.proposal_nouns and any(m.actor_id not in sides for m in ctx.group(obj))
    if frame.relation == "support" and cue is not None and cue.relation == "mediation" and not proposed and len({m.actor_id for m in ctx.group(obj)}) >= 2:
        return True
    # "welcomed the decision of the GNA and the LNA to resume talks", "the announcement of the truce and the call
    # of Saleh and Sarraj for elections": a peace step the war's sides took together
    # (not "welcomed the GNA's rejection of the truce the LNA offered": a hostile act is backed)
    # (the parser may hang the object's phrase on the verb: "hailed the commitment of X and Y [to the ceasefire]", or
    # its clause: "welcomed the decision of X and Y [to resume talks]")
    authors = ctx.group(obj)
    words = [*obj.subtree, *_rest_of_clause(ctx, obj, {m.span.start for m in _with_coordinated(ctx, authors)})]
    return (cue is None or cue.relation != "opposition") and joint_peace_act(ctx, frame, authors, words)


def _sides_apart(ctx: SentenceContext, frame: Frame, obj: Token) -> bool:
    """"Egypt and Qatar arm opposite camps in the Libyan conflict", "Cairo and Doha armed rival factions": two or more
    backers of sides set apart (apart_side_words) each back one of them, and the sentence does not say which;
    backing both is the one reading it rules out."""
    return (
        frame.relation == "support"
        and lemma(obj) in ctx.lexicon.side_nouns
        and obj.tag_ == "NNS"
        and any(c.dep_ == "amod" and c.lower_ in ctx.lexicon.apart_side_words for c in obj.children)
        and len({m.actor_id for m in frame.agents}) >= 2
    )


# Words that open another clause after an object: what follows them is not said of the object.
CLAUSE_OPENERS = frozenset({";", "but", "while", "whereas", "although", "though", "after", "before", "because", "since", "as"})


def _rest_of_clause(ctx: SentenceContext, obj: Token, listed: set[int]) -> list[Token]:
    """The words after an object up to the next clause, wherever the parser hung them (a misread name can take the
    object's "to resume talks" as its own); ", and" opens another clause unless a name of the object's list
    (`listed`: where they start) follows ("the GNA, a key player, and the LNA")."""
    rest = []
    doc = ctx.sent.doc
    def lists(at: int) -> bool:  # "and (the) X" with X a name of the object's list
        after = at + 1
        if after < len(doc) and doc[after].lower_ == "the":
            after += 1
        return doc[at].lower_ == "and" and after in listed

    # "Turkey and Russia, which back the GNA and the LNA respectively, held talks": a set-off relative clause ends at
    # its closing comma, and the main clause's words are not the object's
    relative = obj.head if obj.head.dep_ == "relcl" else None
    for t in doc[obj.right_edge.i + 1 : ctx.sent.end]:
        joined = t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("and", "but") and not lists(t.i + 1)
        coordinated = t.dep_ in ("cc", "conj") and t.head.i == obj.head.i and obj.head.i != obj.i and not lists(t.i) and t.i not in listed
        closed = relative is not None and t.text == "," and t.i > relative.right_edge.i
        if t.lower_ in CLAUSE_OPENERS or joined or coordinated or closed:
            break  # (", and Wagner's presence has given ...", "... and urged them to": another clause)
        rest.append(t)
    return rest


def _praised_for_peace(ctx: SentenceContext, frame: Frame, verb: Token, named: list) -> bool:
    """"Italy praised Sarraj and Haftar for agreeing to a truce", "congratulated the GNA and the LNA on the ceasefire
    deal": the war's sides praised for a peace step they took together (the verb's for- or on-phrase) are not backed by
    it, as when the step itself is praised."""
    reasons = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on") for t in c.subtree]  # "congratulated X and Y on"
    return bool(reasons) and joint_peace_act(ctx, frame, named, reasons)


def _with_coordinated(ctx: SentenceContext, authors: list) -> list:
    """The authors and the names coordinated with them, which a clause reading may have lost: a conjunct of the name
    or of its apposition ("the GNA, a key player, and the LNA"), or the name before or after "and" when the parser
    hung it elsewhere ("the GNA and the LAAF" with the second name taken for a verb)."""
    found = list(authors)
    for mention in authors:
        root = mention.root
        heads = [root, *(c for c in root.children if c.dep_ == "appos")]
        found += [ctx.mention_at[c.i] for h in heads for c in h.conjuncts if c.i in ctx.mention_at]
        found += _listed_after(ctx, mention) + _listed_before(ctx, mention)
    return found


def _listed_after(ctx: SentenceContext, mention) -> list:
    """"the GNA and the LAAF", "the GNA, a key player in the conflict, and the LNA": the name after "and" (past the
    first name's apposition and its closing comma); not a possessor or a subject (", and Wagner's presence has given
    ..." opens a clause)."""
    root, doc = mention.root, mention.root.doc
    found = []
    for aside in (c for c in root.children if c.dep_ == "appos" and c.i > root.i):
        # the parser may hang the second name on the apposition, after the comma that closes it
        for t in aside.subtree:
            if t.i in ctx.mention_at and t.dep_ == "conj":
                start = ctx.mention_at[t.i].span.start
                before = [w.lower_ for w in doc[max(start - 3, 0) : start]]
                if before[-2:] == [",", "and"] or before == [",", "and", "the"]:
                    found.append(ctx.mention_at[t.i])
    i = mention.span.end
    aside = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    closing = aside.right_edge.i + 1 if aside is not None else len(doc)
    if i < len(doc) and doc[i].text == "," and closing < len(doc) and doc[closing].text == ",":
        i = closing + 1
    between = []
    while i < len(doc) and doc[i].lower_ in ("and", "the") and len(between) < 2:
        between.append(doc[i].lower_)
        i += 1
    following = ctx.mention_at.get(i)
    if "and" in between and following is not None and following.root.dep_ not in ("poss", "nsubj", "nsubjpass"):
        found.append(following)
    return found


def _listed_before(ctx: SentenceContext, mention) -> list:
    """"[the GNA, a key player in the region,] and the LNA": the name before "and", or the name whose apposition ends
    there, whatever the parser made of it; and the name an apposition's conjunct was hung under."""
    root, doc = mention.root, mention.root.doc
    found = [
        ctx.mention_at[a.head.i]
        for c in root.conjuncts
        for a in c.ancestors
        if a.dep_ == "appos" and a.head.i in ctx.mention_at and a.head.i < root.i
    ]
    i, between = mention.span.start - 1, []
    while i > 0 and doc[i].lower_ in (",", "and", "the") and len(between) < 3:
        between.append(doc[i].lower_)
        i -= 1
    if "and" not in between or i < 0:
        return found
    holder = next((a.head for a in (doc[i], *doc[i].ancestors) if a.dep_ == "appos"), None)
    if i in ctx.mention_at:
        found.append(ctx.mention_at[i])
    elif holder is not None and holder.i in ctx.mention_at:
        found.append(ctx.mention_at[holder.i])
    return found


def joint_peace_act(ctx: SentenceContext, frame: Frame, authors: list, words) -> bool:
    """Welcoming, hailing or praising a peace step (a ceasefire, a truce, talks, a call for elections: a peace topic
    among `words`) that two or more of the war's own sides took (not outsider_types) backs none of them: it backs
    the peace ("a ceasefire the GNA and the LNA signed, which the envoy hailed"). One side's move still is backed
    ("welcomed the LNA's announcement of a ceasefire"), and so is a joint move that is no peace step."""
    if frame.relation != "support":
        return False
    sides = {m.actor_id for m in _with_coordinated(ctx, authors) if not ctx.outside_power(m.actor_id)}
    topics = ctx.lexicon.peace_topics - ctx.lexicon.war_topics
    return len(sides) >= 2 and any(lemma(t) in topics for t in words)


def _taken_place(mention) -> bool:
    """"took Tripoli", "entered the capital": the object names a place that stands for its
    actor; "took Haftar's advice" or "took part" names none."""
    root = mention.root
    while root.dep_ == "conj":
        root = root.head
    # (a place the next sentence says someone held: "took Sirte. The city had been held by the GNA")
    return (mention.kind in PLACE_KINDS or mention.kind == HELD_PLACE_KIND) and root.dep_ in ("dobj", "npadvmod")


def _holding_by_phrase(root: Token, lexicon) -> Token | None:
    """The participle of holding whose by-phrase names `root`: "a city held by the LNA", "held by forces loyal to
    the GNA", "held by GNA forces" (the name inside the by-phrase's noun phrase)."""
    node = root
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.dep_ == "agent":
            participle = node.head.head
            return participle if lemma(participle) in lexicon.holding_participles and participle.dep_ in ("acl", "relcl") else None
        if node.dep_ not in ("compound", "poss", "amod", "prep", "pobj", "nmod") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _holds_taken_place(mention, lexicon) -> bool:
    """"took Sirte, a city held by the LNA", "entered Sirte, a stronghold of ISIS", "took Gharyan,
    a GNA bastion": the one who holds the place the verb takes."""
    root = mention.root
    while root.dep_ == "conj":
        root = root.head
    holder = root.head
    if (held := _holding_by_phrase(root, lexicon)) is not None:
        holder = held
    elif (held_in := _subject_of_holding_relative(root, lexicon)) is not None:
        holder = held_in  # "took the airport, which the LNA (LNA units) had held since April": its subject holds it
    elif root.dep_ == "pobj" and holder.lower_ == "of" and lemma(holder.head) in lexicon.holding_nouns:
        holder = holder.head
    elif not (root.dep_ in ("poss", "compound") and lemma(holder) in lexicon.holding_nouns):
        return False
    if holder.dep_ == "attr" or (holder.dep_ == "pobj" and holder.head.lower_ == "as" and holder.head.head.dep_ in ("relcl", "acl")):
        # "Gharyan, which had been the LNA's main base", "the town that had served as Haftar's springboard": what
        # the place's own clause says it was
        holder = holder.head if holder.dep_ == "attr" else holder.head.head
    while holder.dep_ == "appos" or (holder.dep_ in ("acl", "relcl") and holder.head.i != holder.i):
        holder = holder.head
        if holder.dep_ == "dobj" or of_taken_control(holder, lexicon):
            return True
    return False


def _holders_in_relative(ctx: SentenceContext, place: Token) -> list[ActorSpan]:
    """"recaptured Gharyan, which had served as the LNA's main forward base", "took Sirte, the town that had been
    Haftar's bastion": the owner of a holding noun that a relative clause on the place (or on its apposition) says it
    was (a copula's predicate, or the as-phrase of "serve as")."""
    found = []
    for noun in (place, *(c for c in place.children if c.dep_ == "appos")):
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            said = [c for c in clause.children if c.dep_ == "attr"] if lemma(clause) in ctx.lexicon.copular_verbs else []
            said += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for p in objects(c)]
            for held in (h for h in said if lemma(h) in ctx.lexicon.holding_nouns):
                found.extend(m for c in held.children if c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
                             for t in ([c] if c.dep_ != "prep" else objects(c)) for m in ctx.group(t))
    return found


def _subject_of_holding_relative(root: Token, lexicon) -> Token | None:
    """The active relative clause of holding (holding_participles) whose subject `root` is, or modifies ("LNA units")."""
    subject = root if root.dep_ == "nsubj" else root.head if root.dep_ in ("compound", "poss") else None
    if subject is None or subject.dep_ != "nsubj":
        return None
    clause = subject.head
    if clause.dep_ == "relcl" and lemma(clause) in lexicon.holding_participles and not is_passive(clause):
        return clause
    return None


def _aid_beneficiaries(ctx: SentenceContext, verb: Token) -> list:
    """Who the verb's object (aid, or an act of giving it: recruitment, deployment, delivery) is for."""
    found = []
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        chain = [thing, *(p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c))]
        if not any(ctx.is_aid(t) or lemma(t) in ctx.lexicon.aid_activity_nouns for t in chain):
            continue
        # the parser may hang "to the GNA" on the verb itself
        holders = [*chain, verb]
        found.extend(m for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for p in objects(c) for m in ctx.group(p))
    return found


def shared_objects(verb: Token) -> list[Token]:
    """"Egypt trained and equipped fighters loyal to Haftar": a verb with no object of its
    own shares the object of the verb it is coordinated with."""
    if any(c.dep_ in ("dobj", "dative", "attr", "ccomp", "xcomp") for c in verb.children):
        return []
    return [c for conj in verb.conjuncts if conj.i > verb.i for c in conj.children if c.dep_ == "dobj"][:1]


@construction("reciprocal")
def reciprocal(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA and the LNA are fighting each other", "accused one another", "Two camps are
    fighting each other: the GNA in Tripoli and the LNA in Benghazi", "Egypt and Turkey each accuse the other": the
    subjects, or the list that says who they are, are parties to each other."""
    token = frame.trigger
    other = _reciprocal_object(token)
    if other is None or frame.relation is None:
        return
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = [s for s in subjects if not _each(ctx, s)]
    if len(named) < len(subjects) and len({m.actor_id for s in named for m in ctx.group(s)}) >= 2:
        subjects = named  # "with the GNA and the LNA each blaming the other": the list the floating "each" follows
    elif any(_each(ctx, s) for s in subjects) and (governing := _clause_each_belongs_to(ctx, token)) is not None:
        # "Dbeibah and Haftar both want the presidency, and each accuses the other", "Russia and Turkey stalled the
        # talks, (with) each accusing the other": "each" of the governing clause's subjects
        subjects = _nearest_plural_subjects(ctx, governing, token)
    sides = [m for s in subjects for m in ctx.group(s)]
    if not subjects:
        # "kept blaming each other", "have spent the year blaming each other": the subject of the clause it is in
        sides, frame.inherited, _ = ctx.subjects(token, is_passive(token))
    if len({m.actor_id for m in sides}) < 2:
        # the subject is a group noun ("two camps"); the list may hang on it or on "each other"
        sides = [m for holder in (*subjects, other) for c in holder.children if c.dep_ == "appos" for m in ctx.group(c)]
    colon = other.i + 1
    if len({m.actor_id for m in sides}) < 2 and colon < ctx.sent.end and ctx.sent.doc[colon].text == ":":
        # "...: the GNA in Tripoli and Haftar in Benghazi": the parser scatters the list; it names the sides
        sides = [m for m in ctx.mentions if m.span.start > colon and m.span.end <= ctx.sent.end]
    sides = distinct_actors(sides)
    if len(sides) >= 2:
        frame.agents, frame.patients = [], []
        if frame.relation == "support":  # backing each other runs both ways
            frame.pairs.extend((a, b, "support") for a in sides for b in sides if a.actor_id != b.actor_id)
        else:
            frame.parties.extend(sides)
        frame.fire("reciprocal")


def _each(ctx: SentenceContext, subject: Token) -> bool:
    """"each", or "each side", "each camp" (a side noun with "each"): one of the parties a reciprocal clause names."""
    return subject.lower_ == "each" or (
        subject.tag_ == "NN" and lemma(subject) in ctx.lexicon.side_nouns and any(c.dep_ == "det" and c.lower_ == "each" for c in subject.children)
    )


def _clause_each_belongs_to(ctx: SentenceContext, verb: Token) -> Token | None:
    """The clause whose subjects a subject "each" of `verb` picks from: the clause `verb` is coordinated with, or the
    one it is an adjunct of ("..., each accusing the other", "..., with each accusing the other"); past a reporting
    verb the parser hangs the adjunct on ("Russia and Turkey stalled the talks, diplomats said, with each ..."), the
    clause it reports."""
    if verb.dep_ in ("conj", "advcl"):
        governing = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "with" and is_verb(verb.head.head):
        governing = verb.head.head
    else:
        return None
    if lemma(governing) in ctx.lexicon.reporting_verbs:
        if governing.dep_ == "parataxis":
            return governing.head  # "Russia and Turkey stalled it, diplomats said, with ...": said is set into the report
        reported = [c for c in governing.children if c.dep_ == "ccomp" and c.i < verb.i]
        return reported[-1] if reported else governing
    return governing


def _nearest_plural_subjects(ctx: SentenceContext, governing: Token, verb: Token) -> list[Token]:
    """The subjects "each" picks from: those of the governing clause, or of a clause set into it before `verb` that
    names two actors or more, the nearest first ("The truce brokered by Moscow and Ankara held, both the LNA and
    the GNA said, although each accused the other": each of the LNA and the GNA)."""
    def subjects_of(clause: Token) -> list[Token]:
        # a passive's doers are its by-phrase ("a truce accepted by both the GNA and the LNA, though each ...")
        passive = any(c.dep_ == "auxpass" for c in clause.children)  # (not "a truce brokered by X held, though each ...")
        agents = [p for c in clause.children if c.dep_ == "agent" for p in objects(c)] if passive else []
        # subjects that name actors ("a truce brokered by X and Y held, though each ...": not the truce's brokers)
        return [s for s in agents or [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] if any(x.i in ctx.mention_at for x in (s, *s.conjuncts))]

    clauses = [governing, *(c for c in governing.children if c.dep_ in ("parataxis", "conj", "ccomp") and c.i < verb.i and is_verb(c))]
    if governing.dep_ == "conj" and is_verb(governing.head):
        # "Both the GNA and the LNA welcomed the call, but fighting intensified, with each side blaming the other": the
        # clause the governing one is joined to
        clauses.append(governing.head)
    # ("..., with both the GNA and the LNA saying they would respect it, though each ...": the with-clause's subjects)
    clauses += [p for c in governing.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pcomp" and p.i < verb.i and is_verb(p)]
    if governing.dep_ == "ccomp" and lemma(governing.head) in ctx.lexicon.reporting_verbs and governing.head.i < verb.i:
        clauses.append(governing.head)  # "The fighting eased, Egypt and Turkey said, although each ...": the reporters
    plural = [c for c in clauses if len({m.actor_id for s in subjects_of(c) for m in ctx.group(s)}) >= 2]
    nearest = max(plural, key=lambda c: max(s.i for s in subjects_of(c)), default=governing)
    return subjects_of(nearest)


def _reciprocal_object(verb: Token) -> Token | None:
    """"each other" / "one another" as the verb's object or its preposition's object."""
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    candidates += [p for c in verb.children if c.dep_ == "prep" for p in objects(c)]
    for word in candidates:
        words = {word.lower_, *(c.lower_ for c in word.children if c.dep_ in ("det", "nummod", "amod"))}
        if words in ({"each", "other"}, {"one", "another"}):
            return word
        if words == {"the", "other"} and _each_subject(verb) is not None:
            return word  # "each accuses the other", "Egypt and Turkey each accuse the other"
    return None


def _each_subject(verb: Token) -> Token | None:
    """The subject "each" stands on: the subject itself ("each accuses the other": "each" is it) or a list with a
    floating "each" ("Egypt and Turkey each accuse the other"); "both" as loosely ("both camps accuse the other")."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in ("each", "both") or any(c.lower_ in ("each", "both") and c.dep_ in ("appos", "det", "advmod", "preconj") for c in subject.children):
            return subject
    return None


@construction("joint-action")
def joint_action(ctx: SentenceContext, frame: Frame) -> None:
    """"Sudan and Chad agreed to deploy joint forces along their border", "Egypt and Greece held
    joint naval exercises": those who act jointly back each other."""
    noun = frame.trigger
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if not is_verb(verb):
        return
    acting, _, subject_is_patient = ctx.subjects(verb, is_passive(verb))
    while not acting and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head  # "agreed to deploy joint forces": the ones who agreed
        acting, _, subject_is_patient = ctx.subjects(verb, is_passive(verb))
    partners = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) for m in ctx.group(p)]
    sides = distinct_actors([*acting, *partners])
    if subject_is_patient or len(sides) < 2:
        return
    frame.pairs.extend((a, b, "support") for a in sides for b in sides if a.actor_id != b.actor_id)
    frame.fire("joint-action")


@construction("proxy-backer")
def proxy_backer(ctx: SentenceContext, frame: Frame) -> None:
    """"Mercenaries paid by Moscow fight for the LNA", "fighters funded by Turkey and serving
    in the ranks of the GNA": a group no actor names acts for Y; whoever pays, arms or sends
    it (lexicon.sponsor_participles) backs Y. A group no actor names that fights Y ("Troops sent by Turkey fought
    Haftar's forces", "Reinforcements from Misrata, sent by the GNA, pushed Haftar's units back") is its sponsor's
    force against Y."""
    helped = [(m, r) for m, r in frame.patients if r == "support"]
    # (a group that fights someone acts for whoever sent it there, not for whoever backs it: "militias supported by
    # Turkey bombed Tarhuna" says nothing of Turkey's part)
    sending_only = not helped
    if not helped and not frame.agents and frame.relation == "opposition" and frame.family == "verb":
        helped = [(m, r) for m, r in frame.patients if r == "opposition"]
    if not helped:
        return
    if frame.agents:
        _named_group_sponsors(ctx, frame, helped)
        return
    sponsor = frame.trigger.head if frame.trigger.dep_ in ("xcomp", "advcl") and is_passive(frame.trigger.head) else None
    if sponsor is not None and lemma(sponsor) in ctx.lexicon.sponsor_participles:
        # "Sudanese fighters were recruited by the UAE to fight alongside Haftar's forces"
        sent = next((c for c in sponsor.children if c.dep_ == "nsubjpass"), None)
        backers = [m for by in _by_phrases(sponsor) for p in objects(by) for m in ctx.group(p)]
        if sent is not None and sent.i not in ctx.mention_at and backers:
            frame.agents, frame.patients = backers, helped
            frame.fire("proxy-backer")
            return
    group = _acting_group(frame.trigger)
    if group is None or group.i in ctx.mention_at:
        return
    backers = _passive_sponsors(ctx, group, sending_only)
    if backers:
        frame.agents, frame.patients = backers, helped
        frame.fire("proxy-backer")


def _named_group_sponsors(ctx: SentenceContext, frame: Frame, helped: list) -> None:
    """"Wagner mercenaries funded by the UAE fight for Haftar", "The UAE financed Wagner fighters who fight
    for Haftar": a group an actor names acts for Y, and whoever pays, arms or sends it backs Y as well."""
    verb = frame.trigger
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "Wagner mercenaries ... continue to fight for Haftar"
    group = _acting_group(verb)
    if group is not None and group.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        group = verb.head
    if group is None or not any(t.i in ctx.mention_at for t in (group, *group.children) if t.i <= group.i):
        return  # ("Wagner mercenaries": the name may be the group noun's modifier)
    backers = _passive_sponsors(ctx, group)
    sponsor = group.head
    if group.dep_ == "dobj" and lemma(sponsor) in ctx.lexicon.sponsor_participles and not is_passive(sponsor):
        acting, _, subject_is_patient = ctx.subjects(sponsor, False)
        backers += [] if subject_is_patient else acting
    named = {m.actor_id for m, _ in frame.patients} | {m.actor_id for m in frame.agents}
    backers = [m for m in distinct_actors(backers) if m.actor_id not in named]
    if backers:
        frame.pairs.extend((backer, m, "support") for backer in backers for m, _ in helped)
        frame.fire("proxy-backer")


def _passive_sponsors(ctx: SentenceContext, group: Token, sending_only: bool = False) -> list:
    """Who the group's participles or relative clauses of sponsoring name in their by-phrases ("paid by Moscow");
    with `sending_only`, of sending (transfer_verbs: "sent by the GNA")."""
    clauses = [c for c in group.children if c.dep_ in ("acl", "relcl")]
    # "Reinforcements from Misrata, sent by the GNA, ...": the parser may hang a participle set off after the group's
    # from-phrase on the place
    clauses += [
        c for f in group.children if f.dep_ == "prep" and f.lower_ == "from" for p in objects(f) for c in p.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.doc[c.i - 1].text == ","
    ]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]  # "who continue to be recruited by Turkey"
    return [
        m
        for participle in clauses
        if lemma(participle) in ctx.lexicon.sponsor_participles and (not sending_only or lemma(participle) in ctx.lexicon.transfer_verbs)
        for by in _by_phrases(participle)
        # "paid by Moscow fight": the parser may take the name after "by" for the next word's modifier
        for p in objects(by) or [t for t in (by.doc[by.i + 1],) if t.i in ctx.mention_at]
        for m in ctx.group(p)
    ]


def _by_phrases(participle: Token) -> list[Token]:
    """The participle's by-phrases, also where an adverb took them ("paid reportedly by Moscow")."""
    return [
        t
        for t in participle.subtree
        if (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"))
        and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == participle.i
    ]


def _acting_group(verb: Token) -> Token | None:
    """The noun that acts in the verb's clause: its subject, or the noun a participle
    ("serving in the ranks of") modifies, through a coordination ("paid by X and serving")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    if verb.dep_ in ("advcl", "xcomp") and is_to_infinitive(verb):
        # "gunmen recruited by the UAE reached Benghazi to fight for the LNA", "were flown to Benghazi to
        # reinforce the LNA": a purpose clause's doer is the subject of the clause it is the purpose of
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ in ("acl", "relcl") and node.head.pos_ == "NOUN" else None


@construction("co-agent")
def co_agent(ctx: SentenceContext, frame: Frame) -> None:
    """"France backs Haftar together with Egypt", "Russia arms Haftar alongside the UAE":
    the object of a co-agent preposition acts beside the subject on the same patient; so do those a statement
    was made jointly with ("condemned Turkish meddling in a joint statement with France and Greece")."""
    if frame.relation not in ("support", "opposition") or not frame.agents:
        return
    token = frame.trigger
    if not is_verb(token):
        place = token  # "threw its weight behind Haftar along with Egypt": the light verb's
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
        if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lower_ == "one":
            place = place.head.head  # "described as one of Haftar's key patrons"
        if place.dep_ == "pobj" and place.head.lower_ == "as" and is_verb(place.head.head):
            place = place.head  # "Turkey, alongside Qatar, has emerged as the GNA's patron"
        elif place.dep_ not in ("dobj", "attr") or not is_verb(place.head):
            return
        token = place.head
    patients = {m.actor_id for m, _ in frame.patients}
    preps = co_agent_preps(ctx, token, {m.actor_id for m in frame.agents}) if frame.relation == "support" else []
    partners = [
        m
        for prep in [*preps, *_joint_statement_partners(ctx, token)]
        for p in objects(prep)
        for m in ctx.group(p)
        if m.actor_id not in patients
    ]
    if partners and patients:
        frame.agents.extend(m for m in partners if m not in frame.agents)
        frame.fire("co-agent")


def _joint_statement_partners(ctx: SentenceContext, verb: Token) -> list[Token]:
    """"in a joint statement with France and Greece", "in a joint declaration with Cairo": the with-phrase of a
    statement (wire_statement_nouns, document_nouns) made jointly (joint_words), in an in-phrase on the verb."""
    # (the parser may hang the phrase on the object, or on a clause inside it: "condemned what they called Turkish
    # meddling in Libya in a joint statement with France")
    objects_of = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects_of, *(r for o in objects_of for r in o.children if r.dep_ in ("relcl", "acl"))]
    statements = [
        p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for p in objects(c)
        if (lemma(p) in ctx.lexicon.wire_statement_nouns or lemma(p) in ctx.lexicon.document_nouns)
        and any(a.lower_ in ctx.lexicon.joint_words for a in p.children if a.dep_ in ("amod", "compound"))
    ]
    return [c for s in statements for c in s.children if c.dep_ == "prep" and c.lower_ == "with"]


def co_agent_preps(ctx: SentenceContext, verb: Token, acting: set[str]) -> list[Token]:
    """"alongside X" on the verb or its object; "together / along / jointly with X", where the
    parser hangs "with" on the adverb."""
    found = []
    # on the verb, its subject ("Egypt, together with the UAE, backs"), its object or the object list's last
    # conjunct ("arms [the LNA, Chad and Niger alongside Russia]")
    # a subject when it is the one acting ("Paris, alongside Abu Dhabi, is described as Haftar's patron"), not
    # when it is acted on ("Haftar, alongside Sarraj, was backed by the UAE")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and {m.actor_id for m in ctx.group(c)} & acting)]
    # or the subject the verb inherits: "The UAE, alongside Egypt, has been accused of arming Haftar"
    controller = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "xcomp" else None
    if controller is not None:
        holders += [c for c in controller.children if c.dep_ in ("nsubj", "nsubjpass")]
    # or on the role after "as": "is widely seen as Haftar's main backer, alongside the UAE"
    holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in objects(c)]
    holders += [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    # "Haftar, alongside Sarraj, was backed by the UAE": set off before a passive verb, beside its subject, which is
    # acted on (but "Paris, alongside Abu Dhabi, is described as Haftar's patron": that subject acts)
    beside_patient = is_passive(verb) and not any(h.dep_ == "nsubjpass" for h in holders)
    for holder in holders:
        for c in holder.children:
            if holder.i == verb.i and beside_patient and c.i < verb.i:
                continue
            adverbs = [f"{a.lower_} {prep_text(c)}" for a in c.children if a.dep_ == "advmod" and a.i < c.i]
            inner = [w for w in c.children if w.dep_ == "prep" and f"{c.lower_} {w.lower_}" in ctx.lexicon.co_agent_preps]
            # (a preposition the parser gave another label: "The UAE, together with Egypt and Russia, backs")
            is_prep = c.dep_ == "prep" or (c.pos_ == "ADP" and c.dep_ in ("relcl", "acl", "appos"))
            if is_prep and inner:
                found.extend(inner)  # "along with Egypt": the parser hangs "with" on "along"
            elif is_prep and (prep_text(c) in ctx.lexicon.co_agent_preps or any(a in ctx.lexicon.co_agent_preps for a in adverbs)):
                found.append(c)
            elif c.dep_ == "advmod" and any(f"{c.lower_} {w.lower_}" in ctx.lexicon.co_agent_preps for w in c.children if w.dep_ == "prep"):
                found.extend(w for w in c.children if w.dep_ == "prep")
    return found


def _user_of_instrument(ctx: SentenceContext, agent: Token) -> list:
    """"GNA forces were targeted by Russian Grad rockets fired by Wagner mercenaries", "hit by drones operated by the
    UAE": a by-phrase's thing that a participle with a by-phrase of its own describes was used by that one, whatever
    made it; empty when the phrase names its doer itself."""
    return [
        m
        for acl in agent.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for c in acl.children
        if c.dep_ == "agent"
        for p in objects(c)
        for m in ctx.group(p)
    ] if agent.i not in ctx.mention_at or ctx.mention_at[agent.i].root.i != agent.i else []


@construction("passive")
def passive(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar is backed by Egypt": the by-phrase acts on the subject."""
    token = frame.trigger
    # "recognized by the UN and backed militarily by Turkey": a participle coordinated with a passive one, or
    # with a reduced relative (the tagger may read it VBD), is passive too
    head = token.head
    reduced_relative = head.dep_ == "acl" and head.tag_ == "VBN"
    passive_clause = (
        is_passive(token)
        or (token.dep_ == "conj" and token.tag_ in ("VBN", "VBD") and (is_passive(head) or reduced_relative) and not any(c.dep_ == "dobj" for c in token.children))
        or (token.dep_ == "conj" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children))
    )
    holders = [token]
    if passive_clause and not any(c.dep_ == "agent" for c in token.children):
        # "funded and equipped chiefly by Russia": coordinated participles share one by-phrase; a clause
        # with a by-phrase of its own ("..., while the GNA is backed by Turkey") shares none
        coordinated = [token.head] if token.dep_ == "conj" else []
        holders += [c for c in (*coordinated, *token.conjuncts) if c.tag_ == "VBN" and c.i != token.i]
    by = [
        m
        for holder in holders
        for c in holder.children
        if c.dep_ == "agent" or (passive_clause and c.dep_ == "prep" and c.lower_ == "by")
        for p in objects(c)
        for m in _user_of_instrument(ctx, p) or ctx.group(p)
    ]
    frame.agents.extend(m for m in by if m not in frame.agents)
    if passive_clause and by:
        frame.fire("passive")


@construction("relative-clause")
def relative_clause(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar, who is supported by Egypt", "the commander Egypt backs" (the object is the antecedent)."""
    token = frame.trigger
    passive_verb = is_passive(token)
    if token.dep_ == "xcomp" and frame.relation and not passive_verb and not frame.patients:
        _object_relative_of_xcomp(ctx, frame, token)
        return
    if token.dep_ != "relcl" and not (token.dep_ == "acl" and not passive_verb):
        return
    if (
        token.dep_ == "relcl"
        and frame.relation
        and not passive_verb
        and not frame.patients
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children)
        and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS and not any(w.lower_ == "whose" for w in c.children) for c in token.children)
    ):  # not "Chad and Sudan, whose nationals fight on both sides": that subject is the antecedent's
        # (nor the clause's own subjects: "an agreement Russia and Turkey had brokered" names no one it was brokered with)
        settlement = _settlement_of_relative(ctx, token) if frame.relation == "mediation" else None
        if settlement is not None:
            # "Haftar refused to sign an agreement Russia and Turkey had brokered": the parties of what was brokered
            described = _settlement_parties(ctx, settlement)
        else:
            described = ctx.antecedent(token, None)
        frame.patients.extend((m, frame.relation) for m in frame.others(described))
    frame.fire("relative-clause")


def _object_relative_of_xcomp(ctx: SentenceContext, frame: Frame, verb: Token) -> None:
    """"the government, which Haftar's forces are trying to topple", "Haftar, whom Egypt continues to arm": a relative
    pronoun object of an infinitive or gerund under the relative clause's verb stands for what the relative clause
    describes."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom")), None)
    clause = verb.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if pronoun is None or clause.dep_ != "relcl" or clause.head.i not in ctx.mention_at:
        return  # (a named antecedent: not "a shift that Cairo appears to have encouraged", an act named before)
    described = ctx.antecedent(clause, pronoun)
    frame.patients.extend((m, frame.relation) for m in frame.others(described))
    if frame.patients:
        frame.fire("relative-clause")


# Beyond this many brought together, they are a conference's attendees, not parties to one another.
EXAMPLE_MARKERS = frozenset({"including", "among", "such", "like", "notably", "especially"})


def _named_as_example(mention: ActorSpan, verb: Token) -> bool:
    """Whether a verb's object names the actor only as an example of a larger group ("hosted Libya's neighbours,
    among them Tunisia and Egypt", "including Egypt"): a conference of more than those it lists."""
    node = mention.root
    while True:
        if node.lower_ in EXAMPLE_MARKERS or any(c.dep_ == "prep" and c.i < node.i and c.lower_ in EXAMPLE_MARKERS for c in node.children):
            return True  # (the parser may hang "among them" on the first name it introduces)
        if node.head.i in (verb.i, node.i):
            break
        node = node.head
    # "..., among them [the Republic of Tunisia, Egypt ...]" read as the verb's own object
    start = node.left_edge.i
    return node.head.i == verb.i and start > 0 and node.doc[start - 1].lower_ in ("including", "them", "notably", "especially")


MAX_CONVENED_PARTIES = 3


def _settlement_of_relative(ctx: SentenceContext, clause: Token) -> Token | None:
    """The peace noun a relative clause of brokering describes: its head, or the noun whose between-phrase the
    parser hung the clause on ("a ceasefire between the GNA and the LNA, which Russia brokered")."""
    noun = clause.head
    while not ctx.names_peace(noun) and noun.dep_ in ("conj", "pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return noun if ctx.names_peace(noun) and noun.pos_ == "NOUN" else None


def _settlement_parties(ctx: SentenceContext, noun: Token) -> list:
    """Who a settlement is between: its between-phrase, or those who sign, agree or accept it (the subjects of the
    verb it is the object of: "the GNA and the LNA signed a ceasefire that ...")."""
    parties = ctx.between_parties(noun)
    if not parties and noun.dep_ == "dobj" and is_verb(noun.head) and lemma(noun.head) in ctx.lexicon.signing_participles:
        parties = list(ctx.subjects(noun.head, is_passive(noun.head))[0])
    return parties


def _met_together(ctx: SentenceContext, verb: Token, patients: list) -> bool:
    """"met with Sisi and Haftar": every one met is in the one with-phrase, and not "separately"."""
    if any(c.dep_ == "advmod" and c.lower_ in ctx.lexicon.apart_adverbs for c in verb.children):
        return False
    met = {m.actor_id for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) for m in ctx.group(p)}
    return len(met) >= 2 and met == {m.actor_id for m in patients}


@construction("support-against")
def support_against(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey backed the GNA against the LNA", "military support to the GNA against
    Haftar": the backed side is fighting whoever the support is against."""
    backed = [m for m, relation in frame.patients if relation == "support"]
    if not backed:
        _defended_place_against(ctx, frame)
        return
    holders = [frame.trigger]
    if frame.family == "noun" and frame.trigger.head.i != frame.trigger.i:
        holders.append(frame.trigger.head)  # "provided support to the GNA against Haftar"
    # The parser often hangs "against" on the object: "backed [the GNA against the LNA]".
    # "backed [the GNA, India and Botswana against the LNA]": the last conjunct can carry it too.
    holders.extend(o for c in frame.trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts))
    holders.extend(_of_objects(frame.trigger))  # "the defence of [the capital's suburbs against Haftar]"
    # "supports the GNA in the conflict against Haftar", "in its war against": the fight the backing is in
    holders.extend(
        p
        for h in list(holders)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in objects(c)
        if (cue := ctx.lexicon.nouns.get(lemma(p))) is not None and cue.relation == "opposition"
    )
    against = [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against" for p in objects(c) for m in ctx.group(p)]
    pairs = [(b, a, "opposition") for b in backed for a in against if a.actor_id != b.actor_id]
    if pairs:
        # "Greece and Cyprus have aligned with Egypt against Turkish claims", "Turkey will continue to support the
        # GNA against Haftar": who takes a side, or backs it, against Y opposes Y too
        pairs += [(g, a, "opposition") for g in frame.agents for a in against if a.actor_id != g.actor_id]
    if pairs:
        frame.pairs.extend(pairs)
        frame.fire("support-against")


def _of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's of-phrase ("the defence of the capital")."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)] if noun.pos_ == "NOUN" else []


# The cue categories of force: what one defends a place against ("against Haftar's offensive"), not words ("against
# Turkish criticism").
FORCE_CATEGORIES = frozenset({"assault", "fight", "mobilize", "coerce", "threaten"})


def _aid_carried_to(ctx: SentenceContext, carrier: Token) -> list[ActorSpan]:
    """"struck a convoy carrying supplies to Haftar's forces", "seized a ship carrying weapons to the GNA": what is
    attacked carries aid (a participle of carrying or sending, wire_cargo_participles or transfer_verbs, with aid as
    its object) to someone, who is the one hit."""
    for participle in carrier.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBG":
            continue
        if lemma(participle) not in ctx.lexicon.wire_cargo_participles and lemma(participle) not in ctx.lexicon.transfer_verbs:
            continue
        carried = [o for o in participle.children if o.dep_ == "dobj"]
        if any(ctx.is_aid(o) for o in carried):
            return [
                m for h in (participle, *carried) for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                for o in objects(p) for m in ctx.group(o)
            ]
    return []


def _defended_place_against(ctx: SentenceContext, frame: Frame) -> None:
    """"joined the defence of the southern suburbs against Haftar's troops", "protected the airport against LNA
    drones": who defends a place no actor stands for against someone opposes them. Only forces, arms or a hostile act
    are defended against (not "defended its decision against Turkish claims")."""
    if lemma(frame.trigger) not in ctx.lexicon.defending_words or not frame.agents:
        return
    # (the parser hangs "against" on the verb, its object or the noun's of-object: "the defence of [the suburbs against ...]")
    holders = [frame.trigger, *(c for c in frame.trigger.children if c.dep_ == "dobj"), *_of_objects(frame.trigger)]
    against = [
        m
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for p in objects(c)
        if p.i in ctx.mention_at or lemma(p) in ctx.lexicon.aid_nouns or getattr(ctx.lexicon.nouns.get(lemma(p)), "category", None) in FORCE_CATEGORIES
        for m in ctx.group(p)
    ]
    own = {m.actor_id for m in frame.agents}
    pairs = [(g, a, "opposition") for g in frame.agents for a in against if a.actor_id not in own]
    if pairs:
        frame.pairs.extend(pairs)
        frame.fire("support-against")


# The cue categories of a reaction to an act ("condemned", "rejected", "protested", "welcomed", "backed"): not one of
# doing it ("a measure it took", "an offensive it launched").
REACTION_CATEGORIES = frozenset({"accuse", "reject", "protest", "cooperate", "alignment", "aid"})


@construction("act-apposition")
def act_apposition(ctx: SentenceContext, frame: Frame) -> None:
    """"The EU launched Operation Irini, a move criticised by the GNA", "..., a move Turkey rejected as null
    and void": a reaction to the act named after the clause is a reaction to whoever did it (the clause's
    subject)."""
    token, act = frame.trigger, frame.trigger.head
    if token.dep_ not in ("acl", "relcl") or act.i == 0:
        return
    if act.doc[act.left_edge.i - 1].text != ",":
        # "struck the airport in a raid condemned by the GNA", "in a move Rome criticised": an act or attack noun in
        # an in-phrase on the clause names what it did
        # (praise of a move for peace backs the peace, not its makers: "called for a ceasefire, in a move welcomed by
        # the UN")
        peace = frame.relation == "support" and sentence_topic(ctx.sent, ctx.lexicon).settlement
        reaction = frame.cue is not None and frame.cue.category in REACTION_CATEGORIES  # not "in any measure it took"
        if in_phrase_on_clause(act) and ctx.did_in_clause(act) and reaction and not peace:
            _react_to_clause(ctx, frame, token, act, None)
        return
    proposed = _restated_proposal(ctx, act)
    said = _saying_summed_up(ctx, act)
    if lemma(act) not in ctx.lexicon.act_nouns and proposed is None and said is None:
        return
    if proposed is None and said is None and lemma(token) in ctx.lexicon.gratitude_verbs and not _aid_or_force_step(ctx, clause_above(act)):
        # "Egypt reopened its embassy in Tripoli, a move welcomed by the GNA", "Sarraj said he would hand over power,
        # a decision hailed by Washington": praise of a step backs whoever took it only when the step is aid or force
        # ("Turkey sent troops to Libya, a step welcomed by the GNA"); a proposal welcomed still backs its author
        return
    _react_to_clause(ctx, frame, token, act, proposed, said)


# The cue categories of a step that takes a side: giving aid, fighting, striking.
SIDE_STEP_CATEGORIES = frozenset({"aid", "alignment", "assault", "fight", "mobilize", "coerce", "sanction"})


def _aid_or_force_step(ctx: SentenceContext, clause: Token | None) -> bool:
    """Whether a clause's verb is a step of aid or force: a cue of those categories ("seized Sirte", "armed the
    LNA"), or a verb of sending with aid as its object ("sent troops to Libya")."""
    if clause is None:
        return False
    cue = ctx.lexicon.verbs.get(lemma(clause))
    if cue is not None and cue.category in SIDE_STEP_CATEGORIES:
        return True
    return lemma(clause) in ctx.lexicon.transfer_verbs and any(c.dep_ == "dobj" and lemma(c) in ctx.lexicon.aid_nouns for c in clause.children)


def _react_to_clause(ctx: SentenceContext, frame: Frame, token: Token, act: Token, proposed: Token | None, said: Token | None = None) -> None:
    """The reaction `token` (a participle or relative clause on the act noun `act`) to the clause the act sums up is
    a reaction to whoever did it (the clause's subject, or the proposal's authors)."""
    if token.dep_ == "acl":
        reacting = [m for c in token.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    elif is_passive(token) or any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in token.children):
        return  # the act is not what the clause's verb acts on
    else:
        reacting = [m for c in token.children if c.dep_ == "nsubj" for m in ctx.group(c)]
    # (past a clause that only describes a noun: "accepted a mandate to rule Libya, a move rejected by ...")
    clause = proposed.head if proposed is not None else said or clause_above(act)
    if not reacting or clause is None or not frame.relation:
        return
    own = {m.actor_id for m in reacting}
    doers = [m for m in ctx.subjects(clause, is_passive(clause))[0] if m.actor_id not in own]
    if proposed is not None:
        doers = _proposal_authors(ctx, proposed, doers, own)
    if frame.relation == "support" and ctx.makes_peace(clause, act) and joint_peace_act(ctx, frame, doers, [t for t in clause.subtree if t.i < act.left_edge.i]):
        return  # "Sarraj and Saleh announced a ceasefire, a move welcomed by Egypt": the peace is backed, not its sides
    if frame.relation == "support" and proposed is not None and doers and side_answers_outsider(ctx, reacting, doers):
        # "Salame presented a peace plan, an initiative the GNA welcomed": a side answers a go-between
        frame.relation = "mediation"
    if doers:
        frame.agents = reacting
        frame.patients = [(m, frame.relation) for m in doers]
        frame.fire("act-apposition")


def side_answers_outsider(ctx: SentenceContext, answering: list, proposers: list) -> bool:
    """Whether those who answer a proposal are all sides of the war (conflict_sides) and those who made it all
    outsiders to it: welcoming or accepting it answers a go-between's mediation, and backs no one."""
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    return bool(answering) and bool(proposers) and all(m.actor_id in sides for m in answering) and not any(m.actor_id in sides for m in proposers)


def _saying_summed_up(ctx: SentenceContext, noun: Token) -> Token | None:
    """"Turkey insisted its troops were not covered, a position Paris contested", "the GNU said all mercenaries must
    leave, a remark Akar rejected": a noun of a stated view (stated_view_nouns) set off after a clause sums up what was
    said; the verb of saying above it (reporting_verbs, demand_verbs), whose speaker is the one reacted to. None when
    no such verb is above the noun."""
    lex = ctx.lexicon
    if lemma(noun) not in lex.stated_view_nouns:
        return None
    return next((a for a in noun.ancestors if is_verb(a) and (lemma(a) in lex.reporting_verbs or lemma(a) in lex.demand_verbs)), None)


def _restated_proposal(ctx: SentenceContext, noun: Token) -> Token | None:
    """"Egypt unveiled a truce plan, flanked by Haftar, a proposal the GNA dismissed", "Russia announced a roadmap,
    standing next to Haftar, an initiative the GNA rejected": a proposal noun (a noun cue of the request category)
    set off after a clause restates the proposal that clause made (the object of a verb above it, a proposal or a
    peace noun), wherever the parser hangs it, and a pact noun (pact_nouns) the pact it made ("signed an agreement, a
    deal Ankara condemned"); returns that object."""
    if lemma(noun) in ctx.lexicon.pact_nouns:
        return ctx.restated_pact(noun)
    if ctx.lexicon.category_of.get(("nouns", lemma(noun))) != "request":
        return None
    for verb in (a for a in noun.ancestors if is_verb(a)):
        made = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
        found = next((c for c in made if ctx.lexicon.category_of.get(("nouns", lemma(c))) == "request" or ctx.names_peace(c) or _halt_to_fighting(ctx, c)), None)
        if found is not None:
            return found
    return None


def _halt_to_fighting(ctx: SentenceContext, noun: Token) -> bool:
    """"a halt to military operations", "an end to the fighting", "a stop to its attacks": a noun of ceasing (ceasing_verbs)
    whose to-, of- or in-phrase names a war word or a hostile act: a truce in other words."""
    lex = ctx.lexicon
    if lemma(noun) not in lex.ceasing_verbs:
        return False
    ended = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "in") for o in objects(c)]
    return any(lemma(o) in lex.war_topics or getattr(lex.nouns.get(lemma(o)), "relation", None) == "opposition" for o in ended)


def _proposal_authors(ctx: SentenceContext, proposal: Token, subjects: list, own: set[str]) -> list:
    """Who made a restated proposal: its own possessor or modifier ("rejected Egypt's plan, a proposal Turkey also
    dismissed" is Egypt's), else the subject of the verb that made it, if that verb made it (not one that answered it:
    answering_verbs, refusal_verbs, an opposition cue)."""
    named = [m for c in proposal.children if c.dep_ in ("poss", "amod", "compound") for m in ctx.group(c, follow_conj=False) if m.actor_id not in own]
    if named:
        return named
    verb = proposal.head
    lex = ctx.lexicon
    # ("turned down the truce": the verb with its particle)
    words = [lemma(verb), *(f"{lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt")]
    # (signing a pact makes it; signing a proposal answers it)
    answering = lex.answering_verbs if lemma(proposal) not in lex.pact_nouns else frozenset()
    if any(w in answering or w in lex.refusal_verbs or getattr(lex.verbs.get(w), "relation", None) == "opposition" for w in words):
        return []
    return subjects


@construction("conditional-threat")
def conditional_threat(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt threatened to intervene if the GNA advanced on Sirte": a threat on a
    condition about X opposes X."""
    token = frame.trigger
    if lemma(token) not in ctx.lexicon.conditional_threat_verbs:
        return
    conditions = [
        clause
        for clause in token.subtree
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)
    ]
    named = [m for clause in conditions for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for m in ctx.group(c)]
    named += ctx.backers_named_on(named)  # "if the Turkish-backed forces advanced": Turkey too
    if frame.agents and named:
        frame.patients.extend((m, "opposition") for m in frame.others(named))
        frame.fire("conditional-threat")


@construction("severed-ties")
def severed_ties(ctx: SentenceContext, frame: Frame) -> None:
    """"Saudi Arabia cut diplomatic ties with Qatar", "broke off relations with": whoever
    cuts a bond opposes the other side (bonds themselves say nothing: "its relations with")."""
    token = frame.trigger
    relation = frame.relation
    bonds = [c for c in token.children if c.dep_ == "dobj" and (lemma(c) in ctx.lexicon.bond_nouns or _cooperation_pact(ctx, c))]
    if not bonds:
        if relation == "opposition":
            _cut_aid(ctx, frame)
        return
    subjects, frame.inherited, subject_is_patient = ctx.subjects(token, is_passive(token))
    others = [
        m
        for holder in (token, *bonds)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in objects(c)
        for m in ctx.group(p)
    ]
    if subject_is_patient or not subjects:
        return
    own = {m.actor_id for m in subjects}
    if not others:
        # "The African Union suspended Mali's membership", "froze Turkey's cooperation": the bond's other owner
        others = [m for bond in bonds for c in bond.children if c.dep_ == "poss" for m in ctx.group(c) if m.actor_id not in own]
    if relation == "support" and len({m.actor_id for m in others} & {side.actor for side in ctx.lexicon.conflict_sides}) >= 2:
        if not any(lemma(b) in ctx.lexicon.contact_nouns for b in bonds):
            return  # ties with both sides of the war: a broker's, no side's backer
        # contacts kept with both sides: read on, and contacts-with-sides makes them mediation
    if not others and relation == "support":
        others = [m for m in _met_counterparts(ctx, token) if m.actor_id not in own]
    if not others:
        if all(lemma(b) in ctx.lexicon.activity_bonds for b in bonds):
            return  # "the GNA and the LNA announced they would halt operations": their own fighting, no bond between them
        # "Turkey and Israel restored full diplomatic ties", "Qatar and Egypt cut ties": with each other (ties a side of
        # the war strengthens with outsiders are theirs backing it: pact_backs)
        sides = distinct_actors(subjects)
        if len(sides) < 2:
            return
        frame.pairs.extend(
            (a, b, relation) for a in sides for b in sides if a.actor_id != b.actor_id and (relation != "support" or pact_backs(ctx, sides, a, b))
        )
    else:
        frame.agents.extend(subjects)
        frame.patients.extend((m, relation) for m in others)
    frame.fire("severed-ties")


def _met_counterparts(ctx: SentenceContext, verb: Token) -> list:
    """"Erdogan hosted Sarraj in Ankara and vowed to deepen cooperation", "Sisi met Haftar and pledged to strengthen
    ties": a bond named with no partner, strengthened by whoever met someone in a clause it goes on from (through
    "vowed to", "and"), is the bond with the one met (the meeting verb's object or with-phrase)."""
    node = verb
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if lemma(node) in ctx.lexicon.meeting_verbs and not is_passive(node):
            met = [c for c in node.children if c.dep_ == "dobj"]
            met += [p for c in node.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c)]
            return [m for c in met for m in ctx.group(c)]
    return []


def _cooperation_pact(ctx: SentenceContext, noun: Token) -> bool:
    """"suspended all bilateral security agreements with France": a pact (pact_nouns) of a field of cooperation
    (cooperation_domains) is a bond, as ties are; not a pact of no field ("suspended the maritime memorandum")."""
    return lemma(noun) in ctx.lexicon.pact_nouns and any(
        lemma(c) in ctx.lexicon.cooperation_domains for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
    )


def _cut_aid(ctx: SentenceContext, frame: Frame) -> None:
    """"Germany suspended arms exports to Turkey", "froze aid to Egypt": cutting what one gives
    another opposes the other."""
    token = frame.trigger
    cut = [c for c in token.children if c.dep_ == "dobj" and any(ctx.is_aid(t) or lemma(t) in ctx.lexicon.aid_activity_nouns for t in (c, *(g for g in c.children if g.dep_ == "compound")))]
    recipients = [m for holder in (token, *cut) for c in holder.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for p in objects(c) for m in ctx.group(p)]
    subjects, frame.inherited, subject_is_patient = ctx.subjects(token, is_passive(token))
    if not cut or not recipients or subject_is_patient or not subjects:
        return
    own = {m.actor_id for m in subjects}
    givers = [m for c in cut for o in c.children if o.dep_ in ("amod", "poss", "compound") and o.i < c.i for m in ctx.group(o) if m.actor_id not in own]
    if givers:
        return  # "the EU stopped Turkish shipments to the GNA": another's aid, stopped; no bond of the EU's is cut
    frame.agents.extend(subjects)
    frame.patients.extend((m, "opposition") for m in recipients)
    frame.fire("severed-ties")


@construction("shielding")
def shielding(ctx: SentenceContext, frame: Frame) -> None:
    """"Russia vetoed a resolution condemning Haftar's offensive", "blocked a statement that would have
    criticised Haftar": blocking what would have condemned X (blocking_verbs; the content is not asserted,
    extract.relations.modality) shields X."""
    verb = frame.trigger
    if lemma(verb) not in ctx.lexicon.blocking_verbs or is_passive(verb):
        return
    shielded = [
        m
        for obj in verb.children
        if obj.dep_ == "dobj"
        for clause in obj.children
        if clause.dep_ in ("acl", "relcl") and (cue := ctx.lexicon.verbs.get(lemma(clause))) is not None and cue.relation == "opposition"
        and not _said_not_to(clause)  # "would veto any deal that did not annul the pact with Turkey" shields no one
        for target in clause.children
        if target.dep_ == "dobj"
        for m in ctx.group(target)
    ]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        shielded += _asked_to_stop(ctx, obj)
        # "vetoed sanctions against Haftar", "blocked EU sanctions on Turkey": a hostile measure aimed at X
        cue = ctx.lexicon.nouns.get(lemma(obj))
        if cue is not None and cue.relation == "opposition" and not cue.only_negated:  # (not "blocked any role for the EU")
            shielded += [m for c in obj.children if c.dep_ == "prep" and cue.preps.get(c.lower_) == "patient" for p in objects(c) for m in ctx.group(p)]
    if not shielded:
        return
    frame.agents = list(ctx.subjects(verb, False)[0])
    frame.patients = [(m, "support") for m in shielded]
    if frame.agents:
        frame.fire("shielding")


def _asked_to_stop(ctx: SentenceContext, blocked: Token) -> list:
    """"blocked an EU statement urging Haftar to stop his offensive", "a statement that would have called on the LNA
    to halt its advance": whom a blocked text asks to stop (ceasing_verbs) or to withdraw (withdrawal_verbs) is shielded
    from the demand; not both sides of the war, asked to stop fighting each other."""
    lex = ctx.lexicon
    asked = []
    for clause in (c for c in blocked.children if c.dep_ in ("acl", "relcl") and not _said_not_to(c)):
        if lemma(clause) not in lex.demand_verbs and lemma(clause) not in lex.persuasion_verbs:
            continue
        # (the parser may hang the infinitive asked for as an adverbial clause: "called on Turkey to withdraw")
        asks = [c for c in clause.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and is_to_infinitive(c))]
        stops = [s for c in asks for s in (c, *c.conjuncts) if lemma(s) in lex.ceasing_verbs or lemma(s) in lex.withdrawal_verbs]
        if not stops:
            continue
        asked += [m for c in clause.children if c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for m in ctx.group(c)]
        asked += [m for c in clause.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in objects(c) for m in ctx.group(p)]
        asked += [m for s in asked_subjects(clause) for m in ctx.group(s)]
    if len({m.actor_id for m in asked} & {side.actor for side in lex.conflict_sides}) >= 2:
        return []
    return asked


def _said_not_to(clause: Token) -> bool:
    """"a deal that did not annul the pact", "a text never condemning Haftar": the clause says what the blocked
    thing fails to do."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children) or any(
        g.dep_ == "neg" for c in clause.children if c.dep_ == "aux" for g in c.children
    )


@construction("against")
def against(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt stood against Turkey", "Damascus pledged to cooperate against Turkish intervention", "deployed
    drones against Haftar's forces": whatever the verb, its subject acts against whom the phrase names, or
    whose act it names (the lexicon's opposing_preps); in the passive, the by-phrase's actor does."""
    verb = frame.trigger
    opposed = ctx.opposed_by(verb) if lemma(verb) not in ctx.lexicon.measuring_verbs else []
    if not opposed:
        return
    if verb.dep_ in ("acl", "amod") and verb.head.i in ctx.mention_at:
        agents = ctx.group(verb.head, follow_conj=False)  # "Greece, siding with Egypt against Turkey, ..."
    else:
        agents, frame.inherited, subject_is_patient = ctx.subjects(verb, is_passive(verb))
        if subject_is_patient:
            agents = [m for c in verb.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    own = {m.actor_id for m in agents}
    frame.agents.extend(agents)
    frame.patients.extend((m, "opposition") for m in opposed if m.actor_id not in own)
    if frame.agents and frame.patients:
        frame.fire("against")


@construction("behalf")
def behalf(ctx: SentenceContext, frame: Frame) -> None:
    """"The UAE used Chinese drones for airstrikes in support of Haftar", "Wagner fighters are deployed
    on the side of the LNA": whatever the verb, its subject acts for whom the behalf phrase names
    (the lexicon's behalf_phrases; emit adds that one as the patient). A participle on a name
    ("UAE using drones in support of Haftar", a headline) has that name as its subject."""
    verb = frame.trigger
    if (cue := ctx.lexicon.verbs.get(lemma(verb))) is not None and cue.relation == "mediation":
        return  # "Algeria mediated at the request of the AU": a mediator acts as the other's agent, not its backer
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and verb.head.pos_ == "VERB":
        # "rejected the EU's mission as biased in favour of Haftar": the "as" phrase describes the object
        frame.agents.extend(ctx.described_by_as(verb.head, verb.i) or [])
    elif (as_phrase := _as_phrase_of(ctx, verb)) is not None:
        frame.agents.extend(ctx.described_by_as(*as_phrase) or [])
    elif verb.dep_ in ("acl", "amod") and verb.head.i in ctx.mention_at:
        frame.agents.extend(ctx.group(verb.head, follow_conj=False))
    elif verb.pos_ in ("NOUN", "PROPN"):
        # "Wagner operatives on the LNA side": the noun's actor, named before the phrase (not an apposition after it)
        phrase = min(c.i for c in verb.children if c.dep_ == "prep" and is_behalf_prep(c))
        nouns = [verb]
        pair = verb.head
        if verb.dep_ == "conj" and pair.i < verb.i and verb.doc[verb.left_edge.i - 1].lower_ == "and" and _own_end(pair) + 2 == verb.left_edge.i:
            # "Turkish soldiers and Syrian mercenaries on the GNA side": the phrase ends the pair "and" joins (not a
            # longer list, whose members the parser may join to one head across commas)
            nouns.append(pair)
        frame.agents.extend(m for n in nouns for m in ctx.group(n, follow_conj=False) if m.span.end <= phrase)
    else:
        subjects, frame.inherited, subject_is_patient = ctx.subjects(verb, is_passive(verb))
        if subject_is_patient:
            # (and "Wagner mercenaries entrenched / stationed alongside Haftar's forces": who is placed there, alongside_verbs)
            if lemma(verb) not in ctx.lexicon.transfer_verbs and lemma(verb) not in ctx.lexicon.alongside_verbs:
                if _authored_act(ctx, verb):
                    frame.agents.extend(subjects)  # "the Egyptian air campaign was waged in support of Haftar"
                    frame.fire("behalf")
                return
            # "Wagner contractors were deployed (by Moscow) on Haftar's side": who is sent acts for X, and who sends
            subjects = [*subjects, *(m for c in verb.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p))]
        elif lemma(verb) in ctx.lexicon.transfer_verbs:
            subjects = [*subjects, *ctx.named_sent(verb)]  # "Russia deployed Wagner operatives alongside Haftar's forces"
        frame.agents.extend(subjects)
    if frame.agents:
        frame.fire("behalf")


def _own_end(noun: Token) -> int:
    """Where a noun's own phrase ends: its subtree without its conjuncts and appositions."""
    return max([noun.i, *(t.i for c in noun.children if c.dep_ not in ("conj", "cc", "appos", "punct") for t in c.subtree)])


@construction("served-for")
def served_for(ctx: SentenceContext, frame: Frame) -> None:
    """"Sudan's RSF dispatched fighters to protect oil terminals for Haftar", "agreed to set up a training centre for the
    GNA": a verb whose "for" names whom it serves (guard, protect, escort, set up: the lexicon's preps) serves the one
    named also when the parser hangs the for-phrase on the verb's object (a thing that names no one)."""
    token, cue = frame.trigger, frame.cue
    if cue is None or frame.relation not in (None, "support") or cue.preps.get("for") != "support" or frame.patients or not frame.agents or is_passive(token):
        return
    things = [c for c in token.children if c.dep_ == "dobj" and c.i not in ctx.mention_at and not ctx.group(c) and lemma(c) not in ctx.lexicon.nouns]
    frame.face((m for t in things for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for p in objects(c) for m in ctx.group(p)), "support", "served-for")


@construction("sent-to-fight-with")
def sent_to_fight_with(ctx: SentenceContext, frame: Frame) -> None:
    """"The UAE is funding mercenaries from Sudan to fight with Haftar", "Turkey recruited Syrians to battle with the
    GNA": fighters sent, paid or recruited (sponsor_participles, transfer_verbs) to fight "with" someone fight on their
    side; who sends or pays them backs that side, and so does a force they name. Elsewhere "fought with" is a clash
    ("the GNA fought with Haftar's forces")."""
    token, cue = frame.trigger, frame.cue
    if cue is None or cue.preps.get("alongside") != "support" or frame.patients or frame.parties:
        return
    if not is_to_infinitive(token):
        return
    if token.dep_ == "acl" and token.head.dep_ == "dobj":
        sent, sender = token.head, token.head.head  # "funding [mercenaries to fight with X]"
    elif token.dep_ in ("advcl", "xcomp"):
        sender = token.head  # "funding mercenaries [to fight with X]"
        sent = next((c for c in sender.children if c.dep_ == "dobj"), None)
    else:
        return
    if sent is None or not ctx.is_aid(sent) or not is_verb(sender):
        return
    if lemma(sender) not in ctx.lexicon.sponsor_participles and lemma(sender) not in ctx.lexicon.transfer_verbs:
        return
    comrades = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) for m in ctx.group(p)]
    senders, inherited, sender_is_patient = ctx.subjects(sender, is_passive(sender))
    backers = [] if sender_is_patient else list(senders)
    backers += [m for m in ctx.group(sent) if m not in backers]
    own = {m.actor_id for m in comrades}
    backers = [m for m in backers if m.actor_id not in own]
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    if any(m.actor_id in sides for m in backers):
        return  # "the GNA sent troops to Sirte to fight with Haftar's forces": a side of the war fights the other
    if comrades and backers:
        frame.relation = "support"
        frame.agents, frame.inherited = backers, inherited
        frame.patients = [(m, "support") for m in comrades]
        frame.fire("sent-to-fight-with")


@construction("bonded-ties")
def bonded_ties(ctx: SentenceContext, frame: Frame) -> None:
    """"Dbeibah's ties with Ankara have been cemented by new defence accords", "Aguila Saleh, who has cultivated close ties
    with Moscow": ties that a bonding verb builds back the tie's other side. In the passive the tie's owner and its
    with / to partner are the two; and a tie between an actor of the war (a side, conflict_sides, or another actor that
    is no outside state or body) and an outside state or body (outsider_types) is the outsider backing it, whichever
    is named first (as foreign-backer reads "the GNA's alliance with Ankara")."""
    token = frame.trigger
    if frame.relation != "support" or lemma(token) not in ctx.lexicon.bonding_verbs:
        return
    changed = False
    if not frame.agents and not frame.patients and is_passive(token):
        bonds = [c for c in token.children if c.dep_ == "nsubjpass" and lemma(c) in ctx.lexicon.bond_nouns]
        owners = [m for b in bonds for c in b.children if c.dep_ == "poss" for m in ctx.group(c)]
        partners = [m for b in bonds for c in b.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for p in objects(c) for m in ctx.group(p)]
        own = {m.actor_id for m in owners}
        partners = [m for m in partners if m.actor_id not in own]
        if not owners or not partners:
            return
        frame.agents, frame.patients, changed = owners, [(m, "support") for m in partners], True
    if not frame.agents or not frame.patients or any(r != "support" for _, r in frame.patients):
        return
    sides = {s.actor for s in ctx.lexicon.conflict_sides}
    outside = lambda m: m.actor_id not in sides and ctx.actor_types.get(m.actor_id) in ctx.lexicon.outsider_types  # noqa: E731
    domestic = [a for a in frame.agents if not outside(a)]
    if domestic and all(outside(p) for p, _ in frame.patients):
        # (a Libyan body that is not one of the two sides, the HoR or the High Council of State, as well; in "Haftar and
        # Tanzania restored ties with Russia" only Haftar's tie is read the other way)
        frame.pairs.extend((p, a, "support") for a in domestic for p, _ in frame.patients)
        frame.agents = [a for a in frame.agents if outside(a)]
        if not frame.agents:
            frame.patients = []
        changed = True
    if changed:  # else severed-ties' reading stands as it is ("Qatar restored relations with Egypt")
        frame.fire("bonded-ties")


@construction("aimed-act")
def aimed_act(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt's parliament approved the deployment, a move aimed at the GNA", "..., a step directed against Ankara",
    "Dbeibah defended the accord, a stance that irked Athens": an act or a stated view set off after a clause
    (act_nouns, stated_view_nouns) that is aimed at someone or angers them is the clause subject's act against them."""
    token, act, lex = frame.trigger, frame.trigger.head, ctx.lexicon
    if frame.agents or not frame.patients or token.dep_ not in ("acl", "relcl"):
        return
    sentential = _sentential_reaction(ctx, frame, token)
    if lemma(act) not in lex.act_nouns and lemma(act) not in lex.stated_view_nouns and not sentential:
        return
    if not sentential and (act.i == 0 or act.doc[act.left_edge.i - 1].text != ","):
        return
    # (a stated view sums up the saying, not the clause said: "Dbeibah said the accord served Libya, a stance ...")
    clause = _saying_summed_up(ctx, act) or next((a for a in act.ancestors if is_verb(a)), None)
    if clause is None:
        return
    _clause_subject_does_it(ctx, frame, clause, "aimed-act")


def _sentential_reaction(ctx: SentenceContext, frame: Frame, clause: Token) -> bool:
    """"Egypt massed troops on the border, which angered Ankara": "which" set off by a comma as the subject of a verb of
    stirring a reaction (the rivalry cues: anger, alarm, irk) whose antecedent, as parsed, names no one stands for the
    whole clause before it (a border angers no one), when it ends the sentence."""
    which = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    if which is None or which.i == 0 or clause.doc[which.i - 1].text != "," or frame.cue is None or frame.cue.category != "rivalry":
        return False
    if any(not t.is_punct for t in clause.doc[clause.right_edge.i + 1 : clause.sent.end]):
        return False
    return clause.head.i not in ctx.mention_at and not ctx.group(clause.head)


def _clause_subject_does_it(ctx: SentenceContext, frame: Frame, clause: Token, rule: str) -> None:
    """The subject of the clause a set-off act or statement hangs on does it, unless the subject is whom it is aimed at
    ("Egypt's parliament approved the deployment, a move aimed at the GNA": Egypt's move)."""
    targets = {m.actor_id for m, _ in frame.patients}
    doers, frame.inherited, doer_is_patient = ctx.subjects(clause, is_passive(clause))
    doers = [m for m in doers if m.actor_id not in targets]
    if doers and not doer_is_patient:
        frame.agents = doers
        frame.fire(rule)


@construction("supplied-instrument")
def supplied_instrument(ctx: SentenceContext, frame: Frame) -> None:
    """"Drones supplied by Ankara struck Haftar's positions", "Jets sent by Moscow to the LNA bombed Tripoli": a weapon
    (an aid noun) that strikes names no actor of its own; whoever supplied or sent it (a participle's by-phrase) strikes
    through it, and so does whoever it was sent to. Not "Russian-made jets" (a maker) nor "drones seized from Haftar"."""
    token = frame.trigger
    if frame.relation != "opposition" or frame.agents or not frame.patients or is_passive(token):
        return
    if any(r != "opposition" for _, r in frame.patients):
        return
    # weapons and vehicles (origin_goods_nouns), not fighters: "mercenaries paid by Moscow fight for" is proxy-backer's
    weapons = [c for c in token.children if c.dep_ == "nsubj" and lemma(c) in ctx.lexicon.origin_goods_nouns and not ctx.group(c)]
    participles = [
        p for w in weapons for p in w.children
        if p.dep_ == "acl" and p.tag_ == "VBN" and (lemma(p) in ctx.lexicon.transfer_verbs or lemma(p) in ctx.lexicon.sponsor_participles)
    ]
    suppliers = [m for p in participles for c in p.children if c.dep_ == "agent" for o in objects(c) for m in ctx.group(o)]
    if not suppliers:
        return
    users = [m for p in participles for c in p.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in objects(c) for m in ctx.group(o)]
    targets = {m.actor_id for m, _ in frame.patients}
    agents = [m for m in suppliers + users if m.actor_id not in targets]
    if agents:
        frame.agents = agents
        frame.fire("supplied-instrument")


@construction("pitted-against")
def pitted_against(ctx: SentenceContext, frame: Frame) -> None:
    """"The conflict pitted Haftar's LNA against the GNA", "a war that pits Turkey against Russia": the verb sets its
    object against its against-phrase (the lexicon's `pit`); whoever does the pitting fights neither."""
    token = frame.trigger
    if lemma(token) != "pit" or is_passive(token):
        return
    first = [m for c in token.children if c.dep_ == "dobj" for m in ctx.group(c, follow_conj=True)]
    second = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for p in objects(c) for m in ctx.group(p)]
    second += [m for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "against" for p in objects(g) for m in ctx.group(p)]
    own = {m.actor_id for m in second}
    first = [m for m in first if m.actor_id not in own]
    if first and second:
        frame.pairs.extend((a, b, "opposition") for a in first for b in second)
        frame.agents, frame.patients = [], []
        frame.fire("pitted-against")


def _authored_act(ctx: SentenceContext, verb: Token) -> bool:
    """"The Egyptian air campaign was waged on Haftar's behalf", "Russian strikes, launched in support of the
    LNA": an act (a noun cue, not aid or goods) that one of authorship_verbs says was made is its owner's act, so
    its owner acts for whom the behalf phrase names; with no by-phrase (which names the maker instead)."""
    if lemma(verb) not in ctx.lexicon.authorship_verbs or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        acts = [verb.head]
    else:
        acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(acts) and all(
        a.i not in ctx.mention_at and lemma(a) in ctx.lexicon.nouns and lemma(a) not in ctx.lexicon.aid_nouns for a in acts
    )
def _annuls_a_document(ctx: SentenceContext, verb: Token) -> bool:
    """"Chose to scrap a maritime memorandum that Sarraj and Erdogan had inked", "the deal was annulled": undoing a deal, a law or
    a decree (annulled_nouns) opposes whoever made it; calling off a visit, talks or flights (same verbs) does not."""
    undone = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lemma(t) in ctx.lexicon.annulled_nouns for c in undone for t in (c, *c.conjuncts))


def _is_object(ctx: SentenceContext, mention: ActorSpan, verb: Token) -> bool:
    """Whether the mention is the verb's object itself, or a conjunct of it ("approved the unity government and
    its cabinet"), or whose government the object is ("approved Dbeibah's cabinet", cabinet_nouns); not a thing
    of its ("approved Turkey's request")."""
    head = mention.root
    if head.dep_ == "poss" or (head.dep_ == "pobj" and head.head.lower_ == "of"):
        owned = head.head if head.dep_ == "poss" else head.head.head
        if lemma(owned) in ctx.lexicon.cabinet_nouns:
            head = owned
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if verb.dep_ == "relcl" and head.i == verb.head.i and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return True  # "Wagner, which Haftar hired": the relative pronoun's antecedent is the object
    return head.dep_ == "dobj" and head.head.i == verb.i


def _body_mission(ctx: SentenceContext, noun: Token) -> bool:
    """"serving with the EU's naval mission", "a unit serving in the UN force": a mission or force
    (joint_activity_nouns) of an international body, which a member's ship or soldiers serve in from inside;
    serving there is no alignment with the body."""
    if noun.i in ctx.mention_at or lemma(noun) not in ctx.lexicon.joint_activity_nouns:
        return False
    owners = ctx.group(noun)
    return bool(owners) and all(ctx.actor_types.get(m.actor_id, "").lower() == "igo" for m in owners)


# Cue categories of physical force (relations.json _categories): what they hit, a side loses.
PHYSICAL_CATEGORIES = frozenset({"assault", "fight", "coerce"})


def _struck_aid_recipients(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """"destroyed an armoured vehicle shipped by Turkey to the GNA's troops", "hit a supply ship that was ferrying
    rockets to the GNA's fighters": aid, or what carries it, that a clause on the object says is sent to X is X's when it
    is struck (the sender, named in the clause, is not struck). Not a pronoun's X ("the trucks the Turks had
    sent to his men"): whose forces a pronoun means is too far from the act to rest an edge on."""
    return [
        m
        for obj in verb.children
        if obj.dep_ == "dobj" and ctx.is_aid(obj) and obj.i not in ctx.mention_at
        for clause in obj.children
        if clause.dep_ in ("acl", "relcl") and lemma(clause) in ctx.lexicon.transfer_verbs
        for c in clause.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for p in objects(c)
        for m in ctx.group(p)
        if m.kind != "pronoun"
    ]


def _topic_object(ctx: SentenceContext, verb: Token, child: Token) -> bool:
    """"Merkel and Putin discussed Egypt's intervention", "the two leaders discussed Sirte and the Sahel": the object of a
    verb of discussing (topic_object_verbs) is what is talked about, not whom; the counterpart is in its with-phrase
    ("discussed the crisis with Putin"), or the verb's coordinated subjects are each other's."""
    return child.dep_ == "dobj" and lemma(verb) in ctx.lexicon.topic_object_verbs


def _place_of_taken_control(mention, lexicon) -> bool:
    """"took control of Tripoli" is "took Tripoli" (_taken_place), and "took control of Ubari, a GNA bastion in the
    south" takes it from its holder (_holds_taken_place ends there too)."""
    root = mention.root
    while root.dep_ == "conj":
        root = root.head
    return mention.kind in PLACE_KINDS and of_taken_control(root, lexicon)


def _as_phrase_of(ctx: SentenceContext, word: Token) -> tuple[Token, int] | None:
    """"branded the UN envoy as biased in favour of the GNA", "a body that Cairo has dismissed as skewed in
    favour of the GNA": the parser reads "as" as a preposition on the verb with the predicate under it, or as an adverb of
    the predicate hung on the verb. The predicate describes the verb's object (none when that is a relative
    clause's gap), never its subject; but after role_verbs ("acted as", "emerged as") it is the subject's.
    Returns the verb and where the phrase starts."""
    prep = word.head
    if word.dep_ in ("amod", "pobj", "acomp", "pcomp") and prep.lower_ == "as" and prep.dep_ == "prep" and is_verb(prep.head):
        host, start = prep.head, prep.i
    elif (
        word.dep_ in ("advcl", "xcomp", "oprd") and word.tag_ in ("VBN", "VBG", "JJ") and is_verb(prep)
        and any(c.lower_ == "as" and c.dep_ in ("advmod", "mark") and c.i < word.i for c in word.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children)  # "even as Cairo's envoys clashed"
    ):
        host, start = prep, word.i
    else:
        return None
    return None if lemma(host) in ctx.lexicon.role_verbs else (host, start)


@construction("aimed-statement")
def aimed_statement(ctx: SentenceContext, frame: Frame) -> None:
    """"Athens extended its naval patrols, in a message aimed at Ankara", "sent two bombers to Jufra, in what
    diplomats termed a warning directed at Paris", "..., a display of resolve aimed at Paris": a statement or a
    display (`wire_statement_nouns`) aimed at someone, in an in-phrase on a clause or set off after it, is the clause
    subject's act against them (as aimed-act reads "a move aimed at")."""
    token = frame.trigger
    if frame.agents or not frame.patients or token.dep_ not in ("acl", "relcl") or any(r != "opposition" for _, r in frame.patients):
        return
    act = token.head
    if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.pos_ == "NOUN":
        act = act.head.head  # "a display of resolve aimed at Paris"
    if lemma(act) not in ctx.lexicon.wire_statement_nouns:
        return
    if not any(
        c.dep_ == "prep" and c.lower_ in ("at", "against") and any(p.pos_ in ("PROPN", "NOUN") and p.left_edge.tag_ != "VBG" for p in objects(c))
        for c in token.children
    ):
        return  # "a statement aimed at reassuring Turkey": what it aims at is an act, not a target
    clause = _clause_of_set_off_act(act)
    if clause is None:
        return
    _clause_subject_does_it(ctx, frame, clause, "aimed-statement")


def _clause_of_set_off_act(act: Token) -> Token | None:
    """The verb whose clause an act noun sums up: "in a statement ..." on the verb, "in what diplomats termed a
    warning ...", or the noun set off by a comma after the clause ("..., a signal directed at ...")."""
    holder = act
    if act.dep_ in ("oprd", "attr", "dobj") and is_verb(act.head) and act.head.dep_ == "pcomp" and any(c.lower_ == "what" for c in act.head.children):
        holder = act.head  # "in what diplomats termed a warning"
    if holder.dep_ in ("pobj", "pcomp") and holder.head.lower_ == "in" and holder.head.dep_ == "prep" and is_verb(holder.head.head):
        return holder.head.head
    set_off = act.left_edge.i > 0 and act.doc[act.left_edge.i - 1].text == ","
    if set_off and act.dep_ in ("appos", "npadvmod", "dobj", "conj") and act is holder:
        return next((a for a in act.ancestors if is_verb(a)), None)
    return None


@construction("referred-target")
def referred_target(ctx: SentenceContext, frame: Frame) -> None:
    """"Rome deplored the influx of mercenaries, in an unmistakable allusion to Moscow", "deplored the influx of
    foreign fighters, in an obvious allusion to the Russian deployment", "..., referring to Turkey": a hostile verb
    whose object names no one, with a phrase of reference (reference_words) on it, is aimed at whom the phrase names."""
    token = frame.trigger
    if frame.relation != "opposition" or not frame.agents or frame.patients or not is_verb(token):
        return
    lex = ctx.lexicon
    phrases = [
        c for c in token.children
        if (c.dep_ == "prep" and c.lower_ == "in" and any(lemma(p) in lex.reference_words for p in objects(c)))
        or (c.dep_ in ("advcl", "xcomp") and lemma(c) in lex.reference_words)
    ]
    heads = [p for c in phrases for p in (objects(c) if c.dep_ == "prep" else [c])]
    named = [m for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for o in objects(c) for m in ctx.group(o)]
    frame.face(named, "opposition", "referred-target")


@construction("fell-to")
def fell_to(ctx: SentenceContext, frame: Frame) -> None:
    """"Gharyan, a GNA stronghold, fell to Haftar's forces", "Tripoli would never fall to the LNA": a place that
    falls to someone is taken from whoever the text ties it to (a place standing for its actor, or described as a
    side's stronghold or as held by it); "Sirte fell to the LNA" ties Sirte to no one, and a subject that is not a
    place ("support for the plan fell to ten percent") is no one losing anything."""
    token = frame.trigger
    if lemma(token) not in ctx.lexicon.falling_verbs or frame.cue is None or frame.relation is not None:
        return
    found, frame.agents, frame.patients = frame.patients, [], []  # (only a place that falls gives an edge)
    holder = token
    while holder.dep_ == "xcomp" and holder.head.i != holder.i:
        holder = holder.head  # "Gharyan continues to fall to ..."
    if holder.dep_ in ("relcl", "acl"):
        return  # "the capital Tripoli fall to ..." read as a relative clause: the parse cannot be trusted
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    place = subject is not None and (subject.pos_ == "PROPN" or lemma(subject) in ctx.lexicon.place_nouns)
    holders = ctx.group(subject) if place else []
    if place and not holders:
        # "Gharyan, a GNA stronghold": the apposition says whose it is
        holders = [m for c in subject.children if c.dep_ == "appos" and lemma(c) in ctx.lexicon.holding_nouns for m in ctx.group(c)]
    if place and not holders:
        # "Sirte, held by forces loyal to the GNA since 2016", "Sirte, which the GNA had held": a participle or relative
        # clause of holding says whose it is
        holders = [
            m
            for c in subject.children
            if c.dep_ in ("acl", "relcl") and lemma(c) in ctx.lexicon.holding_participles
            for w in c.children
            for p in (objects(w) if w.dep_ == "agent" else [w] if w.dep_ == "nsubj" and w.lower_ not in RELATIVE_PRONOUNS else [])
            for m in ctx.group(p)
        ]
    own = {m.actor_id for m in holders}
    takers = [(m, r) for m, r in found if m.actor_id not in own]
    if holders and takers:
        frame.agents, frame.patients = holders, takers
        frame.fire("fell-to")


@construction("boarded-vessel")
def boarded_vessel(ctx: SentenceContext, frame: Frame) -> None:
    """"Algerian coastguards boarded a Russian trawler off Annaba", "the boarding of the Emirati dhow by
    Tunisian customs officers": boarding a vessel (`wire_vessel_nouns`) is a coercive act against its owner; boarding a
    plane or a bus is travel, and its frame is cleared."""
    token = frame.trigger
    if lemma(token) not in ("board", "boarding") or frame.cue is None:
        return
    if token.pos_ == "NOUN":
        boarded = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    else:
        boarded = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lemma(b) in ctx.lexicon.wire_vessel_nouns or (lemma(b) == "vessel") for b in boarded):
        frame.agents, frame.patients, frame.parties, frame.pairs = [], [], [], []
        return
    if frame.agents and frame.patients:
        frame.fire("boarded-vessel")


def _claimed_attack(ctx: SentenceContext, thing: Token) -> Token | None:
    """The attack noun a relative clause's antecedent is, or is in the place phrase of, as the object of a verb of
    claiming ("claimed a suicide bombing that killed ...", "claimed a bombing at a checkpoint that killed ...": the
    parser hangs the place on the verb); None otherwise."""
    lex = ctx.lexicon
    if thing.dep_ != "dobj":
        above = thing
        while above.dep_ in ("pobj", "prep") and above.head.i != above.i:
            above = above.head
        thing = next((c for c in above.children if c.dep_ == "dobj"), thing) if is_verb(above) and lemma(above) in lex.responsibility_taking_verbs else thing
    cue = lex.nouns.get(lemma(thing))
    return thing if thing.dep_ == "dobj" and cue is not None and cue.relation == "opposition" else None


@construction("claimed-act")
def claimed_act(ctx: SentenceContext, frame: Frame) -> None:
    """"Islamic State claimed responsibility for a roadside bomb that hit an LNA patrol", "... for the rockets which
    struck the GNA's base", "claimed a suicide bombing that killed two of Haftar's men": who claims or admits
    (responsibility_taking_verbs) responsibility (responsibility_nouns) for a thing a relative clause says did the
    act, or the attack itself, did it, as claiming the act itself does (light-verb-noun). Not a denied claim ("did not
    claim responsibility")."""
    verb, thing = frame.trigger, frame.trigger.head
    if frame.agents or not frame.patients or verb.dep_ != "relcl":
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return  # "a bomb the LNA planted": the relative's own subject did it
    lex = ctx.lexicon
    if thing.dep_ == "pobj" and thing.head.lower_ == "for" and lemma(thing.head.head) in lex.responsibility_nouns:
        noun = thing.head.head  # "claimed responsibility for a bomb that hit ..."
    elif (noun := _claimed_attack(ctx, thing)) is None:
        return
    taking = noun.head
    if noun.dep_ != "dobj" or not is_verb(taking) or lemma(taking) not in lex.responsibility_taking_verbs:
        return
    if any(c.dep_ == "neg" for c in taking.children):
        return
    claimants = frame.others(ctx.subjects(taking, is_passive(taking))[0])
    if claimants:
        frame.agents = claimants
        frame.fire("claimed-act")
