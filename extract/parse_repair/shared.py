"""What the repairs share: the one-pass index of where their trigger words are, reattaching a token, and
the small readers of names, lists and verbs that more than one family of repairs uses.
"""
from __future__ import annotations

import functools

from spacy.attrs import LEMMA, LOWER, ORTH, TAG
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.relations.grammar import ALONGSIDE_PREPS

LIST_CONJUNCTIONS = frozenset({"and", "or"})


# Prepositions that say whom an action is aimed at or done beside; a name does not take them.
ACTION_PREPS = frozenset({"against"}) | ALONGSIDE_PREPS


INDEX_KEY = "parse_repair_index"


HYPHEN_FORMS = frozenset({"-", "‐"})


VERBS = frozenset({"VERB"})


# Punctuation and tags several families of repairs start from (positions_in reads the parse's arrays).
COLON = frozenset({":"})
COMMA = frozenset({","})
VBG_TAG = frozenset({"VBG"})


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
    # (a cue verb's past form read as an adjective counts: "Russia armed Haftar's forces", verbless_clause_with_cue)
    return word, tuple(lists), base in lexicon.verbs or (word.endswith("ed") and word[:-2] in lexicon.verbs)


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


def reading_of(sent: Span) -> list[tuple[int, str, str, str]]:
    """Each word's head, label, tag and coarse tag: the parser's reading, kept before a repair that may not foresee
    a shape (restore_unless_one_tree)."""
    return [(t.head.i, t.dep_, t.tag_, t.pos_) for t in sent]


def restore_unless_one_tree(sent: Span, saved: list[tuple[int, str, str, str]]) -> None:
    """After a repair: a sentence that is no longer one tree was a shape the mending did not foresee, and the reading
    kept before it (reading_of) comes back."""
    if one_tree(sent):
        return
    doc = sent.doc
    for token, (head, dep, tag, pos) in zip(sent, saved):
        token.head, token.dep_, token.tag_, token.pos_ = doc[head], dep, tag, pos


def one_tree(sent: Span) -> bool:
    """Every word of the sentence reaches its one root without a cycle."""
    roots = [t for t in sent if t.head.i == t.i]
    if len(roots) != 1:
        return False
    for token in sent:
        node, steps = token, 0
        while node.head.i != node.i:
            node, steps = node.head, steps + 1
            if steps > len(sent) or not sent.start <= node.i < sent.end:
                return False
    return True


def _take_place(token: Token, of: Token) -> None:
    """`token` takes `of`'s place in the parse: the root if `of` was, else `of`'s head with its label."""
    if of.dep_ == "ROOT":
        token.head, token.dep_ = token, "ROOT"
    else:
        _reattach(token, of.head, of.dep_)


@functools.lru_cache(maxsize=8)
def _plural_forms(nouns: frozenset[str]) -> frozenset[str]:
    return frozenset(form for noun in nouns for form in (noun, f"{noun}s", f"{noun}es"))


def _names_someone(noun: Token) -> bool:
    """"by the LNA", "by Haftar's forces", "by Turkish drones" (not "by phone", "by night")."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "ADJ") for c in noun.children)


def _cue_verb_of_past_form(word: str, lexicon: Lexicon) -> str | None:
    """The cue verb a form in -ed is the past of ("advanced": advance, "armed": arm), or None."""
    base = word[:-1] if word[:-1] in lexicon.verbs else word[:-2]
    return base if base in lexicon.verbs else None


CLAUSE_SEPARATORS = frozenset({",", ";", "and", "but", "while", "whereas"})


# Separators that open a subordinate clause ("while Qatar funds the GNA").
SUBORDINATORS = frozenset({"while", "whereas"})


def _skip_adverbs(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].tag_ == "RB":
        i += 1
    return i


def verb_of_gerund(word: str, lexicon: Lexicon) -> str | None:
    """The lexicon verb an -ing form is of ("mediating" -> mediate, "shuttling" -> shuttle, "hosting" -> host)."""
    stem = word[: -len("ing")]
    for base in (stem, stem + "e", stem[:-1]):
        if base in lexicon.verbs:
            return base
    return None


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


def _name_phrase_end(doc: Doc, i: int, end: int) -> int | None:
    """Where a name phrase starting at token i ends ("the United Arab Emirates", "Fayez al-Sarraj": a hyphen
    written between two names is inside the name), or None."""
    if i >= end:
        return None  # a sentence of punctuation alone ('"""') has no clause start inside it
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


def _list_head(token: Token) -> Token:
    """The first member of the coordination `token` belongs to."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


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


def _takes_prep(noun: Token, prep: Token, lexicon: Lexicon) -> bool:
    """The lexicon has the noun as a cue taking this preposition ("talks between", "a red line for")."""
    cue = lexicon.nouns.get(noun.lemma_.lower())
    modified = " ".join([c.lower_ for c in noun.children if c.dep_ == "amod" and c.i == noun.i - 1] + [noun.lemma_.lower()])
    return (cue is not None and prep.lower_ in cue.preps) or (modified in lexicon.red_line_words and prep.lower_ == "for")


OBJECT_PRONOUN_NUMBER = {"it": False, "them": True, "him": False, "her": False}


_ROLE_NOUNS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _role_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The noun cues that say who someone is (identity: backer, patron, ally), worked out once per lexicon (the lexicon
    is kept beside them, as the other such tables are: an id may be another lexicon's once the first is gone)."""
    held = _ROLE_NOUNS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        held = _ROLE_NOUNS[id(lexicon)] = (lexicon, frozenset(word for word, cue in lexicon.nouns.items() if cue.identity is not None))
    return held[1]
