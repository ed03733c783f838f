"""Mediation read by verbs and clauses: "talks between X and Y", "the GNA and the LNA negotiated", "a truce
brokered by Russia", "Egypt hosted talks between ...", "the ceasefire signed by X and Y under UN auspices",
"Moscow maintains contacts with both sides"."""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from extract.mentions import ACT_REFERENCE_KIND, ActorSpan
from extract.relations.constructions.verbs import MAX_CONVENED_PARTIES, _reciprocal_object, side_answers_outsider
from extract.relations.context import PLACE_KINDS, SentenceContext, distinct_actors
from extract.relations.grammar import ALONGSIDE_PREPS, HYPHENS, RELATIVE_PRONOUNS, THIRD_PARTY_CATEGORIES, asked_subjects, first_conjunct, has_object_gap, hyphen_modifier, is_passive, is_to_infinitive, is_verb, lemma, objects, prep_text
from extract.relations.meetings import sentence_topic, settlement_word
from extract.relations.modality import about_other_field, is_negated
from extract.relations.registry import Frame, construction


@construction("between")
def between(ctx: SentenceContext, frame: Frame) -> None:
    """"fighting between forces loyal to the GNA and the LNA"; for a noun subject,
    the verb's between-phrase: "Tensions have increased between Turkey and France"."""
    if frame.family == "verb" and getattr(frame.cue, "category", None) == "shuttle":
        _errand_between(ctx, frame)
        return
    if frame.relation not in ("mediation", "opposition"):
        return
    token = frame.trigger
    if frame.relation == "opposition" and _makes_a_pact(ctx, token):
        return
    if frame.family == "noun":
        place = token
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
        if place.dep_ not in ("nsubj", "nsubjpass") or frame.parties:
            return
        token = place.head
    parties = ctx.between_parties(token)
    if frame.family == "verb" and frame.relation == "mediation":
        # "Oman facilitated talks between Iran and the United States"
        parties += [m for c in token.children if c.dep_ == "dobj" and lemma(c) in ctx.lexicon.peace_topics for m in ctx.between_parties(c)]
        # "Kuwait mediated an end to the dispute between Riyadh and Doha": the conflict an ending ends
        endings = [c for c in token.children if c.dep_ == "dobj" and (lemma(c) in ctx.lexicon.resolving_verbs or lemma(c) in ctx.lexicon.peace_topics)]
        parties += [
            m
            for holder in (endings + [token] if endings else [])  # the parser may hang "to the dispute" on the verb
            for w in holder.children
            if w.dep_ == "prep" and w.lower_ in ("to", "of")
            for p in objects(w)
            for m in ctx.between_parties(p)
        ]
    if parties:
        frame.parties.extend(parties)
        frame.fire("between")


def _makes_a_pact(ctx: SentenceContext, verb: Token) -> bool:
    """"the deal struck between Maiteeq and Haftar", "struck an accord between Ankara and Tripoli": a verb of signing
    (signing_participles) on a pact (pact_nouns) makes it, and strikes no one."""
    if lemma(verb) not in ctx.lexicon.signing_participles:
        return False
    # (as its subject too, where the parser read the participle as the verb: "the deal struck between ...")
    pacts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if verb.dep_ in ("acl", "relcl"):
        pacts.append(verb.head)
    return any(lemma(p) in ctx.lexicon.pact_nouns for p in pacts)


def _errand_between(ctx: SentenceContext, frame: Frame) -> None:
    """"The UN mission relayed messages between the GNA and the LNA": a go-between's errand (a shuttle verb), whatever
    it carries, makes those its object's between-phrase names its counterparts, as whom it shuttles between are (not
    parties to each other: they are not talking yet)."""
    carried = [m for c in frame.trigger.children if c.dep_ == "dobj" for m in ctx.between_parties(c)]
    if carried:
        frame.relation = "mediation"
        frame.patients.extend((m, "mediation") for m in carried)
        frame.fire("between")


# The category of protest (lexicon _categories): those who protest together protest at someone else.
PROTESTING = "protest"


@construction("coordinated-parties")
def coordinated_parties(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey and Russia negotiated", "the GNA and the LNA clashed", "Turkey and
    Russia continue talks", "Erdogan and Putin called for a ceasefire": two or
    more coordinated actors and no one else are the parties to each other."""
    if frame.relation is None and _joint_peace_work(ctx, frame):
        frame.relation = "mediation"  # "Russia and Turkey cooperated on a ceasefire": they worked it out together
    if frame.relation not in ("mediation", "opposition") or frame.patients or frame.parties:
        return
    if ctx.on_behalf(frame.trigger):
        return  # "Chad and Niger fought on the side of the LNA": they back the LNA, not fight each other
    if _on_every_side(ctx, frame.trigger):
        return  # "Chad and Sudan, whose nationals fight on both sides": each is on both, not against the other
    if len({m.actor_id for m in frame.agents}) < 2:
        return
    if any(_hyphen_author(ctx, m) for m in frame.agents):
        return  # "a British-drafted Security Council resolution calling for a ceasefire": its author, not a party
    if frame.relation == "mediation" and (len({m.actor_id for m in frame.agents}) > MAX_CONVENED_PARTIES or attendees(ctx, frame.agents)):
        # "officials from Germany, France, Italy and Britain met in Berlin", "Egypt, Greece and Cyprus held a trilateral
        # summit": a conference's attendees, not parties
        return
    if frame.family == "verb" and not frame.cue.preps:
        return  # "Turkey and Russia attacked X" needs an object, not each other
    if frame.family == "verb" and frame.cue.category == PROTESTING:
        return  # "Egypt and Greece protested", "summoned the German ambassador and the EU's envoy to protest": co-protesters
    if frame.family == "verb" and frame.cue.place_object and any(c.dep_ == "dobj" and c.lower_ == "place" for c in frame.trigger.children):
        return  # "talks between Egypt and Turkey took place in Cairo": the idiom says the talks happened
    if frame.family == "verb" and frame.relation == "opposition" and any(
        (c.dep_ == "dobj" and not _cognate_fight(ctx, c)) or (c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN") for c in frame.trigger.children
    ):
        return  # "Turkish troops and GNA units are trying to capture Sirte": allies acting on a third thing
    if frame.family == "noun" and not (frame.rule == "light-verb-noun" and _mutual_action(ctx, frame)) and not _signed_in_relative(ctx, frame):
        return
    if frame.family == "noun" and _third_party_verb(ctx, frame.trigger):
        return  # "The Arab League and the African Union organised the conference": co-organisers, not its parties
    if frame.family in ("noun", "persuasion") and _outsiders_call_for_talks(ctx, frame):
        return  # "Algeria and Tunisia called for dialogue": they ask others to talk
    if co_appellants(ctx, frame, frame.agents):
        return  # "France, Italy, Britain and the US called for a truce": co-signers of one appeal to others
    if _names_own_parties(frame.trigger):
        return  # "Algeria and Tunisia called for dialogue among Libyans": the talks name their own parties
    if frame.relation == "mediation" and _met_apart(ctx, frame.trigger):
        return  # "Sarraj and Haftar met Merkel separately to discuss a truce": each met the host, not the other
    if frame.relation == "mediation" and _met_to_coordinate(ctx, frame.trigger):
        return  # "Algeria and Tunisia met to coordinate their positions on the crisis": allies lining up
    if frame.family == "persuasion" and _urged_others(ctx, frame.trigger):
        return  # "Turkey and Russia urged the warring parties to observe the truce": co-urgers, not parties
    if frame.relation == "mediation" and _urged_to_talk(ctx, frame.trigger):
        return  # "urged the GNA and the LNA to agree a ceasefire": asked to come to terms, not yet in talks
    if frame.family == "verb" and (
        (is_passive(frame.trigger) and lemma(frame.trigger) in ctx.lexicon.mediation_participles)
        or getattr(frame.cue, "category", None) in THIRD_PARTY_CATEGORIES
    ):
        return  # "Russia and Turkey brokered a truce", "a truce that was brokered by Russia and Turkey": co-brokers
        # or co-hosts are not its parties
    frame.parties, frame.agents = frame.agents, []
    frame.fire("coordinated-parties")


def _hyphen_author(ctx: SentenceContext, mention: ActorSpan) -> bool:
    """"British" in "a British-drafted resolution": a name before a hyphen and a participle of authorship
    (authorship_verbs) wrote the thing; "the LNA-aligned delegation" is the LNA's own."""
    root = mention.root
    if not hyphen_modifier(root, ctx.mention_at):
        return False
    participle = root.doc[root.i + 2] if root.i + 2 < len(root.doc) else None
    return participle is not None and participle.lemma_.lower() in ctx.lexicon.authorship_verbs


def _met_apart(ctx: SentenceContext, trigger: Token) -> bool:
    """"Sarraj and Haftar met Merkel separately", "were received separately by the chancellor to discuss the
    ceasefire": an adverb of apart_adverbs on the cue, or on the verb whose purpose the cue is, says each met on their
    own."""
    verbs = [trigger, trigger.head] if trigger.dep_ in ("xcomp", "advcl") else [trigger]
    return any(c.dep_ == "advmod" and c.lower_ in ctx.lexicon.apart_adverbs for verb in verbs for c in verb.children)


def _joint_peace_work(ctx: SentenceContext, frame: Frame) -> bool:
    """"Russia and Turkey cooperated on a ceasefire", "Moscow and Ankara are working together towards a truce": a verb
    of working with someone (a `peace_content` cue whose with-phrase is mediation, read only when what is worked on
    is peace) with no with-phrase makes its coordinated subjects partners in the peace-making, done together:
    "cooperate" says so itself, "work" with "together" or "jointly"."""
    cue, verb = frame.cue, frame.trigger
    if frame.family != "verb" or cue is None or not cue.peace_content or cue.preps.get("with") != "mediation":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "worked with the UN on a truce": the with-phrase names the partner
    mutual = lemma(verb) == "cooperate" or any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in verb.children)
    return mutual


def _third_party_verb(ctx: SentenceContext, noun: Token) -> bool:
    """The verb that carries the noun is one of a third party's (organise, host, broker: THIRD_PARTY_CATEGORIES)."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    cue = ctx.lexicon.verbs.get(lemma(verb)) if verb is not None and is_verb(verb) else None
    return cue is not None and cue.category in THIRD_PARTY_CATEGORIES


def _outsiders_call_for_talks(ctx: SentenceContext, frame: Frame) -> bool:
    """Talks (dialogue_nouns) called or pushed for, or urged, by states or international bodies only
    (outsider_types): "Algeria and Tunisia called for dialogue" asks the war's sides to talk ("The GNA and the LNA
    called for dialogue" does not; a ceasefire's co-callers stay its parties: "Erdogan and Putin called for a truce")."""
    trigger = frame.trigger
    # the talks noun itself, or what the appeal verb ("called for", "urged") asks for
    nouns = [trigger] if not is_verb(trigger) else [
        n for c in trigger.children for n in ([c] if c.dep_ == "dobj" else objects(c) if c.dep_ == "prep" and c.lower_ == "for" else [])
    ]
    asked = any(
        lemma(noun) in ctx.lexicon.dialogue_nouns
        and (
            (noun.dep_ == "pobj" and noun.head.lower_ == "for" and is_verb(noun.head.head))
            or (noun.dep_ == "dobj" and lemma(noun.head) in ctx.lexicon.persuasion_verbs)
        )
        for noun in nouns
    ) or (is_verb(trigger) and _asked_to_join(ctx, trigger))
    return asked and all(ctx.outside_power(m.actor_id) for m in frame.agents)


def _asked_to_join(ctx: SentenceContext, verb: Token) -> bool:
    """"Malta and Tunisia demanded a seat at any new negotiations", "demanded to take part in the talks": the talks
    (dialogue_nouns) are in what an appeal or demand verb asks for, a seat at them."""
    if lemma(verb) not in ctx.lexicon.persuasion_verbs and lemma(verb) not in ctx.lexicon.demand_verbs and lemma(verb) not in ctx.lexicon.request_verbs:
        return False
    return any(
        lemma(t) in ctx.lexicon.dialogue_nouns and t.dep_ == "pobj"
        for clause in verb.children
        if clause.dep_ in ("xcomp", "ccomp")
        for t in clause.subtree
    )


def _names_own_parties(trigger: Token) -> bool:
    """The talks, or the talks called for, have an among- or between-phrase: "called for dialogue among Libyans"."""
    verb = trigger if is_verb(trigger) else trigger.head.head if trigger.dep_ == "pobj" and is_verb(trigger.head.head) else None
    # the parser may hang the phrase on the verb: "call for dialogue [among Libyans]"
    talks = [trigger] + ([verb, *(p for c in verb.children if c.dep_ == "prep" for p in objects(c))] if verb is not None else [])
    return any(c.dep_ == "prep" and c.lower_ in ("among", "between") for t in talks for c in t.children)


def _met_to_coordinate(ctx: SentenceContext, trigger: Token) -> bool:
    """The meeting's purpose is to coordinate or align the subjects' own positions (coordination_verbs), and that
    purpose names no step to peace ("to coordinate their positions on the crisis": the war itself is no topic of
    peace; "to coordinate their positions on a ceasefire" is talks about one)."""
    verb = trigger if is_verb(trigger) else trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is None:
        return False
    purposes = [c for h in (verb, trigger) for c in h.children if c.dep_ in ("xcomp", "advcl", "acl") and lemma(c) in ctx.lexicon.coordination_verbs]
    topics = ctx.lexicon.peace_topics - ctx.lexicon.war_topics
    return bool(purposes) and not any(lemma(t) in topics for p in purposes for t in p.subtree)


def _urged_to_talk(ctx: SentenceContext, verb: Token) -> bool:
    """A to-infinitive of peace-making that a verb of persuasion or invitation asks of its objects ("urged the GNA and
    the LNA to agree a ceasefire", "invited Sarraj and Haftar to Moscow to sign a truce"), unless the verb says it
    was done (implicative_verbs: "persuaded them to sign")."""
    # (the frame of "a truce" in "to agree a truce" is the noun's: the verb that holds it)
    verb = next((a for a in (verb, *verb.ancestors) if is_verb(a)), verb)
    if verb.dep_ == "conj" and is_to_infinitive(verb.head):
        verb = verb.head  # "to cease hostilities and to sit down for talks"
    if not is_to_infinitive(verb) or verb.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    urger = verb.head
    lex = ctx.lexicon
    return is_verb(urger) and lemma(urger) in lex.persuasion_verbs and lemma(urger) not in lex.implicative_verbs


def _urged_others(ctx: SentenceContext, verb: Token) -> bool:
    """The persuasion verb has someone it urges, named or not ("urged the two sides", "called on the rival
    factions", side_nouns, representative_nouns, unnamed_group_nouns), other than each other: those who urge
    together press a third party and are not its parties ("Erdogan and Putin urged a ceasefire" urges no one)."""
    lex = ctx.lexicon
    people = lex.side_nouns | lex.representative_nouns | lex.unnamed_group_nouns
    urged = [c for c in verb.children if c.dep_ == "dobj"]
    urged += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in objects(c)]
    urged += asked_subjects(verb)  # "called for the rival factions to resume talks"
    return _reciprocal_object(verb) is None and any(lemma(u) in people for u in urged)


def _cognate_fight(ctx: SentenceContext, obj: Token) -> bool:
    """"Armenia and Azerbaijan fought fierce battles": an object that is itself a fight (an opposition noun
    naming no one) is what they did to each other, not a third thing they acted on."""
    cue = ctx.lexicon.nouns.get(lemma(obj))
    if cue is None or cue.relation != "opposition" or ctx.group(obj):
        return False
    return not any(m for c in obj.children if c.dep_ == "prep" for p in objects(c) for m in ctx.group(p))  # not "battles against Haftar"


def _on_every_side(ctx: SentenceContext, verb: Token) -> bool:
    """"fight on both sides", "on either side", "on all sides" (not "on opposing sides")."""
    return any(
        lemma(p) in ctx.lexicon.side_nouns and any(d.lower_ in ("both", "either", "all", "each") for d in p.children)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for p in objects(c)
    )


def _mutual_action(ctx: SentenceContext, frame: Frame) -> bool:
    """Talks are held with each other; fire and accusations only when exchanged or traded."""
    if frame.relation == "mediation":
        return True
    head = frame.trigger.head
    return frame.relation == "opposition" and lemma(head) in ctx.lexicon.reciprocal_verbs


def _signed_in_relative(ctx: SentenceContext, frame: Frame) -> bool:
    """"The ceasefire that the GNA and the LNA signed in Geneva": a peace noun whose relative clause of making it
    (authorship_verbs: signing, not proposing) has the noun's agents as its subject was made by them together."""
    if frame.relation != "mediation":
        return False
    agents = {m.actor_id for m in frame.agents}
    return any(
        clause.dep_ == "relcl" and lemma(clause) in ctx.lexicon.authorship_verbs and not is_passive(clause)
        and getattr(ctx.lexicon.verbs.get(lemma(clause)), "category", "agree") == "agree"  # made together, not "proposed"
        and agents <= {m.actor_id for s in clause.children if s.dep_ == "nsubj" for m in ctx.group(s)}
        for clause in frame.trigger.children
    )


# Prepositions of a phrase that frames what a clause does: "under an arrangement mediated by", "in a deal brokered by".
FRAMING_PREPS = frozenset({"under", "in", "through", "via", "within", "at", "during"})


def framed_verb(noun: Token) -> Token | None:
    """The verb whose clause a framing phrase frames: "agreed to hold elections [under an arrangement]", "[at a
    meeting]", and "agreed to normalise relations [in a deal]", "agreed on a truce [in talks]", where the parser hangs
    the phrase on the verb's object."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in FRAMING_PREPS:
        return None
    holder = noun.head.head
    if holder.dep_ == "dobj" and is_verb(holder.head):
        holder = holder.head
    elif holder.dep_ == "pobj" and holder.head.dep_ == "prep" and is_verb(holder.head.head):
        holder = holder.head.head  # "agreed on a ceasefire [in talks]": hung on the verb's prepositional object
    return holder if is_verb(holder) else None


def _talks_of_clause(ctx: SentenceContext, participle: Token) -> Token | None:
    """"Sarraj and Haftar held talks in Rome, hosted by Italy": set off after the clause, the parser hangs the
    participle on the verb that holds the talks; the verb's peace or talks object is what it describes (not "Haftar
    attacked Tripoli, backed by Egypt", whose object is no peace noun)."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBN" or not is_verb(participle.head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return None  # a clause of its own
    return next((c for c in participle.head.children if c.dep_ == "dobj" and c.i < participle.i and ctx.names_peace(c)), None)


def _restated_talks(ctx: SentenceContext, noun: Token) -> Token | None:
    """"met in Ghadames for talks, a session hosted by Algeria", "the dialogue, a round sponsored by the UN":
    a meeting noun (meeting_nouns, venue_nouns) set off after talks restates them; the parser hangs it on the talks
    (an apposition) or on the verb whose for-, to- or at-phrase holds them."""
    if lemma(noun) not in ctx.lexicon.meeting_nouns | ctx.lexicon.venue_nouns or noun.dep_ not in ("appos", "npadvmod"):
        return None
    if noun.dep_ == "appos" and ctx.names_peace(noun.head):
        return noun.head
    if not is_verb(noun.head) or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    return next(
        (p for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "at", "in") and c.i < noun.i for p in objects(c) if ctx.names_peace(p)),
        None,
    )


def attendees(ctx: SentenceContext, framed: list) -> bool:
    """"World leaders including Putin, Erdogan, Macron and Johnson agreed at the conference hosted by Merkel to
    respect the embargo": three or more outside powers (outsider_types) agreeing together at talks are those
    the talks brought together, not each other's parties to a dispute (a dispute has two sides)."""
    return len({m.actor_id for m in framed}) >= 3 and all(ctx.outside_power(m.actor_id) for m in framed)


@construction("brokered-by")
def brokered_by(ctx: SentenceContext, frame: Frame) -> None:
    """"a truce brokered by Russia", "negotiations sponsored by Germany and the UN
    between X and Y": a participle on a peace noun makes its by-phrase the mediator,
    never a backer of the talks' other names."""
    token = frame.trigger
    peace_noun = token.head if token.dep_ in ("acl", "relcl") else None
    if is_passive(token):
        subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        peace_noun = subjects[0] if subjects else None
        if peace_noun is not None and peace_noun.lower_ in RELATIVE_PRONOUNS:
            # "the truce, which had been brokered by Russia": the relative stands for the truce (the noun before
            # its comma, when the parser hung the clause on the main verb)
            peace_noun = token.head if token.dep_ == "relcl" else _noun_before(peace_noun)
    elif peace_noun is None and any(_by_phrase(c) for c in token.children):
        # "The truce between X and Y, mediated chiefly by Turkey, is holding": the parser read the participle as
        # the verb of the noun it modifies (its by-phrase as a plain preposition)
        peace_noun = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if peace_noun is None:
        peace_noun = _talks_of_clause(ctx, token)
    if peace_noun is not None and not ctx.names_peace(peace_noun):
        peace_noun = _restated_talks(ctx, peace_noun) or peace_noun
    while peace_noun is not None and peace_noun.dep_ == "pobj" and peace_noun.head.lower_ == "of" and lemma(peace_noun.head.head) in ctx.lexicon.meeting_nouns:
        peace_noun = peace_noun.head.head  # "in a session of the joint military commission chaired by the UN envoy"
    if peace_noun is None or lemma(token) not in ctx.lexicon.mediation_participles:
        return
    # "agreed to hold elections under an arrangement mediated by the UAE": what frames the clause was mediated
    framing = framed_verb(peace_noun) is not None
    if not (ctx.names_peace(peace_noun) or framing):
        return
    mediators = [m for c in token.children if _by_phrase(c) for p in objects(c) for m in ctx.group(p)]
    if not mediators:
        return
    read_before = list(frame.parties)  # "Haftar and Sarraj met in Moscow. The talks were hosted by Russia": who met
    frame.relation = "mediation"
    frame.agents = mediators
    frame.patients = []
    frame.parties = ctx.between_parties(peace_noun) + ctx.between_parties(token) or frame.others(read_before)
    if not frame.parties and peace_noun.dep_ == "pobj" and peace_noun.head.lower_ in ("for", "to") and is_verb(peace_noun.head.head):
        # "Envoys of the GNA and the LNA travelled to Geneva for negotiations hosted by Egypt"
        travelling = peace_noun.head.head
        own = {m.actor_id for m in mediators}
        frame.parties = [m for m in ctx.subjects(travelling, is_passive(travelling))[0] if m.actor_id not in own]
    if not frame.parties and framing:
        clause = framed_verb(peace_noun)
        own = {m.actor_id for m in mediators}
        framed = [m for m in ctx.subjects(clause, is_passive(clause))[0] if m.actor_id not in own]
        peaceful = ctx.names_peace(peace_noun) or ctx.makes_peace(clause, peace_noun.head)
        # ("officers from the GNA and the LNA met in a session chaired by the UN envoy": the war's two sides meeting
        # under a host make peace)
        sides_met = (
            lemma(clause) in ctx.lexicon.meeting_verbs and both_war_sides(ctx, {m.actor_id for m in framed}) and not is_negated(clause, ctx.lexicon)
        )
        settled = peaceful or _settles(ctx, clause) or sides_met
        gathered = attendees(ctx, framed)
        if len({m.actor_id for m in framed}) >= 2 and settled and not gathered:
            frame.parties = framed
        elif peaceful or (settled and gathered):
            frame.patients = [(m, "mediation") for m in framed]  # not "Turkey sent drones in a deal brokered by Qatar"
    if not frame.parties and not frame.patients and (made := peace_after_talks(ctx, peace_noun)) is not None:
        # "The LNA and the GNA signed a ceasefire after negotiations brokered by Algeria": the peace-makers of the
        # clause the brokered talks led to are its parties
        own = {m.actor_id for m in mediators}
        framed = [m for m in ctx.subjects(made, is_passive(made))[0] if m.actor_id not in own]
        if len({m.actor_id for m in framed}) >= 2:
            frame.parties = framed
    if (
        not frame.parties
        and not frame.patients
        and peace_noun.dep_ == "nsubjpass"
        and lemma(peace_noun.head) in ctx.lexicon.answering_verbs
        and lemma(peace_noun.head) not in ctx.lexicon.refusal_verbs
    ):
        # "The ceasefire proposed by Algeria was accepted by both Haftar and Sarraj": the by-phrase of an answer that
        # takes it up (a refusal opposes its author, read by the verb)
        own = {m.actor_id for m in mediators}
        frame.patients = [(m, "mediation") for c in peace_noun.head.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p) if m.actor_id not in own]
    if not frame.parties and not frame.patients:
        # "A truce proposed by the UN and accepted by the GNA and the LNA held": the by-phrase of an answer coordinated
        # with the participle takes it up
        own = {m.actor_id for m in mediators}
        frame.patients = [
            (m, "mediation")
            for answer in token.conjuncts
            if answer.i > token.i and answer.tag_ == "VBN" and lemma(answer) in ctx.lexicon.answering_verbs and lemma(answer) not in ctx.lexicon.refusal_verbs
            for c in answer.children
            if c.dep_ == "agent"
            for p in objects(c)
            for m in ctx.group(p)
            if m.actor_id not in own
        ]
    answering = _taking_up(ctx, peace_noun)
    if not frame.parties and not frame.patients and answering is not None and not _praised(ctx, answering):
        # "Haftar rejected the ceasefire proposed by Russia", "the GNA said it would abide by the truce proposed by the
        # UN": whoever answers it is a party (not "Egypt welcomed the truce brokered by Russia": praise or backing
        # from a third party)
        own = {m.actor_id for m in mediators}
        frame.patients = [(m, "mediation") for m in ctx.subjects(answering, is_passive(answering))[0] if m.actor_id not in own]
        frame.patients += [(m, "mediation") for m in _contrasted_answerers(ctx, answering) if m.actor_id not in own]
        if lemma(answering) in ctx.lexicon.compliance_verbs:
            # keeping a truce makes one its party only as a side of the war ("Egypt said it would respect the truce")
            sides = {side.actor for side in ctx.lexicon.conflict_sides}
            frame.patients = [(m, r) for m, r in frame.patients if m.actor_id in sides]
    if not frame.parties and not frame.patients:
        frame.patients = [(m, "mediation") for m in war_sides_named(ctx, token, mediators)]
    frame.fire("brokered-by")


def _taking_up(ctx: SentenceContext, peace_noun: Token) -> Token | None:
    """The verb whose object the peace noun is ("rejected the ceasefire"), or a verb of keeping one (compliance_verbs)
    whose prepositional object it is ("abide by the truce", "adhere to the ceasefire")."""
    if peace_noun.dep_ == "dobj":
        return peace_noun.head
    prep = peace_noun.head
    if peace_noun.dep_ == "pobj" and prep.dep_ == "prep" and is_verb(prep.head) and lemma(prep.head) in ctx.lexicon.compliance_verbs:
        return prep.head
    return None


def war_sides_named(ctx: SentenceContext, trigger: Token, mediators: list) -> list:
    """"Haftar left Moscow without signing the truce Serraj had initialled, after talks hosted by Russia and Turkey":
    talks someone brokered whose parties no phrase of theirs names are with the war's opposing sides (conflict_sides
    that held their places at the same time) that the sentence names, when it names two of them (not as the brokers)
    and a settlement (not "the GNA shelled Sirte days after talks brokered by Russia"). Whether those two met is not
    said ("Sarraj and Haftar, both invited to Berlin, never sat in the same room")."""
    if not any(settlement_word(t, ctx.lexicon) and t.i != trigger.i for t in ctx.sent):
        return []  # (the broker's own participle names none)
    own = {m.actor_id for m in mediators}
    sides = {side.actor: side for side in ctx.lexicon.conflict_sides}
    if any(m in own for side in sides.values() for m in side.members):
        return []  # a side or a body of its camp is no broker between the sides ("elections organised by the laws of Aguila Saleh")
    named = [m for m in distinct_actors(ctx.mention_at.values()) if m.actor_id in sides and m.actor_id not in own]
    opposing = any(sides[a.actor_id].at_once(sides[b.actor_id]) for a in named for b in named if a.actor_id != b.actor_id)
    return named if opposing else []


def _praised(ctx: SentenceContext, verb: Token) -> bool:
    """A verb of praise (gratitude_verbs) or backing (a support cue): "welcomed", "hailed", "backs"; not one that
    answers a proposal ("accepted", answering_verbs), nor one that backs only an actor it names ("approved")."""
    cue = ctx.lexicon.verbs.get(lemma(verb))
    backing = cue is not None and cue.relation == "support" and not cue.named_object and lemma(verb) not in ctx.lexicon.answering_verbs
    return lemma(verb) in ctx.lexicon.gratitude_verbs or backing


# Marks of a clause set against the main one: "Sarraj signed, while Haftar asked for time".
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _contrasted_answerers(ctx: SentenceContext, answering: Token) -> list:
    """"Sarraj signed the truce proposed by Russia, while Haftar asked for time to study it and left without
    signing": the subject of a while-clause on the verb that answers a proposal, answering it too (signing,
    studying, rejecting it: answering_verbs, with no object of its own but "it"), is the proposal's party as well.
    Not "while Haftar shelled Tripoli", nor "while Haftar signed an arms deal with the UAE"."""
    found = []
    for clause in answering.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children):
            continue
        answers = [
            t
            for t in clause.subtree
            if is_verb(t) and lemma(t) in ctx.lexicon.answering_verbs
            and not any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in t.children)
        ]
        if answers:
            found.extend(ctx.subjects(clause, is_passive(clause))[0])
    return found


@construction("hosted-setting")
def hosted_setting(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA and the LNA signed a truce, with Morocco hosting the talks" (or "with Russia mediating"), "Germany
    hosted talks in Berlin, where the GNA and the LNA agreed on a ceasefire": those who make peace in the clause a host's talks frame
    (an absolute with-clause beside it, a where-relative on the talks or their place) are the host's parties."""
    token = frame.trigger
    if frame.relation != "mediation" or frame.parties or not frame.agents or lemma(token) not in ctx.lexicon.mediation_participles:
        return
    objectless = not any(c.dep_ == "dobj" for c in token.children) and token.head.lower_ == "with"
    if not objectless and not any(c.dep_ == "dobj" and (lemma(c) in ctx.lexicon.venue_nouns or ctx.names_peace(c)) for c in token.children):
        return  # (with no object, an absolute "with Russia mediating" mediates what its clause settles)
    framed = _hosted_clause(token)
    if framed is None:
        return
    clause, aside = framed
    if not ctx.makes_peace(clause, aside):
        return  # "..., where Erdogan criticised Haftar", "agreed to send weapons, with Cairo hosting the talks"
    present = frame.others(ctx.subjects(clause, is_passive(clause))[0])
    if len({m.actor_id for m in present}) >= 2 and _settles(ctx, clause):
        frame.parties = present  # they settle with each other; those who pledge side by side only face the host
    elif present:
        frame.patients = [(m, "mediation") for m in present]
    else:
        return
    frame.fire("hosted-setting")


def _hosted_clause(host: Token) -> tuple[Token, Token] | None:
    """The clause a host's talks frame, and the phrase of the host inside it: the verb an absolute "with X
    hosting the talks" hangs on, or a where-relative on the talks or a place of theirs ("talks in Berlin,
    where ...", "a summit on Libya in Paris, where ...") that no other verb stands between."""
    if host.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in host.children):
        clause = host.head.head
        if clause.dep_ == "dobj" and is_verb(clause.head):
            clause = clause.head  # "began talks in Bouznika, with Rabat hosting ...": the parser hangs it on the talks
        if is_verb(clause):
            return clause, host.head
    for clause in host.subtree:
        where = next((w for w in clause.children if w.lower_ == "where"), None)
        if clause.dep_ == "relcl" and where is not None and not any(is_verb(a) for a in clause.head.ancestors if a.i != host.i and host in a.ancestors):
            return clause, where
    return None


@construction("composed-body")
def composed_body(ctx: SentenceContext, frame: Frame) -> None:
    """"The military commission, made up of officers from the GNA and the LNA, met in Sirte to discuss a ceasefire":
    a body whose members' sides a composition participle names (composition_participles) meets or agrees for them,
    so those sides are parties to each other."""
    token = frame.trigger
    if frame.relation != "mediation" or frame.parties or frame.patients or frame.agents:
        return
    holder = token
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        holder = token.head  # "the commission ... met in Sirte and agreed to reopen the road": the first verb's subject
    bodies = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in ctx.mention_at]
    members = [
        m
        for body in bodies
        for clause in body.children
        if (clause.dep_ in ("acl", "relcl") and _composes(ctx, clause)) or _members_with(ctx, clause)
        for m in ctx.mentions
        if clause.left_edge.i <= m.span.start and m.span.end - 1 <= clause.right_edge.i
    ]
    # the meeting itself is about peace, not the sentence around it ("After the talks collapsed, the coalition met")
    if len({m.actor_id for m in members}) >= 2 and _peace_in_clause(ctx, token, bodies[0]):
        frame.agents, frame.parties = [], members
        frame.fire("composed-body")


def _peace_in_clause(ctx: SentenceContext, verb: Token, body: Token) -> bool:
    """The clause settles ("agreed on a roadmap"), names peace, or meets for it ("met to discuss a ceasefire")."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and is_to_infinitive(c)]
    return _settles(ctx, verb) or ctx.makes_peace(verb, body) or any(ctx.makes_peace(p, body) for p in purposes)


def _composes(ctx: SentenceContext, clause: Token) -> bool:
    """"made up of", "composed of", "comprising", "consisting of", "drawn from", "which brings together"."""
    particles = [c.lower_ for c in clause.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "together")]
    return any(f"{lemma(clause)} {p}" in ctx.lexicon.composition_participles for p in particles) or lemma(clause) in ctx.lexicon.composition_participles


def _members_with(ctx: SentenceContext, phrase: Token) -> bool:
    """"The security committee, with six commanders from the LNA and six from the GNA, ...": a with-phrase on
    the body whose objects are its representatives (representative_nouns) names its members."""
    return phrase.dep_ == "prep" and phrase.lower_ == "with" and any(lemma(p) in ctx.lexicon.representative_nouns for p in objects(phrase))


def _by_phrase(child: Token) -> bool:
    """A passive's by-phrase, also when the parser took the participle for a past verb and "by" for a plain preposition."""
    return child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")


def _noun_before(word: Token) -> Token | None:
    """The noun right before a word and its comma: "the truce, which"."""
    before = word.i - 1
    while before >= 0 and word.doc[before].is_punct:
        before -= 1
    return word.doc[before] if before >= 0 and word.doc[before].pos_ == "NOUN" else None


def _settles(ctx: SentenceContext, verb: Token) -> bool:
    """"agreed to normalise relations", "restored ties": a clause in which its subjects settle with each other
    (an agreement verb or one of bonding_verbs), not one in which they act together ("sent drones", "agreed to send
    drones")."""
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    lex = ctx.lexicon
    # (a bonding verb settles only with a bond as its object: "restored ties", not "build up its defence institutions")
    bonds = lambda v: lemma(v) in lex.bonding_verbs and (lemma(v) in ("normalise", "normalize") or any(
        c.dep_ == "dobj" and lemma(c) in lex.bond_nouns for c in v.children))
    # (an agreement to back or fight someone is acting together: "agreed to send more arms to Haftar")
    acts = lambda c: lemma(c) in lex.transfer_verbs or getattr(lex.verbs.get(lemma(c)), "relation", None) in ("support", "opposition")
    joint_act = lambda v: any(c.dep_ == "xcomp" and acts(c) for c in v.children)
    return any(bonds(v) or (getattr(lex.verbs.get(lemma(v)), "category", None) == "agree" and not joint_act(v)) for v in verbs)



@construction("brokered-accord")
def brokered_accord(ctx: SentenceContext, frame: Frame) -> None:
    """"Washington brokered a deal between the GNA and the LNA", "Morocco facilitated an accord between the two
    parliaments": a third party's verb (broker, host, facilitate) whose object is an accord (a noun cue of the
    "agree" category) with a between-phrase makes the two its parties to each other, as well as the broker's.
    The verb construction read them as patients only (a weak "deal" noun needs a peace paragraph, a brokered one
    does not). Calls for talks between X and Y are no verb of a third party and are left to the noun."""
    token = frame.trigger
    if frame.relation != "mediation" or frame.parties or not frame.agents or frame.family != "verb":
        return
    if getattr(frame.cue, "category", None) not in THIRD_PARTY_CATEGORIES:
        return
    accords = [c for c in token.children if c.dep_ == "dobj"]
    accords += [c for a in accords for c in a.conjuncts]
    accords = [a for a in accords if getattr(ctx.lexicon.nouns.get(lemma(a)), "category", None) == "agree"]
    sides = frame.others(m for a in accords for m in ctx.between_parties(a))
    if len({m.actor_id for m in sides}) < 2:
        return
    ids = {m.actor_id for m in sides}
    frame.patients = [(m, r) for m, r in frame.patients if m.actor_id not in ids]
    frame.parties = sides
    frame.fire("brokered-accord")


@construction("hosted-attendees")
def hosted_attendees(ctx: SentenceContext, frame: Frame) -> None:
    """"Italy will host a conference in Rome, with Macron and Sisi expected to attend alongside Sarraj and Haftar":
    those a host's event is said to be attended by (an absolute with-phrase on the host verb whose clause has an
    attendance verb, and whoever attends "alongside" or "together with" them) are each the host's counterpart.
    A plain "hosted a conference with France" (a co-host) and a conference of many (its attendees are not each
    other's parties) give no more, nor does a side of the war receiving outsiders (its own diplomacy)."""
    token = frame.trigger
    if frame.relation != "mediation" or not frame.agents or getattr(frame.cue, "category", None) != "host":
        return
    events = [c for c in token.children if c.dep_ == "dobj" and (lemma(c) in ctx.lexicon.venue_nouns or ctx.names_peace(c))]
    if token.dep_ == "acl" and (lemma(token.head) in ctx.lexicon.venue_nouns or ctx.names_peace(token.head)):
        events.append(token.head)  # "the Rome conference, convened by Italy and attended by ..."
    if not events or any(about_other_field(e, ctx.lexicon) for e in events):
        return  # (not "a conference on trade")
    withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > token.i]
    attending = [
        t for t in token.subtree if lemma(t) in ctx.lexicon.attendance_verbs and is_verb(t) and withs and t.i > withs[0].i
    ]
    attended_by = _attended_by(ctx, token)
    if not attending and not attended_by:
        return
    # "with Macron among the leaders", and "with Macron and Sisi expected to attend" (the absolute's subject)
    guests = list(attended_by)
    guests += [m for w in withs for p in objects(w) for m in ctx.group(p)]
    guests += [m for w in withs for c in w.children if c.dep_ == "pcomp" for s in c.children if s.dep_ == "nsubj" for m in ctx.group(s)]
    guests += [
        m
        for verb in attending
        for c in verb.children
        if c.dep_ == "prep" and (c.lower_ in ("with", *ALONGSIDE_PREPS) or prep_text(c) in ctx.lexicon.co_agent_preps)
        for p in objects(c)
        for m in ctx.group(p)
    ]
    known = {m.actor_id for m, _ in frame.patients} | {m.actor_id for m in frame.parties}
    added = [m for m in frame.others(distinct_actors(guests)) if m.actor_id not in known]
    if not added:
        return
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    if all(m.actor_id in sides for m in frame.agents) and not any(m.actor_id in sides for m in added):
        return  # "Tripoli hosted a conference on Libya attended by Egypt, Turkey and Italy": a side's own diplomacy
    frame.patients.extend((m, "mediation") for m in added)
    frame.fire("hosted-attendees")


def _attended_by(ctx: SentenceContext, host: Token) -> list:
    """"Egypt hosted a conference on Libya in Cairo, attended by Sarraj and Haftar", "the Rome conference, convened by
    Italy and attended by both rivals": an attendance participle set off after the host's clause (the parser hangs it
    on the host verb) or coordinated with the host's own participle describes the hosted event; its by-phrase names
    the guests."""
    holders = [host]
    event = host.head if host.dep_ == "acl" else None
    if event is not None and event.dep_ == "pobj" and is_verb(event.head.head):
        # "gathered in Palermo at a summit hosted by Italy and attended by both rivals": the parser may coordinate the
        # second participle with the clause's verb
        holders.append(event.head.head)
    return [
        m
        for holder in holders
        for c in holder.children
        if c.dep_ in ("advcl", "conj") and c.tag_ == "VBN" and lemma(c) in ctx.lexicon.attendance_verbs and c.i > host.i
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for a in c.children
        if a.dep_ == "agent"
        for p in objects(a)
        for m in ctx.group(p)
    ]


# Prepositions of a mediator's frame on a clause: "under the auspices of", "with Russian facilitation".
AUSPICES_PREPS = frozenset({"under", "with", "through", "via", "following", "after"})


@construction("framed-signatories")
def framed_signatories(ctx: SentenceContext, frame: Frame) -> None:
    """"The truce was signed by the GNA and the LNA under the auspices of the UN", "the ceasefire, signed by
    the GNA and the LNA under Williams's stewardship, held", "the deal between the GNA and the LNA, negotiated
    with Russian facilitation": a mediator's frame on a passive clause or participle whose peace noun names its
    signatories (two or more in the by-phrase, or the noun's between-phrase) mediates with each, and they are
    each other's parties. Not "the arms deal was signed by Turkey and the GNA under the auspices of Qatar"."""
    if frame.relation != "mediation" or not frame.agents or frame.parties or frame.patients:
        return
    noun = frame.trigger
    if noun.dep_ != "pobj" or noun.head.lower_ not in AUSPICES_PREPS:
        return
    clause = next((a for a in noun.head.ancestors if is_verb(a)), None)  # the parser may hang it on a signatory
    if clause is None or not (is_passive(clause) or (clause.tag_ == "VBN" and clause.dep_ in ("acl", "advcl", "relcl"))):
        return
    signed = next((c for c in clause.children if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS), None)
    if signed is None:
        signed = clause.head if clause.dep_ in ("acl", "relcl") else next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while signed is not None and clause.dep_ == "relcl" and signed.dep_ in ("conj", "pobj", "prep") and not ctx.names_peace(signed):
            signed = signed.head  # "the ceasefire between the GNA and the LNA, which was negotiated ...": hung on the last side
    if signed is None or not _peace_accord(ctx, signed, clause):
        return
    signatories = frame.others(m for c in clause.children if _by_phrase(c) for p in objects(c) for m in ctx.group(p))
    if len({m.actor_id for m in signatories}) < 2:
        signatories = frame.others(ctx.between_parties(signed))
    if len({m.actor_id for m in signatories}) < 2:
        return
    frame.parties = signatories
    frame.fire("framed-signatories")


def _peace_accord(ctx: SentenceContext, noun: Token, participle: Token) -> bool:
    """The thing signed or negotiated is peace ("a truce", "a prisoner swap"), or a deal a mediation verb made
    ("the deal ..., negotiated with Russian facilitation"; not "the arms deal", a field of cooperation or aid)."""
    if ctx.names_peace(noun) or any(lemma(t) in ctx.lexicon.peace_step_verbs for t in noun.subtree):
        return True
    cue = ctx.lexicon.verbs.get(lemma(participle))
    fields = ctx.lexicon.cooperation_domains | ctx.lexicon.aid_nouns
    aid = any(
        lemma(c) in fields or getattr(ctx.lexicon.nouns.get(lemma(c)), "relation", None) == "support"  # "a training deal"
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod")
    )
    return cue is not None and cue.relation == "mediation" and not aid


def both_war_sides(ctx: SentenceContext, actors: set[str]) -> bool:
    """Two of the war's sides (conflict_sides: the GNA or GNU, and the LNA) among `actors`."""
    return len(actors & {side.actor for side in ctx.lexicon.conflict_sides}) >= 2


@construction("contacts-with-sides")
def contacts_with_sides(ctx: SentenceContext, frame: Frame) -> None:
    """"Moscow keeps channels open to every Libyan camp, among them Haftar and Sarraj", "Russia is in contact with
    both Haftar and Sarraj": contacts (contact_nouns) kept with both sides of the war are a go-between's, mediation
    with each, not backing of either, where the sentence names a settlement (meetings.sentence_topic: a ceasefire, a
    truce, a broker's word; not the conflict itself); elsewhere they are the even-handedness of one
    who backs neither ("Moscow maintains contacts with all sides, including Sarraj and Haftar, and supports no one"),
    and say nothing. Contacts with one side are no mediation ("Egypt maintains contacts with Haftar" stays the bond
    it is; "in contact with Haftar" says nothing)."""
    token = frame.trigger
    if frame.family == "noun":
        if lemma(token) not in ctx.lexicon.contact_nouns or frame.relation != "mediation":
            return
        contacted = {m.actor_id for m, _ in frame.patients} | {m.actor_id for m in frame.parties}
        if not both_war_sides(ctx, contacted) or not sentence_topic(ctx.sent, ctx.lexicon).settlement:
            frame.agents, frame.patients, frame.parties = [], [], []  # one side's contact, or no peace: nothing said
            return
        frame.fire("contacts-with-sides")
        return
    if frame.relation != "support" or frame.rule != "severed-ties" or not frame.agents:
        return
    if not any(c.dep_ == "dobj" and lemma(c) in ctx.lexicon.contact_nouns for c in token.children):
        return
    if not both_war_sides(ctx, {m.actor_id for m, _ in frame.patients}):
        return
    if not sentence_topic(ctx.sent, ctx.lexicon).settlement:
        frame.agents, frame.patients, frame.parties = [], [], []
        return
    frame.relation = "mediation"
    frame.patients = [(m, "mediation") for m, _ in frame.patients]
    frame.fire("contacts-with-sides")


@construction("helped-to-peace")
def helped_to_peace(ctx: SentenceContext, frame: Frame) -> None:
    """"Russia is ready to help Haftar and Sarraj reach an agreement on a ceasefire", "Algeria helped the GNA and
    the LNA reach a truce": helping others make peace (a help verb of the aid category whose clause settles or names
    a peace topic that is not the war) is mediation with each helped, not backing ("helped the GNA repel the
    offensive" stays backing)."""
    token = frame.trigger
    cue = frame.cue
    if frame.relation != "support" or cue is None or not cue.object_from_clause or cue.category != "aid" or not frame.agents:
        return
    # the clause of what is helped; the parser may read "helped the GNA and the LNA reach" as two clauses joined
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "conj" and c.tag_ in ("VB", "VBP"))]
    topics = ctx.lexicon.peace_topics - ctx.lexicon.war_topics
    peaceful = [c for c in clauses if _settles(ctx, c) or any(lemma(t) in topics for t in c.subtree)]
    if not peaceful:
        return
    helped = [m for m, _ in frame.patients]
    helped += [m for c in peaceful if c.dep_ == "conj" for s in c.children if s.dep_ == "nsubj" for m in ctx.group(s)]
    helped = frame.others(distinct_actors(helped))
    if not helped:
        return
    frame.relation = "mediation"
    frame.patients = [(m, "mediation") for m in helped]
    frame.fire("helped-to-peace")


# Nouns of a proposal whose for-phrase may say it is one of peace ("a UN call for a humanitarian truce").


@construction("welcomed-proposal")
def welcomed_proposal(ctx: SentenceContext, frame: Frame) -> None:
    """"Both the GNA and the LNA welcomed a UN call for a humanitarian truce", "Haftar hailed Algeria's peace
    initiative": a side of the war (conflict_sides) welcoming or backing a proposal of peace that an outsider made
    answers the outsider's mediation: mediation with it, not backing, as accepting it is (light-verb-noun). An
    outsider that welcomes it backs the proposer ("Saudi Arabia welcomed the Cairo initiative"), and a side that
    welcomes the other side's offer is not answering a go-between."""
    token = frame.trigger
    if frame.relation != "support" or frame.cue is None or frame.cue.relation != "support" or not frame.agents:
        return
    proposals = [
        c for c in _answered(token)
        if (_peace_proposal(ctx, c) or _asks_for_peace_on_verb(ctx, token, c)) and (c.dep_ == "dobj" or not _brokered_on(ctx, c))
    ]
    proposers = distinct_actors([m for p in proposals for m in ctx.group(p) or ctx.owner_of(p)] + _proposed_alongside(ctx, token))
    # (the parser may hang a participle on a noun inside the proposal's phrase, which owns nothing: its proposers)
    patients = [m for m, _ in frame.patients] or frame.others(proposers)
    if not proposals or not side_answers_outsider(ctx, frame.agents, patients):
        return
    if any(m.actor_id not in {p.actor_id for p in proposers} for m in patients):
        return
    if frame.cue.only_negated and (
        is_negated(token, ctx.lexicon) or not any(_named_on(ctx, p) or p.dep_ != "dobj" for p in proposals)
    ):
        # "did not accept the UN call for a truce": the refusal the verb reads; "accepted the UN's call", "the truce
        # brokered by Egypt": the proposal's own frame reads who answers it, as its verb's object (a proposal
        # "accepted by" someone, or one that "was accepted", has no such reading)
        return
    frame.relation = "mediation"
    frame.patients = [(m, "mediation") for m in patients]
    if frame.cue.only_negated:
        # "accepted the UN call for a truce": accepting, a cue only when negated, is here the answer itself
        frame.cue = replace(frame.cue, only_negated=False, when_negated=None)
    frame.fire("welcomed-proposal")


@construction("requested-peace")
def requested_peace(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA and the LNA agreed to a truce at the request of the UN", "both sides accepted the truce at the request
    of UN envoy Ghassan Salame", "signed the ceasefire at Moscow's invitation": peace the sides make at someone's
    request or invitation (mediation_request_nouns after "at", "on" or "upon", their owner a possessor or of-phrase) is
    made through the one who asked, who mediates with each side."""
    if frame.relation != "mediation" or frame.agents:
        return
    sides = distinct_actors(frame.parties + [m for m, r in frame.patients if r == "mediation"])
    word = frame.trigger
    clause = next((a for a in word.ancestors if is_verb(a)), None)
    holders = [word] if is_verb(word) or clause is None else [word, clause]
    requested = [
        noun
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
        for noun in c.children  # (not objects(): it reads "at the request of X" through to X)
        if noun.dep_ == "pobj" and lemma(noun) in ctx.lexicon.mediation_request_nouns
    ]
    own = {m.actor_id for m in sides}
    requesters = [m for noun in requested for m in ctx.owner_of_noun(noun) if m.actor_id not in own]
    if not sides or not requesters:
        return
    frame.agents.extend(distinct_actors(requesters))
    named = {m.actor_id for m, _ in frame.patients}
    frame.patients.extend((m, "mediation") for m in sides if m.actor_id not in named)
    frame.fire("requested-peace")


def _answered(verb: Token) -> list[Token]:
    """What a verb of welcoming or accepting acts on, in any voice: its object ("welcomed a UN call"), its passive
    subject ("calls by the UN were welcomed by the GNA"), or the noun its participle or object-gap relative clause
    describes ("a truce proposed by the UN and accepted by the GNA", "a plan, which the GNA welcomed")."""
    if is_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    clause = first_conjunct(verb)
    if (clause.dep_ == "acl" and clause.tag_ == "VBN") or has_object_gap(clause) or _relative_pronoun_object(clause):
        described = clause.head
        if described.dep_ == "pobj" and described.head.dep_ == "prep" and clause.i > 0 and clause.doc[clause.i - 1].text == ",":
            # "a truce for the Eid holiday, accepted by both sides": the parser hangs a participle set off by a comma
            # on the last noun; it may describe the noun that phrase is on
            return [described, described.head.head]
        return [described]
    return [c for c in verb.children if c.dep_ == "dobj"]


def _brokered_on(ctx: SentenceContext, noun: Token) -> bool:
    """"The truce proposed by Algeria was accepted by both": a participle of mediation with a by-phrase on the noun,
    whose own frame (brokered-by) reads who answers the proposal."""
    return any(
        c.dep_ == "acl" and lemma(c) in ctx.lexicon.mediation_participles and any(a.dep_ == "agent" for a in c.children)
        for c in noun.children
    )


def _proposed_alongside(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """"a truce proposed by the UN and accepted by both sides": who the participle before a coordinated one says put
    the proposal forward (proposal_backing_participles), wherever the parser hung the pair."""
    first = first_conjunct(verb)
    if first is verb or first.dep_ != "acl" or lemma(first) not in ctx.lexicon.proposal_backing_participles:
        return []
    return [m for c in first.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]


def _relative_pronoun_object(clause: Token) -> bool:
    """"a plan, which the GNA welcomed": the relative pronoun is the clause's object, what it acts on."""
    return clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


def _named_on(ctx: SentenceContext, noun: Token) -> bool:
    """"the UN call", "the Egyptian call", "the call of the United Nations": a bare name or demonym on the noun, or
    an of-phrase naming whose it is (no possessor, no hyphen compound: "the Italian-German appeal" is read by the
    noun's own frame)."""
    doc = noun.doc
    return any(
        (c.dep_ in ("compound", "amod") and c.i in ctx.mention_at and not hyphen_modifier(c, ctx.mention_at)
         and not any(0 <= j < len(doc) and doc[j].text in HYPHENS for j in (c.i - 1, c.i + 1)))
        or (c.dep_ == "prep" and c.lower_ == "of" and any(ctx.group(o) for o in objects(c)))
        for c in noun.children
    )


def _peace_proposal(ctx: SentenceContext, noun: Token) -> bool:
    """"a ceasefire plan", "the peace initiative", "a call for a truce", "the proposal for a ceasefire"; and "the
    plan" read back as the proposal of someone named before (an act reference) where the text is about peace ("Algeria
    proposed a peace plan. The GNA welcomed the plan")."""
    if lemma(noun) in ctx.lexicon.proposal_nouns and (reference := ctx.mention_at.get(noun.i)) is not None and reference.kind == ACT_REFERENCE_KIND:
        return ctx.about_peace_at(noun)
    if lemma(noun) not in ctx.lexicon.proposal_nouns:
        return ctx.names_peace(noun)
    return ctx.names_peace(noun) or any(
        (c.dep_ == "prep" and c.lower_ in ("for", "of") and any(ctx.names_peace(o) for o in objects(c)))
        # "a call for a truce to take hold": the parser makes the peace asked for the subject of a for-clause
        or (c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(s.dep_ == "nsubj" and ctx.names_peace(s) for s in c.children))
        for c in noun.children
    )


def _asks_for_peace_on_verb(ctx: SentenceContext, verb: Token, noun: Token) -> bool:
    """"welcomed calls by the UN for a humanitarian pause": the parser hangs the for-phrase of a proposal noun on the
    welcoming verb when a by-phrase stands between; a peace topic asked for after the noun is still what it asks for."""
    return lemma(noun) in ctx.lexicon.proposal_nouns and any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i and any(ctx.names_peace(o) for o in objects(c)) for c in verb.children
    )


# Dependencies by which what an appeal asks for hangs on its verb: "called for X", "urged an end", "demanded that the
# fighting stop", "urged a truce to be declared", "called for the sides to halt", and clauses of these.
APPEAL_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "advcl"})
# Marks of a clause that asks for something ("for the sides to halt", "that the fighting stop"); any other mark
# ("after", "while", "because") opens a clause of its own.
APPEAL_MARKS = frozenset({"for", "to", "that"})
# How far above a cue word its appeal verb may stand.
APPEAL_DEPTH = 8


@dataclass(frozen=True)
class Appeal:
    """An appeal a cue word sits in: its verb, who voices it, whether the cue is the thing asked for itself (the
    appeal verb, or what it asks for directly: "called for a truce"), and whether it names whom it asks ("urged the two
    sides", "called on Haftar", "called for Sarraj's cabinet and Haftar's army to ...", "an end to the clashes between ...")."""

    verb: Token
    callers: frozenset[str]
    direct: bool
    addressed: bool


def appeal_of(ctx: SentenceContext, word: Token) -> Appeal | None:
    """The appeal (an appeal verb: demand_verbs, persuasion_verbs, mediation_appeal_verbs) whose object, or a clause
    it asks for, holds `word`, climbing from the word through its phrase; or the appeal verb itself. Not a word in a
    clause of its own ("called for calm after fighting erupted"), nor in the appeal's subject."""
    verb = _appeal_verb(ctx, word)
    if verb is None:
        return None
    callers, _, patient = ctx.subjects(verb, is_passive(verb))
    if not callers and verb.dep_ == "acl":
        # "issued a statement calling for calm", "in a joint statement urging restraint": the statement's authors
        holder = verb.head
        clause = holder.head if holder.dep_ == "dobj" else holder.head.head if holder.dep_ == "pobj" else None
        callers = ctx.subjects(clause, is_passive(clause))[0] if clause is not None and is_verb(clause) else []
    if patient or len({m.actor_id for m in callers}) < 2:
        return None
    asked = _asked_for(verb)
    # the cue is the appeal, or in the phrase of what it asks for ("a truce under UN auspices"), not in a clause asked
    direct = word.i == verb.i or any(word.i in {t.i for t in a.subtree} and not any(is_verb(t) for t in _path(word, a)) for a in asked)
    return Appeal(verb, frozenset(m.actor_id for m in callers), direct, _addressed(ctx, verb, asked, {m.actor_id for m in callers}))


def _appeal_verb(ctx: SentenceContext, word: Token) -> Token | None:
    """The appeal verb whose object, or a clause it asks for, holds `word`; or `word` itself if it is one."""
    lex = ctx.lexicon
    appeals = lex.demand_verbs | lex.persuasion_verbs | lex.mediation_appeal_verbs
    if is_verb(word) and lemma(word) in appeals:
        return word
    node = word
    for _ in range(APPEAL_DEPTH):
        if node.head.i == node.i:
            return None
        head = node.head
        if node.dep_ in ("nsubj", "nsubjpass", "csubj") and node.i != word.i:
            return None  # the appeal's subject, or a clause's: not what is asked
        if node.i != word.i and is_verb(node) and any(c.dep_ == "mark" and c.lower_ not in APPEAL_MARKS for c in node.children):
            return None  # "after fighting erupted": a clause of its own
        if is_verb(head) and lemma(head) in appeals and (node.dep_ in APPEAL_OBJECT_DEPS or (node.dep_ == "prep" and node.lower_ == "for")):
            if node.dep_ == "ccomp" and lemma(head) in lex.reporting_verbs:
                return None  # "officials told Reuters that Russia and Turkey were close to a truce": a report
            return head
        node = head
    return None


def _addressees(ctx: SentenceContext, verb: Token) -> list[Token]:
    """Whom an appeal verb names as those it asks: its object, its on-, upon- or to-phrase, the subject of the clause
    it asks for, or a for-to clause's subject (which the parser hangs on "for", as a mark or a preposition)."""
    named = [c for c in verb.children if c.dep_ == "dobj"]
    named += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for p in objects(c)]
    clauses = [c for c in verb.children if c.dep_ in APPEAL_OBJECT_DEPS and is_verb(c)]
    named += [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    named += [p for c in (*clauses, verb) for f in c.children if f.lower_ == "for" and f.dep_ in ("mark", "prep") for p in objects(f) if clauses]
    return named


def _path(word: Token, top: Token) -> list[Token]:
    """The tokens from `word` up to, not including, its ancestor `top`."""
    path = []
    while word.i != top.i and word.head.i != word.i:
        path.append(word)
        word = word.head
    return path


def _asked_for(verb: Token) -> list[Token]:
    """The heads of what an appeal verb asks for directly: its object, or its for-phrase's objects."""
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in objects(c)]
    return asked + [g for a in asked for g in a.conjuncts]


def _addressed(ctx: SentenceContext, verb: Token, asked: list[Token], callers: set[str]) -> bool:
    """The appeal names whom it asks, other than its voices: a person or side it urges or calls on ("urged the two
    sides", "called on Haftar"), the subject of the clause it asks for ("for both rivals to lay down arms", "that the
    militias withdraw"), or any actor, side or between-phrase inside what it asks for ("an end to the clashes between
    the rivals", "the withdrawal of Turkish troops")."""
    lex = ctx.lexicon
    people = lex.side_nouns | lex.representative_nouns | lex.unnamed_group_nouns
    named = _addressees(ctx, verb)
    clauses = [c for c in verb.children if c.dep_ in APPEAL_OBJECT_DEPS and is_verb(c)]
    if any(lemma(n) in people or n.pos_ == "PRON" or any(m.actor_id not in callers for m in ctx.group(n)) for n in named):
        return True
    # (a mediator's frame on the talks asked for is no addressee: "called for talks with each other under UN auspices")
    framing = {t.i for a in (*asked, *clauses) for t in a.subtree if t.dep_ == "prep" and t.lower_ in AUSPICES_PREPS for t in t.subtree}
    inside = [t for a in (*asked, *clauses) for t in a.subtree if t.i not in framing]
    return any(
        t.lower_ in ("between", "among")
        or (t.pos_ == "NOUN" and lemma(t) in lex.side_nouns)
        or ((m := ctx.mention_at.get(t.i)) is not None and m.actor_id not in callers and m.kind not in PLACE_KINDS)
        for t in inside
    )


def co_appellants(ctx: SentenceContext, frame: Frame, voices: list) -> frozenset[str]:
    """"Egypt, Jordan and Greece called for a de-escalation of the fighting", "Tunisia and Algeria urged the two sides to
    stop the clashes", "Spain and Italy pleaded for both rivals to go back to the table": those who
    voice one appeal together are neither parties nor opponents nor mediators of each other, whatever relation the cue
    inside what they ask for has. Returns those of `voices` (the frame's would-be parties) who are the appeal's
    callers. An appeal that names whom it asks is always others' business; one that does not is the callers' own when
    they are not all states or international bodies (outsider_types: "Sarraj and Saleh called for an end to
    hostilities"), or when two outsiders call for a truce or talks itself ("Erdogan and Putin called for a ceasefire":
    they back the two sides). More than MAX_CONVENED_PARTIES - 1 outsiders make a group's statement to the war's
    sides."""
    if len({m.actor_id for m in voices}) < 2:
        return frozenset()
    appeal = appeal_of(ctx, frame.cue_word)
    if appeal is None:
        return frozenset()
    own = appeal.callers & {m.actor_id for m in voices}
    if len(own) < 2:
        return frozenset()
    if appeal.addressed:
        return frozenset(own)
    if not all(ctx.outside_power(actor) for actor in appeal.callers):
        return frozenset()  # "Sarraj and Saleh called for an end to hostilities": the war's own sides, each other's parties
    asked = _asked_for(appeal.verb)
    # what is asked is itself a truce or talks (a mediation noun cue), not calm, restraint or an end to something
    peace = any(getattr(ctx.lexicon.nouns.get(lemma(a)), "relation", None) == "mediation" for a in asked)
    if frame.relation == "opposition" or not appeal.direct or not peace or len(appeal.callers) >= MAX_CONVENED_PARTIES:
        return frozenset(own)
    return frozenset()


# Prepositions of a phrase that puts talks before the clause they led to: "signed a truce after talks in Geneva".
TALKS_BEFORE_PREPS = frozenset({"after", "following"})
# Prepositions of a clause done in the talks themselves ("agreed on a referendum at talks facilitated by the UN").
TALKS_DURING_PREPS = frozenset({"at", "during"})
# Nouns of a phrase's end: "at the end of three days of talks", "at the close of the negotiations".
ENDING_NOUNS = frozenset({"end", "close", "conclusion"})


def peace_after_talks(ctx: SentenceContext, talks: Token) -> Token | None:
    """The clause a round of talks led to or was done in, when that clause makes peace: "the LNA and the GNA signed a
    ceasefire after UN-brokered negotiations", "... following a week of talks hosted by Morocco", "agreed on a ceasefire
    at the end of three days of talks", "agreed to hold a referendum at talks facilitated by the UN" (a counting or time noun before "of" is the talks' holder). Not "the LNA attacked after the talks
    collapsed" (a clause of its own), nor a clause that names no peace outside the phrase."""
    if lemma(talks) not in ctx.lexicon.dialogue_nouns:
        return None
    holder = talks
    while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ == "NOUN":
        holder = holder.head.head  # "a week of talks", "the end of three days of talks"
    if holder.dep_ == "nsubj" and holder.head.dep_ == "advcl" and holder.head.tag_ == "VBN":
        # "after talks brokered chiefly by the UN": the parser may read the participle as a clause's verb
        prep = next((c for c in holder.head.children if c.dep_ == "mark" and c.lower_ in TALKS_BEFORE_PREPS), None)
        if prep is None:
            return None
        clause, phrase = holder.head.head, holder.head
    elif holder.dep_ == "pobj":
        prep = holder.head
        ending = prep.lower_ == "at" and lemma(holder) in ENDING_NOUNS
        if prep.lower_ not in TALKS_BEFORE_PREPS and prep.lower_ not in TALKS_DURING_PREPS and not ending:
            return None
        clause, phrase = prep.head, prep
    else:
        return None
    while not is_verb(clause) and clause.dep_ in ("dobj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head  # the parser may hang the phrase on the clause's object ("agreed on a ceasefire at ...")
    if is_verb(clause) and clause.dep_ == "xcomp" and not ctx.makes_peace(clause, phrase) and is_verb(clause.head):
        clause = clause.head  # "agreed to hold a referendum at talks ...": the phrase may hang on the verb agreed to
    if not is_verb(clause) or not ctx.makes_peace(clause, phrase):
        return None
    return clause


@construction("co-mediators")
def co_mediators(ctx: SentenceContext, frame: Frame) -> None:
    """"The ceasefire, co-brokered by Doha and Cairo", "Rome co-sponsored the accord with Paris", "Qatar and Kuwait
    co-brokered the deal": a mediator's verb (mediation_participles) written with "co-" on a peace noun says
    its actors made the peace together, which they negotiated with each other: mediation between them. Without the
    prefix, co-brokers are not each other's parties ("Russia and Turkey brokered a truce"); co-hosts of a conference
    or talks (venue_nouns) run an event for others and are not either."""
    token = frame.trigger
    if frame.family != "verb" or lemma(token) not in ctx.lexicon.mediation_participles or not _co_prefixed(token):
        return
    described = [token.head] if token.dep_ in ("acl", "appos", "relcl") else []
    withs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c)]
    things = [c for c in token.children if c.dep_ == "dobj"] + described + [a for w in withs for a in w.children if a.dep_ == "appos"]
    if not any(ctx.names_peace(t) and lemma(t) not in ctx.lexicon.venue_nouns for t in things):
        return  # (not "co-sponsored a trade fair"; nor a summit two capitals co-host: they run an event for others,
        # as any host of a conference does)
    by = [m for c in token.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    doers = by or (ctx.subjects(token, is_passive(token))[0] if not described else [])
    doers = distinct_actors(doers + [m for w in withs for m in ctx.group(w)])
    if len(doers) < 2:
        return
    frame.pairs.extend((one, other, "mediation") for n, one in enumerate(doers) for other in doers[n + 1 :])
    frame.fire("co-mediators")


def _co_prefixed(verb: Token) -> bool:
    """"co-hosted", "co-sponsored": the tokenizer splits the prefix off as "co" and "-" before the verb."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co"


@construction("left-unsigned")
def left_unsigned(ctx: SentenceContext, frame: Frame) -> None:
    """"The marshal quit Rome without signing the accord", "Sarraj left Paris without signing the peace text his
    rival had signed" (clause pattern left-unsigned): whoever leaves a state's place without
    signing a peace text was at the talks held there, and the state hosted them: mediation between the host and
    the one who left, and with whoever the sentence says signed it (who are parties to each other). Not a place
    of one of the war's sides ("left Tripoli"), nor a text that is no peace where the paragraph is not about peace
    ("left Rome without signing the gas deal")."""
    if frame.pattern != "left-unsigned":
        return
    verb, signing = frame.nodes["main"], frame.nodes["signing"]
    hosts = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c) if _outsider(ctx, m.actor_id)]
    unsigned = [c for c in signing.children if c.dep_ == "dobj"]
    if not hosts or not (any(ctx.names_peace(t) for t in unsigned) or (not unsigned and ctx.about_peace_at(verb)) or (
        unsigned and all(t.pos_ == "PRON" or lemma(t) in ctx.lexicon.document_nouns for t in unsigned) and ctx.about_peace_at(verb)
    )):
        return
    own = {m.actor_id for m in hosts}
    leavers = [m for m in ctx.subjects(verb, False)[0] if m.actor_id not in own]
    signers = [
        m
        for t in verb.sent
        if lemma(t) == "sign" and t.i != signing.i and is_verb(t) and not _unsigned(ctx, t)
        for m in ctx.subjects(t, is_passive(t))[0]
        if m.actor_id not in own
    ]
    if not leavers:
        return
    frame.relation, frame.word = "mediation", verb
    frame.agents.extend(distinct_actors(hosts))
    frame.patients.extend((m, "mediation") for m in distinct_actors(leavers + signers))
    frame.pairs.extend((one, other, "mediation") for one in distinct_actors(leavers) for other in distinct_actors(signers) if one.actor_id != other.actor_id)
    frame.fire("left-unsigned")


def _outsider(ctx: SentenceContext, actor: str) -> bool:
    """A state or an international body (outsider_types) that is not one of the war's sides (conflict_sides)."""
    return actor not in {side.actor for side in ctx.lexicon.conflict_sides} and ctx.outside_power(actor)


def _unsigned(ctx: SentenceContext, sign: Token) -> bool:
    """"without signing", "refused to sign", "did not sign": a signing that did not happen."""
    return (
        sign.head.lower_ == "without"
        or any(c.dep_ == "neg" for c in (*sign.children, *(g for a in sign.children if a.dep_ == "aux" for g in a.children)))
        or (sign.dep_ == "xcomp" and lemma(sign.head) in ctx.lexicon.refusal_verbs)
    )


@construction("thanked-host")
def thanked_host(ctx: SentenceContext, frame: Frame) -> None:
    """"Both delegations thanked Egypt for hosting the talks", "the GNA and the LNA praised Morocco for facilitating
    them": those who thank a host or go-between for its part in talks (a mediation verb after "for", under one of
    gratitude_verbs) are the talks' parties, and it mediates with each; two or more thankers are parties to each other.
    One thanker is the go-between's counterpart only in a paragraph about peace. "Sarraj thanked Turkey for hosting him"
    is a visit: nothing."""
    verb = frame.trigger
    if frame.relation != "mediation" or verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return
    thanking = verb.head.head
    if lemma(thanking) not in ctx.lexicon.gratitude_verbs or is_passive(thanking):
        return
    hosted = [c for c in verb.children if c.dep_ == "dobj"]
    if any(not (ctx.names_peace(c) or lemma(c) in ctx.lexicon.meeting_nouns or c.lower_ in ("them", "us")) for c in hosted):
        return  # "thanked Turkey for hosting him / his delegation": a visit, not talks
    hosts = distinct_actors([m for c in thanking.children if c.dep_ == "dobj" for m in ctx.group(c)])
    thankers = [m for m in distinct_actors(ctx.subjects(thanking, False)[0]) if m.actor_id not in {h.actor_id for h in hosts}]
    if not hosts or (len(thankers) < 2 and not (thankers and ctx.about_peace_at(verb))):
        return
    frame.agents = hosts
    if len(thankers) >= 2:
        frame.patients, frame.parties = [], thankers
    else:
        frame.patients = [(thankers[0], "mediation")]
    frame.fire("thanked-host")


@construction("through-go-between")
def through_go_between(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar held indirect talks with Sarraj through Russian and Turkish intermediaries", "the two sides negotiated
    via UN envoys", "through the mediation of Algeria": whoever talks through a go-between (a mediation noun after
    "through" or "via") has it as mediator: it mediates with each who talks (the clause's subjects and its with-phrase)."""
    noun = frame.trigger
    if frame.relation != "mediation" or noun.dep_ != "pobj" or noun.head.lower_ not in ("through", "via"):
        return
    clause = noun.head.head
    while not is_verb(clause) and clause.dep_ in ("pobj", "prep", "dobj", "conj") and clause.head.i != clause.i:
        clause = clause.head  # the parser may hang the phrase on the talks or on whom they are with
    if not is_verb(clause) or not _talking(ctx, clause):
        return  # not "sent drones to the GNA through Qatari intermediaries": a deal, not talks
    go_betweens = distinct_actors(frame.agents or ctx.group(noun))
    talking = list(ctx.subjects(clause, is_passive(clause))[0])
    holders = [clause, *(c for c in clause.children if c.dep_ == "dobj")]  # "held talks with Sarraj"
    talking += [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c) for m in ctx.group(p)]
    own = {m.actor_id for m in go_betweens}
    talking = [m for m in distinct_actors(talking) if m.actor_id not in own]
    if not go_betweens or not talking:
        return
    frame.agents = go_betweens
    frame.patients = [(m, "mediation") for m in talking]
    frame.fire("through-go-between")


@construction("acting-host")
def acting_host(ctx: SentenceContext, frame: Frame) -> None:
    """"Officers of the GNA and the LNA met in Hurghada, with Egypt acting as host", "the two sides held talks, with
    Algeria serving as mediator": a with-clause that makes someone the host (host_role_nouns) or go-between (a mediation
    identity noun) of a meeting of two or more parties makes it mediate with each; the parties, meeting under a host,
    are in talks."""
    verb = frame.trigger
    if frame.family == "noun" and verb.dep_ == "dobj" and ctx.names_peace(verb):
        verb = verb.head  # "held talks, with Algeria serving as mediator"
    if frame.relation not in ("mediation", None) or not is_verb(verb) or not _talking(ctx, verb):
        return
    parties = distinct_actors(frame.parties or ctx.subjects(verb, is_passive(verb))[0])
    hosts = distinct_actors(_with_host(ctx, verb.head if verb.dep_ == "xcomp" else verb))
    parties = [m for m in parties if m.actor_id not in {h.actor_id for h in hosts}]
    if not hosts or len(parties) < 2:
        return
    frame.relation = "mediation"
    frame.agents, frame.patients, frame.parties = hosts, [], parties
    if frame.cue is not None and frame.cue.weak:
        frame.cue = replace(frame.cue, weak=False)  # a meeting someone hosts is talks, whatever the text around is about
    frame.fire("acting-host")


def _with_host(ctx: SentenceContext, clause: Token) -> list:
    """Who a with-clause on `clause` makes its host or go-between: "with Egypt acting as host", "with Algeria serving as
    mediator" (a verb of role_verbs whose as-phrase is one of host_role_nouns or a mediation identity noun). The parser
    may make the acting verb the clause's own adjunct ("with Egypt, a player in the region, acting as host") or read it
    as a noun the name modifies ("with Sisi acting as host")."""
    found = []
    for with_ in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"):
        named = [o for o in objects(with_) if o.i in ctx.mention_at]
        acting = [c for c in with_.children if c.dep_ in ("pcomp", "pobj") and lemma(c) in ctx.lexicon.role_verbs]
        acting += [c for c in clause.children if c.dep_ == "advcl" and c.i > with_.i and lemma(c) in ctx.lexicon.role_verbs and named]
        for act in acting:
            roles = [o for p in act.children if p.dep_ == "prep" and p.lower_ == "as" for o in objects(p)]
            if not any(lemma(r) in ctx.lexicon.host_role_nouns or _go_between_noun(ctx, r) for r in roles):
                continue
            if act.pos_ == "NOUN":  # "with Sisi acting": the name hangs on the word as its modifier
                found += [m for c in act.children if c.dep_ in ("compound", "nmod") for m in ctx.group(c)]
            elif act.dep_ == "advcl":
                found += [m for o in named for m in ctx.group(o)]
            else:
                found += ctx.subjects(act, False)[0]
    return found


def _talking(ctx: SentenceContext, verb: Token) -> bool:
    """A clause of meeting or talking: a verb of meeting or of going to talks, a mediation verb ("negotiated"), or a
    verb whose object names talks or peace ("held talks", "agreed a truce")."""
    base = lemma(verb)
    cue = ctx.lexicon.verbs.get(base)
    return (
        base in ctx.lexicon.meeting_verbs
        or base in ctx.lexicon.mediation_attending_verbs
        or (cue is not None and cue.relation == "mediation")
        or any(c.dep_ == "dobj" and ctx.names_peace(c) for c in verb.children)
    )


def _go_between_noun(ctx: SentenceContext, noun: Token) -> bool:
    """"mediator", "broker", "go-between": a mediation noun that names who mediates (its identity is the agent)."""
    cue = ctx.lexicon.nouns.get(lemma(noun))
    return cue is not None and cue.relation == "mediation" and cue.identity == "agent"
