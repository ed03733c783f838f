"""The extractor: everything extraction needs, built once (the parser, the
dictionary matchers, the cue lexicon), and `extract(article)` which runs
article -> paragraphs -> parsed sentences -> actor mentions -> speakers -> relations.

It imports nothing of the corpus-level machinery (cache, workers, tables), so
those can import it.
"""
from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from typing import Callable, Sequence

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.attribution import SpeakerFinder
from extract.coreference import (
    EPITHET_KIND,
    GROUP_REFERENCE_KIND,
    PERSON_EPITHET_KIND,
    RELATED_KIND,
    SIDES_REACH,
    Epithet,
    EpithetResolver,
    conflict_sides,
    sides_named_later,
    load_epithets,
    related_nouns,
    ACT_REFERENCE_KIND,
    act_nouns,
    resolve_act_references,
    resolve_group_references,
    resolve_it,
    resolve_related,
    resolve_sides_in_conflict,
    side_references,
    sides_of_coordination,
    sides_of_edges,
    still_enemies,
)
from extract.coreference_allies import actors_named_in
from extract.coreference_kinds import resolve_kind_definites
from extract.coreference_pairs import (
    PAIR_REFERENCE_KIND,
    gapped_clause_edges,
    note_named_gaps,
    resolve_former_latter,
    stand_in_pair_references,
    stand_ins_read_as_modifiers,
)
from extract.coreference_rivals import war_sides_gone_between, war_sides_named_before
from extract.coreference_backed import resolve_backed_forces, sides_backed_by
from extract.coreference_destinations import resolve_aid_destinations
from extract.coreference_owned import owned_forces, resolve_owned_forces
from extract.coreference_places import HELD_PLACE_KIND, resolve_held_places
from extract.coreference_voice import load_outlet_voice, resolve_outlet_voice
from extract.dictionary import ActorDictionary
from extract.event_dates import EventDateLexicon, load_event_lexicon, sentence_event_date
from extract.headlines import is_title_case, sentence_case
from extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon
from extract.mentions import DESTINATION_KIND, ActorSpan, MentionFinder
from extract.nlp import MAX_CHUNK_CHARS, blank_scare_quotes, chunk_bounds, load_nlp, parse_in_batches, show_written_quotes
from extract.parse_repair import repair_parse
from extract.relations import RelationReader, mentions_peace
from extract.relations.grammar import keep_text, positions_in
from extract.relations.meetings import dropped_meetings
from extract.relations.pair_model import PairModel, cue_classes, load_pair_model, model_edges
from extract.relations.reader import Edge, backs_its_enemy
from extract.schema import Article, Mention, Relation
from extract.structure import Paragraph, body_paragraphs


@dataclass(frozen=True)
class ArticleExtraction:
    article: Article
    mentions: list[Mention]
    relations: list[Relation]


class Extractor:
    """Everything extraction needs, built once: the parser, the dictionary
    matchers and the cue lexicon."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        lexicon: Lexicon,
        nlp: Language | None = None,
        epithets: Sequence[Epithet] | None = None,
        *,
        parse_all: bool = False,
        event_lexicon: EventDateLexicon | None = None,
        pair_model: PairModel | None | bool = True,
    ) -> None:
        """`parse_all`: parse every paragraph, even of an article that names fewer than two
        actors (the tables are the same; the tests and the benchmark compare the two).
        `event_lexicon`: the words that date an event (extract.event_dates; the bundled file when None).
        `pair_model`: the fallback model for the pairs no construction reads (extract.relations.pair_model); True
        reads the bundled one, None or False turns the fallback off."""
        self.parse_all = parse_all
        self.event_lexicon = event_lexicon or load_event_lexicon()
        self.nlp = nlp or load_nlp()
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.finder = MentionFinder(self.nlp, dictionary, lexicon)
        self.open_compound = open_compound_pattern(lexicon.open_compounds)
        self.speakers = SpeakerFinder(lexicon)
        # "the two countries" fits only states (extract.coreference.resolve_group_references); "a NATO ally"
        # names a membership (extract.relations)
        self.actor_types = {actor_id: entry.type for actor_id, entry in dictionary.actors.items()}
        self.reader = RelationReader(lexicon, self.actor_types)
        self.pair_model = load_pair_model(DEFAULT_LEXICON_DIR) if pair_model is True else (pair_model or None)
        self.cue_classes = cue_classes(lexicon)
        # Called with each sentence, its mentions, the constructions' edges and whether it is about peace
        # (extract.train_pair_model reads them).
        self.sentence_observer: Callable[[Span, list[ActorSpan], list[Edge], bool], None] | None = None
        # "the two Libyan leaders" are of Libya (extract.coreference.resolve_group_references)
        self.countries = (
            {d.lower(): entry.country_code for entry in dictionary.actors.values() for d in entry.demonyms if entry.country_code},
            {actor_id: entry.country_code for actor_id, entry in dictionary.actors.items()},
        )
        self.epithet_list = tuple(epithets if epithets is not None else load_epithets(known=frozenset(dictionary.actors)))
        self.epithets = EpithetResolver(
            self.nlp, self.epithet_list, frozenset(a for a, entry in dictionary.actors.items() if entry.type == "state")
        )
        # "the Libyan army": the forces of the camp the article speaks for (extract.coreference_voice)
        self.outlet_voice = load_outlet_voice(known=frozenset(dictionary.actors))
        # "the government", "the group" alone are the epithets' to resolve; "the besieged administration" is a kind definite
        self.bare_epithets = frozenset(e.words.lower() for e in self.epithet_list if " " not in e.words)
        # "Russia's mercenaries", "its contractors" after Russia: Wagner (extract.coreference_owned)
        self.owned_forces = owned_forces(self.epithet_list, dictionary.actors)
        self.support_participles = frozenset(p for p, relation in self.lexicon.hyphen_participles.items() if relation == "support")
        self.related_nouns = related_nouns(self.epithet_list)  # "its ally": resolved with the relations read before
        # "accused Doha of funding its rivals": the verbs of backing "its" on a rival noun is not the agent of
        self.backing_verbs = frozenset(v for v, cue in self.lexicon.verbs.items() if cue.relation == "support") | self.lexicon.transfer_verbs
        self.act_nouns = act_nouns(self.epithet_list)  # "the deal": the parties of the deal named before
        # "the move" after a sentence whose main verb is one of these names no act of its subject
        self.not_acts = lexicon.reporting_verbs | lexicon.copular_verbs | {"be", "have"}
        # Docs parse_ahead made, by the text parsed, and what it found to parse, by article, until
        # extract() takes them. Per thread: the dashboard's sessions share one extractor.
        self._ahead = threading.local()

    @property
    def version(self) -> str:
        """Changes whenever the dictionary, its epithets, the lexicon or the event-date words change."""
        voice = self.outlet_voice.version if self.outlet_voice is not None else ""
        epithets = hashlib.sha256((repr(self.epithet_list) + voice).encode("utf-8")).hexdigest()[:8]
        model = self.pair_model.version if self.pair_model is not None else "off"
        return f"{self.dictionary.version}-{self.lexicon.version}-{epithets}-{self.event_lexicon.version}-{model}"

    def _parse_text(self, text: str) -> str:
        """What the parser reads for a paragraph: the same length as the text, so offsets hold."""
        # A hard-wrapped paragraph keeps its line breaks in the text; the parser reads them as spaces.
        text = blank_punctuation_runs(text).replace("\r", " ").replace("\n", " ")
        text = blank_scare_quotes(text)
        text = hyphenate_open_compounds(text, self.open_compound)
        if "(" in text:
            text = blank_asides(text, self.finder.name_ranges(text, self.nlp))
        if is_title_case(text):
            return sentence_case(text, self.finder.name_ranges(text, self.nlp))
        return text

    def parse_ahead(self, articles: Sequence[Article]) -> None:
        """Parse what extract() will parse of `articles` in as few nlp.pipe batches as their length allows;
        extract() of each then takes its Docs from here. spaCy's pipe costs a tenth to a fifth more over the few
        paragraphs of one article than over a batch of many. The Docs are the same either way.
        Each call drops the Docs of the call before; parse_ahead([]) just drops them."""
        self._ahead.docs, self._ahead.texts, self._ahead.stood_in = {}, {}, {}
        ahead: dict[str, list[Doc]] = {}
        prepared: dict[Article, tuple[list[Paragraph], list[str]]] = {}
        for article in articles:
            try:
                prepared[article] = self._texts_to_parse(article)
            except Exception:  # noqa: BLE001 - a broken article is left to extract(), which says what is wrong
                continue
        try:
            # extract() reuses the stand-ins: finding them again was a second pass over every paragraph.
            stood_in = {article: [stand_in_pair_references(text) for text in found] for article, (_, found) in prepared.items()}
            texts = [text for found in stood_in.values() for text, _ in found]
            for text, doc in zip(texts, parse_in_batches(self.nlp, texts)):
                ahead.setdefault(text, []).append(doc)
        except Exception:  # noqa: BLE001 - then each article is parsed alone, and the one that fails says why
            return
        self._ahead.docs, self._ahead.texts, self._ahead.stood_in = ahead, prepared, stood_in

    def _parse(self, texts: list[str]) -> list[Doc]:
        """The parse of each text: parsed ahead, or now (together)."""
        ahead: dict[str, list[Doc]] = getattr(self._ahead, "docs", {})
        docs: list[Doc | None] = [ahead[text].pop() if ahead.get(text) else None for text in texts]
        missing = [text for text, doc in zip(texts, docs) if doc is None]
        parsed = iter(parse_in_batches(self.nlp, missing))
        return [doc if doc is not None else next(parsed) for doc in docs]

    def _texts_to_parse(self, article: Article) -> tuple[list[Paragraph], list[str]]:
        """The paragraphs extract() parses and what the parser reads of each."""
        paragraphs = split_long_paragraphs(body_paragraphs(article.text, self.lexicon))
        texts = [self._parse_text(p.text) for p in paragraphs]
        if not self.parse_all:
            # Parsing is nearly the whole cost. Every actor a relation names is named somewhere in the
            # article (pronouns, epithets and speakers resolve to named ones), so an article naming fewer
            # than two can state none: parse only its paragraphs that name one, for the mentions table.
            candidates: list[set[str]] = []
            named: set[str] = set()
            for text in texts:  # stops at the second actor: most articles about the war need every paragraph
                candidates.append(self.finder.candidate_actors(text, self.nlp))
                named |= candidates[-1]
                if len(named) >= 2:
                    break
            else:
                paragraphs = [p for p, names in zip(paragraphs, candidates) if names]
                texts = [t for t, names in zip(texts, candidates) if names]
        return paragraphs, texts

    def extract(self, article: Article) -> ArticleExtraction:
        prepared = getattr(self._ahead, "texts", {}).pop(article, None)
        paragraphs, texts = prepared if prepared is not None else self._texts_to_parse(article)
        docs, positions = self._parse_with_stand_ins(texts, getattr(self._ahead, "stood_in", {}).pop(article, None))
        for paragraph, doc in zip(paragraphs, docs):
            show_written_quotes(doc, paragraph.text)
        found_names = [self.finder.find(doc, article.date) for doc in docs]
        note_named_gaps(docs, found_names)
        named = self.epithets.resolve(docs, resolve_former_latter(docs, found_names, positions), article.date)
        named = resolve_outlet_voice(docs, named, article.date, self.outlet_voice)
        found = resolve_it(
            docs, self.finder.resolve_pronouns(docs, named), self.lexicon.expletive_verbs, self.lexicon.person_role_nouns,
            self.lexicon.observer_nouns, self.lexicon.camp_nouns, self.lexicon.rival_nouns, self.backing_verbs,
            self.lexicon.governing_nouns | (self.lexicon.speaking_bodies - self.lexicon.person_role_nouns),
            self.lexicon.control_verbs_object, self.lexicon.side_nouns,
        )
        found = resolve_group_references(docs, found, self.lexicon, self.actor_types, self.countries)
        found = resolve_owned_forces(docs, found, self.owned_forces, self.support_participles)
        backed_sides = sides_backed_by(self.lexicon.conflict_sides, article.date)
        found = resolve_backed_forces(docs, found, backed_sides, self.lexicon.backed_force_nouns, self.lexicon.backed_force_participles)
        found = resolve_aid_destinations(docs, found, backed_sides, self.lexicon.conflict_sides, article.date, self.lexicon)
        # after the pronouns: "they would keep arming the embattled cabinet" is not their own cabinet
        found = resolve_kind_definites(
            docs, found, self.lexicon.coref_kind_nouns, self.lexicon.coref_kind_selecting_words, self.bare_epithets, self.actor_types
        )
        found = resolve_act_references(
            docs, found, self.act_nouns, self.not_acts, self.lexicon.coref_act_manner_words, self.lexicon.coref_loyalty_words,
            self.lexicon.calque_aspectual_verbs,
        )
        found = resolve_held_places(docs, found, self.lexicon)
        # The war's two sides stand behind "Libya's rival factions" in an article that names both; in one that names
        # neither, only behind a phrase that says there are two ("Libya's two rival camps": resolve_sides_in_conflict).
        named_actors = {m.actor_id for paragraph_mentions in found for m in paragraph_mentions if m.kind not in REFERENCE_KINDS}
        # "his rival" with no rival read yet: the war's other side (extract.coreference._war_rival), named or not.
        war_sides = conflict_sides(self.lexicon, article.date, {side.actor for side in self.lexicon.conflict_sides})
        mentions: list[Mention] = []
        relations: list[Relation] = []
        seen_evidence: set[tuple[str, str, str, str]] = set()
        quote_speaker = ""
        # "the two sides": the pair the sentences read so far last set (extract.coreference.sides_of_edges).
        sides: tuple[tuple[str, str], bool] | None = None
        sides_sentence = -SIDES_REACH - 1
        sentence_number = 0
        read: list[tuple[str, str, str]] = []  # (actor1, relation, actor2) of each edge so far: who "its ally" is
        all_sides = frozenset(side.actor for side in self.lexicon.conflict_sides)
        named_before: list[set[str]] = []
        mentions_before: list[ActorSpan] = []
        # Two-party meetings read as mediation, decided once the whole article is read (meetings.py).
        sentences: list[Span] = []
        meetings: list[tuple[int, int]] = []
        mediating: list[tuple[int, int]] = []  # the other mediation edges, by sentence: who met both sides
        backing: list[tuple[int, int]] = []  # the support edges, by sentence: a backer meeting the side it backs
        # Weak cues ("met", "proposal") count when this paragraph or the one before is about peace.
        peace = [mentions_peace(doc, self.lexicon) for doc in docs]
        for index, (paragraph, doc, paragraph_mentions) in enumerate(zip(paragraphs, docs, found)):
            about_peace = peace[index] or (index > 0 and peace[index - 1])
            for m in paragraph_mentions:
                if m.kind in REFERENCE_KINDS:  # resolved references, not names
                    continue
                mentions.append(
                    Mention(
                        article.article_id,
                        m.actor_id,
                        article.text[paragraph.start + m.span.start_char : paragraph.start + m.span.end_char],
                        paragraph.start + m.span.start_char,
                        paragraph.start + m.span.end_char,
                        m.kind,
                    )
                )
            speakers = self.speakers.speakers(doc, paragraph_mentions, quote_speaker)
            quote_speaker = speakers[-1] if speakers else ""
            by_sentence = mentions_by_sentence(doc, paragraph_mentions)
            for (sent, sentence_mentions), speaker in zip(by_sentence, speakers):
                references = side_references(sent, {i for m in sentence_mentions for i in m.token_ids}, self.lexicon)
                if references:
                    recent = sentence_number - sides_sentence <= SIDES_REACH
                    home = conflict_sides(self.lexicon, article.date, named_actors)
                    resolved = resolve_sides_in_conflict(references, sides, recent, home, sent, self.lexicon, war_sides)
                    if not resolved:
                        # "It later offered to arbitrate between the two rivals": the war's sides, all the sentence before named
                        resolved = war_sides_named_before(references, sentence_mentions, mentions_before, home)
                    if not resolved:
                        # "Lavrov and Cavusoglu spent hours shuttling between the two delegations"
                        resolved = war_sides_gone_between(references, mentions_before, home, self.lexicon, sentence_mentions)
                    if not resolved and home and not any(
                        actor in home for named in (*named_before, {m.actor_id for m in sentence_mentions}) for actor in named
                    ):
                        # "Officers from the two camps met in Geneva. The GNA's five ...": before either side is named
                        resolved = sides_named_later(references, home, self.lexicon)
                    sentence_mentions = sorted([*sentence_mentions, *resolved], key=lambda m: m.span.start)
                sentence_mentions = resolve_related(
                    sent, sentence_mentions, self.related_nouns, read, war_sides, self.lexicon.conflict_places, all_sides, named_before
                )
                # the actors each sentence named, for "its ally" with no relation read (extract.coreference_allies)
                named_before.append(actors_named_in([m for m in sentence_mentions if m.kind != RELATED_KIND]))
                mentions_before = sentence_mentions  # the sentence before's, for "the two rivals" (extract.coreference_rivals)
                edges = self.reader.read(sent, sentence_mentions, speaker, about_peace)
                sentences.append(sent)
                edges += gapped_clause_edges(sent, sentence_mentions, edges)
                if self.sentence_observer is not None:
                    self.sentence_observer(sent, sentence_mentions, edges, about_peace)
                if self.pair_model is not None:
                    # the pairs the constructions read nothing of: the fallback model (extract.relations.pair_model)
                    edges += model_edges(
                        sent, sentence_mentions, self.pair_model, self.lexicon, self.cue_classes, self.actor_types, speaker,
                        about_peace, edges, war_sides,
                    )
                    edges = [e for e in edges if not (e.relation == "support" and backs_its_enemy(e.actor1, e.actor2, self.lexicon))]
                read.extend((edge.actor1, edge.relation, edge.actor2) for edge in edges)
                update = sides_of_edges(edges)
                # A sentence that only says who backs whom ("the UN-backed government's army said") sets no pair
                # and leaves the one before: the sides of the war it names are still the sides that follow.
                if update is not False and not (update is None and all(edge.relation == "support" for edge in edges)):
                    sides, sides_sentence = still_enemies(update, sides), sentence_number
                elif update is False and (sides is None or sentence_number - sides_sentence > SIDES_REACH):
                    # no pair yet: two actors named together as the subject are "the two sides" after them
                    if (named_pair := sides_of_coordination(sent, sentence_mentions, war_sides, self.lexicon)) is not None:
                        sides, sides_sentence = named_pair, sentence_number
                sentence_number += 1
                # The event date by cue: a sentence's edges mostly share their cue, and dating reads the whole sentence.
                event_dates: dict[str, str] = {}
                for edge in edges:
                    # A headline repeated in the page header is one claim, not three.
                    start = paragraph.start + sent.start_char
                    end = paragraph.start + sent.end_char
                    evidence = article.text[start:end]
                    key = (edge.actor1, edge.actor2, edge.relation, evidence)
                    if key in seen_evidence:
                        continue
                    seen_evidence.add(key)
                    if edge.meeting:
                        meetings.append((len(relations), len(sentences) - 1))
                    elif edge.relation == "mediation":
                        mediating.append((len(relations), len(sentences) - 1))
                    elif edge.relation == "support":
                        backing.append((len(relations), len(sentences) - 1))
                    if edge.cue not in event_dates:
                        event_dates[edge.cue] = sentence_event_date(sent, article.date, self.event_lexicon, edge.cue)
                    relations.append(
                        Relation(
                            article_id=article.article_id,
                            source=article.outlet,
                            date=article.date,
                            actor1=edge.actor1,
                            actor2=edge.actor2,
                            relation=edge.relation,
                            evidence=evidence,
                            start=start,
                            end=end,
                            confidence=edge.confidence,
                            speaker=edge.speaker,
                            cue=edge.cue,
                            rule=edge.rule,
                            event_date=event_dates[edge.cue],
                        )
                    )
        dropped = dropped_meetings(meetings, relations, sentences, self.actor_types, self.lexicon, mediating, backing)
        relations = [r for position, r in enumerate(relations) if position not in dropped]
        return ArticleExtraction(article, mentions, relations)

    def parse_sentence(self, text: str) -> Doc:
        """The parse of `text` with the lemma corrections and repairs extract() applies; its text is
        `text` itself (no blanked asides or stand-ins), so offsets and words are the caller's."""
        return self._repaired(self.nlp(text))

    def repaired(self, doc: Doc) -> Doc:
        """parse_sentence for a text parsed already by this extractor's pipeline (in a batch: nlp.pipe)."""
        return self._repaired(doc)

    def _repaired(self, doc: Doc) -> Doc:
        """A parse made ready for reading: dictionary names tagged, lemmas corrected, attachments repaired."""
        return repair_parse(correct_lemmas(self.finder.tag_names(doc), self.lexicon), self.lexicon)

    def _parse_with_stand_ins(
        self, texts: list[str], stood_in: list[tuple[str, dict[int, int]]] | None = None
    ) -> tuple[list[Doc], list[dict[int, int]]]:
        """The parsed, repaired paragraphs, "the former"/"the latter" read through a stand-in name
        (extract.coreference.stand_in_pair_references), and where each stand-in is. A paragraph
        where a stand-in modifies the next word ("the former president") is parsed as written.
        `stood_in`: stand_in_pair_references of each text, when parse_ahead found them already."""
        if stood_in is None:
            stood_in = [stand_in_pair_references(text) for text in texts]
        parsed = [text for text, _ in stood_in]
        docs = self._parse(parsed)
        positions = [where for _, where in stood_in]
        for index, (doc, where) in enumerate(zip(docs, positions)):
            if where and stand_ins_read_as_modifiers(doc, where, self.lexicon.verbs):
                docs[index], positions[index], parsed[index] = self.nlp(texts[index]), {}, texts[index]
        for doc, text in zip(docs, parsed):
            keep_text(doc, text)  # the tokenizer keeps every character: the Doc's text is the text parsed
        return [self._repaired(doc) for doc in docs], positions


def split_long_paragraphs(paragraphs: Sequence[Paragraph], max_chars: int = MAX_CHUNK_CHARS) -> list[Paragraph]:
    """Paragraphs longer than `max_chars` as pieces of at most that (extract.nlp.chunk_bounds), offsets kept:
    the parser's memory grows with the length of what it parses at once."""
    pieces: list[Paragraph] = []
    for paragraph in paragraphs:
        for start, end in chunk_bounds(paragraph.text, max_chars):
            pieces.append(Paragraph(paragraph.start + start, paragraph.start + end, paragraph.text[start:end]))
    return pieces


# Mentions that resolve a reference to an actor named elsewhere, not a name.
REFERENCE_KINDS = frozenset({"pronoun", EPITHET_KIND, PERSON_EPITHET_KIND, PAIR_REFERENCE_KIND, GROUP_REFERENCE_KIND, RELATED_KIND, ACT_REFERENCE_KIND, HELD_PLACE_KIND, DESTINATION_KIND})


# spaCy's tokenizer strips a run of punctuation one character at a time, re-searching
# the rest each time: 20,000 quotation marks take over a minute. Such runs name no
# one, so the parser reads them as blank space of the same length.
PUNCTUATION_RUN = re.compile(r"[^\w\s]{%d,}" % 20)


# "Haftar (according to diplomats) is backed by Egypt": a bracketed aside that names no one
# says nothing about who backs whom, and the small parser loses the clause around it.
ASIDE = re.compile(r"\([^()]{1,80}\)")


def blank_asides(text: str, names: list[tuple[int, int]]) -> str:
    """The text with every bracketed aside that holds no actor name read as blank space
    (the same length, so offsets hold); "(GNA)" after a name stays."""

    def blank(aside: re.Match[str]) -> str:
        if any(start < aside.end() and aside.start() < end for start, end in names):
            return aside.group()
        return " " * len(aside.group())

    return ASIDE.sub(blank, text)


def open_compound_pattern(compounds: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the lexicon's open compounds ("cease fire"), any case, whole words."""
    if not compounds:
        return None
    parts = sorted((re.escape(" ".join(c.split())) for c in compounds), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(parts), re.IGNORECASE)


# Words after which an open compound's first word is a verb ("urged them to cease fire", "would counter offensive
# moves"): the compound is left as two words there.
VERB_MARKERS = frozenset({"to", "will", "would", "must", "should", "could", "can", "may", "might", "shall", "not", "did", "do", "does"})


def hyphenate_open_compounds(text: str, pattern: re.Pattern[str] | None) -> str:
    """"a cease fire between X and Y" is read as "a cease-fire": the parser takes "cease"
    for a verb otherwise; not "to cease fire", where it is one (VERB_MARKERS). The space becomes a hyphen, so
    offsets hold."""
    if pattern is None:
        return text

    def hyphenate(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 12) : match.start()].split()
        if before and before[-1].lower() in VERB_MARKERS:
            return match.group()
        return match.group().replace(" ", "-")

    return pattern.sub(hyphenate, text)


def blank_punctuation_runs(text: str) -> str:
    return PUNCTUATION_RUN.sub(lambda run: " " * len(run.group()), text)


def correct_lemmas(doc: Doc, lexicon: Lexicon) -> Doc:
    """Set the lemma of word forms the small model lemmatizes wrongly ("waging" -> "wag").
    A noun whose very form is a noun cue is that cue ("at odds", not "odd"; "the LNA's shelling
    of Tripoli", where the correction for the verb, "was shelling Tripoli", would read "shell")."""
    # Neither case below reads a word whose form is no noun cue and has no correction: most words, passed over
    # from the parse's arrays.
    for i in sorted({*positions_in(doc, LOWER, lexicon.nouns), *positions_in(doc, LOWER, lexicon.lemma_corrections)}):
        token = doc[i]
        if token.pos_ == "NOUN" and token.lower_ in lexicon.nouns and token.lemma_.lower() not in lexicon.nouns:
            token.lemma_ = token.lower_
            continue
        fixed = lexicon.lemma_corrections.get(token.lower_)
        if fixed is not None and not (token.pos_ == "NOUN" and token.lower_ in lexicon.nouns):
            token.lemma_ = fixed
    return doc


def mentions_by_sentence(doc: Doc, mentions: list[ActorSpan]) -> list[tuple[Span, list[ActorSpan]]]:
    """Each sentence with the mentions inside it, in one pass over both (mentions are in text order)."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    grouped = []
    position = 0
    for sent in doc.sents:
        while position < len(ordered) and ordered[position].span.start < sent.start:
            position += 1
        inside = []
        while position < len(ordered) and ordered[position].span.end <= sent.end:
            inside.append(ordered[position])
            position += 1
        grouped.append((sent, inside))
    return grouped
