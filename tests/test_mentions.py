"""Actor mentions: spelling variants, case, metonyms, non-parties, pronouns."""
from __future__ import annotations

import pytest

from extract.pipeline import default_extractor


def mentions(text: str, date: str = "") -> list[tuple[str, str]]:
    extractor = default_extractor()
    doc = extractor.nlp(text)
    found = extractor.finder.resolve_pronouns([doc], [extractor.finder.find(doc, date)])[0]
    return [(m.span.text, m.actor_id) for m in found]


def actors(text: str) -> list[str]:
    return [actor for _, actor in mentions(text)]


@pytest.mark.parametrize(
    "text,actor",
    [
        ("Sergey Shoigú arrived.", "Russia"),
        ("Shoygu arrived.", "Russia"),
        ("Mevlut Çavusoglu spoke.", "Turkey"),
        ("Mevlüt Çavuşoğlu spoke.", "Turkey"),
        ("Cavusoglu spoke.", "Turkey"),
        ("Hifter spoke.", "LNA"),
        ("Khalifa Hafter spoke.", "LNA"),
        ("Fayez al-Serraj spoke.", "GNA"),
        ("al-Sisi spoke.", "Egypt"),
        ("The Government of National Unity spoke.", "GNA"),
        ("The Libyan National Army advanced.", "LNA"),
        ("The Emirati drones struck.", "UAE"),
        ("Wagner mercenaries arrived.", "Wagner"),
        ("The U.S. said so.", "United States"),
        ("NATO said so.", "NATO"),
        ("Turkish-backed Syrian rebel factions arrived.", "Syrian National Army"),
        ("The egyptian president spoke.", "Egypt"),
    ],
)
def test_names_and_variants(text: str, actor: str) -> None:
    assert actor in actors(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("They told us nothing.", "United States"),
        ("Talks were held in Moscow.", "Russia"),
        ("Lavrov flew to Ankara on Monday.", "Turkey"),
        ("The Tripoli-based government spoke.", None),
        ("Libya is at war.", "Libya"),
        ("Libyan officials spoke.", "Libya"),
    ],
)
def test_places_and_non_parties_are_not_actors(text: str, absent: str | None) -> None:
    found = actors(text)
    if absent is None:
        assert found == ["GNA"]
    else:
        assert absent not in found


@pytest.mark.parametrize("text,actor", [("Moscow accused Ankara.", "Russia"), ("Ankara accused Moscow.", "Russia")])
def test_capitals_as_actors(text: str, actor: str) -> None:
    assert actor in actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tripoli accused Haftar of attacking civilians.",  # metonym
        "Haftar's forces besieged the capital.",  # seat
        "The Tripoli-based government rejected the offer.",
        "The UN-recognised government rejected the offer.",
    ],
)
@pytest.mark.parametrize("date,actor", [("2020-06-01", "GNA"), ("2021-03-14", "GNA"), ("2021-03-15", "GNU"),
                                        ("2022-01-10", "GNU"), ("", "GNA")])
def test_the_seat_stands_for_the_government_of_the_day(text: str, date: str, actor: str) -> None:
    found = set(actors_on(text, date)) & {"GNA", "GNU"}
    assert found == {actor}


def test_a_dated_seat_is_still_only_an_actor_as_one() -> None:
    assert not {"GNA", "GNU"} & set(actors_on("Talks were held in Tripoli.", "2021-06-01"))
    assert not {"GNA", "GNU"} & set(actors_on("Life in the capital went on.", "2021-06-01"))


def actors_on(text: str, date: str) -> list[str]:
    return [actor for _, actor in mentions(text, date)]


def test_title_and_name_are_one_mention() -> None:
    assert mentions("Russian Defense Minister Sergei Shoigu hosted him.")[0] == (
        "Russian Defense Minister Sergei Shoigu",
        "Russia",
    )


def test_he_takes_the_latest_person() -> None:
    found = mentions("Haftar left Moscow. He criticized Turkey.")
    assert ("He", "LNA") in found


def test_a_dated_description_gives_way_to_an_undated_name_it_overlaps() -> None:
    """In April 2021 "Tripoli-based government" is the GNU's, but "the Tripoli-based Government of National
    Accord" names the GNA by its own name."""
    from extract.pipeline import extract_relations

    text = "Turkey had backed the Tripoli-based Government of National Accord against the LNA."
    rows = extract_relations(text, date="2021-04-11")
    assert ("Turkey", "support", "GNA") in {(r.actor1, r.relation, r.actor2) for r in rows.itertuples()}
    later = extract_relations("Turkey backs the Tripoli-based government.", date="2021-04-11")
    assert later[["actor1", "relation", "actor2"]].values.tolist() == [["Turkey", "support", "GNU"]]


def test_two_names_of_one_actor_that_overlap_are_one_mention() -> None:
    """"the Tripoli-based Government of National Accord": "Tripoli-based Government" and "Government of
    National Accord" are one mention, so a list the parser hangs on "Accord" is the name's list."""
    from extract.pipeline import extract_relations

    found = mentions("Turkey backs the Tripoli-based Government of National Accord.")
    assert ("Tripoli-based Government of National Accord", "GNA") in found
    text = "Forces loyal to the Tripoli-based Government of National Accord and Khalifa Haftar's Libyan National Army clashed on Monday."
    rows = extract_relations(text, date="2020-06-15")
    assert {(r.actor1, r.relation, r.actor2) for r in rows.itertuples()} == {("GNA", "opposition", "LNA")}


@pytest.mark.parametrize(
    "text,date,expected",
    [
        ("Greece expelled the Libyan ambassador.", "2019-12-06", [("Greece", "Greece"), ("Libyan ambassador", "GNA")]),
        ("Erdogan received Libya's prime minister.", "2020-06-04", [("Erdogan", "Turkey"), ("Libya's prime minister", "GNA")]),
        ("Erdogan received Libya's prime minister.", "2021-04-12", [("Erdogan", "Turkey"), ("Libya's prime minister", "GNU")]),
        ("Haftar vowed to oust the Libyan government.", "2020-01-10", [("Haftar", "LNA"), ("Libyan government", "GNA")]),
        ("Egypt backs the eastern Libyan government.", "2020-01-10", [("Egypt", "Egypt"), ("eastern Libyan government", "Interim Government")]),
        ("Egypt backs the rival Libyan government.", "2020-01-10", [("Egypt", "Egypt")]),
        ("Libyan fighters crossed into Chad.", "2020-01-10", [("Chad", "Chad")]),
        ("Ankara backs the Government of Accord.", "2020-01-10", [("Ankara", "Turkey"), ("Government of Accord", "GNA")]),
        ("Ankara backs the legitimate government of Libya.", "2020-01-10", [("Ankara", "Turkey"), ("legitimate government of Libya", "GNA")]),
    ],
)
def test_libyas_government_and_diplomats_are_the_recognised_governments(text: str, date: str, expected: list) -> None:
    """"Libyan" alone is no party, but Libya's government, prime minister and diplomats are the recognised
    government's, which changes on 15 March 2021; "the rival Libyan government" is neither."""
    assert mentions(text, date) == expected


def pronouns(text: str) -> list[tuple[str, str]]:
    return [(word, actor) for word, actor in mentions(text) if word.lower() in ("he", "him", "his", "she", "her")]


# A subject "he" (or "his" on the subject) with no person before it in its sentence is the person that was the
# subject of the sentence before, not the person named last; "his" after it goes on with it; "him" as the object of
# a clause whose subject is that person is the other one.
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Erdogan spoke by phone with Putin on Monday. He said his country would keep supporting the GNA.", [("He", "Turkey"), ("his", "Turkey")]),
        ("Sisi received Haftar in Cairo on Sunday. He reaffirmed his support for the Libyan National Army.", [("He", "Egypt"), ("his", "Egypt")]),
        ("Macron hosted Sarraj at the Elysee. Later he urged him to accept a ceasefire.", [("he", "France"), ("him", "GNA")]),
        ("Lavrov met Cavusoglu in Sochi. His ministry said Russia wanted a truce.", [("His", "Russia")]),
        # a chain: the subject "he" of one sentence is the subject of the next "he" too
        ("Erdogan met Putin in Istanbul. He praised the talks. He then flew to Ankara.", [("He", "Turkey"), ("He", "Turkey")]),
        # a person named before it in its own sentence, or an object "he", keeps the person named last
        ("Erdogan met Putin in Istanbul. After the talks with Sarraj, he flew to Ankara.", [("he", "GNA")]),
        ("Erdogan met Putin in Istanbul. Turkey said it had thanked him.", [("him", "Russia")]),
        # the subject before was no person: the person named last
        ("Turkey hosted Sarraj in Ankara. He asked for more drones.", [("He", "GNA")]),
        # in a quotation "he" is the last person named inside quotations, as before
        ('Erdogan met Putin. "Sarraj trusts us and he knows it," an aide said.', [("he", "GNA")]),
        # the subject "he" of a clause coordinated with one whose subject is a person is that person, whoever is named
        # between; the parser may coordinate it with a reported clause whose subject is no person
        ("Erdogan said Haftar had refused the deal, and he accused the UAE of arming the LNA.", [("he", "Turkey")]),
        ("Sisi met Sarraj's envoy in Cairo on Monday and he later thanked Putin.", [("he", "Egypt")]),
        ("The Turkish president said Haftar's refusal showed who wanted war, and he accused Abu Dhabi of arming the LNA.", [("he", "Turkey")]),
        # "him" in a relative clause on a person is not that person
        ("Sarraj met Erdogan. The Turkish president, who has backed him since 2019, pledged more drones.", [("him", "GNA")]),
        # ... and so is "him" as the object of a verb the relative clause's verb governs
        ("Sarraj met Erdogan, who promised to protect him.", [("him", "GNA")]),
        ("Haftar visited Sisi, who vowed to keep supporting him.", [("him", "LNA")]),
    ],
)
def test_a_subject_he_is_the_subject_before(text: str, expected: list) -> None:
    assert pronouns(text) == expected


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # the acronym and the council follow the government of the day
        ("In Geneva the GNU and the eastern commander traded accusations.", "2021-10-02", ["GNU"]),
        ("The GNU, as some outlets misname the Tripoli government, rejected the offer.", "2020-05-02", ["GNA", "GNA"]),
        ("The Presidential Council condemned the shelling.", "2020-05-02", ["GNA"]),
        ("The Presidential Council, led by Mohamed al-Menfi, welcomed the envoy.", "2021-06-02", ["GNU", "GNU"]),
        # Menfi was an ambassador before his election
        ("Athens expelled Mohamed Younis al-Menfi, the ambassador.", "2019-12-07", ["Greece"]),
        ("Menfi later met Erdogan.", "2021-06-02", ["GNU", "Turkey"]),
        ("Foreign Minister Najla Mangoush urged Moscow to pull out its fighters.", "", ["GNU", "Russia"]),
        # the eastern government by its name and seat, not any interim government
        ("In a statement, the Interim Government in al-Bayda denounced Ankara's meddling.", "", ["Interim Government", "Turkey"]),
        ("Oddly, an interim government could be formed by spring.", "", []),
        ("Ministers of the Interim Government in eastern Libya resigned, as did the Interim Government in the east's envoy.", "",
         ["Interim Government", "Interim Government"]),
        # the High Council of State by the translated names of al-Majlis al-A'la lil-Dawla; Egypt's council is Egypt's
        ("The Supreme Council of State and the Supreme State Council are one body.", "", ["High Council of State", "High Council of State"]),
        ("Egypt's Council of State ruled on Sunday.", "", ["Egypt"]),  # Egypt's court, no translated name of the HCS
        # Libya's parliament is the HoR; other states' houses are their states
        ("Libya's parliament, based in Tobruk, voted against the accord.", "", ["HoR"]),
        ("Spokesman Abdullah Bliheg said the house would meet.", "", ["HoR"]),
        ("Egypt's House of Representatives authorised troop deployments abroad.", "", ["Egypt"]),
        ("The U.S. House of Representatives passed a bill on Libya.", "", ["United States"]),
        # officials inside their windows only
        ("Blinken called Cavusoglu.", "2021-03-01", ["United States", "Turkey"]),
        ("Biden criticised Trump's policy.", "2020-03-01", ["United States"]),
        ("Lamamra said Algiers was ready to mediate.", "2020-06-01", ["Algeria"]),
        ("Lamamra said Algiers was ready to mediate.", "2021-08-01", ["Algeria", "Algeria"]),
        ("Jan Kubis, the new envoy, briefed the council.", "", ["UN"]),
        # units and names of the parties' forces
        ("The Tariq bin Ziyad Brigade, led by Saddam Haftar, moved south.", "", ["LNA", "LNA"]),
        ("Burkan al-Ghadab forces retook the base.", "", ["GNA"]),
        ("Russian PMCs were seen near Jufra.", "", ["Wagner"]),
        # "eastern" with the words for a force, as "eastern forces" is
        ("Eastern warplanes bombed the air college in Misrata overnight.", "", ["LNA"]),
        ("Eastern troops and fighters loyal to the government clashed near Sirte.", "", ["LNA"]),
        ("Fighting spread to the eastern Mediterranean coast.", "", []),
        # the eastern cabinet and chamber by their descriptions, and translated names
        ("Syria's government and Libya's eastern-based administration agreed to reopen their embassies.", "2020-03-03", ["Syria", "Interim Government"]),
        ("The eastern authorities and the eastern cabinet met in Bayda.", "2020-03-03", ["Interim Government", "Interim Government"]),
        ("The eastern-based chamber rejected the budget.", "2021-06-01", ["HoR"]),
        ("Delegates of the Council of Deputies met in Bouznika.", "2020-10-01", ["HoR"]),
        # the unity executive from its selection in Geneva; the Government of (National) Unity before it is the GNA
        ("Haftar's command said it backed the new executive.", "2021-02-06", ["LNA", "GNU"]),
        ("Italy supports the Government of Unity, Di Maio said.", "2021-05-04", ["Italy", "GNU", "Italy"]),
        ("Turkey supports the Government of Unity, the ministry said.", "2020-05-04", ["Turkey", "GNA"]),
        # Haftar's side by its operation's name and by where its commander sits
        ("The spokesman of the Karama operation said Sirte was taken.", "2020-01-07", ["LNA"]),
        # officials and bodies of states
        ("King Abdullah hosted Haftar in Amman.", "2020-02-01", ["Jordan", "LNA"]),
        ("The State Duma's Leonid Slutsky criticised Turkey.", "2020-02-01", ["Russia", "Russia", "Turkey"]),
    ],
)
def test_officials_bodies_and_aliases_of_the_parties(text: str, date: str, expected: list) -> None:
    assert [actor for _, actor in mentions(text, date)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place the holder holds, attacked: the capital is its holder
        ("Haftar's forces shelled residential districts of Tripoli overnight.", ["LNA", "GNA"]),
        ("Residential areas of Tripoli were shelled by Haftar's forces.", ["GNA", "LNA"]),
        ("The LNA said its drones struck a military academy in Tripoli.", ["LNA", "GNA"]),
        # a place named, visited, rebuilt or only said not to be attacked: a place
        ("Erdogan visited the airport of Tripoli on Monday.", ["Turkey"]),
        ("The port of Tripoli reopened on Monday.", []),
        ("Italy will rebuild the airport of Tripoli damaged in the fighting.", ["Italy"]),
        ("Later the LNA held talks in the centre of Tripoli.", ["LNA"]),
    ],
)
def test_a_held_place_of_a_capital_under_attack_is_its_holder(text: str, expected: list) -> None:
    assert [actor for _, actor in mentions(text, "2019-09-01")] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a demonym and the noun of a two-word alias ("Russian PMCs") with the noun's modifiers between them
        ("Moscow flew jets to Libya to support Russian state-backed PMCs.", ("Russian state-backed PMCs", "Wagner")),
        ("The GNA accused the UAE of paying Russian private military contractors.", ("Russian private military contractors", "Wagner")),
        ("Turkey condemned Russian state-sponsored mercenaries fighting for Haftar.", ("Russian state-sponsored mercenaries", "Wagner")),
    ],
)
def test_a_demonym_alias_reads_through_the_noun_s_modifiers(text: str, expected: tuple[str, str]) -> None:
    assert expected in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The GNA fought Russian-backed mercenaries near Tripoli.",  # who backs them
        "Russian and Syrian mercenaries fought for Haftar near Sirte.",  # a list
        "Egypt bought Russian fighter jets.",  # no alias of that noun
        "The UAE paid Russian Wagner contractors to fight for Haftar.",  # a name between is read as itself
    ],
)
def test_a_demonym_with_no_alias_through_its_modifiers_stays_as_it_was(text: str) -> None:
    assert not [m for m in mentions(text) if m[1] == "Wagner" and " " in m[0]]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the last word of an official's full name, alone after it
        ("British Defence Secretary Ben Wallace visited Ankara. Wallace praised Turkey's support for the GNA.", ("Wallace", "United Kingdom")),
        ("Egypt's intelligence chief Abbas Kamel met Haftar. Later, Kamel pledged support to the LNA.", ("Kamel", "Egypt")),
        ("Boris Johnson spoke with Erdogan. Johnson urged Turkey to withdraw its troops.", ("Johnson", "United Kingdom")),
    ],
)
def test_a_surname_alone_after_the_full_name_is_that_official(text: str, expected: tuple[str, str]) -> None:
    assert expected in mentions(text)


@pytest.mark.parametrize(
    "text,word",
    [
        ("Wallace praised Turkey's support for the GNA.", "Wallace"),  # never named in full
        ("Ben Wallace spoke on Friday. Serena Wallace praised the GNA.", "Wallace"),  # another name on it
        ("Ben Wallace spoke on Friday. The Wallace Collection reopened.", "Wallace"),
        ("King Abdullah II met Haftar in Amman. II.", "II"),  # no surname
    ],
)
def test_a_surname_alone_needs_the_full_name_before_and_no_other_name_on_it(text: str, word: str) -> None:
    assert [m for m in mentions(text) if m[0] == word] == []
# "His government" as what a clause acts on, whose subject is the person "his" would be, is the government of the
# person of a Libyan government named before (extract.mentions._government_of_other); a government that is the subject,
# a possessor, or another person of a state named before keeps the person named last.
@pytest.mark.parametrize(
    "text,date,expected",
    [
        ("Dbeibah travelled to Ankara on Monday. Erdogan pledged Turkey's full backing for his government.", "2021-04-01", [("his", "GNU")]),
        ("Sarraj flew to Rome. Conte, the Italian premier, promised to support his government.", "2020-01-10", [("his", "GNA")]),
        ("Mangoush met Cavusoglu in Ankara, and Cavusoglu later praised her cabinet.", "2021-05-01", [("her", "GNU")]),
        ("Dbeibah met Erdogan in Ankara. Erdogan said his government would help.", "2021-04-01", [("his", "Turkey")]),
        ("Sarraj visited Cairo. Sisi defended his government's policy.", "2020-01-10", [("his", "Egypt")]),
        ("Putin visited Ankara. Erdogan praised his government.", "2020-01-10", [("his", "Turkey")]),
    ],
)
def test_his_government_after_a_libyan_head_of_government_is_his(text: str, date: str, expected: list) -> None:
    assert [(word, actor) for word, actor in mentions(text, date) if word.lower() in ("his", "her")] == expected


# Real dictionary gaps: "the unity government" alone is the GNU from its election (not before: the GNA's mistranslated
# name and other states' unity governments); "the so-called National Army of Syria" is the Syrian National Army, never Syria.
@pytest.mark.parametrize(
    "text,date,expected",
    [
        ("Lawmakers in Tobruk withdrew their confidence from the unity government.", "2021-09-21", [("unity government", "GNU")]),
        ("Italy quickly became the unity government's closest partner.", "2021-06-01", [("Italy", "Italy"), ("unity government", "GNU")]),
        ("Italy quickly became the unity government's closest partner.", "2020-06-01", [("Italy", "Italy")]),
        ("Ankara paid fighters of the so-called National Army of Syria.", "2020-06-01", [("Ankara", "Turkey"), ("National Army of Syria", "Syrian National Army")]),
    ],
)
def test_the_unity_government_and_the_national_army_of_syria(text: str, date: str, expected: list) -> None:
    assert mentions(text, date) == expected


# A dated name takes the date of the event its own phrase or clause dates ("the assault on Tripoli in 2019" in a 2021
# article is the GNA's Tripoli: extract.mentions.event_date); without one, or with "since", the article's date.
@pytest.mark.parametrize(
    "text,date,expected",
    [
        ("Haftar's forces shelled Tripoli heavily in 2019.", "2021-10-01", "GNA"),
        ("In 2020, Turkish drones helped defend the capital against an offensive on Tripoli.", "2021-10-01", "GNA"),
        ("The 2019 offensive on Tripoli failed.", "2021-10-01", "GNA"),
        ("The commander who besieged Tripoli during 2019 is running for president.", "2021-10-01", "GNA"),
        ("Haftar's forces shelled Tripoli.", "2021-10-01", "GNU"),
        ("Haftar has threatened Tripoli since 2019.", "2021-10-01", "GNU"),
        ("Egypt attacked Tripoli in 2021, the report said.", "2021-10-01", "GNU"),
    ],
)
def test_a_dated_name_takes_the_year_its_event_is_dated(text: str, date: str, expected: str) -> None:
    assert [actor for word, actor in mentions(text, date) if word == "Tripoli"] == [expected]


# A demonym on goods another actor gives says where they were made (extract.mentions._without_origin_demonyms); on goods
# that act, or that their own state gives, and on a firm ("sanctioned a Turkish shipping company": the events gold
# reads Turkey), it is still the actor.
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The UAE quietly provided Chinese drones to the LNA.", ["UAE", "LNA"]),
        ("Abu Dhabi supplied Haftar with Russian air defence systems, diplomats said.", ["UAE", "LNA"]),
        ("Egypt agreed to sell French jets and Russian helicopters to Haftar.", ["Egypt", "LNA"]),
        ("Turkish drones struck Haftar's forces near Sirte.", ["Turkey", "LNA"]),
        ("Turkey sent Turkish drones to the GNA.", ["Turkey", "Turkey", "GNA"]),
        ("The EU sanctioned a Turkish shipping company for breaching the arms embargo.", ["EU", "Turkey"]),
        ("Russian jets arrived at al-Jufra, and the UAE paid for them.", ["Russia", "UAE"]),
    ],
)
def test_a_demonym_on_goods_another_actor_gives_is_where_they_were_made(text: str, expected: list) -> None:
    assert actors(text) == expected


# --- names29: spellings, backers inside names, lists of demonyms, bare descriptions, origins, organisations -----


@pytest.mark.parametrize(
    "text,date,actor",
    [
        ("The U.N.-recognised government said so.", "2020-05-02", "GNA"),
        ("The UN-recognized government said so.", "2021-05-02", "GNU"),
        ("The U.N.-recognized government said so.", "2020-05-02", "GNA"),
        ("The E.U. said so.", "", "EU"),
        ("Officials of the E.U. Commission spoke.", "", "EU"),
        ("The Benghazi Defence Brigades said so.", "", "Benghazi Defense Brigades"),
        ("The North Atlantic Treaty Organisation said so.", "", "NATO"),
    ],
)
def test_one_name_in_its_other_spellings(text: str, date: str, actor: str) -> None:
    assert actor in actors_on(text, date)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Militias allied with the UN-backed government withdrew.", [("UN", "UN"), ("government", "GNA")]),
        ("The U.N.-backed Government of National Accord said so.", [("U.N.", "UN"), ("Government of National Accord", "GNA")]),
        ("The United Nations-backed government said so.", [("United Nations", "UN"), ("government", "GNA")]),
        # a participle the compound rule does not read leaves the name whole: recognising is not backing
        ("The UN-recognised government said so.", [("UN-recognised government", "GNA")]),
        ("The Tripoli-based government said so.", [("Tripoli-based government", "GNA")]),
    ],
)
def test_a_backer_inside_a_name_is_a_mention_of_its_own(text: str, expected: list) -> None:
    assert mentions(text, "2020-05-02") == expected


@pytest.mark.parametrize(
    "text,present,absent",
    [
        ("Russian and Sudanese mercenaries guard the base.", {"Wagner"}, {"Russia", "Sudan"}),
        ("Sudanese and Russian mercenaries guard the base.", {"Wagner"}, {"Russia", "Sudan"}),
        ("Chadian, Russian and Syrian mercenaries guard the base.", {"Wagner"}, {"Russia", "Syria", "Chad"}),
        ("Russian or Syrian contractors may stay, he said.", {"Wagner"}, {"Russia", "Syria"}),
        # no alias for the pair: each demonym is its state
        ("Turkish and Russian troops patrol the road.", {"Turkey", "Russia"}, {"Wagner"}),
        # a hyphen says who backs them
        ("Russian- and Emirati-backed mercenaries guard the base.", {"Russia", "UAE"}, {"Wagner"}),
    ],
)
def test_each_demonym_of_a_list_reads_with_the_noun(text: str, present: set, absent: set) -> None:
    found = set(actors(text))
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text,date,actor",
    [
        ("Government forces retook the airport from Haftar.", "2020-05-02", "GNA"),
        ("Pro-government forces advanced on Sirte.", "2020-08-02", "GNA"),
        ("Turkish drones covered government troops near Tarhuna.", "2020-06-02", "GNA"),
        ("Government forces clashed with militias near Zawiya.", "2021-09-02", "GNU"),
        ("Government forces retook the airport from Haftar.", "", "GNA"),
    ],
)
def test_unqualified_government_forces_are_the_recognised_government_of_the_day(text: str, date: str, actor: str) -> None:
    assert actor in actors_on(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian government forces shelled Idlib, the Turkish ministry said.",
        "The Assad government forces shelled Idlib.",
        "Anti-government forces attacked a checkpoint.",
        "In Sudan, government forces fought the RSF in Darfur.",
        "The Syrian regime said government forces took the town.",
        "The government said government troops would stay.",
    ],
)
def test_government_forces_of_another_government_are_not_libya_s(text: str) -> None:
    assert not {"GNA", "GNU"} & set(actors_on(text, "2020-05-02"))


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # in 2021 "the new government" and "the transitional government" are the GNU, where nothing says whose
        ("The Emirates affirmed its full support to the new government.", "2021-03-10", True),
        ("Qatar's emir affirmed Doha's continued support for the transitional government.", "2021-04-10", True),
        # another's, or before the GNU
        ("Chad's new government was backed by France.", "2021-05-10", False),
        ("France backed the transitional government in N'Djamena.", "2021-05-10", False),
        ("The Emirates affirmed its full support to the new government.", "2020-03-10", False),
    ],
)
def test_the_new_government_of_2021_is_the_gnu_where_nothing_says_whose(text: str, date: str, expected: bool) -> None:
    assert ("GNU" in actors_on(text, date)) is expected


@pytest.mark.parametrize(
    "text,absent,present",
    [
        ("Haftar's forces boarded a Sierra Leonean-flagged tanker.", "Sierra Leone", "LNA"),
        ("Haftar's forces boarded a Panama-flagged tanker.", "Panama", "LNA"),
        ("A Moldovan-registered cargo plane landed at al-Khadim.", "Moldova", None),
        ("The GNA shot down a Chinese-made drone.", "China", "GNA"),
        ("The LNA paraded Russian-built armour in Benghazi.", "Russia", "LNA"),
        ("Italian-manufactured boats were handed to the coast guard.", "Italy", None),
    ],
)
def test_a_maker_or_a_flag_of_convenience_names_no_actor(text: str, absent: str, present: str | None) -> None:
    found = actors(text)
    assert absent not in found and (present is None or present in found)


def test_the_flag_of_a_party_to_the_war_stays_its_state() -> None:
    assert "Turkey" in actors("The LNA boarded a Turkish-flagged freighter near Derna.")


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Wagner laid mines in Ain Zara. Washington accused the Russian group of war crimes.", "Wagner", "Russia"),
        ("The RSF recruited fighters. The Sudanese militia denied sending them.", "RSF", "Sudan"),
        ("The SNA sent men to Libya. Haftar's forces attacked the Syrian faction.", "Syrian National Army", "Syria"),
    ],
)
def test_a_definite_demonym_organisation_is_the_group_named_before(text: str, expected: str, absent: str) -> None:
    found = mentions(text)
    assert any(actor == expected and text_ not in ("Wagner", "RSF", "SNA") for text_, actor in found)
    assert absent not in [actor for _, actor in found]


@pytest.mark.parametrize(
    "text",
    [
        "A Russian company won a contract to repair the power plant.",
        "The Russian group fought near Sirte.",  # no Russian group named before
        "Wagner arrived. A Russian firm later bid for the port.",  # indefinite: any firm
        "The RSF recruited fighters. The Russian group denied it.",  # a group of another country
    ],
)
def test_a_demonym_organisation_with_no_group_of_its_country_named_before_stays_the_state(text: str) -> None:
    found = mentions(text)
    assert "Russia" in [actor for _, actor in found] and "Wagner" not in [actor for _, actor in found if _ != "Wagner"]


@pytest.mark.parametrize("text", ["Sudanese and Chadian armed groups fought near Sirte.", "A Chadian rebel outfit crossed the border."])
def test_a_demonym_on_an_armed_organisation_is_no_state(text: str) -> None:
    assert not {"Sudan", "Chad"} & {actor for _, actor in mentions(text)}


def test_a_demonym_on_armed_forces_stays_the_state() -> None:
    assert "Turkey" in {actor for _, actor in mentions("Turkish armed forces fought near Sirte.")}


@pytest.mark.parametrize(
    "text,actor",
    [
        ("The General Command said its jets struck the airport.", "LNA"),
        ("The General Command of the Armed Forces blamed Ankara for the strike.", "LNA"),
        ("A spokesman for the General Command of the Libyan Arab Armed Forces spoke.", "LNA"),
        ("The Arab Libyan Armed Forces announced a truce.", "LNA"),
        ("The eastern command and the unity government held a new round of talks.", "LNA"),
        ("Our heroic Mehmetçik stands by our Libyan brothers.", "Turkey"),
        ("Our heroic Mehmetcik stands by our Libyan brothers.", "Turkey"),
    ],
)
def test_names_a_side_s_own_press_uses(text: str, actor: str) -> None:
    assert actor in actors(text)


def test_the_pflp_general_command_is_not_the_lna() -> None:
    assert "LNA" not in actors("The Popular Front for the Liberation of Palestine-General Command held a rally.")


@pytest.mark.parametrize(
    "text,group",
    [
        ("The Russian firm Wagner sent fighters to Sirte.", "Wagner"),
        ("The Russian Wagner group sent fighters to Sirte.", "Wagner"),
        ("The Syrian faction Sultan Murad Division sent fighters to Tripoli.", "Syrian National Army"),
    ],
)
def test_a_demonym_on_an_organisation_noun_a_group_names_is_the_group_s_description(text: str, group: str) -> None:
    found = actors(text)
    assert group in found and "Russia" not in found and "Syria" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The general command of the operation moved to Jufra.",  # common words in lower case: anyone's
        "The General Command of the Egyptian Armed Forces announced drills near the border.",  # another actor's
    ],
)
def test_a_capitalised_name_of_common_words_is_the_actor_s_only_written_so(text: str) -> None:
    assert "LNA" not in actors(text)


@pytest.mark.parametrize(
    "text,state",
    [
        ("Haftar's forces fought Chadian rebel groups near Qatrun.", "Chad"),
        ("Haftar hired Sudanese militia leaders and their men.", "Sudan"),
        ("Ankara flew in hundreds of Syrian opposition fighters, reportedly.", "Syria"),
        ("Russian and Chadian rebel commanders met in Jufra.", "Chad"),
        # citizens, workers, journalists and the press of a country act for no one
        ("Two Russian citizens detained in Tripoli were accused of spying.", "Russia"),
        ("Turkish nationals were evacuated from Benghazi.", "Turkey"),
        ("Egyptian workers fled the fighting near Sirte.", "Egypt"),
        ("The LNA seized two Italian journalists near Tarhuna.", "Italy"),
        ("Some Turkish outlets blamed the raid on the UAE.", "Turkey"),
        ("French and Italian press reports said the ship carried arms.", "France"),
    ],
)
def test_a_demonym_on_a_non_state_word_before_the_noun_is_not_the_state(text: str, state: str) -> None:
    # a rebel group, a militia, an opposition or private persons are the state's enemy or no one's, wherever the word stands
    assert state not in actors(text)



@pytest.mark.parametrize(
    "text,state",
    [
        ("Egyptian armed forces held drills on the border.", "Egypt"),
        ("Chadian army units clashed with rebels.", "Chad"),
        ("The Sudanese government condemned the raid.", "Sudan"),
    ],
)
def test_a_demonym_on_the_state_s_own_forces_stays_the_state(text: str, state: str) -> None:
    assert state in actors(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("FACT rebels crossed into Chad from Libya.", ["FACT", "Chad"]),
        ("Chad said FACT had bases in the Fezzan.", ["Chad", "FACT"]),
        ("In fact, Chad denied it.", ["Chad"]),  # the English word is not the acronym
    ],
)
def test_the_chadian_rebels_acronym_is_read_in_capitals_only(text: str, expected: list[str]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    "date,actor",
    [("2020-07-01", "GNA"), ("2021-02-04", "GNA"), ("2021-02-05", "GNU"), ("2021-03-01", "GNU"), ("2021-06-01", "GNU")],
)
def test_the_unity_government_s_name_is_dbeibah_s_from_his_election(date: str, actor: str) -> None:
    # chosen in Geneva on 5 February 2021, his government was "the Government of National Unity" before it took office
    assert ("Government of National Unity", actor) in mentions("The Government of National Unity met.", date)


@pytest.mark.parametrize(
    "text,expected",
    [
        # forces or a government based in a capital (c2_based_force_nouns) are its holder's: the whole phrase
        ("Sisi warned Tripoli-based forces against moving on Jufra.", [("Sisi", "Egypt"), ("Tripoli-based forces", "GNA")]),
        ("Tripoli-based troops repelled an assault by Haftar's fighters.", [("Tripoli-based troops", "GNA"), ("Haftar's fighters", "LNA")]),
        ("Cairo-based officials accused Ankara of flooding Libya with mercenaries.", [("Cairo-based officials", "Egypt"), ("Ankara", "Turkey")]),
        ("Russian jets struck Tripoli-based units near Sirte.", [("Russian", "Russia"), ("Tripoli-based units", "GNA")]),
        # other people based there are only located there
        ("A Tripoli-based analyst said Turkey had sent drones.", [("Turkey", "Turkey")]),
        ("Cairo-based journalists reported that the UAE armed Haftar.", [("UAE", "UAE"), ("Haftar", "LNA")]),
        ("Tripoli-based militias clashed on Sunday.", []),
        ("The Cairo-born writer criticized Turkey.", [("Turkey", "Turkey")]),
    ],
)
def test_forces_based_in_a_capital_are_its_holder_s(text: str, expected: list) -> None:
    assert mentions(text, "2020-06-20") == expected


@pytest.mark.parametrize(
    "text,igo,kept",
    [
        ("The NATO member has since become the GNA's main partner.", "NATO", False),
        ("NATO member Turkey sent warships to Libya.", "NATO", False),
        # the members acting as one, and the body itself
        ("EU member states agreed to sanction Turkey.", "EU", True),
        ("NATO condemned the attack.", "NATO", True),
    ],
)
def test_an_igo_on_a_member_noun_names_a_member_not_the_body(text: str, igo: str, kept: bool) -> None:
    assert (igo in actors(text)) is kept


@pytest.mark.parametrize(
    "text,date,actor",
    [
        # composed side names (data/dictionary/side_names.json), each at a date inside its window
        ("The eastern coalition shelled the port.", "2020-01-10", "LNA"),
        ("The internationally recognised administration protested.", "2020-01-10", "GNA"),
        ("The internationally recognised administration protested.", "2021-06-10", "GNU"),
        ("Paris stood squarely behind the transitional authorities.", "2021-03-29", "GNU"),
    ],
)
def test_a_side_named_by_its_parts_is_that_side(text: str, date: str, actor: str) -> None:
    assert actor in [a for _, a in mentions(text, date)]


def test_a_composed_side_name_outside_its_window_is_no_one() -> None:
    # before the Geneva vote there was no unity executive
    assert "GNU" not in [a for _, a in mentions("Paris stood squarely behind the transitional authorities.", "2019-05-01")]
