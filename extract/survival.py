"""Survival of variants (extract.variants): each variant extracted (parses made ahead in batches),
judged against its expected and absent edges, and the tables `python -m extract.evaluate` prints:
survival per construction or class, per source, per transformation, and the regressions file
scored as sentences.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from spacy.tokens import Doc

# CORE_ACTORS: the actors the dev-set guideline scores; an "only" case may give no other edge among them.
from extract.evaluate import CORE_ACTORS
from extract.schema import Article, pair_key
from extract.variant_cases import Edge, RegressionRow
from extract.variants import Variant, original

if TYPE_CHECKING:
    from spacy.language import Language

    from extract.extractor import Extractor

# Constructions below this share are listed.
SURVIVAL_TARGET = 0.95


def sample_variants(variants: Sequence[Variant], size: int | None, seed: int = 0) -> list[Variant]:
    """`size` variants spread over the groups (round robin over groups, each group's variants in a
    seeded order), so every construction is in a small sample; all of them when size is None."""
    if size is None or size >= len(variants):
        return list(variants)
    by_group: dict[str, list[Variant]] = defaultdict(list)
    for variant in variants:
        by_group[variant.case.group].append(variant)
    queues = []
    for group in sorted(by_group):
        members = list(by_group[group])
        random.Random(f"{seed}|{group}").shuffle(members)
        queues.append(members)
    chosen: list[Variant] = []
    while len(chosen) < size:
        for queue in queues:
            if queue and len(chosen) < size:
                chosen.append(queue.pop())
    return chosen


Found = dict[tuple[str, str, str], float]  # pair key -> highest confidence


class _PreparsedPipeline:
    """The extractor's spaCy pipeline, handing out the docs parsed ahead (in batches, nlp.pipe) for
    the texts it holds and parsing any other text itself. The extractor calls nlp.pipe once per
    text; one call over many short texts parses them about three times faster, with the same parses."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self.ready: dict[str, Doc] = {}

    def pipe(self, texts: Iterable[str], **options: object) -> Iterator[Doc]:
        for text in texts:
            doc = self.ready.pop(text, None)
            yield doc if doc is not None else self._nlp(text)

    def __call__(self, text: str) -> Doc:
        # the extractor parses a paragraph alone when its "the former" stand-in read as a modifier
        doc = self.ready.pop(text, None)
        return doc if doc is not None else self._nlp(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._nlp, name)


# Texts parsed ahead at a time: bounds the docs held in memory.
PARSE_AHEAD = 512


def extract_found(texts: Iterable[tuple[str, str]], extractor: Extractor | None = None) -> dict[tuple[str, str], Found]:
    """The edges each distinct (text, date) gives, by pair key, with their highest confidence.
    Each text is one article to the extractor (what extract_relations does, without the table),
    its parse made ahead in batches."""
    from extract.extractor import Extractor
    from extract.pipeline import default_extractor

    base = extractor or default_extractor()
    pipeline = _PreparsedPipeline(base.nlp)
    batched = Extractor(base.dictionary, base.lexicon, nlp=pipeline, epithets=base.epithet_list, parse_all=base.parse_all, pair_model=base.pair_model)  # type: ignore[arg-type]
    distinct = list(dict.fromkeys(texts))
    results: dict[tuple[str, str], Found] = {}
    for first in range(0, len(distinct), PARSE_AHEAD):
        chunk = distinct[first : first + PARSE_AHEAD]
        pipeline.ready = dict(zip((text for text, _ in chunk), base.nlp.pipe(text for text, _ in chunk)))
        for number, (text, date) in enumerate(chunk, start=first):
            relations = batched.extract(Article(article_id=f"variant-{number}", text=text, date=date)).relations
            found: Found = {}
            for r in relations:
                key = pair_key(r.actor1, r.actor2, r.relation)
                found[key] = max(found.get(key, 0.0), r.confidence)
            results[(text, date)] = found
    return results


@dataclass(frozen=True)
class Outcome:
    variant: Variant
    survived: bool
    missing: tuple[Edge, ...] = ()
    forbidden: tuple[Edge, ...] = ()
    found: tuple[tuple[Edge, float], ...] = ()
    # Whether the unchanged case sentence survives: a variant of a case that already fails says
    # nothing about the transformation.
    case_read: bool = True


def judge(variant: Variant, found: Found, baseline: Found) -> Outcome:
    """Did the variant survive? Expected edges found (or, for a meaning-changing variant, absent or
    below the unchanged case's confidence); no absent edge; for "only" cases no other edge among
    the core actors and the case's actors."""
    keys = {pair_key(a, b, r): (a, r, b) for a, r, b in variant.expected}
    missing: list[Edge] = []
    forbidden: list[Edge] = []
    if variant.directional:
        for key, edge in keys.items():
            if key in found and found[key] >= baseline.get(key, 0.0):
                forbidden.append(edge)
    else:
        missing = [edge for key, edge in keys.items() if key not in found]
    for a, r, b in variant.absent:
        if pair_key(a, b, r) in found:
            forbidden.append((a, r, b))
    if variant.case.only:
        scope = CORE_ACTORS | variant.case.actors
        forbidden += [(k[0], k[2], k[1]) for k in found if k not in keys and k[0] in scope and k[1] in scope]
    shown = tuple(((k[0], k[2], k[1]), round(c, 3)) for k, c in sorted(found.items()))
    return Outcome(variant, not missing and not forbidden, tuple(missing), tuple(dict.fromkeys(forbidden)), shown)


def run_variants(variants: Sequence[Variant], extractor: Extractor | None = None) -> list[Outcome]:
    """Extract every variant (and each case unchanged, for the hedging baseline) and judge it."""
    cases = {v.case.case_id: v.case for v in variants}
    found = extract_found([*((c.text, c.date) for c in cases.values()), *((v.text, v.date) for v in variants)], extractor)
    read = {
        case_id: judge(original(case), found[(case.text, case.date)], {}).survived
        for case_id, case in cases.items()
    }
    return [
        replace(judge(v, found[(v.text, v.date)], found[(v.case.text, v.case.date)]), case_read=read[v.case.case_id])
        for v in variants
    ]


# ---------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------


def survival_by(outcomes: Sequence[Outcome], key: Callable[[Outcome], str]) -> dict[str, tuple[int, int]]:
    """(survived, total) by key, sorted by key."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        counts[key(outcome)][0] += outcome.survived
        counts[key(outcome)][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(counts.items())}


def survival_report(outcomes: Sequence[Outcome], *, examples: int = 0, target: float = SURVIVAL_TARGET) -> str:
    """Survival per construction (or class) and overall, those below the target, per transformation,
    and (examples > 0) that many failures per construction."""
    if not outcomes:
        return "Variant survival: no variants."
    survived = sum(o.survived for o in outcomes)
    lines = [f"Variant survival: {survived}/{len(outcomes)} = {survived / len(outcomes):.3f} "
             f"({len({o.variant.case.case_id for o in outcomes})} cases)"]
    for source, (ok, total) in survival_by(outcomes, lambda o: o.variant.case.case_id.split(":")[0]).items():
        lines.append(f"  from {source:<31} {ok:5d}/{total:<5d} {ok / total:6.3f}")
    groups = survival_by(outcomes, lambda o: o.variant.case.group)
    lines.append(f"  {'construction / class':<36} {'survived':>9} {'variants':>9} {'rate':>6}")
    for group, (ok, total) in groups.items():
        lines.append(f"  {group:<36} {ok:9d} {total:9d} {ok / total:6.3f}")
    below = [g for g, (ok, total) in groups.items() if ok / total < target]
    lines.append(f"Below {target:.2f}: {', '.join(below) if below else 'none'}")
    negatives = [o for o in outcomes if o.variant.negative]
    wrong = sum(not o.survived for o in negatives)
    lines.append(f"Negative and meaning-changing variants that give a forbidden or unhedged edge: {wrong} of {len(negatives)}")
    # A variant of a case whose unchanged sentence already fails says nothing about the transformation.
    read = {o.variant.case.case_id for o in outcomes if o.case_read}
    given = survival_by([o for o in outcomes if o.case_read], lambda o: o.variant.transformation)
    lines.append(f"Survival by transformation (all cases | only the {len(read)} cases whose unchanged sentence is read)")
    for name, (ok, total) in survival_by(outcomes, lambda o: o.variant.transformation).items():
        ok_read, total_read = given.get(name, (0, 0))
        share = f"{ok_read / total_read:6.3f}" if total_read else "     -"
        lines.append(f"  {name:<36} {ok:5d}/{total:<5d} {ok / total:6.3f}   {ok_read:5d}/{total_read:<5d} {share}")
    if examples and wrong:
        lines.append("Negative and meaning-changing variants that fail (all of them)")
        lines.extend(describe_failure(o) for o in negatives if not o.survived)
    if examples:
        lines.append("Failures (variant | expected | got)")
        shown: Counter[str] = Counter()
        for outcome in outcomes:
            group = outcome.variant.case.group
            if outcome.survived or shown[group] >= examples:
                continue
            shown[group] += 1
            lines.append(describe_failure(outcome))
    return "\n".join(lines)


def describe_failure(outcome: Outcome) -> str:
    v = outcome.variant
    wanted = "must not give " + _edges_text(outcome.forbidden) if outcome.forbidden else "missing " + _edges_text(outcome.missing)
    got = ", ".join(f"{a} {r[:3]} {b} {c}" for (a, r, b), c in outcome.found) or "nothing"
    return f"  [{v.case.group} / {v.transformation}] {v.text}\n      {wanted}; got {got}"


def _edges_text(edges: Iterable[Edge]) -> str:
    return ", ".join(f"{a} {r[:3]} {b}" for a, r, b in edges)


def regression_report(rows: Sequence[RegressionRow], outcomes: Sequence[Outcome], *, errors: bool = False) -> str:
    """The regressions file scored as sentences: per class, expected edges found, sentences right,
    forbidden edges given; and the rows whose expected column could not be read."""
    by_case = {o.variant.case.case_id: o for o in outcomes if o.variant.transformation == "original"}
    lines = [f"Regressions ({len(rows)} sentences; found / expected edges per class)",
             f"  {'class':<22} {'rows':>5} {'scored':>7} {'found':>6} {'expected':>9} {'rows right':>11} {'forbidden':>10}"]
    classes: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for row in rows:
        tally = classes[row.group]
        tally[0] += 1
        outcome = by_case.get(row.case.case_id) if row.case else None
        if outcome is None:
            continue
        tally[1] += 1
        tally[3] += len(outcome.variant.expected)
        tally[2] += len(outcome.variant.expected) - len(outcome.missing)
        tally[4] += outcome.survived
        tally[5] += len(outcome.forbidden)
    total = [sum(t[i] for t in classes.values()) for i in range(6)]
    for name, t in [*sorted(classes.items()), ("all", total)]:
        lines.append(f"  {name:<22} {t[0]:5d} {t[1]:7d} {t[2]:6d} {t[3]:9d} {t[4]:11d} {t[5]:10d}")
    unread = [row for row in rows if row.case is None]
    if unread:
        lines.append("Not scored (expected column not in a form the parser reads): " + "; ".join(f"{r.row_id} ({r.expected_text})" for r in unread))
    if errors:
        lines.append("Regression sentences not read as expected:")
        lines += [describe_failure(o) for o in by_case.values() if not o.survived]
    return "\n".join(lines)
