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
    assert re.search(r"first render \(Overview, new session\) +\d+\.\d+ s .*\(server CPU \d+\.\d+ s\)", out)
    assert re.search(r"filter change \(add a source, Overview\) +(\d+\.\d+ ){3}s .*\(server CPU (\d+\.\d+ ){3}s\)", out)
    assert "1 session, 3 round(s) of every page" in out and "2 sessions at once, 1 round(s) of every page" in out
    for page in ("Overview", "Network", "Sources", "Excerpts", "Actors"):
        # median s, max s, server CPU s/view, browser CPU s/view, loads (1 session: 3; 2 sessions: 2), timed out (none)
        rows = re.findall(rf"^  {page} +\d+\.\d+ +\d+\.\d+ +(\d+\.\d+) +\d+\.\d+ +([23]) +0$", out, re.MULTILINE)
        assert [loads for _, loads in rows] == ["3", "2"], out
        # A page view costs the server something: the figure is measured, not a placeholder.
        assert all(float(cpu) > 0 for cpu, _ in rows), out
    assert re.search(r"streamlit RSS after the sessions +\d+ MB", out)
