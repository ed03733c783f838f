"""The table store: one folder of Parquet files per table, written as a
generation and switched to in one step, so a reader never sees relations from
one run beside mentions from another.

Layout under a data folder (the CLI's --out):

    store/
      CURRENT                      one line: the folder name of the current generation
      gen-<stamp>-<random>/
        manifest.json              what these tables were made from (article hashes, dictionary, lexicon, code)
        articles/part-*.parquet    ARTICLE_STORE_COLUMNS (metadata and text)
        aggregates/*.parquet       small tables for the dashboard, computed on publish (extract.aggregates)
        mentions/part-*.parquet    schema.MENTION_COLUMNS
        relations/part-*.parquet   schema.RELATION_COLUMNS
        actors/part-*.parquet      schema.ACTOR_COLUMNS
      .lock                        held by the one process writing a generation

A table is always a folder, even when it holds one file, so that workers can
each write their own part and DuckDB reads them all with one glob. Part N
holds the rows of the Nth run of consecutive input articles, in input order,
so reading the parts in name order gives the rows in a fixed order.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import shutil
import time
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Mapping

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article

STORE_DIR = "store"
CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
GENERATION_PREFIX = "gen-"
LOCK_FILE = ".lock"
TEMP_SUFFIX = ".tmp"

ARTICLE_STORE_COLUMNS: list[str] = ["article_id", "outlet", "date", "title", "author", "url", "notes", "text"]

# Table name -> its columns, in the order they are written.
STORE_TABLES: dict[str, list[str]] = {
    "articles": ARTICLE_STORE_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "relations": RELATION_COLUMNS,
    "actors": ACTOR_COLUMNS,
}

_INTEGER_COLUMNS = frozenset({"start", "end", "mentions", "articles"})
_FLOAT_COLUMNS = frozenset({"confidence"})


def _arrow_type(column: str) -> pa.DataType:
    if column in _INTEGER_COLUMNS:
        return pa.int64()
    if column in _FLOAT_COLUMNS:
        return pa.float64()
    return pa.string()


# Fixed column types: a part with no rows must still read as the same table as the others.
STORE_SCHEMAS: dict[str, pa.Schema] = {
    table: pa.schema([(column, _arrow_type(column)) for column in columns]) for table, columns in STORE_TABLES.items()
}


class StoreBusy(RuntimeError):
    """Another process is writing a generation into the same store."""


class DanglingCurrent(ValueError):
    """store/CURRENT names a generation folder that does not exist. Nothing is deleted because of it:
    `repair_current` points it at the newest complete generation."""

    # what is wrong with the name CURRENT holds ({parent}: the store folder)
    problem = "which does not exist in {parent}"

    def __init__(self, pointer: Path, name: str, complete: list[Path]) -> None:
        self.pointer, self.name, self.complete = pointer, name, complete
        found = (f"the newest complete one is {complete[0].name} ({len(complete)} complete in all)" if complete
                 else "no complete generation is there")
        super().__init__(
            f"{pointer}: names {name!r}, {self.problem.format(parent=pointer.parent)}; {found}. Nothing was deleted. "
            "Write the name of the generation to use into CURRENT, or re-run `python -m extract`, which points it at "
            "the newest complete generation (or extracts again when there is none).")


class MalformedCurrent(DanglingCurrent):
    """store/CURRENT holds something that is not a generation's name (a path, or a merge's conflict
    markers): handled as a dangling pointer, so a build repairs it instead of failing on it."""

    problem = "which is not a generation folder"


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
        raise MalformedCurrent(pointer, name, complete_generations(data_dir))
    generation = store_dir(data_dir) / name
    if not generation.is_dir():
        # Not "no store": treating it so re-extracted and published, deleting the intact generations.
        raise DanglingCurrent(pointer, name, complete_generations(data_dir))
    return generation


def is_complete(generation: Path) -> bool:
    """Every table folder and the manifest (written last, before publishing) are there."""
    return (Path(generation) / MANIFEST_FILE).is_file() and all(table_dir(generation, t).is_dir() for t in STORE_TABLES)


def complete_generations(data_dir: Path) -> list[Path]:
    """The complete generation folders of the store, newest first (their names begin with the time they were made)."""
    folders = store_dir(data_dir).glob(f"{GENERATION_PREFIX}*")
    return sorted((g for g in folders if g.is_dir() and is_complete(g)), key=lambda g: g.name, reverse=True)


def repair_current(data_dir: Path) -> str | None:
    """When CURRENT names a missing generation, point it at the newest complete one (or, with none, remove it)
    and say what was done; None when CURRENT is fine. Deletes no generation. Call it under `writer_lock`."""
    try:
        current_generation(data_dir)
        return None
    except DanglingCurrent as dangling:
        if dangling.complete:
            switch_current(data_dir, dangling.complete[0])
            return (f"{dangling.pointer} named {dangling.name!r}, which does not exist; it now names "
                    f"{dangling.complete[0].name}, the newest complete generation. No generation was deleted"
                    + (f"; the store also holds {', '.join(g.name for g in dangling.complete[1:])}: write one of "
                       "these names into CURRENT to use it instead." if len(dangling.complete) > 1 else "."))
        dangling.pointer.unlink()
        return (f"{dangling.pointer} named {dangling.name!r}, which does not exist, and the store holds no complete "
                "generation; the pointer was removed, so the tables are extracted again.")


def table_dir(generation: Path, table: str) -> Path:
    if table not in STORE_TABLES:
        raise KeyError(f"no table {table!r} in the store; the tables are {', '.join(STORE_TABLES)}")
    return Path(generation) / table


def table_glob(generation: Path, table: str) -> str:
    """The path pattern DuckDB's read_parquet takes for every part of `table`."""
    return str(table_dir(generation, table) / "*.parquet")


def article_hash(article: Article) -> str:
    """sha256 of an article's text and the metadata its rows are built from (not where its file lies)."""
    keyed = {f.name: getattr(article, f.name) for f in fields(Article) if f.name != "path"}
    return hashlib.sha256(json.dumps(keyed, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def folder_hash(folder: Path) -> str:
    """sha256 over the names and bytes of every file under `folder` (the dictionary, the lexicon)."""
    digest = hashlib.sha256()
    root = Path(folder)
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def new_generation(data_dir: Path) -> Path:
    """A fresh, empty generation folder with one empty folder per table; not current until `publish`."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    generation = store_dir(data_dir) / f"{GENERATION_PREFIX}{stamp}-{secrets.token_hex(4)}"
    for table in STORE_TABLES:
        table_dir(generation, table).mkdir(parents=True)
    return generation


def part_name(part: int) -> str:
    return f"part-{part:05d}.parquet"


def write_part(generation: Path, table: str, frame: pd.DataFrame, part: int) -> Path:
    """Write rows of `table` as one Parquet part; a crash leaves no half-written part under its name."""
    columns = STORE_TABLES[table]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"the {table} table lacks the columns {missing}; expected {columns}")
    path = table_dir(generation, table) / part_name(part)
    # A unique temporary name: a retried partition may write the same part while a lost worker still does.
    tmp = _temp_path(path)
    try:
        pq.write_table(pa.Table.from_pandas(frame[columns], schema=STORE_SCHEMAS[table], preserve_index=False), tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def part_paths(generation: Path, table: str) -> list[Path]:
    """Every part of `table`, in part order (the order of the input articles)."""
    return sorted(table_dir(generation, table).glob("part-*.parquet"))


def iter_parts(generation: Path, table: str) -> Iterator[pd.DataFrame]:
    """The rows of `table`, one part at a time, in part order."""
    for path in part_paths(generation, table):
        yield pq.read_table(path, schema=STORE_SCHEMAS[table]).to_pandas()


def read_table(generation: Path, table: str) -> pd.DataFrame:
    """A whole table (small ones, and tests): its parts concatenated in part order."""
    parts = [pq.read_table(path, schema=STORE_SCHEMAS[table]) for path in part_paths(generation, table)]
    return pa.concat_tables(parts or [STORE_SCHEMAS[table].empty_table()]).to_pandas()


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def write_manifest(generation: Path, manifest: Mapping[str, object]) -> None:
    path = Path(generation) / MANIFEST_FILE
    tmp = _temp_path(path)
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def read_manifest(generation: Path) -> dict:
    return json.loads((Path(generation) / MANIFEST_FILE).read_text(encoding="utf-8"))


def switch_current(data_dir: Path, generation: Path) -> None:
    """Compute the generation's aggregates (extract.aggregates) unless it has them, then make it current in
    one step (one rename), keeping the other generations (`remove_superseded` removes them once everything
    else succeeded); a failure (disk full) leaves CURRENT as it was."""
    # Imported here: extract.aggregates reads the store's layout from this module.
    from extract.aggregates import has_aggregates, write_aggregates

    if not has_aggregates(generation):
        write_aggregates(generation)
    pointer = store_dir(data_dir) / CURRENT_FILE
    tmp = _temp_path(pointer)
    try:
        tmp.write_text(Path(generation).name + "\n", encoding="utf-8")
        os.replace(tmp, pointer)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_superseded(data_dir: Path, generation: Path) -> None:
    """Remove every generation but `generation` (the current one)."""
    for old in store_dir(data_dir).glob(f"{GENERATION_PREFIX}*"):
        if old.is_dir() and old.name != Path(generation).name:
            shutil.rmtree(old, ignore_errors=True)


def publish(data_dir: Path, generation: Path) -> None:
    """Make `generation` current in one step (one rename), then remove the generations before it."""
    switch_current(data_dir, generation)
    remove_superseded(data_dir, generation)


def write_store(data_dir: Path, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, object]) -> Path:
    """Write every table as one part, the manifest, and publish: the whole set, or (on a crash) none of it."""
    generation = new_generation(data_dir)
    try:
        for table in STORE_TABLES:
            write_part(generation, table, tables[table], 0)
        write_manifest(generation, manifest)
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    publish(data_dir, generation)
    return generation


@contextmanager
def writer_lock(data_dir: Path, wait_seconds: float) -> Iterator[None]:
    """Hold the store's writer lock; wait up to `wait_seconds` for another writer, then raise StoreBusy.

    An flock: the kernel releases it when its holder exits, even on kill -9,
    so a crashed run never leaves the store locked.
    """
    folder = store_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"{folder}: another `python -m extract` is writing tables here (it holds {folder / LOCK_FILE}); "
                        f"waited {wait_seconds:g} s. Let it finish and run again, or write to another --out folder."
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(handle)


def remove_leftovers(data_dir: Path) -> list[Path]:
    """Remove what crashed writers left: temporary files and generations never published.

    Only safe under `writer_lock`: a generation being written looks the same as an abandoned one.
    """
    folder = store_dir(data_dir)
    current = current_generation(data_dir)
    removed: list[Path] = []
    for path in folder.glob(f".*{TEMP_SUFFIX}"):
        path.unlink(missing_ok=True)
        removed.append(path)
    for path in folder.glob(f"{GENERATION_PREFIX}*"):
        if path.is_dir() and path != current:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    if current is not None:
        for path in current.rglob(f".*{TEMP_SUFFIX}"):
            # Folders too: the aggregates are written into a temporary folder first.
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed
