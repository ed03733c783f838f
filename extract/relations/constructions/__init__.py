"""One module per family of constructions; importing this package registers them all."""
from extract.relations.constructions import adjectives, camps, clauses, compounds, conditions, demands, designations, mediation, nouns, resolving, transfers, verbs  # noqa: F401
from extract.relations.registry import check_complete

check_complete()
