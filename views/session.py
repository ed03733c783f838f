"""What one browser session keeps in st.session_state: the filter and the uploaded articles.

Uploaded articles not yet saved are also kept on disk as a draft (views.drafts), so that a reload, which
starts a new session, finds them again.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from views.datadir import data_dir
from views.drafts import discard_draft, list_drafts, save_draft
from views.filters import RelationFilter

if TYPE_CHECKING:
    from extract.pipeline import CorpusExtraction
    from extract.schema import Article

FILTER_KEY = "relation_filter"
UPLOADS_KEY = "uploaded_articles"
COMBINED_KEY = "combined_dataset"
# Set once this session has looked for a draft to restore, so a discarded upload is not restored again.
DRAFT_CHECKED_KEY = "_draft_checked"
DRAFT_PROBLEMS_KEY = "_draft_problems"


@dataclass(frozen=True)
class SessionUploads:
    """Articles uploaded in this session, with their extracted tables, not yet saved."""

    articles: tuple["Article", ...]
    extraction: "CorpusExtraction"
    saved: bool = False
    upload_id: str = ""


def set_uploads(
    articles: tuple["Article", ...] | None, extraction: "CorpusExtraction | None" = None, *, saved: bool = False
) -> str | None:
    """Keep (or with None, drop) this session's uploaded articles; unsaved ones are written as a draft too.

    Saving or dropping them removes their draft. Returns a message when the draft could not be written (the
    articles are still kept in the session).
    """
    previous = session_uploads()
    st.session_state[DRAFT_CHECKED_KEY] = True
    if previous is not None and (articles is None or saved):
        discard_draft(data_dir(), previous.upload_id)
    if articles is None:
        st.session_state.pop(UPLOADS_KEY, None)
        return None
    upload_id = previous.upload_id if saved and previous is not None else uuid.uuid4().hex
    st.session_state[UPLOADS_KEY] = SessionUploads(articles, extraction, saved=saved, upload_id=upload_id)
    if saved or extraction is None:
        return None
    try:
        save_draft(data_dir(), upload_id, articles, extraction)
    except OSError as error:
        return (f"The uploaded articles could not be kept as a draft in {data_dir()} ({error.strerror or error}): "
                "a reload would lose them. Save them, or give the dashboard write access to the data folder.")
    return None


def restore_draft() -> None:
    """At the start of a session, take up the newest unsaved upload kept on disk (once per session)."""
    if st.session_state.get(DRAFT_CHECKED_KEY):
        return
    st.session_state[DRAFT_CHECKED_KEY] = True
    if UPLOADS_KEY in st.session_state:
        return
    drafts, problems = list_drafts(data_dir())
    st.session_state[DRAFT_PROBLEMS_KEY] = problems
    if drafts:
        newest = drafts[0]
        st.session_state[UPLOADS_KEY] = SessionUploads(newest.articles, newest.extraction, upload_id=newest.upload_id)


def take_up_draft(upload_id: str) -> None:
    """Make the draft `upload_id` this session's uploads (the one held until now stays on disk as a draft)."""
    for draft in list_drafts(data_dir())[0]:
        if draft.upload_id == upload_id:
            st.session_state[UPLOADS_KEY] = SessionUploads(draft.articles, draft.extraction, upload_id=draft.upload_id)


def session_uploads() -> SessionUploads | None:
    return st.session_state.get(UPLOADS_KEY)


def current_filter() -> RelationFilter:
    return st.session_state.get(FILTER_KEY, RelationFilter())
