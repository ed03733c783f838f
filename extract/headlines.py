"""Headlines in Title Case parse badly ("Minister Hosts Libya's Haftar" reads as
one long name), so they are parsed in sentence case. Only the case changes,
never the length, so every offset still points into the article text.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Share of words of four letters or more that must be capitalised to call a line Title Case.
TITLE_CASE_SHARE = 0.7
MIN_LONG_WORDS = 3


def is_title_case(text: str) -> bool:
    """A line written as a headline: most longer words capitalised, no sentence-final stop."""
    if text.rstrip().endswith((".", "!", ";")):
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    if len(long_words) < MIN_LONG_WORDS:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= TITLE_CASE_SHARE


def sentence_case(text: str, names: list[tuple[int, int]]) -> str:
    """Lower-case capitalised words outside `names` (character ranges of known
    actor names), except the first word. All-capital words (acronyms) stay."""
    chars = list(text)
    protected = [False] * len(text)
    for start, end in names:
        for i in range(start, min(end, len(text))):
            protected[i] = True
    first = True
    for match in _WORD.finditer(text):
        word = match.group()
        if first:
            first = False
            continue
        if protected[match.start()] or not word[0].isupper() or word.isupper():
            continue
        lowered = word.lower()
        if len(lowered) == len(word):
            chars[match.start() : match.end()] = lowered
    return "".join(chars)
