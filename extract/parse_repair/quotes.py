"""Quotations the small model turns inside out: the reporting clause after a quotation read as the quoted
clause's complement ("'We support the unity government,' Draghi said on Tuesday", where "said" hangs on
"support"), so no speaker stands above what is quoted.
"""
from __future__ import annotations

from spacy.tokens import Doc

from extract.lexicon import Lexicon
from extract.parse_repair.shared import _index, one_tree

OPENING_QUOTES = frozenset({"'", '"', "“", "‘", "``"})
CLOSING_QUOTES = frozenset({"'", '"', "”", "’", "''"})


def reporter_read_as_complement(doc: Doc, lexicon: Lexicon) -> None:
    """A sentence that opens with a quotation and closes with its reporter ("'...,' Draghi said on Tuesday"):
    when the parser makes the quotation's verb the root and the reporting verb its complement, the reporting
    verb is the root again and the quotation its complement; what follows the closing quote is the reporter's."""
    for verb in (doc[i] for i in _index(doc, lexicon).reporting):
        quoted = verb.head
        if verb.dep_ not in ("ccomp", "parataxis", "conj") or quoted.dep_ != "ROOT" or quoted.i > verb.i:
            continue
        sent = verb.sent
        if doc[sent.start].text not in OPENING_QUOTES:
            continue
        close = next((i for i in range(verb.i - 1, quoted.i, -1) if doc[i].text in CLOSING_QUOTES), None)
        if close is None or not any(c.dep_ == "nsubj" and close < c.i < verb.i for c in verb.children):
            continue
        saved = [(t.head.i, t.dep_) for t in sent]
        for child in list(quoted.children):
            if child.i > close:
                child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        quoted.head, quoted.dep_ = verb, "ccomp"
        if not one_tree(sent):
            for token, (head, dep) in zip(sent, saved):
                token.head, token.dep_ = doc[head], dep
