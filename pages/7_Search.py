"""Search: evidence sentences or article passages containing the words typed, under the sidebar filter,
each linked to its article. The words and the mode are in the URL (?q=...&in=passages), so Back from an
article returns to the same hits."""
import streamlit as st

from views import cached, layout, queries, url_state
from views.filters import describe
from views.markup import md_text
from views.search import highlight_html, search_words, too_many_words
from views.tables import actor_names

# Hits listed on one page view; the caption says when there are more.
HITS = 50
# Articles listed in passage mode, and passages quoted from each.
ARTICLES = 20
PASSAGES_PER_ARTICLE = 3
SENTENCES, PASSAGES = "Evidence sentences", "Article passages"

data, chosen = layout.start_page("Search")
names = actor_names(data.actors)
st.title("Search the evidence")
url_state.bind("in", "search_mode", SENTENCES, lambda text: PASSAGES if text == "passages" else None)
url_state.bind("q", "search_query", "")
mode = st.radio("Search in", [SENTENCES, PASSAGES], horizontal=True, key="search_mode", on_change=url_state.widget_changed,
                help="Evidence sentences: the sentences relations were found in. Article passages: any paragraph "
                     "of the articles, whether or not a relation was found in it.")
query = st.text_input("Words", placeholder="e.g. drones Sirte", help="Hits contain every word, in any case.",
                      key="search_query", on_change=url_state.widget_changed)
url_state.write({"q": query.strip(), "in": "passages" if mode == PASSAGES else None})
words = search_words(query)
if too_many_words(query):
    st.warning(too_many_words(query))
if not words:
    layout.empty("Type one or more words to find the sentences or articles that contain them all.")
    st.stop()
both = " and ".join(words)


def read_link(article_id: str, start: int, end: int) -> None:
    st.page_link("pages/3_Excerpts.py", label="Read it in the article",
                 query_params=url_state.link(article=article_id, start=str(start), end=str(end)))


if mode == PASSAGES:
    found = cached.passages(data, chosen, tuple(words), ARTICLES)
    if found.empty:
        layout.empty(f"No article contains {both} in the filter's sources and dates ({describe(chosen, names)}).")
        st.stop()
    matched, listed = int(found["matched"].iloc[0]), found["article_id"].nunique()
    shown = "all shown" if matched == listed else f"the {listed} with most hits shown; add words or narrow the filter"
    st.caption(md_text(f"{matched:,} article(s) contain {both} ({shown}); up to {PASSAGES_PER_ARTICLE} passages "
                       f"each · the filter's sources and dates apply to articles ({describe(chosen, names)})"))
    for _, passages in found.groupby("article_id", sort=False):
        first = passages.iloc[0]
        with st.container(border=True):
            st.caption(md_text(f"{first['outlet'] or 'unknown source'} · {first['date'] or 'undated'} · "
                               f"{first['title'] or first['article_id']} · {first['hits']} hit(s) in "
                               f"{len(passages)} passage(s)"))
            for hit in passages.head(PASSAGES_PER_ARTICLE).itertuples(index=False):
                st.html(f"<p>{highlight_html(hit.passage, words)}</p>")
                read_link(hit.article_id, hit.start, hit.end)
    st.stop()

hits = queries.search_sentences(data.tables, chosen, words, limit=HITS)
if hits.empty:
    layout.empty(f"No evidence sentence contains {both} under the filter ({describe(chosen, names)}). "
                 f"Try {PASSAGES.lower()}: any paragraph of the articles.")
    st.stop()
trimmed = f"the first {HITS} shown; add words or narrow the filter to see others" if len(hits) > HITS else "all shown"
st.caption(md_text(f"Sentences containing {both} ({trimmed}) · filter: {describe(chosen, names)}"))
for hit in hits.head(HITS).itertuples(index=False):
    with st.container(border=True):
        st.caption(md_text(f"{hit.source or 'unknown source'} · {hit.date or 'undated'} · {hit.relations}"))
        st.html(f"<p>{highlight_html(hit.evidence, words)}</p>")
        read_link(hit.article_id, hit.start, hit.end)
