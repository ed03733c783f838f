"""Parse repair: a step after spaCy's parse and before the constructions, which
fixes attachments the small English model predictably gets wrong in news prose.

Each repair is one small function over a parsed Doc that changes heads, labels
or tags in place and says in its docstring which error it mends. They only act
on the shape they name, so a parse that is already right is left as it is.
`repair_parse` runs them all in order.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.lexicon import Lexicon

LIST_CONJUNCTIONS = frozenset({"and", "or"})


def repair_parse(doc: Doc, lexicon: Lexicon) -> Doc:
    """Every repair below whose trigger word the paragraph has, in order; returns the same Doc."""
    words = {token.lower_ for token in doc}
    has_cue_verb = any(token.lemma_.lower() in lexicon.verbs for token in doc)
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
        repair(doc, lexicon)
    return doc


def _reattach(token: Token, head: Token, dep: str) -> None:
    if token.i == head.i or head.i in {t.i for t in token.subtree}:
        return  # would make a cycle
    token.head = head
    token.dep_ = dep


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
    for by in doc:
        if by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
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
    for participle in doc:
        if participle.tag_ != "VBN" or participle.dep_ != "advcl" or participle.i != participle.sent.start:
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
    for token in doc:
        if token.pos_ not in ("ADV", "NOUN", "ADJ") or token.lower_ not in lexicon.verbs:
            continue
        has_object = any(c.dep_ == "dobj" for c in token.children)
        after_to = any(c.lower_ == "to" and c.tag_ == "TO" for c in token.children if c.i < token.i)
        if has_object or (after_to and token.dep_ in ("xcomp", "advcl", "ccomp")):
            token.pos_ = "VERB"
            token.tag_ = "VB"
            token.lemma_ = token.lower_


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
    verb with a subject and no object takes the first name as its object, and the name
    after "and" is the next verb's subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i + 1 >= len(doc):
            continue
        cue = lexicon.verbs.get(verb.lemma_.lower())
        if cue is None or cue.relation is None:
            continue
        children = [c for c in verb.children if c.pos_ != "VERB"]  # "funds" can be misread as the object
        if not any(c.dep_ == "nsubj" for c in children) or any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") for c in children):
            continue
        # the name right after the verb ("the" may stand between), hung on a later verb
        subject = doc[verb.i + 2] if doc[verb.i + 1].lower_ == "the" and verb.i + 2 < len(doc) else doc[verb.i + 1]
        main = subject.head
        if subject.pos_ != "PROPN" or main.pos_ != "VERB" or main.i < subject.i or main.lemma_.lower() in lexicon.reporting_verbs:
            continue
        second = next((c for c in subject.children if c.dep_ == "conj" and c.i < main.i), None)
        if second is None or any(c.dep_ == "nsubj" and c.i != subject.i for c in main.children):
            continue
        _reattach(second, main, "nsubj")
        _reattach(subject, verb, "dobj")
        if main.head.i == verb.i:
            main.dep_ = "conj"


def subject_taken_as_object_conjunct(doc: Doc, lexicon: Lexicon) -> None:
    """"with Russia backing Haftar and Turkey supporting the GNA": the parser makes "Turkey"
    a conjunct of the first verb's object and hangs the second verb on the first with no
    subject. A name conjoined to a verb's object and followed at once by a cue verb of its
    own with no subject is that verb's subject, and the verb a conjunct of the first."""
    for name in doc:
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.i + 1 >= len(doc):
            continue
        verb, first = doc[name.i + 1], name.head.head
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
        if after < len(doc) and doc[after].text == ",":
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
    for token in doc:
        if token.tag_ not in ("VBN", "VBG") or token.lower_ not in lexicon.adjectives:
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
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        for token in sent:
            cue = lexicon.verbs.get(token.lemma_.lower())
            if cue is None or cue.relation is None or token.pos_ not in ("NOUN", "ADV") or token.i == sent.start:
                continue
            subject = doc[token.i - 1]
            old_root = sent.root
            if old_root.i == token.i:  # "Qatar arms Sarraj alongside Turkey": the cue heads the phrase
                old_root = next((c for c in token.children if c.i > token.i and c.pos_ in ("PROPN", "NOUN")), old_root)
            if subject.pos_ != "PROPN" or old_root.i <= token.i:
                continue
            token.pos_, token.tag_ = "VERB", "VBZ" if token.lower_.endswith("s") else "VBD" if token.lower_.endswith("ed") else "VB"
            token.head, token.dep_ = token, "ROOT"
            _reattach(old_root, token, "dobj")
            _reattach(subject, token, "nsubj")
            break


def cue_after_names(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt and Fiji back Haftar", "Russia and Egypt back the LNA, Macron said": the tagger reads the
    cue verb as a noun or an adverb inside one long noun phrase, so the clause has no verb for
    its object. A cue verb's form right after a name (or a list of names), outside any verb's
    structure and before a noun phrase, is the verb: the names are its subject, the phrase its
    object, and it takes the place the subject had (the root, or a reporting verb's clause)."""
    for token in doc:
        if token.pos_ not in ("NOUN", "ADV") or token.i == 0 or token.i + 1 >= len(doc):
            continue
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
        if following.pos_ not in ("PROPN", "NOUN"):
            continue
        while following.dep_ == "compound" and following.head.i > following.i:
            following = following.head
        place = subject if subject.dep_ in ("ROOT", "nsubj", "nsubjpass", "dep") else None
        if place is None or following.i == subject.i:
            continue
        head, dep = (None, "ROOT") if place.dep_ == "ROOT" else (place.head, "ccomp")
        token.pos_, token.tag_ = "VERB", "VBZ" if token.lower_.endswith("s") else "VB"
        if head is None:
            token.head, token.dep_ = token, "ROOT"
        else:
            _reattach(token, head, dep)
        _reattach(subject, token, "nsubj")
        _reattach(following, token, "dobj")


def _name_phrase_end(doc: Doc, i: int, end: int) -> int | None:
    """Where a name phrase starting at token i ends ("the United Arab Emirates"), or None."""
    j = i + 1 if doc[i].lower_ == "the" else i
    if j >= end or doc[j].pos_ != "PROPN":
        return None
    while j + 1 < end and doc[j + 1].pos_ == "PROPN":
        j += 1
    return j + 1


def subject_list(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia, Morocco, and Spain urged Haftar ...": a list of three or more names before the
    verb is its subject; the parser often takes only the last name as the subject and hangs
    the others elsewhere (or makes the first the root)."""
    for sent in doc.sents:
        heads: list[Token] = []
        i, closed = sent.start, False
        while i < sent.end:
            end = _name_phrase_end(doc, i, sent.end)
            if end is None:
                break
            heads.append(doc[end - 1])
            i = end
            if closed:
                break
            if i < sent.end and doc[i].text == ",":
                i += 1
            if i < sent.end and doc[i].lower_ in LIST_CONJUNCTIONS:
                closed, i = True, i + 1
            elif i < sent.end and doc[i - 1].text != ",":
                break
        if not closed or len(heads) < 3 or i >= sent.end:
            continue
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue
        if verb.tag_ == "MD":
            verb = verb.head
        first = heads[0]
        if verb.i in {t.i for t in first.subtree}:  # the parser made the first name the root
            verb.head, verb.dep_ = verb, "ROOT"
        _reattach(first, verb, "nsubj")
        for token in doc[sent.start : i]:
            if token.i == first.i:
                continue
            if token in heads:
                _reattach(token, first, "conj")
            elif token.text == ",":
                _reattach(token, first, "punct")
            elif token.lower_ in LIST_CONJUNCTIONS:
                _reattach(token, first, "cc")
            else:  # "the", the first names of a multiword name
                owner = next(h for h in heads if h.i >= token.i)
                _reattach(token, owner, "det" if token.lower_ == "the" else "compound")


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
    for verb in doc:
        if verb.dep_ not in ("amod", "compound", "nmod") or not verb.text.islower() or not verb.lower_.endswith("ed"):
            continue
        if verb.lemma_.lower() in lexicon.verbs or verb.lower_ in lexicon.hyphen_participles:
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
    for hyphen in doc:
        if hyphen.text not in ("-", "‐") or hyphen.i == 0 or hyphen.i + 1 >= len(doc):
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


# Repairs that can only apply when the paragraph has one of these words; the others always run.
TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "by_phrase_to_event_noun": frozenset({"by"}),
    "colon_list_to_role_noun": frozenset({":"}),
    "between_second_side": frozenset({"between"}),
    "in_order_to": frozenset({"order"}),
    "subject_list": frozenset({"and", "or"}),
    "subject_taken_as_object_conjunct": frozenset({"and"}),
    "fronted_participle_list": frozenset({"and", "or"}),
    "hyphen_noun_split": frozenset({"-", "‐"}),
}

# Repairs that only act on a cue verb's form: skipped for a paragraph with none.
CUE_VERB_REPAIRS = frozenset(
    {"verbless_clause_with_cue", "cue_after_names", "cue_verb_read_as_other", "object_taken_as_next_subject", "subject_taken_as_object_conjunct"}
)

# Repairs that only act on an adjective of the lexicon ("loyal", "opposed", "warring").
ADJECTIVE_REPAIRS = frozenset({"participle_adjective", "postnominal_adjective"})

REPAIRS = (
    hyphen_noun_split,
    subject_list,
    verbless_clause_with_cue,
    cue_after_names,
    in_order_to,
    participle_adjective,
    between_second_side,
    by_phrase_to_event_noun,
    colon_list_to_role_noun,
    fronted_participle_list,
    cue_verb_read_as_other,
    participle_read_as_noun,
    postnominal_adjective,
    object_taken_as_next_subject,
    subject_taken_as_object_conjunct,
    verb_read_as_modifier,
)
