"""The Actors page's "Add an actor or a name" with AppTest, over a temporary data folder and dictionary."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import REPO
from extract.dictionary import ACTORS_FILE, DEFAULT_DICTIONARY_DIR
from extract.store import current_generation, folder_hash, read_manifest, read_table, write_manifest
from views.datadir import DICTIONARY_ENV
from views.dataset import staleness_notices
from views.freshness import ArticleHashes
from views.markup import md_text
from views.store import open_snapshot

PAGE = "pages/4_Actors.py"


@pytest.fixture
def dictionary(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's dictionary inside the data folder, set as the one the dashboard edits.

    The fixture tables are recorded as made with it, so only the articles an edit affects are extracted again.
    """
    folder = Path(shutil.copytree(DEFAULT_DICTIONARY_DIR, data_env / "dictionary"))
    monkeypatch.setenv(DICTIONARY_ENV, str(folder))
    generation = current_generation(data_env)
    write_manifest(generation, {**read_manifest(generation), "dictionary": folder_hash(folder)})
    return folder


@pytest.fixture
def actors_page(dictionary: Path) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=120).run()
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def mentions_of(at: AppTest, actor_id: str) -> int:
    table = at.dataframe[0].value
    return int(table.loc[table["id"] == actor_id, "mentions"].iloc[0])


def submit(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_adding_an_alias_re_extracts_the_article_and_raises_the_count(actors_page: AppTest, data_env: Path,
                                                                      dictionary: Path) -> None:
    at = actors_page
    before = mentions_of(at, "LNA")
    old = current_generation(data_env)
    at.selectbox(key="new_name_actor").set_value("LNA")
    at.selectbox(key="new_name_kind").set_value("alias")
    at.text_input(key="new_name_surface").input("Jufra")
    submit(at, "Add name")
    # First the preview, nothing written yet; the second press saves.
    assert current_generation(data_env) == old and '"Jufra"' not in (dictionary / ACTORS_FILE).read_text(encoding="utf-8")
    assert [i.value for i in at.info] == [md_text(
        "Preview: “Jufra” would add about 4 new mention(s) in 1 of the 5 article(s), counting each place it stands "
        "as a whole word outside an existing mention. Press the button again to save it.")]
    submit(at, "Add name")
    assert [s.value for s in at.success] == [md_text(
        "Added the alias “Jufra” to LNA. Re-extracted 1 article(s) that contain the new name(s); the tables are up to date.")]
    assert '"Jufra"' in (dictionary / ACTORS_FILE).read_text(encoding="utf-8")
    assert at.text_input(key="new_name_surface").value == ""
    generation = current_generation(data_env)
    assert generation != old
    mentions = read_table(generation, "mentions")
    jufra = mentions[(mentions["actor_id"] == "LNA") & (mentions["text"] == "Jufra")]
    assert set(jufra["article_id"]) == {"hurriyet-2020-06-22"} and len(jufra) > 0
    assert mentions_of(at, "LNA") == (mentions["actor_id"] == "LNA").sum() > before
    assert staleness_notices(data_env, open_snapshot(data_env), ArticleHashes()) == ()


def test_adding_an_actor_lists_it_once_it_is_found(actors_page: AppTest, data_env: Path) -> None:
    at = actors_page
    assert "Jufra garrison" not in set(at.dataframe[0].value["id"])
    at.text_input(key="new_actor_id").input("Jufra garrison")
    at.text_input(key="new_actor_name").input("Jufra")
    at.selectbox(key="new_actor_type").set_value("armed group")
    at.text_input(key="new_actor_country").input("LBY")
    submit(at, "Add actor")
    assert not at.success and md_text("Preview: “Jufra” would add about 4 new mention(s)") in at.info[0].value
    submit(at, "Add actor")
    assert at.success and not at.error
    table = at.dataframe[0].value
    row = table[table["id"] == "Jufra garrison"].iloc[0]
    assert (row["type"], row["country"], row["mentions"]) == ("armed group", "LBY", 4)


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"new_actor_id": "Turkey", "new_actor_name": "Turkish army"}, "the id 'Turkey' is already taken"),
        ({"new_actor_id": "Zintan", "new_actor_name": "Zintan", "new_actor_country": "TR"}, "ISO 3166-1 alpha-3"),
    ],
)
def test_an_invalid_actor_shows_the_error_and_changes_nothing(actors_page: AppTest, data_env: Path, dictionary: Path,
                                                               fields: dict[str, str], expected: str) -> None:
    at = actors_page
    before, generation = folder_hash(dictionary), current_generation(data_env)
    for key, value in fields.items():
        at.text_input(key=key).input(value)
    submit(at, "Add actor")
    assert len(at.error) == 1 and md_text(expected) in at.error[0].value
    assert all(at.text_input(key=key).value == value for key, value in fields.items())
    assert not at.success
    assert folder_hash(dictionary) == before
    assert current_generation(data_env) == generation


def test_the_repository_dictionary_is_never_the_one_edited(actors_page: AppTest, dictionary: Path) -> None:
    assert md_text(dictionary / ACTORS_FILE) in "".join(m.value for m in actors_page.markdown)


@pytest.mark.parametrize("surface, expected", [
    ("the", "'the' is only common words"),
    ("said", "'said' is only common words"),
    (".", "'.' is a single character"),
    ("x" * 10_000, "is 10,000 characters long"),
])
def test_a_name_that_would_flood_the_tables_is_refused_before_any_preview(
        actors_page: AppTest, data_env: Path, dictionary: Path, surface: str, expected: str) -> None:
    """Issue 18, item 6: the alias "the" for Egypt added 243 false mentions, with a success message."""
    at = actors_page
    before, generation = folder_hash(dictionary), current_generation(data_env)
    at.selectbox(key="new_name_actor").set_value("Egypt")
    at.text_input(key="new_name_surface").input(surface)
    submit(at, "Add name")
    submit(at, "Add name")
    assert len(at.error) == 1 and md_text(expected) in at.error[0].value and not at.success and not at.info
    assert folder_hash(dictionary) == before and current_generation(data_env) == generation
