"""Cached results of views.queries for the pages, keyed by the dataset's token and the filter.

The dataset's token names the store generation (plus any uploads), so a new
extraction or upload is a new cache entry, never a stale one.
"""
from __future__ import annotations

import datetime
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from views import queries
from views.aggregate import (compare_outlets, filter_mention_counts, mention_matrix, pair_by_source, pair_claims,
                             relation_count_grid)
from views.brief import BRIEF_EDGES, QUOTE_CANDIDATES, markdown_brief, strongest_edges
from views.dataset import Dataset
from views.figures import network_page_html, network_png
from views.filters import RelationFilter, describe
from views.focus import neighbourhood, outlet_breakdown
from views.network import EXCERPTS_PER_EDGE, NETWORK_HEIGHT, NetworkView, network_html, select_network
from views.tables import actor_names, actor_table

if TYPE_CHECKING:
    import plotly.graph_objects as go

OVERVIEW_ACTOR_COLUMNS: list[str] = ["name", "type", "country", "mentions", "articles"]
# The Overview lists this many of the most mentioned actors and links to the Actors page for the rest: a static
# table of every actor (224 in the benchmark's store) was most of the page's DOM, sanitized again on every rerun.
OVERVIEW_ACTORS = 25


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
def rejected_count(data: Dataset) -> int:
    """Relation rows an analyst rejected (hidden unless the filter shows them)."""
    return queries.rejected_count(data.tables)


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
def outlet_comparison(data: Dataset, chosen: RelationFilter, first: str, second: str) -> pd.DataFrame:
    """compare_outlets over the filtered relations: two outlets' claims side by side."""
    return compare_outlets(queries.claim_counts(data.tables, chosen), first, second, actor_names(data.actors))


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def filtered_relation_counts(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """Relation rows per outlet and relation type."""
    return queries.relation_counts(data.tables, chosen)


# Counting seven million mentions takes a second or two: it starts in the background when a
# dataset is first used, and pages that need the counts wait for it (the first page does not).
# A date range counts again, once per range. Mentions do not depend on reviews: keyed by the store
# and uploads alone.
_counting = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mention-counts")


def _mentions_token(data: Dataset) -> str:
    return data.mentions_token


@st.cache_resource(max_entries=8, hash_funcs={Dataset: _mentions_token})
def start_mention_counts(data: Dataset) -> Future:
    """Start counting mentions in the background (once per dataset); the future gives the counts."""
    return _counting.submit(queries.mention_counts, data.tables)


@st.cache_data(show_spinner=False, max_entries=16, hash_funcs={Dataset: _mentions_token})
def _dated_mention_counts(data: Dataset, dates: RelationFilter) -> pd.DataFrame:
    return queries.mention_counts(data.tables, dates)


def _mention_counts(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    if chosen.dates != RelationFilter():
        return _dated_mention_counts(data, chosen.dates)
    return start_mention_counts(data).result()


def mention_filter(chosen: RelationFilter) -> RelationFilter:
    """The part of `chosen` mention counts depend on (sources, actors, dates): the key of what is cached from them,
    so that another relation type or confidence threshold reuses it."""
    return replace(chosen.dates, sources=chosen.sources, actors=chosen.actors)


# Cached, not only the counts it starts from: reshaping them is a tenth of a second of server CPU that every
# view of the Actors page would otherwise spend again (the Sources page's matrix is cached as its figure).
@st.cache_data(show_spinner="Counting mentions…", max_entries=32, hash_funcs={Dataset: _mentions_token})
def _actor_table(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    return actor_table(data.actors, filter_mention_counts(_mention_counts(data, chosen), chosen))


def filtered_actor_table(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """actor_table over the filtered mentions."""
    return _actor_table(data, mention_filter(chosen))


def most_mentioned(data: Dataset, chosen: RelationFilter) -> pd.DataFrame:
    """Actors by mentions in the filtered articles: name, type, country, mentions, articles.

    Unfiltered, these are the store's actor table's own counts, so the first
    page shown does not wait for the pass over every mention.
    """
    if chosen.sources or chosen.actors or chosen.dates != RelationFilter():
        return filtered_actor_table(data, chosen)[OVERVIEW_ACTOR_COLUMNS]
    actors = data.actors[data.actors["mentions"] > 0].rename(columns={"country_code": "country"})
    return actors.sort_values(["mentions", "actor_id"], ascending=[False, True], kind="stable")[OVERVIEW_ACTOR_COLUMNS]


# The Sources page's figures are built once per filter and shared by every session (cache_resource): building
# them with plotly was most of that page's server time on each view. st.plotly_chart copies a figure (to_dict)
# and never changes it. cache_data would pickle it, and unpickling a plotly figure validates it all over again.
# plotly itself is imported here, not with this module: the first page draws no chart.
@st.cache_resource(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def relation_bars_figure(data: Dataset, chosen: RelationFilter) -> go.Figure | None:
    """Relation rows per source and relation type as stacked bars (views.charts.relation_bars); None when none."""
    from views.charts import relation_bars

    counts = filtered_relation_counts(data, chosen)
    return None if counts.empty else relation_bars(relation_count_grid(counts))


@st.cache_resource(show_spinner="Counting mentions…", max_entries=32, hash_funcs={Dataset: _mentions_token})
def _actor_heatmap_figure(data: Dataset, chosen: RelationFilter, top: int) -> go.Figure | None:
    from views.charts import actor_heatmap

    matrix = mention_matrix(filter_mention_counts(_mention_counts(data, chosen), chosen))
    return None if matrix.empty else actor_heatmap(matrix, actor_names(data.actors), top)


def actor_heatmap_figure(data: Dataset, chosen: RelationFilter, top: int) -> go.Figure | None:
    """Mentions of the `top` most mentioned actors per source (views.charts.actor_heatmap); None when none."""
    return _actor_heatmap_figure(data, mention_filter(chosen), top)


@st.cache_resource(show_spinner=False, max_entries=64, hash_funcs={Dataset: _token})
def pair_heatmap_figure(data: Dataset, chosen: RelationFilter, pair: tuple[str, str]) -> go.Figure:
    """One pair's evidence per outlet and claim (views.charts.pair_heatmap)."""
    from views.charts import pair_heatmap

    return pair_heatmap(pair_sources(data, chosen, pair))


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


BRIEF_TITLE = "Brief — who backs whom in the Libyan war"
NETWORK_TITLE = "Actor network in news about the Libyan war"


def brief(data: Dataset, chosen: RelationFilter) -> str:
    """The Markdown brief of the filtered view (views.brief), dated today; built from the cached edges and corpus."""
    names = actor_names(data.actors)
    edges = filtered_edges(data, chosen)
    excerpts = queries.edge_excerpt_rows(data.tables, chosen, strongest_edges(edges, BRIEF_EDGES), per_edge=QUOTE_CANDIDATES)
    return markdown_brief(title=BRIEF_TITLE, filter_text=describe(chosen, names), generated=datetime.date.today(),
                          corpus=filtered_corpus(data, chosen), edges=edges, excerpts=excerpts,
                          titles=queries.article_titles(data.tables, excerpts["article_id"]), names=names)


def standalone_network(data: Dataset, chosen: RelationFilter, view: NetworkView) -> str:
    """The drawn network as one offline HTML file (views.figures.network_page_html) naming the filter."""
    excerpts = queries.edge_excerpt_rows(data.tables, chosen, view.edges, per_edge=EXCERPTS_PER_EDGE)
    return network_page_html(view, excerpts, title=NETWORK_TITLE,
                             filter_text=describe(chosen, actor_names(data.actors)))


def network_picture(data: Dataset, chosen: RelationFilter, view: NetworkView) -> bytes:
    """The drawn network as a PNG (views.figures.network_png) titled with the filter."""
    return network_png(view, title=f"{NETWORK_TITLE} · {describe(chosen, actor_names(data.actors))}")


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def focus_network(data: Dataset, chosen: RelationFilter, actor: str, hops: int, max_nodes: int,
                  max_edges: int) -> tuple[NetworkView, str]:
    """The filtered network within `hops` of `actor` (views.focus.neighbourhood), drawn as network_page draws."""
    near = neighbourhood(filtered_edges(data, chosen), actor, hops)
    view = select_network(near, data.actors, max_nodes=max_nodes, max_edges=max_edges)
    excerpts = queries.edge_excerpt_rows(data.tables, chosen, view.edges, per_edge=EXCERPTS_PER_EDGE)
    return view, network_html(view, excerpts, height=NETWORK_HEIGHT)


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def actor_outlets(data: Dataset, chosen: RelationFilter, actor: str) -> pd.DataFrame:
    """How each outlet describes `actor`'s relations (views.focus.outlet_breakdown)."""
    return outlet_breakdown(queries.actor_outlet_counts(data.tables, chosen, actor), actor_names(data.actors))


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs={Dataset: _token})
def edge_evidence(data: Dataset, chosen: RelationFilter, edge: tuple[str, str, str], limit: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows behind one edge (views.queries.edge_evidence) and their articles' titles: a pass over every
    relation row, which the Network page would otherwise repeat on each view."""
    rows = queries.edge_evidence(data.tables, chosen, edge, limit=limit)
    return rows, queries.article_titles(data.tables, rows["article_id"])


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs={Dataset: _token})
def actor_evidence(data: Dataset, chosen: RelationFilter, actor: str, limit: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows with one actor on either end (views.queries.actor_evidence) and their articles' titles."""
    rows = queries.actor_evidence(data.tables, chosen, actor, limit=limit)
    return rows, queries.article_titles(data.tables, rows["article_id"])


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs={Dataset: _token})
def article_choices(data: Dataset, chosen: RelationFilter, search: str, limit: int, include: str) -> pd.DataFrame:
    """The Excerpts page's list of articles (views.queries.article_choices): it counts every relation row per
    article, a few tenths of a second of server CPU at 100,000 articles, which a rerun need not repeat."""
    return queries.article_choices(data.tables, chosen, search=search, limit=limit, include=include)


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs={Dataset: _token})
def passages(data: Dataset, chosen: RelationFilter, words: tuple[str, ...], limit: int) -> pd.DataFrame:
    """Passages of the articles holding every word (views.queries.search_passages): a scan of every article's
    text, a second or two at 100,000 articles, so a rerun of the page does not repeat it."""
    return queries.search_passages(data.tables, chosen, words, limit=limit)
