"""Actors: every actor with aliases, type, country code and mentions per source; add an actor or a name to one."""
from functools import partial

import streamlit as st

from extract.dictionary import ACTORS_FILE
from extract.store import store_dir
from views import cached, layout
from views.actor_forms import actor_forms
from views.datadir import data_dir, dictionary_dir
from views.downloads import actors_csv
from views.filters import describe
from views.markup import md_text
from views.tables import actor_names, display_table

data, chosen = layout.start_page("Actors")
layout.read_only_notice([dictionary_dir() / ACTORS_FILE, store_dir(data_dir())], "new actors and names")
names = actor_names(data.actors)
st.title("Actors")
st.markdown(
    "Each actor the extractor recognised, the names it is known by in the text, and how often each source "
    "mentions it. Counts follow the sources, actors and dates chosen in the sidebar."
)
table = cached.filtered_actor_table(data, chosen)
if table.empty:
    layout.empty(f"No actor is mentioned in the articles that pass the filter ({describe(chosen, names)}).")
    actor_forms()
    st.stop()
search = st.text_input("Find an actor", placeholder="name, alias or country code")
if search:
    needle = search.casefold()
    hit = table[["id", "name", "aliases", "country"]].apply(lambda col: col.str.casefold().str.contains(needle, regex=False))
    table = table[hit.any(axis=1)]
per_source = {
    column: st.column_config.NumberColumn(column.removeprefix("in: "), width="small", help=md_text(f"Mentions in {column[4:]}"))
    for column in table.columns
    if column.startswith("in: ")
}
st.dataframe(
    display_table(table),
    hide_index=True,
    height=layout.frame_height(table, rows=20),
    column_order=["name", "type", "country", "mentions", "articles", *per_source, "aliases", "id"],
    column_config={
        "name": st.column_config.TextColumn("name", pinned=True),
        "mentions": st.column_config.NumberColumn("mentions", width="small"),
        "articles": st.column_config.NumberColumn("articles", width="small"),
        "aliases": st.column_config.TextColumn("aliases", width="large"),
        **per_source,
    },
)
st.caption(f"{len(table)} actor(s). After *articles*, one column per source counts the actor's mentions there.")
st.download_button("Actor table (CSV)", partial(actors_csv, data.actors), file_name="actors.csv", mime="text/csv", on_click="ignore")
actor_forms()
