"""The scorer itself: matching rules and error messages."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extract.evaluate import GoldError, GoldRelation, Score, article_scores, load_gold, pair_key, sentence_scores
from extract.schema import RELATION_COLUMNS


def predicted(*rows: tuple[str, str, str, int, int]) -> pd.DataFrame:
    records = []
    for actor1, relation, actor2, start, end in rows:
        records.append(
            {"article_id": "a", "source": "", "date": "", "actor1": actor1, "actor2": actor2, "relation": relation,
             "evidence": "", "start": start, "end": end, "confidence": 0.9, "speaker": "", "cue": "", "rule": "", "event_date": ""}
        )
    return pd.DataFrame(records, columns=RELATION_COLUMNS)


def gold(actor1: str, relation: str, actor2: str, start: int, end: int) -> GoldRelation:
    return GoldRelation("a", actor1, actor2, relation, "", start, end)


def test_support_is_directed_the_others_are_not() -> None:
    assert pair_key("Turkey", "GNA", "support") != pair_key("GNA", "Turkey", "support")
    assert pair_key("Turkey", "France", "opposition") == pair_key("France", "Turkey", "opposition")
    assert pair_key("Russia", "LNA", "mediation") == pair_key("LNA", "Russia", "mediation")


def test_sentence_match_needs_overlapping_evidence() -> None:
    rows = predicted(("Turkey", "support", "GNA", 0, 10), ("Turkey", "support", "GNA", 50, 60))
    scores = sentence_scores(rows, [gold("Turkey", "support", "GNA", 0, 12)])
    assert scores["support"] == Score(1, 2, 1)
    assert scores["overall"].precision == 0.5 and scores["overall"].recall == 1.0


def test_one_gold_row_matches_one_prediction_only() -> None:
    rows = predicted(("Turkey", "support", "GNA", 0, 10), ("Turkey", "support", "GNA", 0, 10))
    assert sentence_scores(rows, [gold("Turkey", "support", "GNA", 0, 10)])["overall"].true_positives == 1


def test_wrong_direction_of_support_is_an_error() -> None:
    rows = predicted(("GNA", "support", "Turkey", 0, 10))
    assert sentence_scores(rows, [gold("Turkey", "support", "GNA", 0, 10)])["overall"].true_positives == 0


def test_article_level_counts_distinct_facts() -> None:
    rows = predicted(("Turkey", "support", "GNA", 0, 10), ("Turkey", "support", "GNA", 50, 60), ("Egypt", "opposition", "Turkey", 0, 10))
    scores = article_scores(rows, [gold("Turkey", "support", "GNA", 100, 120)])
    assert scores["overall"] == Score(1, 2, 1)
    assert scores["overall"].f1 == pytest.approx(2 / 3)


def test_empty_scores_are_zero_not_errors() -> None:
    assert Score(0, 0, 0).f1 == 0.0


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_gold_evidence_must_be_in_the_article(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Turkey backs the GNA.")
    write(tmp_path, "a.jsonl", json.dumps({"actor1": "Turkey", "actor2": "GNA", "relation": "support", "evidence": "Turkey backs GNA."}))
    with pytest.raises(GoldError, match=r"a.jsonl:1: evidence is not a substring"):
        load_gold(tmp_path, tmp_path)


def test_gold_relation_must_be_known(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Turkey backs the GNA.")
    write(tmp_path, "a.jsonl", json.dumps({"actor1": "Turkey", "actor2": "GNA", "relation": "backs", "evidence": "Turkey backs the GNA."}))
    with pytest.raises(GoldError, match="relation 'backs'"):
        load_gold(tmp_path, tmp_path)


def test_gold_bad_json_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Turkey backs the GNA.")
    write(tmp_path, "a.jsonl", "\n{not json\n")
    with pytest.raises(GoldError, match=r"a.jsonl:2: not valid JSON"):
        load_gold(tmp_path, tmp_path)


def test_gold_offsets_locate_the_evidence(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Intro. Turkey backs the GNA.")
    write(tmp_path, "a.jsonl", json.dumps({"actor1": "Turkey", "actor2": "GNA", "relation": "support", "evidence": "Turkey backs the GNA."}))
    [row] = load_gold(tmp_path, tmp_path)
    assert (row.start, row.end) == (7, 28)


def test_wire_scores_count_facts_and_report_differences(tmp_path: Path) -> None:
    from extract.evaluate import wire_scores

    path = tmp_path / "wire.jsonl"
    path.write_text(
        json.dumps({"text": "Egypt backs Haftar.", "edges": [["Egypt", "support", "LNA"]]}) + "\n"
        + json.dumps({"text": "Egypt and Turkey both have interests in Libya.", "edges": [["Egypt", "opposition", "Turkey"]]}) + "\n",
        encoding="utf-8",
    )
    result = wire_scores(path)
    scores, differences = result.scores, result.differences
    assert len(result.confidences) == len(result.right)
    assert scores["overall"] == Score(1, 1, 2)
    assert len(differences) == 1 and "interests in Libya" in differences[0]


def test_wire_file_errors_name_the_line(tmp_path: Path) -> None:
    from extract.evaluate import wire_scores

    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"wire.jsonl:1"):
        wire_scores(path)
