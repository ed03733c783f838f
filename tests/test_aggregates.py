"""The aggregates written on publish (extract.aggregates) give the pages exactly what the full tables give,
and are left aside where they cannot (reviews, uploads, date ranges, a confidence threshold); a generation
without them (an older version) opens and answers the same."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from bench.synthetic import build_store
from extract.aggregates import AGGREGATE_QUERIES, aggregate_path, aggregates_dir, has_aggregates, write_aggregates
from extract.reviews import REVIEW_COLUMNS
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS
from extract.store import ARTICLE_STORE_COLUMNS, current_generation, remove_leftovers, write_store
from views import queries
from views.filters import RelationFilter
from views.store import Tables, open_snapshot, with_reviews

ARTICLES = [
    # article_id, outlet, date
    ("a1", "Outlet A", "2020-01-05"),
    ("a2", "Outlet B", "2020-02-10"),
    ("a3", "", ""),
    ("a4", "Outlet A", ""),
    ("a5", "Outlet C", "2020-03-01"),
    ("a6", "Outlet B", "2020-03-20"),
]
RELATIONS = [
    # article_id, actor1, actor2, relation, confidence, start
    ("a1", "TUR", "GNA", "support", 0.9, 0),
    ("a1", "TUR", "GNA", "support", 0.5, 40),
    ("a1", "GNA", "TUR", "support", 0.7, 80),
    ("a1", "LNA", "GNA", "opposition", 0.8, 120),
    ("a2", "GNA", "LNA", "opposition", 0.6, 0),
    ("a2", "UN", "GNA", "mediation", 0.4, 40),
    ("a3", "RUS", "LNA", "support", 0.85, 0),
    ("a4", "TUR", "GNA", "support", 0.35, 0),
    ("a4", "LNA", "GNA", "opposition", 0.55, 40),
    ("a6", "UN", "LNA", "mediation", 0.65, 0),
    ("a6", "GNA", "LNA", "opposition", 0.75, 40),
    # Its article is not in the store: counted in edges, not in the corpus table.
    ("gone", "EGY", "LNA", "support", 0.5, 0),
]
MENTIONS = [("a1", "TUR"), ("a1", "TUR"), ("a1", "GNA"), ("a2", "GNA"), ("a3", "RUS"), ("a4", "LNA"), ("a5", "UN"),
            ("a6", "UN"), ("gone", "EGY")]
TEXT = "x" * 200

FILTERS = [
    RelationFilter(),
    RelationFilter(sources=("Outlet A",)),
    RelationFilter(sources=("Outlet A", "")),
    RelationFilter(relations=("support",)),
    RelationFilter(relations=()),
    RelationFilter(actors=("GNA",)),
    RelationFilter(actors=("TUR", "UN"), sources=("Outlet B", "Outlet A")),
    RelationFilter(include_undated=False),
    RelationFilter(min_confidence=0.3),
    # What the aggregates cannot answer: the full tables do.
    RelationFilter(min_confidence=0.6),
    RelationFilter(date_from="2020-02-01"),
    RelationFilter(date_to="2020-02-28", include_undated=False),
    RelationFilter(date_from="2020-01-01", date_to="2020-12-31", sources=("Outlet B",), actors=("LNA",)),
    RelationFilter(show_rejected=True),
]


def _frames() -> dict[str, pd.DataFrame]:
    outlets = {a: o for a, o, _ in ARTICLES}
    dates = {a: d for a, _, d in ARTICLES}
    articles = pd.DataFrame([{"article_id": a, "outlet": o, "date": d, "title": f"Title {a}", "author": "", "url": "",
                              "notes": "", "text": TEXT} for a, o, d in ARTICLES], columns=ARTICLE_STORE_COLUMNS)
    relations = pd.DataFrame([{"article_id": a, "source": outlets.get(a, "Outlet Z"), "date": dates.get(a, "2020-05-05"),
                               "actor1": x, "actor2": y, "relation": r, "evidence": TEXT[s:s + 30], "start": s,
                               "end": s + 30, "confidence": c, "speaker": "", "cue": "backs", "rule": "verb"}
                              for a, x, y, r, c, s in RELATIONS], columns=RELATION_COLUMNS)
    mentions = pd.DataFrame([{"article_id": a, "actor_id": m, "text": "x", "start": 10 * k, "end": 10 * k + 1,
                              "kind": "alias"} for k, (a, m) in enumerate(MENTIONS)], columns=MENTION_COLUMNS)
    actors = pd.DataFrame([{"actor_id": x, "name": x, "type": "state", "country_code": "", "mentions": 1, "articles": 1,
                            "aliases": x} for x in ("EGY", "GNA", "LNA", "RUS", "TUR", "UN")], columns=ACTOR_COLUMNS)
    return {"articles": articles, "relations": relations, "mentions": mentions, "actors": actors}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("grouped")
    write_store(folder, _frames(), {"format": 1, "articles": {}})
    return folder


def full_tables(tables: Tables) -> Tables:
    """The same tables read without their aggregates, as an older generation is."""
    return replace(tables, snapshot=replace(tables.snapshot, confidence_floor=None))


def answers(tables: Tables, chosen: RelationFilter, pair: tuple[str, str] = ("TUR", "GNA")) -> dict[str, object]:
    """What the first page, the sidebar and the Sources page ask for `chosen`."""
    return {
        "count": queries.count_relations(tables, chosen),
        "count all": queries.count_relations(tables, None),
        "edges": queries.edges(tables, chosen),
        "corpus": queries.corpus_by_source(tables, chosen),
        "per source": queries.relation_counts(tables, chosen),
        "claims": queries.claim_counts(tables, chosen),
        "claims of a pair": queries.claim_counts(tables, chosen, pair=pair),
        "mentions": queries.mention_counts(tables, chosen.dates),
        "mentions all": queries.mention_counts(tables),
        "options": queries.filter_options(tables),
        "undated": queries.undated_counts(tables),
        "rejected": queries.rejected_count(tables),
    }


def assert_same(grouped: dict[str, object], full: dict[str, object]) -> None:
    assert grouped.keys() == full.keys()
    for name, value in grouped.items():
        if isinstance(value, pd.DataFrame):
            pd.testing.assert_frame_equal(value.reset_index(drop=True), full[name].reset_index(drop=True),
                                          check_dtype=False, obj=name)
        elif name == "options":
            assert value[0] == full[name][0] and sorted(value[1]) == sorted(full[name][1]), name
        else:
            assert value == full[name], name


def test_publish_writes_every_aggregate(folder: Path) -> None:
    generation = current_generation(folder)
    assert has_aggregates(generation)
    assert all(aggregate_path(generation, name).is_file() for name in AGGREGATE_QUERIES)
    tables = Tables(open_snapshot(folder))
    assert tables.grouped and tables.snapshot.confidence_floor == 0.35


@pytest.mark.parametrize("chosen", FILTERS, ids=lambda f: repr(f)[15:90])
def test_aggregates_answer_as_the_full_tables(folder: Path, chosen: RelationFilter) -> None:
    tables = Tables(open_snapshot(folder))
    assert_same(answers(tables, chosen), answers(full_tables(tables), chosen))


@pytest.mark.parametrize(("chosen", "grouped"), [
    (RelationFilter(), True), (RelationFilter(sources=("Outlet A",), actors=("GNA",)), True),
    (RelationFilter(include_undated=False), True), (RelationFilter(min_confidence=0.35), True),
    (RelationFilter(min_confidence=0.36), False), (RelationFilter(date_from="2020-01-01"), False),
    (RelationFilter(date_to="2020-01-01"), False),
])
def test_aggregates_are_used_only_where_they_are_exact(folder: Path, chosen: RelationFilter, grouped: bool) -> None:
    assert queries.from_groups(Tables(open_snapshot(folder)), chosen) is grouped


def test_the_corpus_table_counts_the_rows_of_its_articles(folder: Path) -> None:
    corpus = queries.corpus_by_source(Tables(open_snapshot(folder)), RelationFilter()).set_index("source")
    assert corpus.loc["Outlet A", ["articles", "first", "last", "relations"]].tolist() == [2, "2020-01-05", "2020-01-05", 6]
    assert corpus.loc["Outlet C", "relations"] == 0
    # The row of the missing article is counted among the sentences, not in any outlet.
    assert corpus["relations"].sum() == len(RELATIONS) - 1
    assert queries.count_relations(Tables(open_snapshot(folder)), None) == len(RELATIONS)


def reviews(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "start": s, "end": s + 30, "actor1": x, "actor2": y, "relation": r,
                          "verdict": v, "reason": "", "reviewer": "", "reviewed_at": "2026-01-01T00:00:00+00:00"}
                         for a, s, x, y, r, v in rows], columns=REVIEW_COLUMNS)


REVIEWS = [("a1", 0, "TUR", "GNA", "support", "rejected"), ("a2", 0, "LNA", "GNA", "opposition", "rejected"),
           ("a2", 40, "UN", "GNA", "mediation", "confirmed"), ("a5", 100, "EGY", "GNA", "support", "added")]


@pytest.mark.parametrize("chosen", FILTERS, ids=lambda f: repr(f)[15:90])
def test_reviews_are_applied_and_the_aggregates_left_aside(folder: Path, chosen: RelationFilter) -> None:
    plain = Tables(open_snapshot(folder))
    reviewed = with_reviews(plain, reviews(REVIEWS))
    assert not reviewed.grouped and not queries.from_groups(reviewed, chosen)
    assert_same(answers(reviewed, chosen), answers(with_reviews(full_tables(plain), reviews(REVIEWS)), chosen))


def test_reviews_change_the_figures_the_aggregates_hold(folder: Path) -> None:
    plain = Tables(open_snapshot(folder))
    reviewed = with_reviews(plain, reviews(REVIEWS))
    # Two rows rejected, one added (a5 had none).
    assert queries.count_relations(reviewed, RelationFilter()) == queries.count_relations(plain, RelationFilter()) - 1
    assert queries.rejected_count(reviewed) == 2 and queries.rejected_count(plain) == 0
    corpus = queries.corpus_by_source(reviewed, RelationFilter()).set_index("source")
    assert corpus.loc["Outlet C", "relations"] == 1
    assert "EGY" in queries.filter_options(reviewed)[1]
    edges = queries.edges(reviewed, RelationFilter(relations=("support",))).set_index(["actor1", "actor2"])
    assert edges.loc[("TUR", "GNA"), "evidence"] == 2


def test_uploads_leave_the_aggregates_aside(folder: Path) -> None:
    plain = Tables(open_snapshot(folder))
    frames = _frames()
    upload = {name: frame.iloc[:0] for name, frame in frames.items()}
    upload["articles"] = frames["articles"].iloc[:1].assign(article_id="up1", outlet="Outlet U")
    upload["relations"] = frames["relations"].iloc[:1].assign(article_id="up1", source="Outlet U")
    with_upload = replace(plain, uploads=upload)
    assert not with_upload.grouped
    corpus = queries.corpus_by_source(with_upload, RelationFilter()).set_index("source")
    assert corpus.loc["Outlet U", ["articles", "relations"]].tolist() == [1, 1]
    assert queries.count_relations(with_upload, None) == len(RELATIONS) + 1


def test_an_older_generation_without_aggregates_opens_and_answers_the_same(folder: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(folder, old)
    shutil.rmtree(aggregates_dir(current_generation(old)))
    tables = Tables(open_snapshot(old))
    assert not tables.snapshot.has_groups and not tables.grouped
    for chosen in FILTERS[:9]:
        assert_same(answers(tables, chosen), answers(Tables(open_snapshot(folder)), chosen))


def test_aggregates_of_another_version_are_not_read(folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(folder, other)
    (aggregates_dir(current_generation(other)) / "VERSION").write_text("0\n", encoding="utf-8")
    assert not Tables(open_snapshot(other)).snapshot.has_groups


def test_rows_without_confidence_leave_the_aggregates_aside(tmp_path: Path) -> None:
    frames = _frames()
    frames["relations"].loc[0, "confidence"] = None
    write_store(tmp_path, frames, {"format": 1, "articles": {}})
    tables = Tables(open_snapshot(tmp_path))
    assert not tables.snapshot.has_groups
    assert queries.count_relations(tables, RelationFilter()) == len(RELATIONS) - 1


def test_a_crash_while_writing_leaves_no_half_set(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    generation = current_generation(copy)
    shutil.rmtree(aggregates_dir(generation))

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("extract.aggregates.os.replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_aggregates(generation)
    assert not aggregates_dir(generation).exists() and not has_aggregates(generation)
    assert not [p for p in generation.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    assert write_aggregates(generation) == aggregates_dir(generation) and has_aggregates(generation)
    assert remove_leftovers(copy) == []


@pytest.mark.parametrize("chosen", [RelationFilter(), RelationFilter(sources=("Outlet 03", "Outlet 07")),
                                    RelationFilter(actors=("actor-001",), relations=("support", "mediation")),
                                    RelationFilter(date_from="2020-01-01", date_to="2020-03-31")],
                         ids=["all", "sources", "actor", "dates"])
def test_aggregates_of_a_synthetic_store_answer_as_the_full_tables(tmp_path_factory: pytest.TempPathFactory,
                                                                   chosen: RelationFilter) -> None:
    folder = tmp_path_factory.getbasetemp() / "synthetic-grouped"
    if not folder.exists():
        build_store(folder, 300)
    tables = Tables(open_snapshot(folder))
    assert tables.grouped
    pair = tuple(queries.edges(tables, RelationFilter()).iloc[0][["actor1", "actor2"]])
    grouped, full = answers(tables, chosen, pair), answers(full_tables(tables), chosen, pair)
    assert not full["claims of a pair"].empty or chosen != RelationFilter()
    # Confidence sums add up in another order: equal to the last digits.
    pd.testing.assert_series_equal(grouped["edges"].pop("confidence"), full["edges"].pop("confidence"), rtol=1e-12)
    assert_same(grouped, full)


@pytest.mark.parametrize("chosen", [f for f in FILTERS if f.min_confidence <= 0.35 and not (f.date_from or f.date_to)],
                         ids=lambda f: repr(f)[15:90])
def test_the_claim_query_gives_the_same_rows_and_types_over_groups_and_rows(folder: Path, chosen: RelationFilter) -> None:
    """claim_counts is one query over the relation groups or the relation rows: the same claims, counts and
    column types for every pair, whichever order the pair is given in (support keeps its direction)."""
    tables = Tables(open_snapshot(folder))
    assert queries.from_groups(tables, chosen) and not queries.from_groups(full_tables(tables), chosen)
    grouped, full = queries.claim_counts(tables, chosen), queries.claim_counts(full_tables(tables), chosen)
    pd.testing.assert_frame_equal(grouped, full)
    for pair in {(a, b) for a, b in zip(full["actor_a"], full["actor_b"])}:
        for given in (pair, pair[::-1]):
            one = queries.claim_counts(tables, chosen, pair=given)
            pd.testing.assert_frame_equal(one, queries.claim_counts(full_tables(tables), chosen, pair=given))
            expected = full[(full["actor_a"] == pair[0]) & (full["actor_b"] == pair[1])].reset_index(drop=True)
            pd.testing.assert_frame_equal(one, expected)
    if chosen == RelationFilter():
        # TUR backs GNA three times (twice in a1, once in a4) and GNA backs TUR once: codes 1 and 2 of the pair.
        support = full[(full["actor_a"] == "GNA") & (full["actor_b"] == "TUR")]
        assert support.groupby("code")["evidence"].sum().to_dict() == {1: 1, 2: 3}
