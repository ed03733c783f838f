"""The fallback reading: the pairs of a sentence the constructions read nothing of, scored by a linear model.

The constructions (extract/relations/constructions) read what they know how to read and nothing else. On held-out
sentences most missed relations are stated by a word or a shape no construction names, in a sentence where they read
no edge at all or an edge between other actors. Each pair of actors such a sentence names is scored by a multinomial
logistic model over what lies between the pair's two closest mentions: the words on the dependency path and in the text,
their cue classes in the lexicon, the mentions' own attachments, the actors' types (`pair_features`). `python -m
extract.train_pair_model` fits it on our own annotated sentences (data/training/) and writes the weights to
data/lexicon/pair_model.json, a data file like the rest of the lexicon.

It speaks only of a pair
- of which the constructions' edges in the sentence name at most one actor (it never overrides or adds to what they
  read between two actors: "Egypt and the UAE, Haftar's backers, condemned Turkey" has its reading of all four),
- what the sentence says of the pair is not negated, denied, asked or conditional (the constructions hedge those; a
  guess must not): `ParsedSentence.states_no_fact_of` looks at the path between the two and the clauses above it, so
  a "not" in another clause of the sentence leaves the pair alone, and
- the model's probability for its best relation is at least the file's threshold.
Its edges carry rule `pair-model`, the first cue of their relation between the two (else the word where their paths
meet), and the file's confidence: the share of its edges that were right in the trainer's cross-validation.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from spacy.tokens import Span, Token

from extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon
from extract.mentions import PERSON_KINDS, SIDES_KIND, ActorSpan
from extract.relations.grammar import CONDITION_MARKS, stood_somewhere
from extract.relations.modality import PRESCRIPTIVE_OPPOSITION, about_other_field, modality
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
# Children of a path word that change what it says ("never backed", "backed if").
NEGATING_CHILDREN = NO_FACT_MARKS | {"not", "never", "no"}
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
LISTING_DEPS = frozenset({"conj", "appos", "cc", "punct"})
# What a verb of stopping stops ("ended [its support for the GNA]", "halted [the shipments to Haftar]"): the branches a
# mention can hang from to be inside it (ParsedSentence.states_no_fact_of, the lexicon's stopping_verbs).
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "attr", "oprd", "pcomp", "acomp", "dative"})


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
        weights = self.weights
        rows = [row for feature in set(features) if (row := weights.get(feature)) is not None]
        totals = [bias + math.fsum(column) for bias, column in zip(self.bias, zip(*rows))] if rows else list(self.bias)
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
    return _meeting([first, *first.ancestors], [second, *second.ancestors], lambda token: token.i)


def _meeting(up: list, down: list, key: Callable = lambda word: word) -> tuple[list, object, list] | None:
    """Two chains of heads, each from a word up to its root, cut where they meet (`path_between`); `key`: a word's
    doc index."""
    depth_in_down = {key(t): n for n, t in enumerate(down)}
    meet = next((n for n, t in enumerate(up) if key(t) in depth_in_down), None)
    if meet is None:
        return None
    top = up[meet]
    return up[:meet], top, down[: depth_in_down[key(top)]]


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


def refusing_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that take back what their clause asserts: a denial ("denied"), a negating verb ("refused"), a falsity
    adverb ("falsely")."""
    return lexicon.denial_verbs | lexicon.negating_verbs | lexicon.falsity_adverbs


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence's parse as plain lists by token index, read once for all its pairs: the features ask each word's
    lemma, label and neighbours many times, and spaCy builds a new Token object at every ask."""

    start: int  # the doc index of the first word held
    lemma: list[str]  # lower case
    lower: list[str]
    dep: list[str]
    pos: list[str]
    head: list[int]  # doc index
    children: list[list[int]]  # doc indexes, in text order
    punct: list[bool]
    # a verb of aspect before a verb ("continues to back", "began to arm"): the aspect of the verb below, which says
    # nothing of who backs whom
    aspectual: list[bool]
    tense_or_aspect: list[bool]  # an auxiliary ("has been", "is") or a verb of aspect
    sentence_start: int  # the sentence's bounds, doc indexes
    end: int
    question: bool

    @classmethod
    def of(cls, sent: Span, aspect_words: frozenset[str]) -> "ParsedSentence":
        held = sent
        while True:
            start = held.start
            lemma, lower, dep, pos, head, punct = [], [], [], [], [], []
            for t in held:
                lemma.append(t.lemma_.lower())
                lower.append(t.lower_)
                dep.append(t.dep_)
                pos.append(t.pos_)
                head.append(t.head.i)
                punct.append(t.is_punct)
            if held.start == 0 and held.end == len(sent.doc) or all(start <= h < held.end for h in head):
                break
            held = sent.doc[:]  # a head outside the sentence, which a parse repair may leave: hold the whole doc
        children: list[list[int]] = [[] for _ in head]
        for n, h in enumerate(head):
            if h != n + start:
                children[h - start].append(n + start)
        aspectual = [
            lemma[n] in aspect_words and any(dep[c - start] == "xcomp" for c in children[n]) for n in range(len(head))
        ]
        tense_or_aspect = [dep[n] in ("aux", "auxpass") or aspectual[n] for n in range(len(head))]
        question = sent.text.rstrip().endswith("?")
        return cls(
            start, lemma, lower, dep, pos, head, children, punct, aspectual, tense_or_aspect, sent.start, sent.end, question
        )

    def _sentence(self) -> range:
        """The sentence's own words, as indexes into the lists."""
        return range(self.sentence_start - self.start, self.end - self.start)

    @cached_property
    def own(self) -> list[str]:
        """What the model reads of the whole sentence, the same for each of its pairs."""
        features = []
        if any(self.dep[n] == "neg" or self.lemma[n] in ("deny", "never") for n in self._sentence()):
            features.append("neg")
        if self.question:
            features.append("question")
        return features

    def states_no_fact(self, lexicon: Lexicon) -> bool:
        """A sentence negated, denied, asked or conditional: what it says of two actors is not asserted."""
        if self.question:
            return True
        refusing = refusing_words(lexicon)
        return any(
            self.dep[n] == "neg" or self.lemma[n] in refusing or (self.dep[n] == "mark" and self.lower[n] in NO_FACT_MARKS)
            for n in self._sentence()
        )

    def states_no_fact_of(self, first: int, second: int, lexicon: Lexicon) -> bool:
        """What the sentence says of the two mentions (doc indexes) is not asserted: the path between them or a clause
        above it is negated, denied or conditional, or the sentence is asked ("Egypt said it would not stand idle if
        the GNA's Turkish sponsors pushed on": the sponsors are a fact; the not and the if hang on another clause)."""
        path = self.path(first, second)
        if self.question or path is None:
            return self.question or self.states_no_fact(lexicon)
        rising, top, falling = path
        at = self.start
        refusing = refusing_words(lexicon)

        def refuses(n: int) -> bool:  # a child that takes its head's assertion back ("did not", "falsely", "if")
            return self.dep[n] == "neg" or (self.dep[n] == "advmod" and self.lemma[n] in refusing) or (
                self.dep[n] == "mark" and self.lower[n] in NO_FACT_MARKS
            )

        # a noun joining them ("the GNA and its Turkish backers") is presupposed by the clause it stands in, whatever
        # that clause says; a verb, or a list of the two ("Qatar and the GNA did not ..."), is asserted only as far as
        # the clauses above it are, up to a clause it is coordinated with ("... denied arming anyone, but trackers say
        # its planes landed at Haftar's airstrip": the second clause stands on its own)
        listed = all(self.dep[t - at] in LISTING_DEPS for t in (*rising, *falling) if t != top)
        above = [top] if self.pos[top - at] in NOMINAL_POS and not listed else self._up_to_coordination(top)
        for token in {*rising, *falling, *above}:
            n = token - at
            if self.lemma[n] in lexicon.stopping_verbs:
                # "ended its support for the GNA": what is stopped is its complement; the two ending talks they held, or
                # one citing the other, are still asserted; and a stop demanded presupposes the act goes on ("Russia
                # must stop arming Haftar", "called on Turkey to stop sending fighters to the GNA")
                if self._demanded(token, lexicon):
                    continue
                if any(self._inside_complement(token, self._up(mention)) for mention in (first, second)):
                    return True
            elif self.lemma[n] in refusing:
                return True
            for child in self.children[n]:
                c = child - at
                if self.dep[c] == "neg" and (cue := lexicon.verbs.get(self.lemma[n])) is not None and cue.when_negated:
                    continue  # "would not accept Wagner's men": a stance, the cue's when_negated (allowed_relations)
                if refuses(c) or self.dep[c] == "advcl" and any(refuses(g - at) for g in self.children[c]):
                    return True
        return False

    def dep_through_aspect(self, i: int) -> str:
        """The word's label, with an aspectual head looked through ("continues to stand": stand is the root)."""
        n, h = i - self.start, self.head[i - self.start] - self.start
        return self.dep[h] if self.dep[n] == "xcomp" and self.aspectual[h] else self.dep[n]

    def below_aspect(self, i: int) -> int:
        """The verb an aspectual verb governs ("continues to back": back), else the word itself."""
        n = i - self.start
        if self.aspectual[n]:
            return next(c for c in self.children[n] if self.dep[c - self.start] == "xcomp")
        return i

    def path(self, first: int, second: int) -> tuple[list[int], int, list[int]] | None:
        """`path_between` by doc index."""
        return _meeting(self._up(first), self._up(second))  # type: ignore[return-value]

    def _up(self, i: int) -> list[int]:
        chain = [i]
        while (h := self.head[chain[-1] - self.start]) != chain[-1]:
            chain.append(h)
        return chain

    def _up_to_coordination(self, i: int) -> list[int]:
        """The heads above a word, up to the first clause it is coordinated with (that clause left out)."""
        chain = [i]
        while self.dep[chain[-1] - self.start] != "conj" and (h := self.head[chain[-1] - self.start]) != chain[-1]:
            chain.append(h)
        return chain

    def _demanded(self, verb: int, lexicon: Lexicon) -> bool:
        """Whether a verb is demanded of its subject: a prescriptive modal on it ("must stop") or on the verb it
        completes ("needs to stop"), or a demand or persuasion verb it completes ("urged Turkey to stop"), through a
        coordination ("to stop violating the embargo and stop sending weapons")."""
        n = verb - self.start
        while self.dep[n] == "conj" and self.head[n] - self.start != n:
            n = self.head[n] - self.start
        if any(self.dep[c - self.start] == "aux" and self.lemma[c - self.start] in lexicon.prescriptive_modals for c in self.children[n]):
            return True
        h = self.head[n] - self.start
        return self.dep[n] in ("xcomp", "ccomp", "advcl") and h != n and (
            self.lemma[h] in lexicon.prescriptive_modals or self.lemma[h] in lexicon.demand_verbs or self.lemma[h] in lexicon.persuasion_verbs
        )

    def _inside_complement(self, verb: int, chain: list[int]) -> bool:
        """Whether the chain of heads (from a mention up) reaches `verb` through its object or complement."""
        if verb not in chain or chain.index(verb) == 0:
            return False
        return self.dep[chain[chain.index(verb) - 1] - self.start] in COMPLEMENT_DEPS


def _path_features(
    first: int, second: int, parsed: ParsedSentence, cues: Mapping[str, tuple[str, str]]
) -> list[str]:
    """The dependency path between two mention roots (doc indexes): its words, their cue classes, the shape of the
    path. Tense and aspect are left out ("has been backing", "continues to back" are read as "backs")."""
    path = parsed.path(first, second)
    if path is None:  # different sentences of one span: nothing joins them
        return []
    rising, top, falling = path
    at, lemma, dep = parsed.start, parsed.lemma, parsed.dep
    inner = [t for t in [*rising[1:], top, *falling[1:]] if t not in (first, second) and not parsed.aspectual[t - at]]
    features = []
    for token in inner:
        word = lemma[token - at]
        label = parsed.dep_through_aspect(token)
        features += [f"pl={word}", f"pld={label}:{word}"]
        if (cue := cues.get(word)) is not None:
            features += [f"pcue={cue[0]}", f"pcat={cue[1]}", f"pcued={label}:{cue[0]}"]
        for child in parsed.children[token - at]:
            child_word, child_dep = lemma[child - at], dep[child - at]
            if child_dep in ("neg", "prt") or child_word in NEGATING_CHILDREN:
                features.append(f"plc={child_dep}:{child_word}")
            if child_dep == "prt":
                features.append(f"plp={word}_{child_word}")
    if parsed.aspectual[top - at]:
        # "Egypt continues to condemn X": the path meets at "continue"; the verb below it is what joins them
        below = parsed.below_aspect(top)
        falling = [t for t in falling if t != below]
        top = below
    shape = "<".join(parsed.dep_through_aspect(t) for t in rising) + "|" + ">".join(
        parsed.dep_through_aspect(t) for t in reversed(falling)
    )
    features += [f"lca={lemma[top - at]}", f"lcapos={parsed.pos[top - at]}", f"plen={min(len(inner), 6)}"]
    if len(rising) + len(falling) <= MAX_PATH:
        features += [f"pd={shape}", f"pdl={shape}@{lemma[top - at]}"]
    return features


def pair_features(
    sent: Span, first: ActorSpan, second: ActorSpan, cues: Mapping[str, tuple[str, str]], aspect_words: frozenset[str],
    types: Mapping[str, str], parsed: ParsedSentence | None = None,
) -> list[str]:
    """What the model reads of two mentions of a sentence, `first` before `second` in the text. `types`: each actor's
    type in the dictionary (state, government, armed group, IGO, ...): who mediates and who is backed follow the kind
    of actor more than its name. `parsed`: the sentence read once (`ParsedSentence.of`), when the caller scores many
    pairs of it."""
    parsed = parsed or ParsedSentence.of(sent, aspect_words)
    at, lemma = parsed.start, parsed.lemma
    one, two = first.span, second.span
    root1, root2 = one.root.i, two.root.i
    features = _path_features(root1, root2, parsed, cues)
    head1, head2 = (lemma[parsed.below_aspect(parsed.head[root - at]) - at] for root in (root1, root2))
    dep1, dep2 = parsed.dep[root1 - at], parsed.dep[root2 - at]
    features += [
        f"d1={dep1}", f"d2={dep2}", f"d1h={dep1}:{head1}", f"d2h={dep2}:{head2}", f"k1={first.kind}", f"k2={second.kind}",
    ]
    type1, type2 = (types.get(mention.actor_id) or "other" for mention in (first, second))
    features += [f"t1={type1}", f"t2={type2}", f"tt={type1}_{type2}"]
    words = [
        lemma[t - at] for t in range(one.end, two.start) if not parsed.punct[t - at] and not parsed.tense_or_aspect[t - at]
    ]
    if len(words) <= MAX_BETWEEN:
        for word in words:
            features.append(f"bw={word}")
            if (cue := cues.get(word)) is not None:
                features += [f"bcue={cue[0]}", f"bcat={cue[1]}"]
        features += [f"bw2={a}_{b}" for a, b in zip(words, words[1:])]
    features.append(f"bwn={min(len(words) // 3, 6)}")
    for name, span in (("1", one), ("2", two)):
        if span.start > sent.start:
            features.append(f"pre{name}={lemma[span.start - 1 - at]}")
        after = next((t for t in range(span.end, parsed.end) if not parsed.tense_or_aspect[t - at]), None)
        if after is not None:
            features.append(f"post{name}={lemma[after - at]}")
    return features + parsed.own


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


def read_by_constructions(first: str, second: str, read: Iterable[Edge]) -> bool:
    """Both actors of the pair are in the constructions' edges of the sentence: what they read of the sentence
    stands for both (one read edge may say all there is of them, and the model does not second-guess it)."""
    actors = {a for edge in read for a in (edge.actor1, edge.actor2)}
    return first in actors and second in actors


def model_edges(
    sent: Span, mentions: Sequence[ActorSpan], model: PairModel, lexicon: Lexicon, cues: Mapping[str, tuple[str, str]],
    types: Mapping[str, str], speaker: str = "", about_peace: bool = False, read: Sequence[Edge] = (),
    war_sides: tuple[str, str] | None = None,
) -> list[Edge]:
    """The edges the model reads off a sentence, beside `read`, the constructions' edges in it; `war_sides`: the
    two sides of the war at the article's date (`_one_of_both_sides`)."""
    pairs = [(a, b) for a, b in closest_pairs(mentions) if not read_by_constructions(a.actor_id, b.actor_id, read)]
    if not pairs:
        return []
    aspect_words = aspectual_verbs(lexicon)
    parsed = ParsedSentence.of(sent, aspect_words)
    edges = []
    for first, second in pairs:
        if parsed.states_no_fact_of(first.span.root.i, second.span.root.i, lexicon):
            continue
        label, probability = model.best(pair_features(sent, first, second, cues, aspect_words, types, parsed))
        if label == NONE or probability < model.threshold:
            continue
        actor1, actor2, relation = edge_of(label, first.actor_id, second.actor_id)
        receiver = second if label == "support_forward" else first
        if relation == "support" and _one_of_both_sides(receiver, mentions, war_sides):
            continue
        if not speaker and _unread_speaker_clause(first, second, _inner(first.span.root, second.span.root)):
            continue
        factor = allowed_relations(first, second, lexicon, cues, about_peace, read).get(relation)
        if factor is None:
            continue
        cue = _cue_word(first, second, relation, cues)
        edges.append(Edge(actor1, actor2, relation, round(model.confidence * factor, 3), cue, RULE, speaker))
    return edges


# Dependencies of a word that modifies a noun: "Haftar" in "Haftar's forces", "Emirati" in "Emirati officials".
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _modified_noun(token: Token) -> Token:
    """The noun a mention's word modifies, else the word itself: "forces" for "Haftar" in "Haftar's forces"."""
    while token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
    return token


def _one_of_both_sides(receiver: ActorSpan, mentions: Sequence[ActorSpan], war_sides: tuple[str, str] | None) -> bool:
    """"Turkey congratulated the GNA and the LNA on the ceasefire", "welcomed the decision of the GNA and Haftar's
    forces to resume talks": what is done to the war's two sides together, coordinated with each other or named by one
    phrase ("the two sides"), backs neither of them."""
    if receiver.kind == SIDES_KIND:
        return True
    if war_sides is None or receiver.actor_id not in war_sides:
        return False
    other_side = war_sides[1] if receiver.actor_id == war_sides[0] else war_sides[0]
    noun = _modified_noun(receiver.span.root)
    return any(m.actor_id == other_side and _modified_noun(m.span.root) in noun.conjuncts for m in mentions)


def _stays_passive(inner: Sequence[Token], lexicon: Lexicon) -> bool:
    """"Egypt has remained silent in the face of Turkish troops": a word of passivity (quotes_passivity_words,
    idle_adverbs) on the path, or as the complement or adverb of a word on it, says one did nothing about the other.
    Refusing to stay passive is opposition, and the constructions read it (refused-passivity) before the model is
    asked."""
    words = lexicon.quotes_passivity_words | lexicon.idle_adverbs
    return any(
        t.lower_ in words for word in inner for t in (word, *word.children) if t is word or t.dep_ in ("acomp", "advmod", "oprd")
    )


def _objects_of(word: Token, preposition: str) -> list[Token]:
    """The objects of `word`'s `preposition` phrases ("his commitment" of "assured Sarraj of his commitment")."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ == preposition for o in p.children if o.dep_ == "pobj"]


def _names_someone(token: Token) -> bool:
    """A name, a pronoun or a demonym ("Turkish"): a word that may stand for an actor."""
    return token.pos_ in ("PROPN", "PRON") or (token.pos_ == "ADJ" and token.text[:1].isupper())


def _assured_of_nothing(inner: Sequence[Token], ends: Sequence[Token], lexicon: Lexicon) -> bool:
    """"Macron assured Sarraj of his commitment to the embargo": a verb of assuring (assurance_verbs) whose of-phrase
    is on the path, or which is on it, assures the other of no one's backing when what it assures of is no relation
    noun, or one whose patient is a thing (no end of the pair, `ends`, and nothing that may name an actor). "assured
    Sarraj of his backing", "of his commitment to the GNA" do, and construction assured-of reads them."""
    ends_at = {t.i for t in ends}
    # the of-phrase hangs on the verb, or on its object where the small parser puts it
    ofs = [t for t in inner if t.lower_ == "of" and t.dep_ == "prep"]
    verbs = {t.i: t for t in inner if t.pos_ == "VERB"}
    verbs.update((o.head.i, o.head) if o.head.pos_ == "VERB" else (o.head.head.i, o.head.head) for o in ofs)
    for verb in (v for v in verbs.values() if v.lemma_.lower() in lexicon.assurance_verbs):
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for noun in (o for h in holders for o in _objects_of(h, "of")):
            cue = lexicon.nouns.get(noun.lemma_.lower())
            if cue is None:
                return True
            patients = [p for p in noun.children if p.dep_ == "prep" and cue.preps.get(p.lower_) == "patient"]
            if patients and not any(t.i in ends_at or _names_someone(t) for p in patients for t in p.subtree):
                return True
    return False


# Pronouns of the first person: who "we" are is the attribution's to say (extract/attribution.py), not the model's.
FIRST_PERSON = frozenset({"we", "i"})


def _unread_speaker_clause(first: ActorSpan, second: ActorSpan, inner: Sequence[Token]) -> bool:
    """"Erdogan said we would back the GNA", "Turkish-Libyan cooperation: we will keep supporting the GNA": in a
    sentence the attribution gave no speaker, a verb on the path whose subject is a first-person pronoun that no
    mention stands for says what an unnamed speaker does, and neither of the two is it. The subject is the verb's, or
    that of the verb it completes ("will keep supporting"). (With a speaker, "we" is the speaker's: "'We will send
    troops,' Erdogan said".)"""
    named = {*first.token_ids, *second.token_ids}
    for verb in (t for t in inner if t.pos_ in ("VERB", "AUX")):
        holder = verb
        while holder.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
            holder = holder.head
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in FIRST_PERSON and subject.i not in named:
            return True
    return False


def _request_for_peace(inner: Sequence[Token], lexicon: Lexicon, cues: Mapping[str, tuple[str, str]]) -> bool:
    """"The EU approved Haftar's request for talks", "granted the GNA's request for a ceasefire": a request
    (mediation_request_nouns) on the path for a step of mediation (a cue of mediation in its for-phrase) asks for peace
    to be made, and granting it backs no one ("answered Tripoli's request for air support" does)."""
    for noun in (t for t in inner if t.lemma_.lower() in lexicon.mediation_request_nouns):
        asked = _objects_of(noun, "for")
        if any(cues.get(o.lemma_.lower(), (NONE,))[0] == "mediation" for o in asked):
            return True
    return False


def _sayer_and_said(
    first: Token, second: Token, inner: Sequence[Token], lexicon: Lexicon, cues: Mapping[str, tuple[str, str]],
    read: Sequence[Edge] = (),
) -> bool:
    """One of the two says what the other is in, and no cue of the lexicon says what the sayer holds of it: "Egypt
    gained political capital from the crisis, Haftar said" relates no one ("Haftar said Turkey was an invader" has
    one: "invader"). `inner`: the words on the path between them. The cue of an edge the constructions read (`read`)
    is what others are to each other: "Qatar backs the GNA, Italy said" says nothing of Italy."""
    # the saying verb: on the path, with one of the two as its subject (the top of "X said Y ..." or the
    # parenthetical of "Y ..., X said")
    sayings = [
        t for t in inner
        if t.lemma_.lower() in lexicon.reporting_verbs
        and any(m.head.i == t.i and m.dep_ in ("nsubj", "nsubjpass") for m in (first, second))
    ]
    if not sayings:
        return False
    read_cues = {edge.cue.lower() for edge in read}
    said = [t for t in inner if t not in sayings and t.lower_ not in read_cues]
    return not any(cues.get(t.lemma_.lower(), (NONE,))[0] in RELATIONS for t in said)


def _through_prepositions(inner: Sequence[Token], lexicon: Lexicon) -> set[str] | None:
    """The relations the path's verbs allow when the lexicon reads a verb only by its prepositions (a cue without a
    relation of its own: "stand" is support by "by", "with", "behind"), and the path goes on through one of its
    prepositions: the relations the lexicon gives that preposition, none when it gives it nothing ("stood near Sarraj")
    or the verb says where one stood ("stood alongside Sarraj at the press conference": grammar.stood_somewhere).
    None when no such verb is on the path."""
    on_path = {t.i for t in inner}
    through: set[str] | None = None
    for token in inner:
        cue = lexicon.verbs.get(token.lemma_.lower()) if token.pos_ in ("VERB", "AUX") else None
        if cue is None or cue.relation is not None or not cue.preps:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.i in on_path):
            given = {relation for key, relation in cue.preps.items() if key.split()[0] == prep.lower_}
            if token.lemma_.lower() in lexicon.posture_verbs and stood_somewhere(token, prep, lexicon):
                given = set()  # "stood alongside Sarraj at the press conference": where one stood
            through = given if through is None else through & given
    return through


def _names_anothers_role(first: Token, second: Token, lexicon: Lexicon) -> bool:
    """"Qatar named Egypt's biggest threat in the region": a verb of naming a role (role_naming_verbs) whose object is a
    role of the other ("Egypt's threat", "Haftar's main backer") says who holds that role toward the other, not what
    the one who names is to it."""
    for namer, owner in ((first, second), (second, first)):
        role = owner.head
        verb = role.head
        if owner.dep_ != "poss" or role.dep_ not in ("dobj", "oprd") or verb.lemma_.lower() not in lexicon.role_naming_verbs:
            continue
        # the one who names: in the verb's subject, or an aspectual verb's above it ("Qatar continues to name ..."), or
        # in the noun the parser hung the verb on ("Qatari forces named ...")
        holders = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in aspectual_verbs(lexicon) else [verb]
        in_subject = any(namer.i in {t.i for t in c.subtree} for h in holders for c in h.children if c.dep_ == "nsubj")
        on_noun = verb.dep_ == "acl" and namer.i in {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
        if in_subject or on_noun:
            return True
    return False


def _tie_of_no_sign(inner: Sequence[Token], lexicon: Lexicon, cues: Mapping[str, tuple[str, str]]) -> bool:
    """"the importance Russia is placing on its relations with Turkey": a path through a noun of a tie that is no cue
    (bond_nouns: relations, ties, contacts) and no verb that makes or breaks a tie (bonding_verbs, severing_verbs)
    says the two have dealings, not whether friendly or hostile."""
    ties = [t for t in inner if t.lemma_.lower() in lexicon.bond_nouns and t.lemma_.lower() not in cues]
    # the verbs on the path and those the tie is subject or object of ("its relations with Qatar worsened")
    words = {t.lemma_.lower() for t in inner} | {t.head.lemma_.lower() for t in ties}
    return bool(ties) and not words & (lexicon.bonding_verbs | lexicon.severing_verbs)


def _deprives(sent: Span, lexicon: Lexicon) -> bool:
    """"The offensive cost LNA the support of Italy": a verb of deprivation (deprivation_verbs) takes away the support
    it names, and the tagger often reads it as a noun ("cost"), off any path the model sees; with one in the sentence the
    model reads no support (the constructions read deprivation where the parse shows it)."""
    return any(t.lower_ in lexicon.deprivation_verbs or (t.pos_ == "VERB" and t.lemma_.lower() in lexicon.deprivation_verbs) for t in sent)


def _greets_a_person(inner: Sequence[Token], mentions: tuple[ActorSpan, ActorSpan], lexicon: Lexicon) -> bool:
    """"Conte welcomed Haftar with a handshake": a greeting verb (greeting_verbs) on the path whose direct object is
    one of the two, a person, receives a visitor (as the constructions read it, extract.relations.reader._visit)."""
    people = {m.span.root.i for m in mentions if m.kind in PERSON_KINDS}
    return any(
        t.lemma_.lower() in lexicon.greeting_verbs and any(c.dep_ == "dobj" and c.i in people for c in t.children) for t in inner
    )


def _joined_by_time(inner: Sequence[Token], lexicon: Lexicon) -> bool:
    """"Haftar launched an offensive after the intervention by Turkish forces": a path that goes through a
    preposition of time (pair_time_preps) joins the two by when one thing happened relative to another, which
    relates no one."""
    return any(t.dep_ == "prep" and t.lower_ in lexicon.pair_time_preps for t in inner)


def _speaker_and_addressee(first: Token, second: Token, inner: Sequence[Token], lexicon: Lexicon, cues: Mapping[str, tuple[str, str]]) -> bool:
    """"'Turkey must withdraw,' the French envoy told the Security Council and Iceland": one of the two tells the other
    (the subject and the object of a verb of saying whose object is the one addressed, as a verb of persuading's is:
    "tell"; no cue), through nothing but the list the other is in; telling someone something relates neither to the
    other ("warned Ankara", a cue, does; "quoted Bashagha" names who spoke)."""
    addressing = lexicon.reporting_verbs & lexicon.persuasion_verbs
    for verb in (t for t in inner if t.lemma_.lower() in addressing and t.lemma_.lower() not in cues):
        speakers = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        addressees = {t.i for o in told for t in (o, *o.conjuncts)}
        # ("the French envoy told ...": a name on the speaker's noun speaks through it)
        ends = {i for end in (first, second) for i in (end.i, end.head.i if end.dep_ in ("amod", "compound", "poss", "nmod") else end.i)}
        if not (ends & speakers and ends & addressees):
            continue
        if all(t.i == verb.i or t.i in addressees or t.i in speakers or t.dep_ == "prep" for t in inner):
            return True
    return False


def allowed_relations(
    first: ActorSpan, second: ActorSpan, lexicon: Lexicon, cues: Mapping[str, tuple[str, str]], about_peace: bool,
    read: Sequence[Edge] = (),
) -> dict[str, float]:
    """The relations the model may read between two mentions, each with its confidence factor.

    - The modality every construction's reading goes through (extract.relations.modality), asked of each word on
      the path and of the two mentions: a relation is out when one of them is negated, denied, in a claim called
      false, asked for, conditional or otherwise not asserted, and under a prescriptive modal only opposition stays
      ("should have no role"); else it keeps the smallest confidence factor.
    - The lexicon's cues on the path: when there are any, only their relations ("condemned the deployment of
      fighters on the side of the GNA" has a cue of opposition; the model's guess of support goes against it).
    - Nothing between a sayer and an actor in what it says unless a cue on the path says what, other than the cue of
      an edge the constructions read in the sentence (`read`; `_sayer_and_said`).
    - Mediation only in a paragraph about peace, or the one after it (`about_peace`, as for the constructions' weak
      cues): "a summit hosted by Egypt was attended by Emirati officials" mediates nothing; and not through talks on a
      civil field (`about_other_field`: "held talks with Mishustin on reviving Soviet-era contracts").
    - A verb the lexicon reads only by its prepositions relates the two only through one of those
      (`_through_prepositions`).
    - Nothing through a preposition of time ("after the intervention by Turkish forces"; `_joined_by_time`), a verb
      that names another's role (`_names_anothers_role`), between one who tells and the one told
      (`_speaker_and_addressee`), or a tie of no stated sign with no cue on the path ("its
      relations with Turkey"; `_tie_of_no_sign`); no support in a sentence with a verb of deprivation (`_deprives`).
    - Nothing between one who stays passive and the other ("remained silent in the face of Turkish troops";
      `_stays_passive`), nor through a verb of assuring that assures of no one's backing ("assured Sarraj of his
      commitment to the embargo"; `_assured_of_nothing`); no support through a request for a step of peace ("approved
      Haftar's request for talks"; `_request_for_peace`), nor through greeting a person ("welcomed Haftar";
      `_greets_a_person`).
    (model_edges also reads no support for one of the war's two sides named together, `_one_of_both_sides`, and nothing
    through the clause of a "we" no speaker was found for, `_unread_speaker_clause`.)
    """
    inner = _inner(first.span.root, second.span.root)
    if _sayer_and_said(first.span.root, second.span.root, inner, lexicon, cues, read):
        return {}
    if _names_anothers_role(first.span.root, second.span.root, lexicon) or _joined_by_time(inner, lexicon):
        return {}
    if _speaker_and_addressee(first.span.root, second.span.root, inner, lexicon, cues):
        return {}
    if _stays_passive(inner, lexicon) or _assured_of_nothing(inner, (first.span.root, second.span.root), lexicon):
        return {}
    question = first.span.sent.text.rstrip().endswith("?")
    on_path = {cues[t.lemma_.lower()][0] for t in inner if t.lemma_.lower() in cues} & set(RELATIONS)
    if not on_path and _tie_of_no_sign(inner, lexicon, cues):
        return {}
    candidates = on_path or set(RELATIONS)
    if (through := _through_prepositions(inner, lexicon)) is not None:
        candidates &= through
    if _deprives(first.span.sent, lexicon) or _request_for_peace(inner, lexicon, cues) or _greets_a_person(inner, (first, second), lexicon):
        candidates.discard("support")
    allowed = {}
    for relation in sorted(candidates):
        if relation == "mediation" and (not about_peace or any(about_other_field(t, lexicon) for t in inner)):
            continue  # (nor talks on another field: "held talks with Mishustin on reviving Soviet-era contracts")
        factor = 1.0
        # the two mentions' own words too: "there are no Russian mercenaries fighting alongside Haftar"
        for token in [*inner, first.span.root, second.span.root]:
            word = token.lemma_.lower()
            cue = lexicon.verbs.get(word) if token.pos_ in ("VERB", "AUX") else lexicon.nouns.get(word)
            reading = modality(token, cue, relation, lexicon, question=question, about_peace=about_peace)
            if not reading.keep or (reading.prescriptive and relation != "opposition"):
                break  # "Cairo should support the GNA": what ought to be is not asserted, but for opposition
            if reading.negated_as is not None and reading.negated_as != relation:
                break  # "will not accept Wagner's men": only the relation the refusal states
            factor = min(factor, reading.factor * (PRESCRIPTIVE_OPPOSITION if reading.prescriptive else 1.0))
        else:
            allowed[relation] = factor
    return allowed
