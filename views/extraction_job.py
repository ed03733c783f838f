"""Uploaded files read and extracted in a worker process, so that parsing never holds up the server.

Streamlit runs every session's script in the server process; parsing a large
or pathological upload there (BeautifulSoup on a big HTML page, spaCy on a
long text) would stall every other session's page. A job runs read_uploads
and extract_corpus in its own process, sends the articles, progress and the
tables back through a queue, and is stopped when it runs past its time budget, when the
user cancels, or when the job object is dropped (the session ended). The
worker also watches its parent and its own clock, so it never outlives the
server or the budget even if no page polls it again.

At most `concurrent_job_limit()` workers run at once (each holds a language
model and a parse: 5 sessions uploading long quoted texts peaked at 5.6 GB);
jobs beyond it wait, first come first served, and their time budget starts
when they do.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import itertools
import os
import queue
import threading
import time
import weakref
from collections import deque
from dataclasses import dataclass, replace
from multiprocessing.process import BaseProcess
from typing import Sequence

from extract.pipeline import CorpusExtraction
from views.upload import Upload, UploadResult, extract_articles, read_uploads

# One article near the 1,000,000-character limit took 45 s on this project's busy 2-core machine; the
# budget stops inputs that are pathological for the parser, not ordinary large uploads.
TIME_BUDGET_SECONDS = 300.0
# The worker's own deadline comes later than the page's, so the page normally reports the overrun.
WORKER_GRACE_SECONDS = 30.0
STOP_SECONDS = 5.0

# What one worker may take (the model, about 0.5 GB, and a parse bounded by extract.nlp's chunk and batch
# limits), and what the server keeps for itself and its sessions.
WORKER_MEMORY_BYTES = 1_000_000_000
SERVER_MEMORY_BYTES = 2_000_000_000

WAITING = "waiting"
RUNNING = "running"
DONE = "done"
FAILED = "failed"
TIMED_OUT = "timed out"
CANCELLED = "cancelled"


@dataclass(frozen=True)
class JobStatus:
    """Where a job is: its state, the files read (articles and refusals), progress, the tables (DONE) or a message."""

    state: str
    read: UploadResult | None = None
    done: int = 0
    article_id: str = ""
    seconds: float = 0.0
    extraction: CorpusExtraction | None = None
    message: str = ""
    ahead: int = 0


    @property
    def total(self) -> int:
        return len(self.read.articles) if self.read else 0

    @property
    def finished(self) -> bool:
        return self.state not in (WAITING, RUNNING)

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def text(self) -> str:
        """One line for the progress bar."""
        if self.state == WAITING:
            return (f"Waiting: the dashboard extracts a limited number of uploads at once, and {self.ahead} "
                    f"upload(s) are ahead of this one… ({self.seconds:.0f} s)")
        if self.read is None:
            return f"Reading the files… ({self.seconds:.0f} s)"
        if self.done == 0:
            return f"Loading the language model and reading the first article… ({self.seconds:.0f} s)"
        return f"Extracted {self.done} of {self.total}: {self.article_id} ({self.seconds:.0f} s)"


def concurrent_job_limit(memory_bytes: int | None = None) -> int:
    """How many upload workers fit in the machine's memory beside the server (at least one)."""
    if memory_bytes is None:
        try:
            memory_bytes = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (ValueError, OSError):  # no sysconf: one job at a time is always safe
            return 1
    return max(1, (memory_bytes - SERVER_MEMORY_BYTES) // WORKER_MEMORY_BYTES)


class JobQueue:
    """Who may run a worker now: at most `limit` at once, the others wait in arrival order. Thread-safe:
    every session's script runs in its own thread of the one server process."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._running: set[int] = set()
        self._waiting: deque[int] = deque()
        self._tickets = itertools.count()

    def join(self) -> int:
        """A ticket at the end of the queue."""
        with self._lock:
            ticket = next(self._tickets)
            self._waiting.append(ticket)
            return ticket

    def start(self, ticket: int) -> bool:
        """True when `ticket` may run (it is first in the queue and a place is free); it then holds the place."""
        with self._lock:
            if ticket in self._running:
                return True
            if self._waiting and self._waiting[0] == ticket and len(self._running) < self.limit:
                self._running.add(self._waiting.popleft())
                return True
            return False

    def ahead(self, ticket: int) -> int:
        """How many jobs run or wait before `ticket` starts."""
        with self._lock:
            return self._waiting.index(ticket) + len(self._running) if ticket in self._waiting else 0

    def leave(self, ticket: int) -> None:
        """Give up the place, running or waiting."""
        with self._lock:
            self._running.discard(ticket)
            if ticket in self._waiting:
                self._waiting.remove(ticket)


UPLOAD_JOBS = JobQueue(concurrent_job_limit())


def _watch(parent: int, deadline: float) -> None:
    """End this worker when the server that started it is gone or the budget is long past."""
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.5)
    os._exit(1)


def _work(uploads: tuple[Upload, ...], taken_ids: frozenset[str], messages: multiprocessing.queues.Queue, parent: int,
          budget: float) -> None:
    threading.Thread(target=_watch, args=(parent, time.monotonic() + budget + WORKER_GRACE_SECONDS), daemon=True).start()
    try:
        read = read_uploads(uploads, set(taken_ids))
        messages.put(("read", read))
        # No article read (every file refused): nothing to parse, and no language model to load.
        extraction = extract_articles(read.articles, progress=lambda done, total, article_id: messages.put(
            ("progress", done, article_id))) if read.articles else None
    except Exception as error:  # anything the extractor did not turn into a per-article problem
        messages.put(("failed", f"{type(error).__name__}: {error}"))
    else:
        messages.put(("done", extraction))


def _stop(process: BaseProcess, jobs: JobQueue, ticket: int) -> None:
    jobs.leave(ticket)
    if process.is_alive():
        process.terminate()
        process.join(STOP_SECONDS)
    if process.is_alive():
        process.kill()
        process.join(STOP_SECONDS)


class ExtractionJob:
    """read_uploads(uploads, taken_ids), then extract_articles, in a worker process;
    `poll()` from the page to follow it."""

    def __init__(self, uploads: Sequence[Upload], taken_ids: set[str], *,
                 budget_seconds: float = TIME_BUDGET_SECONDS, jobs: JobQueue | None = None) -> None:
        self.budget_seconds = budget_seconds
        self._jobs = jobs or UPLOAD_JOBS
        self._ticket = self._jobs.join()
        # spawn, not fork: forking the Streamlit server, which runs threads, can deadlock.
        context = multiprocessing.get_context("spawn")
        self._messages = context.Queue()
        self._process = context.Process(
            target=_work, args=(tuple(uploads), frozenset(taken_ids), self._messages, os.getpid(), budget_seconds),
            name="upload-extraction", daemon=True)
        self._started = time.monotonic()
        self._status = JobStatus(WAITING)
        # When the session ends and drops this job, the worker goes with it and its place in the queue is freed.
        self._finalizer = weakref.finalize(self, _stop, self._process, self._jobs, self._ticket)
        self._start_when_free()

    def _start_when_free(self) -> None:
        if self._status.state == WAITING and self._jobs.start(self._ticket):
            # The budget counts from here: waiting for a place is not the upload's fault.
            self._started = time.monotonic()
            self._process.start()
            self._status = JobStatus(RUNNING)

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def _finish(self, status: JobStatus) -> JobStatus:
        self._status = status
        self._finalizer()
        return status

    def poll(self) -> JobStatus:
        """Read what the worker reported since the last call; stop it when it is past its budget."""
        if self._status.finished:
            return self._status
        self._start_when_free()
        if self._status.state == WAITING:
            self._status = replace(self._status, seconds=time.monotonic() - self._started,
                                   ahead=self._jobs.ahead(self._ticket))
            return self._status
        # Checked before reading: a worker that exited has already flushed its last message.
        alive = self._process.is_alive()
        status = replace(self._status, seconds=time.monotonic() - self._started)
        while True:
            try:
                message = self._messages.get_nowait()
            except queue.Empty:
                break
            if message[0] == "read":
                status = replace(status, read=message[1])
            elif message[0] == "progress":
                status = replace(status, done=message[1], article_id=message[2])
            elif message[0] == "done":
                return self._finish(replace(status, state=DONE, done=status.total, extraction=message[1]))
            else:
                return self._finish(replace(status, state=FAILED, message=(
                    f"Extraction failed: {message[1]}. Nothing from this batch was added. Try again; if it fails "
                    "again, run `python -m extract` on the files to see the full error.")))
        if status.seconds > self.budget_seconds:
            where = f"with {status.done} of {status.total} article(s) done" if status.read else "while reading the files"
            return self._finish(replace(status, state=TIMED_OUT, message=(
                f"Extraction stopped after {self.budget_seconds:.0f} s, the dashboard's time limit, {where}; nothing "
                "from this batch was added. Upload fewer or smaller files at a time, or extract them with "
                "`python -m extract`, which has no time limit.")))
        if not alive:
            return self._finish(replace(status, state=FAILED, message=(
                f"The extraction process stopped unexpectedly (exit code {self._process.exitcode}, out of memory or "
                "killed); nothing from this batch was added. Try fewer or smaller files at a time.")))
        self._status = status
        return status

    def cancel(self) -> JobStatus:
        """Stop the worker now; nothing it extracted is kept."""
        if self._status.finished:
            return self._status
        return self._finish(replace(self._status, state=CANCELLED, seconds=time.monotonic() - self._started,
                                    message="Extraction cancelled; nothing from this batch was added."))
