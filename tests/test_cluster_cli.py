"""The cluster as a user starts it: the installed package, `dask scheduler` and `dask worker` from the venv's
bin folder, started from a folder that is not the checkout and with PYTHONPATH removed from their environment.

- docs/cluster.md's command block runs as written (placeholders replaced) and gives the tables of one process;
- a worker, or a scheduler, that cannot import the package makes the client exit 2 with a message naming its
  address and the fix, no traceback, and nothing left in --out (no store/.lock);
- a scheduler running another version of the package is refused the same way.

Needs the package installed in the test's venv (`make setup` does it: `pip install -e .`).
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pandas as pd
import pytest

from conftest import free_port, stop_process
from distributed import Client

from extract.engine import build_store
from extract.store import STORE_TABLES, current_generation, read_table

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "cluster.md"
ARTICLES = REPO / "data" / "articles"
BIN = Path(sys.executable).parent
DASK = BIN / "dask"
STARTUP_SECONDS = 120
CLIENT_SECONDS = 300


def _clean_env() -> dict[str, str]:
    """This environment without PYTHONPATH: what a user's shell on a cluster machine has."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}


def _installed_from(folder: Path) -> str | None:
    """Where `extract` is imported from by this venv's python started in `folder` without PYTHONPATH."""
    probe = subprocess.run([sys.executable, "-c", "import extract; print(extract.__file__)"], cwd=folder,
                           env=_clean_env(), capture_output=True, text=True)
    return probe.stdout.strip() if probe.returncode == 0 else None


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> Path:
    """A folder that is not the checkout, with the package installed (else skipped, or failed under CI)."""
    folder = tmp_path_factory.mktemp("elsewhere")
    if _installed_from(folder) is None or not DASK.exists():
        reason = (f"the package is not installed in {BIN.parent} (run `make setup`, which runs `pip install -e .`), "
                  f"or {DASK} is missing")
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return folder


@dataclass
class Processes:
    """Long-running processes a test started, stopped at its end; their logs for failure messages."""

    logs: Path
    started: list[subprocess.Popen] = field(default_factory=list)

    def start(self, name: str, command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.Popen:
        log = (self.logs / f"{name}-{len(self.started)}.log").open("w")
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        self.started.append(process)
        return process

    def tails(self) -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text()[-2000:]}" for log in sorted(self.logs.glob("*.log")))


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    logs = tmp_path / "logs"
    logs.mkdir()
    running = Processes(logs)
    try:
        yield running
    finally:
        for process in reversed(running.started):
            stop_process(process)


def _wait_for_workers(address: str, count: int, processes: Processes) -> None:
    try:
        with Client(address, timeout=STARTUP_SECONDS) as client:
            if count:
                client.wait_for_workers(count, timeout=STARTUP_SECONDS)
    except (OSError, TimeoutError) as error:
        pytest.fail(f"the cluster at {address} did not come up with {count} workers ({error}):\n{processes.tails()}")


def _documented_commands() -> list[str]:
    """The command lines of docs/cluster.md's block under "## The commands", comments dropped."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("\n## The commands\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, "docs/cluster.md: no ```bash block under ## The commands"
    return [line for line in block.group(1).splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    generation = current_generation(out)
    assert generation is not None, f"no store published in {out}"
    return {table: read_table(generation, table) for table in STORE_TABLES}


@pytest.fixture(scope="module")
def one_process(tmp_path_factory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("one-process")
    from extract.corpus import load_corpus

    build_store(load_corpus([ARTICLES]).articles, out, workers=1)
    return _tables(out)


def test_documented_cluster_commands_run_as_written(outside: Path, processes: Processes, one_process) -> None:
    commands = _documented_commands()
    install, scheduler, worker, client = commands  # the block's four roles, in the order a user runs them
    assert install == "cd /path/to/checkout && make setup"  # done: `outside` checked the package is installed
    port = free_port()
    shared = outside / "shared"
    shutil.copytree(ARTICLES, shared / "articles")
    replacements = {
        "/path/to/checkout/.venv/bin/": f"{BIN}/",
        "scheduler-host": "127.0.0.1",
        ":8786": f":{port}",
        "--port 8786": f"--port {port}",
        "/shared/": f"{shared}/",
    }

    def as_run_here(line: str) -> list[str]:
        for placeholder, value in replacements.items():
            line = line.replace(placeholder, value)
        return shlex.split(line)

    env = _clean_env()
    processes.start("scheduler", as_run_here(scheduler), outside, env)
    processes.start("worker", as_run_here(worker), outside, env)
    _wait_for_workers(f"tcp://127.0.0.1:{port}", 2, processes)
    run = subprocess.run(as_run_here(client), cwd=outside, env=env, capture_output=True, text=True,
                         timeout=CLIENT_SECONDS)
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}\n{processes.tails()}"
    out = shared / "libya"
    for table, expected in one_process.items():
        pd.testing.assert_frame_equal(_tables(out)[table], expected, obj=table)
    assert sorted(path.name for path in out.glob("*.csv")) == ["actors.csv", "mentions.csv", "relations.csv"]


def _bare_venv(folder: Path) -> Path:
    """A python with every requirement but not this package: a venv whose site-packages points at this venv's
    site-packages through a .pth line. Paths a .pth adds are not scanned for .pth files, so the editable
    install's finder is not loaded; a worker started from a folder without the checkout cannot import it."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    ours = next(Path(p) for p in sys.path if p.endswith("site-packages") and Path(p).parent.parent == Path(sys.prefix) / "lib")
    theirs = next((folder / "lib").glob("python*/site-packages"))
    (theirs / "requirements-only.pth").write_text(f"{ours}\n", encoding="utf-8")
    python = folder / "bin" / "python"
    check = subprocess.run([str(python), "-c", "import distributed, spacy\ntry:\n import extract\nexcept ImportError:\n pass\n"
                            "else:\n raise SystemExit('extract is importable')"],
                           cwd=folder.parent, env=_clean_env(), capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    return python


def _refused(outside: Path, scheduler: str) -> subprocess.CompletedProcess:
    out = outside / "out"
    run = subprocess.run([str(BIN / "libya-extract"), str(ARTICLES), "--out", str(out), "--scheduler", scheduler,
                          "--no-cache"], cwd=outside, env=_clean_env(), capture_output=True, text=True,
                         timeout=CLIENT_SECONDS)
    assert run.returncode == 2, f"{run.stdout}\n{run.stderr}"
    assert "Traceback" not in run.stderr, run.stderr
    assert not out.exists(), sorted(str(p) for p in out.rglob("*"))  # no store/.lock, no generation, no folder
    return run


def test_a_worker_without_the_package_is_refused_by_address(outside: Path, processes: Processes, tmp_path: Path) -> None:
    bare = _bare_venv(tmp_path / "bare-venv")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = _clean_env()
    processes.start("scheduler", [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                    outside, env)
    worker = processes.start("bare-worker", [str(bare), "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                             "--no-dashboard", "--host", "127.0.0.1"], outside, env)
    _wait_for_workers(address, 1, processes)
    run = _refused(outside, address)
    with Client(address) as client:
        (worker_address,) = client.scheduler_info()["workers"]
    assert f"The Dask worker {worker_address} cannot import this package (ModuleNotFoundError: No module named " \
           "'extract'" in run.stderr, run.stderr
    assert "make setup" in run.stderr and "Nothing was written." in run.stderr
    assert worker.poll() is None  # the check does not break the worker


def test_a_scheduler_without_the_package_is_refused(outside: Path, processes: Processes, tmp_path: Path) -> None:
    bare = _bare_venv(tmp_path / "bare-venv")
    port = free_port()
    processes.start("bare-scheduler", [str(bare), "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                       "--port", str(port), "--no-dashboard"], outside, _clean_env())
    _wait_for_workers(f"tcp://127.0.0.1:{port}", 0, processes)
    run = _refused(outside, f"tcp://127.0.0.1:{port}")
    assert f"The Dask scheduler at tcp://127.0.0.1:{port} cannot import this package" in run.stderr, run.stderr
    assert "make setup" in run.stderr and "Nothing was written." in run.stderr


def test_a_scheduler_on_another_version_is_refused(outside: Path, processes: Processes, tmp_path: Path) -> None:
    other = tmp_path / "other-version"
    shutil.copytree(REPO / "extract", other / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    init = other / "extract" / "__init__.py"
    init.write_text(re.sub(r'__version__ = "[^"]+"', '__version__ = "0.0.1"', init.read_text(encoding="utf-8")),
                    encoding="utf-8")
    port = free_port()
    # PYTHONPATH is how this one gets another version: it comes before the installed package.
    processes.start("old-scheduler", [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                      "--no-dashboard"], outside, {**_clean_env(), "PYTHONPATH": str(other)})
    _wait_for_workers(f"tcp://127.0.0.1:{port}", 0, processes)
    run = _refused(outside, f"tcp://127.0.0.1:{port}")
    assert re.search(rf"The Dask scheduler at tcp://127.0.0.1:{port} runs another version of this package "
                     r"\(libya-actors 0.0.1, extraction code \w+, from \S+other-version/extract; here \S+, code \w+\)",
                     run.stderr), run.stderr
