"""The Streamlit app end to end with AppTest: every page runs, the filter drives tables and downloads."""
from __future__ import annotations

import datetime
import shutil
from io import StringIO
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conftest import REPO, csv_rows, downloaded, extracted, network_pages, store_tables
from views import cached, page_list
from views.markup import md_text

# Every page the sidebar lists (views.page_list), so that a new page is tested without editing this list.
PAGES = [script for script, _, _ in page_list.PAGES if script != "dashboard.py"]
HURRIYET = "Hürriyet Daily News"


def sources_widget(at: AppTest):
    return at.sidebar.multiselect(key="_filter_sources")


def html_tables(at: AppTest) -> list[pd.DataFrame]:
    """The static tables a page shows (views.tables.html_table), read back from their HTML."""
    return [pd.read_html(StringIO(element.value), thousands=",")[0] for element in at.get("html")]


def test_overview_runs(app: AppTest) -> None:
    at = app.run()
    assert not at.exception
    assert at.title[0].value == "Who backs whom in the Libyan war"
    assert [m.label for m in at.metric][:4] == ["Articles", "Sources", "Actors", "Sentences"]
    assert at.metric[0].value == "5"


def test_overview_lists_the_most_mentioned_actors_and_links_to_the_rest(app: AppTest,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    everyone = html_tables(app.run())[1]
    assert len(everyone) > 2 and everyone["mentions"].is_monotonic_decreasing
    assert not [link for link in app.get("page_link") if link.proto.label.startswith("All ")]  # all shown: no link
    monkeypatch.setattr(cached, "OVERVIEW_ACTORS", 2)
    at = app.run()
    corpus, shown = html_tables(at)
    assert shown.equals(everyone.head(2))
    links = [link for link in at.get("page_link") if link.proto.label.startswith("All ")]
    assert [(link.proto.label, link.proto.page) for link in links] == [
        (f"All {len(everyone)} actors, sortable, on the Actors page →", "Actors")]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(app: AppTest, page: str) -> None:
    at = app.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title and not at.error


def test_source_filter_changes_table_and_csv(app: AppTest, data_env: Path) -> None:
    at = app.run()
    everything = csv_rows(downloaded(at, "Filtered relations (CSV)"))
    sources_widget(at).set_value([HURRIYET]).run()
    assert not at.exception
    corpus = html_tables(at)[0]
    assert list(corpus["source"]) == [HURRIYET]
    rows = csv_rows(downloaded(at, "Filtered relations (CSV)"))
    relations = store_tables(data_env)["relations"]
    expected = relations[relations["source"] == HURRIYET].sort_values(["article_id", "start"], kind="stable")
    assert len(rows) < len(everything)
    assert rows["evidence"].tolist() == expected["evidence"].tolist()
    assert rows["start"].astype(int).tolist() == expected["start"].tolist()
    assert set(rows["source"]) == {HURRIYET}


def test_filter_is_kept_when_switching_pages(app: AppTest) -> None:
    at = app.run()
    sources_widget(at).set_value([HURRIYET]).run()
    at.sidebar.slider(key="_filter_min_confidence").set_value(0.6).run()
    for page in ["pages/1_Network.py", "pages/4_Actors.py"]:
        at.switch_page(page).run()
        assert sources_widget(at).value == [HURRIYET]
        assert at.sidebar.slider(key="_filter_min_confidence").value == 0.6
    at.switch_page("pages/1_Network.py").run()
    edges = at.dataframe[0].value
    assert set(edges["sources"]) == {HURRIYET}
    assert (edges["confidence"] >= 0.6).all()


def test_network_page_embeds_the_graph(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/1_Network.py").run()
    frames = network_pages(at)
    assert len(frames) == 1
    page = frames[0]
    assert page.startswith("<!DOCTYPE html>") and "new vis.Network(" in page
    assert "Government of National Accord" in page


def test_network_downloads_graph_files(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/1_Network.py").run()
    assert downloaded(at, "Filtered graph (GraphML)").startswith(b"<?xml")
    assert b"<gexf" in downloaded(at, "Filtered graph (GEXF)")


def test_empty_filter_shows_a_message_not_a_canvas(app: AppTest) -> None:
    at = app.run()
    at.sidebar.multiselect(key="_filter_relations").set_value([]).run()
    at.switch_page("pages/1_Network.py").run()
    assert not at.exception
    assert not network_pages(at)
    assert "No relation passes the filter" in at.info[0].value
    at.switch_page("pages/2_Sources.py").run()
    assert not at.exception
    assert [i.value for i in at.info] == [
        md_text("No relation passes the filter (sources: all; relations: none; actors: all). Widen it in the sidebar."),
        md_text("No actor pair to compare under this filter."),
    ]
    # the mention heatmap does not depend on relation types, so it stays
    assert len(at.get("plotly_chart")) == 1


def test_evidence_links_point_into_excerpts(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/1_Network.py").run()
    links = [link for link in at.get("page_link") if link.proto.label == "Read it in the article"]
    assert len(links) == 4  # Turkey -> GNA support, the strongest edge, has four sentences
    assert all(link.proto.page == "Excerpts" for link in links)
    assert links[0].proto.query_string.startswith("article=hurriyet-2020-06-22&start=")


def test_excerpts_opens_the_linked_sentence(app: AppTest, data_env: Path) -> None:
    relations = store_tables(data_env)["relations"]
    row = relations[relations["article_id"] == "theduran-2020-01-14"].iloc[0]
    at = app.run()
    at.query_params.update({"article": row["article_id"], "start": str(row["start"]), "end": str(row["end"])})
    at.switch_page("pages/3_Excerpts.py").run()
    assert not at.exception
    assert at.selectbox[0].value == "theduran-2020-01-14"
    fragments = [h.proto.body for h in at.get("html")]
    assert any("ev-target" in f for f in fragments)
    assert any(row["evidence"][:40] in f for f in fragments)


def test_broken_table_is_an_error_message(app: AppTest, data_env: Path) -> None:
    part = next((data_env / "store").glob("gen-*/relations/part-*.parquet"))
    part.write_bytes(b"not parquet")
    at = app.run()
    assert not at.exception
    assert md_text(f"{part.parent}: not a readable relations table") in at.error[0].value
    assert md_text("make extract") in at.error[0].value


def test_upload_extract_explore_then_save(app: AppTest, data_env: Path) -> None:
    at = app.run()
    at.switch_page("pages/5_Add_articles.py").run()
    at.file_uploader[0].set_value([
        ("drones.txt", b"Turkey backs the GNA with drones. Egypt supports Haftar, Cairo said on Monday.\n", "text/plain"),
        ("scan.txt", b"%PDF-1.7 binary", "text/plain"),
    ]).run()
    at.text_input[0].set_value("Anadolu")
    at.button[0].click().run()
    assert not at.exception
    assert at.get("progress")  # extraction runs in a worker; the page follows it
    extracted(at)
    assert not at.exception
    assert [e.value for e in at.error] == [md_text(
        "scan.txt: is a PDF document, not text. Save the article as plain text (.txt, UTF-8) or as an HTML page and try again.")]
    assert at.dataframe[0].value["article"].tolist() == ["drones"]
    assert not (data_env / "articles" / "drones.txt").exists()  # session only until saved

    at.switch_page("pages/3_Excerpts.py").run()
    assert any(option.startswith("Anadolu · undated · drones") for option in at.selectbox[0].options)
    assert "1 uploaded article" in at.sidebar.info[0].value

    at.switch_page("pages/5_Add_articles.py").run()
    session_rows = at.dataframe[0].value["relations"].iloc[0]
    next(b for b in at.button if b.label.startswith("Save")).click().run()
    assert not at.exception
    assert at.success[0].value.startswith(md_text("Saved 1 article(s) into"))
    saved = store_tables(data_env)
    texts = dict(zip(saved["articles"]["article_id"], saved["articles"]["text"]))
    assert texts["drones"].startswith("Turkey backs the GNA")
    assert (saved["relations"]["article_id"] == "drones").sum() == session_rows
    assert len(saved["relations"]) == 17 + session_rows
    at.switch_page("dashboard.py").run()
    assert not at.warning  # the saved store is up to date with the saved articles


def test_missing_store_is_extracted_in_the_app_and_written(app: AppTest, data_env: Path) -> None:
    shutil.rmtree(data_env / "store")
    (data_env / "relations.csv").write_text("article_id\n", encoding="utf-8")
    at = app.run()
    assert not at.exception
    assert [w.value for w in at.warning] == [md_text(
        f"{data_env} had no table store. Its relations.csv are from an older version and no longer read. "
        f"Its 5 article(s) were extracted in the app and the tables written to {data_env / 'store'}.")]
    assert int(at.metric[3].value) > 0  # evidence sentences found by the extractor
    written = store_tables(data_env)
    assert len(written["relations"]) == int(at.metric[3].value) and len(written["articles"]) == 5


@pytest.mark.parametrize("page", ["dashboard.py", *PAGES])
def test_empty_data_folder_is_explained_not_a_traceback(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBYA_DASHBOARD_DATA", str(tmp_path))
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run()
    if page != "dashboard.py":
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert md_text("articles: no such file or folder") in at.warning[0].value
    assert md_text("has no table store and no article to extract") in at.warning[1].value


def test_date_filter_changes_overview_numbers(app: AppTest) -> None:
    at = app.run()
    assert at.metric[0].value == "5"
    at.sidebar.date_input(key="_filter_date_from").set_value(datetime.date(2020, 6, 1)).run()
    assert not at.exception
    # Three of the five bundled articles are from June 2020.
    assert at.metric[0].value == "3"
    assert any("dates: 2020-06-01 to end" in c.value.replace("\\", "") for c in at.caption)
    assert at.session_state["relation_filter"].date_from == "2020-06-01"


def test_date_filter_changes_the_actor_table(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/4_Actors.py").run()
    before = at.dataframe[0].value.set_index("name")["articles"]
    at.sidebar.date_input(key="_filter_date_from").set_value(datetime.date(2020, 6, 1)).run()
    assert not at.exception
    after = at.dataframe[0].value.set_index("name")["articles"]
    # The Duran (January) and Anti-Empire (February) drop out: Turkey is in all five articles, then in three.
    assert (before["Turkey"], after["Turkey"]) == (5, 3)


def test_search_marks_the_words_and_links_each_hit(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/7_Search.py").run()
    at.text_input[0].set_value("Haftar").run()
    assert not at.exception
    marked = [h.proto.body for h in at.get("html") if "<mark>" in h.proto.body]
    assert marked and all("<mark>Haftar</mark>" in body for body in marked)
    links = [link for link in at.get("page_link") if link.proto.label == "Read it in the article"]
    assert len(links) == len(marked)


def test_hostile_search_words_show_as_text(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/7_Search.py").run()
    hostile = "<img src=x onerror=alert(1)> **b** :red[x]"
    at.text_input[0].set_value(hostile).run()
    assert not at.exception
    assert any(md_text("<img") in i.value for i in at.info)
    assert not any("<img" in h.proto.body for h in at.get("html"))


def test_timeline_points_link_to_their_sentences(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/6_Timeline.py").run()
    assert not at.exception
    assert len(at.get("plotly_chart")) == 2
    month, pair, point = at.selectbox
    assert month.value == "2020-01"
    links = [link for link in at.get("page_link") if link.proto.label == "Read it in the article"]
    # January 2020 holds three relation rows, all from the one article of that month; then the pair's point.
    assert [link.proto.query_string.split("&")[0] for link in links[:2]] == ["article=theduran-2020-01-14"] * 2
    assert all(link.proto.query_string.startswith("article=") for link in links[2:]) and len(links) > 2


def test_the_sidebar_lists_every_page() -> None:
    assert sorted(PAGES) == sorted(f"pages/{p.name}" for p in (REPO / "pages").glob("*.py"))


def test_the_date_range_and_timeline_follow_the_chosen_date_basis(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/6_Timeline.py").run()
    at.sidebar.date_input[0].set_value(datetime.date(2020, 6, 13)).run()
    at.sidebar.date_input[1].set_value(datetime.date(2020, 6, 13)).run()
    assert at.sidebar.caption[-1].value.startswith("0 of ")
    at.sidebar.radio[0].set_value("event").run()
    assert not at.exception
    # "That Saturday, Al-Sisi received Haftar ..." was published on Sunday 14 June: its event is on the 13th.
    assert at.sidebar.caption[-1].value.startswith("1 of ")
    assert at.sidebar.date_input[0].label == "Events from"
    assert any("event date" in c.value for c in at.caption)
    assert at.selectbox[0].options == ["2020-06 (1 sentences)"]


def test_sources_compares_two_outlets_side_by_side(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/2_Sources.py").run()
    assert not at.exception
    first, second = at.selectbox[-2], at.selectbox[-1]
    assert first.value != second.value
    tables = [frame.value for frame in at.dataframe if "verdict" in frame.value.columns]
    assert tables, "no side-by-side table"
    compared = tables[0]
    assert set(compared.columns) == {"pair", "claim", "first", "second", "verdict"}
    # Every row is a claim of one of the two outlets.
    assert ((compared["first"] > 0) | (compared["second"] > 0)).all()
    second.set_value(first.value).run()
    assert not any("verdict" in frame.value.columns for frame in at.dataframe)
    assert any("two different outlets" in i.value for i in at.info)


def test_the_sources_charts_follow_the_filter(app: AppTest) -> None:
    """The Sources page's figures are cached per filter (views.cached): another filter draws other charts, and
    the first filter's charts come back as they were."""
    import json

    def charts(at: AppTest) -> list[dict]:
        return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]

    at = app.run()
    at.switch_page("pages/2_Sources.py").run()
    everything = charts(at)
    outlets = sorted({y for trace in everything[0]["data"] for y in trace["y"]})
    assert len(outlets) > 1
    sources_widget(at).set_value([outlets[0]]).run()
    assert not at.exception
    narrowed = charts(at)
    assert sorted({y for trace in narrowed[0]["data"] for y in trace["y"]}) == [outlets[0]]
    assert narrowed[1] != everything[1]  # the mention heatmap counts that outlet's articles only
    sources_widget(at).set_value([]).run()
    assert charts(at) == everything
