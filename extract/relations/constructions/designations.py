"""Designations: "Ankara considers Haftar a putschist", "Erdogan described Haftar as a
war criminal", "Russia regards the LNA as a reliable partner". Calling an actor an enemy's
name opposes it; calling it a partner backs it."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from extract.lexicon import Lexicon
from extract.mentions import ACT_REFERENCE_KIND, ActorSpan
from extract.relations.context import SentenceContext, armed_men, distinct_actors
from extract.relations.grammar import GRIEVANCE_PREPS, RELATIVE_PRONOUNS, has_object_gap, in_phrase_on_clause, is_passive, is_verb, lemma, objects, summed_clause
from extract.relations.modality import is_negated
from extract.relations.registry import Frame, construction

PREDICATE_DEPS = ("oprd", "ccomp", "xcomp", "attr")
# Verbs whose object says what their subject is: "the Turkish intervention posed a threat to Arab security",
# "Turkey bore responsibility for the escalation".
STANCE_COPULAS = frozenset({"pose", "constitute", "represent", "bear", "shoulder", "play"})  # ("bore responsibility for", "played a dangerous game")
# Copulas of what a speaker says someone is: "said Haftar was a putschist", "warned that Haftar remained a threat".
REPORTED_COPULAS = frozenset({"be", "remain", "become", "stay"})
# Lists an actor is put on: what the list is of says what it is called ("a terrorist list").
LISTS = frozenset({"list", "blacklist", "register", "roster"})


@construction("designation")
def designation(ctx: SentenceContext, frame: Frame) -> None:
    """The designating verb's subject relates to the one designated by what the predicate
    calls it: a word of lexicon.designation_predicates, or a noun cue that describes who
    someone is ("an enemy", "an ally")."""
    verb = frame.trigger
    if lemma(verb) in ctx.lexicon.reporting_verbs:
        _reported_designation(ctx, frame)
        if frame.rule:
            return  # else "declared Turkish ships a legitimate target": a small clause, as below
    for predicate in _predicates(verb):
        relation = _relation_named(ctx, predicate)
        designated = _designated(ctx, verb, predicate)
        if relation == "opposition" and not designated:
            # "called the deal between Ankara and Tripoli absurd": condemning an actor's act or thing
            designated = [m for c in verb.children if c.dep_ == "dobj" for m in _authors(ctx, c)]
        if relation == "opposition" and not designated:
            designated = _doers_of_summed_act(ctx, verb)
        agents = ctx.subjects(verb, is_passive(verb))[0]
        if not designated and is_passive(verb) and (predicate.dep_ == "pobj" or (predicate.dep_ in ("dobj", "oprd", "attr") and predicate.pos_ == "NOUN")):
            # "warned that Haftar's forces would be regarded as legitimate targets", "was designated a terrorist
            # group by the GNA": the passive subject is the one designated, and the by-phrase (on the verb, or hung on
            # the predicate), or whoever says so, designates it
            by = [c for h in (verb, predicate) for c in h.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
            named_by = [m for c in by for p in objects(c) for m in ctx.group(p)]
            if predicate.dep_ != "pobj" and not named_by:
                continue  # ("will be considered legitimate targets," an officer said: a threat, read by threatened-fate)
            designated = agents
            agents = named_by or ctx.reporters(verb)
        if relation is None or not designated:
            continue
        if relation == "support" and _own_backer(ctx, predicate, agents, designated):
            agents, designated = designated, agents
        frame.relation = relation
        frame.agents.extend(agents)
        frame.patients.extend((m, relation) for m in designated)
        if relation == "support":
            # "Athens saw Haftar as a partner against Turkey": whoever takes someone as a partner against a third is
            # set against the third (the partner's own stance is the taker's view of it)
            against = [m for c in predicate.children if c.dep_ == "prep" and c.lower_ == "against" for p in objects(c) for m in ctx.group(p)]
            frame.pairs.extend((x, a, "opposition") for x in agents for a in against if a.actor_id != x.actor_id)
        frame.fire("designation")
        return


def _doers_of_summed_act(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """"Egypt and Greece signed a deal, a move Ankara declared null and void": the designating verb's clause is a
    contact relative clause (no pronoun) on a noun that sums up the clause before it (act_nouns, or a pact noun after a clause that made
    a pact), set off by a comma; what it designates is what that clause's subject did."""
    act = verb.head
    clause = summed_clause(act)
    if verb.dep_ != "relcl" or clause is None:
        return []
    if any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return []  # ("a move which Washington described as an escalation": evaluated-act reads it)
    if lemma(act) not in ctx.lexicon.act_nouns and lemma(act) not in ctx.lexicon.pact_nouns:
        return []
    if lemma(act) in ctx.lexicon.pact_nouns and ctx.restated_pact(act) is None:
        return []  # ("..., a deal Ankara called void" restates only a pact the clause made)
    return ctx.subjects(clause, is_passive(clause))[0]


def _own_backer(ctx: SentenceContext, predicate: Token, agents: list[ActorSpan], designated: list[ActorSpan]) -> bool:
    """"The GNA counts Turkey as its chief backer", "Sarraj sees Erdogan as his main ally": a backer's noun
    (identity "agent") owned by the one who designates names who backs the designator, not the other way round;
    but an outside power's "partner" or "ally" among the war's own actors is the one it backs ("Egypt regards Haftar
    as its main partner")."""
    cue = ctx.lexicon.nouns.get(lemma(predicate))
    if cue is None or cue.identity != "agent" or not agents:
        return False
    if all(ctx.outside_power(m.actor_id) for m in agents) and not any(ctx.outside_power(m.actor_id) for m in designated):
        return False
    owners = [c for c in predicate.children if c.dep_ == "poss"]
    if any(c.pos_ == "PRON" for c in owners):
        return True  # (whatever "its" was resolved to: no one is called its own backer)
    owned_by = {m.actor_id for c in owners for m in ctx.group(c)}
    return bool(owned_by) and owned_by <= {m.actor_id for m in agents}


def _predicates(verb: Token) -> list[Token]:
    """"calls Haftar [a criminal]", "considers Haftar [a putschist]", "described Haftar as [a putschist]"."""
    found = [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
    if is_passive(verb):
        # "the group was designated a terrorist organisation by the HoR": a passive's object is its predicate
        found += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS]
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        # "Sarraj, whom Russia considers a partner": the parser makes the predicate a second object
        found += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS]
    elif verb.dep_ == "relcl" and not any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        # "a move Ankara declared null and void": in a relative clause with no pronoun the object is the gap, and
        # the word the parser made the object is the predicate
        found += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("ADJ", "NOUN")]
    found += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in objects(c)]
    # "put Cuba on its list of state sponsors of terrorism", "added Wagner to its sanctions list"
    holders = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]  # "put Cuba back on"
    found += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "onto", "to") for p in objects(c) if lemma(p) in LISTS]
    # "held Haftar responsible for the attack": the parser makes the predicate adjective the object's modifier
    found += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i > c.i]
    # "held Haftar fully responsible": after an adverb, an adverbial clause of a bare adjective right after the object
    objects_end = max((c.right_edge.i for c in verb.children if c.dep_ == "dobj"), default=None)
    found += [
        c for c in verb.children
        if objects_end is not None and c.dep_ == "advcl" and c.pos_ == "ADJ" and c.left_edge.i == objects_end + 1
        and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
    ]
    return found


def _relation_named(ctx: SentenceContext, predicate: Token) -> str | None:
    if predicate.pos_ == "VERB" and (predicate.tag_ == "VBD" or any(c.dep_ == "dobj" for c in predicate.children)):
        # a clause with a verb of its own says what someone did ("charging that Doha sponsored terrorism"); the
        # tagger may read a predicate adjective as a verb, but not one with an object or in the past
        return None
    if _distrusted(ctx, predicate):
        return None  # "an unreliable partner" is no partner: reported-distrust reads it
    if (cue := ctx.lexicon.nouns.get(lemma(predicate))) is not None and cue.identity and cue.relation in ("support", "opposition"):
        if cue.identity == "patient":
            # "Haftar said the GNA is a Turkish puppet", "calls Haftar a proxy": who is called a tool is someone
            # else's tool, never the caller's (identity-noun reads the owner the noun names)
            return None
        if any(
            c.dep_ == "prep" and c.lower_ not in ctx.lexicon.opposing_preps and any(m.kind != "pronoun" for m in ctx.group(p))
            for c in predicate.children
            for p in objects(c)
        ):  # ("an ally against Turkey" says against whom, not whose ally)
            return None  # "a puppet of the UAE" names its own other side ("a threat to its security" does not)
        if cue.relation == "support" and _backer_of_condemned(ctx, predicate):
            return "opposition"
        return cue.relation
    words = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "compound"))]
    if lemma(predicate) in LISTS:
        words = list(predicate.subtree)  # what the list is of: "its list of state sponsors of terrorism"
    for word in words:
        if (relation := ctx.lexicon.designation_predicates.get(lemma(word))) is not None:
            return relation
    if any(c.dep_ == "amod" and _occupying(ctx.lexicon, c) for c in predicate.children):
        return "opposition"  # "an occupying force", "an invading army": an occupier named by its act (not "occupied")
    return None


def _occupying(lex: Lexicon, word: Token) -> bool:
    """The -ing form of a verb of occupying_participles, whatever the tagger made of it ("colonising" is read as a
    noun)."""
    if not word.lower_.endswith("ing"):
        return False
    stem = word.lower_[:-3]
    return lemma(word) in lex.occupying_participles or stem in lex.occupying_participles or stem + "e" in lex.occupying_participles


def _backer_of_condemned(ctx: SentenceContext, predicate: Token) -> bool:
    """"sponsors of terror", "a backer of terrorist militias", "partners in his crimes": a backing noun whose of-,
    for- or in-object is something an opposition word of designation_predicates, condemned_groups or
    hostile_evaluations names calls its subject a backer of what is condemned, which the speaker opposes (not "a
    sponsor of the talks", "partners in the fight against smuggling")."""
    lex = ctx.lexicon
    for p in (p for c in predicate.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "in") for p in objects(c)):
        words = [w for w in (p, *p.children) if w.dep_ not in ("prep", "poss")]
        if _names_condemned_group(lex, p) or lemma(p) in lex.hostile_evaluations or any(lex.designation_predicates.get(lemma(w)) == "opposition" for w in words):
            return True
    return False


def _designated(ctx: SentenceContext, verb: Token, predicate: Token) -> list[ActorSpan]:
    """The object ("calls Haftar a criminal"), or the small clause's subject ("considers [Haftar
    a putschist]"), which the parser may read as the predicate's compound ("the GNA illegitimate")."""
    found = [
        m
        for c in verb.children
        if c.dep_ == "dobj"
        # "Haftar, whom it called a war criminal": the relative pronoun is the antecedent
        for m in (ctx.antecedent(verb, c) if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else ctx.group(c))
    ]
    if not found and has_object_gap(verb):
        # "a deal Turkey called null and void", "the commander Ankara calls a putschist": no relative pronoun,
        # the noun the clause describes is what is called so
        found = ctx.antecedent(verb, None)
    if not found and predicate.dep_ != "pobj":
        found = [m for c in predicate.children if c.dep_ in ("nsubj", "compound") and c.i < predicate.i for m in ctx.group(c)]
    return found


def _authors(ctx: SentenceContext, thing: Token) -> list[ActorSpan]:
    """Whose act or thing a noun names: its possessor or of-object ("Turkey's intervention", "the deployment
    of Russian mercenaries"), the names on it ("the Turkish-Libyan accord"), or the parties of its
    between-phrase ("the deal between Ankara and Tripoli")."""
    if thing.pos_ not in ("NOUN", "PROPN") or thing.i in ctx.mention_at:
        return []
    found = ctx.owner_of_noun(thing)
    found += [
        m
        for c in thing.children
        if c.dep_ in ("amod", "compound", "nmod") and c.i < thing.i
        for t in c.subtree  # "the Turkish-Libyan accord": "Turkish" hangs on "Libyan"
        if (m := ctx.mention_at.get(t.i)) is not None
    ]
    found += [m for c in thing.children if c.dep_ == "prep" and c.lower_ == "between" for p in objects(c) for m in ctx.group(p)]
    # "the memorandum signed by Ankara and the GNA", "the deal Turkey signed with the GNA", "the agreements signed
    # between Turkey and the GNA": its signatories
    for signed in (c for c in thing.children if c.dep_ in ("acl", "relcl") and lemma(c) in ctx.lexicon.signing_participles):
        found += [m for c in signed.children if c.dep_ in ("agent", "nsubj") for p in (objects(c) if c.dep_ == "agent" else [c]) for m in ctx.group(p)]
        found += [m for c in signed.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for p in objects(c) for m in ctx.group(p)]
    return found


def _reported_designation(ctx: SentenceContext, frame: Frame) -> None:
    """"Erdogan said Haftar was a putschist", "'Haftar is a war criminal,' the GNA said": whoever
    says that an actor is what a designation predicate names designates it so."""
    verb = frame.trigger
    if lemma(verb) in ctx.lexicon.denial_verbs:
        return  # "Greece denied that the memorandum was void": no verdict
    copulas = [c for c in verb.children if c.dep_ == "ccomp" and (lemma(c) in REPORTED_COPULAS or lemma(c) in STANCE_COPULAS)]
    if verb.dep_ in ("ccomp", "parataxis") and lemma(verb.head) == "be" and verb.head.i < verb.i:
        copulas.append(verb.head)  # the parser makes the quoted clause the root
    for copula in copulas:
        if any(c.dep_ == "neg" for c in copula.children):
            continue
        # "posed a threat", "constitutes a danger": the object says what the subject is
        predicate_deps = ("attr", "acomp", "dobj") if lemma(copula) in STANCE_COPULAS else ("attr", "acomp")
        for predicate in (c for c in copula.children if c.dep_ in predicate_deps):
            if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "never") for c in predicate.children):
                continue  # "bore no responsibility", "is no threat"
            speakers = ctx.subjects(verb, is_passive(verb))[0]
            subjects = _said_of(verb, copula) or [c for c in copula.children if c.dep_ == "nsubj"]
            relation = _relation_named(ctx, predicate) or _act_verdict(ctx, subjects, predicate) or _party_to_war(ctx, predicate, speakers)
            # "Egypt said Turkey's intervention was unacceptable": condemning an actor's act or thing
            designated = [m for c in subjects for m in ((relation == "opposition" and _authors(ctx, c)) or ctx.group(c))]
            own = {m.actor_id for m in designated}
            speakers = [m for m in speakers if m.actor_id not in own]
            if relation is None or not designated or not speakers:
                continue
            if relation == "support" and _ties_to_others(ctx, predicate, speakers):
                continue  # "the GNA said Turkey was Qatar's ally": a tie between others (identity-noun reads it)
            frame.relation = relation
            frame.agents.extend(speakers)
            frame.patients.extend((m, relation) for m in designated)
            frame.fire("designation")
            return


def _ties_to_others(ctx: SentenceContext, predicate: Token, speakers: list[ActorSpan]) -> bool:
    """A backer's noun (identity "agent") whose possessor or of-phrase names someone other than the speakers."""
    cue = ctx.lexicon.nouns.get(lemma(predicate))
    if cue is None or cue.identity != "agent":
        return False
    own = {m.actor_id for m in speakers}
    named = [m for c in predicate.children if c.dep_ == "poss" and c.pos_ != "PRON" for m in ctx.group(c)]
    named += [m for c in predicate.children if c.dep_ == "prep" and c.lower_ in ("of", "to") for o in objects(c) for m in ctx.group(o)]
    return any(m.actor_id not in own for m in named)


# Subjects of a quoted verdict that stand for what it is said of: "'This agreement is void,' Dendias said of the accord".
STANDING_PRONOUNS = frozenset({"he", "she", "it", "they", "this", "that", "these", "those"})


def _said_of(verb: Token, copula: Token) -> list[Token]:
    """"'This agreement is null and void,' Dendias said of the accord between Ankara and Tripoli", "'He is a war
    criminal,' Sarraj said of Haftar": a speech verb's of-phrase names what the quote is about, and the quote's subject,
    a pronoun or a noun after "this" or "that", stands for it; returns the of-phrase's objects, none if the words are
    not so."""
    about = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    standing = all(
        c.lower_ in STANDING_PRONOUNS or any(d.dep_ == "det" and d.lower_ in STANDING_PRONOUNS for d in c.children) for c in subjects
    )
    return about if subjects and standing else []


def _party_to_war(ctx: SentenceContext, predicate: Token, speakers: list[ActorSpan]) -> str | None:
    """"'Abu Dhabi is now a participant in the fighting,' Tripoli said", "the LNA said Ankara was a full party to
    the conflict": a side of the war (conflict_sides) who says another is a party (quotes_party_nouns) to the war (a
    word of war_topics) names it a belligerent against itself. Not said by an outsider ("Turkey is a party to the
    conflict, the UN envoy said"), nor of talks ("a party to the Berlin talks"); a negated copula is skipped before."""
    lex = ctx.lexicon
    if lemma(predicate) not in lex.quotes_party_nouns or not speakers:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "in") and any(lemma(p) in lex.war_topics for p in objects(c)) for c in predicate.children):
        return None
    sides = {side.actor for side in lex.conflict_sides}
    return "opposition" if all(m.actor_id in sides for m in speakers) else None


def _act_verdict(ctx: SentenceContext, subjects: list[Token], predicate: Token) -> str | None:
    """"'Ankara's deployment is an act of aggression,' Sisi said", "said the Egyptian initiative was a provocation":
    what hostile_evaluations names, said of an act an actor did (a subject with authors of its own), is a verdict
    against its doer, as calling it so is (evaluated-act)."""
    if not (_condemns_act(ctx, predicate) and _names_act(ctx, predicate)):
        return None
    acts = [c for c in subjects if c.pos_ == "NOUN" and c.i not in ctx.mention_at]
    return "opposition" if any(_authors(ctx, c) for c in acts) else None


@construction("pejorative-epithet")
def pejorative_epithet(ctx: SentenceContext, frame: Frame) -> None:
    """"Cavusoglu said that the putschist Haftar does not want peace", '"The war criminal Haftar will never
    rule Libya," Sarraj said': whoever calls an actor by a hostile name (an opposition word of
    designation_predicates right before its name) opposes it. In the reporter's own voice ("the renegade
    general Haftar launched ...") nobody is speaking, and nothing is read."""
    token = frame.trigger
    name = token
    while name.dep_ in ("amod", "compound") and name.head.i > name.i and name.i not in ctx.mention_at:
        name = name.head  # "the war criminal Haftar": "war" -> "criminal" -> "Haftar"
    named = ctx.mention_at.get(name.i)
    if named is None:
        # "the putschist Khalifa Haftar": the parser makes the name the title's apposition
        named = next((ctx.mention_at[c.i] for c in token.children if c.dep_ == "appos" and c.left_edge.i == token.i + 1 and c.i in ctx.mention_at), None)
    if named is None:
        named = _force_owner(ctx, name, token)
    if named is None and token.dep_ == "appos" and token.pos_ == "NOUN":
        # "Cavusoglu said the plan was drawn up to rescue Haftar, a warlord who was losing": the hostile name set after it
        named = ctx.mention_at.get(token.head.i)
    if named is None:
        return
    # "the putschist Haftar and his allies in Tobruk": what the speaker names with him is named so too
    designated = [named, *(m for c in named.root.conjuncts for m in ctx.group(c, follow_conj=False))]
    own = {m.actor_id for m in designated}
    speakers = ctx.reporters(token) or ([ActorSpan(ctx.speaker, "pronoun", token.doc[token.i : token.i + 1])] if ctx.speaker else [])
    speakers = [m for m in speakers if m.actor_id not in own]
    if speakers:
        frame.agents.extend(speakers)
        frame.patients.extend((m, "opposition") for m in designated)
        # "Erdogan said France had backed the putschist Haftar": who backs the one so named is blamed for it
        blamed = [m for m in _backers_of(ctx, named.root) if m.actor_id not in own]
        frame.pairs.extend((speaker, backer, "opposition") for speaker in distinct_actors(speakers) for backer in distinct_actors(blamed) if speaker.actor_id != backer.actor_id)
        frame.fire("pejorative-epithet")


def _backers_of(ctx: SentenceContext, name: Token) -> list[ActorSpan]:
    """The subjects of the active support verb whose object is `name` ("backed the putschist Haftar", "sided with the
    aggressor Haftar": a verb of the lexicon whose direct object, or whose preposition's object, takes support), or the
    by-phrase of the passive one whose subject it is."""
    verb, role = None, None
    if name.dep_ == "nsubjpass" and is_verb(name.head) and not is_negated(name.head, ctx.lexicon):
        # "the putschist Haftar was armed by the UAE"
        cue = ctx.lexicon.verbs.get(lemma(name.head))
        if cue is None or cue.relation != "support":
            return []
        return [m for c in name.head.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    if name.dep_ == "dobj":
        verb = name.head
        role = getattr(ctx.lexicon.verbs.get(lemma(verb)), "relation", None)
    elif name.dep_ == "pobj" and name.head.dep_ == "prep" and is_verb(name.head.head):
        verb = name.head.head
        cue = ctx.lexicon.verbs.get(lemma(verb))
        role = cue.preps.get(name.head.lower_) if cue is not None else None
    if verb is None or role != "support" or not is_verb(verb) or is_passive(verb) or is_negated(verb, ctx.lexicon):
        return []
    return ctx.subjects(verb, False)[0]



def _force_owner(ctx: SentenceContext, noun: Token, epithet: Token) -> ActorSpan | None:
    """"the criminal Haftar militias", "Haftar's terrorist gangs", "the illegal Turkish troops": a hostile name given to
    an actor's armed men (a noun of non_state_nouns, personnel_nouns or "force" that names no actor itself, with the
    actor's name as its compound, demonym or possessor) names the actor so. An epithet that only says what kind of
    fighters they are ("the mercenary Wagner fighters", a word of non_state_nouns) names no one."""
    lex = ctx.lexicon
    if noun.i in ctx.mention_at or noun.pos_ != "NOUN" or lemma(epithet) in lex.non_state_nouns or not armed_men(lex, noun):
        return None
    owners = [ctx.mention_at[c.i] for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.mention_at]
    owners += [m for c in noun.children if c.dep_ == "poss" for m in ctx.group(c)]
    return owners[0] if owners else None


# What makes a reported clause assert nothing: "said that Qatar does not fund ...", "asked whether Qatar funds ...".
UNASSERTING_MARKS = frozenset({"if", "whether", "unless"})
# Where an act noun stands in a reported clause for the clause to say it happened: its subject, object, predicate.
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")


@construction("reported-condemnation")
def reported_condemnation(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt said Turkish interference threatens Arab security", "the LNA said Qatar is meddling in Libya",
    "'Qatar funds terrorist militias,' the LNA spokesman said": a speaker who says that another actor does what
    condemned_acts names, or backs what condemned_groups names, accuses it, which opposes it. A plain hostile act
    reported ("the UN said Haftar attacked Tripoli") condemns nobody: the act's own edge is read by its cue. The
    speaker's own side ("the LNA said its army fights terrorist groups"), a denial, a negated or conditional
    clause assert no accusation."""
    if _findings_of_observers(ctx, frame.trigger):
        return  # ("a U.N. panel of experts said Jordan and Turkey breached the embargo": documented, as for reported-breach)
    _speaker_opposes(ctx, frame, "reported-condemnation", lambda clause, own: _condemned(ctx, clause), skip_negated=True)


def _speaker_opposes(
    ctx: SentenceContext, frame: Frame, rule: str, accused_in: Callable[[Token, set[str]], list[ActorSpan]], skip_negated: bool = False
) -> None:
    """What the reported-* constructions share: the subject of a reporting verb (not a denial) opposes whom
    `accused_in` finds in an asserted clause of what it says (not "whether" / "if", nor, with `skip_negated`, a
    negated one), other than the speaker's own side; `own` is that side's actor ids."""
    verb = frame.trigger
    word = lemma(verb)
    if frame.rule or word not in ctx.lexicon.reporting_verbs or word in ctx.lexicon.denial_verbs:
        return
    speakers = ctx.subjects(verb, is_passive(verb))[0]
    if not speakers:
        return
    own = {m.actor_id for m in speakers}
    for clause in _reported_clauses(verb):
        if any((skip_negated and c.dep_ == "neg") or (c.dep_ == "mark" and c.lower_ in UNASSERTING_MARKS) for c in clause.children):
            continue  # "asked whether Haftar can be trusted"
        accused = [m for m in accused_in(clause, own) if m.actor_id not in own]
        if accused:
            _oppose(frame, speakers, accused, rule)
            return


def _reported_clauses(verb: Token) -> list[Token]:
    """The verbs of what the speaker says: the that-clause and its conjoined clauses ("said Qatar funds militias
    and Turkey sends jihadists"), or the quoted clause the parser made the root ("'...,' the LNA said")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        clauses.append(verb.head)
    return [*clauses, *(c for clause in clauses for c in clause.conjuncts if c.pos_ in ("VERB", "AUX"))]


def _condemned(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    """Whom a reported clause condemns: the subject of a condemned act ("Qatar is meddling"), the author of a
    condemned act noun among its arguments ("Turkish interference threatens ...", "vowed to end the Turkish
    occupation"), the one a condemned group among them belongs to ("the UAE's jihadist gangs shelled ..."), or the
    subject of a backing or sending whose object is a condemned group or act ("Qatar funds terrorist militias",
    "Moscow backs Haftar's aggression")."""
    lex = ctx.lexicon
    if lemma(clause) in lex.condemned_acts:
        return _condemned_doers(ctx, clause)
    if _denied_right(ctx, clause):
        return ctx.subjects(clause, False)[0]
    if _denied_validity(ctx, clause):
        return [m for s in clause.children if s.dep_ == "nsubj" for m in _authors(ctx, s)]
    if _must_stop(ctx, clause) or any(_must_stop(ctx, c) for c in clause.children if c.dep_ == "xcomp"):
        return ctx.subjects(clause, False)[0]
    # "Ankara keeps meddling", "Turkey continues to send jihadists": the act is the clause's (not "stopped meddling",
    # "refused to fund")
    acts = [clause]
    if lemma(clause) not in lex.refusal_verbs and lemma(clause) not in lex.ceasing_verbs:
        acts += [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if any(lemma(act) in lex.condemned_acts for act in acts[1:]):
        return ctx.subjects(clause, False)[0]
    found: list[ActorSpan] = []
    arguments = [c for c in clause.children if c.dep_ in ARGUMENT_DEPS]
    arguments += [p for c in clause.children if c.dep_ == "prep" for p in objects(c)]
    arguments += [c for a in list(arguments) for c in a.conjuncts]
    for noun in arguments:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue
        if lemma(noun) in lex.condemned_acts and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            continue  # "in violation of the embargo": what is violated is no author (reported-breach reads the phrase)
        if lemma(noun) in lex.condemned_acts:
            found += _act_authors(ctx, noun)
        elif lemma(noun) in lex.condemned_groups:
            # "the UAE's jihadist gangs shelled ...": a group named so condemns the one it belongs to; the name before
            # it is what the group is ("ISIS terrorists attacked"), which wire copy writes in its own words
            found += ctx.owner_of_noun(noun)
    if not is_passive(clause) and any(_backs_condemned(lex, act) for act in acts):
        found += ctx.subjects(clause, False)[0]
    if not is_passive(clause) and lemma(clause) in lex.authorship_verbs and any(
        c.dep_ == "dobj" and lemma(c) in lex.condemned_acts for c in clause.children
    ):
        found += ctx.subjects(clause, False)[0]  # "Jordan is committing crimes", "the militias perpetrated massacres"
    return found


def _denied_right(ctx: SentenceContext, clause: Token) -> bool:
    """"Ankara said Paris had no right to lecture it", "Haftar's aide said Abu Dhabi had no business sending jets": saying
    an actor has no right (right_nouns with "no") to act rebukes it. A right granted ("has every right to defend its
    borders") rebukes no one."""
    if lemma(clause) != "have":
        return False
    return any(
        c.dep_ == "dobj" and lemma(c) in ctx.lexicon.right_nouns and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in clause.children
    )


# Nouns of what is legally void whatever modifies them ("had no validity").
VOID_NOUNS = frozenset({"validity", "legitimacy"})


def _denied_validity(ctx: SentenceContext, clause: Token) -> bool:
    """"Athens said the memorandum had no legal basis", "Cairo said the accords lack any legal effect": a deal or law
    said to have no legal force (invalidity_nouns with a word of legality_words, or validity itself) is called void,
    which condemns its makers, as "illegal" or "null and void" does. Not "the sanctions had no effect" (no legal word)."""
    word = lemma(clause)
    if word not in ("have", "lack"):
        return False
    lex = ctx.lexicon
    for noun in (c for c in clause.children if c.dep_ == "dobj" and lemma(c) in lex.invalidity_nouns):
        denied = word == "lack" or any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
        legal = lemma(noun) in VOID_NOUNS or any(c.dep_ in ("amod", "compound") and c.lower_ in lex.legality_words for c in noun.children)
        if denied and legal:
            return True
    return False


def _condemned_doers(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    """Who does the condemned act a clause's verb names: its subject, or in the passive its by-agent ("the truce is
    being violated by Haftar's militias"); the passive's subject is what was wronged ("the Moscow agreement is being
    breached": a deal named after a capital), never the accused."""
    if not is_passive(clause):
        # "Turkey's deliveries of weapons to the GNA violate the embargo": an act as the subject stands for its doers
        acts = [s for s in clause.children if s.dep_ == "nsubj" and s.i not in ctx.mention_at and lemma(s) in ctx.lexicon.nouns]
        return [m for s in acts for m in _act_authors(ctx, s)] or ctx.subjects(clause, False)[0]
    return [m for c in clause.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]


def _backs_condemned(lex: Lexicon, verb: Token) -> bool:
    """"funds terrorist militias", "sent jihadists to Libya", "backs Haftar's aggression": a backing or sending verb
    whose object, or whom it sends to, is a condemned group or act."""
    backs = (cue := lex.verbs.get(lemma(verb))) is not None and cue.relation == "support" or lemma(verb) in lex.transfer_verbs
    return backs and any(_names_condemned_group(lex, o) or lemma(o) in lex.condemned_acts for o in _backed(verb))


def _act_authors(ctx: SentenceContext, act: Token) -> list[ActorSpan]:
    """Who does a condemned act a noun names: its possessor, the names before it, or a phrase the noun cue reads as
    its agent ("the interference of Turkey", "aggression by the UAE"; not "the occupation of Tripoli", a patient)."""
    cue = ctx.lexicon.nouns.get(lemma(act))
    if cue is None:
        return _authors(ctx, act)
    found = [m for c in act.children if c.dep_ == "poss" for m in ctx.group(c)]
    found += [m for c in act.children if c.dep_ in ("amod", "compound", "nmod") and c.i < act.i for t in c.subtree if (m := ctx.mention_at.get(t.i)) is not None]
    found += [m for c in act.children if c.dep_ == "prep" and cue.preps.get(c.lower_) == "agent" for p in objects(c) for m in ctx.group(p)]
    return found


def _backed(verb: Token) -> list[Token]:
    """What a backing or sending verb gives to or sends: its object and a to-phrase ("sent weapons to extremist
    groups")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    found += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in objects(c)]
    return [*found, *(c for f in found for c in f.conjuncts)]


def _names_condemned_group(lex: Lexicon, noun: Token) -> bool:
    """"terrorist groups", "jihadists", "extremist militias": the noun or one of its modifiers names a group
    condemned_groups lists."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        lemma(w) in lex.condemned_groups for w in (noun, *(c for c in noun.children if c.dep_ in ("amod", "compound")))
    )


@construction("over-act")
def over_act(ctx: SentenceContext, frame: Frame) -> None:
    """"Greece expelled the Libyan ambassador over the maritime deal Tripoli signed with Turkey", "Cairo summoned the
    Turkish envoy over Ankara's deployment": a hostile step taken over what someone did or signed (clause pattern
    over-act) is aimed at those who did or signed it."""
    if frame.pattern == "over-act":
        _step_over(ctx, frame, frame.nodes["main"], frame.nodes["thing"], "over-act")


@construction("protest-at-act")
def protest_at_act(ctx: SentenceContext, frame: Frame) -> None:
    """"Athens gave the envoy 72 hours to leave in protest at the accord between Ankara and the GNA", "recalled its
    ambassador in response to Turkey's deployment": over-act's step, taken in protest at, in response to or in
    retaliation for what someone did (grievance_nouns; clause pattern protest-at-act)."""
    if frame.pattern != "protest-at-act" or lemma(frame.nodes["grievance"]) not in ctx.lexicon.grievance_nouns:
        return
    if frame.nodes["grievance"].head.lower_ != "in" or frame.nodes["prep"].lower_ not in GRIEVANCE_PREPS:
        return
    _step_over(ctx, frame, frame.nodes["main"], frame.nodes["thing"], "protest-at-act")


# The clauses a step's verb may sit under, up to the one whose subject takes the step ("gave the envoy 72 hours to
# leave over ...").
STEP_CLAUSE_DEPS = frozenset({"advcl", "xcomp"})


def _step_over(ctx: SentenceContext, frame: Frame, main: Token, thing: Token, rule: str) -> None:
    """The subject of a hostile step (an opposition cue verb or noun on the clause, or an envoy told to leave) opposes
    those who did or signed `thing`: a pact's parties, or the authors of an act of support or opposition."""
    lex = ctx.lexicon
    clause = main if is_verb(main) else next((a for a in main.ancestors if is_verb(a)), None)
    if clause is None:
        return
    chain = [clause]
    # (up through clauses with no subject of their own: not from "days after Greece expelled the envoy over ..." to
    # the clause it dates)
    while chain[-1].dep_ in STEP_CLAUSE_DEPS and chain[-1].head.i != chain[-1].i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children):
        chain.append(chain[-1].head)
    top = chain[-1]
    step = _hostile_step(ctx, main, chain)
    if step is None or is_passive(top) or is_negated(step, lex) or is_negated(top, lex):
        return
    makers = _makers_of(ctx, thing)
    stepping = ctx.subjects(top, False)[0]
    own = {m.actor_id for m in stepping}
    makers = [m for m in makers if m.actor_id not in own]
    if stepping and makers:
        frame.relation, frame.word = "opposition", step  # (the step's own modality: "denied expelling ...")
        frame.agents.extend(distinct_actors(stepping))
        frame.patients.extend((m, "opposition") for m in distinct_actors(makers))
        frame.fire(rule)


def _hostile_step(ctx: SentenceContext, main: Token, chain: list[Token]) -> Token | None:
    """"expelled", "ordered the expulsion of", "imposed sanctions", "gave the ambassador 72 hours to leave": an
    opposition cue verb in the chain, an opposition cue noun the step is named by or its verbs take, or an envoy
    (envoy_nouns) told to leave (withdrawal_verbs); returns the word that names the step, None if there is none."""
    lex = ctx.lexicon

    def hostile_noun(t: Token) -> bool:
        cue = lex.nouns.get(lemma(t))
        return cue is not None and cue.relation == "opposition" and not cue.only_negated and cue.identity is None

    if not is_verb(main) and hostile_noun(main):
        return main
    for verb in chain:
        cue = lex.verbs.get(lemma(verb))
        if cue is not None and cue.relation == "opposition" and not cue.only_negated:
            return verb
        if cue is not None and "opposition" in cue.preps.values() and any(c.dep_ == "dobj" and lemma(c) in lex.envoy_nouns for c in verb.children):
            return verb  # "recalled its ambassador"
        if (noun := next((c for c in verb.children if c.dep_ == "dobj" and hostile_noun(c)), None)) is not None:
            return noun
    leaving = next((v for v in chain if lemma(v) in lex.withdrawal_verbs), None)
    envoys = any(lemma(c) in lex.envoy_nouns for v in chain for c in v.children if c.dep_ in ("dobj", "dative", "nsubj"))
    return leaving if envoys else None


def _makers_of(ctx: SentenceContext, thing: Token) -> list[ActorSpan]:
    """Who did or signed `thing`: a pact's parties (its possessor and names, "between X and Y", "with Y", and who
    signed it in a clause on it: "the deal Tripoli signed with Turkey", "a deal signed between Ankara and Tripoli"), or
    the authors of an act of support or opposition ("Ankara's deployment", "Turkey's support for the GNA")."""
    lex = ctx.lexicon
    cue = lex.nouns.get(lemma(thing))
    pact = lemma(thing) in lex.pact_nouns
    if not pact and (cue is None or cue.relation not in ("support", "opposition") or cue.identity is not None):
        return []
    if not pact:
        # ("its alleged support of Haftar": with a possessor, the of-phrase names the one backed)
        owned = any(c.dep_ == "poss" for c in thing.children)
        return [m for m in _act_authors(ctx, thing) if not (owned and m.root.head.lower_ == "of")]
    found = _act_authors(ctx, thing)
    parties_of = [thing, *(c for c in thing.children if c.dep_ in ("acl", "relcl"))]
    found += [m for h in parties_of for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "with") for p in objects(c) for m in ctx.group(p)]
    found += [m for h in parties_of[1:] for c in h.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    found += [m for h in parties_of[1:] if h.dep_ == "relcl" and not is_passive(h) for c in h.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for m in ctx.group(c)]
    return found


@construction("evaluated-act")
def evaluated_act(ctx: SentenceContext, frame: Frame) -> None:
    """"The GNA considered the declarations of the Egyptian president as a declaration of war", "Haftar closed the
    ports, a step which the GNA called a crime", "Haftar announced the end of the accord, which the GNA described as
    a coup": calling an act what hostile_evaluations or an opposition word of designation_predicates names opposes
    whoever did it (the act's possessor or of-agent, or the subject of the clause the act noun stands for)."""
    verb = frame.trigger
    if frame.rule or lemma(verb) not in ctx.lexicon.designation_verbs:
        return
    evaluators = _evaluators(ctx, verb)
    if (clause := _clause_evaluated_in_what(verb)) is not None:
        predicates = [p for p in _predicates(verb) if p.lower_ not in RELATIVE_PRONOUNS]
        own = {m.actor_id for m in evaluators}
        doers = [m for m in ctx.subjects(clause, is_passive(clause))[0] if m.actor_id not in own]
        if evaluators and doers and any(_condemns_act(ctx, p) and _names_act(ctx, p) for p in predicates):
            _oppose(frame, evaluators, doers, "evaluated-act")
        return
    if (clause := _reported_clause_evaluated(ctx, verb)) is not None:
        # "France said Turkish warships had locked their radar on its frigate, calling the behaviour aggressive": what
        # the speaker calls so, as it goes on, is the act it reported, whoever "it" or "the move" is read as
        things = [c for c in verb.children if c.dep_ == "dobj"]
        predicates = [p for p in _predicates(verb) if p.dep_ != "dobj"]
        plain = all(t.pos_ == "PRON" or not any(i in ctx.mention_at for i in range(t.left_edge.i, t.right_edge.i + 1)) for t in things)
        own = {m.actor_id for m in evaluators}
        doers = [m for m in ctx.subjects(clause, is_passive(clause))[0] if m.actor_id not in own]
        if things and plain and evaluators and doers and any(_condemns_act(ctx, p) for p in predicates):
            _oppose(frame, evaluators, doers, "evaluated-act")
            return
    for thing, predicates in _evaluated_things(ctx, verb):
        # "it" read as an act named before ("Sisi gave a speech. The GNA described it as a declaration of war"): the act's
        # authors (extract.coreference, an act reference); any other name is designated, not an act
        act_reference = ctx.mention_at.get(thing.i) if thing.pos_ == "PRON" else None
        if act_reference is not None and act_reference.kind != ACT_REFERENCE_KIND:
            continue
        if (thing.i in ctx.mention_at and act_reference is None) or not any(_condemns_act(ctx, p) for p in predicates):
            continue
        own = {m.actor_id for m in evaluators}
        doers = [m for m in (ctx.group(thing) if act_reference is not None else _act_doers(ctx, thing, predicates)) if m.actor_id not in own]
        if evaluators and doers:
            _oppose(frame, evaluators, doers, "evaluated-act")
            return


@construction("said-evaluated-act")
def said_evaluated_act(ctx: SentenceContext, frame: Frame) -> None:
    """"Egypt and Cyprus signed an accord, a move Ankara said was null and void", "..., a step which Cairo claimed
    amounted to a declaration of war": a noun set off after a clause sums it up, and a speech verb right after its
    speaker says that the act was what hostile_evaluations names. The speaker opposes whoever did it (the noun's own
    authors, else the clause's subject), as calling the act so does (evaluated-act). Read on the words, not the
    parse's attachments, which vary ("a step" as the verb's subject, "an operation Parly" as a compound). Not a denial
    ("the Kremlin denied was a provocation") nor a negated verdict ("said was not a provocation")."""
    verb, lex = frame.trigger, ctx.lexicon
    if frame.rule or lemma(verb) not in lex.reporting_verbs or lemma(verb) in lex.denial_verbs:
        return
    predicate = _verdict_after(ctx, verb)
    if predicate is None or not (_condemns_act(ctx, predicate) and _names_act(ctx, predicate)):
        return
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS), None)
    if speaker is None:
        return
    noun = _summing_noun(ctx, verb, speaker)
    if noun is None:
        return
    speakers = ctx.group(speaker)
    own = {m.actor_id for m in speakers}
    doers = [m for m in _act_authors(ctx, noun) or _summed_up_doers(ctx, noun) if m.actor_id not in own]
    if speakers and doers:
        _oppose(frame, speakers, doers, "said-evaluated-act")


def _summing_noun(ctx: SentenceContext, verb: Token, speaker: Token) -> Token | None:
    """The noun right before a speech verb's speaker ("..., a move [Ankara] said"; "which" may come between), set off
    by a comma after a determiner and adjectives; None if the words are not so."""
    doc = verb.doc
    mention = ctx.mention_at.get(speaker.i)
    start = mention.span.start if mention is not None else speaker.i
    while start > 0 and doc[start - 1].dep_ in ("det", "amod", "compound") and doc[start - 1].head.i == speaker.i and doc[start - 1].pos_ != "NOUN":
        start -= 1  # "the Turkish foreign ministry"
    if any(t.pos_ not in ("ADV", "AUX", "PART") for t in doc[speaker.right_edge.i + 1 : verb.i]):
        return None  # something other than the speaker's phrase and adverbs before the verb: not read
    at = start - 1
    if at > 0 and doc[at].lower_ in RELATIVE_PRONOUNS:
        at -= 1
    if at < 2 or doc[at].pos_ != "NOUN":
        return None
    noun, at = doc[at], at - 1
    while at > 0 and doc[at].pos_ == "ADJ":
        at -= 1
    if doc[at].lower_ not in ("a", "an", "another", "the", "one") or doc[at - 1].text != ",":
        return None
    return noun


def _verdict_after(ctx: SentenceContext, verb: Token) -> Token | None:
    """What a speech verb says its antecedent was: the predicate of the copula or verdict verb (quotes_verdict_verbs:
    "amounted to", "constituted") right after it, past auxiliaries ("said would be"); None when the copula is
    negated."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].tag_ == "MD":
        i += 1
    if i >= len(doc):
        return None
    copula = doc[i]
    if lemma(copula) != "be" and lemma(copula) not in ctx.lexicon.quotes_verdict_verbs:
        return None
    if any(c.dep_ == "neg" for c in copula.children) or (i + 1 < len(doc) and doc[i + 1].dep_ == "neg"):
        return None
    found = [c for c in copula.children if c.dep_ in ("attr", "acomp", "dobj") and c.i > copula.i]
    found += [p for c in copula.children if c.dep_ == "prep" and c.lower_ == "to" and lemma(copula) != "be" for p in objects(c)]
    return found[0] if found else None


def _summed_up_doers(ctx: SentenceContext, noun: Token) -> list[ActorSpan]:
    """The subject of the clause a noun set off by a comma after it sums up ("Athens and Cairo signed a deal, a move
    ..."): the clause verb is the first verb above the word before the comma (above an infinitive: "continues to
    deliver drones")."""
    start = noun.i
    while start > 0 and (noun.doc[start - 1].pos_ in ("DET", "ADJ") or noun.doc[start - 1].dep_ == "compound"):
        start -= 1  # "a new defence step": the words of the noun's phrase, whatever the parser hangs on the comma
    if start < 2 or noun.doc[start - 1].text != ",":
        return []
    last = noun.doc[start - 2]
    verb = next((a for a in (last, *last.ancestors) if a.pos_ in ("VERB", "AUX") and a.i < start), None)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.i < start:
        verb = verb.head
    return ctx.subjects(verb, is_passive(verb))[0] if verb is not None else []


def _clause_evaluated_in_what(verb: Token) -> Token | None:
    """"An LNA jet struck the airport, in what the GNA called a war crime": a free relative in a phrase on a clause
    evaluates what the clause says was done; the clause's verb."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return None
    clause = verb.head.head
    return clause if clause.pos_ in ("VERB", "AUX") else None


def _reported_clause_evaluated(ctx: SentenceContext, verb: Token) -> Token | None:
    """"Egypt said Turkey had sent mercenaries, describing the move as a violation": a designating participle set off
    after a reporting verb's clause evaluates what that clause reports; the clause's verb."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i or lemma(head) not in ctx.lexicon.reporting_verbs:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def _evaluated_things(ctx: SentenceContext, verb: Token) -> list[tuple[Token, list[Token]]]:
    """The act a designating verb evaluates, with what it is called: its object ("considered [the remarks] (as) a
    crime", the parser may hang "as" on the object), the antecedent of a relative pronoun object ("a step [which]
    the GNA considered a crime", where the parser reads the predicate as a second object), or the noun a passive
    participle describes ("a move described by Cairo as a provocation")."""
    predicates = [p for p in _predicates(verb) if p.dep_ != "dobj" or p.lower_ not in RELATIVE_PRONOUNS]
    # "described as illegitimate": the parser may hang the adjective on "as" as a modifier
    predicates += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for a in c.children if a.dep_ in ("amod", "acomp") and a.pos_ == "ADJ"]
    found: list[tuple[Token, list[Token]]] = []
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    for obj in direct:
        if obj.lower_ in RELATIVE_PRONOUNS:
            if verb.dep_ == "relcl":
                found.append((verb.head, [p for p in predicates if p.i != obj.i]))
            continue
        # "described the memorandum signed by Turkey as a violation": the parser hangs "as" on the object or on
        # the participle that describes it
        holders = [obj, *(c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        own = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for p in objects(c)]
        found.append((obj, [p for p in predicates if p.i != obj.i] + own))
    if verb.dep_ == "relcl" and not direct and not any(c.dep_ in ("nsubjpass", "ccomp") for c in verb.children):
        found.append((verb.head, predicates))  # "a move the GNA described as blackmail": no relative pronoun
    # "considered [the Turkish deployment a provocation]": the parser reads a small clause
    found += [(c, [p]) for p in predicates if p.dep_ in ("ccomp", "xcomp") for c in p.children if c.dep_ == "nsubj" and c.i < p.i]
    if verb.dep_ == "acl" and is_passive(verb) and verb.tag_ == "VBN":
        found.append((verb.head, predicates))
    # "a session which was described by the council as invalid": the relative pronoun is the antecedent
    found += [(verb.head if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else c, predicates) for c in verb.children if c.dep_ == "nsubjpass"]
    return found


def _evaluators(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """Who evaluates: the subject, or a passive verb's by-phrase ("was described by Cairo as ...")."""
    if is_passive(verb):
        return [m for c in verb.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    return ctx.subjects(verb, False)[0]


def _condemns_act(ctx: SentenceContext, predicate: Token) -> bool:
    """"a crime", "a declaration of war", "an act of aggression", "a flagrant violation", "illegal": a word of
    hostile_evaluations (alone or with its of-object) or an opposition word of designation_predicates."""
    lex = ctx.lexicon
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "never") for c in predicate.children):
        return False
    words = [lemma(predicate), *(f"{lemma(predicate)} of {lemma(p)}" for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c))]
    if any(w in lex.hostile_evaluations for w in words):
        return True
    return _relation_named(ctx, predicate) == "opposition"


def _act_doers(ctx: SentenceContext, thing: Token, predicates: list[Token]) -> list[ActorSpan]:
    """Who did the act: the noun's own authors, or, for a noun that stands for a clause ("a step", "a move", or a
    relative clause set off by a comma after the clause's object), that clause's subject."""
    found = _act_authors(ctx, thing)
    # "the accord between Ankara and the GNA": its parties
    found += [m for c in thing.children if c.dep_ == "prep" and c.lower_ == "between" for p in objects(c) for m in ctx.group(p)]
    # "the memorandum signed by Turkey and the GNA", "the offensive launched by Haftar": the participle's agents
    found += [m for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent" for p in objects(a) for m in ctx.group(p)]
    if found:
        return found
    # "condemned the visit as a provocation by Athens", "denounced the deal as Egypt's aggression": what it is called
    # names who did it
    found = [
        m
        for p in predicates
        if _names_act(ctx, p)
        for c in p.children
        if (c.dep_ in ("prep", "agent") and c.lower_ == "by") or c.dep_ == "poss"
        for o in ([c] if c.dep_ == "poss" else objects(c))
        for m in ctx.group(o)
    ]
    if found:
        return found
    # "shelled the airport, an attack that Turkey called a war crime": an apposition set off by a comma after a
    # clause's object sums up the clause
    summing_up = thing.dep_ in ("appos", "npadvmod") and thing.left_edge.i > 0 and thing.doc[thing.left_edge.i - 1].text == ","
    # "struck the airport in an attack the GNA called a war crime": an attack noun in an in-phrase on the clause
    summing_up = summing_up or (in_phrase_on_clause(thing) and ctx.did_in_clause(thing))
    clause_noun = lemma(thing) in ctx.lexicon.act_nouns or summing_up
    set_off = any(c.dep_ == "relcl" and c.i > thing.i and thing.doc[c.left_edge.i - 1].text == "," for c in thing.children)
    # (a noun that is itself an act, act_nouns, can be called anything hostile: "an act Paris described as hostile")
    if not (clause_noun or set_off) or not any(_names_act(ctx, p) or (lemma(thing) in ctx.lexicon.act_nouns and _condemns_act(ctx, p)) for p in predicates):
        return []
    verb = next((a for a in thing.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return ctx.subjects(verb, is_passive(verb))[0] if verb is not None else []


def _names_act(ctx: SentenceContext, predicate: Token) -> bool:
    """A predicate that can only be said of an act ("a crime", "a coup"), not of a thing or place ("a terrorist
    haven")."""
    return lemma(predicate) in ctx.lexicon.hostile_evaluations or any(
        f"{lemma(predicate)} of {lemma(p)}" in ctx.lexicon.hostile_evaluations for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)
    )


def _must_stop(ctx: SentenceContext, clause: Token) -> bool:
    """"said that Russia must stop its intervention", "said Ankara should end its support for the GNA": saying an
    actor must stop (lexicon.ceasing_verbs, with a prescriptive modal) a hostile act or its aid to a side demands it,
    as "urged Russia to stop ..." does (demanded-stop), and presupposes the act goes on."""
    from extract.relations.constructions.demands import _hostile_act

    lex = ctx.lexicon
    if lemma(clause) not in lex.ceasing_verbs or is_passive(clause):
        return False
    if any(c.dep_ in ("dobj", "nsubj") and lemma(c) in lex.war_topics for c in clause.children):
        return False  # "the GNA and the LNA must stop the fighting": peace-making between them, no accusation
    modal = any(c.dep_ == "aux" and lemma(c) in lex.prescriptive_modals for c in clause.children)
    modal = modal or (clause.dep_ == "xcomp" and lemma(clause.head) in lex.prescriptive_modals)  # "needs to halt"
    return modal and _hostile_act(ctx, clause)



@construction("reported-breach")
def reported_breach(ctx: SentenceContext, frame: Frame) -> None:
    """"US officials said Moscow had not honoured the ceasefire", "the UN said the LNA failed to respect the
    embargo": a speaker who says another actor does not keep (compliance_verbs) a truce, an embargo or a commitment
    (commitment_words) accuses it; "Haftar must not be allowed to take Tripoli, the GNA said": one who says an actor
    must not be let act opposes it. Saying it kept them ("said the GNA honoured the truce") accuses no one."""
    if _findings_of_observers(ctx, frame.trigger):
        return
    _speaker_opposes(ctx, frame, "reported-breach", lambda clause, own: _breaching(ctx, clause) + _not_to_be_allowed(ctx, clause))


def _findings_of_observers(ctx: SentenceContext, verb: Token) -> bool:
    """"UN experts said Jordan supplied vehicles in breach of the embargo", "a report by U.N. sanctions monitors said":
    monitors and investigators, or their report or panel (finding_nouns), document a breach or a condemned act; they
    take no side against its author, as annotators read it (reported-breach, reported-condemnation). Diplomats,
    officials and sources speak for someone and still accuse."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    words = {lemma(subject), *(lemma(t) for t in subject.subtree if t.dep_ in ("compound", "pobj") and t.i < verb.i)}
    return bool(words & ctx.lexicon.finding_nouns)


def _breaching(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    """The subject of "had not honoured the ceasefire", "failed to respect the embargo", "never abided by its
    commitments"."""
    lex = ctx.lexicon
    if not any(c.dep_ == "neg" for c in clause.children) and _against_commitment(ctx, clause):
        # ("the deliveries by Ankara are in violation of the embargo": an act as the subject stands for its doers)
        return _condemned_doers(ctx, clause) if not is_passive(clause) else []
    failing = lemma(clause) in ("fail", "refuse") and not any(c.dep_ == "neg" for c in clause.children)
    keeping = [c for c in clause.children if c.dep_ == "xcomp"] if failing else [clause]
    for keep in keeping:
        negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in keep.children)
        if lemma(keep) not in lex.compliance_verbs or not (failing or negated):
            continue
        kept = [c for c in keep.children if c.dep_ == "dobj"]
        # "abided by its commitments": the parser may read "by" as a passive's agent
        kept += [p for c in keep.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with", "to") for p in objects(c)]
        if any(lemma(k) in lex.commitment_words for k in kept):
            return ctx.subjects(clause, False)[0]
    return []


def _not_to_be_allowed(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    """The subject of "must not be allowed to take over", "should never be permitted to rule"."""
    if lemma(clause) not in ("allow", "permit", "let") or not is_passive(clause):
        return []
    negated = any(c.dep_ == "neg" for c in clause.children)
    prescribed = any(c.dep_ == "aux" and lemma(c) in ctx.lexicon.prescriptive_modals for c in clause.children)
    acting = any(c.dep_ == "xcomp" for c in clause.children)
    if not (negated and prescribed and acting):
        return []
    return [m for c in clause.children if c.dep_ == "nsubjpass" for m in ctx.group(c)]


# "in violation of the embargo", "in breach of its commitments": what an act done so breaks
BREACH_NOUNS = frozenset({"violation", "breach", "defiance", "contravention"})


def _against_commitment(ctx: SentenceContext, clause: Token) -> bool:
    """"continue to send weapons to Haftar despite the Berlin commitments", "supplied mercenaries in violation of
    the embargo": an act done despite, or in breach of, a truce, an embargo or a commitment."""
    words = ctx.lexicon.commitment_words
    holders = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]  # "continue to send ... despite"
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            for obj in objects(prep):
                if prep.lower_ == "despite" and lemma(obj) in words:
                    return True
                if prep.lower_ == "in" and lemma(obj) in BREACH_NOUNS and any(
                    lemma(p) in words for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)
                ):
                    return True
    return False


def _oppose(frame: Frame, opponents: list[ActorSpan], opposed: list[ActorSpan], rule: str) -> None:
    """The frame reads as opponents against the opposed: what a speaker condemns, an evaluator calls hostile or an
    accuser says breaches a commitment."""
    frame.relation = "opposition"
    frame.agents.extend(opponents)
    frame.patients.extend((m, "opposition") for m in opposed)
    frame.fire(rule)


@construction("reported-distrust")
def reported_distrust(ctx: SentenceContext, frame: Frame) -> None:
    """"'Haftar is not a reliable partner,' Erdogan said", "the GNA said Haftar cannot be trusted", "Sarraj said the
    marshal was no interlocutor for peace": a speaker who denies an actor the trust or partnership that
    trust_designations names opposes it. Denying it other names says nothing ("Egypt is not a party to the
    conflict", "Haftar is not the enemy"), nor does denying it someone else's partnership ("Haftar is not Russia's
    partner", a denial of Russia's backing) or a rank ("not the only partner")."""
    _speaker_opposes(ctx, frame, "reported-distrust", lambda clause, own: _untrusted(ctx, clause) + _not_trusted_by(ctx, clause, own))


# A rank or a limit on a denied partnership leaves the partnership ("not the only partner", "no longer the main one").
RANK_WORDS = frozenset({"only", "sole", "main", "first", "biggest", "largest", "principal", "single", "exclusive"})


def _untrusted(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    """The subject of a negated copula whose predicate is a word of trust_designations ("is not a reliable partner",
    "has never been trustworthy", "is no interlocutor"), or of a negated passive of trust ("cannot be trusted")."""
    trusting = ctx.lexicon.trust_designations
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in clause.children)
    if lemma(clause) in trusting and is_passive(clause):
        return [m for c in clause.children if c.dep_ == "nsubjpass" for m in ctx.group(c)] if negated else []
    if lemma(clause) not in REPORTED_COPULAS or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in clause.children):
        return []  # "is not a reliable partner yet" hopes it may become one
    for predicate in (c for c in clause.children if c.dep_ in ("attr", "acomp")):
        said_no = any(c.dep_ == "det" and c.lower_ == "no" for c in predicate.children)
        if _distrusted(ctx, predicate) and not negated and not said_no:
            return [m for c in clause.children if c.dep_ == "nsubj" for m in ctx.group(c)]  # "is an unreliable partner"
        if not (negated or said_no) or not _names_trust(ctx, predicate):
            continue
        return [m for c in clause.children if c.dep_ == "nsubj" for m in ctx.group(c)]
    return []


def _distrusted(ctx: SentenceContext, predicate: Token) -> bool:
    """"is untrustworthy", "an unreliable partner", "a treacherous interlocutor": a word of distrust_words as the
    predicate, or on a word of trust_designations, denies trust as "not a reliable partner" does."""
    if lemma(predicate) in ctx.lexicon.distrust_words:
        return True
    cue = ctx.lexicon.nouns.get(lemma(predicate))
    backing = cue is not None and cue.identity is not None and cue.relation == "support"  # "an unreliable ally"
    someone_elses = any(
        (c.dep_ == "poss" and c.lower_ not in ("our", "my")) or (c.dep_ == "prep" and c.lower_ in ("of", "to")) for c in predicate.children
    )  # "an unreliable partner of Haftar" says nothing of the speaker's trust
    return (lemma(predicate) in ctx.lexicon.trust_designations or backing) and not someone_elses and any(
        c.dep_ == "amod" and lemma(c) in ctx.lexicon.distrust_words for c in predicate.children
    )


def _names_trust(ctx: SentenceContext, predicate: Token) -> bool:
    """"a reliable partner", "a credible interlocutor", "trustworthy": the predicate or a modifier is a word of
    trust_designations, and no rank or other actor's name on it makes it someone else's ("Russia's partner", "a partner
    of the UAE", "the only partner")."""
    modifiers = [c for c in predicate.children if c.dep_ in ("amod", "compound", "advmod")]
    if any(lemma(c) in RANK_WORDS for c in modifiers):
        return False
    if any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in predicate.children):
        return False  # "is not Russia's partner", "not his partner"; "not our partner" is the speaker's
    if any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in predicate.children):
        return False  # "not a partner of the UAE"
    return any(lemma(w) in ctx.lexicon.trust_designations for w in (predicate, *modifiers))


def _not_trusted_by(ctx: SentenceContext, clause: Token, own: set[str]) -> list[ActorSpan]:
    """The object of "we cannot trust", "we will never trust" when the one who does not trust is the speaker's side
    ("we", or the speaker's own name); another subject ("said Egypt does not trust the GNA") reports someone else's
    stance, which is not the speaker's."""
    if lemma(clause) not in ctx.lexicon.trust_designations or is_passive(clause):
        return []
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in clause.children):
        return []
    subjects = ctx.subjects(clause, False)[0]
    if not subjects or any(m.actor_id not in own for m in subjects):
        return []
    return [m for c in clause.children if c.dep_ == "dobj" for m in ctx.group(c)]
