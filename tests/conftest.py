"""Shared fixtures: a small data folder over the real bundled articles, with hand-made tables.

The tables are written the way the extractor writes them (extract.schema
columns, evidence == text[start:end]) into the table store (extract.store),
with a manifest of the articles as written, so that the dashboard can be tested
without running spaCy. `write_data_folder` is also used to build corpora with
hostile text for the security tests; `frame_tables` queries tables made in a test.
"""
from __future__ import annotations

import io
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pandas as pd
import psutil
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from extract.corpus import load_corpus
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS
from extract.store import ARTICLE_STORE_COLUMNS, article_hash, folder_hash, write_store
from views.dataset import empty_table
from views.store import Tables, memory_snapshot, open_snapshot


REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "data" / "articles"

# actor_id: (name, type, country_code, aliases)
ACTORS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "Turkey": ("Turkey", "state", "TR", ("Turkey", "Ankara", "Turkish", "Erdogan", "Erdoğan", "Çavuşoğlu")),
    "Russia": ("Russia", "state", "RU", ("Russia", "Moscow", "Russian", "Russians", "Lavrov", "Shoigu", "Putin")),
    "GNA": ("Government of National Accord", "government", "LY", ("GNA", "Government of National Accord", "Tripoli administration")),
    "LNA": ("Libyan National Army", "armed group", "LY", ("LNA", "Libyan National Army", "Haftar", "Hifter")),
    "Egypt": ("Egypt", "state", "EG", ("Egypt", "Cairo", "egyptian", "Al-Sisi")),
    "Wagner": ("Wagner Group", "mercenary group", "RU", ("Wagner",)),
}

# (article_id, start of the evidence sentence, actor1, actor2, relation, cue, speaker, confidence)
RELATIONS: list[tuple[str, str, str, str, str, str, str, float]] = [
    ("hurriyet-2020-06-22", "Turkey and Russia have continued dialogue", "Turkey", "Russia", "mediation", "broker", "", 0.7),
    ("hurriyet-2020-06-22", "Turkey underlines that a ceasefire", "Turkey", "LNA", "opposition", "liberated", "Turkey", 0.6),
    ("hurriyet-2020-06-22", "“Haftar did not heed the calls.", "Turkey", "LNA", "opposition", "putschist", "Turkey", 0.55),
    ("hurriyet-2020-06-22", "In the meantime, İbrahim Kalın", "Turkey", "GNA", "support", "supports", "Turkey", 0.9),
    ("yenisafak-2020-06-16", "2- The Russians came knocking", "Russia", "LNA", "support", "backing", "", 0.85),
    ("yenisafak-2020-06-16", "What we refer to as the Cairo declaration", "Turkey", "GNA", "support", "Turkey-backed", "", 0.9),
    ("yenisafak-2020-06-16", "What we refer to as the Cairo declaration", "GNA", "LNA", "opposition", "defeated", "", 0.8),
    ("yenisafak-2020-06-16", "Will the Russians, who have been supporting", "Russia", "LNA", "support", "supporting", "", 0.75),
    ("yenisafak-2020-06-16", "Will the Russians, who have been supporting", "Wagner", "LNA", "support", "through", "", 0.5),
    ("infosurhoy-2020-06-14", "That Saturday, Al-Sisi received to Haftar", "Turkey", "GNA", "support", "backed", "", 0.8),
    ("infosurhoy-2020-06-14", "Russia has deployed in Libya units", "Wagner", "LNA", "support", "fighting hand to hand", "", 0.7),
    ("infosurhoy-2020-06-14", "The idea of conducting the meeting", "Russia", "Turkey", "mediation", "convince", "", 0.45),
    ("theduran-2020-01-14", "He even criticized Turkey", "LNA", "Turkey", "opposition", "criticized", "", 0.8),
    ("theduran-2020-01-14", "He even criticized Turkey", "Turkey", "GNA", "support", "support", "", 0.7),
    ("theduran-2020-01-14", "Although Russia is working closely with Turkey", "Russia", "Turkey", "support", "working closely", "", 0.4),
    ("antiempire-2020-02-20", "Moscow later\u00a0accused\u00a0Turkey", "Russia", "Turkey", "opposition", "accused", "", 0.8),
    ("antiempire-2020-02-20", "Russian Defense Minister Sergei\u00a0Shoigu hosted", "Russia", "LNA", "support", "hosted", "", 0.35),
]

# The event date extract.event_dates reads in one of those sentences (test_event_dates checks it).
EVENT_DATES: dict[tuple[str, str], str] = {
    ("infosurhoy-2020-06-14", "That Saturday, Al-Sisi received to Haftar"): "2020-06-13",  # a Sunday's article
}

SENTENCE_END = re.compile(r"[.!?][”\"’)]*(?=\s|$)")


def sentence_at(text: str, prefix: str) -> tuple[int, int]:
    start = text.index(prefix)
    return start, SENTENCE_END.search(text, start).end()


def find_mentions(article_id: str, text: str, actors: dict) -> list[dict]:
    rows = []
    for actor_id, (_, _, _, aliases) in actors.items():
        pattern = r"\b(" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")\b"
        for match in re.finditer(pattern, text):
            rows.append({"article_id": article_id, "actor_id": actor_id, "text": match.group(0),
                         "start": match.start(), "end": match.end(), "kind": "alias"})
    rows.sort(key=lambda r: (r["start"], -r["end"]))
    kept, last_end = [], -1
    for row in rows:  # the extractor never emits overlapping mentions
        if row["start"] >= last_end:
            kept.append(row)
            last_end = row["end"]
    return kept


def write_data_folder(folder: Path, articles: pd.DataFrame, texts: dict[str, str], relations: list[tuple],
                      actors: dict = ACTORS) -> Path:
    """Write articles (sources.csv + .txt), then relations/mentions/actors tables derived from them."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    articles.to_csv(folder / "articles" / "sources.csv", index=False)
    for article_id, text in texts.items():
        (folder / "articles" / f"{article_id}.txt").write_text(text, encoding="utf-8")
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    dates = dict(zip(articles["article_id"], articles["date"]))
    rows = []
    for article_id, prefix, actor1, actor2, relation, cue, speaker, confidence in relations:
        start, end = sentence_at(texts[article_id], prefix)
        rows.append({"article_id": article_id, "source": outlets[article_id], "date": dates[article_id],
                     "actor1": actor1, "actor2": actor2, "relation": relation, "evidence": texts[article_id][start:end],
                     "start": start, "end": end, "confidence": confidence, "speaker": speaker, "cue": cue, "rule": "fixture",
                     "event_date": EVENT_DATES.get((article_id, prefix), "")})
    mentions = [m for article_id, text in texts.items() for m in find_mentions(article_id, text, actors)]
    mention_table = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    actor_rows = []
    for actor_id, (name, kind, country, aliases) in actors.items():
        own = mention_table[mention_table["actor_id"] == actor_id]
        actor_rows.append({"actor_id": actor_id, "name": name, "type": kind, "country_code": country,
                           "mentions": len(own), "articles": own["article_id"].nunique(), "aliases": "; ".join(aliases)})
    corpus = load_corpus([folder / "articles"]).articles
    manifest = {"format": 1, "articles": {a.article_id: article_hash(a) for a in corpus},
                "dictionary": folder_hash(folder / "dictionary"), "lexicon": folder_hash(folder / "lexicon"),
                "extraction": "fixture", "created": "2026-01-01T00:00:00+00:00"}
    tables = {
        "articles": pd.DataFrame([{c: getattr(a, c) for c in ARTICLE_STORE_COLUMNS} for a in corpus], columns=ARTICLE_STORE_COLUMNS),
        "relations": pd.DataFrame(rows, columns=RELATION_COLUMNS),
        "mentions": mention_table,
        "actors": pd.DataFrame(actor_rows, columns=ACTOR_COLUMNS),
    }
    write_store(folder, tables, manifest)
    return folder


def frame_tables(**frames: pd.DataFrame) -> Tables:
    """Tables over DataFrames made in a test (articles, relations, mentions, actors; missing ones are empty)."""
    return Tables(memory_snapshot({name: frames.get(name, empty_table(name)) for name in
                                   ("articles", "relations", "mentions", "actors")}))


def store_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every table of the store under `folder`, as DataFrames."""

    tables = Tables(open_snapshot(folder))
    return {name: tables.table(name) for name in ("articles", "relations", "mentions", "actors")}


def bundled_articles() -> tuple[pd.DataFrame, dict[str, str]]:
    articles = pd.read_csv(ARTICLES / "sources.csv", dtype=str, keep_default_na=False)
    texts = {a: (ARTICLES / f"{a}.txt").read_text(encoding="utf-8") for a in articles["article_id"]}
    return articles, texts


@pytest.fixture(autouse=True)
def keep_main_module() -> Iterator[None]:
    """AppTest runs a page as sys.modules["__main__"] and leaves it there; a worker that multiprocessing
    spawns later (tests of extract.parallel) would re-import that page and run the dashboard over the
    repo's data/ folder, which now extracts and writes a store there."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder: the five bundled articles and fixture tables (read-only: copy it to change it)."""
    articles, texts = bundled_articles()
    return write_data_folder(tmp_path_factory.mktemp("corpus"), articles, texts, RELATIONS)


@pytest.fixture
def data_env(corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the fixture data folder, set as the dashboard's data folder."""
    folder = tmp_path / "data"
    shutil.copytree(corpus_dir, folder)
    monkeypatch.setenv("LIBYA_DASHBOARD_DATA", str(folder))
    return folder


def extracted(at: AppTest, seconds: float = 60) -> AppTest:
    """Rerun the Add articles page until its worker process has finished (each run polls it)."""
    deadline = time.monotonic() + seconds
    while "upload_job" in at.session_state:
        assert time.monotonic() < deadline, "the upload's extraction did not finish"
        time.sleep(0.2)
        at.run()
    return at


def edges_of(relations: pd.DataFrame) -> pd.DataFrame:
    """The aggregated edges (views.queries.edges, no filter) of relation rows made in a test."""
    from views.filters import RelationFilter
    from views.queries import edges

    return edges(frame_tables(relations=relations), RelationFilter())


class RecordingFiles(MediaFileManager):
    """The media file manager AppTest makes for each run, kept so a test can build what a download button offers."""

    last: "RecordingFiles | None" = None

    def __init__(self, storage: MemoryMediaFileStorage) -> None:
        super().__init__(storage)
        RecordingFiles.last = self


@pytest.fixture
def app(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setattr(app_test_module, "MediaFileManager", RecordingFiles)
    return AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120)


def downloaded(at: AppTest, label: str) -> bytes:
    """The file behind a download button; the pages build files only on click (deferred)."""
    button = next(b for b in at.get("download_button") if b.proto.label == label)
    url = RecordingFiles.last.execute_deferred(button.proto.deferred_file_id)
    return RecordingFiles.last.read_file(url.rsplit("/", 1)[1].split(".")[0]).content


def network_pages(at: AppTest) -> list[str]:
    """The HTML of every network graph a page draws (views.graph_click's component), in page order."""
    import json

    return [json.loads(c.proto.json_args)["html"] for c in at.get("component_instance")
            if c.proto.id.endswith(("-network_click", "-focus_click"))]


def csv_rows(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")


# Processes the cluster tests start: a free local port, and a stop that leaves no child behind.
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop_process(process: subprocess.Popen) -> None:
    """SIGTERM the process and its children, then SIGKILL whatever is left after 15 s."""
    try:
        family = [psutil.Process(process.pid), *psutil.Process(process.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    for member in family:
        try:
            member.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(family, timeout=15)
    for member in alive:
        member.kill()
    process.wait(timeout=15)
