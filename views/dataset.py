"""The data the dashboard shows: the table store of a data folder (extract.store), read through DuckDB.

Layout of a data folder (the repo's `data/`, or $LIBYA_DASHBOARD_DATA):
store/ (CURRENT and the generation it names), articles/*.txt + articles/sources.csv,
and the dictionary/ and lexicon/ the tables were extracted with. Only the
actor table (a few hundred rows) is held in pandas; every other table is queried.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

import pandas as pd

from extract.export import OUTPUT_FILES
from extract.schema import ACTOR_COLUMNS, Article
from extract.store import ARTICLE_STORE_COLUMNS, STORE_TABLES, article_hash, write_store
from views.freshness import EXTRACT_HINT, ArticleHashes, check
from views.store import Snapshot, StoreError, Tables, memory_snapshot, open_snapshot

# The CSV tables `python -m extract` wrote before the store; no longer read.
LEGACY_FILES: tuple[str, ...] = tuple(OUTPUT_FILES)
NUMERIC_COLUMNS: dict[str, dict[str, str]] = {
    "relations": {"start": "int64", "end": "int64", "confidence": "float64"},
    "actors": {"mentions": "int64", "articles": "int64"},
    "mentions": {"start": "int64", "end": "int64"},
    "articles": {},
}


class DataError(Exception):
    """A data folder the dashboard cannot use; the message names the file and the fix."""


def unreadable(error: OSError) -> DataError:
    """The notice for a file or folder of the data folder that cannot be read (permissions, a disk error)."""
    return DataError(
        f"{error.filename or 'The data folder'}: cannot be read ({error.strerror or error}). Give the user running the "
        "dashboard read access to it (for example `chmod -R a+rX` on the data folder), then reload the page."
    )


@dataclass(frozen=True)
class Dataset:
    """What the pages show: the store's tables (queried), plus rows uploaded in this session."""

    tables: Tables
    actors: pd.DataFrame
    # Messages for the user: out-of-date tables, unreadable article files.
    notices: tuple[str, ...] = ()
    # Identifies this content (the generation, plus uploads, plus reviews): the key for caching what is derived from it.
    token: str = ""
    # The same without the reviews, for what they do not change (mention counts); "" means `token`.
    base_token: str = ""

    @property
    def mentions_token(self) -> str:
        return self.base_token or self.token

    def with_notice(self, notice: str) -> "Dataset":
        return replace(self, notices=(*self.notices, notice))

    def with_uploads(self, articles: Sequence[Article], relations: pd.DataFrame, mentions: pd.DataFrame,
                     actors: pd.DataFrame) -> "Dataset":
        """This dataset with articles extracted in the session added to every table."""
        uploads = {
            "articles": articles_frame(articles),
            "relations": relations,
            "mentions": mentions,
            "actors": actors[ACTOR_COLUMNS],
        }
        if self.tables.uploads is not None:
            uploads = {name: pd.concat([self.tables.uploads[name], uploads[name]], ignore_index=True) for name in uploads}
        return replace(self, tables=replace(self.tables, uploads=uploads), actors=merge_actors(self.actors, actors))


def empty_table(name: str) -> pd.DataFrame:
    """A table of the store with the right columns and dtypes and no rows."""
    table = pd.DataFrame({column: pd.Series(dtype="str") for column in STORE_TABLES[name]})
    return table.astype(NUMERIC_COLUMNS[name])


def empty_dataset(notices: Sequence[str]) -> Dataset:
    """Nothing to show, and why: every page runs and says so."""
    snapshot = memory_snapshot({name: empty_table(name) for name in STORE_TABLES}, name="empty")
    return Dataset(tables=Tables(snapshot), actors=empty_table("actors"), notices=tuple(notices), token="empty")


def articles_frame(articles: Sequence[Article]) -> pd.DataFrame:
    """Articles as rows of the store's articles table (metadata and text)."""
    return pd.DataFrame([{c: getattr(a, c) for c in ARTICLE_STORE_COLUMNS} for a in articles],
                        columns=ARTICLE_STORE_COLUMNS, dtype="str")


def merge_actors(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """One actor table for two corpora with different articles: names and aliases from whichever has them,
    mention and article counts added up."""
    both = pd.concat([first, second], ignore_index=True)
    counts = both.groupby("actor_id")[["mentions", "articles"]].sum()
    named = both.sort_values("name", key=lambda s: s.eq(""), kind="stable").drop_duplicates("actor_id")
    merged = named.drop(columns=["mentions", "articles"]).join(counts, on="actor_id")
    return merged.sort_values("actor_id", kind="stable")[ACTOR_COLUMNS].reset_index(drop=True)


def open_dataset(folder: Path) -> Dataset:
    """The store under `folder` (its notices come from `staleness_notices`, which can take long)."""
    try:
        snapshot = open_snapshot(folder)
        if snapshot is None:
            raise DataError(f"{folder} has no table store (store/CURRENT). {legacy_note(folder)}{EXTRACT_HINT}")
        tables = Tables(snapshot)
        actors = tables.table("actors")
    except StoreError as error:
        raise DataError(str(error)) from error
    except OSError as error:
        raise unreadable(error) from error
    return Dataset(tables=tables, actors=actors, token=snapshot.token)


def staleness_notices(folder: Path, snapshot: Snapshot, hashes: ArticleHashes) -> tuple[str, ...]:
    """What the user should know about the store against the folder's current inputs."""
    changes, problems = check(folder, snapshot.manifest, hashes)
    changed = changes.notice(Path(folder))
    return (*problems, *([changed] if changed else []))


def save_store(folder: Path, combined: Dataset, saved: Sequence[Path]) -> Path:
    """Write every table of `combined` (the store plus uploads) as a new generation of `folder`'s store.

    `saved` are the uploaded articles' files as written into the folder; the
    manifest records their hashes as read back from there, beside the base
    manifest's, so that the staleness check finds the saved tables up to date.
    """
    # Imported here: extract.corpus reads web pages (trafilatura), which a page that only shows the store never needs.
    from extract.corpus import load_corpus

    tables = {name: combined.tables.table(name) for name in STORE_TABLES if name != "actors"}
    tables["actors"] = combined.actors
    manifest = dict(combined.tables.snapshot.manifest)
    manifest["articles"] = {**manifest.get("articles", {}),
                            **{a.article_id: article_hash(a) for a in load_corpus(list(saved)).articles}}
    return write_store(Path(folder), tables, manifest)


def legacy_note(folder: Path) -> str:
    """A sentence when `folder` holds the CSV tables of an older version (which are not read), else ""."""
    legacy = [name for name in LEGACY_FILES if (Path(folder) / name).exists()]
    return f"Its {', '.join(legacy)} are from an older version and no longer read. " if legacy else ""
