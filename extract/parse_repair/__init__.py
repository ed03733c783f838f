"""Parse repair: a step after spaCy's parse and before the constructions, which
fixes attachments the small English model predictably gets wrong in news prose.

Each repair is one small function over a parsed Doc that changes heads, labels
or tags in place and says in its docstring which error it mends. They only act
on the shape they name, so a parse that is already right is left as it is.
`repair_parse` runs them all in order.

The repairs live in this package by family (verb_first, asides, lists, prepositions, word_classes;
shared holds what several use); this module runs them in order.
"""
from __future__ import annotations

from spacy.tokens import Doc

from extract.lexicon import Lexicon
from extract.parse_repair.quotes import reporter_read_as_complement
from extract.parse_repair.relatives import contact_relative_clause
from extract.parse_repair.shared import (
    ACTION_PREPS,
    CLAUSE_SEPARATORS,
    _Index,
    INDEX_KEY,
    OBJECT_PRONOUN_NUMBER,
    _plural_forms,
)
from extract.parse_repair.verb_first import (
    fronted_object_with_pronoun,
    gerund_object_after_of,
    passive_verb_first_clause,
    recipient_read_as_modifier_of_shifted_object,
    repeated_preposition_split_off,
    reporter_before_speaker,
    resumptive_subject_after_topic,
    RESUMPTIVE_SUBJECTS,
    second_agent_phrase_split_off,
    object_before_final_verb,
    topic_before_agentless_noun_subject,
    verb_first_clause,
    VERB_FIRST_DONE_KEY,
    verb_first_phrases,
)
from extract.parse_repair.asides import (
    final_participle_on_inner_clause,
    accompaniment_read_on_last_noun,
    apposition_read_as_second_subject,
    apposition_to_name_before,
    list_after_apposition,
    list_member_after_aside,
    participle_after_apposition,
    prep_after_apposition,
    speaker_before_colon,
    speaker_read_as_apposition_of_fronted_clause,
    subject_before_aside,
    subject_taken_by_whose_clause,
    trailing_reporter_read_as_apposition,
    verb_after_aside_read_as_other,
    verb_after_subject_apposition,
)
from extract.parse_repair.lists import (
    between_second_side,
    capitalised_list_member,
    colon_list_to_role_noun,
    coordinated_modifiers_read_as_noun,
    correlative_subject_read_as_root,
    cue_after_names,
    fronted_participle_list,
    gapped_with_clauses,
    list_head_read_as_modifier,
    list_member_split_off,
    name_read_into_next_cue_phrase,
    name_read_into_titled_name,
    list_read_as_second_object,
    name_read_as_modifier_across_comma,
    object_taken_as_next_subject,
    possessed_noun_read_as_object_conjunct,
    sides_named_apart,
    speech_act_read_as_inner_conjunct,
    subject_list,
    subject_read_as_object_tail,
    subject_taken_as_object_conjunct,
    two_clauses_read_as_one,
)
from extract.parse_repair.prepositions import (
    addressee_of_demand_after_from,
    gerund_after_infinitive_to,
    infinitive_read_into_adjunct_phrase,
    infinitive_subject_read_as_object_of_for,
    action_prep_on_name,
    action_prep_on_part_of_object,
    adverb_inside_two_word_prep,
    agent_of_light_verb_passive,
    behalf_of_agentless_passive,
    by_phrase_to_event_noun,
    field_after_of_read_as_content,
    in_order_to,
    noun_prep_read_on_verb,
    object_after_as_predicate,
    particle_of_nominal_read_on_verb,
    partner_prep_on_object,
    patient_prep_on_agent,
    place_after_goal_preposition,
    possessive_of_name_with_of,
    prep_after_time_phrase,
    preposition_read_as_adverb,
    purpose_of_agentless_passive,
    recipient_read_as_modifier_of_aid,
    second_object_read_as_modifier,
    small_clause_subject_in_modifier,
    source_prep_on_object,
    subordinator_read_as_preposition,
    verb_prep_read_on_object,
    with_object_read_as_subject,
)
from extract.parse_repair.word_classes import (
    active_read_as_passive,
    ASPECTUAL_FORMS,
    bare_verb_after_aspectual,
    CALQUE_BE_FORMS,
    participle_before_subjectless_passive,
    arguments_read_as_modifiers,
    bare_infinitive_read_as_noun,
    BARE_INFINITIVE_FORMS,
    cue_verb_read_as_other,
    demonym_after_noun,
    finite_verb_read_as_object,
    free_relative_designation,
    gerund_read_as_its_noun,
    hyphen_noun_split,
    name_read_as_auxiliary,
    noun_read_as_verb_after_object,
    noun_read_as_verb_in_subject,
    object_read_into_fronted_phrase,
    participle_adjective,
    participle_after_object_read_as_adverbial,
    participle_on_earlier_noun,
    participle_read_as_adjective,
    participle_read_as_noun,
    past_verb_read_as_adjective,
    past_verb_read_as_modifier_of_object,
    depictive_read_as_small_clause,
    past_verb_read_as_modifier_of_subject,
    PERFECT_AUXILIARIES,
    perfect_participle_read_as_adjective,
    postnominal_adjective,
    predicate_read_as_name_head,
    predicate_read_as_second_object,
    object_read_into_predicate,
    recipient_read_as_goods_modifier,
    prefixed_verb_split,
    quantity_noun_before_cue,
    reduced_relative_read_as_verb,
    region_adjective_read_as_verb,
    relative_without_passive_auxiliary,
    resumptive_pronoun_in_relative_clause,
    seat_read_as_verbs_place,
    speech_act_read_as_modifier_after_and,
    standalone_both_read_as_determiner,
    STANDALONE_BOTH_FORMS,
    subject_swallowed_by_fronted_phrase,
    verb_after_set_off_phrase,
    verb_before_fronted_phrase_read_as_modifier,
    verb_read_as_modifier,
    verb_read_as_noun_after_agent,
    verbless_clause_with_cue,
)

def repair_parse(doc: Doc, lexicon: Lexicon) -> Doc:
    """Every repair below whose trigger word the paragraph has, in order; returns the same Doc."""
    index = doc.user_data[INDEX_KEY] = _Index(doc, lexicon)
    words = index.words
    has_cue_verb = index.has_cue_verb
    has_adjective = not words.isdisjoint(lexicon.adjectives)
    has_ing_cue = any(w.endswith("ing") and (w[:-3] in lexicon.verbs or f"{w[:-3]}e" in lexicon.verbs) for w in words)
    for repair in REPAIRS:
        name = repair.__name__
        needs = TRIGGER_WORDS.get(name)
        if needs is not None and needs.isdisjoint(words):
            continue
        if (name in CUE_VERB_REPAIRS and not has_cue_verb) or (name in ADJECTIVE_REPAIRS and not has_adjective):
            continue
        if name == "participle_read_as_noun" and not has_ing_cue:
            continue
        if name == "prep_after_time_phrase" and words.isdisjoint(lexicon.time_nouns):
            continue
        if name == "predicate_read_as_name_head" and words.isdisjoint(lexicon.designation_predicates):
            continue
        if name == "subordinator_read_as_preposition" and words.isdisjoint(lexicon.adjunct_marks):
            continue
        if name == "quantity_noun_before_cue" and words.isdisjoint(_plural_forms(lexicon.quantity_nouns)):
            continue
        repair(doc, lexicon)
    del doc.user_data[INDEX_KEY]
    doc.user_data.pop(VERB_FIRST_DONE_KEY, None)
    return doc


# Repairs that can only apply when the paragraph has one of these words; the others always run.
TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "name_read_as_modifier_across_comma": frozenset({","}),
    "speaker_read_as_apposition_of_fronted_clause": frozenset({","}),
    "resumptive_pronoun_in_relative_clause": frozenset({"that", "which"}),
    "perfect_participle_read_as_adjective": PERFECT_AUXILIARIES,
    "subject_taken_by_whose_clause": frozenset({"whose"}),
    "relative_without_passive_auxiliary": frozenset({"by"}),
    "resumptive_subject_after_topic": frozenset(RESUMPTIVE_SUBJECTS),
    "action_prep_on_part_of_object": ACTION_PREPS,
    "list_member_after_aside": frozenset({"and", "or"}),
    "purpose_of_agentless_passive": frozenset({"be", "been", "being"}),
    "behalf_of_agentless_passive": frozenset({"be", "been", "being"}),
    "recipient_read_as_modifier_of_shifted_object": frozenset({"to"}),
    "gerund_object_after_of": frozenset({"of"}),
    "repeated_preposition_split_off": frozenset({"and", "or"}),
    "fronted_object_with_pronoun": frozenset(OBJECT_PRONOUN_NUMBER),
    "second_agent_phrase_split_off": frozenset({"by"}),
    "by_phrase_to_event_noun": frozenset({"by"}),
    "agent_of_light_verb_passive": frozenset({"by"}),
    "object_after_as_predicate": frozenset({"as"}),
    "correlative_subject_read_as_root": frozenset({"only"}),
    "colon_list_to_role_noun": frozenset({":"}),
    "between_second_side": frozenset({"between"}),
    "partner_prep_on_object": frozenset({"with"}),
    "free_relative_designation": frozenset({"what"}),
    "with_object_read_as_subject": frozenset({"with"}),
    "in_order_to": frozenset({"order"}),
    "standalone_both_read_as_determiner": STANDALONE_BOTH_FORMS,
    "infinitive_read_into_adjunct_phrase": frozenset({"to"}),
    "subject_list": frozenset({"and", "or"}),
    "subject_taken_as_object_conjunct": frozenset({"and"}),
    "two_clauses_read_as_one": CLAUSE_SEPARATORS - {","},
    "finite_verb_read_as_object": CLAUSE_SEPARATORS - {","},
    "sides_named_apart": frozenset({"side"}),
    "fronted_participle_list": frozenset({"and", "or"}),
    "hyphen_noun_split": frozenset({"-", "‐"}),
    "prefixed_verb_split": frozenset({"-", "‐"}),
    "list_head_read_as_modifier": frozenset({","}),
    "list_member_split_off": frozenset({"and", "or"}),
    "name_read_into_titled_name": frozenset({"and", "or"}),
    "name_read_into_next_cue_phrase": frozenset({"and"}),
    "gapped_with_clauses": frozenset({"with"}),
    "topic_before_agentless_noun_subject": frozenset({","}),
    "object_before_final_verb": frozenset({","}),
    "bare_infinitive_read_as_noun": BARE_INFINITIVE_FORMS,
    "list_read_as_second_object": frozenset({","}),
    "list_after_apposition": frozenset({","}),
    "capitalised_list_member": frozenset({"and", "or"}),
    "participle_read_as_adjective": frozenset({"by"}),
    "possessive_of_name_with_of": frozenset({"of"}),
    "adverb_inside_two_word_prep": frozenset({"together", "along", "jointly"}),
    "participle_after_apposition": frozenset({","}),
    "participle_on_earlier_noun": frozenset({"by"}),
    "verb_read_as_noun_after_agent": frozenset({"by"}),
    "seat_read_as_verbs_place": frozenset({"in"}),
    "apposition_to_name_before": frozenset({","}),
    "verb_after_subject_apposition": frozenset({","}),
    "speaker_before_colon": frozenset({":"}),
    "source_prep_on_object": frozenset({"from"}),
    "verb_prep_read_on_object": frozenset({"on"}),
    "trailing_reporter_read_as_apposition": frozenset({","}),
    "reporter_before_speaker": frozenset({","}),
    "subject_before_aside": frozenset({","}),
    "verb_after_set_off_phrase": frozenset({","}),
    "prep_after_apposition": frozenset({","}),
    "gerund_read_as_its_noun": frozenset({"of"}),
    "place_after_goal_preposition": frozenset({"to", "into"}),
    "speech_act_read_as_modifier_after_and": frozenset({"and"}),
    "addressee_of_demand_after_from": frozenset({"from"}),
    "active_read_as_passive": CALQUE_BE_FORMS,
    "bare_verb_after_aspectual": ASPECTUAL_FORMS,
    "gerund_after_infinitive_to": frozenset({"to"}),
    "participle_before_subjectless_passive": CALQUE_BE_FORMS,
    "final_participle_on_inner_clause": frozenset({","}),
    "region_adjective_read_as_verb": frozenset({"to"}),
    "infinitive_subject_read_as_object_of_for": frozenset({"for"}),
}


# Repairs that only act on a cue verb's form: skipped for a paragraph with none.
CUE_VERB_REPAIRS = frozenset(
    {
        "verbless_clause_with_cue",
        "cue_after_names",
        "cue_verb_read_as_other",
        "object_taken_as_next_subject",
        "two_clauses_read_as_one",
        "subject_taken_as_object_conjunct",
        "subject_read_as_object_tail",
    }
)


# Repairs that only act on an adjective of the lexicon ("loyal", "opposed", "warring").
ADJECTIVE_REPAIRS = frozenset({"participle_adjective", "postnominal_adjective"})


REPAIRS = (
    reporter_read_as_complement,  # first: a quotation's reporter above it before any repair reads the clause
    contact_relative_clause,  # first: the repairs after read its clause as any relative clause
    verb_first_phrases,  # before verb_first_clause, which leaves the clauses it read alone
    verb_first_clause,
    passive_verb_first_clause,
    recipient_read_as_modifier_of_shifted_object,
    gerund_object_after_of,
    repeated_preposition_split_off,
    fronted_object_with_pronoun,
    resumptive_subject_after_topic,
    topic_before_agentless_noun_subject,
    object_before_final_verb,
    second_agent_phrase_split_off,
    name_read_as_auxiliary,
    coordinated_modifiers_read_as_noun,
    possessed_noun_read_as_object_conjunct,
    hyphen_noun_split,
    speaker_before_colon,
    quantity_noun_before_cue,
    capitalised_list_member,
    subject_swallowed_by_fronted_phrase,
    list_head_read_as_modifier,
    name_read_into_titled_name,
    name_read_into_next_cue_phrase,
    reduced_relative_read_as_verb,
    verb_read_as_noun_after_agent,
    seat_read_as_verbs_place,
    apposition_to_name_before,
    apposition_read_as_second_subject,
    verb_after_subject_apposition,
    perfect_participle_read_as_adjective,
    subject_taken_by_whose_clause,
    relative_without_passive_auxiliary,
    preposition_read_as_adverb,
    particle_of_nominal_read_on_verb,
    object_read_into_fronted_phrase,
    verb_before_fronted_phrase_read_as_modifier,
    field_after_of_read_as_content,
    verb_after_set_off_phrase,
    subject_before_aside,
    participle_on_earlier_noun,
    participle_after_apposition,
    accompaniment_read_on_last_noun,
    list_after_apposition,
    list_member_split_off,
    list_read_as_second_object,
    name_read_as_modifier_across_comma,
    list_member_after_aside,
    subject_list,
    prep_after_time_phrase,
    subordinator_read_as_preposition,
    participle_after_object_read_as_adverbial,
    two_clauses_read_as_one,
    verbless_clause_with_cue,
    verb_after_aside_read_as_other,
    cue_after_names,
    prep_after_apposition,
    action_prep_on_name,
    action_prep_on_part_of_object,
    partner_prep_on_object,
    source_prep_on_object,
    verb_prep_read_on_object,
    noun_prep_read_on_verb,
    with_object_read_as_subject,
    free_relative_designation,
    in_order_to,
    infinitive_read_into_adjunct_phrase,
    infinitive_subject_read_as_object_of_for,
    purpose_of_agentless_passive,
    participle_adjective,
    between_second_side,
    by_phrase_to_event_noun,
    patient_prep_on_agent,
    noun_read_as_verb_in_subject,
    noun_read_as_verb_after_object,
    resumptive_pronoun_in_relative_clause,
    agent_of_light_verb_passive,  # after the two above: a subject noun tagged as a verb is a noun again
    recipient_read_as_modifier_of_aid,
    correlative_subject_read_as_root,
    object_after_as_predicate,
    predicate_read_as_name_head,
    possessive_of_name_with_of,
    second_object_read_as_modifier,
    small_clause_subject_in_modifier,
    colon_list_to_role_noun,
    participle_read_as_adjective,
    adverb_inside_two_word_prep,
    fronted_participle_list,
    cue_verb_read_as_other,
    bare_infinitive_read_as_noun,
    past_verb_read_as_adjective,
    past_verb_read_as_modifier_of_subject,
    participle_read_as_noun,
    postnominal_adjective,
    object_taken_as_next_subject,
    trailing_reporter_read_as_apposition,
    reporter_before_speaker,
    speech_act_read_as_inner_conjunct,
    finite_verb_read_as_object,
    arguments_read_as_modifiers,
    sides_named_apart,
    gapped_with_clauses,
    subject_taken_as_object_conjunct,
    subject_read_as_object_tail,
    verb_read_as_modifier,
    predicate_read_as_second_object,
    object_read_into_predicate,
    recipient_read_as_goods_modifier,
    behalf_of_agentless_passive,
    prefixed_verb_split,  # the repairs before may hang a subject list on the prefix read as the verb
    demonym_after_noun,
    gerund_read_as_its_noun,
    place_after_goal_preposition,
    speech_act_read_as_modifier_after_and,
    addressee_of_demand_after_from,
    active_read_as_passive,
    bare_verb_after_aspectual,
    gerund_after_infinitive_to,
    participle_before_subjectless_passive,
    final_participle_on_inner_clause,
    speaker_read_as_apposition_of_fronted_clause,
    standalone_both_read_as_determiner,
    region_adjective_read_as_verb,
    infinitive_subject_read_as_object_of_for,
    past_verb_read_as_modifier_of_object,
    depictive_read_as_small_clause,
)
