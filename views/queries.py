"""The SQL behind every page: the sidebar filter as a WHERE clause, and the small tables pages show.

Each function takes the dataset's `Tables` and the filter and returns a
DataFrame of at most a few thousand rows (edges, counts per source, one
article's rows); the million-row tables stay in Parquet. Shaping those small
results for display lives in views.aggregate. What the first page, the sidebar
and the Sources page ask is answered from the generation's aggregates
(extract.aggregates) when `from_groups` says they give the same result, and
from the full tables otherwise.
"""
from __future__ import annotations

from typing import Sequence

import pandas as pd

from extract.schema import DIRECTED_RELATIONS
from views.aggregate import CLAIM_CODES, EDGE_COLUMNS, EDGE_DTYPES, NO_OUTLET, empty_frame
from views.filters import RelationFilter
from views.search import PASSAGE_DTYPES, matching_passages
from views.store import Tables

Clause = tuple[str, list[object]]
EVIDENCE_ORDER = "confidence DESC, article_id, start"
ARTICLE_FIELDS = "article_id, outlet, date, title, author, url, notes"


def _in(column: str, values: Sequence[str]) -> Clause:
    if not values:
        return "FALSE", []
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


def _all(clauses: Sequence[Clause]) -> Clause:
    return " AND ".join(f"({sql})" for sql, _ in clauses) or "TRUE", [p for _, params in clauses for p in params]


def _label(column: str) -> str:
    """The outlet as shown: NO_OUTLET for an empty one."""
    return f"CASE WHEN coalesce({column}, '') = '' THEN '{NO_OUTLET}' ELSE {column} END"


# Where a relation row sits in time under `date_basis="event"`: the date its sentence gives the event
# (extract.event_dates: yyyy-mm-dd, yyyy-mm or yyyy), else its publication date.
EVENT_OR_PUBLISHED = "CASE WHEN coalesce(event_date, '') <> '' THEN event_date ELSE date END"


def relation_date(chosen: RelationFilter) -> str:
    """The SQL expression of a relation row's date under the filter's date basis."""
    return EVENT_OR_PUBLISHED if chosen.date_basis == "event" else "date"


def date_where(chosen: RelationFilter, column: str = "date") -> Clause:
    """The date range over `column` (ISO text, empty when undated); undated rows pass if the filter keeps them.

    ISO dates sort as text, so the bounds compare as strings. A date of lower precision (an event dated
    `2020-06` or `2020`) passes when its month or year overlaps the range: padded to its last possible day
    ("-99") against the start and to its first ("-00") against the end.
    """
    clauses: list[Clause] = []
    if chosen.date_from:
        clauses.append((f"rpad({column}, 10, '-99-99') >= ?", [chosen.date_from]))
    if chosen.date_to:
        clauses.append((f"rpad({column}, 10, '-00-00') <= ?", [chosen.date_to]))
    dated, params = _all(clauses)
    undated = "TRUE" if chosen.include_undated else "FALSE"
    return f"CASE WHEN coalesce({column}, '') = '' THEN {undated} ELSE {dated} END", params


def like_pattern(word: str) -> str:
    """An ILIKE pattern (ESCAPE '\\') matching `word` anywhere, LIKE's wildcards in it taken literally."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def relation_where(chosen: RelationFilter) -> Clause:
    """The filter over the relations table; an actor matches on either end of the edge."""
    clauses = [_in("relation", chosen.relations), ("confidence >= ?", [chosen.min_confidence]),
               date_where(chosen, relation_date(chosen))]
    if not chosen.show_rejected:
        clauses.append(("review <> 'rejected'", []))
    if chosen.sources:
        clauses.append(_in("source", chosen.sources))
    if chosen.actors:
        first, params = _in("actor1", chosen.actors)
        second, _ = _in("actor2", chosen.actors)
        clauses.append((f"{first} OR {second}", params + params))
    return _all(clauses)


def article_where(chosen: RelationFilter) -> Clause:
    """The filter's sources and dates over the articles table (publication dates: an article has no event date)."""
    return _all([_in("outlet", chosen.sources) if chosen.sources else ("TRUE", []), date_where(chosen)])


def from_groups(tables: Tables, chosen: RelationFilter | None) -> bool:
    """Whether the generation's aggregates (extract.aggregates) answer for `chosen` exactly: they hold the rows
    as extracted (no upload, no review) per edge, source and datedness, so an open date range and a confidence
    threshold no row falls below are all they can filter on."""
    if not tables.grouped:
        return False
    if chosen is None:
        return True
    return not chosen.date_from and not chosen.date_to and chosen.min_confidence <= tables.snapshot.confidence_floor


def group_where(chosen: RelationFilter | None) -> Clause:
    """relation_where over `groups_relation_groups`, for a filter from_groups accepts (no review there, so
    `show_rejected` changes nothing; k1, k2 are the pair of actor1, actor2)."""
    if chosen is None:
        return "TRUE", []
    clauses = [_in("relation", chosen.relations), ("dated OR ?", [chosen.include_undated])]
    if chosen.sources:
        clauses.append(_in("source", chosen.sources))
    clauses.append(_actor_keys(chosen))
    return _all(clauses)


def _actor_keys(chosen: RelationFilter) -> Clause:
    """The filter's actors over an aggregate's edge key (k1, k2 are the pair of actor1, actor2)."""
    if not chosen.actors:
        return "TRUE", []
    first, params = _in("k1", chosen.actors)
    second, _ = _in("k2", chosen.actors)
    return f"{first} OR {second}", params + params


def group_article_where(chosen: RelationFilter, outlet: str = "outlet", dated: str = "article_dated") -> Clause:
    """article_where over an aggregate's article outlet and datedness, for a filter from_groups accepts."""
    return _all([_in(outlet, chosen.sources) if chosen.sources else ("TRUE", []), (f"{dated} OR ?", [chosen.include_undated])])


def undated_counts(tables: Tables) -> tuple[int, int]:
    """Articles without a date, and relation rows from them (shown in the sidebar so they are never lost unseen)."""
    if from_groups(tables, None):
        found = tables.query(
            "SELECT (SELECT coalesce(sum(articles), 0) FROM groups_article_groups WHERE coalesce(date, '') = '') "
            "AS articles, (SELECT coalesce(sum(n), 0) FROM groups_relation_groups WHERE NOT dated) AS sentences"
        )
        return int(found["articles"].iloc[0]), int(found["sentences"].iloc[0])
    found = tables.query(
        "SELECT (SELECT count(*) FROM articles WHERE coalesce(date, '') = '') AS articles, "
        "(SELECT count(*) FROM relations WHERE coalesce(date, '') = '') AS sentences"
    )
    return int(found["articles"].iloc[0]), int(found["sentences"].iloc[0])


_UNDIRECTED_SWAP = "relation NOT IN ({}) AND actor1 > actor2".format(", ".join(f"'{r}'" for r in sorted(DIRECTED_RELATIONS)))
# Relations with their edge key: undirected relations put the pair in a fixed order, so A-B and B-A are one edge.
KEYED = (f"(SELECT *, CASE WHEN {_UNDIRECTED_SWAP} THEN actor2 ELSE actor1 END AS k1, "
         f"CASE WHEN {_UNDIRECTED_SWAP} THEN actor1 ELSE actor2 END AS k2 FROM relations)")


def count_relations(tables: Tables, chosen: RelationFilter | None = None) -> int:
    """Relation rows passing `chosen` (all of them for None)."""
    if from_groups(tables, chosen):
        where, params = group_where(chosen)
        return int(tables.query(f"SELECT coalesce(sum(n), 0) AS n FROM groups_relation_groups WHERE {where}",
                                params)["n"].iloc[0])
    where, params = relation_where(chosen) if chosen is not None else ("TRUE", [])
    return int(tables.query(f"SELECT count(*) AS n FROM relations WHERE {where}", params)["n"].iloc[0])


def rejected_count(tables: Tables) -> int:
    """Relation rows an analyst rejected."""
    if not tables.reviewed:
        return 0
    return int(tables.query("SELECT count(*) AS n FROM relations WHERE review = 'rejected'")["n"].iloc[0])


def filter_options(tables: Tables) -> tuple[list[str], list[str]]:
    """Every outlet (of relations and articles), sorted, and every actor on an edge."""
    if from_groups(tables, None):
        sources = tables.query("SELECT DISTINCT source AS s FROM groups_relation_groups "
                               "UNION SELECT DISTINCT outlet FROM groups_article_groups")
        actors = tables.query("SELECT DISTINCT k1 AS a FROM groups_relation_groups "
                              "UNION SELECT DISTINCT k2 FROM groups_relation_groups")
        return sorted(sources["s"].fillna("")), actors["a"].tolist()
    sources = tables.query("SELECT DISTINCT source AS s FROM relations UNION SELECT DISTINCT outlet FROM articles")
    actors = tables.query("SELECT DISTINCT actor1 AS a FROM relations UNION SELECT DISTINCT actor2 FROM relations")
    return sorted(sources["s"].fillna("")), actors["a"].tolist()


def edges(tables: Tables, chosen: RelationFilter) -> pd.DataFrame:
    """One row per (actor1, actor2, relation): evidence sentences, articles, sources, mean confidence.

    The columns of views.aggregate.EDGE_DTYPES; strongest edge first, then by key, so the order is stable.
    Counted per outlet first, then per edge: an article has one outlet, so its
    articles add up, and the distinct counts run over small groups (twice as fast at a million rows).
    """
    if from_groups(tables, chosen) and not chosen.sources and chosen.include_undated:
        where, params = _all([_in("relation", chosen.relations), _actor_keys(chosen)])
        table = tables.query(
            "SELECT k1 AS actor1, k2 AS actor2, relation, evidence, articles, sources, source_names, "
            f"confidence_sum / evidence AS confidence FROM groups_edge_totals WHERE {where} "
            "ORDER BY evidence DESC, actor1, actor2, relation",
            params,
        )
        return table[EDGE_COLUMNS].astype(EDGE_DTYPES) if len(table) else empty_frame(EDGE_DTYPES)
    if from_groups(tables, chosen):
        where, params = group_where(chosen)
        per_source = (f"SELECT k1, k2, relation, source, {_label('source')} AS label, sum(n) AS n, sum(articles) AS a, "
                      f"sum(confidence_sum) AS c FROM groups_relation_groups WHERE {where} GROUP BY ALL")
    else:
        where, params = relation_where(chosen)
        per_source = (f"SELECT k1, k2, relation, source, {_label('source')} AS label, count(*) AS n, "
                      f"count(DISTINCT article_id) AS a, sum(confidence) AS c FROM {KEYED} WHERE {where} GROUP BY ALL")
    table = tables.query(
        f"SELECT k1 AS actor1, k2 AS actor2, relation, sum(n)::BIGINT AS evidence, sum(a)::BIGINT AS articles, "
        f"count(DISTINCT source) AS sources, string_agg(DISTINCT label, '; ' ORDER BY label) AS source_names, "
        f"sum(c) / sum(n) AS confidence FROM ({per_source}) "
        "GROUP BY k1, k2, relation ORDER BY evidence DESC, actor1, actor2, relation",
        params,
    )
    return table[EDGE_COLUMNS].astype(EDGE_DTYPES) if len(table) else empty_frame(EDGE_DTYPES)


def relation_rows(tables: Tables, chosen: RelationFilter) -> pd.DataFrame:
    """Every relation row passing the filter, in article and sentence order (for downloads)."""
    where, params = relation_where(chosen)
    return tables.query(f'SELECT * FROM relations WHERE {where} ORDER BY article_id, start, "end", relation', params)


def edge_evidence(tables: Tables, chosen: RelationFilter, edge: tuple[str, str, str], *, limit: int) -> pd.DataFrame:
    """Up to `limit` relation rows behind one aggregated edge (actor1, actor2, relation), most confident first."""
    where, params = relation_where(chosen)
    return tables.query(
        f"SELECT * EXCLUDE (k1, k2) FROM {KEYED} WHERE {where} AND k1 = ? AND k2 = ? AND relation = ? "
        f"ORDER BY {EVIDENCE_ORDER} LIMIT {int(limit)}",
        [*params, *edge],
    )


def actor_evidence(tables: Tables, chosen: RelationFilter, actor: str, *, limit: int) -> pd.DataFrame:
    """Up to `limit` relation rows with `actor` on either end, by relation, most confident first."""
    where, params = relation_where(chosen)
    return tables.query(
        f"SELECT * FROM relations WHERE {where} AND (actor1 = ? OR actor2 = ?) "
        f"ORDER BY relation, {EVIDENCE_ORDER} LIMIT {int(limit)}",
        [*params, actor, actor],
    )


def edge_excerpt_rows(tables: Tables, chosen: RelationFilter, drawn: pd.DataFrame, *, per_edge: int) -> pd.DataFrame:
    """The `per_edge` most confident relation rows of each edge in `drawn` (aggregated edges)."""
    if drawn.empty:
        return tables.query("SELECT * FROM relations WHERE FALSE")
    where, params = relation_where(chosen)
    keys = drawn[["actor1", "actor2", "relation"]].rename(columns={"actor1": "k1", "actor2": "k2"})
    return tables.query(
        f"SELECT * EXCLUDE (k1, k2, rank) FROM (SELECT *, row_number() OVER (PARTITION BY k1, k2, relation "
        f"ORDER BY {EVIDENCE_ORDER}) AS rank FROM {KEYED} SEMI JOIN drawn USING (k1, k2, relation) WHERE {where}) "
        f"WHERE rank <= {int(per_edge)} ORDER BY k1, k2, relation, rank",
        params,
        frames={"drawn": keys},
    )


def relation_counts(tables: Tables, chosen: RelationFilter) -> pd.DataFrame:
    """Relation rows per outlet (labelled) and relation: source, relation, count."""
    if from_groups(tables, chosen):
        where, params = group_where(chosen)
        return tables.query(
            f"SELECT {_label('source')} AS source, relation, sum(n)::BIGINT AS count FROM groups_relation_groups "
            f"WHERE {where} GROUP BY ALL ORDER BY source, relation",
            params,
        )
    where, params = relation_where(chosen)
    return tables.query(
        f"SELECT {_label('source')} AS source, relation, count(*) AS count FROM relations WHERE {where} "
        "GROUP BY ALL ORDER BY source, relation",
        params,
    )


def claim_counts(tables: Tables, chosen: RelationFilter, pair: tuple[str, str] | None = None) -> pd.DataFrame:
    """Evidence per unordered pair (actor_a < actor_b), claim code and outlet (views.aggregate.CLAIM_CODES).

    Code 1 is "a supports b", 2 "b supports a", 4 opposition, 8 mediation. One query over either the
    aggregates' relation groups (`n` rows each; a support group's key is its actor1, actor2 in order, an
    undirected one's code does not depend on the order) or the relation rows (one each).
    """
    if from_groups(tables, chosen):
        rows, first, second, evidence = "groups_relation_groups", "k1", "k2", "sum(n)"
        where, params = group_where(chosen)
    else:
        rows, first, second, evidence = "relations", "actor1", "actor2", "count(*)"
        where, params = relation_where(chosen)
    actor_a, actor_b = f"least({first}, {second})", f"greatest({first}, {second})"
    if pair is not None:
        where, params = _all([(where, params), (f"{actor_a} = ? AND {actor_b} = ?", sorted(pair))])
    codes = " ".join(f"WHEN '{relation}' THEN {code}" for relation, code in CLAIM_CODES.items())
    return tables.query(
        f"SELECT {actor_a} AS actor_a, {actor_b} AS actor_b, (CASE relation {codes} ELSE 0 END) "
        f"+ CASE WHEN relation = 'support' AND {first} > {second} THEN 1 ELSE 0 END AS code, "
        f"{_label('source')} AS source, {evidence}::BIGINT AS evidence FROM {rows} WHERE {where} "
        "GROUP BY ALL ORDER BY actor_a, actor_b, code, source",
        params,
    )


def mention_counts(tables: Tables, dates: RelationFilter | None = None) -> pd.DataFrame:
    """Mentions and articles per actor and outlet (labelled): actor_id, source, mentions, articles.

    Only the date range of `dates` applies (None: every article); the sidebar's sources and actors keep
    rows of it (views.aggregate.filter_mention_counts), so the seven million mention rows are counted
    once per store and date range, not once per filter.
    """
    if tables.snapshot.has_groups and tables.uploads is None and (dates is None or not (dates.date_from or dates.date_to)):
        # Mentions do not depend on reviews; an open range keeps every dated article.
        where, params = ("article_dated OR ?", [dates.include_undated]) if dates is not None else ("TRUE", [])
        return tables.query(
            f"SELECT actor_id, {_label('outlet')} AS source, sum(mentions)::BIGINT AS mentions, "
            f"sum(articles)::BIGINT AS articles FROM groups_mention_groups WHERE {where} GROUP BY ALL "
            "ORDER BY actor_id, source",
            params,
        )
    where, params = date_where(dates, "coalesce(a.date, '')") if dates is not None else ("TRUE", [])
    return tables.query(
        f"SELECT m.actor_id, {_label('a.outlet')} AS source, sum(m.n)::BIGINT AS mentions, count(*) AS articles "
        "FROM (SELECT actor_id, article_id, count(*) AS n FROM mentions GROUP BY ALL) AS m "
        f"LEFT JOIN articles AS a USING (article_id) WHERE {where} GROUP BY ALL ORDER BY m.actor_id, source",
        params,
    )


def corpus_by_source(tables: Tables, chosen: RelationFilter) -> pd.DataFrame:
    """One row per outlet (labelled) of the filtered articles: articles, first and last date, relation rows."""
    if from_groups(tables, chosen):
        relation_filter, relation_params = group_where(chosen)
        article_filter, article_params = group_article_where(chosen)
        dated_filter, dated_params = group_article_where(chosen, dated="coalesce(date, '') <> ''")
        # Relation rows whose article is missing (article_dated NULL) are left out, as the join leaves them out.
        return tables.query(
            f"SELECT source, articles, first, last, coalesce(r.n, 0)::BIGINT AS relations FROM "
            f"(SELECT {_label('outlet')} AS source, sum(articles)::BIGINT AS articles, min(nullif(date, '')) AS first, "
            f"max(nullif(date, '')) AS last FROM groups_article_groups WHERE {dated_filter} GROUP BY ALL) "
            f"LEFT JOIN (SELECT {_label('outlet')} AS source, sum(n) AS n FROM groups_relation_groups "
            f"WHERE article_dated IS NOT NULL AND ({relation_filter}) AND ({article_filter}) GROUP BY ALL) AS r "
            "USING (source) ORDER BY articles DESC, source",
            [*dated_params, *relation_params, *article_params],
        )
    where, params = article_where(chosen)
    relation_filter, relation_params = relation_where(chosen)
    return tables.query(
        f"SELECT {_label('outlet')} AS source, count(*) AS articles, min(nullif(date, '')) AS first, "
        f"max(nullif(date, '')) AS last, coalesce(sum(r.n), 0)::BIGINT AS relations FROM articles "
        f"LEFT JOIN (SELECT article_id, count(*) AS n FROM relations WHERE {relation_filter} GROUP BY article_id) AS r "
        f"USING (article_id) WHERE {where} GROUP BY ALL ORDER BY articles DESC, source",
        [*relation_params, *params],
    )


def article_choices(tables: Tables, chosen: RelationFilter, *, search: str, limit: int, include: str = "") -> pd.DataFrame:
    """Up to `limit` articles from the chosen sources, most evidence sentences passing the filter first.

    `search` (case-insensitive) keeps articles whose id, title or outlet
    contains it; the article `include` (one a link points at) is always among them.
    """
    where, params = article_where(chosen)
    if search:
        where += " AND (article_id ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\' OR outlet ILIKE ? ESCAPE '\\')"
        needle = like_pattern(search)
        params = [*params, needle, needle, needle]
    relation_filter, relation_params = relation_where(chosen)
    table = tables.query(
        f"SELECT article_id, outlet, date, title, coalesce(r.n, 0)::BIGINT AS sentences FROM articles "
        f"LEFT JOIN (SELECT article_id, count(*) AS n FROM relations WHERE {relation_filter} GROUP BY article_id) AS r "
        f"USING (article_id) WHERE ({where}) OR article_id = ? "
        f"ORDER BY article_id = ? DESC, sentences DESC, article_id LIMIT {int(limit)}",
        [*relation_params, *params, include, include],
    )
    return table.sort_values(["sentences", "article_id"], ascending=[False, True], kind="stable").reset_index(drop=True)


def article(tables: Tables, article_id: str) -> pd.DataFrame:
    """One article's metadata and text (no row when there is no such article)."""
    return tables.query(f"SELECT {ARTICLE_FIELDS}, text FROM articles WHERE article_id = ? LIMIT 1", [article_id])


def article_titles(tables: Tables, article_ids: Sequence[str]) -> pd.DataFrame:
    """article_id and title of the given articles."""
    where, params = _in("article_id", sorted(set(article_ids)))
    return tables.query(f"SELECT article_id, title FROM articles WHERE {where}", params)


def article_relations(tables: Tables, chosen: RelationFilter, article_id: str) -> pd.DataFrame:
    """The relation rows of one article that pass the filter, in text order."""
    where, params = relation_where(chosen)
    return tables.query(f"SELECT * FROM relations WHERE {where} AND article_id = ? ORDER BY start, relation",
                        [*params, article_id])


def article_mentions(tables: Tables, article_id: str) -> pd.DataFrame:
    """Every actor mention in one article."""
    return tables.query("SELECT * FROM mentions WHERE article_id = ? ORDER BY start, \"end\"", [article_id])


def article_ids(tables: Tables) -> set[str]:
    """Every article id (an upload must not take one of them)."""
    return set(tables.query("SELECT article_id FROM articles")["article_id"])


def edge_periods(tables: Tables, chosen: RelationFilter) -> pd.DataFrame:
    """The days each edge (keyed as `edges` keys it) is stated on, under the filter and its date basis: actor1,
    actor2, relation, start, end (ISO days). A day is its own period; an event dated to a month or a year
    covers the whole of it. Undated rows have none."""
    where, params = relation_where(chosen)
    day = relation_date(chosen)
    first = f"CASE length({day}) WHEN 4 THEN {day} || '-01-01' WHEN 7 THEN {day} || '-01' ELSE {day} END"
    return tables.query(
        "SELECT DISTINCT actor1, actor2, relation, strftime(first, '%Y-%m-%d') AS start, strftime(CASE n WHEN 4 THEN "
        "first + INTERVAL 1 YEAR - INTERVAL 1 DAY WHEN 7 THEN last_day(first) ELSE first END, '%Y-%m-%d') AS \"end\" "
        f"FROM (SELECT k1 AS actor1, k2 AS actor2, relation, length({day}) AS n, TRY_CAST({first} AS DATE) AS first "
        f"FROM {KEYED} WHERE {where} AND coalesce({day}, '') <> '') WHERE first IS NOT NULL "
        'ORDER BY actor1, actor2, relation, start, "end"',
        params,
    )


def search_sentences(tables: Tables, chosen: RelationFilter, words: Sequence[str], *, limit: int) -> pd.DataFrame:
    """Up to `limit` evidence sentences passing the filter that contain every word (case-insensitive).

    One row per sentence (article_id, start, end, source, date, evidence, relations: its relations joined by
    "; "), newest first; `limit + 1` rows are fetched, so a caller can tell that the list was trimmed.
    """
    where, params = relation_where(chosen)
    for word in words:
        where += " AND evidence ILIKE ? ESCAPE '\\'"
        params = [*params, like_pattern(word)]
    return tables.query(
        f'SELECT article_id, start, "end", any_value(source) AS source, any_value(date) AS date, '
        f"any_value(evidence) AS evidence, string_agg(DISTINCT actor1 || ' ' || relation || ' ' || actor2, '; ') "
        f"AS relations FROM relations WHERE {where} GROUP BY article_id, start, \"end\" "
        f'ORDER BY date DESC, article_id, start LIMIT {int(limit) + 1}',
        params,
    )


def _pair_clause(pair: tuple[str, str] | None) -> Clause:
    if pair is None:
        return "TRUE", []
    return "least(actor1, actor2) = ? AND greatest(actor1, actor2) = ?", sorted(pair)


def _month(chosen: RelationFilter) -> str:
    return f"substr({relation_date(chosen)}, 1, 7)"


def _has_month(chosen: RelationFilter) -> Clause:
    """Rows whose date (under the filter's basis) names a month: not undated, not dated to a year only."""
    return f"length(coalesce({relation_date(chosen)}, '')) >= 7", []


def monthly_counts(tables: Tables, chosen: RelationFilter, pair: tuple[str, str] | None = None) -> pd.DataFrame:
    """Dated evidence sentences per month (`yyyy-mm`, of the filter's date basis), relation and outlet (labelled),
    optionally of one pair: month, relation, source, evidence. Rows without a month (undated, or an event
    dated to a year only) are left out; `monthless_count` counts them."""
    where, params = _all([relation_where(chosen), _pair_clause(pair), _has_month(chosen)])
    return tables.query(
        f"SELECT {_month(chosen)} AS month, relation, {_label('source')} AS source, count(*) AS evidence "
        f"FROM relations WHERE {where} GROUP BY ALL ORDER BY month, relation, source",
        params,
    )


def monthless_count(tables: Tables, chosen: RelationFilter, pair: tuple[str, str] | None = None) -> tuple[int, int]:
    """Rows passing the filter that no monthly chart can place: (undated, dated to a year only)."""
    where, params = _all([relation_where(chosen), _pair_clause(pair)])
    day = relation_date(chosen)
    found = tables.query(
        f"SELECT count(*) FILTER (WHERE coalesce({day}, '') = '') AS undated, "
        f"count(*) FILTER (WHERE length(coalesce({day}, '')) BETWEEN 1 AND 6) AS year_only FROM relations WHERE {where}",
        params,
    )
    return int(found["undated"].iloc[0]), int(found["year_only"].iloc[0])


def pair_monthly_counts(tables: Tables, chosen: RelationFilter, pair: tuple[str, str]) -> pd.DataFrame:
    """One pair's evidence sentences per month, relation, direction and outlet: month, relation, actor1,
    actor2, source, evidence. Support keeps its direction (actor1 backs actor2); the other relations are
    the same edge either way round, so their actors are sorted."""
    where, params = _all([relation_where(chosen), _pair_clause(pair), _has_month(chosen)])
    directed = f"relation IN ({', '.join(repr(r) for r in sorted(DIRECTED_RELATIONS))})"
    return tables.query(
        f"SELECT {_month(chosen)} AS month, relation, CASE WHEN {directed} THEN actor1 ELSE least(actor1, actor2) END "
        f"AS actor1, CASE WHEN {directed} THEN actor2 ELSE greatest(actor1, actor2) END AS actor2, "
        f"{_label('source')} AS source, count(*) AS evidence FROM relations WHERE {where} "
        "GROUP BY ALL ORDER BY month, relation, actor1, actor2, source",
        params,
    )


def month_evidence(tables: Tables, chosen: RelationFilter, month: str, pair: tuple[str, str] | None = None,
                   relation: str | None = None, *, limit: int, direction: tuple[str, str] | None = None) -> pd.DataFrame:
    """Up to `limit` relation rows of one month (`yyyy-mm`, of the filter's date basis), optionally of one pair,
    relation and direction (actor1, actor2: for support), most confident first."""
    kind = ("relation = ?", [relation]) if relation else ("TRUE", [])
    way = ("actor1 = ? AND actor2 = ?", list(direction)) if direction else ("TRUE", [])
    where, params = _all([relation_where(chosen), _pair_clause(pair), (f"{_month(chosen)} = ?", [month]), kind, way])
    return tables.query(f"SELECT * FROM relations WHERE {where} ORDER BY {EVIDENCE_ORDER} LIMIT {int(limit)}", params)


def search_passages(tables: Tables, chosen: RelationFilter, words: Sequence[str], *, limit: int) -> pd.DataFrame:
    """Passages (paragraphs, views.search.passage_spans) of the articles that contain every word, case-insensitive.

    Only the filter's sources and dates apply (an article has no relation type
    or confidence). Articles are ranked by how often the words occur in them,
    then newest first; the `limit` best are split into passages, and only those
    holding a word are kept (views.search.matching_passages: PASSAGE_DTYPES
    columns, `hits` per article and `matched`, the number of articles that
    contain every word). No words: nothing is found.
    """
    if not words:
        return empty_frame(PASSAGE_DTYPES)
    where, params = article_where(chosen)
    for word in words:
        where += " AND text ILIKE ? ESCAPE '\\'"
        params = [*params, like_pattern(word)]
    hits = " + ".join("(len(string_split(lower(text), lower(?))) - 1)" for _ in words)
    found = tables.query(
        f"WITH found AS MATERIALIZED (SELECT article_id, outlet, date, title, ({hits})::BIGINT AS hits "
        f"FROM articles WHERE {where}) "
        "SELECT f.*, (SELECT count(*) FROM found)::BIGINT AS matched, a.text FROM "
        f"(SELECT * FROM found ORDER BY hits DESC, date DESC, article_id LIMIT {int(limit)}) AS f "
        "JOIN articles AS a USING (article_id) ORDER BY f.hits DESC, f.date DESC, f.article_id",
        [*words, *params],
    )
    return matching_passages(found.fillna({"outlet": "", "date": "", "title": ""}), list(words))


def actor_outlet_counts(tables: Tables, chosen: RelationFilter, actor: str) -> pd.DataFrame:
    """Relation rows passing the filter with `actor` on either end, per outlet (labelled), relation, the actor's
    role (actor1 or actor2) and counterpart: source, relation, role, counterpart, evidence."""
    where, params = relation_where(chosen)
    return tables.query(
        f"SELECT {_label('source')} AS source, relation, CASE WHEN actor1 = ? THEN 'actor1' ELSE 'actor2' END AS role, "
        f"CASE WHEN actor1 = ? THEN actor2 ELSE actor1 END AS counterpart, count(*) AS evidence FROM relations "
        f"WHERE {where} AND (actor1 = ? OR actor2 = ?) GROUP BY ALL ORDER BY source, relation, role, counterpart",
        [actor, actor, *params, actor, actor],
    )


def actor_outlet_evidence(tables: Tables, chosen: RelationFilter, actor: str, *, per_outlet: int) -> pd.DataFrame:
    """The `per_outlet` most confident relation rows with `actor` on either end, of each outlet: the relation
    columns plus `outlet` (the source labelled), by outlet, then most confident first."""
    where, params = relation_where(chosen)
    return tables.query(
        f"SELECT * EXCLUDE (rank) FROM (SELECT *, {_label('source')} AS outlet, row_number() OVER (PARTITION BY "
        f"{_label('source')} ORDER BY {EVIDENCE_ORDER}) AS rank FROM relations "
        f"WHERE {where} AND (actor1 = ? OR actor2 = ?)) WHERE rank <= {int(per_outlet)} "
        f"ORDER BY outlet, {EVIDENCE_ORDER}",
        [*params, actor, actor],
    )
