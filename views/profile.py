"""One actor's profile: who it is, whom it relates to and how, month by month, per outlet, in its strongest sentences.

Every function takes the dataset's `Tables` (or a small table a query returned)
and the sidebar filter, so the profile shows what every other page shows.
Support is directed: "supports" lists whom the actor backs, "supported by" who
backs it; opposition and mediation have no direction.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from views.aggregate import empty_frame
from views.filters import RelationFilter
from views.focus import BREAKDOWN_COLUMNS
from views.queries import EVIDENCE_ORDER, relation_where
from views.store import Tables

COUNTERPART_DTYPES: dict[str, str] = {"counterpart": "str", "name": "str", **{c: "int64" for c in BREAKDOWN_COLUMNS},
                                      "total": "int64", "outlets": "int64"}
MONTH_DTYPES: dict[str, str] = {"month": "str", **{c: "int64" for c in BREAKDOWN_COLUMNS}}


@dataclass(frozen=True)
class ActorFacts:
    """What the dictionary says about an actor: its display name, type, country code and the names it goes by."""

    actor_id: str
    name: str
    type: str
    country_code: str
    aliases: tuple[str, ...]
    mentions: int
    articles: int


def actor_facts(actors: pd.DataFrame, actor_id: str) -> ActorFacts | None:
    """The actor table's row for `actor_id` (None when there is no such actor); aliases split on ";"."""
    row = actors[actors["actor_id"] == actor_id]
    if row.empty:
        return None
    first = row.iloc[0]
    aliases = tuple(dict.fromkeys(a.strip() for a in str(first["aliases"] or "").split(";") if a.strip()))
    return ActorFacts(actor_id=actor_id, name=str(first["name"] or actor_id), type=str(first["type"] or ""),
                      country_code=str(first["country_code"] or ""), aliases=aliases,
                      mentions=int(first["mentions"]), articles=int(first["articles"]))


def _direction(relation: pd.Series, role: pd.Series) -> pd.Series:
    """The BREAKDOWN_COLUMNS column of each row: support split by the actor's role, the others by relation."""
    return relation.where(relation != "support", role.map({"actor1": "supports", "actor2": "supported by"}))


def counterparts(counts: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """One row per counterpart: evidence sentences per relation and direction, the total, and how many outlets say so.

    `counts` is views.queries.actor_outlet_counts (source, relation, role,
    counterpart, evidence). Most evidence first, then by name.
    """
    if counts.empty:
        return empty_frame(COUNTERPART_DTYPES)
    keyed = counts.assign(column=_direction(counts["relation"], counts["role"]))
    grid = keyed.pivot_table(index="counterpart", columns="column", values="evidence", aggfunc="sum", fill_value=0)
    grid = grid.reindex(columns=BREAKDOWN_COLUMNS, fill_value=0)
    table = grid.assign(total=grid.sum(axis=1), outlets=keyed.groupby("counterpart")["source"].nunique())
    table = table.reset_index().rename_axis(columns=None)
    table.insert(1, "name", [names.get(c, c) for c in table["counterpart"]])
    table = table.sort_values(["total", "name"], ascending=[False, True], kind="stable")
    return table[list(COUNTERPART_DTYPES)].astype(COUNTERPART_DTYPES).reset_index(drop=True)


def month_counts(tables: Tables, chosen: RelationFilter, actor: str) -> pd.DataFrame:
    """Dated evidence sentences with `actor` on either end per month (`yyyy-mm`), by relation and direction.

    Every month from the first to the last is listed (zero where nothing was
    said), so that a chart's gaps are real. Undated rows have no month and are left out.
    """
    where, params = relation_where(chosen)
    found = tables.query(
        "SELECT substr(date, 1, 7) AS month, relation, CASE WHEN actor1 = ? THEN 'actor1' ELSE 'actor2' END AS role, "
        f"count(*) AS evidence FROM relations WHERE {where} AND (actor1 = ? OR actor2 = ?) "
        "AND coalesce(date, '') <> '' GROUP BY ALL",
        [actor, *params, actor, actor],
    )
    if found.empty:
        return empty_frame(MONTH_DTYPES)
    found = found.assign(column=_direction(found["relation"], found["role"]))
    grid = found.pivot_table(index="month", columns="column", values="evidence", aggfunc="sum", fill_value=0)
    months = pd.period_range(min(grid.index), max(grid.index), freq="M").strftime("%Y-%m")
    grid = grid.reindex(index=months, columns=BREAKDOWN_COLUMNS, fill_value=0)
    return grid.rename_axis(index="month", columns=None).reset_index().astype(MONTH_DTYPES)


def strongest_sentences(tables: Tables, chosen: RelationFilter, actor: str, *, limit: int) -> pd.DataFrame:
    """Up to `limit` relation rows with `actor` on either end, most confident first, each sentence once.

    A sentence that states two relations of the actor is listed once, with the
    more confident; rows rejected in review are left out unless the filter shows them.
    """
    where, params = relation_where(chosen)
    return tables.query(
        f"SELECT * EXCLUDE (rank) FROM (SELECT *, row_number() OVER (PARTITION BY article_id, start, \"end\" "
        f"ORDER BY {EVIDENCE_ORDER}, relation, actor1, actor2) AS rank FROM relations "
        f"WHERE {where} AND (actor1 = ? OR actor2 = ?)) WHERE rank = 1 ORDER BY {EVIDENCE_ORDER} LIMIT {int(limit)}",
        [*params, actor, actor],
    )


def reviewed_rows(tables: Tables, actor: str) -> pd.DataFrame:
    """Every reviewed relation row (confirmed, rejected or added by hand) with `actor` on either end.

    Independent of the filter: a review is the analyst's own work and is listed whatever the sidebar hides.
    """
    return tables.query(
        "SELECT * FROM relations WHERE review <> '' AND (actor1 = ? OR actor2 = ?) "
        "ORDER BY article_id, start, relation",
        [actor, actor],
    )


def relation_totals(counterpart_table: pd.DataFrame) -> dict[str, int]:
    """Evidence sentences per BREAKDOWN_COLUMNS column, over every counterpart."""
    return {column: int(counterpart_table[column].sum()) for column in BREAKDOWN_COLUMNS}

