"""The one module that talks to Streamlit's state: cached loading, the shared sidebar filter, uploaded articles.

Pages call `start_page()`; it returns the dataset (the store plus any uploaded
articles of this session) and the filter the user set in the sidebar, which is
kept in st.session_state so it survives switching pages. What the pages show
comes from views.queries; the heavier results are cached here, keyed by the
dataset's token (the store generation, plus uploads) and the filter.
"""
from __future__ import annotations

import datetime
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from extract.schema import RELATION_TYPES
from extract.store import current_generation
from views import queries
from views.aggregate import NO_OUTLET, filter_mention_counts, mention_matrix, pair_by_source, pair_claims
from views.dataset import DataError, Dataset, empty_dataset, open_dataset, staleness_notices, unreadable
from views.datadir import data_dir
from views.filters import RelationFilter
from views.freshness import ArticleHashes, Watch
from views.markup import md_text
from views.network import EXCERPTS_PER_EDGE, NetworkView, network_html, select_network
from views.tables import actor_names, actor_table

if TYPE_CHECKING:
    from extract.pipeline import CorpusExtraction
    from extract.schema import Article

# (script, title, what it is for). The sidebar lists these instead of Streamlit's own page list
# (.streamlit/config.toml hides it), which would call the overview "dashboard".
PAGES: list[tuple[str, str, str]] = [
    ("dashboard.py", "Overview", "What the corpus is, headline figures, the actors."),
    ("pages/1_Network.py", "Network", "The actor graph; pick any edge or actor to read its evidence."),
    ("pages/2_Sources.py", "Sources", "Relations per outlet, and where outlets disagree on a pair."),
    ("pages/3_Excerpts.py", "Excerpts", "Read an article with actors and evidence sentences marked."),
    ("pages/4_Actors.py", "Actors", "Aliases, types, country codes and mentions per source."),
    ("pages/5_Add_articles.py", "Add articles", "Upload articles and explore them with the corpus."),
    ("pages/6_Timeline.py", "Timeline", "Evidence per month, and one pair's relations over time."),
    ("pages/7_Search.py", "Search", "Find evidence sentences by words, with the matches marked."),
]
FILTER_KEY = "relation_filter"
UPLOADS_KEY = "uploaded_articles"
COMBINED_KEY = "combined_dataset"
# Widget keys: Streamlit forgets a widget's value when a page without it runs,
# so the widgets are re-seeded from FILTER_KEY on every page.
WIDGET_KEYS: dict[str, str] = {
    "sources": "_filter_sources",
    "relations": "_filter_relations",
    "actors": "_filter_actors",
    "min_confidence": "_filter_min_confidence",
    "date_from": "_filter_date_from",
    "date_to": "_filter_date_to",
    "include_undated": "_filter_include_undated",
}
DATE_FIELDS = ("date_from", "date_to")
# How long a staleness check stands before the article folder is listed again, and how long a page
# waits for a check before it shows the last result (seconds).
FRESHNESS_TTL = 10
FRESHNESS_WAIT = 1.0
NETWORK_HEIGHT = 600
# The date pickers' range: Streamlit's default is ten years around today, which would hide older corpora.
EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2100, 12, 31)
OVERVIEW_ACTOR_COLUMNS: list[str] = ["name", "type", "country", "mentions", "articles"]


@dataclass(frozen=True)
class SessionUploads:
    """Articles uploaded in this session, with their extracted tables, not yet saved."""

    articles: tuple["Article", ...]
    extraction: "CorpusExtraction"
    saved: bool = False
    upload_id: str = ""


@st.cache_resource(max_entries=4)
def _article_hashes(folder: str) -> ArticleHashes:
    return ArticleHashes()


# cache_resource: the dataset holds the process's DuckDB connection and is read-only.
@st.cache_resource(show_spinner="Opening the tables…", max_entries=4)
def _open(folder: str, generation: str) -> Dataset:
    return open_dataset(Path(folder))


@st.cache_resource(max_entries=4)
def _watch(folder: str, generation: str) -> Watch:
    snapshot = _open(folder, generation).tables.snapshot
    return Watch(partial(staleness_notices, Path(folder), snapshot, _article_hashes(folder)), ttl=FRESHNESS_TTL)


def _notices(folder: str, generation: str) -> tuple[str, ...]:
    found = _watch(folder, generation).notices(wait=FRESHNESS_WAIT)
    if found is None:
        return (f"Checking whether the tables in {folder} are up to date with its articles; "
                "the result shows on the next page you open.",)
    return found


@st.cache_resource(show_spinner="No table store yet: extracting the articles now (this is done once)…", max_entries=4)
def _first_run(folder: str) -> tuple[str, tuple[str, ...]]:
    from views.firstrun import extract_into_store

    run = extract_into_store(Path(folder))
    return (run.generation.name if run.generation else "", run.notices)


# Generations this process wrote on a first run, by data folder, with what to tell the user while they are current.
_first_runs: dict[str, tuple[str, tuple[str, ...]]] = {}


def bundled_dataset() -> Dataset:
    """The store of the data folder, re-opened when its CURRENT generation changes."""
    folder = data_dir()
    try:
        generation = current_generation(folder)
        if generation is None:
            _first_runs[str(folder)] = _first_run(str(folder))
            generation = current_generation(folder)
            if generation is None:
                return empty_dataset(_first_runs[str(folder)][1])
        written, first_notices = _first_runs.get(str(folder), ("", ()))
        data = _open(str(folder), generation.name)
        _mention_counts_job(data)
        notices = (*(first_notices if written == generation.name else ()), *_notices(str(folder), generation.name))
        return replace(data, notices=notices)
    except OSError as error:
        st.error(md_text(unreadable(error)))
        st.stop()
    except (DataError, ValueError) as error:
        st.error(md_text(error))
        st.stop()


def dataset() -> Dataset:
    """The store plus the articles uploaded in this session."""
    data = bundled_dataset()
    uploads = session_uploads()
    if uploads is None or uploads.saved:
        return data
    token = f"{data.token}+{uploads.upload_id}"
    combined: Dataset | None = st.session_state.get(COMBINED_KEY)
    if combined is None or combined.token != token:
        from views.upload import combine

        combined = replace(combine(data, uploads.articles, uploads.extraction), token=token)
        st.session_state[COMBINED_KEY] = combined
    return replace(combined, notices=data.notices)


def set_uploads(
    articles: tuple["Article", ...] | None, extraction: "CorpusExtraction | None" = None, *, saved: bool = False
) -> None:
    """Keep (or with None, drop) this session's uploaded articles."""
    if articles is None:
        st.session_state.pop(UPLOADS_KEY, None)
        return
    st.session_state[UPLOADS_KEY] = SessionUploads(articles, extraction, saved=saved, upload_id=uuid.uuid4().hex)


def session_uploads() -> SessionUploads | None:
    return st.session_state.get(UPLOADS_KEY)


def current_filter() -> RelationFilter:
    return st.session_state.get(FILTER_KEY, RelationFilter())


def _store(field: str) -> None:
    value = st.session_state[WIDGET_KEYS[field]]
    value = tuple(value) if isinstance(value, list) else value
    if field in DATE_FIELDS:
        value = value.isoformat() if value else ""
    st.session_state[FILTER_KEY] = replace(current_filter(), **{field: value})


def _reset() -> None:
    st.session_state[FILTER_KEY] = RelationFilter()


def _widget_value(field: str, value: object) -> object:
    """What a sidebar widget holds for one filter field: lists for tuples, dates for ISO text (None when open)."""
    if field in DATE_FIELDS:
        return datetime.date.fromisoformat(value) if value else None
    return list(value) if isinstance(value, tuple) else value


def _token(data: Dataset) -> str:
    return data.token


@st.cache_data(show_spinner=False, max_entries=8, hash_funcs={Dataset: _token})
def filter_options(data: Dataset) -> tuple[list[str], list[str]]:
    """Sources and actors to choose from, actors sorted by name."""
    names = actor_names(data.actors)
    sources, actors = queries.filter_options(data.tables)
    return sources, sorted(actors, key=lambda a: names.get(a, a).casefold())


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def relation_count(data: Dataset, chosen: RelationFilter | None) -> int:
    """Relation rows passing `chosen` (None: all)."""
    return queries.count_relations(data.tables, chosen)


@st.cache_data(show_spinner=False, max_entries=8, hash_funcs={Dataset: _token})
def undated_count(data: Dataset) -> tuple[int, int]:
    """Undated articles and their relation sentences."""
    return queries.undated_counts(data.tables)


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def filtered_edges(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """One row per actor pair and relation over the filtered relations (views.queries.edges)."""
    return queries.edges(data.tables, chosen)


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def filtered_claims(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """pair_claims over the filtered relations."""
    return pair_claims(queries.claim_counts(data.tables, chosen), actor_names(data.actors))


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def filtered_relation_counts(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """Relation rows per outlet and relation type."""
    return queries.relation_counts(data.tables, chosen)


# Counting seven million mentions takes a second or two: it starts in the background when a
# dataset is first used, and pages that need the counts wait for it (the first page does not).
_counting = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mention-counts")


@st.cache_resource(max_entries=8, hash_funcs={Dataset: _token})
def _mention_counts_job(data: Dataset) -> Future:
    return _counting.submit(queries.mention_counts, data.tables)


def _mention_counts(data: Dataset) -> pd.DataFrame:
    with st.spinner("Counting mentions…"):
        return _mention_counts_job(data).result()


def filtered_mention_matrix(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """Mentions per actor and outlet in the filtered articles."""
    return mention_matrix(filter_mention_counts(_mention_counts(data), chosen))


def filtered_actor_table(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """actor_table over the filtered mentions."""
    return actor_table(data.actors, filter_mention_counts(_mention_counts(data), chosen))


def most_mentioned(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """Actors by mentions in the filtered articles: name, type, country, mentions, articles.

    Unfiltered, these are the store's actor table's own counts, so the first
    page shown does not wait for the pass over every mention.
    """
    if chosen.sources or chosen.actors:
        return filtered_actor_table(data, chosen)[OVERVIEW_ACTOR_COLUMNS]
    actors = data.actors[data.actors["mentions"] > 0].rename(columns={"country_code": "country"})
    return actors.sort_values(["mentions", "actor_id"], ascending=[False, True], kind="stable")[OVERVIEW_ACTOR_COLUMNS]


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs={Dataset: _token})
def pair_sources(data: Dataset, chosen: RelationFilter, pair: tuple[str, str]) -> pd.DataFrame:
    """Outlets x claims for one actor pair (views.aggregate.pair_by_source)."""
    return pair_by_source(queries.claim_counts(data.tables, chosen, pair=pair), actor_names(data.actors))


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def network_page(data: Dataset, chosen: RelationFilter, max_nodes: int, max_edges: int) -> tuple[NetworkView, str]:
    """The drawn part of the filtered network and its HTML (views.network), for these limits."""
    view = select_network(filtered_edges(data, chosen), data.actors, max_nodes=max_nodes, max_edges=max_edges)
    excerpts = queries.edge_excerpt_rows(data.tables, chosen, view.edges, per_edge=EXCERPTS_PER_EDGE)
    return view, network_html(view, excerpts, height=NETWORK_HEIGHT)





@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def filtered_corpus(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """Articles, dates and relation rows per outlet."""
    return queries.corpus_by_source(data.tables, chosen)


def sidebar_filter(data: Dataset) -> RelationFilter:
    """Draw the filter in the sidebar and return it; the same filter applies on every page."""
    names = actor_names(data.actors)
    sources, actors = filter_options(data)
    stored = current_filter()
    # Choices that vanished (an article removed, another data folder) would make the widgets fail.
    known_sources, known_actors = set(sources), set(actors)
    stored = replace(
        stored,
        sources=tuple(s for s in stored.sources if s in known_sources),
        actors=tuple(a for a in stored.actors if a in known_actors),
        relations=tuple(r for r in stored.relations if r in RELATION_TYPES),
    )
    st.session_state[FILTER_KEY] = stored
    for field, key in WIDGET_KEYS.items():
        st.session_state[key] = _widget_value(field, getattr(stored, field))

    bar = st.sidebar
    bar.header("Filter")
    bar.multiselect("Sources", sources, key=WIDGET_KEYS["sources"], on_change=_store, args=("sources",),
                    format_func=lambda s: s or NO_OUTLET, placeholder="All sources",
                    help="Outlets to include; none selected means all.")
    bar.multiselect("Relations", list(RELATION_TYPES), key=WIDGET_KEYS["relations"], on_change=_store,
                    args=("relations",))
    bar.multiselect("Actors", actors, key=WIDGET_KEYS["actors"], on_change=_store, args=("actors",),
                    format_func=lambda a: names.get(a, a), placeholder="All actors",
                    help="Keep relations with one of these actors on either end.")
    bar.slider("Minimum confidence", 0.0, 1.0, step=0.05, key=WIDGET_KEYS["min_confidence"], on_change=_store,
               args=("min_confidence",))
    dates = bar.columns(2)
    dates[0].date_input("Published from", key=WIDGET_KEYS["date_from"], on_change=_store, args=("date_from",),
                        min_value=EARLIEST, max_value=LATEST, help="Empty: from the first article.")
    dates[1].date_input("to", key=WIDGET_KEYS["date_to"], on_change=_store, args=("date_to",),
                        min_value=EARLIEST, max_value=LATEST, help="Empty: to the last article.")
    undated_articles, undated_sentences = undated_count(data)
    bar.checkbox(f"Include undated articles ({undated_articles:,} articles, {undated_sentences:,} sentences)",
                 key=WIDGET_KEYS["include_undated"], on_change=_store, args=("include_undated",),
                 help="Articles without a date pass any date range unless this is off.")
    bar.caption(f"{relation_count(data, stored):,} of {relation_count(data, None):,} relation sentences pass the filter.")
    if not stored.is_default:
        bar.button("Reset filter", on_click=_reset)
    uploads = session_uploads()
    if uploads is not None and not uploads.saved:
        bar.info(f"Includes {len(uploads.articles)} uploaded article(s) not yet saved.")
    return stored


def start_page(title: str) -> tuple[Dataset, RelationFilter]:
    """Page setup shared by every page: wide layout, page links, data notices, the sidebar filter."""
    st.set_page_config(page_title=f"{title} · Libya war actors", layout="wide")
    for page, label, purpose in PAGES:
        st.sidebar.page_link(page, label=label, help=purpose)
    st.sidebar.divider()
    data = dataset()
    for notice in data.notices:
        st.warning(md_text(notice))
    return data, sidebar_filter(data)


def empty(message: str) -> None:
    """What a page shows instead of an empty chart or table."""
    st.info(md_text(message))


def frame_height(table: pd.DataFrame, *, rows: int = 15) -> int:
    """Height for st.dataframe: every row up to `rows`, then scroll."""
    return 38 + 35 * min(max(len(table), 1), rows)
