"""python -m extract: exit status, problems on stderr, tables written atomically.

Most tests run `main(argv)` in-process over a stand-in for extract.pipeline
(no spaCy), so they test the CLI's own logic; the `e2e` tests at the end run
the real pipeline, in-process and as a subprocess, on a copy of data/articles.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from extract.__main__ import main
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "data" / "articles"
OUTPUTS = {"relations": RELATION_COLUMNS, "actors": ACTOR_COLUMNS, "mentions": MENTION_COLUMNS}


@dataclass
class FakeExtraction:
    relations: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    problems: list[str] = field(default_factory=list)


class FakePipeline:
    """Stands in for extract.pipeline: one relation per article, with the
    confidence written in the article ("confidence 0.4"); an article saying
    "CRASH" fails extraction."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def extract_corpus(self, articles: list[Article], *, workers=1, progress=None, cache_dir=None) -> FakeExtraction:
        self.calls.append({"ids": [a.article_id for a in articles], "workers": workers, "cache_dir": cache_dir})
        relations, mentions, problems = [], [], []
        for done, article in enumerate(articles, start=1):
            if "CRASH" in article.text:
                problems.append(f"{article.article_id}: extraction failed (RuntimeError: boom)")
            else:
                confidence = float(article.text.split("confidence ")[1].split()[0]) if "confidence " in article.text else 0.9
                relations.append({**dict.fromkeys(RELATION_COLUMNS, ""), "article_id": article.article_id, "source": article.outlet,
                                  "actor1": "Turkey", "actor2": "GNA", "relation": "support", "evidence": article.text,
                                  "start": 0, "end": len(article.text), "confidence": confidence})
                mentions.append({"article_id": article.article_id, "actor_id": "Turkey", "text": "Turkey",
                                 "start": 0, "end": 6, "kind": "alias"})
            if progress is not None:
                progress(done, len(articles), article.article_id)
        actors = pd.DataFrame([{"actor_id": "Turkey", "name": "Turkey", "type": "state", "country_code": "TR",
                                "mentions": len(mentions), "articles": len(mentions), "aliases": ""}], columns=ACTOR_COLUMNS)
        return FakeExtraction(pd.DataFrame(relations, columns=RELATION_COLUMNS), pd.DataFrame(mentions, columns=MENTION_COLUMNS),
                              actors, problems)


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    fake = FakePipeline()
    module = types.ModuleType("extract.pipeline")
    module.extract_corpus = fake.extract_corpus
    monkeypatch.setitem(sys.modules, "extract.pipeline", module)
    return fake


def articles_folder(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(argv, out=out, err=err), out.getvalue(), err.getvalue()


def assert_outputs(out_dir: Path) -> dict[str, pd.DataFrame]:
    tables = {name: pd.read_csv(out_dir / f"{name}.csv", keep_default_na=False) for name in OUTPUTS}
    for name, columns in OUTPUTS.items():
        assert tables[name].columns.tolist() == columns
    return tables


GOOD = {"one.txt": "Turkey backs the GNA.", "two.txt": "Turkey backs the GNA again."}


def test_all_good_exits_0_and_prints_a_summary(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "sources.csv": "article_id,outlet\none,Outlet One\n"})
    status, out, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 0 and err == ""
    tables = assert_outputs(tmp_path / "out")
    assert tables["relations"]["article_id"].tolist() == ["one", "two"]
    assert tables["relations"]["source"].tolist() == ["Outlet One", ""]
    assert f"Read 2 articles from {folder}" in out
    assert "Relations: 2 (support 2, opposition 0, mediation 0)" in out
    assert "Actors: 1" in out
    assert str(tmp_path / "out" / "relations.csv") in out


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "is empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        ("nul.txt", b"abc\x00def", "NUL bytes"),
        ("notes.docx", b"PK\x03\x04", "not supported"),
    ],
)
def test_bad_file_exits_1_names_it_and_the_rest_are_written(tmp_path: Path, pipeline: FakePipeline, name: str, data: bytes,
                                                            reason: str) -> None:
    folder = articles_folder(tmp_path, {**GOOD, name: data})
    status, out, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 1
    [line] = err.splitlines()
    assert line.startswith(f"problem: {name}: ") and reason in line
    assert "Files with problems: 1" in out
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["one", "two"]


def test_broken_sources_csv_exits_1_and_articles_are_still_extracted(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "sources.csv": "outlet\nX\n"})
    status, _, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 1 and "problem: sources.csv: has no article_id column" in err
    assert len(assert_outputs(tmp_path / "out")["relations"]) == 2


def test_extraction_failure_in_one_article_exits_1(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "three.txt": "CRASH"})
    status, _, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 1 and "problem: three: extraction failed" in err
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["one", "two"]


@pytest.mark.parametrize(
    "files",
    [{}, {"empty.txt": b""}, {"photo.txt": b"\x89PNG\r\n\x1a\n", "blank.md": b"  \n"}, {"one.txt": "CRASH"}],
    ids=["empty-folder", "only-empty", "only-bad", "all-fail-extraction"],
)
def test_nothing_usable_exits_2_and_keeps_old_outputs(tmp_path: Path, pipeline: FakePipeline, files: dict) -> None:
    folder = articles_folder(tmp_path, files)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "relations.csv").write_text("previous results\n", encoding="utf-8")
    status, _, err = run_cli([str(folder), "--out", str(out_dir)])
    assert status == 2
    assert "Nothing was written" in err
    assert [p.name for p in out_dir.iterdir()] == ["relations.csv"]
    assert (out_dir / "relations.csv").read_text(encoding="utf-8") == "previous results\n"


def test_missing_path_exits_2_and_names_it(tmp_path: Path, pipeline: FakePipeline) -> None:
    status, _, err = run_cli([str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert status == 2 and "problem: nowhere: no such file or folder" in err
    assert pipeline.calls == [] and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args,message",
    [
        (["--min-confidence", "2"], "outside 0-1"),
        (["--min-confidence", "high"], "is not a number"),
        (["--workers", "-1"], "is negative"),
        (["--workers", "two"], "is not a whole number"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
)
def test_bad_arguments_exit_2(tmp_path: Path, pipeline: FakePipeline, capsys: pytest.CaptureFixture, args: list[str],
                              message: str) -> None:
    folder = articles_folder(tmp_path, GOOD)
    assert main([str(folder), "--out", str(tmp_path / "out"), *args]) == 2
    assert message in capsys.readouterr().err
    assert pipeline.calls == [] and not (tmp_path / "out").exists()


def test_help_exits_0(capsys: pytest.CaptureFixture) -> None:
    assert main(["--help"]) == 0
    assert "--min-confidence" in capsys.readouterr().out


def test_min_confidence_filters_relations(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, {"low.txt": "Turkey, confidence 0.4 here", "high.txt": "Turkey, confidence 0.8 here"})
    status, out, _ = run_cli([str(folder), "--out", str(tmp_path / "out"), "--min-confidence", "0.5"])
    assert status == 0
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["high"]
    assert "Relations: 1 with confidence >= 0.5" in out


@pytest.mark.parametrize("args,workers", [([], None), (["--workers", "1"], 1), (["--workers", "3"], 3), (["--workers", "0"], None)])
def test_workers_and_cache_reach_extract_corpus(tmp_path: Path, pipeline: FakePipeline, args: list[str], workers: int | None) -> None:
    folder = articles_folder(tmp_path, GOOD)
    run_cli([str(folder), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), *args])
    assert pipeline.calls == [{"ids": ["one", "two"], "workers": workers, "cache_dir": tmp_path / "cache"}]


def test_no_cache_extracts_everything_again(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, GOOD)
    run_cli([str(folder), "--out", str(tmp_path / "out"), "--no-cache"])
    assert pipeline.calls[0]["cache_dir"] is None


def test_files_and_folders_mix(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, GOOD)
    single = tmp_path / "extra.html"
    single.write_text("<p>Turkey backs the GNA.</p>", encoding="utf-8")
    status, out, _ = run_cli([str(folder), str(single), "--out", str(tmp_path / "out")])
    assert status == 0 and "Read 3 articles" in out
    assert pipeline.calls[0]["ids"] == ["one", "two", "extra"]


def test_defaults_are_relative_to_the_current_folder(tmp_path: Path, pipeline: FakePipeline,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    articles_folder(tmp_path / "data", GOOD)
    monkeypatch.chdir(tmp_path)
    status, _, _ = run_cli([])
    assert status == 0
    assert_outputs(tmp_path / "data")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream,shows_progress", [(Terminal, True), (io.StringIO, False)])
def test_progress_only_on_a_terminal(tmp_path: Path, pipeline: FakePipeline, stream: type, shows_progress: bool) -> None:
    folder = articles_folder(tmp_path, GOOD)
    err = stream()
    assert main([str(folder), "--out", str(tmp_path / "out")], out=io.StringIO(), err=err) == 0
    assert ("\r\x1b[K[2/2] two" in err.getvalue()) is shows_progress
    assert ("\r" in err.getvalue()) is shows_progress


def test_unwritable_output_exits_2(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, GOOD)
    blocker = tmp_path / "out"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    status, _, err = run_cli([str(folder), "--out", str(blocker)])
    assert status == 2 and f"{blocker}: could not write the tables" in err


def bundled_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(BUNDLED, folder)
    return folder


def assert_evidence_points_into_articles(relations: pd.DataFrame, folder: Path) -> None:
    ids = set(relations["article_id"])
    texts = {article_id: (folder / f"{article_id}.txt").read_text(encoding="utf-8") for article_id in ids}
    assert len(relations) > 0
    for row in relations.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.evidence


@pytest.mark.e2e
def test_e2e_in_process_real_pipeline_with_a_bad_file(tmp_path: Path) -> None:
    folder = bundled_copy(tmp_path)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    status, out, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 1
    assert err.splitlines() == ["problem: broken.txt: is a PNG image, not text. "
                                "Save the article as plain text (.txt, UTF-8) or as an HTML page and try again."]
    tables = assert_outputs(tmp_path / "out")
    assert set(tables["relations"]["article_id"]) == {p.stem for p in BUNDLED.glob("*.txt")}
    assert_evidence_points_into_articles(tables["relations"], folder)
    assert "Read 5 articles" in out


@pytest.mark.e2e
def test_e2e_python_m_extract_subprocess(tmp_path: Path) -> None:
    folder = bundled_copy(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "extract", "articles", "--out", "out"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # not a terminal: no progress line
    tables = assert_outputs(tmp_path / "out")
    assert_evidence_points_into_articles(tables["relations"], folder)
    assert set(tables["relations"]["source"]) <= set(pd.read_csv(folder / "sources.csv")["outlet"])
    assert "Read 5 articles from articles" in done.stdout


def test_note_on_how_a_page_was_read_goes_to_stderr_and_exits_0(tmp_path: Path, pipeline: FakePipeline) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "front.html": "<p>Turkey backs the GNA.</p>"})
    status, _, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 0
    [line] = err.splitlines()
    assert line.startswith("note: front.html: no article body was found in this page")
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["front", "one", "two"]
