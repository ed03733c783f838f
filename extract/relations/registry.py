"""The construction registry: every construction is one function registered
under its rule id; the ids, their order and their base confidences are data
(data/lexicon/constructions.json). A function registered under an id the file
does not list, or an id the file lists that no function implements, fails at
import, not when the path first fires.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from spacy.tokens import Token

from extract.lexicon import DEFAULT_LEXICON_DIR, Cue
from extract.mentions import ActorSpan

CONSTRUCTIONS_FILE = DEFAULT_LEXICON_DIR / "constructions.json"
FAMILIES = ("hyphen", "persuasion", "verb", "transfer", "withdrawal", "severing", "noun", "adjective", "clause", "condition", "designation", "joint", "behalf", "against", "resolving", "pejorative", "camp", "behind", "named-role")


class ConstructionError(ValueError):
    """constructions.json and the registered functions disagree; the message says how."""


@dataclass
class Frame:
    """A cue word's reading as constructions build it up: who acts, on whom, and
    which constructions contributed (the last one names the row)."""

    trigger: Token
    cue: Cue | None
    relation: str | None
    family: str
    agents: list[ActorSpan] = field(default_factory=list)
    patients: list[tuple[ActorSpan, str]] = field(default_factory=list)  # (mention, relation)
    parties: list[ActorSpan] = field(default_factory=list)
    # Pairs read directly (first, second, relation), beside the agent x patient readings.
    pairs: list[tuple[ActorSpan, ActorSpan, str]] = field(default_factory=list)
    inherited: bool = False
    fired: list[str] = field(default_factory=list)
    # Clause patterns: the matched nodes by name, and the pattern's id.
    nodes: dict[str, Token] = field(default_factory=dict)
    pattern: str = ""
    # The cue word as written, when the arguments hang on another token ("peace" in "peace talks").
    word: Token | None = None

    @property
    def cue_word(self) -> Token:
        return self.word if self.word is not None else self.trigger

    def fire(self, rule: str) -> None:
        if rule not in SPECS:
            raise ConstructionError(f"rule {rule!r} is not listed in {CONSTRUCTIONS_FILE}")
        self.fired.append(rule)

    @property
    def rule(self) -> str | None:
        return self.fired[-1] if self.fired else None

    def others(self, mentions: Iterable[ActorSpan]) -> list[ActorSpan]:
        """The mentions whose actor is none of the frame's agents, in order: no actor is its own patient, party or
        guest ("Turkey and Egypt met, with Turkey hosting": Turkey does not host itself)."""
        own = {m.actor_id for m in self.agents}
        return [m for m in mentions if m.actor_id not in own]

    def face(self, mentions: Iterable[ActorSpan], relation: str, rule: str) -> None:
        """The others among `mentions` become patients of `relation`, and `rule` fires when there is any."""
        others = self.others(mentions)
        if others:
            self.patients.extend((m, relation) for m in others)
            self.fire(rule)

    def backs(self, backers: Iterable[ActorSpan], backed: Iterable[ActorSpan], rule: str) -> None:
        """The frame's reading becomes: `backers` (but any who is among `backed`) back each of `backed`; `rule` fires
        when both are there, and the frame is left as it was when not."""
        backed = list(backed)
        own = {m.actor_id for m in backed}
        backers = [m for m in backers if m.actor_id not in own]
        if backers and backed:
            self.agents = backers
            self.patients = [(m, "support") for m in backed]
            self.fire(rule)


# A construction reads the context and adds to the frame; it fires its id when it contributed.
ConstructionFunction = Callable[["SentenceContext", Frame], None]  # noqa: F821 (context imports this module)


@dataclass(frozen=True)
class ConstructionSpec:
    id: str
    families: tuple[str, ...]
    base: float
    example: str


def load_specs(path: Path = CONSTRUCTIONS_FILE) -> dict[str, ConstructionSpec]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ConstructionError(f"{path}: cannot read the construction list ({error}). Restore it from the repository.") from error
    specs: dict[str, ConstructionSpec] = {}
    for number, entry in enumerate(data.get("constructions", []), start=1):
        rule = entry.get("id")
        families = tuple(entry.get("families", ()))
        base = entry.get("base")
        if not isinstance(rule, str) or rule in specs:
            raise ConstructionError(f"{path}: construction {number}: missing or repeated id {rule!r}.")
        if not families or any(f not in FAMILIES for f in families):
            raise ConstructionError(f"{path}: {rule}: families {list(families)} must be some of {FAMILIES}.")
        if not isinstance(base, (int, float)) or not 0 < base <= 1:
            raise ConstructionError(f"{path}: {rule}: base {base!r} must be a number in (0, 1].")
        specs[rule] = ConstructionSpec(rule, families, float(base), str(entry.get("example", "")))
    return specs


SPECS: dict[str, ConstructionSpec] = load_specs()
_FUNCTIONS: dict[str, ConstructionFunction] = {}
# family() by name, worked out once: the reader asks for every frame it reads. Emptied when a function registers.
_FAMILIES: dict[str, list[ConstructionFunction]] = {}


def construction(rule: str) -> Callable[[ConstructionFunction], ConstructionFunction]:
    """Register `function` as the construction `rule` (listed in constructions.json)."""

    def register(function: ConstructionFunction) -> ConstructionFunction:
        if rule not in SPECS:
            raise ConstructionError(f"{function.__module__}.{function.__name__}: rule {rule!r} is not listed in {CONSTRUCTIONS_FILE}.")
        if rule in _FUNCTIONS:
            raise ConstructionError(f"rule {rule!r} is registered twice ({_FUNCTIONS[rule].__name__}, {function.__name__}).")
        _FUNCTIONS[rule] = function
        _FAMILIES.clear()
        return function

    return register


def check_complete() -> None:
    """Every listed construction has its function (called once all construction modules are imported)."""
    missing = [rule for rule in SPECS if rule not in _FUNCTIONS]
    if missing:
        raise ConstructionError(f"{CONSTRUCTIONS_FILE} lists {missing}, which no registered function implements.")


def family(name: str) -> list[ConstructionFunction]:
    """The constructions a family runs, in the file's order."""
    found = _FAMILIES.get(name)
    if found is None:
        found = _FAMILIES[name] = [_FUNCTIONS[rule] for rule, spec in SPECS.items() if name in spec.families]
    return found


def registered() -> dict[str, ConstructionFunction]:
    return dict(_FUNCTIONS)


def base_confidence(rule: str) -> float:
    return SPECS[rule].base
