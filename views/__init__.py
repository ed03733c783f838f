"""Everything the dashboard shows, as tested functions over the extracted tables.

Only the session modules import streamlit: `views.layout` (page setup), `views.sidebar`
(the filter widgets), `views.session` (what a browser session keeps), `views.loading`
(opening the tables) and `views.cached` (cached query results). The other modules take
and return DataFrames, strings and bytes so that tests can call them directly.
"""
