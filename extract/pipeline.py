"""The extraction pipeline: article -> paragraphs -> parsed sentences ->
actor mentions -> speakers -> relations, and the tables built from them.

`extract_relations(text)` is the one-call API; `extract_corpus(articles)` is
what the CLI and the dashboard run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd
from spacy.language import Language

from extract.attribution import SpeakerFinder
from extract.cache import ExtractionCache
from extract.dictionary import DEFAULT_DICTIONARY_DIR, ActorDictionary, load_dictionary
from extract.headlines import is_title_case, sentence_case
from extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon, load_lexicon
from extract.mentions import MentionFinder
from extract.nlp import load_nlp
from extract.parallel import Outcome, extract_articles, worker_count
from extract.relations import RelationReader, mentions_peace
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article, Mention, Relation
from extract.structure import body_paragraphs

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ArticleExtraction:
    article: Article
    mentions: list[Mention]
    relations: list[Relation]


@dataclass
class CorpusExtraction:
    """Tables for a corpus. `problems` names articles that could not be extracted."""

    relations: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    problems: list[str] = field(default_factory=list)


class Extractor:
    """Everything extraction needs, built once: the parser, the dictionary
    matchers and the cue lexicon."""

    def __init__(self, dictionary: ActorDictionary, lexicon: Lexicon, nlp: Language | None = None) -> None:
        self.nlp = nlp or load_nlp()
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.finder = MentionFinder(self.nlp, dictionary, lexicon)
        self.speakers = SpeakerFinder(lexicon)
        self.reader = RelationReader(lexicon)

    @property
    def version(self) -> str:
        """Changes whenever the dictionary or the lexicon changes."""
        return f"{self.dictionary.version}-{self.lexicon.version}"

    def _parse_text(self, text: str) -> str:
        if is_title_case(text):
            return sentence_case(text, self.finder.name_ranges(text, self.nlp))
        return text

    def extract(self, article: Article) -> ArticleExtraction:
        paragraphs = body_paragraphs(article.text, self.lexicon)
        docs = list(self.nlp.pipe(self._parse_text(p.text) for p in paragraphs))
        found = self.finder.resolve_pronouns(docs, [self.finder.find(doc) for doc in docs])
        mentions: list[Mention] = []
        relations: list[Relation] = []
        seen_evidence: set[tuple[str, str, str, str]] = set()
        quote_speaker = ""
        # Weak cues ("met", "proposal") count when this paragraph or the one before is about peace.
        peace = [mentions_peace(doc, self.lexicon) for doc in docs]
        for index, (paragraph, doc, paragraph_mentions) in enumerate(zip(paragraphs, docs, found)):
            about_peace = peace[index] or (index > 0 and peace[index - 1])
            for m in paragraph_mentions:
                if m.kind == "pronoun":
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
            for sent, speaker in zip(doc.sents, speakers):
                for edge in self.reader.read(sent, paragraph_mentions, speaker, about_peace):
                    # A headline repeated in the page header is one claim, not three.
                    start = paragraph.start + sent.start_char
                    end = paragraph.start + sent.end_char
                    evidence = article.text[start:end]
                    key = (edge.actor1, edge.actor2, edge.relation, evidence)
                    if key in seen_evidence:
                        continue
                    seen_evidence.add(key)
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
                        )
                    )
        return ArticleExtraction(article, mentions, relations)


@lru_cache(maxsize=4)
def default_extractor(dictionary_dir: Path = DEFAULT_DICTIONARY_DIR, lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> Extractor:
    return Extractor(load_dictionary(dictionary_dir), load_lexicon(lexicon_dir))


def extract_relations(
    text: str, *, article_id: str = "text", source: str = "", date: str = "", extractor: Extractor | None = None
) -> pd.DataFrame:
    """Relations stated in one text, as a table with RELATION_COLUMNS."""
    extractor = extractor or default_extractor()
    result = extractor.extract(Article(article_id=article_id, text=text, outlet=source, date=date))
    return relations_table(result.relations)


def relations_table(relations: Sequence[Relation]) -> pd.DataFrame:
    return pd.DataFrame([r.__dict__ for r in relations], columns=RELATION_COLUMNS)


def mentions_table(mentions: Sequence[Mention]) -> pd.DataFrame:
    return pd.DataFrame([m.__dict__ for m in mentions], columns=MENTION_COLUMNS)


def actors_table(mentions: pd.DataFrame, relations: pd.DataFrame, dictionary: ActorDictionary) -> pd.DataFrame:
    """Every actor that appears in a mention or a relation, with its counts."""
    ids = set(mentions["actor_id"]) | set(relations["actor1"]) | set(relations["actor2"])
    rows = []
    for actor_id in sorted(ids):
        entry = dictionary.actors.get(actor_id)
        own = mentions[mentions["actor_id"] == actor_id]
        aliases = sorted({*entry.aliases, *entry.officials, *entry.demonyms, *entry.metonyms}) if entry else []
        rows.append(
            {
                "actor_id": actor_id,
                "name": entry.name if entry else actor_id,
                "type": entry.type if entry else "",
                "country_code": entry.country_code if entry else "",
                "mentions": len(own),
                "articles": own["article_id"].nunique(),
                "aliases": "; ".join(aliases),
            }
        )
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def extract_corpus(
    articles: Sequence[Article],
    *,
    extractor: Extractor | None = None,
    workers: int | None = 1,
    progress: Progress | None = None,
    cache_dir: Path | None = None,
) -> CorpusExtraction:
    """Extract every article; one that fails is reported in `problems`, the rest go on.

    `workers`: processes to parse in (None: one per core); the tables are the
    same for any number. `cache_dir`: reuse results of articles extracted
    before with the same dictionary, lexicon and code (see extract.cache).
    `progress(done, total, article_id)` is called in this process as articles finish.
    """
    extractor = extractor or default_extractor()
    processes = worker_count(workers)
    cache = ExtractionCache(cache_dir, extractor) if cache_dir is not None else None
    outcomes: list[Outcome | None] = [None] * len(articles)
    done = 0

    def finished(index: int, outcome: Outcome) -> None:
        nonlocal done
        outcomes[index] = outcome
        done += 1
        if progress is not None:
            progress(done, len(articles), articles[index].article_id)

    to_extract: list[int] = []
    for index, article in enumerate(articles):
        cached = cache.get(article) if cache is not None else None
        if cached is None:
            to_extract.append(index)
        else:
            finished(index, cached)
    for position, outcome in extract_articles([articles[i] for i in to_extract], extractor, processes):
        index = to_extract[position]
        if cache is not None and not isinstance(outcome, str):
            cache.put(articles[index], *outcome)
        finished(index, outcome)

    mentions: list[Mention] = []
    relations: list[Relation] = []
    problems: list[str] = []
    for outcome in outcomes:
        if isinstance(outcome, str):
            problems.append(outcome)
        elif outcome is not None:
            mentions.extend(outcome[0])
            relations.extend(outcome[1])
    mention_rows = mentions_table(mentions)
    relation_rows = relations_table(relations)
    return CorpusExtraction(
        relations=relation_rows,
        mentions=mention_rows,
        actors=actors_table(mention_rows, relation_rows, extractor.dictionary),
        problems=problems,
    )
