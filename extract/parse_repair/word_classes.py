"""Words the tagger reads as another class: a cue verb read as a noun, adjective or adverb, a participle
read as an adjective, a name read as an auxiliary, a hyphen compound or prefixed verb split.
"""
from __future__ import annotations

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import dictionary_actors_at
from extract.relations.grammar import AFTER_HYPHEN_KEY, RELATIVE_PRONOUNS, after_hyphen, is_verb, positions_in
from extract.parse_repair.shared import (
    VBG_TAG,
    _attach_list,
    _attach_name,
    CLAUSE_SEPARATORS,
    _cue_verb_of_past_form,
    HYPHEN_FORMS,
    _index,
    _is_cue_verb,
    LIST_CONJUNCTIONS,
    _list_head,
    _list_member_end,
    _name_phrase_end,
    _name_start,
    _names_after,
    _names_someone,
    OBJECT_PRONOUN_NUMBER,
    _proper_name_at,
    _reattach,
    _take_place,
    _takes_prep,
    _skip_adverbs,
    SUBORDINATORS,
    VERBS,
    reading_of,
    restore_unless_one_tree,
    verb_of_gerund,
)

IN_FORMS = frozenset({"in"})

# Dependency labels the repairs below start from (positions_in: from the parse's arrays, no Token per word).
DIRECT_OBJECTS = frozenset({"dobj"})
AGENT_DEPS = frozenset({"agent"})
OBJECT_PREDICATES = frozenset({"oprd"})
AMOD_DEP = frozenset({"amod"})
NOUN_POS = frozenset({"NOUN"})
WHAT_WORD = frozenset({"what"})


def quantity_noun_before_cue(doc: Doc, lexicon: Lexicon) -> None:
    """"held several rounds of talks with Moscow", "launched a wave of attacks on Tripoli", "sent a
    number of drones to the GNA": a noun that counts or groups (`quantity_nouns`) stands in
    front of the cue (or aid) noun, which the parser hangs under it; the cue takes its place in the clause
    (and the prepositions after it), the count becomes its modifier. Counts nest ("hundreds of tonnes of
    military equipment"): the innermost is read first, so the cue climbs to the outermost's place. A noun of kind
    (`t2_kind_nouns`: "pledged every sort of backing for Sarraj") stands in front of the cue the same way."""
    for count in (doc[i] for i in reversed(positions_in(doc, POS, NOUN_POS))):
        if (count.lemma_.lower() not in lexicon.quantity_nouns and count.lemma_.lower() not in lexicon.t2_kind_nouns) or count.pos_ != "NOUN":
            continue
        of = next((c for c in count.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == count.i + 1), None)
        cue = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        if cue is None or count.head.i == count.i or not (cue.lemma_.lower() in lexicon.nouns or cue.lemma_.lower() in lexicon.aid_nouns):
            continue
        moved = [c for c in count.children if c.dep_ == "prep" and c.i > cue.i]
        _reattach(cue, count.head, count.dep_)
        _reattach(count, cue, "nmod")
        for prep in moved:
            _reattach(prep, cue, "prep")


def name_read_as_auxiliary(doc: Doc, lexicon: Lexicon) -> None:
    """"The LAAF engaged in talks with the GNA": the tagger reads an acronym before a verb as its
    auxiliary (the verb then a passive participle); a name is the subject of a verb that has none."""
    for i in _index(doc, lexicon).capitalised:
        name = doc[i]
        verb = name.head
        if name.dep_ not in ("aux", "auxpass") or name.pos_ != "PROPN" or verb.i <= name.i or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
        article = [s for s in subjects if s.i == name.i - 1 and s.lower_ == "the"]
        if article:  # "The LAAF held talks": the article the parser made the subject is the name's
            _reattach(article[0], name, "det")
            subjects.remove(article[0])
        open_list = [s for s in subjects if s.i < name.i and any(c.dep_ == "cc" for c in s.children) and not any(c.dep_ == "conj" for c in s.children)]
        if subjects and not open_list:
            continue
        if open_list:
            # "The GNA and the LAAF welcomed the plan": the subject's list ends with the name
            _reattach(name, open_list[0], "conj")
        else:
            _reattach(name, verb, "nsubj")
        if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            if verb.tag_ == "VBN":
                verb.tag_ = "VBD"  # "engaged" with no auxiliary left is the past tense
            for child in verb.children:  # and its clause is active
                child.dep_ = {"nsubjpass": "nsubj", "oprd": "dobj"}.get(child.dep_, child.dep_)


# Labels of a verb heading a clause of its own (not a noun's place in one).
OWN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp"})


def name_read_as_compound_of_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt arms the eastern brigades and Qatar funds the GNA": the parser reads a name right before a verb in -s as
    a compound of it, as if the verb were a noun ("Qatar funds"), and the verb then borrows the first clause's
    subject; a verb has no compound, so the name is its subject when it has none."""
    for i in _index(doc, lexicon).capitalised:
        name = doc[i]
        verb = name.head
        if name.dep_ != "compound" or name.pos_ != "PROPN" or verb.pos_ != "VERB" or verb.i != name.i + 1:
            continue
        if verb.dep_ not in OWN_CLAUSE_DEPS or any(c.dep_ == "det" for c in (*verb.children, *name.children)):
            continue  # "accepted the UN call for a truce": a noun in a noun's place, tagged a verb
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        _reattach(name, verb, "nsubj")


def noun_read_as_verb_in_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"Drone strikes by the GNA hit LNA positions": the tagger reads a plural cue noun as a verb in
    -s ("strikes") with the noun before it as its subject, though the word is itself the subject of the
    clause's verb; it is the noun, and the word before it its modifier."""
    for i in _index(doc, lexicon).cues:
        token = doc[i]
        if token.tag_ != "VBZ" or token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in lexicon.nouns:
            continue
        token.pos_, token.tag_ = "NOUN", "NNS"
        for child in token.children:
            if child.dep_ == "nsubj" and child.i == token.i - 1:
                child.dep_ = "compound"


# Possessives a noun may follow ("Egypt's remarks", "its remarks").
POSSESSIVE_FORMS = frozenset({"'s", "’s", "his", "her", "its", "their", "our", "my", "your"})


def possessed_noun_read_as_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"The GNA called Egypt's remarks a declaration of war", "considered Cairo's threats a provocation": the tagger
    reads a plural noun in -s after a possessive as a verb, and hangs the predicate after it on it as its object (or
    reads a clause "remarks a declaration"). A word with a possessive before it is a noun: the object of the verb
    above, and what the parser gave it as an object is that verb's predicate. Read as a noun but as the first of two
    predicates ("called Sisi's remarks a declaration of war"), it is the object too."""
    for token in doc:
        if token.pos_ == "ADJ" and token.dep_ == "amod" and token.lower_ in lexicon.nouns and any(c.dep_ == "poss" for c in token.children):
            # "called the LAAF's offensive a crime": the possessed cue read as an adjective on the predicate after it,
            # across the predicate's own article
            predicate, verb = token.head, token.head.head
            if predicate.i > token.i + 1 and doc[token.i + 1].dep_ == "det" and doc[token.i + 1].head.i == predicate.i and verb.pos_ == "VERB":
                token.pos_, token.tag_ = "NOUN", "NN"
                _reattach(token, verb, "dobj")
            continue
        if token.pos_ in ("NOUN", "ADJ") and token.dep_ == "oprd" and any(c.dep_ == "poss" for c in token.children):
            # "called Haftar's offensive a crime": the tagger may read the possessed cue noun as an adjective
            if token.pos_ == "ADJ" and token.lower_ not in lexicon.nouns:
                continue
            if any(c.dep_ in ("oprd", "dobj", "acomp", "ccomp") and c.i > token.i for c in token.head.children):
                token.dep_ = "dobj"
                if token.pos_ == "ADJ":
                    token.pos_, token.tag_ = "NOUN", "NN"
            continue
        if token.pos_ != "VERB" or token.tag_ not in ("VBZ", "VBP", "VBD", "VB") or token.i == 0 or token.dep_ == "ROOT":
            continue
        before = doc[token.i - 1]
        owned = any(c.dep_ == "poss" and c.i < token.i for c in token.children)
        if not owned or before.lower_ not in POSSESSIVE_FORMS or before.head.i not in (token.i, before.i - 1 if before.i else -1):
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > token.i:
            continue
        token.pos_, token.tag_ = "NOUN", "NNS" if token.lower_.endswith("s") else "NN"
        predicates = [c for c in token.children if c.dep_ in ("dobj", "attr", "oprd") and c.i > token.i]
        if token.dep_ in ("ccomp", "xcomp", "dobj"):
            token.dep_ = "dobj"
        for predicate in predicates:
            _reattach(predicate, verb, "oprd")


def channel_read_as_agent(doc: Doc, lexicon: Lexicon) -> None:
    """"Salame had met Sarraj and spoken by phone with Haftar's aides", "has sent drones by sea to the GNA": the parser
    reads a by-phrase that names a channel (`channel_nouns`: phone, video, letter, sea, air) as a passive's agent, so the
    verb looks passive and loses its subject. A by-phrase whose object is a bare channel noun, on a verb with no passive
    auxiliary, is a plain prepositional phrase."""
    for by in (doc[i] for i in positions_in(doc, LOWER, ("by",))):
        if by.dep_ != "agent" or any(c.dep_ == "auxpass" for c in by.head.children):
            continue
        channel = next((c for c in by.children if c.dep_ == "pobj"), None)
        if channel is None or channel.lemma_.lower() not in lexicon.channel_nouns or any(c.dep_ in ("det", "poss") for c in channel.children):
            continue
        by.dep_ = "prep"


def noun_read_as_verb_after_object(doc: Doc, lexicon: Lexicon) -> None:
    """"The EU imposed asset freezes on six officials": the tagger reads a plural cue noun as a verb in -s
    after a noun, and hangs it on the real verb before that noun as a clause of its own (or makes that
    verb its clausal subject). A verb in -s with no subject, right after the object of the verb it hangs
    on (or whose subject is that verb's clause), is that object's head noun: the verb's object. After a
    light verb ("imposed asset freezes"), which takes no clause, so is one read with that noun as subject."""
    for i in _index(doc, lexicon).cues:
        token = doc[i]
        if token.tag_ != "VBZ" or token.lemma_.lower() not in lexicon.nouns or i < 2:
            continue
        modifier = doc[i - 1]
        if modifier.pos_ != "NOUN":
            continue
        if modifier.dep_ == "nsubj" and modifier.head.i == i and token.dep_ == "ccomp" and token.head.lemma_.lower() in lexicon.light_verbs:
            verb = token.head  # "imposed [asset freezes on]" read as a clause "asset freezes on ..." (a light verb takes no clause)
        elif modifier.dep_ != "dobj" or modifier.head.pos_ != "VERB" or modifier.head.i >= modifier.i:
            continue
        else:
            verb = modifier.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != modifier.i for c in token.children):
            continue
        if token.head.i == verb.i and token.dep_ in ("advcl", "ccomp", "conj", "dep", "xcomp"):
            pass
        elif any(c.i == verb.i and c.dep_ == "csubj" for c in token.children):
            for child in list(token.children):
                if child.dep_ == "punct" and child.i > i:
                    _reattach(child, verb, "punct")
            verb.head, verb.dep_ = (verb, "ROOT") if token.dep_ == "ROOT" else (token.head, token.dep_)
        else:
            continue
        token.pos_, token.tag_ = "NOUN", "NNS"
        _reattach(token, verb, "dobj")
        _reattach(modifier, token, "compound")


def predicate_read_as_name_head(doc: Doc, lexicon: Lexicon) -> None:
    """"Athens called the deal between Ankara and the GNA illegal", "called Turkey's deal with the GNA
    absurd", "declared the agreements signed between Turkey and the GNA null and void": the tagger reads a
    designation's predicate adjective at the end of the clause as a proper noun with the name before it as its
    modifier. The name is the phrase's head again, and the adjective (with a second one joined to it) is what
    the designating verb calls its object."""
    for token in (doc[i] for i in positions_in(doc, LOWER, lexicon.designation_predicates)):
        if token.pos_ not in ("PROPN", "NOUN") or token.i == 0:
            continue
        # "null and void": a second predicate joined to the first
        paired = (
            doc[token.i + 2]
            if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("and", "or") and doc[token.i + 2].lower_ in lexicon.designation_predicates
            else None
        )
        last = paired.i if paired is not None else token.i
        if last + 1 < len(doc) and doc[last + 1].pos_ not in ("PUNCT", "ADV", "ADP"):
            continue  # the clause ends, or an adjunct follows ("absurd again", "illegal in March")
        name = doc[token.i - 1]
        # (or a noun a name modifies: "the Sarraj government")
        named_noun = name.pos_ == "NOUN" and name.i > 0 and doc[name.i - 1].pos_ == "PROPN" and doc[name.i - 1].head.i == name.i
        if name.dep_ != "compound" or name.head.i != token.i or (name.pos_ != "PROPN" and not named_noun):
            continue
        # (past a participle on the object: "declared the agreements signed between Turkey and the GNA null and void")
        verb = next((a for a in token.ancestors if a.pos_ == "VERB" and not (a.dep_ == "acl" and a.tag_ == "VBN")), None)
        if verb is None or verb.lemma_.lower() not in lexicon.designation_verbs:
            continue
        # "considers [the GNA illegitimate]" read as a small clause headed by the adjective: the name is the object
        small_clause = token.head.i == verb.i and token.dep_ in ("ccomp", "xcomp", "oprd", "attr")
        _reattach(name, token.head, "dobj" if small_clause else token.dep_)
        for child in [c for c in token.children if c.i < name.i]:
            _reattach(child, name, child.dep_)
        token.pos_, token.tag_ = "ADJ", "JJ"
        _reattach(token, verb, "oprd")
        if paired is not None:
            paired.pos_, paired.tag_ = "ADJ", "JJ"
            _reattach(paired, token, "conj")
            _reattach(doc[token.i + 1], token, "cc")


def cue_verb_read_as_other(doc: Doc, lexicon: Lexicon) -> None:
    """"decided to quietly back Haftar": after an adverb the small model tags the cue "back"
    an adverb (or a noun), yet parses an object under it. A cue word with a direct object,
    or right after infinitival "to", is the verb; so is one that heads a relative clause with a relative pronoun
    as its subject ("the UAE, which back Haftar"), and the name after it its object."""
    for token in (doc[i] for i in _index(doc, lexicon).cues):
        if token.pos_ not in ("ADV", "NOUN", "ADJ") or token.lower_ not in lexicon.verbs:
            continue
        has_object = any(c.dep_ == "dobj" for c in token.children)
        after_to = any(c.lower_ == "to" and c.tag_ == "TO" for c in token.children if c.i < token.i)
        relative = token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in token.children)
        if has_object or relative or (after_to and token.dep_ in ("xcomp", "advcl", "ccomp")):
            token.pos_ = "VERB"
            token.tag_ = "VB"
            token.lemma_ = token.lower_
        if relative and not has_object:
            name = next((c for c in token.children if c.dep_ in ("npadvmod", "attr", "appos") and c.pos_ == "PROPN" and c.i > token.i), None)
            if name is not None:
                name.dep_ = "dobj"


def cue_verb_read_as_adverb_after_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey stands behind the GNA while the UAE, Egypt and Russia back Haftar": after a list of names the small model
    tags "back" an adverb or a preposition and hangs the clause on the first name (the clause's head, or the object of
    "while" read as a preposition), with the name after "back" as its object or apposition. A cue verb read so,
    right after a name and right before the name it acts on, with no verb of its clause before it, is the clause's
    verb: the names before it are its subject, the name after its object."""
    for cue in (doc[i] for i in _index(doc, lexicon).cues):
        if cue.pos_ not in ("ADV", "ADP") or cue.lower_ not in lexicon.verbs or cue.i == 0 or cue.i + 1 >= len(doc):
            continue
        before, after = doc[cue.i - 1], doc[cue.i + 1]
        if before.pos_ != "PROPN" or after.pos_ not in ("PROPN", "DET"):
            continue
        subject = _list_head(before)
        while subject.dep_ == "compound" and subject.head.i < cue.i:
            subject = subject.head
        marker = subject.head if subject.head.lower_ in SUBORDINATORS and subject.head.i < subject.i else None
        heads = (subject.i, subject.head.i, *(t.i for t in subject.subtree), *((marker.head.i,) if marker is not None else ()))
        if subject.i == cue.i or subject.dep_ in ("compound", "poss", "dobj", "appos") or cue.head.i not in heads:
            continue
        start = subject.left_edge.i
        if any(is_verb(t) for t in doc[start : cue.i] if t.i not in (subject.head.i,)):
            continue
        if doc[cue.sent.start].lemma_.lower() == "do" or doc[cue.sent.start].tag_ == "MD":
            continue  # ("Do Turkey and the UAE back ...": a question's inverted auxiliary is the clause's verb)
        objects_after = [t for t in doc[cue.i + 1 : cue.i + 5] if t.pos_ == "PROPN" and t.head.i in (cue.i, subject.i, cue.head.i) and t.dep_ in ("pobj", "appos", "npadvmod", "dobj")]
        if not objects_after:
            continue
        saved = reading_of(cue.sent)
        if marker is not None:
            cue.head, cue.dep_ = marker.head, "advcl"
            marker.head, marker.dep_, marker.pos_ = cue, "mark", "SCONJ"
        elif subject.dep_ == "ROOT":
            cue.head, cue.dep_ = cue, "ROOT"
        else:
            cue.head, cue.dep_ = subject.head, subject.dep_
        for child in [c for c in subject.children if c.i > cue.i]:
            child.head = cue
        for child in [c for c in subject.children if c.dep_ == "mark"]:
            child.head = cue
        subject.head, subject.dep_ = cue, "nsubj"
        obj = objects_after[0]
        obj.head, obj.dep_ = cue, "dobj"
        cue.pos_, cue.tag_, cue.lemma_ = "VERB", "VBP", cue.lower_
        restore_unless_one_tree(cue.sent, saved)


ADVERB_TAGS = frozenset({"ADV"})


def infinitive_read_as_adverb(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey's parliament voted on Thursday to authorise the deployment of troops": the small model does not know
    some verbs (British spellings among them) and tags one an adverb, yet parses infinitival "to" and a direct object
    under it. An adverb takes neither: the word is the verb."""
    for token in (doc[i] for i in positions_in(doc, POS, ADVERB_TAGS)):
        after_to = any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < token.i for c in token.children)
        if after_to and any(c.dep_ == "dobj" for c in token.children):
            token.pos_ = "VERB"
            token.tag_ = "VB"


def past_verb_read_as_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's forces, with Russian support, advanced on Tripoli": after an aside the tagger reads the
    clause's past verb as an adjective heading the sentence, with the subject still on it. A root
    adjective in -ed with a subject, whose verb is a cue, is that verb in the past tense; so is one that
    heads a clause of its own with a subject and an object ("when Jordan and Sudan armed the LNA's brigades, ...")."""
    for token in (doc[i] for i in _index(doc, lexicon).ed_words):
        if token.pos_ != "ADJ" or not any(c.dep_ == "nsubj" for c in token.children):
            continue
        if token.dep_ != "ROOT" and not (token.dep_ in ("advcl", "ccomp", "conj", "relcl") and any(c.dep_ == "dobj" for c in token.children)):
            continue
        if any(c.dep_ in ("cop", "auxpass") or (c.dep_ == "aux" and c.lemma_.lower() != "have") for c in token.children):
            continue  # "Egypt is opposed to Turkey" is the adjective ("Turkey has irritated Greece" is no adjective)
        base = _cue_verb_of_past_form(token.lower_, lexicon)
        if base is not None:
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", base


def clause_read_as_name_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey irritated Greece.", "Russia armed Haftar.": between two names the tagger reads a past cue verb that is
    also an adjective as a modifier of the second name, and the sentence as one noun phrase headed by it (the first
    name a modifier too). A past form of a cue verb right after a name, both hung on the name that heads the sentence,
    is the verb: the first name its subject, the head name its object."""
    for verb in (doc[i] for i in _index(doc, lexicon).ed_words):
        obj = verb.head
        if verb.i == 0 or verb.dep_ not in ("amod", "compound") or obj.dep_ != "ROOT" or obj.pos_ != "PROPN" or obj.i <= verb.i:
            continue
        if any(t.pos_ != "PROPN" and t.tag_ != "DT" for t in doc[verb.i + 1 : obj.i]):
            continue  # ("the GNA" after the verb; not "Egypt, UAE armed forces": the noun is no name)
        subject = doc[verb.i - 1]
        while subject.head.i < verb.i and subject.head.i != subject.i:
            subject = subject.head  # the word that heads the first name ("the United Arab Emirates")
        if subject.pos_ != "PROPN" or subject.head.i not in (obj.i, verb.i) or any(t.pos_ not in ("PROPN", "DET") for t in doc[subject.left_edge.i : verb.i]):
            continue
        base = _cue_verb_of_past_form(verb.lower_, lexicon)
        if base is None:
            continue
        saved = reading_of(verb.sent)
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", base
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in obj.children if c.i > obj.i]:
            child.head = verb  # the full stop, a phrase after the object
        obj.head, obj.dep_ = verb, "dobj"
        subject.head, subject.dep_ = verb, "nsubj"
        restore_unless_one_tree(verb.sent, saved)


def past_verb_read_as_modifier_of_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"The UAE armed Haftar by sending drones": the tagger reads the past cue verb as an adjective (or a
    participle) on the name before it, which heads the sentence, though it has an object of its own. An
    adjective or participle in -ed after the root name it modifies, with a direct object, is the clause's verb
    and the name its subject."""
    for token in (doc[i] for i in _index(doc, lexicon).ed_words):
        subject = token.head
        read_as_modifier = token.dep_ in ("amod", "acl") and (token.pos_ == "ADJ" or token.tag_ == "VBN")
        if not read_as_modifier or subject.dep_ != "ROOT" or subject.i > token.i:
            continue
        if subject.pos_ not in ("PROPN", "NOUN") or not any(c.dep_ == "dobj" for c in token.children):
            continue
        base = _cue_verb_of_past_form(token.lower_, lexicon)
        if base is None:
            continue
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", base
        token.head, token.dep_ = token, "ROOT"
        for child in [c for c in subject.children if c.i > token.i]:
            _reattach(child, token, child.dep_)  # "by sending drones", the full stop
        _reattach(subject, token, "nsubj")


def past_verb_read_as_modifier_before_second_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"The UAE armed Haftar, and Turkey backed the GNA": the tagger reads the first clause's past cue verb as an
    adjective on its object, which it makes an apposition of the subject, and the subject (with the second clause's
    subject as its conjunct) the subject of the second verb. An -ed adjective of a cue verb right after the subject
    name (no comma), on a name in apposition to it, is the first clause's verb: the name before it its subject, the
    name it modifies its object, and the second verb its conjunct with the conjoined name as its subject."""
    for token in (doc[i] for i in _index(doc, lexicon).ed_words):
        obj = token.head
        if token.dep_ != "amod" or token.pos_ not in ("ADJ", "VERB") or obj.dep_ != "appos" or obj.pos_ != "PROPN" or obj.i < token.i:
            continue
        subject, second = obj.head, obj.head.head
        if subject.dep_ != "nsubj" or subject.i > token.i or not is_verb(second) or second.i < obj.i:
            continue
        before = doc[token.i - 1]
        if before.is_punct or subject.i not in (before.i, before.head.i):
            continue  # right after the subject name, no comma between
        base = _cue_verb_of_past_form(token.lower_, lexicon)
        later = next((c for c in subject.children if c.dep_ == "conj" and c.i > obj.i), None)
        if base is None or later is None:
            continue
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", base
        token.head, token.dep_ = (token, "ROOT") if second.dep_ == "ROOT" else (second.head, second.dep_)
        for child in [c for c in subject.children if c.i > obj.i and c.dep_ in ("cc", "punct")]:
            _reattach(child, token, child.dep_)
        _reattach(obj, token, "dobj")
        _reattach(later, second, "nsubj")
        _reattach(second, token, "conj")
        _reattach(subject, token, "nsubj")


def participle_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"troops are deployed near Sirte siding with Haftar": an -ing cue verb read as a noun
    with a name as its compound; the name is the preposition's object and the participle
    describes the clause (an adverbial clause of the main verb)."""
    nn, pobj = doc.vocab.strings["NN"], doc.vocab.strings["pobj"]
    rows = doc.to_array([TAG, DEP]).tolist() if len(doc) else []
    for token in (doc[i] for i, (tag, dep) in enumerate(rows) if tag == nn and dep == pobj):  # no Token per word
        if not token.lower_.endswith("ing"):
            continue
        stem = token.lemma_.lower()[:-3]
        if stem not in lexicon.verbs and f"{stem}e" not in lexicon.verbs:
            continue
        if not any(c.dep_ == "prep" for c in token.children):
            continue
        if any(c.dep_ in ("amod", "det", "poss") for c in token.children):
            continue  # "a week of heavy fighting around the towns": with an adjective or article, a noun
        prep = token.head
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            continue
        token.pos_, token.tag_ = "VERB", "VBG"
        token.lemma_ = stem if stem in lexicon.verbs else f"{stem}e"
        if compounds:
            _reattach(compounds[-1], prep, "pobj")
        _reattach(token, clause, "advcl")


# Labels a participle takes on the noun it describes.
MODIFIER_CLAUSES = frozenset({"acl"})


def verb_read_as_modifier_before_shifted_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Military delegations of the GNA and the LNA signed in Geneva on Friday a permanent ceasefire agreement": with
    phrases of place and time between a verb and its object, the parser may read the verb as a participle on the
    subject and the object as the subject's apposition, leaving the sentence no verb. In a sentence headed by a noun, a
    past form that describes a word of that noun's phrase, with no by-phrase or auxiliary of its own, followed (past
    its prepositional phrases) by the noun's apposition, is the sentence's verb: the noun its subject, the apposition
    its object."""
    for verb in (doc[i] for i in positions_in(doc, DEP, MODIFIER_CLAUSES)):
        root = verb.sent.root
        if verb.tag_ not in ("VBD", "VBN") or root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
            continue
        if verb.head.i != root.i and root.i not in {a.i for a in verb.head.ancestors}:
            continue  # (a participle of a phrase outside the subject)
        if any(c.dep_ in ("agent", "aux", "auxpass", "dobj", "nsubj") for c in verb.children):
            continue  # "delegations sent by the UN": a participle that says who acts is one
        obj = next((c for c in root.children if c.dep_ == "appos" and c.i > verb.i and c.left_edge.i > verb.right_edge.i), None)
        between = doc[verb.i + 1 : obj.left_edge.i] if obj is not None else None
        if obj is None or any(t.text == "," for t in between) or not all(t.head.i == verb.i or t.head.i in range(verb.i, obj.left_edge.i) for t in between):
            continue  # only the verb's own prepositional phrases between it and the object
        saved = reading_of(verb.sent)
        verb.pos_, verb.tag_ = "VERB", "VBD"
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in root.children if c.i > verb.i and c.i != obj.i]:
            _reattach(child, verb, child.dep_)  # the full stop
        _reattach(root, verb, "nsubj")
        _reattach(obj, verb, "dobj")
        restore_unless_one_tree(verb.sent, saved)


# Labels only a verb's clause takes: a word under one of them is no noun.
CLAUSAL_DEPS = frozenset({"xcomp", "advcl", "ccomp"})


def gerund_clause_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkish troops had been killed fighting for the Tripoli government": the tagger reads an -ing cue verb as a
    noun ("fighting") yet the parser gives it a clause's label; a word heading a clause is the verb's -ing form."""
    for token in (doc[i] for i in positions_in(doc, DEP, CLAUSAL_DEPS)):
        if token.pos_ != "NOUN" or not token.lower_.endswith("ing") or any(c.dep_ in ("amod", "det", "poss") for c in token.children):
            continue
        base = verb_of_gerund(token.lower_, lexicon)
        if base is not None:
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBG", base


def postnominal_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"between the GNA and militiamen loyal to Haftar": an adjective after a coordination
    ("loyal to", "allied with") describes the conjunct right before it, not the first one."""
    for adjective in (doc[i] for i in positions_in(doc, DEP, AMOD_DEP)):
        if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.i > adjective.i:
            continue
        before = doc[adjective.i - 1]
        if before.i == adjective.head.i or before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "conj":
            continue
        if lexicon.adjectives.get(adjective.lemma_.lower()) is None:
            continue
        _reattach(adjective, before, "amod")


def arguments_read_as_modifiers(doc: Doc, lexicon: Lexicon) -> None:
    """"Chad supplies Haftar.": the parser takes the verb for the head of a name ("Chad supplies" as
    a compound) and hangs the name after it as a loose modifier, so the verb has neither subject nor
    object. A finite cue or transfer verb with neither, a name right before it hung on it, and a
    name right after it hung on it, has them as its subject and its object."""
    for verb in (doc[i] for i in _index(doc, lexicon).cues):
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.i == 0 or doc[verb.i - 1].pos_ != "PROPN":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "expl", "csubj") for c in verb.children) or not _is_cue_verb(verb, lexicon):
            continue
        before = doc[verb.i - 1]
        end = _name_phrase_end(doc, verb.i + 1, verb.sent.end) if verb.i + 1 < verb.sent.end else None
        if before.pos_ != "PROPN" or before.head.i != verb.i or before.dep_ not in ("compound", "nmod", "amod", "npadvmod", "dep") or end is None:
            continue
        after = doc[end - 1]
        if after.head.i != verb.i or after.dep_ not in ("npadvmod", "appos", "attr", "oprd", "dep", "nmod"):
            continue
        _reattach(before, verb, "nsubj")
        _reattach(after, verb, "dobj")


def _subordinate_to(token: Token, verb: Token) -> bool:
    """`token` is in a clause under `verb` (an adverbial, relative or reported clause), not a verb of its level."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS and (token.head.i == verb.i or verb.is_ancestor(token.head)):
            return True
        token = token.head
    return False


CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "acl", "xcomp"})


OBJECT_READ_INTO_PHRASE = frozenset({"appos", "dobj"})


def object_read_into_fronted_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"targeted with missiles the LNA positions", "bombed with air strikes the positions of the
    mercenaries", "met in Benghazi the commander Haftar": after a phrase between the verb and its object
    (word order of translated statements) the parser hangs the object on the phrase's noun (an
    apposition with no comma, or an object of a noun) or on the verb as a loose noun phrase (npadvmod).
    A cue verb with no object of its own, whose phrase right after it is followed with no comma by a
    noun phrase read so, has that noun phrase for its object. Time phrases stay ("met in Cairo last
    week"), and so does an apposition set off by a comma ("with his ally, the UAE")."""
    for verb in (doc[i] for i in positions_in(doc, POS, VERBS)):
        if lexicon.verbs.get(verb.lemma_.lower()) is None or any(c.dep_ in ("dobj", "oprd") for c in verb.children):
            continue
        phrase = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
        if phrase is None or any(t.dep_ not in ("advmod",) for t in doc[verb.i + 1 : phrase.left_edge.i]):
            continue  # the phrase right after the verb (or after an adverb: "targeted yesterday with")
        noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        if _guest_read_into_manner_phrase(verb, phrase, noun, lexicon):
            continue
        obj = next((c for c in noun.children if c.dep_ in OBJECT_READ_INTO_PHRASE and c.i > noun.i), None)
        if obj is None:
            obj = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i > phrase.i), None)
            if obj is not None and obj.left_edge.i != phrase.right_edge.i + 1:
                continue
        elif any(t.is_punct for t in doc[phrase.i : obj.left_edge.i]):
            continue
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in lexicon.time_nouns or obj.lower_ in lexicon.time_nouns:
            continue
        if obj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in obj.children):
            continue  # "with air strikes ammunition": a bare noun may be the phrase's own
        _reattach(obj, verb, "dobj")


def _guest_read_into_manner_phrase(verb: Token, phrase: Token, noun: Token, lexicon: Lexicon) -> bool:
    """"Rome receives with generosity Sarraj and Haftar": a verb of meeting or hosting whose phrase of manner, a
    bare common noun, stands before the guest; the parser reads the noun as the name's modifier ("generosity
    Sarraj"). The bare noun (no title: "met with army chief Haftar" names him) is the phrase's, the name the verb's
    object; not a preposition the verb takes ("met with"). Mends it and says whether it did."""
    doc = verb.doc
    cue = lexicon.verbs.get(verb.lemma_.lower())
    if verb.lemma_.lower() not in lexicon.meeting_verbs or noun.pos_ != "PROPN" or (cue is not None and phrase.lower_ in cue.preps):
        return False
    lead = doc[phrase.i + 1]
    if lead.pos_ != "NOUN" or lead.dep_ != "compound" or lead.head.i != noun.i or not lead.text.islower() or lead.lower_ in lexicon.person_role_nouns:
        return False
    if any(t.pos_ != "PROPN" for t in doc[lead.i + 1 : noun.i]):
        return False  # only the name's own words after the noun
    _reattach(noun, verb, "dobj")
    _reattach(lead, phrase, "pobj")
    return True


def verb_before_fronted_phrase_read_as_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"The Emirates condemned in the strongest terms the Turkish military intervention in Libya": when a
    phrase stands between the verb and its object (word order of translated statements: "targeted with
    precise air strikes a Turkish frigate", "signed in Tripoli a tripartite agreement"), the parser can
    read the verb as a reduced relative on the name before it ("the Emirates [that were] condemned").
    It then makes one of three trees, each mended here to the verb with the name for its subject:
    - the name is the root of a sentence with no verb, the object the verb's own;
    - the object is the root, with the name for its subject ("Forces targeted with strikes a frigate.");
    - the name is the subject of a reporting verb after the object (", said the General Command"): the
      verb becomes what is said.
    A past form right after the name (or a list it heads), with the object right after the verb's own
    phrases (prepositions or adverbs) and no by-phrase, auxiliary or subject of its own, in a sentence
    with no other finite verb (but the reporting one or one in a clause under the verb or the object).
    A real reduced relative has no object ("Weapons supplied by the UAE to the LNA.", "Haftar forces
    backed in secret by Egypt")."""
    for sent in doc.sents:
        for verb in sent:
            if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
                continue
            name = verb.head
            if name.i > verb.i or name.pos_ not in ("PROPN", "NOUN") or not _right_after_name(doc, name, verb):
                continue
            children = list(verb.children)
            if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in children):
                continue
            # the object, or read as a participle's predicate ("targeted with missiles a frigate": oprd)
            obj = next((c for c in children if c.dep_ in ("dobj", "oprd") and c.i > verb.i), None)
            host = _list_head(name).head if _list_head(name).dep_ != "ROOT" else None
            if obj is None:
                # the object read as the root, the name (or the list it heads) its subject
                top = _list_head(name)
                if host is None or host.dep_ != "ROOT" or host.pos_ not in ("NOUN", "PROPN") or host.i < verb.i or top.dep_ != "nsubj":
                    continue
                obj = host
                obj_start = min([obj.i] + [c.left_edge.i for c in obj.children if c.i > verb.i])
                owner = obj
            else:
                obj_start = obj.left_edge.i
                owner = verb
            between = [c for c in children if verb.i < c.i < obj_start]
            if not between or any(c.dep_ not in ("prep", "advmod", "npadvmod") for c in between) or between[-1].right_edge.i + 1 != obj_start:
                continue  # only the verb's own phrases between it and the object
            reporter = None
            if owner is verb and host is not None:
                # the name the subject of a reporting verb after the object: "..., said the General Command"
                if host.lemma_.lower() not in lexicon.reporting_verbs or host.i <= obj.right_edge.i or _list_head(name).dep_ != "nsubj":
                    continue
                reporter = host
            elif owner is verb and _list_head(name).dep_ != "ROOT":
                continue
            if any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in (verb.i, getattr(reporter, "i", -1)) and not _subordinate_to(t, verb) and not (owner is obj and _subordinate_to(t, obj))
                for t in sent
            ):
                continue  # a sentence with a verb of its own (not one of a clause under this one: "..., while ... continued")
            _mend_fronted_phrase_verb(doc, sent, verb, _list_head(name), obj, owner, reporter)
            break


def _right_after_name(doc: Doc, name: Token, verb: Token) -> bool:
    """Whether the verb comes right after the name, or after the list it heads ("The Emirates and Barbados
    condemned in ...")."""
    first = next((t for t in doc[name.i + 1 : verb.i + 1] if t.dep_ not in ("cc", "conj", "compound", "det", "amod", "punct") or t.head.i < name.i), None)
    return first is not None and first.i == verb.i


def _mend_fronted_phrase_verb(doc: Doc, sent: Span, verb: Token, subject: Token, obj: Token, owner: Token, reporter: Token | None) -> None:
    """The verb the sentence's root (or what the reporting verb says), the name its subject and the
    noun read as the root its object; the closing full stop goes with the new root."""
    old_root = sent.root
    verb.tag_ = "VBD"
    if reporter is not None:
        _reattach(verb, reporter, "ccomp")
        for said_by in [c for c in reporter.children if c.dep_ == "dobj" and c.i > reporter.i]:
            said_by.dep_ = "nsubj"  # "..., said the General Command": the one who said it
    else:
        verb.head, verb.dep_ = verb, "ROOT"
    _reattach(subject, verb, "nsubj")
    _reattach(obj, verb, "dobj")
    if reporter is None:
        for child in [c for c in old_root.children if c.i > verb.i and c.dep_ == "punct" and c.i == sent.end - 1]:
            _reattach(child, verb, "punct")  # the closing full stop
        for child in [c for c in old_root.children if c.i > verb.i and old_root is subject]:
            _reattach(child, verb, child.dep_)


def verb_after_set_off_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"GNA forces, backed by Turkish drones, besieged Tarhuna, Haftar's main stronghold": after a phrase set
    off by commas the parser reads the main verb as a modifier of the name after it, and the sentence has
    no verb (its root is the subject noun). A past or present verb form right after a comma, in a sentence
    whose root is a noun before it, is the verb: the root its subject, the word it was read as describing
    its object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        for verb in sent:
            if verb.i <= root.i + 1 or verb.tag_ not in ("VBD", "VBZ") or verb.dep_ not in ("amod", "compound") or doc[verb.i - 1].text != ",":
                continue
            obj = verb.head
            if obj.i <= verb.i or obj.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") and t.i != verb.i for t in sent):
                continue
            verb.pos_ = "VERB"
            verb.head, verb.dep_ = verb, "ROOT"
            _reattach(root, verb, "nsubj")
            _reattach(obj, verb, "dobj")
            for punct in [c for c in root.children if c.dep_ == "punct" and c.i == sent.end - 1]:
                _reattach(punct, verb, "punct")
            break


def finite_verb_read_as_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt wants to back Haftar and Qatar backs Sarraj": the parser makes the second clause's
    finite verb (with its own subject after "and") the first verb's object, and its object a
    loose modifier of the first verb. A finite verb in an object's place with a subject of its own
    right after a clause separator is the next clause: the first clause's conjunct, and the name
    right after it is its object."""
    for verb in (doc[i] for i in positions_in(doc, POS, VERBS)):
        if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.dep_ not in ("dobj", "pobj", "attr", "npadvmod"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is None or subject.left_edge.i == 0:
            continue
        separator = doc[subject.left_edge.i - 1]
        if separator.lower_ not in CLAUSE_SEPARATORS - {","}:
            continue
        top = verb.head
        while top.dep_ in ("xcomp", "ccomp") and top.head.i < top.i and top.head.pos_ in ("VERB", "AUX"):
            top = top.head  # "wants to back": the first clause's own verb
        if top.pos_ not in ("VERB", "AUX") or top.i > separator.i:
            continue
        old_head = verb.head
        link = "advcl" if separator.lower_ in SUBORDINATORS else "conj"
        _reattach(verb, top, link)
        _reattach(separator, verb if link == "advcl" else top, "mark" if link == "advcl" else "cc")
        end = _name_phrase_end(doc, verb.i + 1, verb.sent.end) if verb.i + 1 < verb.sent.end else None
        if end is not None and not any(c.dep_ == "dobj" for c in verb.children):
            obj = doc[end - 1]
            if obj.head.i in (old_head.i, verb.i) or obj.head.i < verb.i:
                _reattach(obj, verb, "dobj")


def participle_after_object_read_as_adverbial(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey warned the camp backing Haftar": the parser hangs "backing" on "warned" as an adverbial
    clause, which then lends it Turkey as its subject. A participle in -ing right after the verb's object
    (no comma between) with an object of its own describes that object, as a reduced relative clause."""
    for verb in (doc[i] for i in positions_in(doc, POS, VERBS)):
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.head.i > verb.i:
            continue
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.i), None)
        if obj is None or obj.pos_ != "NOUN" or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        _reattach(verb, obj, "acl")


def _skip_spaces(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def participle_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt is opposed to Turkey", "the warring parties": the tagger reads an adjective of the
    lexicon that has a verb's form as a participle; said of a subject with no by-phrase, or
    before its noun, it is the adjective."""
    for token in (doc[i] for i in positions_in(doc, LOWER, lexicon.adjectives)):
        if token.tag_ not in ("VBN", "VBG"):
            continue
        children = list(token.children)
        copular = any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)
        if token.dep_ == "amod" or copular:
            token.pos_, token.tag_, token.lemma_ = "ADJ", "JJ", token.lower_
            for child in children:
                if child.dep_ == "nsubjpass":
                    child.dep_ = "nsubj"
                elif child.dep_ == "auxpass":
                    child.dep_ = "cop"


def _past_form_of_cue(token: Token, lexicon: Lexicon) -> str | None:
    """The cue verb whose past form an adjective before a noun is ("armed" of "arm"), or None."""
    if token.pos_ != "ADJ" or token.dep_ != "amod" or not token.lower_.endswith("ed"):
        return None
    return _cue_verb_of_past_form(token.lower_, lexicon)


def verbless_clause_with_cue(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia arms Haftar alongside the UAE": with no verb in the sentence the tagger has read
    the cue verb as a noun ("arms") inside one long noun phrase. A cue verb's form between a
    name and the phrase's head is the verb: the name before is its subject, the head its object."""
    for sent in doc.sents:
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl", "relcl") for t in sent):
            continue  # ("a long-standing player", "in bid to revive": a verb describing a noun is no verb of the clause)
        for token in sent:
            cue = lexicon.verbs.get(token.lemma_.lower())
            # or a past form read as a participle on the noun after it: "The UN hosted talks between ..."
            participle = token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ in ("VBN", "VBD")
            past_read_as_adjective = _past_form_of_cue(token, lexicon) if cue is None else None
            if past_read_as_adjective is not None:
                # "Russia armed Haftar's forces": the past form read as an adjective ("armed forces")
                cue, participle = lexicon.verbs[past_read_as_adjective], True
            if cue is None or cue.relation is None or (token.pos_ not in ("NOUN", "ADV") and not participle) or token.i == sent.start:
                continue
            subject = doc[token.i - 1]
            old_root = sent.root
            if old_root.i == token.i:  # "Qatar arms Sarraj alongside Turkey": the cue heads the phrase
                old_root = next((c for c in token.children if c.i > token.i and c.pos_ in ("PROPN", "NOUN")), old_root)
            if subject.pos_ != "PROPN" or old_root.i <= token.i:
                continue
            while subject.dep_ == "conj" and subject.head.i < subject.i and subject.head.pos_ == "PROPN":
                subject = subject.head  # "Russia and Turkey back opposing sides": the whole list
            token.pos_, token.tag_ = "VERB", "VBZ" if token.lower_.endswith("s") else "VBD" if token.lower_.endswith("ed") else "VB"
            if past_read_as_adjective is not None:
                token.lemma_ = past_read_as_adjective
            token.head, token.dep_ = token, "ROOT"
            _reattach(old_root, token, "dobj")
            _reattach(subject, token, "nsubj")
            for owner in [c for c in token.children if c.dep_ == "poss" and c.i < subject.i]:
                _reattach(owner, subject, "poss")  # "Italy's Conte hosts Haftar, Sarraj"
            _attach_name(doc, _name_start(doc, subject.i), subject)
            break


# Verbs whose object may be an -ing form ("would keep training and equipping GNA forces").
ASPECTUAL_ING_VERBS = frozenset({"keep", "continue", "start", "begin", "resume", "stop", "quit"})


def _cue_verb_base(token: Token, lexicon: Lexicon) -> str | None:
    """The cue verb a word is a form of, whatever its tag: its lemma, or the base of an -ing form the tagger read as
    a noun ("training": train, "equipping": equip, "financing": finance)."""
    if _is_cue_verb(token, lexicon):
        return token.lemma_.lower()
    word = token.lower_
    if not word.endswith("ing"):
        return None
    stem = word[:-3]
    for base in (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if base and ((cue := lexicon.verbs.get(base)) is not None and cue.relation is not None or base in lexicon.transfer_verbs):
            return base
    return None


def _verb_form(token: Token) -> str:
    """The inflection a verb's word shows: "ing", "s" or bare."""
    word = token.lower_
    return "ing" if word.endswith("ing") else "s" if word.endswith("s") else ""


def coordinated_verbs_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey trains and equips GNA forces", "the GNA, which Qatar and Turkey arm and finance", "would keep training
    and equipping GNA forces": two cue verbs joined by "and" read as a noun and its conjunct ("Turkey trains" as one
    noun phrase, "which" its determiner; "training" the object of "keep"), so the first has no subject or is no verb.
    When either of two coordinated cue verbs of the same form is tagged a noun, both are verbs: a name right before
    the first, hung on it, is its subject and a relative pronoun on it its object; an -ing form that is the object of
    an aspectual verb is its complement. Not "Turkish arms and trainers", "Turkey's arms and funds" (no name before
    that could be a subject), nor "support and training for the GNA" (no verb's form)."""
    # (the index holds cue lemmas: an -ing form read as a noun is found as the head of the cue verb beside it)
    firsts = {doc[i].head.i if doc[i].dep_ == "conj" else i for i in _index(doc, lexicon).cues}
    for token in (doc[i] for i in sorted(firsts)):
        if token.dep_ == "conj" or token.pos_ not in ("NOUN", "VERB") or _cue_verb_base(token, lexicon) is None:
            continue
        # right after it: "arms and finances" (not a later clause's noun: "met Sisi ..., and Sisi voiced support")
        second = [c for c in token.children if c.dep_ == "conj" and c.i == token.i + 2 and doc[token.i + 1].lower_ in ("and", "or") and c.pos_ in ("NOUN", "VERB")]
        if len(second) != 1 or _cue_verb_base(second[0], lexicon) is None or _verb_form(second[0]) != _verb_form(token):
            continue
        if "NOUN" not in (token.pos_, second[0].pos_) or any(c.dep_ in ("det", "poss") and c.lower_ not in ("which", "that") for c in token.children):
            continue
        form = _verb_form(token)
        before = doc[token.i - 1] if token.i > 0 else None
        listed = before
        while listed is not None and listed.dep_ == "conj" and listed.head.i < listed.i and listed.head.pos_ == "PROPN":
            listed = listed.head  # "which Qatar and Turkey arm and finance": the whole list
        subject = listed if before is not None and before.pos_ == "PROPN" and listed.head.i == token.i and listed.dep_ in ("compound", "nmod", "amod", "nsubj") else None
        aspect = token.head if form == "ing" and token.dep_ == "dobj" and token.head.lemma_.lower() in ASPECTUAL_ING_VERBS else None
        if form == "ing" and aspect is None or form != "ing" and (subject is None or token.dep_ not in ("ROOT", "relcl", "ccomp", "conj", "advcl", "dobj")):
            continue
        relative = [c for c in token.children if c.dep_ in ("det", "dobj") and c.lower_ in ("which", "that") and subject is not None and c.i < subject.i]
        if token.dep_ == "dobj" and aspect is None and not relative:
            continue  # ("wants Turkey arms and funds": a noun object)
        tag = {"ing": "VBG", "s": "VBZ"}.get(form, "VBP")
        for verb in (token, second[0]):
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", tag, _cue_verb_base(verb, lexicon)
        if aspect is not None:
            token.dep_ = "xcomp"
            continue
        if relative and token.dep_ == "dobj" and relative[0].i > 1 and doc[relative[0].i - 1].text == ",":
            described = doc[relative[0].i - 2]  # "attacked the militias of the government, which Qatar and Turkey arm": its clause
            if described.pos_ in ("NOUN", "PROPN"):
                _reattach(token, described, "relcl")
        _reattach(subject, token, "nsubj")
        for pronoun in relative:
            _reattach(pronoun, token, "dobj")


def _name_like(token: Token) -> bool:
    """A noun, or a capitalised word the tagger took for something else ("the LAAF" as a verb)."""
    return token.tag_.startswith("NN") or (token.text[:1].isupper() and token.pos_ in ("VERB", "AUX", "ADJ", "X"))


def _after_comma(noun: Token) -> bool:
    """The noun's phrase starts right after a comma (which the parser may hang on the noun itself)."""
    first = noun.left_edge
    return first.text == "," or (first.i > 0 and noun.doc[first.i - 1].text == ",")


# The words of a noun phrase before its noun: "Libya's" in "reopened Libya's embassy" (verb_read_as_modifier).
OBJECT_PREMODIFIER_DEPS = frozenset({"poss", "case", "det", "amod", "compound", "nummod"})


def verb_read_as_modifier_of_its_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Merkel hosted Sarraj and Haftar in Berlin but got nothing": the parser can read a name's past-tense verb as a
    modifier of the name after it ("Merkel-hosted Sarraj"), make that name the sentence's root and hang the clause's
    next verb on it. A cue verb in -ed between a name that opens the sentence and a name that is its root heads the
    sentence: the name before is its subject, the name it modified its object, and what hangs on that name after it
    (a coordinated verb with its conjunction, a preposition, the final stop) is the verb's; the name's own list stays."""
    for verb in (doc[i] for i in _index(doc, lexicon).ed_words):
        if verb.dep_ not in ("amod", "compound") or verb.i == 0 or lexicon.verbs.get(verb.lemma_.lower()) is None:
            continue
        obj, subject = verb.head, doc[verb.i - 1]
        if obj.dep_ != "ROOT" or obj.pos_ != "PROPN" or obj.i != verb.i + 1 or subject.pos_ != "PROPN" or subject.head.i not in (verb.i, obj.i):
            continue
        first = subject
        while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == subject.i:
            first = doc[first.i - 1]
        sent = verb.sent
        if first.i != sent.start:
            continue  # the name opens the sentence: no verb before it could be the clause's
        saved = reading_of(sent)
        verb.pos_, verb.tag_ = "VERB", "VBD"
        verb.head, verb.dep_ = verb, "ROOT"
        obj.head, obj.dep_ = verb, "dobj"
        _reattach(subject, verb, "nsubj")
        clause_verbs = {c.i for c in obj.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > obj.i}
        for child in [c for c in obj.children if c.i > obj.i]:
            joins_clause = child.dep_ in ("cc", "punct") and child.i + 1 in clause_verbs
            if child.i in clause_verbs or joins_clause or child.dep_ == "prep" or (child.dep_ == "punct" and child.i == sent.end - 1):
                _reattach(child, verb, child.dep_)
        restore_unless_one_tree(sent, saved)


def verb_read_as_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"Cairo's support of the LNA worried Algeria", "Paris's support of Haftar angered Rome": after
    a noun's prepositional phrase the parser can read the clause's past-tense verb (a lower-case
    word in -ed, whatever its tag) as a modifier of the noun after it ("angered Rome" inside the
    of-phrase), leaving the clause without its verb: the noun is the root, the subject of a
    reporting verb after it ("..., officials said"), or an apposition to a fronted time phrase
    ("Last spring, ..."). The verb heads the clause: the noun phrase before is its subject, the
    name just before the verb goes back to the preposition, and the noun the verb modified is its
    object. A cue participle after a name ("the Haftar backed militias") is a compound adjective."""
    for verb in (doc[i] for i in _index(doc, lexicon).ed_words):
        if verb.dep_ not in ("amod", "compound", "nmod") or not verb.text.islower() or not verb.lower_.endswith("ed"):
            continue
        if verb.lower_ in lexicon.hyphen_participles:
            continue
        named = next((t for t in reversed(doc[: verb.i]) if not t.is_space), None)
        obj = verb.head
        if named is None or obj.i <= verb.i or obj.pos_ not in ("PROPN", "NOUN"):
            continue
        if obj.i - verb.i > 2 and not (obj.i - verb.i <= 5 and all(t.dep_ in OBJECT_PREMODIFIER_DEPS for t in doc[verb.i + 1 : obj.i])):
            continue  # only the object's own words between: "allied with Haftar reopened Libya's embassy"
        trailing: list[Token] = []
        if obj.dep_ == "pobj":
            prep = obj.head
            noun = prep.head
            if noun.dep_ == "acl" and noun.tag_ == "VBN" and noun.head.i < noun.i:
                noun = noun.head  # "the administration allied with Haftar reopened ...": the participle's noun
            elif noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head  # "Units loyal to the GNA routed ...": the adjective's noun
            elif noun.dep_ == "ROOT" and noun.tag_ in ("VBD", "VBN") and noun.lower_ in lexicon.adjectives:
                # "Fighters allied to the GNA routed Haftar's forces from Gharyan": the participle of alignment was
                # read as the clause's verb; it describes its subject, and what follows the object is the verb's
                subject = next((c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i and c.pos_ in ("NOUN", "PROPN")), None)
                if subject is None or named.i <= prep.i:
                    continue
                participle, noun = noun, subject
                trailing = [c for c in participle.children if c.i > obj.i]
                noun.head, noun.dep_ = noun, "ROOT"
                _reattach(participle, noun, "acl")
            if named.head.i not in (verb.i, obj.i) or not _name_like(named) or named.i <= prep.i:
                continue
        elif obj.dep_ == "appos" and named.text == ",":
            # "Russia's backing of Haftar, a key player in the conflict, worried Algeria": the object
            # was read as a second apposition; the clause's subject is the phrase it hangs in.
            prep, noun = None, obj.head
            while noun.dep_ in ("pobj", "prep", "appos", "conj", "poss", "compound") and noun.head.i != noun.i:
                noun = noun.head
        else:
            continue
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        fronted, dep = None, "ccomp"
        root = noun.sent.root
        if noun.dep_ == "ROOT":
            place = None
        elif noun.dep_ == "nsubj" and noun.head.i > obj.i and noun.head.lemma_.lower() in lexicon.reporting_verbs:
            place = noun.head
        elif _after_comma(noun) and root.i < noun.left_edge.i:
            place, fronted = None, root  # "Last spring, ...", "As the fighting spread, ...", "Near the coast, ..."
        else:
            # Where the clause belongs in a sentence parsed this badly is unclear; at least the verb's
            # object is no longer read as the preposition's: the verb describes the noun.
            place, dep = noun, "acl"
        verb.pos_, verb.tag_ = "VERB", "VBD"
        if place is None:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            _reattach(verb, place, dep)
        _reattach(obj, verb, "dobj")
        if prep is not None:
            _reattach(named, prep, "pobj")
            if not named.tag_.startswith("NN"):
                named.pos_, named.tag_ = "PROPN", "NNP"  # "the LAAF", tagged as a verb
            for token in doc[prep.i + 1 : named.i]:
                if token.head.i in (obj.i, verb.i):
                    _reattach(token, named, "det" if token.pos_ == "DET" else "compound")
        old_root = fronted if fronted is not None else noun
        if place is None:
            for token in [c for c in old_root.children if c.dep_ == "punct" and c.i > verb.i]:
                _reattach(token, verb, "punct")
        if dep != "acl":
            _reattach(noun, verb, "nsubj")
        for token in trailing:
            _reattach(token, verb, token.dep_)
        if fronted is not None:
            _reattach(fronted, verb, "advcl" if fronted.pos_ in ("VERB", "AUX") else "prep" if fronted.pos_ == "ADP" else "npadvmod")


def hyphen_noun_split(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar launched a counter-offensive against the GNA": the tokenizer splits a hyphenated
    noun cue of the lexicon into three tokens, and the tagger may read its last part as an
    adjective ("offensive") and hang all three on the verb. The last part is the noun: it takes
    the phrase's place, the first part is its compound, the hyphen its punctuation."""
    for hyphen in (doc[i] for i in positions_in(doc, ORTH, HYPHEN_FORMS)):
        if hyphen.i == 0 or hyphen.i + 1 >= len(doc):
            continue
        first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_ or hyphen.whitespace_ or f"{first.lower_}-{last.lower_}" not in lexicon.nouns:
            continue
        parts = (first, hyphen, last)
        inside = {t.i for t in parts}
        outside = [t for t in parts if t.head.i not in inside or t.head.i == t.i]
        if last.pos_ == "NOUN" and outside == [last]:
            continue  # read right already
        place = outside[0] if outside else first
        head, dep = (last, "ROOT") if place.head.i == place.i else (place.head, place.dep_)
        last.pos_, last.tag_, last.lemma_ = "NOUN", "NN", last.lower_
        if head.i == last.i:
            last.head, last.dep_ = last, "ROOT"
        else:
            _reattach(last, head, dep)
        for child in [c for t in (first, hyphen) for c in t.children if c.i not in inside]:
            _reattach(child, last, child.dep_)
        _reattach(first, last, "compound")
        _reattach(hyphen, last, "punct")


def prefixed_verb_split(doc: Doc, lexicon: Lexicon) -> None:
    """"Italy and France co-chaired talks between ...", "The US re-imposed sanctions on Iran": the tokenizer
    splits a verb with a hyphenated prefix (lexicon.verb_prefixes) into three tokens, and the tagger reads the
    prefix as the verb (or the three as modifiers of the object). The last part is the verb: it takes the
    place of the part that headed the clause (or of the object it was read into), the prefix hangs on it,
    and it is read by its own lemma (unless the lexicon lists the prefixed verb); so is a bare verb the tagger
    read as an adjective after a prefix it made the verb ("Russia and Turkey will co-host talks")."""
    for hyphen in (doc[i] for i in positions_in(doc, ORTH, HYPHEN_FORMS)):
        if hyphen.i == 0 or hyphen.i + 1 >= len(doc):
            continue
        first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_ or hyphen.whitespace_ or first.lower_ not in lexicon.verb_prefixes:
            continue
        # "re-imposed" read as an adjective: the verb it is the past of
        past = next(
            (b for b in (last.lower_[:-1], last.lower_[:-2]) if b in lexicon.verbs or b in lexicon.light_verbs or b in lexicon.transfer_verbs),
            None,
        ) if last.tag_ == "JJ" and last.lower_.endswith("ed") else None
        # "will co-host talks": the bare verb read as an adjective while the prefix is read as the verb
        bare = (
            not last.tag_.startswith("VB") and past is None and first.tag_.startswith("VB")
            and last.lower_ in lexicon.verbs and last.i + 1 < len(doc) and doc[last.i + 1].pos_ in ("NOUN", "DET", "PROPN")
        )
        if not last.tag_.startswith("VB") and past is None and not bare:
            continue
        parts = (first, hyphen, last)
        inside = {t.i for t in parts}
        heads = [t for t in (first, hyphen) if t.head.i not in inside or t.head.i == t.i]
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if last.head.i not in inside and last.dep_ not in ("amod", "compound") and all(t.head.i == last.i for t in heads):
            pass  # read right already, but for the prefix: hang it on the verb
        elif after is not None and after.pos_ == "NOUN" and all(t.head.i == after.i for t in parts):
            # "The US re-imposed sanctions on Iran": all three read as the object's modifiers
            # (or a name read as the prefix's modifier: "Rome co-chaired talks")
            subject = next((c for t in parts for c in t.children if c.dep_ in ("nsubj", "compound", "nmod") and c.i < first.i and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if subject is None:
                continue
            if after.head.i == after.i:
                last.head, last.dep_ = last, "ROOT"
            else:
                _reattach(last, after.head, after.dep_)
            _reattach(after, last, "dobj")
            _reattach(subject, last, "nsubj")
        elif heads and heads[0].dep_ not in ("amod", "compound", "nmod"):
            place = heads[0]  # "co" read as the verb: the verb takes its place and its arguments
            if place.head.i == place.i:
                last.head, last.dep_ = last, "ROOT"
            else:
                _reattach(last, place.head, place.dep_)
        else:
            continue
        for child in [c for t in (first, hyphen) for c in t.children if c.i not in inside]:
            # "Turkey re-armed the GNA": the subject read as the prefix's modifier
            _reattach(child, last, "nsubj" if child.dep_ in ("compound", "nmod") and child.i < first.i else child.dep_)
        if past is not None:
            last.tag_, last.lemma_ = "VBD", past
        elif bare:
            last.tag_, last.lemma_ = "VB", last.lower_
        last.pos_ = "VERB"
        _reattach(first, last, "dep")
        _reattach(hyphen, last, "punct")
        if f"{first.lower_}-{last.lemma_.lower()}" not in lexicon.verbs:
            # the verb is read by its own lemma ("chair"), not as the compound ("co-chair") grammar.lemma makes of
            # a word after a hyphen
            doc.user_data[AFTER_HYPHEN_KEY] = (len(doc), after_hyphen(doc) - {last.i})


def seat_read_as_verbs_place(doc: Doc, lexicon: Lexicon) -> None:
    """"received weapons from its ally in Ankara", "Haftar's backers in Abu Dhabi": the parser hangs "in" and a
    capital on the verb, as where it happened, when it follows a role noun someone owns (lexicon.nouns with an
    identity) that says whose the capital's government is to that one. It is the noun's, as "officials in Ankara"."""
    for token in (doc[i] for i in positions_in(doc, LOWER, IN_FORMS)):
        if token.dep_ != "prep" or token.i == 0 or token.head.pos_ not in ("VERB", "AUX"):
            continue
        noun = doc[token.i - 1]
        cue = lexicon.nouns.get(noun.lemma_.lower())
        if noun.pos_ != "NOUN" or cue is None or cue.identity is None or not any(c.dep_ == "poss" for c in noun.children):
            continue
        place = next((c for c in token.children if c.dep_ == "pobj"), None)
        if place is not None and place.pos_ == "PROPN" and noun.head.i != token.i:
            _reattach(token, noun, "prep")


def subject_swallowed_by_fronted_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"..., after a week of heavy fighting around the coastal towns and the main airport road, Italy
    and Malta signed a migration agreement": after a long fronted phrase ending in a list, the parser
    runs the list on into the subject, and the verb has none. Names right after the phrase's comma,
    hung on a noun before it, directly followed by a finite verb with no subject, are its subject."""
    named: dict[int, set[str]] | None = None
    for comma in _index(doc, lexicon).commas:
        name = _proper_name_at(doc, comma + 1)
        if name is None:
            continue
        if name.dep_ not in ("conj", "appos") or name.head.i >= comma:
            continue
        if any(t.pos_ != "PROPN" and t.lower_ not in (",", "the", *LIST_CONJUNCTIONS) for t in name.subtree):
            named = dictionary_actors_at(doc) if named is None else named
            if any(t.i not in named and t.lower_ not in (",", "the", *LIST_CONJUNCTIONS) for t in name.subtree):
                continue  # only names ("the Government of National Accord" is one)
        end = max(t.i for t in name.subtree)
        verb = doc[end + 1] if end + 1 < len(doc) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("aux", "auxpass"):
            continue
        opener = _ing_opener_read_as_subject(name, verb, comma)
        if opener is not None:
            # "Meeting in Istanbul, Putin and Erdogan called on ...": the opening -ing word is the verb's adverbial
            opener.tag_, opener.pos_ = "VBG", "VERB"
            _reattach(opener, verb, "advcl")
        elif name.head.pos_ != "NOUN" and not (name.head.pos_ == "PROPN" and _opens_sentence_before(name.head, verb, comma)):
            continue  # hung on a common noun of the phrase ("road"), or on the last name of a phrase that opens the
            # sentence ("At a meeting in Abu Dhabi, Sarraj and Haftar agreed"), not a list of names before the comma
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        _reattach(name, verb, "nsubjpass" if passive else "nsubj")
        _reattach(doc[comma], verb, "punct")


def _ing_opener_read_as_subject(name: Token, verb: Token, comma: int) -> Token | None:
    """The -ing word that opens the sentence and that the parser made `verb`'s subject, when its phrase ends at the
    comma and `name` was run into it ("Meeting in Istanbul, Putin and Erdogan called ..."); a gerund subject has no
    comma before its verb ("Meeting in Istanbul helped")."""
    opener = verb.doc[name.sent.start]
    if not opener.lower_.endswith("ing") or opener.dep_ != "nsubj" or opener.head.i != verb.i:
        return None
    inside = [t.i for t in opener.subtree if t.i < comma]
    if not inside or max(inside) + 1 != comma or name.i not in {t.i for t in opener.subtree}:
        return None
    return opener


def _opens_sentence_before(name: Token, verb: Token, comma: int) -> bool:
    """Whether `name` ends, at the comma, a prepositional phrase hung on `verb` and fronted before it ("At a meeting in Abu
    Dhabi, ...", "In March, at a meeting in ...")."""
    if comma != max(t.i for t in name.subtree if t.i < comma) + 1:
        return False
    node = name
    while node.dep_ in ("pobj", "prep", "agent", "acl", "compound", "conj", "appos") and node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.dep_ == "prep" and node.head.i == verb.i and node.i < name.i  # ("In March, at a meeting in ...")


def free_relative_designation(doc: Doc, lexicon: Lexicon) -> None:
    """"Ankara condemned what it called Haftar's attacks", "denounced what it described as attacks by
    Haftar": the object of the outer verb is what the free relative names; the parser makes the naming
    verb the object. The named thing takes the clause's place; the naming clause describes it."""
    for what in (doc[i] for i in positions_in(doc, LOWER, WHAT_WORD)):
        if what.lower_ != "what" or what.dep_ != "dobj":
            continue
        naming = what.head
        if naming.lemma_.lower() not in lexicon.designation_verbs or naming.dep_ not in ("ccomp", "dobj", "pobj") or naming.i > what.i + 3:
            continue
        named = [c for c in naming.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ in ("NOUN", "PROPN")]
        named += [p for c in naming.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        governor = naming.head
        if not named or governor.i == naming.i:
            continue
        thing = named[0]
        _reattach(thing, governor, "pobj" if naming.dep_ == "pobj" else "dobj")
        _reattach(naming, thing, "relcl")


def _ends_list(name: Token) -> bool:
    """"..., Iraq, and Nigeria": a name after "and" / "or" (and a comma) that follows a list's second member."""
    doc = name.doc
    i = name.left_edge.i
    if name.pos_ != "PROPN" or i < 2 or doc[i - 1].lower_ not in LIST_CONJUNCTIONS:
        return False
    before = doc[i - 3] if doc[i - 2].text == "," and i >= 3 else doc[i - 2]
    while before.dep_ == "compound" and before.head.i > before.i:
        before = before.head
    return before.pos_ == "PROPN" and before.dep_ == "conj"


CLAUSAL_SUBJECT_DEPS = frozenset({"csubj", "csubjpass"})


def participle_on_subject_read_as_clausal_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"A French frigate taking part in a NATO mission was targeted by a Turkish ship": the parser reads the -ing
    phrase describing the subject noun as a clause that is the verb's subject, with the noun as its own subject. An
    -ing clausal subject whose subject is a common noun with a determiner right before it describes that noun; the
    noun is the verb's subject ("Turkey sending troops angered Cairo", a name, is left as it is)."""
    for participle in (doc[i] for i in positions_in(doc, DEP, CLAUSAL_SUBJECT_DEPS)):
        if participle.tag_ != "VBG":
            continue
        noun = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
        if noun is None or noun.pos_ != "NOUN" or noun.i + 1 != participle.i or not any(c.dep_ == "det" for c in noun.children):
            continue
        verb = participle.head
        _reattach(noun, verb, "nsubjpass" if participle.dep_ == "csubjpass" else "nsubj")
        _reattach(participle, noun, "acl")


def reduced_relative_read_as_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Drones supplied mainly by Ankara to the GNA turned the tide", "Turkish drones delivered to the
    GNA, Iraq, and Nigeria turned the tide": after an adverb or before a list, the parser reads the
    participle describing the subject as the main verb (the noun its subject) and the real main verb
    as its conjunct or adverbial clause. A past form with a subject, no object and no auxiliary (and
    a by-phrase or a "to" phrase, as a passive participle has) followed by a finite verb without a
    subject of its own is the subject's participle; the later verb is the clause's verb. The later verb may be
    finite through its auxiliary ("Fighters allied to Serraj have been battling the LNA")."""
    for verb in (doc[i] for i in _index(doc, lexicon).past):
        if verb.tag_ != "VBD" or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.pos_ != "NOUN" or any(c.dep_ in ("dobj", "aux", "auxpass", "mark", "attr") for c in children):
            continue
        if any(t.pos_ not in ("ADV",) for t in doc[subject.i + 1 : verb.i]):
            continue  # only adverbs between the noun and the participle
        if not any(c.dep_ == "agent" or (c.dep_ in ("prep", "dative") and c.lower_ == "to") for c in children if c.i > verb.i):
            continue
        main = next((c for c in children if c.i > verb.i and c.dep_ in ("conj", "advcl", "ccomp") and _finite(c)), None)
        if main is None or any(c.dep_ == "mark" for c in main.children):
            continue
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        if main.dep_ == "ccomp" and subjects:
            continue  # "officials allied to X said Y shelled ...": a said-clause has its own subject
        if not all(_ends_list(c) for c in subjects):
            continue  # a clause with a subject of its own, not the list's last name split off
        _take_place(main, verb)
        for child in children:
            if child.dep_ in ("punct", "cc") and child.i > main.left_edge.i - 3 and child.i < main.i:
                _reattach(child, main, child.dep_)
        _reattach(subject, main, "nsubj")
        _reattach(verb, subject, "acl")
        verb.tag_ = "VBN"
        for child in children:
            if child.dep_ == "agent" or child.lower_ == "by" and child.dep_ == "prep":
                child.dep_ = "agent"


def _finite(verb: Token) -> bool:
    """A finite verb, or one whose auxiliary is ("have been battling", "will fight")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in (*FINITE_TAGS, "MD") for c in verb.children)


FINITE_TAGS = ("VBD", "VBZ", "VBP")


def verb_read_as_noun_after_agent(doc: Doc, lexicon: Lexicon) -> None:
    """"Syrian fighters sent by Turkey fight for the GNA", "Mercenaries paid by the UAE back Haftar": after a
    participle's by-phrase, the parser reads the subject's present verb as a noun the name modifies ("Turkey
    fight"), as an adverb, or as a verb whose subject is the by-phrase's last name ("by Turkey, Tunisia and
    Malaysia fight"), and the noun the participle describes heads a sentence with no verb (or is taken as a
    later reporter's subject: "..., Sisi said"). A cue verb's form right after the by-phrase's names that
    agrees with that noun is the clause's verb: the noun its subject, the names the by-phrase's objects."""
    for by in (doc[i] for i in _index(doc, lexicon).by):
        participle = by.head
        subject = participle.head
        if by.dep_ != "agent" or participle.dep_ != "acl" or subject.pos_ != "NOUN" or participle.i > by.i:
            continue
        sent = by.sent
        members = _names_after(doc, by.i + 1, sent.end)
        at = _skip_spaces(doc, members[-1][1]) if members else sent.end  # (the blank an aside left)
        if at >= sent.end:
            continue
        verb = doc[at]
        if verb.pos_ == "PROPN" or not _is_cue_verb(verb, lexicon) or verb.lower_.endswith("s") == (subject.tag_ == "NNS"):
            continue  # a verb agrees with the subject: "fighters ... fight", "the militia ... fights"
        reporter = subject.head if subject.dep_ == "nsubj" and subject.head.i > verb.i and subject.head.lemma_ in lexicon.reporting_verbs else None
        if subject.dep_ != "ROOT" and reporter is None:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < members[-1][0] for c in verb.children):
            continue  # a verb with a subject of its own before the by-phrase's names
        stop = reporter.left_edge.i if reporter is not None else sent.end
        after = [t for t in doc[verb.i + 1 : stop] if t.head.i <= verb.i and t.head.i != t.i]
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"
        if reporter is None:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = reporter, "ccomp"
        _reattach(subject, verb, "nsubj")
        _reattach(doc[members[0][1] - 1], by, "pobj")
        _attach_list(doc, members)
        for token in after:
            dep = "dobj" if token.dep_ in ("appos", "npadvmod", "dobj", "compound") else token.dep_
            _reattach(token, verb, dep)


def _ends_name(token: Token) -> bool:
    """`token` ends a name: a proper noun, or a noun a proper noun modifies ("the Tripoli government")."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def participle_on_earlier_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"pits the GNA, backed by Turkey, against Haftar, backed by the UAE", "between Sarraj, supported by Ankara,
    and Haftar, armed by Abu Dhabi": the parser hangs the second participle set off by a comma (a passive one,
    with its by-phrase) on the first name, so the UAE backs the GNA. A participle phrase right after a name and
    its comma describes that name, the nearest one, when the name is an argument of its own (an object, a
    preposition's object, an apposition). Left as parsed: a name that is itself a participle's agent ("the GNA,
    backed by Turkey, funded by Qatar": the stacked participles share their host) or sits in a noun's
    of-phrase ("the envoy of the GNA, backed by the UN": the parse cannot tell which of the two it describes).
    So is one after the last name of a list ("a truce between the GNA and the LNA, mediated by Russia": the
    truce, or the two sides). A participle the parser hangs on the verb (an adverbial clause: "Haftar attacked
    the GNA, backed by Egyptian jets") is left too, except inside a list of names ("between the GNA, supported
    by Turkey, and the LNA"), where it cannot describe the subject."""
    for comma in _index(doc, lexicon).commas:
        if comma < 1 or comma + 2 >= len(doc):
            continue
        name, participle = doc[comma - 1], doc[comma + 1]
        # (the tagger can read "backed" before an adverb as a past verb, "backed reportedly by": acl says otherwise)
        if participle.tag_ not in ("VBN", "VBD") or participle.dep_ not in ("acl", "advcl") or name.dep_ not in ("pobj", "dobj", "appos"):
            continue
        if participle.tag_ == "VBD" and participle.dep_ != "acl" or not _ends_name(name):
            continue
        if not any(c.dep_ == "agent" for c in participle.children) or participle.head.i >= name.i:
            continue
        if name.dep_ == "pobj" and (name.head.dep_ == "agent" or name.head.lower_ == "of" and not name.head.head.text[:1].isupper()):
            continue  # ("the Government of National Accord, backed by ...": "of" inside the name)
        if participle.dep_ == "advcl":
            closing = participle.right_edge.i + 1
            if closing + 1 >= len(doc) or doc[closing].text != "," or doc[closing + 1].lower_ not in LIST_CONJUNCTIONS:
                continue
        _reattach(participle, name, "acl")
        _reattach(doc[comma], name, "punct")


def participle_read_as_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"Armed reportedly by Russia, the LNA advanced", "Armed chiefly by Egypt, Russia, and the UAE,
    Haftar ... pushed west": with an adverb after it the tagger reads a fronted participle as an
    adjective, and the parser may make it the subject; or it keeps the participle ("Funded mainly by
    Qatar") but reads "by" as a plain preposition. A word in -ed tagged as an adjective, or a past
    participle, with a by-phrase naming someone is the passive participle and "by" its agent; at the
    start of a sentence it is an adverbial clause of the main verb."""
    for token in dict.fromkeys(doc[i].head for i in _index(doc, lexicon).by):
        if not (token.tag_ == "JJ" and token.lower_.endswith("ed") or token.tag_ == "VBN"):
            continue
        by = next((c for c in token.children if c.lower_ == "by" and c.dep_ in ("agent", "prep")), None)
        if by is None or token.tag_ == "VBN" and by.dep_ == "agent" or not any(_names_someone(p) for p in by.children if p.dep_ == "pobj"):
            continue
        if token.tag_ == "VBN":
            by.dep_ = "agent"
            continue
        word = token.lower_
        stem = next((w for w in (word[:-2], word[:-1], f"{word[:-3]}y", word[:-3]) if w in lexicon.verbs), word)
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBN", stem  # "armed" -> "arm", "supplied" -> "supply"
        by.dep_ = "agent"
        if token.i == token.sent.start and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
            token.dep_ = "advcl"


RELATIVIZERS = frozenset({"that", "which", "who", "whom"})


SUBJECT_PRONOUN_NUMBER = {"it": False, "they": True, "he": False, "she": False}


def resumptive_pronoun_in_relative_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt, that it supports Haftar, ...", "the GNA, that Turkey supports it, ...", "Egypt, which it supports
    Haftar": translated Arabic keeps a pronoun for the antecedent inside a relative clause, and the parser reads
    "that" as a mere conjunction (or "which" as a second object), so the clause never reaches the antecedent. In
    a relative clause whose "that" is read as a conjunction (or whose "which" is one of two objects), a pronoun
    subject or object of the same number as the antecedent is the relative pronoun's place. Not "Egypt, which
    it considers a threat" (one object: "it" is someone else)."""
    # from each relative word (few) to the clause it opens, not over every token
    verbs = {doc[i].head.i: doc[i].head for i in positions_in(doc, LOWER, RELATIVIZERS)}
    for verb in (verbs[i] for i in sorted(verbs)):
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            continue
        children = list(verb.children)
        objects = [c for c in children if c.dep_ == "dobj"]
        relativizer = next(
            (c for c in children if c.lower_ in RELATIVIZERS and c.i < verb.i and (c.dep_ == "mark" or (c.dep_ == "dobj" and len(objects) > 1))),
            None,
        )
        if relativizer is None:
            continue
        plural = verb.head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in verb.head.children)
        subject = next((c for c in children if c.dep_ == "nsubj" and c.lower_ in SUBJECT_PRONOUN_NUMBER), None)
        obj = next((c for c in objects if c.lower_ in OBJECT_PRONOUN_NUMBER and c.i > verb.i), None)
        if subject is not None and SUBJECT_PRONOUN_NUMBER[subject.lower_] == plural:
            subject.dep_, relativizer.dep_ = "dep", "nsubj"
        elif obj is not None and OBJECT_PRONOUN_NUMBER[obj.lower_] == plural and any(c.dep_ == "nsubj" for c in children):
            obj.dep_, relativizer.dep_ = "dep", "dobj"


PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})


# Quantifiers that float off a plural subject to stand before its verb ("have each backed", "have both armed").
FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})


def perfect_participle_read_as_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia has long armed Haftar", "Cairo had quietly backed the LNA": after "has" and an adverb the tagger
    reads the past participle of a cue verb as an adjective on the next name, and "has" becomes the main verb
    with the name as its object. "has" / "have" / "had" heading a clause, then adverbs, then an adjective in
    -ed whose verb is a cue and which modifies the auxiliary's object: the participle is the clause's verb, the
    auxiliary its auxiliary, the name its object. Not "has armed groups in the south" read right (the
    adjective's noun is no object of "has"), nor "has long-standing ties" (no cue verb). In a relative clause the
    tagger does it with no adverb between them ("the UAE, which has armed Haftar, ..."): a participle read as a
    modifier of the name counts too, and so does one after a floating quantifier ("have each backed Haftar")."""
    for auxiliary in (doc[i] for i in positions_in(doc, LOWER, PERFECT_AUXILIARIES)):
        at = _skip_adverbs(doc, auxiliary.i + 1)
        # a floating quantifier may stand between them ("Egypt, France and Russia have each backed Haftar")
        floating = doc[at] if at + 1 < len(doc) and doc[at].lower_ in FLOATING_QUANTIFIERS else None
        at = _skip_adverbs(doc, at + 1) if floating is not None else at
        if at >= len(doc) or auxiliary.pos_ not in ("AUX", "VERB"):
            continue
        participle = doc[at]
        obj = participle.head
        if participle.pos_ not in ("ADJ", "VERB") or participle.dep_ != "amod":
            continue
        if obj.pos_ != "PROPN" or (base := _cue_verb_of_past_form(participle.lower_, lexicon)) is None:
            continue  # "has long armed groups": a plain noun after the adjective may be what it describes
        if obj.dep_ == "ROOT" and auxiliary.head.i == obj.i and floating is not None:
            # "Egypt and the UAE have both armed Haftar": the name made the root, with the clause's words on it
            participle.pos_, participle.tag_, participle.lemma_ = "VERB", "VBN", base
            participle.head, participle.dep_ = participle, "ROOT"
            for child in [c for c in obj.children if c.i < obj.i and c.i != participle.i or c.dep_ == "punct"]:
                _reattach(child, participle, child.dep_)
            _reattach(floating, participle, "advmod")
            _reattach(obj, participle, "dobj")
            for word in doc[auxiliary.i + 1 : participle.i]:
                if word.dep_ == "neg":
                    _reattach(word, participle, "neg")  # "have not both armed Haftar"
            continue
        if obj.dep_ != "dobj" or obj.head.i != auxiliary.i:
            continue
        participle.pos_, participle.tag_, participle.lemma_ = "VERB", "VBN", base
        participle.head, participle.dep_ = auxiliary.head if auxiliary.dep_ != "ROOT" else participle, auxiliary.dep_
        if auxiliary.dep_ == "ROOT":
            participle.head = participle
        for child in list(auxiliary.children):
            _reattach(child, participle, child.dep_)
        auxiliary.pos_ = "AUX"
        _reattach(auxiliary, participle, "aux")
        _reattach(obj, participle, "dobj")
        if floating is not None:
            _reattach(floating, participle, "advmod")
        for word in doc[auxiliary.i + 1 : participle.i]:
            if word.dep_ == "neg":
                _reattach(word, participle, "neg")  # "have not each backed Haftar"


def relative_without_passive_auxiliary(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's militias, who backed by the UAE and Egypt, shelled Tripoli", "the GNA, which supported by Turkey,
    ...": translated press drops the passive auxiliary after a relative pronoun, and the parser reads an active
    clause whose subject is the pronoun and whose by-phrase is a mere preposition. A relative pronoun right
    before (adverbs apart) a past form of a cue or sending verb with no object, whose next word is "by": the verb
    is passive, the pronoun its passive subject, the by-phrase its agent. Not a verb whose cue takes "by" as its
    own preposition ("who stood by Haftar"), nor one with an object ("who backed Haftar by sending drones")."""
    for pronoun in (doc[i] for i in positions_in(doc, LOWER, RELATIVIZERS)):
        verb = doc[_skip_adverbs(doc, pronoun.i + 1)] if pronoun.i + 1 < len(doc) else None
        if verb is None or verb.i + 1 >= len(doc) or pronoun.dep_ != "nsubj" or pronoun.head.i != verb.i or verb.dep_ != "relcl":
            continue
        by = doc[verb.i + 1]
        if by.lower_ != "by" or by.head.i != verb.i or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        cue = lexicon.verbs.get(lemma)
        if (cue is None and lemma not in lexicon.transfer_verbs) or (cue is not None and "by" in cue.preps):
            continue
        verb.tag_ = "VBN"
        pronoun.dep_ = "nsubjpass"
        by.dep_ = "agent"


# Verbs that take an object and a bare infinitive ("helped the GNA repel the assault", "let Haftar take the
# city", "made the LNA withdraw"): a closed class of English grammar, not cues.
BARE_INFINITIVE_VERBS = frozenset({"help", "let", "make"})
BARE_INFINITIVE_FORMS = frozenset({"help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes", "made", "making"})
# What may start what a bare infinitive acts on or where: an article, a possessive, a name, a noun, an
# adjective, a preposition or a particle.
_AFTER_INFINITIVE_TAGS = frozenset({"DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "IN", "RP", "CD"})
# Longest object (with its article and possessor) between the verb and its infinitive.
_INFINITIVE_SUBJECT_WORDS = 5


def bare_infinitive_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkish jets helped the GNA repel the assault", "helped Haftar besiege Tripoli", "helped the GNA
    retake Tarhuna": after help, let or make and a named object, the tagger reads the bare infinitive as a
    noun the name modifies ("GNA repel", "besiege Tripoli"), so the verb's object becomes what the infinitive
    acts on ("helped ... Tripoli"). The infinitive is a clause of the verb with the name as its subject, as
    the parser reads "helped the LNA capture the airport". A word tagged a base verb, or a cue verb that is no
    noun cue, counts; a cue that is also a noun ("attack", "ally") only before an article or a possessive
    ("helped the GNA attack the airport", not "helped the GNA attack force" nor "Turkey's ally Sarraj")."""
    for verb in (doc[i] for i in positions_in(doc, LOWER, BARE_INFINITIVE_FORMS)):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in BARE_INFINITIVE_VERBS:
            continue
        start = verb.i + 1
        end = min(len(doc), start + _INFINITIVE_SUBJECT_WORDS + 1)
        infinitive = next((t for t in doc[start:end] if not _in_object_name(t)), None)
        if infinitive is not None and _hyphen_compound_word(infinitive):
            # "helped the UN-backed government repel ...": a hyphen compound and the common noun it describes are the
            # object's too
            rest = [t for t in doc[infinitive.i : end] if not _hyphen_compound_word(t)]
            infinitive = rest[1] if len(rest) > 1 and rest[0].tag_ in ("NN", "NNS") else None
        if infinitive is None or infinitive.i == start or infinitive.i + 1 >= len(doc):
            continue
        subject = doc[infinitive.i - 1]
        if not any(t.pos_ == "PROPN" for t in doc[start : infinitive.i]) or subject.pos_ not in ("PROPN", "NOUN"):
            continue
        if infinitive.dep_ in ("ccomp", "xcomp"):
            continue
        if not (_reads_as_infinitive(infinitive, doc[infinitive.i + 1], lexicon) or _noun_before_possessor(verb, infinitive)):
            continue
        _mend_bare_infinitive(doc, verb, subject, infinitive)


def bare_infinitive_read_as_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey pledged to help fund and arm Haftar's forces", "agreed to help train and advise the government's
    forces": right after help, let or make, the parser reads a bare infinitive with no object of its own as the verb's
    direct object, or hangs the verb coordinated with it on help, so the object they share goes to the second alone.
    A base verb is no object: it is help's clause (xcomp), as the parser reads "help arm Haftar's forces", and a base
    verb after "and" right after it is coordinated with it."""
    for verb in (doc[i] for i in positions_in(doc, LOWER, BARE_INFINITIVE_FORMS)):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in BARE_INFINITIVE_VERBS or verb.i + 3 >= len(doc):
            continue
        infinitive, cc, second = doc[verb.i + 1], doc[verb.i + 2], doc[verb.i + 3]
        if infinitive.tag_ != "VB" or infinitive.head.i != verb.i or infinitive.dep_ not in ("dobj", "xcomp"):
            continue
        if any(c.dep_ in ("dobj", "dative", "prep", "ccomp", "xcomp") for c in infinitive.children):
            continue
        infinitive.dep_ = "xcomp"
        if cc.lower_ in ("and", "or") and second.tag_ == "VB" and second.head.i == verb.i and second.dep_ == "conj":
            second.head = infinitive
            cc.head = infinitive


def _hyphen_compound_word(token: Token) -> bool:
    """A hyphen of a compound, or the word right after it ("UN-backed", "Turkish-made")."""
    doc = token.doc
    return token.text in HYPHEN_FORMS or (token.i > 0 and doc[token.i - 1].text in HYPHEN_FORMS and not doc[token.i - 1].whitespace_)


def _in_object_name(token: Token) -> bool:
    """A word of the object before a bare infinitive: its article, a possessor, a title or the name."""
    return token.tag_ in ("DT", "PRP$", "POS", "NNP", "NNPS") or (token.tag_ in ("NN", "NNS") and token.text[:1].isupper())


def _reads_as_infinitive(word: Token, after: Token, lexicon: Lexicon) -> bool:
    if after.tag_ not in _AFTER_INFINITIVE_TAGS or not word.text.islower():
        return False
    if word.tag_ in ("VB", "VBP"):
        return True
    if word.tag_ != "NN" or (word.lower_ not in lexicon.verbs and word.lower_ not in _phrasal_bases(lexicon)):
        return False
    return word.lower_ not in lexicon.nouns or after.tag_ in ("DT", "PRP$")


_PHRASAL_BASES: dict[int, frozenset[str]] = {}


def _phrasal_bases(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of the lexicon's phrasal cues ("drive" of "drive away"), which may be cues only with their particle."""
    key = id(lexicon.verbs)
    if key not in _PHRASAL_BASES:
        _PHRASAL_BASES[key] = frozenset(word.split(" ", 1)[0] for word in lexicon.verbs if " " in word)
    return _PHRASAL_BASES[key]


# Particles a phrasal verb may put after its object ("drive X away", "push X back", "force X out").
_SPLIT_PARTICLES = frozenset({"away", "back", "out", "off", "down"})


def _noun_before_possessor(verb: Token, word: Token) -> bool:
    """"helped the GNA drive Haftar's forces away": after help, a lower-case noun followed by a possessor ("Haftar's",
    "its") can be no modifier of the possessed noun, since a possessor opens its phrase; it is the infinitive.
    Only after help, which takes no small clause ("made the GNA army Haftar's target" keeps its noun)."""
    if verb.lemma_.lower() != "help" or word.tag_ not in ("NN", "NNS") or not word.text.islower():
        return False
    after = word.doc[word.i + 1]
    return after.tag_ == "PRP$" or (after.tag_ in ("NNP", "NNPS") and after.i + 1 < len(word.doc) and word.doc[after.i + 1].tag_ == "POS")


def _mend_bare_infinitive(doc: Doc, verb: Token, subject: Token, infinitive: Token) -> None:
    """The infinitive a clause of `verb`, `subject` its subject, the phrase after it its object."""
    _reattach(infinitive, verb, "ccomp")
    infinitive.pos_, infinitive.tag_, infinitive.lemma_ = "VERB", "VB", infinitive.lower_
    # what the infinitive acts on: the head of the phrase after it, which the parser may have hung elsewhere
    after = doc[infinitive.i + 1]
    if after.tag_ == "RP":
        _reattach(after, infinitive, "prt")
        after = doc[after.i + 1] if after.i + 1 < len(doc) else after
    if after.tag_ != "IN" and after.i > infinitive.i:
        obj = after
        while obj.head.i > obj.i and obj.dep_ in ("det", "amod", "compound", "poss", "nmod", "case", "nummod"):
            obj = obj.head
        if obj.i > infinitive.i and (obj.head.i != infinitive.i or obj.dep_ in ("appos", "compound", "npadvmod")):
            _reattach(obj, infinitive, "dobj")
        # "drive Haftar's forces away": a particle after the object is the infinitive's
        particle = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(doc) else None
        if particle is not None and particle.lower_ in _SPLIT_PARTICLES and particle.head.i != infinitive.i:
            _reattach(particle, infinitive, "prt")
    elif after.tag_ == "IN" and after.head.i != infinitive.i:
        _reattach(after, infinitive, "prep")
    _reattach(subject, infinitive, "nsubj")
    for word in doc[verb.i + 1 : subject.i]:
        if word.head.i < verb.i + 1 or word.head.i >= subject.i:
            possessor = doc[word.i + 1].tag_ == "POS"
            _reattach(word, subject, "det" if word.tag_ == "DT" else "poss" if possessor or word.tag_ == "PRP$" else "compound")


def predicate_read_as_second_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Sarraj called Ankara a loyal partner and friend of the Libyan people", "Erdogan has called Haftar a putschist and a pirate":
    after a designation verb's object, the small parser reads a long predicate (a list, an of-phrase) as a second
    object, or as an apposition of the object with no comma, where it reads a short one as the object's predicate
    (oprd). After an object of a designation verb (`designation_verbs`), a common noun that is a second object, or
    an apposition with no punctuation before it, is the object's predicate ("called Turkey and Qatar ..." is a list:
    conjuncts, no second object; "Haftar, a putschist," keeps its apposition)."""
    by_verb: dict[int, list[Token]] = {}
    for i in positions_in(doc, DEP, DIRECT_OBJECTS):
        by_verb.setdefault(doc[i].head.i, []).append(doc[i])
    for verb_at, objects_ in by_verb.items():
        verb = doc[verb_at]
        if verb.lemma_.lower() not in lexicon.designation_verbs or objects_[0].i < verb.i:
            continue
        first = objects_[0]
        if len(objects_) == 2:
            predicate = objects_[1]
        elif len(objects_) == 1:
            predicate = next((c for c in first.children if c.dep_ == "appos" and c.i > first.i), None)
        else:
            continue
        if predicate is None or predicate.pos_ != "NOUN" or not first.i < predicate.left_edge.i:
            continue
        if doc[predicate.left_edge.i - 1].is_punct:
            continue  # an apposition set off by a comma
        object_end = max(t.i for t in first.subtree if not (predicate.left_edge.i <= t.i <= predicate.right_edge.i))
        if object_end + 1 != predicate.left_edge.i:
            continue  # something between the two that is neither's (a time phrase)
        predicate.head, predicate.dep_ = verb, "oprd"


def object_read_into_predicate(doc: Doc, lexicon: Lexicon) -> None:
    """"Ankara repeatedly called Haftar a putschist", "called Haftar and Sarraj a threat": the parser may read a
    designation verb's object as a modifier (nmod, compound) of the predicate after it, across the predicate's article.
    A name cannot modify a noun across that noun's article: it is the verb's object, the noun its predicate."""
    for predicate in [doc[i] for i in positions_in(doc, DEP, OBJECT_PREDICATES)]:
        verb = predicate.head
        if verb.lemma_.lower() not in lexicon.designation_verbs or any(c.dep_ == "dobj" for c in verb.children):
            continue
        article = next((c for c in predicate.children if c.dep_ == "det" and c.i < predicate.i), None)
        name = next((c for c in predicate.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i > verb.i), None)
        if article is None or name is None or name.right_edge.i >= article.i:
            continue
        name.head, name.dep_ = verb, "dobj"


def recipient_read_as_goods_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey gave the GNA drones", "the UAE handed Haftar Chinese-made drones": after a verb of giving
    (`transfer_verbs`), the parser reads the recipient's name at the start of the goods' phrase as a modifier
    (compound, nmod) of the goods noun (`aid_nouns`) that is the verb's object, or of a word before it. A verb of
    giving with no other recipient (no dative, no "to" or "for" phrase) has that name as its recipient (dative) and
    the goods as its object. "the GNA's drones" (a possessive) is left alone, and so are people
    (`personnel_nouns`: "sent GNA troops home" are the GNA's troops)."""
    for goods in [doc[i] for i in positions_in(doc, DEP, DIRECT_OBJECTS)]:
        verb = goods.head
        if verb.lemma_.lower() not in lexicon.transfer_verbs or goods.lemma_.lower() not in lexicon.aid_nouns or goods.i < verb.i:
            continue
        if goods.lemma_.lower() in lexicon.personnel_nouns:
            continue  # "sent GNA troops home": the name before people is whose they are
        if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "for") and _names_in(c)) for c in verb.children):
            continue  # a recipient of its own ("for months" is none)
        start = goods.left_edge.i
        article = doc[start] if doc[start].lower_ == "the" else None
        end = _list_member_end(doc, start, goods.i)  # "the GNA", "the Government of National Accord"
        if end is None or end >= goods.i + 1 or any(t.tag_ == "POS" for t in doc[start : goods.i]):
            continue
        name = next((t for t in doc[start:end] if t.pos_ == "PROPN" and not start <= t.head.i < end), None)  # the word hung outside
        if name is None or name.dep_ not in ("compound", "nmod") or not end <= name.head.i <= goods.i:
            continue
        name.head, name.dep_ = verb, "dative"
        for token in doc[start:end]:
            if token.i != name.i and not start <= token.head.i < end:
                token.head = name  # what the parser hung elsewhere stays inside the name
        if article is not None:
            article.head, article.dep_ = name, "det"


def object_read_as_compound_of_predicate(doc: Doc, lexicon: Lexicon) -> None:
    """"The High Council called the vote void", "Athens declared the deal illegal", "called Haftar's offensive
    unacceptable": after a verb of designation (`designation_verbs`), the parser reads the object as a modifier
    (compound, or an adjective when the object is a cue noun the tagger took for one) of the adjective that is the
    predicate, taken for a noun ("the vote void"). A predicate word of the lexicon (hostile_evaluations,
    designation_predicates) with a noun before it in its phrase is the predicate; the noun is the object."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.designation_verbs, lower=True)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.designation_verbs:
            continue
        for predicate in [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.i > verb.i]:
            if not _predicate_word(predicate, lexicon):
                continue
            nouns = [
                c for c in predicate.children
                if c.i == predicate.i - 1
                and ((c.dep_ == "compound" and c.pos_ == "NOUN") or (c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ in lexicon.nouns))
            ]
            if not nouns or predicate.tag_ in ("NNS",):
                continue
            noun = nouns[0]
            if noun.pos_ == "ADJ":
                noun.pos_, noun.tag_ = "NOUN", "NN"  # "called Haftar's offensive unacceptable": the cue noun read as an adjective
            for child in [c for c in predicate.children if c.i < noun.i]:
                _reattach(child, noun, child.dep_)  # "the": the object's article
            _reattach(noun, verb, "dobj")
            predicate.pos_, predicate.tag_ = "ADJ", "JJ"
            _reattach(predicate, verb, "oprd")


def predicate_read_into_object_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Italy called the attack on Tripoli by Haftar unacceptable", "called Haftar's attack on the capital
    unacceptable": after a verb of designation (`designation_verbs`) whose object ends in a prepositional phrase, the
    parser reads the predicate adjective (hostile_evaluations, designation_predicates) as the phrase's object and the
    real object before it as its modifier. The last word of the object's phrase, a predicate word with the noun before
    it hung on it, is the verb's predicate; that noun is the preposition's object."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.designation_verbs, lower=True)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.designation_verbs:
            continue
        for obj in [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]:
            # the last word of the object's phrase, or of a phrase after it the parser hung on the verb
            ends = [obj.right_edge, *(c.right_edge for c in verb.children if c.dep_ == "prep" and c.i > obj.i)]
            predicate = next((t for t in ends if t.pos_ == "ADJ" and t.dep_ == "pobj" and _predicate_word(t, lexicon)), None)
            if predicate is None:
                continue
            noun = next((c for c in predicate.children if c.i == predicate.i - 1 and c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN")), None)
            if noun is None:
                continue
            prep = predicate.head
            for child in [c for c in predicate.children if c.i < noun.i]:
                _reattach(child, noun, child.dep_)  # "the": the object's article
            _reattach(noun, prep, "pobj")
            predicate.tag_ = "JJ"
            _reattach(predicate, verb, "oprd")


def _predicate_word(token: Token, lexicon: Lexicon) -> bool:
    """A word that can say what a verb of designation calls its object: hostile_evaluations, designation_predicates."""
    return token.lower_ in lexicon.hostile_evaluations or token.lower_ in lexicon.designation_predicates


def role_recipient_read_as_goods_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt has given the field marshal air defences", "the UAE sold the eastern commander drones": after a verb of
    giving whose first object may be the recipient (`dative_shift_verbs`), the parser reads a definite phrase headed
    by a person's role (`person_role_nouns`) as modifiers of the goods noun (`aid_nouns`) that is its object, or
    splits it. With no other recipient, the role's phrase is the recipient (dative) and the goods the object."""
    for goods in [doc[i] for i in positions_in(doc, DEP, DIRECT_OBJECTS)]:
        verb = goods.head
        lemma_ = goods.lemma_.lower()
        if verb.lemma_.lower() not in lexicon.dative_shift_verbs or lemma_ not in lexicon.aid_nouns or lemma_ in lexicon.personnel_nouns or goods.i < verb.i:
            continue
        start = verb.i + 1
        while start < goods.i and doc[start].pos_ == "ADV":
            start += 1
        if start >= goods.i or doc[start].lower_ not in ("the", "this", "that") or any(t.tag_ == "POS" for t in doc[start : goods.i]):
            continue
        role = next((t for t in reversed(doc[start + 1 : goods.i]) if t.lemma_.lower() in lexicon.person_role_nouns and t.pos_ in ("NOUN", "PROPN")), None)
        if role is None:
            continue
        if any(c.dep_ == "dative" and not start <= c.i <= role.i for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ in ("to", "for") and _names_in(c) for c in verb.children
        ):
            continue  # a recipient of its own
        _reattach(role, verb, "dative")
        for token in doc[start : role.i]:
            _reattach(token, role, "det" if token.i == start else "amod" if token.pos_ == "ADJ" else "compound")
        for token in doc[role.i + 1 : goods.i]:
            if start <= token.head.i <= role.i or token.head.i == verb.i:
                _reattach(token, goods, "amod" if token.pos_ == "ADJ" else "compound")


def _names_in(phrase: Token) -> bool:
    """Whether a phrase has a proper name in it."""
    return any(t.pos_ == "PROPN" for t in phrase.subtree)


def demonym_after_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"a group of advisers Egyptian visited Benghazi", "paid for the transfer of mercenaries Sudanese of the
    Janjaweed": translated press puts the nationality after its noun (the order of Arabic and French); the parser
    reads it as an apposition, a second object or a noun of its own, so the noun loses its nationality and what
    hangs on it ("of the Janjaweed"). A dictionary demonym (one word, no longer name) right after a lower-case common
    noun, before no word it could modify itself, is that noun's adjective; a phrase hung on it is the noun's."""
    spans = None
    for i in _index(doc, lexicon).capitalised:
        if i == 0 or i + 1 >= len(doc):
            continue
        word, noun = doc[i], doc[i - 1]
        if noun.pos_ != "NOUN" or not noun.text.islower() or doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue  # "the deal Turkish officials signed": the demonym opens the next phrase
        if word.head.i == noun.i and word.dep_ == "amod":
            continue
        if spans is None:
            from extract.parse_repair.verb_first import _name_spans  # (the family that reads the names' kinds)

            spans = _name_spans(doc)
        span = spans.get(i)
        if span is None or span[2] != "demonym" or span[:2] != (i, i + 1):
            continue
        for child in [c for c in word.children if c.dep_ == "prep"]:
            _reattach(child, noun, "prep")
        _reattach(word, noun, "amod")
        if word.head.i == noun.i:
            word.pos_, word.tag_ = "ADJ", "JJ"


OF_WORD = frozenset({"of"})


def gerund_read_as_its_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"restated the supporting of Italy for the GNA", "deplored the attacking of Misrata by the LNA": translated
    press names the act with the verb's -ing form where English has its noun ("the support of Italy for"), and the
    noun cue is not read. An -ing word after an article or possessive and before "of", that the lexicon does not
    know as a noun, whose verb is a cue with a noun of the same form, is that noun."""
    for of in (doc[i] for i in positions_in(doc, LOWER, OF_WORD)):
        if of.i < 2:
            continue
        word = doc[of.i - 1]
        if not word.lower_.endswith("ing") or word.lower_ in lexicon.nouns or of.head.i != word.i:
            continue
        if doc[word.i - 1].tag_ not in ("DT", "PRP$", "POS") and not any(c.dep_ in ("det", "poss") for c in word.children):
            continue  # "for supporting of Haftar" is the verb (gerund_object_after_of)
        stem = word.lower_[:-3]
        base = next((b for b in (stem, f"{stem}e", stem[:-1] if stem[-2:-1] == stem[-1:] else None) if b and b in lexicon.nouns and b in lexicon.verbs), None)
        if base is not None:
            word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", base


def speech_act_read_as_modifier_after_and(doc: Doc, lexicon: Lexicon) -> None:
    """"A shell killed four nurses, and the LNA accused gunmen backing the GNA": after ", and" the tagger reads the
    new clause's past verb of accusing, rejecting or protesting as a participle on the noun after it ("the LNA
    accused gunmen" one noun phrase, the first verb's object), so the name is read as the noun's modifier. Such a
    verb (verbal_categories: no one writes "the LNA accused gunmen" for gunmen the LNA accused) between a name and a
    bare noun, right after "and" and an article, is the verb of a clause joined to the first: the name its
    subject, the noun its object."""
    for verb in (doc[i] for i in _index(doc, lexicon).ed_words):
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD", "JJ") or verb.i < 3 or verb.i + 1 >= len(doc):
            continue
        noun, name = doc[verb.i + 1], doc[verb.i - 1]
        base = _cue_verb_of_past_form(verb.lower_, lexicon)
        cue = lexicon.verbs.get(base) if base is not None else None
        if cue is None or cue.category not in lexicon.verbal_categories or verb.head.i != noun.i or noun.pos_ != "NOUN":
            continue
        start = name.i
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if name.pos_ != "PROPN" or doc[start - 1].lower_ != "the" or start < 2 or doc[start - 2].lower_ != "and":
            continue
        first = noun.head
        if noun.dep_ not in ("dobj", "conj", "pobj") or first.i > start:
            continue
        while first.pos_ not in ("VERB", "AUX") and first.head.i != first.i:
            first = first.head  # the verb the phrase was hung under, as its object or a conjunct of it
        if first.pos_ not in ("VERB", "AUX"):
            continue
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", base
        _reattach(verb, first, "conj")
        _reattach(noun, verb, "dobj")
        _reattach(name, verb, "nsubj")
        _reattach(doc[start - 1], name, "det")
        _reattach(doc[start - 2], first, "cc")


# The forms of "be" a calqued active past is written with ("is downed", "was received").
CALQUE_BE_FORMS = frozenset({"is", "are", "was", "were"})
# Verbs of meeting no one writes with two objects, so a passive of theirs has none ("was received them" is active).
_ONE_OBJECT_MEETING_VERBS = frozenset({"meet", "receive", "host", "visit", "greet"})
# What a calqued active's object may open with: an article, a possessive, a person pronoun, a name, a number.
_OBJECT_START_TAGS = frozenset({"DT", "PRP$", "PRP", "NNP", "NNPS", "CD"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "it"})


def active_read_as_passive(doc: Doc, lexicon: Lexicon) -> None:
    """"The air defence of the GNA is downed an Emirati drone over Zliten", "Sisi was received them in Cairo":
    translated press writes a past or present act with "be" and the participle, and the parser reads a passive
    whose subject is what was acted on, with the real object as a second object. A passive of a hostile cue verb
    (relation opposition) or of a verb of meeting, with no agent, whose participle is followed at once (past a
    particle) by a noun phrase the parser made its object or predicate, is active: English passives keep a second
    object only for verbs of giving, naming, asking, denying or accusing ("Haftar was sent drones", "was called a
    putschist", "was denied entry", "was charged"), which are left alone, as is a time phrase ("was shelled this
    morning") or a by-phrase ("was downed a day later by the GNA")."""
    for i in positions_in(doc, LOWER, CALQUE_BE_FORMS):
        be = doc[i]
        verb = be.head
        if be.dep_ != "auxpass" or verb.tag_ != "VBN" or verb.i != i + 1 + sum(1 for t in doc[i + 1 : verb.i] if t.tag_ == "RB"):
            continue
        if not _acts_on_one_object(verb, lexicon):
            continue
        after = verb.i + 1
        while after < len(doc) and (doc[after].tag_ == "RP" or (doc[after].head.i == verb.i and doc[after].dep_ in ("advmod", "npadvmod") and doc[after].right_edge.i == after)):
            after += 1  # "is downed yesterday a drone", "were shelled heavily the positions"
        if after >= len(doc) or doc[after].tag_ not in _OBJECT_START_TAGS or (doc[after].tag_ == "PRP" and doc[after].lower_ not in _OBJECT_PRONOUNS):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "dative", "npadvmod") and c.left_edge.i == after), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.lemma_.lower() in lexicon.time_nouns:
            continue
        if obj.dep_ == "npadvmod" and not any(t.i in dictionary_actors_at(doc) for t in obj.subtree):
            continue  # read as a measure ("was shelled the whole way"): only a phrase naming an actor is an object
        if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        be.dep_ = "aux"
        if subject is not None:
            subject.dep_ = "nsubj"
        obj.dep_ = "dobj"


def _acts_on_one_object(verb: Token, lexicon: Lexicon) -> bool:
    """A hostile cue verb or a verb of meeting that takes no second object in English."""
    base = verb.lemma_.lower()
    if base in _ONE_OBJECT_MEETING_VERBS:
        return True
    cue = lexicon.verbs.get(base)
    if cue is None or cue.relation != "opposition":
        return False
    two_objects = (lexicon.designation_verbs, lexicon.control_verbs_object, lexicon.prevention_verbs, lexicon.refusal_verbs,
                   lexicon.denial_verbs, lexicon.transfer_verbs)
    return not any(base in words for words in two_objects)


# The forms of the aspectual verbs (calque_aspectual_verbs) a paragraph must have for bare_verb_after_aspectual to run.
ASPECTUAL_FORMS = frozenset({
    "continue", "continues", "continued", "continuing", "start", "starts", "started", "starting",
    "begin", "begins", "began", "begun", "beginning", "resume", "resumes", "resumed", "resuming",
})
# Tags the tagger gives a bare verb after an aspectual verb that lost its "to": a noun, an adverb or particle ("back"), an adjective.
_BARE_VERB_MISTAGS = frozenset({"NN", "RB", "RP", "JJ"})
# What opens the noun phrase such a verb acts on: an article, a possessive, a name.
_BARE_VERB_OBJECT_TAGS = frozenset({"DT", "PRP$", "NNP", "NNPS"})


def bare_verb_after_aspectual(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt and the UAE are continuing supply Haftar with arms", "Russia will continue back the LNA": translated
    press drops the "to" after an aspectual verb (calque_aspectual_verbs), and the tagger reads the bare verb as
    a noun (the aspectual verb's object, or a modifier of the name after it) or an adverb, so the name is nobody's
    object. The bare form of a cue or sending verb right after an aspectual verb, tagged a noun, adverb or
    adjective, before a noun phrase that opens with an article, a possessive or a name, is the aspectual verb's
    complement and that phrase its object. Not a noun before a preposition or a plural ("continued support for
    the GNA", "resumed supply flights"), nor before a time phrase ("resumed attack the next day")."""
    for i in positions_in(doc, LEMMA, lexicon.calque_aspectual_verbs):
        aspect = doc[i]
        if aspect.pos_ != "VERB" or i + 2 >= len(doc):
            continue
        word, after = doc[i + 1], doc[i + 2]
        base = word.lower_
        if word.tag_ not in _BARE_VERB_MISTAGS or not word.text.islower() or after.tag_ not in _BARE_VERB_OBJECT_TAGS:
            continue
        if base not in lexicon.verbs and base not in lexicon.transfer_verbs:
            continue
        obj = after
        while obj.dep_ in ("det", "poss", "amod", "compound", "nummod") and obj.head.i > obj.i and obj.head.i != word.i:
            obj = obj.head
        if obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in lexicon.time_nouns or obj.i <= word.i:
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VB", base
        _reattach(word, aspect, "xcomp")
        _reattach(obj, word, "dobj")


def participle_before_subjectless_passive(doc: Doc, lexicon: Lexicon) -> None:
    """"Egyptian ammunition crates supplied to Haftar by Cairo were unloaded at Benghazi port", "Jordanian armoured
    vehicles refitted in Aqaba were shipped to Benghazi to strengthen Haftar's army": in a long sentence the parser
    reads the participle describing the subject as the clause's verb (the noun its subject) and leaves the real
    passive verb after it with no subject, as its conjunct or as a second clause of a reporting verb; the
    participle's by-phrase then names the doer of an act whose subject is a thing, and the passive's purpose clause
    has no one to control it. A passive verb with no subject whose auxiliary follows at once the phrase of a past
    form with a noun subject, no object and no auxiliary (no "and" or comma between: "advanced on Sirte and were
    repelled" shares its subject) is the clause's verb, the noun its subject and the past form the noun's
    participle."""
    for i in positions_in(doc, LOWER, CALQUE_BE_FORMS):
        be = doc[i]
        passive = be.head
        if be.dep_ != "auxpass" or passive.tag_ != "VBN" or i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in passive.children):
            continue
        if any(t.tag_ != "RB" for t in doc[i + 1 : passive.i]):
            continue
        participle = _participle_ending_at(doc[i - 1], passive)
        if participle is None:
            continue
        subject = next(c for c in participle.children if c.dep_ == "nsubj")
        _take_place(passive, participle)
        for child in [c for c in participle.children if c.i > passive.i]:
            _reattach(child, passive, child.dep_)  # the old verb's full stop, its clauses after the passive
        _reattach(subject, passive, "nsubjpass")
        _reattach(participle, subject, "acl")
        participle.tag_ = "VBN"
        for child in participle.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                child.dep_ = "agent"


def _participle_ending_at(last: Token, passive: Token) -> Token | None:
    """The past form whose phrase ends with `last` (right before the passive's auxiliary), when it has a noun
    subject right before it and no object or auxiliary, and the passive hangs on it or beside it."""
    def phrase_end(verb: Token) -> int:  # (the passive and the full stop may hang on it after `last`)
        return max([verb.i, *(c.right_edge.i for c in verb.children if c.i <= last.i)])

    participle = next((a for a in (last, *last.ancestors) if a.tag_ in ("VBD", "VBN") and a.i <= last.i and phrase_end(a) == last.i), None)
    if participle is None or participle.pos_ != "VERB" or participle.lower_ in CALQUE_BE_FORMS:
        return None
    if last.lower_ in ("and", "or", ",") or not (passive.head.i == participle.i or (passive.head.i == participle.head.i and participle.dep_ != "ROOT")):
        return None
    children = list(participle.children)
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.right_edge.i != participle.i - 1:
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass", "mark", "attr", "cc", "ccomp") for c in children):
        return None
    return participle
# "Both" standing alone as a clause's subject (the two actors named last: extract.coreference, STANDALONE_BOTH).
STANDALONE_BOTH_FORMS = frozenset({"both"})


def standalone_both_read_as_determiner(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt and Jordan share goals in Libya. Both back Haftar": after a sentence-opening "Both" the small model reads
    the cue verb as a noun "Both arm" (its determiner) or as an adverb on the name after it ("Both back Haftar" with
    "Haftar" the root), so the clause has no verb. A sentence-opening "Both" that is no subject, right before a cue
    verb in its base or past form that has no subject of its own, followed by a name or an article, is that verb's
    subject, and the noun phrase after the verb its object. "Both sides back ...", "Both of them" are left alone
    (a noun or "of" follows "Both")."""
    for sent in doc.sents:
        both = doc[sent.start]
        if both.lower_ not in STANDALONE_BOTH_FORMS or both.dep_ in ("nsubj", "nsubjpass") or sent.end - sent.start < 4:
            continue
        verb, after = doc[both.i + 1], doc[both.i + 2]
        base = verb.lower_ if verb.lower_ in lexicon.verbs else _cue_verb_of_past_form(verb.lower_, lexicon) if verb.lower_.endswith("ed") else None
        if base is None or verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if not (after.pos_ == "PROPN" or after.tag_ in ("DT", "PRP$")):
            continue
        obj = after
        while obj.head.i != obj.i and obj.head.i > verb.i and obj.head.i < sent.end and obj.head.pos_ in ("PROPN", "NOUN") and obj.head.i <= obj.i + 4:
            obj = obj.head  # the head of the noun phrase after the verb ("the GNA", "Haftar's forces")
        if obj.pos_ not in ("PROPN", "NOUN") or obj.i < after.i:
            continue
        if verb.head.i == obj.i or obj.dep_ == "ROOT":
            # "Both back Haftar" read as the name with modifiers: the verb takes the name's place
            _take_place(verb, obj)
            for child in list(obj.children):
                if child.i > obj.i and child.dep_ in ("punct", "cc", "conj", "prep", "advcl", "ccomp"):
                    _reattach(child, verb, child.dep_)
        elif verb.dep_ in ("advmod", "amod", "npadvmod", "dep") and verb.head.pos_ == "VERB" and verb.head.i > obj.i:
            # "Both back Haftar, and the kingdom trains his pilots": the verb hung on the next clause's verb leads it
            clause = verb.head
            _take_place(verb, clause)
            _reattach(clause, verb, "conj")
            for child in list(clause.children):
                if child.dep_ in ("cc", "punct") and child.i < clause.i:
                    _reattach(child, verb, child.dep_)
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD" if verb.lower_.endswith("ed") else "VBP", base
        _reattach(obj, verb, "dobj")
        _reattach(both, verb, "nsubj")


def region_adjective_read_as_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Cairo airlifted tribal levies to southern Libya to patrol alongside the LNA", "flew special forces to
    southern Libya in 2019 to protect airstrips for the LNA": the tagger reads "to" as an infinitive's marker and
    the region adjective (`wire_region_adjectives`) as its verb, with the place as that verb's object; the purpose
    clause after it then hangs on the adjective, far from the verb whose subject acts. Before a proper noun, the
    adjective is the place's modifier, "to" the verb's preposition, and what hung on the adjective the verb's."""
    for adjective in (doc[i] for i in positions_in(doc, LOWER, lexicon.wire_region_adjectives)):
        if adjective.lower_ not in lexicon.wire_region_adjectives or adjective.i == 0 or adjective.i + 1 >= len(doc):
            continue
        to, place, verb = doc[adjective.i - 1], doc[adjective.i + 1], adjective.head
        if to.lower_ != "to" or to.dep_ != "aux" or to.head.i != adjective.i or place.pos_ != "PROPN" or place.head.i != adjective.i:
            continue
        if verb.i == adjective.i or verb.pos_ not in ("VERB", "AUX") or verb.i > adjective.i:
            continue
        for child in [c for c in adjective.children if c.i not in (to.i, place.i)]:
            _reattach(child, verb, child.dep_)
        _reattach(to, verb, "prep")
        _reattach(place, to, "pobj")
        _reattach(adjective, place, "amod")
        to.pos_, to.tag_ = "ADP", "IN"
        adjective.pos_, adjective.tag_ = "ADJ", "JJ"


def past_verb_read_as_modifier_of_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Jordan and Sudan armed the LNA's brigades", "Russia and Syria armed Haftar": after a list of names the
    tagger reads a past cue verb that is also an adjective ("armed", "backed") as a modifier of the object after
    it, and the object as the list's apposition: the sentence has no verb. A past form of a cue verb on a noun
    that is the apposition of the root name (or of the name a reporting verb after it took: "..., the report
    said"; or the subject of a depictive read as the clause's verb: "when Jordan and Sudan armed the LNA's
    brigades unchallenged"), right after that name or its list, is the verb: the list its subject, the noun its object
    (the depictive describes the act). Only when the noun names someone (a name, or a noun with a possessor): "Egypt,
    UAE armed forces in joint drills" is a headline about the two armies."""
    index = _index(doc, lexicon)
    names = set(index.capitalised)
    for verb in (doc[i] for i in index.ed_words if i - 1 in names):  # (a name right before the verb)
        obj = verb.head
        if obj.dep_ == "poss" and obj.head.i > obj.i:
            obj = obj.head  # "armed" hung on the possessor of "Haftar's forces"
        if verb.dep_ != "amod" or obj.i <= verb.i or obj.dep_ != "appos" or verb.i == 0:
            continue
        subject = obj.head
        before = doc[verb.i - 1]
        reporter = subject.head if subject.head.i > obj.i and subject.head.lemma_.lower() in lexicon.reporting_verbs else None
        depictive = subject.head if subject.dep_ == "nsubj" and subject.head.i == obj.right_edge.i + 1 and _depictive(subject.head, lexicon) else None
        if (subject.dep_ != "ROOT" and reporter is None and depictive is None) or subject.pos_ != "PROPN" or before.pos_ != "PROPN" or _list_head(before).i != subject.i:
            continue  # (the name just before the verb ends the root name or its list)
        if not (obj.pos_ == "PROPN" or any(c.dep_ == "poss" for c in obj.children)):
            continue
        base = _cue_verb_of_past_form(verb.lower_, lexicon)
        if base is None:
            continue
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", base
        if depictive is not None:
            _take_place(verb, depictive)
            for child in [c for c in depictive.children if c.i != subject.i]:
                _reattach(child, verb, child.dep_)  # "when", a phrase after it
            _reattach(depictive, verb, "advcl")
            depictive.pos_, depictive.tag_ = "ADJ", "JJ"
        elif reporter is not None:
            _reattach(verb, reporter, "ccomp")
        else:
            verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in subject.children if c.i > obj.i or c.dep_ == "punct" and c.i > verb.i]:
            _reattach(child, verb, child.dep_)  # the full stop, a phrase after the object
        _reattach(obj, verb, "dobj")
        _reattach(subject, verb, "nsubj")


def _depictive(token: Token, lexicon: Lexicon) -> bool:
    """A depictive adjective of the lexicon ("armed Haftar unchallenged": parse_depictive_adjectives)."""
    return token.lower_ in lexicon.parse_depictive_adjectives


def depictive_read_as_small_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"The UAE armed Haftar's fighters unchallenged", "Egypt trained Haftar's pilots unhindered": a depictive
    adjective (parse_depictive_adjectives: "unchallenged", "unopposed") after a verb's object is read as the predicate of a small clause whose subject is the
    object, so the verb has no object. After a cue verb with no object of its own, the small clause's subject is
    the verb's object and the adjective describes the act. Designation verbs keep their small clauses ("declared
    the deal unconstitutional": no depictive, and not a cue of this kind). A past cue verb the tagger read as an
    adjective, with a subject of its own, is the verb ("when Russia and Egypt armed Haftar's fighters unchallenged")."""
    for word in (doc[i] for i in positions_in(doc, LOWER, lexicon.parse_depictive_adjectives)):
        if word.dep_ not in ("ccomp", "xcomp", "advcl"):
            continue
        verb = word.head
        obj = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i), None)
        if obj is None or verb.i >= obj.left_edge.i or verb.pos_ not in ("VERB", "ADJ"):
            continue
        base = _cue_verb_of_past_form(verb.lower_, lexicon) if verb.pos_ == "ADJ" else None
        if not (_is_cue_verb(verb, lexicon) or (base is not None and any(c.dep_ == "nsubj" for c in verb.children))):
            continue
        if verb.lemma_.lower() in lexicon.designation_verbs or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if any(t.i not in {s.i for s in obj.subtree} for t in doc[verb.i + 1 : obj.left_edge.i] if t.pos_ != "ADV"):
            continue  # the object follows the verb at once
        if base is not None:
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", base
        _reattach(obj, verb, "dobj")
        _reattach(word, verb, "advcl")
        word.pos_, word.tag_ = "ADJ", "JJ"


def cue_noun_read_as_verb_after_name(doc: Doc, lexicon: Lexicon) -> None:
    """"Sisi affirmed Egypt supports to the efforts of the LNA" (translated press: "Egypt's support to", the
    possessive dropped and the noun in the plural): the tagger reads the plural cue noun as a verb in -s with the
    name before it as its subject, under the verb of saying. A verb in -s followed at once by a preposition its
    noun takes ("support to") and the verb does not, with no object of its own, after a bare name that is its
    subject, as the complement of a verb before it, is that noun: the name its possessor, the noun the outer verb's
    object ("said Egypt supports the GNA" has no preposition: a clause)."""
    for i in _index(doc, lexicon).cues:
        token = doc[i]
        word = token.lemma_.lower()
        if token.tag_ != "VBZ" or token.dep_ != "ccomp" or word not in lexicon.nouns or i < 1 or i + 1 >= len(doc):
            continue
        prep, name, verb = doc[i + 1], doc[i - 1], token.head
        if prep.dep_ != "prep" or prep.head.i != i or not _takes_prep(token, prep, lexicon):
            continue
        cue = lexicon.verbs.get(word)
        if cue is not None and prep.lower_ in cue.preps:
            continue  # a verb of its own with that preposition
        if name.pos_ != "PROPN" or name.dep_ != "nsubj" or name.head.i != i or any(c.dep_ in ("dobj", "aux", "neg") for c in token.children):
            continue
        if verb.i > i:
            continue
        token.pos_, token.tag_ = "NOUN", "NNS"
        _reattach(token, verb, "dobj")
        _reattach(name, token, "poss")


def possessive_gerund_of_prep_cue(doc: Doc, lexicon: Lexicon) -> None:
    """"affirmed his country's standing by the GNA", "praised Cairo's siding with Haftar": a verb whose cue
    is in its preposition ("stand by", "side with"), named by its -ing form with a possessor, is read as a
    noun the lexicon does not know, so no one stands by anyone. Such an -ing word, with its possessor and
    one of the verb's cue prepositions right after it, is the verb's gerund: the possessor its subject."""
    for word in (doc[i] for i in positions_in(doc, POS, NOUN_POS)):
        if not word.lower_.endswith("ing") or word.pos_ != "NOUN" or word.lower_ in lexicon.nouns:
            continue
        stem = word.lower_[:-3]
        base = next((b for b in (stem, f"{stem}e", stem[:-1] if stem[-2:-1] == stem[-1:] else None) if b and b in lexicon.verbs and b not in lexicon.nouns), None)
        if base is None or word.i + 1 >= len(doc):
            continue
        prep = doc[word.i + 1]
        owners = [c for c in word.children if c.dep_ == "poss"]
        if not owners or prep.head.i != word.i or prep.dep_ != "prep" or prep.lower_ not in lexicon.verbs[base].preps:
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBG", base
        owners[0].dep_ = "nsubj"


def set_off_participle_read_as_root(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar, backed chiefly by Egypt and the UAE, launched a new offensive": with an adverb between a participle set
    off by commas and its by-phrase, the parser makes the participle the sentence's verb, the name before it a loose
    modifier and the real verb its conjunct. A participle with a by-phrase, right after a name and a comma, heading
    the sentence, whose conjunct after a comma has no subject of its own, describes the name; the conjunct is the verb
    and the name its subject."""
    for sent in doc.sents:
        participle = sent.root
        _participle_read_as_clause_before_root(doc, sent)
        if participle.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "agent" for c in participle.children):
            continue
        if participle.i < sent.start + 2 or doc[participle.i - 1].text != ",":
            continue
        # the head of the phrase before the comma ("Forces of the GNA, supported ...": "Forces")
        name = doc[participle.i - 2]
        while name.head.i != participle.i and sent.start <= name.head.i < participle.i and name.head.i != name.i:
            name = name.head
        if name.head.i != participle.i or name.dep_ not in ("npadvmod", "nsubj", "nsubjpass", "dep") or name.pos_ not in ("PROPN", "NOUN"):
            continue
        # (a phrase of its own may come first: "..., on Monday recaptured Sabratha")
        verbs = [c for c in participle.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > participle.i and doc[c.left_edge.i - 1].text == ","]
        if len(verbs) != 1 or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verbs[0].i for c in verbs[0].children):
            continue
        verb = verbs[0]
        # ("... from the air by Turkish drones, recaptured Sabratha": the name after the verb was read as its subject)
        after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if after and any(c.dep_ == "dobj" for c in verb.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for obj in after:
            obj.dep_ = "dobj"
        _reattach(name, verb, "nsubj")
        _reattach(participle, name, "acl")
        for child in [c for c in participle.children if c.dep_ in ("punct", "cc") and c.i > verb.i]:
            _reattach(child, verb, child.dep_)


def _participle_read_as_clause_before_root(doc: Doc, sent: Span) -> None:
    """set_off_participle_read_as_root's other reading: "Haftar, backed chiefly by Egypt and the UAE, on Monday launched
    an offensive": the participle is read as a clause of its own before the sentence's verb (advcl), with the name as
    its subject, and the verb is left with none. The name is the verb's subject and the participle describes it."""
    verb = sent.root
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i for c in verb.children):
        return
    # ("..., on Monday recaptured Sabratha": the name after the verb may be read as its subject)
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if after and any(c.dep_ == "dobj" for c in verb.children):
        return
    for participle in [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i and c.tag_ in ("VBN", "VBD")]:
        name = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i and c.pos_ in ("PROPN", "NOUN")), None)
        if name is None or doc[participle.i - 1].text != "," or not any(c.dep_ == "agent" for c in participle.children):
            continue
        if any(c.dep_ == "mark" for c in participle.children):
            continue  # "Haftar, when backed by Egypt, ...": a clause of its own
        for obj in after:
            obj.dep_ = "dobj"
        _reattach(name, verb, "nsubj")
        _reattach(participle, name, "acl")
        participle.tag_ = "VBN"
        return


def participle_with_agent_tagged_past(doc: Doc, lexicon: Lexicon) -> None:
    """"The GNA, backed openly by Turkey, repelled the offensive": with an adverb before its by-phrase the tagger reads
    a participle that describes a noun as a finite past ("backed" VBD), and the constructions take the noun for the
    one who backs. A past form that describes a noun (acl) and has a by-phrase (agent) is the participle."""
    for agent in (doc[i] for i in positions_in(doc, DEP, AGENT_DEPS)):
        token = agent.head
        if token.dep_ == "acl" and token.tag_ == "VBD":
            token.tag_ = "VBN"


def object_of_gerund_list_hung_above(doc: Doc, lexicon: Lexicon) -> None:
    """"accused France of backing, arming and politically shielding Haftar", "of funding, arming and training Haftar's
    forces": in a list of three or more cue verbs in -ing the tagger reads some as nouns ("arming"), and the parser
    chains the list and hangs the object after the last verb on the verb above it (npadvmod), or reads the last verb
    as a modifier of the object ("shielding Haftar" a noun phrase in the list). The members are verbs, each a conjunct
    of the first, and the noun right after the last is its object. Not a list of nouns: one with an article or
    possessor ("Turkey's funding, arming and training of the GNA") or an of-phrase."""
    strings = doc.vocab.strings
    # (the -ing words found from the parse's array: no Token is made for the others)
    endings = [i for i, word in enumerate(doc.to_array(LOWER).tolist()) if 0 < i < len(doc) - 1 and strings[word].endswith("ing")]
    for last in (doc[i] for i in endings):
        obj = doc[last.i + 1]
        if obj.pos_ not in ("PROPN", "NOUN") or _cue_verb_base(last, lexicon) is None:
            continue
        if last.dep_ == "conj" and last.head.i < last.i:
            chain_end = last  # "... and shielding [Haftar]": the last verb, object after it
        elif last.dep_ == "compound" and obj.dep_ == "conj" and last.head.i == obj.i and obj.head.i < last.i:
            chain_end = obj  # "... and shielding Haftar" read as a last noun phrase of the list
        else:
            continue
        members = [chain_end]
        while members[-1].dep_ == "conj" and members[-1].head.i < members[-1].i:
            members.append(members[-1].head)
        members = [last if m.i == obj.i else m for m in members]
        first = members[-1]
        if len(members) < 3 or any(_cue_verb_base(m, lexicon) is None for m in members):
            continue
        if any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of") for m in members for c in m.children):
            continue
        if first.dep_ not in ("pobj", "pcomp", "xcomp", "ROOT", "advcl", "conj", "ccomp", "relcl", "acl"):
            continue
        # ("training Haftar's forces": the object is already the last verb's; only the word classes are wrong)
        has_object = any(c.dep_ == "dobj" and obj.i in {t.i for t in c.subtree} for c in last.children)
        hangs_above = obj.head.i not in {t.i for t in first.subtree} or obj.head.i in {m.i for m in members}
        if not (has_object or hangs_above) or any(c.dep_ == "dobj" and obj.i not in {t.i for t in c.subtree} for c in last.children):
            continue
        for member in members:
            if member.pos_ != "VERB":
                member.pos_, member.tag_, member.lemma_ = "VERB", "VBG", _cue_verb_base(member, lexicon)
        for member in members[:-1]:
            _reattach(member, first, "conj")
        if first.dep_ == "pobj":
            first.dep_ = "pcomp"  # a verb's clause after the preposition, as "of backing and arming Haftar" is read
        if not has_object:
            _reattach(obj, last, "dobj")


def gerund_read_as_modifier_of_its_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey accuses France of shielding Haftar", "criticised Russia for backing Haftar": the tagger may read a cue
    verb in -ing right after a preposition as a modifier (compound, amod) of the name after it, so the phrase is a noun
    phrase with no verb. A cue verb with a relation, in -ing, first after its preposition, is the preposition's clause
    and the noun it modified its object."""
    for verb in (doc[i] for i in positions_in(doc, TAG, VBG_TAG)):
        if verb.tag_ != "VBG" or verb.dep_ not in ("compound", "amod") or verb.i < 1:
            continue
        cue = lexicon.verbs.get(verb.lemma_.lower())
        obj = verb.head
        prep = obj.head
        if cue is None or cue.relation is None or obj.dep_ != "pobj" or prep.i != verb.i - 1 or obj.i <= verb.i:
            continue
        _reattach(verb, prep, "pcomp")
        verb.pos_ = "VERB"
        _reattach(obj, verb, "dobj")
