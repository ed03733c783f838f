"""The sidebar filter as URL query parameters, and back: what a shared link carries.

Only what differs from the default filter is written, so an unfiltered view has
a clean URL. Lists repeat their parameter (`?source=A&source=B`): outlet names
may hold commas. Reading is forgiving: an unknown outlet or actor, a date that
is not ISO or a confidence out of range is dropped (the rest of the link still
applies) and reported, so that a stale link never breaks a page.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from extract.schema import RELATION_TYPES
from views.filters import DATE_BASES, RelationFilter

# Filter field -> query parameter.
FILTER_PARAMS: dict[str, str] = {
    "sources": "source",
    "relations": "relation",
    "actors": "actor_filter",
    "min_confidence": "min_confidence",
    "date_from": "from",
    "date_to": "to",
    "include_undated": "undated",
    "show_rejected": "rejected",
    "date_basis": "dates",
}
# What a relation list with no relation is written as (an absent parameter means "every relation").
NO_RELATION = "none"
Params = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class LinkedFilter:
    """The filter a URL asks for, and what in it could not be used."""

    chosen: RelationFilter
    dropped: tuple[str, ...] = field(default=())


def filter_params(chosen: RelationFilter) -> dict[str, list[str]]:
    """The query parameters of `chosen`: one entry per field that is not the default, lists as repeated values."""
    default = RelationFilter()
    params: dict[str, list[str]] = {}
    for name, param in FILTER_PARAMS.items():
        value = getattr(chosen, name)
        if value == getattr(default, name):
            continue
        if name == "relations":
            params[param] = list(value) or [NO_RELATION]
        elif isinstance(value, tuple):
            params[param] = list(value)
        elif isinstance(value, bool):
            params[param] = ["yes" if value else "no"]
        elif isinstance(value, float):
            params[param] = [f"{value:g}"]
        else:
            params[param] = [str(value)]
    return params


def has_filter(params: Params) -> bool:
    """Whether a URL's parameters say anything about the filter."""
    return any(param in params for param in FILTER_PARAMS.values())


def _iso_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def filter_from_params(params: Params, *, sources: Sequence[str], actors: Sequence[str]) -> LinkedFilter:
    """The filter a URL's parameters describe; fields the URL leaves out keep their default.

    `sources` and `actors` are the choices the data offers; others are dropped and named in `dropped`.
    """
    dropped: list[str] = []
    fields: dict[str, object] = {}

    def known(param: str, values: Sequence[str], choices: Sequence[str]) -> tuple[str, ...]:
        allowed = set(choices)
        dropped.extend(f"{param}={v}" for v in values if v not in allowed)
        return tuple(dict.fromkeys(v for v in values if v in allowed))

    if FILTER_PARAMS["sources"] in params:
        fields["sources"] = known("source", params[FILTER_PARAMS["sources"]], sources)
    if FILTER_PARAMS["actors"] in params:
        fields["actors"] = known("actor_filter", params[FILTER_PARAMS["actors"]], actors)
    if FILTER_PARAMS["relations"] in params:
        values = [v for v in params[FILTER_PARAMS["relations"]] if v != NO_RELATION]
        fields["relations"] = tuple(r for r in RELATION_TYPES if r in known("relation", values, RELATION_TYPES))
    for name in ("date_from", "date_to"):
        values = params.get(FILTER_PARAMS[name], ())
        if values and _iso_date(values[-1]):
            fields[name] = values[-1]
        elif values:
            dropped.append(f"{FILTER_PARAMS[name]}={values[-1]}")
    values = params.get(FILTER_PARAMS["min_confidence"], ())
    if values:
        try:
            confidence = float(values[-1])
        except ValueError:
            confidence = -1.0
        if 0.0 <= confidence <= 1.0:
            fields["min_confidence"] = confidence
        else:
            dropped.append(f"min_confidence={values[-1]}")
    values = params.get(FILTER_PARAMS["date_basis"], ())
    if values and values[-1] in DATE_BASES:
        fields["date_basis"] = values[-1]
    elif values:
        dropped.append(f"dates={values[-1]}")
    for name in ("include_undated", "show_rejected"):
        values = params.get(FILTER_PARAMS[name], ())
        if values and values[-1] in ("yes", "no"):
            fields[name] = values[-1] == "yes"
        elif values:
            dropped.append(f"{FILTER_PARAMS[name]}={values[-1]}")
    return LinkedFilter(RelationFilter(**fields), tuple(dropped))  # type: ignore[arg-type]
