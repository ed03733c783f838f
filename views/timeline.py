"""Shaping monthly counts (views.queries.monthly_counts) for the Timeline page: every month shown, points listed."""
from __future__ import annotations

import pandas as pd

from extract.schema import RELATION_TYPES


def month_range(months: pd.Series) -> list[str]:
    """Every month (`yyyy-mm`) from the first to the last in `months`, so that quiet months show as zero."""
    if months.empty:
        return []
    return [p.strftime("%Y-%m") for p in pd.period_range(months.min(), months.max(), freq="M")]


def relations_per_month(counts: pd.DataFrame) -> pd.DataFrame:
    """month, relation, evidence for every month in the range and every relation type (zeros filled)."""
    totals = counts.groupby(["month", "relation"])["evidence"].sum()
    index = pd.MultiIndex.from_product([month_range(counts["month"]), list(RELATION_TYPES)], names=["month", "relation"])
    return totals.reindex(index, fill_value=0).astype("int64").reset_index()


def pair_points(counts: pd.DataFrame) -> pd.DataFrame:
    """One point per month and relation of a pair: evidence and the outlets asserting it ("; "-joined, most first)."""
    if counts.empty:
        return pd.DataFrame({"month": [], "relation": [], "evidence": pd.Series(dtype="int64"), "sources": []})
    ordered = counts.sort_values(["evidence", "source"], ascending=[False, True], kind="stable")
    points = ordered.groupby(["month", "relation"], sort=True).agg(
        evidence=("evidence", "sum"), sources=("source", lambda s: "; ".join(s)))
    return points.reset_index()
