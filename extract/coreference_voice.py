"""Whose forces "the Libyan army" and "the militias" are: the camp the words are spoken for.

Each camp of the war calls its own forces "the Libyan army": Tripoli's press and its backers' (Anadolu) the GNA's,
the east's (al-Marsad, Egyptian papers) Haftar's; and each calls the other's forces by its own names: "the aggressor",
"the militias" in Tripoli's words are Haftar's, "the terrorist militias" in the east's are Tripoli's. Neutral wire copy
names both by their names, and the epithets (data/dictionary/epithets.jsonl) read "the Libyan army" as the LNA only
where the article has granted it that name, or as a side's forces in that side's own words.

Whose words a phrase is in: the speaker's, when it is in what a speaker of one camp says (its forces, its government or
a state that backs it: "Akar said the Libyan army ...", "al-Mismari said the militias ..."); otherwise, outside
quotation marks, the article's own, and an article shows which camp it speaks for by what it calls the other: "the
putschist Haftar", "Haftar's militias" on one side; "the Turkish occupation", "the Accord militias" on the other. An
article whose own words carry one camp's names for the other and none of the other camp's speaks for that camp; one
with both or neither speaks for none, and its phrases stay unread. Names inside quotation marks, and what someone is
said to call someone ("Erdogan called Haftar a putschist"), are not the article's words.

In a camp's words, its army (`words`) is its own forces: the GNA's until 14 March 2021 and the GNU's after, or the
LNA's; and its names for the other (`the_other_as`, after "the") are the other camp's forces. The camps, their
speakers and their names are data (data/dictionary/outlet_voice.json).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Span

from extract.coreference import EPITHET_KIND, sayer
from extract.dictionary import DEFAULT_DICTIONARY_DIR
from extract.mentions import ActorSpan, quoted_tokens
from extract.relations.grammar import doc_text  # (Doc.text joins a Token of every word on each call)

VOICE_FILE = "outlet_voice.json"
# Prepositions after the words that say which forces are meant, other than by whose voice: "the militias of Misrata".
WHICH_PREPS = frozenset({"of", "from", "in", "at", "based"})


class VoiceError(ValueError):
    """outlet_voice.json is malformed; the message names the file and what to fix."""


@dataclass(frozen=True)
class Camp:
    name: str
    actors: tuple[tuple[str, str, str], ...]  # (actor id, from, until) of its forces; dates yyyy-mm-dd or ""
    speakers: frozenset[str]  # whose words are the camp's: its forces, its government, its backers
    names_for_the_other: re.Pattern[str]  # in the article's own words, these say it speaks for the camp
    the_other_as: re.Pattern[str] | None  # after "the", in the camp's words: the other camp's forces

    def actor_on(self, date: str) -> str | None:
        """The actor whose forces the camp's are on `date` (undated: the first one listed)."""
        for actor, since, until in self.actors:
            if not date or ((not since or since <= date) and (not until or date <= until)):
                return actor
        return None


@dataclass(frozen=True)
class OutletVoice:
    words: re.Pattern[str]
    camps: tuple[Camp, Camp]
    reported_by: frozenset[str]

    @property
    def version(self) -> str:
        return repr((self.words.pattern, self.camps, sorted(self.reported_by)))

    def other(self, camp: Camp) -> Camp:
        return self.camps[1] if camp is self.camps[0] else self.camps[0]


def _phrases(words: Sequence[str]) -> re.Pattern[str]:
    """One case-blind pattern of whole-word phrases, longest first."""
    if not all(isinstance(w, str) and w.strip() for w in words):
        raise TypeError("phrases must be non-empty strings")
    alternatives = sorted({re.escape(w.strip().lower()) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def load_outlet_voice(folder: Path = DEFAULT_DICTIONARY_DIR, known: frozenset[str] | None = None) -> OutletVoice | None:
    """Read outlet_voice.json (absent: None, and nothing speaks for a camp); `known` actor ids, when given, are checked."""
    path = Path(folder) / VOICE_FILE
    if not path.exists():
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        camps = []
        for camp in entry["camps"]:
            actors = tuple((a["id"], a.get("from", ""), a.get("until", "")) for a in camp["actors"])
            speakers = frozenset(camp.get("speakers", ()))
            if not actors or not camp["names_for_the_other"]:
                raise TypeError(f"camp {camp.get('camp')!r} needs actors and names_for_the_other")
            unknown = sorted(a for a in {a for a, _, _ in actors} | speakers if known is not None and a not in known)
            if unknown:
                raise TypeError(f"unknown actor ids {unknown}")
            the_other_as = camp.get("the_other_as", [])
            camps.append(Camp(camp["camp"], actors, speakers, _phrases(camp["names_for_the_other"]), _phrases(the_other_as) if the_other_as else None))
        if len(camps) != 2 or not entry["words"]:
            raise TypeError("needs words and two camps")
        voice = OutletVoice(_phrases(entry["words"]), (camps[0], camps[1]), frozenset(w.lower() for w in entry.get("reported_by", ())))
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
        raise VoiceError(f"{path}: expected {{\"words\": [...], \"camps\": [two of {{\"camp\": ..., \"actors\": [{{\"id\": ...}}], \"names_for_the_other\": [...]}}]}} ({error}).") from error
    return voice


def _own_words(doc: Doc, start: int, end: int, reported_by: frozenset[str]) -> bool:
    """Whether the characters start..end are the article's own words: not quoted, and not what a verb of calling
    says someone is ("called Haftar a putschist", "branded them Erdogan's mercenaries")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start in quoted_tokens(doc):
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in reported_by:
        return True
    # the caller's own name for someone is still the article's words ("Haftar's militias called the move ...")
    return any(s.left_edge.i <= span.start <= s.right_edge.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))


def speaking_camp(docs: Sequence[Doc], voice: OutletVoice) -> Camp | None:
    """The one camp whose names for the other the article uses in its own words; None for both or neither."""
    using = [
        camp for camp in voice.camps
        if any(_own_words(doc, m.start(), m.end(), voice.reported_by) for doc in docs for m in camp.names_for_the_other.finditer(doc_text(doc).replace("\u2019", "'")))
    ]
    return using[0] if len(using) == 1 else None


def _stands_alone(span: Span, taken: set[int]) -> bool:
    """The phrase is a whole reference after "the" (or "Libya's"), and names no owner of its own ("the militias of
    the GNA", "the Libyan army of Egypt" say whose)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or not (before.lower_ == "the" or (before.tag_ == "POS" and before.i > 0 and doc[before.i - 1].lower_ == "libya")):
        return False
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # "the militias leaders": the words modify another noun
    if any(c.dep_ == "prep" and c.lower_ in WHICH_PREPS and c.i >= span.end for c in span.root.children):
        return False  # "the militias of Misrata", "the militias in Zawiya": which ones, said otherwise
    return not any(t.i in taken for t in span.root.subtree if not span.start <= t.i < span.end)


def _voice_of(span: Span, by_token: dict[int, ActorSpan], voice: OutletVoice, article_camp: Camp | None) -> Camp | None:
    """The camp whose words the phrase is in: a camp's speaker's ("al-Mismari said ..."), else, outside quotation
    marks, the article's."""
    said_by = sayer(span, by_token)
    for camp in voice.camps:
        if said_by in camp.speakers:
            return camp
    return None if span.start in quoted_tokens(span.doc) else article_camp


def resolve_outlet_voice(docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], date: str, voice: OutletVoice | None) -> list[list[ActorSpan]]:
    """Each paragraph's mentions, plus a camp's army (voice.words) as its own forces and its names for the other
    (Camp.the_other_as) as the other camp's, in that camp's words, wherever no mention covers the words already."""
    if voice is None:
        return list(mentions)
    patterns = [(voice.words, False)] + [(camp.the_other_as, True) for camp in voice.camps if camp.the_other_as is not None]
    if not any(pattern.search(doc_text(doc)) for pattern, _ in patterns for doc in docs):
        return list(mentions)
    article_camp = speaking_camp(docs, voice)
    resolved = []
    for doc, found in zip(docs, mentions):
        taken = {i for m in found for i in m.token_ids}
        by_token = {i: m for m in found for i in m.token_ids}
        added: list[ActorSpan] = []
        for pattern, of_the_other in patterns:
            for match in pattern.finditer(doc_text(doc)):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None or not taken.isdisjoint(range(span.start, span.end)) or not _stands_alone(span, taken):
                    continue
                camp = _voice_of(span, by_token, voice, article_camp)
                if camp is None or (of_the_other and camp.the_other_as is not pattern):
                    continue
                actor = (voice.other(camp) if of_the_other else camp).actor_on(date)
                if actor is not None:
                    added.append(ActorSpan(actor, EPITHET_KIND, span))
                    taken.update(range(span.start, span.end))
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return resolved
