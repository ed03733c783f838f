"""Tables as the pages show them: readable column names, actor names instead of ids.

Streamlit's dataframe draws cells as text on a canvas, so cell values need no
HTML escaping. Its toolbar offers "Download as CSV" of the cells as shown, so
every table goes to st.dataframe through `display_table`, which neutralizes
spreadsheet formulas like the project's own downloads (views.downloads).
"""
from __future__ import annotations

import pandas as pd

from extract.export import neutralize_formulas
from extract.schema import DIRECTED_RELATIONS
from views.aggregate import mention_matrix


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """`table` ready for st.dataframe: a text cell starting with =, +, -, @, tab or CR gets a leading quote,
    so the toolbar's CSV opens in a spreadsheet as text, not as a formula (OWASP's CSV-injection rule)."""
    return neutralize_formulas(table)


def actor_names(actors: pd.DataFrame) -> dict[str, str]:
    """actor_id -> display name (the id when the name is empty)."""
    return {a: (n or a) for a, n in zip(actors["actor_id"], actors["name"])}


# Names longer than this are cut in a multiselect's chips: "Government of Nationa…" was both the GNA and the GNU.
LONG_NAME = 22


def actor_label(actor_id: str, names: dict[str, str]) -> str:
    """The actor as a choice in a list: its name, led by its id when the name is long and the id differs
    ("GNA · Government of National Accord"), so that a cut label still tells two actors apart."""
    name = names.get(actor_id, actor_id)
    return f"{actor_id} · {name}" if len(name) > LONG_NAME and actor_id != name else name


def actor_table(actors: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """The actor table with one mention-count column per source, most mentioned actors first.

    `counts` (views.queries.mention_counts, already filtered) gives mentions and
    articles per actor and source, so the table follows the sidebar filter;
    actors with no mention in the filtered articles are left out.
    """
    per_source = mention_matrix(counts)
    # An article has one outlet, so an actor's articles are the sum over outlets.
    totals = counts.groupby("actor_id")[["mentions", "articles"]].sum().reset_index()
    table = actors.drop(columns=["mentions", "articles"]).merge(totals, on="actor_id")
    table = table.merge(per_source.add_prefix("in: ").reset_index(), on="actor_id", how="left")
    table = table.sort_values(["mentions", "actor_id"], ascending=[False, True], kind="stable").reset_index(drop=True)
    columns = ["actor_id", "name", "type", "country_code", "mentions", "articles",
               *(c for c in table.columns if c.startswith("in: ")), "aliases"]
    return table[columns].rename(columns={"actor_id": "id", "country_code": "country"})


def edge_table(edges: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Aggregated edges with actor names, for display."""
    return pd.DataFrame(
        {
            "from": [names.get(a, a) for a in edges["actor1"]],
            "relation": [r + (" →" if r in DIRECTED_RELATIONS else "") for r in edges["relation"]],
            "to": [names.get(a, a) for a in edges["actor2"]],
            "evidence": edges["evidence"].to_numpy(),
            "articles": edges["articles"].to_numpy(),
            "sources": edges["source_names"].to_numpy(),
            "confidence": edges["confidence"].round(2).to_numpy(),
        }
    )


def evidence_table(relations: pd.DataFrame, names: dict[str, str], articles: pd.DataFrame) -> pd.DataFrame:
    """Relation rows as readable evidence: who, what, the sentence, where it comes from."""
    titles = dict(zip(articles["article_id"], articles["title"]))
    return pd.DataFrame(
        {
            "relation": relations["relation"].to_numpy(),
            "actor 1": [names.get(a, a) for a in relations["actor1"]],
            "actor 2": [names.get(a, a) for a in relations["actor2"]],
            "evidence": relations["evidence"].to_numpy(),
            "source": relations["source"].to_numpy(),
            "date": relations["date"].to_numpy(),
            "article": [titles.get(a) or a for a in relations["article_id"]],
            "speaker": [names.get(s, s) for s in relations["speaker"]],
            "cue": relations["cue"].to_numpy(),
            "confidence": relations["confidence"].round(2).to_numpy(),
            **({"review": relations["review"].to_numpy()} if "review" in relations.columns else {}),
        }
    )
