"""The sidebar filter: which sources, relation types, actors and how confident.

An empty `sources` or `actors` selection means "all": with hundreds of outlets
an all-selected list would bury the sidebar.
"""
from __future__ import annotations

from dataclasses import dataclass

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
