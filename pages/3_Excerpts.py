"""Excerpts: read an article with actor mentions highlighted and evidence sentences marked by relation.

Other pages link here with ?article=ID&start=N&end=M to point at one sentence.
"""
import streamlit as st

from views import cached, layout, queries, url_state
from views.datadir import data_dir
from views.excerpts import (LEGEND, STYLE, article_header_html, article_html, evidence_card_html, passage_quote_html,
                            repeated_headline_end)
from views.filters import describe
from views.review_widgets import add_relation_form, review_controls
from views.reviewing import reviews_path, row_words
from views.tables import actor_names, display_table, evidence_table

# The list offers the articles with most evidence first; the search box finds any other.
CHOICES = 300

data, chosen = layout.start_page("Excerpts")
layout.read_only_notice([reviews_path(data_dir())], "reviews (confirm, reject, add)")
names = actor_names(data.actors)
st.title("Excerpts")
st.html(STYLE)

wanted = st.query_params.get("article", "")
search = st.text_input("Find an article", placeholder="id, title or outlet",
                       help=f"The list holds the {CHOICES} matching articles with most evidence sentences.")
articles = cached.article_choices(data, chosen, search.strip(), CHOICES, wanted)
if articles.empty:
    layout.empty(f"No article comes from the selected sources ({describe(chosen, names)}).")
    st.stop()

labels = {
    a: f"{o or 'unknown source'} · {d or 'undated'} · {t or a} ({n})"
    for a, o, d, t, n in zip(articles["article_id"], articles["outlet"], articles["date"], articles["title"],
                             articles["sentences"])
}
options = list(labels)
article_id = st.selectbox("Article (evidence sentences passing the filter)", options,
                          index=options.index(wanted) if wanted in options else 0, format_func=labels.__getitem__)
target = None
if article_id == wanted:
    try:
        target = (int(st.query_params.get("start", "")), int(st.query_params.get("end", "")))
    except ValueError:
        target = None
url_state.write({"article": article_id, **({} if article_id == wanted else {"start": None, "end": None})})

row = queries.article(data.tables, article_id).iloc[0]
st.html(article_header_html(row["title"], row["outlet"], row["date"], row["author"], row["url"]))
own = queries.article_relations(data.tables, chosen, article_id)
st.html(LEGEND)
pointed = own[(own["start"] == target[0]) & (own["end"] == target[1])] if target else own.iloc[0:0]
for hit in pointed.itertuples(index=False):
    st.html(evidence_card_html(hit, names, ""))
if target and not pointed.empty:
    st.caption("The sentence you came from is outlined in the article below.")
elif target and passage_quote_html(row["text"], target):
    st.html(passage_quote_html(row["text"], target))
if own.empty:
    layout.empty(f"No evidence sentence in this article passes the filter ({describe(chosen, names)}); mentions are still marked.")
# The headline is in the header; its repeats at the top of the text are left out (unless evidence is in them).
body = repeated_headline_end(row["text"], row["title"])
body = body if own.empty or int(own["start"].min()) >= body else 0
with st.container(border=True):
    st.html(article_html(row["text"], queries.article_mentions(data.tables, article_id), own, names, target=target,
                         begin=body))

st.subheader("Evidence sentences in this article")
if own.empty:
    layout.empty("None under this filter.")
else:
    ordered = own.sort_values(["start", "relation"], kind="stable")
    st.dataframe(display_table(evidence_table(ordered, names, articles)), hide_index=True,
                 height=layout.frame_height(ordered, rows=12))

st.subheader("Review")
st.caption("Confirm or reject what the extractor found here, or add a relation it missed. Reviews are kept in "
           "reviews.csv in the data folder, survive re-extraction, and apply on every page and download.")
if not own.empty:
    rows = list(ordered.itertuples(index=False))
    first = next((i for i, r in enumerate(rows) if target and (r.start, r.end) == target), 0)
    picked = st.selectbox("Evidence sentence", range(len(rows)), index=first, format_func=lambda i: row_words(rows[i], names))
    review_controls(rows[picked], place="excerpts")
# A toggle, not an expander: the form splits the article into sentences, which only runs when asked for.
if st.toggle("Add a relation the extractor missed", key="add_relation_open"):
    in_article = queries.article_mentions(data.tables, article_id)["actor_id"].drop_duplicates().tolist()
    others = sorted(set(data.actors["actor_id"]) - set(in_article), key=lambda a: names.get(a, a).casefold())
    add_relation_form(article_id, row["text"], [*in_article, *others], names, near=target)
