"""Score extracted relations against the hand annotation in data/gold/.

    python -m extract.evaluate [--gold DIR] [--articles DIR] [--min-confidence X]
                               [--variants-sample N] [--seed S] [--no-variants]

Two views, both printed per relation type and overall:
- sentence level: a predicted row is right when a gold row has the same
  relation, the same actors (in order for support, in either order for
  opposition and mediation) and evidence that overlaps it; one-to-one.
- article level: the set of (article, actor1, actor2, relation) facts.
Speaker agreement is reported over the sentence-level matches. Then the wire
sentences and events, the dev sets beside the repository (devset, devset2) when
they are there, the regressions file scored as sentences, and the survival of
variants of every case (extract.variants, extract.survival; docs/robustness-variants.md).

    python -m extract.evaluate --sentence-sets TSV [--sets NAME,NAME]

scores sets of annotated sentences instead (extract.sentence_sets: the held-out probes of issue 16).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from extract.reviews import ReviewError, deduplicate, edge_key, load_reviews
from extract.schema import RELATION_COLUMNS, RELATION_TYPES, pair_key
from extract.store import current_generation, table_dir

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD_DIR = REPO / "data" / "gold"
DEFAULT_ARTICLES_DIR = REPO / "data" / "articles"
DEFAULT_WIRE_FILE = REPO / "data" / "gold" / "wire" / "sentences.jsonl"
# One-sentence events between two states, in the style of world-news event records.
DEFAULT_EVENTS_FILE = REPO / "data" / "gold" / "wire" / "events.jsonl"
# Third-party development set beside the repository; scored when it is there, never copied in.
DEFAULT_DEVSET_DIR = REPO.parent / "shared" / "devset"
# A second dev set of unseen articles, scored the same way.
DEFAULT_DEVSET2_DIR = REPO.parent / "shared" / "devset2"
# Invented sentences, one or two per class of miss on unseen articles (extract.variants reads them).
DEFAULT_REGRESSIONS_FILE = REPO.parent / "shared" / "regressions" / "unseen-misses.tsv"
# The actors the dev-set guideline scores; edges with any other actor are reported, not scored.
CORE_ACTORS = frozenset({"Turkey", "Russia", "GNA", "LNA", "Egypt", "UAE", "France", "Wagner"})
DEVSET_STATUSES = ("required", "acceptable")


class GoldError(ValueError):
    """A gold file that cannot be scored against; the message says where."""


@dataclass(frozen=True)
class GoldRelation:
    article_id: str
    actor1: str
    actor2: str
    relation: str
    speaker: str
    start: int
    end: int


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(gold_dir: Path, articles_dir: Path) -> list[GoldRelation]:
    """Every gold relation, with its evidence located in the article text."""
    gold: list[GoldRelation] = []
    files = sorted(Path(gold_dir).glob("*.jsonl"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.jsonl). See data/gold/GUIDELINES.md.")
    for path in files:
        article_path = Path(articles_dir) / f"{path.stem}.txt"
        if not article_path.exists():
            raise GoldError(f"{path}: no article {article_path.name} in {articles_dir}.")
        text = article_path.read_text(encoding="utf-8")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldError(f"{path}:{number}: not valid JSON ({error}).") from error
            start = text.find(row.get("evidence", "\0"))
            if start < 0:
                raise GoldError(f"{path}:{number}: evidence is not a substring of {article_path.name}.")
            if row.get("relation") not in RELATION_TYPES:
                raise GoldError(f"{path}:{number}: relation {row.get('relation')!r} is not one of {RELATION_TYPES}.")
            gold.append(
                GoldRelation(
                    path.stem,
                    row["actor1"],
                    row["actor2"],
                    row["relation"],
                    row.get("speaker", ""),
                    start,
                    start + len(row["evidence"]),
                )
            )
    return gold


def match_sentences(predicted: pd.DataFrame, gold: Sequence[GoldRelation]) -> list[tuple[int, GoldRelation]]:
    """One-to-one matches (predicted row index, gold relation) at sentence level."""
    unused = list(gold)
    matches = []
    for index, row in predicted.iterrows():
        key = pair_key(row["actor1"], row["actor2"], row["relation"])
        for candidate in unused:
            if (
                candidate.article_id == row["article_id"]
                and pair_key(candidate.actor1, candidate.actor2, candidate.relation) == key
                and candidate.start < row["end"]
                and row["start"] < candidate.end
            ):
                matches.append((index, candidate))
                unused.remove(candidate)
                break
    return matches


def sentence_scores(predicted: pd.DataFrame, gold: Sequence[GoldRelation]) -> dict[str, Score]:
    matches = match_sentences(predicted, gold)
    scores = {}
    for relation in (*RELATION_TYPES, "overall"):
        def keep(value: str) -> bool:
            return relation == "overall" or value == relation

        scores[relation] = Score(
            sum(1 for _, g in matches if keep(g.relation)),
            int(sum(keep(r) for r in predicted["relation"])),
            sum(1 for g in gold if keep(g.relation)),
        )
    return scores


def article_scores(predicted: pd.DataFrame, gold: Sequence[GoldRelation]) -> dict[str, Score]:
    predicted_facts = {(r.article_id, *pair_key(r.actor1, r.actor2, r.relation)) for r in predicted.itertuples()}
    gold_facts = {(g.article_id, *pair_key(g.actor1, g.actor2, g.relation)) for g in gold}
    scores = {}
    for relation in (*RELATION_TYPES, "overall"):
        p = {f for f in predicted_facts if relation == "overall" or f[3] == relation}
        g = {f for f in gold_facts if relation == "overall" or f[3] == relation}
        scores[relation] = Score(len(p & g), len(p), len(g))
    return scores


@dataclass(frozen=True)
class WireResult:
    """Scores of a file of single sentences, the sentences where extraction and
    annotation differ, and each extracted row's confidence and whether it was right."""

    scores: dict[str, Score]
    differences: list[str]
    confidences: list[float]
    right: list[bool]


def wire_scores(path: Path = DEFAULT_WIRE_FILE) -> WireResult:
    """Score single sentences written in the style of wire reports (one JSON
    object a line: text and the edges it states)."""
    from extract.pipeline import extract_relations

    counts = {relation: [0, 0, 0] for relation in (*RELATION_TYPES, "overall")}
    differences: list[str] = []
    confidences: list[float] = []
    right: list[bool] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            expected = {pair_key(a, b, r) for a, r, b in row["edges"]}
        except (json.JSONDecodeError, KeyError, ValueError) as error:
            raise GoldError(f"{path}:{number}: expected {{\"text\": ..., \"edges\": [[actor1, relation, actor2], ...]}} ({error}).") from error
        table = extract_relations(row["text"])
        found = {pair_key(r.actor1, r.actor2, r.relation) for r in table.itertuples()}
        for r in table.itertuples():
            confidences.append(r.confidence)
            right.append(pair_key(r.actor1, r.actor2, r.relation) in expected)
        for relation in counts:
            def keep(fact: tuple[str, str, str]) -> bool:
                return relation == "overall" or fact[2] == relation

            counts[relation][0] += len({f for f in found & expected if keep(f)})
            counts[relation][1] += len({f for f in found if keep(f)})
            counts[relation][2] += len({f for f in expected if keep(f)})
        if found != expected:
            differences.append(f"  {row['text'][:100]}\n    missed {sorted(expected - found)} extra {sorted(found - expected)}")
    scores = {relation: Score(*values) for relation, values in counts.items()}
    return WireResult(scores, differences, confidences, right)


@dataclass(frozen=True)
class DevsetGold:
    """Article-level gold of the dev set: required facts count for recall, acceptable ones are not errors."""

    required: frozenset[tuple[str, str, str, str]]
    acceptable: frozenset[tuple[str, str, str, str]]


def load_devset_gold(gold_dir: Path) -> DevsetGold:
    """Read <article_id>.tsv files (actor1, actor2, relation, status, note), core actors only."""
    required: set[tuple[str, str, str, str]] = set()
    acceptable: set[tuple[str, str, str, str]] = set()
    files = sorted(Path(gold_dir).glob("*.tsv"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.tsv).")
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) < 4 or cells[2] not in RELATION_TYPES or cells[3] not in DEVSET_STATUSES:
                raise GoldError(f"{path}:{number}: expected actor1, actor2, relation, status (required|acceptable), note.")
            actor1, actor2, relation, status = cells[:4]
            if actor1 not in CORE_ACTORS or actor2 not in CORE_ACTORS:
                continue
            fact = (path.stem, *pair_key(actor1, actor2, relation))
            (required if status == "required" else acceptable).add(fact)
    return DevsetGold(frozenset(required), frozenset(acceptable - required))


def devset_scores(predicted: pd.DataFrame, gold: DevsetGold) -> tuple[dict[str, Score], list[str]]:
    """Article-level scores on core actors: a predicted fact is right when it is required or acceptable;
    recall counts required facts only. Also returns the differences, one line each."""
    facts = {
        (r.article_id, *pair_key(r.actor1, r.actor2, r.relation))
        for r in predicted.itertuples()
        if r.actor1 in CORE_ACTORS and r.actor2 in CORE_ACTORS
    }
    scores = {}
    for relation in (*RELATION_TYPES, "overall"):
        def keep(fact: tuple[str, ...]) -> bool:
            return relation == "overall" or fact[3] == relation

        p = {f for f in facts if keep(f)}
        required = {f for f in gold.required if keep(f)}
        right = {f for f in p if f in gold.required or f in gold.acceptable}
        # Precision over right predictions; recall over required facts found.
        scores[relation] = _Devscore(len(right), len(p), len(required), len(p & required))
    differences = [f"  extra  {' '.join(f)}" for f in sorted(facts - gold.required - gold.acceptable)]
    differences += [f"  missed {' '.join(f)}" for f in sorted(gold.required - facts)]
    return scores, differences


@dataclass(frozen=True)
class _Devscore(Score):
    found_required: int = 0

    @property
    def recall(self) -> float:
        return self.found_required / self.expected if self.expected else 0.0


def format_scores(title: str, scores: dict[str, Score]) -> str:
    lines = [title, f"  {'relation':<11} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}"]
    for relation, score in scores.items():
        lines.append(
            f"  {relation:<11} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
            f"{score.true_positives:4d} {score.predicted:5d} {score.expected:5d}"
        )
    return "\n".join(lines)


def confidence_table(predicted: pd.DataFrame, gold: Sequence[GoldRelation], bins: Iterable[float] = (0.0, 0.5, 0.7, 0.85, 1.01)) -> str:
    """How often rows in each confidence band are right (sentence level)."""
    matched = {index for index, _ in match_sentences(predicted, gold)}
    edges = list(bins)
    lines = ["Precision by confidence band (sentence level)"]
    for low, high in zip(edges, edges[1:]):
        band = predicted[(predicted["confidence"] >= low) & (predicted["confidence"] < high)]
        right = sum(1 for index in band.index if index in matched)
        share = f"{right / len(band):.2f}" if len(band) else "  - "
        lines.append(f"  [{low:.2f}, {min(high, 1.0):.2f}{')' if high <= 1 else ']'}  rows {len(band):3d}  right {right:3d}  precision {share}")
    return "\n".join(lines)


def speaker_agreement(predicted: pd.DataFrame, gold: Sequence[GoldRelation]) -> str:
    matches = match_sentences(predicted, gold)
    same = sum(1 for index, g in matches if (predicted.at[index, "speaker"] or "") == (g.speaker or ""))
    return f"Speaker agrees with gold on {same} of {len(matches)} matched rows"


def devset_report(folder: Path, min_confidence: float = 0.0, *, errors: bool = False) -> str:
    """The dev set's article-level scores on core actors, precision by confidence band, and (errors) its differences."""
    from extract.corpus import load_corpus
    from extract.pipeline import extract_corpus

    gold = load_devset_gold(folder / "gold")
    corpus = load_corpus([folder / "articles"])
    predicted = extract_corpus(corpus.articles).relations
    predicted = predicted[predicted["confidence"] >= min_confidence].reset_index(drop=True)
    scores, differences = devset_scores(predicted, gold)
    core = predicted[predicted["actor1"].isin(CORE_ACTORS) & predicted["actor2"].isin(CORE_ACTORS)]
    right = [
        (r.article_id, *pair_key(r.actor1, r.actor2, r.relation)) in gold.required | gold.acceptable
        for r in core.itertuples()
    ]
    lines = [
        format_scores(f"Dev set {folder} ({len(corpus.articles)} articles, article level, core actors; "
                      "acceptable edges are not errors)", scores),
        band_table(core["confidence"].tolist(), right, "Precision by confidence band (dev set rows)"),
    ]
    if errors:
        lines.append("Dev set differences:\n" + "\n".join(differences))
    return "\n".join(lines)


def band_table(confidences: Sequence[float], right: Sequence[bool], title: str, bins: Iterable[float] = (0.0, 0.5, 0.7, 0.85, 1.01)) -> str:
    edges = list(bins)
    lines = [title]
    for low, high in zip(edges, edges[1:]):
        band = [ok for c, ok in zip(confidences, right) if low <= c < high]
        share = f"{sum(band) / len(band):.2f}" if band else "  - "
        lines.append(f"  [{low:.2f}, {min(high, 1.0):.2f}{')' if high <= 1 else ']'}  rows {len(band):3d}  right {sum(band):3d}  precision {share}")
    return "\n".join(lines)


def review_scores(relations: pd.DataFrame, reviews: pd.DataFrame) -> Score:
    """Score extracted edges against reviews: confirmed and added are gold, rejected are known false
    positives. Precision is over the extracted edges that have a review; recall over confirmed + added."""
    reviews = deduplicate(reviews)
    columns = ["article_id", "start", "end", "actor1", "actor2", "relation"]
    verdict_of = {edge_key(*row[:-1]): row[-1] for row in reviews[[*columns, "verdict"]].itertuples(index=False, name=None)}
    extracted = {edge_key(*row) for row in relations[columns].itertuples(index=False, name=None)}
    reviewed = [verdict_of[key] for key in extracted if key in verdict_of]
    gold = sum(verdict != "rejected" for verdict in verdict_of.values())
    return Score(true_positives=sum(v != "rejected" for v in reviewed), predicted=len(reviewed), expected=gold)


def read_relations(data_dir: Path, csv_path: Path | None = None) -> pd.DataFrame:
    """The extracted relations: `csv_path`, else DATA/relations.csv, else the current store generation."""
    path = csv_path or Path(data_dir) / "relations.csv"
    if csv_path is not None or path.exists():
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        missing = [c for c in ("article_id", "start", "end", "actor1", "actor2", "relation") if c not in table.columns]
        if missing:
            raise GoldError(f"{path}: no column(s) {', '.join(missing)}; give a relations table written by python -m extract.")
        return table.astype({"start": int, "end": int})
    generation = current_generation(data_dir)
    if generation is None:
        raise GoldError(f"{data_dir}: no relations.csv and no store; run python -m extract first, or give --relations PATH.")
    parts = sorted(table_dir(generation, "relations").glob("*.parquet"))
    return pd.concat([pd.read_parquet(part) for part in parts], ignore_index=True) if parts else pd.DataFrame(columns=RELATION_COLUMNS)


def reviews_report(reviews_path: Path, relations_path: Path | None = None) -> str:
    """What `--reviews` prints: the extractor's relations scored against the reviews file."""
    reviews = load_reviews(reviews_path)
    relations = read_relations(Path(reviews_path).parent, relations_path)
    counts = reviews["verdict"].value_counts()
    header = (
        f"{len(relations)} extracted relations; {len(reviews)} reviews "
        f"({counts.get('confirmed', 0)} confirmed, {counts.get('added', 0)} added, {counts.get('rejected', 0)} rejected)"
    )
    scores = {"all": review_scores(relations, reviews)}
    for relation in RELATION_TYPES:
        scores[relation] = review_scores(relations[relations["relation"] == relation], reviews[reviews["relation"] == relation])
    return f"{header}\n\n" + format_scores("Against the reviews (pred = extracted edges with a review)", scores)


def robustness_report(
    regressions: Path | None, *, sample: int | None = None, seed: int = 0, variants: bool = True, errors: bool = False
) -> str:
    """The regressions file scored as sentences (when given) and the survival of variants of every
    case: the construction table, the wire sentences and events, and the regressions' readable rows."""
    from extract.survival import regression_report, run_variants, sample_variants, survival_report
    from extract.variant_cases import load_regressions, repository_cases
    from extract.variants import VariantGenerator, generate, original

    generator = VariantGenerator(seed=seed)
    parts = []
    cases = repository_cases()
    if regressions is not None:
        rows = load_regressions(regressions, generator.dictionary.actors)
        readable = [row.case for row in rows if row.case is not None]
        parts.append(regression_report(rows, run_variants([original(case) for case in readable], generator.extractor), errors=errors))
        cases += readable
    if variants:
        started = time.perf_counter()
        chosen = sample_variants(generate(cases, generator), sample, seed)
        outcomes = run_variants(chosen, generator.extractor)
        spent = time.perf_counter() - started
        parts.append(survival_report(outcomes, examples=3 if errors else 0) + f"\n({len(chosen)} variants generated, extracted and judged in {spent:.0f} s)")
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD_DIR, help="folder of <article_id>.jsonl gold files")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES_DIR, help="folder of the annotated articles")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="score only rows at or above this confidence")
    parser.add_argument("--wire", type=Path, default=DEFAULT_WIRE_FILE, help="JSONL of single sentences with their edges")
    parser.add_argument("--events", type=Path, default=DEFAULT_EVENTS_FILE, help="JSONL of one-sentence events with their edges")
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET_DIR, help="dev set folder (articles/, gold/*.tsv); skipped when absent")
    parser.add_argument("--devset2", type=Path, default=DEFAULT_DEVSET2_DIR, help="second dev set folder, scored like --devset; skipped when absent")
    parser.add_argument("--regressions", type=Path, default=DEFAULT_REGRESSIONS_FILE, help="TSV of sentences with their expected edges (id, class, sentence, expected); skipped when absent")
    parser.add_argument("--variants-sample", type=int, metavar="N", help="score N variants spread over the constructions (default: every variant)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the variant phrases, list members and sample")
    parser.add_argument("--no-variants", action="store_true", help="skip the variant survival sweep")
    parser.add_argument("--errors", action="store_true", help="also list false positives and misses")
    parser.add_argument("--reviews", type=Path, help="score the extracted relations against this reviews.csv instead")
    parser.add_argument("--relations", type=Path, help="with --reviews: the relations CSV (default: beside the reviews file)")
    parser.add_argument("--sentence-sets", type=Path, metavar="TSV", help="score annotated sentence sets (the columns of data/training/pair_sentences.tsv) instead")
    parser.add_argument("--sets", default="", help="with --sentence-sets: the sets to score, comma-separated (default: every set)")
    args = parser.parse_args(argv)
    if args.variants_sample is not None and args.variants_sample < 1:
        parser.error("--variants-sample must be 1 or more (use --no-variants to skip the sweep)")
    if args.sentence_sets is not None:
        from extract.pipeline import default_extractor
        from extract.sentence_sets import SentenceSetError, format_sentence_sets, read_sentence_sets, score_sentence_sets

        try:
            rows = read_sentence_sets(args.sentence_sets, [s.strip() for s in args.sets.split(",") if s.strip()])
        except SentenceSetError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        print(format_sentence_sets(score_sentence_sets(rows, default_extractor())))
        return 0
    if args.reviews is not None:
        try:
            print(reviews_report(args.reviews, args.relations))
        except (ReviewError, GoldError, OSError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        return 0

    from extract.corpus import load_corpus
    from extract.pipeline import extract_corpus

    try:
        gold = load_gold(args.gold, args.articles)
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    annotated = {g.article_id for g in gold} | {p.stem for p in Path(args.gold).glob("*.jsonl")}
    corpus = load_corpus([args.articles])
    articles = [a for a in corpus.articles if a.article_id in annotated]
    predicted = extract_corpus(articles).relations
    predicted = predicted[predicted["confidence"] >= args.min_confidence].reset_index(drop=True)

    print(f"{len(articles)} articles, {len(gold)} gold relations, {len(predicted)} predicted (min confidence {args.min_confidence})\n")
    print(format_scores("Sentence level", sentence_scores(predicted, gold)))
    print()
    print(format_scores("Article level (distinct facts)", article_scores(predicted, gold)))
    print()
    print(confidence_table(predicted, gold))
    print(speaker_agreement(predicted, gold))
    for path, title in ((args.wire, "Wire-style sentences"), (args.events, "One-sentence events")):
        if path.exists():
            result = wire_scores(path)
            print()
            print(format_scores(f"{title} ({path.name})", result.scores))
            print(band_table(result.confidences, result.right, f"Precision by confidence band ({path.name} rows)"))
            if args.errors:
                print("\n".join(result.differences))
    for folder in (args.devset, args.devset2):
        if (folder / "gold").is_dir():
            print()
            print(devset_report(folder, args.min_confidence, errors=args.errors))
    if args.errors:
        matches = match_sentences(predicted, gold)
        matched_rows = {i for i, _ in matches}
        matched_gold = {id(g) for _, g in matches}
        print("\nFalse positives:")
        for index, row in predicted.iterrows():
            if index not in matched_rows:
                print(f"  {row.article_id}: {row.actor1} {row.relation} {row.actor2} ({row.confidence}, {row.rule}/{row.cue}) | {row.evidence[:150]}")
        print("\nMissed:")
        text_of = {a.article_id: a.text for a in articles}
        for g in gold:
            if id(g) not in matched_gold:
                print(f"  {g.article_id}: {g.actor1} {g.relation} {g.actor2} | {text_of[g.article_id][g.start:g.end][:150]}")
    from extract.variant_cases import CaseError

    try:
        robustness = robustness_report(
            args.regressions if args.regressions.exists() else None,
            sample=args.variants_sample,
            seed=args.seed,
            variants=not args.no_variants,
            errors=args.errors,
        )
    except CaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if robustness:
        print()
        print(robustness)
    return 0


if __name__ == "__main__":
    sys.exit(main())
