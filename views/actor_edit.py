"""An analyst's own actors: add an actor or a name to the dictionary, then re-extract the articles it changes.

The dictionary is the one extraction reads (views.datadir.dictionary_dir). When
the tables were made with that dictionary as it was, only the articles whose
text contains a new name can change and only they are extracted again; when
they were already out of date with it, every article is, so that the tables
then match it. The page re-opens the store itself when its CURRENT generation
changes (views.loading).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from extract.dictionary_edit import MentionPreview, add_actor, add_surface, affected_articles, preview_mentions
from extract.store import current_generation, folder_hash, iter_parts, read_manifest

# done, total articles re-extracted.
Progress = Callable[[int, int], None]
# How long an edit waits for another process writing the tables (a page should not hang for the CLI's 30 s).
LOCK_WAIT_SECONDS = 10.0
# Sessions of one server are threads: one edit and its re-extraction at a time, so no edit is lost.
_editing = threading.Lock()


@dataclass(frozen=True)
class ActorEdit:
    """What an edit changed: a sentence for the user, the file written, the articles extracted again and the
    new generation (None when the tables could not be refreshed; `problem` then says why)."""

    added: str
    dictionary_file: Path
    articles: tuple[str, ...]
    generation: Path | None
    problem: str = ""
    # True when every article was extracted again, the tables being older than the dictionary.
    everything: bool = False

    @property
    def message(self) -> str:
        if self.problem:
            return (f"Added {self.added} to {self.dictionary_file}, but the tables were not re-extracted: {self.problem} "
                    "Until they are, they do not show the new name.")
        which = ("(all of them: the tables were older than the dictionary)" if self.everything
                 else "that contain the new name(s)")
        return f"Added {self.added}. Re-extracted {len(self.articles)} article(s) {which}; the tables are up to date."


def new_actor(data_dir: Path, dictionary_dir: Path, *, actor_id: str, name: str, type: str, country_code: str,
              aliases: Sequence[str] = (), progress: Progress | None = None) -> ActorEdit:
    """Add an actor (raises DictionaryEditError, nothing written, when refused), then refresh the tables."""
    with _editing:
        fresh = _tables_match(data_dir, dictionary_dir)
        path = add_actor(dictionary_dir, actor_id, name, type, country_code, aliases)
        surfaces = [s for s in (name.strip() or actor_id, *aliases) if s.strip()]
        return _refresh(data_dir, dictionary_dir, f"the actor {actor_id.strip()} ({type})", path, surfaces, fresh, progress)


def new_name(data_dir: Path, dictionary_dir: Path, *, actor_id: str, kind: str, surface: str,
             progress: Progress | None = None) -> ActorEdit:
    """Add a name of `kind` to an actor (raises DictionaryEditError, nothing written, when refused), then refresh."""
    with _editing:
        fresh = _tables_match(data_dir, dictionary_dir)
        path = add_surface(dictionary_dir, actor_id, kind, surface)
        return _refresh(data_dir, dictionary_dir, f"the {kind} “{surface.strip()}” to {actor_id}", path, [surface], fresh,
                        progress)


def check_actor(dictionary_dir: Path, *, actor_id: str, name: str, type: str, country_code: str,
                aliases: Sequence[str] = ()) -> None:
    """Raise DictionaryEditError when `new_actor` would refuse these fields; write nothing."""
    add_actor(dictionary_dir, actor_id, name, type, country_code, aliases, write=False)


def check_name(dictionary_dir: Path, *, actor_id: str, kind: str, surface: str) -> None:
    """Raise DictionaryEditError when `new_name` would refuse this name; write nothing."""
    add_surface(dictionary_dir, actor_id, kind, surface, write=False)


def preview(data_dir: Path, surfaces: Sequence[str]) -> MentionPreview | None:
    """How many new mentions `surfaces` would add to the current tables (None: no tables yet)."""
    generation = current_generation(data_dir)
    if generation is None:
        return None
    taken: dict[str, list[tuple[int, int]]] = {}
    for part in iter_parts(generation, "mentions"):
        for article_id, start, end in zip(part["article_id"], part["start"], part["end"]):
            taken.setdefault(article_id, []).append((int(start), int(end)))
    texts = ((a, t) for part in iter_parts(generation, "articles") for a, t in zip(part["article_id"], part["text"]))
    return preview_mentions(texts, taken, surfaces)


def preview_message(surfaces: Sequence[str], found: MentionPreview | None) -> str:
    names = ", ".join(f"“{s.strip()}”" for s in surfaces if s.strip())
    if found is None:
        return f"Preview: there are no tables yet, so {names} adds no mention now."
    return (f"Preview: {names} would add about {found.mentions:,} new mention(s) in {found.articles:,} of the "
            f"{found.searched:,} article(s), counting each place it stands as a whole word outside an existing "
            "mention.")


def parse_aliases(text: str) -> list[str]:
    """Aliases typed in one field, separated by semicolons or new lines (names may hold commas)."""
    return [name.strip() for part in text.split("\n") for name in part.split(";") if name.strip()]


def _tables_match(data_dir: Path, dictionary_dir: Path) -> bool:
    """Whether the current tables were made with the dictionary as it is now."""
    generation = current_generation(data_dir)
    return generation is not None and read_manifest(generation).get("dictionary") == folder_hash(dictionary_dir)


def _refresh(data_dir: Path, dictionary_dir: Path, added: str, path: Path, surfaces: Sequence[str], fresh: bool,
             progress: Progress | None) -> ActorEdit:
    from extract.refresh import RefreshError, reextract_articles  # loads spaCy
    from extract.store import StoreBusy

    generation = current_generation(data_dir)
    if generation is None:
        return ActorEdit(added, path, (), None, f"{data_dir} has no tables yet.", everything=not fresh)
    texts = ((a, t) for part in iter_parts(generation, "articles") for a, t in zip(part["article_id"], part["text"]))
    articles = affected_articles(texts, surfaces) if fresh else [a for a, _ in texts]
    try:
        written = reextract_articles(data_dir, articles, dictionary_dir=dictionary_dir, progress=progress,
                                     lock_wait=LOCK_WAIT_SECONDS)
    except (RefreshError, StoreBusy, OSError) as error:
        return ActorEdit(added, path, tuple(articles), None, str(error), everything=not fresh)
    return ActorEdit(added, path, tuple(articles), written, everything=not fresh)
