"""Parse repair (extract/parse_repair/): each repair mends its shape in real parses
of sentences it was not written for, and leaves a parse that is already right alone."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extract.extractor import correct_lemmas
from extract.lexicon import load_lexicon
from extract.nlp import load_nlp
from extract.parse_repair import (
    adjective_aside_read_as_predicate,
    attack_gerund_read_as_verb_after_harm,
    distributed_for_list_on_role_noun,
    infinitive_read_as_adverb,
    bare_infinitive_read_as_object,
    object_of_gerund_list_hung_above,
    set_off_participle_read_as_root,
    cue_verb_read_as_adverb_after_subject,
    absolute_gerund_split_from_with,
    clause_read_as_name_phrase,
    means_gerund_read_on_object,
    infinitive_read_into_adjunct_phrase,
    name_read_into_next_cue_phrase,
    object_before_final_verb,
    topic_before_agentless_noun_subject,
    gapped_with_clauses,
    bare_infinitive_read_as_noun,
    between_second_side,
    cue_after_names,
    by_phrase_to_event_noun,
    colon_list_to_role_noun,
    cue_verb_read_as_other,
    fronted_participle_list,
    in_order_to,
    destination_read_on_verb,
    gerund_read_as_modifier_of_its_object,
    object_after_aside_read_as_next_subject,
    accusation_read_on_aside,
    of_read_on_verb_after_control_noun,
    assured_of_read_on_object,
    object_read_under_particle,
    accused_read_as_subject_of_participle,
    purpose_read_into_elliptical_condition,
    list_head_read_as_modifier,
    list_member_split_off,
    name_read_into_titled_name,
    prep_after_time_phrase,
    reduced_relative_read_as_verb,
    gerund_joined_to_infinitive,
    quantified_relative_read_as_phrase,
    contact_relative_clause,
    gerund_read_as_modifier_after_with,
    apposition_read_as_second_object,
    name_list_read_as_apposition,
    gerund_clause_read_as_noun,
    verb_read_as_modifier_before_shifted_object,
    as_phrase_read_as_clause,
    verb_read_as_noun_after_agent,
    prefixed_verb_split,
    seat_read_as_verbs_place,
    subject_list,
    contrastive_not_read_on_first_noun,
    speech_participle_read_on_reported_clause,
    group_possessor_read_as_conjunct,
    list_after_apposition,
    prep_after_apposition,
    apposition_to_name_before,
    apposition_read_as_object_after_phrase,
    verb_after_subject_relative_clause,
    verb_after_subject_apposition,
    participle_after_apposition,
    capitalised_list_member,
    participle_read_as_adjective,
    adverb_inside_two_word_prep,
    possessive_of_name_with_of,
    owner_read_on_quality_noun,
    subject_swallowed_by_fronted_phrase,
    participle_on_subject_read_as_clausal_subject,
    participle_after_trailing_reporter,
    cleft_clause_read_as_complement,
    subordinator_read_as_preposition,
    infinitive_after_object_apposition,
    action_prep_on_name,
    verbless_clause_with_cue,
    object_taken_as_next_subject,
    subject_taken_as_object_conjunct,
    participle_read_as_noun,
    postnominal_adjective,
    apposition_read_as_second_subject,
    free_relative_designation,
    partner_prep_on_object,
    source_prep_on_object,
    quantity_noun_before_cue,
    with_object_read_as_subject,
    gerund_read_as_noun_after_with,
    participle_aside_read_as_verb,
    arguments_read_as_modifiers,
    subject_before_aside,
    possessed_noun_read_as_verb,
    summing_clause_read_as_complement,
    role_recipient_read_as_goods_modifier,
    object_read_as_compound_of_predicate,
    noun_prep_read_on_verb,
    grievance_preposition_read_on_verb,
    list_read_as_second_object,
    object_and_phrase_pair_read_into_first_phrase,
    object_relative_read_as_noun_phrase,
    gerund_read_as_modifier_after_of,
    predicate_read_into_object_phrase,
    clause_after_semicolon_read_as_noun_phrase,
    channel_read_as_agent,
    speaker_before_colon,
    trailing_reporter_read_as_apposition,
    verb_after_set_off_phrase,
    coordinated_modifiers_read_as_noun,
    possessed_noun_read_as_object_conjunct,
    patient_prep_on_agent,
    noun_read_as_verb_in_subject,
    noun_read_as_verb_after_object,
    recipient_read_as_modifier_of_aid,
    correlative_subject_read_as_root,
    past_verb_read_as_modifier_of_subject,
    past_verb_read_as_modifier_before_second_clause,
    object_after_as_predicate,
    predicate_read_as_name_head,
    past_verb_read_as_adjective,
    verb_after_aside_read_as_other,
    second_object_read_as_modifier,
    speech_act_read_as_inner_conjunct,
    small_clause_subject_in_modifier,
    participle_on_earlier_noun,
    object_read_into_fronted_phrase,
    preposition_read_as_adverb,
    particle_of_nominal_read_on_verb,
    verb_before_fronted_phrase_read_as_modifier,
    field_after_of_read_as_content,
    fronted_object_with_pronoun,
    gerund_object_after_of,
    passive_verb_first_clause,
    recipient_read_as_modifier_of_shifted_object,
    repeated_preposition_split_off,
    resumptive_pronoun_in_relative_clause,
    second_agent_phrase_split_off,
    verb_first_clause,
    verb_first_phrases,
    reporter_before_speaker,
    repair_parse,
)
from extract.parse_repair import participle_on_last_of_bare_plurals, possessive_gerund_of_prep_cue
from extract.parse_repair import hyphen_noun_split, place_after_goal_preposition, sides_named_apart, verb_read_as_modifier
from extract.parse_repair import verb_read_as_modifier_of_its_object, summing_noun_read_into_clause_on_object
from extract.parse_repair import phrase_hung_on_comma
from extract.parse_repair import finite_verb_read_as_conjunct_of_noun
from extract.pipeline import extract_relations

LEXICON = load_lexicon()


def parsed(text: str) -> Doc:
    return correct_lemmas(load_nlp()(text), LEXICON)


def repaired(text: str) -> Doc:
    """The extractor's own parse of a sentence: the dictionary's names tagged, then the repairs run."""
    from extract.pipeline import default_extractor

    return default_extractor().parse_sentence(text)


def head_of(doc: Doc, word: str) -> str:
    return next(t.head.text for t in doc if t.text == word)


def arcs(doc: Doc) -> list[tuple[int, str]]:
    return [(t.head.i, t.dep_) for t in doc]


def assert_leaves_alone(repair, doc: Doc, lexicon=None) -> None:
    """`repair` changes no arc of the parse (the words whose head or label it changed are named)."""
    before = arcs(doc)
    repair(doc, LEXICON if lexicon is None else lexicon)
    changed = [(t.text, doc[i].text, dep, t.head.text, t.dep_) for t, (i, dep) in zip(doc, before) if (t.head.i, t.dep_) != (i, dep)]
    assert not changed, f"changed (word, head before, label before, head after, label after): {changed}"


# (repair, sentence, dependent word, the head it must have after the repair)
REPAIRED = [
    # a present finite verb after "and" that the parser joined to the last noun of the clause before
    (finite_verb_read_as_conjunct_of_noun, "Egypt is deeply worried about the fighting and openly backs Haftar.", "backs", "is"),
    (sides_named_apart, "Russia held talks with Haftar on one side and Sarraj on the other.", "Sarraj", "Haftar"),
    (by_phrase_to_event_noun, "The GNA repelled a renewed offensive by the LNA on Monday.", "by", "offensive"),
    (by_phrase_to_event_noun, "The GNA came under heavy attack last spring by Haftar's forces.", "by", "attack"),
    # the doer named in the of-phrase of a group noun, before the target (translated press)
    (by_phrase_to_event_noun, "Malta deplored the bombardment by the militias of Haftar on the southern districts of Misrata.", "by", "bombardment"),
    (by_phrase_to_event_noun, "The council denounced in a communique the shelling by aggressor forces of the LNA on the port.", "by", "shelling"),
    # after a second patient joined to the event noun ("the shelling of X and the home of Y by Z")
    (by_phrase_to_event_noun, "The Greek ministry deplored the shelling of its consulate and the home of the ambassador by Haftar's gunmen.", "by", "shelling"),
    (colon_list_to_role_noun, "Haftar's offensive was funded by the GNA's foreign enemies: the UAE and Egypt.", "UAE", "enemies"),
    # a name's past-tense verb read as a modifier of the name after it, which became the root ("Merkel-hosted Sarraj")
    (verb_read_as_modifier_of_its_object, "Merkel hosted Sarraj and Haftar in Berlin but got nothing.", "Sarraj", "hosted"),
    # a participle or adjective of alignment on the subject read as the clause's verb or beside it
    (verb_read_as_modifier, "Fighters allied to the GNA routed Haftar's forces from Gharyan on Wednesday.", "forces", "routed"),
    (verb_read_as_modifier, "Units loyal to the GNA routed Haftar's forces.", "forces", "routed"),
    # a noun summing up the clause, hung inside the object's relative clause
    (summing_noun_read_into_clause_on_object, "France blocked an EU statement that named Haftar, a move that Italy criticised.", "move", "statement"),
    # an alignment participle after the last side of "between", hung on the noun "between" depends on
    (between_second_side, "Fighting between eastern forces and troops aligned with the Tripoli government edged closer to the capital.", "aligned", "troops"),
    (colon_list_to_role_noun, "Sarraj accused Haftar, who is armed by his foreign patrons: the UAE and Egypt, of war crimes.", "UAE", "patrons"),
    (fronted_participle_list, "Armed by Egypt, Russia, and the UAE, Haftar and his commanders pushed west.", "Haftar", "pushed"),
    (postnominal_adjective, "Clashes erupted between the GNA and militiamen loyal to Haftar.", "loyal", "militiamen"),
    (object_taken_as_next_subject, "Russia backs Haftar and Turkey supports the GNA.", "Turkey", "supports"),
    (object_taken_as_next_subject, "Turkey backs the GNA and Russia backs Haftar.", "GNA", "backs"),
    (subject_taken_as_object_conjunct, "Moscow and Ankara support opposing sides, with Russia backing Haftar and Turkey supporting the GNA.", "Turkey", "supporting"),
    (subject_taken_as_object_conjunct, "They stand apart, with Russia backing the Haftar and Turkey supporting the GNA.", "Turkey", "supporting"),
    (subject_taken_as_object_conjunct, "Turkey backs the GNA and Russia, which has a base there, is arming Haftar.", "Russia", "arming"),
    # an aspectual verb over the cue in both clauses
    (subject_taken_as_object_conjunct, "Turkey keeps arming the GNA and Wagner keeps fighting for the LNA.", "Wagner", "keeps"),
    (in_order_to, "Russia sent jets to Jufra in order to shield the LNA.", "shield", "sent"),
    (destination_read_on_verb, "Naval patrols can intercept Turkish shipments to the GNA at sea.", "to", "shipments"),
    (gerund_read_as_modifier_of_its_object, "Turkey accuses Paris of shielding Haftar.", "Haftar", "shielding"),
    (gerund_read_as_modifier_of_its_object, "Turkey accuses Paris of shielding Haftar.", "shielding", "of"),
    (object_after_aside_read_as_next_subject, "The Quai d'Orsay denounced, in a communique, the unacceptable behaviour of the Turkish navy towards the frigate Courbet and demanded explanations from Ankara.", "behaviour", "denounced"),
    (accusation_read_on_aside, "Sarraj used his address to accuse several states, naming the United Arab Emirates and Egypt, of arming Haftar's forces.", "of", "accuse"),
    (of_read_on_verb_after_control_noun, "The GNA took control of Sirte, a city held by the LNA.", "of", "control"),
    (assured_of_read_on_object, "Erdogan assured Sarraj of his support.", "of", "assured"),
    (object_read_under_particle, "Ankara voted to deploy troops, brushing aside warnings from Cairo and Athens.", "warnings", "brushing"),
    (assured_of_read_on_object, "Macron assured Sarraj of France's support.", "of", "assured"),
    (assured_of_read_on_object, "Macron assured Sarraj of France's support.", "Sarraj", "assured"),
    (assured_of_read_on_object, "Egypt's foreign minister reassured his Greek counterpart of Cairo's solidarity.", "of", "reassured"),
    (accused_read_as_subject_of_participle, "The LNA accused Turkish warships anchored off the coast of firing on its positions.", "warships", "accused"),
    (accused_read_as_subject_of_participle, "The LNA accused Turkish warships anchored off the coast of firing on its positions.", "of", "accused"),
    (purpose_read_into_elliptical_condition, "His forces would take up arms again if needed to drive out the Turkish occupier.", "drive", "take"),
    (verbless_clause_with_cue, "Qatar arms Sarraj alongside Turkey.", "Qatar", "arms"),
    (verbless_clause_with_cue, "The UN hosted talks between Sarraj and Haftar in Geneva last week.", "talks", "hosted"),
    # a cue's past form the tagger read as an adjective ("armed forces")
    (verbless_clause_with_cue, "Russia armed Haftar's forces.", "Russia", "armed"),
    (verbless_clause_with_cue, "Russia armed Haftar's forces.", "forces", "armed"),
    (verbless_clause_with_cue, "Russia and Turkey back opposing sides.", "Russia", "back"),
    (verbless_clause_with_cue, "Italy's Conte hosts Haftar, Sarraj in bid to revive peace push", "Haftar", "hosts"),
    (verbless_clause_with_cue, "Italy's Conte hosts Haftar, Sarraj in bid to revive peace push", "Italy", "Conte"),
    (cue_after_names, "Algeria and Tunisia back Sarraj.", "Algeria", "back"),
    (between_second_side, "Fierce clashes erupted between the LNA and militias loyal to the GNA.", "militias", "LNA"),
    (hyphen_noun_split, "Haftar launched a counter-offensive against the GNA.", "counter", "offensive"),
    (hyphen_noun_split, "The GNA's counter-offensive against Haftar succeeded.", "GNA", "offensive"),
    (verb_read_as_modifier, "Russia's backing of the LNA angered Turkey.", "LNA", "of"),
    (verb_read_as_modifier, "Cairo's support for the LNA worried Algeria.", "Algeria", "worried"),
    (verb_read_as_modifier, "Egypt's backing of Haftar alarmed Turkey and Qatar.", "backing", "alarmed"),
    (verb_read_as_modifier, "Cairo's support of the LNA worried Algeria, officials said.", "worried", "said"),
    (verb_read_as_modifier, "Russia's backing of the LAAF worried Algeria.", "LAAF", "of"),
    (verb_read_as_modifier, "Russia's backing of Haftar, a key player in the conflict, worried Algeria.", "Algeria", "worried"),
    (verb_read_as_modifier, "Last spring, Paris's support of Haftar angered Rome.", "spring", "angered"),
    # the noun's participle phrase, and the object's own possessor between the verb and it
    (verb_read_as_modifier, "The eastern administration allied with Haftar reopened Libya's embassy in Damascus.", "administration", "reopened"),
    (verb_read_as_modifier, "The eastern administration allied with Haftar reopened Libya's embassy in Damascus.", "Haftar", "with"),
    (verb_read_as_modifier, "Militias aligned with Haftar shelled Turkey's new embassy.", "embassy", "shelled"),
    (list_head_read_as_modifier, "Russia held talks with the GNA, Senegal, Azerbaijan and Palau on the ceasefire.", "Senegal", "GNA"),
    (list_head_read_as_modifier, "Egypt threatened to intervene if the GNA, Senegal, and Nepal advanced on Sirte.", "GNA", "advanced"),
    (list_member_split_off, "Attempts by Turkey to isolate Egypt, Maldives, and Seychelles have failed.", "Seychelles", "Maldives"),
    (list_member_split_off, "Drones supplied by Ankara to the GNA, Sweden, and Malawi turned the tide.", "Malawi", "Sweden"),
    (reduced_relative_read_as_verb, "Drones supplied mainly by Ankara to the GNA turned the tide.", "Drones", "turned"),
    (reduced_relative_read_as_verb, "Turkish drones delivered reportedly to the GNA turned the tide.", "delivered", "drones"),
    (as_phrase_read_as_clause, "France and Egypt, seen as the general's principal patrons, called for restraint.", "patrons", "as"),
    (as_phrase_read_as_clause, "France and Egypt, seen as the general's principal patrons, called for restraint.", "as", "seen"),
    (gerund_joined_to_infinitive, "Sarraj met Conte and Macron, pressing both to condemn the assault and accusing France of shielding Haftar.", "accusing", "pressing"),
    # a contact relative whose verb's to-phrase names a recipient (not an infinitive)
    (contact_relative_clause, "The visit underscored the backing Doha has extended to the GNA.", "extended", "backing"),
    # a name before "and", a demonym and a titled name: the first member of a list, not modifiers of the title
    (name_read_into_titled_name, "Egypt's Sisi and Greek Prime Minister Kyriakos Mitsotakis agreed to coordinate against the accord.", "Mitsotakis", "Sisi"),
    (name_read_into_titled_name, "Egypt's Sisi and Greek Prime Minister Kyriakos Mitsotakis agreed to coordinate against the accord.", "Egypt", "Sisi"),
    (name_read_into_titled_name, "France hosted talks attended by Egypt's Sisi and Libya's interim Prime Minister Abdul Hamid Dbeibah.", "Dbeibah", "Sisi"),
    # a noun phrase set off after a name that is a verb's object describes the name
    (apposition_read_as_second_object, "Haftar's forces entered Sirte, a city held by troops loyal to the Tripoli government.", "city", "Sirte"),
    # a verb whose object follows its phrases of place and time, read as a participle on the subject
    (verb_read_as_modifier_before_shifted_object, "Military delegations of the GNA and the LNA signed in Geneva on Friday a permanent ceasefire agreement brokered by the UN.", "agreement", "signed"),
    (verb_read_as_modifier_before_shifted_object, "Military delegations of the GNA and the LNA signed in Geneva on Friday a permanent ceasefire agreement brokered by the UN.", "delegations", "signed"),
    # a quantifier of a relative pronoun: the cue verb after it is the clause's verb, on the list before the comma
    (quantified_relative_read_as_phrase, "The remark angered Egypt and the UAE, both of which back Haftar.", "back", "Egypt"),
    (quantified_relative_read_as_phrase, "The remark angered Egypt and the UAE, both of which supply Haftar.", "Haftar", "supply"),
    (quantified_relative_read_as_phrase, "The remark angered Egypt and the UAE, both of which have armed Haftar.", "armed", "Egypt"),
    # the later verb finite through its auxiliary
    (reduced_relative_read_as_verb, "Fighters allied to the GNA have been battling the LNA.", "Fighters", "battling"),
    (reduced_relative_read_as_verb, "Fighters allied to the GNA had been fighting the LNA.", "Fighters", "fighting"),
    (list_after_apposition, "Italy, a long-standing player in the region, and Malta signed a deal.", "Malta", "Italy"),
    (list_after_apposition, "The summit was attended by Turkey, an old rival, Russia and Egypt.", "Russia", "Turkey"),
    (prep_after_apposition, "Russia gave military support to Haftar, a key player in the conflict, against the GNA.", "against", "gave"),
    (apposition_to_name_before, "The LNA has the backing of Moscow, a key player in the conflict, and Abu Dhabi.", "player", "Moscow"),
    (apposition_to_name_before, "A truce brokered by Russia, a key player in the conflict, between the GNA and the LNA collapsed.", "player", "Russia"),
    (apposition_read_as_object_after_phrase, "The UN envoy flew to Turkey, the GNA's closest ally, on Monday.", "ally", "Turkey"),
    (phrase_hung_on_comma, "The UAE is arming Haftar to counter the Turkish drones supplied to its rival, the GNA, sources said.", "GNA", "rival"),
    (apposition_read_as_object_after_phrase, "Maas travelled quietly to Egypt, a key backer of Haftar.", "backer", "Egypt"),
    (verb_after_subject_apposition, "Turkey, a key player in the conflict, deployed air-defence batteries near Tripoli.", "Turkey", "deployed"),
    (verb_after_subject_relative_clause, "The two leaders, who back rival camps, called on Sarraj's government and Haftar's forces to observe a ceasefire.", "leaders", "called"),
    (verb_after_subject_relative_clause, "Tunisia's president, who hosted the forum, called on Haftar to respect the truce, el-Sisi said.", "called", "said"),
    (verb_after_subject_relative_clause, "Wagner operatives, whose ties to the state are officially denied, supply Haftar with artillery crews.", "Haftar", "supply"),
    (verb_after_subject_relative_clause, "The UAE, which denies its role in the war, armed Haftar.", "UAE", "armed"),
    (verb_after_subject_relative_clause, "The UAE, which denies its role in the war, armed Haftar.", "Haftar", "armed"),
    # a cleft's clause is a relative clause on its focus
    (cleft_clause_read_as_complement, "It is France that supports Haftar, not Turkey.", "supports", "France"),
    (cleft_clause_read_as_complement, "Ankara said that it is France who is supporting the putschist Haftar.", "supporting", "France"),
    (verb_after_subject_apposition, "Stephanie Williams, the acting UN envoy, shuttled between Sarraj and Haftar to salvage the truce.", "Williams", "shuttled"),
    (participle_after_apposition, "Haftar, a rival of Sarraj, backed by Sisi, met Macron.", "backed", "Haftar"),
    (participle_after_apposition, "Haftar, a rival of Sarraj, Syria and Palestine, backed by Egypt, met Macron.", "backed", "Haftar"),
    (cue_after_names, "Russia, Thailand and Honduras back Haftar and Turkey supports the GNA.", "Turkey", "supports"),
    (participle_read_as_adjective, "Armed chiefly by Egypt, Russia, and the UAE, Haftar and his commanders pushed west.", "Armed", "pushed"),
    (adverb_inside_two_word_prep, "Paris backs Haftar together chiefly with Cairo.", "with", "together"),
    (prep_after_time_phrase, "Any advance on Sirte would cross a red line in recent months for Cairo.", "for", "line"),
    (possessive_of_name_with_of, "The Government of National Accord's allies include Turkey.", "allies", "include"),
    (possessive_of_name_with_of, "Haftar was armed by the Kingdom of Saudi Arabia's rulers.", "rulers", "by"),
    (subject_swallowed_by_fronted_phrase, "After a month of shelling around the port and the old road, Italy and Malta signed a pact.", "Italy", "signed"),
    # a fronted phrase ending in a name: the list after its comma is the subject
    (subject_swallowed_by_fronted_phrase, "At a meeting in Abu Dhabi, Sarraj and Haftar agreed to hold elections.", "Sarraj", "agreed"),
    (subject_swallowed_by_fronted_phrase, "At a meeting facilitated by the UN mission in Abu Dhabi, Sarraj and Haftar agreed to hold elections.", "Sarraj", "agreed"),
    (subject_swallowed_by_fronted_phrase, "In Moscow on Monday, Russia and Turkey quietly agreed to push for a truce.", "Russia", "agreed"),
    (subject_swallowed_by_fronted_phrase, "Meeting in Istanbul, Putin and Erdogan called on Haftar's forces to lay down their arms.", "Putin", "called"),
    (subject_swallowed_by_fronted_phrase, "Meeting in Istanbul, Putin and Erdogan called on Haftar's forces to lay down their arms.", "Meeting", "called"),
    (participle_on_subject_read_as_clausal_subject, "A French frigate taking part in a NATO mission was targeted by a Turkish ship.", "frigate", "targeted"),
    (participle_on_subject_read_as_clausal_subject, "A French frigate taking part in a NATO mission was targeted by a Turkish ship.", "taking", "frigate"),
    (participle_after_trailing_reporter, "Turkish drones struck the base, GNA officials said, killing dozens of Haftar's fighters.", "killing", "struck"),
    # an absolute "with X V-ing" whose -ing word the parser read as a noun
    (gerund_read_as_noun_after_with, "The GNA and the LNA agreed on a truce, with Russia mediating.", "Russia", "mediating"),
    (gerund_read_as_noun_after_with, "The GNA and the LNA held talks in Moscow, with Russia and Turkey mediating.", "mediating", "with"),
    # an absolute with-clause whose -ing verb has an object the parser read it as modifying
    (gerund_read_as_modifier_after_with, "An air strike hit a detention centre, with the GNA blaming forces loyal to Haftar.", "blaming", "with"),
    (gerund_read_as_modifier_after_with, "An air strike hit a detention centre, with the GNA blaming forces loyal to Haftar.", "loyal", "forces"),
    # a past cue verb read as an adjective on its object, before a second clause that took the subject
    (past_verb_read_as_modifier_before_second_clause, "The UAE armed Haftar, and Turkey backed the GNA.", "UAE", "armed"),
    (past_verb_read_as_modifier_before_second_clause, "The UAE armed Haftar, and Turkey backed the GNA.", "Turkey", "backed"),
    # an -ing aside on the subject read as the sentence's verb
    (participle_aside_read_as_verb, "Libya's House of Representatives, meeting in Sirte, approved Dbeibah's Government of National Unity.", "House", "approved"),
    (participle_aside_read_as_verb, "Libya's House of Representatives, meeting in Sirte, approved Dbeibah's Government of National Unity.", "meeting", "approved"),
    (gerund_read_as_noun_after_with, "The two rivals signed a truce, with the UN facilitating.", "UN", "facilitating"),
    (action_prep_on_name, "Russia gave military support to the LAAF against the GNA.", "against", "gave"),
    (prep_after_time_phrase, "Haftar's offensive last spring against the GNA stalled.", "against", "offensive"),
    (prep_after_time_phrase, "Attempts last spring by Turkey to isolate Egypt have failed.", "by", "Attempts"),
    (apposition_read_as_second_subject, "Italy and Turkey, both supporters of the GNA, have differing interests in Libya.", "supporters", "Italy"),
    (apposition_read_as_second_subject, "Russia and Turkey, rivals in Syria, held talks on Libya.", "rivals", "Russia"),
    (free_relative_designation, "Ankara condemned what it called Haftar's genocidal attacks on civilians.", "attacks", "condemned"),
    (free_relative_designation, "Turkey denounced what it described as attacks by Haftar.", "attacks", "denounced"),
    (with_object_read_as_subject, "Lavrov met separately with Sarraj and Haftar to discuss a truce.", "Sarraj", "with"),
    (with_object_read_as_subject, "Lavrov met separately with the Tripoli-based government and Haftar to reportedly discuss a truce.", "government", "with"),
    (partner_prep_on_object, "Erdogan discussed the Libyan crisis with Putin by phone.", "with", "discussed"),
    (source_prep_on_object, "The GNA rejected a ceasefire proposal from Cairo.", "from", "proposal"),
    (partner_prep_on_object, "Putin said he had discussed the ceasefire with Erdogan.", "with", "discussed"),
    (quantity_noun_before_cue, "Ankara and Moscow have held several rounds of talks on Libya.", "talks", "held"),
    (quantity_noun_before_cue, "Haftar launched a wave of attacks on Tripoli.", "attacks", "launched"),
    (quantity_noun_before_cue, "Turkey quietly sent a number of drones to the GNA.", "drones", "sent"),
    (quantity_noun_before_cue, "Ankara will keep giving many sorts of help to Sarraj.", "help", "giving"),
    (quantity_noun_before_cue, "The UAE has provided various types of weapons to the LNA.", "weapons", "provided"),
    (quantity_noun_before_cue, "Qatar pledged every form of backing for Sarraj.", "backing", "pledged"),
    (quantity_noun_before_cue, "Emirati planes have flown hundreds of tonnes of military equipment to the LNA.", "equipment", "flown"),
    (arguments_read_as_modifiers, "Chad supplies Haftar.", "Chad", "supplies"),
    (coordinated_modifiers_read_as_noun, "Haftar's Egyptian and Emirati backers have been silent.", "Egyptian", "backers"),
    (coordinated_modifiers_read_as_noun, "Haftar's Egyptian and Emirati backers have been silent.", "Haftar", "backers"),
    (verb_after_aside_read_as_other, "Egypt, the UAE and Saudi Arabia, which severed ties with Qatar in 2017, back Haftar.", "Egypt", "back"),
    (subject_taken_as_object_conjunct, "The conflict has drawn in regional powers, with Turkey backing the GNA and Egypt and the UAE supporting Haftar.", "Egypt", "supporting"),
    (patient_prep_on_agent, "Attacks by Haftar's forces on the GNA killed dozens.", "on", "Attacks"),
    (patient_prep_on_agent, "Repeated assaults by the militias against Turkish positions failed.", "against", "assaults"),
    (possessed_noun_read_as_object_conjunct, "Doha reaffirmed its support for the GNA and its rejection of Haftar's campaign.", "rejection", "support"),
    # joined to the verb, or to a participle set off after the first object
    (possessed_noun_read_as_object_conjunct, "Jordan renewed its backing to the Presidential Council and its rejection of the offensive by the LNA.", "rejection", "backing"),
    (possessed_noun_read_as_object_conjunct, "Morocco underlined its backing for the unity government, chosen in Geneva, and its rejection of the Russian presence.", "rejection", "backing"),
    (subject_before_aside, "The UAE, together with Egypt, armed Haftar.", "UAE", "armed"),
    (speaker_before_colon, "Erdogan: Haftar is a putschist who cannot be trusted", "Erdogan", ":"),
    (verb_after_set_off_phrase, "GNA forces, backed by Turkish drones, besieged Tarhuna, Haftar's main stronghold in the west.", "forces", "besieged"),
    (trailing_reporter_read_as_apposition, "Qatar has bankrolled militias loyal to the GNA, the LNA's spokesman, Ahmed al-Mismari, alleged.", "spokesman", "alleged"),
    (trailing_reporter_read_as_apposition, "Turkey has sent Syrian mercenaries to fight alongside the GNA, the Syrian Observatory for Human Rights said.", "Observatory", "said"),
    (speaker_before_colon, "Turkey: illegitimate Haftar must withdraw from key Libya areas", "withdraw", ":"),
    (subject_before_aside, "Jordan, alongside the Emirates, supplied weapons to the LNA.", "Jordan", "supplied"),
    (noun_prep_read_on_verb, "Turkey's support for the GNA reflects its hostility to Haftar.", "to", "hostility"),
    (list_read_as_second_object, "Germany hosted a conference with the participation of Russia, Turkish officials and France.", "officials", "Russia"),
    # a verb's second object with a phrase of its own: the gapped second clause ("accused A of X and B of Y")
    (object_and_phrase_pair_read_into_first_phrase, "The GNA accused the UAE of bombing Tripoli and Egypt of arming Haftar.", "Egypt", "UAE"),
    (object_and_phrase_pair_read_into_first_phrase, "Erdogan accused Egypt of arming Haftar and the LNA of shelling Tripoli.", "LNA", "Egypt"),
    (object_and_phrase_pair_read_into_first_phrase, "Ankara blamed the UAE for the strike and France for the blockade.", "France", "UAE"),
    (object_relative_read_as_noun_phrase, "Haftar, whom the UAE arms, continues to recruit mercenaries.", "arms", "Haftar"),
    (object_relative_read_as_noun_phrase, "Haftar, whom the UAE backs, said the war would go on.", "UAE", "backs"),
    (object_relative_read_as_noun_phrase, "Haftar, whom the UAE, Egypt and France sustain with weapons, recruits mercenaries.", "whom", "sustain"),
    (gerund_read_as_modifier_after_of, "Turkey accused the UAE of flying weapons to Haftar.", "flying", "of"),
    (gerund_read_as_modifier_after_of, "Turkey accused the UAE of flying weapons to Haftar.", "to", "flying"),
    (predicate_read_into_object_phrase, "Italy called the attack on Tripoli by Haftar unacceptable.", "unacceptable", "called"),
    (possessed_noun_read_as_verb, "Italy called Khalifa Haftar's offensive a crime.", "offensive", "called"),
    (clause_after_semicolon_read_as_noun_phrase, "Thirty cadets were killed when a drone struck the academy; the GNA blamed forces loyal to Haftar and unnamed foreign backers.", "blamed", "killed"),
    (clause_after_semicolon_read_as_noun_phrase, "Thirty cadets were killed when a drone struck the academy; the GNA blamed forces loyal to Haftar and unnamed foreign backers.", "GNA", "blamed"),
    (predicate_read_into_object_phrase, "Italy called the attack on Tripoli by Haftar unacceptable.", "Haftar", "by"),
    (object_read_as_compound_of_predicate, "Italy called Haftar's offensive unacceptable.", "offensive", "called"),
    # the second one accused may be a group noun a name describes
    (object_and_phrase_pair_read_into_first_phrase, "He accused Abu Dhabi of arming Haftar and the Wagner group of fighting for him.", "group", "Dhabi"),
    (object_and_phrase_pair_read_into_first_phrase, "Turkey accused Egypt of arming Haftar and Russia's Wagner group of sending mercenaries.", "group", "Egypt"),
    # a noun's with-phrase and a second name with a phrase of the same preposition
    (object_and_phrase_pair_read_into_first_phrase, "Algeria's minister held talks with Haftar in Benghazi and Sarraj in Tripoli.", "Sarraj", "Haftar"),
    (noun_prep_read_on_verb, "The deployment underscores Ankara's commitment to Sarraj.", "to", "commitment"),
    # the preposition of a grievance noun after "in" hung on the verb of the clause
    (grievance_preposition_read_on_verb, "Greece ordered the Libyan ambassador to leave the country within 72 hours in protest at the maritime deal struck between Ankara and Tripoli.", "at", "protest"),
    # the agent first in an of-phrase (translated press): the preposition after it is still the noun's
    (noun_prep_read_on_verb, "Draghi restated the backing of Italy to the Presidential Council.", "to", "backing"),
    (noun_prep_read_on_verb, "The envoy recalled on Thursday the support of Algeria to the council in Tripoli.", "to", "support"),
    # a cue noun as the verb's prepositional object ("insisted on", the calque "stressed on")
    (noun_prep_read_on_verb, "Erdogan insisted on the Turkish backing to the unity government.", "to", "backing"),
    (noun_prep_read_on_verb, "The ambassador talked openly about the Russian backing to the eastern army.", "to", "backing"),
    # an apposition as the aside, a fronted phrase before the subject, two asides, an auxiliary after them
    (subject_before_aside, "Algeria, a neighbour, hosted talks between the GNA and the LNA.", "Algeria", "hosted"),
    (subject_before_aside, "On Tuesday, the Emirates, together with Egypt, armed Haftar's forces.", "Emirates", "armed"),
    # a participle and its agent set off as the aside: it describes the subject
    (subject_before_aside, "Egypt, France, Greece and Cyprus, joined by the United Arab Emirates, condemned in a joint declaration what they called Turkey's illegal military interference in Libya, including the transfer of Syrian fighters to the country.", "Egypt", "condemned"),
    (subject_before_aside, "Egypt, France, Greece and Cyprus, joined by the United Arab Emirates, condemned in a joint declaration what they called Turkey's illegal military interference in Libya, including the transfer of Syrian fighters to the country.", "joined", "Egypt"),
    (subject_before_aside, "The Emirates, a Gulf monarchy, together with Egypt, armed Haftar's forces.", "Emirates", "armed"),
    (subject_before_aside, "Cairo, together with the UAE, has long backed Haftar.", "Cairo", "backed"),
    (second_object_read_as_modifier, "The campaign won Haftar, Chad and Niger the support of Egypt.", "support", "won"),
    (second_object_read_as_modifier, "The campaign won the LAAF the support of Egypt.", "support", "won"),
    (speech_act_read_as_inner_conjunct, "Greece said the deal was void and accused Ankara of violating international law.", "accused", "said"),
    (speech_act_read_as_inner_conjunct, "Egypt said the talks had failed and urged Haftar to withdraw.", "urged", "said"),
    (speech_act_read_as_inner_conjunct, "Macron said Turkey was playing a dangerous game and accused Turkey of criminal responsibility.", "accused", "said"),
    (small_clause_subject_in_modifier, "The LNA declared Turkish ships legitimate targets.", "ships", "targets"),
    (small_clause_subject_in_modifier, "The GNA considers Russian mercenaries legitimate targets.", "legitimate", "targets"),
    (participle_on_earlier_noun, "The conflict pits the GNA, backed by Turkey and Qatar, against Haftar, armed by the UAE and Russia.", "armed", "Haftar"),
    (participle_on_earlier_noun, "Fighting continued between the GNA, supported by Turkey, and the LNA, armed by the UAE and Egypt.", "supported", "GNA"),
    (verb_before_fronted_phrase_read_as_modifier, "The Emirates condemned in the strongest terms the Turkish military intervention in Libya.", "Emirates", "condemned"),
    (verb_before_fronted_phrase_read_as_modifier, "The Emirates condemned in the strongest terms Turkey's military intervention in Libya.", ".", "condemned"),
    (field_after_of_read_as_content, "Ankara and Tripoli signed the agreement of security and military cooperation.", "security", "agreement"),
    (field_after_of_read_as_content, "Turkey signed the agreement of military cooperation with the GNA.", "with", "agreement"),
    (preposition_read_as_adverb, "Turkey is standing next to the GNA.", "next", "standing"),
    (particle_of_nominal_read_on_verb, "The LNA announced the shooting down of a Turkish drone.", "down", "shooting"),
    (particle_of_nominal_read_on_verb, "The LNA announced the shooting down of a Turkish drone.", "of", "shooting"),
    (preposition_read_as_adverb, "Sudanese forces are fighting next to the forces of Haftar.", "to", "next"),
    # the object hung on the phrase's noun (apposition with no comma, object of a noun) or read as npadvmod
    (object_read_into_fronted_phrase, "The Turkish drones targeted with missiles the LNA positions in Tarhuna, said the ministry.", "positions", "targeted"),
    (object_read_into_fronted_phrase, "The Libyan Arab Armed Forces bombed with precise air strikes the positions of the mercenaries, the General Command announced.", "positions", "bombed"),
    (object_read_into_fronted_phrase, "Dendias met in Benghazi the commander Haftar to discuss the ceasefire.", "commander", "met"),
    # a bare noun of manner before the guest of a verb of meeting, read as the guest's modifier
    (object_read_into_fronted_phrase, "Rome receives with generosity Sarraj and Haftar for talks on a ceasefire.", "Sarraj", "receives"),
    (object_read_into_fronted_phrase, "Rome receives with generosity Sarraj and Haftar for talks on a ceasefire.", "generosity", "with"),
    # the object read as the root, the name its subject
    (verb_before_fronted_phrase_read_as_modifier, "The Libyan Arab Armed Forces targeted with precise air strikes a Turkish frigate and a cargo ship.", "Forces", "targeted"),
    (verb_before_fronted_phrase_read_as_modifier, "The Libyan Arab Armed Forces targeted with precise air strikes a Turkish frigate and a cargo ship.", "frigate", "targeted"),
    # the name read as the subject of the reporting verb after the object
    (verb_before_fronted_phrase_read_as_modifier, "The national army targeted with the Grad missiles a Turkish frigate in the port, said the General Command.", "army", "targeted"),
    (verb_before_fronted_phrase_read_as_modifier, "The national army targeted with the Grad missiles a Turkish frigate in the port, said the General Command.", "targeted", "said"),
    (verb_read_as_noun_after_agent, "Syrian fighters sent by Turkey fight for the GNA.", "fighters", "fight"),
    (verb_read_as_noun_after_agent, "The militia funded by Turkey fights for the GNA.", "Turkey", "by"),
    (verb_read_as_noun_after_agent, "Mercenaries paid by the UAE back Haftar.", "Haftar", "back"),
    (prefixed_verb_split, "Italy and France co-chaired talks between the GNA and the LNA.", "Italy", "chaired"),
    (prefixed_verb_split, "The US re-imposed sanctions on Iran.", "sanctions", "imposed"),
    (prefixed_verb_split, "Turkey re-armed the GNA.", "Turkey", "armed"),
    (prefixed_verb_split, "Italy and France will co-chair talks between the GNA and the LNA.", "Italy", "chair"),
    (prefixed_verb_split, "Russia and Turkey will co-host talks in Moscow between the GNA and the LNA.", "talks", "host"),
    (seat_read_as_verbs_place, "The GNA continued to receive weapons from its ally in Ankara.", "in", "ally"),
    # two names read as one, the first with a hyphen in it
    (subject_list, "Abdel Fattah el-Sisi and Khalifa Haftar met in Cairo to discuss a ceasefire.", "Sisi", "met"),
    # verb first, read phrase by phrase: a title is someone, so it is the subject (no dictionary names here)
    (verb_first_phrases, "Said the spokesman of the army that the militias attacked the airport.", "attacked", "Said"),
    (verb_first_phrases, "Condemned the foreign minister, in a statement on Sunday, the attack on the embassy.", "minister", "Condemned"),
    (verb_first_phrases, "Condemned the foreign minister, in a statement on Sunday, the attack on the embassy.", "attack", "Condemned"),
    # the speaker after a reporting verb that follows its clause (no dictionary names here: a title is someone)
    (reporter_before_speaker, "The militias are shelling the airport, warned the foreign minister.", "minister", "warned"),
    (reporter_before_speaker, "The army will not retreat from Sirte, stressed the defence minister on Saturday.", "minister", "stressed"),
    # a summing noun's relative clause read as the main verb, the clause it sums up as its complement
    (summing_clause_read_as_complement, "Turkey quietly sent more drones to the GNA in May, a step Cairo described as dangerous.", "described", "step"),
    (summing_clause_read_as_complement, "Turkey quietly sent more drones to the GNA in May, a step Cairo described as dangerous.", "step", "sent"),
    # an object read as a modifier of the predicate after a verb of designation
    (object_read_as_compound_of_predicate, "The High Council of State called the vote void.", "vote", "called"),
    (object_read_as_compound_of_predicate, "The High Council of State called the vote void.", "void", "called"),
    # a definite role's phrase read into the goods after a verb of giving is the recipient
    (role_recipient_read_as_goods_modifier, "Egypt's president has given the field marshal air defences, intelligence and a political umbrella.", "marshal", "given"),
    (role_recipient_read_as_goods_modifier, "Egypt's president has given the field marshal air defences, intelligence and a political umbrella.", "air", "defences"),
    (role_recipient_read_as_goods_modifier, "Egypt has quietly given the eastern commander drones and money.", "commander", "given"),
    # a noun in -s after a possessive is no verb: the verb's object, and the predicate is the verb's
    (possessed_noun_read_as_verb, "The Government of National Accord called Egypt's remarks a declaration of war.", "remarks", "called"),
    (possessed_noun_read_as_verb, "The Government of National Accord called Egypt's remarks a declaration of war.", "declaration", "called"),
    (possessed_noun_read_as_verb, "The GNA considered Egypt's remarks a declaration of war.", "remarks", "considered"),
    # two names joined by "and" own a relation noun together: the first is its possessor, the second that one's conjunct
    (group_possessor_read_as_conjunct, "Egypt and Turkey's rivalry shapes the war.", "Egypt", "rivalry"),
    (group_possessor_read_as_conjunct, "Egypt and Turkey's rivalry shapes the war.", "Turkey", "Egypt"),
    (group_possessor_read_as_conjunct, "Haftar and Sarraj's talks in Moscow collapsed.", "talks", "collapsed"),
    # "not" after a comma denies the noun phrase it stands before, not the one before the comma
    (contrastive_not_read_on_first_noun, "Cavusoglu added that Haftar was a putschist, not a partner for peace.", "not", "partner"),
    # a participle of saying or naming after a reported clause is the reporter's
    (speech_participle_read_on_reported_clause, "The GNA said air defences had downed a drone, describing the UAE as the sponsor of the aggression.", "describing", "said"),
    # a by-phrase of means (a gerund) on the verb's object belongs to the verb
    (means_gerund_read_on_object, "Jordan and the UAE routinely violated the arms embargo by supplying armoured vehicles to the LNA.", "by", "violated"),
    (bare_infinitive_read_as_object, "Qatar agreed to help train and advise the GNA's forces.", "advise", "train"),
    (cue_verb_read_as_adverb_after_subject, "Turkey supports the GNA while Egypt and Russia back Haftar.", "Egypt", "back"),
    (cue_verb_read_as_adverb_after_subject, "Turkey and Qatar stand behind the GNA while the UAE, Egypt and Russia back Haftar.", "Haftar", "back"),
    (absolute_gerund_split_from_with, "Turkey and Qatar stand behind the GNA, with France and Jordan playing quieter roles.", "playing", "with"),
    (clause_read_as_name_phrase, "Turkey irritated Greece.", "Turkey", "irritated"),
    (clause_read_as_name_phrase, "The United Arab Emirates armed the LNA.", "LNA", "armed"),
    # the object after a list of three -ing verbs hung above the list, or read with the last verb as a noun phrase
    (object_of_gerund_list_hung_above, "Sarraj accused France of backing, arming and politically shielding Haftar.", "Haftar", "shielding"),
    (object_of_gerund_list_hung_above, "Sarraj accused France of backing, arming and shielding Haftar.", "Haftar", "shielding"),
    (object_of_gerund_list_hung_above, "Sarraj accused France of backing, arming and shielding Haftar.", "shielding", "backing"),
    # a set-off participle with a phrase before its by-phrase, after a phrase with an of-phrase
    (set_off_participle_read_as_root, "Forces of the GNA, supported from the air by Turkish drones, recaptured Sabratha.", "Forces", "recaptured"),
    # a phrase of the verb's own after the participle's closing comma; the participle read as a clause before the verb
    (set_off_participle_read_as_root, "Forces of the GNA, supported from the air by Turkish drones and on the ground by Syrian fighters, on Monday recaptured Sabratha.", "Forces", "recaptured"),
    (set_off_participle_read_as_root, "Haftar, backed chiefly by Egypt and the UAE, on Monday launched a new offensive.", "Haftar", "launched"),
    # an adjective's phrase set off after a subject, read as its predicate (the verb after it an adverb) or kept on the
    # names with the verb lost
    (adjective_aside_read_as_predicate, "Egypt backs Haftar, while Turkey and Qatar, more tolerant of Islamists, back the GNA.", "Turkey", "back"),
    (adjective_aside_read_as_predicate, "Egypt backs Haftar, whereas Qatar, far more tolerant of Islamists, funds the GNA.", "Qatar", "funds"),
    (adjective_aside_read_as_predicate, "It is a proxy contest: the UAE and Egypt, both hostile to political Islam, back Haftar.", "UAE", "back"),
    # a hostile -ing noun after a preposition of harm, with the noun's from-phrase
    (attack_gerund_read_as_verb_after_harm, "Three GNA fighters were killed by shelling from Haftar's positions.", "shelling", "by"),
    # groups of names after a role noun, each with a for-phrase that says whose
    (distributed_for_list_on_role_noun, "Their foreign patrons, Turkey for the GNA and Russia and the UAE for the LNA, continue to fly in materiel.", "Russia", "Turkey"),
    (distributed_for_list_on_role_noun, "The foreign patrons, Turkey and Qatar for Tripoli and the UAE, Egypt and Russia for Haftar, can outbid any incentive.", "UAE", "Turkey"),
]


@pytest.mark.parametrize("repair,text,word,head", REPAIRED, ids=[f"{r.__name__}:{t[:40]}" for r, t, _, _ in REPAIRED])
def test_repair_mends_its_shape(repair, text: str, word: str, head: str) -> None:
    doc = parsed(text)
    repair(doc, LEXICON)
    assert head_of(doc, word) == head


def test_an_infinitive_read_as_an_adverb_becomes_the_verb() -> None:
    doc = parsed("Turkey's parliament voted on Thursday to authorise the deployment of troops to Libya.")
    assert doc[7].pos_ == "ADV"  # the small tagger's reading, which the repair mends
    infinitive_read_as_adverb(doc, LEXICON)
    assert (doc[7].pos_, doc[7].tag_) == ("VERB", "VB")
    quickly = parsed("The GNA moved quickly to the coast.")
    infinitive_read_as_adverb(quickly, LEXICON)
    assert quickly[3].pos_ == "ADV"


def test_a_bare_infinitive_read_as_the_object_of_help_is_its_clause() -> None:
    doc = parsed("Turkey pledged to help fund and arm Haftar's forces.")
    assert doc[4].dep_ == "dobj"  # the small parser's reading, which the repair mends
    bare_infinitive_read_as_object(doc, LEXICON)
    assert doc[4].dep_ == "xcomp" and doc[6].head.i == 4
    # a noun object stays one: "helped the GNA" and "made peace" name no clause
    for text in ("Turkey helped the GNA.", "The rivals made peace and left."):
        noun = parsed(text)
        before = [(t.dep_, t.head.i) for t in noun]
        bare_infinitive_read_as_object(noun, LEXICON)
        assert [(t.dep_, t.head.i) for t in noun] == before


def test_a_past_form_after_a_perfect_auxiliary_is_the_verb() -> None:
    doc = parsed("Turkey has irritated Greece.")
    assert doc[2].pos_ == "ADJ"  # the small tagger's reading, which the repair mends
    past_verb_read_as_adjective(doc, LEXICON)
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "irritate")
    # the same reading after a form of "be" ("Turkey is irritated"): the adjective stays
    copula = parsed("Turkey has irritated Greece.")
    copula[1].lemma_ = "be"
    past_verb_read_as_adjective(copula, LEXICON)
    assert copula[2].pos_ == "ADJ"


def test_cue_verb_read_as_adverb_becomes_the_verb() -> None:
    doc = parsed("Paris decided to quietly back Haftar.")
    cue_verb_read_as_other(doc, LEXICON)
    assert doc[4].pos_ == "VERB" and doc[4].lemma_ == "back"


def test_a_cue_noun_read_as_a_verb_in_a_subject_is_the_noun() -> None:
    doc = parsed("Drone strikes by the GNA hit LNA positions.")
    assert doc[1].tag_ == "VBZ"  # the small tagger's reading, which the repair mends
    noun_read_as_verb_in_subject(doc, LEXICON)
    assert (doc[1].pos_, doc[1].tag_, doc[0].dep_) == ("NOUN", "NNS", "compound")


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed asset freezes on six Russian officials.",  # the verb read as the noun's clausal subject
        "The European Union imposed asset freezes on six Russian officials.",  # the noun read as a clause
        "Brussels imposed asset freezes on six Russian officials.",  # the noun before read as its subject
    ],
)
def test_a_cue_noun_read_as_a_verb_after_the_object_is_the_object(text: str) -> None:
    doc = parsed(text)
    freezes = next(t for t in doc if t.text == "freezes")
    assert freezes.tag_ == "VBZ"  # the small tagger's reading, which the repair mends
    noun_read_as_verb_after_object(doc, LEXICON)
    assert (freezes.tag_, freezes.dep_, freezes.head.text, doc[freezes.i - 1].dep_) == ("NNS", "dobj", "imposed", "compound")


@pytest.mark.parametrize(
    "text, noun, adjective",
    [
        ("Algeria rejected as unacceptable a French report on the colonial era.", "report", "unacceptable"),
        ("Egypt condemned as illegal Turkey's deal with the GNA.", "deal", "illegal"),  # on the possessor
    ],
)
def test_a_heavy_object_after_its_as_predicate_is_the_object(text: str, noun: str, adjective: str) -> None:
    doc = parsed(text)
    noun_token = next(t for t in doc if t.text == noun)
    assert noun_token.dep_ == "pobj"  # the parser's reading, which the repair mends
    object_after_as_predicate(doc, LEXICON)
    adjective_token = next(t for t in doc if t.text == adjective)
    assert (noun_token.dep_, noun_token.head.dep_) == ("dobj", "ROOT")
    assert (adjective_token.dep_, adjective_token.head.text) == ("pobj", "as")


@pytest.mark.parametrize(
    "text, name, predicate",
    [
        ("Athens called the deal between Ankara and the GNA illegal.", "GNA", "illegal"),
        ("Athens called Turkey's deal with the GNA absurd.", "GNA", "absurd"),
        # two predicates joined, past a participle on the object
        ("Egypt called the agreements signed between Turkey and the GNA null and void.", "GNA", "null"),
    ],
)
def test_a_designation_predicate_read_as_a_name_head_is_the_predicate(text: str, name: str, predicate: str) -> None:
    doc = parsed(text)
    name_token = next(t for t in doc if t.text == name)
    predicate_token = next(t for t in doc if t.text == predicate)
    assert name_token.head.i == predicate_token.i  # the parser's reading, which the repair mends
    predicate_read_as_name_head(doc, LEXICON)
    assert (predicate_token.dep_, predicate_token.head.text, predicate_token.pos_) == ("oprd", "called", "ADJ")
    assert name_token.dep_ in ("conj", "pobj") and doc[name_token.i - 1].head.i == name_token.i


def test_a_past_cue_verb_read_as_the_subjects_modifier_is_the_verb() -> None:
    doc = parsed("The UAE armed Haftar by sending drones to his forces.")
    armed = doc[2]
    assert (armed.pos_, armed.dep_, doc[1].dep_) == ("ADJ", "amod", "ROOT")  # the small tagger's reading
    past_verb_read_as_modifier_of_subject(doc, LEXICON)
    assert (armed.pos_, armed.dep_, armed.lemma_) == ("VERB", "ROOT", "arm")
    assert (doc[1].dep_, doc[1].head.i, doc[4].head.i) == ("nsubj", 2, 2)


@pytest.mark.parametrize("text, name", [("Turkey promised the GNA more drones.", "GNA"), ("Ankara promised the Tripoli-based government more drones.", "government")])
def test_a_recipient_read_into_the_aid_is_the_sending_verbs_dative(text: str, name: str) -> None:
    doc = parsed(text)
    recipient = next(t for t in doc if t.text == name)
    assert recipient.head.text == "drones"  # the parser's reading, which the repair mends
    recipient_read_as_modifier_of_aid(doc, LEXICON)
    assert (recipient.dep_, recipient.head.text) == ("dative", "promised")


def test_not_only_but_also_subjects_are_both_the_verbs() -> None:
    doc = parsed("Not only Turkey but also Qatar has provided weapons to the GNA.")
    assert doc[2].dep_ == "ROOT"  # the parser's reading, which the repair mends
    correlative_subject_read_as_root(doc, LEXICON)
    provided = doc[7]
    assert provided.dep_ == "ROOT" and (doc[5].dep_, doc[5].head.i) == ("nsubj", 7) and (doc[2].dep_, doc[2].head.i) == ("conj", 5)


def test_a_past_verb_read_as_a_root_adjective_is_the_verb() -> None:
    doc = parsed("Haftar's forces, with Russian support, advanced on Tripoli.")
    advanced = next(t for t in doc if t.text == "advanced")
    assert advanced.pos_ == "ADJ"  # the small tagger's reading, which the repair mends
    past_verb_read_as_adjective(doc, LEXICON)
    assert (advanced.pos_, advanced.tag_, advanced.lemma_) == ("VERB", "VBD", "advance")


def test_participle_read_as_noun_becomes_a_clause() -> None:
    doc = parsed("Hundreds of Egyptian soldiers are deployed near Sirte siding with Haftar.")
    participle_read_as_noun(doc, LEXICON)
    siding = next(t for t in doc if t.text == "siding")
    assert siding.pos_ == "VERB" and siding.dep_ == "advcl" and head_of(doc, "Sirte") == "near"


# (repair, a sentence of a near shape the repair must leave as parsed: tags, labels and heads)
LEFT_ALONE_BY = [
    # one group only: the for-phrase may be the role noun's own
    (distributed_for_list_on_role_noun, "Their foreign patrons, Turkey and Qatar for the GNA, continue to fly in materiel."),
    # nothing says whose the shelling is; or no preposition of harm before it
    (attack_gerund_read_as_verb_after_harm, "Civilians were killed by shelling."),
    (attack_gerund_read_as_verb_after_harm, "Haftar's forces were accused of shelling from the hills."),
    # a participle clause with a subordinator of its own
    (set_off_participle_read_as_root, "Haftar, when backed by Egypt, launched a new offensive."),
    # the verb after the aside is read already, or no cue verb follows it
    (adjective_aside_read_as_predicate, "Egypt, hostile to Turkey, backs Haftar."),
    (adjective_aside_read_as_predicate, "Turkey and Qatar, more tolerant of Islamists, are the GNA's backers."),
    # a headline about two armies: the noun after the past form names no one
    (clause_read_as_name_phrase, "Egypt, UAE armed forces in joint drills."),
    # a question's inverted auxiliary is its verb
    (cue_verb_read_as_adverb_after_subject, "Do Turkey and Qatar back the GNA while Egypt and Russia back Haftar?"),
    # a with-phrase not set off by a comma: the names may be the verb's partners
    (absolute_gerund_split_from_with, "Egypt sided with France and Jordan fighting the GNA."),
    # a by-phrase that names a doer stays on its event noun
    (means_gerund_read_on_object, "The UN condemned the attack by the LNA on Tripoli."),
    # a verb with its own subject, and a past form that may be a participle, stay where the parser put them
    (finite_verb_read_as_conjunct_of_noun, "Egypt is worried about the fighting and Turkey backs the GNA."),
    (finite_verb_read_as_conjunct_of_noun, "Egypt warned about the militias and weapons supplied by Turkey."),
    # a participle after "as" and a noun phrase opens no clause of "as"
    (subordinator_read_as_preposition, "Mismari said Turkish ships would be treated as hostile targets, calling Turkey an invader that had sided with the terrorists."),
    (cleft_clause_read_as_complement, "It is clear that Turkey arms the GNA."),  # no focus: an extraposed clause
    (participle_after_trailing_reporter, "Turkish drones struck the base, Russia said, accusing Ankara of escalating."),  # a speech act: the reporter's
    (participle_on_subject_read_as_clausal_subject, "Turkey sending troops to Libya was condemned by Egypt."),  # a name: the gerund's own subject
    # a participle with its by-phrase after the relative clause describes the subject
    (verb_after_subject_relative_clause, "Haftar, who leads the LNA, backed by Sisi and armed by the UAE."),
    # a heavy object shifted after a time phrase set off by commas is the object
    (apposition_read_as_object_after_phrase, "Turkey sent to the GNA, last month, armoured vehicles and drones."),
    (verbless_clause_with_cue, "The UAE's armed drones flew over Tripoli."),  # a verb of its own
    (speech_participle_read_on_reported_clause, "The GNA said Turkish drones had struck the base, killing ten fighters."),  # no verb of saying
    (group_possessor_read_as_conjunct, "Egypt and Turkey's navies were both present off Sirte."),  # no relation noun
    (gerund_read_as_noun_after_with, "The GNA and the LNA agreed on a truce, with fierce fighting continuing."),
    (participle_aside_read_as_verb, "The House of Representatives, meeting in Sirte, said that it approved the government."),  # a verb of its own
    (past_verb_read_as_modifier_before_second_clause, "The heavily armed Haftar forces advanced, and Turkey backed the GNA."),  # no name before it  # no names before it
    (gerund_read_as_noun_after_with, "Turkey sent drones to the GNA, with Qatar's funding."),  # no -ing verb
    (subject_swallowed_by_fronted_phrase, "Egypt, Sudan and Chad agreed to seal the border."),  # no phrase before the list
    (destination_read_on_verb, "Turkey sent two shipments to the GNA last week."),  # a verb of sending reads its own to-phrase
    (gerund_read_as_modifier_of_its_object, "The GNA built a shielding wall around Tripoli."),  # no preposition before it
    (object_after_aside_read_as_next_subject, "France condemned the deployment, and Italy, in a statement, urged Turkey to withdraw."),  # a subject of its own
    (accusation_read_on_aside, "The GNA accused Turkey of sending drones, citing reports of a shipment of arms."),  # the verb's own of-phrase
    (of_read_on_verb_after_control_noun, "Turkey warned Haftar of grave consequences."),  # an object of no control noun
    (assured_of_read_on_object, "Moscow assured the members of the council that it would respect the embargo."),  # the noun's own of-phrase
    (object_read_under_particle, "Haftar's forces fell back from Tripoli."),  # no object under the particle
    (accused_read_as_subject_of_participle, "The GNA said Russian mercenaries based in Jufra laid mines."),  # not a verb of accusing
    (accused_read_as_subject_of_participle, "The LNA accused Turkey of sending drones."),  # an object of its own
    (purpose_read_into_elliptical_condition, "Turkey would act if needed, and it wants to help."),  # no purpose clause in the condition
    (noun_read_as_verb_after_object, "Brussels said asset freezes hurt Russian officials."),  # a verb in -s with its own subject
    (object_after_as_predicate, "Egypt described Turkey as a threat to the region."),  # an as-phrase with its own noun
    # "Tripoli" read as the modifier of "Criminal" as in a designation, but "visit" designates nothing
    (predicate_read_as_name_head, "Turkey visited the Tripoli Criminal."),
    (past_verb_read_as_modifier_of_subject, "The heavily armed Haftar forces advanced."),  # a participle with no object
    (recipient_read_as_modifier_of_aid, "Russia delivered the Pantsir systems to Haftar."),  # a name on the aid itself
    (verb_read_as_noun_after_agent, "The militia funded by the UAE attack force."),  # "attack" cannot be "militia"'s verb
    (prefixed_verb_split, "The co-chairs of the committee met in Tunis."),  # a prefixed noun
    (seat_read_as_verbs_place, "The GNA received weapons from its factory in Misrata."),  # not a role noun
    # a real reduced relative before the reporting verb: no object of its own after its phrase
    (verb_before_fronted_phrase_read_as_modifier, "The weapons supplied by the UAE to the LNA arrived in Benghazi, said the spokesman."),
    (verb_before_fronted_phrase_read_as_modifier, "The Turkish drones shot down over Tarhuna were a blow to the GNA."),
    (object_read_into_fronted_phrase, "Egypt met with Haftar the same day."),  # a time phrase
    (object_read_into_fronted_phrase, "Putin met with army chief Haftar in Moscow."),  # a title, and "meet with"
    # no people in the by-phrase: a manner or an order, not the event's doer
    (by_phrase_to_event_noun, "The GNA condemned the attack by order of the Turkish command."),
    (by_phrase_to_event_noun, "The LNA repelled the assault by means of Russian jammers."),
    (preposition_read_as_adverb, "Egypt is next to Libya."),  # no verb of its own to take it
    (particle_of_nominal_read_on_verb, "The LNA kept the building up for a week."),  # no phrasal cue verb, no of-phrase
    (preposition_read_as_adverb, "Haftar's next move is to attack Tripoli."),  # not an adverb before "to"
    (object_read_into_fronted_phrase, "Erdogan met with his ally, the Qatari emir."),  # an apposition set off by a comma
    (object_read_into_fronted_phrase, "Turkey backed the GNA with drones the LNA could not match."),  # the verb has its object
    (field_after_of_read_as_content, "Turkey and the GNA signed the agreement of the two sides."),  # not a field: a determiner
    (field_after_of_read_as_content, "Turkey signed the memorandum of understanding with the GNA."),  # not a field of cooperation
    (field_after_of_read_as_content, "Egypt stressed the importance of security cooperation with Greece."),  # not a deal
    # the verb is a cue of its own with that preposition ("blame X on Y"), or carries the noun ("sent support to")
    (noun_prep_read_on_verb, "The GNA blamed the attack on Haftar's forces."),
    (noun_prep_read_on_verb, "Russia sent support to the LNA."),
    # a verb of motion takes "to"; an object that is no place is the preposition's
    (place_after_goal_preposition, "Thousands took to the streets of Tripoli."),
    (place_after_goal_preposition, "The GNA entered into talks with the LNA in Geneva."),
    (noun_prep_read_on_verb, "Russia sent the support of its air force to the LNA."),  # a verb of sending keeps it
    (noun_prep_read_on_verb, "Egypt explained the position of Cairo to the GNA."),  # no cue noun taking "to"
    (noun_prep_read_on_verb, "The minister spoke about the attack to reporters in Tripoli."),  # "attack" takes no "to"
    (noun_prep_read_on_verb, "The GNA relied on Turkish support to repel the LNA."),  # an infinitive, no preposition
    # a second object with no name joined to it: not a list of names
    (list_read_as_second_object, "Turkey gave drones to the GNA, money and arms."),
    # the second name is the first phrase's own (no phrase after it), or its phrase has another preposition
    (object_and_phrase_pair_read_into_first_phrase, "The GNA accused the UAE of arming Haftar and Russia."),
    (object_and_phrase_pair_read_into_first_phrase, "The GNA accused the UAE of bombing Tripoli and Misrata in April."),
    (object_and_phrase_pair_read_into_first_phrase, "The UN held talks with Haftar in Benghazi and in Tripoli."),
    # a relative clause whose verb has an object of its own, or no cue verb after the names
    (object_relative_read_as_noun_phrase, "Haftar, whom the UAE trusts, rejected the truce."),
    (object_relative_read_as_noun_phrase, "The war, which the UAE fuels, goes on."),
    # an adjective in -ing that is no cue after "of", or an "of" no verb of accusing governs
    (gerund_read_as_modifier_after_of, "Turkey warned Egypt of rising tensions in Sirte."),
    (gerund_read_as_modifier_after_of, "The GNA spoke of flying drones over Tripoli."),
    # the object's phrase ends in a noun, or the verb designates nothing
    (predicate_read_into_object_phrase, "Italy called the attack on Tripoli a crime."),
    (predicate_read_into_object_phrase, "Italy condemned the attack on Tripoli by Haftar."),
    # a verb of its own follows the phrase: a modifier after all
    (clause_after_semicolon_read_as_noun_phrase, "The talks collapsed; the GNA-backed forces retook the town."),
    (clause_after_semicolon_read_as_noun_phrase, "The talks collapsed; the Haftar allied militias retook the town."),
    # a group noun with an of-phrase that names no act is one noun phrase
    (object_and_phrase_pair_read_into_first_phrase, "The GNA accused Egypt of arming Haftar and the Wagner group of fighters."),
    # a participle with its by-phrase after the aside describes the name; the main verb comes later
    (subject_before_aside, "Haftar, a former Gaddafi general, backed by Egypt and the UAE, launched an offensive on Tripoli."),
    # English verb-first forms: a participle clause set off by a comma, an order, a question
    (verb_first_phrases, "Deployed in Sirte, Russian mercenaries guard the oil fields."),
    (verb_first_phrases, "Condemn the attack on the embassy, the minister urged."),
    (verb_first_phrases, "Told the minister that the army would withdraw, the spokesman said."),
    # the one warned, with what he is warned against; a participle clause; "said" read as the root already
    (reporter_before_speaker, "The army massed troops on the border, warned the militias against advancing."),
    (reporter_before_speaker, "The army shelled the airport, angering the foreign minister."),
    (reporter_before_speaker, "The militias shelled the airport, said the foreign minister."),
]


@pytest.mark.parametrize(
    "text, body",
    [
        ("Tripoli denounced the brigades of invasion of the LNA.", "brigades"),
        ("Tripoli firmly accused the militias of terror of the LNA of shelling the port.", "militias"),
        ("The army of occupation of Turkey shelled Tarhuna, Mesmari said.", "army"),
        ("Cairo said that the gangs of treachery of the Accord government had attacked Sirte.", "gangs"),
        ("Haftar, the rebel, hit the brigades of defence of Sarraj and of Erdogan.", "brigades"),
    ],
)
def test_the_owner_after_a_quality_noun_is_the_armed_bodys(text: str, body: str) -> None:
    doc = parsed(text)
    owner_read_on_quality_noun(doc, LEXICON)
    second_of = [t for t in doc if t.lower_ == "of"][1]
    assert second_of.head.text == body


@pytest.mark.parametrize(
    "text",
    [
        "The GNA condemned the forces of the aggression of Haftar.",  # a determiner: a noun phrase of its own
        "Egypt demanded the end of aggression of Haftar.",  # no armed body
        "The GNA condemned the forces of brutal aggression of Haftar.",  # a modifier of its own
        "The UN counted the fighters of Misrata of all ages.",  # no one named as owner
    ],
)
def test_a_quality_noun_with_words_of_its_own_keeps_its_of_phrase(text: str) -> None:
    assert_leaves_alone(owner_read_on_quality_noun, parsed(text))


@pytest.mark.parametrize(
    "text, participle, head",
    [
        ("The GNA and mercenaries supporting Haftar are clashing near Tripoli.", "supporting", "mercenaries"),
        ("Turkey and militias backing the GNA signed nothing.", "backing", "militias"),
        ("The town was shelled by Wagner mercenaries and Sudanese fighters supporting Haftar.", "supporting", "mercenaries"),
        ("Egyptian officers and Emirati pilots helping the LNA were seen in Jufra.", "helping", "officers"),
        ("Cairo said Turkish officers and Syrian mercenaries backing the GNA had reached Sirte.", "backing", "officers"),
    ],
)
def test_a_participle_after_a_list_of_bare_plurals_describes_the_list(text: str, participle: str, head: str) -> None:
    doc = parsed(text)
    participle_on_last_of_bare_plurals(doc, LEXICON)
    assert head_of(doc, participle) == head


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish drones and the Syrian fighters supporting the GNA were not seen.",  # articles
        "Russian diplomats and fighters, supporting Haftar, were seen.",  # set off by a comma
    ],
)
def test_a_participle_after_a_list_with_articles_stays_on_the_last(text: str) -> None:
    assert_leaves_alone(participle_on_last_of_bare_plurals, parsed(text))


@pytest.mark.parametrize(
    "text, gerund, subject",
    [
        ("Sisi stressed Egypt's standing by the Libyan National Army.", "standing", "Egypt"),
        ("Ankara confirmed its standing with the GNA, a spokesman said.", "standing", "its"),
        ("The minister reiterated Qatar's siding with the GNA in Tripoli.", "siding", "Qatar"),
    ],
)
def test_a_possessive_gerund_of_a_prep_cue_is_the_verb(text: str, gerund: str, subject: str) -> None:
    doc = parsed(text)
    possessive_gerund_of_prep_cue(doc, LEXICON)
    word = next(t for t in doc if t.text == gerund)
    assert word.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.text == subject for c in word.children)


@pytest.mark.parametrize("text", ["Turkey's standing in Libya is strong.", "Egypt's standing among Arab states grew.", "The standing by the door is empty."])
def test_a_gerund_without_a_cue_prep_or_owner_stays_a_noun(text: str) -> None:
    doc = parsed(text)
    before = [(t.pos_, t.dep_, t.head.i) for t in doc]
    possessive_gerund_of_prep_cue(doc, LEXICON)
    assert [(t.pos_, t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize("repair,text", LEFT_ALONE_BY, ids=[f"{r.__name__}:{t[:40]}" for r, t in LEFT_ALONE_BY])
def test_a_near_shape_is_left_alone(repair, text: str) -> None:
    doc = parsed(text)
    before = [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    repair(doc, LEXICON)
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == before


# Parses that are right already: no repair may change a single arc.
UNTOUCHED = [
    "Egypt, which borders Libya, is a key player.",
    "Attacks by the GNA on Monday failed.",
    "Turkey strikes the LNA.",
    "Egypt criticised Turkey's support for the GNA and its militias.",
    "Egypt and UAE forces attacked Tripoli.",
    "The GNA's Turkish and Qatari allies condemned the attack.",
    "The LNA was repelled by the GNA on Monday.",
    "The talks were held by phone.",
    "Turkey discussed the crisis by phone with Russia.",
    "Backed by Egypt and the UAE, Haftar launched an offensive.",
    "He said three things: peace, bread and work.",
    "Report: UAE using Chinese drones in Libya",
    "Russia, in a surprise move, condemned Haftar.",
    "Haftar's forces captured the base from the GNA.",
    "Clashes erupted between the GNA and the LNA near Sirte.",
    "Egypt said it backs Haftar.",
    "The militias loyal to Haftar withdrew.",
    "The UAE quietly backs Haftar.",
    "Egypt's support for the embattled Haftar.",
    "Egypt's support for the Haftar backed militias.",
    "The UN-backed government rejected the cease-fire.",
    "Turkey, Qatar and Italy are backed by the UN.",
    "The GNA, Turkey's ally, was backed by Ankara.",
    "Talks with Egypt, Jordan and Sudan resumed.",
    "Egypt met Jordan last spring in Cairo.",
    "The offensive of last spring failed.",
    "Turkish drones delivered to the GNA turned the tide.",
    "The UAE, a backer of Haftar, Sudan and Chad, denied the report.",
    "The GNA and the LNA, the two rival camps, met in Tunis.",
    "Turkey, a key player in the conflict, deployed troops.",
    "Haftar, backed by Egypt, met Macron.",
    "Haftar, a rival of Sarraj backed by Turkey, met Macron.",
    "Turkey deployed troops last spring to Libya.",
    "The tired soldiers by the road waited.",
    "The leader of Egypt's army spoke.",
    "Armed by Egypt, Russia, and the UAE, the LNA pushed west.",
    "After a week of heavy fighting around the coastal towns, the talks resumed.",
    "Russia gave military support to the LNA against the GNA.",
    "A number of analysts attended the talks.",
    "Turkey signed a maritime deal with the GNA.",
    "Nobody knows what Turkey wants in Libya, he said.",
    "Egypt discussed the crisis with its own army in mind.",
    "The series of articles ended with a round of applause.",
    "Haftar won the support of Egypt, a key player.",
    "The GNA gained ground, the key to its support.",
    "Greece said Turkey had violated the law and accused the GNA of complicity.",
    "Haftar attacked the GNA, backed by Egyptian jets.",
    "Egypt hosted the LNA, backed by Russia, funded by the UAE.",
    "Haftar met the envoy of the GNA, backed by the UN, in Rome.",
    "Weapons supplied by the UAE to the LNA.",
    "Haftar forces backed in secret by Egypt",
    "Turkish drones sent in May to the GNA.",
    "Mercenaries paid in cash by the UAE.",
    "Talks between the GNA and the LNA, mediated by Egypt, resumed in Cairo.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_a_right_parse_is_left_alone(text: str) -> None:
    assert_leaves_alone(repair_parse, parsed(text))


# End to end: the relation the repaired shape states, in sentences of the same shapes.
EDGES = [
    ("The LNA announced the shooting down of a Turkish drone over Misrata.", ("LNA", "opposition", "Turkey")),
    ("Sudanese forces are fighting next to the forces of Haftar.", ("Sudan", "support", "LNA")),
    ("Turkey will continue standing next to the GNA.", ("Turkey", "support", "GNA")),
    ("The Turkish drones targeted with missiles the LNA positions in Tarhuna, said the ministry.", ("Turkey", "opposition", "LNA")),
    ("Dendias met in Benghazi the commander Haftar to discuss the ceasefire.", ("Greece", "mediation", "LNA")),
    ("Ankara and Tripoli signed the agreement of security and military cooperation in Istanbul.", ("Turkey", "support", "GNA")),
    ("Qatar signed in Doha the agreement of defence cooperation with the GNA.", ("Qatar", "support", "GNA")),
    ("The Libyan Arab Armed Forces targeted with precise air strikes a Turkish frigate in the port of Misrata.", ("LNA", "opposition", "Turkey")),
    ("The Libyan National Army targeted with the Grad missiles a Turkish frigate in the port, said the General Command.", ("LNA", "opposition", "Turkey")),
    ("Haftar's forces shelled with heavy artillery the positions of the GNA south of Tripoli, the ministry said.", ("LNA", "opposition", "GNA")),
    ("Italy quietly hosted talks with Haftar on one side and the GNA on the other.", ("Italy", "mediation", "GNA")),
    ("In Moscow, Lavrov held talks with delegations of Marshal Haftar on one side and the head of the GNA on the other.", ("Russia", "mediation", "GNA")),
    ("The LNA beat back a fresh assault by GNA militias near Tarhuna.", ("LNA", "opposition", "GNA")),
    ("Sarraj's forces came under a fresh assault overnight by the LNA.", ("LNA", "opposition", "GNA")),
    ("Trained by Russia, Egypt and the UAE, the LNA and its allies marched on Tripoli.", ("Russia", "support", "LNA")),
    ("Fighting erupted between the GNA and fighters loyal to Haftar.", ("GNA", "opposition", "LNA")),
    ("Egypt backs Haftar and Qatar funds the GNA.", ("Qatar", "support", "GNA")),
    ("Moscow supports the LNA and Ankara backs the GNA.", ("Turkey", "support", "GNA")),
    ("Rome chose to openly back the GNA.", ("Italy", "support", "GNA")),
    ("Ankara moved frigates to Misrata in order to protect the GNA.", ("Turkey", "support", "GNA")),
    ("Qatar arms Sarraj alongside Turkey.", ("Turkey", "support", "GNA")),
    ("Algeria says it may intervene should the UAE attack Tunisia.", ("Algeria", "opposition", "UAE")),
    ("Algeria and Tunisia back Sarraj, officials said.", ("Tunisia", "support", "GNA")),
    ("Sirte saw heavy fighting between the GNA, led by Sarraj, and fighters loyal to Haftar.", ("GNA", "opposition", "LNA")),
    ("The town was the scene of clashes last month between Turkish troops and the LNA.", ("Turkey", "opposition", "LNA")),
    ("The GNA said it beat back an assault on the airport by Haftar's forces.", ("GNA", "opposition", "LNA")),
    ("Paris's support of Haftar angered Rome.", ("France", "support", "LNA")),
    ("The LNA mounted a counter-offensive against Turkish troops.", ("LNA", "opposition", "Turkey")),
    ("Moscow's backing for the LNA alarmed Algeria.", ("Russia", "support", "LNA")),
    ("Sarraj, Qatar and Italy are backed by Turkey.", ("Turkey", "support", "GNA")),
    ("Egypt held talks with the GNA, Tunisia, Algeria and Niger on the border.", ("Egypt", "mediation", "GNA")),
    ("Russian jets supplied to the LNA, Chad, and Sudan changed the balance.", ("Russia", "support", "Sudan")),
    ("Jets sent quietly by Moscow to the LNA changed the balance.", ("Russia", "support", "LNA")),
    ("The LNA's assault in recent months against the GNA stalled.", ("LNA", "opposition", "GNA")),
    ("Egypt backed Haftar, the Wagner group and Chad for years against the GNA.", ("LNA", "opposition", "GNA")),
    ("Fighting between the LNA, an old foe of Tripoli, and the GNA resumed.", ("LNA", "opposition", "GNA")),
    ("Greece denounced the deal signed by Ankara, a regional power, and the GNA.", ("Greece", "opposition", "Turkey")),
    ("The GNA enjoys the backing of Ankara, its closest ally, and Doha.", ("Qatar", "support", "GNA")),
    ("Egypt arms Haftar, the eastern commander, alongside the UAE.", ("UAE", "support", "LNA")),
    ("Egypt, a key player in the conflict, deployed armoured units to shield the LNA.", ("Egypt", "support", "LNA")),
    ("Egypt, Jordan, Sudan, and Bahamas back Haftar.", ("Bahamas", "support", "LNA")),
    ("Moscow, Cairo and Amman back Haftar and Doha supports Sarraj.", ("Qatar", "support", "GNA")),
    ("Rabat, Tunis and Algiers back Sarraj and Abu Dhabi openly funds Haftar.", ("UAE", "support", "LNA")),
    ("Ankara and Doha back the GNA.", ("Qatar", "support", "GNA")),
    ("Funded mainly by Qatar, the GNA held the capital.", ("Qatar", "support", "GNA")),
    ("Foreign fighters fight for the LAAF against Sarraj.", ("LNA", "opposition", "GNA")),
    ("Egypt gave air support to the LAAF against the GNA.", ("LNA", "opposition", "GNA")),
    ("Rome supports Sarraj jointly reportedly with Ankara.", ("Turkey", "support", "GNA")),
    ("Russian jets over Tripoli would cross a red line last spring for Ankara.", ("Turkey", "opposition", "Russia")),
    ("The conflict pits the GNA, backed by Turkey and Qatar, against Haftar, backed by the UAE, Egypt and Russia.", ("Russia", "support", "LNA")),
    ("Macron said Turkey was playing a dangerous game in Libya and accused Ankara of criminal responsibility.", ("France", "opposition", "Turkey")),
    ("Talks between the GNA and the LNA, mediated by Egypt, resumed in Cairo.", ("Egypt", "mediation", "GNA")),
]


@pytest.mark.parametrize("text,edge", EDGES, ids=[t[:50] for t, _ in EDGES])
def test_repaired_shapes_give_their_edge(text: str, edge: tuple[str, str, str]) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    unordered = found | {(b, r, a) for a, r, b in found if r != "support"}
    assert edge in unordered, found


@pytest.mark.parametrize(
    "text,word",
    [("Egypt is opposed to Turkey.", "opposed"), ("The warring parties met in Geneva.", "warring"), ("Cairo is allied with Haftar.", "allied")],
)
def test_adjective_read_as_participle_becomes_the_adjective(text: str, word: str) -> None:
    from extract.parse_repair import participle_adjective

    doc = parsed(text)
    participle_adjective(doc, LEXICON)
    assert next(t for t in doc if t.text == word).pos_ == "ADJ"


def test_a_capitalised_name_in_a_list_is_a_name() -> None:
    doc = parsed("Egypt, China, Paraguay, and Bahamas back Haftar.")
    capitalised_list_member(doc, LEXICON)
    assert next(t for t in doc if t.text == "Bahamas").pos_ == "PROPN"
    doc = parsed("Egypt sent tanks, planes and Hummers.")  # a common noun's conjunct stays a noun
    capitalised_list_member(doc, LEXICON)
    assert next(t for t in doc if t.text == "Hummers").pos_ != "PROPN"


# A participle set off after an apposition describes the name the apposition is on: its backer is not
# the apposition's name's backer (a negative case of relative-clause).
@pytest.mark.parametrize(
    "text,edge,not_edge",
    [
        ("Haftar, a rival of Sarraj, backed by Sisi, met Macron.", ("Egypt", "support", "LNA"), ("Egypt", "support", "GNA")),
        ("Sarraj, an enemy of Haftar, supported by Erdogan, visited Rome.", ("Turkey", "support", "GNA"), ("Turkey", "support", "LNA")),
    ],
)
def test_a_participle_after_an_apposition_describes_its_host(text: str, edge: tuple, not_edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found and not_edge not in found, found


def test_a_list_before_back_and_a_second_clause_keeps_the_sides_apart() -> None:
    """"A, B and C back X and D supports Y": nobody in the list backs Y (the hazard of one long subject)."""
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations("Moscow, Cairo and Amman back Haftar and Doha supports Sarraj.").itertuples()}
    assert ("Russia", "support", "LNA") in found and ("Qatar", "support", "GNA") in found
    assert not any(b == "GNA" and a != "Qatar" for a, _, b in found), found


@pytest.mark.parametrize(
    "text,edges",
    [
        ("Egypt arms Haftar and Qatar funds the GNA.", {("Egypt", "support", "LNA"), ("Qatar", "support", "GNA")}),
        ("Egypt arms Haftar, while Qatar quietly funds the GNA.", {("Egypt", "support", "LNA"), ("Qatar", "support", "GNA")}),
        ("Egypt arms Haftar, and Qatar funds the GNA.", {("Egypt", "support", "LNA"), ("Qatar", "support", "GNA")}),
        ("The UAE arms Haftar and Turkey backs the Government of National Accord.", {("UAE", "support", "LNA"), ("Turkey", "support", "GNA")}),
        # both cue verbs read as plural nouns, the whole sentence one noun phrase
        ("Egypt arms Haftar and Qatar funds Siala, Sarraj's minister.", {("Egypt", "support", "LNA"), ("Qatar", "support", "GNA")}),
        ("Egypt arms Haftar and Qatar has long been funding the GNA.", {("Egypt", "support", "LNA"), ("Qatar", "support", "GNA")}),
        # the second clause states nothing: the first keeps its own object
        ("Egypt arms Haftar and Qatar says nothing.", {("Egypt", "support", "LNA")}),
        # an apposition or an aside on a subject or an object; lists on either side of the divide
        ("Chad, a key player in the region, supplies Haftar and Oman funds the GNA.", {("Chad", "support", "LNA"), ("Oman", "support", "GNA")}),
        ("Chad supplies Haftar (officials say) and Oman, a quiet partner, funds the GNA.", {("Chad", "support", "LNA"), ("Oman", "support", "GNA")}),
        ("Sudan arms Haftar and Oman and Kuwait fund Sarraj.", {("Sudan", "support", "LNA"), ("Oman", "support", "GNA"), ("Kuwait", "support", "GNA")}),
        ("Sudan arms Haftar, Chad and Niger and Oman and Kuwait fund Sarraj.", {("Sudan", "support", s) for s in ("LNA", "Chad", "Niger")} | {("Oman", "support", "GNA"), ("Kuwait", "support", "GNA")}),
        ("Sudan arms Haftar and Chad and Oman funds Sarraj.", {("Sudan", "support", "LNA"), ("Sudan", "support", "Chad"), ("Oman", "support", "GNA")}),
        # a subject list and an adverb before the first verb, a list after "while", the second verb read as a noun
        ("Egypt, Jordan and the UAE openly arm Haftar while Qatar and Turkey fund Sarraj.", {(a, "support", "LNA") for a in ("Egypt", "Jordan", "UAE")} | {("Qatar", "support", "GNA"), ("Turkey", "support", "GNA")}),
        ("Egypt quietly arms Haftar and Qatar funds the GNA.", {("Egypt", "support", "LNA"), ("Qatar", "support", "GNA")}),
    ],
)
def test_two_clauses_joined_by_and_keep_their_own_subjects(text: str, edges: set) -> None:
    """"Egypt arms Haftar and Qatar funds the GNA": the second clause's object is never credited to
    the first subject (two_clauses_read_as_one), whichever way the tagger read the first verb."""
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert found == edges


@pytest.mark.parametrize(
    "text,edges",
    [
        # an aside, a bracket or an apposition on the list's first name
        ("Moscow (as expected), Cairo and Amman back Haftar and Doha supports Sarraj.", {("Russia", "support", "LNA"), ("Egypt", "support", "LNA"), ("Jordan", "support", "LNA"), ("Qatar", "support", "GNA")}),
        ("Russia, a key player in the conflict, Egypt and the UAE have armed Haftar.", {("Russia", "support", "LNA"), ("Egypt", "support", "LNA"), ("UAE", "support", "LNA")}),
        # an adverb before the verb; a demonym and its noun as a member
        ("Paris, Cairo and Amman openly back Haftar and Ankara arms Sarraj.", {("France", "support", "LNA"), ("Egypt", "support", "LNA"), ("Jordan", "support", "LNA"), ("Turkey", "support", "GNA")}),
        ("Russian officials, Cairo and Abu Dhabi back Haftar and Qatari officials support Sarraj.", {("Russia", "support", "LNA"), ("Egypt", "support", "LNA"), ("UAE", "support", "LNA"), ("Qatar", "support", "GNA")}),
        # a fronted phrase before the list; a list of objects before the next clause
        ("On Monday, Chad, Sudan and Jordan back Haftar and Turkey backs Sarraj.", {("Chad", "support", "LNA"), ("Sudan", "support", "LNA"), ("Jordan", "support", "LNA"), ("Turkey", "support", "GNA")}),
        ("Paris, Cairo and Amman back Haftar, Chad and Niger and the State of Qatar supports Sarraj.", {(a, "support", b) for a in ("France", "Egypt", "Jordan") for b in ("LNA", "Chad", "Niger")} | {("Qatar", "support", "GNA")}),
        # the first verb completes another ("continue to", "want to") or sits in reported speech
        ("Egypt wants to back Haftar and Qatar backs Sarraj.", {("Egypt", "support", "LNA"), ("Qatar", "support", "GNA")}),
        ("Paris, Cairo and Amman continue to back Haftar and Doha supports Sarraj.", {("France", "support", "LNA"), ("Egypt", "support", "LNA"), ("Jordan", "support", "LNA"), ("Qatar", "support", "GNA")}),
        ("Egypt said it backs Haftar and Turkey warned Egypt.", {("Egypt", "support", "LNA"), ("Turkey", "opposition", "Egypt")}),
        # negative: one list, one verb, one object: nothing more
        ("Moscow (as expected), Cairo and Amman back Haftar.", {("Russia", "support", "LNA"), ("Egypt", "support", "LNA"), ("Jordan", "support", "LNA")}),
    ],
)
def test_a_list_before_the_first_verb_keeps_each_clause_to_itself(text: str, edges: set) -> None:
    """A subject list (with asides, appositions, adverbs, a fronted phrase), a cue verb, its objects,
    "and" and a second clause: each clause's subject gets its own object, never the other's."""
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert found == edges, (edges - found, found - edges)


@pytest.mark.parametrize("text", ["Egypt wants to back Haftar and Qatar backs Sarraj.", "Russia wants to arm Haftar and Turkey backs Sarraj."])
def test_a_finite_verb_read_as_the_first_verbs_object_is_the_next_clause(text: str) -> None:
    """finite_verb_read_as_object, after object_taken_as_next_subject has given the second verb its
    subject: the second verb is the first clause's conjunct and the name after it its object."""
    raw = parsed(text)
    second = next(t for t in raw if t.tag_ == "VBZ" and t.i > 3)
    assert second.dep_ in ("dobj", "conj", "ccomp"), "the parser reads this sentence right now: pick another"
    doc = repair_parse(parsed(text), LEXICON)
    verb, obj = doc[second.i], doc[second.i + 1]
    assert verb.dep_ == "conj" and verb.head.lemma_ in ("want", "mean")
    assert obj.head.i == verb.i and obj.dep_ == "dobj"


def test_a_real_passive_participle_stays_a_verb() -> None:
    from extract.parse_repair import participle_adjective

    doc = parsed("Egypt was opposed by Turkey.")
    participle_adjective(doc, LEXICON)
    assert next(t for t in doc if t.text == "opposed").pos_ == "VERB"


@pytest.mark.parametrize(
    "text,names",
    [
        ("Russia, Morocco, and Spain urged Haftar to sign the ceasefire.", ["Russia", "Morocco", "Spain"]),
        ("Turkey, Qatar and the United Kingdom held talks with the GNA.", ["Turkey", "Qatar", "United Kingdom"]),
        ("Egypt, Jordan, Bahrain and Sudan back Haftar, officials said.", ["Egypt", "Jordan", "Bahrain", "Sudan"]),
    ],
)
def test_a_list_of_names_before_the_verb_is_its_subject(text: str, names: list[str]) -> None:
    from extract.pipeline import extract_relations

    rows = extract_relations(text)
    assert set(names) <= set(rows.actor1) | set(rows.actor2), rows[["actor1", "relation", "actor2"]]


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Haftar (as diplomats expected) is backed by Egypt and Russia.", ("Russia", "support", "LNA")),
        ("The UAE (according to two diplomats) supplied drones to Haftar.", ("UAE", "support", "LNA")),
        ("The Government of National Accord (GNA) is backed by Turkey.", ("Turkey", "support", "GNA")),
    ],
)
def test_a_bracketed_aside_without_names_is_read_past(text: str, edge: tuple[str, str, str]) -> None:
    from extract.pipeline import extract_relations

    rows = extract_relations(text)
    assert edge in {(r.actor1, r.relation, r.actor2) for r in rows.itertuples()}
    assert all(text[r.start : r.end] == r.evidence for r in rows.itertuples())


@pytest.mark.parametrize(
    "text,subject,verb",
    [
        ("The LAAF engaged in negotiations with the GNA over a ceasefire.", "LAAF", "engaged"),
        ("The LAAF accused Turkey of sending mercenaries to Tripoli.", "LAAF", "accused"),
    ],
)
def test_a_name_read_as_an_auxiliary_is_the_subject(text: str, subject: str, verb: str) -> None:
    """name_read_as_auxiliary needs the names tagged first, as the extractor does (MentionFinder.tag_names)."""
    doc = repaired(text)
    assert attachment(doc, subject) == ("nsubj", verb)
    assert next(t for t in doc if t.text == verb).tag_ == "VBD"


def attachment(doc: Doc, word: str) -> tuple[str, str]:
    """The label and head of the first token written `word`."""
    token = next(t for t in doc if t.text == word)
    return token.dep_, token.head.text


@pytest.mark.parametrize(
    "text,name,head,dep",
    [
        # the last of a subject list, and its clause active again
        ("The GNA and the LAAF welcomed the plan.", "LAAF", "GNA", "conj"),
        ("Both the GNA and the LAAF welcomed a UN call for a humanitarian truce.", "LAAF", "GNA", "conj"),
        # the article the parser made the subject is the name's
        ("The LAAF held indirect talks with Sarraj.", "LAAF", "held", "nsubj"),
    ],
)
def test_a_name_read_as_an_auxiliary_ends_the_subject_or_takes_its_article(text: str, name: str, head: str, dep: str) -> None:
    doc = repaired(text)  # the names tagged first, as the extractor does
    token = next(t for t in doc if t.text == name)
    assert (token.dep_, token.head.text) == (dep, head)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert not any(c.dep_ in ("nsubjpass", "oprd", "auxpass") for c in verb.children)
    assert all(t.dep_ == "det" for t in doc if t.lower_ == "the")


@pytest.mark.parametrize(
    "text,word,head",
    [
        # three demonyms on a noun, the first read as the phrase's head (the dictionary's names tagged first)
        ("Haftar advanced on Tripoli with Emirati, Egyptian and Russian help.", "Emirati", "help"),
        # a one-word name and a demonym on a cue noun
        ("The talks were held under UN and Egyptian sponsorship.", "UN", "sponsorship"),
        # a name and a demonym before a noun that is no cue: two phrases, as parsed
        ("Egypt and Emirati officers met in Cairo.", "officers", "Egypt"),
    ],
)
def test_demonyms_before_a_noun_modify_it(text: str, word: str, head: str) -> None:
    assert head_of(repaired(text), word) == head


def test_demonyms_after_with_make_no_absolute_clause() -> None:
    """"with Turkish backing" is a noun phrase, in the extractor's parse (the dictionary's names tagged first); "with
    Turkey backing the GNA" is a clause."""
    backing = next(t for t in repaired("The GNA repelled the offensive with Turkish backing.") if t.text == "backing")
    assert (backing.pos_, backing.dep_) == ("NOUN", "pobj")
    backing = next(t for t in repaired("With Turkey backing the GNA, Egypt worried.") if t.text == "backing")
    assert backing.pos_ == "VERB"


def test_repairs_run_through_repair_parse_as_alone() -> None:
    """The trigger-word gates of repair_parse never keep a repair from a sentence it mends."""
    for repair, text, word, head in REPAIRED:
        doc = parsed(text)
        repair_parse(doc, LEXICON)
        assert head_of(doc, word) == head, (repair.__name__, text)
    doc = parsed("Hundreds of Egyptian soldiers are deployed near Sirte siding with Haftar.")
    repair_parse(doc, LEXICON)
    assert next(t for t in doc if t.text == "siding").pos_ == "VERB"


@pytest.mark.parametrize(
    "text, subject, verb",
    [
        ("While Turkey backs the GNA, Egypt and the UAE support Haftar.", "Egypt", "support"),
        ("France denies backing Haftar but Italy openly supports the GNA.", "Italy", "supports"),
        ("Turkey supports the GNA; Russia, by contrast, backs Haftar.", "Russia", "backs"),
        ("Egypt supplied arms to the LNA and Turkey sent ships.", "Turkey", "sent"),
    ],
)
def test_subject_read_as_object_tail_goes_to_its_verb(text: str, subject: str, verb: str) -> None:
    from extract.parse_repair import repair_parse
    from extract.pipeline import default_extractor

    extractor = default_extractor()
    doc = repair_parse(extractor.nlp(text), extractor.lexicon)
    token = next(t for t in doc if t.text == subject)
    assert token.dep_ == "nsubj" and token.head.text == verb


def test_subject_read_as_object_tail_leaves_a_true_object_list_alone() -> None:
    from extract.parse_repair import repair_parse
    from extract.pipeline import default_extractor

    extractor = default_extractor()
    doc = repair_parse(extractor.nlp("Turkey backs the GNA, Qatar and Italy."), extractor.lexicon)
    assert next(t for t in doc if t.text == "Qatar").dep_ == "conj"


@pytest.mark.parametrize(
    "text,moved",
    [
        ("Macron said Turkey was playing a dangerous game in Libya and accused Ankara of criminal responsibility.", True),
        ("Egypt said Haftar was defending Libya and urged the LNA to hold talks.", True),
        ("Greece said Turkey had violated the law and accused the GNA of complicity.", False),
    ],
)
def test_a_second_verb_whose_object_is_the_inner_subjects_actor_is_the_speakers(text: str, moved: bool) -> None:
    # The dictionary's names (tagged before the repairs) say "Ankara" is Turkey and Haftar the LNA's.
    doc = repaired(text)
    second = next(t for t in doc if t.lower_ in ("accused", "urged"))
    assert (second.head.lower_ == "said") is moved


# Translated press: verb-first clauses, a topic fronted with a pronoun left in its place, a second by-phrase
# after "and also". The dictionary's names (tagged before the repairs) say which phrase names an actor.
@pytest.mark.parametrize(
    "text,subject,verb,obj",
    [
        ("Denounced Algeria the Turkish intervention in Libya.", "Algeria", "Denounced", "intervention"),
        ("Condemned strongly the Government of National Accord the shelling of Tripoli by Haftar.", "Government", "Condemned", "shelling"),
        ("Signed Ankara and the GNA on Wednesday a memorandum of security cooperation.", "Ankara", "Signed", "memorandum"),
        ("Accused the Egyptian Foreign Ministry Turkey of sending mercenaries to Libya.", "Ministry", "Accused", "Turkey"),
        ("Firmly rejected the Government of National Accord the Cairo initiative of Sisi.", "Government", "rejected", "initiative"),
        ("Last spring, denounced Algeria the Turkish intervention in Libya.", "Algeria", "denounced", "intervention"),
        ("Denounced Abdelmadjid Tebboune the Turkish intervention in Libya.", "Tebboune", "Denounced", "intervention"),
    ],
)
def test_a_verb_first_clause_has_its_subject_and_object(text: str, subject: str, verb: str, obj: str) -> None:
    assert_clause(repaired(text), subject, verb, obj)


def assert_clause(doc: Doc, subject: str, verb: str, obj: str) -> None:
    """The verb heads the sentence, with the subject and the object its own."""
    token = {t.text: t for t in doc}
    assert token[verb].dep_ == "ROOT"
    assert (token[subject].dep_, token[subject].head.text) == ("nsubj", verb)
    assert (token[obj].dep_, token[obj].head.text) == ("dobj", verb)


@pytest.mark.parametrize(
    "text",
    [
        "Backed by Turkey, the GNA pushed the LNA out of Tripoli.",  # a participle clause of its own
        "Armed UAE drones struck the GNA positions.",  # an adjective on the first noun
        "Back the GNA, Erdogan told NATO.",  # an order: the base form
        "Condemned Haftar's attack on Tripoli, the GNA said.",  # one object and a comma: no subject after the verb
    ],
)
def test_a_sentence_opening_with_a_participle_or_an_order_is_no_verb_first_clause(text: str) -> None:
    from extract.pipeline import default_extractor

    extractor = default_extractor()
    doc = correct_lemmas(extractor.finder.tag_names(extractor.nlp(text)), extractor.lexicon)
    assert_leaves_alone(verb_first_clause, doc, extractor.lexicon)


@pytest.mark.parametrize(
    "text,topic,verb",
    [
        ("The aggression on Tripoli launched by Haftar, the GNA condemned it strongly.", "aggression", "condemned"),
        ("The Turkish intervention in Libya, Egypt rejects it completely.", "intervention", "rejects"),
        ("The Emirati drone strikes on Misrata, Turkey condemned them firmly.", "strikes", "condemned"),
        ("On Tuesday, the Turkish intervention in Libya, the Arab Republic of Egypt rejects it completely.", "intervention", "rejects"),
        ("The Turkish intervention in Libya, Sisi rejects it completely.", "intervention", "rejects"),
        ("Haftar, the GNA will fight him to the end.", "Haftar", "fight"),
        ("The Russian mercenaries, Washington accused Moscow of sending them to Libya.", "mercenaries", "sending"),
    ],
)
def test_a_fronted_topic_with_a_pronoun_in_its_place_is_the_object(text: str, topic: str, verb: str) -> None:
    doc = repaired(text)
    token = next(t for t in doc if t.text == topic)
    assert (token.dep_, token.head.text) == ("dobj", verb)


@pytest.mark.parametrize(
    "text",
    [
        "Last week, the GNA condemned it.",  # a time phrase
        "Haftar, the GNA said it would never negotiate.",  # the pronoun is a subject
        "The Turkish drones, the LNA said, destroyed it.",  # the comma opens an aside, not a clause with the pronoun
    ],
)
def test_a_phrase_before_a_comma_that_is_no_topic_is_left_alone(text: str) -> None:
    from extract.pipeline import default_extractor

    extractor = default_extractor()
    doc = correct_lemmas(extractor.finder.tag_names(extractor.nlp(text)), extractor.lexicon)
    assert_leaves_alone(fronted_object_with_pronoun, doc, extractor.lexicon)


@pytest.mark.parametrize(
    "text,second",
    [
        ("Haftar's offensive, which was backed by the UAE and also by Egypt, failed.", "Egypt"),
        ("Haftar's offensive was condemned by the GNA and later by Italy, and by the UN.", "Italy"),
        ("Haftar's proclamation, a step which was refused by the GNA and also by the HoR, surprised no one.", "HoR"),
    ],
)
def test_a_second_by_phrase_after_and_is_the_agents_conjunct(text: str, second: str) -> None:
    doc = parsed(text)
    second_agent_phrase_split_off(doc, LEXICON)
    by = next(t for t in doc if t.text == second).head
    assert by.dep_ == "conj" and by.head.dep_ == "agent"


def test_a_by_phrase_of_a_second_verb_stays_with_it() -> None:
    assert_leaves_alone(second_agent_phrase_split_off, parsed("The drones were flown by Turkish crews and guarded by Syrian fighters."))


@pytest.mark.parametrize(
    "text,edge,absent",
    [
        ("Denounced Algeria the Turkish intervention in Libya.", ("Algeria", "opposition", "Turkey"), None),
        ("Signed Ankara and the GNA on Wednesday a memorandum of security cooperation.", ("Turkey", "support", "GNA"), None),
        ("The aggression on Tripoli launched by Haftar, the GNA condemned it strongly.", ("GNA", "opposition", "LNA"), None),
        ("Haftar's offensive, which was backed by the UAE and also by Egypt, failed.", ("Egypt", "support", "LNA"), None),
        # the refusers do not oppose each other
        ("Haftar's proclamation, a step which was refused by the GNA and also by the HoR, and by Russia, surprised no one.", None, ("GNA", "opposition", "HoR")),
        ("The Russian mercenaries, Washington accused Moscow of sending them to Libya.", ("United States", "opposition", "Russia"), ("Wagner", "opposition", "Russia")),
    ],
)
def test_translated_press_shapes_give_their_edge(text: str, edge: tuple | None, absent: tuple | None) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    unordered = found | {(b, r, a) for a, r, b in found if r != "support"}
    assert edge is None or edge in unordered, found
    assert absent is None or absent not in unordered, found


@pytest.mark.parametrize(
    "text,event",
    [
        ("The air strikes on the GNA were carried out by the UAE.", "strikes"),
        ("The attacks on Tripoli, which have been carried out for months by the militias of Haftar, killed hundreds.", "attacks"),
        ("The offensive against the capital was waged by the forces of Haftar.", "offensive"),
    ],
)
def test_the_agent_of_a_light_verb_passive_is_the_events(text: str, event: str) -> None:
    doc = repaired(text)
    by = next(t for t in doc if t.lower_ == "by")
    assert (by.dep_, by.head.text) == ("prep", event)


@pytest.mark.parametrize(
    "text",
    [
        "The air strikes on the GNA were carried out by night.",  # no one named
        "Weapons carried by Turkish ships were delivered to the GNA.",  # carrying things, not carrying out
        "Haftar's offensive on Tripoli was launched by his son.",  # the event names its doer already
    ],
)
def test_a_passive_that_is_no_light_verbs_event_keeps_its_agent(text: str) -> None:
    doc = repaired(text)
    by = next(t for t in doc if t.lower_ == "by")
    assert by.head.pos_ == "VERB"


@pytest.mark.parametrize(
    "text,edge",
    [
        ("The air strikes on the GNA were carried out by the UAE.", ("UAE", "opposition", "GNA")),
        ("The attacks on Tripoli, which have been carried out for months by the militias of Haftar, killed hundreds.", ("LNA", "opposition", "GNA")),
    ],
)
def test_a_light_verb_passive_gives_the_events_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found | {(b, r, a) for a, r, b in found}, found


@pytest.mark.parametrize(
    "text,second,first_head",
    [
        ("Qatar is standing with the legitimacy in Libya and with the Government of National Accord.", 9, "standing"),
        ("Turkey sent drones to the army in Tripoli and to the GNA.", 9, "sent"),
    ],
)
def test_a_preposition_repeated_after_and_is_its_first_uses_conjunct(text: str, second: int, first_head: str) -> None:
    doc = parsed(text)
    repeated_preposition_split_off(doc, LEXICON)
    prep = doc[second]
    assert prep.dep_ == "conj" and prep.head.lower_ == prep.lower_ and prep.head.head.text == first_head


def test_a_preposition_after_and_with_no_earlier_use_stays() -> None:
    assert_leaves_alone(repeated_preposition_split_off, parsed("Russia held talks with officials in Moscow and in Cairo."))


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Qatar is standing with the legitimacy in Libya and with the Government of National Accord.", ("Qatar", "support", "GNA")),
        ("Turkey sent drones to the army in Tripoli and to the GNA.", ("Turkey", "support", "GNA")),
    ],
)
def test_a_repeated_preposition_gives_the_verbs_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,verb,obj",
    [
        ("France accused Turkey of violating the embargo by sending of weapons to the GNA.", "sending", "weapons"),
        ("The UAE continues supporting of Haftar despite the embargo.", "supporting", "Haftar"),
    ],
)
def test_the_object_of_of_after_a_verb_in_ing_is_its_object(text: str, verb: str, obj: str) -> None:
    doc = repaired(text)
    token = next(t for t in doc if t.text == obj)
    assert (token.dep_, token.head.text) == ("dobj", verb)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt is warning of a Turkish invasion of Sirte.",  # "warn of" is English
        "The sending of weapons to the GNA angered Egypt.",  # a noun with its article
    ],
)
def test_an_of_phrase_english_gives_the_verb_in_ing_stays(text: str) -> None:
    assert_leaves_alone(gerund_object_after_of, parsed(text))


def test_a_verb_in_ing_with_of_gives_its_edge() -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations("The UAE continues supporting of Haftar despite the embargo.").itertuples()}
    assert ("UAE", "support", "LNA") in found, found
    # the repair leaves "warn of" alone (the pair model may still read a warning of an invasion as opposition)
    rows = extract_relations("Egypt is warning of a Turkish invasion of Sirte.").itertuples()
    found = {(r.actor1, r.relation, r.actor2) for r in rows if r.rule != "pair-model"}
    assert ("Egypt", "opposition", "Turkey") not in found, found


@pytest.mark.parametrize(
    "text,recipient,obj",
    [
        ("Russia supplied to Haftar fighter jets and air defence systems.", "Haftar", "jets"),
        ("Ankara sent to the GNA air defence systems.", "GNA", "systems"),
        ("Turkey delivered to Sarraj armed drones.", "Sarraj", "drones"),
    ],
)
def test_a_recipient_before_a_heavy_object_is_the_recipient(text: str, recipient: str, obj: str) -> None:
    doc = repaired(text)
    token = {t.text: t for t in doc}
    assert (token[recipient].dep_, token[recipient].head.lower_) == ("pobj", "to")
    assert token[obj].dep_ == "dobj" and token[obj].head.pos_ == "VERB"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent aid to the GNA health ministry.",  # the verb has its object: the name modifies the recipient
        "Egypt sent to the Haftar forces new weapons.",  # the noun is part of the name
    ],
)
def test_a_name_modifying_the_recipient_stays(text: str) -> None:
    from extract.pipeline import default_extractor

    extractor = default_extractor()
    doc = correct_lemmas(extractor.finder.tag_names(extractor.nlp(text)), extractor.lexicon)
    assert_leaves_alone(recipient_read_as_modifier_of_shifted_object, doc, extractor.lexicon)


def test_a_passive_verb_before_its_subject_has_it_as_subject() -> None:
    doc = repaired("Was shot down a Turkish drone over Tarhuna by the air defences of the LNA.")
    drone = next(t for t in doc if t.text == "drone")
    assert (drone.dep_, drone.head.text) == ("nsubjpass", "shot")
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations("Was shot down a Turkish drone over Tarhuna by the air defences of the LNA.").itertuples()}
    assert ("LNA", "opposition", "Turkey") in found, found


@pytest.mark.parametrize("text", ["Was Haftar backed by Egypt?", "Were the drones sent by Turkey?"])
def test_a_question_is_no_passive_verb_first_clause(text: str) -> None:
    doc = parsed(text)
    before = arcs(doc)
    passive_verb_first_clause(doc, LEXICON)
    assert arcs(doc) == before and [t.dep_ for t in doc] == [t.dep_ for t in parsed(text)]


@pytest.mark.parametrize(
    "text,relativizer,dep",
    [
        ("Egypt, that it supports Haftar since the beginning, threatened the GNA.", "that", "nsubj"),
        ("Egypt, which it supports Haftar, threatened the GNA.", "which", "nsubj"),
        ("The GNA, which is recognised by the UN, that Turkey supports it, repelled the attack.", "that", "dobj"),
    ],
)
def test_a_resumptive_pronoun_gives_its_place_to_the_relative_pronoun(text: str, relativizer: str, dep: str) -> None:
    doc = parsed(text)
    resumptive_pronoun_in_relative_clause(doc, LEXICON)
    assert next(t for t in doc if t.lower_ == relativizer).dep_ == dep


def test_a_relative_clause_with_its_own_subject_keeps_it() -> None:
    doc = parsed("Turkey, which it considers a threat, criticised Egypt.")  # "it" is someone else
    before = [t.dep_ for t in doc]
    resumptive_pronoun_in_relative_clause(doc, LEXICON)
    assert [t.dep_ for t in doc] == before


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Egypt, that it supports Haftar since the beginning, threatened the GNA.", ("Egypt", "support", "LNA")),
        ("The GNA, which is recognised by the UN, that Turkey supports it, repelled the attack.", ("Turkey", "support", "GNA")),
    ],
)
def test_a_relative_clause_with_a_resumptive_pronoun_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


# struct26: clause structure (a "whose" clause before the verb, "has long armed") and translated word order.
from extract.parse_repair import (  # noqa: E402
    action_prep_on_part_of_object,
    list_member_after_aside,
    perfect_participle_read_as_adjective,
    purpose_of_agentless_passive,
    relative_verb_read_as_modifier,
    relative_without_passive_auxiliary,
    resumptive_subject_after_topic,
    subject_taken_by_whose_clause,
)

STRUCT26_REPAIRED = [
    (subject_taken_by_whose_clause, "Italy, whose oil company Eni runs much of the country's gas network, has long leaned towards the GNA.", "Italy", "leaned"),
    (subject_taken_by_whose_clause, "Ankara, whose troops Greece watches closely, backs the GNA.", "Ankara", "backs"),
    (subject_taken_by_whose_clause, "Ankara, whose troops Greece watches closely, backs the GNA.", "watches", "Ankara"),
    (perfect_participle_read_as_adjective, "Russia has long armed Haftar.", "Haftar", "armed"),
    (perfect_participle_read_as_adjective, "Egypt, France and Russia have each backed Haftar for reasons of their own.", "Haftar", "backed"),
    (perfect_participle_read_as_adjective, "Egypt and the UAE have both armed Haftar.", "Haftar", "armed"),
    (perfect_participle_read_as_adjective, "Egypt and the UAE have both armed Haftar.", "Egypt", "armed"),
    (perfect_participle_read_as_adjective, "Cairo had quietly backed Sarraj's rivals in Benghazi for a year.", "Cairo", "backed"),
    (perfect_participle_read_as_adjective, "The UAE, which has armed Haftar, denied breaching the embargo.", "Haftar", "armed"),
    (relative_verb_read_as_modifier, "The UAE, which armed Haftar, denied breaching the embargo.", "Haftar", "armed"),
    (relative_verb_read_as_modifier, "The UAE, which armed Haftar, denied breaching the embargo.", "armed", "UAE"),
    (relative_verb_read_as_modifier, "The UAE, which quietly armed Haftar, denied breaching the embargo.", "Haftar", "armed"),
    (resumptive_subject_after_topic, "The Egyptian troops, they are in Libya to support Haftar.", "troops", "are"),
    (resumptive_subject_after_topic, "The Turkish Minister Akar, he said that Haftar is a putschist.", "Akar", "said"),
    (resumptive_subject_after_topic, "The Emirati drones, they struck the GNA positions near Tripoli.", "drones", "struck"),
    (action_prep_on_part_of_object, "Our troops will defend every inch of Libyan land against the Turkish invader.", "against", "defend"),
    (action_prep_on_part_of_object, "The GNA will defend the residents of Tripoli alongside Turkey.", "alongside", "defend"),
    (list_member_after_aside, "The pro-Haftar camp, which includes the UAE, Egypt and, more discreetly, France, has struggled.", "France", "Egypt"),
    (list_member_after_aside, "Haftar is backed by the UAE, Egypt and, to a lesser degree, Russia.", "Russia", "Egypt"),
    (list_member_after_aside, "The pro-Haftar camp, which includes the UAE, Egypt and, more discreetly, France and Saudi Arabia, has struggled since June.", "Arabia", "France"),
    (purpose_of_agentless_passive, "Turkey's parliament on Thursday approved a bill allowing troops to be deployed to Libya to support the GNA.", "support", "allowing"),
    (purpose_of_agentless_passive, "Ankara approved a motion that allows soldiers to be deployed to Libya to help Sarraj.", "help", "allows"),
]

STRUCT26_LEFT_ALONE = [
    # the clause ends the sentence: no verb after it
    (subject_taken_by_whose_clause, "Turkey backs Sarraj, whose forces Haftar attacked."),
    # the verb after the clause has a subject of its own
    (subject_taken_by_whose_clause, "Egypt, whose army is large, said Cairo backs Haftar."),
    # a plain noun after the adjective: "armed groups" is a noun phrase
    (perfect_participle_read_as_adjective, "Egypt has long armed groups in the south."),
    # no adverb: the tagger reads the participle right
    (perfect_participle_read_as_adjective, "Russia has armed Haftar."),
    # the pronoun is already the clause's subject; a plain noun after the adjective is what it describes
    (relative_verb_read_as_modifier, "The UAE, which backed Haftar, denied it."),
    (relative_verb_read_as_modifier, "The GNA, which armed groups defend, denied it."),
    # a time phrase before the comma; a reporter set off in the middle
    (resumptive_subject_after_topic, "Last week, they backed Haftar."),
    (resumptive_subject_after_topic, "Haftar, they said, is a war criminal."),
    # a verb that neither aids nor sends: the courage is the troops' own, against ISIS
    (action_prep_on_part_of_object, "Egypt praised the courage of the troops against ISIS."),
    # a cue noun that takes "against" keeps it
    (action_prep_on_part_of_object, "Egypt condemned the deployment of troops against Haftar."),
    # the name after the aside opens a clause of its own
    (list_member_after_aside, "Egypt supplies arms to Haftar and, according to diplomats, Jordan trains his men."),
    # a passive under a verb that permits nothing; a passive with its agent
    (purpose_of_agentless_passive, "Egypt said troops were deployed to Libya to support Haftar."),
    (purpose_of_agentless_passive, "The parliament allowed troops to be deployed by Haftar to fight the GNA."),
]


@pytest.mark.parametrize("repair,text,word,head", STRUCT26_REPAIRED, ids=[f"{r.__name__}:{t[:40]}" for r, t, _, _ in STRUCT26_REPAIRED])
def test_struct26_repair_mends_its_shape(repair, text: str, word: str, head: str) -> None:
    doc = parsed(text)
    if repair is subject_taken_by_whose_clause:
        perfect_participle_read_as_adjective(doc, LEXICON)  # as repair_parse runs them
    repair(doc, LEXICON)
    assert head_of(doc, word) == head


@pytest.mark.parametrize("repair,text", STRUCT26_LEFT_ALONE, ids=[f"{r.__name__}:{t[:40]}" for r, t in STRUCT26_LEFT_ALONE])
def test_struct26_near_shape_is_left_alone(repair, text: str) -> None:
    doc = parsed(text)
    before = [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    repair(doc, LEXICON)
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == before


# End to end: (sentence, an edge it must give or None, an edge it must not give or None)
STRUCT26_EDGES = [
    ("Italy, whose oil company Eni runs much of the country's gas network, has long leaned towards the GNA.", ("Italy", "support", "GNA"), None),
    ("Russia, whose mercenaries fought near Tripoli last year, has long armed Haftar.", ("Russia", "support", "LNA"), None),
    ("Haftar, whose forces Turkey attacked, is backed by Egypt.", ("Egypt", "support", "LNA"), ("Egypt", "opposition", "LNA")),
    ("Qatar, whose emir met Erdogan in Doha, has firmly supported Sarraj.", ("Qatar", "support", "GNA"), ("Turkey", "support", "GNA")),
    # a relative clause without its passive auxiliary
    ("Haftar's militias, who backed by the UAE and Egypt, shelled Tripoli.", ("UAE", "support", "LNA"), None),
    ("The GNA, which armed by Turkey, repelled the offensive.", ("Turkey", "support", "GNA"), ("GNA", "support", "Turkey")),
    ("The forces of Haftar, who financed by the Emirates since 2014, attacked Tripoli.", ("UAE", "support", "LNA"), None),
    ("Egypt, which backed Haftar by sending jets, warned Turkey.", ("Egypt", "support", "LNA"), ("Turkey", "support", "LNA")),
    # a fronted subject taken up by a pronoun
    ("The Egyptian troops, they are in Libya to support Haftar.", ("Egypt", "support", "LNA"), None),
    ("The Russian mercenaries, they fight alongside the LNA.", ("Wagner", "support", "LNA"), None),
    ("The Emirati drones, they struck the GNA positions near Tripoli.", ("UAE", "opposition", "GNA"), None),
    ("Last week, they backed Haftar.", None, ("GNA", "support", "LNA")),
    ("The Egyptian troops, which Sisi sent last month, they are in Libya to support Haftar.", ("Egypt", "support", "LNA"), None),
    ("The Egyptian Foreign Minister Shoukry, he said that the Turkish intervention in Libya is unacceptable.", ("Egypt", "opposition", "Turkey"), None),
    # the aim of defending or sending, hung on the object's of-phrase
    ("\"We will defend every inch of Libyan land against the Turkish invader,\" the LNA spokesman said.", ("LNA", "opposition", "Turkey"), None),
    ("Egypt praised the courage of the troops against ISIS.", None, ("Egypt", "opposition", "ISIS")),
    # a list's last member after an aside
    ("The anti-Turkish axis, which includes Egypt, Greece and, more quietly, France, held a summit.", ("France", "opposition", "Turkey"), None),
    ("Haftar is backed by the UAE, Egypt and, to a lesser degree, Russia.", ("Russia", "support", "LNA"), None),
    ("The pro-Haftar camp, which includes the UAE, Egypt and, more discreetly, France and Saudi Arabia, has struggled since June.", ("Saudi Arabia", "support", "LNA"), ("France", "support", "Saudi Arabia")),
    ("Egypt supplies arms to Haftar and, according to diplomats, Jordan trains his men.", ("Jordan", "support", "LNA"), ("Egypt", "support", "Jordan")),
    # a purpose clause on an agentless passive that someone permits
    ("Turkey's parliament on Thursday approved a bill allowing troops to be deployed to Libya to support the GNA.", ("Turkey", "support", "GNA"), None),
    ("Ankara approved a motion that allows soldiers to be deployed to Libya to help Sarraj.", ("Turkey", "support", "GNA"), None),
    ("Egypt said troops were deployed to Libya to support Haftar.", None, ("Egypt", "support", "LNA")),
    ("The Turkish parliament approved a motion allowing Qatari jets to be refuelled to strike Haftar.", ("Qatar", "opposition", "LNA"), ("Turkey", "opposition", "LNA")),
]


@pytest.mark.parametrize("text,edge,absent", STRUCT26_EDGES, ids=[t[:50] for t, _, _ in STRUCT26_EDGES])
def test_struct26_shapes_give_their_edge(text: str, edge: tuple | None, absent: tuple | None) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    unordered = found | {(b, r, a) for a, r, b in found if r != "support"}
    assert edge is None or edge in unordered, found
    assert absent is None or absent not in unordered, found
# Translated press, verb first with whole phrases (verb_first_phrases): a subject with its of-phrase and the name of
# a titled person, a participle or place set off by commas, a place before the subject, the object first when only
# the second phrase is someone, "Said X that", and a second clause joined by "and" after a verb of motion.
@pytest.mark.parametrize(
    "text,subject,verb,obj",
    [
        ("Accused the spokesman of the LNA Ahmed al-Mismari Turkey of sending mercenaries.", "spokesman", "Accused", "Turkey"),
        ("Condemned the Foreign Minister of Egypt Sameh Shoukry the Turkish intervention in Libya.", "Minister", "Condemned", "intervention"),
        ("Received in Ankara the Turkish President Erdogan the head of the GNA Fayez al-Sarraj.", "Erdogan", "Received", "head"),
        ("Welcomed in Cairo the Egyptian President Abdel Fattah el-Sisi the commander of the LNA Khalifa Haftar.", "Sisi", "Welcomed", "commander"),
        ("Recaptured the forces of the GNA, backed by Turkey, the Watiya air base.", "forces", "Recaptured", "base"),
        ("Attacked the militias of Haftar, supported by Russian mercenaries, the positions of the GNA south of Tripoli.", "militias", "Attacked", "positions"),
        ("Denounced the Algerian President Abdelmadjid Tebboune, in a televised speech, the foreign interference in Libya.", "Tebboune", "Denounced", "interference"),
        ("Condemned the shelling of Tripoli the Turkish Foreign Ministry.", "Ministry", "Condemned", "shelling"),
        ("Rejected the unilateral steps of Ankara the Greek Foreign Ministry.", "Ministry", "Rejected", "steps"),
        ("Accused the US Africa Command Russia of deploying jets to Libya.", "Command", "Accused", "Russia"),
        ("Met in Cairo the Egyptian President Sisi the commander Khalifa Haftar.", "Sisi", "Met", "Haftar"),
        ("On Monday, signed the delegations of the GNA and of the LNA in Geneva a ceasefire agreement.", "delegations", "signed", "agreement"),
        ("Also condemned the Arab League the Turkish military intervention in Libya.", "League", "condemned", "intervention"),
        ("Condemned again the Egyptian Foreign Ministry, in a statement on Sunday, the Turkish intervention.", "Ministry", "Condemned", "intervention"),
        # a list and an apposition set off by commas in the subject
        ("Condemned Egypt, the UAE and Saudi Arabia the Turkish intervention in Libya.", "Egypt", "Condemned", "intervention"),
        ("Condemned Egypt, a key backer of Haftar, the Turkish intervention in Libya.", "Egypt", "Condemned", "intervention"),
        # a phrasal verb's particle stays the verb's; a name in the first phrase makes it the subject
        ("Shot down the air defences of the GNA an Emirati drone over Tarhuna.", "defences", "Shot", "drone"),
        ("Pushed back the forces of the GNA, backed by Turkish drones, the attack of Haftar on the airport.", "forces", "Pushed", "attack"),
        # a thing first and someone after: the object first
        ("Took control the forces of the GNA, backed by Turkish drones, on the town of Gharyan.", "forces", "Took", "control"),
        # an adverb before the verb, and a comma only later in the clause: the clause opens at the adverb
        ("Firmly denounced the African Union the Russian deployment in Jufra, and cautioned against its effects.", "Union", "denounced", "deployment"),
        ("Also flatly dismissed the Greek Foreign Ministry the security pact with the GNU, calling it null.", "Ministry", "dismissed", "pact"),
        # a perfect auxiliary before the fronted verb
        ("Has denounced the Algerian presidency the foreign interference in Libya.", "presidency", "denounced", "interference"),
        ("Has also dismissed Cyprus, in a communique on Tuesday, the naval accord of Ankara.", "Cyprus", "dismissed", "accord"),
    ],
)
def test_a_verb_first_clause_read_by_phrases_has_its_subject_and_object(text: str, subject: str, verb: str, obj: str) -> None:
    doc = repaired(text)
    assert_clause(doc, subject, verb, obj)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        # the participle set off by commas describes the subject, and its agent stays its own
        ("Recaptured the forces of the GNA, backed by Turkey, the Watiya air base.", "backed", "forces", "acl"),
        ("Recaptured the forces of the GNA, backed by Turkey, the Watiya air base.", "by", "backed", "agent"),
        # a titled person's name after the of-phrase is the title's
        ("Accused the spokesman of the LNA Ahmed al-Mismari Turkey of sending mercenaries.", "Mismari", "spokesman", "appos"),
        ("Said the spokesman of the LNA Ahmed al-Mismari that Turkey sends mercenaries to Tripoli.", "spokesman", "Said", "nsubj"),
        ("Said the spokesman of the LNA Ahmed al-Mismari that Turkey sends mercenaries to Tripoli.", "sends", "Said", "ccomp"),
        ("Stressed the Qatari Foreign Minister in a press conference that Doha stands by the GNA.", "Minister", "Stressed", "nsubj"),
        ("Arrived in Tripoli the Turkish Defence Minister Hulusi Akar and signed with the GNA a military agreement.", "Akar", "Arrived", "nsubj"),
        ("Arrived in Tripoli the Turkish Defence Minister Hulusi Akar and signed with the GNA a military agreement.", "signed", "Arrived", "conj"),
        ("Travelled to Cairo the Greek Foreign Minister and signed with Egypt a maritime deal.", "Minister", "Travelled", "nsubj"),
        # a second clause joined by "and" that opens with its own verb and subject
        ("Met the Qatari Emir Tamim the head of the GNA Fayez al-Sarraj in Doha, and discussed the two sides the situation in Tripoli.", "sides", "discussed", "nsubj"),
        ("Met the Qatari Emir Tamim the head of the GNA Fayez al-Sarraj in Doha, and discussed the two sides the situation in Tripoli.", "discussed", "Met", "conj"),
        ("Met the Qatari Emir Tamim the head of the GNA Fayez al-Sarraj in Doha, and discussed the two sides the situation in Tripoli.", "Tamim", "Met", "nsubj"),
        ("Received the Egyptian President Sisi in Cairo the commander of the LNA Khalifa Haftar, and affirmed Sisi the support of Egypt to Haftar.", "Sisi", "affirmed", "nsubj"),
        # not a verb of giving: English keeps its two objects after the shared subject
        ("Condemned the Egyptian Foreign Ministry the Turkish intervention and sent the GNA a warning.", "GNA", "sent", "dative"),
        # an adverb after the verb and a place set off by commas stay the verb's
        ("Condemned again the Egyptian Foreign Ministry, in a statement on Sunday, the Turkish intervention.", "again", "Condemned", "advmod"),
        ("Condemned again the Egyptian Foreign Ministry, in a statement on Sunday, the Turkish intervention.", "in", "Condemned", "prep"),
        ("Condemned again the Egyptian Foreign Ministry, in a statement on Sunday, the Turkish intervention.", ".", "Condemned", "punct"),
        # a phrase after an event noun is the noun's; a name joined after an of-phrase is its object's partner
        ("Concluded the Rome conference with the participation of the GNA and the LNA a final statement.", "with", "conference", "prep"),
        ("Concluded the Rome conference with the participation of the GNA and the LNA a final statement.", "LNA", "GNA", "conj"),
        ("Signed the head of the GNA Fayez al-Sarraj and the Turkish President Erdogan a security memorandum.", "Erdogan", "head", "conj"),
        ("Held the Egyptian President Sisi talks with Haftar in Cairo.", "talks", "Held", "dobj"),
        # a lone phrase before the partner the verb takes by its preposition acts
        ("Clashed the forces of the GNA with the militias of Haftar south of Tripoli.", "forces", "Clashed", "nsubj"),
        ("Sided the Egyptian President Sisi with Haftar in the conflict.", "Sisi", "Sided", "nsubj"),
        ("Condemned Egypt, the UAE and Saudi Arabia the Turkish intervention in Libya.", "Arabia", "Egypt", "conj"),
        ("Condemned Egypt, a key backer of Haftar, the Turkish intervention in Libya.", "backer", "Egypt", "appos"),
        ("Signed the delegations of the GNA, the LNA, and the HoR a ceasefire agreement.", "HoR", "GNA", "conj"),
        # a verb that takes a place, its lone phrase before the goal preposition translated press gives the place
        ("Entered the troops of the GNA to Gharyan, a bastion of Haftar, on Tuesday.", "troops", "Entered", "nsubj"),
        ("Entered the troops of the GNA to Gharyan, a bastion of Haftar, on Tuesday.", "Gharyan", "Entered", "dobj"),
        # a speaker after the clause stays the root and reports it
        ("Condemned the Turkish Foreign Ministry the shelling of the embassy by the LNA, the ministry said in a statement.", "Condemned", "said", "ccomp"),
    ],
)
def test_a_verb_first_clause_read_by_phrases_hangs_its_parts(text: str, word: str, head: str, dep: str) -> None:
    doc = repaired(text)
    token = [t for t in doc if t.text == word][-1]  # the last: a second clause may name its subject again
    assert (token.head.text, token.dep_) == (head, dep)


@pytest.mark.parametrize(
    "text",
    [
        "Condemn the attack on Tripoli, the GNA urged its allies.",  # an order
        "Said to be backed by Egypt, the LNA pushed west.",  # a participle clause
        "Deployed in Sirte, Russian mercenaries guard the oil fields.",  # a participle with its place, set off
        "Launched in April, the offensive of Haftar stalled.",
        "Sent to Libya by Turkey, the Syrian fighters joined the GNA.",
        "Armed groups the GNA trained attacked the base.",  # an adjective: the phrase has its own verb
        "Trained Syrian fighters and Turkish officers joined the GNA.",
        "Backed the GNA and armed its militias: Turkey did both.",  # a cue verb's lone phrase is its object
        "Visited Tripoli and met Sarraj, the Italian minister said.",
        "Told the GNA that Turkey would send troops, Erdogan said.",  # the one told is no speaker
        "Sent Haftar the drones, Egypt says.",  # English: two objects and the speaker after
        "Supplied the GNA the drones, the UN report said.",
        "Turkey: Haftar must withdraw from Sirte",  # a headline
        "Supported Haftar? Egypt says no.",  # a question
        "Accused of war crimes, Haftar denied the charges.",
        "Met Office forecasts rain in Tripoli.",  # a name, no verb
        "Also backed by Egypt, the LNA pushed west.",  # an adverb before a participle clause
        "Only sent drones to Haftar, Egypt admits.",  # one object and a comma
        "Met Haftar in Rome.",  # no partner the verb takes by this preposition
        "Clashed the forces of the GNA with the militias of Haftar, the ministry said.",  # a speaker after
        "Trained Russian mercenaries, the militias of Haftar advanced.",  # an adjective on a common noun
        "Already weakened by the siege, the GNA asked Ankara for more drones.",  # adverbs before a participle clause
        "Earlier, condemned by the Arab League, the Turkish deal drew fire.",
        "Has Egypt backed Haftar in the war?",  # a question
        "Had the GNA accepted the truce, the LNA would have stopped.",  # a condition: the subject after "had"
    ],
)
def test_an_english_verb_first_sentence_is_no_verb_first_clause(text: str) -> None:
    from extract.pipeline import default_extractor

    extractor = default_extractor()
    doc = correct_lemmas(extractor.finder.tag_names(extractor.nlp(text)), extractor.lexicon)
    before = arcs(doc)
    verb_first_phrases(doc, extractor.lexicon)
    verb_first_clause(doc, extractor.lexicon)
    assert arcs(doc) == before


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Accused the spokesman of the LNA Ahmed al-Mismari Turkey of sending mercenaries.", ("LNA", "opposition", "Turkey")),
        ("Recaptured the forces of the GNA, backed by Turkey, the Watiya air base.", ("Turkey", "support", "GNA")),
        ("Bombed the warplanes of the Libyan National Army, supported by Emirati drones, the positions of the GNA in Zawiya.", ("UAE", "support", "LNA")),
        ("Bombed the warplanes of the Libyan National Army, supported by Emirati drones, the positions of the GNA in Zawiya.", ("LNA", "opposition", "GNA")),
        ("Rejected the unilateral steps of Ankara the Greek Foreign Ministry.", ("Greece", "opposition", "Turkey")),
        ("Welcomed the decision of the GNA the Egyptian Foreign Minister Sameh Shoukry.", ("Egypt", "support", "GNA")),
        ("Arrived in Tripoli the Turkish Defence Minister Hulusi Akar and signed with the GNA a military agreement.", ("Turkey", "support", "GNA")),
        ("Said the spokesman of the LNA Ahmed al-Mismari that Turkey sends mercenaries to Tripoli.", ("Turkey", "support", "GNA")),
        ("Shot down the air defences of the GNA an Emirati drone over Tarhuna.", ("GNA", "opposition", "UAE")),
        ("Sided the Egyptian President Sisi with Haftar in the conflict.", ("Egypt", "support", "LNA")),
        ("Condemned Egypt, the UAE and Saudi Arabia the Turkish intervention in Libya.", ("Saudi Arabia", "opposition", "Turkey")),
        ("Ruled out the Turkish President Erdogan any talks with Haftar.", ("Turkey", "opposition", "LNA")),
        ("Firmly denounced the African Union the Russian deployment in Libya, and cautioned against its effects.", ("African Union", "opposition", "Russia")),
        ("Have refused Cyprus and Greece the deal signed between Ankara and the GNA.", ("Greece", "opposition", "Turkey")),
        ("Received the Egyptian President Sisi in Cairo the commander of the LNA Khalifa Haftar, and affirmed Sisi the support of Egypt to Haftar.", ("Egypt", "support", "LNA")),
    ],
)
def test_a_verb_first_clause_read_by_phrases_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,edge",
    [
        # the first phrase is someone: verb, subject, object ("the Turkish positions" is no one)
        ("Bombed the warplanes of the LNA the Turkish positions near Misrata.", ("Turkey", "opposition", "LNA")),
        ("Accused the US Africa Command Russia of deploying jets to Libya to support the Wagner mercenaries.", ("United States", "support", "Wagner")),
        ("Sent Haftar the drones, Egypt says.", ("LNA", "support", "Egypt")),
        ("Condemned Egypt, a key backer of Haftar, the Turkish intervention in Libya.", ("Egypt", "support", "Turkey")),
        # the speaker after the reporting verb is no one the clause's subject warns
        ("The UAE is arming the LNA with drones, warned the Turkish Foreign Minister Cavusoglu.", ("UAE", "opposition", "Turkey")),
        ("Shot down the air defences of the GNA an Emirati drone over Tarhuna.", ("UAE", "opposition", "GNA")),
    ],
)
def test_a_verb_first_clause_read_by_phrases_gives_no_reversed_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge not in found, found


@pytest.mark.parametrize(
    "text,blanked",
    [
        ("Italy accused Turkey of 'gross violations' of the embargo.", "Italy accused Turkey of  gross violations  of the embargo."),
        ('The GNA "strongly condemns" the raid.', "The GNA  strongly condemns  the raid."),
        ("Cairo ‘fully backs’ the LNA.", "Cairo  fully backs  the LNA."),
        ("Ankara called it “an attempt to rescue Haftar”.", "Ankara called it  an attempt to rescue Haftar ."),
        ("Rome condemned the 'Haftar's militias' raid.", "Rome condemned the  Haftar's militias  raid."),
    ],
)
def test_scare_quotes_inside_a_clause_are_read_as_blank_space(text: str, blanked: str) -> None:
    from extract.nlp import blank_scare_quotes

    assert blank_scare_quotes(text) == blanked


@pytest.mark.parametrize(
    "text",
    [
        "'We will never accept Haftar,' Sarraj said.",  # opens the sentence, with a comma of its own
        "Erdogan said: 'Turkey will not abandon Tripoli'.",  # after a colon
        'Sarraj said "we will defend the capital" and left.',  # in the first person: the speaker's own words
        "The rebels' positions and Haftar's forces' supply lines were shelled.",  # apostrophes, no quotation
        "Moscow called the truce 'a first step, not the last one' on Monday.",  # a comma of its own
        "Egypt and Russia 'have done everything possible to arm the LNA' in the east.",  # over six words
    ],
)
def test_real_quotations_and_apostrophes_keep_their_marks(text: str) -> None:
    from extract.nlp import blank_scare_quotes

    assert blank_scare_quotes(text) == text


@pytest.mark.parametrize(
    "text,edges,absent",
    [
        ("The LNA 'firmly rejects' the Turkish plan, a spokesman said.", {("LNA", "opposition", "Turkey")}, set()),
        ("Cairo 'fully backs' the Libyan National Army, the foreign ministry said.", {("Egypt", "support", "LNA")}, set()),
        (
            "Turkey's 'unwavering support' for the GNA angered Egypt.",
            {("Turkey", "support", "GNA")},
            {("GNA", "opposition", "Egypt")},
        ),
        ("Paris 'welcomes' the ceasefire agreed by the GNA and the LNA.", {("GNA", "mediation", "LNA")}, set()),
        ("The LNA 'does not support' the Turkish plan.", set(), {("LNA", "support", "Turkey")}),
    ],
)
def test_a_clause_with_scare_quotes_gives_its_edge(text: str, edges: set, absent: set) -> None:
    rows = extract_relations(text)
    found = {(r.actor1, r.relation, r.actor2) for r in rows.itertuples()}
    assert edges <= found and not absent & found, found
    assert all(text[r.start : r.end] == r.evidence for r in rows.itertuples())


@pytest.mark.parametrize(
    "text,first,second",
    [
        ("Sarraj and field marshal Khalifa Haftar sat down in Cairo under Egyptian auspices.", "Sarraj", "Haftar"),
        ("Dbeibah and parliament speaker Aguila Saleh held talks in Rabat under Moroccan sponsorship.", "Dbeibah", "Saleh"),
        ("Tunisia's president hosted Sarraj and LNA commander Khalifa Haftar for talks on a truce.", "Sarraj", "Haftar"),
        ("Haftar and Tripoli premier Fayez al-Sarraj signed a truce brokered by Russia.", "Haftar", "Sarraj"),
    ],
)
def test_a_name_before_and_a_titled_name_heads_the_coordination(text: str, first: str, second: str) -> None:
    doc = repaired(text)
    first_token = next(t for t in doc if t.text == first)
    second_token = next(t for t in doc if t.text == second)
    assert (second_token.dep_, second_token.head.i) == ("conj", first_token.i)
    assert first_token.dep_ not in ("nmod", "compound")


@pytest.mark.parametrize(
    "text,first",
    [
        ("The Sarraj and Haftar camps accused each other of violating the truce.", "Sarraj"),  # two modifiers of a noun
        ("Envoys of the GNU and Haftar's forces met in Tunis.", "GNU"),  # "forces" is no name: one possessor may be meant
    ],
)
def test_a_name_before_and_that_may_modify_stays(text: str, first: str) -> None:
    from extract.pipeline import default_extractor

    doc = correct_lemmas(default_extractor().finder.tag_names(load_nlp()(text)), LEXICON)
    assert_leaves_alone(name_read_into_titled_name, doc)


@pytest.mark.parametrize(
    "text,edges",
    [
        ("Sarraj and field marshal Khalifa Haftar sat down in Cairo under Egyptian auspices.", {("Egypt", "mediation", "GNA"), ("Egypt", "mediation", "LNA")}),
        ("Dbeibah and parliament speaker Aguila Saleh held talks in Rabat under Moroccan sponsorship.", {("Morocco", "mediation", "GNU")}),
        ("Macron received Haftar and Prime Minister Fayez al-Sarraj at the Elysee for talks.", {("France", "mediation", "LNA")}),
    ],
)
def test_a_titled_name_after_and_keeps_the_first_name_in_the_list(text: str, edges: set) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edges <= found, found


@pytest.mark.parametrize(
    "text,subject,infinitive,obj",
    [
        ("Turkish jets helped the GNA repel the assault on Misrata.", "GNA", "repel", "assault"),
        ("Wagner snipers helped Haftar besiege Tripoli.", "Haftar", "besiege", "Tripoli"),
        ("Ankara helped the GNA retake Tarhuna from Haftar.", "GNA", "retake", "Tarhuna"),
        # a noun no cue, but a possessor after it opens a phrase of its own
        ("Ankara's military backing helped the GNA drive Haftar's forces away from the capital.", "GNA", "drive", "forces"),
    ],
)
def test_a_bare_infinitive_read_as_a_noun_is_the_verbs_clause(text: str, subject: str, infinitive: str, obj: str) -> None:
    doc = repaired(text)
    verb = next(t for t in doc if t.text == infinitive)
    assert (verb.pos_, verb.dep_, verb.head.lemma_) == ("VERB", "ccomp", "help")
    assert {(c.text, c.dep_) for c in verb.children} >= {(subject, "nsubj"), (obj, "dobj")}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey helped the GNA air force rebuild its fleet.",  # "air" is no verb of the lexicon
        "Egypt made the LNA attack force stronger.",  # "attack" is a noun cue too, here on "force"
        "Russia helped Haftar's war effort in the east.",  # the same: "war effort"
        "The UAE helped LNA commander Haftar with drones.",  # a title, not a verb
        "Egypt made the GNA army Haftar's target.",  # after make a small clause, not an infinitive
    ],
)
def test_a_noun_after_the_object_of_help_stays_a_noun(text: str) -> None:
    doc = parsed(text)
    before = [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    bare_infinitive_read_as_noun(doc, LEXICON)
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    "text,edges,absent",
    [
        ("Turkish jets helped the GNA repel the assault on Misrata.", {("Turkey", "support", "GNA")}, set()),
        ("Wagner snipers helped Haftar besiege Tripoli.", {("Wagner", "support", "LNA")}, {("Wagner", "support", "GNA")}),
        ("Ankara quietly helped the GNA retake Tarhuna from Haftar, officials said.", {("Turkey", "support", "GNA")}, set()),
        # a hyphen compound and its common noun are the object's words too
        ("Ankara has military advisers helping the UN-backed government repel Haftar's offensive.", {("Turkey", "support", "GNA")}, {("Turkey", "support", "LNA")}),
    ],
)
def test_help_with_a_bare_infinitive_backs_its_object(text: str, edges: set, absent: set) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edges <= found and not absent & found, found


@pytest.mark.parametrize(
    "text,pairs",
    [
        (
            "Outside powers keep the war going, with Amman and Cairo equipping Haftar and Doha financing the Sarraj government.",
            [("Amman", "equipping", "Haftar"), ("Doha", "financing", "government")],
        ),
        ("Regional rivals are fighting by proxy, with the UAE funding Haftar and Qatar financing Sarraj.", [("UAE", "funding", "Haftar"), ("Qatar", "financing", "Sarraj")]),
        (
            "The embargo is flouted daily, with Egypt sending arms to the LNA and Turkey shipping drones to the GNA.",
            [("Egypt", "sending", "arms"), ("Turkey", "shipping", "drones")],
        ),
        (
            "The war drew in outside powers, with Egypt arming Haftar, Qatar funding the GNA and Russia sending mercenaries to the LNA.",
            [("Egypt", "arming", "Haftar"), ("Qatar", "funding", "GNA"), ("Russia", "sending", "mercenaries")],
        ),
    ],
)
def test_each_clause_of_a_gapped_with_absolute_keeps_its_pair(text: str, pairs: list) -> None:
    doc = repaired(text)
    for subject, verb, obj in pairs:
        verb_token = next(t for t in doc if t.text == verb)
        children = {(c.text, c.dep_) for c in verb_token.children}
        assert {(subject, "nsubj"), (obj, "dobj")} <= children, (verb, children)


@pytest.mark.parametrize(
    "text",
    [
        "Russia held talks with Haftar and Sarraj, seeking a truce.",  # a with-phrase of names, then a participle clause
        "Erdogan met with Sarraj and Bashagha, pledging more drones for the GNA.",
        "With Russia backing Haftar, the LNA advanced on Tripoli.",  # one clause: nothing gapped
    ],
)
def test_a_with_phrase_that_is_no_gapped_absolute_stays(text: str) -> None:
    assert_leaves_alone(gapped_with_clauses, parsed(text))


@pytest.mark.parametrize(
    "text,edges,absent",
    [
        (
            "The embargo exists on paper only, with Cairo and Amman equipping Haftar and Doha financing the Sarraj government.",
            {("Egypt", "support", "LNA"), ("Jordan", "support", "LNA"), ("Qatar", "support", "GNA")},
            {("Egypt", "support", "Qatar"), ("Egypt", "support", "GNA")},
        ),
        (
            "Both camps have foreign patrons, with Turkey and Qatar backing the GNA and Egypt backing the LNA.",
            {("Turkey", "support", "GNA"), ("Qatar", "support", "GNA"), ("Egypt", "support", "LNA")},
            {("Turkey", "support", "Egypt"), ("GNA", "support", "LNA")},
        ),
    ],
)
def test_a_gapped_with_absolute_gives_each_pair_its_edge(text: str, edges: set, absent: set) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edges <= found and not absent & found, found


def test_scare_quotes_still_quote_their_speaker() -> None:
    """The parser reads the marks as blanks; attribution still sees them: the partial quotation is Erdogan's."""
    rows = extract_relations('Erdogan accused Haftar of "sabotaging" the peace talks in Berlin.')
    assert [(r.actor1, r.relation, r.actor2, r.speaker) for r in rows.itertuples()] == [("Turkey", "opposition", "LNA", "Turkey")]


@pytest.mark.parametrize(
    "text,topic,noun",
    [
        ("Cyprus, with the warlord Haftar, the coordination against Turkey is deepening, Akar alleged.", "Cyprus", "coordination"),
        ("Egypt, the support to the militias of Haftar is continuing, the GNA said.", "Egypt", "support"),
        ("Russia, alongside Haftar, the war against the GNA has escalated.", "Russia", "war"),
    ],
)
def test_a_fronted_topic_is_the_possessor_of_its_bare_event_noun(text: str, topic: str, noun: str) -> None:
    doc = repaired(text)
    topic_token = next(t for t in doc if t.text == topic)
    assert (topic_token.dep_, topic_token.head.text) == ("poss", noun)
    assert topic_token.i not in {t.i for t in topic_token.head.head.ancestors}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt, the intervention of Turkey is unacceptable, Sisi said.",  # the noun names its own actor
        "Qatar, the Turkish support for the GNA is welcome, its emir said.",  # a demonym on the noun
        "Tunisia, the dialogue between the HoR and the GNA has to go on, Saied said.",  # its own parties
        "Turkey, the GNA's main backer, has sent drones to Tripoli.",  # an apposition describing the name
    ],
)
def test_a_fronted_name_before_a_noun_with_its_own_actor_stays(text: str) -> None:
    from extract.pipeline import default_extractor

    doc = correct_lemmas(default_extractor().finder.tag_names(load_nlp()(text)), LEXICON)
    assert_leaves_alone(topic_before_agentless_noun_subject, doc)


@pytest.mark.parametrize(
    "text,edges",
    [
        ("Cyprus, with the warlord Haftar, the coordination against Turkey is deepening, Akar alleged.", {("Cyprus", "support", "LNA"), ("Cyprus", "opposition", "Turkey")}),
        ("The UAE, with Egypt, the military support for Haftar is increasing, diplomats say.", {("UAE", "support", "LNA")}),
    ],
)
def test_a_fronted_topic_acts_in_its_event_noun(text: str, edges: set) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edges <= found, found


@pytest.mark.parametrize(
    "text,subject,obj,verb",
    [
        ("The Arab League, the Turkish intervention in Libya, rejected.", "League", "intervention", "rejected"),
        ("The Turkish foreign ministry, the attack of the putschist Haftar on Tripoli, strongly condemned.", "ministry", "attack", "condemned"),
        ("The Qatari foreign minister, the Turkish support to the legitimate government, welcomed.", "minister", "support", "welcomed"),
    ],
)
def test_an_object_before_a_final_verb_is_its_object(text: str, subject: str, obj: str, verb: str) -> None:
    doc = repaired(text)
    verb_token = next(t for t in doc if t.text == verb)
    assert verb_token.dep_ == "ROOT"
    assert {(subject, "nsubj"), (obj, "dobj")} <= {(c.text, c.dep_) for c in verb_token.children}


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's forces, backed by Russian mercenaries, attacked.",  # a participle describing the subject
        "Turkey, the GNA's main backer, intervened.",  # a role noun, and a verb without an object
        "The GNA, Turkey's ally, retreated.",
        "Egypt's president, Sisi, condemned the attack.",  # the verb has its object
    ],
)
def test_an_apposition_before_a_final_verb_stays(text: str) -> None:
    from extract.pipeline import default_extractor

    doc = correct_lemmas(default_extractor().finder.tag_names(load_nlp()(text)), LEXICON)
    assert_leaves_alone(object_before_final_verb, doc)


@pytest.mark.parametrize(
    "text,edge",
    [
        ("The Arab League, the Turkish intervention in Libya, rejected.", ("Arab League", "opposition", "Turkey")),
        ("The Turkish foreign ministry, the attack of the putschist Haftar on Tripoli, strongly condemned.", ("Turkey", "opposition", "LNA")),
    ],
)
def test_a_verb_last_clause_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,first,second",
    [
        ("Emirati and Egyptian backing for Haftar and Turkish support for Sarraj have turned the conflict into a proxy war.", "backing", "support"),
        ("Russia's backing for the LNA and Turkish support for the GNA have deepened the crisis.", "backing", "support"),
        ("Cairo condemned the Turkish support for Sarraj and Qatari funding for his militias.", "support", "funding"),
    ],
)
def test_a_name_ending_a_cue_phrase_before_and_a_demonym_stays_in_it(text: str, first: str, second: str) -> None:
    doc = repaired(text)
    second_token = next(t for t in doc if t.text == second)
    assert (second_token.dep_, second_token.head.text) == ("conj", first)
    assert all(c.dep_ != "nmod" for c in second_token.children)


def test_two_demonyms_opening_a_sentence_modify_the_noun_after_them() -> None:
    doc = repaired("Emirati and Egyptian backing for Haftar worried Algeria.")
    assert [(t.text, t.dep_, t.head.text) for t in doc[:3]] == [("Emirati", "amod", "backing"), ("and", "cc", "Emirati"), ("Egyptian", "conj", "Emirati")]


@pytest.mark.parametrize(
    "text,name,noun,owner",
    [
        ("Egyptian money for the LNA, Russian contractors flying jets on its behalf, and Qatari backing for the GNA altered the war.",
         "LNA", "contractors", "money"),
        ("Emirati and Egyptian aid for the LNA, Russian and Chadian gunmen serving on its behalf, and Qatari backing for the GNA altered the war.",
         "LNA", "gunmen", "aid"),
    ],
)
def test_a_name_read_as_modifier_across_a_comma_heads_its_own_phrase(text: str, name: str, noun: str, owner: str) -> None:
    from extract.parse_repair import name_read_as_modifier_across_comma

    doc = parsed(text)
    name_read_as_modifier_across_comma(doc, LEXICON)
    assert head_of(doc, name) == "for"
    assert next(t.dep_ for t in doc if t.text == name) == "pobj"
    assert head_of(doc, noun) != "for"


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Turkish forces clashed near Sirte.",  # no cue phrase before the name
        "The report details Emirati arms for Haftar and Turkish drones for the GNA.",  # "drones" is no cue noun
    ],
)
def test_a_name_before_and_a_demonym_outside_cue_phrases_stays(text: str) -> None:
    from extract.pipeline import default_extractor

    doc = correct_lemmas(default_extractor().finder.tag_names(load_nlp()(text)), LEXICON)
    assert_leaves_alone(name_read_into_next_cue_phrase, doc)


@pytest.mark.parametrize(
    "text,edges,absent",
    [
        (
            "Emirati and Egyptian backing for Haftar and Turkish support for Sarraj have turned the conflict into a proxy war.",
            {("UAE", "support", "LNA"), ("Egypt", "support", "LNA"), ("Turkey", "support", "GNA")},
            {("UAE", "support", "Turkey"), ("Egypt", "support", "Turkey")},
        ),
        (
            "Cairo condemned the Turkish support for Sarraj and Qatari funding for his militias.",
            {("Egypt", "opposition", "Qatar"), ("Qatar", "support", "GNA")},
            set(),
        ),
    ],
)
def test_coordinated_cue_phrases_with_demonyms_give_each_its_edge(text: str, edges: set, absent: set) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edges <= found and not absent & found, found


@pytest.mark.parametrize(
    "text,infinitive,verb,dep",
    [
        ("Erdogan vowed in a speech to defend the GNA against Haftar.", "defend", "vowed", "xcomp"),
        ("Egypt threatened in a statement to intervene against the GNA.", "intervene", "threatened", "xcomp"),
    ],
)
def test_an_infinitive_after_an_adjunct_phrase_is_the_verbs(text: str, infinitive: str, verb: str, dep: str) -> None:
    doc = repaired(text)
    token = next(t for t in doc if t.text == infinitive)
    assert (token.dep_, token.head.text) == (dep, verb)


@pytest.mark.parametrize(
    "text",
    [
        "The LNA advanced in a bid to capture Tripoli.",  # "a bid to": the noun's own infinitive
        "Haftar launched an offensive on Tripoli in an attempt to topple the GNA.",
        "Russia agreed on a plan to withdraw its mercenaries.",
    ],
)
def test_an_infinitive_of_a_noun_that_takes_one_stays(text: str) -> None:
    assert_leaves_alone(infinitive_read_into_adjunct_phrase, parsed(text))


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Erdogan vowed in a speech to defend the GNA against Haftar.", ("Turkey", "support", "GNA")),
        ("Egypt threatened in a statement to intervene against the GNA.", ("Egypt", "opposition", "GNA")),
    ],
)
def test_an_infinitive_after_an_adjunct_phrase_gives_the_subjects_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The meeting with the GNA, the LNA and the HoR ended.",
        "Qatari money for the GNA, Sudanese fighters paid by the UAE and French advice for Haftar shaped the battle.",
    ],
)
def test_a_name_that_heads_its_phrase_before_a_comma_is_left_alone(text: str) -> None:
    from extract.parse_repair import name_read_as_modifier_across_comma

    assert_leaves_alone(name_read_as_modifier_across_comma, parsed(text))


def test_a_name_read_as_modifier_across_a_comma_in_a_list_heads_the_list() -> None:
    from extract.parse_repair import name_read_as_modifier_across_comma

    doc = parsed("Haftar, an enemy of the GNA, Tunisian forces and Algeria, is armed by the UAE.")
    name_read_as_modifier_across_comma(doc, LEXICON)
    if next(t.dep_ for t in doc if t.text == "GNA") == "pobj":  # the parser may read it right itself
        assert head_of(doc, "forces") in ("GNA", "of")


# The doer of an event noun in a by-phrase whose group noun names it by "of" ("by the militias of Haftar"): the
# by-phrase is the event's, and the of-phrase stays the group's (not the event's patient).
@pytest.mark.parametrize(
    "text,edge",
    [
        ("The Government of National Accord deplored the bombardment by the militias of Haftar on the outskirts of Zawiya.", ("GNA", "opposition", "LNA")),
        ("Rome strongly condemned the new offensive by the forces of Khalifa Haftar against the capital.", ("Italy", "opposition", "LNA")),
        ("Denounced the Greek Foreign Ministry the shelling of its consulate and the home of its ambassador by the Haftar militias.", ("Greece", "opposition", "LNA")),
        ("The shelling by the militias of Haftar on Tripoli, which the UN deplored, killed ten civilians.", ("LNA", "opposition", "GNA")),
    ],
)
def test_a_by_phrase_of_a_group_named_by_of_is_the_events(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,edge",
    [
        # the one named in the doer's of-phrase is no patient of the event
        ("The shelling by the militias of Haftar on Tripoli killed ten civilians.", ("GNA", "opposition", "LNA")),
        ("The GNA condemned the attack by order of the Turkish command.", ("GNA", "opposition", "Turkey")),
    ],
)
def test_a_by_phrase_of_a_group_gives_no_reversed_or_manner_edge(text: str, edge: tuple) -> None:
    # the constructions' reading: the fallback model may read the order-giver of a condemned attack as opposed
    # ("condemned the attack by order of the Turkish command"), which is no doer read off a manner phrase
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples() if r.rule != "pair-model"}
    assert edge not in found, found


# "the support of X to Y" (translated press: the agent in an of-phrase, the recipient after it) under a verb that
# carries no cue: the recipient's preposition is the noun's, whatever clause the verb is in.
@pytest.mark.parametrize(
    "text,edge",
    [
        ("Rome hosted Sarraj, to whom Giuseppe Conte restated the backing of Italy to the Government of National Accord.", ("Italy", "support", "GNA")),
        ("The Egyptian minister underlined the backing of Egypt to the House of Representatives and its speaker.", ("Egypt", "support", "HoR")),
        ("Erdogan, in a call with Sarraj, confirmed the full support of Ankara to the Government of National Accord.", ("Turkey", "support", "GNA")),
        ("President Tebboune hosted Sarraj in Algiers and insisted on the Algerian backing to the Government of National Accord.", ("Algeria", "support", "GNA")),
    ],
)
def test_support_of_an_agent_to_a_recipient_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,edge",
    [
        # the one of the of-phrase is the agent, never the recipient; a non-cue noun gives nothing
        ("Draghi restated the backing of Italy to the GNA.", ("GNA", "support", "Italy")),
        ("Egypt explained the position of Cairo to the Government of National Accord.", ("Egypt", "support", "GNA")),
    ],
)
def test_support_of_an_agent_to_a_recipient_gives_no_reversed_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge not in found, found


# "renewed its support to X and its rejection of Y": the second possessed noun is the first's conjunct, and the first
# noun's preposition ("to X") stays its own, so the rejection is not aimed at X.
@pytest.mark.parametrize(
    "text,edge",
    [
        ("Jordan reiterated its backing to the Government of National Accord, acknowledged by the UN, and its condemnation of the offensive of the militias of Haftar.", ("Jordan", "opposition", "LNA")),
        ("Tunisia restated on Thursday its support to the Tripoli authorities and its denunciation of the assault of Haftar.", ("Tunisia", "opposition", "LNA")),
        ("Morocco reiterated its backing to the GNA and its rejection of the assault of the militias of Haftar.", ("Morocco", "support", "GNA")),
    ],
)
def test_a_second_possessed_object_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Morocco reiterated its backing to the GNA and its rejection of the assault of the militias of Haftar.", ("Morocco", "opposition", "GNA")),
        ("Morocco reiterated its backing to the GNA and its rejection of the assault of the militias of Haftar.", ("GNA", "opposition", "LNA")),
        ("Ankara restated its backing for the unity government and its troops moved on Jufra.", ("Turkey", "opposition", "GNU")),
    ],
)
def test_a_second_possessed_object_gives_no_edge_to_the_firsts_patient(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge not in found, found


# "accused A, B and C of breaches of the ban adopted in Rome": the participle describes the ban; every
# member of the list is accused, and none is the subject of "agreed".
@pytest.mark.parametrize(
    "text,edge",
    [
        ("The French minister accused Egypt, Qatar and Russia of open breaches of the weapons ban adopted in Palermo.", ("France", "opposition", "Qatar")),
        ("The French minister accused Egypt, Qatar and Russia of open breaches of the weapons ban adopted in Palermo.", ("France", "opposition", "Russia")),
        ("Egypt accused Turkey, Qatar and the GNA of breaches of the truce signed in Moscow.", ("Egypt", "opposition", "Qatar")),
    ],
)
def test_a_list_before_a_participle_stays_the_object(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        ("The EU accused Egypt, Jordan and the UAE of violations of the weapons ban adopted in Rome.", "adopted", "ban", "acl"),
        ("The EU accused Egypt, Jordan and the UAE of violations of the weapons ban adopted in Rome.", "Egypt", "accused", "dobj"),
        ("The EU accused Egypt, Jordan and the UAE of violations of the weapons ban adopted in Rome.", "Jordan", "Egypt", "conj"),
    ],
)
def test_a_participle_after_a_listed_object_describes_the_noun_before_it(text: str, word: str, head: str, dep: str) -> None:
    token = next(t for t in repaired(text) if t.text == word)
    assert (token.head.text, token.dep_) == (head, dep)


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Conte welcomed with warmth Haftar and Sarraj in Rome for talks on the crisis.", ("Italy", "mediation", "GNA")),
        ("The palace said Rabat receives with kindness Sarraj and Haftar for the talks about a ceasefire.", ("Morocco", "mediation", "LNA")),
    ],
)
def test_a_guest_after_a_phrase_of_manner_is_the_object(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


# The nationality after its noun (translated press): the demonym is the noun's adjective, and what hangs on it the noun's.
@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        ("A group of advisers Egyptian visited Benghazi on Thursday.", "Egyptian", "advisers", "amod"),
        ("Abu Dhabi paid for the transfer of mercenaries Sudanese of the Janjaweed near Jufra.", "Sudanese", "mercenaries", "amod"),
        ("Abu Dhabi paid for the transfer of mercenaries Sudanese of the Janjaweed near Jufra.", "of", "mercenaries", "prep"),
        ("Haftar received weapons Emirati through Egypt, the report says.", "Emirati", "weapons", "amod"),
        # a demonym that opens the next phrase stays its own
        ("The deal Turkish officials signed with the GNA angered Greece.", "Turkish", "officials", "amod"),
    ],
)
def test_a_demonym_after_its_noun_is_its_adjective(text: str, word: str, head: str, dep: str) -> None:
    token = [t for t in repaired(text) if t.text == word][-1]
    assert (token.head.text, token.dep_) == (head, dep)


def test_a_demonym_after_its_noun_stands_for_no_backer_of_its_own() -> None:
    text = "Abu Dhabi would have paid for the transfer of mercenaries Sudanese of the Janjaweed in Libya."
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert ("UAE", "support", "Sudan") not in found, found


# The verb's -ing form for its noun (translated press): "the supporting of Italy for the GNU" is Italy's support.
@pytest.mark.parametrize(
    "text,edge",
    [
        ("The Italian defence minister restated, during his trip to Misrata, the supporting of Italy for the Government of National Accord.", ("Italy", "support", "GNA")),
        ("Algiers repeated on Wednesday the supporting of Algeria to the Government of National Accord.", ("Algeria", "support", "GNA")),
    ],
)
def test_a_gerund_for_its_noun_gives_the_nouns_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,lemma",
    [
        ("Rome restated the supporting of Italy for the GNU.", "support"),
        ("Egypt accused Turkey of supporting of the militias.", "support"),  # no article: the verb, left as it is
        ("The UN welcomed the meeting of Sarraj and Haftar.", "meeting"),  # a noun of its own
    ],
)
def test_a_gerund_after_an_article_takes_its_nouns_lemma(text: str, lemma: str) -> None:
    word = next(t for t in repaired(text) if t.lower_.endswith("ing") and t.lower_ != "during")
    assert word.lemma_ == lemma


# "entered to X" (translated press: the source's goal preposition): the place is the verb's object.
@pytest.mark.parametrize(
    "text,edge",
    [
        ("The troops of the Government of Accord entered to Gharyan, the last bastion of Haftar in the south.", ("GNA", "opposition", "LNA")),
        ("Entered the troops of the Government of Accord to Gharyan, the main bastion of Haftar, after the retreat of its defenders.", ("GNA", "opposition", "LNA")),
        ("Haftar's forces, backed by Russian mercenaries, entered into Tripoli on Friday, the ministry said.", ("LNA", "opposition", "GNA")),
    ],
)
def test_a_place_after_a_goal_preposition_is_entered(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


def test_a_refused_entry_after_a_goal_preposition_gives_no_edge() -> None:
    text = "The Emirati aggressor and its hired gunmen shall never enter to Tripoli, the spokesman vowed."
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert ("UAE", "opposition", "GNA") not in found, found


# ", and the LNA accused gunmen backing Dbeibah": a verb of accusing read as a participle on the noun after it is the
# verb of a clause joined to the first; the name is its subject, not the noun's modifier.
@pytest.mark.parametrize(
    "text,edge,absent",
    [
        ("A rocket struck a clinic in Zawiya early on Tuesday, and the GNA blamed gunmen loyal to Haftar, who rejected the charge.", ("GNA", "opposition", "LNA"), ("GNA", "support", "LNA")),
        ("Shells hit the airport on Monday, and the GNA accused fighters loyal to Haftar.", ("GNA", "opposition", "LNA"), ("GNA", "support", "LNA")),
    ],
)
def test_a_speech_act_after_and_is_a_clause_of_its_own(text: str, edge: tuple, absent: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found and absent not in found, found


def test_a_sponsor_participle_after_and_stays_a_modifier() -> None:
    doc = repaired("The LNA attacked the airport, and the UAE backed forces advanced.")
    backed = next(t for t in doc if t.text == "backed")
    assert backed.dep_ != "conj" or backed.head.text != "attacked"


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Sarraj called Ankara a loyal partner and friend of the Libyan people.", ("GNA", "support", "Turkey")),  # a list as second object
        ("Sarraj called Ankara 'a loyal partner and friend'.", ("GNA", "support", "Turkey")),  # the same in scare quotes
        ("Erdogan has repeatedly called Haftar a putschist and a pirate.", ("Turkey", "opposition", "LNA")),  # an apposition
        ("Ankara openly considers the LNA's commander a war criminal and a coup plotter.", ("Turkey", "opposition", "LNA")),
        ("Ankara repeatedly called Haftar a pirate and a threat to the region.", ("Turkey", "opposition", "LNA")),  # the object read into the predicate
        ("Erdogan called Haftar and Hemedti a threat to the region.", ("Turkey", "opposition", "LNA")),
    ],
)
def test_a_designation_s_long_predicate_is_the_object_s_predicate(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date="2021-04-12").itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan called Haftar, a putschist in his words, on the phone.",  # an apposition set off by commas
        "Egypt called Haftar and the UAE a day later.",  # a list object and a time phrase
        "Turkey gave the GNA drones and air defence systems.",  # no designation verb
    ],
)
def test_a_second_object_that_is_no_designation_s_predicate_is_left_alone(text: str) -> None:
    from extract.parse_repair import predicate_read_as_second_object

    assert_leaves_alone(predicate_read_as_second_object, parsed(text))


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Turkey gave the GNA drones.", ("Turkey", "support", "GNA")),
        ("Last year Ankara quietly sent the GNA drones, officials said.", ("Turkey", "support", "GNA")),
        ("The UAE has given the LNA weapons and money since 2016.", ("UAE", "support", "LNA")),
    ],
)
def test_a_recipient_read_as_the_goods_modifier_is_the_recipient(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date="2020-06-15").itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent GNA troops home.",  # people: the GNA's troops
        "Ankara gave the GNA's drones new engines.",  # a possessive
        "Russia sold the Wagner jets to Haftar.",  # a recipient of its own
    ],
)
def test_a_name_on_goods_that_is_no_recipient_is_left_alone(text: str) -> None:
    from extract.parse_repair import recipient_read_as_goods_modifier

    assert_leaves_alone(recipient_read_as_goods_modifier, parsed(text))


@pytest.mark.parametrize(
    "text,word,head",
    [
        ("The Egyptian parliament passed a motion allowing soldiers to be sent to Benghazi in support of Haftar.", "in", "allowing"),
        ("The decree allows fighters to be recruited in Syria on behalf of Haftar.", "on", "allows"),
    ],
)
def test_a_behalf_phrase_on_a_permitted_agentless_passive_is_the_permitters(text: str, word: str, head: str) -> None:
    from extract.parse_repair import behalf_of_agentless_passive

    doc = parsed(text)
    behalf_of_agentless_passive(doc, LEXICON)
    assert head_of(doc, word) == head


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said soldiers were sent to Misrata in support of Sarraj.",  # no permission verb
        "The decree allowed soldiers to be sent to Benghazi by the UAE in support of Haftar.",  # the passive's own agent
    ],
)
def test_a_behalf_phrase_on_a_passive_with_its_own_actor_is_left_alone(text: str) -> None:
    from extract.parse_repair import behalf_of_agentless_passive

    assert_leaves_alone(behalf_of_agentless_passive, parsed(text))


@pytest.mark.parametrize(
    "text",
    [
        "GNA air defences shot down a drone operated on Haftar's behalf by the United Arab Emirates.",
        "A Wing Loong drone operated on Haftar's behalf by the UAE crashed near Bani Walid.",
    ],
)
def test_a_by_phrase_after_a_behalf_phrase_is_the_participles_agent(text: str) -> None:
    from extract.parse_repair import agent_read_on_behalf_phrase

    doc = parsed(text)
    agent_read_on_behalf_phrase(doc, LEXICON)
    by = next(t for t in doc if t.lower_ == "by")
    assert (by.dep_, by.head.tag_) == ("agent", "VBN")


@pytest.mark.parametrize(
    "text",
    [
        "The drone was operated on Haftar's behalf by the UAE.",  # the parser already reads the agent
        "Troops fought on the side of the GNA by the sea.",  # no participle
    ],
)
def test_a_by_phrase_of_a_behalf_phrase_with_an_agent_or_no_participle_is_left_alone(text: str) -> None:
    from extract.parse_repair import agent_read_on_behalf_phrase

    assert_leaves_alone(agent_read_on_behalf_phrase, parsed(text))


def test_a_bill_allowing_a_deployment_in_support_of_a_side_backs_it() -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(
        "The Egyptian parliament passed a motion allowing soldiers to be sent to Benghazi in support of Haftar.").itertuples()}
    assert ("Egypt", "support", "LNA") in found, found


# "demanded from X to withdraw" (translated press: the one asked in a from-phrase): X is the verb's object.
@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        ("Athens firmly demanded from Ankara to pull its warships out of Libyan waters.", "Ankara", "demanded", "dobj"),
        ("The Maltese envoy asked from the Tripoli authorities to release the detained fishing crew.", "authorities", "asked", "dobj"),
        ("The Egyptian president strongly demanded from them to leave Libya at once.", "them", "demanded", "dobj"),
        # verb first: the phrase between the verb and the from-phrase is its subject
        ("Demanded the Interior Minister of Tunisia Taoufik Charfeddine from Tripoli to reopen the border crossing at Ras Jdir, which pleased the traders.", "Minister", "Demanded", "nsubj"),
        ("Demanded the Interior Minister of Tunisia Taoufik Charfeddine from Tripoli to reopen the border crossing at Ras Jdir, which pleased the traders.", "Tripoli", "Demanded", "dobj"),
        # an aside set off by commas before the from-phrase; verb first past an adverb, with a list as subject
        ("Rome demanded, in a note on Sunday, from Moscow to withdraw the Wagner fighters from Sirte.", "Moscow", "demanded", "dobj"),
        ("Firmly demanded Egypt and Cyprus from Turkey to pull its troops out of Libya.", "Egypt", "demanded", "nsubj"),
        ("Firmly demanded Egypt and Cyprus from Turkey to pull its troops out of Libya.", "Turkey", "demanded", "dobj"),
        # a name the verb-first repairs split off the subject's title is its apposition again
        ("Demanded the Finance Minister of the eastern government Ali al-Qatrani from Rome to return the seized tanker.", "Qatrani", "Minister", "appos"),
        ("Demanded the Finance Minister of the eastern government Ali al-Qatrani from Rome to return the seized tanker.", "Rome", "Demanded", "dobj"),
    ],
)
def test_the_one_asked_in_a_from_phrase_is_the_object(text: str, word: str, head: str, dep: str) -> None:
    doc = repaired(text)  # (the repair asks which words are dictionary names)
    token = next(t for t in doc if t.text == word)
    assert (token.head.text, token.dep_) == (head, dep)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey asked for help from Qatar to fight the militias.",  # after another preposition: no addressee
        "Turkey asked, in a letter, for help from Qatar to fight the militias.",  # an aside, then another preposition
        "Egypt demanded an apology from Turkey to end the row.",  # after the verb's object
        "Greece asked from the outset to join the Berlin talks.",  # no actor named
        "The ministry received a request from Rome to open a consulate.",  # no verb of demanding
    ],
)
def test_a_from_phrase_that_names_no_addressee_is_left_alone(text: str) -> None:
    from extract.parse_repair import addressee_of_demand_after_from
    from extract.pipeline import default_extractor

    extractor = default_extractor()
    doc = correct_lemmas(extractor.finder.tag_names(extractor.nlp(text)), LEXICON)  # its names tagged, unrepaired
    assert_leaves_alone(addressee_of_demand_after_from, doc)


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Rome demanded from Egypt and the Emirates to pull their pilots out of Jufra.", ("Italy", "opposition", "UAE")),
        ("Athens said on Monday that it had demanded from Ankara to pull its troops out of Libya.", ("Greece", "opposition", "Turkey")),
        ("The Greek minister demanded from Ankara, the main backer of Sarraj, to withdraw the Syrian fighters.", ("Greece", "opposition", "Turkey")),
    ],
)
def test_a_demand_from_a_side_to_withdraw_opposes_it(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


# "is downed an Emirati drone" (translated press: an active act written with "be"): the subject acts.
@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        ("The GNA air defence is downed an Emirati drone over Zliten, the media office said.", "drone", "downed", "dobj"),
        ("The GNA air defence is downed an Emirati drone over Zliten, the media office said.", "defence", "downed", "nsubj"),
        ("The Algerian premier, Abdelaziz Djerad, was received them warmly in Algiers.", "them", "received", "dobj"),
        ("Units of Haftar's army were shelled heavily the positions of the Tripoli brigades in Salah al-Din.", "positions", "shelled", "dobj"),
        # an adverb or a time word between the participle and its object; a list as the object
        ("The Italian navy was intercepted yesterday a freighter of the Emirates bound for Benghazi.", "freighter", "intercepted", "dobj"),
        ("The army of the GNA, backed by Turkish jets, is downed two Emirati drones and a Russian jet near Sirte.", "drones", "downed", "dobj"),
    ],
)
def test_an_active_act_written_with_be_has_its_subject_act(text: str, word: str, head: str, dep: str) -> None:
    doc = repaired(text)
    token = next(t for t in doc if t.text == word)
    assert (token.head.text, token.dep_) == (head, dep)


@pytest.mark.parametrize(
    "text",
    [
        "Haftar was sent drones by the Emirates.",  # a verb of giving keeps a second object in English
        "Haftar was called a putschist by the Turkish president.",  # a designation
        "Haftar was denied entry to Tunisia.",  # a verb of denying
        "The airport was shelled the whole night.",  # a time phrase
        "The base was bombed twice, the GNA said.",  # no object
        "Tripoli was attacked the same week by Haftar.",  # its agent
        "The convoy was attacked the whole way to Sirte.",  # a measure naming no actor
    ],
)
def test_a_real_passive_is_left_alone(text: str) -> None:
    from extract.parse_repair import active_read_as_passive

    assert_leaves_alone(active_read_as_passive, parsed(text))


@pytest.mark.parametrize(
    "text,edge",
    [
        ("The GNA air defence is downed an Emirati drone over Zliten, the media office said.", ("GNA", "opposition", "UAE")),
        ("The army of Haftar is shelled the Turkish frigate near Misrata, the spokesman announced.", ("LNA", "opposition", "Turkey")),
    ],
)
def test_an_active_act_written_with_be_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


# "is continuing supply Haftar" (translated press: the "to" after an aspectual verb dropped): the bare verb acts.
@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        ("Cairo and Abu Dhabi are continuing supply Haftar with armoured vehicles, the ministry said.", "supply", "continuing", "xcomp"),
        ("Cairo and Abu Dhabi are continuing supply Haftar with armoured vehicles, the ministry said.", "Haftar", "supply", "dobj"),
        ("Moscow, despite the embargo, will continue back the Libyan National Army.", "Army", "back", "dobj"),
        ("The Italian coastguard resumed escort the fishing boats of the GNA.", "boats", "escort", "dobj"),
    ],
)
def test_a_bare_verb_after_an_aspectual_verb_takes_its_object(text: str, word: str, head: str, dep: str) -> None:
    doc = repaired(text)
    token = next(t for t in doc if t.text == word)
    assert (token.head.text, token.dep_) == (head, dep)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar continued support for the GNA.",  # a noun before its preposition
        "The Emirates resumed supply flights to Benghazi.",  # a noun before a plural noun
        "Haftar resumed attack the next day.",  # a time phrase
        "Egypt continued its support to the House of Representatives.",  # the aspectual verb's own object
    ],
)
def test_a_noun_after_an_aspectual_verb_is_left_alone(text: str) -> None:
    from extract.parse_repair import bare_verb_after_aspectual

    doc = parsed(text)
    before = [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    bare_verb_after_aspectual(doc, LEXICON)
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Cairo and Abu Dhabi are continuing supply Haftar with armoured vehicles, the ministry said.", ("UAE", "support", "LNA")),
        ("The Kremlin said that Moscow, despite the embargo, will continue back the Libyan National Army.", ("Russia", "support", "LNA")),
    ],
)
def test_a_bare_verb_after_an_aspectual_verb_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


# "demanded the Turkish troops to leaving" (translated press: the infinitive written in -ing): an infinitive.
@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        ("The Italian defence minister has urged the Russian fighters to withdrawing from Sirte, which annoyed Moscow.", "withdrawing", "urged", "xcomp"),
        ("The Italian defence minister has urged the Russian fighters to withdrawing from Sirte, which annoyed Moscow.", "to", "withdrawing", "aux"),
        ("Cairo urged the militias of Tripoli, in a statement on Friday, to stopping the assault on Sirte.", "stopping", "urged", "xcomp"),
    ],
)
def test_an_infinitive_written_in_ing_after_a_demand_is_an_infinitive(text: str, word: str, head: str, dep: str) -> None:
    doc = repaired(text)
    token = next(t for t in doc if t.text == word)
    assert (token.head.text, token.dep_) == (head, dep)


@pytest.mark.parametrize(
    "text",
    [
        "Paris called for an end to fighting in Tripoli.",  # the "to" of a noun
        "Haftar objected to sending observers to Sirte.",  # no verb of demanding
        "Moscow pushed hard to reaching a truce in Libya.",  # no one asked: no object
    ],
)
def test_a_to_before_a_gerund_with_no_demand_is_left_alone(text: str) -> None:
    from extract.parse_repair import gerund_after_infinitive_to

    doc = parsed(text)
    before = [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    gerund_after_infinitive_to(doc, LEXICON)
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == before


def test_a_demand_to_withdraw_written_in_ing_opposes_whom_it_asks() -> None:
    text = "Siala, the GNA foreign minister, demanded the Russian mercenaries to leaving Sirte at once."
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert ("GNA", "opposition", "Wagner") in found or ("GNA", "opposition", "Russia") in found, found


# "crates supplied to Haftar by Cairo were unloaded": the participle read as the verb, the passive left
# without a subject; the passive is the clause's verb and the participle the noun's.
@pytest.mark.parametrize(
    "text,word,head,dep",
    [
        ("Egyptian ammunition crates supplied to the LNA by Cairo were unloaded at Benghazi port on Sunday.", "supplied", "crates", "acl"),
        ("Egyptian ammunition crates supplied to the LNA by Cairo were unloaded at Benghazi port on Sunday.", "crates", "unloaded", "nsubjpass"),
        ("Ankara says Jordanian armoured vehicles refitted in Aqaba were shipped to Benghazi to strengthen Haftar's army.", "vehicles", "shipped", "nsubjpass"),
        ("Ankara says Jordanian armoured vehicles refitted in Aqaba were shipped to Benghazi to strengthen Haftar's army.", "shipped", "says", "ccomp"),
    ],
)
def test_a_participle_before_a_subjectless_passive_describes_the_subject(text: str, word: str, head: str, dep: str) -> None:
    doc = repaired(text)
    token = next(t for t in doc if t.text == word)
    assert (token.head.text, token.dep_) == (head, dep)


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's forces advanced on Tripoli and were repelled by the GNA.",  # a shared subject after "and"
        "The militias retreated from Tarhuna, were chased by the GNA and fled south.",  # after a comma
        "The weapons Egypt sent were destroyed at Watiya.",  # a name, not a noun, before the past form
        "Turkish drones destroyed the trucks that were shipped to Haftar.",  # the past form has its object
    ],
)
def test_a_passive_with_a_subject_of_its_own_is_left_alone(text: str) -> None:
    from extract.parse_repair import participle_before_subjectless_passive

    doc = parsed(text)
    before = [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    participle_before_subjectless_passive(doc, LEXICON)
    assert [(t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    "text,edge",
    [
        ("Egyptian ammunition crates supplied to the LNA by Cairo were unloaded at Benghazi port on Sunday.", ("Egypt", "support", "LNA")),
        ("Ankara says Jordanian armoured vehicles refitted in Aqaba were shipped to Benghazi to strengthen Haftar's army.", ("Jordan", "support", "LNA")),
    ],
)
def test_a_participle_before_a_subjectless_passive_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


# ", inflicting a defeat on ..." at the end of a sentence hung on the verb of an after- or that-clause: it is the main clause's.
@pytest.mark.parametrize(
    "text,word,head",
    [
        ("GNA troops retook Tarhuna on Friday after the town's defenders ran out of ammunition, inflicting a humiliating defeat on Haftar.", "inflicting", "retook"),
        ("The Egyptian foreign ministry said last week that Ankara had flown more Syrian fighters into Misrata, condemning Turkey for stoking the war.", "condemning", "said"),
    ],
)
def test_a_final_participle_on_an_inner_clause_is_the_main_clauses(text: str, word: str, head: str) -> None:
    assert head_of(repaired(text), word) == head


@pytest.mark.parametrize(
    "text,word,head",
    [
        ("The GNA said gunmen attacked the port, targeting a Turkish ship.", "targeting", "attacked"),  # a speaker does not target
        ("Egypt said Turkey sent mercenaries to Tripoli, violating the embargo.", "violating", "sent"),  # the inner actor acts
    ],
)
def test_a_final_participle_whose_inner_clause_can_do_it_stays(text: str, word: str, head: str) -> None:
    assert head_of(repaired(text), word) == head


@pytest.mark.parametrize(
    "text,edge",
    [
        ("GNA troops retook Tarhuna on Friday after the town's defenders ran out of ammunition, inflicting a humiliating defeat on Haftar.", ("GNA", "opposition", "LNA")),
        ("The Egyptian foreign ministry said last week that Ankara had flown more Syrian fighters into Misrata, condemning Turkey for stoking the war.", ("Egypt", "opposition", "Turkey")),
    ],
)
def test_a_final_participle_moved_to_the_main_clause_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text,word,head",
    [
        ("The LNA stormed Sokna at dawn after the town's garrison ran out of ammunition, delivering a setback to the GNA.", "delivering", "stormed"),
        ("GNA units retook the airfield late on Friday as the last guards surrendered, inflicting a defeat on Haftar.", "inflicting", "retook"),
    ],
)
def test_a_result_participle_after_a_subordinate_clause_with_no_one_named_is_the_main_clauses(text: str, word: str, head: str) -> None:
    assert head_of(repaired(text), word) == head  # final_participle_on_inner_clause


@pytest.mark.parametrize(
    "text",
    [
        "The GNA recaptured Sabratha after Emirati jets pulled out, handing a defeat to Haftar.",  # a named subject: either reading
        "Egypt massed troops on the border while the fighting spread, Sisi warning that he would intervene.",  # own subject
    ],
)
def test_a_result_participle_after_a_named_subordinate_subject_is_left_alone(text: str) -> None:
    from extract.parse_repair import final_participle_on_inner_clause
    from extract.pipeline import default_extractor

    doc = default_extractor().finder.tag_names(parsed(text))  # the names the repair asks about
    assert_leaves_alone(final_participle_on_inner_clause, doc)


def test_a_blow_dealt_after_a_subordinate_clause_is_the_main_subjects() -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(
        "Haftar's army overran the oasis town on Sunday after the garrison melted away, dealing a setback to the GNA.").itertuples()}
    assert ("LNA", "opposition", "GNA") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Cairo airlifted tribal levies to southern Libya to patrol alongside the LNA.",
        "Jordan flew two hundred special forces to southern Libya in 2019 to protect airstrips for the LNA.",
    ],
)
def test_a_region_adjective_after_to_before_a_place_is_the_places(text: str) -> None:
    from extract.parse_repair import region_adjective_read_as_verb

    doc = parsed(text)
    region_adjective_read_as_verb(doc, LEXICON)
    region = next(t for t in doc if t.lower_ == "southern")
    assert (region.dep_, region.head.text, region.head.head.lower_) == ("amod", "Libya", "to")
    assert next(t for t in doc if t.lower_ in ("patrol", "protect")).head.lower_ != "southern"


def test_a_region_adjective_read_right_is_left_alone() -> None:
    from extract.parse_repair import region_adjective_read_as_verb

    assert_leaves_alone(region_adjective_read_as_verb, parsed("Turkey sent drones to western Libya last year."))


@pytest.mark.parametrize(
    "text, opener, group",
    [
        ('"Those who arm Haftar, like Jordan and Egypt, are to blame," Siala said.', "like", "Those"),
        ("Those who finance the LNA, such as Egypt, bear the blame, the minister said.", "as", "Those"),
        ("Anyone who backs the GNA, including Qatar, is an enemy, the army said.", "including", "Anyone"),
        ("The ones who fund Haftar, the renegade general, like Jordan, will answer for it.", "like", "ones"),
    ],
)
def test_examples_after_a_relative_clause_name_the_unnamed_group(text: str, opener: str, group: str) -> None:
    from extract.parse_repair import examples_read_on_relative_object

    doc = parsed(text)
    examples_read_on_relative_object(doc, LEXICON)
    assert head_of(doc, opener) == group


@pytest.mark.parametrize(
    "text",
    [
        "Those who arm militias, such as the Nawasi brigade, break the embargo.",  # examples of a common noun
        "Those who, like Egypt, support Haftar are wrong.",  # inside the clause, before its verb
        "Egypt, which backs Haftar, like the UAE, sent jets.",  # a named antecedent
    ],
)
def test_examples_of_a_common_noun_or_named_group_are_left_alone(text: str) -> None:
    from extract.parse_repair import examples_read_on_relative_object

    assert_leaves_alone(examples_read_on_relative_object, parsed(text))


def test_examples_hung_on_the_groups_verb_name_the_group() -> None:
    from extract.parse_repair import examples_read_on_relative_object

    doc = parsed("The ones who are helping Haftar, like Egypt, they are criminals, Erdogan said.")
    examples_read_on_relative_object(doc, LEXICON)
    assert head_of(doc, "like") == "ones"


@pytest.mark.parametrize(
    "text, name, group",
    [
        ('"Those who arm Haftar, Egypt in particular, must stop," Siala said.', "Egypt", "Those"),
        ('"The countries that fund the militias of Tripoli, notably Qatar and Turkey, are prolonging the war," he said.', "Qatar", "countries"),
        ('"Those who back Haftar, the Emiratis and Jordan above all, bear the blame," Sarraj said.', "Emiratis", "Those"),
        # a participle clause on the group, and a focus phrase of two words before the list
        ("Those backing Haftar, namely the UAE, Egypt and Russia, have kept shipping weapons.", "UAE", "Those"),
        ("The states funding the militias of Tripoli, above all Qatar, deny it.", "Qatar", "states"),
    ],
)
def test_a_focused_list_after_a_relative_clause_names_the_unnamed_group(text: str, name: str, group: str) -> None:
    from extract.parse_repair import focused_list_read_on_relative_object

    doc = parsed(text)
    focused_list_read_on_relative_object(doc, LEXICON)
    assert head_of(doc, name) == group


def test_a_list_after_a_relative_clause_with_no_focus_word_is_left_alone() -> None:
    from extract.parse_repair import focused_list_read_on_relative_object

    assert_leaves_alone(focused_list_read_on_relative_object, parsed('"Those who back Haftar, Egypt and Jordan, are wrong," Sarraj said.'))


def test_a_list_after_a_participle_on_a_name_is_left_alone() -> None:
    from extract.parse_repair import focused_list_read_on_relative_object

    # a participle on a name, not on a group no name is given: the list is not the name's
    assert_leaves_alone(focused_list_read_on_relative_object, parsed("Egypt, backing Haftar, notably the LNA's air force, was blamed."))


@pytest.mark.parametrize(
    "text, thing, verb, name",
    [
        ("Egypt gave money to Haftar, weapons to the House of Representatives and fuel to the LNA.", "weapons", "gave", "Representatives"),
        ("Haftar's army has received armoured vehicles from Jordan, armed drones from the UAE and diplomatic backing from Egypt.", "drones", "received", "UAE"),
        ("Turkey shipped drones to the GNA, rifles to the Misrata brigades, and radars to Tripoli.", "rifles", "shipped", "brigades"),
    ],
)
def test_gapped_thing_and_recipient_clusters_are_the_verbs(text: str, thing: str, verb: str, name: str) -> None:
    from extract.parse_repair import object_and_recipient_clusters

    doc = parsed(text)
    object_and_recipient_clusters(doc, LEXICON)
    noun = next(t for t in doc if t.text == thing)
    first_object = next(c for c in doc if c.dep_ == "dobj" and c.head.text == verb)
    assert noun.dep_ == "conj" and noun.head.i == first_object.i
    recipient = next(t for t in doc if t.text == name)
    assert recipient.head.head.text == verb and recipient.head.i == noun.i + 1


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent fighters to Haftar and Turkey drones to the GNA.",  # a name opens a gapped clause of its own
        "Turkey sent drones to the GNA, and Russia sent jets to Haftar.",  # a clause with its own verb
        "Egypt sent troops to the border, warplanes to Sidi Barrani and a warning to Ankara.",  # the first place names no one
    ],
)
def test_clusters_that_are_no_gapped_things_are_left_alone(text: str) -> None:
    from extract.parse_repair import object_and_recipient_clusters

    assert_leaves_alone(object_and_recipient_clusters, parsed(text))


# "for X to do" after an appeal is one clause whose subject is X: the ones asked, not the callers.
FOR_CLAUSE_EDGES = [
    # (sentence, edges it must give, edges it must not give)
    ("Spain and Malta called for Sarraj's cabinet and Haftar's army to reopen talks.",
     {("Spain", "mediation", "GNA"), ("Malta", "mediation", "LNA")}, {("Spain", "mediation", "Malta")}),
    ("Spain, Malta and Greece called on Sunday for the Tripoli government and the LNA to stop all hostilities and return to negotiations under UN auspices.",
     {("Spain", "mediation", "GNA"), ("Greece", "mediation", "LNA")}, {("Spain", "mediation", "Malta"), ("UN", "mediation", "Greece")}),
    ("Washington on Monday called for Sarraj and Haftar to come back to talks in Geneva.",
     {("United States", "mediation", "GNA"), ("United States", "mediation", "LNA")}, set()),
    ("The Arab League, in a statement on Tuesday, called for Sarraj and Haftar to sign the truce.", {("Arab League", "mediation", "LNA")}, set()),
    ("Cairo and Amman pressed for the GNA, the LNA and the Tobruk parliament to join a dialogue in Tunis, Egyptian officials said.",
     {("Egypt", "mediation", "HoR"), ("Jordan", "mediation", "GNA")}, {("Egypt", "mediation", "Jordan")}),
    ("Tunisia said it would push for both Tripoli and Haftar's camp to accept a ceasefire.", {("Tunisia", "mediation", "LNA")}, set()),
    ("The Kremlin asked for the Dbeibah cabinet and Haftar's army to keep the truce.", {("Russia", "mediation", "GNU")}, set()),
    ("Moscow repeatedly called for Turkey to halt its deployment of Syrian fighters.", {("Russia", "opposition", "Turkey")}, set()),
    ("Washington called for the Wagner Group to stop its attacks on Tripoli.", {("United States", "opposition", "Wagner")}, set()),
    # what the one called on is asked to do is not done: no attack asserted
    ("Haftar called for the LNA to attack Tripoli.", set(), {("LNA", "opposition", "GNA")}),
    ("Haftar called for the LNA, a key player in the conflict, to attack Tripoli.", set(), {("LNA", "opposition", "GNA")}),
    ("Britain called for the GNA and the HoR, the two rival chambers, to reopen talks.", {("United Kingdom", "mediation", "HoR")}, set()),
    # callers of a truce between others are not its parties
    ("Germany, Britain and Spain pushed for the Tripoli government and Haftar's forces to sign a truce in Berlin.",
     {("Germany", "mediation", "GNA")}, {("Germany", "mediation", "Spain"), ("United Kingdom", "mediation", "Spain")}),
    # "for" after a verb that sends or a noun of support says whom it is for
    ("Turkey sent drones for the GNA to use against Haftar.", {("Turkey", "support", "GNA")}, set()),
    ("France called for the sanctions to be lifted.", set(), set()),
]


@pytest.mark.parametrize("text,edges,absent", FOR_CLAUSE_EDGES, ids=[t[:50] for t, _, _ in FOR_CLAUSE_EDGES])
def test_the_subject_of_a_for_clause_after_an_appeal_is_the_one_asked(text: str, edges: set, absent: set) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    unordered = found | {(b, r, a) for a, r, b in found if r != "support"}
    assert edges <= unordered and not (absent & unordered), found


@pytest.mark.parametrize(
    "text,subject,verb",
    [
        ("Spain and Malta called for the GNA and the HoR to reopen talks.", "GNA", "reopen"),
        ("Moscow said it had pressed for the LNA and the GNA to hold direct talks.", "LNA", "hold"),
        ("The EU's call for the GNA and the HoR to reopen negotiations was welcomed.", "GNA", "reopen"),
        ("Shoukry called for Turkish forces and all mercenaries to leave.", "forces", "leave"),
    ],
)
def test_an_object_of_for_before_a_to_infinitive_is_its_subject(text: str, subject: str, verb: str) -> None:
    from extract.parse_repair import infinitive_subject_read_as_object_of_for

    doc = parsed(text)
    infinitive_subject_read_as_object_of_for(doc, LEXICON)
    word = next(t for t in doc if t.text == subject)
    assert (word.dep_, word.head.text) == ("nsubj", verb)
    assert next(t for t in doc if t.lower_ == "for").dep_ == "mark"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent drones for the GNA to use against Haftar.",  # not an appeal: whom the drones are for
        "Russia voiced support for Haftar to take Tripoli.",  # support for someone
        "Egypt voted for the resolution to the council.",  # a preposition "to", no infinitive
    ],
)
def test_for_after_no_appeal_is_left_alone(text: str) -> None:
    from extract.parse_repair import infinitive_subject_read_as_object_of_for

    assert_leaves_alone(infinitive_subject_read_as_object_of_for, parsed(text))


# A past cue verb that is also an adjective ("armed", "backed") after a list of names, read as a modifier of the object.
PAST_VERB_READ_AS_MODIFIER = [
    ("Jordan and Sudan armed the LNA's brigades.", {("Jordan", "support", "LNA"), ("Sudan", "support", "LNA")}),
    ("Egypt and the UAE armed Haftar.", {("Egypt", "support", "LNA"), ("UAE", "support", "LNA")}),
    ("Russia and Egypt armed Haftar's forces, a report said.", {("Russia", "support", "LNA"), ("Egypt", "support", "LNA")}),
    ("When Jordan and Sudan armed the LNA's brigades, nobody objected.", {("Jordan", "support", "LNA"), ("Sudan", "support", "LNA")}),
    # a depictive after the object ("unchallenged") read as a small clause whose subject is the object
    ("The UAE armed Haftar's fighters unchallenged.", {("UAE", "support", "LNA")}),
    ("Russia and Syria armed the LNA's militias unchallenged.", {("Russia", "support", "LNA"), ("Syria", "support", "LNA")}),
    ("Egypt and Jordan trained Haftar's pilots unhindered, the panel found.", {("Egypt", "support", "LNA"), ("Jordan", "support", "LNA")}),
    ("Diplomats recall a time when Russia and Egypt armed Haftar's fighters unchallenged.", {("Russia", "support", "LNA")}),
    ("Turkey attacked Haftar's positions unprovoked, the LNA said.", {("Turkey", "opposition", "LNA")}),
    # the depictive read as the clause's verb, the object as the subject's apposition
    ("Analysts recall the years when Jordan and Sudan armed the LNA's brigades unchallenged.", {("Jordan", "support", "LNA"), ("Sudan", "support", "LNA")}),
    ("Tebboune wants back the sway lost in the years when Cairo and Abu Dhabi armed the LNA's brigades unhindered.", {("Egypt", "support", "LNA")}),
]


@pytest.mark.parametrize("text,edges", PAST_VERB_READ_AS_MODIFIER, ids=[t[:50] for t, _ in PAST_VERB_READ_AS_MODIFIER])
def test_a_past_cue_verb_read_as_a_modifier_of_its_object_is_the_verb(text: str, edges: set) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    unordered = found | {(b, r, a) for a, r, b in found if r != "support"}
    assert edges <= unordered, found


@pytest.mark.parametrize(
    "text",
    [
        "Egypt, UAE armed forces in joint drills.",  # a headline about two armies: no one named after "armed"
        "Egypt and the UAE's armed forces held drills.",  # the adjective of a possessed noun
        "Haftar and armed militias attacked Tripoli.",  # an adjective in a subject
        "Egypt considered the deal with Turkey unauthorized.",  # a designation's small clause
        "Russia left Haftar's fighters unprotected.",  # no cue verb
    ],
)
def test_an_adjective_in_ed_that_is_no_verb_stays_an_adjective(text: str) -> None:
    from extract.parse_repair import depictive_read_as_small_clause, past_verb_read_as_modifier_of_object

    doc = parsed(text)
    before = arcs(doc)
    past_verb_read_as_modifier_of_object(doc, LEXICON)
    depictive_read_as_small_clause(doc, LEXICON)
    assert arcs(doc) == before


# Whom a place is taken from, when the parser hangs the from-phrase on a place named in a phrase of its own.
TAKEN_FROM = [
    ("GNA forces took control of the coastal towns of Zawiya and Zuwara from Haftar's army on Tuesday.", ("GNA", "opposition", "LNA")),
    ("Tripoli announced its brigades had taken control of the towns of Asbia and Mizda from the LNA.", ("GNA", "opposition", "LNA")),
    ("Troops loyal to Sarraj took control of the airbase at Watiya from Haftar.", ("GNA", "opposition", "LNA")),
    ("The LNA said it had seized the airport of Tripoli from the Misrata brigades.", ("LNA", "opposition", "GNA")),
    # the noun of taking, not a verb, whose of-phrase names the place
    ("The GNA announced the capture of al-Watiya from the LNA.", ("GNA", "opposition", "LNA")),
    ("GNA forces said they had regained the airport, completing the recapture of the southern suburbs from Haftar's forces.", ("GNA", "opposition", "LNA")),
]


@pytest.mark.parametrize("text,edge", TAKEN_FROM, ids=[t[:50] for t, _ in TAKEN_FROM])
def test_whom_a_nested_place_is_taken_from_is_the_verbs(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found | {(b, r, a) for a, r, b in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "The GNA took control of the villages of Zawiya and Ajaylat from Tuesday.",  # when, not from whom
        "The LNA took control of the towns of Tarhuna and Bani Walid from the south.",  # where from
        "The GNA captured mercenaries at the airbase of Watiya from Sudan.",  # no place taken: whose mercenaries
        "Turkish drones struck the town of Tarhuna from the Watiya base.",  # "strike" takes no "from"
        "The capture of the town of Mizda from Tuesday changed little.",  # when, after a noun of taking too
    ],
)
def test_a_from_phrase_of_time_place_or_origin_stays_where_it_is(text: str) -> None:
    from extract.parse_repair import source_of_taking_read_on_place

    doc = repaired(text)  # the extractor's parse: the dictionary's names tagged
    assert_leaves_alone(source_of_taking_read_on_place, doc)


# A which-clause of sending or carrying hung on the place where the vessel, plane or aid was.
RELATIVE_ON_PLACE = [
    ("The LNA struck a Turkish vessel in the harbour of Misrata, which was delivering arms to the GNA.", ("Turkey", "support", "GNA")),
    ("Drones hit a Russian cargo plane at the airport of Benghazi, which was carrying weapons for Haftar.", ("Russia", "support", "LNA")),
    # a cue noun in the of-phrase of the verb's object takes the preposition after it
    ("Ankara confirmed the continuation of Turkish support to the GNA.", ("Turkey", "support", "GNA")),
    ("Moscow welcomed the extension of Russian assistance to Haftar's army, a diplomat said.", ("Russia", "support", "LNA")),
]


@pytest.mark.parametrize("text,edge", RELATIVE_ON_PLACE, ids=[t[:50] for t, _ in RELATIVE_ON_PLACE])
def test_a_phrase_the_parser_hung_on_the_wrong_noun_gives_its_edge(text: str, edge: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    assert edge in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's gunners shelled the harbour of Zuwara, which was receiving Turkish arms.",  # the place itself receives
        "Haftar's gunners shelled the harbour of Zuwara, which the GNA uses to receive Turkish arms.",  # the word is the object
        "Turkish drones hit a convoy near the town of Tarhuna, which was supplying Haftar's forces.",  # no vessel or aid
    ],
)
def test_a_relative_clause_on_a_place_that_may_be_the_places_stays(text: str) -> None:
    from extract.parse_repair import relative_clause_read_on_place

    doc = repaired(text)
    assert_leaves_alone(relative_clause_read_on_place, doc)


# A finite verb after a to-infinitive and "and" is the finite verb's conjunct: the urger's act, not the urged one's.
FINITE_AFTER_INFINITIVE = [
    ("Washington pressed the LNA on Friday to stop its assault and denounced the Russian contractors fighting for it.",
     ("United States", "opposition", "Wagner"), ("LNA", "opposition", "Wagner")),
    ("Algeria called on the GNA to join talks and denounced the Emirati air strikes.", ("Algeria", "opposition", "UAE"), ("GNA", "opposition", "UAE")),
    ("The UN pressed Haftar to end his siege and accused the UAE of violating the embargo.", ("UN", "opposition", "UAE"), ("LNA", "opposition", "UAE")),
]


@pytest.mark.parametrize("text,edge,absent", FINITE_AFTER_INFINITIVE, ids=[t[:50] for t, _, _ in FINITE_AFTER_INFINITIVE])
def test_a_finite_verb_after_an_infinitive_is_the_urgers(text: str, edge: tuple, absent: tuple) -> None:
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}
    unordered = found | {(b, r, a) for a, r, b in found if r != "support"}
    assert edge in unordered and absent not in unordered, found


@pytest.mark.parametrize(
    "text",
    [
        "Egypt urged the LNA to halt and to condemn the Turkish deployment.",  # a second infinitive, with its "to"
        "Turkey urged the GNA to advance and attack Haftar's positions.",  # a bare infinitive: the urged one's
        "Russia wants to arm Haftar and Turkey backs Sarraj.",  # a clause with its own subject
    ],
)
def test_an_infinitives_own_conjunct_stays(text: str) -> None:
    from extract.parse_repair import finite_verb_read_as_infinitives_conjunct

    doc = repaired(text)
    assert_leaves_alone(finite_verb_read_as_infinitives_conjunct, doc)


def test_a_plural_cue_noun_read_as_a_verb_after_a_bare_name_is_the_noun() -> None:
    """Translated press drops the possessive: "Egypt supports to the efforts of X" is Egypt's support to them."""
    found = {(r.actor1, r.relation, r.actor2) for r in extract_relations(
        "Sisi affirmed Egypt supports to the efforts of the Libyan National Army.").itertuples()}
    assert ("Egypt", "support", "LNA") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said Egypt supports Haftar to the end.",  # a verb with its object: a reported clause
        "The report affirmed Russia backs the LNA with mercenaries.",  # "back ... with" is the verb's
    ],
)
def test_a_verb_in_s_with_its_object_stays_a_verb(text: str) -> None:
    from extract.parse_repair import cue_noun_read_as_verb_after_name

    doc = repaired(text)
    assert_leaves_alone(cue_noun_read_as_verb_after_name, doc)


def _edge_triples(text: str) -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text, date="2020-06-01").itertuples()}


COORDINATED_CUE_VERBS = [
    ("Turkey trains and equips GNA forces.", ("Turkey", "support", "GNA")),
    ("Erdogan said Turkey would keep training and equipping GNA forces.", ("Turkey", "support", "GNA")),
    ("The LNA fought the GNA, which Turkey arms and finances.", ("Turkey", "support", "GNA")),
    ("The LNA attacked the militias of the Sarraj government, which Qatar and Turkey arm and finance.", ("Qatar", "support", "GNA")),
    ("Moscow will continue funding and arming Haftar, the report said.", ("Russia", "support", "LNA")),
]


@pytest.mark.parametrize("text,edge", COORDINATED_CUE_VERBS, ids=[t[:50] for t, _ in COORDINATED_CUE_VERBS])
def test_two_coordinated_cue_verbs_read_as_a_noun_are_verbs(text: str, edge: tuple) -> None:
    """"Turkey trains and equips ...": the tagger reads the first of two cue verbs as a noun ("Turkey trains" one
    phrase, "training" the object of "keep"); both are verbs, the name before their subject."""
    assert edge in _edge_triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish arms and trainers reached Tripoli.",  # nouns with no name before them to be a subject
        "Turkey's arms and funds reached the GNA.",  # a possessive owns nouns
        "The training and arming of GNA forces continued.",  # a determiner: nouns
        "Turkey continued its support and training of GNA forces.",
    ],
)
def test_coordinated_cue_nouns_stay_nouns(text: str) -> None:
    from extract.parse_repair import coordinated_verbs_read_as_noun

    doc = repaired(text)
    assert_leaves_alone(coordinated_verbs_read_as_noun, doc)


ROLE_PHRASE_PREPS = [
    ("Sudanese troops fought as mercenaries for Haftar.", ("Sudan", "support", "LNA")),
    ("The Sudan Liberation Army has fought in Libya as paid fighters for Haftar, UN experts said.", ("Sudan Liberation Army", "support", "LNA")),
    ("Chadian troops fought as mercenaries against the GNA.", ("Chad", "opposition", "GNA")),
]


@pytest.mark.parametrize("text,edge", ROLE_PHRASE_PREPS, ids=[t[:50] for t, _ in ROLE_PHRASE_PREPS])
def test_a_verbs_preposition_after_its_as_phrase_is_the_verbs(text: str, edge: tuple) -> None:
    """"fought as mercenaries for Haftar": the parser hangs "for" on "mercenaries"; it is whom they fought for."""
    assert edge in _edge_triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey acted as a mediator between the GNA and the LNA.",  # the noun's own cue preposition
        "Sudanese troops fought as part of Haftar's forces.",  # "of": no preposition of the verb
    ],
)
def test_an_as_phrases_own_preposition_stays(text: str) -> None:
    from extract.parse_repair import verb_prep_read_on_role_phrase

    doc = repaired(text)
    assert_leaves_alone(verb_prep_read_on_role_phrase, doc)


ROLE_LISTS = [
    ("Haftar's backers, Egypt and the UAE, denied the report.", {("Egypt", "support", "LNA"), ("UAE", "support", "LNA")}),
    ("Haftar's foreign patrons, Egypt and Russia in particular, appeared to welcome the alternative.", {("Egypt", "support", "LNA"), ("Russia", "support", "LNA")}),
    ("Haftar asked his foreign backers, Egypt and the UAE foremost among them, for more air support.", {("Egypt", "support", "LNA"), ("UAE", "support", "LNA")}),
    # the role noun ends an object list, and the names hang on the role noun or on the list's first member
    ("Turkey will fight Haftar and his foreign backers, Egypt and the UAE.", {("Egypt", "support", "LNA"), ("UAE", "support", "LNA")}),
    ("Turkey will stand by the GNA against Haftar and his supporters, the Emirates and Egypt.", {("Egypt", "support", "LNA"), ("UAE", "support", "LNA")}),
]


@pytest.mark.parametrize("text,expected", ROLE_LISTS, ids=[t[:50] for t, _ in ROLE_LISTS])
def test_names_set_off_after_a_role_noun_are_its_apposition(text: str, expected: set) -> None:
    """The parser reads the names after "Haftar's backers," as more members of a list; they are who the backers are."""
    assert expected <= _edge_triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Haftar's backers, Egypt's generals and the UAE's princes met in Cairo.",  # no name right after the comma
        "Turkey and its allies, Qatar and Sudan met in Doha.",  # no comma closes the names: a list
        "Egypt fought Haftar and his allies, Sudan and Chad in the south.",  # the object's names go on: a list
    ],
)
def test_a_list_after_a_role_noun_without_the_shape_stays(text: str) -> None:
    from extract.parse_repair import role_list_read_as_conjuncts

    doc = repaired(text)
    assert_leaves_alone(role_list_read_as_conjuncts, doc)


def test_an_infinitive_hung_on_a_name_after_a_list_describes_the_thing_sent() -> None:
    from extract.parse_repair import infinitive_relative_read_on_name

    doc = parsed("The UAE is supplying Haftar, Togo, and Samoa with an air defence system to counter Turkish drones.")
    counter = next(t for t in doc if t.text == "counter")
    assert counter.head.text == "Haftar"  # the parser's reading, which the repair mends
    infinitive_relative_read_on_name(doc, LEXICON)
    assert (counter.dep_, counter.head.text) == ("relcl", "system")
    assert ("LNA", "opposition", "Turkey") not in _edge_triples(doc.text)


def test_an_infinitive_of_the_verb_stays() -> None:
    from extract.parse_repair import infinitive_relative_read_on_name

    doc = repaired("Turkey sent the GNA drones to counter Haftar.")
    assert_leaves_alone(infinitive_relative_read_on_name, doc)


ADVERB_BEFORE_AGENT = [
    ("Haftar, backed chiefly by Egypt and the UAE, launched a new offensive.", {("Egypt", "support", "LNA"), ("UAE", "support", "LNA")}),
    ("The GNA, backed openly by Turkey, repelled the offensive.", {("Turkey", "support", "GNA")}),
    ("Haftar lost ground. The renegade general, backed reportedly by Egypt, launched a new offensive on the capital.", {("Egypt", "support", "LNA")}),
]


@pytest.mark.parametrize("text,expected", ADVERB_BEFORE_AGENT, ids=[t[:50] for t, _ in ADVERB_BEFORE_AGENT])
def test_an_adverb_before_a_set_off_participles_by_phrase_keeps_the_participle(text: str, expected: set) -> None:
    """"Haftar, backed chiefly by Egypt, launched ...": the parser makes the participle the verb (or the tagger a
    finite past); it still describes the name before it, backed by the by-phrase."""
    assert expected <= _edge_triples(text)


def test_a_finite_past_with_its_own_subject_stays() -> None:
    from extract.parse_repair import participle_with_agent_tagged_past, set_off_participle_read_as_root

    doc = repaired("Haftar, the commander, was backed by Egypt and launched an offensive.")
    before = arcs(doc)
    set_off_participle_read_as_root(doc, LEXICON)
    participle_with_agent_tagged_past(doc, LEXICON)
    assert arcs(doc) == before


@pytest.mark.parametrize(
    "text,clause",
    [
        ("Russia and Turkey hosted Sarraj and Haftar in Moscow for indirect talks; the two men did not meet face to face.", "hosted"),
        ("Egypt armed Haftar for years; Cairo never admitted it.", "armed"),
        ("Egypt, France, Greece and Cyprus condemned Turkey's decision to send troops to Libya on Wednesday; Italy, which attended, declined to sign the statement.", "condemned"),
        ("Russia backed Haftar in 2019; Moscow, which denies it, refused to comment on Monday.", "backed"),
    ],
)
def test_a_clause_before_a_semicolon_is_no_complement_of_the_next(text: str, clause: str) -> None:
    from extract.parse_repair import clause_before_semicolon_read_as_complement

    doc = parsed(text)
    clause_before_semicolon_read_as_complement(doc, LEXICON)
    verb = next(t for t in doc if t.text == clause)
    assert verb.dep_ != "ccomp"


def test_a_complement_after_a_semicolon_is_left_alone() -> None:
    from extract.parse_repair import clause_before_semicolon_read_as_complement

    # before the semicolon a list with no verb; after it, a reported clause that is its verb's complement
    assert_leaves_alone(clause_before_semicolon_read_as_complement, parsed("Egypt, Greece and Cyprus; these three states said they opposed the deal."))


@pytest.mark.parametrize(
    "text",
    [
        "The Government of National Accord called Sisi's remarks a declaration of war.",
        "The Government of National Accord called Egypt's remarks a declaration of war.",
    ],
)
def test_possessed_noun_before_a_predicate_is_the_object(text: str) -> None:
    doc = parsed(text)
    possessed_noun_read_as_verb(doc, LEXICON)
    remarks = next(t for t in doc if t.lower_ == "remarks")
    declaration = next(t for t in doc if t.lower_ == "declaration")
    assert (remarks.pos_, remarks.dep_, remarks.head.lower_) == ("NOUN", "dobj", "called")
    assert (declaration.dep_, declaration.head.lower_) == ("oprd", "called")


@pytest.mark.parametrize(
    "text,changed",
    [
        # a bare channel after "by" on a verb with no passive auxiliary says how: no agent
        ("Salame said he had met Sarraj and spoken by phone with Haftar's aides.", True),
        # a passive keeps its agent, and a channel with a determiner may be a thing that acts
        ("The drones were sent by sea to the GNA.", False),
        ("The envoy was contacted by the radio station.", False),
    ],
)
def test_a_channel_after_by_is_no_agent(text: str, changed: bool) -> None:
    doc = parsed(text)
    by = next(t for t in doc if t.lower_ == "by")
    before = by.dep_
    channel_read_as_agent(doc, LEXICON)
    assert (by.dep_ == "prep" and before == "agent") == changed


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        ('"Haftar said: ""We are coming, Tripoli. Egypt stands with us."""', {("Egypt", "support", "LNA")}),
        ('Merkel said: "Turkey is arming the GNA. Whether that holds, we will see."""', {("Turkey", "support", "GNA")}),
        ('"""', set()),
    ],
)
def test_a_sentence_of_quote_marks_alone_is_read_without_error(text: str, edges: set) -> None:
    # Doubled quotes from a badly exported spreadsheet leave a sentence of punctuation alone: the repairs that
    # look for a clause start past its fronted phrases find none inside it, and must not read past its end.
    found = extract_relations(text)
    assert set(zip(found["actor1"], found["relation"], found["actor2"])) == edges


@pytest.mark.parametrize("text", ["Egypt arms the eastern brigades and Qatar funds the GNA.", "Egypt arms Haftar and Qatar funds the GNA."])
def test_a_name_read_as_a_compound_of_a_verb_is_its_subject(text: str) -> None:
    """name_read_as_compound_of_verb: "Qatar funds" read as a noun compound leaves the verb borrowing Egypt as subject."""
    assert attachment(repaired(text), "Qatar") == ("nsubj", "funds")


@pytest.mark.parametrize(
    "text,men",
    [
        ("The GNA blamed the attack on forces under Haftar's command.", "forces"),
        ("An air strike killed 44 people, in an attack the Tripoli government blamed on forces under Haftar's command.", "forces"),
    ],
)
def test_a_control_phrase_after_armed_men_is_theirs(text: str, men: str) -> None:
    """control_phrase_read_on_verb: "under Haftar's command" says whose the forces are, not under whom the verb acts."""
    doc = repaired(text)
    under = next(t for t in doc if t.lower_ == "under")
    assert under.head.text == men


def test_a_control_phrase_with_no_armed_men_before_it_stays_on_the_verb() -> None:
    doc = repaired("The Kaniyat fought under Haftar's command near Tarhuna.")
    under = next(t for t in doc if t.lower_ == "under")
    assert under.head.text == "fought"


def test_a_name_before_a_noun_tagged_as_a_verb_is_left_alone() -> None:
    doc = repaired("The GNA accepted the UN call for a humanitarian truce.")
    assert next(t for t in doc if t.text == "UN").dep_ != "nsubj"


def test_a_list_of_names_after_a_names_comma_is_no_apposition_of_it() -> None:
    from extract.pipeline import default_extractor

    def named(text: str) -> Doc:  # the parse with the dictionary's names tagged, before any repair
        return default_extractor().finder.tag_names(parsed(text))

    doc = named("The talks were attended by Vice President Kamala Harris, Egypt's Sisi and Dbeibah.")
    sisi = next(t for t in doc if t.text == "Sisi")
    assert sisi.dep_ == "appos"  # the parser's reading
    name_list_read_as_apposition(doc, LEXICON)
    assert (sisi.dep_, sisi.head.text) == ("conj", "Harris")


def test_an_ing_word_heading_a_clause_is_the_verb() -> None:
    doc = parsed("Erdogan confirmed that Turkish troops had been killed fighting for the Tripoli government.")
    fighting = next(t for t in doc if t.text == "fighting")
    assert (fighting.pos_, fighting.dep_) == ("NOUN", "xcomp")  # the parser's reading
    gerund_clause_read_as_noun(doc, LEXICON)
    assert (fighting.pos_, fighting.lemma_) == ("VERB", "fight")
    doc = parsed("A week of heavy fighting around Tripoli killed dozens.")
    gerund_clause_read_as_noun(doc, LEXICON)
    assert next(t for t in doc if t.text == "fighting").pos_ == "NOUN"


def test_a_participle_joined_to_a_described_noun_describes_it() -> None:
    """"Forces loyal to the Tripoli government and backed by Ankara": the parser joins "backed" to "Forces" as a second
    thing; it is a second modifier of the noun (participle_read_as_conjunct_of_noun)."""
    from extract.parse_repair import participle_read_as_conjunct_of_noun

    doc = parsed("Forces loyal to the Tripoli government and backed by Ankara marched on Sirte.")
    backed = next(t for t in doc if t.text == "backed")
    assert (backed.dep_, backed.head.text) == ("conj", "Forces")  # the small parser's reading, which the repair mends
    participle_read_as_conjunct_of_noun(doc, LEXICON)
    assert (backed.dep_, backed.head.text) == ("acl", "Forces")
    doc = parsed("Egypt and forces backed by Ankara clashed.")  # a noun with no modifier before the participle: as parsed
    before = [(t.dep_, t.head.i) for t in doc]
    participle_read_as_conjunct_of_noun(doc, LEXICON)
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    "text,infinitive,dep",
    [
        # after an apposition on the object of a verb of persuading, the infinitive is what the object is urged to do
        ("Maas flew to Abu Dhabi to press the UAE, the main foreign backer of Haftar, to support a demilitarised zone around Sirte.", "support", "xcomp"),
        # a verb that persuades no one: the infinitive stays its purpose
        ("Maas visited Egypt, Haftar's main ally, to seek a truce.", "seek", "advcl"),
    ],
)
def test_an_infinitive_after_the_objects_apposition_is_the_persuaded_act(text: str, infinitive: str, dep: str) -> None:
    doc = parsed(text)
    infinitive_after_object_apposition(doc, LEXICON)
    assert next(t for t in doc if t.text == infinitive).dep_ == dep


def test_a_set_off_phrase_read_as_the_reporters_subject_is_the_apposition_it_was() -> None:
    # with the dictionary's names the parser makes "the hilltop town ..." the subject of "said" and the reporter an
    # apposition of the last name (Volcano of Rage is the GNA's operation)
    doc = repaired(
        "GNA drones struck a convoy on the road to Tarhouna, the hilltop town that hosts the Kaniyat militia allied with Haftar, "
        "the Volcano of Rage operations room said."
    )
    assert head_of(doc, "Volcano") == "said"
    assert head_of(doc, "town") == "Tarhouna"
