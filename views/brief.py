"""A short Markdown brief of the filtered view: figures, relation counts, and the strongest edges with one quote each.

Every text that comes from the data (sentences, outlets, titles, actor names,
the filter's words) goes through views.markup.md_plain, so that the brief renders
as that text in any CommonMark viewer (no link, image, HTML or emphasis can
come from an article) and still reads as written in a text editor: only what
Markdown would misread gets a backslash ("Turkey, Russia", "2019-06-30" stay).

Each edge is quoted with its most confident sentence that is not a headline: a
headline states a claim in a few capitalised words, without the sentence that
supports it. An edge whose every sentence is a headline is quoted with one,
marked as such.
"""
from __future__ import annotations

import datetime

import pandas as pd

from extract.headlines import is_title_case
from extract.schema import RELATION_TYPES
from views.aggregate import NO_OUTLET, edge_keys
from views.excerpts import relation_words, review_label
from views.markup import md_plain

BRIEF_EDGES = 10
# Sentences fetched per edge, so that one which is not a headline can be quoted.
QUOTE_CANDIDATES = 5
# A quote longer than this is cut (with "…"): one extraction error must not fill the brief.
QUOTE_CHARS = 600
STRENGTH_ORDER: list[tuple[str, bool]] = [("evidence", False), ("confidence", False), ("actor1", True), ("actor2", True),
                                          ("relation", True)]


def strongest_edges(edges: pd.DataFrame, top: int) -> pd.DataFrame:
    """The `top` edges (views.queries.edges) with most evidence sentences, then highest mean confidence."""
    columns, ascending = zip(*STRENGTH_ORDER)
    return edges.sort_values(list(columns), ascending=list(ascending), kind="stable").head(top).reset_index(drop=True)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _folded(text: object) -> str:
    return " ".join(str(text or "").split()).casefold().rstrip(".!?:;")


def is_headline(sentence: str, title: str) -> bool:
    """A sentence that is its article's title, or is written as one (Title Case, no final stop)."""
    return (bool(title) and _folded(sentence) == _folded(title)) or is_title_case(" ".join(str(sentence).split()))


def _quote(sentence: str) -> str:
    text = " ".join(str(sentence).split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1].rstrip() + "…"
    return "> " + md_plain(text)


def _figures(corpus: pd.DataFrame, edges: pd.DataFrame) -> list[str]:
    dates = pd.concat([corpus["first"], corpus["last"]]).dropna()
    span = f" (published {md_plain(dates.min())} to {md_plain(dates.max())})" if len(dates) else ""
    actors = set(edges["actor1"]) | set(edges["actor2"])
    return [
        f"- Articles: {int(corpus['articles'].sum()):,}{span}",
        f"- Sources: {int((corpus['source'] != NO_OUTLET).sum()):,}",
        f"- Actors on an edge: {len(actors):,}",
        f"- Edges (actor pair and relation): {len(edges):,}",
        f"- Relation sentences: {int(edges['evidence'].sum()):,}",
    ]


def _relation_table(edges: pd.DataFrame) -> list[str]:
    lines = ["| Relation | Edges | Sentences |", "| --- | ---: | ---: |"]
    for relation in RELATION_TYPES:
        of_kind = edges[edges["relation"] == relation]
        lines.append(f"| {relation} | {len(of_kind):,} | {int(of_kind['evidence'].sum()):,} |")
    return lines


def _edge_section(rank: int, edge, quote, title_of: dict[str, str], names: dict[str, str]) -> list[str]:
    lines = [
        f"### {rank}. {md_plain(relation_words(edge.relation, edge.actor1, edge.actor2, names))}",
        "",
        f"{_plural(int(edge.evidence), 'evidence sentence')} in {_plural(int(edge.articles), 'article')} from "
        f"{_plural(int(edge.sources), 'source')}; mean confidence {float(edge.confidence):.2f}.",
    ]
    if quote is not None:
        where = [md_plain(quote.source or NO_OUTLET), md_plain(quote.date or "undated")]
        title = title_of.get(quote.article_id) or ""
        if title:
            where.append(f"“{md_plain(title)}”")
        reviewed = review_label(getattr(quote, "review", ""))
        if is_headline(quote.evidence, title):
            where.append("headline")
        lines += ["", _quote(quote.evidence), "",
                  f"— {', '.join(where)} (confidence {float(quote.confidence):.2f}{'; ' + reviewed.lower() if reviewed else ''})"]
    return lines + [""]


def markdown_brief(*, title: str, filter_text: str, generated: datetime.date, corpus: pd.DataFrame, edges: pd.DataFrame,
                   excerpts: pd.DataFrame, titles: pd.DataFrame, names: dict[str, str], top: int = BRIEF_EDGES) -> str:
    """The brief as Markdown.

    `corpus` is views.queries.corpus_by_source, `edges` views.queries.edges, both under the filter that
    `filter_text` describes (views.filters.describe); `excerpts` holds relation rows of the strongest edges
    (views.queries.edge_excerpt_rows, QUOTE_CANDIDATES per edge), of which the most confident that is not a
    headline is quoted per edge; `titles` gives article_id and title of their articles.
    """
    lines = [f"# {md_plain(title)}", "", f"Generated {generated.isoformat()} · filter: {md_plain(filter_text)}", "",
             "## Figures", "", *_figures(corpus, edges), ""]
    if edges.empty:
        return "\n".join(lines + ["No relation sentence passes this filter: widen it to see edges.", ""])
    lines += ["## Relations by type", "", *_relation_table(edges), ""]
    strongest = strongest_edges(edges, top)
    lines += [f"## The {_plural(len(strongest), 'strongest edge')}", "",
              "By evidence sentences, then mean confidence; each with its most confident sentence.", ""]
    title_of = dict(zip(titles["article_id"], titles["title"]))
    keyed = edge_keys(excerpts)
    keyed = keyed.assign(headline=[is_headline(e, title_of.get(a) or "") for e, a in zip(keyed["evidence"], keyed["article_id"])])
    keyed = keyed.sort_values(["headline", "confidence", "article_id", "start"], ascending=[True, False, True, True],
                              kind="stable")
    quotes = {(r.actor1, r.actor2, r.relation): r for r in keyed.drop_duplicates(["actor1", "actor2", "relation"]).itertuples()}
    for rank, edge in enumerate(strongest.itertuples(index=False), start=1):
        quote = quotes.get((edge.actor1, edge.actor2, edge.relation))
        lines += _edge_section(rank, edge, quote, title_of, names)
    return "\n".join(lines)
