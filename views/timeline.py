"""Shaping monthly counts (views.queries.monthly_counts) for the Timeline page: every month shown, points listed,
months outside the data's real range set apart."""
from __future__ import annotations

import datetime
from dataclasses import dataclass

import pandas as pd

from extract.schema import RELATION_TYPES


# The axis spans at most this many months (50 years) before its earliest months are set apart: one sentence
# dated 9999-12-31 made a 96,000-month axis (a 3.3 MB frame, the page blocked for ~3 minutes).
MAX_AXIS_MONTHS = 600


@dataclass(frozen=True)
class Outliers:
    """Months set apart from the axis and the evidence they hold, to be named on the page."""

    months: tuple[str, ...] = ()
    evidence: int = 0

    @property
    def note(self) -> str:
        if not self.months:
            return ""
        shown = ", ".join(self.months[:5]) + (f" and {len(self.months) - 5} more" if len(self.months) > 5 else "")
        return (f"{self.evidence:,} sentence(s) dated outside the corpus's real range ({shown}: in the future, not a "
                "date, or far from the rest) are left out of the charts. Check those articles' dates in sources.csv.")


def split_outliers(counts: pd.DataFrame, today: datetime.date | None = None) -> tuple[pd.DataFrame, Outliers]:
    """`counts` (with a `month` and an `evidence` column) without the months that are no real month, lie after
    `today`'s month, or lie more than MAX_AXIS_MONTHS before the last kept month; and what was set apart."""
    if counts.empty:
        return counts, Outliers()
    today = today or datetime.date.today()
    periods = pd.PeriodIndex(pd.to_datetime(counts["month"] + "-01", format="%Y-%m-%d", errors="coerce"), freq="M")
    now = pd.Period(today, freq="M")
    kept = ~periods.isna() & (periods <= now)
    if kept.any():
        last = periods[kept].max()
        kept &= periods > last - MAX_AXIS_MONTHS
    set_apart = counts[~kept]
    outliers = Outliers(tuple(sorted(set_apart["month"].astype(str).unique())), int(set_apart["evidence"].sum()))
    return counts[kept], outliers


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
