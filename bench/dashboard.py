"""The dashboard benchmark, in a real browser: `python -m bench.dashboard [--articles N] [--sessions K]`.

Builds a synthetic store (bench.synthetic), starts the dashboard over it as
`make dashboard` does (`libya-dashboard`: views.launch), and drives Debian's chromium through Playwright: the first render
once the server is up, filter changes, the server's memory, and every page
with 1 and with K sessions clicking through the pages in step. For each page it
gives the seconds a view takes and the CPU seconds the server process spends
per view (its CPU time over the step divided by the views), apart from the
browsers' CPU per view: on a 2-core machine the browsers' share would otherwise
hide what the server can serve. Prints the figures; it asserts nothing (the
targets are judged by whoever reads them).
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from views.datadir import DATA_ENV
from bench.synthetic import build_store

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
    """The dashboard (`python -m views.launch`, which `libya-dashboard` runs) over `data` on 127.0.0.1: (url, pid);
    stopped afterwards."""
    port = free_port()
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "views.launch", "--server.headless", "true",
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


async def pick_source(page, outlet: str) -> str:
    """Type `outlet` into the Sources filter until it is the one option shown; the filter's caption before."""
    before = await page.locator(FILTER_CAPTION).last.inner_text()
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    await box.locator("input").click()
    await page.keyboard.type(outlet)
    # Typing re-renders the option list; once the one option left is shown, Enter picks it.
    await page.get_by_role("option", name=outlet, exact=True).wait_for()
    await page.wait_for_timeout(300)
    return before


async def enter_and_wait_rerun(page, before: str, title: str | None, timeout_ms: int) -> float:
    """Press Enter on the picked option; seconds until the script has re-run with a new filter caption (and the
    page titled `title`, when given)."""
    start = time.perf_counter()
    await page.keyboard.press("Enter")
    await page.wait_for_function(
        """([selector, before, title]) => {
          const app = document.querySelector('[data-testid="stApp"]');
          const captions = document.querySelectorAll(selector);
          const now = captions.length ? captions[captions.length - 1].textContent : before;
          return app && app.getAttribute('data-test-script-state') === 'notRunning' && now !== before
            && (!title || [...document.querySelectorAll('h1')].some(h => h.textContent.trim() === title));
        }""",
        arg=[FILTER_CAPTION, before, title], timeout=timeout_ms, polling=20,
    )
    return time.perf_counter() - start


async def _filter_change(page, outlet: str, pid: int) -> tuple[float, float, float]:
    """Add `outlet` to the Sources filter on the Overview: seconds from Enter until the page has re-run, and the
    server's and the browsers' CPU seconds over the same span (typing into the box is not counted)."""
    before = await pick_source(page, outlet)
    server, browser = cpu_seconds(pid), browser_cpu_seconds(pid)
    elapsed = await enter_and_wait_rerun(page, before, PAGES["Overview"][0], PAGE_SECONDS * 1000)
    used = (cpu_seconds(pid) - server, browser_cpu_seconds(pid) - browser)
    await page.keyboard.press("Escape")
    return elapsed, *used


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of process `pid` and its descendants (live ones, and the exited ones it waited for)."""
    import psutil

    total = 0.0
    try:
        root = psutil.Process(pid)
        for process in [root, *root.children(recursive=True)]:
            try:
                times = process.cpu_times()
                total += times.user + times.system + times.children_user + times.children_system
            except psutil.NoSuchProcess:
                continue
    except psutil.NoSuchProcess:
        pass
    return total


def browser_cpu_seconds(server_pid: int) -> float:
    """CPU seconds of this process's descendants apart from the server: Playwright's driver and chromium."""
    import psutil

    total = 0.0
    for child in psutil.Process().children():
        if child.pid != server_pid:
            total += cpu_seconds(child.pid)
    return total


@dataclass
class Views:
    """Page views of one kind of run: per page, the seconds each took, and per step (every session loading the
    page at once) the server's and the browsers' CPU seconds divided by the views of that step."""

    seconds: dict[str, list[float]] = field(default_factory=lambda: {label: [] for label in PAGES})
    server_cpu: dict[str, list[float]] = field(default_factory=lambda: {label: [] for label in PAGES})
    browser_cpu: dict[str, list[float]] = field(default_factory=lambda: {label: [] for label in PAGES})
    timeouts: dict[str, int] = field(default_factory=lambda: {label: 0 for label in PAGES})
    wall: float = 0.0


async def _step(pages: list, url: str, label: str, pid: int, views: Views) -> None:
    """Every session opens page `label` at once (by its sidebar link); the CPU the server and the browsers spend
    meanwhile is shared out over the views. A page that does not finish within PAGE_SECONDS is counted as
    timed out, and that session starts again from the Overview."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    async def one(page) -> None:
        try:
            views.seconds[label].append(await _visit(page, label))
        except PlaywrightTimeout:
            views.timeouts[label] += 1
            await _open(page, url)

    server, browser = cpu_seconds(pid), browser_cpu_seconds(pid)
    await asyncio.gather(*(one(page) for page in pages))
    views.server_cpu[label].append((cpu_seconds(pid) - server) / len(pages))
    views.browser_cpu[label].append((browser_cpu_seconds(pid) - browser) / len(pages))


async def page_views(browser, url: str, pid: int, *, sessions: int, rounds: int) -> Views:
    """`sessions` visitors on the Overview, then `rounds` times through every page, all sessions in step."""
    contexts = [await browser.new_context(viewport={"width": 1440, "height": 1000}) for _ in range(sessions)]
    views = Views()
    try:
        pages = [await context.new_page() for context in contexts]
        await asyncio.gather(*(_open(page, url) for page in pages))
        start = time.perf_counter()
        for _ in range(rounds):
            for label in [*PAGES][1:] + ["Overview"]:
                await _step(pages, url, label, pid, views)
        views.wall = time.perf_counter() - start
    finally:
        for context in contexts:
            await context.close()
    return views


async def measure(url: str, pid: int, *, sessions: int, rounds: int, outlets: list[str]) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(viewport={"width": 1440, "height": 1000})
            page = await context.new_page()
            cpu, browser_cpu = cpu_seconds(pid), browser_cpu_seconds(pid)
            first = await _open(page, url)
            first_cpu, first_browser = cpu_seconds(pid) - cpu, browser_cpu_seconds(pid) - browser_cpu
            again = await _open(page, url)
            changes, change_cpu, change_browser = [], [], []
            for outlet in outlets:
                seconds, server_cpu, browsers_cpu = await _filter_change(page, outlet, pid)
                changes.append(seconds)
                change_cpu.append(server_cpu)
                change_browser.append(browsers_cpu)
            alone = {label: await _visit(page, label) for label in [*PAGES][1:]}
            await context.close()
            rss_one = memory_mb(pid)
            one = await page_views(browser, url, pid, sessions=1, rounds=max(rounds, 3))
            many = await page_views(browser, url, pid, sessions=sessions, rounds=rounds)
        finally:
            await browser.close()
    return {"first": first, "first_cpu": first_cpu, "first_browser": first_browser, "again": again, "changes": changes,
            "change_cpu": change_cpu, "change_browser": change_browser,
            "alone": alone, "rss_one": rss_one, "one": one, "many": many, "rss_end": memory_mb(pid)}


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}" if values else "-"


def _views_table(views: Views, title: str) -> list[str]:
    return [
        f"{title} ({views.wall:.1f} s wall):",
        f"  {'page':10s} {'median s':>9s} {'max s':>7s} {'server CPU s/view':>18s} {'browser CPU s/view':>19s} "
        f"{'loads':>6s} {'timed out':>9s}   target server CPU <= 0.25 s",
        *(f"  {label:10s} {_median(times):>9s} {max(times, default=0):7.2f} {_median(views.server_cpu[label]):>18s} "
          f"{_median(views.browser_cpu[label]):>19s} {len(times):6d} {views.timeouts[label]:9d}"
          for label, times in views.seconds.items()),
    ]


def report(figures: dict, counts: dict[str, int], build_s: float, startup_s: float, sessions: int, rounds: int) -> str:
    lines = [
        f"Machine: {os.cpu_count()} cores, load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}",
        f"Synthetic store: {counts['articles']:,} articles, {counts['relations']:,} relation rows, "
        f"{counts['mentions']:,} mention rows, {counts['actors']} actors; built in {build_s:.1f} s",
        f"Server up (health check answers) in {startup_s:.1f} s",
        f"first render (Overview, new session)          {figures['first']:6.2f} s   target < 2 s"
        f"   (server CPU {figures['first_cpu']:.2f} s, browser CPU {figures['first_browser']:.2f} s)",
        f"second render (Overview, new session)         {figures['again']:6.2f} s",
        "filter change (add a source, Overview)        "
        + " ".join(f"{t:.2f}" for t in figures["changes"]) + " s   target < 0.5 s each   (server CPU "
        + " ".join(f"{t:.2f}" for t in figures["change_cpu"]) + " s; browser CPU "
        + " ".join(f"{t:.2f}" for t in figures["change_browser"]) + " s)",
        "one session, each page after the filter       "
        + ", ".join(f"{label} {t:.2f}" for label, t in figures["alone"].items()) + " s",
        f"streamlit RSS after one session               {figures['rss_one'][0]:6.0f} MB (peak {figures['rss_one'][1]:.0f} MB)",
        "Page views: every session opens the page at once by its sidebar link; CPU seconds of the server process",
        "  (and of the browsers: Playwright's driver and chromium) over that step, divided by the views in it; median of the steps.",
        *_views_table(figures["one"], f"1 session, {max(rounds, 3)} round(s) of every page"),
        *_views_table(figures["many"], f"{sessions} sessions at once, {rounds} round(s) of every page"),
        f"streamlit RSS after the sessions              {figures['rss_end'][0]:6.0f} MB (peak {figures['rss_end'][1]:.0f} MB)"
        "   target < 2048 MB",
    ]
    return "\n".join(lines)


def chromium_present() -> bool:
    """Whether Debian's chromium is there; if not, says how to install it."""
    if CHROMIUM.exists():
        return True
    print(f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install chromium`).", file=sys.stderr)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="synthetic articles (default 100,000)")
    parser.add_argument("--sessions", type=int, default=10, help="browser sessions at once (default 10)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="times the sessions go through every page (default 2; one session: at least 3)")
    args = parser.parse_args(argv)
    if not chromium_present():
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
        log = (Path(scratch) / "streamlit.log").read_text(errors="replace")
    print(report(figures, counts, build_s, startup_s, args.sessions, args.rounds))
    if any(figures["one"].timeouts.values()) or any(figures["many"].timeouts.values()):
        errors = [line for line in log.splitlines() if "Error" in line or "Traceback" in line]
        print(f"Pages timed out after {PAGE_SECONDS} s; the server log's errors ({len(errors)}):", *errors[-20:], sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
