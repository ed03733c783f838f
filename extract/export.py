"""Writing tables: atomic CSV files for programs, neutralized CSV for spreadsheets.

`data/*.csv` written by the CLI stay raw (exact evidence text, for programs).
CSVs offered for download to open in Excel or LibreOffice go through
`neutralize_formulas`, following OWASP's CSV-injection guidance.
"""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Protocol

import pandas as pd

from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS

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


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old file or the new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def write_csv_atomic(table: pd.DataFrame, path: Path) -> None:
    """Write a table as raw UTF-8 CSV, atomically."""
    write_text_atomic(Path(path), table.to_csv(index=False))


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
