"""The benchmark runs end to end on a tiny corpus and its synthetic data look like the bundled articles.

No timing is asserted: only that the script works and its numbers make sense.
"""
from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from bench.extract import SentencePool, main, sentence_pool, synthetic_articles, synthetic_corpus
from extract.corpus import load_corpus
from extract.pipeline import Extractor, default_extractor

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
    returned = main(["--size", "3", "--workers", "1", "--repeats", "2", "--json", str(report_file)], out=out)
    return returned, json.loads(report_file.read_text(encoding="utf-8")), out.getvalue()


def test_pool_has_templates_with_name_slots(pool: SentencePool) -> None:
    assert len(pool.templates) > 50
    assert any(template.slots for template in pool.templates)
    assert all(len(t.pieces) == len(t.slots) + 1 for t in pool.templates)


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


def test_tiny_run_writes_a_store_in_process_each_repeat_and_on_one_dask_worker(tiny_run) -> None:
    returned, _, _ = tiny_run
    runs = returned["extraction"]
    assert [(run["engine"], run["articles"], run["problems"]) for run in runs] == [
        ("process", 3, 0), ("process", 3, 0), ("dask 1", 3, 0)]
    assert runs[0]["relations"] == runs[1]["relations"] == runs[2]["relations"]
    for run in runs:
        for key in ("words", "seconds", "cpu_seconds", "parse_seconds", "parse_cpu_seconds", "words_per_second",
                    "words_per_cpu_second", "articles_per_second", "ratio_to_parse", "peak_rss_mb"):
            assert run[key] > 0, key
        assert set(run["steps"]) == {"extract", "actors", "publish"}
    assert runs[2]["cluster_start_seconds"] > 0 and runs[2]["peak_worker_rss_mb"] > 50


def test_tiny_run_json_matches_and_table_is_printed(tiny_run) -> None:
    returned, written, printed = tiny_run
    assert written == json.loads(json.dumps(returned))
    assert "words/s" in printed and "dask 1" in printed and "process" in printed


def test_summary_is_the_median_and_spread_of_the_one_process_repeats(tiny_run) -> None:
    returned, _, printed = tiny_run
    each = [run["cpu_ratio_to_parse"] for run in returned["extraction"] if run["engine"] == "process"]
    [summary] = returned["process_cpu_ratio"]
    assert summary["articles"] == 3 and summary["ratios"] == each and len(each) == 2
    assert summary["median"] == statistics.median(each)
    assert (summary["low"], summary["high"]) == (min(each), max(each))
    assert f"median {summary['median']:.2f} (spread {min(each):.2f}-{max(each):.2f}" in printed


def test_bench_does_not_import_the_dashboard() -> None:
    check = "import sys, bench.extract; print(sorted(m for m in sys.modules if m.split('.')[0] in ('views', 'streamlit')))"
    done = subprocess.run([sys.executable, "-c", check], cwd=ARTICLES.parent.parent, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
