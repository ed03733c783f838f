"""Data strings made safe for Streamlit's Markdown-rendering text elements.

st.caption, st.warning, st.error, st.info, st.success, st.markdown, st.write,
st.progress text, expander labels and help tooltips all read their text as
Markdown with Streamlit's extras: `:red[x]` directives, `:material/x:` icons,
`:emoji:` shortcodes, `$x$` LaTeX, links, images (which make the browser fetch
another host), and GitHub autolinks. CommonMark lets any ASCII punctuation be
escaped with a backslash and shows it as the bare character, so escaping every
one of them leaves nothing for the parser or Streamlit's plugins to act on,
while the reader (and a copy-paste) sees the original text.
"""
from __future__ import annotations

import re

# Every ASCII punctuation character (CommonMark's escapable set).
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def md_text(value: object) -> str:
    """`value` as Markdown source that renders as exactly its text."""
    return _PUNCTUATION.sub(r"\\\1", str(value))
