"""The Add articles page follows its worker process: a progress bar while it runs, Cancel stops it."""
from __future__ import annotations

import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from conftest import REPO
from views.markup import md_text

PARAGRAPH = "Turkey backs the GNA with drones, and Egypt supports Haftar, Cairo said on Monday. " * 20
LONG = ("\n\n".join([PARAGRAPH] * 300)).encode()  # about 500,000 characters: many seconds of parsing


def process_gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_cancel_stops_the_worker_and_adds_nothing(data_env: Path) -> None:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=60).run()
    at.switch_page("pages/5_Add_articles.py").run()
    at.file_uploader[0].set_value([("long.txt", LONG, "text/plain")]).run()
    at.button[0].click().run()
    assert not at.exception
    pid = at.session_state["upload_job"].pid
    time.sleep(0.5)
    at.run()  # a rerun polls the worker, as the page's timer does
    assert at.get("progress") and not process_gone(pid)
    assert at.button[0].disabled  # no second extraction while one runs
    next(b for b in at.button if b.label == "Cancel extraction").click().run()
    assert not at.exception
    assert [i.value for i in at.info] == [md_text("Extraction cancelled; nothing from this batch was added.")]
    assert process_gone(pid)
    assert "upload_job" not in at.session_state and "uploaded_articles" not in at.session_state
    assert not at.get("progress") and not at.dataframe
