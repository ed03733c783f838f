"""A data file or folder the dashboard may not read gives the same clear notice as any other data error.

The tests run as root, for whom file modes do not stop reading, so the
operating system's PermissionError is raised where the dashboard reads.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import REPO
from views import dataset, freshness
from views.dataset import DataError, open_dataset
from views.markup import md_text

PAGES = ["dashboard.py", "pages/1_Network.py", "pages/2_Sources.py", "pages/3_Excerpts.py", "pages/4_Actors.py",
         "pages/5_Add_articles.py"]


def deny(monkeypatch: pytest.MonkeyPatch, module: object, name: str, forbidden: Path) -> None:
    """Make `module.name(path, ...)` fail as the OS does for a path it may not read."""
    original = getattr(module, name)

    def guarded(path, *args, **kwargs):
        if Path(path) == forbidden:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(module, name, guarded)


def deny_read_text(monkeypatch: pytest.MonkeyPatch, forbidden: Path) -> None:
    """Make Path.read_text fail as the OS does for one path it may not read."""
    original = Path.read_text

    def guarded(self: Path, *args, **kwargs):
        if self == forbidden:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", guarded)


def test_unreadable_store_pointer_names_the_file_and_the_fix(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deny_read_text(monkeypatch, data_env / "store" / "CURRENT")
    with pytest.raises(DataError) as raised:
        open_dataset(data_env)
    message = str(raised.value)
    assert message.startswith(f"{data_env / 'store' / 'CURRENT'}: cannot be read (Permission denied).")
    assert "read access" in message and "reload the page" in message


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("where", ["store", "articles"])
def test_every_page_shows_the_notice_not_a_traceback(page: str, where: str, data_env: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if where == "store":
        forbidden = data_env / "store" / "CURRENT"
        deny_read_text(monkeypatch, forbidden)
    else:  # the staleness check lists the article files
        forbidden = data_env / "articles"
        deny(monkeypatch, freshness.os, "scandir", forbidden)
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run()
    if page != "dashboard.py":
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [md_text(dataset.unreadable(
        PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(forbidden))))]
