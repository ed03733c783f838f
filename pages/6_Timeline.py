"""Timeline: evidence per month by relation type, and one actor pair's relations over time with their outlets."""
import streamlit as st

from extract.schema import is_directed
from views import cached, layout, queries, url_state
from views.aggregate import top_pairs
from views.charts import monthly_bars, pair_scatter
from views.excerpts import STYLE, evidence_card_html
from views.figures import chart_config
from views.filters import DATE_BASES, describe
from views.markup import md_text
from views.share_widgets import chart_image_format
from views.tables import actor_names
from views.timeline import pair_points, relations_per_month, split_outliers

PAIR_CHOICES = 500
# Sentences listed for the chosen month or point.
LISTED = 25

data, chosen = layout.start_page("Timeline")
names = actor_names(data.actors)
st.title("Timeline")
st.html(STYLE)


def sentences(month: str, pair: tuple[str, str] | None, relation: str | None = None,
              direction: tuple[str, str] | None = None) -> None:
    """The sentences of one month (of one pair, relation and direction), each one click from its place in the article."""
    rows = queries.month_evidence(data.tables, chosen, month, pair, relation, limit=LISTED, direction=direction)
    titles = queries.article_titles(data.tables, rows["article_id"])
    title_of = dict(zip(titles["article_id"], titles["title"]))
    st.caption(f"The {LISTED} most confident sentences at most.")
    for row in rows.itertuples(index=False):
        with st.container(border=True):
            st.html(evidence_card_html(row, names, title_of.get(row.article_id, "")))
            st.page_link("pages/3_Excerpts.py", label="Read it in the article",
                         query_params=url_state.link(article=row.article_id, start=str(row.start), end=str(row.end)))


def monthless_note(pair: tuple[str, str] | None = None) -> None:
    """Say which rows no monthly chart can place, so none is lost unseen."""
    undated, year_only = queries.monthless_count(data.tables, chosen, pair)
    notes = [f"{undated} undated sentence(s)" if undated else "",
             f"{year_only} sentence(s) whose event is dated to a year only" if year_only else ""]
    if any(notes):
        st.caption(" and ".join(n for n in notes if n) + " pass the filter but have no month, so are not drawn.")


st.caption(f"Sentences are placed by their **{DATE_BASES[chosen.date_basis]}**; choose in the sidebar under "
           "*Dates mean*. An event date is the date the sentence gives (\"in June\", \"on Tuesday\", \"last week\"), "
           "read against the article's date.")
counts, outliers = split_outliers(queries.monthly_counts(data.tables, chosen))
st.subheader("Evidence per month")
if outliers.note:
    st.warning(md_text(outliers.note))
if counts.empty:
    layout.empty(f"No dated relation passes the filter ({describe(chosen, names)}). Widen it in the sidebar.")
    st.stop()
per_month = relations_per_month(counts)
image = chart_image_format("timeline")
st.plotly_chart(monthly_bars(per_month), config=chart_config(image, "evidence-per-month"))
monthless_note()
busy = per_month.groupby("month")["evidence"].sum()
month = st.selectbox("Sentences of the month", list(busy[busy > 0].index), format_func=lambda m: f"{m} ({busy[m]} sentences)")
sentences(month, None)

st.subheader("One pair over time")
claims = cached.filtered_claims(data, chosen)
pairs = top_pairs(claims, PAIR_CHOICES)
keys = list(pairs[["actor_a", "actor_b"]].drop_duplicates().itertuples(index=False, name=None))
pair = st.selectbox("Actor pair", keys, format_func=lambda k: f"{names.get(k[0], k[0])} – {names.get(k[1], k[1])}")
points = pair_points(split_outliers(queries.pair_monthly_counts(data.tables, chosen, pair))[0], names)
if points.empty:
    layout.empty("This pair has no dated sentence under the filter.")
    st.stop()
st.plotly_chart(pair_scatter(points), config=chart_config(image, "pair-over-time"))
monthless_note(pair)
labels = {(m, r, a, b): f"{m} · {c} · {n} sentence(s) · {s}"
          for m, r, a, b, c, n, s in points.itertuples(index=False, name=None)}
point = st.selectbox("Sentences of the point", list(labels), format_func=labels.get)
sentences(point[0], pair, point[1], point[2:] if is_directed(point[1]) else None)
