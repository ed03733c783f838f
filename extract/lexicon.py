"""The cue lexicon and article-structure rules, read from editable JSON files
in data/lexicon/."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from extract.datafiles import default_data_folder
from extract.schema import RELATION_TYPES

DEFAULT_LEXICON_DIR = default_data_folder("lexicon")
RELATIONS_FILE = "relations.json"
STRUCTURE_FILE = "article_structure.json"
NOUN_ROLES = ("agent", "patient", "parties")


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Cue:
    """One cue word: the relation it signals and how its prepositions assign roles.

    For verbs `preps` maps a preposition to a relation; for nouns and
    adjectives to a role (agent, patient, parties).
    """

    lemma: str
    relation: str | None
    preps: dict[str, str]
    identity: str | None = None
    weak: bool = False
    only_negated: bool = False
    object_from_clause: bool = False
    # Nouns of cooperation: two coordinated actors and no one else back each other.
    mutual: bool = False


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    adjectives: dict[str, Cue]
    hyphen_participles: dict[str, str]
    light_verbs: frozenset[str]
    reverse_light_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    aid_nouns: frozenset[str]
    control_verbs_object: frozenset[str]
    persuasion_verbs: frozenset[str]
    gratitude_verbs: frozenset[str]
    control_nouns: frozenset[str]
    peace_topics: frozenset[str]
    authorship_verbs: frozenset[str]
    alongside_words: frozenset[str]
    non_state_nouns: frozenset[str]
    motion_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    prescriptive_modals: frozenset[str]
    hedge_modals: frozenset[str]
    hedge_words: frozenset[str]
    reporting_verbs: frozenset[str]
    locative_preps: frozenset[str]
    place_nouns: frozenset[str]
    identity_preps: frozenset[str]
    withdrawal_verbs: frozenset[str]
    mediation_participles: frozenset[str]
    lemma_corrections: dict[str, str]
    severing_verbs: frozenset[str]
    bond_nouns: frozenset[str]
    cooperation_domains: frozenset[str]
    conditional_threat_verbs: frozenset[str]
    cause_preps: frozenset[str]
    attendance_verbs: frozenset[str]
    expletive_verbs: frozenset[str]
    seat_modifiers: frozenset[str]
    copular_verbs: frozenset[str]
    act_nouns: frozenset[str]
    control_nouns_under: frozenset[str]
    reciprocal_verbs: frozenset[str]
    end_of_article: tuple[re.Pattern[str], ...]
    comment_header: tuple[re.Pattern[str], ...]
    skip_line: tuple[re.Pattern[str], ...]
    version: str


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise LexiconError(f"{path}: file not found. Restore it from the repository.") from error
    except json.JSONDecodeError as error:
        raise LexiconError(f"{path}: not valid JSON ({error}). Fix the file.") from error


def _cues(path: Path, section: str, entries: dict, valid_roles: tuple[str, ...] | None) -> dict[str, Cue]:
    cues = {}
    for lemma, entry in entries.items():
        relation = entry.get("relation")
        if relation is not None and relation not in RELATION_TYPES:
            raise LexiconError(f"{path}: {section}.{lemma}: relation {relation!r} is not one of {RELATION_TYPES}.")
        preps = dict(entry.get("preps", {}))
        allowed = valid_roles or RELATION_TYPES
        for prep, value in preps.items():
            if value not in allowed:
                raise LexiconError(f"{path}: {section}.{lemma}.preps.{prep}: {value!r} is not one of {allowed}.")
        identity = entry.get("identity")
        if identity is not None and identity not in NOUN_ROLES:
            raise LexiconError(f"{path}: {section}.{lemma}.identity: {identity!r} is not one of {NOUN_ROLES}.")
        cues[lemma.lower()] = Cue(
            lemma=lemma.lower(),
            relation=relation,
            preps=preps,
            identity=identity,
            weak=bool(entry.get("weak", False)),
            only_negated=bool(entry.get("only_negated", False)),
            object_from_clause=bool(entry.get("object_from_clause", False)),
            mutual=bool(entry.get("mutual", False)),
        )
    return cues


def _patterns(path: Path, data: dict, key: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in data.get(key, []):
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as error:
            raise LexiconError(f"{path}: {key}: bad regular expression {pattern!r} ({error}).") from error
    return tuple(compiled)


def load_lexicon(folder: Path = DEFAULT_LEXICON_DIR) -> Lexicon:
    """Read relations.json and article_structure.json from `folder`."""
    relations_path = Path(folder) / RELATIONS_FILE
    structure_path = Path(folder) / STRUCTURE_FILE
    relations = _read_json(relations_path)
    structure = _read_json(structure_path)
    digest = hashlib.sha256(relations_path.read_bytes() + structure_path.read_bytes()).hexdigest()[:12]

    def words(key: str) -> frozenset[str]:
        return frozenset(word.lower() for word in relations.get(key, []))

    participles = {word.lower(): rel for word, rel in relations.get("hyphen_participles", {}).items()}
    for word, rel in participles.items():
        if rel not in RELATION_TYPES:
            raise LexiconError(f"{relations_path}: hyphen_participles.{word}: {rel!r} is not one of {RELATION_TYPES}.")
    return Lexicon(
        verbs=_cues(relations_path, "verbs", relations.get("verbs", {}), None),
        nouns=_cues(relations_path, "nouns", relations.get("nouns", {}), NOUN_ROLES),
        adjectives=_cues(relations_path, "adjectives", relations.get("adjectives", {}), NOUN_ROLES),
        hyphen_participles=participles,
        light_verbs=words("light_verbs"),
        reverse_light_verbs=words("reverse_light_verbs"),
        transfer_verbs=words("transfer_verbs"),
        aid_nouns=words("aid_nouns"),
        control_verbs_object=words("control_verbs_object"),
        persuasion_verbs=words("persuasion_verbs"),
        gratitude_verbs=words("gratitude_verbs"),
        control_nouns=words("control_nouns"),
        peace_topics=words("peace_topics"),
        authorship_verbs=words("authorship_verbs"),
        alongside_words=words("alongside_words"),
        non_state_nouns=words("non_state_nouns"),
        motion_verbs=words("motion_verbs"),
        negating_verbs=words("negating_verbs"),
        prescriptive_modals=words("prescriptive_modals"),
        hedge_modals=words("hedge_modals"),
        hedge_words=words("hedge_words"),
        reporting_verbs=words("reporting_verbs"),
        locative_preps=words("locative_preps"),
        place_nouns=words("place_nouns"),
        identity_preps=words("identity_preps"),
        withdrawal_verbs=words("withdrawal_verbs"),
        mediation_participles=words("mediation_participles"),
        severing_verbs=words("severing_verbs"),
        bond_nouns=words("bond_nouns"),
        cooperation_domains=words("cooperation_domains"),
        conditional_threat_verbs=words("conditional_threat_verbs"),
        cause_preps=words("cause_preps"),
        attendance_verbs=words("attendance_verbs"),
        expletive_verbs=words("expletive_verbs"),
        seat_modifiers=words("seat_modifiers"),
        copular_verbs=words("copular_verbs"),
        act_nouns=words("act_nouns"),
        control_nouns_under=words("control_nouns_under"),
        reciprocal_verbs=words("reciprocal_verbs"),
        lemma_corrections={form.lower(): lemma.lower() for form, lemma in relations.get("lemma_corrections", {}).items()},
        end_of_article=_patterns(structure_path, structure, "end_of_article"),
        comment_header=_patterns(structure_path, structure, "comment_header"),
        skip_line=_patterns(structure_path, structure, "skip_line"),
        version=digest,
    )
