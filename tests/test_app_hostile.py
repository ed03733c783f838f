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
