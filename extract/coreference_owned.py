"""A state's own forces named by its possessor or a hyphen compound of its name: "Russia's mercenaries", "Moscow's
private military contractors", "its contractors" after Russia, "the Kremlin-linked mercenaries" are the group the same
words after the state's demonym name ("Russian mercenaries": Wagner, data/dictionary/epithets.jsonl), when that group
is a mercenary group of the state's own country (the dictionary's type and country_code). The possessor stays the
state whose group it is (two mentions on the words would make the two each other's parties: "Its mercenaries are
fighting" is no fight between Russia and Wagner). Any other word on the noun says which ("Russia's Syrian mercenaries"
are not Wagner), and a group of another country is never a state's own ("Syria's fighters" are not the Syrian National
Army). Runs after the pronouns, so "its" is known.
"""
from __future__ import annotations

from typing import Collection, Mapping, Sequence

from spacy.tokens import Doc

from extract.coreference import EPITHET_KIND, Epithet
from extract.mentions import ActorSpan, participle_after_hyphen

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


def resolve_owned_forces(
    docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], table: Mapping[tuple[str, str], str], participles: Collection[str] = ()
) -> list[list[ActorSpan]]:
    """Each paragraph's mentions plus an epithet mention of the group on each "Russia's mercenaries", "its contractors",
    and "Kremlin-linked mercenaries" (a state's name, a hyphen and one of `participles`: the support participles of the
    lexicon's hyphen compounds; module docstring): a possessor or a compound's name that names one state, then only the
    words of the table after it."""
    if not table:
        return [list(found) for found in mentions]
    states = {state for state, _ in table}
    resolved = []
    for doc, found in zip(docs, mentions):
        taken = {i for m in found for i in m.token_ids}
        added = []
        for mention in found:
            root, end = mention.root, mention.span.end
            if mention.actor_id not in states:
                continue
            if root.dep_ == "poss":
                noun = root.head
                start = end + (1 if end < len(doc) and doc[end].tag_ == "POS" else 0)
                if noun.left_edge.i < root.left_edge.i:
                    continue
            elif (participle := participle_after_hyphen(mention.span, participles)) is not None:
                noun, start = participle.head, participle.i + 1  # "the Kremlin-linked mercenaries"
                if noun.i < start:
                    continue
            else:
                continue
            words = doc[start : noun.i + 1]
            if not len(words) or any(t.i in taken for t in words):
                continue
            group = table.get((mention.actor_id, words.text.lower()))
            if group is not None:
                added.append(ActorSpan(group, EPITHET_KIND, words))
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start) if added else list(found))
    return resolved
