"""One actor in focus: its neighbourhood in the network, and how each outlet describes its relations.

Distances ignore direction: "A supports B" makes A and B neighbours both ways.
"""
from __future__ import annotations

import pandas as pd

from views.aggregate import empty_frame

# The columns of outlet_breakdown after `source` and `evidence`: how the actor in focus relates to the counterparts.
BREAKDOWN_COLUMNS: list[str] = ["supports", "supported by", "opposition", "mediation"]
BREAKDOWN_DTYPES: dict[str, str] = {"source": "str", "evidence": "int64", **{c: "str" for c in BREAKDOWN_COLUMNS}}


def edge_actors(edges: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """Every actor on an edge of `edges`, sorted by name (case-insensitive)."""
    return sorted(set(edges["actor1"]) | set(edges["actor2"]), key=lambda a: (names.get(a, a).casefold(), a))


def neighbourhood(edges: pd.DataFrame, actor: str, hops: int) -> pd.DataFrame:
    """The rows of `edges` (views.queries.edges) reached from `actor` in at most `hops` steps, in their order.

    An edge is kept when one of its ends is fewer than `hops` steps from the
    actor: hops=1 keeps the actor's own edges (not those between two of its
    neighbours); hops=2 adds every edge of its neighbours, so an edge between
    two actors two steps away is left out. No edge touches an unknown actor: empty.
    """
    if hops < 1:
        raise ValueError(f"hops must be 1 or more, not {hops}")
    inner, frontier = {actor}, {actor}
    for _ in range(hops - 1):
        touching = edges[edges["actor1"].isin(frontier) | edges["actor2"].isin(frontier)]
        frontier = (set(touching["actor1"]) | set(touching["actor2"])) - inner
        inner |= frontier
    kept = edges[edges["actor1"].isin(inner) | edges["actor2"].isin(inner)]
    return kept.reset_index(drop=True)


def _named(counts: pd.DataFrame, names: dict[str, str]) -> str:
    """"Turkey (5), Qatar (1)": counterparts by evidence, most first, then by name."""
    labelled = counts.assign(name=[names.get(c, c) for c in counts["counterpart"]])
    labelled = labelled.sort_values(["evidence", "name"], ascending=[False, True], kind="stable")
    return ", ".join(f"{name} ({n})" for name, n in zip(labelled["name"], labelled["evidence"]))


def outlet_breakdown(counts: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """One row per outlet: its evidence (relation rows) about the actor, and per relation the counterparts with their counts.

    `counts` is views.queries.actor_outlet_counts (source, relation, role,
    counterpart, evidence). Support is split by direction: "supports" lists
    whom the actor backs, "supported by" who backs it. Outlets with most evidence first.
    """
    if counts.empty:
        return empty_frame(BREAKDOWN_DTYPES)
    column = counts["relation"].where(counts["relation"] != "support",
                                      counts["role"].map({"actor1": "supports", "actor2": "supported by"}))
    keyed = counts.assign(column=column)
    cells = {key: _named(group, names) for key, group in keyed.groupby(["source", "column"], sort=False)}
    table = keyed.groupby("source")["evidence"].sum().rename("evidence").reset_index()
    for name in BREAKDOWN_COLUMNS:
        table[name] = [cells.get((source, name), "") for source in table["source"]]
    table = table.sort_values(["evidence", "source"], ascending=[False, True], kind="stable")
    return table[list(BREAKDOWN_DTYPES)].astype(BREAKDOWN_DTYPES).reset_index(drop=True)
