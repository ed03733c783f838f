"""Are the store's tables out of date? Judged by content, never by modification times.

The manifest of a generation records a hash of every article (text and
metadata) and of the dictionary and lexicon folders the tables were made
from. The check compares those with what the data folder holds now. Article
hashes are kept per process by file name, size and modification time, so a
file is read again only when one of those changed: a fresh clone (every time
new) is read once, finds the same contents, and shows no notice.
"""
from __future__ import annotations

import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from extract.store import article_hash, folder_hash

ARTICLES_DIR = "articles"
SOURCES_FILE = "sources.csv"
# The folders besides the articles that the tables are made from, by manifest key.
INPUT_FOLDERS: dict[str, str] = {"dictionary": "dictionary", "lexicon": "lexicon"}
EXTRACT_HINT = "Re-create the tables with `make extract` (or `python -m extract`)."
NAMES_SHOWN = 5

FileKey = tuple[str, int, int]  # name, size, mtime_ns


@dataclass(frozen=True)
class Changes:
    """How the data folder differs from what the tables were made from."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()

    @property
    def none(self) -> bool:
        return not (self.added or self.removed or self.edited or self.folders)

    def notice(self, data_dir: Path) -> str | None:
        """One sentence for the user naming what changed, or None when nothing did."""
        if self.none:
            return None
        parts = [f"{label} {_names(ids)}" for label, ids in
                 (("added", self.added), ("removed", self.removed), ("edited", self.edited)) if ids]
        what = [f"articles {'; '.join(parts)}"] if parts else []
        what += [f"the {folder} was edited" for folder in self.folders]
        return (f"The tables in {data_dir} are out of date: {', and '.join(what)} since they were made. "
                f"What you see does not include those changes. {EXTRACT_HINT}")


def _names(ids: tuple[str, ...]) -> str:
    shown = ", ".join(ids[:NAMES_SHOWN])
    return f"{shown} and {len(ids) - NAMES_SHOWN} more" if len(ids) > NAMES_SHOWN else shown


class ArticleHashes:
    """article_id -> article_hash for the files of an articles folder, re-read only where a file changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listing: dict[FileKey, None] = {}
        # file name -> (article_id, hash), or (None, problem) for a file that could not be read
        self._files: dict[str, tuple[str | None, str]] = {}

    def hashes(self, folder: Path) -> tuple[dict[str, str], tuple[str, ...]]:
        """The hashes of the articles in `folder` (by article id) and the problems reading its files."""
        listing = _listing(folder)
        with self._lock:
            if listing != self._listing:
                from extract.corpus import SUPPORTED_SUFFIXES  # imported here: see load_corpus below

                changed = {name for name, _, _ in set(listing) ^ set(self._listing)}
                present = {name for name, _, _ in listing}
                if SOURCES_FILE in changed:
                    # sources.csv holds every article's metadata: all of them must be read again.
                    self._files = self._read(Path(folder), [Path(folder)])
                else:
                    kept = {n: v for n, v in self._files.items() if n in present and n not in changed}
                    paths = [Path(folder) / n for n in sorted(changed & present) if Path(n).suffix.lower() in SUPPORTED_SUFFIXES]
                    self._files = {**kept, **self._read(Path(folder), paths)}
                self._listing = listing
            files = list(self._files.values())
        return {a: h for a, h in files if a is not None}, tuple(h for a, h in files if a is None)

    @staticmethod
    def _read(folder: Path, paths: list[Path]) -> dict[str, tuple[str | None, str]]:
        if not paths:
            return {}
        corpus = load_corpus(paths)
        read: dict[str, tuple[str | None, str]] = {Path(a.path).name: (a.article_id, article_hash(a)) for a in corpus.articles}
        read.update({p.name: (None, str(p)) for p in corpus.problems if (folder / p.name).exists()})
        return read


def load_corpus(paths: list[Path]):
    """extract.corpus.load_corpus, imported when there are files to read: extract.corpus imports the web-page
    reader (trafilatura), which a store without an articles folder, or with unchanged files, never needs."""
    from extract.corpus import load_corpus as load

    return load(paths)


def _listing(folder: Path) -> dict[FileKey, None]:
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return {}
    keys = []
    for entry in entries:
        if entry.is_file():
            stat = entry.stat()
            keys.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return dict.fromkeys(sorted(keys))


def compare(manifest: Mapping[str, object], articles: Mapping[str, str], folders: Mapping[str, str]) -> Changes:
    """What differs between a manifest and the current article hashes and folder hashes."""
    recorded = dict(manifest.get("articles", {}))
    changed_folders = [key for key, digest in folders.items() if manifest.get(key) != digest]
    # The usual case, checked again every FRESHNESS_TTL seconds: one dict comparison instead of three set passes
    # over 100,000 ids.
    if articles == recorded:
        return Changes((), (), (), tuple(changed_folders))
    added = sorted(set(articles) - set(recorded))
    removed = sorted(set(recorded) - set(articles))
    edited = sorted(a for a in set(articles) & set(recorded) if articles[a] != recorded[a])
    return Changes(tuple(added), tuple(removed), tuple(edited), tuple(changed_folders))


def input_folder_hashes(data_dir: Path) -> dict[str, str]:
    """folder_hash of the dictionary and lexicon in `data_dir`; a folder that is not there is not compared."""
    return {key: folder_hash(Path(data_dir) / name) for key, name in INPUT_FOLDERS.items() if (Path(data_dir) / name).is_dir()}


def check(data_dir: Path, manifest: Mapping[str, object], hashes: ArticleHashes) -> tuple[Changes, tuple[str, ...]]:
    """Changes between the data folder and the manifest, and the article files that could not be read.

    A data folder without an articles folder (a store copied on its own, the
    benchmark's) has nothing to compare the articles with, and is not judged on them.
    """
    folder = Path(data_dir) / ARTICLES_DIR
    if not folder.is_dir():
        return compare(manifest, dict(manifest.get("articles", {})), input_folder_hashes(data_dir)), ()
    current, problems = hashes.hashes(folder)
    return compare(manifest, current, input_folder_hashes(data_dir)), problems


class Watch:
    """Runs a check (`run`, returning notices) in a background thread, at most once every `ttl` seconds.

    Reading every article file of a large folder takes long; a page waits at most
    `wait` seconds for a check and otherwise shows the last result (None before the first).
    """

    def __init__(self, run: Callable[[], tuple[str, ...]], ttl: float) -> None:
        self._run = run
        self._ttl = ttl
        self._lock = threading.Lock()
        self._pending: Future | None = None
        self._started = -ttl
        self._last: tuple[str, ...] | None = None

    def notices(self, wait: float) -> tuple[str, ...] | None:
        """The notices of the latest finished check; None when none has finished yet."""
        with self._lock:
            if self._pending is None and time.monotonic() - self._started >= self._ttl:
                self._started = time.monotonic()
                self._pending = _checks.submit(self._run)
            pending = self._pending
        if pending is not None:
            try:
                found = pending.result(timeout=wait)
            except TimeoutError:
                return self._last
            with self._lock:
                self._last = found
                if self._pending is pending:
                    self._pending = None
        return self._last


_checks = ThreadPoolExecutor(max_workers=1, thread_name_prefix="freshness")
