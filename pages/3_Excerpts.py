"""Excerpts: read an article with actor mentions highlighted and evidence sentences marked by relation.

Other pages link here with ?article=ID&start=N&end=M to point at one sentence.
"""
import streamlit as st

from views import state
from views.excerpts import LEGEND, STYLE, article_header_html, article_html, evidence_card_html
from views.filters import describe, filter_articles, filter_relations
from views.tables import actor_names, display_table, evidence_table

data, chosen = state.start_page("Excerpts")
names = actor_names(data.actors)
st.title("Excerpts")
st.html(STYLE)

articles = filter_articles(data.articles, chosen)
wanted = st.query_params.get("article", "")
if wanted in set(data.articles["article_id"]) and wanted not in set(articles["article_id"]):
    articles = data.articles[data.articles["article_id"].isin([*articles["article_id"], wanted])]
if articles.empty:
    state.empty(f"No article comes from the selected sources ({describe(chosen, names)}).")
    st.stop()

relations = filter_relations(data.relations, chosen)
sentences = relations["article_id"].value_counts().to_dict()
labels = {
    a: f"{o or 'unknown source'} · {d or 'undated'} · {t or a} ({sentences.get(a, 0)})"
    for a, o, d, t in zip(articles["article_id"], articles["outlet"], articles["date"], articles["title"])
}
options = sorted(labels, key=lambda a: (-sentences.get(a, 0), a))

article_id = st.selectbox("Article (evidence sentences passing the filter)", options,
                          index=options.index(wanted) if wanted in options else 0, format_func=labels.__getitem__)
target = None
if article_id == wanted:
    try:
        target = (int(st.query_params.get("start", "")), int(st.query_params.get("end", "")))
    except ValueError:
        target = None
else:
    st.query_params.from_dict({"article": article_id})

row = articles.set_index("article_id").loc[article_id]
st.html(article_header_html(row["title"], row["outlet"], row["date"], row["author"], row["url"]))
own = relations[relations["article_id"] == article_id]
st.html(LEGEND)
pointed = own[(own["start"] == target[0]) & (own["end"] == target[1])] if target else own.iloc[0:0]
for hit in pointed.itertuples(index=False):
    st.html(evidence_card_html(hit, names, ""))
if target and not pointed.empty:
    st.caption("The sentence you came from is outlined in the article below.")
if own.empty:
    state.empty(f"No evidence sentence in this article passes the filter ({describe(chosen, names)}); mentions are still marked.")
text = data.texts.get(article_id, "")
with st.container(border=True):
    st.html(article_html(text, data.mentions[data.mentions["article_id"] == article_id], own, names, target=target))

st.subheader("Evidence sentences in this article")
if own.empty:
    state.empty("None under this filter.")
else:
    ordered = own.sort_values(["start", "relation"], kind="stable")
    st.dataframe(display_table(evidence_table(ordered, names, data.articles)), hide_index=True,
                 height=state.frame_height(ordered, rows=12))
