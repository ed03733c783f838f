"""The dashboard in a real browser: every page renders, nothing is fetched from outside, no injected markup runs.

Starts the dashboard as `make dashboard` does (bench.dashboard.serve: views.launch) on a free local port and
drives Debian's chromium through Playwright. Screenshots go to test-artifacts/screenshots/.
"""
from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pandas as pd
from playwright.sync_api import TimeoutError as PlaywrightTimeout
import pytest

from conftest import ACTORS, REPO, write_data_folder
from bench.dashboard import serve as serve_dashboard

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
PAGE_SECONDS = 60
# The network's component frame (views.graph_click), and the frame inside it that draws the graph.
NETWORK_FRAME = 'iframe[title*="actor_network"]'
GRAPH_FRAME = "#graph"
# URL path of each page, and an element that shows the page has drawn its content.
PAGES: dict[str, str] = {
    "": '[data-testid="stMetric"]',
    "Network": NETWORK_FRAME,
    "Sources": ".js-plotly-plot .main-svg",
    "Excerpts": ".lw-body",
    "Actors": '[data-testid="stDataFrame"]',
    "Add_articles": '[data-testid="stFileUploader"]',
    "Timeline": ".js-plotly-plot .main-svg",
    "Search": '[data-testid="stTextInput"]',
    "Reviews": "h1",
    "Actor_profile": '[data-testid="stHeading"]',
}


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (`make chromium` or `apt-get install chromium`)."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + " CI must run the browser tests.")
        pytest.skip(reason)
    return CHROMIUM


@contextmanager
def serve(data: Path) -> Iterator[str]:
    """Run the dashboard over `data` on 127.0.0.1; always stop it afterwards."""
    with serve_dashboard(data, data / "streamlit.log") as (url, _pid):
        yield url


@contextmanager
def browser_page(chromium: Path) -> Iterator[tuple]:
    """A chromium page, the URLs it requested and the dialogs it opened."""
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1800})
            page.set_default_timeout(PAGE_SECONDS * 1000)
            page.on("request", lambda request: requests.append(request.url))
            # The prompt before leaving with unsaved uploads (views.leave_guard) is accepted and not counted:
            # only other dialogs (an alert run from the data) are.
            page.on("dialog", lambda dialog: dialog.accept() if dialog.type == "beforeunload"
                    else (dialogs.append(dialog.message), dialog.dismiss()))
            yield page, requests, dialogs
        finally:
            browser.close()


def open_page(page, url: str, path: str, query: str = "") -> None:
    page.goto(f"{url}/{path}{query}", wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stSidebar"]')
    page.wait_for_selector(f"{PAGES[path]}, [data-testid='stException']", state="attached")
    # Streamlit shows its running indicator while the script runs; wait until it is gone.
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")


def section_screenshot(page, heading: str, name: str) -> None:
    """A screenshot of the window scrolled to a section (the README shows these): Streamlit scrolls its own
    container, so a full-page screenshot would show only the top."""
    page.get_by_role("heading", name=heading, exact=True).evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def external(requests: list[str]) -> list[str]:
    return [u for u in requests if urlsplit(u).scheme not in ("data", "blob", "about") and urlsplit(u).hostname not in LOCAL_HOSTS]


def test_every_page_renders_offline(chromium: Path, corpus_dir: Path, tmp_path: Path) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    with serve(data) as url, browser_page(chromium) as (page, requests, dialogs):
        for path in PAGES:
            open_page(page, url, path)
            assert page.locator('[data-testid="stException"]').count() == 0, f"page /{path} shows a Python exception"
            if path == "Network":
                graph = page.frame_locator(NETWORK_FRAME).frame_locator(GRAPH_FRAME)
                graph.locator("canvas").first.wait_for()
                graph.locator('body[data-network-ready="true"]').wait_for(state="attached")
            if path == "Sources":
                page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4")
            page.wait_for_timeout(500)
            page.screenshot(path=str(SCREENSHOTS / f"{path or 'Overview'}.png"), full_page=True)
        # Every edge's evidence leads to its sentence, outlined in the article.
        open_page(page, url, "Network")
        page.get_by_text("Read it in the article").first.click()
        page.wait_for_selector(".lw-body mark.ev-target")
        assert "Excerpts?article=" in page.url
        assert external(requests) == []
        assert dialogs == []


PAYLOADS = [
    "<script>window.__xss = 1; alert('xss-script')</script>",
    "<img src=x onerror=\"alert('xss-img')\">",
    "<a href=\"javascript:alert('xss-link')\">click me</a>",
    "</script><script>alert('xss-close')</script>",
    "<svg onload=\"alert('xss-svg')\"></svg>",
    "<img src=\"https://evil.example/pixel.png\">",
]
# Markdown and Streamlit's own directives; each carries "evilmd" so that markup it became can be found.
MARKDOWN = [
    "**evilmd-bold**",
    ":red[evilmd-red]",
    "![evilmd-img](https://evil.example/md.png)",
    "[evilmd-link](javascript:alert('xss-md'))",
    "[evilmd-out](https://evil.example/out)",
    "$evilmd^2$",
    "`evilmd-code`",
    ":material/home: evilmd-icon",
    "https://evil.example/evilmd-autolink",
]
MD = " ".join(MARKDOWN)
HOSTILE_FILE = "evilmd **b** ![f](https:evil.example) :blue[x].txt"
INJECTED = "img[src='x'], img[src*='evil.example'], svg[onload], a[href^='javascript:'], a[href*='evil.example'], script"
# In a Markdown element, data arrives as the text of a <p>: any other element holding it was made from the data.
MARKUP_FROM_DATA = """() => [...document.querySelectorAll('[data-testid="stMarkdownContainer"] *')]
    .filter(e => !['P', 'DIV', 'BR'].includes(e.tagName) && e.textContent.includes('evilmd'))
    .map(e => e.outerHTML.slice(0, 160))"""


def hostile_corpus(folder: Path) -> Path:
    payload = " ".join(PAYLOADS)
    text = (
        f"Evil headline {payload} {MD}\n\n"
        f"Turkey backs the GNA {payload} with drones {MD}.\n\n"
        f"Russia supports Haftar {payload} through Wagner.\n\n"
        "Egypt and Russia mediate between the GNA and the LNA.\n"
    )
    articles = pd.DataFrame([{"article_id": "hostile", "outlet": f"Evil {PAYLOADS[1]} {MD} News", "author": PAYLOADS[0],
                              "date": f"2020-06-01 {MD}", "title": f"{PAYLOADS[0]} Title {PAYLOADS[4]} {MD}",
                              "url": "javascript:alert('xss-url')", "notes": ""}])
    actors = {**ACTORS, "Wagner": (f"Wagner {PAYLOADS[3]} {MD}", "mercenary group", "RU", ("Wagner",))}
    relations = [
        ("hostile", "Turkey backs", "Turkey", "GNA", "support", "backs", "", 0.9),
        ("hostile", "Russia supports", "Russia", "LNA", "support", "supports", "", 0.9),
        ("hostile", "Russia supports", "Wagner", "LNA", "support", "through", "", 0.6),
        ("hostile", "Egypt and Russia", "Russia", "GNA", "mediation", "mediate", "", 0.5),
    ]
    write_data_folder(folder, articles, {"hostile": text}, relations, actors)
    (folder / "articles" / HOSTILE_FILE).write_bytes(b"")  # refused as empty: its name is quoted on every page
    return folder


def injected_elements(page) -> list[str]:
    found = []
    for frame in page.frames:
        for element in frame.query_selector_all(INJECTED):
            # A script element is injected when it is one of the payloads' own bodies.
            if element.evaluate("e => e.tagName") == "SCRIPT" and not (element.text_content() or "").strip().startswith(
                    ("window.__xss", "alert(")):
                continue
            found.append(f"{frame.url[:60]}: {element.evaluate('e => e.outerHTML')[:120]}")
        found += [f"{frame.url[:60]}: {html}" for html in frame.evaluate(MARKUP_FROM_DATA)]
    return found


def choose_option(page, box, option: str, attempts: int = 3) -> None:
    """Open a select box and pick `option`; under load a click can land before the page reruns and the list
    closes again, so the box is opened again until the option shows (or the last attempt's timeout says why)."""
    for attempt in range(attempts):
        page.get_by_role("combobox", name=box).click()
        choice = page.get_by_role("option", name=option, exact=True)
        try:
            choice.wait_for(timeout=20_000)
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
            continue
        choice.click()
        return


def choose_verdict(page, review, verdict: str, attempts: int = 3) -> None:
    """Open a review popover (`review`, its button) and pick `verdict`; under load a rerun can redraw the page over the
    popover as the click lands, so once the page is idle the popover is opened again and the click tried again (the
    last attempt's timeout says why)."""
    for attempt in range(attempts):
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
        choice = page.get_by_text(verdict)
        if not choice.is_visible():
            review.click()
        try:
            choice.click(timeout=20_000)
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
            continue
        return


def shown_text(page) -> str:
    """The page's visible text, without the invisible word joiners views.markup puts into URLs and addresses."""
    return page.evaluate("() => document.body.innerText").replace("\u2060", "")


def check_page(page, url: str, path: str) -> None:
    open_page(page, url, path)
    if path == "Network":
        graph = page.frame_locator(NETWORK_FRAME).frame_locator(GRAPH_FRAME)
        graph.locator('body[data-network-ready="true"]').wait_for(state="attached")
    page.wait_for_timeout(500)
    assert injected_elements(page) == [], f"markup from the data became elements on /{path}"
    assert page.evaluate("() => window.__xss") is None


def test_hostile_text_is_shown_not_run(chromium: Path, tmp_path: Path) -> None:
    data = hostile_corpus(tmp_path / "data")
    with serve(data) as url, browser_page(chromium) as (page, requests, dialogs):
        for path in PAGES:
            check_page(page, url, path)
            # The refused file's name is in the notice on every page, as text.
            assert f"{HOSTILE_FILE}: is empty" in shown_text(page), path
        open_page(page, url, "")
        # A date that is no date is not read as one (issue 18): the article counts as undated.
        assert "Articles published no dates" in shown_text(page)
        open_page(page, url, "Excerpts")
        assert "<script>window.__xss = 1;" in page.locator(".lw-body").inner_text()

        # An upload with a hostile name and outlet, extracted in the worker and then shown on every page.
        open_page(page, url, "Add_articles")
        upload = f"up {MD}.txt"
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            [{"name": upload, "mimeType": "text/plain", "buffer": f"Turkey backs the GNA. {MD}\n".encode()}])
        page.get_by_label("Outlet").fill(f"Up {MD}")
        page.get_by_label("Outlet").press("Enter")
        assert upload in shown_text(page)  # the file name, as the expander's label
        page.get_by_role("button", name="Extract").click()
        page.get_by_text("In this session").wait_for()
        for path in PAGES:
            check_page(page, url, path)
        assert dialogs == []
        assert external(requests) == []


def test_other_sessions_load_while_an_upload_is_extracted(chromium: Path, corpus_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    # Three files near the 1,000,000-character limit: minutes of parsing, so Cancel always comes first.
    long_text = "\n\n".join(["Turkey backs the GNA with drones, and Egypt supports Haftar, Cairo said. " * 20] * 650)
    with serve(data) as url, browser_page(chromium) as (uploader, _, _):
        other = uploader.context.browser.new_page()  # another visitor: its own Streamlit session
        open_page(uploader, url, "Add_articles")
        uploader.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            [{"name": f"long-{n}.txt", "mimeType": "text/plain", "buffer": long_text.encode()} for n in range(3)])
        uploader.get_by_role("button", name="Extract").click()
        progress = uploader.get_by_text(re.compile("Reading the files|Loading the language model|Extracted [01] of 3"))
        progress.first.wait_for()
        for path in ("", "Network", "Excerpts"):
            open_page(other, url, path)
        assert progress.first.is_visible(), "the upload should still be extracting while the other session loaded"
        uploader.get_by_role("button", name="Cancel extraction").click()
        uploader.get_by_text("Extraction cancelled").wait_for()
        assert not progress.first.is_visible()


def test_an_analyst_reviews_focuses_searches_and_shares(chromium: Path, corpus_dir: Path, tmp_path: Path) -> None:
    """The analyst's next steps in a real browser: a review made and still there after a reload, an actor's
    neighbourhood, a passage search, and the network saved as a picture and as a page that works offline."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    with serve(data) as url, browser_page(chromium) as (page, requests, dialogs):
        open_page(page, url, "Excerpts", "?article=hurriyet-2020-06-22")
        choose_verdict(page, page.get_by_role("button", name="Review", exact=True), "Reject: it does not")
        page.get_by_label("Reason", exact=True).fill("the sentence reports a call, not an attack")
        page.get_by_role("button", name="Save review").click()
        page.get_by_text("Show rows rejected in review (1)").wait_for()
        page.reload(wait_until="domcontentloaded")
        # Hidden now, on every page; the sidebar can show it again, marked.
        page.get_by_text("Show rows rejected in review (1)").click()
        page.get_by_role("button", name=re.compile("Rejected by hand: the sentence reports a call")).wait_for()
        reviews = pd.read_csv(data / "reviews.csv", dtype=str, keep_default_na=False)
        assert reviews[["verdict", "reason"]].values.tolist() == [["rejected", "the sentence reports a call, not an attack"]]
        page.get_by_text("Add a relation the extractor missed").click()
        page.get_by_role("button", name="Add the relation").wait_for()
        section_screenshot(page, "Review", "Excerpts-review")

        open_page(page, url, "Reviews")
        page.get_by_text("All reviews").wait_for()
        page.screenshot(path=str(SCREENSHOTS / "Reviews-one.png"), full_page=True)

        open_page(page, url, "Network")
        choose_option(page, re.compile("Actor in focus"), "Turkey")
        page.get_by_text("How each outlet describes Turkey").wait_for()
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
        section_screenshot(page, "Focus on an actor", "Network-focus")
        section_screenshot(page, "Downloads", "Network-downloads")
        with page.expect_download() as picture:
            page.get_by_role("button", name="Network picture (PNG)").click()
        assert Path(picture.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        with page.expect_download() as standalone:
            page.get_by_role("button", name="Network (standalone HTML)").click()
        saved = tmp_path / "network.html"
        standalone.value.save_as(saved)

        open_page(page, url, "Search")
        page.get_by_text("Article passages").click()
        page.get_by_label("Words", exact=True).fill("drones")
        page.get_by_label("Words", exact=True).press("Enter")
        page.locator("mark").first.wait_for()
        page.screenshot(path=str(SCREENSHOTS / "Search-passages.png"), full_page=True)

        open_page(page, url, "Actors")
        section_screenshot(page, "Add an actor or a name", "Actors-add")
        assert external(requests) == []
        assert dialogs == []

    # The saved page draws its network from a file, with no server and nothing fetched.
    with browser_page(chromium) as (offline, requests, _):
        offline.goto(saved.as_uri())
        offline.locator('body[data-network-ready="true"]').wait_for(state="attached")
        assert [u for u in requests if not u.startswith("file:")] == []


def test_the_timeline_by_event_date_and_two_outlets_side_by_side(chromium: Path, corpus_dir: Path, tmp_path: Path) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    with serve(data) as url, browser_page(chromium) as (page, requests, dialogs):
        open_page(page, url, "Timeline")
        page.locator('[data-testid="stSidebar"]').get_by_text("event", exact=True).click()
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
        page.get_by_text("event date (publication where the sentence gives none)").first.wait_for()
        # The months are on a time axis: its tick labels name months, in order.
        ticks = page.locator(".js-plotly-plot .xtick text").evaluate_all("els => els.map(e => e.textContent)")
        assert ticks and all(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", t) for t in ticks)
        assert page.locator('[data-testid="stException"]').count() == 0
        section_screenshot(page, "One pair over time", "Timeline-pair")
        open_page(page, url, "Sources")
        page.get_by_role("heading", name="Two outlets side by side", exact=True).wait_for()
        section_screenshot(page, "Two outlets side by side", "Sources-compare")
        assert page.locator('[data-testid="stException"]').count() == 0
        assert external(requests) == []
        assert dialogs == []


def test_a_network_card_draws_its_review_form_when_opened(chromium: Path, corpus_dir: Path, tmp_path: Path) -> None:
    """The Network page's evidence cards draw their review form only once opened (a rerun): opening one shows
    the form in the open popover, and the review it saves applies."""
    data = tmp_path / "data"
    shutil.copytree(corpus_dir, data)
    with serve(data) as url, browser_page(chromium) as (page, requests, dialogs):
        open_page(page, url, "Network")
        choose_verdict(page, page.get_by_role("button", name="Review", exact=True).first, "Reject: it does not")
        page.get_by_label("Reason", exact=True).fill("the sentence reports a denial")
        page.get_by_role("button", name="Save review").click()
        page.get_by_text("Show rows rejected in review (1)").wait_for()
        reviews = pd.read_csv(data / "reviews.csv", dtype=str, keep_default_na=False)
        assert reviews[["verdict", "reason"]].values.tolist() == [["rejected", "the sentence reports a denial"]]
        assert external(requests) == []
        assert dialogs == []
