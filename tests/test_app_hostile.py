"""Every page over a corpus whose outlet, date, title, actor name, file name and text are Markdown and formula payloads.

AppTest sees the Markdown source each element is given: a payload from the
data must arrive escaped (views.markup.md_text), never as the raw string the
frontend would render, and no table cell may start a spreadsheet formula.
tests/test_browser.py walks the same kind of corpus in a real browser.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conftest import ACTORS, REPO, extracted, write_data_folder
from extract.export import FORMULA_TRIGGERS
from views.markup import md_text

OUTLET = '=HYPERLINK("https://evil.example/o") :red[Evil] ![o](https://evil.example/outlet.png) News'
DATE = "![d](https://evil.example/date.png) **2020**"
TITLE = "# Title [t](javascript:alert(1)) $x$"
ACTOR = "-Wagner :material/home: ![a](https://evil.example/actor.png)"
BAD_FILE = "empty **b** ![f](https:evil.example) :smile:.txt"
UPLOAD = "up `load` :blue[x] $y$.txt"
TEXT = (
    "=Turkey backs the GNA with drones :red[now] ![t](https://evil.example/text.png).\n\n"
    "-Russia supports Haftar through Wagner **bold** [l](javascript:alert(1)).\n\n"
    "Egypt and Russia mediate between the GNA and the LNA.\n"
)
PAGES = ["pages/1_Network.py", "pages/2_Sources.py", "pages/3_Excerpts.py", "pages/4_Actors.py", "pages/5_Add_articles.py"]


def hostile_folder(folder: Path) -> Path:
    articles = pd.DataFrame([{"article_id": "hostile", "outlet": OUTLET, "author": "", "date": DATE, "title": TITLE,
                              "url": "", "notes": ""}])
    relations = [
        ("hostile", "=Turkey backs", "Turkey", "GNA", "support", "=backs", "", 0.9),
        ("hostile", "-Russia supports", "Wagner", "LNA", "support", "@through", "", 0.6),
        ("hostile", "Egypt and Russia", "Russia", "GNA", "mediation", "mediate", "", 0.5),
    ]
    write_data_folder(folder, articles, {"hostile": TEXT}, relations, {**ACTORS, "Wagner": (ACTOR, "mercenary group", "RU", ("Wagner",))})
    (folder / "articles" / BAD_FILE).write_bytes(b"")
    return folder


def markdown_sources(at: AppTest) -> list[str]:
    """The Markdown source of every element that renders Markdown, on the page and in the sidebar."""
    texts = [e.value for kind in ("markdown", "caption", "error", "warning", "info", "success") for e in at.get(kind)]
    texts += [e.label for e in at.get("expander")] + [m.proto.help for m in at.get("metric")]
    texts += [b.proto.label for b in at.get("button")]
    return texts


def formula_cells(at: AppTest) -> list[str]:
    cells = []
    for frame in at.dataframe:
        for column in frame.value.columns:
            cells += [v for v in frame.value[column] if isinstance(v, str) and v.startswith(FORMULA_TRIGGERS)]
    return cells


@pytest.fixture
def hostile_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("LIBYA_DASHBOARD_DATA", str(hostile_folder(tmp_path / "data")))
    return AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120)


def test_data_reaches_every_page_as_text(hostile_app: AppTest) -> None:
    at = hostile_app.run()
    # Put the outlet and the actor into the filter description shown in captions and messages.
    at.sidebar.multiselect(key="_filter_sources").set_value([OUTLET]).run()
    at.sidebar.multiselect(key="_filter_actors").set_value(["Wagner"]).run()
    seen: list[str] = []
    for page in ["dashboard.py", *PAGES]:
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        sources = markdown_sources(at)
        for payload in (OUTLET, DATE, TITLE, ACTOR, BAD_FILE, TEXT):
            raw = [s for s in sources if payload in s]
            assert raw == [], f"{page} renders data as Markdown: {raw}"
        assert formula_cells(at) == [], f"{page} shows cells a spreadsheet would run"
        seen += sources
    shown = "\n".join(seen)
    for payload in (OUTLET, DATE, ACTOR, BAD_FILE):  # the walk did show each of them, escaped
        assert md_text(payload) in shown, payload


def test_upload_file_names_and_errors_are_text(hostile_app: AppTest) -> None:
    at = hostile_app.run()
    at.switch_page("pages/5_Add_articles.py").run()
    at.file_uploader[0].set_value([(UPLOAD, b"", "text/plain")]).run()
    assert [e.label for e in at.expander] == ["Or paste the metadata as a table", md_text(UPLOAD)]
    extracted(at.button[0].click().run())
    assert not at.exception
    assert [e.value for e in at.error][-1].startswith(md_text(f"{UPLOAD}: is empty."))
    assert all(UPLOAD not in s for s in markdown_sources(at))


# --- issue 18: every input it names, walked over every page; no page may show a traceback ---

ALL_PAGES = [*PAGES, "pages/6_Timeline.py", "pages/7_Search.py", "pages/8_Reviews.py"]
FORMULA_REASON = '=HYPERLINK("http://evil.example/r","x")'
LONG_QUERY = "Turkey " + " ".join(f"w{i}" for i in range(998))


def issue_18_folder(folder: Path) -> Path:
    """Dates a store made before they were checked may hold (2020-13-45, 0000-00-00, 9999-12-31), outlets with
    \\x0b, \\x0c and U+FFFE, a review whose reason is a formula, and a CURRENT naming a missing generation."""
    from extract.reviews import save_review
    from extract.store import current_generation

    dates = {"bad-month": "2020-13-45", "zero": "0000-00-00", "far": "9999-12-31", "fine": "2020-06-16"}
    articles = pd.DataFrame([{"article_id": a, "outlet": f"Out\x0blet\x0c{i}\ufffe", "author": "", "date": d,
                              "title": a, "url": "", "notes": ""} for i, (a, d) in enumerate(dates.items())])
    texts = {a: "Turkey backs the GNA with drones.\n\nRussia supports Haftar through Wagner.\n" for a in dates}
    relations = [(a, "Turkey backs", "Turkey", "GNA", "support", "backs", "", 0.9) for a in dates]
    relations += [(a, "Russia supports", "Russia", "LNA", "support", "supports", "", 0.8) for a in dates]
    write_data_folder(folder, articles, texts, relations)
    start = texts["fine"].index("Turkey")
    save_review(folder / "reviews.csv", article_id="fine", start=start, end=start + 33, actor1="Turkey", actor2="GNA",
                relation="support", verdict="rejected", reason=FORMULA_REASON)
    generation = current_generation(folder)
    (folder / "store" / "CURRENT").write_text("gen-20990101T000000-deadbeef\n", encoding="utf-8")
    return generation


@pytest.fixture
def issue_18_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppTest, Path, Path]:
    import shutil

    import streamlit.testing.v1.app_test as app_test_module

    from conftest import RecordingFiles
    from extract.dictionary import DEFAULT_DICTIONARY_DIR
    from views.datadir import DICTIONARY_ENV

    folder = tmp_path / "data"
    generation = issue_18_folder(folder)
    monkeypatch.setenv("LIBYA_DASHBOARD_DATA", str(folder))
    monkeypatch.setenv(DICTIONARY_ENV, str(shutil.copytree(DEFAULT_DICTIONARY_DIR, tmp_path / "dictionary")))
    monkeypatch.setattr(app_test_module, "MediaFileManager", RecordingFiles)
    return AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120), folder, generation


def no_traceback(at: AppTest, where: str) -> None:
    assert not at.exception, (where, [e.value for e in at.exception])


def test_issue_18_inputs_on_every_page_show_no_traceback(issue_18_app: tuple[AppTest, Path, Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import csv_rows, downloaded
    from extract.store import current_generation

    at, folder, generation = issue_18_app
    at.run()
    no_traceback(at, "dashboard.py")
    # Item 1: the intact generation is current again, with a notice; nothing was extracted or deleted.
    assert current_generation(folder) == generation and [p.name for p in (folder / "store").glob("gen-*")] == [generation.name]
    assert any(md_text(f"it now names {generation.name}") in w.value for w in at.warning)
    for page in ALL_PAGES:
        at.switch_page(page).run()
        no_traceback(at, page)
        # Item 8: no control character or non-character reaches a page.
        assert not any(ch in s for s in markdown_sources(at) for ch in "\x0b\x0c\ufffe"), page
        assert formula_cells(at) == [], page
    # Item 7: the Timeline sets the impossible and far dates apart and names them.
    at.switch_page("pages/6_Timeline.py").run()
    assert any("left out of the charts" in w.value and "9999\\-12" in w.value for w in at.warning)
    # Item 7: 999 words in both search modes: a message, no DuckDB error.
    at.switch_page("pages/7_Search.py").run()
    for mode in ("Evidence sentences", "Article passages"):
        at.radio(key="search_mode").set_value(mode).run()
        at.text_input[0].input(LONG_QUERY).run()
        no_traceback(at, f"search {mode}")
        assert any("only the first 30 of the 999 typed are searched" in w.value for w in at.warning)
        assert not at.error
    # Item 5: the reviews download neutralizes the formula.
    at.switch_page("pages/8_Reviews.py").run()
    reviews = csv_rows(downloaded(at, "Reviews (CSV)"))
    assert reviews["reason"].tolist() == ["'" + FORMULA_REASON]
    # Item 6: the alias "the" is refused with a message, before any preview or write.
    at.switch_page("pages/4_Actors.py").run()
    at.selectbox(key="new_name_actor").set_value("Egypt")
    at.text_input(key="new_name_surface").input("the")
    next(b for b in at.button if b.label == "Add name").click().run()
    no_traceback(at, "add the alias 'the'")
    assert md_text("'the' is only common words") in at.error[0].value and not at.success


def test_a_read_only_data_folder_is_said_up_front_and_a_refused_write_is_a_message(
        issue_18_app: tuple[AppTest, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18, item 7: adding a name with a read-only data folder showed a PermissionError traceback."""
    import os

    from extract import dictionary_edit

    at, folder, _ = issue_18_app
    at.run()  # repairs CURRENT while the folder is still writable
    real_access = os.access
    # The tests run as root, whom file modes do not stop: the folder is made read-only where it is asked.
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode == os.W_OK and str(path).startswith(
        (str(folder), os.environ["LIBYA_DASHBOARD_DICTIONARY"])) else real_access(path, mode, **kw))

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(Path(os.environ["LIBYA_DASHBOARD_DICTIONARY"]) / "actors.jsonl"))

    monkeypatch.setattr(dictionary_edit, "write_text_atomic", refused)
    for page, what in [("pages/1_Network.py", "reviews"), ("pages/3_Excerpts.py", "reviews"),
                       ("pages/4_Actors.py", "new actors and names"), ("pages/5_Add_articles.py", "uploaded articles")]:
        at.switch_page(page).run()
        no_traceback(at, page)
        assert any("read\\-only for the dashboard" in w.value and md_text(what) in w.value for w in at.warning), page
    at.switch_page("pages/2_Sources.py").run()
    assert not any("read\\-only" in w.value for w in at.warning)  # a page that writes nothing says nothing
    at.switch_page("pages/4_Actors.py").run()
    at.selectbox(key="new_name_actor").set_value("LNA")
    at.text_input(key="new_name_surface").input("Jufra")
    for _ in range(2):  # the preview, then the save
        next(b for b in at.button if b.label == "Add name").click().run()
        no_traceback(at, "add a name")
    assert md_text("Nothing was added: the dictionary could not be written") in at.error[0].value
