"""Dictionary edits from the dashboard (extract.dictionary_edit), the articles they affect, and re-extracting
just those (extract.refresh): the tables must equal a full extraction with the edited dictionary."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
import pytest

from extract.dictionary import ACTORS_FILE, DEFAULT_DICTIONARY_DIR, DictionaryError, load_dictionary
from extract.dictionary_edit import DictionaryEditError, add_actor, add_surface, affected_articles
from extract.engine import build_store
from extract.refresh import RefreshError, fresh_extractor, reextract_articles
from extract.schema import Article
from extract.store import current_generation, folder_hash, read_manifest, read_table

ARTICLES = [
    Article("a1", "Haftar's forces withdrew to Jufra. Egypt backs Haftar.", outlet="Wire", date="2020-06-01"),
    Article("a2", "Turkey supports the Government of National Accord against Haftar.", outlet="Daily", date="2020-06-02"),
    Article("a3", "Turkey, which backs the GNA, bombed the Jufra airbase. Russia condemned Turkey.", outlet="Wire",
            date="2020-06-03"),
]


@pytest.fixture(autouse=True)
def repo_dictionary_untouched() -> Iterator[None]:
    before = folder_hash(DEFAULT_DICTIONARY_DIR)
    yield
    assert folder_hash(DEFAULT_DICTIONARY_DIR) == before, "a test wrote to the repository's data/dictionary"


@pytest.fixture
def dictionary(tmp_path: Path) -> Path:
    """A private copy of the repository's dictionary folder."""
    return Path(shutil.copytree(DEFAULT_DICTIONARY_DIR, tmp_path / "dictionary"))


def curated(folder: Path) -> bytes:
    return (folder / ACTORS_FILE).read_bytes()


def test_add_actor_appends_a_line_the_loader_reads(dictionary: Path) -> None:
    before = curated(dictionary)
    path = add_actor(dictionary, " Misrata militias ", "Misrata Brigades", "armed group", "lby", ["Misratan forces"])
    assert path == dictionary / ACTORS_FILE
    after = curated(dictionary)
    assert after.startswith(before)
    assert json.loads(after[len(before):]) == {"id": "Misrata militias", "name": "Misrata Brigades", "type": "armed group",
                                               "country_code": "LBY", "aliases": ["Misrata Brigades", "Misratan forces"]}
    entry = load_dictionary(dictionary).actors["Misrata militias"]
    assert (entry.type, entry.country_code, entry.aliases) == ("armed group", "LBY", ("Misrata Brigades", "Misratan forces"))


def test_add_surface_extends_the_actors_curated_line(dictionary: Path) -> None:
    before = curated(dictionary).decode("utf-8").split("\n")
    add_surface(dictionary, "Turkey", "official", "Ömer Çelik")
    after = curated(dictionary).decode("utf-8").split("\n")
    changed = [number for number, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == len(before) and len(changed) == 1
    assert json.loads(after[changed[0]])["officials"][-1] == "Ömer Çelik"
    assert "Ömer Çelik" in load_dictionary(dictionary).actors["Turkey"].officials


def test_add_surface_to_a_country_without_a_curated_line(dictionary: Path) -> None:
    before = curated(dictionary)
    add_surface(dictionary, "Angola", "demonym", "Angolans")
    assert json.loads(curated(dictionary)[len(before):]) == {"id": "Angola", "demonyms": ["Angolans"]}
    entry = load_dictionary(dictionary).actors["Angola"]
    assert "Angolans" in entry.demonyms and "Angola" in entry.aliases and entry.type == "state"


@pytest.mark.parametrize(
    "edit, expected",
    [
        (lambda d: add_actor(d, "  ", "Someone", "armed group", ""), "id is empty"),
        (lambda d: add_actor(d, "turkey", "Turkey Inc", "state", ""), "'Turkey' is already taken"),
        (lambda d: add_actor(d, "Angola", "", "state", ""), "'Angola' is already taken"),
        (lambda d: add_actor(d, "Ankara group", "Ankara", "armed group", ""), "'Ankara' already stands for 'Turkey'"),
        (lambda d: add_actor(d, "X group", "X group", "armed group", "", ["sisi"]), "already stands for 'Egypt'"),
        (lambda d: add_actor(d, "X group", "X group", "gang", ""), "type 'gang' is not one of"),
        (lambda d: add_actor(d, "X group", "X group", "armed group", "TR"), "ISO 3166-1 alpha-3"),
        (lambda d: add_surface(d, "Atlantis", "alias", "Atlanteans"), "there is no actor 'Atlantis'"),
        (lambda d: add_surface(d, "Russia", "alias", " "), "alias is empty"),
        (lambda d: add_surface(d, "Russia", "metonym", "Kremlin walls"), "use one of alias, demonym, official"),
        (lambda d: add_surface(d, "Libya", "alias", "Libia"), "'Libya' is an ignored name"),
        (lambda d: add_surface(d, "Russia", "official", "Erdogan"), "already stands for 'Turkey' (official)"),
        (lambda d: add_surface(d, "Russia", "alias", "moscow"), "'Moscow' is already listed for 'Russia' (metonym)"),
        (lambda d: add_surface(d, "Russia", "alias", "Cavusoglu"), "already stands for 'Turkey'"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(dictionary: Path, edit: Callable[[Path], Path], expected: str) -> None:
    before = folder_hash(dictionary)
    with pytest.raises(DictionaryEditError) as raised:
        edit(dictionary)
    assert expected in str(raised.value)
    assert folder_hash(dictionary) == before


def test_loader_messages_name_the_real_file(dictionary: Path) -> None:
    with pytest.raises(DictionaryEditError) as raised:
        add_actor(dictionary, "X group", "X group", "gang", "")
    message = str(raised.value)
    assert f"{dictionary / ACTORS_FILE} is unchanged" in message
    assert f"{dictionary / ACTORS_FILE}:" in message and "dictionary-check-" not in message


def test_a_broken_dictionary_is_reported_not_edited(dictionary: Path) -> None:
    (dictionary / ACTORS_FILE).write_bytes(curated(dictionary) + b'{"id": "Broken", "type": 3}\n')
    before = folder_hash(dictionary)
    with pytest.raises(DictionaryError, match="must be text in quotes"):
        add_surface(dictionary, "Russia", "alias", "Rossiya")
    assert folder_hash(dictionary) == before


@pytest.mark.parametrize(
    "surface, text, affected",
    [
        ("Jufra", "forces withdrew to Jufra.", True),
        ("Jufra", "forces withdrew to Sirte.", False),
        ("Çavuşoğlu", "CAVUSOGLU said", True),  # folded: case and accents do not count
        ("Cavusoglu", "Mevlüt Çavuşoğlu said", True),
        ("Abu Dhabi", "officials in Abu\u00a0 Dhabi", True),  # spacing between tokens does not count
        ("al-Sisi", "al - Sisi met", True),
        ("UN", "the UN envoy", True),  # short capitals match as written
        ("UN", "the un envoy, Un-named", False),
        ("NATO", "nato ships", False),
        ("Foo", "The Foo" + "!" * 25 + "Bar", True),
        ("Foo Bar", "The Foo" + "!" * 25 + "Bar said", True),  # the extractor blanks long punctuation runs
    ],
)
def test_affected_articles(surface: str, text: str, affected: bool) -> None:
    assert affected_articles({"x": text}, [surface]) == (["x"] if affected else [])


def test_affected_articles_takes_pairs_and_keeps_order() -> None:
    texts = [("b", "Jufra"), ("a", "nothing"), ("c", "the jufra base")]
    assert affected_articles(iter(texts), ["Jufra", " "]) == ["b", "c"]
    assert affected_articles(texts, []) == []


def extracted_store(folder: Path, dictionary: Path, **options) -> Path:
    """A data folder with a store (and CSVs) of ARTICLES extracted with `dictionary` as it is now."""
    build_store(ARTICLES, folder, extractor=fresh_extractor(dictionary), dictionary_dir=dictionary, workers=1, **options)
    return folder


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    generation = current_generation(folder)
    return {name: read_table(generation, name) for name in ("articles", "mentions", "relations", "actors")}


def test_reextracting_affected_articles_equals_a_full_extraction(tmp_path: Path, dictionary: Path) -> None:
    data = extracted_store(tmp_path / "data", dictionary)
    old_manifest = read_manifest(current_generation(data))
    add_surface(dictionary, "LNA", "alias", "Jufra")
    affected = affected_articles({a.article_id: a.text for a in ARTICLES}, ["Jufra"])
    assert affected == ["a1", "a3"]
    calls: list[tuple[int, int]] = []
    generation = reextract_articles(data, affected, dictionary_dir=dictionary, progress=lambda *call: calls.append(call))
    assert current_generation(data) == generation
    assert calls == [(1, 2), (2, 2)]
    expected = extracted_store(tmp_path / "full", dictionary)
    got, want = tables(data), tables(expected)
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], check_like=False)
    assert {"Jufra"} <= set(got["mentions"].loc[got["mentions"]["actor_id"] == "LNA", "text"])
    manifest = read_manifest(generation)
    assert manifest["dictionary"] == folder_hash(dictionary) != old_manifest["dictionary"]
    assert manifest["articles"] == old_manifest["articles"]
    assert manifest["counts"] == read_manifest(current_generation(expected))["counts"]
    for csv in ("relations.csv", "mentions.csv", "actors.csv"):
        assert (data / csv).read_bytes() == (expected / csv).read_bytes()


def test_a_new_actor_no_article_names_still_gets_a_generation(tmp_path: Path, dictionary: Path) -> None:
    data = extracted_store(tmp_path / "data", dictionary, csv=False)
    before, old = tables(data), current_generation(data)
    add_actor(dictionary, "Zintan brigades", "Zintan brigades", "armed group", "LBY")
    assert affected_articles({a.article_id: a.text for a in ARTICLES}, ["Zintan brigades"]) == []
    generation = reextract_articles(data, [], dictionary_dir=dictionary)
    assert generation != old and not old.exists()
    after = tables(data)
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name])
    assert read_manifest(generation)["dictionary"] == folder_hash(dictionary)
    assert not (data / "relations.csv").exists()


def test_an_article_that_fails_publishes_nothing(tmp_path: Path, dictionary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = extracted_store(tmp_path / "data", dictionary, csv=False)
    old = current_generation(data)
    extractor = fresh_extractor(dictionary)

    def broken(article: Article) -> None:
        raise RuntimeError("parser ran out of memory")

    monkeypatch.setattr(extractor, "extract", broken)
    with pytest.raises(RefreshError, match="a3: extraction failed .*parser ran out of memory"):
        reextract_articles(data, ["a3"], dictionary_dir=dictionary, extractor=extractor)
    assert current_generation(data) == old
    assert [p.name for p in (data / "store").glob("gen-*")] == [old.name]


def test_no_store_is_a_clear_error(tmp_path: Path, dictionary: Path) -> None:
    with pytest.raises(RefreshError, match="has no table store"):
        reextract_articles(tmp_path, ["a1"], dictionary_dir=dictionary)


def test_preview_counts_whole_word_places_outside_existing_mentions() -> None:
    """Issue 18, item 6: how many mentions a name adds is shown before it is saved."""
    from extract.dictionary_edit import MentionPreview, preview_mentions

    articles = [("a", "The army of the GNA said the end."), ("b", "Nothing here. Theatre."), ("c", "the THE the")]
    taken = {"a": [(0, 3), (13, 19)]}  # "The" and "he GNA" are already mentions
    assert preview_mentions(articles, taken, ["the"]) == MentionPreview(mentions=4, articles=2, searched=3)
    assert preview_mentions(articles, {}, ["GNA"]) == MentionPreview(1, 1, 3)
    assert preview_mentions(articles, {}, ["THE"]) == MentionPreview(1, 1, 3)  # short capitals: as written
    assert preview_mentions([("d", "Government  of\nNational Accord")], {}, ["Government of National Accord"]).mentions == 1
