"""Parsing ahead: a corpus is parsed a batch of articles at a time (Extractor.parse_ahead), which
spaCy does faster than article by article, and the tables are the same as when each article is
parsed alone. An article that breaks the batch's parse is reported alone; the others are kept."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extract.corpus import load_corpus
from extract.evaluate import DEFAULT_ARTICLES_DIR, DEFAULT_WIRE_FILE
from extract.extractor import Extractor
from extract.pipeline import _parse_batches, default_extractor, extract_corpus, mentions_table, relations_table
from extract.schema import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return default_extractor()


def _wire_articles() -> list[Article]:
    lines = [json.loads(line) for line in DEFAULT_WIRE_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(article_id=f"wire-{n}", text=row["text"]) for n, row in enumerate(lines)]


def _alone(extractor: Extractor, articles: list[Article]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The tables with every article parsed on its own (nothing parsed ahead)."""
    extractor.parse_ahead([])
    results = [extractor.extract(article) for article in articles]
    return (mentions_table([m for r in results for m in r.mentions]),
            relations_table([rel for r in results for rel in r.relations]))


@pytest.mark.parametrize("source", ["bundled", "wire"])
def test_tables_are_the_same_parsed_ahead_and_article_by_article(extractor: Extractor, source: str) -> None:
    articles = load_corpus([DEFAULT_ARTICLES_DIR]).articles if source == "bundled" else _wire_articles()
    assert len(list(_parse_batches(articles))) < len(articles)  # some batch holds several articles
    batched = extract_corpus(articles, extractor=extractor)
    mentions, relations = _alone(extractor, articles)
    assert not batched.problems and len(batched.relations) > 0
    pd.testing.assert_frame_equal(batched.mentions, mentions)
    pd.testing.assert_frame_equal(batched.relations, relations)


def test_extract_takes_the_docs_parsed_ahead(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(article_id="a", text="Egypt backs Haftar.\n\nTurkey backs the GNA."),
                Article(article_id="b", text="Russia backs Haftar.")]
    pipe = extractor.nlp.pipe
    parsed: list[str] = []

    def spy(texts, *args, **kwargs):
        texts = list(texts)
        parsed.extend(texts)
        return pipe(texts, *args, **kwargs)

    monkeypatch.setattr(extractor.nlp, "pipe", spy)
    extractor.parse_ahead(articles)
    assert parsed == ["Egypt backs Haftar.", "Turkey backs the GNA.", "Russia backs Haftar."]
    parsed.clear()
    relations = [r for article in articles for r in extractor.extract(article).relations]
    assert parsed == []
    assert {(r.actor1, r.actor2) for r in relations} == {("Egypt", "LNA"), ("Turkey", "GNA"), ("Russia", "LNA")}
    extractor.extract(articles[1])  # taken once: a second extraction parses again
    assert parsed == ["Russia backs Haftar."]
    extractor.parse_ahead([])


def test_an_article_that_breaks_the_batch_is_reported_alone(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(article_id="good", text="Egypt backs Haftar."),
                Article(article_id="bad", text="Turkey backs the GNA. POISON"),
                Article(article_id="also-good", text="Russia backs Haftar.")]
    pipe = extractor.nlp.pipe

    def breaks_on_poison(texts, *args, **kwargs):
        texts = list(texts)
        if any("POISON" in text for text in texts):
            raise ValueError("the parser choked")
        return pipe(texts, *args, **kwargs)

    monkeypatch.setattr(extractor.nlp, "pipe", breaks_on_poison)
    result = extract_corpus(articles, extractor=extractor)
    assert result.problems == ["bad: extraction failed (ValueError: the parser choked)"]
    assert set(zip(result.relations["article_id"], result.relations["actor1"])) == {("good", "Egypt"), ("also-good", "Russia")}


def test_batches_keep_the_order_and_hold_at_most_the_limit() -> None:
    articles = [Article(article_id=str(n), text="x" * size) for n, size in enumerate([40, 50, 20, 120, 10])]
    batches = list(_parse_batches(articles, max_chars=100))
    assert [[a.article_id for a in batch] for batch in batches] == [["0", "1"], ["2"], ["3"], ["4"]]


def test_a_broken_article_leaves_the_rest_of_its_batch_parsed_ahead(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(article_id="good", text="Egypt backs Haftar."),
                Article(article_id="broken", text=None),  # type: ignore[arg-type]
                Article(article_id="also-good", text="Russia backs Haftar.")]
    pipe = extractor.nlp.pipe
    calls: list[list[str]] = []

    def spy(texts, *args, **kwargs):
        calls.append(list(texts))
        return pipe(calls[-1], *args, **kwargs)

    monkeypatch.setattr(extractor.nlp, "pipe", spy)
    result = extract_corpus(articles, extractor=extractor)
    assert [problem.split(":")[0] for problem in result.problems] == ["broken"]
    assert set(result.relations["article_id"]) == {"good", "also-good"}
    assert calls == [["Egypt backs Haftar.", "Russia backs Haftar."]]
