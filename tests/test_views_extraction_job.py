"""Uploads extracted in a worker process: progress and tables come back, and the worker stops on every way out."""
from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


from conftest import REPO
from views.extraction_job import (
    CANCELLED, DONE, FAILED, RUNNING, SERVER_MEMORY_BYTES, TIMED_OUT, WAITING, WORKER_MEMORY_BYTES, ExtractionJob, JobQueue,
    JobStatus, concurrent_job_limit)
from views.upload import Upload

TEXT = "Turkey backs the GNA with drones. Egypt supports Haftar, Cairo said on Monday.\n"
UPLOADS = [Upload("first.txt", TEXT.encode(), outlet="Anadolu"), Upload("scan.txt", b"%PDF-1.7 binary"),
           Upload("second.md", TEXT.encode())]
MANY = [Upload(f"a{i}.txt", TEXT.encode()) for i in range(100)]


def gone(pid: int) -> bool:
    """The process has exited (reaped, or a zombie whose parent has not reaped it yet)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def wait_until_gone(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return gone(pid)


def until_finished(job: ExtractionJob, seconds: float = 90) -> JobStatus:
    deadline = time.monotonic() + seconds
    while not (status := job.poll()).finished:
        assert time.monotonic() < deadline, f"still {status.text}"
        time.sleep(0.1)
    return status


def test_worker_reads_reports_progress_and_returns_the_tables() -> None:
    job = ExtractionJob(UPLOADS, taken_ids={"first"})
    first = job.poll()
    assert (first.state, first.done, first.text[:21]) == (RUNNING, 0, "Reading the files… (0")
    status = until_finished(job)
    assert status.state == DONE and status.message == ""
    assert [a.article_id for a in status.read.articles] == ["first-2", "second"]
    assert [e.split(":")[0] for e in status.read.errors] == ["scan.txt"]
    # Progress messages came through, in order, before the tables.
    assert (status.done, status.article_id, status.fraction) == (2, "second", 1.0)
    relations = status.extraction.relations
    assert set(relations["article_id"]) == {"first-2", "second"}
    assert ("Turkey", "GNA", "support") in set(zip(relations["actor1"], relations["actor2"], relations["relation"]))
    assert wait_until_gone(job.pid)
    assert job.poll() is status


def test_worker_past_its_budget_is_stopped_with_a_message() -> None:
    job = ExtractionJob(MANY, set(), budget_seconds=0.3)
    time.sleep(0.5)  # spawning a process and importing spaCy alone takes longer
    status = job.poll()
    assert status.state == TIMED_OUT and status.extraction is None
    assert status.message.startswith("Extraction stopped after 0 s, the dashboard's time limit, while reading the files")
    assert "python -m extract" in status.message
    assert gone(job.pid)


def test_budget_message_says_how_far_extraction_got() -> None:
    job = ExtractionJob(MANY, set(), budget_seconds=60)
    while (status := job.poll()).read is None:
        time.sleep(0.05)
    job.budget_seconds = 0
    status = job.poll()
    assert status.state == TIMED_OUT
    assert f"with {status.done} of 100 article(s) done; nothing from this batch was added" in status.message


def test_cancel_stops_the_worker_at_once() -> None:
    job = ExtractionJob(MANY, set())
    assert job.poll().state == RUNNING
    status = job.cancel()
    assert status.state == CANCELLED and "cancelled" in status.message
    assert gone(job.pid)
    assert job.poll() is status


def test_worker_killed_from_outside_is_reported() -> None:
    job = ExtractionJob(MANY, set())
    os.kill(job.pid, signal.SIGKILL)  # as the kernel's out-of-memory killer would
    status = until_finished(job)
    assert status.state == FAILED and status.extraction is None
    assert status.message.startswith("The extraction process stopped unexpectedly (exit code -9")


def test_dropped_job_takes_its_worker_with_it() -> None:
    job = ExtractionJob(MANY, set())
    pid = job.pid
    del job
    gc.collect()
    assert wait_until_gone(pid)


PARENT = """
import sys, time
from views.extraction_job import ExtractionJob
from views.upload import Upload
if __name__ == "__main__":
    job = ExtractionJob([Upload(f"a{i}.txt", sys.argv[1].encode()) for i in range(5000)], set())
    print(job.pid, flush=True)
    time.sleep(120)
"""


def test_worker_exits_when_the_server_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "server.py"
    script.write_text(PARENT, encoding="utf-8")
    server = subprocess.Popen([sys.executable, str(script), TEXT], cwd=REPO, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        worker = int(server.stdout.readline())
        time.sleep(1)
        assert not gone(worker), "the worker should still be extracting 5,000 articles"
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait(10)
    assert wait_until_gone(worker, seconds=10)


def test_jobs_beyond_the_limit_wait_their_turn_and_say_so() -> None:
    """Issue 18, item 4: nothing capped concurrent uploads (5 sessions peaked at 5.6 GB)."""
    jobs = JobQueue(limit=1)
    first = ExtractionJob(UPLOADS[:1], taken_ids=set(), jobs=jobs)
    second = ExtractionJob(UPLOADS[:1], taken_ids=set(), jobs=jobs)
    third = ExtractionJob(UPLOADS[:1], taken_ids=set(), jobs=jobs)
    assert first.poll().state == RUNNING
    waiting = second.poll()
    assert (waiting.state, waiting.ahead, waiting.finished) == (WAITING, 1, False)
    assert waiting.text.startswith("Waiting:") and "1 upload(s) are ahead" in waiting.text
    assert second.pid is None and third.poll().ahead == 2
    assert first.cancel().state == CANCELLED
    assert second.poll().state == RUNNING and third.poll().state == WAITING
    assert third.cancel().state == CANCELLED  # a waiting job can be cancelled; it never ran
    assert third.pid is None
    status = until_finished(second)
    assert status.state == DONE and [a.article_id for a in status.read.articles] == ["first"]


def test_a_dropped_waiting_job_frees_its_place() -> None:
    jobs = JobQueue(limit=1)
    running = ExtractionJob(UPLOADS[:1], taken_ids=set(), jobs=jobs)
    dropped = ExtractionJob(UPLOADS[:1], taken_ids=set(), jobs=jobs)
    last = ExtractionJob(UPLOADS[:1], taken_ids=set(), jobs=jobs)
    assert last.poll().ahead == 2
    del dropped
    gc.collect()
    assert last.poll().ahead == 1
    running.cancel()
    assert last.poll().state == RUNNING
    last.cancel()


def test_the_limit_comes_from_the_machine_memory() -> None:
    assert concurrent_job_limit(1_000_000_000) == 1  # less than the server's share: still one at a time
    assert concurrent_job_limit(SERVER_MEMORY_BYTES + 4 * WORKER_MEMORY_BYTES) == 4
    assert concurrent_job_limit() >= 1
