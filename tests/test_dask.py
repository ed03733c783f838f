"""Extraction on a real Dask cluster: a `dask scheduler` and a `dask worker`
started as separate processes on 127.0.0.1, as on a cluster. The tables are
the same as in one process; a worker killed mid-run loses nothing; a bad
address is a clear error; and `python -m extract --workers 2` killed with
SIGKILL leaves no worker behind.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pandas as pd
import psutil
import pytest

from conftest import free_port, stop_process
from distributed import Client

from corpora import ARTICLES, mixed_corpus
import extract
from extract import engine
from extract.cache import code_fingerprint
from extract.cluster_check import package_identity, worker_check
from extract.engine import EngineError, build_store
from extract.pipeline import Extractor, default_extractor
from extract.schema import Article
from extract.store import STORE_TABLES, read_manifest, read_table

REPO = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 120


class Cluster:
    def __init__(self, address: str, worker: subprocess.Popen) -> None:
        self.address = address
        self.worker = worker

    def worker_processes(self) -> list[psutil.Process]:
        """The processes that run tasks: children of the `dask worker` nanny (not multiprocessing helpers)."""
        return [
            child for child in psutil.Process(self.worker.pid).children(recursive=True)
            if "resource_tracker" not in " ".join(child.cmdline())
        ]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[Cluster]:
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask-logs")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
         "--no-dashboard"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=(logs / "scheduler.log").open("w"),
    )
    worker = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "2", "--nthreads", "1",
         "--no-dashboard", "--host", "127.0.0.1"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=(logs / "worker.log").open("w"),
    )
    try:
        with Client(address, timeout=STARTUP_SECONDS) as client:
            client.wait_for_workers(2, timeout=STARTUP_SECONDS)
        yield Cluster(address, worker)
    finally:
        stop_process(worker)
        stop_process(scheduler)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return default_extractor()


@pytest.fixture(scope="module")
def corpus(extractor: Extractor) -> list[Article]:
    return mixed_corpus(extractor, synthetic=14, seed=5, broken_at=2)


@pytest.fixture(scope="module")
def in_process(tmp_path_factory, extractor: Extractor, corpus: list[Article]) -> dict[str, pd.DataFrame]:
    build = build_store(corpus, tmp_path_factory.mktemp("one-process"), extractor=extractor, workers=1)
    return {table: read_table(build.generation, table) for table in STORE_TABLES}


@pytest.fixture
def small_partitions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Partitions of two articles: many partitions across both workers, finishing in any order."""
    monkeypatch.setattr(engine, "MAX_PARTITION", 2)


def _assert_same_store(build: engine.StoreBuild, expected: dict[str, pd.DataFrame]) -> None:
    for table in STORE_TABLES:
        pd.testing.assert_frame_equal(read_table(build.generation, table), expected[table], obj=table)


def test_cluster_gives_the_tables_of_one_process(tmp_path, cluster, extractor, corpus, in_process, small_partitions) -> None:
    seen: list[tuple[int, int]] = []
    build = build_store(corpus, tmp_path, extractor=extractor, scheduler=cluster.address,
                        progress=lambda done, total: seen.append((done, total)))
    _assert_same_store(build, in_process)
    assert len(build.problems) == 1 and build.problems[0].startswith("broken: extraction failed")
    assert seen[-1] == (len(corpus), len(corpus)) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    parts = sorted(p.name for p in (build.generation / "relations").iterdir())
    assert len(parts) == (len(corpus) + 1) // 2  # written by the workers, one part per partition
    assert "broken" not in read_manifest(build.generation)["articles"]


def test_cache_on_the_cluster_gives_the_same_tables(tmp_path, cluster, extractor, corpus, in_process, small_partitions) -> None:
    for run in ("first", "again"):
        build = build_store(corpus, tmp_path / run, extractor=extractor, scheduler=cluster.address,
                            cache_dir=tmp_path / "cache", csv=False)
        _assert_same_store(build, in_process)
    assert len(list((tmp_path / "cache").rglob("*.json"))) == len(corpus) - 1


def test_a_worker_killed_mid_run_loses_nothing(tmp_path, cluster, extractor, corpus, in_process, small_partitions) -> None:
    killed: list[int] = []

    def kill_a_worker_once(done: int, total: int) -> None:
        if not killed:
            victim = max(cluster.worker_processes(), key=lambda p: p.cpu_percent(interval=0.1))
            victim.send_signal(signal.SIGKILL)
            killed.append(victim.pid)

    build = build_store(corpus, tmp_path, extractor=extractor, scheduler=cluster.address, progress=kill_a_worker_once)
    assert killed and not psutil.pid_exists(killed[0])
    _assert_same_store(build, in_process)
    with Client(cluster.address) as client:  # the nanny restarts the killed worker
        client.wait_for_workers(2, timeout=STARTUP_SECONDS)


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch, extractor, corpus) -> None:
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT_SECONDS", 2)
    with pytest.raises(EngineError, match=r"Could not reach the Dask scheduler at tcp://127.0.0.1:\d+ .*Start one \(`dask scheduler`\)"):
        build_store(corpus, tmp_path, extractor=extractor, scheduler=f"tcp://127.0.0.1:{free_port()}")
    assert not list((tmp_path / "store").glob("gen-*"))


def test_worker_check_sees_whether_a_folder_is_shared(tmp_path: Path) -> None:
    shared, elsewhere = tmp_path / "shared", tmp_path / "elsewhere"
    for folder in (shared, elsewhere):
        folder.mkdir()
    (shared / ".worker-check-1.tmp").write_text(".worker-check-1.tmp", encoding="utf-8")
    answer = worker_check({str(shared): ".worker-check-1.tmp", str(elsewhere): ".worker-check-2.tmp"})
    assert answer["not_shared"] == [str(elsewhere)]
    assert (answer["version"], answer["code"]) == (extract.__version__, code_fingerprint())
    assert answer["location"] == str(REPO / "extract")


def test_a_worker_on_other_code_is_named_with_both_versions() -> None:
    ours = package_identity()
    theirs = {**ours, "code": "0123456789ab", "location": "/elsewhere/extract"}
    problem = engine._identity_problem("The Dask worker tcp://10.0.0.7:40000", theirs, ours)
    assert problem is not None and problem.startswith(
        f"The Dask worker tcp://10.0.0.7:40000 runs another version of this package (libya-actors {extract.__version__}, "
        f"extraction code 0123456789ab, from /elsewhere/extract; here {extract.__version__}, code {ours['code']})")
    assert engine._identity_problem("The Dask worker tcp://10.0.0.7:40000", ours, ours) is None


@pytest.mark.e2e
def test_killing_the_cli_leaves_no_worker_behind(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    # Enough articles that --workers 2 starts two local workers (engine.ARTICLES_PER_WORKER each).
    copies = engine.ARTICLES_PER_WORKER * 2 // len(list(ARTICLES.glob("*.txt"))) + 1
    for source in ARTICLES.glob("*.txt"):
        for copy in range(copies):
            shutil.copy(source, folder / f"{source.stem}-{copy}.txt")
    cli = subprocess.Popen(
        [sys.executable, "-m", "extract", str(folder), "--out", str(tmp_path / "out"), "--workers", "2", "--no-cache"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    parent = psutil.Process(cli.pid)
    deadline = time.monotonic() + STARTUP_SECONDS
    children: list[psutil.Process] = []
    while time.monotonic() < deadline and cli.poll() is None:
        children = parent.children(recursive=True)
        if sum("spawn_main" in " ".join(c.cmdline()) for c in children) >= 2:
            break
        time.sleep(0.2)
    try:
        assert sum("spawn_main" in " ".join(c.cmdline()) for c in children) >= 2, "the two workers did not start"
        cli.send_signal(signal.SIGKILL)
        cli.wait(timeout=10)
        _, alive = psutil.wait_procs(children, timeout=10)
        assert alive == [], [" ".join(p.cmdline())[:100] for p in alive]
    finally:
        for child in children:
            if child.is_running():
                child.kill()
        cli.kill()
        cli.wait(timeout=10)
