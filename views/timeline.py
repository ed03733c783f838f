"""Shaping monthly counts (views.queries.monthly_counts) for the Timeline page: every month shown, points listed,
each month placed on a time axis at its first day."""
from __future__ import annotations

import pandas as pd

from extract.schema import RELATION_TYPES, is_directed


def month_range(months: pd.Series) -> list[str]:
    """Every month (`yyyy-mm`) from the first to the last in `months`, so that quiet months show as zero."""
    if months.empty:
        return []
    return [p.strftime("%Y-%m") for p in pd.period_range(months.min(), months.max(), freq="M")]


def month_start(months: pd.Series) -> pd.Series:
    """The first day of each `yyyy-mm` month, as timestamps: a time axis spaces months by time, in order."""
    return pd.to_datetime(months, format="%Y-%m")


def relations_per_month(counts: pd.DataFrame) -> pd.DataFrame:
    """month, relation, evidence for every month in the range and every relation type (zeros filled)."""
    totals = counts.groupby(["month", "relation"])["evidence"].sum()
    index = pd.MultiIndex.from_product([month_range(counts["month"]), list(RELATION_TYPES)], names=["month", "relation"])
    return totals.reindex(index, fill_value=0).astype("int64").reset_index()


def claim_label(relation: str, actor1: str, actor2: str, names: dict[str, str]) -> str:
    """What a point of a pair claims, with the direction where the relation has one:
    "support: Egypt → LNA" (Egypt backs the LNA), "opposition: Egypt – Turkey"."""
    first, second = names.get(actor1, actor1), names.get(actor2, actor2)
    return f"{relation}: {first} {'→' if is_directed(relation) else '–'} {second}"


POINT_COLUMNS = ["month", "relation", "actor1", "actor2", "claim", "evidence", "sources"]


def pair_points(counts: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """One point per month and claim of a pair (views.queries.pair_monthly_counts): the claim with its direction,
    the evidence and the outlets asserting it ("; "-joined, most first); in month and claim order."""
    if counts.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "evidence" else object) for c in POINT_COLUMNS})
    ordered = counts.sort_values(["evidence", "source"], ascending=[False, True], kind="stable")
    points = ordered.groupby(["month", "relation", "actor1", "actor2"], sort=True).agg(
        evidence=("evidence", "sum"), sources=("source", lambda s: "; ".join(s))).reset_index()
    points["claim"] = [claim_label(r, a, b, names or {}) for r, a, b in
                       zip(points["relation"], points["actor1"], points["actor2"])]
    return points[POINT_COLUMNS]
