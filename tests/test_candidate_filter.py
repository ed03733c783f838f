"""Parsing only what can matter: an article naming fewer than two actors is parsed only where
it names one, and the tables are the same as when everything is parsed."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extract.corpus import load_corpus
from extract.evaluate import DEFAULT_ARTICLES_DIR, DEFAULT_DEVSET_DIR, DEFAULT_EVENTS_FILE, DEFAULT_WIRE_FILE
from extract.extractor import Extractor
from extract.pipeline import default_extractor
from extract.schema import Article


@pytest.fixture(scope="module")
def both() -> tuple[Extractor, Extractor]:
    filtered = default_extractor()
    return filtered, Extractor(filtered.dictionary, filtered.lexicon, filtered.nlp, parse_all=True)


def _tables(extractor: Extractor, articles: list[Article]) -> tuple[pd.DataFrame, pd.DataFrame]:
    mentions, relations = [], []
    for article in articles:
        result = extractor.extract(article)
        mentions += [m.__dict__ for m in result.mentions]
        relations += [r.__dict__ for r in result.relations]
    return pd.DataFrame(mentions), pd.DataFrame(relations)


def _sentences(path: Path) -> list[Article]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(article_id=f"{path.stem}-{n}", text=row["text"]) for n, row in enumerate(lines)]


MIXED = [
    Article(article_id="one-actor", text="Paris hosted the fashion week.\n\nFrance's designers showed new lines.\n\nIt rained all week."),
    Article(article_id="no-actor", text="The council repaired the bridge.\n\nTraffic resumed on Monday."),
    Article(article_id="two-actors", text="Egypt backs Haftar.\n\nThe weather was mild."),
]


@pytest.mark.parametrize("source", ["bundled", "wire", "events", "mixed", "devset"])
def test_tables_are_the_same_with_and_without_the_filter(both: tuple[Extractor, Extractor], source: str) -> None:
    if source == "devset" and not (DEFAULT_DEVSET_DIR / "articles").is_dir():
        pytest.skip("the dev set is not beside the repository")
    articles = {
        "bundled": lambda: load_corpus([DEFAULT_ARTICLES_DIR]).articles,
        "wire": lambda: _sentences(DEFAULT_WIRE_FILE),
        "events": lambda: _sentences(DEFAULT_EVENTS_FILE),
        "mixed": lambda: MIXED,
        "devset": lambda: load_corpus([DEFAULT_DEVSET_DIR / "articles"]).articles,
    }[source]()
    filtered, everything = both
    for left, right in zip(_tables(filtered, articles), _tables(everything, articles)):
        pd.testing.assert_frame_equal(left, right)


def test_an_article_naming_one_actor_parses_only_where_it_names_it(both: tuple[Extractor, Extractor], monkeypatch: pytest.MonkeyPatch) -> None:
    filtered, _ = both
    parsed: list[str] = []
    pipe = filtered.nlp.pipe

    def spy(texts, *args, **kwargs):
        texts = list(texts)
        parsed.extend(texts)
        return pipe(texts, *args, **kwargs)

    monkeypatch.setattr(filtered.nlp, "pipe", spy)
    result = filtered.extract(MIXED[0])
    assert parsed == ["Paris hosted the fashion week.", "France's designers showed new lines."]
    assert {m.actor_id for m in result.mentions} == {"France"}
    parsed.clear()
    filtered.extract(MIXED[1])
    assert parsed == []


def test_mixed_corpus_benchmark_runs_and_keeps_the_tables() -> None:
    import io

    from bench import filter as bench_filter

    out = io.StringIO()
    bench_filter.run(12, 0.25, out)
    assert "tables identical: True" in out.getvalue()
    assert sum(a.article_id.startswith("libya") for a in bench_filter.mixed_corpus(12, 0.25)) == 3
