"""Force on a condition, and prevention: "Cairo said it would send troops if the GNA
moved on Sirte", "any assault by Haftar would be met with force", "an advance on Sirte
would cross a red line for Egypt", "Turkey sought to prevent Haftar from seizing Tripoli".
The one who threatens or prevents opposes the one whose move the condition names."""
from __future__ import annotations

from spacy.tokens import Token

from extract.lexicon import Cue, Lexicon
from extract.mentions import ActorSpan
from extract.relations.context import PLACE_KINDS, SentenceContext, armed_men
from extract.relations.grammar import CONDITION_MARKS, SUBJECT_DEPS, is_passive, lemma, objects
from extract.relations.modality import denied, falling_to, harmed_by_permission, is_negated, rejected
from extract.relations.registry import Frame, construction

# "should the GNA cross the line", "were Turkey to advance": a condition by inversion.
# The last word of a red line ("red line", "redline"): only these nouns are looked at further.
RED_LINE_NOUNS = frozenset({"line", "lines", "redline", "redlines"})
INVERTED_CONDITION_AUX = ("should", "were", "had")
# Where a peace noun stands in the clause a condition hangs on: "a truce is possible", "there will be no truce",
# "will not accept a truce", "will agree to a truce".
PEACE_NOUN_DEPS = ("nsubj", "nsubjpass", "attr", "dobj", "pobj")
# "if X withdraws": peace waits on the move; "unless"/"until X withdraws": peace refused short of it; "as long as" /
# "while X remains": peace refused while X stays.
ENABLING_MARKS = frozenset({"if", "once", "provided", "providing"})
REFUSING_MARKS = frozenset({"unless", "until"})
DURING_MARKS = frozenset({"as", "while"})
# Where a word of passivity stands on a verb of staying: "remain silent", "stand idle", "stand idly by", "remain a spectator"
# (an adjective the small parser reads as an adverbial clause too: "would not stand idle in front of ...").
PASSIVITY_DEPS = ("acomp", "advmod", "oprd", "xcomp", "attr", "advcl")


def condition_frames(ctx: SentenceContext) -> list[Frame]:
    """A frame for every word a condition construction may hang on: a verb of force, a
    passive "meet" ("would be met with force"), a verb that provokes ("would trigger intervention"), a red line."""
    frames = []
    for token in ctx.sent:
        pos = token.pos_
        if pos in ("VERB", "AUX"):
            word = lemma(token)
            if word in ctx.lexicon.force_verbs or word in ctx.lexicon.prevention_verbs or word in ctx.lexicon.fate_verbs or _hostile_participle(ctx, token) or word == "meet" or word in ctx.lexicon.provoking_verbs or _idle(ctx, token) or _passive_stance(ctx, token):
                frames.append(Frame(token, None, "opposition", "condition"))
            elif word in ctx.lexicon.staying_verbs or word in ctx.lexicon.withdrawal_verbs:
                frames.append(Frame(token, None, "support", "condition"))  # "will stay as long as the GNA wants us"
            elif (cue := ctx.lexicon.verbs.get(word)) is not None and cue.when_negated is not None:
                frames.append(Frame(token, None, "support", "condition"))  # "would not let the LNA collapse"
        elif pos == "NOUN" and token.lower_ in RED_LINE_NOUNS and _is_red_line(ctx, token):
            frames.append(Frame(token, None, "opposition", "condition"))
        elif pos == "NOUN" and token.dep_ in PEACE_NOUN_DEPS and lemma(token) in ctx.lexicon.conditioned_peace_nouns:
            frames.append(Frame(token, None, "opposition", "condition"))  # "a truce is possible only if X withdraws"
    return frames


def _is_red_line(ctx: SentenceContext, noun: Token) -> bool:
    words = {lemma(noun), *(f"{c.lower_} {lemma(noun)}" for c in noun.children if c.dep_ in ("amod", "compound"))}
    return bool(words & ctx.lexicon.red_line_words)


def condition_clauses(verb: Token) -> list[Token]:
    """The verbs of the conditions on `verb` ("if the GNA moved", "should the GNA cross"),
    looking up through the clause it completes ("threatened to intervene if ...", "says it
    may deploy troops should the GNA cross", where the parser hangs the condition on "says")."""
    found = []
    holders = [verb, verb.head] if verb.dep_ in ("xcomp", "acl", "ccomp") else [verb]
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "attr") and verb.head.head.pos_ in ("VERB", "AUX"):
        holders.append(verb.head.head)  # "had the right to intervene if the GNA advanced": the parser hangs "if" on "had"
    for holder in holders:
        # "stand idly by if ...": the parser may hang the condition on the particle
        particles = [p for c in holder.children if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "pcomp"]
        for clause in [*holder.children, *particles]:
            if clause.dep_ not in ("advcl", "ccomp", "conj", "pcomp") or clause.i == verb.i:
                continue
            marked = any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)
            inverted = any(
                c.dep_ == "aux" and c.lower_ in INVERTED_CONDITION_AUX and c.i == clause.left_edge.i and c.i > verb.i
                for c in clause.children
            )
            if marked or inverted:
                found.append(clause)
    return found


def _idle(ctx: SentenceContext, verb: Token) -> bool:
    """"stand idly by", "sit idly by": a verb of staying idle (lexicon.idle_adverbs on a stance verb)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ctx.lexicon.idle_adverbs for c in verb.children)


def _passive_stance(ctx: SentenceContext, verb: Token) -> bool:
    """"remain silent", "stay idle", "stand idly by", "be indifferent": a verb of staying (quotes_passivity_verbs) with a
    word of passivity (quotes_passivity_words, idle_adverbs) as its predicate or adverb."""
    if lemma(verb) not in ctx.lexicon.quotes_passivity_verbs:
        return False
    words = ctx.lexicon.quotes_passivity_words | ctx.lexicon.idle_adverbs
    return any(c.dep_ in PASSIVITY_DEPS and c.lower_ in words for c in verb.children)


@construction("refused-passivity")
def refused_passivity(ctx: SentenceContext, frame: Frame) -> None:
    """"Doha will never keep quiet before Haftar's aggression", "Qatar refuses to stand idle towards the UAE's
    raids", "we shall not stay mute in (the) face of hired guns like Wagner": refusing to stay passive before an actor or
    its hostile act is resolve against it, as a threat is; the one who refuses opposes the actor or the act's doer.
    Only negated ("Egypt has remained silent about the deployment" says nothing), and not before a peace act ("will not
    remain silent about the talks between Haftar and Sarraj")."""
    verb = frame.trigger
    if frame.rule or not _passive_stance(ctx, verb) or not is_negated(verb, ctx.lexicon) or condition_clauses(verb):
        return
    lex = ctx.lexicon
    # an actor, a hostile act or a move (act_nouns: "Turkish moves"), or someone described by examples ("such a
    # warlord like Haftar")
    faced = [
        p for p in _faced(ctx, verb)
        if p.i in ctx.mention_at or _hostile_act(ctx, p) or lemma(p) in lex.act_nouns or _named_men(ctx, p)
        or any(_example_prep(lex, c) for c in p.children)
    ]
    # a move's owner by its of-phrase too ("the moves of the Turkish side")
    named = [m for p in faced for m in ctx.group(p) or (ctx.owner_of_noun(p) if lemma(p) in lex.act_nouns else [])]
    named = named or _doers_meanwhile(ctx, verb)
    if not named:
        return
    frame.cue = Cue(lemma(verb), "opposition", {}, only_negated=True, when_negated="opposition")
    _oppose(frame, "refused-passivity", ctx.subjects(verb, is_passive(verb))[0], named)


# Subordinators of a clause of what goes on meanwhile ("will not stand idly by while Turkey ships arms to the GNA").
MEANWHILE_MARKS = frozenset({"while", "as", "whilst"})


def _doers_meanwhile(ctx: SentenceContext, verb: Token) -> list:
    """"We will not stand idly by while Turkey ships mercenaries to the GNA": the doer of an act of force or aid (a cue
    of support or opposition, not of peace) in a while-clause on the passive stance is the one it is refused before."""
    holders = [verb, *(c for c in verb.children if c.dep_ in PASSIVITY_DEPS or (c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "by"))]
    doers = []
    for clause in (c for h in holders for c in h.children if c.dep_ == "advcl"):
        cue = ctx.lexicon.verbs.get(lemma(clause))
        if not any(c.dep_ == "mark" and c.lower_ in MEANWHILE_MARKS for c in clause.children):
            continue
        if (cue is not None and cue.relation in ("support", "opposition")) or lemma(clause) in ctx.lexicon.transfer_verbs:
            doers += ctx.subjects(clause, is_passive(clause))[0]
    return doers


def _faced(ctx: SentenceContext, verb: Token) -> list[Token]:
    """What one stays passive before: "in (the) face of X", "in front of X" (quotes_facing_nouns), or the object of one
    of quotes_facing_preps on the verb or its predicate ("silent towards X", "idle before X")."""
    # (the parser may hang the phrase on the predicate, or on the "by" of "stand idly by")
    holders = [verb, *(c for c in verb.children if c.dep_ in PASSIVITY_DEPS or (c.dep_ in ("prep", "prt") and c.lower_ == "by"))]
    found = []
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        for p in objects(prep):
            if prep.lower_ == "in" and lemma(p) in ctx.lexicon.quotes_facing_nouns:
                found += [o for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for o in objects(c)]
            elif prep.lower_ in ctx.lexicon.quotes_facing_preps:
                found.append(p)
    return [t for f in found for t in (f, *f.conjuncts)]


def _named_men(ctx: SentenceContext, noun: Token) -> bool:
    """"Wagner mercenaries", "Turkish troops": a noun for armed men with an actor's name or demonym on it stands for
    that actor's men (not "Turkish mediation efforts")."""
    return armed_men(ctx.lexicon, noun) and any(c.dep_ in ("compound", "amod") and c.i in ctx.mention_at for c in noun.children)


def _example_prep(lex: Lexicon, prep: Token) -> bool:
    """"hired guns like Wagner", "mercenaries such as Wagner" (the parser hangs "such" on "as"): a preposition of
    identity_preps that gives examples of a kind."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children):
        return "such as" in lex.identity_preps
    return prep.lower_ in lex.identity_preps


def _hostile_act(ctx: SentenceContext, noun: Token) -> bool:
    """An act noun that is hostile: an opposition noun cue ("aggression", "attacks") or a word of hostile_evaluations
    ("crimes", "provocations")."""
    cue = ctx.lexicon.nouns.get(lemma(noun))
    return (cue is not None and cue.relation == "opposition") or lemma(noun) in ctx.lexicon.hostile_evaluations


def _mover(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    # "should the GNA seize Sirte": after an inverted auxiliary the parser may read the subject as a compound
    return [m for c in clause.children if c.dep_ in SUBJECT_DEPS or (c.dep_ == "compound" and c.i < clause.i) for m in ctx.group(c)]


@construction("conditional-force")
def conditional_force(ctx: SentenceContext, frame: Frame) -> None:
    """"would send troops if the GNA moved on Sirte", "may deploy troops should the GNA cross
    the line", "his threat to intervene if the GNA advanced": force held out on a condition
    about X opposes X."""
    verb = frame.trigger
    idle = _idle(ctx, verb)
    if lemma(verb) not in ctx.lexicon.force_verbs and not idle:
        return
    if idle:
        # "would not stand idly by if the GNA advanced": refusing to stay idle is the threat; its
        # negation is what states it, so the reading holds only negated
        if not is_negated(verb, ctx.lexicon):
            return
        frame.cue = Cue(lemma(verb), "opposition", {}, only_negated=True, when_negated="opposition")
    if lemma(verb) in ctx.lexicon.transfer_verbs and not any(
        c.dep_ == "dobj" and lemma(c) not in ctx.lexicon.nonmilitary_aid_nouns for c in verb.children
    ):
        return  # "would send aid if the GNA asked" is no threat
    # "if Tripoli invites us", "if Tripoli continues to invite us": a request is no move to answer with force
    clauses = [c for c in condition_clauses(verb) if not any(lemma(a) in ctx.lexicon.request_verbs for a in _acts_of(c))]
    named = [m for clause in clauses for m in _mover(ctx, clause)]
    if not named:
        return
    named += ctx.backers_named_on(named)  # "if Turkish-backed forces pushed on": Turkey too
    caller = _force_caller(ctx, verb)
    if caller is not None:
        # "would urge the Egyptian military to intervene if Turkish troops moved": force called in on a condition is the
        # threat of the one who calls it; the one asked is not said to act (modality reads the asking)
        frame.word = caller
        _oppose(frame, "conditional-force", ctx.subjects(caller, is_passive(caller))[0], named)
        return
    _oppose(frame, "conditional-force", ctx.subjects(verb, is_passive(verb))[0], named)


def _force_caller(ctx: SentenceContext, verb: Token) -> Token | None:
    """The verb that asks another to use force ("ask Egypt to intervene", "call on the army to act"), if one does."""
    asker = verb.head
    if verb.dep_ == "xcomp" and asker.i != verb.i and lemma(asker) in ctx.lexicon.persuasion_verbs:
        return asker
    return None


@construction("met-with-force")
def met_with_force(ctx: SentenceContext, frame: Frame) -> None:
    """"Ankara warned that any assault by Haftar would be met with force": whoever warns
    opposes whoever would make the move."""
    verb = frame.trigger
    if lemma(verb) in ctx.lexicon.provoking_verbs and not is_passive(verb):
        _provoked_force(ctx, frame)
        return
    if lemma(verb) != "meet" or not is_passive(verb) or verb.dep_ != "ccomp":
        return
    answers = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in objects(c)]
    if not any(lemma(p) in ctx.lexicon.force_nouns for p in answers):
        return
    movers = [m for c in verb.children if c.dep_ == "nsubjpass" and lemma(c) in ctx.lexicon.event_nouns_of_advance for m in ctx.group(c)]
    warner = verb.head
    _oppose(frame, "met-with-force", ctx.subjects(warner, is_passive(warner))[0], movers)


def _provoked_force(ctx: SentenceContext, frame: Frame) -> None:
    """"Sisi warned that any advance by the GNA on Sirte would trigger direct Egyptian intervention": the one whose
    force a move would provoke (named on the force, or else the one who warns) opposes whoever would move."""
    verb = frame.trigger
    forces = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) in ctx.lexicon.force_nouns]
    movers = [m for c in verb.children if c.dep_ == "nsubj" and lemma(c) in ctx.lexicon.event_nouns_of_advance for m in ctx.group(c)]
    if not forces or not movers:
        return
    owners = [m for f in forces for c in f.children if c.dep_ in ("amod", "compound", "poss") for m in ctx.group(c)]
    if not owners and verb.dep_ == "ccomp":
        owners = ctx.subjects(verb.head, is_passive(verb.head))[0]
    _oppose(frame, "met-with-force", owners, movers + ctx.backers_named_on(movers))


@construction("red-line")
def red_line(ctx: SentenceContext, frame: Frame) -> None:
    """"any advance by GNA forces would cross a red line for Egypt", "Sirte is Egypt's red
    line": the one whose red line it is opposes the one who would cross it. A place said to be a red line "for" others
    than the one who says so ("Sisi said Sirte was a red line for the GNA") is one they must not cross."""
    line = frame.trigger
    if not _is_red_line(ctx, line):
        return
    owners = [m for c in line.children if c.dep_ == "poss" for m in ctx.group(c)]
    named_for = [m for c in line.children if c.dep_ == "prep" and c.lower_ == "for" for p in objects(c) for m in ctx.group(p)]
    owners += named_for
    verb = line.head
    if line.dep_ not in ("dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return
    reporters = ctx.reporters(line)
    if line.dep_ == "attr" and named_for and len(owners) == len(named_for) and reporters and not (
        {m.actor_id for m in reporters} & {m.actor_id for m in named_for}
    ):
        # "Sisi said Sirte and Jufra were a red line for the GNA and its Turkish backers": a place someone declares a
        # red line "for" others is one they must not cross; the one who says so draws it
        _oppose(frame, "red-line", reporters, named_for)
        return
    if not owners:
        # "Egypt warned that any advance on Sirte by the GNA would be a red line": the one who says so draws it
        owners = ctx.reporters(line)
    # "the capture of Tripoli by the LNA": who would cross it is the act's by-phrase, not the place it names
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    movers = [m for c in subjects for b in c.subtree if b.dep_ == "prep" and b.lower_ == "by" for p in objects(b) for m in ctx.group(p)]
    acted_on = {m.actor_id for c in subjects for b in c.children if b.dep_ == "prep" and b.lower_ == "of" for p in objects(b) for m in ctx.group(p)}
    # (the parser may break the of-object off the phrase: "the capture of Fayez al-Sarraj by the LNA")
    acted_on |= {
        m.actor_id
        for c in subjects
        for b in c.children
        if b.dep_ == "prep" and b.lower_ == "of"
        for m in ctx.mentions
        if b.i < m.span.start and m.span.end <= next((t.i for t in verb.doc[b.i : verb.i] if t.lower_ == "by"), b.i)
    }
    # "Tripoli is a red line that no one should cross": a place declared a red line is what the line protects,
    # not who would cross it (its holder is no mover; "Ankara crossed a red line" still is)
    # "Tripoli is a red line that no one should cross", "the GNA is a red line": a place or an actor declared a red
    # line is what the line protects, not who would cross it (its holder is no mover; "Ankara crossed a red line"
    # and "Turkey's presence is a red line", an act, still are)
    declared = {t.i for c in subjects for t in (c, *c.conjuncts)} if line.dep_ == "attr" else set()
    movers += [
        m
        for m in ctx.subjects(verb, is_passive(verb))[0]
        if m.actor_id not in acted_on and not (m.kind in PLACE_KINDS and declared) and not declared.intersection(m.token_ids)
    ]
    if not movers and declared:
        movers = _warned(ctx, line)
    _oppose(frame, "red-line", owners, movers + ctx.backers_named_on(movers))  # "any move by Turkish-backed forces": Turkey too


# The prepositions after an address word that name whom a statement is aimed at.
ADDRESS_PREPS = frozenset({"at", "to"})


def _warned(ctx: SentenceContext, line: Token) -> list[ActorSpan]:
    """"'Zuwara is a red line,' Di Maio said, in comments aimed at Haftar's fighters", "..., in a message to Ankara",
    "..., referring to the GNA's Turkish-backed forces": a place declared a red line names no one who would cross it;
    whom the statement is aimed at (quotes_address_words or reference_words, and their at- or to-phrase) would."""
    words = ctx.lexicon.quotes_address_words | ctx.lexicon.reference_words
    return [
        m
        for t in ctx.sent
        if t.i != line.i and lemma(t) in words
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
        for p in objects(c)
        for m in ctx.group(p)
    ]


@construction("prevention")
def prevention(ctx: SentenceContext, frame: Frame) -> None:
    """"Turkey sought to prevent Haftar from seizing Tripoli": preventing X from acting opposes
    X; "kept the capital from falling to Haftar's forces": and whoever it would fall to."""
    verb = frame.trigger
    # (a repair may hang the from-phrase on the object: "stopped a team of the GNA from landing")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    clauses = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pcomp"]
    if not clauses:
        return
    prevented = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c)]
    for clause in clauses:
        if lemma(clause) in ctx.lexicon.falling_verbs:
            prevented = [m for p in falling_to(clause, ctx.lexicon) for m in ctx.group(p)]
    if len({m.actor_id for m in prevented}) >= 2 and any(_fighting_each_other(ctx, clause) for clause in clauses):
        return  # "tried to prevent the GNA and the LNA from fighting": kept from acting on each other, no one is opposed
    subjects, frame.inherited, subject_is_patient = ctx.subjects(verb, is_passive(verb))
    if not subject_is_patient:
        _oppose(frame, "prevention", subjects, prevented)


def _fighting_each_other(ctx: SentenceContext, clause: Token) -> bool:
    """"from fighting", "from squabbling", "from clashing with each other": an act with no object that names no one else
    it is aimed at (not "from sending arms", which has an object, nor a support cue: "from backing each other")."""
    cue = ctx.lexicon.verbs.get(lemma(clause))
    if cue is not None and cue.relation == "support":
        return False
    if any(c.dep_ == "dobj" for c in clause.children):
        return False
    return not any(t.i in ctx.mention_at for c in clause.children if c.dep_ == "prep" for t in c.subtree)


@construction("protected-from-harm")
def protected_from_harm(ctx: SentenceContext, frame: Frame) -> None:
    """"Russia would not let the LNA collapse", "Egypt will never allow the GNA to be defeated": refusing to let
    harm befall X protects X (support), it does not oppose X; "will not let Tripoli fall to Haftar" opposes whom
    it would fall to. A place protected is no side backed: its holder is not named."""
    verb = frame.trigger
    cue = ctx.lexicon.verbs.get(lemma(verb))
    if cue is None or cue.when_negated is None or not is_negated(verb, ctx.lexicon):
        return
    sufferers, takers = harmed_by_permission(verb, ctx.lexicon)
    if not sufferers or denied(verb, ctx.lexicon):
        return  # (not "denied that it had refused to let the GNA collapse": a denial answers a claim)
    agents, frame.inherited, passive = ctx.subjects(verb, is_passive(verb))
    own = {m.actor_id for m in agents}
    protected = [m for t in sufferers for m in ctx.group(t) if m.kind not in PLACE_KINDS and m.actor_id not in own]
    opposed = [m for t in takers for m in ctx.group(t) if m.actor_id not in own]
    if passive or not agents or not (protected or opposed):
        return
    # the refusal is what states it: read only negated, and not as the permission's own refusal
    frame.cue = Cue(lemma(verb), "support", {}, only_negated=True, category=cue.category)
    frame.agents.extend(agents)
    frame.patients.extend((m, "support") for m in protected)
    frame.patients.extend((m, "opposition") for m in opposed)
    frame.fire("protected-from-harm")


@construction("peace-on-withdrawal")
def peace_on_withdrawal(ctx: SentenceContext, frame: Frame) -> None:
    """"A settlement would only be feasible if Haftar's fighters withdrew", "there will be no truce unless Turkish troops
    leave", "our forces will accept no deal as long as Russian mercenaries remain" (or "while Haftar's troops are
    bombarding residential districts": peace refused during a hostile act), "any deal would require the
    withdrawal of Haftar's fighters": making peace wait on X's leaving demands that X leave, as "called for X to
    withdraw" does. Whoever sets the condition (the clause's actor subject,
    else whoever says it) opposes X. The modality of the peace noun decides the rest: a refusal must be one
    ("no truce", "will not accept"), an enabling condition must not be ("would not be possible if" sets none)."""
    noun = frame.trigger
    if noun.pos_ != "NOUN" or lemma(noun) not in ctx.lexicon.conditioned_peace_nouns or noun.dep_ not in PEACE_NOUN_DEPS:
        return
    if (before := _departure_before_peace(ctx, noun)) is not None:
        agents = ctx.reporters(noun) or [m for m in ctx.mentions if m.actor_id == (ctx.reported_by(noun) or ctx.speaker)][:1]
        _oppose(frame, "peace-on-withdrawal", agents, before)
        return
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head  # "will agree to a truce only if"
    if holder.pos_ not in ("VERB", "AUX", "ADJ"):
        return
    if denied(holder, ctx.lexicon):
        return  # "Ankara denied that a truce hinged on Haftar's withdrawal" answers a claim
    # the noun's own refusal ("no truce", "will not accept any truce", "rejects any truce"), or its clause's ("a truce
    # is not possible unless")
    own_refusal = is_negated(noun, ctx.lexicon) != rejected(noun, ctx.lexicon)
    refused = own_refusal or is_negated(holder, ctx.lexicon)
    movers: list[ActorSpan] = []
    for clause, marks in _conditions_of(holder):
        if is_negated(clause, ctx.lexicon) or not _names_a_departure(ctx, clause, marks) or _both_sides(ctx, clause):
            continue
        if marks & ENABLING_MARKS:
            if refused or not _enabling(ctx, holder, clause):
                continue  # "the truce would collapse if Turkey left", "would not be possible if" wait on nothing
        elif not refused:
            continue  # "the talks will go on until Turkey leaves" refuses nothing
        movers += ctx.subjects(clause, is_passive(clause))[0]
    if not refused:
        movers += _required_departures(ctx, holder)
    if not movers:
        return
    agents = ctx.subjects(holder, is_passive(holder))[0] if lemma(holder) != "be" else []
    if not agents:
        speaker = ctx.reported_by(noun) or ctx.speaker
        agents = ctx.reporters(noun) or [m for m in ctx.mentions if m.actor_id == speaker][:1]
    if own_refusal:
        # the noun's refusal is what states it: read only negated ("no truce", "will not accept any truce")
        frame.cue = Cue(lemma(noun), "opposition", {}, only_negated=True)
    _oppose(frame, "peace-on-withdrawal", agents, movers)


def _departure_before_peace(ctx: SentenceContext, noun: Token) -> list[ActorSpan] | None:
    """"the departure of Russian mercenaries is a precondition for any truce", "a prerequisite for a settlement is the
    exit of Turkish troops": a withdrawal noun and a condition noun (precondition_nouns) for the peace noun, the two
    sides of one "be", demand the withdrawal of whoever must leave (its of-phrase or possessor), as "a truce requires
    their withdrawal" does. None when the sentence has not this shape; nobody when the copula is denied or negated
    ("is not a precondition", "is no precondition"), or the leavers are "all" foreign forces."""
    condition = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if condition is None or lemma(condition) not in ctx.lexicon.precondition_nouns or condition.dep_ not in ("attr", "nsubj"):
        return None
    copula = condition.head
    if lemma(copula) != "be":
        return None
    other_dep = "nsubj" if condition.dep_ == "attr" else "attr"
    departures = [c for c in copula.children if c.dep_ == other_dep and lemma(c) in ctx.lexicon.withdrawal_nouns]
    if not departures:
        return None
    if denied(copula, ctx.lexicon) or is_negated(copula, ctx.lexicon) or any(c.dep_ == "det" and c.lower_ == "no" for c in condition.children):
        return []
    owners = [c for d in departures for c in d.children if c.dep_ == "poss"]
    owners += [p for d in departures for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
    if any(t.lower_ in ("both", "all", "each") for o in owners for t in o.subtree):
        return []
    return [m for o in owners for m in ctx.group(o)]


def _required_departures(ctx: SentenceContext, holder: Token) -> list[ActorSpan]:
    """"Any settlement would require the withdrawal of Haftar's fighters", "a deal hinges on Turkey's departure", "Egypt
    conditioned the truce on the exit of Turkish troops": peace that requires (requirement_words) a withdrawal noun
    makes the same demand of whoever must leave (its of-phrase or possessor)."""
    if lemma(holder) not in ctx.lexicon.requirement_words:
        return []
    nouns = [c for c in holder.children if c.dep_ == "dobj"]
    nouns += [p for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "with") for p in objects(c)]
    leaving = []
    for noun in nouns:
        if lemma(noun) not in ctx.lexicon.withdrawal_nouns:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)]
        if not any(t.lower_ in ("both", "all", "each") for o in owners for t in o.subtree):
            leaving += [m for o in owners for m in ctx.group(o)]
    return leaving


def _names_a_departure(ctx: SentenceContext, clause: Token, marks: set[str]) -> bool:
    """Leaving (withdrawal_verbs) on "if", "unless", "until"; staying put (staying_verbs), or a hostile act, during "as
    long as", "while" ("continue to remain", "keep bombing": through the verb of going on). Not what the verb takes
    away if it is not forces ("withdrew its recognition")."""
    for act in _acts_of(clause):
        word = lemma(act)
        # the parser may call the particle an adverb or a preposition ("pull out of Libya")
        phrasal = {f"{word} {c.lower_}" for c in act.children if c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.i == act.i + 1)}
        if ({word} | phrasal) & ctx.lexicon.withdrawal_verbs:
            if any(c.dep_ == "dobj" and (lemma(c) in ctx.lexicon.nouns or lemma(c) in ctx.lexicon.envoy_nouns) for c in act.children):
                return False
            return bool(marks & (ENABLING_MARKS | REFUSING_MARKS))
        # "as long as Turkish soldiers stay", "while Haftar's troops are bombarding residential districts", "keep bombing civilians"
        if marks & DURING_MARKS and (word in ctx.lexicon.staying_verbs or _hostile(ctx, act)):
            return True
    return False


def _acts_of(clause: Token) -> list[Token]:
    """A clause's verb and the verbs it governs as an aspect ("continue to ask", "keep bombing"): the act is theirs."""
    return [clause, *(c for c in clause.children if c.dep_ == "xcomp")]


def _hostile(ctx: SentenceContext, verb: Token) -> bool:
    """A verb whose object it opposes ("shell", "attack"), not one that opposes only negated; or its gerund the tagger
    took for a noun ("keep bombing civilians")."""
    cue = (ctx.lexicon.nouns if verb.pos_ == "NOUN" and verb.dep_ == "xcomp" else ctx.lexicon.verbs).get(lemma(verb))
    return cue is not None and cue.relation == "opposition" and not cue.only_negated


def _enabling(ctx: SentenceContext, holder: Token, clause: Token) -> bool:
    """A plain "if" sets a condition on peace when it says "only if", or the peace is said possible or acceptable
    (enabling_words: "would be possible if", "will accept a truce if")."""
    doc = holder.doc
    marks = [c for c in clause.children if c.dep_ == "mark"]
    only = any(m.i > 0 and doc[m.i - 1].lower_ == "only" for m in marks) or any(c.dep_ == "advmod" and c.lower_ == "only" for c in holder.children)
    words = {lemma(holder), *(lemma(c) for c in holder.children if c.dep_ == "acomp")}
    return only or bool(words & ctx.lexicon.enabling_words)


def _both_sides(ctx: SentenceContext, clause: Token) -> bool:
    """"unless both the GNA and the LNA pull back": a condition on every side is a mediator's, opposing no one."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return any(t.lower_ in ("both", "all", "each") and t.dep_ in ("preconj", "det", "predet") for c in subjects for t in c.subtree)


# Auxiliaries of a fate to come ("will pay", "would be held accountable", "shall regret it").
FUTURE_AUX = frozenset({"will", "wo", "'ll", "would", "shall"})


@construction("threatened-fate")
def threatened_fate(ctx: SentenceContext, frame: Frame) -> None:
    """"Haftar will pay a heavy price if he attacks Misrata, Erdogan said", "Haftar's officers will be held
    accountable", "Turkish forces will be targeted wherever they are found": a fate the speaker holds out for X, to come or
    on a condition, threatens X; whoever says it (the reporter, or the quotation's speaker) opposes X. A passive with
    its agent named is read as that agent's act, and a fate that befell X ("paid a heavy price") is no threat."""
    verb = frame.trigger
    if frame.rule or not _fate(ctx, verb):
        return
    to_come = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    if not to_come and not condition_clauses(verb):
        return
    if denied(verb, ctx.lexicon):
        return  # "Ankara denied that Haftar would pay a price" answers a claim
    threatened = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in ctx.group(c)]
    speaker = ctx.reported_by(verb) or ctx.speaker
    threateners = ctx.reporters(verb) or [m for m in ctx.mentions if m.actor_id == speaker][:1]
    _oppose(frame, "threatened-fate", threateners, threatened)


def _fate(ctx: SentenceContext, verb: Token) -> bool:
    """"pay a price", "face consequences", "regret" (active); "be held accountable", "be considered a legitimate
    target" (passive, with what they take among fate_words); a hostile verb in the passive with no agent ("will be
    fought", "will be struck"; not "will be deployed")."""
    word = lemma(verb)
    passive = is_passive(verb)
    if passive and _hostile_participle(ctx, verb):
        return not any(c.dep_ == "agent" for c in verb.children)
    if word not in ctx.lexicon.fate_verbs:
        return False
    if word == "regret":
        return not passive
    taken = [c for c in verb.children if c.dep_ in (("oprd", "acomp", "attr", "xcomp") if passive else ("dobj",))]
    return bool(taken) and all(lemma(c) in ctx.lexicon.fate_words for c in taken)


def _hostile_participle(ctx: SentenceContext, verb: Token) -> bool:
    """A past participle of a verb whose object it opposes ("fought", "struck", "targeted")."""
    return verb.tag_ == "VBN" and _hostile(ctx, verb)


# Conditions a request sets: "if Tripoli asks", "once the GNA requests it", "as long as the GNA wants us", "when invited".
REQUEST_MARKS = frozenset({"if", "once", "when", "whenever", "as"})


@construction("force-on-request")
def force_on_request(ctx: SentenceContext, frame: Frame) -> None:
    """"We are ready to dispatch soldiers if Tripoli invites us", "Turkish troops will stay as long as the GNA wants them there",
    "we will not withdraw from Misrata as long as the unity government wants us to remain": force sent, or a presence kept, on a
    side's request is the sender's backing of that side. Leaving is read only refused ("will not leave")."""
    verb = frame.trigger
    word = lemma(verb)
    leaving = word in ctx.lexicon.withdrawal_verbs
    staying = word in ctx.lexicon.staying_verbs and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "away") for c in verb.children)
    if not (leaving or staying or word in ctx.lexicon.force_verbs) or frame.rule:
        return
    if leaving and not is_negated(verb, ctx.lexicon):
        return  # "will withdraw if the GNA asks" complies, it backs no one
    requesters = [
        m
        for holder in _clause_holders(verb)
        for clause, marks in _conditions_of(holder)
        if marks & REQUEST_MARKS and _asks_for_help(ctx, clause)
        for m in _requesters(ctx, clause)
    ]
    if not requesters:
        return
    agents, frame.inherited, patient = ctx.subjects(verb, is_passive(verb))
    own = {m.actor_id for m in agents}
    requesters = [m for m in requesters if m.actor_id not in own]
    if patient or not agents or not requesters:
        return
    if leaving:
        frame.cue = Cue(word, "support", {}, only_negated=True)  # the refusal to leave is what states it
    frame.agents.extend(agents)
    frame.patients.extend((m, "support") for m in requesters)
    frame.fire("force-on-request")


def _clause_holders(verb: Token) -> list[Token]:
    """The verb and the words a condition on it can hang on: the clause it completes ("ready to send troops if",
    "will ask to deploy if"), the copula of an adjective it completes ("we are ready to dispatch soldiers if"), and the verb
    of a noun it completes ("has the right to intervene if")."""
    holders = [verb]
    node = verb
    for _ in range(2):
        if node.dep_ not in ("xcomp", "acomp", "ccomp") or node.head.i == node.i:
            break
        node = node.head
        holders.append(node)
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "attr") and verb.head.head.pos_ in ("VERB", "AUX"):
        holders.append(verb.head.head)  # "has the right to intervene if the HoR asks"
    return holders


def _conditions_of(holder: Token) -> list[tuple[Token, set[str]]]:
    """The adverbial clauses on `holder` with their marks, "as long as" (hung on "long") among them; in a reported
    clause, also those the parser hangs on the reporting verb inside the clause's stretch ("Washington will agree to a
    deal only if Russia leaves, an envoy said")."""
    children = list(holder.children)
    head = holder.head
    if holder.dep_ == "ccomp" and head.i != holder.i:
        children += [c for c in head.children if c.dep_ == "advcl" and (holder.i < c.i < head.i or head.i < holder.i < c.i)]
    found = []
    for child in children:
        for clause in [child] if child.dep_ == "advcl" else [c for c in child.children if c.dep_ == "advcl"] if child.lower_ == "long" else []:
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if "as" in marks and child.lower_ != "long":
                continue  # "as" alone is a comparison or a time, not "as long as"
            found.append((clause, marks))
    return found


def _asks_for_help(ctx: SentenceContext, clause: Token) -> bool:
    """"if Tripoli invites us", "requests it", "wants them there", "asks for help", "requests military aid": a request
    (invitation_verbs) for the one who would come or what it would bring; not "if Turkey wanted a war"."""
    if is_negated(clause, ctx.lexicon):
        return False
    for act in _acts_of(clause):  # "if Tripoli continues to invite us"
        if lemma(act) in ctx.lexicon.invitation_verbs:
            asked = [c for c in act.children if c.dep_ == "dobj"]
            return all(c.pos_ == "PRON" or lemma(c) in ctx.lexicon.aid_nouns or lemma(c) in ctx.lexicon.force_nouns for c in asked)
    return False


def _requesters(ctx: SentenceContext, clause: Token) -> list[ActorSpan]:
    """Who asks: the subject, or the agent of a passive ("if we are invited by the GNA")."""
    if is_passive(clause):
        return [m for c in clause.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p)]
    return ctx.subjects(clause, False)[0]


def _oppose(frame: Frame, rule: str, agents: list[ActorSpan], targets: list[ActorSpan]) -> None:
    """`agents` oppose every target that is not one of them; `rule` fires when there is such a pair."""
    own = {m.actor_id for m in agents}
    targets = [m for m in targets if m.actor_id not in own]
    if agents and targets:
        frame.agents.extend(agents)
        frame.patients.extend((m, "opposition") for m in targets)
        frame.fire(rule)
