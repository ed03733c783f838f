"""Actor mentions: where the text names an actor, found with spaCy PhraseMatchers
built from the actor dictionary.

Matching is case- and accent-insensitive (Shoigú = Shoigu, Çavusoglu = Çavuşoğlu),
except short all-capital aliases (UN, US, GNA) which must match as written so
that "us" is not the United States. Capitals and institutions (metonyms) stand
for their actor only as an argument ("Ankara accused ..."), not as a place
("talks in Moscow"). A demonym and the noun of a two-word alias made of them name the alias's actor with the
noun's modifiers between ("Russian state-backed PMCs": Wagner, as "Russian PMCs"). "He"/"his" take the most recent person named; a subject "he"
with no person before it in its sentence takes the person that was the subject of the
sentence before, and "him" after it the other person (_subject_first). The last word of an official's full name is
that person alone later in the article ("Ben Wallace ... Wallace said": _surnames_alone).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Collection, Iterable, Iterator

from spacy.attrs import LOWER, NORM, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore, get_string_id
from spacy.symbols import PROPN as PROPN_POS
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.dictionary import ActorDictionary, DatedAlias, is_case_sensitive, spelling_variants, surface_key
from extract.lexicon import Lexicon
from extract.folding import fold

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
PERSON_PRONOUN_HASHES = frozenset(map(get_string_id, PERSON_PRONOUNS))  # as the parse's arrays hold them
# Mentions that name a person: officials, and role nouns resolved to one ("the diplomat", extract.coreference).
PERSON_KINDS = frozenset({"official", "person epithet"})
# Kinds of mention that stand for whichever of several actors a phrase fits (extract.coreference reads them): the
# war's sides ("the rival factions"), a group named before ("the two countries"), a pair ("the two men").
SIDES_KIND = "sides"
GROUP_REFERENCE_KIND = "group reference"
PAIR_REFERENCE_KIND = "pair reference"
# a pronoun or definite noun read as the authors of an act named before (extract.coreference.resolve_act_references)
ACT_REFERENCE_KIND = "act reference"
# An epithet or definite description resolved to an actor ("the renegade general", "Turkish-backed forces";
# extract.coreference and the modules beside it make them).
EPITHET_KIND = "epithet"
# A place a sentence after it says someone held (extract.coreference_places): a mention of the holder.
HELD_PLACE_KIND = "held place"
# The war's country as where aid is sent, a mention of the side that receives it (extract.coreference_destinations).
DESTINATION_KIND = "aid destination"
SHARED_REFERENCE_KINDS = frozenset({SIDES_KIND, GROUP_REFERENCE_KIND, PAIR_REFERENCE_KIND})
# How many sentences back "he" may look for the person it stands for.
PRONOUN_REACH = 3
# Tokens allowed between two mentions of one actor that still name it once
# ("Russian Defense Minister Sergei Shoigu").
MERGE_GAP_POS = frozenset({"PROPN", "NOUN", "ADJ"})
MERGE_MAX_GAP = 4


@dataclass(frozen=True)
class ActorSpan:
    """A mention inside one parsed paragraph: tokens [start, end) name `actor_id`."""

    actor_id: str
    kind: str
    span: Span

    @property
    def root(self) -> Token:
        return self.span.root

    @property
    def token_ids(self) -> range:
        return range(self.span.start, self.span.end)


def _variants(surface: str, written: set[str]) -> list[str]:
    """The other spellings of `surface` ("U.N.-recognised government" for "UN-recognised government",
    extract.dictionary.spelling_variants) that are no name the dictionary writes out: a written name keeps its actor."""
    return [form for form in spelling_variants(surface) if surface_key(form) not in written]


def _plural(demonym: str) -> str | None:
    if demonym.lower().endswith(("s", "sh", "ch", "ese")):
        return None
    return demonym + "s"


class MentionFinder:
    """Finds actor mentions in parsed paragraphs."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary, lexicon: Lexicon) -> None:
        self._folded = PhraseMatcher(nlp.vocab, attr="NORM")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._labels: dict[int, tuple[str, str]] = {}
        self._windows: dict[int, DatedAlias] = {}
        self._lexicon = lexicon
        self.person_actors: dict[str, str] = {}
        # The names of persons, folded: "Haftar's forces" (an alias) names Haftar too, whom "he" may go back to.
        self._person_names = frozenset(surface.lower() for surface, _, kind in dictionary.surface_forms() if kind in PERSON_KINDS)
        # The actors that are governments ("his government" of one of their people: _government_of_other)
        self._governments = frozenset(entry.id for entry in dictionary.actors.values() if entry.type == GOVERNMENT_TYPE and not entry.ignore)
        # The states whose people the dictionary names: the parties to the war's coverage a flag may stand for
        self._igos = frozenset(entry.id for entry in dictionary.actors.values() if entry.type == "IGO")
        self._states_with_officials = frozenset(
            entry.id for entry in dictionary.actors.values() if entry.officials or any(a.kind == "official" for a in entry.dated_aliases)
        )
        # Armed, mercenary and militant groups by their country, and states by theirs: "the Russian group" after Wagner
        # (_organisations_by_demonym)
        self._organisation_country = {
            entry.id: entry.country_code for entry in dictionary.actors.values() if entry.type in ORGANISATION_TYPES and entry.country_code and not entry.ignore
        }
        self._state_country = {entry.id: entry.country_code for entry in dictionary.actors.values() if entry.type == "state"}
        # The actors a bare description ("government forces") may name in some window: none is another government to it
        self._bare_actors = frozenset(actor_id for alias, actor_id in dictionary.dated_forms() if alias.bare)
        folded_patterns: dict[str, list[Doc]] = {}
        exact_patterns: dict[str, list[Doc]] = {}
        # (demonym, noun) folded -> actor of each two-word alias made of another actor's demonym and a noun ("Russian
        # PMCs": Wagner), read also with words between them (_widen_demonym_aliases)
        demonyms = {fold(surface.lower()): actor_id for surface, actor_id, kind in self._surfaces(dictionary) if kind == "demonym"}
        self._demonym_aliases: dict[tuple[str, str], str] = {}
        for surface, actor_id, kind in dictionary.surface_forms():
            words = fold(surface.lower()).split()
            if kind == "alias" and len(words) == 2 and demonyms.get(words[0], actor_id) != actor_id:
                self._demonym_aliases[(words[0], words[1])] = actor_id

        def add_pattern(key: str, form: str) -> None:
            """Short capitalised aliases match as written; every other form matches folded."""
            pattern = nlp.make_doc(form)
            if is_case_sensitive(form):
                exact_patterns.setdefault(key, []).append(pattern)
            else:
                _fold_norms(pattern)
                folded_patterns.setdefault(key, []).append(pattern)

        # Every name as written, so that a spelling variant (_variants) never takes another's name.
        written = {surface_key(surface) for surface, _, _ in dictionary.surface_forms()}
        written |= {surface_key(alias.name) for alias, _ in dictionary.dated_forms()}
        for surface, actor_id, kind in self._surfaces(dictionary):
            key = f"{actor_id}|{kind}"
            self._labels[nlp.vocab.strings.add(key)] = (actor_id, kind)
            for form in (surface, *_variants(surface, written)):
                add_pattern(key, form)
        for number, (alias, actor_id) in enumerate(dictionary.dated_forms()):
            # A dated seat or metonym is checked as an undated one of its kind is; only its window differs.
            key = f"{actor_id}|{alias.kind}|dated-{number}"
            self._labels[nlp.vocab.strings.add(key)] = (actor_id, alias.kind)
            self._windows[nlp.vocab.strings[key]] = alias
            plural = _plural(alias.name) if alias.kind == "demonym" else ""
            for name in (alias.name, plural) if plural else (alias.name,):
                for form in (name, *_variants(name, written)):
                    add_pattern(key, form)
        for key, patterns in folded_patterns.items():
            self._folded.add(key, patterns)
        for key, patterns in exact_patterns.items():
            self._exact.add(key, patterns)

    @staticmethod
    def _surfaces(dictionary: ActorDictionary) -> Iterator[tuple[str, str, str]]:
        seen: set[tuple[str, str]] = set()
        for surface, actor_id, kind in dictionary.surface_forms():
            forms = [surface]
            if kind == "demonym":
                plural = _plural(surface)
                if plural:
                    forms.append(plural)
            for form in forms:
                if (form, kind) not in seen:
                    seen.add((form, kind))
                    yield form, actor_id, kind

    def name_ranges(self, text: str, nlp: Language) -> list[tuple[int, int]]:
        """Character ranges of dictionary names in raw text, before parsing."""
        doc = nlp.make_doc(text)
        _fold_norms(doc)
        spans = [Span(doc, s, e) for _, s, e in [*self._folded(doc), *self._exact(doc)]]
        return [(span.start_char, span.end_char) for span in spans]

    def tag_names(self, doc: Doc) -> Doc:
        """Tag the capitalised words of the dictionary's names as proper nouns where the small tagger
        read them as something else ("Oman", "Bahrain" and "Somalia" as nouns, "Sudan" and "Pakistan"
        as adjectives, "LAAF" as an auxiliary), so that the parse repairs, which look for names, see them; demonyms and
        ignored names keep their tags. Returns the same Doc."""
        for match_id, start, end in self._name_matches(doc):
            if self._labels[match_id][1] in ("demonym", "ignore"):
                continue
            for token in doc[start:end]:
                # an acronym can be read as an auxiliary: "The LAAF engaged in talks" (extract/parse_repair/)
                if token.pos_ in ("NOUN", "ADJ", "X", "AUX") and token.text[:1].isupper() and token.tag_ != "NNPS":
                    token.pos_, token.tag_ = "PROPN", "NNP"
        return doc

    def _name_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Both matchers' matches in `doc`, its norms folded first. Kept on the Doc: tag_names and find
        ask for the same Doc, and the matches depend only on its words, which the repairs between keep."""
        key = (NAME_MATCHES_KEY, id(self))
        known = doc.user_data.get(key)
        if known is not None and known[0] == len(doc):
            return known[1]
        _fold_norms(doc)
        matches = [*self._folded(doc), *self._exact(doc)]
        doc.user_data[key] = (len(doc), matches)
        return matches

    def candidate_actors(self, text: str, nlp: Language) -> set[str]:
        """Every actor a name in raw `text` could stand for, before parsing: a superset of
        what `find` keeps (no place-or-actor or date check), so nothing is missed."""
        doc = nlp.make_doc(text)
        _fold_norms(doc)
        labels = (self._labels[match_id] for match_id, _, _ in [*self._folded(doc), *self._exact(doc)])
        return {actor_id for actor_id, kind in labels if kind != "ignore"}

    def find(self, doc: Doc, date: str = "") -> list[ActorSpan]:
        """Mentions in one parsed paragraph of an article of `date`, without pronouns."""
        candidates: list[Span] = []
        for match_id, start, end in self._name_matches(doc):
            window = self._windows.get(match_id)
            if window is None or window.applies(event_date(doc[start:end], date)):
                candidates.append(Span(doc, start, end, label=match_id))
        candidates = self._join_same_actor(self._names_before_dated_descriptions(candidates))
        mentions = []
        kept = self._backers_apart(filter_spans(candidates), candidates)
        taken = {i for span in kept for i in range(span.start, span.end)}
        demonyms = {i for span in kept if self._labels[span.label][1] == "demonym" for i in range(span.start, span.end)}
        for span in kept:
            actor_id, kind = self._labels[span.label]
            if kind == "ignore":
                continue
            if kind == "demonym" and self._demonym_aliases and (widened := self._demonym_alias(span, taken, demonyms)) is not None:
                mentions.append(widened)
                continue
            if kind == "metonym" and not self._metonym_is_actor(span):
                continue
            if kind == "metonym" and span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based":
                # "the Tripoli-based forces": the mention is the whole phrase, whose noun the clause reads
                mentions.append(ActorSpan(actor_id, kind, doc[span.start : doc[span.end + 1].head.i + 1]))
                continue
            if kind == "seat" and not self._seat_is_attacked(span):
                continue
            if span.label in self._windows and self._windows[span.label].bare and not self._bare_is_actor(span, candidates):
                continue
            if span.label in self._windows and self._windows[span.label].capitalised and not self._capitalised_is_actor(span, candidates):
                continue
            if self._names_a_things_origin(span, actor_id):
                continue
            if actor_id in self._igos and self._names_its_members(span):
                continue
            # (a demonym before a hyphen and a participle the compound rule reads qualifies the participle, whatever the
            # parser hangs it on: "Russian- and Emirati-backed mercenaries" are backed by Russia)
            noun = _modified_noun(span.root) if kind == "demonym" and not self._qualifies_participle(span) else None
            while noun is not None and noun.dep_ == "compound" and noun.head.i != noun.i:
                noun = noun.head  # "Russian fighter jets" are jets: the phrase's own noun says what they are
            if noun is not None and noun.lemma_.lower() in self._lexicon.non_state_nouns:
                continue  # "Syrian mercenaries" fought for Turkey, not for Damascus; so did "Russian and Syrian mercenaries"
            if noun is not None and noun.lemma_.lower() in self._lexicon.organisation_nouns and any(
                c.dep_ in ("amod", "compound") and c.lower_ in self._lexicon.non_state_modifiers for c in noun.children
            ):
                continue  # "Sudanese and Chadian armed groups" are no state's
            if (
                noun is not None
                and noun.lemma_.lower() not in self._lexicon.aid_nouns
                and any(t.lemma_.lower() in self._lexicon.non_state_nouns for t in doc[span.end : noun.i])
            ):
                continue  # so are "Chadian rebel groups" and "Sudanese militia leaders" (not "Russian fighter jets")
            if noun is not None and self._describes_named_group(span, actor_id, noun, kept):
                continue
            if kind == "demonym" and noun is None and self._counted_or_listed_nationals(span):
                continue
            mentions.append(ActorSpan(actor_id, kind, span))
        return _merge_same_actor(self._without_origin_demonyms(mentions))

    def _counted_or_listed_nationals(self, span: Span) -> bool:
        """"foreign fighters, including Chadians and Sudanese", "mercenaries such as Syrians", "2,000 Syrians",
        "hundreds of Sudanese": a demonym standing alone for people who are counted, or given as examples of armed men
        (`non_state_nouns`), names nationals, not their state, as "Sudanese fighters" does ("the Emiratis are arming
        Haftar" is the state)."""
        head = _list_head(span.root)
        if any(c.dep_ == "nummod" for c in head.children):
            return True
        if head.tag_ in ("NNS", "NNPS") and head.dep_ not in ("nsubj", "nsubjpass") and not any(c.dep_ in ("det", "poss") for c in head.children):
            return True  # "from Syrians brought in by Turkey to Wagner contractors": people, bare and plural ("the Turks" is the state)
        if head.dep_ == "appos":
            return head.head.lemma_.lower() in self._lexicon.non_state_nouns
        if head.dep_ != "pobj":
            return False
        prep = head.head
        if prep.lower_ == "of":
            return prep.head.lemma_.lower() in self._lexicon.quantity_nouns and prep.head.i < prep.i
        if prep.lower_ in ("including", "like") or (prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
            listed = prep.head if prep.lower_ != "as" else prep.doc[prep.i - 1].head
            return listed.lemma_.lower() in self._lexicon.non_state_nouns
        return False

    def _backers_apart(self, kept: list[Span], candidates: list[Span]) -> list[Span]:
        """"the UN-backed government", "the U.N.-backed Government of National Accord": a name whose first words are
        another actor's name, a hyphen and a participle the compound rule reads ("backed", `hyphen_participles`) holds
        two mentions, the backer and the backed (the words after the participle), as "the Turkey-backed GNA" does: "A-backed
        B" is support. A name with another participle stays whole ("the UN-recognised government" is the GNA's alone)."""
        doc = kept[0].doc if kept else None
        split: list[Span] = []
        for span in kept:
            backer = next(
                (
                    c for c in candidates
                    if c.start == span.start and c.end + 2 < span.end
                    and self._labels[c.label][0] != self._labels[span.label][0]
                    and "ignore" not in (self._labels[c.label][1], self._labels[span.label][1])
                    and doc[c.end].text in HYPHEN_MARKS and doc[c.end + 1].lower_ in self._lexicon.hyphen_participles
                ),
                None,
            )
            if backer is None:
                split.append(span)
                continue
            split += [backer, Span(doc, backer.end + 2, span.end, label=span.label)]
        return split

    def _organisations_by_demonym(self, docs: list[Doc], mentions: list[list[ActorSpan]]) -> list[list[ActorSpan]]:
        """"Wagner contractors laid mines ... the Russian group": a definite demonym on an organisation noun
        (`organisation_nouns`) is the armed, mercenary or militant group of the demonym's country named last before it
        in the article, as a reader takes it, not the state; with no such group named it is what find() made of it (the
        state for "the Russian company", as for "a Turkish shipping company"; nothing for "the Sudanese militia")."""
        named: dict[str, str] = {}  # country code -> the group of it named last
        resolved = []
        for doc, found in zip(docs, mentions):
            taken = {i for m in found for i in m.token_ids}
            demonyms = {m.span.start for m in found if m.kind == "demonym" and len(m.span) == 1}
            # the groups named, and every one-word demonym, found or dropped ("the Sudanese militia": a non-state noun)
            events = [(m.span.start, m.actor_id) for m in found if m.actor_id in self._organisation_country]
            for match_id, start, end in self._name_matches(doc):
                actor, kind = self._labels[match_id]
                if kind == "demonym" and end == start + 1 and actor in self._state_country and (start in demonyms or start not in taken):
                    events.append((start, actor))
            replace: dict[int, ActorSpan] = {}
            for start, actor in sorted(set(events)):
                if actor in self._organisation_country:
                    named[self._organisation_country[actor]] = actor
                    continue
                country = self._state_country[actor]
                noun = _modified_noun(doc[start])
                if country not in named or noun is None or noun.i <= start or noun.lemma_.lower() not in self._lexicon.organisation_nouns:
                    continue
                if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
                    continue  # "a Russian company" is any company
                if any(i in taken for i in range(start + 1, noun.i + 1)):
                    continue  # a name between: "the Russian Wagner group" is Wagner's own
                replace[start] = ActorSpan(named[country], "epithet", doc[start : noun.i + 1])
            if not replace:
                resolved.append(found)
                continue
            kept = [m for m in found if m.span.start not in replace]
            resolved.append(sorted([*kept, *replace.values()], key=lambda m: m.span.start))
        return resolved

    def _describes_named_group(self, span: Span, actor_id: str, noun: Token, kept: list[Span]) -> bool:
        """"the Russian company Wagner", "the Russian Wagner group", "the Syrian faction Sultan Murad Division": a demonym
        right before the name of a group of its country, or on an organisation noun (`organisation_nouns`) that such a
        name follows, describes that group; it is not the state."""
        country = self._state_country.get(actor_id)
        organisation = noun.lemma_.lower() in self._lexicon.organisation_nouns
        return any(
            (other.start == span.end or (organisation and span.end <= other.start <= noun.i + 1))
            and self._organisation_country.get(self._labels[other.label][0]) == country
            for other in kept
        )

    def _qualifies_participle(self, span: Span) -> bool:
        """"Russian-backed", "Russian- and Emirati-backed": the name, a hyphen and a participle the compound rule reads
        (`hyphen_participles`), written after it or after the suspended hyphens of a list (grammar.suspended_hyphen_end)."""
        from extract.relations.grammar import suspended_hyphen_end  # (extract.relations reads this module: imported here)

        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text not in HYPHEN_MARKS:
            return False
        participle = suspended_hyphen_end(doc[span.end - 1]) if doc[span.end].whitespace_ or doc[span.end + 1].lower_ in (",", "and", "or") else span.end + 1
        return participle is not None and doc[participle].lower_ in self._lexicon.hyphen_participles

    def _names_its_members(self, span: Span) -> bool:
        """"The NATO member has become the GNA's partner", "NATO member Turkey": an IGO's name on one of
        igo_member_nouns names a member, not the body; "EU member states" act as one and are the EU."""
        name = span.root
        if name.dep_ not in ("compound", "nmod") or name.head.i <= name.i or name.head.lemma_.lower() not in self._lexicon.igo_member_nouns:
            return False
        noun = name.head
        return not (noun.dep_ == "compound" and noun.head.pos_ == "NOUN")

    def _names_a_things_origin(self, span: Span, actor_id: str) -> bool:
        """"Ukrainian-made radars", "Chinese-built drones": a name before a hyphen and a participle of making
        (`origin_participles`) says who made the thing, not who acts. "A Jamaican-flagged ship": a flag or register
        (`registry_participles`) stands for its state only where the state is a party the dictionary lists officials
        of ("a Turkish-flagged ship" is Turkey's); a flag of convenience names no one in the war."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text not in HYPHEN_MARKS or doc[span.end].whitespace_:
            return False
        participle = doc[span.end + 1].lower_
        if participle in self._lexicon.origin_participles:
            return True
        return participle in self._lexicon.registry_participles and actor_id not in self._states_with_officials

    def _capitalised_is_actor(self, span: Span, candidates: list[Span]) -> bool:
        """"The General Command accused Ankara": a name of common words (DatedAlias.capitalised) is the actor's only
        written with capitals ("the general command of the operation" is anyone's), and not with an of-phrase that names
        another actor ("the General Command of the Egyptian Armed Forces")."""
        doc = span.doc
        if not all(t.text[:1].isupper() for t in span if t.is_alpha and t.lower_ not in CAPITALISED_EXCEPTIONS):
            return False
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            prep = doc[span.end]
            phrase = {t.i for t in prep.subtree} - {prep.i} if prep.head.i in range(span.start, span.end) else set(range(span.end + 1, min(len(doc), span.end + 5)))
            actor = self._labels[span.label][0]
            return not any(
                c.start in phrase and self._labels[c.label][0] != actor and self._labels[c.label][1] != "ignore" for c in candidates
            )
        return True

    def _bare_is_actor(self, span: Span, candidates: list[Span]) -> bool:
        """"Government forces retook the base": a bare description (DatedAlias.bare) names its actor only where the
        reader has no other government to take it for: not after a hyphen ("anti-government forces") or right after
        another actor's name ("Syrian government forces", "the Assad government forces"), and not in a sentence
        that names another government (a government actor, or a word such as "government" or "regime" outside the
        actor's own names: "the Syrian regime", "the government said") or is set in another country ("In Sudan")."""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].text in HYPHEN_MARKS:
            return False
        sentence = span.sent
        own = {i for other in candidates if self._labels[other.label][0] in self._bare_actors for i in range(other.start, other.end)}
        if any(t.lower_ in GOVERNMENT_WORDS and t.i not in own for t in sentence):
            return False  # "the government said government forces ...": which one is not said
        for other in candidates:
            actor, kind = self._labels[other.label]
            if actor in self._bare_actors or other.start == span.start:
                continue
            if kind != "ignore" and (other.end == span.start or (other.end == span.start - 1 and doc[other.end].lower_ in ("'s", "’s"))):
                return False  # "Syrian government forces", "Chad's new government": that one's
            if sentence.start <= other.start < sentence.end and (
                actor in self._governments or (kind != "ignore" and other.start > 0 and doc[other.start - 1].lower_ == "in")
            ):
                return False  # another government, or another country the sentence is set in ("In Sudan, ...")
        return True

    def _without_origin_demonyms(self, mentions: list[ActorSpan]) -> list[ActorSpan]:
        """"The UAE provided Chinese drones to the LNA": a demonym on goods (`origin_goods_nouns`) that another actor
        sends, supplies or sells (`transfer_verbs`, its subject or passive agent) says where they were made, not who acts:
        no mention. "Turkish drones struck Haftar's forces" and "Turkey sent Turkish drones" keep theirs."""
        by_token = {i: m for m in mentions for i in m.token_ids}
        kept = []
        for mention in mentions:
            root = mention.root
            goods = root.head
            if mention.kind == "demonym" and root.dep_ in ("amod", "compound") and goods.lemma_.lower() in self._lexicon.origin_goods_nouns:
                giver = _transfer_giver(goods, self._lexicon.transfer_verbs, by_token)
                if giver and mention.actor_id not in giver:
                    continue
            kept.append(mention)
        return kept

    def _demonym_alias(self, span: Span, taken: set[int], demonyms: set[int]) -> ActorSpan | None:
        """"Russian state-sponsored PMCs", "Russian private military contractors": a demonym and the noun of an alias
        made of the two ("Russian PMCs") with only the noun's modifiers between them name the alias's actor, as the
        alias does. So does a demonym followed by a list of other demonyms (at `demonyms`) on the noun, read with the
        noun alone ("Russian and Sudanese mercenaries": "Russian" is Wagner, as "Russian mercenaries" is; the mention is
        the demonym). Not a demonym before a hyphen ("Russian-backed PMCs": who backs them), nor words between that
        name an actor (`taken`) outside such a list."""
        noun = _modified_noun(span.root)
        if len(span) != 1 or noun is None or noun.i <= span.end:
            return None
        actor = self._demonym_aliases.get((fold(span.text.lower()), fold(noun.lower_)))
        doc = span.doc
        if actor is None or doc[span.end].text in HYPHEN_MARKS:
            return None
        listed = span.end
        while listed < noun.i and (doc[listed].lower_ in DEMONYM_LIST_JOINERS or listed in demonyms):
            listed += 1
        if listed > span.end and not (listed - 1 in demonyms and doc[span.end].lower_ in DEMONYM_LIST_JOINERS):
            listed = span.end  # not a list of demonyms: "Russian, the mercenaries"
        between = doc[listed : noun.i]
        if any(t.i in taken or t.dep_ in ("cc", "conj", "poss", "det") or not span.end <= t.head.i <= noun.i for t in between):
            return None
        if listed > span.end:
            return ActorSpan(actor, "alias", span)
        return ActorSpan(actor, "alias", doc[span.start : noun.i + 1])

    def _names_before_dated_descriptions(self, candidates: list[Span]) -> list[Span]:
        """"the Tripoli-based Government of National Accord" in 2021: a dated description ("Tripoli-based
        government", the GNU's from 2021-03-15) gives way to another actor's own undated name it overlaps."""
        named = [s for s in candidates if s.label not in self._windows and self._labels[s.label][1] != "ignore"]
        return [
            s
            for s in candidates
            if s.label not in self._windows
            or not any(
                n.start < s.end and s.start < n.end and not (s.start <= n.start and n.end <= s.end)  # "UN" in "UN-recognised government" stays inside
                and self._labels[n.label][0] != self._labels[s.label][0]
                for n in named
            )
        ]

    def _join_same_actor(self, candidates: list[Span]) -> list[Span]:
        """"the Tripoli-based Government of National Accord": two names of one actor that overlap
        ("Tripoli-based Government", "Government of National Accord") are one mention over both, so
        nothing of the name is left outside it (a list the parser hangs on "Accord" is the name's)."""
        joined: list[Span] = []
        for span in sorted(candidates, key=lambda s: (s.start, -s.end)):
            actor, kind = self._labels[span.label]
            for n, earlier in enumerate(joined):
                if (
                    span.start < earlier.end < span.end
                    and self._labels[earlier.label][0] == actor
                    and "ignore" not in (kind, self._labels[earlier.label][1])
                ):
                    joined[n] = Span(span.doc, earlier.start, span.end, label=earlier.label)
                    break
            else:
                joined.append(span)
        return joined

    def resolve_pronouns(self, docs: Iterable[Doc], mentions: list[list[ActorSpan]]) -> list[list[ActorSpan]]:
        """Add he/his/him mentions that refer to the latest person named nearby.

        Paragraphs are given in article order; a person named in one paragraph
        can be "he" in the next. A surname alone after the full name is that person first (_surnames_alone).
        """
        docs = list(docs)
        mentions = _surnames_alone(docs, mentions)
        mentions = self._organisations_by_demonym(docs, mentions)
        resolved: list[list[ActorSpan]] = []
        # Outside a quotation "he" is the last person named outside quotations: in
        # '"... we held talks with Sarraj," he said' he is the speaker, not Sarraj.
        last_person: dict[bool, tuple[str, int] | None] = {True: None, False: None}
        # The person that was the subject of the sentence before, outside quotations: who a subject "he" is
        # ("Erdogan spoke with Putin. He said ...": Erdogan), and the people named so far, for "him" (_subject_first).
        subject_person: tuple[str, int] | None = None
        people: list[tuple[str, int]] = []
        sentence_number = 0
        for doc, found in zip(docs, mentions):
            by_token = {i: m for m in found for i in m.token_ids}
            extra: list[ActorSpan] = []
            inside = quoted_tokens(doc)
            # Only a name's last word or a pronoun changes anything below: the rest are passed over without a Token each.
            # (and the noun a name owns, which may be a role: "the GNA's foreign minister")
            owned = {m.root.head.i for m in found if m.root.dep_ in ROLE_OWNER_DEPS}
            readable = sorted({*by_token, *owned, *(i for i, word in enumerate(doc.to_array(LOWER).tolist()) if word in PERSON_PRONOUN_HASHES)})
            for sent in doc.sents:
                sentence_number += 1
                here: list[tuple[str, Token]] = []  # the people named or resolved in this sentence so far, outside quotations
                for token in (doc[i] for i in readable[bisect_left(readable, sent.start) : bisect_left(readable, sent.end)]):
                    quoted = token.i in inside
                    mention = by_token.get(token.i)
                    antecedent = last_person[True] if quoted else last_person[False]
                    person: str | None = None
                    if mention is None and token.lemma_.lower() in self._lexicon.person_role_nouns and token.tag_ != "NNS":
                        # "The GNA's foreign minister said his government ...": a role noun its actor names is a person
                        # ("Egyptian officials" are several: not who "he" goes back to)
                        owner = next((by_token[c.i] for c in token.children if c.dep_ in ROLE_OWNER_DEPS and c.i in by_token), None)
                        if owner is not None:
                            person = owner.actor_id
                    elif mention is not None and token.i == mention.span.end - 1 and (mention.kind in PERSON_KINDS or self._names_person_owner(mention)):
                        person = mention.actor_id
                    elif (
                        mention is None
                        and token.lower_ in PERSON_PRONOUNS
                        and token.tag_ in ("PRP", "PRP$")
                        and antecedent is not None
                        and sentence_number - antecedent[1] <= PRONOUN_REACH
                    ):
                        chosen = antecedent[0] if quoted else _subject_first(
                            token, antecedent[0], here, subject_person, people, sentence_number, self._lexicon.reporting_verbs,
                            self._lexicon.governing_nouns, self._lexicon.own_stance_verbs, self._lexicon.person_role_nouns,
                        )
                        if chosen == NO_ONE:
                            continue
                        if not quoted:
                            chosen = _government_of_other(token, chosen, here, people, sentence_number, self._lexicon.governing_nouns, self._governments, by_token) or chosen
                        extra.append(ActorSpan(chosen, "pronoun", doc[token.i : token.i + 1]))
                        if not quoted and chosen != antecedent[0]:
                            # "Erdogan spoke with Putin. He said his country ...": "his" goes on with "he"
                            last_person[False] = (chosen, sentence_number)
                        if not quoted:
                            here.append((chosen, token))
                    if person is not None:
                        last_person[True] = (person, sentence_number)
                        if not quoted:
                            last_person[False] = last_person[True]
                            here.append((person, mention.root if mention is not None else token))
                            people.append((person, sentence_number))
                subject = next((actor for actor, word in here if word.dep_ in ("nsubj", "nsubjpass")), None)
                subject_person = (subject, sentence_number) if subject is not None else None
            resolved.append(sorted([*found, *extra], key=lambda m: m.span.start))
        return resolved

    def _names_person_owner(self, mention: ActorSpan) -> bool:
        """An alias whose possessor is one of the actor's persons ("Haftar's forces", "Sarraj's government"): "he"
        after it is that person."""
        owner = next((t for t in mention.span if t.tag_ == "POS"), None)
        return owner is not None and mention.span.doc[mention.span.start : owner.i].text.lower() in self._person_names

    def _seat_is_attacked(self, span: Span) -> bool:
        """"The capital" is its party's seat only as what is attacked, besieged or taken:
        "the offensive on the capital", "failed to seize the capital", "shelled the port of the capital"; not "in
        the capital", nor "the Turkish capital" (a modifier names whose)."""
        root = span.root
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i not in range(span.start, span.end) and c.lower_ not in self._lexicon.seat_modifiers for c in root.children):
            return False
        # ("shelled the port of the capital": a place in it its holder holds, as for a capital's name)
        return self._is_attacked(root) or self._held_place_is_attacked(root)

    def _is_attacked(self, root: Token) -> bool:
        """`root` is what a hostile verb or noun acts on: its object ("shelled the capital"), or the object
        of the preposition that takes its patient ("the offensive on the capital")."""
        head = root.head
        if root.dep_ == "dobj":
            cue = self._lexicon.verbs.get(head.lemma_.lower())
            return cue is not None and cue.relation == "opposition"
        if root.dep_ == "pobj":
            prep, governor = head.lower_, head.head
            if governor.pos_ in ("NOUN", "PROPN"):
                cue = self._lexicon.nouns.get(governor.lemma_.lower())
                return cue is not None and cue.relation == "opposition" and cue.preps.get(prep) == "patient"
            cue = self._lexicon.verbs.get(governor.lemma_.lower())
            if cue is not None and cue.preps.get(prep) == "opposition":
                return True
            # "launched an offensive on the capital": the parser hangs the noun's "on" on the verb.
            nouns = [self._lexicon.nouns.get(c.lemma_.lower()) for c in governor.children if c.dep_ == "dobj"]
            return any(n is not None and n.relation == "opposition" and n.preps.get(prep) == "patient" for n in nouns)
        return False

    def _is_role_noun(self, token: Token) -> bool:
        """A noun cue that says who someone is to another ("ally", "backer", "enemy")."""
        cue = self._lexicon.nouns.get(token.lemma_.lower())
        return token.pos_ == "NOUN" and cue is not None and cue.identity is not None

    def _held_place_is_attacked(self, capital: Token) -> bool:
        """"shelled residential districts of Tripoli", "struck a military college in Tripoli", "residential areas
        of Tripoli were shelled": a place inside a capital that its holder holds, when it is what a hostile verb
        or noun acts on, makes the capital stand for its holder. Places where the front runs ("the outskirts of
        Tripoli") are not such places; nor is a place only named ("the port of Tripoli reopened", "talks in Tripoli")."""
        place = capital.head.head
        if capital.head.lower_ not in ("of", "in") or place.pos_ != "NOUN" or place.lemma_.lower() not in self._lexicon.held_place_nouns:
            return False
        if place.dep_ == "nsubjpass":
            cue = self._lexicon.verbs.get(place.head.lemma_.lower())
            return cue is not None and cue.relation == "opposition"
        return self._is_attacked(place)

    def _described_as_actor(self, name: Token) -> bool:
        """"travelled on to Abu Dhabi, one of Haftar's main backers", "flew to Ankara, the GNA's closest ally": an
        apposition that is a role noun ("ally", "backer"), or one of them, says the capital is its actor."""
        for appos in (c for c in name.children if c.dep_ == "appos"):
            noun = appos
            if appos.lower_ == "one":
                noun = next((o for p in appos.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), appos)
            if self._is_role_noun(noun):
                return True
        return False

    def _metonym_is_actor(self, span: Span) -> bool:
        """A capital or institution is its actor only when it plays an actor's role."""
        doc = span.doc
        after = span.end
        if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ in ("based", "born", "area", "region"):
            return self._seat_based_force(doc[after + 1])
        root = span.root
        # "in Tripoli and Misrata": the conjunct sits where the first one does.
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if self._described_as_actor(span.root):
            return True
        if root.dep_ == "pobj":
            prep = root.head.lower_
            # "support from Moscow", "conveyed the offer to Ankara" name actors; "flew to Moscow" a place.
            governor = root.head.head
            directional = prep in ("to", "from") and (
                governor.pos_ in ("NOUN", "PROPN") or governor.lemma_.lower() not in self._lexicon.motion_verbs
            )
            # "officials in Ankara", and a role noun's: "its ally in Ankara", "Haftar's backers in Abu Dhabi"
            seated = prep == "in" and (governor.lemma_.lower() in self._lexicon.seated_nouns or self._is_role_noun(governor))
            # "leaned toward Tripoli", "sided with Ankara": a cue verb's own preposition makes the capital its argument
            cue = self._lexicon.verbs.get(governor.lemma_.lower()) if governor.pos_ == "VERB" else None
            argument = (cue is not None and prep in cue.preps) or self._stance_target(governor, prep)
            if self._held_place_is_attacked(root):
                return True
            if prep in self._lexicon.locative_preps and not directional and not seated and not argument:
                return False
            if prep == "of" and root.head.head.lemma_.lower() in self._lexicon.place_nouns:
                return False
        if root.dep_ == "appos" and root.head.lemma_.lower() in self._lexicon.place_nouns:
            # "the capital Tripoli" names the city.
            return root.head.dep_ in ("nsubj", "nsubjpass", "dobj")
        if root.dep_ == "compound" and root.head.lemma_.lower() in self._lexicon.place_nouns:
            return False
        return True

    def _seat_based_force(self, based: Token) -> bool:
        """"The Tripoli-based forces", "Cairo-based officials": forces or a government (c2_based_force_nouns) based in a
        capital are its holder's, as "the Tripoli forces" and "officials in Cairo" are; "a Tripoli-based analyst",
        "Cairo-based journalists" and "Tripoli-based militias" are only located there."""
        noun = based.head
        return (
            based.lower_ == "based"
            and based.dep_ == "amod"
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self._lexicon.based_force_nouns
        )

    def _stance_target(self, governor: Token, prep: str) -> bool:
        """"its anger at Ankara", "Cairo's hostility toward Doha", "Athens is angry at Ankara": a noun or adjective
        of a stance (stance_categories) whose own preposition this is makes the capital what the stance is aimed at,
        not where it is ("an advance towards Tripoli", a force noun, and "talks in Tripoli" stay places)."""
        if governor.pos_ == "NOUN":
            cue = self._lexicon.nouns.get(governor.lemma_.lower())
        elif governor.pos_ == "ADJ":
            cue = self._lexicon.adjectives.get(governor.lower_)
        else:
            return False
        return cue is not None and cue.category in self._lexicon.stance_categories and prep in cue.preps and prep != "in"


HYPHEN_MARKS = ("-", "‐", "‑")


def participle_after_hyphen(span: Span, participles: Collection[str]) -> Token | None:
    """The participle of `participles` written right after a name and its hyphen ("backed" in "Turkish-backed forces",
    "linked" in "the Kremlin-linked mercenaries"); None otherwise (extract.coreference_backed, extract.coreference_owned)."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text in HYPHEN_MARKS and doc[end + 1].lower_ in participles:
        return doc[end + 1]
    return None


# Words between the demonyms of a list on one noun: "Russian, Syrian and Sudanese mercenaries".
DEMONYM_LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _list_head(token: Token) -> Token:
    """The first conjunct of the list `token` is in ("Russian" for "Sudanese" in "Russian and Sudanese"), or itself."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.i < token.i:
        token = token.head
    return token


def _modified_noun(token: Token) -> Token | None:
    """The noun a modifier word qualifies, for each word of a list of them ("mercenaries" for "Sudanese" in "Russian
    and Sudanese mercenaries"), or None when it qualifies none."""
    head = _list_head(token)
    if head.dep_ == "amod" and head.head.i < head.i and head.head.pos_ == "NOUN":
        return head.head  # translated press puts it after: "the mercenaries Sudanese of the Janjaweed"
    return head.head if head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i else None


def _transfer_giver(goods: Token, transfer_verbs: Collection[str], by_token: dict[int, ActorSpan]) -> set[str]:
    """The actors that give `goods` by a transfer verb: the subject of the verb it is the object of ("the UAE provided
    Chinese drones"; a complement's subject is its head's: "agreed to sell"), or of "with" after one ("supplied Haftar
    with Chinese drones"), or the agent of a passive one ("Chinese drones were supplied by the UAE"). Empty otherwise."""
    while goods.dep_ == "conj" and goods.head.i != goods.i:  # "French jets and Russian helicopters"
        goods = goods.head
    verb = goods.head
    if goods.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
    elif goods.dep_ not in ("dobj", "nsubjpass"):
        return set()
    # "brought down a Turkish drone" is no transfer
    if verb.lemma_.lower() not in transfer_verbs or any(c.dep_ == "prt" and c.lower_ in ("down", "off") for c in verb.children):
        return set()
    if goods.dep_ == "nsubjpass":
        names = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        holder = verb
        while holder.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in holder.children) and holder.head.i != holder.i:
            holder = holder.head
        names = [c for c in holder.children if c.dep_ == "nsubj"]
    return {by_token[t.i].actor_id for n in names for t in (n, *n.conjuncts) if t.i in by_token}


# The prepositions of a phrase that dates an event ("the assault on Tripoli in 2019", "during 2020").
DATING_PREPS = frozenset({"in", "during"})
YEAR = re.compile(r"(19|20)\d\d")


def event_date(span: Span, date: str) -> str:
    """The date a dated name is read at: the article's, unless the name's own phrase or clause dates the event it is in
    to another year ("led the assault on Tripoli in 2019", "In 2019, Haftar attacked Tripoli", "the 2019 offensive on
    Tripoli": Tripoli in 2019 was the GNA's, whatever the article's date); then the middle of that year. The phrase is
    read from the name up through its heads to the first verb, each with an "in" or "during" whose object is a year, or
    a noun with a year before it ("since 2019" says how long, not when, and is not read)."""
    token = span.root
    while True:
        for child in token.children:
            if child.dep_ in ("nummod", "compound", "amod") and token.pos_ == "NOUN" and child.tag_ == "CD" and YEAR.fullmatch(child.text):
                if child.text != date[:4]:  # "the 2019 offensive on Tripoli"
                    return f"{child.text}-07-01"
            if child.dep_ == "prep" and child.lower_ in DATING_PREPS:
                for year in (o for o in child.children if o.dep_ == "pobj"):
                    words = [year, *(c for c in year.children if c.dep_ in ("nummod", "npadvmod", "compound") and c.tag_ == "CD")]
                    found = next((w.text for w in words if w.tag_ == "CD" and YEAR.fullmatch(w.text)), None)
                    if found is not None and found != date[:4]:
                        return f"{found}-07-01"
        # a verb ends the phrase, unless it is the complement of another ("helped defend": the time of "helped")
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "xcomp" or token.head.i == token.i:
            return date
        token = token.head


# How an actor names whose a role noun is: "the GNA's minister", "the Turkish foreign minister", "GNA spokesman".
ROLE_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject_first(
    pronoun: Token, latest: str, here: list[tuple[str, Token]], subject: tuple[str, int] | None, people: list[tuple[str, int]], sentence: int,
    reporting_verbs: Collection[str] = (), governing_nouns: Collection[str] = (), own_stance_verbs: Collection[str] = (),
    person_role_nouns: Collection[str] = (),
) -> str:
    """Who a person pronoun outside quotations is, beyond the person named last (`latest`):
    - "he" as a subject, or "his" on the subject, with no person before it in its sentence: the person that was the
      subject of the sentence before ("Erdogan spoke by phone with Putin. He said ...": Erdogan, not Putin), as a
      reader takes it;
    - "him" as the object of a clause whose subject is a person: not that person ("Macron hosted Sarraj. He urged him
      to ...": Sarraj), but the last person of another actor named before this sentence.
    - "he" as the subject of a clause coordinated with one whose subject is a person: that person ("Erdogan criticised
      Haftar on Monday and he accused the UAE of arming him": Erdogan, as a reader keeps the subject of both clauses);
      when that subject is a role noun no actor owns ("The spokesman of the operation announced that the army had
      taken the base from Haftar, and he thanked Turkey"), no actor (NO_ONE), not the person named inside the clause.
    - "his" in an apposition to the person named last: another person ("Haftar met Mohammed bin Zayed, his patron").
    - "his government" in what a person says to no one named: the sayer's ("He insisted that Italy was not backing
      Haftar, stressing that his government still recognised Sarraj": Conte's; not "told Dbeibah that Egypt backed his
      government", nor "said Turkey would strike his forces").
    - "he" as the subject of a relative clause that an object relative pronoun opens on the person named last: not
      that person ("Sarraj denounced Haftar, whom he called a war criminal": Sarraj), but the subject of the clause
      the person is named in, or the last person of another actor.
    - "his" on what a verb of stating one's stance states (own_stance_verbs): that verb's subject, in its clause or
      the clause it is coordinated with ("Erdogan met Sarraj and reaffirmed his support for the GNA": Erdogan).
    Otherwise the person named last."""
    if (other := _other_than_relative_antecedent(pronoun, latest, here, subject, people, sentence)) is not None:
        return other
    if (stating := _stance_stater(pronoun, here, own_stance_verbs)) is not None:
        return stating
    if (sayer := _sayer_of_own_clause(pronoun, here, reporting_verbs)) is not None:
        return sayer
    if (principal := _principal_of_trailing_reporter(pronoun, here, reporting_verbs)) is not None:
        return principal
    clause = pronoun.head
    if clause.dep_ == "ccomp" and clause.head.dep_ == "conj" and not any(w.dep_ in SUBJECT_DEPS and w.head.i == clause.head.i for _, w in here):
        # "Sisi received Haftar, and the presidency said he had voiced support": a reporter that is no person leaves
        # "he" the subject of the clause the report is coordinated with
        clause = clause.head
    if pronoun.lower_ in ("he", "she") and pronoun.dep_ in SUBJECT_DEPS and clause.dep_ == "conj":
        first_clause = clause.head
        while True:
            earlier = next((actor for actor, word in here if word.dep_ in SUBJECT_DEPS and word.head.i == first_clause.i), None)
            if earlier is not None:
                return earlier
            # (not after a sentence whose subject was a person: "Sanalla is outspoken. The oil chief said ..., and he
            # accused ...": the role noun goes back to that person)
            if first_clause.dep_ != "ccomp" and not (subject is not None and subject[1] == sentence - 1) and any(
                c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in person_role_nouns and c.tag_ != "NNS" and c.i < pronoun.i
                and not any(w.i in {t.i for t in c.subtree} for _, w in here)
                for c in first_clause.children
            ):
                return NO_ONE  # a spokesman no actor named: "he" is that spokesman
            if first_clause.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "PRON") for c in first_clause.children):
                break
            # "Erdogan said Haftar's refusal showed ..., and he accused ...": the parser may coordinate the clause with
            # the reported one; a reported clause whose subject is no person leaves the speaker the subject of both
            first_clause = first_clause.head
    if pronoun.lower_ in ("he", "she", "his", "her") and not here and subject is not None and subject[1] == sentence - 1:
        if pronoun.dep_ in SUBJECT_DEPS or (pronoun.dep_ == "poss" and pronoun.head.dep_ in SUBJECT_DEPS):
            return subject[0]
    if (
        pronoun.lower_ in ("his", "her") and pronoun.dep_ == "poss" and pronoun.head.lemma_.lower() in governing_nouns
        and (speaker := _reporter_of(pronoun, here, reporting_verbs)) is not None
    ):
        return speaker
    if pronoun.lower_ in ("his", "her") and pronoun.dep_ == "poss" and pronoun.head.dep_ == "appos":
        # "talks with Mohammed bin Zayed, his most steadfast patron": an apposition says who its person is to someone
        # else, named before
        described = next((actor for actor, word in here if word.i == pronoun.head.head.i), None)
        if described is not None and described == latest:
            other = next((actor for actor, _ in reversed(here) if actor != described), None)
            if other is None and subject is not None and subject[0] != described and subject[1] == sentence - 1:
                other = subject[0]  # "He refused ... Sarraj, his rival, had been there": the one the text is about
            if other is None:
                other = next((actor for actor, number in reversed(people) if actor != described and sentence - number <= PRONOUN_REACH), None)
            if other is not None:
                return other
    if pronoun.lower_ in ("him", "her") and pronoun.dep_ in ("dobj", "dative"):
        governing = pronoun.head
        while governing.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in governing.children):
            governing = governing.head  # "he would keep supporting him": the subject of "keep"
        clause_subject = next((actor for actor, word in here if word.dep_ in SUBJECT_DEPS and word.head.i == governing.i), None)
        verb = pronoun.head
        relative = next((v for v in (verb, governing) if v.dep_ == "relcl"), None)
        if clause_subject is None and relative is not None and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that") for c in relative.children):
            # "The Egyptian president, who regards him as a bulwark, ...", "Sarraj met Erdogan, who promised to protect
            # him": the relative pronoun is the person it describes
            clause_subject = next((actor for actor, word in here if word.i == relative.head.i), None)
        if clause_subject is None and (controller := _object_controller(verb)) is not None:
            # "Tripoli accused Macron of favouring him", "the French president, whom Tripoli accused of favouring him":
            # the one accused or urged does the clause
            if controller.lower_ in OBJECT_RELATIVE_WORDS and controller.head.dep_ == "relcl":
                controller = controller.head.head
            clause_subject = next((actor for actor, word in here if word.i == controller.i), None)
        if clause_subject is not None and clause_subject == latest:
            # ("Sisi told Haftar that he would keep supporting him": the one told what the clause says, else another
            # person of a sentence before)
            if governing.dep_ == "ccomp":
                addressed = {c.i for c in governing.head.children if c.dep_ in ("dobj", "dative")}
                named_here = next((actor for actor, word in here if word.i in addressed and actor != clause_subject), None)
                if named_here is not None:
                    return named_here
            # ("Dbeibah registered as a candidate, prompting Saleh to accuse him": the subject of a clause before it)
            named_here = next((actor for actor, word in reversed(here) if word.i < pronoun.i and word.dep_ in SUBJECT_DEPS and actor != clause_subject), None)
            if named_here is not None:
                return named_here
            other = next((actor for actor, number in reversed(people) if actor != clause_subject and number < sentence), None)
            if other is not None and sentence - next(n for a, n in reversed(people) if a == other) <= PRONOUN_REACH:
                return other
            # ("Greece hosted Haftar in Athens, where Dendias urged him to sign": the other person named before it here)
            named_here = next((actor for actor, word in reversed(here) if word.i < pronoun.i and actor != clause_subject), None)
            if named_here is not None:
                return named_here
    return latest


# What _subject_first returns for a pronoun that stands for a person no actor is named by.
NO_ONE = ""


# Modals under which a told person is the one meant to act ("told Haftar that he must withdraw").
OBLIGING_MODALS = frozenset({"must", "should", "ought", "shall"})


def _stance_stater(pronoun: Token, here: list[tuple[str, Token]], own_stance_verbs: Collection[str]) -> str | None:
    """"Erdogan met Sarraj and reaffirmed his support for the GNA", "... and voiced his country's backing for Haftar":
    one states one's own stance, so "his" on the object (or on its possessor) of one of own_stance_verbs is the verb's
    subject, the clause's own or that of the clause it is coordinated with or trails as a participle. None when the pronoun is no such or the
    subject is no person here."""
    stance = pronoun.head.head if pronoun.head.dep_ == "poss" else pronoun.head  # ("his country's support")
    verb = stance.head
    if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss" or stance.dep_ != "dobj" or verb.lemma_.lower() not in own_stance_verbs:
        return None
    # (or of the clause a participle of it trails: "met Sarraj in Doha, reiterating his country's support")
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and (verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) and verb.head.i != verb.i:
        verb = verb.head
    return next((actor for actor, word in here if word.dep_ in SUBJECT_DEPS and word.head.i == verb.i), None)


def _sayer_of_own_clause(pronoun: Token, here: list[tuple[str, Token]], reporting_verbs: Collection[str]) -> str | None:
    """"Sarraj told Salame, who had shuttled between the camps, that he would not negotiate with Haftar": "he" as the
    subject of what a person says or tells is the sayer, whoever was named since; not under a modal of obligation
    ("told Haftar that he must withdraw": the one told). None when the pronoun is no such subject."""
    clause = pronoun.head
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    reporter = clause.head
    if reporter.lemma_.lower() not in reporting_verbs or any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in clause.children):
        return None
    return next((actor for actor, word in here if word.dep_ in SUBJECT_DEPS and word.head.i == reporter.i), None)


def _principal_of_trailing_reporter(pronoun: Token, here: list[tuple[str, Token]], reporting_verbs: Collection[str]) -> str | None:
    """"Sisi received Haftar in Cairo, his office said": "his" on the subject of a reporter that trails its clause is
    that clause's subject, whose office, aides or spokesman report what it did. None when the pronoun is no such."""
    reporter = pronoun.head.head
    if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss" or pronoun.head.dep_ != "nsubj" or reporter.lemma_.lower() not in reporting_verbs:
        return None
    reported = [c for c in reporter.children if c.dep_ == "ccomp" and c.i < pronoun.i]
    if not reported:
        return None
    return next((actor for actor, word in here if word.dep_ in SUBJECT_DEPS and word.head.i == reported[-1].i), None)


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb above a subjectless clause that its "of", "to" or "into" opens ("accused X of favouring",
    "urged X to back", "pressed X into backing"): who does the clause. None when the clause has a subject or is no such."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    above = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head if verb.dep_ == "xcomp" else None
    if above is None or above.pos_ != "VERB":
        return None
    return next((c for c in above.children if c.dep_ == "dobj" and c.i < verb.i), None)


# Relative pronouns that stand for the object of their clause ("whom he called", "to whom he said", "which it signed").
OBJECT_RELATIVE_WORDS = frozenset({"whom", "which", "that"})


def _other_than_relative_antecedent(
    pronoun: Token, latest: str, here: list[tuple[str, Token]], subject: tuple[str, int] | None, people: list[tuple[str, int]], sentence: int,
) -> str | None:
    """Who "he" is as the subject of a relative clause on the person named last, opened by an object relative
    ("Haftar, whom he called a putschist", "Sarraj, to whom he pledged support"): a clause does not describe its
    antecedent by what the antecedent did to itself, so "he" is another person: the subject of the clause the
    antecedent is in, or the last other person named in the sentence, or before it. None when the clause is not such."""
    clause = pronoun.head
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl":
        return None
    relative = next(
        (w for w in clause.subtree if w.i < pronoun.i and w.lower_ in OBJECT_RELATIVE_WORDS and w.dep_ not in SUBJECT_DEPS), None
    )
    described = clause.head
    antecedent = next((actor for actor, word in here if word.i == described.i), None)
    if relative is None or antecedent is None or antecedent != latest:
        return None
    main_subject = next(
        (actor for actor, word in here if actor != antecedent and word.dep_ in SUBJECT_DEPS and word.i < described.i and word.head.i == described.head.i),
        None,
    )
    if main_subject is not None:
        return main_subject
    other = next((actor for actor, word in reversed(here) if actor != antecedent and word.i < described.i), None)
    if other is None and subject is not None and subject[0] != antecedent and subject[1] == sentence - 1:
        other = subject[0]
    if other is None:
        other = next((actor for actor, number in reversed(people) if actor != antecedent and sentence - number <= PRONOUN_REACH), None)
    return other


def _reporter_of(pronoun: Token, here: list[tuple[str, Token]], reporting_verbs: Collection[str]) -> str | None:
    """The person who says the clause a pronoun is in: the subject of the reporting verb (reporting_verbs) whose
    complement holds it, or of the clause a reporting participle hangs on ("..., stressing that his government ...")."""
    clause = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in reporting_verbs:
        return None
    reporter = clause.head
    if any(c.dep_ in ("dobj", "dative") for c in reporter.children):
        return None  # "told his guest that Cairo supported his efforts": the one told may be meant
    # a reporting participle ("..., stressing that") says it of the subject of a clause above it
    verbs = [reporter, *(list(reporter.ancestors)[:REPORTER_REACH] if reporter.tag_ == "VBG" and reporter.dep_ in ("advcl", "conj", "xcomp") else [])]
    for verb in verbs:
        found = next((actor for actor, word in here if word.dep_ in SUBJECT_DEPS and word.head.i == verb.i), None)
        if found is not None:
            return found
    return None


# How many clauses up a reporting participle's sayer is looked for.
REPORTER_REACH = 4


GOVERNMENT_TYPE = "government"
# Words a capitalised name keeps in lower case ("General Command of the Armed Forces").
CAPITALISED_EXCEPTIONS = frozenset({"of", "the", "and", "for", "in"})
# Actors "the Russian group" may stand for (_organisations_by_demonym): groups with a country, not states or governments.
ORGANISATION_TYPES = frozenset({"armed group", "mercenary group", "militant group"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# Words that make a name a government's name ("the Syrian government", "the Assad regime"), for _bare_is_actor.
GOVERNMENT_WORDS = frozenset({"government", "governments", "regime", "administration"})


def _government_of_other(
    pronoun: Token, chosen: str, here: list[tuple[str, Token]], people: list[tuple[str, int]], sentence: int,
    governing_nouns: Collection[str], governments: Collection[str], by_token: dict[int, ActorSpan] | None = None,
) -> str | None:
    """"Dbeibah flew to Ankara. Erdogan pledged Turkey's backing for his government": "his government" (a noun of
    `governing_nouns`) as what its clause acts on, in a clause whose subject is the person "his" would be, is the
    government of the last person of another actor named within reach when that actor is a government (`governments`:
    the GNA, the GNU), as a reader takes it, and so is one a noun's possessor acts on ("Sarraj met Erdogan to discuss
    Turkey's support for his government"); "Erdogan said his government would help" (the government is the subject)
    and "Erdogan defended his government's record" (a possessor) keep Erdogan. None when that does not apply."""
    noun = pronoun.head
    if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss" or noun.lemma_.lower() not in governing_nouns or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head
    possessors = set()  # "to discuss Turkey's support for his government": the giver the noun names acts, as a subject
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        possessors |= {c.i for c in verb.children if c.dep_ in ROLE_OWNER_DEPS and c.i < noun.i}
        verb = verb.head
    verbs = {verb.i}
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "promised to support his government": the subject of "promised"
        verb = verb.head
        verbs.add(verb.i)
    clause_subject = next((actor for actor, word in here if word.dep_ in SUBJECT_DEPS and word.head.i in verbs), None)
    if clause_subject is None and by_token:
        clause_subject = next((by_token[i].actor_id for i in sorted(possessors) if i in by_token), None)
    if clause_subject is None or clause_subject != chosen:
        return None
    other = next(((actor, number) for actor, number in reversed(people) if actor != chosen), None)
    if other is None or other[0] not in governments or sentence - other[1] > PRONOUN_REACH:
        return None
    return other[0]


QUOTE_MARKS = frozenset({'"', "“", "”"})


QUOTED_KEY = "quoted_tokens"
# doc.user_data key (with the finder's id) of the dictionary matches in a Doc (MentionFinder._name_matches).
NAME_MATCHES_KEY = "name_matches"


def dictionary_actors_at(doc: Doc) -> dict[int, set[str]]:
    """Token index -> the actors a dictionary name covering it may stand for, from the matches a
    MentionFinder left on the Doc (tag_names runs before the parse repairs, which ask: "Turkey" and
    "Ankara" are one actor); empty for a Doc no finder has read. Ignored names are left out."""
    found: dict[int, set[str]] = {}
    for key, value in doc.user_data.items():
        if not (isinstance(key, tuple) and key and key[0] == NAME_MATCHES_KEY) or value[0] != len(doc):
            continue
        for match_id, start, end in value[1]:
            actor, _, kind = doc.vocab.strings[match_id].partition("|")  # the labels MentionFinder.__init__ makes
            if kind.partition("|")[0] == "ignore":
                continue
            for i in range(start, end):
                found.setdefault(i, set()).add(actor)
    return found


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside quotation marks: curly marks say which side they
    open; a straight one toggles. Kept on the Doc: two steps ask, and it depends only on the words."""
    known = doc.user_data.get(QUOTED_KEY)
    if known is not None:
        return known
    inside: set[int] = set()
    quoted = False
    # The words' hashes from the parse's array, not a Python Token each.
    marks = {doc.vocab.strings[mark]: mark for mark in QUOTE_MARKS}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        mark = marks.get(orth)
        if mark is not None:
            quoted = mark == "“" or (mark == '"' and not quoted)
        elif quoted:
            inside.add(i)
    doc.user_data[QUOTED_KEY] = frozenset(inside)
    return doc.user_data[QUOTED_KEY]


FOLDED_KEY = "norms_folded"


# The folded norm of each word by its orth, per StringStore (by id, the store held so the id stays its own).
_FOLDED_NORMS: dict[int, tuple[StringStore, dict[int, int]]] = {}


def _fold_norms(doc: Doc) -> None:
    """Each token's norm is its folded text (once per Doc: the finder and tag_names both match on it).
    Read and written as arrays of hashes: a Python Token per word cost more than the folding."""
    if doc.user_data.get(FOLDED_KEY):
        return
    strings = doc.vocab.strings
    norms = _FOLDED_NORMS.setdefault(id(strings), (strings, {}))[1]
    hashes = doc.to_array(ORTH)
    orths = hashes.tolist()
    for orth in set(orths).difference(norms):  # the words not folded before (few, once a corpus is under way)
        norms[orth] = strings.add(fold(strings[orth]))
    folded = list(map(norms.__getitem__, orths))
    if folded:
        hashes[:] = folded
        doc.from_array([NORM], hashes)
    doc.user_data[FOLDED_KEY] = True


def _surnames_alone(docs: list[Doc], mentions: list[list[ActorSpan]]) -> list[list[ActorSpan]]:
    """"Gen. Stephen Townsend said ... Townsend added": the last word of an official's full name, once the article has
    named them so, is that person when it stands alone later: a proper noun written as a name ("Townsend", not "II"),
    with no other name right before or after it ("Serena Townsend", "Townsend Street" are others). A surname two
    officials of different actors share is nobody's. The dictionary lists the surnames of most officials; this reads
    the ones it leaves out."""
    surnames: dict[str, set[str]] = {}
    resolved = []
    for doc, found in zip(docs, mentions):
        by_token = {i: m for m in found for i in m.token_ids}
        full = {m.span.end - 1: m for m in found if m.kind == "official" and len(m.span) >= 2}
        added = []
        # only an official's last word or a proper noun can matter: read from the parse's arrays, without a Token per word
        propn = [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == PROPN_POS]
        for token in (doc[i] for i in sorted(full.keys() | set(propn))):
            if token.i in full:
                last = token.text
                if len(last) >= 3 and last.isalpha() and last.istitle():
                    surnames.setdefault(fold(last.lower()), set()).add(full[token.i].actor_id)
                continue
            if token.i in by_token or token.pos_ != "PROPN" or not token.is_title:
                continue
            actors = surnames.get(fold(token.lower_))
            if not actors or len(actors) != 1:
                continue
            neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
            if any(n.pos_ == "PROPN" and n.is_title for n in neighbours):
                continue
            added.append(ActorSpan(next(iter(actors)), "official", doc[token.i : token.i + 1]))
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return resolved


def _merge_same_actor(mentions: list[ActorSpan]) -> list[ActorSpan]:
    """One mention for "Turkish Defense Minister Hulusi Akar", not two."""
    merged: list[ActorSpan] = []
    for mention in mentions:
        if merged:
            previous = merged[-1]
            doc = mention.span.doc
            gap = doc[previous.span.end : mention.span.start]
            if (
                previous.actor_id == mention.actor_id
                and len(gap) <= MERGE_MAX_GAP
                and all(token.pos_ in MERGE_GAP_POS for token in gap)
            ):
                kind = "official" if "official" in (previous.kind, mention.kind) else previous.kind
                merged[-1] = ActorSpan(mention.actor_id, kind, doc[previous.span.start : mention.span.end])
                continue
        merged.append(mention)
    return merged
