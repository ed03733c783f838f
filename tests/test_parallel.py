"""Extraction in worker processes gives the same tables as in one process."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
import spacy

from extract.bench import sentence_pool, synthetic_corpus
from extract.corpus import load_corpus
from extract import parallel
from extract.parallel import MAX_CHUNK, _chunks, useful_workers, worker_count
from extract.pipeline import CorpusExtraction, Extractor, default_extractor, extract_corpus
from extract.schema import Article

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return default_extractor()


@pytest.fixture(scope="module")
def corpus(extractor: Extractor) -> list[Article]:
    """The bundled five, synthetic articles, and one that fails, in between."""
    bundled = load_corpus([ARTICLES]).articles
    synthetic = synthetic_corpus(sentence_pool(extractor, bundled), 14, seed=3)
    broken = Article(article_id="broken", text=None)  # type: ignore[arg-type]
    return [*bundled[:3], broken, *synthetic, *bundled[3:]]


@pytest.fixture(scope="module")
def in_process(extractor: Extractor, corpus: list[Article]) -> CorpusExtraction:
    return extract_corpus(corpus, extractor=extractor, workers=1)


def _assert_same_tables(left: CorpusExtraction, right: CorpusExtraction) -> None:
    pd.testing.assert_frame_equal(left.relations, right.relations)
    pd.testing.assert_frame_equal(left.mentions, right.mentions)
    pd.testing.assert_frame_equal(left.actors, right.actors)
    assert left.problems == right.problems


@pytest.mark.parametrize("workers,expected", [(1, 1), (2, 2), (7, 7), (None, os.cpu_count() or 1)])
def test_worker_count(workers: int | None, expected: int) -> None:
    assert worker_count(workers) == expected


@pytest.mark.parametrize("workers", [0, -2])
def test_worker_count_refuses_less_than_one(workers: int) -> None:
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        worker_count(workers)


@pytest.mark.parametrize(
    "count,workers,expected",
    [(0, 2, 1), (5, 2, 1), (79, 2, 1), (80, 2, 2), (1000, 2, 2), (1000, 1, 1), (130, 8, 3)],
)
def test_small_batches_get_fewer_workers(count: int, workers: int, expected: int) -> None:
    assert useful_workers(count, workers) == expected


def test_small_batch_runs_in_this_process(monkeypatch, extractor, corpus, in_process) -> None:
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for a small batch")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    _assert_same_tables(extract_corpus(corpus, extractor=extractor, workers=2), in_process)


@pytest.mark.parametrize("count,workers", [(1, 2), (5, 2), (8, 2), (100, 2), (1000, 2), (33, 8), (3, 16)])
def test_chunks_cover_every_article_once_in_order(count: int, workers: int) -> None:
    chunks = _chunks(count, workers)
    assert [i for chunk in chunks for i in chunk] == list(range(count))
    assert all(1 <= len(chunk) <= MAX_CHUNK for chunk in chunks)


def test_in_process_run_reports_the_broken_article_and_keeps_the_rest(in_process: CorpusExtraction, corpus) -> None:
    assert len(in_process.problems) == 1 and in_process.problems[0].startswith("broken: extraction failed (TypeError")
    assert set(in_process.mentions["article_id"]) == {a.article_id for a in corpus} - {"broken"}
    assert len(in_process.relations) > 0


def test_two_workers_give_the_same_tables_and_progress_in_this_process(monkeypatch, extractor, corpus, in_process) -> None:
    monkeypatch.setattr(parallel, "ARTICLES_PER_WORKER", 1)
    seen: list[tuple[int, int, str]] = []
    parent = os.getpid()

    def progress(done: int, total: int, article_id: str) -> None:
        assert os.getpid() == parent
        seen.append((done, total, article_id))

    in_workers = extract_corpus(corpus, extractor=extractor, workers=2, progress=progress)
    _assert_same_tables(in_workers, in_process)
    assert [done for done, _, _ in seen] == list(range(1, len(corpus) + 1))
    assert {total for _, total, _ in seen} == {len(corpus)}
    assert sorted(article_id for _, _, article_id in seen) == sorted(a.article_id for a in corpus)


def test_workers_with_cache_give_the_same_tables(tmp_path, monkeypatch, extractor, corpus, in_process) -> None:
    monkeypatch.setattr(parallel, "ARTICLES_PER_WORKER", 1)
    first = extract_corpus(corpus, extractor=extractor, workers=2, cache_dir=tmp_path)
    again = extract_corpus(corpus, extractor=extractor, workers=2, cache_dir=tmp_path)
    _assert_same_tables(first, in_process)
    _assert_same_tables(again, in_process)


def test_workers_refuse_an_extractor_with_another_parser(monkeypatch, extractor, corpus) -> None:
    monkeypatch.setattr(parallel, "ARTICLES_PER_WORKER", 1)
    other = Extractor(extractor.dictionary, extractor.lexicon, nlp=spacy.blank("en"))
    with pytest.raises(ValueError, match="another spaCy pipeline"):
        extract_corpus(corpus[:2], extractor=other, workers=2)


def test_empty_corpus(extractor: Extractor) -> None:
    result = extract_corpus([], extractor=extractor, workers=2)
    assert result.relations.empty and result.mentions.empty and result.problems == []
