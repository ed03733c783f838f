"""Relations: who supports, opposes or mediates with whom, read off the
dependency parse of one sentence.

Each cue word of the lexicon (a verb, noun, adjective or "X-backed" compound)
is a predicate; its arguments are found through the grammar, not by
adjacency: subjects and objects, passive agents ("backed by X"), relative
clauses and participles ("Haftar, who is supported by Egypt"), controlled
clauses ("accused the UAE of financing"), light verbs ("provided support to"),
coordination and "including" lists. Negation drops a reading, hedges and
questions lower its confidence.

Confidence is the construction's base score (how often that construction is
right when it fires) times penalties for each weaker link; README documents it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from extract.lexicon import Cue, Lexicon
from extract.mentions import ActorSpan

# Base confidence of each construction.
BASE_CONFIDENCE = {
    "verb": 0.9,
    "passive": 0.9,
    "hyphen-compound": 0.9,
    "relative-clause": 0.85,
    "transfer": 0.85,
    "noun": 0.8,
    "light-verb-noun": 0.8,
    "between": 0.8,
    "identity-noun": 0.8,
    "adjective": 0.8,
    "controlled-clause": 0.8,
    "coordinated-parties": 0.7,
    "persuasion": 0.75,
}
# Multipliers for each weaker link in a reading.
INHERITED_ARGUMENT = 0.9
PRONOUN_ARGUMENT = 0.85
WEAK_CUE = 0.75
HEDGE = 0.7
PRESCRIPTIVE_OPPOSITION = 0.6
QUESTION = 0.6

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
NO_DETERMINERS = frozenset({"no", "neither"})


@dataclass(frozen=True)
class Edge:
    """A relation read off one sentence, before it is tied to its article."""

    actor1: str
    actor2: str
    relation: str
    confidence: float
    cue: str
    rule: str
    speaker: str = ""


@dataclass
class _Arguments:
    agents: list[ActorSpan]
    patients: list[tuple[ActorSpan, str]]  # (mention, relation)
    parties: list[ActorSpan]
    rule: str
    inherited: bool = False


class RelationReader:
    """Reads relations off sentences using a cue lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def read(self, sent: Span, mentions: Iterable[ActorSpan], speaker: str = "", about_peace: bool | None = None) -> list[Edge]:
        """Every relation the sentence states between two different actors.

        `about_peace`: whether the surrounding text is about ending the fighting
        (weak cues like "meeting" need it); None reads the sentence's paragraph only.
        """
        sentence = _Sentence(sent, list(mentions), speaker, self.lexicon, about_peace)
        if len({m.actor_id for m in sentence.mentions}) < 2:
            return []
        edges: list[Edge] = []
        hyphen_heads = set()
        for token in sent:
            edges.extend(sentence.hyphen_compound(token, hyphen_heads))
        for token in sent:
            if token.i in hyphen_heads:
                continue
            edges.extend(sentence.predicate(token))
        return _best_per_pair(edges)


class _Sentence:
    def __init__(self, sent: Span, mentions: list[ActorSpan], speaker: str, lexicon: Lexicon, about_peace: bool | None) -> None:
        self.sent = sent
        self.about_peace = about_peace
        self.lexicon = lexicon
        self.speaker = speaker
        self.mentions = [m for m in mentions if m.span.start >= sent.start and m.span.end <= sent.end]
        if speaker:
            for token in sent:
                if token.lower_ in FIRST_PERSON and token.tag_ in ("PRP", "PRP$"):
                    self.mentions.append(ActorSpan(speaker, "pronoun", sent.doc[token.i : token.i + 1]))
        self.mention_at: dict[int, ActorSpan] = {}
        for mention in self.mentions:
            for i in mention.token_ids:
                self.mention_at[i] = mention
        for token in sent:
            reporter = self._reporting_subject(token)
            if reporter is not None:
                pronoun = ActorSpan(reporter.actor_id, "pronoun", sent.doc[token.i : token.i + 1])
                self.mentions.append(pronoun)
                self.mention_at[token.i] = pronoun
        self.is_question = sent.text.rstrip().rstrip("\"'”’").endswith("?")

    def _reporting_subject(self, token: Token) -> ActorSpan | None:
        """"Russia declared that it will ...", "the LNA said its jets ...": "it" is whoever declares."""
        if token.i in self.mention_at:
            return None
        if token.lower_ in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass"):
            clause = token.head
        elif token.lower_ in ("its", "their") and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
            clause = token.head.head  # "The LNA said its warplanes struck ..."
        else:
            return None
        reporter = clause.head
        if clause.dep_ != "ccomp" or _lemma(reporter) not in self.lexicon.reporting_verbs:
            return None
        for child in reporter.children:
            if child.dep_ == "nsubj" and child.i in self.mention_at:
                return self.mention_at[child.i]
        return None

    # ----- predicates -------------------------------------------------------

    def predicate(self, token: Token) -> list[Edge]:
        lemma = _lemma(token)
        if token.i in self.mention_at:
            return []
        lex = self.lexicon
        if token.pos_ in ("VERB", "AUX") or (token.tag_ == "VBN" and token.dep_ in ("amod", "acl")):
            if lemma in lex.persuasion_verbs:
                persuaded = self._emit(token, None, self._persuasion_arguments(token), relation_hint="mediation")
                if persuaded:
                    return persuaded
            cue = lex.verbs.get(lemma)
            if cue is not None:
                return self._emit(token, cue, self._verb_arguments(token, cue))
            if lemma in lex.transfer_verbs:
                return self._emit(token, None, self._transfer_arguments(token))
            return []
        if token.pos_ in ("NOUN", "PROPN"):
            cue = lex.nouns.get(lemma)
            if cue is None:
                return []
            anchor = token
            if any(c.dep_ == "compound" and c.pos_ == "NOUN" and _lemma(c) in lex.nouns for c in token.children):
                return []  # "a cooperation agreement": the more specific modifier is read
            if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
                anchor = token.head  # "a ceasefire agreement with the LNA", "peace talks"
            return self._emit(token, cue, self._noun_arguments(anchor, cue))
        if token.pos_ == "ADJ":
            cue = lex.adjectives.get(lemma)
            if cue is not None:
                return self._emit(token, cue, self._adjective_arguments(token, cue))
        return []

    def hyphen_compound(self, token: Token, handled: set[int]) -> list[Edge]:
        """"Turkey-backed GNA", "Russian-brokered talks between X and Y"."""
        relation = self.lexicon.hyphen_participles.get(token.lower_)
        if relation is None or token.i < 2:
            return []
        doc = token.doc
        if doc[token.i - 1].text not in ("-", "‐"):
            return []
        backer = self.mention_at.get(token.i - 2)
        if backer is None:
            return []
        handled.add(token.i)
        head = token.head if token.dep_ in ("amod", "acl", "compound") else None
        patients = [m for m in self._group(head)] if head is not None else []
        if not patients:
            patients = [m for m in self.mentions if token.i < m.span.start <= token.i + 4][:1]
        args = _Arguments([backer], [(m, relation) for m in patients if m.actor_id != backer.actor_id], [], "hyphen-compound")
        if relation == "mediation" and head is not None:
            # "a Russian-brokered ceasefire between the GNA and the LNA"
            args.patients = [(m, relation) for m in self._between_parties(head)]
        return self._emit(token, None, args, relation_hint=relation)

    # ----- argument finders ------------------------------------------------

    def _verb_arguments(self, verb: Token, cue: Cue) -> _Arguments:
        passive = _is_passive(verb)
        subjects, inherited, subject_is_patient = self._subjects(verb, passive)
        agents: list[ActorSpan] = []
        patients: list[tuple[ActorSpan, str]] = []
        rule = "passive" if passive else "verb"
        if subject_is_patient:
            patients.extend((m, cue.relation) for m in subjects if cue.relation)
        else:
            agents.extend(subjects)
        for child in verb.children:
            if child.dep_ == "agent":
                agents.extend(m for pobj in _objects(child) for m in self._group(pobj))
            elif child.dep_ == "dative" and child.pos_ == "ADP" and cue.relation and not passive:
                patients.extend((m, cue.relation) for d in _datives(child) for m in self._group(d))
            elif child.dep_ in ("dobj", "dative", "attr") and cue.relation and not passive:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    # "Haftar, whom Egypt backs"
                    patients.extend((m, cue.relation) for m in self._antecedent(verb, child))
                else:
                    patients.extend((m, cue.relation) for m in self._group(child))
            elif child.dep_ == "npadvmod" and child.i > verb.i and child.i in self.mention_at and cue.relation and not passive:
                # The small parser often labels a named object "npadvmod": "warned Turkey on Saturday".
                patients.extend((m, cue.relation) for m in self._group(child))
            elif child.dep_ in ("ccomp", "xcomp") and cue.object_from_clause and cue.relation:
                # "helped him repel the offensive": the helped one is the clause's subject.
                patients.extend(
                    (m, cue.relation)
                    for c in child.children
                    if c.dep_ == "nsubj" or (c.dep_ == "compound" and c.i < child.i and c.i in self.mention_at)
                    for m in self._group(c)
                )
            elif child.dep_ == "prep" and child.lower_ in ("through", "via") and cue.relation == "support":
                # "supporting Haftar through the Wagner group": Wagner is a backer too.
                agents.extend(m for pobj in _objects(child) for m in self._group(pobj))
            elif child.dep_ == "prep":
                relation = cue.preps.get(_prep_text(child))
                if child.lower_ == "with" and cue.relation == "opposition" and self._side_by_side(verb, child):
                    relation = "support"  # "fighting side by side with Haftar's forces"
                if relation:
                    patients.extend((m, relation) for pobj in _objects(child) for m in self._group(pobj))
            elif child.dep_ == "prt":
                relation = cue.preps.get(child.lower_)
                if relation:
                    patients.extend((m, relation) for obj in verb.children if obj.dep_ == "dobj" for m in self._group(obj))
        if cue.relation == "opposition":
            for prep in verb.subtree:
                # "fighting hand to hand with the forces of Haftar", "side by side with"
                if prep.lower_ == "with" and prep.head is not verb and prep.head.lower_ in self.lexicon.alongside_words:
                    patients.extend((m, "support") for p in _objects(prep) for m in self._group(p))
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and not passive):
            rule = "relative-clause"
        if (
            verb.dep_ == "relcl"
            and cue.relation
            and not passive
            and not patients
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)
        ):
            # "the commander Egypt backs": the object is the antecedent.
            patients.extend((m, cue.relation) for m in self._antecedent(verb, None))
        parties = [] if cue.relation not in ("mediation", "opposition") else self._between_parties(verb)
        if parties:
            rule = "between"  # "fighting between forces loyal to the GNA and the LNA"
        elif not patients and len({m.actor_id for m in agents}) >= 2 and cue.relation in ("mediation", "opposition") and cue.preps:
            # "Turkey and Russia negotiated", "the GNA and the LNA clashed"
            parties, agents, rule = agents, [], "coordinated-parties"
        return _Arguments(agents, patients, parties, rule, inherited)

    def _side_by_side(self, verb: Token, prep: Token) -> bool:
        between = verb.doc[min(verb.i, prep.i) + 1 : max(verb.i, prep.i)]
        return any(t.lower_ in self.lexicon.alongside_words for t in between)

    def _transfer_arguments(self, verb: Token) -> _Arguments:
        """"sending drones to the GNA", "provided Haftar with weapons"."""
        # "supplied Haftar's forces with drones": forces that name an actor receive, not are sent.
        aid_objects = [c for c in verb.children if c.dep_ == "dobj" and self._is_aid(c) and not self._group(c)]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        with_aid = [
            pobj
            for holder in (verb, *objects)  # the parser may hang "with drones" on the object
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for pobj in _objects(c)
            if self._is_aid(pobj)
        ]
        patients: list[ActorSpan] = []
        if aid_objects:
            for holder in (verb, *aid_objects):
                for c in holder.children:
                    if c.dep_ == "prep" and c.lower_ in ("to", "for"):
                        patients.extend(m for pobj in _objects(c) for m in self._group(pobj))
                    elif c.dep_ == "dative":
                        patients.extend(m for d in _datives(c) for m in self._group(d))
        elif with_aid:
            patients.extend(m for c in verb.children if c.dep_ == "dobj" for m in self._group(c))
        if not aid_objects and not with_aid:
            return _Arguments([], [], [], "transfer")
        # Without a recipient the reading can still come from "in support of X".
        subjects, inherited, subject_is_patient = self._subjects(verb, _is_passive(verb))
        agents = [] if subject_is_patient else subjects
        return _Arguments(agents, [(m, "support") for m in patients], [], "transfer", inherited)

    def _persuasion_arguments(self, verb: Token) -> _Arguments:
        """"Russia urged Haftar to sign the ceasefire": pressing a party towards a
        ceasefire or talks is mediation with it."""
        clause = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "prep", "advcl")]
        towards_peace = any(
            self.lexicon.nouns.get(_lemma(t)) is not None and self.lexicon.nouns[_lemma(t)].relation == "mediation"
            for c in clause
            for t in c.subtree
        )
        if not towards_peace:
            return _Arguments([], [], [], "persuasion")
        subjects, inherited, subject_is_patient = self._subjects(verb, _is_passive(verb))
        persuaded = [m for c in verb.children if c.dep_ == "dobj" for m in self._group(c)]
        if subject_is_patient:
            persuaded, subjects = subjects, [m for c in verb.children if c.dep_ == "agent" for p in _objects(c) for m in self._group(p)]
        if not persuaded and len({m.actor_id for m in subjects}) >= 2:
            # "Erdogan and Putin called for a ceasefire": a joint push for peace.
            return _Arguments([], [], subjects, "coordinated-parties", inherited)
        return _Arguments(subjects, [(m, "mediation") for m in persuaded], [], "persuasion", inherited)

    def _noun_arguments(self, noun: Token, cue: Cue) -> _Arguments:
        agents: list[ActorSpan] = []
        patients: list[tuple[ActorSpan, str]] = []
        parties: list[ActorSpan] = []
        rule = "noun"
        inherited = False
        modifiers: list[ActorSpan] = []
        relation = cue.relation
        for child in noun.children:
            if child.dep_ == "poss" and cue.identity == "agent":
                patients.extend((m, relation) for m in self._group(child))  # "Haftar's backers"
            elif child.dep_ == "poss" and cue.identity == "patient":
                agents.extend(self._group(child))  # "Ankara's proxy"
            elif child.dep_ == "poss":
                agents.extend(self._group(child))
            elif child.dep_ == "prep" and cue.identity and _prep_text(child) in self.lexicon.identity_preps:
                # "Haftar's backers, including Russia and the UAE"
                listed = [m for p in _objects(child) for m in self._group(p)]
                if cue.identity == "agent":
                    agents.extend(listed)
                else:
                    patients.extend((m, relation) for m in listed)
            elif child.dep_ in ("compound", "amod", "nmod") and child.i in self.mention_at:
                # "a Shoigu-Haftar meeting": every name in the modifier chain
                for token in child.subtree:
                    mention = self.mention_at.get(token.i)
                    if mention is not None and mention not in modifiers and not _hyphen_modifier(token):
                        modifiers.append(mention)
            elif child.dep_ == "prep":
                role = cue.preps.get(_prep_text(child))
                found = [m for pobj in _objects(child) for m in self._group(pobj)]
                if role == "agent":
                    agents.extend(found)
                elif role == "patient":
                    patients.extend((m, relation) for m in found)
                elif role == "parties":
                    parties.extend(found)
        if cue.identity:
            pass  # "an important NATO ally" says membership, not who backs whom
        elif len({m.actor_id for m in modifiers}) >= 2:
            parties.extend(modifiers)  # "a Shoigu-Haftar meeting", "Turkish-Russian talks"
        else:
            agents.extend(modifiers)
        for child in noun.children:
            if child.dep_ == "acl" and _lemma(child) in ("attend", "join"):
                # "a conference attended by Turkey and Russia"
                found = [m for c in child.children if c.dep_ == "agent" for p in _objects(c) for m in self._group(p)]
                if relation == "mediation":
                    patients.extend((m, relation) for m in found)
        if cue.identity:
            described = self._described_by(noun)
            if cue.identity == "agent":
                agents.extend(described)
            else:
                patients.extend((m, relation) for m in described)
            if described:
                rule = "identity-noun"
        place = noun
        while place.dep_ == "conj" and place.head is not place:
            place = place.head  # "received weapons and support from": support sits where weapons does
        head = place.head
        if place.dep_ in ("nsubj", "nsubjpass") and not parties:
            # "Tensions have increased between Turkey and France"
            parties.extend(self._between_parties(head))
        if place.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            head_lemma = _lemma(head)
            if agents and head_lemma in self.lexicon.reverse_light_verbs:
                pass  # "received Turkey's support": the possessor already acts
            elif head_lemma in self.lexicon.reverse_light_verbs:
                # "the GNA received support from Turkey"
                patients.extend((m, relation) for m in self._subjects(head, _is_passive(head))[0])
                agents.extend(m for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for p in _objects(c) for m in self._group(p))
                rule = "light-verb-noun"
            elif head_lemma in self.lexicon.light_verbs or cue.only_negated:
                if not agents:
                    subjects, inherited, subject_is_patient = self._subjects(head, _is_passive(head))
                    if not subject_is_patient:
                        agents.extend(subjects)
                # "launched his offensive on Tripoli": the verb can carry the noun's prepositions
                for c in head.children:
                    if c.dep_ == "prep":
                        role = cue.preps.get(_prep_text(c))
                        found = [m for pobj in _objects(c) for m in self._group(pobj)]
                        if role == "patient":
                            patients.extend((m, relation) for m in found)
                        elif role == "parties":
                            parties.extend(found)
                    elif c.dep_ == "dative":
                        patients.extend((m, relation) for d in _datives(c) for m in self._group(d))
                rule = "light-verb-noun"
        if agents and not patients and noun.dep_ == "pobj" and head.lower_ in ("with", "without", "through", "to") and relation == "support":
            # "the GNA, with Turkish support, repelled ...", "would not have survived
            # without Turkish assistance": the clause's subject is the one backed.
            clause = head.head
            if clause.pos_ in ("VERB", "AUX"):
                patients = [(m, relation) for m in self._subjects(clause, _is_passive(clause))[0]]
            else:
                patients = [(m, relation) for m in self._group(clause, follow_conj=False)]
        prep = head
        while prep.dep_ == "conj" and prep.head is not prep:
            prep = prep.head
        if noun.dep_ == "pobj" and prep.head.pos_ == "VERB" and _lemma(prep.head) in self.lexicon.control_verbs_object:
            controller = prep.head
            if not agents:
                # "criticized Turkey for its support to the GNA"
                agents.extend(m for c in controller.children if c.dep_ == "dobj" for m in self._group(c))
                rule = "controlled-clause"
            if not patients and _lemma(controller) in self.lexicon.gratitude_verbs:
                # "Sarraj thanked Turkey for its support": the thanker was supported.
                patients.extend((m, relation) for m in self._subjects(controller, _is_passive(controller))[0])
                rule = "controlled-clause"
        if relation == "mediation" and agents and not patients and not parties and place.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            # "Turkey rejected Egypt's proposal", "the plan by Sisi was rejected by the GNA":
            # whoever answers a proposal is the party it was put to.
            if place.dep_ == "dobj":
                answering = self._subjects(head, False)[0]
            else:
                answering = [m for c in head.children if c.dep_ == "agent" for p in _objects(c) for m in self._group(p)]
            patients.extend((m, relation) for m in answering if m.actor_id not in {a.actor_id for a in agents})
        if relation == "mediation" and not agents and noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" and self._about_peace(noun):
            # "Sarraj flew to Istanbul for talks with Erdogan": whoever went holds the talks.
            agents.extend(self._subjects(head.head, _is_passive(head.head))[0])
            rule = "light-verb-noun"
        if cue.identity and not patients and not parties and len({m.actor_id for m in agents}) >= 2:
            # "France and Italy have long been rivals"
            parties, agents = agents, []
        if rule == "light-verb-noun" and cue.relation == "mediation" and not patients and not parties and len({m.actor_id for m in agents}) >= 2:
            # "Turkey and Russia continue talks"
            parties, agents, rule = agents, [], "coordinated-parties"
        return _Arguments(agents, patients, parties, rule, inherited)

    def _adjective_arguments(self, adjective: Token, cue: Cue) -> _Arguments:
        if adjective.dep_ == "amod":
            own = {m for t in adjective.subtree for m in [self.mention_at.get(t.i)] if m is not None}
            described = [m for m in self._group(adjective.head) if m not in own]
        elif adjective.dep_ in ("acomp", "attr", "oprd"):
            described = self._subjects(adjective.head, False)[0]
        else:
            described = []
        # "proved unacceptable for Turkey": the preposition may hang on the verb.
        holders = [adjective, adjective.head] if adjective.dep_ in ("acomp", "oprd") else [adjective]
        objects = {
            role: [
                m
                for holder in holders
                for c in holder.children
                if c.dep_ == "prep" and cue.preps.get(_prep_text(c)) == role
                for p in _objects(c)
                for m in self._group(p)
            ]
            for role in ("agent", "patient")
        }
        if cue.identity == "patient":
            # "Russia's suggestions proved unacceptable for Turkey": Turkey opposes Russia.
            return _Arguments(objects["agent"], [(m, cue.relation) for m in described], [], "adjective")
        return _Arguments(described, [(m, cue.relation) for m in objects["patient"]], [], "adjective")

    # ----- grammar helpers -------------------------------------------------

    def _subjects(self, verb: Token, passive: bool) -> tuple[list[ActorSpan], bool, bool]:
        """The verb's subject mentions, whether they were inherited from another
        clause, and whether the subject is the patient (passive)."""
        # "The Russians came knocking": the parser can hang the subject on an auxiliary.
        candidates = [*verb.children, *(g for c in verb.children if c.dep_ == "aux" for g in c.children)]
        plain = [c for c in candidates if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS and c.tag_ not in ("LS", "CD")]
        if len(plain) > 1:
            # "Çavuşoğlu and Lavrov held ...": the parser can give a verb two subjects.
            return [m for c in plain for m in self._group(c)], False, plain[0].dep_ == "nsubjpass" or passive
        for child in candidates:
            if child.dep_ in SUBJECT_DEPS and child.tag_ not in ("LS", "CD"):  # "2- The Russians came"
                if child.lower_ not in RELATIVE_PRONOUNS:
                    # Headlines drop the "and": "Turkey, Russia continue talks".
                    listed = [
                        m
                        for c in verb.children
                        if c.dep_ in ("npadvmod", "appos") and c.i < child.i and c.i in self.mention_at
                        for m in self._group(c)
                    ]
                    if listed:
                        return listed + self._group(child), False, child.dep_ == "nsubjpass" or passive
                whose = any(c.lower_ == "whose" for c in child.children)
                if (child.lower_ in RELATIVE_PRONOUNS or whose) and verb.dep_ == "relcl":
                    antecedent = self._antecedent(verb, child)
                    if not antecedent and not passive:
                        # "drones that helped the GNA": the sender acts through what it sent.
                        return self._owner_of(verb.head), True, False
                    return antecedent, False, passive
                return self._group(child), False, child.dep_ == "nsubjpass" or passive
        head = verb.head
        if head is verb:
            return [], False, passive
        misparsed = verb.doc[verb.i - 1] if verb.i > 0 else None
        if misparsed is not None and misparsed.dep_ == "conj" and _starts_clause(misparsed) and misparsed.right_edge.i + 1 == verb.i:
            # "met with Haftar and the Turkish delegation held ...": the parser made the
            # second subject a conjunct of the first clause's object.
            return self._group(misparsed, follow_conj=False), False, passive
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and _lemma(head) not in self.lexicon.control_nouns):
            antecedent = self._antecedent(verb, None)
            if not antecedent and verb.tag_ in ("VBG", "VB"):
                # "an offer backing Haftar", "an offensive to seize Tripoli": whoever made it acts.
                return self._owner_of(head), True, False
            return antecedent, True, passive or verb.tag_ == "VBN"
        if verb.dep_ == "amod" and verb.tag_ == "VBN":
            return self._group(head), True, True
        if verb.dep_ in ("acl", "xcomp") and head.pos_ == "NOUN" and _lemma(head) in self.lexicon.control_nouns:
            # "Russia failed in its attempt to persuade Turkey": the attempt's maker acts.
            makers = [m for c in head.children if c.dep_ == "poss" for m in self._group(c)]
            return makers or self._governing_subjects(head), True, passive
        if verb.dep_ in ("xcomp", "pcomp", "advcl", "conj", "ccomp"):
            controller = head.head if verb.dep_ == "pcomp" else head
            if controller.pos_ == "ADJ" and controller.dep_ in ("acomp", "oprd"):
                controller = controller.head  # "NATO is ready to help the GNA"
            if controller.pos_ not in ("VERB", "AUX"):
                return [], True, passive
            if verb.dep_ == "ccomp" and _lemma(controller) in self.lexicon.reporting_verbs:
                return [], True, passive
            if _lemma(controller) in self.lexicon.control_verbs_object:
                objects = [m for c in controller.children if c.dep_ == "dobj" for m in self._group(c)]
                if objects:
                    return objects, True, passive
            found, _, controller_passive = self._subjects(controller, _is_passive(controller))
            if controller_passive and verb.dep_ in ("pcomp", "xcomp"):
                # "France is suspected of favoring Haftar": the passive subject acts.
                return found, True, passive
            return found, True, passive if verb.dep_ != "conj" else controller_passive or passive
        return [], False, passive

    def _antecedent(self, clause: Token, pronoun: Token | None) -> list[ActorSpan]:
        """What a relative or participle clause describes. A relative pronoun
        right after a coordination refers to the nearest conjunct."""
        head = clause.head
        anchor = pronoun.i if pronoun is not None else clause.i
        conjuncts = [c for c in head.conjuncts if c.i < anchor]
        if pronoun is not None and conjuncts:
            nearest = max(conjuncts, key=lambda t: t.i)
            if nearest.i > head.i:
                return self._group(nearest, follow_conj=False)
        # "the GNA, backed by Turkey, and the LNA, ...": the clause describes what precedes it.
        follows = any(c.i > anchor for c in head.conjuncts)
        return self._group(head, follow_conj=not follows)

    def _governing_subjects(self, noun: Token) -> list[ActorSpan]:
        """The subject of the clause a noun is an object in ("Russia fails in its attempt")."""
        node = noun
        while node.dep_ in ("pobj", "dobj", "prep", "conj") and node.head is not node:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return self._subjects(node, _is_passive(node))[0]
        return []

    def _owner_of(self, thing: Token) -> list[ActorSpan]:
        """Who sent, made or brought `thing` (the subject of the verb it is the object of)."""
        while thing.dep_ == "conj":
            thing = thing.head
        if thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
            return self._subjects(thing.head, _is_passive(thing.head))[0]
        if thing.dep_ == "pobj" and thing.head.lower_ == "with" and thing.head.head.pos_ == "VERB":
            # "came with an offer backing Haftar"
            verb = thing.head.head
            return self._subjects(verb, _is_passive(verb))[0]
        return []

    def _described_by(self, noun: Token) -> list[ActorSpan]:
        """What "backer"/"tool"/"ally" is said of: its apposition or copula subject."""
        if noun.dep_ == "appos":
            return self._group(noun.head, follow_conj=False)
        if noun.dep_ in ("attr", "acomp") and noun.head.pos_ in ("AUX", "VERB"):
            return self._subjects(noun.head, False)[0]
        for child in noun.children:
            if child.dep_ == "appos":
                return self._group(child)
        if noun.dep_ == "conj":
            return self._described_by(noun.head)
        return []

    def _between_parties(self, token: Token) -> list[ActorSpan]:
        """The sides named by "between X and Y" on `token`, or on a clause inside
        its phrase ("the meeting, due to be held between X and Y")."""
        holders = [token]
        if token.pos_ in ("NOUN", "PROPN"):
            holders.extend(t for t in token.subtree if t.pos_ == "VERB" and t is not token and t.dep_ in ("acl", "xcomp", "relcl"))
        return [
            m
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for p in _objects(c)
            for m in self._group(p)
        ]

    def _group(self, token: Token | None, follow_conj: bool = True, depth: int = 0) -> list[ActorSpan]:
        """The actor mentions a noun phrase stands for: the phrase's own name,
        its possessor or modifier ("Haftar's forces", "Turkish drones"),
        apposition, conjuncts and "including" lists."""
        if token is None or depth > 6:
            return []
        found: list[ActorSpan] = []
        own = self.mention_at.get(token.i)
        if own is not None:
            found.append(own)
        for child in token.children:
            dep = child.dep_
            if dep == "conj" and (not follow_conj or _starts_clause(child)):
                continue
            if dep in ("conj", "appos", "compound", "nmod", "poss", "npadvmod") or (dep == "amod" and child.i in self.mention_at):
                if dep == "npadvmod" and child.i not in self.mention_at:
                    continue
                if dep in ("compound", "nmod", "npadvmod", "amod") and _hyphen_modifier(child):
                    continue  # "the UN-recognised government" is not the UN
                if dep in ("compound", "nmod", "poss", "amod") and own is not None:
                    # A name already names the phrase; its modifiers are its title.
                    continue
                found.extend(self._group(child, True, depth + 1))
            elif dep == "amod" and own is None and (adjective := self.lexicon.adjectives.get(_lemma(child))) and adjective.relation == "support":
                # "forces loyal to the GNA" are the GNA's forces
                found.extend(
                    m for c in child.children if c.dep_ == "prep" for p in _objects(c) for m in self._group(p, True, depth + 1)
                )
            elif dep == "prep":
                prep = _prep_text(child)
                if prep in self.lexicon.identity_preps or (
                    prep == "of" and own is None and _lemma(token) not in self.lexicon.nouns and _lemma(token) not in self.lexicon.place_nouns
                ):
                    found.extend(m for p in _objects(child) for m in self._group(p, True, depth + 1))
        if not found and depth == 0 and token.pos_ == "NOUN":
            # "the ceasefire proposed by Egypt", "the initiative of Egypt": a thing stands for its owner.
            for child in token.children:
                if child.dep_ == "acl" and child.tag_ == "VBN" and _lemma(child) in self.lexicon.authorship_verbs:
                    found.extend(m for c in child.children if c.dep_ == "agent" for p in _objects(c) for m in self._group(p, True, 1))
                elif child.dep_ == "prep" and child.lower_ in ("of", "by"):
                    found.extend(m for p in _objects(child) for m in self._group(p, True, 1))
        if not found and token.dep_ == "appos" and depth == 0:
            # "Haftar, a former army commander who ...": the apposition names Haftar;
            # "the ceasefire proposed by Egypt, an initiative ...": and its owner.
            return self._group(token.head, follow_conj=False)
        unique: list[ActorSpan] = []
        for mention in found:
            if mention not in unique:
                unique.append(mention)
        return unique

    def _is_aid(self, token: Token) -> bool:
        return any(_lemma(t) in self.lexicon.aid_nouns for t in (token, *token.conjuncts))

    # ----- emission --------------------------------------------------------

    def _on_behalf(self, *holders: Token) -> list[ActorSpan]:
        """"strikes on behalf of Haftar", "intervened in support of the GNA": whatever
        the cue, acting for someone is supporting them."""
        return [
            m
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and _prep_text(c) in BEHALF_PREPS
            for p in _objects(c)
            for m in self._group(p)
        ]

    def _emit(self, trigger: Token, cue: Cue | None, args: _Arguments, relation_hint: str | None = None) -> list[Edge]:
        relation_of_cue = cue.relation if cue else relation_hint
        negated = self._negated(trigger)
        if cue is not None and cue.only_negated:
            if not negated:
                return []
            negated = False
        elif negated:
            return []
        factor = 1.0
        modal = self._modality(trigger)
        if cue is not None and cue.weak:
            if relation_of_cue == "mediation" and not self._about_peace(trigger):
                return []  # a meeting is mediation only when it is about ending the fighting
            factor *= WEAK_CUE
        if args.inherited:
            factor *= INHERITED_ARGUMENT
        if self.is_question and not any(t.dep_ == "relcl" for t in (trigger, *trigger.ancestors)):
            factor *= QUESTION
        if modal == "hedge" or self._hedged(trigger):
            factor *= HEDGE
        holders = (trigger, trigger.head) if trigger.dep_ in ("dobj", "attr") else (trigger,)
        args.patients = [(m, r) for m, r in args.patients if r is not None]
        args.patients.extend((m, "support") for m in self._on_behalf(*holders))
        base = BASE_CONFIDENCE[args.rule]
        speaker = self._reported_by(trigger) or self.speaker
        edges: list[Edge] = []

        def add(first: ActorSpan, second: ActorSpan, relation: str | None) -> None:
            if relation is None or first.actor_id == second.actor_id:
                return
            if modal == "prescriptive":
                if relation != "opposition":
                    return
                scale = PRESCRIPTIVE_OPPOSITION
            else:
                scale = 1.0
            pronoun = PRONOUN_ARGUMENT if "pronoun" in (first.kind, second.kind) else 1.0
            confidence = round(base * factor * scale * pronoun, 3)
            edges.append(Edge(first.actor_id, second.actor_id, relation, confidence, trigger.text, args.rule, speaker))

        for agent in args.agents:
            for patient, relation in args.patients:
                add(agent, patient, relation)
        parties = _distinct(args.parties)
        for i, first in enumerate(parties):
            for second in parties[i + 1 :]:
                add(first, second, relation_of_cue)
        if args.parties and args.agents and relation_of_cue == "mediation":
            for agent in args.agents:
                for party in parties:
                    add(agent, party, "mediation")
        return edges

    def _reported_by(self, trigger: Token) -> str:
        """The actor whose words the cue sits in: "Kalın said Turkey supports ...",
        "Kalın accused the UAE of financing ..."."""
        below = trigger
        for ancestor in trigger.ancestors:
            through_subject = below.dep_ in (*SUBJECT_DEPS, "agent", "appos")
            below = ancestor
            if through_subject:
                continue
            if ancestor.pos_ == "VERB" and _lemma(ancestor) in self.lexicon.reporting_verbs:
                for child in ancestor.children:
                    if child.dep_ in ("nsubj", "agent"):
                        speakers = self._group(child) or [m for c in child.children for m in self._group(c)]
                        if speakers:
                            return speakers[0].actor_id
        return ""

    def _about_peace(self, trigger: Token) -> bool:
        """Whether the text around is about ending the fighting (the topic is often
        set by the sentence before: "... ceasefire talks. The delegation met Haftar")."""
        if self.about_peace is not None:
            return self.about_peace
        return mentions_peace(self.sent.doc, self.lexicon, skip=trigger.i)

    def _negated(self, trigger: Token) -> bool:
        for child in trigger.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in NO_DETERMINERS):
                return True
        node = trigger
        # Negation reaches the cue through the clause that governs it:
        # "did not provide support", "refused to back", "stopped supporting".
        while node.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "attr") and node.head is not node:
            governor = node.head
            if node.dep_ == "pcomp":
                governor = governor.head
            if any(c.dep_ == "neg" for c in governor.children) and governor.i != trigger.i:
                return True
            if _lemma(governor) in self.lexicon.negating_verbs:
                return True
            if governor.pos_ not in ("VERB", "AUX") or _lemma(governor) in self.lexicon.reporting_verbs:
                break
            node = governor
        return False

    def _modality(self, trigger: Token) -> str | None:
        node = trigger
        for _ in range(3):
            for child in node.children:
                if child.dep_ == "aux":
                    lemma = _lemma(child)
                    if lemma in self.lexicon.prescriptive_modals:
                        return "prescriptive"
                    if lemma in self.lexicon.hedge_modals:
                        return "hedge"
            if node.dep_ in ("dobj", "xcomp", "attr") and node.head is not node:
                node = node.head
            else:
                break
        return None

    def _hedged(self, trigger: Token) -> bool:
        node = trigger
        for _ in range(4):
            if any(_lemma(c) in self.lexicon.hedge_words for c in node.children if c.dep_ in ("advmod", "aux", "auxpass")):
                return True
            if _lemma(node) in self.lexicon.hedge_words and node is not trigger:
                return True
            if node.head is node:
                break
            node = node.head
        return False


def mentions_peace(doc: Doc, lexicon: Lexicon, skip: int = -1) -> bool:
    """Whether a parsed paragraph talks about ceasefires, talks or settlements."""
    return any(_lemma(t) in lexicon.peace_topics for t in doc if t.i != skip)


def _lemma(token: Token) -> str:
    text = token.lemma_.lower()
    doc = token.doc
    # "cease-fire" is split by the tokenizer; read it as one word.
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{text}"
    return text


def _starts_clause(noun: Token) -> bool:
    """A conjoined noun phrase directly followed by a subjectless conjoined verb is
    really that verb's subject ("met Haftar and the Turkish delegation held ...")."""
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after >= len(doc) or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = doc[after]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "advcl")
        and verb.tag_ in ("VBD", "VBZ", "VBP")  # a finite verb needs a subject of its own
        and not any(c.dep_ in (*SUBJECT_DEPS, "mark") for c in verb.children)
    )


def _hyphen_modifier(token: Token) -> bool:
    """"UN" in "UN-recognised", "Tripoli" in "Tripoli-based": a name that
    qualifies a participle, not the phrase's head."""
    doc = token.doc
    after = token.i + 1
    return (
        after + 1 < len(doc)
        and doc[after].text in ("-", "‐")
        and not doc[after].whitespace_
        and doc[after + 1].tag_ in ("VBN", "VBD", "JJ")
    )


def _prep_text(prep: Token) -> str:
    """The preposition as the lexicon spells it, multiword ones included."""
    words = [prep.lower_] + [c.lower_ for c in prep.children if c.dep_ in ("pcomp", "prep") and c.i == prep.i + 1 and c.pos_ == "ADP"]
    text = " ".join(words)
    if prep.lower_ == "such" and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].lower_ == "as":
        text = "such as"
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and (prep.lower_, pobj.lower_) in (("on", "behalf"), ("in", "support")):
        text = f"{prep.lower_} {pobj.lower_} of"
    return text


BEHALF_PREPS = ("on behalf of", "in support of")


def _objects(prep: Token) -> list[Token]:
    if _prep_text(prep) in BEHALF_PREPS:
        # "on behalf of X": the object is X, not "behalf".
        return [o for c in prep.children if c.dep_ == "pobj" for p in c.children if p.dep_ == "prep" for o in _objects(p)]
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X")]
    for c in prep.children:
        if c.dep_ == "prep":  # "on behalf of X", "such as X"
            objects.extend(_objects(c))
    return objects


def _datives(token: Token) -> list[Token]:
    """The recipient: "gave Haftar", or "gave ... to Haftar" (the parser calls "to" dative)."""
    return _objects(token) if token.pos_ == "ADP" else [token]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _distinct(mentions: list[ActorSpan]) -> list[ActorSpan]:
    seen: set[str] = set()
    result = []
    for mention in mentions:
        if mention.actor_id not in seen:
            seen.add(mention.actor_id)
            result.append(mention)
    return result


def _best_per_pair(edges: list[Edge]) -> list[Edge]:
    """One edge per actor pair and relation in a sentence, the most confident;
    opposition and mediation are one edge whichever way they were read."""
    best: dict[tuple[str, str, str], Edge] = {}
    for edge in edges:
        if edge.relation == "support":
            key = (edge.actor1, edge.actor2, edge.relation)
        else:
            key = (*sorted((edge.actor1, edge.actor2)), edge.relation)
        if key not in best or edge.confidence > best[key].confidence:
            best[key] = edge
    return list(best.values())
