"""The parse of one sentence as constructions see it: which tokens name which
actor, the actors a noun phrase stands for (possessors, appositions,
conjuncts, "including" lists), a clause's subjects with inheritance through
control and coordination, antecedents of relative clauses, and who is
speaking. Constructions ask this object; they never walk mention lists.
"""
from __future__ import annotations

import functools
import re
from typing import Mapping

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import EPITHET_KIND, HYPHEN_MARKS, PERSON_KINDS, SHARED_REFERENCE_KINDS, ActorSpan, quoted_tokens
from extract.relations.grammar import (
    ALONGSIDE_PREPS,
    CONDITION_MARKS,
    HYPHENS,
    NO_DETERMINERS,
    PARTITIVES,
    BEHALF_KEY,
    after_hyphen,
    doc_text,
    positions_in,
    FIRST_PERSON,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    has_object_gap,
    hyphen_modifier,
    is_behalf_prep,
    is_passive,
    is_to_infinitive,
    is_verb,
    lemma,
    objects,
    particle_verb,
    posture_adjunct,
    prep_text,
    starts_clause,
    stood_somewhere,
)


# Mentions that name a place standing for its actor ("Tripoli", "the capital").
PLACE_KINDS = ("metonym", "seat")
# What a speaker calls himself: "we", and an official's "I" and "my" ("I will never sit down with Haftar," Sarraj
# said; "my government"), who stands for his state as his name does (also read by extract.attribution).
SPEAKER_PRONOUNS = FIRST_PERSON | frozenset({"i", "me", "my", "mine"})
# The words _reporting_subject, _coordinated_possessor or _clause_possessor can read as an actor.
STANDING_PRONOUNS = frozenset({"it", "they", "its", "their", "his", "her"})


def _denied(member: Token) -> bool:
    """A name set against another by "not" ("France, not Turkey, ...", "the UAE and not Egypt"), not the first of
    "not only ... but also"."""
    # (on any word of a name of several: "not Recep Tayyip Erdogan")
    return any(t.dep_ == "neg" and t.i < member.i and t.nbor(1).lower_ != "only" for t in member.subtree)


def follows_its_head(head: Token, apposition: Token) -> bool:
    """Whether an apposition comes right after its head's own phrase: the small parser can hang
    a name at the end of the sentence on a noun far before it, across another clause."""
    own = {head.i}
    for child in head.children:
        if child.i < apposition.i and child.dep_ != "appos":
            own.update(t.i for t in child.subtree)
    between = head.doc[head.i + 1 : apposition.left_edge.i]
    return all(t.i in own or t.is_punct for t in between)


TARGET_PREPS = ("on", "toward", "towards", "into", "against", "to", "at")


def is_target_place(token: Token, lexicon) -> bool:
    """A place that is attacked or advanced on ("took Sirte, a city held by X", "pushed toward
    the port, which X controls"), not one named as where someone is or comes from."""
    place = token
    while place.dep_ == "appos" and place.head.i != place.i:
        place = place.head
    controlled = of_taken_control(place, lexicon)
    # ("took control of the airport, which ..." is "took the airport")
    return (token.pos_ == "PROPN" or lemma(token) in lexicon.place_nouns) and (is_target(token) or controlled)


def of_taken_control(token: Token, lexicon) -> bool:
    """"took full control of Ubari", "gained possession of the airport": the place after one of
    wire_control_nouns that is the verb's object is what the verb takes."""
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "dobj" and lemma(of.head) in lexicon.wire_control_nouns


def is_target(token: Token) -> bool:
    """A thing in the place of what a verb acts on: its object, its passive subject, or the object of
    "on", "at", "against" ... ("struck bases hosting American troops", "fired at bases")."""
    place = token
    while place.dep_ == "appos" and place.head.i != place.i:
        place = place.head
    return place.dep_ in ("dobj", "nsubjpass") or (place.dep_ == "pobj" and place.head.lower_ in TARGET_PREPS)


def _paired_with(first: Token, second: Token) -> bool:
    """"Turkey-GNA", "Turkish-Libyan", "Egyptian-Greek-Cypriot": names joined by hyphens with no space, a pair (or
    a group) of parties (not "UN-led", "Russian-made", "Turkish-backed": a name on a participle)."""
    doc = first.doc

    def name_like(token: Token) -> bool:
        return token.text[:1].isupper() and token.tag_ in ("NNP", "NNPS", "JJ") and not token.lower_.endswith("ed")

    at = first.i
    while at < second.i:
        if at + 2 >= len(doc) or doc[at + 1].text not in HYPHENS or doc[at].whitespace_ or doc[at + 1].whitespace_ or not name_like(doc[at + 2]):
            return False
        at += 2
    return at == second.i


def _act_before(holder: Token, place: Token, lexicon: Lexicon) -> Token | None:
    """The cue noun a place phrase completes: "an offensive [on Tripoli]", or the verb's object before it when the
    parser hangs the phrase on the verb ("launched an offensive [on Tripoli]")."""
    if holder.pos_ == "NOUN" and lemma(holder) in lexicon.nouns:
        return holder
    if holder.pos_ == "VERB":
        acts = [c for c in holder.children if c.dep_ == "dobj" and c.i < place.i and c.pos_ == "NOUN" and lemma(c) in lexicon.nouns]
        return acts[-1] if acts else None
    return None


def _cleft(it: Token) -> bool:
    """"it was France which ...", "it is Turkey that ...": "it" heads a cleft, whose focus is what follows "be"."""
    verb = it.head
    if it.dep_ != "nsubj" or lemma(verb) != "be":
        return False
    focus = [c for c in verb.children if c.dep_ == "attr"]
    return any(c.dep_ in ("relcl", "acl") for f in focus for c in f.children) or any(
        c.dep_ in ("ccomp", "relcl") and any(m.lower_ in ("that", "who", "which") for m in c.children) for c in verb.children
    )


class SentenceContext:
    """One parsed sentence, its actor mentions, and its speaker."""

    def __init__(
        self, sent: Span, mentions: list[ActorSpan], speaker: str, lexicon: Lexicon, about_peace: bool | None, actor_types: Mapping[str, str] | None = None
    ) -> None:
        self.sent = sent
        # actor id -> dictionary type ("state", "IGO", ...): "an important NATO ally" names a membership
        self.actor_types: Mapping[str, str] = actor_types or {}
        self.about_peace = about_peace
        self.lexicon = lexicon
        self.speaker = speaker
        sent.doc.user_data[BEHALF_KEY] = lexicon.behalf_phrases  # read by grammar.prep_text and objects
        self.mentions = [m for m in mentions if m.span.start >= sent.start and m.span.end <= sent.end]
        if speaker:
            for i in positions_in(sent.doc, LOWER, SPEAKER_PRONOUNS, start=sent.start, end=sent.end):
                token = sent.doc[i]
                if token.tag_ in ("PRP", "PRP$"):
                    self.mentions.append(ActorSpan(speaker, "pronoun", sent.doc[token.i : token.i + 1]))
        self.mention_at: dict[int, ActorSpan] = {}
        # "the two sides" stands for two actors on the same tokens: the first is in mention_at, the rest here.
        self.also_at: dict[int, list[ActorSpan]] = {}
        for mention in self.mentions:
            for i in mention.token_ids:
                present = self.mention_at.get(i)
                if present is not None and present.span == mention.span and present.actor_id != mention.actor_id:
                    self.also_at.setdefault(i, []).append(mention)
                else:
                    self.mention_at[i] = mention
        for i in positions_in(sent.doc, LOWER, STANDING_PRONOUNS, start=sent.start, end=sent.end):
            token = sent.doc[i]  # no other word can be read by the ones below
            reporter = (
                self._reporting_subject(token)
                or self._coordinated_possessor(token)
                or self._clause_possessor(token)
                or self._shared_object(token)
                or self._relative_clause_subject(token)
                or self._thanker(token)
            )
            if reporter is not None:
                pronoun = ActorSpan(reporter.actor_id, "pronoun", sent.doc[token.i : token.i + 1])
                self.mentions.append(pronoun)
                self.mention_at[token.i] = pronoun
        text = doc_text(sent.doc)[sent.start_char : sent.end_char]
        # a sentence that ends in "?", or holds a quoted question the parser did not split off ('"Why would Egypt arm
        # the LNA?" Shoukry, a veteran diplomat, said.')
        self.is_question = text.rstrip().rstrip("\"'”’").endswith("?") or _opens_with_quoted_question(text)
        self.is_polar_question = self.is_question and is_polar_question(sent)
        # group() of a phrase is asked again and again while the sentence is read (by each construction of each
        # frame, and inside group itself); with the mentions all in (above), its answer is kept per call
        self._groups: dict[tuple[int, bool, int], list[ActorSpan]] = {}
        self._resolving: set[int] = set()  # the tokens group() is working out now (a guard against cycles)
        self.group = self._group_kept  # type: ignore[method-assign]

    def _group_kept(self, token: Token | None, follow_conj: bool = True, depth: int = 0) -> list[ActorSpan]:
        """group(), each answer worked out once per sentence (a copy returned: callers may change theirs)."""
        if token is None:
            return []
        key = (token.i, follow_conj, depth)
        found = self._groups.get(key)
        if found is None:
            if token.i in self._resolving:
                return []  # a phrase that leads back to itself ("whose" -> its clause -> the noun): no more names
            self._resolving.add(token.i)
            try:
                found = self._groups[key] = SentenceContext.group(self, token, follow_conj, depth)
            finally:
                self._resolving.discard(token.i)
        return list(found)

    def _coordinated_possessor(self, token: Token) -> ActorSpan | None:
        """"the GNA and its rival", "Haftar and his backers": the possessive is the first conjunct."""
        if token.i in self.mention_at or token.lower_ not in ("its", "his", "their", "her") or token.dep_ != "poss":
            return None
        owner = token.head
        if owner.dep_ != "conj" or owner.head.i in self.also_at:
            return None
        if any(c.lower_ == "own" for c in owner.children):
            return None  # "equipping both the LNA and its own Syrian auxiliaries": the clause subject's own
        if owner.head.i not in self.mention_at:
            # "the GNA's brigades and their Qatari sponsors": a first conjunct that stands for one actor
            first = self.group(owner.head, follow_conj=False)
            return first[0] if owner.head.pos_ == "NOUN" and len({m.actor_id for m in first}) == 1 else None
        return self.mention_at[owner.head.i]

    def _shared_object(self, token: Token) -> ActorSpan | None:
        """"called the UAE a dysfunctional state and accused it of funding the war": "it" as the object of
        a verb coordinated with one whose object is one actor is that actor; so it is as the object of a verb inside
        the coordinated clause ("praised the LNA and said Egypt would keep supporting it"), and after a copula whose
        predicate names one actor ("the legitimate government is the GNA, and Turkey will support it")."""
        if token.i in self.mention_at or token.lower_ != "it" or token.dep_ != "dobj":
            return None
        verb = token.head
        while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "conj":
            return None
        first = verb.head
        # ("The only legitimate government is the GNA, and we will keep supporting it": a copula's predicate names it)
        named_deps = ("dobj", "attr") if lemma(first) == "be" else ("dobj",)
        objects_named = [self.mention_at[c.i] for c in first.children if c.dep_ in named_deps and c.i in self.mention_at and c.i not in self.also_at]
        return objects_named[0] if len(objects_named) == 1 else None

    def _thanker(self, token: Token) -> ActorSpan | None:
        """"The GNA thanked Turkey for supporting it", "thanked Ankara for helping it resist the assault": "it" in what
        the thanked one did is not the thanked one (who does it), but the one who thanks, when that is one actor
        (gratitude_verbs; not "urged Russia to ratify it", where "it" is as often a thing)."""
        if token.i in self.mention_at or token.lower_ != "it":
            return None
        if token.dep_ == "dobj":
            deed = token.head
        elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "prt"):
            deed = token.head.head  # "standing by it", "siding with it"
        elif token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and token.head.tag_ == "VB":
            deed = token.head.head  # "helping it resist": helped to resist
        else:
            return None
        if deed.dep_ != "pcomp" or deed.head.lower_ != "for" or lemma(deed.head.head) not in self.lexicon.gratitude_verbs:
            return None
        thanking = deed.head.head
        thanked = {m.actor_id for c in thanking.children if c.dep_ == "dobj" for m in self.group(c)}
        subjects, _, passive = self.subjects(thanking, is_passive(thanking))
        actors = {m.actor_id for m in subjects}
        if not thanked or len(actors) != 1 or passive or actors & thanked:
            return None
        return subjects[0]

    def _relative_clause_subject(self, token: Token) -> ActorSpan | None:
        """"Russia sent peacekeepers under the truce it brokered", "The UAE denied that the drones it supplied
        ...": "it" as the subject of a relative clause on a thing the main clause names is the main clause's
        subject, when that is one actor; so it is on an actor the main clause acts on ("Qatar warned Haftar, whose
        offensive it called a threat", "met Sarraj, whom it described as a partner"), which "it" is not."""
        if token.i in self.mention_at or token.lower_ != "it" or token.dep_ != "nsubj" or token.head.dep_ != "relcl":
            return None
        node = token.head.head
        antecedent = self.mention_at.get(node.i)
        if antecedent is None and node.pos_ != "NOUN":
            return None
        if antecedent is not None and (node.dep_ not in ("dobj", "pobj") or antecedent.kind in SHARED_REFERENCE_KINDS):
            # "Turkey, which it says ...": an actor the subject is or names is left alone; so are the sides a phrase
            # stands for ("western factions it once shunned"), which may be any of several
            return None
        thing_is_subject = node.dep_ in ("nsubj", "nsubjpass")
        while node.dep_ in ("dobj", "pobj", "prep", "nsubj", "nsubjpass") and node.head.i != node.i and not is_verb(node):
            node = node.head
        while thing_is_subject and node.dep_ == "ccomp" and node.head.i != node.i and lemma(node.head) in self.lexicon.reporting_verbs:
            node = node.head  # "denied that the drones it supplied were used": whoever denies
        if not is_verb(node):
            return None
        subjects, _, passive = self.subjects(node, is_passive(node))
        if antecedent is not None and any(m.actor_id == antecedent.actor_id for m in subjects):
            return None
        return subjects[0] if len({m.actor_id for m in subjects}) == 1 and not passive else None

    def _clause_possessor(self, token: Token) -> ActorSpan | None:
        """"Russia pondered how to deal with its client": a possessive in a verb's object or
        adjunct is that verb's subject, when that is one actor; except after a verb that
        acts on its object ("Greece criticized Turkey for its support": its is Turkey's,
        which the controlled-clause construction reads)."""
        if token.i in self.mention_at or token.lower_ not in ("its", "their") or token.dep_ != "poss":
            return None
        node = token.head
        if node.dep_ in ("nsubj", "nsubjpass"):
            return None  # "Its drones struck ...": extract.coreference.resolve_it
        while node.dep_ in ("dobj", "pobj", "prep", "conj", "appos", "attr") and node.head.i != node.i:
            node = node.head
        if node.pos_ not in ("VERB", "AUX") or lemma(node) in self.lexicon.control_verbs_object:
            return None
        if self._backed_rival(token, node):
            return None  # "accused Doha of funding its rivals": no one backs its own rivals (extract.coreference_allies)
        subjects, _, passive = self.subjects(node, is_passive(node))
        actors = {m.actor_id for m in subjects}
        if len(actors) == 1 and not passive and self._backs_enemy(token.head, subjects[0].actor_id):
            # "The LNA expelled Turkish firms over their support for the GNA": a side of the war backs no enemy; the
            # support is the object's, when that is one actor
            named = {m.actor_id: m for c in node.children if c.dep_ == "dobj" for m in self.group(c)}
            return next(iter(named.values())) if len(named) == 1 else None
        role = self.lexicon.nouns.get(lemma(token.head))
        if token.lower_ == "their" and role is not None and role.identity is not None and not any(
            s.tag_ in ("NNS", "NNPS") or s.conjuncts for s in _subject_tokens(node)
        ):
            return None  # "Germany's minister urged their foreign backers to stop": not one speaker's own backers
        return subjects[0] if len(actors) == 1 and not passive else None

    def _backs_enemy(self, noun: Token, owner: str) -> bool:
        """Whether a support noun ("support", "backing", "funding") names as whom it goes to (its for-, to- or of-phrase)
        a side of the war that was at war with `owner` (conflict_sides whose dates overlap): no side backs its enemy."""
        cue = self.lexicon.nouns.get(lemma(noun))
        if cue is None or cue.relation != "support":
            return False
        sides = {side.actor: side for side in self.lexicon.conflict_sides}
        if owner not in sides:
            return False
        backed = {m.actor_id for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of") for p in objects(c) for m in self.group(p)}
        return any(actor in sides and actor != owner and _at_war(sides[owner], sides[actor]) for actor in backed)

    def _backed_rival(self, token: Token, verb: Token) -> bool:
        """"its rivals", "their enemies" (rival_nouns) as what a verb of backing (a support verb or one of sending)
        acts on: the possessive is not the verb's subject."""
        cue = self.lexicon.verbs.get(lemma(verb))
        backing = (cue is not None and cue.relation == "support") or lemma(verb) in self.lexicon.transfer_verbs
        return backing and lemma(token.head) in self.lexicon.rival_nouns

    def _reporting_subject(self, token: Token) -> ActorSpan | None:
        """"Russia declared that it will ...", "the LNA said its jets ...": "it" is whoever declares."""
        if token.i in self.mention_at:
            return None
        if token.lower_ == "it" and _cleft(token):
            return None  # "saying it was actually France which is playing a dangerous game": "it" stands for nothing
        if token.lower_ == "it" and token.dep_ == "nsubjpass" and lemma(token.head) in self.lexicon.purpose_participles:
            return self._thing_answered(token.head)
        if token.lower_ in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass"):
            clause = token.head
        elif token.lower_ in ("its", "their") and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
            clause = token.head.head  # "The LNA said its warplanes struck ..."
        else:
            return None
        if clause.dep_ == "relcl" and token.lower_ in ("it", "they"):
            # "the GNA said it would not negotiate with Haftar, whom it called a war criminal": a relative
            # clause inside the reported clause keeps its speaker
            node = clause.head
            while node.dep_ in ("pobj", "prep", "dobj") and node.head.i != node.i:
                node = node.head
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in STANDING_PRONOUNS and self._may_be_pronoun_antecedent(c, token) for c in node.children):
                return None  # "Turkey condemned the offensive it blamed on Haftar, Sisi said": the clause's own subject
            clause = node
        reporter = clause.head
        if clause.dep_ != "ccomp" or lemma(reporter) not in self.lexicon.reporting_verbs:
            return None
        # (in a quotation "they" may be the speaker's people: '"Our soldiers are not fighting; they train ...," Erdogan said')
        plural = token.lower_ in ("they", "their") and token.i not in quoted_tokens(token.doc)
        for child in reporter.children:
            if child.dep_ == "nsubj" and plural and _one_speaker(child, self.mention_at.get(child.i)):
                return None  # "a senior official said their deployment ...": "their" is not the official
            if child.dep_ == "nsubj" and child.i in self.mention_at and child.i not in self.also_at:
                return self.mention_at[child.i]
            if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
                # "The Turkish defence ministry said its forces ...": a body of one actor
                found = self.group(child, follow_conj=False)
                if len({m.actor_id for m in found}) == 1:
                    return found[0]
        if reporter.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in reporter.children):
            # "Paris rejected the charge, saying it backs the recognised government": the participle's own subject
            inherited, _, passive = self.subjects(reporter, False)
            if _set_off_participle(reporter) and lemma(reporter.head) in self.lexicon.control_verbs_object:
                # "Greece criticised Turkey, saying it had violated its airspace": "it" is the one acted on, when named
                acted_on = [m for c in reporter.head.children if c.dep_ == "dobj" for m in self.group(c)]
                inherited = acted_on if len({m.actor_id for m in acted_on}) == 1 else inherited
            if plural and any(_one_speaker(s, self.mention_at.get(s.i)) for s in _subject_tokens(reporter)):
                return None  # "said a senior official, adding that their presence ...": not the official
            if token.lower_ == "it" and any(s.tag_ in ("NNS", "NNPS") or s.conjuncts for s in _subject_tokens(reporter)):
                return None  # "GNA forces hit a cargo plane, saying it had been ferrying weapons": "it" is no plural
            if len({m.actor_id for m in inherited}) == 1 and not passive and inherited[0].kind != "pronoun":
                return inherited[0]
        return None

    def _may_be_pronoun_antecedent(self, subject: Token, pronoun: Token) -> bool:
        """The reported clause's own subject is what "it" / "they" in its relative clause may stand for: an actor
        ("Turkey", "Wagner fighters"), or for "they" any plural ("Foreign fighters remain in the south, where they guard
        oil fields for Haftar, the UN panel said": the fighters, not the panel)."""
        if subject.i in self.mention_at or self.group(subject):
            return True
        return pronoun.lower_ == "they" and (subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts))

    def _thing_answered(self, clause: Token) -> ActorSpan | None:
        """"Qatar rejected Cairo's plan, adding it was meant to rescue the LNA": "it" with a passive of purpose
        (purpose_participles: "was aimed at", "was designed to") is a thing, not the one who speaks: the object of the
        verb the saying hangs on, standing for its one owner ("the Turkish deployment"); else no one."""
        reporter = clause.head
        if clause.dep_ != "ccomp" or lemma(reporter) not in self.lexicon.reporting_verbs or reporter.dep_ not in ("advcl", "conj"):
            return None
        thing = next((c for c in reporter.head.children if c.dep_ == "dobj"), None)
        if thing is None or thing.i in self.mention_at:
            return None
        owners = self.group(thing) or self.owner_of_noun(thing)
        return owners[0] if len({m.actor_id for m in owners}) == 1 else None

    def _not_list_marker(self, subject: Token) -> bool:
        """A subject that is no list marker or bare number ("2- The Russians came"); a number that stands for actors
        named before is one ("Qatar and Turkey met in Doha. The two then armed the GNA": "the two", resolved by
        extract.coreference.standalone_count)."""
        return subject.tag_ not in ("LS", "CD") or subject.i in self.mention_at

    def subjects(self, verb: Token, passive: bool) -> tuple[list[ActorSpan], bool, bool]:
        """The verb's subject mentions, whether they were inherited from another
        clause, and whether the subject is the patient (passive)."""
        # "The Russians came knocking": the parser can hang the subject on an auxiliary.
        candidates = [*verb.children, *(g for c in verb.children if c.dep_ == "aux" for g in c.children)]
        candidates = [c for c in candidates if not self._time_read_as_subject(verb, c)]
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("one", "some", "either", "neither") and _of_relative(c) for c in candidates):
            return [], False, passive  # "..., one of whom is supported by Ankara": which one is not said
        plain = [c for c in candidates if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS and self._not_list_marker(c)]
        # "Sudan's paramilitary Rapid Support Forces deployed ...": an adjective the parser made a second subject right
        # before the name it modifies is part of that subject, and so is its possessor
        named = [c for c in plain if not (c.tag_ == "JJ" and any(o.i > c.i and o.left_edge.i == c.i + 1 for o in plain))]
        if len(named) == 1 < len(plain):
            return self.group(named[0]), False, named[0].dep_ == "nsubjpass" or passive
        if len(plain) > 1:
            # "Çavuşoğlu and Lavrov held ...": the parser can give a verb two subjects.
            return [m for c in plain for m in self.group(c)], False, plain[0].dep_ == "nsubjpass" or passive
        for child in candidates:
            if child.dep_ in SUBJECT_DEPS and self._not_list_marker(child):  # "2- The Russians came"
                if child.lower_ not in RELATIVE_PRONOUNS:
                    # Headlines drop the "and": "Turkey, Russia continue talks".
                    listed = [
                        m
                        for c in verb.children
                        if c.dep_ in ("npadvmod", "appos") and c.i < child.i and c.i in self.mention_at
                        for m in self.group(c)
                    ]
                    if listed:
                        return listed + self.group(child), False, child.dep_ == "nsubjpass" or passive
                whose = any(c.lower_ == "whose" for c in child.children)
                # "Egypt and the UAE, both of which back Haftar": every one of the antecedent
                every = child.lower_ in ("both", "all", "each") and _of_relative(child)
                if (child.lower_ in RELATIVE_PRONOUNS or whose or every) and verb.dep_ == "relcl":
                    antecedent = self.antecedent(verb, child)
                    if not antecedent and not passive:
                        # "drones that helped the GNA": the sender acts through what it sent; "countries that
                        # backed the plan" act for themselves, and only whoever sent or armed them acts through them
                        # (not whoever was "frustrated with" them)
                        if self._agentive(verb.head):
                            return self.senders_of(verb.head, sponsors=True), True, False
                        return self.owner_of(verb.head), True, False
                    if not passive:
                        antecedent = antecedent + self.senders_of(verb.head)  # "sent the Wagner group, which fights for"
                    return antecedent, False, passive
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and verb.head.i < verb.i:
                    # "the UAE, which it says flies drones for Haftar", "a ship that they said was carrying weapons to
                    # the GNA": the relative pronoun of a clause reported inside a relative clause is its antecedent
                    return self.antecedent(verb.head, child), False, passive
                found = self._not_observers(verb, self._doers(child, self.group(child)))
                return found, False, child.dep_ == "nsubjpass" or passive
        head = verb.head
        misparsed = verb.doc[verb.i - 1] if verb.i > 0 else None
        if misparsed is not None and misparsed.dep_ == "conj" and starts_clause(misparsed) and misparsed.right_edge.i + 1 == verb.i:
            # "met with Haftar and the Turkish delegation held ...": the parser made the
            # second subject a conjunct of the first clause's object.
            return self.group(misparsed, follow_conj=False), False, passive
        if head.i == verb.i:
            return [], False, passive
        if verb.dep_ in ("acl", "relcl") and is_to_infinitive(verb) and head.dep_ == "dobj":
            # "gave Haftar a green light to attack Tripoli", "gave the GNA the means to resist": who is given it acts
            given = [m for c in head.head.children if c.dep_ == "dative" for m in self.group(c)]
            if given:
                return given, True, passive
        if verb.dep_ == "acl" and is_to_infinitive(verb) and (asker := self.asker_of(head)) is not None:
            # "sought Turkish help to fight Haftar", "asked Ankara for drones to repel the offensive": aid asked for
            # serves the asker's purpose, not the giver's
            return self.subjects(asker, is_passive(asker))[0], True, False
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and lemma(head) not in self.lexicon.control_nouns):
            antecedent = self.antecedent(verb, None)
            if not antecedent and verb.tag_ in ("VBG", "VB"):
                # "an offer backing Haftar", "an offensive to seize Tripoli": whoever made it acts (not a camp:
                # "Turkey warned the camp backing Haftar"; its members are read by camp-membership)
                # nor actors ("approved sanctions targeting foreign actors supporting Haftar", "brought together the
                # powers backing rival sides"): those act for themselves, and only whoever sent them acts through them
                if lemma(head) in self.lexicon.camp_nouns or self._agentive(head):
                    return self.senders_of(head, sponsors=True), True, False
                return self.owner_of(head), True, False
            if verb.tag_ == "VBG":
                antecedent = antecedent + self.senders_of(head)  # "deployed Wagner mercenaries fighting for Haftar"
            return antecedent, True, passive or verb.tag_ == "VBN"
        if verb.dep_ == "amod" and verb.tag_ == "VBN":
            return self.group(head), True, True
        if verb.dep_ in ("acl", "xcomp") and head.pos_ == "NOUN" and lemma(head) in self.lexicon.control_nouns:
            # "Russia failed in its attempt to persuade Turkey": the attempt's maker acts.
            makers = [m for c in head.children if c.dep_ == "poss" for m in self.group(c)]
            makers += [m for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in objects(c) for m in self.group(p)]
            return makers or self.governing_subjects(head), True, passive
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma(head) in self.lexicon.falling_verbs and (takers := self._taken_by(head)):
            # "al-Watiya fell to GNA forces, depriving Haftar of his foothold": what follows from the fall is the taker's
            return takers, True, passive
        if verb.dep_ in ("xcomp", "pcomp", "advcl", "conj", "ccomp"):
            if verb.tag_ == "VBG" and any(c.dep_ in ("amod", "det") for c in verb.children):
                return [], False, passive  # "after a week of heavy fighting": a noun the parser took for a verb
            # ("shied away from backing Haftar": the verb of the particle the preposition hangs on)
            controller = particle_verb(head.head) if verb.dep_ == "pcomp" else head
            if verb.dep_ == "pcomp" and lemma(controller) in PURPOSE_NOUNS and controller.dep_ == "pobj" and controller.head.lower_ in PURPOSE_PREPS:
                if is_verb(controller.head.head):
                    # "deployed troops to Libya with the aim of supporting the GNA": the purpose is the verb's
                    controller = controller.head.head
            if verb.dep_ == "pcomp" and controller.dep_ == "npadvmod" and controller.pos_ == "NOUN" and controller.head.i != controller.i:
                controller = controller.head  # "met Haftar, a day after meeting Sarraj": the measure of time is no doer
            # "resigned after months of trying to broker a truce": a time phrase's "of" belongs to the clause's verb
            through_time = (
                verb.dep_ == "pcomp" and head.lower_ == "of" and controller.lower_ in self.lexicon.time_nouns
                and controller.dep_ == "pobj" and controller.head.lower_ in TIME_PREPS and is_verb(controller.head.head)
            )
            if through_time:
                controller = controller.head.head
            if verb.dep_ == "pcomp" and controller.dep_ == "pobj" and controller.head.dep_ == "agent":
                controller = controller.head.head  # "is suspected by diplomats of arming": the of-phrase is the verb's
            if controller.pos_ == "ADJ" and controller.dep_ in ("acomp", "oprd"):
                controller = controller.head  # "NATO is ready to help the GNA"
            if _set_off_participle(verb) and controller.dep_ == "ccomp" and lemma(controller.head) in self.lexicon.reporting_verbs and self._speech_act(verb):
                # "Russia said the reports were false, accusing Washington of ...": an act of speech set off after a
                # reported clause is the reporter's, wherever the parser hangs it ("said Haftar's gunners shelled the
                # port, hitting a ship" stays the gunners')
                controller = controller.head
            timed = (verb.dep_ == "pcomp" and head.lower_ in TIME_PREPS and _set_off_time(head)) or through_time
            while timed and (controller.dep_ == "xcomp" or (controller.dep_ == "advcl" and is_to_infinitive(controller))) and lemma(controller.head) in self.lexicon.control_verbs_object:
                # "pressed Haftar to accept a truce, a week after receiving Sarraj": a time adjunct is the clause's,
                # whoever the parser hangs it on
                controller = controller.head
            if verb.dep_ == "pcomp" and controller.dep_ == "conj" and controller.pos_ in ("PROPN", "NOUN"):
                first = controller
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                gapped = any(c.dep_ == "prep" and c.lower_ == head.lower_ for c in first.head.children)
                if first.dep_ == "dobj" and gapped and lemma(first.head) in self.lexicon.control_verbs_object:
                    # "accused the UAE of bombing Tripoli and Egypt of arming Haftar": each one accused does its own
                    return self.group(controller, follow_conj=False), True, passive
            if controller.pos_ not in ("VERB", "AUX"):
                return [], True, passive
            if (
                verb.dep_ == "conj"
                and lemma(verb) in self.lexicon.reporting_verbs
                and controller.dep_ == "ccomp"
                and lemma(controller.head) in self.lexicon.reporting_verbs
            ):
                # "Kalin said Turkey and Russia would 'work together', but insisted that Haftar must withdraw": a
                # second verb of saying is the first speaker's, wherever the parser coordinated it
                controller = controller.head
            if _set_off_participle(verb) and controller.dep_ == "xcomp" and lemma(controller.head) in self.lexicon.control_verbs_object:
                # "urged Haftar to withdraw from Sirte, while welcoming ...": the parser hangs the participle on the
                # nearest verb; set off, it is the urger's
                controller = controller.head
            past_after_and = _past_after_and(verb, controller)
            finite_conjunct = _finite_after_infinitive(verb, controller) or past_after_and
            if finite_conjunct and (controller.dep_ == "xcomp" and is_to_infinitive(controller)):
                # "pressed the GNA to stop its advance and denounced Qatar", "urged Haftar to let exports resume and,
                # in talks with him, pressed for ...": a finite verb is no conjunct of the infinitive the parser hung
                # it on, but of the verb above it, and shares that verb's subject
                controller = controller.head
            if verb.dep_ == "ccomp" and lemma(controller) in self.lexicon.reporting_verbs:
                return [], True, passive
            # (a coordinated verb shares the first one's subject: "called the UAE a failed state and accused it")
            if verb.dep_ != "conj" and not finite_conjunct and not _set_off_participle(verb) and not timed and (lemma(controller) in self.lexicon.control_verbs_object or lemma(controller) in self.lexicon.prevention_verbs):
                objects_ = [c for c in controller.children if c.dep_ == "dobj"]
                if not objects_ and lemma(controller) in self.lexicon.persuasion_verbs:
                    # "called on Putin to press Haftar", "appealed to Haftar to accept": the one called on acts
                    objects_ = [p for c in controller.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i < verb.i for p in objects(c)]
                controlled = [m for c in objects_ for m in self.group(c)]
                if verb.dep_ == "pcomp" and (own := _with_own_phrase(objects_, head)):
                    # "... the UAE of bombing Tripoli and Egypt of arming Haftar": a later object with its own
                    # phrase does that phrase's act, not this one
                    controlled = [m for c in objects_ for o in (c, *c.conjuncts) if o.i not in own for m in self.group(o, follow_conj=False)]
                # the object is the one meant to act in "urged X to", "accused X of", "kept X from"; not in
                # "keep their purses open to fund Haftar", whose purpose is the subject's
                bound = verb.dep_ == "pcomp" or (verb.dep_ == "xcomp" and lemma(controller) in self.lexicon.control_verbs_object)
                if (
                    bound and controller.dep_ == "relcl" and controller.head.i < controller.i
                    and all(o.lower_ in RELATIVE_PRONOUNS for o in objects_)
                    and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in controller.children)
                ):
                    # "pilots it accused of helping Haftar", "Haftar, whom it accused of attacking Tripoli": the accused
                    # is the relative clause's object, its antecedent
                    return self.antecedent(controller, objects_[0]) if objects_ else self.group(controller.head), True, passive
                if controlled or (objects_ and bound):
                    # "accused the LNA's Arab supporters of providing Haftar with aircraft": the object acts,
                    # even when it names no actor; never the one who accuses
                    return controlled, True, passive
            found, _, controller_passive = self.subjects(controller, is_passive(controller))
            if not found and verb.dep_ in ("xcomp", "advcl") and controller.dep_ == "acl" and controller.tag_ == "VBN":
                found = self._deployer(controller)  # "extended the mandate of troops sent to back the GNA"
            if (
                verb.dep_ in ("xcomp", "advcl")
                and not controller_passive
                and lemma(controller) in self.lexicon.transfer_verbs
                and lemma(controller) not in self.lexicon.recipient_object_verbs  # "supplying Haftar with drones to ...": the object receives
                and not any(c.dep_ in ("dative", "prep") and c.lower_ == "with" for c in controller.children)
            ):
                found = found + self.named_sent(controller)  # "Turkey sent Syrian National Army fighters to fight for the GNA"
            if controller_passive and verb.dep_ in ("pcomp", "xcomp"):
                # "France is suspected of favoring Haftar": the passive subject acts.
                return found, True, passive
            # a conjunct shares the first verb's voice ("was attacked and wounded"), unless it is a finite past after a
            # finite passive with arguments only an active has ("were stationed at Jufra and fought for Haftar": the
            # fighters fought; not "recognized by the UN and backed by Turkey", "found at a base recaptured from
            # Haftar", participles the tagger may read as past forms); a finite present never is one ("is committed to
            # a political solution and supports the GNA")
            shared_voice = controller_passive and verb.tag_ not in ("VBZ", "VBP") and not (
                verb.tag_ == "VBD"
                and any(c.dep_ == "auxpass" for c in controller.children)
                and any(c.dep_ == "cc" and controller.i < c.i < verb.i for c in controller.children)  # a real coordination
                and self._active_arguments(verb)
            )
            return found, True, passive if verb.dep_ != "conj" else shared_voice or passive
        return [], False, passive

    def _active_arguments(self, verb: Token) -> bool:
        """Whether a past form has what only its active voice has: an object, or a preposition its cue takes ("fought
        for Haftar"); not a by-phrase ("backed by Turkey") nor a bare participle ("a base recaptured from Haftar")."""
        if any(c.dep_ == "agent" for c in verb.children):
            return False
        cue = self.lexicon.verbs.get(lemma(verb))
        return any(c.dep_ == "dobj" or (c.dep_ == "prep" and cue is not None and prep_text(c) in cue.preps) for c in verb.children)

    def _time_read_as_subject(self, verb: Token, child: Token) -> bool:
        """"restored its mission on Friday after four years, pledging its support to X": the parser can read a time
        phrase before a participle as a clause whose subject is the time noun ("after" its mark); it is an adjunct,
        and the participle shares the subject of the clause it is set off from."""
        return (
            child.dep_ == "nsubj"
            and verb.tag_ == "VBG"
            and child.i < verb.i
            and child.lower_ in self.lexicon.time_nouns
            and any(c.dep_ == "mark" and c.lower_ in TIME_PREPS and c.i < child.i for c in verb.children)
        )

    def _deployer(self, participle: Token) -> list[ActorSpan]:
        """Who sent the forces a participle of sending describes ("soldiers sent over to shield the GNA"), when
        the forces name no one: the subject of a verb that authorises, extends or orders the deployment they are in
        (wire_deploying_verbs: "Turkey's parliament extended the mandate of troops sent to back the GNA", "renewed the
        mission of soldiers dispatched to assist"); not one who protests or condemns it."""
        if lemma(participle) not in self.lexicon.transfer_verbs:
            return []
        node = participle.head
        if lemma(node) in self.lexicon.personnel_nouns:
            while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
                node = node.head
        elif not any(c.dep_ == "prep" and c.lower_ == "of" and lemma(p) in self.lexicon.personnel_nouns for c in node.children for p in objects(c)):
            return []
        if node.pos_ != "NOUN" or node.dep_ != "dobj" or lemma(node.head) not in self.lexicon.wire_deploying_verbs:
            return []
        if lemma(node) in self.lexicon.withdrawal_nouns:
            return []  # "ordered the withdrawal of troops sent to train the GNA": the order ends the deployment
        return self.subjects(node.head, is_passive(node.head))[0]

    def _taken_by(self, falling: Token) -> list[ActorSpan]:
        """Whom a place fell to: the actors of a falling verb's to-phrase ("fell to GNA forces")."""
        return [m for c in falling.children if c.dep_ == "prep" and c.lower_ == "to" for p in objects(c) for m in self.group(p)]

    def antecedent(self, clause: Token, pronoun: Token | None) -> list[ActorSpan]:
        """What a relative or participle clause describes. A relative pronoun
        right after a coordination refers to the nearest conjunct. Never a name inside the clause itself ("the
        agreement which Russia and Turkey brokered" stands for no broker of its own clause)."""
        # (its own words, not the span they cover: a repaired parse may leave a comma of the clause past a list set off
        # after it, "those backing Haftar, namely the UAE and Egypt, ...")
        inside = {t.i for t in clause.subtree}
        return [m for m in self._antecedent(clause, pronoun) if m.root.i not in inside]

    def _antecedent(self, clause: Token, pronoun: Token | None) -> list[ActorSpan]:
        head = clause.head
        if pronoun is not None and (signers := self._makers_before_which(head, pronoun)):
            return signers
        if head.dep_ == "appos" and (lemma(head) in self.lexicon.claim_nouns or lemma(head) in self.lexicon.act_nouns) and not self.mention_at.get(head.i):
            # "accused Qatar of funding groups fighting alongside the GNA, a claim Doha dismissed": the claim is
            # what was said, set off after the clause; whatever the parser hung it on is not what is dismissed (nor
            # what an act does: "avoided criticising Haftar, a balancing act that keeps the government afloat")
            return []
        listed = head
        while listed.dep_ == "conj" and listed.head.i != listed.i:
            listed = listed.head  # "a rival of Sarraj, Albania and Kazakhstan, backed by Egypt"
        if pronoun is not None and pronoun.lower_ in ("both", "all", "each") and _of_relative(pronoun):
            return self.group(listed)  # "Egypt and the UAE, both of which back Haftar": the whole list
        appositive = listed.head.head if listed.dep_ == "pobj" else head
        if pronoun is None and clause.i > 0 and clause.doc[clause.i - 1].text == "," and appositive.dep_ == "appos":
            # "Haftar, a rival of Sarraj, backed by Egypt, ...": a participle set off after an apposition
            # describes what the apposition describes, not the name inside it
            head = appositive.head
        if (
            pronoun is not None
            and pronoun.dep_ == "nsubj"
            and head.dep_ == "pobj"
            and lemma(head) in self.lexicon.place_nouns
            and (cue := self.lexicon.verbs.get(lemma(clause))) is not None
            and cue.relation in ("support", "opposition")
        ):
            # "the Turkish presence in the capital that protects the GNA": a place protects no one; the
            # clause is about the noun the place phrase follows (the parser may hang it on the verb)
            holder = head.head.head
            before = [c for c in holder.children if c.dep_ == "dobj" and c.i < head.i] if holder.pos_ in ("VERB", "AUX") else [holder]
            if before and before[-1].pos_ == "NOUN":
                head = before[-1]
        if (
            pronoun is not None
            and pronoun.dep_ != "nsubj"  # (the capital may act: "talks with Cairo and Ankara, which backs the GNA")
            and head.dep_ == "pobj"
            and (place := self.mention_at.get(head.i)) is not None
            and place.kind in PLACE_KINDS
            and (act := _act_before(head.head.head, head, self.lexicon)) is not None
        ):
            # "an offensive on Tripoli, which Turkey condemned": the act, not the city it was aimed at
            head = act
        anchor = pronoun.i if pronoun is not None else clause.i
        if pronoun is not None and pronoun.i > 0 and clause.doc[pronoun.i - 1].text != ",":
            # "the Saudis, Emiratis and Egyptians who bankroll his campaign": a restrictive clause right after a list of
            # peoples (plural demonyms) picks out the whole list, as one set
            members = [t for t in sorted([listed, *listed.conjuncts], key=lambda t: t.i) if t.i < anchor]
            named = [self.mention_at.get(t.i) for t in members]
            if len(members) >= 2 and all(m is not None and m.kind == "demonym" and (t.tag_ in ("NNPS", "NNS") or t.lower_.endswith("s")) for m, t in zip(named, members)):
                return [m for t in members for m in self.group(t, follow_conj=False)]
        conjuncts = [c for c in head.conjuncts if c.i < anchor]
        if (named := self.mention_at.get(head.i)) is not None:
            # "the Egypt's House of Representatives and Turkey, which": the parser may join the list to the name's last word
            conjuncts += [c for t in named.span if t.i != head.i for c in t.conjuncts if named.span.end <= c.i < anchor]
        if pronoun is not None and conjuncts:
            nearest = max(conjuncts, key=lambda t: t.i)
            if nearest.i > head.i and not _plural_clause_on_singular(clause, pronoun, nearest):
                return self.group(nearest, follow_conj=False)
        if pronoun is not None and head.dep_ == "conj" and _plural_clause_on_singular(clause, pronoun, head):
            # "Egypt and Greece, which demand the withdrawal of Turkish forces": a plural verb on the last of a list of
            # singular names agrees with the whole list, back to a member with a clause of its own ("Turkey, which
            # has troops there, and Russia and the UAE, which back Haftar": Russia and the UAE)
            members = sorted([listed, *listed.conjuncts], key=lambda t: t.i)
            members = [t for t in members if t.i <= head.i]
            start = max((k + 1 for k, t in enumerate(members) if t.i != head.i and any(c.dep_ in ("relcl", "acl", "appos") for c in t.children)), default=0)
            return [m for t in members[start:] for m in self.group(t, follow_conj=False)]
        # "the GNA, backed by Turkey, and the LNA, ...": the clause describes what precedes it.
        follows = any(c.i > anchor for c in head.conjuncts)
        described = self._doers(head, self.group(head, follow_conj=not follows))
        # a contact relative ("an initiative the GNA rejected") has its object where a relative pronoun would be
        object_gap = pronoun is None and has_object_gap(clause)
        if not described and (object_gap or pronoun is not None and pronoun.dep_ == "dobj") and head.dep_ == "dobj" and lemma(head.head) in self.lexicon.authorship_verbs:
            # "Sisi unveiled a ceasefire initiative, which the GNA rejected": a thing made stands for its maker
            described = [m for m in self.subjects(head.head, is_passive(head.head))[0] if m.actor_id not in self._subject_ids(clause)]
        if not described:
            described = self._predicated_of(head)
        if not described and pronoun is not None:
            described = self._list_before_comma(head, clause, pronoun)
        return described

    def _list_before_comma(self, head: Token, clause: Token, pronoun: Token) -> list[ActorSpan]:
        """"deepen frictions with Egypt and the UAE, which back Haftar", "talks with Russia and France, which both
        back Haftar": the parser may hang a relative clause set off after a list of names on the noun the list's
        phrase belongs to; a noun that names no actor cannot be its subject, and a plural clause agrees with the
        list before its comma (not with a single name: "the embargo on Libya, which is violated")."""
        if pronoun.dep_ != "nsubj" or pronoun.i < 2 or clause.doc[pronoun.i - 1].text != "," or self.mention_at.get(head.i):
            return []
        last = clause.doc[pronoun.i - 2]
        if last.i not in self.mention_at or last.i <= head.i or head.i not in {a.i for a in last.ancestors}:
            return []
        listed = last
        while listed.dep_ == "conj" and listed.head.i != listed.i:
            listed = listed.head
        members = self.group(listed)
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        plural = auxiliaries[0].lower_ in PLURAL_AUXILIARIES if auxiliaries else clause.tag_ in ("VBP", "VBD", "VB")
        return members if len({m.actor_id for m in members}) >= 2 and plural else []

    def _makers_before_which(self, head: Token, pronoun: Token) -> list[ActorSpan]:
        """"the memorandum signed by Erdogan and Sarraj, which Greece denounced", "the truce brokered by Russia and
        Turkey, which Haftar rejected": after the by-phrase of a participle that makes a thing (authorship_verbs),
        "which" stands for the thing made, not for its last maker; all its makers are its doers. ("Which" never
        stands for a person either.)"""
        if pronoun.lower_ != "which":
            return []
        listed = head
        while listed.dep_ == "conj" and listed.head.i != listed.i:
            listed = listed.head
        if listed.dep_ != "pobj" or listed.head.dep_ != "agent" or listed.head.head.dep_ != "acl":
            return []
        makers = self.group(listed)
        made = lemma(listed.head.head) in self.lexicon.authorship_verbs
        return makers if makers and (made or all(m.kind in PERSON_KINDS for m in makers)) else []

    def _predicated_of(self, noun: Token) -> list[ActorSpan]:
        """"Qatar is one of the few countries to openly back the GNA", "Egypt was among the states that armed Haftar",
        "Egypt is the chief country supplying Haftar with armour": a clause on a copula's predicate noun (or on the
        group a partitive or "among" picks it from) describes the copula's subject, when that is a name."""
        node = noun
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in PARTITIVES:
            node = node.head.head
        if node.dep_ == "pobj" and node.head.lower_ == "among" and node.head.dep_ == "prep":
            copula = node.head.head
        elif node.dep_ == "attr":
            copula = node.head
        else:
            return []
        if not self._is_copula(copula):
            return []
        # a name, not a thing someone owns ("Egypt's concern is the militias backing the GNA")
        return [m for c in copula.children if c.dep_ == "nsubj" and c.i in self.mention_at for m in self.group(c)]

    def _doers(self, noun: Token, found: list[ActorSpan]) -> list[ActorSpan]:
        """Who acts when `noun` does: not the state a flag or register names ("a Tanzanian-flagged ship carried
        fuel to Haftar", "a Moldovan-registered plane that flew arms to the LNA"; registry_participles), which
        owns the ship or plane as a thing acted on ("seized a Turkish-flagged ship") but does not act through it."""
        flags = {
            c.i - 2
            for c in noun.children
            if c.dep_ in ("amod", "acl", "compound") and c.lemma_.lower() in self.lexicon.registry_participles and c.i >= 2
        }
        return [m for m in found if not (m.root.i in flags or m.span.start in flags)] if flags else found

    def _not_observers(self, clause: Token, found: list[ActorSpan]) -> list[ActorSpan]:
        """"UN investigators say most of them ended up in the ranks of the LNA": observers (observer_nouns, a plural
        subject of the reporting verb) report what others do; a pronoun in their clause that went back to their
        own body ("them" -> the UN) is not who acts there. Officials speaking for their body are no observers."""
        reporter = clause.head
        if clause.dep_ != "ccomp" or lemma(reporter) not in self.lexicon.reporting_verbs:
            return found
        watchers = [
            c for c in reporter.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and lemma(c) in self.lexicon.observer_nouns
        ]
        bodies = {m.actor_id for c in watchers for m in self.group(c)}
        return [m for m in found if not (m.kind == "pronoun" and m.actor_id in bodies)]

    def _subject_ids(self, verb: Token) -> set[str]:
        return {m.actor_id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.group(c)}

    def governing_subjects(self, noun: Token) -> list[ActorSpan]:
        """The subject of the clause a noun is an object in ("Russia fails in its attempt"). An "as"
        phrase describes the verb's object, not its subject: "dismissed Egypt's initiative as an attempt
        to rescue Haftar" is Egypt's attempt."""
        node = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
            described = self.described_by_as(noun.head.head, noun.i)
            if described is not None:
                return described
        while node.dep_ in ("pobj", "dobj", "prep", "conj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                if (cue := self.lexicon.verbs.get(lemma(node))) is not None and cue.relation == "opposition":
                    return []  # "Doha rejected any attempt to legitimise Haftar's attack": whoever rejects it did not make it
                return self.subjects(node, is_passive(node))[0]
        return []

    def _proposal_backers(self, proposal: Token) -> list[ActorSpan]:
        """"rejected a U.S.-backed proposal to demilitarise Sirte", "a plan sponsored by Egypt": who backs a proposal
        (proposal_backing_participles, on a hyphen or with a by-phrase) puts it forward, as its author does."""
        backing = self.lexicon.proposal_backing_participles
        found: list[ActorSpan] = []
        for child in proposal.children:
            # (the participle's own lemma: lemma() reads "U.S.-backed" as one word)
            if child.lemma_.lower() not in backing or child.tag_ not in ("VBN", "VBD", "JJ"):
                continue
            if child.dep_ == "amod" and child.i >= 2 and child.doc[child.i - 1].text in HYPHENS:
                found.extend(m for c in child.children if c.i == child.i - 2 for m in self.group(c, True, 1))
            elif child.dep_ == "acl":
                found.extend(m for c in child.children if c.dep_ == "agent" for p in objects(c) for m in self.group(p, True, 1))
        return found

    def _is_proposal(self, noun: Token) -> bool:
        """A peace topic or a mediation noun ("offer", "proposal", "initiative", "ceasefire"), or a noun a peace topic
        modifies ("the ceasefire call from Tripoli", "a truce announcement")."""
        cue = self.lexicon.nouns.get(lemma(noun))
        return self.names_peace(noun) or (cue is not None and cue.relation == "mediation")

    def described_by_as(self, verb: Token, before: int) -> list[ActorSpan] | None:
        """What an "as" phrase on `verb` (before token `before`) describes: the verb's object, as the actors it
        names or its owner ("dismissed Egypt's initiative as ..."); None when the verb has no object."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < before), None)
        return None if obj is None else self.group(obj) or self.owner_of_noun(obj)

    def owner_of_noun(self, noun: Token) -> list[ActorSpan]:
        """"Egypt's initiative", "the initiative of Egypt": the noun's possessor or of-object."""
        return [m for c in noun.children if c.dep_ == "poss" for m in self.group(c)] or [
            m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c) for m in self.group(p)
        ]

    def _agentive(self, noun: Token) -> bool:
        """"powers", "actors", "militias", "the two sides": a noun for those who act, not for a thing made."""
        base = lemma(noun)
        lex = self.lexicon
        return base in lex.unnamed_group_nouns or base in lex.non_state_nouns or base in lex.side_nouns or base in lex.group_reference_nouns

    def owner_of(self, thing: Token) -> list[ActorSpan]:
        """Who sent, made or brought `thing` (the subject of the verb it is the object of)."""
        while thing.dep_ == "conj":
            thing = thing.head
        if thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
            # (a phrasal verb by its particle: "drove out armed groups that had sided with Haftar")
            particle = next((f"{lemma(thing.head)} {c.lower_}" for c in thing.head.children if c.dep_ == "prt"), "")
            cue = self.lexicon.verbs.get(particle) or self.lexicon.verbs.get(lemma(thing.head))
            if (cue is not None and cue.relation == "opposition") or lemma(thing.head) in self.lexicon.severing_verbs:
                return []  # "Turkey attacked the militias backing Haftar", "cut the road that supplied Haftar's garrison":
                # what is attacked or cut is not the attacker's
            if self._answers(thing.head):
                return []  # "Athens will reject any settlement that endorses the deal": someone else's solution
            return self.subjects(thing.head, is_passive(thing.head))[0]
        paid_for = thing.head.lower_ == "for" and lemma(thing.head.head) in self.lexicon.sponsor_participles
        if thing.dep_ == "pobj" and (thing.head.lower_ == "with" or paid_for) and thing.head.head.pos_ == "VERB":
            # "came with an offer backing Haftar", "paid for flights that delivered weapons to Y"
            verb = thing.head.head
            return self.subjects(verb, is_passive(verb))[0]
        return []

    def _answers(self, verb: Token) -> bool:
        """A verb that answers or judges what someone else made (answering_verbs that make nothing, refusal_verbs,
        gratitude_verbs): "accepted / studied / welcomed a plan that ...", not "signed / proposed a plan that ..."."""
        base = lemma(verb)
        lex = self.lexicon
        return (base in lex.answering_verbs and base not in lex.authorship_verbs) or base in lex.refusal_verbs or base in lex.gratitude_verbs

    def owned_by(self, name: Token) -> bool:
        """"a Turkish-flagged ship", "Emirati-operated drones": the participle after the hyphen says the
        thing is the name's (`ownership_participles`)."""
        after = name.i + 2
        return after < len(name.doc) and name.doc[after].lemma_.lower() in self.lexicon.ownership_participles

    def named_sent(self, verb: Token) -> list[ActorSpan]:
        """The groups a sending verb's object names, which act too where the sender acts ("sent Syrian National
        Army fighters to fight for the GNA", "deployed Wagner operatives alongside Haftar's forces"); not a
        nationality ("Syrian mercenaries": no state acting)."""
        return [m for c in verb.children if c.dep_ == "dobj" for m in self.group(c) if m.kind != "demonym"]

    def senders_of(self, force: Token, sponsors: bool = False) -> list[ActorSpan]:
        """Who sent or deployed `force` (a transfer verb's subject): "Russia deployed Wagner
        mercenaries fighting alongside Haftar" acts through them, as the group itself does. With
        `sponsors`, also who arms, funds or trains it (a support verb's subject): "Qatar funded militias
        fighting Haftar"."""
        while force.dep_ in ("conj", "appos") and force.head.i != force.i:
            force = force.head
        if force.dep_ != "dobj":
            return []
        verb = lemma(force.head)
        sponsoring = sponsors and (cue := self.lexicon.verbs.get(verb)) is not None and cue.relation == "support"
        if verb not in self.lexicon.transfer_verbs and not sponsoring:
            return []
        own = {m.actor_id for m in self.group(force)}
        return [m for m in self.subjects(force.head, is_passive(force.head))[0] if m.actor_id not in own]

    def alluded_to(self, group: Token) -> list[ActorSpan]:
        """The actors a reference phrase in the sentence names ("in an obvious allusion to Egypt,
        to Saudi Arabia and the UAE", "referring to Turkey"), which an unnamed group ("other
        forces", "some countries") stands for. The phrase runs from its "to" to the next verb; a
        member is the object of a "to" there, or conjoined with one. A verb that singles out
        (quotes_singling_verbs: "singling out Egypt and Turkey") names them as its object."""
        for word in self.sent:
            if self._singles_out(word):
                # "singling out Egypt and Turkey", "naming Qatari officials": whom the verb's object names
                singled = [c for c in word.children if c.dep_ == "dobj"]
                if any(c.left_edge.i <= group.i <= c.right_edge.i for c in singled):
                    continue  # the group is what is singled out
                named = list(dict.fromkeys(m for c in singled for m in self.group(c)))
                if named:
                    return named
                continue
            if lemma(word) not in self.lexicon.reference_words or not any(c.dep_ == "prep" and c.lower_ == "to" for c in word.children):
                continue
            members: list[ActorSpan] = []
            for token in self.sent.doc[word.i + 1 : self.sent.end]:
                if token.pos_ in ("VERB", "AUX"):
                    break
                mention = self.mention_at.get(token.i)
                if mention is None or token.i != mention.span.root.i:
                    continue
                attached = token
                while attached.dep_ in ("conj", "appos") and attached.head.i != attached.i:
                    attached = attached.head
                if attached.dep_ == "pobj" and attached.head.lower_ == "to" and mention not in members:
                    members.append(mention)
            if members and not word.i < group.i <= (members[-1].span.end):
                return members
        return []

    def _unnamed_relative(self, token: Token) -> bool:
        """"Those who fund the GNA", "anyone who deploys soldiers" (quotes_unnamed_relatives with a relative clause):
        people no name is given, whom a reference phrase of the sentence may name. Not the subject of a copula
        ("those who bankroll the GNA are allies of terrorists"): a verdict on them, which a noun of alliance would
        misread as their backing of the speaker."""
        if token.lower_ not in self.lexicon.quotes_unnamed_relatives or not any(c.dep_ == "relcl" for c in token.children):
            return False
        return not (token.dep_ == "nsubj" and self._is_copula(token.head))

    def _singles_out(self, word: Token) -> bool:
        """A verb that names whom a speaker means, its object the members (quotes_singling_verbs: "must leave
        Libya, the envoy said, singling out Turkey and Russia", "naming the UAE and Egypt as ...")."""
        if word.pos_ != "VERB":
            return False
        particles = [c.lower_ for c in word.children if c.dep_ == "prt"]
        return any(f"{lemma(word)} {p}" in self.lexicon.quotes_singling_verbs for p in particles) or (
            not particles and lemma(word) in self.lexicon.quotes_singling_verbs
        )

    def _is_copula(self, verb: Token) -> bool:
        """"be", or a verb whose complement describes its subject (copular_verbs: "remain", "prove")."""
        return verb.pos_ in ("AUX", "VERB") and (lemma(verb) == "be" or lemma(verb) in self.lexicon.copular_verbs)

    def described_by(self, noun: Token) -> list[ActorSpan]:
        """What "backer"/"tool"/"ally" is said of: its apposition or copula subject."""
        if noun.dep_ == "appos":
            # "Russia and the UAE, Haftar's top suppliers": after the whole list it describes every member.
            after_list = all(c.i < noun.i for c in noun.head.conjuncts)
            return self.group(noun.head, follow_conj=after_list and bool(noun.head.conjuncts))
        copular_object = noun.dep_ in ("dobj", "oprd") and lemma(noun.head) in self.lexicon.copular_verbs
        if (noun.dep_ in ("attr", "acomp") or copular_object) and noun.head.pos_ in ("AUX", "VERB"):
            return self.subjects(noun.head, False)[0]  # "Haftar proved a tough negotiator"
        if noun.dep_ == "nsubj" and self._is_copula(noun.head) and self.owner_of_noun(noun):
            # "The GNA's main backers are Turkey and Qatar": an owned role as the subject is said of the names after
            # the copula (every member of their list)
            named = [m for c in noun.head.children if c.dep_ == "attr" and c.i > noun.i for m in self.group(c, follow_conj=True)]
            if named:
                return named
        for child in noun.children:
            if child.dep_ == "appos":
                return self.group(child)
        if noun.dep_ == "conj" and self._is_copula(noun.head):
            return self.subjects(noun.head, False)[0]  # "was not a force in itself but the tool of Russia"
        if noun.dep_ == "conj":
            # "the GNA and its Turkish allies", "Haftar and his Emirati patrons": a conjunct with its own owner and
            # a name on it says who backs the owner (not "its Syrian proxies": a nationality of those backed);
            # otherwise it describes what the first conjunct describes
            named = self._named_on_owned(noun) if getattr(self.lexicon.nouns.get(lemma(noun)), "identity", None) == "agent" else []
            return named or self.described_by(noun.head)
        governor = noun.head.head
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "as"
            and (
                lemma(governor) in self.lexicon.role_verbs
                or (
                    any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in governor.children)
                    # (not "sees itself less as Cairo's ally than as an arbiter": a role set aside)
                    and not any(c.dep_ in ("advmod", "neg") and c.lower_ in ("less", "not", "never", "rather", "no") for c in (*governor.children, *noun.head.children))
                )
            )
            and not any(c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves")) for c in governor.children)
        ):
            # "Ankara has emerged as the GNA's main ally", "Russia positioned itself as a mediator"; any verb with a
            # reflexive object does it ("Algeria offered itself as a mediator between Sarraj and Haftar")
            return self.subjects(governor, is_passive(governor))[0]
        designating = noun.head if noun.dep_ in ("oprd", "attr", "dobj") else governor if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
        if designating is not None and lemma(designating) in self.lexicon.designation_verbs and is_passive(designating):
            # "The UAE is widely seen as Haftar's main sponsor", "Turkey is considered the GNA's main ally"
            return self.subjects(designating, True)[0]
        if designating is not None and lemma(designating) in self.lexicon.designation_verbs and designating.dep_ == "acl" and designating.tag_ == "VBN":
            # "Egypt, seen as Haftar's main backer, ...", "France, Egypt and the UAE, widely regarded as the general's
            # patrons, ...": the participle describes its noun, and after the whole list every member
            named = designating.head
            return self.group(named, follow_conj=all(c.i < designating.i for c in named.conjuncts))
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in PARTITIVES:
            return self.described_by(noun.head.head)  # "Egypt, one of Haftar's closest allies"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _superlative(noun.head.head):
            return self.described_by(noun.head.head)  # "Egypt is the most valuable of Haftar's outside patrons"
        if noun.dep_ in ("ccomp", "oprd", "xcomp") and (small := [c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i]):
            # "the deliveries made Turkey the GNA's main ally", "makes Cairo the most valuable of Haftar's
            # patrons": a small clause after "make" says it of its own subject
            return [m for c in small for m in self.group(c)]
        if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.pos_ in ("PROPN", "NOUN"):
            return self.group(noun.head.head, follow_conj=False)  # "Egypt, among Haftar's allies"
        if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.dep_ == "prep" and self._is_copula(noun.head.head):
            return self.subjects(noun.head.head, False)[0]  # "Qatar is among the GNA's few Arab allies"
        if noun.dep_ == "nsubj" and lemma(noun.head) in self.lexicon.inclusion_verbs:
            return [m for c in noun.head.children if c.dep_ == "dobj" for m in self.group(c)]  # "Haftar's backers include the UAE"
        return self._named_on_owned(noun)

    def _named_on_owned(self, noun: Token) -> list[ActorSpan]:
        """"Haftar's Emirati and Egyptian backers", "the Turkish allies of the GNA": a name on a noun that has its owner."""
        if not self.owner_of_noun(noun):
            return []
        return [m for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i for m in self.group(c)]

    def between_parties(self, token: Token) -> list[ActorSpan]:
        """The sides named by "between X and Y" on `token`, or on a clause inside
        its phrase ("the meeting, due to be held between X and Y")."""
        holders = [token]
        if token.pos_ in ("NOUN", "PROPN"):
            holders.extend(t for t in token.subtree if t.pos_ == "VERB" and t.i != token.i and t.dep_ in ("acl", "xcomp", "relcl"))
        return [
            m
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in ("between", "among") and not _lists_members(c)
            for p in objects(c)
            for m in self.group(p)
        ]

    def did_in_clause(self, act: Token) -> bool:
        """Whether the active clause an in-phrase on `act` hangs on did the act the noun names: any act (act_nouns:
        "deployed troops in a move criticised by Rome"), or an attack (an opposition cue noun) its verb makes (an
        opposition cue verb: "struck the airport in a raid"); not "a soldier was killed in an attack", whose subject
        suffered it."""
        clause = act.head.head
        if is_passive(clause):
            return False
        if lemma(act) in self.lexicon.act_nouns:
            return True
        noun, verb = self.lexicon.nouns.get(lemma(act)), self.lexicon.verbs.get(lemma(clause))
        return noun is not None and noun.relation == "opposition" and verb is not None and verb.relation == "opposition"

    def backers_named_on(self, found: list[ActorSpan]) -> list[ActorSpan]:
        """"if the Turkish-backed forces moved on Sirte": the backers whose hyphen participle names forces that stand for
        the side they back (extract/coreference_backed.py); a threat or a red line aimed at those forces is aimed at
        their backer too."""
        backers = []
        for mention in found:
            start = mention.span.start
            if mention.kind != EPITHET_KIND or start < 3 or self.sent.doc[start - 2].text not in HYPHEN_MARKS:
                continue
            if self.sent.doc[start - 1].lower_ in self.lexicon.backed_force_participles and (backer := self.mention_at.get(start - 3)) is not None:
                backers.append(backer)
        return backers

    def outside_power(self, actor_id: str) -> bool:
        """A state or an international body (lexicon outsider_types), by the dictionary's type of the actor."""
        return self.actor_types.get(actor_id, "").lower() in self.lexicon.outsider_types

    def group(self, token: Token | None, follow_conj: bool = True, depth: int = 0) -> list[ActorSpan]:
        """The actor mentions a noun phrase stands for: the phrase's own name,
        its possessor or modifier ("Haftar's forces", "Turkish drones"),
        apposition, conjuncts and "including" lists."""
        if token is None or depth > 6:
            return []
        if token.lower_ == "whose":
            # "Egypt, whose support for Haftar ...": whose is the relative clause's antecedent.
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if clause is None and token.head.dep_ == "appos" and (host := self.mention_at.get(token.head.head.i)) is not None:
                # "Turkey, whose intervention in the conflict, in support of the GNA, has ...": the parser
                # lost the relative clause and hung its subject on the antecedent as an apposition
                return [host, *self.also_at.get(token.head.head.i, ())]
            return self.antecedent(clause, None) if clause is not None else []  # (a cycle back here: _group_kept)
        found: list[ActorSpan] = []
        own = self.mention_at.get(token.i)
        possessor = own.span[-1] if own is not None else None
        if possessor is not None and possessor.i != token.i and possessor.dep_ == "poss" and possessor.head.i >= own.span.end:
            # "by the Government of National Accord's foreign enemies": the parser split the phrase at the
            # name's "of"; the phrase is the possessed noun, the name only its possessor
            return self.group(possessor.head, follow_conj, depth + 1)
        # "the GNA's enemies", "Haftar's backers": a role noun's possessor is the other side, not the phrase.
        role = (cue := self.lexicon.nouns.get(lemma(token))) is not None and cue.identity is not None and cue.relation != "mediation"
        # (but "Erdogan's threat to strike Sirte" is an act: its possessor made it)
        role = role and not any(c.dep_ == "acl" and is_to_infinitive(c) for c in token.children)
        # "harboured its armed opposition", "Chad's rebels": who rises against the possessor is not the possessor
        role = role or lemma(token) in self.lexicon.wire_adversary_nouns
        # "consulted by their German hosts": whoever hosts the possessor is not the possessor
        role = role or lemma(token) in self.lexicon.host_role_nouns
        if own is not None:
            found.append(own)
            found.extend(self.also_at.get(token.i, ()))
        children = list(token.children)
        # "the Kaniyat militia, allied with Haftar": a group its own name names is not the side it is allied with
        named_group = own is None and any(c.dep_ in ("compound", "nmod") and c.i in self.mention_at for c in children)
        if own is not None and len(own.span) > 1:
            # "the Arab Republic of Egypt and Russia": a list can hang on any word of a multiword name.
            inside = set(own.token_ids)
            children += [c for t in own.span if t.i != token.i for c in t.children if c.i not in inside and c.dep_ in ("conj", "appos", "cc")]
        for child in children:
            dep = child.dep_
            if dep == "conj" and (not follow_conj or starts_clause(child)):
                continue
            if dep in ("appos", "conj") and _denied(child):
                continue  # "France, not Turkey, backed Haftar": the one set against the name is not with it
            if dep == "appos" and not follows_its_head(token, child):
                continue  # "provided the UAE with a system to counter drones supplied to its rival, the GNA"
            if dep == "appos" and own is not None and _owned_act(child, self.lexicon):
                continue  # "Russia's provision of fighters to Haftar, the UAE's financial backing, and ...": a list of acts
            if dep == "appos" and self._role_apposition(child) and (own is not None or any(c.i in self.mention_at for c in children if c.dep_ in ("amod", "compound", "nmod", "poss"))):
                # "Egypt, a member of the Arab League, hosted the talks": the body it belongs to did not; nor is NATO
                # confronted in "confronted Turkey, a NATO ally" (a list may go on past the apposition: "Sarraj, head of
                # the GNA and his adversary Haftar")
                found.extend(m for c in child.conjuncts if c.i > child.i for m in self.group(c, False, depth + 1))
                continue
            if dep in ("compound", "nmod") and own is None and self.place_attacked_by_name(token, child):
                continue  # "the Tripoli offensive" is aimed at Tripoli: not its owner, nor whom aid for it serves
            if dep in ("conj", "appos", "compound", "nmod", "poss", "npadvmod") or (dep == "amod" and child.i in self.mention_at):
                if dep == "npadvmod" and child.i not in self.mention_at:
                    continue
                if dep in ("compound", "nmod", "npadvmod", "amod") and hyphen_modifier(child, self.mention_at) and not self.owned_by(child):
                    continue  # "the UN-recognised government" is not the UN (but "a Turkish-flagged ship" is Turkey's)
                if dep in ("compound", "nmod", "poss", "amod") and (own is not None or (role and dep == "poss")) and not _paired_with(child, token):
                    # A name already names the phrase; its modifiers are its title (not "Turkey" in "the Turkey-GNA deal").
                    continue
                if dep in ("compound", "nmod") and lemma(token) in self.lexicon.venue_nouns and (
                    (place := self.mention_at.get(child.i)) is not None and place.kind in PLACE_KINDS
                ):
                    continue  # "endorsed the conclusions of the Berlin conference": a city names where, not who
                found.extend(self.group(child, True, depth + 1))
            elif dep == "amod" and own is None and child.i not in self.mention_at and (paired := [g for g in child.children if g.i in self.mention_at and _paired_with(g, child)]):
                found.extend(m for g in paired for m in self.group(g, True, depth + 1))  # "the Turkish-Libyan memorandum": Turkey's
            elif dep == "amod" and own is None and not named_group and (adjective := self.lexicon.adjectives.get(child.lemma_.lower())) and adjective.relation == "support":
                # "forces loyal to the GNA" are the GNA's forces; so are "GNA-aligned militias"
                found.extend(
                    m for c in child.children if c.dep_ == "prep" for p in objects(c) for m in self.group(p, True, depth + 1)
                )
                hyphened = self.mention_at.get(child.i - 2) if child.i >= 2 and child.doc[child.i - 1].text in HYPHENS else None
                if hyphened is not None and adjective.identity is None:  # not "Kremlin-linked mercenaries": linked is not theirs
                    found.append(hyphened)
            elif (
                dep in ("amod", "acl") and own is None and child.lemma_.lower() in self.lexicon.ownership_participles and lemma(token) not in self.lexicon.venue_nouns
                and (child.lemma_.lower() not in self.lexicon.holding_participles or (dep == "amod" and (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.i not in self.mention_at))))
            ):  # ("LNA-held Sirte": a place no actor is named by; "the Turkey-controlled GNA" is a hyphen compound)
                # (not "backs the UN-led political process": whoever leads talks mediates them, backing them is not backing the leader)
                # "a Turkish-flagged ship", "LNA-held positions": the name before the hyphen owns the thing ("positions
                # held by the LNA" are read below, as a place held; "the Turkey-controlled GNA" is a hyphen compound)
                found.extend(m for c in child.children if c.i == child.i - 2 and c.i in self.mention_at for m in self.group(c, True, depth + 1))
            elif dep == "acl" and own is None and not named_group and lemma(child) in self.lexicon.affiliation_participles:
                # "fighters aligned with the GNA", "units affiliated to Haftar" are that side's
                found.extend(m for c in child.children if c.dep_ == "prep" for p in objects(c) for m in self.group(p, True, depth + 1))
            elif dep in ("acl", "relcl") and own is None and lemma(child) in self.lexicon.holding_participles and is_target_place(token, self.lexicon):
                # "advanced on Sirte, a city held by the LNA": a place someone holds stands for them; so does "the airport,
                # which LNA units had held since April" (an active relative: its subject, not the relative pronoun)
                found.extend(m for c in child.children if c.dep_ == "agent" for p in objects(c) for m in self.group(p, True, depth + 1))
                if dep == "relcl" and not is_passive(child):
                    found.extend(m for c in child.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for m in self.group(c, True, depth + 1))
            elif dep == "acl" and own is None and child.tag_ in ("VBN", "VBG") and lemma(child) in self.lexicon.belonging_verbs and is_target(token):
                # "destroyed a depot belonging to the GNA", "struck bases hosting American troops", "hit
                # systems operated by Haftar's forces": what is struck stands for whom it belongs to
                found.extend(
                    m
                    for c in child.children
                    if c.dep_ in ("agent", "dobj") or (c.dep_ == "prep" and c.lower_ == "to")
                    for p in ((c,) if c.dep_ == "dobj" else objects(c))
                    for m in self.group(p, True, depth + 1)
                )
            elif dep == "prep" and own is None and child.lower_ == "in" and (
                lemma(token) in self.lexicon.seated_nouns or role or (lemma(token) in self.lexicon.held_place_nouns and is_target(token))
            ):
                # "officials in Ankara", "the authorities in Tripoli": the government seated there; "struck a military
                # academy in Tripoli": a place its holder holds, attacked, stands for the holder (extract.mentions reads
                # the capital as its actor there)
                found.extend(
                    m  # "those in Paris, Cairo and Abu Dhabi": each capital of the list
                    for p in objects(child)
                    for q in (p, *p.conjuncts)
                    if (m := self.mention_at.get(q.i)) is not None and m.kind in PLACE_KINDS
                )
            elif dep in ("relcl", "acl") and own is None and lemma(token) in self.lexicon.representative_nouns and lemma(child) in self.lexicon.representing_verbs:
                # "the two delegations, which represent the HoR and the High Council of State": whom they represent
                found.extend(m for c in child.children if c.dep_ == "dobj" for m in self.group(c, True, depth + 1))
            elif dep == "prep" and child.lower_ == "of" and own is None and lemma(token) in self.lexicon.representative_nouns and (
                representing := [a for p in objects(child) for a in p.children if a.dep_ in ("relcl", "acl") and lemma(a) in self.lexicon.representing_verbs]
            ):
                # "officers of the joint military commission representing the LNA and the unity government": the parser
                # hangs the participle on the body the officers are of
                found.extend(m for a in representing for c in a.children if c.dep_ == "dobj" for m in self.group(c, True, depth + 1))
            elif dep == "prep" and own is None and is_behalf_prep(child):
                if cue is not None and cue.identity is None and found:
                    # an act whose doer is named stands for its doer, not its beneficiary: "protested Ankara's deployment
                    # on behalf of the GNA" ("flew militants in for the battles on the side of the GNA": no doer)
                    continue
                found.extend(m for p in objects(child) for m in self.group(p, True, depth + 1))  # "fighters in the ranks of the LNA"
            elif dep == "prep":
                prep = prep_text(child)
                from_group = prep == "from" and own is None and (
                    lemma(token) in self.lexicon.non_state_nouns or lemma(token) in self.lexicon.representative_nouns or self._counted_members(token)
                )
                if from_group and lemma(token) in self.lexicon.non_state_nouns and self._nationals_of_a_state(child):
                    continue  # "mercenaries from Sudan": where they come from, not the state (but "fighters from the RSF")
                if prep == "from" and own is None and cue is not None and cue.relation == "opposition" and cue.preps.get("from") == "agent":
                    # "brushed aside warnings from Cairo", "dismissed criticism from Paris": a hostile word stands for
                    # whom it comes from, as "Cairo's warnings" does
                    from_group = True
                if from_group or prep in self.lexicon.identity_preps or (prep == "of" and lemma(token) in self.lexicon.holding_nouns) or (
                    prep == "of"
                    and own is None
                    and lemma(token) not in self.lexicon.nouns
                    and lemma(token) not in self.lexicon.place_nouns
                    and lemma(token) not in self.lexicon.withdrawal_nouns  # "welcomed the withdrawal of Turkish forces"
                ):
                    found.extend(m for p in objects(child) for m in self.group(p, True, depth + 1))
        if not found and depth == 0 and token.pos_ == "NOUN" and lemma(token) not in self.lexicon.withdrawal_nouns:
            # "the ceasefire proposed by Egypt", "the initiative of Egypt": a thing stands for its owner;
            # "the maritime deal between Turkey and the GNA": a deal stands for its parties.
            if (cue := self.lexicon.nouns.get(lemma(token))) is not None and cue.preps.get("between") == "parties":
                found.extend(self.between_parties(token))
            if lemma(token) in self.lexicon.proposal_nouns:
                found.extend(self._proposal_backers(token))
            for child in token.children:
                if child.dep_ == "acl" and child.tag_ == "VBN" and lemma(child) in self.lexicon.authorship_verbs:
                    authors = [m for c in child.children if c.dep_ == "agent" for p in objects(c) for m in self.group(p, True, 1)]
                    signed = lemma(child) in self.lexicon.signing_participles and len({m.actor_id for m in authors}) >= 2
                    if not (signed and lemma(token) in self.lexicon.peace_topics):
                        # "hailed the ceasefire agreed by the GNA and the LNA" backs neither side
                        found.extend(authors)
                elif child.dep_ == "relcl" and lemma(child) in self.lexicon.authorship_verbs and not is_passive(child):
                    # "the offensive that Haftar launched": whoever launched it
                    found.extend(
                        m for c in child.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for m in self.group(c, True, 1)
                    )
                elif child.dep_ == "prep" and (child.lower_ in ("of", "by") or (child.lower_ == "from" and self._is_proposal(token))):
                    # "rejected an offer of mediation from Egypt": where a proposal comes from is whose it is
                    # (not "fuel shipments from the Emirates", "companies from Turkey": what comes, or who is from)
                    if child.lower_ == "of" and self._attacked_by_of(token):
                        continue  # "condemned the shelling of Tripoli's port": the one attacked is not whose the attack is
                    if child.lower_ == "of" and role:
                        continue  # "sanctioned the foreign backers of Haftar": the other side, as "Haftar's backers" is
                    found.extend(m for p in objects(child) for m in self.group(p, True, 1))
        if not found and own is None and (lemma(token) in self.lexicon.unnamed_group_nouns or self._unnamed_relative(token)):
            # "the tool of other forces, in an allusion to Egypt": the group stands for those named
            found.extend(ActorSpan(m.actor_id, "allusion", self.sent.doc[token.i : token.i + 1]) for m in self.alluded_to(token))
        if not found and token.dep_ == "appos" and depth == 0:
            # "Haftar, a former army commander who ...": the apposition names Haftar;
            # "the ceasefire proposed by Egypt, an initiative ...": and its owner.
            return self.group(token.head, follow_conj=False)
        unique: list[ActorSpan] = []
        for mention in found:
            if mention not in unique:
                unique.append(mention)
        return unique

    def _nationals_of_a_state(self, prep: Token) -> bool:
        """A from-phrase on a non-state group noun that names only states: "mercenaries from Sudan and Chad" are
        their nationals, not the states' own forces (whoever sends or funds them backs no state)."""
        named = [m for p in objects(prep) for m in self.group(p)]
        return bool(named) and all(self.actor_types.get(m.actor_id, "").lower() == "state" for m in named)

    def _counted_members(self, token: Token) -> bool:
        """"six commanders from the LNA and six from the GNA": a number standing for the representatives counted
        before it (representative_nouns), with a from-phrase of its own."""
        return token.pos_ == "NUM" and token.dep_ == "conj" and lemma(token.head) in self.lexicon.representative_nouns

    def _attacked_by_of(self, noun: Token) -> bool:
        """A hostile act noun whose "of" names the one it is aimed at ("the shelling of Tripoli", "the siege of
        the GNA"; the lexicon's preps), not its author."""
        cue = self.lexicon.nouns.get(lemma(noun))
        return cue is not None and cue.relation == "opposition" and cue.preps.get("of") == "patient"

    def _role_apposition(self, noun: Token) -> bool:
        """A noun that says what someone is to another: a member (membership_nouns) or a role of the lexicon ("ally",
        "backer", "rival")."""
        cue = self.lexicon.nouns.get(lemma(noun))
        return lemma(noun) in self.lexicon.membership_nouns or (cue is not None and cue.identity is not None)

    def is_aid(self, token: Token) -> bool:
        """"drones", "weapons and fuel"; "a credit line", "arms shipments": or a noun an aid noun modifies, or
        a quantity of aid (quantity_nouns)."""
        aid = self.lexicon.aid_nouns
        for t in (token, *token.conjuncts):
            if lemma(t) in aid or any(c.dep_ == "compound" and lemma(c) in aid for c in t.children):
                return True
            if t.tag_ == "$" or (t.tag_ == "CD" and any(c.tag_ == "$" for c in t.children)):
                return True  # a sum of money: "sent $50 million to Haftar", "pledged €20m"
            if lemma(t) in self.lexicon.quantity_nouns and any(self.is_aid(p) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in objects(c)):
                return True  # "the first batch of S-400 air defence components", "a planeload of weapons"
        return False

    def _words_on_object(self, verb: Token) -> bool:
        """"Egypt condemned the deployment of Syrian fighters on the side of the GNA": a verb that acts in words
        (verbal_categories: condemning, rejecting, protesting) with an object acts on no one's behalf; a behalf phrase
        after its object, which the parser hangs on the verb, is the object's ("fought Haftar's offensive on the side
        of the GNA" is no word, and keeps it)."""
        cue = self.lexicon.verbs.get(lemma(verb))
        return cue is not None and cue.category in self.lexicon.verbal_categories and any(c.dep_ == "dobj" for c in verb.children)

    def on_behalf(self, *holders: Token) -> list[ActorSpan]:
        """"strikes on behalf of Haftar", "intervened in support of the GNA": whatever
        the cue, acting for someone is supporting them."""
        found = [
            m
            for place, holder in enumerate(holders)
            if place > 0 or not self._words_on_object(holder)  # (read for its object, the phrase is the object's)
            for c in holder.children
            # "Egyptian special forces were operating alongside Haftar's troops" (alongside_verbs)
            if c.dep_ == "prep" and (is_behalf_prep(c) or (c.lower_ in ALONGSIDE_PREPS and self._acts_alongside(holder)))
            and not self._meeting_on_request(holder, c)
            # ("stood at Sarraj's side at the press conference", "with Haftar standing at his side": where one stood)
            and not (lemma(holder) in self.lexicon.posture_verbs and (posture_adjunct(holder) or stood_somewhere(holder, c, self.lexicon, self.mention_at)))
            for p in objects(c)
            for m in self.group(p)
        ]
        # "Russia deployed Wagner fighters alongside Haftar's forces": the parser may hang the phrase on what is deployed
        found += [
            m
            for holder in holders
            if self._acts_alongside(holder)
            for o in holder.children
            if o.dep_ == "dobj"
            for c in o.children
            if c.dep_ == "prep" and c.lower_ in ALONGSIDE_PREPS
            for p in objects(c)
            for m in self.group(p)
        ]
        return found

    def _meeting_on_request(self, holder: Token, prep: Token) -> bool:
        """"The League convened an urgent session at Tunisia's request", "the ministers met at the invitation of
        Italy", "the sides accepted the truce at the request of the UN": a meeting held, called or convened, or peace
        made, on someone's request (mediation_request_nouns) says who asked for it, not whom its holder backs (troops
        "deployed at the request of the GNA" do back it)."""
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or lemma(noun) not in self.lexicon.mediation_request_nouns:
            return False
        lex = self.lexicon
        meetings = lex.meeting_nouns | lex.venue_nouns
        # ("continues to gather its members": the verb the aspectual one holds)
        verbs = [holder, *(c for c in holder.children if c.dep_ == "xcomp")]
        if any(lemma(v) in lex.meeting_verbs or lemma(v) in lex.convening_verbs for v in verbs):
            return True
        if any(lemma(v) in lex.visiting_verbs and not self._armed_subject(v) for v in verbs):
            # "Sarraj and Haftar travelled to Moscow at the invitation of Putin": a visit (not "fighters arrived at the
            # request of Haftar", nor "Turkey went into Libya at the invitation of the GNA")
            return True
        if self.makes_peace(holder, prep) or (holder.dep_ == "relcl" and self.names_peace(holder.head)):
            return True  # "agreed to a truce at the request of the UN", "signed the ceasefire at Moscow's invitation"
        held = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
        held += [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in objects(c)]
        return any(lemma(h) in meetings for h in held)

    def _armed_subject(self, verb: Token) -> bool:
        """Whether the verb's subject is armed men ("fighters", "troops": armed_men)."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and armed_men(self.lexicon, c) for c in verb.children)

    def _acts_alongside(self, holder: Token) -> bool:
        """A verb (alongside_verbs) or a verb holding a joint activity (joint_activity_nouns: "held exercises
        alongside GNA forces", "conducted drills alongside") whose "alongside" phrase names a comrade."""
        return lemma(holder) in self.lexicon.alongside_verbs or (
            is_verb(holder) and any(c.dep_ == "dobj" and lemma(c) in self.lexicon.joint_activity_nouns for c in holder.children)
        )

    def _speech_act(self, verb: Token) -> bool:
        """A verb that says something to or of someone: a reporting, demand or persuasion verb, or a cue of speech
        (accusing, rejecting, threatening, protesting, requesting)."""
        word, lex = lemma(verb), self.lexicon
        cue = lex.verbs.get(word)
        return (
            word in lex.reporting_verbs or word in lex.demand_verbs or word in lex.persuasion_verbs
            or (cue is not None and cue.category in SPEECH_CATEGORIES)
        )

    def asker_of(self, noun: Token) -> Token | None:
        """The verb of asking (asking_verbs) whose object, or for-phrase, the noun is ("sought help", "asked Ankara for
        drones"); None otherwise."""
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        return verb if verb is not None and is_verb(verb) and lemma(verb) in self.lexicon.asking_verbs else None

    def opposed_by(self, verb: Token) -> list[ActorSpan]:
        """"stood against Turkey", "deployed drones against Haftar's forces", "took measures against Turkish
        intervention": whom an against-phrase (lexicon.opposing_preps) on the verb, or on its object that
        names no one, names, or whose act it names."""
        # (not an object with an against-phrase of its own, wherever the parser hangs it: "vetoed a resolution
        # against Syria", "lifted sanctions last year against Iran")
        owned = [c for c in verb.children if c.dep_ == "dobj" and (lemma(c) in self.lexicon.document_nouns or lemma(c) in self.lexicon.nouns)]
        if owned:
            return []
        if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in NO_DETERMINERS for d in c.children) for c in verb.children):
            return []  # "had taken no action against the UAE", "no steps against Turkey": none was taken
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.i not in self.mention_at)]
        # "agreed on a common position against Turkey": the object of a prepositional verb's "on", as a direct object
        holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in objects(c) if p.i not in self.mention_at and lemma(p) not in self.lexicon.nouns]
        return [
            m
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in self.lexicon.opposing_preps
            for p in objects(c)
            for m in [*self.group(p), *self._backers_of_act(p)]
        ]

    def _backers_of_act(self, noun: Token) -> list[ActorSpan]:
        """"defended the capital against an aggression backed by Egypt and the UAE": who backs a hostile act (an
        opposition noun with a participle of backing, a support verb) is opposed with it."""
        cue = self.lexicon.nouns.get(lemma(noun))
        if cue is None or cue.relation != "opposition":
            return []
        return [
            m
            for acl in noun.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and getattr(self.lexicon.verbs.get(lemma(acl)), "relation", None) == "support"
            for a in acl.children
            if a.dep_ == "agent"
            for p in objects(a)
            for m in self.group(p)
        ]

    def in_presence(self, word: Token) -> list[ActorSpan]:
        """"proposed a ceasefire in the presence of Haftar", "talks with the participation of Egypt":
        who attends a mediation is a party to it (lexicon.presence_nouns). The phrase may hang on the
        cue, on its participle ("the ceasefire proposed by Sisi in the presence of Haftar") or its verb."""
        holders = [word, *(c for c in word.children if c.dep_ in ("acl", "relcl"))]
        if word.dep_ in ("dobj", "attr", "nsubjpass"):
            holders.append(word.head)
        # "with the participation of X, and in the presence of Y": the parser may coordinate the second phrase
        # with the first, or with the verb
        phrases = [c for holder in holders for c in holder.children if c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")]
        phrases += [c for prep in phrases for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"]
        return [
            m
            for prep in phrases
            if prep.lower_ in ("in", "with", "at")
            for noun in prep.children
            if noun.dep_ == "pobj" and lemma(noun) in self.lexicon.presence_nouns
            for of in noun.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for p in objects(of)
            for m in self.group(p)
        ]

    def reported_by(self, trigger: Token) -> str:
        """The actor whose words the cue sits in: "Kalın said Turkey supports ...",
        "Kalın accused the UAE of financing ..."."""
        speakers = self.reporters(trigger)
        return speakers[0].actor_id if speakers else ""

    def reporters(self, trigger: Token) -> list[ActorSpan]:
        """Every actor whose words the cue sits in ("Egypt and the UAE said ...")."""
        below = trigger
        for ancestor in trigger.ancestors:
            step = below  # the child of `ancestor` the path comes through
            through_subject = below.dep_ in (*SUBJECT_DEPS, "agent", "appos")
            below = ancestor
            if through_subject:
                continue
            if ancestor.pos_ == "VERB" and lemma(ancestor) in self.lexicon.reporting_verbs:
                if lemma(ancestor) in self.lexicon.cognition_verbs and step.dep_ != "ccomp":
                    continue  # "Turkey sees no role for Haftar": a thought's object is not what anyone says
                if lemma(ancestor) in self.lexicon.quotes_continuation_verbs and step.dep_ not in ("ccomp", "parataxis"):
                    continue  # "Egypt continues to arm Haftar", "maintains its support": going on, not saying so
                if step.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in step.children):
                    continue  # "Ankara will respond if the Russian-backed LNA attacks": the condition is not what it says
                for child in ancestor.children:
                    if child.dep_ in ("nsubj", "agent"):
                        speakers = self.group(child) or [m for c in child.children for m in self.group(c)]
                        if speakers:
                            return speakers
        return []

    def names_peace(self, noun: Token) -> bool:
        """"a truce", "a ceasefire deal", "a peace agreement": the noun or a modifier names a peace topic."""
        return lemma(noun) in self.lexicon.peace_topics or any(
            c.dep_ in ("compound", "amod", "nmod") and lemma(c) in self.lexicon.peace_topics for c in noun.children
        )

    def restated_pact(self, noun: Token) -> Token | None:
        """"Egypt and Greece signed an agreement on Thursday, a deal that Ankara condemned": a pact noun (pact_nouns)
        set off after a clause restates the pact that clause made; returns the pact the clause's verb (or a verb above
        it) took as its object before `noun`, or None."""
        pacts = self.lexicon.pact_nouns
        if lemma(noun) not in pacts:
            return None
        for verb in (a for a in noun.ancestors if is_verb(a)):
            made = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i and lemma(c) in pacts), None)
            if made is not None:
                return made
        return None

    def makes_peace(self, clause: Token, phrase: Token) -> bool:
        """Whether a clause names a peace topic (not one of war_topics) outside `phrase` and outside a clause of
        its own ("After the talks collapsed, ..."): "agreed to a ceasefire [after mediation by Germany]"."""
        skipped = {t.i for t in phrase.subtree}
        skipped |= {t.i for c in clause.children if c.dep_ in ("advcl", "csubj", "parataxis") for t in c.subtree}
        topics = self.lexicon.peace_topics - self.lexicon.war_topics
        return any(lemma(t) in topics for t in clause.subtree if t.i not in skipped)

    def about_peace_at(self, trigger: Token) -> bool:
        """Whether the text around is about ending the fighting (the topic is often
        set by the sentence before: "... ceasefire talks. The delegation met Haftar")."""
        if self.about_peace is not None:
            return self.about_peace
        return mentions_peace(self.sent.doc, self.lexicon, skip=trigger.i)

    def side_by_side(self, verb: Token, prep: Token) -> bool:
        between = verb.doc[min(verb.i, prep.i) + 1 : max(verb.i, prep.i)]
        return any(t.lower_ in self.lexicon.alongside_words for t in between)

    def place_attacked_by_name(self, act: Token, modifier: Token) -> bool:
        """"the Tripoli offensive", "Haftar's Tripoli assault": a place written before a hostile act noun whose "on"
        or "of" names the one it is aimed at is the act's target ("the offensive on Tripoli"), not whose act it is."""
        cue = self.lexicon.nouns.get(lemma(act))
        place = self.mention_at.get(modifier.i)
        return (
            cue is not None and cue.relation == "opposition" and "patient" in (cue.preps.get("on"), cue.preps.get("of"))
            and place is not None and place.kind in PLACE_KINDS
        )


# Nouns of a purpose whose of- or to-phrase says what an act is for ("with the aim of supporting the GNA", "with a
# view to arming Haftar"), and the prepositions that set them on the act.
PURPOSE_NOUNS = frozenset({"aim", "goal", "purpose", "intention", "intent", "objective", "view"})
PURPOSE_PREPS = frozenset({"with", "in", "for"})


# Auxiliaries that agree only with a plural subject.
PLURAL_AUXILIARIES = frozenset({"are", "were", "have"})


def _of_relative(quantifier: Token) -> bool:
    """"one of whom", "both of which": a quantifier that picks from a relative pronoun's antecedent."""
    return any(p.lower_ == "of" and any(w.lower_ in RELATIVE_PRONOUNS for w in p.children) for p in quantifier.children)


def _plural_clause_on_singular(clause: Token, pronoun: Token, noun: Token) -> bool:
    """A relative clause whose pronoun is its subject and whose verb is plural ("which demand", "who have armed",
    "that are backing"), on a singular noun: it cannot agree with that noun alone."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in RELATIVE_PRONOUNS or noun.tag_ not in ("NNP", "NN"):
        return False  # (not "Turkey, whose drones fly ...": the verb agrees with the drones)
    if any(c.lower_ in ("both", "all", "each") and pronoun.i < c.i < clause.i for c in clause.children):
        return True  # "which both armed Haftar": a quantifier floated before the verb counts the list
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return auxiliaries[0].lower_ in PLURAL_AUXILIARIES
    return clause.tag_ in ("VBP", "VB")  # (a base form with no auxiliary is the tagger's plural present)


def _one_speaker(subject: Token, mention: ActorSpan | None) -> bool:
    """A subject "they" / "their" cannot go back to: one person named ("Erdogan") or a singular common noun ("a senior
    official", "the ministry"), not a name of a state or group ("the LNA said their forces ...")."""
    return (mention is not None and mention.kind in PERSON_KINDS) or (subject.tag_ == "NN" and not subject.conjuncts)


def _subject_tokens(verb: Token) -> list[Token]:
    """The subject words of a verb, or of the verbs above it that it shares its subject with ("said X, adding that")."""
    node = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.dep_ in ("advcl", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]


def _at_war(first: object, second: object) -> bool:
    """Whether two sides of the war (lexicon ConflictSide) held their places at the same time: the GNA and the GNU
    followed each other; each fought the LNA."""
    return (not first.until or not second.since or second.since <= first.until) and (not second.until or not first.since or first.since <= second.until)


# Tags of a finite verb form, and of the auxiliaries that make a participle finite ("has denounced").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_after_infinitive(verb: Token, controller: Token) -> bool:
    """A finite verb ("condemned", "has denounced") the parser coordinated with a to-infinitive that a verb above
    controls ("urged X to halt ... and condemned Y"): an infinitive's conjuncts are bare forms ("to halt and
    withdraw"), so the finite one is coordinated with the verb above."""
    if verb.dep_ != "conj" or controller.dep_ != "xcomp" or controller.tag_ != "VB" or not is_to_infinitive(controller):
        return False
    return verb.tag_ in FINITE_TAGS or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children))


def _past_after_and(verb: Token, controller: Token) -> bool:
    """"urged Haftar and Sarraj to let exports resume and, in talks with them, pressed for ...": a past form the parser
    hung on the verb as an adverbial clause after an "and" of that verb's or of its infinitive is its conjunct, the
    verb's subject's doing, not its object's."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("mark", "aux", "auxpass", "agent") for c in verb.children):
        return False
    heads = {controller.i, *(c.i for c in controller.children if c.dep_ == "xcomp")}
    return any(t.lower_ == "and" and t.dep_ == "cc" and t.head.i in heads for t in verb.doc[controller.i + 1 : verb.i])


# Cue categories of saying something of or to someone (the lexicon's _categories).
SPEECH_CATEGORIES = frozenset({"accuse", "reject", "threaten", "protest", "request"})


# Prepositions of time before a subjectless -ing clause: "urged Haftar to accept, days after hosting Sarraj" is the
# urger's hosting, not the urged one's ("accused X of arming", "kept X from seizing" bind the object).
TIME_PREPS = frozenset({"after", "before", "since", "until", "following"})


def _set_off_time(prep: Token) -> bool:
    """", days after hosting Sarraj", "a week after receiving him": a time phrase set off by a comma or measured is the
    main clause's, and so is one fronted before its verb ("After meeting in Moscow, the ministers urged Haftar");
    "urged Haftar to withdraw after losing Tarhuna" may be the urged one's."""
    before = prep.doc[prep.left_edge.i - 1] if prep.left_edge.i > 0 else None
    fronted = prep.i < prep.head.i
    return (before is not None and before.text == ",") or fronted or any(c.dep_ == "npadvmod" for c in prep.children)


def _with_own_phrase(objects_: Sequence[Token], prep: Token) -> set[int]:
    """The conjuncts of a verb's objects that carry a phrase of their own with the preposition `prep` has
    ("accused the UAE of X and Egypt of Y": Egypt's "of")."""
    return {o.i for c in objects_ for o in c.conjuncts if any(w.dep_ == "prep" and w.lower_ == prep.lower_ for w in o.children)}


def _set_off_participle(verb: Token) -> bool:
    """"The EU pressed the LNA to pull back, while hailing the GNA's offer of talks", "Merkel
    invited Sarraj and Haftar, hoping to secure ...": an -ing clause set off by a comma or opened by a subordinator
    is the main subject's doing, not the object's, even after a verb whose object acts ("urged X to"); so is one
    fronted before it ("Meeting in Moscow, the ministers urged Haftar and Sarraj to ...")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return (before is not None and before.text == ",") or verb.i < verb.head.i or any(c.dep_ == "mark" for c in verb.children)


def is_polar_question(sent: Span) -> bool:
    """"Could Algeria broker a deal?", "After the talks collapsed, did Egypt ask Haftar to halt?": a yes/no
    question puts its auxiliary before its subject, with no wh-word before it; it asserts nothing ("Who
    is winning?", "Why did Russia abandon Haftar?" presuppose their clause)."""
    words = [t for t in sent if t.is_alpha]
    if _asks_if_possible(words):
        return True
    # the opening word, or the first after a fronted phrase's comma, an auxiliary: whatever the parser made of the rest
    comma = next((t.i for t in sent if t.text == ","), None)
    openers = [words[0]] if words else []
    openers += [t for t in sent if comma is not None and t.i == comma + 1 and not any(w.tag_ in ("VBD", "VBZ", "VBP") for w in sent if w.i < comma)]
    if any(t.pos_ == "AUX" and t.tag_ in ("MD", "VBZ", "VBP", "VBD") for t in openers) and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < max(o.i for o in openers)
    ):
        return True
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return False
    inverted = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i]
    if root.pos_ == "AUX" and root.i < subject.i:
        inverted.append(root)
    if not inverted:
        return False
    first = min(t.i for t in inverted)
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < first)


# A quotation that is a question, at the start of a sentence or after a fronted phrase's comma: '"Why would Egypt
# arm the LNA?" Shoukry said', 'On Tuesday, "how can we trust Haftar?" he asked' (not 'Asked "Will Turkey
# withdraw?", Erdogan said ...', a question the sentence only mentions).
QUOTED_QUESTION = re.compile(r"(?:^\s*|,\s*)[\"“‘'][^\"“”‘’]*\?[\"”’']")


def _opens_with_quoted_question(text: str) -> bool:
    return "?" in text and QUOTED_QUESTION.search(text) is not None

# "How can we trust Haftar?", "Why would Egypt back the GNA?": a wh-word of manner or reason before a modal of
# possibility or volition asks whether the thing could be at all, and asserts it no more than a yes/no question
RHETORICAL_WH = frozenset({"how", "why"})
RHETORICAL_MODALS = frozenset({"can", "could", "would", "should", "will", "ca"})


def _asks_if_possible(words: list[Token]) -> bool:
    """The question opens, or opens its quotation or the clause after a fronted phrase, with how / why and a modal
    right after it (its subject follows the modal): "In March, how can Egypt back Haftar?"."""
    for at, word in enumerate(words[:-1]):
        if word.lower_ not in RHETORICAL_WH or words[at + 1].lower_ not in RHETORICAL_MODALS or words[at + 1].tag_ != "MD":
            continue
        before = word.doc[word.i - 1] if word.i > 0 else None
        if at == 0 or (before is not None and (before.text == "," or before.is_quote)):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _compound_tails(compounds: frozenset[str]) -> frozenset[str]:
    """The last words of the open compounds ("fire" of "cease fire"), one set per lexicon (positions_in keeps its
    lookups per collection)."""
    return frozenset(compound.split()[-1] for compound in compounds)


def verb_compound(token: Token, lexicon: Lexicon) -> str | None:
    """"urged them to cease fire": the hyphenated open compound (lexicon open_compounds) a verb and its object spell,
    where the text leaves them two words because the first is a verb (extract.extractor.hyphenate_open_compounds)."""
    if token.dep_ != "dobj":
        return None
    words = f"{token.head.lower_} {token.lower_}"
    return words.replace(" ", "-") if words in lexicon.open_compounds else None


def mentions_peace(doc: Doc | Span, lexicon: Lexicon, skip: int = -1) -> bool:
    """Whether a parsed paragraph talks about ceasefires, talks or settlements."""
    # Only a word whose own lemma is a peace topic, or one after a written hyphen (whose lemma is the
    # compound), can be one: those are found from the parse's arrays, not by making every Token.
    whole = doc.doc if isinstance(doc, Span) else doc
    start, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(doc))
    readable = {*positions_in(whole, LEMMA, lexicon.peace_topics, lower=True), *after_hyphen(whole)}
    if any(lemma(whole[i]) in lexicon.peace_topics and not _topic_denied(whole[i]) for i in readable if start <= i < end and i != skip):
        return True
    if any(verb_compound(whole[i], lexicon) in lexicon.peace_topics for i in positions_in(whole, LOWER, _compound_tails(lexicon.open_compounds)) if start <= i < end and i != skip):
        return True  # "urged the sides to cease fire"
    wars = positions_in(whole, LEMMA, lexicon.war_topics | lexicon.mediation_averted_harms | {"war"}, lower=True)
    return any(_war_ended(whole[i], lexicon) for i in wars if start <= i < end and i != skip)


def _war_ended(word: Token, lexicon: Lexicon) -> bool:
    """"in an effort to avert a new war", "efforts to end the fighting", "to prevent a military escalation": the war
    (or a harm of mediation_averted_harms) as what a resolving or averting verb ends is peace-making (not "the war
    ended", nor "fuelled the war"); so is the war as what an ending noun ends ("to discuss a suspension of
    hostilities", "an end to the fighting")."""
    if word.dep_ == "pobj" and word.head.lower_ in ENDED_PREPS and lemma(word) not in lexicon.mediation_averted_harms:
        if lemma(word.head.head) in lexicon.ending_nouns or _ending_noun_before(word.head, lexicon):
            return not any(c.dep_ == "poss" for c in word.children)
    if word.dep_ != "dobj":
        return False
    if lemma(word.head) in lexicon.resolving_verbs and lemma(word) not in lexicon.mediation_averted_harms:
        return True
    # "to prevent an escalation by Turkey", "to avoid Haftar's confrontation with ...": a harm one side would do is
    # kept off by force or threat, not by making peace
    return (lemma(word.head) in lexicon.resolving_verbs or lemma(word.head) in lexicon.mediation_averting_verbs) and not any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in word.children
    )


# "an end to the fighting", "a suspension of hostilities", "a halt in hostilities"
ENDED_PREPS = frozenset({"of", "to", "in"})


def _ending_noun_before(prep: Token, lexicon: Lexicon) -> bool:
    """"to discuss a halt to the fighting": the parser may hang the preposition on the verb, not on the ending noun
    right before it."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.head.i == prep.head.i and lemma(before) in lexicon.ending_nouns


def _topic_denied(topic: Token) -> bool:
    """"The visit was not about a ceasefire", "the trip was never a peace mission": a peace word the text says a
    thing is not about names no topic of the paragraph (the meeting's topic is what follows, if anything); nor does a
    peace verb said not to happen ("Rome was not mediating", "there was nothing left to negotiate")."""
    if topic.pos_ == "VERB":
        return any(c.dep_ == "neg" for c in topic.children) or any(w.lower_ == "nothing" for w in list(topic.ancestors)[:2])
    word = topic
    while word.dep_ in ("compound", "amod", "nmod", "conj") and word.head.i != word.i:
        word = word.head  # "a ceasefire deal", "a truce or a deal"
    if word.dep_ == "pobj" and word.head.lower_ == "about":
        word = word.head
    elif word.dep_ != "attr":
        return False
    copula = word.head
    return lemma(copula) == "be" and any(c.dep_ == "neg" for c in copula.children)


def armed_men(lex: Lexicon, noun: Token) -> bool:
    """"militias", "troops", "fighters", "forces": a noun for armed men (non_state_nouns, personnel_nouns, "force")."""
    return lemma(noun) in lex.non_state_nouns or lemma(noun) in lex.personnel_nouns or lemma(noun) == "force"


def distinct_actors(mentions: list[ActorSpan]) -> list[ActorSpan]:
    """The first mention of each actor, in order."""
    seen: dict[str, ActorSpan] = {}
    for mention in mentions:
        seen.setdefault(mention.actor_id, mention)
    return list(seen.values())


def _superlative(word: Token) -> bool:
    """"the most valuable", "the biggest": a superlative that picks one of a group ("of Haftar's patrons")."""
    return word.tag_ in ("JJS", "RBS") or (word.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ in ("most", "least") for c in word.children))


def _owned_act(noun: Token, lexicon: Lexicon) -> bool:
    """An act noun (a noun cue that says no identity: "backing", "supply") with its own possessor: never a
    description of the name it follows, but the next item of a list the parser hung on it as an apposition."""
    cue = lexicon.nouns.get(lemma(noun))
    return cue is not None and cue.identity is None and any(c.dep_ == "poss" for c in noun.children)


def _lists_members(prep: Token) -> bool:
    """"..., among them Tunisia, Egypt and Sudan": "among" with a pronoun lists members of a group named before, as
    "including" does; they are not sides to each other."""
    return prep.lower_ == "among" and any(c.dep_ == "pobj" and c.lower_ in ("them", "whom", "which", "those") for c in prep.children)


def pact_backs(ctx: SentenceContext, signatories: list[ActorSpan], first: ActorSpan, second: ActorSpan) -> bool:
    """Whether a pact among `signatories` reads as `first` backing `second`: not a side of the war backing an outsider
    (side_backs_outsider), and, in a pact of three or more with a side of the war among them ("Malta, Turkey and the
    GNA signed a tripartite memorandum"), not two outsiders backing each other: each outsider's tie is with the side
    (as two outsiders alone, "France and Germany signed a defence pact", back each other). Three or more outsiders
    make a bloc, whose members the annotated sets never read as backing one another two by two."""
    if first.actor_id == second.actor_id or side_backs_outsider(ctx, first, second):
        return False
    sides = {s.actor for s in ctx.lexicon.conflict_sides}
    with_side = len(signatories) >= 3 and any(m.actor_id in sides for m in signatories)
    if len(signatories) >= 3 and not with_side:
        return False  # "France, Egypt, the UAE and Greece have formed an alliance": a bloc is named, no tie between two
    return not (with_side and first.actor_id not in sides and second.actor_id not in sides)


def camp_members(lexicon: Lexicon) -> set[str]:
    """The war's sides and the Libyan bodies of their camps (conflict_sides' members: the HoR, the High Council of State)."""
    return {member for side in lexicon.conflict_sides for member in side.members}


def side_backs_outsider(ctx: SentenceContext, first: ActorSpan, second: ActorSpan) -> bool:
    """Whether a mutual tie read as `first` backing `second` runs from a side of the war (conflict_sides)
    to an outside state or body (outsider_types): a pact, an alliance or a deal between them is the
    outsider backing the side ("Turkey and the GNA signed a security deal" is Turkey->GNA only), while two
    outsiders ("France and Germany signed a defence pact") back each other. A body of a side's camp counts as the side
    ("Sisi, flanked by his allies Haftar and Aguila Saleh": Egypt backs both)."""
    sides = {m for s in ctx.lexicon.conflict_sides for m in s.members}
    # a hired force (hired_force_types: "Russian mercenaries ... their allies in Haftar's army") fights for the side too
    backers = ctx.lexicon.outsider_types | ctx.lexicon.hired_force_types
    return first.actor_id in sides and second.actor_id not in sides and ctx.actor_types.get(second.actor_id) in backers
