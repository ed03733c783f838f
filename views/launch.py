"""The `libya-dashboard` console script: `streamlit run` on this checkout's dashboard.py.

The app (dashboard.py and pages/) is not part of the installed packages: Streamlit runs scripts from
a folder, not modules. So the dashboard runs from a checkout with the package installed in editable
mode (`make setup`, or `pip install -e CHECKOUT`); from a plain wheel this says so and exits 2.
Arguments after the command go to `streamlit run` (e.g. `--server.port 8600`).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Sequence

CHECKOUT = Path(__file__).resolve().parent.parent
APP = CHECKOUT / "dashboard.py"


def streamlit_command(app: Path, args: Sequence[str]) -> list[str]:
    """The command that serves `app` with this interpreter's Streamlit."""
    return [sys.executable, "-m", "streamlit", "run", str(app), *args]


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
    command = streamlit_command(app, args)
    # Replaces this process, so Ctrl-C and signals reach Streamlit itself.
    os.execv(command[0], command)
    return 0  # not reached: execv does not return
