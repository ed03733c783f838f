"""The pathological-input benchmark runs, and what it guards holds (no timing asserted here)."""
from __future__ import annotations

import io

from bench import inputs as bench_inputs
from extract.extractor import blank_punctuation_runs
from extract.pipeline import extract_relations


def test_benchmark_prints_every_input_at_every_size() -> None:
    out = io.StringIO()
    results = bench_inputs.run([200, 400], out)
    assert set(results) == set(bench_inputs.INPUTS)
    assert all(len(measures) == 2 for measures in results.values())
    assert all(m.seconds > 0 and m.peak_mb > 100 for measures in results.values() for m in measures)  # the model alone
    assert out.getvalue().count("\n") == 2 + 2 * len(bench_inputs.INPUTS)


def test_the_chain_of_reports_names_two_actors() -> None:
    """With one actor the article is not parsed and the clause patterns never read the chain (issue 18, item 3)."""
    text = bench_inputs.INPUTS["chain"][1](2000)
    assert 1983 <= len(text) <= 2000 and text.startswith("Turkey said that ") and text.endswith("Egypt backs Haftar.")
    assert {(r.actor1, r.actor2) for r in extract_relations(text).itertuples()} >= {("Egypt", "LNA")}


def test_punctuation_runs_are_blanked_at_the_same_length() -> None:
    text = 'Egypt backs Haftar. ' + '"' * 50 + ' Turkey backs the GNA.'
    blanked = blank_punctuation_runs(text)
    assert len(blanked) == len(text) and '"' not in blanked
    assert blank_punctuation_runs('He said: "No." (Really?)') == 'He said: "No." (Really?)'


def test_evidence_keeps_the_article_text_around_a_blanked_run() -> None:
    text = "Turkey backs the GNA. " + "!" * 30 + " Egypt backs Haftar."
    table = extract_relations(text)
    assert {(r.actor1, r.actor2) for r in table.itertuples()} == {("Turkey", "GNA"), ("Egypt", "LNA")}
    assert all(text[r.start : r.end] == r.evidence for r in table.itertuples())
