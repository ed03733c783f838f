"""Corpora and spies shared by the extraction tests (not a test module)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.extract import sentence_pool, synthetic_corpus
from extract.corpus import load_corpus
from extract.extractor import Extractor
from extract.schema import Article

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def mixed_corpus(extractor: Extractor, synthetic: int, seed: int, broken_at: int) -> list[Article]:
    """The bundled five with `synthetic` synthetic articles, and one that fails extraction at `broken_at`."""
    bundled = load_corpus([ARTICLES]).articles
    made = synthetic_corpus(sentence_pool(extractor, bundled), synthetic, seed=seed)
    broken = Article(article_id="broken", text=None)  # type: ignore[arg-type]
    return [*bundled[:broken_at], broken, *made, *bundled[broken_at:]]


def count_extract_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles Extractor.extract is called on from now on, in order."""
    calls: list[str] = []
    original = Extractor.extract

    def spy(self: Extractor, article: Article):
        calls.append(article.article_id)
        return original(self, article)

    monkeypatch.setattr(Extractor, "extract", spy)
    return calls
