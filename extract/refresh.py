"""Re-extracting some articles of a store after the dictionary changed, keeping every other article's rows.

A new generation is made part by part from the current one: a part with none of
the articles is copied, a part with some gets their new rows in their place (the
order of a full extraction: articles in input order, rows in order within each).
The actors table is aggregated again and the manifest records the dictionary the
rows now match, so the dashboard reports no stale tables. Articles are
re-extracted from the text the store holds, the text their rows were made from.
"""
from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow.parquet as pq

from extract.coreference import load_epithets
from extract.dictionary import load_dictionary
from extract.engine import LOCK_WAIT_SECONDS, Progress, actors_from_store
from extract.export import OUTPUT_FILES, discard_staged, install_staged, stage_outputs_from_store
from extract.event_dates import event_lexicon_for
from extract.extractor import Extractor
from extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from extract.pipeline import extract_one, mentions_table, relations_table
from extract.relations.pair_model import pair_model_for
from extract.schema import Article
from extract.store import (
    STORE_SCHEMAS,
    current_generation,
    folder_hash,
    new_generation,
    part_name,
    part_paths,
    read_manifest,
    remove_leftovers,
    remove_superseded,
    switch_current,
    table_dir,
    write_manifest,
    write_part,
    writer_lock,
)

# The tables whose rows come from extracting an article.
ROW_TABLES = ("mentions", "relations")


class RefreshError(RuntimeError):
    """The store could not be refreshed; it is as it was. The message says what to do."""


def fresh_extractor(dictionary_dir: Path, lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> Extractor:
    """An extractor over the dictionary as it is on disk now (pipeline.default_extractor caches by folder)."""
    dictionary = load_dictionary(dictionary_dir)
    epithets = load_epithets(dictionary_dir, known=frozenset(dictionary.actors))
    return Extractor(dictionary, load_lexicon(lexicon_dir), epithets=epithets, event_lexicon=event_lexicon_for(lexicon_dir),
                     pair_model=pair_model_for(lexicon_dir))


def reextract_articles(
    data_dir: Path,
    article_ids: Iterable[str],
    *,
    dictionary_dir: Path,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
    lock_wait: float = LOCK_WAIT_SECONDS,
) -> Path:
    """Re-extract `article_ids` of `data_dir`'s store with the dictionary in `dictionary_dir`; publish and return
    the new generation. With no id (or none in the store) the generation still gets the new actors table and
    manifest. Raises RefreshError when there is no store or an article fails (nothing is published then),
    StoreBusy when another writer holds the store for over `lock_wait` s.
    """
    data_dir = Path(data_dir)
    wanted = set(article_ids)
    with writer_lock(data_dir, lock_wait):
        current = current_generation(data_dir)
        if current is None:
            raise RefreshError(f"{data_dir} has no table store to refresh. Create it with `make extract` (or `python -m extract`).")
        remove_leftovers(data_dir)
        extractor = extractor or fresh_extractor(dictionary_dir)
        generation = new_generation(data_dir)
        try:
            counts = _rewrite_parts(current, generation, wanted, extractor, progress)
            actors = actors_from_store(generation, extractor.dictionary)
            write_part(generation, "actors", actors, 0)
            manifest = read_manifest(current)
            # Only the dictionary changed; the articles, lexicon and code the rows were made from are as recorded.
            manifest.update(dictionary=folder_hash(dictionary_dir), created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                            counts={**counts, "actors": len(actors)})
            write_manifest(generation, manifest)
            # The spreadsheet copies, where the CLI wrote them, must match the tables: written before the switch,
            # so a full disk leaves the old generation and the old copies.
            staged = stage_outputs_from_store(generation, data_dir) if any(
                (data_dir / name).exists() for name in OUTPUT_FILES) else {}
            try:
                switch_current(data_dir, generation)
            except BaseException:
                discard_staged(staged)
                raise
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        install_staged(staged)
        remove_superseded(data_dir, generation)
    return generation


def _rewrite_parts(current: Path, generation: Path, wanted: set[str], extractor: Extractor,
                   progress: Progress | None) -> dict[str, int]:
    """Write every part of `current` into `generation`, the rows of `wanted` articles extracted anew; rows per table."""
    names = sorted({p.name for table in ("articles", *ROW_TABLES) for p in part_paths(current, table)})
    ids = {name: _read_part(current, "articles", name, columns=["article_id"])["article_id"] for name in names}
    total = sum(int(part.isin(wanted).sum()) for part in ids.values())
    done = 0
    problems: list[str] = []
    counts = dict.fromkeys(("articles", *ROW_TABLES), 0)
    for index, name in enumerate(names):
        if not ids[name].isin(wanted).any():
            for table in ("articles", *ROW_TABLES):
                source = table_dir(current, table) / name
                if source.exists():
                    shutil.copyfile(source, table_dir(generation, table) / part_name(index))
                    counts[table] += pq.read_metadata(source).num_rows
            continue
        articles = _read_part(current, "articles", name)
        fresh: dict[str, tuple[pd.DataFrame, pd.DataFrame]] = {}
        for row in articles[articles["article_id"].isin(wanted)].to_dict("records"):
            outcome = extract_one(extractor, Article(**row))
            if isinstance(outcome, str):
                problems.append(outcome)
            else:
                fresh[row["article_id"]] = (mentions_table(outcome[0]), relations_table(outcome[1]))
            done += 1
            if progress is not None:
                progress(done, total)
        write_part(generation, "articles", articles, index)
        counts["articles"] += len(articles)
        for position, table in enumerate(ROW_TABLES):
            rows = _spliced(_read_part(current, table, name), list(articles["article_id"]),
                            {article_id: frames[position] for article_id, frames in fresh.items()})
            write_part(generation, table, rows, index)
            counts[table] += len(rows)
    if problems:
        raise RefreshError("These articles could not be re-extracted, so the tables were left as they were: "
                           + "; ".join(problems) + ". Run `python -m extract` to see the full errors.")
    return counts


def _read_part(generation: Path, table: str, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    path = table_dir(generation, table) / name
    schema = STORE_SCHEMAS[table]
    if not path.exists():
        return schema.empty_table().select(columns or schema.names).to_pandas()
    return pq.read_table(path, schema=schema, columns=columns).to_pandas()


def _spliced(old: pd.DataFrame, order: list[str], fresh: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The part's rows in article order, each re-extracted article's rows replaced by `fresh`; rows of an
    article the part does not list (none are expected) are kept at the end rather than lost."""
    groups = dict(iter(old.groupby("article_id", sort=False)))
    listed = set(order)
    pieces = [fresh[a] if a in fresh else groups.get(a) for a in order]
    pieces += [rows for article_id, rows in groups.items() if article_id not in listed]
    pieces = [p for p in pieces if p is not None and not p.empty]
    return pd.concat(pieces, ignore_index=True)[list(old.columns)] if pieces else old
