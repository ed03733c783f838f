"""The dashboard: `streamlit run dashboard.py` (or `make dashboard`) opens on this overview.

The overview says what the corpus is, gives headline figures and the actor
table, and points to the other pages in pages/.
"""
from functools import partial

import streamlit as st

from extract.schema import RELATION_TYPES
from views import cached, layout, page_list, queries, url_state
from views.aggregate import NO_OUTLET
from views.downloads import actors_csv, relations_csv
from views.filters import describe
from views.markup import md_text
from views.tables import actor_names, html_table

data, chosen = layout.start_page("Overview")
names = actor_names(data.actors)
corpus = cached.filtered_corpus(data, chosen)
edges = cached.filtered_edges(data, chosen)
sentences = cached.relation_count(data, chosen)

st.title("Who backs whom in the Libyan war")
dates = corpus[["first", "last"]].stack().dropna()
dates = dates[dates != ""]
span = f"{dates.min()} to {dates.max()}" if len(dates) else "no dates"
years = sorted({str(d)[:4] for d in (dates.min(), dates.max())}) if len(dates) else []
st.markdown(
    f"News articles about the Libyan war{' (' + '–'.join(years) + ')' if years else ''}, read sentence by sentence: "
    "which states, armed groups and organisations **support**, **oppose** or **mediate** with each other, "
    "according to which outlet, with the sentence that says so."
)
figures = st.columns(4 + len(RELATION_TYPES))
figures[0].metric("Articles", f"{int(corpus['articles'].sum()):,}", help=md_text(f"Published {span}."))
figures[1].metric("Sources", f"{int((corpus['source'] != NO_OUTLET).sum()):,}")
figures[2].metric("Actors", f"{len(set(edges['actor1']) | set(edges['actor2'])):,}", help="Actors on at least one edge.")
figures[3].metric("Sentences", f"{sentences:,}", help="Evidence sentences behind the edges.")
for column, relation in zip(figures[4:], RELATION_TYPES):
    of_kind = edges[edges["relation"] == relation]
    column.metric(f"{relation.capitalize()} edges", f"{len(of_kind):,}",
                  help=f"Actor pairs with at least one {relation} sentence ({int(of_kind['evidence'].sum()):,} sentences).")
st.caption(md_text(f"Articles published {span} · filter: {describe(chosen, names)}"))
if not sentences:
    layout.empty("No relation sentence passes the filter. Widen it in the sidebar (sources, relations, actors, confidence).")

st.subheader("Where to look")
# Four cards a row: one row of nine clipped their titles ("Add articl").
CARDS_PER_ROW = 4
pages = page_list.PAGES[1:]
for first in range(0, len(pages), CARDS_PER_ROW):
    for column, (page, title, purpose) in zip(st.columns(CARDS_PER_ROW), pages[first:first + CARDS_PER_ROW]):
        with column.container(border=True):
            st.page_link(page, label=f"**{title}** →", query_params=url_state.link())
            st.caption(purpose)
st.caption("The filter in the sidebar applies on every page and stays set when you switch pages.")

# Wider than the actors: half the page cut the corpus table's last column off. Static tables, not st.dataframe:
# the grid's JavaScript and canvases were a large part of the browser's first render (docs/performance.md); the
# Actors page has the sortable actor table.
left, right = st.columns([3, 2])
with left:
    st.subheader("Corpus")
    if corpus.empty:
        layout.empty("No article comes from the selected sources.")
    else:
        st.html(html_table(corpus, height=layout.frame_height(corpus, rows=10)))
with right:
    st.subheader("Most mentioned actors")
    actors = cached.most_mentioned(data, chosen)
    if actors.empty:
        layout.empty("No actor is mentioned in the articles that pass the filter.")
    else:
        shown = actors.head(cached.OVERVIEW_ACTORS)
        st.html(html_table(shown, height=layout.frame_height(shown, rows=10)))
        if len(actors) > len(shown):
            st.page_link("pages/4_Actors.py", label=f"All {len(actors):,} actors, sortable, on the Actors page →",
                         query_params=url_state.link())

# Files are built only when a button is clicked: at 100k relations that takes seconds.
st.subheader("Downloads")
files = st.columns([1, 1, 3])
files[0].download_button("Filtered relations (CSV)", lambda: relations_csv(queries.relation_rows(data.tables, chosen)),
                         file_name="relations.csv",
                         mime="text/csv", help="Every relation sentence that passes the filter.", on_click="ignore")
files[1].download_button("Actor table (CSV)", partial(actors_csv, data.actors), file_name="actors.csv", mime="text/csv", on_click="ignore")
files[2].download_button("Brief (Markdown)", lambda: cached.brief(data, chosen).encode(), file_name="libya-actors-brief.md",
                         mime="text/markdown", help="Figures and the strongest edges, each with one quoted sentence.", on_click="ignore")
