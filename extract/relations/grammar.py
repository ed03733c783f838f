"""Token-level helpers over spaCy's parse, shared by every construction."""
from __future__ import annotations

from typing import Collection, Container

from spacy.attrs import LOWER, ORTH, SPACY
from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
NO_DETERMINERS = frozenset({"no", "neither"})
# "one of Haftar's allies", "some of its backers": a member of what the noun after "of" names.
PARTITIVES = frozenset({"one", "some", "two", "three", "several", "many", "most", "each", "both", "all"})
# Acting "on behalf of X", "on the side of X" is backing X, whatever the verb: the phrases are the
# lexicon's behalf_phrases, which extract.relations.context.SentenceContext puts on the Doc it reads
# under this key (so prep_text and objects need no lexicon argument).
BEHALF_KEY = "behalf_phrases"
HYPHENS = ("-", "‐", "‑")
# "fighting alongside / beside Haftar's forces": prepositions of acting at someone's side.
ALONGSIDE_PREPS = frozenset({"alongside", "beside"})
# Mediation categories of a third party's acts (lexicon _categories): those who broker, host or facilitate
# side by side are co-mediators, not parties to each other.
THIRD_PARTY_CATEGORIES = frozenset({"broker", "host", "facilitate", "shuttle"})
# "if the GNA moved", "unless Haftar withdraws": what such a clause says is not asserted.
CONDITION_MARKS = ("if", "unless")
# What a grievance noun after "in" is about: "in protest at / against / over", "in response to", "in retaliation for"
# (constructions protest-at-act, parse repair grievance_preposition_read_on_verb).
GRIEVANCE_PREPS = frozenset({"at", "against", "over", "to", "for"})


def lemma(token: Token) -> str:
    text = token.lemma_.lower()
    doc = token.doc
    # "cease-fire" is split by the tokenizer; read it as one word.
    if token.i in after_hyphen(doc):
        return f"{doc[token.i - 2].lower_}-{text}"
    return text


def with_particle(verb: Token) -> str:
    """"ruled out", "turned down": the lemma and its particle, as word lists write phrasal verbs (the parser may call
    the particle right after the verb an adverb or a preposition: "brushed aside")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    particles += [c.lower_ for c in verb.children if c.dep_ in ("advmod", "prep") and c.i == verb.i + 1 and c.pos_ in ("ADP", "ADV")]
    return f"{lemma(verb)} {particles[0]}" if particles else lemma(verb)


def refusing(verb: Token, refusal_verbs: Container[str]) -> bool:
    """"refused", "ruled out", "turned down": a verb of refusal (the lexicon's refusal_verbs)."""
    return lemma(verb) in refusal_verbs or with_particle(verb) in refusal_verbs


# Per collection of words (by id; the collection is held, so the id stays its own) and lower-casing: the hashes
# whose string is in it and every hash looked up so far (positions_in).
_MEMBERSHIP: dict[tuple[int, bool], tuple[Collection[str], set[int], set[int]]] = {}


# Attributes no step after the tokenizer changes (the words), whose arrays positions_in keeps per Doc under these
# doc.user_data keys, with the Doc's length; tags, lemmas and the parse can be repaired later.
FIXED_ATTRS = frozenset({LOWER, ORTH})
FIXED_KEYS = {LOWER: "positions_in LOWER", ORTH: "positions_in ORTH"}


def positions_in(doc: Doc, attr: int, words: Collection[str], lower: bool = False, start: int = 0, end: int | None = None) -> list[int]:
    """Positions of the tokens of doc[start:end] whose `attr` (a string attribute such as LOWER or LEMMA) is in
    `words` (in lower case with `lower`), in order. Read from the parse's arrays of hashes, each hash looked up
    once per collection: a Python Token for every word of a paragraph costs more than reading the few that matter.
    The hashes present are compared with the collection's as sets: most calls find none, without a loop in Python."""
    held = _MEMBERSHIP.get((id(words), lower))
    if held is None or held[0] is not words:
        held = _MEMBERSHIP[id(words), lower] = (words, set(), set())
    _, inside, known = held
    # the Doc's whole array of `attr`, as a list and as a set, and which of its hashes each collection holds, kept
    # per Doc while the array is the same: words (FIXED_ATTRS) never change; tags and lemmas, which repairs
    # change, are compared with the kept array's bytes
    if attr in FIXED_ATTRS:
        kept = doc.user_data.get(FIXED_KEYS[attr])
        if kept is None or kept[0] != len(doc):
            every = doc.to_array(attr).tolist()
            kept = doc.user_data[FIXED_KEYS[attr]] = (len(doc), every, set(every), {})
    else:
        array = doc.to_array(attr)
        state = array.tobytes()
        kept = doc.user_data.get((ARRAY_KEY, attr))
        if kept is None or kept[0] != state:
            every = array.tolist()
            kept = doc.user_data[ARRAY_KEY, attr] = (state, every, set(every), {})
    _, every, present, held_by = kept
    found = held_by.get((id(words), lower))
    if found is None and attr in FIXED_ATTRS and not lower:
        # a word form's hash is the StringStore's of the string: compare with the collection's hashes, a small set,
        # not the (large) set of hashes looked up so far
        found = held_by[id(words), lower] = present & _hashes_of(words, doc)
    if found is None:
        unknown = present - known
        if unknown:
            strings = doc.vocab.strings
            for value in unknown:
                text = strings[value]
                if (text.lower() if lower else text) in words:
                    inside.add(value)
            known |= unknown
        # (the collection is held in _MEMBERSHIP, so its id is not reused)
        found = held_by[id(words), lower] = present & inside
    if not found:
        return []  # none in the whole Doc, so none in doc[start:end]
    if start == 0 and (end is None or end >= len(doc)):
        return [i for i, value in enumerate(every) if value in found]
    return [i for i, value in enumerate(every[start:end], start=start) if value in found]


# Per collection of words (by id; the collection is held): the StringStore's hashes of its words (positions_in).
_HASHES: dict[int, tuple[Collection[str], frozenset[int]]] = {}


def _hashes_of(words: Collection[str], doc: Doc) -> frozenset[int]:
    held = _HASHES.get(id(words))
    if held is None or held[0] is not words:
        strings = doc.vocab.strings  # (a string's hash is the same in every vocabulary)
        held = _HASHES[id(words)] = (words, frozenset(strings[word] for word in words))
    return held[1]


# doc.user_data key (with the attribute) of the arrays positions_in keeps of attributes repairs may change.
ARRAY_KEY = "positions_in array"


# doc.user_data key: (the Doc's length, the positions after_hyphen found in it).
AFTER_HYPHEN_KEY = "after_hyphen"


def after_hyphen(doc: Doc) -> frozenset[int]:
    """Positions of the words that follow a hyphen written between two words ("fire" in "cease-fire"),
    found once per Doc: lemma reads every word the constructions ask about, and looking at the word
    before each was most of its cost. Words and spaces never change after the tokenizer."""
    known = doc.user_data.get(AFTER_HYPHEN_KEY)
    if known is not None and known[0] == len(doc):
        return known[1]
    hyphen = doc.vocab.strings["-"]
    rows = doc.to_array([ORTH, SPACY]).tolist()  # (the word's hash, whether a space follows it) of each word
    found = frozenset(i + 1 for i in range(1, len(rows)) if rows[i][0] == hyphen and not rows[i][1] and not rows[i - 1][1])
    doc.user_data[AFTER_HYPHEN_KEY] = (len(doc), found)
    return found


# doc.user_data key: (the Doc's length, its text as doc_text built it).
TEXT_KEY = "text"


def keep_text(doc: Doc, text: str) -> None:
    """Note `text` as the text of `doc`, parsed from it (spaCy's tokenizer keeps every character), for doc_text."""
    doc.user_data[TEXT_KEY] = (len(doc), text)


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc from the parse's arrays: spaCy builds it from a Token of every word on
    each access. Words and the spaces after them never change after the tokenizer."""
    known = doc.user_data.get(TEXT_KEY)
    if known is not None and known[0] == len(doc):
        return known[1]
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []  # (the word's hash, whether a space follows it)
    text = "".join([strings[orth] + " " if space else strings[orth] for orth, space in rows])
    doc.user_data[TEXT_KEY] = (len(doc), text)
    return text


def starts_clause(noun: Token) -> bool:
    """A conjoined noun phrase directly followed by a subjectless conjoined verb is
    really that verb's subject ("met Haftar and the Turkish delegation held ...")."""
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after >= len(doc) or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = doc[after]
    # a finite verb needs a subject of its own; so does an -ing verb joined to one that has its own subject ("with
    # Amman arming Haftar and Ankara supplying the GNA")
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    absolute = first.head.tag_ == "VBG" and any(c.dep_ in SUBJECT_DEPS for c in first.head.children)  # "with Egypt backing Haftar"
    own_subject = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBG" and noun.dep_ == "conj" and (absolute or (verb.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)))
    )
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "advcl", "dep")
        and own_subject
        and not any(c.dep_ in (*SUBJECT_DEPS, "mark") for c in verb.children)
    ) or _small_clause_follows(first, noun)


# Tags of the predicate of a verbless small clause: "with Russia sympathetic to the LNA", "Turkey committed to the GNA".
SMALL_CLAUSE_TAGS = frozenset({"JJ", "VBN", "VBD"})


def _small_clause_follows(first: Token, noun: Token) -> bool:
    """"with Russia sympathetic to the LNA and Turkey (openly) committed to the GNA", "... and Turkey supportive of the
    GNA": after a list that ends a small clause's prepositional object (the clause's adjective or participle has a
    subject of its own), a conjunct followed by an adjective or participle of its own, with no subject, starts a
    second small clause: the conjunct is its subject, not a co-object."""
    holder = first.head.head if first.dep_ == "pobj" and first.head.pos_ == "ADP" else None
    # (the first clause verbless too: "fighting broke out between the LNA and gunmen loyal to the GNA" is one list)
    if noun is first or holder is None or holder.tag_ not in ("JJ", "VBN") or not any(c.dep_ in SUBJECT_DEPS for c in holder.children):
        return False
    # ("Turkey supportive of the GNA": the parser may hang the predicate on the conjunct)
    own = [c for c in noun.children if c.i > noun.i and c.tag_ in SMALL_CLAUSE_TAGS and any(g.dep_ == "prep" for g in c.children)]
    after = noun.right_edge.i + 1
    doc = noun.doc
    while after < len(doc) and doc[after].tag_ == "RB":
        after += 1  # "and Turkey openly committed to"
    following = [doc[after]] if after < len(doc) else []
    return any(
        predicate.tag_ in SMALL_CLAUSE_TAGS
        and predicate.dep_ in ("conj", "advcl", "dep", "pcomp", "amod", "acl", "advmod")
        and not any(c.dep_ in (*SUBJECT_DEPS, "mark") for c in predicate.children)
        for predicate in [*own, *following]
    )


def hyphen_modifier(token: Token, names: Container[int] = ()) -> bool:
    """"UN" in "UN-recognised", "Tripoli" in "Tripoli-based": a name that
    qualifies a participle, not the phrase's head. A name after the hyphen
    (positions in `names`) makes a pair instead: "Turkish-Russian talks"."""
    doc = token.doc
    after = token.i + 1
    if after + 1 < len(doc) and doc[after].text in HYPHENS and (doc[after].whitespace_ or doc[after + 1].lower_ in SUSPENDED_JOINERS):
        completed = suspended_hyphen_end(token)  # "Russian" in "Russian- and Emirati-backed forces"
        return completed is not None and doc[completed].tag_ in ("VBN", "VBD", "JJ") and completed not in names
    return (
        after + 1 < len(doc)
        and doc[after].text in HYPHENS
        and not doc[after].whitespace_
        and doc[after + 1].tag_ in ("VBN", "VBD", "JJ")
        and after + 1 not in names
    )


# Words that join suspended hyphens: "Russian- and Emirati-backed", "Russian-, Emirati- or Egyptian-backed".
SUSPENDED_JOINERS = frozenset({"and", "or", ",", "&"})
SUSPENDED_REACH = 12


def suspended_hyphen_end(token: Token) -> int | None:
    """"Russian- and Emirati-backed forces": a word followed by a hyphen and a space leaves its compound to be
    finished by the one after a list of such words ("backed", written after "Emirati-"); the position of that
    word, or None when `token` ends no suspended hyphen."""
    doc = token.doc
    i = token.i + 1
    if not (i + 1 < len(doc) and doc[i].text in HYPHENS and (doc[i].whitespace_ or doc[i + 1].lower_ in SUSPENDED_JOINERS)):
        return None
    i += 1
    while i < min(len(doc), token.i + SUSPENDED_REACH):
        if doc[i].lower_ not in SUSPENDED_JOINERS:
            return None
        while i < len(doc) and doc[i].lower_ in SUSPENDED_JOINERS:
            i += 1
        if i + 2 >= len(doc) or doc[i + 1].text not in HYPHENS:
            return None
        if not doc[i + 1].whitespace_ and not doc[i].whitespace_ and doc[i + 2].lower_ not in SUSPENDED_JOINERS:
            return i + 2  # "Emirati-backed": the word that finishes them all
        i += 2  # another suspended one: "Emirati- and Egyptian-backed"
    return None


def prep_text(prep: Token) -> str:
    """The preposition as the lexicon spells it, multiword ones included."""
    words = [prep.lower_] + [c.lower_ for c in prep.children if c.dep_ in ("pcomp", "prep") and c.i == prep.i + 1 and c.pos_ == "ADP"]
    text = " ".join(words)
    if prep.lower_ == "such" and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].lower_ == "as":
        text = "such as"
    elif prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
        text = "such as"  # "countries, such as Russia": the parser hangs "such" on "as"
    if _behalf_phrase(prep):
        text = f"{prep.lower_} {next(c for c in prep.children if c.dep_ == 'pobj').lower_} of"
    return text


# Nouns of asking someone to come or act ("at the request of the GNA", "in response to a request from Tripoli").
REQUEST_NOUNS = frozenset({"request", "invitation", "behest", "plea"})
# Prepositions by which a request names who made it.
REQUESTER_PREPS = frozenset({"of", "from", "by"})
# Prepositions of acting after or upon a request ("after a request from the GNA").
REQUEST_PREPS = frozenset({"after", "following", "upon", "on", "at"})
# Nouns of answering, whose to-phrase holds the request ("in response to a request from the GNA").
RESPONSE_NOUNS = frozenset({"response", "answer", "reply"})


def _request(prep: Token) -> Token | None:
    """The request noun a phrase says someone acts on, when it names who asked: "at / upon / after a request from the
    GNA", "at the GNA's invitation", "in response to a request by Tripoli"."""
    if prep.lower_ not in REQUEST_PREPS and prep.lower_ != "in":
        return None  # (most prepositions: no Token of their children is made)
    if BEHALF_KEY not in prep.doc.user_data:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if prep.lower_ == "in" and pobj.lower_ in RESPONSE_NOUNS:
        pobj = next((o for c in pobj.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"), None)
    elif prep.lower_ not in REQUEST_PREPS:
        return None
    if pobj is None or pobj.lemma_.lower() not in REQUEST_NOUNS:
        return None
    if pobj.head.i == prep.i and (prep.lower_, pobj.lower_) in prep.doc.user_data.get(BEHALF_KEY, ()):
        return None  # "at the request of the GNA", "at the GNA's request": a behalf phrase of the lexicon, read as one
    asked = any((c.dep_ == "prep" and c.lower_ in REQUESTER_PREPS) or c.dep_ == "poss" for c in pobj.children)
    return pobj if asked else None


def is_behalf_prep(prep: Token) -> bool:
    """"on behalf of X", "on the side of X": a phrase of the lexicon's behalf_phrases (none on a
    Doc no SentenceContext has read); and acting on someone's request ("in response to a request from X")."""
    return _behalf_phrase(prep) or _request(prep) is not None


def _behalf_phrase(prep: Token) -> bool:
    """A phrase of the lexicon's behalf_phrases with the one acted for: "on the side of X", or as possessor: "on
    Haftar's side", "on his behalf", or as a name before the noun: "on the LNA side", "in the GNA ranks". (It and
    _request never hold of one phrase: a request phrase of the lexicon is read as one, not by _request.)"""
    phrases = prep.doc.user_data.get(BEHALF_KEY, ())
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (prep.lower_, pobj.lower_) in phrases and any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss" or _naming_compound(c) for c in pobj.children
    )


def _naming_compound(token: Token) -> bool:
    """A name before a behalf noun that says whose side it is: "the LNA side" (not "the government side")."""
    return token.dep_ == "compound" and token.pos_ == "PROPN" and token.i < token.head.i and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.head.children
    )


def objects(prep: Token) -> list[Token]:
    request = _request(prep)
    if request is not None:
        # "after a request from the GNA", "in response to the GNA's request": who asked
        return [o for p in request.children if p.dep_ == "prep" and p.lower_ in REQUESTER_PREPS for o in objects(p)] or [
            c for c in request.children if c.dep_ == "poss"
        ]
    if _behalf_phrase(prep):
        # "on behalf of X", "on X's side": the object is X, not "behalf".
        noun = next(c for c in prep.children if c.dep_ == "pobj")
        return (
            [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in objects(p)]
            or [c for c in noun.children if c.dep_ == "poss"]
            or [c for c in noun.children if _naming_compound(c)]
        )
    found = [c for c in prep.children if c.dep_ in ("pobj", "pcomp") and (c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X") or mistagged_noun(c))]
    for c in prep.children:
        if c.dep_ == "prep":  # "on behalf of X", "such as X"
            found.extend(objects(c))
        elif c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_:
            found.extend(objects(c))  # "not only by Turkey but also by Qatar", "to Egypt and to Russia"
    return found


def mistagged_noun(token: Token) -> bool:
    """"with Chinese-made Wing Loong drones": the tagger can call a plural noun a verb
    ("drones" VBZ); as a preposition's object it is still the noun. A gerund is not."""
    return token.dep_ == "pobj" and token.tag_ in ("VBZ", "VBP", "VB")


def datives(token: Token) -> list[Token]:
    """The recipient: "gave Haftar", or "gave ... to Haftar" (the parser calls "to" dative)."""
    return objects(token) if token.pos_ == "ADP" else [token]


def has_object_gap(clause: Token) -> bool:
    """A relative clause with no object of its own and no relative pronoun read as its subject: its object is the
    noun it describes ("an initiative the GNA rejected", "a deal that Turkey called void"; not "which it considered
    null", where the parser made "which" a second subject)."""
    return clause.dep_ == "relcl" and not any(
        c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS) for c in clause.children
    )


def is_to_infinitive(verb: Token) -> bool:
    """A verb with its own "to": "to send troops", "(asked Italy) to help"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def asked_subjects(verb: Token) -> list[Token]:
    """"called for Sarraj and Haftar to reopen talks", "demanded that Haftar halt his offensive": the subject of a
    clause of the verb that says what someone is asked to do, who is the one asked, as the object of "called on X
    to" is (parse repair infinitive_subject_read_as_object_of_for gives the for-clause this shape when the parser
    did not)."""
    return [s for c in asked_clauses(verb) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def asked_clauses(verb: Token) -> list[Token]:
    """The verb's to-infinitive clauses that "for" opens ("called for the LNA [to halt its offensive]"), and its
    that-clauses in the subjunctive, a bare verb or one with "should", when the verb has no object ("demanded that
    Haftar [halt his offensive]"; not "told the Council that Russia should withdraw", what the Council was told)."""
    addressed = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return [
        c for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i and (
            (is_to_infinitive(c) and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
            or (c.dep_ == "ccomp" and not addressed and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and _subjunctive(c))
        )
    ]


def _subjunctive(verb: Token) -> bool:
    """A bare verb ("that Haftar halt"), or one after "should" or a bare "be" ("that the troops be withdrawn")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return verb.tag_ == "VB"
    first = auxiliaries[0]
    return first.lower_ == "should" or (first.lower_ == "be" and first.tag_ == "VB")


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def in_phrase_on_clause(noun: Token) -> bool:
    """"Haftar's jets struck the airport in an attack the GNA called a war crime", "... in a move criticised by Rome":
    a noun in an in-phrase on a clause's verb names what the clause did, as one set off after it does."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.dep_ == "prep" and is_verb(noun.head.head)


def clause_above(word: Token) -> Token | None:
    """The verb of the clause a phrase hangs on, out of a clause that only describes a noun ("entrenched itself in a
    way that neither the GNU nor its successors are able to reverse, much to the irritation of Cairo": the phrase is on
    "entrenched", not on the relative clause's "reverse")."""
    clause = next((a for a in word.ancestors if is_verb(a)), None)
    while clause is not None:
        node = clause
        while node.dep_ in ("xcomp", "acomp", "aux") and node.head.i != node.i:
            node = node.head  # "are likely to be able to reverse"
        if node.dep_ not in ("relcl", "acl"):
            return clause
        clause = next((a for a in node.ancestors if is_verb(a)), None)
    return None


def summed_clause(noun: Token) -> Token | None:
    """"Haftar's forces swept into Sirte, a setback for the Tripoli government", "signed a deal, a move Ankara declared
    void": the clause (clause_above) a noun set off by a comma after it sums up; None when the noun's phrase opens
    with no comma or comes before the clause."""
    if noun.left_edge.i < 1 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    clause = clause_above(noun)
    return clause if clause is not None and clause.i < noun.i else None


def particle_verb(token: Token) -> Token:
    """The verb a particle or adverb belongs to when a preposition hangs on it ("shied away from backing Haftar": "shied"
    for "away"), or the token itself."""
    if token.dep_ in ("advmod", "prt") and token.pos_ in ("ADV", "ADP") and token.head.i != token.i and is_verb(token.head):
        return token.head
    return token


def first_conjunct(token: Token) -> Token:
    """The first member of the coordination `token` belongs to ("Turkey" for "Egypt" in "Turkey and Egypt"), or itself."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


# Prepositions of place that a posture verb shares with its sense of taking a side ("stood beside Erdogan in Ankara").
BESIDE_PREPS = frozenset({"beside", "alongside", "next"})


def posture_adjunct(verb: Token) -> bool:
    """"Standing next to Mitsotakis, Macron said", "remarks made standing next to the Turkish minister": a posture verb
    as a bare -ing adjunct says where someone stood while doing something else; "Turkey will continue standing next to
    the GNA" (after an aspectual verb, or with an auxiliary) says whose side it takes."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True  # "unveiled the plan with Haftar standing at his side": an absolute says how the scene looked
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp", "oprd", "npadvmod"):
        return False  # (not a gerund: "stressed Egypt's standing by the LNA")
    if any(c.dep_ in ("aux", "auxpass", "poss", "nsubj") for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and lemma(verb.head) in ("continue", "keep", "remain", "go", "stay"))


def stood_somewhere(verb: Token, prep: Token, lexicon, named: Container[int] = ()) -> bool:
    """"Sarraj stood beside Erdogan in Ankara on Thursday", "Erdogan stood alongside Sarraj at the press conference":
    beside someone at a place or an event is where one stood; "Ankara stands beside the legitimate government" (no
    place) takes a side. `named`: where actors are named (a capital where it is a place is no actor)."""
    # ("stood at Sarraj's side at the press conference": "at" or "by" one's side is beside one)
    at_side = prep.lower_ in ("at", "by") and any(c.dep_ == "pobj" and lemma(c) == "side" for c in prep.children)
    if prep.lower_ not in BESIDE_PREPS and not at_side:
        return False
    # (the parser may hang the place on the one stood beside: "beside Erdogan in Ankara")
    holders = [verb, *(o for p in objects(prep) for o in (p, *p.conjuncts))]
    for c in (c for h in holders for c in h.children):
        if c.dep_ != "prep" or c.lower_ not in ("in", "at", "on") or c.i < prep.i:
            continue
        for place in objects(c):
            # a place name, or a venue, meeting or place noun
            if (place.pos_ == "PROPN" and place.i not in named) or lemma(place) in lexicon.venue_nouns or lemma(place) in lexicon.meeting_nouns or lemma(place) in lexicon.place_nouns:
                return True
    return False
