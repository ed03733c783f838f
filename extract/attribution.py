"""Attribution: whose claim a sentence is.

A sentence is someone's claim when a reporting verb with an actor as subject
governs it ("Kalın said Turkey ..."), when it says "according to X", or when
it sits inside a quotation that the same paragraph attributes to an actor
("“...,” Kalın said.").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import LOWER, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from extract.lexicon import Lexicon
from extract.mentions import ActorSpan
from extract.relations.context import SPEAKER_PRONOUNS
from extract.relations.grammar import doc_text

OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
# Single quotation marks (British copy: 'We will not allow it,' Erdogan said), which are also apostrophes: one
# opens a quotation before a word, after a space, a bracket or the start; one closes it after a word or
# punctuation, before a space, punctuation or the end. An apostrophe inside a word ("Haftar's", "don't") does
# neither. Found by regular expressions, so that a paragraph whose only marks are apostrophes is not walked.
SINGLE_QUOTES = "'‘’"
SINGLE_OPENING = re.compile(r"(?<![^\s(\[])['‘](?=[^\W_]|[“\"])")
SINGLE_CLOSING = re.compile(r"(?<=\S)['’](?=[\s,.;:!?)\]—]|$)")
DOUBLE_QUOTE_CHARS = (*OPENING_QUOTES, *CLOSING_QUOTES, STRAIGHT_QUOTE)


# The most words a header before a colon takes ("Minister of National Defence Hulusi Akar:").
HEADER_WORDS = 10


def _quoted_chars(text: str) -> list[bool]:
    """For each character of a paragraph, whether it lies inside a quotation."""
    if not any(mark in text for mark in DOUBLE_QUOTE_CHARS) and SINGLE_OPENING.search(text) is None:
        return [False] * len(text)  # most paragraphs quote no one: no walk over their characters
    inside = False
    single = False  # inside a quotation opened by a single mark
    flags = []
    for at, char in enumerate(text):
        if char in OPENING_QUOTES:
            inside = True
        elif char in CLOSING_QUOTES:
            flags.append(True)
            inside = False
            continue
        elif char == STRAIGHT_QUOTE:
            flags.append(True)
            inside = not inside
            continue
        elif char in SINGLE_QUOTES and (single or not inside) and (SINGLE_CLOSING if single else SINGLE_OPENING).match(text, at):
            single = not single
            inside = single
            flags.append(True)
            continue
        flags.append(inside)
    return flags


def _reports_fronted_clause(verb: Token) -> bool:
    """"We will not abandon Tripoli, Erdogan said", "Our support is unwavering, said an Emirati official": a
    reported clause before its reporting verb and a comma is the speaker's own words, quoted or not (wire copy
    prints indirect speech so, and a quotation can lose its marks in transmission), so its "we" and "our" are the
    speaker's. The clause's subject comes first and the verb's own subject after the clause: "Turkey said that
    we ..." is not one."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    subjects = [c for c in verb.children if c.dep_ in _speaker_deps(verb)]
    if not clauses or not subjects or any(s.i < clauses[0].i for s in subjects):
        return False
    end = clauses[0].right_edge.i
    return any(t.text == "," for t in verb.doc[end : verb.i])


def _closes_its_clause(verb: Token) -> bool:
    """"We will back the GNA until the end, Erdogan was quoted as saying": the parser can make the reported clause
    the root and hang the reporting verb on it as an adverbial clause. It is the same report when the verb
    comes last with its own subject after a comma ("as Erdogan said" too; not "because Erdogan said so")."""
    clause = verb.head
    if verb.dep_ != "advcl" or clause.dep_ != "ROOT" or clause.i > verb.i:
        return False
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in _speaker_deps(verb)]
    closing = all(t.is_punct for t in doc[verb.right_edge.i + 1 : clause.sent.end])
    # the comma before the subject: the parser may hang a phrase of the clause on the verb ("until the end")
    return bool(subjects) and closing and subjects[0].left_edge.i > 0 and doc[subjects[0].left_edge.i - 1].text == ","


def _reports_after_colon(verb: Token) -> bool:
    """"The Turkish president said in a speech: we will back the GNA": a colon between a reporting verb and its
    clause opens the speaker's own words, with or without quotation marks; so does a headline's colon read as "said"
    (extract.parse_repair speaker_before_colon: "Cavusoglu: we will keep supporting the GNA")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if verb.text == ":":
        return bool(clauses)
    return bool(clauses) and any(c.dep_ == "punct" and c.text == ":" and verb.i < c.i < clauses[0].left_edge.i for c in verb.children)


# "Erdogan was quoted as saying ...": the passive subject is the speaker (the agent, if any, is the outlet that
# quotes him).
QUOTING_VERBS = frozenset({"quote"})


def _speaker_deps(verb: Token) -> tuple[str, ...]:
    if verb.lemma_.lower() in QUOTING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return ("nsubjpass",)
    return ("nsubj", "agent")


def _follows_quotation(paragraph: str, sent: Span) -> bool:
    """"“How can we trust Haftar?” Sarraj asked.": a quoted question or exclamation ends its own sentence, and the
    attribution after it is a sentence that starts right after the closing mark; it attributes that quotation when its
    verb says nothing else (`SpeakerFinder._reports_quote` reads it as a sentence with a quote)."""
    before = paragraph[max(0, sent.start_char - 6) : sent.start_char].rstrip()  # the marks right before it only
    if not before or before[-1] not in (*CLOSING_QUOTES, STRAIGHT_QUOTE, "'", "’") or before[:-1].rstrip()[-1:] not in ("?", "!"):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") for c in sent.root.children)


def _speaks_in_first_person(sent: Span) -> bool:
    """"We will not abandon Tripoli. Our drones are ready, Erdogan said.": wire copy does not say "we" or "I" in its
    own voice, so a sentence that does is a quotation, here one whose marks are missing; the speaker the next sentence
    names is its speaker (speakers)."""
    return any(t.lower_ in SPEAKER_PRONOUNS and t.tag_ in ("PRP", "PRP$") for t in sent)


class SpeakerFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def speakers(self, doc: Doc, mentions: list[ActorSpan], previous_speaker: str = "") -> list[str]:
        """The speaker's actor id for each sentence of a paragraph ("" if none).

        A paragraph that is all quotation and names no speaker continues the
        previous paragraph's quotation (`previous_speaker`), as news copy does
        with long quotes."""
        mention_at = {i: m for m in mentions for i in m.token_ids}
        sentences = list(doc.sents)
        text = doc_text(doc)
        # Only "according" and verbs can make a sentence someone's claim: _reporter reads those words, found
        # here from the arrays of the parse, not every word (a Python Token each).
        according = doc.vocab.strings["according"]
        readable = [i for i, (lower, pos) in enumerate(doc.to_array([LOWER, POS]).tolist()) if lower == according or pos == VERB]
        own = [self._reporter(sent, mention_at, text, readable) for sent in sentences]
        quoted = _quoted_chars(text)
        in_quote = [self._mostly_quoted(sent, quoted) for sent in sentences]
        attributed = [speaker for speaker in own if speaker]
        paragraph_speaker = attributed[0] if len(set(attributed)) == 1 else ""
        if not attributed and in_quote and all(in_quote):
            paragraph_speaker = previous_speaker
        result = []
        for speaker, quoted_sentence in zip(own, in_quote):
            if speaker:
                result.append(speaker)
            elif quoted_sentence and paragraph_speaker:
                result.append(paragraph_speaker)
            else:
                result.append("")
        for at in range(len(sentences) - 1):
            if not result[at] and own[at + 1] and _speaks_in_first_person(sentences[at]):
                result[at] = own[at + 1]
        if result and not own[0] and (header := self._header_speaker(sentences[0], mention_at)):
            # "The British embassy: We are worried ... . Wagner ...": a header names the speaker of the paragraph's
            # words, up to the first sentence that names its own
            for at, speaker in enumerate(own):
                if speaker:
                    break
                result[at] = header
        return result

    def _header_speaker(self, sent: Span, mention_at: dict[int, ActorSpan]) -> str:
        """"The British embassy: we are worried", "Minister of National Defence Hulusi Akar: Haftar is no partner for
        talks", "Sarraj in a call with Tebboune: we are grateful to Algeria": a noun phrase with no verb, then a
        colon, opening a paragraph, names its speaker when its head is an actor's name, a person's role or a speaking
        body (lexicon.speaking_bodies), and the actor of that head is known. A topic is no speaker ("Turkish-Libyan
        military cooperation: ..."), nor an outlet ("Anadolu: ...", no actor). (A short name before a colon is read as
        "said" by the parse repair speaker_before_colon, and so as the sentence's own reporter.)"""
        doc = sent.doc
        colon = next((t.i for t in doc[sent.start : min(sent.end, sent.start + HEADER_WORDS + 1)] if t.text == ":"), None)
        if colon is None or colon == sent.start:
            return ""
        header = doc[sent.start : colon]
        if any(t.pos_ in ("VERB", "AUX") or t.text in DOUBLE_QUOTE_CHARS or t.text in SINGLE_QUOTES for t in header):
            return ""
        heads = [t for t in header if t.head.i == t.i or not (header.start <= t.head.i < header.end)]
        if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
            return ""
        head = heads[0]
        word = head.lemma_.lower()
        if head.i not in mention_at and word not in self.lexicon.person_role_nouns and word not in self.lexicon.speaking_bodies:
            return ""
        return self._actor_in(head, mention_at)

    @staticmethod
    def _mostly_quoted(sent: Span, quoted: list[bool]) -> bool:
        flags = quoted[sent.start_char : sent.end_char]
        return bool(flags) and sum(flags) > len(flags) / 2

    def _reporter(self, sent: Span, mention_at: dict[int, ActorSpan], paragraph: str, readable: list[int]) -> str:
        """`paragraph`: the Doc's text; `readable`: the positions of the Doc's words that can name a reporter
        ("according", the verbs), in order."""
        # Once per sentence, not per reporting verb: a long sentence of "X said that ..." stays linear.
        text = paragraph[sent.start_char : sent.end_char]
        has_quote = (
            any(q in text for q in DOUBLE_QUOTE_CHARS) or SINGLE_OPENING.search(text) is not None or SINGLE_CLOSING.search(text) is not None
        )
        doc = sent.doc
        after_question = _follows_quotation(paragraph, sent)
        has_quote = has_quote or after_question
        text = text if not after_question else text + "?"  # (the question it attributes is the sentence before)
        for i in readable[bisect_left(readable, sent.start) : bisect_left(readable, sent.end)]:
            token = doc[i]
            if token.lower_ == "according" and token.i + 1 < sent.end and token.doc[token.i + 1].lower_ == "to":
                actor = self._actor_in(token.doc[token.i + 1], mention_at)
                if actor:
                    return actor
            if token.pos_ == "VERB" and self._speaks(token, "?" in text) and self._reports_quote(token, has_quote):
                for child in token.children:
                    if child.dep_ in _speaker_deps(token):
                        actor = self._actor_in(child, mention_at)
                        if actor:
                            return actor
        return ""

    def _speaks(self, verb: Token, asks: bool) -> bool:
        """A verb of saying, or one of asking that asks for no act or clause ("'Who armed Haftar?' Sarraj asked"; not
        "asked Rome to ...", "asked whether ..."): quotes_asking_verbs attribute a question as "said" attributes a
        statement, when the sentence or the one before it is one (`asks`: it has a question mark)."""
        word = verb.lemma_.lower()
        if word in self.lexicon.reporting_verbs:
            return True
        return asks and word in self.lexicon.quotes_asking_verbs and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)

    @staticmethod
    def _reports_quote(verb: Token, sentence_has_quote: bool) -> bool:
        """The verb attributes a quotation ("“...,” Kalın said."), or the words before it and a comma with
        their marks left out (`_reports_fronted_clause`). A reporting verb that governs its clause ("Kalın
        said that ...") is read by the relation reader, for the cues inside that clause only."""
        return verb.dep_ == "parataxis" or _closes_its_clause(verb) or (
            verb.dep_ == "ROOT" and (sentence_has_quote or _reports_fronted_clause(verb) or _reports_after_colon(verb))
        )

    def _actor_in(self, token: Token, mention_at: dict[int, ActorSpan]) -> str:
        """The actor a subject phrase names: its own name or a name that
        qualifies it, not one inside a modifier clause ("the Turkey-backed
        administration" speaks for the administration). A role noun's of-phrase
        says whom it speaks for ("the spokesman of the LNA"); another noun's does
        not ("critics of the GNA")."""
        if token.i in mention_at:
            return mention_at[token.i].actor_id
        role = token.lemma_.lower() in self.lexicon.person_role_nouns or token.lemma_.lower() in self.lexicon.representative_nouns
        for child in token.children:
            if child.dep_ in ("compound", "poss", "amod", "appos", "pobj") or (role and child.dep_ == "prep" and child.lower_ == "of"):
                actor = self._actor_in(child, mention_at)
                if actor:
                    return actor
        return ""
