"""The sidebar filter: which sources, relation types, actors, how confident and when.

An empty `sources` or `actors` selection means "all": with hundreds of outlets
an all-selected list would bury the sidebar. Dates are ISO text (`yyyy-mm-dd`, as
articles store them); an empty bound is open. Undated articles are kept unless
`include_undated` is off, so a date range never drops them unseen. Rows an analyst
rejected (extract.reviews) are hidden unless `show_rejected` is on.

`date_basis` says what a relation row's date is: "published" (the article's
date) or "event" (the date its sentence gives the event, extract.event_dates,
and the publication date where it gives none). The date range and the Timeline
both follow it; articles (Search, Sources) always go by publication.
"""
from __future__ import annotations

from dataclasses import dataclass

from extract.schema import RELATION_TYPES

DATE_BASES: dict[str, str] = {
    "published": "publication date",
    "event": "event date (publication where the sentence gives none)",
}


@dataclass(frozen=True)
class RelationFilter:
    sources: tuple[str, ...] = ()
    relations: tuple[str, ...] = RELATION_TYPES
    actors: tuple[str, ...] = ()
    min_confidence: float = 0.0
    date_from: str = ""
    date_to: str = ""
    include_undated: bool = True
    show_rejected: bool = False
    date_basis: str = "published"

    def __post_init__(self) -> None:
        if self.date_basis not in DATE_BASES:
            raise ValueError(f"date_basis is {self.date_basis!r}; use one of {', '.join(DATE_BASES)}")

    @property
    def is_default(self) -> bool:
        return self == RelationFilter()

    @property
    def dates(self) -> "RelationFilter":
        """Only this filter's date range (and whether undated articles pass): what mention counts depend on.
        Mentions are counted in articles, so their range is over publication dates whatever `date_basis` says."""
        return RelationFilter(date_from=self.date_from, date_to=self.date_to, include_undated=self.include_undated)


def describe(chosen: RelationFilter, names: dict[str, str]) -> str:
    """One line saying what the filter keeps, for captions and empty-result messages."""
    parts = [
        "sources: " + (", ".join(chosen.sources) if chosen.sources else "all"),
        "relations: " + (", ".join(chosen.relations) if chosen.relations else "none"),
        "actors: " + (", ".join(names.get(a, a) for a in chosen.actors) if chosen.actors else "all"),
    ]
    if chosen.min_confidence > 0:
        parts.append(f"confidence ≥ {chosen.min_confidence:.2f}")
    if chosen.date_from or chosen.date_to:
        undated = "undated kept" if chosen.include_undated else "undated left out"
        parts.append(f"{DATE_BASES[chosen.date_basis].split(' (')[0]}s: {chosen.date_from or 'start'} to "
                     f"{chosen.date_to or 'end'} ({undated})")
    elif not chosen.include_undated:
        parts.append("undated left out")
    if chosen.date_basis != "published":
        parts.append(f"dated by {DATE_BASES[chosen.date_basis]}")
    if chosen.show_rejected:
        parts.append("rejected rows shown")
    return "; ".join(parts)
