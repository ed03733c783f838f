"""The date an evidence sentence gives its event, read against the article's dateline.

"In June, Sisi had threatened to send troops" in an article of 2020-12-08 is
dated 2020-06, not December. The words (month and weekday names, "last week",
the prepositions that introduce a date) are data: data/lexicon/event_dates.json.

An event date is ISO text at the precision the sentence gives: `yyyy-mm-dd`
("on 12 March", "on Tuesday", "yesterday"), `yyyy-mm` ("in June", "last
month", "last week") or `yyyy` ("in 2019", "last year"). A sentence that dates
nothing gets "" (its event is dated by publication). Tense decides which way a
bare month or weekday points: "met in June" is the latest June not after the
dateline, "will meet in June" the next one.

`find_expressions` and `resolve` work on plain text and dates; `sentence_event_date`
adds the parse, which tells the tense and which expression belongs to the cue.
"""
from __future__ import annotations

import calendar
import datetime
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from spacy.tokens import Span, Token

from extract.lexicon import DEFAULT_LEXICON_DIR
from extract.relations.grammar import doc_text

EVENT_DATES_FILE = "event_dates.json"
PRECISIONS = ("day", "month", "year")
# Dependency labels of clauses that describe a noun ("which took Tripoli in June"): their dates are not the claim's.
RELATIVE_CLAUSES = frozenset({"relcl", "acl"})
# Years an article about a modern war can mean; "in 1500" is no event date here, nor "in 3000 cases".
YEAR = r"(?:19|20)\d{2}"


class EventDateLexiconError(ValueError):
    """An event_dates.json that cannot be used; the message names the file and the fix."""


@dataclass(frozen=True)
class RelativeDate:
    """An offset from the dateline ("last month": months=-1) and the precision it is written at."""

    days: int = 0
    months: int = 0
    years: int = 0
    precision: str = "day"


@dataclass(frozen=True)
class EventDateLexicon:
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    month_prepositions: frozenset[str]
    year_prepositions: frozenset[str]
    relative: Mapping[str, RelativeDate]
    future_auxiliaries: frozenset[str]
    not_the_event: frozenset[str]
    version: str


@dataclass(frozen=True)
class DateExpression:
    """A stretch of sentence text that dates something. `kind` is one of:
    day (day, month, year?), month (month, year?), year (year), weekday (weekday, last), relative (phrase)."""

    start: int
    end: int
    kind: str
    day: int = 0
    month: int = 0
    year: int = 0
    weekday: int = -1
    last: bool = False
    phrase: str = ""


def load_event_lexicon(folder: Path = DEFAULT_LEXICON_DIR) -> EventDateLexicon:
    """Read event_dates.json from `folder`; an error names the file and what to fix."""
    path = Path(folder) / EVENT_DATES_FILE
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError as error:
        raise EventDateLexiconError(f"{path}: file not found. Restore it from the repository.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EventDateLexiconError(f"{path}: not valid UTF-8 JSON ({error}). Fix the file.") from error

    def numbered(key: str, low: int, high: int) -> dict[str, int]:
        table = data.get(key)
        if not isinstance(table, dict) or not all(isinstance(v, int) and low <= v <= high for v in table.values()):
            raise EventDateLexiconError(f'{path}: "{key}" must map names to numbers from {low} to {high}.')
        return dict(table)

    def words(key: str) -> frozenset[str]:
        values = data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise EventDateLexiconError(f'{path}: "{key}" must be a list of words.')
        return frozenset(v.lower() for v in values)

    relative: dict[str, RelativeDate] = {}
    for phrase, offset in data.get("relative", {}).items():
        if (
            not isinstance(offset, dict)
            or set(offset) - {"days", "months", "years", "precision"}
            or offset.get("precision", "day") not in PRECISIONS
            or not all(isinstance(offset.get(k, 0), int) for k in ("days", "months", "years"))
        ):
            raise EventDateLexiconError(
                f'{path}: relative "{phrase}" must look like {{"months": -1, "precision": "month"}} '
                f"(days, months, years as whole numbers; precision one of {', '.join(PRECISIONS)}), got {offset!r}."
            )
        relative[phrase.lower()] = RelativeDate(**offset)
    return EventDateLexicon(
        months=numbered("months", 1, 12),
        weekdays=numbered("weekdays", 0, 6),
        month_prepositions=words("month_prepositions"),
        year_prepositions=words("year_prepositions"),
        relative=relative,
        future_auxiliaries=words("future_auxiliaries"),
        not_the_event=words("not_the_event"),
        version=hashlib.sha256(raw).hexdigest()[:12],
    )


def event_lexicon_for(lexicon_dir: Path) -> EventDateLexicon:
    """The event-date words of a lexicon folder; one without the file (an older copy) reads the bundled ones."""
    folder = Path(lexicon_dir) if (Path(lexicon_dir) / EVENT_DATES_FILE).exists() else DEFAULT_LEXICON_DIR
    return load_event_lexicon(folder)


def _alternation(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    month: re.Pattern[str]
    year: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str] | None


_compiled: dict[str, _Patterns] = {}


def _patterns(lexicon: EventDateLexicon) -> _Patterns:
    found = _compiled.get(lexicon.version)
    if found is not None:
        return found
    months = _alternation(lexicon.months)
    suffix = r"(?:st|nd|rd|th)?"
    year = rf"(?:,?\s+(?P<year>{YEAR}))?"
    month_prep = _alternation(lexicon.month_prepositions)
    patterns = _Patterns(
        # "last June 6" is the latest 6 June, as "June 6" in the past tense is: "last" is kept in the match so
        # that "last June" alone does not win as the longer expression.
        day_month=re.compile(rf"\b(?:[Ll]ast\s+)?(?P<day>[0-3]?\d){suffix}\s+(?:of\s+)?(?P<month>{months})\b\.?{year}\b"),
        month_day=re.compile(rf"\b(?:[Ll]ast\s+)?(?P<month>{months})\.?\s+(?P<day>[0-3]?\d){suffix}\b{year}\b"),
        # A month alone only after a preposition ("in June"), or with its year ("June 2019"): "May" is also a verb.
        month=re.compile(
            rf"(?:(?<![\w-])(?i:(?P<prep>{month_prep}))(?:\s+|(?<=-))(?:the\s+)?)?(?P<month>{months})\b\.?(?:\s+(?P<year>{YEAR})\b)?"
        ),
        year=re.compile(rf"(?<![\w-])(?i:{_alternation(lexicon.year_prepositions)})\s+(?P<year>{YEAR})\b"),
        weekday=re.compile(rf"\b(?:(?P<last>[Ll]ast)\s+)?(?P<weekday>{_alternation(lexicon.weekdays)})\b"),
        relative=re.compile(rf"\b(?i:{_alternation(lexicon.relative)})\b") if lexicon.relative else None,
    )
    _compiled[lexicon.version] = patterns
    return patterns


def _word_before(text: str, start: int) -> str:
    found = re.search(r"([\w']+)\W*$", text[:start])
    return found.group(1).lower() if found else ""


def find_expressions(text: str, lexicon: EventDateLexicon) -> list[DateExpression]:
    """Every expression in `text` that dates an event, in text order; the longest wins where two overlap.
    A date that bounds a span ("since June", "until Tuesday") is left out."""
    patterns = _patterns(lexicon)
    found: list[DateExpression] = []
    # The patterns below but the relative one match only where a month's or a weekday's name is written (as the
    # lexicon writes it: they are case-sensitive) or a year ("19.." or "20.."): a sentence with none is not scanned.
    month_named = any(month in text for month in lexicon.months)
    for kind, pattern in (("day", patterns.day_month), ("day", patterns.month_day)) if month_named else ():
        for match in pattern.finditer(text):
            day = int(match["day"])
            if 1 <= day <= 31:
                year = int(match["year"]) if match["year"] else 0
                found.append(DateExpression(match.start(), match.end(), kind, day=day, month=lexicon.months[match["month"]], year=year))
    for match in patterns.month.finditer(text) if month_named else ():
        if match["prep"] is None and match["year"] is None:
            continue
        start = match.start("month") if match["prep"] is None else match.start()
        found.append(DateExpression(start, match.end(), "month", month=lexicon.months[match["month"]],
                                    year=int(match["year"]) if match["year"] else 0, last=(match["prep"] or "").lower() == "last"))
    for match in patterns.year.finditer(text) if "19" in text or "20" in text else ():
        found.append(DateExpression(match.start(), match.end(), "year", year=int(match["year"])))
    for match in patterns.weekday.finditer(text) if any(day in text for day in lexicon.weekdays) else ():
        found.append(DateExpression(match.start(), match.end(), "weekday", weekday=lexicon.weekdays[match["weekday"]],
                                    last=match["last"] is not None))
    if patterns.relative is not None:
        for match in patterns.relative.finditer(text):
            found.append(DateExpression(match.start(), match.end(), "relative", phrase=match.group().lower()))
    kept: list[DateExpression] = []
    for expression in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if any(expression.start < k.end and k.start < expression.end for k in kept):
            continue
        if _word_before(text, expression.start) in lexicon.not_the_event:
            continue
        kept.append(expression)
    return sorted(kept, key=lambda e: e.start)


def _shift_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _written(day: datetime.date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]


def parse_dateline(dateline: str) -> datetime.date | None:
    """The publication day of an ISO date (`yyyy-mm-dd`, longer text cut to it); None when there is none."""
    try:
        return datetime.date.fromisoformat(dateline[:10])
    except ValueError:
        return None


def resolve(expression: DateExpression, dateline: str, lexicon: EventDateLexicon, *, future: bool = False) -> str:
    """The ISO date (at the precision written) that `expression` means in an article of `dateline`.

    Without a year, a month or a day means the latest one not after the dateline, or with `future` the
    first one not before it; a weekday the latest on or before the dateline ("said on Tuesday" in a
    Tuesday article is that day), "last Tuesday" the one before that, a future one the next after it.
    "" when the expression needs a dateline and there is none, or names no real day (30 February).
    """
    today = parse_dateline(dateline)
    if expression.kind == "year":
        return f"{expression.year:04d}"
    if expression.kind in ("month", "day") and expression.year:
        if expression.kind == "month":
            return f"{expression.year:04d}-{expression.month:02d}"
        try:
            return datetime.date(expression.year, expression.month, expression.day).isoformat()
        except ValueError:
            return ""
    if today is None:
        return ""
    if expression.kind == "month":
        year = today.year
        if future:
            year += expression.month < today.month
        else:
            passed = expression.month < today.month or (expression.month == today.month and not expression.last)
            year -= not passed
        return f"{year:04d}-{expression.month:02d}"
    if expression.kind == "day":
        for year in ((today.year, today.year + 1) if future else (today.year, today.year - 1)):
            try:
                day = datetime.date(year, expression.month, expression.day)
            except ValueError:
                continue
            if (day >= today) if future else (day <= today):
                return day.isoformat()
        return ""
    if expression.kind == "weekday":
        if future:
            ahead = (expression.weekday - today.weekday()) % 7 or 7
            return (today + datetime.timedelta(days=ahead)).isoformat()
        back = (today.weekday() - expression.weekday) % 7
        if expression.last and back == 0:
            back = 7
        return (today - datetime.timedelta(days=back)).isoformat()
    offset = lexicon.relative[expression.phrase]
    day = _shift_months(today + datetime.timedelta(days=offset.days), offset.months + 12 * offset.years)
    return _written(day, offset.precision)


def _governing_verb(sent: Span, start: int, end: int) -> Token | None:
    """The verb the date expression at sentence offsets [start, end) hangs from, if the parse gives one."""
    span = sent.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(len(sent)):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _is_future(verb: Token, lexicon: EventDateLexicon) -> bool:
    return any(child.dep_ in ("aux", "auxpass") and child.lower_ in lexicon.future_auxiliaries for child in verb.children)


# The sentence sentence_event_date read last, with its lexicon's version and the expressions found in it: the
# edges of one sentence with different cues ask in turn (a quarter of the calls), and finding them is the cost.
_last_read: tuple[str, str, list[DateExpression]] = ("", "", [])


def sentence_event_date(sent: Span, dateline: str, lexicon: EventDateLexicon, cue: str = "") -> str:
    """The event date of one evidence sentence of an article of `dateline`, or "" when it dates nothing.

    Of several expressions, the one whose verb is the relation's cue ("backed" in "... backed Haftar in
    June, when talks in May failed"), else the first that is not inside a relative clause.
    """
    global _last_read
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]  # sent.text, without a Token per word
    last = _last_read
    if last[0] == text and last[1] == lexicon.version:
        expressions = last[2]
    else:
        expressions = find_expressions(text, lexicon)
        _last_read = (text, lexicon.version, expressions)
    if not expressions:
        return ""
    cue_words = {w for w in re.split(r"\W+", cue.lower()) if w}
    governed = [(expression, _governing_verb(sent, expression.start, expression.end)) for expression in expressions]
    of_cue = [(e, v) for e, v in governed if v is not None and cue_words & {v.lower_, v.lemma_.lower()}]
    # Else the first date outside a relative clause: in "GNA forces, which took Tripoli early this month, are
    # backed by Turkey" the month dates the taking, not the backing.
    main = [(e, v) for e, v in governed if v is None or v.dep_ not in RELATIVE_CLAUSES]
    if not (of_cue or main):
        return ""
    expression, verb = (of_cue or main)[0]
    return resolve(expression, dateline, lexicon, future=verb is not None and _is_future(verb, lexicon))
