"""Extraction across worker processes.

Each worker builds its own Extractor once, from the parent's dictionary and
lexicon (plain data, pickled once per worker); spaCy objects never cross a
process boundary. Articles go out in chunks and come back as plain records,
which the caller puts back in input order, so the tables are the same as with
one process.
"""
from __future__ import annotations

import math
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Iterator, Sequence

from extract.extractor import Extractor
from extract.nlp import load_nlp
from extract.schema import Article, Mention, Relation

if TYPE_CHECKING:
    from extract.dictionary import ActorDictionary
    from extract.lexicon import Lexicon
    from extract.extractor import Extractor

# What extracting one article gives: its mentions and relations, or the problem to report.
Outcome = tuple[list[Mention], list[Relation]] | str

# Chunks amortize inter-process traffic; small enough that both cores stay busy
# to the end and progress moves steadily.
MAX_CHUNK = 16
CHUNKS_PER_WORKER = 4
# Starting a worker (spawn, import spaCy, load the model) takes about as long as
# extracting this many articles, so a small batch (a re-run where the cache
# holds most articles, the bundled corpus) gets fewer workers or none.
ARTICLES_PER_WORKER = 40

_worker_extractor: Extractor | None = None


def worker_count(workers: int | None) -> int:
    """`workers` as a number of processes: None means one per core."""
    if workers is None:
        return os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, or None for all cores (got {workers}).")
    return workers


def extract_one(extractor: Extractor, article: Article) -> Outcome:
    try:
        result = extractor.extract(article)
    except Exception as error:  # one broken article must not stop a batch
        return f"{article.article_id}: extraction failed ({type(error).__name__}: {error})"
    return result.mentions, result.relations


def _start_worker(dictionary: ActorDictionary, lexicon: Lexicon) -> None:
    global _worker_extractor
    _worker_extractor = Extractor(dictionary, lexicon)


def _extract_chunk(articles: list[Article]) -> list[Outcome]:
    assert _worker_extractor is not None, "worker started without _start_worker"
    return [extract_one(_worker_extractor, article) for article in articles]


def useful_workers(count: int, workers: int) -> int:
    """How many of `workers` processes pay for their start-up on `count` articles (1: extract in this process)."""
    return max(1, min(workers, count // ARTICLES_PER_WORKER))


def _chunks(count: int, workers: int) -> list[range]:
    size = max(1, min(MAX_CHUNK, math.ceil(count / (workers * CHUNKS_PER_WORKER))))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def extract_articles(articles: Sequence[Article], extractor: Extractor, workers: int) -> Iterator[tuple[int, Outcome]]:
    """(index into `articles`, outcome) for every article, as each completes.

    With one worker everything runs in this process, in order. With more, the
    order of completion varies; the index says where each outcome belongs.
    """
    workers = useful_workers(len(articles), workers)
    if workers == 1:
        for index, article in enumerate(articles):
            yield index, extract_one(extractor, article)
        return
    if extractor.nlp is not load_nlp():
        raise ValueError(
            "Workers parse with the standard pipeline (extract.nlp.load_nlp), but this extractor "
            "was built with another spaCy pipeline; extract with workers=1 to use it."
        )
    chunks = _chunks(len(articles), workers)
    # spawn, not fork: forking a process that runs threads (Streamlit, BLAS) can deadlock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(extractor.dictionary, extractor.lexicon),
    ) as pool:
        futures: dict[Future[list[Outcome]], range] = {
            pool.submit(_extract_chunk, [articles[i] for i in chunk]): chunk for chunk in chunks
        }
        try:
            for future in as_completed(futures):
                yield from zip(futures[future], future.result())
        except BrokenProcessPool as error:
            raise RuntimeError(
                "An extraction worker process stopped unexpectedly (out of memory, or the parser failed to "
                "load in it). Run again with one worker (--workers 1) to see the error."
            ) from error
        finally:
            for future in futures:
                future.cancel()
