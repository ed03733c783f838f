"""A person's verdicts on relation edges, kept beside the extracted tables.

One review is one row of `reviews.csv` in the data folder: a plain CSV a person can
diff and share. A review names an edge at one evidence sentence (by its offsets);
a later review of the same edge replaces the earlier one. Reviews are never dropped
when the extractor changes: those that no longer match are listed as orphans.
"""
from __future__ import annotations

import csv
import fcntl
import io
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Mapping

import pandas as pd

from extract.export import write_text_atomic
from extract.schema import RELATION_COLUMNS, RELATION_TYPES, pair_key

REVIEWS_FILE = "reviews.csv"
REVIEW_COLUMNS: list[str] = [
    "article_id", "start", "end", "actor1", "actor2", "relation", "verdict", "reason", "reviewer", "reviewed_at",
]
# added = an edge the extractor missed, at a sentence given by its offsets.
VERDICTS: tuple[str, ...] = ("confirmed", "rejected", "added")
REVIEW_RULE = "review"
LOCK_SUFFIX = ".lock"

Key = tuple[str, int, int, str, str, str]
Texts = Mapping[str, str] | Callable[[str], str | None]


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


def _text_getter(texts: Texts) -> Callable[[str], str | None]:
    return texts.get if isinstance(texts, Mapping) else texts


def _sentence_exists(text: str | None, start: int, end: int) -> bool:
    return text is not None and end <= len(text) and text[start:end].strip() != ""


def _added_rows(added: pd.DataFrame, relations: pd.DataFrame, texts: Texts) -> pd.DataFrame:
    text_of = _text_getter(texts)
    article_meta = relations.drop_duplicates("article_id").set_index("article_id")[["source", "date"]]
    rows = []
    for review in added.itertuples(index=False):
        text = text_of(review.article_id)
        if not _sentence_exists(text, review.start, review.end):
            continue  # an orphan: listed by orphaned_reviews, never shown as an edge
        source, date = article_meta.loc[review.article_id] if review.article_id in article_meta.index else ("", "")
        rows.append({
            "article_id": review.article_id, "source": source, "date": date, "actor1": review.actor1,
            "actor2": review.actor2, "relation": review.relation, "evidence": text[review.start:review.end],
            "start": review.start, "end": review.end, "confidence": 1.0, "speaker": "", "cue": "",
            "rule": REVIEW_RULE, "review": "added",
        })
    return pd.DataFrame(rows, columns=[*RELATION_COLUMNS, "review"])


def apply_reviews(
    relations: pd.DataFrame,
    reviews: pd.DataFrame,
    *,
    texts: Texts | None = None,
    show_rejected: bool = False,
) -> pd.DataFrame:
    """The relations as reviewed: a `review` column, rejected rows dropped unless show_rejected,
    added edges appended with the article text at their offsets as evidence.

    `texts` (article id -> text, or a function giving it) is needed only when there are added reviews.
    """
    reviews = deduplicate(reviews)
    verdict_of = dict(zip(_keys(reviews), reviews["verdict"]))
    result = relations.copy()
    relation_keys = _keys(relations)
    result["review"] = [verdict_of.get(key, "") for key in relation_keys]
    if not show_rejected:
        result = result[result["review"] != "rejected"]
    extracted = set(relation_keys)
    new_edge = pd.Series([key not in extracted for key in _keys(reviews)], index=reviews.index, dtype=bool)
    missing = reviews[(reviews["verdict"] == "added") & new_edge]
    if missing.empty:
        return result.reset_index(drop=True)
    if texts is None:
        raise ValueError("apply_reviews: there are added reviews; pass texts= so their evidence can be read.")
    added = _added_rows(missing, relations, texts)
    return pd.concat([result, added], ignore_index=True) if not added.empty else result.reset_index(drop=True)


def orphaned_reviews(reviews: pd.DataFrame, relations: pd.DataFrame, texts: Texts) -> pd.DataFrame:
    """Reviews that no longer fit: their sentence is gone from the article text, or their confirmed or
    rejected edge is no longer extracted. They stay in the file; a `problem` column says why."""
    text_of = _text_getter(texts)
    extracted = set(_keys(relations))
    problems = []
    for review, key in zip(reviews.itertuples(index=False), _keys(reviews)):
        if not _sentence_exists(text_of(review.article_id), review.start, review.end):
            problems.append("sentence no longer in the article")
        elif review.verdict != "added" and key not in extracted:
            problems.append("edge no longer extracted")
        else:
            problems.append("")
    result = reviews.assign(problem=problems)
    return result[result["problem"] != ""].reset_index(drop=True)


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
