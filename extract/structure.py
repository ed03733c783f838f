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
    return join_wrapped_lines(text, paragraphs)


# A line that ends like this closes its sentence; any other line may be hard-wrapped.
SENTENCE_END = tuple(".!?:;\"'”’)»")


def join_wrapped_lines(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """"Turkey sent drones to the\ngovernment in Tripoli": a line that does not end a sentence,
    followed directly (no blank line) by one that starts in lower case, is one paragraph
    with the next. The joined text keeps its newline, so offsets into the article hold."""
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        if joined:
            last = joined[-1]
            gap = text[last.end : paragraph.start]
            if gap.count("\n") == 1 and not gap.strip() and not last.text.endswith(SENTENCE_END) and paragraph.text[:1].islower():
                joined[-1] = Paragraph(last.start, paragraph.end, text[last.start : paragraph.end])
                continue
        joined.append(paragraph)
    return joined
