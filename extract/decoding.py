"""Bytes to text without losing a character, and files that are not text refused by name.

Tried in order: a byte-order mark (UTF-8, UTF-16), UTF-16 without one (told by
its pattern of NUL bytes), UTF-8, the encoding an HTML page declares, a file
mixing UTF-8 lines with legacy ones (decoded line by line), then detection
among the legacy code pages English news comes in.
"""
from __future__ import annotations

import codecs
import datetime
import re
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

from extract.errors import ArticleError

SAVE_AS_TEXT = "Save the article as plain text (.txt, UTF-8) or as an HTML page and try again."

# Unicode category Cc (C0 and C1 controls) less the whitespace ones (\t \n \v \f \r):
# one regex pass instead of a category lookup per character.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# In a one-line value (an outlet, a date, a title, an actor's name) every control character is unwanted,
# the whitespace ones too (a line or page break inside a name), and so are Unicode's non-characters
# (U+FFFE, U+FFFF, U+FDD0-U+FDEF and the last two of every plane), which no text should hold.
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
LINE_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_NONCHARACTERS}]")
_BREAKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]+")


# Free notes may hold several lines: tabs and line feeds stay there.
NOTE_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_NONCHARACTERS}]")
MULTILINE_FIELDS = frozenset({"notes"})


def clean_line(value: str, *, keep_lines: bool = False) -> str:
    """`value` as one line: breaks and tabs become a space, other controls and non-characters are left out,
    surrounding white space is stripped. `keep_lines` (free notes): tabs and line feeds stay."""
    if keep_lines:
        return NOTE_CONTROLS.sub("", value).strip()
    return LINE_CONTROLS.sub("", _BREAKS.sub(" ", value)).strip()

# Magic numbers of files that get renamed to .txt by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt or .xlsx file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# UTF-16 of text in the Latin range has a NUL as every other byte (the high
# byte of each character): most of one half of the bytes, almost none of the
# other. The sample at the start is enough to tell, and cheap.
UTF16_SAMPLE_BYTES = 4096
UTF16_MIN_NUL_SHARE = 0.5
UTF16_MAX_OTHER_NUL_SHARE = 0.02

# Legacy encodings tried, in order of preference on a tie: English news that is
# not UTF-8 is almost always Windows-1252, and a short text gives a detector
# too little to tell code pages apart ("Café" reads the same in several).
LEGACY_ENCODINGS = ("cp1252", "cp1254", "latin_1", "iso8859_15", "cp1250", "cp1257", "cp1251", "cp1256", "cp1253")
# In a cp1252 reading these Icelandic letters are, in news about Turkey, the
# Turkish ş ğ ı İ Ş Ğ of a cp1254 file ("Çavuþoðlu" is "Çavuşoğlu").
UNLIKELY_LETTERS = frozenset("þðýÞÐÝ")
# WHATWG: pages declaring latin-1 or ASCII are decoded as windows-1252.
DECLARED_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii"})
# Line numbers named in a note before "and N more".
LINES_NAMED = 5


@dataclass(frozen=True)
class Decoded:
    """The text of a file, and a note for the user when reading it took a guess."""

    text: str
    note: str = ""


def refuse_binary(name: str, data: bytes) -> None:
    """Raise ArticleError when `data` is an image, a document format or other binary, not text."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(name, f"is {what}, not text", SAVE_AS_TEXT)
    if b"\x00" in data and not data.startswith(UTF16_BOMS) and _utf16_without_bom(data) is None:
        raise ArticleError(name, "is a binary file (it contains NUL bytes), not text", SAVE_AS_TEXT)


def decode(name: str, data: bytes, declared: str | None = None) -> Decoded:
    """The text of `data`; `declared` is the encoding an HTML page names.

    Raises ArticleError when no encoding reads it, or when what it reads as is
    mostly control characters (a binary file).
    """
    note = ""
    text = _decode_known(data, declared)
    if text is None:
        mixed = _decode_mixed_lines(data)
        if mixed is not None:
            text, note = mixed
    if text is None:
        text = _decode_detected(data)
    if text is None:
        raise ArticleError(name, "is in a text encoding that could not be recognised", "Save it as UTF-8 text.")
    controls = len(CONTROL_CHARACTERS.findall(text))
    if controls > 1 + len(text) // 100:
        raise ArticleError(name, "looks like a binary file (many control characters), not text", SAVE_AS_TEXT)
    return Decoded(text, note)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `data` has the NUL pattern of UTF-16 and decodes as it."""
    sample = data[:UTF16_SAMPLE_BYTES]
    half = len(sample) // 2
    if half == 0 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    for codec, nul_share, other_share in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nul_share >= UTF16_MIN_NUL_SHARE and other_share <= UTF16_MAX_OTHER_NUL_SHARE:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _decode_known(data: bytes, declared: str | None) -> str | None:
    candidates = ["utf-8-sig"]
    if data.startswith(UTF16_BOMS):
        candidates.insert(0, "utf-16")
    else:
        # Before UTF-8: UTF-16 of ASCII text is valid UTF-8 with a NUL between letters.
        utf16 = _utf16_without_bom(data)
        if utf16:
            candidates.insert(0, utf16)
    if declared:
        try:
            codec = _codec_name(declared)
        except LookupError:
            codec = ""
        if codec in DECLARED_AS_CP1252:
            candidates += ["cp1252", "latin_1"]
        elif codec:
            candidates.append(codec)
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _codec_name(label: str) -> str:
    return codecs.lookup(label).name.replace("-", "_")


def _decode_mixed_lines(data: bytes) -> tuple[str, str] | None:
    """A file whose lines were pasted together from UTF-8 and a legacy code page
    (an archive export, a hand-edited file): each line as UTF-8 when it is valid
    UTF-8, the others in the legacy encoding their bytes read best as. None
    when no line is UTF-8 beyond ASCII (then the whole file is legacy)."""
    lines = data.split(b"\n")
    legacy: list[int] = []
    utf8_beyond_ascii = False
    for number, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(number)
            continue
        utf8_beyond_ascii = utf8_beyond_ascii or not line.isascii()
    if not utf8_beyond_ascii or not legacy:
        return None
    encoding = _detect_encoding(b"\n".join(lines[number] for number in legacy))
    if encoding is None:
        return None
    legacy_lines = set(legacy)
    decoded = [line.decode(encoding if number in legacy_lines else "utf-8") for number, line in enumerate(lines)]
    named = ", ".join(str(number + 1) for number in legacy[:LINES_NAMED])
    more = f" and {len(legacy) - LINES_NAMED} more" if len(legacy) > LINES_NAMED else ""
    which = "line" if len(legacy) == 1 else "lines"
    note = f"{which} {named}{more} are not UTF-8 and were read as {encoding}; the other lines as UTF-8"
    return "\n".join(decoded), note


def _detect_encoding(data: bytes) -> str | None:
    # Ranked by how garbled each reading looks; charset-normalizer's language
    # coherence is not used: on the few accented names in an English article it
    # is noise ("Çavuşoğlu" read as Baltic cp1257 scored "Croatian").
    def rank(match: CharsetMatch) -> tuple[float, int, int]:
        unlikely = sum(1 for ch in str(match) if ch in UNLIKELY_LETTERS)
        return (round(match.chaos, 2), unlikely, LEGACY_ENCODINGS.index(_legacy_name(match)))

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if matches:
        return _legacy_name(min(matches, key=rank))
    best = from_bytes(data).best()
    return best.encoding if best is not None else None


def _legacy_name(match: CharsetMatch) -> str:
    # The preferred of the code pages that read these bytes alike.
    return min((e for e in match.could_be_from_charset if e in LEGACY_ENCODINGS), key=LEGACY_ENCODINGS.index)


def _decode_detected(data: bytes) -> str | None:
    encoding = _detect_encoding(data)
    return data.decode(encoding) if encoding is not None else None


# An article's date: yyyy, yyyy-mm or yyyy-mm-dd (a time after "T" allowed), a real calendar date.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?")


def date_problem(value: str) -> str | None:
    """Why `value` cannot be an article's date ("2020-13-45", "0000-00-00", "June 2020"), or None (empty is fine:
    the article is undated)."""
    if not value:
        return None
    match = _DATE.fullmatch(value)
    if match is None:
        return f"the date {value!r} is not written yyyy-mm-dd"
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return f"the date {value!r} is not a real date"
    return None
