"""The actor dictionary: the curated and generated files, the merge rule, validation, the builder."""
from __future__ import annotations

import json
import re
import pickle
from pathlib import Path

import pytest

from extract.dictionary import (
    DatedAlias,
    ACTOR_TYPES,
    ACTORS_FILE,
    COUNTRIES_FILE,
    DEFAULT_DICTIONARY_DIR,
    ActorDictionary,
    DictionaryError,
    build_countries,
    countries_jsonl,
    is_case_sensitive,
    load_dictionary,
    main,
    surface_key,
)
from extract.folding import fold

DICTIONARY = load_dictionary()
# What each form matches as -> (actor id, kind), as the matcher sees it.
FORMS = {surface_key(surface): (actor, kind) for surface, actor, kind in DICTIONARY.surface_forms()}
COUNTRIES = {entry["id"]: entry for entry in build_countries()}


def lookup(text: str) -> tuple[str, str] | None:
    """The entry a stretch of text matches: a short capitalised alias as
    written, anything else folded."""
    return FORMS.get(text) or FORMS.get(" ".join(fold(text).split()))


# ---------------------------------------------------------------------------
# The bundled dictionary
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "actor_id,actor_type,country_code",
    [
        ("Turkey", "state", "TUR"),
        ("Russia", "state", "RUS"),
        ("Egypt", "state", "EGY"),
        ("UAE", "state", "ARE"),
        ("France", "state", "FRA"),
        ("United States", "state", "USA"),
        ("GNA", "government", "LBY"),
        ("LNA", "armed group", "LBY"),
        ("HoR", "legislature", "LBY"),
        ("Wagner", "mercenary group", "RUS"),
        ("UN", "IGO", ""),
        ("EU", "IGO", ""),
        ("NATO", "IGO", ""),
        ("African Union", "IGO", ""),
        ("Arab League", "IGO", ""),
        ("ISIS", "militant group", ""),
        ("Muslim Brotherhood", "political movement", ""),
        ("RSF", "armed group", "SDN"),
    ],
)
def test_core_actors_have_their_type_and_country(actor_id: str, actor_type: str, country_code: str) -> None:
    entry = DICTIONARY.actors[actor_id]
    assert (entry.type, entry.country_code, entry.ignore) == (actor_type, country_code, False)


@pytest.mark.parametrize(
    "surface,actor,kind",
    [
        ("Hifter", "LNA", "official"),
        ("Khalifa Hafter", "LNA", "official"),
        ("Heftar", "LNA", "official"),
        ("al-Mismari", "LNA", "official"),
        ("Libyan Arab Armed Forces", "LNA", "alias"),
        ("LAAF", "LNA", "alias"),
        ("Shoygu", "Russia", "official"),
        ("Shoigú", "Russia", "official"),
        ("SHOIGU", "Russia", "official"),
        ("Zakharova", "Russia", "official"),
        ("Kremlin", "Russia", "metonym"),
        ("Cavusoglu", "Turkey", "official"),
        ("Çavuşoğlu", "Turkey", "official"),
        ("Kalin", "Turkey", "official"),
        ("Hakan Fidan", "Turkey", "official"),
        ("Ankara", "Turkey", "metonym"),
        ("Turkish", "Turkey", "demonym"),
        ("Türkiye", "Turkey", "alias"),
        ("al-Serraj", "GNA", "official"),
        ("Serraj", "GNA", "official"),
        ("Bashagha", "GNA", "official"),
        ("Gununu", "GNA", "official"),
        ("el-Sisi", "Egypt", "official"),
        ("Abdelfatah", "Egypt", "official"),
        ("Shoukry", "Egypt", "official"),
        ("MBZ", "UAE", "official"),
        ("Gargash", "UAE", "official"),
        ("Emirati", "UAE", "demonym"),
        ("Le Drian", "France", "official"),
        ("Elysee", "France", "metonym"),
        ("Prigozhin", "Wagner", "official"),
        ("PMC Wagner", "Wagner", "alias"),
        ("Salame", "UN", "official"),
        ("UNSMIL", "UN", "alias"),
        ("Security Council", "UN", "alias"),
        ("Operation Irini", "EU", "alias"),
        ("Brussels", "EU", "metonym"),
        ("Stoltenberg", "NATO", "official"),
        ("Daesh", "ISIS", "alias"),
        ("Aguila Saleh", "HoR", "official"),
        ("Hemedti", "RSF", "official"),
        # names translated Arabic-language press uses
        ("parliament of Tobruk", "HoR", "alias"),
        ("House of Representatives in Tobruk", "HoR", "alias"),
        ("eastern army", "LNA", "alias"),
        ("U.S.", "United States", "alias"),
        ("Pentagon", "United States", "metonym"),
        ("Pompeo", "United States", "official"),
        ("Conte", "Italy", "official"),
        ("Merkel", "Germany", "official"),
        ("Dendias", "Greece", "official"),
        ("Tebboune", "Algeria", "official"),
        ("Saied", "Tunisia", "official"),
        ("Assad", "Syria", "official"),
        ("Libya", "Libya", "ignore"),
        ("Libyan", "Libya", "ignore"),
        ("Libyans", "Libya", "ignore"),
    ],
)
def test_spelling_variants_name_the_right_actor(surface: str, actor: str, kind: str) -> None:
    assert lookup(surface) == (actor, kind)


@pytest.mark.parametrize(
    "surface",
    [
        "Gaddafi",  # dead before this war: not an actor
        "Kadhafi",
        "Qaddafi",
        "IS",  # in capitals, an English word
        "Said",
        "Williams",
        "Johnson",
        "al-Thani",  # Qatar's family and Libya's eastern prime minister
        "Brotherhood",
        "Saleh",
        "Polish",
        "Georgian",
        "Turkmen",
        "Turkey-backed",  # the matcher derives hyphenated compounds
        "us",
    ],
)
def test_ambiguous_or_dead_names_are_not_listed(surface: str) -> None:
    assert lookup(surface) is None


@pytest.mark.parametrize(
    "surface,expected",
    [("US", True), ("U.S.", True), ("NATO", True), ("UNSMIL", True), ("Nato", False), ("AFRICOM", False), ("Haftar", False)],
)
def test_short_capitalised_aliases_are_case_sensitive(surface: str, expected: bool) -> None:
    assert is_case_sensitive(surface) is expected


@pytest.mark.parametrize(
    "first,second,same",
    [("Shoigú", "Shoigu", True), ("Çavuşoğlu", "cavusoglu", True), ("Kalın", "Kalin", True), ("US", "us", False), ("UN", "Un", False)],
)
def test_forms_compare_as_the_matcher_matches(first: str, second: str, same: bool) -> None:
    assert (surface_key(first) == surface_key(second)) is same


def test_every_entry_is_well_formed() -> None:
    kinds = {kind for _, _, kind in DICTIONARY.surface_forms()} | {alias.kind for alias, _ in DICTIONARY.dated_forms()}
    assert kinds == {"alias", "demonym", "metonym", "official", "seat", "ignore"}
    for entry in DICTIONARY.actors.values():
        assert entry.ignore or entry.type in ACTOR_TYPES, entry.id
        assert entry.ignore or entry.aliases or entry.dated_aliases, entry.id
        if entry.type == "state":
            assert len(entry.country_code) == 3, entry.id
        if entry.type == "IGO":
            assert entry.country_code == "", entry.id


def test_ignored_names_only_give_ignore_forms() -> None:
    libya = [(surface, kind) for surface, actor, kind in DICTIONARY.surface_forms() if actor == "Libya"]
    assert libya and {kind for _, kind in libya} == {"ignore"}


def test_dictionary_survives_pickling_for_worker_processes() -> None:
    copy = pickle.loads(pickle.dumps(DICTIONARY))
    assert copy == DICTIONARY and copy.surface_forms() == DICTIONARY.surface_forms()


# ---------------------------------------------------------------------------
# Merge rule and validation, on small files
# ---------------------------------------------------------------------------

TURKEY = {"id": "Turkey", "name": "Turkey", "type": "state", "country_code": "TUR",
          "aliases": ["Turkey"], "demonyms": ["Turkish"], "metonyms": ["Ankara"], "officials": []}


def write_dictionary(folder: Path, countries: list[str], actors: list[str]) -> Path:
    (folder / COUNTRIES_FILE).write_text("".join(line + "\n" for line in countries), encoding="utf-8")
    (folder / ACTORS_FILE).write_text("".join(line + "\n" for line in actors), encoding="utf-8")
    return folder


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_an_entry_with_a_country_id_extends_the_country(tmp_path: Path) -> None:
    folder = write_dictionary(
        tmp_path,
        [json.dumps(TURKEY)],
        [line(id="Turkey", name="Republic of Turkey", aliases=["Türkiye", "Turkey"], officials=["Erdoğan"])],
    )
    turkey = load_dictionary(folder).actors["Turkey"]
    assert turkey.name == "Republic of Turkey"  # scalar overrides
    assert turkey.aliases == ("Turkey", "Türkiye")  # lists are unioned, once each
    assert turkey.officials == ("Erdoğan",)
    assert (turkey.type, turkey.country_code, turkey.metonyms) == ("state", "TUR", ("Ankara",))


def test_other_entries_are_new_actors(tmp_path: Path) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], [line(id="GNA", type="government", aliases=["GNA"])])
    dictionary = load_dictionary(folder)
    assert set(dictionary.actors) == {"Turkey", "GNA"}
    assert dictionary.actors["GNA"].name == "GNA"  # name defaults to the id


def test_ignore_turns_a_country_into_a_blocking_name(tmp_path: Path) -> None:
    libya = {**TURKEY, "id": "Libya", "aliases": ["Libya"], "demonyms": ["Libyan"], "metonyms": [], "country_code": "LBY"}
    folder = write_dictionary(tmp_path, [json.dumps(libya)], [line(id="Libya", ignore=True, aliases=["Libyans"])])
    forms = load_dictionary(folder).surface_forms()
    assert sorted(forms) == [("Libya", "Libya", "ignore"), ("Libyan", "Libya", "ignore"), ("Libyans", "Libya", "ignore")]


@pytest.mark.parametrize(
    "actors,where,message",
    [
        (['{"id": "GNA", "type": "government",'], f"{ACTORS_FILE}:1", "not valid JSON"),
        (['["GNA"]'], f"{ACTORS_FILE}:1", "one JSON object"),
        ([line(name="GNA", type="government")], f"{ACTORS_FILE}:1", 'missing "id"'),
        ([line(id="", type="government")], f"{ACTORS_FILE}:1", 'missing "id"'),
        ([line(id="GNA", type="government"), "", line(id="GNA", type="government")], f"{ACTORS_FILE}:3", "already defined on line 1"),
        ([line(id="GNA", type="militia")], f"{ACTORS_FILE}:1", "type 'militia' is not one of"),
        ([line(id="GNA", type="government", aliases="GNA")], f"{ACTORS_FILE}:1", '"aliases" must be a list'),
        ([line(id="GNA", type="government", officials=["Sarraj", 3])], f"{ACTORS_FILE}:1", "non-text item 3"),
        ([line(id="GNA", type="government", officials=["Sarraj", " "])], f"{ACTORS_FILE}:1", "empty or non-text item"),
        ([line(id="GNA", type="government", alias=["GNA"])], f"{ACTORS_FILE}:1", "unknown field(s) alias"),
        ([line(id="GNA", type="government", ignore="yes")], f"{ACTORS_FILE}:1", '"ignore" must be true or false'),
        ([line(id="GNA", type="government", name=["GNA"])], f"{ACTORS_FILE}:1", '"name" must be text'),
        ([line(id="GNA", type="government", country_code="ly")], f"{ACTORS_FILE}:1", "alpha-3"),
        ([line(id="GNA", aliases=["GNA"])], f"{ACTORS_FILE}:1", 'is a new actor'),
        (
            [line(id="GNA", type="government", metonyms=["Ankara"])],
            f"{ACTORS_FILE}:1",
            "'Ankara' (metonym) is given to 'GNA', but 'Ankara' is already given to 'Turkey'",
        ),
        (
            [line(id="GNA", type="government", aliases=["TURKISH"])],
            f"{ACTORS_FILE}:1",
            "already given to 'Turkey' (demonym",
        ),
        (
            [line(id="GNA", type="government", aliases=["Sarraj"], officials=["Sarraj"])],
            f"{ACTORS_FILE}:1",
            "both as alias",
        ),
        ([line(id="Turkey", officials=["Ankara"])], f"{ACTORS_FILE}:1", "both as metonym"),
    ],
)
def test_validation_names_file_line_and_problem(tmp_path: Path, actors: list[str], where: str, message: str) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], actors)
    with pytest.raises(DictionaryError) as raised:
        load_dictionary(folder)
    assert where in str(raised.value) and message in str(raised.value)


def test_a_surface_clash_names_both_files(tmp_path: Path) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], [line(id="GNA", type="government", metonyms=["Ankara"])])
    with pytest.raises(DictionaryError, match=rf"{COUNTRIES_FILE}:1"):
        load_dictionary(folder)


@pytest.mark.parametrize(
    "missing,remedy",
    [(COUNTRIES_FILE, "--build-countries"), (ACTORS_FILE, "Restore it")],
)
def test_a_missing_file_says_how_to_get_it_back(tmp_path: Path, missing: str, remedy: str) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], [])
    (folder / missing).unlink()
    with pytest.raises(DictionaryError, match=remedy):
        load_dictionary(folder)


def test_a_country_line_without_type_asks_for_a_rebuild(tmp_path: Path) -> None:
    no_type = {key: value for key, value in TURKEY.items() if key != "type"}
    folder = write_dictionary(tmp_path, [json.dumps(no_type)], [])
    with pytest.raises(DictionaryError, match=rf"{COUNTRIES_FILE}:1: .*--build-countries"):
        load_dictionary(folder)


def test_dictionary_error_is_a_value_error() -> None:
    assert issubclass(DictionaryError, ValueError)


def test_blank_lines_and_a_byte_order_mark_are_accepted(tmp_path: Path) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], ["", line(id="GNA", type="government", aliases=["GNA"]), "  "])
    (folder / ACTORS_FILE).write_bytes(b"\xef\xbb\xbf" + (folder / ACTORS_FILE).read_bytes())
    assert set(load_dictionary(folder).actors) == {"Turkey", "GNA"}


# ---------------------------------------------------------------------------
# Version
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("changed", [COUNTRIES_FILE, ACTORS_FILE])
def test_version_changes_when_either_file_changes(tmp_path: Path, changed: str) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], [line(id="GNA", type="government", aliases=["GNA"])])
    before = load_dictionary(folder).version
    assert load_dictionary(folder).version == before
    with (folder / changed).open("a", encoding="utf-8") as handle:
        handle.write(line(id="Wagner", type="mercenary group", aliases=["Wagner"]) + "\n")
    assert load_dictionary(folder).version != before


# ---------------------------------------------------------------------------
# countries.jsonl from countryinfo
# ---------------------------------------------------------------------------


def test_countries_are_the_un_members_and_two_observers() -> None:
    assert len(COUNTRIES) == 195
    assert {"Palestine", "Vatican City"} <= set(COUNTRIES)


@pytest.mark.parametrize(
    "actor_id",
    ["United States", "United Kingdom", "Russia", "Syria", "Iran", "South Korea", "Turkey", "Czech Republic", "Ivory Coast",
     "UAE", "North Macedonia", "Eswatini"],
)
def test_country_ids_are_short_common_names(actor_id: str) -> None:
    assert COUNTRIES[actor_id]["type"] == "state"


@pytest.mark.parametrize(
    "name",
    ["Puerto Rico", "Greenland", "Hong Kong", "Wales", "Scotland", "Western Sahara", "Russian Federation", "Türkiye",
     "United Arab Emirates", "Palestine, State of"],
)
def test_territories_and_long_names_are_not_ids(name: str) -> None:
    assert name not in COUNTRIES


def test_italy_has_its_capital_and_demonym() -> None:
    italy = COUNTRIES["Italy"]
    assert italy["country_code"] == "ITA"
    assert "Italian Republic" in italy["aliases"] and "Italian" in italy["demonyms"] and italy["metonyms"] == ["Rome"]


@pytest.mark.parametrize(
    "actor_id,field,absent",
    [
        ("Italy", "aliases", "ITA"),  # ISO codes
        ("Italy", "aliases", "IT"),
        ("Poland", "demonyms", "Polish"),  # an English verb
        ("Libya", "metonyms", "Tripoli"),  # the GNA's, in actors.jsonl
        ("Belgium", "metonyms", "Brussels"),  # the EU's
        ("Israel", "metonyms", "Jerusalem"),  # claimed by two states
        ("Republic of the Congo", "aliases", "Congo"),  # either Congo
        ("Thailand", "aliases", "Thai"),  # the demonym, kept as a demonym
        ("South Korea", "aliases", "Korea, Republic of"),  # index forms
        ("Eritrea", "aliases", "the State of Eritrea"),
        ("China", "aliases", "中华人民共和国"),  # not Latin script
    ],
)
def test_builder_drops_codes_and_ambiguous_names(actor_id: str, field: str, absent: str) -> None:
    assert absent not in COUNTRIES[actor_id][field]


def test_records_for_one_state_are_merged() -> None:
    assert "Burma" in COUNTRIES["Myanmar"]["aliases"]
    assert "Holy See" in COUNTRIES["Vatican City"]["aliases"]
    assert "Wales" not in COUNTRIES["United Kingdom"]["aliases"]


def test_no_name_is_listed_twice_within_a_country() -> None:
    for entry in COUNTRIES.values():
        forms = [surface_key(f) for field in ("aliases", "demonyms", "metonyms") for f in entry[field]]
        assert len(forms) == len(set(forms)), entry["id"]


def test_committed_countries_file_is_up_to_date() -> None:
    committed = (DEFAULT_DICTIONARY_DIR / COUNTRIES_FILE).read_text(encoding="utf-8")
    assert committed == countries_jsonl(build_countries()), "run: python -m extract.dictionary --build-countries"


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def test_cli_builds_countries_into_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--build-countries", "--dir", str(tmp_path)]) == 0
    lines = (tmp_path / COUNTRIES_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 195 and json.loads(lines[0])["id"] == "Afghanistan"
    assert str(tmp_path / COUNTRIES_FILE) in capsys.readouterr().out


def test_cli_check_prints_counts_per_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], [line(id="GNA", type="government", aliases=["GNA"])])
    assert main(["--check", "--dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "2 entries, 4 surface forms" in out
    assert [row.split() for row in out.splitlines()[1:]] == [["state", "1"], ["government", "1"]]


def test_cli_check_reports_a_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], ["{oops"])
    assert main(["--check", "--dir", str(folder)]) == 1
    assert f"{ACTORS_FILE}:1: not valid JSON" in capsys.readouterr().err


def test_cli_needs_one_action() -> None:
    with pytest.raises(SystemExit):
        main([])


def test_loaded_dictionary_type() -> None:
    assert isinstance(DICTIONARY, ActorDictionary) and len(DICTIONARY.version) == 12


# --- dated aliases: a name whose meaning depends on the article's date


def test_dated_alias_windows_are_read(tmp_path: Path) -> None:
    folder = write_dictionary(
        tmp_path,
        [json.dumps(TURKEY)],
        [
            line(id="GNA", type="government", dated_aliases=[{"name": "Unity Government", "until": "2021-03-14"}]),
            line(id="GNU", type="government", dated_aliases=[{"name": "Unity Government", "from": "2021-03-15"}]),
        ],
    )
    forms = {(alias.name, alias.start, alias.end, actor) for alias, actor in load_dictionary(folder).dated_forms()}
    assert forms == {("Unity Government", "", "2021-03-14", "GNA"), ("Unity Government", "2021-03-15", "", "GNU")}


@pytest.mark.parametrize(
    "actors,message",
    [
        (
            [line(id="A", type="government", dated_aliases=[{"name": "Xanadu", "until": "2021-03-14"}]), line(id="B", type="government", dated_aliases=[{"name": "Xanadu", "from": "2021-03-01"}])],
            "overlaps",
        ),
        ([line(id="A", type="government", aliases=["Xanadu"], dated_aliases=[{"name": "Xanadu", "until": "2021-03-14"}])], "undated name"),
        ([line(id="A", type="government", dated_aliases=[{"name": "X", "until": "14 March 2021"}])], "yyyy-mm-dd"),
        ([line(id="A", type="government", dated_aliases=["X"])], "dated_aliases"),
    ],
    ids=["overlapping windows", "also undated", "bad date", "not an object"],
)
def test_dated_alias_mistakes_are_refused(tmp_path: Path, actors: list[str], message: str) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], actors)
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(folder)


def test_a_dated_name_keeps_its_kind(tmp_path: Path) -> None:
    folder = write_dictionary(
        tmp_path,
        [json.dumps(TURKEY)],
        [
            line(id="GNA", type="government", aliases=["GNA"], dated_aliases=[{"name": "Tripoli", "kind": "metonym", "until": "2021-03-14"}]),
            line(id="GNU", type="government", aliases=["GNU"], dated_aliases=[{"name": "Tripoli", "kind": "metonym", "from": "2021-03-15"},
                                                              {"name": "capital", "kind": "seat", "from": "2021-03-15"}]),
        ],
    )
    forms = {(alias.name, alias.kind, actor) for alias, actor in load_dictionary(folder).dated_forms()}
    assert forms == {("Tripoli", "metonym", "GNA"), ("Tripoli", "metonym", "GNU"), ("capital", "seat", "GNU")}
    (tmp_path / "bad").mkdir()
    bad = write_dictionary(tmp_path / "bad", [json.dumps(TURKEY)],
                           [line(id="GNA", type="government", dated_aliases=[{"name": "Tripoli", "kind": "city", "until": "2021-03-14"}])])
    with pytest.raises(DictionaryError, match='"kind" one of alias, demonym, metonym, official, seat'):
        load_dictionary(bad)


# The bundled succession: what stood for the GNA in Tripoli stands for the GNU from 15 March 2021.
SUCCESSION_NAMES = [("Tripoli", "metonym"), ("capital", "seat"), ("Libyan capital", "seat"),
                    ("Tripoli-based government", "alias"), ("UN-recognized government", "alias"),
                    ("Government of National Unity", "alias")]


@pytest.mark.parametrize("name,kind", SUCCESSION_NAMES)
def test_the_seat_and_its_names_pass_from_the_gna_to_the_gnu(name: str, kind: str) -> None:
    windows = {actor: alias for alias, actor in DICTIONARY.dated_forms() if alias.name == name}
    assert set(windows) == {"GNA", "GNU"}
    assert {alias.kind for alias in windows.values()} == {kind}
    assert windows["GNA"].applies("2020-06-01") and not windows["GNU"].applies("2020-06-01")
    assert windows["GNU"].applies("2021-06-01") and not windows["GNA"].applies("2021-06-01")
    assert windows["GNA"].applies("") and not windows["GNU"].applies("")


@pytest.mark.parametrize(
    "start,end,date,applies",
    [("", "2021-03-14", "2020-06-01", True), ("", "2021-03-14", "2021-06-01", False), ("2021-03-15", "", "2021-03-15", True),
     ("2021-03-15", "", "", False), ("", "2021-03-14", "", True), ("2021-03-15", "", "2021-04-01T10:00:00", True)],
)
def test_a_dated_alias_applies_within_its_window(start: str, end: str, date: str, applies: bool) -> None:
    assert DatedAlias("X", start, end).applies(date) is applies


# --- what an entry may hold (issue 18, items 6 and 8): the file, the Actors page and the CLI refuse the same


@pytest.mark.parametrize(
    "entry,message",
    [
        (dict(id="Egypt", aliases=["the"]), "'the' is only common words"),
        (dict(id="Egypt", aliases=["a"]), "'a' is a single character"),
        (dict(id="Egypt", aliases=["said"]), "'said' is only common words"),
        (dict(id="Egypt", aliases=["of the"]), "'of the' is only common words"),
        (dict(id="Egypt", aliases=["."]), "'.' is a single character"),
        (dict(id="Egypt", aliases=["..."]), "'...' has no letter or digit"),
        (dict(id="Egypt", aliases=["x" * 10_000]), "is 10,000 characters long"),
        (dict(id="Egypt", aliases=["Cairo\nregime"]), "holds a control character"),
        (dict(id="Egypt", officials=["Sisi\x0b"]), "holds a control character"),
        (dict(id="Egypt", demonyms=["Egyp\ufffetian"]), "holds a control character"),
        (dict(id="Egypt", dated_aliases=[{"name": "the"}]), "'the' is only common words"),
        (dict(id="..", type="armed group"), "the id '..' may hold only"),
        (dict(id="a/b", type="armed group"), "the id 'a/b' may hold only"),
        (dict(id="../../etc/passwd", type="armed group"), "the id '../../etc/passwd' may hold only"),
        (dict(id="Zin\x00tan", type="armed group"), "holds a control character"),
        (dict(id="Zintan", type="armed group", name="Zin\x0ctan"), '"name" must be one line'),
        (dict(id="Z" * 81, type="armed group"), "at most 80"),
    ],
)
def test_entries_that_would_flood_the_tables_or_break_lines_are_refused(tmp_path: Path, entry: dict, message: str) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY), json.dumps({"id": "Egypt", "type": "state"})],
                              [json.dumps(entry)])
    with pytest.raises(DictionaryError, match=re.escape(message)):
        load_dictionary(folder)


@pytest.mark.parametrize("alias", ["US", "IT", "The Hague", "Sisi", "U.S.", "Government of National Accord"])
def test_names_with_common_words_or_short_capitals_are_accepted(tmp_path: Path, alias: str) -> None:
    folder = write_dictionary(tmp_path, [json.dumps(TURKEY)], [json.dumps({"id": "Zintan", "type": "armed group",
                                                                            "aliases": [alias]})])
    assert load_dictionary(folder).actors["Zintan"].aliases == (alias,)


def test_the_repository_dictionary_passes_the_rules() -> None:
    assert len(load_dictionary().actors) > 200


# --- spellings of one name, and bare descriptions


@pytest.mark.parametrize(
    "surface,variants",
    [
        ("UN", ["U.N."]),
        ("U.N.", ["UN"]),
        ("EU", ["E.U."]),
        ("UN-backed government", ["U.N.-backed government"]),
        ("UN-recognised government", ["U.N.-recognised government", "UN-recognized government", "U.N.-recognized government"]),
        ("internationally recognized government", ["internationally recognised government"]),
        ("Benghazi Defence Brigades", ["Benghazi Defense Brigades"]),
        ("North Atlantic Treaty Organization", ["North Atlantic Treaty Organisation"]),
        ("Erdogan", []),
        ("HoR", []),  # not all capitals
        ("UNSMIL", []),  # longer than an acronym that is dotted
    ],
)
def test_spelling_variants(surface: str, variants: list[str]) -> None:
    from extract.dictionary import spelling_variants

    assert spelling_variants(surface) == variants


def test_a_bare_dated_name_is_read(tmp_path: Path) -> None:
    folder = write_dictionary(
        tmp_path, [json.dumps(TURKEY)],
        [line(id="GNA", type="government", dated_aliases=[{"name": "government forces", "until": "2021-03-14", "bare": True},
                                                          {"name": "Unity Government", "until": "2021-03-14"}])],
    )
    assert {(alias.name, alias.bare) for alias, _ in load_dictionary(folder).dated_forms()} == {
        ("government forces", True), ("Unity Government", False)}
    (tmp_path / "bad").mkdir()
    bad = write_dictionary(tmp_path / "bad", [json.dumps(TURKEY)],
                           [line(id="GNA", type="government", dated_aliases=[{"name": "government forces", "bare": "yes"}])])
    with pytest.raises(DictionaryError, match='"bare": true'):
        load_dictionary(bad)


def test_a_capitalised_dated_name_is_read(tmp_path: Path) -> None:
    folder = write_dictionary(
        tmp_path, [json.dumps(TURKEY)],
        [line(id="LNA", type="armed group", dated_aliases=[{"name": "General Command", "capitalised": True}])],
    )
    assert [(alias.name, alias.capitalised, alias.start, alias.end) for alias, _ in load_dictionary(folder).dated_forms()] == [
        ("General Command", True, "", "")]
