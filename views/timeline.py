"""Shaping monthly counts (views.queries.monthly_counts) for the Timeline page: every month shown, points listed,
each month placed on a time axis at its first day; months outside the data's real range set apart."""
from __future__ import annotations

import datetime
from dataclasses import dataclass

import pandas as pd

from extract.schema import RELATION_TYPES, is_directed


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
