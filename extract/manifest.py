"""What a store generation was made from (its manifest.json), so that a reader
can tell by content, never by file times, whether the tables are out of date.

    {"format": 1,
     "articles": {article_id: article_hash},   every article whose rows are in the tables
     "dictionary": folder_hash(dictionary dir),
     "lexicon": folder_hash(lexicon dir),
     "extraction": parser and extraction code version,
     "created": ISO time (UTC),
     "counts": rows per table}
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping

from extract.schema import Article
from extract.store import article_hash, folder_hash

MANIFEST_FORMAT = 1


def build_manifest(
    articles: Iterable[Article],
    *,
    dictionary_dir: Path,
    lexicon_dir: Path,
    extraction: str,
    counts: Mapping[str, int],
) -> dict[str, object]:
    return {
        "format": MANIFEST_FORMAT,
        "articles": {article.article_id: article_hash(article) for article in articles},
        "dictionary": folder_hash(dictionary_dir),
        "lexicon": folder_hash(lexicon_dir),
        "extraction": extraction,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "counts": dict(counts),
    }
