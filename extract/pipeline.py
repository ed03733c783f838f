"""The extraction pipeline over a corpus: the cache, the tables built from
every article's mentions and relations (extract.extractor reads one article),
and one partition of a corpus written to the store (extract.engine runs the
partitions, in this process or on a Dask cluster).

`extract_relations(text)` is the one-call API; `extract_corpus(articles)`
extracts a corpus in this process into tables held in memory (the dashboard's
uploads); `python -m extract` writes a store through extract.engine.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from extract.cache import ExtractionCache
from extract.dictionary import DEFAULT_DICTIONARY_DIR, ActorDictionary, DatedAlias, load_dictionary
from extract.event_dates import event_lexicon_for
from extract.extractor import ArticleExtraction, Extractor
from extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from extract.relations.pair_model import pair_model_for
from extract.nlp import MAX_BATCH_CHARS
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article, Mention, Relation
from extract.store import ARTICLE_STORE_COLUMNS, write_part

__all__ = [
    "ArticleExtraction",
    "CorpusExtraction",
    "Extractor",
    "PartitionSummary",
    "default_extractor",
    "extract_corpus",
    "extract_partition",
    "extract_relations",
]

Progress = Callable[[int, int, str], None]
# What extracting one article gives: its mentions and relations, or the problem to report.
Outcome = tuple[list[Mention], list[Relation]] | str


@dataclass
class CorpusExtraction:
    """Tables for a corpus. `problems` names articles that could not be extracted."""

    relations: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    problems: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def default_extractor(dictionary_dir: Path = DEFAULT_DICTIONARY_DIR, lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> Extractor:
    return Extractor(
        load_dictionary(dictionary_dir), load_lexicon(lexicon_dir), event_lexicon=event_lexicon_for(lexicon_dir),
        pair_model=pair_model_for(lexicon_dir),
    )


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


def articles_table(articles: Sequence[Article]) -> pd.DataFrame:
    """The store's articles table: metadata and text."""
    return pd.DataFrame([{c: getattr(a, c) for c in ARTICLE_STORE_COLUMNS} for a in articles], columns=ARTICLE_STORE_COLUMNS)


def dated_name(alias: DatedAlias) -> str:
    """A dated name as the actors table lists it: "Tripoli (until 2021-03-14)"."""
    if alias.start and alias.end:
        return f"{alias.name} ({alias.start} to {alias.end})"
    return f"{alias.name} (from {alias.start})" if alias.start else f"{alias.name} (until {alias.end})"


def actor_rows(ids: Iterable[str], counts: Mapping[str, tuple[int, int]], dictionary: ActorDictionary) -> pd.DataFrame:
    """The actors table for `ids`, sorted, with `counts[actor_id] = (mentions, articles)` (0, 0 when absent)."""
    rows = []
    for actor_id in sorted(set(ids)):
        entry = dictionary.actors.get(actor_id)
        mentions, articles = counts.get(actor_id, (0, 0))
        aliases = sorted({*entry.aliases, *entry.officials, *entry.demonyms, *entry.metonyms,
                          *(dated_name(alias) for alias in entry.dated_aliases if alias.kind != "seat")}) if entry else []
        rows.append(
            {
                "actor_id": actor_id,
                "name": entry.name if entry else actor_id,
                "type": entry.type if entry else "",
                "country_code": entry.country_code if entry else "",
                "mentions": int(mentions),
                "articles": int(articles),
                "aliases": "; ".join(aliases),
            }
        )
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def actors_table(mentions: pd.DataFrame, relations: pd.DataFrame, dictionary: ActorDictionary) -> pd.DataFrame:
    """Every actor that appears in a mention or a relation, with its counts."""
    grouped = mentions.groupby("actor_id")["article_id"]
    sizes, distinct = grouped.size(), grouped.nunique()
    counts = {actor_id: (sizes[actor_id], distinct[actor_id]) for actor_id in sizes.index}
    ids = set(mentions["actor_id"]) | set(relations["actor1"]) | set(relations["actor2"])
    return actor_rows(ids, counts, dictionary)


def extract_one(extractor: Extractor, article: Article) -> Outcome:
    try:
        result = extractor.extract(article)
    except Exception as error:  # one broken article must not stop a batch
        return f"{article.article_id}: extraction failed ({type(error).__name__}: {error})"
    return result.mentions, result.relations


def article_outcomes(
    extractor: Extractor, articles: Sequence[Article], cache: ExtractionCache | None
) -> Iterator[Outcome]:
    """The outcome of every article, in order: from the cache when it holds one, else extracted (and cached).
    Articles are parsed ahead a batch at a time (Extractor.parse_ahead): spaCy's pipe is faster on many paragraphs.
    An extractor without parse_ahead (a stand-in of one's own) extracts article by article."""
    parse_ahead = getattr(extractor, "parse_ahead", lambda articles: None)
    try:
        for batch in _parse_batches(articles):
            cached = [cache.get(article) if cache is not None else None for article in batch]
            parse_ahead([article for article, outcome in zip(batch, cached) if outcome is None])
            for article, outcome in zip(batch, cached):
                if outcome is None:
                    outcome = extract_one(extractor, article)
                    if cache is not None and not isinstance(outcome, str):
                        cache.put(article, *outcome)
                yield outcome
    finally:
        parse_ahead([])


def _parse_batches(articles: Sequence[Article], max_chars: int = MAX_BATCH_CHARS) -> Iterator[list[Article]]:
    """`articles` in order, in runs of at most `max_chars` characters of text (a longer article alone)."""
    batch: list[Article] = []
    size = 0
    for article in articles:
        length = len(article.text) if isinstance(article.text, str) else 0  # a broken one is reported by extract_one
        if batch and size + length > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(article)
        size += length
    if batch:
        yield batch


@dataclass(frozen=True)
class PartitionSummary:
    """What the client learns of a partition written to the store: counts and problems, never rows."""

    index: int
    articles: int
    mentions: int
    relation_counts: dict[str, int]
    problems: list[str]
    # Ids of the articles left out of the tables.
    failed: list[str]

    @property
    def relations(self) -> int:
        return sum(self.relation_counts.values())


def extract_partition(
    extractor: Extractor,
    index: int,
    articles: Sequence[Article],
    generation: Path,
    *,
    min_confidence: float = 0.0,
    cache_dir: Path | None = None,
) -> PartitionSummary:
    """Extract `articles` and write their rows as part `index` of each table in `generation`.

    An article that fails is left out of every table and named in `problems`.
    Relations below `min_confidence` are not written (the cache keeps them all).
    """
    cache = ExtractionCache(cache_dir, extractor) if cache_dir is not None else None
    extracted: list[Article] = []
    mentions: list[Mention] = []
    relations: list[Relation] = []
    problems: list[str] = []
    failed: list[str] = []
    for article, outcome in zip(articles, article_outcomes(extractor, articles, cache)):
        if isinstance(outcome, str):
            problems.append(outcome)
            failed.append(article.article_id)
            continue
        extracted.append(article)
        mentions.extend(outcome[0])
        relations.extend(r for r in outcome[1] if r.confidence >= min_confidence)
    write_part(generation, "articles", articles_table(extracted), index)
    write_part(generation, "mentions", mentions_table(mentions), index)
    write_part(generation, "relations", relations_table(relations), index)
    return PartitionSummary(
        index=index,
        articles=len(extracted),
        mentions=len(mentions),
        relation_counts=dict(Counter(r.relation for r in relations)),
        problems=problems,
        failed=failed,
    )


def extract_corpus(
    articles: Sequence[Article],
    *,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    cache_dir: Path | None = None,
) -> CorpusExtraction:
    """Extract every article in this process; one that fails is reported in `problems`, the rest go on.

    `cache_dir`: reuse results of articles extracted before with the same
    dictionary, lexicon and code (see extract.cache).
    `progress(done, total, article_id)` is called as articles finish.
    """
    extractor = extractor or default_extractor()
    cache = ExtractionCache(cache_dir, extractor) if cache_dir is not None else None
    mentions: list[Mention] = []
    relations: list[Relation] = []
    problems: list[str] = []
    for done, (article, outcome) in enumerate(zip(articles, article_outcomes(extractor, articles, cache)), start=1):
        if isinstance(outcome, str):
            problems.append(outcome)
        else:
            mentions.extend(outcome[0])
            relations.extend(outcome[1])
        if progress is not None:
            progress(done, len(articles), article.article_id)
    mention_rows = mentions_table(mentions)
    relation_rows = relations_table(relations)
    return CorpusExtraction(
        relations=relation_rows,
        mentions=mention_rows,
        actors=actors_table(mention_rows, relation_rows, extractor.dictionary),
        problems=problems,
    )
