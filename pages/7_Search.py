"""Search: evidence sentences containing the words typed, under the sidebar filter, each linked to its article."""
import streamlit as st

from views import layout, queries
from views.filters import describe
from views.markup import md_text
from views.search import highlight_html, search_words
from views.tables import actor_names

# Hits listed on one page view; the caption says when there are more.
HITS = 50

data, chosen = layout.start_page("Search")
names = actor_names(data.actors)
st.title("Search the evidence")
query = st.text_input("Words", placeholder="e.g. drones Sirte", help="Sentences containing every word, in any case.")
words = search_words(query)
if not words:
    layout.empty("Type one or more words to find the evidence sentences that contain them all.")
    st.stop()

hits = queries.search_sentences(data.tables, chosen, words, limit=HITS)
if hits.empty:
    layout.empty(f"No evidence sentence contains {' and '.join(words)} under the filter ({describe(chosen, names)}).")
    st.stop()
trimmed = f"the first {HITS} shown; add words or narrow the filter to see others" if len(hits) > HITS else "all shown"
st.caption(md_text(f"Sentences containing {' and '.join(words)} ({trimmed}) · filter: {describe(chosen, names)}"))
for hit in hits.head(HITS).itertuples(index=False):
    with st.container(border=True):
        st.caption(md_text(f"{hit.source or 'unknown source'} · {hit.date or 'undated'} · {hit.relations}"))
        st.html(f"<p>{highlight_html(hit.evidence, words)}</p>")
        st.page_link("pages/3_Excerpts.py", label="Read it in the article",
                     query_params={"article": hit.article_id, "start": str(hit.start), "end": str(hit.end)})
