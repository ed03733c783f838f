"""What reviews cost the pages' queries: `python -m bench.reviews [--articles N] [--reviews K]`.

Builds a synthetic store (bench.synthetic), then times the queries every page runs (the sidebar count,
the edges, one edge's evidence, the per-source counts) with no review file and with K reviews
(a third each confirmed, rejected and added), and checks that the rejected rows are gone from the count.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from extract.reviews import REVIEW_COLUMNS
from views import queries
from views.filters import RelationFilter
from views.store import Tables, open_snapshot, with_reviews
from bench.synthetic import build_store

REPEATS = 3


def sample_reviews(tables: Tables, count: int, seed: int = 1) -> pd.DataFrame:
    """`count` reviews of random relation rows: confirmed, rejected and added in turn (added = same sentence,
    another relation, so it is a new edge)."""
    rows = tables.query(f"SELECT * FROM extracted_relations USING SAMPLE {int(count)} ROWS (reservoir, {seed})")
    verdicts = np.resize(np.array(["confirmed", "rejected", "added"]), len(rows))
    relation = np.where(verdicts == "added", np.where(rows["relation"] == "mediation", "opposition", "mediation"),
                        rows["relation"])
    return pd.DataFrame({
        "article_id": rows["article_id"], "start": rows["start"], "end": rows["end"], "actor1": rows["actor1"],
        "actor2": rows["actor2"], "relation": relation, "verdict": verdicts,
        "reason": np.where(verdicts == "rejected", "benchmark", ""), "reviewer": "", "reviewed_at": "2026-01-01T00:00:00+00:00",
    })[REVIEW_COLUMNS]


def added_rows(tables: Tables) -> int:
    return int(tables.query("SELECT count(*) AS n FROM relations WHERE review = 'added'")["n"].iloc[0])


def best_of(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def page_queries(tables: Tables, chosen: RelationFilter) -> dict[str, Callable[[], object]]:
    edge = tuple(queries.edges(tables, chosen).iloc[0][["actor1", "actor2", "relation"]])
    return {
        "sidebar count": lambda: queries.count_relations(tables, chosen),
        "edges (Network, Overview)": lambda: queries.edges(tables, chosen),
        "one edge's evidence": lambda: queries.edge_evidence(tables, chosen, edge, limit=1000),
        "relations per source": lambda: queries.relation_counts(tables, chosen),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reviews", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="synthetic articles (default 100,000)")
    parser.add_argument("--reviews", type=int, default=3_000, help="reviews (default 3,000)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-reviews-") as folder:
        counts = build_store(Path(folder), args.articles)
        plain = Tables(open_snapshot(Path(folder)))
        reviews = sample_reviews(plain, args.reviews)
        reviewed = with_reviews(plain, reviews)
        chosen = RelationFilter()
        print(f"Synthetic store: {counts['articles']:,} articles, {counts['relations']:,} relation rows; "
              f"{len(reviews):,} reviews ({(reviews['verdict'] == 'rejected').sum():,} rejected)")
        print(f"{'query':28} {'no reviews':>11} {'with reviews':>13}   (best of {REPEATS}, s)")
        for name, run in page_queries(plain, chosen).items():
            print(f"{name:28} {best_of(run):11.3f} {best_of(page_queries(reviewed, chosen)[name]):13.3f}")
        hidden = queries.count_relations(plain, chosen) + added_rows(reviewed) - queries.count_relations(reviewed, chosen)
        print(f"rows hidden by rejection: {hidden:,} (rejected_count {queries.rejected_count(reviewed):,}); "
              f"rows added by hand: {added_rows(reviewed):,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
