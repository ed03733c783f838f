"""Writing tables: spreadsheet downloads cannot run formulas, program CSVs stay
raw, and a failed write leaves the old file whole."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from extract import export
from extract.export import (
    neutralize_cell,
    neutralize_formulas,
    spreadsheet_csv,
    write_csv_atomic,
    write_outputs,
    write_text_atomic,
)
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS


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
