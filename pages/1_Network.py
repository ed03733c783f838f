"""Network: actors as nodes, support / opposition / mediation as edges, every edge backed by sentences.

A click on an edge opens its sentences below the graph; a click on an actor opens its profile. The selected
edge (?edge=actor1|actor2|relation) and the actor in focus (?focus=) are in the URL.
"""
import streamlit as st

from views import cached, layout, network, queries, url_state
from views.datadir import data_dir
from views.downloads import dated_graph, gexf_bytes, graphml_bytes, relations_csv
from views.excerpts import STYLE, relation_words
from views.filters import describe
from views.focus import edge_actors
from views.graph_click import clickable_network, edge_id
from views.network import build_graph
from views.markup import md_text
from views.page_list import PROFILE_PAGE
from views.review_widgets import evidence_card
from views.reviewing import reviews_path
from views.tables import actor_label, actor_names, display_table, edge_table, evidence_table

CARDS = 25
# The table under the cards lists at most this many sentences; the CSV download has them all.
LISTED = 1000
# Focus: sentences quoted per outlet, and the outlets given an expander (most evidence first).
OUTLET_CARDS = 10
OUTLETS_LISTED = 30

data, chosen = layout.start_page("Network")
layout.read_only_notice([reviews_path(data_dir())], "reviews (confirm, reject)")
names = actor_names(data.actors)
st.title("Actor network")
edges = cached.filtered_edges(data, chosen)
if edges.empty:
    layout.empty(f"No relation passes the filter ({describe(chosen, names)}). Widen it in the sidebar.")
    st.stop()

limits = st.columns([1, 1, 3])
max_nodes = limits[0].number_input("Most actors drawn", min_value=5, max_value=300, value=40, step=5)
max_edges = limits[1].number_input("Most edges drawn", min_value=5, max_value=1000, value=120, step=10)
view, graph = cached.network_page(data, chosen, int(max_nodes), int(max_edges))
limits[2].caption(
    "**Click an edge** to read its sentences below, **click an actor** to open its profile. Hover for details; "
    "drag to rearrange, scroll to zoom. Parallel sentences are merged into one edge per pair and relation."
)
if view.message:
    st.info(md_text(view.message))
clicked = clickable_network(graph, network.NETWORK_HEIGHT + 60, view.nodes, view.edges, key="network_click")
if clicked is not None and clicked.actor is not None:
    url_state.switch_page(PROFILE_PAGE, actor=clicked.actor)

st.subheader("Read the evidence")
st.html(STYLE)
drawn = {edge_id(*k): k for k in view.edges[["actor1", "actor2", "relation"]].itertuples(index=False, name=None)}
evidence_count = dict(zip(drawn, view.edges["evidence"]))
actor_ids = sorted(set(edges["actor1"]) | set(edges["actor2"]), key=lambda a: names.get(a, a).casefold())
url_state.bind("edge", "evidence_edge", next(iter(drawn)), lambda text: text if text in drawn else None)
url_state.bind("evidence_actor", "evidence_actor", actor_ids[0], lambda text: text if text in actor_ids else None)
if url_state.from_outside():
    st.session_state["evidence_for"] = "an actor" if st.query_params.get("evidence_actor") in actor_ids else "an edge"
# A selection the filter no longer draws falls back to the first choice (a widget value must be one of its options).
if st.session_state.get("evidence_edge") not in drawn:
    st.session_state["evidence_edge"] = next(iter(drawn))
if st.session_state.get("evidence_actor") not in actor_ids:
    st.session_state["evidence_actor"] = actor_ids[0]
if clicked is not None and clicked.edge is not None:
    st.session_state["evidence_for"] = "an edge"
    st.session_state["evidence_edge"] = edge_id(*clicked.edge)
pick = st.radio("Evidence for", ["an edge", "an actor"], horizontal=True, label_visibility="collapsed",
                key="evidence_for", on_change=url_state.widget_changed)
if pick == "an edge":
    chosen_edge = st.selectbox(
        "Edge (one of those drawn; or click one in the graph)", list(drawn), key="evidence_edge",
        on_change=url_state.widget_changed,
        format_func=lambda k: f"{relation_words(drawn[k][2], drawn[k][0], drawn[k][1], names)}  "
                              f"({evidence_count[k]} sentences)",
    )
    url_state.write({"edge": chosen_edge, "evidence_actor": None})
    total = int(evidence_count[chosen_edge])
    rows, titles = cached.edge_evidence(data, chosen, drawn[chosen_edge], LISTED)
else:
    actor = st.selectbox("Actor", actor_ids, format_func=lambda a: actor_label(a, names), key="evidence_actor",
                         on_change=url_state.widget_changed)
    url_state.write({"edge": None, "evidence_actor": actor})
    total = int(edges.loc[(edges["actor1"] == actor) | (edges["actor2"] == actor), "evidence"].sum())
    rows, titles = cached.actor_evidence(data, chosen, actor, LISTED)
    st.page_link(PROFILE_PAGE, label=md_text(f"{names.get(actor, actor)}'s profile"),
                 query_params=url_state.link(actor=actor))
listed = "all" if total <= LISTED else f"the first {LISTED:,}"
more = f"; the {CARDS} most confident as quotes, {listed} in the table below" if total > CARDS else ""
st.caption(f"{total:,} sentence(s){more}.")
title_of = dict(zip(titles["article_id"], titles["title"]))
for number, row in enumerate(rows.head(CARDS).itertuples(index=False)):
    evidence_card(row, names, title_of.get(row.article_id, ""), place=f"network-{number}")
if total > CARDS:
    with st.expander(f"{listed.capitalize()} of {total:,} sentences"):
        st.dataframe(display_table(evidence_table(rows, names, titles)), hide_index=True)

st.subheader("Edges drawn")
st.dataframe(display_table(edge_table(view.edges, names)), hide_index=True, height=layout.frame_height(view.edges, rows=12))

st.subheader("Focus on an actor")
focus_row = st.columns([3, 2])
focus_choices = [None, *edge_actors(edges, names)]
url_state.bind("focus", "focus_actor", None, lambda text: text if text in focus_choices else None)
focus = focus_row[0].selectbox("Actor in focus", focus_choices, key="focus_actor", on_change=url_state.widget_changed,
                               format_func=lambda a: "(none: the whole network)" if a is None else actor_label(a, names))
url_state.write({"focus": focus})
hops = focus_row[1].radio("Neighbourhood", [1, 2], format_func=lambda h: "1 hop" if h == 1 else f"{h} hops",
                          horizontal=True, key="focus_hops",
                          help="1 hop: the actor's own edges. 2 hops: also every edge of the actors it is linked to.")
if focus is not None:
    near, near_graph = cached.focus_network(data, chosen, focus, hops, int(max_nodes), int(max_edges))
    st.caption(md_text(f"{near.total_edges:,} of the {len(edges):,} filtered edges are within {hops} hop(s) of "
                       f"{names.get(focus, focus)}."))
    if near.message:
        st.info(md_text(near.message))
    near_click = clickable_network(near_graph, network.NETWORK_HEIGHT + 60, near.nodes, near.edges, key="focus_click")
    if near_click is not None and near_click.actor is not None:
        url_state.switch_page(PROFILE_PAGE, actor=near_click.actor)
    if near_click is not None and near_click.edge is not None:
        if edge_id(*near_click.edge) in drawn:
            st.session_state.update(evidence_for="an edge", evidence_edge=edge_id(*near_click.edge))
            st.rerun()
        st.toast("That edge is not among those drawn in the whole network: raise the limits above to read it there.")
    st.markdown(f"**How each outlet describes {md_text(names.get(focus, focus))}'s relations** "
                "(counterparts, with their evidence sentences in brackets)")
    outlets = cached.actor_outlets(data, chosen, focus)
    st.dataframe(outlets, hide_index=True, height=layout.frame_height(outlets, rows=10))
    st.html(STYLE)
    said = queries.actor_outlet_evidence(data.tables, chosen, focus, per_outlet=OUTLET_CARDS)
    said_titles = dict(queries.article_titles(data.tables, said["article_id"]).itertuples(index=False, name=None))
    for outlet, total in zip(outlets["source"].head(OUTLETS_LISTED), outlets["evidence"]):
        own = said[said["outlet"] == outlet]
        shown = "" if total <= len(own) else f", the {len(own)} most confident shown"
        with st.expander(md_text(f"{outlet}: {total:,} sentence(s){shown}")):
            for number, row in enumerate(own.itertuples(index=False)):
                evidence_card(row, names, said_titles.get(row.article_id, ""), place=f"focus-{outlet}-{number}")
    if len(outlets) > OUTLETS_LISTED:
        st.caption(f"Sentences of the {OUTLETS_LISTED} outlets with most evidence; choose sources in the sidebar "
                   "to read the others.")

st.subheader("Downloads")
# Files are built only when a button is clicked (at 100k relations that takes seconds), and a click does not
# rerun the page (on_click="ignore"), so the other buttons stay valid.
files = st.columns(3)
files[0].download_button("Filtered relations (CSV)", lambda: relations_csv(queries.relation_rows(data.tables, chosen)),
                         file_name="relations.csv", mime="text/csv", on_click="ignore")
files[1].download_button("Filtered graph (GraphML)", lambda: graphml_bytes(dated_graph(data.tables, chosen, edges, data.actors)),
                         file_name="libya-actors.graphml",
                         mime="application/graphml+xml", help="Every filtered edge, not only the ones drawn.", on_click="ignore")
files[2].download_button("Filtered graph (GEXF)", lambda: gexf_bytes(dated_graph(data.tables, chosen, edges, data.actors)),
                         file_name="libya-actors.gexf",
                         mime="application/xml", help="Every filtered edge, not only the ones drawn; opens in Gephi.", on_click="ignore")
shares = st.columns(3)
shares[0].download_button("Network picture (PNG)", lambda: cached.network_picture(data, chosen, view),
                          file_name="libya-actors-network.png", mime="image/png", help="The network as drawn above.", on_click="ignore")
shares[1].download_button("Network (standalone HTML)", lambda: cached.standalone_network(data, chosen, view).encode(),
                          file_name="libya-actors-network.html", mime="text/html",
                          help="The network as drawn above, with its tooltips; opens offline in any browser.", on_click="ignore")
shares[2].download_button("Brief (Markdown)", lambda: cached.brief(data, chosen).encode(), file_name="libya-actors-brief.md",
                          mime="text/markdown", help="Figures and the strongest edges, each with one quoted sentence.", on_click="ignore")
