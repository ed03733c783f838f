"""Appositions and asides: a phrase set off by commas between a name and its verb, a speaker before a colon,
a reporter after the clause, a "whose" clause before the main verb.
"""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH, TAG
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import dictionary_actors_at
from extract.relations.grammar import positions_in
from extract.parse_repair.relatives import _read_as_finite_verb
from extract.parse_repair.shared import (
    COLON,
    COMMA,
    VBG_TAG,
    _apposition_after,
    _attach_list,
    _attach_name,
    _cue_verb_of_past_form,
    HYPHEN_FORMS,
    _index,
    LIST_CONJUNCTIONS,
    _list_head,
    _name_phrase_end,
    _name_start,
    _names_after,
    _proper_name_at,
    _reattach,
    _skip_adverbs,
    restore_unless_one_tree,
    reading_of,
)

# Words and tags repairs below start from (positions_in: from the parse's arrays, no Token per word).
SEMICOLON = frozenset({";"})
NOT_WORD = frozenset({"not"})


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
    # ("..., joined by the UAE, condemned": the parser may read the verb as describing the aside's last noun)
    on_aside = verb.dep_ == "acl" and any(a.start <= verb.head.i < a.end for a, _ in asides)
    if described is None and verb.dep_ != "ROOT" and not reported and not on_aside:
        return False
    verb.pos_ = "VERB"
    if verb.tag_ == "VBN" and not auxiliaries:
        verb.tag_ = "VBD"  # no auxiliary: the past tense
    for auxiliary in auxiliaries:
        _reattach(auxiliary, verb, "aux")
    if described is not None or on_aside:
        verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in name.children if c.i > verb.i]:
        _reattach(child, verb, child.dep_)  # the full stop the name had as the sentence's root
    for aside, apposition in asides:
        participle = not apposition and _participle_with_agent(aside)
        if apposition:
            noun = aside[-1]  # "a neighbour": its last word heads it, the noun the tagger may have read as an adjective
            noun.pos_ = "NOUN" if noun.pos_ == "ADJ" else noun.pos_
            _reattach(noun, name, "appos")
        if participle:
            _reattach(aside[0], name, "acl")  # "Egypt and France, joined by the UAE, condemned ...": it describes them
            for token in aside[1:]:
                if not (aside.start <= token.head.i < aside.end):
                    _reattach(token, aside[0], "agent" if token.i == aside.start + 1 else token.dep_)
            _reattach(doc[aside.end], verb, "punct")
            continue
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


def _participle_with_agent(aside: Span) -> bool:
    """"joined by the UAE", "backed by Russian mercenaries": a passive participle and its by-agent, set off as an
    aside that describes the subject before it."""
    return len(aside) > 2 and aside[0].tag_ == "VBN" and aside[1].lower_ == "by"


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
        if not (opener.pos_ in ("ADP", "ADV", "SCONJ") or opener.lower_ == "according" or apposition or _participle_with_agent(aside)):
            break
        if _participle_with_agent(aside) and any(a for _, a in found):
            break  # "Haftar, a rival of Sarraj, backed by Egypt,": participle_after_apposition reads it
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
    for colon in (doc[i] for i in positions_in(doc, ORTH, COLON)):
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
        if any(not t.is_punct for t in doc[verb.i + 1 : end]):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        last = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1  # "..., Ahmed al-Mismari, alleged"
        reporters = [t for t in doc[verb.sent.start : verb.i] if t.dep_ == "appos" and t.head.i < t.i and t.right_edge.i >= last]
        if not reporters:
            continue
        reporter = min(reporters, key=lambda t: t.left_edge.i)
        if doc[reporter.left_edge.i - 1].text != ",":
            continue
        set_off = _set_off_subject(doc, subjects, reporter)
        if subjects and set_off is None:
            continue
        if set_off is not None:
            # "struck a convoy near Tarhuna, the town that hosts the Kaniyat, the operations room said": the phrase the
            # parser made the subject is set off by a comma after a noun, whose apposition it is
            subject, described = set_off
            _reattach(subject, described, "appos")
        _reattach(reporter, verb, "nsubj")
        _reattach(doc[reporter.left_edge.i - 1], verb, "punct")
        if verb.dep_ != "ROOT":
            root = verb.sent.root
            _reattach(verb, root, "parataxis")


def _set_off_subject(doc: Doc, subjects: list[Token], reporter: Token) -> tuple[Token, Token] | None:
    """A reporting verb's one subject that comes before the apposition read as the reporter and is set off by a comma
    right after a noun (with the noun it describes), or None."""
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    start = subject.left_edge.i
    if subject.i > reporter.i or start < 2 or doc[start - 1].text != ",":
        return None
    described = doc[start - 2]
    if described.pos_ not in ("NOUN", "PROPN") or subject.pos_ != "NOUN":
        return None
    return subject, described


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


def _appositions_hosts(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """The names a comma follows, which may have an apposition (_apposition_after says)."""
    return [doc[i - 1] for i in _index(doc, lexicon).commas if i > 0 and doc[i - 1].pos_ == "PROPN"]


def name_list_read_as_apposition(doc: Doc, lexicon: Lexicon) -> None:
    """"attended by U.S. Vice President Kamala Harris, Egypt's Sisi and Libya's prime minister Dbeibah": the parser
    reads the rest of a list of names after the first name's comma as the first name's apposition. A name set off after
    a name, with a conjunct of its own, each naming a different actor of the dictionary, is the list's second member."""
    names: dict[int, set[str]] | None = None
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        first = doc[comma.i - 1] if comma.i > 0 else None
        if first is None or first.pos_ != "PROPN":
            continue
        second = next((c for c in first.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == comma.i + 1), None)
        if second is None or not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in second.children):
            continue
        names = dictionary_actors_at(doc) if names is None else names
        # (the actor may be named on the name's title: "U.S. Vice President Kamala Harris")
        own = set().union(*(names.get(i, set()) for i in range(first.left_edge.i, first.i + 1)))
        other = set().union(*(names.get(i, set()) for i in range(second.left_edge.i, second.i + 1)))
        if not own or not other or not own.isdisjoint(other):
            continue  # ("Haftar, the LNA's commander and ...": the same actor described)
        _reattach(second, first, "conj")


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


def phrase_hung_on_comma(doc: Doc, lexicon: Lexicon) -> None:
    """"... the drones supplied to its rival, the GNA, sources said": the parser can hang a noun phrase set off by
    commas on the comma before it, a punctuation mark that heads nothing. Right after a noun, the phrase describes
    that noun: an apposition."""
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        if comma.i == 0 or comma.dep_ == "ROOT":
            continue
        noun = doc[comma.i - 1]
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        for phrase in [c for c in comma.children if c.i > comma.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ != "punct"]:
            _reattach(phrase, noun, "appos")
            _reattach(comma, noun, "punct")


def apposition_read_as_second_object(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar's forces entered Sirte, a city held by troops loyal to the GNA": the parser reads a noun phrase set off
    by a comma after a name that is a verb's object as a second object of the verb. A verb takes no second object across
    a comma; a phrase with an article right after the name's comma describes the name (not "called Haftar a criminal",
    with no comma between)."""
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        if comma.i == 0 or comma.i + 2 >= len(doc):
            continue
        name = doc[comma.i - 1]
        while name.head.i > name.i and name.dep_ == "compound":
            name = name.head
        if name.pos_ != "PROPN" or name.dep_ != "dobj" or name.right_edge.i != comma.i - 1:
            continue
        verb = name.head
        second = next((c for c in verb.children if c.dep_ == "dobj" and c.i > comma.i and c.left_edge.i == comma.i + 1), None)
        if second is None or second.pos_ != "NOUN" or doc[comma.i + 1].lower_ not in ("a", "an", "the"):
            continue
        if any(c.dep_ in ("conj", "cc") for c in second.children):
            continue  # a list: "backed Haftar, the Wagner group and Sudan"
        _reattach(second, name, "appos")


def infinitive_after_object_apposition(doc: Doc, lexicon: Lexicon) -> None:
    """"press the UAE, the main foreign backer of Haftar, to support a demilitarised zone": after an apposition set off
    on the object of a verb of persuading, the parser reads the to-infinitive as the verb's adverbial clause (a
    purpose) rather than what the object is urged to do, as it reads it with no apposition between."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.persuasion_verbs, lower=True)):
        if verb.lemma_.lower() not in lexicon.persuasion_verbs:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not any(c.dep_ == "appos" for c in obj.children):
            continue
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > obj.right_edge.i and any(a.tag_ == "TO" for a in c.children)), None)
        if clause is None or doc[clause.left_edge.i - 1].text != "," or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        clause.dep_ = "xcomp"


def apposition_read_as_object_after_phrase(doc: Doc, lexicon: Lexicon) -> None:
    """"The UN envoy flew to Turkey, the GNA's closest ally, on Monday": after a name that ends a verb's prepositional
    phrase, the parser reads a noun phrase set off by a comma as the verb's direct object. An object does not follow
    the verb's prepositional phrase across a comma; the phrase describes the name."""
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        if comma.i == 0 or comma.i + 2 >= len(doc):
            continue
        name = doc[comma.i - 1]
        if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.head.i >= name.i or name.lower_ in lexicon.time_nouns:
            continue  # ("captured the base on Monday, the LNA's foothold": a day is no name to describe)
        verb = name.head.head
        # the object whose phrase starts right after the comma ("the GNA's closest ally": its first word is the
        # possessor's article)
        apposition = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.left_edge.i == comma.i + 1), None)
        if apposition is None:
            continue
        _reattach(apposition, name, "appos")
        _reattach(comma, name, "punct")
        after = doc[apposition.right_edge.i + 1] if apposition.right_edge.i + 1 < len(doc) else None
        if after is not None and after.text == ",":
            _reattach(after, name, "punct")


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


def participle_aside_read_as_verb(doc: Doc, lexicon: Lexicon) -> None:
    """"Libya's House of Representatives, meeting in Sirte, approved the new government": the parser makes the subject
    the -ing participle's set off by commas, and the main verb either a loose dependent of the participle (the
    participle the root) or its head with no subject. An -ing verb between commas right after its subject, with a
    finite verb right after its closing comma that has no subject of its own, is an aside on the subject: the later
    verb is the clause's, the subject its subject."""
    for participle in (doc[i + 1] for i in _index(doc, lexicon).commas if i + 1 < len(doc)):
        if participle.tag_ != "VBG" or participle.i < 2:
            continue
        subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
        if subject is None or max(t.i for t in subject.subtree if not t.is_punct) != participle.i - 2:
            continue  # the subject right before the aside's comma
        closing = next((t.i for t in doc[participle.i + 1 : participle.sent.end] if t.text == ","), None)
        if closing is None or closing + 1 >= len(doc):
            continue  # (the aside's closing comma: the first after it)
        verb = doc[closing + 1]
        if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i and verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            verb = verb.head  # "..., has been backing the GNA"
        elif verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if not (verb.head.i == participle.i or participle.head.i == verb.i):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "cc") for c in verb.children if c.i != participle.i):
            continue  # a clause of its own
        if verb.head.i == participle.i:
            verb.head, verb.dep_ = (verb, "ROOT") if participle.dep_ == "ROOT" else (participle.head, participle.dep_)
            for child in [c for c in participle.children if c.i > verb.i]:
                _reattach(child, verb, child.dep_)
        _reattach(subject, verb, "nsubj")
        _reattach(participle, verb, "advcl")
        _reattach(doc[closing], verb, "punct")


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


def accompaniment_read_on_last_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Sisi unveiled a peace plan for Libya in Cairo, flanked by Haftar and Aguila Saleh": a participle of
    accompaniment (accompaniment_participles) set off by a comma says who stood beside the clause's subject, but the
    parser hangs it on the noun before the comma (the place, the plan). It belongs to the clause's verb. ("Sirte,
    held by the LNA" keeps its participle: holding is no accompaniment.)"""
    for participle in (doc[i + 1] for i in _index(doc, lexicon).commas if i + 1 < len(doc)):
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in lexicon.accompaniment_participles:
            continue
        verb = next((a for a in participle.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        _reattach(participle, verb, "advcl")
        _reattach(doc[participle.i - 1], verb, "punct")


def final_participle_on_inner_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"GNA troops retook Tarhuna on Friday after the town's defenders ran out of ammunition, inflicting a
    humiliating defeat on Haftar", "Egypt said that Ankara had flown more fighters into Misrata, condemning Turkey
    for ...": a
    participle clause set off by a comma at the end of a sentence belongs to its main clause, but the parser hangs
    it on the nearest verb, inside a subordinate clause, so its doer is that clause's subject (defenders no actor
    names, or the very actor the participle acts on). Such a participle (its clause running to the sentence's end,
    on a verb of an after-, that- or noun clause) goes up to the first verb above whose subject names an actor:
    when the inner subject names none, and that verb is no verb of saying or thinking ("the GNA said gunmen
    attacked the port, targeting a Turkish ship": the gunmen target it); when the inner subject is the actor the
    participle's object names (nobody accuses himself), and that verb's subject is another actor."""
    names: dict[int, set[str]] | None = None
    for comma in (doc[i] for i in _index(doc, lexicon).commas):
        if comma.i + 1 >= len(doc):
            continue
        participle = doc[comma.i + 1]
        inner = participle.head
        if participle.tag_ != "VBG" or participle.dep_ != "advcl" or inner.pos_ not in ("VERB", "AUX") or inner.dep_ not in ("advcl", "ccomp", "acl"):
            continue
        end = participle.sent.end - 1
        while end > participle.i and doc[end].is_punct:
            end -= 1
        if participle.right_edge.i < end:
            continue
        if names is None:
            names = dictionary_actors_at(doc)
        inner_subject = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if inner_subject is None or inner_subject.pos_ == "PRON":
            continue
        inner_actors = _actors_in(inner_subject, names)
        acted_on = set().union(*(_actors_in(c, names) for c in participle.children if c.dep_ == "dobj"))
        if inner_actors and not (acted_on and inner_actors <= acted_on):
            continue
        target = _verb_above_with_actor(inner, names, exclude=acted_on)
        if target is None or (not inner_actors and (target.lemma_.lower() in lexicon.reporting_verbs or target.lemma_.lower() in lexicon.cognition_verbs)):
            continue
        _reattach(participle, target, "advcl")
        _reattach(comma, target, "punct")


def _actors_in(phrase: Token, names: dict[int, set[str]]) -> set[str]:
    """The actors the dictionary names in a noun phrase (not in its clauses)."""
    clauses = {t.i for c in phrase.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return set().union(*(names.get(t.i, set()) for t in phrase.subtree if t.i not in clauses))


def _verb_above_with_actor(inner: Token, names: dict[int, set[str]], exclude: set[str]) -> Token | None:
    """The first verb above `inner` whose subject names an actor other than those in `exclude`."""
    for verb in inner.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        actors = _actors_in(subject, names) if subject is not None else set()
        if actors and actors.isdisjoint(exclude):
            return verb
    return None


def speaker_read_as_apposition_of_fronted_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"Asked about the maritime accords, a spokeswoman for the Greek ministry said: 'We back the HoR'": after a fronted
    participle clause and its comma, the parser can read the reporting verb's subject as an apposition of the clause's
    last noun, and leave the verb without a subject. A phrase right before a reporting verb that has none is its
    subject (the speaker whose "we" the quotation says)."""
    for at in _index(doc, lexicon).commas:
        if at + 1 >= len(doc):
            continue
        speaker = doc[at + 1].head if doc[at + 1].dep_ != "appos" else doc[at + 1]
        if speaker.dep_ != "appos" or speaker.pos_ not in ("NOUN", "PROPN") or speaker.left_edge.i != at + 1:
            continue
        verb = doc[speaker.right_edge.i + 1] if speaker.right_edge.i + 1 < len(doc) else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.reporting_verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        fronted = [a for a in speaker.ancestors if a.dep_ == "advcl" and a.head.i == verb.i and a.i < at]
        if not fronted:
            continue  # only an apposition inside a clause fronted before the same verb
        _reattach(speaker, verb, "nsubj")
        _reattach(doc[at], verb, "punct")


def clause_before_semicolon_read_as_complement(doc: Doc, lexicon: Lexicon) -> None:
    """"Russia and Turkey hosted Sarraj and Haftar for talks; the two men did not meet face to face": the parser may make
    the clause before a semicolon the complement (ccomp) of the verb after it, so that clause's words fall under the
    second one's negation or modality. A semicolon ends a clause: a finite clause before it, with a subject of its own,
    is set beside the one after it (parataxis), not inside it."""
    for semicolon in (doc[i] for i in positions_in(doc, ORTH, SEMICOLON)):
        # the semicolon hangs on the verb after it or on the clause before it ("...; Italy, which attended, declined")
        for after in {semicolon.head, semicolon.head.head} if semicolon.head.dep_ == "ccomp" else {semicolon.head}:
            for clause in [c for c in after.children if c.dep_ == "ccomp" and c.i < semicolon.i < after.i]:
                if clause.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                    clause.dep_ = "parataxis"


def object_after_aside_read_as_next_subject(doc: Doc, lexicon: Lexicon) -> None:
    """"The Quai d'Orsay denounced, in a communique, the behaviour of the Turkish navy and demanded explanations from
    Ankara": after a phrase set off by commas between a cue verb and its object, the parser reads the object as the
    subject of the verb coordinated after it. A cue verb with a relation and no object of its own takes that noun
    phrase as its object, and the coordinated verb shares the first one's subject, as coordinated verbs do."""
    for verb in (doc[i] for i in positions_in(doc, LEMMA, lexicon.verbs, lower=True)):
        cue = lexicon.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if cue is None or cue.relation is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        if not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        for second in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i):
            subject = next((c for c in second.children if c.dep_ == "nsubj" and verb.i < c.i < second.i), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
                continue
            start = subject.left_edge.i
            if start < 1 or doc[start - 1].text != "," or not any(t.text == "," for t in doc[verb.i + 1 : start - 1]):
                continue  # only after a phrase set off by commas right after the verb
            _reattach(subject, verb, "dobj")
            for cc in [c for c in subject.children if c.dep_ == "cc" and c.i > subject.i]:
                _reattach(cc, verb, "cc")


def summing_clause_read_as_complement(doc: Doc, lexicon: Lexicon) -> None:
    """"Turkey sent drones to the GNA, a step Cairo described as dangerous": a noun that sums up a clause (act_nouns,
    stated_view_nouns) set off by a comma after it, with a relative clause of its own ("Cairo described"): the parser
    may read the relative clause's verb as the sentence's main verb, the clause before as its complement and the noun
    as its object. The clause before is the main one, the noun sums it up, and the verb is the noun's relative clause."""
    summing = lexicon.act_nouns | lexicon.stated_view_nouns
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "VERB":
            continue
        noun = next((c for c in root.children if c.dep_ == "dobj" and c.i < root.i and c.lemma_.lower() in summing), None)
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ in ("VERB", "AUX")), None)
        if noun is None or clause is None or clause.right_edge.i >= noun.left_edge.i or doc[noun.left_edge.i - 1].text != ",":
            continue
        if not any(c.dep_ == "nsubj" and noun.i < c.i < root.i for c in root.children):
            continue  # the noun's own clause needs its subject between them ("a step Cairo described")
        before = [c for c in root.children if c.i < noun.left_edge.i and c.i != clause.i]
        after = [c for c in root.children if c.dep_ == "punct" and c.i == sent.end - 1]
        clause.head, clause.dep_ = clause, "ROOT"
        _reattach(noun, clause, "npadvmod")
        _reattach(root, noun, "relcl")
        for token in (*before, *after):
            _reattach(token, clause, token.dep_)


def summing_noun_read_into_clause_on_object(doc: Doc, lexicon: Lexicon) -> None:
    """"France blocked an EU statement that named Haftar, a move that Italy criticised", "the GNA rejected a plan calling
    on Haftar to withdraw, a step Cairo welcomed": a noun that sums up the clause (act_nouns, stated_view_nouns), set off
    by a comma at the sentence's end with a relative clause of its own, is hung by the parser on a noun inside the
    relative or participle clause of the main verb's object, which then seems to say it. It sums up the main clause: it
    goes to that object, outside its clause."""
    summing = lexicon.act_nouns | lexicon.stated_view_nouns
    for comma in (doc[i] for i in positions_in(doc, ORTH, COMMA)):
        noun = next((t for t in doc[comma.i + 1 : min(comma.i + 4, len(doc))] if t.lemma_.lower() in summing and t.pos_ == "NOUN"), None)
        if noun is None or noun.left_edge.i != comma.i + 1 or noun.dep_ != "appos" or noun.right_edge.i + 1 < noun.sent.end - 1:
            continue
        if not any(c.dep_ in ("relcl", "acl") for c in noun.children):
            continue
        clause = next((a for a in noun.ancestors if a.dep_ in ("relcl", "acl") and a.pos_ == "VERB"), None)
        if clause is None or clause.head.dep_ != "dobj" or clause.head.i > comma.i:
            continue
        _reattach(noun, clause.head, "appos")
        if doc[comma.i].head.i != noun.i:
            _reattach(doc[comma.i], clause.head, "punct")


def contrastive_not_read_on_first_noun(doc: Doc, lexicon: Lexicon) -> None:
    """"Haftar was a putschist, not a partner for peace", "Turkey is an occupier, not an ally": "not" after a comma
    denies the noun phrase after it, set against the one before; the parser hangs it on the first, which then reads as
    denied. It goes to the noun it stands before."""
    for neg in (doc[i] for i in positions_in(doc, LOWER, NOT_WORD)):
        if neg.lower_ != "not" or neg.dep_ != "neg" or neg.i < 1 or doc[neg.i - 1].text != ",":
            continue
        first = neg.head
        if first.pos_ not in ("NOUN", "PROPN") or first.i > neg.i:
            continue
        denied = next((c for c in first.children if c.dep_ in ("appos", "conj") and c.i > neg.i and c.left_edge.i == neg.i + 1), None)
        if denied is not None:
            _reattach(neg, denied, "neg")


def speech_participle_read_on_reported_clause(doc: Doc, lexicon: Lexicon) -> None:
    """"The GNA said air defences had downed a drone, describing the UAE as the sponsor of the aggression", "Egypt said
    Turkish troops had landed, calling the move a threat": a participle of saying, naming or accusing set off by a comma
    after a reported clause is said by the one who reports it; the parser hangs it on the reported clause's verb,
    whose subject then seems to say it."""
    for participle in (doc[i] for i in positions_in(doc, TAG, VBG_TAG)):
        if participle.tag_ != "VBG" or participle.dep_ != "advcl" or not _says_or_names(participle, lexicon):
            continue
        reported = participle.head
        reporter = reported.head
        if reported.dep_ != "ccomp" or reported.i > participle.i or reporter.i > reported.i or reporter.lemma_.lower() not in lexicon.reporting_verbs:
            continue
        if participle.left_edge.i < 1 or doc[participle.left_edge.i - 1].text != ",":
            continue
        _reattach(participle, reporter, "advcl")


# Event categories (lexicon _categories) of deeds, not words: what a participle after a reporter may go on doing.
DEED_CATEGORIES = frozenset({"aid", "mobilize", "assault", "fight", "coerce", "sanction"})


def participle_after_trailing_reporter(doc: Doc, lexicon: Lexicon) -> None:
    """"The company still operates at al-Jufra, US officials said, protecting Haftar's airbases": a participle of a
    deed (a cue of aid, force or coercion: DEED_CATEGORIES) set off after a reporter that trails its reported clause
    goes on with that clause, whose subject does it; the parser hangs it on the verb of saying. Other participles stay
    the reporter's ("..., Russia said, accusing Washington of lying", "..., Sarraj said, thanking Turkey for its
    support"), as do all after a quotation ("'...,' Haftar said, vowing to ...")."""
    for participle in (doc[i] for i in positions_in(doc, TAG, VBG_TAG)):
        cue = lexicon.verbs.get(participle.lemma_.lower())
        if participle.tag_ != "VBG" or participle.dep_ != "advcl" or cue is None or cue.category not in DEED_CATEGORIES:
            continue
        reporter = participle.head
        if reporter.lemma_.lower() not in lexicon.reporting_verbs or reporter.i > participle.i:
            continue
        if any(t.is_quote for t in doc[reporter.sent.start : reporter.i]):
            continue
        reported = [c for c in reporter.children if c.dep_ == "ccomp" and c.i < reporter.i]
        if not reported or participle.left_edge.i < 1 or doc[participle.left_edge.i - 1].text != ",":
            continue
        if doc[reported[-1].right_edge.i + 1].text != ",":
            continue  # the reporter is set off after its clause ("X did Y, officials said, ...")
        _reattach(participle, reported[-1], "advcl")


def _says_or_names(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of saying, of naming someone something, or of accusing."""
    word = verb.lemma_.lower()
    cue = lexicon.verbs.get(word)
    return word in lexicon.reporting_verbs or word in lexicon.designation_verbs or (cue is not None and cue.category == "accuse")


def adjective_aside_read_as_predicate(doc: Doc, lexicon: Lexicon) -> None:
    """"Egypt backs Haftar, while Turkey and Qatar, more tolerant of Islamists, back the GNA": an adjective's phrase set
    off by commas right after a subject of names is read as the clause's predicate (the names its subject), and the cue
    verb after its closing comma as an adverb or a clause of its own. The adjective describes the names, and the verb
    after it is their clause's verb. Only a verb of the lexicon right after the closing comma (an adverb may come
    first: "..., quietly arm Haftar")."""
    for adjective in (doc[i] for i in positions_in(doc, TAG, ADJECTIVE_TAGS)):
        subject = next((c for c in adjective.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < adjective.i), None)
        if subject is None and adjective.dep_ == "amod" and adjective.head.pos_ == "PROPN" and adjective.head.i < adjective.i:
            # "..., the UAE and Egypt, both hostile to political Islam, back Haftar": read as the names' modifier, with the
            # verb after it taken for an adverb
            _verb_after_adjective_aside(doc, adjective, lexicon)
            continue
        if subject is None or adjective.dep_ not in ("ROOT", "advcl", "ccomp", "conj"):
            continue
        opening = adjective.left_edge.i
        while opening < adjective.i and doc[opening].i <= subject.right_edge.i:
            opening += 1  # the subject (and its list) hang on the adjective too
        if doc[opening].text == ",":
            opening += 1  # (the comma after the subject may hang on the adjective)
        if opening == 0 or doc[opening - 1].text != "," or any(t.pos_ in ("VERB", "AUX") for t in doc[opening : adjective.i]):
            continue
        closing = adjective.right_edge.i + 1
        if closing >= len(doc) or doc[closing].text != ",":
            continue
        at = closing + 1
        while at < len(doc) and doc[at].tag_ == "RB" and not _cue_verb_form(doc[at].lower_, lexicon):
            at += 1  # ("..., quietly arm Haftar"; not "back", which the tagger may read as an adverb)
        verb = doc[at] if at < len(doc) else None
        if verb is None or verb.is_sent_start or not _cue_verb_form(verb.lower_, lexicon) or verb.i in {t.i for t in adjective.subtree}:
            continue
        saved = reading_of(adjective.sent)
        objects_of_adverb = [c for c in verb.children if c.dep_ == "pobj"] if verb.pos_ in ("ADV", "ADP") else []
        if verb.pos_ != "VERB":
            _read_as_finite_verb(verb)
        if verb.i not in {a.i for a in adjective.ancestors}:
            _reattach(verb, adjective.head if adjective.dep_ != "ROOT" else verb, adjective.dep_)
        for child in [c for c in adjective.children if c.dep_ in ("mark", "punct", "cc") and not opening <= c.i < closing]:
            _reattach(child, verb, child.dep_)
        for obj in objects_of_adverb:
            _reattach(obj, verb, "dobj")
        _reattach(subject, verb, "nsubj")
        _reattach(adjective, subject, "amod")
        _reattach(doc[closing], verb, "punct")
        restore_unless_one_tree(adjective.sent, saved)


ADJECTIVE_TAGS = frozenset({"JJ", "JJR"})


def _verb_after_adjective_aside(doc: Doc, adjective: Token, lexicon: Lexicon) -> None:
    """adjective_aside_read_as_predicate where the parser kept the adjective on the names: a cue verb form it did not
    read as a verb right after the aside's closing comma, and a name after it, are the names' verb and its object."""
    subject = adjective.head
    opening = adjective.left_edge.i
    # the first comma after the adjective with a cue verb form after it (the parser may have hung the verb and its
    # object inside the adjective's phrase)
    closing = next(
        (k for k in range(adjective.i + 1, min(adjective.right_edge.i + 2, len(doc) - 2)) if doc[k].text == "," and _cue_verb_form(doc[k + 1].lower_, lexicon)),
        None,
    )
    if doc[opening - 1].text != "," or closing is None:
        return
    verb = doc[closing + 1]
    if verb.pos_ == "VERB" or not _cue_verb_form(verb.lower_, lexicon) or subject.dep_ not in ("appos", "ROOT", "dep", "npadvmod"):
        return
    end = _name_phrase_end(doc, closing + 2, verb.sent.end)
    if end is None or (end < verb.sent.end and not doc[end].is_punct):
        return
    saved = reading_of(verb.sent)
    _read_as_finite_verb(verb)
    if subject.dep_ == "ROOT":
        _reattach(verb, verb, "ROOT")
    else:
        _reattach(verb, subject.head, "parataxis")
    _reattach(subject, verb, "nsubj")
    _reattach(doc[closing], verb, "punct")
    name = doc[end - 1]
    _reattach(name, verb, "dobj")
    _attach_name(doc, closing + 2, name)
    restore_unless_one_tree(verb.sent, saved)


def _cue_verb_form(word: str, lexicon: Lexicon) -> bool:
    """A form of a cue verb of the lexicon: its base, its third person in -s or its past in -ed ("back", "backs",
    "backed", "stand", "arms")."""
    return word in lexicon.verbs or (word.endswith("s") and word[:-1] in lexicon.verbs) or _cue_verb_of_past_form(word, lexicon) is not None
