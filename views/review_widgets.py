"""The review controls pages put beside evidence sentences: confirm, reject with a reason, take a review back,
and add a relation the extractor missed. Each saves to the data folder's reviews file and reruns the page,
so every view and download shows the change at once."""
from __future__ import annotations

import hashlib
from typing import Sequence

import streamlit as st

from extract.reviews import ReviewError, remove_review, save_review
from extract.schema import RELATION_TYPES
from views.datadir import data_dir
from views.excerpts import evidence_card_html
from views.markup import md_text
from views.url_state import link
from views.reviewing import review_label, reviews_path, row_key, sentence_spans

# How many reviews this session saved: part of the popovers' keys.
SAVES_KEY = "_review_saves"
VERDICT_WORDS = {"confirmed": "Confirm: the sentence says this", "rejected": "Reject: it does not"}


def _widget_key(prefix: str, key: tuple) -> str:
    return f"{prefix}-{hashlib.sha256(repr(key).encode()).hexdigest()[:16]}"


def _saved(change, what: str) -> None:
    """Run one change of the reviews file; say what went wrong, or rerun so that every view shows it."""
    try:
        change()
    except (ReviewError, OSError) as error:
        st.error(md_text(f"The review was not saved: {error}"))
        return
    st.toast(what)
    # New keys for every review popover: the one just used would otherwise stay open over the next sentence.
    st.session_state[SAVES_KEY] = st.session_state.get(SAVES_KEY, 0) + 1
    st.rerun()


def review_controls(row: object, *, place: str, lazy: bool = False) -> None:
    """Confirm or reject one relation row (a `relations` row with its `review` columns), or take a review back.

    `place` must be unique on the page (a listing and a position in it): the same edge can be listed twice.
    `lazy`: the form is drawn only once the popover is opened (which reruns the page), for pages that list
    many rows: 25 closed forms were half of the Network page's server time on every view.
    """
    key = row_key(row)
    said = review_label(row.review, row.review_reason)  # type: ignore[attr-defined]
    with st.popover(md_text(said) if said else "Review", help="Reviews are kept in reviews.csv in the data folder.",
                    key=_widget_key(f"review-open-{place}-{st.session_state.get(SAVES_KEY, 0)}", key),
                    on_change="rerun" if lazy else "ignore") as box:
        if lazy and not box.open:
            return
        with st.form(_widget_key(f"review-{place}", key), border=False):
            verdict = st.radio("Verdict", list(VERDICT_WORDS), format_func=VERDICT_WORDS.__getitem__)
            reason = st.text_input("Reason", placeholder="Needed to reject, e.g. the sentence denies it")
            if st.form_submit_button("Save review"):
                if verdict == "rejected" and not reason.strip():
                    st.error("Say why the row is wrong: a rejection needs a reason.")
                else:
                    _saved(lambda: save_review(reviews_path(data_dir()), article_id=key[0], start=key[1], end=key[2],
                                               actor1=row.actor1, actor2=row.actor2, relation=row.relation,  # type: ignore[attr-defined]
                                               verdict=verdict, reason=reason.strip()),
                           "Review saved.")
        if said and st.button("Take the review back", key=_widget_key(f"unreview-{place}", key)):
            _saved(lambda: remove_review(reviews_path(data_dir()), key), "Review taken back.")


def evidence_card(row: object, names: dict[str, str], title: str, *, place: str) -> None:
    """One evidence sentence as a quote, a link to it in its article, and its review controls."""
    with st.container(border=True):
        st.html(evidence_card_html(row, names, title))
        links = st.columns([1, 1, 3])
        with links[0]:
            st.page_link("pages/3_Excerpts.py", label="Read it in the article",
                         query_params=link(article=row.article_id, start=str(row.start), end=str(row.end)))  # type: ignore[attr-defined]
        with links[1]:
            review_controls(row, place=place, lazy=True)


def add_relation_form(article_id: str, text: str, actor_ids: Sequence[str], names: dict[str, str], *,
                      near: tuple[int, int] | None = None) -> None:
    """Pick a sentence of the article, two actors and a relation: an edge the extractor missed, added by hand."""
    spans = sentence_spans(text)
    if not spans or len(actor_ids) < 2:
        st.caption("This article has no sentence or fewer than two known actors to relate.")
        return
    first = next((i for i, (start, end) in enumerate(spans) if near and start <= near[0] < end), 0)
    with st.form(f"add-relation-{article_id}"):
        span = st.selectbox("Sentence", spans, index=first, format_func=lambda s: _excerpt(text[s[0]:s[1]]))
        columns = st.columns(3)
        actor1 = columns[0].selectbox("Actor 1 (for support: who gives it)", actor_ids, format_func=lambda a: names.get(a, a))
        relation = columns[1].selectbox("Relation", list(RELATION_TYPES))
        actor2 = columns[2].selectbox("Actor 2", actor_ids, index=1, format_func=lambda a: names.get(a, a))
        note = st.text_input("Note (optional)")
        if st.form_submit_button("Add the relation"):
            if actor1 == actor2:
                st.error("Pick two different actors.")
            else:
                _saved(lambda: save_review(reviews_path(data_dir()), article_id=article_id, start=span[0], end=span[1],
                                           actor1=actor1, actor2=actor2, relation=relation, verdict="added",
                                           reason=note.strip()),
                       "Relation added.")


def _excerpt(sentence: str, width: int = 150) -> str:
    return sentence if len(sentence) <= width else sentence[: width - 1] + "…"
