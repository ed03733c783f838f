"""Writing tables: spreadsheet downloads cannot run formulas, program CSVs stay
raw, and a failed write leaves the old file whole."""
from __future__ import annotations

import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from extract import export
from extract.export import (
    neutralize_cell,
    neutralize_formulas,
    remove_temp_files,
    spreadsheet_csv,
    write_csv_atomic,
    write_outputs,
    write_outputs_from_store,
    write_text_atomic,
)
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS
from extract.store import new_generation, read_table, write_part


@pytest.mark.parametrize(
    "value,expected",
    [
        ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Turkey backs the GNA.", "Turkey backs the GNA."),
        ("a=b", "a=b"),
        ("", ""),
        ("'=already quoted", "'=already quoted"),
    ],
)
def test_neutralize_cell(value: str, expected: str) -> None:
    assert neutralize_cell(value) == expected


@pytest.mark.parametrize("value", [-1, -0.5, 0, 3.25, None])
def test_neutralize_cell_leaves_non_text_alone(value: object) -> None:
    assert neutralize_cell(value) is value


def test_neutralize_formulas_leaves_numbers_as_numbers() -> None:
    table = pd.DataFrame({"evidence": ["=1+1", "fine"], "start": [-5, 10], "confidence": [-0.25, 0.9]})
    safe = neutralize_formulas(table)
    assert safe["evidence"].tolist() == ["'=1+1", "fine"]
    assert safe["start"].tolist() == [-5, 10] and pd.api.types.is_integer_dtype(safe["start"])
    assert safe["confidence"].tolist() == [-0.25, 0.9] and pd.api.types.is_float_dtype(safe["confidence"])
    assert table["evidence"].tolist() == ["=1+1", "fine"]  # the input is not changed


def test_spreadsheet_csv_is_bom_utf8_and_neutralized() -> None:
    data = spreadsheet_csv(pd.DataFrame({"name": ["Çavuşoğlu", "@cmd"], "mentions": [-3, 4]}))
    assert data.startswith(b"\xef\xbb\xbf")
    assert pd.read_csv(io.BytesIO(data), encoding="utf-8-sig").to_dict("list") == {
        "name": ["Çavuşoğlu", "'@cmd"],
        "mentions": [-3, 4],
    }


def test_write_csv_atomic_is_raw(tmp_path: Path) -> None:
    path = tmp_path / "relations.csv"
    write_csv_atomic(pd.DataFrame({"evidence": ["=1+1", "line\r\nbreak"]}), path)
    assert pd.read_csv(path, keep_default_na=False)["evidence"].tolist() == ["=1+1", "line\r\nbreak"]


def test_atomic_write_keeps_the_old_file_when_encoding_fails(tmp_path: Path) -> None:
    path = tmp_path / "relations.csv"
    path.write_text("old,content\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(path, "new text with a lone surrogate \ud800")
    assert path.read_text(encoding="utf-8") == "old,content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["relations.csv"]


def test_atomic_write_keeps_the_old_file_when_replace_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("old\n", encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", fail)
    with pytest.raises(OSError):
        write_csv_atomic(pd.DataFrame({"a": [1]}), path)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["actors.csv"]


def test_atomic_write_creates_the_folder(tmp_path: Path) -> None:
    write_text_atomic(tmp_path / "new" / "file.txt", "x\n")
    assert (tmp_path / "new" / "file.txt").read_text(encoding="utf-8") == "x\n"


@dataclass
class Tables:
    relations: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame


def tables() -> Tables:
    relation = {column: "" for column in RELATION_COLUMNS} | {
        "article_id": "a", "actor1": "Turkey", "actor2": "GNA", "relation": "support",
        "evidence": "=Turkey backs the GNA.", "start": 0, "end": 22, "confidence": 0.9,
    }
    mention = {"article_id": "a", "actor_id": "Turkey", "text": "Turkey", "start": 1, "end": 7, "kind": "alias"}
    actor = {"actor_id": "Turkey", "name": "Turkey", "type": "state", "country_code": "TR", "mentions": 1, "articles": 1, "aliases": ""}
    # Columns deliberately out of order: the files follow extract.schema.
    return Tables(
        relations=pd.DataFrame([relation], columns=list(reversed(RELATION_COLUMNS))),
        actors=pd.DataFrame([actor], columns=ACTOR_COLUMNS),
        mentions=pd.DataFrame([mention], columns=list(reversed(MENTION_COLUMNS))),
    )


def test_write_outputs_writes_three_raw_tables_in_schema_order(tmp_path: Path) -> None:
    written = write_outputs(tables(), tmp_path / "out")
    assert written == {name: tmp_path / "out" / f"{name}.csv" for name in ("relations", "actors", "mentions")}
    expected = {"relations": RELATION_COLUMNS, "actors": ACTOR_COLUMNS, "mentions": MENTION_COLUMNS}
    for name, path in written.items():
        assert pd.read_csv(path).columns.tolist() == expected[name]
    relations = pd.read_csv(written["relations"])
    assert relations.loc[0, "evidence"] == "=Turkey backs the GNA."  # raw, for programs
    assert relations.loc[0, "confidence"] == 0.9


def test_write_outputs_refuses_a_table_missing_columns_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "relations.csv").write_text("old\n", encoding="utf-8")
    broken = tables()
    broken.mentions = broken.mentions.drop(columns=["kind"])
    with pytest.raises(ValueError, match=r"mentions.csv: the mentions table lacks the columns \['kind'\]"):
        write_outputs(broken, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["relations.csv"]
    assert (tmp_path / "relations.csv").read_text(encoding="utf-8") == "old\n"


def test_spreadsheet_csv_keeps_a_carriage_return_inside_its_cell() -> None:
    import csv
    import io

    import pandas as pd

    from extract.export import spreadsheet_csv

    data = spreadsheet_csv(pd.DataFrame({"evidence": ["line one\rline two", "plain"], "start": [1, 2]}))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [["evidence", "start"], ["line one\rline two", "1"], ["plain", "2"]]


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_atomic_write_honours_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_text_atomic(tmp_path / "sources.csv", "article_id\n")
        write_csv_atomic(pd.DataFrame({"a": [1]}), tmp_path / "relations.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "sources.csv").stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "relations.csv").stat().st_mode) == mode


def _generation_of(tmp_path: Path, parts: int) -> Path:
    generation = new_generation(tmp_path / "out")
    for part in range(parts):
        one = tables()
        one.relations = one.relations.assign(article_id=f"a{part}", evidence=f"=row {part}, \"quoted\"\nnext line")
        one.mentions = one.mentions.assign(article_id=f"a{part}")
        for name in ("relations", "mentions"):
            write_part(generation, name, getattr(one, name), part)
    write_part(generation, "actors", tables().actors, 0)
    return generation


def test_csvs_from_the_store_are_its_parts_in_order(tmp_path: Path) -> None:
    generation = _generation_of(tmp_path, parts=3)
    written = write_outputs_from_store(generation, tmp_path / "out")
    assert set(written) == {"relations", "actors", "mentions"}
    for name, path in written.items():
        assert pd.read_csv(path, keep_default_na=False).to_dict("list") == read_table(generation, name).to_dict("list")
    relations = pd.read_csv(written["relations"], keep_default_na=False)
    assert relations["article_id"].tolist() == ["a0", "a1", "a2"]
    assert relations["evidence"].tolist()[1] == "=row 1, \"quoted\"\nnext line"
    assert relations.columns.tolist() == RELATION_COLUMNS


def test_csvs_from_an_empty_store_have_their_header(tmp_path: Path) -> None:
    written = write_outputs_from_store(_generation_of(tmp_path, parts=0), tmp_path / "out")
    assert written["relations"].read_text(encoding="utf-8") == ",".join(RELATION_COLUMNS) + "\n"


def test_a_crash_while_writing_the_csvs_keeps_the_old_set_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    generation = _generation_of(tmp_path, parts=2)
    out = tmp_path / "out"
    for filename in ("relations.csv", "actors.csv", "mentions.csv"):
        (out / filename).write_text("old\n", encoding="utf-8")
    real_parts = export.iter_parts

    def parts(generation: Path, table: str):
        if table == "mentions":  # the last table: relations and actors are written by then
            raise OSError(28, "No space left on device")
        return real_parts(generation, table)

    monkeypatch.setattr(export, "iter_parts", parts)
    with pytest.raises(OSError):
        write_outputs_from_store(generation, out)
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["actors.csv", "mentions.csv", "relations.csv"]
    assert all((out / f).read_text(encoding="utf-8") == "old\n" for f in ("relations.csv", "actors.csv", "mentions.csv"))


def test_temp_files_of_a_crashed_writer_are_removed(tmp_path: Path) -> None:
    leftovers = [tmp_path / ".relations.csv.ab12cd34.tmp", tmp_path / ".mentions.csv.0000ffff.tmp"]
    for path in leftovers:
        path.write_text("half", encoding="utf-8")
    (tmp_path / "notes.tmp").write_text("not ours", encoding="utf-8")
    assert sorted(remove_temp_files(tmp_path)) == sorted(leftovers)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.tmp"]
