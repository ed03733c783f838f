"""Coreference inside one article: epithets ("the renegade general", "the Gulf
state") stand for the actor they describe that was named most recently before
them (salience by recency), never for an actor the article has not named yet.
Which epithet may mean which actors is data: data/dictionary/epithets.jsonl.

"It"/"its" at the start of a sentence stand for the previous sentence's subject
when that was one state, government or group (`resolve_it`). Role nouns ("the diplomat", "the minister") stand for the person named most
recently, within PERSON_REACH sentences, unless the phrase names its own owner
("Turkey's foreign minister"). A title directly before a name ("warlord Khalifa Haftar", "strongman Muammar
Gaddafi") is not an epithet: the name says who it is.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extract.dictionary import DEFAULT_DICTIONARY_DIR
from extract.mentions import PERSON_KINDS, ActorSpan, quoted_tokens

EPITHETS_FILE = "epithets.jsonl"
EPITHET_KIND = "epithet"
PERSON_EPITHET_KIND = "person epithet"
# How many sentences back "the minister" may look for the person it stands for.
PERSON_REACH = 6


class EpithetError(ValueError):
    """epithets.jsonl cannot be used; the message names the line."""


@dataclass(frozen=True)
class Epithet:
    """`actors`: the actors the words may stand for; `person`: they stand for the
    person named most recently ("the diplomat", "the minister"), whoever that is."""

    words: str
    actors: tuple[str, ...]
    person: bool = False
    # Stands for its actor wherever the article names that actor, before or after ("Russian mercenaries": Wagner).
    anywhere: bool = False


def load_epithets(folder: Path = DEFAULT_DICTIONARY_DIR, known: frozenset[str] | None = None) -> list[Epithet]:
    """Read epithets.jsonl (absent: none); `known` actor ids, when given, are checked."""
    path = Path(folder) / EPITHETS_FILE
    if not path.exists():
        return []
    epithets = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            words, actors, person = entry["epithet"], tuple(entry.get("actors", ())), bool(entry.get("person", False))
            anywhere = bool(entry.get("anywhere", False))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise EpithetError(f"{path}:{number}: expected {{\"epithet\": ..., \"actors\": [...]}} or {{\"epithet\": ..., \"person\": true}} ({error}).") from error
        unknown = [a for a in actors if known is not None and a not in known]
        if not words.strip() or bool(actors) == person or unknown:
            raise EpithetError(f"{path}:{number}: needs words and either actor ids from the dictionary or \"person\": true (unknown: {unknown}).")
        epithets.append(Epithet(words, actors, person, anywhere))
    return epithets


class EpithetResolver:
    def __init__(self, nlp: Language, epithets: Sequence[Epithet]) -> None:
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._epithets: dict[int, Epithet] = {}
        for number, epithet in enumerate(epithets):
            key = nlp.vocab.strings.add(f"epithet-{number}")
            self._epithets[key] = epithet
            self._matcher.add(f"epithet-{number}", [nlp.make_doc(epithet.words.lower())])

    def resolve(self, docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]]) -> list[list[ActorSpan]]:
        """Each paragraph's mentions plus its resolved epithets, in article order."""
        last_seen: dict[str, tuple[int, int]] = {}  # actor -> (sentence, token) of its latest mention
        named_anywhere = {m.actor_id for found in mentions for m in found}
        # (sentence, actor) of the latest person named, inside quotations or outside them: outside
        # a quotation "the diplomat" is the last person named outside one.
        last_person: dict[bool, tuple[int, str] | None] = {True: None, False: None}
        sentence = 0
        resolved = []
        for doc, found in zip(docs, mentions):
            taken = {i for m in found for i in m.token_ids}
            events: list[tuple[int, int, ActorSpan | tuple[Epithet, object]]] = [(m.span.start, 1, m) for m in found]
            for match_id, start, end in self._matcher(doc):
                span = doc[start:end]
                if taken.intersection(range(start, end)) or _names_follow(doc, end, taken) or _owned(span, taken):
                    continue
                events.append((start, 0, (self._epithets[match_id], span)))
            starts = [s.start for s in doc.sents]
            inside = quoted_tokens(doc)
            added = []
            number = sentence
            for start, _, event in sorted(events, key=lambda e: e[:2]):
                number = sentence + max(bisect_right(starts, start) - 1, 0)
                if isinstance(event, ActorSpan):
                    last_seen[event.actor_id] = (number, start)
                    if event.kind == "official":
                        last_person[True] = (number, event.actor_id)
                        if start not in inside:
                            last_person[False] = last_person[True]
                    continue
                epithet, span = event
                if epithet.person:
                    person = last_person[start in inside]
                    if person is not None and number - person[0] <= PERSON_REACH:
                        added.append(ActorSpan(person[1], PERSON_EPITHET_KIND, span))
                    continue
                seen = [(last_seen[a], a) for a in epithet.actors if a in last_seen]
                if not seen and epithet.anywhere:
                    seen = [((-1, -1), a) for a in epithet.actors if a in named_anywhere]
                if seen:
                    added.append(ActorSpan(max(seen)[1], EPITHET_KIND, span))
            sentence += len(starts)
            resolved.append(sorted([*found, *added], key=lambda m: m.span.start))
        return resolved


# Modifiers that say whose the thing named is; a clause on it ("the renegade general, backed
# by Egypt", "the general who attacked the GNA") names other actors, not its owner.
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod", "det"})


def _owned(span: Span, taken: set[int]) -> bool:
    """"Turkey's foreign minister", "the Turkish minister", "the minister of Turkey": a name in the phrase says whose."""
    owners = [c for c in span.root.children if c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ == "of")]
    return any(t.i in taken for c in owners for t in c.subtree if t.i < span.start or t.i >= span.end)


def _names_follow(doc: Doc, end: int, taken: set[int]) -> bool:
    """"warlord Khalifa Haftar": the epithet is a title of the name after it."""
    return end < len(doc) and (end in taken or doc[end].pos_ == "PROPN")




def resolve_it(docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], expletive_verbs: frozenset[str]) -> list[list[ActorSpan]]:
    """Add "it"/"its" mentions, where no actor is named before them in their own
    sentence, for the actor that was the last single-actor subject of the sentence
    before, when that is a state, government or group (a person is "he",
    extract.mentions). Inside one sentence the clause rules decide ("Greece
    criticized Turkey for its support": its is Turkey; extract.relations.context).
    `expletive_verbs`: "it" as their subject is empty ("it is likely"). Paragraphs
    are given in article order."""
    resolved = []
    previous: str | None = None  # the last single-actor subject of the sentence before
    for doc, found in zip(docs, mentions):
        by_token = {i: m for m in found for i in m.token_ids}
        added = []
        for sent in doc.sents:
            subject: str | None = None
            named = False
            for token in sent:
                mention = by_token.get(token.i)
                if mention is not None:
                    named = True
                    if token.i == mention.root.i and token.dep_ in ("nsubj", "nsubjpass") and mention.kind not in PERSON_KINDS:
                        subject = None if any(c.dep_ == "conj" for c in token.children) else mention.actor_id
                    continue
                if named or previous is None or token.lower_ not in ("it", "its") or token.tag_ not in ("PRP", "PRP$"):
                    continue
                if token.lower_ == "it" and token.head.lemma_.lower() in expletive_verbs:
                    continue
                added.append(ActorSpan(previous, "pronoun", doc[token.i : token.i + 1]))
            previous = subject
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start))
    return resolved
