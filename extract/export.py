"""Writing tables: atomic CSV files for programs, neutralized CSV for spreadsheets.

`data/*.csv` written by the CLI stay raw (exact evidence text, for programs).
CSVs offered for download to open in Excel or LibreOffice go through
`neutralize_formulas`, following OWASP's CSV-injection guidance.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

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
    return neutralize_formulas(table).to_csv(index=False).encode("utf-8-sig")


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
