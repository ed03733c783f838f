"""python -m extract: exit status, problems on stderr, the store and the CSVs written whole.

Most tests run `main(argv)` in-process over a stand-in Extractor (no spaCy
model), so they test the CLI and the store writing; the `e2e` tests at the end
run the real pipeline, in-process and as a subprocess, on a copy of
data/articles. Dask clusters are tested in test_dask.py.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from extract import __main__ as cli
from extract import engine
from extract.__main__ import main
from extract.extractor import ArticleExtraction
from extract.schema import ACTOR_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS, Article, Mention, Relation
from extract.store import current_generation, read_manifest, read_table, writer_lock

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "data" / "articles"
OUTPUTS = {"relations": RELATION_COLUMNS, "actors": ACTOR_COLUMNS, "mentions": MENTION_COLUMNS}


class FakeExtractor:
    """Stands in for extract.extractor.Extractor: one mention of Turkey and one
    relation per article, with the confidence written in the article
    ("confidence 0.4"); an article saying "CRASH" fails extraction."""

    version = "fake-dictionary-fake-lexicon"
    nlp = SimpleNamespace(meta={"lang": "en", "name": "fake", "version": "0"})
    dictionary = SimpleNamespace(
        actors={"Turkey": SimpleNamespace(name="Turkey", type="state", country_code="TR", aliases=["Turkey"],
                                          officials=[], demonyms=["Turkish"], metonyms=["Ankara"], dated_aliases=[])}
    )

    def __init__(self) -> None:
        self.extracted: list[str] = []

    def extract(self, article: Article) -> ArticleExtraction:
        self.extracted.append(article.article_id)
        if "CRASH" in article.text:
            raise RuntimeError("boom")
        confidence = float(article.text.split("confidence ")[1].split()[0]) if "confidence " in article.text else 0.9
        mention = Mention(article.article_id, "Turkey", "Turkey", 0, 6, "alias")
        relation = Relation(article.article_id, article.outlet, article.date, "Turkey", "GNA", "support", article.text,
                            0, len(article.text), confidence, "", "backs", "verb")
        return ArticleExtraction(article, [mention], [relation])


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeExtractor:
    fake = FakeExtractor()
    monkeypatch.setattr(engine, "default_extractor", lambda *dirs: fake)
    # The fake's results must not land in the project's own cache.
    monkeypatch.setattr(cli, "DEFAULT_CACHE_DIR", tmp_path / "default-cache")
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


def test_all_good_exits_0_and_prints_a_summary(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "sources.csv": "article_id,outlet\none,Outlet One\n"})
    status, out, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 0 and err == ""
    tables = assert_outputs(tmp_path / "out")
    assert tables["relations"]["article_id"].tolist() == ["one", "two"]
    assert tables["relations"]["source"].tolist() == ["Outlet One", ""]
    assert f"Read 2 articles from {folder}" in out
    assert "Relations: 2 (support 2, opposition 0, mediation 0)" in out
    assert "Actors: 2" in out  # Turkey, named; GNA, in a relation only
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
def test_bad_file_exits_1_names_it_and_the_rest_are_written(tmp_path: Path, pipeline: FakeExtractor, name: str, data: bytes,
                                                            reason: str) -> None:
    folder = articles_folder(tmp_path, {**GOOD, name: data})
    status, out, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 1
    [line] = err.splitlines()
    assert line.startswith(f"problem: {name}: ") and reason in line
    assert "Files with problems: 1" in out
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["one", "two"]


def test_broken_sources_csv_exits_1_and_articles_are_still_extracted(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "sources.csv": "outlet\nX\n"})
    status, _, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 1 and "problem: sources.csv: has no article_id column" in err
    assert len(assert_outputs(tmp_path / "out")["relations"]) == 2


def test_extraction_failure_in_one_article_exits_1(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "three.txt": "CRASH"})
    status, _, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 1 and "problem: three: extraction failed" in err
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["one", "two"]


@pytest.mark.parametrize(
    "files",
    [{}, {"empty.txt": b""}, {"photo.txt": b"\x89PNG\r\n\x1a\n", "blank.md": b"  \n"}, {"one.txt": "CRASH"}],
    ids=["empty-folder", "only-empty", "only-bad", "all-fail-extraction"],
)
def test_nothing_usable_exits_2_and_keeps_old_outputs(tmp_path: Path, pipeline: FakeExtractor, files: dict) -> None:
    folder = articles_folder(tmp_path, files)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "relations.csv").write_text("previous results\n", encoding="utf-8")
    status, _, err = run_cli([str(folder), "--out", str(out_dir)])
    assert status == 2
    assert "Nothing was written" in err
    assert [p.name for p in out_dir.iterdir() if p.is_file()] == ["relations.csv"]
    assert (out_dir / "relations.csv").read_text(encoding="utf-8") == "previous results\n"
    assert current_generation(out_dir) is None and not list(out_dir.glob("store/gen-*"))


def test_missing_path_exits_2_and_names_it(tmp_path: Path, pipeline: FakeExtractor) -> None:
    status, _, err = run_cli([str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert status == 2 and "problem: nowhere: no such file or folder" in err
    assert pipeline.extracted == [] and not (tmp_path / "out").exists()


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
def test_bad_arguments_exit_2(tmp_path: Path, pipeline: FakeExtractor, capsys: pytest.CaptureFixture, args: list[str],
                              message: str) -> None:
    folder = articles_folder(tmp_path, GOOD)
    assert main([str(folder), "--out", str(tmp_path / "out"), *args]) == 2
    assert message in capsys.readouterr().err
    assert pipeline.extracted == [] and not (tmp_path / "out").exists()


def test_help_exits_0(capsys: pytest.CaptureFixture) -> None:
    assert main(["--help"]) == 0
    assert "--min-confidence" in capsys.readouterr().out


def test_min_confidence_filters_relations(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, {"low.txt": "Turkey, confidence 0.4 here", "high.txt": "Turkey, confidence 0.8 here"})
    status, out, _ = run_cli([str(folder), "--out", str(tmp_path / "out"), "--min-confidence", "0.5"])
    assert status == 0
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["high"]
    assert "Relations: 1 with confidence >= 0.5" in out


@pytest.mark.parametrize(
    "args,workers,scheduler",
    [([], None, None), (["--workers", "1"], 1, None), (["--workers", "3"], 3, None), (["--workers", "0"], None, None),
     (["--scheduler", "tcp://10.0.0.5:8786"], None, "tcp://10.0.0.5:8786")],
)
def test_options_reach_build_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: FakeExtractor,
                                   args: list[str], workers: int | None, scheduler: str | None) -> None:
    seen: list[dict] = []
    real = engine.build_store

    def recording(articles, out_dir, **options):
        seen.append({"ids": [a.article_id for a in articles], **options})
        return real(articles, out_dir, **{**options, "workers": 1, "scheduler": None})

    monkeypatch.setattr(engine, "build_store", recording)
    assert run_cli([str(articles_folder(tmp_path, GOOD)), "--out", str(tmp_path / "out"),
                    "--cache", str(tmp_path / "cache"), *args])[0] == 0
    [options] = seen
    assert options["ids"] == ["one", "two"] and options["cache_dir"] == tmp_path / "cache"
    assert options["workers"] == workers and options["scheduler"] == scheduler and options["csv"] is True


def test_workers_and_scheduler_exclude_each_other(tmp_path: Path, pipeline: FakeExtractor, capsys) -> None:
    folder = articles_folder(tmp_path, GOOD)
    assert main([str(folder), "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786", "--out", str(tmp_path / "out")]) == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_no_cache_extracts_everything_again(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, GOOD)
    for _ in range(2):
        assert run_cli([str(folder), "--out", str(tmp_path / "out"), "--no-cache"])[0] == 0
    assert pipeline.extracted == ["one", "two", "one", "two"]


def test_cache_extracts_only_changed_articles(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, GOOD)
    cache = ["--cache", str(tmp_path / "cache")]
    assert run_cli([str(folder), "--out", str(tmp_path / "out"), *cache])[0] == 0
    (folder / "two.txt").write_text("Turkey backs the GNA, again and again.", encoding="utf-8")
    assert run_cli([str(folder), "--out", str(tmp_path / "out"), *cache])[0] == 0
    assert pipeline.extracted == ["one", "two", "two"]
    assert assert_outputs(tmp_path / "out")["relations"]["evidence"].tolist()[1] == "Turkey backs the GNA, again and again."


def test_store_is_written_and_the_csvs_match_it(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, GOOD)
    status, out, _ = run_cli([str(folder), "--out", str(tmp_path / "out")])
    generation = current_generation(tmp_path / "out")
    assert status == 0 and f"Wrote {generation} (now current)" in out
    tables = assert_outputs(tmp_path / "out")
    for name in OUTPUTS:
        assert tables[name].to_dict("list") == read_table(generation, name).to_dict("list")
    assert read_table(generation, "articles")["text"].tolist() == list(GOOD.values())
    assert set(read_manifest(generation)["articles"]) == {"one", "two"}


def test_no_csv_writes_only_the_store(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, GOOD)
    assert run_cli([str(folder), "--out", str(tmp_path / "out")])[0] == 0
    status, out, _ = run_cli([str(folder), "--out", str(tmp_path / "out"), "--no-csv"])
    assert status == 0 and "Removed" in out and "of an earlier run" in out
    assert not list((tmp_path / "out").glob("*.csv"))
    assert len(read_table(current_generation(tmp_path / "out"), "relations")) == 2


def test_a_second_run_on_the_same_out_waits_then_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, GOOD)
    monkeypatch.setattr(engine, "LOCK_WAIT_SECONDS", 0.2)
    with writer_lock(tmp_path / "out", wait_seconds=0):
        status, _, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 2
    assert "another `python -m extract` is writing tables here" in err and "Nothing was written." in err
    assert current_generation(tmp_path / "out") is None and not list((tmp_path / "out").glob("*.csv"))


def test_files_and_folders_mix(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, GOOD)
    single = tmp_path / "extra.html"
    single.write_text("<p>Turkey backs the GNA.</p>", encoding="utf-8")
    status, out, _ = run_cli([str(folder), str(single), "--out", str(tmp_path / "out")])
    assert status == 0 and "Read 3 articles" in out
    assert pipeline.extracted == ["one", "two", "extra"]


def test_defaults_are_relative_to_the_current_folder(tmp_path: Path, pipeline: FakeExtractor,
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
def test_progress_only_on_a_terminal(tmp_path: Path, pipeline: FakeExtractor, stream: type, shows_progress: bool) -> None:
    folder = articles_folder(tmp_path, GOOD)
    err = stream()
    assert main([str(folder), "--out", str(tmp_path / "out")], out=io.StringIO(), err=err) == 0
    assert ("2/2" in err.getvalue()) is shows_progress
    assert ("article" in err.getvalue()) is shows_progress


def test_unwritable_output_exits_2(tmp_path: Path, pipeline: FakeExtractor) -> None:
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


def test_note_on_how_a_page_was_read_goes_to_stderr_and_exits_0(tmp_path: Path, pipeline: FakeExtractor) -> None:
    folder = articles_folder(tmp_path, {**GOOD, "front.html": "<p>Turkey backs the GNA.</p>"})
    status, _, err = run_cli([str(folder), "--out", str(tmp_path / "out")])
    assert status == 0
    [line] = err.splitlines()
    assert line.startswith("note: front.html: no article body was found in this page")
    assert assert_outputs(tmp_path / "out")["relations"]["article_id"].tolist() == ["front", "one", "two"]


def test_disk_full_while_writing_the_csvs_leaves_the_old_store_and_csvs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        pipeline: FakeExtractor) -> None:
    """Issue 18, item 2: CURRENT switched to the new generation and the old one deleted, while the CSVs held the old run."""
    import errno

    from extract import export

    out_dir = tmp_path / "out"
    assert run_cli([str(articles_folder(tmp_path, {"one.txt": "Turkey backs the GNA."})), "--out", str(out_dir)])[0] == 0
    old_generation = current_generation(out_dir)
    old_csvs = {name: (out_dir / f"{name}.csv").read_bytes() for name in OUTPUTS}
    writer = export._csv_writer

    def disk_full_at_mentions(chunks, columns):  # type: ignore[no-untyped-def]
        if columns == MENTION_COLUMNS:
            def full(handle) -> None:  # type: ignore[no-untyped-def]
                raise OSError(errno.ENOSPC, "No space left on device")
            return full
        return writer(chunks, columns)

    monkeypatch.setattr(export, "_csv_writer", disk_full_at_mentions)
    more = tmp_path / "more"
    more.mkdir()
    for name, text in GOOD.items():
        (more / name).write_text(text, encoding="utf-8")
    status, _, err = run_cli([str(more), "--out", str(out_dir)])
    assert status == 2 and "No space left on device" in err and "Nothing was written" in err
    # The message and the state agree: the old generation is current and whole, the CSVs are the old ones.
    assert current_generation(out_dir) == old_generation and old_generation.is_dir()
    assert read_table(old_generation, "relations")["article_id"].tolist() == ["one"]
    assert {name: (out_dir / f"{name}.csv").read_bytes() for name in OUTPUTS} == old_csvs
    assert [p.name for p in (out_dir / "store").glob("gen-*")] == [old_generation.name]
    assert not list(out_dir.glob(".*.tmp")) and not list((out_dir / "store").glob(".*.tmp"))


def test_current_naming_a_missing_generation_is_repaired_and_no_generation_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: FakeExtractor) -> None:
    """Issue 18, item 1: a CURRENT naming a missing folder made every intact generation look like a leftover."""
    out_dir = tmp_path / "out"
    folder = articles_folder(tmp_path, GOOD)
    assert run_cli([str(folder), "--out", str(out_dir)])[0] == 0
    intact = current_generation(out_dir)
    (out_dir / "store" / "CURRENT").write_text("gen-20990101T000000-deadbeef\n", encoding="utf-8")
    seen: list[bool] = []
    original = engine.remove_leftovers

    def spy(data_dir: Path) -> list[Path]:  # the intact generation is still there when leftovers go
        seen.append(intact.is_dir())
        return original(data_dir)

    monkeypatch.setattr(engine, "remove_leftovers", spy)
    status, out, err = run_cli([str(folder), "--out", str(out_dir)])
    assert status == 0
    assert f"named 'gen-20990101T000000-deadbeef', which does not exist; it now names {intact.name}" in err
    assert seen and seen[0] is True
    assert current_generation(out_dir) != intact and len(read_table(current_generation(out_dir), "relations")) == 2
