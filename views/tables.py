"""Tables as the pages show them: readable column names, actor names instead of ids.

Streamlit's dataframe draws cells as text on a canvas, so cell values need no
HTML escaping. Its toolbar offers "Download as CSV" of the cells as shown, so
every table goes to st.dataframe through `display_table`, which neutralizes
spreadsheet formulas like the project's own downloads (views.downloads).

The Overview's two summary tables are static HTML instead (`html_table`): the
dataframe's grid was about 1.5 MB of JavaScript and a canvas per table for the
browser to load and draw on the first page (docs/performance.md). Their cells
are escaped, and they offer no download, so they need no formula quoting.
"""
from __future__ import annotations

import html
import math
import numbers

import pandas as pd

from extract.export import neutralize_formulas
from extract.schema import DIRECTED_RELATIONS
from views.aggregate import mention_matrix


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """`table` ready for st.dataframe: a text cell starting with =, +, -, @, tab or CR gets a leading quote,
    so the toolbar's CSV opens in a spreadsheet as text, not as a formula (OWASP's CSV-injection rule)."""
    return neutralize_formulas(table)


# Scoped to the table's class. Colours are translucent greys so the table reads in the light and the dark theme;
# the header stays in view while the box scrolls (blurred, as its background cannot know the theme's colour).
HTML_TABLE_STYLE = """<style>
.lw-table-box { overflow: auto; border: 1px solid rgba(128, 128, 128, 0.3); border-radius: 0.5rem; }
.lw-table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
.lw-table th, .lw-table td { padding: 0.25rem 0.5rem; border-bottom: 1px solid rgba(128, 128, 128, 0.2);
  text-align: left; white-space: nowrap; }
.lw-table th { position: sticky; top: 0; font-weight: 600; background: rgba(128, 128, 128, 0.18);
  backdrop-filter: blur(8px); }
.lw-table td.lw-number, .lw-table th.lw-number { text-align: right; font-variant-numeric: tabular-nums; }
.lw-table td.lw-wrap { white-space: normal; min-width: 6rem; }
</style>"""
# A text column with a value longer than this wraps, so that the numbers after it stay in view in a narrow
# column of the page; shorter ones (dates, countries, most types) stay on one line (dates would break at hyphens).
WRAP_CHARS = 12


def _cell(value: object) -> tuple[str, bool]:
    """A cell's text and whether it is a number (right-aligned): integers with thousands separators, other
    numbers with two decimals, missing values empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return "", False
    if isinstance(value, bool):
        return str(value), False
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}", True
    if isinstance(value, numbers.Real):
        return f"{float(value):,.2f}", True
    return str(value), False


def html_table(table: pd.DataFrame, *, height: int) -> str:
    """`table` as a static HTML table (every row; the box scrolls past `height` pixels), for st.html.

    Every header and cell is HTML-escaped: outlets, titles and names come from the articles.
    """
    numeric = [pd.api.types.is_numeric_dtype(table[column]) for column in table.columns]
    wrap = [not number and table[column].astype(str).str.len().max() > WRAP_CHARS
            for column, number in zip(table.columns, numeric)]
    head = "".join(f'<th class="lw-number">{html.escape(str(column))}</th>' if number
                   else f"<th>{html.escape(str(column))}</th>" for column, number in zip(table.columns, numeric))
    rows = []
    for values in table.itertuples(index=False, name=None):
        cells = []
        for (text, number), wraps in zip((_cell(value) for value in values), wrap):
            kind = ' class="lw-number"' if number else ' class="lw-wrap"' if wraps else ""
            cells.append(f"<td{kind}>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'{HTML_TABLE_STYLE}<div class="lw-table-box" style="max-height: {int(height)}px">'
            f'<table class="lw-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


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
