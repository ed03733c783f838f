"""Aid to both sides, then who gave it to which: the general statement yields to its distribution.

"Jordan, Turkey and the UAE supplied weapons to Libya's warring parties, with Amman and Abu Dhabi arming Haftar and
Ankara arming the Tripoli government": the first clause reads each supplier backing both sides; the with-clause
says which side each one armed. A backer that one cue gives both sides a phrase names together ("the warring
parties", "both sides": a mention of kind sides) and another cue only one of them backs only that one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # the reader calls this before it merges its edges
    from extract.relations.reader import Edge


def distributed(edges: Sequence[Edge], sides: set[str]) -> list[Edge]:
    """`edges` of one sentence (before best_per_pair) without a backer's support of one of `sides` (the actors a
    phrase of the sentence names together) that a cue read only along with the other, when another cue of the
    sentence gives that backer the other alone."""
    if len(sides) != 2:
        return list(edges)
    backed: dict[tuple[str, str], set[str]] = {}  # (backer, cue) -> which of the sides that cue gives it
    for edge in edges:
        if edge.relation == "support" and edge.actor2 in sides:
            backed.setdefault((edge.actor1, edge.cue), set()).add(edge.actor2)
    dropped: set[tuple[str, str, str]] = set()  # (backer, cue, side)
    for (backer, cue), given in backed.items():
        if given != sides:
            continue
        alone = [next(iter(other)) for (b, c), other in backed.items() if b == backer and c != cue and len(other) == 1]
        if len(set(alone)) == 1:
            dropped.update((backer, cue, side) for side in sides - set(alone))
    return [e for e in edges if not (e.relation == "support" and (e.actor1, e.cue, e.actor2) in dropped)]
