"""Fit each construction's base confidence from the gold, and write it to
data/lexicon/constructions.json and the table in docs/relations.md.

    python -m extract.fit_confidence [--dry-run]

A construction's base is how often a row it produced is right, over every
gold set at hand: the bundled five (sentence level), the wire sentences and events, and
the dev set beside the repository when it is there (article level, core
actors; acceptable edges count as right). Few rows say little, so the rate is
smoothed toward PRIOR with PRIOR_WEIGHT pseudo-rows; a construction that never
fired gets PRIOR. Running it twice on the same gold gives the same numbers.
The rules were developed on these same sets, so the figures are optimistic.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

from extract.evaluate import (
    CORE_ACTORS,
    DEFAULT_ARTICLES_DIR,
    DEFAULT_DEVSET_DIR,
    DEFAULT_EVENTS_FILE,
    DEFAULT_GOLD_DIR,
    DEFAULT_WIRE_FILE,
    load_devset_gold,
    load_gold,
    match_sentences,
)
from extract.export import write_text_atomic
from extract.relations.registry import CONSTRUCTIONS_FILE, SPECS
from extract.schema import pair_key

PRIOR = 0.8
PRIOR_WEIGHT = 3.0
LOWEST, HIGHEST = 0.3, 0.97


def judged_rows() -> list[tuple[str, bool]]:
    """(rule, right) for every row extracted from every gold set at hand."""
    from extract.corpus import load_corpus
    from extract.pipeline import extract_corpus, extract_relations

    judged: list[tuple[str, bool]] = []
    gold = load_gold(DEFAULT_GOLD_DIR, DEFAULT_ARTICLES_DIR)
    annotated = {g.article_id for g in gold}
    bundled = extract_corpus([a for a in load_corpus([DEFAULT_ARTICLES_DIR]).articles if a.article_id in annotated]).relations
    matched = {index for index, _ in match_sentences(bundled, gold)}
    judged += [(row.rule, index in matched) for index, row in bundled.iterrows()]
    for line in [*DEFAULT_WIRE_FILE.read_text(encoding="utf-8").splitlines(), *DEFAULT_EVENTS_FILE.read_text(encoding="utf-8").splitlines()]:
        if line.strip():
            case = json.loads(line)
            expected = {pair_key(a, b, r) for a, r, b in case["edges"]}
            judged += [(r.rule, pair_key(r.actor1, r.actor2, r.relation) in expected) for r in extract_relations(case["text"]).itertuples()]
    if (DEFAULT_DEVSET_DIR / "gold").is_dir():
        dev_gold = load_devset_gold(DEFAULT_DEVSET_DIR / "gold")
        facts = dev_gold.required | dev_gold.acceptable
        dev = extract_corpus(load_corpus([DEFAULT_DEVSET_DIR / "articles"]).articles).relations
        judged += [
            (r.rule, (r.article_id, *pair_key(r.actor1, r.actor2, r.relation)) in facts)
            for r in dev.itertuples()
            if r.actor1 in CORE_ACTORS and r.actor2 in CORE_ACTORS
        ]
    return judged


def fitted_bases(judged: Sequence[tuple[str, bool]]) -> dict[str, tuple[float, int, int]]:
    """rule -> (new base, rows, right rows)."""
    rows, right = Counter(rule for rule, _ in judged), Counter(rule for rule, ok in judged if ok)
    result = {}
    for rule in SPECS:
        rate = (right[rule] + PRIOR_WEIGHT * PRIOR) / (rows[rule] + PRIOR_WEIGHT)
        result[rule] = (round(min(HIGHEST, max(LOWEST, rate)), 2), rows[rule], right[rule])
    return result


# The page of the documentation that shows the table.
CONFIDENCE_DOC = Path(__file__).resolve().parent.parent / "docs" / "relations.md"
TABLE_HEADER = "| construction (`rule`) | base | example |"


def confidence_table(constructions: Sequence[dict]) -> str:
    """The documented table of constructions, their bases and examples."""
    rows = [TABLE_HEADER, "| --- | --- | --- |"]
    rows += [f"| `{c['id']}` | {c['base']:.2f} | \"{c['example']}\" |" for c in constructions]
    return "\n".join(rows)


def with_table(page: str, table: str) -> str:
    """`page` with its construction table replaced by `table`."""
    start = page.index(TABLE_HEADER)
    end = page.index("\n\n", start)
    return page[:start] + table + page[end:]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.fit_confidence", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the fitted values, write nothing")
    args = parser.parse_args(argv)
    fitted = fitted_bases(judged_rows())
    print(f"{'rule':<22} {'rows':>5} {'right':>6} {'old':>5} {'new':>5}")
    for rule, (base, rows, right) in fitted.items():
        print(f"{rule:<22} {rows:5d} {right:6d} {SPECS[rule].base:5.2f} {base:5.2f}")
    if not args.dry_run:
        data = json.loads(Path(CONSTRUCTIONS_FILE).read_text(encoding="utf-8"))
        for entry in data["constructions"]:
            entry["base"] = fitted[entry["id"]][0]
        write_text_atomic(Path(CONSTRUCTIONS_FILE), json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        write_text_atomic(CONFIDENCE_DOC, with_table(CONFIDENCE_DOC.read_text(encoding="utf-8"), confidence_table(data["constructions"])))
        print(f"wrote {CONSTRUCTIONS_FILE} and the table in {CONFIDENCE_DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
