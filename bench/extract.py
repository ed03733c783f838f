"""Speed and scale of extraction: `python -m bench.extract`.

On synthetic corpora of several sizes (1,000 and 10,000 articles by default):
words/s, seconds per 1,000 articles, the time spaCy's pipeline alone takes on
the same paragraphs and the ratio of the two, and the same corpus written to a
store in this process and on local Dask clusters of 1 and 2 workers (speed-up,
cluster start-up, peak memory per worker, and the client-side steps: the
actors aggregation, publishing, the CSVs). The dashboard has its own benchmark.

The synthetic articles recombine sentences of the bundled articles, with every
actor name replaced by a random dictionary surface form of the same kind
(alias, official, demonym, metonym), so the text keeps the bundled articles'
grammar and density of names.

The ratio to the parse that issue 16 sets a target for is measured in CPU
seconds of this process (user and system), not wall time: on a shared machine
other programs change wall time far more. The parse alone and the whole
extraction into a store run in turn on the same articles (parse, extract,
parse, extract, ...) `--repeats` times, so a change of load hits both alike,
and the summary gives the median ratio of the pairs and their spread.

Memory is the peak resident set size (the kernel's high-water mark VmHWM, so
it only grows during a run), read in each process.
tracemalloc is not used: it slows spaCy several times over and misses memory
allocated outside Python.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator, Sequence, TextIO

import pandas as pd
from distributed import Client

from extract.corpus import load_corpus
from extract.engine import build_store, local_cluster
from extract.export import write_text_atomic
from extract.nlp import load_spacy_pipeline
from extract.pipeline import Extractor, default_extractor, extract_corpus
from extract.schema import Article
from extract.structure import body_paragraphs

BUNDLED_ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
DEFAULT_SIZES = (1000, 10_000)
DEFAULT_WORKERS = (1, 2)
# Issue 16: extraction in one process costs at most 1.4 times spaCy's parse of the same text.
TARGET_RATIO = 1.4
DEFAULT_REPEATS = 3
# Outlets in the synthetic corpora: a few big ones, a long tail.
SYNTHETIC_OUTLETS = 40
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


@dataclass(frozen=True)
class SyntheticArticle:
    article: Article
    # (start, end) of every sentence in the article text.
    sentences: list[tuple[int, int]]


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


@dataclass
class ExtractionRun:
    """One corpus written to a store, in this process (workers 0) or on a local Dask cluster."""

    articles: int
    words: int
    workers: int
    seconds: float
    # CPU seconds of this process and every worker during the run: unlike wall time, they
    # hardly change when other programs load the machine.
    cpu_seconds: float
    parse_seconds: float
    parse_cpu_seconds: float
    cluster_start_seconds: float
    relations: int
    problems: int
    peak_rss_mb: float
    peak_worker_rss_mb: float
    steps: dict[str, float] = field(default_factory=dict)

    @property
    def engine(self) -> str:
        return f"dask {self.workers}" if self.workers else "process"

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

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds

    @property
    def cpu_ratio_to_parse(self) -> float:
        return self.cpu_seconds / self.parse_cpu_seconds


def _peak_rss_mb() -> float:
    """This process's peak resident set, from /proc (VmHWM).

    Not getrusage's ru_maxrss: Linux carries that across fork and exec, so a
    worker spawned by a large process would report its parent's size.
    """
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU seconds this process has used (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def parse_seconds(extractor: Extractor, articles: Sequence[Article]) -> tuple[float, float]:
    """Wall and CPU seconds spaCy's pipeline alone takes on the paragraphs extraction parses: the pipeline as
    spaCy ships it (load_spacy_pipeline), not the extractor's, whose attribute ruler matches through a table."""
    paragraphs = [p.text for a in articles for p in body_paragraphs(a.text, extractor.lexicon)]
    nlp = load_spacy_pipeline()
    started, cpu = time.perf_counter(), cpu_seconds()
    for _doc in nlp.pipe(paragraphs):
        pass
    return time.perf_counter() - started, cpu_seconds() - cpu


def parsed_words(extractor: Extractor, articles: Sequence[Article]) -> int:
    return sum(len(p.text.split()) for a in articles for p in body_paragraphs(a.text, extractor.lexicon))


def _store_run(
    extractor: Extractor, articles: Sequence[Article], words: int, parse: tuple[float, float], client: Client | None,
    started_in: float,
) -> ExtractionRun:
    def cpu_now() -> float:
        return cpu_seconds() + (sum(client.run(cpu_seconds).values()) if client is not None else 0.0)

    with tempfile.TemporaryDirectory(prefix="bench-store-") as out:
        started, cpu = time.perf_counter(), cpu_now()
        build = build_store(articles, Path(out), extractor=extractor, workers=1, csv=False,
                            scheduler=client.scheduler.address if client is not None else None)
        seconds, cpu = time.perf_counter() - started, cpu_now() - cpu
    return ExtractionRun(
        articles=len(articles),
        words=words,
        workers=len(client.nthreads()) if client is not None else 0,
        seconds=seconds,
        cpu_seconds=cpu,
        parse_seconds=parse[0],
        parse_cpu_seconds=parse[1],
        cluster_start_seconds=started_in,
        relations=build.relations,
        problems=len(build.problems),
        peak_rss_mb=_peak_rss_mb(),
        peak_worker_rss_mb=max(client.run(_peak_rss_mb).values()) if client is not None else 0.0,
        steps=build.seconds,
    )


def run_extraction(
    extractor: Extractor, articles: Sequence[Article], workers: Sequence[int], repeats: int = DEFAULT_REPEATS
) -> Iterator[ExtractionRun]:
    """`repeats` times: parse alone, then write a store in this process; then, for each cluster size, parse
    alone and write a store on a local cluster of that size. Each run is compared with the parse just before it."""
    words = parsed_words(extractor, articles)
    for _ in range(repeats):
        parse = parse_seconds(extractor, articles)
        yield _store_run(extractor, articles, words, parse, None, 0.0)
    for count in workers:
        parse = parse_seconds(extractor, articles)
        started = time.perf_counter()
        with local_cluster(count) as cluster, Client(cluster) as client:
            yield _store_run(extractor, articles, words, parse, client, time.perf_counter() - started)


@dataclass(frozen=True)
class RatioSummary:
    """CPU seconds of extraction in one process over those of the parse just before it, over the repeats."""

    articles: int
    ratios: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.ratios)

    @property
    def low(self) -> float:
        return min(self.ratios)

    @property
    def high(self) -> float:
        return max(self.ratios)


def process_ratio(runs: Sequence[ExtractionRun]) -> RatioSummary:
    """The summary of the one-process runs among `runs` (all of one corpus)."""
    in_process = [run for run in runs if not run.workers]
    if not in_process:
        raise ValueError("no run in one process to summarise")
    return RatioSummary(in_process[0].articles, tuple(run.cpu_ratio_to_parse for run in in_process))


def print_ratio_summary(summary: RatioSummary, out: TextIO) -> None:
    each = " ".join(f"{ratio:.2f}" for ratio in summary.ratios)
    verdict = "within" if summary.median <= TARGET_RATIO else "over"
    print(
        f"{summary.articles:,} articles, one process, CPU x parse over {len(summary.ratios)} interleaved repeat(s): "
        f"median {summary.median:.2f} (spread {summary.low:.2f}-{summary.high:.2f}; each: {each}); "
        f"target <= {TARGET_RATIO}: {verdict}",
        file=out,
        flush=True,
    )


EXTRACTION_HEADER = (
    f"{'articles':>8} {'words':>10} {'engine':>7} {'start s':>7} {'seconds':>8} {'articles/s':>10} {'words/s':>8} "
    f"{'s/1k art':>8} {'parse s':>8} {'x parse':>7} {'speed-up':>8} {'cpu s':>7} {'parse cpu':>9} {'words/cpu s':>11} {'cpu x parse':>11} "
    f"{'actors s':>8} {'publish s':>9} "
    f"{'relations':>9} {'client MB':>9} {'worker MB':>9}"
)


def print_extraction_header(seed: int, out: TextIO) -> None:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Machine: {os.cpu_count()} cores, load average {load} (other programs running skew every number)", file=out)
    print(f"Extraction into a store on synthetic articles (seed {seed}); parse = spaCy's pipeline as shipped (load_spacy_pipeline().pipe) over the same "
          "paragraphs, one process, run just before each row", file=out)
    print(EXTRACTION_HEADER, file=out)
    print("-" * len(EXTRACTION_HEADER), file=out)


def print_extraction_row(run: ExtractionRun, one_worker_seconds: float | None, out: TextIO) -> None:
    speedup = f"{one_worker_seconds / run.seconds:8.2f}" if one_worker_seconds else f"{'':>8}"
    start = f"{run.cluster_start_seconds:7.1f}" if run.workers else f"{'':>7}"
    worker_mb = f"{run.peak_worker_rss_mb:9.0f}" if run.workers else f"{'':>9}"
    print(
        f"{run.articles:>8,} {run.words:>10,} {run.engine:>7} {start} {run.seconds:>8.2f} {run.articles_per_second:>10.2f} "
        f"{run.words_per_second:>8,.0f} {run.seconds_per_1000:>8.1f} {run.parse_seconds:>8.2f} "
        f"{run.ratio_to_parse:>7.2f} {speedup} {run.cpu_seconds:>7.1f} {run.parse_cpu_seconds:>9.1f} {run.words_per_cpu_second:>11,.0f} "
        f"{run.cpu_ratio_to_parse:>11.2f} {run.steps.get('actors', 0):>8.2f} {run.steps.get('publish', 0):>9.2f} "
        f"{run.relations:>9,} {run.peak_rss_mb:>9.0f} {worker_mb}",
        file=out,
        flush=True,
    )


def print_extraction_notes(out: TextIO) -> None:
    print(
        "engine: process = everything in this process; dask N = a local Dask cluster of N single-threaded workers.\n"
        "start s: starting that cluster (not in seconds). seconds: the whole build_store (extract, actors, manifest,\n"
        "publish; no CSVs). parse s: the parse alone, run just before the row. x parse: seconds / parse s.\n"
        "speed-up: against dask 1. cpu s: CPU seconds of this process and all workers during the run; parse cpu: of\n"
        "the parse alone; cpu x parse: their ratio, which other programs on the machine change less than wall time\n"
        f"(target <= {TARGET_RATIO} in one process: the last line gives its median and spread over the repeats).\n"
        "actors s / publish s: the client-side steps after extraction. client MB: peak RSS of this process since it\n"
        "began (grows only); worker MB: the largest worker's peak RSS.",
        file=out,
    )


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    cli = argparse.ArgumentParser(prog="python -m bench.extract", description=__doc__.split("\n\n")[0])
    cli.add_argument("--size", type=_positive, action="append", metavar="N",
                     help=f"articles in a synthetic corpus; repeat for several (default: {', '.join(map(str, DEFAULT_SIZES))})")
    cli.add_argument("--workers", type=_positive, action="append", metavar="N",
                     help=f"local Dask workers to compare; repeat (default: {', '.join(map(str, DEFAULT_WORKERS))})")
    cli.add_argument("--seed", type=int, default=1, help="seed of the synthetic corpora (default: 1)")
    cli.add_argument("--articles", type=Path, default=BUNDLED_ARTICLES, metavar="DIR",
                     help="articles whose sentences the synthetic corpora recombine (default: data/articles)")
    cli.add_argument("--repeats", type=_positive, default=DEFAULT_REPEATS, metavar="N",
                     help=f"parse-then-extract pairs in one process per size, for the median ratio (default: {DEFAULT_REPEATS})")
    cli.add_argument("--json", type=Path, metavar="FILE", help="also write every number to FILE as JSON")
    return cli.parse_args(argv)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> dict[str, object]:
    """Run the benchmark; print the table to `out` and return the numbers."""
    args = parse_args(argv)
    load = load_corpus([args.articles])
    if not load.articles:
        raise SystemExit(f"{args.articles}: no readable article to build synthetic corpora from. Point --articles at a folder of .txt articles.")
    extractor = default_extractor()
    pool = sentence_pool(extractor, load.articles)
    runs: list[ExtractionRun] = []
    summaries: list[RatioSummary] = []
    print_extraction_header(args.seed, out)
    for size in args.size or DEFAULT_SIZES:
        one_worker: float | None = None
        size_runs: list[ExtractionRun] = []
        for run in run_extraction(extractor, synthetic_corpus(pool, size, args.seed), args.workers or DEFAULT_WORKERS,
                                  args.repeats):
            one_worker = run.seconds if run.workers == 1 else one_worker
            print_extraction_row(run, one_worker, out)
            size_runs.append(run)
        runs.extend(size_runs)
        summaries.append(process_ratio(size_runs))
    print_extraction_notes(out)
    for summary in summaries:
        print_ratio_summary(summary, out)
    report: dict[str, object] = {
        "seed": args.seed,
        "cores": os.cpu_count(),
        "load_average_at_end": os.getloadavg(),
        "extraction": [
            {**asdict(run), "engine": run.engine, "articles_per_second": run.articles_per_second,
             "words_per_second": run.words_per_second, "seconds_per_1000": run.seconds_per_1000,
             "ratio_to_parse": run.ratio_to_parse, "words_per_cpu_second": run.words_per_cpu_second,
             "cpu_ratio_to_parse": run.cpu_ratio_to_parse}
            for run in runs
        ],
        "process_cpu_ratio": [
            {"articles": summary.articles, "median": summary.median, "low": summary.low, "high": summary.high,
             "ratios": list(summary.ratios), "target": TARGET_RATIO}
            for summary in summaries
        ],
    }
    if args.json is not None:
        write_text_atomic(args.json, json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
