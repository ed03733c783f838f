"""Relative clauses without a relative pronoun ("the offensive Haftar launched", "a government Russia has long
opposed", "a deal Turkey called null and void"), which the small model reads as a compound name, an apposition
or a clause of its own.
"""
from __future__ import annotations

from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Token

from extract.lexicon import Lexicon
from extract.relations.grammar import lemma, positions_in
from extract.parse_repair.shared import (
    _role_nouns,
    COMMA,
    _attach_list,
    _cue_verb_of_past_form,
    _index,
    _is_cue_verb,
    _name_phrase_end,
    _names_after,
    _reattach,
    _skip_adverbs,
    one_tree,
    reading_of,
    restore_unless_one_tree,
)

# What may stand before a noun a contact relative describes ("the offensive", "a deal", "any solution").
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "any", "every", "each", "its", "their", "his", "her", "another"})
# Between the subject and its verb: auxiliaries and the adverbs news prose puts there ("has long opposed").
AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "does", "did", "do", "is", "was", "are", "were"})
# Relative pronouns that can be a clause's subject ("which armed Haftar").
RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})
# After the verb, what shows its object is missing: the end of the phrase, a preposition or a predicate's "as".
OBJECT_GAP_TAGS = frozenset({",", ".", ":", "IN", "TO", "RB", "-RRB-", "HYPH"})


def contact_relative_clause(doc: Doc, lexicon: Lexicon) -> None:
    """A noun, then a name (or a list of names), then a cue or designation verb with no object of its own:
    the verb is a relative clause on the noun ("the offensive Haftar launched", "a force Turkey fights"), the
    names its subject; the noun is the missing object. A verb followed by its own object ("last year Russia
    backed Haftar") is a clause, a time noun before the names is not what the clause describes, and a verb
    the parser made the sentence's main verb stays so ("in the meantime Egypt warned against it")."""
    for noun in (doc[i] for i in _before_names(doc)):
        start = _phrase_start(noun, lexicon)
        if start is None:
            continue
        sent = noun.sent
        found = _names_then_verb(doc, noun.i + 1, sent.end)
        if found is None:
            continue
        members, between, at = found
        if at >= sent.end or not _gapped_verb(doc[at], noun, lexicon):
            continue
        verb = doc[at]
        subject = doc[members[0][1] - 1]
        if verb.dep_ == "relcl" and verb.head.i == noun.i and subject.dep_ == "nsubj" and subject.head.i == verb.i:
            continue  # read right already
        aside = _aside_holder(doc, start, verb)
        if verb.dep_ == "ROOT" and aside is None:
            continue  # the parser's main verb stays the main verb ("in the meantime Egypt warned against it")
        saved = reading_of(sent)
        _mend(doc, start, noun, members, between, verb, aside)
        restore_unless_one_tree(sent, saved)


# Relative pronouns that may stand for the object of the clause they open.
OBJECT_RELATIVES = frozenset({"whom", "which"})


def object_relative_read_as_noun_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar, whom the UAE backs, said ...", "Haftar, whom the UAE arms, continues ...", "the GNA, which Ankara
    supplies, ...": after an object relative pronoun set off by a comma, the parser reads the names and the cue verb
    after them as one noun phrase (the names as compounds of the verb, or the verb as a noun in -s that is the
    pronoun's subject). The names are the relative clause's subject, the cue verb its verb, the pronoun its object,
    and the clause describes the word before the comma. Only a cue verb right after the names (auxiliaries and
    adverbs between) that has no object of its own: a comma, the end or a preposition follows it."""
    for rel in (doc[i] for i in positions_in(doc, LOWER, OBJECT_RELATIVES)):
        sent = rel.sent
        holder = _described_before(doc, rel)
        if holder is None:
            continue
        found = _names_then_verb(doc, rel.i + 1, sent.end)
        if found is None:
            continue
        members, between, at = found
        if at + 1 >= sent.end or not _is_cue_verb(doc[at], lexicon) or doc[at].lower_.endswith("ing"):
            continue
        after = doc[at + 1]
        if not (after.is_punct or after.pos_ == "ADP"):
            continue  # "which Turkey backs the GNA with": an object of its own, another reading
        verb = doc[at]
        subject = doc[members[0][1] - 1]
        if verb.dep_ == "relcl" and subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i:
            continue  # read right already
        if verb.i in {t.i for t in holder.ancestors} or rel.i in {t.i for t in holder.ancestors}:
            continue  # the holder hangs inside the phrase: a shape this repair does not foresee
        saved = reading_of(sent)
        for child in list(verb.children):
            if members[0][0] <= child.i < members[-1][1]:
                _reattach(child, subject, child.dep_)  # "the" and the names the parser hung on the verb
        for child in list(rel.children):
            if child.i != verb.i:
                _reattach(child, verb, child.dep_)
        _read_as_finite_verb(verb)
        _reattach(verb, holder, "relcl")
        _reattach(rel, verb, "dobj")
        _reattach(subject, verb, "nsubj")
        _attach_list(doc, members)
        _attach_before_verb(between, verb)
        restore_unless_one_tree(sent, saved)


def _read_as_finite_verb(verb: Token) -> None:
    """A word the tagger read as something else is a finite verb, in the tense its ending shows."""
    verb.pos_ = "VERB"
    if not verb.tag_.startswith("VB"):
        verb.tag_ = "VBD" if verb.lower_.endswith("ed") else "VBZ" if verb.lower_.endswith("s") else "VBP"


def _attach_before_verb(between: list[Token], verb: Token) -> None:
    """The auxiliaries and adverbs between a clause's subject and its verb hang on the verb."""
    for token in between:
        _reattach(token, verb, "aux" if token.lower_ in AUXILIARIES else "advmod")


def _names_then_verb(doc: Doc, i: int, end: int) -> tuple[list[tuple[int, int]], list[Token], int] | None:
    """A list of names starting at token i (a clause's subject), the auxiliaries and adverbs after it, and where the word
    after those is (the clause's verb, if it has one); None when no name starts there."""
    members = _names_after(doc, i, end)
    if not members:
        return None
    at = members[-1][1]
    between: list[Token] = []
    while at < end and (doc[at].lower_ in AUXILIARIES or doc[at].tag_ == "RB"):
        between.append(doc[at])
        at += 1
    return members, between, at


def _described_before(doc: Doc, rel: Token) -> Token | None:
    """The noun a relative pronoun set off by a comma describes: the word before the comma ("Haftar, whom"), or the name
    before an apposition or a parenthesis between ("Haftar, a player in the region, whom", "Haftar (say diplomats),
    whom"); None when no noun stands there."""
    start = rel.sent.start
    if rel.i - 2 < start or doc[rel.i - 1].text != ",":
        return None
    word = doc[rel.i - 2]
    if word.text == ")":
        opening = next((t for t in reversed(doc[start : word.i]) if t.text == "("), None)
        word = doc[opening.i - 1] if opening is not None and opening.i > start else word
    if word.pos_ not in ("PROPN", "NOUN"):
        return None
    while word.dep_ in ("compound", "flat") and word.head.i > word.i:
        word = word.head
    appositive = next((a for a in (word, *word.ancestors) if a.dep_ == "appos" and a.head.i < a.i), None)
    if appositive is not None and appositive.head.pos_ in ("PROPN", "NOUN"):
        word = appositive.head  # "Haftar, a long-standing player in the region, whom": the name the apposition describes
    return word


def _before_names(doc: Doc) -> list[int]:
    """Where a noun (or an adjective the tagger made of one) stands right before a name, a demonym or "the": the
    only places a list of names can follow it. Read from the parse's arrays, without a Python Token for each word
    of the paragraph (which costs more than the repair)."""
    the = doc.vocab.strings["the"]
    rows = doc.to_array([POS, LOWER]).tolist() if len(doc) else []
    return [i for i in range(len(rows) - 1) if rows[i][0] in (NOUN, ADJ) and (rows[i + 1][0] in (PROPN, ADJ) or rows[i + 1][1] == the)]


def _mend(doc: Doc, start: int, noun: Token, members: list[tuple[int, int]], between: list[Token], verb: Token, aside: Token | None) -> None:
    """The verb a relative clause on the noun, the names its subject, what stood between its auxiliaries."""
    subject = doc[members[0][1] - 1]
    verb.pos_ = "VERB"
    if not verb.tag_.startswith("VB"):
        verb.tag_ = "VBD" if verb.lower_.endswith("ed") else "VBZ" if verb.lower_.endswith("s") else "VBP"
    if aside is not None:
        _set_aside(doc, start, noun, verb, aside)
    elif verb.i in {t.i for t in noun.ancestors}:
        # "condemned [the offensive Haftar launched]" read as a clause: the noun takes the clause's place
        noun.head, noun.dep_ = verb.head, "dobj" if verb.dep_ in ("ccomp", "xcomp") else verb.dep_
    if noun.pos_ == "ADJ":
        noun.pos_, noun.tag_ = "NOUN", "NN"  # "the offensive": the cue noun the tagger read as an adjective
    for token in doc[start : noun.i]:
        if token.head.i >= members[0][0]:
            _reattach(token, noun, token.dep_)  # "the" and adjectives the parser hung on the name
    _reattach(verb, noun, "relcl")
    _reattach(subject, verb, "nsubj")
    _attach_list(doc, members)
    _attach_before_verb(between, verb)


def _aside_holder(doc: Doc, start: int, verb: Token) -> Token | None:
    """The name an apposition set off by commas describes ("The GNA, [a government Russia has long opposed], signed
    ..."), when a comma closes the apposition right after its verb and the name has one before it."""
    sent = verb.sent
    if start - 2 < sent.start or doc[start - 1].text != "," or verb.i + 1 >= sent.end or doc[verb.i + 1].text != ",":
        return None
    holder = doc[start - 2]
    return holder if holder.pos_ in ("PROPN", "NOUN") else None


def _set_aside(doc: Doc, start: int, noun: Token, verb: Token, holder: Token) -> None:
    """The apposition hangs on the name before it, and what the parser hung on the relative clause's verb outside
    the apposition hangs on the sentence's main verb (the next verb, when the parser made the clause's the root)."""
    main = verb.head if verb.dep_ != "ROOT" else next((t for t in doc[verb.i + 2 : verb.sent.end] if t.pos_ == "VERB"), None)
    if main is None or main.i == verb.i:
        return
    if verb.dep_ == "ROOT":
        main.head, main.dep_ = main, "ROOT"
    for child in list(verb.children):
        if child.i < start or child.i > verb.i:
            _reattach(child, main, child.dep_)
    holder_name = holder
    while holder_name.dep_ in ("compound", "flat") and holder_name.head.i > holder_name.i:
        holder_name = holder_name.head
    noun.head, noun.dep_ = holder_name, "appos"


def _phrase_start(noun: Token, lexicon: Lexicon) -> int | None:
    """Where the phrase of a noun a contact relative may describe starts (its determiner): a common noun, or a cue
    noun the tagger read as an adjective ("the offensive"), after a determiner; not a time ("last year")."""
    if noun.pos_ != "NOUN" and not (noun.pos_ == "ADJ" and noun.lower_ in lexicon.nouns):
        return None
    if noun.lower_ in lexicon.time_nouns or noun.lemma_.lower() in lexicon.time_nouns:
        return None
    start = noun.i - 1
    while start >= noun.sent.start and noun.doc[start].pos_ in ("ADJ", "ADV", "NOUN") and noun.doc[start].lower_ not in DETERMINERS:
        start -= 1
    return start if start >= noun.sent.start and noun.doc[start].lower_ in DETERMINERS else None


def _gapped_verb(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """A cue or designation verb (or any verb after a cue noun: "the offensive Haftar launched", "the aid
    Turkey sent"), not an -ing form, whose next word shows no object of its own; a designation verb may have
    its predicate ("called null and void", "calls a putsch") but not a name."""
    word = verb.lemma_.lower()
    designation = word in lexicon.designation_verbs
    any_verb = noun.lemma_.lower() in lexicon.nouns and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")
    if not (designation or any_verb or _is_cue_verb(verb, lexicon)) or verb.lower_.endswith("ing") or verb.pos_ == "PROPN":
        return False
    if verb.i + 1 >= verb.sent.end:
        return True
    following = verb.doc[verb.i + 1]
    if designation:
        return following.pos_ not in ("PROPN", "PRON") and not _names_after(verb.doc, verb.i + 1, verb.sent.end)
    if following.lower_ == "to":
        # "the backing Doha has extended to the GNA": a to-phrase, not an infinitive ("launched to take Tripoli")
        after = verb.doc[following.i + 1] if following.i + 1 < verb.sent.end else None
        return after is not None and after.tag_ != "VB" and (after.pos_ in ("PROPN", "DET") or after.tag_ == "PRP$")
    return following.tag_ in OBJECT_GAP_TAGS and following.lower_ != "that"


# Prepositions that say where a thing is ("a tanker in the harbour of Khoms", "a jet at the airfield of Jufra").
_WHERE_PREPS = frozenset({"in", "at", "off", "near", "outside", "of", "on"})

_RELATIVE_WORDS = frozenset({"which", "that"})

_RELATIVE_CLAUSES = frozenset({"relcl"})


def relative_clause_read_on_place(doc: Doc, lexicon: Lexicon) -> None:
    """"hit a Qatari freighter in the harbour of Khoms, which was bringing rifles to the brigades": the parser
    hangs the relative clause on the nearest noun, the place where the thing is; a clause whose verb sends or
    carries (transfer_verbs, wire_cargo_participles) with the relative word as its subject says what the vessel,
    plane or aid (wire_vessel_nouns, aid_nouns) before the place was doing. Only past places (place nouns and
    names) linked by where-prepositions; "the port of Misrata, which the GNA uses" (the word its object) stays."""
    if not _index(doc, lexicon).cues:
        return  # no verb of sending or carrying (the index lists transfer verbs with the cues)
    for verb in (doc[i] for i in positions_in(doc, DEP, _RELATIVE_CLAUSES)):
        word = verb.lemma_.lower()
        if word not in lexicon.transfer_verbs and word not in lexicon.wire_cargo_participles:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_WORDS for c in verb.children):
            continue
        place = verb.head
        if not _is_place(place, lexicon):
            continue
        thing = _thing_at_place(place, lexicon)
        if thing is not None:
            _reattach(verb, thing, "relcl")


def _is_place(noun: Token, lexicon: Lexicon) -> bool:
    word = noun.lemma_.lower()
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("GPE", "LOC", "FAC", "")
    return noun.pos_ == "NOUN" and (word in lexicon.place_nouns or word in lexicon.held_place_nouns or word in lexicon.holding_nouns)


def _thing_at_place(place: Token, lexicon: Lexicon) -> Token | None:
    """The vessel, plane or aid a chain of where-phrases ending in `place` says the whereabouts of: the noun the
    first where-phrase hangs on, or the object of the verb it hangs on."""
    node = place
    for _ in range(5):
        if node.dep_ != "pobj" or node.head.lower_ not in _WHERE_PREPS:
            return None
        holder = node.head.head
        if holder.pos_ in ("NOUN", "PROPN") and _is_place(holder, lexicon):
            node = holder
            continue
        if holder.pos_ == "VERB":
            holder = next((c for c in holder.children if c.dep_ == "dobj" and c.i < node.i), None)
            if holder is None:
                return None
        word = holder.lemma_.lower()
        return holder if holder.pos_ == "NOUN" and (word in lexicon.wire_vessel_nouns or word in lexicon.aid_nouns) else None
    return None


# Phrases that give examples of a group ("those who arm Haftar, like Egypt and Russia").
# The relative clause label, which repairs below start from (positions_in: no Token per word).
RELATIVE_CLAUSE_DEP = frozenset({"relcl"})
EXAMPLE_OPENERS = frozenset({"like", "including", "as"})


def examples_read_on_relative_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Those who arm Haftar, like Egypt and Russia, ...", "the countries that back the GNA, such as Qatar, ...": a
    phrase of examples set off by a comma right after a relative clause on a group no name is given
    (quotes_unnamed_relatives, "ones", unnamed_group_nouns) names members of the group, but the parser hangs it on
    the last word of the clause, on the clause's verb or on the verb the group is subject of. On the clause's last
    word only when that word is a name or its apposition (a name has no examples: "Haftar, like Egypt"); always only
    when the examples are names ("those who arm militias, such as the Nawasi brigade" keeps its reading)."""
    for opener in (doc[i] for i in positions_in(doc, LOWER, EXAMPLE_OPENERS)):
        if opener.lower_ not in EXAMPLE_OPENERS or opener.dep_ != "prep":
            continue
        first = opener.i - 1 if opener.lower_ != "as" else opener.i - 2
        if first < 1 or doc[first].text != "," or (opener.lower_ == "as" and doc[opener.i - 1].lower_ != "such"):
            continue
        named = [p for p in opener.children if p.dep_ == "pobj"]
        if not named or any(p.pos_ != "PROPN" for p in named):
            continue
        before = doc[first - 1]
        clause = _describing_clause(before)
        if clause is None or not _unnamed_group(clause.head, lexicon) or opener.head.i == clause.head.i or opener.i < clause.i:
            continue  # (not "those who, like Egypt, back Haftar": inside the clause)
        holder = opener.head
        name = holder.head if holder.dep_ == "appos" and holder.pos_ == "NOUN" else holder
        on_last_name = holder.i < first and holder.i in {t.i for t in clause.subtree} and name.pos_ == "PROPN"
        if not (on_last_name or holder.i == clause.i or holder.i == clause.head.head.i):
            continue
        saved = (opener.head, opener.dep_)
        _reattach(opener, clause.head, "prep")
        if not one_tree(opener.sent):
            opener.head, opener.dep_ = saved


def _describing_clause(word: Token) -> Token | None:
    """The relative clause a word ends, or the participle clause right after its noun ("those backing Haftar", "the
    countries arming the LNA"), whichever is nearest."""
    return next(
        (a for a in (word, *word.ancestors) if a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ in ("VBG", "VBN") and a.i > a.head.i)),
        None,
    )


def _unnamed_group(noun: Token, lexicon: Lexicon) -> bool:
    """"those", "anyone", "the ones", "the countries": people or states a relative clause describes, no name given."""
    word = noun.lemma_.lower()
    return noun.lower_ in lexicon.quotes_unnamed_relatives or word == "one" or word in lexicon.unnamed_group_nouns


def focused_list_read_on_relative_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Those who arm Haftar, Egypt in particular, ...", "the countries that fund the militias, notably Qatar and
    Turkey, ...", "those who back Haftar, the Emiratis and Jordan above all, ...": a list of names set off by commas
    after a relative clause on a group no name is given, with a word that singles members out (quotes_focus_words,
    before or after the list), names members of the group; the parser reads it as more objects of the clause or
    an apposition of its last name. Without such a word ("those who back Haftar, Egypt and Jordan") the list may be
    the objects, and is left alone."""
    for comma in (doc[i] for i in positions_in(doc, ORTH, COMMA)):
        if comma.i < 2 or comma.i + 2 >= len(doc):
            continue
        before = doc[comma.i - 1]
        clause = _describing_clause(before)
        if clause is None or not _unnamed_group(clause.head, lexicon) or clause.i > comma.i:
            continue
        start = comma.i + 1
        if before.pos_ == "NOUN" and before.lemma_.lower() in (lexicon.unnamed_group_nouns | _role_nouns(lexicon)):
            continue  # "those who fight Haftar's patrons, namely Egypt and the UAE": the patrons are named
        # ("namely Egypt", "above all Turkey": a phrase of one word or more)
        focus_first = _focus_phrase_end(doc, start, lexicon)
        members = _names_after(doc, focus_first or start, comma.sent.end)
        if not members:
            continue
        after = members[-1][1]
        focus_after = _focus_phrase_end(doc, after, lexicon)
        if not (focus_first or focus_after):
            continue
        end = focus_after or after
        if end >= len(doc) or doc[end].text != ",":
            continue
        saved = [(t.head.i, t.dep_) for t in comma.sent]
        _attach_list(doc, members)
        first = doc[members[0][1] - 1]
        _reattach(first, clause.head, "appos")
        low, high = (start, focus_first) if focus_first else (after, end)
        for token in doc[low:high]:
            if not low <= token.head.i < high or token.head.i == token.i:
                _reattach(token, first, "advmod")  # the focus phrase's own head
        if not one_tree(comma.sent):
            for token, (head, dep) in zip(comma.sent, saved):
                token.head, token.dep_ = doc[head], dep


def _focus_phrase_end(doc: Doc, i: int, lexicon: Lexicon) -> int | None:
    """Where a phrase of quotes_focus_words right at i ends ("in particular", "above all", "first of all",
    "especially"), or None."""
    for length in (3, 2, 1):
        words = " ".join(t.lower_ for t in doc[i : i + length])
        if i + length <= len(doc) and words in lexicon.quotes_focus_words:
            return i + length
    return None


def infinitive_relative_read_on_name(doc: Doc, lexicon: Lexicon) -> None:
    """"The UAE is supplying Haftar, Togo and Samoa with an air defence system to counter Turkish drones": after a
    list of names the parser may hang the infinitive that describes the thing sent on the first name, as if the
    name were to counter the drones. A name takes no infinitive of its own after a phrase between them: a
    to-infinitive relative clause on a name, with a with-phrase of the same verb after the name, describes that
    phrase's noun."""
    for verb in (doc[i] for i in positions_in(doc, DEP, _RELATIVE_CLAUSES)):
        name = verb.head
        if name.pos_ != "PROPN" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.i <= name.i + 1:
            continue
        holder = name.head if name.dep_ in ("dobj", "dative") else None
        if holder is None:
            continue
        things = [
            p
            for t in (holder, name, *name.conjuncts)
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN"
        ]
        if things:
            _reattach(verb, things[-1], "relcl")


# Quantifiers floated between a plural subject and its verb ("which both back", "who all armed").
FLOATED_QUANTIFIERS = frozenset({"both", "all", "each"})


def relative_verb_read_as_modifier(doc: Doc, lexicon: Lexicon) -> None:
    """"The UAE, which armed Haftar, denied breaching the embargo": the tagger reads the relative clause's past cue
    verb as an adjective of its object name ("armed Haftar") and the pronoun as an apposition holding that name.
    "which" / "who" / "that" set off after a noun, then (adverbs apart) the past form of a cue verb read as a modifier of a
    name after it: the verb is a relative clause on the noun, the pronoun its subject, the name its object. A
    pronoun the parser already reads as a subject is left alone ("which has armed Haftar" is the perfect's)."""
    for pronoun in (doc[i] for i in positions_in(doc, LOWER, RELATIVE_SUBJECTS)):
        at = pronoun.i + 1
        while at < pronoun.sent.end and ((doc[at].tag_ == "RB" and doc[at].lower_ not in lexicon.verbs) or doc[at].lower_ in FLOATED_QUANTIFIERS):
            at += 1  # "which quietly armed", "which both back"
        if pronoun.dep_ not in ("appos", "det") or at >= pronoun.sent.end:
            continue
        verb = doc[at]
        name = verb.head
        present = verb.dep_ == "advmod" and verb.pos_ == "ADV" and verb.lower_ in lexicon.verbs  # "which both back Haftar"
        if not (present or verb.dep_ == "amod" and verb.pos_ in ("ADJ", "VERB")) or name.pos_ != "PROPN" or name.i <= verb.i:
            continue
        # the noun before: what the pronoun is in apposition to, or ("which quietly armed Haftar" read as one
        # phrase, "which" its determiner) what that phrase hangs on
        antecedent = pronoun.head if pronoun.dep_ == "appos" else name.head
        if antecedent.i >= pronoun.i or (pronoun.dep_ == "det" and pronoun.head.i != name.i):
            continue
        base = verb.lower_ if present else _cue_verb_of_past_form(verb.lower_, lexicon)
        if base is None:
            continue
        saved = reading_of(pronoun.sent)
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBP" if present else "VBD", base
        for word in doc[pronoun.i + 1 : verb.i]:
            _reattach(word, verb, "advmod")
        _reattach(verb, antecedent, "relcl")
        _reattach(pronoun, verb, "nsubj")
        _reattach(name, verb, "dobj")
        restore_unless_one_tree(pronoun.sent, saved)


def verb_after_subject_relative_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"The two leaders, who back rival camps, called on Sarraj's government and Haftar's forces to observe a truce":
    after a relative clause set off by commas on the subject, the parser hangs the main verb on the clause's last noun,
    or on the subject, as a participle, and the sentence's root is the subject noun. A past form right after the
    clause's closing comma, with no by-phrase or auxiliary, in a sentence whose root is the noun the clause describes,
    is the verb: the noun its subject (and what the reporting verb after it says, when the noun was read as that verb's
    subject)."""
    for clause in (doc[i] for i in positions_in(doc, DEP, RELATIVE_CLAUSE_DEP)):
        noun = clause.head
        # the noun heads the sentence, or is the subject of a reporting verb after the clause ("..., el-Sisi said")
        reporter = noun.head if noun.dep_ == "nsubj" and lemma(noun.head) in lexicon.reporting_verbs else None
        if (noun.dep_ != "ROOT" and reporter is None) or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        # the clause's closing comma: the first after the clause's verb (the parser hangs the main verb inside the
        # clause, so the clause's own span runs on to the sentence's end)
        closing = next((t.i for t in doc[clause.i + 1 : clause.sent.end] if t.text == ","), None)
        if closing is None or closing + 1 >= clause.sent.end:
            continue
        verb = doc[closing + 1]
        if _cue_verb_read_as_modifier(verb, noun, lexicon) and (reporter is None or reporter.i > verb.i):
            # "Wagner operatives, whose ties to the state are denied, supply Haftar with crews": a cue verb in the
            # present read as a modifier of its object, which the parser hung on the subject
            obj = verb.head
            verb.pos_, verb.tag_ = "VERB", "VBD" if verb.tag_ in ("VBN", "VBD") else "VBZ" if verb.lower_.endswith("s") else "VBP"
            _make_main_verb(verb, noun, reporter, doc[closing])
            _reattach(obj, verb, "dobj")
            continue
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "acl" or verb.head.i not in {noun.i, *(t.i for t in clause.subtree)}:
            continue
        if any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children):
            continue  # a participle with its by-phrase describes ("..., backed by Sisi, ...")
        # (the tagger's participle: with the noun the root, nothing else is the verb)
        if reporter is not None and reporter.i < verb.i:
            continue
        verb.tag_ = "VBD"
        _make_main_verb(verb, noun, reporter, doc[closing])


def _make_main_verb(verb: Token, noun: Token, reporter: Token | None, comma: Token) -> None:
    """`verb` heads the sentence (or what `reporter` says), `noun` its subject; the clause's closing comma and what the
    parser hung on the noun after the verb go to the verb."""
    if reporter is not None:
        _reattach(verb, reporter, "ccomp")
    else:
        verb.head, verb.dep_ = verb, "ROOT"
    _reattach(noun, verb, "nsubj")
    _reattach(comma, verb, "punct")
    for child in [c for c in noun.children if c.i > verb.i]:
        _reattach(child, verb, child.dep_)


def _cue_verb_read_as_modifier(word: Token, noun: Token, lexicon: Lexicon) -> bool:
    """A cue verb of the lexicon the tagger read as a noun or adjective modifying the name after it, which the parser
    hung inside `noun`'s phrase ("supply" in "..., supply Haftar with crews")."""
    obj = word.head
    # (or a past form read as a participle on the name: "The UAE, which denies its role, armed Haftar")
    past_on_name = word.pos_ == "VERB" and word.tag_ in ("VBN", "VBD") and obj.pos_ == "PROPN"
    return (
        (word.pos_ in ("NOUN", "ADJ") or past_on_name) and word.dep_ in ("compound", "amod") and _is_cue_verb(word, lexicon)
        and obj.i > word.i and obj.pos_ in ("PROPN", "NOUN") and obj.i in {t.i for t in noun.subtree}
    )


# What picks members out of a relative pronoun's antecedent: "both of which", "all of whom", "two of which".
QUANTIFIED_RELATIVE_HEADS = frozenset(
    {"both", "all", "each", "many", "most", "some", "several", "none", "neither", "either", "one", "two", "three", "four"}
)


def quantified_relative_read_as_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt and the UAE, both of which back Haftar", "..., all of whom supply the LNA": after a quantifier of a
    relative pronoun set off by a comma, the parser reads the cue verb as an adverb or a modifier of the name after
    it. The verb (auxiliaries and adverbs before it) is a relative clause on the noun before the comma (the first of
    a list ending there), the quantifier its subject, the name after it its object. A verb the parser already reads
    with the quantifier as its subject is left alone."""
    for quantifier in (doc[i] for i in positions_in(doc, LOWER, QUANTIFIED_RELATIVE_HEADS)):
        q = quantifier.i
        if q < 2 or q + 3 >= len(doc) or doc[q - 1].text != "," or doc[q + 1].lower_ != "of" or doc[q + 2].lower_ not in ("which", "whom"):
            continue
        sent = quantifier.sent
        between = []
        at = q + 3
        while at < sent.end and (doc[at].lower_ in AUXILIARIES or doc[at].tag_ == "RB") and not _is_cue_verb(doc[at], lexicon):
            between.append(doc[at])
            at += 1
        if at + 1 >= sent.end or not _is_cue_verb(doc[at], lexicon):
            continue
        verb = doc[at]
        end = _name_phrase_end(doc, at + 1, sent.end)
        if end is None or (end < sent.end and doc[end].pos_ in ("VERB", "AUX")):
            continue  # only a name as the object ("one of which lets Ankara send ...": the name is a clause's subject)
        obj = doc[end - 1]  # a name's last word heads it ("the United Arab Emirates")
        if quantifier.head.i == verb.i and quantifier.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl":
            continue  # read right already
        antecedent = doc[q - 2]
        while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head
        if antecedent.pos_ not in ("PROPN", "NOUN"):
            continue
        saved = reading_of(sent)
        _read_as_finite_verb(verb)
        _reattach(verb, antecedent, "relcl")
        _reattach(quantifier, verb, "nsubj")
        _reattach(obj, verb, "dobj")
        _attach_before_verb(between, verb)
        restore_unless_one_tree(sent, saved)


CLEFT_FORMS = frozenset({"it"})


def cleft_clause_read_as_complement(doc: Doc, lexicon: Lexicon) -> None:
    """"It is France that supports Haftar", "it was Turkey who armed the GNA": in a cleft sentence the parser reads the
    clause after the focused name as the copula's complement, with the relative pronoun its subject; the clause is a
    relative clause on the name, whose pronoun stands for it. "It" the subject of "be", a name (or noun) as its
    predicate, then a clause opened by "that"/"who" as subject."""
    for it in (doc[i] for i in positions_in(doc, LOWER, CLEFT_FORMS)):
        copula = it.head
        if it.dep_ != "nsubj" or copula.lemma_ != "be":
            continue
        focus = next((c for c in copula.children if c.dep_ == "attr" and c.i > copula.i and c.pos_ in ("PROPN", "NOUN")), None)
        if focus is None:
            continue
        clause = next((c for c in copula.children if c.dep_ in ("ccomp", "advcl") and c.i > focus.i), None)
        clause = clause or next((c for c in focus.children if c.dep_ == "relcl"), None)  # (read right already)
        if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_SUBJECTS and c.i < clause.i for c in clause.children):
            continue
        _reattach(clause, focus, "relcl")
        # "..., not Turkey", "..., not Turkish officials": who did not do it, set against the focus, wherever the parser
        # hung it in the clause
        for neg in [t for t in clause.subtree if t.lower_ == "not" and t.i > 0 and doc[t.i - 1].text == "," and t.i + 1 < len(doc)]:
            phrase = doc[neg.i + 1]
            while phrase.dep_ in ("compound", "amod", "det", "nmod", "poss") and phrase.head.i > phrase.i:
                phrase = phrase.head
            if phrase.pos_ in ("PROPN", "NOUN") and phrase.i in {t.i for t in clause.subtree}:
                verb = phrase.head
                for earlier in [c for c in phrase.children if c.i < neg.i and c.pos_ in ("PROPN", "NOUN")]:
                    _reattach(earlier, verb, phrase.dep_)  # ("supports Haftar, not Turkish officials": Haftar stays)
                _reattach(phrase, copula, "dep")
                _reattach(neg, phrase, "neg")
