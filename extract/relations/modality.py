"""How sure a reading is, decided in one place: negation drops it ("did not
back", "refused to back", "denied supporting"), a prescriptive modal keeps only
opposition ("should have no role"), hedges and questions lower it, weak cues
(meetings, plans) need a peace topic. Constructions never look at these.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extract.lexicon import Cue, Lexicon
from extract.relations.grammar import CONDITION_MARKS, NO_DETERMINERS, PARTITIVES, after_hyphen, asked_subjects, is_to_infinitive, is_verb, lemma, particle_verb, refusing

# "not only backs X but also arms it" asserts both.
NOT_ONLY = frozenset({"only", "just", "merely", "simply"})
# "was not a partner but a tool of Russia": a conjunct after these is asserted, not negated.
CONTRASTING = frozenset({"but", "yet", "instead", "rather"})

# Multipliers for each weaker link in a reading.
INHERITED_ARGUMENT = 0.9
PRONOUN_ARGUMENT = 0.85
WEAK_CUE = 0.75
HEDGE = 0.7
PRESCRIPTIVE_OPPOSITION = 0.6
QUESTION = 0.6


@dataclass(frozen=True)
class Modality:
    """`keep` False: the sentence does not assert the reading. `factor` scales its confidence;
    `prescriptive`: only opposition survives, scaled by PRESCRIPTIVE_OPPOSITION."""

    keep: bool
    factor: float = 1.0
    prescriptive: bool = False
    # "refused to allow Turkish forces to use its territory": a refusal is the cue's `when_negated` relation
    negated_as: str | None = None


DROPPED = Modality(keep=False)

# A cue inside a noun phrase is presupposed, not asked: "Is the Turkey-backed GNA going to advance?"
PRESUPPOSED_DEPS = frozenset({"amod", "compound", "nmod", "appos", "poss"})


# "after accusing Turkey", "since condemning Haftar": a gerund these introduce was done before the clause it is on.
DONE_BEFORE_PREPS = frozenset({"after", "following", "since"})


def modality(
    trigger: Token, cue: Cue | None, relation: str | None, lexicon: Lexicon, *, question: bool, about_peace: bool, polar_question: bool = False
) -> Modality:
    if cue is not None and cue.when_refused and is_refused(trigger, lexicon):
        # "refused to negotiate with Haftar", "ruled out talks with the GNA": the refusal is the relation;
        # it needs no peace topic, and a condition or a question still asserts nothing
        if in_condition(trigger) or (polar_question and trigger.dep_ not in PRESUPPOSED_DEPS) or _denied(trigger, lexicon):
            return DROPPED
        return Modality(keep=True, factor=QUESTION if question else 1.0, negated_as=cue.when_refused)
    negated = is_negated(trigger, lexicon) and not failed_attempt(trigger, cue, lexicon)
    if negated and cue is not None and cue.when_negated and allowed_to_suffer(trigger, lexicon):
        return DROPPED  # "We will not allow Tripoli to fall": refusing to let X suffer protects X, it opposes no one in it
    if negated and cue is not None and cue.when_negated:
        # a refusal in a condition or a question is no more asserted than any other reading
        if _denied(trigger, lexicon) or in_condition(trigger) or (polar_question and trigger.dep_ not in PRESUPPOSED_DEPS):
            return DROPPED
        return Modality(keep=True, factor=QUESTION if question else 1.0, negated_as=cue.when_negated)
    if cue is not None and cue.only_negated:
        if negated == _rejected(trigger, lexicon):
            # "unacceptable" cues read only as "not acceptable": a rejection says "no" too ("rejected any role
            # for Haftar"), and a negated rejection says it is not ruled out ("did not reject any role")
            return DROPPED
    elif negated:
        return DROPPED
    factor = 1.0
    if cue is not None and cue.weak:
        if relation == "mediation" and not about_peace:
            return DROPPED  # a meeting is mediation only when it is about ending the fighting
        factor *= WEAK_CUE
    in_relative = any(t.dep_ == "relcl" for t in (trigger, *trigger.ancestors))
    # a role noun names who someone is, not what is asked ("Will the GNA's Turkish allies stay?"), except as the
    # predicate asked about ("Is Turkey an ally of the GNA?")
    named_role = (
        cue is not None and cue.identity is not None and trigger.pos_ == "NOUN" and trigger.dep_ not in ("attr", "oprd", "acomp")
        and not (trigger.dep_ == "nsubj" and lemma(trigger.head) == "be")  # ("Is Turkey the GNA's main backer?")
    )
    if polar_question and _predicate_read_as_apposition(trigger):
        return DROPPED  # "Is Turkey an ally of the GNA?" with "an ally" read as the subject's apposition
    if polar_question and not in_relative and trigger.dep_ not in PRESUPPOSED_DEPS and not named_role:
        return DROPPED  # "Could Algeria broker a deal between Haftar and the GNA?" asserts nothing
    if question and not in_relative:
        factor *= QUESTION
    if in_condition(trigger) and not continued_in_condition(trigger, lexicon) and not described_in_condition(trigger, cue):
        return DROPPED  # "If Egypt backs Haftar, the talks will fail", "unclear whether the UAE will sign" assert nothing
    if counterfactual(trigger):
        return DROPPED  # "a resolution that would have demanded a ceasefire", "Egypt could have armed Haftar": it did not
    if asked_for(trigger, lexicon):
        return DROPPED  # "Turkey urged NATO to back the GNA", "demanded that the UN condemn Turkey": asked for, not done
    if in_blocked_content(trigger, lexicon):
        return DROPPED  # "vetoed a resolution condemning Haftar": the resolution never said it
    if said_falsely(trigger, lexicon):
        return DROPPED  # "falsely claimed that Qatar had sent fighters": the claim is false
    if in_rejected_claim(trigger, lexicon):
        return DROPPED  # "rejected claims that Russian aircraft had been sent to support Haftar"
    if rejects_unowned_claim(trigger, lexicon):
        return DROPPED  # "Russia rejected accusations that it had armed Haftar": no one in the claim is rejected
    if relation == "mediation" and about_other_field(trigger, lexicon):
        return DROPPED  # "a summit on economic integration", "talks on trade": no peace-making
    if lifted(trigger, cue, lexicon):
        return DROPPED  # "Egypt lifted its blockade on Qatar": ending a sanction is no hostility
    modal = modal_verb(trigger, lexicon)
    if modal == "hedge" or is_hedged(trigger, lexicon):
        factor *= HEDGE
    return Modality(keep=True, factor=factor, prescriptive=modal == "prescriptive")


def _joined_by_hyphen(word: Token, trigger: Token) -> bool:
    """"no-confidence", "no-fly": a "no" written onto the cue with a hyphen is part of the word, not a negation."""
    return word.i == trigger.i - 2 and trigger.i in after_hyphen(trigger.doc)


def _predicate_read_as_apposition(noun: Token) -> bool:
    """"Is Turkey an ally of the GNA?": the parser may read a copula's predicate as an apposition of its subject; with
    no comma between (a true apposition is set off: "Is Turkey, the GNA's ally, ...?") it is the predicate asked."""
    subject = noun.head
    return (
        noun.dep_ == "appos" and subject.dep_ == "nsubj" and lemma(subject.head) == "be"
        and noun.doc[noun.left_edge.i - 1].text != ","
    )


# "could have sent", "might have armed": a possibility; "would have" only in a relative clause on a thing that did not
# come about ("a resolution that would have demanded a ceasefire"): elsewhere translated press reports with it
# ("Egypt and the UAE would have been obliged to fund Haftar", "aurait financé").
POSSIBILITY_MODALS = frozenset({"could", "might"})
UNREALISED_MODALS = frozenset({"would", "could", "might"})


def counterfactual(trigger: Token) -> bool:
    """"a British-drafted resolution that would have demanded a ceasefire", "Egypt could have sent troops": a modal
    with the perfect says what did not happen or only might have (the cue's own verb, or the verb a cue noun is the
    object of; POSSIBILITY_MODALS, UNREALISED_MODALS); not beside "according to", translated press's hearsay."""
    verb = trigger
    if not is_verb(verb):
        verb = trigger.head if trigger.dep_ in ("dobj", "nsubjpass") and is_verb(trigger.head) else None
    while verb is not None and verb.dep_ in ("xcomp", "advcl") and is_to_infinitive(verb) and is_verb(verb.head):
        verb = verb.head  # "could have sent troops to help Haftar": the purpose of what did not happen
    if verb is None or verb.tag_ != "VBN":
        return False
    if any(t.lower_ == "according" for t in verb.sent):
        return False  # "According to a report, the Emirates would have financed ...": translated press's hearsay mood
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ == "have" for a in auxiliaries):
        return False
    modals = POSSIBILITY_MODALS if verb.dep_ != "relcl" else UNREALISED_MODALS
    return any(a.lower_ in modals for a in auxiliaries)


def is_negated(trigger: Token, lexicon: Lexicon) -> bool:
    if _shares_negation(trigger) and (is_negated(trigger.head, lexicon) or _coordinator(trigger) == "nor") and not _subject_member(trigger):
        return True  # "did not arm or fund the GNA", "is not an ally or a backer of Haftar"; "nor" negates its own
    if _neither_subject(trigger):
        return True  # "Neither Egypt nor the UAE has backed Haftar"
    if _of_no_one(trigger):
        return True  # "We have no soldiers fighting for the GNA", "No Turkish troops fought for the GNA"
    for child in trigger.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in NO_DETERMINERS and not _joined_by_hyphen(child, trigger)):
            return True
        if child.dep_ == "advmod" and child.lower_ == "never":
            return True  # the parser can read "never" as a plain adverb: "Egypt, Angola and Nauru never said"
        if child.dep_ == "preconj" and child.lower_ == "neither":
            return True  # "neither an ally nor a backer"
        if child.dep_ in ("prep", "advmod") and child.i > trigger.i and any(g.dep_ in ("preconj", "neg") and g.lower_ == "neither" for g in child.children):
            return True  # "Rome stood neither with Sarraj nor with Haftar", "neither openly with Sarraj nor ..."
        if child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children):
            return True  # the parser can hang "not" on the auxiliary: "did not back"
        if child.dep_ == "advmod" and child.i < trigger.i and child.lower_ not in NOT_ONLY and any(g.dep_ == "neg" for g in child.children):
            return True  # or on an adverb before the verb: "could not openly back"
    node = trigger
    if node.dep_ == "compound" and node.head.pos_ == "NOUN" and node.i in after_hyphen(node.doc):
        node = node.head  # "did not pass a no-confidence motion": through the noun the compound cue modifies
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "as") and lemma(node.head.head) in lexicon.role_nouns | lexicon.target_nouns:
        # "has never played the role of Haftar's patron", "was never the target of criticism from": through the
        # role or the target to its verb
        node = node.head.head
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in NO_DETERMINERS) for c in node.children):
            return True
    # Negation reaches the cue through the clause that governs it:
    # "did not provide support", "refused to back", "stopped supporting".
    # "has never emerged as / did not act as Haftar's patron": the role after "as" too; and a copula's adjective:
    # "Russia is not worried about the Turkish deployment".
    while (
        node.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "attr", "acomp")
        or (node.dep_ == "pobj" and node.head.lower_ in ("as", "among"))
        or _partitive_member(node)
        or _nested_in_noun(node)
        or _purpose_clause(node)
        or _complement_object(node)
        or (node.dep_ == "acl" and lemma(node.head) in lexicon.negating_nouns)
    ) and node.head.i != node.i:
        governor = node.head
        if node.dep_ == "acl":
            return True  # "Greece's refusal to back the Turkish plan", "its reluctance to arm the GNA"
        if node.dep_ == "pcomp" and governor.lower_ in DONE_BEFORE_PREPS:
            break  # "suspended its part in the mission after accusing Turkey": what was done before, not taken back
        if node.dep_ in ("pcomp", "pobj") and lemma(governor.head) in lexicon.concealment_words:
            return False  # "made no secret of its backing for Sarraj": hidden or not, the backing is there
        if node.dep_ in ("pcomp", "pobj"):
            governor = particle_verb(governor.head)  # ("did not shy away from attacking": the particle's verb)
            particles = {c.lower_ for c in governor.children if c.dep_ in ("advmod", "prt") and governor.i < c.i < node.i}
            if any(f"{lemma(governor)} {p}" in lexicon.quotes_litotes_verbs for p in particles):
                return not _negated_itself(governor)  # "backed away from supporting Haftar" did not
        if _nested_in_noun(node):
            if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in NO_DETERMINERS) for c in governor.children):
                return True  # "no expansion of Turkish support"
            node = governor
            continue  # "did not confirm the continuation of Turkish support to the GNA": through the outer noun to its verb
        if lemma(governor) in lexicon.ceasing_verbs and _negated_itself(governor):
            return False  # "did not abandon its support for Haftar", "has never stopped arming the GNA": it goes on
        if lemma(governor) in lexicon.concealment_words:
            return False  # "did not hide its support for Haftar", "hid its support": hidden or not, it is there
        if node.dep_ == "xcomp" and lemma(governor) in lexicon.failure_words:
            # "failed to condemn Turkey", "was unable to agree on sanctions": not done ("never failed to" did it). An
            # attempt was still made at persuading ("failed to persuade Haftar to accept the truce") and at mediating
            # ("failed to agree on terms for a truce" still negotiated, "failed to broker a deal" tried)
            cue = lexicon.verbs.get(lemma(trigger)) or lexicon.nouns.get(lemma(trigger))
            mediating = cue is not None and cue.relation == "mediation"
            return not _negated_itself(governor) and lemma(node) not in lexicon.persuasion_verbs and not mediating
        if lemma(governor) in lexicon.quotes_litotes_verbs:
            # "will not hesitate to strike Haftar", "never hesitated to back the GNA": resolve, not refusal; and
            # "Egypt hesitated to back Haftar" is not backing it
            return not _negated_itself(governor)
        if (
            any(c.dep_ == "neg" for c in governor.children) or _negated_adverb(governor) or _neither_subject(governor) or _of_no_one(governor)
        ) and governor.i != trigger.i:
            return True
        if lemma(governor) in lexicon.negating_verbs:
            if node.dep_ == "dobj" and _anothers_act_stopped(node, governor):
                return False  # "the EU stopped Turkish shipments to the GNA": blocked, so they were sent
            return not _asked_to_stop(governor, lexicon)
        if lemma(governor) in lexicon.deprivation_verbs:
            return True  # "the offensive cost Haftar the support of Italy": the support is what was lost
        if _partitive_member(node):
            node = governor
            continue  # "was not one of Haftar's allies": through "one" to its verb
        if governor.pos_ not in ("VERB", "AUX") or lemma(governor) in lexicon.reporting_verbs:
            break
        node = governor
    return False


def _anothers_act_stopped(act: Token, verb: Token, by_whom: bool = False) -> bool:
    """A verb of stopping whose object is someone else's act: a name or demonym on the act ("Turkish shipments",
    "Turkey's shipments") that its subject does not hold ("Turkey halted its shipments" stops its own). `by_whom`: and
    the subject says who stopped it, not what ("the reconciliation, which ended the boycott of Qatar by Egypt")."""
    owners = [c for c in act.children if c.dep_ in ("poss", "amod", "compound") and c.i < act.i and c.text[:1].isupper()]
    # "ending a siege by Haftar's forces": the by-phrase names whose act it is too
    owners += [t for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree if t.text[:1].isupper()]
    clause = verb
    while clause.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "..., ending a siege by Haftar's forces": the participle's subject is its clause's
    subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if by_whom and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children):
        return False
    return bool(owners) and bool(subject) and not any(o.i in subject for o in owners) and not any(
        o.lower_ in {t.lower_ for t in verb.doc if t.i in subject} for o in owners
    )


def _nested_in_noun(node: Token) -> bool:
    """"the continuation of Turkish support", "a surge in Emirati deliveries": a noun in the of- or in-phrase of an outer
    common noun (not a partitive, read above); the outer noun's clause is its clause."""
    return node.dep_ == "pobj" and node.head.lower_ in ("of", "in") and node.head.head.pos_ == "NOUN" and node.head.head.lower_ not in PARTITIVES


def _partitive_member(node: Token) -> bool:
    """"one of Haftar's allies": the noun after a partitive's "of", whose clause is the partitive's."""
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in PARTITIVES


# "will not negotiate", "would never sit down with", "cannot talk to": a negated modal of will or ability refuses
REFUSING_MODALS = frozenset({"will", "wo", "would", "can", "ca", "could", "shall"})


def is_refused(trigger: Token, lexicon: Lexicon) -> bool:
    """"refused to negotiate with Haftar", "rejected dialogue with the GNA", "declined to hold talks with",
    "will not sit down with": the cue, or the light verb that carries it, is refused, rejected or ruled
    out, or negated under a modal of will. A plain "did not meet" reports no refusal, "did not refuse"
    none either, and "refused to comment on talks with" refuses the comment."""
    verb = trigger
    if _existential_refusal(trigger, lexicon):
        return True
    if not is_verb(trigger):
        governor = trigger.head.head if _complement_object(trigger) else trigger.head
        if trigger.dep_ in ("dobj", "pobj") and refusing(governor, lexicon.refusal_verbs):
            return not _negated_itself(governor)
        carried = trigger.dep_ == "dobj" and lemma(governor) in lexicon.light_verbs
        carried = carried or (_complement_object(trigger) and f"{lemma(governor)} {trigger.head.lower_}" in lexicon.prepositional_light_verbs)
        if not carried:
            return False
        verb = governor
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if _negated_itself(verb) and any(a.lower_ in REFUSING_MODALS for a in auxiliaries):
        return True
    return verb.dep_ == "xcomp" and refusing(verb.head, lexicon.refusal_verbs) and not _negated_itself(verb.head)


# Modals that make "there will be no talks" a refusal; "there could / would be no talks" only foresees.
EXISTENTIAL_REFUSAL_MODALS = frozenset({"will", "wo", "shall", "can", "ca"})
# Words of a schedule: "there will be no talks with Haftar today" says when, not that talks are refused
# (a time noun after "this", "next" or "coming" too).
SCHEDULE_WORDS = frozenset({"today", "tomorrow", "tonight", "soon", "yet", "now"})


def _existential_refusal(trigger: Token, lexicon: Lexicon) -> bool:
    """"There will be no talks with Haftar", "there can never be dialogue with the aggressor": saying
    there will or can be none of a cue refuses it, as "will never negotiate with" does (the one who says it is the
    agent: existential-speaker), and so does "would" in what someone said ("Sarraj said there would be no talks with
    Haftar": the "will" of the words said). A fact ("there were no talks"), a forecast ("there could be no
    talks") or a schedule ("no talks this week") refuses nothing."""
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "no talks or negotiations": the first conjunct carries "no"
    verb = noun.head
    if noun.dep_ not in ("attr", "nsubj") or lemma(verb) != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    if not (_determined_by_no(noun) or _negated_itself(verb)):
        return False
    # "Sarraj said there would be no talks with Haftar": "would" under a past verb of saying is its "will"
    backshifted = verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and lemma(verb.head) in lexicon.reporting_verbs
    modals = EXISTENTIAL_REFUSAL_MODALS | ({"would"} if backshifted else set())  # ("could" stays a forecast)
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return False
    return not any(_scheduled(t, lexicon) for t in verb.subtree)


def _scheduled(token: Token, lexicon: Lexicon) -> bool:
    """"today", "soon", "this week", "next month": a time a plan is set for (not "last spring", which a refusal
    can follow)."""
    if token.lower_ in SCHEDULE_WORDS:
        return True
    return lemma(token) in lexicon.time_nouns and any(c.lower_ in ("this", "next", "coming") for c in token.children)


def _negated_itself(verb: Token) -> bool:
    """"not" or "never" on the verb or on its auxiliary."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or any(
        g.dep_ == "neg" for c in verb.children if c.dep_ == "aux" for g in c.children
    )


def _asked_to_stop(verb: Token, lexicon: Lexicon) -> bool:
    """"urged the UAE to stop flying weapons to Haftar", "demanded that Turkey halt its shipments", "Russia must stop
    arming Haftar", "called on Turkey to stop violating the embargo and stop sending fighters": a demand to stop
    presupposes the act goes on."""
    if lemma(verb) not in lexicon.de_escalation_verbs:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i and lemma(verb.head) in lexicon.de_escalation_verbs:
        verb = verb.head
    if any(c.dep_ == "aux" and lemma(c) in lexicon.prescriptive_modals for c in verb.children):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "advcl") and (
        lemma(verb.head) in lexicon.persuasion_verbs or lemma(verb.head) in lexicon.demand_verbs or lemma(verb.head) in lexicon.prescriptive_modals
    )


def rejected(trigger: Token, lexicon: Lexicon) -> bool:
    """The cue is what a verb of rejection rejects ("rejected any truce")."""
    return _rejected(trigger, lexicon)


def _rejected(trigger: Token, lexicon: Lexicon) -> bool:
    """"rejected any role for Haftar", "ruled out a place for him": the cue is the object of a verb of
    rejection (its lexicon category), which says "no" to it as "there is no role for" does. A verb that rejects
    only negated ("accept") does not: "accepted a role for Haftar" says yes, and "did not accept" is negated."""
    verb = trigger.head
    cue = lexicon.verbs.get(lemma(verb)) if trigger.dep_ == "dobj" else None
    return cue is not None and cue.category == "reject" and not cue.only_negated


def in_rejected_claim(trigger: Token, lexicon: Lexicon) -> bool:
    """"The Kremlin rejected claims that Russian aircraft had been sent to support Haftar", "Ankara dismissed reports
    that Turkish jets had bombed": what a claim (lexicon.claim_nouns) says is not asserted when the claim is denied,
    dismissed or rejected, or called false (lexicon.falsity_adjectives); nor what a denied presence
    (lexicon.presence_nouns) is of."""
    if _inside_claim_called_false(trigger, lexicon):
        return True
    for noun in trigger.ancestors:
        # (a claim noun in a noun's place is one the tagger took for a verb: "slammed baseless claims that")
        if noun.pos_ not in ("NOUN", "VERB"):
            continue
        if lemma(noun) in lexicon.claim_nouns and any(c.dep_ == "amod" and c.lower_ in lexicon.falsity_adjectives for c in noun.children):
            return True  # "described as false reports that Turkish troops fought for the GNA", "these are baseless claims"
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
            # "dismissed as false reports that ...": the object moved after its "as" phrase, and the parser joined them
            verb = lemma(noun.head.head)
        elif noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        else:
            verb = lemma(noun.head)
            if lemma(noun) in lexicon.claim_nouns and noun.dep_ == "nsubj" and _called_false(noun.head, lexicon):
                return True  # "reports that we supply Haftar with drones are lies", "the allegation that ... is false"
        cue = lexicon.verbs.get(verb)
        if lemma(noun) in lexicon.claim_nouns and (verb in lexicon.denial_verbs or verb in lexicon.dismissal_verbs or (cue is not None and cue.category == "reject")):
            return True
        if lemma(noun) in lexicon.presence_nouns and verb in lexicon.denial_verbs:
            return True  # "denied the presence of any Sudanese forces fighting for Haftar" (rejecting a presence opposes it)
    return False


def _inside_claim_called_false(trigger: Token, lexicon: Lexicon) -> bool:
    """"The accusation that Ankara funds the GNA and its allies is pure fabrication": the cue stands between a claim noun
    and the copula that calls the claim false, whatever the parser made of the clause between them (a long list in
    it can split it off the noun)."""
    doc = trigger.doc
    claims = [doc[t.i - 1] for t in doc[trigger.sent.start + 1 : trigger.i] if t.lower_ == "that" and lemma(doc[t.i - 1]) in lexicon.claim_nouns]
    if not claims:
        return False
    for verb in doc[trigger.i + 1 : trigger.sent.end]:
        if lemma(verb) in lexicon.claim_nouns:
            return False  # "reports that Qatar funds the GNA are true, but claims that ... are false": another claim's
        if lemma(verb) == "be" and _called_false(verb, lexicon):
            return all(s.i >= claims[-1].i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))
    return False


def _called_false(verb: Token, lexicon: Lexicon) -> bool:
    """A copula that says its subject is false: "are false", "is baseless", "are lies", "are pure fabrications"
    (falsity_adjectives, quotes_falsity_nouns); not "are not false"."""
    if lemma(verb) != "be" or _negated_itself(verb):
        return False
    return any(
        (c.dep_ == "acomp" and lemma(c) in lexicon.falsity_adjectives) or (c.dep_ == "attr" and lemma(c) in lexicon.quotes_falsity_nouns)
        for c in verb.children
    )


def rejects_unowned_claim(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb of rejection or dismissal whose object is a claim no one is said to make ("Russia rejected accusations that
    it had armed Haftar", "dismissed reports that"): it answers the claim, and the names inside the claim are not what
    it rejects. A claim with its author ("the GNA's accusations", "accusations by the GNA") is still that author's."""
    if trigger.pos_ != "VERB":
        return False
    word = lemma(trigger)
    cue = lexicon.verbs.get(word)
    if not (word in lexicon.dismissal_verbs or (cue is not None and cue.category == "reject")):
        return False
    for claim in (c for c in trigger.children if c.dep_ == "dobj" and lemma(c) in lexicon.claim_nouns):
        owned = any(c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")) for c in claim.children)
        # (the parser may make the claim's clause an apposition: "accusations that it had armed Haftar")
        if not owned and any(c.dep_ in ("acl", "relcl", "appos") or (c.dep_ == "prep" and c.lower_ == "of") for c in claim.children):
            return True
    return False


def allowed_to_suffer(trigger: Token, lexicon: Lexicon) -> bool:
    """What a refused "allow", "let" or "permit" would let happen is something its object undergoes: a fall
    (falling_verbs: "will not allow Tripoli to fall into the hands of putschists", "won't let the capital go"),
    a collapse or a loss (suffering_verbs: "would not let the LNA collapse") or a passive ("will not permit the
    GNA to be defeated"). Refusing it takes the object's side; only an act of the object's own is refused
    against it ("refused to allow Turkish forces to use its territory")."""
    clauses = _permitted_clauses(trigger)
    return bool(suffered_noun(trigger, lexicon)) or bool(_downfalls(trigger, lexicon)) or any(
        _befalls(c, lexicon) or any(a.dep_ == "auxpass" for a in c.children) for c in clauses
    )


def _permitted_clauses(trigger: Token) -> list[Token]:
    """What a permission lets happen: its clause ("allow the GNA to be defeated"), or a to-clause the parser
    made its conjunct after a list ("allow the GNA, Fiji and Chad to be defeated")."""
    return [
        c
        for c in trigger.children
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "conj" and is_to_infinitive(c))
    ]


def _downfalls(trigger: Token, lexicon: Lexicon) -> list[Token]:
    """"will not permit the collapse of the GNA", "would not allow Haftar's defeat": an object that is a noun of
    what befalls someone (downfall_nouns)."""
    return [c for c in trigger.children if c.dep_ == "dobj" and lemma(c) in lexicon.downfall_nouns]


def _befalls(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of what befalls its subject: it falls, collapses, loses (falling_verbs, suffering_verbs)."""
    return lemma(verb) in lexicon.falling_verbs or lemma(verb) in lexicon.suffering_verbs


def suffered_noun(trigger: Token, lexicon: Lexicon) -> list[Token]:
    """"would not let the LNA collapse": the small parser reads the bare verb after the object as a noun the
    name modifies ("the LNA collapse", an object or a clause), or as the last conjunct or an apposition of the
    object ("let Haftar's army and Laos collapse"); the phrases that end in that noun, a verb form of what
    befalls, name who would suffer."""
    def befalls(noun: Token) -> bool:
        return noun.tag_ == "NN" and (noun.lower_ in lexicon.suffering_verbs or noun.lower_ in lexicon.falling_verbs)

    found: list[Token] = []
    for c in trigger.children:
        if c.dep_ not in ("dobj", "ccomp"):
            continue
        if befalls(c) and any(g.dep_ in ("compound", "poss", "amod", "nmod") for g in c.children):
            found.append(c)  # "the LNA collapse"
        elif c.dep_ == "dobj" and c.right_edge.i > c.i and befalls(c.right_edge):
            found.append(c)  # "Haftar's army and Laos collapse": the object's phrase, with its conjuncts, ends in it
    return found


def harmed_by_permission(trigger: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Who would suffer what a refused permission would let happen, and to whom it would fall: "would not let
    the LNA collapse" (the LNA), "will never allow the GNA to be defeated" (a passive of an opposition cue),
    "will not let Tripoli fall to Haftar's forces" (Tripoli; Haftar's forces). An act of the object's own
    ("refused to allow Turkish forces to use its territory") or a passive of no harm ("to be deployed") is none."""
    sufferers: list[Token] = list(suffered_noun(trigger, lexicon))
    takers: list[Token] = []
    for noun in _downfalls(trigger, lexicon):
        # whom it befalls: the of-phrase ("the collapse of the GNA"; "Haftar's defeat of the GNA" too), else the possessor
        of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        sufferers += of or [c for c in noun.children if c.dep_ == "poss"]
        # and who would bring it about ("the defeat of Haftar's forces by the GNA") is opposed
        # (the parser may hang the by-phrase on the last of a list or on an apposition)
        takers += [p for t in noun.subtree for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    for clause in _permitted_clauses(trigger):
        passive = any(a.dep_ == "auxpass" for a in clause.children)
        cue = lexicon.verbs.get(lemma(clause))
        harmed = (passive and cue is not None and cue.relation == "opposition") or (not passive and _befalls(clause, lexicon))
        if not harmed:
            continue
        # ("let Rajma collapse": the parser may read the subject as a compound of the verb)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            c for c in clause.children if c.dep_ == "compound" and c.i < clause.i
        ]
        objects_ = [c for c in trigger.children if c.dep_ == "dobj"]
        sufferers += subjects + objects_ if clause.dep_ == "conj" else subjects or objects_
        if lemma(clause) in lexicon.falling_verbs:
            takers += falling_to(clause, lexicon)
    return sufferers, takers


def falling_to(clause: Token, lexicon: Lexicon) -> list[Token]:
    """To whom a verb of falling (falling_verbs) has something fall: its to-phrase ("fall to Haftar"), or whose hands or
    grip it falls into (falling_hold_nouns: "fall into the hands of Haftar's mercenaries", "fall into Haftar's grip")."""
    found = [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    holds = [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj" and lemma(p) in lexicon.falling_hold_nouns]
    found += [c for h in holds for c in h.children if c.dep_ == "poss"]
    found += [p for h in holds for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return found


def denied(trigger: Token, lexicon: Lexicon) -> bool:
    """The cue is in what one of denial_verbs denies ("Tunisia denied that it had refused ...")."""
    return _denied(trigger, lexicon)


def _denied(trigger: Token, lexicon: Lexicon) -> bool:
    """"Tunisia denied that it had allowed Turkish planes to use its airspace": a denial answers a claim;
    it is not the refusal `when_negated` reads ("refused to allow")."""
    return any(lemma(a) in lexicon.denial_verbs for a in trigger.ancestors)


def _neither_subject(verb: Token) -> bool:
    """"Neither Egypt nor the UAE has acknowledged supplying the LNA": a subject under "neither" negates."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in c.children)
        for c in verb.children
    )


def _coordinator(conjunct: Token) -> str | None:
    """The coordinator nearest before a conjunct, which joins it ("not A or B but C": "but" joins C); the
    parser may hang it on the first conjunct's object ("neither armed the GNA, Chad and Niger nor backed X")."""
    coordinators = [c for c in (*conjunct.head.children, *conjunct.children) if c.dep_ == "cc" and c.i < conjunct.i]
    nearest = max(coordinators, key=lambda c: c.i) if coordinators else None
    between = conjunct.doc[(nearest.i if nearest is not None else conjunct.head.i) + 1 : conjunct.i]
    stray = next((t for t in reversed(between) if t.dep_ == "cc" and t.lower_ == "nor"), None)
    return "nor" if stray is not None else nearest.lower_ if nearest is not None else None


def _negated_adverb(verb: Token) -> bool:
    """"Egypt is no longer a backer of Haftar", "Turkey is no longer hostile to": the parser hangs "no" on "longer",
    an adverb of the governing verb (not "not only")."""
    return any(c.dep_ == "advmod" and c.lower_ not in NOT_ONLY and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _of_no_one(verb: Token) -> bool:
    """A clause about no one asserts nothing: its subject is determined by "no" ("No Turkish troops fought for
    the GNA", "no troops were deployed to back Haftar"), or it describes a noun that is ("There are no Russian
    mercenaries fighting alongside Haftar", "We have no soldiers who fight for the GNA")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and _determined_by_no(c) for c in verb.children):
        return True
    return verb.dep_ in ("acl", "relcl") and _determined_by_no(verb.head)


def _determined_by_no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _subject_member(noun: Token) -> bool:
    """"Neither the GNA nor its Turkish patron has dared ...": a noun coordinated into a clause's subject names who
    the clause is about; "neither" and "nor" deny the predicate, not what the noun says of them (the patron is still
    one)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return noun.pos_ == "NOUN" and first.dep_ in ("nsubj", "nsubjpass")


def _shares_negation(conjunct: Token) -> bool:
    """A conjunct falls under its first conjunct's negation unless a contrast joins them ("did
    not mediate but armed the GNA") or it is a clause of its own ("did not arm X and Russia
    backed Y")."""
    if conjunct.dep_ != "conj" or conjunct.head.i == conjunct.i:
        return False
    nearest = _coordinator(conjunct)
    if nearest == "nor":
        return True  # "has neither armed the GNA nor recognised Haftar": whatever the tagger made of the second verb
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conjunct.children):
        return False  # a clause, or a verb phrase with its own auxiliary: "has not X and has backed Y"
    if conjunct.pos_ == "VERB" and conjunct.head.pos_ == "VERB" and conjunct.tag_ != conjunct.head.tag_:
        return False  # "did not recognize the GNA and backs Haftar": a finite verb of its own
    return nearest not in CONTRASTING


def failed_attempt(trigger: Token, cue: Cue | None, lexicon: Lexicon) -> bool:
    """"Haftar's troops could not take Tripoli", "failed to take Tripoli": an attack or a siege that could not
    succeed was still made, so its negation under an ability modal or a word of failure keeps the hostility
    (hedged, as every "could" is). "did not attack" stays negated."""
    if cue is None or cue.category not in lexicon.attempt_categories:
        return False
    if trigger.dep_ == "xcomp" and lemma(trigger.head) in lexicon.failure_words:
        return True  # "Haftar failed to take Tripoli", "was unable to take the capital"
    auxiliaries = [c for c in trigger.children if c.dep_ == "aux"]
    negation = [c for c in trigger.children if c.dep_ == "neg"] + [g for a in auxiliaries for g in a.children if g.dep_ == "neg"]
    return bool(negation) and any(lemma(a) in lexicon.ability_modals or a.lower_ in ("ca", "can") for a in auxiliaries)


# "did not call for a ceasefire", "refused to take part in talks": the verb's own complement
# preposition carries its negation to its object; "despite" or "after" do not. So does a copula's
# prepositional predicate: "Egypt is not at odds with Turkey", "is no longer in talks with".
COMPLEMENT_PREPS = frozenset({"for", "in", "to", "on", "into", "at"})


def _complement_object(node: Token) -> bool:
    # A noun with its own possessor is its own event: "did not respond to Egypt's call for talks".
    return (
        node.dep_ == "pobj"
        and node.head.lower_ in COMPLEMENT_PREPS
        and node.head.dep_ == "prep"
        and node.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "poss" for c in node.children)
    )


# Links that leave a clause, whose head's adverbs say nothing of the clause below.
CLAUSE_BOUNDARIES = frozenset({"conj", "advcl", "relcl", "parataxis", "acl"})


def said_falsely(trigger: Token, lexicon: Lexicon) -> bool:
    """"Pro-Haftar media falsely claimed that Qatar had sent fighters", "wrongly accused Egypt of arming
    Haftar": what a verb marked false (falsity_adverbs) says or charges is not asserted; the verb itself is."""
    node = trigger
    while node.dep_ not in CLAUSE_BOUNDARIES and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in lexicon.falsity_adverbs for c in node.children):
            return True
    return False


TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def about_other_field(trigger: Token, lexicon: Lexicon) -> bool:
    """"Iraq hosted Jordan and Egypt for a summit on economic integration", "talks on trade": a meeting whose
    topic is a civil field of cooperation (civil_fields) and names no peace topic is no mediation."""
    # (a light verb's noun: the parser may hang the topic on the verb, "held talks with Mishustin on reviving contracts")
    meetings = [trigger, *([trigger.head] if trigger.dep_ == "dobj" and is_verb(trigger.head) else [])] if not is_verb(trigger) else [
        p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("for", "at") for p in c.children if p.dep_ == "pobj"
    ]
    if is_verb(trigger) and any(c.dep_ == "dobj" and lemma(c) in lexicon.meeting_nouns for c in trigger.children):
        meetings.append(trigger)  # "held talks with Mishustin on reviving contracts": the light verb holds the topic
    # (or on the last name of the with-phrase: "talks with Mishustin and Tebboune on trade")
    partners = [q for meeting in meetings for c in meeting.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts) if q.pos_ == "PROPN"]
    # ("talks on reviving Soviet-era contracts": a gerund's clause is the topic too)
    topics = [p for meeting in [*meetings, *partners] for c in meeting.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for p in c.children if p.dep_ in ("pobj", "pcomp")]
    if not topics:
        return False
    words = {lemma(t) for topic in topics for t in topic.subtree}
    return not words.isdisjoint(lexicon.civil_fields) and words.isdisjoint(lexicon.peace_topics)


# Hostile measures that can be lifted, by the category of their cue.
LIFTABLE_CATEGORIES = frozenset({"sanction", "coerce", "protest"})


def lifted(trigger: Token, cue: Cue | None, lexicon: Lexicon) -> bool:
    """"lifted its ban on Qatari flights", "the blockade on Qatar was ended", "the lifting of sanctions on
    Iran": a sanction, blockade or boycott that a de-escalation verb (or its -ing noun) ends."""
    if cue is None or cue.category not in LIFTABLE_CATEGORIES or is_verb(trigger):
        return False
    if trigger.dep_ == "dobj" and _anothers_act_stopped(trigger, trigger.head, by_whom=True):
        return False  # "the GNA retook Tripoli, ending a siege by Haftar's forces": broken by another, so it was there
    if trigger.dep_ in ("dobj", "nsubjpass"):
        return lemma(trigger.head) in lexicon.de_escalation_verbs
    ending = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    return ending is not None and ending.lower_.endswith("ing") and ending.lower_[:-3] in lexicon.de_escalation_verbs


def in_condition(trigger: Token) -> bool:
    """Whether the cue sits inside an "if" / "unless" clause, or an indirect question ("whether"), or a
    clause below one."""
    for node in (trigger, *trigger.ancestors):
        # a ccomp with "if" is a condition the parser misplaced, or an indirect question ("asked if
        # Russia backs Haftar", "it is unclear whether the UAE will sign"): none asserts
        if node.dep_ in ("advcl", "ccomp", "csubj") and _marked_condition(node):
            return True
        if node.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return True  # "If Egypt armed the LNA, while Qatar the GNA, the talks would fail": the parser made the condition the root
    return False


def _marked_condition(clause: Token) -> bool:
    """The clause opens with "if", "unless" or "whether": as its own mark, or as the mark the parser hung on a word
    of the clause ("If Egypt, Sudan, and Chad become ...": "If" on "Egypt")."""
    marks = (*CONDITION_MARKS, "whether")
    if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
        return True
    first = clause.doc[clause.left_edge.i]
    # only on the clause's own subject: an "if" on a verb below ("If we are invited, we will deploy") is that verb's
    subject = first.head
    return first.dep_ == "mark" and first.lower_ in marks and subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == clause.i


def continued_in_condition(trigger: Token, lexicon: Lexicon) -> bool:
    """"if Haftar continues his attacks on Tripoli", "unless Egypt keeps arming the LNA", "if Ankara persists in
    backing the GNA": a condition on an act going on (quotes_continuation_verbs), its object a noun or an -ing form,
    presupposes the act, which is asserted though the condition is not; not when the continuing itself is negated."""
    node = trigger
    if node.dep_ in ("pobj", "pcomp") and node.head.dep_ == "prep":
        node = node.head  # "persists in backing"
    if node.dep_ not in ("dobj", "xcomp", "prep") or node.head.i == node.i:
        return False
    if node.dep_ == "xcomp" and is_to_infinitive(node):
        return False  # "if Qatar continues to send drones" reads as a plain hypothetical (a tense of "if Qatar sends")
    verb = node.head
    return (
        lemma(verb) in lexicon.quotes_continuation_verbs
        and verb.dep_ in ("advcl", "ccomp", "csubj")
        and any(c.dep_ == "mark" and c.lower_ in (*CONDITION_MARKS, "whether") for c in verb.children)
        and not _negated_itself(verb)
    )


def described_in_condition(trigger: Token, cue: Cue | None) -> bool:
    """"if the Russian-backed LNA attacks Misrata", "if Haftar and his Emirati backers strike Zuwara": a cue inside a noun
    phrase (a modifier, or a noun of identity naming whom it refers to) describes who the condition is about, and
    the description is asserted, as in a question; not a noun the condition predicates ("if Egypt becomes Haftar's
    backer", "if Turkey finds an ally"). So does a participle set off by commas on a noun of the condition ("if GNA
    brigades, helped by Ankara, move on Jufra": an aside on who they are)."""
    if trigger.dep_ in PRESUPPOSED_DEPS:
        return True
    if trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBG") and trigger.i > trigger.head.i and trigger.doc[trigger.left_edge.i - 1].text == ",":
        return True
    if cue is None or cue.identity is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    return trigger.dep_ in ("nsubj", "nsubjpass", "conj", "pobj") and not (trigger.dep_ == "pobj" and trigger.head.lower_ == "as")


def asked_for(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether the cue is what someone is urged, asked or demanded to do ("Turkey urged NATO to back the
    GNA", "Egypt demanded that the UN condemn Turkey"): the persuasion or demand verb's own reading says
    who pressed whom; the deed is not asserted. "persuaded Haftar to sign" says he did (implicative_verbs),
    and a demand to withdraw or to end an attack is itself the act (withdrawal_verbs, de_escalation_verbs)."""
    phrasal = {f"{lemma(trigger)} {c.lower_}" for c in trigger.children if c.dep_ in ("prt", "prep", "advmod")}
    if ({lemma(trigger)} | phrasal) & (lexicon.withdrawal_verbs | lexicon.de_escalation_verbs):
        return False  # "urged Turkey to pull out of Libya"
    node = _light_verb_of(trigger, lexicon)
    for _ in range(3):  # "urged NATO to start backing the GNA"
        if node.dep_ == "xcomp" and lemma(node.head) not in lexicon.persuasion_verbs and node.head.i != node.i:
            node = node.head
            if _asked_to_stop(node, lexicon):
                return False  # "urged the UAE to stop flying weapons to Haftar": the flights go on
        elif _called_on_to(node, lexicon):
            break
        elif (purpose := _purpose_of(node)) is not None:
            node = purpose  # "asked Italy to activate its agreements to help repel ...": the purpose of what is asked
    verb = node.head
    if verb.i == node.i or lemma(verb) in lexicon.implicative_verbs:
        return False
    if node.dep_ == "xcomp" or _called_on_to(node, lexicon):
        asked = _asked_ones(verb)
        if any(_own_forces(c, lexicon) or _own_forces(_plural_antecedent(c), lexicon) for c in asked):
            return False  # "Haftar urged his troops to advance on Tripoli": a commander's call on his own side is its act
        return lemma(verb) in lexicon.persuasion_verbs and bool(asked)
    # "demanded that the Security Council hold the UAE accountable": a demand's that-clause is asked for
    # (a reporting verb's is said: "insisted that Turkey backs the GNA")
    return (
        node.dep_ == "ccomp"
        and (lemma(verb) in lexicon.demand_verbs or lemma(verb) in lexicon.persuasion_verbs)
        and lemma(verb) not in lexicon.reporting_verbs  # "insisted that Turkey and Qatar back the GNA" reports
        and not any(c.dep_ == "aux" for c in node.children)
    )


def _light_verb_of(trigger: Token, lexicon: Lexicon) -> Token:
    """"urged the UN to put pressure on Egypt", "asked Italy to provide support to the GNA": a noun cue that is the
    object of a light verb (light_verbs) is asked for when its verb is; any other cue stands for itself."""
    verb = trigger.head
    if (
        trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and verb.i != trigger.i and lemma(verb) in lexicon.light_verbs
        and lemma(trigger) not in lexicon.withdrawal_nouns  # "called on Turkey to begin its withdrawal": the demand is the act
        and not any(c.dep_ == "poss" for c in trigger.children)  # "called Dbeibah to express the kingdom's support": its own
    ):
        return verb
    return trigger


def _called_on_to(clause: Token, lexicon: Lexicon) -> bool:
    """"The EU is calling on Egypt to arm the LNA": the parser can read the to-infinitive after "called on X" as a
    clause of purpose; it is what X is asked to do."""
    verb = clause.head
    return (
        clause.dep_ == "advcl"
        and verb.i != clause.i
        and is_to_infinitive(clause)
        and lemma(verb) in lexicon.persuasion_verbs
        and (
            any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(o.dep_ == "pobj" for o in c.children) for c in verb.children)
            or any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)  # "called for the LNA to halt"
        )
    )


def _asked_ones(verb: Token) -> list[Token]:
    """Whom a verb of persuasion asks: its object ("urged Russia to"), or the object of its "on" ("called on
    Russia to", "called upon the UAE to"): either way the act asked of them is not yet done."""
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += asked_subjects(verb)  # "called for the LNA to halt": the for-clause's subject
    return asked + [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for o in c.children if o.dep_ == "pobj"]


def _plural_antecedent(pronoun: Token) -> Token:
    """"told his troops ..., calling on them to advance": the plural noun "them" last follows in the sentence
    (the pronoun itself when it is no "them", or follows none)."""
    if pronoun.lower_ != "them":
        return pronoun
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    return next((t for t in reversed(before) if t.tag_ == "NNS"), pronoun)


def _purpose_of(verb: Token) -> Token | None:
    """The verb whose purpose a to-infinitive states: "to send troops [to repel the attack]" (an adverbial clause),
    "to activate agreements [to help repel it]" (read as a clause on the verb's object); None for anything else."""
    if not is_to_infinitive(verb):
        return None
    if verb.dep_ == "advcl" and verb.head.i != verb.i and is_verb(verb.head):
        return verb.head
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and is_verb(verb.head.head):
        return verb.head.head
    return None


# "his troops", "its forces": whose own a possessive pronoun makes what is urged
OWN_POSSESSIVES = frozenset({"his", "its", "their", "her", "our"})


def _own_forces(noun: Token, lexicon: Lexicon) -> bool:
    """"his troops", "its fighters" (not "his allies": those are others)."""
    force = lemma(noun) in lexicon.aid_nouns or lemma(noun) in lexicon.non_state_nouns
    return force and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children)


def in_blocked_content(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether the cue is in a clause on the object of a verb of blocking ("Russia blocked a statement
    that would have criticised his offensive", "France vetoed an EU statement calling on Haftar to halt")."""
    for node in (trigger, *trigger.ancestors):
        if node.dep_ in ("acl", "relcl") and node.head.dep_ == "dobj" and lemma(node.head.head) in lexicon.blocking_verbs:
            return True
    return False


def _purpose_clause(clause: Token) -> bool:
    """"denies sending mercenaries to fight for Haftar": a to-infinitive of purpose is inside
    the denial; "Although Russia works with Turkey, it cannot be forgotten ..." is not."""
    return clause.dep_ == "advcl" and not any(c.dep_ == "mark" for c in clause.children) and is_to_infinitive(clause)


def modal_verb(trigger: Token, lexicon: Lexicon) -> str | None:
    """"prescriptive" (should, must) or "hedge" (could, may) when such an auxiliary governs the cue; not a prescriptive
    modal on a stop demanded ("Russia must stop arming Haftar": the arming goes on, _asked_to_stop)."""
    node = trigger
    for _ in range(3):
        if node.i != trigger.i and lemma(node) in lexicon.negating_verbs and _asked_to_stop(node, lexicon):
            return None
        for child in node.children:
            if child.dep_ == "aux":
                word = lemma(child)
                if word in lexicon.prescriptive_modals:
                    return "prescriptive"
                if word in lexicon.hedge_modals:
                    return "hedge"
        if node.dep_ in ("dobj", "xcomp", "attr") and node.head.i != node.i:
            node = node.head
        elif _complement_object(node):
            node = node.head.head  # "Egypt may be at war with Turkey"
        else:
            break
    return None


def is_hedged(trigger: Token, lexicon: Lexicon) -> bool:
    node = trigger
    for _ in range(4):
        if any(lemma(c) in lexicon.hedge_words for c in node.children if c.dep_ in ("advmod", "aux", "auxpass")):
            return True
        if lemma(node) in lexicon.hedge_words and node.i != trigger.i:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False
