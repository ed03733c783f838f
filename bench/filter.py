"""Benchmark: parsing only what can matter, on a mixed corpus where most articles
are not about the war.

    python -m bench.filter [--articles 300] [--libya-share 0.1]

The other articles are built from text a package ships: the documentation of
Python's standard library (its docstrings), which names a country now and then
but rarely two, cut into articles as long as the bundled ones on average so
that the share of articles is also the share of text. The Libya share cycles
through the bundled articles. Prints the time with the filter and with every paragraph
parsed, the speed-up, and whether the tables are the same.
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import time
from typing import Sequence, TextIO

import pandas as pd

from extract.corpus import load_corpus
from extract.evaluate import DEFAULT_ARTICLES_DIR
from extract.extractor import Extractor
from extract.pipeline import default_extractor
from extract.schema import Article

STDLIB_MODULES = (
    "argparse", "asyncio", "collections", "concurrent.futures", "csv", "datetime", "decimal", "email", "functools",
    "http.client", "inspect", "itertools", "json", "logging", "multiprocessing", "os", "pathlib", "pickle", "random",
    "re", "shutil", "socket", "sqlite3", "statistics", "string", "subprocess", "tarfile", "textwrap", "threading",
    "typing", "unittest", "urllib.request", "uuid", "xml.etree.ElementTree", "zipfile",
)


def documentation_paragraphs() -> list[str]:
    """Docstring paragraphs of the standard library, in a fixed order."""
    paragraphs = []
    for name in STDLIB_MODULES:
        module = importlib.import_module(name)
        # typing.io and typing.re are deprecated aliases that warn when read.
        for _, member in sorted((k, v) for k, v in vars(module).items() if k not in ("io", "re") or name != "typing"):
            doc = inspect.getdoc(member) if (inspect.isfunction(member) or inspect.isclass(member)) else None
            paragraphs += [" ".join(p.split()) for p in (doc or "").split("\n\n") if len(p.split()) >= 8]
    return paragraphs


def mixed_corpus(count: int, libya_share: float) -> list[Article]:
    libya = load_corpus([DEFAULT_ARTICLES_DIR]).articles
    words_per_article = sum(len(a.text.split()) for a in libya) // len(libya)
    paragraphs = documentation_paragraphs()
    articles = []
    every = max(1, round(1 / libya_share)) if libya_share > 0 else 0
    position = 0
    for n in range(count):
        if every and n % every == 0:
            source = libya[(n // every) % len(libya)]
            articles.append(Article(article_id=f"libya-{n}", text=source.text, outlet=source.outlet, date=source.date))
            continue
        chosen: list[str] = []
        while sum(len(p.split()) for p in chosen) < words_per_article:
            chosen.append(paragraphs[position % len(paragraphs)])
            position += 1
        articles.append(Article(article_id=f"docs-{n}", text="\n\n".join(chosen)))
    return articles


def timed(extractor: Extractor, articles: Sequence[Article]) -> tuple[float, pd.DataFrame, pd.DataFrame]:
    start = time.perf_counter()
    results = [extractor.extract(article) for article in articles]
    seconds = time.perf_counter() - start
    mentions = pd.DataFrame([m.__dict__ for r in results for m in r.mentions])
    relations = pd.DataFrame([x.__dict__ for r in results for x in r.relations])
    return seconds, mentions, relations


def run(count: int, libya_share: float, out: TextIO) -> float:
    filtered = default_extractor()
    everything = Extractor(filtered.dictionary, filtered.lexicon, filtered.nlp, parse_all=True)
    articles = mixed_corpus(count, libya_share)
    words = sum(len(a.text.split()) for a in articles)
    timed(filtered, articles[:3])  # warm up
    fast, fast_mentions, fast_relations = timed(filtered, articles)
    slow, slow_mentions, slow_relations = timed(everything, articles)
    same = fast_mentions.equals(slow_mentions) and fast_relations.equals(slow_relations)
    print(f"Mixed corpus: {count} articles, {words:,} words, {libya_share:.0%} about Libya (the bundled five, cycled)", file=out)
    print(f"  every paragraph parsed   {slow:8.2f} s  {words / slow:9,.0f} words/s", file=out)
    print(f"  only what can matter     {fast:8.2f} s  {words / fast:9,.0f} words/s", file=out)
    print(f"  speed-up {slow / fast:.2f}x; tables identical: {same} ({len(fast_relations)} relations, {len(fast_mentions)} mentions)", file=out)
    return slow / fast


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.filter", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--libya-share", type=float, default=0.1, help="share of articles about Libya, 0-1 (default 0.1)")
    args = parser.parse_args(argv)
    run(args.articles, args.libya_share, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
