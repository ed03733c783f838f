"""A person's verdicts on relation edges, kept beside the extracted tables.

One review is one row of `reviews.csv` in the data folder: a plain CSV a person can
diff and share. A review names an edge at one evidence sentence (by its offsets);
a later review of the same edge replaces the earlier one. Reviews are never dropped
when the extractor changes: those that no longer match are listed as orphans. The
dashboard applies them in its queries (views.store, views.reviewing).
"""
from __future__ import annotations

import csv
import fcntl
import io
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pandas as pd

from extract.export import write_text_atomic
from extract.schema import RELATION_TYPES, pair_key

REVIEWS_FILE = "reviews.csv"
REVIEW_COLUMNS: list[str] = [
    "article_id", "start", "end", "actor1", "actor2", "relation", "verdict", "reason", "reviewer", "reviewed_at",
]
# added = an edge the extractor missed, at a sentence given by its offsets.
VERDICTS: tuple[str, ...] = ("confirmed", "rejected", "added")
REVIEW_RULE = "review"
LOCK_SUFFIX = ".lock"

Key = tuple[str, int, int, str, str, str]


class ReviewError(ValueError):
    """A reviews file or a review that cannot be read; the message names the file and the line."""


def edge_key(article_id: str, start: int, end: int, actor1: str, actor2: str, relation: str) -> Key:
    """The key of an edge at one sentence; opposition and mediation pairs are unordered."""
    return (str(article_id), int(start), int(end), *pair_key(str(actor1), str(actor2), str(relation)))


def _keys(frame: pd.DataFrame) -> list[Key]:
    columns = ["article_id", "start", "end", "actor1", "actor2", "relation"]
    return [edge_key(*row) for row in frame[columns].itertuples(index=False, name=None)]


def empty_reviews() -> pd.DataFrame:
    frame = pd.DataFrame({column: pd.Series(dtype=str) for column in REVIEW_COLUMNS})
    return frame.astype({"start": int, "end": int})


def _check_row(where: str, row: dict[str, str]) -> dict[str, object]:
    try:
        start, end = int(row["start"]), int(row["end"])
    except ValueError:
        raise ReviewError(f"{where}: start and end must be whole numbers, got {row['start']!r} and {row['end']!r}.") from None
    if not 0 <= start < end:
        raise ReviewError(f"{where}: start {start} and end {end} do not give a stretch of text (need 0 <= start < end).")
    if row["verdict"] not in VERDICTS:
        raise ReviewError(f"{where}: verdict {row['verdict']!r} is not one of {', '.join(VERDICTS)}.")
    if row["relation"] not in RELATION_TYPES:
        raise ReviewError(f"{where}: relation {row['relation']!r} is not one of {', '.join(RELATION_TYPES)}.")
    for field in ("article_id", "actor1", "actor2"):
        if not row[field].strip():
            raise ReviewError(f"{where}: {field} is empty; every review names an article and two actors.")
    return {**row, "start": start, "end": end}


def _parse(text: str, path: Path) -> pd.DataFrame:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return empty_reviews()
    if header != REVIEW_COLUMNS:
        raise ReviewError(
            f"{path}:1: the header must be {','.join(REVIEW_COLUMNS)}, got {','.join(header)}. "
            "Fix the first line; the file was left as it is."
        )
    rows: list[dict[str, object]] = []
    line = reader.line_num
    for cells in reader:
        where = f"{path}:{line + 1}"
        line = reader.line_num
        if not cells:
            continue
        if len(cells) != len(REVIEW_COLUMNS):
            raise ReviewError(
                f"{where}: {len(cells)} fields, expected {len(REVIEW_COLUMNS)} ({','.join(REVIEW_COLUMNS)}). "
                "Fix or remove the line; the file was left as it is."
            )
        rows.append(_check_row(where, dict(zip(REVIEW_COLUMNS, cells))))
    if not rows:
        return empty_reviews()
    return deduplicate(pd.DataFrame(rows, columns=REVIEW_COLUMNS))


def load_reviews(path: Path) -> pd.DataFrame:
    """Read a reviews CSV; a missing file is an empty table, a malformed one a ReviewError naming the line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return empty_reviews()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReviewError(f"{path}: not UTF-8 text ({error}). Save the file as UTF-8; it was left as it is.") from error
    try:
        return _parse(text, path)
    except csv.Error as error:
        raise ReviewError(f"{path}: not a readable CSV ({error}). Fix the file; it was left as it is.") from error


def save_reviews(reviews: pd.DataFrame, path: Path) -> None:
    """Write reviews as UTF-8 CSV with a header, atomically: a failed write leaves the old file."""
    write_text_atomic(Path(path), reviews[REVIEW_COLUMNS].to_csv(index=False))


def deduplicate(reviews: pd.DataFrame) -> pd.DataFrame:
    """Keep the latest review of each edge (later rows win)."""
    if reviews.empty:
        return reviews.reset_index(drop=True)
    keep = ~pd.Series(_keys(reviews), index=reviews.index).duplicated(keep="last")
    return reviews[keep].reset_index(drop=True)


def record_review(
    reviews: pd.DataFrame,
    *,
    article_id: str,
    start: int,
    end: int,
    actor1: str,
    actor2: str,
    relation: str,
    verdict: str,
    reason: str = "",
    reviewer: str = "",
    reviewed_at: str | None = None,
) -> pd.DataFrame:
    """Reviews with one more, replacing an earlier review of the same edge; raises ReviewError on bad values."""
    row = {
        "article_id": article_id, "start": str(start), "end": str(end), "actor1": actor1, "actor2": actor2,
        "relation": relation, "verdict": verdict, "reason": reason, "reviewer": reviewer,
        "reviewed_at": reviewed_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    checked = pd.DataFrame([_check_row("review", row)], columns=REVIEW_COLUMNS)
    base = reviews if not reviews.empty else None
    return deduplicate(pd.concat([base, checked], ignore_index=True) if base is not None else checked)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an flock beside the reviews file, so that two sessions saving at once do not lose a review."""
    handle = os.open(path.with_name(path.name + LOCK_SUFFIX), os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def save_review(path: Path, **review: object) -> pd.DataFrame:
    """Add one review (record_review's fields) to the file at `path`, under a lock; returns the reviews now.

    A malformed file raises ReviewError and is left as it is.
    """
    path = Path(path)
    with _locked(path):
        reviews = record_review(load_reviews(path), **review)  # type: ignore[arg-type]
        save_reviews(reviews, path)
    return reviews


def remove_review(path: Path, key: Key) -> pd.DataFrame:
    """Drop the review of the edge `key` (edge_key) from the file at `path`, under a lock; returns the reviews now."""
    path = Path(path)
    with _locked(path):
        reviews = load_reviews(path)
        kept = reviews[[k != key for k in _keys(reviews)]] if not reviews.empty else reviews
        save_reviews(kept.reset_index(drop=True), path)
    return kept.reset_index(drop=True)
