"""The Timeline's queries (monthly counts, a month's sentences), their shaping and its charts."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import frame_tables
from extract.schema import RELATION_COLUMNS
from views.charts import monthly_bars, pair_scatter
from views.filters import RelationFilter
from views.queries import month_evidence, monthless_count, monthly_counts, pair_monthly_counts, relation_where
from views.timeline import claim_label, month_range, pair_points, relations_per_month


def relations(rows: list[tuple], event_dates: list[str] | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["date", "source", "actor1", "actor2", "relation", "confidence"])
    rest = {"article_id": [f"r{i}" for i in range(len(frame))], "evidence": "e", "start": 0, "end": 1,
            "speaker": "", "cue": "", "rule": "", "event_date": event_dates or [""] * len(frame)}
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


def test_pair_points_keep_the_direction_of_support_and_list_outlets_most_evidence_first() -> None:
    points = pair_points(pair_monthly_counts(TABLES, RelationFilter(), ("Egypt", "LNA")), {"LNA": "Libyan National Army"})
    assert points[["month", "claim", "evidence", "sources"]].values.tolist() == [
        ["2020-01", "support: Egypt → Libyan National Army", 2, "X; Y"],
        ["2020-01", "support: Libyan National Army → Egypt", 1, "Y"],
    ]
    assert pair_points(pair_monthly_counts(TABLES, RelationFilter(), ("GNA", "Turkey"))).empty


def test_claim_labels_say_the_direction_only_where_there_is_one() -> None:
    assert claim_label("support", "Egypt", "LNA", {}) == "support: Egypt → LNA"
    assert claim_label("opposition", "Turkey", "Egypt", {"Turkey": "Türkiye"}) == "opposition: Türkiye – Egypt"


def test_month_evidence_follows_the_direction() -> None:
    backed = month_evidence(TABLES, RelationFilter(), "2020-01", ("Egypt", "LNA"), "support", limit=5,
                            direction=("LNA", "Egypt"))
    assert backed["article_id"].tolist() == ["r2"]


def test_the_charts_have_a_time_axis_in_order_and_whole_sentence_ticks() -> None:
    # Support appears in June before opposition in January: a category axis drew June first.
    rows = relations([("2020-06-05", "X", "Egypt", "GNA", "support", 0.9),
                      ("2020-01-05", "X", "Egypt", "GNA", "opposition", 0.9),
                      ("2020-03-05", "X", "GNA", "Egypt", "support", 0.9)])
    counts = monthly_counts(frame_tables(relations=rows), RelationFilter())
    bars = monthly_bars(relations_per_month(counts))
    assert bars.layout.xaxis.type == "date"
    assert bars.layout.yaxis.dtick == 1 and bars.layout.yaxis.tickformat == ",d"
    stamps = sorted(pd.Timestamp(x) for trace in bars.data for x in trace.x)
    assert stamps[0] == pd.Timestamp("2020-01-01") and stamps[-1] == pd.Timestamp("2020-06-01")
    scatter = pair_scatter(pair_points(pair_monthly_counts(frame_tables(relations=rows), RelationFilter(), ("Egypt", "GNA"))))
    assert scatter.layout.xaxis.type == "date"
    placed = {(str(trace.y[i]), pd.Timestamp(trace.x[i]).strftime("%Y-%m")) for trace in scatter.data for i in range(len(trace.x))}
    assert placed == {("support: Egypt → GNA", "2020-06"), ("opposition: Egypt – GNA", "2020-01"),
                      ("support: GNA → Egypt", "2020-03")}


def test_timeline_charts_escape_outlet_names() -> None:
    tables = frame_tables(relations=ROWS.assign(source="<b>X</b>"))
    figure = pair_scatter(pair_points(pair_monthly_counts(tables, RelationFilter(), ("Egypt", "LNA")), {"LNA": "<i>LNA</i>"}))
    assert "&lt;b&gt;X&lt;/b&gt;" in str(figure.data[0].customdata[0][0])
    assert all("<i>" not in str(y) for trace in figure.data for y in trace.y)
    bars = monthly_bars(relations_per_month(monthly_counts(tables, RelationFilter(), ("Egypt", "LNA"))))
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


# An article of December 2020 that dates its event to June, one that dates it to 2019 only, one undated.
EVENT_ROWS = relations([("2020-12-08", "X", "Egypt", "GNA", "opposition", 0.9),
                        ("2020-12-09", "X", "Egypt", "GNA", "opposition", 0.9),
                        ("2020-12-10", "Y", "Turkey", "GNA", "support", 0.9),
                        ("", "Y", "Turkey", "GNA", "support", 0.9)],
                       event_dates=["2020-06", "2019", "", ""])
EVENT_TABLES = frame_tables(relations=EVENT_ROWS)


def test_the_timeline_places_rows_by_the_chosen_date() -> None:
    published = monthly_counts(EVENT_TABLES, RelationFilter())
    assert published[["month", "relation", "evidence"]].values.tolist() == [["2020-12", "opposition", 2], ["2020-12", "support", 1]]
    event = monthly_counts(EVENT_TABLES, RelationFilter(date_basis="event"))
    # June from the sentence, December by publication where the sentence gives no date; "2019" has no month.
    assert sorted(map(tuple, event[["month", "relation", "evidence"]].values.tolist())) == [
        ("2020-06", "opposition", 1), ("2020-12", "support", 1)]
    assert monthless_count(EVENT_TABLES, RelationFilter(date_basis="event")) == (1, 1)
    assert monthless_count(EVENT_TABLES, RelationFilter()) == (1, 0)
    june = month_evidence(EVENT_TABLES, RelationFilter(date_basis="event"), "2020-06", limit=5)
    assert june["article_id"].tolist() == ["r0"]


@pytest.mark.parametrize(
    "date_from,date_to,published,event",
    [
        ("2020-06-01", "2020-06-30", [], ["r0"]),  # only the event of June
        ("2019-05-01", "2019-05-31", [], ["r1"]),  # "in 2019" overlaps May 2019
        ("2020-12-01", "2020-12-31", ["r0", "r1", "r2"], ["r2"]),
        ("2020-06-15", "", ["r0", "r1", "r2"], ["r0", "r2"]),  # June overlaps a range starting mid-June
    ],
)
def test_the_date_range_follows_the_chosen_date(date_from: str, date_to: str, published: list[str], event: list[str]) -> None:
    def kept(basis: str) -> list[str]:
        chosen = RelationFilter(date_from=date_from, date_to=date_to, include_undated=False, date_basis=basis)
        where, params = relation_where(chosen)
        return EVENT_TABLES.query(f"SELECT article_id FROM relations WHERE {where} ORDER BY article_id", params)["article_id"].tolist()

    assert kept("published") == published
    assert kept("event") == event


def test_an_unknown_date_basis_is_refused() -> None:
    with pytest.raises(ValueError, match="date_basis"):
        RelationFilter(date_basis="received")
