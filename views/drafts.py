"""Drafts: uploaded articles and their extracted tables kept on disk until they are saved or discarded.

A reload starts a new browser session, which held the uploads only in memory:
without a draft they were gone, and reviews made on them no longer fitted. A
draft is a folder `drafts/<upload id>/` in the data folder holding
articles.json (each article's metadata and text) and one Parquet file per
extracted table. It is written into a temporary folder and renamed, so a draft
is either whole or absent; one that cannot be read is reported, not loaded.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import pandas as pd

from extract.schema import Article

if TYPE_CHECKING:
    # extract.pipeline imports spaCy (about half a second): every page imports this module, and only a page
    # with a draft to read needs the class.
    from extract.pipeline import CorpusExtraction

DRAFTS_DIR = "drafts"
ARTICLES_FILE = "articles.json"
TABLES = ("relations", "mentions", "actors")


class DraftError(Exception):
    """A draft that cannot be read; the message names its folder and what to do."""


@dataclass(frozen=True)
class Draft:
    upload_id: str
    articles: tuple[Article, ...]
    extraction: CorpusExtraction
    # When the draft was written (ISO, UTC).
    created: str


def drafts_dir(data_folder: Path) -> Path:
    return Path(data_folder) / DRAFTS_DIR


def _safe_id(upload_id: str) -> str:
    if not upload_id or not upload_id.isalnum():
        raise ValueError(f"a draft id is letters and digits, not {upload_id!r}")
    return upload_id


def save_draft(data_folder: Path, upload_id: str, articles: Sequence[Article], extraction: CorpusExtraction) -> Path:
    """Write the draft `upload_id` (replacing one of that id) and return its folder."""
    root = drafts_dir(data_folder)
    root.mkdir(parents=True, exist_ok=True)
    target = root / _safe_id(upload_id)
    staging = Path(tempfile.mkdtemp(prefix=".writing-", dir=root))
    try:
        record = {"created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  "problems": list(extraction.problems), "articles": [asdict(a) for a in articles]}
        (staging / ARTICLES_FILE).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        for name in TABLES:
            getattr(extraction, name).to_parquet(staging / f"{name}.parquet", index=False)
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def read_draft(folder: Path) -> Draft:
    """The draft in `folder`; raises DraftError when any part is missing or unreadable."""
    try:
        record = json.loads((folder / ARTICLES_FILE).read_text(encoding="utf-8"))
        articles = tuple(Article(**fields) for fields in record["articles"])
        tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DraftError(f"{folder}: this unsaved upload cannot be read ({error}). Delete the folder, then upload "
                         "the articles again.") from error
    from extract.pipeline import CorpusExtraction

    extraction = CorpusExtraction(problems=list(record.get("problems", [])), **tables)
    return Draft(upload_id=folder.name, articles=articles, extraction=extraction, created=str(record.get("created", "")))


def list_drafts(data_folder: Path) -> tuple[list[Draft], list[str]]:
    """Every readable draft, newest first, and a message per draft that cannot be read."""
    root = drafts_dir(data_folder)
    if not root.is_dir():
        return [], []
    drafts: list[Draft] = []
    problems: list[str] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        try:
            drafts.append(read_draft(folder))
        except DraftError as error:
            problems.append(str(error))
    drafts.sort(key=lambda d: (d.created, d.upload_id), reverse=True)
    return drafts, problems


def discard_draft(data_folder: Path, upload_id: str) -> None:
    """Remove the draft `upload_id` (nothing happens when there is none)."""
    shutil.rmtree(drafts_dir(data_folder) / _safe_id(upload_id), ignore_errors=True)
