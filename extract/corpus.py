"""Reading article files safely: one decoding and cleaning core for files on
disk and for dashboard uploads, and the folder layout (`*.txt` + `sources.csv`).

The text an Article holds is the text *as read*: decoded, a leading byte-order
mark removed, every line ending ("\\r\\n", "\\r") turned into "\\n", and of an
HTML page its article body (extract.pages). Nothing else is changed, so every
offset in mentions and relations points into exactly this string, and a `.txt`
file saved by `save_articles` reads back to the same text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Mapping, Sequence

from bs4.dammit import EncodingDetector

from extract.decoding import MULTILINE_FIELDS, SAVE_AS_TEXT, clean_line, date_problem, decode, refuse_binary
from extract.errors import ArticleError
from extract.export import write_text_atomic
from extract.pages import read_page
from extract.schema import Article
from extract.sources import (
    CHECK_PERMISSIONS,
    SOURCE_COLUMNS,
    SOURCES_FILE,
    Sources,
    read_sources,
    set_row,
    sources_csv,
)

__all__ = [
    "ArticleError", "CorpusLoad", "MAX_ARTICLE_CHARS", "MAX_BYTES_PER_CHAR", "MAX_HTML_TAGS", "SOURCE_COLUMNS",
    "SOURCES_FILE", "SUPPORTED_SUFFIXES", "article_from_upload", "load_corpus", "read_article", "read_sources",
    "safe_article_id", "save_articles",
]

# About 150,000 words, ten times a long report: larger is almost surely not one
# article (a whole site dump, a log file), and would stall the parser.
MAX_ARTICLE_CHARS = 1_000_000
# Raw bytes allowed per character of that limit, checked before decoding so a
# huge file is refused without being read: 4 covers every text encoding read
# here. An HTML page wraps its text in markup and scripts, but parsing it costs
# time and memory per byte and per tag, so a page is refused above 5 MB (a saved
# news page is typically 0.1-2 MB) and above MAX_HTML_TAGS, before it is parsed.
MAX_BYTES_PER_CHAR = {"text": 4, "html": 5}
# Counted as "<" characters: opening and closing tags, about 50,000 elements
# (a long news page has a few thousand).
MAX_HTML_TAGS = 100_000

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
MAX_ID_LENGTH = 100
# The metadata an Article takes from sources.csv, an upload's fields or the page itself.
METADATA_FIELDS = tuple(column for column in SOURCE_COLUMNS if column != "article_id")
SAVE_SMALLER_PAGE = 'Save the article text as .txt, or save the page as "Web page, HTML only".'

WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)


@dataclass
class CorpusLoad:
    """What `load_corpus` read: the articles, the files it could not use, and
    notes on articles that were read but not in the normal way ("name: what")."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ArticleError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def safe_article_id(filename: str) -> str:
    """An article id from a file name: its stem, reduced to a slug that is a
    safe file name in any folder ("../../etc/passwd" gives "passwd")."""
    # Both separators: an upload from Windows may carry a "C:\\...\\" path.
    base = PureWindowsPath(PurePosixPath(filename).name).name
    stem = base.rsplit(".", 1)[0] if base.lower().endswith(SUPPORTED_SUFFIXES) else base
    slug = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFC", stem))
    slug = re.sub(r"-{2,}", "-", slug).strip(".-_ ")[:MAX_ID_LENGTH].rstrip(".-_ ")
    if not slug:
        return "article"
    if slug.split(".")[0].lower() in WINDOWS_RESERVED:
        return f"article-{slug}"
    return slug


def read_article(path: Path, metadata: Mapping[str, str] | None = None) -> Article:
    """Read one article file (.txt, .md, .html, .htm); metadata is a sources.csv row.

    Raises ArticleError when the file is missing, empty, binary, too large, in
    an unknown encoding or of an unsupported type.
    """
    article, _ = _read_file(Path(path), metadata or {})
    return article


def article_from_upload(filename: str, data: bytes, *, outlet: str = "", date: str = "", title: str = "") -> Article:
    """An article from uploaded bytes; the id comes from the file name, made safe.

    Metadata left empty is taken from the page when it has it. How the file was
    read, when that took a guess, is in the article's `notes`.
    """
    name = _display_name(filename)
    kind = _kind(name, PurePosixPath(name).suffix)
    article, _ = _article(name, data, kind, {"outlet": outlet, "date": date, "title": title}, path="")
    return article


def load_corpus(paths: Sequence[Path]) -> CorpusLoad:
    """Read every article in `paths` (files, or folders of .txt/.md/.html/.htm files).

    A file that cannot be read is reported in `.problems` and the others load;
    how an article was read, when that took a guess, is in `.notes`.
    Metadata comes from a sources.csv beside the files; if it is broken it is
    reported and the articles load without metadata. Of two files with the same
    article id the first (in the order given, folders sorted by name) is kept.
    """
    load = CorpusLoad()
    sources: dict[Path, dict[str, dict[str, str]]] = {}
    first_file: dict[str, str] = {}
    seen: set[Path] = set()
    for file in _article_files(paths, load.problems):
        if file.resolve() in seen:
            continue
        seen.add(file.resolve())
        folder = file.parent.resolve()
        if folder not in sources:
            sources[folder] = _folder_sources(folder, load.problems)
        article_id = safe_article_id(file.name)
        if article_id in first_file:
            load.problems.append(
                ArticleError(
                    file.name,
                    f"has the same article id {article_id!r} as {first_file[article_id]}, which was kept",
                    "Rename one of the two files.",
                )
            )
            continue
        metadata = sources[folder].get(article_id) or sources[folder].get(file.stem, {})
        try:
            article, notes = _read_file(file, metadata)
        except ArticleError as error:
            load.problems.append(error)
            continue
        load.articles.append(article)
        load.notes.extend(f"{_display_name(file.name)}: {note}" for note in notes)
        first_file[article_id] = file.name
    return load


def save_articles(articles: Sequence[Article], folder: Path, *, replace: bool = False) -> list[Path]:
    """Write each article as <article_id>.txt in `folder` and add or update its
    row in folder/sources.csv; every file is written atomically. The other rows
    of sources.csv, also those no article can use, are written back as they were.

    Everything is checked before anything is written: an id that is not a safe
    file name, an id given twice, or an existing different article with the
    same id (unless `replace`), or a broken sources.csv (its rows would be
    lost) raises ArticleError and writes nothing.
    """
    folder = Path(folder)
    sources_path = folder / SOURCES_FILE
    sources = read_sources(sources_path) if sources_path.exists() else Sources()
    existing = _existing_articles(folder)
    targets: list[Path] = []
    for article in articles:
        article_id = article.article_id
        if safe_article_id(article_id) != article_id:
            raise ArticleError(
                article_id, "is not a safe file name for an article", f"Use an id like {safe_article_id(article_id)!r}."
            )
        target = folder / f"{article_id}.txt"
        if target in targets:
            raise ArticleError(target.name, "is given twice in one save", "Give each article its own id.")
        _check_overwrite(existing.get(article_id), article, replace)
        targets.append(target)
    for article, target in zip(articles, targets):
        write_text_atomic(target, article.text)
        set_row(sources, article)
    write_text_atomic(sources_path, sources_csv(sources))
    return targets


def _read_file(path: Path, metadata: Mapping[str, str]) -> tuple[Article, list[str]]:
    name = _display_name(path.name)
    kind = _kind(name, path.suffix)
    limit = MAX_ARTICLE_CHARS * MAX_BYTES_PER_CHAR[kind]
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ArticleError(name, f"no such file ({path})", "Check the path.") from None
    except IsADirectoryError:
        advice = "Pass the folder itself to read the articles in it."
        raise ArticleError(name, "is a folder, not a file", advice) from None
    except OSError as error:
        raise ArticleError(name, f"could not be read ({error.strerror or error})", CHECK_PERMISSIONS) from None
    return _article(name, data, kind, metadata, str(path))


def _kind(name: str, suffix: str) -> str:
    suffix = suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    raise _unsupported(name, suffix)


def _unsupported(name: str, suffix: str) -> ArticleError:
    found = f"{suffix.lower()} files are" if suffix else "files without an extension are"
    advice = f"{SAVE_AS_TEXT} Supported: {', '.join(SUPPORTED_SUFFIXES)}."
    return ArticleError(name, f"not read: {found} not supported", advice)


def _display_name(filename: str) -> str:
    # Only the last part of an uploaded name, and no control characters that
    # could rewrite a terminal line when the name is printed.
    base = PureWindowsPath(PurePosixPath(filename).name).name
    return "".join(ch if ch.isprintable() else "?" for ch in base) or "upload"


def _article(name: str, data: bytes, kind: str, metadata: Mapping[str, str], path: str) -> tuple[Article, list[str]]:
    """The article in `data` and notes on how it was read; metadata given wins over metadata found in the page."""
    _check_size(name, data, kind)
    if not data.strip():
        what = "is empty" if not data else "contains only whitespace"
        raise ArticleError(name, what, "Check that the file was saved with the article's text in it.")
    refuse_binary(name, data)
    notes: list[str] = []
    found: dict[str, str] = {}
    if kind == "html":
        decoded = decode(name, data, EncodingDetector.find_declared_encoding(data, is_html=True))
        page = read_page(decoded.text)
        text = page.text
        found = {"outlet": page.outlet, "date": page.date, "title": page.title, "author": page.author, "url": page.url}
        notes.extend(page.notes)
    else:
        decoded = decode(name, data)
        text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if decoded.note:
        notes.insert(0, decoded.note)
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_large(name, f"{len(text):,} characters")
    if not text.strip():
        raise ArticleError(
            name,
            "has no article text once scripts, menus and page furniture are removed",
            "Save the article text as .txt instead.",
        )
    given = _given_metadata(metadata, notes)
    values = {column: given.get(column) or clean_line(found.get(column, ""), keep_lines=column in MULTILINE_FIELDS) for column in METADATA_FIELDS}
    if date_problem(values["date"]):  # a page's own date, such as "2020-13-45"
        values["date"] = ""
    values["notes"] = values["notes"] or "; ".join(notes)
    return Article(article_id=safe_article_id(name), text=text, path=path, **values), notes


def _check_size(name: str, data: bytes, kind: str) -> None:
    byte_limit = MAX_ARTICLE_CHARS * MAX_BYTES_PER_CHAR[kind]
    if len(data) > byte_limit and kind == "text":
        raise _too_large(name, f"more than {byte_limit:,} bytes")
    if len(data) > byte_limit:
        reason = f"is too large (more than {byte_limit:,} bytes; a larger page is refused before it is read)"
        raise ArticleError(name, reason, SAVE_SMALLER_PAGE)
    # "<" starts every tag: counting them is one pass over the bytes, parsing them is not.
    tags = data.count(b"<") if kind == "html" else 0
    if tags > MAX_HTML_TAGS:
        reason = f"has too many HTML tags ({tags:,}; a page with more than {MAX_HTML_TAGS:,} is refused before it is read)"
        raise ArticleError(name, reason, SAVE_SMALLER_PAGE)


def _given_metadata(metadata: Mapping[str, str], notes: list[str]) -> dict[str, str]:
    """Metadata typed in or read from sources.csv: surrounding whitespace and control characters left out."""
    given: dict[str, str] = {}
    for column, value in metadata.items():
        if value is None:
            continue
        kept = clean_line(str(value), keep_lines=column in MULTILINE_FIELDS)
        if kept != str(value).strip():
            notes.append(f"the {column} held control characters (such as NUL, a tab or a line break) or "
                         "non-characters (such as U+FFFE), which were left out")
        given[column] = kept
    problem = date_problem(given.get("date", ""))
    if problem:
        notes.append(f"{problem}, so the article is undated")
        given["date"] = ""
    return given


def _too_large(name: str, size: str) -> ArticleError:
    return ArticleError(
        name,
        f"is too large ({size}; an article may have at most {MAX_ARTICLE_CHARS:,} characters)",
        "Split it into one file per article.",
    )


def _article_files(paths: Sequence[Path], problems: list[ArticleError]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            try:
                children = sorted(path.iterdir(), key=lambda p: p.name)
            except OSError as error:
                problems.append(ArticleError(path.name, f"could not be listed ({error.strerror or error})", CHECK_PERMISSIONS))
                continue
            for child in children:
                if not child.is_file() or child.name.startswith(".") or child.name == SOURCES_FILE:
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(child)
                else:
                    problems.append(_unsupported(_display_name(child.name), child.suffix))
        elif path.name == SOURCES_FILE and path.is_file():
            continue  # read as metadata for the articles beside it
        elif path.exists():
            files.append(path)
        else:
            problems.append(ArticleError(path.name or str(path), f"no such file or folder ({path})", "Check the path."))
    return files


def _folder_sources(folder: Path, problems: list[ArticleError]) -> dict[str, dict[str, str]]:
    path = folder / SOURCES_FILE
    if not path.is_file():
        return {}
    try:
        sources = read_sources(path)
    except ArticleError as error:
        reason = f"{error.reason}; the articles beside it load without outlet, date or title"
        problems.append(ArticleError(error.name, reason, error.advice))
        return {}
    problems.extend(sources.problems)
    return sources.metadata


def _existing_articles(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    found: dict[str, Path] = {}
    for child in sorted(folder.iterdir(), key=lambda p: p.name):
        if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
            found.setdefault(safe_article_id(child.name), child)
    return found


def _check_overwrite(existing: Path | None, article: Article, replace: bool) -> None:
    if existing is None:
        return
    if existing.suffix.lower() != ".txt":
        raise ArticleError(
            existing.name,
            f"already holds the article {article.article_id!r}",
            "Rename the new article or remove the old file.",
        )
    if replace:
        return
    try:
        same = read_article(existing).text == article.text
    except ArticleError:
        same = False
    if not same:
        raise ArticleError(
            existing.name,
            f"already holds a different article with the id {article.article_id!r}",
            "Give the new article another name, or replace the old one on purpose.",
        )
