"""Word search over evidence sentences and article passages: the query's words, passages, highlighting.

The hit's text is third-party data: it is HTML-escaped piece by piece, and
only the <mark> tags this module adds are markup.
"""
from __future__ import annotations

import html
import re

import pandas as pd

from views.aggregate import empty_frame


# Words searched at once: each is one condition of the query, and DuckDB refuses a query nested too deep
# (999 words failed with "max expression depth"). A hit must hold every word, so more would find nothing anyway.
MAX_SEARCH_WORDS = 30


def search_words(query: str) -> list[str]:
    """The distinct words of `query` (split on whitespace), in order, at most MAX_SEARCH_WORDS; a sentence must
    contain every one."""
    return list(dict.fromkeys(query.split()))[:MAX_SEARCH_WORDS]


def too_many_words(query: str) -> str:
    """What to tell the user when `query` has more distinct words than are searched ("" when it has not)."""
    count = len(dict.fromkeys(query.split()))
    if count <= MAX_SEARCH_WORDS:
        return ""
    return (f"The search takes at most {MAX_SEARCH_WORDS} words; only the first {MAX_SEARCH_WORDS} of the "
            f"{count:,} typed are searched.")


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of the words, case-insensitive; the longest first, so a word inside another is not preferred."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


def highlight_html(text: str, words: list[str]) -> str:
    """`text` HTML-escaped, with every case-insensitive occurrence of the words wrapped in <mark>."""
    if not words:
        return html.escape(text)
    pieces, last = [], 0
    for match in _word_pattern(words).finditer(text):
        pieces.append(html.escape(text[last:match.start()]))
        pieces.append(f"<mark>{html.escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


# A line longer than this (a text pasted without line breaks) is cut into passages at sentence ends.
MAX_PASSAGE_CHARS = 1200
# A line of the text without the whitespace around it.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_SENTENCE_END = re.compile(r"([.!?][\"”’)]*)\s+")
PASSAGE_DTYPES: dict[str, str] = {
    "article_id": "str", "outlet": "str", "date": "str", "title": "str", "hits": "int64", "matched": "int64",
    "start": "int64", "end": "int64", "passage": "str",
}


def passage_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each passage of an article text, in order.

    A passage is a paragraph as the text is stored: a line, blank lines and the
    whitespace around it left out. A line longer than MAX_PASSAGE_CHARS is cut
    at the first sentence end past that length, and so on.
    """
    spans = []
    for line in _LINE.finditer(text):
        piece = line.start()
        for stop in _SENTENCE_END.finditer(text, line.start(), line.end()):
            if stop.end(1) - piece >= MAX_PASSAGE_CHARS:
                spans.append((piece, stop.end(1)))
                piece = stop.end()
        spans.append((piece, line.end()))
    return spans


def matching_passages(found: pd.DataFrame, words: list[str]) -> pd.DataFrame:
    """The passages containing at least one of the words, of each article in `found`, in its order.

    `found` has the PASSAGE_DTYPES columns but start, end, passage, and the
    article's `text`; the result has the PASSAGE_DTYPES columns, one row per
    passage, articles in the order of `found`; within an article, passages
    holding more of the distinct words come first, then in text order.
    """
    if found.empty or not words:
        return empty_frame(PASSAGE_DTYPES)
    pattern = _word_pattern(words)
    rows = []
    for article in found.to_dict("records"):
        text = article.pop("text")
        held = []
        for start, end in passage_spans(text):
            distinct = {match.casefold() for match in pattern.findall(text, start, end)}
            if distinct:
                held.append((-len(distinct), start, end))
        rows.extend({**article, "start": start, "end": end, "passage": text[start:end]} for _, start, end in sorted(held))
    return pd.DataFrame(rows, columns=list(PASSAGE_DTYPES)).astype(PASSAGE_DTYPES)
