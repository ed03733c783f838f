"""The dashboard's read side of the table store (extract.store): one DuckDB connection per process.

The connection holds one view per table over the current generation's Parquet
parts (`store_relations`, ...). Each query runs on its own cursor (DuckDB
cursors are the thread-safe way to share a connection), on which the names
`relations`, `mentions`, `articles` and `actors` are temporary views: the
store's rows, plus any rows uploaded in the session; `relations` also carries
the analyst's reviews (extract.reviews). When CURRENT names
another generation, the next `open_snapshot` opens a new connection over it.
The generation's aggregates (extract.aggregates), when it has them, are the
views `groups_<name>`; views.queries reads them where they answer exactly.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping, Sequence

import duckdb
import pandas as pd

from extract.aggregates import AGGREGATE_QUERIES, aggregate_path, has_aggregates
from extract.reviews import REVIEW_RULE, deduplicate
from extract.schema import DIRECTED_RELATIONS, pair_key
from extract.store import STORE_TABLES, current_generation, read_manifest, table_dir, table_glob

DataFrames = dict[str, pd.DataFrame]


class StoreError(Exception):
    """A store the dashboard cannot read; the message names the folder and the fix."""


@dataclass(frozen=True)
class Snapshot:
    """One generation of the store, open in DuckDB."""

    generation: Path
    manifest: dict
    connection: duckdb.DuckDBPyConnection = field(repr=False, compare=False)
    # The lowest confidence of any relation row when the generation has its aggregates (extract.aggregates,
    # queried as `groups_<name>`), else None: a threshold at or below it keeps every row, so the aggregates
    # can answer for it.
    confidence_floor: float | None = None

    @property
    def has_groups(self) -> bool:
        return self.confidence_floor is not None

    @property
    def token(self) -> str:
        return self.generation.name


_lock = threading.Lock()
_open: dict[Path, Snapshot] = {}


def open_snapshot(data_dir: Path) -> Snapshot | None:
    """The current generation under `data_dir`, opened once per process; None when there is no store."""
    try:
        generation = current_generation(data_dir)
    except ValueError as error:
        raise StoreError(str(error)) from error
    if generation is None:
        return None
    key = Path(data_dir).resolve()
    with _lock:
        snapshot = _open.get(key)
        if snapshot is None or snapshot.generation != generation:
            snapshot = _connect(generation)
            # The old connection is left to the garbage collector: a query in another thread may still use it.
            _open[key] = snapshot
    return snapshot


def _connect(generation: Path) -> Snapshot:
    try:
        manifest = read_manifest(generation)
    except (OSError, ValueError) as error:
        raise StoreError(f"{generation}: the manifest cannot be read ({error}). Re-run `make extract`.") from error
    connection = duckdb.connect(":memory:")
    for table, columns in STORE_TABLES.items():
        if not any(table_dir(generation, table).glob("*.parquet")):
            raise StoreError(f"{table_dir(generation, table)}: no Parquet part. Re-run `make extract`.")
        glob = table_glob(generation, table).replace("'", "''")
        try:
            connection.execute(f"CREATE VIEW store_{table} AS SELECT {', '.join(_quoted(columns))} FROM read_parquet('{glob}')")
        except duckdb.Error as error:
            raise StoreError(f"{table_dir(generation, table)}: not a readable {table} table ({_first_line(error)}). "
                             "Re-run `make extract`.") from error
    return Snapshot(generation=generation, manifest=manifest, connection=connection,
                    confidence_floor=_open_groups(connection, generation))


def _open_groups(connection: duckdb.DuckDBPyConnection, generation: Path) -> float | None:
    """Views `groups_<name>` over the generation's aggregates; the confidence floor, or None when it has none
    (an older generation, or rows without a confidence): the queries then read the full tables."""
    if not has_aggregates(generation):
        return None
    try:
        for name in AGGREGATE_QUERIES:
            path = str(aggregate_path(generation, name)).replace("'", "''")
            connection.execute(f"CREATE VIEW groups_{name} AS SELECT * FROM read_parquet('{path}')")
        found = connection.execute("SELECT count(*) AS groups, count(confidence_min) AS known, "
                                   "min(confidence_min) AS floor FROM groups_relation_groups").fetchall()
    except duckdb.Error:
        # Unreadable aggregates are only slower pages: the full tables answer the same questions.
        return None
    groups, known, floor = found[0]
    if known < groups:
        return None
    # No relation row at all: any threshold keeps all of them.
    return float("inf") if floor is None else float(floor)


def memory_snapshot(frames: Mapping[str, pd.DataFrame], name: str = "memory") -> Snapshot:
    """A snapshot over tables held in memory (an empty data folder: no rows, the right columns)."""
    connection = duckdb.connect(":memory:")
    for table, columns in STORE_TABLES.items():
        connection.register("frame", frames[table][columns])
        connection.execute(f"CREATE TABLE store_{table} AS SELECT * FROM frame")
        connection.unregister("frame")
    return Snapshot(generation=Path(name), manifest={}, connection=connection)


def _first_line(error: Exception) -> str:
    """DuckDB's message without the SQL it quotes below it."""
    return str(error).strip().splitlines()[0]


def _quoted(columns: Sequence[str]) -> list[str]:
    return [f'"{c}"' for c in columns]


# The reviewed relations: every extracted row with its review (none: ''), plus the edges added by hand.
# An undirected review matches either order of the pair (its actors are stored sorted, extract.reviews.edge_key).
# The keys are computed first so that the join is on plain columns (a hash join, not a loop over the reviews).
_DIRECTED = f"relation IN ({', '.join(repr(r) for r in sorted(DIRECTED_RELATIONS))})"
KEYED_EXTRACTED = (f"(SELECT *, CASE WHEN {_DIRECTED} THEN actor1 ELSE least(actor1, actor2) END AS k1, "
                   f"CASE WHEN {_DIRECTED} THEN actor2 ELSE greatest(actor1, actor2) END AS k2 FROM extracted_relations)")
REVIEW_MATCH = ('v.article_id = e.article_id AND v.start = e.start AND v."end" = e."end" AND v.relation = e.relation '
                "AND v.key1 = e.k1 AND v.key2 = e.k2")
REVIEWED_RELATIONS = (
    "SELECT e.* EXCLUDE (k1, k2), coalesce(v.verdict, '') AS review, coalesce(v.reason, '') AS review_reason "
    f"FROM {KEYED_EXTRACTED} e LEFT JOIN reviews v ON {REVIEW_MATCH} UNION ALL SELECT * FROM added_relations"
)
UNREVIEWED_RELATIONS = "SELECT *, '' AS review, '' AS review_reason FROM extracted_relations"
# Added edges the extractor does not find, with their sentence read from the article: resolved once per
# reviews file and store (with_reviews), not in every query, since it reads article texts.
ADDED_RELATIONS = (
    "SELECT v.article_id, a.outlet AS source, a.date, v.actor1, v.actor2, v.relation, "
    'substr(a.text, v.start + 1, v."end" - v.start) AS evidence, v.start, v."end", 1.0 AS confidence, '
    f"'' AS speaker, '' AS cue, '{REVIEW_RULE}' AS rule, '' AS event_date, 'added' AS review, v.reason AS review_reason "
    "FROM reviews v JOIN articles a ON a.article_id = v.article_id "
    "WHERE v.verdict = 'added' AND v.\"end\" <= length(a.text) "
    f"AND NOT EXISTS (SELECT 1 FROM {KEYED_EXTRACTED} e WHERE {REVIEW_MATCH})"
)
REVIEW_FRAME_COLUMNS = ["article_id", "start", "end", "actor1", "actor2", "key1", "key2", "relation", "verdict", "reason",
                        "reviewer", "reviewed_at"]


def review_frame(reviews: pd.DataFrame) -> pd.DataFrame:
    """Reviews (extract.reviews) as the query joins them: one per edge, the pair in edge_key's order."""
    latest = deduplicate(reviews)
    keys = [pair_key(a, b, r) for a, b, r in zip(latest["actor1"], latest["actor2"], latest["relation"])]
    frame = latest.assign(key1=[k[0] for k in keys], key2=[k[1] for k in keys])
    return frame[REVIEW_FRAME_COLUMNS].astype({"start": "int64", "end": "int64"})


def with_reviews(tables: "Tables", reviews: pd.DataFrame) -> "Tables":
    """`tables` with `reviews` (extract.reviews' columns) applied to the `relations` view."""
    keyed = review_frame(reviews)
    unreviewed = replace(tables, reviews=None, added=None)
    return replace(tables, reviews=keyed, added=unreviewed.query(ADDED_RELATIONS, frames={"reviews": keyed}))


@dataclass(frozen=True)
class Tables:
    """What queries run against: a snapshot of the store, the rows uploaded in this session (if any),
    and the analyst's reviews of relation rows (if any)."""

    snapshot: Snapshot
    uploads: DataFrames | None = None
    # review_frame() output and the rows it adds (with_reviews); the `relations` view applies them
    # (adding the columns `review` and `review_reason`).
    reviews: pd.DataFrame | None = None
    added: pd.DataFrame | None = None

    @property
    def reviewed(self) -> bool:
        """Whether reviews change the `relations` view (the aggregates hold the rows as extracted)."""
        return self.reviews is not None and not self.reviews.empty

    @property
    def grouped(self) -> bool:
        """Whether the aggregates stand for the tables: the generation has them, with no upload and no review."""
        return self.snapshot.has_groups and self.uploads is None and not self.reviewed

    def query(self, sql: str, params: Sequence[object] = (), *, frames: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
        """Run `sql` over relations (reviewed), mentions, articles, actors (and `frames`, by name) and return the result.

        `extracted_relations` holds the relation rows as extracted, without reviews.
        """
        cursor = self.snapshot.connection.cursor()
        try:
            for name, frame in (frames or {}).items():
                cursor.register(name, frame)
            for table, columns in STORE_TABLES.items():
                select = f"SELECT {', '.join(_quoted(columns))}"
                name = "extracted_relations" if table == "relations" else table
                if self.uploads is None:
                    cursor.execute(f"CREATE TEMP VIEW {name} AS {select} FROM store_{table}")
                else:
                    cursor.register(f"upload_{table}", self.uploads[table])
                    cursor.execute(f"CREATE TEMP VIEW {name} AS {select} FROM store_{table} "
                                   f"UNION ALL {select} FROM upload_{table}")
            if self.reviews is None or self.reviews.empty:
                cursor.execute(f"CREATE TEMP VIEW relations AS {UNREVIEWED_RELATIONS}")
            else:
                cursor.register("reviews", self.reviews)
                cursor.register("added_relations", self.added)
                cursor.execute(f"CREATE TEMP VIEW relations AS {REVIEWED_RELATIONS}")
            return cursor.execute(sql, list(params)).df()
        except duckdb.Error as error:
            raise StoreError(f"{self.snapshot.generation}: a query failed ({_first_line(error)}). "
                             "Re-run `make extract`.") from error
        finally:
            cursor.close()

    def table(self, name: str) -> pd.DataFrame:
        """A whole table as stored, without reviews (for saving and for tests; pages query what they show)."""
        if name not in STORE_TABLES:
            raise KeyError(f"no table {name!r}; the tables are {', '.join(STORE_TABLES)}")
        return self.query(f"SELECT * FROM {'extracted_relations' if name == 'relations' else name}")
