"""Counting relation rows: one edge per (actor pair, relation), counts per source, claims per outlet.

support is directed (actor1 backs actor2), so A->B and B->A are two edges.
opposition and mediation are read as undirected here: "A fights B" and
"B fights A" are one conflict, so their pair is put in a fixed order.
"""
from __future__ import annotations

import pandas as pd

from extract.schema import RELATION_TYPES

DIRECTED_RELATIONS: frozenset[str] = frozenset({"support"})
EDGE_KEY: list[str] = ["actor1", "actor2", "relation"]
# How an article without an outlet (an upload left blank) is labelled in counts and lists.
NO_OUTLET = "(no outlet)"
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


def outlet_labels(outlets: pd.Series) -> pd.Series:
    """Outlet names for display: a missing outlet becomes NO_OUTLET rather than an empty label."""
    return outlets.fillna("").replace("", NO_OUTLET)


def edge_keys(relations: pd.DataFrame) -> pd.DataFrame:
    """`relations` with the pair of undirected relations in sorted order, so that parallel rows share a key."""
    swap = ~relations["relation"].isin(DIRECTED_RELATIONS) & (relations["actor1"] > relations["actor2"])
    return relations.assign(
        actor1=relations["actor1"].where(~swap, relations["actor2"]),
        actor2=relations["actor2"].where(~swap, relations["actor1"]),
    )


def aggregate_edges(relations: pd.DataFrame) -> pd.DataFrame:
    """One row per (actor1, actor2, relation): evidence sentences, articles, sources, mean confidence.

    Sorted by evidence, most first, then by key so that the order is stable between reruns.
    """
    if relations.empty:
        return empty_frame(EDGE_DTYPES)
    keyed = edge_keys(relations)
    grouped = keyed.groupby(EDGE_KEY, sort=False)
    edges = grouped.agg(
        evidence=("evidence", "size"),
        articles=("article_id", "nunique"),
        sources=("source", "nunique"),
        confidence=("confidence", "mean"),
    )
    names = (
        keyed[[*EDGE_KEY, "source"]]
        .assign(source=outlet_labels(keyed["source"]))
        .drop_duplicates()
        .sort_values("source")
        .groupby(EDGE_KEY, sort=False)["source"]
        .agg("; ".join)
        .rename("source_names")
    )
    edges = edges.join(names).reset_index()
    edges = edges.sort_values(["evidence", *EDGE_KEY], ascending=[False, True, True, True], kind="stable")
    return edges[EDGE_COLUMNS].reset_index(drop=True)


def edge_evidence(relations: pd.DataFrame, actor1: str, actor2: str, relation: str) -> pd.DataFrame:
    """Every relation row behind one aggregated edge, most confident first."""
    keyed = edge_keys(relations)
    rows = relations[(keyed["actor1"] == actor1) & (keyed["actor2"] == actor2) & (keyed["relation"] == relation)]
    return rows.sort_values(["confidence", "article_id", "start"], ascending=[False, True, True], kind="stable")


def actor_evidence(relations: pd.DataFrame, actor: str) -> pd.DataFrame:
    """Every relation row with `actor` on either end."""
    rows = relations[(relations["actor1"] == actor) | (relations["actor2"] == actor)]
    return rows.sort_values(["relation", "confidence", "article_id", "start"], ascending=[True, False, True, True], kind="stable")


def relation_counts_by_source(relations: pd.DataFrame) -> pd.DataFrame:
    """Long table source, relation, count, with a zero row for every relation type a source never asserts."""
    labelled = relations.assign(source=outlet_labels(relations["source"]))
    counts = labelled.groupby(["source", "relation"]).size()
    sources = sorted(labelled["source"].unique())
    full = pd.MultiIndex.from_product([sources, list(RELATION_TYPES)], names=["source", "relation"])
    return counts.reindex(full, fill_value=0).rename("count").reset_index()


def mentions_by_source(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Actor x source matrix of mention counts (rows: actor ids, columns: outlets)."""
    outlets = mentions.merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    outlets["outlet"] = outlet_labels(outlets["outlet"])
    return pd.crosstab(outlets["actor_id"], outlets["outlet"]).rename_axis(index="actor_id", columns="source")


def claim_label(relation: str, actor1: str, actor2: str, names: dict[str, str]) -> str:
    """What a relation row claims about its pair, in words: direction matters only for support."""
    if relation == "support":
        return f"{names.get(actor1, actor1)} supports {names.get(actor2, actor2)}"
    return relation


def _claims(relations: pd.DataFrame) -> pd.DataFrame:
    """One row per relation row: the unordered pair (actor_a < actor_b), what is claimed, by which source.

    `code` tells claims apart without building strings for 100k rows: 1 = a
    supports b, 2 = b supports a, 4 = opposition, 8 = mediation.
    """
    first = relations["actor1"].where(relations["actor1"] <= relations["actor2"], relations["actor2"])
    second = relations["actor2"].where(relations["actor1"] <= relations["actor2"], relations["actor1"])
    kinds = relations["relation"].map(CLAIM_CODES).fillna(0).astype("int64")
    backwards = (relations["relation"] == "support") & (relations["actor1"] != first)
    return pd.DataFrame({
        "actor_a": first.to_numpy(),
        "actor_b": second.to_numpy(),
        "code": (kinds + backwards.astype("int64")).to_numpy(),
        "source": outlet_labels(relations["source"]).to_numpy(),
    })


def _claim_text(code: int, actor_a: str, actor_b: str, names: dict[str, str]) -> str:
    if code == CLAIM_CODES["support"]:
        return claim_label("support", actor_a, actor_b, names)
    if code == CLAIM_CODES["support"] + 1:
        return claim_label("support", actor_b, actor_a, names)
    return next(relation for relation, value in CLAIM_CODES.items() if value == code)


def pair_claims(relations: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """For every actor pair, each claim made about it, who asserts it, and who reports the pair without it.

    `disagree` marks pairs where at least two outlets report the pair and their
    sets of claims differ (one says support, another opposition, or only one
    of them sees mediation). Pairs with a disagreement come first.
    """
    if relations.empty:
        return empty_frame(CLAIM_DTYPES)
    pair = ["actor_a", "actor_b"]
    claims = _claims(relations)
    table = claims.groupby([*pair, "code"]).size().rename("evidence").reset_index()
    unique = claims.drop_duplicates().sort_values("source", kind="stable")
    # The codes are bits, so a source's set of claims about a pair is the sum of its codes.
    claim_sets = unique.groupby([*pair, "source"])["code"].sum()
    disagree = claim_sets.groupby(level=pair).nunique().gt(1).rename("disagree")
    # Plain dicts: a groupby-to-list over ~100k rows is a Python call per group.
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
    return table[list(CLAIM_DTYPES)].reset_index(drop=True)


def pair_by_source(relations: pd.DataFrame, actor_a: str, actor_b: str, names: dict[str, str]) -> pd.DataFrame:
    """Outlets x claims evidence counts for one actor pair (either order)."""
    rows = relations[
        ((relations["actor1"] == actor_a) & (relations["actor2"] == actor_b))
        | ((relations["actor1"] == actor_b) & (relations["actor2"] == actor_a))
    ]
    claims = _claims(rows)
    claims["claim"] = [_claim_text(c, a, b, names) for c, a, b in zip(claims["code"], claims["actor_a"], claims["actor_b"])]
    return pd.crosstab(claims["source"], claims["claim"]).rename_axis(index="source", columns="claim")
