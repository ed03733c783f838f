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


# For a Markdown document read as raw text too (the brief): only what CommonMark or GitHub's Markdown would read
# as a construct is escaped, so "Turkey, Russia" and "2019-06-30" stay as written.
# Anywhere: a backslash before punctuation, code spans, emphasis and strikethrough, links and images, raw HTML and
# autolinks ("<"), entities ("&amp;").
_INLINE = re.compile(r"\\(?=[!-/:-@\[-`{-~])|[`*\[\]<~]|&(?=#?\w+;)")
# "_" makes emphasis only at a word's edge, not inside "snake_case".
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# At the start of a line: headings, block quotes, bullets, ordered-list numbers, thematic breaks and setext
# underlines, tables' pipes and indented code (leading spaces are dropped by collapsing them in callers).
_LINE_START = re.compile(r"^(\s*)(#|>|[-+*](?=\s|$)|=+\s*$|-+\s*$|\|)|^(\s*\d{1,9})([.)])(?=\s|$)", re.MULTILINE)


def md_plain(value: object) -> str:
    """`value` as Markdown source that renders as exactly its text in CommonMark and GitHub's Markdown, with a
    backslash only where a construct would otherwise be read (autolinks broken by an invisible joiner)."""
    text = _AUTOLINK.sub(WORD_JOINER, str(value))
    text = _INLINE.sub(lambda m: "\\" + m.group(), text)
    text = _UNDERSCORE.sub(r"\_", text)
    return _LINE_START.sub(lambda m: (m.group(1) or "") + "\\" + m.group(2) if m.group(2) is not None
                           else m.group(3) + "\\" + m.group(4), text)
