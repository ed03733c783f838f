"""Reading the data folder: tables, articles, notices, the cache key."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS
from views.dataset import ARTICLE_COLUMNS, DataError, fingerprint, load_dataset, read_table, watched_paths
from views.datadir import DATA_ENV, DEFAULT_DATA_DIR, data_dir


@pytest.fixture
def folder(corpus_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(corpus_dir, copy)
    return copy


def test_loads_tables_and_articles(folder: Path) -> None:
    data = load_dataset(folder)
    assert list(data.relations.columns) == RELATION_COLUMNS
    assert list(data.mentions.columns) == MENTION_COLUMNS
    assert list(data.actors.columns) == ACTOR_COLUMNS
    assert list(data.articles.columns) == ARTICLE_COLUMNS
    assert len(data.articles) == 5 and set(data.texts) == set(data.articles["article_id"])
    assert data.notices == () and data.missing_tables == ()


def test_evidence_is_the_text_at_its_offsets(folder: Path) -> None:
    data = load_dataset(folder)
    for row in data.relations.itertuples():
        assert data.texts[row.article_id][row.start:row.end] == row.evidence


@pytest.mark.parametrize("column,dtype", [("start", "int64"), ("end", "int64"), ("confidence", "float64")])
def test_number_columns_are_numbers(folder: Path, column: str, dtype: str) -> None:
    assert str(load_dataset(folder).relations[column].dtype) == dtype


def test_empty_text_cells_stay_empty_strings(folder: Path) -> None:
    speakers = load_dataset(folder).relations["speaker"]
    assert "" in set(speakers) and not speakers.isna().any()


@pytest.mark.parametrize("name", ["relations", "mentions", "actors"])
def test_missing_table_is_reported_not_fatal(folder: Path, name: str) -> None:
    (folder / f"{name}.csv").unlink()
    data = load_dataset(folder)
    assert data.missing_tables == (name,)
    assert getattr(data, name).empty and list(getattr(data, name).columns) == {
        "relations": RELATION_COLUMNS, "mentions": MENTION_COLUMNS, "actors": ACTOR_COLUMNS}[name]


def test_table_missing_a_column_names_file_and_fix(folder: Path) -> None:
    path = folder / "relations.csv"
    pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["confidence"]).to_csv(path, index=False)
    with pytest.raises(DataError, match=r"relations\.csv: missing column\(s\) confidence\. Re-create"):
        load_dataset(folder)


def test_non_number_names_the_line(folder: Path) -> None:
    path = folder / "relations.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[2, "start"] = "twelve"
    table.to_csv(path, index=False)
    with pytest.raises(DataError, match=r"relations\.csv, line 4: start is 'twelve', not a number"):
        read_table(path, "relations")


def test_binary_table_is_a_data_error(folder: Path) -> None:
    (folder / "actors.csv").write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(DataError, match="actors.csv"):
        load_dataset(folder)


def test_tables_older_than_articles_are_flagged(folder: Path) -> None:
    later = time.time() + 60
    article = next((folder / "articles").glob("*.txt"))
    os.utime(article, (later, later))
    notices = load_dataset(folder).notices
    assert len(notices) == 1 and "older than articles" in notices[0] and "make extract" in notices[0]


def test_unreadable_article_is_a_notice(folder: Path) -> None:
    (folder / "articles" / "broken.txt").write_bytes(b"%PDF-1.4 not an article")
    data = load_dataset(folder)
    assert "broken" not in data.texts
    assert any("broken.txt" in n and "PDF" in n for n in data.notices)


def test_fingerprint_changes_when_a_file_changes(folder: Path) -> None:
    before = fingerprint(watched_paths(folder))
    assert fingerprint(watched_paths(folder)) == before
    relations = folder / "relations.csv"
    relations.write_text(relations.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert fingerprint(watched_paths(folder)) != before


def test_fingerprint_notices_a_new_dictionary_file(folder: Path) -> None:
    before = fingerprint(watched_paths(folder))
    (folder / "dictionary").mkdir(exist_ok=True)
    (folder / "dictionary" / "actors.jsonl").write_text("{}\n", encoding="utf-8")
    assert fingerprint(watched_paths(folder)) != before


@pytest.mark.parametrize("value,expected", [("", DEFAULT_DATA_DIR), ("  ", DEFAULT_DATA_DIR)])
def test_data_dir_defaults_to_repo_data(monkeypatch: pytest.MonkeyPatch, value: str, expected: Path) -> None:
    monkeypatch.setenv(DATA_ENV, value)
    assert data_dir() == expected


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    assert data_dir() == tmp_path.resolve()


def test_article_list_round_trips(folder: Path) -> None:
    data = load_dataset(folder)
    articles = data.article_list()
    assert [a.article_id for a in articles] == list(data.articles["article_id"])
    assert all(a.text == data.texts[a.article_id] for a in articles)
