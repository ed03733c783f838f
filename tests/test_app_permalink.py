"""AppTest: the actor profile page, and permalinks (the filter, the selected edge or actor, the search words in the URL)."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from test_app import HURRIYET, sources_widget
from views.markup import md_text

PROFILE = "pages/9_Actor_profile.py"


def open_link(at: AppTest, page: str, **params: str | list[str]) -> AppTest:
    """Open `page` as a shared link (or Back) would: a URL this session did not write."""
    at.switch_page(page)
    at.query_params = dict(params)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_profile_shows_names_counterparts_outlets_and_sentences(app: AppTest) -> None:
    at = open_link(app.run(), PROFILE, actor="Russia")
    assert at.selectbox(key="profile_actor").value == "Russia"
    assert at.header[0].value == "Russia"
    assert "Russia, Moscow, Russian, Russians, Lavrov" in at.markdown[0].value  # its aliases
    counterparts = at.dataframe[0].value.set_index("name")
    # tests/conftest.py RELATIONS: Russia backs the LNA in three sentences, is said to back Turkey once, to oppose it
    # once and to mediate with it twice
    assert counterparts.loc["Libyan National Army", "supports"] == 3
    assert counterparts.loc["Turkey", ["supports", "opposition", "mediation"]].tolist() == [1, 1, 2]
    assert counterparts.loc["Turkey", "supported by"] == 0
    assert "In all: supports 4, supported by 0, opposition 1, mediation 2 evidence sentence(s)." in [
        c.value for c in at.caption]
    outlets = at.dataframe[1].value
    assert outlets["evidence"].sum() == counterparts["total"].sum()
    links = [link for link in at.get("page_link") if link.proto.label == "Read it in the article"]
    assert len(links) == counterparts["total"].sum() == 7  # each in its own sentence
    assert at.query_params["actor"] == "Russia"


def test_the_profile_follows_the_filter_and_names_an_unknown_actor(app: AppTest) -> None:
    at = app.run()
    sources_widget(at).set_value([HURRIYET]).run()
    at = open_link(at, PROFILE, actor="Atlantis")
    assert any("No actor has the id" in w.value for w in at.warning)
    at.selectbox(key="profile_actor").set_value("Russia").run()
    counterparts = at.dataframe[0].value
    assert counterparts["name"].tolist() == ["Turkey"]  # Hürriyet only reports Russia's mediation with Turkey
    assert at.query_params["actor"] == "Russia" and at.query_params["source"] == HURRIYET


def test_a_link_reproduces_the_filter_and_a_widget_writes_it_back(app: AppTest) -> None:
    at = open_link(app.run(), "pages/1_Network.py", source=HURRIYET, min_confidence="0.6")
    assert sources_widget(at).value == [HURRIYET]
    assert at.sidebar.slider(key="_filter_min_confidence").value == 0.6
    edges = at.dataframe[-1].value
    assert set(edges["sources"]) == {HURRIYET} and (edges["confidence"] >= 0.6).all()
    at.sidebar.slider(key="_filter_min_confidence").set_value(0.0).run()
    assert "min_confidence" not in at.query_params and at.query_params["source"] == HURRIYET


def test_a_link_with_values_the_data_lacks_keeps_the_rest_and_says_so(app: AppTest) -> None:
    at = open_link(app.run(), "dashboard.py", source=[HURRIYET, "Gone Gazette"], to="yesterday")
    assert sources_widget(at).value == [HURRIYET]
    warning = at.sidebar.warning[0].value
    assert md_text("source=Gone Gazette") in warning and md_text("to=yesterday") in warning


def test_a_link_selects_an_edge_and_the_selection_is_written_back(app: AppTest) -> None:
    at = open_link(app.run(), "pages/1_Network.py", edge="Russia|LNA|support")
    assert at.selectbox(key="evidence_edge").value == "Russia|LNA|support"
    cards = [h.proto.body for h in at.get("html") if "blockquote" in h.proto.body]
    assert len(cards) == 3 and all("Russia → Libyan National Army" in c for c in cards)
    at.selectbox(key="evidence_edge").set_value("Turkey|GNA|support").run()
    assert at.query_params["edge"] == "Turkey|GNA|support"
    # an edge that is not drawn falls back to the strongest one
    at = open_link(at, "pages/1_Network.py", edge="Egypt|Mars|support")
    assert at.selectbox(key="evidence_edge").value == "Turkey|GNA|support"


def test_a_link_opens_the_focus_actor_and_an_actor_evidence(app: AppTest) -> None:
    at = open_link(app.run(), "pages/1_Network.py", focus="Wagner", evidence_actor="Egypt")
    assert at.selectbox(key="focus_actor").value == "Wagner"
    # Egypt is on no edge: the actor list starts with the first by name
    at = open_link(at, "pages/1_Network.py", evidence_actor="Wagner")
    assert at.radio(key="evidence_for").value == "an actor"
    assert at.selectbox(key="evidence_actor").value == "Wagner"
    assert at.selectbox(key="focus_actor").value is None


def test_search_words_live_in_the_url(app: AppTest) -> None:
    at = open_link(app.run(), "pages/7_Search.py", q="Haftar")
    assert at.text_input(key="search_query").value == "Haftar"
    assert [c for c in at.caption if "Sentences containing" in c.value]
    at.text_input(key="search_query").set_value("ceasefire").run()
    assert at.query_params["q"] == "ceasefire"
    at.radio(key="search_mode").set_value("Article passages").run()
    assert at.query_params["in"] == "passages"
    # Back to the first URL: the first words again, in sentences
    at = open_link(at, "pages/7_Search.py", q="Haftar")
    assert at.text_input(key="search_query").value == "Haftar" and at.radio(key="search_mode").value == "Evidence sentences"


def test_a_selected_edge_the_filter_removes_falls_back_to_the_strongest(app: AppTest) -> None:
    at = open_link(app.run(), "pages/1_Network.py", edge="Russia|Turkey|opposition")
    assert at.selectbox(key="evidence_edge").value == "Russia|Turkey|opposition"
    sources_widget(at).set_value([HURRIYET]).run()
    assert not at.exception
    # Hürriyet's strongest edge: Turkey opposes the LNA in two sentences (the pair stored in sorted order)
    assert at.selectbox(key="evidence_edge").value == "LNA|Turkey|opposition"
    assert at.query_params["edge"] == "LNA|Turkey|opposition"
