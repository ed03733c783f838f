"""Reading article files safely: one decoding and cleaning core for files on
disk and for dashboard uploads, and the folder layout (`*.txt` + `sources.csv`).

The text an Article holds is the text *as read*: decoded, a leading byte-order
mark removed, every line ending ("\\r\\n", "\\r") turned into "\\n", and HTML
reduced to its article text. Nothing else is changed, so every offset in
mentions and relations points into exactly this string, and a `.txt` file
saved by `save_articles` reads back to the same text.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Mapping, Sequence

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag
from bs4.dammit import EncodingDetector
from charset_normalizer import CharsetMatch, from_bytes

from extract.export import write_text_atomic
from extract.schema import Article

# Unicode category Cc (C0 and C1 controls) less the whitespace ones (\t \n \v \f \r):
# one regex pass instead of a category lookup per character.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# About 150,000 words, ten times a long report: larger is almost surely not one
# article (a whole site dump, a log file), and would stall the parser.
MAX_ARTICLE_CHARS = 1_000_000
# Raw bytes allowed per character of that limit, checked before decoding so a
# huge file is refused without being read: 4 covers every text encoding read
# here; HTML pages wrap their text in markup and scripts.
MAX_BYTES_PER_CHAR = {"text": 4, "html": 20}

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
SOURCES_FILE = "sources.csv"
# The columns of sources.csv: an Article's metadata, keyed by article_id.
SOURCE_COLUMNS: list[str] = ["article_id"] + [
    f.name for f in fields(Article) if f.name not in ("article_id", "text", "path")
]
MAX_ID_LENGTH = 100

SAVE_AS_TEXT = "Save the article as plain text (.txt, UTF-8) or as an HTML page and try again."

# Magic numbers of files that get renamed to .txt by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .xlsx file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
)

# Legacy encodings tried, in order of preference on a tie: English news that is
# not UTF-8 is almost always Windows-1252, and a short text gives a detector
# too little to tell code pages apart ("Café" reads the same in several).
LEGACY_ENCODINGS = ("cp1252", "cp1254", "latin_1", "iso8859_15", "cp1250", "cp1257", "cp1251", "cp1256", "cp1253")
# In a cp1252 reading these Icelandic letters are, in news about Turkey, the
# Turkish ş ğ ı İ Ş Ğ of a cp1254 file ("Çavuþoðlu" is "Çavuşoğlu").
UNLIKELY_LETTERS = frozenset("þðýÞÐÝ")
# WHATWG: pages declaring latin-1 or ASCII are decoded as windows-1252.
DECLARED_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii"})

# Elements that hold no article text.
DROPPED_TAGS = (
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg", "head",
)
# Elements that start a new paragraph.
BLOCK_TAGS = frozenset(
    "address article blockquote dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main "
    "ol p pre section summary table td th tr ul".split()
)
# Collapsed in HTML text; a no-break space (&nbsp;) is not, as in a browser.
HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
CHECK_PERMISSIONS = "Check that the file exists and that you may read it."


class ArticleError(ValueError):
    """An article (or sources.csv) that could not be read: which file, what was
    wrong, what to do. `str(error)` is the message to show the user."""

    def __init__(self, name: str, reason: str, advice: str) -> None:
        self.name = name
        self.reason = reason
        self.advice = advice
        super().__init__(f"{name}: {reason}. {advice}")


@dataclass
class CorpusLoad:
    """What `load_corpus` read: the articles, and the files it could not use."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ArticleError] = field(default_factory=list)


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
    path = Path(path)
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
    return _article(name, data, kind, dict(metadata or {}), str(path))


def article_from_upload(filename: str, data: bytes, *, outlet: str = "", date: str = "", title: str = "") -> Article:
    """An article from uploaded bytes; the id comes from the file name, made safe."""
    name = _display_name(filename)
    kind = _kind(name, PurePosixPath(name).suffix)
    metadata = {"outlet": outlet, "date": date, "title": title}
    return _article(name, data, kind, metadata, path="")


def read_sources(path: Path) -> dict[str, dict[str, str]]:
    """The rows of a sources.csv, by article_id. Raises ArticleError when it is broken."""
    path = Path(path)
    rows: dict[str, dict[str, str]] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or "article_id" not in reader.fieldnames:
            raise ArticleError(
                path.name,
                "has no article_id column",
                f"The first line must name the columns: {','.join(SOURCE_COLUMNS)}.",
            )
        for row in reader:
            if None in row:
                raise ArticleError(
                    path.name,
                    f"line {reader.line_num} has more cells than the header",
                    "Put quotes around values that contain a comma.",
                )
            article_id = (row.get("article_id") or "").strip()
            if not article_id:
                continue
            if article_id in rows:
                raise ArticleError(
                    path.name,
                    f"article id {article_id!r} appears twice (line {reader.line_num})",
                    "Keep one row per article.",
                )
            rows[article_id] = {key: (value or "").strip() for key, value in row.items() if key}
    except UnicodeDecodeError:
        advice = "Save it as CSV UTF-8 from your spreadsheet program."
        raise ArticleError(path.name, "is not UTF-8 text", advice) from None
    except csv.Error as error:
        advice = "Open it in a spreadsheet program and save it as CSV."
        raise ArticleError(path.name, f"is not valid CSV ({error})", advice) from None
    except OSError as error:
        raise ArticleError(path.name, f"could not be read ({error.strerror or error})", CHECK_PERMISSIONS) from None
    return rows


def load_corpus(paths: Sequence[Path]) -> CorpusLoad:
    """Read every article in `paths` (files, or folders of .txt/.md/.html/.htm files).

    A file that cannot be read is reported in `.problems` and the others load.
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
            load.articles.append(read_article(file, metadata))
        except ArticleError as error:
            load.problems.append(error)
            continue
        first_file[article_id] = file.name
    return load


def save_articles(articles: Sequence[Article], folder: Path, *, replace: bool = False) -> list[Path]:
    """Write each article as <article_id>.txt in `folder` and add or update its
    row in folder/sources.csv; every file is written atomically.

    Everything is checked before anything is written: an id that is not a safe
    file name, an id given twice, or an existing different article with the
    same id (unless `replace`), or a broken sources.csv (its rows would be
    lost) raises ArticleError and writes nothing.
    """
    folder = Path(folder)
    sources_path = folder / SOURCES_FILE
    header, rows = _sources_rows(sources_path) if sources_path.exists() else (list(SOURCE_COLUMNS), [])
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
        _set_row(rows, article)
    write_text_atomic(sources_path, _sources_csv(header, rows))
    return targets


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


def _article(name: str, data: bytes, kind: str, metadata: dict[str, str], path: str) -> Article:
    byte_limit = MAX_ARTICLE_CHARS * MAX_BYTES_PER_CHAR[kind]
    if len(data) > byte_limit:
        raise _too_large(name, f"more than {byte_limit:,} bytes")
    if not data.strip():
        what = "is empty" if not data else "contains only whitespace"
        raise ArticleError(name, what, "Check that the file was saved with the article's text in it.")
    _refuse_binary(name, data)
    if kind == "html":
        text, found_title = _html_text(name, data)
    else:
        text, found_title = _normalize_newlines(_decode(name, data)), ""
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_large(name, f"{len(text):,} characters")
    if not text.strip():
        raise ArticleError(
            name,
            "has no article text once scripts, menus and page furniture are removed",
            "Save the article text as .txt instead.",
        )
    values = {key: str(value).strip() for key, value in metadata.items() if value is not None}
    return Article(
        article_id=safe_article_id(name),
        text=text,
        outlet=values.get("outlet", ""),
        date=values.get("date", ""),
        title=values.get("title", "") or found_title,
        author=values.get("author", ""),
        url=values.get("url", ""),
        notes=values.get("notes", ""),
        path=path,
    )


def _too_large(name: str, size: str) -> ArticleError:
    return ArticleError(
        name,
        f"is too large ({size}; an article may have at most {MAX_ARTICLE_CHARS:,} characters)",
        "Split it into one file per article.",
    )


def _refuse_binary(name: str, data: bytes) -> None:
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(name, f"is {what}, not text", SAVE_AS_TEXT)
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(name, "is a binary file (it contains NUL bytes), not text", SAVE_AS_TEXT)


def _decode(name: str, data: bytes, declared: str | None = None) -> str:
    """Bytes to text without losing a character: UTF-8 (with or without a BOM),
    UTF-16 with a BOM, an encoding the page declares, then detection."""
    text = _decode_known(data, declared)
    if text is None:
        text = _decode_detected(data)
    if text is None:
        raise ArticleError(name, "is in a text encoding that could not be recognised", "Save it as UTF-8 text.")
    controls = len(_CONTROL_CHARACTERS.findall(text))
    if controls > 1 + len(text) // 100:
        raise ArticleError(name, "looks like a binary file (many control characters), not text", SAVE_AS_TEXT)
    return text


def _decode_known(data: bytes, declared: str | None) -> str | None:
    candidates = ["utf-8-sig"]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.append("utf-16")
    if declared:
        try:
            codec = _codec_name(declared)
        except LookupError:
            codec = ""
        if codec in DECLARED_AS_CP1252:
            candidates += ["cp1252", "latin_1"]
        elif codec:
            candidates.append(codec)
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _codec_name(label: str) -> str:
    return codecs.lookup(label).name.replace("-", "_")


def _decode_detected(data: bytes) -> str | None:
    # Ranked by how garbled each reading looks; charset-normalizer's language
    # coherence is not used: on the few accented names in an English article it
    # is noise ("Çavuşoğlu" read as Baltic cp1257 scored "Croatian").
    def rank(match: CharsetMatch) -> tuple[float, int, int]:
        unlikely = sum(1 for ch in str(match) if ch in UNLIKELY_LETTERS)
        order = min(LEGACY_ENCODINGS.index(e) for e in match.could_be_from_charset if e in LEGACY_ENCODINGS)
        return (round(match.chaos, 2), unlikely, order)

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if matches:
        return str(min(matches, key=rank))
    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _html_text(name: str, data: bytes) -> tuple[str, str]:
    """The article text of a page, paragraphs separated by blank lines, and its title."""
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    soup = BeautifulSoup(_decode(name, data, declared), "html.parser")
    page_title = _tag_text(soup.find("title"))
    for element in soup.find_all(DROPPED_TAGS):
        element.decompose()
    # The article's first <h1> is its headline; <title> often adds " | Site name".
    title = _tag_text(soup.find("h1")) or page_title
    paragraphs: list[str] = []
    lines: list[str] = [""]

    def end_paragraph() -> None:
        kept = [HTML_WHITESPACE.sub(" ", line).strip(" ") for line in lines]
        paragraph = "\n".join(line for line in kept if line)
        if paragraph:
            paragraphs.append(paragraph)
        lines[:] = [""]

    # An explicit stack, not recursion: a page may nest thousands of elements.
    stack: list[PageElement | None] = [soup.body or soup]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block element
            end_paragraph()
        elif isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment, doctype or CDATA
                lines[-1] += str(node)
        elif isinstance(node, Tag):
            if node.name == "br":
                lines.append("")
            elif node.name == "pre":
                end_paragraph()
                paragraphs.append(_normalize_newlines(node.get_text()).strip("\n"))
            else:
                if node.name in BLOCK_TAGS:
                    end_paragraph()
                    stack.append(None)
                stack.extend(reversed(node.contents))
    end_paragraph()
    return "\n\n".join(p for p in paragraphs if p.strip()), title


def _tag_text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""


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
        return read_sources(path)
    except ArticleError as error:
        reason = f"{error.reason}; the articles beside it load without outlet, date or title"
        problems.append(ArticleError(error.name, reason, error.advice))
        return {}


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


def _sources_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    rows = read_sources(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    header += [column for column in SOURCE_COLUMNS if column not in header]
    return header, list(rows.values())


def _set_row(rows: list[dict[str, str]], article: Article) -> None:
    values = {column: str(getattr(article, column)) for column in SOURCE_COLUMNS}
    for row in rows:
        if row.get("article_id") == article.article_id:
            row.update(values)
            return
    rows.append(values)


def _sources_csv(header: list[str], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n", restval="", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
