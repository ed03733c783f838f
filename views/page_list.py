"""The dashboard's pages, in sidebar order: (script, title, what it is for).

The sidebar lists these instead of Streamlit's own page list (.streamlit/config.toml
hides it), which would call the overview "dashboard".
"""
from __future__ import annotations

PAGES: list[tuple[str, str, str]] = [
    ("dashboard.py", "Overview", "What the corpus is, headline figures, the actors."),
    ("pages/1_Network.py", "Network", "The actor graph; click an edge to read its evidence, an actor for its profile."),
    ("pages/2_Sources.py", "Sources", "Relations per outlet, where outlets contradict each other, two outlets side by side."),
    ("pages/3_Excerpts.py", "Excerpts", "Read an article with actors and evidence sentences marked."),
    ("pages/4_Actors.py", "Actors", "Aliases, types, country codes and mentions per source."),
    ("pages/5_Add_articles.py", "Add articles", "Upload articles and explore them with the corpus."),
    ("pages/6_Timeline.py", "Timeline", "Evidence per month, and one pair's relations over time."),
    ("pages/7_Search.py", "Search", "Find evidence sentences by words, with the matches marked."),
    ("pages/8_Reviews.py", "Reviews", "Rows confirmed, rejected or added by hand, and those that no longer fit."),
    ("pages/9_Actor_profile.py", "Actor profile", "One actor: its names, counterparts, months, outlets and sentences."),
]

# The actor profile: other pages link here with ?actor=ID (a click on an actor in the network opens it).
PROFILE_PAGE = "pages/9_Actor_profile.py"
