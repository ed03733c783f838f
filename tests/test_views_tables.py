"""Display tables: actor table per source, edges, evidence, corpus summary."""
from __future__ import annotations

from html.parser import HTMLParser
from io import StringIO

import pandas as pd
import pytest

from conftest import edges_of, frame_tables, store_tables
from views.queries import mention_counts
from views.tables import actor_label, actor_names, actor_table, display_table, edge_table, evidence_table, html_table

ACTORS = pd.DataFrame({"actor_id": ["TUR", "GNA", "XYZ"], "name": ["Turkey", "Government of National Accord", ""],
                       "type": ["state", "government", ""], "country_code": ["TR", "LY", ""], "mentions": [9, 9, 9],
                       "articles": [9, 9, 9], "aliases": ["Ankara; Turkish", "GNA", ""]})
ARTICLES = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["Anadolu", "TASS", "TASS"],
                         "date": ["2020-06-01", "", "2020-01-05"], "title": ["A title", "", "C"]})
MENTIONS = pd.DataFrame({"article_id": ["a", "a", "b", "c", "c"], "actor_id": ["TUR", "TUR", "TUR", "GNA", "TUR"],
                         "text": "x", "start": 0, "end": 1, "kind": "alias"})


def counts(mentions: pd.DataFrame) -> pd.DataFrame:
    articles = ARTICLES.assign(author="", url="", notes="", text="")
    return mention_counts(frame_tables(mentions=mentions, articles=articles))


def test_actor_names_fall_back_to_id() -> None:
    assert actor_names(ACTORS) == {"TUR": "Turkey", "GNA": "Government of National Accord", "XYZ": "XYZ"}


def test_actor_table_counts_per_source_from_filtered_mentions() -> None:
    table = actor_table(ACTORS, counts(MENTIONS))
    assert list(table["id"]) == ["TUR", "GNA"]
    assert table.loc[0, ["mentions", "articles", "in: Anadolu", "in: TASS"]].tolist() == [4, 3, 2, 2]
    assert table.loc[1, ["mentions", "articles", "in: Anadolu", "in: TASS"]].tolist() == [1, 1, 0, 1]
    assert list(table.columns) == ["id", "name", "type", "country", "mentions", "articles", "in: Anadolu", "in: TASS", "aliases"]


def test_actor_table_empty_when_no_mentions() -> None:
    assert actor_table(ACTORS, counts(MENTIONS.iloc[0:0])).empty


def test_edge_and_evidence_tables_use_names(corpus_dir) -> None:
    data = store_tables(corpus_dir)
    names = actor_names(data["actors"])
    edges = edge_table(edges_of(data["relations"]), names)
    assert edges.iloc[0][["from", "relation", "to", "evidence"]].tolist() == ["Turkey", "support →", "Government of National Accord", 4]
    evidence = evidence_table(data["relations"].head(2), names, data["articles"])
    assert evidence.iloc[0]["article"] == "Turkey, Russia continue talks for truce in Libya"
    assert evidence.iloc[0]["evidence"] == data["relations"].iloc[0]["evidence"]


def test_display_table_neutralizes_formulas_and_keeps_the_rest() -> None:
    shown = pd.DataFrame({"name": ["=HYPERLINK(\"https://host\",\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "Plain - fine"],
                          "mentions": [1, -2, 3, 4, 5, 6, 7], "confidence": [0.5, -0.1, 0, 1, 0.2, 0.3, 0.4]})
    safe = display_table(shown)
    assert safe["name"].tolist() == ["'=HYPERLINK(\"https://host\",\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx",
                                     "Plain - fine"]
    assert safe[["mentions", "confidence"]].equals(shown[["mentions", "confidence"]])
    assert shown.loc[0, "name"].startswith("=")  # the caller's frame is left as it was


@pytest.mark.parametrize("actor_id,expected", [
    ("GNA", "GNA · Government of National Accord"),
    ("GNU", "GNU · Government of National Unity"),
    ("Turkey", "Turkey"),
    ("LNA", "Libyan National Army"),  # short enough to show whole
    ("unknown", "unknown"),
])
def test_long_actor_names_are_led_by_their_id(actor_id: str, expected: str) -> None:
    names = {"GNA": "Government of National Accord", "GNU": "Government of National Unity", "Turkey": "Turkey",
             "LNA": "Libyan National Army"}
    assert actor_label(actor_id, names) == expected


class _Cells(HTMLParser):
    """Header and body cells of an HTML table as text, and every tag seen, to check nothing was injected."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.tags: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def cells(markup: str) -> _Cells:
    parser = _Cells()
    parser.feed(markup)
    return parser


def test_html_table_shows_every_row_as_text_with_numbers_formatted() -> None:
    table = pd.DataFrame({"source": ["Anadolu", "TASS", None], "articles": [12_500, 3, 0],
                          "confidence": [0.5, float("nan"), 1.0]})
    parsed = cells(html_table(table, height=200))
    assert parsed.rows == [["source", "articles", "confidence"], ["Anadolu", "12,500", "0.50"], ["TASS", "3", ""],
                           ["", "0", "1.00"]]
    back = pd.read_html(StringIO(html_table(table, height=200)), thousands=",")[0]
    assert back["articles"].tolist() == [12_500, 3, 0]


def test_html_table_right_aligns_number_columns_and_scrolls_past_its_height() -> None:
    markup = html_table(pd.DataFrame({"name": ["Turkey"], "mentions": [9]}), height=388)
    assert 'max-height: 388px' in markup
    assert '<th>name</th><th class="lw-number">mentions</th>' in markup
    assert '<td>Turkey</td><td class="lw-number">9</td>' in markup


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">',
                                     "</td></tr></table><b>out</b>", "A & B <i>", '"quoted" \'single\''])
def test_html_table_escapes_cells_and_headers(hostile: str) -> None:
    parsed = cells(html_table(pd.DataFrame({hostile: [hostile]}), height=100))
    assert parsed.rows == [[hostile], [hostile]]
    assert not set(parsed.tags) - {"style", "div", "table", "thead", "tbody", "tr", "th", "td"}


def test_html_table_wraps_long_text_columns_only() -> None:
    table = pd.DataFrame({"name": ["Government of National Accord", "Turkey"], "first": ["2020-01-14", "2020-06-22"],
                          "mentions": [3, 4]})
    markup = html_table(table, height=200)
    assert '<td class="lw-wrap">Government of National Accord</td><td>2020-01-14</td><td class="lw-number">3</td>' in markup
    assert '<td class="lw-wrap">Turkey</td><td>2020-06-22</td>' in markup
