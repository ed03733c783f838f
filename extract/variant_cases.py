"""The cases variants are made from, each a sentence with the edges it must give (expected) and
must not give (absent): the construction table (data/gold/constructions/cases.jsonl, which
tests/test_constructions.py reads too), the wire sentences and events, and the regressions file
beside the repository, whose free-text "expected" column is read by `parse_expected`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from extract.schema import RELATION_TYPES

REPO = Path(__file__).resolve().parent.parent
CONSTRUCTION_CASES_FILE = REPO / "data" / "gold" / "constructions" / "cases.jsonl"
WIRE_FILE = REPO / "data" / "gold" / "wire" / "sentences.jsonl"
EVENTS_FILE = REPO / "data" / "gold" / "wire" / "events.jsonl"

Edge = tuple[str, str, str]  # (actor1, relation, actor2)
S, O, M = "support", "opposition", "mediation"


class CaseError(ValueError):
    """A case file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Case:
    """One sentence and what it must (expected) and must not (absent) give.

    `group` is what survival is reported by: the construction id, "negative", "wire", "events"
    or the regression class. `only`: no other edge among the core actors and the case's actors."""

    case_id: str
    group: str
    text: str
    expected: frozenset[Edge]
    absent: frozenset[Edge] = frozenset()
    only: bool = False
    date: str = ""

    @property
    def negative(self) -> bool:
        return not self.expected

    @property
    def actors(self) -> frozenset[str]:
        return frozenset(a for a, _, b in (*self.expected, *self.absent) for a in (a, b))


def _edges(value: object, where: str) -> frozenset[Edge]:
    if not isinstance(value, list) or not all(
        isinstance(e, list) and len(e) == 3 and all(isinstance(x, str) for x in e) and e[1] in RELATION_TYPES for e in value
    ):
        raise CaseError(f"{where}: edges must be a list of [actor1, relation, actor2] with relation one of {RELATION_TYPES}.")
    return frozenset(tuple(e) for e in value)  # type: ignore[misc]


def _jsonl(path: Path) -> Iterator[tuple[str, dict]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CaseError(f"{path}: cannot read the case file ({error}).") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise CaseError(f"{path}:{number}: not valid JSON ({error.msg}).") from error
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
            raise CaseError(f"{path}:{number}: expected an object with a non-empty \"text\".")
        yield f"{path.name}:{number}", row


def load_construction_cases(path: Path = CONSTRUCTION_CASES_FILE) -> list[Case]:
    """The construction table: {"kind": "positive", "rule": id, "text", "edges"} (edges that must come
    with this rule) or {"kind": "negative", "text", "absent"} (edges the same shape must not give)."""
    cases = []
    for where, row in _jsonl(path):
        kind = row.get("kind")
        if kind == "positive":
            if not isinstance(row.get("rule"), str):
                raise CaseError(f"{where}: a positive case needs the \"rule\" id it tests.")
            edges = _edges(row.get("edges"), where)
            if not edges:
                raise CaseError(f"{where}: a positive case needs at least one edge.")
            cases.append(Case(f"constructions:{where}", row["rule"], row["text"], edges))
        elif kind == "negative":
            absent = _edges(row.get("absent"), where)
            if not absent:
                raise CaseError(f"{where}: a negative case needs the edges that must be absent.")
            cases.append(Case(f"constructions:{where}", "negative", row["text"], frozenset(), absent))
        else:
            raise CaseError(f"{where}: \"kind\" must be \"positive\" or \"negative\", got {kind!r}.")
    return cases


def load_wire_cases(path: Path, group: str) -> list[Case]:
    """Single sentences with every edge they state ({"text", "edges"})."""
    return [Case(f"{group}:{where}", group, row["text"], _edges(row.get("edges"), where)) for where, row in _jsonl(path)]


@dataclass(frozen=True)
class RegressionRow:
    row_id: str
    group: str
    text: str
    expected_text: str
    case: Case | None  # None: the expected column is in a form the parser does not read


RELATION_WORDS = {"sup": S, "support": S, "opp": O, "opposition": O, "med": M, "mediation": M}
_REL = "|".join(sorted(RELATION_WORDS, key=len, reverse=True))
_PAIR = re.compile(rf"^(?P<no>no\s+)?(?P<left>[\w./ ]+?)\s*(?P<link>->|-)\s*(?P<right>[\w./ ]+?)(?:\s+(?P<rel>{_REL}))?$")
_WITH = re.compile(rf"^(?P<left>[\w.]+)\s+(?P<rel>{_REL})\s+with\s+(?P<a>[\w.]+)\s+and\s+(?P<b>[\w.]+)$")
_NOT_RELATION = re.compile(rf"\s*\(not\s+(?P<rel>{_REL})\)")


def parse_expected(text: str, known: Iterable[str]) -> tuple[frozenset[Edge], frozenset[Edge], bool] | None:
    """(expected, absent, only) from the regressions file's free-text column, or None when unread.

    Read: "A->B" (directed; support unless a relation follows), "A-B rel" (the relation as written),
    "A/B/C" and "A, B->C" lists, "sup"/"opp"/"med" and their full words, a relation stated once at
    the end for several pairs ("Russia->LNA; UAE->LNA sup"), "no A-B rel" (must be absent),
    "(not rel)" after a pair (that relation between the pair must be absent), "A med with B and C",
    and a final "only" (no other edge among the core actors). Anything else is not guessed."""
    known = set(known)
    body = text.strip()
    only = body.endswith(" only")
    if only:
        body = body[: -len(" only")].strip()
    pieces: list[tuple[bool, list[str], str, list[str], str | None, str | None]] = []
    for segment in body.split(";"):
        pending: list[str] = []
        for raw in segment.split(","):
            piece = raw.strip()
            not_rel = None
            found = _NOT_RELATION.search(piece)
            if found:
                not_rel = RELATION_WORDS[found["rel"]]
                piece = _NOT_RELATION.sub("", piece).strip()
            if "(" in piece or ")" in piece:
                return None
            with_form = _WITH.match(piece)
            if with_form:
                rel = RELATION_WORDS[with_form["rel"]]
                pieces += [(False, [with_form["left"]], "-", [with_form[k]], rel, not_rel) for k in ("a", "b")]
                continue
            if piece in known:  # "Russia, UAE->LNA": a list member before the pair it belongs to
                pending.append(piece)
                continue
            pair = _PAIR.match(piece)
            if not pair:
                return None
            left = pending + pair["left"].split("/")
            pending = []
            rel = RELATION_WORDS[pair["rel"]] if pair["rel"] else None
            pieces.append((bool(pair["no"]), [x.strip() for x in left], pair["link"], [x.strip() for x in pair["right"].split("/")], rel, not_rel))
        if pending:
            return None
    expected: set[Edge] = set()
    absent: set[Edge] = set()
    for index, (negated, left, link, right, rel, not_rel) in enumerate(pieces):
        if rel is None:
            rel = next((p[4] for p in pieces[index + 1 :] if p[4] is not None), None)
        if rel is None:
            if link != "->":
                return None
            rel = S
        if any(actor not in known for actor in (*left, *right)):
            return None
        for a in left:
            for b in right:
                (absent if negated else expected).add((a, rel, b))
                if not_rel is not None:
                    absent.add((a, not_rel, b))
    if not expected and not absent:
        return None
    return frozenset(expected), frozenset(absent), only


def load_regressions(path: Path, known: Iterable[str]) -> list[RegressionRow]:
    """The regressions file (tab-separated: id, class, sentence, expected), each row with its case
    when its expected column can be read."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CaseError(f"{path}: cannot read the regressions file ({error}).") from error
    known = set(known)
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 4:
            raise CaseError(f"{path}:{number}: expected 4 tab-separated columns (id, class, sentence, expected).")
        row_id, group, text, expected_text = (c.strip() for c in cells[:4])
        parsed = parse_expected(expected_text, known)
        case = None
        if parsed is not None:
            expected, absent, only = parsed
            case = Case(f"regressions:{row_id}", f"regressions: {group}", text, expected, absent, only)
        rows.append(RegressionRow(row_id, group, text, expected_text, case))
    return rows


def repository_cases() -> list[Case]:
    """The cases the repository holds: the construction table, the wire sentences and the events."""
    return [*load_construction_cases(), *load_wire_cases(WIRE_FILE, "wire"), *load_wire_cases(EVENTS_FILE, "events")]
