"""Scoring annotated sentence sets (extract.sentence_sets; `python -m extract.evaluate --sentence-sets`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluate import main
from extract.pipeline import default_extractor
from extract.sentence_sets import SentenceSetError, read_sentence_sets, score_sentence_sets

HEADER = "set\tid\tcategory\tdate\ttext\trequired\tacceptable\n"
ROWS = [
    # found, and an acceptable edge predicted is no error
    "a\t1\ta wire\t2020-01-05\tTurkey sent drones to the GNA and Qatar praised Ankara.\tTurkey|support|GNA\tQatar|support|Turkey\n",
    # required but missed: no cue the extractor reads
    "a\t2\ta wire\t2020-01-05\tEgypt and Haftar met in Cairo.\tEgypt|support|LNA\t\n",
    # predicted but neither required nor acceptable: wrong
    "b\t1\ta wire\t2020-01-05\tThe UAE armed Haftar's forces.\t\t\n",
]


def write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "sets.tsv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_counts_found_predicted_and_wrong_per_set(tmp_path: Path) -> None:
    counts = score_sentence_sets(read_sentence_sets(write(tmp_path, ROWS)), default_extractor())
    assert (counts["a"].required, counts["a"].found, counts["a"].wrong) == (2, 1, 0)
    assert (counts["b"].required, counts["b"].found, counts["b"].predicted, counts["b"].wrong) == (0, 0, 1, 1)
    assert counts["all"].required == 2 and counts["all"].wrong == 1 and counts["all"].predicted == counts["a"].predicted + 1


def test_only_the_named_sets_are_read(tmp_path: Path) -> None:
    rows = read_sentence_sets(write(tmp_path, ROWS), ["b"])
    assert [row["set"] for row in rows] == ["b"]


@pytest.mark.parametrize(
    "rows,sets,message",
    [
        (["a\t1\ta wire\t2020-01-05\tTurkey backs the GNA.\tTurkey|backs|GNA\t\n"], [], r"'Turkey\|backs\|GNA' is not A\|support\|B"),
        (ROWS, ["c"], r"no rows of \['c'\]"),
    ],
)
def test_bad_input_names_the_file_and_what_is_wrong(tmp_path: Path, rows, sets, message: str) -> None:
    with pytest.raises(SentenceSetError, match=message):
        read_sentence_sets(write(tmp_path, rows), sets)


def test_the_command_prints_the_table_or_a_clear_error(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, ROWS)
    assert main(["--sentence-sets", str(path), "--sets", "a"]) == 0
    out = capsys.readouterr().out
    assert any(line.split()[:4] == ["a", "2", "1", "0.500"] for line in out.splitlines())
    assert any(line.split()[:2] == ["all", "2"] for line in out.splitlines())
    assert main(["--sentence-sets", str(tmp_path / "missing.tsv")]) == 2
    assert "missing.tsv" in capsys.readouterr().err
