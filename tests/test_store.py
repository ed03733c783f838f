"""The Parquet store: generations written whole and switched in one step."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from extract.schema import Article
from extract.store import (
    STORE_TABLES,
    DanglingCurrent,
    StoreBusy,
    article_hash,
    current_generation,
    iter_parts,
    new_generation,
    part_name,
    part_paths,
    read_manifest,
    read_table,
    remove_leftovers,
    repair_current,
    table_glob,
    write_part,
    write_store,
    writer_lock,
)

REPO = Path(__file__).resolve().parent.parent


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


def test_an_empty_part_reads_with_the_table_types(tmp_path: Path) -> None:
    generation = new_generation(tmp_path)
    write_part(generation, "relations", pd.DataFrame(columns=STORE_TABLES["relations"]), 0)
    rows = {c: "x" for c in STORE_TABLES["relations"]} | {"start": 0, "end": 1, "confidence": 0.5}
    write_part(generation, "relations", pd.DataFrame([rows]), 1)
    table = read_table(generation, "relations")
    assert len(table) == 1 and table["start"].dtype == "int64" and table["confidence"].dtype == "float64"
    described = duckdb.sql(f"describe select * from read_parquet('{table_glob(generation, 'relations')}')").fetchall()
    assert {name: kind for name, kind, *_ in described}["end"] == "BIGINT"


def test_parts_read_in_part_order(tmp_path: Path) -> None:
    generation = new_generation(tmp_path)
    for part in (2, 0, 10, 1):
        write_part(generation, "articles", _tables([f"a{part}"])["articles"], part)
    assert [p.name for p in part_paths(generation, "articles")] == [part_name(n) for n in (0, 1, 2, 10)]
    assert [frame["article_id"].tolist() for frame in iter_parts(generation, "articles")] == [["a0"], ["a1"], ["a2"], ["a10"]]


def test_a_second_writer_waits_then_fails_clearly(tmp_path: Path) -> None:
    with writer_lock(tmp_path, wait_seconds=0):
        started = time.monotonic()
        with pytest.raises(StoreBusy, match=r"another `python -m extract` is writing tables here .* waited 0.3 s"):
            with writer_lock(tmp_path, wait_seconds=0.3):
                pass
        assert time.monotonic() - started >= 0.3


def test_a_second_writer_gets_the_lock_once_the_first_is_done(tmp_path: Path) -> None:
    order: list[str] = []

    def first() -> None:
        with writer_lock(tmp_path, wait_seconds=0):
            order.append("first in")
            time.sleep(0.3)
            order.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    while not order:
        time.sleep(0.01)
    with writer_lock(tmp_path, wait_seconds=5):
        order.append("second in")
    thread.join()
    assert order == ["first in", "first out", "second in"]


def test_the_lock_is_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from extract.store import writer_lock\n"
         "with writer_lock(Path(sys.argv[1]), 0):\n    print('held', flush=True); time.sleep(60)", str(tmp_path)],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(StoreBusy):
            with writer_lock(tmp_path, wait_seconds=0):
                pass
        holder.kill()
        holder.wait(timeout=10)
        with writer_lock(tmp_path, wait_seconds=2):
            pass
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_leftovers_of_crashed_writers_are_removed_and_the_current_generation_kept(tmp_path: Path) -> None:
    current = write_store(tmp_path, _tables(["a"]), {"run": 1})
    abandoned = new_generation(tmp_path)
    pointer_tmp = tmp_path / "store" / ".CURRENT.1234abcd.tmp"
    pointer_tmp.write_text("gen-x\n", encoding="utf-8")
    part_tmp = current / "relations" / ".part-00003.parquet.5678abcd.tmp"
    part_tmp.write_bytes(b"half a part")
    removed = remove_leftovers(tmp_path)
    assert set(removed) == {abandoned, pointer_tmp, part_tmp}
    assert not abandoned.exists() and not pointer_tmp.exists() and not part_tmp.exists()
    assert current_generation(tmp_path) == current
    assert read_table(current, "articles")["article_id"].tolist() == ["a"]


def _dangle(folder: Path) -> None:
    (folder / "store" / "CURRENT").write_text("gen-20990101T000000-deadbeef\n", encoding="utf-8")


def test_current_naming_a_missing_generation_is_an_error_not_an_empty_store(tmp_path: Path) -> None:
    """Issue 18, item 1: read as "no store", it made the dashboard re-extract and delete the intact generation."""
    kept = write_store(tmp_path, _tables(["a"]), {"run": 1})
    _dangle(tmp_path)
    with pytest.raises(DanglingCurrent, match=f"does not exist.*the newest complete one is {kept.name}.*Nothing was deleted"):
        current_generation(tmp_path)
    with pytest.raises(DanglingCurrent):
        remove_leftovers(tmp_path)  # a dangling pointer never makes a generation a leftover
    assert kept.is_dir()


def test_repair_points_current_at_the_newest_complete_generation_and_deletes_none(tmp_path: Path) -> None:
    older = write_store(tmp_path, _tables(["a"]), {"run": 1})
    newer = new_generation(tmp_path)
    for table, frame in _tables(["b"]).items():
        write_part(newer, table, frame, 0)
    (newer / "manifest.json").write_text("{}", encoding="utf-8")
    unfinished = new_generation(tmp_path)  # no manifest: never complete
    newer = newer.rename(newer.with_name("gen-20990101T000000-00000001"))
    unfinished.rename(unfinished.with_name("gen-20990202T000000-00000002"))
    _dangle(tmp_path)
    notice = repair_current(tmp_path)
    assert current_generation(tmp_path) == newer
    assert notice is not None and f"it now names {newer.name}" in notice and older.name in notice
    assert sorted(p.name for p in (tmp_path / "store").glob("gen-*")) == sorted(
        [older.name, newer.name, "gen-20990202T000000-00000002"])
    assert repair_current(tmp_path) is None  # nothing to repair any more


def test_repair_without_a_complete_generation_removes_the_pointer(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    _dangle(tmp_path)
    notice = repair_current(tmp_path)
    assert notice is not None and "no complete generation" in notice
    assert current_generation(tmp_path) is None


def test_a_current_holding_no_generation_name_is_repaired_by_a_build(tmp_path: Path) -> None:
    """A merge can leave conflict markers in CURRENT: reading says so and deletes nothing; a build's repair
    points it at the newest complete generation (the message said to re-run the build, which failed again)."""
    kept = write_store(tmp_path, _tables(["a"]), {"run": 1})
    (tmp_path / "store" / "CURRENT").write_text(f"<<<<<<< HEAD\n{kept.name}\n=======\ngen-x\n>>>>>>> branch\n", encoding="utf-8")
    with pytest.raises(DanglingCurrent, match=f"not a generation folder.*the newest complete one is {kept.name}.*Nothing was deleted"):
        current_generation(tmp_path)
    notice = repair_current(tmp_path)
    assert notice is not None and f"it now names {kept.name}" in notice
    assert current_generation(tmp_path) == kept
