"""The first page does not import what only other pages or downloads need.

A new server imports every module the first page's script imports while the first visitor waits: spaCy (through
the upload pages' extraction code), matplotlib (the network PNG), pyvis and networkx (the graph and its files) and
plotly (the charts) took about two seconds of CPU of a 100,000-article first render (docs/performance.md). A lazy
import was once lost at a merge; this keeps them out.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from views.launch import PRELOAD

REPO = Path(__file__).resolve().parent.parent
# Not needed to show the Overview: each is imported where a page or a download uses it.
DEFERRED = ("spacy", "matplotlib", "pyvis", "networkx", "plotly", "IPython")

RUN_OVERVIEW = """
import json, sys
from streamlit.testing.v1 import AppTest
before = set(sys.modules)
at = AppTest.from_file(sys.argv[1], default_timeout=120).run()
assert not at.exception, at.exception
assert at.title[0].value == "Who backs whom in the Libyan war"
print(json.dumps(sorted(set(sys.modules) - before)))
"""
PRELOAD_ALONE = """
import json, sys
from views.launch import PRELOAD
import importlib
for module in PRELOAD:
    importlib.import_module(module)
print(json.dumps(sorted(sys.modules)))
"""


def test_the_overview_imports_none_of_the_deferred_modules(data_env: Path) -> None:
    done = subprocess.run([sys.executable, "-c", RUN_OVERVIEW, str(REPO / "dashboard.py")], cwd=REPO,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    imported = set(json.loads(done.stdout.strip().splitlines()[-1]))
    packages = {name.split(".")[0] for name in imported}
    assert "duckdb" in packages and "views" in packages  # the run did open the store
    assert packages.isdisjoint(DEFERRED), sorted(packages & set(DEFERRED))
    # The launcher imports these before the server starts (views.launch): each is one the first page needs.
    assert set(PRELOAD) <= imported, sorted(set(PRELOAD) - imported)


def test_the_launcher_preloads_without_streamlit_or_the_views() -> None:
    """What `libya-dashboard` imports before Streamlit runs defines no Streamlit cache (no view module)."""
    done = subprocess.run([sys.executable, "-c", PRELOAD_ALONE], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert set(PRELOAD) <= loaded
    assert "streamlit" not in loaded and not {name for name in loaded if name.startswith("views.")} - {"views.launch"}
