"""The per-article extraction cache: keys, round trips, damaged entries, reuse in extract_corpus."""
from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from corpora import count_extract_calls
from extract.cache import (
    EXTRACT_DIR,
    NOT_EXTRACTION_MODULES,
    ExtractionCache,
    article_key,
    cache_version,
    code_fingerprint,
    extraction_modules,
)
from extract.corpus import load_corpus
from extract.pipeline import Extractor, default_extractor, extract_corpus
from extract.schema import Article, Mention, Relation

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"

BASE = Article(article_id="a1", text="Turkey backs the GNA.", outlet="Daily", date="2020-01-01", title="T", path="/x/a1.txt")
MENTION = Mention("a1", "TUR", "Turkey", 0, 6, "alias")
RELATION = Relation("a1", "Daily", "2020-01-01", "TUR", "GNA", "support", "Turkey backs the GNA.", 0, 21, 0.9, "", "back", "verb")


def fake_extractor(version: str = "dict1-lex1") -> SimpleNamespace:
    return SimpleNamespace(version=version, nlp=SimpleNamespace(meta={"lang": "en", "name": "core_web_sm", "version": "3.8.0"}))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return default_extractor()


@pytest.fixture(scope="module")
def bundled() -> list[Article]:
    return load_corpus([ARTICLES]).articles


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Turkey opposes the GNA."},
        {"article_id": "a2"},
        {"outlet": "Other Daily"},
        {"date": "2020-01-02"},
        {"title": "Another title"},
        {"text": "Turkey backs the GNA. "},
    ],
)
def test_key_changes_with_what_rows_are_built_from(change: dict) -> None:
    assert article_key(dataclasses.replace(BASE, **change)) != article_key(BASE)


def test_key_ignores_where_the_file_lies() -> None:
    assert article_key(dataclasses.replace(BASE, path="/elsewhere/a1.txt")) == article_key(BASE)


@pytest.mark.parametrize("other", ["dict2-lex1", "dict1-lex2"])
def test_dictionary_or_lexicon_change_is_a_miss(tmp_path: Path, other: str) -> None:
    ExtractionCache(tmp_path, fake_extractor()).put(BASE, [MENTION], [RELATION])
    assert ExtractionCache(tmp_path, fake_extractor(other)).get(BASE) is None


def test_version_names_parser_and_code() -> None:
    version = cache_version(fake_extractor())
    assert "dict1-lex1" in version and "en_core_web_sm-3.8.0" in version


@pytest.mark.parametrize(
    "mentions,relations",
    [([], []), ([MENTION], []), ([MENTION, dataclasses.replace(MENTION, start=7, end=10, text="GNA")], [RELATION])],
)
def test_round_trip(tmp_path: Path, mentions: list[Mention], relations: list[Relation]) -> None:
    cache = ExtractionCache(tmp_path, fake_extractor())
    cache.put(BASE, mentions, relations)
    assert cache.get(BASE) == (mentions, relations)


def test_unknown_article_is_a_miss(tmp_path: Path) -> None:
    assert ExtractionCache(tmp_path, fake_extractor()).get(BASE) is None


def _valid_entry(cache: ExtractionCache) -> dict:
    cache.put(BASE, [MENTION], [RELATION])
    return json.loads(cache.path(BASE).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: b"",
        lambda entry: b"\xff\xfe not utf-8 \x80",
        lambda entry: json.dumps(entry).encode()[:40],
        lambda entry: b"[]",
        lambda entry: json.dumps({**entry, "key": "0" * 64}).encode(),
        lambda entry: json.dumps({k: v for k, v in entry.items() if k != "relations"}).encode(),
        lambda entry: json.dumps({**entry, "mentions": {"a": 1}}).encode(),
        lambda entry: json.dumps({**entry, "mentions": [{**entry["mentions"][0], "start": "0"}]}).encode(),
        lambda entry: json.dumps({**entry, "mentions": [{**entry["mentions"][0], "start": True}]}).encode(),
        lambda entry: json.dumps({**entry, "relations": [{**entry["relations"][0], "confidence": "high"}]}).encode(),
        lambda entry: json.dumps({**entry, "relations": [{**entry["relations"][0], "extra": 1}]}).encode(),
        lambda entry: json.dumps({**entry, "relations": [[1, 2]]}).encode(),
    ],
    ids=["empty", "not-utf8", "truncated", "not-object", "other-key", "no-relations", "rows-not-list",
         "start-as-text", "start-as-bool", "confidence-as-text", "extra-field", "row-not-object"],
)
def test_damaged_entry_is_a_miss(tmp_path: Path, damage) -> None:
    cache = ExtractionCache(tmp_path, fake_extractor())
    cache.path(BASE).parent.mkdir(parents=True, exist_ok=True)
    cache.path(BASE).write_bytes(damage(_valid_entry(cache)))
    assert cache.get(BASE) is None


def test_entry_in_place_of_a_folder_is_a_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, fake_extractor())
    cache.path(BASE).mkdir(parents=True)
    assert cache.get(BASE) is None


def test_unwritable_cache_names_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.raises(OSError, match="cannot write the extraction cache"):
        ExtractionCache(blocker, fake_extractor()).put(BASE, [MENTION], [RELATION])


def _assert_same_tables(left, right) -> None:
    pd.testing.assert_frame_equal(left.relations, right.relations)
    pd.testing.assert_frame_equal(left.mentions, right.mentions)
    pd.testing.assert_frame_equal(left.actors, right.actors)
    assert left.problems == right.problems


def test_rerun_extracts_only_changed_articles(tmp_path, monkeypatch, extractor, bundled) -> None:
    calls = count_extract_calls(monkeypatch)
    first = extract_corpus(bundled, extractor=extractor, cache_dir=tmp_path)
    assert sorted(calls) == sorted(a.article_id for a in bundled)
    assert not first.relations.empty

    calls.clear()
    again = extract_corpus(bundled, extractor=extractor, cache_dir=tmp_path)
    assert calls == []
    _assert_same_tables(again, first)

    changed = list(bundled)
    changed[2] = dataclasses.replace(changed[2], text=changed[2].text + "\nRussia backs Haftar.\n")
    changed[4] = dataclasses.replace(changed[4], outlet="Renamed outlet")
    calls.clear()
    rerun = extract_corpus(changed, extractor=extractor, cache_dir=tmp_path)
    assert sorted(calls) == sorted([changed[2].article_id, changed[4].article_id])
    _assert_same_tables(rerun, extract_corpus(changed, extractor=extractor))


def test_damaged_entry_is_extracted_again_and_rewritten(tmp_path, monkeypatch, extractor, bundled) -> None:
    first = extract_corpus(bundled, extractor=extractor, cache_dir=tmp_path)
    cache = ExtractionCache(tmp_path, extractor)
    damaged = bundled[1]
    cache.path(damaged).write_text('{"key": "', encoding="utf-8")
    calls = count_extract_calls(monkeypatch)
    again = extract_corpus(bundled, extractor=extractor, cache_dir=tmp_path)
    assert calls == [damaged.article_id]
    _assert_same_tables(again, first)
    assert cache.get(damaged) is not None


def test_failed_article_is_not_cached(tmp_path, monkeypatch, extractor) -> None:
    broken = Article(article_id="broken", text=None)  # type: ignore[arg-type]
    first = extract_corpus([broken], extractor=extractor, cache_dir=tmp_path)
    assert first.problems and first.problems[0].startswith("broken: extraction failed")
    calls = count_extract_calls(monkeypatch)
    extract_corpus([broken], extractor=extractor, cache_dir=tmp_path)
    assert calls == ["broken"]


def test_modules_outside_the_key_exist() -> None:
    modules = {path.stem for path in EXTRACT_DIR.glob("*.py")}
    assert NOT_EXTRACTION_MODULES <= modules, NOT_EXTRACTION_MODULES - modules


def test_extraction_modules_are_in_the_key() -> None:
    keyed = {path.relative_to(EXTRACT_DIR).as_posix() for path in extraction_modules()}
    assert {"corpus.py", "extractor.py", "mentions.py", "nlp.py", "schema.py", "structure.py"} <= keyed
    assert not keyed & {f"{name}.py" for name in NOT_EXTRACTION_MODULES}


@pytest.fixture
def extract_copy(tmp_path: Path) -> Path:
    """A copy of extract/ with a subpackage, as extract/relations/ is becoming one."""
    copy = tmp_path / "extract"
    shutil.copytree(EXTRACT_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "subpackage").mkdir()
    (copy / "subpackage" / "rules.py").write_text("RULES = 1\n", encoding="utf-8")
    (copy / "subpackage" / "bench.py").write_text("NESTED = 1\n", encoding="utf-8")
    return copy


@pytest.mark.parametrize("module", sorted(NOT_EXTRACTION_MODULES))
def test_editing_a_module_outside_extraction_keeps_the_fingerprint(extract_copy: Path, module: str) -> None:
    before = code_fingerprint(extract_copy)
    with (extract_copy / f"{module}.py").open("a", encoding="utf-8") as source:
        source.write("\n# edited\n")
    code_fingerprint.cache_clear()
    assert code_fingerprint(extract_copy) == before


@pytest.mark.parametrize("module", ["corpus.py", "extractor.py", "nlp.py", "subpackage/rules.py", "subpackage/bench.py"])
def test_editing_an_extraction_module_changes_the_fingerprint(extract_copy: Path, module: str) -> None:
    before = code_fingerprint(extract_copy)
    with (extract_copy / module).open("a", encoding="utf-8") as source:
        source.write("\n# edited\n")
    code_fingerprint.cache_clear()
    assert code_fingerprint(extract_copy) != before


def test_a_new_extraction_module_changes_the_fingerprint(extract_copy: Path) -> None:
    before = code_fingerprint(extract_copy)
    (extract_copy / "coreference.py").write_text("PRONOUNS = ()\n", encoding="utf-8")
    code_fingerprint.cache_clear()
    assert code_fingerprint(extract_copy) != before
