"""Shareable figures in the app: the Network page's picture, standalone page and brief, the charts' image format."""
from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from conftest import downloaded
from test_app import HURRIYET, sources_widget
from views.markup import md_plain

SHARES = ["Network picture (PNG)", "Network (standalone HTML)", "Brief (Markdown)"]


def network_page(at: AppTest) -> AppTest:
    at.switch_page("pages/1_Network.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def attributions(brief: str) -> list[str]:
    """The outlet of each quoted sentence: the attribution line under each quote starts with it."""
    return [line[2:].split(", ")[0] for line in brief.splitlines() if line.startswith("— ")]


def test_network_page_offers_picture_standalone_page_and_brief(app: AppTest) -> None:
    at = network_page(app.run())
    labels = [b.proto.label for b in at.get("download_button")]
    assert set(SHARES) <= set(labels)
    assert downloaded(at, "Network picture (PNG)").startswith(b"\x89PNG\r\n\x1a\n")
    page = downloaded(at, "Network (standalone HTML)").decode()
    assert page.startswith("<!DOCTYPE html>") and "Filter: sources: all;" in page
    assert "Government of National Accord" in page and not re.search(r"<script[^>]*\bsrc\s*=", page)
    brief = downloaded(at, "Brief (Markdown)").decode()
    assert brief.startswith("# Brief — who backs whom in the Libyan war\n")
    assert "- Relation sentences: 17" in brief
    assert "### 1. Turkey → Government of National Accord · support" in brief


def test_brief_follows_the_sidebar_filter(app: AppTest) -> None:
    at = app.run()
    sources_widget(at).set_value([HURRIYET]).run()
    brief = downloaded(network_page(at), "Brief (Markdown)").decode()
    assert "filter: " + md_plain(f"sources: {HURRIYET};") in brief
    assert "- Articles: 1 " in brief and "- Sources: 1\n" in brief and "- Relation sentences: 4\n" in brief
    assert attributions(brief) == [HURRIYET] * 3  # Turkey-GNA support, Turkey-LNA opposition, Turkey-Russia mediation


def test_overview_offers_the_same_brief(app: AppTest) -> None:
    at = app.run()
    sources_widget(at).set_value([HURRIYET]).run()
    brief = downloaded(at, "Brief (Markdown)").decode()
    assert "- Relation sentences: 4\n" in brief and attributions(brief) == [HURRIYET] * 3


def image_formats(at: AppTest) -> list[str]:
    return [json.loads(chart.proto.config)["toImageButtonOptions"]["format"] for chart in at.get("plotly_chart")]


@pytest.mark.parametrize("page,charts", [("pages/2_Sources.py", 3), ("pages/6_Timeline.py", 2)])
def test_chart_image_radio_sets_the_format_of_every_chart(app: AppTest, page: str, charts: int) -> None:
    at = app.run()
    at.switch_page(page).run()
    assert image_formats(at) == ["png"] * charts
    radio = next(r for r in at.radio if r.label == "Chart image")
    assert radio.options == ["PNG", "SVG"]
    radio.set_value("svg").run()
    assert not at.exception
    assert image_formats(at) == ["svg"] * charts
