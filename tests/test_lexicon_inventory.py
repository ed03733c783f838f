"""The relation lexicon, entry by entry: every cue of data/lexicon/relations.json
(verbs, nouns, adjectives, hyphen participles) and the light verbs added by the
inventory has a sentence in data/lexicon/inventory_cases.jsonl with the edges it
must give, read by extract.pipeline.extract_relations. A case whose construction
is missing is marked `xfail` with the reason (strict: it fails once it passes).

Also: the loader refuses an entry without a valid category, naming the file and
the entry, and docs/lexicon.md quotes the inventory's current counts.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.lexicon import DEFAULT_LEXICON_DIR, RELATIONS_FILE, STRUCTURE_FILE, LexiconError, inventory_table, load_lexicon
from extract.pipeline import extract_relations
from extract.schema import is_directed

CASES_FILE = DEFAULT_LEXICON_DIR / "inventory_cases.jsonl"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "lexicon.md"
# Word lists whose entries pair with a noun cue; their cases are optional, but must name a listed word.
WORD_LISTS = ("light_verbs", "reverse_light_verbs", "control_verbs_object")


def load_cases() -> list[dict]:
    cases = []
    for number, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            case = json.loads(line)
            case["line"] = number
            cases.append(case)
    return cases


CASES = load_cases()
LEXICON = load_lexicon()


def edge_set(edges) -> set[tuple[str, str, str]]:
    """Edges as (actor1, relation, actor2), undirected relations in name order."""
    return {(a, r, b) if is_directed(r) else (min(a, b), r, max(a, b)) for a, r, b in edges}


def params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        yield pytest.param(case["sentence"], case["edges"], id=f"{case['entry']}:{case['line']}", marks=marks)


@pytest.mark.parametrize("sentence,edges", list(params()))
def test_entry_sentence_gives_exactly_its_edges(sentence: str, edges: list[list[str]]) -> None:
    table = extract_relations(sentence)
    found = edge_set(zip(table["actor1"], table["relation"], table["actor2"]))
    assert found == edge_set(edges), sentence


def test_every_cue_has_a_case() -> None:
    covered = {tuple(case["entry"].split(".", 1)) for case in CASES}
    missing = sorted(f"{section}.{key}" for section, key in LEXICON.category_of if (section, key) not in covered)
    assert not missing, f"cues without a sentence in {CASES_FILE.name}: {missing}"


def test_every_case_names_a_listed_entry() -> None:
    lists = {name: getattr(LEXICON, name) for name in WORD_LISTS}
    unknown = []
    for case in CASES:
        section, key = case["entry"].split(".", 1)
        if (section, key) not in LEXICON.category_of and key not in lists.get(section, ()):
            unknown.append(f"line {case['line']}: {case['entry']}")
    assert not unknown, unknown


def test_cases_that_give_nothing_say_why() -> None:
    """An empty expectation is only honest for a case marked xfail (it documents a gap)."""
    assert [c["entry"] for c in CASES if not c["edges"] and not c.get("xfail")] == []


def test_every_category_has_cues_and_a_source() -> None:
    used = set(LEXICON.category_of.values())
    assert set(LEXICON.categories) == used
    assert all(c.cameo and c.plover and c.about for c in LEXICON.categories.values())


def test_docs_quote_the_current_inventory() -> None:
    assert inventory_table(LEXICON) in DOCS.read_text(encoding="utf-8")


def lexicon_copy(tmp_path: Path, edit) -> Path:
    for name in (RELATIONS_FILE, STRUCTURE_FILE):
        shutil.copy(DEFAULT_LEXICON_DIR / name, tmp_path / name)
    data = json.loads((tmp_path / RELATIONS_FILE).read_text(encoding="utf-8"))
    edit(data)
    (tmp_path / RELATIONS_FILE).write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "edit,message",
    [
        (lambda d: d["verbs"]["back"].pop("category"), r"verbs\.back: no \"category\""),
        (lambda d: d["nouns"]["backer"].update(category="aidd"), r"nouns\.backer\.category: 'aidd' is not listed in _categories"),
        (lambda d: d["verbs"]["attack"].update(category="aid"), r"verbs\.attack\.category: 'aid' expresses support"),
        (lambda d: d["hyphen_participles"].update(linked="support"), r"hyphen_participles\.linked: expected an object"),
        (lambda d: d["hyphen_participles"]["backed"].update(relation="backing"), r"hyphen_participles\.backed: relation 'backing'"),
        (lambda d: d.pop("_categories"), r"_categories: missing"),
        (lambda d: d["_categories"]["aid"].update(relation="help"), r"_categories\.aid\.relation: 'help'"),
        (lambda d: d["_categories"]["aid"].pop("cameo"), r"_categories\.aid: needs the text fields"),
    ],
)
def test_bad_inventory_data_names_file_and_entry(tmp_path: Path, edit, message: str) -> None:
    folder = lexicon_copy(tmp_path, edit)
    with pytest.raises(LexiconError, match=message) as error:
        load_lexicon(folder)
    assert str(folder / RELATIONS_FILE) in str(error.value)


def test_a_key_written_twice_is_refused(tmp_path: Path) -> None:
    text = (DEFAULT_LEXICON_DIR / RELATIONS_FILE).read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if l.startswith('  "light_verbs"'))
    (tmp_path / RELATIONS_FILE).write_text(text.replace(line, line + "\n" + line), encoding="utf-8")
    shutil.copy(DEFAULT_LEXICON_DIR / STRUCTURE_FILE, tmp_path / STRUCTURE_FILE)
    with pytest.raises(LexiconError, match="'light_verbs' written twice") as error:
        load_lexicon(tmp_path)
    assert str(tmp_path / RELATIONS_FILE) in str(error.value)


def test_a_verb_category_may_come_from_its_prepositions(tmp_path: Path) -> None:
    """"stand by X" has no relation of its own; its preposition gives support, so "aid" fits."""
    folder = lexicon_copy(tmp_path, lambda d: d["verbs"]["stand"].update(category="aid"))
    assert load_lexicon(folder).verbs["stand"].category == "aid"
