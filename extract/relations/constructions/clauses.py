"""Fixed clause shapes, matched on the parse with spaCy's DependencyMatcher
(patterns in data/lexicon/clause_patterns.json), whose cue sits in one clause
and whose arguments in another."""
from __future__ import annotations

from extract.relations.context import SentenceContext
from extract.relations.registry import Frame


def clause_frames(ctx: SentenceContext) -> list[Frame]:
    return []
