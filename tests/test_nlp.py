"""Work per parse is bounded: long paragraphs are parsed in pieces that keep offsets, batches by size (issue 18, item 4)."""
from __future__ import annotations

import pytest
from spacy.language import Language

from extract.nlp import MAX_BATCH_CHARS, MAX_CHUNK_CHARS, chunk_bounds, load_nlp, parse_in_batches
from extract.pipeline import default_extractor
from extract.schema import Article


@pytest.mark.parametrize(
    "text,max_chars,pieces",
    [
        ("Egypt backs Haftar.", 50, ["Egypt backs Haftar."]),  # within the limit: one piece
        ("Egypt backs Haftar. Turkey backs the GNA. Russia arms the LNA.", 45,
         ["Egypt backs Haftar. Turkey backs the GNA.", "Russia arms the LNA."]),  # at the last sentence end
        ('"Egypt backs Haftar." Turkey backs the GNA.', 30, ['"Egypt backs Haftar."', "Turkey backs the GNA."]),
        ("one two three four five six", 10, ["one two", "three four", "five six"]),  # no sentence end: at a space
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),  # one long word: at the limit
        ("", 10, []),
    ],
)
def test_chunks_end_at_sentence_ends_and_keep_offsets(text: str, max_chars: int, pieces: list[str]) -> None:
    bounds = chunk_bounds(text, max_chars)
    assert [text[start:end] for start, end in bounds] == pieces
    assert all(end - start <= max_chars for start, end in bounds)
    # Nothing but white space between pieces is left out.
    gaps = [text[end:start] for (_, end), (start, _) in zip(bounds, bounds[1:])]
    assert all(not gap.strip() for gap in gaps)


def test_batches_hold_at_most_the_budget_and_keep_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    batches: list[list[int]] = []
    original = Language.pipe

    def recording_pipe(self, texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        batches.append([len(t) for t in texts])
        return original(self, texts, **kwargs)

    monkeypatch.setattr(Language, "pipe", recording_pipe)
    texts = ["Egypt backs Haftar." * 2, "Turkey backs the GNA." * 3, "Russia." * 20, "Egypt."]
    docs = list(parse_in_batches(load_nlp(), texts, max_batch_chars=110))
    assert [doc.text for doc in docs] == texts
    assert batches == [[38, 63], [140], [6]]  # a text longer than the budget goes alone


def test_a_long_paragraph_is_parsed_in_pieces_with_its_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[int] = []
    original = Language.pipe

    def recording_pipe(self, texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        parsed.append(sum(len(t) for t in texts))
        parsed.extend(len(t) for t in texts)
        return original(self, texts, **kwargs)

    monkeypatch.setattr(Language, "pipe", recording_pipe)
    unit = "Egypt backs Haftar. "
    text = "Turkey backs the GNA.\n" + unit * (3 * MAX_CHUNK_CHARS // len(unit))
    found = default_extractor().extract(Article(article_id="long", text=text))
    assert max(parsed) <= MAX_BATCH_CHARS and max(parsed[1:]) <= MAX_CHUNK_CHARS
    # Every sentence is read, at its place in the article.
    egypt = [m for m in found.mentions if m.actor_id == "Egypt"]
    assert len(egypt) == 3 * MAX_CHUNK_CHARS // len(unit)
    assert all(text[m.start : m.end] == m.text for m in found.mentions)
    assert egypt[-1].start == text.rindex("Egypt")
    assert {(r.actor1, r.actor2) for r in found.relations} == {("Turkey", "GNA"), ("Egypt", "LNA")}
    assert all(text[r.start : r.end] == r.evidence for r in found.relations)


# Sentences that reach every kind of the ruler's patterns: tags, two-word patterns ("gon na", "let 's", "there
# is"), white space tokens, pronoun cases by dependency label, the "gets"/"got" alternatives, regexes ("nothin'").
RULER_SENTENCES = [
    "Egypt backs Haftar, and Turkey's drones were sent to the GNA on 3 May 2020.",
    "We're gon na win, let 's go, y'all got ta see: there is nothin' left and there 're   two sides.\n\nIt ends.",
    "He gets it; she got it. I told you, it said, \"They'll fight 'em.\"  ",
    "",
    "   ",
]


def test_the_attribute_and_lemma_tables_give_spacys_own_matches_and_docs() -> None:
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from extract.nlp import AttributeTable, LemmaTable, load_spacy_pipeline

    table_nlp, spacy_nlp = load_nlp(), load_spacy_pipeline()
    assert table_nlp.get_pipe("attribute_ruler").match.__self__.__class__ is AttributeTable
    assert table_nlp.get_pipe("lemmatizer").pipe.__self__.__class__ is LemmaTable
    assert spacy_nlp.get_pipe("lemmatizer").pipe.__self__ is spacy_nlp.get_pipe("lemmatizer")
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    assert not isinstance(getattr(ruler.match, "__self__", None), AttributeTable)
    table = AttributeTable.of(ruler)
    attrs = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    matched = 0
    for before, ours, theirs in zip(spacy_nlp.pipe(RULER_SENTENCES, disable=["attribute_ruler", "lemmatizer"]),
                                     table_nlp.pipe(RULER_SENTENCES), spacy_nlp.pipe(RULER_SENTENCES)):
        assert table.match(before) == ruler.match(before)
        matched += len(ruler.match(before))
        assert ours.to_array(attrs).tolist() == theirs.to_array(attrs).tolist()
        assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]
    assert matched > 50
    # two-word patterns matched: "gon na" gives "gon" the lemma "go", "let 's" gives "'s" the lemma "us" (and the
    # lemma table leaves a lemma the ruler set); the same through nlp.pipe (the tables) and nlp() (spaCy's own steps)
    for doc in (next(table_nlp.pipe(["We're gon na win, let 's go."])), table_nlp("We're gon na win, let 's go.")):
        assert [t.lemma_ for t in doc if t.lower_ in ("gon", "'s", "win", "'re")] == ["be", "go", "win", "us"]


def test_a_ruler_with_patterns_the_table_cannot_read_keeps_spacys_matcher() -> None:
    import spacy

    from extract.nlp import AttributeTable

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}]], {"LEMMA": "one"})
    assert AttributeTable.of(ruler) is not None
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "one"})  # an operator
    assert AttributeTable.of(ruler) is None
    other = spacy.blank("en").add_pipe("attribute_ruler")
    other.add([[{"SHAPE": "Xxxx"}]], {"LEMMA": "x"})  # an attribute the table does not read
    assert AttributeTable.of(other) is None
    third = spacy.blank("en").add_pipe("attribute_ruler")
    third.add([[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]], {"LEMMA": "x"})  # three words
    assert AttributeTable.of(third) is None
