"""The variant generator (extract.variants): each transformation on hand cases; the regressions
parser (extract.variant_cases); judging and sampling (extract.survival); and the survival test
the issue asks for, on a fixed seeded sample."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extract.survival import extract_found, judge, run_variants, sample_variants, survival_by
from extract.variant_cases import (
    Case,
    CaseError,
    load_construction_cases,
    load_regressions,
    parse_expected,
    repository_cases,
)
from extract.variants import VariantGenerator, Variant, generate, ing_form, load_phrases

S, O, M = "support", "opposition", "mediation"
KNOWN = {"Turkey", "UAE", "Egypt", "Russia", "LNA", "GNA", "France", "Wagner", "Germany", "UN"}
# One phrase of each kind, so the variants' texts are known exactly.
PHRASES = replace(
    load_phrases(),
    adverbs_before_verb=("reportedly",),
    adverbs_before_argument=("chiefly",),
    adverbials_after_noun=("last spring",),
    adverbials_final=("for months",),
    appositions=("a key player",),
    parentheticals=("as expected",),
    time_phrases=("On Tuesday",),
    place_phrases=("near the coast",),
    fronted_clauses=("After the talks collapsed",),
    while_clauses=("while the fighting continued",),
    group_nouns=("forces",),
)
# Survival targets from the issue: a construction below this fails the survival test.
CONSTRUCTION_FLOOR = 0.90
SENTENCE_SETS = ("wire", "events")
SENTENCE_SET_FLOOR = 0.80
SURVIVAL_SAMPLE = 400
# The rewrites of construction cases, sampled (seeded, spread over every construction) to keep the suite well inside its
# time: those that keep the meaning, and those that change it (negation, denial, a question ...), which must give no
# edge. `python -m extract.evaluate` runs them all (about 98,000). The sizes stay fixed as cases are added, so the
# suite's time does not grow with them (this test took a quarter of it at 7,000 and 9,000, and still the largest
# share at 3,000 and 5,000 and at 2,000 and 3,500, with the suite near its fifteen minutes).
CONSTRUCTION_POSITIVE_SAMPLE = 1_500
CONSTRUCTION_NEGATIVE_SAMPLE = 2_500
SURVIVAL_SEED = 0


@pytest.fixture(scope="module")
def generator() -> VariantGenerator:
    return VariantGenerator(phrases=PHRASES, seed=0)


@pytest.fixture(scope="module")
def survival_generator() -> VariantGenerator:
    return VariantGenerator(seed=SURVIVAL_SEED)


@pytest.fixture(scope="module")
def construction_variants(survival_generator: VariantGenerator) -> list[Variant]:
    """Every variant of every construction case, generated once for the tests that sample them."""
    return generate(load_construction_cases(), survival_generator)


def case(text: str, *edges: tuple[str, str, str], absent: tuple[tuple[str, str, str], ...] = (), date: str = "") -> Case:
    return Case(f"test:{text}", "test", text, frozenset(edges), frozenset(absent), date=date)


def by_name(variants: list[Variant]) -> dict[str, list[Variant]]:
    grouped: dict[str, list[Variant]] = {}
    for variant in variants:
        grouped.setdefault(variant.transformation, []).append(variant)
    return grouped


def texts(variants: list[Variant], name: str) -> list[str]:
    return [v.text for v in variants if v.transformation == name]


EGYPT_BACKS = ("Egypt", S, "LNA")


# --- the regressions file's expected column -------------------------------------------------


@pytest.mark.parametrize(
    "written,expected,absent,only",
    [
        ("Turkey-UAE opp; Turkey-Egypt opp", {("Turkey", O, "UAE"), ("Turkey", O, "Egypt")}, set(), False),
        ("Russia->LNA; UAE->LNA sup", {("Russia", S, "LNA"), ("UAE", S, "LNA")}, set(), False),
        ("France/Egypt/UAE->LNA sup", {("France", S, "LNA"), ("Egypt", S, "LNA"), ("UAE", S, "LNA")}, set(), False),
        ("Russia, UAE->LNA sup", {("Russia", S, "LNA"), ("UAE", S, "LNA")}, set(), False),
        ("no GNA-Turkey opposition", set(), {("GNA", O, "Turkey")}, False),
        ("Egypt->LNA, Turkey->GNA only", {("Egypt", S, "LNA"), ("Turkey", S, "GNA")}, set(), True),
        ("Turkey-LNA opp; no Turkey-GNA opp", {("Turkey", O, "LNA")}, {("Turkey", O, "GNA")}, False),
        ("Turkey-Egypt opposition (not mediation)", {("Turkey", O, "Egypt")}, {("Turkey", M, "Egypt")}, False),
        ("Egypt med with GNA and LNA", {("Egypt", M, "GNA"), ("Egypt", M, "LNA")}, set(), False),
        ("Russia-GNA, Russia-LNA med", {("Russia", M, "GNA"), ("Russia", M, "LNA")}, set(), False),
    ],
)
def test_expected_column_forms_are_read(written: str, expected: set, absent: set, only: bool) -> None:
    assert parse_expected(written, KNOWN) == (frozenset(expected), frozenset(absent), only)


@pytest.mark.parametrize(
    "written",
    [
        "GNA-LNA mediation debatable",  # a judgement, not an edge
        "Wagner->LNA support (not Russia, not another actor)",
        "Turkey->the named faction support",  # not an actor id
        "GNA-LNA",  # undirected without a relation
        "Egypt-GNA opposition, event month June, not the publication month",
        "Atlantis->LNA sup",
    ],
)
def test_expected_column_forms_not_read_are_not_guessed(written: str) -> None:
    assert parse_expected(written, KNOWN) is None


def test_regressions_file_rows_not_read_have_no_case(tmp_path: Path) -> None:
    path = tmp_path / "misses.tsv"
    path.write_text(
        "id\tclass\tsentence\texpected\n"
        "1a\tlexicon\tCairo moved armoured units to shore up Haftar.\tEgypt->LNA sup\n"
        "1b\tprecision\tSomething.\tGNA-LNA mediation debatable\n",
        encoding="utf-8",
    )
    rows = load_regressions(path, KNOWN)
    assert [r.row_id for r in rows] == ["1a", "1b"]
    assert rows[0].case is not None and rows[0].case.expected == {EGYPT_BACKS} and rows[0].case.group == "regressions: lexicon"
    assert rows[1].case is None


def test_regressions_file_with_missing_columns_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "misses.tsv"
    path.write_text("id\tclass\tsentence\texpected\n1a\tlexicon\n", encoding="utf-8")
    with pytest.raises(CaseError, match="misses.tsv:2"):
        load_regressions(path, KNOWN)


@pytest.mark.parametrize(
    "line,problem",
    [
        ('{"kind": "positive", "text": "Egypt backs Haftar.", "edges": [["Egypt", "support", "LNA"]]}', "rule"),
        ('{"kind": "positive", "rule": "verb", "text": "Egypt backs Haftar.", "edges": []}', "at least one edge"),
        ('{"kind": "negative", "text": "Egypt did not back Haftar.", "absent": [["Egypt", "backs", "LNA"]]}', "relation one of"),
        ('{"kind": "maybe", "text": "Egypt backs Haftar."}', "kind"),
        ('{"kind": "positive"', "not valid JSON"),
    ],
)
def test_construction_case_file_errors_name_the_line(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CaseError, match=f"cases.jsonl:1: .*{problem}"):
        load_construction_cases(path)


# --- transformations -----------------------------------------------------------------------


def test_insertions_keep_the_edges(generator: VariantGenerator) -> None:
    variants = generator.variants(case("Egypt backs Haftar.", EGYPT_BACKS))
    assert texts(variants, "adverb before verb") == ["Egypt reportedly backs Haftar."]
    assert texts(variants, "adverbial at end") == ["Egypt backs Haftar for months."]
    assert texts(variants, "apposition on agent") == ["Egypt, a key player, backs Haftar."]
    assert texts(variants, "apposition on patient") == ["Egypt backs Haftar, a key player."]
    assert texts(variants, "parenthetical on patient") == ["Egypt backs Haftar (as expected)."]
    assert texts(variants, "time before") == ["On Tuesday, Egypt backs Haftar."]
    assert texts(variants, "time after") == ["Egypt backs Haftar on Tuesday."]
    assert texts(variants, "place before") == ["Near the coast, Egypt backs Haftar."]
    insertions = [v for v in variants if v.transformation.startswith(("adverb", "apposition", "parenthetical", "time", "place"))]
    assert len(insertions) == 10 and all(v.expected == {EGYPT_BACKS} and not v.directional for v in insertions)


def test_adverbial_between_a_noun_and_its_argument(generator: VariantGenerator) -> None:
    variants = generator.variants(case("Haftar's offensive against the GNA stalled.", ("LNA", O, "GNA")))
    assert texts(variants, "adverb before patient") == ["Haftar's offensive last spring against the GNA stalled."]
    variants = generator.variants(case("Haftar is backed by Egypt.", EGYPT_BACKS))
    assert texts(variants, "adverb before agent") == ["Haftar is backed chiefly by Egypt."]


def test_each_kind_of_name_replaces_an_argument_and_keeps_its_id(generator: VariantGenerator) -> None:
    variants = generator.variants(case("Egypt backs Haftar.", EGYPT_BACKS))
    agents = {v.detail: v.text for v in variants if v.transformation.endswith("for agent")}
    assert agents["Cairo"] == "Cairo backs Haftar."
    # a plural group noun makes the verb agree
    assert agents["Egyptian forces"] == "Egyptian forces back Haftar."
    assert "Sisi backs Haftar." in agents.values()
    patients = texts(variants, "name for patient")
    assert patients == ["Egypt backs the Libyan National Army."]
    assert all(v.expected == {EGYPT_BACKS} for v in variants if "for " in v.transformation)


def test_a_dated_alias_comes_with_a_date_inside_its_window(generator: VariantGenerator) -> None:
    variants = generator.variants(case("Turkey backs the GNA.", ("Turkey", S, "GNA")))
    dated = [v for v in variants if v.transformation == "dated alias for patient"]
    assert ("Turkey backs the Government of National Unity.", "2021-02-04") in [(v.text, v.date) for v in dated]
    # Only dated aliases (not seats or metonyms, which name their actor in some roles only), a few per actor,
    # each at a date inside its window.
    windows = {a.name: a for a in generator.dictionary.actors["GNA"].dated_aliases}
    assert 1 <= len(dated) <= 4
    assert all(any(name in v.text and windows[name].kind == "alias" and windows[name].applies(v.date) for name in windows) for v in dated)


def test_a_coordinated_list_gives_each_member_the_edge(generator: VariantGenerator) -> None:
    variants = generator.variants(case("Egypt backs Haftar.", EGYPT_BACKS))
    lists = [v for v in variants if v.transformation == "list of 3 as agent"]
    assert len(lists) == 2  # with "the" and a serial comma; without either
    for variant in lists:
        members = variant.text.removesuffix(" back Haftar.").replace(", and ", ", ").replace(" and ", ", ").split(", ")
        assert len(members) == 3 and members[0] == "Egypt"
        assert len(variant.expected) == 3 and all(b == "LNA" and r == S for _, r, b in variant.expected)
    assert {", and " in v.text for v in lists} == {True, False}
    patient = texts(variants, "list of 2 as patient")
    assert len(patient) == 1 and patient[0].startswith("Egypt backs Haftar and ")


def test_no_list_or_apposition_inside_a_hyphen_compound(generator: VariantGenerator) -> None:
    variants = generator.variants(case("The Turkey-backed GNA retook the airbase.", ("Turkey", S, "GNA")))
    names = by_name(variants)
    assert not any(n.endswith("as agent") or n.endswith("on agent") for n in names)
    assert "The Ankara-backed GNA retook the airbase." in texts(variants, "capital for agent")


def test_embeddings(generator: VariantGenerator) -> None:
    variants = generator.variants(case("The UAE sent drones to Haftar.", ("UAE", S, "LNA")))
    assert texts(variants, "after fronted clause") == ["After the talks collapsed, the UAE sent drones to Haftar."]
    assert texts(variants, "before while clause") == ["The UAE sent drones to Haftar, while the fighting continued."]
    [speech] = texts(variants, "reported speech")
    assert speech.startswith("The UAE sent drones to Haftar, ") and speech.endswith(" said.")
    [padded] = texts(variants, "in a 40-60-word sentence")
    assert 40 <= len(padded.split()) <= 60 and "the UAE sent drones to Haftar," in padded


def test_tense_and_aspect_keep_the_meaning(generator: VariantGenerator) -> None:
    variants = generator.variants(case("Egypt backs Haftar.", EGYPT_BACKS))
    assert [v.text for v in variants if v.transformation.startswith("tense")] == [
        "Egypt has been backing Haftar.",
        "Egypt continues to back Haftar.",
        "Egypt is backing Haftar.",
    ]
    passive = generator.variants(case("Haftar is backed by Egypt.", EGYPT_BACKS))
    assert [v.text for v in passive if v.transformation.startswith("tense")] == [
        "Haftar has been backed by Egypt.",
        "Haftar continues to be backed by Egypt.",
        "Haftar is being backed by Egypt.",
    ]


def test_meaning_changing_rewrites_are_directional(generator: VariantGenerator) -> None:
    variants = generator.variants(case("Egypt backs Haftar.", EGYPT_BACKS))
    changed = {v.transformation: v for v in variants if v.directional}
    assert {name: v.text for name, v in changed.items()} == {
        "non-threat conditional": "If Egypt backs Haftar, the talks will fail.",
        "negation": "Egypt does not back Haftar.",
        "denied": "Egypt denies backing Haftar.",
        "question": "Does Egypt back Haftar?",
    }
    assert all(v.expected == {EGYPT_BACKS} and v.negative for v in changed.values())


def test_negating_the_main_verb_does_not_negate_an_edge_stated_elsewhere(generator: VariantGenerator) -> None:
    # The edge comes from the relative clause, not from "rejected": no directional variant.
    variants = generator.variants(case("Haftar, who is fighting against the GNA, rejected the plan.", ("LNA", O, "GNA")))
    assert not [v for v in variants if v.directional]
    # "Greece did not criticize Turkey for its support" still says Turkey supports the GNA.
    variants = generator.variants(case("Greece criticized Turkey for its support to the GNA.", ("Greece", O, "Turkey"), ("Turkey", S, "GNA")))
    assert {v.expected for v in variants if v.directional} == {frozenset({("Greece", O, "Turkey")})}


def test_a_negative_case_keeps_its_absent_edges_and_gets_no_directional_variants(generator: VariantGenerator) -> None:
    negative = case("Egypt did not back Haftar.", absent=(EGYPT_BACKS,))
    variants = generator.variants(negative)
    assert variants and not any(v.directional for v in variants)
    assert all(v.negative and EGYPT_BACKS in v.absent for v in variants)
    listed = [v for v in variants if v.transformation.startswith("list of 3 as agent")]
    assert listed and all(len(v.absent) == 3 for v in listed)


def test_the_same_seed_gives_the_same_variants() -> None:
    cases = load_construction_cases()[:6]
    first = [(v.transformation, v.text) for v in generate(cases, VariantGenerator(seed=3))]
    again = [(v.transformation, v.text) for v in generate(cases, VariantGenerator(seed=3))]
    other = [(v.transformation, v.text) for v in generate(cases, VariantGenerator(seed=4))]
    assert first == again
    assert first != other


@pytest.mark.parametrize(
    "lemma,ing",
    [("back", "backing"), ("strike", "striking"), ("cut", "cutting"), ("sign", "signing"), ("see", "seeing"), ("fund", "funding"), ("stop", "stopping"), ("condemn", "condemning")],
)
def test_ing_form(lemma: str, ing: str) -> None:
    assert ing_form(lemma) == ing


# --- judging and sampling ---------------------------------------------------------------------


def variant(c: Case, *, directional: bool = False) -> Variant:
    return Variant(c, "t", c.text, c.expected, c.absent, directional)


def test_judge_positive_needs_every_expected_edge_and_ignores_others() -> None:
    c = case("x", EGYPT_BACKS, ("Russia", S, "LNA"))
    assert judge(variant(c), {("Egypt", "LNA", S): 0.9, ("Russia", "LNA", S): 0.9, ("GNA", "LNA", O): 0.9}, {}).survived
    outcome = judge(variant(c), {("Egypt", "LNA", S): 0.9}, {})
    assert not outcome.survived and outcome.missing == (("Russia", S, "LNA"),)


def test_judge_reads_undirected_edges_in_either_order() -> None:
    c = case("x", ("LNA", O, "GNA"))
    assert judge(variant(c), {("GNA", "LNA", O): 0.9}, {}).survived


def test_judge_directional_passes_when_absent_or_hedged() -> None:
    c = case("x", EGYPT_BACKS)
    baseline = {("Egypt", "LNA", S): 0.95}
    assert judge(variant(c, directional=True), {}, baseline).survived
    assert judge(variant(c, directional=True), {("Egypt", "LNA", S): 0.57}, baseline).survived
    assert not judge(variant(c, directional=True), {("Egypt", "LNA", S): 0.95}, baseline).survived


def test_judge_negative_and_only_cases_fail_on_forbidden_edges() -> None:
    negative = case("x", absent=(("GNA", O, "Turkey"),))
    assert judge(variant(negative), {("Egypt", "LNA", S): 0.9}, {}).survived
    assert not judge(variant(negative), {("GNA", "Turkey", O): 0.9}, {}).survived
    only = replace(case("x", EGYPT_BACKS), only=True)
    assert judge(variant(only), {("Egypt", "LNA", S): 0.9, ("Egypt", "Chad", S): 0.9}, {}).survived  # Chad: not core
    outcome = judge(variant(only), {("Egypt", "LNA", S): 0.9, ("Russia", "LNA", S): 0.9}, {})
    assert not outcome.survived and outcome.forbidden == (("Russia", S, "LNA"),)


def test_sample_is_seeded_and_spread_over_every_group(construction_variants: list[Variant]) -> None:
    variants = construction_variants
    groups = {v.case.group for v in variants}
    size = len(groups) + 40  # (more than one per construction: the round robin reaches every one)
    sample = sample_variants(variants, size, seed=1)
    assert len(sample) == size
    assert {v.case.group for v in sample} == groups
    assert [v.text for v in sample] == [v.text for v in sample_variants(variants, size, seed=1)]
    assert sample_variants(variants, None) == variants


def test_robustness_report_prints_regressions_and_survival(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import variant_cases
    from extract.evaluate import robustness_report

    # the report's form, over a few of the repository's cases (generating the variants of all of them is evaluate's)
    few = repository_cases()[:40]
    monkeypatch.setattr(variant_cases, "repository_cases", lambda: list(few))

    path = tmp_path / "misses.tsv"
    path.write_text(
        "id\tclass\tsentence\texpected\n"
        "1a\tlexicon\tEgypt backs Haftar.\tEgypt->LNA sup\n"
        "1b\tprecision\tRussia backs Haftar.\tno Russia->LNA support\n"
        "1c\tcredit\tSomething.\tWagner->LNA support (not Russia)\n",
        encoding="utf-8",
    )
    report = robustness_report(path, sample=40, seed=0)
    assert "Regressions (3 sentences" in report
    assert "  lexicon" in report and "Not scored" in report and "1c (Wagner->LNA support (not Russia))" in report
    assert "Variant survival: " in report and "Survival by transformation" in report and "(40 variants" in report


# --- the survival test the issue asks for -----------------------------------------------------


# Negative variants known to give an edge, each with why; the test fails when one of them stops failing where the
# sample runs it, or is no longer generated (so the list cannot go stale), as well as when any other negative variant
# gives an edge. `python -m extract.evaluate` counts them with the rest.
KNOWN_NEGATIVE_FAILURES: dict[str, str] = {
    "The LNA denied that Qatar, Canada, and Samoa fund terrorists.": (
        "the small parser reads 'Samoa fund terrorists' as one noun phrase after a list of rare names, and 'that' as the"
        " object of 'denied', so the denial's scope is lost (with Turkey for Samoa the sentence reads right)"
    ),
    "If Egypt, Fiji and Kiribati become Haftar's main backer, the talks will fail.": (
        "the small parser reads 'Egypt' as the if-clause and 'Fiji and Kiribati' as the subject of a clause of its own,"
        " outside the condition (with Sudan and Jordan the sentence reads right)"
    ),
    # The pair model's guesses between 0.85 and 0.97, the threshold lowered in round 27 for 59 more of 861 unseen
    # required edges at the same precision (docs/relations.md, "The pair model's threshold"). Each is a reading the
    # annotators' released sentences give in other words, or a misparse (of a garbled list variant among them).
    "Fighters from Sirte, a city held by the LNA, Ireland, and Mauritania, joined the GNA.": (
        "the list after an apposition reads as the fighters' origins, and the model reads fighters from a state joining"
        " a side as the state's backing"
    ),
    "French forces said Ankara bore no responsibility for the escalation.": (
        "a side's officials saying something of another are its opponents in most of the annotated sentences"
        " ('Turkish officials said the German crew had treated the sailors like criminals'); exculpation is rare"
    ),
    "The LNA said the Egypt army was fighting terrorist groups in Sinai.": (
        "'fighting' in what the LNA says is aimed at groups the dictionary does not name, and the model takes the"
        " sayer for its target"
    ),
    "The commission, made up of officers from the GNA, a key player in the conflict, and the LNA, met in Sirte on Thursday.": (
        "officers of the two sides meeting reads as mediation between them to the model; the repository reads a"
        " commission made up of both as one body"
    ),
    "After the ceasefire collapsed, the commission, reportedly made up of officers from the GNA and the LNA, met in Sirte.": (
        "as above"
    ),
    "The GNA responded to the irritation of French officials with a statement.": (
        "whose irritation with whom is not said; the model reads the officials' irritation as aimed at the GNA"
    ),
    "Russia has been in contact with Haftar's forces and Nauru about the ceasefire.": (
        "contact with a side about a ceasefire reads as mediation to the model; the repository keeps contact with one"
        " side apart"
    ),
    "The GNA took control of the airport, which Italian forces had built.": (
        "the model reads the one who built what a side took as its target; a gate on relative clauses cost 75 required"
        " edges on the released sentences ('a mission that Turkey and the GNA have criticised as biased')"
    ),
    "The GNA defended the capital against an aggression that Egyptian forces condemned.": (
        "as above: the one who condemned what a side fought is read as that side's target"
    ),
    "The GNA defended the capital against an aggression that Egypt condemned, Macron said.": (
        "as above"
    ),
    # Round 28's retraining (19,834 sentences, the same threshold) reads four more variants above it:
    "The GNA repeatedly defended the capital against an aggression that Egypt condemned.": (
        "as above: the one who condemned what a side fought is read as that side's target"
    ),
    "Qatari officials reported that Haftar's forces and the GNA agreed on a ceasefire.": (
        "the one who reports an agreement reads as its go-between when named by a demonym; a gate on sayers named by"
        " a demonym or possessor cost 22 to 72 required edges of the released sentences (round 27)"
    ),
    "The GNA counted the drones UAE, Israel, Sweden, and Armenia used against the capital.": (
        "a garbled list variant: the parser reads the list as an apposition on 'drones' and 'used' as a second verb"
        " of the GNA's, so the model reads a state named beside the drones a side counted as its supplier (with the"
        " UAE alone the sentence reads right)"
    ),
    "Algerian officials urged Tunisia to stop exporting dates.": (
        "a demand that another stop something reads as opposition; the lexicon's civil fields do not name the dates"
        " trade, and the model does not know the stopped act is no act of war"
    ),
    # Round 32's negative case of a singular relative clause after a list: the constructions read Turkey alone.
    "The talks with Cairo and Turkey, which backs the GNA, went nowhere.": (
        "the model reads the list's other member as a co-backer through the same verb; a gate on a second backer of an"
        " actor through a cue word the constructions read cost 40 required edges of the released sentences, which say"
        " co-backers that way ('the main foreign backer of Haftar, alongside Egypt and Russia')"
    ),
    # A variant of round 32's negative case of a meeting of one side's backers hosted by that side: with this round's
    # cases the seeded sample reaches it (it was outside the sample in round 32, with the same reading).
    "After the talks collapsed, Turkish and Qatari officers met in a meeting hosted by the GNA.": (
        "the fallback model reads a host and its guests as mediation at 0.64; the constructions read no mediation here"
        " (Turkey and Qatar back the GNA: a meeting of allies), and the model does not know the guests' sides"
    ),
}


def survival_problems(generator: VariantGenerator, construction_variants: list[Variant]) -> list[str]:
    """Constructions below the floor, over a seeded sample of the variants of every construction case; the wire
    sentences and events (sets of whole sentences, one construction each, many read by none yet)
    on a fixed sample, held to a floor of their own; and negative variants that give an edge."""
    negative = sample_variants([v for v in construction_variants if v.negative], CONSTRUCTION_NEGATIVE_SAMPLE, SURVIVAL_SEED)
    positive = sample_variants([v for v in construction_variants if not v.negative], CONSTRUCTION_POSITIVE_SAMPLE, SURVIVAL_SEED)
    sentence_cases = [c for c in repository_cases() if c.group in SENTENCE_SETS]
    sentence_variants = sample_variants(generate(sentence_cases, generator), SURVIVAL_SAMPLE, SURVIVAL_SEED)
    outcomes = run_variants([*negative, *positive, *sentence_variants], generator.extractor)
    rates = survival_by(outcomes, lambda o: o.variant.case.group)
    # A construction the sample puts below the floor is judged on every variant of its own: about seventy a
    # construction screen it, and all of them say whether it is below.
    screened = {group for group, (ok, total) in rates.items() if group not in SENTENCE_SETS and ok / total < CONSTRUCTION_FLOOR}
    if screened:
        rates.update(survival_by(run_variants([v for v in construction_variants if v.case.group in screened], generator.extractor), lambda o: o.variant.case.group))
    problems = [
        f"{group}: {ok}/{total}"
        for group, (ok, total) in rates.items()
        if ok / total < (SENTENCE_SET_FLOOR if group in SENTENCE_SETS else CONSTRUCTION_FLOOR)
    ]
    failing = {o.variant.text: o for o in outcomes if o.variant.negative and not o.survived}
    problems += [f"negative variant gives an edge: {text} {o.forbidden}" for text, o in failing.items() if text not in KNOWN_NEGATIVE_FAILURES]
    generated = {v.text for v in construction_variants if v.negative}
    sampled = {v.text for v in negative}
    problems += [f"known failure is no longer generated (remove it): {text}" for text in KNOWN_NEGATIVE_FAILURES if text not in generated]
    problems += [f"known failure now passes (remove it): {text}" for text in KNOWN_NEGATIVE_FAILURES if text in sampled and text not in failing]
    return problems


def test_every_construction_survives_its_variants(survival_generator: VariantGenerator, construction_variants: list[Variant]) -> None:
    problems = survival_problems(survival_generator, construction_variants)
    assert not problems, "\n".join(problems)


def test_batched_extraction_gives_what_extract_relations_gives() -> None:
    from extract.pipeline import extract_relations
    from extract.schema import pair_key

    texts = [
        ("Egypt backs Haftar.", ""),
        ("Egypt did not back Haftar.", ""),
        ("Turkey backs the Government of National Unity.", "2021-02-04"),
        ("Haftar's offensive against the GNA stalled, while Russia urged Haftar to sign the ceasefire.", ""),
    ]
    found = extract_found(texts)
    for text, date in texts:
        table = extract_relations(text, date=date)
        assert set(found[(text, date)]) == {pair_key(r.actor1, r.actor2, r.relation) for r in table.itertuples()}
    assert found[texts[0]] and not found[texts[1]]
