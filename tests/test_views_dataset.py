"""Opening the store of a data folder, and judging by content whether its tables are out of date."""
from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest

from conftest import store_tables
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS
from extract.store import ARTICLE_STORE_COLUMNS, current_generation, folder_hash, write_store
from views import freshness
from views.dataset import DataError, merge_actors, open_dataset, staleness_notices
from views.datadir import DATA_ENV, DEFAULT_DATA_DIR, data_dir
from views.freshness import ArticleHashes, Watch
from views.store import open_snapshot


@pytest.fixture
def folder(corpus_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(corpus_dir, copy)
    return copy


def notices(folder: Path, hashes: ArticleHashes | None = None) -> tuple[str, ...]:
    return staleness_notices(folder, open_snapshot(folder), hashes or ArticleHashes())


def test_opens_every_table_with_its_columns(folder: Path) -> None:
    tables = store_tables(folder)
    assert [list(tables[name].columns) for name in ("articles", "relations", "mentions", "actors")] == [
        ARTICLE_STORE_COLUMNS, RELATION_COLUMNS, MENTION_COLUMNS, ACTOR_COLUMNS]
    assert len(tables["articles"]) == 5 and len(tables["relations"]) == 17
    data = open_dataset(folder)
    assert data.token == current_generation(folder).name
    assert list(data.actors["actor_id"]) == list(tables["actors"]["actor_id"])


def test_evidence_is_the_text_at_its_offsets(folder: Path) -> None:
    tables = store_tables(folder)
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"]))
    for row in tables["relations"].itertuples():
        assert texts[row.article_id][row.start:row.end] == row.evidence


def test_fresh_store_has_no_notice(folder: Path) -> None:
    assert notices(folder) == ()


def test_fresh_clone_with_new_modification_times_has_no_notice(folder: Path) -> None:
    # A checkout sets file times in arbitrary order: every input newer than the tables.
    later = current_generation(folder).stat().st_mtime + 3600
    for path in [*folder.rglob("*")]:
        if "store" not in path.parts:
            os.utime(path, (later, later))
    assert notices(folder) == ()


def test_edited_article_is_named(folder: Path) -> None:
    path = folder / "articles" / "theduran-2020-01-14.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    (notice,) = notices(folder)
    assert "out of date: articles edited theduran-2020-01-14 since they were made" in notice
    assert "make extract" in notice


def test_added_and_removed_articles_are_named(folder: Path) -> None:
    (folder / "articles" / "hurriyet-2020-06-22.txt").unlink()
    (folder / "articles" / "extra.txt").write_text("Egypt backs Haftar.\n", encoding="utf-8")
    (notice,) = notices(folder)
    assert "articles added extra; removed hurriyet-2020-06-22 since" in notice


def test_edited_metadata_is_an_edited_article(folder: Path) -> None:
    sources = folder / "articles" / "sources.csv"
    table = pd.read_csv(sources, dtype=str, keep_default_na=False)
    table.loc[table["article_id"] == "yenisafak-2020-06-16", "date"] = "2020-06-17"
    table.to_csv(sources, index=False)
    (notice,) = notices(folder)
    assert "articles edited yenisafak-2020-06-16 since" in notice


def test_edited_dictionary_is_named(folder: Path) -> None:
    dictionary = folder / "dictionary"
    dictionary.mkdir()
    (dictionary / "actors.jsonl").write_text('{"id": "Turkey"}\n', encoding="utf-8")
    manifest_path = current_generation(folder) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest_path.write_text(json.dumps({**manifest, "dictionary": folder_hash(dictionary)}), encoding="utf-8")
    assert notices(folder) == ()
    (dictionary / "actors.jsonl").write_text('{"id": "Turkey", "aliases": ["Ankara"]}\n', encoding="utf-8")
    (notice,) = notices(folder)
    assert "out of date: the dictionary was edited since they were made" in notice


def test_many_changes_are_counted_not_all_listed(folder: Path) -> None:
    for number in range(8):
        (folder / "articles" / f"new-{number}.txt").write_text(f"Russia backs the LNA ({number}).\n", encoding="utf-8")
    (notice,) = notices(folder)
    assert "articles added new-0, new-1, new-2, new-3, new-4 and 3 more since" in notice


def test_unchanged_files_are_not_read_again(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hashes = ArticleHashes()
    assert notices(folder, hashes) == ()
    reads: list[list[Path]] = []
    real = freshness.load_corpus
    monkeypatch.setattr(freshness, "load_corpus", lambda paths: reads.append(list(paths)) or real(paths))
    assert notices(folder, hashes) == ()
    assert reads == []
    (folder / "articles" / "extra.txt").write_text("Egypt backs Haftar.\n", encoding="utf-8")
    assert "added extra" in notices(folder, hashes)[0]
    assert reads == [[folder / "articles" / "extra.txt"]]


def test_unreadable_article_is_a_notice(folder: Path) -> None:
    (folder / "articles" / "broken.txt").write_bytes(b"%PDF-1.4 not an article")
    assert any("broken.txt" in n and "PDF" in n for n in notices(folder))


def test_store_without_article_folder_is_not_judged_on_articles(folder: Path) -> None:
    shutil.rmtree(folder / "articles")
    assert notices(folder) == ()


def test_unreadable_part_names_the_folder_and_the_fix(folder: Path) -> None:
    part = next(current_generation(folder).glob("mentions/*.parquet"))
    part.write_bytes(b"garbage")
    with pytest.raises(DataError, match=r"mentions: not a readable mentions table .*make extract"):
        open_dataset(folder)


def test_current_naming_no_generation_is_an_error(folder: Path) -> None:
    (folder / "store" / "CURRENT").write_text("../../etc\n", encoding="utf-8")
    with pytest.raises(DataError, match="not a generation folder"):
        open_dataset(folder)


def test_a_new_generation_is_opened_when_current_changes(folder: Path) -> None:
    first = open_dataset(folder)
    tables = store_tables(folder)
    write_store(folder, {**tables, "relations": tables["relations"].head(3)}, first.tables.snapshot.manifest)
    second = open_dataset(folder)
    assert second.token != first.token
    assert len(second.tables.table("relations")) == 3


def test_merge_actors_keeps_names_and_adds_counts() -> None:
    first = pd.DataFrame([{"actor_id": "Turkey", "name": "Turkey", "type": "state", "country_code": "TUR", "mentions": 5,
                           "articles": 2, "aliases": "Ankara"}], columns=ACTOR_COLUMNS)
    second = pd.DataFrame([{"actor_id": "Turkey", "name": "", "type": "", "country_code": "", "mentions": 1,
                            "articles": 1, "aliases": ""},
                           {"actor_id": "NewActor", "name": "New actor", "type": "state", "country_code": "",
                            "mentions": 1, "articles": 1, "aliases": "GNA"}], columns=ACTOR_COLUMNS)
    merged = merge_actors(first, second).set_index("actor_id")
    assert merged.loc["Turkey", ["name", "type", "country_code", "mentions", "articles"]].tolist() == ["Turkey", "state", "TUR", 6, 3]
    assert merged.loc["NewActor", ["name", "mentions"]].tolist() == ["New actor", 1]


@pytest.mark.parametrize("value,expected", [("", DEFAULT_DATA_DIR), ("  ", DEFAULT_DATA_DIR)])
def test_data_dir_defaults_to_repo_data(monkeypatch: pytest.MonkeyPatch, value: str, expected: Path) -> None:
    monkeypatch.setenv(DATA_ENV, value)
    assert data_dir() == expected


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    assert data_dir() == tmp_path.resolve()


def test_watch_shows_the_last_result_while_a_slow_check_runs() -> None:
    release = threading.Event()
    results = iter([("first",), ("second",)])

    def slow() -> tuple[str, ...]:
        release.wait(5)
        return next(results)

    watch = Watch(slow, ttl=0)
    assert watch.notices(wait=0.05) is None  # nothing finished yet: the page does not wait for it
    release.set()
    assert watch.notices(wait=5) == ("first",)
    release.clear()
    assert watch.notices(wait=0.05) == ("first",)  # a new check runs; the last result stands meanwhile
    release.set()
    assert watch.notices(wait=5) == ("second",)


def test_watch_checks_at_most_once_per_ttl() -> None:
    calls: list[int] = []
    watch = Watch(lambda: calls.append(1) or (str(len(calls)),), ttl=3600)
    assert watch.notices(wait=5) == ("1",)
    assert watch.notices(wait=5) == ("1",) and len(calls) == 1
