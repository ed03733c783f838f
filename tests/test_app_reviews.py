"""Reviews in the app (AppTest): a review changes the tables and the downloads, and survives as a file."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from extract.reviews import REVIEW_COLUMNS, load_reviews
from conftest import csv_rows, downloaded

HURRIYET_ID = "hurriyet-2020-06-22"


def page(app: AppTest, name: str) -> AppTest:
    app.run()
    return app.switch_page(f"pages/{name}")


def relation_count_caption(at: AppTest) -> str:
    return next(c.value for c in at.sidebar.caption if "pass the filter" in c.value)


def excerpts(app: AppTest, article: str = HURRIYET_ID) -> AppTest:
    at = page(app, "3_Excerpts.py")
    at.query_params["article"] = article
    return at.run()


def submit(at: AppTest, label: str) -> AppTest:
    return next(b for b in at.button if b.label == label).click().run()


def test_rejecting_a_row_hides_it_everywhere_and_a_checkbox_shows_it(app: AppTest, data_env: Path) -> None:
    at = excerpts(app)
    assert not at.exception
    before = relation_count_caption(at)
    picked = next(s for s in at.selectbox if s.label == "Evidence sentence")
    chosen_words = picked.format_func(picked.value)
    next(r for r in at.radio if r.label == "Verdict").set_value("rejected")
    next(t for t in at.text_input if t.label == "Reason").input("the sentence reports a denial")
    at = submit(at, "Save review")
    assert not at.exception
    reviews = load_reviews(data_env / "reviews.csv")
    assert reviews[["article_id", "verdict", "reason"]].values.tolist() == [[HURRIYET_ID, "rejected", "the sentence reports a denial"]]
    assert relation_count_caption(at) != before
    assert relation_count_caption(at).startswith("16 of 17")

    network = at.switch_page("pages/1_Network.py").run()
    rows = csv_rows(downloaded(network, "Filtered relations (CSV)"))
    assert len(rows) == 16 and "rejected" not in set(rows["review"])
    network.sidebar.checkbox(key="_filter_show_rejected").check().run()
    rows = csv_rows(downloaded(network, "Filtered relations (CSV)"))
    assert len(rows) == 17
    rejected = rows[rows["review"] == "rejected"]
    assert rejected["review_reason"].tolist() == ["the sentence reports a denial"]
    assert chosen_words.endswith(rejected["evidence"].iloc[0][:40]) or rejected["evidence"].iloc[0][:40] in chosen_words


def test_a_relation_added_by_hand_appears_as_an_edge_and_in_the_download(app: AppTest, data_env: Path) -> None:
    at = excerpts(app)
    at.toggle(key="add_relation_open").set_value(True).run()
    form_actor = {s.label: s for s in at.selectbox}
    form_actor["Actor 1 (for support: who gives it)"].set_value("Egypt")
    form_actor["Relation"].set_value("mediation")
    form_actor["Actor 2"].set_value("Russia")
    at = submit(at, "Add the relation")
    assert not at.exception
    reviews = load_reviews(data_env / "reviews.csv")
    assert reviews[["actor1", "actor2", "relation", "verdict"]].values.tolist() == [["Egypt", "Russia", "mediation", "added"]]

    network = at.switch_page("pages/1_Network.py").run()
    rows = csv_rows(downloaded(network, "Filtered relations (CSV)"))
    added = rows[rows["review"] == "added"]
    assert added[["actor1", "actor2", "relation", "rule"]].values.tolist() == [["Egypt", "Russia", "mediation", "review"]]
    text = (data_env / "articles" / f"{HURRIYET_ID}.txt").read_text(encoding="utf-8")
    start, end = int(added["start"].iloc[0]), int(added["end"].iloc[0])
    assert added["evidence"].iloc[0] == text[start:end]


def test_a_malformed_reviews_file_is_a_notice_and_stays_as_it_is(app: AppTest, data_env: Path) -> None:
    path = data_env / "reviews.csv"
    path.write_text("article_id,verdict\nx,confirmed\n", encoding="utf-8")
    at = excerpts(app)
    assert not at.exception
    shown = [w.value.replace("\\", "") for w in at.warning]  # md_text escapes punctuation
    assert any("reviews.csv:1: the header must be" in w and "not applied" in w for w in shown), shown
    next(r for r in at.radio if r.label == "Verdict").set_value("confirmed")
    at = submit(at, "Save review")
    assert any("was not saved" in e.value.replace("\\", "") for e in at.error)
    assert path.read_text(encoding="utf-8") == "article_id,verdict\nx,confirmed\n"


def test_the_reviews_page_lists_reviews_that_no_longer_fit(app: AppTest, data_env: Path) -> None:
    text = (data_env / "articles" / f"{HURRIYET_ID}.txt").read_text(encoding="utf-8")
    start = text.index("Turkey and Russia have continued dialogue")
    end = text.index(".", start) + 1
    rows = [
        [HURRIYET_ID, start, end, "Turkey", "Russia", "mediation", "confirmed", "", "", "2026-01-01T00:00:00+00:00"],
        [HURRIYET_ID, start, end, "Turkey", "Egypt", "support", "rejected", "not said", "", "2026-01-02T00:00:00+00:00"],
        ["no-such-article", 0, 10, "Turkey", "GNA", "support", "added", "", "", "2026-01-03T00:00:00+00:00"],
    ]
    pd.DataFrame(rows, columns=REVIEW_COLUMNS).to_csv(data_env / "reviews.csv", index=False)
    at = page(app, "8_Reviews.py").run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric} == {"Confirmed": "1", "Rejected": "1", "Added": "1", "No longer fit": "2"}
    orphans, listed = at.dataframe[0].value, at.dataframe[1].value
    assert sorted(orphans["problem"]) == ["article no longer in the tables", "edge no longer extracted"]
    assert len(listed) == 3
    # Every cell of the file, through the neutralizing writer (none of these starts a formula).
    served = csv_rows(downloaded(at, "Reviews (CSV)"))
    assert served.to_dict("list") == pd.read_csv(data_env / "reviews.csv", dtype=str, keep_default_na=False).to_dict("list")


@pytest.mark.parametrize("name", ["8_Reviews.py"])
def test_the_reviews_page_without_reviews_says_how_to_make_one(app: AppTest, data_env: Path, name: str) -> None:
    at = page(app, name).run()
    assert not at.exception
    assert "No review yet" in at.info[0].value


def test_the_network_cards_draw_their_review_form_once_opened(app: AppTest, data_env: Path) -> None:
    """The Network page's 25 cards draw their review forms only when one is opened (a rerun), not on every view."""
    at = page(app, "1_Network.py").run()
    assert not at.exception
    assert not [r for r in at.radio if r.label == "Verdict"]
    first_card = next(k for k in at.session_state.keys() if str(k).startswith("review-open-network-0-"))
    at.session_state[first_card] = True
    at.run()
    assert [r.label for r in at.radio].count("Verdict") == 1
    next(r for r in at.radio if r.label == "Verdict").set_value("rejected")
    next(t for t in at.text_input if t.label == "Reason").input("a denial")
    at = submit(at, "Save review")
    assert not at.exception
    reviews = load_reviews(data_env / "reviews.csv")
    assert reviews[["verdict", "reason"]].values.tolist() == [["rejected", "a denial"]]
    # Saved: the popovers get new keys, so the one used is closed again.
    assert not [r for r in at.radio if r.label == "Verdict"]
