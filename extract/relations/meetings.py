"""Two-party meetings read as mediation, checked against the article around them.

A meeting, visit, call or hosting of one guest (a cue of meeting_verbs or meeting_nouns whose frame pairs exactly
two actors; reader.emit marks its edges `meeting`; not a negotiation) is mediation when the text says it is about
peace. The paragraph's peace topic that licenses weak cues is not enough, nor is a strong cue ("hosted") alone, when
the two are a backer and the side it backs, two outsiders (outsider_types: states, international bodies), or a state
and one side of the war ("Haftar flew to Abu Dhabi for talks with Mohammed bin Zayed. The Gulf state is his main
backer", "Lavrov met Cavusoglu in Sochi. The talks were dominated by Syria", "Athens hosted Haftar two days before
the Berlin conference" are no mediation; "the UN envoy met Haftar" is an international body's mediator at work, and
a state that meets both sides of the war in one sentence is a go-between). Those need a settlement word
(peace_topics that are not talk_words, a broker's cue, a war word a resolving verb ends) in their sentence or a
neighbour, and not one the text says someone backs ("voiced his support for a political solution" is a stance, not
what the meeting was about); a backer's meeting with the side a support edge of its own sentence says it backs is no
mediation, whatever the sentence names, unless the meeting's own purpose or topic is a settlement. A meeting the text says is about something else (topic_verbs with meeting_nouns: "the
meeting focused on the Sahel", "was devoted to military cooperation", "was not related to the ceasefire talks") is
no mediation for any pair with an outsider in it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from spacy.tokens import Span, Token

from extract.lexicon import Lexicon
from extract.relations.context import _topic_denied, _war_ended, verb_compound
from extract.relations.grammar import lemma
from extract.relations.modality import TOPIC_PREPS

# The category of brokering, whose words ("mediate", "broker", "mediator") make a sentence about peace.
BROKER_CATEGORY = "broker"
# The outsider type whose meeting with one side of the war needs a settlement word (an international body's does not).
STATE_TYPE = "state"


@dataclass(frozen=True)
class SentenceTopic:
    """What a sentence says of the meetings around it: whether it names a settlement (a ceasefire, peace, the
    conflict, mediating), and whether it says a meeting was about something else."""

    settlement: bool
    elsewhere: bool


def sentence_topic(sent: Span, lexicon: Lexicon) -> SentenceTopic:
    return SentenceTopic(_names_settlement(sent, lexicon), _about_something_else(sent, lexicon))


def settlement_word(token: Token, lexicon: Lexicon) -> bool:
    """A ceasefire, a settlement, a roadmap, a broker's word; not talk_words, nor the war itself (war_topics), which
    counts only as what a meeting is about (_war_place_discussed)."""
    word = lemma(token)
    if word not in lexicon.peace_topics and token.lower_ in lexicon.peace_topics:
        word = token.lower_  # "a demilitarised zone": the parser's lemma is the verb's
    word = verb_compound(token, lexicon) or word  # "urged them to cease fire": the open compound as a verb and its object
    if word in lexicon.peace_topics and word not in lexicon.talk_words and word not in lexicon.war_topics:
        return True
    cue = lexicon.verbs.get(word) or lexicon.nouns.get(word)
    return cue is not None and cue.category == BROKER_CATEGORY


def _names_settlement(sent: Span, lexicon: Lexicon) -> bool:
    """"to discuss a ceasefire", "the conflict", "efforts to mediate", "talks on Libya": not "talks", "the Berlin
    process" (talk_words), nor a peace word the sentence denies ("not about a ceasefire", "not related to the
    ceasefire talks")."""
    denied = {t.i for verb in _topic_verbs(sent, lexicon) if _negated(verb) for t in verb.subtree}
    return any(
        (settlement_word(t, lexicon) or _war_place_discussed(t, lexicon) or _war_averted(t, lexicon))
        and t.i not in denied
        and not _topic_denied(t)
        and not _backed_goal(t, lexicon)
        for t in sent
    )


def _war_averted(word: Token, lexicon: Lexicon) -> bool:
    """"met Sarraj in an effort to avert a new war", "to end the fighting", "to prevent an escalation": a war word
    (or one of mediation_averted_harms) a resolving or averting verb ends."""
    harm = lemma(word)
    return (harm in lexicon.war_topics or harm in lexicon.mediation_averted_harms or harm == "war") and _war_ended(word, lexicon)


def _backed_goal(word: Token, lexicon: Lexicon) -> bool:
    """"voiced his support for a political solution", "expressed support to the efforts for a settlement", "backs
    efforts toward a settlement": a settlement someone is said to back (endorsement_words, or a light verb
    carrying one) is a stance they hold, not what the meeting was about; a backer meeting its side says so freely.
    "Met to discuss a ceasefire", "accepted the truce" are topics and answers."""
    for above in word.ancestors:
        if _backing(above, lexicon) or (
            lemma(above) in lexicon.light_verbs and any(c.dep_ == "dobj" and _backing(c, lexicon) for c in above.children)
        ):
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False  # the clause that holds the word
    return False


def _backing(token: Token, lexicon: Lexicon) -> bool:
    # ("Rome wants a negotiated solution", "Athens wishes for a settlement": a wish, c2_wish_verbs, is held as backing is)
    return lemma(token) in lexicon.endorsement_words or lemma(token) in lexicon.wish_verbs


def _war_place_discussed(word: Token, lexicon: Lexicon) -> bool:
    """"talks on Libya", "discussed the Libyan crisis", "a call about the conflict": the war (war_topics) or its place
    (conflict_places) as what a meeting is about (not "said little about Libya", "a key player in the conflict")."""
    if lemma(word) not in lexicon.conflict_places and lemma(word) not in lexicon.war_topics:
        return False
    topic = word.head if word.dep_ in ("compound", "amod") else word
    if topic.i != word.i and topic.pos_ == "PROPN":
        return False  # "hosted the Libyan National Army": a name, not a topic
    if topic.dep_ == "dobj":
        return lemma(topic.head) in lexicon.meeting_verbs
    held = topic.head.head if topic.dep_ == "pobj" and topic.head.lower_ in TOPIC_PREPS else None
    # ("held talks in Ankara, focusing on Libya": a topic verb says it too)
    return held is not None and any(lemma(held) in words for words in (lexicon.meeting_nouns, lexicon.meeting_verbs, lexicon.topic_verbs))


def _topic_verbs(sent: Span, lexicon: Lexicon) -> list[Token]:
    """"The meeting focused on ...", "the talks were devoted to / dominated by ...": a topic verb with a meeting noun
    as its subject ("unrelated to" is read as "not related to")."""
    return [
        t
        for t in sent
        if (
            (lemma(t) in lexicon.topic_verbs or (t.lower_.startswith("un") and t.lower_[2:] in lexicon.topic_verbs))
            and any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in lexicon.meeting_nouns for c in _subject_holders(_clause_of(t)))
        )
        or _meeting_purpose(t, lexicon)
    ]


def _meeting_purpose(verb: Token, lexicon: Lexicon) -> bool:
    """"met Haftar and Sarraj separately to discuss trade": a to-clause of discussing (topic_object_verbs) that is
    the purpose of a meeting verb says what the meeting was about."""
    return (
        lemma(verb) in lexicon.topic_object_verbs
        and verb.dep_ in ("advcl", "xcomp")
        and any(a.tag_ == "TO" for a in verb.children)
        and lemma(verb.head) in lexicon.meeting_verbs
    )


def _subject_holders(clause: Token) -> list[Token]:
    """The clause's children, and its auxiliaries' (after a fronted clause the parser may hang the subject on
    "were": "As the fighting spread, the talks were devoted to trade")."""
    return [c for h in (clause, *(a for a in clause.children if a.dep_ in ("aux", "auxpass"))) for c in h.children]


def _clause_of(verb: Token) -> Token:
    """The verb whose subject a topic word's is: "was [related]" as an adjective, "was devoted", and the first of
    two coordinated predicates ("were devoted to trade and were not related to ...")."""
    clause = verb.head if verb.dep_ == "acomp" else verb
    while clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in _subject_holders(clause)) and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _negated(verb: Token) -> bool:
    holders = (verb, verb.head) if verb.dep_ == "acomp" else (verb,)
    return verb.lower_.startswith("un") or any(c.dep_ == "neg" for h in holders for c in h.children)


# What a topic verb says the meeting was about: "focused [on X]", "devoted [to X]", "dominated [by X]".
TOPIC_DEPS = frozenset({"prep", "agent", "dobj", "attr", "xcomp"})


def _about_something_else(sent: Span, lexicon: Lexicon) -> bool:
    """A meeting said to be about what names no settlement ("centred on migration across the Mediterranean"),
    or said not to be about one ("had nothing to do with the truce talks"); not one about other talks ("met Haftar to
    discuss preparations for the Berlin conference"), which leaves the topic to the sentences around."""
    for verb in _topic_verbs(sent, lexicon):
        topic = [t for c in verb.children if c.dep_ in TOPIC_DEPS and c.i > verb.i for t in c.subtree]
        settles = any(settlement_word(t, lexicon) or _war_place_discussed(t, lexicon) or _war_averted(t, lexicon) for t in topic)
        if not settles and not _negated(verb) and any(lemma(t) in lexicon.talk_words or lemma(t) in lexicon.meeting_nouns or lemma(t) in lexicon.venue_nouns for t in topic):
            continue  # "to discuss preparations for the Berlin conference": talks about talks say nothing either way
        if _negated(verb) == settles:
            return True
    return False


def dropped_meetings(
    meetings: Sequence[tuple[int, int]],
    relations: Sequence,
    sentences: Sequence[Span],
    actor_types: Mapping[str, str],
    lexicon: Lexicon,
    mediating: Sequence[tuple[int, int]] = (),
    backing_at: Sequence[tuple[int, int]] = (),
) -> set[int]:
    """The positions in `relations` of the meeting edges the article does not make mediation. `meetings`: the
    position of each meeting edge and the number of its sentence in `sentences` (every sentence of the article);
    `mediating` and `backing_at`: the same for the article's other mediation edges and its support edges."""
    found: dict[int, SentenceTopic] = {}

    def topic(number: int) -> SentenceTopic:
        if number not in found:
            found[number] = sentence_topic(sentences[number], lexicon)
        return found[number]

    backing = {frozenset((r.actor1, r.actor2)) for r in relations if r.relation == "support"}
    backed_in: dict[frozenset[str], set[int]] = {}
    for position, number in backing_at:
        backed_in.setdefault(frozenset((relations[position].actor1, relations[position].actor2)), set()).add(number)
    sides = {side.actor for side in lexicon.conflict_sides}
    # the camp of each side and of each Libyan body in one (the HoR in the east's, the High Council of State in Tripoli's)
    camp_of = {member: side.camp for side in lexicon.conflict_sides for member in side.members}

    def outsider(actor: str) -> bool:
        return actor not in sides and actor_types.get(actor, "").lower() in lexicon.outsider_types

    def state(actor: str) -> bool:
        # (an international body's envoy meeting one side is its mediator at work: "the UN envoy met Haftar")
        return outsider(actor) and actor_types.get(actor, "").lower() == STATE_TYPE

    # whom each outsider mediates with in each sentence: a meeting with both sides of the war is a go-between's
    met: dict[tuple[int, str], set[str]] = {}
    for position, number in (*meetings, *mediating):
        relation = relations[position]
        for one, other in ((relation.actor1, relation.actor2), (relation.actor2, relation.actor1)):
            met.setdefault((number, one), set()).add(other)

    dropped = set()
    for position, number in meetings:
        relation = relations[position]
        pair = (relation.actor1, relation.actor2)
        if not any(outsider(a) for a in pair):
            continue  # the war's own sides meeting each other
        near = range(max(0, number - 1), min(len(sentences), number + 2))
        if topic(number).elsewhere or (number + 1 < len(sentences) and topic(number + 1).elsewhere):
            dropped.add(position)
        elif any(len({camp_of[b] for n in near for b in met.get((n, a), set()) if b in camp_of}) >= 2 for a in pair if outsider(a)):
            continue  # "held talks with Haftar's envoys and with Sarraj's aides", "received Sarraj. A day later, he
            # hosted Haftar's envoys", "received the speakers of the HoR and the High Council of State": a go-between who
            # met both camps of the war
        elif any(set(pair) <= others for (n, third), others in met.items() if n == number and third not in pair):
            continue  # "Qatar held talks with the GNA under the aegis of the UN": talks a third party frames
        elif number in backed_in.get(frozenset(pair), set()) and not _meets_for_settlement(sentences[number], relation.cue, lexicon):
            # "Tebboune received Dbeibah and pledged support for the unity government", "Sisi received Haftar ...,
            # reaffirming Egypt's support for the LNA": a backer meeting the side its own sentence says it backs
            # (its talk of elections or a solution is the backer's stance), unless the meeting itself is for a
            # settlement ("received Sarraj to discuss the ceasefire, days after Turkey sent drones to the GNA")
            dropped.add(position)
        elif (frozenset(pair) in backing or all(outsider(a) for a in pair) or (any(state(a) for a in pair) and not _talks(relation.cue, lexicon))) and not any(
            topic(n).settlement for n in near
        ):
            dropped.add(position)
    return dropped


def _meets_for_settlement(sent: Span, cue: str, lexicon: Lexicon) -> bool:
    """Whether the meeting word `cue` has a settlement as its own purpose or topic: a to-clause ("received Sarraj to
    discuss the ceasefire") or a for-, on- or about-phrase ("talks on a truce", "flew to Cairo for ceasefire talks")."""
    for word in (t for t in sent if t.text == cue):
        phrases = [c for c in word.children if (c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children))]
        phrases += [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "about", "over")]
        if any(settlement_word(t, lexicon) for p in phrases for t in p.subtree):
            return True
    return False


def _talks(cue: str, lexicon: Lexicon) -> bool:
    """"An Egyptian delegation held talks with GNA officials": talks (talk_words, as written: "talks", "negotiations")
    are a negotiation between the two, not a visit of one side to a state; a backer's or an outsider's still need a
    settlement word."""
    word = cue.lower()
    return word in lexicon.talk_words or (word.endswith("s") and word[:-1] in lexicon.talk_words)
