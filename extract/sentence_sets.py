"""Score sets of annotated sentences: required edges found, edges predicted, and those neither required nor acceptable.

    python -m extract.evaluate --sentence-sets data/training/pair_sentences.tsv --sets set98,set99,set100

The file has the columns of data/training/pair_sentences.tsv (set, id, category, date, text, required, acceptable;
edges `A|relation|B` joined by `; `, support directed, opposition and mediation either way). Each row is read as one
article dated by its `date`, with the extractor as it ships (pair model included): this is how a round of issue 16
measures its held-out sets (docs/quality.md).
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from extract.extractor import Extractor
from extract.schema import RELATION_TYPES, Article, pair_key

COLUMNS = ("set", "id", "category", "date", "text", "required", "acceptable")


class SentenceSetError(ValueError):
    """A sentence-set file that cannot be read; the message names the file and line."""


@dataclass
class SetCounts:
    required: int = 0
    found: int = 0
    predicted: int = 0
    wrong: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return (self.predicted - self.wrong) / self.predicted if self.predicted else 0.0


def read_sentence_sets(path: Path, sets: Iterable[str] = ()) -> list[dict[str, str]]:
    """The rows of the file (of the named sets only, when any are named)."""
    wanted = set(sets)
    try:
        handle = open(path, newline="", encoding="utf-8")
    except OSError as error:
        raise SentenceSetError(f"{path}: {error.strerror or error}") from error
    with handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise SentenceSetError(f"{path}: missing columns {sorted(missing)}")
        rows = [row for row in reader if not wanted or row["set"] in wanted]
    for row in rows:
        for column in ("required", "acceptable"):
            parse_edges(row[column] or "", f"{path}: set {row['set']} id {row['id']} ({column})")
    absent = wanted - {row["set"] for row in rows}
    if absent:
        raise SentenceSetError(f"{path}: no rows of {sorted(absent)}")
    return rows


def parse_edges(text: str, where: str) -> set[tuple[str, str, str]]:
    """The keys (extract.schema.pair_key) of a column's edges."""
    return set(edges_by_key(text, where))


def edges_by_key(text: str, where: str) -> dict[tuple[str, str, str], tuple[str, str, str]]:
    """A column's edges `A|relation|B` joined by `;`, each as written (A, relation, B) under its pair_key; `where` names
    the row in the error."""
    edges = {}
    for part in (p.strip() for p in (text or "").split(";")):
        if not part:
            continue
        pieces = [p.strip() for p in part.split("|")]
        if len(pieces) != 3 or pieces[1] not in RELATION_TYPES:
            raise SentenceSetError(f"{where}: {part!r} is not A|support|B, A|opposition|B or A|mediation|B")
        edges[pair_key(pieces[0], pieces[2], pieces[1])] = (pieces[0], pieces[1], pieces[2])
    return edges


def score_sentence_sets(rows: Sequence[dict[str, str]], extractor: Extractor) -> dict[str, SetCounts]:
    """Counts per set, and over all rows under "all"."""
    counts: dict[str, SetCounts] = defaultdict(SetCounts)
    for row in rows:
        required = parse_edges(row["required"] or "", row["id"])
        acceptable = parse_edges(row["acceptable"] or "", row["id"])
        result = extractor.extract(Article(article_id=f"{row['set']}-{row['id']}", text=row["text"], date=row["date"]))
        predicted = {pair_key(r.actor1, r.actor2, r.relation) for r in result.relations}
        for key in (row["set"], "all"):
            c = counts[key]
            c.required += len(required)
            c.found += len(required & predicted)
            c.predicted += len(predicted)
            c.wrong += len(predicted - required - acceptable)
    return dict(counts)


def format_sentence_sets(counts: dict[str, SetCounts]) -> str:
    lines = ["Annotated sentence sets (required edges found; predicted edges neither required nor acceptable)",
             f"  {'set':<10} {'required':>8} {'found':>6} {'recall':>7} {'predicted':>9} {'wrong':>6} {'precision':>9}"]
    for name in [*sorted((k for k in counts if k != "all"), key=lambda k: (len(k), k)), "all"]:
        c = counts[name]
        lines.append(f"  {name:<10} {c.required:>8} {c.found:>6} {c.recall:>7.3f} {c.predicted:>9} {c.wrong:>6} {c.precision:>9.3f}")
    return "\n".join(lines)
