"""The Actors page's section "Add an actor or a name": two forms over views.actor_edit, with a progress bar."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import streamlit as st

from extract.dictionary import ACTOR_TYPES, ACTORS_FILE, ActorDictionary, DictionaryError, load_dictionary
from extract.dictionary_edit import EDITABLE_KINDS
from views import actor_edit
from views.datadir import data_dir, dictionary_dir
from views.markup import md_text

# The outcome of the last edit, shown after the rerun that brings the new tables.
RESULT_KEY = "actor_edit_result"
# The names whose preview the user has seen, by form: saving needs the preview of exactly what is saved.
PREVIEWED_KEY = "actor_edit_previewed"


@st.cache_resource(show_spinner=False, max_entries=4)
def _dictionary(folder: str, stamp: tuple) -> ActorDictionary:
    return load_dictionary(Path(folder))


def _stamp(folder: Path) -> tuple:
    """What changes when a dictionary file is edited (by this page or by hand): names, sizes, times."""
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.jsonl")))


def actor_forms() -> None:
    """Add an actor, or an alias / official / demonym to one; then re-extract the articles it changes."""
    st.subheader("Add an actor or a name")
    folder = dictionary_dir()
    st.markdown(md_text(
        f"Writes to {folder / ACTORS_FILE}, the dictionary extraction reads, after checking the whole dictionary "
        "loads; then extracts again the articles that contain the new name, so every page shows it."))
    result = st.session_state.pop(RESULT_KEY, None)
    if result is not None:
        ok, message = result
        (st.success if ok else st.warning)(md_text(message))
    try:
        dictionary = _dictionary(str(folder), _stamp(folder))
    except DictionaryError as error:
        st.error(md_text(f"The dictionary cannot be edited here until it loads: {error}"))
        return
    left, right = st.columns(2)
    with left.form("add_actor"):
        st.markdown("**New actor**")
        actor_id = st.text_input("Id", key="new_actor_id", help="Short and unique, e.g. Misrata militias")
        name = st.text_input("Name", key="new_actor_name", help="As articles write it; found in the text as an alias")
        kind = st.selectbox("Type", ACTOR_TYPES, key="new_actor_type")
        code = st.text_input("Country code", key="new_actor_country", max_chars=3, help="ISO 3166-1 alpha-3, e.g. LBY; may be empty")
        aliases = st.text_area("Other names", key="new_actor_aliases", height=68, help="One per line, or separated by ;")
        add_actor = st.form_submit_button("Add actor", help="Shows how many mentions its names add; press again to save")
    actors = sorted((e for e in dictionary.actors.values() if not e.ignore), key=lambda e: e.name.casefold())
    labels = {e.id: e.name if e.name == e.id else f"{e.name} ({e.id})" for e in actors}
    with right.form("add_name"):
        st.markdown("**New name for an actor**")
        chosen = st.selectbox("Actor", list(labels), format_func=labels.get, key="new_name_actor")
        surface_kind = st.selectbox("Kind", list(EDITABLE_KINDS), key="new_name_kind",
                                    help="alias: a name of the actor; official: a person speaking for it; "
                                         "demonym: its adjective, e.g. Emirati")
        surface = st.text_input("Name as articles write it", key="new_name_surface")
        add_name = st.form_submit_button("Add name", help="Shows how many mentions the name adds; press again to save")
    if add_actor and _previewed("actor", (actor_id, name, kind, code, aliases),
                                [name.strip() or actor_id, *actor_edit.parse_aliases(aliases)],
                                lambda: actor_edit.check_actor(folder, actor_id=actor_id, name=name, type=kind,
                                                               country_code=code, aliases=actor_edit.parse_aliases(aliases))):
        _run(lambda progress: actor_edit.new_actor(
            data_dir(), folder, actor_id=actor_id, name=name, type=kind, country_code=code,
            aliases=actor_edit.parse_aliases(aliases), progress=progress),
            typed=("new_actor_id", "new_actor_name", "new_actor_country", "new_actor_aliases"))
    if add_name and _previewed("name", (chosen, surface_kind, surface), [surface],
                               lambda: actor_edit.check_name(folder, actor_id=chosen, kind=surface_kind, surface=surface)):
        _run(lambda progress: actor_edit.new_name(
            data_dir(), folder, actor_id=chosen, kind=surface_kind, surface=surface, progress=progress),
            typed=("new_name_surface",))


def _previewed(form: str, typed: tuple, surfaces: list[str], check: Callable[[], None]) -> bool:
    """True when the preview of exactly `typed` was shown on the last press; else check the fields (an error
    says what is wrong) and show the preview, and ask for another press to save."""
    previewed: dict = st.session_state.setdefault(PREVIEWED_KEY, {})
    if previewed.pop(form, None) == typed:
        return True
    try:
        check()
    except DictionaryError as error:
        st.error(md_text(error))
        return False
    names = [s for s in surfaces if s.strip()]
    try:
        found = actor_edit.preview(data_dir(), names)
    except OSError as error:
        st.warning(md_text(f"No preview: the tables cannot be read ({error.strerror or error})."))
        found = None
    st.info(md_text(f"{actor_edit.preview_message(names, found)} Press the button again to save it."))
    previewed[form] = typed
    return False


def _run(edit: Callable[[actor_edit.Progress], actor_edit.ActorEdit], typed: tuple[str, ...]) -> None:
    """Run `edit` under a progress bar; once it is written, empty the fields in `typed` (a refused edit keeps them)."""
    bar = st.progress(0.0, text="Checking the dictionary and loading the language model…")
    try:
        result = edit(lambda done, total: bar.progress(done / total, text=f"Re-extracted {done} of {total} article(s)"))
    except DictionaryError as error:
        bar.empty()
        st.error(md_text(error))
        return
    except OSError as error:  # a read-only dictionary folder, a full disk: said, never a traceback
        bar.empty()
        where = f" ({error.filename})" if error.filename else ""
        st.error(md_text(f"Nothing was added: the dictionary could not be written{where}: {error.strerror or error}. "
                         "Make the folder writable, then try again."))
        return
    st.session_state[RESULT_KEY] = (not result.problem, result.message)
    for key in typed:
        st.session_state.pop(key, None)
    st.rerun()
