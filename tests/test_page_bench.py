"""The page-reading comparison counts furniture and lost sentences as it says."""
from __future__ import annotations

import io

from bench.pages import DEFAULT_FOLDER, compare, main, score

PARAGRAPHS = ["Turkey backs the GNA. Russia backs Haftar.", "Egypt warns Ankara."]


def test_score_counts_furniture_characters_and_lost_sentences() -> None:
    text = "Headline\n\nShare on Facebook\n\nTurkey backs the GNA. Russia backs Haftar.\n\nRead more"
    result = score(text, "Headline", PARAGRAPHS, 0.0)
    assert (result.furniture_chars, result.sentences, result.sentences_lost) == (len("ShareonFacebookReadmore"), 3, 1)


def test_score_of_exactly_the_article_is_clean() -> None:
    result = score("Turkey backs the GNA.\nRussia backs Haftar.\n\nEgypt warns Ankara.", "Head", PARAGRAPHS, 0.0)
    assert (result.furniture_chars, result.sentences_lost) == (0, 0)


def test_compare_scores_every_described_page_with_both_readers() -> None:
    scores = compare(DEFAULT_FOLDER)
    assert "section.html" in scores and scores["section.html"]["trafilatura"].fell_back
    assert all(set(by_reader) == {"trafilatura", "reduction"} for by_reader in scores.values())
    out = io.StringIO()
    assert main([str(DEFAULT_FOLDER)], out=out) == 0
    assert out.getvalue().splitlines()[0].split() == ["page", "sentences", "furniture", "chars", "sentences", "lost"]
