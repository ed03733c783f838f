"""Actor profile: one actor's names, counterparts by relation and direction, relations per month, what each
outlet says, its strongest sentences and the reviews of its rows. The actor is in the URL (?actor=ID)."""
import pandas as pd
import streamlit as st

from views import cached, layout, queries, url_state
from views.excerpts import STYLE
from views.filters import describe
from views.focus import BREAKDOWN_COLUMNS, edge_actors
from views.markup import md_text
from views.network import RELATION_COLOURS
from views.profile import (actor_facts, counterparts, month_counts, relation_totals, reviewed_rows,
                           strongest_sentences)
from views.review_widgets import evidence_card
from views.tables import actor_label, actor_names, display_table, evidence_table

STRONGEST = 10
# The network's relation colours; support it receives in a lighter green than support it gives.
PROFILE_COLOURS = {"supports": RELATION_COLOURS["support"], "supported by": "#81c784",
                   "opposition": RELATION_COLOURS["opposition"], "mediation": RELATION_COLOURS["mediation"]}

data, chosen = layout.start_page("Actor profile")
names = actor_names(data.actors)
st.title("Actor profile")
edges = cached.filtered_edges(data, chosen)
known = set(data.actors["actor_id"])
# Actors on an edge first (those have something to show), then every other actor of the dictionary.
choices = [*edge_actors(edges, names), *sorted(known - set(edges["actor1"]) - set(edges["actor2"]),
                                             key=lambda a: names.get(a, a).casefold())]
if not choices:
    layout.empty("The data has no actor yet.")
    st.stop()
asked = st.query_params.get("actor", "")
url_state.bind("actor", "profile_actor", choices[0], lambda text: text if text in known else None)
if asked and asked not in known:
    st.warning(md_text(f"No actor has the id {asked!r}; showing {names.get(choices[0], choices[0])} instead."))
actor = st.selectbox("Actor", choices, key="profile_actor", format_func=lambda a: actor_label(a, names),
                     on_change=url_state.widget_changed)
url_state.write({"actor": actor})
facts = actor_facts(data.actors, actor)

st.header(md_text(facts.name))
kind = " · ".join(part for part in (facts.type, facts.country_code, f"id {facts.actor_id}") if part)
st.caption(md_text(f"{kind} · {facts.mentions:,} mentions in {facts.articles:,} article(s) of the whole corpus"))
st.markdown("**Also called:** " + (", ".join(md_text(a) for a in facts.aliases) if facts.aliases else "*no alias in the dictionary*"))
st.caption(md_text(f"Everything below follows the sidebar filter ({describe(chosen, names)})."))

counts = queries.actor_outlet_counts(data.tables, chosen, actor)
if counts.empty:
    layout.empty(f"No relation sentence with {facts.name} passes the filter. Widen it in the sidebar.")
else:
    table = counterparts(counts, names)
    st.subheader("Counterparts")
    st.caption("Evidence sentences per counterpart: whom it supports, who supports it, opposition and mediation "
               "(no direction), and how many outlets say so. Open a counterpart's profile below the table.")
    st.dataframe(display_table(table.drop(columns=["counterpart"])), hide_index=True,
                 height=layout.frame_height(table, rows=12))
    st.caption("In all: " + ", ".join(f"{column} {count:,}" for column, count in relation_totals(table).items())
               + " evidence sentence(s).")
    links = st.columns(4)
    for number, other in enumerate(table["counterpart"].head(8)):
        links[number % 4].page_link("pages/9_Actor_profile.py", label=md_text(names.get(other, other)),
                                    query_params=url_state.link(actor=other))

    st.subheader("Relations per month")
    months = month_counts(data.tables, chosen, actor)
    if months.empty:
        layout.empty("None of these sentences comes from a dated article.")
    else:
        st.bar_chart(months.set_index("month")[BREAKDOWN_COLUMNS], x_label="month (publication date)",
                     y_label="evidence sentences", color=[PROFILE_COLOURS[c] for c in BREAKDOWN_COLUMNS])
        st.caption("Months by the article's publication date; months with nothing said are drawn as gaps.")

    st.subheader("Which outlets say what")
    outlets = cached.actor_outlets(data, chosen, actor)
    st.dataframe(display_table(outlets), hide_index=True, height=layout.frame_height(outlets, rows=10))

    st.subheader("Strongest sentences")
    st.html(STYLE)
    strongest = strongest_sentences(data.tables, chosen, actor, limit=STRONGEST)
    titles = dict(queries.article_titles(data.tables, strongest["article_id"]).itertuples(index=False, name=None))
    for number, row in enumerate(strongest.itertuples(index=False)):
        evidence_card(row, names, titles.get(row.article_id, ""), place=f"profile-{number}")

st.subheader("Reviews")
reviewed = reviewed_rows(data.tables, actor)
if reviewed.empty:
    layout.empty(f"No row with {facts.name} has been reviewed yet. Review sentences here, on the Network or the "
                 "Excerpts page.")
else:
    articles = queries.article_titles(data.tables, reviewed["article_id"])
    shown = evidence_table(reviewed, names, articles)
    shown["reason"] = reviewed["review_reason"].to_numpy()
    st.dataframe(display_table(pd.DataFrame(shown)), hide_index=True, height=layout.frame_height(shown, rows=10))
    st.caption(f"{len(reviewed):,} reviewed row(s), whatever the filter hides.")
