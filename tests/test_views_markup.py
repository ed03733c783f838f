"""Data strings reach Streamlit's Markdown elements as text: nothing in them is read as Markdown or as Streamlit's extras."""
from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from views.markup import WORD_JOINER, md_text

PAYLOADS = [
    "**x**",
    "_x_ and *y*",
    ":red[x]",
    ":blue-background[x]",
    ":material/home: and :smile:",
    "![x](https://host/p.png)",
    "[x](javascript:alert(1))",
    "[x][ref]\n\n[ref]: https://host/",
    "<img src=x onerror=alert(1)>",
    "<https://host/p.png>",
    "https://host/p.png www.host.example a@host.example",
    "HTTPS://HOST WWW.HOST.EXAMPLE mailto:a.b+c@host.example",
    "$x$ and $$y$$",
    "`code` and ``more``",
    "```\nfence\n```",
    "# heading",
    "## 2020-06-01",
    "- item",
    "+ item",
    "1. item",
    "1) item",
    "> quote",
    "Title\n===",
    "a\n---",
    "| a | b |\n|---|---|",
    "~~gone~~",
    "&amp; &#60; &lt;",
    "back\\slash \\*pre-escaped\\*",
    "=HYPERLINK(\"https://host\")",
    "Çavuşoğlu · “quoted” — 2020",
]
# The ASCII punctuation CommonMark can escape; every one in md_text's output must be escaped.
PUNCTUATION = re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
ALL_ESCAPED = re.compile(rf"(?:\\[{PUNCTUATION}]|[^{PUNCTUATION}])*")
# Streamlit's frontend (StreamlitMarkdown) loads remark-emoji only when the source matches this,
# and KaTeX only when a `$` is left after removing escaped ones.
STREAMLIT_EMOJI = re.compile(r":(?!material/|streamlit:)[\w+-][\w_+-]*:")
# What GitHub's autolink finder (mdast-util-gfm-autolink-literal) turns into links in the parsed text.
GFM_AUTOLINK = re.compile(r"(?i)https?://|www(?=\.)|[-.\w+]+@[-\w]+(?:\.[-\w]+)+")


def rendered_text(source: str) -> list[str]:
    """Per block, the text CommonMark (with GFM tables and strikethrough) reads from `source`, failing on any markup."""
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(source)
    assert [t.type for t in tokens if t.type not in ("paragraph_open", "paragraph_close", "inline")] == []
    texts = []
    for block in (t for t in tokens if t.type == "inline"):
        assert {child.type for child in block.children} <= {"text", "softbreak"}, block.children
        texts.append("".join("\n" if child.type == "softbreak" else child.content for child in block.children))
    return texts


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_renders_as_its_own_text(payload: str) -> None:
    source = md_text(payload)
    shown = rendered_text(source)
    assert [block.replace(WORD_JOINER, "") for block in shown] == payload.split("\n\n")
    assert not any(GFM_AUTOLINK.search(block) for block in shown)
    assert ALL_ESCAPED.fullmatch(source)
    assert not STREAMLIT_EMOJI.search(source)
    assert "$" not in re.sub(r"\\[\\$`]", "_", source)


@pytest.mark.parametrize("value,expected", [(2020, "2020"), (None, "None"), ("plain words", "plain words")])
def test_values_without_punctuation_are_unchanged(value: object, expected: str) -> None:
    assert md_text(value) == expected
