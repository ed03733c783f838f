"""Data strings made safe for Streamlit's Markdown-rendering text elements.

st.caption, st.warning, st.error, st.info, st.success, st.markdown, st.write,
st.progress text, button and expander labels and help tooltips all read their
text as Markdown with Streamlit's extras: `:red[x]` directives, `:material/x:`
icons, `:emoji:` shortcodes, `$x$` LaTeX, links, images (which make the
browser fetch another host) and GitHub autolinks. CommonMark lets any ASCII
punctuation be escaped with a backslash and shows it as the bare character,
so escaping every one of them leaves nothing for the parser to act on, while
the reader sees the original text.

Autolinks are the exception: GitHub's Markdown finds `https://`, `www.` and
`name@host` in the parsed text, after escapes are gone. An invisible word
joiner (U+2060) inside each of those keeps them plain text; it is the one
change a copy-paste of the shown text can reveal.
"""
from __future__ import annotations

import re

# Every ASCII punctuation character (CommonMark's escapable set).
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
# Where GitHub's autolink finder would start a link: "http(s)" before ":", "www" before ".", any "@".
_AUTOLINK = re.compile(r"(?i)(?<=http)(?=s?:)|(?<=www)(?=\.)|(?=@)")
WORD_JOINER = "\u2060"


def md_text(value: object) -> str:
    """`value` as Markdown source that renders as exactly its text (autolinks broken by an invisible joiner)."""
    return _PUNCTUATION.sub(r"\\\1", _AUTOLINK.sub(WORD_JOINER, str(value)))
