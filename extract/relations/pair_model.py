"""The fallback reading: a sentence the constructions read nothing off, scored pair by pair by a linear model.

The constructions (extract/relations/constructions) read what they know how to read and nothing else. On held-out
sentences most missed relations sit in sentences where they read no edge at all: the relation is stated by a word or
a shape no construction names. For such a sentence, each pair of actors it names is scored by a multinomial logistic
model over what lies between the pair's two closest mentions: the words on the dependency path and in the text,
their cue classes in the lexicon, the mentions' own attachments (`pair_features`). `python -m
extract.train_pair_model` fits it on our own annotated sentences (data/training/) and writes the weights to
data/lexicon/pair_model.json, a data file like the rest of the lexicon.

It speaks only when
- the constructions read no edge in the sentence (it never overrides or adds to a construction's reading),
- the sentence is not negated, denied, asked or conditional (the constructions hedge those; a guess must not), and
- the model's probability for its best relation is at least the file's threshold.
Its edges carry rule `pair-model`, the first cue of their relation between the two (else the word where their paths
meet), and the file's confidence: the share of its edges that were right in the trainer's cross-validation.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from spacy.tokens import Span, Token

from extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon
from extract.mentions import ActorSpan
from extract.relations.grammar import CONDITION_MARKS
from extract.relations.modality import PRESCRIPTIVE_OPPOSITION, modality
from extract.relations.reader import Edge

PAIR_MODEL_FILE = "pair_model.json"
RULE = "pair-model"
NONE = "none"
# The model's classes, by the order of the pair's two mentions in the text.
LABELS = ("none", "support_forward", "support_backward", "opposition", "mediation")
RELATIONS = ("support", "opposition", "mediation")
# Farther apart than this many words, the text between says too little to weigh word by word.
MAX_BETWEEN = 15
# Longer dependency paths are counted, not spelled out.
MAX_PATH = 7
# Marks of a clause that states no fact (a condition, or "whether"): the constructions hedge these, the model does
# not guess in them.
NO_FACT_MARKS = frozenset({*CONDITION_MARKS, "whether"})


class PairModelError(ValueError):
    """A pair model file that cannot be read as one."""


@dataclass(frozen=True)
class PairModel:
    """Weights of a multinomial logistic model over `pair_features`, and when its best guess becomes an edge."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    threshold: float
    confidence: float
    version: str

    def scores(self, features: Iterable[str]) -> list[float]:
        """The probability of each label, in the order of `labels`."""
        totals = list(self.bias)
        for feature in set(features):
            row = self.weights.get(feature)
            if row is not None:
                totals = [t + w for t, w in zip(totals, row)]
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        whole = sum(exps)
        return [e / whole for e in exps]

    def best(self, features: Sequence[str]) -> tuple[str, float]:
        probabilities = self.scores(features)
        index = max(range(len(probabilities)), key=probabilities.__getitem__)
        return self.labels[index], probabilities[index]


def load_pair_model(folder: Path) -> PairModel | None:
    """The model of a lexicon folder; None when the folder has no model file (the fallback is off)."""
    path = Path(folder) / PAIR_MODEL_FILE
    if not path.exists():
        return None
    raw = path.read_bytes()
    try:
        data = json.loads(raw)
        labels = tuple(data["labels"])
        bias = tuple(float(b) for b in data["bias"])
        weights = {str(f): tuple(float(w) for w in row) for f, row in data["weights"].items()}
        threshold, confidence = float(data["threshold"]), float(data["confidence"])
    except (ValueError, KeyError, TypeError) as error:
        raise PairModelError(f"{path}: not a pair model ({error})") from error
    if set(labels) != set(LABELS) or len(bias) != len(labels) or any(len(row) != len(labels) for row in weights.values()):
        raise PairModelError(f"{path}: labels must be {sorted(LABELS)}, with one bias and one weight per label")
    if not (0.0 < threshold <= 1.0 and 0.0 < confidence <= 1.0):
        raise PairModelError(f"{path}: threshold and confidence must lie in (0, 1]")
    return PairModel(labels, bias, weights, threshold, confidence, hashlib.sha256(raw).hexdigest()[:8])


def pair_model_for(lexicon_dir: Path) -> PairModel | None:
    """The model of a lexicon folder; one without the file (an older copy) reads the bundled one."""
    folder = Path(lexicon_dir) if (Path(lexicon_dir) / PAIR_MODEL_FILE).exists() else DEFAULT_LEXICON_DIR
    return load_pair_model(folder)


def cue_classes(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """Each cue lemma's relation and event category, so that a cue the training sentences never used still weighs."""
    classes: dict[str, tuple[str, str]] = {}
    for section, cues in (("verbs", lexicon.verbs), ("nouns", lexicon.nouns), ("adjectives", lexicon.adjectives)):
        for word, cue in cues.items():
            classes.setdefault(word, (cue.relation or NONE, cue.category or lexicon.category_of.get((section, word), "")))
    for word, relation in lexicon.hyphen_participles.items():
        classes.setdefault(word, (relation or NONE, lexicon.category_of.get(("hyphen_participles", word), "")))
    # the sending: aid once its recipient is an actor ("shipped drones to the GNA"); the goods themselves (aid_nouns:
    # "parts", "systems", "cover") say nothing alone
    for word in lexicon.transfer_verbs:
        classes.setdefault(word, ("support", "transfer"))
    return classes


def path_between(first: Token, second: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """The dependency path from `first` up to where it meets the path from `second`: (rising, top, falling),
    rising from `first` (itself included, the top not), falling to `second` likewise; None when they never meet."""
    up, down = [first, *first.ancestors], [second, *second.ancestors]
    depth_in_down = {t.i: n for n, t in enumerate(down)}
    meet = next((n for n, t in enumerate(up) if t.i in depth_in_down), None)
    if meet is None:
        return None
    top = up[meet]
    return up[:meet], top, down[: depth_in_down[top.i]]


def _inner(first: Token, second: Token) -> list[Token]:
    """The words on the path between two mention roots, the roots themselves left out."""
    path = path_between(first, second)
    if path is None:
        return []
    rising, top, falling = path
    return [t for t in [*rising[1:], top, *falling[1:]] if t.i not in (first.i, second.i)]


def aspectual_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verbs of aspect before a verb ("continues to", "keeps", "began to"), which the features look through."""
    return lexicon.calque_aspectual_verbs | lexicon.quotes_continuation_verbs


def _aspectual(token: Token, aspect_words: frozenset[str]) -> bool:
    """ "continues to back", "began to arm": the aspect of the verb below, which says nothing of who backs whom."""
    return token.lemma_.lower() in aspect_words and any(child.dep_ == "xcomp" for child in token.children)


def _tense_or_aspect(token: Token, aspect_words: frozenset[str]) -> bool:
    """An auxiliary ("has been", "is") or a verb of aspect before a verb ("continues to")."""
    return token.dep_ in ("aux", "auxpass") or _aspectual(token, aspect_words)


def _below_aspect(token: Token, aspect_words: frozenset[str]) -> Token:
    """The verb an aspectual verb governs ("continues to back": back), else the token itself."""
    if _aspectual(token, aspect_words):
        return next(child for child in token.children if child.dep_ == "xcomp")
    return token


def _dep(token: Token, aspect_words: frozenset[str]) -> str:
    """The token's relation to its head, with an aspectual head looked through ("continues to stand": stand is the root)."""
    if token.dep_ == "xcomp" and _aspectual(token.head, aspect_words):
        return token.head.dep_
    return token.dep_


def _path_features(
    first: Token, second: Token, cues: Mapping[str, tuple[str, str]], aspect_words: frozenset[str]
) -> list[str]:
    """The dependency path between two mention roots: its words, their cue classes, the shape of the path.
    Tense and aspect are left out ("has been backing", "continues to back" are read as "backs")."""
    path = path_between(first, second)
    if path is None:  # different sentences of one span: nothing joins them
        return []
    rising, top, falling = path
    inner = [t for t in _inner(first, second) if not _aspectual(t, aspect_words)]
    features = []
    for token in inner:
        word = token.lemma_.lower()
        features += [f"pl={word}", f"pld={_dep(token, aspect_words)}:{word}"]
        if (cue := cues.get(word)) is not None:
            features += [f"pcue={cue[0]}", f"pcat={cue[1]}", f"pcued={_dep(token, aspect_words)}:{cue[0]}"]
        for child in token.children:
            child_word = child.lemma_.lower()
            if child.dep_ in ("neg", "prt") or child_word in NO_FACT_MARKS | {"not", "never", "no"}:
                features.append(f"plc={child.dep_}:{child_word}")
            if child.dep_ == "prt":
                features.append(f"plp={word}_{child_word}")
    if _aspectual(top, aspect_words):
        # "Egypt continues to condemn X": the path meets at "continue"; the verb below it is what joins them
        below = _below_aspect(top, aspect_words)
        falling = [t for t in falling if t.i != below.i]
        top = below
    shape = "<".join(_dep(t, aspect_words) for t in rising) + "|" + ">".join(_dep(t, aspect_words) for t in reversed(falling))
    features += [f"lca={top.lemma_.lower()}", f"lcapos={top.pos_}", f"plen={min(len(inner), 6)}"]
    if len(rising) + len(falling) <= MAX_PATH:
        features += [f"pd={shape}", f"pdl={shape}@{top.lemma_.lower()}"]
    return features


def pair_features(
    sent: Span, first: ActorSpan, second: ActorSpan, cues: Mapping[str, tuple[str, str]], aspect_words: frozenset[str]
) -> list[str]:
    """What the model reads of two mentions of a sentence, `first` before `second` in the text."""
    doc = sent.doc
    one, two = first.span, second.span
    features = _path_features(one.root, two.root, cues, aspect_words)
    head1, head2 = (_below_aspect(span.root.head, aspect_words).lemma_.lower() for span in (one, two))
    features += [
        f"d1={one.root.dep_}", f"d2={two.root.dep_}", f"d1h={one.root.dep_}:{head1}", f"d2h={two.root.dep_}:{head2}",
        f"k1={first.kind}", f"k2={second.kind}",
    ]
    between = [t for t in doc[one.end : two.start] if not t.is_punct and not _tense_or_aspect(t, aspect_words)]
    if len(between) <= MAX_BETWEEN:
        words = [t.lemma_.lower() for t in between]
        for word in words:
            features.append(f"bw={word}")
            if (cue := cues.get(word)) is not None:
                features += [f"bcue={cue[0]}", f"bcat={cue[1]}"]
        features += [f"bw2={a}_{b}" for a, b in zip(words, words[1:])]
    features.append(f"bwn={min(len(between) // 3, 6)}")
    for name, span in (("1", one), ("2", two)):
        if span.start > sent.start:
            features.append(f"pre{name}={doc[span.start - 1].lemma_.lower()}")
        after = next((t for t in doc[span.end : sent.end] if not _tense_or_aspect(t, aspect_words)), None)
        if after is not None:
            features.append(f"post{name}={after.lemma_.lower()}")
    if any(t.dep_ == "neg" or t.lemma_.lower() in ("deny", "never") for t in sent):
        features.append("neg")
    if sent.text.rstrip().endswith("?"):
        features.append("question")
    return features


def closest_pairs(mentions: Sequence[ActorSpan]) -> list[tuple[ActorSpan, ActorSpan]]:
    """For each two actors a sentence names, their two mentions nearest each other, in text order."""
    by_actor: dict[str, list[ActorSpan]] = {}
    for mention in mentions:
        by_actor.setdefault(mention.actor_id, []).append(mention)
    actors = sorted(by_actor)
    pairs = []
    for n, actor in enumerate(actors):
        for other in actors[n + 1 :]:
            best: tuple[int, ActorSpan, ActorSpan] | None = None
            for a in by_actor[actor]:
                for b in by_actor[other]:
                    if set(a.token_ids) & set(b.token_ids):
                        continue  # one phrase named both ("the Turkish-backed GNA" read twice)
                    first, second = (a, b) if a.span.start < b.span.start else (b, a)
                    gap = second.span.start - first.span.end
                    if best is None or gap < best[0]:
                        best = (gap, first, second)
            if best is not None:
                pairs.append((best[1], best[2]))
    return pairs


def states_no_fact(sent: Span, lexicon: Lexicon) -> bool:
    """A sentence negated, denied, asked or conditional: what it says of two actors is not asserted."""
    if sent.text.rstrip().endswith("?"):
        return True
    refusing = lexicon.denial_verbs | lexicon.negating_verbs | lexicon.falsity_adverbs
    return any(
        t.dep_ == "neg" or t.lemma_.lower() in refusing or (t.dep_ == "mark" and t.lower_ in NO_FACT_MARKS)
        for t in sent
    )


def edge_of(label: str, first: str, second: str) -> tuple[str, str, str]:
    """(actor1, actor2, relation) of a label for two actors in text order."""
    if label == "support_forward":
        return first, second, "support"
    if label == "support_backward":
        return second, first, "support"
    return first, second, label


def _cue_word(first: ActorSpan, second: ActorSpan, relation: str, cues: Mapping[str, tuple[str, str]]) -> str:
    """The word shown as the edge's cue: the first cue of its relation between or on the path, else the path's top."""
    doc = first.span.doc
    for token in doc[first.span.end : second.span.start]:
        if cues.get(token.lemma_.lower(), ("",))[0] == relation:
            return token.text
    path = path_between(first.span.root, second.span.root)
    return path[1].text if path is not None else ""


def model_edges(
    sent: Span, mentions: Sequence[ActorSpan], model: PairModel, lexicon: Lexicon,
    cues: Mapping[str, tuple[str, str]], speaker: str = "", about_peace: bool = False,
) -> list[Edge]:
    """The edges the model reads off a sentence the constructions read nothing off."""
    if len({m.actor_id for m in mentions}) < 2 or states_no_fact(sent, lexicon):
        return []
    edges = []
    aspect_words = aspectual_verbs(lexicon)
    for first, second in closest_pairs(mentions):
        label, probability = model.best(pair_features(sent, first, second, cues, aspect_words))
        if label == NONE or probability < model.threshold:
            continue
        actor1, actor2, relation = edge_of(label, first.actor_id, second.actor_id)
        factor = allowed_relations(first, second, lexicon, cues, about_peace).get(relation)
        if factor is None:
            continue
        cue = _cue_word(first, second, relation, cues)
        edges.append(Edge(actor1, actor2, relation, round(model.confidence * factor, 3), cue, RULE, speaker))
    return edges


def _sayer_and_said(
    first: Token, second: Token, inner: Sequence[Token], lexicon: Lexicon, cues: Mapping[str, tuple[str, str]]
) -> bool:
    """One of the two says what the other is in, and no cue of the lexicon says what the sayer holds of it: "Egypt
    gained political capital from the crisis, Haftar said" relates no one ("Haftar said Turkey was an invader" has
    one: "invader"). `inner`: the words on the path between them."""
    # the saying verb: on the path, with one of the two as its subject (the top of "X said Y ..." or the
    # parenthetical of "Y ..., X said")
    sayings = [
        t for t in inner
        if t.lemma_.lower() in lexicon.reporting_verbs
        and any(m.head.i == t.i and m.dep_ in ("nsubj", "nsubjpass") for m in (first, second))
    ]
    if not sayings:
        return False
    said = [t for t in inner if t not in sayings]
    return not any(cues.get(t.lemma_.lower(), (NONE,))[0] in RELATIONS for t in said)


def allowed_relations(
    first: ActorSpan, second: ActorSpan, lexicon: Lexicon, cues: Mapping[str, tuple[str, str]], about_peace: bool
) -> dict[str, float]:
    """The relations the model may read between two mentions, each with its confidence factor.

    - The modality every construction's reading goes through (extract.relations.modality), asked of each word on
      the path and of the two mentions: a relation is out when one of them is negated, denied, in a claim called
      false, asked for, conditional or otherwise not asserted, and under a prescriptive modal only opposition stays
      ("should have no role"); else it keeps the smallest confidence factor.
    - The lexicon's cues on the path: when there are any, only their relations ("condemned the deployment of
      fighters on the side of the GNA" has a cue of opposition; the model's guess of support goes against it).
    - Nothing between a sayer and an actor in what it says unless a cue on the path says what (`_sayer_and_said`).
    - Mediation only in a paragraph about peace, or the one after it (`about_peace`, as for the constructions' weak
      cues): "a summit hosted by Egypt was attended by Emirati officials" mediates nothing.
    """
    inner = _inner(first.span.root, second.span.root)
    if _sayer_and_said(first.span.root, second.span.root, inner, lexicon, cues):
        return {}
    question = first.span.sent.text.rstrip().endswith("?")
    on_path = {cues[t.lemma_.lower()][0] for t in inner if t.lemma_.lower() in cues} & set(RELATIONS)
    allowed = {}
    for relation in on_path or RELATIONS:
        if relation == "mediation" and not about_peace:
            continue
        factor = 1.0
        # the two mentions' own words too: "there are no Russian mercenaries fighting alongside Haftar"
        for token in [*inner, first.span.root, second.span.root]:
            word = token.lemma_.lower()
            cue = lexicon.verbs.get(word) if token.pos_ in ("VERB", "AUX") else lexicon.nouns.get(word)
            reading = modality(token, cue, relation, lexicon, question=question, about_peace=about_peace)
            if not reading.keep or (reading.prescriptive and relation != "opposition"):
                break  # "Cairo should support the GNA": what ought to be is not asserted, but for opposition
            factor = min(factor, reading.factor * (PRESCRIPTIVE_OPPOSITION if reading.prescriptive else 1.0))
        else:
            allowed[relation] = factor
    return allowed
