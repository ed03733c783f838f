"""A state's own forces named by its possessor: "Russia's mercenaries", "Moscow's private military contractors", "its
contractors" after Russia are the group the same words after the state's demonym name ("Russian mercenaries": Wagner,
data/dictionary/epithets.jsonl), when that group is a mercenary group of the state's own country (the dictionary's
type and country_code). The possessor stays the state whose group it is (two mentions on the words would make the two
each other's parties: "Its mercenaries are fighting" is no fight between Russia and Wagner). Any other word on the noun says
which ("Russia's Syrian mercenaries" are not Wagner), and a group of another country is never a state's own ("Syria's
fighters" are not the Syrian National Army). Runs after the pronouns, so "its" is known.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from spacy.tokens import Doc

from extract.coreference import EPITHET_KIND, Epithet
from extract.mentions import ActorSpan

# The dictionary types of the groups a state's possessor names as its own: hired forces, not an army it backs.
OWNED_TYPES = frozenset({"mercenary group"})


def owned_forces(epithets: Sequence[Epithet], actors: Mapping[str, object]) -> dict[tuple[str, str], str]:
    """{(state id, the epithet's words after the state's demonym, lower case): group id} for each epithet of one group of
    OWNED_TYPES whose words open with the demonym of a state of the group's own country ("Russian mercenaries")."""
    demonyms = {
        demonym.lower(): actor_id
        for actor_id, entry in actors.items()
        if getattr(entry, "type", "") == "state"
        for demonym in getattr(entry, "demonyms", ())
    }
    table: dict[tuple[str, str], str] = {}
    for epithet in epithets:
        if len(epithet.actors) != 1 or epithet.related or epithet.act:
            continue
        group = actors.get(epithet.actors[0])
        first, _, rest = epithet.words.partition(" ")
        state = demonyms.get(first.lower())
        if group is None or not rest or state is None or getattr(group, "type", "") not in OWNED_TYPES:
            continue
        if getattr(group, "country_code", "") and getattr(group, "country_code", "") == getattr(actors[state], "country_code", None):
            table[(state, rest.lower())] = epithet.actors[0]
    return table


def resolve_owned_forces(docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], table: Mapping[tuple[str, str], str]) -> list[list[ActorSpan]]:
    """Each paragraph's mentions plus an epithet mention of the group on each "Russia's mercenaries", "its contractors"
    (module docstring): a possessor that names one state, then only the words of the table after it."""
    if not table:
        return [list(found) for found in mentions]
    states = {state for state, _ in table}
    resolved = []
    for doc, found in zip(docs, mentions):
        taken = {i for m in found for i in m.token_ids}
        added = []
        for mention in found:
            root = mention.root
            if mention.actor_id not in states or root.dep_ != "poss":
                continue
            noun = root.head
            start = mention.span.end + (1 if mention.span.end < len(doc) and doc[mention.span.end].tag_ == "POS" else 0)
            words = doc[start : noun.i + 1]
            if not len(words) or any(t.i in taken for t in words) or noun.left_edge.i < root.left_edge.i:
                continue
            group = table.get((mention.actor_id, words.text.lower()))
            if group is not None:
                added.append(ActorSpan(group, EPITHET_KIND, words))
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start) if added else list(found))
    return resolved
