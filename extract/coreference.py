"""Coreference inside one article: epithets ("the renegade general", "the Gulf
state") stand for the actor they describe that was named most recently before
them (salience by recency), never for an actor the article has not named yet.
Which epithet may mean which actors is data: data/dictionary/epithets.jsonl. A definite
description ("the mercenaries") counts only after "the", and a use without it or with another
owner ("Syrian mercenaries") blocks the words until their actor is named again; "the government"
is the Libyan government only when that is the last actor named ("nearby"); "the group" looks one
sentence back ("reach"); "his guest", "his counterpart" are the other person of the pair named
last (`_counterpart`), or after a visit the state or government visited ("travelled to Ankara. He thanked his hosts":
`_visits`, `_visited`).

"It"/"its" at the start of a sentence stand for the previous sentence's subject
when that was one state, government or group (`resolve_it`); the subject of a clause conjoined by "and", "but",
"yet" or a contrastive "while" is the first clause's subject ("Egypt has cut its rhetoric, but it still arms the LNA":
`_first_clause_subject`; "they" when that is a list or a plural of one actor, whatever is named between). Role nouns ("the diplomat", "the minister") stand for the person named most
recently, within PERSON_REACH sentences, unless the phrase names its own owner
("Turkey's foreign minister"). A title directly before a name ("warlord Khalifa Haftar", "strongman Muammar
Gaddafi") is not an epithet: the name says who it is.

"They"/"them"/"their" and "the two countries", "both governments", "the pair" stand for the
actors of a coordination named just before, or of two officials acting together ("Qatar's minister visited Tripoli with
his Turkish counterpart": `_companion_pair`) (`resolve_group_references`; the group nouns and the
words that count them are data). "The former"/"the latter" are the first/second actor of the pair
named last, and in a gapped clause ("the former backs Haftar, the latter the GNA") the latter does what
the verb before says (extract.coreference_pairs). "The two sides", "the
warring parties" are both actors of the last opposing or negotiating pair the sentences read so
far set (`side_references`, `sides_of_edges`, `resolve_sides`, run by the extractor sentence
by sentence). A side phrase
that names the place of the war ("Libya's rival factions", "the opposing sides in Libya") is that
war's two sides, whatever pair came before (`conflict_sides`, `names_conflict_place`).

"Its ally", "his backers", "the backers of Haftar", "its rival" are the actors the sentences read so far
have related to the owner that way, and "his rivals in the capital" the one of them seated there (`_placed_related`) (`resolve_related`, run by the extractor sentence by sentence with the
edges before); "its Libyan ally" one of the war's sides among them, and an outsider's ally with none read the one side
named so far, when named with it before (extract.coreference_allies). "They" after a plural subject of one actor ("Turkish troops") is that actor, and "Both" as
a subject the pair that was the subject last (`resolve_group_references`). "The Libyan army" is the LNA
only once the article has named it plainly as the Libyan National Army (`Epithet.titled`); "a spokesman
for the GNA" is the GNA (`Epithet.speaks_for`); "the armed forces" is the LNA in what the LNA's people say,
and "the army", "the kingdom", "the ministry" the speaker's own actor in what its people say (`Epithet.in_words_of`, `sayer`).

"His rival" of one of the war's two sides that the article has set against no one yet is the other side (`_war_rival`),
and the war's two sides named together as a subject are "the two sides" after them when no pair is set
(`sides_of_coordination`). "The commander" alone is Haftar named shortly before, unless a person of another actor was
named since (`Epithet.person_last`). A place taken and then described as someone's is theirs (extract.coreference_places).

"The deal", "the attack", "the proposal", "the move" (`Epithet.act`) stand for the parties or author of the last
noun of the same kind named in their sentence or the two before, and "the move" with none for the subject of the
sentence right before when that states an act (`resolve_act_references`); "the plan", "the announcement", "the meeting"
with none for what the sentence right before proposed, declared or met about (`Epithet.stated_by`: "Haftar met Sarraj.
Russia hosted the meeting": both who met, and only as what a host or broker acts on, `Epithet.governed_by`). "A
ceasefire" is an act "the deal" goes back to, but "the ceasefire" stands for nobody (`Epithet.earlier_only`); a clause
between commas on the reference describes it ("The move, which Ankara defended, ...": `_set_off`).
"It" judged ("Egypt denounced it") is the singular act named last, in its sentence or the one before, even "a deal"
(`_act_pronoun`).
Goods sent shortly before ("the aircraft", "the drones") stand for who sent them ("Moscow sent jets. The aircraft
were meant to support Wagner"), and "accused Moscow of sending jets" makes Moscow the sender.

An epithet of one person ("the field marshal": `Epithet.individual`) is a person "he" goes back to; "the 76-year-old"
(`Epithet.aged`) is the person named last; a backer or link before a hyphen ("the Kremlin-linked group", "the
Emirati-backed general": `Epithet.linked_by`) is no owner. "The two" standing alone is the pair named last
(`standalone_count`), and "Ankara's ally" is read as "its ally" is (`_possessive_name`). "It" goes back to a body of one
actor that was the subject ("Egypt's foreign ministry": `_body_subject`).
"""
from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Sequence

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN, VERB
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from extract.coreference_allies import actors_named_in, backs_own_rival, sole_named_side, war_place_word
from extract.dictionary import DEFAULT_DICTIONARY_DIR
from extract.lexicon import Lexicon
from extract.mentions import ACT_REFERENCE_KIND, EPITHET_KIND, GROUP_REFERENCE_KIND, PERSON_KINDS, SIDES_KIND, SUBJECT_DEPS, ActorSpan, dictionary_actors_at, quoted_tokens
from extract.relations.grammar import RELATIVE_PRONOUNS, doc_text, positions_in

EPITHETS_FILE = "epithets.jsonl"
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
    # Stands for an actor only after "the" ("the mercenaries"): without it the words name new ones
    # ("Turkey sent mercenaries"), which the same words after them stand for until an actor is named again.
    definite: bool = False
    # After "his"/"her", the other one of the two people named last ("his guest", "her counterpart").
    counterpart: bool = False
    # Stands for its actor only when that is the last actor named, in this sentence or the one before
    # ("The GNA retook Tarhuna. The government said ..."; not after "... accused Italy"): words as common
    # as "the government" are any state's too.
    nearby: bool = False
    # How many sentences back its actor may have been named ("the group": the one before at most); None: any.
    reach: int | None = None
    # After a possessive pronoun, the actor the article has already related to the owner this way
    # ("Turkey armed the GNA. Ankara vowed to keep arming its ally": the GNA); one of RELATED_ROLES.
    related: str = ""
    # Stands for its actor only once the article has named it by one of these (lower case), not right after one
    # of `unless_after` ("the Libyan army": the LNA once the article calls it "the Libyan National Army", not "the
    # self-styled Libyan National Army"; outlets on the other side call the GNA's forces "the Libyan army").
    titled: tuple[str, ...] = ()
    unless_after: tuple[str, ...] = ()
    # A person role noun whose for-phrase names the one actor it speaks for ("a spokesman for the GNA"): that actor.
    speaks_for: bool = False
    # A noun of an act or thing ("deal", "attack", "proposal"): after "the" it stands for the parties or author of the
    # last noun of the same kind `act` named shortly before (resolve_act_references); `made_by`: the verbs whose
    # subject makes one ("signed a deal", "launched an offensive"), and whose with-phrase is a party when
    # `with_party` ("signed a deal with the GNA").
    act: str = ""
    made_by: tuple[str, ...] = ()
    with_party: bool = False
    # With no noun of its kind named shortly before, the act is what the sentence right before says its subject did
    # ("Turkey sent troops to Libya. Egypt condemned the move": Turkey).
    clause: bool = False
    # The words describe one person of the actor ("the renegade general", "the field marshal": Haftar), so the
    # resolved phrase is a person that "he"/"his" after it go back to (extract.mentions), and not what "it" does.
    individual: bool = False
    # The words follow an age ("year-old" in "the 76-year-old"): only "the", a number and a hyphen before them make
    # the reference ("a 34-year-old was killed" is someone new; "the 76-year-old general" is read by "general").
    aged: bool = False
    # Participles (lower case) after a hyphen that say the name before it is linked to the one meant, not its owner:
    # "the Kremlin-linked group" is the group named last (Wagner), where "the Syrian group" would name another.
    linked_by: tuple[str, ...] = ()
    # A person's surname alone on second reference ("Saleh" after "Aguila Saleh"): written with a capital and not
    # right after another capitalised word ("Barham Saleh" is someone else), once the article has named the person
    # in full (`titled`). Bare surnames shared by many people cannot be dictionary names.
    surname: bool = False
    # Verbs of a visit (lemmas, lower case): after "his"/"her"/"their" with no pair of people named to pick from, a
    # counterpart noun ("his hosts") is the one state or government whose name or capital the visit went to, in its
    # sentence or the one before ("Bashagha visited Ankara. He thanked his hosts": Turkey; _visited).
    visited_by: tuple[str, ...] = ()
    # Stands for its actor only in what that actor's people or bodies say: the that-clause or quotation of a verb whose
    # subject names the actor ("al-Mismari said the armed forces downed a drone": the LNA), never elsewhere ("the armed
    # forces" are any state's; sayer).
    in_words_of: bool = False
    # With no noun of its kind named shortly before, the act is the sentence right before when its main verb is one of
    # these ("Egypt proposed a ceasefire. The GNA rejected the plan": propose): its subject, and with `with_party` its
    # object or with-phrase too ("Haftar met Sarraj in Moscow. Russia hosted the meeting": both).
    stated_by: tuple[str, ...] = ()
    # The noun only names an act of its kind that a later reference goes back to, and is no reference itself: "the
    # ceasefire" is the war's, whoever signed the last one ("The GNA and the LNA signed a ceasefire. Williams brokered the deal").
    earlier_only: bool = False
    # The reference stands for the act's parties only as what one of these verbs acts on ("Russia hosted the meeting",
    # "the talks, brokered by Egypt,"): criticising a meeting is no stance on those who met, as criticising a deal is.
    governed_by: tuple[str, ...] = ()
    # A clause with two or more authors states no act of one side this stands for ("The GNA and the LNA announced a
    # ceasefire. France welcomed the announcement": welcoming a joint announcement backs neither).
    single_author: bool = False
    # The dates (yyyy-mm-dd, either may be "") between which the words mean their actor even in an article that
    # has not named it, one pair per actor: in the war's years "the renegade general" is Haftar whether or not a
    # sentence before said so, and "the legitimate government" the GNA until 14 March 2021 and the GNU after.
    alone: tuple[tuple[str, str] | None, ...] | None = None
    # The actor whose demonym the words open with ("Russia" for "the Russian group"): the finder reads the demonym as
    # that actor, and the epithet, once resolved, takes its place ("Wagner fighters withdrew from Sirte. The GNA accused
    # the Russian group of war crimes": Wagner, not Russia).
    demonym_of: str = ""
    # Stands for its actor only when no person of another actor was named after that actor's last mention: words as
    # common as "the commander" are any officer's ("The LNA shelled Misrata. Juwaili, who leads the GNA's forces,
    # said ... The commander added": unsure).
    person_last: bool = False
    # A person role noun of which a country has many ("the Lebanese diplomat", "the Egyptian academic"): a demonym on it
    # that names a state the article names nowhere else is the person's nationality, and the phrase is the person named
    # last ("Salame resigned as UN envoy. The Lebanese diplomat had tried to broker a deal": the UN's), not that state.
    nationality: bool = False
    # Actors in whose people's words the words do not stand alone (Epithet.alone): "the legitimate government" in what
    # Haftar's side says is its own eastern government, not the GNA.
    not_alone_in_words_of: tuple[str, ...] = ()

    def alone_actor(self, date: str) -> str | None:
        """The actor the words mean on `date` with no antecedent (Epithet.alone); None on other dates, or undated."""
        if self.alone is None or not date:
            return None
        for actor, period in zip(self.actors, self.alone):
            if period is not None and (not period[0] or period[0] <= date) and (not period[1] or date <= period[1]):
                return actor
        return None


def _alone_periods(alone: object, actors: int) -> tuple[tuple[str, str] | None, ...] | None:
    """Epithet.alone from its entry: [from, until] for an epithet of one actor, or one such pair per actor (null for an
    actor the words never mean alone)."""
    if alone is None:
        return None

    def period(pair: object) -> tuple[str, str] | None:
        if pair is None:
            return None
        if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(d, str) and re.fullmatch(r"(\d{4}-\d{2}-\d{2})?", d) for d in pair):
            raise TypeError("alone must be [from, until], two yyyy-mm-dd dates (either may be \"\"), or one such pair per actor")
        return pair[0], pair[1]

    if isinstance(alone, list) and alone and all(pair is None or isinstance(pair, list) for pair in alone) and any(alone):
        if len(alone) != actors:
            raise TypeError("alone as a list of periods needs one [from, until] per actor")
        return tuple(period(pair) for pair in alone)
    if actors != 1:
        raise TypeError("alone needs exactly one actor (or one [from, until] per actor)")
    return (period(alone),)


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
            definite = bool(entry.get("definite", False))
            counterpart = bool(entry.get("counterpart", False))
            nearby = bool(entry.get("nearby", False))
            reach = entry.get("reach")
            related = entry.get("related", "")
            speaks_for = bool(entry.get("speaks_for", False))
            act = entry.get("act", "")
            made_by = tuple(word.lower() for word in entry.get("made_by", ()))
            with_party = bool(entry.get("with_party", False))
            clause = bool(entry.get("clause", False))
            individual = bool(entry.get("individual", False))
            aged = bool(entry.get("aged", False))
            linked_by = tuple(word.lower() for word in entry.get("linked_by", ()))
            surname = bool(entry.get("surname", False))
            visited_by = tuple(word.lower() for word in entry.get("visited_by", ()))
            in_words_of = bool(entry.get("in_words_of", False))
            if in_words_of and not actors:
                raise TypeError("in_words_of needs actors (whose words they are)")
            if not all(isinstance(word, str) and word.strip() for word in visited_by):
                raise TypeError("visited_by must be a list of verbs")
            stated_by = tuple(word.lower() for word in entry.get("stated_by", ()))
            earlier_only = bool(entry.get("earlier_only", False))
            governed_by = tuple(word.lower() for word in entry.get("governed_by", ()))
            single_author = bool(entry.get("single_author", False))
            demonym_of = entry.get("demonym_of", "")
            person_last = bool(entry.get("person_last", False))
            nationality = bool(entry.get("nationality", False))
            if nationality and not person:
                raise TypeError("nationality is for person role nouns (\"person\": true)")
            if person_last and not individual:
                raise TypeError("person_last is for epithets of one person (\"individual\": true)")
            if not isinstance(demonym_of, str) or (demonym_of and not actors):
                raise TypeError("demonym_of must be an actor id, on an epithet with actors")
            if demonym_of and known is not None and demonym_of not in known:
                raise TypeError(f"demonym_of: unknown actor {demonym_of!r}")
            alone = _alone_periods(entry.get("alone"), len(actors))
            raw = entry.get("not_alone_in_words_of", [])
            if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw) or (raw and alone is None):
                raise TypeError("not_alone_in_words_of needs alone, and is a list of actor ids")
            not_alone_in_words_of = tuple(raw)
            if not all(isinstance(word, str) and word.strip() for word in (*stated_by, *governed_by)):
                raise TypeError("stated_by and governed_by must be lists of verbs")
            if not all(isinstance(word, str) and word.strip() for word in linked_by):
                raise TypeError("linked_by must be a list of words")
            if not isinstance(act, str) or not all(isinstance(word, str) and word.strip() for word in made_by):
                raise TypeError("act must be a kind's name and made_by a list of verbs")
            if (made_by or with_party or clause or stated_by or earlier_only or governed_by or single_author) and not act:
                raise TypeError("made_by, with_party, clause, stated_by, earlier_only, governed_by and single_author need act")
            if aged and not person:
                raise TypeError("aged is for person role nouns (\"person\": true)")
            if individual and not actors:
                raise TypeError("individual needs actors (the actor the person is of)")
            titled = tuple(name.lower() for name in entry.get("titled", ()))
            unless_after = tuple(word.lower() for word in entry.get("unless_after", ()))
            if not all(isinstance(name, str) and name.strip() for name in (*titled, *unless_after)):
                raise TypeError("titled and unless_after must be lists of words")
            if related and related not in RELATED_ROLES:
                raise TypeError(f"related must be one of {sorted(RELATED_ROLES)}, not {related!r}")
            if reach is not None and (not isinstance(reach, int) or isinstance(reach, bool) or reach < 0):
                raise TypeError(f"reach must be a whole number of sentences, not {reach!r}")
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise EpithetError(f"{path}:{number}: expected {{\"epithet\": ..., \"actors\": [...]}} or {{\"epithet\": ..., \"person\": true}} ({error}).") from error
        unknown = [a for a in actors if known is not None and a not in known]
        if not words.strip() or bool(actors) + person + counterpart + bool(related) + bool(act) != 1 or unknown:
            raise EpithetError(
                f"{path}:{number}: needs words and one of: actor ids from the dictionary, \"person\": true, \"counterpart\": true,"
                f" \"related\": a role, \"act\": a kind of act (unknown: {unknown})."
            )
        if unless_after and not titled:
            raise EpithetError(f"{path}:{number}: unless_after needs titled (the names it qualifies).")
        if surname and not (titled and individual):
            raise EpithetError(f"{path}:{number}: surname needs titled (the person's full names) and individual.")
        if visited_by and not counterpart:
            raise EpithetError(f"{path}:{number}: visited_by is for counterpart nouns (\"counterpart\": true).")
        if speaks_for and not person:
            raise EpithetError(f"{path}:{number}: speaks_for is for person role nouns (\"person\": true).")
        epithets.append(
            Epithet(
                words, actors, person, anywhere, definite, counterpart, nearby, reach, related, titled, unless_after, speaks_for, act, made_by, with_party, clause,
                individual, aged, linked_by, surname, visited_by, in_words_of, stated_by, earlier_only, governed_by, single_author,
                alone, demonym_of, person_last, nationality, not_alone_in_words_of,
            )
        )
    return epithets


class EpithetResolver:
    def __init__(self, nlp: Language, epithets: Sequence[Epithet], states: Collection[str] = ()) -> None:
        # the actors that are states: a state has a government too, so "the government" stands alone (Epithet.alone)
        # for its Libyan one only with no state named in its sentence or the one before
        self._states = frozenset(states)
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._epithets: dict[int, Epithet] = {}
        self._order: dict[int, int] = {}  # match id -> the epithet's place in the file
        for number, epithet in enumerate(epithets):
            if epithet.related or epithet.act:
                continue  # read sentence by sentence, with the relations read before (resolve_related), or resolve_act_references
            key = nlp.vocab.strings.add(f"epithet-{number}")
            self._epithets[key] = epithet
            self._order[key] = number
            self._matcher.add(f"epithet-{number}", [nlp.make_doc(epithet.words.lower())])
        self._visit_verbs = frozenset(verb for epithet in epithets for verb in epithet.visited_by)

    def resolve(self, docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], date: str = "") -> list[list[ActorSpan]]:
        """Each paragraph's mentions plus its resolved epithets, in article order; `date` (the article's, yyyy-mm-dd)
        says whether an epithet may stand alone (Epithet.alone)."""
        last_seen: dict[str, tuple[int, int]] = {}  # actor -> (sentence, token) of its latest mention
        # the actors whose latest mention modifies a noun ("the UN arms embargo"): named in passing
        modifying: set[str] = set()
        named_anywhere = {m.actor_id for found in mentions for m in found}
        # (sentence, actor) of the latest person named, inside quotations or outside them: outside
        # a quotation "the diplomat" is the last person named outside one.
        last_person: dict[bool, tuple[int, str] | None] = {True: None, False: None}
        sentence = 0
        resolved = []
        # epithet words -> (sentence, token) where they last named others than their actors ("Syrian
        # mercenaries", "Turkey sent mercenaries"): after that they stand only for an actor named again
        other_since: dict[str, tuple[int, int]] = {}
        # (sentence, actor) of each person named, in order: "his guest" is one of the last two
        people: list[tuple[int, str]] = []
        # (sentence, actor) of the last person named as a subject: who "his" opening a sentence is ("Sarraj met
        # Erdogan. His host pledged ...": Sarraj's host)
        subject_person: tuple[int, str] | None = None
        # actor -> (sentence, token) of its latest name or resolved epithet: the owner of "his guest"
        # may be an epithet ("The field marshal thanked his host")
        last_named: dict[str, tuple[int, int]] = {}
        last_actor: tuple[int, str] | None = None  # (sentence, actor) of the last name
        last_state = -2  # the sentence of the last state named
        last_official: tuple[tuple[int, int], str] | None = None  # ((sentence, token), actor) of the last person named
        # actor -> the names (lower case) it was named by so far, each with the words written right before it
        titles: dict[str, list[tuple[str, str]]] = {}
        visits: list[tuple[int, int, str]] = []  # (sentence, token, actor) of each visit to a named place (_visits)
        for doc, found in zip(docs, mentions):
            taken = {i for m in found for i in m.token_ids}
            by_token = {i: m for m in found for i in m.token_ids}
            events: list[tuple[int, int, ActorSpan | tuple[Epithet, object, bool]]] = [(m.span.start, 1, m) for m in found]
            spoken: list[ActorSpan] = []
            # two entries of the same words ("kingdom") are read in file order, not in the order of their ids' hashes
            for match_id, start, end in sorted(self._matcher(doc), key=lambda match: (match[1], self._order[match[0]])):
                span = doc[start:end]
                epithet = self._epithets[match_id]
                if epithet.aged:
                    span = _aged(span)
                    if span is None:
                        continue
                    start = span.start
                covered = taken.intersection(range(start, end))
                if covered and not _demonym_only(covered, by_token, epithet.demonym_of):
                    continue
                if _names_follow(doc, end, taken) or not _heads_noun_phrase(span):
                    continue
                if epithet.surname and not _surname_alone(span):
                    continue
                spoken_for = _spoken_for(span, by_token) if epithet.speaks_for else None
                if spoken_for is not None:
                    spoken.append(ActorSpan(spoken_for, PERSON_EPITHET_KIND, span))  # "a spokesman for the GNA"
                    continue
                owners = _owners(span, by_token, epithet.linked_by)
                if owners and epithet.nationality and (national := _nationality(span, by_token, mentions)) is not None:
                    events.append((start, 0, (epithet, span, national)))  # "the Lebanese diplomat": the person named last
                    continue
                if owners:
                    if epithet.definite and not owners.intersection(epithet.actors):
                        events.append((start, 0, (epithet, span, False)))  # "Syrian mercenaries": others
                    continue
                if epithet.definite and (not _after_the(span, epithet.linked_by) or _says_which(span) or _placed_elsewhere(span, epithet.actors)):
                    # "Turkey sent mercenaries": new ones; "the group of experts": another one
                    events.append((start, 0, (epithet, span, False)))
                    continue
                events.append((start, 0, (epithet, span, True)))
            starts = [s.start for s in doc.sents]
            inside = quoted_tokens(doc)
            visits += _visits(doc, self._visit_verbs, by_token, sentence, starts, named_anywhere) if self._visit_verbs else []
            added = []
            replaced: set[int] = set()
            number = sentence
            events += [(m.span.start, 1, m) for m in spoken]
            for start, _, event in sorted(events, key=lambda e: e[:2]):
                number = sentence + max(bisect_right(starts, start) - 1, 0)
                if isinstance(event, ActorSpan):
                    last_seen[event.actor_id] = last_named[event.actor_id] = (number, start)
                    root = event.span.root
                    if root.dep_ in ("compound", "amod", "nmod") and not event.span.start <= root.head.i < event.span.end:
                        modifying.add(event.actor_id)
                    else:
                        modifying.discard(event.actor_id)
                    last_actor = (number, event.actor_id)
                    if event.actor_id in self._states:
                        last_state = number
                    titles.setdefault(event.actor_id, []).append((event.span.text.lower(), _text_before(event.span)))
                    if event.kind == "official":
                        people.append((number, event.actor_id))
                        last_official = ((number, start), event.actor_id)
                        if event.span.root.dep_ in ("nsubj", "nsubjpass") and start not in inside:
                            subject_person = (number, event.actor_id)
                        last_person[True] = (number, event.actor_id)
                        if start not in inside:
                            last_person[False] = last_person[True]
                    continue
                epithet, span, refers = event
                if isinstance(refers, Token):
                    person = last_person[start in inside]
                    if person is not None and number - person[0] <= 1 and person[1] != by_token[refers.i].actor_id:
                        added.append(ActorSpan(person[1], PERSON_EPITHET_KIND, span))
                        replaced.add(refers.i)  # the demonym says where the person is from, not whom they act for
                    continue
                if not refers:
                    other_since[epithet.words] = (number, start)
                    continue
                if epithet.counterpart:
                    other = _counterpart(span, number, people, last_named, subject_person)
                    if other is None and epithet.visited_by:
                        other = _visited(span, number, visits)
                    if other is not None:
                        added.append(ActorSpan(other, PERSON_EPITHET_KIND, span))
                    continue
                if epithet.person:
                    person = last_person[start in inside]
                    if person is not None and number - person[0] <= PERSON_REACH:
                        added.append(ActorSpan(person[1], PERSON_EPITHET_KIND, span))
                    continue
                if epithet.in_words_of:
                    said_by = sayer(span, by_token)
                    placed = any(c.dep_ == "prep" and c.lower_ in PLACING_PREPS and c.i >= span.end for c in span.root.children)
                    if said_by in epithet.actors and not placed and not any(m.span == span and m.actor_id == said_by for m in added):
                        added.append(ActorSpan(said_by, EPITHET_KIND, span))
                    continue
                seen = [(last_seen[a], a) for a in epithet.actors if a in last_seen and _titled(epithet, titles.get(a, ()))]
                if own := _named_in_own_modifier(span, by_token):
                    # "The Gulf state, itself under a boycott by Abu Dhabi, ...": what its own modifier names, it is not
                    seen = [s for s in seen if s[1] not in own]
                if epithet.words in other_since:
                    seen = [s for s in seen if s[0] > other_since[epithet.words]]
                if epithet.reach is not None:
                    seen = [s for s in seen if number - s[0][0] <= epithet.reach]
                if epithet.nearby:
                    # only the last actor named, and not long before
                    near = last_actor is not None and number - last_actor[0] <= 1
                    seen = [s for s in seen if near and s[1] == last_actor[1]]
                if not seen and epithet.anywhere and epithet.words not in other_since:
                    seen = [((-1, -1), a) for a in epithet.actors if a in named_anywhere]
                # "Turkey's parliament extended the mandate, with the government arguing ...": with a state named in
                # its sentence or the one before, "the government" that acts may be the state's own; the one acted on
                # ("Turkish troops trained the government's forces") is the Libyan one
                state_near = epithet.nearby and number - last_state <= 1 and span.root.dep_ in SUBJECT_DEPS
                if not seen and not state_near and (alone := epithet.alone_actor(date)) is not None and epithet.words not in other_since:
                    # "Tunisia warned the eastern commander against ...", nobody named before: in the war's years the
                    # words are Haftar's alone, named before or not (not in the words of those who mean another)
                    if not (epithet.not_alone_in_words_of and sayer(span, by_token) in epithet.not_alone_in_words_of):
                        seen = [((-1, -1), alone)]
                if not seen and not epithet.nearby and not epithet.individual and epithet.words not in other_since:
                    # "Dbeibah flew to Abu Dhabi. The Gulf state pledged ...": a place just visited, named as a place
                    seen = _place_visited_before(span, number, visits, epithet.actors)
                if len(seen) > 1 and max(seen)[1] in modifying:
                    # "The EU launched Operation Irini to enforce the UN arms embargo. ... the mission": the one
                    # named last was named in passing, another one in full: unsure
                    continue
                if seen and epithet.person_last and _person_since(max(seen), last_official):
                    continue
                if seen:
                    added.append(ActorSpan(max(seen)[1], PERSON_EPITHET_KIND if epithet.individual else EPITHET_KIND, span))
                    replaced.update(range(span.start, span.end))  # "the Russian group": no longer Russia
                    # a resolved epithet names its actor as a name would: "Russian mercenaries ... The contractors,
                    # believed to belong to Wagner, ...": the contractors go back to the mercenaries
                    last_named[max(seen)[1]] = last_seen[max(seen)[1]] = (number, start)
            sentence += len(starts)
            kept = [m for m in found if replaced.isdisjoint(m.token_ids)] if replaced else found
            resolved.append(sorted([*kept, *spoken, *added], key=lambda m: m.span.start))
        return resolved


def _named_in_own_modifier(span: Span, by_token: dict[int, ActorSpan]) -> set[str]:
    """The actors named (not as a person) in what an epithet's phrase says of it after its words, set off by a comma: an
    apposition, a relative clause or a phrase ("The Gulf state, which has been boycotted by Abu Dhabi, ..."). A person
    named there may be its own ("The Gulf state, whose emir ...")."""
    root, doc = span.root, span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return set()
    after = [c for c in root.children if c.i > span.end and c.dep_ in ("appos", "relcl", "acl", "prep")]
    return {by_token[t.i].actor_id for c in after for t in c.subtree if t.i in by_token and by_token[t.i].kind != "official"}


def _nationality(span: Span, by_token: dict[int, ActorSpan], mentions: Sequence[list[ActorSpan]]) -> Token | None:
    """The demonym right after "the" and before a role noun ("the Lebanese diplomat") when it is the phrase's only owner
    and its state is named nowhere else in the article (Epithet.nationality); None otherwise ("Salame met Aoun in
    Beirut. The Lebanese diplomat ...": Lebanon is named, the diplomat may be its own)."""
    start = span.start
    if start < 2 or span.doc[start - 2].lower_ != "the":
        return None
    demonym = by_token.get(start - 1)
    if demonym is None or demonym.kind != "demonym" or demonym.span.start != start - 1:
        return None
    if any(c.i < start - 1 and c.dep_ in ("amod", "compound", "poss", "nmod") for c in span.root.children):
        return None
    others = sum(m.actor_id == demonym.actor_id for found in mentions for m in found)
    return span.doc[start - 1] if others == 1 else None


def _person_since(seen: tuple[tuple[int, int], str], last_official: tuple[tuple[int, int], str] | None) -> bool:
    """Whether a person of another actor was named after the epithet's actor last was (Epithet.person_last)."""
    return last_official is not None and last_official[1] != seen[1] and last_official[0] > seen[0]


# Prepositions after an epithet that say which or where ("the government in Cairo", "the armed forces of Egypt").
PLACING_PREPS = frozenset({"of", "in", "at", "from"})


def _demonym_only(covered: set[int], by_token: dict[int, ActorSpan], actor: str) -> bool:
    """Whether the names inside an epithet's words are only demonyms of `actor` (Epithet.demonym_of: "Russian" in "the
    Russian group"), which the epithet may take the place of."""
    return bool(actor) and all(by_token[i].kind == "demonym" and by_token[i].actor_id == actor for i in covered)


def sayer(span: Span, by_token: dict[int, ActorSpan]) -> str | None:
    """The one actor whose words `span` is in: the nearest clause above it that a verb takes as its complement ("said
    the armed forces downed", "confirmed that ..."), when that verb's subject names one actor and no other (its person,
    "al-Mismari", or body, "the LNA's spokesman"); or a that-clause on the noun of a statement the verb's subject makes
    ("said in a statement that ...", "issued a statement that ..."); None otherwise."""
    node = span.root
    while node.dep_ != "ccomp" and not _statement_content(node):
        if node.head.i == node.i:
            return None
        node = node.head
    verb = node.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
        verb = verb.head  # "said in a statement that": the verb the statement hangs on
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    actors = {by_token[t.i].actor_id for t in subjects[0].subtree if t.i in by_token}
    return next(iter(actors)) if len(actors) == 1 else None


def _statement_content(clause: Token) -> bool:
    """"a statement that Turkey would train ...": a that-clause the parser hangs on a noun as what it says."""
    return clause.dep_ == "acl" and clause.head.pos == NOUN and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _spoken_for(span: Span, by_token: dict[int, ActorSpan]) -> str | None:
    """The one actor the for-phrase of a role noun names ("a spokesman for the GNA", "a spokesman for the GNA's
    Volcano of Rage operation"); None without one, or when it names several."""
    preps = [c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "for" and c.i >= span.end]
    if len(preps) != 1:
        return None
    named = {by_token[t.i].actor_id for t in preps[0].subtree if t.i in by_token}
    return next(iter(named)) if len(named) == 1 else None


def _text_before(span: Span) -> str:
    """The few words written right before a name, in lower case ("the self-styled" before "Libyan National Army")."""
    # joined from the tokens just before the name: doc.text would rebuild the whole article's text for each name
    start = max(0, span.start_char - 30)
    first = span.start
    while first > 0 and span.doc[first - 1].idx + len(span.doc[first - 1].text_with_ws) > start:
        first -= 1
    if first == span.start:
        return ""
    before = span.doc[first : span.start].text_with_ws
    return before[start - span.doc[first].idx :].lower().rstrip()


def _titled(epithet: Epithet, names: Sequence[tuple[str, str]]) -> bool:
    """Whether the article has named the actor as the epithet needs (Epithet.titled); any name does when it needs none."""
    if not epithet.titled:
        return True
    return any(name in epithet.titled and not before.endswith(epithet.unless_after) for name, before in names)


# Modifiers that say whose the thing named is; a clause on it ("the renegade general, backed
# by Egypt", "the general who attacked the GNA") names other actors, not its owner.
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod", "det"})


def _owners(span: Span, by_token: dict[int, ActorSpan], linked_by: Collection[str] = ()) -> set[str]:
    """The actors a name in the phrase says it belongs to: "Turkey's foreign minister", "the Turkish
    minister", "the minister of Turkey", "Syrian mercenaries"; empty when the phrase names none. A name
    before a hyphen and one of `linked_by` ("the Kremlin-linked group") is linked to it, not its owner."""
    # an of-phrase of a gerund says what is done, not whose ("accused the mission of targeting shipments bound for the GNA")
    owners = [
        c
        for c in span.root.children
        if (c.dep_ in OWNER_DEPS and not _linking(c, linked_by))
        or (c.dep_ == "prep" and c.lower_ == "of" and not any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children))
    ]
    return {by_token[t.i].actor_id for c in owners for t in c.subtree if (t.i < span.start or t.i >= span.end) and t.i in by_token}


def _heads_noun_phrase(span: Span) -> bool:
    """The words end a noun phrase of their own: not "general" in "the general command" or "general
    elections", which modifies the noun after it."""
    last = span[-1]
    return not (last.dep_ in ("amod", "compound", "nmod") and last.head.i >= span.end)


def _surname_alone(span: Span) -> bool:
    """"Saleh said": a surname written as a name, with no other name or title right before it ("Barham Saleh",
    "Speaker Saleh" are left alone: another person, or a title the dictionary does not know)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return span.text[:1].isupper()
    return span.text[:1].isupper() and before.pos_ != "PROPN" and (before.is_sent_start or not before.text[:1].isupper())


def _says_which(span: Span) -> bool:
    """"the group of experts", "the group of seven": an of-phrase (naming no actor) says which one it is; a gerund
    after "of" is what the noun is accused or suspected of ("accusing the group of fighting for Haftar"), which
    says nothing of which, and neither does one the parser hung on the object of a verb of accusing ("accused the
    group of war crimes": the verb's charge)."""
    verb = span.root.head
    if span.root.dep_ == "dobj" and verb.lemma_.lower() in ACCUSING_VERBS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        phrases = [c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end]
        # one of-phrase, itself with none: the charge ("of war crimes"); "the group of experts of bias" says which
        if len(phrases) == 1 and sum(t.lower_ == "of" for t in phrases[0].subtree) == 1:
            return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end and not any(o.dep_ in ("pobj", "pcomp") and o.tag_ == "VBG" for o in c.children)
        for c in span.root.children
    )


# Verbs whose of-phrase is the charge ("accused the group of war crimes"), wherever the parser hangs it.
ACCUSING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "absolve"})


def _placed_elsewhere(span: Span, actors: Collection[str]) -> bool:
    """"the government in Cairo", "the group in Damascus": an in-phrase whose place the dictionary names as the seat of
    none of the epithet's actors says which one it is, and that one is another."""
    at = dictionary_actors_at(span.doc)
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i >= span.end:
            if any(o.dep_ == "pobj" and at.get(o.i) and not at[o.i] & set(actors) for o in prep.children):
                return True
    return False


def _aged(span: Span) -> Span | None:
    """"the 76-year-old": the phrase from the number on, when "the", a number and a hyphen come right before the
    words; None otherwise ("a 34-year-old", "76 year-old")."""
    doc, start = span.doc, span.start
    if start < 3 or doc[start - 1].text not in HYPHEN_TEXTS or not doc[start - 2].like_num or doc[start - 3].lower_ != "the":
        return None
    return doc[start - 2 : span.end]


def _linking(modifier: Token, linked_by: Collection[str]) -> bool:
    """"linked" in "the Kremlin-linked group": a participle of `linked_by` written after a hyphen."""
    return modifier.lower_ in linked_by and in_hyphen_word(modifier)


def _after_the(span: Span, linked_by: Collection[str] = ()) -> bool:
    """"the mercenaries", "the Libyan commander": the words follow "the" (an adjective may stand between
    only when it is part of the epithet, or a link of `linked_by`: "the Kremlin-linked group")."""
    start = span.start
    link = next((c for c in span.root.children if c.i == start - 1 and _linking(c, linked_by)), None)
    if link is not None:
        start = link.left_edge.i
    # a scare quote blanked before parsing leaves a space token between ("the 'putschist'": "the", " ", "putschist")
    while start > 0 and span.doc[start - 1].is_space:
        start -= 1
    return start > 0 and span.doc[start - 1].lower_ == "the"


# The possessives a counterpart role noun needs: "his guest", not "a guest" or "the guests".
PERSON_POSSESSIVES = frozenset({"his", "her"})


def _counterpart(
    span: Span, sentence: int, people: list[tuple[int, str]], last_named: dict[str, tuple[int, int]], subject: tuple[int, str] | None = None
) -> str | None:
    """The actor of "his guest", "her counterpart": of the two people of different actors named last in the
    PERSON_REACH sentences before this one ("Sarraj met Erdogan"), the one that is not the possessive's owner;
    the owner is the actor named last before the words in their own sentence ("The Turkish president promised to
    back his guest": Turkey) or, with none, the person that was the subject of the sentence before (`subject`:
    "Sarraj met Erdogan. His host pledged ...": Sarraj, as a subject "he" would be). None when the owner is not one
    of the two, or either is missing."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in PERSON_POSSESSIVES:
        return None
    here = [(at, actor) for actor, at in last_named.items() if at[0] == sentence and at[1] < span.start]
    if not here and subject is not None and subject[0] == sentence - 1:
        here = [((sentence, -1), subject[1])]
    if not here:
        return None
    owner = max(here)[1]
    pair: list[str] = []
    for number, actor in reversed(people):
        if number >= sentence:
            continue
        if sentence - number > PERSON_REACH or len(pair) == 2:
            break
        if actor not in pair:
            pair.append(actor)
    if len(pair) != 2 or owner not in pair:
        return None
    return pair[1] if pair[0] == owner else pair[0]


# The prepositions that take the place a visit goes to ("travelled to Ankara", "arrived in Moscow").
VISIT_PREPS = frozenset({"to", "in"})
VISITING_POSSESSIVES = frozenset({"his", "her", "their"})


def _visits(
    doc: Doc, verbs: Collection[str], by_token: dict[int, ActorSpan], sentence: int, starts: Sequence[int], named: Collection[str]
) -> list[tuple[int, int, str]]:
    """(sentence, token, actor) of each visit in `doc` to a place that names one state or government: the object of
    "visit" or the to/in-phrase of "travel", "fly", "arrive" ("visited Ankara", "flew to Moscow"), by the dictionary,
    whether or not the place stands for its actor there. A place whose name is dated ("Tripoli": the GNA's, then the
    GNU's) is the one of them the article names (`named`), when it is not a mention itself. Not the visitor's own
    actor ("the GNA's minister went to Tripoli")."""
    at = dictionary_actors_at(doc)
    found = []
    for verb in doc:
        if verb.pos != VERB or verb.lemma_.lower() not in verbs:
            continue
        places = [c for c in verb.children if c.dep_ == "dobj"]
        places += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in VISIT_PREPS for p in c.children if p.dep_ == "pobj"]
        visitors = {by_token[c.i].actor_id for c in verb.children if c.dep_ == "nsubj" and c.i in by_token}
        for place in places:
            actors = {by_token[place.i].actor_id} if place.i in by_token else at.get(place.i, set())
            if len(actors) > 1:
                actors = actors & set(named)
            if len(actors) == 1 and not actors & visitors:
                found.append((sentence + max(bisect_right(starts, verb.i) - 1, 0), verb.i, next(iter(actors))))
    return found


def _place_visited_before(
    span: Span, sentence: int, visits: Sequence[tuple[int, int, str]], actors: Collection[str]
) -> list[tuple[tuple[int, int], str]]:
    """The last place visited (_visits) in the epithet's sentence before it or in the sentence before, when its actor is
    one the epithet may stand for, as a seen entry of EpithetResolver.resolve: "Dbeibah flew to Abu Dhabi for talks.
    The Gulf state pledged to back him" (the UAE), though "Abu Dhabi" there names a place, not an actor."""
    before = [v for v in _visits_before(span, sentence, visits) if v[2] in actors]
    if not before:
        return []
    last = max(before)
    return [((last[0], last[1]), last[2])]


def _visited(span: Span, sentence: int, visits: Sequence[tuple[int, int, str]]) -> str | None:
    """The actor "his hosts", "their hosts" stand for: the place of the last visit (_visits) before the words, in
    their sentence or the one before; None without a possessive or such a visit."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in VISITING_POSSESSIVES:
        return None
    before = _visits_before(span, sentence, visits)
    return max(before)[2] if before else None


def _visits_before(span: Span, sentence: int, visits: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The visits (_visits) in the words' sentence before them, or in the sentence before."""
    return [v for v in visits if (v[0] == sentence and v[1] < span.start) or v[0] == sentence - 1]


RELATED_KIND = "related reference"
# What a relational noun after a possessive says of the actor it stands for, as the relation the article must
# already have read between that actor and the owner: ("support", True) the actor backs the owner ("its backers",
# "its patron"), ("support", False) the owner backs it ("its protege", "its proxy"), ("support", None) either way
# ("its ally"); ("opposition", None) they fight or oppose ("its rival", "its foe").
RELATED_ROLES: dict[str, tuple[str, bool | None]] = {
    "backer": ("support", True),
    "protege": ("support", False),
    "ally": ("support", None),
    "rival": ("opposition", None),
}
# The possessive pronouns a relational noun takes: "its ally", not "an ally"; a name before it is read too ("Ankara's
# ally": _possessive_name) when the article has related it to the owner, else the name's own noun rule reads it.
RELATED_POSSESSIVES = frozenset({"its", "his", "her", "their"})
# Dependencies of a noun that describes another ("Turkey is its ally"), not one that acts or is acted on.
DESCRIBING_DEPS = frozenset({"attr", "appos", "npadvmod"})


def _related_owner(noun: Token, by_token: dict[int, list[ActorSpan]], war_places: Collection[str] = ()) -> tuple[str, Span] | None:
    """The owner of a relational noun and the phrase it heads: "its ally" (the one actor the possessive pronoun was
    resolved to), "Ankara's ally" (the one actor the name before it is), or "the allies of the GNA" (the one actor its
    of-phrase is, and nothing more); None for any other
    word on the noun, which says which ("its allies in the region", "its Russian allies", "the two allies of ..."),
    except a word of the war's place right before it (`war_places`: "its Libyan ally", which only narrows:
    extract.coreference_allies)."""
    place = [c for c in noun.children if war_place_word(c, noun, war_places)]
    children = [c for c in noun.children if not c.is_punct and c not in place]
    if len(children) == 1 and children[0].dep_ == "poss" and children[0].lower_ in RELATED_POSSESSIVES and children[0].i == noun.i - 1 - len(place):
        owners = {m.actor_id for m in by_token.get(children[0].i, ())}
        return (next(iter(owners)), noun.doc[children[0].i : noun.i + 1]) if len(owners) == 1 else None
    if len(children) == 1 and children[0].dep_ == "poss" and (named := _possessive_name(children[0], noun, by_token, len(place))) is not None:
        return named
    if place:
        return None
    if len(children) != 2 or children[0].dep_ != "det" or children[0].lower_ != "the" or children[0].i != noun.i - 1:
        return None
    prep = children[1]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != noun.i + 1 or len(objects) != 1 or objects[0].conjuncts:
        return None
    owned = list(objects[0].subtree)
    if not all(t.i in by_token or t.tag_ == "DT" for t in owned):
        return None  # "the allies of the GNA's enemies"
    owners = {m.actor_id for t in owned for m in by_token.get(t.i, ())}
    return (next(iter(owners)), noun.doc[children[0].i : owned[-1].i + 1]) if len(owners) == 1 else None


def _placed_related(noun: Token, by_token: dict[int, list[ActorSpan]]) -> tuple[str, Span, set[str]] | None:
    """"His rivals in the capital", "its allies in Tripoli": a possessive pronoun and an in-phrase whose place the
    dictionary names as some actor's (a capital or seat, whether or not it stands for the actor there): the owner, the
    phrase, and the actors the place may stand for, among which the related actor must be. None for a place no name of
    the dictionary covers ("its allies in the region") or anything more on the noun."""
    children = [c for c in noun.children if not c.is_punct]
    if len(children) != 2 or children[0].dep_ != "poss" or children[0].lower_ not in RELATED_POSSESSIVES or children[0].i != noun.i - 1:
        return None
    prep = children[1]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != noun.i + 1 or len(objects) != 1 or objects[0].conjuncts:
        return None
    owners = {m.actor_id for m in by_token.get(children[0].i, ())}
    places = dictionary_actors_at(noun.doc).get(objects[0].i, set())
    if len(owners) != 1 or not places or owners & places:
        return None
    return next(iter(owners)), noun.doc[children[0].i : objects[0].i + 1], places


def _possessive_name(owner: Token, noun: Token, by_token: dict[int, list[ActorSpan]], gap: int = 0) -> tuple[str, Span] | None:
    """"Ankara's ally", "Abu Dhabi's protege", "Haftar's backers": the one actor a name written right before the noun as
    its possessor names (nothing but the name, its article and "'s" between, and `gap` words of the war's place:
    "Moscow's Libyan client"), and the phrase from the name on."""
    owned = list(owner.subtree)
    if owned[-1].i != noun.i - 1 - gap or not all(t.i in by_token or t.tag_ in ("DT", "POS") for t in owned):
        return None
    if any(m.kind == "pronoun" for t in owned for m in by_token.get(t.i, ())):
        return None  # a possessive pronoun is read above, when it is the only word before the noun
    owners = {m.actor_id for t in owned for m in by_token.get(t.i, ())}
    return (next(iter(owners)), noun.doc[owned[0].i : noun.i + 1]) if len(owners) == 1 else None


def related_nouns(epithets: Sequence[Epithet]) -> dict[str, tuple[str, bool | None]]:
    """{noun lemma: (relation, whether its actor is the relation's first)} of the relational epithets."""
    return {e.words.lower(): RELATED_ROLES[e.related] for e in epithets if e.related}


def resolve_related(
    sent: Span,
    mentions: Sequence[ActorSpan],
    nouns: dict[str, tuple[str, bool | None]],
    read: Sequence[tuple[str, str, str]],
    war_sides: tuple[str, str] | None = None,
    war_places: Collection[str] = (),
    sides: Collection[str] = (),
    named_before: Sequence[Collection[str]] = (),
) -> list[ActorSpan]:
    """The sentence's mentions with each "its ally", "his backers", "its rival", "Ankara's proxies", "the backers of Haftar" (a noun
    of `nouns`, related_nouns, with its owner: _related_owner) read as the actor(s) the article has already
    related to the owner that way: `read` holds the (actor1, relation, actor2) of every edge of the sentences
    before, in order ("Turkey sent drones to the GNA. Ankara vowed to keep arming its ally": the GNA). A singular
    noun needs exactly one such actor (two: unresolved), a plural one stands for each. Unresolved: a phrase with
    any other word on its noun, which says which or whose ("its allies in the region", "its Russian allies", "its
    ally Turkey"), one that describes ("Turkey is its ally"), no owner or several. The resolved phrase replaces
    the owner's mention: "its ally" names the ally, not its owner. A rival of one of `war_sides` (the two sides of
    the war the corpus is about, conflict_sides) the article has set against nobody yet is the other side
    (_war_rival). "Its Libyan ally" (a word of `war_places` on the noun) is one of `sides` (every actor that held a side
    of the war); an outsider's ally or client no edge has related to it yet is the one side of the war named so far
    when a sentence before named the two together (`named_before`: the actors each sentence before named;
    extract.coreference_allies)."""
    if not nouns:
        return list(mentions)
    by_token: dict[int, list[ActorSpan]] = {}
    for m in mentions:
        for i in m.token_ids:
            by_token.setdefault(i, []).append(m)
    added: list[ActorSpan] = []
    replaced: set[int] = set()
    for i in positions_in(sent.doc, LEMMA, nouns, lower=True, start=sent.start, end=sent.end):
        noun = sent.doc[i]
        if noun.pos_ != "NOUN" or noun.i in by_token or noun.dep_ in DESCRIBING_DEPS:
            continue
        owned = _related_owner(noun, by_token, war_places)
        placed = None
        if owned is None and (placed := _placed_related(noun, by_token)) is not None:
            owned = placed[:2]
        if owned is None:
            continue
        owner, phrase = owned
        relation, first = nouns[noun.lemma_.lower()]
        found: list[str] = []
        for actor1, said, actor2 in read:
            if said != relation or owner not in (actor1, actor2) or actor1 == actor2:
                continue
            other = actor2 if actor1 == owner else actor1
            if first is None or (first and actor1 == other) or (first is False and actor1 == owner):
                found = [a for a in found if a != other] + [other]
        narrowed = any(war_place_word(c, noun, war_places) for c in noun.children)
        if narrowed:
            found = [a for a in found if a in sides]  # "its Libyan ally": a side of the war
        if not found and relation == "opposition":
            found = _war_rival(owner, war_sides)
        elif not found and relation == "support" and sides:
            found = sole_named_side(owner, first, noun.tag_ == "NNS", named_before, actors_named_in(mentions, phrase.start), sides, read)
        if placed is not None:
            found = [a for a in found if a in placed[2]]  # "his rivals in the capital": the ones seated there
        if not found or (noun.tag_ != "NNS" and len(found) != 1):
            continue
        added.extend(ActorSpan(actor, RELATED_KIND, phrase) for actor in found)
        replaced.update(range(phrase.start, phrase.end))
    if not added:
        return list(mentions)
    kept = [m for m in mentions if replaced.isdisjoint(m.token_ids)]
    return sorted([*kept, *added], key=lambda m: m.span.start)



def _war_rival(owner: str, war_sides: tuple[str, str] | None) -> list[str]:
    """"Sarraj accused France of backing his rival": in a war of two sides, the rival of one of them that the article
    has set against no one is the other, named or not (Haftar); [] for any other owner (a state's rival is not known)."""
    if war_sides is None or owner not in war_sides:
        return []
    return [war_sides[1] if owner == war_sides[0] else war_sides[0]]


def _names_follow(doc: Doc, end: int, taken: set[int]) -> bool:
    """"warlord Khalifa Haftar": the epithet is a title of the name after it."""
    return end < len(doc) and (end in taken or doc[end].pos_ == "PROPN")




# How many sentences back the noun "the deal", "the attack" goes back to may have been named.
ACT_REACH = 2
# The determiners of a referring act noun: "the deal", "this move" (not "a deal": a new one).
ACT_DETERMINERS = frozenset({"the", "this", "that"})
# Mention kinds that say who made an act when they modify its noun ("the Egyptian initiative", "the GNA offensive");
# a capital or a seat there is more often the place ("the Tripoli offensive").
AUTHOR_MODIFIER_KINDS = frozenset({"alias", "demonym", "official"})


def act_nouns(epithets: Sequence[Epithet]) -> dict[str, Epithet]:
    """{noun (lower case): its entry} of the act nouns of the epithets (Epithet.act)."""
    return {e.words.lower(): e for e in epithets if e.act}


def _actors_on(token: Token, by_token: dict[int, list[ActorSpan]]) -> list[str]:
    """The actors a token and its conjuncts name ("Turkey and the GNA": both), in order; empty when one names none."""
    found: list[str] = []
    for member in (token, *token.conjuncts):
        named = [m.actor_id for m in by_token.get(member.i, ())]
        if not named:
            return []
        found += [a for a in named if a not in found]
    return found


def _act_parties(noun: Token, entry: Epithet, by_token: dict[int, list[ActorSpan]]) -> list[str]:
    """Who made the act or thing `noun` names, or its parties: the actors on the noun itself (a reference resolved
    before), its possessor ("Egypt's initiative"), its between-, by- or from-phrase ("the deal between Turkey and the
    GNA", "an offensive by Haftar"), a name on it ("the Egyptian initiative"), the agent of a participle of making
    on it ("a deal signed by Turkey and the GNA"), or the subject of the verb of making it is the object of ("Haftar
    launched an offensive"), with the verb's or the noun's with-phrase for a noun of two parties ("Turkey signed a
    deal with the GNA"). Empty when none of these names an actor."""
    on_noun = [m.actor_id for m in by_token.get(noun.i, ())]
    if on_noun:
        return list(dict.fromkeys(on_noun))
    found: list[str] = []
    partners: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and any(m.kind in AUTHOR_MODIFIER_KINDS for m in by_token.get(child.i, ()))):
            found += _actors_on(child, by_token)
        elif child.dep_ == "compound" and child.i not in by_token:
            # "Russian fighter jets": the parser hangs the name on the compound before the noun
            found += [a for g in child.children if g.dep_ == "amod" and any(m.kind in AUTHOR_MODIFIER_KINDS for m in by_token.get(g.i, ())) for a in _actors_on(g, by_token)]
        elif child.dep_ == "prep" and child.lower_ in ("between", "by", "from"):
            found += [a for o in child.children if o.dep_ == "pobj" for a in _actors_on(o, by_token)]
        elif child.dep_ == "prep" and child.lower_ == "with":
            partners.append(child)
        elif child.dep_ == "acl" and child.lemma_.lower() in entry.made_by:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                found += [a for o in agent.children if o.dep_ == "pobj" for a in _actors_on(o, by_token)]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in entry.made_by:
        # "Athens signed its own deal with Cairo": the with-phrase on the verb of making it too
        partners += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
        if not found:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ in ("conj", "xcomp"):
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
                # "accused Moscow of sending jets": the object of the verb the of-phrase is on does it
                subjects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
            found = [a for s in subjects for a in _actors_on(s, by_token)]
    if found and entry.with_party:
        found += [a for p in partners for o in p.children if o.dep_ == "pobj" for a in _actors_on(o, by_token)]
    return list(dict.fromkeys(found))


def _set_off(child: Token) -> bool:
    """A relative or participle clause between commas on a noun ("The move, which Ankara defended,", "the meeting,
    hosted by Russia,"): it describes the act and does not say which one."""
    return child.dep_ in ("relcl", "acl") and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "," and child.left_edge.i - 1 == child.head.i + 1


def _act_reference(noun: Token, antecedent: Token | None, listed_plural: bool = False, manner: Collection[str] = ()) -> Span | None:
    """The phrase when `noun` is a definite reference to an act named before ("the deal", "this move", "the maritime
    deal" after "a maritime memorandum"): a determiner right before it and, between, only words that were on the noun
    it goes back to (none when that is a clause, `antecedent` None). None for one that says which or whose on its own ("the deal between Athens and Cairo",
    "Turkey's move", "the new deal", "the deal that ..."), a plural (unless the word listed is one: `listed_plural`, "the talks"),
    or one that describes ("it was the move"); a clause set off by commas describes the act and is no obstacle (_set_off).
    A word of its kind or manner (`manner`, lexicon coref_act_manner_words: "the air raid", "the deadly strike") says
    nothing of which, and goes with an act stated by a clause too."""
    if noun.tag_ != "NN" and not (listed_plural and noun.tag_ == "NNS") or noun.dep_ in DESCRIBING_DEPS:
        return None
    before = {c.lower_ for c in antecedent.children if c.dep_ in ("amod", "compound")} if antecedent is not None else set()
    before |= set(manner)
    children = list(noun.children)
    determiners = [c for c in children if c.dep_ == "det" and c.lower_ in ACT_DETERMINERS]
    if len(determiners) != 1:
        return None
    start = determiners[0].i
    described = [c for c in children if _set_off(c)]
    commas = [c for c in children if c.dep_ == "punct" and c.text == "," and any(c.i in (d.left_edge.i - 1, d.right_edge.i + 1) for d in described)]
    children = [c for c in children if c not in described and c not in commas]
    if any(c.i != start and not (c.dep_ in ("amod", "compound") and start < c.i < noun.i and c.lower_ in before and not list(c.children)) for c in children):
        return None
    if any(noun.doc[i].dep_ not in ("amod", "compound") for i in range(start + 1, noun.i)):
        return None
    return noun.doc[start : noun.i + 1]


# The kind of act of a pronoun entry ("it"): it stands for the last act of any kind (_act_pronoun).
PRONOUN_ACT = "pronoun"
# How many sentences back the act "it" stands for may have been named: its own or the one before.
ACT_PRONOUN_REACH = 1


def _act_pronoun(
    pronoun: Token, entry: Epithet, sentence: int, last: dict[str, tuple[int, Token, list[str]]], by_token: dict[int, list[ActorSpan]]
) -> list[str]:
    """The parties or author of the act "it" stands for, as what a verb of judging acts on (Epithet.governed_by: "Turkey
    struck a gas deal with the LNA. Algeria rejected it", "Russia floated a truce plan. Turkey rejected it"): the act noun named last, a singular one, in its sentence before it or in the sentence before,
    whatever article it had ("a deal" as well as "the deal"). Empty when "it" names an actor already, when a single
    actor other than the act's own parties is named between (that one may be "it": "... Egypt condemned Qatar and
    called it a sponsor"), when the verb has no subject of its own ("urged the EU to annul the memorandum, calling it
    illegal": who calls is inferred), or when the verb's subject is a party (the act's makers do not judge their own
    act here)."""
    if pronoun.lower_ != "it" or pronoun.tag_ != "PRP" or pronoun.i in by_token or not _governed(pronoun, entry.governed_by):
        return []
    earlier = [value for kind, value in last.items() if kind != PRONOUN_ACT]
    if not earlier:
        return []
    at, noun, parties = max(earlier, key=lambda e: (e[0], e[1].i))
    if not parties or noun.tag_ != "NN" or sentence - at > ACT_PRONOUN_REACH or (at == sentence and noun.i > pronoun.i):
        return []
    verb = pronoun.head
    if pronoun.dep_ == "pobj":
        # "voiced support for it": the verb that holds the noun judges
        verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), verb)
    if not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return []  # "..., calling it illegal": who judges is inferred, and may be inferred wrong; left alone
    # the judge is the subject itself (or the body it names: "the GNA's parliament"), not an apposition on it ("The
    # UAE, a rival of Doha, condemned it")
    heads = [c for c in verb.children if c.dep_ == "nsubj"] + [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    judges = {a for h in heads for a in (_actors_on(h, by_token) or _owner_of_body(h, by_token))}
    if judges & set(parties):
        return []
    # the names between the act and "it", outside the act's own phrase and the judging verb's subject
    start = noun.right_edge.i + 1 if noun.doc is pronoun.doc else pronoun.sent.start
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    between = {m.actor_id for i in range(start, pronoun.i) if i not in subject for m in by_token.get(i, ()) if _may_be_it(m)}
    if between - set(parties):
        return []
    return list(parties)


def _may_be_it(mention: ActorSpan) -> bool:
    """Whether a mention may be what "it" stands for: one state, government or group, not a person ("he"), a list or a
    plural ("Greece and Egypt", "Turkish troops", "the two countries", "they")."""
    root = mention.root
    if mention.kind in PERSON_KINDS or mention.kind in (GROUP_REFERENCE_KIND, SIDES_KIND) or root.lower_ in PLURAL_PRONOUNS:
        return False
    if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.tag_ in ("NNS", "NNPS"):
        return False  # "Turkish troops", "Egypt's warplanes"
    return not (root.conjuncts or root.tag_ in ("NNS", "NNPS"))


def _governed(noun: Token, verbs: Collection[str]) -> bool:
    """`noun` is what one of `verbs` acts on: its object or passive subject ("Russia hosted the meeting", "the talks were
    brokered by Egypt"), or the noun a participle or relative of one set off by commas describes ("The meeting, hosted
    by Russia,", "the talks, which Egypt brokered,")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "to", "of") and noun.head.head.pos_ == "NOUN" and noun.head.head.lemma_.lower() in verbs:
        return True  # "voiced support for it": the noun of one of the verbs
    return any(_set_off(c) and c.lemma_.lower() in verbs for c in noun.children)


def _clause_author(
    sent: Span, found: Sequence[ActorSpan], not_acts: Collection[str], stated_by: Collection[str] = (), with_party: bool = False,
    loyalty: Collection[str] = (), root: Token | None = None, aspectual: Collection[str] = (),
) -> list[str]:
    """The actors that are the subject of a sentence's main verb when that verb states an act ("Turkey sent troops to
    Libya", "Haftar declared himself ruler"; a body of one actor: "Turkey's parliament approved a deployment"): not a
    verb of saying or being (`not_acts`: "Egypt said ...", "Russia is ..."), a negated one, or a passive one (its
    subject is acted on); when `stated_by` is given, only one of those verbs ("proposed", "met"), with its object or
    with-phrase too when `with_party` ("Haftar met Sarraj", "met with Sarraj": both). `root`: the clause to read when
    not the sentence's main one (_earlier_conjunct). A verb of aspect (`aspectual`: "resumed shelling the airport")
    states the act of the verb after it. Empty otherwise."""
    root = sent.root if root is None else root
    reporter = None
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > root.i] if root.lemma_.lower() in not_acts else []
    if reported and (root.lemma_.lower() not in stated_by if stated_by else True) and not any(c.dep_ == "neg" for c in root.children):
        # "The LNA said it had targeted Chadian fighters. The GNA condemned the attack": the act the words report, its
        # subject (or, for "it", "they", the one who reports it)
        reporter, root = root, reported[0]
    # "Haftar declared himself ruler. ... the announcement": a verb of saying can state an announcement
    act = root
    if root.lemma_.lower() in aspectual:
        act = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), root)  # "resumed shelling"
    if root.pos_ != "VERB" or act.lemma_.lower() not in stated_by if stated_by else root.lemma_.lower() in not_acts:
        return []
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in root.children):
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if reporter is not None and len(subjects) == 1 and subjects[0].tag_ == "PRP":
        subjects = [c for c in reporter.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return []
    by_token: dict[int, list[ActorSpan]] = {}
    for m in found:
        for i in m.token_ids:
            by_token.setdefault(i, []).append(m)
    authors = _actors_on(subjects[0], by_token)
    if not authors:
        # "Forces loyal to Haftar and the GNA closed the road": each member by its name or as a body of one
        members = [_actors_on(t, by_token) or _owner_of_body(t, by_token, loyalty) for t in (subjects[0], *subjects[0].conjuncts)]
        authors = [] if not all(members) else list(dict.fromkeys(a for named in members for a in named))
    if authors and with_party:
        partners = [c for c in root.children if c.dep_ == "dobj"]
        partners += [o for c in root.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
        authors += [a for p in partners for a in _actors_on(p, by_token) if a not in authors]
    return authors


def _owner_of_body(noun: Token, by_token: dict[int, list[ActorSpan]], loyalty: Collection[str] = ()) -> list[str]:
    """The one actor whose body a subject noun is, by a name on it: "Turkey's parliament", "the Turkish parliament",
    "Egyptian troops", or after one of `loyalty` (lexicon coref_loyalty_words: "forces loyal to Haftar", "militias
    affiliated with the GNA"). A possessive on a plural noun may be another's ("Haftar's rivals"), and a noun with
    more than one actor on it ("Turkish and Qatari officers") says nothing sure: empty."""
    deps = OWN_PLURAL_DEPS if noun.tag_ == "NNS" else OWN_PLURAL_DEPS | {"poss"}
    owners = [t for c in noun.children if c.dep_ in deps for t in (c, *c.conjuncts)]
    owners += [
        o for c in noun.children if c.dep_ in ("amod", "acl") and c.i > noun.i and c.lower_ in loyalty
        for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for y in p.children if y.dep_ == "pobj" for o in (y, *y.conjuncts)
    ]
    named = {m.actor_id for t in owners for m in by_token.get(t.i, ())}
    return list(named) if len(named) == 1 else []


def _earlier_conjunct(noun: Token) -> Token | None:
    """The main clause of a noun's sentence when the noun is in a clause coordinated after it ("Haftar's forces
    closed the terminals, and the NOC condemned [the shutdown]": "closed"), or the clause set off before a semicolon
    ahead of it; None otherwise."""
    root = noun.sent.root
    clause = next((a for a in noun.ancestors if a.dep_ == "conj" and a.head.i == root.i), None)
    if clause is not None and root.pos_ == "VERB" and root.i < clause.i:
        return root
    # "Haftar tore up the agreement; the United States expressed regret at the move": a clause set off before a
    # semicolon, which the parser hangs on the main verb after it
    return next(
        (
            c for c in root.children
            if c.dep_ == "parataxis" and c.pos_ == "VERB" and c.i < noun.i
            and any(t.text == ";" for t in noun.doc[c.right_edge.i + 1 : noun.i])
        ),
        None,
    )


def _stated_author(
    noun: Token, entry: Epithet, sentences: list[Span], at: int, found: Sequence[ActorSpan], previous: tuple[Span, Sequence[ActorSpan]] | None,
    not_acts: Collection[str], loyalty: Collection[str], aspectual: Collection[str] = (),
) -> list[str]:
    """Who did the act a noun in sentence `at` refers to, as a clause states it: the clause its own clause is coordinated
    after, or the sentence before (in this paragraph, or `previous`, the last one of the paragraph before); empty for
    more than one author of a single-author kind."""
    conjunct = _earlier_conjunct(noun)
    if conjunct is not None:
        parties = _clause_author(sentences[at], found, not_acts, entry.stated_by, entry.with_party, loyalty, conjunct, aspectual)
    else:
        before = (sentences[at - 1], found) if at > 0 else previous
        parties = _clause_author(*before, not_acts, entry.stated_by, entry.with_party, loyalty, aspectual=aspectual) if before is not None else []
    return [] if entry.single_author and len(parties) > 1 else parties


def resolve_act_references(
    docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], nouns: dict[str, Epithet], not_acts: Collection[str] = (),
    manner: Collection[str] = (), loyalty: Collection[str] = (), aspectual: Collection[str] = (),
) -> list[list[ActorSpan]]:
    """Each paragraph's mentions with a definite reference to an act or thing named shortly before ("the deal", "the
    attack", "the proposal", "the move": a noun of `nouns`, act_nouns) read as the parties or author of that earlier
    noun (_act_parties): "Turkey and the GNA signed a maritime memorandum. Cairo called the deal illegal": Turkey and
    the GNA; "Haftar launched an offensive on Tripoli. Turkey condemned the attack": the LNA. The earlier noun is the
    last one of the same kind (Epithet.act) before it in its sentence or the ACT_REACH sentences before; when that
    names no actor, the reference is left unresolved (it may be another act). A reference with a word of its own that
    says which or whose is not one (_act_reference). A noun of a kind read from a clause (Epithet.clause: "the move")
    with no noun of its kind named within reach stands for the subject of the clause its own clause is coordinated
    after (_earlier_conjunct), or else of the sentence right before, when that clause's verb states an act
    (_clause_author; `not_acts`: the verbs of saying and being; `loyalty`: "forces loyal to Haftar" are his; `aspectual`: a
    verb of aspect states the act of the verb after it, "resumed shelling").
    Paragraphs are given in article order."""
    if not nouns:
        return [list(found) for found in mentions]
    resolved = []
    last: dict[str, tuple[int, Token, list[str]]] = {}  # kind -> (sentence, noun, its parties) of the last one named
    number = 0
    previous: tuple[Span, Sequence[ActorSpan]] | None = None  # the last sentence of the paragraph before, its mentions
    for doc, found in zip(docs, mentions):
        positions = positions_in(doc, LOWER, nouns, lower=True) + positions_in(doc, LEMMA, nouns, lower=True)
        sentences = list(doc.sents)
        if not positions:
            number += len(sentences)
            previous = (sentences[-1], found) if sentences else previous
            resolved.append(list(found))
            continue
        by_token: dict[int, list[ActorSpan]] = {}
        for m in found:
            for i in m.token_ids:
                by_token.setdefault(i, []).append(m)
        added: list[ActorSpan] = []
        starts = [s.start for s in doc.sents]
        for i in sorted(set(positions)):
            noun = doc[i]
            entry = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)
            if entry is not None and entry.act == PRONOUN_ACT:
                sentence = number + bisect_right(starts, i) - 1
                parties = _act_pronoun(noun, entry, sentence, last, by_token)
                if parties:
                    references = [ActorSpan(actor, ACT_REFERENCE_KIND, doc[i : i + 1]) for actor in parties]
                    added += references
                    by_token.setdefault(i, []).extend(references)
                continue
            if entry is None or noun.pos_ != "NOUN":
                continue
            sentence = number + bisect_right(starts, i) - 1
            earlier = last.get(entry.act)
            plural = " " not in entry.words and entry.words.lower() == noun.lower_ and noun.tag_ == "NNS"
            if entry.earlier_only:
                phrase, parties = None, []
            elif earlier is not None and sentence - earlier[0] <= ACT_REACH:
                phrase, parties = _act_reference(noun, earlier[1], plural, manner), earlier[2]
                if phrase is not None and not parties and (entry.clause or entry.stated_by):
                    # "An airstrike killed 42 people. The LNA said it had targeted rebels there. The GNA condemned the
                    # attack": the act named before named no one; a clause after it that states one may say who
                    parties = _stated_author(noun, entry, sentences, bisect_right(starts, i) - 1, found, previous, not_acts, loyalty, aspectual)
            elif (entry.clause or entry.stated_by) and (phrase := _act_reference(noun, None, plural, manner)) is not None:
                # "Turkey sent troops to Libya. Egypt condemned the move": the sentence before, in this paragraph or the last
                parties = _stated_author(noun, entry, sentences, bisect_right(starts, i) - 1, found, previous, not_acts, loyalty, aspectual)
            else:
                phrase, parties = None, []
            if phrase is not None and entry.governed_by and not _governed(noun, entry.governed_by):
                phrase = None
            if phrase is not None and parties and not any(j in by_token for j in range(phrase.start, phrase.end)):
                references = [ActorSpan(actor, ACT_REFERENCE_KIND, phrase) for actor in parties]
                added += references
                for j in range(phrase.start, phrase.end):
                    by_token.setdefault(j, []).extend(references)
            last[entry.act] = (sentence, noun, _act_parties(noun, entry, by_token))
        number += len(starts)
        previous = (sentences[-1], found) if sentences else previous
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start))
    return resolved


# The words resolve_it reads besides names.
IT_FORMS = frozenset({"it", "its"})


def resolve_it(
    docs: Sequence[Doc],
    mentions: Sequence[list[ActorSpan]],
    expletive_verbs: frozenset[str],
    person_nouns: Collection[str] | None = None,
    observer_nouns: Collection[str] = (),
    camp_nouns: Collection[str] = (),
    rivals: Collection[str] = (),
    backing: Collection[str] = (),
    governing_nouns: Collection[str] = (),
    controlling: Collection[str] = (),
    side_words: Collection[str] = (),
) -> list[list[ActorSpan]]:
    """Add "it"/"its" mentions, where no actor is named before them in their own
    sentence, for the actor that was the last single-actor subject of the sentence
    before, when that is a state, government or group (a person is "he",
    extract.mentions). Inside one sentence "its" is the state, government or group
    named last, when that was named alone ("Greece criticized Turkey for its support":
    Turkey); "it" is left to the clause rules (extract.relations.context).
    `expletive_verbs`: "it" as their subject is empty ("it is likely"). With
    `person_nouns` (the role nouns of persons), a body of one actor as a subject
    ("Egypt's foreign ministry", "the Russian defence ministry": _body_subject) is that
    actor's subject too; a person ("Egypt's president") is not. "It" as the subject of
    what observers say (`observer_nouns`: "UN experts said it supplied Haftar") is not
    their body, named before it, but the subject of the sentence before (_observed). "Its" on the
    object of a verb whose subject is a camp of `camp_nouns` is the camp's members (_camp_owner: "The
    bloc of Qatar and Turkey, which ..., doubled its assistance to the GNA"). "Its" on a rival noun (`rivals`) that a
    verb of backing (`backing`) acts on is not the one who backs ("accused Doha of funding its rivals":
    extract.coreference_allies.backs_own_rival), and stays unresolved. A demonym on one of `governing_nouns` names its
    state as a name does ("cut ties with the French government over its support for Haftar": France; _names_government).
    "It" as the object of a verb of `controlling` (accuse, urge, blame) with its phrase after it is not the verb's own
    subject but an actor before (_controlled_it: "France denies any role. Turkey accuses it of arming Haftar"). "Its"
    in a main clause is its subject, not a name in the subject's relative clause or apposition, unless what it owns
    is a side or a camp (`side_words`, `camp_nouns`, `rivals`), which no one is of itself ("The militia, once a thorn
    in the side of the Serraj government, has been fighting on its side": the government's).
    Paragraphs are given in article order."""
    resolved = []
    previous: str | None = None  # the last single-actor subject of the sentence before
    previous_sentence: Span | None = None
    for doc, found in zip(docs, mentions):
        by_token = {i: m for m in found for i in m.token_ids}
        added = []
        # Only the mentions' words and "it" / "its" are read below: the rest are passed over without a Token each.
        readable = sorted({*by_token, *positions_in(doc, LOWER, IT_FORMS)})
        for sent in doc.sents:
            subject: str | None = None
            named = False
            named_at: list[int] = []  # where this sentence's names are, up to here
            latest: str | None = None  # the last state, government or group named in this sentence, alone
            latest_at = -1  # where it is named
            for i in readable[bisect_left(readable, sent.start) : bisect_left(readable, sent.end)]:
                token = doc[i]
                mention = by_token.get(token.i)
                if mention is not None:
                    named = True
                    named_at.append(token.i)
                    if token.i == mention.root.i and token.dep_ in ("nsubj", "nsubjpass") and mention.kind not in PERSON_KINDS:
                        subject = None if any(c.dep_ == "conj" for c in token.children) else mention.actor_id
                    elif person_nouns is not None and token.i == mention.root.i and mention.kind not in PERSON_KINDS:
                        body = _body_subject(token, by_token, person_nouns)
                        subject = body if body is not None else subject
                    if token.i == mention.root.i and mention.kind not in PERSON_KINDS and (
                        token.dep_ not in ("amod", "compound", "nmod") or _names_government(token, by_token, governing_nouns)
                    ):
                        # a modifier ("Emirati drones") is not what "its" goes back to; "the French government" is
                        listed = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
                        latest = None if listed else mention.actor_id
                        latest_at = token.i
                    continue
                if token.lower_ == "its" and token.tag_ == "PRP$" and (camp := _camp_owner(token, by_token, camp_nouns)) is not None:
                    # "The bloc of Qatar and Turkey, which Egypt accuses ..., doubled its assistance to the GNA": the
                    # bloc, not a name inside its clause
                    added.extend(ActorSpan(actor, "pronoun", doc[token.i : token.i + 1]) for actor in camp)
                    continue
                if token.lower_ == "its" and token.tag_ == "PRP$" and (joined := _joined_owner(token, by_token)) is not None:
                    # "a red line for the GNA and its Turkish backers": the name "its" is joined to
                    added.append(ActorSpan(joined, "pronoun", doc[token.i : token.i + 1]))
                    continue
                if token.lower_ == "its" and token.tag_ == "PRP$" and (reporter := _reporter_of_its(token, by_token)) is not None:
                    # "A GNA spokesman said Emirati jets had struck its positions": not the jets', the reporter's
                    added.append(ActorSpan(reporter, "pronoun", doc[token.i : token.i + 1]))
                    continue
                if token.lower_ == "its" and token.tag_ == "PRP$" and (described := _relative_subject_antecedent(token, by_token)) is not None:
                    # "Greece, which was not invited to Berlin despite its objections": the one the clause describes
                    added.append(ActorSpan(described, "pronoun", doc[token.i : token.i + 1]))
                    continue
                if named and latest is not None and token.lower_ == "its" and token.tag_ == "PRP$":
                    # "Turkey backs the GNA in its war against Haftar": "its" is the group named last;
                    # "Egypt condemned Turkey's support and reaffirmed its backing for Haftar": on the
                    # verb's object it is the verb's subject
                    owned = token.head.lemma_.lower()  # what "its" owns: a side or camp is no one's of itself
                    own_side = owned in side_words or owned in camp_nouns or owned in rivals
                    owner = _object_owner(token, by_token) or (None if own_side else _subject_past_its_modifier(token, latest_at, by_token)) or latest
                    if not backs_own_rival(token, owner, by_token, rivals, backing):
                        added.append(ActorSpan(owner, "pronoun", doc[token.i : token.i + 1]))
                    continue
                if token.lower_ == "it" and token.tag_ == "PRP" and (meant := _controlled_it(token, by_token, previous, controlling)) is not None:
                    added.append(ActorSpan(meant, "pronoun", doc[token.i : token.i + 1]))
                    continue
                if token.lower_ == "it" and token.tag_ == "PRP" and token.head.lemma_.lower() not in expletive_verbs:
                    first = _conjoined_subject(token, by_token)
                    if first is not None:
                        # "Egypt has cut its rhetoric, but it still arms the LNA": the first clause's subject
                        added.append(ActorSpan(first, "pronoun", doc[token.i : token.i + 1]))
                        continue
                if previous is None or token.lower_ not in ("it", "its") or token.tag_ not in ("PRP", "PRP$"):
                    continue
                if named and not _observed(token, named_at, observer_nouns) and not _object_of_own_clause(token, named_at, by_token, previous) and not (
                    _backed_after_other_subject(token, named_at, by_token, previous, backing, previous_sentence)
                ):
                    continue
                if token.lower_ == "it" and token.head.lemma_.lower() in expletive_verbs:
                    continue
                added.append(ActorSpan(previous, "pronoun", doc[token.i : token.i + 1]))
            previous = subject
            previous_sentence = sent
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start))
    return resolved


def _backed_after_other_subject(
    pronoun: Token, named_at: Sequence[int], by_token: dict[int, ActorSpan], previous: str | None, backing: Collection[str],
    previous_sentence: Span | None,
) -> bool:
    """"The GNA is under attack. Qatar pledged to keep supporting it": "it" as the object of a verb of backing whose
    subject is the one actor named so far in its sentence is not that actor (who would be "itself") but the subject of
    the sentence before, when nothing else "it" could be stands before it: no thing as an object or subject there or
    in its own sentence ("Russia proposed a plan. Egypt backed it": the plan)."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or previous is None or previous_sentence is None:
        return False
    verb = pronoun.head
    if verb.lemma_.lower() not in backing:
        return False
    named = {by_token[i].actor_id for i in named_at if i in by_token}
    if len(named) != 1 or previous in named:
        return False
    subject = verb
    while subject.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in subject.children):
        subject = subject.head  # "Doha pledged to keep supporting it": the subject of "pledged"
    subjects = [c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(c.i in by_token and by_token[c.i].actor_id in named for c in subjects):
        return False
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    own_things = any(t.tag_ == "NN" and t.i not in by_token and t.dep_ in THING_DEPS for t in before)
    # (the sentence before may be another paragraph's, whose names by_token does not hold: a name is no thing)
    return not own_things and not any(t.tag_ == "NN" and t.dep_ in THING_DEPS for t in previous_sentence)


# Where a thing "it" may stand for is named: as an object, a subject or a predicate noun.
THING_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def _subject_past_its_modifier(pronoun: Token, latest_at: int, by_token: dict[int, ActorSpan]) -> str | None:
    """"Greece, which was not invited to Berlin, a long-standing player, hosted Haftar despite its objections": a name
    inside a relative clause or apposition on the clause's subject is no owner of "its" in the clause itself (outside
    that modifier); the subject is. None when the last name is not inside the subject's modifiers."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i not in by_token:
        return None
    modifier = next((c for c in subject.children if c.dep_ in ("relcl", "appos", "acl") and c.left_edge.i <= latest_at <= c.right_edge.i), None)
    if modifier is None or modifier.left_edge.i <= pronoun.i <= modifier.right_edge.i:
        return None  # the last name is not in a modifier of the subject, or "its" is in that modifier too
    found = by_token[subject.i]
    return found.actor_id if found.kind not in PERSON_KINDS else None


def _relative_subject_antecedent(pronoun: Token, by_token: dict[int, ActorSpan]) -> str | None:
    """The actor a relative clause whose subject is its relative pronoun describes, when "its" is in that clause and no
    other clause lies between ("Greece, which was not invited to Berlin despite its objections, ..."); None else."""
    node = pronoun.head
    while node.dep_ not in ("relcl", "ROOT") and node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "advcl", "acl", "conj") and node.pos_ in ("VERB", "AUX"):
            return None
        node = node.head
    if node.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that", "who") for c in node.children):
        return None
    described = by_token.get(node.head.i)
    return described.actor_id if described is not None and described.kind not in PERSON_KINDS else None


def _object_of_own_clause(pronoun: Token, named_at: Sequence[int], by_token: dict[int, ActorSpan], previous: str | None) -> bool:
    """"Sarraj's government requested Turkish support. Ankara, which has already supplied it with drones, ...": "it" as
    the object of a relative clause on the one actor named so far in its sentence is not that actor (who would be
    "itself") but the subject of the sentence before."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "dative") or previous is None:
        return False
    verb = pronoun.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return False  # (a main clause's "it" may be an act: "Russia proposed a truce. Turkey welcomed it.")
    own = by_token.get(verb.head.i)  # "Ankara, which ...": the relative's antecedent
    named = {by_token[i].actor_id for i in named_at if i in by_token}
    return own is not None and named == {own.actor_id} and own.actor_id != previous


def _names_government(modifier: Token, by_token: dict[int, ActorSpan], governing_nouns: Collection[str]) -> bool:
    """"the French government", "the Turkish administration", "the Emirati embassy": a name modifying a singular noun of a
    government or of one of its bodies (`governing_nouns`) that names no actor itself stands for its state as a name
    would; "Emirati drones", "Turkish support" do not."""
    noun = modifier.head
    return noun.tag_ == "NN" and noun.lower_ in governing_nouns and noun.i not in by_token and noun.i > modifier.i


# Conjunctions and subordinators whose second clause keeps the first clause's subject as a pronoun.
CONJOINING_WORDS = frozenset({"and", "but", "yet"})
CONTRASTING_MARKS = frozenset({"while", "whereas"})


def _first_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause a pronoun's clause is conjoined to: "Egypt has scaled back its rhetoric, but it
    still arms the LNA", "The Emiratis cut their footprint, yet they bankroll Haftar", "Turkey trains the GNA's
    forces, while it ..." (a contrastive "while"); None when the pronoun is no subject of such a clause. The parse
    ties the two verbs, so a name between them ("to serve the interests of Moscow, and they ...") is no candidate."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pronoun.head
    if verb.dep_ == "conj":
        joined = any(c.dep_ == "cc" and c.lower_ in CONJOINING_WORDS for c in (*verb.head.children, *verb.children))
    else:
        joined = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTING_MARKS for c in verb.children)
    if not joined or verb.head.i == verb.i or verb.head.i > pronoun.i:
        return None
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if len(subjects) == 1 else None


def _controlled_it(pronoun: Token, by_token: dict[int, ActorSpan], previous: str | None, controlling: Collection[str]) -> str | None:
    """"France denies any role. Turkey accuses it of arming Haftar", "France has no favourite, although Ankara accuses
    it of arming Haftar": "it" as the object of a verb whose object acts in the phrase after it (`controlling`: accuse
    it of, urge it to, blame it for) cannot be the verb's own subject. When that subject is a name, "it" is the one state,
    government or group that is the subject of an earlier clause of the sentence, or, with no actor named before the
    subject, the subject of the sentence before (`previous`). None otherwise (left to the clause rules)."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.lemma_.lower() not in controlling:
        return None
    if not any(c.i > pronoun.i and (c.dep_ == "prep" or c.dep_ == "xcomp") for c in verb.children):
        return None  # "Turkey welcomed it": what "it" is may be an act, not an actor
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i not in by_token:
        return None
    own = by_token[subject.i].actor_id
    sent = pronoun.sent
    before = {m.actor_id: m for i, m in by_token.items() if sent.start <= i < subject.left_edge.i and i == m.root.i}
    if not before:
        return previous if previous is not None and previous != own else None
    subjects = {
        actor for actor, m in before.items()
        if m.root.dep_ in ("nsubj", "nsubjpass") and not m.root.conjuncts and m.kind not in PERSON_KINDS and m.kind != "demonym"
    }
    return next(iter(subjects)) if len(before) == 1 and len(subjects) == 1 and own not in subjects else None


def _conjoined_subject(pronoun: Token, by_token: dict[int, ActorSpan]) -> str | None:
    """The actor "it" stands for as the subject of a conjoined clause (_first_clause_subject): the first clause's
    subject when that is one state, government or group named by itself and singular ("Egypt", not "Egyptian
    officials", "Haftar" or "Egypt and the UAE")."""
    subject = _first_clause_subject(pronoun)
    if subject is None or subject.i not in by_token or subject.tag_ == "NNS" or subject.conjuncts:
        return None
    mention = by_token[subject.i]
    if mention.root.i != subject.i or mention.kind in PERSON_KINDS or mention.kind == "demonym":
        return None  # "Haftar ... but it", "The Turks ... but it": no agreement ("the United Arab Emirates" is one state)
    return mention.actor_id


def _joined_owner(pronoun: Token, by_token: dict[int, ActorSpan]) -> str | None:
    """"the GNA and its Turkish backers": an "its" that opens the conjunct right after a name is that name's; not after a
    person ("he") or a demonym's plural ("Turkish troops and its drones")."""
    owned = pronoun.head
    if pronoun.i == 0 or pronoun.doc[pronoun.i - 1].lower_ not in ("and", "or", "nor") or owned.dep_ != "conj" or owned.left_edge.i != pronoun.i:
        return None
    named = by_token.get(owned.head.i)
    if named is None or named.kind in PERSON_KINDS or named.kind == "demonym" or owned.head.i + 2 != pronoun.i:
        return None
    return named.actor_id


def _reporter_of_its(pronoun: Token, by_token: dict[int, ActorSpan]) -> str | None:
    """"A spokesman for the GNA told reporters that Emirati jets had struck its positions": "its" inside a reported
    clause whose own subject is plural or a list ("jets", "Egypt and the UAE": no "it") and which names no single actor
    "its" could be before it, is the one actor the reporting verb's subject names (its spokesman, official or body)."""
    clause = pronoun.head
    while clause.dep_ != "ccomp" and not _statement_content(clause):
        if clause.head.i == clause.i or clause.dep_ in ("relcl", "advcl", "acl", "xcomp"):
            return None
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # plural: a plural noun, a list, or a noun with listed modifiers ("Egyptian and Emirati aircraft")
    several = subjects and any(c.dep_ in ("amod", "compound") and c.conjuncts for c in subjects[0].children)
    if len(subjects) != 1 or not (subjects[0].tag_ in ("NNS", "NNPS") or subjects[0].conjuncts or several):
        return None
    if subjects[0].left_edge.i <= pronoun.i <= subjects[0].right_edge.i:
        return None  # "The GNA and its rival both claimed ...": inside the subject, it goes back within it
    if subjects[0].i in by_token and by_token[subjects[0].i].kind == "demonym" and not subjects[0].conjuncts:
        return None  # "the Turks": a demonym's plural may still be read as its state
    verb = clause.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
        verb = verb.head  # "said in a statement that ...": the verb the statement hangs on
    reporters = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(reporters) != 1:
        return None
    actors = {by_token[t.i].actor_id for t in reporters[0].subtree if t.i in by_token}
    return next(iter(actors)) if len(actors) == 1 else None


def _observed(pronoun: Token, named_at: Sequence[int], observer_nouns: Collection[str]) -> bool:
    """"UN experts said it supplied Haftar": "it" is the subject of what a plural of `observer_nouns` says, and every
    name before it in the sentence is in that subject ("UN"): those who watch are no "it", nor is the body they
    belong to."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return False
    subjects = [c for c in pronoun.head.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS" or subjects[0].lemma_.lower() not in observer_nouns:
        return False
    inside = {t.i for t in subjects[0].subtree}
    return all(i in inside for i in named_at)


def _body_subject(name: Token, by_token: dict[int, ActorSpan], person_nouns: Collection[str]) -> str | None:
    """The actor whose body the subject a name modifies is: "Egypt's foreign ministry condemned ...", "The Russian
    defence ministry said ..." (a singular noun, not a person's role, with no other actor or conjunct on it); None
    otherwise ("Egypt's president": a person is "he"; "Turkish troops": plural, "they")."""
    body = name.head
    if name.dep_ not in ("poss", "amod", "compound", "nmod") or body.dep_ not in ("nsubj", "nsubjpass") or body.tag_ not in ("NN", "NNP") or body.i in by_token:
        return None
    if body.lemma_.lower() in person_nouns or any(c.dep_ == "conj" for c in (name, *body.children)):
        return None
    owners = {by_token[t.i].actor_id for t in body.subtree if t.i in by_token and t.i < body.i}
    return by_token[name.i].actor_id if len(owners) == 1 else None


def _camp_owner(pronoun: Token, by_token: dict[int, ActorSpan], camp_nouns: Collection[str]) -> tuple[str, ...] | None:
    """The actors "its" stands for on the object of a verb whose subject is a camp ("The coalition of Egypt and the
    UAE, which Ankara accuses of arming militias, renewed its backing for Haftar"): the members its of-phrase
    lists, or none when it lists none ("The pro-Haftar camp, which Turkey criticised, renewed its support": not
    Turkey); None when the subject is no camp noun, and the usual reading holds."""
    thing = pronoun.head
    if not camp_nouns or thing.dep_ != "dobj":
        return None
    verb = thing.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i in by_token or subjects[0].tag_ != "NN" or subjects[0].lemma_.lower() not in camp_nouns:
        return None
    listed = [o for c in subjects[0].children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    members = [_member(t, by_token) for o in listed for t in (o, *o.conjuncts)]
    if not members or any(m is None for m in members):
        return ()
    return tuple(dict.fromkeys(m.actor_id for m in members if m is not None))


def _object_owner(pronoun, by_token: dict) -> str | None:
    """The state, government or group that is the subject of the verb whose object "its" possesses
    ("reaffirmed its backing"), the subject of a coordinated verb included, or the owner of a subject
    no actor names ("Qatar's backing of the GNA mirrors its rivalry"); or, on a conjunct, the
    owner of the first conjunct ("reaffirmed its support for the GNA and its rejection of ...")."""
    thing = pronoun.head
    while thing.dep_ == "conj" and thing.head.i != thing.i:
        # "Qatar's assistance to the GNA and its hostility toward Haftar": the first conjunct's owner
        thing = thing.head
        owners = [by_token[c.i] for c in thing.children if c.dep_ == "poss" and c.i in by_token]
        if owners:
            return owners[0].actor_id if owners[0].kind not in PERSON_KINDS else None
    while thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.pos_ in ("NOUN", "ADJ", "PRON") and thing.head.head.i != thing.i:
        thing = thing.head.head  # "explains much of its investment in Haftar", "a share of its aid": the object is the whole
    if thing.dep_ != "dobj":
        return None
    verb = thing.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if any(c.dep_ == "conj" for s in subjects for c in s.children):
        return None  # "Egypt, Greece and Cyprus accused Turkey ... and condemned its drilling": a list is no "it"
    mentions = [by_token[s.i] for s in subjects if s.i in by_token]
    if not mentions:
        # "Qatar's backing of the GNA mirrors its rivalry with the UAE": a subject no actor names is its owner's act
        mentions = [by_token[c.i] for s in subjects for c in s.children if c.dep_ == "poss" and c.i in by_token]
    if len(mentions) != 1 or mentions[0].kind in PERSON_KINDS:
        return None
    return mentions[0].actor_id


def in_hyphen_word(token: Token) -> bool:
    """A hyphen written inside a word, or a part of such a word ("Tripoli-based": all three)."""
    doc, i = token.doc, token.i

    def joining(j: int) -> bool:
        return 0 < j < len(doc) - 1 and doc[j].text in HYPHEN_TEXTS and not doc[j - 1].whitespace_ and not doc[j].whitespace_

    return joining(i) or (i > 0 and joining(i - 1)) or joining(i + 1)


HYPHEN_TEXTS = frozenset({"-", "‐", "‑"})


# How many sentences back the two sides "the two sides" stand for may have been named.
SIDES_REACH = 6


def side_references(sent: Span, taken: set[int], lexicon: Lexicon) -> list[tuple[Span, bool]]:
    """The noun phrases of a sentence that stand for two sides, each with whether it says they
    are enemies: a plural of side_nouns with a side marker ("the two sides", "both camps", "the
    warring parties": enemies), or a plural rival noun with "the" ("the rivals": enemies). Not
    when the phrase says whose ("Haftar's rivals", "the two sides of the border"), nor inside a
    partitive ("one of the two sides")."""
    modifier_deps = ("det", "nummod", "amod", "predet", "preconj", "compound")
    found = []
    # only a side noun is read below: those are found from the parse's arrays, not by making every Token
    nouns = lexicon.side_nouns | lexicon.side_leader_nouns
    for i in positions_in(sent.doc, LEMMA, nouns, lower=True, start=sent.start, end=sent.end):
        token = sent.doc[i]
        if token.tag_ != "NNS" or token.i in taken or token.lemma_.lower() not in nouns:
            continue
        modifiers = [c for c in token.children if c.dep_ in modifier_deps and c.i < token.i]
        markers = [c.lower_ for c in modifiers if c.lower_ in lexicon.side_markers]
        if token.lemma_.lower() in lexicon.side_leader_nouns and not _fighting_leaders(token, markers, lexicon):
            continue
        # "the Libyan parties", "Libya's factions": naming the war's place marks them as its sides
        placed = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "poss", "compound") and c.lower_ in lexicon.conflict_places]
        rivals = token.lemma_.lower() in lexicon.rival_nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in modifiers)
        # "Haftar's rivals" say whose; "Libya's two rival factions" (no actor) do not
        owned = any(c.dep_ in ("poss", "compound", "nmod") and c.lower_ not in lexicon.side_markers and c not in placed and c.i in taken for c in token.children) or any(
            c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and any(t.i in taken for t in c.subtree))) for c in token.children
        )  # "Rival Libyan delegations from the HoR and the High Council of State" say whose
        # "one of the two sides", "neither of the rivals"; "the leaders of the two sides" stand for them
        partitive = token.dep_ == "pobj" and token.head.lower_ == "of" and (token.head.head.pos_ not in ("NOUN", "PROPN") or token.head.head.lower_ in PARTITIVE_NOUNS)
        if (markers or rivals or placed) and not owned and not partitive:
            enemies = rivals or any(m not in COUNTING_MARKERS for m in markers)
            found.append((sent.doc[min([token.i, *(c.i for c in modifiers + placed)]) : token.i + 1], enemies))
    return found


def _fighting_leaders(token: Token, markers: Sequence[str], lexicon: Lexicon) -> bool:
    """"The rival Libyan leaders", "Libya's two warring leaders": heads of sides (side_leader_nouns) stand for the
    sides only with a marker that says they fight; "the two leaders", "both leaders", "the Libyan leaders" may be
    any heads of state, or the heads of one camp; "the two rival leaders, Sarraj and Haftar" names them itself."""
    named = any(c.dep_ in ("appos", "conj") for c in token.children)  # (the parser may read the names as conjuncts)
    return token.lemma_.lower() in lexicon.side_leader_nouns and any(m not in COUNTING_MARKERS for m in markers) and not named


# Nouns that pick some of a group out ("none of the rivals", "the rest of the factions"), unlike
# the people who stand for it ("the leaders of the two sides").
PARTITIVE_NOUNS = frozenset({"none", "rest", "half", "part", "majority", "minority", "remainder"})


# Markers that only count the sides ("the two delegations", "both sides"): they may be the two
# parties to talks. Every other side marker ("warring", "rival") says they fight.
COUNTING_MARKERS = frozenset({"two", "both"})


def sides_of_edges(edges: Sequence[object]) -> tuple[tuple[str, str], bool] | None | bool:
    """The two sides a sentence's edges (extract.relations.reader.Edge) set for "the two
    sides" after it, and whether they are enemies: the one pair of opposing actors, or of
    parties to talks (a mediator is not a side; a mediation without parties is the mediator
    and its counterpart). None when the sentence names several pairs or only allies (nothing
    may resolve to an ambiguous or allied pair); False when it has no edge (the pair before holds)."""
    if not edges:
        return False
    opposed = {tuple(sorted((e.actor1, e.actor2))) for e in edges if e.relation == "opposition"}
    mediation = [e for e in edges if e.relation == "mediation"]
    parties = {tuple(sorted((e.actor1, e.actor2))) for e in mediation if e.parties}
    talks = parties or {tuple(sorted((e.actor1, e.actor2))) for e in mediation}
    pairs = opposed | talks
    if len(pairs) != 1:
        return None
    pair = next(iter(pairs))
    return (pair[0], pair[1]), pair in opposed


def sides_of_coordination(
    sent: Span, mentions: Sequence[ActorSpan], war_sides: tuple[str, str] | None, lexicon: Lexicon
) -> tuple[tuple[str, str], bool] | None:
    """The war's two sides (`war_sides`, conflict_sides) as the pair "the two sides" after them stand for, when a
    sentence with no edge names both as its coordinated subject ("The LNA and the GNA each named four delegates to the commission.
    The two sides signed ...", "Sarraj and Haftar both went to Berlin. The two rivals ..."); the extractor asks only
    when no pair was set within reach. Any other pair is no pair of sides: "Egypt and France urged restraint.
    The two sides signed" are the war's sides, not the two who urged it. None for any other sentence."""
    if war_sides is None or not set(war_sides) <= {m.actor_id for m in mentions}:
        return None  # (most sentences: the parse is read only when both sides are named)
    by_token = {i: m for m in mentions for i in m.token_ids}
    pairs = {g.actors for g in _groups(sent, by_token, lexicon.time_nouns) if g.subject and g.coordinated and len(g.actors) == 2}
    if len(pairs) != 1 or set(next(iter(pairs))) != set(war_sides):
        return None
    first, second = next(iter(pairs))
    return (first, second), True


def still_enemies(update: tuple[tuple[str, str], bool] | None, before: tuple[tuple[str, str], bool] | None) -> tuple[tuple[str, str], bool] | None:
    """A pair that fought and now talks is still the warring pair: "Forces of the GNA and the LNA
    clashed. The two sides agreed to a truce. Algeria urged the warring parties to ..."."""
    if update is not None and before is not None and update[0] == before[0] and before[1]:
        return update[0], True
    return update


def resolve_sides(references: Sequence[tuple[Span, bool]], sides: tuple[tuple[str, str], bool] | None) -> list[ActorSpan]:
    """Two mentions on each reference, one per side (extract.relations.context reads two
    mentions on the same tokens as both actors); a reference that says the sides are enemies
    ("the warring parties") only for a pair that fought."""
    if sides is None:
        return []
    (first, second), enemies = sides
    return [ActorSpan(actor, SIDES_KIND, span) for span, fight in references if enemies or not fight for actor in (first, second)]


def conflict_sides(lexicon: Lexicon, date: str, known: Collection[str]) -> tuple[str, str] | None:
    """The two sides of the war the corpus is about on `date` (yyyy-mm-dd; "" reads the sides
    with no start date), as the lexicon's conflict_sides lists them; None unless exactly two
    known actors hold a side then."""
    held = [s.actor for s in lexicon.conflict_sides if s.actor in known and s.held_on(date)]
    return (held[0], held[1]) if len(held) == 2 else None


def names_conflict_place(reference: Span, lexicon: Lexicon) -> bool:
    """"Libya's two rival factions", "the two Libyan delegations", "the opposing sides in
    Libya", "the rival parties in the Libyan conflict": the side phrase names the war's place."""
    noun = reference[-1]
    return any(t.lower_ in lexicon.conflict_places for t in noun.subtree)


def resolve_sides_in_conflict(
    references: Sequence[tuple[Span, bool]],
    sides: tuple[tuple[str, str], bool] | None,
    recent: bool,
    home: tuple[str, str] | None,
    sentence: Span,
    lexicon: Lexicon,
    war_sides: tuple[str, str] | None = None,
) -> list[ActorSpan]:
    """The actors of each side phrase: the sides the article names (`home`) for a phrase that names the war's place, or,
    in an article that names neither, the war's sides on its date (`war_sides`) for one that says there are two
    (_says_two_sides: "Putin called on the warring sides in Libya to observe a truce"), and
    the sides the article names for any phrase of a sentence that names the place when no pair was set within reach
    ("intra-Libyan talks were held in which the rival parties agreed"); otherwise the pair the sentences before set
    (`resolve_sides`). An ambiguous recent pair (None) resolves nothing."""
    placed = [r for r in references if names_conflict_place(r[0], lexicon)]
    rest = [r for r in references if not names_conflict_place(r[0], lexicon)]
    if home is None and war_sides is not None:
        # an article that names neither side: only a phrase that says there are two of them ("Libya's two rival camps",
        # "the warring sides in Libya"), not "the Libyan parties", who may be many
        found = resolve_sides([r for r in placed if is_verb_argument(r[0]) and _says_two_sides(r[0], lexicon)], (war_sides, True))
    else:
        found = resolve_sides([r for r in placed if is_verb_argument(r[0])], (home, True) if home else None)
    if recent:
        found += resolve_sides(rest, sides)
    elif home and any(t.lower_ in lexicon.conflict_places for t in sentence):
        found += resolve_sides([r for r in rest if is_verb_argument(r[0])], (home, True))
    return found


def sides_named_later(references: Sequence[tuple[Span, bool]], home: tuple[str, str] | None, lexicon: Lexicon) -> list[ActorSpan]:
    """"Officers from the two camps met in Geneva under UN auspices. The five representatives of the GNA and the five
    named by Haftar ...": a side phrase that says there are two (_says_two_sides, or "both"), read where the article has
    named neither side yet (the extractor asks), is the war's two sides the article goes on to name (`home`), as a
    reader takes a lead that names them later."""
    if home is None:
        return []
    counted = [r for r in references if is_verb_argument(r[0]) and (_says_two_sides(r[0], lexicon) or any(t.lower_ in COUNTING_MARKERS for t in r[0]))]
    return resolve_sides(counted, (home, True))


def _says_two_sides(reference: Span, lexicon: Lexicon) -> bool:
    """Whether a side phrase says there are two sides facing each other: a count of two (c3_counted_side_words:
    "Libya's two rival camps"), or a side noun or a leader noun (c3_opposed_side_nouns, c2_side_leader_nouns) with an
    enemy marker ("the warring sides", "Libya's rival leaders")."""
    noun = reference[-1]
    words = {t.lower_ for t in reference}
    if words & lexicon.counted_side_words:
        return True
    enemy = words & (lexicon.side_markers - COUNTING_MARKERS)
    return bool(enemy) and noun.lemma_.lower() in (lexicon.opposed_side_nouns | lexicon.side_leader_nouns)


def is_verb_argument(reference: Span) -> bool:
    """"the rival parties agreed", "signed between Libya's rival factions", "the leaders of the
    opposing sides concluded": the phrase is a verb's argument, or the of-object of one. In a bare
    noun phrase ("the need for a ceasefire between the warring parties in Libya") no one is said
    to act, and the war's sides are only inferred, so that reading is left out."""
    noun = reference[-1]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        noun = noun.head.head  # "the leaders of the two sides"
    if noun.dep_ == "pobj":
        noun = noun.head
    if noun.dep_ == "prep" and noun.head.pos_ == "NOUN" and noun.head.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.head.head.pos_ == "VERB":
        # "hosted talks between the rival factions", "proposed a ceasefire to the warring parties": the
        # phrase belongs to the thing someone acts on; "officials from Libya's rival camps met": to the ones acting
        return True
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent", "dative") and noun.head.pos_ in ("VERB", "AUX")


FLOATING_QUANTIFIERS = frozenset({"both", "all", "each", "together"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# "Both" standing alone as a subject: the two actors of the pair named last.
STANDALONE_BOTH = frozenset({"both"})
# Dependencies of a plural noun that describes the subject ("Turkey and Qatar are the GNA's allies"), not another group.
PREDICATE_DEPS = frozenset({"attr", "appos"})


@dataclass(frozen=True)
class Group:
    """A group a plural reference may stand for, ending before token `end`: a coordination of
    actors ("Egypt and the UAE", `actors` in text order), or a group of no actor (`actors` empty):
    a coordination with a conjunct that names none ("Egypt and several militias") or a plural noun
    ("the militias", "the talks"), which nothing may resolve to. `subject`: a clause's subject;
    `coordinated`: named as a coordination (or resolved from one)."""

    end: int
    actors: tuple[str, ...]
    subject: bool
    coordinated: bool
    # The verb a coordination is the object of ("blamed Turkey and Qatar"), -1 for any other group.
    object_of: int = -1
    # The noun that heads the group (a list's first member, or the plural noun), -1 when not noted.
    head: int = -1


# Modifiers through which a noun stands for an actor ("Turkish officials", "Emirati forces").
STANDING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _member(token: Token, by_token: dict[int, ActorSpan]) -> ActorSpan | None:
    """The actor a member of a list stands for: its own name, or the one actor named by its
    modifiers ("Turkish officials and Qatar")."""
    if token.i in by_token:
        return by_token[token.i]
    named = [by_token[c.i] for c in token.children if c.dep_ in STANDING_DEPS and c.i in by_token]
    return named[0] if len({m.actor_id for m in named}) == 1 else None


def _after_listed_name(first: Token, by_token: dict[int, ActorSpan]) -> bool:
    """"Egypt, Russia and Emirati forces back Haftar": a coordination right after a name and a comma is the end of a
    longer list the parser split ("Russia and Emirati" read apart from "Egypt"); who its members are is unsure."""
    start = first.left_edge.i
    return start >= 2 and first.doc[start - 1].text == "," and start - 2 in by_token


def _inside_subject(root: Token) -> bool:
    """"Forces loyal to the GNA and the LNA clashed", "Fighting between the GNA and the LNA continued":
    a list that names the sides of the subject ("loyal to" on it, or its "between") is what "they" goes
    back to."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    holder = prep.head
    if prep.lower_ in ("between", "among") and holder.dep_ in ("nsubj", "nsubjpass"):
        return True
    return holder.dep_ in ("amod", "acl") and holder.head.dep_ in ("nsubj", "nsubjpass")


def _object_they_go_back_to(group: Group, before: list[Group], pronoun: Token) -> bool:
    """"The LNA blamed Turkey and Qatar for the loss, saying they had armed the GNA": with no list of actors
    as a subject before it, "they" inside the clause of the verb whose object is the list goes back to it."""
    if group.object_of < 0 or not before or before[-1] is not group or any(g.actors and g.subject for g in before):
        return False
    return pronoun.doc[group.object_of].is_ancestor(pronoun)


# Adverbs that open a relative clause of place or time on a noun ("Libya, where they back the GNA").
PLACE_TIME_RELATIVES = frozenset({"where", "when"})


def _plural_before_clause(group: Group, before: list[Group], pronoun: Token) -> bool:
    """Whether a pronoun goes back to a plural of actors named as no subject, the last group before it in its sentence:
    "they" / "them" / "their" in a relative clause on the group itself ("The sanctions hit Qatar and Turkey, which
    continue their aid to the GNA"), or in a where- or when-clause on a later noun ("Ankara sent Turkish drone operators
    to Misrata, where they assist the GNA": the place or time is no "they"), "them" after "between" (the coordination it
    sets apart: "stood at an equal distance from the GNA and Haftar and offered talks between them"), or "them" as the
    object of a verb the group is no argument of ("The minister inspected his units and sent them to fight Haftar": "them" is never its own verb's subject or
    object)."""
    if group.subject or group.head < 0 or not before or before[-1] is not group:
        return False
    if pronoun.lower_ == "them" and pronoun.head.lower_ == "between" and group.coordinated and len(group.actors) >= 2:
        return True  # "stood at an equal distance from the GNA and Haftar and offered a dialogue between them"
    members = {group.head, *(t.i for t in pronoun.doc[group.head].conjuncts)}
    if any(a.dep_ == "relcl" and a.head.i in members for a in pronoun.ancestors):
        return True  # "hit Qatar and Turkey, which continue their aid": the clause is on them
    verb = pronoun.head
    while verb.dep_ in ("prep", "pobj", "agent") and verb.head.i != verb.i:
        verb = verb.head  # "expel the gunmen from them": the verb the preposition is on
    if verb.dep_ == "relcl" and verb.head.i >= group.end and any(c.dep_ == "advmod" and c.lower_ in PLACE_TIME_RELATIVES for c in verb.children):
        return True
    if pronoun.lower_ != "them" or pronoun.dep_ not in ("dobj", "pobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if _agents_of_plural_thing(group, before, pronoun.doc):
        return False  # "The peace plans were welcomed by Egypt and Jordan, but Turkey dismissed them": the plans
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in arguments) and verb.dep_ in ("conj", "xcomp", "advcl"):
        arguments += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # its subject is the first verb's
    return all(not (a.left_edge.i <= group.head <= a.right_edge.i) for a in arguments)


def _agents_of_plural_thing(group: Group, before: Sequence[Group], doc: Doc) -> bool:
    """Whether the group is the agent ("by Egypt and Jordan") of a passive whose subject is a plural noun that is no group
    of actors ("The peace plans were welcomed by ...", "The sanctions were backed by ..."): that subject is what a
    "them" after it goes back to, as the clause's topic."""
    head = doc[group.head]
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return False
    verb = head.head.head
    heads = {g.head for g in before if g.actors}  # "Turkish troops" is a group of one actor, "plans" of none
    return any(c.dep_ == "nsubjpass" and c.tag_ == "NNS" and c.i not in heads for c in verb.children)


def _official(token: Token, by_token: dict[int, ActorSpan]) -> ActorSpan | None:
    """The actor a meeting's subject or partner stands for: its own name, or for one person no name gives (a singular
    noun), the one actor its modifiers name ("Qatar's defence minister", "his Turkish counterpart": a possessive pronoun
    is not counted)."""
    if token.i in by_token:
        return by_token[token.i]
    if token.tag_ != "NN":
        return None
    named = {by_token[c.i].actor_id: by_token[c.i] for c in token.children if c.dep_ in STANDING_DEPS and c.i in by_token and c.pos_ != "PRON"}
    return next(iter(named.values())) if len(named) == 1 else None


def _meeting_pair(verb: Token, by_token: dict[int, ActorSpan], meeting_nouns: Collection[str] = ()) -> Group | None:
    """"Putin met Erdogan in Moscow", "Conte received Haftar", "Qatar's defence minister met his Turkish counterpart":
    one actor meeting one other are a pair "the two leaders" or "they" may go back to. With `meeting_nouns`, any verb
    whose object or prepositional object is a meeting with one other ("Bashagha went to Paris for a meeting with Le
    Drian", "had a phone call with Erdogan": _met_by_noun)."""
    subjects = [m for c in verb.children if c.dep_ == "nsubj" and not c.conjuncts and (m := _official(c, by_token)) is not None]
    if meeting_nouns:
        met = _met_by_noun(verb, by_token, meeting_nouns)
    elif not subjects:
        # "Sarraj was received in Istanbul by Erdogan": the one met is the passive's subject, the one meeting its agent
        met = [m for c in verb.children if c.dep_ == "nsubjpass" and not c.conjuncts and (m := _official(c, by_token)) is not None]
        subjects = [m for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" and not p.conjuncts and (m := _official(p, by_token)) is not None]
    else:
        met = [m for c in verb.children if c.dep_ == "dobj" and not c.conjuncts and (m := _official(c, by_token)) is not None]
        met += [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj" and not p.conjuncts and (m := _official(p, by_token)) is not None]
    if len(subjects) != 1 or len(met) != 1 or subjects[0].actor_id == met[0].actor_id:
        return None
    end = max(subjects[0].span.end, met[0].span.end)
    return Group(end, (subjects[0].actor_id, met[0].actor_id), True, True)


def _met_by_noun(verb: Token, by_token: dict[int, ActorSpan], meeting_nouns: Collection[str]) -> list[ActorSpan]:
    """The one actor the with-phrase of a meeting noun names, the noun being the verb's object or the object of one of
    its prepositions ("held talks with Erdogan", "went to Paris for a meeting with Le Drian"); a meeting with a
    list, or with a between-phrase, is no pair of the subject's."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    met = []
    for noun in nouns:
        if noun.lemma_.lower() not in meeting_nouns or noun.conjuncts:
            continue
        met += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj" and not p.conjuncts and (m := _official(p, by_token)) is not None]
    return met


# Nouns of a person who acts beside another of the same rank ("with his Turkish counterpart").
COMPANION_NOUNS = frozenset({"counterpart"})
# Prepositions of acting beside someone ("visited Tripoli with / alongside his Turkish counterpart").
COMPANION_PREPS = frozenset({"with", "alongside"})


def _companion_pair(
    verb: Token, by_token: dict[int, ActorSpan], person_nouns: Collection[str], companion_verbs: Collection[str] = ()
) -> Group | None:
    """"Qatar's defence minister visited Tripoli with (alongside) his Turkish counterpart": an official of one actor acting with an
    official of another (each a role noun or a name of a person that stands for one actor) are a pair "the two
    countries" or "they" may go back to: the actors the two officials stand for. So is an official and the one a verb
    of `companion_verbs` takes as object ("joined his Jordanian counterpart in Benghazi", "accompanied his Qatari
    counterpart to Misrata"; lexicon coref_companion_verbs)."""
    people = [c for c in verb.children if c.dep_ == "nsubj" and not c.conjuncts]
    people += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in COMPANION_PREPS for p in c.children if p.dep_ == "pobj" and not p.conjuncts]
    if verb.lemma_.lower() in companion_verbs:
        people += [c for c in verb.children if c.dep_ == "dobj" and not c.conjuncts]
    if len(people) != 2 or people[0].i > people[1].i:
        return None
    actors = []
    for person in people:
        named = by_token.get(person.i)
        if named is not None:
            if named.kind not in PERSON_KINDS:
                return None  # a state acting with another is a meeting pair at most (_meeting_pair)
            actors.append(named.actor_id)
            continue
        if person.lemma_.lower() not in person_nouns and person.lemma_.lower() not in COMPANION_NOUNS:
            return None
        # "his Turkish counterpart": the adjective says whose; "his" is the other official's
        owners = {by_token[c.i].actor_id for c in person.children if c.dep_ in STANDING_DEPS and c.i in by_token and c.tag_ != "PRP$"}
        if len(owners) != 1:
            return None
        actors.append(owners.pop())
    if actors[0] == actors[1]:
        return None
    end = max(max(t.i for t in p.subtree) for p in people) + 1
    return Group(end, (actors[0], actors[1]), True, True)


PLURAL_NOUN_TAGS = frozenset(map(get_string_id, ("NNS", "NNPS")))


# Modifiers through which a plural noun is its actor's own ("Turkish troops", "Wagner contractors"); a possessive
# may be another's ("Haftar's allies").
OWN_PLURAL_DEPS = frozenset({"amod", "compound"})


def _one_actor_plural(
    token: Token, by_token: dict[int, ActorSpan], cue_nouns: Collection[str], own_nouns: Collection[str] = (), loyal: Collection[str] = ()
) -> ActorSpan | None:
    """The one actor a plural noun stands for: its own name ("the Emirates"), or the one actor an adjective or compound
    names ("Turkish troops", "Wagner contractors"), or a possessive pronoun or name on one of `own_nouns` ("his troops",
    "its drones", "the GNA's forces": what one owns of these is its own), or the one actor the of-phrase of one of
    `own_nouns` or its adjective of `loyal` names ("troops of the GNA", "forces loyal to Haftar": _force_of). None for a noun that names a relation
    to that actor ("Turkish critics", "GNA opponents": a cue noun of the lexicon) or one with another possessive
    ("Haftar's allies")."""
    if token.i in by_token:
        return by_token[token.i]
    if token.lemma_.lower() in cue_nouns:
        return None
    owners = [c for c in token.children if c.dep_ == "poss"]
    if owners:
        own = token.lemma_.lower() in own_nouns and len(owners) == 1 and owners[0].tag_ in ("PRP$", "NNP") and owners[0].i in by_token
        return by_token[owners[0].i] if own else None
    named = [by_token[c.i] for c in token.children if c.dep_ in OWN_PLURAL_DEPS and c.i in by_token]
    if not named and token.lemma_.lower() in own_nouns:
        return _force_of(token, by_token, loyal)
    return named[0] if len({m.actor_id for m in named}) == 1 else None


def _force_of(token: Token, by_token: dict[int, ActorSpan], loyal: Collection[str]) -> ActorSpan | None:
    """"Troops of the GNA", "forces loyal to Haftar": the one actor named by a force noun's of-phrase, or by the to- or
    with-phrase of an adjective of `loyal` on it (the lexicon's adjectives of alignment), a name alone and no list."""
    objects = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > token.i for o in c.children if o.dep_ == "pobj"]
    objects += [
        o
        for a in token.children
        if a.dep_ in ("amod", "acl") and a.i > token.i and a.lower_ in loyal
        for c in a.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if len(objects) != 1 or objects[0].conjuncts or objects[0].i not in by_token:
        return None
    return by_token[objects[0].i]


def _groups(
    sent: Span,
    by_token: dict[int, ActorSpan],
    time_nouns: Collection[str],
    meeting_verbs: Collection[str] = (),
    cue_nouns: Collection[str] = (),
    person_nouns: Collection[str] = (),
    own_nouns: Collection[str] = (),
    loyal: Collection[str] = (),
    meeting_nouns: Collection[str] = (),
    companion_verbs: Collection[str] = (),
) -> list[Group]:
    """The groups a sentence names, in order of where they end. A list the parser hung on a
    fronted time phrase ("Last spring, Turkey and Qatar ...") is the list without it; one it read
    as an apposition of a name ("Sisi, the UAE and Russia") starts at that name. A plural of one
    actor (_one_actor_plural, with `own_nouns`) keeps its actor whether or not it is a subject."""
    found: list[Group] = []
    inside: set[int] = set()
    # Only the nouns can open a list, and only the plural ones stand between: found from the parse's arrays,
    # not a Token per word.
    doc = sent.doc
    rows = doc.to_array([POS, TAG])[sent.start : sent.end].tolist()
    nouns = [doc[i] for i, (pos, _) in enumerate(rows, start=sent.start) if pos in (NOUN, PROPN)]
    plurals = [doc[i] for i, (_, tag) in enumerate(rows, start=sent.start) if tag in PLURAL_NOUN_TAGS]
    for token in nouns:
        if token.dep_ == "conj" or token.i in inside or not token.conjuncts:
            continue  # (conjuncts last: it makes a Token of each, and most words are no noun)
        first = token.head if token.dep_ == "appos" and _member(token.head, by_token) is not None else token
        listed = [first, *([token] if first is not token else []), *token.conjuncts]
        inside.update(t.i for t in listed)
        # "Sarraj and Haftar both travelled": a floating quantifier the parser joins to the list is no member
        members = [t for t in listed if t.i in by_token or (t.lemma_.lower() not in time_nouns and t.lower_ not in FLOATING_QUANTIFIERS)]
        mentions = [_member(t, by_token) for t in members]
        root = by_token[first.i].root if first.i in by_token else first
        subject = root.dep_ in ("nsubj", "nsubjpass") or _inside_subject(root)
        end = max(t.i for t in [token, *token.conjuncts]) + 1
        # "Egypt, Emirati officials and Russia spoke": a second subject of the same verb is a list the parser split
        split = subject and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i for c in root.head.children)
        if not mentions or split or any(m is None for m in mentions) or _after_listed_name(first, by_token):
            found.append(Group(end, (), subject, True, head=first.i))
            continue
        inside.update(i for m in mentions for i in m.token_ids)
        actors = tuple(dict.fromkeys(m.actor_id for m in sorted(mentions, key=lambda m: m.span.start)))
        end = max(end, *(m.span.end for m in mentions))
        object_of = root.head.i if root.dep_ in ("dobj", "dative") and root.head.pos_ == "VERB" else -1
        found.append(Group(end, actors if len(actors) >= 2 else (), subject, True, object_of, root.i))
    for token in plurals:
        if token.i not in inside and token.dep_ not in PREDICATE_DEPS and not _time_adverbial(token, time_nouns):
            subject = token.dep_ in ("nsubj", "nsubjpass")
            # "Turkish troops arrived ... They", "Wagner contractors arrived ... They": a plural that stands for one
            # actor is who "they" may go back to (as a subject; as no subject, _plural_before_clause); any other
            # plural is a group of no actor
            member = _one_actor_plural(token, by_token, cue_nouns, own_nouns, loyal)
            found.append(Group(token.i + 1, (member.actor_id,) if member is not None else (), subject, False, head=token.i))
    if meeting_verbs:
        for token in (doc[i] for i, (pos, _) in enumerate(rows, start=sent.start) if pos == VERB):
            if token.lemma_.lower() in meeting_verbs and (pair := _meeting_pair(token, by_token)) is not None:
                found.append(pair)
            elif meeting_nouns and (pair := _meeting_pair(token, by_token, meeting_nouns)) is not None:
                found.append(pair)
            elif person_nouns and (pair := _companion_pair(token, by_token, person_nouns, companion_verbs)) is not None:
                found.append(pair)
    return sorted(found, key=lambda g: g.end)


# How a plural time noun hangs when it measures a clause ("hit several times", "for weeks", "in recent months").
TIME_ADVERBIAL_DEPS = frozenset({"npadvmod", "pobj"})


def _time_adverbial(token: Token, time_nouns: Collection[str]) -> bool:
    """"Emirati jets were downed several times over Misrata. ... would target them": a plural of time_nouns that measures or
    dates a clause stands for no one, and "them" goes back past it (a time noun as subject or object is still a group)."""
    return token.lemma_.lower() in time_nouns and token.dep_ in TIME_ADVERBIAL_DEPS


def _conjoined_plural(pronoun: Token, by_token: dict[int, ActorSpan], cue_nouns: Collection[str]) -> tuple[str, ...]:
    """The actors "they" stands for as the subject of a conjoined clause (_first_clause_subject): the first clause's
    subject when that is a list of actors ("Egypt and the UAE") or a plural of one actor ("Turkish troops", "The
    Emiratis"); () otherwise ("Egypt", a singular, is "it"; "the militias" are no actor)."""
    subject = _first_clause_subject(pronoun)
    if subject is None:
        return ()
    if subject.conjuncts:
        members = [_member(t, by_token) for t in (subject, *subject.conjuncts)]
        actors = tuple(dict.fromkeys(m.actor_id for m in members if m is not None))
        return actors if None not in members and len(actors) >= 2 else ()
    named = by_token.get(subject.i)
    plural = subject.tag_ in ("NNS", "NNPS") or (named is not None and named.kind == "demonym" and subject.lower_.endswith("s"))
    if not plural or (named is not None and named.kind in PERSON_KINDS):
        return ()
    member = _one_actor_plural(subject, by_token, cue_nouns)
    return (member.actor_id,) if member is not None else ()


def group_reference_count(phrase_noun: Token, lexicon: Lexicon) -> tuple[Span, int | None] | None:
    """The phrase and how many it counts (None: not said) when `phrase_noun` heads a definite
    group reference: "the two countries", "both governments", "the three Gulf states", "the pair".
    Not "two countries" (no article: new ones), nor one that says whose ("the two countries of
    the Gulf") or picks one out ("one of the two countries")."""
    lemma = phrase_noun.lemma_.lower()
    if lemma not in lexicon.group_reference_nouns:
        return None
    modifiers = [c for c in phrase_noun.children if c.i < phrase_noun.i and c.dep_ in ("det", "nummod", "predet", "preconj", "amod", "compound", "nmod")]
    words = {c.lower_: c for c in modifiers}
    counted = [lexicon.group_reference_counts[w] for w in words if w in lexicon.group_reference_counts and words[w].dep_ in ("det", "nummod", "predet", "preconj")]
    own = lexicon.group_reference_counts.get(lemma)
    if own is not None:  # "the pair": singular, counted by its own word
        if phrase_noun.tag_ != "NN" or "the" not in words:
            return None
        counted.append(own)
    elif phrase_noun.tag_ != "NNS" or not counted or ("both" not in words and "the" not in words):
        return None
    if len(set(counted)) != 1 or any(c.dep_ == "prep" and c.lower_ == "of" for c in phrase_noun.children):
        return None
    if phrase_noun.dep_ == "pobj" and phrase_noun.head.lower_ == "of" and phrase_noun.head.head.lower_ in PARTITIVE_WORDS:
        return None
    start = min([phrase_noun.i, *(c.i for c in modifiers)])
    return phrase_noun.doc[start : phrase_noun.i + 1], counted[0]


def standalone_count(token: Token, lexicon: Lexicon) -> int | None:
    """How many "the two", "the three" count when the number stands alone for a group ("the two have clashed", "talks
    between the two"): a counting word of group_reference_counts tagged as a number, whose only dependent is "the"
    right before it, as a verb's subject or object or a preposition's object. None for "the two sides" (it counts a
    noun), "the two of them", or a partitive ("one of the two")."""
    count = lexicon.group_reference_counts.get(token.lower_)
    if count is None or token.tag_ != "CD" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    # an of-phrase the parser hangs on it may be the verb's ("accused the two of piracy"), unless it names a pronoun
    children = [c for c in token.children if not (c.dep_ == "prep" and c.lower_ == "of" and not any(o.tag_ == "PRP" for o in c.children))]
    if len(children) != 1 or children[0].dep_ != "det" or children[0].lower_ != "the" or children[0].i != token.i - 1:
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in PARTITIVE_WORDS:
        return None
    return count


def _between_pair_sides(token: Token, before: Sequence[Group], lexicon: Lexicon) -> tuple[Span, tuple[str, str]] | None:
    """"The two delegations", "both sides", "the two camps" (a plural side noun counted by "two" or "both" and nothing
    else) after a between-phrase of two actors earlier in the same sentence, the last list named ("talks between the GNA
    and the LNA, with Tunisian diplomats mediating between the two delegations"): the phrase and the two. "Between" sets them
    apart as sides; a list elsewhere ("Egypt and the UAE armed Haftar as the two sides clashed") is not read, nor a
    marker that says they fight ("the two rival camps": the sides of edges, extract.coreference.resolve_sides)."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in lexicon.side_nouns:
        return None
    modifiers = [c for c in token.children if c.i < token.i]
    words = {c.lower_ for c in modifiers}
    if not words & set(COUNTING_MARKERS) or not words <= {"the", *COUNTING_MARKERS} or ("the" not in words and "both" not in words):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and not any(o.dep_ in ("pobj", "pcomp") and o.tag_ == "VBG" for o in c.children) for c in token.children):
        return None  # "the two sides of the border"; "accused the two camps of breaking it" is what they did
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in PARTITIVE_WORDS:
        return None
    listed = [g for g in before if g.coordinated]
    if not listed or len(listed[-1].actors) != 2 or listed[-1].head < 0:
        return None
    head = token.doc[listed[-1].head]
    if head.dep_ != "pobj" or head.head.lower_ != "between":
        return None
    start = min(c.i for c in modifiers)
    return token.doc[start : token.i + 1], (listed[-1].actors[0], listed[-1].actors[1])


def _of_phrase_country(phrase: Span, actors: Sequence[str], countries: tuple[dict[str, str], dict[str, str]] | None) -> bool:
    """Whether every actor is of the country each demonym in the phrase names ("the two Libyan leaders": the GNA and
    the LNA, not Egypt and Turkey); True for a phrase with none."""
    if countries is None:
        return True
    demonyms, actor_countries = countries
    codes = {demonyms[t.lower_] for t in phrase if t.lower_ in demonyms}
    return all(actor_countries.get(a) == code for code in codes for a in actors)


# Words that pick some out of a group ("one of the two countries", "neither of them").
PARTITIVE_WORDS = frozenset({"one", "either", "neither", "each", "none", "some", "any", "rest", "half", "part"})


_MEETING_VERBS: dict[int, tuple[object, frozenset[str]]] = {}


def _meeting_verbs(lexicon: Lexicon, section: str = "verbs") -> frozenset[str]:
    """The verbs of meeting (the cue verbs inventoried as consult or host: meet, talk, receive, host, ...), or with
    `section` "nouns" the nouns (meeting, talk, summit, call, ...), worked out once per lexicon (asked once per article)."""
    held = _MEETING_VERBS.get(hash((id(lexicon), section)))
    if held is None or held[0] is not lexicon:
        verbs = frozenset(word for (part, word), category in lexicon.category_of.items() if part == section and category in ("consult", "host"))
        held = _MEETING_VERBS[hash((id(lexicon), section))] = (lexicon, verbs)
    return held[1]


_CUE_NOUNS: dict[int, tuple[object, frozenset[str]]] = {}


def _cue_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's cue nouns ("ally", "backer", "critic", "rival"), which name a relation, worked out once per lexicon."""
    held = _CUE_NOUNS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        nouns = frozenset(word for (section, word) in lexicon.category_of if section == "nouns")
        held = _CUE_NOUNS[id(lexicon)] = (lexicon, nouns)
    return held[1]


def _attack_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's nouns of attacking and fighting ("strike", "raid", "offensive"): things that own no positions;
    worked out once per lexicon."""
    held = _ATTACK_NOUNS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        nouns = frozenset(word for (section, word), category in lexicon.category_of.items() if section == "nouns" and category in ATTACK_CATEGORIES)
        held = _ATTACK_NOUNS[id(lexicon)] = (lexicon, nouns)
    return held[1]


_ATTACK_NOUNS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


# The categories of relations.json whose nouns name attacks and fighting.
ATTACK_CATEGORIES = frozenset({"assault", "fight"})


@functools.lru_cache(maxsize=8)
def _opening_words(group_nouns: frozenset[str]) -> frozenset[str]:
    """The words that can open a plural reference: the pronouns, and the group nouns with their plurals."""
    forms = set(PLURAL_PRONOUNS) | STANDALONE_BOTH
    for noun in group_nouns:
        forms |= {noun, f"{noun}s", f"{noun}es", f"{noun[:-1]}ies" if noun.endswith("y") else noun}
    return frozenset(forms)


@functools.lru_cache(maxsize=8)
def _reference_words(group_nouns: frozenset[str]) -> re.Pattern[str]:
    """A pattern for the words that can open a plural reference (_opening_words), to pass over text that holds
    none without walking its tokens. It may find more than the references (the walk decides), never fewer."""
    forms = _opening_words(group_nouns)
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(map(re.escape, forms), key=len, reverse=True)), re.IGNORECASE)


# A run of word characters (in ASCII text: letters, digits, "_").
WORD_RUN = re.compile(r"\w+")


@functools.lru_cache(maxsize=8)
def _reference_forms(group_nouns: frozenset[str]) -> frozenset[str] | None:
    """The words _reference_words looks for, in lower case, when every one is a run of ASCII word characters (then in
    ASCII text the pattern matches just where one of the text's words is one of them); else None."""
    forms = {form.lower() for form in _opening_words(group_nouns)}
    return frozenset(forms) if all(re.fullmatch(r"[A-Za-z0-9_]+", form) for form in forms) else None


def _may_refer(text: str, asking: re.Pattern[str], forms: frozenset[str] | None) -> bool:
    """Whether `asking` (_reference_words) finds a word in `text`: for ASCII text, its words compared with `forms` as a
    set (the pattern tries each of its many words at every character)."""
    if forms is not None and text.isascii():
        return not forms.isdisjoint(WORD_RUN.findall(text.lower()))
    return asking.search(text) is not None


def _not_own_subject(groups: list[Group], pronoun: Token) -> list[Group]:
    """The groups "them" may go back to: not the subject of the verb it is the object of ("Haftar's troops pulled back to
    Jufra, where Russian mercenaries helped them fortify positions": not the mercenaries, who would be "themselves")."""
    if pronoun.lower_ != "them":
        return groups
    if pronoun.dep_ in ("dobj", "dative"):
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep":
        verb = pronoun.head.head
    elif pronoun.dep_ == "nsubj" and pronoun.head.dep_ in ("ccomp", "xcomp"):
        verb = pronoun.head.head  # "helped them fortify": the object of "helped", however the parser hangs it
    else:
        return groups
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    controller = _controller(verb)
    if not subjects and controller is not None:
        # "GNA gunners will keep shelling them", "Ankara's army vowed to destroy them": a verb with no subject of its
        # own takes the one of the verb it completes, and "them" is not that one either
        subjects = {t.i for t in controller.subtree}
    return [g for g in groups if g.head not in subjects]


def _controller(verb: Token) -> Token | None:
    """Who does a verb with no subject of its own that completes another (xcomp: "kept targeting", "vowed to shoot"):
    the other's object when it has one ("urged the GNA to fight"), else its subject; None for any other verb."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    above = verb.head
    for deps in (("dobj",), ("nsubj", "nsubjpass")):
        found = [c for c in above.children if c.dep_ in deps]
        if found:
            return found[0]
    return _controller(above)


def _outside_phrase(groups: list[Group], pronoun: Token, attack_nouns: Collection[str]) -> list[Group]:
    """The groups a plural pronoun may go back to: not a plural noun of an attack whose own phrase holds it ("The GNA
    answered with air strikes on their positions": strikes own no positions, so who "their" is was named before), the
    phrase read through its prepositions, and a preposition right after the noun taken as the noun's wherever the parser
    hangs it. A noun of people may own what its phrase names ("the soldiers with their rifles"), and a clause on the
    noun is no such phrase ("the forces they sponsor")."""
    inside: set[int] = set()
    token = pronoun
    while token.head.i != token.i and token.dep_ in NOUN_PHRASE_DEPS:
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            inside.add(token.head.i - 1)
        token = token.head
        inside.add(token.i)
    doc = pronoun.doc
    return [g for g in groups if g.coordinated or g.head not in inside or doc[g.head].lemma_.lower() not in attack_nouns]


def _outside_fronted_adjunct(groups: list[Group], pronoun: Token) -> list[Group]:
    """The groups a subject "they" may go back to: not one named inside a phrase fronted before it that is no clause's
    subject ("Backed by Turkish drones, they pushed Haftar's fighters back": who backs them is not who they are, and
    "they" goes back to the sentence before). The subject of a fronted clause stays ("After Egypt and the UAE met,
    they agreed ...")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return groups
    verb = pronoun.head
    fronted = {t.i for c in verb.children if c.i < pronoun.i and c.dep_ in ("advcl", "prep", "npadvmod") for t in c.subtree}
    return [g for g in groups if g.subject or g.head not in fronted]


# Dependencies that keep a word inside the noun phrase above it ("strikes on their positions"), unlike a clause.
NOUN_PHRASE_DEPS = frozenset({"poss", "pobj", "prep", "compound", "amod", "nmod", "det"})


def resolve_group_references(
    docs: Sequence[Doc],
    mentions: Sequence[list[ActorSpan]],
    lexicon: Lexicon,
    actor_types: dict[str, str],
    countries: tuple[dict[str, str], dict[str, str]] | None = None,
) -> list[list[ActorSpan]]:
    """Each paragraph's mentions plus, on each plural reference to a group of actors, one mention
    per actor (two mentions on the same tokens are both actors, extract.relations.context):
    - "they"/"them"/"their": the actors of a coordination that is a clause's subject, earlier in
      the same sentence or in the sentence before, when no other group ("the militias", "the talks",
      another coordination) is named between;
    - "the two countries", "both governments", "the pair" (data/lexicon/relations.json
      group_reference_nouns, group_reference_counts): the actors of the coordination named last,
      in its sentence or the one before, when every actor is of a type the noun fits
      (`actor_types`: actor id -> dictionary type) and there are as many as the phrase counts;
      a demonym in the phrase that names no actor ("the two Libyan leaders") needs every actor to be of its
      country (`countries`: {demonym in lower case: country code}, {actor id: country code}).
    Anything less sure resolves nothing. Paragraphs are given in article order."""
    resolved = []
    carried: list[Group] = []  # the groups of the sentence before, in order
    # The last sentence of a paragraph with nothing to resolve, whose groups become `carried` only when a paragraph
    # with a reference comes: working them out for every paragraph was most of this step.
    carried_from: tuple[Span, dict[int, ActorSpan]] | None = None
    # ("the two" standing alone opens one too: the counting words are read as openers)
    openers = frozenset(lexicon.group_reference_nouns) | frozenset(lexicon.group_reference_counts)
    asking = _reference_words(openers)
    meeting_verbs = _meeting_verbs(lexicon)
    meeting_nouns = _meeting_verbs(lexicon, "nouns")
    cue_nouns = _cue_nouns(lexicon)
    attack_nouns = _attack_nouns(lexicon)
    # what an actor owns of these is its own ("his troops"); aid that is no force ("its support") is not
    own_nouns = lexicon.aid_nouns - lexicon.nonmilitary_aid_nouns
    # "forces loyal to Haftar", "units aligned with the GNA": an adjective of support says whose forces they are
    loyal = frozenset(word for word, cue in lexicon.adjectives.items() if cue.relation == "support" and {"to", "with"} & set(cue.preps))
    forms = _reference_forms(openers)
    for doc, found in zip(docs, mentions):
        by_token = {i: m for m in found for i in m.token_ids}
        text = doc_text(doc)  # once per paragraph, not per sentence
        if not _may_refer(text, asking, forms):
            # nothing to resolve here (most paragraphs): only the last sentence's groups reach the next
            sentences = list(doc.sents)
            carried_from = (sentences[-1], by_token) if sentences else carried_from
            resolved.append(sorted(found, key=lambda m: m.span.start))
            continue
        if carried_from is not None:
            carried, carried_from = _groups(*carried_from, lexicon.time_nouns, meeting_verbs, cue_nouns, lexicon.person_role_nouns, own_nouns, loyal, meeting_nouns, lexicon.coref_companion_verbs), None
        inside = quoted_tokens(doc)
        added: list[ActorSpan] = []
        sentences = list(doc.sents)
        # a sentence's groups matter only to a reference in it or in the sentence after it
        asks = [asking.search(text, sent.start_char, sent.end_char) is not None for sent in sentences]
        for number, sent in enumerate(sentences):
            if not asks[number] and not (number + 1 < len(sentences) and asks[number + 1]) and number + 1 < len(sentences):
                continue  # (the last sentence's groups reach the next paragraph)
            groups = _groups(sent, by_token, lexicon.time_nouns, meeting_verbs, cue_nouns, lexicon.person_role_nouns, own_nouns, loyal, meeting_nouns, lexicon.coref_companion_verbs)
            if not asks[number]:
                carried = groups
                continue
            for token in sent:
                if token.i in by_token:
                    continue
                before = [g for g in groups if g.end <= token.i]
                subject = token.dep_ in ("nsubj", "nsubjpass")
                if token.lower_ in STANDALONE_BOTH and token.dep_ in ("nsubj", "nsubjpass") and not any(token.children) and token.i not in inside:
                    # "Qatar and Turkey back the GNA. Both have been accused ...": the pair that was the subject last
                    last = before[-1] if before else (carried[-1] if carried else None)
                    if last is not None and last.coordinated and last.subject and len(last.actors) == 2:
                        added.extend(ActorSpan(a, "pronoun", doc[token.i : token.i + 1]) for a in last.actors)
                        groups = sorted([*groups, Group(token.i + 1, last.actors, subject, True)], key=lambda g: g.end)
                    continue
                if token.lower_ in STANDALONE_BOTH and token.dep_ == "dobj" and not any(token.children) and token.i not in inside:
                    # "raised the issue in Ankara and Moscow and criticised both": as an object, the pair named last
                    last = before[-1] if before else (carried[-1] if carried else None)
                    if last is not None and last.coordinated and len(last.actors) == 2:
                        added.extend(ActorSpan(a, "pronoun", doc[token.i : token.i + 1]) for a in last.actors)
                        groups = sorted([*groups, Group(token.i + 1, last.actors, False, True)], key=lambda g: g.end)
                    continue
                if token.lower_ == "they" and (first := _conjoined_plural(token, by_token, cue_nouns)):
                    # "Wagner contractors reached Jufra to serve Moscow, and they back Haftar": the first clause's
                    # plural subject, whatever was named between
                    added.extend(ActorSpan(a, "pronoun", doc[token.i : token.i + 1]) for a in first)
                    groups = sorted([*groups, Group(token.i + 1, first, subject, True)], key=lambda g: g.end)
                    continue
                if token.lower_ in PLURAL_PRONOUNS and token.tag_ in ("PRP", "PRP$") and token.i not in inside:
                    # "Before they met, Egypt and the UAE ...": a list after it in its sentence may be who they are
                    later = any(g.actors and g.subject for g in groups if g.end > token.i)
                    if any(0 <= g.head < token.i < g.end for g in groups):
                        continue  # "the deployment of Russian jets and their crews": inside a list, its first member's
                    before = _outside_fronted_adjunct(_outside_phrase(_not_own_subject(before, token), token, attack_nouns), token)
                    last = before[-1] if before else (carried[-1] if carried and not later else None)
                    if last is not None and last.actors and (last.subject or _object_they_go_back_to(last, before, token) or _plural_before_clause(last, before, token)):
                        added.extend(ActorSpan(a, "pronoun", doc[token.i : token.i + 1]) for a in last.actors)
                        groups = sorted([*groups, Group(token.i + 1, last.actors, subject, True)], key=lambda g: g.end)
                    continue
                between = _between_pair_sides(token, before, lexicon)
                if between is not None:
                    # "held talks between the HoR and the GNA in Gammarth, with Algerian envoys shuttling between the
                    # two delegations": the two a between-phrase set apart earlier in the sentence
                    added.extend(ActorSpan(a, GROUP_REFERENCE_KIND, between[0]) for a in between[1])
                    groups = sorted([*groups, Group(token.i + 1, between[1], subject, True)], key=lambda g: g.end)
                    continue
                count = standalone_count(token, lexicon)
                if count is not None and token.i not in inside:
                    # "Russia and Turkey back opposite sides ... the two have clashed": the coordination named last
                    named = [g for g in before if g.coordinated] or [g for g in carried if g.coordinated]
                    last = named[-1] if named else None
                    if last is not None and len(last.actors) == count:
                        phrase = doc[token.i - 1 : token.i + 1]
                        added.extend(ActorSpan(a, GROUP_REFERENCE_KIND, phrase) for a in last.actors)
                        groups = sorted([*groups, Group(token.i + 1, last.actors, subject, True)], key=lambda g: g.end)
                    continue
                phrase = group_reference_count(token, lexicon)
                # "Egypt and the UAE back Haftar, and the two countries ...": read as one more conjunct, unsure
                if phrase is None or token.dep_ == "conj" or token.conjuncts or any(i in by_token for i in range(phrase[0].start, phrase[0].end)):
                    continue
                # the noun says what kind of group it is: plural nouns of other kinds do not stand between
                named = [g for g in before if g.coordinated] or [g for g in carried if g.coordinated]
                last = named[-1] if named else None
                if last is None or not last.actors or (phrase[1] is not None and len(last.actors) != phrase[1]):
                    continue
                fits = lexicon.group_reference_nouns[token.lemma_.lower()]
                if not _of_phrase_country(phrase[0], last.actors, countries):
                    continue  # "Egypt and Turkey met. ... the two Libyan leaders": not them
                if all(actor_types.get(a) in fits for a in last.actors):
                    added.extend(ActorSpan(a, GROUP_REFERENCE_KIND, phrase[0]) for a in last.actors)
                    groups = sorted([*(g for g in groups if g.end != token.i + 1), Group(token.i + 1, last.actors, subject, True)], key=lambda g: g.end)
            carried = groups
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start))
    return resolved
