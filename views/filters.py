"""The sidebar filter: which sources, relation types, actors and how confident.

An empty `sources` or `actors` selection means "all": with hundreds of outlets
an all-selected list would bury the sidebar.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from extract.schema import RELATION_TYPES


@dataclass(frozen=True)
class RelationFilter:
    sources: tuple[str, ...] = ()
    relations: tuple[str, ...] = RELATION_TYPES
    actors: tuple[str, ...] = ()
    min_confidence: float = 0.0

    @property
    def is_default(self) -> bool:
        return self == RelationFilter()


def filter_relations(relations: pd.DataFrame, chosen: RelationFilter) -> pd.DataFrame:
    """Relation rows that pass the filter; an actor matches on either end of the edge."""
    keep = relations["relation"].isin(chosen.relations) & (relations["confidence"] >= chosen.min_confidence)
    if chosen.sources:
        keep &= relations["source"].isin(chosen.sources)
    if chosen.actors:
        keep &= relations["actor1"].isin(chosen.actors) | relations["actor2"].isin(chosen.actors)
    return relations[keep]


def filter_articles(articles: pd.DataFrame, chosen: RelationFilter) -> pd.DataFrame:
    """Articles from the chosen sources."""
    if not chosen.sources:
        return articles
    return articles[articles["outlet"].isin(chosen.sources)]


def filter_mentions(mentions: pd.DataFrame, articles: pd.DataFrame, chosen: RelationFilter) -> pd.DataFrame:
    """Mentions in articles from the chosen sources, of the chosen actors."""
    keep = pd.Series(True, index=mentions.index)
    if chosen.sources:
        keep &= mentions["article_id"].isin(filter_articles(articles, chosen)["article_id"])
    if chosen.actors:
        keep &= mentions["actor_id"].isin(chosen.actors)
    return mentions[keep]


def describe(chosen: RelationFilter, names: dict[str, str]) -> str:
    """One line saying what the filter keeps, for captions and empty-result messages."""
    parts = [
        "sources: " + (", ".join(chosen.sources) if chosen.sources else "all"),
        "relations: " + (", ".join(chosen.relations) if chosen.relations else "none"),
        "actors: " + (", ".join(names.get(a, a) for a in chosen.actors) if chosen.actors else "all"),
    ]
    if chosen.min_confidence > 0:
        parts.append(f"confidence ≥ {chosen.min_confidence:.2f}")
    return "; ".join(parts)
