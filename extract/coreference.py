"""Coreference inside one article: epithets ("the renegade general", "the Gulf
state") stand for the actor they describe that was named most recently before
them (salience by recency), never for an actor the article has not named yet.
Which epithet may mean which actors is data: data/dictionary/epithets.jsonl.

A title directly before a name ("warlord Khalifa Haftar", "strongman Muammar
Gaddafi") is not an epithet: the name says who it is.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.dictionary import DEFAULT_DICTIONARY_DIR
from extract.mentions import ActorSpan

EPITHETS_FILE = "epithets.jsonl"
EPITHET_KIND = "epithet"


class EpithetError(ValueError):
    """epithets.jsonl cannot be used; the message names the line."""


@dataclass(frozen=True)
class Epithet:
    words: str
    actors: tuple[str, ...]


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
            words, actors = entry["epithet"], tuple(entry["actors"])
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise EpithetError(f"{path}:{number}: expected {{\"epithet\": ..., \"actors\": [...]}} ({error}).") from error
        unknown = [a for a in actors if known is not None and a not in known]
        if not words.strip() or not actors or unknown:
            raise EpithetError(f"{path}:{number}: needs words and actor ids from the dictionary (unknown: {unknown}).")
        epithets.append(Epithet(words, actors))
    return epithets


class EpithetResolver:
    def __init__(self, nlp: Language, epithets: Sequence[Epithet]) -> None:
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._actors: dict[int, tuple[str, ...]] = {}
        for number, epithet in enumerate(epithets):
            key = nlp.vocab.strings.add(f"epithet-{number}")
            self._actors[key] = epithet.actors
            self._matcher.add(f"epithet-{number}", [nlp.make_doc(epithet.words.lower())])

    def resolve(self, docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]]) -> list[list[ActorSpan]]:
        """Each paragraph's mentions plus its resolved epithets, in article order."""
        last_seen: dict[str, int] = {}  # actor -> position (paragraph, token) of its latest mention
        resolved = []
        for number, (doc, found) in enumerate(zip(docs, mentions)):
            taken = {i for m in found for i in m.token_ids}
            events = [((m.span.start, 1), m) for m in found]
            for match_id, start, end in self._matcher(doc):
                if taken.intersection(range(start, end)) or _names_follow(doc, end, taken):
                    continue
                events.append(((start, 0), (self._actors[match_id], doc[start:end])))
            added = []
            for (start, _), event in sorted(events, key=lambda e: e[0]):
                if isinstance(event, ActorSpan):
                    last_seen[event.actor_id] = (number, start)
                    continue
                candidates, span = event
                seen = [(last_seen[a], a) for a in candidates if a in last_seen]
                if seen:
                    added.append(ActorSpan(max(seen)[1], EPITHET_KIND, span))
                    taken.update(range(span.start, span.end))
            resolved.append(sorted([*found, *added], key=lambda m: m.span.start))
        return resolved


def _names_follow(doc: Doc, end: int, taken: set[int]) -> bool:
    """"warlord Khalifa Haftar": the epithet is a title of the name after it."""
    return end < len(doc) and (end in taken or doc[end].pos_ == "PROPN")
