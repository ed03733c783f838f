"""The actor dictionary: who can be named in an article, and by which words.

Two JSON Lines files in data/dictionary/, one actor per line:

- countries.jsonl: every sovereign state, generated from the `countryinfo`
  package by `python -m extract.dictionary --build-countries`.
- actors.jsonl: curated by hand. An entry whose id is also a country extends
  it (list fields are unioned, scalar fields override); other entries are new
  actors.

`load_dictionary()` reads and checks both; `python -m extract.dictionary --check`
does the same from the shell. See data/dictionary/README.md for the fields.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Sequence

from countryinfo import CountryInfo, CountryNotFoundError, all_countries

from extract.datafiles import default_data_file, default_data_folder
from extract.decoding import LINE_CONTROLS, NOTE_CONTROLS
from extract.export import write_text_atomic
from extract.folding import fold

DEFAULT_DICTIONARY_DIR = default_data_folder("dictionary")
COUNTRIES_FILE = "countries.jsonl"
ACTORS_FILE = "actors.jsonl"
# Names composed from a side of the war and words that place or qualify it ("the eastern coalition", "its client in
# Benghazi"): optional; a composed name yields to any name the other two files give.
SIDE_NAMES_FILE = "side_names.json"

ACTOR_TYPES: tuple[str, ...] = (
    "state",
    "government",
    "legislature",
    "armed group",
    "mercenary group",
    "militant group",
    "political movement",
    "IGO",
)
# Field name in the file -> the kind a mention of that form gets.
SURFACE_FIELDS: dict[str, str] = {
    "aliases": "alias",
    "demonyms": "demonym",
    "metonyms": "metonym",
    "officials": "official",
    "seats": "seat",
}
IGNORE_KIND = "ignore"
TEXT_FIELDS: tuple[str, ...] = ("name", "type", "country_code", "notes")
# Names that mean the actor only in articles dated within a window ("from"/"until", ISO dates, both inclusive).
# A dated name is an alias unless its "kind" says it is a seat, a metonym, ...: "Tripoli" stands for the GNA
# until the GNU took office, and for the GNU after.
DATED_FIELD = "dated_aliases"
DATED_KINDS: tuple[str, ...] = tuple(SURFACE_FIELDS.values())
ALLOWED_FIELDS: tuple[str, ...] = ("id", *TEXT_FIELDS, *SURFACE_FIELDS, DATED_FIELD, "ignore")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
COUNTRY_CODE = re.compile(r"[A-Z]{3}")
# What an entry may hold, so that the file, the Actors page and the CLI refuse the same things: an id is a
# short name (letters, digits, spaces, . ' & ( ) -; no path like "../x" or "a/b"); a name is two or more
# characters holding a letter or digit, at most MAX_SURFACE_CHARS, no control character, and not only
# function words (FUNCTION_WORDS_FILE).
ACTOR_ID = re.compile(r"[^\W_][\w .'’&()\-]*")
MAX_ID_CHARS = 80
MIN_SURFACE_CHARS = 2
MAX_SURFACE_CHARS = 100
MAX_NOTES_CHARS = 2000
FUNCTION_WORDS_FILE = default_data_file("function_words.txt")
# Short capitalised aliases match as written ("US" but not "us"); the rule
# mentions.py applies, so that uniqueness is checked the way matching works.
CASE_SENSITIVE_MAX_LETTERS = 6


class DictionaryError(ValueError):
    """A dictionary file that cannot be used; the message names the file, the line and the fix."""


@dataclass(frozen=True)
class DatedAlias:
    """A name that means its actor only in articles dated from `start` to `end` ("" = open), read as
    `kind` (alias, seat, metonym, ...: the same checks as the undated field of that kind).
    An article without a date reads the name in the window that has no start."""

    name: str
    start: str = ""
    end: str = ""
    kind: str = "alias"
    # A description with no name in it ("government forces"): it names the actor only in a sentence that names no
    # other government (extract.mentions.MentionFinder._bare_is_actor).
    bare: bool = False
    # A name made of common words ("General Command"): it names the actor only written with capitals, and not with an
    # of-phrase naming another actor ("the General Command of the Egyptian Armed Forces"; extract.mentions).
    capitalised: bool = False

    def applies(self, date: str) -> bool:
        if not date:
            return not self.start
        day = date[:10]
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One actor (or, with `ignore`, a known name that is no actor) and the words that name it."""

    id: str
    name: str
    type: str
    country_code: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    dated_aliases: tuple[DatedAlias, ...] = ()
    ignore: bool = False
    notes: str = ""

    def surfaces(self) -> Iterator[tuple[str, str]]:
        """(surface text, kind) for every form; all forms of an ignored name have kind "ignore"."""
        for field, kind in SURFACE_FIELDS.items():
            for surface in getattr(self, field):
                yield surface, IGNORE_KIND if self.ignore else kind


@dataclass(frozen=True)
class ActorDictionary:
    """The merged dictionary. `version` changes whenever either file changes."""

    actors: dict[str, ActorEntry]
    version: str

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """(surface text, actor_id, kind) for every form of every entry, kind in
        alias / demonym / metonym / official, or ignore for ignored names."""
        return [(surface, entry.id, kind) for entry in self.actors.values() for surface, kind in entry.surfaces()]

    def dated_forms(self) -> list[tuple[DatedAlias, str]]:
        """(dated alias, actor_id) for every name whose meaning depends on the article's date."""
        return [(alias, entry.id) for entry in self.actors.values() for alias in entry.dated_aliases]

    def type_counts(self) -> dict[str, int]:
        """Entries per actor type, ignored names counted under "ignore"."""
        counts = Counter(IGNORE_KIND if entry.ignore else entry.type for entry in self.actors.values())
        return {kind: counts[kind] for kind in (*ACTOR_TYPES, IGNORE_KIND) if counts[kind]}


def is_case_sensitive(surface: str) -> bool:
    """True for short all-capital aliases (UN, EU, U.S., NATO), which match only as written."""
    return surface.isupper() and len(surface.replace(".", "")) <= CASE_SENSITIVE_MAX_LETTERS


def surface_key(surface: str) -> str:
    """What a surface form matches as: itself if case-sensitive, else folded
    (lower case, no accents), so 'Shoigú' and 'Shoigu' are one form."""
    if is_case_sensitive(surface):
        return surface
    return " ".join(fold(surface).split())


# Spellings one name is written in, so that the dictionary lists a name once: "UN" and "U.N.", "recognised"
# and "recognized", "Defence" and "Defense". An acronym is two to four capitals; a dotted one has a dot after each.
ACRONYM = re.compile(r"(?<![\w.])([A-Z]{2,4})(?![\w.])")
DOTTED_ACRONYM = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,4})(?!\w)")
BRITISH_ISE = re.compile(r"(?<=[a-z]{3})is(?=(e|ed|es|ing|ation|ations)\b)")
AMERICAN_IZE = re.compile(r"(?<=[a-z]{3})iz(?=(e|ed|es|ing|ation|ations)\b)")
DEFENCE = re.compile(r"(?<=\b[Dd]ef|\b[Oo]ff)en([cs])e\b")


def spelling_variants(surface: str) -> list[str]:
    """Other ways news text writes `surface` (not `surface` itself): acronyms with or without dots ("U.N.-backed
    government" for "UN-backed government", "E.U." for "EU"), and British or American spelling ("recognized" for
    "recognised", "Defense" for "Defence"). A variant may be no real spelling (it then matches nothing)."""
    dots = DOTTED_ACRONYM.sub(lambda m: m.group(1).replace(".", ""), surface)
    if dots == surface:
        dots = ACRONYM.sub(lambda m: "".join(f"{letter}." for letter in m.group(1)), surface)
    forms = [dots]
    for form in (surface, dots):
        spelled = BRITISH_ISE.sub("iz", form)
        if spelled == form:
            spelled = AMERICAN_IZE.sub("is", form)
        spelled = DEFENCE.sub(lambda m: "ense" if m.group(1) == "c" else "ence", spelled)
        forms.append(spelled)
    return [form for form in dict.fromkeys(forms) if form != surface]


# ---------------------------------------------------------------------------
# Reading and checking the files
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One entry as written, with where it came from for error messages."""

    path: Path
    number: int
    fields: dict[str, Any]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.number}"

    @property
    def id(self) -> str:
        return self.fields["id"]


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    try:
        lines = FUNCTION_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(f"{FUNCTION_WORDS_FILE}: cannot be read ({error.strerror or error}). "
                              "Restore it from the repository.") from error
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def id_problem(actor_id: str) -> str | None:
    """Why `actor_id` cannot be an actor's id, or None."""
    if LINE_CONTROLS.search(actor_id):
        return f"the id {actor_id!r} holds a control character (such as NUL or a line break)"
    if len(actor_id) > MAX_ID_CHARS:
        return f"the id is {len(actor_id):,} characters long; at most {MAX_ID_CHARS}"
    if not ACTOR_ID.fullmatch(actor_id) or ".." in actor_id:
        return (f"the id {actor_id!r} may hold only letters, digits, spaces and . ' & ( ) -, starting with a letter "
                "or digit (no / or ..)")
    return None


def surface_problem(surface: str) -> str | None:
    """Why `surface` cannot be a name in the dictionary (it would flood the tables or break lines), or None."""
    shown = repr(surface) if len(surface) <= 40 else f"{surface[:40]!r}…"
    if LINE_CONTROLS.search(surface):
        return f"{shown} holds a control character (such as a line break, a tab or NUL) or a non-character"
    text = surface.strip()
    if len(text) < MIN_SURFACE_CHARS:
        return f"{shown} is a single character; a name has at least {MIN_SURFACE_CHARS}"
    if len(text) > MAX_SURFACE_CHARS:
        return f"{shown} is {len(text):,} characters long; a name has at most {MAX_SURFACE_CHARS}"
    if not any(ch.isalnum() for ch in text):
        return f"{shown} has no letter or digit"
    words = fold(text).replace("’", "'").split()
    if not is_case_sensitive(text) and all(word in function_words() for word in words):
        return (f"{shown} is only common words (like “the”, “of”, “said”): every article has them, so it would "
                "add mentions everywhere")
    return None


def _check_fields(path: Path, number: int, fields: Any) -> dict[str, Any]:
    where = f"{path}:{number}"
    if not isinstance(fields, dict):
        raise DictionaryError(f"{where}: expected one JSON object {{...}} per line, got {type(fields).__name__}.")
    unknown = sorted(set(fields) - set(ALLOWED_FIELDS))
    if unknown:
        raise DictionaryError(
            f"{where}: unknown field(s) {', '.join(unknown)}. Allowed fields: {', '.join(ALLOWED_FIELDS)}."
        )
    actor_id = fields.get("id")
    if not isinstance(actor_id, str) or not actor_id.strip():
        raise DictionaryError(f'{where}: missing "id". Every entry needs a non-empty text id, e.g. "id": "Turkey".')
    problem = id_problem(actor_id)
    if problem:
        raise DictionaryError(f'{where}: {problem}. Give a short id such as "Misrata militias".')
    for field in TEXT_FIELDS:
        if field in fields and not isinstance(fields[field], str):
            raise DictionaryError(f'{where}: "{field}" must be text in quotes, got {fields[field]!r}.')
    for field in ("name", "type", "country_code"):
        value = fields.get(field, "")
        if LINE_CONTROLS.search(value) or len(value) > MAX_SURFACE_CHARS:
            raise DictionaryError(f'{where}: "{field}" must be one line of at most {MAX_SURFACE_CHARS} characters '
                                  f"with no control character, got {value[:40]!r}.")
    if NOTE_CONTROLS.search(fields.get("notes", "")) or len(fields.get("notes", "")) > MAX_NOTES_CHARS:
        raise DictionaryError(f'{where}: "notes" must be at most {MAX_NOTES_CHARS} characters with no control '
                              "character but tabs and line breaks.")
    if "ignore" in fields and not isinstance(fields["ignore"], bool):
        raise DictionaryError(f'{where}: "ignore" must be true or false, got {fields["ignore"]!r}.')
    for field in SURFACE_FIELDS:
        values = fields.get(field, [])
        if not isinstance(values, list):
            raise DictionaryError(f'{where}: "{field}" must be a list of names, e.g. ["Ankara"], got {values!r}.')
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise DictionaryError(f'{where}: "{field}" has an empty or non-text item {value!r}. Remove it.')
            problem = surface_problem(value)
            if problem:
                raise DictionaryError(f'{where}: "{field}" has {problem}. Remove it or write the name in full.')
    for item in fields.get(DATED_FIELD, []):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("name"), str)
            or not item["name"].strip()
            or set(item) - {"name", "from", "until", "kind", "bare", "capitalised"}
            or any(not ISO_DATE.fullmatch(str(item[key])) for key in ("from", "until") if key in item)
            or item.get("kind", "alias") not in DATED_KINDS
            or not isinstance(item.get("bare", False), bool)
            or not isinstance(item.get("capitalised", False), bool)
        ):
            raise DictionaryError(
                f'{where}: "{DATED_FIELD}" items look like {{"name": "Government of National Unity", "until": "2021-03-14"}} '
                f'or {{"name": "Tripoli", "kind": "metonym", "from": "2021-03-15"}} ("from" and/or "until" as yyyy-mm-dd; '
                f'"kind" one of {", ".join(DATED_KINDS)}, alias when left out; "bare": true for a description such as '
                f'"government forces"; "capitalised": true for a name of common words such as "General Command"), got {item!r}.'
            )
    for item in fields.get(DATED_FIELD, []):
        problem = surface_problem(item["name"])
        if problem:
            raise DictionaryError(f'{where}: "{DATED_FIELD}" has {problem}. Remove it or write the name in full.')
    if "type" in fields and fields["type"] not in ACTOR_TYPES:
        raise DictionaryError(
            f"{where}: type {fields['type']!r} is not one of: {', '.join(ACTOR_TYPES)}. Use the closest one."
        )
    code = fields.get("country_code", "")
    if code and not COUNTRY_CODE.fullmatch(code):
        raise DictionaryError(
            f'{where}: country_code {code!r} must be an ISO 3166-1 alpha-3 code in capitals (e.g. "TUR"), or "".'
        )
    return fields


def _read_lines(path: Path, remedy: str) -> tuple[list[_Line], bytes]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise DictionaryError(f"{path}: file not found. {remedy}") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DictionaryError(f"{path}: not UTF-8 text ({error}). Save the file as UTF-8.") from error
    lines: list[_Line] = []
    first_line_of: dict[str, int] = {}
    # Split on newlines only: str.splitlines would also split inside names at U+2028.
    for number, content in enumerate(text.split("\n"), start=1):
        content = content.strip()
        if not content:
            continue
        try:
            fields = json.loads(content)
        except json.JSONDecodeError as error:
            raise DictionaryError(
                f"{path}:{number}: not valid JSON ({error.msg} at column {error.colno}). "
                'Each line must be one JSON object, e.g. {"id": "Turkey", "type": "state"}.'
            ) from error
        line = _Line(path, number, _check_fields(path, number, fields))
        if line.id in first_line_of:
            raise DictionaryError(
                f"{line.where}: id {line.id!r} is already defined on line {first_line_of[line.id]}. "
                "Merge the two lines into one."
            )
        first_line_of[line.id] = number
        lines.append(line)
    return lines, raw


class _Draft:
    """An actor while the two files are merged; remembers which line gave each form."""

    def __init__(self, line: _Line) -> None:
        self.fields: dict[str, Any] = {field: line.fields.get(field, "") for field in TEXT_FIELDS}
        self.fields["ignore"] = line.fields.get("ignore", False)
        self.lists: dict[str, list[str]] = {field: [] for field in SURFACE_FIELDS}
        self.dated: list[DatedAlias] = []
        self.origin: dict[tuple[str, str], str] = {}
        self.id = line.id
        self.extend(line)

    def extend(self, line: _Line) -> None:
        for field in (*TEXT_FIELDS, "ignore"):
            if field in line.fields:
                self.fields[field] = line.fields[field]
        for field in SURFACE_FIELDS:
            for surface in line.fields.get(field, []):
                surface = surface.strip()
                if surface not in self.lists[field]:
                    self.lists[field].append(surface)
                    self.origin[field, surface] = line.where
        for item in line.fields.get(DATED_FIELD, []):
            alias = DatedAlias(item["name"].strip(), item.get("from", ""), item.get("until", ""), item.get("kind", "alias"), item.get("bare", False),
                                item.get("capitalised", False))
            self.dated.append(alias)
            self.origin[DATED_FIELD, alias.name] = line.where

    def entry(self) -> ActorEntry:
        return ActorEntry(
            id=self.id,
            name=self.fields["name"] or self.id,
            type=self.fields["type"],
            country_code=self.fields["country_code"],
            aliases=tuple(self.lists["aliases"]),
            demonyms=tuple(self.lists["demonyms"]),
            metonyms=tuple(self.lists["metonyms"]),
            officials=tuple(self.lists["officials"]),
            seats=tuple(self.lists["seats"]),
            dated_aliases=tuple(self.dated),
            ignore=self.fields["ignore"],
            notes=self.fields["notes"],
        )


def _merge(countries: list[_Line], curated: list[_Line]) -> list[_Draft]:
    drafts: dict[str, _Draft] = {}
    for line in countries:
        if "type" not in line.fields:
            raise DictionaryError(
                f'{line.where}: no "type". Regenerate the file: python -m extract.dictionary --build-countries'
            )
        drafts[line.id] = _Draft(line)
    for line in curated:
        if line.id in drafts:
            drafts[line.id].extend(line)
            continue
        if "type" not in line.fields and not line.fields.get("ignore", False):
            raise DictionaryError(
                f"{line.where}: {line.id!r} is a new actor (its id is not in {COUNTRIES_FILE}) and needs a "
                f'"type": one of {", ".join(ACTOR_TYPES)}. To extend a country, use its id exactly as in {COUNTRIES_FILE}.'
            )
        drafts[line.id] = _Draft(line)
    return list(drafts.values())


def _check_surfaces(drafts: list[_Draft]) -> None:
    """Each form must name one actor, in one role."""
    claimed: dict[str, tuple[str, str, str, str]] = {}
    for draft in drafts:
        forms = [(surface, field) for field in SURFACE_FIELDS for surface in draft.lists[field]]
        for surface, field in forms:
            kind = IGNORE_KIND if draft.fields["ignore"] else SURFACE_FIELDS[field]
            key = surface_key(surface)
            where = draft.origin[field, surface]
            if key not in claimed:
                claimed[key] = (draft.id, kind, surface, where)
                continue
            other_id, other_kind, other_surface, other_where = claimed[key]
            if other_id != draft.id:
                raise DictionaryError(
                    f"{where}: {surface!r} ({kind}) is given to {draft.id!r}, but {other_surface!r} is already "
                    f"given to {other_id!r} ({other_kind}, {other_where}). A name can stand for one actor only: "
                    "remove it from one of them."
                )
            if other_kind != kind:
                raise DictionaryError(
                    f"{where}: {surface!r} is listed for {draft.id!r} both as {other_kind} ({other_where}) and as "
                    f"{kind}. Keep it in one field."
                )


def _check_dated(drafts: list[_Draft], claimed: set[str]) -> None:
    """A dated name is not also an undated one, and its windows for different actors do not overlap."""
    windows: dict[str, list[tuple[DatedAlias, str, str]]] = {}
    for draft in drafts:
        for alias in draft.dated:
            where = draft.origin[DATED_FIELD, alias.name]
            key = surface_key(alias.name)
            if key in claimed:
                raise DictionaryError(f"{where}: {alias.name!r} is a dated alias of {draft.id!r} but also an undated name. Keep one.")
            for other, other_id, other_where in windows.get(key, []):
                overlap = (not alias.end or not other.start or other.start <= alias.end) and (
                    not other.end or not alias.start or alias.start <= other.end
                )
                if overlap:
                    raise DictionaryError(
                        f"{where}: {alias.name!r} for {draft.id!r} overlaps its window for {other_id!r} ({other_where}). "
                        "Give the windows dates that do not overlap."
                    )
            windows.setdefault(key, []).append((alias, draft.id, where))


def load_dictionary(folder: Path = DEFAULT_DICTIONARY_DIR) -> ActorDictionary:
    """Read countries.jsonl and actors.jsonl from `folder`, merge and check them."""
    folder = Path(folder)
    countries, countries_bytes = _read_lines(
        folder / COUNTRIES_FILE, "Generate it: python -m extract.dictionary --build-countries"
    )
    curated, curated_bytes = _read_lines(folder / ACTORS_FILE, "Restore it from the repository.")
    drafts = _merge(countries, curated)
    _check_surfaces(drafts)
    claimed = {surface_key(s) for d in drafts for field in SURFACE_FIELDS for s in d.lists[field]}
    _check_dated(drafts, claimed)
    sides_bytes = _add_side_names(drafts, folder / SIDE_NAMES_FILE, claimed)
    digest = hashlib.sha256()
    for name, raw in ((COUNTRIES_FILE, countries_bytes), (ACTORS_FILE, curated_bytes), (SIDE_NAMES_FILE, sides_bytes)):
        digest.update(name.encode() + b"\0" + raw + b"\0")
    return ActorDictionary(actors={d.id: d.entry() for d in drafts}, version=digest.hexdigest()[:12])


def side_names(data: Any, where: str) -> list[tuple[str, str, DatedAlias]]:
    """(actor id, composed name, its window) for each side of side_names.json: every word of "before" with every
    head ("eastern coalition"), and every head with every phrase of "after" ("client in Benghazi"), for each actor
    of the side over its dates."""
    sides = data.get("sides") if isinstance(data, dict) else None
    if not isinstance(sides, list):
        raise DictionaryError(f'{where}: expected {{"sides": [...]}}, each side {{"actors": [...], "before": [...], "after": [...], "heads": [...]}}.')
    found = []
    for number, side in enumerate(sides, start=1):
        words = {key: side.get(key, []) if isinstance(side, dict) else None for key in ("before", "after", "heads")}
        actors = side.get("actors") if isinstance(side, dict) else None
        if not isinstance(actors, list) or any(not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v) for v in words.values()):
            raise DictionaryError(f'{where}: side {number} needs "actors" (a list) and "before", "after", "heads" as lists of words.')
        names = [f"{b} {h}" for b in words["before"] for h in words["heads"]] + [f"{h} {a}" for h in words["heads"] for a in words["after"]]
        for actor in actors:
            if not isinstance(actor, dict) or not isinstance(actor.get("actor"), str) or set(actor) - {"actor", "from", "until"} or any(
                not ISO_DATE.fullmatch(str(actor[key])) for key in ("from", "until") if key in actor
            ):
                raise DictionaryError(f'{where}: side {number}: actors look like {{"actor": "GNA", "until": "2021-03-14"}}, got {actor!r}.')
            found += [(actor["actor"], name, DatedAlias(name, actor.get("from", ""), actor.get("until", ""))) for name in names]
    return found


def _add_side_names(drafts: list[_Draft], path: Path, claimed: set[str]) -> bytes:
    """Add the composed side names of `path` (if there is one) to their actors as dated aliases, skipping a name the
    dictionary files already give anyone; the file's bytes, for the version."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return b""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DictionaryError(f"{path}: not valid JSON text ({error}). Restore it from the repository.") from error
    by_id = {d.id: d for d in drafts}
    taken = set(claimed) | {surface_key(a.name) for d in drafts for a in d.dated}
    for actor_id, name, alias in side_names(data, str(path)):
        if actor_id not in by_id:
            raise DictionaryError(f"{path}: {actor_id!r} is no actor of the dictionary. Use an id of actors.jsonl.")
        if surface_key(name) in taken or surface_problem(name):
            continue
        by_id[actor_id].dated.append(alias)
        by_id[actor_id].origin[DATED_FIELD, name] = str(path)
    return raw


# ---------------------------------------------------------------------------
# Building countries.jsonl from countryinfo
# ---------------------------------------------------------------------------

# The 193 UN member states (ISO 3166-1 alpha-3). countryinfo also lists
# territories and has no sovereignty flag, so membership is the filter.
UN_MEMBER_CODES: frozenset[str] = frozenset(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
    BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA
    DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
    HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
    LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
    NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
    SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
    TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split()
)
# Non-member observer states.
OBSERVER_STATE_CODES: frozenset[str] = frozenset({"PSE", "VAT"})
SOVEREIGN_CODES: frozenset[str] = UN_MEMBER_CODES | OBSERVER_STATE_CODES

# countryinfo records that share a sovereign state's code but name a part of it.
CONSTITUENT_RECORDS: frozenset[str] = frozenset({"Wales", "Scotland"})

# Ids where countryinfo's name is not the short common English name.
ID_OVERRIDES: dict[str, str] = {
    "ARE": "UAE",
    "BHS": "Bahamas",
    "GMB": "Gambia",
    "MKD": "North Macedonia",  # renamed in 2019
    "PSE": "Palestine",
    "SWZ": "Eswatini",  # renamed in 2018
    "VAT": "Vatican City",
}

# Names countryinfo gives that would name the wrong thing in news text.
EXCLUDED_FORMS: dict[str, str] = {
    # demonyms
    "Central African": "usually the region",
    "Congolese": "shared by both Congos",
    "Dominican": "shared by Dominica and the Dominican Republic",
    "Georgian": "also the US state and the 18th-century style",
    "Macedonian": "also the Greek region",
    "Micronesian": "usually the region",
    "Polish": "the English verb",
    "Turkmen": "in Libya coverage, the Syrian Turkmen fighters",
    # capitals
    "Brussels": "stands for the EU in news (given to EU in actors.jsonl)",
    "Georgetown": "a Washington neighbourhood and university",
    "Jerusalem": "claimed as capital by both Israel and Palestine",
    "Malé": "folds to the English word 'male'",
    "San José": "many cities",
    "Santiago": "a first name and many cities",
    "Sofia": "a first name",
    "St. George's": "a common church and school name",
    "Tripoli": "stands for the GNA in this war (given to GNA in actors.jsonl); also a city in Lebanon",
    "Victoria": "a first name and an Australian state",
    # alternative spellings
    "Congo": "either Congo",
    "Dominique": "a first name",
    "Island": "Icelandic for Iceland; an English word",
    "Prathet": "Thai for 'country'",
    "RSA": "also a company and other organisations",
}
_EXCLUDED_KEYS = frozenset(surface_key(form) for form in EXCLUDED_FORMS)


def _is_latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def _safe_alt_spelling(spelling: str, codes: set[str]) -> bool:
    """An alternative spelling an English article could use for the state itself."""
    return (
        bool(spelling)
        and spelling not in codes  # ISO codes (IT, ITA) are not how articles name states
        and spelling[0].isupper()  # drops transliteration fragments ("aṣ-Ṣūmāl", "weSwatini")
        and not any(ch in spelling for ch in ",()")  # index forms ("Korea, Republic of")
        and _is_latin(spelling)
    )


def _names(*groups: Sequence[str], taken: set[str]) -> list[str]:
    """Forms from `groups` in order, once each, skipping excluded ones and keys in `taken`."""
    kept: list[str] = []
    for group in groups:
        for form in group:
            key = surface_key(form)
            if key in taken or key in _EXCLUDED_KEYS:
                continue
            taken.add(key)
            kept.append(form)
    return kept


def _split_demonyms(value: Any) -> list[str]:
    # countryinfo joins some: "Antiguan,Barbudan", "Serbian/Montenegrin".
    return [part.strip() for part in re.split(r"[,/]", value or "") if part.strip()]


def _capitals(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def _country_records() -> dict[str, list[dict[str, Any]]]:
    by_code: dict[str, list[dict[str, Any]]] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha3") or ""
        if code in SOVEREIGN_CODES and info["name"] not in CONSTITUENT_RECORDS:
            by_code.setdefault(code, []).append(info)
    return by_code


def build_countries() -> list[dict[str, Any]]:
    """One dictionary entry per sovereign state, from countryinfo, sorted by id.

    Where countryinfo has several records for one state (Burma and Myanmar),
    the one it returns for the ISO code gives the id and the others add names.
    """
    by_code = _country_records()
    missing = sorted(SOVEREIGN_CODES - set(by_code))
    if missing:
        raise DictionaryError(
            f"countryinfo has no record for {', '.join(missing)}. "
            "Check the installed countryinfo version against requirements.txt."
        )
    entries = []
    for code in sorted(SOVEREIGN_CODES):
        try:
            primary = CountryInfo(code).info()
        except CountryNotFoundError as error:
            raise DictionaryError(f"countryinfo cannot look up {code}: {error}") from error
        records = [primary, *(r for r in by_code[code] if r["name"] != primary["name"])]
        actor_id = ID_OVERRIDES.get(code, primary["name"])
        codes = {c for r in records for c in ((r.get("ISO") or {}).get("alpha2"), code) if c}
        demonym_forms = [d for r in records for d in _split_demonyms(r.get("demonym"))]
        alt_spellings = [
            s.strip() for r in records for s in [r["name"], *r.get("altSpellings", [])] if _safe_alt_spelling(s.strip(), codes)
        ]
        taken: set[str] = set()
        # A spelling that is the demonym ("Thai", "Togolese") is kept as a demonym only.
        demonym_keys = {surface_key(d) for d in demonym_forms} - {surface_key(actor_id)}
        aliases = _names([actor_id], [s for s in alt_spellings if surface_key(s) not in demonym_keys], taken=taken)
        demonyms = _names(demonym_forms, taken=taken)
        metonyms = _names([c for r in records for c in _capitals(r.get("capital"))], taken=taken)
        entries.append(
            {
                "id": actor_id,
                "name": actor_id,
                "type": "state",
                "country_code": code,
                "aliases": aliases,
                "demonyms": demonyms,
                "metonyms": metonyms,
                "officials": [],
            }
        )
    return sorted(entries, key=lambda entry: entry["id"].casefold())


def countries_jsonl(entries: list[dict[str, Any]]) -> str:
    """The file text: one JSON object per line, names unescaped so the file reads as written."""
    return "".join(json.dumps(entry, ensure_ascii=False) + "\n" for entry in entries)


def write_countries(folder: Path = DEFAULT_DICTIONARY_DIR) -> Path:
    """Regenerate `folder`/countries.jsonl from countryinfo, atomically."""
    path = Path(folder) / COUNTRIES_FILE
    write_text_atomic(path, countries_jsonl(build_countries()))
    return path


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def check_report(dictionary: ActorDictionary, folder: Path) -> str:
    """What --check prints: entries per type, the number of forms and the version."""
    lines = [
        f"{folder}: {len(dictionary.actors)} entries, {len(dictionary.surface_forms())} surface forms, "
        f"version {dictionary.version}"
    ]
    lines += [f"  {kind:<20}{count:>5}" for kind, count in dictionary.type_counts().items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.dictionary", description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--build-countries", action="store_true", help=f"regenerate {COUNTRIES_FILE} from countryinfo")
    action.add_argument("--check", action="store_true", help="load and validate both files, print counts per type")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DICTIONARY_DIR, help="the dictionary folder")
    args = parser.parse_args(argv)
    try:
        if args.build_countries:
            path = write_countries(args.dir)
            print(f"wrote {path}")
        else:
            print(check_report(load_dictionary(args.dir), args.dir))
    except DictionaryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
