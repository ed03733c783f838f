"""Everything the dashboard shows, as tested functions over the extracted tables.

Only `views.state` imports streamlit; the other modules take and return
DataFrames, strings and bytes so that tests can call them directly.
"""
