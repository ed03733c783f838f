"""AppTest: focus on an actor on the Network page, and the Search page's article passages."""
from __future__ import annotations

import json
import re

from streamlit.testing.v1 import AppTest

from conftest import network_pages
from views.markup import md_text

EDGES = re.compile(r"var edges = new vis\.DataSet\((\[.*?\])\);", re.DOTALL)


def drawn_edges(frame) -> list[str]:
    """The ids (actor1|actor2|relation) of the edges a network iframe draws."""
    return [edge["id"] for edge in json.loads(EDGES.search(frame).group(1))]


def test_focus_draws_the_neighbourhood_and_the_outlet_table(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/1_Network.py").run()
    assert len(network_pages(at)) == 1
    whole = drawn_edges(network_pages(at)[0])
    at.selectbox(key="focus_actor").set_value("Wagner").run()
    assert not at.exception, [e.value for e in at.exception]
    one_hop = drawn_edges(network_pages(at)[1])
    assert one_hop == ["Wagner|LNA|support"] and len(whole) > 1
    at.radio(key="focus_hops").set_value(2).run()
    two_hops = drawn_edges(network_pages(at)[1])
    assert "Wagner|LNA|support" in two_hops and len(one_hop) < len(two_hops) < len(whole)
    assert all("LNA" in edge.split("|")[:2] for edge in two_hops)
    outlets = at.dataframe[1].value
    # Wagner backs the LNA in two articles of two outlets (tests/conftest.py RELATIONS)
    assert sorted(outlets["supports"]) == ["Libyan National Army (1)", "Libyan National Army (1)"]
    assert outlets["evidence"].tolist() == [1, 1]
    labels = [e.label for e in at.expander]
    assert sum(label.endswith(md_text(": 1 sentence(s)")) for label in labels) == 2


def test_focus_none_is_the_whole_network(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/1_Network.py").run()
    assert at.selectbox(key="focus_actor").value is None
    assert len(network_pages(at)) == 1 and len(at.dataframe) == 1


def test_passages_find_a_word_outside_every_evidence_sentence(app: AppTest) -> None:
    at = app.run()
    at.switch_page("pages/7_Search.py").run()
    at.text_input[0].set_value("drones").run()
    assert not at.exception
    assert not any("<mark>" in h.proto.body for h in at.get("html"))  # no evidence sentence names drones
    at.radio(key="search_mode").set_value("Article passages").run()
    assert not at.exception, [e.value for e in at.exception]
    marked = [h.proto.body for h in at.get("html") if "<mark>drones</mark>" in h.proto.body]
    links = [link for link in at.get("page_link") if link.proto.label == "Read it in the article"]
    assert marked and len(links) == len(marked)
    assert all(link.proto.query_string.startswith("article=hurriyet-2020-06-22&start=") for link in links)
    assert any(c.value.startswith(md_text("1 article(s) contain drones (all shown)")) for c in at.caption)
