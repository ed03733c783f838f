"""Fit the fallback pair model (extract.relations.pair_model) on annotated sentences, and write it to the lexicon.

    python -m extract.train_pair_model [--sentences data/training/pair_sentences.tsv] [--out data/lexicon/pair_model.json]
                                       [--threshold 0.85] [--dry-run]

The sentences are a TSV with the columns set, id, category, date, text, required, acceptable (edges as
`A|relation|B` joined by `; `, the guideline's required and acceptable). Each is read by the extractor with the
fallback off; every pair of actors a sentence names is one example, labelled by the passage's edges (none, support
either way, opposition, mediation; a pair with only an acceptable edge is left out). The cross-validation holds out
one `set` at a time and applies the model as the extractor would (only to pairs the constructions' edges in the
sentence do not both name, in sentences that state a fact), and prints what it adds to what the constructions read in
the passage: edges right (required or acceptable) and wrong. The share right
is the confidence the model's edges carry. Needs scikit-learn (requirements.txt); the extractor itself does not.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from spacy.tokens import Span

from extract.datafiles import default_data_folder
from extract.dictionary import load_dictionary
from extract.event_dates import event_lexicon_for
from extract.extractor import Extractor
from extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from extract.mentions import ActorSpan
from extract.relations.pair_model import (
    LABELS,
    NONE,
    PAIR_MODEL_FILE,
    PairModel,
    ParsedSentence,
    allowed_relations,
    aspectual_verbs,
    closest_pairs,
    edge_of,
    pair_features,
    read_by_constructions,
)
from extract.relations.reader import Edge
from extract.schema import Article, pair_key
from extract.sentence_sets import SentenceSetError, edges_by_key, read_sentence_sets

DEFAULT_SENTENCES = default_data_folder("training") / "pair_sentences.tsv"
# Features seen in fewer examples than this say nothing the model can trust, and only grow the file.
MIN_COUNT = 2
C = 1.0
THRESHOLD = 0.85  # the bundled model's (docs/relations.md says how it was chosen)
# The set name of the repository's case sentences: always trained on, never held out (they are not a sample of news).
CASES_SET = "cases"
DIGITS = 4


class TrainingError(ValueError):
    """Training sentences that cannot be read."""


@dataclass
class Pair:
    first: str
    second: str
    features: list[str]
    # the constructions' edges in the sentence name both actors, or it states no fact: the model is not asked
    silent: bool
    # what the model may read between the two (pair_model.allowed_relations); nothing for a silent pair
    allowed: frozenset[str] = frozenset()


@dataclass
class Passage:
    set: str
    required: dict[tuple[str, str, str], tuple[str, str, str]]
    acceptable: dict[tuple[str, str, str], tuple[str, str, str]]
    read: set[tuple[str, str, str]] = field(default_factory=set)
    pairs: list[Pair] = field(default_factory=list)


def parse_edges(text: str, where: str) -> dict[tuple[str, str, str], tuple[str, str, str]]:
    try:
        return edges_by_key(text, where)
    except SentenceSetError as error:
        raise TrainingError(str(error)) from error


def read_sentences(path: Path) -> list[dict[str, str]]:
    """The rows of the sentences file (extract.sentence_sets reads the format, and checks every row's edges)."""
    try:
        return read_sentence_sets(path)
    except SentenceSetError as error:
        raise TrainingError(str(error)) from error


def read_passages(rows: Sequence[dict[str, str]], extractor: Extractor, path: Path) -> list[Passage]:
    """Each row read by the extractor with the fallback off, with its pairs' features."""
    passages: list[Passage] = []
    aspect_words = aspectual_verbs(extractor.lexicon)

    def observe(sent: Span, mentions: list[ActorSpan], edges: list[Edge], about_peace: bool) -> None:
        passage = passages[-1]
        passage.read |= {pair_key(e.actor1, e.actor2, e.relation) for e in edges}
        parsed = ParsedSentence.of(sent, aspect_words)
        for first, second in closest_pairs(mentions):
            features = pair_features(sent, first, second, extractor.cue_classes, aspect_words, extractor.actor_types, parsed)
            no_fact = parsed.states_no_fact_of(first.span.root.i, second.span.root.i, extractor.lexicon)
            silent = no_fact or read_by_constructions(first.actor_id, second.actor_id, edges)
            # what the model may read matters only where it is asked
            allowed = frozenset() if silent else frozenset(
                allowed_relations(first, second, extractor.lexicon, extractor.cue_classes, about_peace, edges)
            )
            passage.pairs.append(Pair(first.actor_id, second.actor_id, features, silent, allowed))

    extractor.pair_model, extractor.sentence_observer = None, observe
    for number, row in enumerate(rows, start=2):
        where = f"{path} line {number}"
        passages.append(Passage(row["set"], parse_edges(row["required"], where), parse_edges(row["acceptable"], where)))
        extractor.extract(Article(article_id=f"{row['set']}-{row['id']}", text=row["text"], date=row["date"]))
    return passages


def case_rows() -> list[dict[str, str]]:
    """The repository's case sentences (extract.variant_cases: the construction table, the wire sentences and the
    events) as training rows: their expected edges required, every other pair of actors they name none. The
    negative cases among them are what the model most needs to see: sentences that look like a relation and are not."""
    from extract.variant_cases import repository_cases

    return [
        {"set": CASES_SET, "id": case.case_id, "category": case.group, "date": case.date, "text": case.text,
         "required": "; ".join(f"{a}|{r}|{b}" for a, r, b in sorted(case.expected)), "acceptable": ""}
        for case in repository_cases()
    ]


def label_of(passage: Passage, pair: Pair) -> str | None:
    """The pair's label by the passage's required edges; None when only an acceptable edge joins the two."""
    a, b = pair.first, pair.second
    required, acceptable = passage.required, passage.acceptable
    for label in LABELS[1:]:
        if pair_key(*edge_of(label, a, b)) in required:
            return label
    if any(pair_key(*edge_of(label, a, b)) in acceptable for label in LABELS[1:]):
        return None
    return NONE


def examples(passages: Sequence[Passage]) -> tuple[list[list[str]], list[str]]:
    features, labels = [], []
    for passage in passages:
        for pair in passage.pairs:
            label = label_of(passage, pair)
            if label is not None:
                features.append(pair.features)
                labels.append(label)
    return features, labels


def fit(features: Sequence[Sequence[str]], labels: Sequence[str]) -> dict:
    """A multinomial logistic model, as the weights pair_model.PairModel reads."""
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:  # pragma: no cover - requirements.txt installs it
        raise TrainingError("training needs scikit-learn: pip install -r requirements.txt") from error
    from scipy.sparse import csr_matrix

    counts = Counter(f for row in features for f in set(row))
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: n for n, f in enumerate(vocabulary)}
    cells = [(row, index[name]) for row, names in enumerate(features) for name in set(names) if name in index]
    matrix = csr_matrix(([1.0] * len(cells), ([r for r, _ in cells], [c for _, c in cells])), shape=(len(features), len(vocabulary)))
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(matrix, list(labels))
    classes = [str(c) for c in model.classes_]
    if set(classes) != set(LABELS):
        raise TrainingError(f"the sentences must have examples of every label {list(LABELS)}; they have {classes}")
    weights = {
        name: [round(float(model.coef_[k][n]), DIGITS) for k in range(len(classes))] for name, n in index.items()
    }
    return {"labels": classes, "bias": [round(float(b), DIGITS) for b in model.intercept_], "weights": weights}


def cross_validate(passages: Sequence[Passage], threshold: float) -> dict[str, int]:
    """Hold out each set in turn; count what the model adds to the constructions' edges on it."""
    totals: Counter[str] = Counter()
    by_set: dict[str, list[Passage]] = defaultdict(list)
    for passage in passages:
        by_set[passage.set].append(passage)
    for held_out in sorted(set(by_set) - {CASES_SET}):
        weights = fit(*examples([p for p in passages if p.set != held_out]))
        model = PairModel(tuple(weights["labels"]), tuple(weights["bias"]),
                          {f: tuple(w) for f, w in weights["weights"].items()}, threshold, 1.0, "")
        for passage in by_set[held_out]:
            added = set()
            for pair in passage.pairs:
                if pair.silent:
                    continue
                label, probability = model.best(pair.features)
                edge = edge_of(label, pair.first, pair.second)
                if label != NONE and probability >= threshold and edge[2] in pair.allowed:
                    added.add(pair_key(*edge))
            added -= passage.read  # the constructions read it in another sentence: nothing the model adds
            required, acceptable = set(passage.required), set(passage.acceptable)
            totals["required"] += len(required)
            totals["found by the constructions"] += len(required & passage.read)
            totals["added"] += len(added)
            totals["added, required"] += len(added & required)
            totals["added, acceptable"] += len(added & acceptable - required)
            totals["added, wrong"] += len(added - required - acceptable)
    return dict(totals)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=Path, default=DEFAULT_SENTENCES)
    parser.add_argument("--out", type=Path, default=DEFAULT_LEXICON_DIR / PAIR_MODEL_FILE)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--no-cross-validation", action="store_true", help="fit and write only (the confidence is kept)")
    parser.add_argument("--no-cases", action="store_true", help="train on the sentences file only, not the repository's cases")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    try:
        rows = read_sentences(args.sentences) + ([] if args.no_cases else case_rows())
    except (OSError, ValueError) as error:  # TrainingError, or a case file extract.variant_cases refuses
        print(f"error: {error}", file=sys.stderr)
        return 2
    extractor = Extractor(load_dictionary(), load_lexicon(), event_lexicon=event_lexicon_for(DEFAULT_LEXICON_DIR), pair_model=None)
    try:
        passages = read_passages(rows, extractor, args.sentences)
        labels = examples(passages)[1]
        print(f"{len(rows)} passages, {len(labels)} pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(labels).items())))
        if args.no_cross_validation and args.out.exists():
            confidence = json.loads(args.out.read_text(encoding="utf-8"))["confidence"]
        else:
            figures = cross_validate(passages, args.threshold)
            for name, value in figures.items():
                print(f"  {name}: {value}")
            right = figures["added, required"] + figures["added, acceptable"]
            confidence = round(right / figures["added"], 2) if figures["added"] else 0.5
            print(f"cross-validated share of the model's edges that are right: {confidence}")
        model = fit(*examples(passages))
    except TrainingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    document = {
        "_about": (
            "Weights of the fallback pair model (extract/relations/pair_model.py), written by python -m "
            "extract.train_pair_model from data/training/pair_sentences.tsv. It reads only pairs of actors the constructions' "
            "edges in the sentence do not both name; threshold: the least probability that makes an edge; confidence: the cross-validated "
            "share of its edges that were right."
        ),
        "threshold": args.threshold,
        "confidence": confidence,
        **model,
    }
    if not args.dry_run:
        args.out.write_text(json.dumps(document, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: {len(model['weights'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
