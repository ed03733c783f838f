"""Shaping the counts the queries return (views.queries): edge keys, zero-filled grids, claims per outlet.

support is directed (actor1 backs actor2), so A->B and B->A are two edges.
opposition and mediation are read as undirected here: "A fights B" and
"B fights A" are one conflict, so their pair is put in a fixed order.
"""
from __future__ import annotations

import pandas as pd

from extract.schema import DIRECTED_RELATIONS, NO_OUTLET, RELATION_TYPES
from views.filters import RelationFilter

EDGE_KEY: list[str] = ["actor1", "actor2", "relation"]
CLAIM_CODES: dict[str, int] = {"support": 1, "opposition": 4, "mediation": 8}
EDGE_DTYPES: dict[str, str] = {
    "actor1": "str", "actor2": "str", "relation": "str", "evidence": "int64", "articles": "int64", "sources": "int64",
    "source_names": "str", "confidence": "float64",
}
EDGE_COLUMNS: list[str] = list(EDGE_DTYPES)
CLAIM_DTYPES: dict[str, str] = {
    "actor_a": "str", "actor_b": "str", "pair": "str", "claim": "str", "evidence": "int64", "asserted_by": "str",
    "not_asserted_by": "str", "disagree": "bool",
}


def empty_frame(dtypes: dict[str, str]) -> pd.DataFrame:
    """A table with these columns and dtypes and no rows, so that callers need no special case."""
    return pd.DataFrame({column: pd.Series(dtype=dtype) for column, dtype in dtypes.items()})


def edge_keys(relations: pd.DataFrame) -> pd.DataFrame:
    """`relations` with the pair of undirected relations in sorted order, so that parallel rows share a key."""
    swap = ~relations["relation"].isin(DIRECTED_RELATIONS) & (relations["actor1"] > relations["actor2"])
    return relations.assign(
        actor1=relations["actor1"].where(~swap, relations["actor2"]),
        actor2=relations["actor2"].where(~swap, relations["actor1"]),
    )


def claim_label(relation: str, actor1: str, actor2: str, names: dict[str, str]) -> str:
    """What a relation row claims about its pair, in words: direction matters only for support."""
    if relation == "support":
        return f"{names.get(actor1, actor1)} supports {names.get(actor2, actor2)}"
    return relation


def _claim_text(code: int, actor_a: str, actor_b: str, names: dict[str, str]) -> str:
    if code == CLAIM_CODES["support"]:
        return claim_label("support", actor_a, actor_b, names)
    if code == CLAIM_CODES["support"] + 1:
        return claim_label("support", actor_b, actor_a, names)
    return next(relation for relation, value in CLAIM_CODES.items() if value == code)


def relation_count_grid(counts: pd.DataFrame) -> pd.DataFrame:
    """Long table source, relation, count (views.queries.relation_counts) with a zero row for every
    relation type a source never asserts."""
    sources = sorted(counts["source"].unique())
    full = pd.MultiIndex.from_product([sources, list(RELATION_TYPES)], names=["source", "relation"])
    return counts.set_index(["source", "relation"])["count"].reindex(full, fill_value=0).rename("count").reset_index()


def filter_mention_counts(counts: pd.DataFrame, chosen: RelationFilter) -> pd.DataFrame:
    """Rows of views.queries.mention_counts for mentions in articles of the chosen sources, of the chosen actors
    (the counts are made for the filter's dates)."""
    keep = pd.Series(True, index=counts.index)
    if chosen.sources:
        keep &= counts["source"].isin([source or NO_OUTLET for source in chosen.sources])
    if chosen.actors:
        keep &= counts["actor_id"].isin(chosen.actors)
    return counts[keep].reset_index(drop=True)


def mention_matrix(counts: pd.DataFrame) -> pd.DataFrame:
    """Actor x source matrix of mention counts (rows: actor ids, columns: outlets) from views.queries.mention_counts."""
    matrix = counts.pivot_table(index="actor_id", columns="source", values="mentions", aggfunc="sum", fill_value=0)
    return matrix.astype("int64").rename_axis(index="actor_id", columns="source")


# Claim-code bits (CLAIM_CODES) of support in either direction, and of opposition: outlets that say one
# and the other about the same pair contradict each other.
SUPPORT_BITS = CLAIM_CODES["support"] | (CLAIM_CODES["support"] + 1)
OPPOSITION_BIT = CLAIM_CODES["opposition"]


def incompatible_pairs(claims: pd.DataFrame) -> pd.Series:
    """For each pair of views.queries.claim_counts output (index actor_a, actor_b): whether one outlet says
    support (either way) and another outlet opposition. One outlet saying both disagrees with itself, not
    with the others, so it alone makes no disagreement."""
    pair = ["actor_a", "actor_b"]
    # The codes are bits, so a source's set of claims about a pair is the sum of its codes.
    claim_sets = claims.groupby([*pair, "source"])["code"].sum().reset_index()
    supports = (claim_sets["code"] & SUPPORT_BITS) > 0
    opposes = (claim_sets["code"] & OPPOSITION_BIT) > 0
    flags = claim_sets[pair].assign(supports=supports, opposes=opposes, either=supports | opposes)
    grouped = flags.groupby(pair)
    return grouped["supports"].any() & grouped["opposes"].any() & grouped["either"].sum().gt(1)


def pair_claims(claims: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """For every actor pair, each claim made about it, who asserts it, and who reports the pair without it.

    `claims` is views.queries.claim_counts output (one row per pair, claim code
    and outlet). `disagree` marks pairs about which outlets make incompatible
    claims (incompatible_pairs): one says support, another opposition. Support
    beside mediation, or one outlet seeing mediation the other does not, is no
    contradiction. Pairs with a disagreement come first.
    """
    if claims.empty:
        return empty_frame(CLAIM_DTYPES)
    pair = ["actor_a", "actor_b"]
    table = claims.groupby([*pair, "code"])["evidence"].sum().reset_index()
    unique = claims.sort_values("source", kind="stable")
    disagree = incompatible_pairs(claims).rename("disagree")
    # Plain dicts: a groupby-to-list over many groups is a Python call per group.
    asserting: dict[tuple[str, str, int], list[str]] = {}
    reporters: dict[tuple[str, str], dict[str, None]] = {}
    columns_as_lists = (unique[c].tolist() for c in ("actor_a", "actor_b", "code", "source"))
    for a, b, code, source in zip(*columns_as_lists):
        asserting.setdefault((a, b, code), []).append(source)
        reporters.setdefault((a, b), {})[source] = None
    table = table.join(disagree, on=pair)
    keys = list(zip(table["actor_a"].tolist(), table["actor_b"].tolist(), table["code"].tolist()))
    table["asserted_by"] = ["; ".join(asserting[k]) for k in keys]
    table["not_asserted_by"] = [
        "; ".join(s for s in reporters[k[:2]] if s not in asserting[k]) if len(reporters[k[:2]]) > len(asserting[k]) else ""
        for k in keys
    ]
    table["claim"] = [_claim_text(c, a, b, names) for a, b, c in keys]
    table["pair"] = [f"{names.get(a, a)} – {names.get(b, b)}" for a, b, _ in keys]
    table = table.sort_values(["disagree", *pair, "evidence", "code"], ascending=[False, True, True, False, True], kind="stable")
    return table[list(CLAIM_DTYPES)].astype(CLAIM_DTYPES).reset_index(drop=True)


COMPARISON_DTYPES: dict[str, str] = {"pair": "str", "claim": "str", "first": "int64", "second": "int64", "verdict": "str"}


def compare_outlets(claims: pd.DataFrame, first: str, second: str, names: dict[str, str]) -> pd.DataFrame:
    """Two outlets side by side: every claim either makes (views.queries.claim_counts output, outlets labelled),
    the evidence sentences of each (`first`, `second`) and a verdict: "both", "contradicted" (the other
    outlet says the incompatible relation about the pair: support against opposition), "the other reports the
    pair, not this" or "only this outlet reports the pair". Contradictions first, then by pair and evidence."""
    both = claims[claims["source"].isin([first, second])]
    if both.empty or first == second:
        return empty_frame(COMPARISON_DTYPES)
    grid = both.pivot_table(index=["actor_a", "actor_b", "code"], columns="source", values="evidence", aggfunc="sum",
                            fill_value=0).reindex(columns=[first, second], fill_value=0).astype("int64").reset_index()
    bits = both.groupby(["actor_a", "actor_b", "source"])["code"].sum()
    rows = []
    for a, b, code, n_first, n_second in grid.itertuples(index=False, name=None):
        said = {outlet: int(bits.get((a, b, outlet), 0)) for outlet in (first, second)}
        if n_first and n_second:
            verdict = "both"
        else:
            other = second if n_first else first
            against = OPPOSITION_BIT if code & SUPPORT_BITS else SUPPORT_BITS if code & OPPOSITION_BIT else 0
            if said[other] & against:
                verdict = f"contradicted by {other}"
            elif said[other]:
                verdict = f"{other} reports the pair, not this"
            else:
                verdict = f"only {second if other == first else first} reports the pair"
        rows.append({"pair": f"{names.get(a, a)} – {names.get(b, b)}", "claim": _claim_text(code, a, b, names),
                     "first": n_first, "second": n_second, "verdict": verdict,
                     "order": (not verdict.startswith("contradicted"), a, b, -(n_first + n_second), code)})
    table = pd.DataFrame(rows).sort_values("order", kind="stable")
    return table[list(COMPARISON_DTYPES)].astype(COMPARISON_DTYPES).reset_index(drop=True)


def pair_by_source(claims: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Outlets x claims evidence counts for one actor pair, from views.queries.claim_counts for that pair."""
    labelled = claims.assign(claim=[_claim_text(c, a, b, names) for c, a, b in
                                    zip(claims["code"], claims["actor_a"], claims["actor_b"])])
    matrix = labelled.pivot_table(index="source", columns="claim", values="evidence", aggfunc="sum", fill_value=0)
    return matrix.astype("int64").rename_axis(index="source", columns="claim")


def top_pairs(claims: pd.DataFrame, limit: int) -> pd.DataFrame:
    """One row per pair of pair_claims output (actor_a, actor_b, disagree, evidence): the `limit` pairs with
    most evidence sentences, those where outlets disagree first, in pair_claims' order otherwise."""
    pairs = claims.groupby(["actor_a", "actor_b"], sort=False).agg(disagree=("disagree", "first"),
                                                                   evidence=("evidence", "sum")).reset_index()
    kept = pairs.sort_values(["disagree", "evidence"], ascending=[False, False], kind="stable").head(limit)
    return pairs.loc[pairs.index.isin(kept.index)].reset_index(drop=True)
