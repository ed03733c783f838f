"""Descriptive definites of a kind of actor: "the beleaguered administration", "the divided chamber", "the
notorious group". A definite noun phrase whose head noun names a kind of actor (data/lexicon/relations.json
coref_kind_nouns: noun -> the dictionary types it fits) and whose other words are plain descriptive ones stands
for the one actor of a fitting type named shortly before it (in its sentence, or in the KIND_REACH sentences
before). Not for its own clause's subject ("The Turkish government sent advisers to the besieged administration":
not Turkey), and with two fitting actors for neither: "Ankara and the GNA signed a deal. Greece condemned the
administration" is unsure, since a state has an administration too. A word that says which one is meant
(coref_kind_selecting_words: "the rival administration", "the new government", "the eastern chamber"), a
capitalised one ("the Libyan government"), a number, a superlative or an of/in-phrase ("the group of experts")
makes the phrase name another. The bare nouns the epithets dictionary reads ("the government", "the group") are
left to it (extract.coreference.EpithetResolver), which runs before.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Collection, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from extract.coreference import EPITHET_KIND, _says_which
from extract.mentions import ActorSpan
from extract.relations.grammar import doc_text

# How many sentences before its own the actor a kind definite stands for may have been named.
KIND_REACH = 2
# Dependencies of a phrase that describes a noun beside it ("the LNA, the strongest armed group"): no reference.
DESCRIBING_DEPS = frozenset({"attr", "appos"})
# Prepositions whose phrase on the noun says which one it is ("the government in Cairo"); "of" is read as the
# epithets read it ("the group of experts", not "accused the group of planting mines": extract.coreference._says_which).
WHICH_PREPS = frozenset({"in", "at", "from", "based"})
# Tags of modifiers that say which one of several it is ("the largest militia", "the two governments").
WHICH_TAGS = frozenset({"JJS", "RBS", "CD", "JJR"})
# Dependencies a descriptive word may have before the head noun: adjectives, their adverbs, participles, common nouns.
DESCRIPTIVE_DEPS = frozenset({"amod", "advmod", "compound", "nmod", "punct", "npadvmod"})
# Subject dependencies: the actors of a clause's subject are not what a definite in the clause stands for.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Clauses that share the subject of the verb above them when they have none of their own ("Turkey pledged to
# support the fledgling administration", "Turkey would send troops to protect the besieged administration").
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl"})


def _kind_words(nouns: Collection[str]) -> re.Pattern[str]:
    """The kind nouns as one pattern: a paragraph without one (most) is passed over before any Token is made."""
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)), re.IGNORECASE)


def _descriptive(noun: Token, selecting: Collection[str], by_token: Mapping[int, ActorSpan]) -> Span | None:
    """The phrase "the ... noun" when everything between "the" and the noun is a lower-case descriptive word that names
    no actor and says nothing of which one it is; None otherwise ("the rival administration", "the Libyan
    government", "the two groups", "Turkey's government")."""
    doc = noun.doc
    left = [t for t in doc[noun.left_edge.i : noun.i]]
    if not left or left[0].lower_ != "the" or left[0].dep_ != "det" or left[0].head.i != noun.i:
        return None
    for token in left[1:]:
        if token.i in by_token or token.lower_ in selecting or token.tag_ in WHICH_TAGS:
            return None
        if token.is_punct:
            if token.text != "-":
                return None
            continue
        if not token.text.islower() or token.dep_ not in DESCRIPTIVE_DEPS or token.pos_ == "PROPN":
            return None
    if any(c.dep_ == "prep" and c.lower_ in WHICH_PREPS and c.i > noun.i for c in noun.children):
        return None
    if _says_which(doc[noun.i : noun.i + 1]):
        return None
    return doc[left[0].i : noun.i + 1]


def clause_subjects(token: Token, by_token: Mapping[int, ActorSpan], outside: Token | None = None) -> set[str]:
    """The actors of the subject of the clause `token` is in, climbing through clauses that share it ("Turkey
    pledged to support ...", "Turkey trained and armed ..."); with `outside`, not those named inside its phrase ("the
    paramilitary, led by Hemedti, sent troops": who leads the subject is not another subject)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    inside = {t.i for t in outside.subtree} if outside is not None else set()
    return {by_token[t.i].actor_id for s in subjects for t in s.subtree if t.i in by_token and t.i not in inside}


def resolve_kind_definites(
    docs: Sequence[Doc],
    mentions: Sequence[list[ActorSpan]],
    kind_nouns: Mapping[str, frozenset[str]],
    selecting: Collection[str],
    bare_epithets: Collection[str],
    actor_types: Mapping[str, str],
) -> list[list[ActorSpan]]:
    """Each paragraph's mentions plus an epithet mention on each kind definite resolved (module docstring).
    Paragraphs are given in article order."""
    if not kind_nouns:
        return [list(found) for found in mentions]
    asking = _kind_words(kind_nouns)
    resolved: list[list[ActorSpan]] = []
    # (sentence number, actor) of the mentions of the last KIND_REACH sentences of the paragraphs before
    earlier: list[tuple[int, str]] = []
    number = 0
    for doc, found in zip(docs, mentions):
        text = doc_text(doc)
        starts = [s.start for s in doc.sents]
        here = _numbered(starts, found, number)
        if asking.search(text) is None:
            earlier = [*earlier, *((at, actor) for at, _, actor in here)][-64:]
            number += len(starts)
            resolved.append(list(found))
            continue
        by_token = {i: m for m in found for i in m.token_ids}
        added = []
        for match in asking.finditer(text):
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1:
                continue
            noun = span[0]
            if noun.i in by_token or noun.tag_ != "NN" or noun.dep_ in DESCRIBING_DEPS:
                continue
            phrase = _descriptive(noun, selecting, by_token)
            if phrase is None or (len(phrase) == 2 and noun.lower_ in bare_epithets):
                continue
            sentence = number + bisect_right(starts, noun.i) - 1
            own = clause_subjects(noun, by_token, outside=noun)
            fits = kind_nouns[noun.lower_]
            before = [
                actor
                for at, start, actor in here
                if (at < sentence or start < phrase.start) and sentence - at <= KIND_REACH
            ] + [actor for at, actor in earlier if sentence - at <= KIND_REACH]
            candidates = {a for a in before if actor_types.get(a) in fits and a not in own}
            if len(candidates) == 1:
                added.append(ActorSpan(next(iter(candidates)), EPITHET_KIND, phrase))
        earlier = [*earlier, *((at, actor) for at, _, actor in here)][-64:]
        number += len(starts)
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start))
    return resolved


def _numbered(starts: Sequence[int], found: Sequence[ActorSpan], first: int) -> list[tuple[int, int, str]]:
    """(sentence number, token, actor) of each mention of a paragraph whose sentences start at `starts` and whose first
    sentence is number `first`."""
    return [(first + bisect_right(starts, m.span.start) - 1, m.span.start, m.actor_id) for m in found]
