"""Prepositional attachments: a "by", "against", "with", "for" or "of" phrase hung on the wrong word,
purpose clauses, time phrases and two-word prepositions.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import dictionary_actors_at
from extract.relations.context import armed_men
from extract.relations.grammar import GRIEVANCE_PREPS, is_to_infinitive, positions_in
from extract.parse_repair.shared import (
    verb_of_gerund,
    reading_of,
    restore_unless_one_tree,
    _index,
    _list_head,
    _names_someone,
    _reattach,
    _take_place,
    _takes_prep,
    VERBS,
)

def _is_event_noun(token: Token, lexicon: Lexicon) -> bool:
    cue = lexicon.nouns.get(token.lemma_.lower())
    return token.pos_ == "NOUN" and cue is not None and cue.identity is None and cue.preps.get("by") == "agent"


def by_phrase_to_event_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"repelled a renewed offensive by the LNA on Monday", "came under heavy attack
    last spring by Haftar's forces", "deplored the bombardment by the militias of Haftar on the
    outskirts" (translated press: the doer before the target): the parser hangs "by Y" on the verb (as its agent or
    a prep) although the verb is active, or on the place the event is aimed at ("repelled a
    ground assault on the base by the GNA"); it belongs to the event noun before it."""
    for by in (doc[i] for i in _index(doc, lexicon).by):
        if by.dep_ not in ("agent", "prep"):
            continue
        verb = by.head
        if verb.pos_ in ("NOUN", "PROPN") and not _is_event_noun(verb, lexicon) and verb.dep_ == "pobj":
            holder = verb.head.head  # "an assault [on the base] by the GNA": past the place to what holds it
            if not _is_event_noun(holder, lexicon) and holder.dep_ == "conj":
                holder = _event_over_conjunct(holder, lexicon) or holder
            if _is_event_noun(holder, lexicon):
                if any(_names_someone(p) or _group_of_someone(p, lexicon) for p in by.children if p.dep_ == "pobj"):
                    _reattach(by, holder, "prep")
                continue
            verb = holder
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl"):
            continue  # a real passive: "was repelled by the LNA"
        nouns = [
            t
            for c in verb.children
            if c.i < by.i and c.dep_ in ("dobj", "prep", "attr")
            for t in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])
            if _is_event_noun(t, lexicon)
        ]
        # "by Haftar's forces", or "by the aggressor forces of Haftar" (the one named in the of-phrase)
        if nouns and any(_names_someone(p) or _group_of_someone(p, lexicon) for p in by.children if p.dep_ == "pobj"):
            _reattach(by, max(nouns, key=lambda t: t.i), "prep")


def agent_of_light_verb_passive(doc: Doc, lexicon: Lexicon) -> None:
    """"The shelling of Tripoli was carried out by the LNA", "attacks on Tripoli, which have been carried out
    for months by Haftar's militias", "air strikes carried out by the UAE": a light verb ("carry out",
    "conduct", "launch", "wage") in the passive says only that the event happened; its by-phrase names who did
    the event (as "the shelling of Tripoli by the LNA" does), so it goes to the event noun the verb's subject,
    relative pronoun or participle stands for. Not a noun that names its doer already ("Haftar's offensive"),
    nor a light verb that sends or reports something (read as that verb)."""
    for by in (doc[i] for i in _index(doc, lexicon).by):
        verb = by.head
        if by.dep_ != "agent" or verb.tag_ != "VBN" or verb.lemma_.lower() not in lexicon.light_verbs:
            continue
        carried_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)  # not "carry" weapons
        if not carried_out and (verb.lemma_.lower() in lexicon.transfer_verbs or verb.lemma_.lower() in lexicon.reporting_verbs):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.tag_ != "WDT":
            event = subject
        elif verb.dep_ in ("acl", "relcl"):
            event = verb.head
        else:
            continue
        if not _event_noun_by_tag(event, lexicon) and event.dep_ == "pobj" and _event_noun_by_tag(event.head.head, lexicon):
            event = event.head.head  # "strikes on Misrata carried out by": the parser hangs it on the place
        if not _event_noun_by_tag(event, lexicon) or any(c.dep_ == "poss" or c.lower_ == "by" for c in event.children):
            continue
        if any(_names_someone(p) or _names_someone_by_of(p) for p in by.children if p.dep_ == "pobj"):
            _reattach(by, event, "prep")


def _names_someone_by_of(noun: Token) -> bool:
    """"by the militias of Haftar", "by the forces of the GNA": a group noun whose of-phrase names someone."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_names_someone(o) for o in c.children if o.dep_ == "pobj") for c in noun.children)


def _event_over_conjunct(noun: Token, lexicon: Lexicon) -> Token | None:
    """The event noun a second patient is joined to, as the event's conjunct or as its of-object's: "the shelling
    of the consulate and [the home of the envoy]" (either way the parser joins "the residence")."""
    first = noun
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of":
        first = first.head.head
    return first if _is_event_noun(first, lexicon) else None


def _group_of_someone(noun: Token, lexicon: Lexicon) -> bool:
    """"by the aggressor forces of Haftar", "by militias of the LNA": a group noun of the lexicon (forces,
    militias, the sides) whose of-phrase names someone; not "by order of the command", "by means of drones"."""
    base = noun.lemma_.lower()
    group = base in lexicon.non_state_nouns or base in lexicon.unnamed_group_nouns or base in lexicon.side_nouns
    return group and _names_someone_by_of(noun)


def _event_noun_by_tag(token: Token, lexicon: Lexicon) -> bool:
    """An event noun of the lexicon by its tag (NN, NNS): "strikes" keeps a verb's coarse tag in some parses."""
    cue = lexicon.nouns.get(token.lemma_.lower())
    return token.tag_ in ("NN", "NNS") and cue is not None and cue.identity is None and cue.preps.get("by") == "agent"


def patient_prep_on_agent(doc: Doc, lexicon: Lexicon) -> None:
    """"Attacks by Haftar's forces on the GNA killed dozens": the parser hangs the event's target
    ("on the GNA") on the noun of its by-phrase; a preposition the event noun takes for what it is
    aimed at belongs to the event noun."""
    for i in _index(doc, lexicon).by:
        by = doc[i]
        event = by.head
        if by.dep_ != "prep" or not _is_event_noun(event, lexicon):
            continue
        roles = lexicon.nouns[event.lemma_.lower()].preps
        # "by Haftar's forces, Sudan and Chad on the GNA": on the list's last member too
        for agent in (a for c in by.children if c.dep_ == "pobj" for a in (c, *c.conjuncts)):
            # (not "of": "by the militias of Haftar" names the agent's own, the patient's of-phrase comes before "by")
            for prep in [c for c in agent.children if c.dep_ == "prep" and c.lower_ != "of" and roles.get(c.lower_) == "patient"]:
                if agent.lemma_.lower() not in lexicon.nouns:
                    _reattach(prep, event, "prep")


AS_WORD = frozenset({"as"})


def object_after_as_predicate(doc: Doc, lexicon: Lexicon) -> None:
    """"Algeria rejected as unacceptable a French report", "condemned as illegal the deal between Turkey and
    the GNA": a heavy object after its "as" predicate, which the parser reads as the as-phrase's noun with the
    predicate its modifier. An adjective before its noun's determiner does not modify it: it is what "as"
    says, and the noun is the verb's object."""
    for as_word in (doc[i] for i in positions_in(doc, LOWER, AS_WORD)):
        if as_word.dep_ != "prep" or as_word.head.pos_ != "VERB" or as_word.head.i > as_word.i:
            continue
        verb = as_word.head
        noun = next((c for c in as_word.children if c.dep_ == "pobj"), None)
        if noun is None or any(c.dep_ == "dobj" for c in verb.children):
            continue
        adjective = doc[as_word.i + 1] if as_word.i + 1 < len(doc) else None
        determiner = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
        on_noun = adjective is not None and (adjective.head.i == noun.i or (adjective.head.dep_ == "poss" and adjective.head.head.i == noun.i))
        if not on_noun or adjective.pos_ != "ADJ" or determiner is None or determiner.i < adjective.i:
            continue
        _reattach(noun, verb, "dobj")
        _reattach(adjective, as_word, "pobj")


# Words that can stand between a first object and the second one it was read into: "promised the GNA [more] drones".
SECOND_OBJECT_STARTS = frozenset({"more", "additional", "further", "new", "extra", "some", "several", "dozens", "hundreds", "thousands"})


def recipient_read_as_modifier_of_aid(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey promised the GNA more drones", "Ankara sent the Tripoli government dozens of trucks": a sending
    verb's first object (a name with its own "the", or followed by a quantity word) is read as a modifier of the
    aid after it. It is the verb's recipient (dative), and the aid its object."""
    for i in _index(doc, lexicon).cues:
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.transfer_verbs:
            continue
        aid = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.aid_nouns and c.i > verb.i), None)
        if aid is None:
            continue
        # a name, or a noun a name describes ("the Tripoli-based government")
        named = [c for c in aid.children if c.dep_ in ("nmod", "compound") and c.i < aid.i and any(t.pos_ == "PROPN" for t in c.subtree)]
        for name in named:
            after = doc[name.i + 1] if name.i + 1 < aid.i else None
            own_article = any(c.dep_ == "det" and c.lower_ == "the" for c in name.children)
            if own_article or (after is not None and (after.lower_ in SECOND_OBJECT_STARTS or after.pos_ in ("NUM", "DET"))):
                _reattach(name, verb, "dative")
                break


def second_object_read_as_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"The campaign won Haftar the support of Cairo", "won the LAAF, Chad and Niger the backing of Egypt":
    after a verb of gaining (reverse_light_verbs) with two objects, the parser hangs the second (the cue
    noun) on the first, as its apposition or attribute; the noun is the verb's object and the first object
    is who gains it (the dative)."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.reverse_light_verbs, lower=True)):
        noun = next((c for c in verb.subtree if c.i > verb.i and c.dep_ in ("appos", "attr", "conj") and c.lemma_.lower() in lexicon.nouns), None)
        if noun is None:
            continue
        first = noun.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "Haftar, Chad and Niger the support": the list's head
        if first.head != verb or first.dep_ not in ("dobj", "dative") or first.i > noun.i:
            continue
        if any(c.dep_ == "dobj" and c.i > first.i and c.i != noun.i for c in verb.children):
            continue
        _reattach(noun, verb, "dobj")
        first.dep_ = "dative"


def small_clause_subject_in_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"The LNA declared Turkish ships legitimate targets": after a verb of designating, the parser makes the
    designated noun the subject of the predicate's adjective ("ships" of "legitimate") and the predicate noun
    the verb's object; the noun is the small clause's subject and the predicate its head, as in "declared
    Turkish ships a legitimate target". So with "considers Russian mercenaries legitimate targets", where the
    parser reads the adjective as the small clause's verb and the noun as its object (and the adjective,
    "legitimate", would name the relation instead of the noun, "targets")."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.designation_verbs, lower=True)):
        for predicate in [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]:
            for modifier in [c for c in predicate.children if c.dep_ == "amod" and c.i < predicate.i]:
                for subject in [c for c in modifier.children if c.dep_ == "nsubj" and c.i < modifier.i]:
                    _reattach(subject, predicate, "nsubj")
                    predicate.dep_ = "ccomp"
        for adjective in [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "ADJ") and c.lower_ in lexicon.designation_predicates]:
            nouns = [c for c in adjective.children if c.dep_ == "dobj" and c.i == adjective.i + 1 and c.pos_ == "NOUN"]
            if not nouns:
                continue
            noun = nouns[0]
            _reattach(noun, verb, "ccomp")
            for subject in [c for c in adjective.children if c.dep_ == "nsubj"]:
                _reattach(subject, noun, "nsubj")
            _reattach(adjective, noun, "amod")
            adjective.pos_, adjective.tag_ = "ADJ", "JJ"


def possessive_of_name_with_of(doc: Doc, lexicon: Lexicon) -> None:
    """"funded by the Government of National Accord's foreign enemies": the possessive ends a name
    with "of" in it, but the parser gives it to the name's last word only, so the possessed noun
    ("enemies") sits inside the name's "of" phrase and the name itself is read as the agent. The
    possessed noun takes the name's place, and the whole name is its possessor."""
    for marker in (doc[i] for i in _index(doc, lexicon).possessives):
        owner = marker.head
        possessed = owner.head
        if marker.dep_ != "case" or owner.dep_ != "poss" or owner.pos_ != "PROPN" or possessed.dep_ != "pobj":
            continue
        of = possessed.head
        name = of.head
        if of.lower_ != "of" or name.pos_ != "PROPN" or name.i > of.i or possessed.i < owner.i:
            continue
        if any(not (t.pos_ == "PROPN" or t.lower_ in ("of", "the", "and")) for t in doc[name.i : owner.i + 1]):
            continue  # only a name runs from its head to the possessive ("Government of National Accord")
        _take_place(possessed, name)
        _reattach(owner, of, "pobj")
        _reattach(name, possessed, "poss")
        _reattach(marker, name, "case")


def owner_read_on_quality_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"denounced the gangs of treachery of Sarraj", "the brigades of invasion of Ankara": a bare noun of
    quality between an armed body (t2_armed_body_nouns) and a named owner describes the body, as an
    adjective would; the parser gives the owner's of-phrase to the quality noun, so the body has no owner.
    The owner's of-phrase goes to the body. A quality noun with a determiner or modifier of its own ("the
    forces of the aggression of Haftar", "forces of Haftar's aggression") is a noun phrase and stays."""
    for of in (doc[i] for i in positions_in(doc, LOWER, OF_FORMS) if i >= 3):
        quality = of.head
        if of.dep_ != "prep" or quality.i != of.i - 1 or quality.tag_ != "NN" or quality.dep_ != "pobj":
            continue
        if any(c.i != of.i for c in quality.children):
            continue  # a determiner, modifier or second phrase: the quality noun is a noun phrase of its own
        first_of, body = quality.head, quality.head.head
        if first_of.lower_ != "of" or first_of.i != quality.i - 1 or body.lemma_.lower() not in lexicon.t2_armed_body_nouns:
            continue
        owners = [c for c in of.children if c.dep_ == "pobj"]
        if owners and _names_someone(owners[0]):
            _reattach(of, body, "prep")


def particle_of_nominal_read_on_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"The LNA announced the shooting down of a Turkish drone": the parser gives the particle of a
    nominalised phrasal verb (the lexicon's "shoot down") to the verb before it, and the of-phrase to the
    particle, so the noun has no object. An -ing noun right before a particle that makes it a phrasal cue
    verb of the lexicon, with an of-phrase right after the particle, keeps both."""
    # from each "of" (far fewer than nouns, each made into a Python Token here) back to the noun two words before
    for of in (doc[i] for i in positions_in(doc, LOWER, OF_FORMS) if i >= 2):
        noun, particle = doc[of.i - 2], doc[of.i - 1]
        if noun.tag_ not in NOUN_TAGS or not noun.lower_.endswith("ing"):
            continue
        stem = noun.lower_[:-3]
        if particle.dep_ != "prt" or of.head.i not in (particle.i, particle.head.i):
            continue
        phrasal = next((f"{s} {particle.lower_}" for s in (stem, f"{stem}e", stem[:-1]) if f"{s} {particle.lower_}" in lexicon.verbs), None)
        if phrasal is None:
            continue
        _reattach(particle, noun, "prt")
        _reattach(of, noun, "prep")


NOUN_TAGS = frozenset({"NN"})


OF_FORMS = frozenset({"of"})
ORDER_WORD = frozenset({"order"})
BY_FORMS = frozenset({"by"})
PRT_DEP = frozenset({"prt"})


# Adverbs that open a two-word preposition with the "to" after them ("next to"): the lexicon spells
# such a preposition as the two words ("stand next to": stand's "next to").
PREPOSITION_OPENERS = frozenset({"next"})


def object_read_under_particle(doc: Doc, lexicon: Lexicon) -> None:
    """"brushing aside warnings from Cairo", "shrugging off criticism": the parser takes the particle of a phrasal cue
    for a preposition and hangs the verb's object on it. A particle (prt) of a verb whose phrasal form is a cue ("brush
    aside") with an object of its own gives that object to the verb."""
    for particle in (doc[i] for i in positions_in(doc, DEP, PRT_DEP)):
        if particle.dep_ != "prt" or f"{particle.head.lemma_.lower()} {particle.lower_}" not in lexicon.verbs:
            continue
        for obj in [c for c in particle.children if c.dep_ == "pobj"]:
            if not any(c.dep_ == "dobj" for c in particle.head.children):
                _reattach(obj, particle.head, "dobj")


def preposition_read_as_adverb(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey stands next to the GNA", "mercenaries fighting next to the forces of Haftar": the parser
    reads "next" as an adverb with the to-phrase under it, so the verb has no preposition of its own. An
    opener right after its verb (or its object) with a "to" of its own right after it is the
    preposition, which the lexicon reads as the two words (grammar.prep_text)."""
    for opener in (doc[i] for i in positions_in(doc, LOWER, PREPOSITION_OPENERS)):
        if opener.dep_ != "advmod" or opener.head.pos_ not in ("VERB", "NOUN") or opener.i + 1 >= len(doc):
            continue
        to = doc[opener.i + 1]
        if to.lower_ != "to" or to.head.i != opener.i or to.dep_ != "prep":
            continue
        opener.pos_, opener.tag_, opener.dep_ = "ADP", "IN", "prep"


FIELD_OF = frozenset({"of"})


def field_after_of_read_as_content(doc: Doc, lexicon: Lexicon) -> None:
    """"Ankara and Tripoli signed the agreement of security and military cooperation": translated press
    names the field of a deal after it with "of" (Arabic and Turkish order: "the security cooperation
    agreement"). The parser reads the field as what the deal is of, and the deal stays a plain
    agreement. A bare field of cooperation (no determiner or possessor: "security", "military
    cooperation", the lexicon's cooperation fields) after "of" on a deal noun (a weak mediation noun of
    the lexicon, "agreement", or a mutual one, "memorandum") is the deal's modifier, as in the English order. "The
    agreement of the two sides" and "the memorandum of understanding" keep their of-phrase."""
    for of in (doc[i] for i in positions_in(doc, LOWER, FIELD_OF)):
        deal = of.head
        if of.dep_ != "prep":
            continue
        cue = lexicon.nouns.get(deal.lemma_.lower())
        if deal.pos_ != "NOUN" or cue is None or not (cue.relation == "mediation" and cue.weak or cue.mutual) or of.i != deal.i + 1:
            continue
        field = next((c for c in of.children if c.dep_ == "pobj"), None)
        if field is None or field.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod", "case") for c in field.children):
            continue
        words = [field, *field.conjuncts]
        if any(w.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ in FIELD_OF for c in w.children) for w in words):
            continue
        if not any(w.lemma_.lower() in lexicon.cooperation_domains or any(c.dep_ in ("amod", "compound") and c.lower_ in lexicon.cooperation_domains for c in w.children) for w in words):
            continue
        # "the agreement of military cooperation with the GNA": the partner is the deal's
        partners = [c for w in words for c in w.children if c.dep_ == "prep" and c.i > w.i]
        _reattach(field, deal, "compound")
        _reattach(of, field, "case")
        for prep in partners:
            _reattach(prep, deal, "prep")


def source_prep_on_object(doc: Doc, lexicon: Lexicon) -> None:
    """"rejected a ceasefire proposal from Cairo", "welcomed the proposal from Russia": the parser hangs the
    from-phrase on the verb, but a verb that takes no "from" of its own (the lexicon's cue says which do:
    "captured the base from the LNA"; receiving and sending verbs do) has it for its object: where the
    proposal comes from."""
    for prep in (doc[i] for i in _index(doc, lexicon).froms):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB":
            continue
        word = verb.lemma_.lower()
        # "brought together officers from the GNA and the LNA": the phrasal verb's cue, not the sending verb's
        phrasal = next((f"{word} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod") and f"{word} {c.lower_}" in lexicon.verbs), None)
        cue = lexicon.verbs.get(phrasal or word)
        if cue is None or "from" in cue.preps or (phrasal is None and (word in lexicon.reverse_light_verbs or word in lexicon.transfer_verbs)):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < prep.i), None)
        if obj is not None and obj.right_edge.i + 1 == prep.i:
            _reattach(prep, obj, "prep")


def verb_prep_read_on_object(doc: Doc, lexicon: Lexicon) -> None:
    """"The GNA blamed the attack on Haftar's forces": the parser hangs "on Haftar's forces" on "attack"
    (an attack on them), but "blame X on Y" puts the blame on Y. A cue verb whose own prepositions (the
    lexicon's preps) hold "on" and which has none, with one "on" phrase on its object right after it, takes
    that phrase; an object with a second "on" phrase keeps the first ("blamed the attack on Tripoli on Haftar")."""
    for verb in (doc[i] for i in positions_in(doc, POS, VERBS)):
        cue = lexicon.verbs.get(verb.lemma_.lower())
        if cue is None or "on" not in cue.preps or any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        ons = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on"] if obj is not None else []
        if len(ons) == 1 and ons[0].i > obj.i:
            _reattach(ons[0], verb, "prep")


def means_gerund_read_on_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Jordan and the UAE violated the arms embargo by supplying armoured vehicles to the LNA", "broke the truce by
    shelling Tripoli": the parser hangs a by-phrase whose object is a gerund (how something was done) on the verb's
    object noun, where it would name the noun's doer; a gerund names a means, which belongs to the verb, and the
    verb's subject does it."""
    for by in (doc[i] for i in _index(doc, lexicon).by):
        noun = by.head
        if by.dep_ != "prep" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or by.i < noun.i:
            continue
        if any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i == by.i + 1 for c in by.children):
            _reattach(by, noun.head, "prep")


AS_FORMS = frozenset({"as"})


def verb_prep_read_on_role_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Sudanese troops fought as mercenaries for Haftar", "the SLA fought as hired guns against the GNA": the
    parser hangs the preposition after a verb's as-phrase on the as-phrase's noun, so the verb loses whom it is
    for or against. A cue verb with no such preposition of its own (the lexicon's preps), whose as-phrase noun (a
    force or a person's role: aid_nouns, person_role_nouns) has one of them, takes it; not when the noun is itself a
    cue that takes the preposition ("served as a mediator between ...", "acted as a backer of ..."), nor a noun of no
    one ("served as the rationale for Egypt's hostility")."""
    # (from "as", far rarer than verbs; its head is the verb, or the participle it marks)
    heads = {doc[i].head.head.i if doc[i].dep_ == "mark" else doc[i].head.i for i in positions_in(doc, LOWER, AS_FORMS)}
    for verb in (doc[i] for i in sorted(heads)):
        cue = lexicon.verbs.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or cue is None or not cue.preps:
            continue
        roles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        # "as paid fighters for Haftar": the parser reads a participle before the noun as a clause "as" opens
        roles += [
            o
            for c in verb.children
            if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD") and c.i > 0 and doc[c.i - 1].lower_ == "as" and doc[c.i - 1].head.i == c.i
            for o in c.children
            if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i == c.i + 1
        ]
        for role in roles:
            if role.lemma_.lower() not in lexicon.aid_nouns and role.lemma_.lower() not in lexicon.person_role_nouns:
                continue  # ("served as the rationale for Egypt's hostility": no one who fights or serves)
            noun_cue = lexicon.nouns.get(role.lemma_.lower())
            preps = [c for c in (*role.children, *role.head.children) if c.dep_ == "prep" and c.i > role.i and c.lower_ in cue.preps]
            for prep in preps:
                if noun_cue is not None and prep.lower_ in noun_cue.preps:
                    continue
                if not any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in verb.children):
                    _reattach(prep, verb, "prep")


def noun_prep_read_on_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey's support for the GNA reflects its hostility to Haftar", "underscores Ankara's commitment to
    Sarraj": the parser hangs the preposition after a cue noun object on the verb. When the verb is no cue
    and carries no cue (not a light, transfer or prepositional light verb) and the noun right before the
    preposition is its object and a cue taking that preposition, the phrase is the noun's. Translated press
    names the agent first in an of-phrase ("restated the backing of Italy to the GNA"): a preposition right
    after the noun's own of-phrase is the noun's too, as is one after a verb's prepositional object ("insisted on
    the Algerian backing to the council", and the calque "stressed on the backing to ..."). The cue noun may be the
    object's own of-phrase ("confirmed the continuation of Turkish support to the GNA"): the preposition right after
    it is the cue noun's."""
    carriers = lexicon.light_verbs | lexicon.transfer_verbs | lexicon.prepositional_light_verbs
    for verb in (doc[i] for i in positions_in(doc, POS, VERBS)):
        verb_lemma = verb.lemma_.lower()
        if verb_lemma in lexicon.verbs or verb_lemma in carriers:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None:
            obj = _prepositional_object(verb)
        if obj is None or obj.i + 1 >= len(doc):
            continue
        prep = doc[obj.i + 1]
        inner = None
        if prep.lower_ == "of" and prep.head.i == obj.i and prep.right_edge.i + 1 < len(doc):
            inner = next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.right_edge.i == prep.right_edge.i), None)
            prep = doc[prep.right_edge.i + 1]  # past "of Italy" in "the backing of Italy to the GNA"
        if prep.dep_ != "prep" or prep.head.i != verb.i:
            continue
        if _takes_prep(obj, prep, lexicon):
            _reattach(prep, obj, "prep")
        elif inner is not None and _takes_prep(inner, prep, lexicon):
            _reattach(prep, inner, "prep")  # "the continuation of Turkish support [to the GNA]"


def grievance_preposition_read_on_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"ordered the ambassador to leave in protest at the deal struck between Ankara and Tripoli", "recalled its envoy
    in response to Turkey's deployment": after "in" and a noun of grievance (grievance_nouns), the parser may hang the
    preposition that says what it is about on the verb; right after the noun, it is the noun's."""
    for noun in (doc[i] for i in positions_in(doc, LEMMA, lexicon.grievance_nouns, lower=True)):
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.i + 1 >= len(doc):
            continue
        prep = doc[noun.i + 1]
        if prep.dep_ == "prep" and prep.lower_ in GRIEVANCE_PREPS and prep.head.i != noun.i:
            _reattach(prep, noun, "prep")




# Prepositions a verb of speech or attention takes its object with ("insisted on", "spoke about"; translated
# press: "stressed on", "affirmed on"): the noun after one is the verb's object in all but the label.
OBJECT_PREPS = frozenset({"on", "upon", "about"})


def _prepositional_object(verb: Token) -> Token | None:
    """The cue-less verb's object given by a preposition right after it (past adverbs), when it has no direct one:
    "backing" in "insisted on the Algerian backing"."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc) or doc[k].lower_ not in OBJECT_PREPS or doc[k].head.i != verb.i or doc[k].dep_ != "prep":
        return None
    return next((c for c in doc[k].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)


def as_phrase_read_as_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"France and Egypt, seen as the general's principal patrons, called for restraint": after a participle of
    designation (designation_verbs) set off on a noun, the parser reads "as" as a subordinator and the noun after it
    as the subject of the main verb. The noun phrase ends at its comma, before the verb: it is the object of "as",
    which hangs on the participle."""
    for i in positions_in(doc, LOWER, AS_WORDS):
        mark = doc[i]
        if mark.dep_ != "mark" or i == 0:
            continue
        participle = doc[i - 1]
        while participle.pos_ == "ADV" and participle.i > 0:
            participle = doc[participle.i - 1]  # "widely regarded as"
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in lexicon.designation_verbs:
            continue
        verb = mark.head
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > i), None)
        if noun is None or noun.right_edge.i + 1 >= len(doc) or doc[noun.right_edge.i + 1].text != "," or noun.right_edge.i + 1 > verb.i:
            continue
        _reattach(mark, participle, "prep")
        _reattach(noun, mark, "pobj")
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and participle.head.i < verb.i:
            _reattach(participle.head, verb, "nsubj")


AS_WORDS = frozenset({"as"})


def subordinator_read_as_preposition(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt massed troops near its border as Turkey sent drones to the GNA": the parser reads "as" as a
    preposition with "Turkey" its object, and "sent" as a conjunct (or complement) of the first verb, which
    then lends "sent" its subject (Egypt). A subordinator (`adjunct_marks`) read as a preposition whose object
    (a name or a noun, with its apposition) is followed by a verb (past adverbs and auxiliaries) that has no
    subject after it opens a clause: the object is that verb's subject, the word its mark, and the clause
    modifies the verb the preposition hangs under. A subject the parser gave the verb from before the word
    ("massed troops ... as Turkey sent": "troops") goes back to that verb as its object."""
    for prep in (doc[i] for i in positions_in(doc, LOWER, lexicon.adjunct_marks)):
        if prep.dep_ != "prep" or prep.lower_ not in lexicon.adjunct_marks:
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ not in ("PROPN", "NOUN"):
            continue
        verb = _verb_after(doc, name.right_edge.i + 1, prep.sent.end)
        host = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX") and a.i < prep.i), None)
        if verb is None or host is None or verb.head.i > prep.i or verb.i == host.i or host.i > prep.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i for c in verb.children):
            continue  # the clause has its subject: the parse is right
        if verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon.designation_verbs and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "treated as hostile targets, calling Turkey an invader": a participle of naming opens no clause of "as"
            # (it is the reporter's: speech_participle_read_on_reported_clause)
            continue
        for stray in [c for c in verb.children if c.dep_ == "nsubj" and c.i < prep.i]:
            if not any(c.dep_ == "dobj" for c in host.children):
                _reattach(stray, host, "dobj")
        _reattach(verb, host, "advcl")
        _reattach(name, verb, "nsubjpass" if _passive_form(verb) else "nsubj")
        _reattach(prep, verb, "mark")


def _verb_after(doc: Doc, i: int, end: int) -> Token | None:
    """The verb a clause's subject is followed by, past commas (an apposition's), adverbs and auxiliaries."""
    while i < end and (doc[i].text == "," or doc[i].pos_ in ("ADV", "AUX", "PART") or doc[i].tag_ == "MD"):
        i += 1
    return doc[i] if i < end and doc[i].pos_ == "VERB" and doc[i].tag_ in ("VBD", "VBZ", "VBP", "VBG", "VBN") else None


def _passive_form(verb: Token) -> bool:
    """"as Haftar was pushed back": a past participle after a form of "be"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" or c.lemma_ == "be" for c in verb.children if c.i < verb.i)


def in_order_to(doc: Doc, lexicon: Lexicon) -> None:
    """"deployed air defences in order to protect the GNA": the parser makes the purpose
    clause a modifier of "order"; it is the verb's purpose (an adverbial clause), so its
    subject is the verb's."""
    for order in (doc[i] for i in positions_in(doc, LOWER, ORDER_WORD)):
        if order.lower_ != "order" or order.dep_ != "pobj" or order.head.lower_ != "in":
            continue
        purpose = next((c for c in order.children if c.dep_ in ("acl", "relcl") and any(a.tag_ == "TO" for a in c.children)), None)
        clause = order.head.head
        if purpose is not None and clause.pos_ in ("VERB", "AUX"):
            _reattach(purpose, clause, "advcl")


def purpose_read_into_elliptical_condition(doc: Doc, lexicon: Lexicon) -> None:
    """"his forces would take up arms again, if needed to drive out the Turkish occupier": the parser makes the purpose
    clause the complement of the short condition ("if needed", "if necessary"; elliptical_conditions), as if what is
    needed were the driving out. The condition says only "if it must be": the to-clause is the purpose of the verb the
    condition is on, asserted with it."""
    for word in (doc[i] for i in positions_in(doc, LOWER, lexicon.elliptical_conditions)):
        if word.lower_ not in lexicon.elliptical_conditions or word.dep_ != "advcl" or not any(c.lower_ == "if" for c in word.children):
            continue
        purpose = next((c for c in word.children if c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.tag_ == "TO" for a in c.children)), None)
        if purpose is not None and word.head.pos_ in ("VERB", "AUX"):
            _reattach(purpose, word.head, "advcl")


def action_prep_on_name(doc: Doc, lexicon: Lexicon) -> None:
    """"gave military support to the LAAF against the GNA", "backed the LAAF, the Wagner group and Sudan
    against the GNA": after a name the parser does not know, or a list, it hangs "against" / "alongside"
    on the name; a name does not take them, the action does: the verb the name is the object of, or the
    noun its preposition belongs to ("an offensive by Haftar against Tripoli")."""
    for prep in (doc[i] for i in _index(doc, lexicon).against):
        name = prep.head
        acronym = name.pos_ == "NOUN" and len(name.text) > 1 and name.text.isupper()  # "LAAF" read as a noun
        # "rallied eastern tribes against the GNA": a plain noun object of a verb the lexicon reads with this preposition
        taken = name.pos_ == "NOUN" and name.dep_ == "dobj" and name.lemma_.lower() not in lexicon.nouns and (
            (cue := lexicon.verbs.get(name.head.lemma_.lower())) is not None and prep.lower_ in cue.preps
        )
        if prep.dep_ != "prep" or not (name.pos_ == "PROPN" or acronym or taken) or name.i > prep.i:
            continue
        head = _list_head(name)
        if head.dep_ == "dobj":
            governor = head.head
        elif head.dep_ == "pobj" and head.head.dep_ in ("prep", "dative", "agent"):
            governor = head.head.head
        else:
            continue
        if governor.pos_ in ("VERB", "AUX", "NOUN"):
            _reattach(prep, governor, "prep")


def partner_prep_on_object(doc: Doc, lexicon: Lexicon) -> None:
    """"discussed the Libyan crisis with Putin", "discussed the ceasefire with Erdogan": the parser
    hangs the verb's "with" (whom it is done with) on the verb's object; when the verb's cue takes a
    with-phrase, the with-phrase names someone, and the object takes none of its own (or one of the
    same relation), it is the verb's."""
    for prep in (doc[i] for i in _index(doc, lexicon).withs):
        if prep.dep_ != "prep":
            continue
        thing = prep.head
        if thing.dep_ == "pobj" and thing.head.dep_ == "prep" and thing.head.head.pos_ == "VERB":
            verb = thing.head.head  # "talked about the situation with Lavrov"
        elif thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
            verb = thing.head
        else:
            continue
        cue = lexicon.verbs.get(verb.lemma_.lower())
        own = lexicon.nouns.get(thing.lemma_.lower())
        if thing.pos_ != "NOUN" or cue is None or "with" not in cue.preps:
            continue
        if own is not None and "with" in own.preps and own.relation != cue.preps["with"]:
            continue  # "signed a deal with the GNA": the noun's own partner
        if any(_names_someone(p) for p in prep.children if p.dep_ == "pobj"):
            _reattach(prep, verb, "prep")


def with_object_read_as_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"met separately with Sarraj and Haftar to discuss a truce": the parser reads "with X to do" as
    an absolute clause whose subject is X; X is the with-phrase's object and the infinitive says
    what the meeting was for."""
    for prep in (doc[i] for i in _index(doc, lexicon).withs):
        if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        clause = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
        if clause is None and not list(prep.children) and prep.i + 1 < len(doc):
            # or leaves "with" empty and makes the clause the verb's: "met with X and Y to reportedly discuss"
            after = doc[prep.i + 1]
            for _ in range(3):  # "with [the Tripoli-based government] and Haftar to discuss": up from the phrase's first word
                after = after.head
                if after.tag_ == "VB" and after.i > prep.i and any(a.lower_ == "to" for a in after.children if a.dep_ == "aux"):
                    clause = after
                    break
        if clause is None:
            continue
        subject = next(
            (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i == prep.i + 1), None
        )
        if subject is None:
            continue
        _reattach(subject, prep, "pobj")
        _reattach(clause, prep.head, "advcl")


def gerund_read_as_noun_after_with(doc: Doc, lexicon: Lexicon) -> None:
    """"The two sides agreed on a truce, with Russia and Turkey mediating": the parser reads an absolute clause's
    -ing verb with no object as a noun, its subject as the noun's modifier and the whole as the with-phrase's object
    (so the names read as the verb's partners), or "with" as the mark of an adverbial clause. An -ing word of a verb in
    the lexicon with no object, after "with" and actor names only, is a verb whose subject the names are, as "with
    Morocco hosting the talks" is parsed (a time or place may follow it: "brokering last spring")."""
    named: dict[int, set[str]] | None = None
    for prep in (doc[i] for i in _index(doc, lexicon).withs):
        if prep.dep_ == "prep":
            gerund = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        elif prep.dep_ == "mark" and prep.head.dep_ == "advcl" and prep.head.i > prep.i:
            gerund = prep.head
        else:
            continue
        if gerund is None or not gerund.lower_.endswith("ing") or (gerund.pos_ == "VERB" and prep.dep_ == "prep"):
            continue
        base = verb_of_gerund(gerund.lower_, lexicon)
        if base is None or any(c.dep_ in ("dobj", "pobj", "attr", "ccomp", "xcomp") for c in gerund.children if c.i > gerund.i):
            continue
        start = prep.i + 2 if doc[prep.i + 1].lower_ == "the" else prep.i + 1
        subject = next((c for c in gerund.children if c.i < gerund.i and c.left_edge.i <= start and c.dep_ in ("nsubj", "compound", "nmod", "amod")), None)
        if subject is None or start >= gerund.i:
            continue
        named = dictionary_actors_at(doc) if named is None else named
        if any(t.i not in named and t.pos_ != "PROPN" and t.lower_ not in (",", "the", "and", "or") for t in doc[start : gerund.i]):
            continue  # names only ("with Russia and Turkey"), not "with fierce fighting continuing"
        if all(t.pos_ == "ADJ" or t.lower_ in (",", "the", "and", "or") for t in doc[start : gerund.i]):
            continue  # demonyms only: "with Turkish backing" is a noun phrase, "with Turkey backing it" a clause
        gerund.pos_, gerund.tag_, gerund.lemma_ = "VERB", "VBG", base
        if prep.dep_ == "mark":
            _reattach(prep, gerund.head, "prep")
        _reattach(gerund, prep, "pcomp")
        _reattach(subject, gerund, "nsubj")


def absolute_gerund_split_from_with(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey stands behind the GNA, with France, Jordan and Saudi Arabia playing quieter roles": the parser takes
    the names after "with" as its object (so they read as the partners of the verb "with" hangs on) and hangs the
    -ing verb right after them on the main verb. An -ing verb right after "with" and actor names only is the head of
    an absolute clause set off by a comma, as the parser reads ", with Morocco hosting the talks": the names are its
    subject."""
    named: dict[int, set[str]] | None = None
    for prep in (doc[i] for i in _index(doc, lexicon).withs):
        if prep.dep_ != "prep" or prep.i + 2 >= len(doc) or prep.i == 0 or doc[prep.i - 1].text != ",":
            continue  # (set off by a comma: not "sided with France and Jordan fighting the GNA")
        names = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if names is None or names.pos_ != "PROPN":
            continue
        gerund = doc[names.right_edge.i + 1] if names.right_edge.i + 1 < len(doc) else None
        if gerund is None or gerund.tag_ != "VBG" or gerund.pos_ != "VERB" or gerund.head.i in {t.i for t in names.subtree}:
            continue
        if gerund.head.i == prep.i and (gerund.dep_ != "pcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children)):
            continue  # (already the with-clause's verb with its subject; the parser may leave the names the object of "with")
        named = dictionary_actors_at(doc) if named is None else named
        if any(t.i not in named and t.pos_ != "PROPN" and t.lower_ not in (",", "the", "and", "or") for t in doc[prep.i + 1 : gerund.i]):
            continue  # names only ("with France and Jordan"), not "with the fighting continuing"
        saved = reading_of(prep.sent)
        _reattach(gerund, prep, "pcomp")
        _reattach(names, gerund, "nsubj")
        restore_unless_one_tree(prep.sent, saved)


def gerund_read_as_modifier_after_with(doc: Doc, lexicon: Lexicon) -> None:
    """"An air strike hit a detention centre, with the GNA blaming forces loyal to Haftar": in an absolute with-clause
    whose -ing verb has an object, the parser may read the verb as a modifier of the object (and the names before it as
    the object's too), and a predicate adjective after the object as the clause's head. An -ing word of a lexicon verb
    right after "with" and actor names only, modifying a noun after it, is the verb: the names its subject, the noun its
    object, and an adjective the noun was made the subject of describes the noun."""
    named: dict[int, set[str]] | None = None
    for prep in (doc[i] for i in _index(doc, lexicon).withs):
        if prep.dep_ != "prep":
            continue
        start = prep.i + 2 if prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the" else prep.i + 1
        gerund = next((t for t in doc[start : prep.sent.end] if t.pos_ != "PROPN" and t.lower_ not in (",", "and")), None)
        if gerund is None or gerund.i == start or not gerund.lower_.endswith("ing") or gerund.dep_ not in ("compound", "amod"):
            continue
        obj = gerund.head
        base = verb_of_gerund(gerund.lower_, lexicon)
        if base is None or obj.pos_ != "NOUN" or obj.i <= gerund.i:
            continue
        named = dictionary_actors_at(doc) if named is None else named
        if any(t.i not in named and t.pos_ != "PROPN" and t.lower_ not in (",", "the", "and", "or") for t in doc[start : gerund.i]):
            continue  # names only ("with the GNA"), not "with growing fears"
        subject = doc[gerund.i - 1]
        while subject.head.i < gerund.i and subject.head.i >= start and subject.head.i != subject.i:
            subject = subject.head  # the word that heads the name ("the Government of National Accord")
        predicate = obj.head if obj.dep_ == "nsubj" and obj.head.pos_ == "ADJ" and obj.head.i > obj.i else None
        saved = reading_of(prep.sent)
        gerund.pos_, gerund.tag_, gerund.lemma_ = "VERB", "VBG", base
        _reattach(gerund, prep, "pcomp")
        _reattach(obj, gerund, "dobj")
        if predicate is not None:
            _reattach(predicate, obj, "amod")  # "forces loyal to Haftar"
        _reattach(subject, gerund, "nsubj")
        restore_unless_one_tree(prep.sent, saved)


def _time_phrase_head(token: Token, lexicon: Lexicon) -> Token | None:
    """The word a time phrase ending in `token` ("last spring", "in recent months") describes, when
    `token` heads such a phrase: the phrase's own head, past the preposition."""
    if token.lower_ not in lexicon.time_nouns or token.pos_ != "NOUN":
        return None
    if token.dep_ == "npadvmod":
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None


def adverb_inside_two_word_prep(doc: Doc, lexicon: Lexicon) -> None:
    """"France backs Haftar together chiefly with Egypt": an adverb inside a two-word preposition of
    the lexicon ("together with", "along with") parts them, and the parser hangs both on the verb.
    The preposition belongs to the first word, as it does when they touch."""
    for prep in (doc[i + 2] for i in _index(doc, lexicon).pair_starts if i + 2 < len(doc)):
        if prep.dep_ != "prep" or doc[prep.i - 1].pos_ != "ADV":
            continue
        first = doc[prep.i - 2]
        if first.pos_ == "ADV" and f"{first.lower_} {prep.lower_}" in lexicon.co_agent_preps and prep.head.i != first.i:
            _reattach(prep, first, "prep")


def prep_after_time_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's offensive last spring against the GNA", "talks in recent months between the GNA
    and the LNA", "backed Haftar in recent months against the GNA": a time phrase between a word and
    its preposition makes the parser hang the preposition on the time noun. It belongs to the word
    right before the time phrase (or, when that word is a name in an object, to the verb)."""
    candidates = set()
    for i in _index(doc, lexicon).times:  # the preposition hangs on the time noun, or follows the phrase
        candidates.update(c.i for c in doc[i].children if c.i > i)
        if i + 1 < len(doc):
            candidates.add(i + 1)
    for prep in (doc[i] for i in sorted(candidates)):
        if prep.dep_ not in ("prep", "agent") or prep.lower_ == "of":
            continue
        time = prep.head
        if time.i > prep.i:
            continue
        if _time_phrase_head(time, lexicon) is None:
            # "would cross a red line in recent months for Egypt": the time phrase and the preposition
            # both hung on the verb; the noun before the phrase takes this preposition (lexicon)
            time = next((c for c in prep.head.children if c.i < prep.i and c.i == prep.i - 1 and _time_phrase_head(c, lexicon) is not None), None)
            if time is None and prep.i >= 1 and doc[prep.i - 1].dep_ == "pobj" and doc[prep.i - 1].head.head.i == prep.head.i:
                time = doc[prep.i - 1] if _time_phrase_head(doc[prep.i - 1], lexicon) is not None else None
            if time is None:
                continue
            start = time.head.i if time.dep_ == "pobj" else time.left_edge.i
            noun = doc[start - 1] if start > 0 else None
            while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
                noun = noun.head
            if noun is None or noun.pos_ != "NOUN" or noun.i == prep.head.i or not _takes_prep(noun, prep, lexicon):
                continue
            _reattach(prep, noun, "prep")
            continue
        start = time.left_edge.i
        if time.dep_ == "pobj":
            start = time.head.i
        if start == 0:
            continue
        word = doc[start - 1]
        while word.dep_ in ("compound", "amod", "det", "poss", "nummod") and word.head.i > word.i:
            word = word.head
        while word.pos_ == "PROPN" and word.dep_ in ("conj", "appos", "compound"):
            word = word.head  # "backed Haftar, the Wagner group and Sudan in recent months against"
        if word.pos_ == "PROPN" and word.dep_ in ("dobj", "pobj"):
            word = word.head if word.dep_ == "dobj" else word.head.head
        if word.pos_ not in ("NOUN", "VERB", "PROPN"):
            continue
        _reattach(prep, word, "agent" if prep.lower_ == "by" and word.pos_ == "VERB" and word.tag_ == "VBN" else "prep")


def action_prep_on_part_of_object(doc: Doc, lexicon: Lexicon) -> None:
    """"ready to defend every inch of Libyan soil against the Turkish invader", "protect the people of the
    capital against Haftar's militias", "sent thousands of fighters against the GNA": after an object with an
    of-phrase the parser hangs "against" (or "alongside") on the of-phrase's noun, or on the object, which
    takes no such phrase; it is the verb's, whom the defending or the sending is aimed at. Only after a verb
    of aid or of sending, and only when neither noun is a cue taking the preposition ("the deployment of
    troops against Haftar" keeps it: the deployment is against him)."""
    for prep in (doc[i] for i in _index(doc, lexicon).against):
        noun = prep.head
        if prep.dep_ != "prep" or noun.pos_ != "NOUN" or noun.i > prep.i:
            continue
        obj = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        verb = obj.head
        if obj.dep_ != "dobj" or verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        cue = lexicon.verbs.get(lemma)
        if not ((cue is not None and cue.category == "aid" and cue.relation == "support") or lemma in lexicon.transfer_verbs):
            continue
        if noun.lemma_.lower() in lexicon.nouns or obj.lemma_.lower() in lexicon.nouns:
            continue
        _reattach(prep, verb, "prep")


def purpose_of_agentless_passive(doc: Doc, lexicon: Lexicon) -> None:
    """"approved a bill allowing troops to be deployed to Libya to support the GNA", "The parliament authorised
    troops to be sent to Libya to back Haftar": a purpose clause on a passive with no agent is the purpose of
    whoever does the act, whom the sentence names only as the one who permits it (`permission_verbs`); the
    parser hangs the clause on the passive, whose only subject is what is sent. A to-clause on an agentless
    passive that is the complement of a permission verb hangs on that verb, which has an actor (its subject,
    or the maker of the bill it describes). Not a passive with its agent ("to be deployed by Egypt to ..."),
    nor one whose subject names an actor ("allowing Turkish jets to be refuelled to strike ...": the jets'
    owner acts), nor a passive under any other verb ("Egypt said troops were deployed to support Haftar")."""
    for permit, passive, children in _permitted_passives(doc, lexicon):
        purpose = next((c for c in children if c.dep_ in ("advcl", "xcomp") and c.i > passive.i and c.tag_ == "VB"
                        and is_to_infinitive(c)), None)
        if purpose is not None:
            _reattach(purpose, permit, "advcl")


def _permitted_passives(doc: Doc, lexicon: Lexicon) -> Iterator[tuple[Token, Token, list[Token]]]:
    """Each passive with no agent that is the complement of a permission verb (`permission_verbs`: "allowing troops
    to be deployed"), with the verb and the passive's children; not one whose subject names an actor ("allowing
    Turkish jets to be refuelled": the jets' owner acts). The repairs after it hang what the passive carries on the
    permitter."""
    actors: dict[int, set[str]] | None = None
    for permit in (doc[i] for i in positions_in(doc, LEMMA, lexicon.permission_verbs)):
        if permit.pos_ != "VERB":
            continue
        for passive in [c for c in permit.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ == "VBN"]:
            children = list(passive.children)
            if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
                continue
            subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
            if subject is None:
                continue
            if actors is None:
                actors = dictionary_actors_at(doc)
            if any(t.i in actors for t in subject.subtree):
                continue
            yield permit, passive, children


# Prepositions of a phrase of time, place, occasion or means on a verb ("in a speech", "at a meeting", "during a
# phone call", "on Monday", "by phone"): a to-infinitive after one is not its noun's.
ADJUNCT_PREPS = frozenset({"in", "at", "during", "after", "on", "by", "via", "over", "through", "following", "before"})
TO_FORMS = frozenset({"to"})


def infinitive_read_into_adjunct_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Erdogan vowed in a speech to defend the GNA", "Egypt threatened in a statement to intervene against the
    GNA", "agreed during a phone call to push for a truce": the parser hangs the to-infinitive on the noun of the
    phrase between the verb and it, as if the speech were "to defend" something. Unless that noun takes an
    infinitive of its own (`infinitive_nouns`: "in a bid to", "a plan to"), the infinitive is the verb's: its
    complement when the verb has no object, else its purpose."""
    for to in (doc[i] for i in positions_in(doc, LOWER, TO_FORMS)):
        infinitive = to.head
        if to.tag_ != "TO" or infinitive.i != to.i + 1 or infinitive.tag_ != "VB" or infinitive.dep_ not in ("acl", "relcl"):
            continue
        noun = infinitive.head
        preposition = noun.head
        verb = preposition.head
        if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in ADJUNCT_PREPS:
            continue
        if verb.pos_ != "VERB" or verb.i > preposition.i or noun.lemma_.lower() in lexicon.infinitive_nouns:
            continue
        if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            continue
        has_object = any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children)
        _reattach(infinitive, verb, "advcl" if has_object else "xcomp")


def place_after_goal_preposition(doc: Doc, lexicon: Lexicon) -> None:
    """"the troops of the GNA entered to Gharyan, the last bastion of Haftar", "have entered into the town of
    Jufra": translated press keeps its source's goal preposition ("dakhala ila") after a verb whose object is a
    place, and the verb, a cue only with a place for its object, reads none. A verb of the lexicon that takes a
    place as object (place_object; not a verb of motion, which takes "to": "took to the streets"), with no object,
    whose "to" or "into" phrase right after it (past adverbs) names a place, has that place as its object."""
    from extract.parse_repair.verb_first import GOAL_PREPS

    for verb in (doc[i] for i in _index(doc, lexicon).cues):
        base = verb.lemma_.lower()
        cue = lexicon.verbs.get(base)
        if cue is None or not cue.place_object or base in lexicon.motion_verbs or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        prep = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in GOAL_PREPS and c.i > verb.i), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        between = {t.i for t in subject.subtree} if subject is not None else set()  # verb first: "Entered the GNA to"
        if prep is None or any(t.pos_ != "ADV" and t.i not in between for t in doc[verb.i + 1 : prep.i]):
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None or not (place.pos_ == "PROPN" or place.lemma_.lower() in lexicon.place_nouns):
            continue
        _reattach(place, verb, "dobj")
        _reattach(prep, place, "case")


def behalf_of_agentless_passive(doc: Doc, lexicon: Lexicon) -> None:
    """"passed a motion allowing soldiers to be sent to Benghazi in support of Haftar": a behalf phrase
    (`behalf_phrases`) on an agentless passive that a permission verb governs is, like a purpose clause there
    (purpose_of_agentless_passive), the permitter's: the parser hangs it on the passive, whose only subject is
    what is sent. Not a passive with its agent, nor one whose subject names an actor ("allowing Turkish jets to
    be based in Misrata on behalf of the GNA": the jets' owner acts)."""
    for permit, passive, children in _permitted_passives(doc, lexicon):
        # (its by-phrase may be read as a plain preposition, on the passive or on its place: "to be deployed to
        # Libya by Qatar in support of ...")
        if any(t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by") for t in passive.subtree):
            continue
        behalf = next((
            c for c in children
            if c.dep_ == "prep" and c.i > passive.i
            and any(p.dep_ == "pobj" and (c.lower_, p.lower_) in lexicon.behalf_phrases
                    and any(o.dep_ == "prep" and o.lower_ == "of" for o in p.children) for p in c.children)
        ), None)
        if behalf is not None:
            _reattach(behalf, permit, "prep")


# Personal pronouns that may name the one asked ("demanded from them to leave").
_ASKED_PRONOUNS = frozenset({"him", "her", "them", "it"})


def addressee_of_demand_after_from(doc: Doc, lexicon: Lexicon) -> None:
    """"Athens demanded from Ankara to withdraw its troops", "asked from the GNA to cancel the deal", "Demanded
    the Tunisian minister from Tripoli to reopen ...": translated press names the one asked in a from-phrase (the
    Arabic "talaba min"), and the parser hangs the infinitive on the verb with no one to do it, so the demand has
    no addressee. A from-phrase on a verb of demanding (demand_verbs), naming an actor or a person pronoun and
    followed at once by a to-infinitive, is the verb's object, as in "demanded Ankara to withdraw". Not a
    from-phrase after an object of the verb ("demanded an apology from Turkey to ...") or after another
    preposition ("asked for help from Qatar to fight": Qatar is no addressee), nor one naming no actor ("asked
    from the outset to join"). A verb that opens its sentence with a phrase between it and the from-phrase (verb
    first) has that phrase as its subject."""
    names: dict[int, set[str]] | None = None
    for frm in (doc[i] for i in _index(doc, lexicon).froms):
        verb = frm.head
        if verb.pos_ != "VERB":  # verb first: hung on the subject, read as the verb's object
            verb = next((a for a in frm.ancestors if a.pos_ == "VERB"), None)
        if frm.dep_ != "prep" or verb is None or verb.lemma_.lower() not in lexicon.demand_verbs or verb.i > frm.i:
            continue
        asked = next((c for c in frm.children if c.dep_ == "pobj"), None)
        if asked is None or asked.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        end = max([asked.i, *(c.right_edge.i for c in asked.children if c.i > asked.i and c.dep_ not in ("acl", "relcl"))]) + 1
        if end + 1 >= len(doc) or not is_to_infinitive(doc[end + 1]) or doc[end].lower_ != "to":
            continue
        infinitive = doc[end + 1]
        if infinitive.head.i not in (verb.i, asked.i):
            continue
        if asked.pos_ == "PRON":
            if asked.lower_ not in _ASKED_PRONOUNS:
                continue
        else:
            if names is None:
                names = dictionary_actors_at(doc)
            if not any(k in names for k in range(asked.left_edge.i, end)):
                continue
        fronted = _phrase_before_from(doc, verb, frm)  # (last: it may hang a split-off name back on the subject)
        if fronted is False:
            continue
        if fronted is not None:
            _reattach(fronted, verb, "nsubj")
        _reattach(asked, verb, "dobj")
        _reattach(frm, asked, "case")
        _reattach(infinitive, verb, "xcomp")


def _phrase_before_from(doc: Doc, verb: Token, frm: Token) -> Token | None | bool:
    """What stands between a verb of demanding and its from-phrase: None for nothing but adverbs, the head of
    the verb's subject when the verb opens its sentence (read as its object, or as the from-phrase's host), and
    False for anything else (an object, another preposition). A name the verb-first repairs split off the
    subject's title ("Demanded the Interior Minister of Tunisia Taoufik Charfeddine from Tripoli ...") is its
    apposition."""
    between = doc[verb.i + 1 : frm.i]
    if all(t.pos_ == "ADV" for t in between) or _set_off_by_commas(between, verb):
        return None
    if any(t.pos_ != "ADV" for t in doc[verb.sent.start : verb.i]) or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False  # verb first, past adverbs ("Firmly demanded Greece from Turkey ...")
    phrases = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and verb.i < c.i < frm.i]
    if not phrases or phrases[0].pos_ not in ("PROPN", "NOUN") or phrases[0].left_edge.i != verb.i + 1 or len(phrases) > 2:
        return False
    head = phrases[0]
    covered = {t.i for p in phrases for t in p.subtree}
    if frm.head.i != verb.i and frm.i not in covered:
        return False
    if any(k not in covered for k in range(verb.i + 1, frm.i)):
        return False
    if len(phrases) == 2:
        name = phrases[1]
        before_name = max(t.i for t in head.subtree if t.i < name.i)
        if name.pos_ != "PROPN" or name.left_edge.i != before_name + 1 or frm.head.i not in (verb.i, head.i, name.i):
            return False
        _reattach(name, head, "appos")
    return head


def _set_off_by_commas(between: Span, verb: Token) -> bool:
    """Whether words between a verb and its from-phrase are one aside of the verb set off by commas ("demanded,
    in a statement on Sunday, from Ankara ..."), not a phrase of its own ("asked for help from Qatar")."""
    if len(between) < 3 or between[0].text != "," or between[-1].text != ",":
        return False
    asides = [c for c in verb.children if between.start < c.i < between.end - 1 and c.dep_ in ("prep", "advmod", "npadvmod")]
    covered = {t.i for c in asides for t in c.subtree}
    return bool(asides) and all(t.i in covered for t in between[1:-1])  # ("in a note on Sunday": two phrases)


_INFINITIVE_TO = frozenset({"to"})


def gerund_after_infinitive_to(doc: Doc, lexicon: Lexicon) -> None:
    """"Athens demanded the Turkish troops to leaving Libya", "urged Haftar's forces to halting the offensive":
    translated press writes the verb after the "to" of an infinitive in -ing, and the parser reads "to" as a
    preposition with a gerund, so the demand has no clause of its own. A "to" on a verb of demanding
    (demand_verbs) after its object, followed at once by a verb in -ing with no subject, is the infinitive's "to"
    and the verb a bare infinitive, as in "demanded the troops to leave". Not after a noun ("called for an end to
    fighting": "to" is the noun's) nor without an object ("pushed to arming": no one asked)."""
    for to in (doc[i] for i in positions_in(doc, LOWER, _INFINITIVE_TO)):
        verb = to.head
        if to.dep_ != "prep" or to.i + 1 >= len(doc) or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.demand_verbs:
            continue
        gerund = doc[to.i + 1]
        if gerund.tag_ != "VBG" or gerund.head.i != to.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
            continue
        if not any(c.dep_ == "dobj" and c.i < to.i for c in verb.children):
            continue
        gerund.tag_, gerund.pos_ = "VB", "VERB"
        _reattach(gerund, verb, "xcomp")
        _reattach(to, gerund, "aux")
        to.tag_, to.pos_ = "TO", "PART"



_FOR = frozenset({"for"})

# Per lexicon (by id; the lexicon is held): the words of appeal whose "for" may open a clause (_appeal_heads).
_APPEAL_HEADS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _appeal_heads(lexicon: Lexicon) -> frozenset[str]:
    """The demand, request and persuasion verbs and nouns and parse_appeal_for_verbs, joined once per lexicon."""
    held = _APPEAL_HEADS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        joined = lexicon.demand_verbs | lexicon.request_verbs | lexicon.persuasion_verbs | lexicon.demand_nouns | lexicon.request_nouns
        held = _APPEAL_HEADS[id(lexicon)] = (lexicon, joined | lexicon.parse_appeal_for_verbs)
    return held[1]


def infinitive_subject_read_as_object_of_for(doc: Doc, lexicon: Lexicon) -> None:
    """"Spain and Malta called for Sarraj's cabinet and Haftar's army to reopen talks", "appealed for Sarraj and Haftar
    to respect the truce": after a verb or noun of appeal, "for X to do" is one clause whose subject is X
    (spaCy's own parse of it, when right, hangs "for" as the clause's mark and X as its subject); the parser
    often reads X as the object of "for" instead, so the clause has no subject and the appeal's callers are
    taken for the ones who act. Only after an appeal (demand, request, persuasion or parse_appeal_for_verbs):
    "sent drones for the GNA to use" and "support for Haftar to ..." keep "for" as whom it is for."""
    if "to" not in _index(doc, lexicon).words:
        return  # no infinitive
    heads = _appeal_heads(lexicon)
    for prep in (doc[i] for i in positions_in(doc, LOWER, _FOR)):
        subject = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if subject is None or prep.dep_ not in ("prep", "mark"):
            continue
        end = subject.right_edge.i + 1
        # (an infinitive the parser hung on the list's last member ends the phrase where it starts: "for Turkish forces
        # and all mercenaries to leave")
        hung = next((c for m in subject.conjuncts for c in m.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VB"), None)
        if hung is not None and hung.right_edge.i == subject.right_edge.i:
            end = hung.left_edge.i
        closing = end if end < len(doc) and doc[end].text == "," and any(c.dep_ == "appos" for c in subject.children) else None
        if closing is not None:
            end += 1  # "for the LNA, a key player in the conflict, to attack ..."
        if end + 1 >= len(doc) or doc[end].tag_ != "TO" or doc[end].dep_ != "aux":
            continue
        verb = doc[end].head
        if verb.i <= end or verb.tag_ not in ("VB", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue
        host = prep.head if prep.dep_ == "prep" else verb.head
        # (the parser may hang the infinitive on the list's last member: "for Turkish forces and all mercenaries to leave")
        if host.lemma_.lower() not in heads or verb.head.i not in (host.i, prep.i, subject.i, *(c.i for c in subject.conjuncts)):
            continue
        _reattach(verb, host, "acl" if host.pos_ in ("NOUN", "PROPN") else "advcl")
        _reattach(prep, verb, "mark")
        _reattach(subject, verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj")
        if closing is not None:
            _reattach(doc[closing], subject, "punct")


# Prepositions between a taken place and the place it is part of or lies at ("the towns of X", "the airbase at Y").
_PLACE_LINKS = frozenset({"of", "at", "in", "near"})


def source_of_taking_read_on_place(doc: Doc, lexicon: Lexicon) -> None:
    """"took control of the coastal towns of Zawiya and Zuwara from Haftar's army", "seized the airbase at
    Watiya from the LNA": after a place named in a phrase of its own (its towns, where it lies), the parser hangs
    the from-phrase on the place; whom a place is taken from is the taking verb's (its cue takes "from":
    take, seize, capture, wrest). Only a place noun or a place name, nested in the verb's object through
    of / at / in / near, and a from-phrase that names an actor of the dictionary ("from the south", "from
    Tuesday", "fighters from Sudan" say where or when, or whose)."""
    actors = None
    for prep in (doc[i] for i in _index(doc, lexicon).froms):
        place = prep.head
        if prep.dep_ != "prep" or place.pos_ not in ("NOUN", "PROPN") or place.dep_ not in ("pobj", "conj", "dobj"):
            continue
        taker = _taking_word_over(place, lexicon)
        if taker is None or any(c.dep_ == "prep" and c.lower_ == "from" for c in taker.children):
            continue
        if actors is None:
            actors = dictionary_actors_at(doc)
        source = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if source is None or not any(t.i in actors for t in source.subtree) or source.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
            continue
        _reattach(prep, taker, "prep")


def _taking_word_over(place: Token, lexicon: Lexicon) -> Token | None:
    """The verb taking the object the place is nested in ("took [control of the towns of X]", "seized [the
    airbase at Y]", "took control of the airbase [at Y]"), when its cue takes "from", or the noun of taking whose
    of-phrase it is ("the capture of al-Watiya"); None past anything but places
    and control (not "captured mercenaries at the base from Sudan"), their conjuncts and place links."""
    node = place
    for _ in range(6):
        if not _place_or_control(node, lexicon):
            return None
        if node.dep_ == "conj":
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and _taking_noun(node.head.head, lexicon):
            return node.head.head  # "announced the capture of al-Watiya from the LNA"
        elif node.dep_ == "pobj" and node.head.lower_ in _PLACE_LINKS and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
        elif (node.dep_ == "dobj" or (node.dep_ == "pobj" and node.head.lower_ in _PLACE_LINKS)) and node.head.pos_ in ("VERB", "ADP"):
            verb = node.head if node.dep_ == "dobj" else node.head.head
            if node.dep_ == "pobj" and not any(c.dep_ == "dobj" and _place_or_control(c, lexicon) for c in verb.children):
                return None
            cue = lexicon.verbs.get(verb.lemma_.lower())
            return verb if verb.pos_ == "VERB" and cue is not None and "from" in cue.preps else None
        else:
            return None
    return None


def _taking_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of taking whose cue takes "from" ("the capture of", "the recapture of", "the seizure of")."""
    cue = lexicon.nouns.get(noun.lemma_.lower())
    return noun.pos_ == "NOUN" and cue is not None and "from" in cue.preps


def _place_or_control(noun: Token, lexicon: Lexicon) -> bool:
    """A place noun ("the towns", "the airbase", "the port"), a place name, or the control of one."""
    word = noun.lemma_.lower()
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("GPE", "LOC", "FAC", "")
    return noun.pos_ == "NOUN" and (
        word in lexicon.place_nouns or word in lexicon.holding_nouns or word in lexicon.held_place_nouns or word in lexicon.control_nouns_under
    )


_COMPOUND = frozenset({"compound"})
# Determiners and modifiers that may stand between a preposition and the noun it lost ("loyal to the GNA").
_NOUN_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod"})


def object_read_as_compound_of_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Forces loyal to the GNA clashed with ...", "On Monday, militias allied with Tripoli retook ...": the parser
    reads the preposition's object as a compound of the verb that follows it (a noun before a noun, as in "the
    Moscow talks"), so the preposition has no object and the actor is lost. A compound hangs on a noun, never on a
    verb: a noun or name hung as a compound on a later verb, with only its determiners and modifiers between it and
    a preposition that has no object, is that preposition's object."""
    for noun in (doc[i] for i in positions_in(doc, DEP, _COMPOUND)):
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i <= noun.i or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        start = noun.i
        while start > 0 and doc[start - 1].dep_ in _NOUN_PHRASE_DEPS and doc[start - 1].head.i in (noun.i, verb.i):
            start -= 1
        if start == 0:
            continue
        prep = doc[start - 1]
        if prep.dep_ != "prep" or prep.pos_ != "ADP" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        for modifier in doc[start : noun.i]:
            _reattach(modifier, noun, modifier.dep_)
        _reattach(noun, prep, "pobj")


def agent_read_on_behalf_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"shot down a drone operated on Haftar's behalf by the UAE", "fighters recruited on behalf of the GNA by
    Turkey": after a behalf phrase (`behalf_phrases`) on a past participle, the parser hangs the participle's by-phrase
    on the phrase's noun or on the name inside it. A by-phrase there is the participle's agent when the participle has
    none (a behalf noun takes no by-phrase of its own)."""
    behalf_nouns = {noun for _, noun in lexicon.behalf_phrases}
    for by in [doc[i] for i in positions_in(doc, LOWER, BY_FORMS) if doc[i].dep_ == "prep"]:
        holder = by.head
        while holder.dep_ in ("pobj", "prep", "poss") and holder.lemma_.lower() not in behalf_nouns and holder.head.i != holder.i:
            holder = holder.head
        if holder.lemma_.lower() not in behalf_nouns or holder.dep_ != "pobj":
            continue
        participle = holder.head.head
        if participle.tag_ != "VBN" or participle.i > holder.i or any(c.dep_ == "agent" for c in participle.children):
            continue
        _reattach(by, participle, "agent")


def accused_read_as_subject_of_participle(doc: Doc, lexicon: Lexicon) -> None:
    """"The LNA accused Turkish warships anchored off the coast of firing on its positions", "blamed Russian
    mercenaries based in Jufra for laying mines": a participle after the object of a verb that takes an object and
    a clause of what it did (control_verbs_object), and the parser reads the object as the subject of the participle
    (a clause of its own), with the of- or for-phrase hung inside that clause. The object is the verb's, the
    participle describes it, and the of- or for-phrase with its -ing clause is the verb's."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.control_verbs_object, lower=True)):
        if verb.lemma_.lower() not in lexicon.control_verbs_object or any(c.dep_ == "dobj" for c in verb.children):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.i > verb.i), None)
        if clause is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        deed = next((t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("of", "for") and t.i > clause.i and any(
            p.dep_ == "pcomp" and p.tag_ == "VBG" for p in t.children
        )), None)
        if subject is None or deed is None:
            continue
        _reattach(subject, verb, "dobj")
        _reattach(clause, subject, "acl")
        clause.tag_ = "VBN"
        _reattach(deed, verb, "prep")


def of_read_on_verb_after_control_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"The GNA took control of Sirte, a city held by the LNA": the parser may hang the of-phrase of the verb's object
    on the verb when a long phrase follows it. Right after an object of wire_control_nouns ("control", "possession"),
    "of" is that noun's (what is controlled), not the verb's ("warned Haftar of consequences" has no such object)."""
    for of in (doc[i] for i in positions_in(doc, LOWER, OF_FORMS)):
        if of.lower_ != "of" or of.dep_ != "prep" or of.head.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in of.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == of.i), None)
        if noun is not None and noun.lemma_.lower() in lexicon.wire_control_nouns:
            _reattach(of, noun, "prep")


def assured_of_read_on_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Erdogan assured Sarraj of his support", "Macron assured Sarraj of France's backing", "assured the Government of
    National Accord of France's support", "assured Sarraj, Lesotho and Thailand of France's support": after a verb of
    assuring (assurance_verbs) the parser hangs "of" on the object, inside a name or on a list's last member, or reads
    "Sarraj of France's" as the possessor of the noun and that noun as the object. Read by its words: the phrase up to
    the last "of" before a support cue noun (with its possessor or modifiers between) is the object, the of-phrase is
    the verb's ("assured the members of the council that ..." has no such noun and keeps its own)."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.assurance_verbs, lower=True)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.assurance_verbs:
            continue
        found = _assured_of(doc, verb, lexicon)
        if found is None:
            continue
        of, noun, owner, marker = found
        phrase = range(verb.i + 1, of.i)
        heads = [t for t in doc[phrase.start : phrase.stop] if t.head.i not in phrase or t.head.i == t.i]
        names = [t for t in heads if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not names:
            continue
        obj = names[0]
        _reattach(obj, verb, "dobj")
        for token in heads:
            if token.i != obj.i:
                _reattach(token, obj, "conj" if token.pos_ in ("PROPN", "NOUN") else token.dep_)
        _reattach(of, verb, "prep")
        _reattach(noun, of, "pobj")
        for token in doc[of.i + 1 : noun.i]:
            if owner is not None and token.i == owner.i:
                _reattach(token, noun, "poss")
            elif marker is not None and token.i == marker.i:
                _reattach(token, owner, "case")
            elif marker is not None and token.i < owner.i:
                # the words of the owner's name before its last ("the United Arab Emirates' support")
                if token.head.i not in range(token.i + 1, owner.i + 1):
                    _reattach(token, owner, "det" if token.tag_ == "DT" else "compound")
            elif token.head.i not in range(of.i + 1, noun.i + 1):
                _reattach(token, noun, "amod" if token.pos_ == "ADJ" else "compound" if token.pos_ in ("PROPN", "NOUN") else "det")


def _assured_of(doc: Doc, verb: Token, lexicon: Lexicon) -> tuple[Token, Token, Token | None, Token | None] | None:
    """The "of" after an assuring verb that opens a support cue noun, with the noun, its possessor (a pronoun, or the
    last word of a name before "'s") and the "'s": the first such "of" in the verb's sentence."""
    end = verb.sent.end
    for of in (t for t in doc[verb.i + 2 : end] if t.lower_ == "of"):
        i, owner, marker = of.i + 1, None, None
        if i < end and doc[i].tag_ == "PRP$":
            owner, i = doc[i], i + 1
        else:
            j = i
            while j < end and doc[j].tag_ in ("NNP", "NNPS", "DT", "HYPH") or (j < end and doc[j].text == "-"):
                j += 1
            if j < end and j > i and doc[j].tag_ == "POS":
                owner, marker, i = doc[j - 1], doc[j], j + 1
        while i < end and doc[i].pos_ in ("ADJ", "DET", "PROPN", "ADV", "VERB") and not _backing_noun(doc[i], lexicon):
            i += 1  # "of continued Russian backing", "of France's full support"
        if i < end and doc[i].pos_ == "NOUN" and _backing_noun(doc[i], lexicon):
            return of, doc[i], owner, marker
        if doc[of.i - 1].pos_ not in ("PROPN", "NOUN"):
            return None  # only the of-phrase right after the object phrase
    return None


def _backing_noun(noun: Token, lexicon: Lexicon) -> bool:
    cue = lexicon.nouns.get(noun.lemma_.lower())
    return cue is not None and cue.relation == "support"


def accusation_read_on_aside(doc: Doc, lexicon: Lexicon) -> None:
    """"to accuse several states, naming the UAE and Egypt, of arming Haftar's forces": the parser hangs the of-phrase
    of a verb of accusing (control_verbs_object) on a participle set off by commas after its object. An of-phrase with
    an -ing clause on such a participle, which takes none, is the accusing verb's when that verb has an object and no
    of-phrase of its own."""
    for of in (doc[i] for i in positions_in(doc, LOWER, OF_FORMS)):
        if of.lower_ != "of" or of.dep_ != "prep" or not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in of.children):
            continue
        aside = of.head
        if aside.dep_ not in ("advcl", "acl") or aside.tag_ not in ("VBG", "VBN") or aside.i > of.i:
            continue
        if of.i < 1 or doc[of.i - 1].text != "," or not any(t.text == "," for t in doc[aside.head.i : aside.i]):
            continue  # set off by commas on both sides
        verb = aside.head if aside.dep_ == "advcl" else aside.head.head
        if verb.lemma_.lower() not in lexicon.control_verbs_object or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
            continue
        _reattach(of, verb, "prep")


def destination_read_on_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Naval patrols can intercept Turkish shipments to the GNA at sea": the parser hangs the to-phrase of a shipment
    (carrying_trade_nouns) on the verb whose object it is. A verb that sends nothing (not one of transfer_verbs) and
    reads no to-phrase of its own (its cue) leaves it to the shipment: where the shipment goes."""
    for to in (doc[i] for i in positions_in(doc, LOWER, TO_FORMS)):
        if to.lower_ != "to" or to.dep_ != "prep" or to.head.pos_ != "VERB":
            continue
        verb = to.head
        base = verb.lemma_.lower()
        cue = lexicon.verbs.get(base)
        if base in lexicon.transfer_verbs or (cue is not None and "to" in cue.preps):
            continue
        shipment = next((c for c in verb.children if c.dep_ == "dobj" and c.i < to.i and c.lemma_.lower() in lexicon.carrying_trade_nouns), None)
        if shipment is not None and shipment.right_edge.i + 1 == to.i:
            _reattach(to, shipment, "prep")


def control_phrase_read_on_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"The GNA blamed the attack on forces under Haftar's command": the parser hangs "under" + a noun of control
    (control_nouns_under) on the verb, which then seems to act under that command, or on an object before; right after
    a noun of armed men that is an object, the phrase says whose those men are ("the militias remain under the UAE's
    command" keeps it on the verb, as there is no such noun before it)."""
    for i in positions_in(doc, LOWER, frozenset({"under"})):
        under = doc[i]
        if under.dep_ != "prep" or i == 0 or under.head.i == i - 1:
            continue
        if not any(p.dep_ == "pobj" and p.lemma_.lower() in lexicon.control_nouns_under for p in under.children):
            continue
        men = doc[i - 1]
        # (or on the object before them: "blamed the attack on forces under ...")
        if men.pos_ == "NOUN" and men.dep_ in ("dobj", "pobj") and under.head.i < men.i and armed_men(lexicon, men):
            _reattach(under, men, "prep")


def attack_gerund_read_as_verb_after_harm(doc: Doc, lexicon: Lexicon) -> None:
    """"Three GNA fighters were killed by shelling from Haftar's positions", "two soldiers died in bombing by LNA jets":
    after a preposition of harm (harm_preps: by, in, during) the parser reads a hostile -ing noun of the lexicon
    ("shelling", "bombing", "shooting") with no object as a verb, so its from- or by-phrase names no author of an
    attack. An -ing word that is an opposition noun of the lexicon, there, with no object and a phrase of the noun's
    prepositions, is that noun."""
    for gerund in (doc[i] for i in positions_in(doc, LOWER, HOSTILE_GERUNDS)):
        cue = lexicon.nouns.get(gerund.lower_)
        prep = doc[gerund.i - 1] if gerund.i > 0 else None
        if cue is None or cue.relation != "opposition" or gerund.pos_ != "VERB" or prep is None or prep.lower_ not in lexicon.harm_preps:
            continue
        # (the parser hangs it on the preposition, or on the verb with the preposition left bare)
        if gerund.dep_ not in ("pcomp", "advcl") or any(c.dep_ in ("dobj", "nsubj", "aux") for c in gerund.children):
            continue
        if not any(c.dep_ == "prep" and c.lower_ in cue.preps for c in gerund.children):
            continue  # ("killed by shelling": nothing says whose)
        gerund.pos_, gerund.tag_, gerund.lemma_ = "NOUN", "NN", gerund.lower_
        _reattach(gerund, prep, "pobj")


# The -ing nouns of attacks the parser may read as verbs (the repair reads each one's cue from the lexicon).
HOSTILE_GERUNDS = frozenset({"shelling", "bombing", "shooting", "firing", "bombarding", "strafing", "downing"})
