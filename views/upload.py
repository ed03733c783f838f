"""Articles added in the dashboard: read uploads, extract them, show them with the corpus, save on request.

Uploaded articles live in the session until the user saves them; saving writes
the article files through extract.corpus and the merged tables atomically.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd

from extract.corpus import ArticleError, article_from_upload, save_articles
from extract.pipeline import CorpusExtraction, default_extractor, extract_corpus
from extract.schema import Article
from views.datadir import dictionary_dir
from views.dataset import Dataset, save_store

Progress = Callable[[int, int, str], None]
# What the corpus uses: a year, a month or a day ("2020", "2020-06", "2020-06-14").
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Upload:
    """One uploaded file and the metadata typed next to it."""

    filename: str
    data: bytes
    outlet: str = ""
    date: str = ""
    title: str = ""


@dataclass(frozen=True)
class UploadResult:
    articles: tuple[Article, ...]
    # One user-facing message per file that could not be read.
    errors: tuple[str, ...]


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... when an article already has that id."""
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def read_uploads(uploads: Sequence[Upload], taken_ids: set[str]) -> UploadResult:
    """Articles from the uploaded files; a bad file gives a message and the others go on."""
    taken = set(taken_ids)
    articles: list[Article] = []
    errors: list[str] = []
    for upload in uploads:
        if not DATE.fullmatch(upload.date.strip() or "0000"):
            errors.append(f"{upload.filename}: the date {upload.date.strip()!r} is not YYYY-MM-DD. Correct it or leave it empty.")
            continue
        try:
            article = article_from_upload(
                upload.filename, upload.data, outlet=upload.outlet.strip(), date=upload.date.strip(), title=upload.title.strip()
            )
        except ArticleError as error:
            errors.append(str(error))
            continue
        article = replace(article, article_id=unique_id(article.article_id, taken))
        taken.add(article.article_id)
        articles.append(article)
    return UploadResult(tuple(articles), tuple(errors))


def extract_articles(articles: Sequence[Article], progress: Progress | None = None) -> CorpusExtraction:
    """Extract uploaded articles with the dictionary the dashboard uses (views.datadir.dictionary_dir)."""
    return extract_corpus(list(articles), extractor=default_extractor(dictionary_dir()), progress=progress)


def combine(base: Dataset, articles: Sequence[Article], extraction: CorpusExtraction) -> Dataset:
    """The corpus and the uploaded articles as one dataset."""
    return base.with_uploads(articles, extraction.relations, extraction.mentions, extraction.actors)


def session_table(articles: Sequence[Article], extraction: CorpusExtraction) -> pd.DataFrame:
    """One row per uploaded article: its metadata and how much was extracted from it."""
    relations = extraction.relations["article_id"].value_counts()
    mentions = extraction.mentions["article_id"].value_counts()
    return pd.DataFrame(
        [{"article": a.article_id, "title": a.title, "outlet": a.outlet, "date": a.date,
          "relations": int(relations.get(a.article_id, 0)), "mentions": int(mentions.get(a.article_id, 0))}
         for a in articles]
    )


def save_uploads(folder: Path, combined: Dataset, articles: Sequence[Article]) -> None:
    """Write the uploaded articles into `folder`/articles and the combined tables as a new store generation."""
    save_store(folder, combined, save_articles(list(articles), folder / "articles"))
