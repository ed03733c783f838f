"""The dashboard benchmark, in a real browser: `python -m views.bench [--articles N] [--sessions K]`.

Builds a synthetic store (views.synthetic), starts `streamlit run dashboard.py`
over it, and drives Debian's chromium through Playwright: the first render
once the server is up, filter changes, the server's memory, and every page
with K sessions clicking through the pages at once. Prints the figures; it
asserts nothing (the targets are judged by whoever reads them).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from views.datadir import DATA_ENV
from views.synthetic import build_store

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
STARTUP_SECONDS = 120
PAGE_SECONDS = 180
# Sidebar link label -> (the page's title, an element that shows its content has drawn).
PAGES: dict[str, tuple[str, str]] = {
    "Overview": ("Who backs whom in the Libyan war", '[data-testid="stMetric"]'),
    "Network": ("Actor network", 'iframe[title*="actor_network"]'),
    "Sources": ("Sources compared", ".js-plotly-plot .main-svg"),
    "Excerpts": ("Excerpts", ".lw-body"),
    "Actors": ("Actors", '[data-testid="stDataFrame"]'),
}
# True once the script run has finished and the page with `title` has drawn `selector`.
DONE = """([title, selector]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const titled = [...document.querySelectorAll('h1')].some(h => h.textContent.trim() === title);
  return titled && document.querySelector(selector) !== null;
}"""
FILTER_CAPTION = '[data-testid="stSidebar"] [data-testid="stCaptionContainer"]'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve(data: Path, log: Path) -> Iterator[tuple[str, int]]:
    """`streamlit run dashboard.py` over `data` on 127.0.0.1: (url, pid); stopped afterwards."""
    port = free_port()
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
            cwd=REPO, env={**os.environ, DATA_ENV: str(data)}, stdout=output, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while not _healthy(url):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; its log: {log}\n{log.read_text()[-2000:]}")
                time.sleep(0.2)
            yield url, server.pid
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=15)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


def memory_mb(pid: int) -> tuple[float, float]:
    """Resident and peak resident memory of process `pid`, in MB (Linux /proc)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


async def _wait_page(page, label: str) -> None:
    await page.wait_for_function(DONE, arg=list(PAGES[label]), timeout=PAGE_SECONDS * 1000, polling=50)


async def _open(page, url: str) -> float:
    start = time.perf_counter()
    await page.goto(url, wait_until="domcontentloaded")
    await _wait_page(page, "Overview")
    return time.perf_counter() - start


async def _visit(page, label: str) -> float:
    start = time.perf_counter()
    await page.locator('[data-testid="stSidebar"] a', has_text=label).first.click()
    await _wait_page(page, label)
    return time.perf_counter() - start


async def _filter_change(page, outlet: str) -> float:
    """Add `outlet` to the Sources filter on the Overview; seconds until the page has re-run."""
    before = await page.locator(FILTER_CAPTION).last.inner_text()
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    await box.locator("input").click()
    await page.keyboard.type(outlet)
    # Typing re-renders the option list; once the one option left is shown, Enter picks it.
    await page.get_by_role("option", name=outlet, exact=True).wait_for()
    await page.wait_for_timeout(300)
    start = time.perf_counter()
    await page.keyboard.press("Enter")
    await page.wait_for_function(
        """([selector, before, title]) => {
          const app = document.querySelector('[data-testid="stApp"]');
          const captions = document.querySelectorAll(selector);
          const now = captions.length ? captions[captions.length - 1].textContent : before;
          return app && app.getAttribute('data-test-script-state') === 'notRunning' && now !== before
            && [...document.querySelectorAll('h1')].some(h => h.textContent.trim() === title);
        }""",
        arg=[FILTER_CAPTION, before, PAGES["Overview"][0]], timeout=PAGE_SECONDS * 1000, polling=20,
    )
    elapsed = time.perf_counter() - start
    await page.keyboard.press("Escape")
    return elapsed


async def _session(browser, url: str, rounds: int, times: dict[str, list[float]], timeouts: dict[str, int]) -> None:
    """One visitor: the Overview, then every page `rounds` times. A page that does not finish within
    PAGE_SECONDS is counted as timed out (and reported), and the visitor starts again from the Overview."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    context = await browser.new_context(viewport={"width": 1440, "height": 1000})
    page = await context.new_page()
    try:
        times["Overview"].append(await _open(page, url))
        for _ in range(rounds):
            for label in [*PAGES][1:] + ["Overview"]:
                try:
                    times[label].append(await _visit(page, label))
                except PlaywrightTimeout:
                    timeouts[label] += 1
                    await _open(page, url)
    finally:
        await context.close()


async def measure(url: str, pid: int, *, sessions: int, rounds: int, outlets: list[str]) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(viewport={"width": 1440, "height": 1000})
            page = await context.new_page()
            first = await _open(page, url)
            again = await _open(page, url)
            changes = [await _filter_change(page, outlet) for outlet in outlets]
            alone = {label: await _visit(page, label) for label in [*PAGES][1:]}
            await context.close()
            rss_one = memory_mb(pid)
            times: dict[str, list[float]] = {label: [] for label in PAGES}
            timeouts = {label: 0 for label in PAGES}
            start = time.perf_counter()
            await asyncio.gather(*(_session(browser, url, rounds, times, timeouts) for _ in range(sessions)))
            wall = time.perf_counter() - start
        finally:
            await browser.close()
    return {"first": first, "again": again, "changes": changes, "alone": alone, "rss_one": rss_one,
            "times": times, "timeouts": timeouts, "wall": wall, "rss_end": memory_mb(pid)}


def script_seconds(data: Path) -> dict[str, float]:
    """Seconds one warm run of each page's script takes in this process (Streamlit's AppTest, no browser):
    the server's share of a page view, apart from the browser's."""
    from streamlit.testing.v1 import AppTest

    os.environ[DATA_ENV] = str(data)
    app = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=PAGE_SECONDS)
    app.run()
    scripts = dict(zip(PAGES, ["dashboard.py", "pages/1_Network.py", "pages/2_Sources.py", "pages/3_Excerpts.py",
                               "pages/4_Actors.py"]))
    for script in scripts.values():
        app.switch_page(script).run()
    seconds = {}
    for label, script in scripts.items():
        start = time.perf_counter()
        app.switch_page(script).run()
        seconds[label] = time.perf_counter() - start
    return seconds


def report(figures: dict, counts: dict[str, int], build_s: float, startup_s: float, sessions: int, rounds: int) -> str:
    times = figures["times"]
    lines = [
        f"Machine: {os.cpu_count()} cores, load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}",
        f"Synthetic store: {counts['articles']:,} articles, {counts['relations']:,} relation rows, "
        f"{counts['mentions']:,} mention rows, {counts['actors']} actors; built in {build_s:.1f} s",
        f"Server up (health check answers) in {startup_s:.1f} s",
        f"first render (Overview, new session)          {figures['first']:6.2f} s   target < 2 s",
        f"second render (Overview, new session)         {figures['again']:6.2f} s",
        "filter change (add a source, Overview)        "
        + " ".join(f"{t:.2f}" for t in figures["changes"]) + " s   target < 0.5 s each",
        "one session, each page after the filter       "
        + ", ".join(f"{label} {t:.2f}" for label, t in figures["alone"].items()) + " s",
        f"streamlit RSS after one session               {figures['rss_one'][0]:6.0f} MB (peak {figures['rss_one'][1]:.0f} MB)",
        f"{sessions} sessions at once, {rounds} round(s) of every page ({figures['wall']:.1f} s wall):",
        f"  {'page':10s} {'median s':>9s} {'max s':>7s} {'loads':>6s} {'timed out':>9s}   target median < 3 s",
        *(f"  {label:10s} {statistics.median(t):9.2f} {max(t):7.2f} {len(t):6d} {figures['timeouts'][label]:9d}"
          for label, t in times.items() if t),
        f"streamlit RSS after the sessions              {figures['rss_end'][0]:6.0f} MB (peak {figures['rss_end'][1]:.0f} MB)"
        "   target < 2048 MB",
        "server share: one warm script run per page (AppTest, no browser)  "
        + ", ".join(f"{label} {t:.2f}" for label, t in figures["scripts"].items()) + " s",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="synthetic articles (default 100,000)")
    parser.add_argument("--sessions", type=int, default=10, help="browser sessions at once (default 10)")
    parser.add_argument("--rounds", type=int, default=2, help="times each session visits every page (default 2)")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install chromium`).", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dashboard-bench-") as scratch:
        data = Path(scratch) / "data"
        start = time.perf_counter()
        counts = build_store(data, args.articles)
        build_s = time.perf_counter() - start
        start = time.perf_counter()
        with serve(data, Path(scratch) / "streamlit.log") as (url, pid):
            startup_s = time.perf_counter() - start
            outlets = ["Outlet 03", "Outlet 07", "Outlet 11"]
            figures = asyncio.run(measure(url, pid, sessions=args.sessions, rounds=args.rounds, outlets=outlets))
        figures["scripts"] = script_seconds(data)
        log = (Path(scratch) / "streamlit.log").read_text(errors="replace")
    print(report(figures, counts, build_s, startup_s, args.sessions, args.rounds))
    if any(figures["timeouts"].values()):
        errors = [line for line in log.splitlines() if "Error" in line or "Traceback" in line]
        print(f"Pages timed out after {PAGE_SECONDS} s; the server log's errors ({len(errors)}):", *errors[-20:], sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
