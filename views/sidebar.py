"""The shared sidebar filter: its widgets, re-seeded from the session's filter on every page."""
from __future__ import annotations

import datetime
from dataclasses import replace

import streamlit as st

from extract.schema import RELATION_TYPES
from views.aggregate import NO_OUTLET
from views.cached import filter_options, rejected_count, relation_count, undated_count
from views.dataset import Dataset
from views.filters import DATE_BASES, RelationFilter
from views.markup import md_text
from views.permalink import filter_from_params, filter_params, has_filter
from views.session import FILTER_KEY, current_filter, session_uploads
from views.tables import actor_label, actor_names
from views.leave_guard import leave_guard
from views.url_state import from_outside, url_params, widget_changed, write_filter

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
    "show_rejected": "_filter_show_rejected",
    "date_basis": "_filter_date_basis",
}
DATE_FIELDS = ("date_from", "date_to")
# The date pickers' range: Streamlit's default is ten years around today, which would hide older corpora.
EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2100, 12, 31)


def _store(field: str) -> None:
    widget_changed()
    value = st.session_state[WIDGET_KEYS[field]]
    value = tuple(value) if isinstance(value, list) else value
    if field in DATE_FIELDS:
        value = value.isoformat() if value else ""
    st.session_state[FILTER_KEY] = replace(current_filter(), **{field: value})


def _reset() -> None:
    widget_changed()
    st.session_state[FILTER_KEY] = RelationFilter()


def _widget_value(field: str, value: object) -> object:
    """What a sidebar widget holds for one filter field: lists for tuples, dates for ISO text (None when open)."""
    if field in DATE_FIELDS:
        return datetime.date.fromisoformat(value) if value else None
    return list(value) if isinstance(value, tuple) else value


def sidebar_filter(data: Dataset) -> RelationFilter:
    """Draw the filter in the sidebar and return it; the same filter applies on every page."""
    names = actor_names(data.actors)
    sources, actors = filter_options(data)
    stored = current_filter()
    linked = None
    if from_outside() and has_filter(url_params()):
        linked = filter_from_params(url_params(), sources=sources, actors=actors)
        stored = linked.chosen
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
    if linked is not None and linked.dropped:
        bar.warning(md_text("The link's filter had values this data does not offer, left out: "
                            + ", ".join(linked.dropped)))
    bar.multiselect("Sources", sources, key=WIDGET_KEYS["sources"], on_change=_store, args=("sources",),
                    format_func=lambda s: s or NO_OUTLET, placeholder="All sources",
                    help="Outlets to include; none selected means all.")
    bar.multiselect("Relations", list(RELATION_TYPES), key=WIDGET_KEYS["relations"], on_change=_store,
                    args=("relations",))
    bar.multiselect("Actors", actors, key=WIDGET_KEYS["actors"], on_change=_store, args=("actors",),
                    format_func=lambda a: actor_label(a, names), placeholder="All actors",
                    help="Keep relations with one of these actors on either end.")
    bar.slider("Minimum confidence", 0.0, 1.0, step=0.05, key=WIDGET_KEYS["min_confidence"], on_change=_store,
               args=("min_confidence",))
    bar.radio("Dates mean", list(DATE_BASES), key=WIDGET_KEYS["date_basis"], on_change=_store, args=("date_basis",),
              horizontal=True,
              help="Published: the article's date. Event: the date the sentence gives its event (\"in June\", "
                   "\"last week\", \"on Tuesday\"), else the article's date. The date range and the Timeline follow it.")
    words = "Published" if stored.date_basis == "published" else "Events"
    # One per line: side by side in the sidebar they were too narrow to show the year.
    bar.date_input(f"{words} from", key=WIDGET_KEYS["date_from"], on_change=_store, args=("date_from",),
                   min_value=EARLIEST, max_value=LATEST, help="Empty: from the first article.", format="YYYY-MM-DD")
    bar.date_input(f"{words} to", key=WIDGET_KEYS["date_to"], on_change=_store, args=("date_to",),
                   min_value=EARLIEST, max_value=LATEST, help="Empty: to the last article.", format="YYYY-MM-DD")
    undated_articles, undated_sentences = undated_count(data)
    bar.checkbox(f"Include undated articles ({undated_articles:,} articles, {undated_sentences:,} sentences)",
                 key=WIDGET_KEYS["include_undated"], on_change=_store, args=("include_undated",),
                 help="Articles without a date pass any date range unless this is off.")
    rejected = rejected_count(data)
    if rejected or stored.show_rejected:
        bar.checkbox(f"Show rows rejected in review ({rejected:,})", key=WIDGET_KEYS["show_rejected"], on_change=_store,
                     args=("show_rejected",), help="Rejected rows are hidden everywhere unless this is on.")
    bar.caption(f"{relation_count(data, stored):,} of {relation_count(data, None):,} relation sentences pass the filter.")
    if not stored.is_default:
        bar.button("Reset filter", on_click=_reset)
    write_filter(filter_params(stored))
    uploads = session_uploads()
    unsaved = uploads is not None and not uploads.saved
    if unsaved:
        bar.info(f"Includes {len(uploads.articles)} uploaded article(s) not yet saved: kept as a draft until you "
                 "save or discard them on the Add articles page.")
    with bar:
        leave_guard(unsaved)
    return stored
