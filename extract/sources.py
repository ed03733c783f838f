"""sources.csv: each article's outlet, author, date, title, url and notes, one row per article_id.

The file is the user's: every row is kept exactly as written, also rows that
cannot be used (no article_id, control characters), so that saving articles
rewrites only the rows of the articles saved. The metadata given to articles
is cleaned: surrounding whitespace stripped (" Reuters" is "Reuters"), control
characters removed and reported. A broken file (not UTF-8, malformed CSV) is
refused with the line where it breaks.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterator

from extract.decoding import MULTILINE_FIELDS, clean_line, date_problem
from extract.errors import ArticleError
from extract.schema import Article

SOURCES_FILE = "sources.csv"
# The columns of sources.csv: an Article's metadata, keyed by article_id.
SOURCE_COLUMNS: list[str] = ["article_id"] + [
    f.name for f in fields(Article) if f.name not in ("article_id", "text", "path")
]
CHECK_PERMISSIONS = "Check that the file exists and that you may read it."
SAVE_AS_CSV = "Open it in a spreadsheet program and save it as CSV."


@dataclass
class Sources:
    """A sources.csv as read."""

    # The columns, as named in the first line.
    header: list[str] = field(default_factory=lambda: list(SOURCE_COLUMNS))
    # Every row, cells exactly as written, in file order.
    rows: list[dict[str, str]] = field(default_factory=list)
    # The usable rows' metadata by article_id, cleaned.
    metadata: dict[str, dict[str, str]] = field(default_factory=dict)
    # Rows that could not be used, or only in part; each names its line.
    problems: list[ArticleError] = field(default_factory=list)


def read_sources(path: Path) -> Sources:
    """The rows of a sources.csv. Raises ArticleError when the file is broken as a whole."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(path.name, "is not UTF-8 text", "Save it as CSV UTF-8 from your spreadsheet program.") from None
    except OSError as error:
        raise ArticleError(path.name, f"could not be read ({error.strerror or error})", CHECK_PERMISSIONS) from None
    # strict: an unclosed quote is an error, not a value that swallows every row after it.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = _header(path.name, reader)
    sources = Sources(header=header)
    start = reader.line_num + 1
    try:
        for cells in reader:
            if not cells:  # a blank line
                start = reader.line_num + 1
                continue
            if len(cells) > len(header):
                raise ArticleError(
                    path.name,
                    f"line {start} has more cells than the header",
                    "Put quotes around values that contain a comma.",
                )
            row = dict(zip(header, cells))
            sources.rows.append(row)
            _add_metadata(sources, path.name, start, row)
            start = reader.line_num + 1
    except csv.Error as error:
        if reader.line_num > start:
            reason = f"line {start} opens a quoted value that is not closed where expected (read on to line {reader.line_num})"
            raise ArticleError(path.name, reason, f"Close or remove the quote. {SAVE_AS_CSV}") from None
        raise ArticleError(path.name, f"is not valid CSV at line {start} ({error})", SAVE_AS_CSV) from None
    return sources


def _header(name: str, reader: Iterator[list[str]]) -> list[str]:
    try:
        header = next(reader, [])
    except csv.Error as error:
        raise ArticleError(name, f"is not valid CSV at line 1 ({error})", SAVE_AS_CSV) from None
    if "article_id" not in header:
        raise ArticleError(name, "has no article_id column", f"The first line must name the columns: {','.join(SOURCE_COLUMNS)}.")
    repeated = sorted({column for column in header if header.count(column) > 1})
    if repeated:
        names = ", ".join(repr(column) for column in repeated)
        raise ArticleError(name, f"names a column twice in its first line ({names})", "Give every column its own name.")
    return header


def _add_metadata(sources: Sources, name: str, line: int, row: dict[str, str]) -> None:
    article_id = row.get("article_id", "").strip()
    if not article_id:
        if any(value.strip() for value in row.values()):
            sources.problems.append(
                ArticleError(
                    name,
                    f"line {line} has no article_id, so it applies to no article (it is kept in the file)",
                    "Fill in the article's id (its file name without the extension) or delete the row.",
                )
            )
        return
    if article_id in sources.metadata:
        raise ArticleError(name, f"article id {article_id!r} appears twice (line {line})", "Keep one row per article.")
    cleaned: dict[str, str] = {}
    for column, value in row.items():
        if not column:
            continue
        kept = clean_line(value, keep_lines=column in MULTILINE_FIELDS)
        if kept != value.strip():
            sources.problems.append(
                ArticleError(
                    name,
                    f"line {line}: the {column} held control characters (such as NUL, a tab or a line break) or "
                    "non-characters (such as U+FFFE), which were left out",
                    "Remove them from the file in a text editor.",
                )
            )
        cleaned[column] = kept
    problem = date_problem(cleaned.get("date", ""))
    if problem:
        # The Timeline cannot place "2020-13-45": the article is kept, undated, and the row stays as written.
        sources.problems.append(ArticleError(name, f"line {line}: {problem}, so {article_id!r} is read as undated",
                                             "Write the date as yyyy-mm-dd, or leave it empty."))
        cleaned["date"] = ""
    sources.metadata[article_id] = cleaned


def set_row(sources: Sources, article: Article) -> None:
    """Add the article's row, or update the row with its id; other rows and columns stay as they are."""
    for column in SOURCE_COLUMNS:
        if column not in sources.header:
            sources.header.append(column)
    values = {column: str(getattr(article, column)) for column in SOURCE_COLUMNS}
    for row in sources.rows:
        if row.get("article_id", "").strip() == article.article_id:
            row.update(values)
            return
    sources.rows.append(values)


def sources_csv(sources: Sources) -> str:
    """The text of sources.csv for `sources`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=sources.header, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(sources.rows)
    return buffer.getvalue()
