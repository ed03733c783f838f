"""Relations: who supports, opposes or mediates with whom, read off the
dependency parse of one sentence.

    context.py        the parse of one sentence as constructions see it
    registry.py       rule ids (data/lexicon/constructions.json) -> construction functions
    constructions/    one module per family of constructions
    modality.py       negation, hedges, questions, prescriptive: one factor, one place
    reader.py         cue words -> frames -> edges
"""
from extract.relations.context import mentions_peace
from extract.relations.reader import Edge, RelationReader

__all__ = ["Edge", "RelationReader", "mentions_peace"]
