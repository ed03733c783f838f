"""The Parquet store: generations written whole and switched in one step."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from extract.schema import Article
from extract.store import (
    STORE_TABLES,
    article_hash,
    current_generation,
    read_manifest,
    table_glob,
    write_part,
    new_generation,
    write_store,
)


def _tables(article_ids: list[str]) -> dict[str, pd.DataFrame]:
    tables = {name: pd.DataFrame({c: pd.Series(dtype="str") for c in columns}) for name, columns in STORE_TABLES.items()}
    tables["articles"] = pd.DataFrame([{c: f"{i}-{c}" for c in STORE_TABLES["articles"]} | {"article_id": i} for i in article_ids])
    return tables


def test_no_store_means_no_generation(tmp_path: Path) -> None:
    assert current_generation(tmp_path) is None


def test_a_second_write_replaces_the_first_whole(tmp_path: Path) -> None:
    first = write_store(tmp_path, _tables(["a", "b"]), {"run": 1})
    second = write_store(tmp_path, _tables(["c"]), {"run": 2})
    assert current_generation(tmp_path) == second
    assert not first.exists()
    assert read_manifest(second) == {"run": 2}
    ids = duckdb.sql(f"select article_id from read_parquet('{table_glob(second, 'articles')}')").fetchall()
    assert ids == [("c",)]


def test_a_failed_write_leaves_the_current_generation(tmp_path: Path) -> None:
    kept = write_store(tmp_path, _tables(["a"]), {"run": 1})
    broken = _tables(["b"])
    broken["relations"] = broken["relations"].drop(columns=["evidence"])
    with pytest.raises(ValueError, match="evidence"):
        write_store(tmp_path, broken, {"run": 2})
    assert current_generation(tmp_path) == kept
    assert [p.name for p in (tmp_path / "store").iterdir() if p.is_dir()] == [kept.name]


def test_part_refuses_a_table_missing_columns(tmp_path: Path) -> None:
    generation = new_generation(tmp_path)
    with pytest.raises(ValueError, match="lacks the columns"):
        write_part(generation, "actors", pd.DataFrame({"actor_id": ["GNA"]}), 0)


def test_article_hash_follows_content_not_path() -> None:
    one = Article(article_id="a", text="Turkey backs the GNA.", path="/x/a.txt")
    assert article_hash(one) == article_hash(Article(article_id="a", text="Turkey backs the GNA.", path="/y/a.txt"))
    assert article_hash(one) != article_hash(Article(article_id="a", text="Turkey backs the LNA.", path="/x/a.txt"))
