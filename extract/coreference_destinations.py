"""The war's country as the destination of aid: "Turkey sent troops to Libya", "Ankara's deployment of Syrian fighters
to Libya", "the Emirati airlift to eastern Libya".

In news of the war the corpus is about, aid sent to the country goes to a side: to the side its sender is known to
back alone (the lexicon's conflict_sides, `backers`, at the article's date), as readers and annotators take it, or to
the side whose camp is named by the part of the country ("to eastern Libya": the camp "east", whoever sends). The
country's name (conflict_places) then gets a mention of that side, so the transfer reads "sent troops to Libya" as it
reads "sent troops to the GNA".

Only a to- or into-phrase on a verb of sending (transfer_verbs) with a sender the sentence names, or on a noun of
sending (destination_aid_nouns) whose owner is named on it ("Ankara's deployment", "the Emirati airlift", "deliveries
from Turkey"). A sender of both sides or of none names no side ("Russia flew jets to Libya"); nor does one who only
speaks of the sending ("France condemned the deployment of troops to Libya": no owner on the noun). A verb that
carries out a noun of sending (destination_carrying_verbs: "stepped up deliveries of drones to Libya") has its
subject send; one that only permits it (destination_permitting_verbs) does not, unless it is the sender's own legislature
deciding it ("Turkey's parliament voted to authorise the deployment of troops to Libya") with no purpose of defending
its own ("Egypt's parliament authorised the deployment of troops to Libya to defend Egypt's western border").
"""
from __future__ import annotations

from typing import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from extract.lexicon import ConflictSide, Lexicon
from extract.mentions import DESTINATION_KIND, ActorSpan
from extract.relations.grammar import positions_in

def resolve_aid_destinations(
    docs: Sequence[Doc], mentions: Sequence[list[ActorSpan]], backed_sides: dict[str, str], sides: Sequence[ConflictSide], date: str, lexicon: Lexicon
) -> list[list[ActorSpan]]:
    """Each paragraph's mentions plus one of the receiving side on each name of the war's country that aid is sent to
    (module docstring); `backed_sides` from coreference_backed.sides_backed_by."""
    # "to eastern Libya": a camp named by its part of the country ("east", "eastern")
    by_region = {side.camp.lower(): side.actor for side in sides if side.held_on(date) and side.camp}
    resolved = []
    for doc, found in zip(docs, mentions):
        by_token = {i: m for m in found for i in m.token_ids}
        added: list[ActorSpan] = []
        for place in (doc[i] for i in positions_in(doc, LOWER, lexicon.conflict_places)):
            if place.pos_ != "PROPN" or place.i in by_token:
                continue
            if place.dep_ != "pobj" or place.head.lower_ not in ("to", "into"):
                continue
            sending = place.head.head
            if sending.pos_ == "VERB" and sending.lemma_.lower() in lexicon.destination_permitting_verbs:
                # "authorised the deployment of troops to Libya": the parser may hang the goal on the permitting verb
                sending = next((c for c in sending.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.destination_aid_nouns), sending)
            if not _sends(sending, lexicon) or not _carries_aid(sending, lexicon):
                continue  # ("sent his foreign minister to Libya for talks": a visitor, no aid)
            regions = [by_region.get(c.lower_) or by_region.get(c.lower_.removesuffix("ern")) for c in place.children if c.dep_ == "amod"]
            if any(regions):
                receiving = sorted({r for r in regions if r})
            else:
                senders = {by_token[i].actor_id for i in _sender_tokens(sending, lexicon) if i in by_token}
                receiving = sorted({backed_sides[s] for s in senders if s in backed_sides})
            if len(receiving) == 1:
                added.append(ActorSpan(receiving[0], DESTINATION_KIND, doc[place.i : place.i + 1]))
        resolved.append(sorted([*found, *added], key=lambda m: m.span.start) if added else list(found))
    return resolved


def _sends(word: Token, lexicon: Lexicon) -> bool:
    """A verb of sending, or a noun of sending."""
    base = word.lemma_.lower()
    if word.pos_ in ("VERB", "AUX"):
        # "stepped up deliveries of drones to Libya": the parser may hang the goal on the verb that carries the noun out
        return base in lexicon.transfer_verbs or (base in lexicon.destination_carrying_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.destination_aid_nouns for c in word.children))
    return word.pos_ == "NOUN" and base in lexicon.destination_aid_nouns


def _carries_aid(sending: Token, lexicon: Lexicon) -> bool:
    """Whether what is sent is aid (aid_nouns: troops, drones, weapons, mercenaries), named as a verb's object or
    passive subject, or as a noun of sending's of-phrase; a noun of sending without one is aid itself."""
    if sending.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in sending.children):
        return True
    sent = [c for c in sending.children if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "of")]
    return any(t.lemma_.lower() in lexicon.aid_nouns for c in sent for t in c.subtree)


def _sender_tokens(sending: Token, lexicon: Lexicon) -> list[int]:
    """The tokens that may name who sends: a verb's subject (or the one its infinitive or gerund is hung on: "voted
    to send", "accused Ankara of sending") or its by-phrase; a noun's owner, a name on it, its from-phrase, or the
    subject of a verb that carries it out."""
    if sending.pos_ == "NOUN":
        found = [t.i for c in sending.children if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree]
        found += [t.i for c in sending.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children for t in o.subtree]
        verb = sending.head
        if not found and sending.dep_ == "dobj" and verb.lemma_.lower() in lexicon.destination_carrying_verbs:
            found = _subject_tokens(verb)
        if not found and sending.dep_ == "dobj" and verb.lemma_.lower() in lexicon.destination_permitting_verbs:
            found = _own_legislature(verb, sending, lexicon)
        return found
    found = _subject_tokens(sending)
    if found:
        return found
    if any(c.dep_ == "auxpass" for c in sending.children):
        return [t.i for c in sending.children if c.dep_ == "agent" for o in c.children for t in o.subtree]
    head = sending.head
    if sending.dep_ == "xcomp" and head.i != sending.i and head.lemma_.lower() not in lexicon.destination_permitting_verbs:
        return _subject_tokens(head)  # "Turkey's parliament voted to send troops to Libya" (not "approved sending")
    if sending.dep_ in ("xcomp", "dobj") and head.i != sending.i and head.lemma_.lower() in lexicon.destination_permitting_verbs:
        return _own_legislature(head, sending, lexicon)  # "Turkey's parliament voted to authorise sending troops"
    if sending.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return [t.i for c in head.head.children if c.dep_ == "dobj" for t in c.subtree]  # "accused Ankara of sending"
    return []


def _own_legislature(permitting: Token, sending: Token, lexicon: Lexicon) -> list[int]:
    """"Turkey's parliament voted to authorise the deployment of troops to Libya": a state's legislature permitting
    the sending decides it, so its subject (of the verb or of the one it is hung on: "voted to authorise") sends,
    when it is a legislature (destination_legislature_nouns); not when a purpose of defending is given that names no
    side ("authorised the deployment of troops to Libya to defend Egypt's western border": the state's own), nor when
    the sending is only possible (destination_possibility_words: "approved the possible deployment of troops")."""
    subject = next((c for c in permitting.children if c.dep_ == "nsubj"), None)
    if subject is None and permitting.dep_ in ("xcomp", "advcl"):
        subject = next((c for c in permitting.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in lexicon.destination_legislature_nouns:
        return []
    if any(c.dep_ == "amod" and c.lower_ in lexicon.destination_possibility_words for c in sending.children):
        return []  # "approved the possible deployment of troops to Libya": a sending that may never come
    purposes = [c for holder in (permitting, sending) for c in holder.children if c.dep_ in ("advcl", "acl", "xcomp") and c.i > sending.i]
    if any(p.lemma_.lower() in lexicon.defending_words and not any(t.pos_ == "PROPN" and t.dep_ != "poss" for o in p.children if o.dep_ == "dobj" for t in o.subtree) for p in purposes):
        return []  # (defending a border or a country's security, no side named as what is defended)
    return [t.i for t in subject.subtree]


def _subject_tokens(verb: Token) -> list[int]:
    return [t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
