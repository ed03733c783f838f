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
from extract.export import write_outputs
from extract.pipeline import CorpusExtraction, extract_corpus
from extract.schema import ACTOR_COLUMNS, Article
from views.dataset import Dataset, articles_table

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
    return extract_corpus(list(articles), progress=progress)


def merge_actors(first: pd.DataFrame, second: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """One actor table for two corpora: names and aliases from whichever has them, counts from `mentions`."""
    both = pd.concat([first, second], ignore_index=True)
    both = both.sort_values("name", key=lambda s: s.eq(""), kind="stable").drop_duplicates("actor_id")
    counts = mentions.groupby("actor_id").agg(mentions=("article_id", "size"), articles=("article_id", "nunique"))
    merged = both.drop(columns=["mentions", "articles"]).join(counts, on="actor_id")
    merged[["mentions", "articles"]] = merged[["mentions", "articles"]].fillna(0).astype("int64")
    return merged.sort_values("actor_id", kind="stable")[ACTOR_COLUMNS].reset_index(drop=True)


def combine(base: Dataset, articles: Sequence[Article], extraction: CorpusExtraction) -> Dataset:
    """The corpus and the uploaded articles as one dataset."""
    mentions = pd.concat([base.mentions, extraction.mentions], ignore_index=True)
    return replace(
        base,
        relations=pd.concat([base.relations, extraction.relations], ignore_index=True),
        mentions=mentions,
        actors=merge_actors(base.actors, extraction.actors, mentions),
        articles=pd.concat([base.articles, articles_table(articles)], ignore_index=True),
        texts={**base.texts, **{a.article_id: a.text for a in articles}},
    )


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
    """Write the uploaded articles into `folder`/articles and the combined tables into `folder`."""
    save_articles(list(articles), folder / "articles")
    write_outputs(combined, folder)
