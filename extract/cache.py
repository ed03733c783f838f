"""An on-disk cache of per-article extraction results, so that re-running on a
corpus where a few articles changed parses only those.

An entry is keyed by the article (its text and metadata), the extractor's
dictionary and lexicon, the spaCy model and the extraction code. Entries are
JSON: readable when debugging, safe to load (unlike pickle, a file dropped in
the cache folder cannot run code) and independent of how the dataclasses are
laid out in memory. A missing, unreadable or malformed entry is a miss: it is
extracted again and rewritten.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import spacy

from extract.export import write_text_atomic
from extract.schema import Article, Mention, Relation

if TYPE_CHECKING:
    from spacy.language import Language

    from extract.extractor import Extractor

EXTRACT_DIR = Path(__file__).resolve().parent
DEFAULT_CACHE_DIR = EXTRACT_DIR.parent / ".cache" / "extract"
# Bump when the layout of an entry changes. Changes to the extraction code need
# no bump: the source of the extraction modules is part of the key (see
# `code_fingerprint`), because a forgotten manual bump would silently serve
# results of the old rules.
CACHE_FORMAT = 1
# Modules of extract/ that do not change what is extracted from an article:
# the command line, the corpus engine and tables, the store and its files, the cluster check and
# the evaluation (with its variant cases, generator and survival). Editing them keeps the cache. Every other
# module, in subpackages too, is part of the key (corpus.py stays in: it
# decides the text that is read).
NOT_EXTRACTION_MODULES: frozenset[str] = frozenset(
    {
        "__main__", "cache", "cluster_check", "engine", "evaluate", "export", "fit_confidence", "manifest", "pipeline",
        "store", "survival", "train_pair_model", "variant_cases", "variants",
    }
)
# Where an article's file lies does not change what is read from it.
_UNKEYED_ARTICLE_FIELDS = frozenset({"path"})

Record = TypeVar("Record", Mention, Relation)


def extraction_modules(root: Path = EXTRACT_DIR) -> list[Path]:
    """The source files under `root` whose code decides what is extracted, in a fixed order."""
    return sorted(
        path
        for path in root.rglob("*.py")
        if not (path.parent == root and path.stem in NOT_EXTRACTION_MODULES)
    )


@lru_cache(maxsize=4)
def code_fingerprint(root: Path = EXTRACT_DIR) -> str:
    """A digest of the extraction modules' source: any edit to one gives a new one."""
    digest = hashlib.sha256()
    for path in extraction_modules(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def extraction_version(nlp: Language) -> str:
    """The parser and the extraction code, which with the dictionary and lexicon decide every result."""
    meta = nlp.meta
    parser = f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}-spacy{spacy.__version__}"
    return f"{parser}-{code_fingerprint()}"


def cache_version(extractor: Extractor) -> str:
    """Everything besides the article that decides the result of an extraction."""
    return f"v{CACHE_FORMAT}-{extractor.version}-{extraction_version(extractor.nlp)}"


def article_key(article: Article) -> str:
    """sha256 of the article's text and the metadata rows are built from."""
    keyed = {f.name: getattr(article, f.name) for f in fields(Article) if f.name not in _UNKEYED_ARTICLE_FIELDS}
    return hashlib.sha256(json.dumps(keyed, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


# JSON types of the record fields; a field of another type is checked only for presence.
_JSON_TYPES: dict[str, type | tuple[type, ...]] = {"str": str, "int": int, "float": (int, float)}


def _records(kind: type[Record], rows: object) -> list[Record]:
    """Rebuild records from JSON rows, refusing any row whose fields or value types differ."""
    if not isinstance(rows, list):
        raise ValueError(f"{kind.__name__} rows are not a list")
    expected = {f.name: str(f.type) for f in fields(kind)}
    records = []
    for row in rows:
        if not isinstance(row, dict) or set(row) != set(expected):
            raise ValueError(f"a {kind.__name__} row has other fields than {sorted(expected)}")
        for name, type_name in expected.items():
            value = row[name]
            wanted = _JSON_TYPES.get(type_name, object)
            # JSON true/false load as bool, which Python counts as an int.
            if not isinstance(value, wanted) or (isinstance(value, bool) and wanted is not object):
                raise ValueError(f"{kind.__name__}.{name} is {value!r}, not {type_name}")
        records.append(kind(**row))
    return records


class ExtractionCache:
    """Per-article results of one extractor, under `folder/<cache version>/`."""

    def __init__(self, folder: Path, extractor: Extractor) -> None:
        self.folder = Path(folder) / cache_version(extractor)

    def path(self, article: Article) -> Path:
        key = article_key(article)
        # Two-character fan-out keeps folders small for corpora of 10,000s of articles.
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> tuple[list[Mention], list[Relation]] | None:
        """The cached mentions and relations of `article`, or None when there is no usable entry."""
        path = self.path(article)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(entry, dict) or entry.get("key") != path.stem:
                return None
            return _records(Mention, entry.get("mentions")), _records(Relation, entry.get("relations"))
        except (OSError, UnicodeDecodeError, ValueError, TypeError):
            # A missing or damaged entry costs one re-extraction, never the run.
            return None

    def put(self, article: Article, mentions: list[Mention], relations: list[Relation]) -> None:
        """Store the results of `article`, replacing any entry atomically."""
        path = self.path(article)
        entry = {
            "key": path.stem,
            "article_id": article.article_id,
            "mentions": [asdict(m) for m in mentions],
            "relations": [asdict(r) for r in relations],
        }
        try:
            write_text_atomic(path, json.dumps(entry, ensure_ascii=False))
        except OSError as error:
            raise OSError(
                f"{path}: cannot write the extraction cache ({error}). "
                "Make the folder writable or choose another cache folder."
            ) from error
