"""What one browser session keeps in st.session_state: the filter and the uploaded articles."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from views.filters import RelationFilter

if TYPE_CHECKING:
    from extract.pipeline import CorpusExtraction
    from extract.schema import Article

FILTER_KEY = "relation_filter"
UPLOADS_KEY = "uploaded_articles"
COMBINED_KEY = "combined_dataset"


@dataclass(frozen=True)
class SessionUploads:
    """Articles uploaded in this session, with their extracted tables, not yet saved."""

    articles: tuple["Article", ...]
    extraction: "CorpusExtraction"
    saved: bool = False
    upload_id: str = ""


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
