"""Saved news pages: the article body kept, page furniture and reader comments dropped, metadata found.

The pages in tests/pages/ were written for these tests in the shapes news
sites use; tests/pages/expected.json says, for each, the article's
paragraphs, furniture that must not be kept and the metadata in the page.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract import corpus
from extract.corpus import MAX_HTML_TAGS, ArticleError, article_from_upload, load_corpus, read_article
from extract.pages import FALLBACK_NOTE, read_page, reduce_html

PAGES = Path(__file__).resolve().parent / "pages"
EXPECTED: dict[str, dict] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(name for name, page in EXPECTED.items() if page["article"])
METADATA = ("title", "date", "author", "outlet", "url")


def body_paragraphs(text: str, headline: str) -> list[str]:
    # The headline may or may not open the body, as the page's markup places it.
    paragraphs = text.split("\n\n")
    return paragraphs[1:] if paragraphs and paragraphs[0] == headline else paragraphs


@pytest.mark.parametrize("name", ARTICLES)
def test_article_body_is_kept_and_furniture_dropped(name: str) -> None:
    expected = EXPECTED[name]
    article = read_article(PAGES / name)
    assert body_paragraphs(article.text, expected["headline"]) == expected["article"]
    for furniture in expected["furniture"]:
        assert furniture not in article.text
    assert article.notes == ""


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_is_found_in_the_page(name: str) -> None:
    article = read_article(PAGES / name)
    assert {key: getattr(article, key) for key in METADATA} == EXPECTED[name]["metadata"]


def test_comments_below_the_article_are_dropped() -> None:
    text = read_article(PAGES / "comments.html").text
    assert text.endswith("drive Haftar's forces from the west of the country in May.")
    assert "Wagner" not in text and "Qatar" not in text


def test_a_date_only_in_a_meta_tag_comes_from_it() -> None:
    html = (PAGES / "meta_date.html").read_text(encoding="utf-8")
    assert read_page(html).date == "2020-01-19"
    without = html.replace('<meta property="article:published_time" content="2020-01-19T21:30:00+01:00">', "")
    assert without != html and read_page(without).date == ""


def test_a_date_only_in_the_canonical_url_comes_from_it() -> None:
    html = (PAGES / "url_date.html").read_text(encoding="utf-8")
    assert read_page(html).date == "2019-04-04"
    without = html.replace("/2019/04/04/haftar", "/haftar")
    assert without != html and read_page(without).date == ""


def test_byline_in_the_body_becomes_the_author_and_leaves_the_text() -> None:
    article = read_article(PAGES / "byline.html")
    assert article.author == "Sarah Miller"
    assert article.text.startswith("The two sides in Libya's war signed a permanent ceasefire")


def test_a_page_that_is_not_an_article_is_read_the_basic_way_with_a_note(tmp_path: Path) -> None:
    shutil.copy(PAGES / "section.html", tmp_path / "section.html")
    load = load_corpus([tmp_path])
    [article] = load.articles
    assert load.problems == []
    assert load.notes == [f"section.html: {FALLBACK_NOTE}"]
    assert article.notes == FALLBACK_NOTE
    # Today's reduction: the headlines are kept, navigation and footer dropped.
    assert article.text.startswith("Libya\n\nEgypt's parliament approves sending troops\n\nPolitics 2 hours ago")
    for furniture in EXPECTED["section.html"]["furniture"]:
        assert furniture not in article.text
    # The stories' dates in the links are not the page's date.
    assert article.date == ""


def test_sources_csv_wins_field_by_field(tmp_path: Path) -> None:
    shutil.copy(PAGES / "comments.html", tmp_path / "comments.html")
    (tmp_path / "sources.csv").write_text("article_id,outlet,date,notes\ncomments,Given Outlet,,checked by hand\n", encoding="utf-8")
    [article] = load_corpus([tmp_path]).articles
    assert (article.outlet, article.date, article.author, article.notes) == (
        "Given Outlet", "2020-06-21", "Karim Haddad", "checked by hand"
    )


def test_upload_fields_win_and_empty_ones_come_from_the_page() -> None:
    data = (PAGES / "related.html").read_bytes()
    article = article_from_upload("related.html", data, outlet="Typed Outlet", date="", title="")
    assert (article.outlet, article.date, article.title, article.author) == (
        "Typed Outlet", "2020-05-27", "Russia denies sending fighter jets to Libya", "Elena Markova"
    )
    assert article_from_upload("related.html", data, date="2020-05-26").date == "2020-05-26"


def test_upload_of_a_page_without_a_body_says_so_in_the_notes() -> None:
    article = article_from_upload("front.html", (PAGES / "section.html").read_bytes())
    assert article.notes == FALLBACK_NOTE and "Wagner fighters pull back from Tripoli" in article.text


@pytest.mark.parametrize(
    "body,text",
    [
        ("<p>First.<br>Same paragraph.</p><p>Second.</p>", "First.\nSame paragraph.\n\nSecond."),
        ("<p>A <b>bold</b> and <i>slanted</i> word.</p>", "A bold and slanted word."),
        ("<ul><li>One item here.</li><li>Two items here.</li></ul>", "One item here.\n\nTwo items here."),
        ("<blockquote><p>Quoted words.</p></blockquote><p>After.</p>", "Quoted words.\n\nAfter."),
        ("<pre><code>keep\n   this   spacing</code></pre><p>After.</p>", "keep\n   this   spacing\n\nAfter."),
    ],
)
def test_paragraphs_of_the_body_are_separated_by_blank_lines(body: str, text: str) -> None:
    lead = "<p>" + "Turkey backs the Government of National Accord in Tripoli. " * 6 + "</p>"
    page = f"<html><head><title>T</title></head><body><article>{lead}{body}</article></body></html>"
    assert read_page(page).text.split("\n\n", 1)[1] == text


def test_fallback_reduction_keeps_the_old_behaviour() -> None:
    text, title = reduce_html("<html><head><title>T | Site</title></head><body><nav>Menu</nav><h1>Head</h1><p>One<br>two</p></body></html>")
    assert (text, title) == ("Head\n\nOne\ntwo", "Head")


def test_a_20_mb_page_of_tiny_tags_is_refused_before_it_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*_: object, **__: object) -> None:
        raise AssertionError("the page was decoded or parsed")

    monkeypatch.setattr(corpus, "decode", must_not_run)
    monkeypatch.setattr(corpus, "read_page", must_not_run)
    # Just under the 20 MB the old limit let through to BeautifulSoup (238 s, 2.9 GB).
    data = b"<html><body>" + b"<b>x</b>" * 2_480_000
    with pytest.raises(ArticleError, match=r"is too large \(more than 5,000,000 bytes; a larger page is refused before it is read\)"):
        article_from_upload("tags.html", data)
    (tmp_path / "tags.html").write_bytes(data)
    with pytest.raises(ArticleError, match="more than 5,000,000 bytes"):
        read_article(tmp_path / "tags.html")


def test_a_page_of_too_many_tags_is_refused_before_it_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "read_page", lambda *_: pytest.fail("the page was parsed"))
    data = b"<html><body>" + b"<b>x</b>" * (MAX_HTML_TAGS // 2 + 1)
    with pytest.raises(ArticleError, match=f"has too many HTML tags \\({MAX_HTML_TAGS + 4:,}; a page with more than"):
        article_from_upload("tags.html", data)
