"""Article structure: which stretches of a text are the article's own claims.

Reader comments, "Leave A Reply" blocks, share buttons, hashtags and
navigation assert nothing, so they are left out. An editor's note is the
outlet's own text and stays. The rules are regular expressions in
data/lexicon/article_structure.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.lexicon import Lexicon

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Paragraph:
    """A line of article text worth reading: `text == article_text[start:end]`."""

    start: int
    end: int
    text: str


def body_paragraphs(text: str, lexicon: Lexicon) -> list[Paragraph]:
    """The article's own paragraphs, in order, with their offsets.

    Reading stops at the first end-of-article marker or reader-comment header;
    boilerplate lines (share buttons, hashtags, source credits) are skipped.
    """
    paragraphs: list[Paragraph] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        if any(p.search(stripped) for p in lexicon.end_of_article) or any(
            p.search(stripped) for p in lexicon.comment_header
        ):
            break
        if any(p.search(stripped) for p in lexicon.skip_line):
            continue
        offset = match.start() + (len(line) - len(line.lstrip()))
        paragraphs.append(Paragraph(offset, offset + len(stripped), stripped))
    return paragraphs
