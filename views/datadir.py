"""Where the dashboard reads its data: the one place that looks at the environment."""
from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "LIBYA_DASHBOARD_DATA"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    """The data folder: $LIBYA_DASHBOARD_DATA when set (tests, other corpora), else the repo's data/."""
    configured = os.environ.get(DATA_ENV, "").strip()
    return Path(configured).expanduser().resolve() if configured else DEFAULT_DATA_DIR
