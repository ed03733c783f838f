"""The extraction pipeline over a corpus: the cache, the workers, and the
tables built from every article's mentions and relations (extract.extractor
reads one article).

`extract_relations(text)` is the one-call API; `extract_corpus(articles)` is
what the CLI and the dashboard run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd

from extract.cache import ExtractionCache
from extract.dictionary import DEFAULT_DICTIONARY_DIR, ActorDictionary, load_dictionary
from extract.extractor import ArticleExtraction, Extractor
from extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from extract.parallel import Outcome, extract_articles, worker_count
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article, Mention, Relation

__all__ = ["ArticleExtraction", "CorpusExtraction", "Extractor", "default_extractor", "extract_corpus", "extract_relations"]

Progress = Callable[[int, int, str], None]


@dataclass
class CorpusExtraction:
    """Tables for a corpus. `problems` names articles that could not be extracted."""

    relations: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    problems: list[str] = field(default_factory=list)


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
