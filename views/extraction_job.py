"""Uploaded articles extracted in a worker process, so that parsing never holds up the server.

Streamlit runs every session's script in the server process; parsing a large
or pathological upload there would stall every other session's page. A job
runs extract_corpus in its own process, sends progress and the tables back
through a queue, and is stopped when it runs past its time budget, when the
user cancels, or when the job object is dropped (the session ended). The
worker also watches its parent and its own clock, so it never outlives the
server or the budget even if no page polls it again.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
import weakref
from dataclasses import dataclass, replace
from multiprocessing.process import BaseProcess
from typing import Sequence

from extract.pipeline import CorpusExtraction, extract_corpus
from extract.schema import Article

# A batch of articles at the 1,000,000-character limit parses in well under a minute; the budget
# stops inputs that are pathological for the parser, not ordinary large uploads.
TIME_BUDGET_SECONDS = 300.0
# The worker's own deadline comes later than the page's, so the page normally reports the overrun.
WORKER_GRACE_SECONDS = 30.0
STOP_SECONDS = 5.0

RUNNING = "running"
DONE = "done"
FAILED = "failed"
TIMED_OUT = "timed out"
CANCELLED = "cancelled"


@dataclass(frozen=True)
class JobStatus:
    """Where a job is: its state, progress, and the tables (DONE) or a message for the user."""

    state: str
    total: int
    done: int = 0
    article_id: str = ""
    seconds: float = 0.0
    extraction: CorpusExtraction | None = None
    message: str = ""

    @property
    def finished(self) -> bool:
        return self.state != RUNNING

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def text(self) -> str:
        """One line for the progress bar."""
        if self.done == 0:
            return f"Loading the language model and reading the first article… ({self.seconds:.0f} s)"
        return f"Extracted {self.done} of {self.total}: {self.article_id} ({self.seconds:.0f} s)"


def _watch(parent: int, deadline: float) -> None:
    """End this worker when the server that started it is gone or the budget is long past."""
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.5)
    os._exit(1)


def _work(articles: tuple[Article, ...], messages: multiprocessing.Queue, parent: int, budget: float) -> None:
    threading.Thread(target=_watch, args=(parent, time.monotonic() + budget + WORKER_GRACE_SECONDS), daemon=True).start()
    try:
        extraction = extract_corpus(list(articles), progress=lambda done, total, article_id: messages.put(
            ("progress", done, article_id)))
    except Exception as error:  # anything the extractor did not turn into a per-article problem
        messages.put(("failed", f"{type(error).__name__}: {error}"))
    else:
        messages.put(("done", extraction))


def _stop(process: BaseProcess) -> None:
    if process.is_alive():
        process.terminate()
        process.join(STOP_SECONDS)
    if process.is_alive():
        process.kill()
        process.join(STOP_SECONDS)


class ExtractionJob:
    """extract_corpus(articles) in a worker process; `poll()` from the page to follow it."""

    def __init__(self, articles: Sequence[Article], *, budget_seconds: float = TIME_BUDGET_SECONDS) -> None:
        self.articles = tuple(articles)
        self.budget_seconds = budget_seconds
        # spawn, not fork: forking the Streamlit server, which runs threads, can deadlock.
        context = multiprocessing.get_context("spawn")
        self._messages = context.Queue()
        self._process = context.Process(target=_work, args=(self.articles, self._messages, os.getpid(), budget_seconds),
                                        name="upload-extraction", daemon=True)
        self._started = time.monotonic()
        self._process.start()
        self._status = JobStatus(RUNNING, total=len(self.articles))
        # When the session ends and drops this job, the worker goes with it.
        self._finalizer = weakref.finalize(self, _stop, self._process)

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
        # Checked before reading: a worker that exited has already flushed its last message.
        alive = self._process.is_alive()
        status = replace(self._status, seconds=time.monotonic() - self._started)
        while True:
            try:
                message = self._messages.get_nowait()
            except queue.Empty:
                break
            if message[0] == "progress":
                status = replace(status, done=message[1], article_id=message[2])
            elif message[0] == "done":
                return self._finish(replace(status, state=DONE, done=status.total, extraction=message[1]))
            else:
                return self._finish(replace(status, state=FAILED, message=(
                    f"Extraction failed: {message[1]}. Nothing from this batch was added. Try again; if it fails "
                    "again, run `python -m extract` on the files to see the full error.")))
        if status.seconds > self.budget_seconds:
            return self._finish(replace(status, state=TIMED_OUT, message=(
                f"Extraction stopped after {self.budget_seconds:.0f} s, the dashboard's time limit, with {status.done} "
                f"of {status.total} article(s) done; nothing from this batch was added. Upload fewer or smaller files "
                "at a time, or extract them with `python -m extract`, which has no time limit.")))
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
