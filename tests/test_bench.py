"""The benchmark runs end to end on a tiny corpus and its synthetic data look like the bundled articles.

No timing is asserted: only that the script works and its numbers make sense.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from extract.bench import SentencePool, main, sentence_pool, synthetic_articles, synthetic_corpus, synthetic_tables
from extract.corpus import load_corpus
from extract.pipeline import Extractor, default_extractor
from extract.schema import RELATION_COLUMNS

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return default_extractor()


@pytest.fixture(scope="module")
def pool(extractor: Extractor) -> SentencePool:
    return sentence_pool(extractor, load_corpus([ARTICLES]).articles)


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory) -> tuple[dict, dict, str]:
    report_file = tmp_path_factory.mktemp("bench") / "bench.json"
    out = io.StringIO()
    returned = main(["--size", "3", "--workers", "1", "--dashboard-articles", "30", "--json", str(report_file)], out=out)
    return returned, json.loads(report_file.read_text(encoding="utf-8")), out.getvalue()


def test_pool_has_templates_with_name_slots(pool: SentencePool) -> None:
    assert len(pool.templates) > 50
    assert any(template.slots for template in pool.templates)
    assert all(len(t.pieces) == len(t.slots) + 1 for t in pool.templates)
    assert pool.relations_per_article > 0 and pool.mentions_per_article > 0


@pytest.mark.parametrize("size", [1, 3, 20])
def test_corpus_size_and_ids(pool: SentencePool, size: int) -> None:
    corpus = synthetic_corpus(pool, size, seed=1)
    assert len(corpus) == size
    assert len({a.article_id for a in corpus}) == size
    assert all(a.text.strip() and a.outlet and a.date for a in corpus)


def test_same_seed_same_text_and_smaller_size_is_a_prefix(pool: SentencePool) -> None:
    assert synthetic_corpus(pool, 5, seed=4) == synthetic_corpus(pool, 5, seed=4)
    assert synthetic_corpus(pool, 5, seed=4) == synthetic_corpus(pool, 9, seed=4)[:5]


def test_other_seed_other_text(pool: SentencePool) -> None:
    assert [a.text for a in synthetic_corpus(pool, 5, seed=4)] != [a.text for a in synthetic_corpus(pool, 5, seed=5)]


def test_names_come_from_the_dictionary(pool: SentencePool) -> None:
    text = " ".join(a.text for a in synthetic_corpus(pool, 10, seed=2))
    surfaces = {form for forms in pool.surfaces.values() for form in forms}
    assert sum(form in text for form in surfaces) >= 5


def test_sentence_spans_point_into_the_text(pool: SentencePool) -> None:
    for made in synthetic_articles(pool, 10, seed=6):
        for start, end in made.sentences:
            assert made.article.text[start:end].strip() == made.article.text[start:end]
            assert end > start


def test_synthetic_tables_are_consistent(pool: SentencePool, extractor: Extractor) -> None:
    made = synthetic_articles(pool, 40, seed=8)
    relations, mentions, actors = synthetic_tables(pool, made, extractor, seed=8)
    texts = {m.article.article_id: m.article.text for m in made}
    assert list(relations.columns) == RELATION_COLUMNS
    assert len(relations) > 0 and len(mentions) > 0
    assert all(texts[row.article_id][row.start : row.end] == row.evidence for row in relations.itertuples())
    assert (relations["actor1"] != relations["actor2"]).all()
    assert set(actors["actor_id"]) >= set(mentions["actor_id"])


def test_tiny_run_numbers_are_positive(tiny_run) -> None:
    returned, _, _ = tiny_run
    [run] = returned["extraction"]
    assert run["articles"] == 3 and run["workers"] == 1 and run["problems"] == 0
    for key in ("words", "seconds", "parse_seconds", "words_per_second", "articles_per_second", "ratio_to_parse", "peak_rss_mb"):
        assert run[key] > 0, key


def test_tiny_run_times_every_dashboard_step(tiny_run) -> None:
    returned, _, _ = tiny_run
    dashboard = returned["dashboard"]
    assert dashboard["articles"] == 30 and dashboard["relations"] > 0
    assert len(dashboard["steps"]) >= 8
    assert all(seconds >= 0 for timings in dashboard["steps"].values() for seconds in timings.values())


def test_tiny_run_json_matches_and_table_is_printed(tiny_run) -> None:
    returned, written, printed = tiny_run
    assert written == json.loads(json.dumps(returned))
    assert "words/s" in printed and "Dashboard data path" in printed and "load_dataset" in printed
