"""sources.csv as the user wrote it: rows no article can use are reported by line and kept,
cells are written back as they were, malformed CSV is reported with its line, control
characters never reach an article's metadata."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.corpus import ArticleError, article_from_upload, load_corpus, save_articles
from extract.schema import Article

HEADER = "article_id,outlet,author,date,title,url,notes\n"


def folder_with(tmp_path: Path, sources: str) -> Path:
    (tmp_path / "one.txt").write_text("Turkey backs the GNA.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Egypt backs Haftar.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(sources, encoding="utf-8")
    return tmp_path


def outlets(folder: Path) -> dict[str, str]:
    return {a.article_id: a.outlet for a in load_corpus([folder]).articles}


def test_a_row_without_an_id_is_reported_with_its_line_and_the_others_are_used(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, HEADER + "one,Outlet One,,,,,\n,Lost Outlet,,2020-01-01,,,\ntwo,Outlet Two,,,,,\n")
    load = load_corpus([folder])
    assert {a.article_id: a.outlet for a in load.articles} == {"one": "Outlet One", "two": "Outlet Two"}
    [problem] = load.problems
    assert str(problem).startswith("sources.csv: line 3 has no article_id, so it applies to no article (it is kept in the file)")


def test_saving_keeps_rows_without_an_id_and_every_cell_as_written(tmp_path: Path) -> None:
    rows = (
        ',Lost Outlet,,2020-01-01,,,"kept, as typed"\n'
        'one, Outlet One ,,,,,"  indented\n  second line"\n'
        "two,Outlet Two\n"
    )
    folder = folder_with(tmp_path, HEADER + rows)
    save_articles([Article(article_id="three", text="Russia backs Haftar.", outlet="Outlet Three")], folder)
    assert (folder / "sources.csv").read_text(encoding="utf-8") == HEADER + (
        ',Lost Outlet,,2020-01-01,,,"kept, as typed"\n'
        'one, Outlet One ,,,,,"  indented\n  second line"\n'
        "two,Outlet Two,,,,,\n"
        "three,Outlet Three,,,,,\n"
    )


def test_metadata_given_to_articles_is_stripped_of_surrounding_whitespace(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, HEADER + ' one , Outlet One ,,,,,"  indented\n  second line "\n')
    one = next(a for a in load_corpus([folder]).articles if a.article_id == "one")
    assert (one.outlet, one.notes) == ("Outlet One", "indented\n  second line")


def test_saving_an_article_updates_its_row_in_place(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, HEADER + ",Lost,,,,,\none,Old,,,,,\ntwo,Outlet Two,,,,,\n")
    save_articles([Article(article_id="one", text="Turkey backs the GNA.", outlet="New")], folder, replace=True)
    assert (folder / "sources.csv").read_text(encoding="utf-8") == HEADER + ",Lost,,,,,\none,New,,,,,\ntwo,Outlet Two,,,,,\n"


@pytest.mark.parametrize(
    "rows,line",
    [
        ('one,"Outlet One,,,,,\ntwo,Outlet Two,,,,,\n', 2),
        ('one,Outlet One,,,,,\ntwo,"Outlet Two,,,,,\nthree,"Three",,,,,\n', 3),
    ],
    ids=["never-closed", "closed-by-a-later-quote"],
)
def test_an_unclosed_quote_is_reported_with_its_line(tmp_path: Path, rows: str, line: int) -> None:
    folder = folder_with(tmp_path, HEADER + rows)
    load = load_corpus([folder])
    [problem] = load.problems
    assert f"line {line} opens a quoted value that is not closed where expected" in str(problem)
    assert {a.article_id: a.outlet for a in load.articles} == {"one": "", "two": ""}
    # Saving would rewrite the swallowed rows as one value: it is refused and the file left alone.
    before = (folder / "sources.csv").read_bytes()
    with pytest.raises(ArticleError, match=f"line {line} opens a quoted value"):
        save_articles([Article(article_id="three", text="Russia backs Haftar.")], folder)
    assert (folder / "sources.csv").read_bytes() == before and not (folder / "three.txt").exists()


def test_a_nul_in_a_value_is_left_out_and_reported(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, HEADER + "one,Out\x00let,,,,,\ntwo,Outlet Two,,,,,\n")
    load = load_corpus([folder])
    assert {a.article_id: a.outlet for a in load.articles} == {"one": "Outlet", "two": "Outlet Two"}
    [problem] = load.problems
    assert str(problem).startswith("sources.csv: line 2: the outlet held control characters (such as NUL")
    assert "which were left out" in str(problem)


def test_a_column_named_twice_is_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "article_id,outlet,outlet\none,First,Second\n")
    [problem] = load_corpus([folder]).problems
    assert "names a column twice in its first line ('outlet')" in str(problem)
    with pytest.raises(ArticleError, match="names a column twice"):
        save_articles([Article(article_id="three", text="Russia backs Haftar.")], folder)


def test_an_upload_field_with_control_characters_is_cleaned_with_a_note(tmp_path: Path) -> None:
    article = article_from_upload("one.txt", b"Turkey backs the GNA.", outlet="Out\x00let\x1b")
    assert article.outlet == "Outlet"
    assert article.notes.startswith("the outlet held control characters (such as NUL") and "left out" in article.notes


@pytest.mark.parametrize("dirty,clean", [
    ("Out\x0blet", "Out let"), ("Out\x0clet", "Out let"), ("Out\ufffelet", "Outlet"), ("Out\uffff\U0010fffflet", "Outlet"),
    ("Al\tJazeera", "Al Jazeera"), ("Al\r\nJazeera", "Al Jazeera"), ("Al\u2028Jazeera", "Al Jazeera"),
])
def test_every_control_and_non_character_leaves_an_outlet(tmp_path: Path, dirty: str, clean: str) -> None:
    """Issue 18, item 8: \\x0b, \\x0c and U+FFFE stayed although the reader said it removed control characters."""
    folder = folder_with(tmp_path, HEADER + f'one,"{dirty}",,,,,\n')
    load = load_corpus([folder])
    assert {a.article_id: a.outlet for a in load.articles} == {"one": clean, "two": ""}
    assert [str(p).split(": ")[1] for p in load.problems] == ["line 2"]
    assert article_from_upload("one.txt", b"Turkey backs the GNA.", outlet=dirty).outlet == clean


@pytest.mark.parametrize("date", ["2020-13-45", "0000-00-00", "2020-02-30", "June 2020", "16/06/2020"])
def test_a_date_that_is_no_date_leaves_the_article_undated_with_a_warning(tmp_path: Path, date: str) -> None:
    """Issue 18, item 7: "2020-13-45" was accepted (exit 0) and then crashed the Timeline."""
    folder = folder_with(tmp_path, HEADER + f"one,Outlet One,,{date},,,\ntwo,Outlet Two,,2020-06-16,,,\n")
    load = load_corpus([folder])
    assert {a.article_id: a.date for a in load.articles} == {"one": "", "two": "2020-06-16"}
    [problem] = load.problems
    assert f"line 2: the date {date!r} is not" in str(problem) and "'one' is read as undated" in str(problem)
    assert (folder / "sources.csv").read_text(encoding="utf-8").count(date) == 1  # the file keeps the row as written
    upload = article_from_upload("one.txt", b"Turkey backs the GNA.", date=date)
    assert upload.date == "" and "so the article is undated" in upload.notes


@pytest.mark.parametrize("date", ["2020-06-16", "2020-06", "2020", "9999-12-31", "2020-06-16T10:00:00Z"])
def test_real_dates_are_kept(tmp_path: Path, date: str) -> None:
    folder = folder_with(tmp_path, HEADER + f"one,Outlet One,,{date},,,\n")
    load = load_corpus([folder])
    assert {a.article_id: a.date for a in load.articles}["one"] == date and load.problems == []
