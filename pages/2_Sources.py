"""Sources: what each outlet asserts, whom it mentions, where outlets contradict each other about a pair,
and two outlets side by side."""
import streamlit as st

from views import cached, layout
from views.aggregate import top_pairs
from views.figures import chart_config
from views.filters import describe
from views.share_widgets import chart_image_format
from views.tables import actor_names, display_table

TOP_ACTORS = 25
# Bounds on what one page view sends to the browser: at 100,000 articles there are thousands of pairs.
PAIR_CHOICES = 500
TABLE_ROWS = 1000

data, chosen = layout.start_page("Sources")
names = actor_names(data.actors)
st.title("Sources compared")
counts = cached.filtered_relation_counts(data, chosen)

st.subheader("Relations asserted per source")
image = chart_image_format("sources")
bars = cached.relation_bars_figure(data, chosen)
if bars is None:
    layout.empty(f"No relation passes the filter ({describe(chosen, names)}). Widen it in the sidebar.")
else:
    st.plotly_chart(bars, config=chart_config(image, "relations-per-source"))

st.subheader("Actors mentioned per source")
heatmap = cached.actor_heatmap_figure(data, chosen, TOP_ACTORS)
if heatmap is None:
    layout.empty("No actor mention in the articles that pass the filter.")
else:
    st.caption(f"The {TOP_ACTORS} most mentioned actors; cells count mentions.")
    st.plotly_chart(heatmap, config=chart_config(image, "actors-per-source"))

st.subheader("Same pair, different outlets")
claims = cached.filtered_claims(data, chosen)
if claims.empty:
    layout.empty("No actor pair to compare under this filter.")
    st.stop()
pairs = top_pairs(claims, PAIR_CHOICES)
total = claims[["actor_a", "actor_b"]].drop_duplicates()
disputed = claims.loc[claims["disagree"], ["actor_a", "actor_b"]].drop_duplicates()
st.caption(
    f"{len(total):,} actor pairs; about {len(disputed):,} of them one outlet says support and another opposition "
    f"(listed first; support beside mediation is no contradiction){f'; the list holds the {PAIR_CHOICES:,} with most evidence' if len(total) > PAIR_CHOICES else ''}."
)
keys = list(pairs[["actor_a", "actor_b", "disagree"]].itertuples(index=False, name=None))
pair = st.selectbox(
    "Actor pair",
    keys,
    format_func=lambda k: f"{names.get(k[0], k[0])} – {names.get(k[1], k[1])}" + ("  ⚠ outlets contradict each other" if k[2] else ""),
)
left, right = st.columns([3, 2])
with left:
    st.plotly_chart(cached.pair_heatmap_figure(data, chosen, (pair[0], pair[1])), config=chart_config(image, "pair-by-source"))
with right:
    shown = claims[(claims["actor_a"] == pair[0]) & (claims["actor_b"] == pair[1])]
    st.dataframe(display_table(shown[["claim", "evidence", "asserted_by", "not_asserted_by"]]), hide_index=True,
                 column_config={"asserted_by": "asserted by", "not_asserted_by": "reports the pair, not this"})

st.subheader("Every contradiction")
disagreements = claims[claims["disagree"]]
if disagreements.empty:
    layout.empty("No outlet says support where another says opposition about the same pair, under this filter.")
else:
    if len(disagreements) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} of {len(disagreements):,} claims; narrow the filter to see the others.")
        disagreements = disagreements.head(TABLE_ROWS)
    st.dataframe(display_table(disagreements[["pair", "claim", "evidence", "asserted_by", "not_asserted_by"]]), hide_index=True,
                 column_config={"asserted_by": "asserted by", "not_asserted_by": "reports the pair, not this"},
                 height=layout.frame_height(disagreements, rows=15))

st.subheader("Two outlets side by side")
outlets = sorted(counts["source"].unique())
if len(outlets) < 2:
    layout.empty("Only one outlet makes claims under this filter: there is nothing to compare it with.")
    st.stop()
columns = st.columns(2)
first = columns[0].selectbox("Outlet", outlets, index=0)
second = columns[1].selectbox("compared with", outlets, index=1)
compared = cached.outlet_comparison(data, chosen, first, second)
if compared.empty:
    layout.empty("Choose two different outlets.")
else:
    st.caption("Every claim either outlet makes, with its evidence sentences in each; contradictions first.")
    # The verdict before the counts, so that a narrow window cuts a number, not the verdict.
    st.dataframe(display_table(compared[["pair", "claim", "verdict", "first", "second"]]), hide_index=True,
                 column_config={"pair": st.column_config.TextColumn(width="medium"),
                                "claim": st.column_config.TextColumn(width="medium"),
                                "verdict": st.column_config.TextColumn(width="medium"),
                                "first": st.column_config.NumberColumn(first, width="small"),
                                "second": st.column_config.NumberColumn(second, width="small")},
                 height=layout.frame_height(compared, rows=15))
