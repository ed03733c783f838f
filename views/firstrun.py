"""A data folder with articles but no store (a fresh clone): extract the articles once, write the store.

spaCy is imported only here and on the upload page, not for every page view.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from extract.corpus import load_corpus
from extract.store import article_hash, folder_hash, write_store
from views.datadir import dictionary_dir
from views.dataset import DataError, articles_frame, legacy_note
from views.freshness import ARTICLES_DIR, EXTRACT_HINT

# Above this many articles the app does not extract on its own: the CLI is faster (all cores) and shows progress.
IN_APP_LIMIT = 500
MANIFEST_FORMAT = 1


@dataclass(frozen=True)
class FirstRun:
    """What the first run did: the generation it wrote (None when it wrote nothing) and what to tell the user."""

    generation: Path | None
    notices: tuple[str, ...]


def extract_into_store(folder: Path) -> FirstRun:
    """Extract every article under `folder`/articles and publish the tables as the folder's store."""
    from extract.cache import cache_version
    from extract.lexicon import DEFAULT_LEXICON_DIR
    from extract.pipeline import default_extractor, extract_corpus

    corpus = load_corpus([Path(folder) / ARTICLES_DIR])
    problems = tuple(str(p) for p in corpus.problems)
    if not corpus.articles:
        return FirstRun(None, (*problems, f"{folder} has no table store and no article to extract. {EXTRACT_HINT}"))
    if len(corpus.articles) > IN_APP_LIMIT:
        return FirstRun(None, (*problems, f"{folder} has {len(corpus.articles):,} articles and no table store: "
                               f"that is too many to extract inside the dashboard. {EXTRACT_HINT}"))
    extractor = default_extractor(dictionary_dir())
    extraction = extract_corpus(corpus.articles, extractor=extractor)
    manifest = {
        "format": MANIFEST_FORMAT,
        "articles": {a.article_id: article_hash(a) for a in corpus.articles},
        "dictionary": folder_hash(dictionary_dir()),
        "lexicon": folder_hash(DEFAULT_LEXICON_DIR),
        "extraction": cache_version(extractor),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    tables = {"articles": articles_frame(corpus.articles), "relations": extraction.relations,
              "mentions": extraction.mentions, "actors": extraction.actors}
    try:
        generation = write_store(Path(folder), tables, manifest)
    except OSError as error:
        raise DataError(f"{folder}: the extracted tables could not be written ({error.strerror or error}). "
                        f"Make the folder writable, then reload the page. {EXTRACT_HINT}") from error
    notice = (f"{folder} had no table store. {legacy_note(folder)}Its {len(corpus.articles)} article(s) were "
              f"extracted in the app and the tables written to {generation.parent}.")
    return FirstRun(generation, (*problems, *extraction.problems, notice))
