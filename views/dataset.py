"""The data the dashboard shows: articles and the three extracted tables, read from a data folder.

Layout of a data folder (the repo's `data/`, or $LIBYA_DASHBOARD_DATA):
articles/*.txt + articles/sources.csv, relations.csv, actors.csv, mentions.csv,
and the dictionary/ and lexicon/ the tables were extracted with.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Iterable

import pandas as pd

from extract.corpus import load_corpus
from extract.export import OUTPUT_FILES
from extract.schema import Article

# Article metadata shown in tables; the text itself is kept apart in Dataset.texts.
ARTICLE_COLUMNS: list[str] = [f.name for f in fields(Article) if f.name not in ("text", "path")]

# The files `python -m extract` writes (extract.export), by table name.
TABLE_FILES: dict[str, str] = {name: file for file, (name, _) in OUTPUT_FILES.items()}
TABLE_COLUMNS: dict[str, list[str]] = {name: columns for name, columns in OUTPUT_FILES.values()}
NUMERIC_COLUMNS: dict[str, dict[str, str]] = {
    "relations": {"start": "int64", "end": "int64", "confidence": "float64"},
    "actors": {"mentions": "int64", "articles": "int64"},
    "mentions": {"start": "int64", "end": "int64"},
}
# Inputs whose change makes the tables out of date.
SOURCE_FOLDERS: tuple[str, ...] = ("articles", "dictionary", "lexicon")

EXTRACT_HINT = "Re-create the tables with `make extract` (or `python -m extract`)."


class DataError(Exception):
    """A data file the dashboard cannot use; the message names the file and the fix."""


def unreadable(error: OSError) -> DataError:
    """The notice for a file or folder of the data folder that cannot be read (permissions, a disk error)."""
    return DataError(
        f"{error.filename or 'The data folder'}: cannot be read ({error.strerror or error}). Give the user running the "
        "dashboard read access to it (for example `chmod -R a+rX` on the data folder), then reload the page."
    )


@dataclass(frozen=True)
class Dataset:
    """Everything the pages show: the three tables, article metadata and texts (by article_id)."""

    relations: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    articles: pd.DataFrame
    texts: dict[str, str]
    # Messages for the user: unreadable files, out-of-date tables.
    notices: tuple[str, ...] = ()
    missing_tables: tuple[str, ...] = ()
    # Identifies this content (files' fingerprint, plus uploads): the key for caching what is derived from it.
    token: str = ""

    def with_tables(self, relations: pd.DataFrame, mentions: pd.DataFrame, actors: pd.DataFrame) -> "Dataset":
        return replace(self, relations=relations, mentions=mentions, actors=actors, missing_tables=())

    def with_notice(self, notice: str) -> "Dataset":
        return replace(self, notices=(*self.notices, notice))

    def article_list(self) -> list[Article]:
        return [Article(text=self.texts[row["article_id"]], **row) for row in self.articles.to_dict("records")]


def empty_table(name: str) -> pd.DataFrame:
    """A table with the right columns and dtypes and no rows."""
    table = pd.DataFrame({column: pd.Series(dtype="str") for column in TABLE_COLUMNS[name]})
    return table.astype(NUMERIC_COLUMNS[name])


def read_table(path: Path, name: str) -> pd.DataFrame:
    """Read one extracted table, check its columns and number columns."""
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise DataError(f"{path}: not a readable CSV table ({error}). {EXTRACT_HINT}") from error
    except OSError as error:
        raise unreadable(error) from error
    missing = [column for column in TABLE_COLUMNS[name] if column not in table.columns]
    if missing:
        raise DataError(f"{path}: missing column(s) {', '.join(missing)}. {EXTRACT_HINT}")
    table = table[TABLE_COLUMNS[name]]
    for column, dtype in NUMERIC_COLUMNS[name].items():
        numbers = pd.to_numeric(table[column], errors="coerce")
        bad = numbers.isna()
        if bad.any():
            row = int(bad.to_numpy().nonzero()[0][0]) + 2  # +1 header, +1 counting from 1
            raise DataError(f"{path}, line {row}: {column} is {table[column][bad].iloc[0]!r}, not a number. {EXTRACT_HINT}")
        table[column] = numbers.astype(dtype)
    return table


def articles_table(articles: Iterable[Article]) -> pd.DataFrame:
    return pd.DataFrame([{c: getattr(a, c) for c in ARTICLE_COLUMNS} for a in articles], columns=ARTICLE_COLUMNS, dtype="str")


def fingerprint(paths: Iterable[Path]) -> str:
    """A short hash of the names, sizes and modification times of every file under `paths`.

    The dashboard's cache is keyed by it, so editing an article, a table or the
    dictionary shows up on the next rerun without hashing file contents
    (os.scandir: 10,000 articles take a few hundredths of a second).
    """
    digest = hashlib.sha1()

    def visit(path: str) -> None:
        try:
            entries = sorted(os.scandir(path), key=lambda entry: entry.name)
        except NotADirectoryError:
            stat = os.stat(path)
            digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}\n".encode())
            return
        except FileNotFoundError:
            digest.update(f"{path}:absent\n".encode())
            return
        for entry in entries:
            if entry.is_dir():
                visit(entry.path)
            else:
                stat = entry.stat()
                digest.update(f"{entry.path}:{stat.st_mtime_ns}:{stat.st_size}\n".encode())

    for root in paths:
        visit(str(root))
    return digest.hexdigest()[:16]


def watched_paths(folder: Path) -> list[Path]:
    return [folder / name for name in SOURCE_FOLDERS] + [folder / file for file in TABLE_FILES.values()]


def _newest(folder: Path) -> float:
    times = [p.stat().st_mtime for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
    return max(times, default=0.0)


def load_dataset(folder: Path) -> Dataset:
    """Articles and tables under `folder`. Missing tables come back empty and named in `missing_tables`."""
    corpus = load_corpus([folder / "articles"])
    articles = corpus.articles
    notices = [str(problem) for problem in corpus.problems]
    tables: dict[str, pd.DataFrame] = {}
    missing: list[str] = []
    for name, file in TABLE_FILES.items():
        path = folder / file
        if path.exists():
            tables[name] = read_table(path, name)
        else:
            tables[name] = empty_table(name)
            missing.append(name)
    present = [folder / file for name, file in TABLE_FILES.items() if name not in missing]
    if present:
        oldest_table = min(p.stat().st_mtime for p in present)
        changed = [name for name in SOURCE_FOLDERS if _newest(folder / name) > oldest_table]
        if changed:
            notices.append(
                f"The tables in {folder} are older than {' and '.join(changed)}: "
                f"what you see does not include those changes. {EXTRACT_HINT}"
            )
    return Dataset(
        relations=tables["relations"],
        mentions=tables["mentions"],
        actors=tables["actors"],
        articles=articles_table(articles),
        texts={a.article_id: a.text for a in articles},
        notices=tuple(notices),
        missing_tables=tuple(missing),
    )
