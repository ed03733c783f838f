"""Lists and coordination: where a list of names ends, which clause its members belong to, two clauses the
parser read as one, and the two sides of "between A and B".
"""
from __future__ import annotations

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import dictionary_actors_at
from extract.relations.grammar import positions_in
from extract.parse_repair.relatives import _focus_phrase_end
from extract.parse_repair.shared import (
    _role_nouns,
    COLON,
    _apposition_after,
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
    _reattach,
    _take_place,
    SUBORDINATORS,
    _takes_prep,
    reading_of,
    restore_unless_one_tree,
)

# Coarse tags the repairs that read every proper noun or verb look up (positions_in reads the parse's arrays).
PROPER = frozenset({"PROPN"})
# Words and labels other repairs start from.
SIDE_WORD = frozenset({"side"})
BETWEEN_WORD = frozenset({"between"})
ACL_DEP = frozenset({"acl"})
CONJ_DEP = frozenset({"conj"})


def gerund_joined_to_infinitive(doc: Doc, lexicon: Lexicon) -> None:
    """"Sarraj met Conte and Macron, pressing both to condemn the assault and accusing France of shielding the
    attacker": the parser joins the second -ing clause to the nearest verb, the infinitive the first one asks for,
    which lends it the object of "pressing" as its subject. An -ing form coordinated with a to-infinitive that is the
    complement of an earlier -ing form goes with that form, and has its subject."""
    for i in positions_in(doc, TAG, GERUND_TAGS):
        gerund = doc[i]
        infinitive = gerund.head
        if gerund.dep_ != "conj" or infinitive.tag_ != "VB" or infinitive.dep_ not in ("xcomp", "ccomp") or infinitive.i > gerund.i:
            continue
        host = infinitive.head
        if host.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
            continue
        for c in infinitive.children:
            if c.dep_ == "cc" and c.i == gerund.i - 1:
                _reattach(c, host, "cc")
        _reattach(gerund, host, "conj")


GERUND_TAGS = frozenset({"VBG"})


def participle_read_as_conjunct_of_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Forces loyal to the Tripoli government and backed by Ankara marched on Sirte": the parser joins the second
    modifier of a noun, a participle with its by-phrase, to the noun itself, as if the forces and "backed" were two
    things. A past participle with an agent, coordinated with a noun that a postnominal adjective or participle
    describes between the two, describes the noun as that modifier does."""
    for participle in (doc[i] for i in positions_in(doc, DEP, CONJ_DEP)):
        noun = participle.head
        if participle.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > participle.i:
            continue
        if not any(c.dep_ == "agent" for c in participle.children):
            continue
        modifier = next(
            (c for c in noun.children if c.dep_ in ("amod", "acl") and noun.i < c.i < participle.i and c.pos_ in ("ADJ", "VERB")), None
        )
        cc = next((c for c in noun.children if c.dep_ == "cc" and c.i == participle.i - 1), None)
        if modifier is None or cc is None:
            continue
        # (a modifier of its own, as "forces loyal to X, backed by Y" reads; the conjunction stays with it)
        _reattach(participle, noun, "acl")
        _reattach(cc, participle, "cc")


def coordinated_modifiers_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's Egyptian and Emirati backers": the parser makes the first modifier the head of the
    phrase (with the possessor) and the noun its conjunct; both modifiers belong to the noun. Only
    a first word that takes a possessor or an article ("the Russian and Turkish presidents"), or two
    demonyms of the dictionary ("Emirati and Egyptian backing for Haftar", opening the sentence), so
    "Egypt and UAE forces" (a name and a phrase) stays as parsed."""
    for i in _index(doc, lexicon).capitalised:
        first = doc[i]
        if first.dep_ in ("amod", "compound") or i + 3 >= len(doc) or doc[i + 1].lower_ not in ("and", "or"):
            continue
        second, noun = doc[i + 2], doc[i + 3]
        if noun.dep_ != "conj" or noun.head.i != i or noun.pos_ != "NOUN" or not second.text[:1].isupper() or second.head.i != noun.i:
            continue
        if not any(c.dep_ in ("poss", "det") and c.i < i for c in first.children) and not _demonyms_modify(doc, first, second, noun, lexicon):
            continue
        if first.head.i == i:
            noun.head, noun.dep_ = noun, "ROOT"  # a headline: "Haftar's Egyptian and Emirati backers"
        else:
            _reattach(noun, first.head, first.dep_)
        # its article or possessor, and the phrases after the noun ("hostility to the GNA"), are the noun's
        for child in [c for c in first.children if c.i < i or c.i > noun.i]:
            _reattach(child, noun, child.dep_)
        _reattach(first, noun, "amod")
        _reattach(second, first, "conj")


def _one_word_kind(spans: dict[int, tuple[int, int, str, str]], token: Token) -> str | None:
    """The kind of the one-word dictionary name on a token ("demonym" for "Emirati", "name" for "UN"), or None."""
    span = spans.get(token.i)
    return span[2] if span is not None and span[1] - span[0] == 1 else None


def _demonyms_modify(doc: Doc, first: Token, second: Token, noun: Token, lexicon: Lexicon) -> bool:
    """Two words before a noun that both modify it: two demonyms of the dictionary ("Emirati and Egyptian backing"),
    or a one-word name then a demonym before a cue noun ("under UN and Egyptian sponsorship": an adjective cannot end
    the first of two noun phrases; unlike "Egypt and UAE forces")."""
    from extract.parse_repair.verb_first import _name_spans

    spans = _name_spans(doc)
    kinds = (_one_word_kind(spans, first), _one_word_kind(spans, second))
    if kinds == ("demonym", "demonym"):
        return True
    return kinds[0] not in (None, "demonym") and kinds[1] == "demonym" and second.pos_ == "ADJ" and noun.lemma_.lower() in lexicon.nouns


def demonym_list_read_as_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"with Emirati, Egyptian and Russian help": in a list of three or more demonyms before a noun the parser may
    read the first as a proper noun heading the phrase and the noun as its apposition. The noun heads the phrase, the
    first demonym modifies it and the others are its conjuncts, as in "with Turkish, Qatari and Italian support"."""
    from extract.parse_repair.verb_first import _name_spans

    spans = _name_spans(doc)
    is_demonym = lambda t: _one_word_kind(spans, t) == "demonym"
    for first in (doc[i] for i in sorted(spans)):
        if not is_demonym(first) or first.i + 2 >= len(doc) or doc[first.i + 1].text != "," or first.pos_ != "PROPN":
            continue
        k = first.i + 1
        listed = []
        while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in ("and", "or") or is_demonym(doc[k])):
            if is_demonym(doc[k]):
                listed.append(doc[k])
            k += 1
        noun = doc[k] if k < len(doc) else None
        if noun is None or len(listed) < 2 or noun.pos_ != "NOUN" or noun.head.i != first.i or noun.dep_ not in ("appos", "conj"):
            continue
        if first.head.i == first.i:
            continue
        _reattach(noun, first.head, first.dep_)
        for child in [c for c in first.children if c.i > noun.i]:
            _reattach(child, noun, child.dep_)
        _reattach(first, noun, "amod")
        first.pos_, first.tag_ = "ADJ", "JJ"
        for member in listed:
            _reattach(member, first, "conj")


POSSESSIVE_PRONOUNS = frozenset({"its", "his", "her", "their"})


def possessed_noun_read_as_object_conjunct(doc: Doc, lexicon: Lexicon) -> None:
    """"Doha reaffirmed its support for the GNA and its rejection of Haftar's campaign": the parser
    joins "its rejection" to the name inside the first noun's phrase, or to the verb itself (or to a
    participle set off after the object: "its backing for the council, chosen in Geneva, and its
    rejection of ..."); a possessed noun after "and" parallels the possessed noun that phrase hangs on."""
    for i in _index(doc, lexicon).conjunctions:
        if i + 1 >= len(doc) or doc[i + 1].lower_ not in POSSESSIVE_PRONOUNS or doc[i + 1].dep_ != "poss":
            continue
        noun = doc[i + 1].head
        name = noun.head
        if noun.dep_ != "conj" or noun.lemma_.lower() not in lexicon.nouns:
            continue
        if name.pos_ in ("PROPN", "NOUN") and name.dep_ == "pobj":
            first = name.head.head  # "support" in "its support for the GNA"
        elif name.pos_ == "VERB" and name.i < i:
            first = _possessed_object(name)
        else:
            continue
        if first is not None and first.pos_ == "NOUN" and first.i < i and any(c.dep_ == "poss" for c in first.children):
            # the first noun's own preposition hung on the verb ("its support | to the GNA") is not the second's
            for prep in [c for c in first.head.children if c.dep_ == "prep" and first.i < c.i < i and _takes_prep(first, c, lexicon)]:
                _reattach(prep, first, "prep")
            _reattach(noun, first, "conj")
            _reattach(doc[i], first, "cc")


def _possessed_object(verb: Token) -> Token | None:
    """The object of a verb a possessed noun was joined to, or of the verb above a participle set off after that
    object ("underlined its backing for the council, chosen in Geneva, and its ...")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl"):
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return obj


ONLY_WORD = frozenset({"only"})


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


def colon_list_to_role_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"armed by his foreign patrons: the UAE and Egypt", "the GNA's enemies: A and B": a
    list after a colon names the noun right before the colon; the parser often hangs it
    on an earlier word, which can invert who backs whom."""
    for colon in (doc[i] for i in positions_in(doc, ORTH, COLON)):
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
        if _participle_after_object(doc, subject, main):
            # "accused Egypt, Qatar and Russia of breaches of the ban adopted in Palermo": the list is the object
            # (first, so that the ban no longer hangs under "adopted"), and the ban was adopted there
            _reattach(subject, verb, "dobj")
            _reattach(main, doc[main.i - 1], "acl")
            main.tag_ = "VBN"
            continue
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


def _participle_after_object(doc: Doc, subject: Token, main: Token) -> bool:
    """Whether the later verb a name was hung on is a past participle describing the noun right before it, a noun
    inside the name's own phrase ("Egypt, Qatar and Russia of breaches of the ban | adopted in Palermo"): no
    clause of its own, whose subject the name would be."""
    before = doc[main.i - 1]
    if main.tag_ not in ("VBD", "VBN") or before.pos_ != "NOUN" or before.dep_ != "pobj":
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in main.children):
        return False
    return before.i in {t.i for t in subject.subtree}


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


def sides_named_apart(doc: Doc, lexicon: Lexicon) -> None:
    """"held talks with Haftar on one side and Sarraj on the other", "delegations of X and Y on one
    side and Z on the other": the parser hangs what follows "on one side and" on "side", so the
    second party drops out of the list. What stands between "on one side and" and "on the other"
    is a conjunct of the phrase before "on one side"."""
    for side in (doc[i] for i in positions_in(doc, LEMMA, SIDE_WORD, lower=True)):
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


def clause_after_semicolon_read_as_noun_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"... a drone struck the academy; the GNA blamed forces loyal to Haftar": after a semicolon the parser may read a
    clause whose subject is a name and whose verb is a cue in -ed as one noun phrase ("the GNA-blamed forces") hung on
    the clause before. With no other finite verb in the clause, the -ed word is its verb (a conjunct of the verb before
    the semicolon), the name its subject and the noun it modified its object."""
    for semicolon in (doc[i] for i in positions_in(doc, LOWER, (";",))):
        sent = semicolon.sent
        end = _name_phrase_end(doc, semicolon.i + 1, sent.end) if semicolon.i + 1 < sent.end else None
        if end is None or end >= sent.end:
            continue
        verb, name = doc[end], doc[end - 1]
        if verb.dep_ not in ("amod", "compound") or not verb.lower_.endswith("ed") or not _is_cue_verb(verb, lexicon):
            continue
        obj = verb.head
        if obj.i <= verb.i or obj.pos_ not in ("NOUN", "PROPN") or name.head.i not in (verb.i, obj.i):
            continue
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[end + 1 : sent.end]):
            continue  # a verb of its own follows: "the GNA-backed forces retook the town"
        main = semicolon.head if semicolon.head.pos_ in ("VERB", "AUX") else sent.root  # the parser may hang ";" on the noun
        if main.pos_ not in ("VERB", "AUX") or main.i > semicolon.i:
            continue
        saved = reading_of(sent)
        verb.pos_, verb.tag_ = "VERB", "VBD"
        _reattach(verb, main, "conj")
        _reattach(obj, verb, "dobj")
        _reattach(name, verb, "nsubj")
        _attach_name(doc, semicolon.i + 1, name)
        restore_unless_one_tree(sent, saved)


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
        after = name.right_edge.i + 1
        if doc[after].text == "," and after + 2 < len(doc) and doc[after + 1].lower_ in LIST_CONJUNCTIONS:
            last = doc[after + 2] if doc[after + 2].lower_ != "the" or after + 3 >= len(doc) else doc[after + 3]
            if last.pos_ == "PROPN" and last.dep_ == "nsubj" and last.head.i > last.i:
                # "and Wagner, Lebanon, and Burundi keep fighting": the parser ended the list at its serial comma
                _reattach(last, name, "conj")
                after = last.right_edge.i + 1
        # past a relative clause set off on the name, which the parser may hang on the list's head ("and Moscow, which
        # denies it, is believed to ...")
        relative = next((c for h in (name, name.head) for c in h.children if c.dep_ == "relcl" and c.i > name.i and c.left_edge.i <= after + 1), None)
        if relative is not None and relative.right_edge.i + 2 < len(doc) and doc[relative.right_edge.i + 1].text == ",":
            after = relative.right_edge.i + 2
        elif doc[after].text == ",":
            # past an apposition on the name, wherever the parser hung it ("and Wagner, a key player, keeps fighting")
            closing = next((t.i for t in doc[after + 1 : min(len(doc) - 1, after + 12)] if t.text == ","), None)
            if closing is None or not any(t.dep_ == "appos" for t in doc[after + 1 : closing]):
                continue
            after = closing + 1
        # (a finite auxiliary before the verb says its tense: "is widely believed to be backing")
        finite = doc[after]
        while after + 1 < len(doc) and doc[after].dep_ in ("aux", "auxpass", "advmod") and doc[after].head.i > after:
            after += 1
        verb, first = doc[after], name.head.head
        # the second verb hangs on the first, or beside it on the same word ("with ... backing ... and ... supporting")
        # (or an aspectual verb over the cue on both sides: "Turkey keeps arming the GNA and Wagner keeps fighting for")
        cue = verb.lemma_.lower() in lexicon.verbs or any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.verbs for c in verb.children)
        if name.head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.head.i not in (first.i, first.head.i) or not cue:
            continue
        tensed = finite if finite.dep_ in ("aux", "auxpass") else verb
        top = first.head if first.dep_ == "xcomp" and _same_tense(first.head, tensed) and first.head.i != first.i else first
        # (the first verb's tense is its first auxiliary's: "has been backing the GNA and Moscow ... is believed to")
        top_tense = next((c for c in top.children if c.dep_ in ("aux", "auxpass") and c.i < top.i), top)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not _same_tense(tensed, top_tense) or verb.i == first.head.i and top is first:
            continue
        _reattach(name, verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj")
        _reattach(verb, top, "conj")


def _same_tense(first: Token, second: Token) -> bool:
    """One tense, either number ("Wagner keeps" after "Turkey and Qatar keep")."""
    return first.tag_ == second.tag_ or {first.tag_, second.tag_} <= {"VBZ", "VBP"}


def _is_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun, or a plural the tagger read as a verb ("militias", "fighters" tagged VBZ)."""
    plural = token.tag_ == "VBZ" and token.lower_.endswith("s") and token.lower_[:-1] in lexicon.non_state_nouns | lexicon.aid_nouns
    return token.pos_ in ("NOUN", "PROPN") or plural


def between_second_side(doc: Doc, lexicon: Lexicon) -> None:
    """"clashes erupted between the LNA and militias loyal to the GNA": the parser makes the
    second side a conjunct of the verb, or hangs it anywhere when the first side has a
    participle ("between the LNA led by Haftar and militias loyal to the GNA"); "between X
    and Y" has Y as X's conjunct."""
    for between in (doc[i] for i in positions_in(doc, LOWER, BETWEEN_WORD)):
        if between.lower_ != "between" or between.dep_ != "prep":
            continue
        first = next((c for c in between.children if c.dep_ == "pobj"), None)
        if first is not None and any(c.dep_ == "conj" for c in first.children):
            _alignment_to_last_side(doc, first, lexicon)
            continue
        if first is None:
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


def _alignment_to_last_side(doc: Doc, first: Token, lexicon: Lexicon) -> None:
    """"Fighting between eastern forces and troops aligned with the Tripoli government": a participle or adjective of
    alignment right after the last side, with its phrase, describes that side; the parser may hang it on the noun or
    verb "between" depends on, which then seems aligned."""
    last = max([first, *first.conjuncts], key=lambda t: t.i)
    if last.i + 1 >= len(doc):
        return
    word = doc[last.i + 1]
    cue = lexicon.adjectives.get(word.lower_)
    if cue is None or cue.relation != "support" or word.head.i == last.i or word.head.i > last.i or first.i in {t.i for t in word.subtree}:
        return
    if any(c.dep_ == "prep" and cue.preps.get(c.lower_) == "patient" for c in word.children):
        _reattach(word, last, "acl" if word.tag_ == "VBN" else "amod")


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
        for child in [c for c in second.children if c.i < first.i]:  # "the" of the first name
            _reattach(child, first, child.dep_)
        _take_place(first, second)
        _reattach(second, first, "conj")
        _reattach(doc[first.i + 1], first, "punct")


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


# Words that may stand between "and" and the name it coordinates: a title ("army chief", "parliament
# speaker"), an article, an adjective ("Tripoli premier") or a possessor ("Haftar's", "its ally").
TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PART", "PRON"})


def name_read_into_titled_name(doc: Doc, lexicon: Lexicon) -> None:
    """"Sarraj and army chief Khalifa Haftar met", "Dbeibah and parliament speaker Aguila Saleh held talks",
    "envoys of the GNU and Haftar's LNA", "Egypt's Sisi and Greek Prime Minister Kyriakos Mitsotakis agreed": before a
    name with a title or a possessor, the parser hangs the name before "and" on the name after it (nmod, compound,
    or amod with the demonym as its conjunct), or reads "the GNU and Haftar" as one possessor,
    so the first name drops out of the coordination. A name is no modifier of another name across "and":
    the first is the coordination's head, the titled or possessed name its conjunct. Only a proper name
    after the title counts ("the Sarraj and Haftar camps" coordinates two modifiers of "camps"), a
    possessor only when it stands for the possessed name's own actor, and an "and" inside a dictionary
    name ("Bosnia and Herzegovina") is left alone."""
    names = None
    for conjunction in (doc[i] for i in _index(doc, lexicon).conjunctions):
        if conjunction.i == 0 or conjunction.i + 2 >= len(doc):
            continue
        first = doc[conjunction.i - 1]
        if first.pos_ != "PROPN" or first.dep_ not in ("nmod", "compound", "amod") or first.head.i <= conjunction.i + 1:
            continue
        second = first.head
        while second.dep_ in ("compound", "nmod") and second.head.i > second.i:
            second = second.head
        if second.pos_ != "PROPN" or second.i - conjunction.i > 9:
            continue
        between = doc[conjunction.i + 1 : second.i]
        if any(t.pos_ not in TITLE_POS or (t.pos_ == "PRON" and t.tag_ != "PRP$") for t in between) or not any(t.pos_ in ("NOUN", "PROPN") or t.tag_ == "POS" for t in between):
            continue
        names = dictionary_actors_at(doc) if names is None else names
        if conjunction.i in names or (names and first.i not in names):
            continue  # (a name of the dictionary before "and", where the names are known: not "the African Union's
            # Peace and Security Council")
        # "the GNU and Haftar's LNA", "Sarraj's GNA": a possessor that is the possessed name's own actor (its
        # leader) is no joint possessor; "Turkey and Qatar's ally Sarraj" may be, so it stays
        possessors = [doc[t.i - 1] for t in between if t.tag_ == "POS" and t.i > conjunction.i + 1]
        owned = any(c.dep_ == "poss" and c.i < first.i for c in first.children) or (first.i > 1 and doc[first.i - 1].tag_ == "POS")
        if not owned and any(names.get(p.i, set()).isdisjoint(names.get(second.i, set())) for p in possessors):
            continue  # ("Egypt's Sisi and Libya's prime minister": a first name with its own possessor shares none)
        _take_place(first, second)
        _reattach(second, first, "conj")
        if conjunction.head.i != first.i:
            _reattach(conjunction, first, "cc")
        # the title's words (or the possessor) that hung on the first name belong to the second
        for word in between:
            if word.head.i == first.i or word.head.i < conjunction.i + 1 or word.head.i > second.i:
                possessor = word.i + 1 < len(doc) and doc[word.i + 1].tag_ == "POS"
                _reattach(word, second, "det" if word.pos_ == "DET" else "poss" if possessor or word.tag_ == "PRP$" else "compound")
        # and the first name's own possessor that the parser hung on the title ("Egypt's Sisi and Greek Prime Minister")
        for word in doc[first.left_edge.i if first.left_edge.i < first.i else max(0, first.i - 2) : first.i]:
            if word.dep_ == "poss" and conjunction.i < word.head.i <= second.i:
                _reattach(word, first, "poss")


# What ends the clauses of a "with" absolute: the next clause of the sentence or its end.
_ABSOLUTE_ENDS = frozenset({";", ":", "—", "–", "(", ")", "while", "whereas", "but"})


def _ing_cue(token: Token, lexicon: Lexicon) -> str | None:
    """The cue or sending verb a lower-case word in -ing is a form of ("arming", "financing", "shipping"),
    whatever the tagger made of it, or None."""
    word = token.text
    if not word.islower() or not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for base in (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if base and (base in lexicon.verbs or base in lexicon.transfer_verbs):
            return base
    return None


def _next_gapped_clause(doc: Doc, after: int, end: int, lexicon: Lexicon) -> tuple[int, list[tuple[int, int]]] | None:
    """The separator ("and", a comma, ", and") after token `after` that a list of names and a verb in -ing
    follow, and the names; the first such one (the object before it is a single phrase), or None."""
    for k in range(after + 1, end):
        word = doc[k]
        if word.text in _ABSOLUTE_ENDS or word.lower_ in _ABSOLUTE_ENDS:
            return None
        if word.lower_ not in LIST_CONJUNCTIONS and word.text != ",":
            continue
        start = k + 2 if word.text == "," and k + 1 < end and doc[k + 1].lower_ in LIST_CONJUNCTIONS else k + 1
        members = _names_after(doc, start, end) if start < end else []
        if members and members[-1][1] < end and _ing_cue(doc[members[-1][1]], lexicon):
            return k, members
    return None


def gapped_with_clauses(doc: Doc, lexicon: Lexicon) -> None:
    """"with Amman and Cairo equipping Haftar and Doha financing the Sarraj government", "with the UAE
    funding Haftar and Qatar financing Sarraj": an absolute "with" of two or more clauses, each a list of
    names, a verb in -ing and its object. The parser often reads the second clause's names as the first
    verb's objects (Cairo arms Ankara), its verb as a noun, or hangs the first verb's object on it, which
    crosses the pairs. Each clause keeps its own: its names are its verb's subject, the words up to the next
    clause its object, and each later verb is the first's conjunct. The clauses are found by their words:
    a separator, names, then a cue or sending verb in -ing."""
    for with_ in (doc[i] for i in _index(doc, lexicon).withs):
        end = with_.sent.end
        first_names = _names_after(doc, with_.i + 1, end)
        if not first_names or first_names[-1][1] >= end or not _ing_cue(doc[first_names[-1][1]], lexicon):
            continue
        clauses = [(None, first_names, first_names[-1][1])]
        while True:
            found = _next_gapped_clause(doc, clauses[-1][2], end, lexicon)
            if found is None:
                break
            separator, names = found
            clauses.append((separator, names, names[-1][1]))
        if len(clauses) < 2:
            continue
        _mend_gapped_clauses(doc, with_, clauses, lexicon)


def _mend_gapped_clauses(doc: Doc, with_: Token, clauses: list, lexicon: Lexicon) -> None:
    first_verb = doc[clauses[0][2]]
    verbs = [doc[at] for _, _, at in clauses]
    for verb in verbs:
        base = _ing_cue(verb, lexicon)
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBG", base or verb.lemma_
    _reattach(first_verb, with_, "pcomp")
    for verb in verbs[1:]:
        _reattach(verb, first_verb, "conj")
    for number, (separator, names, at) in enumerate(clauses):
        verb = doc[at]
        if separator is not None:
            for token in doc[separator : names[0][0]]:
                _reattach(token, first_verb, "cc" if token.lower_ in LIST_CONJUNCTIONS else "punct")
        _attach_list(doc, names)
        _reattach(doc[names[0][1] - 1], verb, "nsubj")
        # the object: the words up to the next clause (the last clause's up to a comma or the sentence's end)
        if number + 1 < len(clauses):
            _attach_object(doc[at + 1 : clauses[number + 1][0]], verb)
        else:
            stop = next((t.i for t in doc[at + 1 : with_.sent.end] if t.is_punct or t.lower_ in _ABSOLUTE_ENDS), with_.sent.end)
            _attach_object(doc[at + 1 : stop], verb)


# The words an object or a prepositional phrase of a gapped clause is made of; a clause with anything
# else after its verb keeps the parse it has.
_OBJECT_TAGS = frozenset({"DT", "PRP", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "IN", "RB", "HYPH"})


def _attach_object(span: Span, verb: Token) -> None:
    """The words of `span` (a gapped clause's words after its verb) as noun phrases on `verb`: the first
    one not after a preposition its object, each preposition the verb's with the phrase after it."""
    if not len(span) or any(t.tag_ not in _OBJECT_TAGS for t in span):
        return
    chunks: list[list[Token]] = []
    for token in span:
        if token.tag_ in ("IN", "RB"):
            chunks.append([token])
        elif chunks and chunks[-1][0].tag_ not in ("IN", "RB") and not (chunks[-1][-1].pos_ in ("NOUN", "PROPN") and token.tag_ in ("DT", "PRP$")):
            chunks[-1].append(token)
        else:
            chunks.append([token])
    has_object = False
    preposition = None
    for chunk in chunks:
        first = chunk[0]
        if first.tag_ == "IN":
            if not (span.start <= first.head.i < span.end) or first.head.i == first.i:
                _reattach(first, verb, "prep")
            preposition = first
            continue
        if first.tag_ == "RB":
            if not span.start <= first.head.i < span.end:
                _reattach(first, verb, "advmod")
            continue
        head = next((t for t in reversed(chunk) if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and t.tag_ != "POS"), None)
        if head is None:
            return
        for token in chunk:
            if token.i != head.i and not (chunk[0].i <= token.head.i <= chunk[-1].i and token.head.i != token.i):
                possessor = token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS"
                dep = "det" if token.tag_ == "DT" else "poss" if possessor or token.tag_ == "PRP$" else "case" if token.tag_ == "POS" else "amod" if token.tag_ == "JJ" else "compound"
                _reattach(token, head, dep)
        if preposition is not None:
            _reattach(head, preposition, "pobj")
            preposition = None
        elif not has_object:
            _reattach(head, verb, "dobj")
            has_object = True


def name_read_into_next_cue_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"Emirati backing for Haftar and Turkish support for Sarraj": the parser hangs the name that ends the
    first phrase on the second phrase's cue noun, with the demonyms before that noun as its conjuncts ("Haftar
    and Turkish" support), so the second phrase becomes the first's object. A name is no modifier of a noun
    after "and" and a demonym: the name ends the first phrase (the preposition's object), and the second cue
    noun, with its demonyms, is the first cue noun's conjunct."""
    spans = None
    for conjunction in (doc[i] for i in _index(doc, lexicon).conjunctions):
        if conjunction.i == 0 or conjunction.lower_ != "and" or conjunction.i + 2 >= len(doc):
            continue
        name = doc[conjunction.i - 1]
        if name.pos_ != "PROPN" or name.dep_ not in ("nmod", "compound") or name.head.i <= conjunction.i + 1:
            continue
        noun, preposition = name.head, name.head.head
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or preposition.i > name.i or preposition.head.pos_ != "NOUN":
            continue
        first = preposition.head
        if first.i > preposition.i or not {first.lemma_.lower(), noun.lemma_.lower()} <= set(lexicon.nouns):
            continue
        if spans is None:
            from extract.parse_repair.verb_first import _name_spans

            spans = _name_spans(doc)
        between = doc[conjunction.i + 1 : noun.i]
        if not any(spans.get(t.i, (0, 0, ""))[2] == "demonym" for t in between):
            continue
        if any(spans.get(t.i, (0, 0, ""))[2] != "demonym" and not (t.tag_ == "JJ" and t.text.islower()) for t in between):
            continue
        _reattach(noun, first, "conj")
        _reattach(name, preposition, "pobj")
        _reattach(conjunction, first, "cc")
        for word in between:
            _reattach(word, noun, "amod")
        for word in doc[preposition.i + 1 : name.i]:  # the name's article, hung on the second noun
            if word.head.i == noun.i:
                _reattach(word, name, word.dep_)
def name_read_as_modifier_across_comma(doc: Doc, lexicon: Lexicon) -> None:
    """"aid for the LNA, Russian contractors flying jets on its behalf, and Qatari backing for the GNA", "a foe of the
    GNA, Tunisian forces and Algeria": the parser may hang a name followed by a comma on the noun after the comma, as its
    modifier (nmod, compound) or as a pre-conjunct ("either", "both") of that noun's determiner, so the name is lost
    inside the next phrase and that phrase takes its place. A name does not modify across a comma: it heads its own
    phrase where the phrase stood (with the determiner). The noun after the comma is the name's next conjunct when a
    list goes on after it ("Tunisian forces and Algeria"); otherwise, when the noun the preposition is on has a list
    going on after the noun ("..., and Turkish backing"), the noun is that list's member. With neither, nothing changes."""
    before_commas = (doc[i - 1] for i in _index(doc, lexicon).commas if i > 0)
    for name in [t for t in before_commas if t.pos_ == "PROPN" and t.dep_ in ("preconj", "nmod", "compound")]:
        after = name.i + 1
        det = name.head if name.dep_ == "preconj" and name.head.pos_ == "DET" else None
        noun = det.head if det is not None else name.head
        if name.dep_ == "preconj" and det is None:
            continue
        if after >= len(doc) or doc[after].text != "," or noun.i <= after or noun.dep_ != "pobj":
            continue
        prep = noun.head
        owner = prep.head
        inner_list = any(c.dep_ == "conj" and c.i > noun.i for c in noun.children)
        outer_list = owner.pos_ in ("NOUN", "PROPN") and owner.i < noun.i and any(
            c.dep_ in ("conj", "cc") and c.i > noun.i for t in (owner, _list_head(owner)) for c in t.children
        )
        if not inner_list and not outer_list:
            continue
        _reattach(name, prep, "pobj")
        if det is not None:
            _reattach(det, name, "det")
        _reattach(doc[after], name, "punct")
        _reattach(noun, name if inner_list else _list_head(owner), "conj")


def finite_verb_read_as_infinitives_conjunct(doc: Doc, lexicon: Lexicon) -> None:
    """"Rome pressed the LNA to stop its assault and denounced the foreign fighters", "Algeria called on the GNA
    to join talks and denounced the air strikes": the parser joins a past verb to the to-infinitive before it, so
    it takes the infinitive's subject (the one urged). A past form cannot be a conjunct of a bare
    infinitive: with no subject and no "to" of its own, it is a conjunct of the finite verb the infinitive hangs
    on, whose subject it shares ("pressed Haftar to stop and to denounce ..." is the infinitive's)."""
    index = _index(doc, lexicon)
    if "to" not in index.words:
        return  # no infinitive
    for verb in (doc[i] for i in index.past):  # (the past forms, as tagged)
        infinitive = verb.head
        if verb.dep_ != "conj" or infinitive.tag_ != "VB" or infinitive.i >= verb.i or infinitive.dep_ not in ("xcomp", "advcl", "ccomp"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            continue
        finite = infinitive.head
        if finite.i == infinitive.i or finite.tag_ not in ("VBD", "VBZ", "VBP") or finite.i > infinitive.i:
            continue
        for cc in [c for c in infinitive.children if c.dep_ in ("cc", "punct") and infinitive.i < c.i < verb.i]:
            _reattach(cc, finite, cc.dep_)
        _reattach(verb, finite, "conj")


def finite_verb_read_as_conjunct_of_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt is deeply worried about the fighting and openly backs Haftar", "Russia voiced concern over the clashes
    and arms the LNA": the parser joins a finite verb after "and" to the last noun of the clause before, as if the
    fighting and "backs" were two things, so the verb has no subject. A present finite verb with an object and no
    subject of its own, coordinated with a noun inside a prepositional phrase or an object, is a conjunct of that
    clause's verb, whose subject it shares. (Past forms stay: they may be participles, "the fighting and weapons
    supplied by Egypt".)"""
    for verb in (doc[i] for i in positions_in(doc, DEP, CONJ_DEP)):
        if verb.tag_ not in ("VBZ", "VBP") or verb.pos_ != "VERB":
            continue
        noun = verb.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i or noun.dep_ not in ("pobj", "dobj"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
            continue
        if not any(c.dep_ == "dobj" for c in verb.children):
            continue
        cc = next((c for c in noun.children if c.dep_ == "cc" and c.lower_ == "and" and noun.i < c.i < verb.i), None)
        if cc is None or any(t.pos_ not in ("ADV", "PUNCT") for t in doc[cc.i + 1 : verb.i]):
            continue
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        # the clause's own finite verb (or its copula), which has a subject
        if clause.pos_ not in ("VERB", "AUX") or clause.tag_ not in ("VBZ", "VBP", "VBD", "MD"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        _reattach(cc, clause, "cc")
        _reattach(verb, clause, "conj")


def participle_on_last_of_bare_plurals(doc: Doc, lexicon: Lexicon) -> None:
    """"shells fired by Russian contractors and Chadian gunmen backing the LNA", "Egyptian officers and
    Emirati pilots helping the LNA": a cue participle right after a list of bare plurals (no article, each a
    plural noun or a group's name) describes every member, but the parser hangs it on the last one only, so
    only that one backs Haftar. It goes to the list's head, whose members the constructions read. After a list
    whose last member alone is a bare plural ("the GNA and mercenaries backing Haftar", "Turkey and militias
    backing the GNA") it describes that last member, wherever the parser hung it. Other lists stay."""
    for participle in (doc[i] for i in positions_in(doc, DEP, ACL_DEP)):
        host = participle.head
        if participle.dep_ != "acl" or participle.tag_ not in ("VBG", "VBN") or not _is_cue_verb(participle, lexicon):
            continue
        head = _list_head(host)
        members = [head, *head.conjuncts]
        last = max(members, key=lambda m: m.i)
        if len(members) < 2 or host.i not in {m.i for m in members} or not last.i < participle.i:
            continue
        if any(t.tag_ != "RB" for t in doc[last.i + 1 : participle.i]):
            continue  # right after the list, or after adverbs only ("quietly helping")
        if any(t.lower_ not in ("and", ",") for t in doc[head.i : last.i] if t.dep_ in ("cc", "punct")):
            continue
        if head.dep_ == "pobj" and head.head.lower_ == "between":
            continue  # "between eastern forces and troops aligned with the GNA": two sides, the last one described
        if head.tag_ == "NNS" and all(_bare_plural(m) for m in members):
            _reattach(participle, head, "acl")
        elif last.tag_ == "NNS" and _bare_plural(last) and not all(_bare_plural(m) for m in members):
            _reattach(participle, last, "acl")


def _bare_plural(noun: Token) -> bool:
    """"mercenaries", "Wagner mercenaries", "Sudanese fighters", "Chadians": no article, possessor or number,
    a plural noun or a capitalised group name with no words of its own before it."""
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children):
        return False
    if noun.tag_ == "NNS":
        return True
    return noun.tag_ in ("NNP", "NNPS") and not any(c.i < noun.i for c in noun.children)


def object_and_phrase_pair_read_into_first_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"accused the UAE of bombing Tripoli and Egypt of arming Haftar", "blamed Abu Dhabi for the strike and Paris
    for the blockade": a verb's object and its phrase, then a second object with a phrase of the same preposition (the
    verb's gapped second clause). The parser reads the second name as a conjunct of the last object inside the first
    phrase (Tripoli and Egypt are bombed) and hangs the second phrase on the first phrase's verb or noun. The second
    name is the verb's object too, a conjunct of the first, and the second phrase is that name's own; so is a second
    name after a noun's with-phrase ("held talks with Haftar in Benghazi and Sarraj in Tripoli"). Only names (proper
    nouns, or a group noun a name describes: "and the Wagner group of fighting for him", "and Russia's Wagner group
    of ..."), after "and" or "or", with the same preposition after them."""
    for conjunction in (doc[i] for i in _index(doc, lexicon).conjunctions):
        end, described = _named_phrase_end(doc, conjunction.i + 1, conjunction.sent.end) if conjunction.i + 1 < len(doc) else (None, False)
        if end is None:
            continue
        name = doc[end - 1]  # the name's head: its last word ("the United Arab Emirates")
        if name.dep_ != "conj":
            continue
        second = doc[end] if end < conjunction.sent.end else None
        if second is None or second.dep_ != "prep":
            continue
        if described and (end + 1 >= len(doc) or doc[end + 1].tag_ != "VBG"):
            continue  # "the Wagner group of fighters" is one noun phrase; "the Wagner group of fighting for him" is gapped
        # the first phrase: a preposition of the same word on a verb that has an object before it
        first = next((a for a in name.ancestors if a.dep_ == "prep" and a.lower_ == second.lower_ and a.head.pos_ in ("VERB", "AUX")), None)
        if first is None:
            # "held talks with Haftar in Benghazi and Sarraj in Tripoli": a noun with a with-phrase before the phrase
            first = next(
                (
                    a for a in name.ancestors
                    if a.dep_ == "prep" and a.lower_ == second.lower_ and a.head.pos_ == "NOUN"
                    and any(c.dep_ == "prep" and c.lower_ == "with" and c.i < a.i for c in a.head.children)
                ),
                None,
            )
        if first is None:
            continue
        verb = first.head
        if second.head.i not in (name.i, verb.i) and second.head.i not in {t.i for t in first.subtree}:
            continue
        if verb.pos_ == "NOUN":
            # "held talks with Haftar in Benghazi and Sarraj in Tripoli": the noun's with-phrase holds the first name
            obj = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < first.i for p in c.children if p.dep_ == "pobj"), None)
        else:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first.i), None)
        if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
            continue
        _reattach(name, obj, "conj")
        _reattach(conjunction, obj, "cc")
        _reattach(second, name, "prep")


def _named_phrase_end(doc: Doc, i: int, end: int) -> tuple[int | None, bool]:
    """Where a name phrase starting at token i ends, and whether it is a common noun the name describes: "the UAE",
    "the Wagner group" (a noun the name is a compound of), "Russia's Wagner group" (after a possessive name)."""
    found = _name_phrase_end(doc, i, end)
    if found is not None and found + 1 < end and doc[found].tag_ == "POS":
        found = _name_phrase_end(doc, found + 1, end)  # "Russia's Wagner group"
        if found is None or found >= end or doc[found].pos_ != "NOUN":
            return None, False  # (a possessive name that ends the sentence owns nothing after it)
    if found is not None and found < end and doc[found].pos_ == "NOUN" and doc[found - 1].head.i == found:
        return found + 1, True
    return found, False


def role_list_read_as_conjuncts(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's backers, Egypt and the UAE, denied the report", "his foreign patrons, Egypt and Russia, appeared to
    welcome it": the parser reads the names set off by commas after a role noun (a noun cue that says who someone is:
    backer, patron, ally) as more members of a list the role noun opens, so the role names no one. A list of names
    set off by a comma right after a role noun with a possessor, and closed by another before the clause goes on (or
    ending an object's clause), is the role noun's apposition ("asked his backers, Egypt and the UAE, for support").
    Not a list of role nouns ("Turkey's allies, Qatar's backers and ...": the names must follow the comma)."""
    for noun in (doc[i] for i in positions_in(doc, LEMMA, _role_nouns(lexicon), lower=True)):
        cue = lexicon.nouns.get(noun.lemma_.lower())
        if noun.pos_ != "NOUN" or cue is None or cue.identity is None or not any(c.dep_ == "poss" for c in noun.children):
            continue
        names = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > noun.i]
        if not names and noun.dep_ == "conj":
            # "against Haftar and his supporters, the Emirates and Egypt": the names hung on the list the noun ends
            names = [c for c in noun.head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > noun.i]
        if len(names) != 1 or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
            continue
        first = names[0]
        if first.left_edge.i != noun.i + 2:
            continue  # the name right after the comma ("the" may open it)
        listed = [first, *(t for t in first.conjuncts if t.i > first.i)]
        end = max(t.right_edge.i for t in listed)
        # "Egypt and the UAE foremost among them", "Egypt and Russia in particular": a phrase that singles members out
        # (quotes_focus_words)
        while (focus_end := _focus_phrase_end(doc, end + 1, lexicon)) is not None:
            end = focus_end - 1
        closed = end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].pos_ in ("VERB", "AUX", "ADV", "ADP")
        # (an object, or the last member of an object list: "fight Haftar and his foreign backers, Egypt and the UAE.")
        place = noun
        while place.dep_ == "conj" and place.head.i < place.i:
            place = place.head
        if not closed and not (end + 1 < len(doc) and doc[end + 1].text in (".", ";", ":") and place.dep_ in ("dobj", "pobj")):
            continue  # the list closed by a comma before the clause goes on, or by the end of an object's clause
        _reattach(first, noun, "appos")
        for other in listed[1:]:
            if other.head.i == noun.i:
                _reattach(other, first, "conj")
        for cc in [c for c in noun.children if c.dep_ == "cc" and first.i < c.i < end]:
            _reattach(cc, first, "cc")


def group_possessor_read_as_conjunct(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt and Turkey's rivalry", "the UAE and Egypt's backing for Haftar": two names joined by "and" own a noun of
    a relation or of talks together; the small parser joins the first name to the noun instead ("Egypt" and
    "Turkey's rivalry"), which leaves the first name out of it. A relation is had, not a thing one could list beside a
    name ("Egypt and Turkey's navies" stays): the noun takes the first name's place, the first name is its possessor
    and the second name that one's conjunct."""
    for noun in (doc[i] for i in positions_in(doc, DEP, CONJ_DEP)):
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or not _relation_noun(noun, lexicon):
            continue
        first = noun.head
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i and c.pos_ == "PROPN"), None)
        if owner is None or first.pos_ != "PROPN" or first.i > owner.i:
            continue
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and" and c.i + 1 == owner.left_edge.i), None)
        if cc is None:
            continue
        saved = reading_of(noun.sent)
        _take_place(noun, first)
        _reattach(first, noun, "poss")
        _reattach(owner, first, "conj")
        _reattach(cc, first, "cc")
        restore_unless_one_tree(noun.sent, saved)


def _relation_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A cue noun of a relation that names no one ("rivalry", "backing"; not "allies"), or of talks."""
    cue = lexicon.nouns.get(noun.lemma_.lower())
    return (cue is not None and cue.names_no_holder) or noun.lemma_.lower() in lexicon.dialogue_nouns


# Prepositions whose phrase says where a thing goes or comes from ("sent drones to X", "received arms from Y").
CLUSTER_PREPOSITIONS = frozenset({"to", "from", "for"})


def object_and_recipient_clusters(doc: Doc, lexicon: Lexicon) -> None:
    """"gave money to Haftar, arms to the HoR and fuel to the LNA", "received armoured vehicles from Jordan, armed
    drones from the UAE and diplomatic backing from Egypt": a verb of giving or receiving, its object and a phrase of
    the same preposition (to, from, for) with a name, two or more times over (the verb's gapped clauses). The parser
    reads the later things as appositions or conjuncts of the first phrase's name and hangs their phrases anywhere.
    Each later thing is a conjunct of the verb's object and each phrase the verb's own, as the first is. Only things
    with no verb in them, each phrase naming someone (a proper name in it), and the list ending the clause."""
    named: dict[int, set[str]] | None = None  # the dictionary's names, read once when a cluster is found
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.transfer_verbs | lexicon.aid_receiving_verbs, lower=True)):
        if verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.right_edge.i + 2 >= len(doc):
            continue
        first = doc[obj.right_edge.i + 1]
        if first.lower_ not in CLUSTER_PREPOSITIONS or first.head.i != verb.i or first.dep_ not in ("prep", "dative"):
            continue
        end = verb.sent.end
        stop = _recipient_end(doc, first.i + 1, end)
        clusters = []
        while stop is not None and stop < end and doc[stop].text in (",", "and"):
            k = stop + 1 if doc[stop].text == "," else stop
            if k < end and doc[k].lower_ == "and":
                k += 1
            thing = _thing_end(doc, k, end, first.lower_)
            if thing is not None and named is None:
                named = dictionary_actors_at(doc)
            if thing is None or any(i in named for i in range(k, thing)):
                break  # ("weapons to Haftar and Turkish forces to the GNA": a name opens a gapped clause of its own)
            recipient_end = _recipient_end(doc, thing + 1, end)
            if recipient_end is None:
                break
            clusters.append((stop, k, thing, recipient_end))  # (the comma and "and" between stop and k join them)
            stop = recipient_end
        if not clusters or stop is None or (stop < end and not doc[stop].is_punct):
            continue
        saved = reading_of(verb.sent)
        for joint, k, thing, recipient_end in clusters:
            noun = doc[thing - 1]
            _reattach(noun, obj, "conj")
            for token in doc[k : thing - 1]:
                if not k <= token.head.i < thing or token.head.i == token.i:
                    _reattach(token, noun, "det" if token.tag_ == "DT" else "amod" if token.pos_ == "ADJ" else "compound")
            for token in doc[joint:k]:
                _reattach(token, obj, "cc" if token.lower_ == "and" else "punct")
            preposition = doc[thing]
            _reattach(preposition, verb, first.dep_)
            name = doc[recipient_end - 1]
            _reattach(name, preposition, "pobj")
            for token in doc[thing + 1 : recipient_end - 1]:
                if not thing < token.head.i < recipient_end or token.head.i == token.i:
                    _reattach(token, name, "det" if token.lower_ == "the" else "compound")
        restore_unless_one_tree(verb.sent, saved)


def _thing_end(doc: Doc, i: int, end: int, preposition: str) -> int | None:
    """Where a thing given ("armed drones", "diplomatic backing") that starts at i ends, right before the
    preposition; None unless it is one to four words of a noun phrase, with no name, ending in a common noun."""
    j = i
    while j < end and j - i < 4 and doc[j].lower_ != preposition:
        if doc[j].pos_ in ("VERB", "AUX", "PRON", "ADP", "PROPN") or doc[j].is_punct or doc[j].lower_ == "and":
            # (not "sent fighters to Haftar and Turkey drones to the GNA": a name opens a gapped clause of its own)
            return None
        j += 1
    if j == i or j >= end or doc[j].lower_ != preposition or doc[j - 1].pos_ != "NOUN":
        return None
    return j


def _recipient_end(doc: Doc, i: int, end: int) -> int | None:
    """Where the name phrase of a cluster's preposition that starts at i ends ("the UAE", "Haftar's forces", "the
    Misrata brigades"), or None: a proper name, with a possessive and its noun after it."""
    j = i + 1 if i < end and doc[i].lower_ == "the" else i
    found = _list_member_end(doc, i, end) if i < end else None  # ("the House of Representatives", "the Russian army")
    if found is None:
        k = j
        while k < end and k - j < 3 and doc[k].pos_ in ("PROPN", "ADJ"):
            k += 1
        if k == j or k >= end or doc[k].pos_ != "NOUN" or not any(t.pos_ == "PROPN" for t in doc[j:k]):
            return None
        return k + 1
    if found + 1 < end and doc[found].tag_ == "POS" and doc[found + 1].pos_ == "NOUN":
        return found + 2
    if found < end and doc[found].pos_ == "NOUN":
        return found + 1  # "the Misrata brigades"
    return found


def distributed_for_list_on_role_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Their foreign patrons, Turkey for the GNA and Russia and the UAE for the LNA, ...", "the patrons, Turkey and
    Qatar for Tripoli and the UAE, Egypt and Russia for Haftar, ...": names set off after a role noun whose for-phrase
    says whose it is (a backer, a patron, a proxy), each group of them with a for-phrase of its own. The parser hangs the
    groups and their for-phrases anywhere (a later group as the first phrase's object). Every name is the role noun's
    apposition (a conjunct of the first), and each for-phrase its group's last name's (construction identity-noun
    reads a name with none by the next one's). Two groups or more, and the list closed by a comma or the end."""
    for noun in (doc[i] for i in positions_in(doc, LEMMA, _role_nouns(lexicon), lower=True)):
        cue = lexicon.nouns.get(noun.lemma_.lower())
        if cue is None or cue.preps.get("for") not in ("agent", "patient") or noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            continue
        end = noun.sent.end
        groups, i = [], noun.i + 2
        while i < end:
            members = _names_after(doc, i, end)
            at = members[-1][1] if members else None
            if at is None or at >= end or doc[at].lower_ != "for":
                break
            target_end = _list_member_end(doc, at + 1, end)
            if target_end is None:
                break
            groups.append((members, at, target_end))
            k = target_end + 1 if target_end < end and doc[target_end].text == "," else target_end
            k = k + 1 if k < end and doc[k].lower_ == "and" else k
            if k == target_end:
                break
            i = k
        if len(groups) < 2 or groups[-1][2] >= end or doc[groups[-1][2]].text not in (",", ".", ";"):
            continue
        saved = reading_of(noun.sent)
        listed = [member for members, _, _ in groups for member in members]
        first = doc[listed[0][1] - 1]
        _reattach(first, noun, "appos")
        _attach_name(doc, listed[0][0], first)
        for start, member_end in listed[1:]:
            _reattach(doc[member_end - 1], first, "conj")
            _attach_name(doc, start, doc[member_end - 1])
        for members, at, target_end in groups:
            prep = doc[at]
            _reattach(prep, doc[members[-1][1] - 1], "prep")
            target = doc[target_end - 1]
            _reattach(target, prep, "pobj")
            _attach_name(doc, at + 1, target)
            for token in doc[members[-1][1] : at]:
                _reattach(token, first, "punct")
        joints = [t for (_, _, target_end), (next_members, _, _) in zip(groups, groups[1:]) for t in doc[target_end : next_members[0][0]]]
        joints += [t for members, _, _ in groups for (_, e), (s, _) in zip(members, members[1:]) for t in doc[e:s]]
        for token in joints:
            _reattach(token, first, "cc" if token.lower_ in LIST_CONJUNCTIONS else "punct")
        restore_unless_one_tree(noun.sent, saved)
