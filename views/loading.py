"""Opening the data folder's tables, once per process and generation, with their staleness notices.

`dataset()` is the store plus the articles uploaded in this session, with the
analyst's reviews applied. The store is
re-opened when its CURRENT generation changes; a folder without a store is
extracted on first use (views.firstrun).
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import partial
from pathlib import Path

import streamlit as st

from extract.reviews import ReviewError, load_reviews
from extract.store import DanglingCurrent, StoreBusy, current_generation, repair_current, writer_lock
from views.cached import start_mention_counts
from views.dataset import DataError, Dataset, empty_dataset, open_dataset, staleness_notices, unreadable
from views.datadir import data_dir
from views.freshness import ArticleHashes, Watch
from views.markup import md_text
from views.reviewing import reviews_path
from views.session import COMBINED_KEY, session_uploads
from views.store import Tables, with_reviews

# How long a staleness check stands before the article folder is listed again, and how long a page
# waits for a check before it shows the last result (seconds).
FRESHNESS_TTL = 10
FRESHNESS_WAIT = 1.0


@st.cache_resource(max_entries=4)
def _article_hashes(folder: str) -> ArticleHashes:
    return ArticleHashes()


# cache_resource: the dataset holds the process's DuckDB connection and is read-only.
@st.cache_resource(show_spinner="Opening the tables…", max_entries=4)
def _open(folder: str, generation: str) -> Dataset:
    return open_dataset(Path(folder))


@st.cache_resource(max_entries=4)
def _watch(folder: str, generation: str) -> Watch:
    snapshot = _open(folder, generation).tables.snapshot
    return Watch(partial(staleness_notices, Path(folder), snapshot, _article_hashes(folder)), ttl=FRESHNESS_TTL)


def _notices(folder: str, generation: str) -> tuple[str, ...]:
    found = _watch(folder, generation).notices(wait=FRESHNESS_WAIT)
    if found is None:
        return (f"Checking whether the tables in {folder} are up to date with its articles; "
                "the result shows on the next page you open.",)
    return found


@st.cache_resource(show_spinner="No table store yet: extracting the articles now (this is done once)…", max_entries=4)
def _first_run(folder: str) -> tuple[str, tuple[str, ...]]:
    from views.firstrun import extract_into_store

    run = extract_into_store(Path(folder))
    return (run.generation.name if run.generation else "", run.notices)


# A repair takes the writer lock: a CLI run may be publishing at that moment (seconds to wait for it).
REPAIR_LOCK_WAIT = 2.0

# What was said when CURRENT was repaired, by data folder and the generation it now names.
_repairs: dict[str, tuple[str, str]] = {}


def _repaired_generation(folder: Path, dangling: DanglingCurrent) -> Path | None:
    """Point CURRENT at the newest complete generation (deleting none) and remember the notice; the error,
    with every generation kept, when the folder cannot be written or another run holds it."""
    try:
        with writer_lock(folder, REPAIR_LOCK_WAIT):
            notice = repair_current(folder)
    except (OSError, StoreBusy) as error:
        raise DataError(f"{dangling} It could not be repaired here ({error}).") from error
    generation = current_generation(folder)
    if notice and generation is not None:
        _repairs[str(folder)] = (generation.name, notice)
    return generation


# Generations this process wrote on a first run, by data folder, with what to tell the user while they are current.
_first_runs: dict[str, tuple[str, tuple[str, ...]]] = {}


def bundled_dataset() -> Dataset:
    """The store of the data folder, re-opened when its CURRENT generation changes."""
    folder = data_dir()
    try:
        try:
            generation = current_generation(folder)
        except DanglingCurrent as dangling:
            generation = _repaired_generation(folder, dangling)
        if generation is None:
            _first_runs[str(folder)] = _first_run(str(folder))
            generation = current_generation(folder)
            if generation is None:
                return empty_dataset(_first_runs[str(folder)][1])
        written, first_notices = _first_runs.get(str(folder), ("", ()))
        data = _open(str(folder), generation.name)
        start_mention_counts(data)
        repaired, repair_notice = _repairs.get(str(folder), ("", ""))
        notices = (*((repair_notice,) if repaired == generation.name else ()),
                   *(first_notices if written == generation.name else ()), *_notices(str(folder), generation.name))
        return replace(data, notices=notices)
    except OSError as error:
        st.error(md_text(unreadable(error)))
        st.stop()
    except (DataError, ValueError) as error:
        st.error(md_text(error))
        st.stop()


# cache_resource: the tables hold the DuckDB connection; keyed by the dataset and the file's content.
@st.cache_resource(show_spinner=False, max_entries=8, hash_funcs={Dataset: lambda data: data.token})
def _reviewed_tables(data: Dataset, path: str, digest: str) -> Tables:
    return with_reviews(data.tables, load_reviews(Path(path)))


def reviewed(data: Dataset, folder: Path) -> Dataset:
    """`data` with the data folder's reviews applied; a file that cannot be read is a notice, and stays as it is."""
    path = reviews_path(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return data
    except OSError as error:
        return data.with_notice(f"{unreadable(error)} Until then the reviews in it are not applied.")
    digest = hashlib.sha256(raw).hexdigest()[:16]
    try:
        tables = _reviewed_tables(data, str(path), digest)
    except ReviewError as error:
        return data.with_notice(f"{error} Until it is fixed the reviews are not applied and no review can be saved.")
    return replace(data, tables=tables, token=f"{data.token}+reviews-{digest}", base_token=data.token)


def dataset() -> Dataset:
    """The store plus the articles uploaded in this session, with the data folder's reviews applied."""
    return reviewed(_with_uploads(bundled_dataset()), data_dir())


def _with_uploads(data: Dataset) -> Dataset:
    uploads = session_uploads()
    if uploads is None or uploads.saved:
        return data
    token = f"{data.token}+{uploads.upload_id}"
    combined: Dataset | None = st.session_state.get(COMBINED_KEY)
    if combined is None or combined.token != token:
        from views.upload import combine

        combined = replace(combine(data, uploads.articles, uploads.extraction), token=token)
        st.session_state[COMBINED_KEY] = combined
    return replace(combined, notices=data.notices)
