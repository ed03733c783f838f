"""Event dates: the date a sentence gives its event, read against the dateline (extract.event_dates)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EVENT_DATES, RELATIONS, bundled_articles, sentence_at
from extract.event_dates import (
    EventDateLexiconError,
    event_lexicon_for,
    find_expressions,
    load_event_lexicon,
    resolve,
    sentence_event_date,
)
from extract.lexicon import DEFAULT_LEXICON_DIR
from extract.pipeline import default_extractor, extract_relations

LEXICON = load_event_lexicon()


def plain(text: str, dateline: str, future: bool = False) -> str:
    """The first expression of `text` resolved without a parse."""
    found = find_expressions(text, LEXICON)
    return resolve(found[0], dateline, LEXICON, future=future) if found else ""


@pytest.mark.parametrize(
    "text,dateline,future,expected",
    [
        # A month name: the latest one not after the dateline, the next one in the future tense.
        ("In June, Sisi had threatened to send troops.", "2020-12-08", False, "2020-06"),
        ("In December the talks failed.", "2020-12-08", False, "2020-12"),
        ("In December the talks failed.", "2020-11-30", False, "2019-12"),
        ("Troops will arrive in March.", "2020-12-08", True, "2021-03"),
        ("Troops will arrive in December.", "2020-12-08", True, "2020-12"),
        ("Last June the talks failed.", "2020-06-20", False, "2019-06"),
        ("Last June the talks failed.", "2020-12-08", False, "2020-06"),
        ("In mid-June Egypt warned Turkey.", "2020-12-08", False, "2020-06"),
        ("In early May Russia flew jets in.", "2020-12-08", False, "2020-05"),
        ("Shoigu met Haftar in November 2018.", "2020-02-20", False, "2018-11"),
        # A year.
        ("In 2019, the UAE supplied drones.", "2020-12-08", False, "2019"),
        ("Russia backed Haftar last year.", "2020-12-08", False, "2019"),
        ("Aid will grow next year.", "2020-12-08", False, "2021"),
        # A day.
        ("Turkey signed a deal on 27 November 2019.", "2020-12-08", False, "2019-11-27"),
        ("Turkey signed a deal on November 27.", "2020-01-08", False, "2019-11-27"),
        ("Turkey signed a deal on 12 March.", "2020-12-08", False, "2020-03-12"),
        ("The summit opens on 12 March.", "2020-12-08", True, "2021-03-12"),
        ("Sisi proposed a ceasefire last June 6.", "2020-06-14", False, "2020-06-06"),
        ("Shoigu hosted Hifter in Moscow Feb. 19.", "2020-02-20", False, "2020-02-19"),
        # Weekdays relative to the dateline (2020-12-08 is a Tuesday).
        ("Turkey said on Tuesday it backs the GNA.", "2020-12-08", False, "2020-12-08"),
        ("Turkey said on Saturday it backs the GNA.", "2020-12-08", False, "2020-12-05"),
        ("Turkey said last Tuesday it backs the GNA.", "2020-12-08", False, "2020-12-01"),
        ("The talks resume on Tuesday.", "2020-12-08", True, "2020-12-15"),
        ("The talks resume on Friday.", "2020-12-08", True, "2020-12-11"),
        # Relative phrases.
        ("Sisi said yesterday that Egypt backs Haftar.", "2020-12-08", False, "2020-12-07"),
        ("Sisi said last week that Egypt backs Haftar.", "2020-12-08", False, "2020-12"),
        ("Sisi said last week that Egypt backs Haftar.", "2020-12-03", False, "2020-11"),
        ("Last month Egypt backed Haftar.", "2020-01-15", False, "2019-12"),
        ("Earlier this month, Naryshkin travelled to the UAE.", "2020-02-20", False, "2020-02"),
    ],
)
def test_an_expression_resolves_against_the_dateline(text: str, dateline: str, future: bool, expected: str) -> None:
    assert plain(text, dateline, future) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt may send troops to Libya.",  # the modal, not the month
        "Turkey has backed the GNA since June.",  # bounds a span, dates no event
        "The truce held until Tuesday.",
        "Fighting has raged since 2019.",
        "Turkey backs the GNA.",
        "Resolution 2259 endorsed the agreement.",  # a number that is no year after a preposition
        "In 3000 cases the aid arrived.",
    ],
)
def test_sentences_that_date_nothing(text: str) -> None:
    assert plain(text, "2020-12-08") == ""


def test_without_a_dateline_only_an_explicit_year_dates() -> None:
    assert plain("In June, Sisi threatened Turkey.", "") == ""
    assert plain("On Tuesday, Sisi threatened Turkey.", "") == ""
    assert plain("In June 2020, Sisi threatened Turkey.", "") == "2020-06"
    assert plain("In 2019 Sisi threatened Turkey.", "") == "2019"
    assert plain("On 30 February 2020 nothing happened.", "2020-12-08") == ""


@pytest.fixture(scope="module")
def nlp():
    return default_extractor().nlp


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In June, Sisi had threatened to send troops to Libya.", "2020-06"),
        ("Egypt will send troops in June, Sisi said.", "2021-06"),  # the tense comes from the parse
        ("The talks will resume on Monday.", "2020-12-14"),
        ("Turkey said Tuesday it backs the GNA.", "2020-12-08"),
    ],
)
def test_the_parse_gives_the_tense(nlp, text: str, expected: str) -> None:
    sentence = next(nlp(text).sents)
    assert sentence_event_date(sentence, "2020-12-08", LEXICON) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkish-backed GNA forces, which regained control of Tripoli early this month, remain hampered.",
        "Turkey, which signed a deal with the GNA in 2019, backs the GNA.",
    ],
)
def test_a_date_inside_a_relative_clause_does_not_date_the_claim(nlp, text: str) -> None:
    assert sentence_event_date(next(nlp(text).sents), "2020-06-22", LEXICON, "backs") == ""


def test_the_cue_picks_among_several_dates(nlp) -> None:
    sentence = next(nlp("After talks failed in May, Egypt backed Haftar in June.").sents)
    assert sentence_event_date(sentence, "2020-12-08", LEXICON, "backed") == "2020-06"
    assert sentence_event_date(sentence, "2020-12-08", LEXICON, "") == "2020-05"


def test_relation_rows_carry_event_date_and_keep_the_publication_date() -> None:
    rows = extract_relations("In June, Egypt backed Khalifa Haftar's Libyan National Army. Turkey backs the GNA.",
                             date="2020-12-08")
    assert set(rows["date"]) == {"2020-12-08"}
    dated = rows[rows["evidence"].str.startswith("In June")]
    assert not dated.empty and set(dated["event_date"]) == {"2020-06"}
    assert set(rows.loc[~rows["evidence"].str.startswith("In June"), "event_date"]) == {""}


def test_a_broken_lexicon_file_names_itself(tmp_path: Path) -> None:
    (tmp_path / "event_dates.json").write_text("{", encoding="utf-8")
    with pytest.raises(EventDateLexiconError, match="event_dates.json"):
        load_event_lexicon(tmp_path)
    data = json.loads((DEFAULT_LEXICON_DIR / "event_dates.json").read_text(encoding="utf-8"))
    data["relative"]["last week"] = {"weeks": -1}
    (tmp_path / "event_dates.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(EventDateLexiconError, match="last week"):
        load_event_lexicon(tmp_path)


def test_a_lexicon_folder_without_the_file_reads_the_bundled_one(tmp_path: Path) -> None:
    assert event_lexicon_for(tmp_path).version == LEXICON.version


def test_the_fixture_event_dates_are_what_the_module_reads(nlp) -> None:
    articles, texts = bundled_articles()
    dates = dict(zip(articles["article_id"], articles["date"]))
    for (article_id, prefix), expected in EVENT_DATES.items():
        assert any(r[0] == article_id and r[1] == prefix for r in RELATIONS)
        start, end = sentence_at(texts[article_id], prefix)
        sentence = next(nlp(texts[article_id][start:end]).sents)
        assert sentence_event_date(sentence, dates[article_id], LEXICON) == expected
