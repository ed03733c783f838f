"""Text in encodings that are easy to get wrong: UTF-16 without a byte-order mark, and files
mixing UTF-8 lines with Windows-1252 ones. Read through extract.corpus, as the CLI and uploads do."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from extract.corpus import ArticleError, article_from_upload, load_corpus, read_article

NEWS = "Foreign Minister Mevlüt Çavuşoğlu said Ankara backs the GNA.\nRussia’s Lavrov met Haftar in Moscow."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [NEWS, "Turkey backs the GNA.", "ab"], ids=["news", "ascii", "two-letters"])
def test_utf16_without_a_bom_is_read_by_its_pattern(tmp_path: Path, codec: str, text: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode(codec))
    assert read_article(path).text == text


def test_utf16_page_without_a_bom_is_read() -> None:
    page = "<html><body><p>Çavuşoğlu spoke.</p></body></html>"
    assert article_from_upload("page.html", page.encode("utf-16-le")).text == "Çavuşoğlu spoke."


@pytest.mark.parametrize(
    "data",
    [
        struct.pack("<400H", *range(1, 401)),  # little-endian 16-bit numbers: NUL-heavy, not text
        b"Turkey backs\x00 the GNA.",
        b"\x00" * 64,
    ],
    ids=["int16-table", "one-nul", "all-nul"],
)
def test_binary_with_nul_bytes_is_still_refused(data: bytes) -> None:
    with pytest.raises(ArticleError, match="binary"):
        article_from_upload("data.txt", data)


MIXED = "Çavuşoğlu met Lavrov.".encode("utf-8") + b"\r\n" + "It’s “fine” — the café".encode("cp1252") + b"\n" + \
    "Erdoğan spoke.".encode("utf-8") + b"\n" + "Señor Pérez agreed.".encode("cp1252")


def test_mixed_utf8_and_cp1252_lines_are_each_decoded(tmp_path: Path) -> None:
    (tmp_path / "mixed.txt").write_bytes(MIXED)
    load = load_corpus([tmp_path])
    [article] = load.articles
    assert article.text == "Çavuşoğlu met Lavrov.\nIt’s “fine” — the café\nErdoğan spoke.\nSeñor Pérez agreed."
    note = "lines 2, 4 are not UTF-8 and were read as cp1252; the other lines as UTF-8"
    assert load.problems == [] and load.notes == [f"mixed.txt: {note}"] and article.notes == note


def test_a_whole_cp1252_file_needs_no_note(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("It’s “fine” — the café\nSeñor Pérez agreed.".encode("cp1252"))
    load = load_corpus([tmp_path])
    assert load.articles[0].text == "It’s “fine” — the café\nSeñor Pérez agreed." and load.notes == []
