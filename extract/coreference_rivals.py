""""The two rivals", "the warring parties" with no pair set before them: the war's two sides when they are all
the sentence before named, with what the reference's own sentence named before it, but for the subject of the
reference's clause: "Tunisia received Sarraj and, days later, an envoy of Haftar. It offered to host talks between
the two rivals" (Tunisia is the one offering). Any other actor named there may be one of the rivals ("Egypt backs
Haftar and Turkey the GNA. The two rivals ..." may be Egypt and Turkey), and the reference resolves to nobody. The
extractor asks only when the pair the sentences read so far set resolved nothing (extract.coreference.resolve_sides).
"""
from __future__ import annotations

from typing import Collection, Sequence

from spacy.tokens import Span

from extract.coreference import SIDES_KIND, is_verb_argument
from extract.coreference_kinds import clause_subjects
from extract.mentions import ActorSpan


def war_sides_named_before(
    references: Sequence[tuple[Span, bool]],
    mentions: Sequence[ActorSpan],
    before: Collection[str],
    war_sides: tuple[str, str] | None,
) -> list[ActorSpan]:
    """Two mentions, one per side of the war (`war_sides`), on each reference that says the sides are enemies and is a
    verb's argument, when the actors named in the sentence before (`before`) and in the reference's sentence before it,
    less its clause's subject, are exactly those two."""
    if war_sides is None or not set(war_sides) <= {*before, *(m.actor_id for m in mentions)}:
        return []
    by_token = {i: m for m in mentions for i in m.token_ids}
    found = []
    for span, enemies in references:
        if not enemies or not is_verb_argument(span):
            continue
        named = {*before, *(m.actor_id for m in mentions if m.span.end <= span.start)}
        if named - clause_subjects(span.root, by_token) == set(war_sides):
            found.extend(ActorSpan(actor, SIDES_KIND, span) for actor in war_sides)
    return found
