"""Translated and non-native word order: a verb before its subject, a fronted object with a resumptive
pronoun, a reporter before the speaker, an agent phrase repeated after the verb.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import NAME_MATCHES_KEY, PERSON_KINDS, dictionary_actors_at
from extract.nlp import verb_base_form
from extract.relations.grammar import positions_in
from extract.parse_repair.shared import (
    HYPHEN_FORMS,
    _index,
    _is_cue_verb,
    LIST_CONJUNCTIONS,
    _name_phrase_end,
    OBJECT_PRONOUN_NUMBER,
    _reattach,
    _takes_prep,
)

def second_agent_phrase_split_off(doc: Doc, lexicon: Lexicon) -> None:
    """"was refused by the GNA and also by the HoR", "backed by the UAE and also by Egypt", "condemned by the
    GNA and later by Italy": a second by-phrase after "and" with an adverb (or a comma) is hung on the verb as
    a clause of its own or on a noun before it, so its name is lost or read as the first agent's patient. A
    by-phrase right after "and"/"or" that follows an agent's by-phrase is that agent's conjunct."""
    for by in (doc[i] for i in _index(doc, lexicon).by):
        j = by.i - 1
        while j > 0 and doc[j].pos_ == "ADV":
            j -= 1
        if j < 2 or doc[j].lower_ not in LIST_CONJUNCTIONS:
            continue
        cc = doc[j]
        j -= 1
        if doc[j].lower_ == ",":
            j -= 1
        agent = next((a for a in doc[j].ancestors if a.dep_ == "agent" and a.lower_ == "by" and j <= a.right_edge.i <= cc.i), None)
        if agent is None or (by.dep_ == "conj" and by.head.i == agent.i):
            continue
        _reattach(by, agent, "conj")
        _reattach(cc, agent, "cc")


def repeated_preposition_split_off(doc: Doc, lexicon: Lexicon) -> None:
    """"Qatar stands with the legitimacy in Libya and with the GNA", "Turkey sent drones to the army in Tripoli
    and to the GNA": a preposition repeated after "and" is parallel to its first use, but the parser makes it a
    conjunct of the nearest preposition ("in Libya and with the GNA"), so the verb never reaches its object. A
    preposition after "and"/"or" read as the conjunct of another preposition, inside the phrase of an earlier
    use of the same preposition, is that earlier one's conjunct."""
    for cc in (doc[i] for i in _index(doc, lexicon).conjunctions):
        j = cc.i + 1
        while j < len(doc) and doc[j].pos_ == "ADV":
            j += 1
        if j >= len(doc):
            continue
        prep = doc[j]
        if prep.pos_ != "ADP" or prep.dep_ != "conj" or prep.head.pos_ != "ADP" or prep.head.lower_ == prep.lower_:
            continue
        # the earlier use: on the path above, or beside the preposition it was hung on ("to the army in Tripoli")
        earlier = [*prep.head.ancestors, *(c for c in prep.head.head.children if c.i < prep.head.i)]
        first = next((a for a in earlier if a.pos_ == "ADP" and a.lower_ == prep.lower_ and a.dep_ in ("prep", "agent", "dative")), None)
        if first is None:
            continue
        _reattach(prep, first, "conj")
        _reattach(cc, first, "cc")


def gerund_object_after_of(doc: Doc, lexicon: Lexicon) -> None:
    """"by sending of weapons to the GNA", "for supporting of Haftar": translated press puts the "of" of a
    noun after a verb in -ing that takes a direct object; the parser hangs the object in an of-phrase the verb
    does not read. The object of "of" right after a cue or sending verb in -ing with no article or possessor
    (a verb, not "the sending of weapons") and no object of its own is that verb's object. Not a verb that
    takes "of" ("warning of a Turkish invasion", "accusing of": the reporting verbs and a cue that lists "of")."""
    for token in (doc[i] for i in _index(doc, lexicon).cues):
        if token.tag_ != "VBG" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of":
            continue
        lemma = token.lemma_.lower()
        cue = lexicon.verbs.get(lemma)
        if (cue is None and lemma not in lexicon.transfer_verbs) or (cue is not None and "of" in cue.preps) or lemma in lexicon.reporting_verbs:
            continue  # "warning of", "accusing of" take "of" in English
        if any(c.dep_ in ("det", "poss", "dobj") for c in token.children):
            continue
        of = doc[token.i + 1]
        obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if of.head.i != token.i or obj is None:
            continue
        _reattach(obj, token, "dobj")
        _reattach(of, obj, "case")


def gerund_read_as_modifier_after_of(doc: Doc, lexicon: Lexicon) -> None:
    """"accused the UAE of flying weapons to Haftar", "suspected Egypt of smuggling arms to the LNA": after the "of"
    of a verb whose object acts in it (control_verbs_object: accuse X of), the parser may read a cue or sending verb in
    -ing as an adjective on the noun after it ("flying weapons") and hang the rest (the to-phrase) on the main verb.
    The -ing word is the of-phrase's verb, the noun its object, and a phrase right after the noun that the parser hung
    on the main verb is the -ing verb's."""
    for of in (doc[i] for i in positions_in(doc, LOWER, ("of",))):
        verb = of.head
        if of.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.control_verbs_object:
            continue
        noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        gerund = doc[of.i + 1] if of.i + 1 < len(doc) else None
        if noun is None or gerund is None or gerund.tag_ != "VBG" or gerund.dep_ != "amod" or gerund.head.i != noun.i:
            continue
        word = gerund.lemma_.lower()
        if not (word in lexicon.transfer_verbs or getattr(lexicon.verbs.get(word), "relation", None) is not None):
            continue
        gerund.pos_ = "VERB"
        _reattach(gerund, of, "pcomp")
        _reattach(noun, gerund, "dobj")
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.dep_ == "prep" and after.head.i == verb.i:
            _reattach(after, gerund, "prep")


def recipient_read_as_modifier_of_shifted_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia supplied to Haftar fighter jets and air defence systems", "Ankara sent to Sarraj drones":
    translated press puts the recipient before a heavy object, and the parser reads the name as a modifier of
    the object inside the to-phrase. After a sending verb with no object of its own, a to-phrase whose noun
    has a dictionary name as its first modifier holds the recipient (the name) and the verb's object (the
    noun)."""
    names: dict[int, set[str]] | None = None
    for verb in (doc[i] for i in _index(doc, lexicon).cues):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.transfer_verbs or any(c.dep_ == "dobj" for c in verb.children):
            continue
        to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > verb.i), None)
        noun = next((c for c in to.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if to is not None else None
        if noun is None or noun.left_edge.i != to.i + 1:
            continue
        if names is None:
            names = dictionary_actors_at(doc)
        article = doc[to.i + 1] if doc[to.i + 1].lower_ == "the" else None  # "to the GNA air defence systems"
        first = doc[to.i + 2] if article is not None else doc[to.i + 1]
        if first.pos_ != "PROPN" or first.dep_ not in ("compound", "nmod") or first.i not in names or first.i >= noun.i or noun.i in names:
            continue  # (not "to the Haftar forces": the noun is part of the name)
        end = first.i  # the name runs over the proper nouns of one dictionary match
        while end + 1 < noun.i and doc[end + 1].pos_ == "PROPN" and names.get(end + 1) == names[first.i]:
            end += 1
        recipient = doc[end]
        _reattach(noun, verb, "dobj")
        _reattach(recipient, to, "pobj")
        for word in doc[first.i : end]:
            _reattach(word, recipient, "compound")
        if article is not None:
            _reattach(article, recipient, "det")
        # "to the GNA, Spain, and Austria air defence systems": the list's last names were read into the object too
        k = noun.left_edge.i
        if k > 0 and doc[k - 1].lower_ in {",", *LIST_CONJUNCTIONS}:
            prefix = []
            while k < noun.i and (doc[k].lower_ in {",", *LIST_CONJUNCTIONS} or (doc[k].pos_ == "PROPN" and names.get(k))):
                prefix.append(doc[k])
                k += 1
            _attach_list_members(prefix, recipient, names)


def _attach_list_members(words: list[Token], head: Token, names: dict[int, set[str]]) -> None:
    """Hang names, commas and "and" that continue a list on the list's first member: each name (by its last
    word, the words before it of the same match its compounds) as a conjunct."""
    for n, word in enumerate(words):
        if word.pos_ != "PROPN":
            _reattach(word, head, "cc" if word.lower_ in LIST_CONJUNCTIONS else "punct")
        elif n + 1 < len(words) and words[n + 1].pos_ == "PROPN" and names.get(words[n + 1].i) == names.get(word.i):
            _reattach(word, words[n + 1], "compound")
        else:
            _reattach(word, head, "conj")


ADJUNCT_STARTS = frozenset({"ADP", "ADV", "SCONJ"})


def _after_fronted_adjuncts(doc: Doc, sent: Span, lexicon: Lexicon) -> int:
    """Where a sentence's clause starts, past its punctuation and the phrases of time, place or circumstance
    set off by commas before it ("On Tuesday, after the talks collapsed, ..."; "Last spring, ...")."""
    i = sent.start
    while i < sent.end and (doc[i].is_punct or doc[i].is_space):
        i += 1
    while i < sent.end:
        if not (doc[i].pos_ in ADJUNCT_STARTS or doc[i].head.lemma_.lower() in lexicon.time_nouns):
            break
        if _adverbs_before_verb(doc, i, sent.end):
            break  # "Firmly denounced Algeria ..., and cautioned ...": the clause starts here, not after the comma
        comma = next((t.i for t in doc[i : sent.end] if t.lower_ == ","), None)
        if comma is None:
            break
        i = comma + 1
    return i


def _adverbs_before_verb(doc: Doc, i: int, end: int) -> bool:
    """Whether the words at i are adverbs right before a verb in the past or third person ("Strongly
    condemned", "Also firmly rejected"): an adverb of the clause's verb, no phrase set off before the clause
    ("Earlier this week, ...", "Also on Sunday, ..."), which runs to a comma the verb's clause only has later."""
    k = i
    while k < end and doc[k].pos_ == "ADV":
        k += 1
    return i < k < end and doc[k].tag_ in ("VBD", "VBN", "VBZ")


PERFECT_FORMS = frozenset({"has", "have", "had"})


# The goal prepositions translated press puts between a verb and the place it takes as object ("entered to Sirte").
GOAL_PREPS = frozenset({"to", "into"})


def _perfect_auxiliary(doc: Doc, i: int, end: int) -> bool:
    """"Has accepted the GNA the call of the UN": a perfect auxiliary right before the past participle of a clause
    that opens with its verb (past adverbs: "Has also condemned"); not "Has Egypt backed ...?", a question."""
    if doc[i].lower_ not in PERFECT_FORMS or doc[i].pos_ != "AUX":
        return False
    k = i + 1
    while k < end and doc[k].pos_ == "ADV":
        k += 1
    return k < end and doc[k].tag_ == "VBN" and doc[end - 1].text != "?"


def fronted_object_with_pronoun(doc: Doc, lexicon: Lexicon) -> None:
    """"The aggression on Tripoli launched by Haftar, the GNA condemned it strongly", "Haftar, the GNA will
    fight him to the end": translated Arabic fronts the object as a topic and keeps a pronoun in its place; the
    parser leaves the topic as a loose phrase and the verb acts on the pronoun. A noun phrase that opens the
    sentence, set off by a comma, naming an actor or an act of the lexicon, whose pronoun ("it", "them") of the
    same number is the next verb's object, is that verb's object. Not a time phrase ("Last week, the GNA
    condemned it"), nor a subject with its own verb ("Haftar, the GNA said, ...")."""
    actors: dict[int, set[str]] | None = None
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        start = _after_fronted_adjuncts(doc, comma.sent, lexicon)
        if start >= comma.i:
            continue
        # The phrase before the comma is one: a single word of it hangs outside it.
        roots = [t for t in doc[start : comma.i] if not start <= t.head.i < comma.i or t.head.i == t.i]
        topic = roots[0] if len(roots) == 1 else None
        if topic is None or topic.pos_ not in ("NOUN", "PROPN") or topic.dep_ in ("pobj", "nsubjpass"):
            continue
        verb = topic.head if topic.dep_ != "ROOT" else None
        if verb is None or verb.pos_ != "VERB" or verb.i < comma.i:
            continue
        # The clause after the comma has a subject of its own (a topic read as a second subject is no subject),
        # which the parser may have hung elsewhere ("Sisi" read as a compound of the verb).
        subject = _phrase_before_verb(doc, verb, comma.i)
        if subject is None:
            continue
        # The pronoun is the object of this verb or of one its clause governs ("accused Moscow of sending them").
        pronoun = next((t for t in verb.subtree if t.i > verb.i and t.dep_ == "dobj" and t.lower_ in OBJECT_PRONOUN_NUMBER and t.head.pos_ == "VERB"), None)
        if pronoun is None or topic.lemma_.lower() in lexicon.time_nouns or topic.lower_ in lexicon.time_nouns:
            continue
        plural = topic.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in topic.children)
        if plural != OBJECT_PRONOUN_NUMBER[pronoun.lower_]:
            continue
        if actors is None:
            actors = dictionary_actors_at(doc)
        if not (topic.lemma_.lower() in lexicon.nouns or any(start <= k < comma.i for k in actors)):
            continue
        governor = pronoun.head
        _reattach(pronoun, governor, "dep")
        _reattach(topic, governor, "dobj")
        if subject.dep_ != "nsubj" or subject.head.i != verb.i:
            _reattach(subject, verb, "nsubj")


def _phrase_before_verb(doc: Doc, verb: Token, after: int) -> Token | None:
    """The head of the noun phrase right before a verb (past its auxiliaries and adverbs), inside (after, verb):
    "the Arab Republic of Egypt rejects" -> Republic."""
    k = verb.i - 1
    while k > after and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].tag_ == "MD"):
        k -= 1
    if k <= after or doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    word = doc[k]
    while after < word.head.i < verb.i and word.head.i != word.i:
        word = word.head
    return word


# What may stand between a fronted verb and its subject ("Condemned strongly the GNA ..."), and the words
# after a sentence-initial participle that show it opens a clause of its own ("Backed by Turkey, the GNA ...").
VERB_FIRST_SKIPPED = frozenset({"ADV"})


PARTICIPLE_CLAUSE_STARTS = frozenset({"by", "with", "to", "in", "on", "at", "as", "from", "for", "into", "after", ",", "and", "or"})


NOUN_PHRASE_WORDS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})


def _verb_first_lemma(token: Token, lexicon: Lexicon, after_adjunct: bool = False) -> str | None:
    """The verb a capitalised first word is a finite form of ("Condemned": condemn, "Affirms": affirm,
    "Signed": sign; a past form whatever the tagger made of it); None for a base form ("Back the GNA", an order) or -ing."""
    word = token.lower_
    if not (token.text[:1].isupper() or after_adjunct) or word.endswith("ing"):
        return None
    def verbs(base: str) -> bool:
        return base in lexicon.verbs or base in lexicon.light_verbs or base in lexicon.transfer_verbs or base in lexicon.reporting_verbs

    lemma = token.lemma_.lower()
    if verbs(lemma) and lemma != word and token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBD", "VBN", "VBZ"):
        return lemma
    # Read as a noun or an adjective: only a past form, which no plural noun shares ("Arms shipments ...").
    for cut, add in (("ed", ""), ("ed", "e")):
        if word.endswith(cut) and verbs(f"{word[: -len(cut)]}{add}"):
            return f"{word[: -len(cut)]}{add}"
    return None


def _noun_phrase_head(doc: Doc, i: int, end: int) -> Token | None:
    """The head of the noun phrase starting at i ("the Turkish Ministry" -> Ministry), by the modifier
    links the parser made inside it; None if no noun or name heads it."""
    word = doc[i]
    while word.dep_ in ("det", "amod", "compound", "poss", "nummod", "case") and word.i < word.head.i < end:
        word = word.head
    names = dictionary_actors_at(doc)
    while word.pos_ == "PROPN" and word.i + 1 < end and doc[word.i + 1].pos_ == "PROPN" and names.get(word.i) and names.get(word.i) == names.get(word.i + 1):
        word = doc[word.i + 1]  # "Abdelmadjid Tebboune", one name whose first word the parser read apart
    return word if word.pos_ in ("NOUN", "PROPN") else None


def verb_first_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"Condemned Egypt the Turkish intervention", "Signed Turkey and the GNA an agreement of security
    cooperation", "Affirmed Qatar its support to the GNA": machine-translated Arabic keeps its verb-subject-object
    order, and the parser reads the subject as a first object (or the verb as a modifier of the object, or a
    name). A sentence that opens with a finite form of a lexicon verb, followed by a noun phrase naming an
    actor and then a second noun phrase, has that first phrase as its subject and the second as its object.
    Not a participle opening a clause of its own ("Backed by Turkey, the GNA ..."), nor one object and a
    phrase ("Sent drones to Haftar, Egypt admits" names no second object)."""
    actors: dict[int, set[str]] | None = None
    for sent in list(doc.sents):
        start = _after_fronted_adjuncts(doc, sent, lexicon)  # "On Sunday, announced the ministry ..."
        opened = start
        while start < sent.end and ((doc[start].pos_ == "ADV" and doc[start].lower_.endswith("ly")) or _perfect_auxiliary(doc, start, sent.end)):
            start += 1  # "Strongly condemned Egypt ...", "Has accepted the GNA ..."
        if start >= sent.end - 2:
            continue
        verb = doc[start]
        lemma = _verb_first_lemma(verb, lexicon, after_adjunct=start > opened or (start > sent.start and doc[start - 1].lower_ == ","))
        if lemma is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
            continue
        if verb.i in doc.user_data.get(VERB_FIRST_DONE_KEY, ()) or _reporter_after(doc, verb.i, lemma, sent.end, lexicon):
            continue  # read phrase by phrase already (verb_first_phrases), or English: "Sent Haftar drones, Egypt says"
        i = start + 1
        while i < sent.end and doc[i].pos_ in VERB_FIRST_SKIPPED:
            i += 1
        if i >= sent.end or doc[i].lower_ in PARTICIPLE_CLAUSE_STARTS or doc[i].pos_ not in NOUN_PHRASE_WORDS:
            continue
        subject = _noun_phrase_head(doc, i, sent.end)
        if subject is None:
            continue
        if actors is None:
            actors = dictionary_actors_at(doc)
        end, obj = _subject_phrase_end(subject)
        if obj is None:
            j = end
            while j < sent.end and (doc[j].pos_ in VERB_FIRST_SKIPPED or (doc[j].pos_ == "ADP" and doc[j].lower_ != "of")):
                j = doc[j].right_edge.i + 1 if doc[j].pos_ == "ADP" else j + 1  # "on Sunday" between the two
            if j >= sent.end or doc[j].pos_ not in NOUN_PHRASE_WORDS or doc[j].lower_ in PARTICIPLE_CLAUSE_STARTS:
                continue
            obj = _noun_phrase_head(doc, j, sent.end)
        if obj is None or obj.i <= subject.i or not any(i <= k < end for k in actors):
            continue
        if verb.dep_ == "amod" and i <= verb.head.i < end:
            continue  # an adjective on the first noun: "Armed UAE drones ..."
        _mend_verb_first(verb, lemma, subject, obj)


def passive_verb_first_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"Was shot down a Turkish drone over Tarhuna by the LNA", "Has been signed the agreement between Turkey
    and the GNA": translated press puts a passive verb before its subject, and the parser reads the subject
    as an object of the passive verb. A sentence that opens with a passive auxiliary right before the verb
    (not a question: "Was Haftar backed by Egypt?" has the subject between them) has its first object as its
    subject."""
    for sent in list(doc.sents):
        if sent[-1].text == "?":
            continue
        start = _after_fronted_adjuncts(doc, sent, lexicon)
        i = start
        while i < sent.end and ((doc[i].dep_ in ("aux", "auxpass") and doc[i].pos_ == "AUX") or (i > start and doc[i].pos_ == "ADV")):
            i += 1
        if i == start or i >= sent.end or doc[i].tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.i < i for c in doc[i].children):
            continue
        verb = doc[i]
        if any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is not None:
            subject.dep_ = "nsubjpass"


def _subject_phrase_end(subject: Token) -> tuple[int, Token | None]:
    """Where the fronted verb's subject phrase ends, and the object when the parser hung it on the subject as
    an apposition without a comma ("the GNA the attack of the LNA"). A subject read as the root holds the
    whole sentence: only its list, its of-phrase and its modifiers are its own."""
    doc = subject.doc
    obj = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and doc[c.left_edge.i - 1].lower_ != ","), None)
    if obj is not None:
        return obj.left_edge.i, obj
    if subject.dep_ != "ROOT":
        return subject.right_edge.i + 1, None
    own = [c.right_edge.i for c in subject.children if c.i > subject.i and c.dep_ in ("conj", "cc", "prep", "compound", "amod")]
    return max(own, default=subject.i) + 1, None


def _mend_verb_first(verb: Token, lemma: str, subject: Token, obj: Token) -> None:
    """Make the fronted verb the clause's root, with its subject and its object."""
    root = verb.sent.root
    if verb.pos_ not in ("VERB", "AUX"):
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBD"
    verb.lemma_ = lemma
    if root.i != verb.i:
        verb.head, verb.dep_ = verb, "ROOT"
        if root.i not in (subject.i, obj.i):
            for child in [c for c in root.children if c.dep_ == "punct" and c.i == c.sent.end - 1]:
                _reattach(child, verb, "punct")
    _reattach(obj, verb, "dobj")
    _reattach(subject, verb, "nsubj")
    doc = verb.doc
    for name in [t for t in doc[verb.i + 1 : subject.i] if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "dobj") and t.head.i in (verb.i, subject.i)]:
        _reattach(name, subject, "compound")  # the first words of the subject's name
    for token in (t for t in verb.sent if t.head.i == t.i and t.i != verb.i):
        _reattach(token, verb, "dep")  # what the old root headed stays in the sentence


# A pronoun that takes up a fronted subject, and whether it is plural.
RESUMPTIVE_SUBJECTS = {"he": False, "she": False, "it": False, "they": True}


def resumptive_subject_after_topic(doc: Doc, lexicon: Lexicon) -> None:
    """"The Turkish Minister Akar, he said that Ankara will stay", "The Egyptian troops, they are in Libya to
    support Haftar": translated press fronts the subject, sets it off by a comma and takes it up with a pronoun,
    and the parser leaves the fronted phrase as a loose modifier of the verb. A noun phrase opening the
    sentence (after phrases of time or place), a comma, and a subject pronoun of the same number whose verb the
    phrase hangs on: the phrase is the verb's subject, the pronoun a mere echo. Not a time phrase ("Last week,
    they backed Haftar"), nor a parenthetical reporter ("Haftar, they said, backs ..." has a comma after the
    verb), nor a phrase with a verb of its own."""
    for pronoun in (doc[i] for i in positions_in(doc, LOWER, tuple(RESUMPTIVE_SUBJECTS))):
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.i < 2 or doc[pronoun.i - 1].text != "," or verb.i < pronoun.i:
            continue
        if verb.lemma_.lower() in lexicon.reporting_verbs and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ",":
            continue  # "Haftar, they said, backs ...": a reporter set off in the middle
        comma = doc[pronoun.i - 1]
        start = _after_fronted_adjuncts(doc, pronoun.sent, lexicon)
        if start >= comma.i:
            continue
        # the phrase before the comma is one, hung on the pronoun's verb
        roots = [t for t in doc[start : comma.i] if not start <= t.head.i < comma.i or t.head.i == t.i]
        topic = roots[0] if len(roots) == 1 else None
        if topic is None or topic.head.i != verb.i or topic.dep_ not in ("npadvmod", "dep", "nsubj", "appos", "intj", "advmod"):
            continue
        if topic.pos_ not in ("NOUN", "PROPN") or topic.lower_ in lexicon.time_nouns or topic.lemma_.lower() in lexicon.time_nouns:
            continue
        plural = topic.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in topic.children)
        if plural != RESUMPTIVE_SUBJECTS[pronoun.lower_] or (pronoun.lower_ in ("he", "she") and topic.pos_ != "PROPN" and topic.lemma_.lower() not in lexicon.person_role_nouns):
            continue
        _reattach(pronoun, verb, "dep")
        _reattach(topic, verb, pronoun.dep_ if pronoun.dep_ != "dep" else "nsubj")
        _reattach(comma, verb, "punct")


# Verb-first clauses read phrase by phrase. verb_first_clause takes the parser's phrases as they come; when the
# subject carries an of-phrase and a name ("the spokesman of the LNA Ahmed al-Mismari"), a participle set off by
# commas, or a place before it, the parser's phrases are wrong too, so these read the words after the verb left to
# right, by their tags and the dictionary's names, and build the clause from that.
VERB_FIRST_DONE_KEY = "verb_first_done"


PHRASE_WORDS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})


# Prepositions that do not open a phrase on a fronted verb: "of" belongs to a noun, and "by" after a fronted
# participle opens a clause of its own ("Led by Haftar, the LNA ..."), as do the others of PARTICIPLE_CLAUSE_STARTS
# only when a comma follows their phrase (verb_first_phrases checks the phrase after).
NOT_VERB_PREPS = frozenset({"of", "by", "that", "than", "like"})


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


@dataclass
class _Phrase:
    """A noun phrase read left to right: its words [start, end), its head, the arcs inside it (dependent,
    head, label), and a participle or a preposition set off by commas after it, hung on the head."""

    start: int
    end: int
    head: int
    arcs: list[tuple[int, int, str]] = field(default_factory=list)


def _name_spans(doc: Doc) -> dict[int, tuple[int, int, str, str]]:
    """Token index -> (start, end, kind, actor) of the longest dictionary name covering it ("Ahmed al-Mismari"
    over "Mismari"), from the matches the MentionFinder left on the Doc; ignored names left out."""
    spans: dict[int, tuple[int, int, str, str]] = {}
    for key, value in doc.user_data.items():
        if not (isinstance(key, tuple) and key and key[0] == NAME_MATCHES_KEY) or value[0] != len(doc):
            continue
        for match_id, start, end in value[1]:
            actor, _, kind = doc.vocab.strings[match_id].partition("|")
            kind = kind.partition("|")[0]
            if kind == "ignore":
                continue
            for i in range(start, end):
                known = spans.get(i)
                if known is None or known[1] - known[0] < end - start:
                    spans[i] = (start, end, kind, actor)
    return spans


def _starts_other_name(doc: Doc, k: int, previous: int, spans: dict[int, tuple[int, int, str, str]]) -> bool:
    """Whether the word at k opens a second phrase in a row of nouns and names: a state, body or group named
    right after a noun ("the Egyptian Foreign Ministry | Turkey"), or a person named right after another
    name ("the Government of Accord | Mohammed Gnounou"). A person named after a title is the title's own
    ("the French President Emmanuel Macron"), as is a word the dictionary does not know, and two names of one
    actor are one ("the US Africa Command")."""
    span = spans.get(k)
    if span is None or span[0] != k:
        return False
    if span[2] in PERSON_KINDS:  # not the same person's title or demonym named before ("the Qatari Emir Tamim")
        return previous in spans and (spans[previous][2] not in PERSON_KINDS | {"demonym"} or spans[previous][3] != span[3])
    return doc[previous].pos_ in ("NOUN", "PROPN") and not (previous in spans and spans[previous][3] == span[3])


def _after_titled_name(doc: Doc, k: int, words: list[int], spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> bool:
    """Whether a common noun follows a title and a person's name, which close a phrase ("the Egyptian President
    Sisi | talks with Haftar"); "the Sisi government" has no title before the name."""
    previous = spans.get(words[-1])
    return (
        doc[k].pos_ == "NOUN"
        and doc[k].text.islower()
        and previous is not None
        and previous[2] in PERSON_KINDS
        and previous[1] == k
        and any(doc[w].lower_ in lexicon.person_role_nouns for w in words)
    )


def _vs_base(doc: Doc, i: int, end: int, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> _Phrase | None:
    """The simple noun phrase at i: a determiner or possessive, then adjectives, nouns, names and numbers up to
    the last noun or name, which heads it ("the Turkish Defence Minister Hulusi Akar", "al-Sarraj")."""
    k = i
    if k < end and (doc[k].pos_ == "DET" or doc[k].tag_ == "PRP$"):
        k += 1
    words: list[int] = []
    while k < end:
        word = doc[k]
        if word.pos_ in PHRASE_WORDS and not (words and (_starts_other_name(doc, k, words[-1], spans) or _after_titled_name(doc, k, words, spans, lexicon))):
            words.append(k)
        elif word.text in HYPHEN_FORMS and words and doc[words[-1]].pos_ == "PROPN" and k + 1 < end and doc[k + 1].pos_ == "PROPN":
            words.append(k)  # "al-Sarraj"
        elif word.tag_ == "VBN" and k + 1 < end and doc[k + 1].pos_ in ("ADJ", "NOUN") and not (words and doc[words[-1]].pos_ in ("NOUN", "PROPN")):
            words.append(k)  # "a televised speech"
        else:
            break
        k += 1
    while words and doc[words[-1]].pos_ not in ("NOUN", "PROPN"):
        words.pop()  # an adjective does not close a phrase
    if not words:
        return None
    head = words[-1]
    arcs = [(k, head, "det" if doc[k].pos_ == "DET" else "poss") for k in range(i, words[0])]
    for k in words[:-1]:
        arcs.append((k, head, {"ADJ": "amod", "NUM": "nummod", "VERB": "amod"}.get(doc[k].pos_, "punct" if doc[k].text in HYPHEN_FORMS else "compound")))
    return _Phrase(i, head + 1, head, arcs)


def _vs_phrase(doc: Doc, i: int, end: int, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> _Phrase | None:
    """The noun phrase at i with its of-phrases ("the forces of the Government of Accord"), a possessor ("Egypt's
    foreign ministry"), names coordinated with "and" ("Turkey and the GNA"), and the name of a titled person after
    them ("the spokesman of the army Ahmed al-Mismari")."""
    base = _vs_base(doc, i, end, spans, lexicon)
    if base is None:
        return None
    phrase = _Phrase(i, base.end, base.head, list(base.arcs))
    k, last, of = base.end, base.head, None
    if k + 1 < end and doc[k].tag_ == "POS":
        owned = _vs_base(doc, k + 1, end, spans, lexicon)
        if owned is not None and doc[k + 1].pos_ != "DET":
            phrase.arcs += [*owned.arcs, (base.head, owned.head, "poss"), (k, base.head, "case")]
            phrase.head = last = owned.head
            k = owned.end
    named = False
    while k + 1 < end:
        word = doc[k].lower_
        if word == "of" or (word == "and" and doc[k + 1].lower_ == "of" and of is not None):
            at = k if word == "of" else k + 1
            inner = _vs_base(doc, at + 1, end, spans, lexicon)
            if inner is None:
                break
            if word == "of":
                phrase.arcs.append((k, last, "prep"))
                of = k if of is None else of  # "and of" goes with the first of-phrase, the head's own
            else:  # "of the GNA and of the LNA"
                phrase.arcs += [(k, of, "cc"), (at, of, "conj")]
            phrase.arcs += [(inner.head, at, "pobj"), *inner.arcs]
            k, last = inner.end, inner.head
        elif word == "and" and doc[k + 1].pos_ != "VERB" and doc[k + 1].lower_ not in PARTICIPLE_CLAUSE_STARTS:
            inner = _vs_base(doc, k + 1, end, spans, lexicon)
            if inner is None:
                break
            # after an of-phrase, its object's ("the delegations of the GNA and the LNA"), unless a name closed
            # the head's phrase ("the head of the GNA Sarraj and the Turkish President Erdogan")
            joined = last if of is not None and not named else phrase.head
            phrase.arcs += [(k, joined, "cc"), (inner.head, joined, "conj"), *inner.arcs]
            k, last = inner.end, inner.head
        elif word == ",":
            listed = _vs_list(doc, k, end, spans, lexicon)  # ", the UAE and Saudi Arabia"
            if listed is None:
                break
            joined = last if of is not None and not named else phrase.head
            phrase.arcs += [(dependent, joined if head is None else head, label) for dependent, head, label in listed.arcs]
            k, last = listed.end, listed.head
        elif doc[k].pos_ == "PROPN" and not named and doc[phrase.head].lower_ in lexicon.person_role_nouns:
            name = _vs_base(doc, k, end, spans, lexicon)
            if name is None or any(doc[n].pos_ != "PROPN" and doc[n].text not in HYPHEN_FORMS for n in range(k, name.end)):
                break
            if k in spans and spans[k][2] not in PERSON_KINDS:
                break  # a state or body, no person's name: the next phrase
            phrase.arcs += [(name.head, phrase.head, "appos"), *name.arcs]
            k, named = name.end, True
        else:
            break
    phrase.end = k
    return phrase


def _vs_list(doc: Doc, k: int, end: int, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> _Phrase | None:
    """The rest of a list after its first member, from the comma at k: ", the UAE and Saudi Arabia" (a serial
    comma allowed), as arcs whose head is None where they go to the first member; None unless "and" or "or"
    closes it (a phrase between commas alone is an apposition)."""
    arcs: list[tuple[int, int | None, str]] = []
    j = k
    while j + 1 < end and doc[j].text == "," and doc[j + 1].lower_ not in LIST_CONJUNCTIONS:
        inner = _vs_base(doc, j + 1, end, spans, lexicon)
        if inner is None:
            return None
        arcs += [(j, None, "punct"), (inner.head, None, "conj"), *inner.arcs]
        j = inner.end
    if j + 1 < end and doc[j].text == "," and arcs:
        arcs.append((j, None, "punct"))
        j += 1
    if not arcs or j + 1 >= end or doc[j].lower_ not in LIST_CONJUNCTIONS:
        return None
    final = _vs_base(doc, j + 1, end, spans, lexicon)
    if final is None:
        return None
    arcs += [(j, None, "cc"), (final.head, None, "conj"), *final.arcs]
    return _Phrase(k, final.end, final.head, arcs)  # type: ignore[arg-type]


def _vs_prep(doc: Doc, i: int, end: int, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> _Phrase | None:
    """A prepositional phrase at i that a fronted verb may take before or between its phrases ("in Ankara",
    "on Sunday"), as a phrase headed by the preposition."""
    if i >= end or doc[i].pos_ != "ADP" or doc[i].lower_ in NOT_VERB_PREPS:
        return None
    inner = _vs_phrase(doc, i + 1, end, spans, lexicon)
    if inner is None:
        return None
    return _Phrase(i, inner.end, i, [(inner.head, i, "pobj"), *inner.arcs])


def _vs_aside(
    doc: Doc, i: int, end: int, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon
) -> tuple[int, int, _Phrase | None] | None:
    """A participle phrase, prepositional phrases or an apposition set off by commas on both sides after a
    phrase (", backed by Turkish drones,", ", within the Irini operation,", ", a key backer of Haftar,"): its
    first word, the closing comma, and the apposition's phrase."""
    if i + 2 >= end or doc[i].text != ",":
        return None
    closing = next((k for k in range(i + 2, end) if doc[k].text == ","), None)
    if closing is None:
        return None
    first = doc[i + 1]
    if first.tag_ == "VBN" or (first.lower_.endswith("ed") and first.pos_ in ("VERB", "ADJ")):
        return i + 1, closing, None
    if first.pos_ in NOUN_PHRASE_WORDS and closing + 1 < end and doc[closing + 1].lower_ not in LIST_CONJUNCTIONS:
        apposition = _vs_phrase(doc, i + 1, end, spans, lexicon)
        return (i + 1, closing, apposition) if apposition is not None and apposition.end == closing else None
    k = i + 1
    while k < closing:  # ", in a statement on Sunday,"
        prep = _vs_prep(doc, k, end, spans, lexicon)
        if prep is None:
            return None
        k = prep.end
    return (i + 1, closing, None) if k == closing else None


def _names_actor(doc: Doc, phrase: _Phrase, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> bool:
    """Whether a phrase names someone who can act: a dictionary name in it, or a title at its head; not an act
    an actor is named in ("the Turkish intervention", "the shelling of Tripoli")."""
    head = doc[phrase.head]
    if head.lemma_.lower() in lexicon.nouns or head.lower_ in lexicon.nouns:
        return False
    if head.lemma_.lower() in lexicon.side_nouns:
        return True  # "the two sides", whom coreference names
    return head.lower_ in lexicon.person_role_nouns or any(k in spans for k in range(phrase.start, phrase.end))


def _actor_at_head(doc: Doc, phrase: _Phrase, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> bool:
    """Whether a phrase's head itself is someone: a dictionary name (not a demonym), a title or a representative
    ("the spokesman of ..."), or a body named in capitals with a name or demonym in it ("the Greek Foreign
    Ministry"; not "the French frigate Courbet", a thing with a name)."""
    head = doc[phrase.head]
    if (head.i in spans and spans[head.i][2] != "demonym") or head.lower_ in lexicon.person_role_nouns or head.lower_ in lexicon.representative_nouns:
        return True
    base = [t for t in doc[phrase.start : head.i + 1] if t.pos_ != "DET"]
    return any(t.i in spans for t in base) and all(t.text[:1].isupper() for t in base)


def _fronted_verb_lemma(verb: Token, lexicon: Lexicon, after_adjunct: bool) -> str | None:
    """The lexicon verb a first word is a finite form of (_verb_first_lemma), or an irregular past the tagger
    read as a name or a noun ("Met", "Took", "Shot"): the lemmatizer's verb table knows its base."""
    lemma = _verb_first_lemma(verb, lexicon, after_adjunct)
    if lemma is not None or not (verb.text[:1].isupper() or after_adjunct) or verb.lower_.endswith("ing"):
        return lemma
    # a verb of motion carries no cue, but its subject may be the one of a cue verb joined to it ("Arrived in
    # Tripoli the minister and signed ...")
    base = verb_base_form(verb.text)
    if base is None and verb.tag_ in ("VBD", "VBN", "VBZ") and verb.lemma_.lower() != verb.lower_:
        base = verb.lemma_.lower()
    if base is None or (base not in lexicon.motion_verbs and verb.lower_.endswith("s")):
        return None
    known = (lexicon.verbs, lexicon.light_verbs, lexicon.transfer_verbs, lexicon.reporting_verbs, lexicon.motion_verbs)
    if any(base in words for words in known) or _phrasal_particle(verb, base, lexicon) is not None:
        return base
    return None


def _phrasal_particle(verb: Token, base: str, lexicon: Lexicon) -> int | None:
    """Where the particle of a phrasal cue verb is, right after the verb ("Shot down ...": shoot down)."""
    doc = verb.doc
    k = verb.i + 1
    return k if k < len(doc) and f"{base} {doc[k].lower_}" in lexicon.verbs else None


def verb_first_phrases(doc: Doc, lexicon: Lexicon) -> None:
    """"Accused the spokesman of the LNA Ahmed al-Mismari Turkey of sending fighters", "Received in Ankara the
    Turkish President Erdogan the head of the GNA", "Seized the forces of the GNA, backed by Turkish drones, the
    town of Gharyan", "Condemned the shelling of the airport the Egyptian Foreign Ministry", "Said the spokesman of
    the GNA that ...", "Arrived in Tripoli the Turkish minister and signed ...": translated press keeps the
    Arabic verb-subject-object order with whole phrases, and the parser splits them up. A sentence that opens with
    a finite lexicon verb, read phrase by phrase (_vs_phrase), whose first phrase names an actor, has it as subject
    and the next phrase as object; when only the second names an actor and the first is an act or a thing
    ("Condemned the shelling ... the Ministry"), the order is verb-object-subject. With one phrase, a
    reporting verb takes the that-clause after it, and a clause joined by "and" shares the subject. Not a
    participle opening a clause of its own ("Backed by Turkey, ...", "Deployed in Sirte, ..."), an adjective
    ("Armed UAE drones struck ..."), an order, a question, or a fronted object ("Sent drones to Haftar, Egypt
    admits")."""
    spans: dict[int, tuple[int, int, str, str]] | None = None
    for sent in list(doc.sents):
        if sent[-1].text == "?":
            continue
        start = _after_fronted_adjuncts(doc, sent, lexicon)
        opened = start
        while start < sent.end and (doc[start].pos_ == "ADV" or _perfect_auxiliary(doc, start, sent.end)):
            start += 1  # "Also condemned ...", "Strongly condemned ...", "Has accepted ..."
        if start >= sent.end - 2:
            continue
        verb = doc[start]
        lemma = _fronted_verb_lemma(verb, lexicon, start > opened or (start > sent.start and doc[start - 1].lower_ == ","))
        if lemma is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
            continue
        if _reporter_after(doc, verb.i, lemma, sent.end, lexicon):
            continue
        if spans is None:
            spans = _name_spans(doc)
        clause = _read_verb_first(doc, verb, lemma, sent.end, spans, lexicon)
        if clause is not None:
            _mend_verb_first_phrases(doc, verb, lemma, sent.start, sent.end, *clause, lexicon)
            doc.user_data.setdefault(VERB_FIRST_DONE_KEY, set()).add(verb.i)
            _verb_first_conjuncts(doc, verb, sent.start, sent.end, spans, lexicon)


def _verb_first_conjuncts(doc: Doc, verb: Token, sent_start: int, sent_end: int, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon) -> None:
    """"Received the Egyptian President Sisi the commander Haftar, and signed the two sides a memorandum, and
    affirmed Sisi the support of Egypt to the LNA": in a sentence read verb first, a clause joined by "and" opens
    with its verb too, and a subject of its own may follow it; read so, it is the first verb's conjunct. Not a verb
    of giving, whose two objects English keeps after a shared subject ("... and sent the GNA drones")."""
    for k in range(verb.i + 1, sent_end - 3):
        if doc[k].lower_ != "and":
            continue
        second = doc[k + 1]
        lemma = _fronted_verb_lemma(second, lexicon, after_adjunct=True)
        if lemma is None or not second.text.islower() or lemma in lexicon.transfer_verbs or lemma in lexicon.recipient_object_verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < second.i for c in second.children):
            continue
        clause = _read_verb_first(doc, second, lemma, sent_end, spans, lexicon)
        if clause is not None and any(role == "nsubj" for _, role in clause[0]):
            _mend_verb_first_phrases(doc, second, lemma, sent_start, sent_end, *clause, lexicon, conj_of=verb)
            _reattach(doc[k], verb, "cc")


def _reporter_after(doc: Doc, i: int, lemma: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a verb of giving ends in a speaker and a reporting verb after a comma, the sentence's root ("...,
    Egypt says", "..., the UN report said"): English drops the subject of what is reported before it and gives
    the verb two objects ("Sent Haftar the drones, Egypt says"), so its first phrase is no subject. Other verbs
    take no two objects: "Congratulated Haftar the new authority, the army announced" is verb-first."""
    if lemma not in lexicon.transfer_verbs and lemma not in lexicon.recipient_object_verbs:
        return False
    comma = next((k for k in range(end - 1, i, -1) if doc[k].text == ","), None)
    if comma is None:
        return False
    return any(
        t.dep_ == "ROOT" and t.lemma_.lower() in lexicon.reporting_verbs and any(c.dep_ == "nsubj" and c.i > comma for c in t.children)
        for t in doc[comma + 1 : end]
    )


def _read_verb_first(
    doc: Doc, verb: Token, lemma: str, end: int, spans: dict[int, tuple[int, int, str, str]], lexicon: Lexicon
) -> tuple[list[tuple[_Phrase, str]], list[tuple[int, int, int, _Phrase | None]], tuple[Token, str] | None] | None:
    """The phrases after a fronted verb with their roles (nsubj, dobj, prep), the asides set off by commas
    (first word, closing comma, the phrase they follow), and the verb of a that-clause or of a clause joined by
    "and" that the subject is shared with; None when the words after the verb are no verb-first clause."""
    i = verb.i + 1
    parts: list[tuple[_Phrase, str]] = []
    particle = _phrasal_particle(verb, lemma, lexicon)
    if particle is not None:
        parts.append((_Phrase(particle, particle + 1, particle), "prt"))
        i += 1
    while i < end and doc[i].pos_ in VERB_FIRST_SKIPPED:
        i += 1
    asides: list[tuple[int, int, int, _Phrase | None]] = []
    phrases: list[_Phrase] = []
    while i < end and len(phrases) < 2:
        prep = _vs_prep(doc, i, end, spans, lexicon)
        if prep is not None:
            if prep.end < end and doc[prep.end].text == "," and not phrases:
                return None  # "Deployed in Sirte, Russian mercenaries ...": a participle clause of its own
            i = prep.end
            owner = doc[phrases[-1].head] if phrases else None
            if owner is not None and (owner.lemma_.lower() in lexicon.nouns or _takes_prep(owner, doc[prep.start], lexicon)):
                # an event noun's own ("the conference with the participation of ...", "the shelling on Sunday")
                phrases[-1].arcs += [(prep.start, phrases[-1].head, "prep"), *prep.arcs]
                phrases[-1].end = prep.end
            else:
                parts.append((prep, "prep"))
            continue
        if doc[i].pos_ not in NOUN_PHRASE_WORDS or doc[i].lower_ in PARTICIPLE_CLAUSE_STARTS:
            break
        phrase = _vs_phrase(doc, i, end, spans, lexicon)
        if phrase is None:
            break
        phrases.append(phrase)
        parts.append((phrase, ""))
        i = phrase.end
        aside = _vs_aside(doc, i, end, spans, lexicon)
        if aside is not None:
            asides.append((aside[0], aside[1], phrase.head, aside[2]))
            i = aside[1] + 1
    if not phrases:
        return None
    if i < end and (doc[i].tag_ in FINITE_TAGS or doc[i].tag_ == "MD"):
        return None  # the phrase is the subject of the verb after it: the first word was an adjective
    first = phrases[0]
    if verb.dep_ == "amod" and first.start <= verb.head.i < first.end and verb.head.pos_ == "NOUN":
        return None  # "Armed UAE drones ..." (not a name: "Condemned Egypt, ..." read as an adjective on it)
    actor = [_names_actor(doc, p, spans, lexicon) for p in phrases]
    roles: dict[int, str] = {}
    follow: tuple[Token, str] | None = None
    if len(phrases) == 2:
        if doc[first.head].text.islower() and not _actor_at_head(doc, first, spans, lexicon) and _actor_at_head(doc, phrases[1], spans, lexicon):
            roles = {phrases[0].head: "dobj", phrases[1].head: "nsubj"}  # "Rejected the steps of Ankara the Greek Foreign Ministry"
        elif actor[0]:
            roles = {phrases[0].head: "nsubj", phrases[1].head: "dobj"}
        elif actor[1] and doc[first.head].pos_ == "NOUN" and not any(first.start <= k < first.end for k in spans):
            roles = {phrases[0].head: "dobj", phrases[1].head: "nsubj"}  # "Took control the forces of the GNA"
        elif any(first.start <= k < first.end for k in spans):
            # a name in a first phrase whose head may be an act ("the air defences of the GNA an Emirati drone"):
            # the subject, as verb_first_clause reads it
            roles = {phrases[0].head: "nsubj", phrases[1].head: "dobj"}
        else:
            return None
    elif actor[0]:
        follow = _following_clause(doc, i, end, lemma, lexicon)
        if follow is None and not _partner_phrase_after(doc, verb, lemma, first, parts, end, lexicon) and not _goal_phrase_after(doc, lemma, first, parts, lexicon):
            return None
        roles = {first.head: "nsubj"}
    else:
        return None
    return [(p, roles.get(p.head, role)) for p, role in parts], asides, follow


def _partner_phrase_after(doc: Doc, verb: Token, lemma: str, first: _Phrase, parts: list[tuple[_Phrase, str]], end: int, lexicon: Lexicon) -> bool:
    """Whether a fronted cue verb's lone phrase is followed by the phrase of its partner, by a preposition the
    lexicon gives the verb ("Clashed the forces of the GNA with the militias of Haftar", "Sided the UAE with
    Haftar"): someone named before the partner is the one who acts. Not before a speaker ("..., Egypt said"),
    after whom English drops the subject."""
    cue = lexicon.verbs.get(lemma)
    if cue is None or not cue.preps:
        return False
    partner = next((p for p, role in parts if role == "prep" and p.start == first.end), None)
    if partner is None or doc[partner.start].lower_ not in cue.preps:
        return False
    comma = next((k for k in range(end - 1, verb.i, -1) if doc[k].text == ","), None)
    return comma is None or not any(t.dep_ == "ROOT" and t.lemma_.lower() in lexicon.reporting_verbs and t.i > comma for t in doc[comma + 1 : end])


def _goal_phrase_after(doc: Doc, lemma: str, first: _Phrase, parts: list[tuple[_Phrase, str]], lexicon: Lexicon) -> bool:
    """Whether a fronted verb that takes a place as its object (place_object: "enter"; not a verb of motion) has
    its lone phrase followed by the goal preposition translated press gives that place ("Entered the troops of the
    GNA to Gharyan"): the phrase before it is who entered."""
    cue = lexicon.verbs.get(lemma)
    if cue is None or not cue.place_object or lemma in lexicon.motion_verbs:
        return False
    goal = next((p for p, role in parts if role == "prep" and p.start == first.end), None)
    return goal is not None and doc[goal.start].lower_ in GOAL_PREPS


def _following_clause(doc: Doc, i: int, end: int, lemma: str, lexicon: Lexicon) -> tuple[Token, str] | None:
    """The verb of what follows a fronted verb's lone subject: a that-clause after a reporting verb ("Said the
    spokesman that ...") or a clause joined by "and" with no subject of its own ("... and signed with the GNA")."""
    if i + 1 >= end:
        return None
    # not a verb whose object is the one told or accused ("Told the GNA that ...": the GNA is told)
    if doc[i].lower_ == "that" and lemma in lexicon.reporting_verbs and lemma not in lexicon.control_verbs_object:
        inner = doc[i].head
        if inner.i <= i or inner.pos_ not in ("VERB", "AUX"):
            return None
        return inner, "ccomp"
    # only after a verb of motion that carries no cue and takes no object ("Arrived in Tripoli the minister and
    # signed ..."); "Backed the GNA and armed its militias" has the GNA as object
    if lemma in lexicon.verbs or lemma in lexicon.transfer_verbs or lemma in lexicon.light_verbs or lemma not in lexicon.motion_verbs:
        return None
    if doc[i].lower_ == "and" or (doc[i].text == "," and doc[i + 1].lower_ == "and"):
        k = i + 1 if doc[i].lower_ == "and" else i + 2
        while k < end and doc[k].pos_ == "ADV":
            k += 1
        if k < end and doc[k].tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[k].children):
            return doc[k], "conj"
    return None


def _mend_verb_first_phrases(
    doc: Doc,
    verb: Token,
    lemma: str,
    sent_start: int,
    sent_end: int,
    parts: list[tuple[_Phrase, str]],
    asides: list[tuple[int, int, int, _Phrase | None]],
    follow: tuple[Token, str] | None,
    lexicon: Lexicon,
    conj_of: Token | None = None,
) -> None:
    """Build the clause read by _read_verb_first: the verb as root, each phrase on it in its role with its own
    arcs, each aside on the phrase before it (keeping its own parse), and the clause after it. The sentence's
    bounds are read before: a second root splits it until the old root hangs on the verb again."""
    end = max(max(p.end for p, _ in parts), max((a[1] + 1 for a in asides), default=0))
    inside = {k: (doc[k].head.i, doc[k].dep_) for a in asides for k in range(a[0], a[1] + 1)}
    if verb.pos_ not in ("VERB", "AUX"):
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBD"
    verb.lemma_ = lemma
    old_root = verb.sent.root if conj_of is None else verb
    # a speaker after the clause ("..., the army announced") stays the root, with the clause as what it reports
    reporter = old_root if old_root.i >= end and old_root.lemma_.lower() in lexicon.reporting_verbs else None
    if conj_of is not None:
        _reattach(verb, conj_of, "conj")
    elif reporter is not None:
        verb.head, verb.dep_ = reporter, "ccomp"
        subject = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
        for token in [c for c in reporter.children if end <= c.i < (subject.left_edge.i if subject is not None else reporter.i)]:
            if token.pos_ in ("VERB", "CCONJ") and token.dep_ in ("ccomp", "conj", "cc"):
                _reattach(token, verb, "conj" if token.pos_ == "VERB" else "cc")  # "..., and expressed its support"
    elif old_root.i != verb.i:
        verb.head, verb.dep_ = verb, "ROOT"
    final = doc[sent_end - 1] if doc[sent_end - 1].is_punct and doc[sent_end - 1].head.i == old_root.i else None
    for k in range(verb.i + 1, end):
        doc[k].head, doc[k].dep_ = verb, "advmod" if doc[k].pos_ == "ADV" else "dep"  # "Condemned again ..."
    for phrase, role in parts:
        for dependent, head, label in phrase.arcs:
            doc[dependent].head, doc[dependent].dep_ = doc[head], label
        doc[phrase.head].dep_ = role
    for first, closing, owner, apposition in asides:
        if apposition is not None:  # ", a key backer of Haftar,": the phrase before it, described
            for dependent, head, label in apposition.arcs:
                _reattach(doc[dependent], doc[head], label)
            _reattach(doc[apposition.head], doc[owner], "appos")
            for k in (first - 1, closing):
                _reattach(doc[k], doc[apposition.head], "punct")
            continue
        # a participle describes the phrase before it; a place or time set off so is the verb's
        _reattach(doc[first], doc[owner] if doc[first].pos_ != "ADP" else verb, "acl" if doc[first].pos_ != "ADP" else "prep")
        for k in range(first + 1, closing):
            head, label = inside[k]
            _reattach(doc[k], doc[head] if first <= head < closing and head != k else doc[first], label)
        for k in (first - 1, closing):
            _reattach(doc[k], doc[first], "punct")
        for token in doc[end:sent_end]:
            if first <= token.head.i <= closing:
                _reattach(token, verb, token.dep_)  # a phrase after the closing comma is the verb's
    if follow is not None:
        _reattach(follow[0], verb, follow[1])
        that = doc[end] if follow[1] == "ccomp" and doc[end].lower_ == "that" else None
        if that is not None and that.dep_ != "mark":
            _reattach(that, follow[0], "mark")  # "that" read as a relative pronoun of the phrase before it
        joiner = next((t for t in doc[end : follow[0].i] if t.lower_ == "and"), None)
        if joiner is not None:
            _reattach(joiner, verb, "cc")
    if reporter is not None or conj_of is not None:
        return
    if final is not None and final.i >= end:
        _reattach(final, verb, "punct")  # the old root's full stop
    if old_root.i != verb.i and old_root.head.i == old_root.i:
        for child in [c for c in old_root.children if c.dep_ == "punct" and c.i == sent_end - 1]:
            _reattach(child, verb, "punct")
    for token in (t for t in doc[sent_start:sent_end] if t.head.i == t.i and t.i != verb.i):
        _reattach(token, verb, "dep")


def reporter_before_speaker(doc: Doc, lexicon: Lexicon) -> None:
    """"The UAE is arming the LNA, warned the Turkish Foreign Minister Cavusoglu", "..., said the spokesman of the
    GNA Mohammed Gnounou in a statement": the speaker after a reporting verb that follows the reported clause
    and a comma, as translated press (and English, with "said") writes it; the parser reads the verb as a second
    verb of the clause's subject and the speaker as its object ("the UAE warned Cavusoglu"). A reporting verb
    after a comma, with no subject, followed by a phrase naming someone and only phrases of time or place to
    the end of the sentence, has that phrase as subject and reports the clause before it (parataxis, as
    trailing_reporter_read_as_apposition hangs it). A verb whose object is the one told or warned takes only
    phrases of place or time after it ("..., warned the GNA against advancing" keeps the GNA as object)."""
    spans: dict[int, tuple[int, int, str, str]] | None = None
    for verb in (doc[i] for i in _index(doc, lexicon).reporting):
        if verb.i < 3 or doc[verb.i - 1].text != "," or not verb.text.islower() or verb.tag_ not in ("VBD", "VBZ"):
            continue
        sent = verb.sent
        # the reported clause's verb: the root before it, or the root's clausal complement when the parser made
        # the reporting verb the root ("..., warned the minister": the minister as its object)
        root = sent.root if sent.root.i != verb.i else next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if root is None or root.i >= verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if spans is None:
            spans = _name_spans(doc)
        speaker = _vs_phrase(doc, verb.i + 1, sent.end, spans, lexicon)
        if speaker is None or not (_names_actor(doc, speaker, spans, lexicon) or _actor_at_head(doc, speaker, spans, lexicon)):
            continue
        places = lexicon.adjunct_preps | lexicon.locative_preps
        preps, k = [], speaker.end
        while k < sent.end and not doc[k].is_punct:
            prep = _vs_prep(doc, k, sent.end, spans, lexicon)
            if prep is None or (lemma in lexicon.control_verbs_object and doc[k].lower_ not in places):
                break
            preps.append(prep)
            k = prep.end
        if any(not t.is_punct for t in doc[k : sent.end]):
            continue
        for t in doc[verb.i + 1 : k]:
            t.head, t.dep_ = verb, "dep"
        for phrase in (speaker, *preps):
            for dependent, head, label in phrase.arcs:
                doc[dependent].head, doc[dependent].dep_ = doc[head], label
        doc[speaker.head].dep_ = "nsubj"
        for prep in preps:
            doc[prep.head].dep_ = "prep"
        if verb.dep_ != "ROOT":
            _reattach(verb, root, "parataxis")
        _reattach(doc[verb.i - 1], verb, "punct")


# Prepositions of the phrase translated press sets between a fronted actor and its event noun ("Cyprus, with
# the warlord Haftar, the coordination against Turkey ..."): the event's partner, target or side.
TOPIC_PHRASE_PREPS = frozenset({"with", "against", "to", "alongside", "beside"})
# Longest such phrase, commas aside.
_TOPIC_PHRASE_WORDS = 8


def topic_before_agentless_noun_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"Cyprus, with the warlord Haftar, the coordination against Turkey is deepening", "Egypt, the support
    to Haftar's militias is continuing": translated press fronts the actor of an event noun as a topic set off
    by a comma (its partner in a phrase of its own), and the clause's subject is the bare event noun; the
    parser leaves the topic a loose modifier, or hangs the clause on it. A dictionary name opening the
    sentence, a comma, maybe such a phrase and a comma, then "the" and a cue noun (not one that describes
    someone, as "ally") that is the subject of a verb after it and has no actor of its own (no possessor, of-,
    by- or between-phrase, demonym or name on it): the topic is the noun's possessor, the phrase the noun's."""
    names = None
    for sent in doc.sents:
        start = _after_fronted_adjuncts(doc, sent, lexicon)
        end = _name_phrase_end(doc, start, sent.end)
        if end is None or end + 3 >= sent.end or doc[end].text != ",":
            continue
        names = dictionary_actors_at(doc) if names is None else names
        topic = doc[end - 1]
        if topic.i not in names:
            continue
        at, phrase = end + 1, None
        if doc[at].lower_ in TOPIC_PHRASE_PREPS:
            comma = next((t.i for t in doc[at + 1 : min(sent.end, at + _TOPIC_PHRASE_WORDS + 2)] if t.text == ","), None)
            if comma is None:
                continue
            phrase, at = doc[at], comma + 1
        noun = _bare_event_noun(doc, at, sent.end, lexicon)
        if noun is None:
            continue
        _mend_topic(doc, topic, noun, phrase, lexicon)


def _bare_event_noun(doc: Doc, at: int, end: int, lexicon: Lexicon) -> Token | None:
    """The cue noun at `at` ("the" and lower-case adjectives first) that is a later verb's subject and names no
    actor of its own, or None."""
    if at >= end or doc[at].lower_ != "the":
        return None
    at += 1
    while at < end and doc[at].tag_ == "JJ" and doc[at].text.islower():
        at += 1
    if at >= end:
        return None
    noun = doc[at]
    entry = lexicon.nouns.get(noun.lemma_.lower())
    if noun.pos_ != "NOUN" or entry is None or entry.identity or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i < noun.i:
        return None
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") or (child.dep_ == "amod" and not child.text.islower()):
            return None
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "between"):
            return None
    return noun


def _mend_topic(doc: Doc, topic: Token, noun: Token, phrase: Token | None, lexicon: Lexicon) -> None:
    """The topic the event noun's possessor, the phrase the noun's; a clause the parser hung on the topic goes
    where the topic was (a reporter after it takes it as its clause)."""
    verb = noun.head
    if topic.i in {t.i for t in verb.ancestors}:
        if topic.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            reporter = topic.head.pos_ == "VERB" and topic.head.lemma_.lower() in lexicon.reporting_verbs
            _reattach(verb, topic.head, "ccomp" if reporter else topic.dep_)
    _reattach(topic, noun, "poss")
    if phrase is not None:
        _reattach(phrase, noun, "prep")


def object_before_final_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"The Turkish parliament, the deployment of troops against Haftar, approved.", "The General Command, the
    Turkish drones over Misrata, shot down.": translated press keeps the source's verb-last order, subject and
    object set off by commas before the verb, and the parser reads the object as the subject's apposition. A
    sentence that ends in a cue verb (its particle, adverbs before it) after a comma, with no object or clause
    after it, and two phrases before, each set off by a comma: the second is the verb's object when it is an
    event, aid or actor the verb can take (an act or aid noun, or a dictionary name other than the subject's),
    not a description of the subject ("the GNA's backer" names a role)."""
    names = None
    for sent in doc.sents:
        verb = _final_cue_verb(doc, sent, lexicon)
        if verb is None:
            continue
        before = verb.i - 1
        while before > sent.start and doc[before].tag_ == "RB":
            before -= 1
        if doc[before].text != ",":
            continue
        start = _after_fronted_adjuncts(doc, sent, lexicon)
        commas = [t.i for t in doc[start:before] if t.text == ","]
        if not commas:
            continue
        subject = _one_phrase(doc, start, commas[-1])
        obj = _one_phrase(doc, commas[-1] + 1, before)
        if subject is None or obj is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        names = dictionary_actors_at(doc) if names is None else names
        if not _takes_as_object(obj, subject, names, lexicon):
            continue
        if verb.dep_ != "ROOT":  # the subject was the root: the verb takes its place
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            for word in [c for c in subject.children if c.i > verb.i]:
                _reattach(word, verb, word.dep_)
        _reattach(obj, verb, "dobj")
        _reattach(subject, verb, "nsubj")
        _reattach(doc[commas[-1]], verb, "punct")
        _reattach(doc[before], verb, "punct")


def _final_cue_verb(doc: Doc, sent: Span, lexicon: Lexicon) -> Token | None:
    """The sentence's root when it is its last word (but punctuation and a particle) and a cue verb with nothing
    after it."""
    end = sent.end - 1
    while end > sent.start and doc[end].is_punct:
        end -= 1
    verb = doc[end - 1] if doc[end].tag_ == "RP" and end > sent.start else doc[end]
    # the root, or a participle the parser hung on the subject it made the root of a verbless sentence
    hung = verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    if not (verb.dep_ == "ROOT" or hung) or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    particle = doc[end].lower_ if verb.i < end else ""
    if not (_is_cue_verb(verb, lexicon) or f"{verb.lemma_.lower()} {particle}" in lexicon.verbs):
        return None
    if any(c.i > verb.i and c.dep_ not in ("punct", "prt") for c in verb.children):
        return None
    return verb


def _one_phrase(doc: Doc, start: int, end: int) -> Token | None:
    """The head of the words [start, end) when they make one phrase (one word hangs outside them)."""
    if start >= end:
        return None
    roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return roots[0] if len(roots) == 1 else None


def _takes_as_object(obj: Token, subject: Token, names: dict[int, set[str]], lexicon: Lexicon) -> bool:
    """An act or aid noun (not one that describes someone), or a dictionary name of another actor."""
    if obj.pos_ == "NOUN":
        entry = lexicon.nouns.get(obj.lemma_.lower())
        return (entry is not None and not entry.identity) or obj.lemma_.lower() in lexicon.aid_nouns
    if obj.pos_ == "PROPN" and obj.i in names:
        return names[obj.i].isdisjoint(names.get(subject.i, set()))
    return False
