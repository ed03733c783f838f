"""Robustness as a tested property: variants of every case sentence (extract.variant_cases);
extract.survival extracts and judges them.

A construction is not done when its one example passes; it is done when the example survives
what real sentences do to it. This module takes the cases (the construction table in
data/gold/constructions/cases.jsonl, the wire sentences and events, and the regressions file
beside the repository when it is there) and rewrites each one with the help of its spaCy parse
and its actor mentions:

- insertions that keep the meaning: an adverb before the verb or an argument, an adverbial at
  the end, an apposition or parenthetical on each argument, a time or place phrase before and after;
- substitutions that keep the meaning: each argument by each kind of its names in the dictionary,
  or by a coordinated list of 2-4 actors (each member then gets the argument's edges);
- embeddings: a fronted subordinate clause, a trailing "while" clause, reported speech, a 40-60-word
  sentence; tense and aspect ("has been backing", "continues to back", "is backing");
- directional changes (negation, "denied", a question, a non-threat conditional): the case's edges
  must then be absent or hedged (confidence below the unchanged sentence's).

A transformation that does not fit a case (no verb to inflect, a possessive argument for a list)
is skipped, not counted. Everything is deterministic: the seed picks phrases and list members.
The phrases inserted are data: data/variants/phrases.json.

    survival = share of variants that give the expected edges (and, for negative and "only"
    cases, no forbidden edge among the case's actors)
"""
from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from spacy.tokens import Doc, Token

from extract.evaluate import CORE_ACTORS
from extract.mentions import PERSON_KINDS, ActorSpan
from extract.schema import Article, pair_key
from extract.variant_cases import CONSTRUCTION_CASES_FILE, EVENTS_FILE, REPO, WIRE_FILE, Case, CaseError, Edge

if TYPE_CHECKING:
    from extract.extractor import Extractor

PHRASES_FILE = REPO / "data" / "variants" / "phrases.json"


@dataclass(frozen=True)
class Variant:
    """A rewritten case. `directional`: the rewrite changes the meaning, so the case's expected
    edges must be absent or hedged; `detail` says which phrase or name was used."""

    case: Case
    transformation: str
    text: str
    expected: frozenset[Edge]
    absent: frozenset[Edge]
    directional: bool = False
    date: str = ""
    detail: str = ""

    @property
    def negative(self) -> bool:
        """A variant that must give nothing it forbids: a negative case's, or a meaning-changing one."""
        return self.directional or self.case.negative


@dataclass(frozen=True)
class Phrases:
    """What the generator inserts (data/variants/phrases.json)."""

    adverbs_before_verb: tuple[str, ...]
    adverbs_before_argument: tuple[str, ...]
    adverbials_after_noun: tuple[str, ...]
    adverbials_final: tuple[str, ...]
    appositions: tuple[str, ...]
    parentheticals: tuple[str, ...]
    time_phrases: tuple[str, ...]
    place_phrases: tuple[str, ...]
    fronted_clauses: tuple[str, ...]
    while_clauses: tuple[str, ...]
    speakers: tuple[str, ...]
    padding_before: str
    padding_after: str
    group_nouns: tuple[str, ...]
    conditional_consequences: dict[str, str]


def load_phrases(path: Path = PHRASES_FILE) -> Phrases:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        values = {}
        for name, kind in Phrases.__annotations__.items():
            value = data[name]
            if "tuple" in str(kind):
                if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                    raise ValueError(f"{name} must be a non-empty list of phrases")
                value = tuple(value)
            values[name] = value
        return Phrases(**values)
    except (OSError, json.JSONDecodeError, KeyError, ValueError) as error:
        raise CaseError(f"{path}: cannot read the variant phrases ({type(error).__name__}: {error}).") from error


NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
SUBJECTS = ("nsubj", "nsubjpass")
# How many names of one kind replace an argument (the GNA alone has 38 aliases).
NAMES_PER_KIND = 4
# The sizes and styles of coordinated lists: (members, with "the", serial comma).
LIST_STYLES = ((2, True, False), (3, True, True), (3, False, False), (4, False, True), (4, True, False))
PLURAL_OF = {"is": "are", "was": "were", "has": "have", "does": "do"}
IRREGULAR_ING = {"be": "being", "see": "seeing", "lie": "lying", "die": "dying"}
VOWELS = "aeiou"


def ing_form(lemma: str) -> str:
    """The -ing form of a verb lemma ("back" -> "backing", "strike" -> "striking", "cut" -> "cutting")."""
    if lemma in IRREGULAR_ING:
        return IRREGULAR_ING[lemma]
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    vowel_groups = re.findall(f"[{VOWELS}]+", lemma)
    if (
        len(lemma) >= 3
        and len(vowel_groups) == 1
        and lemma[-1] not in VOWELS + "wxy"
        and lemma[-2] in VOWELS
        and lemma[-3] not in VOWELS
    ):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


Edit = tuple[int, int, str]  # replace text[start:end] by the string


def splice(text: str, edits: Sequence[Edit]) -> str:
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return re.sub(r"  +", " ", text)


@dataclass
class Parsed:
    """A case's parse, its argument mentions and what slot each one sits in."""

    case: Case
    doc: Doc
    mentions: list[ActorSpan]
    slots: dict[int, str] = field(default_factory=dict)  # mention index -> nominal/possessive/modifier/hyphen
    # The cue words the unchanged sentence's rows came from, by the rows' pair key.
    cues: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)

    @property
    def body_end(self) -> int:
        """Where the sentence's final punctuation starts (or its end)."""
        last = self.doc[-1]
        while last.i > 0 and last.is_space:
            last = self.doc[last.i - 1]
        return last.idx if last.is_punct and last.text in ".!?" else len(self.doc.text.rstrip())


class VariantGenerator:
    """Rewrites cases into variants with a parser, the actor dictionary and the phrases."""

    def __init__(self, extractor: Extractor | None = None, phrases: Phrases | None = None, seed: int = 0) -> None:
        from extract.pipeline import default_extractor

        self.extractor = extractor or default_extractor()
        self._ahead: dict[str, Doc] = {}  # case texts parsed ahead (parse_ahead), taken by parse()
        self.nlp = self.extractor.nlp
        self.finder = self.extractor.finder
        self.dictionary = self.extractor.dictionary
        self.phrases = phrases or load_phrases()
        self.seed = seed
        self._definite = definite_counts([CONSTRUCTION_CASES_FILE, WIRE_FILE, EVENTS_FILE, *sorted((REPO / "data" / "articles").glob("*.txt"))])
        self._list_pool = sorted(
            entry.id
            for entry in self.dictionary.actors.values()
            if entry.type == "state" and not entry.ignore and entry.id not in CORE_ACTORS and re.fullmatch(r"[A-Z][a-z]+", entry.name)
        )

    # -- helpers -----------------------------------------------------------

    def _rng(self, case: Case, name: str) -> random.Random:
        return random.Random(f"{self.seed}|{case.case_id}|{name}")

    def _pick(self, case: Case, name: str, options: Sequence[str]) -> str:
        return self._rng(case, name).choice(list(options))

    def needs_the(self, name: str, kind: str = "name", actor_type: str = "state") -> bool:
        """Whether a name takes "the" ("the UAE", "the Libyan National Army", not "the Cairo"):
        as the repository's texts write it when they hold it twice or more; else acronyms,
        "United ..." names and multi-word names other than a state's own name do."""
        if kind in ("capital", "official"):
            return False
        with_the, total = self._definite.get(name.lower(), (0, 0))
        if total >= 2:
            return with_the * 2 >= total
        letters = name.replace(".", "")
        if (letters.isupper() and 2 <= len(letters) <= 6) or name.startswith("United ") or " of " in name:
            return True
        return len(name.split()) > 1 and (actor_type != "state" or kind != "name")

    def with_article(self, name: str, definite: bool = True, kind: str = "name", actor_type: str = "state") -> str:
        return f"the {name}" if definite and self.needs_the(name, kind, actor_type) else name

    def parse_ahead(self, cases: Sequence[Case]) -> None:
        """Parse the cases' texts in batches, for parse() and for the extraction it runs: one nlp.pipe over many short
        texts is about three times faster than one call each, with the same parses. parse_ahead([]) drops them."""
        self.extractor.parse_ahead([Article(article_id="case", text=case.text, date=case.date) for case in cases])
        texts = list(dict.fromkeys(case.text for case in cases))
        self._ahead = dict(zip(texts, self.nlp.pipe(texts)))

    def parse(self, case: Case) -> Parsed:
        # the parse the extractor reads (with its repairs), so that a verb made to agree with a
        # replaced subject is that subject's verb ("Moscow, Cairo and Amman back Haftar and Doha supports ...")
        ahead = self._ahead.pop(case.text, None)
        doc = self.extractor.parse_sentence(case.text) if ahead is None else self.extractor.repaired(ahead)
        actors = case.actors
        mentions = [m for m in self.finder.find(doc, case.date) if m.actor_id in actors]
        parsed = Parsed(case, doc, mentions)
        for index, mention in enumerate(mentions):
            parsed.slots[index] = self._slot(mention)
        for row in self.extractor.extract(Article(article_id="case", text=case.text, date=case.date)).relations:
            parsed.cues.setdefault(pair_key(row.actor1, row.actor2, row.relation), set()).add(row.cue.lower())
        return parsed

    @staticmethod
    def _slot(mention: ActorSpan) -> str:
        span, doc = mention.span, mention.span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text == "-" and after.idx == span.end_char:
            return "hyphen"
        if span.start > 0 and doc[span.start - 1].text == "-" and doc[span.start - 1].idx + 1 == span.start_char:
            return "hyphen"
        if after is not None and after.tag_ == "POS":
            return "possessive"
        if mention.kind == "demonym" or (mention.root.dep_ in ("amod", "compound", "nmod") and mention.root.head.i >= span.end):
            return "modifier"
        return "nominal"

    def role(self, case: Case, actor: str) -> str:
        if any(e[0] == actor for e in (*case.expected, *case.absent)):
            return "agent"
        return "patient"

    @staticmethod
    def decap(parsed: Parsed) -> str:
        """The text with its first letter lower-cased unless it starts a name."""
        doc, text = parsed.doc, parsed.doc.text
        first = doc[0]
        starts_name = any(m.span.start == 0 for m in parsed.mentions) or first.pos_ == "PROPN" or first.text.isupper() or first.text == "I"
        return text if starts_name else text[:1].lower() + text[1:]

    def _variant(self, parsed: Parsed, name: str, text: str, *, expected: frozenset[Edge] | None = None,
                 absent: frozenset[Edge] | None = None, directional: bool = False, date: str | None = None, detail: str = "") -> Variant:
        case = parsed.case
        if directional and expected is None:
            verb = self.clause_verb(parsed)
            expected = self.governed_edges(parsed, verb) if verb is not None else frozenset()
        return Variant(
            case, name, text,
            case.expected if expected is None else expected,
            case.absent if absent is None else absent,
            directional,
            case.date if date is None else date,
            detail,
        )

    def clause_verb(self, parsed: Parsed) -> Token | None:
        """The verb that governs the first argument: its nearest verbal ancestor, unless that is a
        reporting verb ("..., the LNA said"), whose change would change who asserts, not what."""
        reporting = self.extractor.lexicon.reporting_verbs
        for mention in parsed.mentions:
            node = mention.root
            for _ in range(8):
                if node.pos_ == "VERB":
                    return None if node.lemma_.lower() in reporting else node
                if node.head.i == node.i:
                    break
                node = node.head
        return None

    # -- meaning-keeping insertions -----------------------------------------

    def adverb_before_verb(self, parsed: Parsed) -> list[Variant]:
        verb = self.clause_verb(parsed)
        if verb is None or verb.i == 0 or verb.nbor(-1).text == "-":
            return []  # not inside "Turkey-backed"
        adverb = self._pick(parsed.case, "adverb-verb", self.phrases.adverbs_before_verb)
        return [self._variant(parsed, "adverb before verb", splice(parsed.doc.text, [(verb.idx, verb.idx, adverb + " ")]), detail=adverb)]

    def adverb_before_argument(self, parsed: Parsed) -> list[Variant]:
        """"backed chiefly by Egypt", "offensive last spring against the GNA": material between a
        cue and the preposition that brings its argument."""
        variants = []
        for index, mention in enumerate(parsed.mentions):
            root = mention.root
            if parsed.slots[index] == "hyphen" or root.dep_ != "pobj" or root.head.dep_ not in ("prep", "agent"):
                continue
            prep, governor = root.head, root.head.head
            if prep.lower_ == "of":
                continue  # "a backer of Haftar": nothing stands between a noun and its "of"
            if governor.pos_ == "VERB":
                phrase = self._pick(parsed.case, f"adverb-arg-{index}", self.phrases.adverbs_before_argument)
            elif governor.pos_ in ("NOUN", "PROPN"):
                phrase = self._pick(parsed.case, f"adverbial-arg-{index}", self.phrases.adverbials_after_noun)
            else:
                continue
            role = self.role(parsed.case, mention.actor_id)
            text = splice(parsed.doc.text, [(prep.idx, prep.idx, phrase + " ")])
            variants.append(self._variant(parsed, f"adverb before {role}", text, detail=phrase))
        return variants

    def adverbial_at_end(self, parsed: Parsed) -> list[Variant]:
        phrase = self._pick(parsed.case, "adverbial-end", self.phrases.adverbials_final)
        end = parsed.body_end
        return [self._variant(parsed, "adverbial at end", splice(parsed.doc.text, [(end, end, " " + phrase)]), detail=phrase)]

    def appositions(self, parsed: Parsed) -> list[Variant]:
        variants = []
        doc = parsed.doc
        for index, mention in enumerate(parsed.mentions):
            if parsed.slots[index] != "nominal" or mention.root.dep_ == "conj":
                continue  # after the last conjunct an apposition describes the whole list
            role = self.role(parsed.case, mention.actor_id)
            end = mention.span.end_char
            after = doc[mention.span.end] if mention.span.end < len(doc) else None
            closed = after is not None and after.is_punct
            apposition = self._pick(parsed.case, f"apposition-{index}", self.phrases.appositions)
            aside = self._pick(parsed.case, f"parenthetical-{index}", self.phrases.parentheticals)
            text = splice(doc.text, [(end, end, f", {apposition}" + ("" if closed else ","))])
            variants.append(self._variant(parsed, f"apposition on {role}", text, detail=apposition))
            text = splice(doc.text, [(end, end, f" ({aside})")])
            variants.append(self._variant(parsed, f"parenthetical on {role}", text, detail=aside))
        return variants

    def time_and_place(self, parsed: Parsed) -> list[Variant]:
        variants = []
        end = parsed.body_end
        for kind, options in (("time", self.phrases.time_phrases), ("place", self.phrases.place_phrases)):
            phrase = self._pick(parsed.case, kind, options)
            capital = phrase[:1].upper() + phrase[1:]
            variants.append(self._variant(parsed, f"{kind} before", f"{capital}, {self.decap(parsed)}", detail=phrase))
            lower = phrase[:1].lower() + phrase[1:]
            variants.append(self._variant(parsed, f"{kind} after", splice(parsed.doc.text, [(end, end, " " + lower)]), detail=phrase))
        return variants

    # -- substitutions -----------------------------------------------------------

    def _subject_agreement(self, mention: ActorSpan, plural: bool) -> list[Edit]:
        """Edits that make the verb agree with a subject that became plural."""
        root = mention.root
        while root.dep_ == "conj":
            root = root.head
        if not plural or root.dep_ not in SUBJECTS:
            return []
        verb = root.head
        edits: list[Edit] = []
        finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if finite:
            first = finite[0]
            if first.lower_ in PLURAL_OF:
                edits.append((first.idx, first.idx + len(first.text), PLURAL_OF[first.lower_]))
        elif verb.tag_ == "VBZ":
            if verb.lower_ in PLURAL_OF:
                edits.append((verb.idx, verb.idx + len(verb.text), PLURAL_OF[verb.lower_]))
            else:
                edits.append((verb.idx, verb.idx + len(verb.text), verb.lemma_))
        return edits

    def _replacement_range(self, mention: ActorSpan) -> tuple[int, int, bool]:
        """(start, end, had "the"): the mention with the determiner before it."""
        span, doc = mention.span, mention.span.doc
        if span.start > 0 and doc[span.start - 1].lower_ == "the":
            return doc[span.start - 1].idx, span.end_char, True
        return span.start_char, span.end_char, False

    def names_of(self, actor_id: str) -> list[tuple[str, str, str]]:
        """(kind, surface, date) for each kind of name of an actor: name, aliases, capital,
        demonym + group noun, officials (full and short), dated aliases at a date in their window."""
        entry = self.dictionary.actors.get(actor_id)
        if entry is None:
            return []
        names = [("name", entry.name, "")]
        names += [("alias", alias, "") for alias in entry.aliases[:NAMES_PER_KIND]]
        names += [("capital", metonym, "") for metonym in entry.metonyms[:1]]
        names += [("demonym", demonym, "") for demonym in entry.demonyms[:1]]
        if entry.officials:
            shortest = min(entry.officials, key=lambda o: (len(o.split()), len(o)))
            names += [("official", official, "") for official in dict.fromkeys([entry.officials[0], shortest])]
        # Seats and metonyms with a window ("Tripoli" until 2021-03-14) name their actor only in some roles.
        for alias in [a for a in entry.dated_aliases if a.kind == "alias"][:NAMES_PER_KIND]:
            names.append(("dated alias", alias.name, alias.end or alias.start))
        return names

    def name_substitutions(self, parsed: Parsed) -> list[Variant]:
        variants = []
        doc = parsed.doc
        for index, mention in enumerate(parsed.mentions):
            slot = parsed.slots[index]
            role = self.role(parsed.case, mention.actor_id)
            current = mention.span.text.lower()
            entry = self.dictionary.actors.get(mention.actor_id)
            actor_type = entry.type if entry else "state"
            seen: set[str] = set()
            # "its ally in Ankara", "officials in Cairo": a government named by its seat is named so by another seat only
            seat = mention.kind == "metonym" and mention.span.root.dep_ == "pobj" and mention.span.root.head.lower_ == "in"
            # a shape that is no relation only for a person stays so only with another person ("Conte welcomed Haftar
            # with a handshake" receives a visitor; greeting "the LNA" may back it)
            person = parsed.case.negative and mention.kind in PERSON_KINDS
            if _possessed(mention):
                continue  # "Moscow's client in the east": no other name fits after the possessive
            for kind, surface, date in self.names_of(mention.actor_id):
                if surface.lower() == current or surface.lower() in seen or (seat and kind != "capital") or (person and kind != "official"):
                    continue
                seen.add(surface.lower())
                start, end, had_the = self._replacement_range(mention)
                plural = False
                if kind == "demonym":
                    if slot in ("modifier", "hyphen"):
                        new = surface
                    elif slot == "nominal":
                        noun = self._pick(parsed.case, f"group-{index}", self.phrases.group_nouns)
                        new, plural = f"{surface} {noun}", True
                    else:
                        continue
                elif slot in ("modifier", "hyphen"):
                    # "UAE drones", "Ankara-backed"; not "Islamic Republic of Afghanistan negotiators".
                    # A "the" before a modifier belongs to the noun it modifies ("the Turkey-backed GNA").
                    if kind not in ("alias", "name", "capital") or len(surface.split()) > 1 or (kind == "capital" and slot == "modifier"):
                        continue
                    new, start = surface, mention.span.start_char
                else:
                    new = self.with_article(surface, kind=kind, actor_type=actor_type)
                    if _modified(mention) and new.lower().startswith("the "):
                        new = new[len("the ") :]  # "the putschist Haftar": "the putschist LNA", not "the putschist the LNA"
                if start == 0:
                    new = new[:1].upper() + new[1:]
                edits = [(start, end, new), *self._subject_agreement(mention, plural)]
                variants.append(
                    self._variant(parsed, f"{kind} for {role}", splice(doc.text, edits), date=date or parsed.case.date, detail=new)
                )
        return variants

    @staticmethod
    def _after_name_and_comma(parsed: Parsed, mention) -> bool:
        doc = parsed.doc
        first = mention.span.start - (1 if mention.span.start > 0 and doc[mention.span.start - 1].lower_ == "the" else 0)
        if first < 2 or doc[first - 1].text != ",":
            return False
        return any(m.span.end == first - 1 for m in parsed.mentions)

    def coordinated_lists(self, parsed: Parsed) -> list[Variant]:
        """Each argument as a list of 2-4 actors; every member gets the argument's edges."""
        variants = []
        doc = parsed.doc
        for index, mention in enumerate(parsed.mentions):
            root = mention.root
            if parsed.slots[index] != "nominal" or root.dep_ in ("conj", "appos") or any(c.dep_ in ("conj", "cc") for c in root.children):
                continue
            if sum(m.actor_id == mention.actor_id for m in parsed.mentions) > 1:
                continue  # which mention carries which edge is unknown, so whom the members join is too
            if root.dep_ == "pobj" and root.head.lower_ == "between":
                continue
            if mention.kind in ("metonym", "seat") or any(c.dep_ in ("appos", "relcl", "acl") and c.i >= mention.span.end for c in root.children):
                continue  # a list of places, or a description that would then describe the whole list
            if _possessed(mention):
                continue  # "Moscow's client in the east and Belarus": whose the others are is not said
            if any(t.lower_ in NEUTER_PRONOUNS for t in doc[mention.span.end :]):
                continue  # "Turkey warned that it would ...": a list would leave "it" without its antecedent
            if self._after_name_and_comma(parsed, mention):
                # "Funded by Qatar, [the GNA, Gabon and Switzerland] held ...": after a comma that closes
                # another name, English cannot say where the first list ends; the expectation would be a guess
                continue
            role = self.role(parsed.case, mention.actor_id)
            start, end, had_the = self._replacement_range(mention)
            original = doc.text[start:end]
            for size, definite, serial in LIST_STYLES:
                rng = self._rng(parsed.case, f"list-{index}-{size}-{definite}-{serial}")
                others = rng.sample([a for a in self._list_pool if a not in parsed.case.actors], size - 1)
                first = original if definite or not had_the else mention.span.text
                names = [first, *(self.with_article(self.dictionary.actors[a].name, definite) for a in others)]
                listed = ", ".join(names[:-1]) + ("," if serial and size > 2 else "") + " and " + names[-1]
                if start == 0:
                    listed = listed[:1].upper() + listed[1:]
                edits = [(start, end, listed), *self._subject_agreement(mention, True)]
                grown = {*others}
                expected = _spread(parsed.case.expected, mention.actor_id, grown)
                absent = _spread(parsed.case.absent, mention.actor_id, grown)
                style = f"{'with' if definite else 'without'} the{', serial comma' if serial and size > 2 else ''}"
                variants.append(
                    self._variant(parsed, f"list of {size} as {role}", splice(doc.text, edits), expected=expected, absent=absent, detail=style)
                )
        return variants

    # -- embeddings and tense ------------------------------------------------------

    def embeddings(self, parsed: Parsed) -> list[Variant]:
        doc, case = parsed.doc, parsed.case
        body = doc.text[: parsed.body_end].rstrip()
        final = doc.text[parsed.body_end :].strip() or "."
        variants = []
        fronted = self._pick(case, "fronted", self.phrases.fronted_clauses)
        variants.append(self._variant(parsed, "after fronted clause", f"{fronted}, {self.decap(parsed)}", detail=fronted))
        if final == ".":
            trailing = self._pick(case, "while", self.phrases.while_clauses)
            variants.append(self._variant(parsed, "before while clause", f"{body}, {trailing}.", detail=trailing))
            if not any(t.lemma_ == "say" for t in doc):
                speaker = self._speaker(case)
                variants.append(self._variant(parsed, "reported speech", f"{body}, {speaker} said.", detail=speaker))
            padded = f"{self.phrases.padding_before} {self.decap(parsed)[: parsed.body_end].rstrip()}, {self.phrases.padding_after}."
            if 40 <= len(padded.split()) <= 60:
                variants.append(self._variant(parsed, "in a 40-60-word sentence", padded, detail=f"{len(padded.split())} words"))
        return variants

    def _speaker(self, case: Case) -> str:
        """An official of a core actor the case does not name ("Erdogan"), else a role noun."""
        for actor in sorted(CORE_ACTORS - case.actors):
            entry = self.dictionary.actors.get(actor)
            if entry and entry.officials and entry.officials[0].split()[-1] in entry.officials:
                return entry.officials[0].split()[-1]
        return self._pick(case, "speaker", self.phrases.speakers)

    def tense_and_aspect(self, parsed: Parsed) -> list[Variant]:
        verb = self.clause_verb(parsed)
        if verb is None:
            return []
        doc, lemma = parsed.doc, verb.lemma_.lower()
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
        variants = []
        if not auxes and verb.tag_ in ("VBD", "VBZ", "VBP"):
            plural = verb.tag_ == "VBP" or self._plural_subject(verb)
            forms = {
                "has been V-ing": f"{'have' if plural else 'has'} been {ing_form(lemma)}",
                "continues to V": f"{'continue' if plural else 'continues'} to {lemma}",
                "is V-ing": f"{'are' if plural else 'is'} {ing_form(lemma)}",
            }
            start, end = verb.idx, verb.idx + len(verb.text)
        elif [a.dep_ for a in auxes] == ["auxpass"] and auxes[0].i == verb.i - 1 and verb.tag_ == "VBN" and auxes[0].lower_ in ("is", "are", "was", "were"):
            plural = auxes[0].lower_ in ("are", "were")
            forms = {
                "has been V-ing": f"{'have' if plural else 'has'} been {verb.text}",
                "continues to V": f"{'continue' if plural else 'continues'} to be {verb.text}",
                "is V-ing": f"{'are' if plural else 'is'} being {verb.text}",
            }
            start, end = auxes[0].idx, verb.idx + len(verb.text)
        else:
            return []
        for name, form in forms.items():
            variants.append(self._variant(parsed, f"tense: {name}", splice(doc.text, [(start, end, form)]), detail=form))
        return variants

    @staticmethod
    def _plural_subject(verb: Token) -> bool:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        return any(s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children) for s in subjects)

    # -- meaning-changing rewrites ------------------------------------------------

    def governed_edges(self, parsed: Parsed, verb: Token) -> frozenset[Edge]:
        """The case's edges the unchanged sentence reads from `verb` itself or from its object
        ("held talks with"): negating the verb negates them. "Greece did not criticize Turkey for
        its support to the GNA" still says Turkey supports the GNA, so that edge is not one of them."""
        words = {verb.text.lower()} | {c.text.lower() for c in verb.children if c.dep_ in ("dobj", "attr")}
        return frozenset(e for e in parsed.case.expected if parsed.cues.get(pair_key(e[0], e[2], e[1]), set()) & words)

    def directional(self, parsed: Parsed) -> list[Variant]:
        """Negation, "denied", a question, a non-threat conditional: the edges the clause's verb
        states must go or be hedged. Only edges the unchanged sentence reads are checked."""
        case, doc = parsed.case, parsed.doc
        if case.negative:
            return []
        verb = self.clause_verb(parsed)
        if verb is None or not self.governed_edges(parsed, verb):
            return []
        variants = []
        final_dot = doc.text[parsed.body_end :].strip() == "."
        body = doc.text[: parsed.body_end].rstrip()
        if verb is None or verb.dep_ != "ROOT":
            return variants
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
        if final_dot and subjects and subjects[0].left_edge.i == 0 and not any(t.lower_ == "if" for t in doc):
            past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
            consequence = self.phrases.conditional_consequences["past" if past else "present"]
            variants.append(self._variant(parsed, "non-threat conditional", f"If {self.decap(parsed)[: len(body)]}, {consequence}.", directional=True))
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if any(c.dep_ == "neg" for c in verb.children):
            return variants
        plural = verb.tag_ == "VBP" or self._plural_subject(verb)
        do = "did" if verb.tag_ == "VBD" else ("do" if plural else "does")
        lemma = verb.lemma_.lower()
        verb_end = verb.idx + len(verb.text)
        if not auxes and verb.tag_ in ("VBD", "VBZ", "VBP"):
            variants.append(self._variant(parsed, "negation", splice(doc.text, [(verb.idx, verb_end, f"{do} not {lemma}")]), directional=True))
            if subjects:
                variants.append(self._variant(parsed, "denied", splice(doc.text, [(verb.idx, verb_end, f"{'denied' if verb.tag_ == 'VBD' else ('deny' if plural else 'denies')} {ing_form(lemma)}")]), directional=True))
        elif auxes:
            first = auxes[0]
            variants.append(self._variant(parsed, "negation", splice(doc.text, [(first.idx + len(first.text), first.idx + len(first.text), " not")]), directional=True))
        if subjects and final_dot and subjects[0].left_edge.i == 0:
            subject_end = subjects[0].right_edge.idx + len(subjects[0].right_edge.text)
            subject = self.decap(parsed)[:subject_end]
            rest = doc.text[verb_end : parsed.body_end].rstrip()
            after = ""
            if verb.sent.end_char < parsed.body_end:
                # a passage of several sentences: only the verb's own sentence is asked; the ones after it stand
                rest = doc.text[verb_end : verb.sent.end_char].rstrip().rstrip(".").rstrip()
                after = " " + doc.text[verb.sent.end_char : parsed.body_end].strip() + "."
            if not auxes and verb.tag_ in ("VBD", "VBZ", "VBP"):
                question = f"{do.capitalize()} {subject} {lemma}{rest}?{after}"
            elif auxes and auxes[0].i == subjects[0].right_edge.i + 1:
                between = doc.text[auxes[0].idx + len(auxes[0].text) : verb.idx].strip()
                question = f"{auxes[0].text.capitalize()} {subject} {between + ' ' if between else ''}{verb.text}{rest}?{after}"
            else:
                question = ""
            if question:
                variants.append(self._variant(parsed, "question", re.sub(r"  +", " ", question), directional=True))
        return variants

    # -- all of them ---------------------------------------------------------------

    TRANSFORMATIONS: tuple[str, ...] = (
        "adverb_before_verb", "adverb_before_argument", "adverbial_at_end", "appositions", "time_and_place",
        "name_substitutions", "coordinated_lists", "embeddings", "tense_and_aspect", "directional",
    )

    def variants(self, case: Case) -> list[Variant]:
        """The case itself ("original") and every variant that fits it, in a fixed order."""
        parsed = self.parse(case)
        found = [original(case)]
        for name in self.TRANSFORMATIONS:
            found += getattr(self, name)(parsed)
        unique: dict[tuple[str, str], Variant] = {}
        for variant in found:
            if variant.text != case.text or variant.transformation == "original":
                unique.setdefault((variant.text, variant.transformation), variant)
        return list(unique.values())


def _modified(mention: ActorSpan) -> bool:
    """Whether a word right before the name modifies it ("the putschist Haftar", "the renegade general Haftar"): its
    article, if any, is the phrase's."""
    span = mention.span
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.dep_ in ("amod", "compound", "nmod") and span.start <= before.head.i < span.end


def _possessed(mention: ActorSpan) -> bool:
    """A name with a possessor of its own before it ("Moscow's client in the east", a side named by a role noun)."""
    return any(c.dep_ == "poss" and c.i < mention.span.start for c in mention.span.root.children)


def _spread(edges: frozenset[Edge], actor: str, members: Iterable[str]) -> frozenset[Edge]:
    """The edges with `actor` repeated for each list member in its place."""
    out = set(edges)
    for a, r, b in edges:
        for member in members:
            if a == actor:
                out.add((member, r, b))
            if b == actor:
                out.add((a, r, member))
    return frozenset(out)


def definite_counts(paths: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """For each capitalised word sequence in the texts: (times written after "the", times written)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    name = re.compile(r"(?:\b([Tt]he) )?((?:[A-Z][\w.'’-]*)(?: (?:of |the )?[A-Z][\w.'’-]*)*)")
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            continue
        for match in name.finditer(text):
            key = match.group(2).lower()
            counts[key][1] += 1
            counts[key][0] += bool(match.group(1))
    return {key: (value[0], value[1]) for key, value in counts.items()}


def original(case: Case) -> Variant:
    """The case itself, judged like a variant."""
    return Variant(case, "original", case.text, case.expected, case.absent, date=case.date)


def generate(cases: Iterable[Case], generator: VariantGenerator) -> list[Variant]:
    cases = list(cases)
    generator.parse_ahead(cases)
    try:
        return [variant for case in cases for variant in generator.variants(case)]
    finally:
        generator.parse_ahead([])
