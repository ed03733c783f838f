"""The table store: one folder of Parquet files per table, written as a
generation and switched to in one step, so a reader never sees relations from
one run beside mentions from another.

Layout under a data folder (the CLI's --out):

    store/
      CURRENT                      one line: the folder name of the current generation
      gen-<stamp>-<random>/
        manifest.json              what these tables were made from (article hashes, dictionary, lexicon, code)
        articles/part-*.parquet    ARTICLE_STORE_COLUMNS (metadata and text)
        mentions/part-*.parquet    schema.MENTION_COLUMNS
        relations/part-*.parquet   schema.RELATION_COLUMNS
        actors/part-*.parquet      schema.ACTOR_COLUMNS

A table is always a folder, even when it holds one file, so that workers can
each write their own part and DuckDB reads them all with one glob.
"""
from __future__ import annotations

from pathlib import Path

from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS

STORE_DIR = "store"
CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
GENERATION_PREFIX = "gen-"

ARTICLE_STORE_COLUMNS: list[str] = ["article_id", "outlet", "date", "title", "author", "url", "notes", "text"]

# Table name -> its columns, in the order they are written.
STORE_TABLES: dict[str, list[str]] = {
    "articles": ARTICLE_STORE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "relations": RELATION_COLUMNS,
    "actors": ACTOR_COLUMNS,
}


def store_dir(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_DIR


def current_generation(data_dir: Path) -> Path | None:
    """The folder of the current generation, or None when no complete one exists."""
    pointer = store_dir(data_dir) / CURRENT_FILE
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not name.startswith(GENERATION_PREFIX) or "/" in name or "\\" in name:
        raise ValueError(f"{pointer}: names {name!r}, which is not a generation folder. Re-run `python -m extract`.")
    generation = store_dir(data_dir) / name
    return generation if generation.is_dir() else None


def table_dir(generation: Path, table: str) -> Path:
    if table not in STORE_TABLES:
        raise KeyError(f"no table {table!r} in the store; the tables are {', '.join(STORE_TABLES)}")
    return Path(generation) / table


def table_glob(generation: Path, table: str) -> str:
    """The path pattern DuckDB's read_parquet takes for every part of `table`."""
    return str(table_dir(generation, table) / "*.parquet")
