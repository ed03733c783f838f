"""The `libya-dashboard` console script (`python -m views.launch`): `streamlit run` on this checkout's dashboard.py.

The app (dashboard.py and pages/) is not part of the installed packages: Streamlit runs scripts from
a folder, not modules. So the dashboard runs from a checkout with the package installed in editable
mode (`make setup`, or `pip install -e CHECKOUT`); from a plain wheel this says so and exits 2.
Arguments after the command go to `streamlit run` (e.g. `--server.port 8600`).

Streamlit runs in this process, after it has imported what the first page needs (PRELOAD): Streamlit runs
a page's script, and so its imports, only once a visitor has connected, and these imports were about half
a second of the first render's server CPU (docs/performance.md).
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Sequence

CHECKOUT = Path(__file__).resolve().parent.parent
APP = CHECKOUT / "dashboard.py"
# Modules the first page imports that Streamlit does not import itself (tests/test_first_page_imports.py checks
# both). Not the views: their Streamlit caches belong to the running server, and they import quickly once these
# are loaded.
PRELOAD = ("pandas", "pyarrow.parquet", "duckdb", "extract.store", "extract.aggregates", "extract.dictionary",
           "extract.evaluate", "extract.headlines")


def streamlit_argv(app: Path, args: Sequence[str]) -> list[str]:
    """Streamlit's command line that serves `app`."""
    return ["streamlit", "run", str(app), *args]


def main(argv: Sequence[str] | None = None, app: Path = APP) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if not app.is_file():
        print(
            f"libya-dashboard: no dashboard at {app}. The dashboard runs from a checkout of the repository: "
            "install it there in editable mode (`make setup`, or `pip install -e CHECKOUT`) and run "
            "`libya-dashboard` (or `make dashboard`) again.",
            file=sys.stderr,
        )
        return 2
    for module in PRELOAD:
        importlib.import_module(module)
    from streamlit.web import cli

    sys.argv = streamlit_argv(app, args)
    # Streamlit's own command line, in this process (signals reach it as they would `streamlit run`); it exits
    # with the server's status.
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
