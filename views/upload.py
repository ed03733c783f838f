"""Articles added in the dashboard: read uploads, extract them, show them with the corpus, save on request.

Uploaded articles live in the session until the user saves them; saving writes
the article files through extract.corpus and the merged tables atomically.
"""
from __future__ import annotations

import csv
import io
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Mapping, Sequence

import pandas as pd

from extract.corpus import ArticleError, article_from_upload, read_sources, safe_article_id, save_articles
from extract.export import OUTPUT_FILES, write_outputs_from_store
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
    author: str = ""
    url: str = ""
    notes: str = ""


# The metadata a table uploaded with the articles can give (the columns of sources.csv after article_id).
TABLE_FIELDS: tuple[str, ...] = ("outlet", "date", "title", "author", "url", "notes")
# Files with this suffix uploaded with the articles are metadata tables (a sources.csv), not articles.
TABLE_SUFFIX = ".csv"


@dataclass(frozen=True)
class MetadataTable:
    """Metadata per article id, from a sources.csv uploaded with the articles or a table pasted beside them."""

    rows: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # One user-facing message per row that could not be used.
    problems: tuple[str, ...] = ()

    def for_file(self, filename: str) -> dict[str, str]:
        """The metadata of the article an uploaded file becomes (its id is the file name's stem, made safe)."""
        row = self.rows.get(safe_article_id(filename), {})
        return {name: row.get(name, "") for name in TABLE_FIELDS if row.get(name, "")}


def is_table(filename: str) -> bool:
    return filename.lower().endswith(TABLE_SUFFIX)


def read_metadata_table(filename: str, data: bytes) -> MetadataTable:
    """The rows of an uploaded sources.csv, read as extract.sources reads the data folder's.

    Raises ArticleError, naming the file, when it is broken as a whole (not UTF-8, malformed CSV, no article_id).
    """
    name = Path(filename.replace("\\", "/")).name or "sources.csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        sources = read_sources(path)
    return MetadataTable(rows=sources.metadata, problems=tuple(str(p) for p in sources.problems))


def pasted_metadata_table(text: str) -> MetadataTable:
    """A table pasted from a spreadsheet (tab-separated) or typed as CSV, with sources.csv's header line."""
    if not text.strip():
        return MetadataTable()
    first = text.strip().splitlines()[0]
    if "\t" in first:
        rows = csv.reader(io.StringIO(text.strip(), newline=""), delimiter="\t")
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        text = out.getvalue()
    return read_metadata_table("pasted table", text.encode("utf-8"))


def merge_tables(tables: Sequence[MetadataTable]) -> MetadataTable:
    """One table from several; an article id given twice keeps its first row, and the second is reported."""
    rows: dict[str, Mapping[str, str]] = {}
    problems: list[str] = []
    for table in tables:
        problems.extend(table.problems)
        for article_id, row in table.rows.items():
            if article_id in rows:
                problems.append(f"{article_id}: metadata given twice; the first is used.")
                continue
            rows[article_id] = row
    return MetadataTable(rows=rows, problems=tuple(problems))


def with_table(upload: Upload, table: MetadataTable) -> Upload:
    """`upload` with its empty fields filled from the table's row for its file; what was typed wins."""
    found = table.for_file(upload.filename)
    return replace(upload, **{name: value for name, value in found.items() if not getattr(upload, name).strip()})


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
        given = {name: getattr(upload, name).strip() for name in ("author", "url") if getattr(upload, name).strip()}
        notes = "; ".join(n for n in (upload.notes.strip(), article.notes) if n)
        article = replace(article, article_id=unique_id(article.article_id, taken), notes=notes, **given)
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


def save_uploads(folder: Path, combined: Dataset, articles: Sequence[Article]) -> Path:
    """Write the uploaded articles into `folder`/articles and the combined tables as a new store generation.

    The CSV copies of the tables (relations.csv, actors.csv, mentions.csv), where the folder has them, are
    rewritten from the new generation: left alone they would count the articles before the upload.
    """
    generation = save_store(folder, combined, save_articles(list(articles), folder / "articles"))
    if any((Path(folder) / name).exists() for name in OUTPUT_FILES):
        write_outputs_from_store(generation, Path(folder))
    return generation
