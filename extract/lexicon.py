"""The cue lexicon and article-structure rules, read from editable JSON files
in data/lexicon/.

Every cue (verbs, nouns, adjectives, hyphen_participles) names the event
category it was inventoried under (relations.json's `_categories`, after CAMEO
and PLOVER), so the lexicon says where each word came from and which relation
its category expresses; the loader refuses an entry without one."""
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
CUE_SECTIONS = ("verbs", "nouns", "adjectives", "hyphen_participles")
CATEGORY_FIELDS = ("relation", "cameo", "plover", "about")


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
    # Verbs of taking ("take", "enter"): a cue only when the object is a place that stands for an actor.
    place_object: bool = False
    # Verbs of approving ("approve", "ratify"): a cue only when the object is the actor itself ("approved the unity
    # government"), not a thing of its ("approved Turkey's request", "a UN resolution").
    named_object: bool = False
    # Permission ("allow", "let"): refused or withheld, it is this relation instead of nothing.
    when_negated: str | None = None
    # Dependence ("rely on", "count on"): the prepositional object acts on the subject ("relies on Turkey").
    reverse: bool = False
    # Agreeing ("agree"): a cue only when what is agreed is a step toward peace ("agreed to exchange prisoners").
    peace_content: bool = False
    # Engagement ("negotiate", "talks"): refused or ruled out, it is this relation ("refused to negotiate with Haftar").
    when_refused: str | None = None
    # Friendship ("friend"): a cue only toward a side that is no state or international body (outsider_types).
    non_state_patient: bool = False
    # The event category it was inventoried under (relations.json `_categories`).
    category: str = ""

    @property
    def names_no_holder(self) -> bool:
        """A cue of a relation that names no one who holds it ("rivalry", "backing"; not "backer", "ally")."""
        return self.relation is not None and self.identity is None


@dataclass(frozen=True)
class Category:
    """An event category of the inventory: the relation it expresses and its sources."""

    name: str
    relation: str
    cameo: str
    plover: str
    about: str


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    adjectives: dict[str, Cue]
    hyphen_participles: dict[str, str]
    categories: dict[str, Category]
    # (section, key) -> category name, for every cue of CUE_SECTIONS.
    category_of: dict[tuple[str, str], str]
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
    # people sent as aid: "troops arrived at an LNA-held base" may be taking the place (aid-arrival); "sent GNA
    # troops home" are the GNA's troops, not sent to it (recipient_read_as_goods_modifier)
    personnel_nouns: frozenset[str]
    agent_participles: frozenset[str]
    motion_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    # negating verbs that take back only their object or complement (extract.relations.pair_model.states_no_fact_of)
    stopping_verbs: frozenset[str]
    deprivation_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    inclusion_verbs: frozenset[str]
    adjunct_preps: frozenset[str]
    blocking_verbs: frozenset[str]
    commitment_nouns: frozenset[str]
    implicative_verbs: frozenset[str]
    war_topics: frozenset[str]
    means_words: frozenset[str]
    stance_nouns: frozenset[str]
    alongside_verbs: frozenset[str]
    opposing_preps: frozenset[str]
    offering_verbs: frozenset[str]
    readiness_words: frozenset[str]
    endorsement_words: frozenset[str]
    topic_object_verbs: frozenset[str]
    ending_nouns: frozenset[str]
    adjunct_marks: frozenset[str]
    claim_nouns: frozenset[str]
    goal_preps: frozenset[str]
    verb_prefixes: frozenset[str]
    belonging_verbs: frozenset[str]
    measuring_verbs: frozenset[str]
    prescriptive_modals: frozenset[str]
    hedge_modals: frozenset[str]
    hedge_words: frozenset[str]
    reporting_verbs: frozenset[str]
    # Verbs of thinking and judging: they report a that-clause, not their object ("Turkey sees no role for Haftar").
    cognition_verbs: frozenset[str]
    # A clause on one of these says what is demanded ("the need for Turkish troops to quit Libya").
    demand_nouns: frozenset[str]
    locative_preps: frozenset[str]
    place_nouns: frozenset[str]
    held_place_nouns: frozenset[str]
    identity_preps: frozenset[str]
    withdrawal_verbs: frozenset[str]
    mediation_participles: frozenset[str]
    lemma_corrections: dict[str, str]
    open_compounds: frozenset[str]
    ability_modals: frozenset[str]
    attempt_categories: frozenset[str]
    severing_verbs: frozenset[str]
    bond_nouns: frozenset[str]
    cooperation_domains: frozenset[str]
    boundary_domains: frozenset[str]
    countering_nouns: frozenset[str]
    delimiting_verbs: frozenset[str]
    conditional_threat_verbs: frozenset[str]
    cause_preps: frozenset[str]
    harm_verbs: frozenset[str]
    harm_preps: frozenset[str]
    grievance_nouns: frozenset[str]
    attendance_verbs: frozenset[str]
    expletive_verbs: frozenset[str]
    side_nouns: frozenset[str]
    side_leader_nouns: frozenset[str]
    counted_side_words: frozenset[str]
    opposed_side_nouns: frozenset[str]
    side_markers: frozenset[str]
    rival_nouns: frozenset[str]
    seat_modifiers: frozenset[str]
    copular_verbs: frozenset[str]
    # "on behalf of", "on the side of": (preposition, noun) of a phrase whose of-object is backed.
    behalf_phrases: frozenset[tuple[str, str]]
    predicate_preps: frozenset[str]
    act_nouns: frozenset[str]
    stated_view_nouns: frozenset[str]
    dative_shift_verbs: frozenset[str]
    answering_prepositional_verbs: frozenset[str]
    control_nouns_under: frozenset[str]
    reciprocal_verbs: frozenset[str]
    possession_light_verbs: frozenset[str]
    prevention_verbs: frozenset[str]
    co_agent_preps: frozenset[str]
    force_verbs: frozenset[str]
    force_nouns: frozenset[str]
    red_line_words: frozenset[str]
    # Peace that a condition can wait on ("a ceasefire is possible only if X withdraws"), the verbs of staying put
    # that a refusal can wait out ("no truce as long as X remains"), and the words that make a plain "if" enabling.
    conditioned_peace_nouns: frozenset[str]
    staying_verbs: frozenset[str]
    enabling_words: frozenset[str]
    requirement_words: frozenset[str]
    # "would dispatch soldiers if Tripoli invites us", "will stay as long as the GNA wants us": force or presence on a side's request.
    invitation_verbs: frozenset[str]
    # "false reports that Turkish troops fought": what a claim so described says is not asserted.
    falsity_adjectives: frozenset[str]
    # Bodies that speak for their state or side in a header ("The British embassy: we are worried ...").
    speaking_bodies: frozenset[str]
    # A fate held out for X ("will pay a heavy price", "will be held accountable"): the verb and what it takes.
    fate_verbs: frozenset[str]
    fate_words: frozenset[str]
    event_nouns_of_advance: frozenset[str]
    nonmilitary_aid_nouns: frozenset[str]
    affiliation_participles: frozenset[str]
    # Hyphen participles whose phrase backs the name before the hyphen ("the Haftar-allied Kaniyat").
    client_participles: frozenset[str]
    holding_participles: frozenset[str]
    holding_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    infinitive_nouns: frozenset[str]
    role_verbs: frozenset[str]
    representative_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    civil_fields: frozenset[str]
    greeting_verbs: frozenset[str]
    venue_nouns: frozenset[str]
    # "backs the UN process": a process an international body leads, whose backing is no backing of the body
    igo_process_nouns: frozenset[str]
    listing_verbs: frozenset[str]
    provoking_verbs: frozenset[str]
    falsity_adverbs: frozenset[str]
    ownership_participles: frozenset[str]
    recipient_object_verbs: frozenset[str]
    signing_participles: frozenset[str]
    seated_nouns: frozenset[str]
    apart_adverbs: frozenset[str]
    reference_words: frozenset[str]
    quotes_singling_verbs: frozenset[str]
    quotes_unnamed_relatives: frozenset[str]
    quotes_litotes_verbs: frozenset[str]
    quotes_continuation_verbs: frozenset[str]
    quotes_falsity_nouns: frozenset[str]
    quotes_asking_verbs: frozenset[str]
    quotes_address_words: frozenset[str]
    quotes_verdict_verbs: frozenset[str]
    quotes_passivity_verbs: frozenset[str]
    quotes_passivity_words: frozenset[str]
    quotes_facing_preps: frozenset[str]
    quotes_facing_nouns: frozenset[str]
    quotes_party_nouns: frozenset[str]
    quotes_focus_words: frozenset[str]
    unnamed_group_nouns: frozenset[str]
    idle_adverbs: frozenset[str]
    presence_nouns: frozenset[str]
    joint_words: frozenset[str]
    joint_activity_nouns: frozenset[str]
    bonding_verbs: frozenset[str]
    withdrawal_nouns: frozenset[str]
    demand_verbs: frozenset[str]
    mediation_appeal_verbs: frozenset[str]
    mediation_request_nouns: frozenset[str]
    mediation_civic_topics: frozenset[str]
    mediation_attending_verbs: frozenset[str]
    # "a UN call for a truce", "Algeria's initiative": nouns of what a proposer puts to others (its author is the proposer)
    proposal_nouns: frozenset[str]
    # "Qatar named Egypt's biggest threat": naming another's role relates the namer to no one (pair model)
    role_naming_verbs: frozenset[str]
    # "Standing next to Mitsotakis, Macron said": a posture verb as an -ing adjunct says where one stood, not whose side
    posture_verbs: frozenset[str]
    pair_time_preps: frozenset[str]
    # "did not hide its support", "made no secret of its backing": a denied concealment affirms what it is of (modality)
    concealment_words: frozenset[str]
    # "rallied support against Haftar" (the rallier is backed), "rallied support for the GNA" (the rallier backs it)
    mobilising_verbs: frozenset[str]
    # "on instructions from the UAE", "under Russian protection": a patron's hand over
    # the clause's subject, read after on / at / under as "with Turkish support" is after with
    patron_adjunct_nouns: frozenset[str]
    # "found a protector in Turkey", "has an ally in Moscow": verbs whose object role noun is held by the in-phrase
    finding_verbs: frozenset[str]
    # "if needed", "if necessary": a condition that only says "if it must be" (parse repair)
    elliptical_conditions: frozenset[str]
    # "with Egypt acting as host": a role noun of whoever hosts talks, beside the mediation identity nouns
    host_role_nouns: frozenset[str]
    prepositional_light_verbs: frozenset[str]
    de_escalation_verbs: frozenset[str]
    # A verb, its particle if any, and its object's word that put an end to fighting ("lay down their arms").
    disarming_phrases: frozenset[str]
    # "claimed responsibility / credit for the attack": whoever takes it (by these verbs) did the act.
    responsibility_nouns: frozenset[str]
    responsibility_taking_verbs: frozenset[str]
    # Travelling "at the invitation of X" by these is a visit, not acting for X (not "went into Libya", "came").
    visiting_verbs: frozenset[str]
    peace_step_verbs: frozenset[str]
    resolving_verbs: frozenset[str]
    # "halted Haftar's advance", "ending a siege by the LNA": who halts another's hostile act opposes its author
    halting_verbs: frozenset[str]
    # "his rivals in Tripoli": a role noun that names the other side, not the possessor's stance (named-role)
    descriptive_role_nouns: frozenset[str]
    mediation_averting_verbs: frozenset[str]
    mediation_averted_harms: frozenset[str]
    wish_verbs: frozenset[str]
    based_force_nouns: frozenset[str]
    # "Turkish-backed forces" with no side named: the side the backer alone backs (extract.coreference_backed)
    backed_force_nouns: frozenset[str]
    backed_force_participles: frozenset[str]
    mediation_public_plans: frozenset[str]
    document_nouns: frozenset[str]
    person_role_nouns: frozenset[str]
    envoy_nouns: frozenset[str]
    display_nouns: frozenset[str]
    trade_nouns: frozenset[str]
    carrying_trade_nouns: frozenset[str]
    destination_participles: frozenset[str]
    wire_cargo_participles: frozenset[str]
    wire_control_nouns: frozenset[str]
    wire_region_adjectives: frozenset[str]
    wire_statement_nouns: frozenset[str]
    wire_grounding_verbs: frozenset[str]
    wire_military_acts: frozenset[str]
    wire_unloading_verbs: frozenset[str]
    wire_framework_nouns: frozenset[str]
    wire_vessel_nouns: frozenset[str]
    # "pleaded for Sarraj and Haftar to reopen talks": verbs whose "for" may open a clause with its own
    # subject, besides the demand, request and persuasion verbs (parse repair infinitive_subject_read_as_object_of_for)
    parse_appeal_for_verbs: frozenset[str]
    # "pressed Haftar to go back to a political track": modifiers that make a course asked of a side a peace step (persuasion)
    persuasion_course_modifiers: frozenset[str]
    # "armed Haftar's fighters unchallenged": adjectives that describe an act after its object (parse repair
    # depictive_read_as_small_clause)
    parse_depictive_adjectives: frozenset[str]
    # "the brigades of invasion of Ankara": armed bodies whose owner may follow a bare noun of quality (parse repair)
    t2_armed_body_nouns: frozenset[str]
    # "every sort of backing for Sarraj": nouns of kind, read as quantity_nouns are (parse repair)
    t2_kind_nouns: frozenset[str]
    # Nouns of those who rise against their possessor ("its armed opposition", "Chad's rebels"): not the possessor.
    wire_adversary_nouns: frozenset[str]
    # Verbs that bring someone into a camp ("were drawn into Haftar's ranks"): the one drawn joins it (camps.py).
    wire_drawing_verbs: frozenset[str]
    # Things one is sent rather than people one receives ("received the congratulations of Haftar"): no meeting.
    wire_message_nouns: frozenset[str]
    # Hyphen participles of hiring ("Wagner-recruited Syrians"): those hired are people, never a state.
    wire_hiring_participles: frozenset[str]
    # Verbs that authorise, extend or order a deployment: their subject sends the forces deployed (context._deployer).
    wire_deploying_verbs: frozenset[str]
    stance_categories: frozenset[str]
    role_nouns: frozenset[str]
    role_taking_verbs: frozenset[str]
    target_nouns: frozenset[str]
    sponsor_participles: frozenset[str]
    rescue_verbs: frozenset[str]
    defending_words: frozenset[str]
    destination_aid_nouns: frozenset[str]
    destination_carrying_verbs: frozenset[str]
    destination_permitting_verbs: frozenset[str]
    destination_legislature_nouns: frozenset[str]
    destination_possibility_words: frozenset[str]
    designation_verbs: frozenset[str]
    designation_predicates: dict[str, str]
    dismissal_verbs: frozenset[str]
    convening_verbs: frozenset[str]
    falling_verbs: frozenset[str]
    falling_hold_nouns: frozenset[str]
    time_nouns: frozenset[str]
    aid_activity_nouns: frozenset[str]
    request_verbs: frozenset[str]
    # "did not abandon its support for Haftar": a negated verb of ceasing leaves the cue it governs asserted;
    # "urged Turkey to stop sending mercenaries": a demand to cease an act of aid or war (construction demanded-stop)
    ceasing_verbs: frozenset[str]
    # "Libya's rival factions", "the opposing sides in Libya": words that put a side phrase in the
    # war the corpus is about, and that war's two sides (extract.coreference.conflict_sides).
    conflict_places: frozenset[str]
    conflict_sides: tuple[ConflictSide, ...]
    # "the two countries", "both governments", "the pair": group nouns with the actor types they fit,
    # and the words that count them (extract.coreference.group_references).
    group_reference_nouns: dict[str, frozenset[str]]
    group_reference_counts: dict[str, int]
    # "Egypt joined the pro-Haftar camp", "the axis behind Haftar includes the UAE": camp nouns (with what their
    # owner names: "championed" or "members"), the stance a prefix or a preposition gives the camp, and the verbs
    # and nouns that make an actor one of its members (construction camp-membership).
    camp_nouns: dict[str, str]
    stance_prefixes: dict[str, str]
    camp_preps: dict[str, str]
    membership_verbs: frozenset[str]
    membership_nouns: frozenset[str]
    # "UN experts said it supplied ...": plural nouns of people who watch and report, not speak for a body; "it" in
    # what they say is not their body's (extract.coreference.resolve_it).
    observer_nouns: frozenset[str]
    # "Egypt said Turkish interference threatens ...", "the LNA said Qatar funds terrorist militias": what a speaker
    # says an actor does or backs condemns the actor (construction reported-condemnation).
    condemned_acts: frozenset[str]
    condemned_groups: frozenset[str]
    # talks others are asked to hold ("called for dialogue"), and the actor types that stand outside the war
    # (states, international bodies): outsiders who call for such talks are not their parties
    dialogue_nouns: frozenset[str]
    outsider_types: frozenset[str]
    # "made up of", "composed of": a body's members, whose sides meet or agree through it (composed-body)
    composition_participles: frozenset[str]
    command_nouns: frozenset[str]
    channel_nouns: frozenset[str]
    assurance_verbs: frozenset[str]
    aid_receiving_verbs: frozenset[str]
    aid_visitor_nouns: frozenset[str]
    ground_nouns: frozenset[str]
    finding_nouns: frozenset[str]
    outcome_nouns: frozenset[str]
    failure_words: frozenset[str]
    non_state_modifiers: frozenset[str]
    igo_member_nouns: frozenset[str]
    proposal_backing_participles: frozenset[str]
    permission_verbs: frozenset[str]
    # "the camp, which brings together Egypt and the UAE": a camp gathering its members, not a mediator
    grouping_verbs: frozenset[str]
    # "met to coordinate their positions": allies lining up, not sides negotiating (unless about a ceasefire)
    coordination_verbs: frozenset[str]
    # "would not let the LNA collapse": what befalls X, not what X does
    suffering_verbs: frozenset[str]
    # "a Tanzanian-flagged ship": the flag state owns the ship, it does not act through it
    registry_participles: frozenset[str]
    # "would not allow Haftar's defeat": a noun of what befalls its of-object or possessor
    downfall_nouns: frozenset[str]
    # "much to the irritation of Cairo": whose reaction opposes the clause's subject (to-the-dismay-of)
    reaction_nouns: frozenset[str]
    # "Turkey's use of SNA factions": a use that relates its user only to an armed group (used-force)
    force_user_nouns: frozenset[str]
    force_types: frozenset[str]
    # "government", "administration": "his government" after a Libyan head of government is his (extract.mentions)
    governing_nouns: frozenset[str]
    own_stance_verbs: frozenset[str]
    # goods a demonym on says where they were made when another actor gives them ("the UAE provided Chinese drones")
    origin_goods_nouns: frozenset[str]
    # "Ukrainian-made radars", "Chinese-built drones": the name before the hyphen says who made the thing (extract.mentions)
    origin_participles: frozenset[str]
    # "the Russian group" after Wagner is named: a definite demonym on one of these is that group (extract.mentions)
    organisation_nouns: frozenset[str]
    # "while Haftar asked for time to study it": a party answering a proposal in a clause set against its signer's
    answering_verbs: frozenset[str]
    purpose_participles: frozenset[str]
    verbal_categories: frozenset[str]
    activity_bonds: frozenset[str]
    distrust_words: frozenset[str]
    embrace_nouns: frozenset[str]
    apart_side_words: frozenset[str]
    negating_nouns: frozenset[str]
    organ_nouns: frozenset[str]
    # "under Russian sponsorship": a sponsor's support noun that frames a clause as its auspices
    sponsorship_nouns: frozenset[str]
    # "a crime", "a declaration of war": what an act is called that opposes whoever did it (evaluated-act)
    hostile_evaluations: frozenset[str]
    # "a memorandum on security cooperation": the fields of a pact that make an outside power a side's backer
    military_fields: frozenset[str]
    pact_nouns: frozenset[str]
    # "had not honoured the ceasefire": keeping a truce or commitment, said not to happen, accuses (reported-breach)
    compliance_verbs: frozenset[str]
    commitment_words: frozenset[str]
    trust_designations: frozenset[str]
    # "shares Egypt's concerns about Turkey": taking another's stance as one's own (shared-stance)
    sharing_verbs: frozenset[str]
    carrier_nouns: frozenset[str]
    request_nouns: frozenset[str]
    granting_verbs: frozenset[str]
    response_verbs: frozenset[str]
    # a two-party meeting is mediation near a settlement word, not near these alone ("talks", "the Berlin process"),
    # and not when a topic verb says the meeting was about something else (extract/relations/meetings.py)
    talk_words: frozenset[str]
    topic_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    meeting_verbs: frozenset[str]
    # "maintains contacts with Sarraj and Haftar": contacts with both sides of the war are a go-between's
    contact_nouns: frozenset[str]
    # "delegations which represent the HoR and the High Council of State" stand for whom they represent
    representing_verbs: frozenset[str]
    # "flanked by Haftar": a proposal made beside someone (proposed-alongside)
    accompaniment_participles: frozenset[str]
    # "chairs the AU's committee": a body chaired or hosted is no counterpart
    body_nouns: frozenset[str]
    # "approved Dbeibah's cabinet": a government noun stands for whose it is as what a named_object verb approves
    cabinet_nouns: frozenset[str]
    # "rockets landed in GNA-held areas": what lands there was fired at it, not sent to it (aid-arrival)
    projectile_nouns: frozenset[str]
    # "the ceasefire pushed by Washington": a proposer's participle on a peace noun (proposer-answered)
    proposing_participles: frozenset[str]
    # "is continuing supply Haftar": a dropped "to" after these (parse repair bare_verb_after_aspectual)
    calque_aspectual_verbs: frozenset[str]
    # "Russian mercenaries ... their allies in Haftar's army": a hired force tied to a side backs it (foreign-backer)
    hired_force_types: frozenset[str]
    # "the Emirati air campaign gave the LNA an edge": a gain one's act of force or aid gives another (light-verb-noun)
    advantage_nouns: frozenset[str]
    # "Washington's policy of pressure on Moscow": a course of conduct whose owner does the cue noun in its of-phrase
    conduct_nouns: frozenset[str]
    # "Washington's re-engagement, marked by pressure on Moscow": the marked noun's owner does the cue noun (word forms)
    marking_participles: frozenset[str]
    # "the GNA asked for Ankara's support against Haftar": the asker opposes whom the aid is against (requested-against)
    asking_verbs: frozenset[str]
    # "Sarraj addressed parliament, in a pointed attack on Haftar": a stance only set off after an active clause (adjunct-event)
    comment_nouns: frozenset[str]
    # "urged Turkey to begin its withdrawal": a verb that only sets a pullout going or hurries it (demanded-withdrawal)
    onset_verbs: frozenset[str]
    # "are an occupying force": an -ing form on a predicate noun that calls the subject an occupier (designation)
    occupying_participles: frozenset[str]
    # "X's departure is a precondition for a truce": nouns of what peace waits on (peace-on-withdrawal)
    precondition_nouns: frozenset[str]
    # "said Paris had no right to lecture Ankara": a right denied an actor rebukes it (reported-condemnation)
    right_nouns: frozenset[str]
    # "said the memorandum had no legal basis": what a deal is denied to be void (reported-condemnation)
    invalidity_nouns: frozenset[str]
    legality_words: frozenset[str]
    # "the dispute put Ankara at odds with Athens": the object is in the hostile state (prepositional-predicate)
    resultative_verbs: frozenset[str]
    # "came close to a confrontation", "edged toward war", "were on the brink of war": a hostile state neared
    approach_verbs: frozenset[str]
    verge_nouns: frozenset[str]
    approach_adverbs: frozenset[str]
    hazard_verbs: frozenset[str]
    # "voted to annul the deals the GNA signed": verbs of undoing, cues only on one of annulled_nouns (verb)
    annulment_verbs: frozenset[str]
    annulled_nouns: frozenset[str]
    # "Egypt's interior minister joined his Jordanian counterpart in Benghazi": an official's verb whose object is the other official
    # of a pair "the two" go back to (extract.coreference._companion_pair)
    coref_companion_verbs: frozenset[str]
    # "Haftar's gunners shelled Gharyan. Qatar deplored the rocket attack": words of an attack's kind or manner a reference
    # to an act stated by a clause may carry (extract.coreference._act_reference)
    coref_act_manner_words: frozenset[str]
    coref_loyalty_words: frozenset[str]
    # "Ankara signed a pact with the GNA. Turkey sent advisers to the besieged administration": nouns of a kind of actor
    # with the dictionary types they fit, and words that say the phrase means another one ("the rival administration")
    # (extract.coreference_kinds)
    coref_kind_nouns: dict[str, frozenset[str]]
    coref_kind_selecting_words: frozenset[str]
    end_of_article: tuple[re.Pattern[str], ...]
    comment_header: tuple[re.Pattern[str], ...]
    skip_line: tuple[re.Pattern[str], ...]
    version: str


@dataclass(frozen=True)
class ConflictSide:
    """One side of the war the corpus is about, as an actor id of the dictionary, over the dates
    (yyyy-mm-dd, both ends inclusive; empty: open) it held that place (the GNA until the GNU took office)."""

    actor: str
    since: str = ""
    until: str = ""
    # the foreign states known to back this side alone: "Turkish-backed forces" are the GNA's (extract.coreference_backed)
    backers: frozenset[str] = frozenset()
    # the camp the side belongs to (the GNA and the GNU after it share Tripoli's), and the Libyan bodies in that camp that
    # are no side of their own (the HoR with the LNA, the High Council of State with Tripoli): an outsider meeting two
    # camps is a go-between (extract/relations/meetings.py)
    camp: str = ""
    institutions: frozenset[str] = frozenset()
    # the sides it fought while both held their places, which it never backs (the LNA and the GNA; not the LNA and the
    # GNU, which Haftar's command welcomed): a support edge between the two is a misreading (extract/relations/reader.py)
    at_war_with: frozenset[str] = frozenset()

    def held_on(self, date: str) -> bool:
        """Whether the actor held this side on `date` (yyyy-mm-dd; "" reads only a side with no start date)."""
        return (self.since <= date if self.since and date else not self.since) and (not self.until or not date or date <= self.until)

    @property
    def members(self) -> tuple[str, ...]:
        """The side's actor and the bodies of its camp that are no side of their own."""
        return (self.actor, *self.institutions)

    def at_once(self, other: "ConflictSide") -> bool:
        """Whether the two held their places over overlapping dates (the GNA and the LNA; not the GNA and the GNU,
        which took its place)."""
        return (not self.since or not other.until or self.since <= other.until) and (not other.since or not self.until or other.since <= self.until)


def _conflict_sides(path: Path, entries: object) -> tuple[ConflictSide, ...]:
    if not isinstance(entries, list):
        raise LexiconError(f"{path}: conflict_sides: expected a list like [{{\"actor\": \"LNA\"}}, {{\"actor\": \"GNA\", \"until\": \"2021-03-14\"}}].")
    sides = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("actor"), str) or set(entry) - {"actor", "from", "until", "backers", "camp", "institutions", "at_war_with"}:
            raise LexiconError(
                f"{path}: conflict_sides: {entry!r} must be an object with \"actor\", optional \"from\" / \"until\" dates,"
                " an optional \"camp\" name and optional lists of \"backers\", \"institutions\" and \"at_war_with\"."
            )
        for key in ("backers", "institutions", "at_war_with"):
            if not isinstance(entry.get(key, []), list) or not all(isinstance(b, str) for b in entry.get(key, [])):
                raise LexiconError(f"{path}: conflict_sides: {entry['actor']}: {key} must be a list of actor ids.")
        if not isinstance(entry.get("camp", ""), str):
            raise LexiconError(f"{path}: conflict_sides: {entry['actor']}: camp must be a name.")
        for key in ("from", "until"):
            if key in entry and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(entry[key])):
                raise LexiconError(f"{path}: conflict_sides: {entry['actor']}: {key} {entry[key]!r} is not a yyyy-mm-dd date.")
        sides.append(
            ConflictSide(
                entry["actor"], entry.get("from", ""), entry.get("until", ""), frozenset(entry.get("backers", [])),
                entry.get("camp", "") or entry["actor"], frozenset(entry.get("institutions", [])), frozenset(entry.get("at_war_with", [])),
            )
        )
    return tuple(sides)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda pairs: _unique_keys(path, pairs))
    except FileNotFoundError as error:
        raise LexiconError(f"{path}: file not found. Restore it from the repository.") from error
    except json.JSONDecodeError as error:
        raise LexiconError(f"{path}: not valid JSON ({error}). Fix the file.") from error


def _unique_keys(path: Path, pairs: list[tuple[str, object]]) -> dict:
    """An object of the file; a key written twice is refused (JSON would keep the last one silently, and an edit
    made to the first would be lost)."""
    keys = [key for key, _ in pairs]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise LexiconError(f"{path}: {', '.join(repr(k) for k in twice)} written twice; keep one (the last one is the one read).")
    return dict(pairs)


def _categories(path: Path, data: dict) -> dict[str, Category]:
    entries = data.get("_categories")
    if not isinstance(entries, dict) or not entries:
        raise LexiconError(f"{path}: _categories: missing; it lists the event categories every cue names. Restore it from the repository.")
    categories = {}
    for name, entry in entries.items():
        if not isinstance(entry, dict) or any(not isinstance(entry.get(field), str) for field in CATEGORY_FIELDS):
            raise LexiconError(f"{path}: _categories.{name}: needs the text fields {CATEGORY_FIELDS}.")
        if entry["relation"] not in RELATION_TYPES:
            raise LexiconError(f"{path}: _categories.{name}.relation: {entry['relation']!r} is not one of {RELATION_TYPES}.")
        categories[name] = Category(name, *(entry[field] for field in CATEGORY_FIELDS))
    return categories


def _category(path: Path, where: str, entry: dict, relations: set[str | None], categories: dict[str, Category]) -> str:
    """The entry's category, checked: it exists and its relation is one the entry can give."""
    name = entry.get("category")
    if name is None:
        raise LexiconError(f"{path}: {where}: no \"category\"; give the event category it expresses, one of {sorted(categories)}.")
    if name not in categories:
        raise LexiconError(f"{path}: {where}.category: {name!r} is not listed in _categories ({sorted(categories)}).")
    if categories[name].relation not in relations:
        raise LexiconError(
            f"{path}: {where}.category: {name!r} expresses {categories[name].relation}, but the entry only gives "
            f"{sorted(r for r in relations if r)}; pick a category of that relation."
        )
    return name


def _entry(path: Path, where: str, entry: object) -> dict:
    if not isinstance(entry, dict):
        raise LexiconError(f"{path}: {where}: expected an object like {{\"relation\": \"support\", \"category\": \"aid\"}}, got {entry!r}.")
    return entry


def _cues(path: Path, section: str, entries: dict, valid_roles: tuple[str, ...] | None, categories: dict[str, Category]) -> dict[str, Cue]:
    cues = {}
    for lemma, entry in entries.items():
        entry = _entry(path, f"{section}.{lemma}", entry)
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
        # A verb's prepositions give relations of their own ("fight for X" is support).
        gives = {relation, *preps.values()} if valid_roles is None else {relation}
        gives.add(entry.get("when_negated"))  # "refused to allow X": a refusal category
        gives.add(entry.get("when_refused"))
        cues[lemma.lower()] = Cue(
            lemma=lemma.lower(),
            relation=relation,
            preps=preps,
            identity=identity,
            weak=bool(entry.get("weak", False)),
            only_negated=bool(entry.get("only_negated", False)),
            object_from_clause=bool(entry.get("object_from_clause", False)),
            mutual=bool(entry.get("mutual", False)),
            place_object=bool(entry.get("place_object", False)),
            named_object=bool(entry.get("named_object", False)),
            reverse=bool(entry.get("reverse", False)),
            peace_content=bool(entry.get("peace_content", False)),
            non_state_patient=bool(entry.get("non_state_patient", False)),
            when_negated=_relation_field(path, f"{section}.{lemma}.when_negated", entry.get("when_negated")),
            when_refused=_relation_field(path, f"{section}.{lemma}.when_refused", entry.get("when_refused")),
            category=_category(path, f"{section}.{lemma}", entry, gives, categories),
        )
    return cues


def _relation_field(path: Path, where: str, relation: object) -> str | None:
    if relation is not None and relation not in RELATION_TYPES:
        raise LexiconError(f"{path}: {where}: {relation!r} is not one of {RELATION_TYPES}.")
    return relation  # type: ignore[return-value]


def _designation_predicates(path: Path, entries: object) -> dict[str, str]:
    if not isinstance(entries, dict):
        raise LexiconError(f"{path}: designation_predicates: expected an object like {{\"putschist\": \"opposition\"}}.")
    for word, relation in entries.items():
        if relation not in ("support", "opposition"):
            raise LexiconError(f"{path}: designation_predicates.{word}: {relation!r} is not support or opposition.")
    return {word.lower(): relation for word, relation in entries.items()}


def _word_values(path: Path, key: str, entries: object, values: tuple[str, ...]) -> dict[str, str]:
    """A word list whose words each carry one of `values` ({"pro": "support", "anti": "opposition"})."""
    if not isinstance(entries, dict) or any(value not in values for value in entries.values()):
        raise LexiconError(f"{path}: {key}: expected an object mapping words to one of {list(values)}.")
    return {word.lower(): value for word, value in entries.items()}


def _behalf_phrases(path: Path, entries: object) -> frozenset[tuple[str, str]]:
    """"on behalf of", "on the side of" -> ("on", "behalf"), ("on", "side"): the parse hangs the
    noun on the preposition and "of" on the noun; an article in between is the noun's child."""
    if not isinstance(entries, list):
        raise LexiconError(f"{path}: behalf_phrases: expected a list like [\"on behalf of\", \"on the side of\"].")
    phrases = set()
    for entry in entries:
        words = str(entry).lower().split()
        if len(words) == 4 and words[1] in ("the", "a"):
            words = [words[0], words[2], words[3]]
        if len(words) != 3 or words[2] != "of":
            raise LexiconError(f"{path}: behalf_phrases: {entry!r} is not a preposition, a noun (after an optional article) and \"of\".")
        phrases.add((words[0], words[1]))
    return frozenset(phrases)


def _hyphen_participles(path: Path, entries: dict, categories: dict[str, Category]) -> tuple[dict[str, str], dict[str, str]]:
    """"Turkey-backed": participle -> relation, and participle -> category."""
    relations, names = {}, {}
    for word, entry in entries.items():
        where = f"hyphen_participles.{word}"
        entry = _entry(path, where, entry)
        relation = entry.get("relation")
        if relation not in RELATION_TYPES:
            raise LexiconError(f"{path}: {where}: relation {relation!r} is not one of {RELATION_TYPES}.")
        relations[word.lower()] = relation
        names[word.lower()] = _category(path, where, entry, {relation}, categories)
    return relations, names


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

    categories = _categories(relations_path, relations)
    verbs = _cues(relations_path, "verbs", relations.get("verbs", {}), None, categories)
    nouns = _cues(relations_path, "nouns", relations.get("nouns", {}), NOUN_ROLES, categories)
    adjectives = _cues(relations_path, "adjectives", relations.get("adjectives", {}), NOUN_ROLES, categories)
    participles, participle_categories = _hyphen_participles(relations_path, relations.get("hyphen_participles", {}), categories)
    category_of = {
        **{("verbs", k): c.category for k, c in verbs.items()},
        **{("nouns", k): c.category for k, c in nouns.items()},
        **{("adjectives", k): c.category for k, c in adjectives.items()},
        **{("hyphen_participles", k): name for k, name in participle_categories.items()},
    }
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        adjectives=adjectives,
        hyphen_participles=participles,
        categories=categories,
        category_of=category_of,
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
        personnel_nouns=words("personnel_nouns"),
        agent_participles=words("agent_participles"),
        motion_verbs=words("motion_verbs"),
        negating_verbs=words("negating_verbs"),
        stopping_verbs=words("stopping_verbs"),
        deprivation_verbs=words("deprivation_verbs"),
        refusal_verbs=words("refusal_verbs"),
        inclusion_verbs=words("inclusion_verbs"),
        adjunct_preps=words("adjunct_preps"),
        blocking_verbs=words("blocking_verbs"),
        commitment_nouns=words("commitment_nouns"),
        implicative_verbs=words("implicative_verbs"),
        war_topics=words("war_topics"),
        means_words=words("means_words"),
        stance_nouns=words("stance_nouns"),
        alongside_verbs=words("alongside_verbs"),
        opposing_preps=words("opposing_preps"),
        offering_verbs=words("offering_verbs"),
        readiness_words=words("readiness_words"),
        endorsement_words=words("endorsement_words"),
        topic_object_verbs=words("topic_object_verbs"),
        ending_nouns=words("ending_nouns"),
        adjunct_marks=words("adjunct_marks"),
        claim_nouns=words("claim_nouns"),
        goal_preps=words("goal_preps"),
        verb_prefixes=words("verb_prefixes"),
        belonging_verbs=words("belonging_verbs"),
        measuring_verbs=words("measuring_verbs"),
        prescriptive_modals=words("prescriptive_modals"),
        hedge_modals=words("hedge_modals"),
        hedge_words=words("hedge_words"),
        reporting_verbs=words("reporting_verbs") | words("cognition_verbs"),
        cognition_verbs=words("cognition_verbs"),
        demand_nouns=words("demand_nouns"),
        locative_preps=words("locative_preps"),
        place_nouns=words("place_nouns"),
        held_place_nouns=words("held_place_nouns"),
        identity_preps=words("identity_preps"),
        withdrawal_verbs=words("withdrawal_verbs"),
        mediation_participles=words("mediation_participles"),
        severing_verbs=words("severing_verbs"),
        bond_nouns=words("bond_nouns"),
        cooperation_domains=words("cooperation_domains"),
        boundary_domains=words("boundary_domains"),
        countering_nouns=words("countering_nouns"),
        delimiting_verbs=words("delimiting_verbs"),
        conditional_threat_verbs=words("conditional_threat_verbs"),
        cause_preps=words("cause_preps"),
        harm_verbs=words("harm_verbs"),
        harm_preps=words("harm_preps"),
        grievance_nouns=words("grievance_nouns"),
        attendance_verbs=words("attendance_verbs"),
        expletive_verbs=words("expletive_verbs"),
        side_nouns=words("side_nouns"),
        side_leader_nouns=words("c2_side_leader_nouns"),
        counted_side_words=words("c3_counted_side_words"),
        opposed_side_nouns=words("c3_opposed_side_nouns"),
        side_markers=words("side_markers"),
        rival_nouns=words("rival_nouns"),
        seat_modifiers=words("seat_modifiers"),
        copular_verbs=words("copular_verbs"),
        behalf_phrases=_behalf_phrases(relations_path, relations.get("behalf_phrases", [])),
        predicate_preps=words("predicate_preps"),
        act_nouns=words("act_nouns"),
        stated_view_nouns=words("stated_view_nouns"),
        dative_shift_verbs=words("dative_shift_verbs"),
        answering_prepositional_verbs=words("answering_prepositional_verbs"),
        control_nouns_under=words("control_nouns_under"),
        reciprocal_verbs=words("reciprocal_verbs"),
        possession_light_verbs=words("possession_light_verbs"),
        prevention_verbs=words("prevention_verbs"),
        co_agent_preps=words("co_agent_preps"),
        force_verbs=words("force_verbs"),
        force_nouns=words("force_nouns"),
        red_line_words=words("red_line_words"),
        conditioned_peace_nouns=words("conditioned_peace_nouns"),
        staying_verbs=words("staying_verbs"),
        enabling_words=words("enabling_words"),
        requirement_words=words("requirement_words"),
        invitation_verbs=words("invitation_verbs"),
        falsity_adjectives=words("falsity_adjectives"),
        speaking_bodies=words("speaking_bodies"),
        fate_verbs=words("fate_verbs"),
        fate_words=words("fate_words"),
        event_nouns_of_advance=words("event_nouns_of_advance"),
        nonmilitary_aid_nouns=words("nonmilitary_aid_nouns"),
        affiliation_participles=words("affiliation_participles"),
        client_participles=words("client_participles"),
        holding_participles=words("holding_participles"),
        holding_nouns=words("holding_nouns"),
        quantity_nouns=words("quantity_nouns"),
        infinitive_nouns=words("infinitive_nouns"),
        role_verbs=words("role_verbs"),
        representative_nouns=words("representative_nouns"),
        denial_verbs=words("denial_verbs"),
        civil_fields=words("civil_fields"),
        greeting_verbs=words("greeting_verbs"),
        venue_nouns=words("venue_nouns"),
        igo_process_nouns=words("igo_process_nouns"),
        listing_verbs=words("listing_verbs"),
        provoking_verbs=words("provoking_verbs"),
        falsity_adverbs=words("falsity_adverbs"),
        ownership_participles=words("ownership_participles"),
        recipient_object_verbs=words("recipient_object_verbs"),
        signing_participles=words("signing_participles"),
        seated_nouns=words("seated_nouns"),
        apart_adverbs=words("apart_adverbs"),
        reference_words=words("reference_words"),
        quotes_singling_verbs=words("quotes_singling_verbs"),
        quotes_unnamed_relatives=words("quotes_unnamed_relatives"),
        quotes_litotes_verbs=words("quotes_litotes_verbs"),
        quotes_continuation_verbs=words("quotes_continuation_verbs"),
        quotes_falsity_nouns=words("quotes_falsity_nouns"),
        quotes_asking_verbs=words("quotes_asking_verbs"),
        quotes_address_words=words("quotes_address_words"),
        quotes_verdict_verbs=words("quotes_verdict_verbs"),
        quotes_passivity_verbs=words("quotes_passivity_verbs"),
        quotes_passivity_words=words("quotes_passivity_words"),
        quotes_facing_preps=words("quotes_facing_preps"),
        quotes_facing_nouns=words("quotes_facing_nouns"),
        quotes_party_nouns=words("quotes_party_nouns"),
        quotes_focus_words=words("quotes_focus_words"),
        unnamed_group_nouns=words("unnamed_group_nouns"),
        idle_adverbs=words("idle_adverbs"),
        presence_nouns=words("presence_nouns"),
        joint_words=words("joint_words"),
        joint_activity_nouns=words("joint_activity_nouns"),
        bonding_verbs=words("bonding_verbs"),
        withdrawal_nouns=words("withdrawal_nouns"),
        demand_verbs=words("demand_verbs"),
        mediation_appeal_verbs=words("mediation_appeal_verbs"),
        mediation_request_nouns=words("mediation_request_nouns"),
        mediation_civic_topics=words("mediation_civic_topics"),
        mediation_attending_verbs=words("mediation_attending_verbs"),
        proposal_nouns=words("proposal_nouns"),
        role_naming_verbs=words("role_naming_verbs"),
        posture_verbs=words("posture_verbs"),
        pair_time_preps=words("pair_time_preps"),
        concealment_words=words("concealment_words"),
        mobilising_verbs=words("mobilising_verbs"),
        patron_adjunct_nouns=words("patron_adjunct_nouns"),
        finding_verbs=words("finding_verbs"),
        elliptical_conditions=words("elliptical_conditions"),
        host_role_nouns=words("host_role_nouns"),
        prepositional_light_verbs=words("prepositional_light_verbs"),
        de_escalation_verbs=words("de_escalation_verbs"),
        disarming_phrases=words("disarming_phrases"),
        responsibility_nouns=words("responsibility_nouns"),
        responsibility_taking_verbs=words("responsibility_taking_verbs"),
        visiting_verbs=words("visiting_verbs"),
        peace_step_verbs=words("peace_step_verbs"),
        resolving_verbs=words("resolving_verbs"),
        halting_verbs=words("halting_verbs"),
        descriptive_role_nouns=words("descriptive_role_nouns"),
        mediation_averting_verbs=words("mediation_averting_verbs"),
        mediation_averted_harms=words("mediation_averted_harms") | words("c2_averted_harms"),
        wish_verbs=words("c2_wish_verbs"),
        based_force_nouns=words("c2_based_force_nouns"),
        backed_force_nouns=words("backed_force_nouns"),
        backed_force_participles=words("backed_force_participles"),
        mediation_public_plans=words("mediation_public_plans"),
        document_nouns=words("document_nouns"),
        person_role_nouns=words("person_role_nouns"),
        envoy_nouns=words("envoy_nouns"),
        display_nouns=words("display_nouns"),
        trade_nouns=words("trade_nouns"),
        carrying_trade_nouns=words("carrying_trade_nouns"),
        destination_participles=words("destination_participles"),
        wire_cargo_participles=words("wire_cargo_participles"),
        wire_control_nouns=words("wire_control_nouns"),
        wire_region_adjectives=words("wire_region_adjectives"),
        wire_statement_nouns=words("wire_statement_nouns"),
        wire_grounding_verbs=words("wire_grounding_verbs"),
        wire_military_acts=words("wire_military_acts"),
        wire_unloading_verbs=words("wire_unloading_verbs"),
        wire_framework_nouns=words("wire_framework_nouns"),
        wire_vessel_nouns=words("wire_vessel_nouns"),
        parse_appeal_for_verbs=words("parse_appeal_for_verbs"),
        persuasion_course_modifiers=words("persuasion_course_modifiers"),
        parse_depictive_adjectives=words("parse_depictive_adjectives"),
        t2_armed_body_nouns=words("t2_armed_body_nouns"),
        t2_kind_nouns=words("t2_kind_nouns"),
        wire_adversary_nouns=words("wire_adversary_nouns"),
        wire_drawing_verbs=words("wire_drawing_verbs"),
        wire_message_nouns=words("wire_message_nouns"),
        wire_hiring_participles=words("wire_hiring_participles"),
        wire_deploying_verbs=words("wire_deploying_verbs"),
        stance_categories=words("stance_categories"),
        role_nouns=words("role_nouns"),
        role_taking_verbs=words("role_taking_verbs"),
        target_nouns=words("target_nouns"),
        sponsor_participles=words("sponsor_participles"),
        rescue_verbs=words("rescue_verbs"),
        defending_words=words("defending_words"),
        destination_aid_nouns=words("destination_aid_nouns"),
        destination_carrying_verbs=words("destination_carrying_verbs"),
        destination_permitting_verbs=words("destination_permitting_verbs"),
        destination_legislature_nouns=words("destination_legislature_nouns"),
        destination_possibility_words=words("destination_possibility_words"),
        designation_verbs=words("designation_verbs"),
        designation_predicates=_designation_predicates(relations_path, relations.get("designation_predicates", {})),
        dismissal_verbs=words("dismissal_verbs"),
        convening_verbs=words("convening_verbs"),
        falling_verbs=words("falling_verbs"),
        falling_hold_nouns=words("falling_hold_nouns"),
        time_nouns=words("time_nouns"),
        aid_activity_nouns=words("aid_activity_nouns"),
        request_verbs=words("request_verbs"),
        ceasing_verbs=words("ceasing_verbs"),
        conflict_places=words("conflict_places"),
        conflict_sides=_conflict_sides(relations_path, relations.get("conflict_sides", [])),
        group_reference_nouns={noun.lower(): frozenset(types) for noun, types in relations.get("group_reference_nouns", {}).items()},
        group_reference_counts=_counts(relations_path, relations.get("group_reference_counts", {})),
        camp_nouns=_word_values(relations_path, "camp_nouns", relations.get("camp_nouns", {}), ("championed", "members")),
        stance_prefixes=_word_values(relations_path, "stance_prefixes", relations.get("stance_prefixes", {}), ("support", "opposition")),
        camp_preps=_word_values(relations_path, "camp_preps", relations.get("camp_preps", {}), ("support", "opposition")),
        membership_verbs=words("membership_verbs"),
        membership_nouns=words("membership_nouns"),
        observer_nouns=words("observer_nouns"),
        condemned_acts=words("condemned_acts"),
        condemned_groups=words("condemned_groups"),
        dialogue_nouns=words("dialogue_nouns"),
        outsider_types=words("outsider_types"),
        composition_participles=words("composition_participles"),
        command_nouns=words("command_nouns"),
        channel_nouns=words("channel_nouns"),
        assurance_verbs=words("assurance_verbs"),
        aid_receiving_verbs=words("aid_receiving_verbs"),
        aid_visitor_nouns=words("aid_visitor_nouns"),
        ground_nouns=words("ground_nouns"),
        finding_nouns=words("finding_nouns"),
        outcome_nouns=words("outcome_nouns"),
        failure_words=words("failure_words"),
        non_state_modifiers=words("non_state_modifiers"),
        igo_member_nouns=words("igo_member_nouns"),
        proposal_backing_participles=words("proposal_backing_participles"),
        permission_verbs=words("permission_verbs"),
        grouping_verbs=words("grouping_verbs"),
        coordination_verbs=words("coordination_verbs"),
        suffering_verbs=words("suffering_verbs"),
        registry_participles=words("registry_participles"),
        downfall_nouns=words("downfall_nouns"),
        reaction_nouns=words("reaction_nouns"),
        force_user_nouns=words("force_user_nouns"),
        force_types=words("force_types"),
        governing_nouns=words("governing_nouns"),
        own_stance_verbs=words("own_stance_verbs"),
        origin_goods_nouns=words("origin_goods_nouns"),
        origin_participles=words("origin_participles"),
        organisation_nouns=words("organisation_nouns"),
        answering_verbs=words("answering_verbs"),
        purpose_participles=words("purpose_participles"),
        verbal_categories=words("verbal_categories"),
        activity_bonds=words("activity_bonds"),
        distrust_words=words("distrust_words"),
        embrace_nouns=words("embrace_nouns"),
        apart_side_words=words("apart_side_words"),
        negating_nouns=words("negating_nouns"),
        organ_nouns=words("organ_nouns"),
        sponsorship_nouns=words("sponsorship_nouns"),
        hostile_evaluations=words("hostile_evaluations"),
        military_fields=words("military_fields"),
        pact_nouns=words("pact_nouns"),
        compliance_verbs=words("compliance_verbs"),
        commitment_words=words("commitment_words"),
        trust_designations=words("trust_designations"),
        sharing_verbs=words("sharing_verbs"),
        carrier_nouns=words("carrier_nouns"),
        request_nouns=words("request_nouns"),
        granting_verbs=words("granting_verbs"),
        response_verbs=words("response_verbs"),
        talk_words=words("talk_words"),
        topic_verbs=words("topic_verbs"),
        meeting_nouns=words("meeting_nouns"),
        meeting_verbs=words("meeting_verbs"),
        contact_nouns=words("contact_nouns"),
        representing_verbs=words("representing_verbs"),
        accompaniment_participles=words("accompaniment_participles"),
        body_nouns=words("body_nouns"),
        cabinet_nouns=words("cabinet_nouns"),
        projectile_nouns=words("projectile_nouns"),
        proposing_participles=words("proposing_participles"),
        hired_force_types=words("analysis_hired_force_types"),
        advantage_nouns=words("nouns_advantage_nouns"),
        conduct_nouns=words("nouns_conduct_nouns"),
        marking_participles=words("nouns_marking_participles"),
        asking_verbs=words("nouns_asking_verbs"),
        comment_nouns=words("nouns_comment_nouns"),
        resultative_verbs=words("w2_resultative_verbs"),
        approach_verbs=words("approach_verbs"),
        verge_nouns=words("verge_nouns"),
        approach_adverbs=words("approach_adverbs"),
        hazard_verbs=words("hazard_verbs"),
        annulment_verbs=words("w2_annulment_verbs"),
        annulled_nouns=words("w2_annulled_nouns"),
        coref_companion_verbs=words("coref_companion_verbs"),
        coref_act_manner_words=words("coref_act_manner_words"),
        coref_loyalty_words=words("coref_loyalty_words"),
        coref_kind_nouns={noun.lower(): frozenset(types) for noun, types in relations.get("coref_kind_nouns", {}).items()},
        coref_kind_selecting_words=words("coref_kind_selecting_words"),
        open_compounds=words("open_compounds"),
        ability_modals=words("ability_modals"),
        attempt_categories=words("attempt_categories"),
        calque_aspectual_verbs=words("calque_aspectual_verbs"),
        onset_verbs=words("q2_onset_verbs"),
        occupying_participles=words("q2_occupying_participles"),
        precondition_nouns=words("q2_precondition_nouns"),
        right_nouns=words("q2_right_nouns"),
        invalidity_nouns=words("q3_invalidity_nouns"),
        legality_words=words("q3_legality_words"),
        lemma_corrections={form.lower(): lemma.lower() for form, lemma in relations.get("lemma_corrections", {}).items()},
        end_of_article=_patterns(structure_path, structure, "end_of_article"),
        comment_header=_patterns(structure_path, structure, "comment_header"),
        skip_line=_patterns(structure_path, structure, "skip_line"),
        version=digest,
    )


def _counts(path: Path, entries: object) -> dict[str, int]:
    """group_reference_counts: {"two": 2, "both": 2, "pair": 2}; a count must be a whole number of two or more."""
    if not isinstance(entries, dict) or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 2 for n in entries.values()):
        raise LexiconError(f'{path}: group_reference_counts must map words to whole numbers of two or more, e.g. {{"two": 2, "both": 2}}.')
    return {word.lower(): number for word, number in entries.items()}


def inventory_table(lexicon: Lexicon) -> str:
    """A Markdown table of the inventory: per category its relation, sources and how many
    cues of each kind it holds, with a total per relation (docs/lexicon.md quotes it)."""
    sections = ("verbs", "nouns", "adjectives", "hyphen_participles")
    counts = {(name, section): 0 for name in lexicon.categories for section in sections}
    for (section, _), name in lexicon.category_of.items():
        counts[(name, section)] += 1
    lines = [
        "| relation | category | CAMEO | PLOVER | verbs | nouns | adjectives | hyphen | total |",
        "|---|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for relation in RELATION_TYPES:
        names = [n for n, c in lexicon.categories.items() if c.relation == relation]
        totals = [sum(counts[(n, s)] for n in names) for s in sections]
        for name in names:
            category = lexicon.categories[name]
            row = [counts[(name, s)] for s in sections]
            lines.append(f"| {relation} | {name} | {category.cameo} | {category.plover} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
        lines.append(f"| **{relation}** | **all** | | | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |")
    return "\n".join(lines)
