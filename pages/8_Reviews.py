"""Reviews: every verdict an analyst gave, how the extractor scores against them, and those that no longer fit."""
from functools import partial

import streamlit as st

from views import layout
from views.datadir import data_dir
from views.downloads import reviews_csv
from views.markup import md_text
from views.reviewing import review_problems, review_score, reviews_path
from views.tables import actor_names, display_table

data, chosen = layout.start_page("Reviews")
names = actor_names(data.actors)
st.title("Reviews")
path = reviews_path(data_dir())
st.markdown(md_text(
    f"Rows confirmed, rejected or added by hand on the Network and Excerpts pages, kept in {path}. "
    "They apply on every page and in every download (a `review` column); rejected rows are hidden unless the "
    "sidebar shows them."
))
problems = review_problems(data.tables)
if problems.empty:
    layout.empty("No review yet. Open an edge's evidence on the Network page, or an article on the Excerpts page, "
                 "and confirm, reject or add a relation.")
    st.stop()

counts = problems["verdict"].value_counts()
orphans = problems[problems["problem"] != ""]
figures = st.columns(4)
for column, (label, value) in zip(figures, [("Confirmed", counts.get("confirmed", 0)), ("Rejected", counts.get("rejected", 0)),
                                           ("Added", counts.get("added", 0)), ("No longer fit", len(orphans))]):
    column.metric(label, f"{int(value):,}")
score = review_score(data.tables)
# A score over no edge is not 0.00: it is unknown.
precision = (f"precision {score.precision:.2f} over {score.predicted} reviewed edges it extracts" if score.predicted
             else "precision n/a (no reviewed edge is one it extracts)")
recall = (f"recall {score.recall:.2f} of {score.expected} confirmed or added edges" if score.expected
          else "recall n/a (no edge confirmed or added yet)")
st.caption(md_text(f"The extractor against the reviews: {precision}, {recall}. The same from a terminal: "
                   f"`python -m extract.evaluate --reviews {path}`."))

listed = problems.assign(
    **{"actor 1": [names.get(a, a) for a in problems["key1"]], "actor 2": [names.get(a, a) for a in problems["key2"]]}
)[["verdict", "relation", "actor 1", "actor 2", "sentence", "reason", "article_id", "reviewed_at", "problem"]]
if not orphans.empty:
    st.subheader("Reviews that no longer fit")
    st.caption("Kept in the file, not applied: the article changed or is gone, or the extractor no longer finds the "
               "edge. Re-extracting may bring the edge back; otherwise remove the line from the file.")
    st.dataframe(display_table(listed[problems["problem"] != ""]), hide_index=True, height=layout.frame_height(orphans))
st.subheader("All reviews")
st.dataframe(display_table(listed), hide_index=True, height=layout.frame_height(listed, rows=20))
st.download_button("Reviews (CSV)", partial(reviews_csv, path), file_name="reviews.csv", mime="text/csv", on_click="ignore")
