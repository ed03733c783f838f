"""The dashboard benchmark: its synthetic store is consistent, and the browser run prints every figure (not timed)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, store_tables
from bench.synthetic import ACTORS, MENTIONS_PER_ARTICLE, RELATIONS_PER_ARTICLE, build_store


def test_synthetic_store_is_consistent(tmp_path: Path) -> None:
    counts = build_store(tmp_path, 30)
    assert counts == {"articles": 30, "relations": 30 * RELATIONS_PER_ARTICLE, "mentions": 30 * MENTIONS_PER_ARTICLE,
                      "actors": ACTORS}
    tables = store_tables(tmp_path)
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"]))
    for row in tables["relations"].itertuples():
        assert texts[row.article_id][row.start:row.end] == row.evidence
    for row in tables["mentions"].itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    assert tables["actors"]["mentions"].sum() == 30 * MENTIONS_PER_ARTICLE


@pytest.mark.browser
def test_benchmark_runs_in_the_browser_and_prints_the_figures() -> None:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is missing: install Debian's chromium (`apt-get install chromium`).")
    run = subprocess.run([sys.executable, "-m", "bench.dashboard", "--articles", "400", "--sessions", "2", "--rounds", "1"],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    out = run.stdout
    assert "Synthetic store: 400 articles, 4,000 relation rows, 28,000 mention rows, 224 actors" in out
    assert re.search(r"first render \(Overview, new session\) +\d+\.\d+ s .*\(server CPU \d+\.\d+ s, "
                     r"browser CPU \d+\.\d+ s\)", out)
    assert re.search(r"filter change \(add a source, Overview\) +(\d+\.\d+ ){3}s .*\(server CPU (\d+\.\d+ ){3}s; "
                     r"browser CPU (\d+\.\d+ ){3}s\)", out)
    assert "1 session, 3 round(s) of every page" in out and "2 sessions at once, 1 round(s) of every page" in out
    for page in ("Overview", "Network", "Sources", "Excerpts", "Actors"):
        # median s, max s, server CPU s/view, browser CPU s/view, loads (1 session: 3; 2 sessions: 2), timed out (none)
        rows = re.findall(rf"^  {page} +\d+\.\d+ +\d+\.\d+ +(\d+\.\d+) +\d+\.\d+ +([23]) +0$", out, re.MULTILINE)
        assert [loads for _, loads in rows] == ["3", "2"], out
        # A page view costs the server something: the figure is measured, not a placeholder.
        assert all(float(cpu) > 0 for cpu, _ in rows), out
    assert re.search(r"streamlit RSS after the sessions +\d+ MB", out)


def _trace_event(name: str, ts: int, dur: int, *, url: str = "", tid: int = 1) -> dict:
    return {"ph": "X", "pid": 7, "tid": tid, "name": name, "ts": ts, "dur": dur, "args": {"data": {"url": url}}}


def test_browser_trace_counts_each_microsecond_once_by_its_innermost_kind() -> None:
    from bench.browser import summarize

    events = [
        {"ph": "M", "pid": 7, "tid": 1, "name": "thread_name", "args": {"name": "CrRendererMain"}},
        {"ph": "M", "pid": 7, "tid": 2, "name": "thread_name", "args": {"name": "Compositor"}},
        # A task of 1000 us: a script call of 600 us that triggers 100 us of layout, then 200 us of paint.
        _trace_event("RunTask", 0, 1000),
        _trace_event("FunctionCall", 50, 600, url="http://x/static/js/react-dom.js"),
        _trace_event("Layout", 300, 100),
        _trace_event("Paint", 700, 200),
        # A second task later, and an event on another thread, which is not the page's main thread.
        _trace_event("UpdateLayoutTree", 5000, 300),
        _trace_event("Paint", 0, 9999, tid=2),
    ]
    summary = summarize(events)
    assert summary["busy_ms"] == 1.3
    assert summary["kinds"] == {"other": 0.2, "script": 0.5, "layout": 0.1, "paint": 0.2, "style": 0.3}


def test_browser_profile_sums_self_time_per_file_and_function() -> None:
    from bench.browser import sampled

    profile = {
        "nodes": [{"id": 1, "callFrame": {"url": "", "functionName": "(root)"}},
                  {"id": 2, "callFrame": {"url": "http://x/static/js/DataFrame.abc.js", "functionName": "draw"}},
                  {"id": 3, "callFrame": {"url": "", "functionName": "(garbage collector)"}}],
        "samples": [2, 2, 3, 2],
        "timeDeltas": [1000, 500, 250, 1500],
    }
    files, functions = sampled(profile)
    assert files == {"DataFrame.abc.js": 3.0, "(garbage collector)": 0.25}
    assert functions == {"draw (DataFrame.abc.js)": 3.0}


@pytest.mark.browser
def test_browser_breakdown_runs_and_prints_every_step() -> None:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is missing: install Debian's chromium (`apt-get install chromium`).")
    run = subprocess.run([sys.executable, "-m", "bench.browser", "--articles", "400"],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    out = run.stdout
    steps = re.findall(r"^(first render \(new context\)|filter change \(\+Outlet \d\d\)): \d+\.\d+ s wall, "
                       r"server CPU \d+\.\d+ s, renderer main thread busy (\d+) ms", out, re.MULTILINE)
    assert [step for step, _ in steps] == ["first render (new context)", "filter change (+Outlet 03)",
                                           "filter change (+Outlet 07)", "filter change (+Outlet 11)"], out
    assert all(int(busy) > 0 for _, busy in steps), out
    assert re.search(r"fetched: \d+ scripts \(\d+\.\d+ MB\)", out), out
