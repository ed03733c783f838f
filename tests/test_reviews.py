from pathlib import Path

import pandas as pd
import pytest

from extract import evaluate
from extract.reviews import (
    REVIEW_COLUMNS,
    REVIEWS_FILE,
    ReviewError,
    edge_key,
    empty_reviews,
    load_reviews,
    record_review,
    remove_review,
    save_review,
    save_reviews,
)
from extract.schema import RELATION_COLUMNS

TEXT = "Turkey backs the GNA. Haftar fought the GNA. Egypt mediated."
TEXTS = {"a1": TEXT}
HEADER = ",".join(REVIEW_COLUMNS)


def relation(actor1: str, actor2: str, kind: str, start: int, end: int, article: str = "a1") -> dict:
    return {
        "article_id": article, "source": "Wire", "date": "2020-01-01", "actor1": actor1, "actor2": actor2,
        "relation": kind, "evidence": TEXT[start:end], "start": start, "end": end, "confidence": 0.8,
        "speaker": "", "cue": "backs", "rule": "active", "event_date": "",
    }


RELATIONS = pd.DataFrame(
    [relation("Turkey", "GNA", "support", 0, 21), relation("LNA", "GNA", "opposition", 22, 44)],
    columns=RELATION_COLUMNS,
)


def review(reviews: pd.DataFrame, actor1: str, actor2: str, kind: str, start: int, end: int, verdict: str, **extra) -> pd.DataFrame:
    return record_review(
        reviews, article_id="a1", start=start, end=end, actor1=actor1, actor2=actor2, relation=kind,
        verdict=verdict, reviewed_at="2026-12-01T21:00:00+00:00", **extra,
    )


@pytest.mark.parametrize(
    "first,second,same",
    [
        (("LNA", "GNA", "opposition"), ("GNA", "LNA", "opposition"), True),
        (("LNA", "GNA", "mediation"), ("GNA", "LNA", "mediation"), True),
        (("Turkey", "GNA", "support"), ("GNA", "Turkey", "support"), False),
        (("LNA", "GNA", "opposition"), ("LNA", "GNA", "support"), False),
    ],
)
def test_edge_key_orders_only_undirected_pairs(first, second, same):
    assert (edge_key("a1", 0, 5, *first) == edge_key("a1", 0, 5, *second)) is same


def test_edge_key_depends_on_the_sentence():
    assert edge_key("a1", 0, 5, "LNA", "GNA", "opposition") != edge_key("a1", 6, 9, "LNA", "GNA", "opposition")


@pytest.mark.parametrize("second_pair", [("LNA", "GNA"), ("GNA", "LNA")])
def test_a_later_review_of_the_same_edge_replaces_the_earlier(second_pair):
    reviews = review(empty_reviews(), "LNA", "GNA", "opposition", 22, 44, "confirmed")
    reviews = review(reviews, *second_pair, "opposition", 22, 44, "rejected", reason="not in text")
    assert len(reviews) == 1
    assert reviews.loc[0, "verdict"] == "rejected"
    assert reviews.loc[0, "reason"] == "not in text"


def test_reviews_of_different_edges_are_kept():
    reviews = review(empty_reviews(), "Turkey", "GNA", "support", 0, 21, "confirmed")
    reviews = review(reviews, "GNA", "Turkey", "support", 0, 21, "rejected")
    assert list(reviews["verdict"]) == ["confirmed", "rejected"]


@pytest.mark.parametrize(
    "field,value,message",
    [("verdict", "maybe", "verdict 'maybe'"), ("relation", "alliance", "relation 'alliance'"), ("actor1", " ", "actor1 is empty")],
)
def test_record_review_refuses_bad_values(field, value, message):
    values = dict(article_id="a1", start=0, end=21, actor1="Turkey", actor2="GNA", relation="support", verdict="confirmed")
    values[field] = value
    with pytest.raises(ReviewError, match=message):
        record_review(empty_reviews(), **values)


def test_missing_file_is_an_empty_table(tmp_path: Path):
    reviews = load_reviews(tmp_path / "reviews.csv")
    assert reviews.empty
    assert list(reviews.columns) == REVIEW_COLUMNS


def test_save_and_load_round_trip_keeps_text_and_offsets(tmp_path: Path):
    path = tmp_path / "reviews.csv"
    reviews = review(empty_reviews(), "Turkey", "GNA", "support", 0, 21, "confirmed", reason='says "backs", clearly; ünïcode', reviewer="Ana")
    save_reviews(reviews, path)
    assert path.read_text(encoding="utf-8").splitlines()[0] == HEADER
    loaded = load_reviews(path)
    assert loaded.loc[0, "reason"] == 'says "backs", clearly; ünïcode'
    assert (loaded.loc[0, "start"], loaded.loc[0, "end"]) == (0, 21)


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch):
    path = tmp_path / "reviews.csv"
    save_reviews(review(empty_reviews(), "Turkey", "GNA", "support", 0, 21, "confirmed"), path)
    before = path.read_bytes()

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr("extract.export.os.replace", fail)
    with pytest.raises(OSError, match="disk full"):
        save_reviews(review(empty_reviews(), "LNA", "GNA", "opposition", 22, 44, "rejected"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["reviews.csv"]


@pytest.mark.parametrize(
    "body,line,message",
    [
        ("a1,0,21,Turkey,GNA,support,confirmed,,,\na1,0,21,Turkey,GNA,support,maybe,,,\n", 3, "verdict 'maybe'"),
        ("a1,zero,21,Turkey,GNA,support,confirmed,,,\n", 2, "whole numbers"),
        ("a1,30,21,Turkey,GNA,support,confirmed,,,\n", 2, "0 <= start < end"),
        ('a1,0,21,Turkey,GNA,support,confirmed,"two\nlines",,\na1,0,21,Turkey\n', 4, "4 fields, expected 10"),
        ("a1,0,21,Turkey,GNA,alliance,confirmed,,,\n", 2, "relation 'alliance'"),
    ],
)
def test_malformed_file_names_the_line_and_is_kept(tmp_path: Path, body, line, message):
    path = tmp_path / "reviews.csv"
    path.write_text(f"{HEADER}\n{body}", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ReviewError, match=message) as caught:
        load_reviews(path)
    assert f"{path}:{line}:" in str(caught.value)
    assert path.read_bytes() == before


def test_wrong_header_is_refused(tmp_path: Path):
    path = tmp_path / "reviews.csv"
    path.write_text("article,start\n", encoding="utf-8")
    with pytest.raises(ReviewError, match=r"reviews.csv:1: the header must be"):
        load_reviews(path)


def test_review_scores_count_confirmed_and_added_as_gold():
    reviews = review(empty_reviews(), "Turkey", "GNA", "support", 0, 21, "confirmed")
    reviews = review(reviews, "GNA", "LNA", "opposition", 22, 44, "rejected")
    reviews = review(reviews, "Egypt", "GNA", "mediation", 45, 60, "added")
    score = evaluate.review_scores(RELATIONS, reviews)
    assert (score.true_positives, score.predicted, score.expected) == (1, 2, 2)
    assert score.precision == 0.5 and score.recall == 0.5


def test_evaluate_cli_scores_the_relations_beside_the_reviews(tmp_path: Path, capsys):
    RELATIONS.to_csv(tmp_path / "relations.csv", index=False)
    reviews = review(empty_reviews(), "Turkey", "GNA", "support", 0, 21, "confirmed")
    reviews = review(reviews, "LNA", "GNA", "opposition", 22, 44, "rejected")
    save_reviews(reviews, tmp_path / "reviews.csv")
    assert evaluate.main(["--reviews", str(tmp_path / "reviews.csv")]) == 0
    out = capsys.readouterr().out
    assert "2 extracted relations; 2 reviews (1 confirmed, 0 added, 1 rejected)" in out
    assert "  all          0.500  1.000  0.667    1     2     1" in out
    assert "  support      1.000  1.000  1.000    1     1     1" in out


def test_evaluate_cli_takes_a_relations_path_and_reports_bad_files(tmp_path: Path, capsys):
    other = tmp_path / "elsewhere.csv"
    RELATIONS.to_csv(other, index=False)
    (tmp_path / "reviews.csv").write_text(f"{HEADER}\na1,0,21\n", encoding="utf-8")
    assert evaluate.main(["--reviews", str(tmp_path / "reviews.csv"), "--relations", str(other)]) == 2
    assert f"{tmp_path / 'reviews.csv'}:2: 3 fields" in capsys.readouterr().err


def test_save_review_adds_to_the_file_and_a_later_one_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / REVIEWS_FILE
    fields = dict(article_id="a1", start=0, end=20, actor1="GNA", actor2="Russia", relation="opposition")
    save_review(path, **fields, verdict="confirmed")
    save_review(path, **{**fields, "actor1": "Russia", "actor2": "GNA"}, verdict="rejected", reason="a denial")
    reviews = load_reviews(path)
    assert reviews[["actor1", "actor2", "verdict", "reason"]].values.tolist() == [["Russia", "GNA", "rejected", "a denial"]]


def test_save_review_leaves_a_malformed_file_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / REVIEWS_FILE
    path.write_text("not,the,header\n", encoding="utf-8")
    with pytest.raises(ReviewError, match="header"):
        save_review(path, article_id="a1", start=0, end=20, actor1="GNA", actor2="LNA", relation="opposition",
                    verdict="confirmed")
    assert path.read_text(encoding="utf-8") == "not,the,header\n"


def test_remove_review_takes_back_only_that_edge(tmp_path: Path) -> None:
    path = tmp_path / REVIEWS_FILE
    save_review(path, article_id="a1", start=0, end=20, actor1="Turkey", actor2="GNA", relation="support", verdict="confirmed")
    save_review(path, article_id="a1", start=21, end=40, actor1="Egypt", actor2="LNA", relation="support", verdict="added")
    remaining = remove_review(path, edge_key("a1", 0, 20, "Turkey", "GNA", "support"))
    assert remaining["actor1"].tolist() == ["Egypt"]
    assert load_reviews(path)["actor1"].tolist() == ["Egypt"]
