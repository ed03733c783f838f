"""Word search over evidence sentences: splitting the query into words and highlighting them in a hit.

The hit's text is third-party data: it is HTML-escaped piece by piece, and
only the <mark> tags this module adds are markup.
"""
from __future__ import annotations

import html
import re


def search_words(query: str) -> list[str]:
    """The distinct words of `query` (split on whitespace), in order; a sentence must contain every one."""
    return list(dict.fromkeys(query.split()))


def highlight_html(text: str, words: list[str]) -> str:
    """`text` HTML-escaped, with every case-insensitive occurrence of the words wrapped in <mark>."""
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(html.escape(text[last:match.start()]))
        pieces.append(f"<mark>{html.escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)
