"""A corpus into a store generation in this process (extract.engine.build_store):
the same tables as extract_corpus, a manifest, CSVs from the published
generation, the cache, and a failed or concurrent run that changes nothing.

Runs on a Dask cluster are tested in test_dask.py.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from corpora import count_extract_calls, mixed_corpus
from extract import engine
from extract.engine import MAX_PARTITION, build_store, partitions, useful_workers, worker_count
from extract.pipeline import CorpusExtraction, Extractor, default_extractor, extract_corpus
from extract.schema import Article
from extract.store import (
    STORE_TABLES,
    StoreBusy,
    article_hash,
    current_generation,
    folder_hash,
    new_generation,
    read_manifest,
    read_table,
    writer_lock,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return default_extractor()


@pytest.fixture(scope="module")
def corpus(extractor: Extractor) -> list[Article]:
    return mixed_corpus(extractor, synthetic=6, seed=3, broken_at=3)


@pytest.fixture(scope="module")
def in_memory(extractor: Extractor, corpus: list[Article]) -> CorpusExtraction:
    return extract_corpus(corpus, extractor=extractor)


@pytest.fixture(scope="module")
def stored(tmp_path_factory, extractor: Extractor, corpus: list[Article]) -> engine.StoreBuild:
    return build_store(corpus, tmp_path_factory.mktemp("store") / "out", extractor=extractor)


def _same(store: pd.DataFrame, memory: pd.DataFrame) -> None:
    # The store gives pandas' Arrow-backed strings; the rows and values are what matter.
    pd.testing.assert_frame_equal(store, memory, check_dtype=False)


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


@pytest.mark.parametrize("count,workers", [(1, 2), (5, 2), (8, 2), (100, 2), (1000, 2), (33, 8), (3, 16), (100_000, 4)])
def test_partitions_cover_every_article_once_in_order(count: int, workers: int) -> None:
    chunks = partitions(count, workers)
    assert [i for chunk in chunks for i in chunk] == list(range(count))
    assert all(1 <= len(chunk) <= MAX_PARTITION for chunk in chunks)
    assert len(chunks) >= min(count, workers)


def test_store_holds_the_tables_of_extract_corpus(stored: engine.StoreBuild, in_memory: CorpusExtraction) -> None:
    generation = stored.generation
    assert generation is not None and current_generation(generation.parent.parent) == generation
    _same(read_table(generation, "relations"), in_memory.relations)
    _same(read_table(generation, "mentions"), in_memory.mentions)
    _same(read_table(generation, "actors"), in_memory.actors)
    assert stored.problems == in_memory.problems
    assert stored.relations == len(in_memory.relations) and stored.mentions == len(in_memory.mentions)
    assert stored.actors == len(in_memory.actors)


def test_articles_table_holds_text_and_metadata_of_the_extracted(stored: engine.StoreBuild, corpus) -> None:
    articles = read_table(stored.generation, "articles")
    kept = [a for a in corpus if a.article_id != "broken"]
    assert articles["article_id"].tolist() == [a.article_id for a in kept]
    assert articles["text"].tolist() == [a.text for a in kept]
    assert articles["outlet"].tolist() == [a.outlet for a in kept]
    assert list(articles.columns) == STORE_TABLES["articles"]


def test_broken_article_is_reported_by_id_and_left_out(stored: engine.StoreBuild) -> None:
    assert len(stored.problems) == 1 and stored.problems[0].startswith("broken: extraction failed (TypeError")
    assert "broken" not in set(read_table(stored.generation, "mentions")["article_id"])


def test_manifest_names_what_the_tables_were_made_from(stored: engine.StoreBuild, corpus) -> None:
    manifest = read_manifest(stored.generation)
    assert manifest["format"] == 1
    assert manifest["articles"] == {a.article_id: article_hash(a) for a in corpus if a.article_id != "broken"}
    assert manifest["dictionary"] == folder_hash(REPO / "data" / "dictionary")
    assert manifest["lexicon"] == folder_hash(REPO / "data" / "lexicon")
    assert "spacy" in manifest["extraction"] and manifest["created"].endswith("+00:00")
    assert manifest["counts"]["relations"] == stored.relations


def test_csvs_are_copies_of_the_published_tables(stored: engine.StoreBuild) -> None:
    assert set(stored.csv_files) == {"relations", "actors", "mentions"}
    for name, path in stored.csv_files.items():
        expected = read_table(stored.generation, name)
        assert pd.read_csv(path, keep_default_na=False).to_dict("list") == expected.to_dict("list")


def test_min_confidence_keeps_stronger_relations(tmp_path, extractor, corpus, in_memory) -> None:
    build = build_store(corpus, tmp_path, extractor=extractor, min_confidence=0.8, csv=False)
    expected = in_memory.relations[in_memory.relations["confidence"] >= 0.8].reset_index(drop=True)
    _same(read_table(build.generation, "relations"), expected)
    assert 0 < build.relations < len(in_memory.relations)


def test_cache_is_used_and_gives_the_same_tables(tmp_path, monkeypatch, extractor, corpus, stored) -> None:
    build_store(corpus, tmp_path / "first", extractor=extractor, cache_dir=tmp_path / "cache", csv=False)
    extracted = count_extract_calls(monkeypatch)
    again = build_store(corpus, tmp_path / "again", extractor=extractor, cache_dir=tmp_path / "cache", csv=False)
    assert extracted == ["broken"]  # failures are not cached; everything else came from the cache
    for table in STORE_TABLES:
        pd.testing.assert_frame_equal(read_table(again.generation, table), read_table(stored.generation, table))


def test_nothing_extracted_publishes_nothing_and_keeps_the_earlier_generation(tmp_path, extractor, corpus) -> None:
    earlier = build_store(corpus[:1], tmp_path, extractor=extractor).generation
    broken = [Article(article_id="broken", text=None)]  # type: ignore[arg-type]
    build = build_store(broken, tmp_path, extractor=extractor)
    assert build.generation is None and build.problems[0].startswith("broken:")
    assert current_generation(tmp_path) == earlier
    assert [p.name for p in (tmp_path / "store").iterdir() if p.is_dir()] == [earlier.name]


def test_a_crash_mid_run_leaves_the_earlier_tables_and_no_leftovers(tmp_path, monkeypatch, extractor, corpus) -> None:
    earlier = build_store(corpus[:2], tmp_path, extractor=extractor).generation
    csvs = {p.name: p.read_bytes() for p in tmp_path.glob("*.csv")}
    real = engine.extract_partition

    def crash_on_the_second(extractor, index, *args, **kwargs):
        if index == 1:
            raise MemoryError("simulated")
        return real(extractor, index, *args, **kwargs)

    monkeypatch.setattr(engine, "extract_partition", crash_on_the_second)
    with pytest.raises(MemoryError):
        build_store(corpus, tmp_path, extractor=extractor)
    assert current_generation(tmp_path) == earlier
    assert [p.name for p in (tmp_path / "store").iterdir() if p.is_dir()] == [earlier.name]
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.csv")} == csvs
    assert not list(tmp_path.rglob("*.tmp"))


def test_leftovers_of_an_earlier_crash_are_cleaned_up(tmp_path, extractor, corpus) -> None:
    abandoned = new_generation(tmp_path)
    leftovers = [tmp_path / ".relations.csv.0badc0de.tmp", tmp_path / "store" / ".CURRENT.0badc0de.tmp"]
    for path in leftovers:
        path.write_text("half", encoding="utf-8")
    build = build_store(corpus[:1], tmp_path, extractor=extractor)
    assert not abandoned.exists() and not any(path.exists() for path in leftovers)
    assert [p.name for p in (tmp_path / "store").iterdir() if p.is_dir()] == [build.generation.name]


def test_a_second_writer_fails_clearly_and_changes_nothing(tmp_path, extractor, corpus) -> None:
    earlier = build_store(corpus[:1], tmp_path, extractor=extractor).generation
    with writer_lock(tmp_path, wait_seconds=0):
        with pytest.raises(StoreBusy, match="another `python -m extract` is writing"):
            build_store(corpus, tmp_path, extractor=extractor, lock_wait=0.2)
    assert current_generation(tmp_path) == earlier


def test_no_csv_removes_csvs_that_no_longer_match(tmp_path, extractor, corpus) -> None:
    build_store(corpus[:1], tmp_path, extractor=extractor)
    build = build_store(corpus[:2], tmp_path, extractor=extractor, csv=False)
    assert sorted(p.name for p in build.removed_csv) == ["actors.csv", "mentions.csv", "relations.csv"]
    assert not list(tmp_path.glob("*.csv")) and build.csv_files == {}


def test_cluster_refuses_an_extractor_with_another_parser(tmp_path, extractor, corpus) -> None:
    import spacy

    other = Extractor(extractor.dictionary, extractor.lexicon, nlp=spacy.blank("en"))
    with pytest.raises(ValueError, match="another spaCy pipeline"):
        build_store(corpus, tmp_path, extractor=other, scheduler="tcp://127.0.0.1:1")
    assert current_generation(tmp_path) is None and not list((tmp_path / "store").glob("gen-*"))
