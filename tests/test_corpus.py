"""Reading articles: every bad input is refused with a message naming the file,
and the good articles beside it still load with their exact text."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from extract import corpus, export
from extract.corpus import (
    MAX_ARTICLE_CHARS,
    SOURCE_COLUMNS,
    ArticleError,
    article_from_upload,
    load_corpus,
    read_article,
    read_sources,
    safe_article_id,
    save_articles,
)
from extract.schema import Article

GOOD_TEXT = "Turkey backs the GNA.\n\nRussia supports Haftar."
SOURCES_HEADER = "article_id,outlet,author,date,title,url,notes\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load_with_good(folder: Path, name: str, data: bytes | str) -> tuple[list[Article], list[ArticleError]]:
    """Load a folder holding one good article and one file under test."""
    write(folder, "good.txt", GOOD_TEXT)
    write(folder, name, data)
    load = load_corpus([folder])
    return load.articles, load.problems


def assert_good_loaded(articles: list[Article]) -> None:
    good = [a for a in articles if a.article_id == "good"]
    assert len(good) == 1 and good[0].text == GOOD_TEXT


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\r\n  ", "contains only whitespace"),
        ("nul.txt", b"Turkey backs\x00 the GNA.", "contains NUL bytes"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image"),
        ("scan.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "is a JPEG image"),
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF document"),
        ("report.txt", b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive"),
        ("noise.txt", bytes(range(1, 32)) * 20, "control characters"),
        ("report.docx", b"Turkey backs the GNA.", ".docx files are not supported"),
        ("scripts.html", b"<html><script>var a = 1;</script><nav>Home</nav></html>", "has no article text"),
    ],
)
def test_bad_file_is_reported_and_good_one_loads(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    articles, problems = load_with_good(tmp_path, name, data)
    assert_good_loaded(articles)
    assert [a.article_id for a in articles] == ["good"]
    assert len(problems) == 1
    assert problems[0].name == name
    message = str(problems[0])
    assert message.startswith(f"{name}: ") and reason in message
    assert problems[0].advice  # says what to do


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "is empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n", "PNG image"),
        ("notes.rtf", b"{\\rtf1 hello}", "not supported"),
        ("noext", b"hello", "without an extension"),
    ],
)
def test_read_article_and_upload_refuse_the_same_way(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason) as on_disk:
        read_article(write(tmp_path, name, data))
    with pytest.raises(ArticleError, match=reason) as uploaded:
        article_from_upload(name, data)
    assert on_disk.value.name == uploaded.value.name == name


@pytest.mark.parametrize(
    "data,text",
    [
        ("Café “quoted” — it’s naïve".encode("cp1252"), "Café “quoted” — it’s naïve"),
        ("It’s fine".encode("cp1252"), "It’s fine"),
        (
            "The café owner said “we’re tired of war” — Haftar’s forces shelled Tripoli’s suburbs.".encode("cp1252"),
            "The café owner said “we’re tired of war” — Haftar’s forces shelled Tripoli’s suburbs.",
        ),
        (
            "Le ministre français a déclaré à Genève que la trêve était fragile.".encode("latin-1"),
            "Le ministre français a déclaré à Genève que la trêve était fragile.",
        ),
        ("Señor Pérez, Zürich, Ærø".encode("latin-1"), "Señor Pérez, Zürich, Ærø"),
        (
            "Foreign Minister Mevlüt Çavuşoğlu said Ankara backs the GNA.".encode("cp1254"),
            "Foreign Minister Mevlüt Çavuşoğlu said Ankara backs the GNA.",
        ),
        ("Çavuşoğlu met Lavrov.".encode("utf-8"), "Çavuşoğlu met Lavrov."),
        (b"\xef\xbb\xbf" + "Çavuşoğlu met Lavrov.".encode("utf-8"), "Çavuşoğlu met Lavrov."),
        ("Erdoğan spoke.".encode("utf-16"), "Erdoğan spoke."),
        (b"First line.\r\nSecond line.\r\n\r\nThird.", "First line.\nSecond line.\n\nThird."),
        (b"Old Mac line.\rNext.", "Old Mac line.\nNext."),
    ],
    ids=["cp1252", "cp1252-short", "cp1252-news", "latin-1", "latin-1-names", "cp1254", "utf-8", "utf-8-bom", "utf-16", "crlf", "cr"],
)
def test_encodings_and_newlines_are_read_without_losing_characters(tmp_path: Path, data: bytes, text: str) -> None:
    articles, problems = load_with_good(tmp_path, "other.txt", data)
    assert problems == []
    assert_good_loaded(articles)
    assert [a.text for a in articles if a.article_id == "other"] == [text]


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1254"></head><body><p>Çavuşoğlu spoke.</p></body></html>'
    article = read_article(write(tmp_path, "page.html", page.encode("cp1254")))
    assert article.text == "Çavuşoğlu spoke."


def test_offsets_refer_to_text_as_read(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "crlf.txt", b"\xef\xbb\xbfTurkey\r\nbacks the GNA."))
    start = article.text.index("GNA")
    assert article.text[start : start + 3] == "GNA" and start == len("Turkey\nbacks the ")


def test_too_large_is_refused_with_the_limit_in_the_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_ARTICLE_CHARS", 100)
    articles, problems = load_with_good(tmp_path, "long.txt", "word " * 21)
    assert_good_loaded(articles)
    assert [p.name for p in problems] == ["long.txt"]
    assert "is too large (105 characters; an article may have at most 100 characters)" in str(problems[0])


def test_at_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_ARTICLE_CHARS", 100)
    assert len(read_article(write(tmp_path, "edge.txt", "x" * 100)).text) == 100


def test_huge_file_is_refused_before_decoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_ARTICLE_CHARS", 100)
    with pytest.raises(ArticleError, match="more than 400 bytes") as error:
        read_article(write(tmp_path, "huge.txt", b"y" * 401))
    assert error.value.name == "huge.txt"


def test_html_may_carry_more_markup_than_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_ARTICLE_CHARS", 100)
    page = "<html><head><script>" + "x" * 400 + "</script></head><body><p>Short text.</p></body></html>"
    assert read_article(write(tmp_path, "page.html", page)).text == "Short text."


def test_real_file_over_the_limit_is_refused_quickly(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", GOOD_TEXT)
    write(tmp_path, "dump.txt", ("The war goes on. " * (MAX_ARTICLE_CHARS // 17 + 2)).encode("ascii"))
    started = time.perf_counter()
    load = load_corpus([tmp_path])
    elapsed = time.perf_counter() - started
    assert_good_loaded(load.articles)
    assert [p.name for p in load.problems] == ["dump.txt"]
    assert f"at most {MAX_ARTICLE_CHARS:,} characters" in str(load.problems[0])
    assert elapsed < 5


def test_duplicate_id_keeps_the_first_and_names_both(tmp_path: Path) -> None:
    write(tmp_path, "brief.html", "<p>From the page.</p>")
    write(tmp_path, "brief.txt", "From the text file.")
    write(tmp_path, "good.txt", GOOD_TEXT)
    load = load_corpus([tmp_path])
    assert [(a.article_id, a.text) for a in load.articles] == [("brief", "From the page."), ("good", GOOD_TEXT)]
    assert [p.name for p in load.problems] == ["brief.txt"]
    assert "same article id 'brief' as brief.html" in str(load.problems[0])


def test_names_that_sanitize_alike_are_duplicates(tmp_path: Path) -> None:
    write(tmp_path, "my report.txt", "One.")
    write(tmp_path, "my-report.txt", "Two.")
    load = load_corpus([tmp_path])
    assert [(a.article_id, a.text) for a in load.articles] == [("my-report", "One.")]
    assert [p.name for p in load.problems] == ["my-report.txt"]


def test_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, "good.txt", GOOD_TEXT)
    load = load_corpus([tmp_path, path])
    assert [a.article_id for a in load.articles] == ["good"] and load.problems == []


def test_missing_path_is_a_problem_and_others_load(tmp_path: Path) -> None:
    path = write(tmp_path, "good.txt", GOOD_TEXT)
    load = load_corpus([tmp_path / "nowhere", path])
    assert_good_loaded(load.articles)
    assert [p.name for p in load.problems] == ["nowhere"] and "no such file" in str(load.problems[0])


def test_folder_order_is_sorted_and_hidden_and_sources_skipped(tmp_path: Path) -> None:
    for name in ["c.txt", "a.md", "b.htm", ".hidden.txt"]:
        write(tmp_path, name, f"<p>{name}</p>" if name.endswith("htm") else name)
    write(tmp_path, "sources.csv", SOURCES_HEADER)
    load = load_corpus([tmp_path])
    assert [a.article_id for a in load.articles] == ["a", "b", "c"] and load.problems == []


@pytest.mark.parametrize(
    "filename,article_id",
    [
        ("theduran-2020-01-14.txt", "theduran-2020-01-14"),
        ("My Report (final).txt", "My-Report-final"),
        ("Çavuşoğlu interview.html", "Çavuşoğlu-interview"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini.txt", "win.ini"),
        ("C:\\Users\\me\\Desktop\\news.txt", "news"),
        ("..", "article"),
        ("...txt", "article"),
        (".hidden.txt", "hidden"),
        ("", "article"),
        ("CON.txt", "article-CON"),
        ("nul.txt", "article-nul"),
        ("\x1b[31mred\x1b[0m.txt", "31mred-0m"),
        ("a;rm -rf ~.txt", "a-rm-rf"),
        ("x" * 300 + ".txt", "x" * 100),
    ],
)
def test_safe_article_id(filename: str, article_id: str) -> None:
    safe = safe_article_id(filename)
    assert safe == article_id
    assert "/" not in safe and "\\" not in safe and not safe.startswith(".") and 0 < len(safe) <= 100


@pytest.mark.parametrize("filename", ["../../etc/passwd.txt", "/etc/passwd.txt", "..\\..\\boot.ini.txt", "sub/../../x.txt"])
def test_upload_name_cannot_escape_the_folder(tmp_path: Path, filename: str) -> None:
    folder = tmp_path / "articles"
    article = article_from_upload(filename, b"Turkey backs the GNA.")
    [path] = save_articles([article], folder)
    assert path.parent == folder
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted([path.name, "sources.csv"])


def test_odd_file_names_on_disk_load(tmp_path: Path) -> None:
    write(tmp_path, "My Report (final).txt", "Egypt backs Haftar.")
    write(tmp_path, "Çavuşoğlu.md", "# Talk\n\nTurkey backs the GNA.")
    load = load_corpus([tmp_path])
    assert {a.article_id: a.text for a in load.articles} == {
        "My-Report-final": "Egypt backs Haftar.",
        "Çavuşoğlu": "# Talk\n\nTurkey backs the GNA.",
    }


PAGE = """<!doctype html>
<html><head><title>Talks resume | Example News</title>
<style>p { color: red }</style><script>document.write("tracking")</script></head>
<body>
<header><h1>Example News</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
  <h1>Talks   resume &amp; stall</h1>
  <p>Turkey backs the
     <a href="/gna">GNA</a>.</p>
  <!-- an editor's comment -->
  <p>Russia supports Haftar.<br>Egypt agrees.</p>
  <aside>Related: other news</aside>
  <noscript>Enable JavaScript</noscript>
  <form>Subscribe <input name="mail"></form>
</article>
<footer>Copyright 2020</footer>
</body></html>"""


def test_html_is_reduced_to_article_text(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "talks.html", PAGE))
    assert article.text == "Talks resume & stall\n\nTurkey backs the GNA.\n\nRussia supports Haftar.\nEgypt agrees."
    # trafilatura's title: the page's <title> without the site's name.
    assert article.title == "Talks resume"
    for furniture in ["tracking", "color", "Home", "Example News", "Related", "JavaScript", "Subscribe", "Copyright", "editor"]:
        assert furniture not in article.text


@pytest.mark.parametrize(
    "page,text",
    [
        ("<p>Moscow&nbsp;accused \n  Turkey</p>", "Moscow\u00a0accused Turkey"),
        ("<p>One</p><p></p><p>Two</p>", "One\n\nTwo"),
        ("<ul><li>First</li><li>Second</li></ul>", "First\n\nSecond"),
        ("<p>Turkey <em>backs</em> the <span>GNA</span>.</p>", "Turkey backs the GNA."),
        ("<p>Line one<br/>Line two<br><br>Line three</p>", "Line one\nLine two\nLine three"),
        ("<pre>keep\n   this   spacing</pre>", "keep\n   this   spacing"),
        ("<p>&lt;b&gt; is escaped &amp; kept</p>", "<b> is escaped & kept"),
        ("Loose text<div>in a div</div>after", "Loose text\n\nin a div\n\nafter"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a\n\nb"),
    ],
)
def test_html_text_keeps_paragraphs(page: str, text: str) -> None:
    assert article_from_upload("page.html", page.encode()).text == text


@pytest.mark.parametrize(
    "page,title",
    [
        ("<title>Page title | Site</title><p>Body.</p>", "Page title"),
        ("<title>Page title | Site</title><h1>Headline</h1><p>Body.</p>", "Headline"),
        ("<p>Body.</p>", ""),
    ],
)
def test_html_title_when_none_given(page: str, title: str) -> None:
    assert article_from_upload("page.html", page.encode()).title == title


def test_given_title_wins_over_the_page(tmp_path: Path) -> None:
    article = article_from_upload("page.html", PAGE.encode(), title="Given", outlet="Outlet", date="2020-06-22")
    assert (article.title, article.outlet, article.date) == ("Given", "Outlet", "2020-06-22")


def test_deeply_nested_html_is_read() -> None:
    page = "<div>" * 5000 + "Deep text." + "</div>" * 5000
    assert article_from_upload("deep.html", page.encode()).text == "Deep text."


def test_markdown_is_kept_as_text(tmp_path: Path) -> None:
    assert read_article(write(tmp_path, "note.md", "# Head\n\n*Turkey* backs <b>the GNA</b>.")).text == (
        "# Head\n\n*Turkey* backs <b>the GNA</b>."
    )


def test_sources_csv_gives_metadata(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", GOOD_TEXT)
    write(tmp_path, "bare.txt", "Egypt backs Haftar.")
    sources = SOURCES_HEADER + 'good,Hürriyet Daily News,A. Writer,2020-06-22,"Turkey, Russia talk",https://x.example,note\n'
    write(tmp_path, "sources.csv", b"\xef\xbb\xbf" + sources.encode("utf-8"))
    load = load_corpus([tmp_path])
    assert load.problems == []
    good = next(a for a in load.articles if a.article_id == "good")
    assert (good.outlet, good.author, good.date, good.title, good.url, good.notes) == (
        "Hürriyet Daily News",
        "A. Writer",
        "2020-06-22",
        "Turkey, Russia talk",
        "https://x.example",
        "note",
    )
    bare = next(a for a in load.articles if a.article_id == "bare")
    assert (bare.outlet, bare.date, bare.title) == ("", "", "")


def test_missing_sources_csv_is_fine(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", GOOD_TEXT)
    load = load_corpus([tmp_path])
    assert load.problems == [] and load.articles[0].outlet == "" and load.articles[0].path == str(tmp_path / "good.txt")


def test_sources_csv_beside_a_single_file_is_used(tmp_path: Path) -> None:
    path = write(tmp_path, "good.txt", GOOD_TEXT)
    write(tmp_path, "sources.csv", SOURCES_HEADER + "good,Outlet,,2020-01-14,,,\n")
    [article] = load_corpus([path]).articles
    assert (article.outlet, article.date) == ("Outlet", "2020-01-14")


@pytest.mark.parametrize(
    "sources,reason",
    [
        (b"id,outlet\ngood,Outlet\n", "has no article_id column"),
        (b"", "has no article_id column"),
        ((SOURCES_HEADER + "good,Caf\xe9 News,,,,,\n").encode("cp1252"), "is not UTF-8"),
        ((SOURCES_HEADER + "good,Outlet,,2020-01-01,Turkey, Russia talk,,,\n").encode(), "line 2 has more cells than the header"),
        ((SOURCES_HEADER + "good,One,,,,,\ngood,Two,,,,,\n").encode(), "'good' appears twice"),
        ((SOURCES_HEADER + 'good,"' + "x" * 200_000 + '",,,,,\n').encode(), "is not valid CSV"),
    ],
    ids=["no-id-column", "empty", "not-utf8", "extra-cells", "duplicate-id", "field-too-large"],
)
def test_broken_sources_csv_is_reported_and_articles_load_without_metadata(tmp_path: Path, sources: bytes, reason: str) -> None:
    write(tmp_path, "sources.csv", sources)
    articles, problems = load_with_good(tmp_path, "other.txt", "Egypt backs Haftar.")
    assert_good_loaded(articles)
    assert {a.article_id: a.outlet for a in articles} == {"good": "", "other": ""}
    assert [p.name for p in problems] == ["sources.csv"]
    assert reason in str(problems[0]) and "load without outlet, date or title" in str(problems[0])


def test_read_sources_raises_with_the_file_name(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="^sources.csv: has no article_id column"):
        read_sources(write(tmp_path, "sources.csv", "name\nx\n"))


def article(article_id: str, text: str = GOOD_TEXT, **metadata: str) -> Article:
    return Article(article_id=article_id, text=text, **metadata)


def test_save_articles_round_trips(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    saved = [article("one", "Line one.\nLine two.", outlet="Out", date="2020-06-22", title="A, B"), article("Çavuşoğlu", "Ünlü.")]
    paths = save_articles(saved, folder)
    assert paths == [folder / "one.txt", folder / "Çavuşoğlu.txt"]
    load = load_corpus([folder])
    assert load.problems == []
    assert [(a.article_id, a.text, a.outlet, a.date, a.title) for a in load.articles] == [
        ("one", "Line one.\nLine two.", "Out", "2020-06-22", "A, B"),
        ("Çavuşoğlu", "Ünlü.", "", "", ""),
    ]


def test_save_articles_keeps_other_rows_and_columns(tmp_path: Path) -> None:
    write(tmp_path, "sources.csv", "article_id,outlet,date,language\nold,Old Outlet,2019-04-04,en\n")
    save_articles([article("new", outlet="New Outlet")], tmp_path)
    rows = read_sources(tmp_path / "sources.csv").metadata
    assert rows["old"] == {"article_id": "old", "outlet": "Old Outlet", "date": "2019-04-04", "language": "en",
                           "author": "", "title": "", "url": "", "notes": ""}
    assert rows["new"]["outlet"] == "New Outlet" and rows["new"]["language"] == ""
    header = (tmp_path / "sources.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:4] == ["article_id", "outlet", "date", "language"] and set(SOURCE_COLUMNS) <= set(header)


def test_save_articles_updates_the_row_of_the_same_article(tmp_path: Path) -> None:
    save_articles([article("one", outlet="First")], tmp_path)
    save_articles([article("one", outlet="Second")], tmp_path)
    assert read_sources(tmp_path / "sources.csv").metadata["one"]["outlet"] == "Second"
    assert len((tmp_path / "sources.csv").read_text(encoding="utf-8").splitlines()) == 2


def test_save_articles_refuses_to_overwrite_a_different_article(tmp_path: Path) -> None:
    save_articles([article("one", "Original text.", outlet="First")], tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(ArticleError, match="^one.txt: already holds a different article with the id 'one'"):
        save_articles([article("two"), article("one", "Other text.", outlet="Second")], tmp_path)
    # Nothing of the batch was written: not even the article that had no conflict.
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_save_articles_replace_overwrites(tmp_path: Path) -> None:
    save_articles([article("one", "Original text.")], tmp_path)
    save_articles([article("one", "Other text.")], tmp_path, replace=True)
    assert (tmp_path / "one.txt").read_text(encoding="utf-8") == "Other text."


def test_save_articles_refuses_an_id_held_by_an_html_file(tmp_path: Path) -> None:
    write(tmp_path, "one.html", "<p>Page.</p>")
    with pytest.raises(ArticleError, match="^one.html: already holds the article 'one'"):
        save_articles([article("one")], tmp_path, replace=True)
    assert not (tmp_path / "one.txt").exists()


@pytest.mark.parametrize("article_id", ["../escape", "a/b", ".hidden", "", "two words"])
def test_save_articles_refuses_unsafe_ids(tmp_path: Path, article_id: str) -> None:
    with pytest.raises(ArticleError, match="is not a safe file name"):
        save_articles([article(article_id)], tmp_path / "articles")
    assert not (tmp_path / "articles").exists() or list((tmp_path / "articles").iterdir()) == []


def test_save_articles_refuses_to_rewrite_a_broken_sources_csv(tmp_path: Path) -> None:
    write(tmp_path, "sources.csv", "outlet\nKept by hand\n")
    with pytest.raises(ArticleError, match="^sources.csv: has no article_id column"):
        save_articles([article("one")], tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["sources.csv"]


def test_save_articles_refuses_the_same_id_twice_in_one_batch(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="given twice"):
        save_articles([article("one"), article("one", "Other.")], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_save_articles_is_atomic_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_articles([article("one", "Original text.", outlet="First")], tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        save_articles([article("one", "New text.", outlet="Second")], tmp_path, replace=True)
    # The old files are whole and no temporary file is left behind.
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
