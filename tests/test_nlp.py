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
