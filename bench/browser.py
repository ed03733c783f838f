"""Where the browser spends its time on the Overview: `python -m bench.browser [--articles N | --data DIR]`.

Starts the dashboard as bench.dashboard does and opens the Overview in a new chromium context, then adds
sources to the filter, with a Chrome DevTools trace of each step (Playwright's CDP session). For each step it
prints the renderer's main-thread time by kind (script, style, layout, paint, parsing, garbage collection),
the script time per file (which of Streamlit's JavaScript chunks ran), the chunks and fonts fetched, and the
page's DOM nodes and widgets. Prints the figures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from bench.dashboard import CHROMIUM, CHROMIUM_ARGS, _open, chromium_present, cpu_seconds, enter_and_wait_rerun, pick_source, serve
from bench.synthetic import build_store

TRACE_CATEGORIES = ("devtools.timeline", "v8.execute", "disabled-by-default-devtools.timeline", "blink.user_timing",
                    "v8", "loading")
# Trace events by the kind DevTools' summary gives them; the rest of a task's time is "other".
KINDS = {
    "script": {"EvaluateScript", "FunctionCall", "v8.compile", "v8.compileModule", "v8.evaluateModule", "TimerFire",
               "EventDispatch", "FireAnimationFrame", "FireIdleCallback", "RunMicrotasks", "v8.run",
               "V8.CompileCode", "V8.ParseFunction", "v8.parseOnBackground", "ScheduleStyleRecalculation"},
    "garbage collection": {"MajorGC", "MinorGC", "V8.GCScavenger", "V8.GCCompactor", "BlinkGC.AtomicPhase",
                           "V8.GC_MC_INCREMENTAL", "ThreadState::performIdleLazySweep"},
    "style": {"UpdateLayoutTree", "RecalculateStyles", "ParseAuthorStyleSheet"},
    "layout": {"Layout", "UpdateLayerTree", "PrePaint", "HitTest", "IntersectionObserverController::computeIntersections"},
    "paint": {"Paint", "PaintImage", "Decode Image", "CompositeLayers", "Layerize", "Commit", "RasterTask"},
    "parse HTML": {"ParseHTML"},
}
KIND_OF = {name: kind for kind, names in KINDS.items() for name in names}


async def _trace(page, cdp, action, sample: bool) -> tuple[float, list[dict], dict | None]:
    """Run `action` under a DevTools trace (and, if `sample`, the JavaScript sampling profiler): (its seconds,
    the trace events, the CPU profile or None)."""
    done = asyncio.get_running_loop().create_future()
    cdp.once("Tracing.tracingComplete", lambda event: done.set_result(event))
    await cdp.send("Tracing.start", {"transferMode": "ReturnAsStream",
                                     "traceConfig": {"includedCategories": list(TRACE_CATEGORIES)}})
    if sample:
        await cdp.send("Profiler.start")
    seconds = await action()
    samples = (await cdp.send("Profiler.stop"))["profile"] if sample else None
    await cdp.send("Tracing.end")
    stream = (await done)["stream"]
    chunks = []
    while True:
        part = await cdp.send("IO.read", {"handle": stream})
        chunks.append(part["data"])
        if part.get("eof"):
            break
    await cdp.send("IO.close", {"handle": stream})
    events = json.loads("".join(chunks))
    return seconds, events["traceEvents"] if isinstance(events, dict) else events, samples


def sampled(profile: dict) -> tuple[Counter, Counter]:
    """Milliseconds of JavaScript self time in a CPU profile: per script file, and per function (name, file)."""
    nodes = {n["id"]: n["callFrame"] for n in profile["nodes"]}
    files: Counter = Counter()
    functions: Counter = Counter()
    for node, delta in zip(profile.get("samples", []), profile.get("timeDeltas", [])):
        frame = nodes[node]
        name = Path(frame["url"]).name or frame["functionName"] or "(idle)"
        files[name] += delta / 1000
        if frame["url"]:
            functions[f"{frame['functionName'] or '(anonymous)'} ({name})"] += delta / 1000
    return files, functions


def _main_threads(events: list[dict]) -> set[tuple[int, int]]:
    return {(e["pid"], e["tid"]) for e in events
            if e.get("ph") == "M" and e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"}


def summarize(events: list[dict]) -> dict:
    """Milliseconds the renderers' main threads were busy, and the same time by kind: each event's self time
    (its duration less its children's), so nothing counts twice. A trace event names no script file worth
    reading (the scheduler's task runs every component), so time per file comes from sampling (`sampled`)."""
    mains = _main_threads(events)
    by_thread: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for e in events:
        if e.get("ph") == "X" and (e["pid"], e["tid"]) in mains and "dur" in e:
            by_thread[(e["pid"], e["tid"])].append(e)
    kinds: Counter = Counter()
    busy = 0.0
    for thread in by_thread.values():
        thread.sort(key=lambda e: (e["ts"], -e["dur"]))
        end = -1.0
        for e in thread:
            if e["ts"] >= end:
                busy += e["dur"]
                end = e["ts"] + e["dur"]
        kinds.update(_self_times(thread))
    return {"busy_ms": busy / 1000, "kinds": {k: v / 1000 for k, v in kinds.items()}}


def _self_times(thread: list[dict]) -> Counter:
    """Microseconds of self time by kind over one thread's events (sorted by start, longest first); an event of
    no known kind takes its parent's."""
    kinds: Counter = Counter()
    stack: list[dict] = []
    for e in thread:
        while stack and stack[-1]["end"] <= e["ts"]:
            top = stack.pop()
            kinds[top["kind"]] += top["self"]
        kind = KIND_OF.get(e["name"])
        if stack:
            stack[-1]["self"] -= e["dur"]
            kind = kind or (stack[-1]["kind"] if stack[-1]["kind"] != "other" else None)
        stack.append({"end": e["ts"] + e["dur"], "kind": kind or "other", "self": e["dur"]})
    for top in stack:
        kinds[top["kind"]] += top["self"]
    return kinds


PAGE_COUNTS = """() => ({
  nodes: document.getElementsByTagName('*').length,
  canvases: document.querySelectorAll('canvas').length,
  dataframes: document.querySelectorAll('[data-testid="stDataFrame"]').length,
  tables: document.querySelectorAll('[data-testid="stTable"], [data-testid="stMarkdownContainer"] table').length,
  widgets: document.querySelectorAll('[data-testid="stMultiSelect"], [data-testid="stSlider"], [data-testid="stDateInput"], '
    + '[data-testid="stCheckbox"], [data-testid="stRadio"], [data-testid="stDownloadButton"], '
    + '[data-testid="stPageLink"]').length,
  elements: document.querySelectorAll('[data-testid="stElementContainer"]').length,
  tooltips: document.querySelectorAll('[data-testid="stTooltipIcon"]').length,
})"""


async def _filter_change(page, before: str) -> float:
    """Enter picks the option; seconds until the page has re-run (bench.dashboard's measure), then 200 ms more so
    that the redraw after the script's end is inside the trace."""
    seconds = await enter_and_wait_rerun(page, before, None, 180_000)
    await page.wait_for_timeout(200)
    return seconds


def _print_step(title: str, seconds: float, server_cpu: float, summary: dict, metrics: dict,
                profile: dict | None) -> None:
    print(f"{title}: {seconds:.2f} s wall, server CPU {server_cpu:.2f} s, renderer main thread busy "
          f"{summary['busy_ms']:.0f} ms (Performance.getMetrics: script {metrics['ScriptDuration'] * 1000:.0f} ms, "
          f"style {metrics['RecalcStyleDuration'] * 1000:.0f} ms, layout {metrics['LayoutDuration'] * 1000:.0f} ms, "
          f"tasks {metrics['TaskDuration'] * 1000:.0f} ms)")
    print("  by kind (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in sorted(summary["kinds"].items(), key=lambda x: -x[1])))
    if profile is None:
        return
    files, functions = sampled(profile)
    busy = {k: v for k, v in files.items() if k not in ("(idle)", "(program)")}
    print(f"  JavaScript self time by file, sampled ({sum(busy.values()):.0f} ms; program {files['(program)']:.0f} ms, "
          f"garbage collector {files['(garbage collector)']:.0f} ms): "
          + ", ".join(f"{k} {v:.0f}" for k, v in files.most_common(12) if k not in ("(idle)", "(program)")))
    print("  top functions (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in functions.most_common(8)))


async def profile(url: str, pid: int, outlets: list[str], sample: bool) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            # A throwaway first visit, so the server's cold start (imports, caches) is not in the browser's figures.
            warm = await browser.new_context(viewport={"width": 1440, "height": 1000})
            await _open(await warm.new_page(), url)
            await warm.close()
            context = await browser.new_context(viewport={"width": 1440, "height": 1000})
            page = await context.new_page()
            fetched: list[tuple[str, int]] = []

            async def on_response(response) -> None:
                try:
                    size = len(await response.body())
                except Exception:  # a redirect or a websocket has no body
                    size = 0
                fetched.append((response.url, size))

            page.on("response", lambda r: asyncio.ensure_future(on_response(r)))
            cdp = await context.new_cdp_session(page)
            await cdp.send("Performance.enable")
            await cdp.send("Profiler.enable")
            await cdp.send("Profiler.setSamplingInterval", {"interval": 200})

            async def metrics() -> dict:
                return {m["name"]: m["value"] for m in (await cdp.send("Performance.getMetrics"))["metrics"]}

            cpu = cpu_seconds(pid)

            async def first() -> float:
                seconds = await _open(page, url)
                await page.wait_for_timeout(200)
                return seconds

            seconds, events, samples = await _trace(page, cdp, first, sample)
            _print_step("first render (new context)", seconds, cpu_seconds(pid) - cpu, summarize(events), await metrics(),
                        samples)
            await asyncio.sleep(0.5)
            scripts = [(u, s) for u, s in fetched if u.endswith(".js")]
            fonts = [(u, s) for u, s in fetched if u.endswith((".woff2", ".woff", ".ttf"))]
            print(f"  fetched: {len(scripts)} scripts ({sum(s for _, s in scripts) / 1e6:.2f} MB): "
                  + ", ".join(f"{Path(u).name} {s / 1000:.0f} kB" for u, s in sorted(scripts, key=lambda x: -x[1])[:8]))
            print(f"  fetched: {len(fonts)} fonts ({sum(s for _, s in fonts) / 1e3:.0f} kB)")
            print(f"  page: {await page.evaluate(PAGE_COUNTS)}")
            for outlet in outlets:
                caption = await pick_source(page, outlet)
                before = await metrics()
                cpu = cpu_seconds(pid)
                seconds, events, samples = await _trace(page, cdp, lambda: _filter_change(page, caption), sample)
                after = await metrics()
                delta = {k: after[k] - before.get(k, 0) for k in after}
                _print_step(f"filter change (+{outlet})", seconds, cpu_seconds(pid) - cpu, summarize(events), delta, samples)
                await page.keyboard.press("Escape")
            print(f"  page: {await page.evaluate(PAGE_COUNTS)}")
            await context.close()
        finally:
            await browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="synthetic articles (default 100,000)")
    parser.add_argument("--data", type=Path, help="a store bench.synthetic built before (instead of building one)")
    parser.add_argument("--samples", action="store_true",
                        help="also sample JavaScript (self time per file and function; slows the page down)")
    args = parser.parse_args(argv)
    if not chromium_present():
        return 2
    with tempfile.TemporaryDirectory(prefix="browser-bench-") as scratch:
        data = args.data
        if data is None:
            data = Path(scratch) / "data"
            build_store(data, args.articles)
        with serve(data, Path(scratch) / "streamlit.log") as (url, pid):
            asyncio.run(profile(url, pid, ["Outlet 03", "Outlet 07", "Outlet 11"], args.samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
