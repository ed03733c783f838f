"""Parse repair: a step after spaCy's parse and before the constructions, which
fixes attachments the small English model predictably gets wrong in news prose.

Each repair is one small function over a parsed Doc that changes heads, labels
or tags in place and says in its docstring which error it mends. They only act
on the shape they name, so a parse that is already right is left as it is.
`repair_parse` runs them all in order.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.attrs import LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import NAME_MATCHES_KEY, PERSON_KINDS, dictionary_actors_at
from extract.nlp import verb_base_form
from extract.relations.grammar import AFTER_HYPHEN_KEY, ALONGSIDE_PREPS, after_hyphen, positions_in

LIST_CONJUNCTIONS = frozenset({"and", "or"})
# Prepositions that say whom an action is aimed at or done beside; a name does not take them.
ACTION_PREPS = frozenset({"against"}) | ALONGSIDE_PREPS


def repair_parse(doc: Doc, lexicon: Lexicon) -> Doc:
    """Every repair below whose trigger word the paragraph has, in order; returns the same Doc."""
    index = doc.user_data[INDEX_KEY] = _Index(doc, lexicon)
    words = index.words
    has_cue_verb = index.has_cue_verb
    has_adjective = not words.isdisjoint(lexicon.adjectives)
    has_ing_cue = any(w.endswith("ing") and (w[:-3] in lexicon.verbs or f"{w[:-3]}e" in lexicon.verbs) for w in words)
    for repair in REPAIRS:
        name = repair.__name__
        needs = TRIGGER_WORDS.get(name)
        if needs is not None and needs.isdisjoint(words):
            continue
        if (name in CUE_VERB_REPAIRS and not has_cue_verb) or (name in ADJECTIVE_REPAIRS and not has_adjective):
            continue
        if name == "participle_read_as_noun" and not has_ing_cue:
            continue
        if name == "prep_after_time_phrase" and words.isdisjoint(lexicon.time_nouns):
            continue
        if name == "predicate_read_as_name_head" and words.isdisjoint(lexicon.designation_predicates):
            continue
        if name == "subordinator_read_as_preposition" and words.isdisjoint(lexicon.adjunct_marks):
            continue
        if name == "quantity_noun_before_cue" and words.isdisjoint(_plural_forms(lexicon.quantity_nouns)):
            continue
        repair(doc, lexicon)
    del doc.user_data[INDEX_KEY]
    doc.user_data.pop(VERB_FIRST_DONE_KEY, None)
    return doc


INDEX_KEY = "parse_repair_index"
# Coarse tags the repairs that read every proper noun or verb look up (positions_in reads the parse's arrays).
PROPER = frozenset({"PROPN"})
HYPHEN_FORMS = frozenset({"-", "‐"})
IN_FORMS = frozenset({"in"})
VERBS = frozenset({"VERB"})


class _Index:
    """Where the words the new repairs start from are (commas, "and" / "or", "by", time nouns, the first
    word of "together with", capitalised words, past forms), found in one pass: a Python loop over
    every token of every paragraph for each repair costs more than the repairs. Keyed on the words,
    which no repair changes (and on the tags of the parse, read before any repair changes one)."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.commas: list[int] = []
        self.conjunctions: list[int] = []
        self.by: list[int] = []
        self.times: list[int] = []
        self.pair_starts: list[int] = []
        self.capitalised: list[int] = []
        self.past: list[int] = []
        self.possessives: list[int] = []
        self.against: list[int] = []
        self.words: set[str] = set()
        # Whether a word's lemma is a cue verb (as parsed: read before any repair), in the same pass.
        self.has_cue_verb = False
        # Where a cue or sending verb's form is (by lemma or by word, as the repairs that start from one look
        # it up, or a hyphen participle), and where a reporting verb is: those repairs walk these, not every
        # token (making a Token in Python for each word of a paragraph, in each of them, cost more than the rest).
        self.cues: list[int] = []
        self.reporting: list[int] = []
        self.ed_words: list[int] = []  # lower-case words in -ed (verb_read_as_modifier)
        self.withs: list[int] = []
        self.froms: list[int] = []
        # the words, lemmas, tags and forms from the parse's arrays: no Python Token per word; each distinct row
        # (word, lemma, tag, form) is classified once per lexicon (_row_kinds), most rows being seen before
        rows = doc.to_array([LOWER, LEMMA, TAG, ORTH]).tolist() if len(doc) else []
        kinds = _row_kinds(lexicon)
        lists = (self.cues, self.reporting, self.ed_words, self.withs, self.froms, self.commas, self.conjunctions, self.by,
                 self.times, self.pair_starts, self.possessives, self.against, self.past, self.capitalised)
        words = self.words
        for i, row in enumerate(rows):
            key = tuple(row)
            kind = kinds.get(key)
            if kind is None:
                kind = kinds[key] = _row_kind(key, doc.vocab.strings, lexicon)
            words.add(kind[0])
            if kind[1]:
                for at in kind[1]:
                    lists[at].append(i)
                if kind[2]:  # (a cue verb's row has the cues list)
                    self.has_cue_verb = True


# Per lexicon (by id; the lexicon is held, so the id stays its own): what _row_kind found for each row of hashes.
_ROW_KINDS: dict[int, tuple[Lexicon, dict[tuple[int, ...], tuple[str, tuple[int, ...], bool]]]] = {}
# Distinct rows kept per lexicon before the table starts again (it only saves work; a long run meets new words).
_ROW_KINDS_LIMIT = 200_000


def _row_kinds(lexicon: Lexicon) -> dict[tuple[int, ...], tuple[str, tuple[int, ...], bool]]:
    held = _ROW_KINDS.get(id(lexicon))
    if held is None or held[0] is not lexicon or len(held[1]) > _ROW_KINDS_LIMIT:
        held = _ROW_KINDS[id(lexicon)] = (lexicon, {})
    return held[1]


def _row_kind(row: tuple[int, ...], strings, lexicon: Lexicon) -> tuple[str, tuple[int, ...], bool]:
    """For a row of hashes (LOWER, LEMMA, TAG, ORTH): the word, the _Index lists its position goes in (their order in
    _Index.__init__: cues, reporting, ed_words, withs, froms, commas, conjunctions, by, times, pair_starts,
    possessives, against, past, capitalised) and whether its lemma is a cue verb."""
    word_hash, lemma_hash, tag_hash, text_hash = row
    word = strings[word_hash]
    lists: list[int] = []
    base = strings[lemma_hash].lower()
    if base in lexicon.verbs or word in lexicon.verbs or base in lexicon.transfer_verbs or word in lexicon.hyphen_participles:
        lists.append(0)
    if base in lexicon.reporting_verbs:
        lists.append(1)
    text = strings[text_hash]
    if word.endswith("ed") and text.islower():
        lists.append(2)
    elif word == "with":
        lists.append(3)
    elif word == "from":
        lists.append(4)
    if word == ",":
        lists.append(5)
    elif word in LIST_CONJUNCTIONS:
        lists.append(6)
    elif word == "by":
        lists.append(7)
    elif word in lexicon.time_nouns:
        lists.append(8)
    elif word in _pair_firsts(lexicon.co_agent_preps):
        lists.append(9)
    elif word in ("'s", "’s", "'"):
        lists.append(10)
    elif word in ACTION_PREPS:
        lists.append(11)
    if strings[tag_hash] == "VBD":
        lists.append(12)
    elif text[:1].isupper():
        lists.append(13)
    return word, tuple(lists), base in lexicon.verbs


@functools.lru_cache(maxsize=8)
def _pair_firsts(co_agent_preps: frozenset[str]) -> frozenset[str]:
    """The first words of two-word co-agent prepositions ("together" of "together with"), once per lexicon."""
    return frozenset(p.split()[0] for p in co_agent_preps if len(p.split()) == 2)


def _index(doc: Doc, lexicon: Lexicon) -> _Index:
    """The index repair_parse made for this Doc, or a new one (a repair called on its own)."""
    found = doc.user_data.get(INDEX_KEY)
    return found if isinstance(found, _Index) else _Index(doc, lexicon)


def _reattach(token: Token, head: Token, dep: str) -> None:
    if token.i == head.i or head.i in {t.i for t in token.subtree}:
        return  # would make a cycle
    token.head = head
    token.dep_ = dep


@functools.lru_cache(maxsize=8)
def _plural_forms(nouns: frozenset[str]) -> frozenset[str]:
    return frozenset(form for noun in nouns for form in (noun, f"{noun}s", f"{noun}es"))


def quantity_noun_before_cue(doc: Doc, lexicon: Lexicon) -> None:
    """"held several rounds of talks with Moscow", "launched a wave of attacks on Tripoli", "sent a
    number of drones to the GNA": a noun that counts or groups (`quantity_nouns`) stands in
    front of the cue (or aid) noun, which the parser hangs under it; the cue takes its place in the clause
    (and the prepositions after it), the count becomes its modifier. Counts nest ("hundreds of tonnes of
    military equipment"): the innermost is read first, so the cue climbs to the outermost's place."""
    for count in reversed(doc):
        if count.lemma_.lower() not in lexicon.quantity_nouns or count.pos_ != "NOUN":
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
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        _reattach(name, verb, "nsubj")
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            verb.tag_ = "VBD"  # "engaged" with no auxiliary left is the past tense


def coordinated_modifiers_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's Egyptian and Emirati backers": the parser makes the first modifier the head of the
    phrase (with the possessor) and the noun its conjunct; both modifiers belong to the noun. Only
    a first word that takes a possessor or an article ("the Russian and Turkish presidents"), so
    "Egypt and UAE forces" (a name and a phrase) stays as parsed."""
    for i in _index(doc, lexicon).capitalised:
        first = doc[i]
        if first.dep_ in ("amod", "compound") or i + 3 >= len(doc) or doc[i + 1].lower_ not in ("and", "or"):
            continue
        second, noun = doc[i + 2], doc[i + 3]
        if noun.dep_ != "conj" or noun.head.i != i or noun.pos_ != "NOUN" or not second.text[:1].isupper() or second.head.i != noun.i:
            continue
        if not any(c.dep_ in ("poss", "det") and c.i < i for c in first.children):
            continue
        if first.head.i == i:
            noun.head, noun.dep_ = noun, "ROOT"  # a headline: "Haftar's Egyptian and Emirati backers"
        else:
            _reattach(noun, first.head, first.dep_)
        for child in [c for c in first.children if c.i < i]:
            _reattach(child, noun, child.dep_)
        _reattach(first, noun, "amod")
        _reattach(second, first, "conj")


POSSESSIVE_PRONOUNS = frozenset({"its", "his", "her", "their"})


def possessed_noun_read_as_object_conjunct(doc: Doc, lexicon: Lexicon) -> None:
    """"Doha reaffirmed its support for the GNA and its rejection of Haftar's campaign": the parser
    joins "its rejection" to the name inside the first noun's phrase; a possessed noun after "and"
    parallels the possessed noun that phrase hangs on."""
    for i in _index(doc, lexicon).conjunctions:
        if i + 1 >= len(doc) or doc[i + 1].lower_ not in POSSESSIVE_PRONOUNS or doc[i + 1].dep_ != "poss":
            continue
        noun = doc[i + 1].head
        name = noun.head
        if noun.dep_ != "conj" or name.pos_ not in ("PROPN", "NOUN") or name.dep_ != "pobj" or noun.lemma_.lower() not in lexicon.nouns:
            continue
        first = name.head.head  # "support" in "its support for the GNA"
        if first.pos_ == "NOUN" and any(c.dep_ == "poss" for c in first.children):
            _reattach(noun, first, "conj")
            _reattach(doc[i], first, "cc")


def _is_event_noun(token: Token, lexicon: Lexicon) -> bool:
    cue = lexicon.nouns.get(token.lemma_.lower())
    return token.pos_ == "NOUN" and cue is not None and cue.identity is None and cue.preps.get("by") == "agent"


def _names_someone(noun: Token) -> bool:
    """"by the LNA", "by Haftar's forces", "by Turkish drones" (not "by phone", "by night")."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "ADJ") for c in noun.children)


def by_phrase_to_event_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"repelled a renewed offensive by the LNA on Monday", "came under heavy attack
    last spring by Haftar's forces": the parser hangs "by Y" on the verb (as its agent or
    a prep) although the verb is active, or on the place the event is aimed at ("repelled a
    ground assault on the base by the GNA"); it belongs to the event noun before it."""
    for by in (doc[i] for i in _index(doc, lexicon).by):
        if by.dep_ not in ("agent", "prep"):
            continue
        verb = by.head
        if verb.pos_ in ("NOUN", "PROPN") and not _is_event_noun(verb, lexicon) and verb.dep_ == "pobj":
            holder = verb.head.head  # "an assault [on the base] by the GNA": past the place to what holds it
            if _is_event_noun(holder, lexicon):
                if any(_names_someone(p) for p in by.children if p.dep_ == "pobj"):
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
        if nouns and any(_names_someone(p) for p in by.children if p.dep_ == "pobj"):
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
            for prep in [c for c in agent.children if c.dep_ == "prep" and roles.get(c.lower_) == "patient"]:
                if agent.lemma_.lower() not in lexicon.nouns:
                    _reattach(prep, event, "prep")


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


AS_WORD = frozenset({"as"})
ONLY_WORD = frozenset({"only"})


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


def predicate_read_as_name_head(doc: Doc, lexicon: Lexicon) -> None:
    """"Athens called the deal between Ankara and the GNA illegal", "called Turkey's deal with the GNA
    absurd": the tagger reads a designation's predicate adjective at the end of the clause as a proper noun
    with the name before it as its modifier. The name is the phrase's head again, and the adjective is what
    the designating verb calls its object."""
    for token in (doc[i] for i in positions_in(doc, LOWER, lexicon.designation_predicates)):
        if token.pos_ not in ("PROPN", "NOUN") or token.i == 0:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ not in ("PUNCT", "ADV", "ADP"):
            continue  # the clause ends, or an adjunct follows ("absurd again", "illegal in March")
        name = doc[token.i - 1]
        if name.dep_ != "compound" or name.head.i != token.i or name.pos_ != "PROPN":
            continue
        verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in lexicon.designation_verbs:
            continue
        # "considers [the GNA illegitimate]" read as a small clause headed by the adjective: the name is the object
        small_clause = token.head.i == verb.i and token.dep_ in ("ccomp", "xcomp", "oprd", "attr")
        _reattach(name, token.head, "dobj" if small_clause else token.dep_)
        for child in [c for c in token.children if c.i < name.i]:
            _reattach(child, name, child.dep_)
        token.pos_, token.tag_ = "ADJ", "JJ"
        _reattach(token, verb, "oprd")


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


def correlative_subject_read_as_root(doc: Doc, lexicon: Lexicon) -> None:
    """"Not only Turkey but also Qatar has provided weapons to the GNA": the parser makes the first name of a
    "not only ... but also" subject the root, and the verb its conjunct. Both names are the verb's subject."""
    for only in (doc[i] for i in positions_in(doc, LOWER, ONLY_WORD)):
        first = only.head.head if only.head.lower_ == "not" else only.head
        if first.dep_ != "ROOT" or first.pos_ not in ("PROPN", "NOUN"):
            continue
        verb = next((c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > first.i), None)
        second = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None) if verb is not None else None
        if second is None:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in first.children if c.i > second.i]:
            _reattach(child, verb, child.dep_)  # the full stop
        _reattach(first, second, "conj")


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
        place, dep = name.head, name.dep_
        if dep == "ROOT":
            possessed.head, possessed.dep_ = possessed, "ROOT"
        else:
            _reattach(possessed, place, dep)
        _reattach(owner, of, "pobj")
        _reattach(name, possessed, "poss")
        _reattach(marker, name, "case")


def colon_list_to_role_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"armed by his foreign patrons: the UAE and Egypt", "the GNA's enemies: A and B": a
    list after a colon names the noun right before the colon; the parser often hangs it
    on an earlier word, which can invert who backs whom."""
    for colon in doc:
        if colon.text != ":" or colon.i == 0 or colon.i + 1 >= len(doc):
            continue
        noun = doc[colon.i - 1]
        if noun.pos_ != "NOUN":
            continue
        listed = next((t for t in doc[colon.i + 1 : colon.i + 4] if t.pos_ in ("PROPN", "NOUN")), None)
        while listed is not None and listed.dep_ == "compound" and listed.head.i > listed.i:
            listed = listed.head  # "the United Nations": the phrase's head
        if listed is None or listed.head.i == noun.i or listed.head.i > colon.i:
            continue
        _reattach(listed, noun, "appos")


def fronted_participle_list(doc: Doc, lexicon: Lexicon) -> None:
    """"Armed by Egypt, Russia, and the UAE, Haftar and his commanders pushed west": the
    fronted participle's list ends where it closed ("and the UAE") and a comma follows;
    the parser runs it on into the main clause's subject."""
    for participle in (sent[0] for sent in doc.sents):  # only a sentence's first word can open it
        if participle.tag_ != "VBN" or participle.dep_ != "advcl":
            continue
        verb = participle.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        conjuncts = sorted((t for t in participle.subtree if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")), key=lambda t: t.i)
        closed = False
        for conj in conjuncts:
            before = doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
            if closed and before is not None and before.text == ",":
                _reattach(conj, verb, "nsubj")
                break
            if any(c.dep_ == "cc" and c.lower_ in LIST_CONJUNCTIONS for c in conj.head.children if c.i < conj.i) or (
                conj.i > 1 and doc[conj.left_edge.i - 1].lower_ in LIST_CONJUNCTIONS
            ):
                closed = True


def cue_verb_read_as_other(doc: Doc, lexicon: Lexicon) -> None:
    """"decided to quietly back Haftar": after an adverb the small model tags the cue "back"
    an adverb (or a noun), yet parses an object under it. A cue word with a direct object,
    or right after infinitival "to", is the verb."""
    for token in (doc[i] for i in _index(doc, lexicon).cues):
        if token.pos_ not in ("ADV", "NOUN", "ADJ") or token.lower_ not in lexicon.verbs:
            continue
        has_object = any(c.dep_ == "dobj" for c in token.children)
        after_to = any(c.lower_ == "to" and c.tag_ == "TO" for c in token.children if c.i < token.i)
        if has_object or (after_to and token.dep_ in ("xcomp", "advcl", "ccomp")):
            token.pos_ = "VERB"
            token.tag_ = "VB"
            token.lemma_ = token.lower_


def past_verb_read_as_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's forces, with Russian support, advanced on Tripoli": after an aside the tagger reads the
    clause's past verb as an adjective heading the sentence, with the subject still on it. A root
    adjective in -ed with a subject, whose verb is a cue, is that verb in the past tense."""
    for token in (doc[i] for i in _index(doc, lexicon).ed_words):
        if token.pos_ != "ADJ" or token.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in token.children):
            continue
        if any(c.dep_ in ("cop", "aux", "auxpass") for c in token.children):
            continue  # "Egypt is opposed to Turkey" is the adjective
        base = _cue_verb_of_past_form(token.lower_, lexicon)
        if base is not None:
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", base


def _cue_verb_of_past_form(word: str, lexicon: Lexicon) -> str | None:
    """The cue verb a form in -ed is the past of ("advanced": advance, "armed": arm), or None."""
    base = word[:-1] if word[:-1] in lexicon.verbs else word[:-2]
    return base if base in lexicon.verbs else None


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


def participle_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"troops are deployed near Sirte siding with Haftar": an -ing cue verb read as a noun
    with a name as its compound; the name is the preposition's object and the participle
    describes the clause (an adverbial clause of the main verb)."""
    for token in doc:
        if not token.lower_.endswith("ing") or token.tag_ != "NN" or token.dep_ != "pobj":
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


def postnominal_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"between the GNA and militiamen loyal to Haftar": an adjective after a coordination
    ("loyal to", "allied with") describes the conjunct right before it, not the first one."""
    for adjective in doc:
        if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.i > adjective.i:
            continue
        before = doc[adjective.i - 1]
        if before.i == adjective.head.i or before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "conj":
            continue
        if lexicon.adjectives.get(adjective.lemma_.lower()) is None:
            continue
        _reattach(adjective, before, "amod")


def object_taken_as_next_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia backs Haftar and Turkey supports the GNA": the parser makes "Haftar and
    Turkey" the subject of "supports" and "backs" a clause with no object. A transitive cue
    verb with a subject (its own, or the one of a verb it completes: "continue to back") and no
    object takes the first name as its object, and the name after "and" is the next verb's subject."""
    for verb in (doc[i] for i in _index(doc, lexicon).cues):
        if verb.pos_ != "VERB" or verb.i + 1 >= len(doc):
            continue
        cue = lexicon.verbs.get(verb.lemma_.lower())
        if cue is None or cue.relation is None:
            continue
        children = [c for c in verb.children if c.pos_ != "VERB"]  # "funds" can be misread as the object
        has_subject = any(c.dep_ == "nsubj" for c in children) or (
            verb.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in verb.head.children)
        )
        if not has_subject or any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") for c in children):
            continue
        # the name right after the verb ("the" may stand between), hung on a later verb
        subject = doc[verb.i + 2] if doc[verb.i + 1].lower_ == "the" and verb.i + 2 < len(doc) else doc[verb.i + 1]
        main = subject.head
        if subject.pos_ != "PROPN" or main.pos_ != "VERB" or main.i < subject.i:
            continue
        if main.lemma_.lower() in lexicon.reporting_verbs and verb.i in {t.i for t in main.subtree}:
            continue  # the cue is what the reporting verb reports
        second = next((c for c in subject.children if c.dep_ == "conj" and c.i < main.i), None)
        if second is None or any(c.dep_ == "nsubj" and c.i != subject.i for c in main.children):
            continue
        _reattach(second, main, "nsubj")
        _reattach(subject, verb, "dobj")
        top = verb.head if verb.dep_ == "xcomp" else verb  # "continue to back": the clause's own verb
        if main.head.i == top.i:
            main.dep_ = "conj"
        elif top.head.i == main.i and top.i < main.i:
            # the first clause was hung on the second as its complement: the second is its conjunct
            top.head, top.dep_ = (top, "ROOT") if main.dep_ == "ROOT" else (main.head, main.dep_)
            _reattach(main, top, "conj")


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


def subject_before_aside(doc: Doc, lexicon: Lexicon) -> None:
    """"Jordan, alongside the Emirates, supplied weapons to the LNA", "The UAE, together with Egypt, armed
    Haftar": a phrase set off by commas between the subject and its verb (a preposition's phrase, an
    adverb's, "as expected") makes the parser lose the subject, or read the verb as a participle on the
    next name. An apposition does the same ("Algeria, a neighbour, hosted talks"). A name or a list of names
    starting the sentence (or after a fronted phrase: "On Tuesday, the UAE, together with Egypt, armed
    Haftar"; or right after a subordinator: "If Algeria, a neighbour, hosted talks ..., they would fail"),
    such a phrase, and a verb form with no subject: the names are its subject, and a noun the verb was read
    as describing is its object. A reporting verb after the clause ("..., Sisi said") reports it; a
    subordinator makes it a clause of the main verb after it."""
    for sent in doc.sents:
        for start, subordinator in _subject_starts(doc, sent):
            members = _names_after(doc, start, sent.end)
            end = members[-1][1] if members else None
            if end is None or end >= sent.end or doc[end].text != ",":
                continue
            asides = _asides_after(doc, end, sent.end)  # up to two: "The UAE, a Gulf state, together with Egypt, armed"
            if asides and _mend_subject_before_aside(doc, sent, members, asides, subordinator, lexicon):
                break


def _subject_starts(doc: Doc, sent: Span) -> list[tuple[int, Token | None]]:
    """Where a sentence's subject may start, each with the subordinator that opens its clause: the
    sentence's start, right after an opening subordinator ("If Algeria, a neighbour, hosted ..."), or
    after a fronted phrase of time, place or circumstance and its comma ("On Tuesday,", "As fighting
    spread to the coast,"; up to its third comma)."""
    first = doc[sent.start]
    if first.pos_ not in ("ADP", "ADV", "SCONJ"):
        return [(sent.start, None)]
    starts: list[tuple[int, Token | None]] = []
    if first.pos_ == "SCONJ" and sent.start + 1 < sent.end:
        starts.append((sent.start + 1, first))
    # a long fronted phrase may have commas of its own ("In a statement issued on Tuesday, after a week of fighting, ...")
    commas = [t.i for t in doc[sent.start + 1 : min(sent.end - 1, sent.start + 40)] if t.text == ","][:3]
    starts.extend((comma + 1, None) for comma in commas)
    return starts


def _mend_subject_before_aside(
    doc: Doc, sent: Span, members: list[tuple[int, int]], asides: list[tuple[Span, bool]], subordinator: Token | None, lexicon: Lexicon
) -> bool:
    """subject_before_aside's repair, once the subject's names and the asides after them are found: False
    when no verb without a subject follows the asides."""
    closing = asides[-1][0].end
    at = _skip_adverbs(doc, closing + 1)
    auxiliaries = []
    while at < sent.end and doc[at].pos_ == "AUX" and doc[at].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        auxiliaries.append(doc[at])  # "has (long) backed": its auxiliaries and adverbs
        at = _skip_adverbs(doc, at + 1)
    verb = doc[at] if at < sent.end else None
    if verb is None or verb.pos_ not in ("VERB", "ADJ"):
        return False
    if verb.tag_ == "JJ" and not auxiliaries and (base := _cue_verb_of_past_form(verb.lower_, lexicon)) is not None:
        verb.tag_, verb.lemma_ = "VBD", base  # "hosted" read as an adjective of "talks"
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or (not auxiliaries and any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return False
    if verb.i + 1 < sent.end and doc[verb.i + 1].lower_ == "by":
        return False  # "Haftar, a former general, backed by Egypt, ...": a participle that describes him
    end = members[-1][1]
    name = doc[members[0][1] - 1]
    described = verb.head if verb.dep_ in ("amod", "compound") and verb.head.i > verb.i else None
    reported = verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.lemma_.lower() in lexicon.reporting_verbs
    if described is None and verb.dep_ != "ROOT" and not reported:
        return False
    verb.pos_ = "VERB"
    if verb.tag_ == "VBN" and not auxiliaries:
        verb.tag_ = "VBD"  # no auxiliary: the past tense
    for auxiliary in auxiliaries:
        _reattach(auxiliary, verb, "aux")
    if described is not None:
        verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in name.children if c.i > verb.i]:
        _reattach(child, verb, child.dep_)  # the full stop the name had as the sentence's root
    for aside, apposition in asides:
        if apposition:
            noun = aside[-1]  # "a neighbour": its last word heads it, the noun the tagger may have read as an adjective
            noun.pos_ = "NOUN" if noun.pos_ == "ADJ" else noun.pos_
            _reattach(noun, name, "appos")
        for token in aside:
            if not (aside.start <= token.head.i < aside.end) and not (apposition and token.i == aside.end - 1):
                if apposition:
                    _reattach(token, aside[-1], token.dep_)
                else:
                    _reattach(token, verb, token.dep_ if token.dep_ in ("prep", "advmod", "advcl", "npadvmod") else "prep")
        _reattach(doc[aside.end], verb, "punct")
    _reattach(name, verb, "nsubj")
    if len(members) > 1:
        _attach_list(doc, members)
    else:
        _attach_name(doc, members[0][0], name)
    _reattach(doc[end], verb, "punct")
    if described is not None:
        _reattach(described, verb, "dobj")
    others = [t for t in sent if t.i != verb.i and t.dep_ == "ROOT"]
    later = next((t for t in others if t.i > verb.i), None)
    if later is not None and (subordinator is not None or later.lemma_.lower() in lexicon.reporting_verbs):
        # "If Algeria, a neighbour, hosted talks, they would fail": the main clause after it; "..., Sisi said": its report
        verb.head, verb.dep_ = later, "advcl" if subordinator is not None else "ccomp"
        others.remove(later)
        reporter = doc[later.i - 1]
        if subordinator is None and reporter.pos_ == "PROPN" and not any(c.dep_ == "nsubj" for c in later.children):
            first = _name_start(doc, later.i)
            while first > 1 and doc[first - 1].text in HYPHEN_FORMS and doc[first - 2].pos_ == "PROPN":
                first = _name_start(doc, first - 1)  # "el-Sisi"
            if doc[first - 1].text == ",":
                _reattach(reporter, later, "nsubj")  # the parser had read the reporter into the clause's last list
    if subordinator is not None:
        _reattach(subordinator, verb, "mark")
    for token in others:
        _reattach(token, verb.head if verb.dep_ != "ROOT" else verb, "dep")
    return True


def _asides_after(doc: Doc, comma: int, end: int) -> list[tuple[Span, bool]]:
    """The phrases set off by commas after the comma at `comma` (at most two, each closed by a comma before
    `end`), each with whether it is an apposition: a preposition's or an adverb's phrase ("together with
    Egypt", "as expected", "according to diplomats") or a noun phrase ("a neighbour": the tagger may read
    its noun as an adjective). A phrase with a finite verb is a clause of its own and ends the search."""
    found: list[tuple[Span, bool]] = []
    while len(found) < 2:
        closing = next((t.i for t in doc[comma + 1 : min(end, comma + 12)] if t.text == ","), None)
        if closing is None or closing + 1 >= end or closing == comma + 1:
            break
        aside = doc[comma + 1 : closing]
        opener = aside[0]
        apposition = opener.pos_ in ("DET", "NUM") and aside[-1].pos_ in ("NOUN", "PROPN", "ADJ")
        if not (opener.pos_ in ("ADP", "ADV", "SCONJ") or opener.lower_ == "according" or apposition):
            break
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in aside):
            break
        while aside[-1].pos_ == "PROPN" and (more := _names_after(doc, closing + 1, end)) and more[-1][1] < end and doc[more[-1][1]].text == ",":
            closing = more[-1][1]  # "together with the UAE, Jordan and Sudan,": the phrase's list goes on
            aside = doc[comma + 1 : closing]
        found.append((aside, apposition))
        comma = closing
    return found


def speaker_before_colon(doc: Doc, lexicon: Lexicon) -> None:
    """"Erdogan: Haftar is a putschist", "Turkey: illegitimate Haftar must withdraw": a headline (or a
    line of copy) that gives a name, a colon and a clause reports what the name said. The colon does
    the work of "said": it is read as that verb, the name its subject and the clause its complement,
    so everything that reads reported speech reads it. Only a name of one to four words opening the
    sentence, and a clause with a finite verb after the colon ("Report: UAE using drones" has none)."""
    for colon in doc:
        if colon.text != ":" or colon.i == 0 or colon.i + 1 >= len(doc):
            continue
        start = _name_start(doc, colon.i - 1)
        if doc[colon.i - 1].pos_ != "PROPN" or colon.i - start > 4 or not (start == 0 or doc[start].is_sent_start or doc[start - 1].is_space):
            continue
        after = doc[colon.i + 1]
        rest = doc[colon.i + 1 : after.sent.end]
        finite = next((t for t in rest if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
        if finite is None:
            continue
        top = finite
        while top.head.i != top.i and rest.start <= top.head.i < rest.end:
            top = top.head
        name = doc[colon.i - 1]
        colon.pos_, colon.tag_, colon.lemma_ = "VERB", "VBD", "say"
        colon.head, colon.dep_ = colon, "ROOT"
        _reattach(top, colon, "ccomp")
        _reattach(name, colon, "nsubj")
        _attach_name(doc, start, name)
        for token in rest:
            if token.i != top.i and not (rest.start <= token.head.i < rest.end):
                _reattach(token, top, "punct" if token.pos_ == "PUNCT" else "dep")


def trailing_reporter_read_as_apposition(doc: Doc, lexicon: Lexicon) -> None:
    """"Qatar has bankrolled militias loyal to the GNA, the LNA's spokesman, Ahmed al-Mismari, alleged": the
    parser hangs the reporter on the last name as its apposition (the GNA's spokesman), so the reporter's
    name joins the reported clause. A reporting verb that ends its sentence without a subject takes the
    apposition that ends right before it as its subject."""
    for verb in (doc[i] for i in _index(doc, lexicon).reporting):
        # the cheap tests first: a verb after a name, a noun or a comma, and before punctuation or the end
        if verb.pos_ != "VERB" or verb.i < 3 or not (doc[verb.i - 1].is_punct or doc[verb.i - 1].pos_ in ("PROPN", "NOUN")):
            continue
        if (verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct) or verb.lemma_.lower() not in lexicon.reporting_verbs:
            continue
        end = verb.sent.end
        if any(not t.is_punct for t in doc[verb.i + 1 : end]) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        last = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1  # "..., Ahmed al-Mismari, alleged"
        reporters = [t for t in doc[verb.sent.start : verb.i] if t.dep_ == "appos" and t.head.i < t.i and t.right_edge.i >= last]
        if not reporters:
            continue
        reporter = min(reporters, key=lambda t: t.left_edge.i)
        if doc[reporter.left_edge.i - 1].text != ",":
            continue
        _reattach(reporter, verb, "nsubj")
        _reattach(doc[reporter.left_edge.i - 1], verb, "punct")
        if verb.dep_ != "ROOT":
            root = verb.sent.root
            _reattach(verb, root, "parataxis")


# Categories of verbs that only a speaker does: "said the deal was void and accused Ankara".
SPEECH_ACT_CATEGORIES = frozenset({"accuse", "protest", "request"})


def speech_act_read_as_inner_conjunct(doc: Doc, lexicon: Lexicon) -> None:
    """"Dendias said the memorandum was void and accused Ankara of violating the law": the parser joins the
    second verb to the reported clause's verb, so its subject is "the memorandum". A verb of speaking,
    accusing or asking with no subject of its own, joined to a clause reported by a reporting verb whose
    subject is a common noun (no name or pronoun that could speak), is the reporting verb's second verb.
    So is any verb without a subject whose object is the reported clause's subject itself, by the same
    word or the same actor ("Macron said Turkey was playing a dangerous game in Libya and accused Ankara
    of criminal responsibility"): nobody accuses, backs or fights itself. With another name as the
    object ("said Turkey had violated the law and accused the GNA") either could have said it; left."""
    for verb in (doc[i] for i in _index(doc, lexicon).reporting):
        if verb.lemma_.lower() not in lexicon.reporting_verbs or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]:
            inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not inner or inner[0].pos_ not in ("NOUN", "PROPN"):
                continue
            for second in [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > clause.i]:
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
                    continue
                if inner[0].pos_ == "NOUN":
                    word = second.lemma_.lower()
                    moves = word in lexicon.reporting_verbs or word in lexicon.persuasion_verbs or (
                        word in lexicon.verbs and lexicon.category_of.get(("verbs", word)) in SPEECH_ACT_CATEGORIES
                    )
                else:
                    # the object, or the demonym or name that makes it the actor's ("accused Turkish officials")
                    objects = [o for c in second.children if c.dep_ == "dobj" for o in (c, *(m for m in c.children if m.dep_ in ("amod", "compound")))]
                    moves = any(_same_actor(o, inner[0]) for o in objects)
                if moves:
                    _reattach(second, verb, "conj")


def _same_actor(one: Token, other: Token) -> bool:
    """Two names of one actor: the same word, or names the dictionary gives a common actor ("Turkey" and
    "Ankara"), read from the matches the mention finder leaves on the Doc when it tags the names before
    the repairs (MentionFinder.tag_names; a Doc parsed without it compares the words only)."""
    if one.lemma_.lower() == other.lemma_.lower() or one.lower_ == other.lower_:
        return True
    actors = dictionary_actors_at(one.doc)
    return bool(actors.get(one.i, set()) & actors.get(other.i, set()))


def _subordinate_to(token: Token, verb: Token) -> bool:
    """`token` is in a clause under `verb` (an adverbial, relative or reported clause), not a verb of its level."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS and (token.head.i == verb.i or verb.is_ancestor(token.head)):
            return True
        token = token.head
    return False


CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "acl", "xcomp"})


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


# Adverbs that open a two-word preposition with the "to" after them ("next to"): the lexicon spells
# such a preposition as the two words ("stand next to": stand's "next to").
PREPOSITION_OPENERS = frozenset({"next"})


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


def noun_prep_read_on_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey's support for the GNA reflects its hostility to Haftar", "underscores Ankara's commitment to
    Sarraj": the parser hangs the preposition after a cue noun object on the verb. When the verb is no cue
    and carries no cue (not a light, transfer or prepositional light verb) and the noun right before the
    preposition is its object and a cue taking that preposition, the phrase is the noun's."""
    carriers = lexicon.light_verbs | lexicon.transfer_verbs | lexicon.prepositional_light_verbs
    for verb in (doc[i] for i in positions_in(doc, POS, VERBS)):
        verb_lemma = verb.lemma_.lower()
        if verb_lemma in lexicon.verbs or verb_lemma in carriers:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None or obj.i + 1 >= len(doc):
            continue
        prep = doc[obj.i + 1]
        if prep.dep_ == "prep" and prep.head.i == verb.i and _takes_prep(obj, prep, lexicon):
            _reattach(prep, obj, "prep")


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


def subordinator_read_as_preposition(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt massed troops near its border as Turkey sent drones to the GNA": the parser reads "as" as a
    preposition with "Turkey" its object, and "sent" as a conjunct (or complement) of the first verb, which
    then lends "sent" its subject (Egypt). A subordinator (`adjunct_marks`) read as a preposition whose object
    (a name or a noun, with its apposition) is followed by a verb (past adverbs and auxiliaries) that has no
    subject after it opens a clause: the object is that verb's subject, the word its mark, and the clause
    modifies the verb the preposition hangs under. A subject the parser gave the verb from before the word
    ("massed troops ... as Turkey sent": "troops") goes back to that verb as its object."""
    for prep in doc:
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


CLAUSE_SEPARATORS = frozenset({",", ";", "and", "but", "while", "whereas"})
# Separators that open a subordinate clause ("while Qatar funds the GNA").
SUBORDINATORS = frozenset({"while", "whereas"})


def sides_named_apart(doc: Doc, lexicon: Lexicon) -> None:
    """"held talks with Haftar on one side and Sarraj on the other", "delegations of X and Y on one
    side and Z on the other": the parser hangs what follows "on one side and" on "side", so the
    second party drops out of the list. What stands between "on one side and" and "on the other"
    is a conjunct of the phrase before "on one side"."""
    for side in doc:
        if side.lemma_.lower() != "side" or side.dep_ != "pobj" or side.head.lower_ != "on" or side.i + 2 >= len(doc):
            continue
        if not any(c.lower_ == "one" for c in side.children if c.i < side.i) or doc[side.i + 1].lower_ not in LIST_CONJUNCTIONS:
            continue
        on = side.head
        other = next((t for t in doc[side.i + 2 : side.sent.end] if t.lower_ == "on" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "the" and doc[t.i + 2].lower_ == "other"), None)
        if other is None or on.i == 0 or other.i <= side.i + 2:
            continue
        first = doc[on.i - 1]
        while first.dep_ in ("conj", "compound", "appos") and first.head.i < first.i:
            first = first.head  # "Haftar and Saleh": the list's first member
        if first.pos_ not in ("PROPN", "NOUN"):
            continue
        span = range(side.i + 2, other.i)
        second = next((t for t in doc[side.i + 2 : other.i] if t.head.i not in span or t.head.i == t.i), None)
        if second is None or second.pos_ not in ("PROPN", "NOUN"):
            continue
        _reattach(second, first, "conj")
        _reattach(doc[side.i + 1], first, "cc")


def _skip_adverbs(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].tag_ == "RB":
        i += 1
    return i


def _skip_spaces(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def two_clauses_read_as_one(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt arms Haftar and Qatar funds the GNA", "Egypt supplies Haftar and Qatar funds the
    GNA": the tagger reads the first cue verb as a noun ("Egypt arms" as one phrase) or the second
    verb as the first one's object, and the names around "and" become one list, so the second
    clause's object is credited to the first subject. A name, a cue verb's form, names, a clause
    separator, names and a finite verb are two clauses, each with its own subject and object. The
    names may carry an apposition or an aside, and either side may be a list ("Egypt arms Haftar and
    Qatar, Morocco and Oman fund the GNA"); where the clauses divide is _clause_break's."""
    for v1 in (doc[i] for i in _index(doc, lexicon).cues):
        lemma_ = v1.lemma_.lower()
        cue = lexicon.verbs.get(lemma_)
        if (cue is None or cue.relation is None) and lemma_ not in lexicon.transfer_verbs:
            continue
        if v1.tag_ not in ("VBZ", "VBD", "VBP", "NNS") or v1.i == 0:
            continue
        first_subject = _subject_before(doc, v1.i)
        if first_subject is None:
            continue
        end = v1.sent.end
        members = _names_after(doc, v1.i + 1, end, LIST_CONJUNCTIONS | (CLAUSE_SEPARATORS - {","}))
        if len(members) < 2 or _name_phrase_end(doc, v1.i + 1, end) is None:
            continue
        finite = _finite_token_after(doc, members[-1][1], end)
        v2 = _as_finite_verb(finite, end, lexicon) if finite is not None else None
        if v2 is None or finite is None:
            continue
        split = _clause_break(doc, members, plural=finite.tag_ != "VBZ")
        if split is None:
            continue
        gap = doc[members[split - 1][1] : members[split][0]]
        separator = next(t for t in gap if t.lower_ in CLAUSE_SEPARATORS - {","})
        objects = [doc[e - 1] for _, e in members[:split]]
        subjects = [doc[e - 1] for _, e in members[split:]]
        first_object, second_subject = objects[0], subjects[0]
        second_object_end = _name_phrase_end(doc, v2.i + 1, end) if v2.i + 1 < end else None
        second_object = doc[second_object_end - 1] if second_object_end is not None else None
        if first_subject.head.i == v1.i and first_object.head.i == v1.i and second_subject.head.i == v2.i:
            continue  # parsed as two clauses already
        root = v1.sent.root
        names = {t.i for t in (first_subject, *objects, *subjects, second_object) if t is not None}
        if root.pos_ not in ("VERB", "AUX") and root.i not in names | {v1.i, v2.i}:
            continue  # the sentence is built around something else
        v1.pos_, v1.tag_ = "VERB", "VBZ" if v1.tag_ == "NNS" else v1.tag_
        if root.i in names:
            # a name was made the root ("Egypt arms Haftar and Qatar funds Siala" as one noun phrase)
            v1.head, v1.dep_ = v1, "ROOT"
            for child in [c for c in root.children if c.pos_ == "PUNCT"]:
                _reattach(child, v1, "punct")
        for name in (first_object, first_subject):
            if v1.i in {t.i for t in name.subtree}:
                # "arms" read as a modifier of "Haftar": the verb takes the name's place in the tree
                v1.head, v1.dep_ = (v1, "ROOT") if name.head.i == name.i else (name.head, name.dep_)
                for child in [c for c in name.children if c.i > name.i and c.pos_ in ("PUNCT", "VERB", "AUX")]:
                    _reattach(child, v1, child.dep_)
        marker = separator if separator.lower_ in SUBORDINATORS else None
        link = "advcl" if marker is not None else "conj"  # "while Qatar funds"
        if v1.i in {t.i for t in v2.subtree}:
            # the first clause was hung inside the second: the first verb takes the second's place
            v1.head, v1.dep_ = (v1, "ROOT") if v2.head.i == v2.i else (v2.head, v2.dep_)
        _reattach(v2, v1, link)
        # the second clause's own words hang on its verb (the object before the subject: the
        # parser may have put the verb under the object, and the object under the subject)
        if second_object is not None and (second_object.head.i != v2.i or second_object.dep_ != "dobj"):
            _reattach(second_object, v2, "dobj")
            _attach_name(doc, v2.i + 1, second_object)
        for punct in [c for c in v2.children if c.dep_ == "punct" and c.i == v1.sent.end - 1]:
            _reattach(punct, v1, "punct")
        _reattach(second_subject, v2, "nsubj")
        if marker is not None:
            _reattach(marker, v2, "mark")
        elif separator.i > v1.i:
            _reattach(separator, v1, "cc")
        _reattach(first_object, v1, "dobj")
        subject_head = _list_head(first_subject)
        if not (subject_head.head.i == v1.i and subject_head.dep_ in ("nsubj", "nsubjpass")):  # a list already its subject stays
            _reattach(first_subject, v1, "nsubj")
            _attach_name(doc, _name_start(doc, first_subject.i), first_subject)
        for group in (members[:split], members[split:]):
            _attach_list(doc, group)


def _subject_before(doc: Doc, i: int) -> Token | None:
    """The name that is the subject of a verb at token i: right before it, past a blank left by an
    aside, or the host of an apposition that closes right before it ("Egypt, a key player, arms ...");
    a capitalised demonym stands for a name ("Egyptian")."""
    k = i - 1
    while k > 0 and (doc[k].is_space or doc[k].tag_ == "RB"):
        k -= 1  # "the UAE openly arm Haftar"
    if doc[k].text == ",":
        return next((h for h in doc[max(0, k - 15) : k] if (a := _apposition_after(h)) is not None and a[1] == k), None)
    if doc[k].pos_ == "PROPN" or (doc[k].pos_ == "ADJ" and doc[k].text[:1].isupper()):
        return doc[k]
    return None


def _finite_token_after(doc: Doc, i: int, end: int) -> Token | None:
    """The first verb or auxiliary after token i past adverbs, blanks and an apposition (its tense and number)."""
    apposition = _apposition_after(doc[i - 1]) if i > 0 else None
    if apposition is not None:
        i = apposition[1] + 1
    while i < end and (doc[i].pos_ == "ADV" or doc[i].is_space):
        i += 1
    return doc[i] if i < end else None


def _clause_break(doc: Doc, members: list[tuple[int, int]], plural: bool) -> int | None:
    """Where names after a first verb divide into its objects and the next clause's subjects: the index
    of the first subject, or None. A singular verb has one subject, the last name ("arms Haftar and
    Chad and Qatar funds ..."). Otherwise the first "and" divides, unless the objects are a list with
    commas ("backs Haftar, Chad and Niger and Qatar and Oman fund ..."), which ends at its own "and"."""
    gaps = [doc[previous_end:start] for (_, previous_end), (start, _) in zip(members, members[1:])]

    def divides(gap: Span) -> bool:
        return any(t.lower_ in CLAUSE_SEPARATORS - {","} for t in gap)

    if not plural:
        return len(members) - 1 if divides(gaps[-1]) else None
    if any(t.text == "," for t in gaps[0]) and not divides(gaps[0]):
        closing = next((k for k, gap in enumerate(gaps) if any(t.lower_ in LIST_CONJUNCTIONS for t in gap)), None)
        if closing is None or closing + 1 >= len(gaps):
            return None
        return closing + 2 if divides(gaps[closing + 1]) else None
    return 1 if divides(gaps[0]) else None


def _is_cue_verb(token: Token, lexicon: Lexicon) -> bool:
    word = token.lemma_.lower()
    cue = lexicon.verbs.get(word)
    return (cue is not None and cue.relation is not None) or word in lexicon.transfer_verbs


def _name_start(doc: Doc, end: int) -> int:
    """Where the name phrase that ends at token `end` starts ("the" included)."""
    i = end
    while i > 0 and doc[i - 1].pos_ == "PROPN":
        i -= 1
    return i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i


def subject_read_as_object_tail(doc: Doc, lexicon: Lexicon) -> None:
    """"While Turkey backs the GNA, Egypt and the UAE support Haftar", "France denies backing
    Haftar but Italy openly supports the GNA", "Turkey supports the GNA; Russia, by contrast,
    backs Haftar": the parser hangs the second clause's subject on the first clause's object
    (a conjunct or an apposition) and leaves the second cue verb without a subject. The names
    right before such a verb, after a separator, are its subject."""
    for verb in (doc[i] for i in _index(doc, lexicon).cues):
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP", "VBD") or verb.dep_ not in ("ROOT", "advcl", "conj", "ccomp", "dobj"):
            continue
        if verb.lemma_.lower() not in lexicon.verbs and verb.lemma_.lower() not in lexicon.transfer_verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
            continue
        modifiers = ("advmod", "prep", "npadvmod", "aux", "auxpass", "neg", "punct")
        own = {t.i for c in verb.children if c.i < verb.i and c.dep_ in modifiers for t in c.subtree}
        j = verb.i - 1
        while j >= 0 and (j in own or doc[j].text == ","):
            j -= 1  # the verb's own adverbs and asides ("openly", ", by contrast,")
        if j < 0:
            continue
        first = doc[j]
        while first.dep_ == "conj" and first.head.dep_ == "conj":
            first = first.head  # "Egypt and the UAE": the list's first member
        object_ = first.head
        before = doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
        if first.dep_ not in ("conj", "appos") or first.pos_ not in ("PROPN", "NOUN") or object_.i >= first.i or object_.dep_ not in ("dobj", "pobj", "attr"):
            continue
        if before is None or before.lower_ not in CLAUSE_SEPARATORS:
            continue
        _reattach(first, verb, "nsubj")


def subject_taken_as_object_conjunct(doc: Doc, lexicon: Lexicon) -> None:
    """"with Russia backing Haftar and Turkey supporting the GNA": the parser makes "Turkey"
    a conjunct of the first verb's object and hangs the second verb on the first with no
    subject. A name conjoined to a verb's object and followed at once by a cue verb of its
    own with no subject is that verb's subject, and the verb a conjunct of the first."""
    for name in (doc[i] for i in positions_in(doc, POS, PROPER)):  # the tags as the repairs before left them
        # the name may open a list of its own: "with Turkey backing the GNA and Egypt and the UAE supporting Haftar"
        if name.dep_ != "conj" or name.right_edge.i + 1 >= len(doc):
            continue
        verb, first = doc[name.right_edge.i + 1], name.head.head
        # the second verb hangs on the first, or beside it on the same word ("with ... backing ... and ... supporting")
        if name.head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.head.i not in (first.i, first.head.i) or verb.lemma_.lower() not in lexicon.verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.tag_ != first.tag_ or verb.i == first.head.i:
            continue
        _reattach(name, verb, "nsubj")
        _reattach(verb, first, "conj")


def _is_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun, or a plural the tagger read as a verb ("militias", "fighters" tagged VBZ)."""
    plural = token.tag_ == "VBZ" and token.lower_.endswith("s") and token.lower_[:-1] in lexicon.non_state_nouns | lexicon.aid_nouns
    return token.pos_ in ("NOUN", "PROPN") or plural


def between_second_side(doc: Doc, lexicon: Lexicon) -> None:
    """"clashes erupted between the LNA and militias loyal to the GNA": the parser makes the
    second side a conjunct of the verb, or hangs it anywhere when the first side has a
    participle ("between the LNA led by Haftar and militias loyal to the GNA"); "between X
    and Y" has Y as X's conjunct."""
    for between in doc:
        if between.lower_ != "between" or between.dep_ != "prep":
            continue
        first = next((c for c in between.children if c.dep_ == "pobj"), None)
        if first is None or any(c.dep_ == "conj" for c in first.children):
            continue
        after = first.right_edge.i + 1
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "and":
            after += 1  # the aside already hung on the first side ("the GNA, led by Sarraj, and ...")
        elif after < len(doc) and doc[after].text == ",":
            # "between the GNA, led by Sarraj, and fighters loyal to Haftar": past the aside
            closing = next((t.i for t in doc[after + 1 : min(len(doc), after + 10)] if t.text == ","), None)
            if closing is not None and closing + 1 < len(doc) and doc[closing + 1].lower_ == "and":
                after = closing + 1
        if not (after < len(doc) and doc[after].lower_ == "and"):
            # "the LNA led by Haftar and militias ...": the "and" sits under the first side's participle
            inner = [c for t in first.subtree if t.pos_ == "VERB" for c in t.children if c.dep_ == "cc" and c.lower_ == "and"]
            if not inner:
                continue
            after = inner[0].i
        second = next((t for t in doc[after + 1 : min(len(doc), after + 4)] if t.left_edge.i == after + 1 and _is_noun(t, lexicon)), None)
        if second is None or second.dep_ in ("compound", "det", "amod") or first.i in {t.i for t in second.subtree}:
            continue
        second.pos_ = "NOUN" if second.pos_ == "VERB" else second.pos_
        _reattach(second, first, "conj")
        _reattach(doc[after], first, "cc")


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


def in_order_to(doc: Doc, lexicon: Lexicon) -> None:
    """"deployed air defences in order to protect the GNA": the parser makes the purpose
    clause a modifier of "order"; it is the verb's purpose (an adverbial clause), so its
    subject is the verb's."""
    for order in doc:
        if order.lower_ != "order" or order.dep_ != "pobj" or order.head.lower_ != "in":
            continue
        purpose = next((c for c in order.children if c.dep_ in ("acl", "relcl") and any(a.tag_ == "TO" for a in c.children)), None)
        clause = order.head.head
        if purpose is not None and clause.pos_ in ("VERB", "AUX"):
            _reattach(purpose, clause, "advcl")


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
            token.head, token.dep_ = token, "ROOT"
            _reattach(old_root, token, "dobj")
            _reattach(subject, token, "nsubj")
            for owner in [c for c in token.children if c.dep_ == "poss" and c.i < subject.i]:
                _reattach(owner, subject, "poss")  # "Italy's Conte hosts Haftar, Sarraj"
            _attach_name(doc, _name_start(doc, subject.i), subject)
            break


def verb_after_aside_read_as_other(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt, the UAE and Saudi Arabia, which severed ties with Qatar in 2017, (quietly) back Haftar": after a
    relative clause or an aside the tagger reads the cue verb as an adverb (its object as a preposition's or
    the root's apposition) and the sentence has a name for its root. A cue word after the comma that closes
    the aside (adverbs between), with a name right after it, is the sentence's verb; the root name (with its
    list) is its subject and that name its object."""
    for token in (doc[i] for i in _index(doc, lexicon).cues):
        cue = lexicon.verbs.get(token.lemma_.lower()) or lexicon.verbs.get(token.lower_)
        if cue is None or cue.relation is None or token.pos_ not in ("ADV", "ADP", "NOUN", "ADJ"):
            continue
        root = token.sent.root
        before = token.i - 1
        while before > root.i and doc[before].pos_ == "ADV":
            before -= 1
        if doc[before].text != "," or root.pos_ != "PROPN" or root.i >= before:
            continue
        after = token.i + 1
        while after < token.sent.end and doc[after].pos_ == "DET":
            after += 1
        end = after
        while end < token.sent.end and doc[end].pos_ == "PROPN":
            end += 1
        if end == after:
            continue
        named = doc[end - 1]
        token.pos_, token.tag_ = "VERB", "VBZ" if token.lower_.endswith("s") else "VBP"
        token.head, token.dep_ = token, "ROOT"
        _reattach(root, token, "nsubj")
        for adverb in doc[before + 1 : token.i]:
            _reattach(adverb, token, "advmod")
        _reattach(named, token, "dobj")
        break


def cue_after_names(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt and Fiji back Haftar", "Russia and Egypt back the LNA, Macron said": the tagger reads the
    cue verb as a noun or an adverb inside one long noun phrase, so the clause has no verb for
    its object. A cue verb's form right after a name (or a list of names), outside any verb's
    structure and before a noun phrase, is the verb: the names are its subject, the phrase its
    object, and it takes the place the subject had (the root, or a reporting verb's clause)."""
    for token in (doc[i] for i in _index(doc, lexicon).cues):
        if token.pos_ not in ("NOUN", "ADV", "ADP") or token.i == 0 or token.i + 1 >= len(doc):
            continue  # ("back" is read as a preposition too: "Russia, Chad and Sudan back Haftar")
        cue = lexicon.verbs.get(token.lemma_.lower())
        if cue is None or cue.relation is None:
            continue
        if token.head.pos_ in ("VERB", "AUX") or token.tag_ == "NN":
            continue
        subject = doc[token.i - 1]
        if subject.pos_ != "PROPN":
            continue
        while subject.dep_ in ("conj", "compound") and subject.head.i < token.i and subject.head.pos_ == "PROPN":
            subject = subject.head  # "Egypt and Fiji": the list's first name
        following = doc[token.i + 2] if doc[token.i + 1].lower_ == "the" and token.i + 2 < len(doc) else doc[token.i + 1]
        reciprocal = _reciprocal_pronoun_at(doc, token.i + 1)  # "Putin and Turkey back each other"
        if reciprocal is not None:
            following = reciprocal
        elif following.pos_ not in ("PROPN", "NOUN"):
            continue
        while following.dep_ == "compound" and following.head.i > following.i:
            following = following.head
        place = subject if subject.dep_ in ("ROOT", "nsubj", "nsubjpass", "dep") else None
        if place is None or following.i == subject.i:
            continue
        head, dep = (None, "ROOT") if place.dep_ == "ROOT" else (place.head, "ccomp")
        # "Russia, Chad and Sudan back Haftar and Turkey supports the GNA": the later verb's subject
        # is the name after "and", not the list before the cue; the two clauses are coordinated
        later = place.head if place.dep_ == "nsubj" and place.head.i > following.i else None
        second = None
        if later is not None:
            second = next((c for c in following.children if c.dep_ == "conj" and c.right_edge.i + 1 == later.i and c.pos_ == "PROPN"), None)
        if second is not None and later is not None:
            head, dep = (None, "ROOT") if later.dep_ == "ROOT" else (later.head, later.dep_)
        token.pos_, token.tag_ = "VERB", "VBZ" if token.lower_.endswith("s") else "VB"
        marker = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        if head is not None and marker is not None and marker.dep_ == "mark" and marker.head.i == head.i:
            # "If Russia and Egypt back the LNA, the talks will fail": the subordinate clause is the cue's
            dep = "advcl"
            _reattach(marker, token, "mark")
        if head is None:
            token.head, token.dep_ = token, "ROOT"
        else:
            _reattach(token, head, dep)
        _reattach(subject, token, "nsubj")
        _reattach(following, token, "dobj")
        if reciprocal is not None:
            _reattach(doc[reciprocal.i - 1], reciprocal, "det")
        if second is not None and later is not None:
            conjunction = doc[second.left_edge.i - 1]
            _reattach(later, token, "conj")
            _reattach(second, later, "nsubj")
            if conjunction.lower_ in LIST_CONJUNCTIONS:
                _reattach(conjunction, token, "cc")


RECIPROCAL_PRONOUNS = (("each", "other"), ("one", "another"))


def _reciprocal_pronoun_at(doc: Doc, i: int) -> Token | None:
    """"each other" / "one another" starting at token i: its second word."""
    if i + 1 >= len(doc) or (doc[i].lower_, doc[i + 1].lower_) not in RECIPROCAL_PRONOUNS:
        return None
    if i + 2 < len(doc) and doc[i + 2].tag_ == "POS":
        return None  # "each other's allies" is someone else
    return doc[i + 1]


def _name_phrase_end(doc: Doc, i: int, end: int) -> int | None:
    """Where a name phrase starting at token i ends ("the United Arab Emirates", "Fayez al-Sarraj": a hyphen
    written between two names is inside the name), or None."""
    j = i + 1 if doc[i].lower_ == "the" else i
    if j >= end or doc[j].pos_ != "PROPN":
        return None
    while j + 1 < end:
        if doc[j + 1].pos_ == "PROPN":
            j += 1
        elif j + 2 < end and doc[j + 1].text in HYPHEN_FORMS and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and doc[j + 2].pos_ == "PROPN":
            j += 2
        else:
            break
    return j + 1


def _list_member_end(doc: Doc, i: int, end: int) -> int | None:
    """Where a member of a subject list starting at token i ends: a name phrase, or a demonym and
    its group noun ("Russian officials, Cairo and Amman back ...")."""
    found = _name_phrase_end(doc, i, end)
    if found is not None:
        if found + 1 < end and doc[found].lower_ == "of" and doc[found + 1].pos_ == "PROPN":
            return _name_phrase_end(doc, found + 1, end)  # "the State of Qatar"
        return found
    j = i + 1 if doc[i].lower_ == "the" else i
    if j + 1 < end and doc[j].pos_ == "ADJ" and doc[j].text[:1].isupper() and doc[j + 1].tag_ in ("NN", "NNS"):
        return j + 2
    return None


def _names_after(doc: Doc, i: int, end: int, joiners: frozenset[str] = LIST_CONJUNCTIONS) -> list[tuple[int, int]]:
    """The (start, end) of each member of a list of names starting at token i ("Haftar, Zambia, and
    Ireland"; "Haftar and Benin"), up to the first word that neither continues nor joins it; the
    blank left by an aside is passed over. `joiners` may add clause separators ("Haftar, while Qatar")."""
    members: list[tuple[int, int]] = []
    while i < end:
        member_end = _list_member_end(doc, i, end)
        if member_end is None:
            break
        members.append((i, member_end))
        j = member_end
        while j < end and doc[j].is_space:
            j += 1
        if j < end and doc[j].text == ",":
            j += 1
        if j < end and doc[j].lower_ in joiners:
            j += 1
        if j == member_end:
            break
        i = j
    return members


def _finite_verb_after(doc: Doc, i: int, end: int, lexicon: Lexicon) -> Token | None:
    """The finite verb a subject ending before token i has (_finite_token_after finds its first word). A cue
    verb's form read as a noun before a name ("Ankara arms Sarraj") is that verb, and is so tagged; so is a
    plural present read as the base form."""
    verb = _finite_token_after(doc, i, end)
    return _as_finite_verb(verb, end, lexicon) if verb is not None else None


def _as_finite_verb(verb: Token, end: int, lexicon: Lexicon) -> Token | None:
    """The finite verb `verb` (_finite_token_after's word) stands for, tagged so (for an auxiliary, its main
    verb), or None when it is no finite verb."""
    doc = verb.doc
    if verb.tag_ in ("NN", "NNS") and _is_cue_verb(verb, lexicon) and _name_phrase_end(doc, verb.i + 1, end) is not None:
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.tag_ == "NNS" else "VBP"
    elif verb.tag_ == "VB" and verb.pos_ == "VERB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb.tag_ = "VBP"  # "Oman and Kuwait fund Sarraj": a plural present the tagger took for the base form
    if verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return verb.head if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i else verb
    return None


def _attach_name(doc: Doc, start: int, head: Token) -> None:
    """The words of a name phrase before its last word ("the", "State of") hang on that word."""
    for token in doc[start : head.i]:
        if not start <= token.head.i <= head.i or token.head.i == token.i:
            _reattach(token, head, "det" if token.lower_ == "the" else "compound")


def _attach_list(doc: Doc, members: list[tuple[int, int]]) -> None:
    """A list of names (each member's (start, end), as _names_after gives them) as one phrase: each later
    member a conjunct of the first member's last word, the commas and conjunctions between on it too."""
    head = doc[members[0][1] - 1]
    _attach_name(doc, members[0][0], head)
    for (start, member_end), (_, previous_end) in zip(members[1:], members):
        member = doc[member_end - 1]
        _reattach(member, head, "conj")
        _attach_name(doc, start, member)
        for token in doc[previous_end:start]:
            if not token.is_space:
                _reattach(token, head, "cc" if token.lower_ in LIST_CONJUNCTIONS else "punct")


def _cue_verb_after_list(doc: Doc, cue: Token, sent: Span, lexicon: Lexicon) -> bool:
    """"Moscow, Cairo and Amman back Haftar and Doha supports Sarraj": after a list of names the tagger
    reads the cue verb ("back") as an adverb or a preposition and the parser makes one long subject of
    every name up to the next verb. A cue verb's form followed by names is the clause's verb and the
    names its objects; the last name, when a finite verb follows it, is the next clause's subject
    ("back Haftar, Zambia and Ireland and Qatari officials support Sarraj"). True when so repaired."""
    entry = lexicon.verbs.get(cue.lower_)
    if entry is None or entry.relation is None:
        return False
    # read as an adverb, a preposition or a noun, or tagged a verb but hung on a name as its modifier
    modifier_of_name = cue.pos_ == "VERB" and cue.dep_ in ("advmod", "amod", "compound", "npadvmod") and cue.head.pos_ in ("PROPN", "NOUN")
    if cue.pos_ not in ("ADV", "ADP", "NOUN") and not modifier_of_name:
        return False
    members = _names_after(doc, cue.i + 1, sent.end)
    if not members or _name_phrase_end(doc, cue.i + 1, sent.end) is None:
        return False
    later = second = None
    if len(members) >= 2 and doc[members[-1][0] - 1].lower_ == "and":
        later = _finite_verb_after(doc, members[-1][1], sent.end, lexicon)
        if later is not None:
            second = doc[members[-1][1] - 1]
            separator = doc[members[-1][0] - 1]
            members = members[:-1]
    obj = doc[members[0][1] - 1]
    root = sent.root
    cue.pos_, cue.tag_, cue.lemma_ = "VERB", "VBP", cue.lower_
    cue.head, cue.dep_ = cue, "ROOT"
    if root.i != cue.i and (later is None or root.i != later.i):
        _reattach(root, cue, "dep")  # whatever the parser made the root (a name of the list)
    _reattach(obj, cue, "dobj")
    _attach_list(doc, members)
    if later is not None and second is not None:
        _reattach(later, cue, "conj")
        _reattach(separator, cue, "cc")
        _reattach(second, later, "nsubj")
        _attach_name(doc, separator.i + 1, second)
        later_object = _name_phrase_end(doc, later.i + 1, sent.end) if later.i + 1 < sent.end else None
        if later_object is not None and not any(c.dep_ == "dobj" for c in later.children):
            _reattach(doc[later_object - 1], later, "dobj")  # "arms Sarraj", read as one noun phrase
            _attach_name(doc, later.i + 1, doc[later_object - 1])
    return True


def _subject_list_walk(doc: Doc, i: int, end: int) -> tuple[list[Token], set[int], int, bool]:
    """A list of names from token i: its members' last words, the tokens of appositions and blanks
    passed over, where it ends, and whether a conjunction closed it."""
    heads: list[Token] = []
    kept: set[int] = set()  # the appositions' tokens and blanks: their parse stays
    closed = False
    while i < end:
        member_end = _list_member_end(doc, i, end)
        if member_end is None:
            break
        heads.append(doc[member_end - 1])
        i = member_end
        if closed:
            break
        while i < end and doc[i].is_space:
            kept.add(i)
            i += 1
        apposition = _apposition_after(heads[-1]) if i == member_end else None
        if apposition is not None and apposition[1] < end:
            kept.update(range(member_end + 1, apposition[1]))
            i = apposition[1]
        if i < end and doc[i].text == ",":
            i += 1
        if i < end and doc[i].lower_ in LIST_CONJUNCTIONS:
            closed, i = True, i + 1
        elif i < end and doc[i - 1].text != ",":
            break
    return heads, kept, i, closed


def subject_list(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia, Morocco, and Spain urged Haftar ...": a list of three or more names before the
    verb is its subject; the parser often takes only the last name as the subject and hangs
    the others elsewhere (or makes the first the root). A list of two or more before a cue verb
    the tagger did not read as a verb (_cue_verb_after_list) is its subject too. A member's
    apposition ("Moscow, a key player in the conflict, Cairo and Amman back ...") and the blank
    left by a bracketed aside are passed over and keep their parse."""
    for sent in doc.sents:
        starts = [sent.start]
        if _list_member_end(doc, sent.start, sent.end) is None:
            # a fronted phrase before the list: "On Tuesday, Moscow, Cairo and Amman back ..."
            starts += [i + 1 for i in _index(doc, lexicon).commas if sent.start <= i and i + 1 < sent.end]  # (from the index, no Token per word)
        for start in starts:
            heads, kept, i, closed = _subject_list_walk(doc, start, sent.end)
            if closed and len(heads) >= 2 and i < sent.end:
                break
        else:
            continue
        j = i  # "Moscow, Cairo and Amman openly back ...", where "back" may be tagged an adverb itself
        while j < sent.end and doc[j].tag_ == "RB" and not _is_cue_verb(doc[j], lexicon) and doc[j].lower_ not in lexicon.verbs:
            j += 1
        adverbs = doc[i:j]
        if adverbs.end >= sent.end:
            continue
        verb = doc[adverbs.end]
        if _cue_verb_after_list(doc, verb, sent, lexicon):
            pass  # "Moscow, Cairo and Amman back Haftar": the cue, read as an adverb, is the verb now
        elif _past_verb_read_as_modifier(verb, doc[start : sent.end], lexicon):
            # "Germany and the UN hosted talks between ...": with no finite verb in the sentence, the past form
            # the parser hung on the noun after it is the verb, and that noun its object
            obj = verb.head
            if verb.tag_ == "JJ":
                verb.lemma_ = _cue_verb_of_past_form(verb.lower_, lexicon) or verb.lemma_
            verb.pos_, verb.tag_ = "VERB", "VBD"
            verb.head, verb.dep_ = verb, "ROOT"
            _reattach(obj, verb, "dobj")
        elif verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB", "MD"):
            continue
        elif len(heads) < 3 and not heads[0].head.i > verb.i and heads[0].head.i not in {h.i for h in heads[1:]}:
            # two names: only when the first was hung past the verb ("Russia and Turkey back opposing sides") or read
            # into the second as one name ("Abdel Fattah el-Sisi and Khalifa Haftar met")
            continue
        dep = "nsubj"
        if verb.tag_ == "MD" or verb.dep_ in ("aux", "auxpass"):
            # "A, B and C would back ...", "A, B and C are backed by ...": the subject is the main verb's
            dep = "nsubjpass" if verb.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.head.children) else "nsubj"
            verb = verb.head
        first = heads[0]
        if first.head.i == verb.i and first.dep_ == dep and all(_list_head(h).i == first.i for h in heads[1:]):
            continue  # the parse is right already
        if verb.i in {t.i for t in first.subtree}:  # the parser made the first name the root
            verb.head, verb.dep_ = verb, "ROOT"
        _reattach(first, verb, dep)
        for adverb in adverbs:
            _reattach(adverb, verb, "advmod")
        for token in doc[start:i]:
            if token.i == first.i or token.i in kept:
                continue
            if token in heads:
                _reattach(token, first, "conj")
            elif token.text == ",":
                _reattach(token, first, "punct")
            elif token.lower_ in LIST_CONJUNCTIONS:
                _reattach(token, first, "cc")
            else:  # "the", the first names of a multiword name, the hyphen of "al-Sarraj"
                owner = next(h for h in heads if h.i >= token.i)
                _reattach(token, owner, "det" if token.lower_ == "the" else "punct" if token.text in HYPHEN_FORMS else "compound")


def _past_verb_read_as_modifier(verb: Token, sent: Span, lexicon: Lexicon) -> bool:
    """A past form read as an adjective of the noun right after it, in a clause with no finite verb (tagged
    an adjective too when it is a cue verb's: "Egypt and the UAE armed militias loyal to Haftar")."""
    past = verb.tag_ in ("VBN", "VBD") or (verb.tag_ == "JJ" and verb.lower_.endswith("ed") and _cue_verb_of_past_form(verb.lower_, lexicon))
    if not past or verb.dep_ != "amod" or verb.head.i != verb.i + 1 or verb.head.pos_ != "NOUN":
        return False
    # the clause: from the list to the next comma or semicolon after the verb ("..., Macron said" is another)
    end = next((t.i for t in sent if t.i > verb.i and t.text in (",", ";")), sent.end)
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start : end] if t.i != verb.i)


def _name_like(token: Token) -> bool:
    """A noun, or a capitalised word the tagger took for something else ("the LAAF" as a verb)."""
    return token.tag_.startswith("NN") or (token.text[:1].isupper() and token.pos_ in ("VERB", "AUX", "ADJ", "X"))


def _after_comma(noun: Token) -> bool:
    """The noun's phrase starts right after a comma (which the parser may hang on the noun itself)."""
    first = noun.left_edge
    return first.text == "," or (first.i > 0 and noun.doc[first.i - 1].text == ",")


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
        if named is None or obj.i <= verb.i or obj.i - verb.i > 2 or obj.pos_ not in ("PROPN", "NOUN"):
            continue
        if obj.dep_ == "pobj":
            prep = obj.head
            noun = prep.head
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
    and it is read by its own lemma (unless the lexicon lists the prefixed verb)."""
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
        if not last.tag_.startswith("VB") and past is None:
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


def _list_head(token: Token) -> Token:
    """The first member of the coordination `token` belongs to."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def capitalised_list_member(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt, China, Paraguay, and Bahamas back Haftar": the tagger reads a capitalised name it does
    not know, inside a list of names, as a common noun ("Bahamas" as a plural), which ends the list
    for the repairs and constructions that follow names. A capitalised noun in the middle of a
    sentence that is a conjunct of a name is a name."""
    for token in (doc[i] for i in _index(doc, lexicon).capitalised):
        if token.pos_ != "NOUN" or token.dep_ != "conj" or token.i == token.sent.start:
            continue
        if token.head.pos_ == "PROPN" and not any(c.dep_ in ("det", "amod", "compound") for c in token.children):
            token.pos_ = "PROPN"
            token.tag_ = "NNPS" if token.tag_ == "NNS" else "NNP"


def _proper_name_at(doc: Doc, start: int) -> Token | None:
    """The head of the proper name that starts at `start` ("the" may come first): "the United Arab
    Emirates" gives "Emirates"; None when no name starts there."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    if start >= len(doc) or doc[start].pos_ != "PROPN":
        return None
    name = doc[start]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return name


def subject_swallowed_by_fronted_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"..., after a week of heavy fighting around the coastal towns and the main airport road, Italy
    and Malta signed a migration agreement": after a long fronted phrase ending in a list, the parser
    runs the list on into the subject, and the verb has none. Names right after the phrase's comma,
    hung on a noun before it, directly followed by a finite verb with no subject, are its subject."""
    for comma in _index(doc, lexicon).commas:
        name = _proper_name_at(doc, comma + 1)
        if name is None:
            continue
        if name.dep_ not in ("conj", "appos") or name.head.i >= comma or name.head.pos_ != "NOUN":
            continue  # hung on a common noun of the phrase ("road"), not a list of names before the comma
        if any(t.pos_ != "PROPN" and t.lower_ not in (",", "the", *LIST_CONJUNCTIONS) for t in name.subtree):
            continue  # only names
        end = max(t.i for t in name.subtree)
        verb = doc[end + 1] if end + 1 < len(doc) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("aux", "auxpass"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        _reattach(name, verb, "nsubjpass" if passive else "nsubj")
        _reattach(doc[comma], verb, "punct")


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


def free_relative_designation(doc: Doc, lexicon: Lexicon) -> None:
    """"Ankara condemned what it called Haftar's attacks", "denounced what it described as attacks by
    Haftar": the object of the outer verb is what the free relative names; the parser makes the naming
    verb the object. The named thing takes the clause's place; the naming clause describes it."""
    for what in doc:
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


def apposition_read_as_second_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"Italy and Turkey, both supporters of the GNA, have differing interests": the parser gives the verb
    a second subject, a common noun set off by commas right after the first (or makes the name that
    noun's subject: "Russia and Turkey, rivals in Syria, held talks"); it is the name's apposition."""
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        if comma.i + 1 >= len(doc):
            continue
        noun = doc[comma.i + 1]
        if noun.dep_ in ("det", "amod", "compound", "nummod") and noun.head.i > noun.i:
            noun = noun.head
        if noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass"):
            # "Russia and Turkey, rivals in Syria, held talks": or the name is made the noun's subject
            names = [c for c in noun.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < comma.i <= c.right_edge.i + 1]
            end = max(t.i for t in noun.subtree)
            if names and end + 1 < len(doc) and (doc[end].lower_ == "," or doc[end + 1].lower_ == ","):
                verb, dep = noun.head, noun.dep_
                clause_words = [c for c in noun.children if c.dep_ in ("mark", "aux", "auxpass", "neg") and c.i < names[0].i]
                _reattach(names[0], verb, dep)
                _reattach(noun, names[0], "appos")
                for word in clause_words:  # "If Russia and Turkey, rivals in Syria, held talks": the clause's own
                    _reattach(word, verb, word.dep_)
                continue
        verb = comma.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 2 or verb.pos_ not in ("VERB", "AUX"):
            continue
        first, second = sorted(subjects, key=lambda t: t.i)
        if second.pos_ != "NOUN" or first.right_edge.i + 1 != comma.i or second.left_edge.i != comma.i + 1:
            continue
        end = second.right_edge.i
        if doc[end].lower_ == "," or (end + 1 < len(doc) and doc[end + 1].lower_ == ","):
            _reattach(second, first, "appos")


def list_head_read_as_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"held talks with the GNA, Senegal, Azerbaijan and Palau", "if the GNA, Senegal, and Nepal
    advanced": the parser reads the list's first name as a modifier (nmod, compound, appos) of the
    second, so the first name drops out of the list and the second takes its place. A name directly
    followed by a comma and a name that heads a coordination is the list's first member."""
    for first in (doc[i - 1] for i in _index(doc, lexicon).commas if i > 0):
        if first.pos_ != "PROPN" or first.dep_ not in ("nmod", "compound", "appos") or first.i + 2 >= len(doc):
            continue
        if doc[first.i + 1].text != ",":
            continue
        second = first.head
        if second.pos_ != "PROPN" or second.i <= first.i + 1 or second.left_edge.i > first.i and second.dep_ != "conj":
            continue
        # the second name starts right after the comma and is followed by more of the list
        start = doc[first.i + 2]
        if start.i != second.i and not (start.head.i == second.i and start.dep_ == "compound"):
            continue
        if not any(c.dep_ == "conj" and c.i > second.i for c in second.children):
            continue
        place, dep = second.head, second.dep_
        for child in [c for c in second.children if c.i < first.i]:  # "the" of the first name
            _reattach(child, first, child.dep_)
        if dep == "ROOT":
            first.head, first.dep_ = first, "ROOT"
        else:
            _reattach(first, place, dep)
        _reattach(second, first, "conj")
        _reattach(doc[first.i + 1], first, "punct")


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


def reduced_relative_read_as_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Drones supplied mainly by Ankara to the GNA turned the tide", "Turkish drones delivered to the
    GNA, Iraq, and Nigeria turned the tide": after an adverb or before a list, the parser reads the
    participle describing the subject as the main verb (the noun its subject) and the real main verb
    as its conjunct or adverbial clause. A past form with a subject, no object and no auxiliary (and
    a by-phrase or a "to" phrase, as a passive participle has) followed by a finite verb without a
    subject of its own is the subject's participle; the later verb is the clause's verb."""
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
        main = next((c for c in children if c.i > verb.i and c.dep_ in ("conj", "advcl") and c.tag_ in ("VBD", "VBZ", "VBP")), None)
        if main is None or any(c.dep_ == "mark" for c in main.children):
            continue
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not all(_ends_list(c) for c in subjects):
            continue  # a clause with a subject of its own, not the list's last name split off
        if verb.dep_ == "ROOT":
            main.head, main.dep_ = main, "ROOT"
        else:
            _reattach(main, verb.head, verb.dep_)
        for child in children:
            if child.dep_ in ("punct", "cc") and child.i > main.left_edge.i - 3 and child.i < main.i:
                _reattach(child, main, child.dep_)
        _reattach(subject, main, "nsubj")
        _reattach(verb, subject, "acl")
        verb.tag_ = "VBN"
        for child in children:
            if child.dep_ == "agent" or child.lower_ == "by" and child.dep_ == "prep":
                child.dep_ = "agent"


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


def list_member_split_off(doc: Doc, lexicon: Lexicon) -> None:
    """"supplied by Ankara to the GNA, Sweden, and Malawi turned the tide", "to isolate Egypt,
    Maldives, and Seychelles have failed": the parser hangs the name after the list's closing
    "and" on an earlier noun, or makes it the next verb's second subject. A name right after
    ", and" / "and" whose preceding name is already a second member of a list belongs to that list."""
    for conjunction in (doc[i] for i in _index(doc, lexicon).conjunctions):
        if conjunction.i < 2 or conjunction.i + 1 >= len(doc):
            continue
        before = doc[conjunction.i - 2] if doc[conjunction.i - 1].text == "," else doc[conjunction.i - 1]
        if before.pos_ != "PROPN" or before.dep_ != "conj":
            continue
        while before.dep_ == "compound" and before.head.i > before.i:
            before = before.head
        member = doc[conjunction.i + 1]
        if member.lower_ == "the" and conjunction.i + 2 < len(doc):
            member = doc[conjunction.i + 2]
        while member.dep_ == "compound" and member.head.i > member.i and member.head.pos_ == "PROPN":
            member = member.head
        if member.pos_ not in ("PROPN", "NOUN") or member.tag_ not in ("NNP", "NNPS", "NNS", "NN"):
            continue
        head = _list_head(before)
        if member.head.i == before.i or member.head.i == head.i:
            continue
        split = member.dep_ == "conj" and member.head.i < head.i
        second_subject = member.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != member.i for c in member.head.children
        )
        if not (split or second_subject) or member.pos_ == "NOUN" and not member.text[0].isupper():
            continue
        member.pos_ = "PROPN"
        _reattach(member, before, "conj")
        _reattach(conjunction, before, "cc")
        if doc[conjunction.i - 1].text == ",":
            _reattach(doc[conjunction.i - 1], before, "punct")


def list_read_as_second_object(doc: Doc, lexicon: Lexicon) -> None:
    """"hosted a conference with the participation of Russia, Turkish officials and France": after a name that ends
    a prepositional phrase, the parser reads the rest of the list (a comma, then a noun phrase joined by "and" to
    another name) as a second direct object of the verb that already has one. The phrase after the comma is the
    name's list: a conjunct of the name, as are its own conjuncts."""
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        name = doc[comma.i - 1] if comma.i >= 1 else None
        if name is None or name.pos_ != "PROPN" or name.dep_ != "pobj":
            continue
        member = next((t for t in doc[comma.i + 1 : min(len(doc), comma.i + 5)] if t.dep_ == "dobj"), None)
        verb = member.head if member is not None else None
        if member is None or member.left_edge.i != comma.i + 1 or not any(c.dep_ == "dobj" and c.i < name.i for c in verb.children):
            continue  # the verb's own object comes before the prepositional phrase
        if not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in member.children) or name not in verb.subtree:
            continue  # "... and France": a list goes on, not a clause's second object
        _reattach(member, name, "conj")
        _reattach(comma, name, "punct")


def _apposition_after(name: Token) -> tuple[Token, int] | None:
    """"Turkey, a long-standing player in the region, ...": the apposition on `name` and the index of
    the comma that closes it, when the name is followed by one set off by commas."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    # on the name, or on the head of a list it ends ("Haftar and Qatar, a key player, ...": the nearest name's)
    hosts = [name, name.head] if name.dep_ == "conj" else [name]
    apposition = next((c for h in hosts for c in h.children if c.dep_ == "appos" and c.i > name.i + 1 and c.pos_ == "NOUN"), None)
    if apposition is None or apposition.left_edge.i != name.i + 2:
        return None
    # the first comma after its head (its subtree can run on over the list the parser hung on it)
    closing = next((t.i for t in doc[apposition.i + 1 : min(len(doc), apposition.i + 12)] if t.text == ","), None)
    if closing is None:
        return None
    verb_next = closing + 1 < len(doc) and doc[closing + 1].tag_ in ("VBD", "VBZ", "VBN", "MD") and doc[closing + 1].pos_ in ("VERB", "AUX")
    if not verb_next and any(t.pos_ == "PROPN" and not _modifies_apposition_head(t, apposition) for t in doc[name.i + 2 : closing]):
        # "a backer of Haftar, Sweden and Chad": a list inside the apposition is its own ("the UN envoy" is not);
        # a verb after the comma ends it ("Egypt, a rival of Turkey, hosted talks")
        return None
    return apposition, closing


def _modifies_apposition_head(name: Token, apposition: Token) -> bool:
    """"the acting UN envoy": a name that only modifies the apposition's own noun, not one inside a
    phrase of its ("a rival of the Tripoli government, Syria and Palestine" may list on)."""
    return name.dep_ in ("compound", "amod", "nmod", "poss") and name.head.i == apposition.i


def _appositions_hosts(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """The names a comma follows, which may have an apposition (_apposition_after says)."""
    return [doc[i - 1] for i in _index(doc, lexicon).commas if i > 0 and doc[i - 1].pos_ == "PROPN"]


def list_after_apposition(doc: Doc, lexicon: Lexicon) -> None:
    """"Italy, a long-standing player in the region, and Malta signed ...", "attended by Turkey, a key
    player in the conflict, Russia and Egypt": after an apposition on a list's first name, the parser
    hangs the next member on a noun inside the apposition, or makes it a second subject of the verb.
    A name right after the apposition's closing comma (and "and" / "or") is the first name's conjunct."""
    for name in _appositions_hosts(doc, lexicon):
        found = _apposition_after(name)
        if found is None:
            continue
        apposition, closing = found
        i = closing + 1
        conjunction = doc[i] if i < len(doc) and doc[i].lower_ in LIST_CONJUNCTIONS else None
        if conjunction is not None:
            i += 1
        member = _proper_name_at(doc, i)
        if member is None:
            continue
        inside = apposition.left_edge.i <= member.head.i < closing
        second_subject = member.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < closing for c in member.head.children
        )
        if not (inside or second_subject) or (conjunction is None and not any(c.dep_ == "conj" for c in member.children)):
            continue  # without "and", only a name that starts a list of its own ("..., Russia and Egypt")
        _reattach(member, name, "conj")
        _reattach(doc[closing], name, "punct")
        if conjunction is not None:
            _reattach(conjunction, name, "cc")


def prep_after_apposition(doc: Doc, lexicon: Lexicon) -> None:
    """"gave military support to Haftar, a key player in the conflict, against the GNA", "arms Haftar,
    a long-standing player in the region, alongside the UAE": after an apposition the parser hangs the
    next preposition on the name; it modifies what the name is an argument of (the verb, or the noun
    its preposition belongs to), as it does without the apposition."""
    for name in _appositions_hosts(doc, lexicon):
        found = _apposition_after(name)
        if found is None or name.dep_ not in ("dobj", "pobj"):
            continue
        apposition, closing = found
        if closing + 1 >= len(doc):
            continue
        prep = doc[closing + 1]
        if prep.pos_ != "ADP" or prep.dep_ != "prep" or prep.lower_ == "of":
            continue
        if not (prep.head.i == name.i or apposition.left_edge.i <= prep.head.i < closing):
            continue
        governor = name.head if name.dep_ == "dobj" else name.head.head
        if name.dep_ == "pobj" and name.head.dep_ == "agent":
            governor = name.head.head  # "brokered by Russia, ..., between": the participle
        if governor.i == name.i or governor.pos_ not in ("VERB", "NOUN", "AUX"):
            continue
        _reattach(prep, governor, "prep")


def apposition_to_name_before(doc: Doc, lexicon: Lexicon) -> None:
    """"has the backing of Moscow, a key player in the conflict, and Abu Dhabi", "a truce brokered by
    Russia, a key player in the conflict, between the GNA and the LNA": the parser hangs an
    apposition set off by commas on the noun the name belongs to ("backing", "truce"), or makes it a
    second subject of the verb. A noun phrase with an article right after a name and a comma describes
    that name."""
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        if comma.i == 0 or comma.i + 2 >= len(doc):
            continue
        name = doc[comma.i - 1]
        if name.pos_ != "PROPN" or doc[comma.i + 1].lower_ not in ("a", "an", "the"):
            continue
        apposition = doc[comma.i + 1].head
        if apposition.pos_ != "NOUN" or apposition.head.i in (name.i, _list_head(name).i) or apposition.left_edge.i != comma.i + 1:
            continue  # (on the whole list: "the GNA and the LNA, the two rival camps")
        misplaced = apposition.dep_ == "appos" and apposition.head.i < name.i or apposition.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < name.i for c in apposition.head.children
        )
        closing = next((t.i for t in doc[apposition.i + 1 : min(len(doc), apposition.i + 12)] if t.text == ","), None)
        if not misplaced or closing is None or any(t.pos_ == "PROPN" for t in doc[comma.i + 1 : closing]):
            continue
        _reattach(apposition, name, "appos")
        _reattach(comma, name, "punct")
        _reattach(doc[closing], name, "punct")


def verb_after_subject_apposition(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey, a key player in the conflict, deployed air-defence batteries": after an apposition on
    the subject the tagger reads the main verb as an adjective of its object, and the sentence has no
    verb. A past or present verb form right after the apposition's closing comma, on a sentence whose
    root is the name, is the verb: the name its subject, the noun it was read as describing its object."""
    for name in _appositions_hosts(doc, lexicon):
        later_root = _root_of_later_clause(name, lexicon)
        if name.dep_ != "ROOT" and later_root is None:
            continue
        found = _apposition_after(name)
        if found is None:
            continue
        _, closing = found
        if closing + 1 >= len(doc):
            continue
        verb = doc[closing + 1]
        if verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and verb.dep_ == "acl" and verb.head.i == name.i and not any(
            c.dep_ in ("agent", "aux", "auxpass") for c in verb.children
        ):
            # "Stephanie Williams, the acting UN envoy, shuttled between Sarraj and Haftar": the sentence's only
            # verb read as a participle on the name (one with a by-phrase describes it: "backed by Sisi")
            verb.tag_ = "VBD"
            verb.head, verb.dep_ = verb, "ROOT"
            _reattach(name, verb, "nsubj")
            for child in [c for c in name.children if c.i > closing and c.i != verb.i]:
                _reattach(child, verb, child.dep_)
            continue
        # (a past participle too: "Egypt, a rival of Turkey, hosted talks": with the name the root, nothing else is the verb)
        if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.dep_ not in ("amod", "compound"):
            continue
        obj = verb.head
        if obj.i < verb.i or obj.head.i not in (name.i, later_root.i if later_root is not None else name.i) or obj.pos_ != "NOUN":
            continue
        verb.pos_ = "VERB"
        verb.head, verb.dep_ = verb, "ROOT"
        if later_root is not None:
            _reattach(later_root, verb, "conj")  # ("as Turkey sent ...": subordinator_read_as_preposition mends it)
        _reattach(name, verb, "nsubj")
        _reattach(obj, verb, "dobj")
        for child in [c for c in name.children if c.i > closing]:
            _reattach(child, verb, child.dep_)


def _root_of_later_clause(name: Token, lexicon: Lexicon) -> Token | None:
    """"Egypt, a key player, massed troops near the border as Turkey sent drones": the parser reads
    "massed" as an adjective and makes the name the subject of the root verb of the clause that a
    subordinator (`adjunct_marks`) opens later. That root, when so."""
    root = name.head
    if name.dep_ != "nsubj" or root.dep_ != "ROOT" or root.i < name.i:
        return None
    if not any(t.lower_ in lexicon.adjunct_marks and t.dep_ == "prep" for t in name.doc[name.i + 1 : root.i]):
        return None
    return root


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


def participle_after_apposition(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar, a rival of Sarraj, backed by Sisi, met Macron": a participle phrase set off by commas
    after an apposition describes the name the apposition is on, like the apposition itself; the
    parser hangs it on the apposition or on a name inside it ("Sarraj"), which gives Sarraj a backer."""
    for participle in (doc[i + 1] for i in _index(doc, lexicon).commas if i + 1 < len(doc)):
        if participle.tag_ != "VBN" or participle.dep_ != "acl" or participle.i < 4:
            continue
        holder = participle.head
        if holder.i > participle.i:
            continue
        apposition = holder
        while apposition.dep_ != "appos" and apposition.head.i != apposition.i and apposition.head.i < participle.i:
            apposition = apposition.head
        host = apposition.head
        if apposition.dep_ != "appos" or host.pos_ != "PROPN" or host.i + 1 >= len(doc) or doc[host.i + 1].text != ",":
            continue
        if apposition.left_edge.i != host.i + 2 or host.i == holder.i:
            continue
        _reattach(participle, host, "acl")


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


def _takes_prep(noun: Token, prep: Token, lexicon: Lexicon) -> bool:
    """The lexicon has the noun as a cue taking this preposition ("talks between", "a red line for")."""
    cue = lexicon.nouns.get(noun.lemma_.lower())
    modified = " ".join([c.lower_ for c in noun.children if c.dep_ == "amod" and c.i == noun.i - 1] + [noun.lemma_.lower()])
    return (cue is not None and prep.lower_ in cue.preps) or (modified in lexicon.red_line_words and prep.lower_ == "for")


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


OBJECT_PRONOUN_NUMBER = {"it": False, "them": True, "him": False, "her": False}
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
        comma = next((t.i for t in doc[i : sent.end] if t.lower_ == ","), None)
        if comma is None:
            break
        i = comma + 1
    return i


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
        while start < sent.end and doc[start].pos_ == "ADV" and doc[start].lower_.endswith("ly"):
            start += 1  # "Strongly condemned Egypt ..."
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


PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})


def perfect_participle_read_as_adjective(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia has long armed Haftar", "Cairo had quietly backed the LNA": after "has" and an adverb the tagger
    reads the past participle of a cue verb as an adjective on the next name, and "has" becomes the main verb
    with the name as its object. "has" / "have" / "had" heading a clause, then adverbs, then an adjective in
    -ed whose verb is a cue and which modifies the auxiliary's object: the participle is the clause's verb, the
    auxiliary its auxiliary, the name its object. Not "has armed groups in the south" read right (the
    adjective's noun is no object of "has"), nor "has long-standing ties" (no cue verb)."""
    for auxiliary in (doc[i] for i in positions_in(doc, LOWER, PERFECT_AUXILIARIES)):
        at = _skip_adverbs(doc, auxiliary.i + 1)
        if at == auxiliary.i + 1 or at >= len(doc) or auxiliary.pos_ not in ("AUX", "VERB"):
            continue  # without an adverb between them the tagger reads the participle right
        participle = doc[at]
        obj = participle.head
        if participle.pos_ != "ADJ" or participle.dep_ != "amod" or obj.dep_ != "dobj" or obj.head.i != auxiliary.i:
            continue
        if obj.pos_ != "PROPN" or (base := _cue_verb_of_past_form(participle.lower_, lexicon)) is None:
            continue  # "has long armed groups": a plain noun after the adjective may be what it describes
        participle.pos_, participle.tag_, participle.lemma_ = "VERB", "VBN", base
        participle.head, participle.dep_ = auxiliary.head if auxiliary.dep_ != "ROOT" else participle, auxiliary.dep_
        if auxiliary.dep_ == "ROOT":
            participle.head = participle
        for child in list(auxiliary.children):
            _reattach(child, participle, child.dep_)
        auxiliary.pos_ = "AUX"
        _reattach(auxiliary, participle, "aux")
        _reattach(obj, participle, "dobj")


def subject_taken_by_whose_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"Italy, whose oil firm Eni runs the gas network, has long leaned towards the GNA", "Ankara, whose troops
    Greece watches, backs the GNA": a relative clause on "whose" between a subject and its verb makes the parser
    take the subject into the clause (as a subject of its verb) or leave it as the sentence's root, so the main
    verb has none. A noun or name, a comma, "whose" owning the clause's subject or object, the clause, a comma,
    and a finite verb (after auxiliaries and adverbs) with no subject: the noun is that verb's subject and the
    clause its relative clause. Not a clause that ends the sentence ("..., whose forces Turkey attacked."), nor a
    verb with a subject of its own ("Egypt, whose army is large, said Cairo backs Haftar" keeps "Cairo")."""
    for whose in (doc[i] for i in positions_in(doc, LOWER, ("whose",))):
        owned, antecedent = whose.head, doc[whose.i - 2] if whose.i >= 2 else None
        if antecedent is None or doc[whose.i - 1].text != "," or whose.dep_ != "poss" or antecedent.pos_ not in ("NOUN", "PROPN"):
            continue
        inner = owned.head
        if owned.dep_ not in ("nsubj", "nsubjpass", "dobj") or inner.pos_ not in ("VERB", "AUX") or inner.i < whose.i:
            continue
        sent = whose.sent
        closing = next((t.i for t in doc[inner.i + 1 : sent.end] if t.text == ","), None)
        if closing is None:
            continue
        at = _skip_adverbs(doc, closing + 1)
        while at < sent.end and doc[at].pos_ == "AUX":
            at = _skip_adverbs(doc, at + 1)
        if at >= sent.end:
            continue
        verb = doc[at]
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != antecedent.i for c in verb.children):
            continue
        if antecedent.head.i == verb.i and antecedent.dep_ in ("nsubj", "nsubjpass"):
            continue  # already right
        if antecedent.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in antecedent.children if c.i > closing]:
                _reattach(child, verb, child.dep_)  # the full stop the name had as the root
        elif not whose.i <= antecedent.head.i < closing:
            continue  # the name hangs elsewhere (an object of an earlier verb): not this shape
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        _reattach(antecedent, verb, "nsubjpass" if passive else "nsubj")
        _reattach(inner, antecedent, "relcl")
        _reattach(doc[closing], antecedent, "punct")


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


def list_member_after_aside(doc: Doc, lexicon: Lexicon) -> None:
    """"which includes the UAE, Egypt and, more discreetly, France, has struggled", "backed by the UAE, Egypt and,
    to a lesser degree, Russia": a phrase set off by commas after the list's "and" makes the parser end the list
    at "and" and hang the last name elsewhere (an adverb's object, an apposition, the next verb's subject). "and"
    (or "or") after a name of a list, a comma, a short phrase of an adverb or a preposition with no verb, a comma,
    and a name (or a list of them) followed by a comma or the sentence's end: the name is the list's next member,
    the phrase its adverbial. Not a name that starts a clause ("and, according to diplomats, Jordan trains his men")."""
    for conjunction in (doc[i] for i in _index(doc, lexicon).conjunctions):
        i = conjunction.i
        if i < 1 or i + 3 >= len(doc) or doc[i + 1].text != "," or conjunction.dep_ != "cc":
            continue
        previous = doc[i - 1]
        if previous.pos_ != "PROPN" or conjunction.head.i != previous.i and conjunction.head.i != _list_head(previous).i:
            continue
        sent = conjunction.sent
        closing = next((t.i for t in doc[i + 2 : min(sent.end, i + 8)] if t.text == ","), None)
        if closing is None or closing == i + 2 or not (doc[i + 2].pos_ in ("ADV", "ADP") or doc[i + 2].lower_ == "according"):
            continue
        aside = doc[i + 2 : closing]
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in aside):
            continue
        members = _names_after(doc, closing + 1, sent.end)  # "and, more discreetly, France and Saudi Arabia,"
        end = members[-1][1] if members else None
        if end is None or (end < sent.end and not doc[end].is_punct):
            continue  # a name that goes on into its own clause
        name = doc[members[0][1] - 1]
        if name.head.i == previous.i and name.dep_ == "conj":
            continue  # already right
        _reattach(name, previous, "conj")
        if len(members) > 1:
            _attach_list(doc, members)
        else:
            _attach_name(doc, closing + 1, name)
        for token in aside:
            if not (aside.start <= token.head.i < aside.end):
                _reattach(token, name, "advmod" if token.pos_ == "ADV" else "prep")
        _reattach(doc[i + 1], name, "punct")
        _reattach(doc[closing], name, "punct")
        if conjunction.head.i != previous.i:
            _reattach(conjunction, previous, "cc")


def purpose_of_agentless_passive(doc: Doc, lexicon: Lexicon) -> None:
    """"approved a bill allowing troops to be deployed to Libya to support the GNA", "The parliament authorised
    troops to be sent to Libya to back Haftar": a purpose clause on a passive with no agent is the purpose of
    whoever does the act, whom the sentence names only as the one who permits it (`permission_verbs`); the
    parser hangs the clause on the passive, whose only subject is what is sent. A to-clause on an agentless
    passive that is the complement of a permission verb hangs on that verb, which has an actor (its subject,
    or the maker of the bill it describes). Not a passive with its agent ("to be deployed by Egypt to ..."),
    nor one whose subject names an actor ("allowing Turkish jets to be refuelled to strike ...": the jets'
    owner acts), nor a passive under any other verb ("Egypt said troops were deployed to support Haftar")."""
    actors: dict[int, set[str]] | None = None
    for permit in (doc[i] for i in positions_in(doc, LEMMA, lexicon.permission_verbs)):
        if permit.pos_ != "VERB":
            continue
        for passive in [c for c in permit.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ == "VBN"]:
            children = list(passive.children)
            if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
                continue
            purpose = next((c for c in children if c.dep_ in ("advcl", "xcomp") and c.i > passive.i and c.tag_ == "VB"
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
            if purpose is None or subject is None:
                continue
            if actors is None:
                actors = dictionary_actors_at(doc)
            if any(t.i in actors for t in subject.subtree):
                continue
            _reattach(purpose, permit, "advcl")


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
        while start < sent.end and doc[start].pos_ == "ADV":
            start += 1  # "Also condemned ...", "Strongly condemned ..."
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
        if follow is None and not _partner_phrase_after(doc, verb, lemma, first, parts, end, lexicon):
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

# Repairs that can only apply when the paragraph has one of these words; the others always run.
TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "resumptive_pronoun_in_relative_clause": frozenset({"that", "which"}),
    "perfect_participle_read_as_adjective": PERFECT_AUXILIARIES,
    "subject_taken_by_whose_clause": frozenset({"whose"}),
    "relative_without_passive_auxiliary": frozenset({"by"}),
    "resumptive_subject_after_topic": frozenset(RESUMPTIVE_SUBJECTS),
    "action_prep_on_part_of_object": ACTION_PREPS,
    "list_member_after_aside": frozenset({"and", "or"}),
    "purpose_of_agentless_passive": frozenset({"be", "been", "being"}),
    "recipient_read_as_modifier_of_shifted_object": frozenset({"to"}),
    "gerund_object_after_of": frozenset({"of"}),
    "repeated_preposition_split_off": frozenset({"and", "or"}),
    "fronted_object_with_pronoun": frozenset(OBJECT_PRONOUN_NUMBER),
    "second_agent_phrase_split_off": frozenset({"by"}),
    "by_phrase_to_event_noun": frozenset({"by"}),
    "agent_of_light_verb_passive": frozenset({"by"}),
    "object_after_as_predicate": frozenset({"as"}),
    "correlative_subject_read_as_root": frozenset({"only"}),
    "colon_list_to_role_noun": frozenset({":"}),
    "between_second_side": frozenset({"between"}),
    "partner_prep_on_object": frozenset({"with"}),
    "free_relative_designation": frozenset({"what"}),
    "with_object_read_as_subject": frozenset({"with"}),
    "in_order_to": frozenset({"order"}),
    "subject_list": frozenset({"and", "or"}),
    "subject_taken_as_object_conjunct": frozenset({"and"}),
    "two_clauses_read_as_one": CLAUSE_SEPARATORS - {","},
    "finite_verb_read_as_object": CLAUSE_SEPARATORS - {","},
    "sides_named_apart": frozenset({"side"}),
    "fronted_participle_list": frozenset({"and", "or"}),
    "hyphen_noun_split": frozenset({"-", "‐"}),
    "prefixed_verb_split": frozenset({"-", "‐"}),
    "list_head_read_as_modifier": frozenset({","}),
    "list_member_split_off": frozenset({"and", "or"}),
    "list_read_as_second_object": frozenset({","}),
    "list_after_apposition": frozenset({","}),
    "capitalised_list_member": frozenset({"and", "or"}),
    "participle_read_as_adjective": frozenset({"by"}),
    "possessive_of_name_with_of": frozenset({"of"}),
    "adverb_inside_two_word_prep": frozenset({"together", "along", "jointly"}),
    "participle_after_apposition": frozenset({","}),
    "participle_on_earlier_noun": frozenset({"by"}),
    "verb_read_as_noun_after_agent": frozenset({"by"}),
    "seat_read_as_verbs_place": frozenset({"in"}),
    "apposition_to_name_before": frozenset({","}),
    "verb_after_subject_apposition": frozenset({","}),
    "speaker_before_colon": frozenset({":"}),
    "source_prep_on_object": frozenset({"from"}),
    "verb_prep_read_on_object": frozenset({"on"}),
    "trailing_reporter_read_as_apposition": frozenset({","}),
    "reporter_before_speaker": frozenset({","}),
    "subject_before_aside": frozenset({","}),
    "verb_after_set_off_phrase": frozenset({","}),
    "prep_after_apposition": frozenset({","}),
}

# Repairs that only act on a cue verb's form: skipped for a paragraph with none.
CUE_VERB_REPAIRS = frozenset(
    {
        "verbless_clause_with_cue",
        "cue_after_names",
        "cue_verb_read_as_other",
        "object_taken_as_next_subject",
        "two_clauses_read_as_one",
        "subject_taken_as_object_conjunct",
        "subject_read_as_object_tail",
    }
)

# Repairs that only act on an adjective of the lexicon ("loyal", "opposed", "warring").
ADJECTIVE_REPAIRS = frozenset({"participle_adjective", "postnominal_adjective"})

REPAIRS = (
    verb_first_phrases,  # before verb_first_clause, which leaves the clauses it read alone
    verb_first_clause,
    passive_verb_first_clause,
    recipient_read_as_modifier_of_shifted_object,
    gerund_object_after_of,
    repeated_preposition_split_off,
    fronted_object_with_pronoun,
    resumptive_subject_after_topic,
    second_agent_phrase_split_off,
    name_read_as_auxiliary,
    coordinated_modifiers_read_as_noun,
    possessed_noun_read_as_object_conjunct,
    hyphen_noun_split,
    speaker_before_colon,
    quantity_noun_before_cue,
    capitalised_list_member,
    subject_swallowed_by_fronted_phrase,
    list_head_read_as_modifier,
    reduced_relative_read_as_verb,
    verb_read_as_noun_after_agent,
    seat_read_as_verbs_place,
    apposition_to_name_before,
    apposition_read_as_second_subject,
    verb_after_subject_apposition,
    perfect_participle_read_as_adjective,
    subject_taken_by_whose_clause,
    relative_without_passive_auxiliary,
    preposition_read_as_adverb,
    particle_of_nominal_read_on_verb,
    object_read_into_fronted_phrase,
    verb_before_fronted_phrase_read_as_modifier,
    field_after_of_read_as_content,
    verb_after_set_off_phrase,
    subject_before_aside,
    participle_on_earlier_noun,
    participle_after_apposition,
    list_after_apposition,
    list_member_split_off,
    list_read_as_second_object,
    list_member_after_aside,
    subject_list,
    prep_after_time_phrase,
    subordinator_read_as_preposition,
    participle_after_object_read_as_adverbial,
    two_clauses_read_as_one,
    verbless_clause_with_cue,
    verb_after_aside_read_as_other,
    cue_after_names,
    prep_after_apposition,
    action_prep_on_name,
    action_prep_on_part_of_object,
    partner_prep_on_object,
    source_prep_on_object,
    verb_prep_read_on_object,
    noun_prep_read_on_verb,
    with_object_read_as_subject,
    free_relative_designation,
    in_order_to,
    purpose_of_agentless_passive,
    participle_adjective,
    between_second_side,
    by_phrase_to_event_noun,
    patient_prep_on_agent,
    noun_read_as_verb_in_subject,
    noun_read_as_verb_after_object,
    resumptive_pronoun_in_relative_clause,
    agent_of_light_verb_passive,  # after the two above: a subject noun tagged as a verb is a noun again
    recipient_read_as_modifier_of_aid,
    correlative_subject_read_as_root,
    object_after_as_predicate,
    predicate_read_as_name_head,
    possessive_of_name_with_of,
    second_object_read_as_modifier,
    small_clause_subject_in_modifier,
    colon_list_to_role_noun,
    participle_read_as_adjective,
    adverb_inside_two_word_prep,
    fronted_participle_list,
    cue_verb_read_as_other,
    past_verb_read_as_adjective,
    past_verb_read_as_modifier_of_subject,
    participle_read_as_noun,
    postnominal_adjective,
    object_taken_as_next_subject,
    trailing_reporter_read_as_apposition,
    reporter_before_speaker,
    speech_act_read_as_inner_conjunct,
    finite_verb_read_as_object,
    arguments_read_as_modifiers,
    sides_named_apart,
    subject_taken_as_object_conjunct,
    subject_read_as_object_tail,
    verb_read_as_modifier,
    prefixed_verb_split,  # last: the repairs before may hang a subject list on the prefix read as the verb
)
