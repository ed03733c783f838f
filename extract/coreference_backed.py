"""Forces named only by who backs them: "any advance by Turkish-backed forces on Sirte", "the Emirati-armed commander",
"the rival forces supported by Turkey". In news of the war the corpus is about, a state known to back one side alone
(the lexicon's conflict_sides, `backers`) names that side's forces this way, and readers and annotators take them as
that side. So the noun (backed_force_nouns, after a hyphen participle of backed_force_participles or before one with a
by-phrase) gets a mention of the side the backer backs at the article's date, beside the backer's own mention: the
compound still reads the backing ("Turkish-backed forces": Turkey backs the GNA), and the clause reads what the forces
do.

Another actor named on the noun says whose forces they are ("Turkish-backed Syrian fighters", "Turkish-backed forces
of the GNA", "Haftar's Russian-backed offensive"), and so does a backer of no side or of both ("French-backed
forces").
"""
from __future__ import annotations

from typing import Collection, Sequence

from spacy.tokens import Doc, Token

from extract.coreference import EPITHET_KIND
from extract.lexicon import ConflictSide
from extract.mentions import ActorSpan, dictionary_actors_at, participle_after_hyphen

# Dependencies from a hyphen participle up to the noun it describes ("Turkish-backed militia forces").
NOUN_CHAIN_DEPS = frozenset({"amod", "compound", "nmod"})


def sides_backed_by(sides: Sequence[ConflictSide], date: str) -> dict[str, str]:
    """{backer: side} for each backer of exactly one side of the war on `date` (yyyy-mm-dd; "" reads the sides with
    no start date)."""
    backed: dict[str, set[str]] = {}
    for side in (s for s in sides if s.held_on(date)):
        for backer in side.backers:
            backed.setdefault(backer, set()).add(side.actor)
    return {backer: next(iter(actors)) for backer, actors in backed.items() if len(actors) == 1}


def _described_noun(participle: Token, nouns: Collection[str]) -> Token | None:
    """The force noun a hyphen participle describes, through the words between ("Turkish-backed militia forces")."""
    token = participle
    while token.dep_ in NOUN_CHAIN_DEPS and token.head.i > token.i:
        token = token.head
        if token.lemma_.lower() in nouns or token.lower_ in nouns:
            return token
    return None


def _backed_noun(mention: ActorSpan, nouns: Collection[str], participles: Collection[str]) -> tuple[Token, int] | None:
    """The force noun a backer's mention says is backed, with the first word of the words that name the forces:
    "Turkish-backed [militia forces]" (a hyphen participle), "the rival [forces] supported by Turkey" (a participle's
    by-phrase); None for any other mention."""
    if (participle := participle_after_hyphen(mention.span, participles)) is not None:
        noun = _described_noun(participle, nouns)
        return (noun, participle.i + 1) if noun is not None else None
    by = mention.root.head
    while mention.root.dep_ == "conj" and by.dep_ == "conj":  # "supported by Turkey and Qatar"
        by = by.head
    if mention.root.dep_ not in ("pobj", "conj") or by.dep_ != "agent" or by.head.lower_ not in participles:
        return None
    participle = by.head
    noun = participle.head
    if participle.dep_ != "acl" or noun.i > participle.i or (noun.lemma_.lower() not in nouns and noun.lower_ not in nouns):
        return None
    modifiers = [c.i for c in noun.children if c.i < noun.i and c.dep_ in NOUN_CHAIN_DEPS]
    return noun, min([noun.i, *modifiers])


def resolve_backed_forces(
    docs: Sequence[Doc],
    mentions: Sequence[list[ActorSpan]],
    backed_sides: dict[str, str],
    nouns: Collection[str],
    participles: Collection[str],
) -> list[list[ActorSpan]]:
    """Each paragraph's mentions plus one of the backed side on each force noun only its backers name (module
    docstring); `backed_sides` from sides_backed_by."""
    if not backed_sides:
        return [list(found) for found in mentions]
    resolved = []
    for doc, found in zip(docs, mentions):
        by_token = {i: m for m in found for i in m.token_ids}
        names: dict[int, set[str]] | None = None  # every name of the dictionary, a mention or not ("Syrian" fighters)
        added: list[ActorSpan] = []
        for mention in found:
            if mention.actor_id not in backed_sides or (backed := _backed_noun(mention, nouns, participles)) is None:
                continue
            noun, first = backed
            if noun.i in by_token or any(a.span.start <= noun.i < a.span.end for a in added):
                continue
            names = dictionary_actors_at(doc) if names is None else names
            if any((t.text[:1].isupper() and not t.is_sent_start) or t.i in names for t in doc[first : noun.i + 1]):
                continue  # a name or a demonym on the forces, found or not: "Turkish-backed Syrian fighters" are Syrians
            named = {by_token[t.i].actor_id for t in noun.subtree if t.i in by_token}
            if {backed_sides.get(actor) for actor in named} != {backed_sides[mention.actor_id]}:
                continue  # another actor on the noun, or backers of different sides
            added.append(ActorSpan(backed_sides[mention.actor_id], EPITHET_KIND, doc[first : noun.i + 1]))
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start) if added else list(found))
    return resolved
