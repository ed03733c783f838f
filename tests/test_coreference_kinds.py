"""Kind definites: "the besieged administration", "the divided chamber" (extract.coreference_kinds)."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_relations

S, O, M = "support", "opposition", "mediation"


def edges(text: str) -> set[tuple[str, str, str]]:
    return {(r.actor1, r.relation, r.actor2) for r in extract_relations(text).itertuples()}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the one actor of a fitting type named in the sentence before
        ("The Government of National Accord holds only the coast. Since then Italy has shipped field hospitals to the besieged administration.", {("Italy", S, "GNA")}),
        ("The House of Representatives met in Tobruk on Monday. Qatar has repeatedly denounced the divided chamber.", {("Qatar", O, "HoR")}),
        ("Lawmakers of the HoR gathered in Benghazi on Sunday. Egypt has bankrolled the legislature for years.", {("Egypt", S, "HoR")}),
        ("The Kaniyat militia controlled Tarhuna until June. The notorious group fought alongside Haftar's forces.", {("Kaniyat", S, "LNA")}),
        ("The Rada militia detained dozens of migrants. The GNA quietly funds the powerful militia.", {("GNA", S, "Rada")}),
        ("Sudan's Rapid Support Forces sent a thousand men to Jufra. The GNA has condemned the paramilitary ever since.", {("GNA", O, "RSF")}),
        ("The Kaniyat ruled Tarhuna for years. The GNA accused the ruthless faction of mass killings.", {("GNA", O, "Kaniyat")}),
        ("The African Union met in Addis Ababa on Monday. The body condemned the foreign interference by Turkey.", {("African Union", O, "Turkey")}),
        # an of-phrase of a gerund is the charge, not which one
        ("Wagner operatives arrived at al-Jufra in May. Washington accused the shadowy outfit of planting mines.", {("United States", O, "Wagner")}),
        # inside reported speech, and in a purpose clause whose subject is the one acting
        ("The GNA appealed for help in December. Erdogan said Turkey would send troops to protect the besieged administration.", {("Turkey", S, "GNA")}),
        ("Dbeibah's government took office in March. Diplomats said Turkey had pledged to support the fledgling administration.", {("Turkey", S, "GNU")}),
        # a list as subject, and a pronoun subject (its own clause's, resolved first)
        ("The House of Representatives sits in the east. Russia and Egypt have long funded the embattled chamber.", {("Russia", S, "HoR"), ("Egypt", S, "HoR")}),
        ("Ankara pledged drones to Fayez al-Sarraj's government. Turkish officials later said they would keep arming the embattled cabinet.", {("Turkey", S, "GNA")}),
        # a council: a legislature or a government, not a state
        ("Mishri, who chairs the High Council of State, flew to Doha. There he praised Qatar and said the council rejected Haftar's candidacy.",
         {("High Council of State", O, "LNA")}),
        ("The High Council of State met in Tripoli on Sunday. Egypt criticised the advisory council for rejecting the election law.", {("Egypt", O, "High Council of State")}),
    ],
)
def test_a_kind_definite_is_the_one_actor_of_its_kind_named_before(text: str, expected: set) -> None:
    assert expected <= edges(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # two fit (a state has an administration too): nobody
        ("Tripoli and Ankara concluded a sea-border pact. Athens has denounced the administration since then.", {("Greece", O, "GNA"), ("Greece", O, "Turkey")}),
        ("Washington condemned the attack on the GNA. The administration also imposed sanctions on Wagner.", {("GNA", O, "Wagner")}),
        ("Wagner and the RSF both fight for Haftar. The United States sanctioned the shadowy group.", {("United States", O, "Wagner"), ("United States", O, "RSF")}),
        ("Sarraj and Mishri met in Tripoli. The council later condemned Haftar's offensive.", {("GNA", O, "LNA"), ("High Council of State", O, "LNA")}),
        # not its own clause's subject
        ("The Qatari government has flown field medics to the besieged administration.", {("Qatar", S, "Qatar")}),
        # a word that says which one: another
        ("The GNA rejected the ceasefire plan. Egypt backs the rival administration in the east.", {("Egypt", S, "GNA")}),
        ("Italy welcomed the GNA's delegation. Egypt has never recognised the new government.", {("Egypt", O, "GNA")}),
        ("Sarraj met the House of Representatives' speaker. France praised the other chamber.", {("France", S, "HoR")}),
        # no actor of the kind named before
        ("The GNA thanked Turkey for its help. Russia warned the armed group against escalation.", {("Russia", O, "GNA"), ("Russia", O, "Turkey")}),
    ],
)
def test_a_kind_definite_with_no_single_antecedent_stands_for_nobody(text: str, absent: set) -> None:
    assert not absent & edges(text)


# A state's possessor on the words its demonym makes an epithet of its own mercenary group: that group
# (extract.coreference_owned).
@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Russia's mercenaries are fighting for Haftar.", {("Wagner", S, "LNA")}, set()),
        ("Moscow's private military contractors are fighting for Haftar near Tripoli.", {("Wagner", S, "LNA")}, set()),
        ("Russia has deepened its involvement. Its mercenaries now fight for Haftar.", {("Wagner", S, "LNA")}, set()),
        ("The Kremlin denies it, but its contractors have fought alongside Haftar's troops.", {("Wagner", S, "LNA")}, set()),
        # a hyphen compound of the state's name with a participle of backing, before the words
        ("Kremlin-linked mercenaries dug a trench south of Sirte to shield Haftar's forces.", {("Russia", S, "Wagner")}, set()),
        ("The Moscow-backed private military contractors fought for Haftar.", {("Wagner", S, "LNA"), ("Russia", S, "Wagner")}, set()),
        ("Russian-backed Syrian mercenaries fought for Haftar.", set(), {("Wagner", S, "LNA"), ("Russia", S, "Wagner")}),
        # another word says which; a group of another country is no state's own
        ("Russia's Syrian mercenaries are fighting for Haftar.", set(), {("Wagner", S, "LNA")}),
        ("Turkey's Syrian mercenaries are fighting for the GNA.", {("Turkey", S, "GNA")}, {("Wagner", S, "GNA")}),
        ("Syria's fighters are backing Haftar.", set(), {("Syrian National Army", S, "LNA"), ("Wagner", S, "LNA")}),
        # nothing for the state's other people
        ("Russia's diplomats met Haftar.", set(), {("Wagner", M, "LNA")}),
    ],
)
def test_a_states_own_mercenaries_are_its_mercenary_group(text: str, expected: set, absent: set) -> None:
    found = edges(text)
    assert expected <= found
    assert not absent & found
