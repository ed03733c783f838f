"""AppTest: uploads kept as a draft until saved or discarded (a new session finds them), a sources.csv or a
pasted table filling the metadata of the files uploaded with it, and Save rewriting the CSV copies too."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from conftest import REPO, extracted
from extract.export import write_outputs_from_store
from extract.store import current_generation
from views.markup import md_text

DRONES = b"Turkey backs the GNA with drones. Egypt supports Haftar, Cairo said on Monday.\n"
SOURCES = ("article_id,outlet,author,date,title,url,notes\n"
           "drones,Reuters,A. Writer,2020-07-01,Drones over Tripoli,https://example.org/drones,from the wire\n").encode()


def new_session() -> AppTest:
    return AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120)


def upload(at: AppTest, files: list[tuple[str, bytes, str]], pasted: str = "") -> AppTest:
    at.switch_page("pages/5_Add_articles.py").run()
    at.file_uploader[0].set_value(files).run()
    if pasted:
        at.text_area(key="pasted_metadata").set_value(pasted).run()
    assert not at.exception, [e.value for e in at.exception]
    next(b for b in at.button if b.label == "Extract").click().run()
    return extracted(at)


def drafts(data: Path) -> list[Path]:
    folder = data / "drafts"
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.exists() else []


def test_a_sources_csv_fills_the_metadata_the_draft_survives_a_new_session_and_save_writes_everything(
        data_env: Path) -> None:
    # The folder has the CSV copies the CLI writes (`python -m extract --csv`).
    write_outputs_from_store(current_generation(data_env), data_env)
    before = len(pd.read_csv(data_env / "relations.csv"))
    at = upload(new_session().run(), [("drones.txt", DRONES, "text/plain"), ("sources.csv", SOURCES, "text/csv")])
    assert not at.exception and not at.error
    table = at.dataframe[0].value
    assert table[["article", "outlet", "date", "title"]].values.tolist() == [
        ["drones", "Reuters", "2020-07-01", "Drones over Tripoli"]]
    added = int(table["relations"].iloc[0])
    assert added > 0 and len(drafts(data_env)) == 1

    # A reload is a new session: the draft is taken up, with its metadata, on every page.
    again = new_session().run()
    assert "1 uploaded article" in again.sidebar.info[0].value
    again.switch_page("pages/3_Excerpts.py").run()
    assert any(o.startswith("Reuters · 2020-07-01 · Drones over Tripoli") for o in again.selectbox[0].options)
    again.switch_page("pages/5_Add_articles.py").run()
    assert again.dataframe[0].value["article"].tolist() == ["drones"]
    assert not (data_env / "articles" / "drones.txt").exists()

    next(b for b in again.button if b.label.startswith("Save")).click().run()
    assert not again.exception
    assert again.success[0].value.startswith(md_text("Saved 1 article(s) into"))
    assert len(pd.read_csv(data_env / "relations.csv")) == before + added
    assert drafts(data_env) == []
    sources = pd.read_csv(data_env / "articles" / "sources.csv", dtype=str, keep_default_na=False).set_index("article_id")
    assert sources.loc["drones", ["outlet", "author", "url"]].tolist() == ["Reuters", "A. Writer",
                                                                          "https://example.org/drones"]
    assert not new_session().run().sidebar.info  # nothing unsaved any more


def test_pasted_and_broken_tables_and_drafts_taken_up_or_discarded(data_env: Path) -> None:
    first = new_session().run()
    first.switch_page("pages/5_Add_articles.py").run()
    first.file_uploader[0].set_value([("drones.txt", DRONES, "text/plain")]).run()
    first.text_area(key="pasted_metadata").set_value(
        "article_id\toutlet\tdate\ttitle\ndrones\tAFP\t2020-08-02\tPasted title\n").run()
    assert any("From the table" in c.value for c in first.caption)
    first.text_input[0].set_value("Typed Outlet").run()  # typed wins over the table
    next(b for b in first.button if b.label == "Extract").click().run()
    extracted(first)
    assert first.dataframe[0].value[["outlet", "date", "title"]].values.tolist() == [
        ["Typed Outlet", "2020-08-02", "Pasted title"]]

    broken = b'article_id,outlet\nother,"Reuters\nsecond,AFP\n'
    second = upload(new_session().run(), [("other.txt", b"Russia supports the LNA.\n", "text/plain"),
                                          ("sources.csv", broken, "text/csv")])
    assert any(md_text("sources.csv: line 2 opens a quoted value") in w.value for w in second.warning)
    assert second.dataframe[0].value[["article", "outlet"]].values.tolist() == [["other", ""]]
    assert len(drafts(data_env)) == 2
    own = second.session_state["uploaded_articles"].upload_id
    # The second session lists the first's upload as another draft, and can take it up.
    next(b for b in second.button if b.label == "Take up").click().run()
    assert second.dataframe[0].value["article"].tolist() == ["drones"]
    next(b for b in second.button if b.label == "Discard uploaded articles").click().run()
    assert [d.name for d in drafts(data_env)] == [own]  # its own upload is still kept
    next(b for b in second.button if b.label == "Discard").click().run()
    assert drafts(data_env) == []
