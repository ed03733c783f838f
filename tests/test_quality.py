"""End to end over the bundled articles, the wire-style sentences and events, and
the dev set when it is beside the repository: the
extractor must stay at least as good as when these floors were set (the
measured figures are in docs/quality.md; these are regression floors, below them)."""
from __future__ import annotations

import pytest

from extract.corpus import load_corpus
from extract.evaluate import (
    DEFAULT_ARTICLES_DIR,
    DEFAULT_DEVSET_DIR,
    DEFAULT_EVENTS_FILE,
    DEFAULT_GOLD_DIR,
    article_scores,
    devset_scores,
    load_devset_gold,
    load_gold,
    sentence_scores,
    wire_scores,
)
from extract.pipeline import extract_corpus

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def bundled():
    gold = load_gold(DEFAULT_GOLD_DIR, DEFAULT_ARTICLES_DIR)
    predicted = extract_corpus(load_corpus([DEFAULT_ARTICLES_DIR]).articles).relations
    return predicted, gold


def test_bundled_articles_sentence_level(bundled) -> None:
    predicted, gold = bundled
    overall = sentence_scores(predicted, gold)["overall"]
    assert overall.precision >= 0.85
    assert overall.f1 >= 0.6


def test_bundled_articles_article_level(bundled) -> None:
    predicted, gold = bundled
    assert article_scores(predicted, gold)["overall"].f1 >= 0.77


def test_every_evidence_is_the_exact_article_text(bundled) -> None:
    predicted, _ = bundled
    texts = {a.article_id: a.text for a in load_corpus([DEFAULT_ARTICLES_DIR]).articles}
    assert len(predicted) > 0
    for row in predicted.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.evidence


def test_reader_comments_produce_no_edges(bundled) -> None:
    predicted, _ = bundled
    text = {a.article_id: a.text for a in load_corpus([DEFAULT_ARTICLES_DIR]).articles}["antiempire-2020-02-20"]
    comments_start = text.index("David Chu says")
    rows = predicted[predicted.article_id == "antiempire-2020-02-20"]
    assert (rows.end <= comments_start).all()


def test_wire_sentences() -> None:
    scores = wire_scores().scores
    assert scores["overall"].precision >= 0.9
    assert scores["overall"].f1 >= 0.85


def test_one_sentence_events() -> None:
    scores = wire_scores(DEFAULT_EVENTS_FILE).scores
    assert scores["overall"].precision >= 0.9
    assert scores["overall"].f1 >= 0.8


@pytest.mark.skipif(not (DEFAULT_DEVSET_DIR / "gold").is_dir(), reason="the dev set is not beside the repository")
def test_dev_set_article_level() -> None:
    gold = load_devset_gold(DEFAULT_DEVSET_DIR / "gold")
    predicted = extract_corpus(load_corpus([DEFAULT_DEVSET_DIR / "articles"]).articles).relations
    scores, _ = devset_scores(predicted, gold)
    assert scores["overall"].precision >= 0.9
    assert scores["overall"].f1 >= 0.85
