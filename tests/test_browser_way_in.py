"""The graph as the way in, in a real browser: a click on an edge opens its sentences, on an actor its profile;
the view is in the URL, so Back returns to it and a link reproduces it. Screenshots go to
test-artifacts/screenshots/ (docs/analyst.md shows them)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from test_browser import (GRAPH_FRAME, NETWORK_FRAME, SCREENSHOTS, browser_page, chromium, external,  # noqa: F401
                          open_page, section_screenshot, serve)

pytestmark = pytest.mark.browser
HURRIYET = "Hürriyet Daily News"
# Whether leaving the page now would make the browser ask first: the page's beforeunload handlers cancel the event.
# (Playwright's reload does not show the prompt, so the handler's answer is what is checked.)
WOULD_ASK = """() => { const event = new Event("beforeunload", {cancelable: true});
    window.dispatchEvent(event); return event.defaultPrevented; }"""


def graph(page):
    """The frame drawing the network, once its layout has settled."""
    frame = page.frame_locator(NETWORK_FRAME).first.frame_locator(GRAPH_FRAME)
    frame.locator('body[data-network-ready="true"]').wait_for(state="attached")
    return frame.locator("canvas").first


def click_node(canvas, actor: str) -> None:
    """Click the actor where vis-network drew it (canvas coordinates mapped to the page inside the frame)."""
    at = canvas.evaluate("(c, id) => network.canvasToDOM(network.getPositions([id])[id])", actor)
    canvas.click(position={"x": at["x"], "y": at["y"]})


def click_edge(canvas, edge: str) -> None:
    """Click the middle of the edge's curve."""
    at = canvas.evaluate("(c, id) => network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5))", edge)
    canvas.click(position={"x": at["x"], "y": at["y"]})


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def settled(page) -> None:
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")


def evidence_badges(page, expected: str) -> set[str]:
    """The badges of the evidence cards, once every card shows `expected`: the rerun a click starts can leave the
    previous view's cards on the page for a moment (a timeout here fails the test with what was shown)."""
    try:
        page.wait_for_function("""(expected) => { const badges = [...document.querySelectorAll('.lw-article .badge')];
            return badges.length > 0 && badges.every(badge => badge.innerText.trim() === expected); }""",
                               arg=expected, timeout=30_000)
    except PlaywrightTimeout:  # the caller's assertion reports what the page shows instead
        pass
    return set(page.locator(".lw-article .badge").all_inner_texts())


def test_clicks_on_the_graph_open_evidence_and_profiles_and_back_returns(chromium: Path, corpus_dir: Path,
                                                                           tmp_path: Path) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    with serve(data) as url, browser_page(chromium) as (page, requests, dialogs):
        open_page(page, url, "Network")
        click_edge(graph(page), "Russia|LNA|support")
        page.wait_for_url(re.compile(r"edge=Russia%7CLNA%7Csupport"))
        settled(page)
        assert evidence_badges(page, "Russia → Libyan National Army · support") == {
            "Russia → Libyan National Army · support"}
        page.mouse.move(5, 5)  # away from the edge: its tooltip would cover the graph
        section_screenshot(page, "Actor network", "Network-click-edge")

        click_node(graph(page), "Wagner")
        page.wait_for_url(re.compile(r"/Actor_profile\?.*actor=Wagner"))
        page.get_by_role("heading", name="Wagner Group").wait_for()
        page.get_by_text("No row with Wagner Group has been reviewed yet").wait_for()
        page.locator('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg').first.wait_for()
        settled(page)
        page.wait_for_timeout(500)
        page.screenshot(path=str(SCREENSHOTS / "Actor-profile.png"), full_page=True)

        # Back: the network again, with the edge that was clicked still selected.
        page.go_back()
        page.wait_for_url(re.compile(r"/Network\?.*edge=Russia%7CLNA%7Csupport"))
        graph(page)
        page.get_by_text("Russia → Libyan National Army · support").first.wait_for()
        settled(page)
        assert evidence_badges(page, "Russia → Libyan National Army · support") == {
            "Russia → Libyan National Army · support"}
        assert external(requests) == [] and dialogs == []


def test_a_link_reproduces_a_search_under_a_filter_and_back_from_an_article_keeps_it(
        chromium: Path, corpus_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    with serve(data) as url, browser_page(chromium) as (page, requests, _):
        open_page(page, url, "Search", f"?q=Haftar&source={HURRIYET}")
        settled(page)
        assert page.get_by_label("Words", exact=True).input_value() == "Haftar"
        sidebar = page.locator('[data-testid="stSidebar"]')
        assert HURRIYET in sidebar.inner_text()
        found = page.get_by_text(re.compile(r"^Sentences containing Haftar")).inner_text()
        assert HURRIYET in found and page.locator("mark").count() >= 1
        page.get_by_text("Read it in the article").first.click()
        page.wait_for_selector(".lw-body mark.ev-target")
        assert "Excerpts?" in page.url
        page.go_back()
        page.wait_for_url(re.compile(r"/Search\?"))
        # The Search page is drawn again from the URL (the article's marks may still show until then).
        expect(page.get_by_label("Words", exact=True)).to_have_value("Haftar")
        expect(page.get_by_text(re.compile(r"^Sentences containing Haftar"))).to_have_text(found)
        settled(page)
        assert query(page)["source"] == [HURRIYET]

        # Typing new words puts them in the URL; a fresh tab opened on that URL shows the same hits.
        page.get_by_label("Words", exact=True).fill("ceasefire")
        page.get_by_label("Words", exact=True).press("Enter")
        page.wait_for_url(re.compile(r"q=ceasefire"))
        settled(page)
        shared = page.url
        other = page.context.browser.new_page()
        other.goto(shared, wait_until="domcontentloaded")
        other.get_by_label("Words", exact=True).wait_for()
        other.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
        assert other.get_by_label("Words", exact=True).input_value() == "ceasefire"
        assert HURRIYET in other.locator('[data-testid="stSidebar"]').inner_text()
        assert external(requests) == []


def test_an_unsaved_upload_survives_a_reload_and_leaving_asks_first(chromium: Path, corpus_dir: Path,
                                                                     tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    with serve(data) as url, browser_page(chromium) as (page, requests, dialogs):
        open_page(page, url, "Add_articles")
        sources = b"article_id,outlet,date,title\ndrones,Reuters,2020-07-01,Drones over Tripoli\n"
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([
            {"name": "drones.txt", "mimeType": "text/plain", "buffer": b"Turkey backs the GNA with drones.\n"},
            {"name": "sources.csv", "mimeType": "text/csv", "buffer": sources}])
        page.get_by_text("From the table: outlet Reuters").wait_for(state="attached")
        page.get_by_role("button", name="Extract").click()
        page.get_by_text("In this session (not saved yet)").wait_for()
        settled(page)
        page.wait_for_function("() => window.__lwUnsaved === true")  # the guard's frame has loaded
        assert page.evaluate(WOULD_ASK) is True
        section_screenshot(page, "In this session (not saved yet)", "Add-articles-draft")

        page.reload(wait_until="domcontentloaded")
        page.get_by_text("In this session (not saved yet)").wait_for()
        page.locator('[data-testid="stSidebar"]').get_by_text("Includes 1 uploaded article(s) not yet saved").wait_for()

        page.get_by_role("button", name="Discard uploaded articles").click()
        page.get_by_text("In this session (not saved yet)").wait_for(state="detached")
        settled(page)
        page.wait_for_function("() => window.__lwUnsaved === false")
        assert page.evaluate(WOULD_ASK) is False
        assert not (data / "drafts").exists() or not any((data / "drafts").iterdir())
        assert external(requests) == []
