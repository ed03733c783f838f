"""Where the dictionary and lexicon the extractor reads by default are found.

Lookup order, first folder that exists:
1. `data/<name>/` of the checkout this package sits in: a run from the repository, or an editable
   install (`pip install -e .`, what `make setup` does), so an edit to data/ takes effect at once;
2. `extract/bundled/<name>/`, the copy a wheel carries (setup.py): a plain `pip install` elsewhere,
   read-only in practice.
Every function that reads them also takes the folder as an argument, and the dashboard's
$LIBYA_DASHBOARD_DICTIONARY (views/datadir.py) wins over both.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DATA_DIR = PACKAGE_DIR.parent / "data"
BUNDLED_DATA_DIR = PACKAGE_DIR / "bundled"


def default_data_file(name: str, candidates: tuple[Path, ...] = (CHECKOUT_DATA_DIR, BUNDLED_DATA_DIR)) -> Path:
    """The first `candidate/name` that is a file; the checkout's when none is."""
    for root in candidates:
        if (root / name).is_file():
            return root / name
    return candidates[0] / name


def default_data_folder(name: str, candidates: tuple[Path, ...] = (CHECKOUT_DATA_DIR, BUNDLED_DATA_DIR)) -> Path:
    """The first `candidate/name` that is a folder; the checkout's when none is (its absence is then reported
    by whoever reads it, with that path)."""
    for root in candidates:
        if (root / name).is_dir():
            return root / name
    return candidates[0] / name
