"""views.actor_edit: an edit, then the articles it changes extracted again (or all, when the tables were stale)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.dictionary import ACTORS_FILE
from extract.dictionary_edit import DictionaryEditError
from extract.store import current_generation, folder_hash, read_manifest, writer_lock
from test_dictionary_edit import dictionary, extracted_store, repo_dictionary_untouched  # noqa: F401 (fixtures)
from views.actor_edit import new_actor, new_name, parse_aliases


def test_only_the_articles_with_the_new_name_are_extracted_again(tmp_path: Path, dictionary: Path) -> None:
    data = extracted_store(tmp_path / "data", dictionary, csv=False)
    calls: list[tuple[int, int]] = []
    edit = new_name(data, dictionary, actor_id="LNA", kind="alias", surface=" Jufra ", progress=lambda *c: calls.append(c))
    assert (edit.articles, edit.everything, edit.problem) == (("a1", "a3"), False, "")
    assert edit.generation == current_generation(data) and calls == [(1, 2), (2, 2)]
    assert edit.message == ("Added the alias “Jufra” to LNA. Re-extracted 2 article(s) that contain the new name(s); "
                            "the tables are up to date.")
    assert read_manifest(edit.generation)["dictionary"] == folder_hash(dictionary)


def test_tables_older_than_the_dictionary_are_all_extracted_again(tmp_path: Path, dictionary: Path) -> None:
    data = extracted_store(tmp_path / "data", dictionary, csv=False)
    with (dictionary / ACTORS_FILE).open("a", encoding="utf-8") as handle:  # an edit by hand, not extracted
        handle.write('{"id": "Angola", "officials": ["João Lourenço"]}\n')
    edit = new_actor(data, dictionary, actor_id="Zintan brigades", name="", type="armed group", country_code="LBY")
    assert (edit.articles, edit.everything) == (("a1", "a2", "a3"), True)
    assert "all of them: the tables were older than the dictionary" in edit.message
    assert read_manifest(edit.generation)["dictionary"] == folder_hash(dictionary)


def test_a_busy_store_keeps_the_edit_and_says_the_tables_were_not_refreshed(
        tmp_path: Path, dictionary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = extracted_store(tmp_path / "data", dictionary, csv=False)
    old = current_generation(data)
    monkeypatch.setattr("views.actor_edit.LOCK_WAIT_SECONDS", 0.2)
    with writer_lock(data, 0):
        edit = new_name(data, dictionary, actor_id="LNA", kind="alias", surface="Jufra")
    assert edit.generation is None and "another `python -m extract` is writing" in edit.problem
    assert edit.message.startswith(f"Added the alias “Jufra” to LNA to {dictionary / ACTORS_FILE}, but the tables were not")
    assert current_generation(data) == old


def test_a_refused_edit_raises_before_anything_is_written(tmp_path: Path, dictionary: Path) -> None:
    data = extracted_store(tmp_path / "data", dictionary, csv=False)
    before, old = folder_hash(dictionary), current_generation(data)
    with pytest.raises(DictionaryEditError, match="already stands for 'Turkey'"):
        new_name(data, dictionary, actor_id="Russia", kind="official", surface="Erdogan")
    assert folder_hash(dictionary) == before and current_generation(data) == old


@pytest.mark.parametrize("text, names", [("", []), ("GNA forces; Tripoli forces", ["GNA forces", "Tripoli forces"]),
                                          ("Misrata, Zliten brigades\n  \nZawiya ", ["Misrata, Zliten brigades", "Zawiya"])])
def test_parse_aliases(text: str, names: list[str]) -> None:
    assert parse_aliases(text) == names
