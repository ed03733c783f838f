"""A corpus into a store generation, in partitions: in this process, on a local
Dask cluster (`--workers N`), or on an existing one (`--scheduler ADDRESS`).

Articles travel in partitions of consecutive articles. Whoever extracts a
partition writes its rows as part N of each table (extract.pipeline.
extract_partition), so no rows pass through this process; it gets back only
counts and problems. Then it aggregates the actors table from the mention and
relation parts (DuckDB), writes the manifest, publishes the generation and
writes the CSVs from it, all under the store's writer lock.

On Dask, each worker builds its Extractor once (ExtractorPlugin) from this
process's dictionary and lexicon (plain data); the spaCy pipeline is loaded on
the worker. A partition whose worker dies is run again elsewhere (the
scheduler reschedules it); one that raises is retried. The scheduler (which
unpickles the tasks) and the workers must import this package at this version
and extraction code (installed in their environment, see docs/cluster.md), and
the workers write to `out_dir` and the cache folder at the same paths (one
machine, or a shared filesystem); all of it is checked before the store is
locked and any article is sent (extract/cluster_check.py).
"""
from __future__ import annotations

import logging
import math
import os
import secrets
import shutil
import threading
import time
from collections import Counter
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator, Mapping, Sequence

import duckdb
import pandas as pd
import cloudpickle
from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin, as_completed, get_worker

from extract import cluster_check
from extract.cache import extraction_version
from extract.cluster_check import package_identity, worker_check
from extract.coreference import Epithet
from extract.dictionary import DEFAULT_DICTIONARY_DIR, ActorDictionary
from extract.export import OUTPUT_FILES, discard_staged, install_staged, remove_temp_files, stage_outputs_from_store
from extract.event_dates import EventDateLexicon
from extract.extractor import Extractor
from extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon
from extract.manifest import build_manifest
from extract.nlp import load_nlp
from extract.pipeline import PartitionSummary, actor_rows, default_extractor, extract_partition
from extract.relations.pair_model import PairModel
from extract.schema import Article
from extract.store import (
    STORE_TABLES,
    new_generation,
    part_name,
    part_paths,
    remove_leftovers,
    remove_superseded,
    repair_current,
    switch_current,
    table_dir,
    write_manifest,
    write_part,
    writer_lock,
)

# done, total (articles), called in this process as partitions finish.
Progress = Callable[[int, int], None]

# Partitions per worker: enough that every worker stays busy to the end.
PARTITIONS_PER_WORKER = 4
# A partition of this many articles takes about half a minute on one core;
# larger ones would only make the tail of a run uneven, smaller ones more files.
MAX_PARTITION = 250
# Starting a local worker (spawn, import spaCy, load the model) takes about as
# long as extracting this many articles, so a small batch (the bundled corpus,
# a re-run the cache mostly serves) gets fewer workers or none.
ARTICLES_PER_WORKER = 40
# Partitions submitted ahead per worker thread: keeps workers fed while the
# scheduler holds the text of only a few partitions at a time.
IN_FLIGHT_PER_THREAD = 2
# Retries of a partition that raised (a worker that dies is rescheduled by Dask itself).
RETRIES = 2
CONNECT_TIMEOUT_SECONDS = 20
WORKER_WAIT_SECONDS = 60
LOCK_WAIT_SECONDS = 30.0
PLUGIN_NAME = "libya-extractor"
PACKAGE = "libya-actors"

# The checks travel by value: they must run, and say what is wrong, where `extract` cannot be imported.
cloudpickle.register_pickle_by_value(cluster_check)


class EngineError(RuntimeError):
    """The cluster cannot run the extraction; the message says what to do."""


@dataclass
class StoreBuild:
    """What a run wrote. `generation` is None when no article could be extracted (nothing was published)."""

    generation: Path | None
    articles: int
    mentions: int
    relation_counts: dict[str, int]
    actors: int
    problems: list[str] = field(default_factory=list)
    csv_files: dict[str, Path] = field(default_factory=dict)
    removed_csv: list[Path] = field(default_factory=list)
    # What was repaired before writing (a CURRENT naming a missing generation).
    notes: list[str] = field(default_factory=list)
    # Wall seconds of each step: extract (the partitions), actors, publish (manifest and switch), csv.
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def relations(self) -> int:
        return sum(self.relation_counts.values())


def worker_count(workers: int | None) -> int:
    """`workers` as a number of processes: None means one per core."""
    if workers is None:
        return os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, or None for all cores (got {workers}).")
    return workers


def useful_workers(count: int, workers: int) -> int:
    """How many of `workers` local processes pay for their start-up on `count` articles (1: this process)."""
    return max(1, min(workers, count // ARTICLES_PER_WORKER))


def partitions(count: int, workers: int) -> list[range]:
    """Consecutive runs of article indexes covering 0..count-1 in order."""
    size = max(1, min(MAX_PARTITION, math.ceil(count / (workers * PARTITIONS_PER_WORKER))))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


class ExtractorPlugin(WorkerPlugin):
    """Builds the worker's Extractor once, when the worker joins; every partition on it reuses it."""

    name = PLUGIN_NAME

    def __init__(self, dictionary: ActorDictionary, lexicon: Lexicon, epithets: Sequence[Epithet], parse_all: bool,
                 event_lexicon: EventDateLexicon | None = None, pair_model: PairModel | None = None) -> None:
        # The client's epithets and event-date words travel with it, so a worker never reads its own copy of a file.
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.event_lexicon = event_lexicon
        self.pair_model = pair_model
        self.epithets = tuple(epithets)
        self.parse_all = parse_all
        self.extractor: Extractor | None = None
        self.lock: threading.Lock | None = None

    def setup(self, worker: object) -> None:
        # A worker with several threads runs partitions side by side; spaCy's pipeline and the
        # extractor's per-paragraph caches are not thread-safe, so one partition extracts at a time.
        # Made here, on the worker: a lock cannot travel with the plugin.
        self.lock = threading.Lock()
        self.extractor = Extractor(self.dictionary, self.lexicon, epithets=self.epithets, parse_all=self.parse_all,
                                   event_lexicon=self.event_lexicon, pair_model=self.pair_model)


def _partition_on_worker(
    index: int, articles: list[Article], generation: Path, min_confidence: float, cache_dir: Path | None
) -> PartitionSummary:
    plugin = get_worker().plugins[PLUGIN_NAME]
    with plugin.lock:
        return extract_partition(plugin.extractor, index, articles, generation, min_confidence=min_confidence, cache_dir=cache_dir)


@contextmanager
def local_cluster(workers: int) -> Iterator[LocalCluster]:
    """A Dask cluster of `workers` single-threaded worker processes on this machine.

    Its workers exit when this process dies, even on kill -9: distributed's
    worker processes watch a pipe from their parent.
    """
    with LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    if scheduler is None:
        with local_cluster(workers) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT_SECONDS)
    except (OSError, TimeoutError) as error:
        raise EngineError(
            f"Could not reach the Dask scheduler at {scheduler} ({error}). "
            "Start one (`dask scheduler`) and give its address, e.g. --scheduler tcp://host:8786."
        ) from None
    with client:
        yield client


def _identity_problem(role: str, identity: Mapping[str, object], ours: Mapping[str, object]) -> str | None:
    """Why `role` (e.g. "The Dask worker tcp://...") cannot run this extraction, or None when it can."""
    if "error" in identity:
        return (
            f"{role} cannot import this package ({identity['error']}; Python {identity['python']}). Install the package "
            f"in the environment it runs in (`make setup` in a checkout of this commit, or `pip install -e CHECKOUT`) "
            f"and restart it with that environment's `dask` (e.g. `CHECKOUT/.venv/bin/dask`); see docs/cluster.md."
        )
    if (identity["version"], identity["code"]) != (ours["version"], ours["code"]):
        return (
            f"{role} runs another version of this package ({PACKAGE} {identity['version']}, extraction code "
            f"{identity['code']}, from {identity['location']}; here {ours['version']}, code {ours['code']}). Install "
            "this commit there (`git checkout` it and `make setup`, or `pip install -e CHECKOUT`) and restart it, so "
            "that every article is read by the same rules."
        )
    return None


def _check_cluster(client: Client, folders: Sequence[Path]) -> int:
    """Check that the scheduler and every worker import this package at this version and that the workers share
    `folders`; returns the workers' threads. Raises EngineError naming the first process that cannot run it."""
    ours = package_identity()
    address = client.scheduler.address
    problem = _identity_problem(f"The Dask scheduler at {address}", client.run_on_scheduler(package_identity), ours)
    if problem:
        # The scheduler unpickles every task, so it needs the package as much as the workers do.
        raise EngineError(problem)
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
    except TimeoutError:
        raise EngineError(
            f"No Dask worker joined the scheduler at {address} within {WORKER_WAIT_SECONDS} s. Start workers with "
            f"`dask worker {address}` from an environment where this package is installed (`make setup`)."
        ) from None
    markers = {str(folder): f".worker-check-{secrets.token_hex(4)}.tmp" for folder in folders}
    try:
        for folder, marker in markers.items():
            Path(folder).mkdir(parents=True, exist_ok=True)
            (Path(folder) / marker).write_text(marker, encoding="utf-8")
        try:
            # A worker that fails (e.g. one that could not start) is an answer too, named by its address.
            answers = client.run(worker_check, markers, on_error="return")
        except OSError as error:
            raise EngineError(
                f"A Dask worker of the scheduler at {address} did not answer the check ({error}). Look at the "
                "workers' logs (one may have failed to start), restart them, and run again."
            ) from None
    finally:
        for folder, marker in markers.items():
            (Path(folder) / marker).unlink(missing_ok=True)
    for worker, answer in sorted(answers.items()):
        if isinstance(answer, BaseException):
            raise EngineError(
                f"The Dask worker {worker} could not run the check ({type(answer).__name__}: {answer}). Look at its "
                "log, restart it from an environment where this package is installed (`make setup`), and run again."
            )
        problem = _identity_problem(f"The Dask worker {worker}", answer, ours)
        if problem:
            raise EngineError(problem)
        if answer["not_shared"]:
            raise EngineError(
                f"The Dask worker {worker} cannot write to {', '.join(answer['not_shared'])} as this process sees it. "
                "Workers write the tables themselves: put --out (and --cache) on a filesystem every worker mounts at "
                "the same path, or use --no-cache."
            )
    return sum(client.nthreads().values())


def _lost_partition(index: int, articles: Sequence[Article], generation: Path, error: Exception) -> PartitionSummary:
    """A partition whose workers kept dying: its articles are reported, and any part it left is removed."""
    for table in STORE_TABLES:
        (table_dir(generation, table) / part_name(index)).unlink(missing_ok=True)
    reason = f"lost: the Dask worker extracting it died repeatedly ({type(error).__name__}); run it again on its own"
    return PartitionSummary(
        index=index,
        articles=0,
        mentions=0,
        relation_counts={},
        problems=[f"{a.article_id}: {reason}" for a in articles],
        failed=[a.article_id for a in articles],
    )


def _run_on_cluster(
    cluster: CheckedCluster,
    articles: Sequence[Article],
    generation: Path,
    extractor: Extractor,
    *,
    min_confidence: float,
    cache_dir: Path | None,
) -> Iterator[tuple[PartitionSummary, int]]:
    """(summary, articles in the partition) for every partition, as each finishes."""
    client, threads = cluster.client, cluster.threads
    chunks = partitions(len(articles), threads)
    client.register_plugin(ExtractorPlugin(extractor.dictionary, extractor.lexicon, extractor.epithet_list, extractor.parse_all,
                                           extractor.event_lexicon, extractor.pair_model))
    pending = iter(enumerate(chunks))
    running: dict[object, int] = {}
    queue = as_completed()

    def submit_next(count: int) -> None:
        for index, chunk in islice(pending, count):
            future = client.submit(
                _partition_on_worker,
                index,
                [articles[i] for i in chunk],
                generation,
                min_confidence,
                cache_dir,
                key=f"extract-partition-{generation.name}-{index}",
                retries=RETRIES,
            )
            running[future] = index
            queue.add(future)

    submit_next(threads * IN_FLIGHT_PER_THREAD)
    try:
        for future in queue:
            index = running.pop(future)
            try:
                summary = future.result()
            except KilledWorker as error:
                summary = _lost_partition(index, [articles[i] for i in chunks[index]], generation, error)
            yield summary, len(chunks[index])
            submit_next(1)
    finally:
        for future in running:
            future.cancel()
        # The scheduler would give a plugin left registered to every worker that joins later, even one that cannot
        # import this package (it then fails to start) or a later run's (it would build a stale extractor).
        with suppress(OSError):  # a scheduler gone mid-run has nothing left to unregister
            client.unregister_worker_plugin(PLUGIN_NAME)


def _run_here(
    articles: Sequence[Article], generation: Path, extractor: Extractor, *, min_confidence: float, cache_dir: Path | None
) -> Iterator[tuple[PartitionSummary, int]]:
    for index, chunk in enumerate(partitions(len(articles), 1)):
        part = [articles[i] for i in chunk]
        summary = extract_partition(extractor, index, part, generation, min_confidence=min_confidence, cache_dir=cache_dir)
        yield summary, len(part)


@dataclass
class CheckedCluster:
    """A client of a cluster whose scheduler and workers passed _check_cluster, and its worker threads."""

    client: Client
    threads: int


@contextmanager
def _cluster(
    count: int, extractor: Extractor | None, *, workers: int, scheduler: str | None, folders: Sequence[Path]
) -> Iterator[CheckedCluster | None]:
    """The checked cluster `count` articles are extracted on; None when this process extracts them.
    `extractor`: the caller's, if any (the default one is built after the check, so a bad cluster fails fast)."""
    local = useful_workers(count, workers) if scheduler is None else 0
    if local == 1:
        yield None
        return
    if extractor is not None and extractor.nlp is not load_nlp():
        raise ValueError(
            "Dask workers parse with the standard pipeline (extract.nlp.load_nlp), but this extractor "
            "was built with another spaCy pipeline; extract with workers=1 to use it."
        )
    with _client(scheduler, local) as client:
        yield CheckedCluster(client, _check_cluster(client, folders))


def _summaries(
    articles: Sequence[Article],
    generation: Path,
    extractor: Extractor,
    *,
    cluster: CheckedCluster | None,
    min_confidence: float,
    cache_dir: Path | None,
    progress: Progress | None,
) -> list[PartitionSummary]:
    """Every partition's summary, in partition order, extracted here or on the cluster."""
    summaries: list[PartitionSummary] = []
    if cluster is None:
        results = _run_here(articles, generation, extractor, min_confidence=min_confidence, cache_dir=cache_dir)
    else:
        results = _run_on_cluster(cluster, articles, generation, extractor, min_confidence=min_confidence,
                                  cache_dir=cache_dir)
    done = 0
    for summary, size in results:
        summaries.append(summary)
        done += size
        if progress is not None:
            progress(done, len(articles))
    return sorted(summaries, key=lambda summary: summary.index)


def actors_from_store(generation: Path, dictionary: ActorDictionary) -> pd.DataFrame:
    """The actors table, aggregated from the generation's mention and relation parts."""
    mentions = [str(p) for p in part_paths(generation, "mentions")]
    relations = [str(p) for p in part_paths(generation, "relations")]
    with duckdb.connect() as db:
        counts = db.execute(
            "select actor_id, count(*), count(distinct article_id) from read_parquet(?) group by actor_id", [mentions]
        ).fetchall()
        in_relations = db.execute(
            "select actor1 from read_parquet($1) union select actor2 from read_parquet($1)", [relations]
        ).fetchall()
    ids = [actor_id for actor_id, _, _ in counts] + [actor_id for (actor_id,) in in_relations]
    return actor_rows(ids, {actor_id: (n, distinct) for actor_id, n, distinct in counts}, dictionary)


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step] = now - self._last
        self._last = now


def build_store(
    articles: Sequence[Article],
    out_dir: Path,
    *,
    extractor: Extractor | None = None,
    dictionary_dir: Path = DEFAULT_DICTIONARY_DIR,
    lexicon_dir: Path = DEFAULT_LEXICON_DIR,
    workers: int | None = 1,
    scheduler: str | None = None,
    min_confidence: float = 0.0,
    cache_dir: Path | None = None,
    csv: bool = True,
    progress: Progress | None = None,
    lock_wait: float = LOCK_WAIT_SECONDS,
) -> StoreBuild:
    """Extract `articles` into a new store generation under `out_dir`, publish it, and write the CSVs from it.

    `workers`: local worker processes (None: one per core; 1: this process);
    `scheduler`: the address of a Dask scheduler to run on instead. The tables
    are the same either way. With no article extracted nothing is published.
    Raises StoreBusy when another run holds the store for over `lock_wait` s,
    EngineError when the cluster cannot run the extraction: it is checked before
    the store is locked or touched, so then nothing is left in `out_dir`.
    """
    out_dir = Path(out_dir).resolve()
    cache_dir = Path(cache_dir).resolve() if cache_dir is not None else None
    new_out_dir = not out_dir.exists()
    try:
        with _cluster(len(articles), extractor, workers=worker_count(workers), scheduler=scheduler,
                      folders=[out_dir, *([cache_dir] if cache_dir is not None else [])]) as cluster:
            extractor = extractor or default_extractor(dictionary_dir, lexicon_dir)
            return _build_store_locked(articles, out_dir, extractor, cluster, dictionary_dir=dictionary_dir,
                                       lexicon_dir=lexicon_dir, min_confidence=min_confidence, cache_dir=cache_dir,
                                       csv=csv, progress=progress, lock_wait=lock_wait)
    except EngineError:
        if new_out_dir and out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()  # made here only to check that the workers share it
        raise


def _build_store_locked(
    articles: Sequence[Article],
    out_dir: Path,
    extractor: Extractor,
    cluster: CheckedCluster | None,
    *,
    dictionary_dir: Path,
    lexicon_dir: Path,
    min_confidence: float,
    cache_dir: Path | None,
    csv: bool,
    progress: Progress | None,
    lock_wait: float,
) -> StoreBuild:
    """build_store once the engine is ready: everything under the store's writer lock."""
    with writer_lock(out_dir, lock_wait):
        # A CURRENT naming a missing generation would make every intact generation look like a leftover.
        repaired = repair_current(out_dir)
        remove_leftovers(out_dir)
        remove_temp_files(out_dir)
        generation = new_generation(out_dir)
        clock = _Clock()
        try:
            summaries = _summaries(articles, generation, extractor, cluster=cluster, min_confidence=min_confidence,
                                   cache_dir=cache_dir, progress=progress)
            failed = {article_id for summary in summaries for article_id in summary.failed}
            build = StoreBuild(
                generation=generation,
                articles=sum(s.articles for s in summaries),
                mentions=sum(s.mentions for s in summaries),
                relation_counts=dict(sum((Counter(s.relation_counts) for s in summaries), Counter())),
                actors=0,
                problems=[problem for summary in summaries for problem in summary.problems],
                seconds=clock.seconds,
                notes=[repaired] if repaired else [],
            )
            clock.lap("extract")
            if build.articles == 0:
                shutil.rmtree(generation)
                build.generation = None
                return build
            actors = actors_from_store(generation, extractor.dictionary)
            write_part(generation, "actors", actors, 0)
            build.actors = len(actors)
            clock.lap("actors")
            manifest = build_manifest(
                (a for a in articles if a.article_id not in failed),
                dictionary_dir=dictionary_dir,
                lexicon_dir=lexicon_dir,
                extraction=extraction_version(extractor.nlp),
                counts={"articles": build.articles, "mentions": build.mentions, "relations": build.relations,
                        "actors": build.actors},
            )
            write_manifest(generation, manifest)
            # The CSVs are written before the switch: a full disk then leaves the old generation and the old
            # CSVs, as the message says ("Nothing was written"), not a new store beside old CSVs.
            staged = {}
            if csv:
                staged = stage_outputs_from_store(generation, out_dir)
                clock.lap("csv")
            try:
                switch_current(out_dir, generation)
            except BaseException:
                discard_staged(staged)
                raise
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        build.csv_files = install_staged(staged)
        if not csv:
            # CSVs of an earlier run would no longer match the store.
            for filename in OUTPUT_FILES:
                stale = out_dir / filename
                if stale.exists():
                    stale.unlink()
                    build.removed_csv.append(stale)
        # Only now that everything succeeded, the generations before this one go.
        remove_superseded(out_dir, generation)
        # Leftovers of a worker lost mid-write, now that no one writes into the generation.
        remove_leftovers(out_dir)
        clock.lap("publish")
        return build
