"""Uploaded articles: read per file with clear errors, extracted, combined with the corpus, saved on request."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from extract.pipeline import CorpusExtraction
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article
from conftest import store_tables
from views.dataset import open_dataset, staleness_notices
from views.freshness import ArticleHashes
from views.store import open_snapshot
from views.upload import (
    Upload,
    combine,
    extract_articles,
    read_uploads,
    save_uploads,
    session_table,
    unique_id,
)

GOOD = "Turkey backs the GNA with drones. Egypt supports Haftar, Cairo said on Monday.\n"


@pytest.mark.parametrize("wanted,taken,expected", [
    ("report", set(), "report"),
    ("report", {"report"}, "report-2"),
    ("report", {"report", "report-2", "report-3"}, "report-4"),
    ("report-2", {"report-2"}, "report-2-2"),
])
def test_unique_id(wanted: str, taken: set[str], expected: str) -> None:
    assert unique_id(wanted, taken) == expected


@pytest.mark.parametrize("upload,message", [
    (Upload("scan.pdf.txt", b"%PDF-1.7 ..."), "scan.pdf.txt: is a PDF document, not text."),
    (Upload("empty.md", b""), "empty.md: is empty."),
    (Upload("notes.docx", b"PK\x03\x04..."), "notes.docx: not read: .docx files are not supported."),
    (Upload("page.html", b"<html><script>alert(1)</script></html>"), "page.html: has no article text"),
])
def test_bad_file_gets_its_own_message_and_good_ones_go_on(upload: Upload, message: str) -> None:
    result = read_uploads([Upload("first.txt", GOOD.encode()), upload, Upload("last.md", GOOD.encode())], set())
    assert [a.article_id for a in result.articles] == ["first", "last"]
    assert len(result.errors) == 1 and result.errors[0].startswith(message)


def test_metadata_is_applied_and_ids_made_unique() -> None:
    uploads = [Upload("report.txt", GOOD.encode(), outlet=" Anadolu ", date="2020-06-01", title="Drones"),
               Upload("report.txt", GOOD.encode())]
    result = read_uploads(uploads, {"report"})
    assert [a.article_id for a in result.articles] == ["report-2", "report-3"]
    first = result.articles[0]
    assert (first.outlet, first.date, first.title, first.text) == ("Anadolu", "2020-06-01", "Drones", GOOD)


def test_html_upload_is_reduced_to_text() -> None:
    page = b"<html><head><title>T | Site</title></head><body><h1>Headline</h1><p>Turkey backs the GNA.</p><script>x()</script></body></html>"
    article = read_uploads([Upload("page.html", page)], set()).articles[0]
    assert article.title == "Headline" and "Turkey backs the GNA." in article.text and "x()" not in article.text


def extraction(article_id: str) -> CorpusExtraction:
    relations = pd.DataFrame([{"article_id": article_id, "source": "Anadolu", "date": "2020-06-01", "actor1": "Turkey",
                               "actor2": "GNA", "relation": "support", "evidence": "Turkey backs the GNA with drones.",
                               "start": 0, "end": 33, "confidence": 0.9, "speaker": "", "cue": "backs", "rule": "verb", "event_date": ""}],
                             columns=RELATION_COLUMNS)
    mentions = pd.DataFrame([{"article_id": article_id, "actor_id": "Turkey", "text": "Turkey", "start": 0, "end": 6, "kind": "alias"},
                             {"article_id": article_id, "actor_id": "NewActor", "text": "GNA", "start": 17, "end": 20, "kind": "alias"}],
                            columns=MENTION_COLUMNS)
    actors = pd.DataFrame([{"actor_id": "Turkey", "name": "", "type": "", "country_code": "", "mentions": 1, "articles": 1, "aliases": ""},
                           {"actor_id": "NewActor", "name": "New actor", "type": "state", "country_code": "", "mentions": 1, "articles": 1, "aliases": "GNA"}],
                          columns=ACTOR_COLUMNS)
    return CorpusExtraction(relations=relations, mentions=mentions, actors=actors)


@pytest.fixture
def folder(corpus_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(corpus_dir, copy)
    return copy


def uploaded() -> Article:
    return Article(article_id="new", text=GOOD, outlet="Anadolu", date="2020-06-01", title="Drones")


def test_combine_adds_the_uploaded_article_everywhere(folder: Path) -> None:
    base = open_dataset(folder)
    combined = combine(base, [uploaded()], extraction("new"))
    rows = {name: combined.tables.table(name) for name in ("relations", "mentions", "articles")}
    before = store_tables(folder)
    assert len(rows["relations"]) == len(before["relations"]) + 1
    assert len(rows["mentions"]) == len(before["mentions"]) + 2
    assert dict(zip(rows["articles"]["article_id"], rows["articles"]["text"]))["new"] == GOOD
    assert set(combined.actors["actor_id"]) == set(base.actors["actor_id"]) | {"NewActor"}
    assert len(base.tables.table("relations")) == 17  # the corpus itself is unchanged


def test_save_uploads_writes_articles_and_tables(folder: Path) -> None:
    base = open_dataset(folder)
    save_uploads(folder, combine(base, [uploaded()], extraction("new")), [uploaded()])
    assert (folder / "articles" / "new.txt").read_text(encoding="utf-8") == GOOD
    reread = store_tables(folder)
    assert dict(zip(reread["articles"]["article_id"], reread["articles"]["text"]))["new"] == GOOD
    assert len(reread["relations"]) == 17 + 1
    assert reread["articles"].set_index("article_id").loc["new", "outlet"] == "Anadolu"
    assert staleness_notices(folder, open_snapshot(folder), ArticleHashes()) == ()


def test_extract_articles_reports_progress() -> None:
    calls: list[tuple[int, int, str]] = []
    result = extract_articles([uploaded(), replace(uploaded(), article_id="other")], progress=lambda *c: calls.append(c))
    assert calls == [(1, 2, "new"), (2, 2, "other")]
    assert list(result.relations.columns) == RELATION_COLUMNS
    assert "Turkey" in set(result.mentions["actor_id"])


@pytest.mark.parametrize("date,ok", [("", True), ("2020", True), ("2020-06", True), ("2020-06-14", True),
                                     ("14/06/2020", False), ("June 2020", False), ("2020-6-1", False)])
def test_upload_dates(date: str, ok: bool) -> None:
    result = read_uploads([Upload("a.txt", GOOD.encode(), date=date)], set())
    assert (len(result.articles), len(result.errors)) == ((1, 0) if ok else (0, 1))
    if not ok:
        assert result.errors[0] == f"a.txt: the date {date!r} is not YYYY-MM-DD. Correct it or leave it empty."


def test_session_table_counts_per_article() -> None:
    table = session_table([uploaded(), replace(uploaded(), article_id="quiet")], extraction("new"))
    assert table[["article", "relations", "mentions"]].values.tolist() == [["new", 1, 2], ["quiet", 0, 0]]
