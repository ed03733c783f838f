"""Speed and scale: `python -m extract.bench`.

1. Extraction on synthetic corpora of several sizes: articles/s, words/s,
   seconds per 1,000 articles (to see whether time grows linearly), peak
   memory, the time spaCy's pipeline alone takes on the same paragraphs and the
   ratio of the two, and the speed-up with more worker processes.
2. The dashboard's data path on a synthetic data folder of 10,000 articles:
   reading it, filtering by source, the per-source breakdown, the network.

The synthetic articles recombine sentences of the bundled articles, with every
actor name replaced by a random dictionary surface form of the same kind
(alias, official, demonym, metonym), so the text keeps the bundled articles'
grammar and density of names.

Memory is the peak resident set size from resource.getrusage (the kernel's
high-water mark, so it only grows during a run; workers are counted as
children). tracemalloc is not used: it slows spaCy several times over and
misses memory allocated outside Python.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence, TextIO

import numpy as np
import pandas as pd

from extract.corpus import SOURCE_COLUMNS, load_corpus
from extract.export import write_csv_atomic, write_text_atomic
from extract.parallel import useful_workers
from extract.pipeline import Extractor, actors_table, default_extractor, extract_corpus
from extract.schema import MENTION_COLUMNS, RELATION_COLUMNS, Article
from extract.structure import body_paragraphs

BUNDLED_ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
DEFAULT_SIZES = (100, 1000)
DEFAULT_WORKERS = (1, 2)
DEFAULT_DASHBOARD_ARTICLES = 10_000
TARGET_RATIO = 1.3
# Outlets in the synthetic dashboard data: a few big ones, a long tail.
SYNTHETIC_OUTLETS = 40
FILTERED_OUTLETS = 5
# The Network page's default limits (pages/1_Network.py).
NETWORK_MAX_NODES = 40
NETWORK_MAX_EDGES = 120
SLOT_KINDS = ("alias", "official", "demonym", "metonym")


@dataclass(frozen=True)
class Template:
    """A bundled sentence cut at its actor names: text pieces around slots of a kind."""

    pieces: tuple[str, ...]
    slots: tuple[str, ...]


@dataclass(frozen=True)
class SentencePool:
    """What synthetic articles are made of, taken from the bundled articles."""

    templates: list[Template]
    surfaces: dict[str, list[str]]
    # Sentences per paragraph and paragraphs per article, as in the bundled articles.
    paragraph_sizes: list[int]
    article_sizes: list[int]
    # Rows per bundled article, and bundled relation rows to draw details from.
    relations_per_article: float
    mentions_per_article: float
    relations: pd.DataFrame = field(repr=False)


@dataclass(frozen=True)
class SyntheticArticle:
    article: Article
    # (start, end) of every sentence in the article text.
    sentences: list[tuple[int, int]]


@dataclass
class ExtractionRun:
    articles: int
    words: int
    workers: int
    seconds: float
    parse_seconds: float
    relations: int
    problems: int
    peak_rss_mb: float
    peak_child_rss_mb: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    @property
    def seconds_per_1000(self) -> float:
        return self.seconds * 1000 / self.articles

    @property
    def ratio_to_parse(self) -> float:
        return self.seconds / self.parse_seconds


@dataclass
class DashboardRun:
    articles: int
    relations: int
    mentions: int
    actors: int
    outlets: int
    peak_rss_mb: float
    # step -> seconds, for all sources and for FILTERED_OUTLETS of them.
    steps: dict[str, dict[str, float]]


def sentence_pool(extractor: Extractor, articles: Sequence[Article]) -> SentencePool:
    """Cut the sentences of `articles` into templates, using the extractor's own mentions."""
    forms: dict[str, set[str]] = {kind: set() for kind in SLOT_KINDS}
    for surface, _actor_id, kind in extractor.dictionary.surface_forms():
        if kind in forms:
            forms[kind].add(surface)
    # A name of a kind the dictionary has no other form of stays as written.
    surfaces = {kind: sorted(found) for kind, found in forms.items() if found}
    tables = extract_corpus(articles, extractor=extractor)
    names_in: dict[str, list[tuple[int, int, str]]] = {}
    for row in tables.mentions.itertuples(index=False):
        if row.kind in surfaces:
            names_in.setdefault(row.article_id, []).append((row.start, row.end, row.kind))
    templates: list[Template] = []
    paragraph_sizes: list[int] = []
    article_sizes: list[int] = []
    for article in articles:
        names = sorted(names_in.get(article.article_id, []))
        paragraphs = body_paragraphs(article.text, extractor.lexicon)
        article_sizes.append(len(paragraphs))
        for paragraph, doc in zip(paragraphs, extractor.nlp.pipe(p.text for p in paragraphs)):
            sentences = list(doc.sents)
            paragraph_sizes.append(len(sentences))
            for sent in sentences:
                start, end = paragraph.start + sent.start_char, paragraph.start + sent.end_char
                pieces, slots, cursor = [], [], start
                for name_start, name_end, kind in names:
                    if cursor <= name_start and name_end <= end:
                        pieces.append(article.text[cursor:name_start])
                        slots.append(kind)
                        cursor = name_end
                pieces.append(article.text[cursor:end])
                templates.append(Template(tuple(pieces), tuple(slots)))
    return SentencePool(
        templates=templates,
        surfaces=surfaces,
        paragraph_sizes=paragraph_sizes,
        article_sizes=article_sizes,
        relations_per_article=len(tables.relations) / len(articles),
        mentions_per_article=len(tables.mentions) / len(articles),
        relations=tables.relations,
    )


def _sentence(rng: random.Random, pool: SentencePool) -> str:
    template = rng.choice(pool.templates)
    parts = [template.pieces[0]]
    for kind, piece in zip(template.slots, template.pieces[1:]):
        parts.extend([rng.choice(pool.surfaces[kind]), piece])
    return "".join(parts)


def synthetic_articles(pool: SentencePool, size: int, seed: int) -> list[SyntheticArticle]:
    """`size` articles; the same seed gives the same articles, and a smaller size a prefix of a larger one."""
    rng = random.Random(seed)
    outlets = [f"Synthetic Outlet {k:02d}" for k in range(1, SYNTHETIC_OUTLETS + 1)]
    # Zipf-like weights: outlet k publishes about 1/k as much as the first.
    weights = [1 / k for k in range(1, SYNTHETIC_OUTLETS + 1)]
    made = []
    for number in range(1, size + 1):
        text, sentences = "", []
        for paragraph in range(rng.choice(pool.article_sizes)):
            if paragraph:
                text += "\n\n"
            for index in range(rng.choice(pool.paragraph_sizes)):
                if index:
                    text += " "
                sentence = _sentence(rng, pool).strip()
                sentences.append((len(text), len(text) + len(sentence)))
                text += sentence
        day = rng.randrange(540)
        date = (pd.Timestamp("2019-04-01") + pd.Timedelta(days=day)).date().isoformat()
        article = Article(
            article_id=f"synthetic-{number:06d}",
            text=text + "\n",
            outlet=rng.choices(outlets, weights)[0],
            date=date,
            title=text[sentences[0][0] : sentences[0][1]][:120] if sentences else "",
        )
        made.append(SyntheticArticle(article, sentences))
    return made


def synthetic_corpus(pool: SentencePool, size: int, seed: int) -> list[Article]:
    return [made.article for made in synthetic_articles(pool, size, seed)]


def _peak_rss_mb(who: int) -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(who).ru_maxrss / 1024


def parse_seconds(extractor: Extractor, articles: Sequence[Article]) -> float:
    """Seconds spaCy's pipeline alone takes on the paragraphs extraction parses."""
    paragraphs = [p.text for a in articles for p in body_paragraphs(a.text, extractor.lexicon)]
    started = time.perf_counter()
    for _doc in extractor.nlp.pipe(paragraphs):
        pass
    return time.perf_counter() - started


def parsed_words(extractor: Extractor, articles: Sequence[Article]) -> int:
    return sum(len(p.text.split()) for a in articles for p in body_paragraphs(a.text, extractor.lexicon))


def run_extraction(extractor: Extractor, articles: Sequence[Article], workers: Sequence[int]) -> Iterator[ExtractionRun]:
    """Parse alone once, then extract with each number of workers, on the same articles."""
    words = parsed_words(extractor, articles)
    parse = parse_seconds(extractor, articles)
    for count in workers:
        started = time.perf_counter()
        result = extract_corpus(articles, extractor=extractor, workers=count)
        seconds = time.perf_counter() - started
        yield ExtractionRun(
            articles=len(articles),
            words=words,
            # What extract_corpus actually starts: small corpora get fewer workers.
            workers=useful_workers(len(articles), count),
            seconds=seconds,
            parse_seconds=parse,
            relations=len(result.relations),
            problems=len(result.problems),
            peak_rss_mb=_peak_rss_mb(resource.RUSAGE_SELF),
            peak_child_rss_mb=_peak_rss_mb(resource.RUSAGE_CHILDREN),
        )


def _zipf_choice(rng: np.random.Generator, items: Sequence[str], count: int) -> np.ndarray:
    weights = 1 / np.arange(1, len(items) + 1)
    return rng.choice(np.asarray(items, dtype=object), size=count, p=weights / weights.sum())


def _rows_per_article(
    rng: np.random.Generator, made: Sequence[SyntheticArticle], mean: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For rows drawn at `mean` per article: each row's article index and a random sentence span in it."""
    counts = rng.poisson(mean, len(made))
    counts[[not one.sentences for one in made]] = 0
    owners = np.repeat(np.arange(len(made)), counts)
    starts = np.empty(len(owners), dtype=np.int64)
    ends = np.empty(len(owners), dtype=np.int64)
    for row, owner in enumerate(owners):
        sentences = made[owner].sentences
        starts[row], ends[row] = sentences[rng.integers(len(sentences))]
    return owners, starts, ends


def synthetic_tables(
    pool: SentencePool, made: Sequence[SyntheticArticle], extractor: Extractor, seed: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Relations, mentions and actors for `made`, generated directly at the bundled articles' rates.

    Evidence spans are real sentences of each article; actors are drawn with
    Zipf-like weights (a few actors in most rows, a long tail); relation
    types, confidences, cues and rules are drawn from the bundled extraction.
    """
    rng = np.random.default_rng(seed)
    actor_ids = sorted(extractor.dictionary.actors)
    rng.shuffle(actor_ids)
    meta = pd.DataFrame([{"article_id": m.article.article_id, "source": m.article.outlet, "date": m.article.date} for m in made])
    texts = [m.article.text for m in made]

    owners, starts, ends = _rows_per_article(rng, made, pool.relations_per_article)
    details = pool.relations.iloc[rng.integers(len(pool.relations), size=len(owners))] if len(owners) else pool.relations
    relations = meta.iloc[owners].reset_index(drop=True).assign(
        actor1=_zipf_choice(rng, actor_ids, len(owners)),
        actor2=_zipf_choice(rng, actor_ids, len(owners)),
        relation=details["relation"].to_numpy(),
        evidence=[texts[o][a:b] for o, a, b in zip(owners, starts, ends)],
        start=starts,
        end=ends,
        confidence=details["confidence"].to_numpy(dtype=float),
        speaker="",
        cue=details["cue"].to_numpy(),
        rule=details["rule"].to_numpy(),
    )
    relations = relations[relations["actor1"] != relations["actor2"]][RELATION_COLUMNS].reset_index(drop=True)

    owners, starts, ends = _rows_per_article(rng, made, pool.mentions_per_article)
    # The start of a sentence stands in for the name: the dashboard reads only counts per actor and article.
    name_ends = np.minimum(ends, starts + 12)
    mentions = pd.DataFrame(
        {
            "article_id": meta["article_id"].to_numpy()[owners],
            "actor_id": _zipf_choice(rng, actor_ids, len(owners)),
            "text": [texts[o][a:b] for o, a, b in zip(owners, starts, name_ends)],
            "start": starts,
            "end": name_ends,
            "kind": "alias",
        },
        columns=MENTION_COLUMNS,
    )
    return relations, mentions, actors_table(mentions, relations, extractor.dictionary)


def write_data_folder(folder: Path, made: Sequence[SyntheticArticle], tables: tuple[pd.DataFrame, ...]) -> None:
    """A data folder laid out as the dashboard reads it (see views.dataset)."""
    articles_dir = folder / "articles"
    articles_dir.mkdir(parents=True)
    for one in made:
        (articles_dir / f"{one.article.article_id}.txt").write_text(one.article.text, encoding="utf-8")
    sources = pd.DataFrame([{c: getattr(one.article, c) for c in SOURCE_COLUMNS} for one in made], columns=SOURCE_COLUMNS)
    write_text_atomic(articles_dir / "sources.csv", sources.to_csv(index=False))
    relations, mentions, actors = tables
    write_csv_atomic(relations, folder / "relations.csv")
    write_csv_atomic(mentions, folder / "mentions.csv")
    write_csv_atomic(actors, folder / "actors.csv")


def _timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def run_dashboard(pool: SentencePool, extractor: Extractor, articles: int, seed: int) -> DashboardRun:
    """Time the dashboard's data path, step by step, through the views package's own functions."""
    # Imported here: only this part of the benchmark needs the dashboard's package.
    from views.aggregate import aggregate_edges, pair_claims, relation_counts_by_source
    from views.dataset import fingerprint, load_dataset, watched_paths
    from views.filters import RelationFilter, filter_relations
    from views.network import build_graph, network_html, select_network

    made = synthetic_articles(pool, articles, seed)
    tables = synthetic_tables(pool, made, extractor, seed)
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as temp:
        folder = Path(temp)
        write_data_folder(folder, made, tables)
        shared: dict[str, float] = {}
        shared["change check (fingerprint of the data folder)"], _ = _timed(lambda: fingerprint(watched_paths(folder)))
        shared["load articles + tables (load_dataset)"], data = _timed(lambda: load_dataset(folder))
    # What st.cache_data does on every rerun that hits the cache: hand out a copy.
    shared["cache hit copy (pickle round trip)"], _ = _timed(lambda: pickle.loads(pickle.dumps(data)))
    outlets = data.relations["source"].value_counts().index.tolist()
    filters = {"all sources": RelationFilter(), f"{FILTERED_OUTLETS} sources": RelationFilter(sources=tuple(outlets[:FILTERED_OUTLETS]))}
    names = dict(zip(data.actors["actor_id"], data.actors["name"]))
    steps: dict[str, dict[str, float]] = {step: {label: seconds for label in filters} for step, seconds in shared.items()}
    for label, chosen in filters.items():
        timings: dict[str, float] = {}
        timings["source filter (filter_relations)"], relations = _timed(lambda: filter_relations(data.relations, chosen))
        timings["per-source breakdown (relation_counts_by_source)"], _ = _timed(lambda: relation_counts_by_source(relations))
        timings["outlet comparison (pair_claims)"], _ = _timed(lambda: pair_claims(relations, names))
        timings["edges (aggregate_edges)"], edges = _timed(lambda: aggregate_edges(relations))
        timings["network selection (select_network)"], view = _timed(
            lambda: select_network(edges, data.actors, max_nodes=NETWORK_MAX_NODES, max_edges=NETWORK_MAX_EDGES)
        )
        timings["network page HTML (network_html)"], _ = _timed(lambda: network_html(view, relations))
        timings["graph for export (build_graph)"], _ = _timed(lambda: build_graph(edges, data.actors))
        for step, seconds in timings.items():
            steps.setdefault(step, {})[label] = seconds
    return DashboardRun(
        articles=articles,
        relations=len(data.relations),
        mentions=len(data.mentions),
        actors=len(data.actors),
        outlets=len(outlets),
        peak_rss_mb=_peak_rss_mb(resource.RUSAGE_SELF),
        steps=steps,
    )


EXTRACTION_HEADER = (
    f"{'articles':>8} {'words':>9} {'workers':>7} {'seconds':>8} {'articles/s':>10} {'words/s':>8} "
    f"{'s/1k art':>8} {'parse s':>8} {'x parse':>7} {'speed-up':>8} {'relations':>9} {'peak RSS MB':>11} {'worker MB':>9}"
)


def print_extraction_header(seed: int, out: TextIO) -> None:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Machine: {os.cpu_count()} cores, load average {load} (other programs running skew every number)", file=out)
    print(f"Extraction on synthetic articles (seed {seed}); parse = load_nlp().pipe over the same paragraphs, one process", file=out)
    print(EXTRACTION_HEADER, file=out)
    print("-" * len(EXTRACTION_HEADER), file=out)


def print_extraction_row(run: ExtractionRun, one_worker_seconds: float | None, out: TextIO) -> None:
    speedup = f"{one_worker_seconds / run.seconds:8.2f}" if one_worker_seconds else f"{'':>8}"
    print(
        f"{run.articles:>8,} {run.words:>9,} {run.workers:>7} {run.seconds:>8.2f} {run.articles_per_second:>10.2f} "
        f"{run.words_per_second:>8,.0f} {run.seconds_per_1000:>8.1f} {run.parse_seconds:>8.2f} "
        f"{run.ratio_to_parse:>7.2f} {speedup} {run.relations:>9,} {run.peak_rss_mb:>11.0f} {run.peak_child_rss_mb:>9.0f}",
        file=out,
        flush=True,
    )


def print_extraction_notes(out: TextIO) -> None:
    print(
        f"x parse: extraction time / parse time (target <= {TARGET_RATIO}); with several workers, wall time against "
        "parsing in one process, worker start-up included. speed-up: against 1 worker on the same articles.\n"
        "Peak RSS: high-water mark of this process since the run began; worker MB: the largest worker process.",
        file=out,
    )


def print_dashboard(run: DashboardRun, out: TextIO) -> None:
    print(
        f"\nDashboard data path: {run.articles:,} articles, {run.relations:,} relation rows, {run.mentions:,} mention rows, "
        f"{run.actors:,} actors, {run.outlets} outlets; peak RSS {run.peak_rss_mb:,.0f} MB",
        file=out,
    )
    labels = list(next(iter(run.steps.values())))
    width = max(len(step) for step in run.steps)
    header = f"{'step':<{width}} " + " ".join(f"{label + ' s':>15}" for label in labels)
    print(header, file=out)
    print("-" * len(header), file=out)
    for step, timings in run.steps.items():
        print(f"{step:<{width}} " + " ".join(f"{timings[label]:>15.3f}" for label in labels), file=out)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    cli = argparse.ArgumentParser(prog="python -m extract.bench", description=__doc__.split("\n\n")[0])
    cli.add_argument("--size", type=_positive, action="append", metavar="N",
                     help=f"articles in a synthetic corpus; repeat for several (default: {', '.join(map(str, DEFAULT_SIZES))})")
    cli.add_argument("--workers", type=_positive, action="append", metavar="N",
                     help=f"worker processes to extract with; repeat to compare (default: {', '.join(map(str, DEFAULT_WORKERS))})")
    cli.add_argument("--seed", type=int, default=1, help="seed of the synthetic corpora (default: 1)")
    cli.add_argument("--dashboard-articles", type=int, default=DEFAULT_DASHBOARD_ARTICLES, metavar="N",
                     help=f"articles in the synthetic dashboard data; 0 skips that part (default: {DEFAULT_DASHBOARD_ARTICLES:,})")
    cli.add_argument("--articles", type=Path, default=BUNDLED_ARTICLES, metavar="DIR",
                     help="articles whose sentences the synthetic corpora recombine (default: data/articles)")
    cli.add_argument("--json", type=Path, metavar="FILE", help="also write every number to FILE as JSON")
    return cli.parse_args(argv)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> dict[str, object]:
    """Run the benchmark; print the tables to `out` and return the numbers."""
    args = parse_args(argv)
    load = load_corpus([args.articles])
    if not load.articles:
        raise SystemExit(f"{args.articles}: no readable article to build synthetic corpora from. Point --articles at a folder of .txt articles.")
    extractor = default_extractor()
    pool = sentence_pool(extractor, load.articles)
    runs: list[ExtractionRun] = []
    print_extraction_header(args.seed, out)
    for size in args.size or DEFAULT_SIZES:
        one_worker: float | None = None
        for run in run_extraction(extractor, synthetic_corpus(pool, size, args.seed), args.workers or DEFAULT_WORKERS):
            one_worker = run.seconds if run.workers == 1 else one_worker
            print_extraction_row(run, one_worker, out)
            runs.append(run)
    print_extraction_notes(out)
    dashboard = run_dashboard(pool, extractor, args.dashboard_articles, args.seed) if args.dashboard_articles > 0 else None
    if dashboard is not None:
        print_dashboard(dashboard, out)
    report: dict[str, object] = {
        "seed": args.seed,
        "cores": os.cpu_count(),
        "load_average_at_end": os.getloadavg(),
        "extraction": [
            {**run.__dict__, "articles_per_second": run.articles_per_second, "words_per_second": run.words_per_second,
             "seconds_per_1000": run.seconds_per_1000, "ratio_to_parse": run.ratio_to_parse}
            for run in runs
        ],
        "dashboard": dashboard.__dict__ if dashboard is not None else None,
    }
    if args.json is not None:
        write_text_atomic(args.json, json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
