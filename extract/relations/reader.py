"""The relation reader: finds cue words in a sentence, runs the constructions
of each cue's family over a frame, and turns the frame into edges with their
confidence (the construction's base times modality.py's factors)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from extract.lexicon import Cue, Lexicon
from extract.mentions import PERSON_KINDS, SIDES_KIND, ActorSpan
from extract.relations import constructions  # noqa: F401 (registers every construction)
from extract.relations.constructions.camps import camp_gathering
from extract.relations.constructions.clauses import clause_frames
from extract.relations.constructions.conditions import condition_frames
from extract.relations.constructions.mediation import co_appellants
from extract.relations.constructions.nouns import opposed_pact
from extract.relations.context import PLACE_KINDS, SentenceContext, camp_members, distinct_actors
from extract.relations.distribution import distributed
from extract.relations.meetings import sentence_topic
from extract.relations.grammar import ALONGSIDE_PREPS, BEHALF_KEY, HYPHENS, REQUEST_NOUNS, after_hyphen, is_behalf_prep, is_passive, is_to_infinitive, is_verb, lemma, positions_in
from extract.relations.modality import PRESCRIPTIVE_OPPOSITION, PRONOUN_ARGUMENT, INHERITED_ARGUMENT, modality
from extract.relations.registry import Frame, base_confidence, family
from extract.schema import is_directed


# Mentions found by resolving a reference rather than by a name: their readings are less sure.
RESOLVED_KINDS = frozenset({"pronoun", "epithet", "person epithet", "pair reference", "sides", "allusion", "group reference"})


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
    # The two are the frame's parties to each other ("talks between X and Y"), not a mediator and a party:
    # extract.coreference.sides_of_edges takes them as "the two sides" of what follows.
    parties: bool = False
    # A mediation edge of a meeting of two (extract/relations/meetings.py): the article around decides it.
    meeting: bool = False


class RelationReader:
    """Reads relations off sentences using a cue lexicon."""

    def __init__(self, lexicon: Lexicon, actor_types: Mapping[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.actor_types: Mapping[str, str] = actor_types or {}  # actor id -> dictionary type
        lex = lexicon
        phrasal = [cue for cue in (*lex.verbs, *lex.withdrawal_verbs, *lex.severing_verbs) if " " in cue]
        # Every word _predicate can read a frame off: a cue of any of its families, or what comes before the
        # particle of a phrasal one ("push" of "push back"). Any other word is passed over before its tags
        # and children are read: most words of a sentence are none of these.
        self._predicate_words = frozenset({
            *lex.bonding_verbs, *lex.severing_verbs, *lex.designation_verbs, *lex.listing_verbs, *lex.reporting_verbs, *lex.persuasion_verbs,
            *lex.verbs, *lex.transfer_verbs, *lex.reverse_light_verbs, *lex.withdrawal_verbs, *lex.joint_activity_nouns, *lex.withdrawal_nouns,
            *lex.nouns, *lex.adjectives, *lex.resolving_verbs, *lex.camp_nouns,
            *(word for word, relation in lex.designation_predicates.items() if relation == "opposition"),
            *(cue[:at] for cue in phrasal for at in range(len(cue)) if cue[at] == " "),
        })
        # Any verb can act "on behalf of" / "in support of" someone (the behalf construction): the first words of those phrases
        self._behalf_preps = frozenset(prep for prep, _ in lex.behalf_phrases)
        self._behalf_nouns = frozenset(noun for _, noun in lex.behalf_phrases)
        self._behalf_openers = self._behalf_preps | ALONGSIDE_PREPS | lex.opposing_preps
        # The hashes of the lemmas / lower-case forms _readable has looked up, and of those it reads (hashes are
        # the same in every vocabulary).
        self._lemmas_seen: set[int] = set()
        self._forms_seen: set[int] = set()
        self._lemmas_read: set[int] = set()
        self._forms_read: set[int] = set()

    def read(self, sent: Span, mentions: Iterable[ActorSpan], speaker: str = "", about_peace: bool | None = None) -> list[Edge]:
        """Every relation the sentence states between two different actors.

        `mentions`: the paragraph's (or the sentence's) mentions; `about_peace`: whether
        the surrounding text is about ending the fighting (weak cues like "meeting" need
        it); None reads the sentence's paragraph only.
        """
        mentions = list(mentions)
        # SentenceContext adds only pronouns standing for the sentence's actors or its speaker: with fewer
        # than two of those there is no edge, and most sentences are skipped before it walks their tokens.
        actors = {m.actor_id for m in mentions if m.span.start >= sent.start and m.span.end <= sent.end}
        if len(actors | ({speaker} if speaker else set())) < 2:
            sent.doc.user_data[BEHALF_KEY] = self.lexicon.behalf_phrases  # as SentenceContext leaves it
            return []
        ctx = SentenceContext(sent, mentions, speaker, self.lexicon, about_peace, self.actor_types)
        if len({m.actor_id for m in ctx.mentions}) < 2:
            return []
        edges: list[Edge] = []
        doc = sent.doc
        tokens = [doc[i] for i in self._readable(sent)]  # read twice below
        compounds = [t for t in tokens if self._is_hyphen_cue(t)]
        for token in compounds:
            edges.extend(self._run(ctx, Frame(token, None, self.lexicon.hyphen_participles[token.lower_], "hyphen")))
        done = {t.i for t in compounds}
        for token in tokens:
            if token.i not in done and token.i not in ctx.mention_at:
                edges.extend(self._predicate(ctx, token))
        for noun in self._nouns_acting_for(sent):
            if (named := ctx.mention_at.get(noun.i)) is None or named.kind not in PERSON_KINDS:
                # (not a person: "met Haftar in Cairo Egypt's support for ..." is a parse gone wrong)
                edges.extend(self._run(ctx, Frame(noun, None, "support", "behalf")))
        for named in ctx.mentions:
            # "Moscow's client in the east": a name whose head is a role noun says what its possessor is to it
            root = named.span.root
            if sent.start <= root.i < sent.end and (cue := self.lexicon.nouns.get(lemma(root))) is not None and cue.identity is not None and any(
                c.dep_ == "poss" for c in root.children
            ):
                edges.extend(self._run(ctx, Frame(root, cue, cue.relation, "named-role")))
        for frame in [*clause_frames(ctx), *condition_frames(ctx)]:
            edges.extend(self._run(ctx, frame))
        for i in positions_in(doc, LOWER, BEHIND, start=sent.start, end=sent.end):
            edges.extend(self._run(ctx, Frame(doc[i], None, "support", "behind")))  # "with the UAE behind Haftar"
        # "armed the warring parties, with Ankara arming the GNA": who gave which side (extract.relations.distribution)
        return best_per_pair(distributed(edges, {m.actor_id for m in ctx.mentions if m.kind == SIDES_KIND}))

    def _nouns_acting_for(self, sent: Span) -> list[Token]:
        """"Wagner operatives on the LNA side", "Emirati drones on Haftar's side", "Syrian fighters in the pay of
        Ankara": a noun that is no cue noun (whose own reading takes the phrase) and that a behalf phrase modifies
        acts for whom the phrase names."""
        doc = sent.doc
        # (from the phrases' nouns, "side", "behalf", "ranks": far rarer than their prepositions)
        nouns = positions_in(doc, LOWER, self._behalf_nouns, start=sent.start, end=sent.end)
        preps = [doc[i].head.i for i in nouns if doc[i].dep_ == "pobj" and doc[i].head.dep_ == "prep"]
        return [
            doc[i].head
            for i in preps
            if doc[i].lower_ in self._behalf_preps and doc[i].head.pos_ in ("NOUN", "PROPN") and doc[i].head.i < i
            and lemma(doc[i].head) not in self.lexicon.nouns and is_behalf_prep(doc[i])
            # (a request is asked of a verb's act, not of a noun: "The Arab League, at the request of the GNA, gathered")
            and not any(lemma(p) in REQUEST_NOUNS for p in doc[i].children if p.dep_ == "pobj")
        ]

    def _readable(self, sent: Span) -> list[int]:
        """Positions in `sent` of the words _is_hyphen_cue or _predicate can read, in order: a hyphen participle
        or an adjective cue by its form, a predicate word by its lemma (any word after a written hyphen, whose
        lemma is the compound), or a verb (any verb can act on someone's behalf). The rest return [] at once;
        they are passed over from the parse's arrays, not made into a Python Token each."""
        doc = sent.doc
        hyphened = after_hyphen(doc)
        strings = doc.vocab.strings
        rows = doc.to_array([LEMMA, LOWER, POS])[sent.start : sent.end].tolist()
        # each lemma and form not seen before looked up once; then the sentence is read against the sets of those read
        for base in {row[0] for row in rows}.difference(self._lemmas_seen):
            self._lemmas_seen.add(base)
            if strings[base].lower() in self._predicate_words:
                self._lemmas_read.add(base)
        for lower in {row[1] for row in rows}.difference(self._forms_seen):
            self._forms_seen.add(lower)
            word = strings[lower]
            if word in self.lexicon.adjectives or word in self.lexicon.hyphen_participles:
                self._forms_read.add(lower)
        lemmas, forms = self._lemmas_read, self._forms_read
        be = strings["be"]
        return [
            i
            for i, (base, lower, pos) in enumerate(rows, start=sent.start)
            if pos == VERB or i in hyphened or base in lemmas or lower in forms or (pos == AUX and base == be)
        ]

    def _is_hyphen_cue(self, token: Token) -> bool:
        # ("re-armed", "co-funded": a prefixed verb, not a name's participle)
        return (
            token.lower_ in self.lexicon.hyphen_participles
            and token.i >= 2
            and token.doc[token.i - 1].text in HYPHENS
            and token.doc[token.i - 2].lower_ not in self.lexicon.verb_prefixes
        )

    def _predicate(self, ctx: SentenceContext, token: Token) -> list[Edge]:
        word = lemma(token)
        lex = self.lexicon
        if token.pos_ == "AUX":
            return self._behalf_predicate(ctx, token)
        if word not in self._predicate_words and token.lower_ not in lex.adjectives and not (
            token.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ in self._behalf_openers
                or (c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ in self.lexicon.opposing_preps for g in c.children))
                for c in token.children
            )
        ):
            return []  # no branch below can read it (the participle adjective reads the form; a verb acting for someone is read)
        if is_verb(token) or (token.tag_ == "VBN" and (token.dep_ in ("amod", "acl") or (token.dep_ == "acomp" and token.lower_ in lex.adjectives))) or _predicate_shape(token):
            word = phrasal_lemma(token, lex) or word
            if (participle := self._participle_adjective(ctx, token)) is not None:
                return participle
            if word in lex.bonding_verbs:
                # "restored diplomatic ties with": the bond noun says what is restored (and for a verb that is a cue
                # of its own, "strengthened ties with the LNA" too; "strengthened Haftar" is read as the cue)
                bonded = self._run(ctx, Frame(token, None, "support", "severing"))
                if bonded:
                    return bonded
            if word in lex.severing_verbs:
                # "broke off relations": the particle does not change what is cut. A verb that is also a cue
                # ("broke with Haftar") or ends a conflict ("halted the fighting between") is read so when it
                # cuts no tie.
                severed = self._run(ctx, Frame(token, None, "opposition", "severing"))
                if severed or (word not in lex.verbs and word not in lex.resolving_verbs):
                    return severed
            if word in lex.designation_verbs or word in lex.reporting_verbs or word in lex.listing_verbs:
                designated = self._run(ctx, Frame(token, None, None, "designation"))
                if designated:
                    return designated
            if word in lex.resolving_verbs:
                resolved = self._run(ctx, Frame(token, None, "mediation", "resolving"))
                if resolved:
                    return resolved  # "worked to end the rift between Saudi Arabia and Qatar"
            if word in lex.persuasion_verbs:
                persuaded = self._run(ctx, Frame(token, None, "mediation", "persuasion"))
                if persuaded:
                    return persuaded
            # "Erdogan welcomed Sarraj in Ankara": a visit received (read as "receive"), not an act backed
            cue_lemma = VISIT_CUE if word in lex.greeting_verbs and _visit(ctx, token) else word
            if (cue := lex.verbs.get(cue_lemma)) is not None and (not cue.peace_content or agreed_on_peace(token, lex) or (cue.category == AGREEING and _rivals_met_and_agreed(ctx, token))) and not (
                cue.relation == "mediation"
                and any(lemma(c) in lex.aid_nouns and not _brought_together(ctx, token, c) for c in _verb_objects(token))
            ):  # "bases hosting American troops", "hosted LNA officers for training": no talks ("brought together
            # officers from the GNA and the LNA" is: two sides)
                if cue.relation == "mediation" and camp_gathering(token, lex):
                    return []  # "the pro-Haftar camp, which brings together Egypt and the UAE": its members (camps.py)
                read = self._run(ctx, Frame(token, cue, cue.relation, "verb"))
                # "received weapons from": read below when the verb reads nothing ("froze military aid to" was read above)
                if read or (word not in lex.reverse_light_verbs and word not in lex.severing_verbs):
                    # "RSF fighters fought on Haftar's side": a cue verb with no object of its own acts for X
                    return read or self._acting_for_or_against(ctx, token)
            if word in lex.transfer_verbs or word in lex.reverse_light_verbs:
                sent_for = self._run(ctx, Frame(token, None, "support", "transfer"))
                if sent_for:
                    return sent_for
                if not ctx.on_behalf(token):  # else "Wagner contractors were deployed on Haftar's side": the ones sent act for X
                    return self._acting_against(ctx, token)  # "deployed drones against Haftar's forces"
            if word in lex.withdrawal_verbs:
                return self._run(ctx, Frame(token, None, "opposition", "withdrawal"))
            if word in lex.severing_verbs:
                return []  # its severing frame was read above, and gave nothing
            return self._acting_for_or_against(ctx, token)
        if lex.designation_predicates.get(word) == "opposition" and (
            (token.dep_ in ("amod", "compound") and token.head.i > token.i)
            or any(c.dep_ == "appos" and c.left_edge.i == token.i + 1 for c in token.children)
            or (token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.i < token.i)
        ):
            # "the putschist Haftar", "the war criminal Haftar", "to rescue Haftar, a warlord" in someone's words
            called = self._run(ctx, Frame(token, None, "opposition", "pejorative"))
            if called:
                return called
        joint: list[Edge] = []
        if token.pos_ == "NOUN" and word in lex.joint_activity_nouns and any(c.dep_ == "amod" and c.lower_ in lex.joint_words for c in token.children):
            # "launched a joint offensive against Haftar": the partners back each other, and the noun is read too
            joint = self._run(ctx, Frame(token, None, "support", "joint"))
        if token.pos_ == "NOUN" and word in lex.camp_nouns:
            joint = joint + self._run(ctx, Frame(token, None, None, "camp"))  # "Egypt joined the pro-Haftar camp"
        if token.pos_ == "NOUN" and word in lex.withdrawal_nouns:
            return self._run(ctx, Frame(token, None, "opposition", "withdrawal"))
        if token.pos_ in ("NOUN", "PROPN") and (cue := lex.nouns.get(word)) is not None:
            if word in lex.trade_nouns and not _trades_aid(token, lex) and not _shipped_to_side(ctx, token):
                return joint  # "Turkey's exports to Egypt rose": trade, unless in arms ("arms exports", "sale of drones")
            if word in lex.pact_nouns and (_boundary_pact(token, lex) or (cue.mutual and opposed_pact(ctx, token))):
                # "the maritime memorandum", "a deal delimiting their sea borders": a line drawn, no one backed; "voted
                # to annul the memorandums signed between the GNA and Turkey": named as what is opposed
                return joint
            if token.dep_ == "compound" and word in lex.cooperation_domains:
                return joint  # "a defence pact", "the defence minister": a field, not an act of defending
            if any(c.dep_ == "compound" and c.pos_ == "NOUN" and lemma(c) in lex.nouns and lemma(c) not in lex.cooperation_domains for c in token.children):
                return joint  # "a cooperation agreement": the more specific modifier is read
            anchor = token.head if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") else token
            if word in lex.sponsorship_nouns and _sponsored_peace(ctx, token):
                cue = lex.nouns.get(AUSPICES_CUE, cue)  # "agreed on a prisoner swap under Russian sponsorship"
            return joint + self._run(ctx, Frame(anchor, cue, cue.relation, "noun", word=token))
        if token.pos_ == "ADJ" and (cue := lex.adjectives.get(word)) is not None:
            return self._run(ctx, Frame(token, cue, cue.relation, "adjective"))
        return joint

    def _behalf_predicate(self, ctx: SentenceContext, copula: Token) -> list[Edge]:
        """"Egypt is on the side of the LNA", "'We are on Haftar's side,' Sisi said", "the Janjaweed are in the pay of
        the UAE": a behalf phrase as a copula's predicate says whom the subject acts for, as it does on any verb (and an
        against-phrase whom it opposes: "Washington is firmly against Haftar's offensive"). A camp
        in the phrase ("Egypt is firmly in Haftar's camp") is camp-membership's."""
        phrases = [c for c in copula.children if c.dep_ == "prep" and c.lower_ in self._behalf_openers]
        if copula.dep_ in ("aux", "auxpass") or not phrases:
            return []
        if any(lemma(p) in self.lexicon.camp_nouns for c in phrases for p in c.children if p.dep_ == "pobj"):
            return []  # "Egypt is firmly in Haftar's camp": membership of a camp, read by camp-membership
        return self._acting_for_or_against(ctx, copula)  # (and "The United States is against Haftar's offensive")

    def _acting_for_or_against(self, ctx: SentenceContext, token: Token) -> list[Edge]:
        """Whatever the verb: acting on someone's behalf backs them, acting against someone opposes them."""
        if ctx.on_behalf(token):
            return self._run(ctx, Frame(token, None, "support", "behalf"))
        return self._acting_against(ctx, token)

    def _acting_against(self, ctx: SentenceContext, token: Token) -> list[Edge]:
        return self._run(ctx, Frame(token, None, "opposition", "against")) if ctx.opposed_by(token) else []

    def _participle_adjective(self, ctx: SentenceContext, token: Token) -> list[Edge] | None:
        """"Wagner, affiliated with Russia, denied ...": a participle clause the lexicon lists as an
        adjective, with no by-phrase, says what its noun is (the tagger reads it as a verb, VBN)."""
        cue = self.lexicon.adjectives.get(token.lower_)
        if cue is None or token.tag_ != "VBN" or not (token.dep_ in ("acl", "acomp") or ("by" in cue.preps and is_passive(token))):
            return None
        if any(c.dep_ == "agent" for c in token.children) and "by" not in cue.preps:
            return None  # "affiliated by ...": a passive, read as the verb; "concerned by X" is the adjective's
        return self._run(ctx, Frame(token, cue, cue.relation, "adjective")) or None

    def _run(self, ctx: SentenceContext, frame: Frame) -> list[Edge]:
        for construction in family(frame.family):
            construction(ctx, frame)
        return emit(ctx, frame) if frame.rule else []


# "The UAE is behind Haftar" (camps.stands_behind).
BEHIND = frozenset({"behind"})
# The cue a sponsor's support noun is read as when it frames peace-making (lexicon.sponsorship_nouns).
AUSPICES_CUE = "auspices"


def _sponsored_peace(ctx: SentenceContext, noun: Token) -> bool:
    """"The GNA and the LNA agreed on a prisoner swap under Russian sponsorship", "talks held under the patronage
    of Algeria": a sponsor's support noun after "under" frames the clause as its auspices when the clause talks,
    agrees or makes peace (a mediation verb, or a peace topic outside the phrase); "the GNA rearmed under Turkish
    sponsorship" stays backing."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    clause = next((a for a in noun.head.ancestors if is_verb(a)), None)
    if clause is None:
        return False
    cue = ctx.lexicon.verbs.get(lemma(clause))
    return (cue is not None and cue.relation == "mediation") or ctx.makes_peace(clause, noun.head)


def _boundary_pact(pact: Token, lexicon: Lexicon) -> bool:
    """"the maritime memorandum", "a sea-border accord", "an agreement delimiting their maritime zones": a pact
    (pact_nouns) that only draws a boundary (a word of boundary_domains on it, or a participle of delimiting_verbs)
    and names no field of cooperation (cooperation_domains: "maritime and security agreements" are both)."""
    modifiers = [c for c in pact.children if c.dep_ in ("amod", "compound", "nmod")]
    modifiers += [g for m in modifiers for g in (*m.conjuncts, *(c for c in m.children if c.dep_ in ("amod", "compound")))]
    # ("security and maritime deals": the parser may coordinate the field with the pact)
    words = {lemma(m) for m in (*modifiers, *pact.conjuncts)}
    if words & lexicon.cooperation_domains:
        return False
    delimiting = any(c.dep_ in ("acl", "relcl") and lemma(c) in lexicon.delimiting_verbs for c in pact.children)
    return bool(words & lexicon.boundary_domains) or delimiting


def _trades_aid(noun: Token, lexicon: Lexicon) -> bool:
    """"arms exports", "weapons sales", "the sale of drones": an aid noun on a trade noun (trade_nouns)."""
    return any(
        lemma(c) in lexicon.aid_nouns
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])
    )


def _shipped_to_side(ctx: SentenceContext, noun: Token) -> bool:
    """"Qatari shipments to the GNA", "shipments bound for Haftar": a carrying noun (carrying_trade_nouns) that
    names no goods and goes to a side of the war (conflict_sides) carries what a side at war is sent; "Ukrainian
    wheat shipments to Egypt" names its goods, and Egypt is no side: trade."""
    lex = ctx.lexicon
    if lemma(noun) not in lex.carrying_trade_nouns or any(
        (c.dep_ in ("compound", "nmod") and c.i not in ctx.mention_at) or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
    ):
        return False
    sides = {side.actor for side in lex.conflict_sides}
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    # ("consignments bound for the LNA": the destination hangs on the participle)
    phrases += [p for c in noun.children if c.dep_ == "acl" and c.lower_ == "bound" for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
    return any(m.actor_id in sides for p in phrases for o in p.children if o.dep_ == "pobj" for m in ctx.group(o))


# What a verb of agreeing agrees to: its clause or its object.
AGREED_DEPS = frozenset({"xcomp", "ccomp", "dobj"})
# ("worked with Russia towards a truce", "cooperate with the UN for a settlement": what is worked for)
AGREED_PREPS = frozenset({"to", "on", "upon", "for", "toward", "towards"})
# Where an agreement is reached: "agreed at / during / in talks".
SETTING_PREPS = frozenset({"at", "during", "in"})


def agreed_on_peace(verb: Token, lexicon: Lexicon) -> bool:
    """"The GNA and the LNA agreed to exchange prisoners / to a truce / that foreign fighters must leave":
    what is agreed names a peace topic (not one of war_topics) or is an act of peace-making (a de-escalation,
    withdrawal or peace-step verb), or it is agreed in talks ("agreed at the talks in Geneva to open the road");
    "agreed to send arms to Haftar" is not."""
    topics = lexicon.peace_topics - lexicon.war_topics
    acts = lexicon.de_escalation_verbs | lexicon.withdrawal_verbs | lexicon.peace_step_verbs
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in SETTING_PREPS and any(lemma(w) in topics for w in child.subtree):
            # ("agreed at a meeting in Abu Dhabi on the need to hold elections": the parser hangs what is agreed on the meeting)
            # "At the talks in Geneva, the GNA and the LNA agreed to open the coastal road": agreed in talks, unless on
            # aid or force ("agreed during talks in Ankara to set up a training centre")
            # (wherever the parser hangs what is agreed: "agreed during talks in Ankara to expand ...")
            return not any(_aid_or_force(word, lexicon) for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for word in c.subtree)
        # ("working with the GNA and the LNA to end the fighting": a purpose clause says what is worked for)
        purpose = child.dep_ == "advcl" and is_to_infinitive(child)
        if child.dep_ in AGREED_DEPS or purpose or (child.dep_ == "prep" and child.lower_ in AGREED_PREPS):
            for word in child.subtree:
                base = lemma(word)
                if base in topics or (word.pos_ == "VERB" and base in acts):
                    return True
    return False


def _rivals_met_and_agreed(ctx: SentenceContext, verb: Token) -> bool:
    """"Delegations of the High Council of State and the HoR met in Bouznika and agreed on criteria for key posts":
    bodies of the war's rival camps (_rival_camps) that meet and agree on anything but aid or force come to terms,
    whatever the terms; outsiders who meet and agree may only be allies lining up."""
    meeting = verb.head
    # ("met and agreed", "met for a second round, agreeing on")
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if not joined or meeting.i > verb.i or lemma(meeting) not in ctx.lexicon.meeting_verbs:
        return False
    met = {m.actor_id for c in meeting.children if c.dep_ == "nsubj" for m in ctx.group(c)}
    if not any(_rival_camps(a, b, ctx.lexicon) for a in met for b in met):
        return False
    return not any(_aid_or_force(word, ctx.lexicon) for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for word in c.subtree)


def _aid_or_force(word: Token, lexicon: Lexicon) -> bool:
    """A support or opposition cue, a word of aid ("training", "weapons") or a bond ("cooperation", "ties")."""
    base = lemma(word)
    cue = lexicon.verbs.get(base) if word.pos_ == "VERB" else lexicon.nouns.get(base)
    return (cue is not None and cue.relation in ("support", "opposition")) or base in lexicon.aid_nouns or base in lexicon.bond_nouns


def _predicate_shape(token: Token) -> bool:
    """"Russia and Egypt back the LNA": the small model tags "back" an adverb but parses
    it with a subject and an object; the parse, not the tag, says it is the verb."""
    if token.pos_ not in ("NOUN", "ADV"):
        return False  # neither case below: most tokens, whose children need not be read
    deps = {c.dep_ for c in token.children}
    if token.pos_ == "NOUN" and token.dep_ in ("ROOT", "ccomp", "conj") and "nsubj" in deps and token.tag_ in ("NN", "NNS"):
        # "Mercenaries paid by Moscow fight for the LNA": a root noun with a subject is the verb.
        return not any(c.dep_ == "det" for c in token.children)
    return token.pos_ == "ADV" and "nsubj" in deps and "dobj" in deps


def phrasal_lemma(verb: Token, lexicon: Lexicon) -> str | None:
    """"pushed back", "shot down", "pulled out": the lemma with its particle, when the lexicon lists it; or with
    its object, for the idioms the lexicon lists that way ("join forces")."""
    for child in verb.children:
        # The parser may call the particle an adverb or a preposition: "were pushed back", "pull out of".
        # "drove [Haftar's forces] out of": or right after the verb's object
        # "kept the GNA afloat": or a predicate of the object, which the lexicon lists as a particle
        particle = child.dep_ in ("prt", "oprd") or (child.dep_ in ("advmod", "prep") and (
            child.i == verb.i + 1 or any(o.dep_ == "dobj" and o.right_edge.i + 1 == child.i for o in verb.children)))
        if particle:
            phrase = f"{lemma(verb)} {child.lower_}"
            # three lookups, not a set of all three built per verb
            if phrase in lexicon.verbs or phrase in lexicon.withdrawal_verbs or phrase in lexicon.severing_verbs:
                return phrase
    for child in verb.children:
        # an idiom of a verb and its object: "joined forces with", "threw in its lot with", "made common cause with"
        if child.dep_ == "dobj" and f"{lemma(verb)} {child.lower_}" in lexicon.verbs:
            return f"{lemma(verb)} {child.lower_}"
    return None


def emit(ctx: SentenceContext, frame: Frame) -> list[Edge]:
    """The frame's edges: each agent with each patient, parties pairwise, and a mediator with every party."""
    if not frame.agents and not frame.pairs and len(distinct_actors(frame.parties)) < 2:
        return []  # nothing below pairs anyone (two frames in five): the modality need not be read
    if len(distinct_actors(frame.parties)) >= 2 or len(frame.pairs) >= 1:
        _drop_co_appellants(ctx, frame)
    word = frame.cue_word
    cue: Cue | None = frame.cue
    holders = (word, word.head) if word.dep_ in ("dobj", "attr") else (word,)
    # a mediator acting on behalf of someone or at their request is their agent, not a side's backer
    behalf = ctx.on_behalf(*holders) if frame.relation != "mediation" else []
    present: list[ActorSpan] = []
    guests: set[int] = set()  # where outside states attending a hosted conference are named
    if frame.relation == "mediation" and frame.agents:
        present = frame.others(ctx.in_presence(word))
        if getattr(cue, "category", None) == HOSTING:
            guests = {m.span.start for m in present if _outsider(ctx, m)}
            present = [m for m in present if m.span.start not in guests]
    if not frame.pairs and len(distinct_actors(frame.parties)) < 2 and not (frame.parties and frame.agents and frame.relation == "mediation") and not (
        frame.agents and (behalf or present or any(r is not None for _, r in frame.patients))
    ):
        return []  # no pair below either (two frames in five of the rest): the modality need not be read
    # "the agreement between the GNA and the LNA", "an oil deal between Maiteeg and Haftar": what the two sides of the war
    # agree with each other settles something between them, whether or not the paragraph names peace (still a weak cue)
    settled = cue is not None and cue.weak and frame.relation == "mediation" and cue.category == AGREEING and _between_war_sides(ctx, frame)
    if cue is not None and cue.weak and _is_meeting(ctx, frame) and frame.relation == "mediation" and (_meets_both_sides(ctx, frame) or _outsider_meets_a_side(ctx, frame)):
        # "the UN envoy met Haftar and Dbeibah separately": no mere meeting; "Guterres met Haftar in Benghazi, a day
        # after meeting Sarraj": an outsider's meeting with one side is marked, and the article decides (meetings)
        cue = replace(cue, weak=False)
    mood = modality(
        word, cue, frame.relation, ctx.lexicon, question=ctx.is_question, polar_question=ctx.is_polar_question, about_peace=settled or ctx.about_peace_at(word)
    )
    if not mood.keep:
        return []
    factor = mood.factor * (INHERITED_ARGUMENT if frame.inherited else 1.0)
    patients = [(m, mood.negated_as or r) for m, r in frame.patients if r is not None and m.span.start not in guests]
    if cue is not None and cue.non_state_patient:
        # "the GNA's most dependable friends", not "Turkey's expectation from its Russian friends": between states and
        # international bodies the word is courtesy
        patients = [(m, r) for m, r in patients if ctx.actor_types.get(m.actor_id, "").lower() not in ctx.lexicon.outsider_types]
    if getattr(cue, "category", None) == PRAISING and frame.relation == "support":
        # "Williams praised the delegations of the GNA and the LNA", "congratulated both Sarraj and Haftar": praise for
        # the war's two sides together backs neither (as the pair model reads it: _one_of_both_sides)
        praised = {m.actor_id for m, r in patients if r == "support"} | _named_in_clause(ctx, word)
        patients = [(m, r) for m, r in patients if not (r == "support" and any(_war_enemies(m.actor_id, o, ctx.lexicon) for o in praised))]
        approved = [*_verb_objects(word), *([word.head] if word.dep_ == "relcl" else [])]
        agreements = [o for o in approved if getattr(ctx.lexicon.nouns.get(lemma(o)), "category", None) == AGREEING]
        if any(o.i == word.head.i or any(c.dep_ == "prep" and c.lower_ == "between" for c in o.children) for o in agreements):
            # "a truce agreement that his rival had endorsed", "welcomed the deal between the GNA and the LNA": approving
            # an agreement between two backs neither (a proposal welcomed backs its author, welcomed-proposal; and so
            # may a truce one side announced: "welcomed the ceasefire announced by the GNA")
            patients = [(m, r) for m, r in patients if r != "support"]
        elif any(ctx.names_peace(o) for o in approved):
            # "the GNA welcomed the LNA's ceasefire offer": a side that approves a peace step of the other side's does
            # not back it
            agents = {m.actor_id for m in frame.agents}
            patients = [(m, r) for m, r in patients if not (r == "support" and any(_war_enemies(m.actor_id, a, ctx.lexicon) for a in agents))]
    patients.extend((m, "support") for m in behalf)
    patients.extend((m, "mediation") for m in present)
    base = base_confidence(frame.rule)
    speaker = ctx.reported_by(word) or ctx.speaker
    edges: list[Edge] = []

    def add(first: ActorSpan, second: ActorSpan, relation: str | None, parties: bool = False) -> None:
        if relation is None or first.actor_id == second.actor_id:
            return
        if relation == "support" and (_place_backed_by_its_enemy(first, second, ctx.lexicon) or backs_its_enemy(first.actor_id, second.actor_id, ctx.lexicon)):
            return  # "Haftar's gamble on Tripoli": the city he fights for, not its government
        if relation == "support" and _body_on_its_process(ctx, second):
            return  # "Paris backs the UN process": the process the body mediates, not the body
        if mood.prescriptive and relation != "opposition":
            return
        scale = PRESCRIPTIVE_OPPOSITION if mood.prescriptive else 1.0
        pronoun = PRONOUN_ARGUMENT if {first.kind, second.kind} & RESOLVED_KINDS else 1.0
        confidence = round(base * factor * scale * pronoun, 3)
        edges.append(Edge(first.actor_id, second.actor_id, relation, confidence, word.text, frame.rule, speaker, parties))

    if _respectively(word, frame.agents, patients):
        # "Turkey and the UAE back the GNA and the LNA respectively": the first with the first, and so on
        for agent, (patient, relation) in zip(distinct_actors(frame.agents), patients):
            add(agent, patient, relation)
    else:
        for agent in frame.agents:
            for patient, relation in patients:
                add(agent, patient, relation)
    parties = distinct_actors(frame.parties)
    # "refused to negotiate with Haftar and Sarraj" makes them no party to each other; nor does an offer to
    # mediate between them ("Algeria offered to mediate between the GNA and the LNA": they are not talking yet)
    if not mood.negated_as and not _offered(word, ctx.lexicon):
        for i, first in enumerate(parties):
            for second in parties[i + 1 :]:
                add(first, second, frame.relation, parties=True)
    for first, second, relation in frame.pairs:
        if cue is not None and cue.non_state_patient and ctx.outside_power(second.actor_id):
            continue  # "Egypt and Turkey are old friends": courtesy toward a state
        add(first, second, relation)
    if frame.parties and frame.agents and frame.relation == "mediation":
        for agent in frame.agents:
            for party in parties:
                add(agent, party, mood.negated_as or "mediation")
    if guests and not mood.negated_as:
        # "Egypt hosted the delegations of the GNA and the LNA, with the participation of the UN mission": an
        # international body attending talks between the war's sides takes part in the mediation, with each side
        # (states attending a hosted conference stay its guests: "with the participation of Russia, Turkey and France")
        sides = {side.actor for side in ctx.lexicon.conflict_sides}
        met = [m for m in [*parties, *(m for m, _ in patients)] if m.actor_id in sides]
        bodies = (m for m in ctx.in_presence(word) if m.span.start in guests and ctx.actor_types.get(m.actor_id, "").lower() == IGO_TYPE)
        for guest in bodies:
            for side in met:
                add(guest, side, "mediation")
    return _marked_meeting(ctx, frame, edges)


def _named_in_clause(ctx: SentenceContext, verb: Token) -> set[str]:
    """The actors of names the parser coordinated with the verb itself ("praised the delegations of the GNA, a player in
    the region, and the LNA": after the apposition it hangs "and the LNA" on the verb): the verb's other objects."""
    return {m.actor_id for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for m in ctx.group(c)}


def _drop_co_appellants(ctx: SentenceContext, frame: Frame) -> None:
    """Whichever construction made them parties or a pair, the co-signers of one appeal are none to each other
    ("Egypt, Jordan and Greece called for a de-escalation of the fighting"; mediation.co_appellants)."""
    voices = co_appellants(ctx, frame, [*frame.parties, *(m for pair in frame.pairs for m in pair[:2])])
    if voices:
        frame.parties = [m for m in frame.parties if m.actor_id not in voices]
        frame.pairs = [p for p in frame.pairs if not (p[0].actor_id in voices and p[1].actor_id in voices)]


def _body_on_its_process(ctx: SentenceContext, mention: ActorSpan) -> bool:
    """An international body named only as the one whose peace process it is ("backs the UN process", "a supporter of
    the UN's mediation efforts"; venue_nouns, igo_process_nouns): it mediates the process, and whoever backs the process
    takes no side with it."""
    if ctx.actor_types.get(mention.actor_id, "").lower() != IGO_TYPE:
        return False
    root = mention.span.root
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "poss") or noun.i == root.i or noun.i < root.i:
        return False
    lex = ctx.lexicon
    return lemma(noun) in lex.venue_nouns or lemma(noun) in lex.igo_process_nouns


def _place_backed_by_its_enemy(first: ActorSpan, second: ActorSpan, lexicon: Lexicon) -> bool:
    """One of the war's sides backing the other named only by its city or seat: what a side does about the city it
    fights for ("Haftar's gamble on Tripoli") is never backing for its enemy. Sides that held the war's place at the
    same time are enemies (the LNA and the GNA, the LNA and the GNU); the GNA and the GNU, one after the other, are not."""
    if first.kind not in PLACE_KINDS and second.kind not in PLACE_KINDS:
        return False
    return _war_enemies(first.actor_id, second.actor_id, lexicon)


def backs_its_enemy(backer: str, backed: str, lexicon: Lexicon) -> bool:
    """A side of the war backing one it fought while both held their places (conflict_sides' at_war_with: the LNA and the
    GNA), which no sentence says: a misreading ("Russia backs Haftar and Turkey the GNA" gives no LNA backing of the GNA)."""
    return any(side.actor == backer and backed in side.at_war_with for side in lexicon.conflict_sides)


# The category of agreements (lexicon _categories): "deal", "agreement", "accord".
AGREEING = "agree"
# The category of approval and praise: "welcome", "praise", "congratulate", "endorse".
PRAISING = "cooperate"


def _between_war_sides(ctx: SentenceContext, frame: Frame) -> bool:
    """The frame pairs two sides of the war (conflict_sides) that held their places at the same time, or bodies of its
    rival camps (the HoR and the High Council of State), with each other and no one else (a deal someone brokers
    between them is the broker's: brokered-accord)."""
    named = {m.actor_id for m in frame.agents} | {m.actor_id for m, _ in frame.patients} | {m.actor_id for m in frame.parties}
    camps = camp_members(ctx.lexicon)
    return named <= camps and any(_rival_camps(a, b, ctx.lexicon) for a in named for b in named)


def _meets_both_sides(ctx: SentenceContext, frame: Frame) -> bool:
    """An outsider (no side of the war) that meets, receives or calls both sides of the war in one clause, together
    or "separately", or bodies of both its camps ("received the speakers of the HoR and the High Council of State"):
    a go-between's round, whether or not the paragraph names peace; not when the sentence says the
    meeting was about something else, or gives it a purpose of its own that names no peace."""
    camps = camp_members(ctx.lexicon)
    hosts = {m.actor_id for m in frame.agents} - camps
    met = ({m.actor_id for m, _ in frame.patients} | {m.actor_id for m in frame.parties}) - hosts
    if not hosts or not any(_rival_camps(a, b, ctx.lexicon) for a in met for b in met):
        return False
    if sentence_topic(ctx.sent, ctx.lexicon).elsewhere:
        return False
    # not "met Haftar and Sarraj separately to discuss trade": a purpose of its own that names no peace
    verb = frame.cue_word
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)]
    return all(any(lemma(t) in ctx.lexicon.peace_topics for t in p.subtree) for p in purposes)


def _outsider_meets_a_side(ctx: SentenceContext, frame: Frame) -> bool:
    """An outsider (no side of the war, of outsider_types) meeting one side of the war in a sentence that names the other
    side too ("Guterres met Haftar in Benghazi, a day after meeting Sarraj in Tripoli"): a meeting the article decides
    on (meetings.dropped_meetings keeps a go-between's round with both sides)."""
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    hosts = {m.actor_id for m in frame.agents if m.actor_id not in sides and ctx.outside_power(m.actor_id)}
    met = ({m.actor_id for m, _ in frame.patients} | {m.actor_id for m in frame.parties}) & sides
    named = {m.actor_id for m in ctx.mentions if m.span.start >= ctx.sent.start and m.span.end <= ctx.sent.end}
    return bool(hosts) and any(_war_enemies(a, b, ctx.lexicon) for a in met for b in named)


def _war_enemies(first: str, second: str, lexicon: Lexicon) -> bool:
    """Two sides of the war (conflict_sides) that held their places at the same time: the LNA and the GNA, the LNA and
    the GNU; not the GNA and the GNU, one after the other."""
    held = {side.actor: side for side in lexicon.conflict_sides}
    one, other = held.get(first), held.get(second)
    if one is None or other is None or first == second:
        return False
    return one.at_once(other)


def _rival_camps(first: str, second: str, lexicon: Lexicon) -> bool:
    """Two of the war's sides or bodies of its camps (conflict_sides, their institutions) in different camps at the same
    time: the LNA and the GNA, the HoR and the High Council of State; not the LNA and the HoR, nor the GNA and the GNU."""
    def held(actor: str) -> list:
        return [side for side in lexicon.conflict_sides if actor in side.members]

    return any(one.camp != other.camp and one.at_once(other) for one in held(first) for other in held(second))


def _is_meeting(ctx: SentenceContext, frame: Frame) -> bool:
    """A frame whose cue word is a meeting, call or hosting (meeting_verbs, meeting_nouns)."""
    word = lemma(frame.cue_word)
    return word in ctx.lexicon.meeting_verbs or word in ctx.lexicon.meeting_nouns


def _marked_meeting(ctx: SentenceContext, frame: Frame, edges: list[Edge]) -> list[Edge]:
    """A meeting, call or hosting (meeting_verbs, meeting_nouns) of one side with another: its mediation edges are
    marked for the article to decide (meetings.dropped_meetings). That is a meeting of two, or of visitors with a
    host that brings no parties together ("Haftar and Saleh flew to Abu Dhabi for talks with bin Zayed"); not
    "hosted talks between X and Y" or "hosted Sarraj and Haftar", whose guests are parties to each other."""
    if frame.cue is None or not _is_meeting(ctx, frame):
        return edges
    venues = ctx.lexicon.venue_nouns - ctx.lexicon.meeting_nouns
    if any(c.dep_ == "dobj" and lemma(c) in venues for c in frame.cue_word.children):
        return edges  # "hosted a summit attended by Russia": a conference, not a meeting of two
    mediation = [e for e in edges if e.relation == "mediation"]
    met = {actor for e in mediation for actor in (e.actor1, e.actor2)}
    if _meets_both_sides(ctx, frame):
        return edges  # an outsider meeting both sides of the war, together or one after the other, is a go-between's round
    hosting = getattr(frame.cue, "category", None) == "host"
    # (two hosts of one guest, "Turkey and Qatar hosted him", are a visit as one host is)
    guests = met - {m.actor_id for m in frame.agents}
    if len(met) != 2 and len(guests) != 1 and (hosting or any(e.parties for e in mediation)) and not sentence_topic(ctx.sent, ctx.lexicon).elsewhere:
        # (a conference hosted for many, "hosted a summit attended by Turkey, Russia and Egypt", is one; but talks
        # with several that the text says were about something else are marked too)
        return edges
    return [replace(e, meeting=True) if e.relation == "mediation" else e for e in edges]


# The cue category of hosting a conference or talks (host, convene, conference, summit).
HOSTING = "host"


# The actor type of international bodies (the dictionary's "IGO"), whose attendance at talks is a mediator's.
IGO_TYPE = "igo"


def _outsider(ctx: SentenceContext, mention: ActorSpan) -> bool:
    """"Germany hosted a conference with the participation of Russia, Turkey and France, and in the presence of
    Sarraj and Haftar": states and international bodies (outsider_types) that attend a hosted conference are its
    guests, not parties the host mediates with; the war's own sides who attend are."""
    return ctx.outside_power(mention.actor_id)


def _offered(word: Token, lexicon) -> bool:
    """The cue is what someone offers or proposes to do ("offered to mediate between", "proposed to host talks
    between", lexicon.offering_verbs), or is ready to do ("was ready to host negotiations between", "an offer to host a
    dialogue between", "offered last week to host", readiness_words): talks not yet held."""
    verb = word if is_verb(word) else word.head
    if verb.dep_ not in ("xcomp", "advcl", "acl") or not is_to_infinitive(verb):
        return False
    return lemma(verb.head) in lexicon.offering_verbs or lemma(verb.head) in lexicon.readiness_words


def _respectively(word: Token, agents: list[ActorSpan], patients: list[tuple[ActorSpan, str]]) -> bool:
    """Two lists of as many actors paired in order by "respectively" in the cue's clause."""
    if len(agents) < 2 or len(distinct_actors(agents)) != len(patients) or len({m.actor_id for m, _ in patients}) != len(patients):
        return False
    clause = word if is_verb(word) else word.head
    return any(t.lower_ == "respectively" for t in clause.subtree)


def best_per_pair(edges: list[Edge]) -> list[Edge]:
    """One edge per actor pair and relation in a sentence, the most confident;
    opposition and mediation are one edge whichever way they were read."""
    best: dict[tuple[str, str, str], Edge] = {}
    for edge in edges:
        key = (edge.actor1, edge.actor2, edge.relation) if is_directed(edge.relation) else (*sorted((edge.actor1, edge.actor2)), edge.relation)
        if key not in best or edge.confidence > best[key].confidence:
            # a pair read by a meeting and by something else is not the meeting's alone
            meeting = edge.meeting and (key not in best or best[key].meeting)
            best[key] = replace(edge, meeting=meeting)
        elif not edge.meeting and best[key].meeting:
            best[key] = replace(best[key], meeting=False)
    return list(best.values())


def _verb_objects(verb: Token) -> list[Token]:
    """The verb's direct objects; and the noun it modifies when the parser made the verb a modifier of its object
    ("Turkey (as expected) hosted officers ...": "hosted" an amod of "officers")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "amod" and verb.head.i > verb.i and verb.tag_ in ("VBD", "VBN"):
        found.append(verb.head)
    return found


def _brought_together(ctx: SentenceContext, verb: Token, obj: Token) -> bool:
    """"brought together officers from the GNA and the LNA": people of two sides brought together meet; so do the
    officers of both sides of the war (conflict_sides) a host receives ("Egypt hosted officers from the GNA and the LNA
    in Hurghada"), unlike "hosted officers from Qatar and the GNA for training"."""
    named = distinct_actors(ctx.group(obj))
    if len(named) < 2:
        return False
    sides = {side.actor for side in ctx.lexicon.conflict_sides}
    return any(c.lower_ == "together" for c in verb.children) or len({m.actor_id for m in named} & sides) >= 2


# The cue a greeting verb is read as when it receives a visitor.
VISIT_CUE = "receive"
# Prepositions that place a greeting: "welcomed Sarraj in Ankara / to Ankara / for talks / at the palace".
VISIT_PREPS = frozenset({"in", "to", "for", "at"})


def _visit(ctx: SentenceContext, verb: Token) -> bool:
    """"welcomed Sarraj in Ankara", "welcomed his Jordanian and Egyptian counterparts in Baghdad for a summit":
    a greeting verb whose object is an actor itself (not "welcomed Haftar's decision"), with where or what for.
    A person greeted needs neither ("Conte welcomed Haftar with a handshake"): one greets a visitor, and backs
    what a side does."""
    greeted = [c for c in verb.children if c.dep_ == "dobj"]
    if any((m := ctx.mention_at.get(c.i)) is not None and m.kind in PERSON_KINDS and m.root.i == c.i for c in greeted):
        return True
    named = any(c.i in ctx.mention_at or (lemma(c) in ctx.lexicon.representative_nouns and ctx.group(c)) for c in greeted)
    holders = [verb, *greeted]  # the parser may hang "in Ankara" on the guest
    return named and any(c.dep_ == "prep" and c.lower_ in VISIT_PREPS and c.i > verb.i for h in holders for c in h.children)
