"""Adding to the actor dictionary from the dashboard: a new actor, or a new name for one.

Every edit goes into the curated file (actors.jsonl), the one people edit by hand:
a new actor is a new line; a name for an actor that has a line there extends
that line; a name for a country that has none gets a line with just its id and
the name, which the loader merges over countries.jsonl. The candidate file is
checked by `load_dictionary` itself in a temporary copy of the folder before it
replaces the real one atomically, so a rejected edit leaves the file untouched.

`affected_articles` tells which articles a new name can change: those whose
text contains it, as the mention matcher compares names.
"""
from __future__ import annotations

import bisect
import codecs
import itertools
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from extract.dictionary import (
    ACTORS_FILE,
    COUNTRIES_FILE,
    SURFACE_FIELDS,
    ActorDictionary,
    DictionaryError,
    id_problem,
    is_case_sensitive,
    load_dictionary,
    surface_key,
    surface_problem,
)
from extract.export import write_text_atomic
from extract.folding import fold

# The kinds of name an analyst adds, and the field of the file each goes in.
EDITABLE_KINDS: dict[str, str] = {kind: field for field, kind in SURFACE_FIELDS.items() if kind in ("alias", "official", "demonym")}
# extract.extractor blanks runs this long of punctuation before matching (PUNCTUATION_RUN); not imported,
# since it would load spaCy.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{20,}")
_SPACE = re.compile(r"\s+")


class DictionaryEditError(DictionaryError):
    """An edit that was refused; the dictionary files are as they were. The message says why and what to do."""


def add_actor(
    folder: Path, actor_id: str, name: str, type: str, country_code: str, aliases: Sequence[str] = (), *,
    write: bool = True,
) -> Path:
    """Add a new actor to `folder`/actors.jsonl and return the file's path.

    Its name is also its first alias, so that the actor is found by it; `aliases`
    are further names. Raises DictionaryEditError (file unchanged) on bad input. `write=False` checks only.
    """
    folder = Path(folder)
    actor_id, name, code = actor_id.strip(), name.strip(), country_code.strip().upper()
    typed = f"the actor {actor_id!r}"
    if not actor_id:
        raise DictionaryEditError('The id is empty. Give the actor a short unique id, e.g. "Misrata militias".')
    # The loader's own rules, checked first for a message about the field typed rather than a line of the file.
    problem = id_problem(actor_id)
    if problem:
        raise DictionaryEditError(f"The actor was not added: {problem}.")
    for surface in (name or actor_id, *aliases):
        problem = surface_problem(surface.strip()) if surface.strip() else None
        if problem:
            raise DictionaryEditError(f"{typed} was not added: {problem}.")
    dictionary = load_dictionary(folder)
    taken = {known.casefold(): known for known in dictionary.actors}
    if actor_id.casefold() in taken:
        existing = dictionary.actors[taken[actor_id.casefold()]]
        raise DictionaryEditError(
            f"{typed} was not added: the id {existing.id!r} is already taken by {existing.name} ({existing.type or 'ignored name'}). "
            "Choose another id, or add a name to that actor instead."
        )
    names = list(dict.fromkeys(n for n in (n.strip() for n in (name or actor_id, *aliases)) if n))
    for surface in names:
        _check_unclaimed(dictionary, surface, actor_id, "alias", typed)
    entry: dict[str, Any] = {"id": actor_id, "name": name or actor_id, "type": type, "country_code": code, "aliases": names}
    text, bom = _read_curated(folder)
    return _write_checked(folder, _appended(text, entry), bom, typed, write)


def add_surface(folder: Path, actor_id: str, kind: str, surface: str, *, write: bool = True) -> Path:
    """Add `surface` as a name of `kind` (alias, official or demonym) of an existing actor; returns the file's path.

    Raises DictionaryEditError (file unchanged) on bad input. `write=False` checks only.
    """
    folder = Path(folder)
    surface = surface.strip()
    if kind not in EDITABLE_KINDS:
        raise DictionaryEditError(f"{kind!r} is not a kind of name that can be added here; use one of {', '.join(EDITABLE_KINDS)}.")
    typed = f"the {kind} {surface!r} of {actor_id!r}"
    if not surface:
        raise DictionaryEditError(f"The {kind} is empty. Type the name as articles write it, e.g. \"Erdogan\".")
    problem = surface_problem(surface)
    if problem:
        raise DictionaryEditError(f"{typed} was not added: {problem}.")
    dictionary = load_dictionary(folder)
    entry = dictionary.actors.get(actor_id)
    if entry is None:
        raise DictionaryEditError(f"{typed} was not added: there is no actor {actor_id!r}. Pick one from the list, or add it as a new actor first.")
    if entry.ignore:
        raise DictionaryEditError(f"{typed} was not added: {actor_id!r} is an ignored name, not an actor. Pick an actor.")
    _check_unclaimed(dictionary, surface, actor_id, kind, typed)
    field = EDITABLE_KINDS[kind]
    text, bom = _read_curated(folder)
    lines = text.split("\n")
    for number, content in enumerate(lines):
        fields = json.loads(content) if content.strip() else None
        if fields is not None and fields.get("id") == actor_id:
            fields[field] = [*fields.get(field, []), surface]
            lines[number] = json.dumps(fields, ensure_ascii=False)
            return _write_checked(folder, "\n".join(lines), bom, typed, write)
    # A country with no curated line: a line of its id and the name, merged over countries.jsonl by the loader.
    return _write_checked(folder, _appended(text, {"id": actor_id, field: [surface]}), bom, typed, write)


def affected_articles(texts: Mapping[str, str] | Iterable[tuple[str, str]], surfaces: Iterable[str]) -> list[str]:
    """Ids of the articles whose text may contain one of `surfaces` as the mention matcher reads them.

    The matcher compares token by token, folded (case and accents) unless the name is a
    short capital alias, so spacing between tokens does not count: both sides are compared
    with whitespace removed. This finds every article the matcher can find the name in,
    and a few more (a name inside a longer word).
    """
    surfaces = [s.strip() for s in surfaces if s.strip()]
    exact = [_squeezed(s) for s in surfaces if is_case_sensitive(s)]
    folded = [_squeezed(_folded(s)) for s in surfaces if not is_case_sensitive(s)]
    found = []
    for article_id, text in texts.items() if isinstance(texts, Mapping) else texts:
        # The text as written, and as the extractor parses it (long punctuation runs blanked).
        variants = {_squeezed(text), _squeezed(_PUNCTUATION_RUN.sub(" ", text))}
        if any(s in v for v in variants for s in exact) or any(s in _folded(v) for v in variants for s in folded):
            found.append(article_id)
    return found


def _squeezed(text: str) -> str:
    return _SPACE.sub("", text)


def _folded(text: str) -> str:
    # Uncached: whole articles would crowd out the tokens fold's cache is for. str.lower() writes a final
    # sigma at the end of a word, and a token may end where the text's word does not.
    return fold.__wrapped__(text).replace("ς", "σ")


def _check_unclaimed(dictionary: ActorDictionary, surface: str, actor_id: str, kind: str, typed: str) -> None:
    """Refuse a name that already stands for an actor, with a message naming that actor and role."""
    key = surface_key(surface)
    claims = [(s, a, k) for s, a, k in dictionary.surface_forms()] + [(d.name, a, "dated alias") for d, a in dictionary.dated_forms()]
    for other_surface, other_id, other_kind in claims:
        if surface_key(other_surface) != key:
            continue
        if other_id == actor_id:
            raise DictionaryEditError(f"{typed} was not added: {other_surface!r} is already listed for {actor_id!r} ({other_kind}).")
        raise DictionaryEditError(
            f"{typed} was not added: {other_surface!r} already stands for {other_id!r} ({other_kind}), and a name can "
            f"stand for one actor only. Use another name, or move it to {actor_id!r} by editing the dictionary files by hand."
        )


def _read_curated(folder: Path) -> tuple[str, bool]:
    """The curated file's text, and whether it starts with a byte-order mark (kept when it is written back)."""
    raw = (folder / ACTORS_FILE).read_bytes()
    return raw.decode("utf-8-sig"), raw.startswith(codecs.BOM_UTF8)


def _appended(text: str, entry: Mapping[str, Any]) -> str:
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    return text + line if not text or text.endswith("\n") else text + "\n" + line


def _write_checked(folder: Path, text: str, bom: bool, typed: str, write: bool = True) -> Path:
    """Check `text` as the curated file with the loader, in a copy of the folder; only then (and if `write`)
    replace the file."""
    target = folder / ACTORS_FILE
    content = ("\ufeff" if bom else "") + text
    with tempfile.TemporaryDirectory(prefix="dictionary-check-") as scratch:
        shutil.copyfile(folder / COUNTRIES_FILE, Path(scratch) / COUNTRIES_FILE)
        (Path(scratch) / ACTORS_FILE).write_text(content, encoding="utf-8")
        try:
            load_dictionary(Path(scratch))
        except DictionaryError as error:
            message = str(error).replace(str(Path(scratch)), str(folder))
            raise DictionaryEditError(f"{typed} was not added, {target} is unchanged. The dictionary would not load: {message}") from error
    if write:
        write_text_atomic(target, content)
    return target


@dataclass(frozen=True)
class MentionPreview:
    """What adding names would do to the tables, before it is saved: the mentions it adds and in how many articles."""

    mentions: int
    articles: int
    searched: int


def _name_pattern(surface: str) -> re.Pattern[str]:
    """The name as a whole word or words (any spacing between them), as written when it is case-sensitive."""
    words = r"\s+".join(re.escape(word) for word in surface.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", 0 if is_case_sensitive(surface) else re.IGNORECASE)


def preview_mentions(articles: Iterable[tuple[str, str]], mentions: Mapping[str, Sequence[tuple[int, int]]],
                     surfaces: Iterable[str]) -> MentionPreview:
    """How many new mentions `surfaces` would add to `articles` ((article_id, text) pairs): each place a name
    stands as a whole word, outside the spans of the article's existing `mentions` ((start, end) by article id).

    A preview, not the extractor: it does not fold accents or read tokens, so it can differ by a few.
    """
    patterns = [_name_pattern(s.strip()) for s in surfaces if s.strip()]
    found = touched = searched = 0
    for article_id, text in articles:
        searched += 1
        taken = sorted(mentions.get(article_id, ()))
        starts = [start for start, _ in taken]
        # The furthest end among the mentions starting before each index: one bisect per place found.
        reach = list(itertools.accumulate((end for _, end in taken), max))
        spans = {(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text)}
        new = [(start, end) for start, end in spans
               if (i := bisect.bisect_left(starts, end)) == 0 or reach[i - 1] <= start]
        found += len(new)
        touched += bool(new)
    return MentionPreview(found, touched, searched)
