"""Where the dashboard reads its data: the one place that looks at the environment."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from extract.dictionary import DEFAULT_DICTIONARY_DIR

DATA_ENV = "LIBYA_DASHBOARD_DATA"
DICTIONARY_ENV = "LIBYA_DASHBOARD_DICTIONARY"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _configured(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else None


def data_dir() -> Path:
    """The data folder: $LIBYA_DASHBOARD_DATA when set (tests, other corpora), else the repo's data/."""
    return _configured(DATA_ENV) or DEFAULT_DATA_DIR


def dictionary_dir() -> Path:
    """The actor dictionary the Actors page edits and re-extracts with: $LIBYA_DASHBOARD_DICTIONARY when set
    (tests edit a copy), else the repo's data/dictionary, the one extraction reads."""
    return _configured(DICTIONARY_ENV) or DEFAULT_DICTIONARY_DIR


def unwritable(paths: Sequence[Path]) -> list[Path]:
    """Those of `paths` this process cannot write: an existing file or folder without write permission (or on a
    read-only mount), or a missing one whose folder is so."""
    found = []
    for path in map(Path, paths):
        target = path if path.exists() else path.parent
        if target.exists() and not os.access(target, os.W_OK):
            found.append(path)
    return found
