"""What every page shares: page setup (links, data notices, the sidebar filter) and small layout helpers."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pandas as pd
import streamlit as st

from views.datadir import unwritable
from views.dataset import Dataset
from views.filters import RelationFilter
from views.loading import dataset
from views.markup import md_text
from views.page_list import PAGES
from views.session import restore_draft
from views.sidebar import sidebar_filter
from views.url_state import link, start_run


def start_page(title: str) -> tuple[Dataset, RelationFilter]:
    """Page setup shared by every page: wide layout, page links, data notices, the sidebar filter."""
    st.set_page_config(page_title=f"{title} · Libya war actors", layout="wide")
    start_run(title)
    # Drawn first, filled once the filter is known: the links carry it (views.url_state.link).
    links = st.sidebar.container()
    st.sidebar.divider()
    restore_draft()
    data = dataset()
    for notice in data.notices:
        st.warning(md_text(notice))
    chosen = sidebar_filter(data)
    for page, label, purpose in PAGES:
        links.page_link(page, label=label, help=purpose, query_params=link())
    return data, chosen


def read_only_notice(paths: Sequence[Path], what: str) -> bool:
    """Say up front when a page cannot save what it offers to (`what`: "reviews", ...) because `paths` cannot be
    written; True when so. Browsing works as usual."""
    blocked = unwritable(paths)
    if blocked:
        st.warning(md_text(
            f"{', '.join(str(p) for p in blocked)}: read-only for the dashboard, so {what} cannot be saved on this "
            "page. Everything else works. To save, make it writable (or set LIBYA_DASHBOARD_DATA to a writable copy "
            "of the data folder) and reload the page."))
    return bool(blocked)


def empty(message: str) -> None:
    """What a page shows instead of an empty chart or table."""
    st.info(md_text(message))


def frame_height(table: pd.DataFrame, *, rows: int = 15) -> int:
    """Height for st.dataframe (or a views.tables.html_table box): every row up to `rows`, then scroll. A static
    table's rows are shorter than the grid's 35 px, so its box shows a few more."""
    return 38 + 35 * min(max(len(table), 1), rows)
