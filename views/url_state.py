"""Keeping the URL and the session in step, so that a link reproduces a view and the browser's Back restores one.

The rule: at the start of each run, if the URL is not the one this session last
wrote, it came from outside (a shared link, a reload, Back or Forward, a link
between pages) and the URL wins: the filter and the page's selections are read
from it. Otherwise the session wins (a widget was used) and the URL is rewritten
from it. A URL without filter parameters (a page picked in the sidebar) keeps
the session's filter; a page's own parameters absent from an outside URL mean
that page's defaults.
"""
from __future__ import annotations

from typing import Callable, Mapping, Sequence, TypeVar

import streamlit as st

from views.permalink import FILTER_PARAMS

LAST_WRITTEN_KEY = "_url_last_written"
FROM_OUTSIDE_KEY = "_url_from_outside"
PAGE_KEY = "_url_page"
WIDGET_CHANGED_KEY = "_url_widget_changed"
T = TypeVar("T")


def url_params() -> dict[str, tuple[str, ...]]:
    """Every query parameter of the URL with all its values."""
    return {name: tuple(st.query_params.get_all(name)) for name in st.query_params.keys()}


def start_run(page: str) -> bool:
    """Note whether this run's URL came from outside (see the module doc); call once, before anything writes.

    The URL is compared with the page: another page's URL with the same parameters (Back after a link that kept
    them) is from outside too, since that page's widgets are gone.
    """
    # A widget's rerun can carry the URL from before the previous run's write reached the browser: the widget's
    # change is the user's latest word, so the session wins, whatever that URL says.
    changed = st.session_state.pop(WIDGET_CHANGED_KEY, False)
    outside = not changed and (page, url_params()) != st.session_state.get(LAST_WRITTEN_KEY)
    st.session_state[PAGE_KEY] = page
    st.session_state[FROM_OUTSIDE_KEY] = outside
    return outside


def widget_changed() -> None:
    """on_change callback of every widget whose value is in the URL (see start_run)."""
    st.session_state[WIDGET_CHANGED_KEY] = True


def from_outside() -> bool:
    return bool(st.session_state.get(FROM_OUTSIDE_KEY, True))


def write(params: Mapping[str, str | Sequence[str] | None]) -> None:
    """Set these parameters in the URL (None or empty removes one) and remember the URL as this session's own.

    The URL is replaced in one step: each change of st.query_params is a new entry in the browser's history.
    """
    wanted = url_params()
    for name, value in params.items():
        values = tuple(v for v in ([value] if isinstance(value, str) else list(value or [])) if v != "")
        if values:
            wanted[name] = values
        else:
            wanted.pop(name, None)
    if wanted != url_params():
        st.query_params.from_dict({name: list(values) for name, values in wanted.items()})
    st.session_state[LAST_WRITTEN_KEY] = (st.session_state.get(PAGE_KEY), url_params())


def write_filter(params: Mapping[str, Sequence[str]]) -> None:
    """Put the filter's parameters (views.permalink.filter_params) in the URL, removing those now at their default."""
    write({name: params.get(name) for name in FILTER_PARAMS.values()})


def bind(param: str, key: str, default: T, parse: Callable[[str], T | None] = lambda text: text) -> None:
    """Seed the widget `key` from the URL when the URL came from outside: its value, or `default` when absent.

    `parse` turns the URL's text into a widget value, or None when the text is unusable (the default then).
    Call before the widget is drawn, give the widget on_change=widget_changed, and write its value back with
    `write` after it.
    """
    if not from_outside():
        return
    values = st.query_params.get_all(param)
    parsed = parse(values[-1]) if values else None
    st.session_state[key] = default if parsed is None else parsed


def switch_page(page: str, **params: str) -> None:
    """Open `page` with `params`, keeping the rest of this URL (the filter, this page's selections).

    st.switch_page first writes its parameters into the current page's URL (a history entry of its own), then
    opens the page: passing the whole URL makes that entry this view as it was, so Back returns to it unchanged.
    """
    st.switch_page(page, query_params={**{name: list(values) for name, values in url_params().items()}, **params})


def link(**params: str) -> dict[str, list[str]]:
    """Query parameters for a link to another page: `params` and the filter of this URL.

    A link without the filter would open a URL the next page rewrites at once (adding the filter), which is a
    second history entry: Back would then return to that half-way URL instead of this page.
    """
    kept = {name: list(values) for name, values in url_params().items() if name in FILTER_PARAMS.values()}
    return {**kept, **{name: [value] for name, value in params.items()}}
