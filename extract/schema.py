"""The records that flow through extraction, defined once.

articles -> mentions -> relations -> tables. Every table the CLI writes and the
dashboard reads has its columns listed here.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

RELATION_TYPES: tuple[str, ...] = ("support", "opposition", "mediation")
# Support runs from backer to backed; opposition and mediation are the same edge either way round.
DIRECTED_RELATIONS: frozenset[str] = frozenset({"support"})
# How an article without an outlet (an upload left blank) is labelled in counts and lists. The stored
# aggregates (extract.aggregates) hold it: changing it means bumping AGGREGATES_VERSION there.
NO_OUTLET = "(no outlet)"


def is_directed(relation: str) -> bool:
    return relation in DIRECTED_RELATIONS


def pair_key(actor1: str, actor2: str, relation: str) -> tuple[str, str, str]:
    """The key two readings of one edge share: ordered for directed relations, sorted otherwise."""
    if is_directed(relation):
        return (actor1, actor2, relation)
    first, second = sorted((actor1, actor2))
    return (first, second, relation)


@dataclass(frozen=True)
class Article:
    """One article. `text` is the text as read (decoded, HTML reduced to text);
    every offset in mentions and relations points into it."""

    article_id: str
    text: str
    outlet: str = ""
    date: str = ""
    title: str = ""
    author: str = ""
    url: str = ""
    notes: str = ""
    path: str = ""


@dataclass(frozen=True)
class Mention:
    """A stretch of article text that names an actor."""

    article_id: str
    actor_id: str
    text: str
    start: int
    end: int
    # alias | demonym | metonym | official | pronoun
    kind: str


@dataclass(frozen=True)
class Relation:
    """One relation between two actors, read off one evidence sentence.

    support is directed (actor1 backs actor2); for opposition and mediation
    actor1 is the one acting where the text says so. `speaker` is the actor
    whose claim this is ("" when the text states it in its own voice).
    `evidence == article.text[start:end]`. `date` is the article's publication
    date; `event_date` the date the sentence gives its event (extract.event_dates:
    `yyyy-mm-dd`, `yyyy-mm` or `yyyy`), "" when it gives none.
    """

    article_id: str
    source: str
    date: str
    actor1: str
    actor2: str
    relation: str
    evidence: str
    start: int
    end: int
    confidence: float
    speaker: str
    cue: str
    rule: str
    event_date: str = ""


RELATION_COLUMNS: list[str] = [f.name for f in fields(Relation)]
MENTION_COLUMNS: list[str] = [f.name for f in fields(Mention)]
ACTOR_COLUMNS: list[str] = [
    "actor_id",
    "name",
    "type",
    "country_code",
    "mentions",
    "articles",
    "aliases",
]
