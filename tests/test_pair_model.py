"""The fallback pair model (extract.relations.pair_model) and its trainer (extract.train_pair_model).

The mechanism is tested with hand-set weights, so that what it may and may not do does not hang on what the
bundled weights learned: it speaks only of pairs of actors the constructions read nothing of, in a sentence that
states a fact, once per pair, from the pair's nearest mentions, with the file's confidence.
"""
from __future__ import annotations

import json
from contextlib import contextmanager

import pytest

from extract.lexicon import DEFAULT_LEXICON_DIR
from extract.pipeline import default_extractor
from extract.relations.pair_model import (
    aspectual_verbs,
    allowed_relations,
    LABELS,
    PAIR_MODEL_FILE,
    RULE,
    PairModel,
    PairModelError,
    ParsedSentence,
    closest_pairs,
    edge_of,
    load_pair_model,
    pair_features,
    pair_model_for,
)
from extract.schema import Article
from extract import train_pair_model as trainer
from extract.relations import pair_model


@contextmanager
def observed(model: PairModel | None = None):
    """The shared extractor with `model` as its fallback, recording each sentence, its mentions and edges."""
    extractor = default_extractor()
    seen: list = []
    saved = extractor.pair_model
    extractor.pair_model = model
    extractor.sentence_observer = lambda sent, mentions, edges, about_peace: seen.append((sent, list(mentions), list(edges)))
    try:
        yield extractor, seen
    finally:
        extractor.pair_model, extractor.sentence_observer = saved, None


def always(label: str, threshold: float = 0.5, confidence: float = 0.61) -> PairModel:
    """A model that picks `label` for every pair, with probability about 1."""
    return PairModel(LABELS, tuple(20.0 if name == label else 0.0 for name in LABELS), {}, threshold, confidence, "test")


def relations(extractor, text: str, date: str = "2020-05-01"):
    return extractor.extract(Article(article_id="t", text=text, date=date)).relations


def test_features_read_the_path_the_words_between_and_their_cue_classes():
    with observed() as (extractor, seen):
        relations(extractor, "Egypt quietly shipped armoured vehicles to Haftar's forces last spring.")
    sent, mentions, _ = seen[0]
    first, second = closest_pairs(mentions)[0]
    assert (first.actor_id, second.actor_id) == ("Egypt", "LNA")
    features = pair_features(sent, first, second, extractor.cue_classes, aspectual_verbs(extractor.lexicon), extractor.actor_types)
    assert "pl=ship" in features and "pcue=support" in features  # the verb that joins them, a verb of sending
    assert "pd=nsubj|prep>pobj" in features  # the path's shape: up from Egypt, down to the forces
    assert "bw=vehicle" in features and "bw=quietly" in features  # the words between
    assert "k1=alias" in features and "k2=alias" in features
    assert "tt=state_armed group" in features  # the kinds of actor, from the dictionary's types
    assert "neg" not in features and "question" not in features


def test_the_sentence_read_once_gives_each_pair_the_features_read_for_it_alone():
    with observed() as (extractor, seen):
        relations(extractor, "Did Qatar never ship armoured vehicles to the GNA, Egypt or Haftar's forces?")
    sent, mentions, _ = seen[0]
    aspect_words = aspectual_verbs(extractor.lexicon)
    parsed = ParsedSentence.of(sent, aspect_words)
    assert parsed.own == ["neg", "question"]
    assert len(closest_pairs(mentions)) == 6
    for first, second in closest_pairs(mentions):
        once = pair_features(sent, first, second, extractor.cue_classes, aspect_words, extractor.actor_types, parsed)
        assert once == pair_features(sent, first, second, extractor.cue_classes, aspect_words, extractor.actor_types)
        assert "neg" in once and "question" in once


def test_a_sentence_whose_words_hang_on_another_is_read_with_the_whole_doc_but_judged_alone():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Qatar", "did", "not", "back", "it", ".", "Egypt", "agrees", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 7]  # "agrees" hangs on "back", as a repair step might leave it
    deps = ["nsubj", "aux", "neg", "ROOT", "dobj", "punct", "nsubj", "ccomp", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    parsed = ParsedSentence.of(doc[6:9], frozenset())
    assert parsed.start == 0 and parsed.head[7] == 3  # the whole doc is held, so the path can climb out
    assert parsed.path(6, 3) == ([6, 7], 3, [])
    assert parsed.own == [] and not parsed.states_no_fact(default_extractor().lexicon)  # the "not" is the other's
    whole = ParsedSentence.of(doc[0:9], frozenset())
    assert whole.own == ["neg"]


def test_nearest_mentions_stand_for_a_pair_and_one_phrase_naming_both_is_no_pair():
    with observed() as (extractor, seen):
        relations(extractor, "Turkey said on Monday that Ankara would go on training the GNA's forces.")
    _, mentions, _ = seen[0]
    pairs = closest_pairs(mentions)
    assert [(a.actor_id, b.actor_id) for a, b in pairs] == [("Turkey", "GNA")]
    first, _ = pairs[0]
    assert first.span.text == "Ankara"  # the nearer of Turkey's two mentions


@pytest.mark.parametrize(
    "text, states_none",
    [
        ("Qatar sent armoured vehicles to the GNA.", False),
        ("Qatar did not send armoured vehicles to the GNA.", True),
        ("Qatar never sent armoured vehicles to the GNA.", True),
        ("Doha denied sending armoured vehicles to the GNA.", True),
        ("Did Qatar send armoured vehicles to the GNA?", True),
        ("If Qatar sends armoured vehicles to the GNA, the LNA will respond.", True),
        ("Qatar falsely claimed to have sent vehicles to the GNA.", True),
    ],
)
def test_a_negated_denied_asked_or_conditional_sentence_states_no_fact(text, states_none):
    with observed() as (extractor, seen):
        relations(extractor, text)
    assert ParsedSentence.of(seen[0][0], aspectual_verbs(extractor.lexicon)).states_no_fact(extractor.lexicon) is states_none


@pytest.mark.parametrize(
    "text, first, second, states_none",
    [
        # the not, the if, the denial hang on another clause: the pair's own relation is asserted
        ("Qatar, which arms the GNA, said it would not send troops.", "Qatar", "GNA", False),
        ("Sisi warned that if the GNA and its Turkish backers pushed on Sirte, Egypt would not stand idle.", "Turkey", "GNA", False),
        ("Qatar sent armoured vehicles to the GNA, and Italy denied any role.", "Qatar", "GNA", False),
        # on the pair's own path, or above it
        ("Qatar did not send armoured vehicles to the GNA.", "Qatar", "GNA", True),
        ("Qatar said it had never sent armoured vehicles to the GNA.", "Qatar", "GNA", True),
        ("Italy denied that Qatar had sent armoured vehicles to the GNA.", "Qatar", "GNA", True),
        ("Qatar will send armoured vehicles to the GNA if the talks fail.", "Qatar", "GNA", True),
        ("If Qatar sends armoured vehicles to the GNA, the LNA will respond.", "Qatar", "GNA", True),
        ("Qatar falsely claimed to have sent vehicles to the GNA.", "Qatar", "GNA", True),
        ("Did Qatar and Italy send armoured vehicles to the GNA?", "Qatar", "GNA", True),
        # a negating verb refuses or stops its complement only: the pair inside it, or one in it and one outside
        ("Qatar refused to send armoured vehicles to the GNA.", "Qatar", "GNA", True),
        # a refusal takes back its whole clause, also for one who reports it (stopping_verbs only their complement)
        ("The LNA said Qatar refused to fund armed groups.", "LNA", "Qatar", True),
        ("Turkey ended military support for the GNA last year.", "Turkey", "GNA", True),
        ("Egypt stopped arming Haftar in June.", "Egypt", "LNA", True),
        # not the subjects of the verb, nor one it cites
        ("Delegations of the HoR and the High Council of State ended five days of talks in Bouznika.", "HoR", "High Council of State", False),
        ("France suspended a NATO naval mission, citing Turkey's refusal to enforce the embargo.", "France", "Turkey", False),
        # a denial still takes back all it governs, up to a clause coordinated with it
        ("The UAE denied that its jets had bombed the GNA.", "UAE", "GNA", True),
        ("The UAE has denied any role, but trackers say its cargo planes landed at an airstrip used by Haftar's air force.", "UAE", "LNA", False),
        # a "not" on a verb it turns into another relation (when_negated) is a stance, not a denial
        ("Egypt will not accept Turkish troops near its border.", "Egypt", "Turkey", False),
        ("Egypt will not send Turkish troops home.", "Egypt", "Turkey", True),
    ],
)
def test_what_a_sentence_says_of_a_pair_is_no_fact_only_where_its_path_is_negated_or_conditional(
    text, first, second, states_none
):
    with observed() as (extractor, seen):
        relations(extractor, text)
    sent, mentions, _ = seen[0]
    roots = {m.actor_id: m.span.root.i for m in mentions}
    parsed = ParsedSentence.of(sent, aspectual_verbs(extractor.lexicon))
    assert parsed.states_no_fact_of(roots[first], roots[second], extractor.lexicon) is states_none


def test_labels_are_read_in_text_order():
    assert edge_of("support_forward", "Qatar", "GNA") == ("Qatar", "GNA", "support")
    assert edge_of("support_backward", "GNA", "Qatar") == ("Qatar", "GNA", "support")
    assert edge_of("opposition", "GNA", "LNA") == ("GNA", "LNA", "opposition")


def test_the_fallback_speaks_only_of_pairs_the_constructions_edges_do_not_both_name():
    model = always("support_forward", confidence=0.61)
    with observed(model) as (extractor, seen):
        # no construction reads this one (the constructions' edges are the observer's third item)
        silent = relations(extractor, "Qatar and the GNA, for their part, kept their channels open all winter.")
        read = relations(extractor, "Qatar backs the GNA against Haftar.")
        beside = relations(extractor, "Qatar backs the GNA, and Italy kept its channels open to Haftar all winter.")
    assert seen[0][2] == []
    assert [(r.actor1, r.actor2, r.relation, r.rule, r.confidence) for r in silent] == [("Qatar", "GNA", "support", RULE, 0.61)]
    assert seen[1][2] and all(r.rule != RULE for r in read)  # the constructions read all three actors
    by_model = {frozenset((r.actor1, r.actor2)) for r in beside if r.rule == RULE}
    assert frozenset(("Qatar", "GNA")) not in by_model  # read by the verb
    assert {frozenset(("Italy", "LNA")), frozenset(("Qatar", "Italy"))} <= by_model  # one actor or none read


def test_a_sayer_is_no_party_to_the_edge_the_constructions_read_in_what_it_says():
    with observed(always("support_forward")) as (extractor, _):
        for text in ("Qatar backs the GNA, Italy said on Monday.", "Italy said on Monday that Qatar was quietly arming the GNA."):
            assert {(r.actor1, r.actor2, r.rule) for r in relations(extractor, text)} == {("Qatar", "GNA", "verb")}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and the GNA, for their part, did not keep their channels open all winter.",
        "Did Qatar and the GNA keep their channels open all winter?",
        "Qatar denied that it and the GNA kept their channels open all winter.",
    ],
)
def test_the_fallback_says_nothing_in_a_sentence_that_states_no_fact(text):
    with observed(always("opposition")) as (extractor, _):
        assert [r for r in relations(extractor, text) if r.rule == RULE] == []


@pytest.mark.parametrize(
    "text,namer,owner",
    [
        ("Qatar named Egypt's biggest threat in the region, without naming Turkey.", "Qatar", "Egypt"),
        ("Qatari forces named Egypt's biggest threat in the region, without naming Turkey.", "Qatar", "Egypt"),
        ("Turkey described Haftar's main backer as a spoiler.", "Turkey", "LNA"),
        # tense and aspect keep the meaning
        ("Qatar continues to name Egypt's biggest threat in the region, without naming Turkey.", "Qatar", "Egypt"),
        ("Turkey keeps describing Haftar's main backer as a spoiler.", "Turkey", "LNA"),
    ],
)
def test_the_fallback_relates_no_one_who_names_a_role_to_the_roles_owner(text, namer, owner):
    with observed(always("opposition")) as (extractor, _):
        assert not [r for r in relations(extractor, text) if r.rule == RULE and {r.actor1, r.actor2} == {namer, owner}]


@pytest.mark.parametrize(
    "text,first,second",
    [
        # a time phrase says when, not who stands where with whom
        ("Haftar launched an offensive after the intervention by Turkish forces.", "LNA", "Turkey"),
        ("Qatar sent envoys to Ankara before the visit of Egypt's foreign minister.", "Qatar", "Egypt"),
        # "relations with" says the two deal with each other, not whether as friends or foes
        ("The visit showed the importance Russia is placing on its relations with Turkey.", "Russia", "Turkey"),
        ("Egypt's ties with Qatar were the subject of the talks in Cairo.", "Egypt", "Qatar"),
    ],
)
def test_the_fallback_relates_no_one_through_a_preposition_of_time_or_a_tie_of_no_stated_sign(text, first, second):
    with observed(always("opposition")) as (extractor, _):
        assert not [r for r in relations(extractor, text) if r.rule == RULE and {r.actor1, r.actor2} == {first, second}]


def test_the_fallback_reads_no_support_that_a_verb_of_deprivation_takes_away():
    # the tagger reads "cost" as a noun here, off the path between the two
    with observed(always("support_backward")) as (extractor, _):
        rows = relations(extractor, "The offensive cost LNA the support of Italy.")
    assert not [r for r in rows if r.rule == RULE and r.relation == "support"]


def test_the_fallback_still_reads_a_tie_a_verb_breaks():
    with observed(always("opposition")) as (extractor, _):
        rows = relations(extractor, "Egypt's relations with Qatar worsened last year.")
    assert ("Egypt", "Qatar") in {(r.actor1, r.actor2) for r in rows if r.rule == RULE}


def test_the_fallback_needs_its_threshold_and_a_label_other_than_none():
    with observed(always("opposition", threshold=1.0)) as (extractor, _):
        # probability 20 logits above the rest is just under 1: below a threshold of 1
        assert relations(extractor, "Qatar and the GNA, for their part, kept their channels open all winter.") == []
    with observed(always("none")) as (extractor, _):
        assert relations(extractor, "Qatar and the GNA, for their part, kept their channels open all winter.") == []


def test_mediation_needs_a_paragraph_about_peace():
    with observed(always("mediation")) as (extractor, _):
        assert relations(extractor, "A summit hosted by Egypt was attended by Emirati officials.") == []
        rows = relations(extractor, "Egypt and Qatar, for their part, kept in touch all winter about the ceasefire in Libya.")
    assert [(r.relation, r.rule) for r in rows] == [("mediation", RULE)]


def test_scores_are_a_distribution_and_unknown_features_weigh_nothing():
    model = PairModel(LABELS, (0.0,) * 5, {"pl=back": (0.0, 3.0, 0.0, 0.0, 0.0)}, 0.5, 0.8, "")
    probabilities = model.scores(["pl=back", "pl=unheard-of"])
    assert sum(probabilities) == pytest.approx(1.0)
    assert model.best(["pl=back"])[0] == "support_forward"
    assert model.scores(["pl=unheard-of"]) == pytest.approx([0.2] * 5)


def test_the_bundled_model_loads_and_a_folder_without_one_reads_it(tmp_path):
    bundled = load_pair_model(DEFAULT_LEXICON_DIR)
    assert bundled is not None and set(bundled.labels) == set(LABELS)
    assert 0.5 <= bundled.threshold <= 1.0 and 0.0 < bundled.confidence < 1.0
    assert load_pair_model(tmp_path) is None
    assert pair_model_for(tmp_path) == bundled


@pytest.mark.parametrize(
    "content, complaint",
    [
        ("{not json", "not a pair model"),
        (json.dumps({"labels": ["none"], "bias": [0], "weights": {}, "threshold": 0.9, "confidence": 0.8}), "labels must be"),
        (json.dumps({"labels": list(LABELS), "bias": [0] * 5, "weights": {}, "threshold": 0, "confidence": 0.8}), "(0, 1]"),
        (json.dumps({"labels": list(LABELS), "bias": [0] * 5, "weights": {"x": [1]}, "threshold": 0.9, "confidence": 0.8}), "one weight per label"),
    ],
)
def test_a_broken_model_file_is_a_clear_error(tmp_path, content, complaint):
    (tmp_path / PAIR_MODEL_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(PairModelError, match=complaint.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")) as raised:
        load_pair_model(tmp_path)
    assert str(tmp_path / PAIR_MODEL_FILE) in str(raised.value)


def test_the_model_is_part_of_the_extractor_version():
    extractor = default_extractor()
    with_model = extractor.version
    saved = extractor.pair_model
    extractor.pair_model = None
    try:
        assert extractor.version != with_model
    finally:
        extractor.pair_model = saved


# The trainer

def test_training_rows_must_have_the_columns_and_well_formed_edges(tmp_path):
    path = tmp_path / "rows.tsv"
    path.write_text("id\ttext\n1\tQatar backs the GNA.\n", encoding="utf-8")
    with pytest.raises(trainer.TrainingError, match="missing columns"):
        trainer.read_sentences(path)
    with pytest.raises(trainer.TrainingError, match="line 3"):
        trainer.parse_edges("Qatar|backs|GNA", "rows.tsv line 3")
    assert trainer.parse_edges("Qatar|support|GNA; GNA|opposition|LNA", "x") == {
        ("Qatar", "GNA", "support"): ("Qatar", "support", "GNA"),
        ("GNA", "LNA", "opposition"): ("GNA", "opposition", "LNA"),
    }


def test_a_pair_is_labelled_by_the_required_edges_and_left_out_when_only_acceptable():
    passage = trainer.Passage(
        "s", trainer.parse_edges("Qatar|support|GNA; GNA|opposition|LNA", "x"), trainer.parse_edges("Qatar|opposition|LNA", "x")
    )
    label = lambda a, b: trainer.label_of(passage, trainer.Pair(a, b, [], False))  # noqa: E731
    assert label("Qatar", "GNA") == "support_forward"
    assert label("GNA", "Qatar") == "support_backward"
    assert label("LNA", "GNA") == "opposition"
    assert label("Qatar", "LNA") is None
    assert label("Qatar", "Egypt") == "none"


def test_fit_learns_separable_examples_and_writes_what_the_reader_reads():
    words = {"none": "met", "support_forward": "armed", "support_backward": "armed-by", "opposition": "shelled", "mediation": "brokered"}
    features = [[f"pl={word}", f"bwn={n % 3}"] for label, word in words.items() for n in range(6)]
    labels = [label for label in words for _ in range(6)]
    model = trainer.fit(features, labels)
    reader = PairModel(tuple(model["labels"]), tuple(model["bias"]), {f: tuple(w) for f, w in model["weights"].items()}, 0.5, 0.8, "")
    for label, word in words.items():
        assert reader.best([f"pl={word}"])[0] == label


def test_fit_refuses_sentences_without_every_label():
    with pytest.raises(trainer.TrainingError, match="every label"):
        trainer.fit([["pl=armed"], ["pl=met"], ["pl=armed"], ["pl=met"]], ["support_forward", "none", "support_forward", "none"])


def test_the_trainer_reports_a_missing_file_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / PAIR_MODEL_FILE
    assert trainer.main(["--sentences", str(tmp_path / "absent.tsv"), "--out", str(out)]) == 2
    assert "absent.tsv" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    "variant",
    [
        "Qatar has been quietly shipping armoured vehicles to the GNA.",
        "Qatar continues to quietly ship armoured vehicles to the GNA.",
        "Qatar is quietly shipping armoured vehicles to the GNA.",
        "Qatar keeps quietly shipping armoured vehicles to the GNA.",
    ],
)
def test_features_look_through_tense_and_aspect(variant):
    """Tense and aspect keep the meaning, so they must not change what the model reads."""
    with observed() as (extractor, seen):
        relations(extractor, "Qatar quietly shipped armoured vehicles to the GNA.")
        relations(extractor, variant)
    (plain, plain_mentions, _), (changed, changed_mentions, _) = seen
    read = [
        set(pair_features(
            sent, *closest_pairs(mentions)[0], extractor.cue_classes, aspectual_verbs(extractor.lexicon), extractor.actor_types
        ))
        for sent, mentions in ((plain, plain_mentions), (changed, changed_mentions))
    ]
    assert read[0] == read[1]


def test_under_a_prescriptive_modal_only_opposition_stays_and_is_hedged():
    with observed(always("support_forward", confidence=0.8)) as (extractor, _):
        assert [r for r in relations(extractor, "Qatar should watch the GNA closely all winter.") if r.rule == RULE] == []
    with observed(always("opposition", confidence=0.8)) as (extractor, _):
        rows = [r for r in relations(extractor, "Qatar should watch the GNA closely all winter.") if r.rule == RULE]
    assert [(r.actor1, r.actor2, r.relation) for r in rows] == [("Qatar", "GNA", "opposition")]
    assert rows[0].confidence < 0.8


def test_a_sayer_and_what_it_says_are_no_pair_without_a_cue_between():
    with observed(always("support_forward")) as (extractor, _):
        rows = relations(extractor, "Egypt and Qatar, for their part, kept their channels open all winter, Haftar said.")
        assert relations(extractor, "Egypt gained political capital from the crisis, Haftar said.") == []
    assert [(r.actor1, r.actor2, r.relation) for r in rows] == [("Egypt", "Qatar", "support")]


@pytest.mark.parametrize(
    "text,allowed",
    [
        ("Erdogan stood near Sarraj at the press conference.", set()),  # "stand" relates by its side-taking prepositions only
        ("Erdogan stood alongside Sarraj at the press conference.", set()),  # beside someone at an event: where one stood
        ("Erdogan stood alongside Sarraj throughout the siege of Tripoli.", {"support"}),
        ("Erdogan stood behind Sarraj at the press conference.", {"support"}),
        ("Erdogan stood by Sarraj all through the siege of Tripoli.", {"support"}),
        ("Erdogan watched Sarraj at the press conference.", {"support", "opposition"}),  # no cue: the model decides
    ],
)
def test_a_verb_read_only_by_its_prepositions_relates_only_through_them(text, allowed):
    assert allowed_for_first_pair(text) == allowed


def allowed_for_first_pair(text: str) -> set[str]:
    """The relations the model may read between the first pair of the text's first sentence (outside a paragraph about
    peace)."""
    with observed() as (extractor, seen):
        relations(extractor, text)
    sent, mentions, _ = seen[0]
    first, second = closest_pairs(mentions)[0]
    return set(allowed_relations(first, second, extractor.lexicon, extractor.cue_classes, about_peace=False))


@pytest.mark.parametrize(
    "text,receiver,backs",
    [
        # what is done to the war's two sides together backs neither
        ("Turkey warmly congratulated the GNA and the LNA on the ceasefire agreement.", "GNA", False),
        ("Qatar, a key player, welcomed the decision of the GNA and Haftar's forces to resume talks.", "GNA", False),
        ("Washington praised the two sides for signing the Geneva truce.", "GNA", False),
        ("Italy, Malta and Qatar hailed the Tripoli government and the LNA for the prisoner swap.", "LNA", False),
        # a side coordinated with someone other than its enemy, or named apart from it
        ("Turkey quietly watched the GNA and Qatar all winter.", "GNA", True),
        ("Qatar quietly watched the GNA and the LNA's rivals all winter.", "GNA", True),
    ],
)
def test_the_fallback_backs_neither_side_when_both_are_its_object_together(text, receiver, backs):
    with observed(always("support_forward")) as (extractor, _):
        rows = [r for r in relations(extractor, text) if r.rule == RULE and r.relation == "support" and r.actor2 == receiver]
    assert bool(rows) is backs


@pytest.mark.parametrize(
    "text,allowed",
    [
        ("Egypt has openly remained silent in the face of Turkish troops for months.", set()),
        ("Egypt stood idly by as Turkish troops poured into Tripoli.", set()),
        ("Egypt has openly watched Turkish troops for months.", {"support", "opposition"}),
    ],
)
def test_the_fallback_reads_nothing_between_one_who_stays_passive_and_the_other(text, allowed):
    assert allowed_for_first_pair(text) == allowed


@pytest.mark.parametrize(
    "text,nothing",
    [
        ("Macron assured Sarraj of his commitment to the embargo.", True),
        ("Macron quietly assured the Tripoli government of his respect for the arms embargo.", True),
        ("Erdogan assured Sarraj of his determination to keep the truce.", True),
        ("Macron assured Sarraj of his backing in a phone call.", False),
        ("Macron assured Haftar of his commitment to the LNA.", False),
    ],
)
def test_the_fallback_reads_nothing_where_one_is_assured_of_no_ones_backing(text, nothing):
    with observed() as (extractor, seen):
        relations(extractor, text)
    sent, mentions, _ = seen[0]
    pairs = [(a, b) for a, b in closest_pairs(mentions) if {a.actor_id, b.actor_id} in ({"France", "GNA"}, {"France", "LNA"}, {"Turkey", "GNA"})]
    first, second = pairs[0]
    inner = pair_model._inner(first.span.root, second.span.root)
    assert pair_model._assured_of_nothing(inner, (first.span.root, second.span.root), extractor.lexicon) is nothing
    if nothing:
        assert allowed_relations(first, second, extractor.lexicon, extractor.cue_classes, about_peace=False) == {}


def read_as_support_either_way(text: str) -> list:
    """The text's rows with a model that reads every pair as support one way, then the other."""
    rows = []
    for label in ("support_forward", "support_backward"):
        with observed(always(label)) as (extractor, _):
            rows += relations(extractor, text)
    return rows


@pytest.mark.parametrize(
    "text,backs",
    [
        ("The EU and Ecuador approved Haftar's request for talks in Brussels.", False),
        ("Italy quietly granted the GNA's request for a ceasefire.", False),
        ("Italy quietly granted the GNA's request for armoured vehicles.", True),
    ],
)
def test_the_fallback_reads_no_support_in_granting_a_request_for_peace(text, backs):
    rows = read_as_support_either_way(text)
    # the requester is the one backed, if anyone (the granters coordinated may back each other)
    assert bool([r for r in rows if r.rule == RULE and r.relation == "support" and {"GNA", "LNA"} & {r.actor1, r.actor2}]) is backs


@pytest.mark.parametrize(
    "text,backs",
    [
        ("The Algerian president warmly welcomed Serraj on Monday.", False),
        ("Conte welcomed Khalifa Haftar with a handshake.", False),
        # what a side did, greeted: backing
        ("The Algerian president warmly welcomed Serraj's decision on Monday.", True),
    ],
)
def test_the_fallback_reads_no_support_in_greeting_a_person(text, backs):
    rows = read_as_support_either_way(text)
    # the decision greeted is read by the constructions, the person greeted by no one
    assert bool([r for r in rows if r.relation == "support"]) is backs


@pytest.mark.parametrize(
    "text,reads",
    [
        ("Erdogan said we would back the GNA.", False),
        ("Turkish-Libyan military cooperation: we will keep supporting the GNA.", False),
        # a subject that names the actor
        ("Erdogan said Ankara would keep its channels to the GNA open.", True),
    ],
)
def test_the_fallback_reads_nothing_through_a_we_no_speaker_was_found_for(text, reads):
    rows = read_as_support_either_way(text)
    assert bool([r for r in rows if r.rule == RULE and {r.actor1, r.actor2} == {"Turkey", "GNA"}]) is reads
