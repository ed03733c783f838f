"""Reviews as the pages show them: where the file lives, what a row's review says, which reviews no longer fit.

The file and its rules are extract.reviews; the `relations` view applies the
reviews (views.store). This module holds what the review widgets and the
Reviews page need, as plain functions.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from extract.evaluate import Score, review_scores
from extract.reviews import REVIEWS_FILE, edge_key, empty_reviews
from views.excerpts import relation_words, review_label
from views.store import KEYED_EXTRACTED, REVIEW_MATCH, Tables

if TYPE_CHECKING:
    from spacy.language import Language

# The reviews file's columns as the Reviews page lists them (review_frame names the pair key1, key2).
LISTED_COLUMNS = ["article_id", "start", "end", "actor1", "actor2", "key1", "key2", "relation", "verdict", "reason", "reviewer", "reviewed_at"]


def reviews_path(data_dir: Path) -> Path:
    """The reviews file of a data folder: beside the store, so that it survives re-extraction."""
    return Path(data_dir) / REVIEWS_FILE


def row_words(row: object, names: dict[str, str]) -> str:
    """One relation row in a line: the relation in words, the review if any, the start of the sentence."""
    said = review_label(row.review)  # type: ignore[attr-defined]
    sentence = row.evidence if len(row.evidence) <= 90 else row.evidence[:89] + "…"  # type: ignore[attr-defined]
    return f"{relation_words(row.relation, row.actor1, row.actor2, names)}{f' [{said}]' if said else ''}: {sentence}"  # type: ignore[attr-defined]


def row_key(row: object) -> tuple[str, int, int, str, str, str]:
    """The review key (extract.reviews.edge_key) of a relation row."""
    return edge_key(row.article_id, row.start, row.end, row.actor1, row.actor2, row.relation)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _sentencizer() -> Language:
    # A rule-based splitter: fast, and needs no model (the extractor's parse is not kept in the store).
    # spaCy is imported here, when the add-relation form first asks: every page imports this module,
    # and importing spaCy takes seconds of a server's first render.
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of `text`, without surrounding white space.

    A line break always ends a sentence: titles, datelines and list items carry no full stop.
    """
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        for sentence in _sentencizer()(line.group()).sents:
            piece = sentence.text
            stripped = piece.strip()
            if stripped:
                start = line.start() + sentence.start_char + len(piece) - len(piece.lstrip())
                spans.append((start, start + len(stripped)))
    return spans


def review_problems(tables: Tables) -> pd.DataFrame:
    """Every review with its `sentence` (the reviewed span of the article as it is now; '' when the article is
    gone) and a `problem` column: why it no longer fits the tables ('' when it does).

    A review is kept whatever happens to the tables; the Reviews page lists those that no longer fit.
    """
    if tables.reviews is None or tables.reviews.empty:
        return pd.DataFrame(columns=[*LISTED_COLUMNS, "sentence", "problem"])
    return tables.query(
        "SELECT v.*, CASE WHEN a.article_id IS NULL THEN '' ELSE "
        "trim(substr(a.text, v.start + 1, v.\"end\" - v.start)) END AS sentence, "
        "CASE WHEN a.article_id IS NULL THEN 'article no longer in the tables' "
        "WHEN v.\"end\" > length(a.text) OR trim(substr(a.text, v.start + 1, v.\"end\" - v.start)) = '' "
        "THEN 'sentence no longer in the article' "
        f"WHEN v.verdict <> 'added' AND NOT EXISTS (SELECT 1 FROM {KEYED_EXTRACTED} e WHERE {REVIEW_MATCH}) "
        "THEN 'edge no longer extracted' ELSE '' END AS problem "
        "FROM reviews v LEFT JOIN articles a ON a.article_id = v.article_id ORDER BY v.reviewed_at, v.article_id, v.start"
    )[[*LISTED_COLUMNS, "sentence", "problem"]]


def reviewed_rows(tables: Tables) -> pd.DataFrame:
    """The extracted relation rows that have a review: with the reviews, all that
    extract.evaluate.review_scores needs to score the extractor against them."""
    if tables.reviews is None or tables.reviews.empty:
        return tables.query("SELECT * FROM extracted_relations WHERE FALSE")
    return tables.query(f"SELECT e.* EXCLUDE (k1, k2) FROM {KEYED_EXTRACTED} e JOIN reviews v ON {REVIEW_MATCH}")


def review_score(tables: Tables) -> Score:
    """The extractor against the reviews, scored as `python -m extract.evaluate --reviews` scores it."""
    return review_scores(reviewed_rows(tables), tables.reviews if tables.reviews is not None else empty_reviews())
