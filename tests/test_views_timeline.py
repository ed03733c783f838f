"""The Timeline's queries (monthly counts, a month's sentences), their shaping and its charts."""
from __future__ import annotations

import pandas as pd

from conftest import frame_tables
from extract.schema import RELATION_COLUMNS
from views.charts import monthly_bars, pair_scatter
from views.filters import RelationFilter
from views.queries import month_evidence, monthly_counts
from views.timeline import month_range, pair_points, relations_per_month


def relations(rows: list[tuple[str, str, str, str, str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["date", "source", "actor1", "actor2", "relation", "confidence"])
    rest = {"article_id": [f"r{i}" for i in range(len(frame))], "evidence": "e", "start": 0, "end": 1,
            "speaker": "", "cue": "", "rule": ""}
    return frame.assign(**rest)[RELATION_COLUMNS]


ROWS = relations([
    ("2020-01-05", "X", "Egypt", "LNA", "support", 0.9),
    ("2020-01-20", "Y", "Egypt", "LNA", "support", 0.5),
    ("2020-01-21", "Y", "LNA", "Egypt", "support", 0.6),
    ("2020-04-02", "X", "GNA", "Egypt", "opposition", 0.7),
    ("", "X", "Egypt", "LNA", "support", 0.8),
])
TABLES = frame_tables(relations=ROWS)


def test_monthly_counts_leave_undated_rows_out_and_follow_the_pair() -> None:
    everything = monthly_counts(TABLES, RelationFilter())
    assert everything.values.tolist() == [["2020-01", "support", "X", 1], ["2020-01", "support", "Y", 2],
                                          ["2020-04", "opposition", "X", 1]]
    pair = monthly_counts(TABLES, RelationFilter(), ("LNA", "Egypt"))
    assert pair["evidence"].sum() == 3


def test_month_evidence_is_the_month_pair_and_relation_most_confident_first() -> None:
    rows = month_evidence(TABLES, RelationFilter(), "2020-01", ("Egypt", "LNA"), "support", limit=2)
    assert rows["article_id"].tolist() == ["r0", "r2"]
    assert month_evidence(TABLES, RelationFilter(), "2020-04", ("Egypt", "LNA"), limit=5).empty


def test_relations_per_month_fills_quiet_months_and_types() -> None:
    per_month = relations_per_month(monthly_counts(TABLES, RelationFilter()))
    assert month_range(per_month["month"]) == ["2020-01", "2020-02", "2020-03", "2020-04"]
    assert len(per_month) == 4 * 3
    totals = per_month.groupby("month")["evidence"].sum().tolist()
    assert totals == [3, 0, 0, 1]
    assert month_range(pd.Series([], dtype=str)) == []


def test_pair_points_list_outlets_most_evidence_first() -> None:
    points = pair_points(monthly_counts(TABLES, RelationFilter(), ("Egypt", "LNA")))
    assert points.values.tolist() == [["2020-01", "support", 3, "Y; X"]]
    assert pair_points(monthly_counts(TABLES, RelationFilter(), ("GNA", "Turkey"))).empty


def test_timeline_charts_escape_outlet_names() -> None:
    counts = monthly_counts(frame_tables(relations=ROWS.assign(source="<b>X</b>")), RelationFilter(), ("Egypt", "LNA"))
    figure = pair_scatter(pair_points(counts))
    assert "&lt;b&gt;X&lt;/b&gt;" in str(figure.data[0].customdata[0][0])
    bars = monthly_bars(relations_per_month(counts))
    assert {trace.name for trace in bars.data} == {"support", "opposition", "mediation"}


def test_months_outside_the_real_range_are_set_apart_and_named() -> None:
    """Issue 18, item 7: 9999-12-31 made a 96,000-month axis (3.3 MB, ~173 s); 2020-13 crashed the page."""
    import datetime

    from views.timeline import MAX_AXIS_MONTHS, split_outliers

    counts = pd.DataFrame({"month": ["1900-01", "2019-11", "2020-01", "2020-13", "0000-00", "9999-12"],
                           "relation": "support", "source": "X", "evidence": [1, 2, 3, 4, 5, 6]})
    kept, outliers = split_outliers(counts, today=datetime.date(2026, 12, 3))
    assert kept["month"].tolist() == ["2019-11", "2020-01"]
    assert outliers.months == ("0000-00", "1900-01", "2020-13", "9999-12") and outliers.evidence == 16
    assert "16 sentence(s) dated outside the corpus's real range (0000-00, 1900-01, 2020-13, 9999-12" in outliers.note
    assert len(month_range(kept["month"])) == 3 and len(relations_per_month(kept)) == 9
    # Within the range nothing is set apart, and a range of exactly MAX_AXIS_MONTHS is kept whole.
    span = [p.strftime("%Y-%m") for p in pd.period_range("1970-01", periods=MAX_AXIS_MONTHS, freq="M")]
    whole = pd.DataFrame({"month": span, "relation": "support", "source": "X", "evidence": 1})
    assert split_outliers(whole, today=datetime.date(2026, 1, 1))[1].months == ()
    assert split_outliers(ROWS.iloc[:0].assign(month=[], evidence=[]))[1].note == ""
