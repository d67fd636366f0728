"""Roles by grammar, sixteenth round, mostly what is no role: a plural role joined by "and"
to a name ("union leaders and Sen. NAME": the name is another person); a benefit ("the
Canada Emergency Response Benefit"); an interjection opening a quote ("Well, Minister,
..."); an hour ("6:00 pm in X, St Y") taken for the PM; a place after an apposition ("NAME,
a guard of X District, Linstead;"); a participle with "by" ("accompanied by ..."); a list's
next one-word name; "her boss NAME"; and occupations news writes (guard, caretaker,
custodian) (invented text)."""

from __future__ import annotations

import pytest

from tests.authoring.drafted import flood_people as _people

# A plural role joined by "and" to a name: the name is not one of the group.


def test_a_plural_role_and_a_titled_name_gives_the_name_no_share_of_the_group() -> None:
    people = _people(
        "Workers met union leaders and Sen. Tove Aasen, D-Norvik, in Brekke on Monday.",
    )
    assert "leader" not in people.get("Tove Aasen", "")
    assert "D-Norvik" not in people
    assert "Sen" not in people


def test_a_plural_role_and_a_plain_name_gives_the_name_no_role() -> None:
    people = _people(
        "The mayor thanked the firefighters and Per Holm for their help.",
        "Per Holm said the water came in fast.",
    )
    assert "firefighter" not in people.get("Per Holm", "")


def test_a_plural_role_before_a_list_of_names_still_gives_each_the_role() -> None:
    people = _people(
        "The rescue was led by councillors Tove Aasen and Per Holm, who said the wall held.",
    )
    assert people.get("Tove Aasen") == "councillor"
    assert people.get("Per Holm") == "councillor"


# A benefit or an allowance names no one.


def test_a_benefit_is_no_person() -> None:
    people = _people(
        "The bill sets fines for false Norvik Flood Response Benefit claims.",
    )
    assert not any("Benefit" in name or "Response" in name for name in people)


# An interjection opening a quote is nobody's name.


@pytest.mark.parametrize("interjection", ["Well", "Oh", "Okay"])
def test_an_interjection_before_a_vocative_title_in_a_quote_is_no_person(
    interjection: str,
) -> None:
    people = _people(
        f"Per Holm MS said: “{interjection}, Minister, sorry seems to be the hardest word.”",
        f"Tove Aasen MS replied: “{interjection}, of course, we do not want anybody to wait.”",
    )
    assert interjection not in people


# An hour "pm" is no prime minister: a place after a time names no one.


def test_an_hour_in_pm_before_a_place_gives_no_role() -> None:
    people = _people(
        "Shots were fired near a food stall around 6:00 pm in Brekke Town, St Norvik, on Tuesday.",
    )
    assert not any("pm" in role for role in people.values())
    assert "St Norvik" not in people


def test_the_pm_before_a_comma_name_is_still_the_role() -> None:
    people = _people("The Norvik PM, Per Holm, visited the wall on Friday.")
    assert "PM" in people.get("Per Holm", "")


# Occupations news writes before or after a name: a security guard, a caretaker.


def test_a_security_guard_in_an_apposition_is_the_role() -> None:
    people = _people(
        "The other dead are 22-year-old Per Holm, a security guard of Brekke District,"
        " Norvik; 39-year-old Tove Aasen, a vendor; and 42-year-old Jo Lindqvist.",
    )
    assert people.get("Per Holm", "").startswith("security guard")
    assert people.get("Tove Aasen") == "vendor"


def test_a_caretaker_before_a_name_is_the_role() -> None:
    people = _people("School caretaker Per Holm said the hall had flooded.")
    assert people.get("Per Holm") == "School caretaker"


def test_a_place_after_an_apposition_is_no_person_with_its_role() -> None:
    people = _people(
        "The dead are 22-year-old Per Holm, a security guard of Brekke District, Norvik; and"
        " 19-year-old Jo Lindqvist.",
    )
    assert "Norvik" not in people


def test_a_spokesman_with_an_article_before_a_comma_name_is_still_the_role() -> None:
    people = _people("A council spokesman, Per Holm, said the wall would be rebuilt.")
    assert people.get("Per Holm") == "council spokesman"


# fresh16's forms: a participle "by" after a place, a list's next one-word name, "her
# boss", an occupation the lexicon lacked.


def test_a_participle_with_by_after_a_place_is_no_role() -> None:
    people = _people(
        "Tove Aasen was speaking at a meeting in Brekke, Norvik, accompanied by the County's"
        " Commissioner Per Holm, when residents asked for the governor.",
    )
    assert "Norvik" not in people
    assert "accompanied" not in people.get("Tove Aasen", "")


def test_a_person_flanked_by_someone_gets_no_role_from_the_participle() -> None:
    people = _people(
        "Per Holm, flanked by the harbour master, said the wall would hold.",
    )
    assert "flanked" not in people.get("Per Holm", "")


def test_the_next_one_word_name_of_a_list_is_no_role() -> None:
    people = _people(
        "The low-lying villages of Aplaya, Brekke, Norvik, Dikapanikian, and Umiray were"
        " evacuated.",
    )
    assert "Norvik" not in people
    assert "Brekke" not in people


def test_a_surname_then_a_surname_shaped_like_a_role_is_no_role() -> None:
    people = _people(
        "Councillors Aasen, Holm, Connor, White, Jo Lindqvist, and Ann Roe voted for the rise.",
    )
    assert "Connor" not in people.values()


def test_a_one_word_role_in_capitals_after_a_name_is_still_the_role() -> None:
    people = _people("Per Holm, Treasurer, said the wall would be paid for.")
    assert people.get("Per Holm") == "Treasurer"


def test_her_boss_before_a_name_is_a_relation_not_the_role() -> None:
    people = _people(
        "Norvik Deputy Governor Tove Aasen was forced to phone her boss Per Holm to calm"
        " residents.",
        "Norvik Governor Per Holm promised to resolve the matter.",
    )
    assert people.get("Per Holm") == "Norvik Governor"


def test_a_party_boss_before_a_name_is_the_role() -> None:
    people = _people("Party boss Per Holm said the vote would go ahead.")
    assert people.get("Per Holm") == "Party boss"


def test_the_custodian_of_a_mosque_before_a_comma_name_is_the_role() -> None:
    people = _people(
        "The custodian of the local mosque, Per Holm, said he saw smoke inside the building.",
    )
    assert people.get("Per Holm") == "custodian of the local mosque"


# A role after the sentence's verb, its name not closed by a comma and followed by "as".


def test_a_role_after_the_verb_before_a_name_followed_by_as_is_the_role() -> None:
    people = _people(
        "Senate President Tove Aasen has described the National chairman of the Brekke"
        " Progressive Congress (BPC), Comrade Per Holm as one of the characters who would not"
        " let the town move forward.",
    )
    assert people.get("Per Holm", "").startswith("National chairman of the Brekke")


def test_a_name_followed_by_a_verb_in_s_after_a_role_clause_gets_no_role() -> None:
    people = _people(
        "The report on the wall, which the harbour master wrote, Per Holm says was late.",
    )
    assert "harbour master" not in people.get("Per Holm", "")


# Kin of the one the story is about, unnamed ("sister of the deceased"), is the role.


def test_a_sister_of_the_deceased_is_the_role() -> None:
    people = _people(
        "“It has left an entire community in denial,” said Tove Aasen, sister of the deceased.",
    )
    assert people.get("Tove Aasen") == "sister of the deceased"


def test_a_brother_of_a_named_minister_is_still_no_role() -> None:
    people = _people("Per Holm, brother of Minister Tove Aasen, said the wall was weak.")
    assert "brother" not in people.get("Per Holm", "")


# A hero before a name, as news writes it of a player or a founder; Headmaster as a title.


def test_a_goal_scoring_hero_before_a_name_is_the_role() -> None:
    people = _people(
        "Goal-scoring hero Per Holm was typically modest about his own contribution.",
    )
    assert people.get("Per Holm") == "Goal-scoring hero"


def test_an_independence_hero_before_a_titled_name_is_the_role() -> None:
    people = _people(
        "Thursday is the anniversary of the assassination of her father, independence hero"
        " Sheikh Per Holm, during a military coup.",
    )
    roles = [role for name, role in people.items() if name.endswith("Per Holm")]
    assert roles
    assert all("independence hero" in role for role in roles)


def test_headmaster_before_a_name_is_a_title_not_part_of_the_name() -> None:
    people = _people(
        "“I am happy with the results,” said principal Headmaster Per Holm, adding that eight"
        " pupils had been accepted.",
    )
    assert "Headmaster Per Holm" not in people
    assert "Per Holm" in people


# "The National Disaster Risk Reduction and Management Council": a body's name, both halves.


def test_the_first_half_of_a_body_joined_by_and_is_no_person() -> None:
    people = _people(
        "The National Flood Risk Reduction and Management Council (NFRRMC) said the storm had"
        " affected 40,000 families.",
    )
    assert not any("Reduction" in name or "Flood" in name for name in people)


def test_two_people_named_before_a_foundation_without_the_stay_people() -> None:
    people = _people(
        "Per Holm and Tove Aasen Foundation staff met at the wall.",
        "Per Holm said the wall was weak.",
    )
    assert "Per Holm" in people


# A plural title in full before a list of names: each full name has the title.


def test_councillors_in_full_before_a_list_give_each_full_name_the_title() -> None:
    people = _people("Councillors Holm, Kelly, Tove Aasen, and Jo Lindqvist voted for it.")
    assert people.get("Tove Aasen") == "Councillor"
    assert people.get("Jo Lindqvist") == "Councillor"


def test_a_surname_alone_after_councillors_in_full_gets_no_figure_of_its_own() -> None:
    people = _people("Councillors Holm, Kelly, Tove Aasen, and Jo Lindqvist voted for it.")
    assert "Kelly" not in people


def test_doctors_without_borders_gives_no_one_a_title() -> None:
    people = _people(
        "Doctors Without Borders and Nurses Abroad sent teams to the town.",
        "Per Holm said the teams arrived on Friday.",
    )
    assert not any("Borders" in name or "Abroad" in name for name in people)
    assert "Doctor" not in people.get("Per Holm", "")


def test_a_full_name_ending_like_a_role_in_a_list_is_the_next_name() -> None:
    people = _people("Councillors Holm, Kelly, White, Tove King, and Jo Lindqvist voted for it.")
    assert "Tove King" not in people.values()


def test_an_office_in_capitals_before_and_another_name_is_still_the_role() -> None:
    people = _people("Per Holm, Harbour Master, and Tove Aasen met at the wall.")
    assert people.get("Per Holm") == "Harbour Master"
