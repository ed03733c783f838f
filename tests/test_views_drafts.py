"""Drafts of uploads on disk, and metadata tables (a sources.csv or a pasted table) for the files uploaded with them."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extract.corpus import ArticleError
from extract.pipeline import CorpusExtraction
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article
from views.drafts import discard_draft, drafts_dir, list_drafts, read_draft, save_draft
from views.upload import (MetadataTable, Upload, is_table, merge_tables, pasted_metadata_table, read_metadata_table,
                          read_uploads, with_table)

ARTICLES = (Article("drones", "Turkey backs the GNA.", outlet="Reuters", date="2020-06-01", title="Drones",
                    notes="typed"),
            Article("other", "Ünïcode “quotes” and\nlines.", author="A. Writer"))
RELATION = {"article_id": "drones", "source": "Reuters", "date": "2020-06-01", "actor1": "Turkey", "actor2": "GNA",
            "relation": "support", "evidence": "Turkey backs the GNA.", "start": 0, "end": 21, "confidence": 0.9,
            "speaker": "", "cue": "backs", "rule": "verb", "event_date": ""}
EXTRACTION = CorpusExtraction(
    relations=pd.DataFrame([RELATION], columns=RELATION_COLUMNS),
    mentions=pd.DataFrame(columns=MENTION_COLUMNS),
    actors=pd.DataFrame([{"actor_id": "Turkey", "name": "Turkey", "type": "state", "country_code": "TR",
                          "mentions": 1, "articles": 1, "aliases": "Turkey"}], columns=ACTOR_COLUMNS),
    problems=["scan.txt: is a PDF document"],
)


def test_a_draft_reads_back_as_written(tmp_path: Path) -> None:
    folder = save_draft(tmp_path, "abc123", ARTICLES, EXTRACTION)
    draft = read_draft(folder)
    assert draft.upload_id == "abc123" and draft.articles == ARTICLES and draft.created
    assert draft.extraction.problems == EXTRACTION.problems
    for name in ("relations", "mentions", "actors"):
        assert getattr(draft.extraction, name).to_dict("records") == getattr(EXTRACTION, name).to_dict("records")
    # written whole or not at all: no staging folder is left
    assert [p.name for p in drafts_dir(tmp_path).iterdir()] == ["abc123"]


def test_drafts_are_listed_newest_first_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    save_draft(tmp_path, "first", ARTICLES[:1], EXTRACTION)
    save_draft(tmp_path, "second", ARTICLES, EXTRACTION)
    (drafts_dir(tmp_path) / "first" / "articles.json").write_text('{"created": "2000-01-01", "articles": []}')
    broken = drafts_dir(tmp_path) / "broken"
    broken.mkdir()
    (broken / "articles.json").write_text("{not json")
    drafts, problems = list_drafts(tmp_path)
    assert [d.upload_id for d in drafts] == ["second", "first"]
    assert len(problems) == 1 and "broken: this unsaved upload cannot be read" in problems[0]


def test_discard_removes_one_draft_and_ids_are_checked(tmp_path: Path) -> None:
    save_draft(tmp_path, "keep", ARTICLES, EXTRACTION)
    save_draft(tmp_path, "drop", ARTICLES, EXTRACTION)
    discard_draft(tmp_path, "drop")
    discard_draft(tmp_path, "never")  # nothing to remove: no error
    assert [d.upload_id for d in list_drafts(tmp_path)[0]] == ["keep"]
    with pytest.raises(ValueError):
        discard_draft(tmp_path, "../keep")
    assert list_drafts(tmp_path / "no such folder") == ([], [])


SOURCES = ("article_id,outlet,author,date,title,url,notes\n"
           "drones,Reuters,A. Writer,2020-07-01,Drones over Tripoli,https://example.org/d,from the wire\n"
           "elsewhere,AFP,,,,,\n").encode()


@pytest.mark.parametrize("name,table", [("sources.csv", True), ("SOURCES.CSV", True), ("notes.txt", False),
                                        ("page.html", False)])
def test_csv_files_are_tables_not_articles(name: str, table: bool) -> None:
    assert is_table(name) is table


def test_a_sources_csv_gives_each_file_its_row() -> None:
    table = read_metadata_table("sources.csv", SOURCES)
    assert table.for_file("drones.txt") == {"outlet": "Reuters", "author": "A. Writer", "date": "2020-07-01",
                                            "title": "Drones over Tripoli", "url": "https://example.org/d",
                                            "notes": "from the wire"}
    assert table.for_file("C:\\Users\\me\\drones.html") == table.for_file("drones.txt")
    assert table.for_file("unknown.txt") == {}
    assert table.for_file("elsewhere.txt") == {"outlet": "AFP"}


def test_typed_metadata_wins_and_the_table_fills_the_rest_into_the_article() -> None:
    table = read_metadata_table("sources.csv", SOURCES)
    upload = with_table(Upload("drones.txt", b"Turkey backs the GNA.\n", outlet="Typed"), table)
    assert (upload.outlet, upload.date, upload.title, upload.author) == ("Typed", "2020-07-01", "Drones over Tripoli",
                                                                         "A. Writer")
    article = read_uploads([upload], set()).articles[0]
    assert (article.outlet, article.date, article.author, article.url) == ("Typed", "2020-07-01", "A. Writer",
                                                                          "https://example.org/d")
    assert article.notes.startswith("from the wire")


def test_a_pasted_spreadsheet_table_or_csv_reads_like_a_file() -> None:
    tsv = "article_id\toutlet\tdate\ttitle\ndrones\tAFP, Paris\t2020-08-02\tA title, with a comma\n"
    assert pasted_metadata_table(tsv).for_file("drones.txt") == {"outlet": "AFP, Paris", "date": "2020-08-02",
                                                                 "title": "A title, with a comma"}
    assert pasted_metadata_table('article_id,outlet\ndrones,"AFP, Paris"\n').for_file("drones.txt") == {
        "outlet": "AFP, Paris"}
    assert pasted_metadata_table("   \n") == MetadataTable()


@pytest.mark.parametrize("data,reason", [
    (b"outlet,date\nReuters,2020\n", "has no article_id column"),
    (b'article_id,outlet\ndrones,"Reuters\nsecond,AFP\n', "line 2 opens a quoted value"),
    (b"article_id,outlet\n\xff\xfe,x\n", "is not UTF-8 text"),
    (b"article_id,outlet\ndrones,A\ndrones,B\n", "appears twice"),
])
def test_a_broken_table_names_the_file_and_the_fault(data: bytes, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason) as caught:
        read_metadata_table("my sources.csv", data)
    assert str(caught.value).startswith("my sources.csv")


def test_two_tables_merge_and_an_id_given_twice_keeps_the_first() -> None:
    first = read_metadata_table("a.csv", b"article_id,outlet\ndrones,Reuters\n")
    second = pasted_metadata_table("article_id\toutlet\ndrones\tAFP\nother\tAP\n")
    merged = merge_tables([first, second])
    assert merged.for_file("drones.txt") == {"outlet": "Reuters"} and merged.for_file("other.txt") == {"outlet": "AP"}
    assert merged.problems == ("drones: metadata given twice; the first is used.",)
