"""Small tables computed once when a generation is published, so that the dashboard's first page and sidebar
read a few thousand rows instead of a million relation rows and seven million mentions.

Written into the generation as `aggregates/<name>.parquet` (publish calls `write_aggregates`). They hold
the rows as extracted: reviews (reviews.csv) and uploads are applied by the dashboard on top of the full
tables, so it reads these only when neither applies. A generation without them (written by an older
version) is still read: the dashboard then computes everything from the full tables, as before.

- `relation_groups`: relation rows per edge key (k1, k2: an undirected relation's pair in sorted order),
  relation, source, whether the row is dated, and the outlet and datedness of its article (NULL outlet when
  the article is missing): `n` rows, `articles` distinct articles, `confidence_sum`, `confidence_min`.
  An article has one outlet and one date, so `articles` adds up over sources and datedness.
- `edge_totals`: what views.queries.edges gives for every row: per edge key and relation, `evidence` rows,
  `articles`, `sources` (distinct) and `source_names` (labelled, NO_OUTLET for none), `confidence_sum`.
  It answers every filter that keeps every source and undated rows (relations and actors are columns of it).
- `article_groups`: articles per outlet and date.
- `mention_groups`: mentions and (actor, article) pairs per actor, article outlet and article datedness.
"""
from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import duckdb

from extract.schema import DIRECTED_RELATIONS, NO_OUTLET
from extract.store import part_paths, table_glob

AGGREGATES_DIR = "aggregates"
# Bump when a table's columns or meaning change: a generation with another version is read as having none.
AGGREGATES_VERSION = 2
VERSION_FILE = "VERSION"

_UNDIRECTED_SWAP = "relation NOT IN ({}) AND actor1 > actor2".format(", ".join(f"'{r}'" for r in sorted(DIRECTED_RELATIONS)))
_DATED = "coalesce({}, '') <> ''"
_KEYED = (f"SELECT *, CASE WHEN {_UNDIRECTED_SWAP} THEN actor2 ELSE actor1 END AS k1, "
          f"CASE WHEN {_UNDIRECTED_SWAP} THEN actor1 ELSE actor2 END AS k2 FROM relations")
_LABEL = f"CASE WHEN coalesce(source, '') = '' THEN '{NO_OUTLET}' ELSE source END"

AGGREGATE_QUERIES: dict[str, str] = {
    "relation_groups": (
        f"SELECT CASE WHEN {_UNDIRECTED_SWAP} THEN actor2 ELSE actor1 END AS k1, "
        f"CASE WHEN {_UNDIRECTED_SWAP} THEN actor1 ELSE actor2 END AS k2, relation, source, "
        f"{_DATED.format('r.date')} AS dated, a.outlet AS outlet, "
        f"CASE WHEN a.article_id IS NULL THEN NULL ELSE {_DATED.format('a.date')} END AS article_dated, "
        "count(*) AS n, count(DISTINCT r.article_id) AS articles, sum(confidence) AS confidence_sum, "
        # NULL when a row has no confidence: no threshold keeps such a row, so the group cannot stand for its rows.
        "CASE WHEN count(confidence) = count(*) THEN min(confidence) END AS confidence_min "
        "FROM relations AS r LEFT JOIN articles AS a USING (article_id) GROUP BY ALL ORDER BY ALL"
    ),
    "edge_totals": (
        "SELECT k1, k2, relation, sum(n)::BIGINT AS evidence, sum(a)::BIGINT AS articles, "
        "count(DISTINCT source) AS sources, string_agg(DISTINCT label, '; ' ORDER BY label) AS source_names, "
        f"sum(c) AS confidence_sum FROM (SELECT k1, k2, relation, source, {_LABEL} AS label, count(*) AS n, "
        f"count(DISTINCT article_id) AS a, sum(confidence) AS c FROM ({_KEYED}) GROUP BY ALL) "
        "GROUP BY k1, k2, relation ORDER BY ALL"
    ),
    "article_groups": "SELECT outlet, date, count(*) AS articles FROM articles GROUP BY ALL ORDER BY ALL",
    "mention_groups": (
        f"SELECT m.actor_id, a.outlet AS outlet, {_DATED.format('a.date')} AS article_dated, "
        "sum(m.n)::BIGINT AS mentions, count(*) AS articles "
        "FROM (SELECT actor_id, article_id, count(*) AS n FROM mentions GROUP BY ALL) AS m "
        "LEFT JOIN articles AS a USING (article_id) GROUP BY ALL ORDER BY ALL"
    ),
}


def aggregates_dir(generation: Path) -> Path:
    return Path(generation) / AGGREGATES_DIR


def aggregate_path(generation: Path, name: str) -> Path:
    if name not in AGGREGATE_QUERIES:
        raise KeyError(f"no aggregate {name!r}; the aggregates are {', '.join(AGGREGATE_QUERIES)}")
    return aggregates_dir(generation) / f"{name}.parquet"


def has_aggregates(generation: Path) -> bool:
    """Whether `generation` holds every aggregate table, of this version."""
    try:
        version = (aggregates_dir(generation) / VERSION_FILE).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return False
    return version == str(AGGREGATES_VERSION) and all(aggregate_path(generation, n).is_file() for n in AGGREGATE_QUERIES)


def write_aggregates(generation: Path) -> Path | None:
    """Compute every aggregate from the generation's Parquet tables and write them into it (replacing any).

    Written into a temporary folder that is renamed into place, so a crash leaves no half set. A generation
    missing a table's parts gets none (None): the dashboard reports that table, not the aggregates.
    """
    if not all(part_paths(generation, table) for table in ("relations", "articles", "mentions")):
        return None
    final = aggregates_dir(generation)
    scratch = final.with_name(f".{AGGREGATES_DIR}.{secrets.token_hex(4)}.tmp")
    scratch.mkdir()
    try:
        with duckdb.connect() as db:
            # Publishing is often a command line run: no progress bar in its output.
            db.execute("SET enable_progress_bar = false")
            for table in ("relations", "articles", "mentions"):
                glob = table_glob(generation, table).replace("'", "''")
                db.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{glob}')")
            for name, sql in AGGREGATE_QUERIES.items():
                target = str(scratch / f"{name}.parquet").replace("'", "''")
                db.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)")
        (scratch / VERSION_FILE).write_text(f"{AGGREGATES_VERSION}\n", encoding="utf-8")
        if final.exists():
            shutil.rmtree(final)
        os.replace(scratch, final)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return final
