"""Camps: "Egypt joined the pro-Haftar camp", "the axis backing Haftar includes the UAE", "Egypt and the UAE
form the axis behind Haftar". A camp noun (lexicon.camp_nouns) takes a side; whoever the sentence makes one of
its members takes that side too."""
from __future__ import annotations

from spacy.tokens import Token

from extract.lexicon import Lexicon
from extract.mentions import ActorSpan
from extract.relations.context import SentenceContext, follows_its_head
from extract.relations.grammar import HYPHENS, is_passive, is_verb, lemma, objects, prep_text
from extract.relations.registry import Frame, construction

# Prepositions that put their object inside a camp: "Egypt is firmly in the pro-Haftar camp".
INSIDE_PREPS = frozenset({"in", "within", "inside", "among"})
# "the alliance of Egypt and the UAE", "the axis between Cairo and Abu Dhabi": who the camp is made of.
MEMBER_PREPS = frozenset({"of", "between"})


@construction("camp-membership")
def camp_membership(ctx: SentenceContext, frame: Frame) -> None:
    """Each member of the camp relates to whom the camp is for or against."""
    camp = frame.trigger
    if camp.i in ctx.mention_at:
        return  # a name ("the Arab League"), not a camp
    stance = _stance(ctx, camp)
    if not stance:
        return
    members, predicate = _members(ctx, camp, stance)
    if not members:
        return
    sided = {m.actor_id for m, _ in stance}
    frame.agents.extend(m for m in members if m.actor_id not in sided)
    frame.patients.extend(stance)
    if predicate is not None:
        frame.word = predicate  # "Egypt did not join the pro-Haftar camp": negation and hedges are the predicate's
    if frame.agents:
        frame.fire("camp-membership")


def _stance(ctx: SentenceContext, camp: Token) -> list[tuple[ActorSpan, str]]:
    """Whom the camp is for or against: "the pro-Haftar camp", "Haftar's camp", "the axis behind Haftar",
    "the coalition backing Haftar"."""
    lex = ctx.lexicon
    doc = camp.doc
    stance: list[tuple[ActorSpan, str]] = []
    for i in range(camp.left_edge.i, camp.i - 1):
        relation = lex.stance_prefixes.get(doc[i].lower_)
        if relation is not None and doc[i + 1].text in HYPHENS and (named := ctx.mention_at.get(i + 2)) is not None:
            stance.append((named, relation))
    if lex.camp_nouns.get(lemma(camp)) == "championed":
        stance.extend((m, "support") for m in ctx.owner_of_noun(camp))
    # "Egypt and the UAE form the axis behind Haftar": the parser may hang the camp's preposition on the verb
    hung_on_verb = [c for c in camp.head.children if c.i > camp.i] if camp.dep_ == "dobj" and _membership_verb(camp.head, lex) else []
    for child in [*camp.children, *hung_on_verb]:
        if child.dep_ == "prep" and (relation := lex.camp_preps.get(prep_text(child))) is not None:
            stance.extend((m, relation) for p in objects(child) for m in ctx.group(p))
        elif child.dep_ in ("acl", "relcl") and not is_passive(child) and (cue := lex.verbs.get(lemma(child))) is not None and cue.relation in ("support", "opposition"):
            stance.extend((m, cue.relation) for c in child.children if c.dep_ == "dobj" for m in ctx.group(c))
    return stance


def _members(ctx: SentenceContext, camp: Token, stance: list[tuple[ActorSpan, str]]) -> tuple[list[ActorSpan], Token | None]:
    """Who the sentence makes members of the camp, and the word that says so (None: the camp's own phrase)."""
    lex = ctx.lexicon
    listed = _listed_members(ctx, camp, {i for m, _ in stance for i in m.token_ids})
    if listed:
        return listed, None
    place = camp
    while place.dep_ == "conj":
        place = place.head
    head = place.head
    if place.dep_ == "dobj" and is_verb(head) and _membership_verb(head, lex):
        return ctx.subjects(head, is_passive(head))[0], head  # "Egypt joined the pro-Haftar camp"
    if place.dep_ == "nsubj" and is_verb(head) and (lemma(head) in lex.inclusion_verbs or grouping_verb(head, lex)):
        return [m for c in head.children if c.dep_ == "dobj" for m in ctx.group(c)], head  # "the axis includes / unites Egypt"
    if place.dep_ != "pobj":
        return [], None
    governor = head.head
    if is_verb(governor) and lemma(governor) in lex.wire_drawing_verbs:
        return _drawn(ctx, governor), governor  # "Sudanese fighters were drawn into Haftar's ranks"
    if head.lower_ in INSIDE_PREPS and is_verb(governor) and not _membership_verb(governor, lex):
        return ctx.subjects(governor, False)[0], governor  # "Egypt is (firmly) in Haftar's camp"
    if is_verb(governor) and _membership_verb(governor, lex):
        return ctx.subjects(governor, is_passive(governor))[0], governor  # "Egypt belongs to / switched to the camp"
    if head.lower_ == "of" and lemma(governor) in lex.membership_nouns:
        return ctx.described_by(governor), governor  # "Egypt is part of / a pillar of the pro-Haftar camp"
    return [], None


def _drawn(ctx: SentenceContext, verb: Token) -> list[ActorSpan]:
    """Whom a verb of drawing brings into a camp: the one drawn, not who draws ("RSF men were lured into the LNA's
    ranks", "Ankara's money drew Syrian National Army fighters into the GNA's ranks")."""
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "amod"):
        return ctx.group(verb.head)  # "hundreds of Chadians, lured into the LNA's ranks by ...": the participle's noun
    if is_passive(verb):
        return ctx.subjects(verb, True)[0]
    return [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c)]


def _listed_members(ctx: SentenceContext, camp: Token, stance_names: set[int]) -> list[ActorSpan]:
    """Members the camp's own phrase lists: "the pro-Haftar camp, comprising Egypt and the UAE", "the camp,
    including Egypt", "the alliance of Egypt and the UAE", "the Egyptian-Emirati axis" (not the names its stance
    names: "the pro-Haftar camp")."""
    lex = ctx.lexicon
    members: list[ActorSpan] = []
    as_members = lex.camp_nouns.get(lemma(camp)) == "members"
    for child in camp.children:
        if child.dep_ in ("acl", "relcl") and (lemma(child) in lex.inclusion_verbs or grouping_verb(child, lex)):
            # "the pro-Haftar camp, comprising / which includes / which brings together Egypt and the UAE"
            members.extend(m for c in child.children if c.dep_ == "dobj" for m in ctx.group(c))
        elif child.dep_ == "prep" and (prep_text(child) in lex.identity_preps or (as_members and child.lower_ in MEMBER_PREPS)):
            members.extend(m for p in objects(child) for m in ctx.group(p))
        elif child.dep_ == "acl" and child.lower_ in lex.agent_participles:
            # "the pro-Haftar camp, led by the UAE and Egypt", "an axis headed by Ankara": who leads it is in it
            members.extend(m for c in child.children if c.dep_ == "agent" for p in objects(c) for m in ctx.group(p))
        elif child.dep_ == "appos" and follows_its_head(camp, child):
            # (not an apposition the parser hung here from past the verb: "Forces of the GNA entered Tarhouna, the
            # last stronghold of Haftar's forces")
            members.extend(ctx.group(child))
        elif as_members and child.dep_ in ("amod", "compound", "nmod") and child.i < camp.i:
            members.extend(m for t in child.subtree if t.i not in stance_names and (m := ctx.mention_at.get(t.i)) is not None and t.i == m.span.root.i)
    return members


def _membership_verb(verb: Token, lex: Lexicon) -> bool:
    """"join", "belong (to)", "make up" (lexicon.membership_verbs, phrasal ones with their particle)."""
    base = lemma(verb)
    return base in lex.membership_verbs or any(f"{base} {c.lower_}" in lex.membership_verbs for c in verb.children if c.dep_ == "prt")


def grouping_verb(verb: Token, lex: Lexicon) -> bool:
    """"brings together", "groups", "unites" (lexicon.grouping_verbs, phrasal ones with their particle)."""
    base = lemma(verb)
    return base in lex.grouping_verbs or any(f"{base} {c.lower_}" in lex.grouping_verbs for c in verb.children if c.dep_ in ("prt", "advmod"))


def camp_gathering(verb: Token, lex: Lexicon) -> bool:
    """A grouping verb whose subject is a camp noun ("the coalition unites Egypt and the UAE") or that is a
    clause on one ("the pro-Haftar camp, which brings together ..."): it names the camp's members, and the
    camp gathers them as allies, not as parties to talks."""
    if not grouping_verb(verb, lex):
        return False
    camps = [verb.head] if verb.dep_ in ("acl", "relcl") else [c for c in verb.children if c.dep_ == "nsubj"]
    return any(lemma(c) in lex.camp_nouns for c in camps)


# Finite verb tags: a with-phrase that pairs backers and backed holds none.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@construction("stands-behind")
def stands_behind(ctx: SentenceContext, frame: Frame) -> None:
    """"The UAE and Egypt are behind Haftar", "a proxy war, with the UAE and Egypt behind Haftar and Turkey and Qatar
    behind the GNA": a name behind a name backs it, as a copula's predicate or in a with-phrase that pairs them. The
    parser chains such pairs anyhow, so the with-phrase is read in order: the names between "with" and the first
    "behind" back the name after it; between two "behind"s, the first name is the earlier one's and the rest back the
    later one's; after the last, all the names are its. Only names count: "Turkey was behind the strike on the LNA's
    base" says whose act it was."""
    behind = frame.trigger
    if _named_after(ctx, behind) is None:
        return
    head = behind.head
    if head.pos_ == "AUX" and lemma(head) == "be":
        backers = ctx.subjects(head, False)[0]
        backed = [m for p in objects(behind) for m in ctx.group(p)]
        frame.trigger = head  # the copula carries the clause's negation, question and condition ("is not behind")
    else:
        backers, backed = _paired_in_with_phrase(ctx, behind)
    frame.backs(backers, backed, "stands-behind")


def _named_after(ctx: SentenceContext, behind: Token) -> ActorSpan | None:
    """The name right after "behind" (past "the"), when a name follows."""
    doc = behind.doc
    at = behind.i + 1
    if at < ctx.sent.end and doc[at].lower_ == "the":
        at += 1
    mention = ctx.mention_at.get(at) if at < ctx.sent.end else None
    return mention if mention is not None and mention.span.start == at else None


def _paired_in_with_phrase(ctx: SentenceContext, behind: Token) -> tuple[list[ActorSpan], list[ActorSpan]]:
    """The backers and the backed of one "behind" of a with-phrase or a colon's verbless list (stands_behind); none
    outside one."""
    doc, sent = behind.doc, ctx.sent
    # a with-phrase, or a verbless list after a colon ("pitted two coalitions: Turkey and Qatar behind the GNA, and
    # the UAE and Egypt behind the LNA")
    opening = next((t for t in reversed(doc[max(sent.start, behind.i - 30) : behind.i]) if t.lower_ == "with" or t.text == ":"), None)
    if opening is None:
        return [], []
    end = behind.i + 1
    while end < sent.end and doc[end].tag_ not in FINITE_TAGS and doc[end].text not in (";", ":"):
        end += 1
    phrase = doc[opening.i : end]
    if any(t.tag_ in FINITE_TAGS for t in phrase) or any(t.pos_ == "VERB" for t in doc[opening.i : behind.i]):
        return [], []  # (nor "with Italian governments reluctant to alienate the eastern camp while standing behind ...")
    marks = [t.i for t in phrase if t.lower_ == "behind" and _named_after(ctx, t) is not None]
    names = _distinct_spans([m for m in ctx.mentions if opening.i < m.span.start and m.span.end <= end])
    place = marks.index(behind.i)
    before = [m for m in names if (marks[place - 1] if place else opening.i) < m.span.start < behind.i]
    if place:
        before = before[1:]  # the first name after the earlier "behind" is its own
    after = [m for m in names if m.span.start > behind.i and (place + 1 == len(marks) or m.span.start < marks[place + 1])]
    if place + 1 < len(marks):
        after = after[:1]  # the rest back the next one
    return before, after


def _distinct_spans(mentions: list[ActorSpan]) -> list[ActorSpan]:
    """The mentions in text order, one per place."""
    seen: dict[int, ActorSpan] = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        seen.setdefault(m.span.start, m)
    return list(seen.values())
