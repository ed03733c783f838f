"""Writing tables: atomic CSV files for programs, neutralized CSV for spreadsheets.

`data/*.csv` written by the CLI stay raw (exact evidence text, for programs).
CSVs offered for download to open in Excel or LibreOffice go through
`neutralize_formulas`, following OWASP's CSV-injection guidance.
"""
from __future__ import annotations

import csv
import os
import secrets
from pathlib import Path
from typing import IO, Callable, Iterable, Protocol

import pandas as pd

from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS
from extract.store import iter_parts

# A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralize_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of `table` whose text cells cannot start a spreadsheet formula.

    Numeric columns are left as numbers: only strings can carry a formula.
    """
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralize_cell)
    return safe


def spreadsheet_csv(table: pd.DataFrame) -> bytes:
    """CSV bytes for a download button: neutralized, UTF-8 with a BOM so Excel
    detects the encoding of names like Çavuşoğlu."""
    # Quote every text cell: a bare carriage return inside a cell would otherwise
    # split the row in spreadsheet programs.
    return neutralize_formulas(table).to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode("utf-8-sig")


def _write_temp(path: Path, write: Callable[[IO[str]], None]) -> Path:
    """Call `write` on a new temporary file beside `path` and return its name; on failure nothing is left."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any new file (mkstemp would force 0600).
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "w", encoding="utf-8", newline="") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _write_atomic(path: Path, write: Callable[[IO[str]], None]) -> None:
    """A crash leaves the old file or the new one."""
    tmp = _write_temp(path, write)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old file or the new one."""
    _write_atomic(path, lambda handle: handle.write(text))


def _csv_writer(chunks: Iterable[pd.DataFrame], columns: list[str]) -> Callable[[IO[str]], None]:
    """Writes the rows of `chunks`, in order, as one raw UTF-8 CSV, holding one chunk at a time."""

    def write(handle: IO[str]) -> None:
        handle.write(pd.DataFrame(columns=columns).to_csv(index=False))
        for chunk in chunks:
            chunk[columns].to_csv(handle, index=False, header=False)

    return write


def remove_temp_files(out_dir: Path) -> list[Path]:
    """Remove the temporary files a crashed writer of OUTPUT_FILES left in `out_dir`."""
    removed = []
    for filename in OUTPUT_FILES:
        for path in Path(out_dir).glob(f".{filename}.*.tmp"):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def write_csv_atomic(table: pd.DataFrame, path: Path) -> None:
    """Write a table as raw UTF-8 CSV, atomically."""
    _write_atomic(Path(path), lambda handle: table.to_csv(handle, index=False))


class Tables(Protocol):
    """What extraction produces (extract.pipeline.CorpusExtraction), named here
    so that writing tables does not import spaCy."""

    relations: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame


# File name -> (attribute of the result, its columns from extract.schema).
OUTPUT_FILES: dict[str, tuple[str, list[str]]] = {
    "relations.csv": ("relations", RELATION_COLUMNS),
    "actors.csv": ("actors", ACTOR_COLUMNS),
    "mentions.csv": ("mentions", MENTION_COLUMNS),
}


def write_outputs(result: Tables, out_dir: Path) -> dict[str, Path]:
    """Write relations.csv, actors.csv and mentions.csv into `out_dir`, raw
    (exact text, for programs), each atomically, with the columns of extract.schema.

    Returns the path of each file by table name ("relations", "actors", "mentions").
    """
    out_dir = Path(out_dir)
    tables: dict[str, tuple[pd.DataFrame, Path]] = {}
    # Every table is checked before any file is replaced, so the three files stay a matching set.
    for filename, (name, columns) in OUTPUT_FILES.items():
        table: pd.DataFrame = getattr(result, name)
        missing = [column for column in columns if column not in table.columns]
        if missing:
            raise ValueError(f"{filename}: the {name} table lacks the columns {missing}; expected {columns}.")
        tables[name] = (table[columns], out_dir / filename)
    for table, path in tables.values():
        write_csv_atomic(table, path)
    return {name: path for name, (_, path) in tables.items()}


Staged = dict[str, tuple[Path, Path]]


def stage_outputs_from_store(generation: Path, out_dir: Path) -> Staged:
    """Write relations.csv, actors.csv and mentions.csv of a store generation, part by part, to temporary files
    beside their places in `out_dir`: (temporary file, place) by table name. On failure (disk full) none is left.

    Staged before the generation is made current, so that a failure leaves the old generation and the old CSVs.
    """
    staged: Staged = {}
    try:
        for filename, (name, columns) in OUTPUT_FILES.items():
            path = Path(out_dir) / filename
            staged[name] = (_write_temp(path, _csv_writer(iter_parts(generation, name), columns)), path)
    except BaseException:
        discard_staged(staged)
        raise
    return staged


def install_staged(staged: Staged) -> dict[str, Path]:
    """Move staged CSVs to their places (renames, one after the other at once); their paths by table name."""
    try:
        for tmp, path in staged.values():
            os.replace(tmp, path)
    finally:
        discard_staged(staged)
    return {name: path for name, (_, path) in staged.items()}


def discard_staged(staged: Staged) -> None:
    for tmp, _ in staged.values():
        tmp.unlink(missing_ok=True)


def write_outputs_from_store(generation: Path, out_dir: Path) -> dict[str, Path]:
    """Write relations.csv, actors.csv and mentions.csv into `out_dir` from a store generation, part by part.

    All three are written in full before any replaces the old file, so a crash
    while writing leaves the old set (and no temporary file); the renames follow
    one another at once.
    """
    return install_staged(stage_outputs_from_store(generation, out_dir))
